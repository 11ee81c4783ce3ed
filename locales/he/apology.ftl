### phrasebank locale: Hebrew (he, Israel), today's professional support Hebrew,
### full spelling (כתיב מלא), no niqqud.
###
### Whole letters: every message is written to stand next to the others in one
### letter (docs/method.md). A message the catalog gives to both voices says
### neither "I" nor "we": no אני or אנחנו, no first-person verb (בדקתי, בדקנו,
### אעדכן, נעדכן), no שלי or שלנו. Each step has its own vocabulary, so that
### no content word is said in two steps of one letter (letter.yaml lists the
### function words and how prefixes and endings are compared): the apology says
### מצטער, מתנצל or סליחה, ownership says אחריות, טעות or טיפול, compensation
### says פיצוי, thanks say תודה (never מודה, so a phone call cannot thank twice
### in two words).
###
### Compensation is goodwill on top of putting things right, and the agent
### gives only its amount: the restore messages say פיצוי and an amount,
### never החזר (a refund), זיכוי (a credit), "לחשבון", "לכרטיס" or "בדרך
### אלייך" — the fix sentence may mention a real refund, and the customer must
### never wonder whether the compensation is that refund. Only restore-extra
### and restore-extra-mine (used after the fix) say "בנוסף" or "ומעבר לזה";
### the others may come right after the issue (restore-value) and say neither.
### Free months are months of the service itself ("חודש חינם", "חודשיים ללא
### תשלום"), never "added to your plan" (מנוי): a pharmacy, a bank or an airline
### has no plan. No "שירות" either: a phone greeting says "משירות הלקוחות".
###
### The agent never takes credit or blame for what the team did: a personal
### fix lead-in is neutral ("וזה המצב כרגע:"), never "טיפלתי בזה בעצמי";
### personal ownership owns the outcome and the resolution ("אין שום תירוץ
### לטעות הזאת", "לקחתי את הטיפול בזה על עצמי", "הטיפול בה באחריותי"), never
### the mistake ("ואני לוקח את זה על עצמי" reads as "the blame is mine"), and
### promises future action only in own-mine, which the catalog keeps for an
### open case.
###
### Ownership comes in two kinds. own-full, own-got-wrong, own-on-us and the
### own-mine* messages follow an apology and only own it (no second sorry).
### own-regret* stand before the plain apology (restore-value, where the
### playbook's sorry is the last paragraph): they say the regret outright, "צר
### לנו מאוד על כך" / "צר לי מאוד על כך" (warm: "ממש צר לנו", "ממש לא נעים לי
### ממך"), with the ownership ("הטעות הזאת שלנו", "אין לנו שום תירוץ", "האחריות
### כולה עלינו"; never the "we take it seriously" cliché, "בכובד ראש" or "לא
### מקלים בה ראש"), so the customer hears a sorry right after the issue (round
### 11) and the compensation after it never reads as buying her off. The letter
### then closes with apologize-again*, the sorry said once more ("ושוב, אנחנו
### מתנצלים", "אנו שבים ומבקשים את סליחתך") in the apology's own words (מצטער,
### מתנצל, סליחה), which own-regret* never use; apologize-again* never say "צר
### לנו/לי", "ממש" or "לא נעים", so no content word is said twice.
###
### Follow-ups: next-steps-date* promise an update on a case that is still
### open; next-steps-check* (used after a finished fix) only check that all is
### well ("כדי לוודא שהכול הסתדר") and never promise news.
###
### Address: Hebrew has no formal "you". The register is carried by vocabulary:
### formal writes אנו, ברצוני, פנייתך, לרשותך, בעניין and fuller constructions;
### warm uses אנחנו, ההודעה שלך, היי and everyday words (לסדר, בזה).
### Messages the catalog gives to both registers select on $register only
### where the wording differs; the default is *[formal]. The warm register
### closes as it opens ("כל טוב", not "בברכה", after "היי").
###
### Channel: $channel (email, chat, social, phone) selects the spoken form
### where it differs from the written one. Formal Hebrew writes אנו and ברצוני
### but says אנחנו and אני רוצה on the phone, so every formal message a phone
### script can use has a [phone] variant; the default *[email] is the written
### form (chat and social use it too, unless a [social] variant says otherwise).
### The select always holds whole sentences (never one word inside a
### sentence): Fluent isolates a select that stands inside a sentence, and the
### composer would then read the chosen words as a fact, not as the bank's own.
###
### Gender: the customer is addressed in gendered forms (imperatives, future
### verbs, אליך or אלייך) only inside $customer_gender selects;
### the agent speaks in gendered present-tense forms (מצטער or מצטערת, מבין
### or מבינה, מטפל or מטפלת) only inside $agent_gender selects. The *[unknown]
### branches avoid every gendered form without slashes: צר לי, the past or
### future first person (בדקתי, אעדכן), the second-person past (קיבלת,
### פנית), nouns and infinitives. Pronoun suffixes spelled the same for both
### genders (לך, שלך, אותך, איתך, ממך, במקומך, לרשותך) are used freely.
###
### Facts: $issue, $cause, $fix and $prevention are whole sentences and stand at
### a sentence boundary. A message that announces one (explain-found,
### explain-happened, explain-checked, fix-done, fix-mine, prevent-changed,
### prevent-again, prevent-mine) is a whole sentence that ends with ":" and the
### fact. A letter announces at most two facts, so the third stands alone and
### must still read well, on paper and aloud: the bare prevention is signposted
### as prevention before the fact, with no colon ("כדי שזה לא יחזור על עצמו, <fact>"),
### so it is never heard as more of the fix, and never promises "this will not
### happen again" (a guarantee no lead signs); the bare cause opens
### without a colon ("אז מה השתבש?", "באשר לסיבה,", "ולגבי הסיבה,"); the bare fix opens with
### "מבחינת הפתרון," in formal writing and on the phone (never the office "לעדכונך,",
### round 13) and "לגבי הפתרון," in a warm letter, so it is not heard
### as more of the cause and fits a remedy, a plain status, a past event ("the order
### was delivered yesterday") and a fix under way. Never "נכון לעכשיו" ("as of now")
### before a fix: agents type fixes in the past tense ("ההזמנה נמסרה אתמול"), and
### "as of now … yesterday" clashes and reads as translated (round 10); never "כדי
### לתקן את זה,", "מאז," or "בינתיים". In restore-value the
### cause follows the compensation: every explain message starts a new thought
### there too (a lead-in, with or without a colon). A fix lead-in names the state of
### things or the handling ("המצב כרגע:", "ומבחינת הטיפול:"), never "what has already
### been done" ("מה שכבר טופל:" cannot stand before "we are checking…"), so it fits a fix
### under way and a fix the agent wrote in the third person ("המלון מימן...");
### never "להלן" (the language of official notices, round 10), never the calques
### "והנה איפה הדברים עומדים:" ("here's where things stand") or "הנה מה
### שהשתבש:" ("here's what went wrong"), which no Israeli agent says (round 11).
### A prevention lead-in
### never puts a change that is already in force into the future, never hides
### behind a passive ("הוחלט"), and never puts a colon straight after a purpose
### clause ("וכדי שזה לא יקרה שוב:" is not Hebrew punctuation, round 10): the purpose
### clause takes a comma and a main clause ("וכדי שזה לא יקרה שוב, זה מה שמשתנה:").
### $contact (an e-mail address, a phone number or a handle) always comes
### last, with no full stop, so it can be copied, after words that fit what it
### is ($contact_kind): "לכתוב ... בכתובת" an address, "להתקשר ... בטלפון" or
### "למספר" a number, "הודעה ... לחשבון" a handle, "דרך" anything else; never a
### bare "ב־" before a Latin address. Only the email and handle branches ask
### the customer to write, and no phone script does.
###
### Phone scripts are read aloud, and the agent places the call: the greeting
### asks for the customer by first name when we have it ("אפשר לדבר עם
### דנה?"), says who is calling and from where, and why (בקשר לפנייה שלך),
### once; with no agent name the agent still speaks for themself ("אני מתקשרת
### מצוות ..."), never "כאן <company>". The read-back sounds like a person
### checking ("רק כדי לוודא שהבנתי: ... זה נכון?"), and no greeting thanks (the
### thanks come once, later). The customer always gets a last turn before
### goodbye: an invite step asks it, or the goodbye itself does ("יש לך עוד
### משהו לשאול לפני שנסיים?"); that goodbye shares a word (משהו) or its opening
### (יש לך) with every phone invite, so the composer never asks twice. No e-mail
### formula is read aloud ("אשמח לעמוד לרשותך", "שטרחת לפנות בעניין").
###
### Dates: DATE($follow_up_date, skeleton: "MMMMd") prints "18 בדצמבר" (no year,
### no weekday); it always follows "עד ה־", as Israelis write and say a date.
### Money prints as "15 ₪" ("12.50 ₪" with agorot), after "של" or "בסך" or as
### the object of a verb, never with a prefix letter glued to it.
### Counts use CLDR's one/two/other (יום, יומיים, ימים), and small counts are
### spelled out with numeric variants ([3] שלושה ימים), as a letter writes them.
### No hedge word of the linter's list appears anywhere in this file, not even in
### an innocent sense: no "אם", no "אבל", no "בקרוב" or "בהקדם".

## Step: greeting — open the message, by first name when we have it.

# Formal letter opening: the first name, then "שלום רב". Email, formal register.
# Variables:
#   $customer_name (String) - The customer's first name, e.g. "מיכל".
greeting-dear = { $customer_name }, שלום רב,

# Neutral opening with the first name. Formal register; email, chat, social.
# Variables:
#   $customer_name (String) - The customer's first name.
greeting-hello-name = שלום { $customer_name },

# Friendly opening with the first name ("היי"). Warm register; email, chat, social.
# Variables:
#   $customer_name (String) - The customer's first name.
greeting-hi-name = היי { $customer_name },

# Opening when we do not know the name. Email, chat, social.
greeting-hello = שלום,

# Friendly opening without a name. Warm register; chat and social.
greeting-hi = היי,

# Phone script, outbound call: who is calling ("כאן נועה", with no gendered verb
# such as מדבר or מדברת), from where, and why. The company name stays
# uninflected after "מצוות".
# Variables:
#   $agent_name (String) - The agent's first name.
#   $company (String) - The company's name.
greeting-phone = שלום, כאן { $agent_name } מצוות { $company }, בקשר לפנייה שלך.

# Phone script: ask for the customer by first name ("אפשר לדבר עם", the same for
# every caller), then say who is calling, from where and why.
# Variables:
#   $customer_name (String) - The customer's first name.
#   $agent_name (String) - The agent's first name.
#   $company (String) - The company's name.
greeting-phone-name = שלום, אפשר לדבר עם { $customer_name }? כאן { $agent_name } מצוות { $company }, בקשר לפנייה שלך.

# Phone script: ask for the customer by first name; we know the agent's name but
# not the company's.
# Variables:
#   $customer_name (String) - The customer's first name.
#   $agent_name (String) - The agent's first name.
greeting-phone-name-agent = שלום, אפשר לדבר עם { $customer_name }? כאן { $agent_name } משירות הלקוחות, בקשר לפנייה שלך.

# Phone script, when we know the agent's name but not the company's.
# Variables:
#   $agent_name (String) - The agent's first name.
greeting-phone-agent = שלום, כאן { $agent_name } משירות הלקוחות, בקשר לפנייה שלך.

## Step: acknowledge — show that we listened; restate what went wrong.

# Company voice; email and chat. The fact first, then our judgement of it.
# Variables:
#   $issue (String) - What went wrong, one whole sentence, e.g. "ההזמנה מספר 4471 הגיעה באיחור של שלושה ימים."
#   $register (String) - formal or warm.
acknowledge-not-acceptable =
    { $register ->
        [warm] { $issue } ככה זה לא אמור לעבוד אצלנו.
       *[formal] { $issue } כך זה לא אמור להתנהל אצלנו.
    }

# Either voice (no "I", no "we"); email and chat. The judgement never says
# "לקרות" ("should not have happened"): the apology after it says "על מה שקרה",
# and the two read as an echo.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
acknowledge-should-not =
    { $register ->
        [warm] { $issue } ככה זה לא אמור להיות.
       *[formal] { $issue } מצב כזה לא מקובל.
    }

# Personal voice; email and chat. Past tense first person: no gendered form.
# "I read your message", then the fact, and no judgement of ours: the personal
# apology and the ownership that follow say it, and a judgement here made the
# fourth and fifth sorry-like sentence in a row before any content.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
acknowledge-read =
    { $register ->
        [warm] קראתי את ההודעה שלך. { $issue }
       *[formal] קראתי בעיון את פנייתך. { $issue }
    }

# Phone script, personal voice: read the problem back as a real question.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-phone = רק כדי לוודא שהבנתי: { $issue } זה נכון?

# Phone script, company voice: read the problem back as a real question. Not
# "שהבנו" (round 9: one person saying "we understood" sounds stilted).
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-phone-we = רק כדי לוודא שהפרטים מדויקים: { $issue } זה נכון?

# Phone script, either voice: read the problem back as a real question, as the
# customer told it ("לפי מה שסיפרת", "לפי הפרטים שמסרת"; not the case file's "הפרטים שהתקבלו").
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
acknowledge-phone-check =
    { $register ->
        [warm] לפי מה שסיפרת: { $issue } נכון?
       *[formal] לפי הפרטים שמסרת: { $issue } נכון?
    }

## Step: state — one sentence that says what went wrong (the fact alone).

# On the phone the agent reads it back as a real question, as the customer told it.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone: the phone asks.
state-issue =
    { $channel ->
        [phone]
            { $register ->
                [warm] לפי מה שסיפרת: { $issue } נכון?
               *[formal] לפי הפרטים שמסרת: { $issue } נכון?
            }
       *[email] { $issue }
    }

## Step: apologize — say sorry plainly: no condition, no "but".
## The apologies open the letter (every playbook but restore-value puts them
## before the ownership line) and say what for: "על מה שקרה", which points at the
## incident from anywhere in a letter (never the agentless "הטרחה שנגרמה לך" or
## "שנפלה טעות": the hedge rules flag both as passives), tells a public thread
## what the apology is for without quoting a fact, and fits a late parcel as
## well as a lost room. Never "על מה שעברת" ("what you went through"), an
## ordeal-sized apology that sounds insincere for a wrong colour.
## restore-value closes with apologize-again*, after the prevention: the sorry
## said once more ("ושוב, ..."), since own-regret* already said it right after
## the issue (apologize-again-wait* say it for the whole incident and name the
## wait, when the agent gave a count the issue does not say). They never point back with a bare "על כך" (it would
## point at the prevention just before; "על כך שנאלצת..." names what for), and
## never say the opening's words ("צר לנו/לי", "ממש", "לא נעים").

# Company voice, formal. Email, chat, phone.
# Variables:
#   $channel (String) - email, chat, social or phone: the phone says אנחנו.
apologize-sincere =
    { $channel ->
        [phone] אנחנו מתנצלים מכל הלב על מה שקרה.
       *[email] אנו מתנצלים מכל הלב על מה שקרה.
    }

# Company voice, formal ("we ask your forgiveness": the formal Hebrew apology,
# the same for every customer). Email, chat, phone.
# Variables:
#   $channel (String) - email, chat, social or phone: the phone says it as people do.
apologize-accept =
    { $channel ->
        [phone] אנחנו מבקשים ממך סליחה על מה שקרה.
       *[email] אנו מבקשים את סליחתך על מה שקרה.
    }

# Company voice, warm. Says what for ("על מה שקרה"), so it also stands alone in a
# public reply and as the last line of restore-value.
apologize-truly = אנחנו מצטערים מאוד על מה שקרה.

# Company voice, short: social media and chat. Warm: the everyday "מצטערים"
# with no pronoun, as Israeli brands answer in a thread.
# Variables:
#   $register (String) - formal or warm.
apologize-brief =
    { $register ->
        [warm] ממש מצטערים על כל מה שקרה.
       *[formal] אנו מתנצלים על מה שקרה.
    }

# Company voice, when the agent gave a count of days late: the composer uses it
# instead of the plain apology, so it says sorry for the whole incident ("על כל
# מה שקרה", which also covers a wrong medicine that came late) and then names the
# wait and who caused it ("ועל כך שגרמנו לך להמתין", warm "ועל זה שגרמנו לך
# לחכות עוד"). Reads as well when the delay is the whole issue. Small counts
# spelled out. Email, chat, phone.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone: the phone says אנחנו.
apologize-wait =
    { $register ->
        [warm]
            { $days_late ->
                [one] אנחנו מצטערים על כל מה שקרה ועל זה שגרמנו לך לחכות עוד יום.
                [two] אנחנו מצטערים על כל מה שקרה ועל זה שגרמנו לך לחכות עוד יומיים.
                [3] אנחנו מצטערים על כל מה שקרה ועל זה שגרמנו לך לחכות עוד שלושה ימים.
                [4] אנחנו מצטערים על כל מה שקרה ועל זה שגרמנו לך לחכות עוד ארבעה ימים.
                [5] אנחנו מצטערים על כל מה שקרה ועל זה שגרמנו לך לחכות עוד חמישה ימים.
                [6] אנחנו מצטערים על כל מה שקרה ועל זה שגרמנו לך לחכות עוד שישה ימים.
                [7] אנחנו מצטערים על כל מה שקרה ועל זה שגרמנו לך לחכות עוד שבוע.
                [8] אנחנו מצטערים על כל מה שקרה ועל זה שגרמנו לך לחכות עוד שמונה ימים.
                [9] אנחנו מצטערים על כל מה שקרה ועל זה שגרמנו לך לחכות עוד תשעה ימים.
                [10] אנחנו מצטערים על כל מה שקרה ועל זה שגרמנו לך לחכות עוד עשרה ימים.
               *[other] אנחנו מצטערים על כל מה שקרה ועל זה שגרמנו לך לחכות עוד { $days_late } ימים.
            }
       *[formal]
            { $channel ->
                [phone]
                    { $days_late ->
                        [one] אנחנו מתנצלים על כל מה שקרה ועל כך שגרמנו לך להמתין יום נוסף.
                        [two] אנחנו מתנצלים על כל מה שקרה ועל כך שגרמנו לך להמתין יומיים נוספים.
                        [3] אנחנו מתנצלים על כל מה שקרה ועל כך שגרמנו לך להמתין שלושה ימים נוספים.
                        [4] אנחנו מתנצלים על כל מה שקרה ועל כך שגרמנו לך להמתין ארבעה ימים נוספים.
                        [5] אנחנו מתנצלים על כל מה שקרה ועל כך שגרמנו לך להמתין חמישה ימים נוספים.
                        [6] אנחנו מתנצלים על כל מה שקרה ועל כך שגרמנו לך להמתין שישה ימים נוספים.
                        [7] אנחנו מתנצלים על כל מה שקרה ועל כך שגרמנו לך להמתין שבוע נוסף.
                        [8] אנחנו מתנצלים על כל מה שקרה ועל כך שגרמנו לך להמתין שמונה ימים נוספים.
                        [9] אנחנו מתנצלים על כל מה שקרה ועל כך שגרמנו לך להמתין תשעה ימים נוספים.
                        [10] אנחנו מתנצלים על כל מה שקרה ועל כך שגרמנו לך להמתין עשרה ימים נוספים.
                       *[other] אנחנו מתנצלים על כל מה שקרה ועל כך שגרמנו לך להמתין { $days_late } ימים נוספים.
                    }
               *[email]
                    { $days_late ->
                        [one] אנו מתנצלים על כל מה שקרה ועל כך שגרמנו לך להמתין יום נוסף.
                        [two] אנו מתנצלים על כל מה שקרה ועל כך שגרמנו לך להמתין יומיים נוספים.
                        [3] אנו מתנצלים על כל מה שקרה ועל כך שגרמנו לך להמתין שלושה ימים נוספים.
                        [4] אנו מתנצלים על כל מה שקרה ועל כך שגרמנו לך להמתין ארבעה ימים נוספים.
                        [5] אנו מתנצלים על כל מה שקרה ועל כך שגרמנו לך להמתין חמישה ימים נוספים.
                        [6] אנו מתנצלים על כל מה שקרה ועל כך שגרמנו לך להמתין שישה ימים נוספים.
                        [7] אנו מתנצלים על כל מה שקרה ועל כך שגרמנו לך להמתין שבוע נוסף.
                        [8] אנו מתנצלים על כל מה שקרה ועל כך שגרמנו לך להמתין שמונה ימים נוספים.
                        [9] אנו מתנצלים על כל מה שקרה ועל כך שגרמנו לך להמתין תשעה ימים נוספים.
                        [10] אנו מתנצלים על כל מה שקרה ועל כך שגרמנו לך להמתין עשרה ימים נוספים.
                       *[other] אנו מתנצלים על כל מה שקרה ועל כך שגרמנו לך להמתין { $days_late } ימים נוספים.
                    }
            }
    }

# Personal voice: the agent apologizes in their own name. The present tense
# (מצטער or מצטערת) is gendered; the unknown variant says "צר לי", the same for all.
# Variables:
#   $agent_gender (String) - feminine, masculine or unknown.
apologize-personal =
    { $agent_gender ->
        [feminine] אני מצטערת מאוד על מה שקרה.
        [masculine] אני מצטער מאוד על מה שקרה.
       *[unknown] צר לי מאוד על מה שקרה.
    }

# Personal voice, formal ("I ask your forgiveness for what happened"). An e-mail
# writes the formal future "אבקש", the same for every agent; a chat, a public post
# and the phone say it in the present ("אני מבקש or מבקשת"), never the hedge
# "אני רוצה לבקש"; the unknown variant says "סליחה ..., מכל הלב". "על מה שקרה"
# says what for, without a fact, for any incident, and points at the incident
# as the last line of restore-value.
# Variables:
#   $channel (String) - email, chat, social or phone.
#   $agent_gender (String) - feminine, masculine or unknown.
apologize-mine-formal =
    { $channel ->
        [email] אבקש את סליחתך על מה שקרה.
       *[chat]
            { $agent_gender ->
                [feminine] אני מבקשת את סליחתך על מה שקרה.
                [masculine] אני מבקש את סליחתך על מה שקרה.
               *[unknown] סליחה על מה שקרה, מכל הלב.
            }
    }

# Personal voice, warm: what for ("על כל הסיפור הזה"), with no fact, so a public
# reply says it too. The unknown variant uses "סליחה", which needs no gender.
# Variables:
#   $agent_gender (String) - feminine, masculine or unknown.
apologize-mine-warm =
    { $agent_gender ->
        [feminine] אני ממש מצטערת על כל הסיפור הזה.
        [masculine] אני ממש מצטער על כל הסיפור הזה.
       *[unknown] באמת סליחה על כל הסיפור הזה.
    }

# Personal voice, when the agent gave a count of days late: as apologize-wait,
# sorry for the whole incident ("על כל מה שקרה"), then the wait ("ועל כך שנאלצת
# לחכות"). "נאלצת" (second-person past) is the same for both genders, and the
# agent did not cause the wait; the agent's "מצטער or מצטערת" is gendered, so the
# unknown variant says "צר לי". Email, chat, phone.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $agent_gender (String) - feminine, masculine or unknown.
apologize-wait-mine =
    { $agent_gender ->
        [feminine]
            { $days_late ->
                [one] אני מצטערת על כל מה שקרה ועל כך שנאלצת לחכות יום נוסף.
                [two] אני מצטערת על כל מה שקרה ועל כך שנאלצת לחכות יומיים נוספים.
                [3] אני מצטערת על כל מה שקרה ועל כך שנאלצת לחכות שלושה ימים נוספים.
                [4] אני מצטערת על כל מה שקרה ועל כך שנאלצת לחכות ארבעה ימים נוספים.
                [5] אני מצטערת על כל מה שקרה ועל כך שנאלצת לחכות חמישה ימים נוספים.
                [6] אני מצטערת על כל מה שקרה ועל כך שנאלצת לחכות שישה ימים נוספים.
                [7] אני מצטערת על כל מה שקרה ועל כך שנאלצת לחכות שבוע נוסף.
                [8] אני מצטערת על כל מה שקרה ועל כך שנאלצת לחכות שמונה ימים נוספים.
                [9] אני מצטערת על כל מה שקרה ועל כך שנאלצת לחכות תשעה ימים נוספים.
                [10] אני מצטערת על כל מה שקרה ועל כך שנאלצת לחכות עשרה ימים נוספים.
               *[other] אני מצטערת על כל מה שקרה ועל כך שנאלצת לחכות { $days_late } ימים נוספים.
            }
        [masculine]
            { $days_late ->
                [one] אני מצטער על כל מה שקרה ועל כך שנאלצת לחכות יום נוסף.
                [two] אני מצטער על כל מה שקרה ועל כך שנאלצת לחכות יומיים נוספים.
                [3] אני מצטער על כל מה שקרה ועל כך שנאלצת לחכות שלושה ימים נוספים.
                [4] אני מצטער על כל מה שקרה ועל כך שנאלצת לחכות ארבעה ימים נוספים.
                [5] אני מצטער על כל מה שקרה ועל כך שנאלצת לחכות חמישה ימים נוספים.
                [6] אני מצטער על כל מה שקרה ועל כך שנאלצת לחכות שישה ימים נוספים.
                [7] אני מצטער על כל מה שקרה ועל כך שנאלצת לחכות שבוע נוסף.
                [8] אני מצטער על כל מה שקרה ועל כך שנאלצת לחכות שמונה ימים נוספים.
                [9] אני מצטער על כל מה שקרה ועל כך שנאלצת לחכות תשעה ימים נוספים.
                [10] אני מצטער על כל מה שקרה ועל כך שנאלצת לחכות עשרה ימים נוספים.
               *[other] אני מצטער על כל מה שקרה ועל כך שנאלצת לחכות { $days_late } ימים נוספים.
            }
       *[unknown]
            { $days_late ->
                [one] צר לי על כל מה שקרה ועל כך שנאלצת לחכות יום נוסף.
                [two] צר לי על כל מה שקרה ועל כך שנאלצת לחכות יומיים נוספים.
                [3] צר לי על כל מה שקרה ועל כך שנאלצת לחכות שלושה ימים נוספים.
                [4] צר לי על כל מה שקרה ועל כך שנאלצת לחכות ארבעה ימים נוספים.
                [5] צר לי על כל מה שקרה ועל כך שנאלצת לחכות חמישה ימים נוספים.
                [6] צר לי על כל מה שקרה ועל כך שנאלצת לחכות שישה ימים נוספים.
                [7] צר לי על כל מה שקרה ועל כך שנאלצת לחכות שבוע נוסף.
                [8] צר לי על כל מה שקרה ועל כך שנאלצת לחכות שמונה ימים נוספים.
                [9] צר לי על כל מה שקרה ועל כך שנאלצת לחכות תשעה ימים נוספים.
                [10] צר לי על כל מה שקרה ועל כך שנאלצת לחכות עשרה ימים נוספים.
               *[other] צר לי על כל מה שקרה ועל כך שנאלצת לחכות { $days_late } ימים נוספים.
            }
    }

# Company voice, the last line of restore-value: the apology said once more,
# after own-regret* said "צר לנו" right after the issue, so "ושוב" (formal written:
# "אנו שבים ו...", the letter-writer's "once again", which also avoids a second
# "שוב" after the prevention's "שזה לא יקרה שוב"). No object, or one that points
# at the whole story ("על הכול", "על כל הסיפור הזה"), never "על כך" (it would
# point at the prevention just before) and never "על מה שקרה" (after "שזה לא
# יקרה שוב" the two read as a jingle). None of the opening's words: no "צר לנו",
# no "ממש" (own-regret warm says "וממש צר לנו"), no "טעות", "תירוץ" or
# "אחריות". Never "על אי הנוחות" (the minimising "any inconvenience").
# Email, chat, phone.
# Variables:
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone: the phone says אנחנו, plainly.
apologize-again =
    { $register ->
        [warm] ושוב, אנחנו מצטערים על כל הסיפור הזה.
       *[formal]
            { $channel ->
                [phone] ושוב, אנחנו מתנצלים על הכול.
               *[email] אנו שבים ומבקשים את סליחתך.
            }
    }

# Personal voice, the last line of restore-value: the agent's apology said once
# more, after own-regret-mine* said "צר לי" or "לא נעים לי ממך" right after the
# issue, in none of their words. An e-mail writes the formal future "אבקש", the
# same for every agent; a chat and the phone say it in the present ("אני מתנצל
# or מתנצלת", as apologize-mine-formal does), warm "מצטער or מצטערת". The
# unknown variants avoid every gendered form: "סליחה" (warm and on the phone),
# "אבקש את סליחתך" (a formal chat), never "צר לי", which the opening says. Never
# "על כך" or "על מה שקרה" (see apologize-again). Email, chat, phone.
# Variables:
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone: the phone says it plainly.
#   $agent_gender (String) - feminine, masculine or unknown.
apologize-again-mine =
    { $register ->
        [warm]
            { $agent_gender ->
                [feminine] ושוב, אני מצטערת על כל הסיפור הזה.
                [masculine] ושוב, אני מצטער על כל הסיפור הזה.
               *[unknown] ושוב, סליחה על כל הסיפור הזה.
            }
       *[formal]
            { $channel ->
                [email] ושוב, אבקש את סליחתך.
                [phone]
                    { $agent_gender ->
                        [feminine] ושוב, אני מתנצלת על הכול.
                        [masculine] ושוב, אני מתנצל על הכול.
                       *[unknown] ושוב, סליחה על הכול.
                    }
               *[chat]
                    { $agent_gender ->
                        [feminine] ושוב, אני מתנצלת על הכול.
                        [masculine] ושוב, אני מתנצל על הכול.
                       *[unknown] ושוב, אבקש את סליחתך.
                    }
            }
    }

# Company voice, the last line of restore-value when the agent gave a count of
# days late that the issue does not say: apologize-again, the sorry said once more
# for the whole incident ("על כל מה שהיה": never "על מה שקרה", which after "שזה לא
# יקרה שוב" reads as a jingle), then the wait and who caused it ("ועל כך שגרמנו
# לך", as apologize-wait says it), so a wait that was not the real harm is not the
# only thing the letter ends on. Formal writing "אנו שבים ומתנצלים", the phone
# "ושוב, אנחנו מתנצלים", warm "ושוב, אנחנו מצטערים ... ועל זה שגרמנו לך לחכות
# עוד"; never the opening's words (צר לנו, ממש, טעות, תירוץ, אחריות). Small counts
# spelled out. Email, chat, phone.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone: the phone says אנחנו.
apologize-again-wait =
    { $register ->
        [warm]
            { $days_late ->
                [one] ושוב, אנחנו מצטערים על כל מה שהיה ועל זה שגרמנו לך לחכות עוד יום.
                [two] ושוב, אנחנו מצטערים על כל מה שהיה ועל זה שגרמנו לך לחכות עוד יומיים.
                [3] ושוב, אנחנו מצטערים על כל מה שהיה ועל זה שגרמנו לך לחכות עוד שלושה ימים.
                [4] ושוב, אנחנו מצטערים על כל מה שהיה ועל זה שגרמנו לך לחכות עוד ארבעה ימים.
                [5] ושוב, אנחנו מצטערים על כל מה שהיה ועל זה שגרמנו לך לחכות עוד חמישה ימים.
                [6] ושוב, אנחנו מצטערים על כל מה שהיה ועל זה שגרמנו לך לחכות עוד שישה ימים.
                [7] ושוב, אנחנו מצטערים על כל מה שהיה ועל זה שגרמנו לך לחכות עוד שבוע.
                [8] ושוב, אנחנו מצטערים על כל מה שהיה ועל זה שגרמנו לך לחכות עוד שמונה ימים.
                [9] ושוב, אנחנו מצטערים על כל מה שהיה ועל זה שגרמנו לך לחכות עוד תשעה ימים.
                [10] ושוב, אנחנו מצטערים על כל מה שהיה ועל זה שגרמנו לך לחכות עוד עשרה ימים.
               *[other] ושוב, אנחנו מצטערים על כל מה שהיה ועל זה שגרמנו לך לחכות עוד { $days_late } ימים.
            }
       *[formal]
            { $channel ->
                [phone]
                    { $days_late ->
                        [one] ושוב, אנחנו מתנצלים על כל מה שהיה ועל כך שגרמנו לך להמתין יום נוסף.
                        [two] ושוב, אנחנו מתנצלים על כל מה שהיה ועל כך שגרמנו לך להמתין יומיים נוספים.
                        [3] ושוב, אנחנו מתנצלים על כל מה שהיה ועל כך שגרמנו לך להמתין שלושה ימים נוספים.
                        [4] ושוב, אנחנו מתנצלים על כל מה שהיה ועל כך שגרמנו לך להמתין ארבעה ימים נוספים.
                        [5] ושוב, אנחנו מתנצלים על כל מה שהיה ועל כך שגרמנו לך להמתין חמישה ימים נוספים.
                        [6] ושוב, אנחנו מתנצלים על כל מה שהיה ועל כך שגרמנו לך להמתין שישה ימים נוספים.
                        [7] ושוב, אנחנו מתנצלים על כל מה שהיה ועל כך שגרמנו לך להמתין שבוע נוסף.
                        [8] ושוב, אנחנו מתנצלים על כל מה שהיה ועל כך שגרמנו לך להמתין שמונה ימים נוספים.
                        [9] ושוב, אנחנו מתנצלים על כל מה שהיה ועל כך שגרמנו לך להמתין תשעה ימים נוספים.
                        [10] ושוב, אנחנו מתנצלים על כל מה שהיה ועל כך שגרמנו לך להמתין עשרה ימים נוספים.
                       *[other] ושוב, אנחנו מתנצלים על כל מה שהיה ועל כך שגרמנו לך להמתין { $days_late } ימים נוספים.
                    }
               *[email]
                    { $days_late ->
                        [one] אנו שבים ומתנצלים על כל מה שהיה ועל כך שגרמנו לך להמתין יום נוסף.
                        [two] אנו שבים ומתנצלים על כל מה שהיה ועל כך שגרמנו לך להמתין יומיים נוספים.
                        [3] אנו שבים ומתנצלים על כל מה שהיה ועל כך שגרמנו לך להמתין שלושה ימים נוספים.
                        [4] אנו שבים ומתנצלים על כל מה שהיה ועל כך שגרמנו לך להמתין ארבעה ימים נוספים.
                        [5] אנו שבים ומתנצלים על כל מה שהיה ועל כך שגרמנו לך להמתין חמישה ימים נוספים.
                        [6] אנו שבים ומתנצלים על כל מה שהיה ועל כך שגרמנו לך להמתין שישה ימים נוספים.
                        [7] אנו שבים ומתנצלים על כל מה שהיה ועל כך שגרמנו לך להמתין שבוע נוסף.
                        [8] אנו שבים ומתנצלים על כל מה שהיה ועל כך שגרמנו לך להמתין שמונה ימים נוספים.
                        [9] אנו שבים ומתנצלים על כל מה שהיה ועל כך שגרמנו לך להמתין תשעה ימים נוספים.
                        [10] אנו שבים ומתנצלים על כל מה שהיה ועל כך שגרמנו לך להמתין עשרה ימים נוספים.
                       *[other] אנו שבים ומתנצלים על כל מה שהיה ועל כך שגרמנו לך להמתין { $days_late } ימים נוספים.
                    }
            }
    }

# Personal voice, the last line of restore-value when the agent gave a count of
# days late that the issue does not say: apologize-again-mine, the sorry said once
# more for the whole incident ("על כל מה שהיה", see apologize-again-wait), then the
# wait ("ועל כך שנאלצת לחכות"). "נאלצת" (second-person past, the same for both
# genders): the agent did not cause the wait. "אני מצטער or מצטערת" in every
# register and channel, as apologize-wait-mine says it; the unknown variants avoid
# every gendered form: warm "סליחה על ...", formal "אבקש את סליחתך על ...", never
# "צר לי", which the opening (own-regret-mine*) says. Small counts spelled out.
# Email, chat, phone.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - formal or warm.
#   $agent_gender (String) - feminine, masculine or unknown.
apologize-again-wait-mine =
    { $agent_gender ->
        [feminine]
            { $days_late ->
                [one] ושוב, אני מצטערת על כל מה שהיה ועל כך שנאלצת לחכות יום נוסף.
                [two] ושוב, אני מצטערת על כל מה שהיה ועל כך שנאלצת לחכות יומיים נוספים.
                [3] ושוב, אני מצטערת על כל מה שהיה ועל כך שנאלצת לחכות שלושה ימים נוספים.
                [4] ושוב, אני מצטערת על כל מה שהיה ועל כך שנאלצת לחכות ארבעה ימים נוספים.
                [5] ושוב, אני מצטערת על כל מה שהיה ועל כך שנאלצת לחכות חמישה ימים נוספים.
                [6] ושוב, אני מצטערת על כל מה שהיה ועל כך שנאלצת לחכות שישה ימים נוספים.
                [7] ושוב, אני מצטערת על כל מה שהיה ועל כך שנאלצת לחכות שבוע נוסף.
                [8] ושוב, אני מצטערת על כל מה שהיה ועל כך שנאלצת לחכות שמונה ימים נוספים.
                [9] ושוב, אני מצטערת על כל מה שהיה ועל כך שנאלצת לחכות תשעה ימים נוספים.
                [10] ושוב, אני מצטערת על כל מה שהיה ועל כך שנאלצת לחכות עשרה ימים נוספים.
               *[other] ושוב, אני מצטערת על כל מה שהיה ועל כך שנאלצת לחכות { $days_late } ימים נוספים.
            }
        [masculine]
            { $days_late ->
                [one] ושוב, אני מצטער על כל מה שהיה ועל כך שנאלצת לחכות יום נוסף.
                [two] ושוב, אני מצטער על כל מה שהיה ועל כך שנאלצת לחכות יומיים נוספים.
                [3] ושוב, אני מצטער על כל מה שהיה ועל כך שנאלצת לחכות שלושה ימים נוספים.
                [4] ושוב, אני מצטער על כל מה שהיה ועל כך שנאלצת לחכות ארבעה ימים נוספים.
                [5] ושוב, אני מצטער על כל מה שהיה ועל כך שנאלצת לחכות חמישה ימים נוספים.
                [6] ושוב, אני מצטער על כל מה שהיה ועל כך שנאלצת לחכות שישה ימים נוספים.
                [7] ושוב, אני מצטער על כל מה שהיה ועל כך שנאלצת לחכות שבוע נוסף.
                [8] ושוב, אני מצטער על כל מה שהיה ועל כך שנאלצת לחכות שמונה ימים נוספים.
                [9] ושוב, אני מצטער על כל מה שהיה ועל כך שנאלצת לחכות תשעה ימים נוספים.
                [10] ושוב, אני מצטער על כל מה שהיה ועל כך שנאלצת לחכות עשרה ימים נוספים.
               *[other] ושוב, אני מצטער על כל מה שהיה ועל כך שנאלצת לחכות { $days_late } ימים נוספים.
            }
       *[unknown]
            { $register ->
                [warm]
                    { $days_late ->
                        [one] ושוב, סליחה על כל מה שהיה ועל כך שנאלצת לחכות יום נוסף.
                        [two] ושוב, סליחה על כל מה שהיה ועל כך שנאלצת לחכות יומיים נוספים.
                        [3] ושוב, סליחה על כל מה שהיה ועל כך שנאלצת לחכות שלושה ימים נוספים.
                        [4] ושוב, סליחה על כל מה שהיה ועל כך שנאלצת לחכות ארבעה ימים נוספים.
                        [5] ושוב, סליחה על כל מה שהיה ועל כך שנאלצת לחכות חמישה ימים נוספים.
                        [6] ושוב, סליחה על כל מה שהיה ועל כך שנאלצת לחכות שישה ימים נוספים.
                        [7] ושוב, סליחה על כל מה שהיה ועל כך שנאלצת לחכות שבוע נוסף.
                        [8] ושוב, סליחה על כל מה שהיה ועל כך שנאלצת לחכות שמונה ימים נוספים.
                        [9] ושוב, סליחה על כל מה שהיה ועל כך שנאלצת לחכות תשעה ימים נוספים.
                        [10] ושוב, סליחה על כל מה שהיה ועל כך שנאלצת לחכות עשרה ימים נוספים.
                       *[other] ושוב, סליחה על כל מה שהיה ועל כך שנאלצת לחכות { $days_late } ימים נוספים.
                    }
               *[formal]
                    { $days_late ->
                        [one] ושוב, אבקש את סליחתך על כל מה שהיה ועל כך שנאלצת לחכות יום נוסף.
                        [two] ושוב, אבקש את סליחתך על כל מה שהיה ועל כך שנאלצת לחכות יומיים נוספים.
                        [3] ושוב, אבקש את סליחתך על כל מה שהיה ועל כך שנאלצת לחכות שלושה ימים נוספים.
                        [4] ושוב, אבקש את סליחתך על כל מה שהיה ועל כך שנאלצת לחכות ארבעה ימים נוספים.
                        [5] ושוב, אבקש את סליחתך על כל מה שהיה ועל כך שנאלצת לחכות חמישה ימים נוספים.
                        [6] ושוב, אבקש את סליחתך על כל מה שהיה ועל כך שנאלצת לחכות שישה ימים נוספים.
                        [7] ושוב, אבקש את סליחתך על כל מה שהיה ועל כך שנאלצת לחכות שבוע נוסף.
                        [8] ושוב, אבקש את סליחתך על כל מה שהיה ועל כך שנאלצת לחכות שמונה ימים נוספים.
                        [9] ושוב, אבקש את סליחתך על כל מה שהיה ועל כך שנאלצת לחכות תשעה ימים נוספים.
                        [10] ושוב, אבקש את סליחתך על כל מה שהיה ועל כך שנאלצת לחכות עשרה ימים נוספים.
                       *[other] ושוב, אבקש את סליחתך על כל מה שהיה ועל כך שנאלצת לחכות { $days_late } ימים נוספים.
                    }
            }
    }

## Step: own — take responsibility, with regret. Each of acknowledge, apologize,
## own and empathize does its own job in its own words: own says whose mistake it
## was ("טעינו", "הטעות שלנו", "אין שום תירוץ לטעות הזאת"); empathize says
## what it cost the customer; only apologize says sorry, except in restore-value
## (own-regret*, below), where the playbook's apology is the last line.
## The company owns the mistake; the agent (personal voice) owns the resolution,
## never a mistake the team made (an "I" letter says no שלנו), and says plainly
## that the customer got less than they should ("ציפית ליותר, ובצדק", "ציפית,
## ובצדק, ליחס אחר"; never "מגיע לך שירות טוב יותר", the English "you deserve
## better"), in words the apology step never uses (no מצטער, מתנצל,
## סליחה, צר לי), and without a second judgement of the incident. In
## restore-value this step stands between the issue and the compensation, so
## it must read as real ownership and real regret: the own-regret* messages say
## "צר לנו/לי" (warm "I": "לא נעים לי ממך") together with the ownership (round
## 11: a customer who hears "no excuse" and an amount before any sorry finds the
## letter cold), so the compensation after it is not read as buying the customer
## off, and the letter's last line (apologize-again*) is heard as "once again".

# Company voice, formal: "we let you down, and we take full responsibility".
# Variables:
#   $channel (String) - email, chat, social or phone: the phone says אנחנו.
own-full =
    { $channel ->
        [phone] אכזבנו אותך, ואנחנו לוקחים על זה אחריות מלאה.
       *[email] הטעות הייתה שלנו, והאחריות לכך עלינו.
    }

# Company voice, warm: "we got this wrong, and that's on us".
own-got-wrong = טעינו, והאחריות כולה שלנו.

# Company voice: the responsibility, and nothing else ("it is our mistake, and we
# are not looking for excuses"; formal "the responsibility is ours alone"). No
# "ציפית מאיתנו ליותר, ובצדק": the acknowledgement before it has already judged the
# incident, and in five-steps the empathy line comes between them.
# Variables:
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone: the phone says it as people do.
own-on-us =
    { $register ->
        [warm] זו טעות שלנו, ואנחנו לא מחפשים תירוצים.
       *[formal]
            { $channel ->
                [phone] האחריות לכך כולה עלינו.
               *[email] האחריות לכך מוטלת כולה עלינו.
            }
    }

# Personal voice, only while the fix is not done yet: "you expected more, and
# rightly so" (the regret, in restore-value before the compensation), then the
# agent takes the case on and sees it through (past and future first person,
# ungendered). No feeling word: the apology has its own step.
# Variables:
#   $register (String) - formal or warm.
own-mine =
    { $register ->
        [warm] ציפית ליותר, ובצדק. לקחתי את הטיפול על עצמי, ואלווה אותו עד הסוף.
       *[formal] ציפית ליותר, ובצדק. לקחתי על עצמי את הטיפול בעניין, ואלווה אותו עד לסיומו.
    }

# Personal voice: the outcome owned plainly, in one short line: "there is no
# excuse for it" (no promise of future action: the fix may be done already, and
# no "I" who made the team's mistake). No "ציפית ליותר, ובצדק": the acknowledgement
# has judged the incident already, and five-steps reads as one short passage.
# No word ending in ־נו (it reads as "we"), no "הזאת" (the block said "this" enough).
# Variables:
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone: the phone says it as people do.
own-mine-full =
    { $register ->
        [warm] אין לזה שום תירוץ.
       *[formal]
            { $channel ->
                [phone] אין לכך שום תירוץ.
               *[email] אין לכך שום תירוץ.
            }
    }

# Personal voice: "you expected more, and rightly so", nothing else. Round 9: no
# "אז עברתי בעצמי על כל הפרטים" (it promises findings the personal playbook never
# gives, and doubles "ביררתי מה השתבש:" when a cause follows), no "ליחס אחר" (people's
# manner, wrong for a late parcel), no "שירות" (echoes the greeting "משירות הלקוחות").
# Older notes (about the customer, not
# a feeling of the agent's, so it does not repeat the apology before it). It is
# true whether the fix is done or under way. Never "מגיע לך שירות טוב יותר" (the
# calque "you deserve better"), never "אני מטפל בכך באופן אישי" (a favour, and
# empty once the fix is done), never "ביררתי" or "מקרה" (the cause step says
# "ביררתי", the apology "על מה שקרה": echoes). The agent owns the resolution,
# never the mistake. No "פנייה": the phone greeting says it; no "עניין".
# Variables:
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone: the phone says it plainly.
#   $agent_gender (String) - feminine, masculine or unknown.
own-mine-care =
    { $register ->
        [warm] ציפית ליותר, ובצדק.
       *[formal] ציפית ליותר, ובצדק.
    }

# Company voice, before the plain apology (restore-value, where the playbook's
# "sorry" is the last line): the regret and the ownership in one breath, right
# after the one-sentence issue. Formal: "we are very sorry about this. This
# mistake is ours, and we are not looking for excuses for it"; warm: "we got it
# wrong here, and we're really sorry about it". "צר לנו", never the closing
# apology's words (מצטער, מתנצל, סליחה: apologize-again says them once more at
# the end). Round 11: "we have no excuse" and a refund before any word of regret
# read as cold. Never "לא נעים לנו (ממך)" (round 11: a personal idiom, odd in the
# plural and a register misfit in a formal call), never "לא מקלים בה ראש" or
# "בכובד ראש", the corporate "we take this very seriously", never "חבל לנו שככה
# יצא" ("too bad it turned out so": a shrug, and a hedge by the rules' reading),
# never "מצרים", which also reads "Egypt".
# Variables:
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone: the phone says אנחנו.
own-regret =
    { $register ->
        [warm] טעינו כאן, וממש צר לנו על זה.
       *[formal]
            { $channel ->
                [phone] צר לנו מאוד על כך. הטעות הזאת שלנו, ואנחנו לא מחפשים לה תירוצים.
               *[email] צר לנו מאוד על כך. הטעות הזאת שלנו, ואנו לא מחפשים לה תירוצים.
            }
    }

# Company voice, before the plain apology (restore-value): the regret first ("צר
# לנו מאוד על כך"), then "there is no excuse for this mistake" (warm and on the
# phone) or "the responsibility for it is all ours" (formal writing). Round 11:
# never "ולא נעים לנו ממך" (colloquial and personal, wrong in a formal
# company-voice call and odd in the plural), never "אין לנו שום תירוץ" as the
# first words the customer hears; never "ואנו מתייחסים אליה בכובד ראש" (the
# round-7 reviewer: the "we take this seriously" cliché) and never the literary
# "לטעות הזאת אין הצדקה" (round 10, in its "I" twin).
# Variables:
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone: the phone says אנחנו.
own-regret-frank =
    { $register ->
        [warm] ממש צר לנו על זה, ואין לנו שום תירוץ.
       *[formal]
            { $channel ->
                [phone] צר לנו מאוד על כך, ואין לנו שום תירוץ לטעות הזאת.
               *[email] צר לנו מאוד על כך, והאחריות לטעות הזאת כולה עלינו.
            }
    }

# Personal voice, before the plain apology (restore-value): the agent's regret
# ("צר לי מאוד על כך"; warm "ממש לא נעים לי ממך על זה", how Israelis say sorry in
# the first person), then what the customer had a right to expect ("ציפית ליותר,
# ובצדק": the agent owns the outcome, never the mistake itself, which the team
# made). "צר לי" is the same for every agent, so no gender select; the closing
# apology (apologize-again-mine) never says it. Round 11: "ציפית ליותר, ובצדק"
# straight after a four-day outage, with no sorry until the last paragraph, read
# as cold; never the fronted, literary "את תיקון הטעות לקחתי על עצמי", whose
# "הטעות" points at a mistake no one has named. Never "ואני על זה אישית" (slang
# calqued from "I'm on it"), "ותיקון הטעות הזאת באחריותי האישית" (round 10: a
# legal calque of "I own the fix"), "חבל לי" (regret, not ownership), "נפלה טעות"
# (a mistake occurred, no one named), "מכאן והלאה האחריות עליי" (as if it was
# not ours until now) or "מגיע לך שירות טוב יותר" (the calque "you deserve
# better", and "שירות" echoes the phone greeting "משירות הלקוחות").
# Variables:
#   $register (String) - formal or warm.
own-regret-mine =
    { $register ->
        [warm] ממש לא נעים לי ממך על זה. ציפית ליותר, ובצדק.
       *[formal] צר לי מאוד על כך. ציפית ליותר, ובצדק.
    }

# Personal voice, before the plain apology (restore-value): the regret first,
# then "there is no excuse for this" (the agent owns the judgement of the
# outcome, not the team's mistake; formal writing "אין לכך שום הצדקה"). It fits a
# fix that is done and one under way: never "ודאגתי אישית לתיקון הטעות" (it
# reports a fix as done, and fix-working-mine then says "אני כבר מטפלת בזה"),
# never "לקחתי על עצמי לטפל בזה" (fix-working-mine says "מטפל" right after it).
# Round 11: never "אין לזה שום הצדקה" as the first words after the issue (cold
# before any sorry); never "לטעות הזאת אין הצדקה, ותיקונה באחריותי האישית"
# (round 10: legal register, unsayable on the phone, a calque of "I personally
# own the fix"), never "ואני רואה אותה בחומרה" (the "I take it seriously"
# cliché), never "שהעניין יטופל" (a vague promise by the hedge rules), never
# "חבל לי שככה יצא" (a shrug). "צר לי" is the same for every agent.
# Variables:
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone: the phone says it plainly.
own-regret-mine-frank =
    { $register ->
        [warm] ממש לא נעים לי ממך, ואין לזה שום תירוץ.
       *[formal]
            { $channel ->
                [phone] צר לי מאוד על כך, ואין לזה שום תירוץ.
               *[email] צר לי מאוד על כך, ואין לכך שום הצדקה.
            }
    }

## Step: empathize — recognize what the problem cost the customer, never a stock
## formula ("התסכול שלך מובן לחלוטין") and never "אי נוחות".
## Right for any incident, a late parcel as much as a room not kept: no "took
## much of your time", no "ברור ש" (we do not tell the customer what they felt),
## never "טרחה" alone. In five-steps it comes right after the apology and before
## the ownership line, so "זה" / "הדבר" point back at "what happened" (no "כל
## העניין הזה": after "על כל הסיפור הזה" it made "this" three times in a row).
## One plain line, one adjective, in one short passage with the apology and the
## ownership line: no doubled "מתסכל ומעיק" or "מרגיז ולא נעים" (they read
## as translated and oversized for a wrong colour), and no impersonal "מצב כזה
## גוזל זמן ומשבש תוכניות", which tells the customer nothing.
## Five-steps opens with the issue alone (`state`, no verdict), then apology,
## empathy and ownership: three short lines with one job each, so empathy speaks
## of the cost (time, hassle, frustration) and never of what the customer had a
## right to expect, which is own-mine-care's line.

# Either voice: what it cost the customer, with no "I" or "we". Formal: "time and
# needless trouble", never "עוגמת נפש" (the legal term for damages, and it tells
# the customer what they felt in strong terms).
# Variables:
#   $register (String) - formal or warm.
empathize-time =
    { $register ->
        [warm] זה עלה לך בזמן ובעצבים.
       *[formal] הדבר עלה לך בזמן ובטרחה מיותרת.
    }

# Either voice: what it cost the customer ("you should not have had to deal
# with this"), not a stock formula such as "your frustration is understandable".
# The hassle, not the expectation: own-mine-care ("ציפית ליותר, ובצדק") may follow
# it, and the two must not say the same thing. Never "באמת לא היית אמורה לעבור את
# זה" (round 10: colloquial and dramatic in a formal letter, an ordeal-sized line for
# a late parcel, and the same as "ציפית ליותר"). "צריך or צריכה", "אמור or אמורה"
# are gendered: the unknown variant speaks of the hassle itself. Formal "להתמודד עם
# מצב כזה", not "להתעסק בזה" (round 33: colloquial beside "אנו מתנצלים מכל הלב"), and
# not "לא היה עליך…" (round 34: the phrasing of duty or of a scolding, "היה עליך לדעת").
# Variables:
#   $register (String) - formal or warm.
#   $customer_gender (String) - feminine, masculine or unknown.
empathize-deal =
    { $register ->
        [warm]
            { $customer_gender ->
                [feminine] לא היית צריכה להתעסק בזה בכלל.
                [masculine] לא היית צריך להתעסק בזה בכלל.
               *[unknown] כל ההתעסקות הזאת הייתה מיותרת לגמרי.
            }
       *[formal]
            { $customer_gender ->
                [feminine] לא היית אמורה להתמודד עם מצב כזה.
                [masculine] לא היית אמור להתמודד עם מצב כזה.
               *[unknown] כל ההתעסקות הזאת הייתה מיותרת.
            }
    }

# Company voice: "it is clear to us how frustrating it was" ("ברור לנו כמה", the
# round-6 reviewer's wording; never "ברור ש", which tells the customer what they
# felt, and never "מרגיז", which undersells a lost room). Not "אנו מבינים": in
# five-steps it stands between "אנו מתנצלים" and "ואנו נוטלים", three "אנו" in a row.
# Variables:
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone.
empathize-frustrating =
    { $register ->
        [warm] ברור לנו כמה זה היה מתסכל.
       *[formal]
            { $channel ->
                [phone] ברור לנו עד כמה זה היה מתסכל.
               *[email] ברור לנו כמה זה היה מתסכל.
            }
    }

# Personal voice, warm. "מתוסכל or מתוסכלת" is gendered; the unknown variant
# says "it would have frustrated me too".
# Variables:
#   $agent_gender (String) - feminine, masculine or unknown.
empathize-place =
    { $agent_gender ->
        [feminine] במקומך, גם אני הייתי מתוסכלת.
        [masculine] במקומך, גם אני הייתי מתוסכל.
       *[unknown] במקומך, גם אותי זה היה מתסכל.
    }

# Personal voice, formal. "מבין or מבינה" is gendered; the unknown variant says "ברור לי".
# Variables:
#   $agent_gender (String) - feminine, masculine or unknown.
empathize-trouble =
    { $agent_gender ->
        [feminine] אני מבינה כמה זה היה מתסכל.
        [masculine] אני מבין כמה זה היה מתסכל.
       *[unknown] ברור לי כמה זה היה מתסכל.
    }

## Step: explain — the root cause, briefly, never an excuse.

# Company voice: announces the cause, then gives it.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - formal or warm.
explain-found =
    { $register ->
        [warm] ביררנו ומצאנו את הסיבה: { $cause }
       *[formal] ביררנו לעומק ואיתרנו את הסיבה: { $cause }
    }

# Either voice: announces the cause, then gives it, with no "I" or "we" (the
# voiced twins are explain-checked "ביררתי מה השתבש:" and explain-found "ביררנו
# ומצאנו את הסיבה:"). Warm: "what the inquiry turned up:", as Israeli agents write it.
# Not "מה שהתברר בבדיקה:" (round 32: a cause that says "בלי לבדוק" echoed "בדיקה"), not
# "מה שהתברר:" alone (a translated heading), not "הסיבה לכך:" (round 33: after an apology
# or empathy line, "לכך" points back at that line, not at the incident).
# Never "הנה מה שהשתבש:" (round 11: a calque of "here's what went wrong"), never
# "מה קרה" ("קרה" echoes the apology's "על מה שקרה").
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - formal or warm.
explain-happened =
    { $register ->
        [warm] מה שעלה מהבירור: { $cause }
       *[formal] הבירור העלה את הסיבה: { $cause }
    }

# Personal voice: announces the cause, then gives it (past tense, ungendered).
# The agent did look into the case; no "בעצמי". "ביררתי", not "בדקתי": an agent's cause
# often says what was not checked ("לא בדקנו את השיבוץ"), and "בדקתי … לא בדקנו" in one
# sentence read as an echo (round 29; the prefix ב stripped before comparing hid it).
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - formal or warm.
explain-checked =
    { $register ->
        [warm] ביררתי מה השתבש: { $cause }
       *[formal] ביררתי לעומק ומצאתי את הסיבה: { $cause }
    }

# Either voice: the cause with no announcing colon (a letter announces at most
# two facts), but always with a lead-in, so it never jumps in mid-paragraph
# after the compensation (restore-value): a warm letter asks "אז מה השתבש?", a
# formal one says "באשר לסיבה,", and the phone "ולגבי הסיבה," (a call never asks
# a question it answers itself; with the "ו", so that after the compensation in
# restore-value it carries the call on instead of starting cold, round 13). Not
# "תקלה", a word the agent's cause often uses itself.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone.
explain-cause =
    { $channel ->
        [phone] ולגבי הסיבה, { $cause }
       *[email]
            { $register ->
                [warm] אז מה השתבש? { $cause }
               *[formal] באשר לסיבה, { $cause }
            }
    }

## Step: fix — what has been done to put it right.

# Company voice: announces the fix, then gives it. The state of things ("המצב
# כרגע:", a status line the round-10 reviewer read as natural before a past-tense
# fact; "וזה המצב" only on the phone), so it fits a fact written in the third person
# ("המלון מימן...", "השליח אסף...") and a fix still under way ("אנחנו בודקים..."),
# without the agentless "נעשה" the hedge rules read as a passive. Never "להלן"
# (round 10: the language of official notices) and never "מה שכבר טופל/סידרנו:"
# (it cannot stand before a fix under way).
# Variables:
#   $fix (String) - What has already been done, whole sentences.
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone: the phone says it as people do.
fix-done =
    { $register ->
        [warm] המצב כרגע: { $fix }
       *[formal]
            { $channel ->
                [phone] וזה המצב כרגע: { $fix }
                [chat] המצב כרגע: { $fix }
               *[email] המצב כעת: { $fix }
            }
    }

# Either voice: the fix without an announcing colon (a letter announces at most
# two facts): "מבחינת הפתרון," ("as far as the solution goes") in formal writing
# and on the phone, "לגבי הפתרון," ("as for the solution") in a warm letter, so
# that neither a reader nor a listener takes it for more of the cause. Round 13:
# never "לעדכונך," ("for your information", office Hebrew), and never "ולגבי
# הפתרון,": in restore-value the fix comes first, right after the regret, and
# "and as for the solution" before any cause (then "as for the cause" after the
# money) was heard in the wrong order; both lead-ins stand first (restore-value)
# as well as after the cause (five-steps, own-it, formal-letter). Both fit a
# remedy ("the money was refunded"), a past event ("the order was delivered
# yesterday") and a fix still under way ("we are checking..."). Never "נכון
# לעכשיו," or "מבחינת המצב עכשיו," ("as of now" before "yesterday": a clash of
# times that reads as translated, round 10), never "ומה המצב עכשיו?" or "ומה כבר
# סודר?" (Q-and-A signposts, round 8, and "already" cannot stand before a fix under
# way), never "כדי לתקן את זה," (a late delivery is not done "to fix" the delay:
# it is the delay), "מאז," (it clashes with a dated fact) or "בינתיים" (it makes a
# finished fix sound temporary).
# Variables:
#   $fix (String) - What has already been done, whole sentences.
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone.
fix-fact =
    { $channel ->
        [phone] מבחינת הפתרון, { $fix }
       *[email]
            { $register ->
                [warm] לגבי הפתרון, { $fix }
               *[formal] מבחינת הפתרון, { $fix }
            }
    }

# Personal voice: announces the fix, then gives it. Neutral: the team may have
# done it, so the agent takes no credit (never "טיפלתי בעצמי"). The state of
# things ("וזה המצב כרגע:") or, warm, the handling ("ומבחינת הטיפול:", the round-11
# reviewer's wording), so it fits a fix that is done and one under way. Never "והנה
# איפה הדברים עומדים:" (round 11: a word-for-word "here's where things stand"). Never "להלן המצב נכון לעכשיו:" (round 10: the language
# of official notices in a personal letter, and "as of now" before "yesterday"),
# never "וזה מה שכבר סודר/נעשה:" ("already" cannot stand before "we are
# checking…"; "נעשה" also reads as "we will do" and as an agentless passive).
# Formal writing without the spoken "וזה" (round 30): as fix-done, "המצב כרגע:" in
# a chat, "המצב כעת:" in an email, "וזה המצב כרגע:" only on the phone.
# Variables:
#   $fix (String) - What has already been done, whole sentences.
#   $register (String) - formal or warm.
#   $channel (String) - email, chat or phone.
fix-mine =
    { $register ->
        [warm] ומבחינת הטיפול: { $fix }
       *[formal]
            { $channel ->
                [phone] וזה המצב כרגע: { $fix }
                [chat] המצב כרגע: { $fix }
               *[email] המצב כעת: { $fix }
            }
    }

# Company voice, when the fix is not done yet: an update at every step forward, not "soon".
# Variables:
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone: the phone says אנחנו.
fix-working =
    { $register ->
        [warm] אנחנו כבר מטפלים בזה, ונעדכן אותך על כל התקדמות עד שהעניין ייפתר.
       *[formal]
            { $channel ->
                [phone] אנחנו כבר פועלים לפתרון, ונעדכן אותך על כל התקדמות עד שהעניין ייפתר.
               *[email] אנו כבר פועלים לפתרון, ונעדכן אותך על כל התקדמות עד שהעניין ייפתר.
            }
    }

# Company voice, when the fix is not done yet. It promises no reports ("בכל יום
# עסקים" would clash with the date of next-steps): it says we stay on it.
# Variables:
#   $register (String) - formal or warm.
fix-working-team =
    { $register ->
        [warm] זה כבר בטיפול אצלנו, ואנחנו לא עוזבים את זה עד שהכול יסתדר.
       *[formal] הנושא כבר בטיפול אצלנו, ונמשיך בו עד לפתרון מלא.
    }

# Personal voice, when the fix is not done yet. "מטפל or מטפלת" is gendered;
# the unknown variant says "הטיפול עבר אליי" and uses the future "אעדכן".
# Variables:
#   $agent_gender (String) - feminine, masculine or unknown.
fix-working-mine =
    { $agent_gender ->
        [feminine] אני כבר מטפלת בזה, ואעדכן אותך על כל התקדמות עד שהעניין ייפתר.
        [masculine] אני כבר מטפל בזה, ואעדכן אותך על כל התקדמות עד שהעניין ייפתר.
       *[unknown] הטיפול בזה עבר אליי, ואעדכן אותך על כל התקדמות עד שהעניין ייפתר.
    }

# Personal voice, when the fix is not done yet (past and future first person,
# ungendered): where it stands, with no promise of reports (next-steps gives the
# date) and no second "I'll see it through" after own-mine.
# Variables:
#   $register (String) - formal or warm.
fix-working-mine-now =
    { $register ->
        [warm] כבר התחלתי לעבוד על זה מול הצוות המתאים.
       *[formal] כבר התחלתי לפעול לפתרון מול הגורמים המטפלים.
    }

## Step: prevent — what changes so that it does not happen again.

# Company voice: announces the change, then gives it. The change is usually in
# force already ("מעכשיו..."), so the lead-in is in the past ("הכנסנו") or has
# no verb, never a future or a passive ("הוחלט"). It says only that we made a
# change ("הכנסנו שינוי:"), never what kind: round 11, "עדכנו את נוהלי העבודה:" or
# "שינינו את שיטת העבודה:" called a system alert a "procedure". Never "כדי
# למנוע הישנות של מקרה כזה" (round 11: too written to be read aloud, and "מקרה"
# echoes the apology's "על מה שקרה"), and never a colon straight after the
# purpose clause (the round-11 reviewer's "כדי שזה לא יחזור על עצמו:" is not
# Hebrew punctuation: a purpose clause takes a comma and a main clause).
# Variables:
#   $prevention (String) - What changes, whole sentences.
#   $register (String) - formal or warm.
prevent-changed =
    { $register ->
        [warm] וכדי שזה לא יחזור, הכנסנו שינוי: { $prevention }
       *[formal] כדי שזה לא יחזור על עצמו, הכנסנו שינוי: { $prevention }
    }

# Either voice: a purpose clause, a comma and "this is what changes:", then the
# change (present tense, no "I" or "we": the fact says who changed what). Never a
# colon straight after the purpose clause ("וכדי שזה לא יקרה שוב:", round 10: not
# Hebrew punctuation), never "הנה מה שמשתנה" (explain-happened says "הנה מה
# שהשתבש:"), never "הישנות של מקרה כזה" (stiff, and "מקרה" echoes "על מה שקרה").
# Variables:
#   $prevention (String) - What changes, whole sentences.
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone: the phone says it as people do.
prevent-again =
    { $register ->
        [warm] וכדי שזה לא יקרה שוב, זה מה שמשתנה: { $prevention }
       *[formal]
            { $channel ->
                [phone] וכדי שזה לא יקרה שוב, זה מה שמשתנה: { $prevention }
               *[email] וכדי שהדבר לא יחזור על עצמו, זה מה שמשתנה: { $prevention }
            }
    }

# Personal voice: announces the change, then gives it (past tense, ungendered).
# The agent looked into what changes ("ביררתי"); the change itself is the team's.
# Never "וידאתי שזה לא יחזור" ("I made sure it won't happen again": a guarantee no
# lead signs), never "מקרה" (it echoes the apology's "על מה שקרה").
# Variables:
#   $prevention (String) - What changes, whole sentences.
#   $register (String) - formal or warm.
prevent-mine =
    { $register ->
        [warm] ביררתי גם מה משתנה כדי שזה לא יחזור: { $prevention }
       *[formal] ביררתי גם מה משתנה כדי שזה לא יחזור על עצמו: { $prevention }
    }

# Either voice: the bare prevention, signposted as prevention BEFORE the fact so
# that no reader or listener takes it for part of the fix: a purpose clause and a
# comma, then the fact ("כדי שזה לא יחזור על עצמו, <fact>"; Hebrew has no capitals,
# so the fact reads on inside the sentence). Never a colon (a letter announces at
# most two facts), never a guarantee ("כך זה לא יחזור על עצמו." after the fact
# promised what no lead signs), never "מעכשיו" (the fact usually says it), never
# "מקרה" (it echoes the apology's "על מה שקרה").
# Variables:
#   $prevention (String) - What changes, whole sentences.
#   $register (String) - formal or warm.
prevent-fact =
    { $register ->
        [warm] וכדי שזה לא יחזור, { $prevention }
       *[formal] כדי שזה לא יחזור על עצמו, { $prevention }
    }

## Step: restore — make it right with something the customer values.
## Goodwill on top of putting things right: פיצוי and the amount, never a
## refund, a credit or how it is paid (see the header). Only restore-extra and
## restore-extra-mine say "in addition".

# Company voice. Every register names what the amount is ("פיצוי", formal "פיצוי
# כספי"), never a bare amount after "כפיצוי," (round 13: "as compensation, we
# approved you 250 ₪" says a sum but not what it is); warm "דאגנו לך לפיצוי",
# so it is not word for word restore-credit. The phone says "של", never the
# written "בסך".
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money, e.g. "15 ₪".
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone.
restore-refund =
    { $register ->
        [warm] דאגנו לך לפיצוי של { $compensation_amount }.
       *[formal]
            { $channel ->
                [phone] אישרנו לך פיצוי כספי של { $compensation_amount }.
               *[email] אישרנו עבורך פיצוי כספי בסך { $compensation_amount }.
            }
    }

# Company voice.
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone: the phone says אנחנו.
restore-credit =
    { $register ->
        [warm] אישרנו לך פיצוי של { $compensation_amount }.
       *[formal]
            { $channel ->
                [phone] אישרנו לך פיצוי של { $compensation_amount }.
               *[email] אנו מעניקים לך פיצוי בסך { $compensation_amount }.
            }
    }

# Personal voice (past tense, ungendered). The phone says "של", never the
# written "בסך".
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone.
restore-refund-mine =
    { $register ->
        [warm] אישרתי לך פיצוי של { $compensation_amount }.
       *[formal]
            { $channel ->
                [phone] אישרתי לך פיצוי של { $compensation_amount }.
               *[email] אישרתי עבורך פיצוי בסך { $compensation_amount }.
            }
    }

# Personal voice (past tense, ungendered). A plain "פיצוי": never "על אי
# הנעימות" (the corporate cliché that plays the incident down), never "על כל זה".
# Every register names what the amount is (warm "דאגתי לך לפיצוי של", formal
# "פיצוי כספי"), never a bare amount after "כפיצוי," (round 13), and the phone
# says "של", never the written "בסך".
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone.
restore-credit-mine =
    { $register ->
        [warm] דאגתי לך לפיצוי של { $compensation_amount }.
       *[formal]
            { $channel ->
                [phone] אישרתי לך פיצוי כספי של { $compensation_amount }.
               *[email] אישרתי עבורך פיצוי כספי בסך { $compensation_amount }.
            }
    }

# Either voice, with no "I" or "we": a firm "you will receive" ("תקבל or
# תקבלי", by the customer's gender), so a first-person letter does not turn
# faceless at the compensation. It names what the amount is ("תקבלי פיצוי של",
# never "כפיצוי, תקבלי 250 ₪", a sum with no noun, round 13). The unknown
# variant says "אושר לך" (approved).
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
#   $customer_gender (String) - feminine, masculine or unknown.
restore-refund-on-way =
    { $customer_gender ->
        [feminine] תקבלי פיצוי של { $compensation_amount }.
        [masculine] תקבל פיצוי של { $compensation_amount }.
       *[unknown]
            { $register ->
                [warm] אושר לך פיצוי של { $compensation_amount }.
               *[formal] אושר עבורך פיצוי בסך { $compensation_amount }.
            }
    }

# Company voice, after the fix: the compensation comes on top of putting things right.
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone: the phone says אנחנו.
restore-extra =
    { $register ->
        [warm] ומעבר לזה, אישרנו לך פיצוי של { $compensation_amount }.
       *[formal]
            { $channel ->
                [phone] בנוסף, אישרנו לך פיצוי של { $compensation_amount }.
               *[email] בנוסף, אנו מעניקים לך פיצוי בסך { $compensation_amount }.
            }
    }

# Personal voice, after the fix: the compensation comes on top of putting things right.
# The phone says "של", never the written "בסך".
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone.
restore-extra-mine =
    { $register ->
        [warm] ומעבר לזה, דאגתי לך לפיצוי של { $compensation_amount }.
       *[formal]
            { $channel ->
                [phone] בנוסף, אישרתי לך פיצוי של { $compensation_amount }.
               *[email] בנוסף, אישרתי עבורך פיצוי בסך { $compensation_amount }.
            }
    }

# Company voice. Months of the service itself, free: "חודש חינם", "שלושה חודשים
# ללא תשלום", with no "מנוי" (a pharmacy, a bank or an airline has no plan) and no
# "שירות" (the phone greeting says "משירות הלקוחות"). Warm "קיבלת מאיתנו", formal
# "הענקנו לך" (no pronoun, so the phone needs no variant of its own). "חינם" or
# "ללא תשלום", as Israelis say.
# Variables:
#   $free_months (Number) - Months of service offered free of charge, e.g. 2.
#   $register (String) - formal or warm.
restore-months =
    { $register ->
        [warm]
            { $free_months ->
                [one] כפיצוי, קיבלת מאיתנו חודש חינם.
                [two] כפיצוי, קיבלת מאיתנו חודשיים חינם.
                [3] כפיצוי, קיבלת מאיתנו שלושה חודשים חינם.
                [4] כפיצוי, קיבלת מאיתנו ארבעה חודשים חינם.
                [5] כפיצוי, קיבלת מאיתנו חמישה חודשים חינם.
                [6] כפיצוי, קיבלת מאיתנו שישה חודשים חינם.
               *[other] כפיצוי, קיבלת מאיתנו { $free_months } חודשים חינם.
            }
       *[formal]
            { $free_months ->
                [one] כפיצוי, הענקנו לך חודש ללא תשלום.
                [two] כפיצוי, הענקנו לך חודשיים ללא תשלום.
                [3] כפיצוי, הענקנו לך שלושה חודשים ללא תשלום.
                [4] כפיצוי, הענקנו לך ארבעה חודשים ללא תשלום.
                [5] כפיצוי, הענקנו לך חמישה חודשים ללא תשלום.
                [6] כפיצוי, הענקנו לך שישה חודשים ללא תשלום.
               *[other] כפיצוי, הענקנו לך { $free_months } חודשים ללא תשלום.
            }
    }

# Personal voice (past tense, ungendered): "אישרתי לך", as restore-credit-mine
# says it, with the months said as restore-months says them (no "מנוי", no
# "שירות").
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - formal or warm.
restore-months-mine =
    { $register ->
        [warm]
            { $free_months ->
                [one] כפיצוי, אישרתי לך חודש חינם.
                [two] כפיצוי, אישרתי לך חודשיים חינם.
                [3] כפיצוי, אישרתי לך שלושה חודשים חינם.
                [4] כפיצוי, אישרתי לך ארבעה חודשים חינם.
                [5] כפיצוי, אישרתי לך חמישה חודשים חינם.
                [6] כפיצוי, אישרתי לך שישה חודשים חינם.
               *[other] כפיצוי, אישרתי לך { $free_months } חודשים חינם.
            }
       *[formal]
            { $free_months ->
                [one] כפיצוי, אישרתי לך חודש ללא תשלום.
                [two] כפיצוי, אישרתי לך חודשיים ללא תשלום.
                [3] כפיצוי, אישרתי לך שלושה חודשים ללא תשלום.
                [4] כפיצוי, אישרתי לך ארבעה חודשים ללא תשלום.
                [5] כפיצוי, אישרתי לך חמישה חודשים ללא תשלום.
                [6] כפיצוי, אישרתי לך שישה חודשים ללא תשלום.
               *[other] כפיצוי, אישרתי לך { $free_months } חודשים ללא תשלום.
            }
    }

# Either voice, with no "I" or "we": a firm "you will get" ("תקבל or תקבלי", by the
# customer's gender, as restore-refund-on-way says it), so a first-person letter
# does not turn faceless at the compensation (round 11: "נוסף למנוי שלך", an
# impersonal passive, after "אני מצטערת"). The months are of the service itself
# ("חודש חינם"), never "חודש מנוי" (a pharmacy, a bank or an airline has no
# plan). The unknown variant says the months "were approved" ("אושר לך", "אושרו
# עבורך"), the same for all, as restore-refund-on-way says it. Not "הוארך": a fix
# that reactivates a plan often says "הוארך" itself, and two extensions in a row
# cannot be told apart. "חינם" in the warm register, "ללא תשלום" in the formal one,
# as restore-months says them.
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - formal or warm.
#   $customer_gender (String) - feminine, masculine or unknown.
restore-months-free =
    { $customer_gender ->
        [feminine]
            { $register ->
                [warm]
                    { $free_months ->
                        [one] כפיצוי, תקבלי חודש חינם.
                        [two] כפיצוי, תקבלי חודשיים חינם.
                        [3] כפיצוי, תקבלי שלושה חודשים חינם.
                        [4] כפיצוי, תקבלי ארבעה חודשים חינם.
                        [5] כפיצוי, תקבלי חמישה חודשים חינם.
                        [6] כפיצוי, תקבלי שישה חודשים חינם.
                       *[other] כפיצוי, תקבלי { $free_months } חודשים חינם.
                    }
               *[formal]
                    { $free_months ->
                        [one] כפיצוי, תקבלי חודש ללא תשלום.
                        [two] כפיצוי, תקבלי חודשיים ללא תשלום.
                        [3] כפיצוי, תקבלי שלושה חודשים ללא תשלום.
                        [4] כפיצוי, תקבלי ארבעה חודשים ללא תשלום.
                        [5] כפיצוי, תקבלי חמישה חודשים ללא תשלום.
                        [6] כפיצוי, תקבלי שישה חודשים ללא תשלום.
                       *[other] כפיצוי, תקבלי { $free_months } חודשים ללא תשלום.
                    }
            }
        [masculine]
            { $register ->
                [warm]
                    { $free_months ->
                        [one] כפיצוי, תקבל חודש חינם.
                        [two] כפיצוי, תקבל חודשיים חינם.
                        [3] כפיצוי, תקבל שלושה חודשים חינם.
                        [4] כפיצוי, תקבל ארבעה חודשים חינם.
                        [5] כפיצוי, תקבל חמישה חודשים חינם.
                        [6] כפיצוי, תקבל שישה חודשים חינם.
                       *[other] כפיצוי, תקבל { $free_months } חודשים חינם.
                    }
               *[formal]
                    { $free_months ->
                        [one] כפיצוי, תקבל חודש ללא תשלום.
                        [two] כפיצוי, תקבל חודשיים ללא תשלום.
                        [3] כפיצוי, תקבל שלושה חודשים ללא תשלום.
                        [4] כפיצוי, תקבל ארבעה חודשים ללא תשלום.
                        [5] כפיצוי, תקבל חמישה חודשים ללא תשלום.
                        [6] כפיצוי, תקבל שישה חודשים ללא תשלום.
                       *[other] כפיצוי, תקבל { $free_months } חודשים ללא תשלום.
                    }
            }
       *[unknown]
            { $register ->
                [warm]
                    { $free_months ->
                        [one] כפיצוי, אושר לך חודש חינם.
                        [two] כפיצוי, אושרו לך חודשיים חינם.
                        [3] כפיצוי, אושרו לך שלושה חודשים חינם.
                        [4] כפיצוי, אושרו לך ארבעה חודשים חינם.
                        [5] כפיצוי, אושרו לך חמישה חודשים חינם.
                        [6] כפיצוי, אושרו לך שישה חודשים חינם.
                       *[other] כפיצוי, אושרו לך { $free_months } חודשים חינם.
                    }
               *[formal]
                    { $free_months ->
                        [one] כפיצוי, אושר עבורך חודש ללא תשלום.
                        [two] כפיצוי, אושרו עבורך חודשיים ללא תשלום.
                        [3] כפיצוי, אושרו עבורך שלושה חודשים ללא תשלום.
                        [4] כפיצוי, אושרו עבורך ארבעה חודשים ללא תשלום.
                        [5] כפיצוי, אושרו עבורך חמישה חודשים ללא תשלום.
                        [6] כפיצוי, אושרו עבורך שישה חודשים ללא תשלום.
                       *[other] כפיצוי, אושרו עבורך { $free_months } חודשים ללא תשלום.
                    }
            }
    }

## Step: next-steps — when the customer hears from us next.
## The date follows "עד ה־" ("by the 18th of December"). next-steps-date* are for
## an open case and promise an update; next-steps-check* follow a finished fix
## and only make sure all is well, never "עדכון".

# Company voice, the fix not done yet.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - formal or warm.
next-steps-date =
    { $register ->
        [warm] נעדכן אותך שוב עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") }.
       *[formal] נמסור לך עדכון עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") }.
    }

# Company voice, the fix not done yet. "אליך or אלייך" depends on the customer's
# gender; the unknown variant says "ניצור איתך קשר", the same for everyone.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $customer_gender (String) - feminine, masculine or unknown.
next-steps-date-update =
    { $customer_gender ->
        [feminine] נחזור אלייך עם עדכון עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") }.
        [masculine] נחזור אליך עם עדכון עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") }.
       *[unknown] ניצור איתך קשר עם עדכון עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") }.
    }

# Personal voice, the fix not done yet. "אחזור אליך or אלייך" depends on the
# customer's gender; the unknown variant says "אעדכן אותך", spelled the same for both.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $customer_gender (String) - feminine, masculine or unknown.
next-steps-date-mine =
    { $customer_gender ->
        [feminine] אחזור אלייך עם עדכון עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") }.
        [masculine] אחזור אליך עם עדכון עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") }.
       *[unknown] אעדכן אותך שוב עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") }.
    }

# Personal voice, the fix not done yet (future first person, ungendered). Warm:
# "and tell you how it stands" ("מה המצב"), never "איפה הדברים עומדים" (round 11:
# the calque of "where things stand").
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - formal or warm.
next-steps-date-mine-call =
    { $register ->
        [warm] עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") } אצור איתך קשר ואספר לך מה המצב.
       *[formal] אצור איתך קשר עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") } ואמסור לך עדכון על מצב הטיפול.
    }

# Company voice, after a finished fix: a check that all is well. "אליך or
# אלייך" depends on the customer's gender; the unknown variant says "ניצור איתך קשר".
# Variables:
#   $follow_up_date (Date) - The date of our check-in.
#   $register (String) - formal or warm.
#   $customer_gender (String) - feminine, masculine or unknown.
next-steps-check =
    { $register ->
        [warm]
            { $customer_gender ->
                [feminine] נחזור אלייך עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") } כדי לוודא שהכול הסתדר.
                [masculine] נחזור אליך עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") } כדי לוודא שהכול הסתדר.
               *[unknown] ניצור איתך קשר עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") } כדי לוודא שהכול הסתדר.
            }
       *[formal] ניצור איתך קשר עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") }, כדי לוודא שהכול הוסדר כראוי.
    }

# Company voice, after a finished fix: a check that all is well. Never "נבדוק
# איתך שהכול תקין" (the calque "check in with you", and "תקין" is said of a
# device), the round-8 reviewer said.
# Variables:
#   $follow_up_date (Date) - The date of our check-in.
#   $register (String) - formal or warm.
next-steps-check-all =
    { $register ->
        [warm] ניצור איתך קשר שוב עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") }, כדי לוודא שהכול בסדר.
       *[formal] ניצור איתך קשר עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") } כדי לוודא שהכול הוסדר.
    }

# Personal voice, after a finished fix: a check that all is well. "אחזור אליך or
# אלייך" depends on the customer's gender; the unknown variant says "אצור איתך קשר".
# Variables:
#   $follow_up_date (Date) - The date of the check-in.
#   $register (String) - formal or warm.
#   $customer_gender (String) - feminine, masculine or unknown.
next-steps-check-mine =
    { $register ->
        [warm]
            { $customer_gender ->
                [feminine] אחזור אלייך עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") } כדי לוודא שהכול הסתדר.
                [masculine] אחזור אליך עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") } כדי לוודא שהכול הסתדר.
               *[unknown] אצור איתך קשר עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") } כדי לוודא שהכול הסתדר.
            }
       *[formal] אצור איתך קשר עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") }, כדי לוודא שהכול הוסדר כראוי.
    }

# Personal voice, after a finished fix: a check that all is well (future first
# person, ungendered; never "אבדוק איתך שהכול תקין", see next-steps-check-all).
# Variables:
#   $follow_up_date (Date) - The date of the check-in.
#   $register (String) - formal or warm.
next-steps-check-mine-all =
    { $register ->
        [warm] אצור איתך קשר שוב עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") }, כדי לוודא שהכול בסדר.
       *[formal] אצור איתך קשר עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") } כדי לוודא שהכול הוסדר.
    }

# Company voice, no date yet, fix not done yet.
# Variables:
#   $register (String) - formal or warm.
next-steps-when-fixed =
    { $register ->
        [warm] ניצור איתך קשר ברגע שהתיקון יושלם.
       *[formal] נודיע לך מיד עם השלמת התיקון.
    }

# Personal voice, no date yet, fix not done yet (future first person, ungendered).
next-steps-when-fixed-mine = אצור איתך קשר ברגע שהתיקון יושלם.

## Step: invite — invite questions, or move a public thread to a private channel.
## Each line fits its channel: an e-mail may ask for a reply or give an
## address, a chat says "right here", a public post moves to a private channel,
## and a phone script asks a question.

# Company voice; email and chat. No "אם" (the hedge linter would read it as "sorry if").
# Variables:
#   $register (String) - formal or warm.
#   $channel (String) - email or chat: a chat is answered where it is.
invite-reply =
    { $channel ->
        [chat]
            { $register ->
                [warm] יש לך עוד שאלה? נשמח לענות כאן.
               *[formal] נשמח לענות כאן על כל שאלה.
            }
       *[email]
            { $register ->
                [warm] יש לך שאלה? אפשר פשוט להשיב למייל הזה.
               *[formal] לכל שאלה, אפשר להשיב למייל הזה, ונשמח לעזור.
            }
    }

# Personal voice; email and chat ("אשמח", future first person, is ungendered).
# Warm: "anything still unclear? happy to help", never "אשמח לעבור איתך על הכול"
# (round 10: with the follow-up's "שהכול בסדר" and a closing line it made "הכול"
# three times in four lines, and a chat closes in one line).
# Variables:
#   $register (String) - formal or warm.
invite-questions =
    { $register ->
        [warm] משהו עדיין לא ברור? אשמח לעזור.
       *[formal] אשמח להשיב על כל שאלה ולהסביר כל פרט.
    }

# Either voice; chat: the conversation stays where it is.
# Variables:
#   $register (String) - formal or warm.
invite-chat-here =
    { $register ->
        [warm] יש עוד משהו? אפשר פשוט לכתוב כאן.
       *[formal] לכל שאלה, אפשר להמשיך לכתוב כאן.
    }

# Company voice; email: a direct line besides replying. The line fits the contact
# ($contact_kind): an address is written to ("לכתוב לנו בכתובת"), a number is
# called ("להתקשר אלינו בטלפון"), a handle gets a message ("בהודעה לחשבון"),
# anything else is reached "דרך" it. Never a bare "ב־" before a Latin address.
# Keep $contact at the end, with no full stop after it, so it can be copied.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $contact_kind (String) - email, phone, handle or other.
#   $register (String) - formal or warm.
invite-reach =
    { $contact_kind ->
        [email]
            { $register ->
                [warm] יש עוד משהו? תמיד אפשר לכתוב לנו בכתובת { $contact }.
               *[formal] לכל שאלה, ניתן לכתוב לנו בכתובת { $contact }.
            }
        [phone]
            { $register ->
                [warm] יש עוד משהו? תמיד אפשר להתקשר אלינו בטלפון { $contact }.
               *[formal] לכל שאלה, ניתן להתקשר אלינו בטלפון { $contact }.
            }
        [handle]
            { $register ->
                [warm] יש עוד משהו? תמיד אפשר לשלוח לנו הודעה לחשבון { $contact }.
               *[formal] לכל שאלה, ניתן לשלוח לנו הודעה לחשבון { $contact }.
            }
       *[other]
            { $register ->
                [warm] יש עוד משהו? תמיד אפשר לפנות אלינו דרך { $contact }.
               *[formal] לכל שאלה, ניתן לפנות אלינו דרך { $contact }.
            }
    }

# Personal voice; email: the agent is here for more, and the contact is the team's
# line (it may be a shared inbox, so it is not promised as the agent's own).
# Formal: "happy to help with any question. You can simply reply to this e-mail, or
# …" (round 10: not the stock "לכל שאלה אשמח לעמוד לרשותך, וניתן גם").
# Fits $contact_kind as invite-reach does. Keep $contact at the end.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $contact_kind (String) - email, phone, handle or other.
#   $register (String) - formal or warm.
invite-reach-mine =
    { $contact_kind ->
        [email]
            { $register ->
                [warm] יש עוד משהו? אשמח לעזור, ואפשר גם לכתוב בכתובת { $contact }.
               *[formal] אשמח לעמוד לרשותך בכל שאלה. ניתן להשיב למייל זה או לפנות בכתובת { $contact }.
            }
        [phone]
            { $register ->
                [warm] יש עוד משהו? אשמח לעזור, ואפשר גם להתקשר בטלפון { $contact }.
               *[formal] אשמח לעמוד לרשותך בכל שאלה, וניתן גם להתקשר בטלפון { $contact }.
            }
        [handle]
            { $register ->
                [warm] יש עוד משהו? אשמח לעזור, ואפשר גם לשלוח הודעה לחשבון { $contact }.
               *[formal] אשמח לעמוד לרשותך בכל שאלה. ניתן להשיב למייל זה או לשלוח הודעה לחשבון { $contact }.
            }
       *[other]
            { $register ->
                [warm] יש עוד משהו? אשמח לעזור, ואפשר גם לפנות דרך { $contact }.
               *[formal] אשמח לעמוד לרשותך בכל שאלה, וניתן גם לפנות דרך { $contact }.
            }
    }

# Social media, company voice: move a public thread to a private channel that
# fits the contact ($contact_kind): write to an address, call a number, send a
# private message to a handle. "בפרטי" is how Israelis say "in private", in
# both registers; formal "נשמח להמשיך את הטיפול בפרטי", never the office Hebrew
# "כדי להמשיך את הטיפול באופן פרטי, נבקש ..." (round 13). No "הודעה פרטית"
# after "בפרטי" (said twice in one line). Keep $contact at the end, with no full
# stop after it.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $contact_kind (String) - email, phone, handle or other.
#   $register (String) - formal or warm.
invite-private =
    { $contact_kind ->
        [email]
            { $register ->
                [warm] נשמח להמשיך איתך בפרטי: אפשר לכתוב לנו בכתובת { $contact }.
               *[formal] נשמח להמשיך את הטיפול בפרטי: אפשר לכתוב לנו בכתובת { $contact }.
            }
        [phone]
            { $register ->
                [warm] נשמח להמשיך איתך בפרטי: אפשר להתקשר אלינו בטלפון { $contact }.
               *[formal] נשמח להמשיך את הטיפול בפרטי: אפשר להתקשר אלינו בטלפון { $contact }.
            }
        [handle]
            { $register ->
                [warm] נשמח להמשיך איתך בפרטי: אפשר לשלוח לנו הודעה לחשבון { $contact }.
               *[formal] נשמח להמשיך את הטיפול בפרטי: אפשר לשלוח לנו הודעה לחשבון { $contact }.
            }
       *[other]
            { $register ->
                [warm] נשמח להמשיך איתך בפרטי, דרך { $contact }.
               *[formal] נשמח להמשיך את הטיפול בפרטי, דרך { $contact }.
            }
    }

# Social media, personal voice: move a public thread to a private channel that
# fits the contact, and the agent takes it from there ("ואמשיך איתך משם" would put
# words after $contact, so the agent's part comes first). The contact is usually
# the team's line, so it is not called the agent's own ("לכתוב בכתובת", not
# "לכתוב לי"). Formal "אשמח להמשיך את הטיפול בפרטי", never the office Hebrew
# "כדי שאמשיך לטפל בזה איתך באופן פרטי, אבקש ..." (round 13); no "הודעה פרטית"
# after "בפרטי". Keep $contact at the end.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $contact_kind (String) - email, phone, handle or other.
#   $register (String) - formal or warm.
invite-private-mine =
    { $contact_kind ->
        [email]
            { $register ->
                [warm] אשמח להמשיך איתך בפרטי: אפשר לכתוב בכתובת { $contact }.
               *[formal] אשמח להמשיך את הטיפול בפרטי: אפשר לכתוב בכתובת { $contact }.
            }
        [phone]
            { $register ->
                [warm] אשמח להמשיך איתך בפרטי: אפשר להתקשר למספר { $contact }.
               *[formal] אשמח להמשיך את הטיפול בפרטי: אפשר להתקשר למספר { $contact }.
            }
        [handle]
            { $register ->
                [warm] אשמח להמשיך איתך בפרטי: אפשר לשלוח הודעה לחשבון { $contact }.
               *[formal] אשמח להמשיך את הטיפול בפרטי: אפשר לשלוח הודעה לחשבון { $contact }.
            }
       *[other]
            { $register ->
                [warm] אשמח להמשיך איתך בפרטי, דרך { $contact }.
               *[formal] אשמח להמשיך את הטיפול בפרטי, דרך { $contact }.
            }
    }

# Social media, company voice: ask for a direct message. Warm: imperative by the
# customer's gender, "נשמח לקבל" when unknown; formal: "אפשר לשלוח לנו", the same
# for all (never the office Hebrew "נבקש לשלוח ... כדי שנוכל לבדוק את הנושא",
# round 13).
# Variables:
#   $register (String) - formal or warm.
#   $customer_gender (String) - feminine, masculine or unknown.
invite-direct-message =
    { $register ->
        [warm]
            { $customer_gender ->
                [feminine] שלחי לנו הודעה פרטית, ונבדוק את זה.
                [masculine] שלח לנו הודעה פרטית, ונבדוק את זה.
               *[unknown] נשמח לקבל ממך הודעה פרטית, כדי לבדוק את זה.
            }
       *[formal] אפשר לשלוח לנו הודעה פרטית, ונבדוק את הנושא.
    }

# Social media, personal voice: ask for a direct message. Formal: "אפשר לשלוח
# לי", never "אבקש לשלוח ... כדי שאוכל" (office Hebrew, round 13).
# Variables:
#   $register (String) - formal or warm.
#   $customer_gender (String) - feminine, masculine or unknown.
invite-direct-message-mine =
    { $register ->
        [warm]
            { $customer_gender ->
                [feminine] שלחי לי הודעה פרטית, ואבדוק את זה.
                [masculine] שלח לי הודעה פרטית, ואבדוק את זה.
               *[unknown] אשמח לקבל ממך הודעה פרטית, כדי לבדוק את זה.
            }
       *[formal] אפשר לשלוח לי הודעה פרטית, ואבדוק את הנושא.
    }

# Phone script, either voice: a real question, short, so the agent can stop and
# wait for the answer before the goodbye. Formal: "נשארו לך שאלות?" (never "יש לך
# שאלות על כל זה?": round 10, "על כל זה" adds nothing and rushes into "כל טוב"),
# never "בנושא", which the thanks may say just before it (formal-letter).
# Variables:
#   $register (String) - formal or warm.
invite-phone-questions =
    { $register ->
        [warm] יש לך שאלות?
       *[formal] נשארו לך שאלות?
    }

# Phone script, company voice; only after something was done. Formal: "is
# anything still open?" ("יש עוד משהו שנשאר פתוח?"), never the stock script line
# "נוכל לעזור לך במשהו אחר?" (round 13). Never "נוסף": the compensation just
# before it may say "בנוסף".
# Variables:
#   $register (String) - formal or warm.
invite-anything-else =
    { $register ->
        [warm] יש עוד משהו שנוכל לעזור בו?
       *[formal] יש עוד משהו שנשאר פתוח?
    }

# Phone script, personal voice; only after something was done. Formal: "is
# anything still open?", never the stock "אוכל לעזור לך במשהו אחר?" (round 13);
# no "מבחינתך" (it echoes the fix's "מבחינת הפתרון").
# Variables:
#   $register (String) - formal or warm.
invite-anything-else-mine =
    { $register ->
        [warm] יש עוד משהו שאוכל לעזור בו?
       *[formal] יש עוד משהו שנשאר פתוח?
    }

## Step: thank — for coming to us ("תודה שפנית"), never the calque "שהבאת זאת
## לידיעתי" and never for patience we did not ask for. Always "תודה", so a letter never thanks twice
## in two different words. No "thank you for the chance to make this right":
## Israeli agents thank the customer for coming to them. On the phone the
## written formulas ("שטרחת לפנות בעניין", "שהסבת את תשומת לבי") are said
## plainly.

# Company voice. "סיפרת" / "הבאת" (second-person past) are the same for both genders.
# A formal call says it as people do ("תודה רבה שסיפרת לנו על זה"), never the
# written "שפנית אלינו בעניין הזה" (round 13).
# Variables:
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone: the phone says it as people do.
thank-telling =
    { $register ->
        [warm] תודה שסיפרת לנו על זה.
       *[formal]
            { $channel ->
                [phone] תודה רבה שסיפרת לנו על זה.
               *[email] תודה שפנית אלינו בעניין הזה.
            }
    }

# Company voice: "thank you for letting us know". Never "thank you for giving us
# the chance to put it right" (round 9: presumptuous, an English formula, and on an
# outbound call after the fix it makes no sense). A formal call says "על זה",
# never the written "על כך" (round 13).
# Variables:
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone: the phone says it as people do.
thank-chance =
    { $register ->
        [warm] תודה שהודעת לנו.
       *[formal]
            { $channel ->
                [phone] תודה רבה שהודעת לנו על זה.
               *[email] תודה שהודעת לנו על כך.
            }
    }

# Company voice, formal; email and phone. One thanks, said once (round 9: never
# "שפנית אלינו ועדכנת אותנו", the same thing twice).
thank-time = תודה שעדכנת אותנו.

# Company voice; chat.
thank-short = תודה שפנית אלינו.

# Either voice ("סיפרת", second-person past, is the same for both genders). No
# "שטרחת": the apology may speak of "הטרחה שנגרמה לך", and the two read as a pun.
# Variables:
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone: the phone says it as people do.
thank-patience =
    { $register ->
        [warm] תודה שסיפרת על זה.
       *[formal]
            { $channel ->
                [phone] תודה שסיפרת על זה.
               *[email] תודה על פנייתך.
            }
    }

# Personal voice. Never "תודה שפנית אליי" (the customer wrote to the company,
# not to the agent, and on an outbound call nobody "turned to me") and never
# "עם זה" (a calque of "reached out with this"), the round-8 reviewer said. On the
# phone "thanks for letting us know" (round 9: "תודה על הזמן שלך" is a goodbye and,
# before the invite's "יש לך שאלות?", cut the call short; never "שסיפרת" there: the
# read-back says "לפי מה שסיפרת"). A formal call says "תודה רבה שהודעת על זה",
# never the written "על כך" (round 13).
# Variables:
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone: the phone says it as people do.
thank-mine =
    { $register ->
        [warm]
            { $channel ->
                [phone] תודה שהודעת על זה.
               *[email] תודה שסיפרת על זה.
            }
       *[formal]
            { $channel ->
                [phone] תודה רבה שהודעת על זה.
               *[email] תודה על פנייתך.
            }
    }

# Personal voice. A formal call never says the written "תודה על פנייתך"
# (round 13): it says "תודה רבה שסיפרת לי על זה".
# Variables:
#   $register (String) - formal or warm.
#   $channel (String) - email, chat, social or phone: the phone says it as people do.
thank-mine-telling =
    { $register ->
        [warm] תודה שסיפרת לי על זה.
       *[formal]
            { $channel ->
                [phone] תודה רבה שסיפרת לי על זה.
               *[email] תודה על פנייתך.
            }
    }

## Step: close — a last word about the customer and us, in what Israeli agents
## say: no "we are happy to keep being here for you", no effort ("נעשה
## הכול"), and hope only in "שנזכה שוב לאמונך" (formal: the round-8 reviewer's
## wording, never "האמון שלך ישוב במלואו", a calque that echoes a refund "in
## full"). Email and chat only: a call has no written closing, its goodbye
## (sign-off-phone-bye) closes it. The invite comes right after the
## close (formal-letter), so no close says where to turn or how to write: that
## is the invite's job, and saying it twice drops one of them.

# Company voice: the customer's trust, said plainly ("we want you to be able to
# count on us again"); "תוכל or תוכלי" is gendered, so the unknown variant
# speaks of the trust itself. Never "אנו מעריכים את האמון שנתת בנו" (round 9: boilerplate
# and a second thanks after the thank step).
# Variables:
#   $register (String) - formal or warm.
#   $customer_gender (String) - feminine, masculine or unknown.
close-trust =
    { $register ->
        [warm]
            { $customer_gender ->
                [feminine] חשוב לנו שתוכלי לסמוך עלינו שוב.
                [masculine] חשוב לנו שתוכל לסמוך עלינו שוב.
               *[unknown] חשוב לנו שהאמון שלך בנו יחזור.
            }
       *[formal]
            { $customer_gender ->
                [feminine] חשוב לנו שתוכלי לסמוך עלינו שוב.
                [masculine] חשוב לנו שתוכל לסמוך עלינו שוב.
               *[unknown] אנו מקווים שנזכה שוב לאמונך.
            }
    }

# Company voice, warm: "we want everything to go smoothly from here on" (not
# "הכול יעבור אצלך חלק": round 10, clumsy).
close-next-time = חשוב לנו שמכאן והלאה הכול יעבור חלק.

# Company voice, formal e-mail: the customer's trust, plainly, not a stock
# "נשמח להמשיך לשרת אותך גם בעתיד", and never "הקשר איתך חשוב לנו, ונעבוד כדי
# לזכות מחדש באמון שלך" (a corporate cliché and a calque, the round-6 reviewer said).
close-relationship = אנו מקווים שנזכה שוב לאמונך.

# Personal voice: the agent's own word on the customer's trust, never a stock
# "אשמח לעמוד לרשותך גם בעתיד" or a "next time" that may never come. Warm: one
# short line ("חשוב לי שמכאן והלאה הכול יעבור חלק"; never "…אצלך חלק", clumsy,
# round 10), after an invite that no longer says "הכול".
# Variables:
#   $register (String) - formal or warm.
close-mine =
    { $register ->
        [warm] חשוב לי שמכאן והלאה הכול יעבור חלק.
       *[formal] אני מקווה שנזכה שוב לאמונך.
    }

# Personal voice: the customer's trust, in plain words (no "לשביעות
# רצונך המלאה"). Email and chat only. Warm: "I want you to feel in good hands
# again" ("תרגיש or תרגישי" is the customer's gender; the unknown variant says
# "from now on everything goes smoothly for you"). Formal: "I hope we will earn
# your trust again" (the round-8 reviewer's wording; "לאמונך", not "האמון שלך",
# and never "ישוב במלואו", which echoes a refund "in full"). Never "לסמוך עלינו"
# (an "I" letter says no "we" word), never "לסמוך שוב על השירות" (vague and
# impersonal, the round-8 reviewer said), never "אעשה הכול" (a hedge by the rules).
# Variables:
#   $register (String) - formal or warm.
#   $customer_gender (String) - feminine, masculine or unknown.
close-mine-trust =
    { $register ->
        [warm]
            { $customer_gender ->
                [feminine] חשוב לי שתרגישי שוב בידיים טובות.
                [masculine] חשוב לי שתרגיש שוב בידיים טובות.
               *[unknown] אני רוצה שמכאן והלאה הכול יעבור חלק.
            }
       *[formal] אני מקווה שנזכה שוב לאמונך.
    }

## Step: sign-off — the closing formula and who is writing.
## "בברכה" in a formal e-mail; the warm register closes as it opened; a chat or a
## public post signs with a dash. On the phone the agent speaks for themself.

# Email, with the agent's name and the company.
# Variables:
#   $agent_name (String) - The agent's first name.
#   $company (String) - The company's name.
#   $register (String) - formal or warm.
sign-off-regards =
    { $register ->
        [warm]
            כל טוב,
            { $agent_name }
            { $company }
       *[formal]
            בברכה,
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
            המשך יום טוב,
            { $agent_name }
       *[formal]
            בברכה,
            { $agent_name }
    }

# Warm register; email and chat.
# Variables:
#   $agent_name (String) - The agent's first name.
sign-off-warm =
    כל טוב,
    { $agent_name }

# Company voice only; email, when we know no names. The warm register closes
# with "כל טוב,", as the other warm sign-offs do.
# Variables:
#   $register (String) - formal or warm.
sign-off-team =
    { $register ->
        [warm]
            כל טוב,
            צוות שירות הלקוחות
       *[formal]
            בברכה,
            צוות שירות הלקוחות
    }

# Company voice only; email, chat, social: the team of the named company. An
# e-mail closes with a formula ("בברכה," formal, "כל טוב," warm); a chat or a
# public post signs with a dash.
# Variables:
#   $company (String) - The company's name.
#   $channel (String) - email, chat, social or phone.
#   $register (String) - formal or warm.
sign-off-team-company =
    { $channel ->
        [email]
            { $register ->
                [warm]
                    כל טוב,
                    צוות { $company }
               *[formal]
                    בברכה,
                    צוות { $company }
            }
       *[chat] — צוות { $company }
    }

# Chat and social media signature.
# Variables:
#   $agent_name (String) - The agent's first name.
sign-off-initials = — { $agent_name }

# Phone script, after the invite step has asked its question (and the caller has
# answered): the goodbye. No "תודה": formal-letter has a thank step on the phone
# too, and a call that thanks twice drops one of them.
# Variables:
#   $register (String) - formal or warm.
sign-off-phone-bye =
    { $register ->
        [warm] כל טוב, ולהתראות!
       *[formal] כל טוב ולהתראות.
    }

## Blanks — labels a helpdesk macro shows where the agent must write the facts.
## A macro (Zendesk, Freshdesk, Help Scout, Intercom, Gorgias, Front, CSV) is written
## before the incident happens, so it cannot know what went wrong. `phrasebank macros`
## puts these labels where the facts go; the agent replaces each one before sending.
## Write them the way a support lead labels a template: short, unmistakably unfinished,
## in square brackets, no full stop, no variables.

# The customer's first name ("the customer's first name"), where the helpdesk has no name on file.
blank-customer-name = [השם הפרטי של הלקוח]

# The agent's own name ("your name"), for the sign-off.
blank-agent-name = [השם שלך]

# Stands for $issue ("what went wrong").
blank-issue = [מה השתבש]

# Stands for $cause ("why it happened").
blank-cause = [למה זה קרה]

# Stands for $fix ("what has been done to fix it").
blank-fix = [מה כבר נעשה כדי לתקן]

# Stands for $prevention ("what changes so that it does not happen again").
blank-prevention = [מה משתנה כדי שזה לא יחזור]

# Stands for $compensation_amount in the compensation sentence ("amount and currency").
blank-compensation = [סכום ומטבע]

## Macro titles — what a helpdesk lists each exported macro as (`phrasebank macros`).
## Agents search their helpdesk's macro list for these words, so write each the way a
## support lead of this language names a saved reply: short, no full stop, no variables.
## The helpdesk shows them as "<macro title> (<register>, <channel>, <voice>) [key]".

# The macro's name, one per playbook.
macro-title-five-steps = התנצלות – חמישה צעדים
macro-title-restore-value = התנצלות – קודם מפצים
macro-title-personal = התנצלות אישית
macro-title-formal-letter = מכתב התנצלות רשמי
macro-title-own-it = התנצלות – לוקחים אחריות על הטעות
macro-title-social = התנצלות – תגובה פומבית ברשתות החברתיות

# The options a macro was written for, listed after its name: register, channel, voice.
macro-option-formal = רשמי
macro-option-warm = חם
macro-option-email = אימייל
macro-option-chat = שיחה חיה
macro-option-social = רשתות חברתיות
macro-option-phone = טלפון
macro-option-we = בשם החברה
macro-option-i = בגוף ראשון
