### phrasebank: Latvian (lv, latviešu valoda), as a support team in Latvia writes and speaks today.
### Choices made in this locale:
### - Address: the formal register uses Jūs, Jūsu, Jums (capitalised, as in a letter);
###   the warm register uses tu, tavs, tev, tevi. Messages select on $register wherever
###   the address shows (pronoun or verb ending); messages with no address are written once.
### - Voice: "we" messages speak in the 1st person plural (atvainojamies, piešķiram),
###   "I" messages in the 1st person singular (atvainojos, piešķiru). Messages the catalog gives
###   to both voices have no 1st-person word at all: they speak about the customer
###   (Jums nevajadzēja…), impersonally (kārtība ir mainīta) or in the 3rd person.
###   On the phone one person is always speaking, so the phone greetings say "zvanu" and
###   "mani sauc" in either voice (catalog: self_introduction).
###   locales/lv/letter.yaml lists the 1st-person words for the check.
### - The agent owns the resolution, never the team's error or its work: personal "own"
###   messages say "šo lietu ņēmu savās rokās", not "atbildību par kļūdu uzņemos es"; the
###   personal fix lead-in is neutral ("Lūk, kas jau ir izdarīts:"), and the personal
###   prevention lead-in credits the colleagues who changed the procedure.
### - Gender: past participles agree with the speaker or the customer, so a message that needs
###   one selects on $agent_gender (esmu ņēmusi / ņēmis) and its unknown branch uses the simple
###   past instead (ņēmu). $customer_gender is used where the greeting itself changes:
###   Cienījamā/Cienījamais (formal e-mail), Sveika/Sveiks (warm); unknown falls back to
###   "Labdien" / "Sveiki", which need no agreement.
### - Names: $customer_name arrives already in the vocative (Jāni, Pēteri, Edgar, Laura),
###   derived by locales/lv/address.yaml; a name no rule covers is not passed, and the
###   composer greets without it. So the name stands only in direct address (greetings).
###   $agent_name stays in the nominative ("Mani sauc Kristaps", a sign-off line).
###   $company is never declined: in a sentence it stands quoted after a generic noun that
###   carries the case ("no uzņēmuma „Kafijas Darbnīca”"); on a signature line it stands alone.
### - One step, one vocabulary: no root is used in two steps that can meet in a letter
###   (atvaino- only in apologize, kļūd-/atbildīb- only in own, kompensācij- only in restore,
###   paldies only in thank and one phone goodbye). The composer enforces this with letter.yaml
###   (first 4 letters after a verbal prefix); the wording is planned so that it rarely has to.
### - Lead-ins are whole sentences that end with a colon followed by the fact
###   (letter_rules.lead_ins_deliver). Latvian writes lower case after a colon, and letter.yaml
###   sets lead_in_lowercase, so the composer lowers the first letter of the agent's sentence
###   there ("Noskaidrojām, kāpēc tā gadījās: mūsu noliktava…").
### - Facts ($issue, $cause, $fix, $prevention) are whole sentences: they stand at a sentence
###   boundary and nothing is inflected around them. Messages after the issue never open with
###   a bare "tā"/"to" that could point at the previous sentence (in restore-value the
###   compensation stands just before "own"): they name what they mean (kļūda, šī lieta).
### - Compensation is goodwill on top of putting things right: "Kā kompensāciju piešķiram …",
###   never atmaksāt/ieskaitīt (a refund, an account) and never how or when it is paid; after a
###   fix, restore-extra* say "turklāt" / "papildus tam". Free months are added to the
###   subscription ("abonementam pievienojām divus bezmaksas mēnešus"), which fits a plan
###   already paid for.
### - Follow-ups: next-steps-date* (no fix yet) promise news on the work; next-steps-check*
###   (fix done) only ask whether all is well. No "vēlreiz piezvanīsim" in a letter that
###   followed no call.
### - Dates: { DATE($follow_up_date, skeleton: "MMMMd", month: "locative") } after "ne vēlāk
###   kā" (18. decembrī) and month: "dative" after "līdz" (18. decembrim); formats.yaml lists
###   both cases. No year and no weekday: the follow-up is always within weeks, and
###   "18. decembrī" reads aloud naturally on the phone.
### - Money: { $compensation_amount } prints "15 EUR", "12,50 EUR" (formats.yaml), as Latvian
###   business letters and the agents' own facts write it ("38,60 EUR"); on the phone it is
###   read "piecpadsmit eiro". A code does not decline, so the amount stands as an object
###   (piešķiram … 15 EUR) or before "apmērā".
### - Counts: 1–10 are spelled out in the right case with numeric variant keys ([1] vienu
###   dienu, [2] divas dienas; [2] divus mēnešus); larger counts use CLDR zero/one/other
###   (zero = 0, 10–20, 30…: dienas; one = 21, 31…: dienu). Numeric keys come first.
### - Phone: an outbound call opens with the customer's name, who calls and from where, and
###   why ("zvanu par Jūsu nesen sūtīto ziņu"), once, and asks "Vai Jums ir ērti runāt?";
###   the read-back ends with "Vai tā bija?". A prevention without a lead-in is announced
###   ("Tas vairs neatkārtosies.") so the listener does not hear it as part of today's fix.
###   Both goodbyes leave the customer a last turn ("Ja Jums vairs nav jautājumu – …",
###   "Ja nekas cits nav vajadzīgs – …"); the one without thanks (sign-off-phone-bye) serves a
###   call that has already thanked. No phone message asks the customer to write.
### - Closing formulas without a comma, as Latvian letter practice has it: "Ar cieņu" under a
###   Jūs letter, "Jauku dienu!" / "Visu labu!" under a tu letter. Dash: spaced en dash (–).
###   Quotation marks: „…”.

## Step: greeting — open the message, by first name when we have it.

# Formal letter opening. Email, formal register. The name is already in the vocative.
# "Cienījamā/Cienījamais" agrees with the customer's gender; with unknown gender the
# letter opens "Labdien, …!", which needs no agreement.
# Variables:
#   $customer_name (String) - The customer's first name in the vocative, e.g. "Jāni", "Laura".
#   $customer_gender (String) - feminine, masculine or unknown.
greeting-dear =
    { $customer_gender ->
        [feminine] Cienījamā { $customer_name }!
        [masculine] Cienījamais { $customer_name }!
       *[unknown] Labdien, { $customer_name }!
    }

# Neutral opening with the first name. Formal register; email, chat, social.
# Variables:
#   $customer_name (String) - The customer's first name in the vocative.
greeting-hello-name = Labdien, { $customer_name }!

# Friendly opening with the first name. Warm register; email, chat, social.
# "Sveika" to a woman, "Sveiks" to a man, "Sveiki" when we do not know.
# Variables:
#   $customer_name (String) - The customer's first name in the vocative.
#   $customer_gender (String) - feminine, masculine or unknown.
greeting-hi-name =
    { $customer_gender ->
        [feminine] Sveika, { $customer_name }!
        [masculine] Sveiks, { $customer_name }!
       *[unknown] Sveiki, { $customer_name }!
    }

# Opening when we do not know the name. Email, chat, social.
greeting-hello = Labdien!

# Friendly opening without a name. Warm register; chat and social.
greeting-hi = Sveiki!

# Phone script, outbound call: who is calling, from where and why, said once (first person
# in either voice), then the question every Latvian outbound call asks ("is this a good time
# to talk?"), which also lets the customer say they are not the person asked for. The company
# stands quoted after "uzņēmuma", which carries the genitive, so no name is ever left
# undeclined after "no". (The customer's name comes in the vocative only, so the call greets
# them by name rather than asking "Vai runāju ar Lauru?", which needs the accusative.)
# Variables:
#   $agent_name (String) - The agent's first name (nominative).
#   $company (String) - The company's name (quoted, uninflected).
#   $register (String) - formal or warm.
greeting-phone =
    { $register ->
        [warm] Sveiki! Mani sauc { $agent_name }, zvanu no uzņēmuma „{ $company }” par tavu nesen sūtīto ziņu. Vai tev ir ērti runāt?
       *[formal] Labdien! Mani sauc { $agent_name }, zvanu no uzņēmuma „{ $company }” par Jūsu nesen sūtīto ziņu. Vai Jums ir ērti runāt?
    }

# Phone script: greet the customer by first name (vocative), then who is calling and why.
# Variables:
#   $customer_name (String) - The customer's first name in the vocative.
#   $agent_name (String) - The agent's first name (nominative).
#   $company (String) - The company's name (quoted, uninflected).
#   $customer_gender (String) - feminine, masculine or unknown (Sveika / Sveiks / Sveiki).
#   $register (String) - formal or warm.
greeting-phone-name =
    { $register ->
        [warm]
            { $customer_gender ->
                [feminine] Sveika, { $customer_name }! Mani sauc { $agent_name }, zvanu no uzņēmuma „{ $company }” par tavu nesen sūtīto ziņu. Vai tev ir ērti runāt?
                [masculine] Sveiks, { $customer_name }! Mani sauc { $agent_name }, zvanu no uzņēmuma „{ $company }” par tavu nesen sūtīto ziņu. Vai tev ir ērti runāt?
               *[unknown] Sveiki, { $customer_name }! Mani sauc { $agent_name }, zvanu no uzņēmuma „{ $company }” par tavu nesen sūtīto ziņu. Vai tev ir ērti runāt?
            }
       *[formal] Labdien, { $customer_name }! Mani sauc { $agent_name }, zvanu no uzņēmuma „{ $company }” par Jūsu nesen sūtīto ziņu. Vai Jums ir ērti runāt?
    }

# Phone script: the customer by first name and the agent's name; no company name given.
# Variables:
#   $customer_name (String) - The customer's first name in the vocative.
#   $agent_name (String) - The agent's first name (nominative).
#   $customer_gender (String) - feminine, masculine or unknown.
#   $register (String) - formal or warm.
greeting-phone-name-agent =
    { $register ->
        [warm]
            { $customer_gender ->
                [feminine] Sveika, { $customer_name }! Mani sauc { $agent_name }, zvanu no klientu atbalsta par tavu nesen sūtīto ziņu. Vai tev ir ērti runāt?
                [masculine] Sveiks, { $customer_name }! Mani sauc { $agent_name }, zvanu no klientu atbalsta par tavu nesen sūtīto ziņu. Vai tev ir ērti runāt?
               *[unknown] Sveiki, { $customer_name }! Mani sauc { $agent_name }, zvanu no klientu atbalsta par tavu nesen sūtīto ziņu. Vai tev ir ērti runāt?
            }
       *[formal] Labdien, { $customer_name }! Mani sauc { $agent_name }, zvanu no klientu atbalsta par Jūsu nesen sūtīto ziņu. Vai Jums ir ērti runāt?
    }

# Phone script: the customer by first name and the company; no agent name given.
# Variables:
#   $customer_name (String) - The customer's first name in the vocative.
#   $company (String) - The company's name (quoted, uninflected).
#   $customer_gender (String) - feminine, masculine or unknown.
#   $register (String) - formal or warm.
greeting-phone-name-company =
    { $register ->
        [warm]
            { $customer_gender ->
                [feminine] Sveika, { $customer_name }! Zvanu no uzņēmuma „{ $company }” par tavu nesen sūtīto ziņu. Vai tev ir ērti runāt?
                [masculine] Sveiks, { $customer_name }! Zvanu no uzņēmuma „{ $company }” par tavu nesen sūtīto ziņu. Vai tev ir ērti runāt?
               *[unknown] Sveiki, { $customer_name }! Zvanu no uzņēmuma „{ $company }” par tavu nesen sūtīto ziņu. Vai tev ir ērti runāt?
            }
       *[formal] Labdien, { $customer_name }! Zvanu no uzņēmuma „{ $company }” par Jūsu nesen sūtīto ziņu. Vai Jums ir ērti runāt?
    }

# Phone script, when we know the agent's name but not the company's.
# Variables:
#   $agent_name (String) - The agent's first name (nominative).
#   $register (String) - formal or warm.
greeting-phone-agent =
    { $register ->
        [warm] Sveiki! Mani sauc { $agent_name }, zvanu no klientu atbalsta par tavu nesen sūtīto ziņu. Vai tev ir ērti runāt?
       *[formal] Labdien! Mani sauc { $agent_name }, zvanu no klientu atbalsta par Jūsu nesen sūtīto ziņu. Vai Jums ir ērti runāt?
    }

# Phone script, when we know the company's name but not the agent's.
# Variables:
#   $company (String) - The company's name (quoted, uninflected).
#   $register (String) - formal or warm.
greeting-phone-company =
    { $register ->
        [warm] Sveiki! Zvanu no uzņēmuma „{ $company }” par tavu nesen sūtīto ziņu. Vai tev ir ērti runāt?
       *[formal] Labdien! Zvanu no uzņēmuma „{ $company }” par Jūsu nesen sūtīto ziņu. Vai Jums ir ērti runāt?
    }

# Phone script, when we know no names.
# Variables:
#   $register (String) - formal or warm.
greeting-phone-plain =
    { $register ->
        [warm] Sveiki! Zvanu no klientu atbalsta par tavu nesen sūtīto ziņu. Vai tev ir ērti runāt?
       *[formal] Labdien! Zvanu no klientu atbalsta par Jūsu nesen sūtīto ziņu. Vai Jums ir ērti runāt?
    }

## Step: acknowledge — show that we listened; restate what went wrong.

# Company voice; email and chat. The fact first, then our judgement of it
# ("you were owed far better service from us"; no participle, so no gender agreement).
# Variables:
#   $issue (String) - What went wrong, one whole sentence, e.g. "Pasūtījums Nr. 4471 pienāca trīs dienas vēlāk, nekā bija solīts."
#   $register (String) - formal or warm.
acknowledge-not-acceptable =
    { $register ->
        [warm] { $issue } No mums tev pienācās daudz labāks serviss.
       *[formal] { $issue } No mums Jums pienācās daudz labāka apkalpošana.
    }

# Either voice (no "I", no "we"), no address; email and chat.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-should-not = { $issue } Tā nedrīkstēja notikt.

# Personal voice; email and chat ("that is not acceptable, and I fully understand your
# frustration").
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
acknowledge-read =
    { $register ->
        [warm] { $issue } Tas nav pieņemami, un es labi saprotu tavu neapmierinātību.
       *[formal] { $issue } Tas nav pieņemami, un es labi saprotu Jūsu neapmierinātību.
    }

# Phone script, personal voice: read the problem back as a real question.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
acknowledge-phone =
    { $register ->
        [warm] Gribu pārliecināties, vai sapratu tevi pareizi. { $issue } Vai tā bija?
       *[formal] Gribu pārliecināties, vai sapratu Jūs pareizi. { $issue } Vai tā bija?
    }

# Phone script, company voice: read the problem back as a real question.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
acknowledge-phone-we =
    { $register ->
        [warm] Vispirms pārbaudīsim, vai sapratām tevi pareizi. { $issue } Vai tā bija?
       *[formal] Vispirms pārbaudīsim, vai sapratām Jūs pareizi. { $issue } Vai tā bija?
    }

# Phone script, either voice: read the problem back as a real question. "Gribētos"
# (impersonal: "one would like to") keeps it free of "I"/"we".
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-phone-check = Vispirms gribētos precizēt, vai viss ir saprasts pareizi. { $issue } Vai tā bija?

## Step: state — one sentence that says what went wrong (the fact alone).

# Variables:
#   $issue (String) - What went wrong, one whole sentence.
state-issue = { $issue }

## Step: apologize — say sorry plainly: no condition, no "but".
## A real apology (atvainojamies, atvainojos), not only "žēl" (sympathy).

# Company voice, formal. Email, chat, phone.
apologize-sincere = Mēs Jums patiesi atvainojamies.

# Company voice, formal. Email, chat, phone ("please excuse us": what a person says, not the
# form "lūdzu, pieņemiet mūsu atvainošanos").
apologize-accept = Lūdzu, atvainojiet mūs.

# Company voice, warm.
apologize-truly = Mums ir ļoti žēl, un mēs tev atvainojamies.

# Company voice, short: social media and chat. "Par notikušo" says what for without quoting
# the issue, which a public post must not do.
# Variables:
#   $register (String) - formal or warm.
apologize-brief =
    { $register ->
        [warm] Mums ļoti žēl par notikušo – atvainojamies!
       *[formal] Mēs atvainojamies par notikušo.
    }

# Company voice: the apology names the wait ("… longer than we promised").
# Accusative of duration: 1, 21 dienu; 2–10, 11–20 dienas. 1–10 spelled out.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - formal or warm.
apologize-wait =
    { $register ->
        [warm]
            { $days_late ->
                [1] Atvainojamies, ka tev bija jāgaida vienu dienu ilgāk, nekā solījām.
                [2] Atvainojamies, ka tev bija jāgaida divas dienas ilgāk, nekā solījām.
                [3] Atvainojamies, ka tev bija jāgaida trīs dienas ilgāk, nekā solījām.
                [4] Atvainojamies, ka tev bija jāgaida četras dienas ilgāk, nekā solījām.
                [5] Atvainojamies, ka tev bija jāgaida piecas dienas ilgāk, nekā solījām.
                [6] Atvainojamies, ka tev bija jāgaida sešas dienas ilgāk, nekā solījām.
                [7] Atvainojamies, ka tev bija jāgaida septiņas dienas ilgāk, nekā solījām.
                [8] Atvainojamies, ka tev bija jāgaida astoņas dienas ilgāk, nekā solījām.
                [9] Atvainojamies, ka tev bija jāgaida deviņas dienas ilgāk, nekā solījām.
                [10] Atvainojamies, ka tev bija jāgaida desmit dienas ilgāk, nekā solījām.
                [zero] Atvainojamies, ka tev bija jāgaida { $days_late } dienas ilgāk, nekā solījām.
                [one] Atvainojamies, ka tev bija jāgaida { $days_late } dienu ilgāk, nekā solījām.
               *[other] Atvainojamies, ka tev bija jāgaida { $days_late } dienas ilgāk, nekā solījām.
            }
       *[formal]
            { $days_late ->
                [1] Atvainojamies, ka Jums bija jāgaida vienu dienu ilgāk, nekā solījām.
                [2] Atvainojamies, ka Jums bija jāgaida divas dienas ilgāk, nekā solījām.
                [3] Atvainojamies, ka Jums bija jāgaida trīs dienas ilgāk, nekā solījām.
                [4] Atvainojamies, ka Jums bija jāgaida četras dienas ilgāk, nekā solījām.
                [5] Atvainojamies, ka Jums bija jāgaida piecas dienas ilgāk, nekā solījām.
                [6] Atvainojamies, ka Jums bija jāgaida sešas dienas ilgāk, nekā solījām.
                [7] Atvainojamies, ka Jums bija jāgaida septiņas dienas ilgāk, nekā solījām.
                [8] Atvainojamies, ka Jums bija jāgaida astoņas dienas ilgāk, nekā solījām.
                [9] Atvainojamies, ka Jums bija jāgaida deviņas dienas ilgāk, nekā solījām.
                [10] Atvainojamies, ka Jums bija jāgaida desmit dienas ilgāk, nekā solījām.
                [zero] Atvainojamies, ka Jums bija jāgaida { $days_late } dienas ilgāk, nekā solījām.
                [one] Atvainojamies, ka Jums bija jāgaida { $days_late } dienu ilgāk, nekā solījām.
               *[other] Atvainojamies, ka Jums bija jāgaida { $days_late } dienas ilgāk, nekā solījām.
            }
    }

# Personal voice: the agent apologizes in their own name.
# Variables:
#   $register (String) - formal or warm.
apologize-personal =
    { $register ->
        [warm] Man ir ļoti žēl, un es tev personīgi atvainojos.
       *[formal] Man ir ļoti žēl, un es Jums personīgi atvainojos.
    }

# Personal voice, formal.
apologize-mine-formal = Es Jums patiesi atvainojos.

# Personal voice, warm.
apologize-mine-warm = Man tiešām ļoti žēl – atvainojos!

# Personal voice: the apology names the wait ("longer than promised": no "we" in an "I"
# message). Same cases as apologize-wait.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - formal or warm.
apologize-wait-mine =
    { $register ->
        [warm]
            { $days_late ->
                [1] Atvainojos, ka tev nācās gaidīt vienu dienu ilgāk par solīto.
                [2] Atvainojos, ka tev nācās gaidīt divas dienas ilgāk par solīto.
                [3] Atvainojos, ka tev nācās gaidīt trīs dienas ilgāk par solīto.
                [4] Atvainojos, ka tev nācās gaidīt četras dienas ilgāk par solīto.
                [5] Atvainojos, ka tev nācās gaidīt piecas dienas ilgāk par solīto.
                [6] Atvainojos, ka tev nācās gaidīt sešas dienas ilgāk par solīto.
                [7] Atvainojos, ka tev nācās gaidīt septiņas dienas ilgāk par solīto.
                [8] Atvainojos, ka tev nācās gaidīt astoņas dienas ilgāk par solīto.
                [9] Atvainojos, ka tev nācās gaidīt deviņas dienas ilgāk par solīto.
                [10] Atvainojos, ka tev nācās gaidīt desmit dienas ilgāk par solīto.
                [zero] Atvainojos, ka tev nācās gaidīt { $days_late } dienas ilgāk par solīto.
                [one] Atvainojos, ka tev nācās gaidīt { $days_late } dienu ilgāk par solīto.
               *[other] Atvainojos, ka tev nācās gaidīt { $days_late } dienas ilgāk par solīto.
            }
       *[formal]
            { $days_late ->
                [1] Atvainojos, ka Jums nācās gaidīt vienu dienu ilgāk par solīto.
                [2] Atvainojos, ka Jums nācās gaidīt divas dienas ilgāk par solīto.
                [3] Atvainojos, ka Jums nācās gaidīt trīs dienas ilgāk par solīto.
                [4] Atvainojos, ka Jums nācās gaidīt četras dienas ilgāk par solīto.
                [5] Atvainojos, ka Jums nācās gaidīt piecas dienas ilgāk par solīto.
                [6] Atvainojos, ka Jums nācās gaidīt sešas dienas ilgāk par solīto.
                [7] Atvainojos, ka Jums nācās gaidīt septiņas dienas ilgāk par solīto.
                [8] Atvainojos, ka Jums nācās gaidīt astoņas dienas ilgāk par solīto.
                [9] Atvainojos, ka Jums nācās gaidīt deviņas dienas ilgāk par solīto.
                [10] Atvainojos, ka Jums nācās gaidīt desmit dienas ilgāk par solīto.
                [zero] Atvainojos, ka Jums nācās gaidīt { $days_late } dienas ilgāk par solīto.
                [one] Atvainojos, ka Jums nācās gaidīt { $days_late } dienu ilgāk par solīto.
               *[other] Atvainojos, ka Jums nācās gaidīt { $days_late } dienas ilgāk par solīto.
            }
    }

## Step: own — take responsibility; the mistake is ours.
## Each message names what it takes on (kļūda, šī lieta): in restore-value it follows
## the compensation, and a bare "tā ir…" would point at the compensation.
## The personal voice owns putting it right, never the error itself (the agent did not make it).

# Company voice, formal.
own-full = Kļūda ir mūsu, un mēs par to uzņemamies pilnu atbildību.

# Company voice, warm ("we got it wrong, and putting it right is our job").
own-got-wrong = Mēs kļūdījāmies, un izlabot to ir mūsu pienākums.

# Company voice. It does not end on "mūsu": an agent's cause often begins "Mūsu …", and
# "… mūsu. Mūsu …" sounds bad, above all when read aloud.
# Variables:
#   $register (String) - formal or warm.
own-on-us =
    { $register ->
        [warm] Te nav ko aizbildināties – kļūdījāmies mēs.
       *[formal] Par šo kļūdu pilnībā atbildam mēs.
    }

# Personal voice; only while the fix is not done ("I am taking this into my own hands and
# will not let go until everything is sorted").
own-mine = Šo lietu ņemu savās rokās un nelaidīšu vaļā, kamēr viss nebūs nokārtots.

# Personal voice: the agent has taken the case on. The participle agrees with the agent;
# unknown gender takes the simple past, which needs no agreement.
# Variables:
#   $agent_gender (String) - feminine, masculine or unknown.
own-mine-full =
    { $agent_gender ->
        [feminine] Šo lietu esmu ņēmusi savās rokās.
        [masculine] Šo lietu esmu ņēmis savās rokās.
       *[unknown] Šo lietu ņēmu savās rokās.
    }

# Personal voice: the agent owns the resolution, not the error ("this is now in my charge" /
# "I am personally overseeing this from now on").
# Variables:
#   $register (String) - formal or warm.
own-mine-care =
    { $register ->
        [warm] Tagad šī lieta ir manā pārziņā.
       *[formal] Šo lietu tagad pārraugu es personīgi.
    }

## Step: empathize — recognize what the problem cost the customer.

# Either voice (no "I", no "we").
# Variables:
#   $register (String) - formal or warm.
empathize-time =
    { $register ->
        [warm] Tev nevajadzēja tam tērēt ne laiku, ne nervus.
       *[formal] Jums nevajadzēja tam tērēt ne laiku, ne nervus.
    }

# Either voice. Empathy follows "own", so it names what it means (šāda situācija), never a
# bare "tas" that would point at the responsibility just taken.
# Variables:
#   $register (String) - formal or warm.
empathize-deal =
    { $register ->
        [warm] Šāda situācija ir ļoti nepatīkama, un tā noteikti sabojāja tev garastāvokli.
       *[formal] Šāda situācija ir ļoti nepatīkama, un tā noteikti sagādāja Jums lieku satraukumu.
    }

# Company voice ("we understand it cost you both time and patience").
# Variables:
#   $register (String) - formal or warm.
empathize-frustrating =
    { $register ->
        [warm] Saprotam, ka šī situācija tev prasīja gan laiku, gan pacietību.
       *[formal] Saprotam, ka šī situācija Jums prasīja gan laiku, gan pacietību.
    }

# Personal voice, warm. "Such a situation would upset me too" avoids vīlies/vīlusies.
empathize-place = Tavā vietā arī mani tāda situācija sarūgtinātu.

# Personal voice, formal ("I realise how much trouble this caused you").
empathize-trouble = Apzinos, cik daudz raižu šī situācija Jums sagādāja.

## Step: explain — the root cause, briefly, never an excuse.

# Company voice: announces the cause, then gives it ("we found out why it happened:").
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-found = Noskaidrojām, kāpēc tā gadījās: { $cause }

# Either voice: announces the cause, then gives it (no "I"/"we").
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - formal or warm.
explain-happened =
    { $register ->
        [warm] Cēlonis bija šāds: { $cause }
       *[formal] Iemesls bija šāds: { $cause }
    }

# Personal voice: announces the cause, then gives it ("I found out why it happened:").
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-checked = Noskaidroju, kāpēc tā gadījās: { $cause }

# Either voice: the cause on its own.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-cause = { $cause }

## Step: fix — what has been done to put it right.
## The lead-ins only announce what has been done: a late parcel that "has arrived" is no
## deed to boast of ("we acted at once: it was delivered"), and the agent never claims the
## team's work as their own.

# Company voice: announces the fix, then gives it.
# Variables:
#   $fix (String) - What has already been done, whole sentences.
#   $register (String) - formal or warm.
fix-done =
    { $register ->
        [warm] Lūk, ko jau esam izdarījuši: { $fix }
       *[formal] Lūk, ko jau esam paveikuši: { $fix }
    }

# Either voice: the fix on its own.
# Variables:
#   $fix (String) - What has already been done, whole sentences.
fix-fact = { $fix }

# Personal voice: announces the fix neutrally ("here is what has already been done:").
# Variables:
#   $fix (String) - What has already been done, whole sentences.
#   $register (String) - formal or warm.
fix-mine =
    { $register ->
        [warm] Lūk, kas jau ir izdarīts: { $fix }
       *[formal] Lūk, kas jau ir paveikts: { $fix }
    }

# Company voice, when the fix is not done yet. No promise of updates here: next-steps
# gives the date (or "as soon as it is fixed"), and two promises in one letter read as a form.
fix-working = Pie risinājuma jau strādājam – tas šobrīd ir mūsu galvenais uzdevums.

# Company voice, when the fix is not done yet.
fix-working-team = Mūsu speciālisti jau meklē risinājumu ar augstāko prioritāti.

# Personal voice, when the fix is not done yet.
fix-working-mine = Pie risinājuma jau strādāju – tas šobrīd ir mans galvenais uzdevums.

# Personal voice, when the fix is not done yet ("together with colleagues": the agent does
# not claim to mend the system alone).
fix-working-mine-now = Kopā ar kolēģiem jau meklēju risinājumu.

## Step: prevent — what changes so that it does not happen again.
## Each lead-in opens with its purpose ("Lai tas neatkārtotos, …"), so the change is never
## heard as part of today's fix.

# Company voice: announces the change, then gives it.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-changed = Lai tas vairs neatkārtotos, esam mainījuši kārtību: { $prevention }

# Either voice: announces the change, then gives it (impersonal: no "I"/"we").
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-again = Lai tas neatkārtotos, ir ieviestas izmaiņas: { $prevention }

# Personal voice: the colleagues changed the procedure; the agent claims no part of it.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-mine = Lai tas neatkārtotos, kolēģi jau ir ieviesuši izmaiņas: { $prevention }

# Either voice: the change on its own. On the phone a listener cannot see where the fix ends,
# so the change is announced in a sentence of its own ("This will not happen again.").
# Variables:
#   $prevention (String) - What changes, whole sentences.
#   $channel (String) - email, chat, social or phone.
prevent-fact =
    { $channel ->
        [phone] Tas vairs neatkārtosies. { $prevention }
        [chat] { $prevention }
        [social] { $prevention }
       *[email] { $prevention }
    }

## Step: restore — make it right with something the customer values.
## Goodwill on top of putting things right, never the refund a fix may mention: "piešķirt"
## (grant), "saņemt" (receive), never "atmaksāt" (pay back) or "ieskaitīt kontā" (which
## account?), and never how or when it is paid. The amount prints "15 EUR" (never declined),
## so it stands as an object or before "apmērā". restore-refund, restore-credit and the
## months messages may stand right after the issue (restore-value): no "arī", "vēl",
## "turklāt" there; restore-extra* come after the fix step and say "in addition" with
## "turklāt" / "papildus tam" only: no "vēl" (another X), since the fix step may be "we are
## working on it", with no money before it.

# Company voice ("as compensation we grant you X").
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money, e.g. "15 EUR".
#   $register (String) - formal or warm.
restore-refund =
    { $register ->
        [warm] Kā kompensāciju piešķiram tev { $compensation_amount }.
       *[formal] Kā kompensāciju piešķiram Jums { $compensation_amount }.
    }

# Company voice ("from our side you are owed compensation: X").
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
restore-credit =
    { $register ->
        [warm] No mūsu puses tev pienākas kompensācija – { $compensation_amount }.
       *[formal] No mūsu puses Jums pienākas kompensācija { $compensation_amount } apmērā.
    }

# Personal voice ("as compensation I grant you X").
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
restore-refund-mine =
    { $register ->
        [warm] Kā kompensāciju piešķiru tev { $compensation_amount }.
       *[formal] Kā kompensāciju piešķiru Jums { $compensation_amount }.
    }

# Personal voice ("I have approved compensation of X for you").
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
restore-credit-mine =
    { $register ->
        [warm] Apstiprināju tev kompensāciju – { $compensation_amount }.
       *[formal] Apstiprināju Jums kompensāciju { $compensation_amount } apmērā.
    }

# Either voice ("you will receive compensation of X"; no "I"/"we").
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
restore-refund-on-way =
    { $register ->
        [warm] Kā kompensāciju tu saņemsi { $compensation_amount }.
       *[formal] Jūs saņemsiet kompensāciju { $compensation_amount } apmērā.
    }

# Company voice, after the fix: the compensation comes on top of putting things right.
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
restore-extra =
    { $register ->
        [warm] Turklāt kā kompensāciju piešķiram tev { $compensation_amount }.
       *[formal] Papildus tam piešķiram Jums kompensāciju { $compensation_amount } apmērā.
    }

# Personal voice, after the fix: the compensation comes on top of putting things right.
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
restore-extra-mine =
    { $register ->
        [warm] Turklāt kā kompensāciju piešķiru tev { $compensation_amount }.
       *[formal] Papildus tam piešķiru Jums kompensāciju { $compensation_amount } apmērā.
    }

# Company voice ("as compensation we added N free months to your subscription"): fits a plan
# already paid for. Accusative: vienu bezmaksas mēnesi; divus, trīs … bezmaksas mēnešus.
# Variables:
#   $free_months (Number) - Months of service offered free of charge, e.g. 2.
#   $register (String) - formal or warm.
restore-months =
    { $register ->
        [warm]
            { $free_months ->
                [1] Kā kompensāciju tavam abonementam pievienojām vienu bezmaksas mēnesi.
                [2] Kā kompensāciju tavam abonementam pievienojām divus bezmaksas mēnešus.
                [3] Kā kompensāciju tavam abonementam pievienojām trīs bezmaksas mēnešus.
                [4] Kā kompensāciju tavam abonementam pievienojām četrus bezmaksas mēnešus.
                [5] Kā kompensāciju tavam abonementam pievienojām piecus bezmaksas mēnešus.
                [6] Kā kompensāciju tavam abonementam pievienojām sešus bezmaksas mēnešus.
                [7] Kā kompensāciju tavam abonementam pievienojām septiņus bezmaksas mēnešus.
                [8] Kā kompensāciju tavam abonementam pievienojām astoņus bezmaksas mēnešus.
                [9] Kā kompensāciju tavam abonementam pievienojām deviņus bezmaksas mēnešus.
                [10] Kā kompensāciju tavam abonementam pievienojām desmit bezmaksas mēnešus.
                [zero] Kā kompensāciju tavam abonementam pievienojām { $free_months } bezmaksas mēnešus.
                [one] Kā kompensāciju tavam abonementam pievienojām { $free_months } bezmaksas mēnesi.
               *[other] Kā kompensāciju tavam abonementam pievienojām { $free_months } bezmaksas mēnešus.
            }
       *[formal]
            { $free_months ->
                [1] Kā kompensāciju Jūsu abonementam pievienojām vienu bezmaksas mēnesi.
                [2] Kā kompensāciju Jūsu abonementam pievienojām divus bezmaksas mēnešus.
                [3] Kā kompensāciju Jūsu abonementam pievienojām trīs bezmaksas mēnešus.
                [4] Kā kompensāciju Jūsu abonementam pievienojām četrus bezmaksas mēnešus.
                [5] Kā kompensāciju Jūsu abonementam pievienojām piecus bezmaksas mēnešus.
                [6] Kā kompensāciju Jūsu abonementam pievienojām sešus bezmaksas mēnešus.
                [7] Kā kompensāciju Jūsu abonementam pievienojām septiņus bezmaksas mēnešus.
                [8] Kā kompensāciju Jūsu abonementam pievienojām astoņus bezmaksas mēnešus.
                [9] Kā kompensāciju Jūsu abonementam pievienojām deviņus bezmaksas mēnešus.
                [10] Kā kompensāciju Jūsu abonementam pievienojām desmit bezmaksas mēnešus.
                [zero] Kā kompensāciju Jūsu abonementam pievienojām { $free_months } bezmaksas mēnešus.
                [one] Kā kompensāciju Jūsu abonementam pievienojām { $free_months } bezmaksas mēnesi.
               *[other] Kā kompensāciju Jūsu abonementam pievienojām { $free_months } bezmaksas mēnešus.
            }
    }

# Personal voice ("as compensation I added N free months to your subscription").
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - formal or warm.
restore-months-mine =
    { $register ->
        [warm]
            { $free_months ->
                [1] Kā kompensāciju tavam abonementam pievienoju vienu bezmaksas mēnesi.
                [2] Kā kompensāciju tavam abonementam pievienoju divus bezmaksas mēnešus.
                [3] Kā kompensāciju tavam abonementam pievienoju trīs bezmaksas mēnešus.
                [4] Kā kompensāciju tavam abonementam pievienoju četrus bezmaksas mēnešus.
                [5] Kā kompensāciju tavam abonementam pievienoju piecus bezmaksas mēnešus.
                [6] Kā kompensāciju tavam abonementam pievienoju sešus bezmaksas mēnešus.
                [7] Kā kompensāciju tavam abonementam pievienoju septiņus bezmaksas mēnešus.
                [8] Kā kompensāciju tavam abonementam pievienoju astoņus bezmaksas mēnešus.
                [9] Kā kompensāciju tavam abonementam pievienoju deviņus bezmaksas mēnešus.
                [10] Kā kompensāciju tavam abonementam pievienoju desmit bezmaksas mēnešus.
                [zero] Kā kompensāciju tavam abonementam pievienoju { $free_months } bezmaksas mēnešus.
                [one] Kā kompensāciju tavam abonementam pievienoju { $free_months } bezmaksas mēnesi.
               *[other] Kā kompensāciju tavam abonementam pievienoju { $free_months } bezmaksas mēnešus.
            }
       *[formal]
            { $free_months ->
                [1] Kā kompensāciju Jūsu abonementam pievienoju vienu bezmaksas mēnesi.
                [2] Kā kompensāciju Jūsu abonementam pievienoju divus bezmaksas mēnešus.
                [3] Kā kompensāciju Jūsu abonementam pievienoju trīs bezmaksas mēnešus.
                [4] Kā kompensāciju Jūsu abonementam pievienoju četrus bezmaksas mēnešus.
                [5] Kā kompensāciju Jūsu abonementam pievienoju piecus bezmaksas mēnešus.
                [6] Kā kompensāciju Jūsu abonementam pievienoju sešus bezmaksas mēnešus.
                [7] Kā kompensāciju Jūsu abonementam pievienoju septiņus bezmaksas mēnešus.
                [8] Kā kompensāciju Jūsu abonementam pievienoju astoņus bezmaksas mēnešus.
                [9] Kā kompensāciju Jūsu abonementam pievienoju deviņus bezmaksas mēnešus.
                [10] Kā kompensāciju Jūsu abonementam pievienoju desmit bezmaksas mēnešus.
                [zero] Kā kompensāciju Jūsu abonementam pievienoju { $free_months } bezmaksas mēnešus.
                [one] Kā kompensāciju Jūsu abonementam pievienoju { $free_months } bezmaksas mēnesi.
               *[other] Kā kompensāciju Jūsu abonementam pievienoju { $free_months } bezmaksas mēnešus.
            }
    }

# Either voice ("N free months are added to your subscription as compensation"; passive, no
# "I"/"we"). The verb agrees: ir pievienots viens mēnesis / 21 mēnesis; ir pievienoti divi mēneši.
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - formal or warm.
restore-months-free =
    { $register ->
        [warm]
            { $free_months ->
                [1] Tavam abonementam kā kompensācija ir pievienots viens bezmaksas mēnesis.
                [2] Tavam abonementam kā kompensācija ir pievienoti divi bezmaksas mēneši.
                [3] Tavam abonementam kā kompensācija ir pievienoti trīs bezmaksas mēneši.
                [4] Tavam abonementam kā kompensācija ir pievienoti četri bezmaksas mēneši.
                [5] Tavam abonementam kā kompensācija ir pievienoti pieci bezmaksas mēneši.
                [6] Tavam abonementam kā kompensācija ir pievienoti seši bezmaksas mēneši.
                [7] Tavam abonementam kā kompensācija ir pievienoti septiņi bezmaksas mēneši.
                [8] Tavam abonementam kā kompensācija ir pievienoti astoņi bezmaksas mēneši.
                [9] Tavam abonementam kā kompensācija ir pievienoti deviņi bezmaksas mēneši.
                [10] Tavam abonementam kā kompensācija ir pievienoti desmit bezmaksas mēneši.
                [zero] Tavam abonementam kā kompensācija ir pievienoti { $free_months } bezmaksas mēneši.
                [one] Tavam abonementam kā kompensācija ir pievienots { $free_months } bezmaksas mēnesis.
               *[other] Tavam abonementam kā kompensācija ir pievienoti { $free_months } bezmaksas mēneši.
            }
       *[formal]
            { $free_months ->
                [1] Jūsu abonementam kā kompensācija ir pievienots viens bezmaksas mēnesis.
                [2] Jūsu abonementam kā kompensācija ir pievienoti divi bezmaksas mēneši.
                [3] Jūsu abonementam kā kompensācija ir pievienoti trīs bezmaksas mēneši.
                [4] Jūsu abonementam kā kompensācija ir pievienoti četri bezmaksas mēneši.
                [5] Jūsu abonementam kā kompensācija ir pievienoti pieci bezmaksas mēneši.
                [6] Jūsu abonementam kā kompensācija ir pievienoti seši bezmaksas mēneši.
                [7] Jūsu abonementam kā kompensācija ir pievienoti septiņi bezmaksas mēneši.
                [8] Jūsu abonementam kā kompensācija ir pievienoti astoņi bezmaksas mēneši.
                [9] Jūsu abonementam kā kompensācija ir pievienoti deviņi bezmaksas mēneši.
                [10] Jūsu abonementam kā kompensācija ir pievienoti desmit bezmaksas mēneši.
                [zero] Jūsu abonementam kā kompensācija ir pievienoti { $free_months } bezmaksas mēneši.
                [one] Jūsu abonementam kā kompensācija ir pievienots { $free_months } bezmaksas mēnesis.
               *[other] Jūsu abonementam kā kompensācija ir pievienoti { $free_months } bezmaksas mēneši.
            }
    }

## Step: next-steps — when the customer hears from us next.
## "ne vēlāk kā" takes the locative (18. decembrī), "līdz" the dative (18. decembrim).
## next-steps-date* only while the fix is not done (they promise news on the work);
## next-steps-check* only after a finished fix (they ask whether all is well).

# Company voice, fix not done: news on the work by the date.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - formal or warm.
next-steps-date =
    { $register ->
        [warm] Ne vēlāk kā { DATE($follow_up_date, skeleton: "MMMMd", month: "locative") } sazināsimies ar tevi un pastāstīsim jaunāko.
       *[formal] Ne vēlāk kā { DATE($follow_up_date, skeleton: "MMMMd", month: "locative") } sazināsimies ar Jums un pastāstīsim jaunāko.
    }

# Company voice, fix not done ("by the date we will let you know how the work is going").
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - formal or warm.
next-steps-date-update =
    { $register ->
        [warm] Līdz { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } dosim tev ziņu, kā viss virzās.
       *[formal] Līdz { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } dosim Jums ziņu, kā viss virzās.
    }

# Personal voice, fix not done.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - formal or warm.
next-steps-date-mine =
    { $register ->
        [warm] Ne vēlāk kā { DATE($follow_up_date, skeleton: "MMMMd", month: "locative") } sazināšos ar tevi un pastāstīšu jaunāko.
       *[formal] Ne vēlāk kā { DATE($follow_up_date, skeleton: "MMMMd", month: "locative") } sazināšos ar Jums un pastāstīšu jaunāko.
    }

# Personal voice, fix not done.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - formal or warm.
next-steps-date-mine-call =
    { $register ->
        [warm] Līdz { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } došu tev ziņu, kā viss virzās.
       *[formal] Līdz { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } došu Jums ziņu, kā viss virzās.
    }

# Company voice, after a finished fix: we ask whether all is well ("apvaicāsimies": we will
# check in; not "jautā-", which the phone goodbye uses).
# Variables:
#   $follow_up_date (Date) - The date of our check-in.
#   $register (String) - formal or warm.
next-steps-check =
    { $register ->
        [warm] Ne vēlāk kā { DATE($follow_up_date, skeleton: "MMMMd", month: "locative") } apvaicāsimies, vai tev viss ir kārtībā.
       *[formal] Ne vēlāk kā { DATE($follow_up_date, skeleton: "MMMMd", month: "locative") } apvaicāsimies, vai Jums viss ir kārtībā.
    }

# Company voice, after a finished fix: a check that everything is settled.
# Variables:
#   $follow_up_date (Date) - The date of our check-in.
#   $register (String) - formal or warm.
next-steps-check-all =
    { $register ->
        [warm] Līdz { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } ar tevi sazināsimies, lai pārliecinātos, ka viss ir atrisināts.
       *[formal] Līdz { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } ar Jums sazināsimies, lai pārliecinātos, ka viss ir atrisināts.
    }

# Personal voice, after a finished fix: the agent asks whether all is well.
# Variables:
#   $follow_up_date (Date) - The date of the check-in.
#   $register (String) - formal or warm.
next-steps-check-mine =
    { $register ->
        [warm] Ne vēlāk kā { DATE($follow_up_date, skeleton: "MMMMd", month: "locative") } apvaicāšos, vai tev viss ir kārtībā.
       *[formal] Ne vēlāk kā { DATE($follow_up_date, skeleton: "MMMMd", month: "locative") } apvaicāšos, vai Jums viss ir kārtībā.
    }

# Personal voice, after a finished fix: a check that everything is settled.
# Variables:
#   $follow_up_date (Date) - The date of the check-in.
#   $register (String) - formal or warm.
next-steps-check-mine-all =
    { $register ->
        [warm] Līdz { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } ar tevi sazināšos, lai pārliecinātos, ka viss ir atrisināts.
       *[formal] Līdz { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } ar Jums sazināšos, lai pārliecinātos, ka viss ir atrisināts.
    }

# Company voice, no date yet, fix not done yet.
# Variables:
#   $register (String) - formal or warm.
next-steps-when-fixed =
    { $register ->
        [warm] Tiklīdz viss būs kārtībā, tu to no mums uzzināsi nekavējoties.
       *[formal] Tiklīdz viss būs kārtībā, Jūs to no mums uzzināsiet nekavējoties.
    }

# Personal voice, no date yet, fix not done yet.
# Variables:
#   $register (String) - formal or warm.
next-steps-when-fixed-mine =
    { $register ->
        [warm] Tiklīdz viss būs kārtībā, es tev to personīgi paziņošu.
       *[formal] Tiklīdz viss būs kārtībā, es Jums to personīgi paziņošu.
    }

## Step: invite — invite questions, or move a public thread to a private channel.
## A message that gives $contact never says "write": the contact may be a phone number
## ("sazinies" — get in touch — fits all three kinds).

# Company voice; email and chat (no contact given, so "write to us" is right here).
# "Ja" opens a question, never an apology.
# Variables:
#   $register (String) - formal or warm.
invite-reply =
    { $register ->
        [warm] Ja tev rodas jautājumi, droši raksti mums.
       *[formal] Ja Jums rodas jautājumi, droši rakstiet mums.
    }

# Personal voice; email and chat.
# Variables:
#   $register (String) - formal or warm.
invite-questions =
    { $register ->
        [warm] Ja kaut kas vēl nav skaidrs, jautā – labprāt visu paskaidrošu.
       *[formal] Ja kaut kas vēl nav skaidrs, jautājiet – labprāt visu paskaidrošu.
    }

# Either voice; chat: keep the conversation where it is ("just write here").
# Variables:
#   $register (String) - formal or warm.
invite-chat-here =
    { $register ->
        [warm] Ja vēl kas rodas, vienkārši raksti tepat.
       *[formal] Ja Jums ir vēl kādi jautājumi, rakstiet tepat.
    }

# Company voice; email: a direct line. $contact stays last.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - formal or warm.
invite-reach =
    { $register ->
        [warm] Ja rodas kādi jautājumi, droši sazinies ar mums: { $contact }.
       *[formal] Ja Jums rodas vēl kādi jautājumi, sazinieties ar mums: { $contact }.
    }

# Personal voice; email: a direct line. $contact stays last.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - formal or warm.
invite-reach-mine =
    { $register ->
        [warm] Ja rodas kādi jautājumi, droši sazinies ar mani: { $contact }.
       *[formal] Ja Jums rodas vēl kādi jautājumi, sazinieties ar mani: { $contact }.
    }

# Social media, company voice: move a public thread to a private channel. $contact stays
# last, with no full stop after it (a handle or an address is copied as it stands).
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - formal or warm.
invite-private =
    { $register ->
        [warm] Lai visu nokārtotu, lūdzu, sazinies ar mums privāti: { $contact }
       *[formal] Lai visu nokārtotu, lūdzu, sazinieties ar mums privāti: { $contact }
    }

# Social media, personal voice: move a public thread to a private channel. $contact stays last.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - formal or warm.
invite-private-mine =
    { $register ->
        [warm] Lai es to varētu nokārtot, lūdzu, sazinies ar mani privāti: { $contact }
       *[formal] Lai es to varētu nokārtot, lūdzu, sazinieties ar mani privāti: { $contact }
    }

# Social media, company voice: ask for a direct message ("there we will explain and settle
# everything").
# Variables:
#   $register (String) - formal or warm.
invite-direct-message =
    { $register ->
        [warm] Lūdzu, uzraksti mums privātā ziņā – tur visu izstāstīsim un nokārtosim.
       *[formal] Lūdzu, uzrakstiet mums privātā ziņā – tur visu izstāstīsim un nokārtosim.
    }

# Social media, personal voice: ask for a direct message.
# Variables:
#   $register (String) - formal or warm.
invite-direct-message-mine =
    { $register ->
        [warm] Lūdzu, uzraksti man privātā ziņā – tur visu izstāstīšu un nokārtošu.
       *[formal] Lūdzu, uzrakstiet man privātā ziņā – tur visu izstāstīšu un nokārtošu.
    }

# Phone script, either voice.
# Variables:
#   $register (String) - formal or warm.
invite-phone-questions =
    { $register ->
        [warm] Vai tev ir vēl kādi jautājumi?
       *[formal] Vai Jums ir vēl kādi jautājumi?
    }

# Phone script, company voice; only after something was done.
# Variables:
#   $register (String) - formal or warm.
invite-anything-else =
    { $register ->
        [warm] Vai varam tev vēl kā palīdzēt?
       *[formal] Vai varam Jums vēl kā palīdzēt?
    }

# Phone script, personal voice; only after something was done.
# Variables:
#   $register (String) - formal or warm.
invite-anything-else-mine =
    { $register ->
        [warm] Vai varu tev vēl kā palīdzēt?
       *[formal] Vai varu Jums vēl kā palīdzēt?
    }

## Step: thank — for telling us.

# Company voice.
# Variables:
#   $register (String) - formal or warm.
thank-telling =
    { $register ->
        [warm] Paldies, ka mums par to pastāstīji.
       *[formal] Paldies, ka mums par to pastāstījāt.
    }

# Company voice ("thank you for turning to us").
# Variables:
#   $register (String) - formal or warm.
thank-chance =
    { $register ->
        [warm] Paldies, ka vērsies pie mums.
       *[formal] Paldies, ka vērsāties pie mums.
    }

# Company voice, formal; email and phone.
thank-time = Paldies, ka veltījāt laiku un mums par to pastāstījāt.

# Company voice; chat.
# Variables:
#   $register (String) - formal or warm.
thank-short =
    { $register ->
        [warm] Paldies, ka uzrakstīji!
       *[formal] Paldies, ka uzrakstījāt!
    }

# Either voice ("thank you for raising this").
# Variables:
#   $register (String) - formal or warm.
thank-patience =
    { $register ->
        [warm] Paldies, ka par to ziņoji.
       *[formal] Paldies, ka par to ziņojāt.
    }

# Personal voice ("thank you for your understanding").
thank-mine = Paldies par sapratni.

# Personal voice.
# Variables:
#   $register (String) - formal or warm.
thank-mine-telling =
    { $register ->
        [warm] Paldies, ka man par to pastāstīji.
       *[formal] Paldies, ka man par to pastāstījāt.
    }

## Step: close — optimism about the relationship, without promising a "next time" or
## "winning back trust" (translated clichés).

# Company voice ("we hope that from now on everything goes smoothly").
close-trust = Ceram, ka turpmāk viss noritēs bez aizķeršanās.

# Company voice, warm ("we hope your next experience with us will be a much better one").
close-next-time = Ceram, ka nākamā pieredze ar mums būs daudz patīkamāka.

# Company voice, formal letter.
close-relationship = Mums ir svarīgi, lai Jūs arī turpmāk varētu uz mums paļauties.

# Personal voice.
close-mine = Ceru, ka turpmāk viss noritēs bez aizķeršanās.

# Personal voice ("it matters to me that your next experience is a good one").
# Variables:
#   $register (String) - formal or warm.
close-mine-trust =
    { $register ->
        [warm] Man ir svarīgi, lai nākamā pieredze tev būtu tikai laba.
       *[formal] Man ir svarīgi, lai nākamā pieredze Jums būtu tikai laba.
    }

## Step: sign-off — the closing formula and who is writing.
## "Ar cieņu" closes a Jūs letter; a tu letter closes "Jauku dienu!" or "Visu labu!".

# Email, with the agent's name and the company (a signature line: the name stands alone).
# Variables:
#   $agent_name (String) - The agent's first name.
#   $company (String) - The company's name.
#   $register (String) - formal or warm.
sign-off-regards =
    { $register ->
        [warm]
            Jauku dienu!
            { $agent_name }
            { $company }
       *[formal]
            Ar cieņu
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
            Jauku dienu!
            { $agent_name }
       *[formal]
            Ar cieņu
            { $agent_name }
    }

# Warm register; email and chat.
# Variables:
#   $agent_name (String) - The agent's first name.
sign-off-warm =
    Visu labu!
    { $agent_name }

# Company voice only; email, when we know no names.
# Variables:
#   $register (String) - formal or warm.
sign-off-team =
    { $register ->
        [warm]
            Jauku dienu!
            Klientu atbalsta komanda
       *[formal]
            Ar cieņu
            Klientu atbalsta komanda
    }

# Company voice only; email, chat, social: the named company signs. An e-mail closes with
# its formula and the name on its own line; chat and social sign with a dash. The name
# stands alone, so it is never left undeclined before a noun („X” komanda).
# Variables:
#   $company (String) - The company's name.
#   $channel (String) - email, chat, social or phone.
#   $register (String) - formal or warm.
sign-off-team-company =
    { $channel ->
        [email]
            { $register ->
                [warm]
                    Jauku dienu!
                    { $company }
               *[formal]
                    Ar cieņu
                    { $company }
            }
        [chat] – { $company }
       *[social] – { $company }
    }

# Chat and social media signature.
# Variables:
#   $agent_name (String) - The agent's first name.
sign-off-initials = – { $agent_name }

# Phone script: the customer's last turn ("if you have no more questions…"), then the one
# thank-you of the call and the goodbye.
# Variables:
#   $register (String) - formal or warm.
sign-off-phone =
    { $register ->
        [warm] Ja tev vairs nav jautājumu – paldies par sarunu! Uz dzirdēšanos!
       *[formal] Ja Jums vairs nav jautājumu – paldies par sarunu! Uz dzirdēšanos!
    }

# Phone script: goodbye without thanks (when the call has already thanked), still leaving the
# customer a last turn ("if nothing else is needed…").
sign-off-phone-bye = Ja nekas cits nav vajadzīgs – visu labu! Uz dzirdēšanos!

## Blanks — labels a helpdesk macro shows where the agent must write the facts.
## A macro (Zendesk, Freshdesk, Help Scout, Intercom, Gorgias, Front, CSV) is written
## before the incident happens, so it cannot know what went wrong. `phrasebank macros`
## puts these labels where the facts go; the agent replaces each one before sending.
## Write them the way a support lead labels a template: short, unmistakably unfinished,
## in square brackets, no full stop, no variables.

# The customer's first name, where the helpdesk has no name on file. A greeting needs the
# vocative (Jāni, Pēteri), which a helpdesk placeholder cannot make: the label says so.
blank-customer-name = [klienta vārds uzrunas formā]

# The agent's own name, for the sign-off ("your name"; support teams say "tu" internally).
blank-agent-name = [tavs vārds]

# Stands for $issue ("what went wrong", the everyday idiom).
blank-issue = [kas nogāja greizi]

# Stands for $cause ("why it happened").
blank-cause = [kāpēc tā notika]

# Stands for $fix ("what has already been done to put it right").
blank-fix = [kas jau izdarīts, lai to labotu]

# Stands for $prevention ("what will change so that it does not repeat").
blank-prevention = [kas mainīsies, lai tas neatkārtotos]

# Stands for $compensation_amount inside the compensation sentence ("amount and currency").
blank-compensation = [summa un valūta]

## Macro titles — what a helpdesk lists each exported macro as (`phrasebank macros`).
## Agents search their helpdesk's macro list for these words, so write each the way a
## support lead of this language names a saved reply: short, no full stop, no variables.
## The helpdesk shows them as "<macro title> (<register>, <channel>, <voice>) [key]".

# The macro's name, one per playbook.
macro-title-five-steps = Atvainošanās – pieci soļi
macro-title-restore-value = Atvainošanās – vispirms kompensācija
macro-title-personal = Personiska atvainošanās
macro-title-formal-letter = Oficiāla atvainošanās vēstule
macro-title-own-it = Atvainošanās – atzīstam kļūdu
macro-title-social = Atvainošanās – publiska atbilde sociālajos tīklos

# The options a macro was written for, listed after its name: register, channel, voice.
macro-option-formal = oficiāli
macro-option-warm = sirsnīgi
macro-option-email = e-pasts
macro-option-chat = tērzēšana
macro-option-social = sociālie tīkli
macro-option-phone = tālrunis
macro-option-we = uzņēmuma vārdā
macro-option-i = pirmajā personā
