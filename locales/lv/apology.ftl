### phrasebank: Latvian (lv, latviešu valoda), as a support team in Latvia writes today.
### Choices made in this locale:
### - Address: the formal register uses Jūs, Jūsu, Jums (capitalised, as in a letter);
###   the warm register uses tu, tavs, tev, tevi. Messages select on $register wherever
###   the address shows (pronoun or verb ending); messages with no address are written once.
### - Voice: "we" messages speak in the 1st person plural (atvainojamies, rīkojāmies),
###   "I" messages in the 1st person singular (atvainojos, ķēros). Messages the catalog gives
###   to both voices have no 1st-person word at all: they speak about the customer
###   (Jums nevajadzēja…), impersonally (ir ieviestas izmaiņas) or in the 3rd person
###   (Jums zvana Ilze…). locales/lv/letter.yaml lists the 1st-person words for the check.
### - Gender: "I" and "we" use simple past and future (izpētīju, ieskaitījām, sazināšos),
###   never a past participle that would need $agent_gender (esmu pārbaudījis/-usi).
###   $customer_gender is used only where the greeting itself changes: Cienījamā/Cienījamais
###   (formal e-mail) and Sveika/Sveiks (warm); with unknown gender those messages fall back
###   to "Labdien" / "Sveiki", which need no agreement. "Jūs pelnījāt" (simple past) avoids
###   "Jūs esat pelnījis/pelnījusi".
### - Names: $customer_name arrives already in the vocative (Jāni, Pēteri, Edgar, Laura),
###   derived by locales/lv/address.yaml; a name no rule covers is not passed, and the
###   composer greets without it. So the name stands only in direct address (greetings).
###   $agent_name and $company stay in the nominative: after "Jums zvana", on a sign-off line,
###   or, for the company, quoted Latvian style („Kafijas Darbnīca”) as an uninflected
###   attribute before a noun („Kafijas Darbnīca” klientu atbalsts, „Kafijas Darbnīca” komanda).
### - One step, one vocabulary: no root is used in two steps that can meet in a letter
###   (atvaino- only in apologize, kļūd-/atbildīb- only in own, paldies only in thank and one
###   phone goodbye, sazinā- in next-steps and invite, which never meet). The composer enforces
###   this with letter.yaml (first 4 letters after a verbal prefix); the wording is planned
###   so that it rarely has to.
### - Lead-ins end with a colon followed by the fact (letter_rules.lead_ins_deliver). Latvian
###   writes a lower-case letter after a colon, but the facts are whole sentences typed with a
###   capital; lead-ins are therefore phrased as complete announcements ("Rīkojāmies
###   nekavējoties:"), after which a capitalised sentence reads as the usual business-letter
###   practice. On the phone the colon is not heard.
### - Facts ($issue, $cause, $fix, $prevention) are whole sentences: they stand at a sentence
###   boundary and nothing is inflected around them. Messages after the issue never open with
###   a bare "tā"/"to" that could point at the previous sentence (in restore-value the
###   compensation stands just before "own"): they name what they mean (šī kļūda, šī lieta).
### - Dates: { DATE($follow_up_date, skeleton: "MMMMd", month: "locative") } after "ne vēlāk
###   kā" (18. decembrī) and month: "dative" after "līdz" (18. decembrim); formats.yaml lists
###   both cases. No year and no weekday: the follow-up is always within weeks, and
###   "18. decembrī" reads aloud naturally on the phone.
### - Money: { $compensation_amount } prints "15 EUR", "12,50 EUR" (formats.yaml), as Latvian
###   business letters and the agents' own facts write it ("38,60 EUR"); read aloud "eiro".
###   A code does not decline, so the amount stands as an object (atmaksājām … 15 EUR) or
###   before "apmērā".
### - Counts: 1–10 are spelled out in the right case with numeric variant keys ([1] vienu
###   dienu, [2] divas dienas; [2] divus mēnešus); larger counts use CLDR zero/one/other
###   (zero = 0, 10–20, 30…: dienas; one = 21, 31…: dienu). Numeric keys come first.
### - Phone: "Jums zvana … par Jūsu nesen sūtīto ziņu" says who calls and why, once; the
###   read-back ends with "Vai tā ir?". The goodbye comes with thanks (sign-off-phone) or
###   without (sign-off-phone-bye), so a call that has already thanked in the thank step ends
###   without a second "paldies". No phone message asks the customer to write.
### - Closing formula "Ar cieņu" without a comma, as Latvian letter practice has it.
###   Dash: spaced en dash (–). Quotation marks: „…”.

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

# Neutral opening with the first name. Email, chat, social; "Sveicināti" suits both registers.
# Variables:
#   $customer_name (String) - The customer's first name in the vocative.
greeting-hello-name = Sveicināti, { $customer_name }!

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

# Phone script: who is calling and why, said once. "Jums zvana …" is the usual phone
# formula and keeps the greeting free of "I"/"we" (it serves both voices).
# Variables:
#   $agent_name (String) - The agent's first name (nominative).
#   $company (String) - The company's name (quoted, uninflected, before "klientu atbalsta").
#   $register (String) - formal or warm.
greeting-phone =
    { $register ->
        [warm] Sveiki! Tev zvana { $agent_name } no „{ $company }” klientu atbalsta par tavu nesen sūtīto ziņu.
       *[formal] Labdien! Jums zvana { $agent_name } no „{ $company }” klientu atbalsta par Jūsu nesen sūtīto ziņu.
    }

# Phone script: greet the customer by first name (vocative), then who is calling and why.
# Variables:
#   $customer_name (String) - The customer's first name in the vocative.
#   $agent_name (String) - The agent's first name (nominative).
#   $company (String) - The company's name (quoted, uninflected).
#   $register (String) - formal or warm.
greeting-phone-name =
    { $register ->
        [warm] Sveiki, { $customer_name }! Tev zvana { $agent_name } no „{ $company }” klientu atbalsta par tavu nesen sūtīto ziņu.
       *[formal] Labdien, { $customer_name }! Jums zvana { $agent_name } no „{ $company }” klientu atbalsta par Jūsu nesen sūtīto ziņu.
    }

# Phone script, when we know the agent's name but not the company's.
# Variables:
#   $agent_name (String) - The agent's first name (nominative).
#   $register (String) - formal or warm.
greeting-phone-agent =
    { $register ->
        [warm] Sveiki! Tev zvana { $agent_name } no klientu atbalsta par tavu nesen sūtīto ziņu.
       *[formal] Labdien! Jums zvana { $agent_name } no klientu atbalsta par Jūsu nesen sūtīto ziņu.
    }

# Phone script, when we know the company's name but not the agent's ("Jums zvana no …"
# is the everyday subjectless phone formula).
# Variables:
#   $company (String) - The company's name (quoted, uninflected).
#   $register (String) - formal or warm.
greeting-phone-company =
    { $register ->
        [warm] Sveiki! Tev zvana no „{ $company }” klientu atbalsta par tavu nesen sūtīto ziņu.
       *[formal] Labdien! Jums zvana no „{ $company }” klientu atbalsta par Jūsu nesen sūtīto ziņu.
    }

# Phone script, when we know no names.
# Variables:
#   $register (String) - formal or warm.
greeting-phone-plain =
    { $register ->
        [warm] Sveiki! Tev zvana no klientu atbalsta par tavu nesen sūtīto ziņu.
       *[formal] Labdien! Jums zvana no klientu atbalsta par Jūsu nesen sūtīto ziņu.
    }

## Step: acknowledge — show that we listened; restate what went wrong.

# Company voice; email and chat. The fact first, then our judgement of it
# ("you deserved far better service"; simple past, so no gender agreement).
# Variables:
#   $issue (String) - What went wrong, one whole sentence, e.g. "Pasūtījums Nr. 4471 pienāca trīs dienas vēlāk, nekā bija solīts."
#   $register (String) - formal or warm.
acknowledge-not-acceptable =
    { $register ->
        [warm] { $issue } Tu pelnīji daudz labāku apkalpošanu.
       *[formal] { $issue } Jūs pelnījāt daudz labāku apkalpošanu.
    }

# Either voice (no "I", no "we"), no address; email and chat.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-should-not = { $issue } Tā nedrīkstēja notikt.

# Personal voice; email and chat. "Labi, ka …" welcomes the message without grading
# the customer for sending it.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
acknowledge-read =
    { $register ->
        [warm] Izlasīju tavu ziņu. { $issue } Labi, ka par to uzrakstīji.
       *[formal] Izlasīju Jūsu ziņu. { $issue } Labi, ka par to uzrakstījāt.
    }

# Phone script, personal voice: read the problem back as a real question.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
acknowledge-phone =
    { $register ->
        [warm] Gribu precizēt, vai sapratu tevi pareizi. { $issue } Vai tā ir?
       *[formal] Gribu precizēt, vai sapratu Jūs pareizi. { $issue } Vai tā ir?
    }

# Phone script, company voice: read the problem back as a real question.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
acknowledge-phone-we =
    { $register ->
        [warm] Vispirms pārbaudīsim, vai sapratām tevi pareizi. { $issue } Vai tā ir?
       *[formal] Vispirms pārbaudīsim, vai sapratām Jūs pareizi. { $issue } Vai tā ir?
    }

# Phone script, either voice: read the problem back as a real question (no "I"/"we").
# On the phone the colon is not heard; it marks the pause before the read-back.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-phone-check = Lai viss būtu skaidrs: { $issue } Vai tā ir?

## Step: state — one sentence that says what went wrong (the fact alone).

# Variables:
#   $issue (String) - What went wrong, one whole sentence.
state-issue = { $issue }

## Step: apologize — say sorry plainly: no condition, no "but".

# Company voice, formal. Email, chat, phone.
apologize-sincere = Mēs Jums patiesi atvainojamies.

# Company voice, formal. Email, chat, phone.
apologize-accept = Lūdzu, pieņemiet mūsu atvainošanos.

# Company voice, warm.
apologize-truly = Mums tiešām ļoti žēl.

# Company voice, short: social media and chat.
# Variables:
#   $register (String) - formal or warm.
apologize-brief =
    { $register ->
        [warm] Atvainojamies!
       *[formal] Mēs atvainojamies.
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
                [1] Mums ļoti žēl, ka tev bija jāgaida vienu dienu ilgāk, nekā solījām.
                [2] Mums ļoti žēl, ka tev bija jāgaida divas dienas ilgāk, nekā solījām.
                [3] Mums ļoti žēl, ka tev bija jāgaida trīs dienas ilgāk, nekā solījām.
                [4] Mums ļoti žēl, ka tev bija jāgaida četras dienas ilgāk, nekā solījām.
                [5] Mums ļoti žēl, ka tev bija jāgaida piecas dienas ilgāk, nekā solījām.
                [6] Mums ļoti žēl, ka tev bija jāgaida sešas dienas ilgāk, nekā solījām.
                [7] Mums ļoti žēl, ka tev bija jāgaida septiņas dienas ilgāk, nekā solījām.
                [8] Mums ļoti žēl, ka tev bija jāgaida astoņas dienas ilgāk, nekā solījām.
                [9] Mums ļoti žēl, ka tev bija jāgaida deviņas dienas ilgāk, nekā solījām.
                [10] Mums ļoti žēl, ka tev bija jāgaida desmit dienas ilgāk, nekā solījām.
                [zero] Mums ļoti žēl, ka tev bija jāgaida { $days_late } dienas ilgāk, nekā solījām.
                [one] Mums ļoti žēl, ka tev bija jāgaida { $days_late } dienu ilgāk, nekā solījām.
               *[other] Mums ļoti žēl, ka tev bija jāgaida { $days_late } dienas ilgāk, nekā solījām.
            }
       *[formal]
            { $days_late ->
                [1] Mums ļoti žēl, ka Jums bija jāgaida vienu dienu ilgāk, nekā solījām.
                [2] Mums ļoti žēl, ka Jums bija jāgaida divas dienas ilgāk, nekā solījām.
                [3] Mums ļoti žēl, ka Jums bija jāgaida trīs dienas ilgāk, nekā solījām.
                [4] Mums ļoti žēl, ka Jums bija jāgaida četras dienas ilgāk, nekā solījām.
                [5] Mums ļoti žēl, ka Jums bija jāgaida piecas dienas ilgāk, nekā solījām.
                [6] Mums ļoti žēl, ka Jums bija jāgaida sešas dienas ilgāk, nekā solījām.
                [7] Mums ļoti žēl, ka Jums bija jāgaida septiņas dienas ilgāk, nekā solījām.
                [8] Mums ļoti žēl, ka Jums bija jāgaida astoņas dienas ilgāk, nekā solījām.
                [9] Mums ļoti žēl, ka Jums bija jāgaida deviņas dienas ilgāk, nekā solījām.
                [10] Mums ļoti žēl, ka Jums bija jāgaida desmit dienas ilgāk, nekā solījām.
                [zero] Mums ļoti žēl, ka Jums bija jāgaida { $days_late } dienas ilgāk, nekā solījām.
                [one] Mums ļoti žēl, ka Jums bija jāgaida { $days_late } dienu ilgāk, nekā solījām.
               *[other] Mums ļoti žēl, ka Jums bija jāgaida { $days_late } dienas ilgāk, nekā solījām.
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
apologize-mine-formal = Lūdzu, pieņemiet manu atvainošanos.

# Personal voice, warm.
apologize-mine-warm = Man patiešām ļoti žēl.

# Personal voice: the apology names the wait ("longer than promised": no "we" in an "I"
# message). Same cases as apologize-wait.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - formal or warm.
apologize-wait-mine =
    { $register ->
        [warm]
            { $days_late ->
                [1] Man ļoti žēl, ka tev nācās gaidīt vienu dienu ilgāk par solīto.
                [2] Man ļoti žēl, ka tev nācās gaidīt divas dienas ilgāk par solīto.
                [3] Man ļoti žēl, ka tev nācās gaidīt trīs dienas ilgāk par solīto.
                [4] Man ļoti žēl, ka tev nācās gaidīt četras dienas ilgāk par solīto.
                [5] Man ļoti žēl, ka tev nācās gaidīt piecas dienas ilgāk par solīto.
                [6] Man ļoti žēl, ka tev nācās gaidīt sešas dienas ilgāk par solīto.
                [7] Man ļoti žēl, ka tev nācās gaidīt septiņas dienas ilgāk par solīto.
                [8] Man ļoti žēl, ka tev nācās gaidīt astoņas dienas ilgāk par solīto.
                [9] Man ļoti žēl, ka tev nācās gaidīt deviņas dienas ilgāk par solīto.
                [10] Man ļoti žēl, ka tev nācās gaidīt desmit dienas ilgāk par solīto.
                [zero] Man ļoti žēl, ka tev nācās gaidīt { $days_late } dienas ilgāk par solīto.
                [one] Man ļoti žēl, ka tev nācās gaidīt { $days_late } dienu ilgāk par solīto.
               *[other] Man ļoti žēl, ka tev nācās gaidīt { $days_late } dienas ilgāk par solīto.
            }
       *[formal]
            { $days_late ->
                [1] Man ļoti žēl, ka Jums nācās gaidīt vienu dienu ilgāk par solīto.
                [2] Man ļoti žēl, ka Jums nācās gaidīt divas dienas ilgāk par solīto.
                [3] Man ļoti žēl, ka Jums nācās gaidīt trīs dienas ilgāk par solīto.
                [4] Man ļoti žēl, ka Jums nācās gaidīt četras dienas ilgāk par solīto.
                [5] Man ļoti žēl, ka Jums nācās gaidīt piecas dienas ilgāk par solīto.
                [6] Man ļoti žēl, ka Jums nācās gaidīt sešas dienas ilgāk par solīto.
                [7] Man ļoti žēl, ka Jums nācās gaidīt septiņas dienas ilgāk par solīto.
                [8] Man ļoti žēl, ka Jums nācās gaidīt astoņas dienas ilgāk par solīto.
                [9] Man ļoti žēl, ka Jums nācās gaidīt deviņas dienas ilgāk par solīto.
                [10] Man ļoti žēl, ka Jums nācās gaidīt desmit dienas ilgāk par solīto.
                [zero] Man ļoti žēl, ka Jums nācās gaidīt { $days_late } dienas ilgāk par solīto.
                [one] Man ļoti žēl, ka Jums nācās gaidīt { $days_late } dienu ilgāk par solīto.
               *[other] Man ļoti žēl, ka Jums nācās gaidīt { $days_late } dienas ilgāk par solīto.
            }
    }

## Step: own — take responsibility; the mistake is ours.
## Each message names what it takes on (kļūda, šī lieta): in restore-value it follows
## the compensation, and a bare "tā ir…" would point at the refund.

# Company voice, formal.
own-full = Kļūda ir mūsu, un mēs par to uzņemamies pilnu atbildību.

# Company voice, warm ("we got it wrong, and putting it right is our job").
own-got-wrong = Mēs kļūdījāmies, un izlabot to ir mūsu pienākums.

# Company voice.
# Variables:
#   $register (String) - formal or warm.
own-on-us =
    { $register ->
        [warm] Šī kļūda ir tikai un vienīgi mūsu.
       *[formal] Atbildība par šo kļūdu ir pilnībā mūsu.
    }

# Personal voice ("I am taking this into my own hands and will see it through").
own-mine = Šo lietu ņemu savās rokās un novedīšu līdz galam.

# Personal voice.
own-mine-full = Atbildību par šo kļūdu uzņemos es.

## Step: empathize — recognize what the problem cost the customer.

# Either voice (no "I", no "we").
# Variables:
#   $register (String) - formal or warm.
empathize-time =
    { $register ->
        [warm] Tev nevajadzēja tam tērēt ne laiku, ne nervus.
       *[formal] Jums nevajadzēja tam tērēt ne laiku, ne nervus.
    }

# Either voice.
# Variables:
#   $register (String) - formal or warm.
empathize-deal =
    { $register ->
        [warm] Šāda pieredze ir ļoti nepatīkama, un tev ar to nevajadzēja saskarties.
       *[formal] Šāda pieredze ir ļoti nepatīkama, un Jums ar to nevajadzēja saskarties.
    }

# Company voice ("we understand it cost you both time and patience").
# Variables:
#   $register (String) - formal or warm.
empathize-frustrating =
    { $register ->
        [warm] Saprotam, ka tas tev prasīja gan laiku, gan pacietību.
       *[formal] Saprotam, ka tas Jums prasīja gan laiku, gan pacietību.
    }

# Personal voice, warm. "It would upset me too" avoids vīlies/vīlusies.
empathize-place = Tavā vietā arī mani tas ļoti sarūgtinātu.

# Personal voice, formal.
empathize-trouble = Redzu, cik daudz raižu tas Jums sagādāja.

## Step: explain — the root cause, briefly, never an excuse.

# Company voice: announces the cause, then gives it.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-found = Mēs to izpētījām un atradām cēloni: { $cause }

# Either voice: announces the cause, then gives it (no "I"/"we").
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - formal or warm.
explain-happened =
    { $register ->
        [warm] Lūk, kur bija problēma: { $cause }
       *[formal] Iemesls bija šāds: { $cause }
    }

# Personal voice: announces the cause, then gives it.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - formal or warm.
explain-checked =
    { $register ->
        [warm] Izpētīju tavu gadījumu un atradu cēloni: { $cause }
       *[formal] Izpētīju Jūsu gadījumu un atradu cēloni: { $cause }
    }

# Either voice: the cause on its own.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-cause = { $cause }

## Step: fix — what has been done to put it right.

# Company voice: announces the fix, then gives it.
# Variables:
#   $fix (String) - What has already been done, whole sentences.
#   $register (String) - formal or warm.
fix-done =
    { $register ->
        [warm] Ķērāmies klāt tūlīt pat: { $fix }
       *[formal] Rīkojāmies nekavējoties: { $fix }
    }

# Either voice: the fix on its own.
# Variables:
#   $fix (String) - What has already been done, whole sentences.
fix-fact = { $fix }

# Personal voice: announces the fix, then gives it.
# Variables:
#   $fix (String) - What has already been done, whole sentences.
#   $register (String) - formal or warm.
fix-mine =
    { $register ->
        [warm] Ķēros pie darba tūlīt pat: { $fix }
       *[formal] Pie tā ķēros nekavējoties: { $fix }
    }

# Company voice, when the fix is not done yet: a working-day cadence, not "at every step".
# Variables:
#   $register (String) - formal or warm.
fix-working =
    { $register ->
        [warm] Pie risinājuma jau strādājam un katru darbdienu tev ziņosim, kā tas virzās.
       *[formal] Pie risinājuma jau strādājam un katru darbdienu Jums ziņosim, kā tas virzās.
    }

# Company voice, when the fix is not done yet.
# Variables:
#   $register (String) - formal or warm.
fix-working-team =
    { $register ->
        [warm] Mūsu speciālisti jau meklē risinājumu, un katru darbdienu tev ziņosim par paveikto.
       *[formal] Mūsu speciālisti jau meklē risinājumu, un katru darbdienu Jums ziņosim par paveikto.
    }

# Personal voice, when the fix is not done yet.
# Variables:
#   $register (String) - formal or warm.
fix-working-mine =
    { $register ->
        [warm] Pie risinājuma jau strādāju un katru darbdienu tev ziņošu, kā tas virzās.
       *[formal] Pie risinājuma jau strādāju un katru darbdienu Jums ziņošu, kā tas virzās.
    }

# Personal voice, when the fix is not done yet.
# Variables:
#   $register (String) - formal or warm.
fix-working-mine-now =
    { $register ->
        [warm] Risinājumu jau meklēju un katru darbdienu tev ziņošu par paveikto.
       *[formal] Risinājumu jau meklēju un katru darbdienu Jums ziņošu par paveikto.
    }

## Step: prevent — what changes so that it does not happen again.

# Company voice: announces the change, then gives it.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-changed = Esam arī mainījuši savu praksi, lai tas vairs neatkārtotos: { $prevention }

# Either voice: announces the change, then gives it (impersonal: no "I"/"we").
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-again = Lai tas neatkārtotos, ir ieviestas izmaiņas: { $prevention }

# Personal voice: announces the change, then gives it. Promises no more than the change.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-mine = Arī parūpējos, lai tas vairs neatkārtotos: { $prevention }

# Either voice: the change on its own.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-fact = { $prevention }

## Step: restore — make it right with something the customer values.
## The amount prints "15 EUR" (never declined), so it stands as an object or before "apmērā".

# Company voice.
# Variables:
#   $compensation_amount (Number) - The refund, formatted as money, e.g. "15 EUR".
#   $register (String) - formal or warm.
restore-refund =
    { $register ->
        [warm] Kā kompensāciju atmaksājām tev { $compensation_amount }.
       *[formal] Kā kompensāciju atmaksājām Jums { $compensation_amount }.
    }

# Company voice.
# Variables:
#   $compensation_amount (Number) - The credit, formatted as money.
#   $register (String) - formal or warm.
restore-credit =
    { $register ->
        [warm] Tavā kontā ieskaitījām { $compensation_amount } kā kompensāciju.
       *[formal] Jūsu kontā ieskaitījām { $compensation_amount } kā kompensāciju.
    }

# Personal voice ("I approved a refund of X for you as compensation").
# Variables:
#   $compensation_amount (Number) - The refund, formatted as money.
#   $register (String) - formal or warm.
restore-refund-mine =
    { $register ->
        [warm] Kā kompensāciju apstiprināju tev naudas atmaksu { $compensation_amount } apmērā.
       *[formal] Kā kompensāciju apstiprināju Jums naudas atmaksu { $compensation_amount } apmērā.
    }

# Personal voice.
# Variables:
#   $compensation_amount (Number) - The credit, formatted as money.
#   $register (String) - formal or warm.
restore-credit-mine =
    { $register ->
        [warm] Tavā kontā ieskaitīju { $compensation_amount } kā kompensāciju.
       *[formal] Jūsu kontā ieskaitīju { $compensation_amount } kā kompensāciju.
    }

# Either voice ("a refund of X is already on its way to you"; no "I"/"we").
# Variables:
#   $compensation_amount (Number) - The refund, formatted as money.
#   $register (String) - formal or warm.
restore-refund-on-way =
    { $register ->
        [warm] Kā kompensācija pie tevis jau ir ceļā naudas atmaksa { $compensation_amount } apmērā.
       *[formal] Kā kompensācija pie Jums jau ir ceļā naudas atmaksa { $compensation_amount } apmērā.
    }

# Company voice ("as compensation we grant you N free months"). Accusative:
# vienu … mēnesi; divus, trīs … mēnešus; 21 mēnesi.
# Variables:
#   $free_months (Number) - Months of service offered free of charge, e.g. 2.
#   $register (String) - formal or warm.
restore-months =
    { $register ->
        [warm]
            { $free_months ->
                [1] Kā kompensāciju piešķiram tev vienu bezmaksas mēnesi.
                [2] Kā kompensāciju piešķiram tev divus bezmaksas mēnešus.
                [3] Kā kompensāciju piešķiram tev trīs bezmaksas mēnešus.
                [4] Kā kompensāciju piešķiram tev četrus bezmaksas mēnešus.
                [5] Kā kompensāciju piešķiram tev piecus bezmaksas mēnešus.
                [6] Kā kompensāciju piešķiram tev sešus bezmaksas mēnešus.
                [7] Kā kompensāciju piešķiram tev septiņus bezmaksas mēnešus.
                [8] Kā kompensāciju piešķiram tev astoņus bezmaksas mēnešus.
                [9] Kā kompensāciju piešķiram tev deviņus bezmaksas mēnešus.
                [10] Kā kompensāciju piešķiram tev desmit bezmaksas mēnešus.
                [zero] Kā kompensāciju piešķiram tev { $free_months } bezmaksas mēnešus.
                [one] Kā kompensāciju piešķiram tev { $free_months } bezmaksas mēnesi.
               *[other] Kā kompensāciju piešķiram tev { $free_months } bezmaksas mēnešus.
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

# Personal voice ("as compensation I added N free months to your account").
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - formal or warm.
restore-months-mine =
    { $register ->
        [warm]
            { $free_months ->
                [1] Kā kompensāciju tavam kontam pievienoju vienu bezmaksas mēnesi.
                [2] Kā kompensāciju tavam kontam pievienoju divus bezmaksas mēnešus.
                [3] Kā kompensāciju tavam kontam pievienoju trīs bezmaksas mēnešus.
                [4] Kā kompensāciju tavam kontam pievienoju četrus bezmaksas mēnešus.
                [5] Kā kompensāciju tavam kontam pievienoju piecus bezmaksas mēnešus.
                [6] Kā kompensāciju tavam kontam pievienoju sešus bezmaksas mēnešus.
                [7] Kā kompensāciju tavam kontam pievienoju septiņus bezmaksas mēnešus.
                [8] Kā kompensāciju tavam kontam pievienoju astoņus bezmaksas mēnešus.
                [9] Kā kompensāciju tavam kontam pievienoju deviņus bezmaksas mēnešus.
                [10] Kā kompensāciju tavam kontam pievienoju desmit bezmaksas mēnešus.
                [zero] Kā kompensāciju tavam kontam pievienoju { $free_months } bezmaksas mēnešus.
                [one] Kā kompensāciju tavam kontam pievienoju { $free_months } bezmaksas mēnesi.
               *[other] Kā kompensāciju tavam kontam pievienoju { $free_months } bezmaksas mēnešus.
            }
       *[formal]
            { $free_months ->
                [1] Kā kompensāciju Jūsu kontam pievienoju vienu bezmaksas mēnesi.
                [2] Kā kompensāciju Jūsu kontam pievienoju divus bezmaksas mēnešus.
                [3] Kā kompensāciju Jūsu kontam pievienoju trīs bezmaksas mēnešus.
                [4] Kā kompensāciju Jūsu kontam pievienoju četrus bezmaksas mēnešus.
                [5] Kā kompensāciju Jūsu kontam pievienoju piecus bezmaksas mēnešus.
                [6] Kā kompensāciju Jūsu kontam pievienoju sešus bezmaksas mēnešus.
                [7] Kā kompensāciju Jūsu kontam pievienoju septiņus bezmaksas mēnešus.
                [8] Kā kompensāciju Jūsu kontam pievienoju astoņus bezmaksas mēnešus.
                [9] Kā kompensāciju Jūsu kontam pievienoju deviņus bezmaksas mēnešus.
                [10] Kā kompensāciju Jūsu kontam pievienoju desmit bezmaksas mēnešus.
                [zero] Kā kompensāciju Jūsu kontam pievienoju { $free_months } bezmaksas mēnešus.
                [one] Kā kompensāciju Jūsu kontam pievienoju { $free_months } bezmaksas mēnesi.
               *[other] Kā kompensāciju Jūsu kontam pievienoju { $free_months } bezmaksas mēnešus.
            }
    }

# Either voice ("the next N months will be free of charge for you"). Nominative:
# nākamais mēnesis; nākamie divi, trīs … mēneši; nākamais 21 mēnesis.
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - formal or warm.
restore-months-free =
    { $register ->
        [warm]
            { $free_months ->
                [1] Nākamais mēnesis tev būs bez maksas.
                [2] Nākamie divi mēneši tev būs bez maksas.
                [3] Nākamie trīs mēneši tev būs bez maksas.
                [4] Nākamie četri mēneši tev būs bez maksas.
                [5] Nākamie pieci mēneši tev būs bez maksas.
                [6] Nākamie seši mēneši tev būs bez maksas.
                [7] Nākamie septiņi mēneši tev būs bez maksas.
                [8] Nākamie astoņi mēneši tev būs bez maksas.
                [9] Nākamie deviņi mēneši tev būs bez maksas.
                [10] Nākamie desmit mēneši tev būs bez maksas.
                [zero] Nākamie { $free_months } mēneši tev būs bez maksas.
                [one] Nākamais { $free_months } mēnesis tev būs bez maksas.
               *[other] Nākamie { $free_months } mēneši tev būs bez maksas.
            }
       *[formal]
            { $free_months ->
                [1] Nākamais mēnesis Jums būs bez maksas.
                [2] Nākamie divi mēneši Jums būs bez maksas.
                [3] Nākamie trīs mēneši Jums būs bez maksas.
                [4] Nākamie četri mēneši Jums būs bez maksas.
                [5] Nākamie pieci mēneši Jums būs bez maksas.
                [6] Nākamie seši mēneši Jums būs bez maksas.
                [7] Nākamie septiņi mēneši Jums būs bez maksas.
                [8] Nākamie astoņi mēneši Jums būs bez maksas.
                [9] Nākamie deviņi mēneši Jums būs bez maksas.
                [10] Nākamie desmit mēneši Jums būs bez maksas.
                [zero] Nākamie { $free_months } mēneši Jums būs bez maksas.
                [one] Nākamais { $free_months } mēnesis Jums būs bez maksas.
               *[other] Nākamie { $free_months } mēneši Jums būs bez maksas.
            }
    }

## Step: next-steps — when the customer hears from us next.
## "ne vēlāk kā" takes the locative (18. decembrī), "līdz" the dative (18. decembrim).

# Company voice ("no later than 18 December we will contact you again to make sure all is well").
# Variables:
#   $follow_up_date (Date) - The date of our next contact.
#   $register (String) - formal or warm.
next-steps-date =
    { $register ->
        [warm] Ne vēlāk kā { DATE($follow_up_date, skeleton: "MMMMd", month: "locative") } sazināsimies ar tevi vēlreiz, lai pārliecinātos, ka viss ir kārtībā.
       *[formal] Ne vēlāk kā { DATE($follow_up_date, skeleton: "MMMMd", month: "locative") } sazināsimies ar Jums vēlreiz, lai pārliecinātos, ka viss ir kārtībā.
    }

# Company voice ("by 18 December we will call you again to hear that all is well").
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - formal or warm.
next-steps-date-update =
    { $register ->
        [warm] Līdz { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } tev vēlreiz piezvanīsim, lai uzzinātu, vai viss ir kārtībā.
       *[formal] Līdz { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } Jums vēlreiz piezvanīsim, lai uzzinātu, vai viss ir kārtībā.
    }

# Personal voice.
# Variables:
#   $follow_up_date (Date) - The date of our next contact.
#   $register (String) - formal or warm.
next-steps-date-mine =
    { $register ->
        [warm] Ne vēlāk kā { DATE($follow_up_date, skeleton: "MMMMd", month: "locative") } sazināšos ar tevi vēlreiz, lai pārliecinātos, ka viss ir kārtībā.
       *[formal] Ne vēlāk kā { DATE($follow_up_date, skeleton: "MMMMd", month: "locative") } sazināšos ar Jums vēlreiz, lai pārliecinātos, ka viss ir kārtībā.
    }

# Personal voice: a call by the date.
# Variables:
#   $follow_up_date (Date) - The date of our next call.
#   $register (String) - formal or warm.
next-steps-date-mine-call =
    { $register ->
        [warm] Līdz { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } tev vēlreiz piezvanīšu, lai uzzinātu, vai viss ir kārtībā.
       *[formal] Līdz { DATE($follow_up_date, skeleton: "MMMMd", month: "dative") } Jums vēlreiz piezvanīšu, lai uzzinātu, vai viss ir kārtībā.
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
        [warm] Kad viss būs kārtībā, es ar tevi sazināšos.
       *[formal] Kad viss būs kārtībā, es ar Jums sazināšos.
    }

## Step: invite — invite questions, or move a public thread to a private channel.

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
        [warm] Ja kaut kas vēl nav saprotams, jautā – labprāt visu pastāstīšu sīkāk.
       *[formal] Ja kaut kas vēl nav saprotams, jautājiet – labprāt visu pastāstīšu sīkāk.
    }

# Either voice; email and chat: a direct line for a conversation. The contact may be a
# phone number, so "sazinieties" (get in touch), never "rakstiet". $contact stays last.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - formal or warm.
invite-reach =
    { $register ->
        [warm] Ja vēlies to pārrunāt, sazinies ar klientu atbalstu: { $contact }.
       *[formal] Ja vēlaties to pārrunāt, sazinieties ar klientu atbalstu: { $contact }.
    }

# Social media: move a public thread to a private channel. $contact stays last, with no
# full stop after it (a handle or an address is copied as it stands).
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - formal or warm.
invite-private =
    { $register ->
        [warm] Lai to nokārtotu, sazinies privāti ar klientu atbalstu: { $contact }
       *[formal] Lai to nokārtotu, sazinieties privāti ar klientu atbalstu: { $contact }
    }

# Social media, company voice: ask for a direct message.
# Variables:
#   $register (String) - formal or warm.
invite-direct-message =
    { $register ->
        [warm] Atsūti, lūdzu, mums privātu ziņu – mēs to izskatīsim.
       *[formal] Atsūtiet, lūdzu, mums privātu ziņu – mēs to izskatīsim.
    }

# Social media, personal voice: ask for a direct message.
# Variables:
#   $register (String) - formal or warm.
invite-direct-message-mine =
    { $register ->
        [warm] Atsūti, lūdzu, man privātu ziņu – es to izskatīšu.
       *[formal] Atsūtiet, lūdzu, man privātu ziņu – es to izskatīšu.
    }

# Phone script, either voice.
# Variables:
#   $register (String) - formal or warm.
invite-phone-questions =
    { $register ->
        [warm] Vai tev par to ir kādi jautājumi?
       *[formal] Vai Jums par to ir kādi jautājumi?
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

# Company voice.
# Variables:
#   $register (String) - formal or warm.
thank-chance =
    { $register ->
        [warm] Paldies, ka devi mums iespēju to izlabot.
       *[formal] Paldies, ka devāt mums iespēju to izlabot.
    }

# Company voice, formal; email and phone.
thank-time = Paldies, ka veltījāt laiku un mums par to pastāstījāt.

# Company voice; chat.
# Variables:
#   $register (String) - formal or warm.
thank-short =
    { $register ->
        [warm] Paldies par tavu ziņu!
       *[formal] Paldies par Jūsu ziņu!
    }

# Either voice.
# Variables:
#   $register (String) - formal or warm.
thank-patience =
    { $register ->
        [warm] Paldies par tavu pacietību.
       *[formal] Paldies par Jūsu pacietību.
    }

# Personal voice.
# Variables:
#   $register (String) - formal or warm.
thank-mine =
    { $register ->
        [warm] Paldies, ka devi man iespēju to izlabot.
       *[formal] Paldies, ka devāt man iespēju to izlabot.
    }

# Personal voice.
# Variables:
#   $register (String) - formal or warm.
thank-mine-telling =
    { $register ->
        [warm] Paldies, ka man par to pastāstīji.
       *[formal] Paldies, ka man par to pastāstījāt.
    }

## Step: close — optimism about the relationship.

# Company voice.
# Variables:
#   $register (String) - formal or warm.
close-trust =
    { $register ->
        [warm] Mēs vēlamies atgūt tavu uzticību.
       *[formal] Mēs vēlamies atgūt Jūsu uzticību.
    }

# Company voice, warm.
close-next-time = Nākamreiz visu izdarīsim tā, kā nākas.

# Company voice, formal letter.
close-relationship = Mums ir svarīgi, lai Jūs arī turpmāk varētu uz mums paļauties.

# Personal voice.
# Variables:
#   $register (String) - formal or warm.
close-mine =
    { $register ->
        [warm] Ceru, ka nākamreiz varēšu tev palīdzēt labāk.
       *[formal] Ceru, ka nākamreiz varēšu Jums palīdzēt labāk.
    }

# Personal voice.
# Variables:
#   $register (String) - formal or warm.
close-mine-trust =
    { $register ->
        [warm] Vēlos atgūt tavu uzticību.
       *[formal] Vēlos atgūt Jūsu uzticību.
    }

## Step: sign-off — the closing formula and who is writing.

# Email, with the agent's name and the company.
# Variables:
#   $agent_name (String) - The agent's first name.
#   $company (String) - The company's name.
sign-off-regards =
    Ar cieņu
    { $agent_name }
    { $company }

# Email, with the agent's name.
# Variables:
#   $agent_name (String) - The agent's first name.
sign-off-regards-name =
    Ar cieņu
    { $agent_name }

# Warm register; email and chat.
# Variables:
#   $agent_name (String) - The agent's first name.
sign-off-warm =
    Visu labu!
    { $agent_name }

# Company voice only; email, when we know no names.
sign-off-team =
    Ar cieņu
    Klientu atbalsta komanda

# Company voice only; email, chat, social: the team of the named company (quoted,
# uninflected attribute).
# Variables:
#   $company (String) - The company's name.
sign-off-team-company = – „{ $company }” komanda

# Chat and social media signature.
# Variables:
#   $agent_name (String) - The agent's first name.
sign-off-initials = – { $agent_name }

# Phone script: the one thank-you of the call, then the goodbye.
sign-off-phone = Paldies par sarunu! Uz dzirdēšanos!

# Phone script: goodbye without thanks (when the call has already thanked).
sign-off-phone-bye = Visu labu! Uz dzirdēšanos!

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

# Stands for $compensation_amount inside the refund or credit sentence ("amount and currency").
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
