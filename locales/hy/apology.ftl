### phrasebank locale: Eastern Armenian (hy, Armenia), reformed orthography
### (ներողություն, մեկ, եթե), as a support team in Yerevan writes today.
###
### Whole letters: phrasebank/catalog.yaml picks one message per step and keeps the
### letter rules (docs/method.md). So every step has its own vocabulary: a content
### word of one step (ներողություն, պատասխանատվություն, փոխհատուցում, վստահություն…)
### appears in no other step's messages, or only in alternatives the composer can
### avoid; letter.yaml lists the function words and compares words by their first
### five letters after the prefixes կ- and չ- (so կհայտնենք meets հայտնեցիք).
### Voices: "we" messages use ենք / մենք / մեր; "I" messages use եմ / ես / իմ and the
### 1st-person aorist (ուսումնասիրեցի); messages the catalog gives to both voices use
### neither (3rd person, the customer as subject, or the passive: կարգը փոխվել է).
### The agent never claims what the team did: an "I" message says what the agent
### checked, approved or takes charge of, and owns putting things right, not the error.
###
### Address: the formal register is the capitalised Դուք / Ձեր / Ձեզ / Ձեզնից; the warm
### register is դու / քո / քեզ / քեզնից. Every message that addresses the customer
### selects on $register (default formal). Warm is friendly, never slangy, and keeps
### out office phrases («Լրացուցիչ հարցերի դեպքում», «ոչ ուշ, քան», «վերաբերյալ»).
### Gender: Armenian verbs and pronouns have no gender, so $agent_gender is never
### needed. $customer_gender is used once: on the phone a formal caller says
### «տիկին Անի» / «պարոն Տիգրան»; with an unknown gender, the first name alone.
### Names: $customer_name and $agent_name are first names in the nominative, which
### is also the form of direct address («Հարգելի՛ Անի,», «Բարև, Տիգրան։»). The only
### ending a name takes here is the article before a vowel, which is «-ն» after every
### name («Նարեկն եմ», «Անին եմ», «Սյուզաննան եմ»), so it is always right.
### $company stands in «» and takes its case ending after a hyphen («Սուրճի տուն»-ից,
### «Սուրճի տուն»-ի թիմ), the way Armenian writes endings on a quoted name; it is
### never called «ընկերություն» (it may be a hotel, a shop or a provider).
### Phone: the agent opens an outgoing call in the first person, in either voice:
### greets the customer by name, says who is calling, from where and why, once
### («Բարև Ձեզ, տիկին Անի։ Նարեկն եմ, «Սուրճի տուն»-ից։ Զանգահարում եմ …»);
### thanks come once; the read-back ends with a real question (Այդպե՞ս է։).
### $channel is used only where the spoken form differs: a follow-up on the phone
### is a call (կզանգենք), in writing a contact (կկապվենք).
###
### Punctuation: ։ ends a sentence. A sentence that announces a fact ends with the
### Armenian colon, the միջակետ «.», followed by the fact (Պատճառը հետևյալն է. …); the
### fact then goes on in lower case (letter.yaml: lead_in_lowercase), as Armenian
### writes after a միջակետ; a quoted name keeps its capital. Never ":" there,
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
### («դեկտեմբերի 18»); the sentence adds the case ending to the number with a hyphen
### («ոչ ուշ, քան դեկտեմբերի 18-ին», «կկապվենք … դեկտեմբերի 18-ին»). The month is in
### lower case, so a date never opens a sentence. No year, no weekday.
### Money: «6000 դրամ», «15 000 դրամ» (formats.yaml), always the subject or object of a
### verb, so the amount needs no case ending.
### Compensation (restore) is goodwill on top of putting things right: «որպես
### փոխհատուցում … տրամադրում ենք», «հաստատել եմ … փոխհատուցում». Never «վերադարձնել»
### (the fix may return a payment, and the customer must not take the two for one),
### never how it is paid (քարտին, հաշվին); free months are added to the subscription,
### so they fit a plan that is already paid.
### Follow-ups: with a finished fix (next-steps-check*) we only check that all is well
### («համոզվելու, որ ամեն ինչ կարգին է»); news about progress is for an open case.
### Style: no calques (զբաղվում ենք, not «աշխատում ենք … վրա»; «Որպես փոխհատուցում», not
### «Ի նշան ներողության»; «Շատ/Խորապես ներողություն ենք խնդրում», not «Իսկապես …»;
### «ցավում եմ» alone is sympathy, not an apology), no form phrases («Ձեռնարկել ենք
### անհրաժեշտ քայլերը», «վերագտնել Ձեր վստահությունը», «Շնորհակալություն Ձեր
### համբերության համար»), no defensive lines, no minimisers, no «եթե» or «բայց» near an
### apology, no «շուտով». Updates promise a rhythm (ամեն առավոտ / ամեն երեկո) or a date.

## Step: greeting — open the message, by first name when we have it.

# Formal letter opening: the emphasis mark of direct address on «Հարգելի՛», a comma
# after the name. Email, formal register.
# Variables:
#   $customer_name (String) - The customer's first name, e.g. "Անի".
greeting-dear = Հարգելի՛ { $customer_name },

# Opening with the first name. Formal register; email, chat, social.
# Variables:
#   $customer_name (String) - The customer's first name.
greeting-hello-name = Բարև Ձեզ, { $customer_name }։

# Friendly opening with the first name. Warm register; email, chat, social.
# Variables:
#   $customer_name (String) - The customer's first name.
greeting-hi-name = Բարև, { $customer_name }։

# Opening when we do not know the name. Email, chat, social. A formal e-mail opens
# as a letter does («Հարգելի՛ հաճախորդ,»); a chat or a post with a greeting.
# Variables:
#   $register (String) - "formal" (Բարև Ձեզ) or "warm" (Բարև).
#   $channel (String) - "email" (a letter's salutation) or another channel.
greeting-hello =
    { $register ->
        [warm] Բարև։
       *[formal]
            { $channel ->
                [email] Հարգելի՛ հաճախորդ,
               *[chat] Բարև Ձեզ։
            }
    }

# Friendly opening without a name. Warm register; chat and social.
greeting-hi = Ողջույն։

# Phone script, an outgoing call: who is calling, from where and why, said once, in
# the first person («Նարեկն եմ»: the article «-ն» before «եմ» fits every name).
# Variables:
#   $agent_name (String) - The agent's first name.
#   $company (String) - The company's name.
#   $register (String) - "formal" or "warm": Ձեր / քո.
greeting-phone =
    { $register ->
        [warm] Բարև։ { $agent_name }ն եմ, «{ $company }»-ից։ Զանգում եմ քո դիմումի հետ կապված։
       *[formal] Բարև Ձեզ։ { $agent_name }ն եմ, «{ $company }»-ից։ Զանգահարում եմ Ձեր դիմումի կապակցությամբ։
    }

# Phone script: greet the customer by first name (formally with տիկին / պարոն), then say
# who is calling, from where and why.
# Variables:
#   $customer_name (String) - The customer's first name.
#   $agent_name (String) - The agent's first name.
#   $company (String) - The company's name.
#   $register (String) - "formal" or "warm".
#   $customer_gender (String) - "feminine" (տիկին), "masculine" (պարոն) or "unknown" (the name alone); formal register only.
greeting-phone-name =
    { $register ->
        [warm] Բարև, { $customer_name }։ { $agent_name }ն եմ, «{ $company }»-ից։ Զանգում եմ քո դիմումի հետ կապված։
       *[formal]
            { $customer_gender ->
                [feminine] Բարև Ձեզ, տիկին { $customer_name }։ { $agent_name }ն եմ, «{ $company }»-ից։ Զանգահարում եմ Ձեր դիմումի կապակցությամբ։
                [masculine] Բարև Ձեզ, պարոն { $customer_name }։ { $agent_name }ն եմ, «{ $company }»-ից։ Զանգահարում եմ Ձեր դիմումի կապակցությամբ։
               *[unknown] Բարև Ձեզ, { $customer_name }։ { $agent_name }ն եմ, «{ $company }»-ից։ Զանգահարում եմ Ձեր դիմումի կապակցությամբ։
            }
    }

# Phone script: greet the customer by first name; we know the agent's name, not the company's
# ("from customer service").
# Variables:
#   $customer_name (String) - The customer's first name.
#   $agent_name (String) - The agent's first name.
#   $register (String) - "formal" or "warm".
#   $customer_gender (String) - "feminine" (տիկին), "masculine" (պարոն) or "unknown" (the name alone); formal register only.
greeting-phone-name-agent =
    { $register ->
        [warm] Բարև, { $customer_name }։ { $agent_name }ն եմ, հաճախորդների սպասարկման ծառայությունից։ Զանգում եմ քո դիմումի հետ կապված։
       *[formal]
            { $customer_gender ->
                [feminine] Բարև Ձեզ, տիկին { $customer_name }։ { $agent_name }ն եմ, հաճախորդների սպասարկման ծառայությունից։ Զանգահարում եմ Ձեր դիմումի կապակցությամբ։
                [masculine] Բարև Ձեզ, պարոն { $customer_name }։ { $agent_name }ն եմ, հաճախորդների սպասարկման ծառայությունից։ Զանգահարում եմ Ձեր դիմումի կապակցությամբ։
               *[unknown] Բարև Ձեզ, { $customer_name }։ { $agent_name }ն եմ, հաճախորդների սպասարկման ծառայությունից։ Զանգահարում եմ Ձեր դիմումի կապակցությամբ։
            }
    }

# Phone script: greet the customer by first name; we know the company's name, not the agent's.
# Variables:
#   $customer_name (String) - The customer's first name.
#   $company (String) - The company's name.
#   $register (String) - "formal" or "warm".
#   $customer_gender (String) - "feminine" (տիկին), "masculine" (պարոն) or "unknown" (the name alone); formal register only.
greeting-phone-name-company =
    { $register ->
        [warm] Բարև, { $customer_name }։ Զանգում եմ «{ $company }»-ից՝ քո դիմումի հետ կապված։
       *[formal]
            { $customer_gender ->
                [feminine] Բարև Ձեզ, տիկին { $customer_name }։ Զանգահարում եմ «{ $company }»-ից՝ Ձեր դիմումի կապակցությամբ։
                [masculine] Բարև Ձեզ, պարոն { $customer_name }։ Զանգահարում եմ «{ $company }»-ից՝ Ձեր դիմումի կապակցությամբ։
               *[unknown] Բարև Ձեզ, { $customer_name }։ Զանգահարում եմ «{ $company }»-ից՝ Ձեր դիմումի կապակցությամբ։
            }
    }

# Phone script, when we know the agent's name but not the company's or the customer's.
# Variables:
#   $agent_name (String) - The agent's first name.
#   $register (String) - "formal" or "warm".
greeting-phone-agent =
    { $register ->
        [warm] Բարև։ { $agent_name }ն եմ, հաճախորդների սպասարկման ծառայությունից։ Զանգում եմ քո դիմումի հետ կապված։
       *[formal] Բարև Ձեզ։ { $agent_name }ն եմ, հաճախորդների սպասարկման ծառայությունից։ Զանգահարում եմ Ձեր դիմումի կապակցությամբ։
    }

# Phone script, when we know the company's name but not the agent's or the customer's.
# Variables:
#   $company (String) - The company's name.
#   $register (String) - "formal" or "warm".
greeting-phone-company =
    { $register ->
        [warm] Բարև։ Զանգում եմ «{ $company }»-ից՝ քո դիմումի հետ կապված։
       *[formal] Բարև Ձեզ։ Զանգահարում եմ «{ $company }»-ից՝ Ձեր դիմումի կապակցությամբ։
    }

# Phone script, when we know no names.
# Variables:
#   $register (String) - "formal" or "warm".
greeting-phone-plain =
    { $register ->
        [warm] Բարև։ Զանգում եմ հաճախորդների սպասարկման ծառայությունից՝ քո դիմումի հետ կապված։
       *[formal] Բարև Ձեզ։ Զանգահարում եմ հաճախորդների սպասարկման ծառայությունից՝ Ձեր դիմումի կապակցությամբ։
    }

## Step: acknowledge — show that we listened; restate what went wrong.

# Company voice; email and chat. The fact, then our judgement ("On our part this is
# unacceptable").
# Variables:
#   $issue (String) - What went wrong, one whole sentence, e.g. "№4471 պատվերը առաքվեց երեք օր ուշ։"
acknowledge-not-acceptable = { $issue } Մեր կողմից սա անընդունելի է։

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

# Phone script, personal voice ("I want to make sure I have understood you correctly. … Is that
# so?"): the read-back ends with a real question.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - "formal" or "warm".
acknowledge-phone =
    { $register ->
        [warm] Ուզում եմ համոզվել, որ ճիշտ եմ քեզ հասկացել։ { $issue } Այդպե՞ս է։
       *[formal] Ուզում եմ համոզվել, որ ճիշտ եմ Ձեզ հասկացել։ { $issue } Այդպե՞ս է։
    }

# Phone script, company voice ("Let us first go over the details. … Is that so?").
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - "formal" (Եկեք) or "warm" (Եկ).
acknowledge-phone-we =
    { $register ->
        [warm] Նախ ճշտենք մանրամասները։ { $issue } Այդպե՞ս է։
       *[formal] Եկեք նախ ճշտենք մանրամասները։ { $issue } Այդպե՞ս է։
    }

# Phone script, either voice ("Let me clarify. … Is that so?").
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - "formal" (Թույլ տվեք) or "warm" (Թույլ տուր).
acknowledge-phone-check =
    { $register ->
        [warm] Թույլ տուր մի բան ճշտել։ { $issue } Այդպե՞ս է։
       *[formal] Թույլ տվեք ճշտել։ { $issue } Այդպե՞ս է։
    }

## Step: state — one sentence that says what went wrong (the fact alone).

# Variables:
#   $issue (String) - What went wrong, one whole sentence.
state-issue = { $issue }

## Step: apologize — say sorry plainly: no condition, no "but". «Ներողություն ենք
## խնդրում» is the apology; «ցավում ենք» alone would be sympathy.

# Company voice, formal ("We deeply apologise"). Email, chat, phone.
apologize-sincere = Խորապես ներողություն ենք խնդրում։

# Company voice, formal ("We apologise to you for what happened"). Email, chat, phone.
apologize-accept = Ներողություն ենք խնդրում Ձեզնից պատահածի համար։

# Company voice, warm ("We are very sorry": the everyday Armenian apology).
apologize-truly = Շատ ներողություն ենք խնդրում։

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

# Personal voice, formal ("I deeply apologise").
apologize-mine-formal = Խորապես ներողություն եմ խնդրում։

# Personal voice, warm ("I am very sorry": an apology, not «ցավում եմ», which is sympathy).
apologize-mine-warm = Շատ ներողություն եմ խնդրում։

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

## Step: own — take responsibility. The company owns the mistake; the agent owns putting
## it right, never the error itself. Each message stands on its own (no «Սա» at the start).

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

# Personal voice, only while the fix is not done ("I am taking the matter under my own
# control and will follow it until it is fully resolved").
# Variables:
#   $register (String) - "formal" or "warm".
own-mine =
    { $register ->
        [warm] Հարցը վերցնում եմ իմ վրա ու կհետևեմ, մինչև ամեն ինչ կարգավորվի։
       *[formal] Հարցն անձամբ վերցնում եմ իմ հսկողության տակ և կհետևեմ, մինչև այն ամբողջովին լուծվի։
    }

# Personal voice ("I have taken on putting the situation right myself" / warm: "Sorting
# everything out is on me now").
# Variables:
#   $register (String) - "formal" or "warm".
own-mine-full =
    { $register ->
        [warm] Ամեն ինչ կարգավորելը հիմա ինձ վրա է։
       *[formal] Իրավիճակի շտկումն ինքս եմ ստանձնել։
    }

# Personal voice: the agent owns the resolution ("Your case is now handled by me personally").
# Variables:
#   $register (String) - "formal" or "warm".
own-mine-care =
    { $register ->
        [warm] Հիմա քո հարցով ես եմ զբաղվում։
       *[formal] Ձեր հարցն այժմ անձամբ ես եմ վարում։
    }

## Step: empathize — recognize what the problem cost the customer.

# Either voice ("This whole business cost you a lot of time and nerves").
# Variables:
#   $register (String) - "formal" or "warm".
empathize-time =
    { $register ->
        [warm] Այս պատմությունը քեզնից շատ ժամանակ ու նյարդեր խլեց։
       *[formal] Այս պատմությունը Ձեզնից շատ ժամանակ ու նյարդեր խլեց։
    }

# Either voice ("You should not have found yourself in such a situation").
# Variables:
#   $register (String) - "formal" or "warm".
empathize-deal =
    { $register ->
        [warm] Դու չպետք է հայտնվեիր նման իրավիճակում։
       *[formal] Դուք չպետք է հայտնվեիք նման իրավիճակում։
    }

# Company voice ("We understand how awkward a position you were put in").
# Variables:
#   $register (String) - "formal" or "warm".
empathize-frustrating =
    { $register ->
        [warm] Հասկանում ենք, թե որքան անհարմար վիճակում հայտնվեցիր։
       *[formal] Հասկանում ենք, թե որքան անհարմար վիճակում հայտնվեցիք։
    }

# Personal voice, warm ("In your place I would be disappointed too").
empathize-place = Քո տեղում ես էլ կհիասթափվեի։

# Personal voice, formal ("I can imagine how much trouble this caused you").
empathize-trouble = Պատկերացնում եմ, թե որքան անհանգստություն պատճառեց սա Ձեզ։

## Step: explain — the root cause, briefly, never an excuse. A lead-in ends with the
## միջակետ «.» and the cause follows in lower case.

# Company voice ("We looked into the case and found the cause:").
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-found = Ուսումնասիրեցինք դեպքը և պարզեցինք պատճառը. { $cause }

# Either voice ("The cause is the following:" / warm: "This is what happened:").
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - "formal" or "warm".
explain-happened =
    { $register ->
        [warm] Պատահել է հետևյալը. { $cause }
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

# Company voice ("Here is what we have done to solve the problem:" / warm: "Here is what we
# have done:"). No «արդեն» here: the fix itself usually says "already".
# Variables:
#   $fix (String) - What has already been done, whole sentences.
#   $register (String) - "formal" or "warm".
fix-done =
    { $register ->
        [warm] Ահա թե ինչ ենք արել. { $fix }
       *[formal] Ահա թե ինչ ենք արել խնդիրը լուծելու համար. { $fix }
    }

# Either voice: the fix on its own.
# Variables:
#   $fix (String) - What has already been done, whole sentences.
fix-fact = { $fix }

# Personal voice, but in neutral words ("Here is what has been done:"): the fix is often the
# team's work (a delivery, a refund), which the agent does not claim.
# Variables:
#   $fix (String) - What has already been done, whole sentences.
#   $register (String) - "formal" or "warm".
fix-mine =
    { $register ->
        [warm] Ահա թե ինչ է արված. { $fix }
       *[formal] Ահա թե ինչ է արվել իրավիճակը շտկելու համար. { $fix }
    }

# Company voice, when the fix is not done yet ("We are already working on solving the problem
# and every morning we will tell you what has been done"). No «օր» here: the apology may count days.
# Variables:
#   $register (String) - "formal" or "warm".
fix-working =
    { $register ->
        [warm] Խնդրի լուծմամբ արդեն զբաղվում ենք և ամեն առավոտ քեզ կհայտնենք, թե ինչ է արված։
       *[formal] Խնդրի լուծմամբ արդեն զբաղվում ենք և ամեն առավոտ Ձեզ կհայտնենք, թե ինչ է արված։
    }

# Company voice, when the fix is not done yet ("Our specialists are already on the matter, and
# every evening we will report the progress").
# Variables:
#   $register (String) - "formal" or "warm".
fix-working-team =
    { $register ->
        [warm] Մեր մասնագետներն արդեն զբաղված են այս հարցով, և ամեն երեկո քեզ կտեղեկացնենք առաջընթացի մասին։
       *[formal] Մեր մասնագետներն արդեն զբաղված են այս հարցով, և ամեն երեկո Ձեզ կտեղեկացնենք առաջընթացի մասին։
    }

# Personal voice, when the fix is not done yet ("I am already personally working on solving
# the problem and every morning I will tell you what has been done").
# Variables:
#   $register (String) - "formal" or "warm".
fix-working-mine =
    { $register ->
        [warm] Խնդրի լուծմամբ արդեն անձամբ եմ զբաղվում և ամեն առավոտ քեզ կհայտնեմ, թե ինչ է արված։
       *[formal] Խնդրի լուծմամբ արդեն անձամբ եմ զբաղվում և ամեն առավոտ Ձեզ կհայտնեմ, թե ինչ է արված։
    }

# Personal voice, when the fix is not done yet ("I have already started on the fixes, and
# every evening I will tell you what was done that day").
# Variables:
#   $register (String) - "formal" or "warm".
fix-working-mine-now =
    { $register ->
        [warm] Շտկումներն արդեն սկսել եմ, և ամեն երեկո քեզ կտեղեկացնեմ, թե ինչ է արվել օրվա ընթացքում։
       *[formal] Շտկումներն արդեն սկսել եմ, և ամեն երեկո Ձեզ կտեղեկացնեմ, թե ինչ է արվել օրվա ընթացքում։
    }

## Step: prevent — what changes so that it does not happen again.

# Company voice ("So that nothing like this happens again, we have changed the way we work:").
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-changed = Որպեսզի նման բան այլևս չկրկնվի, փոխել ենք մեր աշխատանքի կարգը. { $prevention }

# Either voice ("So that this does not recur, the procedure has been changed:").
# Variables:
#   $prevention (String) - What changes, whole sentences.
#   $register (String) - "formal" (Որպեսզի) or "warm" (Որ).
prevent-again =
    { $register ->
        [warm] Որ սա չկրկնվի, կարգը փոխվել է. { $prevention }
       *[formal] Որպեսզի սա չկրկնվի, կարգը փոխվել է. { $prevention }
    }

# Personal voice ("I have also made sure of what changes so that this does not happen again:"):
# the agent checked the change, and does not claim to have made it.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-mine = Ճշտել եմ նաև, թե ինչ է փոխվել, որ սա այլևս չկրկնվի. { $prevention }

# Either voice: the change on its own.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-fact = { $prevention }

## Step: restore — goodwill on top of putting things right. The agent gives only the
## amount: never «վերադարձնել» (a refund may be part of the fix), never how it is paid.
## The amount is the object of the verb, so it needs no case ending.

# Company voice ("As compensation, we are giving you …"). Reads well right after the issue.
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money (e.g. "6000 դրամ").
#   $register (String) - "formal" or "warm".
restore-refund =
    { $register ->
        [warm] Որպես փոխհատուցում՝ քեզ տրամադրում ենք { $compensation_amount }։
       *[formal] Որպես փոխհատուցում՝ Ձեզ տրամադրում ենք { $compensation_amount }։
    }

# Company voice ("For all this you will receive … of compensation from us").
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - "formal" or "warm".
restore-credit =
    { $register ->
        [warm] Այս ամենի դիմաց մեզնից կստանաս { $compensation_amount } փոխհատուցում։
       *[formal] Այս ամենի դիմաց մեզնից կստանաք { $compensation_amount } փոխհատուցում։
    }

# Personal voice ("I have approved … of compensation for you").
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - "formal" or "warm".
restore-refund-mine =
    { $register ->
        [warm] Քեզ համար հաստատել եմ { $compensation_amount } փոխհատուցում։
       *[formal] Ձեզ համար հաստատել եմ { $compensation_amount } փոխհատուցում։
    }

# Personal voice ("As compensation, I have approved … for you").
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - "formal" or "warm".
restore-credit-mine =
    { $register ->
        [warm] Որպես փոխհատուցում՝ քեզ համար հաստատել եմ { $compensation_amount }։
       *[formal] Որպես փոխհատուցում՝ Ձեզ համար հաստատել եմ { $compensation_amount }։
    }

# Either voice ("As compensation, you will receive …").
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - "formal" or "warm".
restore-refund-on-way =
    { $register ->
        [warm] Որպես փոխհատուցում՝ կստանաս { $compensation_amount }։
       *[formal] Որպես փոխհատուցում՝ կստանաք { $compensation_amount }։
    }

# Company voice, after the fix ("Besides that, as compensation, we are giving you …"): the
# compensation comes on top of what the fix put right.
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - "formal" or "warm".
restore-extra =
    { $register ->
        [warm] Բացի այդ, որպես փոխհատուցում՝ քեզ տրամադրում ենք { $compensation_amount }։
       *[formal] Բացի այդ, որպես փոխհատուցում՝ Ձեզ տրամադրում ենք { $compensation_amount }։
    }

# Personal voice, after the fix ("Besides that, I have approved … of compensation for you").
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - "formal" or "warm".
restore-extra-mine =
    { $register ->
        [warm] Բացի այդ, քեզ համար հաստատել եմ { $compensation_amount } փոխհատուցում։
       *[formal] Բացի այդ, Ձեզ համար հաստատել եմ { $compensation_amount } փոխհատուցում։
    }

# Company voice ("As compensation, we have added two free months to your subscription"):
# fits a plan that is already paid. The numeral takes the singular: երկու ամիս.
# Variables:
#   $free_months (Number) - Months of service offered free of charge, e.g. 2.
#   $register (String) - "formal" or "warm".
restore-months =
    { $register ->
        [warm]
            { $free_months ->
                [one] Որպես փոխհատուցում՝ քո բաժանորդագրությանն ավելացրել ենք մեկ անվճար ամիս։
                [2] Որպես փոխհատուցում՝ քո բաժանորդագրությանն ավելացրել ենք երկու անվճար ամիս։
                [3] Որպես փոխհատուցում՝ քո բաժանորդագրությանն ավելացրել ենք երեք անվճար ամիս։
                [4] Որպես փոխհատուցում՝ քո բաժանորդագրությանն ավելացրել ենք չորս անվճար ամիս։
                [5] Որպես փոխհատուցում՝ քո բաժանորդագրությանն ավելացրել ենք հինգ անվճար ամիս։
                [6] Որպես փոխհատուցում՝ քո բաժանորդագրությանն ավելացրել ենք վեց անվճար ամիս։
               *[other] Որպես փոխհատուցում՝ քո բաժանորդագրությանն ավելացրել ենք { $free_months } անվճար ամիս։
            }
       *[formal]
            { $free_months ->
                [one] Որպես փոխհատուցում՝ Ձեր բաժանորդագրությանն ավելացրել ենք մեկ անվճար ամիս։
                [2] Որպես փոխհատուցում՝ Ձեր բաժանորդագրությանն ավելացրել ենք երկու անվճար ամիս։
                [3] Որպես փոխհատուցում՝ Ձեր բաժանորդագրությանն ավելացրել ենք երեք անվճար ամիս։
                [4] Որպես փոխհատուցում՝ Ձեր բաժանորդագրությանն ավելացրել ենք չորս անվճար ամիս։
                [5] Որպես փոխհատուցում՝ Ձեր բաժանորդագրությանն ավելացրել ենք հինգ անվճար ամիս։
                [6] Որպես փոխհատուցում՝ Ձեր բաժանորդագրությանն ավելացրել ենք վեց անվճար ամիս։
               *[other] Որպես փոխհատուցում՝ Ձեր բաժանորդագրությանն ավելացրել ենք { $free_months } անվճար ամիս։
            }
    }

# Personal voice ("I have added two free months to your subscription to make up for this").
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - "formal" or "warm".
restore-months-mine =
    { $register ->
        [warm]
            { $free_months ->
                [one] Այս ամենի դիմաց քո բաժանորդագրությանն ավելացրել եմ մեկ անվճար ամիս։
                [2] Այս ամենի դիմաց քո բաժանորդագրությանն ավելացրել եմ երկու անվճար ամիս։
                [3] Այս ամենի դիմաց քո բաժանորդագրությանն ավելացրել եմ երեք անվճար ամիս։
                [4] Այս ամենի դիմաց քո բաժանորդագրությանն ավելացրել եմ չորս անվճար ամիս։
                [5] Այս ամենի դիմաց քո բաժանորդագրությանն ավելացրել եմ հինգ անվճար ամիս։
                [6] Այս ամենի դիմաց քո բաժանորդագրությանն ավելացրել եմ վեց անվճար ամիս։
               *[other] Այս ամենի դիմաց քո բաժանորդագրությանն ավելացրել եմ { $free_months } անվճար ամիս։
            }
       *[formal]
            { $free_months ->
                [one] Այս ամենի դիմաց Ձեր բաժանորդագրությանն ավելացրել եմ մեկ անվճար ամիս։
                [2] Այս ամենի դիմաց Ձեր բաժանորդագրությանն ավելացրել եմ երկու անվճար ամիս։
                [3] Այս ամենի դիմաց Ձեր բաժանորդագրությանն ավելացրել եմ երեք անվճար ամիս։
                [4] Այս ամենի դիմաց Ձեր բաժանորդագրությանն ավելացրել եմ չորս անվճար ամիս։
                [5] Այս ամենի դիմաց Ձեր բաժանորդագրությանն ավելացրել եմ հինգ անվճար ամիս։
                [6] Այս ամենի դիմաց Ձեր բաժանորդագրությանն ավելացրել եմ վեց անվճար ամիս։
               *[other] Այս ամենի դիմաց Ձեր բաժանորդագրությանն ավելացրել եմ { $free_months } անվճար ամիս։
            }
    }

# Either voice ("As compensation, two free months have been added to your subscription").
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - "formal" or "warm".
restore-months-free =
    { $register ->
        [warm]
            { $free_months ->
                [one] Որպես փոխհատուցում՝ քո բաժանորդագրությանն ավելացվել է մեկ անվճար ամիս։
                [2] Որպես փոխհատուցում՝ քո բաժանորդագրությանն ավելացվել է երկու անվճար ամիս։
                [3] Որպես փոխհատուցում՝ քո բաժանորդագրությանն ավելացվել է երեք անվճար ամիս։
                [4] Որպես փոխհատուցում՝ քո բաժանորդագրությանն ավելացվել է չորս անվճար ամիս։
                [5] Որպես փոխհատուցում՝ քո բաժանորդագրությանն ավելացվել է հինգ անվճար ամիս։
                [6] Որպես փոխհատուցում՝ քո բաժանորդագրությանն ավելացվել է վեց անվճար ամիս։
               *[other] Որպես փոխհատուցում՝ քո բաժանորդագրությանն ավելացվել է { $free_months } անվճար ամիս։
            }
       *[formal]
            { $free_months ->
                [one] Որպես փոխհատուցում՝ Ձեր բաժանորդագրությանն ավելացվել է մեկ անվճար ամիս։
                [2] Որպես փոխհատուցում՝ Ձեր բաժանորդագրությանն ավելացվել է երկու անվճար ամիս։
                [3] Որպես փոխհատուցում՝ Ձեր բաժանորդագրությանն ավելացվել է երեք անվճար ամիս։
                [4] Որպես փոխհատուցում՝ Ձեր բաժանորդագրությանն ավելացվել է չորս անվճար ամիս։
                [5] Որպես փոխհատուցում՝ Ձեր բաժանորդագրությանն ավելացվել է հինգ անվճար ամիս։
                [6] Որպես փոխհատուցում՝ Ձեր բաժանորդագրությանն ավելացվել է վեց անվճար ամիս։
               *[other] Որպես փոխհատուցում՝ Ձեր բաժանորդագրությանն ավելացվել է { $free_months } անվճար ամիս։
            }
    }

## Step: next-steps — when the customer hears from us next. The date takes -ին on the day
## number («ոչ ուշ, քան դեկտեմբերի 18-ին») and never opens a sentence (the month is lower
## case). While the case is open (next-steps-date*) we promise news about the progress;
## after a finished fix (next-steps-check*) only a check that all is well.

# Company voice, open case ("No later than December 18 we will tell you how far the matter
# has got" / warm: "By December 18 we will tell you how things stand").
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - "formal" or "warm".
next-steps-date =
    { $register ->
        [warm] Մինչև { DATE($follow_up_date, skeleton: "MMMMd") }-ը կպատմենք քեզ, թե ուր է հասել հարցը։
       *[formal] Ոչ ուշ, քան { DATE($follow_up_date, skeleton: "MMMMd") }-ին, կտեղեկացնենք Ձեզ, թե ինչ փուլում է հարցի լուծումը։
    }

# Company voice, open case ("At the latest on December 18 we will contact you and tell you what
# progress there is"; on the phone: call you).
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - "formal" or "warm".
#   $channel (String) - "phone" (կզանգենք, we will call) or a written channel (կկապվենք).
next-steps-date-update =
    { $channel ->
        [phone]
            { $register ->
                [warm] Ամենաուշը { DATE($follow_up_date, skeleton: "MMMMd") }-ին կզանգենք քեզ ու կպատմենք, թե ինչ առաջընթաց կա։
               *[formal] Ամենաուշը { DATE($follow_up_date, skeleton: "MMMMd") }-ին կզանգենք Ձեզ և կպատմենք, թե ինչ առաջընթաց կա։
            }
       *[email]
            { $register ->
                [warm] Ամենաուշը { DATE($follow_up_date, skeleton: "MMMMd") }-ին կկապվենք քեզ հետ ու կպատմենք, թե ինչ առաջընթաց կա։
               *[formal] Ամենաուշը { DATE($follow_up_date, skeleton: "MMMMd") }-ին կկապվենք Ձեզ հետ և կպատմենք, թե ինչ առաջընթաց կա։
            }
    }

# Personal voice, open case ("No later than December 18 I will tell you personally how far the
# matter has got").
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - "formal" or "warm".
next-steps-date-mine =
    { $register ->
        [warm] Մինչև { DATE($follow_up_date, skeleton: "MMMMd") }-ը անձամբ կպատմեմ քեզ, թե ուր է հասել հարցը։
       *[formal] Ոչ ուշ, քան { DATE($follow_up_date, skeleton: "MMMMd") }-ին, անձամբ կտեղեկացնեմ Ձեզ, թե ինչ փուլում է հարցի լուծումը։
    }

# Personal voice, open case ("At the latest on December 18 I will call / contact you and tell
# you what progress there is").
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - "formal" or "warm".
#   $channel (String) - "phone" (կզանգեմ, I will call) or a written channel (կկապվեմ).
next-steps-date-mine-call =
    { $channel ->
        [phone]
            { $register ->
                [warm] Ամենաուշը { DATE($follow_up_date, skeleton: "MMMMd") }-ին կզանգեմ քեզ ու կպատմեմ, թե ինչ առաջընթաց կա։
               *[formal] Ամենաուշը { DATE($follow_up_date, skeleton: "MMMMd") }-ին կզանգեմ Ձեզ և կպատմեմ, թե ինչ առաջընթաց կա։
            }
       *[email]
            { $register ->
                [warm] Ամենաուշը { DATE($follow_up_date, skeleton: "MMMMd") }-ին կկապվեմ քեզ հետ ու կպատմեմ, թե ինչ առաջընթաց կա։
               *[formal] Ամենաուշը { DATE($follow_up_date, skeleton: "MMMMd") }-ին կկապվեմ Ձեզ հետ և կպատմեմ, թե ինչ առաջընթաց կա։
            }
    }

# Company voice, after a finished fix ("We will contact you again on December 18 to make sure
# that everything is in order"; on the phone: call you again).
# Variables:
#   $follow_up_date (Date) - The date of our check-in.
#   $register (String) - "formal" or "warm".
#   $channel (String) - "phone" (կզանգենք) or a written channel (կկապվենք).
next-steps-check =
    { $channel ->
        [phone]
            { $register ->
                [warm] Կրկին կզանգենք քեզ { DATE($follow_up_date, skeleton: "MMMMd") }-ին՝ համոզվելու, որ ամեն ինչ կարգին է։
               *[formal] Կրկին կզանգահարենք Ձեզ { DATE($follow_up_date, skeleton: "MMMMd") }-ին՝ համոզվելու, որ ամեն ինչ կարգին է։
            }
       *[email]
            { $register ->
                [warm] Կրկին կկապվենք քեզ հետ { DATE($follow_up_date, skeleton: "MMMMd") }-ին՝ համոզվելու, որ ամեն ինչ կարգին է։
               *[formal] Կրկին կկապվենք Ձեզ հետ { DATE($follow_up_date, skeleton: "MMMMd") }-ին՝ համոզվելու, որ ամեն ինչ կարգին է։
            }
    }

# Company voice, after a finished fix ("No later than December 18 we will check with you whether
# everything is in order").
# Variables:
#   $follow_up_date (Date) - The date of our check-in.
#   $register (String) - "formal" or "warm".
next-steps-check-all =
    { $register ->
        [warm] Մինչև { DATE($follow_up_date, skeleton: "MMMMd") }-ը կհետաքրքրվենք, թե արդյոք ամեն ինչ կարգին է։
       *[formal] Ոչ ուշ, քան { DATE($follow_up_date, skeleton: "MMMMd") }-ին, կհետաքրքրվենք, թե արդյոք ամեն ինչ կարգավորված է։
    }

# Personal voice, after a finished fix ("I will contact you again on December 18 to make sure
# that everything is in order"; on the phone: call you again).
# Variables:
#   $follow_up_date (Date) - The date of the check-in.
#   $register (String) - "formal" or "warm".
#   $channel (String) - "phone" (կզանգեմ) or a written channel (կկապվեմ).
next-steps-check-mine =
    { $channel ->
        [phone]
            { $register ->
                [warm] Կրկին կզանգեմ քեզ { DATE($follow_up_date, skeleton: "MMMMd") }-ին՝ համոզվելու, որ ամեն ինչ կարգին է։
               *[formal] Կրկին կզանգահարեմ Ձեզ { DATE($follow_up_date, skeleton: "MMMMd") }-ին՝ համոզվելու, որ ամեն ինչ կարգին է։
            }
       *[email]
            { $register ->
                [warm] Կրկին կկապվեմ քեզ հետ { DATE($follow_up_date, skeleton: "MMMMd") }-ին՝ համոզվելու, որ ամեն ինչ կարգին է։
               *[formal] Կրկին կկապվեմ Ձեզ հետ { DATE($follow_up_date, skeleton: "MMMMd") }-ին՝ համոզվելու, որ ամեն ինչ կարգին է։
            }
    }

# Personal voice, after a finished fix ("No later than December 18 I will personally check
# with you whether everything is in order").
# Variables:
#   $follow_up_date (Date) - The date of the check-in.
#   $register (String) - "formal" or "warm".
next-steps-check-mine-all =
    { $register ->
        [warm] Մինչև { DATE($follow_up_date, skeleton: "MMMMd") }-ը անձամբ կհետաքրքրվեմ, թե արդյոք ամեն ինչ կարգին է։
       *[formal] Ոչ ուշ, քան { DATE($follow_up_date, skeleton: "MMMMd") }-ին, անձամբ կհետաքրքրվեմ, թե արդյոք ամեն ինչ կարգավորված է։
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

## Step: invite — invite questions, or move a public thread to a private channel. A contact
## may be a phone number, so a message that gives one says «կապվել» (get in touch), never «գրել».

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

# Either voice; chat: keep the conversation where it is ("If other questions come up, just
# write here").
# Variables:
#   $register (String) - "formal" or "warm".
invite-chat-here =
    { $register ->
        [warm] Եթե էլի հարցեր լինեն, պարզապես գրիր այստեղ։
       *[formal] Եթե այլ հարցեր ունենաք, պարզապես գրեք այստեղ։
    }

# Company voice; email ("If you have other questions, you can get in touch with us: …").
# Keep $contact at the end, after ՝.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - "formal" or "warm".
invite-reach =
    { $register ->
        [warm] Եթե էլի հարցեր լինեն, կարող ես կապվել մեզ հետ՝ { $contact }։
       *[formal] Եթե այլ հարցեր ունենաք, կարող եք կապվել մեզ հետ՝ { $contact }։
    }

# Personal voice; email ("If you have other questions, you can get in touch with me: …").
# Keep $contact at the end, after ՝.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - "formal" or "warm".
invite-reach-mine =
    { $register ->
        [warm] Եթե էլի հարցեր լինեն, կարող ես կապվել ինձ հետ՝ { $contact }։
       *[formal] Եթե այլ հարցեր ունենաք, կարող եք կապվել ինձ հետ՝ { $contact }։
    }

# Social media, company voice: move a public thread to a private channel ("So that we can
# take up your case at once, get in touch with us: …"). Keep $contact at the end, after ՝.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - "formal" or "warm".
invite-private =
    { $register ->
        [warm] Որ անմիջապես զբաղվենք քո հարցով, կապվիր մեզ հետ՝ { $contact }։
       *[formal] Որպեսզի անմիջապես զբաղվենք Ձեր հարցով, կապվեք մեզ հետ՝ { $contact }։
    }

# Social media, personal voice ("To go into the details, get in touch with me: …"). Keep $contact at the end, after ՝.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - "formal" or "warm".
invite-private-mine =
    { $register ->
        [warm] Մանրամասները պարզելու համար կապվիր ինձ հետ՝ { $contact }։
       *[formal] Մանրամասները պարզելու համար կապվեք ինձ հետ՝ { $contact }։
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

# Phone script, either voice ("Do you have any questions?").
# Variables:
#   $register (String) - "formal" or "warm".
invite-phone-questions =
    { $register ->
        [warm] Հարցեր ունե՞ս։
       *[formal] Որևէ հարց ունե՞ք։
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

# Company voice; chat ("Thank you for letting us know").
# Variables:
#   $register (String) - "formal" or "warm".
thank-short =
    { $register ->
        [warm] Շնորհակալ ենք, որ տեղեկացրիր։
       *[formal] Շնորհակալ ենք, որ տեղեկացրիք։
    }

# Either voice ("Thank you for raising this matter").
# Variables:
#   $register (String) - "formal" or "warm".
thank-patience =
    { $register ->
        [warm] Շնորհակալություն, որ բարձրացրիր այս հարցը։
       *[formal] Շնորհակալություն, որ բարձրացրիք այս հարցը։
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

## Step: close — optimism about the relationship, in words a Yerevan team uses
## («արդարացնել վստահությունը», «գոհ մնալ»), not a translated "regain your trust".

# Company voice ("We will do everything to live up to your trust").
# Variables:
#   $register (String) - "formal" or "warm".
close-trust =
    { $register ->
        [warm] Կանենք ամեն ինչ, որ արդարացնենք քո վստահությունը։
       *[formal] Կանենք ամեն ինչ, որ արդարացնենք Ձեր վստահությունը։
    }

# Company voice, warm ("We hope that next time we leave you only a good impression").
close-next-time = Հուսով ենք, որ հաջորդ անգամ միայն լավ տպավորություն կթողնենք։

# Company voice, formal letter ("We value that you are with us, and we will do everything so
# that from now on you are only satisfied with us").
close-relationship = Գնահատում ենք, որ մեզ հետ եք, և կանենք ամեն ինչ, որ այսուհետ միայն գոհ մնաք մեզնից։

# Personal voice ("I hope that next time everything will be as you expect").
# Variables:
#   $register (String) - "formal" or "warm".
close-mine =
    { $register ->
        [warm] Հուսով եմ, որ հաջորդ անգամ ամեն ինչ այնպես կլինի, ինչպես դու ես ակնկալում։
       *[formal] Հուսով եմ, որ հաջորդ անգամ ամեն ինչ այնպես կլինի, ինչպես Դուք եք ակնկալում։
    }

# Personal voice ("I will do everything to live up to your trust").
# Variables:
#   $register (String) - "formal" or "warm".
close-mine-trust =
    { $register ->
        [warm] Կանեմ ամեն ինչ, որ արդարացնեմ քո վստահությունը։
       *[formal] Կանեմ ամեն ինչ, որ արդարացնեմ Ձեր վստահությունը։
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

# Company voice only; email, when we know no names ("Support Service"; not «հաճախորդ», which
# the greeting of a letter without a name uses: this is the only sign-off of such a letter).
sign-off-team =
    Հարգանքով՝
    Աջակցման ծառայություն

# Company voice only; email, chat, social: the team of the named company («Սուրճի տուն»-ի թիմ).
# An e-mail closes with the letter formula, a chat or a post with a dash.
# Variables:
#   $company (String) - The company's name.
#   $channel (String) - "email" (Հարգանքով՝ and the team on its own line) or another channel (— and the team).
sign-off-team-company =
    { $channel ->
        [email]
            Հարգանքով՝
            «{ $company }»-ի թիմ
       *[chat] — «{ $company }»-ի թիմ
    }

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

# Stands for $compensation_amount inside the compensation sentence ("the amount and
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
