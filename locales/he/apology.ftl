### phrasebank locale: Hebrew (he, Israel), today's professional support Hebrew,
### full spelling (כתיב מלא), no niqqud.
###
### Whole letters: every message is written to stand next to the others in one
### letter (docs/method.md). A message the catalog gives to both voices says
### neither "I" nor "we": no אני or אנחנו, no first-person verb (בדקתי, בדקנו,
### אעדכן, נעדכן), no שלי or שלנו. Each step has its own vocabulary, so that
### no content word is said in two steps of one letter (letter.yaml lists the
### function words and how prefixes and endings are compared): the apology says
### מצטער or מתנצל, ownership says אחריות or טעות, compensation says פיצוי,
### thanks say תודה (never מודה, so a phone call cannot thank twice in two words).
### Messages that could follow the compensation name what they point at
### ("האחריות לטעות", not "האחריות לכך").
###
### Address: Hebrew has no formal "you". The register is carried by vocabulary:
### formal uses אנו, נבקש, פנייתך, לרשותך, בעניין and fuller constructions; warm
### uses אנחנו, ההודעה שלך, היי and everyday words (לסדר, בזה). Messages the
### catalog gives to both registers select on $register only where the wording
### differs; the default is *[formal].
###
### Gender: the customer is addressed in gendered forms (imperatives, future
### verbs, אליך or אלייך) only inside $customer_gender selects; the agent speaks
### in gendered present-tense forms (מצטער or מצטערת, מבין or מבינה, מטפל or
### מטפלת) only inside $agent_gender selects. The *[unknown] branches avoid
### every gendered form without slashes: צר לי, the past or future first person
### (בדקתי, אעדכן), the second-person past (קיבלת, פנית), nouns and
### infinitives. Pronoun suffixes spelled the same for both genders (לך, שלך,
### אותך, איתך, ממך, במקומך, לרשותך, חשבונך) are used freely.
###
### Facts: $issue, $cause, $fix and $prevention are whole sentences and stand at
### a sentence boundary. A message that announces one (explain-*, fix-done,
### fix-mine, prevent-*) ends with ":" and the fact; no other message
### announces. $contact (an e-mail address, a phone number or a handle) always
### comes last, after a colon and with no full stop, so it can be copied; no
### message that gives it, and no phone script, asks the customer to write.
###
### Phone scripts are read aloud: the greeting says who is calling and why
### (כאן נועה מצוות ..., בקשר לפנייה שלך), the read-back ends with a real
### question, and no greeting thanks (the thanks come once, later: the thank
### step or the goodbye "תודה על הזמן שהקדשת לשיחה", never both).
###
### Dates: DATE($follow_up_date, skeleton: "MMMMd") prints "18 בדצמבר" (no year,
### no weekday); it always follows "עד ה־" or "לא יאוחר מה־", as Israelis write
### and say a date. Money prints as "15 ₪" ("12.50 ₪" with agorot), after "של"
### or "בסך", never with a prefix letter glued to it.
### Counts use CLDR's one/two/other (יום, יומיים, ימים), and small counts are
### spelled out with numeric variants ([3] שלושה ימים), as a letter writes them.
### No hedge word of the linter's list appears anywhere in this file, not even in
### an innocent sense: no "אם", no "אבל", no "בקרוב" or "בהקדם".

## Step: greeting — open the message, by first name when we have it.

# Formal letter opening: the first name, then "שלום רב". Email, formal register.
# Variables:
#   $customer_name (String) - The customer's first name, e.g. "מיכל".
greeting-dear = { $customer_name }, שלום רב,

# Neutral opening with the first name. Email, chat, social.
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

# Phone script: who is calling ("כאן נועה", with no gendered verb such as
# מדבר or מדברת) and why. The company name stays uninflected after "מצוות".
# Variables:
#   $agent_name (String) - The agent's first name.
#   $company (String) - The company's name.
greeting-phone = שלום, כאן { $agent_name } מצוות { $company }, בקשר לפנייה שלך.

# Phone script: ask for the customer by first name ("אפשר לדבר עם", the same for
# every caller), then say who is calling and why.
# Variables:
#   $customer_name (String) - The customer's first name.
#   $agent_name (String) - The agent's first name.
#   $company (String) - The company's name.
greeting-phone-name = שלום, אפשר לדבר עם { $customer_name }? כאן { $agent_name } מצוות { $company }, בקשר לפנייה שלך.

# Phone script, when we know the agent's name but not the company's.
# Variables:
#   $agent_name (String) - The agent's first name.
greeting-phone-agent = שלום, כאן { $agent_name } משירות הלקוחות, בקשר לפנייה שלך.

# Phone script, when we know the company's name but not the agent's: the company
# speaks, as Israeli companies open a call ("שלום, כאן בזק").
# Variables:
#   $company (String) - The company's name.
greeting-phone-company = שלום, כאן { $company }, בקשר לפנייה שלך.

# Phone script, when we know no names.
greeting-phone-plain = שלום, כאן שירות הלקוחות, בקשר לפנייה שלך.

## Step: acknowledge — show that we listened; restate what went wrong.

# Company voice; email and chat. The fact first, then our judgement of it.
# Variables:
#   $issue (String) - What went wrong, one whole sentence, e.g. "ההזמנה מספר 4471 הגיעה באיחור של שלושה ימים."
#   $register (String) - formal or warm.
acknowledge-not-acceptable =
    { $register ->
        [warm] { $issue } זה ממש לא הסטנדרט שלנו.
       *[formal] { $issue } הדבר אינו עומד בסטנדרט שאנו מחויבים לו.
    }

# Either voice (no "I", no "we"); email and chat.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
acknowledge-should-not =
    { $register ->
        [warm] { $issue } זה לא היה אמור לקרות.
       *[formal] { $issue } מקרה כזה לא אמור לקרות.
    }

# Personal voice; email and chat. Past tense first person: no gendered form.
# "טוב שפנית אליי" welcomes the complaint without grading the customer.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
acknowledge-read =
    { $register ->
        [warm] קראתי את ההודעה שלך. { $issue } טוב שפנית אליי.
       *[formal] קראתי בעיון את פנייתך. { $issue } מגיע לך הרבה יותר מזה.
    }

# Phone script, personal voice: read the problem back as a real question.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-phone = רק כדי לוודא שהבנתי: { $issue } זה נכון?

# Phone script, company voice: read the problem back as a real question.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-phone-we = כדי שנהיה בטוחים שהבנו הכול: { $issue } נכון?

# Phone script, either voice: read the problem back as a real question.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-phone-check = לפי הפרטים שהתקבלו: { $issue } זה מדויק?

## Step: state — one sentence that says what went wrong (the fact alone).

# Variables:
#   $issue (String) - What went wrong, one whole sentence.
state-issue = { $issue }

## Step: apologize — say sorry plainly: no condition, no "but".

# Company voice, formal. Email, chat, phone. Every apology names what it is
# for or stands alone: in restore-value it comes last, after the prevention,
# where "על כך" would point at the wrong sentence.
apologize-sincere = אנו מתנצלים בפניך על מה שקרה.

# Company voice, formal ("we ask your forgiveness": the formal Hebrew apology,
# the same for every customer). Email, chat, phone.
apologize-accept = אנו מבקשים את סליחתך.

# Company voice, warm.
apologize-truly = אנחנו מצטערים מאוד.

# Company voice, short: social media and chat. Warm: the everyday "מצטערים"
# with no pronoun, as Israeli brands answer in a thread.
# Variables:
#   $register (String) - formal or warm.
apologize-brief =
    { $register ->
        [warm] ממש מצטערים על מה שעברת.
       *[formal] אנו מתנצלים על מה שעברת.
    }

# Company voice: the apology names the wait, and who caused it ("שגרמנו לך").
# Small counts spelled out. Email, chat, phone.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - formal or warm.
apologize-wait =
    { $register ->
        [warm]
            { $days_late ->
                [one] אנחנו מצטערים שגרמנו לך לחכות יום נוסף.
                [two] אנחנו מצטערים שגרמנו לך לחכות יומיים נוספים.
                [3] אנחנו מצטערים שגרמנו לך לחכות שלושה ימים נוספים.
                [4] אנחנו מצטערים שגרמנו לך לחכות ארבעה ימים נוספים.
                [5] אנחנו מצטערים שגרמנו לך לחכות חמישה ימים נוספים.
                [6] אנחנו מצטערים שגרמנו לך לחכות שישה ימים נוספים.
                [7] אנחנו מצטערים שגרמנו לך לחכות שבוע נוסף.
                [8] אנחנו מצטערים שגרמנו לך לחכות שמונה ימים נוספים.
                [9] אנחנו מצטערים שגרמנו לך לחכות תשעה ימים נוספים.
                [10] אנחנו מצטערים שגרמנו לך לחכות עשרה ימים נוספים.
               *[other] אנחנו מצטערים שגרמנו לך לחכות { $days_late } ימים נוספים.
            }
       *[formal]
            { $days_late ->
                [one] אנו מתנצלים שגרמנו לך להמתין יום נוסף.
                [two] אנו מתנצלים שגרמנו לך להמתין יומיים נוספים.
                [3] אנו מתנצלים שגרמנו לך להמתין שלושה ימים נוספים.
                [4] אנו מתנצלים שגרמנו לך להמתין ארבעה ימים נוספים.
                [5] אנו מתנצלים שגרמנו לך להמתין חמישה ימים נוספים.
                [6] אנו מתנצלים שגרמנו לך להמתין שישה ימים נוספים.
                [7] אנו מתנצלים שגרמנו לך להמתין שבוע נוסף.
                [8] אנו מתנצלים שגרמנו לך להמתין שמונה ימים נוספים.
                [9] אנו מתנצלים שגרמנו לך להמתין תשעה ימים נוספים.
                [10] אנו מתנצלים שגרמנו לך להמתין עשרה ימים נוספים.
               *[other] אנו מתנצלים שגרמנו לך להמתין { $days_late } ימים נוספים.
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

# Personal voice, formal ("ברצוני", "it is my wish": formal and ungendered).
apologize-mine-formal = ברצוני להתנצל בפניך באופן אישי.

# Personal voice, warm. The unknown variant uses "סליחה", which needs no gender.
# Variables:
#   $agent_gender (String) - feminine, masculine or unknown.
apologize-mine-warm =
    { $agent_gender ->
        [feminine] אני ממש מצטערת.
        [masculine] אני ממש מצטער.
       *[unknown] סליחה, באמת.
    }

# Personal voice: the apology names the wait. "נאלצת" (second-person past) is the
# same for both genders; the agent's "מצטער or מצטערת" is not, so the unknown
# variant says "צר לי". Email, chat, phone.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $agent_gender (String) - feminine, masculine or unknown.
apologize-wait-mine =
    { $agent_gender ->
        [feminine]
            { $days_late ->
                [one] אני מצטערת שנאלצת לחכות יום נוסף.
                [two] אני מצטערת שנאלצת לחכות יומיים נוספים.
                [3] אני מצטערת שנאלצת לחכות שלושה ימים נוספים.
                [4] אני מצטערת שנאלצת לחכות ארבעה ימים נוספים.
                [5] אני מצטערת שנאלצת לחכות חמישה ימים נוספים.
                [6] אני מצטערת שנאלצת לחכות שישה ימים נוספים.
                [7] אני מצטערת שנאלצת לחכות שבוע נוסף.
                [8] אני מצטערת שנאלצת לחכות שמונה ימים נוספים.
                [9] אני מצטערת שנאלצת לחכות תשעה ימים נוספים.
                [10] אני מצטערת שנאלצת לחכות עשרה ימים נוספים.
               *[other] אני מצטערת שנאלצת לחכות { $days_late } ימים נוספים.
            }
        [masculine]
            { $days_late ->
                [one] אני מצטער שנאלצת לחכות יום נוסף.
                [two] אני מצטער שנאלצת לחכות יומיים נוספים.
                [3] אני מצטער שנאלצת לחכות שלושה ימים נוספים.
                [4] אני מצטער שנאלצת לחכות ארבעה ימים נוספים.
                [5] אני מצטער שנאלצת לחכות חמישה ימים נוספים.
                [6] אני מצטער שנאלצת לחכות שישה ימים נוספים.
                [7] אני מצטער שנאלצת לחכות שבוע נוסף.
                [8] אני מצטער שנאלצת לחכות שמונה ימים נוספים.
                [9] אני מצטער שנאלצת לחכות תשעה ימים נוספים.
                [10] אני מצטער שנאלצת לחכות עשרה ימים נוספים.
               *[other] אני מצטער שנאלצת לחכות { $days_late } ימים נוספים.
            }
       *[unknown]
            { $days_late ->
                [one] צר לי שנאלצת לחכות יום נוסף.
                [two] צר לי שנאלצת לחכות יומיים נוספים.
                [3] צר לי שנאלצת לחכות שלושה ימים נוספים.
                [4] צר לי שנאלצת לחכות ארבעה ימים נוספים.
                [5] צר לי שנאלצת לחכות חמישה ימים נוספים.
                [6] צר לי שנאלצת לחכות שישה ימים נוספים.
                [7] צר לי שנאלצת לחכות שבוע נוסף.
                [8] צר לי שנאלצת לחכות שמונה ימים נוספים.
                [9] צר לי שנאלצת לחכות תשעה ימים נוספים.
                [10] צר לי שנאלצת לחכות עשרה ימים נוספים.
               *[other] צר לי שנאלצת לחכות { $days_late } ימים נוספים.
            }
    }

## Step: own — take responsibility; the mistake is ours.
## Each message names what it owns (הטעות, העניין): in the restore-value
## playbook it follows the compensation, and "זה" would point at the refund.

# Company voice, formal.
own-full = הטעות הייתה שלנו, ואנו נוטלים עליה אחריות מלאה.

# Company voice, warm.
own-got-wrong = טעינו, ואין לנו שום תירוץ.

# Company voice.
# Variables:
#   $register (String) - formal or warm.
own-on-us =
    { $register ->
        [warm] האחריות לטעות הזו כולה שלנו.
       *[formal] האחריות לטעות היא כולה שלנו.
    }

# Personal voice (past and future first person, ungendered).
# Variables:
#   $register (String) - formal or warm.
own-mine =
    { $register ->
        [warm] לקחתי את העניין לאחריותי, ואלווה אותו עד הסוף.
       *[formal] לקחתי את העניין לאחריותי, ואלווה אותו עד סיומו.
    }

# Personal voice.
# Variables:
#   $register (String) - formal or warm.
own-mine-full =
    { $register ->
        [warm] מכאן והלאה, כל העניין עליי.
       *[formal] מעתה העניין באחריותי המלאה.
    }

## Step: empathize — recognize what the problem cost the customer.

# Either voice: what it cost the customer, with no "I" or "we".
# Variables:
#   $register (String) - formal or warm.
empathize-time =
    { $register ->
        [warm] זה עלה לך בזמן ובעצבים, וזה לא מגיע לך.
       *[formal] כל זה גרם לך טרחה ובזבוז זמן מיותרים.
    }

# Either voice.
# Variables:
#   $register (String) - formal or warm.
empathize-deal =
    { $register ->
        [warm] זה מתסכל, ובכלל לא היה צריך להגיע לזה.
       *[formal] מדובר במצב מתסכל, שלא היה צריך להגיע אליו כלל.
    }

# Company voice.
# Variables:
#   $register (String) - formal or warm.
empathize-frustrating =
    { $register ->
        [warm] אנחנו יודעים שזה גבה ממך סבלנות רבה.
       *[formal] אנו מבינים שכל זה גבה ממך סבלנות רבה.
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
        [feminine] אני מבינה עד כמה זה הטריח אותך.
        [masculine] אני מבין עד כמה זה הטריח אותך.
       *[unknown] ברור לי עד כמה זה הטריח אותך.
    }

## Step: explain — the root cause, briefly, never an excuse.

# Company voice: announces the cause, then gives it.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - formal or warm.
explain-found =
    { $register ->
        [warm] בדקנו ומצאנו את הסיבה: { $cause }
       *[formal] בדקנו לעומק ואיתרנו את הסיבה: { $cause }
    }

# Either voice: announces the cause, then gives it.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - formal or warm.
explain-happened =
    { $register ->
        [warm] הנה מה שקרה: { $cause }
       *[formal] כך קרה הדבר: { $cause }
    }

# Personal voice: announces the cause, then gives it (past tense, ungendered).
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - formal or warm.
explain-checked =
    { $register ->
        [warm] בדקתי בעצמי מה קרה: { $cause }
       *[formal] בדקתי את המקרה בעצמי: { $cause }
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
        [warm] וזה מה שכבר עשינו: { $fix }
       *[formal] כך טיפלנו בבעיה: { $fix }
    }

# Either voice: the fix on its own.
# Variables:
#   $fix (String) - What has already been done, whole sentences.
fix-fact = { $fix }

# Personal voice: announces the fix, then gives it (past tense, ungendered).
# Variables:
#   $fix (String) - What has already been done, whole sentences.
#   $register (String) - formal or warm.
fix-mine =
    { $register ->
        [warm] דאגתי לזה בעצמי: { $fix }
       *[formal] טיפלתי בבעיה בעצמי: { $fix }
    }

# Company voice, when the fix is not done yet: an update at every step forward, not "soon".
# Variables:
#   $register (String) - formal or warm.
fix-working =
    { $register ->
        [warm] אנחנו כבר מטפלים בזה, ונעדכן אותך על כל התקדמות עד שהעניין ייפתר.
       *[formal] אנו פועלים לפתרון הבעיה כבר עכשיו, ונעדכן אותך על כל התקדמות עד שתיפתר.
    }

# Company voice, when the fix is not done yet.
# Variables:
#   $register (String) - formal or warm.
fix-working-team =
    { $register ->
        [warm] זה כבר בטיפול אצלנו, ונדווח לך בכל יום עסקים עד שהכול יסתדר.
       *[formal] הנושא כבר בטיפול אצלנו, ונדווח לך בכל יום עסקים עד שהבעיה תיפתר.
    }

# Personal voice, when the fix is not done yet. "מטפל or מטפלת" is gendered;
# the unknown variant says "הטיפול עבר אליי" and uses the future "אעדכן".
# Variables:
#   $agent_gender (String) - feminine, masculine or unknown.
fix-working-mine =
    { $agent_gender ->
        [feminine] אני כבר מטפלת בזה בעצמי, ואעדכן אותך על כל התקדמות עד שהעניין ייפתר.
        [masculine] אני כבר מטפל בזה בעצמי, ואעדכן אותך על כל התקדמות עד שהעניין ייפתר.
       *[unknown] הטיפול בזה עבר אליי, ואעדכן אותך על כל התקדמות עד שהבעיה תיפתר.
    }

# Personal voice, when the fix is not done yet (past and future first person, ungendered).
# Variables:
#   $register (String) - formal or warm.
fix-working-mine-now =
    { $register ->
        [warm] כבר התחלתי לעבוד על זה, ואדווח לך בכל יום עסקים עד שהכול יסתדר.
       *[formal] כבר התחלתי לפעול לפתרון, ואדווח לך בכל יום עסקים עד שהבעיה תיפתר.
    }

## Step: prevent — what changes so that it does not happen again.

# Company voice: announces the change, then gives it.
# Variables:
#   $prevention (String) - What changes, whole sentences.
#   $register (String) - formal or warm.
prevent-changed =
    { $register ->
        [warm] שינינו גם את שיטת העבודה, כדי שזה לא יחזור: { $prevention }
       *[formal] שינינו גם את נוהלי העבודה, כדי שהדבר לא יישנה: { $prevention }
    }

# Either voice: announces the change, then gives it.
# Variables:
#   $prevention (String) - What changes, whole sentences.
#   $register (String) - formal or warm.
prevent-again =
    { $register ->
        [warm] וכדי שזה לא יחזור על עצמו: { $prevention }
       *[formal] כדי למנוע מקרים דומים בעתיד: { $prevention }
    }

# Personal voice: announces the change, then gives it (past tense, ungendered).
# Variables:
#   $prevention (String) - What changes, whole sentences.
#   $register (String) - formal or warm.
prevent-mine =
    { $register ->
        [warm] וידאתי גם שזה לא יחזור: { $prevention }
       *[formal] וידאתי גם שהדבר לא יישנה: { $prevention }
    }

# Either voice: the change on its own.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-fact = { $prevention }

## Step: restore — make it right with something the customer values.
## "כפיצוי" opens every one, so the customer reads at once what it is for.

# Company voice.
# Variables:
#   $compensation_amount (Number) - The refund, formatted as money, e.g. "15 ₪".
#   $register (String) - formal or warm.
restore-refund =
    { $register ->
        [warm] כפיצוי, החזרנו לך { $compensation_amount }.
       *[formal] כפיצוי, אנו מעבירים לך החזר כספי בסך { $compensation_amount }.
    }

# Company voice.
# Variables:
#   $compensation_amount (Number) - The credit, formatted as money.
#   $register (String) - formal or warm.
restore-credit =
    { $register ->
        [warm] כפיצוי, הוספנו לחשבון שלך זיכוי של { $compensation_amount }.
       *[formal] כפיצוי, הוספנו לחשבונך זיכוי בסך { $compensation_amount }.
    }

# Personal voice (past tense, ungendered).
# Variables:
#   $compensation_amount (Number) - The refund, formatted as money.
#   $register (String) - formal or warm.
restore-refund-mine =
    { $register ->
        [warm] כפיצוי, סידרתי לך החזר של { $compensation_amount }.
       *[formal] כפיצוי, אישרתי עבורך החזר כספי בסך { $compensation_amount }.
    }

# Personal voice (past tense, ungendered).
# Variables:
#   $compensation_amount (Number) - The credit, formatted as money.
#   $register (String) - formal or warm.
restore-credit-mine =
    { $register ->
        [warm] כפיצוי, הוספתי לחשבון שלך זיכוי של { $compensation_amount }.
       *[formal] כפיצוי, הוספתי לחשבונך זיכוי בסך { $compensation_amount }.
    }

# Either voice. "אליך" (to you, masculine) and "אלייך" (feminine) differ; the
# unknown variant says "to your account".
# Variables:
#   $compensation_amount (Number) - The refund, formatted as money.
#   $customer_gender (String) - feminine, masculine or unknown.
restore-refund-on-way =
    { $customer_gender ->
        [feminine] כפיצוי, החזר של { $compensation_amount } כבר בדרך אלייך.
        [masculine] כפיצוי, החזר של { $compensation_amount } כבר בדרך אליך.
       *[unknown] כפיצוי, החזר של { $compensation_amount } כבר בדרך לחשבון שלך.
    }

# Company voice. Warm: "על חשבוננו" (on us), never "עלינו", which the
# responsibility sentences use in another sense. The free-months messages say
# "חודש" or "חודש חינם", as Israelis do, not "חודש שירות": "שירות הלקוחות" is the
# phone greeting's word, and the letter would say it twice.
# Variables:
#   $free_months (Number) - Months of service offered free of charge, e.g. 2.
#   $register (String) - formal or warm.
restore-months =
    { $register ->
        [warm]
            { $free_months ->
                [one] כפיצוי, החודש הבא על חשבוננו.
                [two] כפיצוי, החודשיים הבאים על חשבוננו.
                [3] כפיצוי, שלושת החודשים הבאים על חשבוננו.
                [4] כפיצוי, ארבעת החודשים הבאים על חשבוננו.
                [5] כפיצוי, חמשת החודשים הבאים על חשבוננו.
                [6] כפיצוי, ששת החודשים הבאים על חשבוננו.
               *[other] כפיצוי, { $free_months } החודשים הבאים על חשבוננו.
            }
       *[formal]
            { $free_months ->
                [one] כפיצוי, אנו מעניקים לך חודש ללא תשלום.
                [two] כפיצוי, אנו מעניקים לך חודשיים ללא תשלום.
                [3] כפיצוי, אנו מעניקים לך שלושה חודשים ללא תשלום.
                [4] כפיצוי, אנו מעניקים לך ארבעה חודשים ללא תשלום.
                [5] כפיצוי, אנו מעניקים לך חמישה חודשים ללא תשלום.
                [6] כפיצוי, אנו מעניקים לך שישה חודשים ללא תשלום.
               *[other] כפיצוי, אנו מעניקים לך { $free_months } חודשים ללא תשלום.
            }
    }

# Personal voice (past tense, ungendered).
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - formal or warm.
restore-months-mine =
    { $register ->
        [warm]
            { $free_months ->
                [one] כפיצוי, הוספתי לחשבון שלך חודש חינם.
                [two] כפיצוי, הוספתי לחשבון שלך חודשיים חינם.
                [3] כפיצוי, הוספתי לחשבון שלך שלושה חודשים חינם.
                [4] כפיצוי, הוספתי לחשבון שלך ארבעה חודשים חינם.
                [5] כפיצוי, הוספתי לחשבון שלך חמישה חודשים חינם.
                [6] כפיצוי, הוספתי לחשבון שלך שישה חודשים חינם.
               *[other] כפיצוי, הוספתי לחשבון שלך { $free_months } חודשים חינם.
            }
       *[formal]
            { $free_months ->
                [one] כפיצוי, הוספתי לחשבונך חודש ללא תשלום.
                [two] כפיצוי, הוספתי לחשבונך חודשיים ללא תשלום.
                [3] כפיצוי, הוספתי לחשבונך שלושה חודשים ללא תשלום.
                [4] כפיצוי, הוספתי לחשבונך ארבעה חודשים ללא תשלום.
                [5] כפיצוי, הוספתי לחשבונך חמישה חודשים ללא תשלום.
                [6] כפיצוי, הוספתי לחשבונך שישה חודשים ללא תשלום.
               *[other] כפיצוי, הוספתי לחשבונך { $free_months } חודשים ללא תשלום.
            }
    }

# Either voice.
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
restore-months-free =
    { $free_months ->
        [one] כפיצוי, החודש הבא יהיה ללא תשלום.
        [two] כפיצוי, החודשיים הבאים יהיו ללא תשלום.
        [3] כפיצוי, שלושת החודשים הבאים יהיו ללא תשלום.
        [4] כפיצוי, ארבעת החודשים הבאים יהיו ללא תשלום.
        [5] כפיצוי, חמשת החודשים הבאים יהיו ללא תשלום.
        [6] כפיצוי, ששת החודשים הבאים יהיו ללא תשלום.
       *[other] כפיצוי, { $free_months } החודשים הבאים יהיו ללא תשלום.
    }

## Step: next-steps — when the customer hears from us next.
## The date follows "עד ה־" or "לא יאוחר מה־" ("by the 18th of December").

# Company voice.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - formal or warm.
next-steps-date =
    { $register ->
        [warm] נעדכן אותך שוב עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") }.
       *[formal] נמסור לך עדכון עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") }.
    }

# Company voice. "תשמע or תשמעי" (you will hear) is gendered; the unknown
# variant says "ניצור איתך קשר", the same for everyone.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $customer_gender (String) - feminine, masculine or unknown.
next-steps-date-update =
    { $customer_gender ->
        [feminine] תשמעי מאיתנו שוב לא יאוחר מה־{ DATE($follow_up_date, skeleton: "MMMMd") }.
        [masculine] תשמע מאיתנו שוב לא יאוחר מה־{ DATE($follow_up_date, skeleton: "MMMMd") }.
       *[unknown] ניצור איתך קשר שוב לא יאוחר מה־{ DATE($follow_up_date, skeleton: "MMMMd") }.
    }

# Personal voice. "אחזור אליך or אלייך" depends on the customer's gender; the
# unknown variant says "אעדכן אותך", spelled the same for both.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $customer_gender (String) - feminine, masculine or unknown.
next-steps-date-mine =
    { $customer_gender ->
        [feminine] אחזור אלייך עם עדכון עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") }.
        [masculine] אחזור אליך עם עדכון עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") }.
       *[unknown] אעדכן אותך שוב עד ה־{ DATE($follow_up_date, skeleton: "MMMMd") }.
    }

# Personal voice. "תשמע or תשמעי" is gendered; the unknown variant says "אצור איתך קשר".
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $customer_gender (String) - feminine, masculine or unknown.
next-steps-date-mine-call =
    { $customer_gender ->
        [feminine] תשמעי ממני שוב לא יאוחר מה־{ DATE($follow_up_date, skeleton: "MMMMd") }.
        [masculine] תשמע ממני שוב לא יאוחר מה־{ DATE($follow_up_date, skeleton: "MMMMd") }.
       *[unknown] אצור איתך קשר שוב לא יאוחר מה־{ DATE($follow_up_date, skeleton: "MMMMd") }.
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

# Company voice; email and chat. No "אם" (the hedge linter would read it as "sorry if").
# Variables:
#   $register (String) - formal or warm.
invite-reply =
    { $register ->
        [warm] יש לך שאלה? אפשר פשוט להשיב להודעה הזו.
       *[formal] לכל שאלה, ניתן להשיב להודעה זו ונשמח לעזור.
    }

# Personal voice; email and chat ("אשמח", future first person, is ungendered).
# Variables:
#   $register (String) - formal or warm.
invite-questions =
    { $register ->
        [warm] משהו עדיין לא ברור? אשמח לעבור איתך על הכול.
       *[formal] אשמח להשיב על כל שאלה ולהסביר כל פרט.
    }

# Either voice; email and chat: a direct line. "ליצור קשר" (get in touch) says
# neither "write" nor "call", since $contact may be an address or a number.
# Keep $contact at the end, with no full stop after it.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - formal or warm.
invite-reach =
    { $register ->
        [warm] יש עוד משהו לברר? אפשר ליצור קשר כאן: { $contact }
       *[formal] לכל שאלה נוספת, ניתן ליצור קשר כאן: { $contact }
    }

# Social media only: move a public thread off the public page, with no "I" or
# "we". "לפנות ישירות" fits every kind of contact (a handle, an address, a
# number), where "בפרטי" would mean a DM only. Keep $contact at the end.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - formal or warm.
invite-private =
    { $register ->
        [warm] להמשך טיפול, אפשר לפנות ישירות: { $contact }
       *[formal] להמשך הטיפול, ניתן לפנות ישירות: { $contact }
    }

# Social media, company voice: ask for a direct message. Warm: imperative by the
# customer's gender, "נשמח לקבל" when unknown; formal: "נבקש", the same for all.
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
       *[formal] נבקש לשלוח לנו הודעה פרטית, כדי שנוכל לבדוק את הנושא.
    }

# Social media, personal voice: ask for a direct message.
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
       *[formal] אבקש לשלוח לי הודעה פרטית, כדי שאוכל לבדוק את הנושא.
    }

# Phone script, either voice: a real question.
# Variables:
#   $register (String) - formal or warm.
invite-phone-questions =
    { $register ->
        [warm] יש לך שאלות על כל זה?
       *[formal] האם יש לך שאלות בנושא?
    }

# Phone script, company voice; only after something was done.
# Variables:
#   $register (String) - formal or warm.
invite-anything-else =
    { $register ->
        [warm] יש עוד משהו שנוכל לעזור בו?
       *[formal] האם נוכל לסייע לך במשהו אחר?
    }

# Phone script, personal voice; only after something was done.
# Variables:
#   $register (String) - formal or warm.
invite-anything-else-mine =
    { $register ->
        [warm] יש עוד משהו שאוכל לעזור בו?
       *[formal] האם אוכל לסייע לך במשהו אחר?
    }

## Step: thank — for telling us. Always "תודה", so a letter never thanks twice
## in two different words.

# Company voice. "סיפרת" / "הבאת" (second-person past) are the same for both genders.
# Variables:
#   $register (String) - formal or warm.
thank-telling =
    { $register ->
        [warm] תודה שסיפרת לנו על זה.
       *[formal] תודה שהבאת זאת לידיעתנו.
    }

# Company voice.
# Variables:
#   $register (String) - formal or warm.
thank-chance =
    { $register ->
        [warm] תודה שנתת לנו הזדמנות לסדר את זה.
       *[formal] תודה שאפשרת לנו לתקן את המצב.
    }

# Company voice, formal; email and phone.
thank-time = תודה שמצאת את הזמן לפנות אלינו.

# Company voice; chat.
thank-short = תודה שפנית אלינו.

# Either voice.
# Variables:
#   $register (String) - formal or warm.
thank-patience =
    { $register ->
        [warm] תודה על הסבלנות.
       *[formal] תודה על סבלנותך.
    }

# Personal voice.
# Variables:
#   $register (String) - formal or warm.
thank-mine =
    { $register ->
        [warm] תודה שנתת לי הזדמנות לסדר את זה.
       *[formal] תודה שאפשרת לי לתקן את המצב.
    }

# Personal voice.
# Variables:
#   $register (String) - formal or warm.
thank-mine-telling =
    { $register ->
        [warm] תודה שסיפרת לי על זה.
       *[formal] תודה שהבאת זאת לידיעתי.
    }

## Step: close — optimism about the relationship.

# Company voice.
# Variables:
#   $register (String) - formal or warm.
close-trust =
    { $register ->
        [warm] חשוב לנו לזכות מחדש באמון שלך.
       *[formal] חשוב לנו לזכות מחדש באמונך.
    }

# Company voice, warm.
close-next-time = בפעם הבאה נדאג שהכול יעבוד כמו שצריך.

# Company voice, formal letter.
close-relationship = נמשיך לפעול כדי להיות ראויים לאמונך.

# Personal voice (future first person, ungendered).
# Variables:
#   $register (String) - formal or warm.
close-mine =
    { $register ->
        [warm] אשמח להזדמנות לתת לך שירות כמו שמגיע לך.
       *[formal] אשמח להזדמנות לשרת אותך כראוי בפעם הבאה.
    }

# Personal voice.
# Variables:
#   $register (String) - formal or warm.
close-mine-trust =
    { $register ->
        [warm] חשוב לי לזכות מחדש באמון שלך.
       *[formal] חשוב לי לזכות מחדש באמונך.
    }

## Step: sign-off — the closing formula and who is writing.

# Email, with the agent's name and the company.
# Variables:
#   $agent_name (String) - The agent's first name.
#   $company (String) - The company's name.
sign-off-regards =
    בברכה,
    { $agent_name }
    { $company }

# Email, with the agent's name.
# Variables:
#   $agent_name (String) - The agent's first name.
sign-off-regards-name =
    בברכה,
    { $agent_name }

# Warm register; email and chat.
# Variables:
#   $agent_name (String) - The agent's first name.
sign-off-warm =
    כל טוב,
    { $agent_name }

# Company voice only; email, when we know no names.
sign-off-team =
    בברכה,
    צוות שירות הלקוחות

# Company voice only; email, chat, social: the team of the named company.
# Variables:
#   $company (String) - The company's name.
sign-off-team-company = — צוות { $company }

# Chat and social media signature.
# Variables:
#   $agent_name (String) - The agent's first name.
sign-off-initials = — { $agent_name }

# Phone script ("thank you for the time you gave this call").
sign-off-phone = תודה על הזמן שהקדשת לשיחה. להתראות.

# Phone script, when the call has already thanked.
sign-off-phone-bye = כל טוב, ולהתראות.

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

# Stands for $compensation_amount after בסך / של in the refund sentence ("amount and currency").
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
