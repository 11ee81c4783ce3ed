### phrasebank locale: Georgian (ქართული), Mkhedruli script, never upper-cased.
### Choices made in this file:
### - Address: formal register = თქვენ (verbs with -თ: გიხდით, გთხოვთ, მოგწერეთ),
###   warm register = შენ (გიხდი, მოგწერე, მადლობა instead of გმადლობთ). Messages
###   tagged for both registers carry a $register select wherever the wording differs.
###   Many company-voice verbs ("we" → "you": გიხდით, მოგწერთ, გიბრუნებთ) are the same
###   in both registers; those messages have no select.
### - Gender: Georgian has no grammatical gender, so no message needs $customer_gender
###   or $agent_gender, except greeting-dear (ქალბატონო / ბატონო; the unknown default
###   uses no title at all).
### - Names and the company are never inflected: they stand after a greeting word, as
###   the subject of გესაუბრებათ (nominative), on sign-off lines or after
###   „კომპანია“; never with a case ending or a postposition.
### - Dates: DATETIME dateStyle "long" (babel: "24 ნოემბერი, 2026"), always after a
###   colon, so that its nominative form is correct ("არაუგვიანეს ამ თარიღისა: …").
### - Money arrives formatted by babel ("15,00 ₾"): it stands after a colon or as the
###   direct object of an aorist verb, where the nominative is correct.
### - Counts: CLDR one/other; a numeral takes the singular noun (3 დღით, 2 თვის).
### - Quotes: Georgian „…“.

## Step: greeting — open the message, by name when we have it.

# Formal letter opening. Email, formal register.
# Georgian addresses with ქალბატონო/ბატონო; with unknown gender we use
# პატივცემულო alone. The name stays in its base form.
# Variables:
#   $customer_name (String) - The customer's name as they write it, e.g. "ნინო ბერიძე".
#   $customer_gender (String) - feminine, masculine or unknown.
greeting-dear =
    { $customer_gender ->
        [feminine] პატივცემულო ქალბატონო { $customer_name },
        [masculine] პატივცემულო ბატონო { $customer_name },
       *[unknown] პატივცემულო { $customer_name },
    }

# Neutral opening with the name. Email, chat, social. გამარჯობა suits both registers.
# Variables:
#   $customer_name (String) - The customer's name as they write it.
greeting-hello-name = გამარჯობა, { $customer_name }!

# Friendly opening with the name. Warm register; email, chat, social.
# Variables:
#   $customer_name (String) - The customer's name as they write it.
greeting-hi-name = სალამი, { $customer_name }!

# Opening when we do not know the name. Email, chat, social.
# Formal: მოგესალმებით ("we greet you"); warm: გამარჯობა.
# Variables:
#   $register (String) - formal or warm.
greeting-hello =
    { $register ->
        [warm] გამარჯობა!
       *[formal] მოგესალმებით!
    }

# Phone script: the agent introduces themselves. The company name comes first, as on
# Georgian support lines; the agent's name is the subject of გესაუბრებათ (nominative).
# Variables:
#   $agent_name (String) - The agent's name.
#   $company (String) - The company's name.
#   $register (String) - formal or warm.
greeting-phone =
    { $register ->
        [warm] გამარჯობა, კომპანია „{ $company }“, გესაუბრება { $agent_name }.
       *[formal] გამარჯობა, კომპანია „{ $company }“, გესაუბრებათ { $agent_name }.
    }

# Phone script: the agent greets the customer by name and introduces themselves.
# Variables:
#   $customer_name (String) - The customer's name as they write it.
#   $agent_name (String) - The agent's name.
#   $company (String) - The company's name.
#   $register (String) - formal or warm.
greeting-phone-name =
    { $register ->
        [warm] გამარჯობა, { $customer_name }! კომპანია „{ $company }“, გესაუბრება { $agent_name }.
       *[formal] გამარჯობა, { $customer_name }! კომპანია „{ $company }“, გესაუბრებათ { $agent_name }.
    }

# Phone script, when we know no names. "Thank you for answering my call."
# Variables:
#   $register (String) - formal or warm.
greeting-phone-plain =
    { $register ->
        [warm] გამარჯობა! მადლობა, რომ ზარს უპასუხე.
       *[formal] გამარჯობა! გმადლობთ, რომ ზარს უპასუხეთ.
    }

## Step: acknowledge — show that we listened; restate what went wrong.

# Company voice. The fact comes first, then our judgement of it
# ("You do not deserve such service from us").
# Variables:
#   $issue (String) - What went wrong, one whole sentence, e.g. "ყავის საფქვავი სამი დღით გვიან მოგაწოდეთ."
#   $register (String) - formal or warm.
acknowledge-not-acceptable =
    { $register ->
        [warm] { $issue } ჩვენგან ასეთ მომსახურებას ნამდვილად არ იმსახურებ.
       *[formal] { $issue } ჩვენგან ასეთ მომსახურებას ნამდვილად არ იმსახურებთ.
    }

# Personal voice ("I"). Email and chat.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
acknowledge-read =
    { $register ->
        [warm] ყურადღებით წავიკითხე შენი შეტყობინება. { $issue } სწორად მოიქეცი, რომ ეს საკითხი წამოჭერი.
       *[formal] ყურადღებით წავიკითხე თქვენი შეტყობინება. { $issue } სწორად მოიქეცით, რომ ეს საკითხი წამოჭერით.
    }

# Short form for chat and social media. "This should not have happened."
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-short = { $issue } ეს არ უნდა მომხდარიყო.

# Phone script: the agent repeats the problem back to check they understood.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
acknowledge-phone =
    { $register ->
        [warm] მინდა დავრწმუნდე, რომ სწორად გაგიგე. { $issue }
       *[formal] მინდა დავრწმუნდე, რომ სწორად გაგიგეთ. { $issue }
    }

## Step: apologize — say sorry plainly: no condition, no "but".

# Company voice, formal. Email, chat, phone.
apologize-sincere = გულწრფელ ბოდიშს გიხდით.

# Company voice, warm.
apologize-truly = ძალიან ვწუხვართ.

# Personal voice: the agent apologizes in their own name.
# Variables:
#   $register (String) - formal or warm.
apologize-personal =
    { $register ->
        [warm] ვწუხვარ და პირადად გიხდი ბოდიშს.
       *[formal] ვწუხვარ და პირადად გიხდით ბოდიშს.
    }

# Company voice, short: social media and chat. Same form in both registers.
apologize-brief = ბოდიშს გიხდით.

# The apology names the wait ("that you had to wait N days longer").
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - formal or warm.
apologize-wait =
    { $register ->
        [warm]
            { $days_late ->
                [one] ვწუხვართ, რომ ერთი დღით მეტხანს მოგიწია ლოდინი.
               *[other] ვწუხვართ, რომ { $days_late } დღით მეტხანს მოგიწია ლოდინი.
            }
       *[formal]
            { $days_late ->
                [one] ვწუხვართ, რომ ერთი დღით მეტხანს მოგიწიათ ლოდინი.
               *[other] ვწუხვართ, რომ { $days_late } დღით მეტხანს მოგიწიათ ლოდინი.
            }
    }

## Step: own — take responsibility; the mistake is ours.

# Company voice, formal.
own-full = ეს ჩვენი შეცდომა იყო და მასზე სრულ პასუხისმგებლობას ვიღებთ.

# Company voice, warm. "We got it wrong, and fixing it is our job too."
own-got-wrong = ჩვენ შევცდით და ამის გამოსწორებაც ჩვენი საქმეა.

# Personal voice. "I will not put it on anyone else's shoulders."
own-mine = ეს ჩემი პასუხისმგებლობაა და მას სხვას არ გადავაკისრებ.

# Company voice: no finger-pointing at suppliers or partners. Email, phone, chat.
# Variables:
#   $register (String) - formal or warm.
own-no-blame =
    { $register ->
        [warm] პასუხისმგებლობა ჩვენ გვეკისრება — არა ჩვენს პარტნიორებს და, მით უმეტეს, არა შენ.
       *[formal] პასუხისმგებლობა ჩვენ გვეკისრება — არა ჩვენს პარტნიორებს და, მით უმეტეს, არა თქვენ.
    }

## Step: empathize — recognize what the problem cost the customer.

# Personal voice. "I understand how unpleasant all this was for you."
# Variables:
#   $register (String) - formal or warm.
empathize-understand =
    { $register ->
        [warm] მესმის, რამდენად უსიამოვნო იყო ეს ყველაფერი შენთვის.
       *[formal] მესმის, რამდენად უსიამოვნო იყო ეს ყველაფერი თქვენთვის.
    }

# Company voice. "Your time is precious, and this took far more of it from you than is acceptable."
# Variables:
#   $register (String) - formal or warm.
empathize-time =
    { $register ->
        [warm] შენი დრო ძვირფასია და ამ პრობლემამ გაცილებით მეტი დრო წაგართვა, ვიდრე დასაშვები იყო.
       *[formal] თქვენი დრო ძვირფასია და ამ პრობლემამ გაცილებით მეტი დრო წაგართვათ, ვიდრე დასაშვები იყო.
    }

# Personal voice, warm.
empathize-place = შენს ადგილას მეც გულდაწყვეტილი ვიქნებოდი.

# Company voice; chat, social media, phone.
empathize-frustrating = ვიცით, რამდენად გამაღიზიანებელია ეს.

## Step: explain — the root cause, briefly, never an excuse.

# Company voice.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-found = საკითხი შევისწავლეთ და მიზეზიც დავადგინეთ. { $cause }

# Either voice. "This is how it went." (no verb of telling, so it fits both voices
# and both registers)
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-happened = საქმე ასე იყო. { $cause }

# Personal voice. "I checked every stage of your request myself."
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - formal or warm.
explain-checked =
    { $register ->
        [warm] შენი მიმართვის ყველა ეტაპი პირადად გადავამოწმე. { $cause }
       *[formal] თქვენი მიმართვის ყველა ეტაპი პირადად გადავამოწმე. { $cause }
    }

# Company voice, formal; email.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-root = შიდა შემოწმებით პრობლემის ძირეული მიზეზი დავადგინეთ. { $cause }

## Step: fix — what we are doing to put it right.

# Company voice. "This is how we are correcting our mistake."
# Variables:
#   $fix (String) - What has been or is being done, whole sentences.
fix-done = შეცდომას ასე ვასწორებთ. { $fix }

# Personal voice.
# Variables:
#   $fix (String) - What has been or is being done, whole sentences.
fix-mine = აი, რა გავაკეთე პრობლემის მოსაგვარებლად. { $fix }

# Company voice, when the fix is not known yet. გაცნობებთ ("we will let you know") is the
# same in both registers.
fix-working = პრობლემის გამოსწორებაზე ამ წუთას ვმუშაობთ და ყოველ ეტაპზე გაცნობებთ, როგორ მიმდინარეობს საქმე.

# Personal voice, when the fix is not known yet.
# Variables:
#   $register (String) - formal or warm.
fix-working-mine =
    { $register ->
        [warm] ამ საკითხს ახლა პირადად ვაგვარებ და ბოლომდე ყველა სიახლეს გაცნობებ.
       *[formal] ამ საკითხს ახლა პირადად ვაგვარებ და ბოლომდე ყველა სიახლეს გაცნობებთ.
    }

## Step: prevent — what changes so that it does not happen again.

# Company voice.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-changed = ამასთან, სამუშაო პროცესი შევცვალეთ, რათა ეს აღარ განმეორდეს. { $prevention }

# Either voice (the sentence speaks for the company, as in English).
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-again = ამის განმეორების თავიდან ასაცილებლად ცვლილება შეგვაქვს. { $prevention }

# Personal voice. "I have also made sure myself that this will not happen to you again."
# Variables:
#   $prevention (String) - What changes, whole sentences.
#   $register (String) - formal or warm.
prevent-mine =
    { $register ->
        [warm] ასევე პირადად ვიზრუნე, რომ შენთან ეს აღარ განმეორდეს. { $prevention }
       *[formal] ასევე პირადად ვიზრუნე, რომ თქვენთან ეს აღარ განმეორდეს. { $prevention }
    }

## Step: restore — make it right with something the customer values.

# Company voice. The amount stands after a colon (nominative); გიბრუნებთ fits both registers.
# Variables:
#   $compensation_amount (Number) - The refund, already formatted as money in the customer's currency.
restore-refund = ამის საკომპენსაციოდ თანხას გიბრუნებთ: { $compensation_amount }.

# Company voice, warm. The amount is the direct object of an aorist verb (nominative).
# Variables:
#   $compensation_amount (Number) - The credit, already formatted as money.
restore-credit = ბოდიშის ნიშნად შენს ანგარიშზე { $compensation_amount } ჩაგირიცხეთ.

# Personal voice. "I have processed the refund myself: <amount>."
# Variables:
#   $compensation_amount (Number) - The refund, already formatted as money.
restore-refund-mine = თანხის დაბრუნება პირადად გავაფორმე: { $compensation_amount }.

# Company voice. გაგიწევთ fits both registers.
# Variables:
#   $free_months (Number) - Months of service offered free of charge, e.g. 2.
restore-months =
    { $free_months ->
        [one] ამის საკომპენსაციოდ მომდევნო ერთი თვის განმავლობაში მომსახურებას უფასოდ გაგიწევთ.
       *[other] ამის საკომპენსაციოდ მომდევნო { $free_months } თვის განმავლობაში მომსახურებას უფასოდ გაგიწევთ.
    }

# Personal voice.
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - formal or warm.
restore-months-mine =
    { $register ->
        [warm]
            { $free_months ->
                [one] შენს ანგარიშს ერთი თვის უფასო მომსახურება დავამატე.
               *[other] შენს ანგარიშს { $free_months } თვის უფასო მომსახურება დავამატე.
            }
       *[formal]
            { $free_months ->
                [one] თქვენს ანგარიშს ერთი თვის უფასო მომსახურება დავამატე.
               *[other] თქვენს ანგარიშს { $free_months } თვის უფასო მომსახურება დავამატე.
            }
    }

## Step: next-steps — when and how the customer hears from us next.

# Company voice. "We will write to you with new information no later than this date: <date>."
# The date follows a colon, so babel's nominative form is correct.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
next-steps-date = განახლებულ ინფორმაციას მოგწერთ არაუგვიანეს ამ თარიღისა: { DATETIME($follow_up_date, dateStyle: "long") }.

# Personal voice.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - formal or warm.
next-steps-date-mine =
    { $register ->
        [warm] პირადად დაგიკავშირდები არაუგვიანეს ამ თარიღისა: { DATETIME($follow_up_date, dateStyle: "long") }.
       *[formal] პირადად დაგიკავშირდებით არაუგვიანეს ამ თარიღისა: { DATETIME($follow_up_date, dateStyle: "long") }.
    }

# Company voice, no date yet.
next-steps-when-fixed = როგორც კი ყველაფერს გამოვასწორებთ, მაშინვე მოგწერთ.

# Personal voice, no date yet.
# Variables:
#   $register (String) - formal or warm.
next-steps-when-fixed-mine =
    { $register ->
        [warm] როგორც კი ეს საკითხი მოგვარდება, მაშინვე პირადად დაგიკავშირდები.
       *[formal] როგორც კი ეს საკითხი მოგვარდება, მაშინვე პირადად დაგიკავშირდებით.
    }

## Step: invite — invite questions, or move to a private channel.

# Company voice; email and chat.
# Variables:
#   $register (String) - formal or warm.
invite-reply =
    { $register ->
        [warm] როცა კითხვა გაგიჩნდება, უპასუხე ამ შეტყობინებას და აუცილებლად გიპასუხებთ.
       *[formal] როცა კითხვა გაგიჩნდებათ, უპასუხეთ ამ შეტყობინებას და აუცილებლად გიპასუხებთ.
    }

# Move the conversation to a private channel. Keep $contact at the end.
# Any voice; the warm variant uses the imperative so that it fits "we" and "I".
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - formal or warm.
invite-private =
    { $register ->
        [warm] მოგვწერე პირადად და საკითხს უშუალოდ შენთან მოვაგვარებთ: { $contact }.
       *[formal] გთხოვთ, პირადად მოგვწეროთ, რომ საკითხი უშუალოდ თქვენთან მოვაგვაროთ: { $contact }.
    }

# Personal voice: let the customer ask.
# Variables:
#   $register (String) - formal or warm.
invite-questions =
    { $register ->
        [warm] რა კითხვები გაქვს? სიამოვნებით აგიხსნი ყველაფერს დაწვრილებით.
       *[formal] რა კითხვები გაქვთ? სიამოვნებით აგიხსნით ყველაფერს დაწვრილებით.
    }

# Social media: ask for a direct message.
# Variables:
#   $register (String) - formal or warm.
invite-direct-message =
    { $register ->
        [warm] მოგვწერე პირად შეტყობინებაში და შენს ანგარიშს გადავამოწმებთ.
       *[formal] გთხოვთ, მოგვწეროთ პირად შეტყობინებაში, რომ თქვენი ანგარიში გადავამოწმოთ.
    }

# Phone script, company voice. დაგეხმაროთ fits both registers.
invite-anything-else = კიდევ რით შეგვიძლია დაგეხმაროთ?

## Step: thank — for telling us, and for the patience.

# Company voice. "…it helps us improve our service."
# Variables:
#   $register (String) - formal or warm.
thank-telling =
    { $register ->
        [warm] მადლობა, რომ ამის შესახებ გვაცნობე: ეს მომსახურების გაუმჯობესებაში გვეხმარება.
       *[formal] გმადლობთ, რომ ამის შესახებ გვაცნობეთ: ეს მომსახურების გაუმჯობესებაში გვეხმარება.
    }

# Either voice.
# Variables:
#   $register (String) - formal or warm.
thank-patience =
    { $register ->
        [warm] მადლობა მოთმინებისთვის, სანამ ვითარებას ვასწორებთ.
       *[formal] გმადლობთ მოთმინებისთვის, სანამ ვითარებას ვასწორებთ.
    }

# Formal; email and phone.
thank-trust = გმადლობთ ნდობისთვის და იმისთვის, რომ ეს საკითხი წამოჭერით.

# Short: chat and social media.
# Variables:
#   $register (String) - formal or warm.
thank-short =
    { $register ->
        [warm] მადლობა, რომ შეგვატყობინე.
       *[formal] გმადლობთ, რომ შეგვატყობინეთ.
    }

# Personal voice.
# Variables:
#   $register (String) - formal or warm.
thank-mine =
    { $register ->
        [warm] მადლობა, რომ საშუალება მომეცი, ეს გამოვასწორო.
       *[formal] გმადლობთ, რომ საშუალება მომეცით, ეს გამოვასწორო.
    }

## Step: close — optimism about the relationship.

# Company voice. "You are a valued customer, and we want to earn your trust again."
# Variables:
#   $register (String) - formal or warm.
close-trust =
    { $register ->
        [warm] შენ ჩვენთვის ძვირფასი მომხმარებელი ხარ და გვინდა, შენი ნდობა ხელახლა დავიმსახუროთ.
       *[formal] თქვენ ჩვენთვის ძვირფასი მომხმარებელი ხართ და გვინდა, თქვენი ნდობა ხელახლა დავიმსახუროთ.
    }

# Company voice, warm. "We look forward to the next chance to do everything flawlessly for you."
close-next-time = მოუთმენლად ველით შემდეგ შესაძლებლობას, რომ შენთვის ყველაფერი უნაკლოდ გავაკეთოთ.

# Personal voice. "I will gladly help you again in the future."
# Variables:
#   $register (String) - formal or warm.
close-mine =
    { $register ->
        [warm] მომავალშიც სიამოვნებით დაგეხმარები.
       *[formal] მომავალშიც სიამოვნებით დაგეხმარებით.
    }

# Company voice, formal letter.
close-relationship = თქვენთან ურთიერთობა ჩვენთვის კვლავ უმნიშვნელოვანესია და მუდმივად ვიმუშავებთ, რომ თქვენი ნდობა დავიმსახუროთ.

## Step: sign-off — the closing formula and who is writing.

# Email, with the agent's name and the company. პატივისცემით suits both registers.
# Variables:
#   $agent_name (String) - The agent's name.
#   $company (String) - The company's name.
sign-off-regards =
    პატივისცემით,
    { $agent_name }
    { $company }

# Email, with the agent's name.
# Variables:
#   $agent_name (String) - The agent's name.
sign-off-regards-name =
    პატივისცემით,
    { $agent_name }

# Warm register; email and chat. "With best wishes,"
# Variables:
#   $agent_name (String) - The agent's name.
sign-off-warm =
    საუკეთესო სურვილებით,
    { $agent_name }

# Email, when we know no names.
sign-off-team =
    პატივისცემით,
    მომხმარებელთა მხარდაჭერის გუნდი

# Chat and social media signature.
# Variables:
#   $agent_name (String) - The agent's name.
sign-off-initials = — { $agent_name }

# Phone script. "Thank you for the conversation. Goodbye." (warm: "Take care!")
# Variables:
#   $register (String) - formal or warm.
sign-off-phone =
    { $register ->
        [warm] მადლობა საუბრისთვის. კარგად იყავი!
       *[formal] გმადლობთ საუბრისთვის. ნახვამდის!
    }

# Phone script, with the agent's name: "…You were speaking with <name>; you can
# contact me at any time. Goodbye." The name is the subject (nominative).
# Variables:
#   $agent_name (String) - The agent's name.
#   $register (String) - formal or warm.
sign-off-phone-name =
    { $register ->
        [warm] მადლობა საუბრისთვის. გესაუბრებოდა { $agent_name } — ნებისმიერ დროს შეგიძლია დამიკავშირდე. კარგად იყავი!
       *[formal] გმადლობთ საუბრისთვის. გესაუბრებოდათ { $agent_name } — ნებისმიერ დროს შეგიძლიათ დამიკავშირდეთ. ნახვამდის!
    }

## Blanks — labels a helpdesk macro shows where the agent must write the facts.
## A macro (Zendesk, Freshdesk, Help Scout, Intercom, Gorgias, Front, CSV) is written
## before the incident happens, so it cannot know what went wrong. `phrasebank macros`
## puts these labels where the facts go; the agent replaces each one before sending.
## Write them the way a support lead labels a template: short, unmistakably unfinished,
## in square brackets, no full stop, no variables.

# The customer's name ("the client's name"), where the helpdesk has no name on file.
blank-customer-name = [კლიენტის სახელი]

# The agent's own name ("your name", formal თქვენი: the label speaks to the agent).
blank-agent-name = [თქვენი სახელი]

# Stands for $issue ("what problem arose").
blank-issue = [რა პრობლემა შეიქმნა]

# Stands for $cause ("why it happened").
blank-cause = [რატომ მოხდა]

# Stands for $fix ("what we did to correct it").
blank-fix = [რა გავაკეთეთ გამოსასწორებლად]

# Stands for $prevention ("what we are changing so that it does not repeat").
blank-prevention = [რას ვცვლით, რომ აღარ განმეორდეს]

# Stands for $compensation_amount after the colon of the refund sentence ("amount and currency").
blank-compensation = [თანხა და ვალუტა]

## Macro titles — what a helpdesk lists each exported macro as (`phrasebank macros`).
## Agents search their helpdesk's macro list for these words, so write each the way a
## support lead of this language names a saved reply: short, no full stop, no variables.
## The helpdesk shows them as "<macro title> (<register>, <channel>, <voice>) [key]".

# The macro's name, one per playbook.
macro-title-five-steps = ბოდიშის მოხდა – ხუთი ნაბიჯი
macro-title-restore-value = ბოდიშის მოხდა – ჯერ კომპენსაცია
macro-title-personal = პირადი ბოდიში
macro-title-formal-letter = ოფიციალური საბოდიშო წერილი
macro-title-own-it = ბოდიშის მოხდა – შეცდომას ვაღიარებთ
macro-title-social = ბოდიშის მოხდა – საჯარო პასუხი სოციალურ ქსელში

# The options a macro was written for, listed after its name: register, channel, voice.
macro-option-formal = ოფიციალური
macro-option-warm = თბილი
macro-option-email = ელფოსტა
macro-option-chat = ჩატი
macro-option-social = სოციალური ქსელები
macro-option-phone = ტელეფონი
macro-option-we = კომპანიის სახელით
macro-option-i = პირველ პირში
