### phrasebank locale: Georgian (ქართული), Mkhedruli script, never upper-cased.
### Written as a support lead in Tbilisi writes today: plain, warm or formal as the
### register asks, no bureaucratic chains, no calques of English service formulas
### („პასუხს ვაგებ“, „სულაც არ გჭირდებოდა“, „ნდობის დაბრუნება“, „მადლობა მოთმინებისთვის“).
###
### Address and register
### - Formal register = თქვენ (verbs with -თ: გაიგოთ, მითხარით, გაქვთ), warm register = შენ
###   (გაიგო, მითხარი, გაქვს; მადლობა instead of გმადლობთ). A company ("we") verb that speaks
###   to "you" has one form for both registers (ბოდიშს გიხდით, გაცნობებთ, დაგიკავშირდებით):
###   the -თ marks the plural subject. Those messages have no $register select.
### - Thanks: გმადლობთ in the formal register, მადლობა in the warm one. A letter thanks once:
###   the echo rule sees გმადლობთ / მადლობა as one word once the person prefix is stripped.
### - Greetings: a formal e-mail opens with მოგესალმებით, a chat or a public reply with
###   გამარჯობა; a call with გამარჯობათ (formal) or გამარჯობა (warm).
### - $channel is used only where a written and a spoken or a chat form differ: „ამ წერილს
###   უპასუხე“ in an e-mail but „აქვე მოგვწერე“ in a chat; no „გულითადად,“ in a chat window.
###
### Voices
### - Messages the catalog gives to both voices have no first-person word: no მე/ჩვენ/ჩემი/
###   ჩვენი and no verb with an unambiguous first-person marker (ვ-, მ-, გვ-). Forms such as
###   მოგესალმებით or გიხდით are both "we → you" and "I → you (formal)": a message of both
###   voices uses one only where both readings are right (მოგესალმებით in a formal e-mail
###   greeting); letter.yaml lists neither reading under `person`.
### - On the phone one person speaks: the greeting (catalog `self_introduction`) is in the
###   first person singular in either voice — the agent asks for the customer, says who they
###   are and where from, and why they call, once: „გამარჯობათ, ქალბატონ ნინოს ვესაუბრები?
###   გიორგი ვარ, „ყავის ოსტატი“. თქვენი მიმართვის გამო გირეკავთ.“
### - The personal voice owns the RESOLUTION, never the error and never the team's work: no
###   „პასუხს ვაგებ“ / „პასუხი ჩემზეა“ (liability), no „თავად მივხედე:“ before a fact that
###   others did. The lead-in before the fix says what the agent really did: checked it.
### - პირადად means "personally" (პირადად ჩემი მხრიდან), never "privately": a move to a
###   private channel says პირადში / პირად საუბარში (social only). თავად, პირადად and
###   ბოლომდე are content words, so an "I" letter says each of them once.
###
### Names (facts are first names, as the customer signs them, nominative)
### - address.yaml beside this file gives the composer each name's form of direct address
###   (ლევანი → ლევან, თამარი → თამარ; ნინო, გიორგი unchanged), and the composer puts that
###   form into EVERY message that quotes $customer_name. A name address.yaml does not cover
###   is left out and a greeting without the name is used: never a wrongly inflected name.
### - That form is the bare stem, so it is also the base of the dative: the phone greeting
###   asks „ბატონ ლევანს ვესაუბრები?“ / „ნინოს ვესაუბრები?“ by writing { $customer_name }ს
###   (stem + ს is the dative of every name address.yaml gives: ლევანს, თამარს, გიორგის,
###   ნინოს, ანას). The honorific before a dative name is ქალბატონ / ბატონ. Nowhere else is a
###   name inflected: elsewhere it is addressed (ქალბატონო ნინო, / ნინო, გამარჯობა!).
### - With an unknown gender the honorific cannot be chosen: the formal e-mail greeting is
###   ძვირფასო ნინო, and the other formal greetings use the name alone.
### - $agent_name is nominative: the subject of ვარ („გიორგი ვარ“) or a signature line.
### - $company is never inflected: it stands in the nominative on a signature line, before
###   a comma, as the tag after the agent's name on the phone („გიორგი ვარ, „ყავის ოსტატი“.“)
###   or as the subject of the call formula („„ყავის ოსტატი“ გაწუხებთ“). An ablative
###   („…დან“) cannot be formed from a typed name: კინოთეკა → კინოთეკიდან, Wolt → Wolt-იდან.
###
### Facts
### - $issue, $cause, $fix, $prevention are whole sentences: at a sentence boundary or after
###   a colon, never inside a sentence.
### - Money prints as formats.yaml says: "15 ლარი", "12,50 ლარი", "1500 ლარი", "50 დოლარი".
###   The currency word is nominative, so the amount stands only where the nominative is
###   right: the subject (კომპენსაციის სახით 15 ლარი გეკუთვნის), the object of an aorist
###   optative (…რომ 15 ლარი მიიღოთ) or of an aorist (15 ლარი დაგიმტკიცე). Never დაგიბრუნეთ
###   ("we returned"), ჩაგირიცხეთ ("credited") or გზაშია ("on its way"): the compensation is
###   goodwill on top of the fix, and the letter gives its amount, not how it is paid.
### - Dates: one construction for every promise, DATE(..., skeleton: "MMMMd", month:
###   "genitive") + ჩათვლით: "18 დეკემბრის ჩათვლით" ("by 18 December, inclusive"). Never
###   "-მდე", which can be read as "before the 18th". Read aloud on the phone as written.
### - Counts: CLDR one/other; small numbers are spelled out ([2] ორი …, [7] მთელი კვირა);
###   a numeral takes the singular noun (სამი დღე, ორი უფასო თვე).
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

# Neutral opening with the first name. Formal register; email, chat, social. An e-mail
# opens with მოგესალმებით ("greetings to you"), a chat or a public reply with გამარჯობა.
# Variables:
#   $customer_name (String) - The customer's first name as spoken to them (address.yaml).
#   $customer_gender (String) - feminine, masculine or unknown.
#   $channel (String) - email, chat or social.
greeting-hello-name =
    { $channel ->
        [email]
            { $customer_gender ->
                [feminine] მოგესალმებით, ქალბატონო { $customer_name }!
                [masculine] მოგესალმებით, ბატონო { $customer_name }!
               *[unknown] მოგესალმებით, { $customer_name }!
            }
       *[chat]
            { $customer_gender ->
                [feminine] გამარჯობა, ქალბატონო { $customer_name }!
                [masculine] გამარჯობა, ბატონო { $customer_name }!
               *[unknown] გამარჯობა, { $customer_name }!
            }
    }

# Friendly opening with the first name, the name first. Warm register; email, chat, social.
# Variables:
#   $customer_name (String) - The customer's first name as spoken to them (address.yaml).
greeting-hi-name = { $customer_name }, გამარჯობა!

# Opening when we do not know the name. Email, chat, social. A formal e-mail says
# მოგესალმებით.
# Variables:
#   $register (String) - formal or warm.
#   $channel (String) - email, chat or social.
greeting-hello =
    { $register ->
        [warm] გამარჯობა!
       *[formal]
            { $channel ->
                [email] მოგესალმებით!
               *[chat] გამარჯობა!
            }
    }

# Friendly opening without a name. Warm register; chat and social.
greeting-hi = სალამი!

# Phone script, outbound call: who is calling, from where and why, said once, in the
# first person. "Hello! I am Giorgi, „…“. I am calling about your request." The company
# stands as a tag after the agent's name, in the nominative, as Georgian agents say it
# on the phone („გიორგი ვარ, „ყავის ოსტატი“.“): an ablative („…დან“) cannot be formed
# from a name typed as a fact („კინოთეკა“ → კინოთეკიდან, „Wolt“ → Wolt-იდან).
# Variables:
#   $agent_name (String) - The agent's first name (nominative).
#   $company (String) - The company's name.
#   $register (String) - formal or warm.
greeting-phone =
    { $register ->
        [warm] გამარჯობა! { $agent_name } ვარ, „{ $company }“. შენი მიმართვის გამო გირეკავ.
       *[formal] გამარჯობათ! { $agent_name } ვარ, „{ $company }“. თქვენი მიმართვის გამო გირეკავთ.
    }

# Phone script: ask for the customer by first name ("Am I speaking with Mr Levan?"), then
# say who is calling, from where and why. { $customer_name }ს is the dative of the name
# (its address form + ს: ლევანს, ნინოს, გიორგის); the honorific before it is ბატონ / ქალბატონ.
# Variables:
#   $customer_name (String) - The customer's first name as spoken to them, e.g. "ლევან", "ნინო".
#   $agent_name (String) - The agent's first name.
#   $company (String) - The company's name.
#   $customer_gender (String) - feminine, masculine or unknown.
#   $register (String) - formal or warm.
greeting-phone-name =
    { $register ->
        [warm] გამარჯობა, { $customer_name }ს ვესაუბრები? { $agent_name } ვარ, „{ $company }“. შენი მიმართვის გამო გირეკავ.
       *[formal]
            { $customer_gender ->
                [feminine] გამარჯობათ, ქალბატონ { $customer_name }ს ვესაუბრები? { $agent_name } ვარ, „{ $company }“. თქვენი მიმართვის გამო გირეკავთ.
                [masculine] გამარჯობათ, ბატონ { $customer_name }ს ვესაუბრები? { $agent_name } ვარ, „{ $company }“. თქვენი მიმართვის გამო გირეკავთ.
               *[unknown] გამარჯობათ, { $customer_name }ს ვესაუბრები? { $agent_name } ვარ, „{ $company }“. თქვენი მიმართვის გამო გირეკავთ.
            }
    }

# Phone script: ask for the customer by first name; no company name given ("I am Giorgi,
# from customer support").
# Variables:
#   $customer_name (String) - The customer's first name as spoken to them.
#   $agent_name (String) - The agent's first name.
#   $customer_gender (String) - feminine, masculine or unknown.
#   $register (String) - formal or warm.
greeting-phone-name-agent =
    { $register ->
        [warm] გამარჯობა, { $customer_name }ს ვესაუბრები? { $agent_name } ვარ, მომხმარებელთა მხარდაჭერის სამსახურიდან. შენი მიმართვის გამო გირეკავ.
       *[formal]
            { $customer_gender ->
                [feminine] გამარჯობათ, ქალბატონ { $customer_name }ს ვესაუბრები? { $agent_name } ვარ, მომხმარებელთა მხარდაჭერის სამსახურიდან. თქვენი მიმართვის გამო გირეკავთ.
                [masculine] გამარჯობათ, ბატონ { $customer_name }ს ვესაუბრები? { $agent_name } ვარ, მომხმარებელთა მხარდაჭერის სამსახურიდან. თქვენი მიმართვის გამო გირეკავთ.
               *[unknown] გამარჯობათ, { $customer_name }ს ვესაუბრები? { $agent_name } ვარ, მომხმარებელთა მხარდაჭერის სამსახურიდან. თქვენი მიმართვის გამო გირეკავთ.
            }
    }

# Phone script: ask for the customer by first name; no agent name given. The company is
# the subject, in the nominative, of the Georgian call formula გაწუხებთ ("„…“ is calling
# you", formal) / გირეკავს (warm).
# Variables:
#   $customer_name (String) - The customer's first name as spoken to them.
#   $company (String) - The company's name.
#   $customer_gender (String) - feminine, masculine or unknown.
#   $register (String) - formal or warm.
greeting-phone-name-company =
    { $register ->
        [warm] გამარჯობა, { $customer_name }ს ვესაუბრები? „{ $company }“ გირეკავს, შენი მიმართვის გამო.
       *[formal]
            { $customer_gender ->
                [feminine] გამარჯობათ, ქალბატონ { $customer_name }ს ვესაუბრები? „{ $company }“ გაწუხებთ, თქვენი მიმართვის გამო.
                [masculine] გამარჯობათ, ბატონ { $customer_name }ს ვესაუბრები? „{ $company }“ გაწუხებთ, თქვენი მიმართვის გამო.
               *[unknown] გამარჯობათ, { $customer_name }ს ვესაუბრები? „{ $company }“ გაწუხებთ, თქვენი მიმართვის გამო.
            }
    }

# Phone script, when we know the agent's name but not the company's.
# Variables:
#   $agent_name (String) - The agent's first name.
#   $register (String) - formal or warm.
greeting-phone-agent =
    { $register ->
        [warm] გამარჯობა! { $agent_name } ვარ, მომხმარებელთა მხარდაჭერის სამსახურიდან. შენი მიმართვის გამო გირეკავ.
       *[formal] გამარჯობათ! { $agent_name } ვარ, მომხმარებელთა მხარდაჭერის სამსახურიდან. თქვენი მიმართვის გამო გირეკავთ.
    }

# Phone script, when we know the company's name but not the agent's: the company is the
# subject of the call formula (see greeting-phone-name-company).
# Variables:
#   $company (String) - The company's name.
#   $register (String) - formal or warm.
greeting-phone-company =
    { $register ->
        [warm] გამარჯობა! „{ $company }“ გირეკავს, შენი მიმართვის გამო.
       *[formal] გამარჯობათ! „{ $company }“ გაწუხებთ, თქვენი მიმართვის გამო.
    }

# Phone script, when we know no names.
# Variables:
#   $register (String) - formal or warm.
greeting-phone-plain =
    { $register ->
        [warm] გამარჯობა! მომხმარებელთა მხარდაჭერის სამსახურიდან გირეკავ, შენი მიმართვის გამო.
       *[formal] გამარჯობათ! მომხმარებელთა მხარდაჭერის სამსახურიდან გირეკავთ, თქვენი მიმართვის გამო.
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
# "Let us check that we have it noted exactly: … Is that correct?"
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
## Every apology says ბოდიში: ვწუხვარ alone is regret, not an apology. In restore-value
## the apology is the last line, after the prevention: no „ამისთვის“ pointing back.

# Company voice, formal. Email, chat, phone.
apologize-sincere = გულწრფელ ბოდიშს გიხდით.

# Company voice, formal. Email, chat, phone. ("We apologize to you very much.")
apologize-accept = დიდ ბოდიშს გიხდით.

# Company voice, warm. "We are very sorry, we apologize."
apologize-truly = ძალიან ვწუხვართ, ბოდიშს გიხდით.

# Company voice, short: social media and chat. "We apologize that it turned out this way."
# გიხდით fits both registers; on a public reply „ასე“ points at the customer's own post.
apologize-brief = ბოდიშს გიხდით, რომ ასე გამოვიდა.

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

# Personal voice: the agent apologizes in their own name ("personally, on my part, I
# apologize to you").
# Variables:
#   $register (String) - formal or warm.
apologize-personal =
    { $register ->
        [warm] პირადად ჩემი მხრიდან ბოდიშს გიხდი.
       *[formal] პირადად ჩემი მხრიდან ბოდიშს გიხდით.
    }

# Personal voice, formal. "I sincerely apologize to you."
apologize-mine-formal = გულწრფელად გიხდით ბოდიშს.

# Personal voice, warm. "I am very sorry, I apologize."
apologize-mine-warm = ძალიან ვწუხვარ, ბოდიში.

# Personal voice: the apology names the wait ("sorry that you had to wait N days longer").
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - formal or warm.
apologize-wait-mine =
    { $register ->
        [warm]
            { $days_late ->
                [one] ბოდიში, რომ ერთი დღე ზედმეტი ლოდინი მოგიწია.
                [2] ბოდიში, რომ ორი დღე ზედმეტი ლოდინი მოგიწია.
                [3] ბოდიში, რომ სამი დღე ზედმეტი ლოდინი მოგიწია.
                [4] ბოდიში, რომ ოთხი დღე ზედმეტი ლოდინი მოგიწია.
                [5] ბოდიში, რომ ხუთი დღე ზედმეტი ლოდინი მოგიწია.
                [6] ბოდიში, რომ ექვსი დღე ზედმეტი ლოდინი მოგიწია.
                [7] ბოდიში, რომ მთელი კვირა ზედმეტი ლოდინი მოგიწია.
               *[other] ბოდიში, რომ { $days_late } დღე ზედმეტი ლოდინი მოგიწია.
            }
       *[formal]
            { $days_late ->
                [one] ბოდიშს გიხდით, რომ ერთი დღე ზედმეტი ლოდინი მოგიწიათ.
                [2] ბოდიშს გიხდით, რომ ორი დღე ზედმეტი ლოდინი მოგიწიათ.
                [3] ბოდიშს გიხდით, რომ სამი დღე ზედმეტი ლოდინი მოგიწიათ.
                [4] ბოდიშს გიხდით, რომ ოთხი დღე ზედმეტი ლოდინი მოგიწიათ.
                [5] ბოდიშს გიხდით, რომ ხუთი დღე ზედმეტი ლოდინი მოგიწიათ.
                [6] ბოდიშს გიხდით, რომ ექვსი დღე ზედმეტი ლოდინი მოგიწიათ.
                [7] ბოდიშს გიხდით, რომ მთელი კვირა ზედმეტი ლოდინი მოგიწიათ.
               *[other] ბოდიშს გიხდით, რომ { $days_late } დღე ზედმეტი ლოდინი მოგიწიათ.
            }
    }

## Step: own — take responsibility; the mistake is ours.
## Plain words, never liability („პასუხს ვაგებთ“). Every message names what it owns
## instead of pointing back with „ეს“: in restore-value it follows the compensation.

# Company voice, formal. "We made the mistake." One line, as the checks expect.
own-full = შეცდომა ჩვენ დავუშვით.

# Company voice, warm. "We got it wrong."
own-got-wrong = ჩვენ შევცდით.

# Company voice. "It is entirely our fault that it happened" (warm; ბრალი only after
# ჩვენი, or hedges.yaml reads it as blaming someone else) / "The mistake was entirely
# ours" (formal).
# Variables:
#   $register (String) - formal or warm.
own-on-us =
    { $register ->
        [warm] მთლიანად ჩვენი ბრალია, რომ ასე მოხდა.
       *[formal] შეცდომა მთლიანად ჩვენი იყო.
    }

# Personal voice, only while the fix is not done. "I will see to this matter myself and
# follow it through to the end."
own-mine = ამ საკითხს თავად მივხედავ და ბოლომდე მივყვები.

# Personal voice. "I have taken on resolving this matter." The agent owns putting it
# right, not the error.
own-mine-full = ამ საქმის მოგვარება მე ვიკისრე.

# Personal voice: the agent owns the resolution (not the error itself). "Now I am the one
# keeping an eye on your case." (No პირადად: apologize-personal says it.)
# Variables:
#   $register (String) - formal or warm.
own-mine-care =
    { $register ->
        [warm] შენს საკითხს ახლა მე ვადევნებ თვალს.
       *[formal] თქვენს საკითხს ახლა მე ვადევნებ თვალს.
    }

## Step: empathize — recognize what the problem cost the customer.
## Each names its subject („ამ ამბავმა“): after an "I" own line a bare „ამან“ would
## point at the agent.

# Either voice. "This business made you lose time."
# Variables:
#   $register (String) - formal or warm.
empathize-time =
    { $register ->
        [warm] ამ ამბავმა დრო დაგაკარგვინა.
       *[formal] ამ ამბავმა დრო დაგაკარგვინათ.
    }

# Either voice. Warm: "This business gave you a headache"; formal: "This business caused
# you trouble and hassle." (No ზედმეტი: apologize-wait says it.)
# Variables:
#   $register (String) - formal or warm.
empathize-deal =
    { $register ->
        [warm] ამ ამბავმა თავის ტკივილი გაგიჩინა.
       *[formal] ამ ამბავმა უსიამოვნება და დავიდარაბა შეგიქმნათ.
    }

# Company voice. "We know how many nerves and how much time this business cost you."
# Variables:
#   $register (String) - formal or warm.
empathize-frustrating =
    { $register ->
        [warm] ვიცით, რამდენი ნერვი და დრო დაგიჯდა ეს ამბავი.
       *[formal] ვიცით, რამდენი ნერვი და დრო დაგიჯდათ ეს ამბავი.
    }

# Personal voice, warm. "In your place I would be angry too."
empathize-place = შენს ადგილას მეც გავბრაზდებოდი.

# Personal voice, formal. "I know this was very unpleasant for you."
empathize-trouble = ვიცი, რომ ეს ამბავი თქვენთვის ძალიან უსიამოვნო იყო.

## Step: explain — the root cause, briefly, never an excuse.

# Company voice: announces the cause, then gives it ("We looked into it and found the cause:").
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-found = საკითხი შევისწავლეთ და მიზეზი დავადგინეთ: { $cause }

# Either voice: announces the cause, then gives it. Warm: "Here is why it happened:";
# formal: "The cause is this:".
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - formal or warm.
explain-happened =
    { $register ->
        [warm] აი, რატომ მოხდა: { $cause }
       *[formal] მიზეზი ასეთია: { $cause }
    }

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

# Company voice: announces the fix, then gives it. Warm: "Here is what we have done:";
# formal: "To put this right, we have already done the following:".
# Variables:
#   $fix (String) - What has already been done, whole sentences.
#   $register (String) - formal or warm.
fix-done =
    { $register ->
        [warm] აი, რა გავაკეთეთ: { $fix }
       *[formal] ამის გამოსასწორებლად უკვე შემდეგი გავაკეთეთ: { $fix }
    }

# Either voice: the fix on its own.
# Variables:
#   $fix (String) - What has already been done, whole sentences.
fix-fact = { $fix }

# Personal voice: announces the fix, then gives it. The agent says what they did — checked
# it — and takes no credit for the team's work. Warm: "I checked what has been done:";
# formal: "I checked which steps have been taken:".
# Variables:
#   $fix (String) - What has already been done, whole sentences.
#   $register (String) - formal or warm.
fix-mine =
    { $register ->
        [warm] გადავამოწმე, რა გაკეთდა: { $fix }
       *[formal] გადავამოწმე, რა ნაბიჯები გადაიდგა: { $fix }
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
        [warm] ჩვენი გუნდი ამაზე უკვე მუშაობს და, სანამ ბოლომდე არ მოვაგვარებთ, ყოველ სამუშაო დღეს გეტყვით, როგორ მიდის საქმე.
       *[formal] ჩვენი გუნდი ამაზე უკვე მუშაობს და, სანამ ბოლომდე არ მოვაგვარებთ, ყოველ სამუშაო დღეს მოგახსენებთ, როგორ მიმდინარეობს საქმე.
    }

# Personal voice, when the fix is not done yet.
# Variables:
#   $register (String) - formal or warm.
fix-working-mine =
    { $register ->
        [warm] ამაზე ახლა მე ვმუშაობ და, სანამ არ მოგვარდება, ყოველ სამუშაო დღეს გაცნობებ, რა ეტაპზეა.
       *[formal] ამაზე ახლა მე ვმუშაობ და, სანამ არ მოგვარდება, ყოველ სამუშაო დღეს გაცნობებთ, რა ეტაპზეა.
    }

# Personal voice, when the fix is not done yet. "I have already started putting it right,
# and until I finish, every working day I will tell you where it stands."
# Variables:
#   $register (String) - formal or warm.
fix-working-mine-now =
    { $register ->
        [warm] გამოსწორება უკვე დავიწყე და, სანამ არ დავასრულებ, ყოველ სამუშაო დღეს გეტყვი, რა ეტაპზეა.
       *[formal] გამოსწორება უკვე დავიწყე და, სანამ არ დავასრულებ, ყოველ სამუშაო დღეს გეტყვით, რა ეტაპზეა.
    }

## Step: prevent — what changes so that it does not happen again.

# Company voice: announces the change, then gives it ("We have also changed the process
# so that this does not happen again:"). Same in both registers.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-changed = ამასთან, პროცესი ისე შევცვალეთ, რომ ეს აღარ განმეორდეს: { $prevention }

# Either voice: announces the change, then gives it ("So that this does not happen again,
# this change has been made:"). Not „პროცესი შეიცვალა“: many prevention facts say
# „… შეიცვალა“ themselves.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-again = ეს რომ აღარ განმეორდეს, ასეთი ცვლილება შევიდა: { $prevention }

# Personal voice: announces the change, then gives it. The agent checked the change, the
# team made it: "I also checked what changes so that this does not happen again:".
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-mine = ასევე დავაზუსტე, რა იცვლება, რომ ეს აღარ განმეორდეს: { $prevention }

# Either voice: the change, then one sentence that says what it is for ("With this,
# nothing like it should happen again."), so that it does not read as an old routine.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-fact = { $prevention } ამით მსგავსი რამ აღარ უნდა განმეორდეს.

## Step: restore — make it right with something the customer values.
## The compensation is goodwill on top of the fix: the letter gives its amount, never how
## it is paid (no დაგიბრუნეთ "returned", ჩაგირიცხეთ "credited", გზაშია "on its way"), so
## it never reads as the refund a fix may mention. No „ამის საკომპენსაციოდ“ either: after
## the prevention „ამის“ would point at the new rule. The amount is nominative ("15 ლარი"):
## the subject (…15 ლარი გეკუთვნის), or the object of an aorist or an aorist optative
## (…15 ლარი დაგიმტკიცე, …რომ 15 ლარი მიიღო). In restore-value these messages come right
## after the issue, so none of them says "also" except restore-extra*, which the catalog
## keeps for after the fix.

# Company voice. "We want you to receive <amount> as compensation."
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money in the customer's currency, e.g. "15 ლარი".
#   $register (String) - formal or warm.
restore-refund =
    { $register ->
        [warm] გვინდა, რომ კომპენსაციის სახით { $compensation_amount } მიიღო.
       *[formal] გვინდა, რომ კომპენსაციის სახით { $compensation_amount } მიიღოთ.
    }

# Company voice. "As compensation, <amount> from us is yours."
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
restore-credit =
    { $register ->
        [warm] კომპენსაციად ჩვენგან { $compensation_amount } გეკუთვნის.
       *[formal] კომპენსაციად ჩვენგან { $compensation_amount } გეკუთვნით.
    }

# Personal voice. "I made sure that you receive <amount> as compensation."
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
restore-refund-mine =
    { $register ->
        [warm] ვიზრუნე, რომ კომპენსაციის სახით { $compensation_amount } მიიღო.
       *[formal] ვიზრუნე, რომ კომპენსაციის სახით { $compensation_amount } მიიღოთ.
    }

# Personal voice. "I have approved <amount> for you as compensation."
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
restore-credit-mine =
    { $register ->
        [warm] კომპენსაციად { $compensation_amount } დაგიმტკიცე.
       *[formal] კომპენსაციად { $compensation_amount } დაგიმტკიცეთ.
    }

# Either voice. "<amount> is given to you as compensation." (No "I", no "we".)
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
restore-refund-on-way =
    { $register ->
        [warm] კომპენსაციის სახით { $compensation_amount } გეძლევა.
       *[formal] კომპენსაციის სახით { $compensation_amount } გეძლევათ.
    }

# Company voice, after the fix: the compensation comes on top of putting things right.
# "Besides that, you are due an additional <amount> as compensation."
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
restore-extra =
    { $register ->
        [warm] გარდა ამისა, კომპენსაციის სახით დამატებით { $compensation_amount } გეკუთვნის.
       *[formal] გარდა ამისა, კომპენსაციის სახით დამატებით { $compensation_amount } გეკუთვნით.
    }

# Personal voice, after the fix: the compensation comes on top of putting things right.
# "Besides that, I made sure that you receive an additional <amount> as compensation."
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
restore-extra-mine =
    { $register ->
        [warm] გარდა ამისა, ვიზრუნე, რომ კომპენსაციის სახით დამატებით { $compensation_amount } მიიღო.
       *[formal] გარდა ამისა, ვიზრუნე, რომ კომპენსაციის სახით დამატებით { $compensation_amount } მიიღოთ.
    }

# Company voice. "As compensation, we have added N free months to your service" — it fits
# a plan that is already paid. Small counts are spelled out.
# Variables:
#   $free_months (Number) - Months of service offered free of charge, e.g. 2.
#   $register (String) - formal or warm.
restore-months =
    { $register ->
        [warm]
            { $free_months ->
                [one] კომპენსაციის სახით შენს მომსახურებას ერთი უფასო თვე დავუმატეთ.
                [2] კომპენსაციის სახით შენს მომსახურებას ორი უფასო თვე დავუმატეთ.
                [3] კომპენსაციის სახით შენს მომსახურებას სამი უფასო თვე დავუმატეთ.
                [4] კომპენსაციის სახით შენს მომსახურებას ოთხი უფასო თვე დავუმატეთ.
                [6] კომპენსაციის სახით შენს მომსახურებას ექვსი უფასო თვე დავუმატეთ.
                [12] კომპენსაციის სახით შენს მომსახურებას თორმეტი უფასო თვე დავუმატეთ.
               *[other] კომპენსაციის სახით შენს მომსახურებას { $free_months } უფასო თვე დავუმატეთ.
            }
       *[formal]
            { $free_months ->
                [one] კომპენსაციის სახით თქვენს მომსახურებას ერთი უფასო თვე დავუმატეთ.
                [2] კომპენსაციის სახით თქვენს მომსახურებას ორი უფასო თვე დავუმატეთ.
                [3] კომპენსაციის სახით თქვენს მომსახურებას სამი უფასო თვე დავუმატეთ.
                [4] კომპენსაციის სახით თქვენს მომსახურებას ოთხი უფასო თვე დავუმატეთ.
                [6] კომპენსაციის სახით თქვენს მომსახურებას ექვსი უფასო თვე დავუმატეთ.
                [12] კომპენსაციის სახით თქვენს მომსახურებას თორმეტი უფასო თვე დავუმატეთ.
               *[other] კომპენსაციის სახით თქვენს მომსახურებას { $free_months } უფასო თვე დავუმატეთ.
            }
    }

# Personal voice. "As compensation, I have added N free months to your service."
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - formal or warm.
restore-months-mine =
    { $register ->
        [warm]
            { $free_months ->
                [one] კომპენსაციის სახით შენს მომსახურებას ერთი უფასო თვე დავუმატე.
                [2] კომპენსაციის სახით შენს მომსახურებას ორი უფასო თვე დავუმატე.
                [3] კომპენსაციის სახით შენს მომსახურებას სამი უფასო თვე დავუმატე.
                [4] კომპენსაციის სახით შენს მომსახურებას ოთხი უფასო თვე დავუმატე.
                [6] კომპენსაციის სახით შენს მომსახურებას ექვსი უფასო თვე დავუმატე.
                [12] კომპენსაციის სახით შენს მომსახურებას თორმეტი უფასო თვე დავუმატე.
               *[other] კომპენსაციის სახით შენს მომსახურებას { $free_months } უფასო თვე დავუმატე.
            }
       *[formal]
            { $free_months ->
                [one] კომპენსაციის სახით თქვენს მომსახურებას ერთი უფასო თვე დავუმატე.
                [2] კომპენსაციის სახით თქვენს მომსახურებას ორი უფასო თვე დავუმატე.
                [3] კომპენსაციის სახით თქვენს მომსახურებას სამი უფასო თვე დავუმატე.
                [4] კომპენსაციის სახით თქვენს მომსახურებას ოთხი უფასო თვე დავუმატე.
                [6] კომპენსაციის სახით თქვენს მომსახურებას ექვსი უფასო თვე დავუმატე.
                [12] კომპენსაციის სახით თქვენს მომსახურებას თორმეტი უფასო თვე დავუმატე.
               *[other] კომპენსაციის სახით თქვენს მომსახურებას { $free_months } უფასო თვე დავუმატე.
            }
    }

# Either voice. "N free months have been added to your service as compensation."
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - formal or warm.
restore-months-free =
    { $register ->
        [warm]
            { $free_months ->
                [one] შენს მომსახურებას კომპენსაციის სახით ერთი უფასო თვე დაემატა.
                [2] შენს მომსახურებას კომპენსაციის სახით ორი უფასო თვე დაემატა.
                [3] შენს მომსახურებას კომპენსაციის სახით სამი უფასო თვე დაემატა.
                [4] შენს მომსახურებას კომპენსაციის სახით ოთხი უფასო თვე დაემატა.
                [6] შენს მომსახურებას კომპენსაციის სახით ექვსი უფასო თვე დაემატა.
                [12] შენს მომსახურებას კომპენსაციის სახით თორმეტი უფასო თვე დაემატა.
               *[other] შენს მომსახურებას კომპენსაციის სახით { $free_months } უფასო თვე დაემატა.
            }
       *[formal]
            { $free_months ->
                [one] თქვენს მომსახურებას კომპენსაციის სახით ერთი უფასო თვე დაემატა.
                [2] თქვენს მომსახურებას კომპენსაციის სახით ორი უფასო თვე დაემატა.
                [3] თქვენს მომსახურებას კომპენსაციის სახით სამი უფასო თვე დაემატა.
                [4] თქვენს მომსახურებას კომპენსაციის სახით ოთხი უფასო თვე დაემატა.
                [6] თქვენს მომსახურებას კომპენსაციის სახით ექვსი უფასო თვე დაემატა.
                [12] თქვენს მომსახურებას კომპენსაციის სახით თორმეტი უფასო თვე დაემატა.
               *[other] თქვენს მომსახურებას კომპენსაციის სახით { $free_months } უფასო თვე დაემატა.
            }
    }

## Step: next-steps — when the customer hears from us next.
## One construction for every date: "18 დეკემბრის ჩათვლით" (month: "genitive"), "by 18
## December, inclusive". Not "-მდე", which can be read as "before the 18th".
## next-steps-date* promise news on an open case (no fix yet); next-steps-check* only
## check that all is well after a finished fix, and never promise "news".

# Company voice, fix not done yet. "By <date> we will contact you and tell you how things
# are going." დაგიკავშირდებით, გეტყვით fit both registers.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
next-steps-date = { DATE($follow_up_date, skeleton: "MMMMd", month: "genitive") } ჩათვლით დაგიკავშირდებით და გეტყვით, როგორ მიდის საქმე.

# Company voice, fix not done yet. "By <date> we will certainly get back to you with news."
# Variables:
#   $follow_up_date (Date) - The date of our next update.
next-steps-date-update = { DATE($follow_up_date, skeleton: "MMMMd", month: "genitive") } ჩათვლით აუცილებლად გამოგეხმაურებით ახალი ინფორმაციით.

# Personal voice, fix not done yet. "By <date> I will contact you and tell you how things
# are going."
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - formal or warm.
next-steps-date-mine =
    { $register ->
        [warm] { DATE($follow_up_date, skeleton: "MMMMd", month: "genitive") } ჩათვლით დაგიკავშირდები და გეტყვი, როგორ მიდის საქმე.
       *[formal] { DATE($follow_up_date, skeleton: "MMMMd", month: "genitive") } ჩათვლით დაგიკავშირდებით და გეტყვით, როგორ მიდის საქმე.
    }

# Personal voice, fix not done yet. "By <date> I will get back to you with news."
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - formal or warm.
next-steps-date-mine-call =
    { $register ->
        [warm] { DATE($follow_up_date, skeleton: "MMMMd", month: "genitive") } ჩათვლით გამოგეხმაურები ახალი ინფორმაციით.
       *[formal] { DATE($follow_up_date, skeleton: "MMMMd", month: "genitive") } ჩათვლით გამოგეხმაურებით ახალი ინფორმაციით.
    }

# Company voice, after a finished fix: a check that all is well. "By <date> we will
# contact you once more to make sure everything is in order."
# Variables:
#   $follow_up_date (Date) - The date of our check-in.
next-steps-check = { DATE($follow_up_date, skeleton: "MMMMd", month: "genitive") } ჩათვლით კიდევ ერთხელ დაგიკავშირდებით, რომ დავრწმუნდეთ, ყველაფერი რიგზეა.

# Company voice, after a finished fix: a check that all is well. "By <date> we will get back
# to you to check that the matter has been fully resolved."
# Variables:
#   $follow_up_date (Date) - The date of our check-in.
next-steps-check-all = { DATE($follow_up_date, skeleton: "MMMMd", month: "genitive") } ჩათვლით გამოგეხმაურებით, რომ გადავამოწმოთ, საკითხი ბოლომდე მოგვარდა თუ არა.

# Personal voice, after a finished fix: a check that all is well. "By <date> I will
# contact you to make sure everything is in order."
# Variables:
#   $follow_up_date (Date) - The date of the check-in.
#   $register (String) - formal or warm.
next-steps-check-mine =
    { $register ->
        [warm] { DATE($follow_up_date, skeleton: "MMMMd", month: "genitive") } ჩათვლით დაგიკავშირდები, რომ დავრწმუნდე, ყველაფერი რიგზეა.
       *[formal] { DATE($follow_up_date, skeleton: "MMMMd", month: "genitive") } ჩათვლით დაგიკავშირდებით, რომ დავრწმუნდე, ყველაფერი რიგზეა.
    }

# Personal voice, after a finished fix: a check that all is well. "By <date> I will get back
# to you once more and find out whether anything still troubles you."
# Variables:
#   $follow_up_date (Date) - The date of the check-in.
#   $register (String) - formal or warm.
next-steps-check-mine-all =
    { $register ->
        [warm] { DATE($follow_up_date, skeleton: "MMMMd", month: "genitive") } ჩათვლით კიდევ ერთხელ გამოგეხმაურები და გავარკვევ, ხომ აღარაფერი გაწუხებს.
       *[formal] { DATE($follow_up_date, skeleton: "MMMMd", month: "genitive") } ჩათვლით კიდევ ერთხელ გამოგეხმაურებით და გავარკვევ, ხომ აღარაფერი გაწუხებთ.
    }

# Company voice, no date yet, fix not done yet. "As soon as we resolve the problem, we will
# let you know right away." შეგატყობინებთ fits both registers.
next-steps-when-fixed = როგორც კი პრობლემას მოვაგვარებთ, მაშინვე შეგატყობინებთ.

# Personal voice, no date yet, fix not done yet. "As soon as everything is put right, I
# will let you know straight away."
# Variables:
#   $register (String) - formal or warm.
next-steps-when-fixed-mine =
    { $register ->
        [warm] როგორც კი ყველაფერი გამოსწორდება, მაშინვე შეგატყობინებ.
       *[formal] როგორც კი ყველაფერი გამოსწორდება, მაშინვე შეგატყობინებთ.
    }

## Step: invite — invite questions, or move a public thread to a private channel.
## The contact line fits the channel: an e-mail "reply to this letter" or "you can reach us
## at"; a chat "write here"; a public reply "in private". A contact may be a phone number,
## so a message that quotes $contact asks to get in touch (დაგვიკავშირდი), never to write.

# Company voice; email and chat. E-mail: "If questions come up, reply to this letter";
# chat: "If you need anything else, write to us right here".
# Variables:
#   $register (String) - formal or warm.
#   $channel (String) - email or chat.
invite-reply =
    { $channel ->
        [chat]
            { $register ->
                [warm] კიდევ რამე თუ დაგჭირდება, აქვე მოგვწერე.
               *[formal] კიდევ რამე თუ დაგჭირდებათ, აქვე მოგვწერეთ.
            }
       *[email]
            { $register ->
                [warm] კითხვები თუ გაგიჩნდება, ამ წერილს უპასუხე.
               *[formal] კითხვები თუ გაგიჩნდებათ, ამ წერილს უპასუხეთ.
            }
    }

# Personal voice; email and chat. "If something is unclear, tell me and I will explain it
# in detail."
# Variables:
#   $register (String) - formal or warm.
invite-questions =
    { $register ->
        [warm] რამე თუ გაუგებარია, მითხარი და დაწვრილებით აგიხსნი.
       *[formal] რამე თუ გაუგებარია, მითხარით და დაწვრილებით აგიხსნით.
    }

# Either voice; chat: keep the conversation where it is. "If anything else comes up, just
# write here."
# Variables:
#   $register (String) - formal or warm.
invite-chat-here =
    { $register ->
        [warm] სხვა რამეც თუ დაგაინტერესებს, აქვე დაწერე.
       *[formal] სხვა შეკითხვაც თუ გაგიჩნდებათ, აქვე დაწერეთ.
    }

# Company voice; email: a direct line. "If you need anything else, contact us any time:"
# Keep $contact at the end.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - formal or warm.
invite-reach =
    { $register ->
        [warm] კიდევ რამე თუ დაგჭირდება, ნებისმიერ დროს დაგვიკავშირდი: { $contact }.
       *[formal] სხვა კითხვების შემთხვევაში შეგიძლიათ დაგვიკავშირდეთ: { $contact }.
    }

# Personal voice; email: a direct line to the agent. Keep $contact at the end.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - formal or warm.
invite-reach-mine =
    { $register ->
        [warm] კიდევ რამე თუ დაგჭირდება, პირდაპირ დამიკავშირდი: { $contact }.
       *[formal] დამატებითი კითხვების შემთხვევაში შეგიძლიათ პირდაპირ დამიკავშირდეთ: { $contact }.
    }

# Social media, company voice: move a public thread to a private conversation. "We will
# sort out the details in private — contact us:" Keep $contact at the end.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - formal or warm.
invite-private =
    { $register ->
        [warm] დეტალებს პირადში გავარკვევთ — დაგვიკავშირდი: { $contact }.
       *[formal] დეტალებს პირად საუბარში გავარკვევთ — გთხოვთ, დაგვიკავშირდეთ: { $contact }.
    }

# Social media, personal voice: move a public thread to a private conversation. "I will
# sort out the details in a private conversation — contact me:" Keep $contact at the end.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - formal or warm.
invite-private-mine =
    { $register ->
        [warm] დეტალებს პირადში გავარკვევ — დამიკავშირდი: { $contact }.
       *[formal] დეტალებს პირად საუბარში გავარკვევ — გთხოვთ, დამიკავშირდეთ: { $contact }.
    }

# Social media, company voice: ask for a direct message. "Write to us in private and we
# will sort it out there."
# Variables:
#   $register (String) - formal or warm.
invite-direct-message =
    { $register ->
        [warm] მოგვწერე პირადში და იქ ყველაფერს მოვაგვარებთ.
       *[formal] გთხოვთ, მოგვწეროთ პირად შეტყობინებაში — იქ ყველაფერს მოვაგვარებთ.
    }

# Social media, personal voice: ask for a direct message. "Write to me in private, and I
# will explain everything there in detail."
# Variables:
#   $register (String) - formal or warm.
invite-direct-message-mine =
    { $register ->
        [warm] მომწერე პირადში და იქ ყველაფერს დაწვრილებით აგიხსნი.
       *[formal] გთხოვთ, მომწეროთ პირად შეტყობინებაში — იქ ყველაფერს დაწვრილებით აგიხსნით.
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

# Either voice. "Thank you for raising this." (Not „მადლობა მოთმინებისთვის“: a cliché.)
# Variables:
#   $register (String) - formal or warm.
thank-patience =
    { $register ->
        [warm] მადლობა, რომ ეს საკითხი წამოჭერი.
       *[formal] გმადლობთ, რომ ეს საკითხი წამოჭერით.
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

## Step: close — optimism about the relationship. What a good agent says at the end, not
## "we want to win back your trust".

# Company voice. "We hope that next time we leave you with nothing but a good impression."
# დაგიტოვებთ fits both registers.
close-trust = იმედი გვაქვს, შემდეგ ჯერზე მხოლოდ კარგ შთაბეჭდილებას დაგიტოვებთ.

# Company voice, warm. "We hope to serve you better next time."
close-next-time = იმედი გვაქვს, შემდეგ ჯერზე უკეთ მოგემსახურებით.

# Company voice, formal letter. "We hope that from now on you will have only a pleasant
# experience with us."
close-relationship = ვიმედოვნებთ, რომ შემდგომში ჩვენთან მხოლოდ სასიამოვნო გამოცდილება გექნებათ.

# Personal voice. "I hope to serve you better next time."
# Variables:
#   $register (String) - formal or warm.
close-mine =
    { $register ->
        [warm] იმედი მაქვს, შემდეგ ჯერზე უკეთ მოგემსახურები.
       *[formal] იმედი მაქვს, შემდეგ ჯერზე უკეთ მოგემსახურებით.
    }

# Personal voice. "I want you to be left with nothing but a good impression next time."
# (Not ვეცდები "I will try": hedges.yaml reads it as a vague promise.)
# Variables:
#   $register (String) - formal or warm.
close-mine-trust =
    { $register ->
        [warm] მინდა, რომ შემდეგ ჯერზე მხოლოდ კარგი შთაბეჭდილება დაგრჩეს.
       *[formal] მინდა, რომ შემდეგ ჯერზე მხოლოდ კარგი შთაბეჭდილება დაგრჩეთ.
    }

## Step: sign-off — the closing formula and who is writing.
## Formal პატივისცემით, warm გულითადად (an apology does not close with "best wishes").
## A chat has no closing formula: the name alone.

# Email, with the agent's name and the company.
# Variables:
#   $agent_name (String) - The agent's first name.
#   $company (String) - The company's name.
#   $register (String) - formal or warm.
sign-off-regards =
    { $register ->
        [warm]
            გულითადად,
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
            გულითადად,
            { $agent_name }
       *[formal]
            პატივისცემით,
            { $agent_name }
    }

# Warm register; email and chat. An e-mail closes with "Cordially,"; a chat shows the name
# alone.
# Variables:
#   $agent_name (String) - The agent's first name.
#   $channel (String) - email or chat.
sign-off-warm =
    { $channel ->
        [chat] — { $agent_name }
       *[email]
            გულითადად,
            { $agent_name }
    }

# Company voice only; email, when we know no names.
# Variables:
#   $register (String) - formal or warm.
sign-off-team =
    { $register ->
        [warm]
            გულითადად,
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

# Stands for $compensation_amount inside the compensation sentence ("amount and
# currency"); it stands where the amount is nominative ("… [თანხა და ვალუტა] გეკუთვნით").
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
