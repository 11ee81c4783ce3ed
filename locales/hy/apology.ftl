### phrasebank locale: Eastern Armenian (hy, Armenia), reformed orthography.
###
### Address: the formal register uses the capitalised plural Դուք / Ձեր / Ձեզ /
### Ձեզնից / Ձեզ հետ; the warm register uses դու / քո / քեզ / քեզնից / քեզ հետ.
### Messages that the catalog tags for both registers and address the customer
### select on $register (default: formal). Messages tagged for one register only
### are written in that register directly.
### Gender: Armenian has no grammatical gender in pronouns, verbs or adjectives,
### so no message needs $customer_gender or $agent_gender.
### Numbers: a numeral takes the singular noun (3 օր, 2 ամիս); plural selects use
### the CLDR categories one/other: [one] spells out «մեկ» (CLDR hy puts only 0 and 1
### there, and the counts start at 1), *[other] prints the number.
### Dates: dateStyle "full" (2026 թ. նոյեմբերի 24, երեքշաբթի), the Armenian order
### (year, month in the genitive, day); "long" prints the day first (24 նոյեմբերի,
### 2026 թ.), a Russian-style order. The date closes the sentence after «մինչև»,
### so the weekday is followed directly by ։.
### Names: $customer_name and $agent_name stand only in greetings, sign-offs and
### as the predicate of «Անունս … է»; $company stands alone in sign-offs and in
### quotes before «ընկերություն» (which takes the case ending instead).
### Punctuation: ։ ends sentences, ՝ introduces $contact and sign-off names,
### ՞ and ՛ sit on the stressed vowel; «» are the quotation marks.
### Facts ($issue, $cause, $fix, $prevention) are whole sentences that end with
### their own ։, so nothing is added after them.

## Step: greeting — open the message, by name when we have it.

# Formal letter opening, with the emphasis mark of direct address. Email, formal register.
# Variables:
#   $customer_name (String) - The customer's name as they write it, e.g. "Անի Հակոբյան".
greeting-dear = Հարգելի՛ { $customer_name },

# Neutral opening with the name. Email, chat, social. "Բարև Ձեզ" (formal) / "Բարև" (warm).
# Variables:
#   $customer_name (String) - The customer's name as they write it.
#   $register (String) - formal or warm.
greeting-hello-name =
    { $register ->
        [warm] Բարև, { $customer_name }։
       *[formal] Բարև Ձեզ, { $customer_name }։
    }

# Friendly opening with the name. Warm register; email, chat, social.
# Variables:
#   $customer_name (String) - The customer's name as they write it.
greeting-hi-name = Ողջույն, { $customer_name }։

# Opening when we do not know the name. Email, chat, social.
# Variables:
#   $register (String) - formal or warm.
greeting-hello =
    { $register ->
        [warm] Բարև։
       *[formal] Բարև Ձեզ։
    }

# Phone script: the agent introduces themselves ("My name is …, I am calling from the … company").
# Variables:
#   $agent_name (String) - The agent's name.
#   $company (String) - The company's name.
#   $register (String) - formal or warm.
greeting-phone =
    { $register ->
        [warm] Բարև։ Անունս { $agent_name } է, զանգում եմ «{ $company }» ընկերությունից։
       *[formal] Բարև Ձեզ։ Անունս { $agent_name } է, զանգում եմ «{ $company }» ընկերությունից։
    }

# Phone script: the agent greets the customer by name and introduces themselves.
# Variables:
#   $customer_name (String) - The customer's name as they write it.
#   $agent_name (String) - The agent's name.
#   $company (String) - The company's name.
#   $register (String) - formal or warm.
greeting-phone-name =
    { $register ->
        [warm] Բարև, { $customer_name }։ Անունս { $agent_name } է, զանգում եմ «{ $company }» ընկերությունից։
       *[formal] Բարև Ձեզ, { $customer_name }։ Անունս { $agent_name } է, զանգում եմ «{ $company }» ընկերությունից։
    }

# Phone script, when we know no names ("thank you for answering my call").
# Variables:
#   $register (String) - formal or warm.
greeting-phone-plain =
    { $register ->
        [warm] Բարև։ Շնորհակալ եմ, որ պատասխանեցիր զանգիս։
       *[formal] Բարև Ձեզ։ Շնորհակալ եմ, որ պատասխանեցիք զանգիս։
    }

## Step: acknowledge — show that we listened; restate what went wrong.

# Company voice. The fact comes first, then our judgement of it
# ("This is not the service you should have received from us").
# Variables:
#   $issue (String) - What went wrong, one whole sentence, e.g. "Ձեր պատվերը հասավ 3 օր ուշացումով։"
#   $register (String) - formal or warm.
acknowledge-not-acceptable =
    { $register ->
        [warm] { $issue } Սա այն սպասարկումը չէ, որը պետք է ստանայիր մեզնից։
       *[formal] { $issue } Սա այն սպասարկումը չէ, որը պետք է ստանայիք մեզնից։
    }

# Personal voice ("I"). Email and chat.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
acknowledge-read =
    { $register ->
        [warm] Ուշադիր կարդացի քո հաղորդագրությունը։ { $issue } Ճիշտ արեցիր, որ այդ մասին գրեցիր մեզ։
       *[formal] Ուշադիր կարդացի Ձեր հաղորդագրությունը։ { $issue } Ճիշտ արեցիք, որ այդ մասին գրեցիք մեզ։
    }

# Short form for chat and social media ("That should not have happened").
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-short = { $issue } Դա չպետք է պատահեր։

# Phone script: the agent repeats the problem back to check they understood.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
acknowledge-phone =
    { $register ->
        [warm] Թույլ տուր համոզվել, որ ճիշտ եմ քեզ հասկացել։ { $issue }
       *[formal] Թույլ տվեք համոզվել, որ ճիշտ եմ Ձեզ հասկացել։ { $issue }
    }

## Step: apologize — say sorry plainly: no condition, no "but".

# Company voice, formal. Email, chat, phone.
apologize-sincere = Անկեղծորեն ներողություն ենք խնդրում Ձեզնից։

# Company voice, warm ("We are truly sorry, forgive us").
apologize-truly = Իսկապես ցավում ենք, ներիր մեզ։

# Personal voice: the agent apologizes in their own name.
# Variables:
#   $register (String) - formal or warm.
apologize-personal =
    { $register ->
        [warm] Ցավում եմ և անձամբ ներողություն եմ խնդրում քեզնից։
       *[formal] Ցավում եմ և անձամբ ներողություն եմ խնդրում Ձեզնից։
    }

# Company voice, short: social media and chat.
apologize-brief = Ներողություն ենք խնդրում։

# The apology names the wait ("that you had to wait N days longer than you should have").
# The noun stays singular after the numeral (3 օր).
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - formal or warm.
apologize-wait =
    { $register ->
        [warm]
            { $days_late ->
                [one] Ցավում ենք, որ ստիպված եղար սպասել մեկ օր ավելի, քան պետք էր։
               *[other] Ցավում ենք, որ ստիպված եղար սպասել { $days_late } օր ավելի, քան պետք էր։
            }
       *[formal]
            { $days_late ->
                [one] Ցավում ենք, որ ստիպված եղաք սպասել մեկ օր ավելի, քան պետք էր։
               *[other] Ցավում ենք, որ ստիպված եղաք սպասել { $days_late } օր ավելի, քան պետք էր։
            }
    }

## Step: own — take responsibility; the mistake is ours.

# Company voice, formal.
own-full = Սա մեր սխալն էր, և մենք ստանձնում ենք դրա ողջ պատասխանատվությունը։

# Company voice, warm ("We are the ones who got it wrong, and putting it right is our job").
own-got-wrong = Սխալվել ենք մենք, և ուղղելն էլ մեր գործն է։

# Personal voice ("I am not shifting it onto anyone else").
own-mine = Սա իմ պատասխանատվությունն է, և ես այն ոչ մեկի վրա չեմ բարդում։

# Company voice: no finger-pointing at suppliers or partners. Email, phone, chat.
# ("The responsibility lies entirely on us, not on our partners, and even less on you.")
# Variables:
#   $register (String) - formal or warm.
own-no-blame =
    { $register ->
        [warm] Պատասխանատվությունն ամբողջությամբ մեզ վրա է, ոչ թե մեր գործընկերների, և առավել ևս ոչ թե քեզ վրա։
       *[formal] Պատասխանատվությունն ամբողջությամբ մեզ վրա է, ոչ թե մեր գործընկերների, և առավել ևս ոչ թե Ձեզ վրա։
    }

## Step: empathize — recognize what the problem cost the customer.

# Personal voice.
# Variables:
#   $register (String) - formal or warm.
empathize-understand =
    { $register ->
        [warm] Հասկանում եմ, թե որքան տհաճ ու նյարդայնացնող էր սա քեզ համար։
       *[formal] Հասկանում եմ, թե որքան տհաճ ու նյարդայնացնող էր սա Ձեզ համար։
    }

# Company voice ("Your time is precious, and this problem took far too much of it").
# Variables:
#   $register (String) - formal or warm.
empathize-time =
    { $register ->
        [warm] Քո ժամանակը թանկ է, իսկ այս խնդիրը քեզնից անհարկի շատ ժամանակ խլեց։
       *[formal] Ձեր ժամանակը թանկ է, իսկ այս խնդիրը Ձեզնից անհարկի շատ ժամանակ խլեց։
    }

# Personal voice, warm.
empathize-place = Քո տեղում ես էլ կհիասթափվեի։

# Company voice; chat, social media, phone.
empathize-frustrating = Գիտենք, թե որքան նյարդայնացնող է սա։

## Step: explain — the root cause, briefly, never an excuse.

# Company voice.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-found = Մենք ուսումնասիրեցինք հարցը և պարզեցինք պատճառը։ { $cause }

# Either voice.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-happened = Ահա թե ինչ պատահեց։ { $cause }

# Personal voice ("I checked your case myself, step by step").
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - formal or warm.
explain-checked =
    { $register ->
        [warm] Անձամբ ստուգեցի քո հարցը քայլ առ քայլ։ { $cause }
       *[formal] Անձամբ ստուգեցի Ձեր հարցը քայլ առ քայլ։ { $cause }
    }

# Company voice, formal; email ("Our internal check found the real cause of the problem").
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-root = Ներքին ստուգման արդյունքում մենք պարզեցինք խնդրի բուն պատճառը։ { $cause }

## Step: fix — what we are doing to put it right.

# Company voice.
# Variables:
#   $fix (String) - What has been or is being done, whole sentences.
fix-done = Ահա թե ինչ ենք անում իրավիճակը շտկելու համար։ { $fix }

# Personal voice.
# Variables:
#   $fix (String) - What has been or is being done, whole sentences.
fix-mine = Ահա թե ինչ արեցի խնդիրը լուծելու համար։ { $fix }

# Company voice, when the fix is not known yet.
# Variables:
#   $register (String) - formal or warm.
fix-working =
    { $register ->
        [warm] Հենց հիմա աշխատում ենք խնդրի լուծման վրա և քեզ կտեղեկացնենք յուրաքանչյուր քայլի մասին։
       *[formal] Հենց հիմա աշխատում ենք խնդրի լուծման վրա և Ձեզ կտեղեկացնենք յուրաքանչյուր քայլի մասին։
    }

# Personal voice, when the fix is not known yet.
# Variables:
#   $register (String) - formal or warm.
fix-working-mine =
    { $register ->
        [warm] Հենց հիմա անձամբ զբաղվում եմ այս հարցով և քեզ տեղյակ կպահեմ, մինչև այն ամբողջությամբ լուծեմ։
       *[formal] Հենց հիմա անձամբ զբաղվում եմ այս հարցով և Ձեզ տեղյակ կպահեմ, մինչև այն ամբողջությամբ լուծեմ։
    }

## Step: prevent — what changes so that it does not happen again.

# Company voice.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-changed = Մենք նաև փոխել ենք մեր աշխատանքի կարգը, որպեսզի սա այլևս չկրկնվի։ { $prevention }

# Either voice ("So that this does not happen again, here is what we are changing").
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-again = Որպեսզի նման բան այլևս չկրկնվի, ահա թե ինչ ենք փոխում։ { $prevention }

# Personal voice ("I have also taken care that this does not happen to you again").
# Variables:
#   $prevention (String) - What changes, whole sentences.
#   $register (String) - formal or warm.
prevent-mine =
    { $register ->
        [warm] Նաև հոգ եմ տարել, որ սա քեզ հետ այլևս չկրկնվի։ { $prevention }
       *[formal] Նաև հոգ եմ տարել, որ սա Ձեզ հետ այլևս չկրկնվի։ { $prevention }
    }

## Step: restore — make it right with something the customer values.

# Company voice ("As compensation, we are returning … to you").
# Variables:
#   $compensation_amount (Number) - The refund, already formatted as money in the customer's currency.
#   $register (String) - formal or warm.
restore-refund =
    { $register ->
        [warm] Որպես փոխհատուցում՝ քեզ վերադարձնում ենք { $compensation_amount }։
       *[formal] Որպես փոխհատուցում՝ Ձեզ վերադարձնում ենք { $compensation_amount }։
    }

# Company voice, warm ("As a sign of apology, we have added … to your account").
# Variables:
#   $compensation_amount (Number) - The credit, already formatted as money.
restore-credit = Ի նշան ներողության՝ քո հաշվին ավելացրել ենք { $compensation_amount }։

# Personal voice ("I have already arranged a refund for you: …").
# Variables:
#   $compensation_amount (Number) - The refund, already formatted as money.
#   $register (String) - formal or warm.
restore-refund-mine =
    { $register ->
        [warm] Արդեն ձևակերպել եմ քեզ համար գումարի վերադարձ՝ { $compensation_amount }։
       *[formal] Արդեն ձևակերպել եմ Ձեզ համար գումարի վերադարձ՝ { $compensation_amount }։
    }

# Company voice ("As compensation, for the next N months you will use our services free of charge").
# Variables:
#   $free_months (Number) - Months of service offered free of charge, e.g. 2.
#   $register (String) - formal or warm.
restore-months =
    { $register ->
        [warm]
            { $free_months ->
                [one] Որպես փոխհատուցում՝ հաջորդ ամիսը մեր ծառայություններից կօգտվես անվճար։
               *[other] Որպես փոխհատուցում՝ հաջորդ { $free_months } ամիսը մեր ծառայություններից կօգտվես անվճար։
            }
       *[formal]
            { $free_months ->
                [one] Որպես փոխհատուցում՝ հաջորդ ամիսը մեր ծառայություններից կօգտվեք անվճար։
               *[other] Որպես փոխհատուցում՝ հաջորդ { $free_months } ամիսը մեր ծառայություններից կօգտվեք անվճար։
            }
    }

# Personal voice.
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - formal or warm.
restore-months-mine =
    { $register ->
        [warm]
            { $free_months ->
                [one] Քո հաշվին ավելացրել եմ մեկ ամիս անվճար սպասարկում։
               *[other] Քո հաշվին ավելացրել եմ { $free_months } ամիս անվճար սպասարկում։
            }
       *[formal]
            { $free_months ->
                [one] Ձեր հաշվին ավելացրել եմ մեկ ամիս անվճար սպասարկում։
               *[other] Ձեր հաշվին ավելացրել եմ { $free_months } ամիս անվճար սպասարկում։
            }
    }

## Step: next-steps — when and how the customer hears from us next.

# Company voice ("We will write to you again with news by <date>"). The date closes the sentence.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - formal or warm.
next-steps-date =
    { $register ->
        [warm] Նոր տեղեկություններով քեզ կգրենք մինչև { DATETIME($follow_up_date, dateStyle: "full") }։
       *[formal] Նոր տեղեկություններով Ձեզ կգրենք մինչև { DATETIME($follow_up_date, dateStyle: "full") }։
    }

# Personal voice.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - formal or warm.
next-steps-date-mine =
    { $register ->
        [warm] Անձամբ կկապվեմ քեզ հետ մինչև { DATETIME($follow_up_date, dateStyle: "full") }։
       *[formal] Անձամբ կկապվեմ Ձեզ հետ մինչև { DATETIME($follow_up_date, dateStyle: "full") }։
    }

# Company voice, no date yet ("We will write to you again as soon as we have solved it").
# Variables:
#   $register (String) - formal or warm.
next-steps-when-fixed =
    { $register ->
        [warm] Նորից կգրենք քեզ, հենց որ խնդիրը լուծենք։
       *[formal] Նորից կգրենք Ձեզ, հենց որ խնդիրը լուծենք։
    }

# Personal voice, no date yet.
# Variables:
#   $register (String) - formal or warm.
next-steps-when-fixed-mine =
    { $register ->
        [warm] Հենց որ հարցը լուծվի, անձամբ կկապվեմ քեզ հետ։
       *[formal] Հենց որ հարցը լուծվի, անձամբ կկապվեմ Ձեզ հետ։
    }

## Step: invite — invite questions, or move to a private channel.

# Company voice; email and chat ("You can send us questions at any time by replying to this message").
# Variables:
#   $register (String) - formal or warm.
invite-reply =
    { $register ->
        [warm] Ցանկացած պահի կարող ես հարցեր ուղարկել՝ պատասխանելով այս հաղորդագրությանը, և մենք անպայման կարձագանքենք։
       *[formal] Ցանկացած պահի կարող եք հարցեր ուղարկել՝ պատասխանելով այս հաղորդագրությանը, և մենք անպայման կարձագանքենք։
    }

# Move the conversation to a private channel. Keep $contact at the end, after ՝ (no full stop after it).
# Also used on social media: keep it short.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - formal or warm.
invite-private =
    { $register ->
        [warm] Հարցը քեզ հետ անհատապես լուծելու համար գրիր մեզ՝ { $contact }։
       *[formal] Հարցը Ձեզ հետ անհատապես լուծելու համար խնդրում ենք գրել մեզ՝ { $contact }։
    }

# Personal voice: let the customer ask ("What questions do you have? I will gladly go through everything in more detail").
# Variables:
#   $register (String) - formal or warm.
invite-questions =
    { $register ->
        [warm] Ի՞նչ հարցեր ունես։ Սիրով ամեն ինչ կքննարկեմ ավելի մանրամասն։
       *[formal] Ի՞նչ հարցեր ունեք։ Սիրով ամեն ինչ կքննարկեմ ավելի մանրամասն։
    }

# Social media: ask for a direct message (անձնական հաղորդագրություն). Keep it short.
# Variables:
#   $register (String) - formal or warm.
invite-direct-message =
    { $register ->
        [warm] Գրիր մեզ անձնական հաղորդագրությամբ, որ ստուգենք քո հաշիվը։
       *[formal] Խնդրում ենք գրել մեզ անձնական հաղորդագրությամբ, որ ստուգենք Ձեր հաշիվը։
    }

# Phone script, company voice.
# Variables:
#   $register (String) - formal or warm.
invite-anything-else =
    { $register ->
        [warm] Էլ ինչո՞վ կարող ենք քեզ օգնել։
       *[formal] Էլ ինչո՞վ կարող ենք Ձեզ օգնել։
    }

## Step: thank — for telling us, and for the patience.

# Company voice.
# Variables:
#   $register (String) - formal or warm.
thank-telling =
    { $register ->
        [warm] Շնորհակալություն, որ տեղեկացրիր մեզ այս մասին։ Դա օգնում է մեզ բարելավել մեր աշխատանքը։
       *[formal] Շնորհակալություն, որ տեղեկացրիք մեզ այս մասին։ Դա օգնում է մեզ բարելավել մեր աշխատանքը։
    }

# Either voice.
# Variables:
#   $register (String) - formal or warm.
thank-patience =
    { $register ->
        [warm] Շնորհակալություն քո համբերության համար, մինչ մենք շտկում ենք իրավիճակը։
       *[formal] Շնորհակալություն Ձեր համբերության համար, մինչ մենք շտկում ենք իրավիճակը։
    }

# Formal; email and phone.
thank-trust = Շնորհակալություն Ձեր վստահության և այս հարցը մեր ուշադրությանը ներկայացնելու համար։

# Short: chat and social media.
# Variables:
#   $register (String) - formal or warm.
thank-short =
    { $register ->
        [warm] Շնորհակալություն, որ տեղեկացրիր մեզ։
       *[formal] Շնորհակալություն, որ տեղեկացրիք մեզ։
    }

# Personal voice.
# Variables:
#   $register (String) - formal or warm.
thank-mine =
    { $register ->
        [warm] Շնորհակալ եմ, որ ինձ հնարավորություն տվեցիր ուղղելու իրավիճակը։
       *[formal] Շնորհակալ եմ, որ ինձ հնարավորություն տվեցիք ուղղելու իրավիճակը։
    }

## Step: close — optimism about the relationship.

# Company voice ("You are an important customer for us, and we want to earn your trust again").
# Variables:
#   $register (String) - formal or warm.
close-trust =
    { $register ->
        [warm] Դու մեզ համար կարևոր հաճախորդ ես, և մենք ուզում ենք կրկին արժանանալ քո վստահությանը։
       *[formal] Դուք մեզ համար կարևոր հաճախորդ եք, և մենք ցանկանում ենք կրկին արժանանալ Ձեր վստահությանը։
    }

# Company voice, warm ("Next time we will do everything for you the way it should be done").
close-next-time = Հաջորդ անգամ քեզ համար ամեն ինչ կանենք այնպես, ինչպես հարկն է։

# Personal voice ("I will be glad to be of help to you again").
# Variables:
#   $register (String) - formal or warm.
close-mine =
    { $register ->
        [warm] Ուրախ կլինեմ կրկին քեզ օգտակար լինել։
       *[formal] Ուրախ կլինեմ կրկին Ձեզ օգտակար լինել։
    }

# Company voice, formal letter.
close-relationship = Մենք բարձր ենք գնահատում մեր համագործակցությունը Ձեզ հետ և կշարունակենք աշխատել՝ Ձեր վստահությանն արժանի լինելու համար։

## Step: sign-off — the closing formula and who is writing.

# Email, with the agent's name and the company. "Հարգանքով՝" is the standard formula.
# Variables:
#   $agent_name (String) - The agent's name.
#   $company (String) - The company's name.
sign-off-regards =
    Հարգանքով՝
    { $agent_name }
    { $company }

# Email, with the agent's name.
# Variables:
#   $agent_name (String) - The agent's name.
sign-off-regards-name =
    Հարգանքով՝
    { $agent_name }

# Warm register; email and chat ("All the best").
# Variables:
#   $agent_name (String) - The agent's name.
sign-off-warm =
    Ամենայն բարիք,
    { $agent_name }

# Email, when we know no names.
sign-off-team =
    Հարգանքով՝
    Հաճախորդների սպասարկման թիմ

# Chat and social media signature.
# Variables:
#   $agent_name (String) - The agent's name.
sign-off-initials = — { $agent_name }

# Phone script ("Thank you for the time you gave us. Goodbye."). No address form, so no register select.
sign-off-phone = Շնորհակալություն տրամադրած ժամանակի համար։ Ցտեսություն։

# Phone script, with the agent's name ("My name is …, you can turn to me at any time").
# Variables:
#   $agent_name (String) - The agent's name.
#   $register (String) - formal or warm.
sign-off-phone-name =
    { $register ->
        [warm] Շնորհակալություն տրամադրած ժամանակի համար։ Անունս { $agent_name } է, և ցանկացած պահի կարող ես դիմել ինձ։ Ցտեսություն։
       *[formal] Շնորհակալություն տրամադրած ժամանակի համար։ Անունս { $agent_name } է, և ցանկացած պահի կարող եք դիմել ինձ։ Ցտեսություն։
    }

## Blanks — labels a helpdesk macro shows where the agent must write the facts.
## A macro (Zendesk, Freshdesk, Help Scout, Intercom, Gorgias, Front, CSV) is written
## before the incident happens, so it cannot know what went wrong. `phrasebank macros`
## puts these labels where the facts go; the agent replaces each one before sending.
## Write them the way a support lead labels a template: short, unmistakably unfinished,
## in square brackets, no full stop, no variables.

# The customer's name ("the client's name"), where the helpdesk has no name on file.
blank-customer-name = [հաճախորդի անունը]

# The agent's own name ("your name", capitalised formal Ձեր: the label speaks to the agent).
blank-agent-name = [Ձեր անունը]

# Stands for $issue ("what problem has arisen").
blank-issue = [ինչ խնդիր է առաջացել]

# Stands for $cause ("why it happened").
blank-cause = [ինչու է դա պատահել]

# Stands for $fix ("what we have done to fix it").
blank-fix = [ինչ ենք արել այն շտկելու համար]

# Stands for $prevention ("what we are changing so that it does not repeat").
blank-prevention = [ինչ ենք փոխում, որպեսզի դա չկրկնվի]

# Stands for $compensation_amount in the refund sentence ("the amount and the currency").
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
