### phrasebank locale: Georgian (ქართული), Mkhedruli script, never upper-cased.
### Written as a support lead in Tbilisi writes today: plain, warm or formal as the
### register asks, no bureaucratic chains, no calques of English service formulas
### („პასუხს ვაგებთ“ as the company's liability, „სულაც არ გჭირდებოდა“, „ნდობის დაბრუნება“, „საშუალება მოგვეცით,
### გამოვასწოროთ“, „სასიამოვნო გამოცდილება“, „შემდეგ ჯერზე უკეთ მოგემსახურებით“,
### „აი, რატომ მოხდა“), and no evasive apology („ბოდიშს გიხდით, რომ ასე გამოვიდა“).
###
### Address and register
### - Formal register = თქვენ (verbs with -თ: გაიგოთ, მითხარით, გაქვთ), warm register = შენ
###   (გაიგო, მითხარი, გაქვს; მადლობა instead of გმადლობთ). A company ("we") verb that speaks
###   to "you" has one form for both registers (ბოდიშს გიხდით, გაცნობებთ, დაგიკავშირდებით):
###   the -თ marks the plural subject. Those messages have no $register select.
### - Thanks: გმადლობთ in the formal register, მადლობა in the warm one. A letter thanks once:
###   the echo rule sees გმადლობთ / მადლობა as one word once the person prefix is stripped.
### - Greetings: a formal e-mail opens with მოგესალმებით, a chat or a public reply with
###   გამარჯობა; a call with გამარჯობა in both registers („გამარჯობათ“ is non-normative).
### - $channel is used only where a written and a spoken or a chat form differ: „ამ წერილს
###   უპასუხე“ in an e-mail but „აქვე მოგვწერე“ in a chat; no „გულითადად,“ in a chat window;
###   on a public reply (social) the apology says what it is for without quoting it
###   („ბოდიშს გიხდით იმისთვის, რაც მოხდა“), because the issue is not in the post.
### - $contact_kind (email, phone, handle, other) fits the line that gives $contact: an
###   e-mail address is written to („მოგვწერე მისამართზე …“), a number is called
###   („დაგვირეკე ნომერზე …“), a handle gets a message, anything else is "get in touch"
###   („დაგვიკავშირდი: …“). Only the email and handle branches say "write".
###
### Voices
### - Messages the catalog gives to both voices have no first-person word: no მე/ჩვენ/ჩემი/
###   ჩვენი and no verb with an unambiguous first-person marker (ვ-, მ-, გვ-). Forms such as
###   მოგესალმებით or გიხდით are both "we → you" and "I → you (formal)": a message of both
###   voices uses one only where both readings are right (მოგესალმებით in a formal e-mail
###   greeting); letter.yaml lists neither reading under `person`.
### - On the phone one person speaks: the greeting (catalog `self_introduction`) is in the
###   first person singular in either voice — the agent asks for the customer, says who they
###   are and where from, and why they call, once: „გამარჯობა, ქალბატონ ნინოს ვესაუბრები?
###   გიორგი გახლავართ „ყავის ოსტატი“-დან, თქვენს მიმართვასთან დაკავშირებით გირეკავთ.“ Before
###   goodbye the customer gets a last turn, asked about the customer („კიდევ რაიმე
###   შეკითხვა ხომ არ გაქვთ?“), which one agent says in either voice; not the translated
###   „სანამ საუბარს დავასრულებთ, …“ ("before we end the conversation").
### - One job per sentence. In five-steps state → apologize → empathize → own stand in a
###   row and must read as one short passage, the ownership line last, leading into the
###   cause: state is the agent's issue sentence alone, with no verdict („ასეთი რამ არ უნდა
###   შეგხვედროდა“ belongs to acknowledge, in the other playbooks: before an apology, an
###   empathy line and an ownership line it made four lines of contrition), apologize
###   says sorry once and what for, empathize names what it cost the customer („ამ ამბავმა
###   ტყუილად წაგართვა დრო და ნერვები“), own says whose mistake it was („შეცდომა ჩვენ დავუშვით“).
###   No "from us" in the acknowledgement (the own line says it), no second "personally",
###   and at most one „ეს / ამ“ besides the empathy line's „ამ ამბავმა“. One ბოდიში per
###   letter; no second regret line („გული მწყდება“ after „ვწუხვარ და ბოდიშს გიხდი“), no
###   second judgement („ასეთ შეცდომას არაფერი ამართლებს“ after „ასე არ უნდა
###   მომხდარიყო“), no „ცხადია“ about the customer's feelings. The one planned exception is
###   restore-value, where the regret opens the letter (ვწუხვართ, in own-regret*) and the
###   apology closes it as "once again" (apologize-again*), six steps apart.
### - Ownership (`own`), never the company's liability („პასუხს ვაგებთ“): the company voice
###   says whose doing it was, and only that, in more than one way („შეცდომა ჩვენ დავუშვით.“,
###   „იმედი ჩვენ გაგიცრუეთ.“, „პასუხისმგებლობა მთლიანად ჩვენზეა.“ — round-12: every line
###   hung on „შეცდომა“; never „… და იმედი გაგიცრუეთ“ added to another own line: in
###   five-steps it made a fourth sentence of contrition before any fact); the personal
###   voice, which cannot say "we", takes on the outcome
###   („საკითხის მოგვარება მე ვიკისრე“ — not „შეცდომაზე პასუხს მე ვაგებ“, "I answer for
###   the mistake", which rang false next to a cause that names the billing team and, in a
###   public post, put the blame on one agent; not the defensive
###   „პასუხისმგებლობას თავს არ ვარიდებ“, which denies an accusation nobody made) or says
###   it took the case up („შენს საკითხს პირადად მოვკიდე ხელი“, past, so true with a fix
###   done or under way — not „… მოგვარებას პირადად ვადევნებ თვალს“, a promise that looks
###   forward at nothing when the letter has said all is put right), and never
###   says the agent made the mistake („მომხდარზე პასუხისმგებლობა მთლიანად ჩემზეა“ reads as
###   "it was my fault", and the cause then names the warehouse or the billing team). It
###   never promises future work („ამის გამოსწორება ახლა ჩემზეა“): the fix may be done
###   already. The plain own-* lines follow the apology and add no regret word; the
###   own-regret* lines open restore-value, before the fix and the compensation, and say the
###   regret outright with the ownership („ძალიან ვწუხვართ — ეს მთლიანად ჩვენი ბრალია.“,
###   never ბოდიში), and the letter's last line says the apology once more in the apology's
###   own word („კიდევ ერთხელ გიხდით ბოდიშს.“, apologize-again*): regret first heard at the
###   end came too late, and a fresh apology at the end read as one that ignored the
###   regret at the start (round-11 reviews).
### - Never „იმედი გაგიცრუვდა(თ)“ ("you were disappointed") next to an apology: that is
###   sorry for the customer's feelings (hedges.yaml).
### - No two sentences in a row open with „ამ …“: the plain own-* lines never start with
###   it, so after the empathy line („ამ ამბავმა …“) the ownership does not read as a second block
###   glued on. Two "also" connectors never follow each other (no „ასევე“ / „ამასთან“ in
###   the prevention lead-in before restore-extra's „გარდა ამისა“).
### - Prevention always reads as a change: announced („მსგავსი შემთხვევა რომ აღარ განმეორდეს,
###   ახალი წესი ამოქმედდა:“, „პროცესი ისე შევცვალეთ, რომ …:“) or, when it stands without a
###   colon, after the purpose clause („მსგავსი შემთხვევა რომ აღარ განმეორდეს, …“). Not „ეს
###   რომ …“: right after a fix that ends on good news, „ეს“ pointed at it (round 31). Never the legal „ასეთი ცვლილება
###   უკვე ძალაშია“, and never the fact first with „ამით …“ after it (it read as an old
###   routine: "then why did it happen?").
### - A warm call in the company voice keeps the agent's promises free of the "we → you"
###   -თ that the ear hears as თქვენ („ჩვენგან ზარს მიიღებ“), and the last question is
###   „კიდევ ხომ არაფრით შეგვიძლია/შემიძლია დაგეხმარო(თ)?“, not the translated „სანამ
###   საუბარს დავასრულებთ, კიდევ რით …“.
### - პირადად means "personally" (პირადად ჩემი მხრიდან), never "privately": a move to a
###   private channel says პირადში / პირად შეტყობინებაში (social only). თავად, პირადად and
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
### - $company is a typed name, and Fluent cannot inflect it (კინოთეკა → კინოთეკიდან, Wolt →
###   Wolt-იდან). It stands in the nominative on a signature line or before a comma; on the
###   phone, where the agent says where they call from, it keeps its quotes and takes the
###   ablative ending after them, as Georgian writes endings on quoted and foreign names:
###   „გიორგი ვარ „ყავის ოსტატი“-დან“ — read aloud as „ყავის ოსტატიდან“. Never a bare
###   „გიორგი ვარ, „ყავის ოსტატი“.“: that is a written signature read out loud.
###
### Facts
### - $issue, $cause, $fix, $prevention are whole sentences: at a sentence boundary or after
###   a colon, never inside a sentence. A letter announces at most two of them with a
###   lead-in; the third stands alone (explain-cause, fix-fact, prevent-fact), so the bare
###   prevention gets one short sentence that says what it is for.
### - Money prints as formats.yaml says: "15 ლარი", "12,50 ლარი", "1500 ლარი", "50 დოლარი".
###   The currency word is nominative, so the amount stands only where the nominative is
###   right: the subject of a present-tense passive (კომპენსაციის სახით 15 ლარი გეძლევათ)
###   or the object of an aorist (15 ლარი დაგიმტკიცეთ), or the subject of an aorist
###   passive (15 ლარი დაგიმტკიცდა); never the object of a future (მიიღებ wants "15 ლარს"),
###   never დაგინიშნეთ (with money it reads as a fine or fee imposed). The
###   compensation is a firm, done commitment: never an entitlement (გეკუთვნით), a wish
###   (გვინდა, რომ … მიიღოთ) or a narration of the agent's effort (ვიზრუნე, რომ …), and never
###   how it is paid (დაგიბრუნეთ "returned", ჩაგირიცხეთ "credited", გზაშია "on its way"):
###   the letter gives its amount, not a payment status the facts do not give.
###   დამატებით ("additionally") never: the fix before it may not be money.
### - Free months go to a subscription (გამოწერა), never to „მომსახურება“.
### - Dates: a promise names its day, DATE(..., skeleton: "MMMMd", month: "dative"):
###   „4 დეკემბერს დაგიკავშირდებით“ ("on 4 December"). Not "-მდე", which can be read as
###   "before the 4th", and not the official „4 დეკემბრის ჩათვლით“. Read aloud as written.
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
# first person. "Hello! I am Giorgi from „…“; I am calling about your request." The
# company keeps its quotes and takes the ablative ending after them („ყავის ოსტატი“-დან,
# read aloud „ყავის ოსტატიდან“): Fluent cannot inflect a typed name. Formal გახლავართ is
# the polite "I am" Georgian agents use on the phone.
# Variables:
#   $agent_name (String) - The agent's first name (nominative).
#   $company (String) - The company's name.
#   $register (String) - formal or warm.
greeting-phone =
    { $register ->
        [warm] გამარჯობა! { $agent_name } ვარ „{ $company }“-დან, შენს მიმართვასთან დაკავშირებით გირეკავ.
       *[formal] გამარჯობა! { $agent_name } გახლავართ „{ $company }“-დან, თქვენს მიმართვასთან დაკავშირებით გირეკავთ.
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
        [warm] გამარჯობა, { $customer_name }ს ვესაუბრები? { $agent_name } ვარ „{ $company }“-დან, შენს მიმართვასთან დაკავშირებით გირეკავ.
       *[formal]
            { $customer_gender ->
                [feminine] გამარჯობა, ქალბატონ { $customer_name }ს ვესაუბრები? { $agent_name } გახლავართ „{ $company }“-დან, თქვენს მიმართვასთან დაკავშირებით გირეკავთ.
                [masculine] გამარჯობა, ბატონ { $customer_name }ს ვესაუბრები? { $agent_name } გახლავართ „{ $company }“-დან, თქვენს მიმართვასთან დაკავშირებით გირეკავთ.
               *[unknown] გამარჯობა, { $customer_name }ს ვესაუბრები? { $agent_name } გახლავართ „{ $company }“-დან, თქვენს მიმართვასთან დაკავშირებით გირეკავთ.
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
        [warm] გამარჯობა, { $customer_name }ს ვესაუბრები? { $agent_name } ვარ მომხმარებელთა მომსახურების სამსახურიდან, შენს მიმართვასთან დაკავშირებით გირეკავ.
       *[formal]
            { $customer_gender ->
                [feminine] გამარჯობა, ქალბატონ { $customer_name }ს ვესაუბრები? { $agent_name } გახლავართ მომხმარებელთა მომსახურების სამსახურიდან, თქვენს მიმართვასთან დაკავშირებით გირეკავთ.
                [masculine] გამარჯობა, ბატონ { $customer_name }ს ვესაუბრები? { $agent_name } გახლავართ მომხმარებელთა მომსახურების სამსახურიდან, თქვენს მიმართვასთან დაკავშირებით გირეკავთ.
               *[unknown] გამარჯობა, { $customer_name }ს ვესაუბრები? { $agent_name } გახლავართ მომხმარებელთა მომსახურების სამსახურიდან, თქვენს მიმართვასთან დაკავშირებით გირეკავთ.
            }
    }

# Phone script, when we know the agent's name but not the company's.
# Variables:
#   $agent_name (String) - The agent's first name.
#   $register (String) - formal or warm.
greeting-phone-agent =
    { $register ->
        [warm] გამარჯობა! { $agent_name } ვარ მომხმარებელთა მომსახურების სამსახურიდან, შენს მიმართვასთან დაკავშირებით გირეკავ.
       *[formal] გამარჯობა! { $agent_name } გახლავართ მომხმარებელთა მომსახურების სამსახურიდან, თქვენს მიმართვასთან დაკავშირებით გირეკავთ.
    }

## Step: acknowledge — show that we listened; restate what went wrong.

# Company voice; email and chat. The fact first, then our judgement of it. Warm: "you
# really did not deserve such a thing"; formal: "it really should not have been like
# this" — the plain verdict, because „ასეთ რამეს ნამდვილად არ იმსახურებდით“ is the "you
# deserved better" formula, vague („ასეთ რამეს“) and too emotional next to „ბატონო დავით“
# (round-10 review). No „ჩვენგან“ ("from us") and no „ეს“: the own line after the apology
# says whose fault it was.
# Variables:
#   $issue (String) - What went wrong, one whole sentence, e.g. "შეკვეთა #4471 სამი დღით გვიან ჩაბარდა."
#   $register (String) - formal or warm.
acknowledge-not-acceptable =
    { $register ->
        [warm] { $issue } ასეთ რამეს ნამდვილად არ იმსახურებდი.
       *[formal] { $issue } ასე ნამდვილად არ უნდა ყოფილიყო.
    }

# Either voice (no "I", no "we"); email and chat. "Such a thing should not have happened
# to you." (Not „ასე არ უნდა მომხდარიყო“: the apology right after it says „რომ ასე
# მოხდა“, and "should not have happened … sorry it happened" reads as an echo.)
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
acknowledge-should-not =
    { $register ->
        [warm] { $issue } ასეთი რამ არ უნდა შეგხვედროდა.
       *[formal] { $issue } ასეთი რამ არ უნდა შეგხვედროდათ.
    }

# Personal voice; email and chat. "… It really should not have been like this." (Not
# „შენი მიმართვა ყურადღებით წავიკითხე“, "I have read your request carefully": a stock
# phrase, a fifth sentence before any fact in five-steps, and wrong when the issue is an
# error only we know about.)
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
acknowledge-read =
    { $register ->
        [warm] { $issue } ასე ნამდვილად არ უნდა ყოფილიყო.
       *[formal] { $issue } ასე ნამდვილად არ უნდა ყოფილიყო.
    }

# Phone script, personal voice: read the problem back as a real question, the way a
# person checks their notes: "In my notes it says: … Is that right?" (Not „ჩემთან ასეა
# ჩანიშნული“: ჩანიშნული is "booked, scheduled" — an appointment — and on a call it sounded
# as if the complaint had been put in a diary (round-12 review); not the wordy „მინდა,
# დავაზუსტო, სწორად მაქვს თუ არა ჩანიშნული“.)
# Not „სწორად გავიგე“ ("did I understand you right"): the issue may be an error only we
# know about, which the customer did not tell us. (no address: both registers)
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-phone = ჩემს ჩანაწერებში ასე წერია: { $issue } სწორია?

# Phone script, company voice: read the problem back as a real question. "In our system
# it says: … Is that right?" (Not „ჩვენთან ასეა ჩანიშნული“: ჩანიშნული is "booked,
# scheduled", see acknowledge-phone; not „მოდით, გადავამოწმოთ …“, a calque of Russian
# „давайте проверим“.) Same in both registers.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-phone-we = ჩვენს სისტემაში ასე წერია: { $issue } სწორია?

# Phone script, either voice: read the problem back as a real question. "First, let me
# get the details straight: … Right?" „დავაზუსტოთ“ is the speaker with the customer
# ("let's"), which one agent says in either voice.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-phone-check = ჯერ დეტალები დავაზუსტოთ: { $issue } ხომ ასეა?

## Step: state — one sentence that says what went wrong (the fact alone).

# Variables:
#   $issue (String) - What went wrong, one whole sentence.
state-issue = { $issue }

## Step: apologize — say sorry plainly: no condition, no "but".
## Every apology says ბოდიში: ვწუხვარ alone is regret, not an apology. On a public reply
## (social) the issue is not in the post, so the apology says what it is for without
## quoting it: „იმისთვის, რაც მოხდა“ ("for what happened"). Never „რომ ასე გამოვიდა“
## ("that it turned out this way"): that is the non-apology; never „რომ ასე მოხდა“, which
## the hedge rules read as 'sorry it turned out so'.
## Two kinds. Every apology but apologize-again* is the letter's first word of regret, right
## after the issue (catalog `not_after: [own]`), so it says what it is for by itself
## („იმისთვის, რაც მოხდა“, „მომხდარისთვის“, „რომ იმედი გაგიცრუეთ“, the days of waiting) and
## never „კიდევ ერთხელ“. apologize-again* alone close restore-value (catalog `after: [own]`),
## whose own-regret line has already said „ვწუხვართ / ვნანობთ“ at the start: the last line
## is the apology said once more („კიდევ ერთხელ გიხდით ბოდიშს“, the round-11 reviewer's
## words), because a fresh apology there read as one that ignored the regret before it, and
## „ამ შეცდომისთვის“ pointed back across four sentences (round-11 review). The regret at the
## start never says ბოდიში and the apology at the end never says ვწუხვარ / ვნანობ: the echo
## rule keeps a word to one step, and the two lines are heard as one apology said twice on
## purpose, not as the same sentence twice. No apology names "the mistake" („შეცდომისთვის“): saying whose mistake it was is
## the own line's job, and „ბოდიშს გიხდით ამ შეცდომისთვის. ჩვენ შევცდით.“ said it twice
## (round-11 review). Sized for ANY incident, a late parcel as
## well as a lost booking: never „იმისთვის, რაც თავს გადაგხდა(თ)“ ("what befell you", for
## misfortunes) and never the corporate „შექმნილი უხერხულობისთვის“. Not „ყველაფრისთვის“:
## close-trust and next-steps-check say ყველაფერი, and the echo rule would drop the close.

# Company voice, formal. Email, chat, phone. "We sincerely apologize for what happened."
apologize-sincere = გულწრფელ ბოდიშს გიხდით იმისთვის, რაც მოხდა.

# Company voice, formal. Email, chat, phone. "We deeply apologize that we let you down":
# the apology says what we did to the customer, and leaves whose mistake it was to the own
# line (not „… ამ შეცდომისთვის“, "for this mistake": next to „ჩვენ შევცდით“ it said the
# same thing twice, and as restore-value's last line „ამ“ pointed back across the whole
# letter — round-11 review). (Not „… და იმ უსიამოვნებისთვის, რაც მან შეგიქმნათ“, "and for
# the inconvenience it caused you": the Georgian "sorry for any inconvenience" cliché, and
# the empathy line names the cost.) გაგიცრუეთ is "we → you" in both registers.
apologize-accept = დიდ ბოდიშს გიხდით, რომ იმედი გაგიცრუეთ.

# Company voice, warm. "We are very sorry, and we apologize for what happened."
apologize-truly = ძალიან ვწუხვართ და ბოდიშს გიხდით იმისთვის, რაც მოხდა.

# Company voice, short: social media and chat. A chat: "We apologize for what happened"
# (not „… ამ შეცდომისთვის“, "for this mistake": the warm own line „ჩვენ შევცდით.“ after it
# said the same thing again — round-11 review; and it may be restore-value's last line).
# A public reply names what for, without quoting it: "We apologize for what happened."
# გიხდით fits both registers. The chat says „მომხდარისთვის“, so it leaves explain-found's
# „გავარკვიეთ, რა მოხდა:“ free.
# Variables:
#   $channel (String) - chat or social.
apologize-brief =
    { $channel ->
        [social] ბოდიშს გიხდით იმისთვის, რაც მოხდა.
       *[chat] ბოდიშს გიხდით მომხდარისთვის.
    }

# Company voice: one apology for the whole incident that also names the wait ("We
# apologize for what happened, and also for keeping you waiting N extra days"). Round 13:
# the count comes only when the issue does not say it, so the issue may be more than a
# delay (a wrong medicine, the right one two days late), and an apology for the wait alone
# skipped the harm itself; „იმისთვისაც“ ("for that too") adds the wait to the incident, and
# still reads right when the issue is just the delay. Formal: „ბოდიშს გიხდით … გალოდინეთ“
# ("we made you wait"). Warm: „ბოდიში ჩვენი მხრიდან“ and „მოგიწია ლოდინი“ (შენ), with no
# "we → you" -თ, which next to warm lines is heard as თქვენ (see apologize-again). Not
# „ყველაფრისთვის“ (see the step note); „მომხდარისთვის“ leaves explain-found's „რა მოხდა“ free.
# Small counts are spelled out.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - "formal" or "warm": warm „ბოდიში ჩვენი მხრიდან … მოგიწია ლოდინი“ (შენ), formal „ბოდიშს გიხდით … გალოდინეთ“ (თქვენ).
apologize-wait =
    { $register ->
        [warm]
            { $days_late ->
                [one] ბოდიში ჩვენი მხრიდან მომხდარისთვის და იმისთვისაც, რომ ერთი დღე ზედმეტად მოგიწია ლოდინი.
                [2] ბოდიში ჩვენი მხრიდან მომხდარისთვის და იმისთვისაც, რომ ორი დღე ზედმეტად მოგიწია ლოდინი.
                [3] ბოდიში ჩვენი მხრიდან მომხდარისთვის და იმისთვისაც, რომ სამი დღე ზედმეტად მოგიწია ლოდინი.
                [4] ბოდიში ჩვენი მხრიდან მომხდარისთვის და იმისთვისაც, რომ ოთხი დღე ზედმეტად მოგიწია ლოდინი.
                [5] ბოდიში ჩვენი მხრიდან მომხდარისთვის და იმისთვისაც, რომ ხუთი დღე ზედმეტად მოგიწია ლოდინი.
                [6] ბოდიში ჩვენი მხრიდან მომხდარისთვის და იმისთვისაც, რომ ექვსი დღე ზედმეტად მოგიწია ლოდინი.
                [7] ბოდიში ჩვენი მხრიდან მომხდარისთვის და იმისთვისაც, რომ მთელი კვირა ზედმეტად მოგიწია ლოდინი.
               *[other] ბოდიში ჩვენი მხრიდან მომხდარისთვის და იმისთვისაც, რომ { $days_late } დღე ზედმეტად მოგიწია ლოდინი.
            }
       *[formal]
            { $days_late ->
                [one] ბოდიშს გიხდით მომხდარისთვის და იმისთვისაც, რომ ერთი დღე ზედმეტად გალოდინეთ.
                [2] ბოდიშს გიხდით მომხდარისთვის და იმისთვისაც, რომ ორი დღე ზედმეტად გალოდინეთ.
                [3] ბოდიშს გიხდით მომხდარისთვის და იმისთვისაც, რომ სამი დღე ზედმეტად გალოდინეთ.
                [4] ბოდიშს გიხდით მომხდარისთვის და იმისთვისაც, რომ ოთხი დღე ზედმეტად გალოდინეთ.
                [5] ბოდიშს გიხდით მომხდარისთვის და იმისთვისაც, რომ ხუთი დღე ზედმეტად გალოდინეთ.
                [6] ბოდიშს გიხდით მომხდარისთვის და იმისთვისაც, რომ ექვსი დღე ზედმეტად გალოდინეთ.
                [7] ბოდიშს გიხდით მომხდარისთვის და იმისთვისაც, რომ მთელი კვირა ზედმეტად გალოდინეთ.
               *[other] ბოდიშს გიხდით მომხდარისთვის და იმისთვისაც, რომ { $days_late } დღე ზედმეტად გალოდინეთ.
            }
    }

# Personal voice: the agent apologizes in their own name ("I personally apologize that
# this happened"; on social "…for what happened"). Not the pleonasm „პირადად ჩემი
# მხრიდან“.
# Variables:
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone.
apologize-personal =
    { $channel ->
        [social]
            { $register ->
                [warm] პირადად გიხდი ბოდიშს იმისთვის, რაც მოხდა.
               *[formal] პირადად გიხდით ბოდიშს იმისთვის, რაც მოხდა.
            }
       *[email]
            { $register ->
                [warm] პირადად გიხდი ბოდიშს იმისთვის, რაც მოხდა.
               *[formal] პირადად გიხდით ბოდიშს იმისთვის, რაც მოხდა.
            }
    }

# Personal voice, formal. "I sincerely apologize for what happened" — in every channel:
# it says what for without quoting anything, so it stands in a public reply, and as
# restore-value's last line it points at the incident, not back at a sentence („ამ
# შეცდომისთვის“, "for this mistake", did: round-11 review). No "mistake": the own line
# says that.
apologize-mine-formal = გულწრფელად გიხდით ბოდიშს მომხდარისთვის.

# Personal voice, warm. "I am very sorry, and I apologize for what happened."
apologize-mine-warm = ძალიან ვწუხვარ და ბოდიშს გიხდი იმისთვის, რაც მოხდა.

# Personal voice: one apology for the whole incident that also names the wait ("I
# apologize for what happened, and also that you had to wait N days longer"; see
# apologize-wait for why the incident comes first). Warm ბოდიშს გიხდი, not the offhand
# „ბოდიში, რომ …“; ზედმეტად მოგიწია ლოდინი, not the clumsy „ზედმეტი ლოდინი მოგიწია“.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - "formal" or "warm": warm გიხდი / მოგიწია (შენ), formal გიხდით / მოგიწიათ (თქვენ).
apologize-wait-mine =
    { $register ->
        [warm]
            { $days_late ->
                [one] ბოდიშს გიხდი მომხდარისთვის და იმისთვისაც, რომ ერთი დღე ზედმეტად მოგიწია ლოდინი.
                [2] ბოდიშს გიხდი მომხდარისთვის და იმისთვისაც, რომ ორი დღე ზედმეტად მოგიწია ლოდინი.
                [3] ბოდიშს გიხდი მომხდარისთვის და იმისთვისაც, რომ სამი დღე ზედმეტად მოგიწია ლოდინი.
                [4] ბოდიშს გიხდი მომხდარისთვის და იმისთვისაც, რომ ოთხი დღე ზედმეტად მოგიწია ლოდინი.
                [5] ბოდიშს გიხდი მომხდარისთვის და იმისთვისაც, რომ ხუთი დღე ზედმეტად მოგიწია ლოდინი.
                [6] ბოდიშს გიხდი მომხდარისთვის და იმისთვისაც, რომ ექვსი დღე ზედმეტად მოგიწია ლოდინი.
                [7] ბოდიშს გიხდი მომხდარისთვის და იმისთვისაც, რომ მთელი კვირა ზედმეტად მოგიწია ლოდინი.
               *[other] ბოდიშს გიხდი მომხდარისთვის და იმისთვისაც, რომ { $days_late } დღე ზედმეტად მოგიწია ლოდინი.
            }
       *[formal]
            { $days_late ->
                [one] ბოდიშს გიხდით მომხდარისთვის და იმისთვისაც, რომ ერთი დღე ზედმეტად მოგიწიათ ლოდინი.
                [2] ბოდიშს გიხდით მომხდარისთვის და იმისთვისაც, რომ ორი დღე ზედმეტად მოგიწიათ ლოდინი.
                [3] ბოდიშს გიხდით მომხდარისთვის და იმისთვისაც, რომ სამი დღე ზედმეტად მოგიწიათ ლოდინი.
                [4] ბოდიშს გიხდით მომხდარისთვის და იმისთვისაც, რომ ოთხი დღე ზედმეტად მოგიწიათ ლოდინი.
                [5] ბოდიშს გიხდით მომხდარისთვის და იმისთვისაც, რომ ხუთი დღე ზედმეტად მოგიწიათ ლოდინი.
                [6] ბოდიშს გიხდით მომხდარისთვის და იმისთვისაც, რომ ექვსი დღე ზედმეტად მოგიწიათ ლოდინი.
                [7] ბოდიშს გიხდით მომხდარისთვის და იმისთვისაც, რომ მთელი კვირა ზედმეტად მოგიწიათ ლოდინი.
               *[other] ბოდიშს გიხდით მომხდარისთვის და იმისთვისაც, რომ { $days_late } დღე ზედმეტად მოგიწიათ ლოდინი.
            }
    }

# restore-value's last line, company voice (catalog `after: [own]`): the apology said once
# more, after the own-regret line that opened the letter with „ვწუხვართ“ / „ვნანობთ“.
# Formal: "Once again, we apologize" — the round-11 reviewer's „კიდევ ერთხელ გიხდით
# ბოდიშს“. Warm: "Once again, sorry from our side" — friendly, said as easily as written,
# and with no "we → you" -თ, which on a warm call one agent's voice makes the formal თქვენ
# (see fix-working). Bare on purpose: „კიდევ ერთხელ“ points back at the regret at the start,
# so the line needs no "for what" and does not attach itself to the prevention before it.
# The same on every channel: it is said on the phone as it is written.
# ბოდიში only, never „ვწუხვართ“ again (the own-regret line's word; the echo rule refuses it),
# and not the cliché „… შექმნილი უხერხულობისთვის“.
# Variables:
#   $register (String) - formal or warm.
apologize-again =
    { $register ->
        [warm] კიდევ ერთხელ ბოდიში ჩვენი მხრიდან.
       *[formal] კიდევ ერთხელ გიხდით ბოდიშს.
    }

# restore-value's last line, personal voice (catalog `after: [own]`): the agent's apology
# said once more, after own-regret-mine*, which opened with „ვწუხვარ“. Warm: "Once again,
# I apologize" (გიხდი is the agent's own "I → you"). Formal: "Once again, please accept my
# apology" — „ჩემი“ makes it the agent's, where a bare „გიხდით“ is also the company's
# "we → you". Not the reviewer's „კიდევ ერთხელ პირადად გიხდით ბოდიშს“: own-regret-mine-frank
# says „პირადად მოვკიდე ხელი“, and "personally" twice in one letter is an echo.
# Variables:
#   $register (String) - formal or warm.
apologize-again-mine =
    { $register ->
        [warm] კიდევ ერთხელ გიხდი ბოდიშს.
       *[formal] კიდევ ერთხელ მიიღეთ ჩემი ბოდიში.
    }

# The closing apology of restore-value when the agent gave a count of days late that the
# issue does not already say: apologize-again said once more ("once again"), after the
# ownership line that carried the regret at the start, with the wait added: "Once again,
# we apologize — for keeping you waiting N extra days too." „კიდევ ერთხელ“ points back at
# the whole incident, as in apologize-again, and „იმისთვისაც“ ("for that too") adds the
# wait to it, so the last line is not an apology for the wait alone (round 13). No
# „მომხდარ…“: own-regret says „მომხდარზე“, and the echo rule would refuse it. Warm as
# apologize-again („ბოდიში ჩვენი მხრიდან“, no "we → you" -თ) with „მოგიწია ლოდინი“ (შენ).
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - "formal" or "warm": warm „ბოდიში ჩვენი მხრიდან … მოგიწია ლოდინი“ (შენ), formal „გიხდით ბოდიშს … გალოდინეთ“ (თქვენ).
apologize-again-wait =
    { $register ->
        [warm]
            { $days_late ->
                [one] კიდევ ერთხელ ბოდიში ჩვენი მხრიდან — იმისთვისაც, რომ ერთი დღე ზედმეტად მოგიწია ლოდინი.
                [2] კიდევ ერთხელ ბოდიში ჩვენი მხრიდან — იმისთვისაც, რომ ორი დღე ზედმეტად მოგიწია ლოდინი.
                [3] კიდევ ერთხელ ბოდიში ჩვენი მხრიდან — იმისთვისაც, რომ სამი დღე ზედმეტად მოგიწია ლოდინი.
                [4] კიდევ ერთხელ ბოდიში ჩვენი მხრიდან — იმისთვისაც, რომ ოთხი დღე ზედმეტად მოგიწია ლოდინი.
                [5] კიდევ ერთხელ ბოდიში ჩვენი მხრიდან — იმისთვისაც, რომ ხუთი დღე ზედმეტად მოგიწია ლოდინი.
                [6] კიდევ ერთხელ ბოდიში ჩვენი მხრიდან — იმისთვისაც, რომ ექვსი დღე ზედმეტად მოგიწია ლოდინი.
                [7] კიდევ ერთხელ ბოდიში ჩვენი მხრიდან — იმისთვისაც, რომ მთელი კვირა ზედმეტად მოგიწია ლოდინი.
               *[other] კიდევ ერთხელ ბოდიში ჩვენი მხრიდან — იმისთვისაც, რომ { $days_late } დღე ზედმეტად მოგიწია ლოდინი.
            }
       *[formal]
            { $days_late ->
                [one] კიდევ ერთხელ გიხდით ბოდიშს — იმისთვისაც, რომ ერთი დღე ზედმეტად გალოდინეთ.
                [2] კიდევ ერთხელ გიხდით ბოდიშს — იმისთვისაც, რომ ორი დღე ზედმეტად გალოდინეთ.
                [3] კიდევ ერთხელ გიხდით ბოდიშს — იმისთვისაც, რომ სამი დღე ზედმეტად გალოდინეთ.
                [4] კიდევ ერთხელ გიხდით ბოდიშს — იმისთვისაც, რომ ოთხი დღე ზედმეტად გალოდინეთ.
                [5] კიდევ ერთხელ გიხდით ბოდიშს — იმისთვისაც, რომ ხუთი დღე ზედმეტად გალოდინეთ.
                [6] კიდევ ერთხელ გიხდით ბოდიშს — იმისთვისაც, რომ ექვსი დღე ზედმეტად გალოდინეთ.
                [7] კიდევ ერთხელ გიხდით ბოდიშს — იმისთვისაც, რომ მთელი კვირა ზედმეტად გალოდინეთ.
               *[other] კიდევ ერთხელ გიხდით ბოდიშს — იმისთვისაც, რომ { $days_late } დღე ზედმეტად გალოდინეთ.
            }
    }


# The closing apology of restore-value when the agent gave a count of days late that the
# issue does not already say: apologize-again-mine said once more ("once again"), after the
# ownership line that carried the regret at the start, with the wait added: "Once again, I
# apologize — also that you had to wait N days longer" (see apologize-again-wait).
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - "formal" or "warm": warm გიხდი / მოგიწია (შენ), formal გიხდით / მოგიწიათ (თქვენ).
apologize-again-wait-mine =
    { $register ->
        [warm]
            { $days_late ->
                [one] კიდევ ერთხელ გიხდი ბოდიშს — იმისთვისაც, რომ ერთი დღე ზედმეტად მოგიწია ლოდინი.
                [2] კიდევ ერთხელ გიხდი ბოდიშს — იმისთვისაც, რომ ორი დღე ზედმეტად მოგიწია ლოდინი.
                [3] კიდევ ერთხელ გიხდი ბოდიშს — იმისთვისაც, რომ სამი დღე ზედმეტად მოგიწია ლოდინი.
                [4] კიდევ ერთხელ გიხდი ბოდიშს — იმისთვისაც, რომ ოთხი დღე ზედმეტად მოგიწია ლოდინი.
                [5] კიდევ ერთხელ გიხდი ბოდიშს — იმისთვისაც, რომ ხუთი დღე ზედმეტად მოგიწია ლოდინი.
                [6] კიდევ ერთხელ გიხდი ბოდიშს — იმისთვისაც, რომ ექვსი დღე ზედმეტად მოგიწია ლოდინი.
                [7] კიდევ ერთხელ გიხდი ბოდიშს — იმისთვისაც, რომ მთელი კვირა ზედმეტად მოგიწია ლოდინი.
               *[other] კიდევ ერთხელ გიხდი ბოდიშს — იმისთვისაც, რომ { $days_late } დღე ზედმეტად მოგიწია ლოდინი.
            }
       *[formal]
            { $days_late ->
                [one] კიდევ ერთხელ გიხდით ბოდიშს — იმისთვისაც, რომ ერთი დღე ზედმეტად მოგიწიათ ლოდინი.
                [2] კიდევ ერთხელ გიხდით ბოდიშს — იმისთვისაც, რომ ორი დღე ზედმეტად მოგიწიათ ლოდინი.
                [3] კიდევ ერთხელ გიხდით ბოდიშს — იმისთვისაც, რომ სამი დღე ზედმეტად მოგიწიათ ლოდინი.
                [4] კიდევ ერთხელ გიხდით ბოდიშს — იმისთვისაც, რომ ოთხი დღე ზედმეტად მოგიწიათ ლოდინი.
                [5] კიდევ ერთხელ გიხდით ბოდიშს — იმისთვისაც, რომ ხუთი დღე ზედმეტად მოგიწიათ ლოდინი.
                [6] კიდევ ერთხელ გიხდით ბოდიშს — იმისთვისაც, რომ ექვსი დღე ზედმეტად მოგიწიათ ლოდინი.
                [7] კიდევ ერთხელ გიხდით ბოდიშს — იმისთვისაც, რომ მთელი კვირა ზედმეტად მოგიწიათ ლოდინი.
               *[other] კიდევ ერთხელ გიხდით ბოდიშს — იმისთვისაც, რომ { $days_late } დღე ზედმეტად მოგიწიათ ლოდინი.
            }
    }

## Step: own — take responsibility: whose mistake it was, in one line.
## Two kinds. The plain own-* lines come only AFTER an apology (catalog `after:
## [apologize]`): ownership alone, no second regret word (no ვნანობ / გული გვწყდება after
## „ვწუხვარ … ბოდიშს გიხდი“). The own-regret* lines open restore-value, right after the
## one-sentence issue and BEFORE the fix and the compensation (catalog `not_after:
## [apologize]`): they say the regret outright together with the ownership, so the
## customer hears "we are sorry, it is our doing" before any remedy, and the compensation
## reads as making amends, not as buying the customer off (round-11 reviews: a regret first
## heard in the letter's last line came too late). The regret is ვწუხვარ(თ) ("I am / we are
## sorry") or, for the company, ვნანობთ ("we regret" what we did — not for the "I" voice,
## where it would say the agent made the mistake); never ბოდიში, which is the closing line's
## word: that line, apologize-again*, says „კიდევ ერთხელ … ბოდიში“ ("once again … sorry"),
## and the echo rule keeps each word to one step. The regret comes first or right after a
## short verdict, never as an afterthought at the end of a long sentence, and the line is
## the letter's first word of regret, so it says nothing like "again" or "also". They are
## said on the phone exactly as written (no $channel select), and Georgian verbs do not
## mark the agent's gender.
## The personal voice never claims the agent made the mistake („პასუხისმგებლობა მთლიანად
## ჩემზეა“ reads as "it was my fault", and the cause then names the warehouse): the agent
## takes on the outcome („საკითხის მოგვარება მე ვიკისრე“), never „პასუხს მე ვაგებ“. Never the company's liability („პასუხს ვაგებთ“). No
## promise of future work in a line that may follow a finished fix.

# Company voice, formal. "The mistake was ours." Ownership only: in five-steps it stands
# between the apology and the empathy line, and a third feeling („… და იმედი გაგიცრუეთ“,
# "and we let you down") made four sentences of contrition before any fact.
own-full = შეცდომა ჩვენ დავუშვით.

# Company voice, warm. "We let you down, and it is entirely our fault": ownership said as
# what we did to the customer, so not every own line says „შეცდომა“ / „შევცდით“ (round-12
# review: all of them hung on "mistake"). Not „იმედი ჩვენ გაგიცრუეთ“: the stress on ჩვენ
# read as "we, not someone else" (round-16 review). One sentence; no second regret word.
# (No „ამჯერად“, "this time": it quietly says "usually we are fine"; not added to another
# own line as „… და იმედი გაგიცრუეთ“, see own-full. The echo rule keeps it away from
# apologize-accept, which says „იმედი გაგიცრუეთ“.)
own-got-wrong = იმედი გაგიცრუეთ და ეს მთლიანად ჩვენი ბრალია.

# Company voice, after the apology: plain ownership, no second regret word. "It is
# entirely our fault" (warm; no „ეს“: in five-steps the empathy line before it already
# says „ამ ამბავმა“; ბრალი only after ჩვენი, or hedges.yaml reads it as blaming
# someone else) / "The responsibility is entirely ours" (formal; ownership, not the
# liability formula „პასუხს ვაგებთ“, and not „შეცდომა …“ again — round-12 review).
# Variables:
#   $register (String) - formal or warm.
own-on-us =
    { $register ->
        [warm] მთლიანად ჩვენი ბრალია.
       *[formal] პასუხისმგებლობა მთლიანად ჩვენზეა.
    }

# Personal voice, only while the fix is not done (catalog `without: [fix]`). "I am the one
# responsible for this matter now": the agent owns the case, not the fault (not the calque
# „პასუხისმგებლობას სრულად ვიღებ“, "I take full responsibility", which reads as "I did
# it"). No promise here: fix-working-mine* and next-steps say what happens next. It opens
# with ახლა, not „ამ …“, so after the empathy line („ამ ამბავმა …“) it does not read as glued on.
own-mine = ახლა ამ საკითხზე პასუხისმგებელი მე ვარ.

# Personal voice, fix done or not, after the apology: "I have taken on resolving the
# matter." (Not „შეცდომის გამოსწორება მე ვიკისრე“: agents' fix sentences often say
# შეცდომა too, and "mistake" came twice in a row — round-12 review.) The agent owns the
# outcome, not the fault: „შეცდომაზე პასუხს მე ვაგებ“
# ("I answer for the mistake") rang false when the cause then names the billing team, and
# in a public post one agent took the blame in person. Past tense, so true with a fix done
# or under way. No „ამ …“ at its start: the empathy line before it opens with „ამ ამბავმა“.
# (Not „პასუხისმგებლობას თავს არ ვარიდებ“, "I do not shy away from the
# responsibility": it denies an accusation nobody made and sounds defensive.)
own-mine-full = საკითხის მოგვარება მე ვიკისრე.

# Personal voice, fix done or not, after the apology: "I have taken up your case
# personally." Ownership of the case in the past tense, so it is true whether the fix is
# done or under way, and it promises nothing: not „… მოგვარებას პირადად ვადევნებ თვალს“
# ("I'll keep an eye on resolving it"), which looks forward at nothing in a letter that
# has already said it is all put right. It never says whose fault it was. (პირადად: the
# echo rule keeps it away from apologize-personal.)
# Variables:
#   $register (String) - formal or warm.
own-mine-care =
    { $register ->
        [warm] შენს საკითხს პირადად მოვკიდე ხელი.
       *[formal] თქვენს საკითხს პირადად მოვკიდე ხელი.
    }

# Company voice, BEFORE any apology (restore-value): regret, then whose doing it was.
# Warm: "We are very sorry — this is entirely our fault" („ეს“ points at the issue
# sentence right before it; ბრალი only after ჩვენი, or hedges.yaml reads it as blaming
# someone else). Formal: "We are sincerely sorry — the responsibility for what happened is
# entirely ours" (the round-11 reviewer's „პასუხისმგებლობა სრულად ჩვენზეა“ — ownership,
# not the company's liability „პასუხს ვაგებთ“, and not the calque „პასუხისმგებლობას
# სრულად ვიღებთ“). Neither says „შეცდომა“ or „დაშვება“: agents often write their cause
# and fix with them („… დაშვებული შეცდომის გამო“, „შეცდომა გასწორებულია“), and the
# reviewer heard the bank's same root next to them as a loop (round-11, letters 5 to 20);
# own-regret-frank, which says „დაგვეშვა … შევცდით“, is the other choice. ვწუხვართ, never ბოდიში:
# apologize-again says that.
# Variables:
#   $register (String) - formal or warm.
own-regret =
    { $register ->
        [warm] ძალიან ვწუხვართ — ეს მთლიანად ჩვენი ბრალია.
       *[formal] გულწრფელად ვწუხვართ — მომხდარზე პასუხისმგებლობა სრულად ჩვენზეა.
    }

# Company voice, BEFORE any apology (restore-value): a verdict on our own conduct, whose
# mistake it was, and that we regret it: "We should not have let this happen — we got it
# wrong, and we truly (formal: deeply) regret it." ვნანობთ is "we regret" something we
# did, so it fits the company's own mistake (never the "I" voice). The round-11 reviewer
# read „ეს არ უნდა დაგვეშვა და გულწრფელად ვნანობთ“ at the start without objection; what he
# objected to was a fresh apology at the end, which apologize-again now replaces. Not „ამას
# გამართლება არ აქვს“ ("there is no excuse for this"): a moral verdict too heavy for a late
# parcel; this fits any incident.
# Variables:
#   $register (String) - formal or warm.
own-regret-frank =
    { $register ->
        [warm] ეს არ უნდა დაგვეშვა — ჩვენ შევცდით და ამას ნამდვილად ვნანობთ.
       *[formal] ეს არ უნდა დაგვეშვა. ჩვენ შევცდით და ამას ღრმად ვნანობთ.
    }

# Personal voice, BEFORE any apology (restore-value): the agent's own regret, then the
# verdict and the outcome the agent took on, without saying they made the mistake. Warm:
# "I am very sorry — this should not have happened to you. I have taken on sorting it
# out"; formal: "I am sincerely sorry — …". (Not „ეს შეცდომა არ უნდა დაშვებულიყო“, an
# agentless passive and one more "mistake" line — round-12 review.) ვწუხვარ, not „ამ შეცდომას ღრმად ვნანობ“ ("I
# deeply regret this mistake"), which says the agent made it, and the cause then names the
# warehouse or the billing team. The registers differ in the regret word and in
# შეგხვედროდა / შეგხვედროდათ. (Not „პასუხსაც მე ვაგებ“: see own-mine-full. Not the defensive
# „პასუხისმგებლობას თავს არ ვარიდებ“.)
# Variables:
#   $register (String) - formal or warm.
own-regret-mine =
    { $register ->
        [warm] ძალიან ვწუხვარ — ასეთი რამ არ უნდა შეგხვედროდა. ამის მოგვარება მე ვიკისრე.
       *[formal] გულწრფელად ვწუხვარ — ასეთი რამ არ უნდა შეგხვედროდათ. ამის მოგვარება მე ვიკისრე.
    }

# Personal voice, BEFORE any apology (restore-value). "It should not have been like this —
# I am very (sincerely) sorry. I have taken up your case personally": the verdict, the
# agent's regret, and what the agent did about it (past, so true with a fix done or under
# way), without saying the agent made the mistake, sized for any incident. ვწუხვარ, not
# ვნანობ (see own-regret-mine). პირადად is said here only: apologize-again-mine, the
# letter's last line, does not repeat it (see there).
# Variables:
#   $register (String) - formal or warm.
own-regret-mine-frank =
    { $register ->
        [warm] ასე არ უნდა ყოფილიყო — ძალიან ვწუხვარ. შენს საკითხს პირადად მოვკიდე ხელი.
       *[formal] ასე არ უნდა ყოფილიყო — გულწრფელად ვწუხვარ. თქვენს საკითხს პირადად მოვკიდე ხელი.
    }

## Step: empathize — recognize what the problem cost the customer.
## Each names its subject („ამ ამბავმა“): after an "I" own line a bare „ამან“ would
## point at the agent. It names the cost (time, needless trouble), said as "I understand /
## we understand" („ვხვდები / ვხვდებით“) where the voice allows — not „ვიცი / ვიცით“ ("I
## know"), which claims to know how the customer feels (round-10 review) — never "clearly"
## („ცხადია“) and never how the customer felt („გაბრაზდებოდი“); no stock "your frustration
## is understandable".

# Either voice (so no "I understand"): "This business took time and nerves from you for
# nothing." „დრო და ნერვები წაგართვა“, not „დრო და ნერვები დაგაკარგვინა“: one verb shared
# by both nouns, and "to lose nerves" is not Georgian (round-10 review). The cost as a
# fact, not the customer's feelings; no „ცხადია“. (Not „შენი დრო ამ ამბავზე
# ტყუილად დაიხარჯა“, an agentless calque of "your time was wasted", and time alone
# undersells a night without a room.)
# Variables:
#   $register (String) - formal or warm.
empathize-time =
    { $register ->
        [warm] ამ ამბავმა ტყუილად წაგართვა დრო და ნერვები.
       *[formal] ამ ამბავმა ტყუილად წაგართვათ დრო და ნერვები.
    }

# Either voice. "This business gave you something to deal with for nothing." The cost
# (a needless chore), not a claim about how the customer felt: the old „ამ ამბავს შენთვის
# თავის ტკივილის მეტი არაფერი მოუტანია“ told the customer what they went through. No
# „არ უნდა …“: acknowledge-should-not has just said „ასეთი რამ არ უნდა შეგხვედროდა“. (No
# ზედმეტი: apologize-wait says it.) No own-* line opens with „ამ …“, so this one does not
# read as a second "this …" glued to it.
# Variables:
#   $register (String) - formal or warm.
empathize-deal =
    { $register ->
        [warm] ამ ამბავმა ტყუილად გაგიჩინა საზრუნავი.
       *[formal] ამ ამბავმა ტყუილად გაგიჩინათ საზრუნავი.
    }

# Company voice. "We understand this business cost you both time and nerves." (the
# subject is nominative: „ეს ამბავი … დაგიჯდა“, an intransitive verb)
# Variables:
#   $register (String) - formal or warm.
empathize-frustrating =
    { $register ->
        [warm] ვხვდებით, რომ ეს ამბავი დროც დაგიჯდა და ნერვებიც.
       *[formal] ვხვდებით, რომ ეს ამბავი დროც დაგიჯდათ და ნერვებიც.
    }

# Personal voice, warm. "I understand this business cost you time and got on your
# nerves": each noun with its own verb (დროც დაგაკარგვინა, ნერვებიც მოგიშალა).
empathize-place = ვხვდები, რომ ამ ამბავმა დროც დაგაკარგვინა და ნერვებიც მოგიშალა.

# Personal voice, formal. "I understand this business took your time and troubled you for
# nothing." (Not „… და ბევრი უსიამოვნება შეგიქმნათ“, "caused you a lot of inconvenience":
# the service cliché.)
empathize-trouble = ვხვდები, რომ ამ ამბავმა თქვენი დრო წაიღო და ტყუილად შეგაწუხათ.

## Step: explain — the root cause, briefly, never an excuse.

# Company voice: announces the cause, then gives it. Warm, and on the phone: "We found out
# what happened:"; a formal letter or chat: "We looked into the matter and found the
# cause:" (written style, not said aloud).
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - formal or warm.
#   $channel (String) - email, chat or phone.
explain-found =
    { $channel ->
        [phone] გავარკვიეთ, რა მოხდა: { $cause }
       *[email]
            { $register ->
                [warm] გავარკვიეთ, რა მოხდა: { $cause }
               *[formal] საკითხი შევისწავლეთ და მიზეზი დავადგინეთ: { $cause }
            }
    }

# Either voice: announces the cause, then gives it: "And the cause was this:" — კი marks
# the turn to a new topic, so after the compensation (restore-value) the cause does not
# arrive as a bare „მიზეზი ასეთია:“ that reads like the next item of a list. (Not „აი,
# რატომ მოხდა:“, a calque of "here's why it happened".) Formal in the present, "And the
# cause is this:": after the then formal own-on-us „შეცდომა მთლიანად ჩვენი იყო.“ a second
# „… იყო:“ in a row was heard (round-10 review).
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - formal or warm.
explain-happened =
    { $register ->
        [warm] მიზეზი კი ასეთი იყო: { $cause }
       *[formal] მიზეზი კი ასეთია: { $cause }
    }

# Personal voice: announces the cause, then gives it ("I found out myself what happened:").
# Same in both registers. (Not „შენს შემთხვევას პირადად ჩავუღრმავდი“, "I delved into your
# case personally": bookish, above all on the phone.)
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-checked = თავად გავარკვიე, რა მოხდა: { $cause }

# Either voice: the cause with a light topic opener and no colon ("As for the cause,
# …"), so it is not one of the letter's two lead-ins, yet in restore-value, where the
# cause follows the compensation, nobody reads it as one more remedy. „რაც შეეხება X-ს,“
# takes any whole sentence after it.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-cause = რაც შეეხება მიზეზს, { $cause }

## Step: fix — what has been done to put it right.

# Company voice: announces the fix, then gives it. Formal: "At this stage, this is how
# things stand:" (not „გამოსწორების მხრივ საქმე ასე დგას:“, "as regards the correction,
# …": officialese, worst said aloud on a call — round-12 review); warm: "This is how
# things stand now:" (not „ახლა უკვე ყველაფერი მოგვარებულია:“, untrue of a
# fix under way; not „რაც შეეხება საკითხის მოგვარებას:“, stiff and list-like before a
# later „მიზეზი …:“; no „ასეა“, which the phone read-back „ხომ ასეა?“ has just said). No
# point in time beyond "now" in the lead-in: the fix may be dated and
# past („იმავე საღამოს …“), done, or under way („კურიერი ხვალ წაიღებს“), so neither
# „საქმე ამ წუთას ასეა:“ ("as of this minute") nor „აი, რა გავაკეთეთ:“ ("here is what we
# did", which made a late delivery sound like our remedy).
# Variables:
#   $fix (String) - What has already been done, whole sentences.
#   $register (String) - formal or warm.
fix-done =
    { $register ->
        [warm] ახლა საქმე ასე დგას: { $fix }
       *[formal] ამ ეტაპზე საქმე ასე დგას: { $fix }
    }

# Either voice: the fix on its own.
# Variables:
#   $fix (String) - What has already been done, whole sentences.
fix-fact = { $fix }

# Personal voice: announces the fix, then gives it. The agent says what they did — checked
# it — and takes no credit for the team's work. Warm: "I checked myself how things
# stand:"; formal: "I have checked myself:". Both fit a fix done or under way. (Not „რა ნაბიჯები გადაიდგა“: press-release
# officialese.) თავად keeps it out of a letter whose ownership or cause line already says
# what the agent did.
# Variables:
#   $fix (String) - What has already been done, whole sentences.
#   $register (String) - formal or warm.
fix-mine =
    { $register ->
        [warm] გადავამოწმე, როგორ არის საქმე: { $fix }
       *[formal] საქმის ვითარება გადავამოწმე: { $fix }
    }

## The fix-working* lines stand only when no fix is done, each with a concrete promise, never
## "we will keep you posted". Two kinds per voice, so that a letter never promises the same
## news twice: fix-working / fix-working-mine promise word the moment the work is finished
## („როგორც კი დავასრულებთ, მაშინვე …“), which a dated next step („4 დეკემბერს
## დაგიკავშირდებით და გეტყვით, როგორ მიდის საქმე“) can follow, and share „მაშინვე“ with
## next-steps-when-fixed*, so the echo rule keeps those apart; fix-working-team /
## fix-working-mine-now promise news every working day and say „საქმე“, as every
## next-steps-date* line does, so the echo rule never puts "every working day" and "on
## 4 December" in one letter (round-10 reading: it promised the same news twice), while
## "as soon as it is done" may follow them.

# Company voice, when the fix is not done yet: "We are working on putting this right at
# this moment, and as soon as we are done, we will let you know (you will know) at
# once." Formal გაცნობებთ; warm with the customer as the subject („გეცოდინება“, "you
# will know"), so no "we → you" -თ is heard as the formal თქვენ in a შენ letter or call
# — and not „გაიგებ“, which the warm dated next steps say („… და გაიგებ, როგორ მიდის
# საქმე“): the echo rule then left the fix out of every warm call with a date.
# Variables:
#   $register (String) - formal or warm.
fix-working =
    { $register ->
        [warm] ამის მოგვარებაზე ამ წუთას ვმუშაობთ და, როგორც კი დავასრულებთ, მაშინვე გეცოდინება.
       *[formal] ამის მოგვარებაზე ამ წუთას ვმუშაობთ და, როგორც კი დავასრულებთ, მაშინვე გაცნობებთ.
    }

# Company voice, when the fix is not done yet: "Our team is already on it, and until it
# is fully sorted out, every working day we will report to you (you will hear) how
# things are going." Formal მოგახსენებთ ("we will report"), warm გაიგებ (no "we → you"
# -თ in a შენ letter). „საქმე“ keeps it out of a letter with a dated next step; not
# „სანამ … არ მოვაგვარებთ“, which next-steps-when-fixed („როგორც კი … მოვაგვარებთ“) says.
# Variables:
#   $register (String) - formal or warm.
fix-working-team =
    { $register ->
        [warm] ჩვენი გუნდი ამაზე უკვე მუშაობს და, სანამ ბოლომდე არ მოგვარდება, ყოველ სამუშაო დღეს გაიგებ, როგორ მიდის საქმე.
       *[formal] ჩვენი გუნდი ამაზე უკვე მუშაობს და, სანამ ბოლომდე არ მოგვარდება, ყოველ სამუშაო დღეს მოგახსენებთ, როგორ მიმდინარეობს საქმე.
    }

# Personal voice, when the fix is not done yet. "I am working on this myself now, and as
# soon as it is sorted out, I will let you know at once."
# Variables:
#   $register (String) - formal or warm.
fix-working-mine =
    { $register ->
        [warm] ამაზე ახლა მე ვმუშაობ და, როგორც კი მოგვარდება, მაშინვე გაცნობებ.
       *[formal] ამაზე ახლა მე ვმუშაობ და, როგორც კი მოგვარდება, მაშინვე გაცნობებთ.
    }

# Personal voice, when the fix is not done yet. "I have already started putting it right,
# and until I finish, every working day I will tell you where things stand." („საქმე“
# keeps it out of a letter with a dated next step.)
# Variables:
#   $register (String) - formal or warm.
fix-working-mine-now =
    { $register ->
        [warm] გამოსწორება უკვე დავიწყე და, სანამ არ დავასრულებ, ყოველ სამუშაო დღეს გეტყვი, რა ეტაპზეა საქმე.
       *[formal] გამოსწორება უკვე დავიწყე და, სანამ არ დავასრულებ, ყოველ სამუშაო დღეს გეტყვით, რა ეტაპზეა საქმე.
    }

## Step: prevent — what changes so that it does not happen again.
## „მსგავსი შემთხვევა“, never a bare „ეს“, which after the fix's good news ("the refund has
## reached the card") pointed at it (round 31, 9 of 20 letters).

# Company voice: announces the change, then gives it ("We have changed the process so
# that this does not happen again:"). Same in both registers. No „ამასთან,“ ("also"):
# restore-extra after it says „გარდა ამისა,“, and two "also"s in a row read as a list.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-changed = პროცესი ისე შევცვალეთ, რომ მსგავსი შემთხვევა აღარ განმეორდეს: { $prevention }

# Either voice: announces the change, then gives it ("So that this does not happen again,
# a new rule has come into force:"). A past event, so that a fact saying „ახლა“ or
# „ამიერიდან“ after it is the result, not a second "now": the present „ახალი წესი
# მოქმედებს: … ახლა …“ said "new" and "now" twice over (round-10 review). No „ახლა“ in
# the lead-in; no agentless „შეიცვალა“, which the hedge rules read as an anticausative
# next to an apology; „შემოვიღეთ“ would be "we" only. Plain words for any change a fact may name (a scan, a
# software check, a new step); not the legal „ასეთი ცვლილება უკვე ძალაშია“ ("the following
# change is in force", which also says "already" twice before a fact with „ახლა“), and not
# the stiff passive „ასეთი ცვლილება შევიდა“.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-again = მსგავსი შემთხვევა რომ აღარ განმეორდეს, ახალი წესი ამოქმედდა: { $prevention }

# Personal voice: announces the change, then gives it. "I checked what is being done so
# that this does not happen again:" — the agent reports the change and takes no credit for
# it (not „ვიზრუნე, რომ ეს აღარ განმეორდეს“, "I made sure…", which made a chat agent sound
# as if she had changed how the warehouse works). No „ასევე“ ("also"): restore-extra-mine
# after it says „გარდა ამისა“, and two "also"s in a row read as a list.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-mine = დავაზუსტე, რა კეთდება, რომ მსგავსი შემთხვევა აღარ განმეორდეს: { $prevention }

# Either voice: the change after a purpose clause and a comma, not a colon ("So that this
# does not happen again, <the change>"), so it is not one of the letter's two lead-ins,
# yet the purpose said first marks the fact as a new measure: said after it („… ამით
# მსგავსი რამ აღარ განმეორდება“) the fact first read as an old routine ("then why did it
# happen?"). The fact is a whole sentence, so it stands as the main clause.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-fact = მსგავსი შემთხვევა რომ აღარ განმეორდეს, { $prevention }

## Step: restore — make it right with something the customer values.
## A firm commitment in plain words, already made: "as compensation, you get <amount>".
## Never an entitlement (გეკუთვნის "you are due"), a wish (გვინდა, რომ … მიიღო), a
## narration of the agent's effort (ვიზრუნე, რომ …) or "additionally" (დამატებით) — the
## fix before it may not be money. The compensation is goodwill on top of the fix: the
## letter gives its amount, never how it is paid (no დაგიბრუნეთ "returned", ჩაგირიცხეთ
## "credited", გზაშია "on its way"), so it never reads as the refund a fix may mention. No
## „ამის საკომპენსაციოდ“: „ამის“ would point at the sentence before it (the fix). The
## amount is nominative ("15 ლარი"): the subject of a present passive (…15 ლარი გეძლევა)
## or the object of an aorist (…15 ლარი დაგიმტკიცეთ / დაგიმტკიცე) — never the object of a
## future („… მიიღებ“ wants the dative, "15 ლარს", which a formatted amount cannot take).
## In restore-value these messages follow the fix (catalog order: own, fix, restore, explain), so „კომპენსაციის
## სახით …“ is safe and „ამის საკომპენსაციოდ“ ("to make up for this") would point at the
## fix; only restore-extra* say "besides", and the catalog keeps those for after the fix.

# Company voice. "As compensation, we have approved <amount> for you." დაგიმტკიცეთ fits both
# registers ("we" → "you"); not დაგინიშნეთ, which with a sum of money reads as a fine or fee
# being imposed (round-16 review, a letter about a double charge).
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money in the customer's currency, e.g. "15 ლარი".
restore-refund = კომპენსაციის სახით { $compensation_amount } დაგიმტკიცეთ.

# Company voice. "We have approved <amount> for you as compensation."
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
restore-credit = კომპენსაციად { $compensation_amount } დაგიმტკიცეთ.

# Personal voice. "As compensation, I have approved <amount> for you." (Not დაგინიშნე: see restore-refund.)
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
restore-refund-mine =
    { $register ->
        [warm] კომპენსაციის სახით { $compensation_amount } დაგიმტკიცე.
       *[formal] კომპენსაციის სახით { $compensation_amount } დაგიმტკიცეთ.
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

# Either voice. Formal: "As compensation, <amount> has been approved for you" — formal
# დაგიმტკიცეთ reads right in both voices ("we approved for you" / "I approved for you",
# polite), and it is a done decision, where „… გეძლევათ“ ("is being given to you") left
# the customer asking how the money comes. Warm, where „დაგიმტკიცეთ“ would be "we" only:
# "As compensation, <amount> has been approved for you" — the aorist passive დაგიმტკიცდა
# keeps the amount the nominative subject; „… მიიღებ“ ("you will receive") needs the
# dative (15 ლარს) and read as a case error (round-16 review). (No "I", no "we".)
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
restore-refund-on-way =
    { $register ->
        [warm] კომპენსაციის სახით { $compensation_amount } დაგიმტკიცდა.
       *[formal] კომპენსაციის სახით { $compensation_amount } დაგიმტკიცეთ.
    }

# Company voice, after the fix: the compensation comes on top of putting things right.
# "Besides that, we have approved <amount> for you as compensation."
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
restore-extra = გარდა ამისა, კომპენსაციის სახით { $compensation_amount } დაგიმტკიცეთ.

# Personal voice, after the fix: the compensation comes on top of putting things right.
# "Besides that, I have approved <amount> for you as compensation."
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
restore-extra-mine =
    { $register ->
        [warm] გარდა ამისა, კომპენსაციის სახით { $compensation_amount } დაგიმტკიცე.
       *[formal] გარდა ამისა, კომპენსაციის სახით { $compensation_amount } დაგიმტკიცეთ.
    }

# Company voice. "As compensation, we have added N free months to your subscription."
# Small counts are spelled out.
# Variables:
#   $free_months (Number) - Months of service offered free of charge, e.g. 2.
#   $register (String) - formal or warm.
restore-months =
    { $register ->
        [warm]
            { $free_months ->
                [one] კომპენსაციის სახით შენს გამოწერას ერთი უფასო თვე დავუმატეთ.
                [2] კომპენსაციის სახით შენს გამოწერას ორი უფასო თვე დავუმატეთ.
                [3] კომპენსაციის სახით შენს გამოწერას სამი უფასო თვე დავუმატეთ.
                [4] კომპენსაციის სახით შენს გამოწერას ოთხი უფასო თვე დავუმატეთ.
                [5] კომპენსაციის სახით შენს გამოწერას ხუთი უფასო თვე დავუმატეთ.
                [6] კომპენსაციის სახით შენს გამოწერას ექვსი უფასო თვე დავუმატეთ.
                [12] კომპენსაციის სახით შენს გამოწერას თორმეტი უფასო თვე დავუმატეთ.
               *[other] კომპენსაციის სახით შენს გამოწერას { $free_months } უფასო თვე დავუმატეთ.
            }
       *[formal]
            { $free_months ->
                [one] კომპენსაციის სახით თქვენს გამოწერას ერთი უფასო თვე დავუმატეთ.
                [2] კომპენსაციის სახით თქვენს გამოწერას ორი უფასო თვე დავუმატეთ.
                [3] კომპენსაციის სახით თქვენს გამოწერას სამი უფასო თვე დავუმატეთ.
                [4] კომპენსაციის სახით თქვენს გამოწერას ოთხი უფასო თვე დავუმატეთ.
                [5] კომპენსაციის სახით თქვენს გამოწერას ხუთი უფასო თვე დავუმატეთ.
                [6] კომპენსაციის სახით თქვენს გამოწერას ექვსი უფასო თვე დავუმატეთ.
                [12] კომპენსაციის სახით თქვენს გამოწერას თორმეტი უფასო თვე დავუმატეთ.
               *[other] კომპენსაციის სახით თქვენს გამოწერას { $free_months } უფასო თვე დავუმატეთ.
            }
    }

# Personal voice. "As compensation, I have added N free months to your subscription."
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - formal or warm.
restore-months-mine =
    { $register ->
        [warm]
            { $free_months ->
                [one] კომპენსაციის სახით შენს გამოწერას ერთი უფასო თვე დავუმატე.
                [2] კომპენსაციის სახით შენს გამოწერას ორი უფასო თვე დავუმატე.
                [3] კომპენსაციის სახით შენს გამოწერას სამი უფასო თვე დავუმატე.
                [4] კომპენსაციის სახით შენს გამოწერას ოთხი უფასო თვე დავუმატე.
                [5] კომპენსაციის სახით შენს გამოწერას ხუთი უფასო თვე დავუმატე.
                [6] კომპენსაციის სახით შენს გამოწერას ექვსი უფასო თვე დავუმატე.
                [12] კომპენსაციის სახით შენს გამოწერას თორმეტი უფასო თვე დავუმატე.
               *[other] კომპენსაციის სახით შენს გამოწერას { $free_months } უფასო თვე დავუმატე.
            }
       *[formal]
            { $free_months ->
                [one] კომპენსაციის სახით თქვენს გამოწერას ერთი უფასო თვე დავუმატე.
                [2] კომპენსაციის სახით თქვენს გამოწერას ორი უფასო თვე დავუმატე.
                [3] კომპენსაციის სახით თქვენს გამოწერას სამი უფასო თვე დავუმატე.
                [4] კომპენსაციის სახით თქვენს გამოწერას ოთხი უფასო თვე დავუმატე.
                [5] კომპენსაციის სახით თქვენს გამოწერას ხუთი უფასო თვე დავუმატე.
                [6] კომპენსაციის სახით თქვენს გამოწერას ექვსი უფასო თვე დავუმატე.
                [12] კომპენსაციის სახით თქვენს გამოწერას თორმეტი უფასო თვე დავუმატე.
               *[other] კომპენსაციის სახით თქვენს გამოწერას { $free_months } უფასო თვე დავუმატე.
            }
    }

# Either voice. "As compensation, you will use your subscription free of charge for the
# next N months." (No "I", no "we"; not the agentless „დაემატა“.)
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - formal or warm.
restore-months-free =
    { $register ->
        [warm]
            { $free_months ->
                [one] კომპენსაციის სახით მომდევნო თვეს გამოწერით უფასოდ ისარგებლებ.
                [2] კომპენსაციის სახით მომდევნო ორი თვე გამოწერით უფასოდ ისარგებლებ.
                [3] კომპენსაციის სახით მომდევნო სამი თვე გამოწერით უფასოდ ისარგებლებ.
                [4] კომპენსაციის სახით მომდევნო ოთხი თვე გამოწერით უფასოდ ისარგებლებ.
                [5] კომპენსაციის სახით მომდევნო ხუთი თვე გამოწერით უფასოდ ისარგებლებ.
                [6] კომპენსაციის სახით მომდევნო ექვსი თვე გამოწერით უფასოდ ისარგებლებ.
                [12] კომპენსაციის სახით მომდევნო თორმეტი თვე გამოწერით უფასოდ ისარგებლებ.
               *[other] კომპენსაციის სახით მომდევნო { $free_months } თვე გამოწერით უფასოდ ისარგებლებ.
            }
       *[formal]
            { $free_months ->
                [one] კომპენსაციის სახით მომდევნო თვეს გამოწერით უფასოდ ისარგებლებთ.
                [2] კომპენსაციის სახით მომდევნო ორი თვე გამოწერით უფასოდ ისარგებლებთ.
                [3] კომპენსაციის სახით მომდევნო სამი თვე გამოწერით უფასოდ ისარგებლებთ.
                [4] კომპენსაციის სახით მომდევნო ოთხი თვე გამოწერით უფასოდ ისარგებლებთ.
                [5] კომპენსაციის სახით მომდევნო ხუთი თვე გამოწერით უფასოდ ისარგებლებთ.
                [6] კომპენსაციის სახით მომდევნო ექვსი თვე გამოწერით უფასოდ ისარგებლებთ.
                [12] კომპენსაციის სახით მომდევნო თორმეტი თვე გამოწერით უფასოდ ისარგებლებთ.
               *[other] კომპენსაციის სახით მომდევნო { $free_months } თვე გამოწერით უფასოდ ისარგებლებთ.
            }
    }

## Step: next-steps — when the customer hears from us next.
## A promise names its day, in the dative: "4 დეკემბერს" ("on 4 December", month:
## "dative"). Not "-მდე", which can be read as "before the 4th", and not the official
## „4 დეკემბრის ჩათვლით“. On the phone the agent promises to call (დაგირეკავ), in writing
## to get in touch (დაგიკავშირდები).
## next-steps-date* promise news on an open case (no fix yet); next-steps-check* only
## check that all is well after a finished fix, and never promise "news".

# Company voice, fix not done yet. "On <date> we will contact (call) you and tell you how
# things are going." დაგიკავშირდებით, დაგირეკავთ, გეტყვით fit both registers in writing.
# A warm call is one person saying შენ, where a "we → you" verb's -თ is heard as the
# formal თქვენ next to „გირეკავ“ and „კარგად იყავი“: there the customer is the subject
# ("on <date> you will get a call from us and hear how things are going").
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $channel (String) - email, chat or phone.
#   $register (String) - formal or warm.
next-steps-date =
    { $channel ->
        [phone]
            { $register ->
                [warm] { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } ჩვენგან ზარს მიიღებ და გაიგებ, როგორ მიდის საქმე.
               *[formal] { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } დაგირეკავთ და გეტყვით, როგორ მიდის საქმე.
            }
       *[email] { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } დაგიკავშირდებით და გეტყვით, როგორ მიდის საქმე.
    }

# Company voice, fix not done yet. "On <date> we will certainly get back to you and tell
# you where things stand"; warm, with the customer as the subject ("on <date> you will
# certainly hear from us where things stand"), so no "we → you" -თ is heard as the formal
# თქვენ (see next-steps-date). Every next-steps-date* line says „საქმე“: see the note
# before fix-working.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - formal or warm.
next-steps-date-update =
    { $register ->
        [warm] { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } ჩვენგან აუცილებლად გაიგებ, რა ეტაპზეა საქმე.
       *[formal] { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } აუცილებლად გამოგეხმაურებით და გეტყვით, რა ეტაპზეა საქმე.
    }

# Personal voice, fix not done yet. "On <date> I will contact (call) you and tell you how
# things are going."
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - formal or warm.
#   $channel (String) - email, chat or phone.
next-steps-date-mine =
    { $channel ->
        [phone]
            { $register ->
                [warm] { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } დაგირეკავ და გეტყვი, როგორ მიდის საქმე.
               *[formal] { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } დაგირეკავთ და გეტყვით, როგორ მიდის საქმე.
            }
       *[email]
            { $register ->
                [warm] { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } დაგიკავშირდები და გეტყვი, როგორ მიდის საქმე.
               *[formal] { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } დაგიკავშირდებით და გეტყვით, როგორ მიდის საქმე.
            }
    }

# Personal voice, fix not done yet. "On <date> I will get back to you and tell you where
# things stand." (says „საქმე“: see the note before fix-working)
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - formal or warm.
next-steps-date-mine-call =
    { $register ->
        [warm] { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } გამოგეხმაურები და გეტყვი, რა ეტაპზეა საქმე.
       *[formal] { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } გამოგეხმაურებით და გეტყვით, რა ეტაპზეა საქმე.
    }

# Company voice, after a finished fix: a check that all is well. "On <date> we will
# contact (call) you once more to make sure everything is in order." A warm call says
# it with the customer as the subject (see next-steps-date).
# Variables:
#   $follow_up_date (Date) - The date of our check-in.
#   $channel (String) - email, chat or phone.
#   $register (String) - formal or warm.
next-steps-check =
    { $channel ->
        [phone]
            { $register ->
                [warm] { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } ჩვენგან ზარს მიიღებ, რომ დავრწმუნდეთ, ყველაფერი რიგზეა.
               *[formal] { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } დაგირეკავთ, რომ დავრწმუნდეთ, ყველაფერი რიგზეა.
            }
       *[email] { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } დაგიკავშირდებით, რომ დავრწმუნდეთ, ყველაფერი რიგზეა.
    }

# Company voice, after a finished fix: a check that all is well. "On <date> we will get
# back to you to check that the matter has been fully resolved." A warm call says it with
# the customer as the subject (see next-steps-date).
# Variables:
#   $follow_up_date (Date) - The date of our check-in.
#   $register (String) - formal or warm.
#   $channel (String) - email, chat or phone.
next-steps-check-all =
    { $channel ->
        [phone]
            { $register ->
                [warm] { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } ჩვენგან კიდევ ერთ ზარს მიიღებ, რომ გადავამოწმოთ, საკითხი ბოლომდე მოგვარდა თუ არა.
               *[formal] { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } გამოგეხმაურებით, რომ გადავამოწმოთ, საკითხი ბოლომდე მოგვარდა თუ არა.
            }
       *[email] { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } გამოგეხმაურებით, რომ გადავამოწმოთ, საკითხი ბოლომდე მოგვარდა თუ არა.
    }

# Personal voice, after a finished fix: a check that all is well. "On <date> I will
# contact (call) you to make sure everything is in order."
# Variables:
#   $follow_up_date (Date) - The date of the check-in.
#   $register (String) - formal or warm.
#   $channel (String) - email, chat or phone.
next-steps-check-mine =
    { $channel ->
        [phone]
            { $register ->
                [warm] { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } დაგირეკავ, რომ დავრწმუნდე, ყველაფერი რიგზეა.
               *[formal] { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } დაგირეკავთ, რომ დავრწმუნდე, ყველაფერი რიგზეა.
            }
       *[email]
            { $register ->
                [warm] { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } დაგიკავშირდები, რომ დავრწმუნდე, ყველაფერი რიგზეა.
               *[formal] { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } დაგიკავშირდებით, რომ დავრწმუნდე, ყველაფერი რიგზეა.
            }
    }

# Personal voice, after a finished fix: a check that all is well. "On <date> I will get
# back to you once more and find out whether anything still troubles you."
# Variables:
#   $follow_up_date (Date) - The date of the check-in.
#   $register (String) - formal or warm.
next-steps-check-mine-all =
    { $register ->
        [warm] { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } გამოგეხმაურები და გავარკვევ, ხომ აღარაფერი გაწუხებს.
       *[formal] { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } გამოგეხმაურებით და გავარკვევ, ხომ აღარაფერი გაწუხებთ.
    }

# Company voice, no date yet, fix not done yet. "As soon as we resolve the problem, we will
# let you know right away." შეგატყობინებთ fits both registers.
next-steps-when-fixed = როგორც კი პრობლემას მოვაგვარებთ, მაშინვე შეგატყობინებთ.

# Personal voice, no date yet, fix not done yet. "As soon as everything is sorted out, I
# will let you know straight away." (მოგვარდება, not გამოსწორდება: fix-working-mine-now
# says გამოსწორება. own-mine-full „საკითხის მოგვარება მე ვიკისრე“ shares მოგვარ-, so the
# echo rule keeps the two apart; own-mine is the ownership line of a fix not yet done.)
# Variables:
#   $register (String) - formal or warm.
next-steps-when-fixed-mine =
    { $register ->
        [warm] როგორც კი ყველაფერი მოგვარდება, მაშინვე შეგატყობინებ.
       *[formal] როგორც კი ყველაფერი მოგვარდება, მაშინვე შეგატყობინებთ.
    }

## Step: invite — invite questions, or move a public thread to a private channel.
## The contact line fits the channel: an e-mail "reply to this letter" or "write to us at";
## a chat "write here"; a public reply "in private". A line that gives $contact fits what
## it is ($contact_kind): an e-mail address is written to (მისამართზე "at the address"), a
## phone number is called (ნომერზე "at the number"), a handle gets a message, anything
## else is "get in touch with" (დაგვიკავშირდი). Only the email and handle branches say
## "write". The contact stays at the end of its sentence.
## The personal voice never sends the customer to the contact as to the agent: $contact is
## the team's line or inbox, so „დამირეკეთ ნომერზე …“ ("call me at") or „მომწერე …“
## promised a customer they would reach this agent on a shared hotline (round-11 review).
## Nor does it switch to „დაგვიკავშირდით“ ("contact us"), the company voice: the contact
## is named for what it is, „მომხმარებელთა მომსახურება“ (customer service), with a verb
## that has no person marker (დარეკე, მიმართე "turn to", დაწერე).

# Company voice; email and chat. E-mail: "If questions come up, reply to this letter";
# chat: "If you need anything else, write to us right here".
# Variables:
#   $register (String) - formal or warm.
#   $channel (String) - email or chat.
invite-reply =
    { $channel ->
        [chat]
            { $register ->
                [warm] თუ სხვა რამე დაგჭირდება, აქვე მოგვწერე.
               *[formal] თუ სხვა რამე დაგჭირდებათ, აქვე მოგვწერეთ.
            }
       *[email]
            { $register ->
                [warm] კითხვები თუ გაგიჩნდება, ამ წერილს უპასუხე.
               *[formal] კითხვები თუ გაგიჩნდებათ, ამ წერილს უპასუხეთ.
            }
    }

# Personal voice; email and chat. "If something is unclear, write to me and I will explain
# it in detail." (მომწერე, not მითხარი "tell me": both channels are written.)
# Variables:
#   $register (String) - formal or warm.
invite-questions =
    { $register ->
        [warm] რამე თუ გაუგებარია, მომწერე და დაწვრილებით აგიხსნი.
       *[formal] რაიმე თუ გაუგებარია, მომწერეთ და დაწვრილებით აგიხსნით.
    }

# Either voice; chat: keep the conversation where it is. "If another question comes up,
# write here." (Not „სხვა რამეც თუ დაგაინტერესებს“, "if anything else interests you":
# sales talk in an apology. დაწერე, not მოგვწერე / მომწერე: the message serves both
# voices.)
# Variables:
#   $register (String) - formal or warm.
invite-chat-here =
    { $register ->
        [warm] სხვა კითხვაც თუ გაგიჩნდება, აქვე დაწერე.
       *[formal] სხვა შეკითხვაც თუ გაგიჩნდებათ, აქვე დაწერეთ.
    }

# Company voice; email: a direct line. "If you need anything else, reply to this letter or
# write to us at / call us at / get in touch:" An e-mail is answered most naturally by
# replying, so the address comes as the second way. Not „… შემთხვევაში შეგიძლიათ …“:
# form-letter officialese.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $contact_kind (String) - email, phone, handle or other.
#   $register (String) - formal or warm.
invite-reach =
    { $contact_kind ->
        [email]
            { $register ->
                [warm] თუ სხვა რამე დაგჭირდება, უპასუხე ამ წერილს ან მოგვწერე მისამართზე { $contact }.
               *[formal] თუ სხვა შეკითხვაც გაგიჩნდებათ, უპასუხეთ ამ წერილს ან მოგვწერეთ მისამართზე { $contact }.
            }
        [phone]
            { $register ->
                [warm] თუ სხვა რამე დაგჭირდება, დაგვირეკე ნომერზე { $contact }.
               *[formal] თუ სხვა შეკითხვაც გაგიჩნდებათ, დაგვირეკეთ ნომერზე { $contact }.
            }
        [handle]
            { $register ->
                [warm] თუ სხვა რამე დაგჭირდება, უპასუხე ამ წერილს ან მოგვწერე: { $contact }.
               *[formal] თუ სხვა შეკითხვაც გაგიჩნდებათ, უპასუხეთ ამ წერილს ან მოგვწერეთ: { $contact }.
            }
       *[other]
            { $register ->
                [warm] თუ სხვა რამე დაგჭირდება, დაგვიკავშირდი: { $contact }.
               *[formal] თუ სხვა შეკითხვაც გაგიჩნდებათ, დაგვიკავშირდით: { $contact }.
            }
    }

# Personal voice; email: where to reach us, in the agent's voice. An e-mail address is
# "reply to this letter or write to <address>" (დაწერე, not მომწერე "write to me": the
# address may be a team's shared inbox). A phone number is "call the customer service
# number <number>" (not „დამირეკეთ“, "call me": on a hotline the customer does not reach
# this agent — round-11 review; and not „დაგვიკავშირდით“, "contact us", which switches the
# letter to the company voice); a handle is "reply to this letter or write to customer
# service: <handle>" (მიმართე "turn to"); anything else is "turn to customer service:
# <contact>".
# Not „პირდაპირ დამიკავშირდით“ ("contact me directly").
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $contact_kind (String) - email, phone, handle or other.
#   $register (String) - formal or warm.
invite-reach-mine =
    { $contact_kind ->
        [email]
            { $register ->
                [warm] თუ სხვა რამე დაგჭირდება, უპასუხე ამ წერილს ან დაწერე მისამართზე { $contact }.
               *[formal] თუ სხვა შეკითხვაც გაგიჩნდებათ, უპასუხეთ ამ წერილს ან დაწერეთ მისამართზე { $contact }.
            }
        [phone]
            { $register ->
                [warm] თუ სხვა რამე დაგჭირდება, დარეკე მომხმარებელთა მომსახურების ნომერზე { $contact }.
               *[formal] თუ სხვა შეკითხვაც გაგიჩნდებათ, დარეკეთ მომხმარებელთა მომსახურების ნომერზე { $contact }.
            }
        [handle]
            { $register ->
                [warm] თუ სხვა რამე დაგჭირდება, უპასუხე ამ წერილს ან მიმართე მომხმარებელთა მომსახურებას: { $contact }.
               *[formal] თუ სხვა შეკითხვაც გაგიჩნდებათ, უპასუხეთ ამ წერილს ან მიმართეთ მომხმარებელთა მომსახურებას: { $contact }.
            }
       *[other]
            { $register ->
                [warm] თუ სხვა რამე დაგჭირდება, მიმართე მომხმარებელთა მომსახურებას: { $contact }.
               *[formal] თუ სხვა შეკითხვაც გაგიჩნდებათ, მიმართეთ მომხმარებელთა მომსახურებას: { $contact }.
            }
    }

# Social media, company voice: move a public thread to another channel. "To clear up the
# details, please call us at / write to us by e-mail at / message us in private / get in
# touch:". Only a handle is a private message (პირადში): an e-mail address is ელფოსტა,
# never „პირადი მიმოწერა“, which on Georgian social media means a DM.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $contact_kind (String) - email, phone, handle or other.
#   $register (String) - formal or warm.
invite-private =
    { $contact_kind ->
        [phone]
            { $register ->
                [warm] დეტალების დასაზუსტებლად დაგვირეკე, თუ შეიძლება, ნომერზე { $contact }.
               *[formal] დეტალების დასაზუსტებლად, გთხოვთ, დაგვირეკოთ ნომერზე { $contact }.
            }
        [email]
            { $register ->
                [warm] დეტალების დასაზუსტებლად მოგვწერე, თუ შეიძლება, ელფოსტაზე { $contact }.
               *[formal] დეტალების დასაზუსტებლად, გთხოვთ, მოგვწეროთ ელფოსტაზე { $contact }.
            }
        [handle]
            { $register ->
                [warm] დეტალების დასაზუსტებლად მოგვწერე პირადში: { $contact }.
               *[formal] დეტალების დასაზუსტებლად, გთხოვთ, მოგვწეროთ პირად შეტყობინებაში: { $contact }.
            }
       *[other]
            { $register ->
                [warm] დეტალების დასაზუსტებლად დაგვიკავშირდი, თუ შეიძლება: { $contact }.
               *[formal] დეტალების დასაზუსტებლად, გთხოვთ, დაგვიკავშირდეთ: { $contact }.
            }
    }

# Social media, personal voice: "To clear up the details, please call customer service at /
# write to the e-mail address / write in private to / turn to (მიმართე) customer
# service: …". Not „დამირეკე / მომწერე …, დეტალებს იქ დავაზუსტებ“ ("call / write to me,
# and I will clear it up there"): the contact is the team's, and a customer who calls the
# hotline does not reach this agent (round-11 review); not „დაგვირეკე“ ("call us"), the
# company voice. The verbs have no person marker. (See invite-private.)
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $contact_kind (String) - email, phone, handle or other.
#   $register (String) - formal or warm.
invite-private-mine =
    { $contact_kind ->
        [phone]
            { $register ->
                [warm] დეტალების დასაზუსტებლად დარეკე, თუ შეიძლება, მომხმარებელთა მომსახურების ნომერზე { $contact }.
               *[formal] დეტალების დასაზუსტებლად, გთხოვთ, დარეკოთ მომხმარებელთა მომსახურების ნომერზე { $contact }.
            }
        [email]
            { $register ->
                [warm] დეტალების დასაზუსტებლად დაწერე, თუ შეიძლება, ელფოსტაზე { $contact }.
               *[formal] დეტალების დასაზუსტებლად, გთხოვთ, დაწეროთ ელფოსტაზე { $contact }.
            }
        [handle]
            { $register ->
                [warm] დეტალების დასაზუსტებლად დაწერე, თუ შეიძლება, პირადში: { $contact }.
               *[formal] დეტალების დასაზუსტებლად, გთხოვთ, დაწეროთ პირად შეტყობინებაში: { $contact }.
            }
       *[other]
            { $register ->
                [warm] დეტალების დასაზუსტებლად მიმართე, თუ შეიძლება, მომხმარებელთა მომსახურებას: { $contact }.
               *[formal] დეტალების დასაზუსტებლად, გთხოვთ, მიმართოთ მომხმარებელთა მომსახურებას: { $contact }.
            }
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

# Phone script, either voice: "Have any questions come up?" It shares კითხვა / შეკითხვა
# with sign-off-phone, so a call that asked it ends with the plain goodbye, not a second
# question.
# Variables:
#   $register (String) - formal or warm.
invite-phone-questions =
    { $register ->
        [warm] რამე კითხვა ხომ არ გაგიჩნდა?
       *[formal] რაიმე შეკითხვა ხომ არ გაგიჩნდათ?
    }

# Phone script, company voice; only after something was done. "Is there anything else we
# can help you with?" (Not „სანამ საუბარს დავასრულებთ, …“, "before we end the
# conversation", which sounds translated.) A warm call asks with the customer as the
# subject ("Is there anything else you need?"): there a "we → you" დაგეხმაროთ is heard as
# the formal თქვენ next to „გირეკავ“ and „კარგად იყავი“. The catalog ends a call that
# asked it with the plain goodbye.
# Variables:
#   $register (String) - formal or warm.
invite-anything-else =
    { $register ->
        [warm] სხვა ხომ არაფერი გჭირდება?
       *[formal] სხვა ხომ არაფრით შეგვიძლია დაგეხმაროთ?
    }

# Phone script, personal voice; only after something was done. "Is there anything else I
# can help you with?"
# Variables:
#   $register (String) - formal or warm.
invite-anything-else-mine =
    { $register ->
        [warm] სხვა ხომ არაფრით შემიძლია დაგეხმარო?
       *[formal] სხვა ხომ არაფრით შემიძლია დაგეხმაროთ?
    }

## Step: thank — for telling us. Plain thanks, never the translated „მადლობა, რომ
## საშუალება მოგვეცით, ეს გამოვასწოროთ“ ("for giving us the chance to make this right")
## or „… ჩვენამდე / ჩემამდე მოიტანეთ“ ("for bringing this to our attention").

# Company voice.
# Variables:
#   $register (String) - formal or warm.
thank-telling =
    { $register ->
        [warm] მადლობა, რომ ამის შესახებ გვაცნობე.
       *[formal] გმადლობთ, რომ ამის შესახებ გვაცნობეთ.
    }

# Company voice. "Thank you for writing to us about this." (Not „ეს საკითხი წამოჭერი“,
# "for raising this issue": meeting-room language, and odd on a call we placed.)
# Variables:
#   $register (String) - formal or warm.
thank-chance =
    { $register ->
        [warm] მადლობა, რომ ამის შესახებ შეგვატყობინე.
       *[formal] გმადლობთ, რომ ამის შესახებ შეგვატყობინეთ.
    }

# Company voice, formal; email and phone. "Thank you for finding the time to let us know."
thank-time = გმადლობთ, რომ დრო გამონახეთ და შეგვატყობინეთ.

# Company voice; chat.
# Variables:
#   $register (String) - formal or warm.
thank-short =
    { $register ->
        [warm] მადლობა, რომ შეგვატყობინე.
       *[formal] გმადლობთ, რომ შეგვატყობინეთ.
    }

# Either voice. "Thank you for contacting us." (Not „მადლობა მოთმინებისთვის“: we never
# asked for patience, and after a delay it thanks the customer for the wait we caused.)
# Variables:
#   $register (String) - formal or warm.
thank-patience =
    { $register ->
        [warm] მადლობა მიმართვისთვის.
       *[formal] გმადლობთ მიმართვისთვის.
    }

# Personal voice. "Thank you for giving me the chance to put this right." Not "for telling me
# about this directly" („…პირდაპირ მითხარით“): the customer wrote to the company, and a
# caller who rings about that message was never told anything (round 27); „პირდაპირ“ also
# leans towards "frankly". After the past „მომეცით“ the purpose takes the pluperfect
# „გამომესწორებინა“, not the future-subjunctive „გამოვასწორო“ (round 33).
# Variables:
#   $register (String) - formal or warm.
thank-mine =
    { $register ->
        [warm] მადლობა, რომ საშუალება მომეცი, ეს გამომესწორებინა.
       *[formal] გმადლობთ, რომ საშუალება მომეცით, ეს გამომესწორებინა.
    }

# Personal voice. "Thank you for not letting this problem go." Not „…შემატყობინეთ“ ("for
# letting me know"): the agent who answers or calls was not the one the customer wrote to
# (round 27). Not „ეს საკითხი წამოჭერით“: every personal "own" message says „საკითხი“, so
# that thanks could never stand in a personal letter. Not „ამაზე ყურადღება გაამახვილეთ“:
# newspaper language, "thank you for emphasising this" (native reader, session 21). Not
# „…ამის შესახებ დაწერეთ“: the customer may have called.
# Variables:
#   $register (String) - formal or warm.
thank-mine-telling =
    { $register ->
        [warm] მადლობა, რომ ეს პრობლემა უყურადღებოდ არ დატოვე.
       *[formal] გმადლობთ, რომ ეს პრობლემა უყურადღებოდ არ დატოვეთ.
    }

## Step: close — a short, warm last line, as Georgian agents end a letter: an offer of
## help, or a good wish. Never „გვჯერა / იმედი მაქვს, რომ ამიერიდან ყველაფერი
## შეუფერხებლად წავა“ (a corporate cliché and a vague promise, odd after a one-off stay),
## never "next time" (there may be none). Not the translated "we hope to earn back your trust", "pleasant experience",
## "serve you better next time" or the stiff „მხოლოდ კმაყოფილი დარჩებით“.

# Company voice; email and chat. Warm "Take care!"; formal "We wish you a good day!". The
# close follows the invitation, so it offers no help again (not „კიდევ რამე თუ
# დაგჭირდება, სიამოვნებით დაგეხმარებით“ right after "if you have questions, write here").
# Variables:
#   $register (String) - formal or warm.
close-trust =
    { $register ->
        [warm] კარგად იყავი!
       *[formal] კარგ დღეს გისურვებთ!
    }

# Company voice, warm; email and chat. "All the best!" (Not „კარგ დღეს გისურვებთ!“: in a
# warm letter signed by one person its -თ is heard as the formal "you"; and not „კარგი დღე
# გქონდეს!“, a word-for-word "have a nice day".)
close-next-time = ყველაფერი კარგი!

# Company voice, formal letter. "We wish you all the best." A wish, not „ყოველთვის
# სიამოვნებით დაგეხმარებით“ ("we will always be glad to help you"): the stock closing of
# a service letter, and a second offer of help right after the invitation that gives the
# contact.
close-relationship = ყოველივე საუკეთესოს გისურვებთ!

# Personal voice; email and chat. "Take care!" — a wish, not a second offer of help
# after the invitation.
# Variables:
#   $register (String) - formal or warm.
close-mine =
    { $register ->
        [warm] კარგად იყავი!
       *[formal] კარგად ბრძანდებოდეთ!
    }

# Personal voice; email and chat. "I wish you a good day!" (Not „კარგი დღე გქონდეს!“, a
# word-for-word "have a nice day". A call has no written closing: the phone goodbye ends it.)
# Variables:
#   $register (String) - formal or warm.
close-mine-trust =
    { $register ->
        [warm] კარგ დღეს გისურვებ!
       *[formal] კარგ დღეს გისურვებთ!
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
            მომხმარებელთა მომსახურების გუნდი
       *[formal]
            პატივისცემით,
            მომხმარებელთა მომსახურების გუნდი
    }

# Company voice only; email, chat, social: the company's name alone, never inflected (not
# „X, მხარდაჭერის გუნდი“: "Company, Support Team" is an English pattern, and a support
# team sounds like a telecom, not a hotel or a shop). An e-mail keeps its closing
# formula (პატივისცემით, / გულითადად,); a chat or a public reply shows the dash line alone.
# Variables:
#   $company (String) - The company's name.
#   $register (String) - formal or warm.
#   $channel (String) - email, chat or social.
sign-off-team-company =
    { $channel ->
        [email]
            { $register ->
                [warm]
                    გულითადად,
                    { $company }
               *[formal]
                    პატივისცემით,
                    { $company }
            }
       *[chat] — { $company }
    }

# Chat and social media signature.
# Variables:
#   $agent_name (String) - The agent's first name.
sign-off-initials = — { $agent_name }

# Phone script, only after an invite step (the customer has had their last turn).
# "Goodbye, take care!"
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
# currency"); it stands where the amount is nominative ("… [თანხა და ვალუტა] დაგიმტკიცეთ").
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
