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
### needed. $customer_gender is used only in formal greetings, in every channel:
### «Հարգելի՛ տիկին Անի,», «Բարև Ձեզ, պարոն Տիգրան։»; with an unknown gender, the
### first name alone.
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
### thanks come once (so the goodbye after the invite step thanks for nothing: «Ամենայն
### բարիք Ձեզ, ցտեսություն։»); the read-back ends with a real question (Այդպե՞ս է։). Before
### the goodbye the customer always gets a last turn («Ուրիշ հարցեր ունե՞ք։» in the
### goodbye or in the invite step, or «Ուրիշ ինչո՞վ…», which share a word, so a call never
### asks twice).
### $channel is used only where the form differs: a follow-up on the phone is a call
### (կզանգենք, never կզանգահարենք, which would echo the greeting's «Զանգահարում եմ»), in
### writing a contact (կկապվենք); a chat signs «— Անի», an e-mail with a formula.
### $contact_kind (email, phone, handle, other) picks the verb for $contact: a number is
### called («զանգահարեք մեզ … համարով»), an address or a handle is written to («գրեք մեզ …
### հասցեով»), anything else is «կապվել»/«դիմել». A personal message never says «ինձ» with
### a contact: it is usually the team's shared line.
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
### Apologies say what for («… կատարվածի / տեղի ունեցածի համար»): a public reply and the
### last line of restore-value must not apologise for nothing. That last line says the apology
### once more in other words than the opening's «ներողություն … խնդրում» (no_echo): «Եվս մեկ
### անգամ ներեցեք (ներիր) …», the everyday Armenian "once again, forgive us". «խնդրում» belongs to the
### apology, so a request says «կխնդրեինք / կխնդրեի» (no echo with «ներողություն … խնդրում»).
### Ownership (own) comes in two kinds. After the apology (own-full, own-got-wrong, own-on-us,
### own-mine*) it is plain ownership in one short line, never a second apology and never the
### same thing twice («Սխալն ամբողջությամբ մերն է։», not "the mistake is ours and the
### responsibility is ours"). In five-steps the issue is stated alone (state-issue, no verdict),
### then apologize, empathize and own stand in a row as one short passage, each saying one thing
### of its own (sorry; it was unpleasant; the mistake is ours / I am dealing with it), so the
### personal ownership lines carry no verdict of their own either. Elsewhere the acknowledge
### judgement is «Սա / Նման բան չպետք է պատահեր» (never the calque «Դա այն չէ, ինչ սպասում էիք մեզնից», which understates a lost
### booking and reads as a pun after a wrong item), never «Ձեր բողոքը … հիմնավոր է», which is the ownership line
### again; the personal read-back («Ուշադիր ծանոթացա Ձեր դիմումին։») has no judgement at all. Before any apology (own-regret*, restore-value, where the plain apology comes
### last) it opens with the apology itself, said outright in the first breath with the ownership
### («Սա մեր սխալն էր, և խորապես ներողություն ենք խնդրում Ձեզնից։»; round 11: on a call a
### «ներողություն» belongs right after the read-back, and «ափսոսում ենք» reads as a weak sorry),
### so the compensation after it never reads as buying
### the customer off. Never the calques «Մենք Ձեզ հիասթափեցրինք» ("we let you down") or «Դուք
### մեզնից ավելի լավ … էիք արժանի» ("you deserved better from us"). The agent never claims to
### have made the mistake: names it without «մեր» («Սա լուրջ բացթողում էր», «Նման բան չպետք է
### պատահեր»), apologises for it in person («անձամբ ներողություն եմ խնդրում») and owns the outcome in the perfect
### or the present («Ձեր հարցով անձամբ եմ զբաղվում», warm «Քո հարցով ինքս եմ զբաղվում»), which
### fits a finished fix as well as one under way; never the calque «Ձեր հարցն ինձ համար
### առաջնահերթ է» ("your issue is my top priority") or the clerical «…-ն ինքս եմ ստանձնել»; in a
### public reply only «Սա չպետք է պատահեր», since the request to call already says who helps; never a promise about the future next to a finished
### fix, and no sizing that fits only a disaster («կոպիտ սխալ»). Every apology is sized for ANY
### incident: «կատարվածի / տեղի ունեցածի համար», never "for everything you went through".
### Empathy (empathize) comes right after the apology, framed and plain, in the letter's voice:
### «Պատկերացնում եմ / Հասկանում ենք, թե որքան տհաճ էր սա Ձեզ համար» (the «սա» inside the clause
### points at what happened; a sentence opening with «Սա …» would point at the apology). Round 11:
### never the voice-free «Հասկանալի է, թե / որ …», a cool remark on the customer's reaction between
### two personal sentences; a message the catalog gives to both voices speaks to the customer
### instead («Ստիպված եղաք զբաղվել այս հարցով, և այդպես չպետք է լիներ», «Այս ամենը չպետք է Ձեր հոգսը
### դառնար»). Never a bare
### statement of what the customer went through or what it cost them (round 10: «Այս խնդրի վրա
### շատ ժամանակ ու նյարդ ծախսեցիք», which also means working on the problem oneself and
### overstates a late parcel; «ավելորդ ժամանակ խլեց» understates a lost booking; «նյարդեր խլել»
### is not idiomatic): never
### «Անշուշտ, սա … տհաճ էր», which tells the customer how they felt and waits for a «բայց»,
### never the "inconvenience" cliché «անհարմարություն ստեղծեց», never the presumptuous «Գիտեմ», never the light
### «նեղություն տվեց» ("bothered"), never the calque «ավելորդ անհանգստություն», and never
### «անհարմար վիճակում հայտնվել» (that is an embarrassing position, not an inconvenience).
### Compensation (restore) is goodwill on top of putting things right, a firm commitment:
### «որպես փոխհատուցում … տրամադրում ենք» (formal; the warm register says «կստանաս»),
### «հաստատել եմ … փոխհատուցում», never «Հասցված
### անհարմարության համար» (the cliché that plays the problem down), never a trade
### («Այս ամենի դիմաց») or a favour («մեզնից կստանաք»). Never «վերադարձնել»
### (the fix may return a payment, and the customer must not take the two for one),
### never how it is paid (քարտին, հաշվին); free months are months of service, never
### "added to your subscription" (a bank app, a pharmacy or an airline has none).
### Follow-ups: with a finished fix (next-steps-check*) we only check that all is well
### («համոզվելու, որ ամեն ինչ կարգին է»); news about progress is for an open case.
### Style: no calques (զբաղվում ենք, not «աշխատում ենք … վրա»; «Որպես փոխհատուցում», not
### «Ի նշան ներողության»; «Շատ/Խորապես ներողություն ենք խնդրում», not «Իսկապես …»;
### «ցավում եմ» alone is sympathy, not an apology), no form phrases («Ձեռնարկել ենք
### անհրաժեշտ քայլերը», «վերագտնել Ձեր վստահությունը»; never «Շնորհակալություն համբերության
### համար», the calque of "thank you for your patience"), no defensive lines, no minimisers, no «եթե» or «բայց» near an
### apology, no «շուտով»; no translated closings («վերագտնել/արդարացնել Ձեր վստահությունը»,
### «հնարավորություն տվեցիք … շտկելու», "pleasant experience"), no officialese closings
### («Մնում ենք Ձեր տրամադրության տակ», a calque of «остаемся в вашем распоряжении»), no
### empty «Միշտ պատրաստ ենք օգնել» right after we failed, no «պարզապես» ("just"). Not «Մեր կողմից
### սա անընդունելի է», which reads as rejecting the complaint. Work in progress promises
### news («տեղյակ կպահենք բոլոր նորությունների մասին»); the date is next-steps' job.
### A fact said without its lead-in (at most two lead-ins per letter) gets a short sentence
### of its own before it: a prevention is always signposted as prevention before the fact
### («Որպեսզի այդպիսի բան չկրկնվի, փոխվել է նաև աշխատանքի կարգը։», in the perfect: the present
### «փոխվում է» sounds unfinished and clashes with «այժմ» in the fact), so it is never taken for part of
### the fix, never with a guarantee («սա այլևս չի կրկնվի»); a cause gets a short sentence of its own
### before it («Պատճառը պարզված է։»), so that it never arrives out of nowhere (in restore-value
### it follows the compensation); and
### a label after them («Դա էր խնդրի պատճառը։», «Այսպիսով՝ սա այլևս չպետք է կրկնվի։»)
### reads as a report and a hedge. The fix frame is neutral in person («Ահա թե ինչ է արվել»,
### «Խնդիրը լուծելու համար արվել է հետևյալը»; a warm «մենք» letter says «Ահա թե ինչ ենք
### արել.», since the impersonal frame is office language next to «դու»): the facts are typed once for every voice, often
### in the third person or the passive. It is in the perfect, because the fix is what has been
### done (often dated: «վերականգնվել է հունիսի 2-ին»); a present «Ահա թե ինչպես է լուծվում»
### clashes with it. In restore-value the cause follows the compensation, so an explain lead-in
### names the cause («Պատճառը հետևյալն է.», «Ուսումնասիրեցինք դեպքը և պարզեցինք պատճառը.»).
### A phone read-back never asks the customer to confirm facts from our side (what our system
### did): its question is about our understanding or asks for the customer's side.
### Closings point at something real: no thanks for a patience nobody was asked for, no
### "next time" (a subscription has none), thanks for telling us, not for «հարց բարձրացնել»;
### the invitation says where to write or call with questions or if anything is not right, in one
### sentence (formal «Եթե հարցեր ունենաք կամ որևէ բան Ձեզ չգոհացնի, …», warm «… կամ ինչ-որ բան
### քեզ չգոհացնի, …»; never «որևէ բան այնպես չլինի», a calque of the Russian "something is off",
### rounds 24 and 29), never the order «Ցանկացած
### թերության մասին անմիջապես հայտնեք»; the close after it adds a commitment one can keep (the
### request is closed only with the customer's agreement), not a second door, never the wish «Հուսով ենք, որ
### այսուհետ ամեն ինչ կլինի այնպես, ինչպես պետք է», which stands in for a commitment, and never
### a promise of "everything" («Ամեն ինչ կանենք, որ …», round 10).
### A warm e-mail without a name opens with «Ողջույն։»; the warm register still says «դու».

## Step: greeting — open the message, by first name when we have it.

# Formal letter opening: the emphasis mark of direct address on «Հարգելի՛», a comma
# after the name; «տիկին» / «պարոն» before a first name, as a formal Armenian letter
# addresses a customer (the name alone when the gender is unknown). Email, formal register.
# Variables:
#   $customer_name (String) - The customer's first name, e.g. "Անի".
#   $customer_gender (String) - "feminine" (տիկին), "masculine" (պարոն) or "unknown" (the name alone).
greeting-dear =
    { $customer_gender ->
        [feminine] Հարգելի՛ տիկին { $customer_name },
        [masculine] Հարգելի՛ պարոն { $customer_name },
       *[unknown] Հարգելի՛ { $customer_name },
    }

# Opening with the first name. Formal register; email, chat, social: «տիկին» / «պարոն»
# before the name, as on the phone (the name alone when the gender is unknown).
# Variables:
#   $customer_name (String) - The customer's first name.
#   $customer_gender (String) - "feminine" (տիկին), "masculine" (պարոն) or "unknown" (the name alone).
greeting-hello-name =
    { $customer_gender ->
        [feminine] Բարև Ձեզ, տիկին { $customer_name }։
        [masculine] Բարև Ձեզ, պարոն { $customer_name }։
       *[unknown] Բարև Ձեզ, { $customer_name }։
    }

# Friendly opening with the first name. Warm register; email, chat, social.
# Variables:
#   $customer_name (String) - The customer's first name.
greeting-hi-name = Բարև, { $customer_name }։

# Opening when we do not know the name. Email, chat, social. A formal message opens with
# «Բարև Ձեզ։» in every channel: «Հարգելի՛ հաճախորդ,» reads as a form letter (and a hotel
# guest is no «հաճախորդ»). A warm e-mail opens with «Ողջույն։»: a bare «Բարև։» at the top of
# a letter reads curt.
# Variables:
#   $register (String) - "formal" (Բարև Ձեզ) or "warm" (Ողջույն / Բարև).
#   $channel (String) - "email" (a letter's salutation) or another channel.
greeting-hello =
    { $register ->
        [warm]
            { $channel ->
                [email] Ողջույն։
               *[chat] Բարև։
            }
       *[formal] Բարև Ձեզ։
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

# Phone script, when we know the agent's name but not the company's or the customer's.
# Variables:
#   $agent_name (String) - The agent's first name.
#   $register (String) - "formal" or "warm".
greeting-phone-agent =
    { $register ->
        [warm] Բարև։ { $agent_name }ն եմ, հաճախորդների սպասարկման ծառայությունից։ Զանգում եմ քո դիմումի հետ կապված։
       *[formal] Բարև Ձեզ։ { $agent_name }ն եմ, հաճախորդների սպասարկման ծառայությունից։ Զանգահարում եմ Ձեր դիմումի կապակցությամբ։
    }

## Step: acknowledge — show that we listened; restate what went wrong.

# Company voice; email and chat. The fact, then a plain judgement of it ("This should not have
# happened"); never the calque «Դա այն չէ, ինչ սպասում էիք մեզնից» ("not what you expected
# from us"), which understates a lost booking and reads as a pun after a wrong item. It is which the ownership line after the apology does not say again (not «Ձեր բողոքը լիովին հիմնավոր է», which says the same as
# «Սխալը մերն է»). Not the calque «Դուք մեզնից ավելի լավ … էիք արժանի» ("you deserved
# better from us"), and not «Մեր կողմից սա անընդունելի է», which Armenian reads as
# rejecting the complaint.
# Variables:
#   $issue (String) - What went wrong, one whole sentence, e.g. "№4471 պատվերը առաքվեց երեք օր ուշ։"
#   $register (String) - "formal" or "warm".
acknowledge-not-acceptable =
    { $register ->
        [warm] { $issue } Սա չպետք է պատահեր։
       *[formal] { $issue } Սա չպետք է պատահեր։
    }

# Either voice; email and chat ("Such a thing should not have happened"). No address form.
# Shares «պատահեր» with the personal ownership lines, so a letter says it once.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-should-not = { $issue } Նման բան չպետք է պատահեր։

# Personal voice; email and chat ("I have carefully read what you wrote. …"): the read-back
# alone; no "your dissatisfaction is justified", which stacks one more formula before the
# apology, the empathy and the ownership line.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - "formal" or "warm".
acknowledge-read =
    { $register ->
        [warm] Ուշադիր կարդացի քո գրածը։ { $issue }
       *[formal] Ուշադիր ծանոթացա Ձեր դիմումին։ { $issue }
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

# Phone script, company voice ("Let us first go over the details. … Have we understood it
# all correctly?"): the issue may be a fact from our side, so the question is about our
# understanding, which the customer can always answer.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - "formal" (Եկեք) or "warm" (Եկ).
acknowledge-phone-we =
    { $register ->
        [warm] Նախ ճշտենք մանրամասները։ { $issue } Ճի՞շտ ենք ամեն ինչ հասկացել։
       *[formal] Եկեք նախ ճշտենք մանրամասները։ { $issue } Ճի՞շտ ենք ամեն ինչ հասկացել։
    }

# Phone script, either voice ("First, in a couple of words, about the problem. … Would you
# like to add anything?"): round 13, not «Թույլ տվեք կարճ ամփոփել», the calque of "let me
# briefly sum up"; not «մի խոսքով» alone, which means "in short" and sums up what was said
# (round-17 review). The spoken «Նախ՝ մի երկու խոսքով …» sets no person, so it fits both
# voices. The issue may be a fact
# from our side (what our system did), which the customer cannot confirm, so the real question
# asks for the customer's side, not «Այդպե՞ս է».
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - "formal" (Կուզենայի՞ք) or "warm" (Կուզե՞ս).
acknowledge-phone-check =
    { $register ->
        [warm] Նախ՝ մի երկու խոսքով խնդրի մասին։ { $issue } Կուզե՞ս որևէ բան լրացնել։
       *[formal] Նախ՝ մի երկու խոսքով խնդրի մասին։ { $issue } Կուզենայի՞ք որևէ բան լրացնել։
    }

## Step: state — one sentence that says what went wrong (the fact alone).

# Variables:
#   $issue (String) - What went wrong, one whole sentence.
state-issue = { $issue }

## Step: apologize — say sorry plainly: no condition, no "but". «Ներողություն ենք
## խնդրում» is the apology; «ցավում ենք» alone would be sympathy.

# Company voice, formal ("We deeply apologise for what happened"). Email, chat, phone.
# Every apology says what for («կատարվածի / տեղի ունեցածի համար»): at the end of a
# restore-value letter and in a public reply it must not point at nothing.
apologize-sincere = Խորապես ներողություն ենք խնդրում կատարվածի համար։

# Company voice, formal ("We apologise to you for what happened"). Email, chat, phone.
apologize-accept = Ներողություն ենք խնդրում Ձեզնից պատահածի համար։

# Company voice, warm ("We are very sorry for what happened": the everyday Armenian apology).
apologize-truly = Շատ ներողություն ենք խնդրում տեղի ունեցածի համար։

# Company voice, short: social media and chat ("for what happened": in public it points
# at the customer's own post, and quotes nothing).
apologize-brief = Ներողություն ենք խնդրում կատարվածի համար։

# Company voice: the apology names what happened and the wait ("for what happened and for
# keeping you waiting three days longer than we had promised"). Round 13: the count is used
# only when the issue does not say it, i.e. when the issue is more than a delay (a wrong
# medicine delivered, then the right one two days late), so an apology for the wait alone
# skipped the mistake itself. Counts up to ten in words. Email, chat, phone.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - "formal" or "warm".
apologize-wait =
    { $register ->
        [warm]
            { $days_late ->
                [one] Ներողություն ենք խնդրում կատարվածի և այն բանի համար, որ քեզ սպասեցրինք մեկ օր ավելի, քան խոստացել էինք։
                [2] Ներողություն ենք խնդրում կատարվածի և այն բանի համար, որ քեզ սպասեցրինք երկու օր ավելի, քան խոստացել էինք։
                [3] Ներողություն ենք խնդրում կատարվածի և այն բանի համար, որ քեզ սպասեցրինք երեք օր ավելի, քան խոստացել էինք։
                [4] Ներողություն ենք խնդրում կատարվածի և այն բանի համար, որ քեզ սպասեցրինք չորս օր ավելի, քան խոստացել էինք։
                [5] Ներողություն ենք խնդրում կատարվածի և այն բանի համար, որ քեզ սպասեցրինք հինգ օր ավելի, քան խոստացել էինք։
                [6] Ներողություն ենք խնդրում կատարվածի և այն բանի համար, որ քեզ սպասեցրինք վեց օր ավելի, քան խոստացել էինք։
                [7] Ներողություն ենք խնդրում կատարվածի և այն բանի համար, որ քեզ սպասեցրինք յոթ օր ավելի, քան խոստացել էինք։
                [8] Ներողություն ենք խնդրում կատարվածի և այն բանի համար, որ քեզ սպասեցրինք ութ օր ավելի, քան խոստացել էինք։
                [9] Ներողություն ենք խնդրում կատարվածի և այն բանի համար, որ քեզ սպասեցրինք ինը օր ավելի, քան խոստացել էինք։
                [10] Ներողություն ենք խնդրում կատարվածի և այն բանի համար, որ քեզ սպասեցրինք տասը օր ավելի, քան խոստացել էինք։
               *[other] Ներողություն ենք խնդրում կատարվածի և այն բանի համար, որ քեզ սպասեցրինք { $days_late } օր ավելի, քան խոստացել էինք։
            }
       *[formal]
            { $days_late ->
                [one] Ներողություն ենք խնդրում կատարվածի և այն բանի համար, որ Ձեզ սպասեցրինք մեկ օր ավելի, քան խոստացել էինք։
                [2] Ներողություն ենք խնդրում կատարվածի և այն բանի համար, որ Ձեզ սպասեցրինք երկու օր ավելի, քան խոստացել էինք։
                [3] Ներողություն ենք խնդրում կատարվածի և այն բանի համար, որ Ձեզ սպասեցրինք երեք օր ավելի, քան խոստացել էինք։
                [4] Ներողություն ենք խնդրում կատարվածի և այն բանի համար, որ Ձեզ սպասեցրինք չորս օր ավելի, քան խոստացել էինք։
                [5] Ներողություն ենք խնդրում կատարվածի և այն բանի համար, որ Ձեզ սպասեցրինք հինգ օր ավելի, քան խոստացել էինք։
                [6] Ներողություն ենք խնդրում կատարվածի և այն բանի համար, որ Ձեզ սպասեցրինք վեց օր ավելի, քան խոստացել էինք։
                [7] Ներողություն ենք խնդրում կատարվածի և այն բանի համար, որ Ձեզ սպասեցրինք յոթ օր ավելի, քան խոստացել էինք։
                [8] Ներողություն ենք խնդրում կատարվածի և այն բանի համար, որ Ձեզ սպասեցրինք ութ օր ավելի, քան խոստացել էինք։
                [9] Ներողություն ենք խնդրում կատարվածի և այն բանի համար, որ Ձեզ սպասեցրինք ինը օր ավելի, քան խոստացել էինք։
                [10] Ներողություն ենք խնդրում կատարվածի և այն բանի համար, որ Ձեզ սպասեցրինք տասը օր ավելի, քան խոստացել էինք։
               *[other] Ներողություն ենք խնդրում կատարվածի և այն բանի համար, որ Ձեզ սպասեցրինք { $days_late } օր ավելի, քան խոստացել էինք։
            }
    }

# Personal voice: the agent apologizes in their own name ("personally", and what for).
# Variables:
#   $register (String) - "formal" or "warm".
apologize-personal =
    { $register ->
        [warm] Անձամբ ներողություն եմ խնդրում քեզնից կատարվածի համար։
       *[formal] Անձամբ ներողություն եմ խնդրում Ձեզնից կատարվածի համար։
    }

# Personal voice, formal ("I deeply apologise for what happened").
apologize-mine-formal = Խորապես ներողություն եմ խնդրում տեղի ունեցածի համար։

# Personal voice, warm ("I am very sorry for what happened": an apology, not «ցավում եմ»,
# which is sympathy).
apologize-mine-warm = Շատ ներողություն եմ խնդրում կատարվածի համար։

# Personal voice: the apology names what happened and the wait ("for what happened and for
# your having to wait three days longer than promised"); round 13, as apologize-wait: never
# the wait alone. Email, chat, phone.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - "formal" or "warm".
apologize-wait-mine =
    { $register ->
        [warm]
            { $days_late ->
                [one] Ներողություն եմ խնդրում կատարվածի և այն բանի համար, որ ստիպված եղար մեկ օր ավելի սպասել, քան խոստացված էր։
                [2] Ներողություն եմ խնդրում կատարվածի և այն բանի համար, որ ստիպված եղար երկու օր ավելի սպասել, քան խոստացված էր։
                [3] Ներողություն եմ խնդրում կատարվածի և այն բանի համար, որ ստիպված եղար երեք օր ավելի սպասել, քան խոստացված էր։
                [4] Ներողություն եմ խնդրում կատարվածի և այն բանի համար, որ ստիպված եղար չորս օր ավելի սպասել, քան խոստացված էր։
                [5] Ներողություն եմ խնդրում կատարվածի և այն բանի համար, որ ստիպված եղար հինգ օր ավելի սպասել, քան խոստացված էր։
                [6] Ներողություն եմ խնդրում կատարվածի և այն բանի համար, որ ստիպված եղար վեց օր ավելի սպասել, քան խոստացված էր։
                [7] Ներողություն եմ խնդրում կատարվածի և այն բանի համար, որ ստիպված եղար յոթ օր ավելի սպասել, քան խոստացված էր։
                [8] Ներողություն եմ խնդրում կատարվածի և այն բանի համար, որ ստիպված եղար ութ օր ավելի սպասել, քան խոստացված էր։
                [9] Ներողություն եմ խնդրում կատարվածի և այն բանի համար, որ ստիպված եղար ինը օր ավելի սպասել, քան խոստացված էր։
                [10] Ներողություն եմ խնդրում կատարվածի և այն բանի համար, որ ստիպված եղար տասը օր ավելի սպասել, քան խոստացված էր։
               *[other] Ներողություն եմ խնդրում կատարվածի և այն բանի համար, որ ստիպված եղար { $days_late } օր ավելի սպասել, քան խոստացված էր։
            }
       *[formal]
            { $days_late ->
                [one] Ներողություն եմ խնդրում կատարվածի և այն բանի համար, որ ստիպված եղաք մեկ օր ավելի սպասել, քան խոստացված էր։
                [2] Ներողություն եմ խնդրում կատարվածի և այն բանի համար, որ ստիպված եղաք երկու օր ավելի սպասել, քան խոստացված էր։
                [3] Ներողություն եմ խնդրում կատարվածի և այն բանի համար, որ ստիպված եղաք երեք օր ավելի սպասել, քան խոստացված էր։
                [4] Ներողություն եմ խնդրում կատարվածի և այն բանի համար, որ ստիպված եղաք չորս օր ավելի սպասել, քան խոստացված էր։
                [5] Ներողություն եմ խնդրում կատարվածի և այն բանի համար, որ ստիպված եղաք հինգ օր ավելի սպասել, քան խոստացված էր։
                [6] Ներողություն եմ խնդրում կատարվածի և այն բանի համար, որ ստիպված եղաք վեց օր ավելի սպասել, քան խոստացված էր։
                [7] Ներողություն եմ խնդրում կատարվածի և այն բանի համար, որ ստիպված եղաք յոթ օր ավելի սպասել, քան խոստացված էր։
                [8] Ներողություն եմ խնդրում կատարվածի և այն բանի համար, որ ստիպված եղաք ութ օր ավելի սպասել, քան խոստացված էր։
                [9] Ներողություն եմ խնդրում կատարվածի և այն բանի համար, որ ստիպված եղաք ինը օր ավելի սպասել, քան խոստացված էր։
                [10] Ներողություն եմ խնդրում կատարվածի և այն բանի համար, որ ստիպված եղաք տասը օր ավելի սպասել, քան խոստացված էր։
               *[other] Ներողություն եմ խնդրում կատարվածի և այն բանի համար, որ ստիպված եղաք { $days_late } օր ավելի սպասել, քան խոստացված էր։
            }
    }

# Company voice, restore-value only: the apology that ends the letter, said once more after
# the ownership line that opened it with «ներողություն … խնդրում» ("Once again, forgive us for
# what happened"). «Եվս մեկ անգամ ներեցեք», the everyday Armenian repeat, never a second
# «ներողություն … խնդրում» (no_echo) and never «ներողամտություն» (the same word to the
# composer); it says what for («կատարվածի համար»), so it never apologises for nothing. Email,
# chat, phone.
# Variables:
#   $register (String) - "formal" or "warm".
apologize-again =
    { $register ->
        [warm] Եվս մեկ անգամ ներիր մեզ կատարվածի համար։
       *[formal] Եվս մեկ անգամ ներեցեք մեզ կատարվածի համար։
    }

# Personal voice, restore-value only: the same in the agent's letter ("Once again, forgive
# [me/us] for what happened"), with no «ինձ» (the agent asks forgiveness for the outcome, never
# claims the mistake) and no «մեզ» (one voice). Email, chat, phone.
# Variables:
#   $register (String) - "formal" or "warm".
apologize-again-mine =
    { $register ->
        [warm] Եվս մեկ անգամ ներիր կատարվածի համար։
       *[formal] Եվս մեկ անգամ ներեցեք կատարվածի համար։
    }

# Company voice, restore-value only: apologize-again when the agent gave a count of days late
# that the issue does not already say ("Once again, forgive us for keeping you waiting three
# days longer than we had promised"); the same cases as apologize-wait. Email, chat, phone.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - "formal" or "warm".
apologize-again-wait =
    { $register ->
        [warm]
            { $days_late ->
                [one] Եվս մեկ անգամ ներիր մեզ, որ քեզ սպասեցրինք մեկ օր ավելի, քան խոստացել էինք։
                [2] Եվս մեկ անգամ ներիր մեզ, որ քեզ սպասեցրինք երկու օր ավելի, քան խոստացել էինք։
                [3] Եվս մեկ անգամ ներիր մեզ, որ քեզ սպասեցրինք երեք օր ավելի, քան խոստացել էինք։
                [4] Եվս մեկ անգամ ներիր մեզ, որ քեզ սպասեցրինք չորս օր ավելի, քան խոստացել էինք։
                [5] Եվս մեկ անգամ ներիր մեզ, որ քեզ սպասեցրինք հինգ օր ավելի, քան խոստացել էինք։
                [6] Եվս մեկ անգամ ներիր մեզ, որ քեզ սպասեցրինք վեց օր ավելի, քան խոստացել էինք։
                [7] Եվս մեկ անգամ ներիր մեզ, որ քեզ սպասեցրինք յոթ օր ավելի, քան խոստացել էինք։
                [8] Եվս մեկ անգամ ներիր մեզ, որ քեզ սպասեցրինք ութ օր ավելի, քան խոստացել էինք։
                [9] Եվս մեկ անգամ ներիր մեզ, որ քեզ սպասեցրինք ինը օր ավելի, քան խոստացել էինք։
                [10] Եվս մեկ անգամ ներիր մեզ, որ քեզ սպասեցրինք տասը օր ավելի, քան խոստացել էինք։
               *[other] Եվս մեկ անգամ ներիր մեզ, որ քեզ սպասեցրինք { $days_late } օր ավելի, քան խոստացել էինք։
            }
       *[formal]
            { $days_late ->
                [one] Եվս մեկ անգամ ներեցեք մեզ, որ Ձեզ սպասեցրինք մեկ օր ավելի, քան խոստացել էինք։
                [2] Եվս մեկ անգամ ներեցեք մեզ, որ Ձեզ սպասեցրինք երկու օր ավելի, քան խոստացել էինք։
                [3] Եվս մեկ անգամ ներեցեք մեզ, որ Ձեզ սպասեցրինք երեք օր ավելի, քան խոստացել էինք։
                [4] Եվս մեկ անգամ ներեցեք մեզ, որ Ձեզ սպասեցրինք չորս օր ավելի, քան խոստացել էինք։
                [5] Եվս մեկ անգամ ներեցեք մեզ, որ Ձեզ սպասեցրինք հինգ օր ավելի, քան խոստացել էինք։
                [6] Եվս մեկ անգամ ներեցեք մեզ, որ Ձեզ սպասեցրինք վեց օր ավելի, քան խոստացել էինք։
                [7] Եվս մեկ անգամ ներեցեք մեզ, որ Ձեզ սպասեցրինք յոթ օր ավելի, քան խոստացել էինք։
                [8] Եվս մեկ անգամ ներեցեք մեզ, որ Ձեզ սպասեցրինք ութ օր ավելի, քան խոստացել էինք։
                [9] Եվս մեկ անգամ ներեցեք մեզ, որ Ձեզ սպասեցրինք ինը օր ավելի, քան խոստացել էինք։
                [10] Եվս մեկ անգամ ներեցեք մեզ, որ Ձեզ սպասեցրինք տասը օր ավելի, քան խոստացել էինք։
               *[other] Եվս մեկ անգամ ներեցեք մեզ, որ Ձեզ սպասեցրինք { $days_late } օր ավելի, քան խոստացել էինք։
            }
    }

# Personal voice, restore-value only: apologize-again-mine with the count of days late ("Once
# again, forgive [me] that you had to wait three days longer than promised"), as
# apologize-wait-mine. Email, chat, phone.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - "formal" or "warm".
apologize-again-wait-mine =
    { $register ->
        [warm]
            { $days_late ->
                [one] Եվս մեկ անգամ ներիր, որ ստիպված եղար մեկ օր ավելի սպասել, քան խոստացված էր։
                [2] Եվս մեկ անգամ ներիր, որ ստիպված եղար երկու օր ավելի սպասել, քան խոստացված էր։
                [3] Եվս մեկ անգամ ներիր, որ ստիպված եղար երեք օր ավելի սպասել, քան խոստացված էր։
                [4] Եվս մեկ անգամ ներիր, որ ստիպված եղար չորս օր ավելի սպասել, քան խոստացված էր։
                [5] Եվս մեկ անգամ ներիր, որ ստիպված եղար հինգ օր ավելի սպասել, քան խոստացված էր։
                [6] Եվս մեկ անգամ ներիր, որ ստիպված եղար վեց օր ավելի սպասել, քան խոստացված էր։
                [7] Եվս մեկ անգամ ներիր, որ ստիպված եղար յոթ օր ավելի սպասել, քան խոստացված էր։
                [8] Եվս մեկ անգամ ներիր, որ ստիպված եղար ութ օր ավելի սպասել, քան խոստացված էր։
                [9] Եվս մեկ անգամ ներիր, որ ստիպված եղար ինը օր ավելի սպասել, քան խոստացված էր։
                [10] Եվս մեկ անգամ ներիր, որ ստիպված եղար տասը օր ավելի սպասել, քան խոստացված էր։
               *[other] Եվս մեկ անգամ ներիր, որ ստիպված եղար { $days_late } օր ավելի սպասել, քան խոստացված էր։
            }
       *[formal]
            { $days_late ->
                [one] Եվս մեկ անգամ ներեցեք, որ ստիպված եղաք մեկ օր ավելի սպասել, քան խոստացված էր։
                [2] Եվս մեկ անգամ ներեցեք, որ ստիպված եղաք երկու օր ավելի սպասել, քան խոստացված էր։
                [3] Եվս մեկ անգամ ներեցեք, որ ստիպված եղաք երեք օր ավելի սպասել, քան խոստացված էր։
                [4] Եվս մեկ անգամ ներեցեք, որ ստիպված եղաք չորս օր ավելի սպասել, քան խոստացված էր։
                [5] Եվս մեկ անգամ ներեցեք, որ ստիպված եղաք հինգ օր ավելի սպասել, քան խոստացված էր։
                [6] Եվս մեկ անգամ ներեցեք, որ ստիպված եղաք վեց օր ավելի սպասել, քան խոստացված էր։
                [7] Եվս մեկ անգամ ներեցեք, որ ստիպված եղաք յոթ օր ավելի սպասել, քան խոստացված էր։
                [8] Եվս մեկ անգամ ներեցեք, որ ստիպված եղաք ութ օր ավելի սպասել, քան խոստացված էր։
                [9] Եվս մեկ անգամ ներեցեք, որ ստիպված եղաք ինը օր ավելի սպասել, քան խոստացված էր։
                [10] Եվս մեկ անգամ ներեցեք, որ ստիպված եղաք տասը օր ավելի սպասել, քան խոստացված էր։
               *[other] Եվս մեկ անգամ ներեցեք, որ ստիպված եղաք { $days_late } օր ավելի սպասել, քան խոստացված էր։
            }
    }

## Step: own — take responsibility. The company owns the mistake; the agent owns putting
## it right, never the error itself. The first group follows the apology (after: apologize):
## plain ownership, no second sorry; own-regret* come before any apology (restore-value) and
## say the apology itself with the ownership, right after the issue («… և խորապես ներողություն
## ենք խնդրում»), so the closing says it once more with «ներեցեք». A «Սա» at the start points
## at the issue (restore-value) or at what the apology names («տեղի ունեցածի»).

# Company voice, formal, after the apology ("The mistake is entirely ours"): one short line
# (not "the mistake is ours and the responsibility is ours", which says it twice); it never
# repeats the apology («հիասթափեցրինք», "we let you down", is a calque).
own-full = Սխալն ամբողջությամբ մերն է։

# Company voice, warm ("The mistake is ours, and we have no excuse"): «Սխալը», not one more
# «Սա» after the empathy line.
own-got-wrong = Սխալը մերն է, ու ոչ մի արդարացում չունենք։

# Company voice ("The fault is entirely ours" / formal: "The responsibility is entirely ours"):
# one short line, not "we got it wrong, and the fault is ours", which says it twice.
# Variables:
#   $register (String) - "formal" or "warm".
own-on-us =
    { $register ->
        [warm] Մեղքն ամբողջությամբ մերն է։
       *[formal] Պատասխանատվությունն ամբողջությամբ մերն է։
    }

# Personal voice, only while the fix is not done ("That was an oversight that should not have
# happened"; «Դա», since the empathy line before it may open with «Սա»): names the mistake without «մեր» and without sizing it («լուրջ», «երբեք»
# are too heavy for a late parcel), and promises nothing, because the fix step after it
# (fix-working-mine*) already says who is dealing with it.
own-mine = Դա բացթողում էր, որը չպետք է պատահեր։

# Personal voice, after the apology ("I am dealing with your case myself"): the agent owns
# the putting right, not the error; the present fits a finished fix and one under way. Not
# the calque «Ձեր հարցն ինձ համար առաջնահերթ է» ("your issue is my top priority") and not
# the clerical «…-ն ինքս եմ ստանձնել». In a public reply the request to call or write already
# says the agent will help, so the line there only names the mistake ("This should not have
# happened"). Not «Դուք նման վերաբերմունքի արժանի չէիք», which repeats the judgement of
# acknowledge-read («Ձեր դժգոհությունը … արդարացի է»).
# Variables:
#   $register (String) - "formal" or "warm".
#   $channel (String) - "social" (the short public form) or another channel.
own-mine-full =
    { $channel ->
        [social] Սա չպետք է պատահեր։
       *[email]
            { $register ->
                [warm] Քո հարցով ինքս եմ զբաղվում։
               *[formal] Ձեր հարցով անձամբ եմ զբաղվում։
            }
    }

# Personal voice, after the apology ("I am following your case myself"): the agent owns the
# outcome, in the present, which fits a finished fix and one under way. Round 10: no verdict
# «Նման բան չպետք է պատահեր» before it, which made apology, empathy, verdict and ownership four
# lines of contrition in a row; not the officialese «… անձամբ եմ վերցրել իմ հսկողության տակ»
# (a calque of «взять под контроль»). «անձամբ» in both registers: it meets fix-working-mine
# («արդեն անձամբ եմ զբաղվում»), so a letter never says twice that the agent is on it. In a
# public reply only the judgement: the request to call or write already says who will help.
# Variables:
#   $register (String) - "formal" or "warm".
#   $channel (String) - "social" (the short public form) or another channel.
own-mine-care =
    { $channel ->
        [social] Նման բան չպետք է պատահեր։
       *[email]
            { $register ->
                [warm] Քո հարցին անձամբ եմ հետևում։
               *[formal] Ձեր հարցին անձամբ եմ հետևում։
            }
    }

# Company voice, before any apology (restore-value): right after the one-sentence issue,
# whose mistake it was and the apology, outright ("This was our mistake, and we deeply apologise
# to you"), so the customer hears both before the fix and the compensation. «Սա» points at the
# issue; never after the apology, where it would point at the apology. «ներողություն … խնդրում»
# here, so the closing apology (apologize-again) says «ներեցեք» instead (no_echo); never the
# weak «ափսոսում ենք» (round 9, round 11).
# Variables:
#   $register (String) - "formal" or "warm".
own-regret =
    { $register ->
        [warm] Սխալը մերն էր, ու շատ ներողություն ենք խնդրում քեզնից։
       *[formal] Սա մեր սխալն էր, և խորապես ներողություն ենք խնդրում Ձեզնից։
    }

# Company voice, before any apology (restore-value): "Such a mistake has no excuse. The fault
# is entirely ours, and we deeply apologise" (the round-11 reviewer's own wording for a call).
# Variables:
#   $register (String) - "formal" or "warm".
own-regret-frank =
    { $register ->
        [warm] Սա ոչնչով չի արդարացվում։ Մեղքը մերն է, ու շատ ներողություն ենք խնդրում քեզնից։
       *[formal] Նման սխալն արդարացում չունի։ Մեղքն ամբողջությամբ մերն է, և խորապես ներողություն ենք խնդրում։
    }

# Personal voice, before any apology (restore-value): the agent's verdict on the mistake,
# without «մեր» and without claiming it ("Such a mistake should not have happened"), and the
# apology in the agent's own name ("and I sincerely apologise to you"). Not the legal calque
# «պատասխանատվություն եմ կրում դրա հետևանքների համար», and no «ափսոսում եմ».
# Variables:
#   $register (String) - "formal" or "warm".
own-regret-mine =
    { $register ->
        [warm] Նման սխալ չպետք է լիներ, ու ես շատ ներողություն եմ խնդրում քեզնից։
       *[formal] Նման սխալ չպետք է լիներ, և ես անկեղծորեն ներողություն եմ խնդրում Ձեզնից։
    }

# Personal voice, before any apology (restore-value): "Nothing excuses this (such a mistake has
# no excuse), and I apologise to you personally".
# Variables:
#   $register (String) - "formal" or "warm".
own-regret-mine-frank =
    { $register ->
        [warm] Սա ոչնչով չի արդարացվում, ու անձամբ ներողություն եմ խնդրում քեզնից։
       *[formal] Նման սխալն արդարացում չունի, և անձամբ ներողություն եմ խնդրում Ձեզնից։
    }

## Step: empathize — recognize what the problem cost the customer.

# Either voice, the customer as subject ("You had to deal with this, and it should not have
# been so"); round 18: not the calque «Դուք ստիպված չպետք է լինեիք այս ամենով զբաղվել»:
# the catalog gives this message to both voices, so it may say neither «եմ» nor «ենք»; it
# speaks to the customer instead of remarking on them. Round 11: never the voice-free frame
# «Հասկանալի է, թե / որ …» ("understandably …"), which between two personal sentences reads
# as a cool comment on the customer's reaction, close to «Անշուշտ, սա տհաճ էր»; the framed
# empathy «Հասկանում ենք / Պատկերացնում եմ» belongs to the voiced messages below. Round 10:
# not «Այս խնդրի վրա շատ ժամանակ ու նյարդ ծախսեցիք» (a bare statement of what the customer
# went through, which overstates a late parcel), not the time cost in any form («ավելորդ
# ժամանակ խլեց» understates a guest left without a room, «նյարդեր խլել» is not idiomatic),
# not «ավելորդ անհանգստություն». «այս ամենով» points at what happened, not at the apology.
# Variables:
#   $register (String) - "formal" or "warm".
empathize-time =
    { $register ->
        [warm] Ստիպված եղար զբաղվել այս հարցով, և այդպես չպետք է լիներ։
       *[formal] Ստիպված եղաք զբաղվել այս հարցով, և այդպես չպետք է լիներ։
    }

# Either voice ("None of this should have become your worry"): what the problem cost the
# customer, sized for any incident (a late parcel, a lost booking, an outage), in neither
# voice and without the impersonal «Հասկանալի է, որ …» (round 11, see empathize-time). It
# leads into the ownership line after it: not the customer's worry, our mistake.
# Variables:
#   $register (String) - "formal" or "warm".
empathize-deal =
    { $register ->
        [warm] Այս ամենը չպետք է քո հոգսը դառնար։
       *[formal] Այս ամենը չպետք է Ձեր հոգսը դառնար։
    }

# Company voice ("We understand how unpleasant this was for you"): «Հասկանում ենք», not the
# presumptuous «Գիտենք»; not the "inconvenience" cliché «անհարմարություն ստեղծեց», which
# understates a lost booking; not «նեղություն տվեց» ("bothered"), too light. Not
# «անհարմար վիճակում հայտնվել», which means being put in an embarrassing position.
# Variables:
#   $register (String) - "formal" or "warm".
empathize-frustrating =
    { $register ->
        [warm] Հասկանում ենք, թե ինչքան տհաճ էր սա քեզ համար։
       *[formal] Հասկանում ենք, թե որքան տհաճ էր սա Ձեզ համար։
    }

# Personal voice, warm ("I can imagine how unpleasant this was for you").
empathize-place = Պատկերացնում եմ, թե ինչքան տհաճ էր սա քեզ համար։

# Personal voice, formal ("I can imagine how unpleasant this was for you"): not the
# "inconvenience" cliché.
empathize-trouble = Պատկերացնում եմ, թե որքան տհաճ էր սա Ձեզ համար։

## Step: explain — the root cause, briefly, never an excuse. A lead-in ends with the
## միջակետ «.» and the cause follows in lower case.

# Company voice ("We looked into the case and found the cause:").
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-found = Ուսումնասիրեցինք դեպքը և պարզեցինք պատճառը. { $cause }

# Either voice ("This is what the cause was:" / formal letter: "The cause is the following:"):
# both name the cause, so they open an explanation wherever they stand, also right after the
# compensation in restore-value. Round 11: not «Պատճառը, ինչպես պարզվեց, հետևյալն էր.»:
# «հետևյալն» is office language next to «դու», and «ինչպես պարզվեց» ("as it turned out")
# sounds as if the company were surprised by its own mistake. «հետևյալն է» is for the formal
# register in writing only: read aloud it is bookish, so a call says «Ահա թե ինչն էր
# պատճառը.» in either register (it shares its first two words with the fix frame «Ահա թե
# ինչ ենք արել.», so the composer pairs it with another fix message).
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - "formal" or "warm".
#   $channel (String) - "phone" (the spoken form) or a written channel.
explain-happened =
    { $channel ->
        [phone] Ահա թե ինչն էր պատճառը. { $cause }
       *[email]
            { $register ->
                [warm] Ահա թե ինչն էր պատճառը. { $cause }
               *[formal] Պատճառը հետևյալն է. { $cause }
            }
    }

# Personal voice ("I found out what the cause was:"): what the agent did, not overstated.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-checked = Պարզեցի, թե ինչն էր պատճառը. { $cause }

# Either voice ("The cause has been established."): a short sentence of its own before the cause,
# so that a cause never arrives out of nowhere (in restore-value it follows the
# compensation); no label such as «Դա էր խնդրի պատճառը» tacked on after it.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-cause = Պատճառը պարզված է։ { $cause }

## Step: fix — what has been done to put it right.

# Company voice ("Here is what we have done:"); round 9: not «Խնդիրը լուծելու համար արվել է
# հետևյալը», which does not fit a refund-only fix and reads as an office report. Earlier note: the fix is typed once for every voice, usually in the third person or the
# passive, so the frame sets no person. The fix is what has already been done, so the
# frame is in the perfect: a present «Ահա թե ինչպես է լուծվում» clashes with a dated,
# finished fact («վերականգնվել է հունիսի 2-ին»), while the perfect also reads well before
# "it is on its way and arrives tomorrow" (sending it is done). No «արդեն» here: the fix
# itself usually says "already".
# Variables:
#   $fix (String) - What has been done to put it right, whole sentences.
#   $register (String) - "formal" or "warm" (the plain «Ահա թե ինչ ենք արել.»: the formal
#     frame is office language in a «դու» letter).
fix-done =
    { $register ->
        [warm] Ահա թե ինչ ենք արել. { $fix }
       *[formal] Ահա թե ինչ ենք արել. { $fix }
    }

# Either voice: the fix on its own.
# Variables:
#   $fix (String) - What has already been done, whole sentences.
fix-fact = { $fix }

# Personal voice, but in neutral words ("Here is what has been done:"): the fix is often
# the team's work (a delivery, a refund), which the agent does not claim; the perfect, as
# in fix-done, fits a finished fix and one already set in motion.
# Variables:
#   $fix (String) - What has been done to put it right, whole sentences.
fix-mine = Ահա թե ինչ է արվել. { $fix }

# Company voice, when the fix is not done yet ("We are already working on solving the problem
# and will keep you informed of all news"). No «օր» here: the apology may count days.
# Variables:
#   $register (String) - "formal" or "warm".
fix-working =
    { $register ->
        [warm] Խնդրի լուծմամբ արդեն զբաղվում ենք և քեզ տեղյակ կպահենք բոլոր նորությունների մասին։
       *[formal] Խնդրի լուծմամբ արդեն զբաղվում ենք և Ձեզ տեղյակ կպահենք բոլոր նորությունների մասին։
    }

# Company voice, when the fix is not done yet ("Our specialists are already on the matter, and
# we will tell you of every step forward"). Shares «առաջընթաց» with the dated update, so a
# letter promises the news once.
# Variables:
#   $register (String) - "formal" or "warm".
fix-working-team =
    { $register ->
        [warm] Մեր մասնագետներն արդեն զբաղված են այս հարցով, և հենց որ խնդիրը լուծվի, անմիջապես կտեղեկացնենք քեզ։
       *[formal] Մեր մասնագետներն արդեն զբաղված են այս հարցով, և հենց որ խնդիրը լուծվի, անմիջապես կտեղեկացնենք Ձեզ։
    }

# Personal voice, when the fix is not done yet ("I am already dealing with the problem myself
# and will keep you informed of all news").
# Variables:
#   $register (String) - "formal" or "warm".
fix-working-mine =
    { $register ->
        [warm] Խնդրի լուծմամբ արդեն անձամբ եմ զբաղվում և քեզ տեղյակ կպահեմ բոլոր նորությունների մասին։
       *[formal] Խնդրի լուծմամբ արդեն անձամբ եմ զբաղվում և Ձեզ տեղյակ կպահեմ բոլոր նորությունների մասին։
    }

# Personal voice, when the fix is not done yet ("The specialists are already dealing with the
# problem, and I will tell you of every step forward"): the agent does not claim the
# technical work.
# Variables:
#   $register (String) - "formal" or "warm".
fix-working-mine-now =
    { $register ->
        [warm] Մասնագետներն արդեն զբաղվում են այս հարցով, և հենց որ խնդիրը լուծվի, անմիջապես կտեղեկացնեմ քեզ։
       *[formal] Մասնագետներն արդեն զբաղվում են այս հարցով, և հենց որ խնդիրը լուծվի, անմիջապես կտեղեկացնեմ Ձեզ։
    }

## Step: prevent — what changes so that it does not happen again.
## No «այլևս» in the lead-ins: the agent's prevention usually says it, and heard twice in one
## spoken sentence it is an echo (round 26). «նման բան» / «այդպիսի բան», not «սա»: after a fix
## that ends on good news («…աշխատում է առանց ընդհատումների»), «սա» could point at it (rounds
## 29-30). prevent-fact says «այդպիսի բան»: it must fit a letter whose ownership line already
## said «Նման սխալ…», where the «նման» lead-ins are an echo.

# Company voice ("So that nothing like this happens again, we have changed the way we work:").
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-changed = Որպեսզի նման բան չկրկնվի, փոխել ենք մեր աշխատանքի կարգը. { $prevention }

# Either voice ("So that this does not recur, the procedure has been changed:").
# Variables:
#   $prevention (String) - What changes, whole sentences.
#   $register (String) - "formal" (Որպեսզի) or "warm" (Որ).
prevent-again =
    { $register ->
        [warm] Որ նման բան չկրկնվի, կարգը փոխվել է. { $prevention }
       *[formal] Որպեսզի նման բան չկրկնվի, կարգը փոխվել է. { $prevention }
    }

# Personal voice ("I have also made sure of what changes so that this does not happen again:"):
# the agent checked the change, and does not claim to have made it.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-mine = Ճշտել եմ նաև, թե ինչ է փոխվել, որ նման բան չկրկնվի. { $prevention }

# Either voice, without a lead-in (a letter has at most two): a short purpose sentence
# BEFORE the change ("So that this does not recur, the way of working has changed as well."; the
# perfect, never the present «փոխվում է», which sounds unfinished and clashes with «այժմ»), so
# that nobody takes the change for part of the fix. The fact cannot continue the sentence
# (the agent's capital would stay after a comma), and no tag after it: never a guarantee
# («սա այլևս չի կրկնվի») and no «այժմ», which the fact often says itself.
# Variables:
#   $prevention (String) - What changes, whole sentences.
#   $register (String) - "formal" (Որպեսզի) or "warm" (Որ).
prevent-fact =
    { $register ->
        [warm] Որ այդպիսի բան չկրկնվի, փոխվել է նաև աշխատանքի կարգը։ { $prevention }
       *[formal] Որպեսզի այդպիսի բան չկրկնվի, փոխվել է նաև աշխատանքի կարգը։ { $prevention }
    }

## Step: restore — goodwill on top of putting things right. The agent gives only the
## amount: never «վերադարձնել» (a refund may be part of the fix), never how it is paid.
## The amount is the object of the verb, so it needs no case ending.

# Company voice ("As compensation, we are giving you …"; warm: "you will receive …", since
# «տրամադրում ենք» is formal-register language). Reads well right after the issue.
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money (e.g. "6000 դրամ").
#   $register (String) - "formal" or "warm".
restore-refund =
    { $register ->
        [warm] Որպես փոխհատուցում՝ կստանաս { $compensation_amount }։
       *[formal] Որպես փոխհատուցում՝ Ձեզ տրամադրում ենք { $compensation_amount }։
    }

# Company voice ("We will give you … of compensation"; warm: "You will also receive … of
# compensation", not the formal «տրամադրել» in a «դու» letter): a firm commitment, not «Հասցված
# անհարմարության համար» (the cliché that plays the problem down), not «Այս ամենի դիմաց
# մեզնից կստանաք» (a trade, and a favour).
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - "formal" or "warm".
restore-credit =
    { $register ->
        [warm] Կստանաս նաև { $compensation_amount } փոխհատուցում։
       *[formal] Ձեզ կտրամադրենք նաև { $compensation_amount } փոխհատուցում։
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

# Company voice, after the fix ("Besides that, as compensation, we are giving you …"; warm:
# "you will receive …"): the
# compensation comes on top of what the fix put right.
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - "formal" or "warm".
restore-extra =
    { $register ->
        [warm] Բացի այդ, որպես փոխհատուցում՝ կստանաս { $compensation_amount }։
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

# Company voice ("As compensation, we will provide our services to you free of charge for two
# months"): round 14, not «… Ձեր բաժանորդագրությանն անվճար ավելացրել ենք …» ("added to your
# subscription"), which presumes a subscription a bank app, a pharmacy or an airline does not
# have; «ծառայություններ տրամադրել» fits any service. Round 13: not the calque «երկու անվճար
# ամիս» ("two free months"). The numeral takes the singular: երկու ամիս. Warm: "you will use
# our services free" («…մեր ծառայություններից կօգտվես անվճար», round 30: «տրամադրել» is a
# shade stiff beside «դու», as restore-credit notes).
# Variables:
#   $free_months (Number) - Months of service offered free of charge, e.g. 2.
#   $register (String) - "formal" or "warm".
restore-months =
    { $register ->
        [warm]
            { $free_months ->
                [one] Որպես փոխհատուցում՝ մեկ ամիս մեր ծառայություններից կօգտվես անվճար։
                [2] Որպես փոխհատուցում՝ երկու ամիս մեր ծառայություններից կօգտվես անվճար։
                [3] Որպես փոխհատուցում՝ երեք ամիս մեր ծառայություններից կօգտվես անվճար։
                [4] Որպես փոխհատուցում՝ չորս ամիս մեր ծառայություններից կօգտվես անվճար։
                [5] Որպես փոխհատուցում՝ հինգ ամիս մեր ծառայություններից կօգտվես անվճար։
                [6] Որպես փոխհատուցում՝ վեց ամիս մեր ծառայություններից կօգտվես անվճար։
               *[other] Որպես փոխհատուցում՝ { $free_months } ամիս մեր ծառայություններից կօգտվես անվճար։
            }
       *[formal]
            { $free_months ->
                [one] Որպես փոխհատուցում՝ մեկ ամիս մեր ծառայությունները Ձեզ կտրամադրենք անվճար։
                [2] Որպես փոխհատուցում՝ երկու ամիս մեր ծառայությունները Ձեզ կտրամադրենք անվճար։
                [3] Որպես փոխհատուցում՝ երեք ամիս մեր ծառայությունները Ձեզ կտրամադրենք անվճար։
                [4] Որպես փոխհատուցում՝ չորս ամիս մեր ծառայությունները Ձեզ կտրամադրենք անվճար։
                [5] Որպես փոխհատուցում՝ հինգ ամիս մեր ծառայությունները Ձեզ կտրամադրենք անվճար։
                [6] Որպես փոխհատուցում՝ վեց ամիս մեր ծառայությունները Ձեզ կտրամադրենք անվճար։
               *[other] Որպես փոխհատուցում՝ { $free_months } ամիս մեր ծառայությունները Ձեզ կտրամադրենք անվճար։
            }
    }

# Personal voice ("As compensation, I have arranged two months of free service for you"):
# round 14, not «… բաժանորդագրությանն անվճար ավելացրել եմ …», which presumes a subscription
# (see restore-months); «N ամսվա անվճար սպասարկում» (as in «սպասարկման վճար», the service fee)
# fits any service, and «Ձեզ համար ձևակերպել եմ» says the agent set it up. Not «հաստատել եմ»:
# facts often say «հաստատված» (a confirmed visit), and the echo pushed this message out. After
# the numeral the month is genitive singular: երկու ամսվա. Round 13: not «երկու անվճար ամիս».
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - "formal" or "warm".
restore-months-mine =
    { $register ->
        [warm]
            { $free_months ->
                [one] Որպես փոխհատուցում՝ քեզ համար ձևակերպել եմ մեկ ամսվա անվճար սպասարկում։
                [2] Որպես փոխհատուցում՝ քեզ համար ձևակերպել եմ երկու ամսվա անվճար սպասարկում։
                [3] Որպես փոխհատուցում՝ քեզ համար ձևակերպել եմ երեք ամսվա անվճար սպասարկում։
                [4] Որպես փոխհատուցում՝ քեզ համար ձևակերպել եմ չորս ամսվա անվճար սպասարկում։
                [5] Որպես փոխհատուցում՝ քեզ համար ձևակերպել եմ հինգ ամսվա անվճար սպասարկում։
                [6] Որպես փոխհատուցում՝ քեզ համար ձևակերպել եմ վեց ամսվա անվճար սպասարկում։
               *[other] Որպես փոխհատուցում՝ քեզ համար ձևակերպել եմ { $free_months } ամսվա անվճար սպասարկում։
            }
       *[formal]
            { $free_months ->
                [one] Որպես փոխհատուցում՝ Ձեզ համար ձևակերպել եմ մեկ ամսվա անվճար սպասարկում։
                [2] Որպես փոխհատուցում՝ Ձեզ համար ձևակերպել եմ երկու ամսվա անվճար սպասարկում։
                [3] Որպես փոխհատուցում՝ Ձեզ համար ձևակերպել եմ երեք ամսվա անվճար սպասարկում։
                [4] Որպես փոխհատուցում՝ Ձեզ համար ձևակերպել եմ չորս ամսվա անվճար սպասարկում։
                [5] Որպես փոխհատուցում՝ Ձեզ համար ձևակերպել եմ հինգ ամսվա անվճար սպասարկում։
                [6] Որպես փոխհատուցում՝ Ձեզ համար ձևակերպել եմ վեց ամսվա անվճար սպասարկում։
               *[other] Որպես փոխհատուցում՝ Ձեզ համար ձևակերպել եմ { $free_months } ամսվա անվճար սպասարկում։
            }
    }

# Either voice ("As compensation, the next two months will be free for you"): round 13, not
# «կստանաք երկու անվճար ամիս» ("you get two free months"), a calque in word order; the months
# themselves are the subject, so the message sets no voice. Round 11,
# not the passive «… բաժանորդագրությանն ավելացվել է …», which reads as a system notice in a
# personal letter right after «Ձեր հարցով անձամբ եմ զբաղվում»; the voiced restore-months /
# restore-months-mine say who added the months. Free months come on top of
# the plan the customer has (nothing about how it is paid). The numeral takes the singular.
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
               *[formal] Կրկին կզանգենք Ձեզ { DATE($follow_up_date, skeleton: "MMMMd") }-ին՝ համոզվելու, որ ամեն ինչ կարգին է։
            }
       *[email]
            { $register ->
                [warm] Կրկին կկապվենք քեզ հետ { DATE($follow_up_date, skeleton: "MMMMd") }-ին՝ համոզվելու, որ ամեն ինչ կարգին է։
               *[formal] Կրկին կկապվենք Ձեզ հետ { DATE($follow_up_date, skeleton: "MMMMd") }-ին՝ համոզվելու, որ ամեն ինչ կարգին է։
            }
    }

# Company voice, after a finished fix ("At the latest on December 18 we will get in touch
# / call you to check that everything is in order"): says who contacts whom, not the
# bookish «կհետաքրքրվենք, թե արդյոք».
# Variables:
#   $follow_up_date (Date) - The date of our check-in.
#   $register (String) - "formal" or "warm".
#   $channel (String) - "phone" (կզանգենք) or a written channel (կկապվենք).
next-steps-check-all =
    { $channel ->
        [phone]
            { $register ->
                [warm] Ամենաուշը { DATE($follow_up_date, skeleton: "MMMMd") }-ին կզանգենք քեզ՝ համոզվելու, որ ամեն ինչ կարգին է։
               *[formal] Ամենաուշը { DATE($follow_up_date, skeleton: "MMMMd") }-ին կզանգենք Ձեզ՝ համոզվելու, որ ամեն ինչ կարգին է։
            }
       *[email]
            { $register ->
                [warm] Ամենաուշը { DATE($follow_up_date, skeleton: "MMMMd") }-ին կկապվենք քեզ հետ՝ համոզվելու, որ ամեն ինչ կարգին է։
               *[formal] Ամենաուշը { DATE($follow_up_date, skeleton: "MMMMd") }-ին կկապվենք Ձեզ հետ՝ համոզվելու, որ ամեն ինչ կարգին է։
            }
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
               *[formal] Կրկին կզանգեմ Ձեզ { DATE($follow_up_date, skeleton: "MMMMd") }-ին՝ համոզվելու, որ ամեն ինչ կարգին է։
            }
       *[email]
            { $register ->
                [warm] Կրկին կկապվեմ քեզ հետ { DATE($follow_up_date, skeleton: "MMMMd") }-ին՝ համոզվելու, որ ամեն ինչ կարգին է։
               *[formal] Կրկին կկապվեմ Ձեզ հետ { DATE($follow_up_date, skeleton: "MMMMd") }-ին՝ համոզվելու, որ ամեն ինչ կարգին է։
            }
    }

# Personal voice, after a finished fix ("At the latest on December 18 I will call / get in
# touch with you myself to check that everything is in order").
# Variables:
#   $follow_up_date (Date) - The date of the check-in.
#   $register (String) - "formal" or "warm".
#   $channel (String) - "phone" (կզանգեմ) or a written channel (կկապվեմ).
next-steps-check-mine-all =
    { $channel ->
        [phone]
            { $register ->
                [warm] Ամենաուշը { DATE($follow_up_date, skeleton: "MMMMd") }-ին ինքս կզանգեմ քեզ՝ համոզվելու, որ ամեն ինչ կարգին է։
               *[formal] Ամենաուշը { DATE($follow_up_date, skeleton: "MMMMd") }-ին ինքս կզանգեմ Ձեզ՝ համոզվելու, որ ամեն ինչ կարգին է։
            }
       *[email]
            { $register ->
                [warm] Ամենաուշը { DATE($follow_up_date, skeleton: "MMMMd") }-ին ինքս կկապվեմ քեզ հետ՝ համոզվելու, որ ամեն ինչ կարգին է։
               *[formal] Ամենաուշը { DATE($follow_up_date, skeleton: "MMMMd") }-ին ինքս կկապվեմ Ձեզ հետ՝ համոզվելու, որ ամեն ինչ կարգին է։
            }
    }

# Company voice, no date yet, fix not done yet ("As soon as we have sorted the matter out,
# we will contact you"; on the phone: call you).
# Variables:
#   $register (String) - "formal" or "warm".
#   $channel (String) - "phone" (կզանգենք) or a written channel (կկապվենք).
next-steps-when-fixed =
    { $channel ->
        [phone]
            { $register ->
                [warm] Հենց որ հարցը կարգավորենք, կզանգենք քեզ։
               *[formal] Հենց որ հարցը կարգավորենք, կզանգենք Ձեզ։
            }
       *[email]
            { $register ->
                [warm] Հենց որ հարցը կարգավորենք, կկապվենք քեզ հետ։
               *[formal] Հենց որ հարցը կարգավորենք, կկապվենք Ձեզ հետ։
            }
    }

# Personal voice, no date yet, fix not done yet ("As soon as the matter is sorted out, I will
# contact you"; on the phone: call you): the passive, because the specialists may be the
# ones sorting it out.
# Variables:
#   $register (String) - "formal" or "warm".
#   $channel (String) - "phone" (կզանգեմ) or a written channel (կկապվեմ).
next-steps-when-fixed-mine =
    { $channel ->
        [phone]
            { $register ->
                [warm] Հենց որ հարցը կարգավորվի, կզանգեմ քեզ։
               *[formal] Հենց որ հարցը կարգավորվի, կզանգեմ Ձեզ։
            }
       *[email]
            { $register ->
                [warm] Հենց որ հարցը կարգավորվի, կկապվեմ քեզ հետ։
               *[formal] Հենց որ հարցը կարգավորվի, կկապվեմ Ձեզ հետ։
            }
    }

## Step: invite — invite questions, or move a public thread to a private channel. A contact
## may be a phone number, so a message that gives one says «կապվել» (get in touch), never «գրել».

# Company voice; email and chat ("If you have questions, write to us [here], and we will
# gladly help"): in a chat «այստեղ» says where; no «պարզապես» (the calque of "just"), and
# not «պատասխանեք», which letter.yaml would compare with «պատասխանատվություն» of the own step.
# Variables:
#   $register (String) - "formal" or "warm".
#   $channel (String) - "chat" (write here) or "email".
invite-reply =
    { $channel ->
        [chat]
            { $register ->
                [warm] Եթե հարցեր ունենաս, գրիր այստեղ, ու սիրով կօգնենք։
               *[formal] Եթե հարցեր ունենաք, գրեք այստեղ, և սիրով կօգնենք։
            }
       *[email]
            { $register ->
                [warm] Եթե հարցեր ունենաս, գրիր մեզ, ու սիրով կօգնենք։
               *[formal] Եթե հարցեր ունենաք, գրեք մեզ, և սիրով կօգնենք։
            }
    }

# Personal voice; email and chat ("If anything is unclear, I will gladly explain it").
# Variables:
#   $register (String) - "formal" or "warm".
invite-questions =
    { $register ->
        [warm] Եթե որևէ բան պարզ չէ, սիրով կբացատրեմ։
       *[formal] Եթե որևէ բան անհասկանալի է, սիրով կպարզաբանեմ։
    }

# Either voice; chat: keep the conversation where it is ("If you have other questions, just
# write here"). «այլ հարցեր ունենաս», not the spoken «էլի հարցեր լինեն».
# Variables:
#   $register (String) - "formal" or "warm".
invite-chat-here =
    { $register ->
        [warm] Եթե հարցեր ունենաս կամ ինչ-որ բան քեզ չգոհացնի, գրիր հենց այստեղ։
       *[formal] Եթե հարցեր ունենաք կամ որևէ բան Ձեզ չգոհացնի, գրեք հենց այստեղ։
    }

# Company voice; email: a direct line that fits the contact ("If you have questions or anything
# is not right, call … / write to us at …": one sentence, round 9, so the close need not add
# a second, officious door). A number is called («… համարով»), an address or a handle
# is written to; «կապվել» (get in touch) when we cannot tell. Keep $contact at the end.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $contact_kind (String) - "email", "phone", "handle" or "other": what kind of contact $contact is.
#   $register (String) - "formal" or "warm".
invite-reach =
    { $contact_kind ->
        [phone]
            { $register ->
                [warm] Եթե հարցեր ունենաս կամ ինչ-որ բան քեզ չգոհացնի, զանգիր { $contact } համարով։
               *[formal] Եթե հարցեր ունենաք կամ որևէ բան Ձեզ չգոհացնի, զանգահարեք { $contact } համարով։
            }
        [email]
            { $register ->
                [warm] Եթե հարցեր ունենաս կամ ինչ-որ բան քեզ չգոհացնի, գրիր մեզ { $contact } հասցեով։
               *[formal] Եթե հարցեր ունենաք կամ որևէ բան Ձեզ չգոհացնի, գրեք մեզ { $contact } հասցեով։
            }
        [handle]
            { $register ->
                [warm] Եթե հարցեր ունենաս կամ ինչ-որ բան քեզ չգոհացնի, գրիր մեզ՝ { $contact }։
               *[formal] Եթե հարցեր ունենաք կամ որևէ բան Ձեզ չգոհացնի, գրեք մեզ՝ { $contact }։
            }
       *[other]
            { $register ->
                [warm] Եթե հարցեր ունենաս կամ ինչ-որ բան քեզ չգոհացնի, կապվիր մեզ հետ՝ { $contact }։
               *[formal] Եթե հարցեր ունենաք կամ որևէ բան Ձեզ չգոհացնի, կապվեք մեզ հետ՝ { $contact }։
            }
    }

# Personal voice; email. The contact is often the team's shared line, so the sentence names
# no person ("If any questions come up, call … / write to …"). Round 13: not the office
# formula «Այլ հարցերի համար կարող եք գրել …» ("for other questions you may write"), stiff,
# and "other" questions when none were asked. Keep $contact at the end.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $contact_kind (String) - "email", "phone", "handle" or "other": what kind of contact $contact is.
#   $register (String) - "formal" or "warm".
invite-reach-mine =
    { $contact_kind ->
        [phone]
            { $register ->
                [warm] Եթե հարցեր առաջանան, զանգիր { $contact } համարով։
               *[formal] Եթե հարցեր առաջանան, զանգահարեք { $contact } համարով։
            }
        [email]
            { $register ->
                [warm] Եթե հարցեր առաջանան, գրիր { $contact } հասցեով։
               *[formal] Եթե հարցեր առաջանան, գրեք { $contact } հասցեով։
            }
        [handle]
            { $register ->
                [warm] Եթե հարցեր առաջանան, գրիր աջակցության ծառայությանը՝ { $contact }։
               *[formal] Եթե հարցեր առաջանան, գրեք աջակցության ծառայությանը՝ { $contact }։
            }
       *[other]
            { $register ->
                [warm] Եթե հարցեր առաջանան, դիմիր՝ { $contact }։
               *[formal] Եթե հարցեր առաջանան, դիմեք՝ { $contact }։
            }
    }

# Social media, company voice: move a public thread to a private channel, politely ("So that
# we can take up your case at once, please call us on … / write to us …"). The warm register
# says it directly ("Call us on …, and we will take up your case at once"): the stiff
# «կխնդրեինք» clashes with «քո». Keep $contact at the end of its clause.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $contact_kind (String) - "email", "phone", "handle" or "other": what kind of contact $contact is.
#   $register (String) - "formal" or "warm".
invite-private =
    { $contact_kind ->
        [phone]
            { $register ->
                [warm] Զանգիր մեզ { $contact } համարով, և անմիջապես կզբաղվենք քո հարցով։
               *[formal] Որպեսզի անմիջապես զբաղվենք Ձեր հարցով, կխնդրեինք զանգահարել մեզ { $contact } համարով։
            }
        [email]
            { $register ->
                [warm] Գրիր մեզ { $contact } հասցեով, և անմիջապես կզբաղվենք քո հարցով։
               *[formal] Որպեսզի անմիջապես զբաղվենք Ձեր հարցով, կխնդրեինք գրել մեզ { $contact } հասցեով։
            }
        [handle]
            { $register ->
                [warm] Գրիր մեզ անձնական հաղորդագրությամբ՝ { $contact }, և անմիջապես կզբաղվենք քո հարցով։
               *[formal] Որպեսզի անմիջապես զբաղվենք Ձեր հարցով, կխնդրեինք գրել մեզ անձնական հաղորդագրությամբ՝ { $contact }։
            }
       *[other]
            { $register ->
                [warm] Կապվիր մեզ հետ՝ { $contact }, և անմիջապես կզբաղվենք քո հարցով։
               *[formal] Որպեսզի անմիջապես զբաղվենք Ձեր հարցով, կխնդրեինք կապվել մեզ հետ՝ { $contact }։
            }
    }

# Social media, personal voice ("Please call … / write to …, and I will help you
# myself"): the contact is the brand's line and someone else may answer it, so the request
# names no person and the agent promises their own help («անձամբ / ինքս»), not to pick up. Keep $contact at the end of its clause.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $contact_kind (String) - "email", "phone", "handle" or "other": what kind of contact $contact is.
#   $register (String) - "formal" or "warm".
invite-private-mine =
    { $contact_kind ->
        [phone]
            { $register ->
                [warm] Զանգիր { $contact } համարով, և ես ինքս կօգնեմ քեզ։
               *[formal] Կխնդրեի զանգահարել { $contact } համարով, և ես անձամբ կօգնեմ Ձեզ։
            }
        [email]
            { $register ->
                [warm] Գրիր { $contact } հասցեով, և ես ինքս կօգնեմ քեզ։
               *[formal] Կխնդրեի գրել { $contact } հասցեով, և ես անձամբ կօգնեմ Ձեզ։
            }
        [handle]
            { $register ->
                [warm] Գրիր անձնական հաղորդագրությամբ՝ { $contact }, և ես ինքս կօգնեմ քեզ։
               *[formal] Կխնդրեի գրել անձնական հաղորդագրությամբ՝ { $contact }, և ես անձամբ կօգնեմ Ձեզ։
            }
       *[other]
            { $register ->
                [warm] Դիմիր՝ { $contact }, և ես ինքս կօգնեմ քեզ։
               *[formal] Կխնդրեի դիմել՝ { $contact }, և ես անձամբ կօգնեմ Ձեզ։
            }
    }

# Social media, company voice ("Please write to us in a private message so that we can take
# up your case at once").
# Variables:
#   $register (String) - "formal" or "warm".
invite-direct-message =
    { $register ->
        [warm] Գրիր մեզ անձնական հաղորդագրությամբ, և անմիջապես կզբաղվենք քո հարցով։
       *[formal] Կխնդրեինք գրել մեզ անձնական հաղորդագրությամբ, որպեսզի անմիջապես զբաղվենք Ձեր հարցով։
    }

# Social media, personal voice ("Please write in a private message, and I will look into it
# myself"): the message goes to the brand's inbox, so «գրեք» names no person.
# Variables:
#   $register (String) - "formal" or "warm".
invite-direct-message-mine =
    { $register ->
        [warm] Գրիր ինձ անձնական հաղորդագրությամբ, և ես ինքս անմիջապես կպատասխանեմ քեզ այնտեղ։
       *[formal] Խնդրում եմ գրել ինձ անձնական հաղորդագրությամբ, և ես ինքս անմիջապես կպատասխանեմ Ձեզ այնտեղ։
    }

# Phone script, either voice ("Any other questions?": «Ուրիշ» makes it the usual last turn of a
# call, not an abrupt «Հարցեր ունե՞ք»). Shares «հարցեր ունե՞ք» with the goodbye that asks it
# (sign-off-phone), so a call asks it once.
# Variables:
#   $register (String) - "formal" or "warm".
invite-phone-questions =
    { $register ->
        [warm] Ուրիշ հարցեր ունե՞ս։
       *[formal] Ուրիշ հարցեր ունե՞ք։
    }

# Phone script, company voice; only after something was done ("What else can we help you
# with?"). Shares «ուրիշ» with the goodbye that asks for questions, so a call asks once.
# Variables:
#   $register (String) - "formal" or "warm".
invite-anything-else =
    { $register ->
        [warm] Ուրիշ ինչո՞վ կարող ենք օգնել քեզ։
       *[formal] Ուրիշ ինչո՞վ կարող ենք օգնել Ձեզ։
    }

# Phone script, personal voice; only after something was done.
# Variables:
#   $register (String) - "formal" or "warm".
invite-anything-else-mine =
    { $register ->
        [warm] Ուրիշ ինչո՞վ կարող եմ օգնել քեզ։
       *[formal] Ուրիշ ինչո՞վ կարող եմ օգնել Ձեզ։
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

# Company voice ("Thank you for getting in touch with us"): not the translated "for giving
# us the chance to put it right", and no "at once", which we cannot know.
# Variables:
#   $register (String) - "formal" or "warm".
thank-chance =
    { $register ->
        [warm] Շնորհակալ ենք, որ դիմեցիր։
       *[formal] Շնորհակալ ենք, որ դիմեցիք։
    }

# Company voice, formal; email and phone ("Thank you for letting us know about this"): not
# «ժամանակ գտաք» (the calque of "taking the time") and not the colloquial «պատմեցիք».
thank-time = Շնորհակալ ենք, որ այս մասին տեղեկացրիք մեզ։

# Company voice; chat ("Thank you for letting us know").
# Variables:
#   $register (String) - "formal" or "warm".
thank-short =
    { $register ->
        [warm] Շնորհակալ ենք, որ տեղեկացրիր։
       *[formal] Շնորհակալ ենք, որ տեղեկացրիք։
    }

# Either voice ("Thank you for letting us know about this"; no «մեզ» / «ինձ», so it fits both
# voices). Round 10: never «Շնորհակալություն համբերության համար», the calque of "thank you for
# your patience", which thanks a guest left without a room for a patience nobody asked of him;
# no «անմիջապես» ("at once"), which we cannot know.
# Variables:
#   $register (String) - "formal" or "warm".
thank-patience =
    { $register ->
        [warm] Շնորհակալություն, որ տեղեկացրիր այս մասին։
       *[formal] Շնորհակալություն, որ տեղեկացրիք այս մասին։
    }

# Personal voice ("Thank you for getting in touch"): never thanks for a patience nobody
# was asked for.
# Variables:
#   $register (String) - "formal" or "warm".
thank-mine =
    { $register ->
        [warm] Շնորհակալ եմ, որ դիմեցիր։
       *[formal] Շնորհակալ եմ, որ դիմեցիք։
    }

# Personal voice ("Thank you for letting me know about this"; «պատմեցիր» only in warm:
# formal «պատմեցիք» is too colloquial for a letter).
# Variables:
#   $register (String) - "formal" or "warm".
thank-mine-telling =
    { $register ->
        [warm] Շնորհակալ եմ, որ պատմեցիր այս մասին։
       *[formal] Շնորհակալ եմ, որ տեղեկացրիք այս մասին։
    }

## Step: close — a last line about what comes next between us, in plain words: a commitment
## the team can keep (the request is closed only with the customer's agreement), never a promise
## of "everything" («Ամեն ինչ կանենք, որ այսուհետ միայն գոհ մնաք», round 10: vague and salesy,
## worse from one agent), never the officialese «Մնում ենք Ձեր տրամադրության տակ» (a calque of
## «остаемся в вашем распоряжении»), never the empty «Միշտ պատրաստ ենք օգնել» right after we
## failed, never a translated "earn back your trust" or "pleasant experience", no "next time"
## (a subscription has none), and not the wish «Հուսով ենք, որ այսուհետ ամեն ինչ կլինի այնպես,
## ինչպես պետք է», which stands in for a commitment. The invitation before it already opens
## the door, so no second one. It shares no word with the dated check (next-steps-check*:
## «համոզվելու, որ ամեն ինչ կարգին է»), which comes before it in a formal letter.

# Company voice ("We will close your request only with your agreement"): fits a finished fix
# and one under way. «դիմում», not «հարց», next to the invitation's «հարցեր» ("questions").
# Variables:
#   $register (String) - "formal" or "warm".
close-trust =
    { $register ->
        [warm] Քո դիմումը կփակենք միայն քո համաձայնությամբ։
       *[formal] Ձեր դիմումը կփակենք միայն Ձեր համաձայնությամբ։
    }

# Company voice, warm ("We will not close your request without your agreement").
close-next-time = Քո դիմումը չենք փակի առանց քո համաձայնության։

# Company voice, formal letter: the formal form of close-next-time.
close-relationship = Ձեր դիմումը չենք փակի առանց Ձեր համաձայնության։

# Personal voice ("I will close your request only with your agreement"): what one agent can
# keep, not "I will do everything". Shares «դիմում» with acknowledge-read, so after «Ուշադիր
# ծանոթացա Ձեր դիմումին» the letter closes with close-mine-trust.
# Variables:
#   $register (String) - "formal" or "warm".
close-mine =
    { $register ->
        [warm] Քո դիմումը կփակեմ միայն քո համաձայնությամբ։
       *[formal] Ձեր դիմումը կփակեմ միայն Ձեր համաձայնությամբ։
    }

# Personal voice ("I will consider the problem solved only with your agreement"): for a
# letter that opened with «Ուշադիր ծանոթացա Ձեր դիմումին», so not «դիմում» (close-mine).
# Round 13: not «Ձեր հարցը չեմ փակի …», whose «հարց» ("case") came right after the
# invitation's «հարցեր» ("questions") in another sense, with «Ձեր հարցին անձամբ եմ հետևում»
# above them.
# Variables:
#   $register (String) - "formal" or "warm".
close-mine-trust =
    { $register ->
        [warm] Խնդիրը լուծված կհամարեմ միայն քո համաձայնությամբ։
       *[formal] Խնդիրը լուծված կհամարեմ միայն Ձեր համաձայնությամբ։
    }

## Step: sign-off — the closing formula and who is writing. «Հարգանքով՝» is the standard
## formula; the name follows on its own line.

# Email, with the agent's name and the company («Ջերմ հարգանքով՝» in the warm register).
# Variables:
#   $agent_name (String) - The agent's first name.
#   $company (String) - The company's name.
#   $register (String) - "formal" or "warm".
sign-off-regards =
    { $register ->
        [warm] Ջերմ հարգանքով՝
       *[formal] Հարգանքով՝
    }
    { $agent_name }
    { $company }

# Email, with the agent's name («Ջերմ հարգանքով՝» in the warm register).
# Variables:
#   $agent_name (String) - The agent's first name.
#   $register (String) - "formal" or "warm".
sign-off-regards-name =
    { $register ->
        [warm] Ջերմ հարգանքով՝
       *[formal] Հարգանքով՝
    }
    { $agent_name }

# Warm register; email and chat. An e-mail closes warmly («Ջերմ հարգանքով՝», not the
# calque «Լավագույն մաղթանքներով»); a chat signs with a dash and the name, like every other
# chat (not «…, աջակցության ծառայություն», a generic calque for a hotel or a shop).
# Variables:
#   $agent_name (String) - The agent's first name.
#   $channel (String) - "email" (the letter formula) or "chat" (— and the name).
sign-off-warm =
    { $channel ->
        [chat] — { $agent_name }
       *[email]
            Ջերմ հարգանքով՝
            { $agent_name }
    }

# Company voice only; email, when we know no names ("Support Service"; not «հաճախորդ», which
# the greeting of a letter without a name uses: this is the only sign-off of such a letter).
# Variables:
#   $register (String) - "formal" or "warm".
sign-off-team =
    { $register ->
        [warm] Ջերմ հարգանքով՝
       *[formal] Հարգանքով՝
    }
    Աջակցության ծառայություն

# Company voice only; email, chat, social: the team of the named company («Սուրճի տուն»-ի թիմ).
# An e-mail closes with the letter formula, a chat or a post with a dash.
# Variables:
#   $company (String) - The company's name.
#   $channel (String) - "email" (Հարգանքով՝ and the team on its own line) or another channel (— and the team).
#   $register (String) - "formal" or "warm" (Ջերմ հարգանքով՝ in a warm e-mail).
sign-off-team-company =
    { $channel ->
        [email]
            { $register ->
                [warm] Ջերմ հարգանքով՝
               *[formal] Հարգանքով՝
            }
            «{ $company }»-ի թիմ
       *[chat] — «{ $company }»-ի թիմ
    }

# Chat and social media signature.
# Variables:
#   $agent_name (String) - The agent's first name.
sign-off-initials = — { $agent_name }

# Phone script, only after the invite step asked for questions ("All the best to you,
# goodbye"): no thanks here, because a call thanks once (the formal letter's thank step).
# Variables:
#   $register (String) - "formal" or "warm".
sign-off-phone-bye =
    { $register ->
        [warm] Ամենայն բարիք քեզ, ցտեսություն։
       *[formal] Ամենայն բարիք Ձեզ, ցտեսություն։
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
