### phrasebank locale: Eastern Armenian (hy, Armenia), reformed orthography
### (ներողություն, մեկ, եթե), as a support team in Yerevan writes today.
###
### Whole letters: phrasebank/catalog.yaml picks one message per step and keeps the
### letter rules (docs/method.md). So every step has its own vocabulary: a content
### word of one step (ներողություն, պատասխանատվություն, փոխհատուցում, տեղեկություն…)
### appears in no other step's messages, or only in alternatives the composer can
### avoid; letter.yaml lists the function words and compares words by their first
### five letters after the prefixes կ- and չ- (so կհայտնենք meets հայտնեցիք).
### Voices: "we" messages use ենք / մենք / մեր; "I" messages use եմ / ես / իմ and the
### 1st-person aorist (ուսումնասիրեցի); messages the catalog gives to both voices use
### neither (3rd person, the customer as subject, or impersonal Ձեզ զանգահարում են).
###
### Address: the formal register is the capitalised Դուք / Ձեր / Ձեզ / Ձեզնից; the warm
### register is դու / քո / քեզ / քեզնից. Every message that addresses the customer
### selects on $register (default formal). Warm is friendly, never slangy.
### Gender: Armenian verbs and pronouns have no gender, so $agent_gender is never
### needed. $customer_gender is used once: on the phone a formal caller says
### «տիկին Անի» / «պարոն Տիգրան»; with an unknown gender, the first name alone.
### Names: $customer_name and $agent_name are first names in the nominative, which
### is also the form of direct address («Հարգելի՛ Անի,», «Բարև, Տիգրան։»). They
### never take a case ending or an article here, since the bank cannot know whether a
### name ends in a vowel (Մարինեն) or a consonant (Արամը).
### $company stands in «» before «ընկերություն», which takes the case ending.
### Phone: the greeting says who calls and why, without «Անունս …» or «զանգում եմ»
### (both voices share it), in the call-centre form ««Սուրճի տուն» ընկերություն, Նարեկ»;
### thanks come once; the read-back ends with a real question (Այդպե՞ս է։).
###
### Punctuation: ։ ends a sentence. A sentence that announces a fact ends with the
### Armenian colon, the միջակետ «.», followed by the fact (Պատճառը հետևյալն է. …); the
### fact keeps its capital, since one or two whole sentences follow. Never ":" there,
### which Armenian readers take for the full stop ։.
### ՝ introduces an apposition ($contact, a sign-off name); ՞ and ՛ sit on the stressed
### vowel of their word; «» are the quotation marks. The facts ($issue, $cause, $fix,
### $prevention) are whole sentences ending with their own ։, so nothing follows them
### inside a sentence; $contact is followed by ։ so the next sentence does not run on.
### Numbers: a numeral takes the singular noun (երեք օր, երկու ամիս). Small counts are
### spelled out, as Armenian letters do: days up to ten, months up to six (numeric keys
### [2]…[10]); [one] is CLDR's category for 1 (and 0); larger counts print as digits.
### The number words are function words in letter.yaml (the count is the agent's fact).
### Dates: DATE(…, skeleton: "MMMMd") gives the genitive month and the day
### («դեկտեմբերի 18»); the sentence adds the case ending to the number with a hyphen:
### «ոչ ուշ, քան դեկտեմբերի 18-ին», «ամենաուշը դեկտեմբերի 18-ին». No year, no weekday.
### Money: «6000 դրամ», «15 000 դրամ» (formats.yaml), always the subject or object of a
### verb, so the amount needs no case ending.
### Style: no calques (զբաղվում ենք, not «աշխատում ենք … վրա»; «Որպես փոխհատուցում», not
### «Ի նշան ներողության»; no «ոչ թե» without «այլ»), no defensive lines (nobody's partners
### are cleared), no minimisers, no «եթե» or «բայց» near an apology, no «շուտով». Updates
### promise a rhythm (ամեն առավոտ / ամեն երեկո) or a date, never "soon".

## Step: greeting — open the message, by first name when we have it.

# Formal letter opening: the emphasis mark of direct address on «Հարգելի՛», a comma
# after the name. Email, formal register.
# Variables:
#   $customer_name (String) - The customer's first name, e.g. "Անի".
greeting-dear = Հարգելի՛ { $customer_name },

# Opening with the first name. Email, chat, social.
# Variables:
#   $customer_name (String) - The customer's first name.
#   $register (String) - "formal" (Բարև Ձեզ) or "warm" (Բարև).
greeting-hello-name =
    { $register ->
        [warm] Բարև, { $customer_name }։
       *[formal] Բարև Ձեզ, { $customer_name }։
    }

# Friendly opening with the first name. Warm register; email, chat, social.
# Variables:
#   $customer_name (String) - The customer's first name.
greeting-hi-name = Ողջույն, { $customer_name }։

# Opening when we do not know the name. Email, chat, social.
# Variables:
#   $register (String) - "formal" (Բարև Ձեզ) or "warm" (Բարև).
greeting-hello =
    { $register ->
        [warm] Բարև։
       *[formal] Բարև Ձեզ։
    }

# Friendly opening without a name. Warm register; chat and social.
greeting-hi = Ողջույն։

# Phone script: who is calling (the call-centre form "company, name") and why, said once.
# Both voices: no «Անունս», no «զանգում եմ/ենք».
# Variables:
#   $agent_name (String) - The agent's first name.
#   $company (String) - The company's name.
#   $register (String) - "formal" or "warm": Ձեր / քո.
greeting-phone =
    { $register ->
        [warm] Բարև։ «{ $company }» ընկերություն, { $agent_name }։ Զանգը քո դիմումի կապակցությամբ է։
       *[formal] Բարև Ձեզ։ «{ $company }» ընկերություն, { $agent_name }։ Զանգը Ձեր դիմումի կապակցությամբ է։
    }

# Phone script: greet the customer by first name (formally with տիկին / պարոն), then say
# who is calling and why.
# Variables:
#   $customer_name (String) - The customer's first name.
#   $agent_name (String) - The agent's first name.
#   $company (String) - The company's name.
#   $register (String) - "formal" or "warm".
#   $customer_gender (String) - "feminine" (տիկին), "masculine" (պարոն) or "unknown" (the name alone); formal register only.
greeting-phone-name =
    { $register ->
        [warm] Բարև, { $customer_name }։ «{ $company }» ընկերություն, { $agent_name }։ Զանգը քո դիմումի կապակցությամբ է։
       *[formal]
            { $customer_gender ->
                [feminine] Բարև Ձեզ, տիկին { $customer_name }։ «{ $company }» ընկերություն, { $agent_name }։ Զանգը Ձեր դիմումի կապակցությամբ է։
                [masculine] Բարև Ձեզ, պարոն { $customer_name }։ «{ $company }» ընկերություն, { $agent_name }։ Զանգը Ձեր դիմումի կապակցությամբ է։
               *[unknown] Բարև Ձեզ, { $customer_name }։ «{ $company }» ընկերություն, { $agent_name }։ Զանգը Ձեր դիմումի կապակցությամբ է։
            }
    }

# Phone script, when we know the agent's name but not the company's.
# Variables:
#   $agent_name (String) - The agent's first name.
#   $register (String) - "formal" or "warm".
greeting-phone-agent =
    { $register ->
        [warm] Բարև։ Հաճախորդների սպասարկման ծառայություն, { $agent_name }։ Զանգը քո դիմումի կապակցությամբ է։
       *[formal] Բարև Ձեզ։ Հաճախորդների սպասարկման ծառայություն, { $agent_name }։ Զանգը Ձեր դիմումի կապակցությամբ է։
    }

# Phone script, when we know the company's name but not the agent's
# ("you are being called from the company … about your request").
# Variables:
#   $company (String) - The company's name.
#   $register (String) - "formal" or "warm".
greeting-phone-company =
    { $register ->
        [warm] Բարև։ Քեզ զանգահարում են «{ $company }» ընկերությունից՝ քո դիմումի կապակցությամբ։
       *[formal] Բարև Ձեզ։ Ձեզ զանգահարում են «{ $company }» ընկերությունից՝ Ձեր դիմումի կապակցությամբ։
    }

# Phone script, when we know no names.
# Variables:
#   $register (String) - "formal" or "warm".
greeting-phone-plain =
    { $register ->
        [warm] Բարև։ Քեզ զանգահարում են հաճախորդների սպասարկման ծառայությունից՝ քո դիմումի կապակցությամբ։
       *[formal] Բարև Ձեզ։ Ձեզ զանգահարում են հաճախորդների սպասարկման ծառայությունից՝ Ձեր դիմումի կապակցությամբ։
    }

## Step: acknowledge — show that we listened; restate what went wrong.

# Company voice; email and chat. The fact, then our judgement ("you deserved much better service").
# Variables:
#   $issue (String) - What went wrong, one whole sentence, e.g. "№4471 պատվերը առաքվեց երեք օր ուշ։"
#   $register (String) - "formal" or "warm".
acknowledge-not-acceptable =
    { $register ->
        [warm] { $issue } Դու արժանի էիր շատ ավելի լավ սպասարկման։
       *[formal] { $issue } Դուք արժանի էիք շատ ավելի լավ սպասարկման։
    }

# Either voice; email and chat ("It should not have been like that"). No address form.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-should-not = { $issue } Այդպես չպետք է լիներ։

# Personal voice; email and chat ("I have carefully read your request / what you wrote … You are
# absolutely right").
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - "formal" or "warm".
acknowledge-read =
    { $register ->
        [warm] Ուշադիր կարդացի քո գրածը։ { $issue } Դու միանգամայն իրավացի ես։
       *[formal] Ուշադիր ծանոթացա Ձեր դիմումին։ { $issue } Դուք միանգամայն իրավացի եք։
    }

# Phone script, personal voice ("I want to make sure I have understood you correctly: … Is that
# so?"): the read-back ends with a real question.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - "formal" or "warm".
acknowledge-phone =
    { $register ->
        [warm] Ուզում եմ համոզվել, որ ճիշտ եմ քեզ հասկացել. { $issue } Այդպե՞ս է։
       *[formal] Ուզում եմ համոզվել, որ ճիշտ եմ Ձեզ հասկացել. { $issue } Այդպե՞ս է։
    }

# Phone script, company voice ("Let us check … Have we understood correctly?").
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - "formal" (Եկեք) or "warm" (Եկ).
acknowledge-phone-we =
    { $register ->
        [warm] Եկ ճշտենք. { $issue } Ճի՞շտ ենք հասկացել։
       *[formal] Եկեք ճշտենք. { $issue } Ճի՞շտ ենք հասկացել։
    }

# Phone script, either voice ("To clarify the details: … Is that so?").
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-phone-check = Մանրամասները ճշտելու համար. { $issue } Այդպե՞ս է։

## Step: state — one sentence that says what went wrong (the fact alone).

# Variables:
#   $issue (String) - What went wrong, one whole sentence.
state-issue = { $issue }

## Step: apologize — say sorry plainly: no condition, no "but".

# Company voice, formal. Email, chat, phone.
apologize-sincere = Անկեղծորեն ներողություն ենք խնդրում Ձեզնից։

# Company voice, formal ("Please accept our deepest apology"). Email, chat, phone.
apologize-accept = Խնդրում ենք ընդունել մեր խորին ներողությունը։

# Company voice, warm.
apologize-truly = Իսկապես ներողություն ենք խնդրում քեզնից։

# Company voice, short: social media and chat ("for what happened": in public it points
# at the customer's own post).
apologize-brief = Ներողություն ենք խնդրում կատարվածի համար։

# Company voice: the apology names the wait ("that we kept you waiting three days longer
# than we had promised"). Counts up to ten in words. Email, chat, phone.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - "formal" or "warm".
apologize-wait =
    { $register ->
        [warm]
            { $days_late ->
                [one] Ներողություն ենք խնդրում, որ քեզ սպասեցրինք մեկ օր ավելի, քան խոստացել էինք։
                [2] Ներողություն ենք խնդրում, որ քեզ սպասեցրինք երկու օր ավելի, քան խոստացել էինք։
                [3] Ներողություն ենք խնդրում, որ քեզ սպասեցրինք երեք օր ավելի, քան խոստացել էինք։
                [4] Ներողություն ենք խնդրում, որ քեզ սպասեցրինք չորս օր ավելի, քան խոստացել էինք։
                [5] Ներողություն ենք խնդրում, որ քեզ սպասեցրինք հինգ օր ավելի, քան խոստացել էինք։
                [6] Ներողություն ենք խնդրում, որ քեզ սպասեցրինք վեց օր ավելի, քան խոստացել էինք։
                [7] Ներողություն ենք խնդրում, որ քեզ սպասեցրինք յոթ օր ավելի, քան խոստացել էինք։
                [8] Ներողություն ենք խնդրում, որ քեզ սպասեցրինք ութ օր ավելի, քան խոստացել էինք։
                [9] Ներողություն ենք խնդրում, որ քեզ սպասեցրինք ինը օր ավելի, քան խոստացել էինք։
                [10] Ներողություն ենք խնդրում, որ քեզ սպասեցրինք տասը օր ավելի, քան խոստացել էինք։
               *[other] Ներողություն ենք խնդրում, որ քեզ սպասեցրինք { $days_late } օր ավելի, քան խոստացել էինք։
            }
       *[formal]
            { $days_late ->
                [one] Ներողություն ենք խնդրում, որ Ձեզ սպասեցրինք մեկ օր ավելի, քան խոստացել էինք։
                [2] Ներողություն ենք խնդրում, որ Ձեզ սպասեցրինք երկու օր ավելի, քան խոստացել էինք։
                [3] Ներողություն ենք խնդրում, որ Ձեզ սպասեցրինք երեք օր ավելի, քան խոստացել էինք։
                [4] Ներողություն ենք խնդրում, որ Ձեզ սպասեցրինք չորս օր ավելի, քան խոստացել էինք։
                [5] Ներողություն ենք խնդրում, որ Ձեզ սպասեցրինք հինգ օր ավելի, քան խոստացել էինք։
                [6] Ներողություն ենք խնդրում, որ Ձեզ սպասեցրինք վեց օր ավելի, քան խոստացել էինք։
                [7] Ներողություն ենք խնդրում, որ Ձեզ սպասեցրինք յոթ օր ավելի, քան խոստացել էինք։
                [8] Ներողություն ենք խնդրում, որ Ձեզ սպասեցրինք ութ օր ավելի, քան խոստացել էինք։
                [9] Ներողություն ենք խնդրում, որ Ձեզ սպասեցրինք ինը օր ավելի, քան խոստացել էինք։
                [10] Ներողություն ենք խնդրում, որ Ձեզ սպասեցրինք տասը օր ավելի, քան խոստացել էինք։
               *[other] Ներողություն ենք խնդրում, որ Ձեզ սպասեցրինք { $days_late } օր ավելի, քան խոստացել էինք։
            }
    }

# Personal voice: the agent apologizes in their own name ("personally").
# Variables:
#   $register (String) - "formal" or "warm".
apologize-personal =
    { $register ->
        [warm] Անձամբ ներողություն եմ խնդրում քեզնից։
       *[formal] Անձամբ ներողություն եմ խնդրում Ձեզնից։
    }

# Personal voice, formal ("Please accept my sincere apology").
apologize-mine-formal = Խնդրում եմ ընդունել իմ անկեղծ ներողությունը։

# Personal voice, warm ("I am truly sorry").
apologize-mine-warm = Իսկապես ցավում եմ։

# Personal voice: the apology names the wait ("that you had to wait three days longer
# than promised"). Email, chat, phone.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - "formal" or "warm".
apologize-wait-mine =
    { $register ->
        [warm]
            { $days_late ->
                [one] Ներողություն եմ խնդրում, որ ստիպված եղար մեկ օր ավելի սպասել, քան խոստացված էր։
                [2] Ներողություն եմ խնդրում, որ ստիպված եղար երկու օր ավելի սպասել, քան խոստացված էր։
                [3] Ներողություն եմ խնդրում, որ ստիպված եղար երեք օր ավելի սպասել, քան խոստացված էր։
                [4] Ներողություն եմ խնդրում, որ ստիպված եղար չորս օր ավելի սպասել, քան խոստացված էր։
                [5] Ներողություն եմ խնդրում, որ ստիպված եղար հինգ օր ավելի սպասել, քան խոստացված էր։
                [6] Ներողություն եմ խնդրում, որ ստիպված եղար վեց օր ավելի սպասել, քան խոստացված էր։
                [7] Ներողություն եմ խնդրում, որ ստիպված եղար յոթ օր ավելի սպասել, քան խոստացված էր։
                [8] Ներողություն եմ խնդրում, որ ստիպված եղար ութ օր ավելի սպասել, քան խոստացված էր։
                [9] Ներողություն եմ խնդրում, որ ստիպված եղար ինը օր ավելի սպասել, քան խոստացված էր։
                [10] Ներողություն եմ խնդրում, որ ստիպված եղար տասը օր ավելի սպասել, քան խոստացված էր։
               *[other] Ներողություն եմ խնդրում, որ ստիպված եղար { $days_late } օր ավելի սպասել, քան խոստացված էր։
            }
       *[formal]
            { $days_late ->
                [one] Ներողություն եմ խնդրում, որ ստիպված եղաք մեկ օր ավելի սպասել, քան խոստացված էր։
                [2] Ներողություն եմ խնդրում, որ ստիպված եղաք երկու օր ավելի սպասել, քան խոստացված էր։
                [3] Ներողություն եմ խնդրում, որ ստիպված եղաք երեք օր ավելի սպասել, քան խոստացված էր։
                [4] Ներողություն եմ խնդրում, որ ստիպված եղաք չորս օր ավելի սպասել, քան խոստացված էր։
                [5] Ներողություն եմ խնդրում, որ ստիպված եղաք հինգ օր ավելի սպասել, քան խոստացված էր։
                [6] Ներողություն եմ խնդրում, որ ստիպված եղաք վեց օր ավելի սպասել, քան խոստացված էր։
                [7] Ներողություն եմ խնդրում, որ ստիպված եղաք յոթ օր ավելի սպասել, քան խոստացված էր։
                [8] Ներողություն եմ խնդրում, որ ստիպված եղաք ութ օր ավելի սպասել, քան խոստացված էր։
                [9] Ներողություն եմ խնդրում, որ ստիպված եղաք ինը օր ավելի սպասել, քան խոստացված էր։
                [10] Ներողություն եմ խնդրում, որ ստիպված եղաք տասը օր ավելի սպասել, քան խոստացված էր։
               *[other] Ներողություն եմ խնդրում, որ ստիպված եղաք { $days_late } օր ավելի սպասել, քան խոստացված էր։
            }
    }

## Step: own — take responsibility; the mistake is ours. Each message stands on its own
## (no «Սա» at the start): in restore-value it follows the compensation, not the issue.

# Company voice, formal ("The mistake is ours, and we bear the whole responsibility for it").
own-full = Սխալը մերն է, և դրա ամբողջ պատասխանատվությունը մենք ենք կրում։

# Company voice, warm ("We are the ones who got it wrong, and putting it right is our job").
own-got-wrong = Սխալվել ենք մենք, և ուղղելն էլ մեր գործն է։

# Company voice ("The responsibility is entirely ours" / warm: "The fault is entirely ours").
# Variables:
#   $register (String) - "formal" or "warm".
own-on-us =
    { $register ->
        [warm] Մեղքն ամբողջությամբ մերն է։
       *[formal] Պատասխանատվությունն ամբողջությամբ մերն է։
    }

# Personal voice ("The responsibility is mine, and I will see this through to the end").
own-mine = Պատասխանատվությունն իմն է, և այս գործը մինչև վերջ կհասցնեմ։

# Personal voice ("I take the whole responsibility upon myself").
own-mine-full = Ամբողջ պատասխանատվությունը վերցնում եմ ինձ վրա։

## Step: empathize — recognize what the problem cost the customer.

# Either voice ("All this took your time in vain").
# Variables:
#   $register (String) - "formal" or "warm".
empathize-time =
    { $register ->
        [warm] Այս ամենը քեզնից իզուր ժամանակ խլեց։
       *[formal] Այս ամենը Ձեզնից իզուր ժամանակ խլեց։
    }

# Either voice ("It was unpleasant, and you did not deserve it at all").
# Variables:
#   $register (String) - "formal" or "warm".
empathize-deal =
    { $register ->
        [warm] Դա տհաճ էր, և դու դրան բնավ արժանի չէիր։
       *[formal] Դա տհաճ էր, և Դուք դրան բնավ արժանի չէիք։
    }

# Company voice ("We understand this cost you a lot of time and nerves").
# Variables:
#   $register (String) - "formal" or "warm".
empathize-frustrating =
    { $register ->
        [warm] Հասկանում ենք, որ սա քեզնից շատ ժամանակ ու նյարդեր խլեց։
       *[formal] Հասկանում ենք, որ սա Ձեզնից շատ ժամանակ ու նյարդեր խլեց։
    }

# Personal voice, warm ("In your place I would be disappointed too").
empathize-place = Քո տեղում ես էլ կհիասթափվեի։

# Personal voice, formal ("I can imagine how much trouble this caused you").
empathize-trouble = Պատկերացնում եմ, թե որքան անհանգստություն պատճառեց սա Ձեզ։

## Step: explain — the root cause, briefly, never an excuse. A lead-in ends with the
## միջակետ «.» and the cause follows.

# Company voice ("We looked into the case and found the cause:").
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-found = Ուսումնասիրեցինք դեպքը և պարզեցինք պատճառը. { $cause }

# Either voice ("The cause is the following:" / warm: "Here is what happened:").
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - "formal" or "warm".
explain-happened =
    { $register ->
        [warm] Ահա թե ինչ է պատահել. { $cause }
       *[formal] Պատճառը հետևյալն է. { $cause }
    }

# Personal voice ("I went through your case step by step:").
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - "formal" or "warm".
explain-checked =
    { $register ->
        [warm] Քայլ առ քայլ ուսումնասիրեցի քո դեպքը. { $cause }
       *[formal] Քայլ առ քայլ ուսումնասիրեցի Ձեր դեպքը. { $cause }
    }

# Either voice: the cause on its own.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-cause = { $cause }

## Step: fix — what has been done to put it right.

# Company voice ("We have taken the necessary steps:" / warm: "Here is what we have done:").
# No «արդեն» here: the fix itself usually says "already".
# Variables:
#   $fix (String) - What has already been done, whole sentences.
#   $register (String) - "formal" or "warm".
fix-done =
    { $register ->
        [warm] Ահա թե ինչ ենք արել. { $fix }
       *[formal] Ձեռնարկել ենք անհրաժեշտ քայլերը. { $fix }
    }

# Either voice: the fix on its own.
# Variables:
#   $fix (String) - What has already been done, whole sentences.
fix-fact = { $fix }

# Personal voice ("Here is what I have done:").
# Variables:
#   $fix (String) - What has already been done, whole sentences.
fix-mine = Ահա թե ինչ եմ արել. { $fix }

# Company voice, when the fix is not done yet ("We are already working on a solution and every
# morning we will tell you what has been done"). No «օր» here: the apology may count days.
# Variables:
#   $register (String) - "formal" or "warm".
fix-working =
    { $register ->
        [warm] Արդեն զբաղվում ենք դրա լուծմամբ և ամեն առավոտ քեզ կհայտնենք, թե ինչ է արված։
       *[formal] Արդեն զբաղվում ենք դրա լուծմամբ և ամեն առավոտ Ձեզ կհայտնենք, թե ինչ է արված։
    }

# Company voice, when the fix is not done yet ("Our specialists are already on it, and
# every evening we will report the progress").
# Variables:
#   $register (String) - "formal" or "warm".
fix-working-team =
    { $register ->
        [warm] Մեր մասնագետներն արդեն զբաղված են դրանով, և ամեն երեկո քեզ կհաղորդենք առաջընթացի մասին։
       *[formal] Մեր մասնագետներն արդեն զբաղված են դրանով, և ամեն երեկո Ձեզ կհաղորդենք առաջընթացի մասին։
    }

# Personal voice, when the fix is not done yet ("I am already working on a solution and every
# morning I will tell you what has been done").
# Variables:
#   $register (String) - "formal" or "warm".
fix-working-mine =
    { $register ->
        [warm] Արդեն զբաղվում եմ դրա լուծմամբ և ամեն առավոտ քեզ կհայտնեմ, թե ինչ է արված։
       *[formal] Արդեն զբաղվում եմ դրա լուծմամբ և ամեն առավոտ Ձեզ կհայտնեմ, թե ինչ է արված։
    }

# Personal voice, when the fix is not done yet ("I have already started fixing it, and
# every evening I will report the progress").
# Variables:
#   $register (String) - "formal" or "warm".
fix-working-mine-now =
    { $register ->
        [warm] Շտկումներն արդեն սկսել եմ, և ամեն երեկո քեզ կհաղորդեմ առաջընթացի մասին։
       *[formal] Շտկումներն արդեն սկսել եմ, և ամեն երեկո Ձեզ կհաղորդեմ առաջընթացի մասին։
    }

## Step: prevent — what changes so that it does not happen again.

# Company voice ("We have also changed the way we work so that nothing like this recurs:").
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-changed = Նաև փոխել ենք մեր աշխատանքի կարգը, որ նման բան այլևս չկրկնվի. { $prevention }

# Either voice ("This will not happen again:").
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-again = Սա այլևս չի կրկնվի. { $prevention }

# Personal voice ("I have also made sure that this does not recur:").
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-mine = Նաև հոգ եմ տարել, որ սա այլևս չկրկնվի. { $prevention }

# Either voice: the change on its own.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-fact = { $prevention }

## Step: restore — make it right with something the customer values. The amount is the
## object of the verb, so it needs no case ending.

# Company voice ("As compensation, we have refunded … to you").
# Variables:
#   $compensation_amount (Number) - The refund, formatted as money (e.g. "6000 դրամ").
#   $register (String) - "formal" or "warm".
restore-refund =
    { $register ->
        [warm] Որպես փոխհատուցում՝ քեզ վերադարձրել ենք { $compensation_amount }։
       *[formal] Որպես փոխհատուցում՝ Ձեզ վերադարձրել ենք { $compensation_amount }։
    }

# Company voice ("We have added … to your account as compensation").
# Variables:
#   $compensation_amount (Number) - The credit, formatted as money.
#   $register (String) - "formal" or "warm".
restore-credit =
    { $register ->
        [warm] Քո հաշվին ավելացրել ենք { $compensation_amount }՝ որպես փոխհատուցում։
       *[formal] Ձեր հաշվին ավելացրել ենք { $compensation_amount }՝ որպես փոխհատուցում։
    }

# Personal voice ("As compensation, I have already arranged for … to be refunded to you").
# Variables:
#   $compensation_amount (Number) - The refund, formatted as money.
#   $register (String) - "formal" or "warm".
restore-refund-mine =
    { $register ->
        [warm] Որպես փոխհատուցում՝ արդեն կարգադրել եմ, որ քեզ վերադարձվի { $compensation_amount }։
       *[formal] Որպես փոխհատուցում՝ արդեն կարգադրել եմ, որ Ձեզ վերադարձվի { $compensation_amount }։
    }

# Personal voice ("As compensation, I have added … to your account").
# Variables:
#   $compensation_amount (Number) - The credit, formatted as money.
#   $register (String) - "formal" or "warm".
restore-credit-mine =
    { $register ->
        [warm] Որպես փոխհատուցում՝ քո հաշվին ավելացրել եմ { $compensation_amount }։
       *[formal] Որպես փոխհատուցում՝ Ձեր հաշվին ավելացրել եմ { $compensation_amount }։
    }

# Either voice ("As compensation, … is being refunded to you").
# Variables:
#   $compensation_amount (Number) - The refund, formatted as money.
#   $register (String) - "formal" or "warm".
restore-refund-on-way =
    { $register ->
        [warm] Որպես փոխհատուցում՝ քեզ վերադարձվում է { $compensation_amount }։
       *[formal] Որպես փոխհատուցում՝ Ձեզ վերադարձվում է { $compensation_amount }։
    }

# Company voice ("As compensation, you will use our services free of charge for the next
# two months"). The numeral takes the singular: երկու ամիսը.
# Variables:
#   $free_months (Number) - Months of service offered free of charge, e.g. 2.
#   $register (String) - "formal" or "warm".
restore-months =
    { $register ->
        [warm]
            { $free_months ->
                [one] Որպես փոխհատուցում՝ հաջորդ ամիսը մեր ծառայություններից կօգտվես անվճար։
                [2] Որպես փոխհատուցում՝ հաջորդ երկու ամիսը մեր ծառայություններից կօգտվես անվճար։
                [3] Որպես փոխհատուցում՝ հաջորդ երեք ամիսը մեր ծառայություններից կօգտվես անվճար։
                [4] Որպես փոխհատուցում՝ հաջորդ չորս ամիսը մեր ծառայություններից կօգտվես անվճար։
                [5] Որպես փոխհատուցում՝ հաջորդ հինգ ամիսը մեր ծառայություններից կօգտվես անվճար։
                [6] Որպես փոխհատուցում՝ հաջորդ վեց ամիսը մեր ծառայություններից կօգտվես անվճար։
               *[other] Որպես փոխհատուցում՝ հաջորդ { $free_months } ամիսը մեր ծառայություններից կօգտվես անվճար։
            }
       *[formal]
            { $free_months ->
                [one] Որպես փոխհատուցում՝ հաջորդ ամիսը մեր ծառայություններից կօգտվեք անվճար։
                [2] Որպես փոխհատուցում՝ հաջորդ երկու ամիսը մեր ծառայություններից կօգտվեք անվճար։
                [3] Որպես փոխհատուցում՝ հաջորդ երեք ամիսը մեր ծառայություններից կօգտվեք անվճար։
                [4] Որպես փոխհատուցում՝ հաջորդ չորս ամիսը մեր ծառայություններից կօգտվեք անվճար։
                [5] Որպես փոխհատուցում՝ հաջորդ հինգ ամիսը մեր ծառայություններից կօգտվեք անվճար։
                [6] Որպես փոխհատուցում՝ հաջորդ վեց ամիսը մեր ծառայություններից կօգտվեք անվճար։
               *[other] Որպես փոխհատուցում՝ հաջորդ { $free_months } ամիսը մեր ծառայություններից կօգտվեք անվճար։
            }
    }

# Personal voice ("As compensation, I have added two free months to your subscription").
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - "formal" or "warm".
restore-months-mine =
    { $register ->
        [warm]
            { $free_months ->
                [one] Որպես փոխհատուցում՝ քո բաժանորդագրությանն ավելացրել եմ մեկ անվճար ամիս։
                [2] Որպես փոխհատուցում՝ քո բաժանորդագրությանն ավելացրել եմ երկու անվճար ամիս։
                [3] Որպես փոխհատուցում՝ քո բաժանորդագրությանն ավելացրել եմ երեք անվճար ամիս։
                [4] Որպես փոխհատուցում՝ քո բաժանորդագրությանն ավելացրել եմ չորս անվճար ամիս։
                [5] Որպես փոխհատուցում՝ քո բաժանորդագրությանն ավելացրել եմ հինգ անվճար ամիս։
                [6] Որպես փոխհատուցում՝ քո բաժանորդագրությանն ավելացրել եմ վեց անվճար ամիս։
               *[other] Որպես փոխհատուցում՝ քո բաժանորդագրությանն ավելացրել եմ { $free_months } անվճար ամիս։
            }
       *[formal]
            { $free_months ->
                [one] Որպես փոխհատուցում՝ Ձեր բաժանորդագրությանն ավելացրել եմ մեկ անվճար ամիս։
                [2] Որպես փոխհատուցում՝ Ձեր բաժանորդագրությանն ավելացրել եմ երկու անվճար ամիս։
                [3] Որպես փոխհատուցում՝ Ձեր բաժանորդագրությանն ավելացրել եմ երեք անվճար ամիս։
                [4] Որպես փոխհատուցում՝ Ձեր բաժանորդագրությանն ավելացրել եմ չորս անվճար ամիս։
                [5] Որպես փոխհատուցում՝ Ձեր բաժանորդագրությանն ավելացրել եմ հինգ անվճար ամիս։
                [6] Որպես փոխհատուցում՝ Ձեր բաժանորդագրությանն ավելացրել եմ վեց անվճար ամիս։
               *[other] Որպես փոխհատուցում՝ Ձեր բաժանորդագրությանն ավելացրել եմ { $free_months } անվճար ամիս։
            }
    }

# Either voice ("As compensation, the next two months will be free of charge for you").
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - "formal" or "warm".
restore-months-free =
    { $register ->
        [warm]
            { $free_months ->
                [one] Որպես փոխհատուցում՝ հաջորդ ամիսը քեզ համար անվճար կլինի։
                [2] Որպես փոխհատուցում՝ հաջորդ երկու ամիսը քեզ համար անվճար կլինի։
                [3] Որպես փոխհատուցում՝ հաջորդ երեք ամիսը քեզ համար անվճար կլինի։
                [4] Որպես փոխհատուցում՝ հաջորդ չորս ամիսը քեզ համար անվճար կլինի։
                [5] Որպես փոխհատուցում՝ հաջորդ հինգ ամիսը քեզ համար անվճար կլինի։
                [6] Որպես փոխհատուցում՝ հաջորդ վեց ամիսը քեզ համար անվճար կլինի։
               *[other] Որպես փոխհատուցում՝ հաջորդ { $free_months } ամիսը քեզ համար անվճար կլինի։
            }
       *[formal]
            { $free_months ->
                [one] Որպես փոխհատուցում՝ հաջորդ ամիսը Ձեզ համար անվճար կլինի։
                [2] Որպես փոխհատուցում՝ հաջորդ երկու ամիսը Ձեզ համար անվճար կլինի։
                [3] Որպես փոխհատուցում՝ հաջորդ երեք ամիսը Ձեզ համար անվճար կլինի։
                [4] Որպես փոխհատուցում՝ հաջորդ չորս ամիսը Ձեզ համար անվճար կլինի։
                [5] Որպես փոխհատուցում՝ հաջորդ հինգ ամիսը Ձեզ համար անվճար կլինի։
                [6] Որպես փոխհատուցում՝ հաջորդ վեց ամիսը Ձեզ համար անվճար կլինի։
               *[other] Որպես փոխհատուցում՝ հաջորդ { $free_months } ամիսը Ձեզ համար անվճար կլինի։
            }
    }

## Step: next-steps — when the customer hears from us next. The date takes -ին on the day
## number: «ոչ ուշ, քան դեկտեմբերի 18-ին», «ամենաուշը դեկտեմբերի 18-ին».

# Company voice ("We will contact you with news no later than December 18").
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - "formal" or "warm".
next-steps-date =
    { $register ->
        [warm] Նոր տեղեկություններով քեզ հետ կկապվենք ոչ ուշ, քան { DATE($follow_up_date, skeleton: "MMMMd") }-ին։
       *[formal] Նոր տեղեկություններով Ձեզ հետ կկապվենք ոչ ուշ, քան { DATE($follow_up_date, skeleton: "MMMMd") }-ին։
    }

# Company voice ("By December 18 at the latest you will get fresh news from us").
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - "formal" or "warm".
next-steps-date-update =
    { $register ->
        [warm] Ամենաուշը { DATE($follow_up_date, skeleton: "MMMMd") }-ին մեզնից կստանաս թարմ տեղեկություններ։
       *[formal] Ամենաուշը { DATE($follow_up_date, skeleton: "MMMMd") }-ին մեզնից կստանաք թարմ տեղեկություններ։
    }

# Personal voice ("I will contact you with news no later than December 18").
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - "formal" or "warm".
next-steps-date-mine =
    { $register ->
        [warm] Նոր տեղեկություններով քեզ հետ կկապվեմ ոչ ուշ, քան { DATE($follow_up_date, skeleton: "MMMMd") }-ին։
       *[formal] Նոր տեղեկություններով Ձեզ հետ կկապվեմ ոչ ուշ, քան { DATE($follow_up_date, skeleton: "MMMMd") }-ին։
    }

# Personal voice ("By December 18 at the latest I will call you with news").
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - "formal" or "warm".
next-steps-date-mine-call =
    { $register ->
        [warm] Ամենաուշը { DATE($follow_up_date, skeleton: "MMMMd") }-ին կզանգեմ քեզ՝ նոր տեղեկություններով։
       *[formal] Ամենաուշը { DATE($follow_up_date, skeleton: "MMMMd") }-ին կզանգեմ Ձեզ՝ նոր տեղեկություններով։
    }

# Company voice, no date yet, fix not done yet ("As soon as we have sorted the matter out,
# we will contact you").
# Variables:
#   $register (String) - "formal" or "warm".
next-steps-when-fixed =
    { $register ->
        [warm] Հենց որ հարցը կարգավորենք, կկապվենք քեզ հետ։
       *[formal] Հենց որ հարցը կարգավորենք, կկապվենք Ձեզ հետ։
    }

# Personal voice, no date yet, fix not done yet.
# Variables:
#   $register (String) - "formal" or "warm".
next-steps-when-fixed-mine =
    { $register ->
        [warm] Հենց որ հարցը կարգավորեմ, կկապվեմ քեզ հետ։
       *[formal] Հենց որ հարցը կարգավորեմ, կկապվեմ Ձեզ հետ։
    }

## Step: invite — invite questions, or move a public thread to a private channel.

# Company voice; email and chat ("If you have questions, just write to us"; not «պատասխանեք»,
# which letter.yaml would compare with «պատասխանատվություն» of the own step).
# Variables:
#   $register (String) - "formal" or "warm".
invite-reply =
    { $register ->
        [warm] Եթե հարցեր ունես, պարզապես գրիր մեզ։
       *[formal] Եթե հարցեր ունեք, պարզապես գրեք մեզ։
    }

# Personal voice; email and chat ("Do you have questions? I will gladly clarify everything").
# Variables:
#   $register (String) - "formal" or "warm".
invite-questions =
    { $register ->
        [warm] Հարցեր ունե՞ս։ Սիրով ամեն ինչ կպարզաբանեմ։
       *[formal] Հարցեր ունե՞ք։ Սիրով ամեն ինչ կպարզաբանեմ։
    }

# Either voice; email and chat ("With further questions you can turn to: …", the form of
# an Armenian notice). $contact may be a phone number, so «դիմել» (turn to), never «գրել».
# Keep $contact at the end, after ՝.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - "formal" or "warm".
invite-reach =
    { $register ->
        [warm] Լրացուցիչ հարցերի դեպքում կարող ես դիմել՝ { $contact }։
       *[formal] Լրացուցիչ հարցերի դեպքում կարող եք դիմել՝ { $contact }։
    }

# Social media: move a public thread to a private channel ("To resolve it one-on-one,
# get in touch:"). Keep $contact at the end, after ՝.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - "formal" or "warm".
invite-private =
    { $register ->
        [warm] Հարցն անհատապես լուծելու համար կապվիր՝ { $contact }։
       *[formal] Հարցն անհատապես լուծելու համար կապվեք՝ { $contact }։
    }

# Social media, company voice ("Write to us in a private message so that we can clarify the details").
# Variables:
#   $register (String) - "formal" or "warm".
invite-direct-message =
    { $register ->
        [warm] Գրիր մեզ անձնական հաղորդագրությամբ, որ պարզենք մանրամասները։
       *[formal] Գրեք մեզ անձնական հաղորդագրությամբ, որ պարզենք մանրամասները։
    }

# Social media, personal voice ("Write to me in a private message so that I can look into it myself").
# Variables:
#   $register (String) - "formal" or "warm".
invite-direct-message-mine =
    { $register ->
        [warm] Գրիր ինձ անձնական հաղորդագրությամբ, որ ինքս պարզեմ մանրամասները։
       *[formal] Գրեք ինձ անձնական հաղորդագրությամբ, որ ինքս պարզեմ մանրամասները։
    }

# Phone script, either voice ("Do you have questions about all this?").
# Variables:
#   $register (String) - "formal" or "warm".
invite-phone-questions =
    { $register ->
        [warm] Այս ամենի վերաբերյալ հարցեր ունե՞ս։
       *[formal] Այս ամենի վերաբերյալ հարցեր ունե՞ք։
    }

# Phone script, company voice; only after something was done ("What else can we help you with?").
# Variables:
#   $register (String) - "formal" or "warm".
invite-anything-else =
    { $register ->
        [warm] Էլ ինչո՞վ կարող ենք օգնել քեզ։
       *[formal] Էլ ինչո՞վ կարող ենք օգնել Ձեզ։
    }

# Phone script, personal voice; only after something was done.
# Variables:
#   $register (String) - "formal" or "warm".
invite-anything-else-mine =
    { $register ->
        [warm] Էլ ինչո՞վ կարող եմ օգնել քեզ։
       *[formal] Էլ ինչո՞վ կարող եմ օգնել Ձեզ։
    }

## Step: thank — for telling us.

# Company voice ("Thank you for letting us know about this").
# Variables:
#   $register (String) - "formal" or "warm".
thank-telling =
    { $register ->
        [warm] Շնորհակալություն, որ այս մասին հայտնեցիր մեզ։
       *[formal] Շնորհակալություն, որ այս մասին հայտնեցիք մեզ։
    }

# Company voice ("Thank you for giving us the chance to put the situation right").
# Variables:
#   $register (String) - "formal" or "warm".
thank-chance =
    { $register ->
        [warm] Շնորհակալություն, որ մեզ հնարավորություն տվեցիր իրավիճակը շտկելու։
       *[formal] Շնորհակալություն, որ մեզ հնարավորություն տվեցիք իրավիճակը շտկելու։
    }

# Company voice, formal; email and phone ("Thank you for finding the time to tell us about this").
thank-time = Շնորհակալություն, որ ժամանակ գտաք և այս մասին պատմեցիք մեզ։

# Company voice; chat ("Thank you for raising the alarm": the usual Armenian thanks for a report).
thank-short = Շնորհակալ ենք ահազանգի համար։

# Either voice.
# Variables:
#   $register (String) - "formal" or "warm".
thank-patience =
    { $register ->
        [warm] Շնորհակալություն քո համբերության համար։
       *[formal] Շնորհակալություն Ձեր համբերության համար։
    }

# Personal voice ("Thank you for giving me the chance to put the situation right").
# Variables:
#   $register (String) - "formal" or "warm".
thank-mine =
    { $register ->
        [warm] Շնորհակալ եմ, որ ինձ հնարավորություն տվեցիր իրավիճակը շտկելու։
       *[formal] Շնորհակալ եմ, որ ինձ հնարավորություն տվեցիք իրավիճակը շտկելու։
    }

# Personal voice ("Thank you for telling about this").
# Variables:
#   $register (String) - "formal" or "warm".
thank-mine-telling =
    { $register ->
        [warm] Շնորհակալ եմ, որ պատմեցիր այս մասին։
       *[formal] Շնորհակալ եմ, որ պատմեցիք այս մասին։
    }

## Step: close — optimism about the relationship.

# Company voice ("It matters to us to regain your trust").
# Variables:
#   $register (String) - "formal" or "warm".
close-trust =
    { $register ->
        [warm] Մեզ համար կարևոր է վերագտնել քո վստահությունը։
       *[formal] Մեզ համար կարևոր է վերագտնել Ձեր վստահությունը։
    }

# Company voice, warm ("Next time we will do everything the way it should be done").
close-next-time = Հաջորդ անգամ ամեն ինչ կանենք այնպես, ինչպես հարկն է։

# Company voice, formal letter ("We hope to restore your trust, and we will do everything
# not to lose it again").
close-relationship = Հուսով ենք, որ կվերականգնենք Ձեր վստահությունը, և կանենք ամեն ինչ, որ այն այլևս չկորցնենք։

# Personal voice ("I hope that next time everything will be as you expect").
# Variables:
#   $register (String) - "formal" or "warm".
close-mine =
    { $register ->
        [warm] Հուսով եմ, որ հաջորդ անգամ ամեն ինչ այնպես կլինի, ինչպես դու ես ակնկալում։
       *[formal] Հուսով եմ, որ հաջորդ անգամ ամեն ինչ այնպես կլինի, ինչպես Դուք եք ակնկալում։
    }

# Personal voice ("I want to regain your trust").
# Variables:
#   $register (String) - "formal" or "warm".
close-mine-trust =
    { $register ->
        [warm] Ուզում եմ վերագտնել քո վստահությունը։
       *[formal] Ուզում եմ վերագտնել Ձեր վստահությունը։
    }

## Step: sign-off — the closing formula and who is writing. «Հարգանքով՝» is the standard
## formula; the name follows on its own line.

# Email, with the agent's name and the company.
# Variables:
#   $agent_name (String) - The agent's first name.
#   $company (String) - The company's name.
sign-off-regards =
    Հարգանքով՝
    { $agent_name }
    { $company }

# Email, with the agent's name.
# Variables:
#   $agent_name (String) - The agent's first name.
sign-off-regards-name =
    Հարգանքով՝
    { $agent_name }

# Warm register; email and chat ("With best wishes").
# Variables:
#   $agent_name (String) - The agent's first name.
sign-off-warm =
    Լավագույն մաղթանքներով՝
    { $agent_name }

# Company voice only; email, when we know no names ("Customer Support Team"; not «սպասարկման»,
# which acknowledge-not-acceptable uses: this is the only sign-off of a letter without names).
sign-off-team =
    Հարգանքով՝
    Հաճախորդների աջակցման թիմ

# Company voice only; email, chat, social: the team of the named company.
# Variables:
#   $company (String) - The company's name.
sign-off-team-company = — «{ $company }» ընկերության թիմ

# Chat and social media signature.
# Variables:
#   $agent_name (String) - The agent's first name.
sign-off-initials = — { $agent_name }

# Phone script ("Thank you for the conversation. Goodbye"): the thanks of the call when the
# letter has no thank step.
sign-off-phone = Շնորհակալություն զրույցի համար։ Ցտեսություն։

# Phone script ("All the best to you. Goodbye").
# Variables:
#   $register (String) - "formal" or "warm".
sign-off-phone-bye =
    { $register ->
        [warm] Ամենայն բարիք քեզ։ Ցտեսություն։
       *[formal] Ամենայն բարիք Ձեզ։ Ցտեսություն։
    }

## Blanks — labels a helpdesk macro shows where the agent must write the facts.
## A macro (Zendesk, Freshdesk, Help Scout, Intercom, Gorgias, Front, CSV) is written
## before the incident happens, so it cannot know what went wrong. `phrasebank macros`
## puts these labels where the facts go; the agent replaces each one before sending.
## Write them the way a support lead labels a template: short, unmistakably unfinished,
## in square brackets, no full stop, no variables.

# The customer's first name ("the client's first name"), where the helpdesk has no name on file.
blank-customer-name = [հաճախորդի անունը]

# The agent's own name ("your name", capitalised formal Ձեր: the label speaks to the agent).
blank-agent-name = [Ձեր անունը]

# Stands for $issue ("what problem has arisen").
blank-issue = [ինչ խնդիր է առաջացել]

# Stands for $cause ("why it happened").
blank-cause = [ինչու է դա պատահել]

# Stands for $fix ("what has been done to fix it").
blank-fix = [ինչ է արվել խնդիրը շտկելու համար]

# Stands for $prevention ("what changes so that it does not happen again").
blank-prevention = [ինչ է փոխվում, որ դա չկրկնվի]

# Stands for $compensation_amount inside the refund or credit sentence ("the amount and
# the currency"): the agent types the amount with its currency.
blank-compensation = [գումարը և արժույթը]

## Macro titles — what a helpdesk lists each exported macro as (`phrasebank macros`).
## Agents search their helpdesk's macro list for these words, so write each the way a
## support lead of this language names a saved reply: short, no full stop, no variables.
## The helpdesk shows them as "<macro title> (<register>, <channel>, <voice>) [key]".

# The macro's name, one per playbook.
macro-title-five-steps = Ներողություն – հինգ քայլ
macro-title-restore-value = Ներողություն – նախ փոխհատուցում
macro-title-personal = Անձնական ներողություն
macro-title-formal-letter = Ներողության պաշտոնական նամակ
macro-title-own-it = Ներողություն – ընդունում ենք սխալը
macro-title-social = Ներողություն – հրապարակային պատասխան սոցիալական ցանցում

# The options a macro was written for, listed after its name: register, channel, voice.
macro-option-formal = պաշտոնական
macro-option-warm = ջերմ
macro-option-email = էլեկտրոնային փոստ
macro-option-chat = զրուցարան
macro-option-social = սոցիալական ցանցեր
macro-option-phone = հեռախոս
macro-option-we = ընկերության անունից
macro-option-i = առաջին դեմքով
