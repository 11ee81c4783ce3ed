### phrasebank: Latvian (lv, latviešu valoda), as a support team in Latvia writes and speaks today.
### Choices made in this locale:
### - Address: the formal register uses Jūs, Jūsu, Jums (capitalised, as in a letter);
###   the warm register uses tu, tavs, tev, tevi. Messages select on $register wherever
###   the address shows (pronoun or verb ending); messages with no address are written once.
### - Voice: "we" messages speak in the 1st person plural (atvainojamies, piešķiram),
###   "I" messages in the 1st person singular (atvainojos, piešķiru). Messages the catalog gives
###   to both voices have no 1st-person word at all: they speak about the customer
###   (Jums nācās…), impersonally or in the 3rd person (kolēģi ir ieviesuši izmaiņas).
###   On the phone one person is always speaking, so the phone greetings say "zvanu" and
###   "šeit/te Ilze" in either voice (catalog: self_introduction), one introduction only
###   ("Šeit Ilze, „…”. Zvanu par ziņu, …"; round 13). The phone goodbyes have no
###   "I"/"we" at all, so they fit a call in either voice.
###   locales/lv/letter.yaml lists the 1st-person words for the check.
### - Stacked steps. In five-steps state → apologize → empathize → own stand in a row (the
###   catalog's state-issue gives the fact alone, with no verdict of its own; the formal letter,
###   personal and own-it: acknowledge → apologize → own), and read as one short passage, so each
###   does its own job in its own words, one sentence each: acknowledge judges the fact ("Tā
###   nedrīkstēja notikt."), apologize says sorry once and says what for, sized for any incident
###   ("par šīm nepatikšanām"; not "par visām šīm nepatikšanām", inflated for one late parcel,
###   round 10, nor "par visu, ko Jums nācās piedzīvot"), empathize says what it cost in time and
###   effort, never the customer's feelings or "nepatikšanas"/"raizes" again (never "mūsu dēļ", never "lai gan visam
###   vajadzēja noritēt gludi": the lines either side already say whose fault and that it should
###   not have happened), own says whose mistake it was and leads into the cause. One "šī/šo" at
###   most besides the apology's "šīm nepatikšanām" (no "šī situācija"). No "par sagādātajām neērtībām", "Jūsu vilšanās ir
###   pilnīgi saprotama", "Par Jums mums vajadzēja parūpēties", "uzņemamies pilnu atbildību"
###   or "Paldies par sapratni": translated support-speak that a Latvian reader spots at once.
###   In restore-value the regret comes first, with the ownership ("Mums ir ļoti žēl. Kļūda ir
###   mūsu, …"), and the apology itself last, after the prevention, said once more ("Vēlreiz
###   atvainojamies Jums par šīm nepatikšanām."): it names what it is for and never points back
###   with a bare "par to" / "ka tā sanāca"; "žēl" only at the start, atvaino- only at the end
###   (no_echo), so the two never read as the same apology twice. One sorry per
###   sentence: "No sirds atvainojamies tev par …", not "Mums ir ļoti žēl …, un mēs
###   tev atvainojamies" (round 5: with own-regret before it, it read as apologising twice).
### - Ownership. After an apology (own-full … own-mine-care) it is plain: "Kļūda ir mūsu, un
###   mēs par to atbildam", "Mēs Jūs pievīlām, un tam nav attaisnojuma", "Kļūdījāmies mēs, un
###   te nav ko aizbildināties"; no "Šoreiz" (it hints "usually we don't"), no "uz mūsu
###   sirdsapziņas" (kept in Latvian for grave wrongs: theatrical for a late parcel). Before any
###   apology (own-regret*, restore-value: greeting, state, own, fix, restore, explain, prevent,
###   apologize, invite) it says the regret outright, in "žēl", with the ownership ("Mums ir ļoti
###   žēl. Kļūda ir mūsu, un mēs par to pilnībā atbildam.", "Mums ir ļoti žēl. Šī kļūda ir mūsu,
###   un tai nav attaisnojuma."), so the customer hears it as soon as the problem is
###   confirmed (round 11: a Latvian agent says sorry right after "Vai viss bija tieši tā?");
###   never the apology's own atvaino-, which the letter keeps for its last line; not "…, un mēs
###   to atklāti atzīstam", a courtroom confession, round 8; never opening "Tā ir …", which on the
###   phone follows "Vai viss bija tieši tā?" as an audible echo, round 11; no "nožēlojam" (stiff
###   written regret) and no "patiesi / patiešām žēl" (it meets "nepatikšanām" of the closing
###   apology once the prefix is stripped: "Mums ir ļoti žēl.").
###   The agent owns the resolution, never the team's error or its work and never grandly
###   ("ņemu savās rokās") and never as work still to do ("Uzņemos atbildību par šīs kļūdas
###   labošanu", round 11: a stiff calque that promises a repair the fix step reports as done):
###   "Par šo lietu tagad atbildu es, tāpēc Jums nebūs viss jāsāk no
###   sākuma", "Tagad šī lieta ir manā pārziņā, un Jums tā vairs nebūs jāizklāsta citiem" (always
###   with what it means for the customer: a bare claim led nowhere, round 8; present tense: it fits a fix already done; the future "nodarbošos" only in own-mine,
###   which the catalog keeps for letters without a fix); no "man ir neērti" (the agent's own
###   feelings). The fix lead-ins say what has been done ("Esam jau rīkojušies:", "Lūk, kas jau ir
###   izdarīts:"; not the bare label "Ko esam izdarījuši:", a form heading that cannot be said
###   aloud), never "now" ("Lūk, kā lietas stāv tagad:" clashes with a dated or past fix)
###   and never "Lūk, kā ir ar risinājumu:" ("what about the solution?" casts doubt). The cause
###   comes after the compensation in restore-value, so every explain message reads as an
###   explanation and names what it explains, "problēma", never a bare "tā" that right after
###   the compensation asks why the money or the free month was given ("Kāpēc tā notika?",
###   round 11): a lead-in in the active voice ("Noskaidrojām / Noskaidroju, kāpēc radās problēma:",
###   "Lūk, kas izraisīja problēmu:"; not the agentless "Noskaidrojās, kur radās kļūme:", which drops the
###   company right after "Kļūda ir mūsu", and "kur" is no question for a cause) or, without a
###   colon, the customer's own question before it ("Kas īsti izraisīja problēmu? …"); never a label after
###   the cause ("Tieši tāpēc tā gadījās.", round 7: redundant, and "gadījās" hints at chance) and
###   never the report line "Tāds bija kļūmes cēlonis."; the personal prevention lead-in credits the colleagues who changed the procedure.
### - Empathy states what the problem cost without reproach and without grading the
###   customer's feelings: "Tev nācās tērēt savu laiku un nervus" (warm only: "nervus" is colloquial
###   under Jūs, round 10; formal "laiku un spēkus"), "Jums tas viss prasīja lieku laiku un pūles",
###   "Saprotu, ka tev tas prasīja…" (not "Zinu, ka…", which presumes; not "cik daudz raižu / nervu",
###   which grades it), never "Jums nevajadzēja tērēt…" (which reads "you needn't have bothered").
### - Gender: no message needs the agent's gender (the bank avoids past participles of the
###   speaker: "Par šo lietu tagad atbildu es", not "esmu ņēmusi / ņēmis"); a message that one
###   day needs one selects on $agent_gender and its unknown branch uses the simple past.
###   $customer_gender is used where the greeting itself changes: Sveika/Sveiks (warm); unknown
###   falls back to "Sveiki", which needs no agreement. Formal greetings ("Labdien, …!",
###   "Sveicināti, …!") need none; no "Cienījamā/Cienījamais" before a first name (round 7).
### - Names: $customer_name arrives already in the vocative (Jāni, Pēteri, Edgar, Laura),
###   derived by locales/lv/address.yaml; a name no rule covers is not passed, and the
###   composer greets without it. So the name stands only in direct address (greetings).
###   $agent_name stays in the nominative ("Šeit Kristaps, …", a sign-off line).
###   $company is never declined, so it stands only where Latvian wants the nominative: on the
###   phone alone after the agent's name ("Šeit Ilze, „Daugavas Banka”."); on a signature line
###   alone. Never as an attribute before a noun ("no „Daugavas
###   Banka” klientu atbalsta", round 11: a quoted name with no generic noun before it declines,
###   „Daugavas Bankas” klientu atbalsts, and only names that cannot decline, Telekom, Tele2,
###   came out right), never as the object of "no" and never after "uzņēmuma" (a name may
###   already start with a generic noun: „Viesnīca Jūras Priede”).
### - One step, one vocabulary: no root is used in two steps that can meet in a letter
###   (atvaino- only in apologize, kļūd-/atbildīb- only in own, kompensācij- only in restore,
###   paldies only in thank and one phone goodbye). The composer enforces this with letter.yaml
###   (first 4 letters after a verbal prefix); the wording is planned so that it rarely has to.
###   Beware roots hidden behind a prefix: "vaina" would echo "atvainojamies" (at- + vain-).
### - Lead-ins are whole sentences that end with a colon followed by the fact
###   (letter_rules.lead_ins_deliver). Latvian writes lower case after a colon, and letter.yaml
###   sets lead_in_lowercase, so the composer lowers the first letter of the agent's sentence
###   there ("Noskaidrojām, kāpēc radās problēma: mūsu noliktava…").
### - Facts ($issue, $cause, $fix, $prevention) are whole sentences: they stand at a sentence
###   boundary and nothing is inflected around them. Messages that can follow the fix or the
###   prevention never open with a bare "tā"/"to" that could point at the previous sentence:
###   they name what they mean (šī lieta, šīs izmaiņas).
### - Compensation is goodwill on top of putting things right, given as a firm commitment:
###   "Kā kompensāciju piešķiram Jums …" (formal), "Kā kompensāciju tu saņemsi …" (warm: the
###   office verb "piešķiram" jars next to "tu"), never "par sagādātajām neērtībām" (the
###   corporate cliché that plays the problem down), never "Jums pienākas" (an entitlement),
###   never atmaksāt/ieskaitīt (a refund, an account) and never how or when it is paid; after a
###   fix, restore-extra* say what it is for ("par notikušo"), never "Turklāt", which at the
###   head of a paragraph ties the money to the prevention sentence before it. Free months are
###   granted as they stand ("piešķiram Jums divus bezmaksas mēnešus"), never added to an
###   "abonements" (round 13: a bank account or a hotel stay is no subscription); the
###   either-voice message grants them ("Jums kā kompensācija ir piešķirti divi bezmaksas
###   mēneši"). No "no mums" after "saņemsi": the letter is from us already (round 13).
### - Prevention is always signposted BEFORE the fact, so it is never taken for part of the fix:
###   the lead-ins open with their purpose ("Lai līdzīga situācija vairs neatkārtotos, …:") and say who made the
###   change (the either-voice ones: "kolēģi"; never the agentless "ir ieviestas izmaiņas",
###   round 13); a letter has at most two lead-ins, so prevent-fact puts a short purpose
###   sentence before the fact ("Lai līdzīgi gadījumi neatkārtotos, kolēģi ir ieviesuši šādas
###   izmaiņas."; not the filler "Svarīgi ir arī tas, lai kas tāds
###   neatkārtotos.", round 8), never a framing after it ("Šīs izmaiņas ir ieviestas, lai
###   tas neatkārtotos.": too late), never a guarantee ("Tas vairs neatkārtosies") and never
###   "tagad", which the agent's sentence often says.
### - Follow-ups: next-steps-date* (no fix yet) promise news on the work; next-steps-check*
###   (fix done) only ask whether all is well. No "vēlreiz piezvanīsim" in a letter that
###   followed no call.
### - Dates: { DATE($follow_up_date, skeleton: "MMMMd", month: "locative") } after "ne vēlāk
###   kā" (18. decembrī) and month: "dative" after "līdz" (18. decembrim); formats.yaml lists
###   both cases. No year and no weekday: the follow-up is always within weeks, and
###   "18. decembrī" reads aloud naturally on the phone.
### - Money: { $compensation_amount } prints "15 EUR", "12,50 EUR" (formats.yaml), as Latvian
###   business letters and the agents' own facts write it ("38,60 EUR"); a phone script prints
###   "15 eiro" (formats.yaml money.spoken), as the agent says it. A code does not decline, so the amount stands as an object
###   (piešķiram … 15 EUR, 15 EUR kompensāciju). The agent never pays from their own pocket ("tu
###   no manis saņemsi") and never reports an internal approval ("Apstiprināju …"): "Parūpējos,
###   lai tu saņemtu …", "Tev ir piešķirta … kompensācija".
### - Counts: 1–10 are spelled out in the right case with numeric variant keys ([1] vienu
###   dienu, [2] divas dienas; [2] divus mēnešus); larger counts use CLDR zero/one/other
###   (zero = 0, 10–20, 30…: dienas; one = 21, 31…: dienu). Numeric keys come first.
### - Phone: an outbound call opens with the customer's name, who calls and from where in one
###   introduction ("Šeit Ilze, „…”."), and why ("Zvanu par ziņu, ko nesen atsūtījāt."), once, and
###   asks "Vai Jums ir ērti runāt?";
###   every read-back of the issue is led in ("Vispirms īsi par notikušo.", "Vispirms gribu
###   pārliecināties…"), never read straight after "Vai Jums ir ērti runāt?", and ends with a
###   real question, "Vai viss bija tieši tā?" (state-issue too; the bare "Vai tā bija?" is curt).
###   Every call ends with the invite step, then sign-off-phone-bye,
###   which has already asked, and only says goodbye (formal-letter thanks before its invite). No phone message asks the customer
###   to write.
### - Contacts fit their kind ($contact_kind): a phone number is called ("zvaniet mums pa
###   tālruni …"), an e-mail address or a handle is written to, anything else gets
###   "sazinieties". A personal letter never says "contact me" before what may be a shared
###   mailbox.
### - Public replies (social) say what the apology is for without quoting a fact: "par notikušo".
### - Closing formulas without a comma, as Latvian letter practice has it: "Ar cieņu" under a
###   Jūs e-mail, "Visu labu!" under a tu e-mail (not "Jauku dienu!" right after an apology);
###   a chat closes "Visu labu!" above the name. Dash: spaced en dash (–). Quotation marks: „…”.

## Step: greeting — open the message, by first name when we have it.

# Formal letter opening. Email, formal register. The name is already in the vocative.
# "Sveicināti, …!", the usual opening of a Latvian business e-mail (greeting-hello-name is the
# "Labdien, …!" one). Not "Cienījamā/Cienījamais": it belongs before a surname or a title, and
# before a first name it reads as a stiff mix (round 7). No agreement, so no gender.
# Variables:
#   $customer_name (String) - The customer's first name in the vocative, e.g. "Jāni", "Laura".
greeting-dear = Sveicināti, { $customer_name }!

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

# Opening when we do not know the name. Email, chat, social: "Labdien!" in the formal register,
# "Sveiki!" in the warm one (a tu-letter does not open as stiffly as a Jūs letter).
# Variables:
#   $register (String) - formal or warm.
greeting-hello =
    { $register ->
        [warm] Sveiki!
       *[formal] Labdien!
    }

# Friendly opening without a name. Warm register; chat and social.
greeting-hi = Sveiki!

# Phone script, outbound call: one introduction, who is calling and from where ("Šeit Ilze,
# „Daugavas Banka”." formal, "Te Ilze, …" warm: the name and the company side by side, as a
# caller identifies themselves), then why ("Zvanu par ziņu, ko nesen atsūtījāt."), then the
# question every Latvian outbound call asks ("is this a good time to talk?"), which also lets
# the customer say they are not the person asked for. Not "Jums zvana „X”, te Ilze no klientu
# atbalsta – …" (round 13: the company and then the agent introduced twice over). The company
# stands alone in the nominative after the name, the one slot where an undeclined name is right
# for every company: not an attribute of "klientu atbalsta" ("no „Daugavas Banka” klientu
# atbalsta" needs the genitive „Daugavas Bankas”, round 11), not the object of "no", and not
# stacked after "uzņēmuma" (a name may already start with a generic noun: „Viesnīca Jūras
# Priede”). "zvanu" is said once, by the person on the line, in either voice.
# Variables:
#   $agent_name (String) - The agent's first name (nominative).
#   $company (String) - The company's name (quoted, uninflected).
#   $register (String) - formal or warm.
greeting-phone =
    { $register ->
        [warm] Sveiki! Te { $agent_name }, „{ $company }”. Zvanu par ziņu, ko nesen atsūtīji. Vai tev ir ērti runāt?
       *[formal] Labdien! Šeit { $agent_name }, „{ $company }”. Zvanu par ziņu, ko nesen atsūtījāt. Vai Jums ir ērti runāt?
    }

# Phone script: greet the customer by first name (vocative), then one introduction, name and
# company ("Šeit Ilze, „Daugavas Banka”."), then why, as greeting-phone.
# (The name comes in the vocative only, so the call greets by name rather than asking
# "Vai runāju ar Lauru?", which needs the accusative; "Vai Jums ir ērti runāt?" still lets a
# wrong person say so.)
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
                [feminine] Sveika, { $customer_name }! Te { $agent_name }, „{ $company }”. Zvanu par ziņu, ko nesen atsūtīji. Vai tev ir ērti runāt?
                [masculine] Sveiks, { $customer_name }! Te { $agent_name }, „{ $company }”. Zvanu par ziņu, ko nesen atsūtīji. Vai tev ir ērti runāt?
               *[unknown] Sveiki, { $customer_name }! Te { $agent_name }, „{ $company }”. Zvanu par ziņu, ko nesen atsūtīji. Vai tev ir ērti runāt?
            }
       *[formal] Labdien, { $customer_name }! Šeit { $agent_name }, „{ $company }”. Zvanu par ziņu, ko nesen atsūtījāt. Vai Jums ir ērti runāt?
    }

# Phone script: the customer by first name, then one introduction, name and department ("Šeit
# Ilze no klientu atbalsta."), then why; no company name given.
# Variables:
#   $customer_name (String) - The customer's first name in the vocative.
#   $agent_name (String) - The agent's first name (nominative).
#   $customer_gender (String) - feminine, masculine or unknown.
#   $register (String) - formal or warm.
greeting-phone-name-agent =
    { $register ->
        [warm]
            { $customer_gender ->
                [feminine] Sveika, { $customer_name }! Te { $agent_name } no klientu atbalsta. Zvanu par ziņu, ko nesen atsūtīji. Vai tev ir ērti runāt?
                [masculine] Sveiks, { $customer_name }! Te { $agent_name } no klientu atbalsta. Zvanu par ziņu, ko nesen atsūtīji. Vai tev ir ērti runāt?
               *[unknown] Sveiki, { $customer_name }! Te { $agent_name } no klientu atbalsta. Zvanu par ziņu, ko nesen atsūtīji. Vai tev ir ērti runāt?
            }
       *[formal] Labdien, { $customer_name }! Šeit { $agent_name } no klientu atbalsta. Zvanu par ziņu, ko nesen atsūtījāt. Vai Jums ir ērti runāt?
    }

# Phone script, when we know the agent's name but not the company's: one introduction, name and
# department, then why.
# Variables:
#   $agent_name (String) - The agent's first name (nominative).
#   $register (String) - formal or warm.
greeting-phone-agent =
    { $register ->
        [warm] Sveiki! Te { $agent_name } no klientu atbalsta. Zvanu par ziņu, ko nesen atsūtīji. Vai tev ir ērti runāt?
       *[formal] Labdien! Šeit { $agent_name } no klientu atbalsta. Zvanu par ziņu, ko nesen atsūtījāt. Vai Jums ir ērti runāt?
    }

## Step: acknowledge — show that we listened; restate what went wrong.

# Company voice; email and chat. The fact alone: the ownership line after the apology
# ("Mēs Jūs pievīlām, un tam nav attaisnojuma") already judges it, so "To nedrīkstējām
# pieļaut." here stacked a fourth line of remorse (round 8). Never the calque "Par Jums mums
# vajadzēja parūpēties…". No address, so it is written once for both registers.
# Variables:
#   $issue (String) - What went wrong, one whole sentence, e.g. "Pasūtījums Nr. 4471 pienāca trīs dienas vēlāk, nekā bija solīts."
acknowledge-not-acceptable = { $issue }

# Either voice (no "I", no "we"), no address; email and chat.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-should-not = { $issue } Tā nedrīkstēja notikt.

# Personal voice; email and chat ("that is not acceptable"; no "I fully understand your
# frustration", which grades the customer's feelings and stacks one more beat before the
# apology).
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-read = { $issue } Tas nav pieņemami.

# Phone script, personal voice: read the problem back as a real question ("first I want to
# make sure I have the right information about what happened"; no "saprotu", which
# empathize-place says in the same call).
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-phone = Vispirms gribu pārliecināties, ka man ir pareiza informācija par notikušo. { $issue } Vai viss bija tieši tā?

# Phone script, company voice: read the problem back as a real question.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
acknowledge-phone-we =
    { $register ->
        [warm] Vispirms pārbaudīsim, vai sapratām tevi pareizi. { $issue } Vai viss bija tieši tā?
       *[formal] Vispirms pārbaudīsim, vai sapratām Jūs pareizi. { $issue } Vai viss bija tieši tā?
    }

# Phone script, either voice: lead in ("first, briefly about what happened"), then read the
# problem back as a real question ("… was it exactly like that?"), with no "I"/"we". No impersonal "gribētos … ir pareizi saprasts": stiff
# office-speak that a caller can hear as checking whether *they* understood.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-phone-check = Vispirms īsi par notikušo. { $issue } Vai viss bija tieši tā?

## Step: state — one sentence that says what went wrong (the fact alone).

# The fact alone. On the phone the agent leads in ("Vispirms īsi par notikušo.") and reads it back as a question, as every read-back on a
# call does ("Vai viss bija tieši tā?"), so it is never a bare statement after "Vai Jums ir ērti runāt?".
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $channel (String) - email, chat, social or phone.
state-issue =
    { $channel ->
        [phone] Vispirms īsi par notikušo. { $issue } Vai viss bija tieši tā?
       *[email] { $issue }
    }

## Step: apologize — say sorry plainly: no condition, no "but".
## A real apology (atvainojamies, atvainojos), not only "žēl" (sympathy). In restore-value it
## is the last thing before the invitation, right after the prevention, so every message names
## what it is for, in words that fit any incident ("par šīm nepatikšanām"; not "par visām šīm
## nepatikšanām" or "par visu, ko Jums nācās piedzīvot", too big for a late parcel), and never points back at the
## sentence before it. In restore-value own-regret* has already said "žēl" with the ownership,
## so the closing apologize-again* says sorry once more in atvaino- ("Vēlreiz atvainojamies …"),
## never "žēl" again. Not "par notikušo" in a private letter: after
## "Tā nedrīkstēja notikt." it repeats the verb.

# Company voice, formal. Email, chat, phone.
apologize-sincere = Patiesi atvainojamies par šīm nepatikšanām.

# Company voice, formal. Email, chat, phone ("we apologise to you from the heart": what a
# person says, not the plea "lūdzu, atvainojiet mūs", which as a letter's last line reads
# as an afterthought).
apologize-accept = No sirds atvainojamies Jums par šīm nepatikšanām.

# Company voice, warm: one sorry ("we apologise to you from the heart"), not "žēl" and
# "atvainojamies" in one sentence. On a public reply it says what for ("par notikušo") without quoting
# anything; in a private letter "par šīm nepatikšanām".
# Variables:
#   $channel (String) - email, chat, social or phone.
apologize-truly =
    { $channel ->
        [social] No sirds atvainojamies tev par notikušo.
       *[email] No sirds atvainojamies tev par šīm nepatikšanām.
    }

# Company voice, short: social media and chat. On social "par notikušo" says what for without
# quoting the issue, which a public post must not do. Warm: one sorry with one plain
# intensifier ("Ļoti atvainojamies …", as Latvian support says it), not "Mums tiešām ļoti žēl
# … – atvainojamies!" (round 11: two apologies and a double intensifier in one sentence, and
# with "Mēs tevi pievīlām, …" after it the opening read as over-apologising).
# Variables:
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone.
apologize-brief =
    { $channel ->
        [social]
            { $register ->
                [warm] Ļoti atvainojamies tev par notikušo.
               *[formal] Atvainojamies par notikušo.
            }
       *[chat]
            { $register ->
                [warm] Ļoti atvainojamies tev par šīm nepatikšanām.
               *[formal] Atvainojamies Jums par šīm nepatikšanām.
            }
    }

# Company voice: the apology for the whole incident, and it also names the wait ("we apologise
# for this trouble and that you had to wait three days longer than we promised"). The composer
# uses it instead of the plain apology whenever days_late is given, and the delay is often not
# the real harm (round 13: a wrong medicine that also came two days late was apologised for
# only as a wait), so it never reduces the apology to the waiting ("Atvainojamies, ka Jums
# bija jāgaida …" alone); for a plain delay the two halves still read right (the trouble, then
# the days). "par šīm nepatikšanām" as in the other apologies (sized for any incident).
# Accusative of duration: 1, 21 dienu; 2–10, 11–20 dienas. 1–10 spelled out.
# Variables:
#   $days_late (Number) - How many days later than a date we promised the customer (a delivery,
#     a refund, an answer), e.g. 3. Not for other delays: the sentence says "ilgāk, nekā solījām",
#     so a payment that reached a third party late, with no date promised to the customer, is no
#     days_late (round 11).
#   $register (String) - formal or warm.
apologize-wait =
    { $register ->
        [warm]
            { $days_late ->
                [1] Atvainojamies par šīm nepatikšanām un par to, ka tev bija jāgaida vienu dienu ilgāk, nekā solījām.
                [2] Atvainojamies par šīm nepatikšanām un par to, ka tev bija jāgaida divas dienas ilgāk, nekā solījām.
                [3] Atvainojamies par šīm nepatikšanām un par to, ka tev bija jāgaida trīs dienas ilgāk, nekā solījām.
                [4] Atvainojamies par šīm nepatikšanām un par to, ka tev bija jāgaida četras dienas ilgāk, nekā solījām.
                [5] Atvainojamies par šīm nepatikšanām un par to, ka tev bija jāgaida piecas dienas ilgāk, nekā solījām.
                [6] Atvainojamies par šīm nepatikšanām un par to, ka tev bija jāgaida sešas dienas ilgāk, nekā solījām.
                [7] Atvainojamies par šīm nepatikšanām un par to, ka tev bija jāgaida septiņas dienas ilgāk, nekā solījām.
                [8] Atvainojamies par šīm nepatikšanām un par to, ka tev bija jāgaida astoņas dienas ilgāk, nekā solījām.
                [9] Atvainojamies par šīm nepatikšanām un par to, ka tev bija jāgaida deviņas dienas ilgāk, nekā solījām.
                [10] Atvainojamies par šīm nepatikšanām un par to, ka tev bija jāgaida desmit dienas ilgāk, nekā solījām.
                [zero] Atvainojamies par šīm nepatikšanām un par to, ka tev bija jāgaida { $days_late } dienas ilgāk, nekā solījām.
                [one] Atvainojamies par šīm nepatikšanām un par to, ka tev bija jāgaida { $days_late } dienu ilgāk, nekā solījām.
               *[other] Atvainojamies par šīm nepatikšanām un par to, ka tev bija jāgaida { $days_late } dienas ilgāk, nekā solījām.
            }
       *[formal]
            { $days_late ->
                [1] Atvainojamies par šīm nepatikšanām un par to, ka Jums bija jāgaida vienu dienu ilgāk, nekā solījām.
                [2] Atvainojamies par šīm nepatikšanām un par to, ka Jums bija jāgaida divas dienas ilgāk, nekā solījām.
                [3] Atvainojamies par šīm nepatikšanām un par to, ka Jums bija jāgaida trīs dienas ilgāk, nekā solījām.
                [4] Atvainojamies par šīm nepatikšanām un par to, ka Jums bija jāgaida četras dienas ilgāk, nekā solījām.
                [5] Atvainojamies par šīm nepatikšanām un par to, ka Jums bija jāgaida piecas dienas ilgāk, nekā solījām.
                [6] Atvainojamies par šīm nepatikšanām un par to, ka Jums bija jāgaida sešas dienas ilgāk, nekā solījām.
                [7] Atvainojamies par šīm nepatikšanām un par to, ka Jums bija jāgaida septiņas dienas ilgāk, nekā solījām.
                [8] Atvainojamies par šīm nepatikšanām un par to, ka Jums bija jāgaida astoņas dienas ilgāk, nekā solījām.
                [9] Atvainojamies par šīm nepatikšanām un par to, ka Jums bija jāgaida deviņas dienas ilgāk, nekā solījām.
                [10] Atvainojamies par šīm nepatikšanām un par to, ka Jums bija jāgaida desmit dienas ilgāk, nekā solījām.
                [zero] Atvainojamies par šīm nepatikšanām un par to, ka Jums bija jāgaida { $days_late } dienas ilgāk, nekā solījām.
                [one] Atvainojamies par šīm nepatikšanām un par to, ka Jums bija jāgaida { $days_late } dienu ilgāk, nekā solījām.
               *[other] Atvainojamies par šīm nepatikšanām un par to, ka Jums bija jāgaida { $days_late } dienas ilgāk, nekā solījām.
            }
    }

# Personal voice: the agent apologizes in their own name (on social: what for, "par notikušo").
# One sorry per sentence on every channel ("Es Jums personīgi atvainojos par …"), not "Man ir
# ļoti žēl …, un es Jums personīgi atvainojos": two sorries before the empathy line in a letter,
# and the same double apology in a public reply (round 11).
# Variables:
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone.
apologize-personal =
    { $channel ->
        [social]
            { $register ->
                [warm] Es tev personīgi atvainojos par notikušo.
               *[formal] Es Jums personīgi atvainojos par notikušo.
            }
       *[email]
            { $register ->
                [warm] Es tev personīgi atvainojos par šīm nepatikšanām.
               *[formal] Es Jums personīgi atvainojos par šīm nepatikšanām.
            }
    }

# Personal voice, formal (on social: what for).
# Variables:
#   $channel (String) - email, chat, social or phone.
apologize-mine-formal =
    { $channel ->
        [social] Es Jums patiesi atvainojos par notikušo.
       *[email] Es Jums patiesi atvainojos par šīm nepatikšanām.
    }

# Personal voice, warm (on social: what for): one sorry ("I apologise to you from the heart"),
# not "Man tiešām ļoti žēl … – atvainojos!" (round 11: "žēl" and "atvainojos" in one sentence,
# with a double intensifier).
# Variables:
#   $channel (String) - email, chat, social or phone.
apologize-mine-warm =
    { $channel ->
        [social] Es tev no sirds atvainojos par notikušo.
       *[email] Es tev no sirds atvainojos par šīm nepatikšanām.
    }

# Personal voice: the apology for the whole incident that also names the wait ("I apologise
# for this trouble and that you had to wait … longer than promised": no "we" in an "I"
# message), never the wait alone, as apologize-wait. Same cases as apologize-wait.
# Variables:
#   $days_late (Number) - How many days later than a date promised to the customer, e.g. 3 (see
#     apologize-wait: not for delays against no promise).
#   $register (String) - formal or warm.
apologize-wait-mine =
    { $register ->
        [warm]
            { $days_late ->
                [1] Atvainojos par šīm nepatikšanām un par to, ka tev nācās gaidīt vienu dienu ilgāk par solīto.
                [2] Atvainojos par šīm nepatikšanām un par to, ka tev nācās gaidīt divas dienas ilgāk par solīto.
                [3] Atvainojos par šīm nepatikšanām un par to, ka tev nācās gaidīt trīs dienas ilgāk par solīto.
                [4] Atvainojos par šīm nepatikšanām un par to, ka tev nācās gaidīt četras dienas ilgāk par solīto.
                [5] Atvainojos par šīm nepatikšanām un par to, ka tev nācās gaidīt piecas dienas ilgāk par solīto.
                [6] Atvainojos par šīm nepatikšanām un par to, ka tev nācās gaidīt sešas dienas ilgāk par solīto.
                [7] Atvainojos par šīm nepatikšanām un par to, ka tev nācās gaidīt septiņas dienas ilgāk par solīto.
                [8] Atvainojos par šīm nepatikšanām un par to, ka tev nācās gaidīt astoņas dienas ilgāk par solīto.
                [9] Atvainojos par šīm nepatikšanām un par to, ka tev nācās gaidīt deviņas dienas ilgāk par solīto.
                [10] Atvainojos par šīm nepatikšanām un par to, ka tev nācās gaidīt desmit dienas ilgāk par solīto.
                [zero] Atvainojos par šīm nepatikšanām un par to, ka tev nācās gaidīt { $days_late } dienas ilgāk par solīto.
                [one] Atvainojos par šīm nepatikšanām un par to, ka tev nācās gaidīt { $days_late } dienu ilgāk par solīto.
               *[other] Atvainojos par šīm nepatikšanām un par to, ka tev nācās gaidīt { $days_late } dienas ilgāk par solīto.
            }
       *[formal]
            { $days_late ->
                [1] Atvainojos par šīm nepatikšanām un par to, ka Jums nācās gaidīt vienu dienu ilgāk par solīto.
                [2] Atvainojos par šīm nepatikšanām un par to, ka Jums nācās gaidīt divas dienas ilgāk par solīto.
                [3] Atvainojos par šīm nepatikšanām un par to, ka Jums nācās gaidīt trīs dienas ilgāk par solīto.
                [4] Atvainojos par šīm nepatikšanām un par to, ka Jums nācās gaidīt četras dienas ilgāk par solīto.
                [5] Atvainojos par šīm nepatikšanām un par to, ka Jums nācās gaidīt piecas dienas ilgāk par solīto.
                [6] Atvainojos par šīm nepatikšanām un par to, ka Jums nācās gaidīt sešas dienas ilgāk par solīto.
                [7] Atvainojos par šīm nepatikšanām un par to, ka Jums nācās gaidīt septiņas dienas ilgāk par solīto.
                [8] Atvainojos par šīm nepatikšanām un par to, ka Jums nācās gaidīt astoņas dienas ilgāk par solīto.
                [9] Atvainojos par šīm nepatikšanām un par to, ka Jums nācās gaidīt deviņas dienas ilgāk par solīto.
                [10] Atvainojos par šīm nepatikšanām un par to, ka Jums nācās gaidīt desmit dienas ilgāk par solīto.
                [zero] Atvainojos par šīm nepatikšanām un par to, ka Jums nācās gaidīt { $days_late } dienas ilgāk par solīto.
                [one] Atvainojos par šīm nepatikšanām un par to, ka Jums nācās gaidīt { $days_late } dienu ilgāk par solīto.
               *[other] Atvainojos par šīm nepatikšanām un par to, ka Jums nācās gaidīt { $days_late } dienas ilgāk par solīto.
            }
    }

# Company voice, restore-value only: the apology that ends the letter, said once more after the
# ownership line that opened it with "žēl" ("once again we apologise to you for this trouble").
# atvaino- here, never "žēl" (no_echo); it names what it is for ("par šīm nepatikšanām"), never
# a bare "par to", since the prevention stands right before it. Email, chat, phone.
# Variables:
#   $register (String) - formal or warm.
apologize-again =
    { $register ->
        [warm] Vēlreiz atvainojamies tev par šīm nepatikšanām.
       *[formal] Vēlreiz atvainojamies Jums par šīm nepatikšanām.
    }

# Personal voice, restore-value only: the same in the agent's own name ("once again I apologise
# to you for this trouble"). Email, chat, phone.
# Variables:
#   $register (String) - formal or warm.
apologize-again-mine =
    { $register ->
        [warm] Vēlreiz atvainojos tev par šīm nepatikšanām.
       *[formal] Vēlreiz atvainojos Jums par šīm nepatikšanām.
    }

# Company voice, restore-value only: apologize-again when the agent gave a count of days late that
# the issue does not already say: once more for everything the letter has told, then the wait
# ("once again we apologise for everything – also that you had to wait three days longer than
# we promised"), so the closing apology never shrinks to the waiting when the harm was
# something else (round 13), and still reads right for a plain delay. "par visu" is the
# Latvian closing "once more for all of it", not an inflated first apology; atvaino- only,
# never "žēl" (no_echo), as apologize-again. 1–10 spelled out in the accusative of duration (vienu
# dienu, divas dienas); larger counts by CLDR category (1, 21 dienu; 0, 11–20 dienas).
# Variables:
#   $days_late (Number) - How many days later than a date we promised the customer, e.g. 3 (see
#     apologize-wait: not for delays against no promise).
#   $register (String) - formal or warm.
apologize-again-wait =
    { $register ->
        [warm]
            { $days_late ->
                [1] Vēlreiz atvainojamies par visu – arī par to, ka tev bija jāgaida vienu dienu ilgāk, nekā solījām.
                [2] Vēlreiz atvainojamies par visu – arī par to, ka tev bija jāgaida divas dienas ilgāk, nekā solījām.
                [3] Vēlreiz atvainojamies par visu – arī par to, ka tev bija jāgaida trīs dienas ilgāk, nekā solījām.
                [4] Vēlreiz atvainojamies par visu – arī par to, ka tev bija jāgaida četras dienas ilgāk, nekā solījām.
                [5] Vēlreiz atvainojamies par visu – arī par to, ka tev bija jāgaida piecas dienas ilgāk, nekā solījām.
                [6] Vēlreiz atvainojamies par visu – arī par to, ka tev bija jāgaida sešas dienas ilgāk, nekā solījām.
                [7] Vēlreiz atvainojamies par visu – arī par to, ka tev bija jāgaida septiņas dienas ilgāk, nekā solījām.
                [8] Vēlreiz atvainojamies par visu – arī par to, ka tev bija jāgaida astoņas dienas ilgāk, nekā solījām.
                [9] Vēlreiz atvainojamies par visu – arī par to, ka tev bija jāgaida deviņas dienas ilgāk, nekā solījām.
                [10] Vēlreiz atvainojamies par visu – arī par to, ka tev bija jāgaida desmit dienas ilgāk, nekā solījām.
                [zero] Vēlreiz atvainojamies par visu – arī par to, ka tev bija jāgaida { $days_late } dienas ilgāk, nekā solījām.
                [one] Vēlreiz atvainojamies par visu – arī par to, ka tev bija jāgaida { $days_late } dienu ilgāk, nekā solījām.
               *[other] Vēlreiz atvainojamies par visu – arī par to, ka tev bija jāgaida { $days_late } dienas ilgāk, nekā solījām.
            }
       *[formal]
            { $days_late ->
                [1] Vēlreiz atvainojamies par visu – arī par to, ka Jums bija jāgaida vienu dienu ilgāk, nekā solījām.
                [2] Vēlreiz atvainojamies par visu – arī par to, ka Jums bija jāgaida divas dienas ilgāk, nekā solījām.
                [3] Vēlreiz atvainojamies par visu – arī par to, ka Jums bija jāgaida trīs dienas ilgāk, nekā solījām.
                [4] Vēlreiz atvainojamies par visu – arī par to, ka Jums bija jāgaida četras dienas ilgāk, nekā solījām.
                [5] Vēlreiz atvainojamies par visu – arī par to, ka Jums bija jāgaida piecas dienas ilgāk, nekā solījām.
                [6] Vēlreiz atvainojamies par visu – arī par to, ka Jums bija jāgaida sešas dienas ilgāk, nekā solījām.
                [7] Vēlreiz atvainojamies par visu – arī par to, ka Jums bija jāgaida septiņas dienas ilgāk, nekā solījām.
                [8] Vēlreiz atvainojamies par visu – arī par to, ka Jums bija jāgaida astoņas dienas ilgāk, nekā solījām.
                [9] Vēlreiz atvainojamies par visu – arī par to, ka Jums bija jāgaida deviņas dienas ilgāk, nekā solījām.
                [10] Vēlreiz atvainojamies par visu – arī par to, ka Jums bija jāgaida desmit dienas ilgāk, nekā solījām.
                [zero] Vēlreiz atvainojamies par visu – arī par to, ka Jums bija jāgaida { $days_late } dienas ilgāk, nekā solījām.
                [one] Vēlreiz atvainojamies par visu – arī par to, ka Jums bija jāgaida { $days_late } dienu ilgāk, nekā solījām.
               *[other] Vēlreiz atvainojamies par visu – arī par to, ka Jums bija jāgaida { $days_late } dienas ilgāk, nekā solījām.
            }
    }

# Personal voice, restore-value only: apologize-again-mine with the count of days late, once
# more for everything and then the wait ("Vēlreiz atvainojos par visu – arī par to, ka …
# ilgāk par solīto": no "we" in an "I" message), as apologize-again-wait; the same cases.
# Variables:
#   $days_late (Number) - How many days later than a date promised to the customer, e.g. 3 (see
#     apologize-wait: not for delays against no promise).
#   $register (String) - formal or warm.
apologize-again-wait-mine =
    { $register ->
        [warm]
            { $days_late ->
                [1] Vēlreiz atvainojos par visu – arī par to, ka tev nācās gaidīt vienu dienu ilgāk par solīto.
                [2] Vēlreiz atvainojos par visu – arī par to, ka tev nācās gaidīt divas dienas ilgāk par solīto.
                [3] Vēlreiz atvainojos par visu – arī par to, ka tev nācās gaidīt trīs dienas ilgāk par solīto.
                [4] Vēlreiz atvainojos par visu – arī par to, ka tev nācās gaidīt četras dienas ilgāk par solīto.
                [5] Vēlreiz atvainojos par visu – arī par to, ka tev nācās gaidīt piecas dienas ilgāk par solīto.
                [6] Vēlreiz atvainojos par visu – arī par to, ka tev nācās gaidīt sešas dienas ilgāk par solīto.
                [7] Vēlreiz atvainojos par visu – arī par to, ka tev nācās gaidīt septiņas dienas ilgāk par solīto.
                [8] Vēlreiz atvainojos par visu – arī par to, ka tev nācās gaidīt astoņas dienas ilgāk par solīto.
                [9] Vēlreiz atvainojos par visu – arī par to, ka tev nācās gaidīt deviņas dienas ilgāk par solīto.
                [10] Vēlreiz atvainojos par visu – arī par to, ka tev nācās gaidīt desmit dienas ilgāk par solīto.
                [zero] Vēlreiz atvainojos par visu – arī par to, ka tev nācās gaidīt { $days_late } dienas ilgāk par solīto.
                [one] Vēlreiz atvainojos par visu – arī par to, ka tev nācās gaidīt { $days_late } dienu ilgāk par solīto.
               *[other] Vēlreiz atvainojos par visu – arī par to, ka tev nācās gaidīt { $days_late } dienas ilgāk par solīto.
            }
       *[formal]
            { $days_late ->
                [1] Vēlreiz atvainojos par visu – arī par to, ka Jums nācās gaidīt vienu dienu ilgāk par solīto.
                [2] Vēlreiz atvainojos par visu – arī par to, ka Jums nācās gaidīt divas dienas ilgāk par solīto.
                [3] Vēlreiz atvainojos par visu – arī par to, ka Jums nācās gaidīt trīs dienas ilgāk par solīto.
                [4] Vēlreiz atvainojos par visu – arī par to, ka Jums nācās gaidīt četras dienas ilgāk par solīto.
                [5] Vēlreiz atvainojos par visu – arī par to, ka Jums nācās gaidīt piecas dienas ilgāk par solīto.
                [6] Vēlreiz atvainojos par visu – arī par to, ka Jums nācās gaidīt sešas dienas ilgāk par solīto.
                [7] Vēlreiz atvainojos par visu – arī par to, ka Jums nācās gaidīt septiņas dienas ilgāk par solīto.
                [8] Vēlreiz atvainojos par visu – arī par to, ka Jums nācās gaidīt astoņas dienas ilgāk par solīto.
                [9] Vēlreiz atvainojos par visu – arī par to, ka Jums nācās gaidīt deviņas dienas ilgāk par solīto.
                [10] Vēlreiz atvainojos par visu – arī par to, ka Jums nācās gaidīt desmit dienas ilgāk par solīto.
                [zero] Vēlreiz atvainojos par visu – arī par to, ka Jums nācās gaidīt { $days_late } dienas ilgāk par solīto.
                [one] Vēlreiz atvainojos par visu – arī par to, ka Jums nācās gaidīt { $days_late } dienu ilgāk par solīto.
               *[other] Vēlreiz atvainojos par visu – arī par to, ka Jums nācās gaidīt { $days_late } dienas ilgāk par solīto.
            }
    }

## Step: own — take responsibility; the mistake is ours.
## own-full … own-mine-care follow an apology (catalog: after: [apologize]): plain ownership,
## no second sorry (no atvaino-, no "žēl"), no feelings. own-regret* stand before any apology
## (restore-value: right after the one sentence on what went wrong, before the fix and the
## compensation): they say the regret outright in "žēl" ("Mums ir ļoti žēl.", "Man ir ļoti
## žēl.") together with the ownership ("mēs par to atbildam", "tai nav attaisnojuma"), so the
## compensation that follows reads as making amends; never atvaino- (the closing apology's
## word), no "nožēlojam" (stiff), no "patiesi žēl" (echoes "nepatikšanām").
## No "uz mūsu sirdsapziņas" (Latvian keeps it for grave wrongs: it reads theatrical for a late
## parcel) and no "uzņemamies pilnu atbildību" (a corporate formula).
## The personal voice owns putting it right, never the error itself (the agent did not make
## it) and never grandly ("ņemu savās rokās"); no "man ir neērti" (about the agent's own
## feelings, and "ērti" is the phone greeting's word). Only own-mine (without: [fix]) promises
## future work. No message ends on "mūsu": an agent's cause often begins "Mūsu …".

# Company voice, formal ("the mistake is ours, and we answer for it").
own-full = Kļūda ir mūsu, un mēs par to atbildam.

# Company voice, warm ("we let you down, and the mistake is ours alone"; not "vaina", which
# shares its root with "atvainojamies").
own-got-wrong = Mēs tevi pievīlām, un kļūda ir tikai mūsu.

# Company voice (warm: "we got it wrong, and there is no excuse", without a dash, so it never
# stands next to the dash of apologize-brief; formal: "we let you down, and there is no excuse
# for it", without "Šoreiz", which hints that usually we don't).
# Variables:
#   $register (String) - formal or warm.
own-on-us =
    { $register ->
        [warm] Kļūdījāmies mēs, un te nav ko aizbildināties.
       *[formal] Mēs Jūs pievīlām, un tam nav attaisnojuma.
    }

# Personal voice; only while the fix is not done ("from now on I am the one dealing with this,
# until it is solved").
own-mine = Turpmāk ar šo lietu nodarbošos es – līdz viss būs atrisināts.

# Personal voice: the agent answers for the case from now on ("now I am the one responsible
# for this case"; "tagad" keeps it from claiming the error), and what that means for the
# customer ("so you will not have to start all over again"), never a bare claim (round 8).
# Variables:
#   $register (String) - formal or warm.
own-mine-full =
    { $register ->
        [warm] Par šo lietu tagad atbildu es, tāpēc tev nebūs viss jāsāk no sākuma.
       *[formal] Par šo lietu tagad atbildu es, tāpēc Jums nebūs viss jāsāk no sākuma.
    }

# Personal voice, after the apology: the agent owns the case from now on, not the error
# ("this case is now in my charge"; present tense, so it fits a fix already done), and what
# that means for the customer ("you will not have to explain it to anyone else again"), so
# the line never leads nowhere (round 8).
# Variables:
#   $register (String) - formal or warm.
own-mine-care =
    { $register ->
        [warm] Tagad šī lieta ir manā pārziņā, un tev tā vairs nebūs jāizklāsta citiem.
       *[formal] Tagad šī lieta ir manā pārziņā, un Jums tā vairs nebūs jāizklāsta citiem.
    }

# Company voice, before any apology (restore-value): right after the one sentence on what went
# wrong, the regret said outright and then whose mistake it was ("we are very sorry. The mistake
# is ours, and we answer for it fully"), so the customer hears both before the fix and the
# compensation. "žēl", never atvaino- (apologize-again says that at the end). Never opening
# "Tā ir …": on the phone it follows the read-back's "Vai viss bija tieši tā?" (round 11).
# Variables:
#   $register (String) - formal or warm.
own-regret =
    { $register ->
        [warm] Mums ir ļoti žēl. Šī kļūda ir mūsu, un mēs par to atbildam.
       *[formal] Mums ir ļoti žēl. Kļūda ir mūsu, un mēs par to pilnībā atbildam.
    }

# Company voice, before any apology (restore-value): the regret first, as soon as the problem is
# confirmed, then the ownership ("we are very sorry. This mistake is ours, and there is no excuse
# for it"; warm: "we got it wrong, and we admit it without excuses"). Not "un mēs to atklāti
# atzīstam", round 8; not "Tā ir mūsu kļūda, …" right after "Vai viss bija tieši tā?" ("tā … Tā", round 11).
# Variables:
#   $register (String) - formal or warm.
own-regret-frank =
    { $register ->
        [warm] Mums ir ļoti žēl. Kļūdījāmies mēs, un to atzīstam bez aizbildināšanās.
       *[formal] Mums ir ļoti žēl. Šī kļūda ir mūsu, un tai nav attaisnojuma.
    }

# Personal voice, before any apology (restore-value): the agent's own regret ("I am very
# sorry"), then the case, never the error, as the agent's from now on ("this case is now in my
# charge") and what that means for the customer ("you will not have to turn to anyone else").
# Present tense, so it fits the fix that follows, done or under way; not "Uzņemos atbildību par
# šīs kļūdas labošanu" (round 11: a stiff calque that promises to repair what the next line
# reports as already repaired).
# Variables:
#   $register (String) - formal or warm.
own-regret-mine =
    { $register ->
        [warm] Man ir ļoti žēl. Tagad šī lieta ir manā pārziņā, un tev vairs nebūs jāvēršas pie citiem.
       *[formal] Man ir ļoti žēl. Tagad šī lieta ir manā pārziņā, un Jums vairs nebūs jāvēršas pie citiem.
    }

# Personal voice, before any apology (restore-value): "I am very sorry, and there is no excuse
# for this mistake" ("šai", not "šādai": next to "žēl" the hedge linter reads "šāda kļūda" as
# "any such mistake"; no "mūsu": an "I" message; no "Tā bija…" right after the phone's
# "Vai viss bija tieši tā?"), then a bridge to the fix that always follows it ("I will tell you
# what is being done to correct it"): without it the call jumped from the verdict into the
# agent's passive fact (round 10). "kas jau ir izdarīts": the fix fact says what has already
# been done (round-14 reader: "kas tiek darīts" promised work still under way, and read as a
# translation); it shares "izdarīts" with fix-mine's "Lūk, kas jau ir izdarīts:", so the two
# never stack.
# Variables:
#   $register (String) - formal or warm.
own-regret-mine-frank =
    { $register ->
        [warm] Man ir ļoti žēl, un šai kļūdai nav attaisnojuma. Pastāstīšu, kas jau ir izdarīts, lai to labotu.
       *[formal] Man ir ļoti žēl, un šai kļūdai nav attaisnojuma. Pastāstīšu, kas jau ir izdarīts, lai to labotu.
    }

## Step: empathize — recognize what the problem cost the customer.

# Either voice (no "I", no "we"): what it cost the customer, said without reproach ("you had
# to spend your own time and nerves"; formal "laiku un spēkus": "nervus" is colloquial in a
# Jūs letter, round 10, and "enerģiju" read as a pun in an energy supplier's letter, round
# 30; not "tas maksāja", which stands next to a refunded sum in the fix; never "Jums nevajadzēja tērēt…", which reads "you needn't have
# bothered", and no "…lai gan visam vajadzēja noritēt gludi", which repeats the acknowledge
# step's "Tā nedrīkstēja notikt" right before it in five-steps).
# Variables:
#   $register (String) - formal or warm.
empathize-time =
    { $register ->
        [warm] Tev nācās tērēt savu laiku un nervus.
       *[formal] Jums nācās tērēt savu laiku un spēkus.
    }

# Either voice: what it cost ("all this took you needless time and effort"), not the calque
# "Jūsu vilšanās ir pilnīgi saprotama", which grades the customer's feelings.
# Variables:
#   $register (String) - formal or warm.
empathize-deal =
    { $register ->
        [warm] Tev tas viss prasīja lieku laiku un pūles.
       *[formal] Jums tas viss prasīja lieku laiku un pūles.
    }

# Company voice ("we understand it took you needless time and effort"; not "cik daudz laika un
# nervu", which grades how much the customer suffered, and "nervu" is colloquial in a Jūs letter,
# round 10; no "mūsu dēļ": in five-steps the ownership line comes right after and says whose
# fault it was).
# Variables:
#   $register (String) - formal or warm.
empathize-frustrating =
    { $register ->
        [warm] Saprotam, ka tev tas prasīja lieku laiku un nervus.
       *[formal] Saprotam, ka Jums tas prasīja lieku laiku un pūles.
    }

# Personal voice, warm ("I understand all this took you needless time and nerves"): what it
# cost; "Saprotu", not "Zinu", which presumes how the customer felt (round 8).
empathize-place = Saprotu, ka tev tas viss prasīja lieku laiku un nervus.

# Personal voice, formal ("I understand all this took you needless time and effort"): what it
# cost, plainly; not "Apzinos, cik daudz raižu…", which grades the customer's worry and repeats
# the apology's "nepatikšanām" in other words (round 10); no "šī situācija": the ownership after
# it says "šī lieta".
empathize-trouble = Saprotu, ka Jums tas viss prasīja lieku laiku un pūles.

## Step: explain — the root cause, briefly, never an excuse.

# Company voice: announces the cause, then gives it ("we found out why the problem arose:").
# It names the problem, not a bare "kāpēc tā notika": in restore-value the cause follows the
# compensation, and "tā" there points at the money (round 11).
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-found = Noskaidrojām, kāpēc radās problēma: { $cause }

# Either voice: announces the cause, then gives it ("here is what caused the problem:"; not
# "Lūk, kāpēc tā notika:", whose "tā" right after the compensation points at the money, round 11;
# not the reflexive "Noskaidrojās, kur radās kļūme:", which drops the company right after the
# ownership, and not "Cēlonis bija šāds:", which sounds like an incident report).
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-happened = Lūk, kas izraisīja problēmu: { $cause }

# Personal voice: announces the cause, then gives it ("I found out why the problem arose:";
# named, not "tā", as in explain-found).
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-checked = Noskaidroju, kāpēc radās problēma: { $cause }

# Either voice, without a colon (a letter has at most two lead-ins): the question the customer
# is asking, then the answer ("What actually caused the problem? <cause>"), so the cause is
# signposted BEFORE it, also where it follows the compensation (restore-value) or is heard on
# the phone. "īsti" turns the letter back to the cause: the bare "Kas izraisīja problēmu?"
# right after the money read as a jump to an FAQ item (round 13).
# The question names the problem: "Kāpēc tā notika?" right after "Jums kā kompensācija ir
# piešķirts viens bezmaksas mēnesis." seemed to ask why the month was granted (round 11). Not
# "{ $cause } Tieši tāpēc tā gadījās." (round 7: a label after the fact is redundant, and
# "gadījās" hints at chance), never "Tāds bija kļūmes cēlonis." (report language).
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-cause = Kas īsti izraisīja problēmu? { $cause }

## Step: fix — what has been done to put it right.
## The lead-ins only announce what has been done: a late parcel that "has arrived" is no
## deed to boast of ("we acted at once: it was delivered"), and the agent never claims the
## team's work as their own.

# Company voice: announces the fix, then gives it ("we have already acted:"; not the bare label
# "Ko esam izdarījuši:", a form heading that cannot be read aloud). No "Lūk, kā lietas
# stāv tagad:" and no "šobrīd"/"pašlaik": a "now" lead-in clashes with a dated or past fix
# ("tajā pašā vakarā …", "3. maijā …"), and "Lūk, kā …" reads translated.
# Variables:
#   $fix (String) - What has already been done, whole sentences.
fix-done = Esam jau rīkojušies: { $fix }

# Either voice: the fix on its own.
# Variables:
#   $fix (String) - What has already been done, whole sentences.
fix-fact = { $fix }

# Personal voice: announces the fix neutrally ("here is what has been done:", impersonal, so
# the agent claims none of the team's work). Not "Lūk, kā ir ar risinājumu:": "kā ir ar …" is
# "what about …?", which casts doubt on the fix.
# Variables:
#   $fix (String) - What has already been done, whole sentences.
fix-mine = Lūk, kas jau ir izdarīts: { $fix }

# Company voice, when the fix is not done yet. No promise of updates here: next-steps
# gives the date (or "as soon as it is fixed"), and two promises in one letter read as a form.
fix-working = Pie risinājuma jau strādājam – tas šobrīd ir mūsu galvenais uzdevums.

# Company voice, when the fix is not done yet (not "ar augstāko prioritāti", a calque of
# "with top priority"; not "meklē risinājumu", which says they are still looking, not acting).
fix-working-team = Mūsu speciālisti jau ir ķērušies pie darba, lai to izlabotu.

# Personal voice, when the fix is not done yet.
fix-working-mine = Pie risinājuma jau strādāju – tas šobrīd ir mans galvenais uzdevums.

# Personal voice, when the fix is not done yet ("together with colleagues": the agent does
# not claim to mend the system alone).
fix-working-mine-now = Kopā ar kolēģiem jau meklēju risinājumu.

## Step: prevent — what changes so that it does not happen again.
## Each lead-in opens with its purpose ("Lai līdzīga situācija vairs neatkārtotos, …"), so
## the change is never heard as part of today's fix. Not "Lai tas neatkārtotos": after a fix
## that ends on a masculine noun, "tas" seemed to point at that noun (round 24); "Lai tā
## vairs nenotiktu" has the same pointing "tā".

# Company voice: announces the change, then gives it.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-changed = Lai līdzīga situācija vairs neatkārtotos, esam mainījuši kārtību: { $prevention }

# Either voice: announces the change and who made it, then gives it ("so that it does not
# happen again, colleagues have made changes:"; no "I"/"we", so "kolēģi", not "mūsu kolēģi";
# not the agentless "ir ieviestas izmaiņas", round 13, which hid who acted).
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-again = Lai līdzīga situācija vairs neatkārtotos, kolēģi ir ieviesuši izmaiņas: { $prevention }

# Personal voice: the colleagues changed the procedure; the agent claims no part of it.
# "veikuši", not "ieviesuši": the agent's prevention usually says "ir ieviesta …", and the
# same verb twice in a row is an echo (round 29); prevent-again keeps "ieviesuši" for variety.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-mine = Lai līdzīga situācija vairs neatkārtotos, kolēģi jau ir veikuši izmaiņas: { $prevention }

# Either voice: one short sentence BEFORE the change that says what the next one is and who made
# it ("so that similar cases do not happen again, colleagues have made the following changes";
# "kolēģi", not the agentless "ir ieviestas izmaiņas", round 13; no "šādas" before the full
# stop (round 22: a word pointing forward, then a full stop, reads as a broken sentence or a
# missing colon); "līdzīgi gadījumi", not a bare
# "tas", which right after the fix sentence would point at the fix), so the reader or listener knows the next
# sentence is prevention, not part of today's fix. Not a colon lead-in (a letter has at most
# two); not inside the sentence ("Lai kas tāds neatkārtotos, { $prevention }"), because the agent's
# sentence starts with a capital that only a lead-in lowers; not the filler signpost "Svarīgi
# ir arī tas, lai kas tāds neatkārtotos." (round 8: it did not link to the change, and "kas
# tāds" is colloquial). It states the purpose, never a guarantee ("Tas vairs neatkārtosies") and
# never "tagad" (the fact often says it). Not after the fact ("Šīs izmaiņas ir ieviestas, lai…":
# round 7, the signpost came too late).
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-fact = Lai līdzīgi gadījumi neatkārtotos, kolēģi ir veikuši izmaiņas. { $prevention }

## Step: restore — make it right with something the customer values.
## Goodwill on top of putting things right, never the refund a fix may mention, and always a
## firm commitment in plain words: "Kā kompensāciju piešķiram Jums …" (we grant; formal
## only), "saņemsi/saņemsiet" (you will receive); never "par sagādātajām neērtībām" (the
## cliché that plays the problem down), never "Jums pienākas" (you are entitled to: legal and cold), never
## "atmaksāt" (pay back) or "ieskaitīt kontā" (which account?), and never how or when it is
## paid. The amount prints "15 EUR" (never declined), so it stands as an object
## ("piešķiram Jums 15 EUR", "15 EUR kompensāciju"). In restore-value the compensation follows
## the fix sentence: "Kā kompensāciju …" is safe there, never "lai to kompensētu" / "to
## make up for this", which would point at the fix; no "arī", "vēl", "turklāt" (the fix may be
## "we are working on it"); restore-extra* come after the fix step (often after the prevention, at the head of
## a paragraph) and say what the money is for ("par notikušo") instead of "Turklāt", which
## would tie it to the sentence before; no "vēl" (another X), since the fix step may be "we
## are working on it", with no money before it.

# Company voice ("as compensation we grant you X"; warm: "as compensation you will receive X",
# since the office verb "piešķiram" jars next to "tu"; no "no mums", round 13: the letter is
# from us already).
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money, e.g. "15 EUR".
#   $register (String) - formal or warm.
restore-refund =
    { $register ->
        [warm] Kā kompensāciju tu saņemsi { $compensation_amount }.
       *[formal] Kā kompensāciju piešķiram Jums { $compensation_amount }.
    }

# Company voice (formal: "we grant you X compensation"; warm: "you will receive X
# compensation"; no "no mums" in either, rounds 11 and 13: redundant in a letter from us): a
# firm commitment, never "par sagādātajām neērtībām" and never "Jums pienākas" (a legal
# entitlement). No "Mēs" in front: the verb says it, and after an agent's fact that begins
# "Mēs …" three sentences in a row opened with "we" (round 31).
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
restore-credit =
    { $register ->
        [warm] Tu saņemsi { $compensation_amount } kompensāciju.
       *[formal] Piešķiram Jums { $compensation_amount } kompensāciju.
    }

# Personal voice ("as compensation I grant you X"; warm: "I made sure you receive X", never
# "tu no manis saņemsi", as if the agent paid it).
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
restore-refund-mine =
    { $register ->
        [warm] Parūpējos, lai tu saņemtu { $compensation_amount } kompensāciju.
       *[formal] Kā kompensāciju piešķiru Jums { $compensation_amount }.
    }

# Personal voice ("X compensation has been granted to you"; not "Apstiprināju …", internal
# process that can also be heard as "I confirmed").
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
restore-credit-mine =
    { $register ->
        [warm] Tev ir piešķirta { $compensation_amount } kompensācija.
       *[formal] Jums ir piešķirta { $compensation_amount } kompensācija.
    }

# Either voice ("as compensation you will receive X"; no "I"/"we").
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
restore-refund-on-way =
    { $register ->
        [warm] Kā kompensāciju tu saņemsi { $compensation_amount }.
       *[formal] Kā kompensāciju Jūs saņemsiet { $compensation_amount }.
    }

# Company voice, after the fix: the compensation comes on top of putting things right and
# says what for ("kā kompensāciju par notikušo").
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
restore-extra =
    { $register ->
        [warm] Kā kompensāciju par notikušo tu saņemsi { $compensation_amount }.
       *[formal] Kā kompensāciju par notikušo piešķiram Jums { $compensation_amount }.
    }

# Personal voice, after the fix: the compensation comes on top of putting things right and
# says what for.
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
restore-extra-mine =
    { $register ->
        [warm] Kā kompensāciju par notikušo tu saņemsi { $compensation_amount }.
       *[formal] Kā kompensāciju par notikušo piešķiru Jums { $compensation_amount }.
    }

# Company voice ("as compensation we grant you N free months"; warm: "as compensation you will
# receive N free months", since "piešķiram" jars next to "tu"). Not "Jūsu abonementam
# pievienojām …" (round 13: a bank account, a hotel stay or a one-off purchase is no
# subscription). Accusative: vienu bezmaksas mēnesi; divus, trīs … bezmaksas mēnešus.
# Variables:
#   $free_months (Number) - Months of service offered free of charge, e.g. 2.
#   $register (String) - formal or warm.
restore-months =
    { $register ->
        [warm]
            { $free_months ->
                [1] Kā kompensāciju tu saņemsi vienu bezmaksas mēnesi.
                [2] Kā kompensāciju tu saņemsi divus bezmaksas mēnešus.
                [3] Kā kompensāciju tu saņemsi trīs bezmaksas mēnešus.
                [4] Kā kompensāciju tu saņemsi četrus bezmaksas mēnešus.
                [5] Kā kompensāciju tu saņemsi piecus bezmaksas mēnešus.
                [6] Kā kompensāciju tu saņemsi sešus bezmaksas mēnešus.
                [7] Kā kompensāciju tu saņemsi septiņus bezmaksas mēnešus.
                [8] Kā kompensāciju tu saņemsi astoņus bezmaksas mēnešus.
                [9] Kā kompensāciju tu saņemsi deviņus bezmaksas mēnešus.
                [10] Kā kompensāciju tu saņemsi desmit bezmaksas mēnešus.
                [zero] Kā kompensāciju tu saņemsi { $free_months } bezmaksas mēnešus.
                [one] Kā kompensāciju tu saņemsi { $free_months } bezmaksas mēnesi.
               *[other] Kā kompensāciju tu saņemsi { $free_months } bezmaksas mēnešus.
            }
       *[formal]
            { $free_months ->
                [1] Kā kompensāciju piešķiram Jums vienu bezmaksas mēnesi.
                [2] Kā kompensāciju piešķiram Jums divus bezmaksas mēnešus.
                [3] Kā kompensāciju piešķiram Jums trīs bezmaksas mēnešus.
                [4] Kā kompensāciju piešķiram Jums četrus bezmaksas mēnešus.
                [5] Kā kompensāciju piešķiram Jums piecus bezmaksas mēnešus.
                [6] Kā kompensāciju piešķiram Jums sešus bezmaksas mēnešus.
                [7] Kā kompensāciju piešķiram Jums septiņus bezmaksas mēnešus.
                [8] Kā kompensāciju piešķiram Jums astoņus bezmaksas mēnešus.
                [9] Kā kompensāciju piešķiram Jums deviņus bezmaksas mēnešus.
                [10] Kā kompensāciju piešķiram Jums desmit bezmaksas mēnešus.
                [zero] Kā kompensāciju piešķiram Jums { $free_months } bezmaksas mēnešus.
                [one] Kā kompensāciju piešķiram Jums { $free_months } bezmaksas mēnesi.
               *[other] Kā kompensāciju piešķiram Jums { $free_months } bezmaksas mēnešus.
            }
    }

# Personal voice ("as compensation I grant you N free months"; warm: "I made sure you
# receive N free months as compensation" — „Parūpējos, lai tu kā kompensāciju saņemtu …“,
# not „Kā kompensāciju parūpējos, …“, where the phrase hangs on the wrong verb (round 22);
# never added to an "abonements", round 13). Accusative, as restore-months.
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - formal or warm.
restore-months-mine =
    { $register ->
        [warm]
            { $free_months ->
                [1] Parūpējos, lai tu kā kompensāciju saņemtu vienu bezmaksas mēnesi.
                [2] Parūpējos, lai tu kā kompensāciju saņemtu divus bezmaksas mēnešus.
                [3] Parūpējos, lai tu kā kompensāciju saņemtu trīs bezmaksas mēnešus.
                [4] Parūpējos, lai tu kā kompensāciju saņemtu četrus bezmaksas mēnešus.
                [5] Parūpējos, lai tu kā kompensāciju saņemtu piecus bezmaksas mēnešus.
                [6] Parūpējos, lai tu kā kompensāciju saņemtu sešus bezmaksas mēnešus.
                [7] Parūpējos, lai tu kā kompensāciju saņemtu septiņus bezmaksas mēnešus.
                [8] Parūpējos, lai tu kā kompensāciju saņemtu astoņus bezmaksas mēnešus.
                [9] Parūpējos, lai tu kā kompensāciju saņemtu deviņus bezmaksas mēnešus.
                [10] Parūpējos, lai tu kā kompensāciju saņemtu desmit bezmaksas mēnešus.
                [zero] Parūpējos, lai tu kā kompensāciju saņemtu { $free_months } bezmaksas mēnešus.
                [one] Parūpējos, lai tu kā kompensāciju saņemtu { $free_months } bezmaksas mēnesi.
               *[other] Parūpējos, lai tu kā kompensāciju saņemtu { $free_months } bezmaksas mēnešus.
            }
       *[formal]
            { $free_months ->
                [1] Kā kompensāciju piešķiru Jums vienu bezmaksas mēnesi.
                [2] Kā kompensāciju piešķiru Jums divus bezmaksas mēnešus.
                [3] Kā kompensāciju piešķiru Jums trīs bezmaksas mēnešus.
                [4] Kā kompensāciju piešķiru Jums četrus bezmaksas mēnešus.
                [5] Kā kompensāciju piešķiru Jums piecus bezmaksas mēnešus.
                [6] Kā kompensāciju piešķiru Jums sešus bezmaksas mēnešus.
                [7] Kā kompensāciju piešķiru Jums septiņus bezmaksas mēnešus.
                [8] Kā kompensāciju piešķiru Jums astoņus bezmaksas mēnešus.
                [9] Kā kompensāciju piešķiru Jums deviņus bezmaksas mēnešus.
                [10] Kā kompensāciju piešķiru Jums desmit bezmaksas mēnešus.
                [zero] Kā kompensāciju piešķiru Jums { $free_months } bezmaksas mēnešus.
                [one] Kā kompensāciju piešķiru Jums { $free_months } bezmaksas mēnesi.
               *[other] Kā kompensāciju piešķiru Jums { $free_months } bezmaksas mēnešus.
            }
    }

# Either voice ("you have been granted N free months as compensation"; passive, no "I"/"we",
# like "Jums ir piešķirta … kompensācija"). Not "Jūsu abonementam … ir pievienoti" (round 9: the
# letter's facts usually say "abonements" already, and not every service is a subscription).
# The verb agrees: ir piešķirts viens mēnesis / 21 mēnesis; ir piešķirti divi mēneši.
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - formal or warm.
restore-months-free =
    { $register ->
        [warm]
            { $free_months ->
                [1] Tev kā kompensācija ir piešķirts viens bezmaksas mēnesis.
                [2] Tev kā kompensācija ir piešķirti divi bezmaksas mēneši.
                [3] Tev kā kompensācija ir piešķirti trīs bezmaksas mēneši.
                [4] Tev kā kompensācija ir piešķirti četri bezmaksas mēneši.
                [5] Tev kā kompensācija ir piešķirti pieci bezmaksas mēneši.
                [6] Tev kā kompensācija ir piešķirti seši bezmaksas mēneši.
                [7] Tev kā kompensācija ir piešķirti septiņi bezmaksas mēneši.
                [8] Tev kā kompensācija ir piešķirti astoņi bezmaksas mēneši.
                [9] Tev kā kompensācija ir piešķirti deviņi bezmaksas mēneši.
                [10] Tev kā kompensācija ir piešķirti desmit bezmaksas mēneši.
                [zero] Tev kā kompensācija ir piešķirti { $free_months } bezmaksas mēneši.
                [one] Tev kā kompensācija ir piešķirts { $free_months } bezmaksas mēnesis.
               *[other] Tev kā kompensācija ir piešķirti { $free_months } bezmaksas mēneši.
            }
       *[formal]
            { $free_months ->
                [1] Jums kā kompensācija ir piešķirts viens bezmaksas mēnesis.
                [2] Jums kā kompensācija ir piešķirti divi bezmaksas mēneši.
                [3] Jums kā kompensācija ir piešķirti trīs bezmaksas mēneši.
                [4] Jums kā kompensācija ir piešķirti četri bezmaksas mēneši.
                [5] Jums kā kompensācija ir piešķirti pieci bezmaksas mēneši.
                [6] Jums kā kompensācija ir piešķirti seši bezmaksas mēneši.
                [7] Jums kā kompensācija ir piešķirti septiņi bezmaksas mēneši.
                [8] Jums kā kompensācija ir piešķirti astoņi bezmaksas mēneši.
                [9] Jums kā kompensācija ir piešķirti deviņi bezmaksas mēneši.
                [10] Jums kā kompensācija ir piešķirti desmit bezmaksas mēneši.
                [zero] Jums kā kompensācija ir piešķirti { $free_months } bezmaksas mēneši.
                [one] Jums kā kompensācija ir piešķirts { $free_months } bezmaksas mēnesis.
               *[other] Jums kā kompensācija ir piešķirti { $free_months } bezmaksas mēneši.
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
       *[formal] Ne vēlāk kā { DATE($follow_up_date, skeleton: "MMMMd", month: "locative") } vēlreiz sazināsimies ar Jums, lai pārliecinātos, ka viss ir kārtībā.
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
       *[formal] Ne vēlāk kā { DATE($follow_up_date, skeleton: "MMMMd", month: "locative") } vēlreiz sazināšos ar Jums, lai pārliecinātos, ka viss ir kārtībā.
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
## A message that gives $contact fits its kind ($contact_kind): a phone number is called
## ("zvaniet mums pa tālruni …"), an e-mail address or a handle is written to ("rakstiet
## mums: …"), anything else gets "sazinieties" (get in touch). Only the email and handle
## branches say "write". A personal ("I") letter never says "contact me" before an address
## that may be the team's shared mailbox: it points at the contact without claiming it.

# Company voice; email and chat (no contact given, so "write to us" is right here; in chat,
# "right here").
# "Ja" opens a question, never an apology.
# Variables:
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone.
invite-reply =
    { $channel ->
        [chat]
            { $register ->
                [warm] Ja tev rodas jautājumi, droši raksti mums tepat.
               *[formal] Ja Jums rodas jautājumi, droši rakstiet mums tepat.
            }
       *[email]
            { $register ->
                [warm] Ja tev rodas jautājumi, droši raksti mums.
               *[formal] Ja Jums rodas jautājumi, droši rakstiet mums.
            }
    }

# Personal voice; email and chat.
# Variables:
#   $register (String) - formal or warm.
invite-questions =
    { $register ->
        [warm] Ja kaut kas vēl nav skaidrs, jautā – labprāt visu paskaidrošu.
       *[formal] Ja kaut kas vēl nav skaidrs, jautājiet – labprāt visu paskaidrošu.
    }

# Either voice; chat: keep the conversation where it is ("if anything is still unclear, just
# write here"; not "Ja vēl kas rodas", which breaks off without a subject).
# Variables:
#   $register (String) - formal or warm.
invite-chat-here =
    { $register ->
        [warm] Ja vēl kas nav skaidrs, droši raksti tepat.
       *[formal] Ja Jums ir vēl kādi jautājumi, rakstiet tepat.
    }

# Company voice; email: a direct line that fits the kind of contact. $contact stays last.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $contact_kind (String) - email, phone, handle or other.
#   $register (String) - formal or warm.
invite-reach =
    { $contact_kind ->
        [email]
            { $register ->
                [warm] Ja rodas kādi jautājumi, droši raksti mums: { $contact }.
               *[formal] Ja Jums rodas vēl kādi jautājumi, rakstiet mums: { $contact }.
            }
        [handle]
            { $register ->
                [warm] Ja rodas kādi jautājumi, droši raksti mums: { $contact }.
               *[formal] Ja Jums rodas vēl kādi jautājumi, rakstiet mums: { $contact }.
            }
        [phone]
            { $register ->
                [warm] Ja rodas kādi jautājumi, droši zvani mums pa tālruni { $contact }.
               *[formal] Ja Jums rodas vēl kādi jautājumi, zvaniet mums pa tālruni { $contact }.
            }
       *[other]
            { $register ->
                [warm] Ja rodas kādi jautājumi, droši sazinies ar mums: { $contact }.
               *[formal] Ja Jums rodas vēl kādi jautājumi, sazinieties ar mums: { $contact }.
            }
    }

# Personal voice; email: a direct line that fits the kind of contact, without "contact me"
# (the address may be the team's shared mailbox): the customer writes or calls and refers to
# the agent ("atsaucieties uz mani", the native idiom; not the calque "pieminiet manu vārdu",
# round 9, and no "komandai", a team the letter never introduced), so the case comes back to
# the agent who said "Par šo lietu tagad atbildu es". A handle or other contact stays last
# ("…, atsaucoties uz mani: @x.").
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $contact_kind (String) - email, phone, handle or other.
#   $register (String) - formal or warm.
invite-reach-mine =
    { $contact_kind ->
        [email]
            { $register ->
                [warm] Ja rodas kādi jautājumi, droši raksti uz { $contact } un atsaucies uz mani.
               *[formal] Ja Jums rodas vēl kādi jautājumi, rakstiet uz { $contact } un atsaucieties uz mani.
            }
        [handle]
            { $register ->
                [warm] Ja rodas kādi jautājumi, droši raksti, atsaucoties uz mani: { $contact }.
               *[formal] Ja Jums rodas vēl kādi jautājumi, rakstiet, atsaucoties uz mani: { $contact }.
            }
        [phone]
            { $register ->
                [warm] Ja rodas kādi jautājumi, droši zvani pa tālruni { $contact } un atsaucies uz mani.
               *[formal] Ja Jums rodas vēl kādi jautājumi, zvaniet pa tālruni { $contact } un atsaucieties uz mani.
            }
       *[other]
            { $register ->
                [warm] Ja rodas kādi jautājumi, droši sazinies, atsaucoties uz mani: { $contact }.
               *[formal] Ja Jums rodas vēl kādi jautājumi, sazinieties, atsaucoties uz mani: { $contact }.
            }
    }

# Social media, company voice: move a public thread to a private channel, the way the contact
# is reached. "Lai mēs varētu visu nokārtot": a bare "Lai visu nokārtotu" left open who sorts it
# out (round 10); no dash, which apologize-brief's social reply already has. An e-mail address is written to ("uzraksti mums uz …"), never offered as if it
# were a private message; an address or a phone number ends the sentence with a full stop, a
# handle or other contact stays last without one (it is copied as it stands).
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $contact_kind (String) - email, phone, handle or other.
#   $register (String) - formal or warm.
invite-private =
    { $contact_kind ->
        [email]
            { $register ->
                [warm] Lai mēs varētu visu nokārtot, lūdzu, uzraksti mums uz { $contact }.
               *[formal] Lai mēs varētu visu nokārtot, lūdzu, uzrakstiet mums uz { $contact }.
            }
        [handle]
            { $register ->
                [warm] Lai mēs varētu visu nokārtot, lūdzu, uzraksti mums privāti: { $contact }
               *[formal] Lai mēs varētu visu nokārtot, lūdzu, uzrakstiet mums privāti: { $contact }
            }
        [phone]
            { $register ->
                [warm] Lai mēs varētu visu nokārtot, lūdzu, piezvani mums pa tālruni { $contact }.
               *[formal] Lai mēs varētu visu nokārtot, lūdzu, piezvaniet mums pa tālruni { $contact }.
            }
       *[other]
            { $register ->
                [warm] Lai mēs varētu visu nokārtot, lūdzu, sazinies ar mums privāti: { $contact }
               *[formal] Lai mēs varētu visu nokārtot, lūdzu, sazinieties ar mums privāti: { $contact }
            }
    }

# Social media, personal voice: move a public thread to a private channel. An e-mail address
# may be a shared mailbox and a phone number a general line, so the customer is asked to
# refer to this post ("atsaucies uz šo ierakstu"), which lets the team route it to the agent
# who answered in public (round-16 review: "I'm handling this" then a bare hotline number).
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $contact_kind (String) - email, phone, handle or other.
#   $register (String) - formal or warm.
invite-private-mine =
    { $contact_kind ->
        [email]
            { $register ->
                [warm] Lai es varētu visu nokārtot, lūdzu, uzraksti uz { $contact } un atsaucies uz šo ierakstu.
               *[formal] Lai es varētu visu nokārtot, lūdzu, uzrakstiet uz { $contact } un atsaucieties uz šo ierakstu.
            }
        [handle]
            { $register ->
                [warm] Lai es varētu visu nokārtot, lūdzu, uzraksti man privāti: { $contact }
               *[formal] Lai es varētu visu nokārtot, lūdzu, uzrakstiet man privāti: { $contact }
            }
        [phone]
            { $register ->
                [warm] Lai es varētu visu nokārtot, lūdzu, piezvani pa tālruni { $contact } un atsaucies uz šo ierakstu.
               *[formal] Lai es varētu visu nokārtot, lūdzu, piezvaniet pa tālruni { $contact } un atsaucieties uz šo ierakstu.
            }
       *[other]
            { $register ->
                [warm] Lai es varētu visu nokārtot, lūdzu, sazinies ar mani privāti: { $contact }
               *[formal] Lai es varētu visu nokārtot, lūdzu, sazinieties ar mani privāti: { $contact }
            }
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

# Phone script, company voice; only after something was done ("vēl ar ko palīdzēt", not "vēl kā").
# Variables:
#   $register (String) - formal or warm.
invite-anything-else =
    { $register ->
        [warm] Vai varam tev vēl ar ko palīdzēt?
       *[formal] Vai varam Jums vēl ar ko palīdzēt?
    }

# Phone script, personal voice; only after something was done.
# Variables:
#   $register (String) - formal or warm.
invite-anything-else-mine =
    { $register ->
        [warm] Vai varu tev vēl ar ko palīdzēt?
       *[formal] Vai varu Jums vēl ar ko palīdzēt?
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

# Company voice ("thank you for writing to us"; not "Paldies, ka vērsies/vērsāties pie mums",
# officialese, round 7). The customer wrote: every call follows "ziņu, ko nesen atsūtījāt".
# Variables:
#   $register (String) - formal or warm.
thank-chance =
    { $register ->
        [warm] Paldies, ka mums uzrakstīji.
       *[formal] Paldies, ka mums uzrakstījāt.
    }

# Company voice, formal; email and phone.
thank-time = Paldies, ka veltījāt laiku un mums par to pastāstījāt.

# Company voice; chat ("thank you for getting in touch"; not "Paldies, ka uzrakstījāt", which
# echoes the chat invite's "rakstiet" now that formal-letter invites after the thanks).
# Variables:
#   $register (String) - formal or warm.
thank-short =
    { $register ->
        [warm] Paldies, ka sazinājies ar mums!
       *[formal] Paldies, ka sazinājāties ar mums!
    }

# Either voice ("thank you for raising this").
# Variables:
#   $register (String) - formal or warm.
thank-patience =
    { $register ->
        [warm] Paldies, ka par to ziņoji.
       *[formal] Paldies, ka par to ziņojāt.
    }

# Personal voice ("thank you for letting us know"; never "Paldies par sapratni", which
# presumes the customer's understanding and reads as closing the matter).
# Variables:
#   $register (String) - formal or warm.
thank-mine =
    { $register ->
        [warm] Paldies, ka devi ziņu.
       *[formal] Paldies, ka devāt ziņu.
    }

# Personal voice ("thank you for telling about it"). Without "man" on every channel: on the
# phone the customer wrote to the company, not to the agent who calls ("Zvanu par ziņu, ko
# nesen atsūtījāt", round 10), and in a letter where the agent has taken the case over ("Par
# šo lietu tagad atbildu es") the customer never told this agent (round 23). Not "ziņoji"
# (thank-patience says it).
# Variables:
#   $register (String) - formal or warm.
thank-mine-telling =
    { $register ->
        [warm] Paldies, ka par to pastāstīji.
       *[formal] Paldies, ka par to pastāstījāt.
    }

## Step: close — optimism about the relationship, as Latvian agents say it, without promising
## a "next time", "winning back trust" or a "pleasant experience" (translated clichés).

# Company voice ("we hope that from now on everything goes smoothly").
close-trust = Ceram, ka turpmāk viss noritēs bez aizķeršanās.

# Company voice, warm ("we hope that from now on everything will be as it should be").
close-next-time = Ceram, ka turpmāk viss būs tā, kā tam jābūt.

# Company voice, formal letter.
close-relationship = Mums ir svarīgi, lai Jūs arī turpmāk varētu mums uzticēties.

# Personal voice.
close-mine = Ceru, ka turpmāk viss noritēs bez aizķeršanās.

# Personal voice ("it matters to me that from now on everything is as it should be").
close-mine-trust = Man ir svarīgi, lai turpmāk viss būtu tā, kā tam jābūt.

## Step: sign-off — the closing formula and who is writing.
## "Ar cieņu" closes a Jūs e-mail; a tu e-mail closes "Visu labu!" (never "Jauku dienu!", which
## sounds breezy right after an apology). A chat ends with a closing line too ("Visu labu!"
## above the name), so it never stops on the compensation; a public post signs with a dash.

# Email, with the agent's name and the company (a signature line: the name stands alone).
# Variables:
#   $agent_name (String) - The agent's first name.
#   $company (String) - The company's name.
#   $register (String) - formal or warm.
sign-off-regards =
    { $register ->
        [warm]
            Visu labu!
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
            Visu labu!
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
            Visu labu!
            Klientu atbalsta komanda
       *[formal]
            Ar cieņu
            Klientu atbalsta komanda
    }

# Company voice only; email, chat, social: the named company signs. An e-mail closes with
# its formula and the name on its own line; a chat closes "Visu labu!" above the name, as an
# e-mail does (not "„X” klientu atbalsts", round 9: a department reads cold under a warm chat,
# does not fit a hotel, and quotes round a name that starts with a generic noun, „Viesnīca
# Jūras Priede”, are wrong); a public post signs with a dash. The name stands alone, so it is
# never left undeclined before a noun („X” komanda) and never quoted.
# Variables:
#   $company (String) - The company's name.
#   $channel (String) - email, chat, social or phone.
#   $register (String) - formal or warm.
sign-off-team-company =
    { $channel ->
        [email]
            { $register ->
                [warm]
                    Visu labu!
                    { $company }
               *[formal]
                    Ar cieņu
                    { $company }
            }
        [chat]
            Visu labu!
            { $company }
       *[social] – { $company }
    }

# Chat and social media signature: a chat closes "Visu labu!" above the name (in either
# register), a public post signs with a dash.
# Variables:
#   $agent_name (String) - The agent's first name.
#   $channel (String) - email, chat, social or phone.
sign-off-initials =
    { $channel ->
        [chat]
            Visu labu!
            { $agent_name }
       *[social] – { $agent_name }
    }

# Phone script, only after the invite step has given the customer a last turn: the goodbye
# alone. No "Paldies par sarunu": formal-letter has a thank step before the invite, and a call
# thanks once.
sign-off-phone-bye = Visu labu, uz dzirdēšanos!

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
