### phrasebank: Latvian (lv, latviešu valoda).
### Choices made in this locale:
### - Address: the formal register uses Jūs, Jūsu, Jums (capitalised, as in a letter);
###   the warm register uses tu, tavs, tev, tevi. Messages the catalog tags for both
###   registers select on $register wherever the address shows (pronoun or verb ending);
###   messages with no address are written once.
### - Gender: no message needs $customer_gender or $agent_gender. The "I" voice uses
###   the simple past and future (izlasīju, rīkojos, sazināšos), never past participles
###   (esmu pārbaudījis/pārbaudījusi) or gendered adjectives (gatavs/gatava).
### - Names stay in the nominative: only in greetings ("Labdien, Anna!"), after
###   "Runā" / "Mani sauc", as an apposition after "uzņēmuma", or on a sign-off line.
###   No vocative formulas such as "Cienījamais ...".
### - Company names in running text are quoted Latvian style: „Acme”.
### - Dates: babel's "long" form is nominative ("2026. gada 24. novembris"), so the
###   date stands as the predicate of "Vēlākais termiņš ir ...", never after "līdz".
### - Plurals: CLDR zero/one/other; numbers ending in 1 (except 11) take the singular.
### - Closing formula "Ar cieņu" without a comma, as Latvian letter practice has it.
### - Dash: spaced en dash (–).

## Step: greeting — open the message, by name when we have it.

# Formal letter opening. Email, formal register. "Dear" has no vocative-free
# equivalent in Latvian (Cienījamā/Cienījamais needs the vocative of the name),
# so the formal letter opens with "Labdien," and the name in the nominative.
# Variables:
#   $customer_name (String) - The customer's name as they write it, e.g. "Laura Kalniņa".
greeting-dear = Labdien, { $customer_name }!

# Neutral opening with the name. Email, chat, social. "Sveicināti" suits both registers.
# Variables:
#   $customer_name (String) - The customer's name as they write it.
greeting-hello-name = Sveicināti, { $customer_name }!

# Friendly opening with the name. Warm register; email, chat, social.
# Variables:
#   $customer_name (String) - The customer's name as they write it.
greeting-hi-name = Sveiki, { $customer_name }!

# Opening when we do not know the name. Email, chat, social.
greeting-hello = Labdien!

# Phone script: the agent introduces themselves ("Runā ..." is the usual phone formula).
# Variables:
#   $agent_name (String) - The agent's name.
#   $company (String) - The company's name (apposition after "uzņēmuma", not inflected).
greeting-phone = Labdien! Runā { $agent_name } no uzņēmuma „{ $company }”.

# Phone script: the agent greets the customer by name and introduces themselves.
# Variables:
#   $customer_name (String) - The customer's name as they write it.
#   $agent_name (String) - The agent's name.
#   $company (String) - The company's name (apposition after "uzņēmuma", not inflected).
greeting-phone-name = Labdien, { $customer_name }! Runā { $agent_name } no uzņēmuma „{ $company }”.

# Phone script, when we know no names. Both registers: the verb ending shows the address.
# Variables:
#   $register (String) - formal or warm.
greeting-phone-plain =
    { $register ->
        [warm] Sveiki! Paldies, ka atradi laiku šai sarunai.
       *[formal] Labdien! Paldies, ka atradāt laiku šai sarunai.
    }

## Step: acknowledge — show that we listened; restate what went wrong.

# Company voice. The fact comes first, then our judgement of it
# ("You deserve far better service from us").
# Variables:
#   $issue (String) - What went wrong, one whole sentence, e.g. "Jūsu pasūtījums pienāca trīs dienas vēlāk, nekā solījām."
#   $register (String) - formal or warm.
acknowledge-not-acceptable =
    { $register ->
        [warm] { $issue } No mums tev pienākas daudz labāka apkalpošana.
       *[formal] { $issue } No mums Jums pienākas daudz labāka apkalpošana.
    }

# Personal voice ("I"). Email and chat. "Jums bija taisnība" avoids a gendered participle.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
acknowledge-read =
    { $register ->
        [warm] Rūpīgi izlasīju tavu ziņu. { $issue } Tev bija pilnīga taisnība, ka par to mums uzrakstīji.
       *[formal] Rūpīgi izlasīju Jūsu ziņu. { $issue } Jums bija pilnīga taisnība, ka par to mums uzrakstījāt.
    }

# Short form for chat and social media. No address, so one form for both registers.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-short = { $issue } Tā nedrīkstēja notikt.

# Phone script: the agent repeats the problem back to check they understood.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
acknowledge-phone =
    { $register ->
        [warm] Gribu pārliecināties, vai sapratu tevi pareizi. { $issue }
       *[formal] Gribu pārliecināties, vai sapratu Jūs pareizi. { $issue }
    }

## Step: apologize — say sorry plainly: no condition, no "but".

# Company voice, formal. Email, chat, phone.
apologize-sincere = Mēs Jums patiesi atvainojamies.

# Company voice, warm.
apologize-truly = Mums patiešām ļoti žēl.

# Personal voice: the agent apologizes in their own name.
# Variables:
#   $register (String) - formal or warm.
apologize-personal =
    { $register ->
        [warm] Man ir ļoti žēl, un es tev personīgi atvainojos.
       *[formal] Man ir ļoti žēl, un es Jums personīgi atvainojos.
    }

# Company voice, short: social media and chat.
apologize-brief = Mēs atvainojamies.

# The apology names the wait ("you had to wait N days longer than you should have").
# Accusative of duration: 1, 21 dienu; 2, 5, 10, 11 dienas.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - formal or warm.
apologize-wait =
    { $register ->
        [warm]
            { $days_late ->
                [zero] Mums ļoti žēl, ka tev bija jāgaida { $days_late } dienas ilgāk, nekā vajadzēja.
                [one] Mums ļoti žēl, ka tev bija jāgaida { $days_late } dienu ilgāk, nekā vajadzēja.
               *[other] Mums ļoti žēl, ka tev bija jāgaida { $days_late } dienas ilgāk, nekā vajadzēja.
            }
       *[formal]
            { $days_late ->
                [zero] Mums ļoti žēl, ka Jums bija jāgaida { $days_late } dienas ilgāk, nekā vajadzēja.
                [one] Mums ļoti žēl, ka Jums bija jāgaida { $days_late } dienu ilgāk, nekā vajadzēja.
               *[other] Mums ļoti žēl, ka Jums bija jāgaida { $days_late } dienas ilgāk, nekā vajadzēja.
            }
    }

## Step: own — take responsibility; the mistake is ours.

# Company voice, formal.
own-full = Tā bija mūsu kļūda, un mēs par to uzņemamies pilnu atbildību.

# Company voice, warm ("we got it wrong, and putting it right is our job").
own-got-wrong = Šoreiz mēs kļūdījāmies, un izlabot to ir mūsu pienākums.

# Personal voice ("I will not shift it onto anyone else").
own-mine = Tā ir mana atbildība, un es to nenovelšu ne uz vienu citu.

# Company voice: no finger-pointing at suppliers or partners. Email, phone, chat.
# Variables:
#   $register (String) - formal or warm.
own-no-blame =
    { $register ->
        [warm] Par to atbildam mēs paši – ne mūsu partneri un noteikti ne tu.
       *[formal] Par to atbildam mēs paši – ne mūsu partneri un noteikti ne Jūs.
    }

## Step: empathize — recognize what the problem cost the customer.

# Personal voice. Simple past, no participle.
# Variables:
#   $register (String) - formal or warm.
empathize-understand =
    { $register ->
        [warm] Saprotu, cik ļoti tas tevi sarūgtināja.
       *[formal] Saprotu, cik ļoti tas Jūs sarūgtināja.
    }

# Company voice ("because of us you had to spend far more time than necessary").
# Variables:
#   $register (String) - formal or warm.
empathize-time =
    { $register ->
        [warm] Tavs laiks ir vērtīgs, un mūsu dēļ tev nācās tērēt daudz vairāk laika, nekā vajadzēja.
       *[formal] Jūsu laiks ir vērtīgs, un mūsu dēļ Jums nācās tērēt daudz vairāk laika, nekā vajadzēja.
    }

# Personal voice, warm. "It would upset me too" avoids vīlies/vīlusies.
empathize-place = Tavā vietā arī mani tas ļoti sarūgtinātu.

# Company voice; chat, social media, phone.
empathize-frustrating = Mēs saprotam, cik tas ir nepatīkami.

## Step: explain — the root cause, briefly, never an excuse.

# Company voice.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-found = Mēs to izpētījām un atradām cēloni. { $cause }

# Either voice.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-happened = Lūk, kas notika. { $cause }

# Personal voice ("I went through your case myself from start to finish").
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - formal or warm.
explain-checked =
    { $register ->
        [warm] Es personīgi izskatīju tavu gadījumu no sākuma līdz beigām. { $cause }
       *[formal] Es personīgi izskatīju Jūsu gadījumu no sākuma līdz beigām. { $cause }
    }

# Company voice, formal; email.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-root = Pārbaudot notikušo, mēs noskaidrojām problēmas patieso cēloni. { $cause }

## Step: fix — what we are doing to put it right.

# Company voice.
# Variables:
#   $fix (String) - What has been or is being done, whole sentences.
fix-done = Situāciju labojam šādi. { $fix }

# Personal voice. Simple past "rīkojos", no participle.
# Variables:
#   $fix (String) - What has been or is being done, whole sentences.
fix-mine = Lai situāciju labotu, es rīkojos šādi. { $fix }

# Company voice, when the fix is not known yet.
# Variables:
#   $register (String) - formal or warm.
fix-working =
    { $register ->
        [warm] Jau šobrīd strādājam, lai to atrisinātu, un informēsim tevi par katru soli.
       *[formal] Jau šobrīd strādājam, lai to atrisinātu, un informēsim Jūs par katru soli.
    }

# Personal voice, when the fix is not known yet.
# Variables:
#   $register (String) - formal or warm.
fix-working-mine =
    { $register ->
        [warm] Ar to jau tagad nodarbojos personīgi un turpināšu tevi informēt, līdz viss būs atrisināts.
       *[formal] Ar to jau tagad nodarbojos personīgi un turpināšu Jūs informēt, līdz viss būs atrisināts.
    }

## Step: prevent — what changes so that it does not happen again.

# Company voice.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-changed = Mēs arī mainījām savu darba procesu, lai kas tāds vairs neatkārtotos. { $prevention }

# Either voice.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-again = Lai tas neatkārtotos, mēs ieviešam izmaiņas. { $prevention }

# Personal voice.
# Variables:
#   $prevention (String) - What changes, whole sentences.
#   $register (String) - formal or warm.
prevent-mine =
    { $register ->
        [warm] Es arī parūpējos, lai ar tevi tas vairs neatkārtotos. { $prevention }
       *[formal] Es arī parūpējos, lai ar Jums tas vairs neatkārtotos. { $prevention }
    }

## Step: restore — make it right with something the customer values.

# Company voice.
# Variables:
#   $compensation_amount (Number) - The refund, already formatted as money in the customer's currency.
#   $register (String) - formal or warm.
restore-refund =
    { $register ->
        [warm] Kā atlīdzību par to mēs tev atmaksājam { $compensation_amount }.
       *[formal] Kā atlīdzību par to mēs Jums atmaksājam { $compensation_amount }.
    }

# Company voice, warm ("to apologise, we credited X to your account").
# Variables:
#   $compensation_amount (Number) - The credit, already formatted as money.
restore-credit = Lai atvainotos, tavā kontā ieskaitījām { $compensation_amount }.

# Personal voice ("I have arranged a refund in the amount of X"); "X apmērā" keeps the amount uninflected.
# Variables:
#   $compensation_amount (Number) - The refund, already formatted as money.
#   $register (String) - formal or warm.
restore-refund-mine =
    { $register ->
        [warm] Es tev noformēju naudas atmaksu { $compensation_amount } apmērā.
       *[formal] Es Jums noformēju naudas atmaksu { $compensation_amount } apmērā.
    }

# Company voice ("for the next N months our service is free for you").
# Accusative of duration: nākamo 1 / 21 mēnesi; nākamos 2 / 10 / 11 mēnešus.
# Variables:
#   $free_months (Number) - Months of service offered free of charge, e.g. 2.
#   $register (String) - formal or warm.
restore-months =
    { $register ->
        [warm]
            { $free_months ->
                [zero] Lai to atlīdzinātu, nākamos { $free_months } mēnešus mūsu pakalpojums tev būs bez maksas.
                [one] Lai to atlīdzinātu, nākamo { $free_months } mēnesi mūsu pakalpojums tev būs bez maksas.
               *[other] Lai to atlīdzinātu, nākamos { $free_months } mēnešus mūsu pakalpojums tev būs bez maksas.
            }
       *[formal]
            { $free_months ->
                [zero] Lai to atlīdzinātu, nākamos { $free_months } mēnešus mūsu pakalpojums Jums būs bez maksas.
                [one] Lai to atlīdzinātu, nākamo { $free_months } mēnesi mūsu pakalpojums Jums būs bez maksas.
               *[other] Lai to atlīdzinātu, nākamos { $free_months } mēnešus mūsu pakalpojums Jums būs bez maksas.
            }
    }

# Personal voice. Simple past "pievienoju", no participle.
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - formal or warm.
restore-months-mine =
    { $register ->
        [warm]
            { $free_months ->
                [zero] Tavam kontam pievienoju { $free_months } bezmaksas pakalpojuma mēnešus.
                [one] Tavam kontam pievienoju { $free_months } bezmaksas pakalpojuma mēnesi.
               *[other] Tavam kontam pievienoju { $free_months } bezmaksas pakalpojuma mēnešus.
            }
       *[formal]
            { $free_months ->
                [zero] Jūsu kontam pievienoju { $free_months } bezmaksas pakalpojuma mēnešus.
                [one] Jūsu kontam pievienoju { $free_months } bezmaksas pakalpojuma mēnesi.
               *[other] Jūsu kontam pievienoju { $free_months } bezmaksas pakalpojuma mēnešus.
            }
    }

## Step: next-steps — when and how the customer hears from us next.

# Company voice. The long date is nominative ("2026. gada 24. novembris"), so it
# stands as the predicate of "Vēlākais termiņš ir ...".
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - formal or warm.
next-steps-date =
    { $register ->
        [warm] Mēs tev vēlreiz rakstīsim un pastāstīsim, kā virzās darbs. Vēlākais termiņš ir { DATETIME($follow_up_date, dateStyle: "long") }.
       *[formal] Mēs Jums vēlreiz rakstīsim un pastāstīsim, kā virzās darbs. Vēlākais termiņš ir { DATETIME($follow_up_date, dateStyle: "long") }.
    }

# Personal voice. Same nominative date construction.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - formal or warm.
next-steps-date-mine =
    { $register ->
        [warm] Es personīgi ar tevi sazināšos vēlreiz. Vēlākais termiņš ir { DATETIME($follow_up_date, dateStyle: "long") }.
       *[formal] Es personīgi ar Jums sazināšos vēlreiz. Vēlākais termiņš ir { DATETIME($follow_up_date, dateStyle: "long") }.
    }

# Company voice, no date yet.
# Variables:
#   $register (String) - formal or warm.
next-steps-when-fixed =
    { $register ->
        [warm] Tiklīdz problēmu atrisināsim, mēs tev uzreiz uzrakstīsim.
       *[formal] Tiklīdz problēmu atrisināsim, mēs Jums uzreiz uzrakstīsim.
    }

# Personal voice, no date yet.
# Variables:
#   $register (String) - formal or warm.
next-steps-when-fixed-mine =
    { $register ->
        [warm] Tiklīdz viss būs atrisināts, es ar tevi personīgi sazināšos.
       *[formal] Tiklīdz viss būs atrisināts, es ar Jums personīgi sazināšos.
    }

## Step: invite — invite questions, or move to a private channel.

# Company voice; email and chat. Written without any conditional.
# Variables:
#   $register (String) - formal or warm.
invite-reply =
    { $register ->
        [warm] Jautājumus vari uzdot jebkurā laikā, atbildot uz šo ziņu, un mēs labprāt palīdzēsim.
       *[formal] Jautājumus varat uzdot jebkurā laikā, atbildot uz šo ziņu, un mēs labprāt palīdzēsim.
    }

# Move the conversation to a private channel. Keep $contact at the end.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - formal or warm.
invite-private =
    { $register ->
        [warm] Lūdzu, raksti mums privāti, lai mēs to varētu nokārtot tieši ar tevi: { $contact }.
       *[formal] Lūdzu, rakstiet mums privāti, lai mēs to varētu nokārtot tieši ar Jums: { $contact }.
    }

# Personal voice: let the customer ask.
# Variables:
#   $register (String) - formal or warm.
invite-questions =
    { $register ->
        [warm] Kādi jautājumi tev vēl ir? Labprāt visu izskaidrošu sīkāk.
       *[formal] Kādi jautājumi Jums vēl ir? Labprāt visu izskaidrošu sīkāk.
    }

# Social media: ask for a direct message.
# Variables:
#   $register (String) - formal or warm.
invite-direct-message =
    { $register ->
        [warm] Lūdzu, atsūti mums privātu ziņu, lai mēs varētu pārbaudīt tavu kontu.
       *[formal] Lūdzu, atsūtiet mums privātu ziņu, lai mēs varētu pārbaudīt Jūsu kontu.
    }

# Phone script, company voice.
# Variables:
#   $register (String) - formal or warm.
invite-anything-else =
    { $register ->
        [warm] Kā vēl mēs šodien varam tev palīdzēt?
       *[formal] Kā vēl mēs šodien varam Jums palīdzēt?
    }

## Step: thank — for telling us, and for the patience.

# Company voice.
# Variables:
#   $register (String) - formal or warm.
thank-telling =
    { $register ->
        [warm] Paldies, ka mums par to pastāstīji – tas mums palīdz strādāt labāk.
       *[formal] Paldies, ka mums par to pastāstījāt – tas mums palīdz strādāt labāk.
    }

# Either voice. No address needed ("Paldies par pacietību"), so one form.
thank-patience = Paldies par pacietību, kamēr visu labojam.

# Formal; email and phone.
thank-trust = Paldies par Jūsu uzticību un par to, ka vērsāt mūsu uzmanību uz šo problēmu.

# Short: chat and social media.
# Variables:
#   $register (String) - formal or warm.
thank-short =
    { $register ->
        [warm] Paldies, ka mums par to paziņoji.
       *[formal] Paldies, ka mums par to paziņojāt.
    }

# Personal voice.
# Variables:
#   $register (String) - formal or warm.
thank-mine =
    { $register ->
        [warm] Paldies, ka devi man iespēju to izlabot.
       *[formal] Paldies, ka devāt man iespēju to izlabot.
    }

## Step: close — optimism about the relationship.

# Company voice ("we value that you choose us"); avoids the gendered klients/kliente.
# Variables:
#   $register (String) - formal or warm.
close-trust =
    { $register ->
        [warm] Mēs ļoti novērtējam, ka izvēlies tieši mūs, un vēlamies atgūt tavu uzticību.
       *[formal] Mēs ļoti novērtējam, ka izvēlaties tieši mūs, un vēlamies atgūt Jūsu uzticību.
    }

# Company voice, warm ("we look forward to seeing you again, and next time we get it right").
close-next-time = Gaidīsim tevi atkal un nākamreiz visu izdarīsim kā nākas.

# Personal voice. "Priecāšos" (future) has no gender.
# Variables:
#   $register (String) - formal or warm.
close-mine =
    { $register ->
        [warm] Priecāšos tev palīdzēt arī turpmāk.
       *[formal] Priecāšos Jums palīdzēt arī turpmāk.
    }

# Company voice, formal letter.
close-relationship = Mēs augstu vērtējam attiecības ar Jums un arī turpmāk strādāsim tā, lai attaisnotu Jūsu uzticību.

## Step: sign-off — the closing formula and who is writing.

# Email, with the agent's name and the company.
# Variables:
#   $agent_name (String) - The agent's name.
#   $company (String) - The company's name.
sign-off-regards =
    Ar cieņu
    { $agent_name }
    { $company }

# Email, with the agent's name.
# Variables:
#   $agent_name (String) - The agent's name.
sign-off-regards-name =
    Ar cieņu
    { $agent_name }

# Warm register; email and chat.
# Variables:
#   $agent_name (String) - The agent's name.
sign-off-warm =
    Visu labu!
    { $agent_name }

# Email, when we know no names.
sign-off-team =
    Ar cieņu
    Klientu atbalsta komanda

# Chat and social media signature.
# Variables:
#   $agent_name (String) - The agent's name.
sign-off-initials = – { $agent_name }

# Phone script. "Uz dzirdēšanos" is the telephone goodbye; no address needed.
sign-off-phone = Paldies par veltīto laiku! Uz dzirdēšanos!

# Phone script, with the agent's name ("you can always turn to me" avoids gatavs/gatava).
# Variables:
#   $agent_name (String) - The agent's name.
#   $register (String) - formal or warm.
sign-off-phone-name =
    { $register ->
        [warm] Paldies par veltīto laiku! Mani sauc { $agent_name }, un tu vienmēr vari vērsties pie manis. Uz dzirdēšanos!
       *[formal] Paldies par veltīto laiku! Mani sauc { $agent_name }, un Jūs vienmēr varat vērsties pie manis. Uz dzirdēšanos!
    }

## Blanks — labels a helpdesk macro shows where the agent must write the facts.
## A macro (Zendesk, Freshdesk, Help Scout, Intercom, Gorgias, Front, CSV) is written
## before the incident happens, so it cannot know what went wrong. `phrasebank macros`
## puts these labels where the facts go; the agent replaces each one before sending.
## Write them the way a support lead labels a template: short, unmistakably unfinished,
## in square brackets, no full stop, no variables.

# The customer's name ("the client's name"), where the helpdesk has no name on file.
blank-customer-name = [klienta vārds]

# The agent's own name ("your name", capitalised Jūsu as in a letter: the label speaks to the agent).
blank-agent-name = [Jūsu vārds]

# Stands for $issue ("what went wrong", the everyday idiom).
blank-issue = [kas nogāja greizi]

# Stands for $cause ("why it happened").
blank-cause = [kāpēc tā notika]

# Stands for $fix ("what we did to correct it").
blank-fix = [ko izdarījām, lai to labotu]

# Stands for $prevention ("what will change so that it does not repeat").
blank-prevention = [kas mainīsies, lai tas neatkārtotos]

# Stands for $compensation_amount in the refund sentence ("amount and currency").
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
