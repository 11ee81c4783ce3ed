### phrasebank locale: Georgian (ქართული), Mkhedruli script, never upper-cased.
### Written as a support lead in Tbilisi writes today: plain, warm or formal as the
### register asks, no bureaucratic chains, no calques of English service formulas.
###
### Address and register
### - Formal register = თქვენ (verbs with -თ: გაიგოთ, მითხარით, გაქვთ), warm register = შენ
###   (გაიგო, მითხარი, გაქვს; მადლობა instead of გმადლობთ). A company ("we") verb that speaks
###   to "you" has one form for both registers (ბოდიშს გიხდით, დაგიბრუნეთ, გაცნობებთ): the
###   -თ marks the plural subject. Those messages have no $register select.
### - Thanks: გმადლობთ in the formal register, მადლობა in the warm one. A letter thanks once:
###   the echo rule sees გმადლობთ / მადლობა as one word once the person prefix is stripped.
###
### Voices
### - Messages the catalog gives to both voices have no first-person word at all: no
###   მე/ჩვენ/ჩემი/ჩვენი and no verb with a first-person marker (ვ-, მ-, გვ-). The phone
###   greeting therefore says who calls in the third person, as Georgian lines do
###   („კომპანია „…“, გესაუბრებათ გიორგი“), and why as „… მიმართვის თაობაზე“ or „ზარი …
###   მიმართვას ეხება“; the public reply sends the customer to „კონსულტანტს“, not to "us".
### - Company-voice verbs such as დაგიბრუნეთ, გიხდით are also the personal verb with a formal
###   "you"; letter.yaml lists only unambiguous forms under `person`.
### - პირადად means "personally" here (ჩემგან პირადად), never "privately": a move to a
###   private channel says პირად შეტყობინებაში (social only). თავად ("myself"), პირადად and
###   ბოლომდე are content words, so an "I" letter says each of them once.
###
### Names (facts are first names, as the customer signs them, nominative)
### - address.yaml beside this file gives the composer each name's form of direct address,
###   and the composer puts that form into EVERY message that quotes $customer_name. So every
###   such message speaks to the customer (vocative context), never uses the name as a
###   subject or predicate (not „ქალბატონი ნინო ბრძანდებით?“, which would come out as
###   „ქალბატონი ლევან ბრძანდებით?“).
### - Consonant stems drop the nominative -ი in direct address (ლევანი → ბატონო ლევან,
###   თამარი → ქალბატონო თამარ, დავით, გამარჯობა!); vowel stems keep their form (ნინო, ანა,
###   ელენე, გიორგი, ირაკლი, ანი, ქეთი). Spelling cannot tell ლევანი from გიორგი, so
###   address.yaml lists the common -ი names one by one and has ending rules only for what
###   is certain (-ო, -ა, -ე, -უ, a vowel before -ი, a final consonant: unchanged). A name it
###   does not cover (a rare or foreign -ი name, Latin letters) is left out, and the composer
###   picks a greeting without the name: never a wrongly inflected name.
### - Formal greetings put the vocative honorific before the first name: ქალბატონო ნინო /
###   ბატონო ლევან ($customer_gender). The warm register uses the first name alone
###   (ნინო, გამარჯობა!).
### - With an unknown gender the honorific cannot be chosen: the formal e-mail greeting is
###   ძვირფასო ნინო, (the same for women and men; პატივცემულო would echo the sign-off
###   პატივისცემით), the other formal greetings use the name alone (გამარჯობა, ნინო!).
### - On the phone the agent greets the customer by name, then says who calls and why:
###   ქალბატონო ნინო, გამარჯობა! კომპანია „…“, თქვენი მიმართვის თაობაზე გესაუბრებათ გიორგი.
### - $agent_name is not addressed: it is the subject of გესაუბრებათ or stands on the
###   signature line, in the nominative as given.
### - The company name is never inflected: it stands after კომპანია in the nominative, on a
###   signature line, or before a comma.
###
### Facts
### - $issue, $cause, $fix, $prevention are whole sentences: at a sentence boundary or after
###   a colon, never inside a sentence.
### - Money prints as formats.yaml says: "15 ლარი", "12,50 ლარი", "1500 ლარი", "15 აშშ
###   დოლარი". The currency word is nominative, so the amount stands only where the
###   nominative is right: the object of an aorist verb (15 ლარი დაგიბრუნეთ) or the subject
###   of its sentence (15 ლარი უკვე გზაშია).
### - Dates: DATE(..., skeleton: "MMMMd") with the month in the case the sentence needs
###   (formats.yaml month_forms): "until" gives 18 დეკემბრამდე ("by 18 December"),
###   "genitive" gives 18 დეკემბრის ჩათვლით ("up to and including 18 December"). Both read
###   naturally aloud on the phone.
### - Counts: CLDR one/other; small numbers are spelled out ([2] ორი …, [7] მთელი კვირა);
###   a numeral takes the singular noun (სამი დღე, ორი თვის).
### - Quotes: Georgian „…“.

## Step: greeting — open the message, by first name when we have it.

# Formal letter opening. Email, formal register.
# Variables:
#   $customer_name (String) - The customer's first name as spoken to them, e.g. "ნინო", "ლევან".
#   $customer_gender (String) - feminine, masculine or unknown: chooses ქალბატონო / ბატონო.
greeting-dear =
    { $customer_gender ->
        [feminine] ქალბატონო { $customer_name },
        [masculine] ბატონო { $customer_name },
       *[unknown] ძვირფასო { $customer_name },
    }

# Neutral opening with the first name. Email, chat, social. The formal register adds the
# honorific; the warm register uses the first name alone.
# Variables:
#   $customer_name (String) - The customer's first name as spoken to them (address.yaml).
#   $customer_gender (String) - feminine, masculine or unknown.
#   $register (String) - formal or warm.
greeting-hello-name =
    { $register ->
        [warm] გამარჯობა, { $customer_name }!
       *[formal]
            { $customer_gender ->
                [feminine] გამარჯობა, ქალბატონო { $customer_name }!
                [masculine] გამარჯობა, ბატონო { $customer_name }!
               *[unknown] გამარჯობა, { $customer_name }!
            }
    }

# Friendly opening with the first name, the name first as in a chat. Warm register;
# email, chat, social.
# Variables:
#   $customer_name (String) - The customer's first name as spoken to them (address.yaml).
greeting-hi-name = { $customer_name }, გამარჯობა!

# Opening when we do not know the name. Email, chat, social.
greeting-hello = გამარჯობა!

# Friendly opening without a name. Warm register; chat and social.
greeting-hi = სალამი!

# Phone script: who is calling and why, said once. The company answers first, as on
# Georgian lines; the agent's name is the subject of გესაუბრებათ (nominative).
# Variables:
#   $agent_name (String) - The agent's first name.
#   $company (String) - The company's name.
#   $register (String) - formal or warm.
greeting-phone =
    { $register ->
        [warm] გამარჯობა! კომპანია „{ $company }“, შენი მიმართვის თაობაზე გესაუბრება { $agent_name }.
       *[formal] გამარჯობა! კომპანია „{ $company }“, თქვენი მიმართვის თაობაზე გესაუბრებათ { $agent_name }.
    }

# Phone script: greet the customer by first name (direct address), then say who is calling
# and why. The name is in its form of address (address.yaml): ბატონო ლევან, გამარჯობა!
# Variables:
#   $customer_name (String) - The customer's first name as spoken to them, e.g. "ლევან", "გიორგი".
#   $agent_name (String) - The agent's first name.
#   $company (String) - The company's name.
#   $customer_gender (String) - feminine, masculine or unknown.
#   $register (String) - formal or warm.
greeting-phone-name =
    { $register ->
        [warm] { $customer_name }, გამარჯობა! კომპანია „{ $company }“, შენი მიმართვის თაობაზე გესაუბრება { $agent_name }.
       *[formal]
            { $customer_gender ->
                [feminine] ქალბატონო { $customer_name }, გამარჯობა! კომპანია „{ $company }“, თქვენი მიმართვის თაობაზე გესაუბრებათ { $agent_name }.
                [masculine] ბატონო { $customer_name }, გამარჯობა! კომპანია „{ $company }“, თქვენი მიმართვის თაობაზე გესაუბრებათ { $agent_name }.
               *[unknown] { $customer_name }, გამარჯობა! კომპანია „{ $company }“, თქვენი მიმართვის თაობაზე გესაუბრებათ { $agent_name }.
            }
    }

# Phone script, when we know the agent's name but not the company's.
# Variables:
#   $agent_name (String) - The agent's first name.
#   $register (String) - formal or warm.
greeting-phone-agent =
    { $register ->
        [warm] გამარჯობა! მომხმარებელთა მხარდაჭერის სამსახურიდან გესაუბრება { $agent_name }. ზარი შენს ბოლო მიმართვას ეხება.
       *[formal] გამარჯობა! მომხმარებელთა მხარდაჭერის სამსახურიდან გესაუბრებათ { $agent_name }. ზარი თქვენს ბოლო მიმართვას ეხება.
    }

# Phone script, when we know the company's name but not the agent's.
# Variables:
#   $company (String) - The company's name.
#   $register (String) - formal or warm.
greeting-phone-company =
    { $register ->
        [warm] გამარჯობა! კომპანია „{ $company }“, მომხმარებელთა მხარდაჭერის სამსახური. ზარი შენს ბოლო მიმართვას ეხება.
       *[formal] გამარჯობა! კომპანია „{ $company }“, მომხმარებელთა მხარდაჭერის სამსახური. ზარი თქვენს ბოლო მიმართვას ეხება.
    }

# Phone script, when we know no names.
# Variables:
#   $register (String) - formal or warm.
greeting-phone-plain =
    { $register ->
        [warm] გამარჯობა! გესაუბრება მომხმარებელთა მხარდაჭერის სამსახური. ზარი შენს ბოლო მიმართვას ეხება.
       *[formal] გამარჯობა! გესაუბრებათ მომხმარებელთა მხარდაჭერის სამსახური. ზარი თქვენს ბოლო მიმართვას ეხება.
    }

## Step: acknowledge — show that we listened; restate what went wrong.

# Company voice; email and chat. The fact first, then our judgement of it
# ("you did not deserve this from us").
# Variables:
#   $issue (String) - What went wrong, one whole sentence, e.g. "შეკვეთა #4471 სამი დღით გვიან ჩაბარდა."
#   $register (String) - formal or warm.
acknowledge-not-acceptable =
    { $register ->
        [warm] { $issue } ჩვენგან ეს ნამდვილად არ დაგიმსახურებია.
       *[formal] { $issue } ჩვენგან ეს ნამდვილად არ დაგიმსახურებიათ.
    }

# Either voice (no "I", no "we"); email and chat. Same in both registers.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-should-not = { $issue } ასე არ უნდა მომხდარიყო.

# Personal voice; email and chat. "I have read your request. … This should not have
# happened to you."
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
acknowledge-read =
    { $register ->
        [warm] შენი მიმართვა წავიკითხე. { $issue } ასეთი რამ არ უნდა შეგხვედროდა.
       *[formal] თქვენი მიმართვა წავიკითხე. { $issue } ასეთი რამ არ უნდა შეგხვედროდათ.
    }

# Phone script, personal voice: read the problem back as a real question.
# "I want to make sure I understood correctly: … Is that so?" (no address: both registers)
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-phone = მინდა დავრწმუნდე, რომ სწორად გავიგე: { $issue } ასეა?

# Phone script, company voice: read the problem back as a real question.
# "Let us check that we have it right: … Is that correct?"
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
acknowledge-phone-we =
    { $register ->
        [warm] მოდი, გადავამოწმოთ, ზუსტად გვაქვს თუ არა ჩანიშნული: { $issue } სწორია?
       *[formal] მოდით, გადავამოწმოთ, ზუსტად გვაქვს თუ არა ჩანიშნული: { $issue } სწორია?
    }

# Phone script, either voice: read the problem back as a real question.
# "To clarify the details: … Is that right?"
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-phone-check = დეტალების დასაზუსტებლად: { $issue } ხომ ასეა?

## Step: state — one sentence that says what went wrong (the fact alone).

# Variables:
#   $issue (String) - What went wrong, one whole sentence.
state-issue = { $issue }

## Step: apologize — say sorry plainly: no condition, no "but".

# Company voice, formal. Email, chat, phone.
apologize-sincere = გულწრფელ ბოდიშს გიხდით.

# Company voice, formal. Email, chat, phone.
apologize-accept = გთხოვთ, მიიღოთ ჩვენი ბოდიში.

# Company voice, warm.
apologize-truly = ძალიან ვწუხვართ.

# Company voice, short: social media and chat. გიხდით fits both registers.
apologize-brief = ბოდიშს გიხდით.

# Company voice: the apology names the wait ("that we kept you waiting N days too long").
# გალოდინეთ fits both registers. Small counts are spelled out.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
apologize-wait =
    { $days_late ->
        [one] ბოდიშს გიხდით, რომ ერთი დღე ზედმეტად გალოდინეთ.
        [2] ბოდიშს გიხდით, რომ ორი დღე ზედმეტად გალოდინეთ.
        [3] ბოდიშს გიხდით, რომ სამი დღე ზედმეტად გალოდინეთ.
        [4] ბოდიშს გიხდით, რომ ოთხი დღე ზედმეტად გალოდინეთ.
        [5] ბოდიშს გიხდით, რომ ხუთი დღე ზედმეტად გალოდინეთ.
        [6] ბოდიშს გიხდით, რომ ექვსი დღე ზედმეტად გალოდინეთ.
        [7] ბოდიშს გიხდით, რომ მთელი კვირა ზედმეტად გალოდინეთ.
       *[other] ბოდიშს გიხდით, რომ { $days_late } დღე ზედმეტად გალოდინეთ.
    }

# Personal voice: the agent apologizes in their own name ("…and I want you to hear it
# from me personally").
# Variables:
#   $register (String) - formal or warm.
apologize-personal =
    { $register ->
        [warm] ბოდიშს გიხდი და მინდა, ეს ჩემგან პირადად გაიგო.
       *[formal] ბოდიშს გიხდით და მინდა, ეს ჩემგან პირადად გაიგოთ.
    }

# Personal voice, formal.
apologize-mine-formal = გთხოვთ, მიიღოთ ჩემი გულწრფელი ბოდიში.

# Personal voice, warm.
apologize-mine-warm = ძალიან ვწუხვარ.

# Personal voice: the apology names the wait ("I am sorry you had to wait N days longer").
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - formal or warm.
apologize-wait-mine =
    { $register ->
        [warm]
            { $days_late ->
                [one] ვწუხვარ, რომ ერთი დღე ზედმეტი ლოდინი მოგიწია.
                [2] ვწუხვარ, რომ ორი დღე ზედმეტი ლოდინი მოგიწია.
                [3] ვწუხვარ, რომ სამი დღე ზედმეტი ლოდინი მოგიწია.
                [4] ვწუხვარ, რომ ოთხი დღე ზედმეტი ლოდინი მოგიწია.
                [5] ვწუხვარ, რომ ხუთი დღე ზედმეტი ლოდინი მოგიწია.
                [6] ვწუხვარ, რომ ექვსი დღე ზედმეტი ლოდინი მოგიწია.
                [7] ვწუხვარ, რომ მთელი კვირა ზედმეტი ლოდინი მოგიწია.
               *[other] ვწუხვარ, რომ { $days_late } დღე ზედმეტი ლოდინი მოგიწია.
            }
       *[formal]
            { $days_late ->
                [one] ვწუხვარ, რომ ერთი დღე ზედმეტი ლოდინი მოგიწიათ.
                [2] ვწუხვარ, რომ ორი დღე ზედმეტი ლოდინი მოგიწიათ.
                [3] ვწუხვარ, რომ სამი დღე ზედმეტი ლოდინი მოგიწიათ.
                [4] ვწუხვარ, რომ ოთხი დღე ზედმეტი ლოდინი მოგიწიათ.
                [5] ვწუხვარ, რომ ხუთი დღე ზედმეტი ლოდინი მოგიწიათ.
                [6] ვწუხვარ, რომ ექვსი დღე ზედმეტი ლოდინი მოგიწიათ.
                [7] ვწუხვარ, რომ მთელი კვირა ზედმეტი ლოდინი მოგიწიათ.
               *[other] ვწუხვარ, რომ { $days_late } დღე ზედმეტი ლოდინი მოგიწიათ.
            }
    }

## Step: own — take responsibility; the mistake is ours.

# Company voice, formal. "The mistake was ours, and we answer for it in full." It names
# the mistake rather than pointing back with „ეს“, so it also reads right after the
# compensation (restore-value).
own-full = შეცდომა ჩვენ დავუშვით და პასუხსაც სრულად ჩვენ ვაგებთ.

# Company voice, warm. "We got it wrong, and it is for us to answer for it." (No
# „გამოსწორება“ here: thank-chance says „გამოვასწოროთ“ in the same formal letter.)
own-got-wrong = ჩვენ შევცდით და ამაზე პასუხიც ჩვენ უნდა ვაგოთ.

# Company voice. A plain "it is entirely our fault" in the warm register (ბრალი after
# ჩვენი is ownership, not an excuse).
# Variables:
#   $register (String) - formal or warm.
own-on-us =
    { $register ->
        [warm] ეს მთლიანად ჩვენი ბრალია.
       *[formal] პასუხისმგებლობა ამ შეცდომაზე მთლიანად ჩვენზეა.
    }

# Personal voice. "I am taking this on myself and will see it through to the end."
own-mine = ამ საკითხს თავად ვიბარებ და ბოლომდე მივყვები.

# Personal voice. Formal: "I answer for this mistake in full"; warm: "this mistake is on
# me, start to finish".
# Variables:
#   $register (String) - formal or warm.
own-mine-full =
    { $register ->
        [warm] ამ შეცდომაზე პასუხი ჩემზეა, თავიდან ბოლომდე.
       *[formal] ამ შეცდომაზე პასუხს სრულად მე ვაგებ.
    }

## Step: empathize — recognize what the problem cost the customer.

# Either voice. "This business took your time for nothing."
# Variables:
#   $register (String) - formal or warm.
empathize-time =
    { $register ->
        [warm] ამ ამბავმა შენი დრო ტყუილად წაიღო.
       *[formal] ამ ამბავმა თქვენი დრო ტყუილად წაიღო.
    }

# Either voice. "This is really unpleasant, and there was no need at all for you to be
# troubled with it." (Not another „არ უნდა …“: acknowledge-should-not already says it.)
# Variables:
#   $register (String) - formal or warm.
empathize-deal =
    { $register ->
        [warm] ეს მართლაც უსიამოვნო ამბავია და ამით თავის შეწუხება სულაც არ გჭირდებოდა.
       *[formal] ეს მართლაც უსიამოვნო ამბავია და ამით თავის შეწუხება სულაც არ გჭირდებოდათ.
    }

# Company voice. "We know all this has cost you time and patience."
# Variables:
#   $register (String) - formal or warm.
empathize-frustrating =
    { $register ->
        [warm] ვიცით, რომ ამ ყველაფერმა შენგან დრო და მოთმინება მოითხოვა.
       *[formal] ვიცით, რომ ამ ყველაფერმა თქვენგან დრო და მოთმინება მოითხოვა.
    }

# Personal voice, warm. "In your place I would be very angry too."
empathize-place = შენს ადგილას მეც ძალიან გავბრაზდებოდი.

# Personal voice, formal. "I see how much trouble this has caused you."
empathize-trouble = ვხედავ, რამდენი უსიამოვნება შეგიქმნათ ამ ამბავმა.

## Step: explain — the root cause, briefly, never an excuse.

# Company voice: announces the cause, then gives it.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-found = საკითხი შევისწავლეთ და მიზეზი დავადგინეთ: { $cause }

# Either voice: announces the cause, then gives it ("The cause is this:").
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-happened = მიზეზი ასეთია: { $cause }

# Personal voice: announces the cause, then gives it ("I looked into your case myself:").
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - formal or warm.
explain-checked =
    { $register ->
        [warm] შენს შემთხვევას თავად ჩავუღრმავდი: { $cause }
       *[formal] თქვენს შემთხვევას თავად ჩავუღრმავდი: { $cause }
    }

# Either voice: the cause on its own.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-cause = { $cause }

## Step: fix — what has been done to put it right.

# Company voice: announces the fix, then gives it ("Here is what we have done:").
# Variables:
#   $fix (String) - What has already been done, whole sentences.
fix-done = აი, რა გავაკეთეთ: { $fix }

# Either voice: the fix on its own.
# Variables:
#   $fix (String) - What has already been done, whole sentences.
fix-fact = { $fix }

# Personal voice: announces the fix, then gives it. Formal: "I took resolving this on
# myself:"; warm: "I saw to it myself:".
# Variables:
#   $fix (String) - What has already been done, whole sentences.
#   $register (String) - formal or warm.
fix-mine =
    { $register ->
        [warm] ამას თავად მივხედე: { $fix }
       *[formal] ამის მოგვარება თავად ვიკისრე: { $fix }
    }

# Company voice, when the fix is not done yet: a concrete rhythm, not "we will keep you
# posted". გაცნობებთ fits both registers.
fix-working = ამის მოგვარებაზე ამ წუთას ვმუშაობთ და ყოველ სამუშაო დღეს გაცნობებთ, რა ეტაპზე ვართ.

# Company voice, when the fix is not done yet. Formal მოგახსენებთ ("we will report"),
# warm გეტყვით ("we will tell you").
# Variables:
#   $register (String) - formal or warm.
fix-working-team =
    { $register ->
        [warm] ჩვენი გუნდი ამ საქმეს უკვე აგვარებს და, სანამ ბოლომდე არ მივიყვანთ, ყოველ სამუშაო დღეს გეტყვით, როგორ მიდის საქმე.
       *[formal] ჩვენი გუნდი ამ საქმეს უკვე აგვარებს და, სანამ ბოლომდე არ მივიყვანთ, ყოველ სამუშაო დღეს მოგახსენებთ, როგორ მიმდინარეობს საქმე.
    }

# Personal voice, when the fix is not done yet.
# Variables:
#   $register (String) - formal or warm.
fix-working-mine =
    { $register ->
        [warm] ამაზე ახლა მე ვმუშაობ და, სანამ არ მოგვარდება, ყოველ სამუშაო დღეს გაცნობებ, რა ეტაპზეა.
       *[formal] ამაზე ახლა მე ვმუშაობ და, სანამ არ მოგვარდება, ყოველ სამუშაო დღეს გაცნობებთ, რა ეტაპზეა.
    }

# Personal voice, when the fix is not done yet. "I have already set to work, and until I
# finish, every working day I will tell you how it is moving forward."
# Variables:
#   $register (String) - formal or warm.
fix-working-mine-now =
    { $register ->
        [warm] საქმეს უკვე შევუდექი და, სანამ არ დავასრულებ, ყოველ სამუშაო დღეს გეტყვი, როგორ მიიწევს წინ.
       *[formal] საქმეს უკვე შევუდექი და, სანამ არ დავასრულებ, ყოველ სამუშაო დღეს გეტყვით, როგორ მიიწევს წინ.
    }

## Step: prevent — what changes so that it does not happen again.

# Company voice: announces the change, then gives it ("We have also changed the process
# so that this does not happen again:"). Same in both registers.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-changed = ამასთან, პროცესი ისე შევცვალეთ, რომ ეს აღარ განმეორდეს: { $prevention }

# Either voice: announces the change, then gives it ("Measures have been taken so that
# nothing like this happens again:"). The passive is about the remedy, not the mistake.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-again = მსგავსი შემთხვევის თავიდან ასაცილებლად ზომები მიღებულია: { $prevention }

# Personal voice: announces the change, then gives it ("I have also seen to it that this
# does not happen again:").
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-mine = ასევე ვიზრუნე, რომ ეს აღარ განმეორდეს: { $prevention }

# Either voice: the change on its own.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-fact = { $prevention }

## Step: restore — make it right with something the customer values.
## The amount is nominative ("15 ლარი"): it is always the object of an aorist verb or
## the subject of its sentence.

# Company voice. დაგიბრუნეთ fits both registers.
# Variables:
#   $compensation_amount (Number) - The refund, formatted as money in the customer's currency, e.g. "15 ლარი".
restore-refund = ამის საკომპენსაციოდ { $compensation_amount } დაგიბრუნეთ.

# Company voice. "As compensation we have credited <amount> to your account."
# Variables:
#   $compensation_amount (Number) - The credit, formatted as money.
#   $register (String) - formal or warm.
restore-credit =
    { $register ->
        [warm] კომპენსაციის სახით შენს ანგარიშზე { $compensation_amount } ჩაგირიცხეთ.
       *[formal] კომპენსაციის სახით თქვენს ანგარიშზე { $compensation_amount } ჩაგირიცხეთ.
    }

# Personal voice. "As compensation I have returned <amount> to you."
# Variables:
#   $compensation_amount (Number) - The refund, formatted as money.
#   $register (String) - formal or warm.
restore-refund-mine =
    { $register ->
        [warm] კომპენსაციის სახით { $compensation_amount } დაგიბრუნე.
       *[formal] კომპენსაციის სახით { $compensation_amount } დაგიბრუნეთ.
    }

# Personal voice. "To make up for this I have added <amount> to your account."
# Variables:
#   $compensation_amount (Number) - The credit, formatted as money.
#   $register (String) - formal or warm.
restore-credit-mine =
    { $register ->
        [warm] ამის საკომპენსაციოდ შენს ანგარიშს { $compensation_amount } დავამატე.
       *[formal] ამის საკომპენსაციოდ თქვენს ანგარიშს { $compensation_amount } დავამატე.
    }

# Either voice. "To make up for this, <amount> is already on its way to you."
# Variables:
#   $compensation_amount (Number) - The refund, formatted as money.
restore-refund-on-way = ამის საკომპენსაციოდ { $compensation_amount } უკვე გზაშია.

# Company voice. "To make up for this we will serve you free of charge for the next N
# months." გაგიწევთ fits both registers. Small counts are spelled out.
# Variables:
#   $free_months (Number) - Months of service offered free of charge, e.g. 2.
restore-months =
    { $free_months ->
        [one] ამის საკომპენსაციოდ მომდევნო თვის მომსახურებას უფასოდ გაგიწევთ.
        [2] ამის საკომპენსაციოდ მომდევნო ორი თვის მომსახურებას უფასოდ გაგიწევთ.
        [3] ამის საკომპენსაციოდ მომდევნო სამი თვის მომსახურებას უფასოდ გაგიწევთ.
        [4] ამის საკომპენსაციოდ მომდევნო ოთხი თვის მომსახურებას უფასოდ გაგიწევთ.
        [6] ამის საკომპენსაციოდ მომდევნო ექვსი თვის მომსახურებას უფასოდ გაგიწევთ.
        [12] ამის საკომპენსაციოდ მომდევნო თორმეტი თვის მომსახურებას უფასოდ გაგიწევთ.
       *[other] ამის საკომპენსაციოდ მომდევნო { $free_months } თვის მომსახურებას უფასოდ გაგიწევთ.
    }

# Personal voice. "I have added N months of free service to your account."
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - formal or warm.
restore-months-mine =
    { $register ->
        [warm]
            { $free_months ->
                [one] კომპენსაციის სახით შენს ანგარიშს ერთი თვის უფასო მომსახურება დავამატე.
                [2] კომპენსაციის სახით შენს ანგარიშს ორი თვის უფასო მომსახურება დავამატე.
                [3] კომპენსაციის სახით შენს ანგარიშს სამი თვის უფასო მომსახურება დავამატე.
                [4] კომპენსაციის სახით შენს ანგარიშს ოთხი თვის უფასო მომსახურება დავამატე.
                [6] კომპენსაციის სახით შენს ანგარიშს ექვსი თვის უფასო მომსახურება დავამატე.
                [12] კომპენსაციის სახით შენს ანგარიშს თორმეტი თვის უფასო მომსახურება დავამატე.
               *[other] კომპენსაციის სახით შენს ანგარიშს { $free_months } თვის უფასო მომსახურება დავამატე.
            }
       *[formal]
            { $free_months ->
                [one] კომპენსაციის სახით თქვენს ანგარიშს ერთი თვის უფასო მომსახურება დავამატე.
                [2] კომპენსაციის სახით თქვენს ანგარიშს ორი თვის უფასო მომსახურება დავამატე.
                [3] კომპენსაციის სახით თქვენს ანგარიშს სამი თვის უფასო მომსახურება დავამატე.
                [4] კომპენსაციის სახით თქვენს ანგარიშს ოთხი თვის უფასო მომსახურება დავამატე.
                [6] კომპენსაციის სახით თქვენს ანგარიშს ექვსი თვის უფასო მომსახურება დავამატე.
                [12] კომპენსაციის სახით თქვენს ანგარიშს თორმეტი თვის უფასო მომსახურება დავამატე.
               *[other] კომპენსაციის სახით თქვენს ანგარიშს { $free_months } თვის უფასო მომსახურება დავამატე.
            }
    }

# Either voice. "To make up for this, the next N months of service are free."
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
restore-months-free =
    { $free_months ->
        [one] ამის საკომპენსაციოდ მომდევნო თვის მომსახურება უფასოა.
        [2] ამის საკომპენსაციოდ მომდევნო ორი თვის მომსახურება უფასოა.
        [3] ამის საკომპენსაციოდ მომდევნო სამი თვის მომსახურება უფასოა.
        [4] ამის საკომპენსაციოდ მომდევნო ოთხი თვის მომსახურება უფასოა.
        [6] ამის საკომპენსაციოდ მომდევნო ექვსი თვის მომსახურება უფასოა.
        [12] ამის საკომპენსაციოდ მომდევნო თორმეტი თვის მომსახურება უფასოა.
       *[other] ამის საკომპენსაციოდ მომდევნო { $free_months } თვის მომსახურება უფასოა.
    }

## Step: next-steps — when the customer hears from us next.
## "18 დეკემბრამდე" (month: "until") = by 18 December; "18 დეკემბრის ჩათვლით"
## (month: "genitive") = up to and including 18 December. Both are said as written.

# Company voice. "By <date> we will contact you again to make sure everything is in
# order." დაგიკავშირდებით fits both registers.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
next-steps-date = { DATE($follow_up_date, skeleton: "MMMMd", month: "until") } კიდევ ერთხელ დაგიკავშირდებით, რომ დავრწმუნდეთ, ყველაფერი რიგზეა.

# Company voice. "By <date> inclusive we will certainly get back to you."
# გამოგეხმაურებით fits both registers; it fits a fix that is done and one that is not.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
next-steps-date-update = { DATE($follow_up_date, skeleton: "MMMMd", month: "genitive") } ჩათვლით აუცილებლად გამოგეხმაურებით.

# Personal voice. "By <date> I will contact you personally and check that everything is
# in order."
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - formal or warm.
next-steps-date-mine =
    { $register ->
        [warm] { DATE($follow_up_date, skeleton: "MMMMd", month: "until") } პირადად დაგიკავშირდები და გადავამოწმებ, ყველაფერი რიგზეა თუ არა.
       *[formal] { DATE($follow_up_date, skeleton: "MMMMd", month: "until") } პირადად დაგიკავშირდებით და გადავამოწმებ, ყველაფერი რიგზეა თუ არა.
    }

# Personal voice. "By <date> inclusive I will get back to you once more." (No თავად: own-mine
# and fix-mine already say "myself".)
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - formal or warm.
next-steps-date-mine-call =
    { $register ->
        [warm] { DATE($follow_up_date, skeleton: "MMMMd", month: "genitive") } ჩათვლით კიდევ ერთხელ გამოგეხმაურები.
       *[formal] { DATE($follow_up_date, skeleton: "MMMMd", month: "genitive") } ჩათვლით კიდევ ერთხელ გამოგეხმაურებით.
    }

# Company voice, no date yet, fix not done yet. "As soon as we have eliminated the problem,
# we will contact you straight away." დაგიკავშირდებით fits both registers.
next-steps-when-fixed = პრობლემას როგორც კი აღმოვფხვრით, მაშინვე დაგიკავშირდებით.

# Personal voice, no date yet, fix not done yet.
# Variables:
#   $register (String) - formal or warm.
next-steps-when-fixed-mine =
    { $register ->
        [warm] პრობლემას როგორც კი აღმოვფხვრი, მაშინვე დაგიკავშირდები.
       *[formal] პრობლემას როგორც კი აღმოვფხვრი, მაშინვე დაგიკავშირდებით.
    }

## Step: invite — invite questions, or move a public thread to a private channel.

# Company voice; email and chat. "If questions come up, just reply to this message."
# Variables:
#   $register (String) - formal or warm.
invite-reply =
    { $register ->
        [warm] კითხვები თუ გაგიჩნდება, უბრალოდ უპასუხე ამ შეტყობინებას.
       *[formal] კითხვები თუ გაგიჩნდებათ, უბრალოდ უპასუხეთ ამ შეტყობინებას.
    }

# Personal voice; email and chat. "If something is not fully clear, tell me and I will
# explain it in detail."
# Variables:
#   $register (String) - formal or warm.
invite-questions =
    { $register ->
        [warm] რამე თუ ბოლომდე გასაგები არ არის, მითხარი და დაწვრილებით აგიხსნი.
       *[formal] რამე თუ ბოლომდე გასაგები არ არის, მითხარით და დაწვრილებით აგიხსნით.
    }

# Either voice; email and chat: a direct line for a conversation ("If you would rather
# talk it over, contact a consultant:"). No verb of writing: the contact may be a
# phone number. Keep $contact at the end.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - formal or warm.
invite-reach =
    { $register ->
        [warm] ამაზე საუბარი თუ გირჩევნია, დაუკავშირდი კონსულტანტს: { $contact }.
       *[formal] ამაზე საუბარი თუ გირჩევნიათ, დაუკავშირდით კონსულტანტს: { $contact }.
    }

# Social media, either voice: move a public thread to a one-on-one conversation ("To sort
# this out one-on-one, contact a consultant:"). No verb of writing: the
# contact may be a phone number. Keep $contact at the end.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - formal or warm.
invite-private =
    { $register ->
        [warm] ამის ინდივიდუალურად მოსაგვარებლად დაუკავშირდი კონსულტანტს: { $contact }.
       *[formal] ამის ინდივიდუალურად მოსაგვარებლად დაუკავშირდით კონსულტანტს: { $contact }.
    }

# Social media, company voice: ask for a direct message.
# Variables:
#   $register (String) - formal or warm.
invite-direct-message =
    { $register ->
        [warm] მოგვწერე პირად შეტყობინებაში და საკითხს დეტალურად შევისწავლით.
       *[formal] გთხოვთ, მოგვწეროთ პირად შეტყობინებაში, რომ საკითხი დეტალურად შევისწავლოთ.
    }

# Social media, personal voice: ask for a direct message.
# Variables:
#   $register (String) - formal or warm.
invite-direct-message-mine =
    { $register ->
        [warm] მომწერე პირად შეტყობინებაში და საქმის დეტალებს გავარკვევ.
       *[formal] გთხოვთ, მომწეროთ პირად შეტყობინებაში, რომ საქმის დეტალები გავარკვიო.
    }

# Phone script, either voice: "Do you have any questions about this?"
# Variables:
#   $register (String) - formal or warm.
invite-phone-questions =
    { $register ->
        [warm] ამასთან დაკავშირებით რამე კითხვა ხომ არ გაქვს?
       *[formal] ამასთან დაკავშირებით რაიმე კითხვა ხომ არ გაქვთ?
    }

# Phone script, company voice; only after something was done. დაგეხმაროთ fits both
# registers ("we" helping "you").
invite-anything-else = კიდევ რით შეგვიძლია დაგეხმაროთ?

# Phone script, personal voice; only after something was done.
# Variables:
#   $register (String) - formal or warm.
invite-anything-else-mine =
    { $register ->
        [warm] კიდევ რით შემიძლია დაგეხმარო?
       *[formal] კიდევ რით შემიძლია დაგეხმაროთ?
    }

## Step: thank — for telling us.

# Company voice.
# Variables:
#   $register (String) - formal or warm.
thank-telling =
    { $register ->
        [warm] მადლობა, რომ ამის შესახებ გვაცნობე.
       *[formal] გმადლობთ, რომ ამის შესახებ გვაცნობეთ.
    }

# Company voice. "Thank you for giving us the chance to put this right."
# Variables:
#   $register (String) - formal or warm.
thank-chance =
    { $register ->
        [warm] მადლობა, რომ საშუალება მოგვეცი, ეს გამოვასწოროთ.
       *[formal] გმადლობთ, რომ საშუალება მოგვეცით, ეს გამოვასწოროთ.
    }

# Company voice, formal; email and phone. "Thank you for finding the time to bring this
# to us."
thank-time = გმადლობთ, რომ დრო გამონახეთ და ეს ჩვენამდე მოიტანეთ.

# Company voice; chat.
# Variables:
#   $register (String) - formal or warm.
thank-short =
    { $register ->
        [warm] მადლობა, რომ შეგვატყობინე.
       *[formal] გმადლობთ, რომ შეგვატყობინეთ.
    }

# Either voice.
# Variables:
#   $register (String) - formal or warm.
thank-patience =
    { $register ->
        [warm] მადლობა მოთმინებისთვის.
       *[formal] გმადლობთ მოთმინებისთვის.
    }

# Personal voice. "Thank you for giving me the chance to make this right."
# Variables:
#   $register (String) - formal or warm.
thank-mine =
    { $register ->
        [warm] მადლობა, რომ საშუალება მომეცი, ეს გამოვასწორო.
       *[formal] გმადლობთ, რომ საშუალება მომეცით, ეს გამოვასწორო.
    }

# Personal voice. "Thank you for bringing this to me."
# Variables:
#   $register (String) - formal or warm.
thank-mine-telling =
    { $register ->
        [warm] მადლობა, რომ ეს ჩემამდე მოიტანე.
       *[formal] გმადლობთ, რომ ეს ჩემამდე მოიტანეთ.
    }

## Step: close — optimism about the relationship.

# Company voice. "We want to win back your trust."
# Variables:
#   $register (String) - formal or warm.
close-trust =
    { $register ->
        [warm] გვინდა, შენი ნდობა დავიბრუნოთ.
       *[formal] გვინდა, თქვენი ნდობა დავიბრუნოთ.
    }

# Company voice, warm. "Next time we will do everything the way we should have done it
# from the start."
close-next-time = შემდეგ ჯერზე ყველაფერს ისე გავაკეთებთ, როგორც თავიდანვე უნდა გაგვეკეთებინა.

# Company voice, formal letter. "We hope to regain your goodwill." (no vague promise
# of "constant work" after it)
close-relationship = ვიმედოვნებთ, რომ თქვენს კეთილგანწყობას დავიბრუნებთ.

# Personal voice. "I hope to serve you better next time."
# Variables:
#   $register (String) - formal or warm.
close-mine =
    { $register ->
        [warm] იმედი მაქვს, შემდეგ ჯერზე უკეთ მოგემსახურები.
       *[formal] იმედი მაქვს, შემდეგ ჯერზე უკეთ მოგემსახურებით.
    }

# Personal voice. "I want to win back your trust."
# Variables:
#   $register (String) - formal or warm.
close-mine-trust =
    { $register ->
        [warm] მინდა, შენი ნდობა დავიბრუნო.
       *[formal] მინდა, თქვენი ნდობა დავიბრუნო.
    }

## Step: sign-off — the closing formula and who is writing.

# Email, with the agent's name and the company. Formal პატივისცემით; a letter in შენ
# closes with საუკეთესო სურვილებით instead.
# Variables:
#   $agent_name (String) - The agent's first name.
#   $company (String) - The company's name.
#   $register (String) - formal or warm.
sign-off-regards =
    { $register ->
        [warm]
            საუკეთესო სურვილებით,
            { $agent_name }
            { $company }
       *[formal]
            პატივისცემით,
            { $agent_name }
            { $company }
    }

# Email, with the agent's name.
# Variables:
#   $agent_name (String) - The agent's first name.
#   $register (String) - formal or warm.
sign-off-regards-name =
    { $register ->
        [warm]
            საუკეთესო სურვილებით,
            { $agent_name }
       *[formal]
            პატივისცემით,
            { $agent_name }
    }

# Warm register; email and chat. "Cordially,"
# Variables:
#   $agent_name (String) - The agent's first name.
sign-off-warm =
    გულითადად,
    { $agent_name }

# Company voice only; email, when we know no names.
# Variables:
#   $register (String) - formal or warm.
sign-off-team =
    { $register ->
        [warm]
            საუკეთესო სურვილებით,
            მომხმარებელთა მხარდაჭერის გუნდი
       *[formal]
            პატივისცემით,
            მომხმარებელთა მხარდაჭერის გუნდი
    }

# Company voice only; email, chat, social: the named company's support team. The company
# name stands before a comma, so it is never inflected.
# Variables:
#   $company (String) - The company's name.
sign-off-team-company = — { $company }, მხარდაჭერის გუნდი

# Chat and social media signature.
# Variables:
#   $agent_name (String) - The agent's first name.
sign-off-initials = — { $agent_name }

# Phone script. "Thank you for the conversation. Goodbye!"
# Variables:
#   $register (String) - formal or warm.
sign-off-phone =
    { $register ->
        [warm] მადლობა საუბრისთვის. ნახვამდის!
       *[formal] გმადლობთ საუბრისთვის. ნახვამდის!
    }

# Phone script. "Goodbye, take care!"
# Variables:
#   $register (String) - formal or warm.
sign-off-phone-bye =
    { $register ->
        [warm] ნახვამდის, კარგად იყავი!
       *[formal] ნახვამდის, კარგად ბრძანდებოდეთ!
    }

## Blanks — labels a helpdesk macro shows where the agent must write the facts.
## A macro (Zendesk, Freshdesk, Help Scout, Intercom, Gorgias, Front, CSV) is written
## before the incident happens, so it cannot know what went wrong. `phrasebank macros`
## puts these labels where the facts go; the agent replaces each one before sending.
## Write them the way a support lead labels a template: short, unmistakably unfinished,
## in square brackets, no full stop, no variables.

# The customer's first name ("the client's first name"), where the helpdesk has no name on file.
blank-customer-name = [კლიენტის სახელი]

# The agent's own name ("your name", formal თქვენი: the label speaks to the agent).
blank-agent-name = [თქვენი სახელი]

# Stands for $issue ("what went wrong").
blank-issue = [რა პრობლემა შეიქმნა]

# Stands for $cause ("why it happened").
blank-cause = [რატომ მოხდა]

# Stands for $fix ("what has been done to correct it").
blank-fix = [რა გაკეთდა გამოსასწორებლად]

# Stands for $prevention ("what changes so that it does not happen again").
blank-prevention = [რა იცვლება, რომ აღარ განმეორდეს]

# Stands for $compensation_amount inside the refund or credit sentence ("amount and
# currency"); it stands where the amount is nominative ("… [თანხა და ვალუტა] დაგიბრუნეთ").
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
