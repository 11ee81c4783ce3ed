### phrasebank locale: Hebrew (he, Israel), modern standard spelling (כתיב מלא), no niqqud.
###
### Address: Hebrew has no formal "you". The register is carried by vocabulary:
### formal uses אנו, נבקש, לרשותך and similar wording and fuller constructions
### (פנייתך, עניינך); warm uses אנחנו and everyday words (ההודעה שלך, היי).
### Messages the catalog tags for both registers select on $register only where
### the wording differs; the default is *[formal].
###
### Gender: the customer is addressed in gendered forms (imperatives, future
### verbs, present participles, אליך or אלייך) only inside $customer_gender selects;
### the agent speaks in gendered present-tense forms (מצטער or מצטערת, מטפל or מטפלת)
### only inside $agent_gender selects. The *[unknown] branches avoid every
### gendered form without slashes: past or future first person (בדקתי, אעדכן),
### second-person past (קיבלת, צדקת), "we" constructions, infinitives and nouns.
### Pronoun suffixes spelled the same for both genders (לך, שלך, אותך, איתך,
### ממך, במקומך, לרשותך) are used freely.
###
### Dates: DATETIME with dateStyle "long" prints "24 בנובמבר 2026"; it always
### follows "עד ה־", as an Israeli writer would say the date.
### Money arrives formatted by babel ("15.00 ₪", with RLM marks) and follows "בסך" or "של".
### Counts use the CLDR plural categories one/two/other (יום / יומיים / 3 ימים).
### No hedge word of the linter's list appears anywhere in this file, not even in
### an innocent sense (so no yes/no questions with the interrogative particle).

## Step: greeting — open the message, by name when we have it.

# Formal letter opening: the name, then "שלום רב". Email, formal register.
# Variables:
#   $customer_name (String) - The customer's name as they write it, e.g. "דנה לוי".
greeting-dear = { $customer_name }, שלום רב,

# Neutral opening with the name. Email, chat, social.
# Variables:
#   $customer_name (String) - The customer's name as they write it.
greeting-hello-name = שלום { $customer_name },

# Friendly opening with the name ("היי"). Warm register; email, chat, social.
# Variables:
#   $customer_name (String) - The customer's name as they write it.
greeting-hi-name = היי { $customer_name },

# Opening when we do not know the name. Email, chat, social.
greeting-hello = שלום,

# Phone script: the agent introduces themselves ("this is Noa from the X team");
# "כאן" avoids a gendered "מדבר or מדברת", and the company name stays uninflected.
# Variables:
#   $agent_name (String) - The agent's name.
#   $company (String) - The company's name.
greeting-phone = שלום, כאן { $agent_name } מצוות { $company }.

# Phone script: the agent greets the customer by name and introduces themselves.
# Variables:
#   $customer_name (String) - The customer's name as they write it.
#   $agent_name (String) - The agent's name.
#   $company (String) - The company's name.
greeting-phone-name = שלום { $customer_name }, כאן { $agent_name } מצוות { $company }.

# Phone script, when we know no names ("thank you for making time for the call";
# second-person past, the same for both genders).
greeting-phone-plain = שלום, ותודה שפינית לי זמן לשיחה.

## Step: acknowledge — show that we listened; restate what went wrong.

# Company voice. The fact comes first, then our judgement of it.
# Variables:
#   $issue (String) - What went wrong, one whole sentence, e.g. "ההזמנה שלך הגיעה באיחור של שלושה ימים."
#   $register (String) - formal or warm.
acknowledge-not-acceptable =
    { $register ->
        [warm] { $issue } זה לא השירות שמגיע לך מאיתנו.
       *[formal] { $issue } זו אינה רמת השירות שמגיעה לך מאיתנו.
    }

# Personal voice ("I"). Email and chat. Past tense: no gendered forms.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - formal or warm.
acknowledge-read =
    { $register ->
        [warm] קראתי בעיון את ההודעה שלך. { $issue } צדקת שפנית אלינו.
       *[formal] קראתי בעיון את פנייתך. { $issue } צדקת שהעלית את הנושא בפנינו.
    }

# Short form for chat and social media.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-short = { $issue } זה לא היה אמור לקרות.

# Phone script: the agent sums up the problem to check they understood
# (future first person, ungendered).
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-phone = אסכם כדי לוודא שהבנתי אותך נכון. { $issue }

## Step: apologize — say sorry plainly: no condition, no "but".

# Company voice, formal. Email, chat, phone.
apologize-sincere = אנו מתנצלים מעומק הלב.

# Company voice, warm.
apologize-truly = אנחנו באמת מצטערים.

# Personal voice: the agent apologizes in their own name. The present tense
# (מצטער or מצטערת) is gendered; the unknown variant uses "חשוב לי להתנצל".
# Variables:
#   $agent_gender (String) - feminine, masculine or unknown.
apologize-personal =
    { $agent_gender ->
        [feminine] אני מצטערת על מה שקרה, ומתנצלת באופן אישי.
        [masculine] אני מצטער על מה שקרה, ומתנצל באופן אישי.
       *[unknown] חשוב לי להתנצל באופן אישי על מה שקרה.
    }

# Company voice, short: social media and chat.
# Variables:
#   $register (String) - formal or warm.
apologize-brief =
    { $register ->
        [warm] אנחנו מתנצלים.
       *[formal] אנו מתנצלים.
    }

# The apology names the wait. "נאלצת" (second-person past) is the same for both genders.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - formal or warm.
apologize-wait =
    { $register ->
        [warm]
            { $days_late ->
                [one] אנחנו מצטערים שנאלצת לחכות יום נוסף.
                [two] אנחנו מצטערים שנאלצת לחכות יומיים נוספים.
               *[other] אנחנו מצטערים שנאלצת לחכות { $days_late } ימים נוספים.
            }
       *[formal]
            { $days_late ->
                [one] אנו מצטערים על כך שנאלצת להמתין יום נוסף.
                [two] אנו מצטערים על כך שנאלצת להמתין יומיים נוספים.
               *[other] אנו מצטערים על כך שנאלצת להמתין { $days_late } ימים נוספים.
            }
    }

## Step: own — take responsibility; the mistake is ours.

# Company voice, formal.
own-full = הטעות הייתה שלנו, ואנו נוטלים עליה אחריות מלאה.

# Company voice, warm.
own-got-wrong = טעינו, ועלינו לתקן את זה.

# Personal voice ("I will not roll it onto anyone else": future, ungendered;
# the idiom is "לגלגל את האחריות על").
own-mine = האחריות כאן היא שלי, ולא אגלגל אותה על מישהו אחר.

# Company voice: no finger-pointing at suppliers or partners. Email, phone, chat.
# Variables:
#   $register (String) - formal or warm.
own-no-blame =
    { $register ->
        [warm] האחריות כולה שלנו – לא של השותפים שלנו, ובטח שלא שלך.
       *[formal] האחריות כולה שלנו – לא של שותפינו, ובוודאי שלא שלך.
    }

## Step: empathize — recognize what the problem cost the customer.

# Personal voice. "אני מבין or מבינה" is gendered; the unknown variant says "ברור לי".
# Variables:
#   $agent_gender (String) - feminine, masculine or unknown.
empathize-understand =
    { $agent_gender ->
        [feminine] אני מבינה כמה זה היה מתסכל בשבילך.
        [masculine] אני מבין כמה זה היה מתסכל בשבילך.
       *[unknown] ברור לי כמה זה היה מתסכל בשבילך.
    }

# Company voice.
# Variables:
#   $register (String) - formal or warm.
empathize-time =
    { $register ->
        [warm] הזמן שלך חשוב לנו, והעניין הזה לקח ממך הרבה יותר זמן ממה שהיה צריך.
       *[formal] זמנך יקר לנו, ועניין זה גזל ממך זמן רב בהרבה מן הראוי.
    }

# Personal voice, warm. "מאוכזב or מאוכזבת" is gendered; the unknown variant
# says "it would disappoint me too".
# Variables:
#   $agent_gender (String) - feminine, masculine or unknown.
empathize-place =
    { $agent_gender ->
        [feminine] גם אני הייתי מאוכזבת במקומך.
        [masculine] גם אני הייתי מאוכזב במקומך.
       *[unknown] במקומך, גם אותי זה היה מאכזב.
    }

# Company voice; chat, social media, phone.
# Variables:
#   $register (String) - formal or warm.
empathize-frustrating =
    { $register ->
        [warm] אנחנו יודעים כמה זה מתסכל.
       *[formal] אנו מבינים עד כמה הדבר מתסכל.
    }

## Step: explain — the root cause, briefly, never an excuse.

# Company voice.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - formal or warm.
explain-found =
    { $register ->
        [warm] בדקנו את העניין ומצאנו מה גרם לזה. { $cause }
       *[formal] בדקנו את העניין ואיתרנו את הסיבה. { $cause }
    }

# Either voice: an impersonal lead-in.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - formal or warm.
explain-happened =
    { $register ->
        [warm] הנה מה שקרה. { $cause }
       *[formal] להלן פירוט הדברים. { $cause }
    }

# Personal voice (past tense, ungendered).
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - formal or warm.
explain-checked =
    { $register ->
        [warm] בדקתי בעצמי כל שלב בטיפול בעניין שלך. { $cause }
       *[formal] בדקתי אישית כל שלב בטיפול בעניינך. { $cause }
    }

# Company voice, formal; email.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-root = בבדיקה שערכנו איתרנו את שורש הבעיה. { $cause }

## Step: fix — what we are doing to put it right.

# Company voice.
# Variables:
#   $fix (String) - What has been or is being done, whole sentences.
#   $register (String) - formal or warm.
fix-done =
    { $register ->
        [warm] זה מה שאנחנו עושים כדי לתקן את המצב. { $fix }
       *[formal] אלה הצעדים שאנו נוקטים לתיקון המצב. { $fix }
    }

# Personal voice (past tense, ungendered).
# Variables:
#   $fix (String) - What has been or is being done, whole sentences.
#   $register (String) - formal or warm.
fix-mine =
    { $register ->
        [warm] זה מה שעשיתי כדי לתקן את המצב. { $fix }
       *[formal] אלה הצעדים שנקטתי לתיקון המצב. { $fix }
    }

# Company voice, when the fix is not known yet.
# Variables:
#   $register (String) - formal or warm.
fix-working =
    { $register ->
        [warm] אנחנו כבר עובדים על פתרון, ונעדכן אותך בכל שלב בדרך.
       *[formal] אנו פועלים לפתרון הבעיה ברגעים אלה, ונעדכן אותך בכל שלב.
    }

# Personal voice, when the fix is not known yet. "אני מטפל or מטפלת" is gendered;
# the unknown variant uses the past "לקחתי על עצמי" and the future "אמשיך".
# Variables:
#   $agent_gender (String) - feminine, masculine or unknown.
fix-working-mine =
    { $agent_gender ->
        [feminine] אני מטפלת בזה בעצמי כבר עכשיו, ואמשיך לעדכן אותך עד שהעניין ייפתר.
        [masculine] אני מטפל בזה בעצמי כבר עכשיו, ואמשיך לעדכן אותך עד שהעניין ייפתר.
       *[unknown] לקחתי על עצמי את הטיפול בעניין, ואמשיך לעדכן אותך עד שייפתר.
    }

## Step: prevent — what changes so that it does not happen again.

# Company voice.
# Variables:
#   $prevention (String) - What changes, whole sentences.
#   $register (String) - formal or warm.
prevent-changed =
    { $register ->
        [warm] שינינו גם את הדרך שבה אנחנו עובדים, כדי שזה לא יקרה שוב. { $prevention }
       *[formal] בנוסף, שינינו את נוהלי העבודה שלנו כדי שהדבר לא יחזור על עצמו. { $prevention }
    }

# Either voice.
# Variables:
#   $prevention (String) - What changes, whole sentences.
#   $register (String) - formal or warm.
prevent-again =
    { $register ->
        [warm] כדי שזה לא יקרה שוב, אנחנו משנים את דרך העבודה שלנו. { $prevention }
       *[formal] כדי למנוע מקרים דומים בעתיד, אנו מכניסים שינוי בדרך העבודה שלנו. { $prevention }
    }

# Personal voice (past tense, ungendered).
# Variables:
#   $prevention (String) - What changes, whole sentences.
#   $register (String) - formal or warm.
prevent-mine =
    { $register ->
        [warm] דאגתי גם שזה לא יקרה לך שוב. { $prevention }
       *[formal] וידאתי גם שהדבר לא יחזור על עצמו. { $prevention }
    }

## Step: restore — make it right with something the customer values.

# Company voice.
# Variables:
#   $compensation_amount (Number) - The refund, already formatted as money in the customer's currency.
#   $register (String) - formal or warm.
restore-refund =
    { $register ->
        [warm] כפיצוי, אנחנו מחזירים לך { $compensation_amount }.
       *[formal] כפיצוי, אנו מעבירים לך החזר כספי בסך { $compensation_amount }.
    }

# Company voice, warm ("כאות התנצלות", "as a token of apology").
# Variables:
#   $compensation_amount (Number) - The credit, already formatted as money.
restore-credit = כאות התנצלות, הוספנו לחשבון שלך זיכוי של { $compensation_amount }.

# Personal voice (past tense, ungendered).
# Variables:
#   $compensation_amount (Number) - The refund, already formatted as money.
#   $register (String) - formal or warm.
restore-refund-mine =
    { $register ->
        [warm] סידרתי לך החזר כספי של { $compensation_amount }.
       *[formal] אישרתי עבורך החזר כספי בסך { $compensation_amount }.
    }

# Company voice.
# Variables:
#   $free_months (Number) - Months of service offered free of charge, e.g. 2.
#   $register (String) - formal or warm.
restore-months =
    { $register ->
        [warm]
            { $free_months ->
                [one] כפיצוי, חודש השירות הבא עלינו.
                [two] כפיצוי, חודשיים של שירות עלינו.
               *[other] כפיצוי, { $free_months } חודשי שירות עלינו.
            }
       *[formal]
            { $free_months ->
                [one] כפיצוי, אנו מעניקים לך חודש שירות ללא תשלום.
                [two] כפיצוי, אנו מעניקים לך חודשיים של שירות ללא תשלום.
               *[other] כפיצוי, אנו מעניקים לך { $free_months } חודשי שירות ללא תשלום.
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
                [one] הוספתי לחשבון שלך חודש שירות אחד חינם.
                [two] הוספתי לחשבון שלך חודשיים של שירות חינם.
               *[other] הוספתי לחשבון שלך { $free_months } חודשי שירות חינם.
            }
       *[formal]
            { $free_months ->
                [one] הוספתי לחשבונך חודש שירות אחד ללא תשלום.
                [two] הוספתי לחשבונך חודשיים של שירות ללא תשלום.
               *[other] הוספתי לחשבונך { $free_months } חודשי שירות ללא תשלום.
            }
    }

## Step: next-steps — when and how the customer hears from us next.

# Company voice. The date follows "עד ה־" ("by the 24th of ...").
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - formal or warm.
next-steps-date =
    { $register ->
        [warm] נכתוב לך שוב עם עדכון עד ה־{ DATETIME($follow_up_date, dateStyle: "long") }.
       *[formal] נעביר לך עדכון בכתב עד ה־{ DATETIME($follow_up_date, dateStyle: "long") }.
    }

# Personal voice. "אחזור אליך or אלייך" depends on the customer's gender; the
# unknown variant says "אעדכן אותך", spelled the same for both.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $customer_gender (String) - feminine, masculine or unknown.
next-steps-date-mine =
    { $customer_gender ->
        [feminine] אחזור אלייך באופן אישי עד ה־{ DATETIME($follow_up_date, dateStyle: "long") }.
        [masculine] אחזור אליך באופן אישי עד ה־{ DATETIME($follow_up_date, dateStyle: "long") }.
       *[unknown] אעדכן אותך באופן אישי עד ה־{ DATETIME($follow_up_date, dateStyle: "long") }.
    }

# Company voice, no date yet.
# Variables:
#   $register (String) - formal or warm.
next-steps-when-fixed =
    { $register ->
        [warm] נעדכן אותך ברגע שהכול יסתדר.
       *[formal] נעדכן אותך מיד עם השלמת התיקון.
    }

# Personal voice, no date yet (future first person, ungendered).
next-steps-when-fixed-mine = אצור איתך קשר בעצמי ברגע שהעניין ייפתר.

## Step: invite — invite questions, or move to a private channel.

# Company voice; email and chat. Impersonal "אפשר or ניתן להשיב" instead of a
# gendered imperative.
# Variables:
#   $register (String) - formal or warm.
invite-reply =
    { $register ->
        [warm] יש לך שאלה? אפשר להשיב להודעה הזו בכל זמן, ונענה לך.
       *[formal] בכל שאלה ניתן להשיב להודעה זו, ונשמח לענות.
    }

# Move the conversation to a private channel. Keep $contact at the end, after the colon.
# Warm: imperative by the customer's gender, impersonal "אפשר לכתוב" when unknown.
# Formal: "נבקש לפנות אלינו", the same for every customer.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - formal or warm.
#   $customer_gender (String) - feminine, masculine or unknown.
invite-private =
    { $register ->
        [warm]
            { $customer_gender ->
                [feminine] כתבי לנו בפרטי, ונסדר את זה ישירות איתך: { $contact }.
                [masculine] כתוב לנו בפרטי, ונסדר את זה ישירות איתך: { $contact }.
               *[unknown] אפשר לכתוב לנו בפרטי, ונסדר את זה ישירות איתך: { $contact }.
            }
       *[formal] נבקש לפנות אלינו באופן פרטי, ונטפל בעניין ישירות עמך: { $contact }.
    }

# Personal voice: let the customer ask. "אשמח" (future first person) is ungendered.
# Variables:
#   $register (String) - formal or warm.
invite-questions =
    { $register ->
        [warm] יש לך שאלות? אשמח לעבור איתך על הכול לפרטי פרטים.
       *[formal] אשמח לענות על כל שאלה ולהסביר כל פרט לעומק.
    }

# Social media: ask for a direct message ("הודעה פרטית").
# Warm: imperative by the customer's gender, impersonal when unknown.
# Variables:
#   $register (String) - formal or warm.
#   $customer_gender (String) - feminine, masculine or unknown.
invite-direct-message =
    { $register ->
        [warm]
            { $customer_gender ->
                [feminine] שלחי לנו הודעה פרטית, ונבדוק את החשבון שלך.
                [masculine] שלח לנו הודעה פרטית, ונבדוק את החשבון שלך.
               *[unknown] אפשר לשלוח לנו הודעה פרטית, ונבדוק את החשבון שלך.
            }
       *[formal] נבקש לשלוח לנו הודעה פרטית, כדי שנוכל לבדוק את חשבונך.
    }

# Phone script, company voice.
# Variables:
#   $register (String) - formal or warm.
invite-anything-else =
    { $register ->
        [warm] במה עוד נוכל לעזור לך היום?
       *[formal] במה עוד נוכל לסייע לך היום?
    }

## Step: thank — for telling us, and for the patience.

# Company voice. "סיפרת" / "הבאת" (second-person past) are the same for both genders.
# Variables:
#   $register (String) - formal or warm.
thank-telling =
    { $register ->
        [warm] תודה שסיפרת לנו על זה – זה עוזר לנו להשתפר.
       *[formal] תודה שהבאת זאת לידיעתנו; משוב כזה מסייע לנו להשתפר.
    }

# Either voice.
# Variables:
#   $register (String) - formal or warm.
thank-patience =
    { $register ->
        [warm] תודה על הסבלנות בזמן שאנחנו מתקנים את זה.
       *[formal] תודה על סבלנותך בזמן שאנו פועלים לתיקון המצב.
    }

# Formal; email and phone.
thank-trust = תודה על האמון שנתת בנו, ועל שהבאת את הדבר לידיעתנו.

# Short: chat and social media.
thank-short = תודה שעדכנת אותנו.

# Personal voice.
# Variables:
#   $register (String) - formal or warm.
thank-mine =
    { $register ->
        [warm] תודה שנתת לי הזדמנות לתקן את זה.
       *[formal] תודה שאפשרת לי לתקן את המצב.
    }

## Step: close — optimism about the relationship.

# Company voice. "לקוח or לקוחה חשוב or חשובה" agrees with the customer's gender;
# the unknown variant speaks of "the relationship with you" instead.
# Variables:
#   $register (String) - formal or warm.
#   $customer_gender (String) - feminine, masculine or unknown.
close-trust =
    { $register ->
        [warm]
            { $customer_gender ->
                [feminine] את לקוחה חשובה לנו, ואנחנו רוצים לזכות מחדש באמון שלך.
                [masculine] אתה לקוח חשוב לנו, ואנחנו רוצים לזכות מחדש באמון שלך.
               *[unknown] הקשר איתך חשוב לנו, ואנחנו רוצים לזכות מחדש באמון שלך.
            }
       *[formal]
            { $customer_gender ->
                [feminine] את לקוחה חשובה לנו, ואנו מבקשים לזכות מחדש באמונך.
                [masculine] אתה לקוח חשוב לנו, ואנו מבקשים לזכות מחדש באמונך.
               *[unknown] הקשר עמך חשוב לנו, ואנו מבקשים לזכות מחדש באמונך.
            }
    }

# Company voice, warm ("we would welcome the chance to get it right next time").
close-next-time = נשמח להזדמנות לעשות את זה כמו שצריך בפעם הבאה.

# Personal voice (future first person, ungendered).
# Variables:
#   $register (String) - formal or warm.
close-mine =
    { $register ->
        [warm] אשמח לעזור לך גם בפעם הבאה.
       *[formal] אשמח לעמוד לשירותך גם בעתיד.
    }

# Company voice, formal letter.
close-relationship = אנו מחויבים לקשר עמך, ונמשיך לפעול כדי להיות ראויים לאמונך.

## Step: sign-off — the closing formula and who is writing.

# Email, with the agent's name and the company.
# Variables:
#   $agent_name (String) - The agent's name.
#   $company (String) - The company's name.
sign-off-regards =
    בברכה,
    { $agent_name }
    { $company }

# Email, with the agent's name.
# Variables:
#   $agent_name (String) - The agent's name.
sign-off-regards-name =
    בברכה,
    { $agent_name }

# Warm register; email and chat.
# Variables:
#   $agent_name (String) - The agent's name.
sign-off-warm =
    כל טוב,
    { $agent_name }

# Email, when we know no names.
sign-off-team =
    בברכה,
    צוות שירות הלקוחות

# Chat and social media signature.
# Variables:
#   $agent_name (String) - The agent's name.
sign-off-initials = — { $agent_name }

# Phone script ("thank you for the time you gave this call").
sign-off-phone = תודה על הזמן שהקדשת לשיחה. להתראות.

# Phone script, with the agent's name. "אפשר לפנות אליי" avoids a gendered
# "whenever you need (תצטרך or תצטרכי)".
# Variables:
#   $agent_name (String) - The agent's name.
sign-off-phone-name = תודה על הזמן שהקדשת לשיחה. שמי { $agent_name }, ואפשר לפנות אליי בכל עת. להתראות.

## Blanks — labels a helpdesk macro shows where the agent must write the facts.
## A macro (Zendesk, Freshdesk, Help Scout, Intercom, Gorgias, Front, CSV) is written
## before the incident happens, so it cannot know what went wrong. `phrasebank macros`
## puts these labels where the facts go; the agent replaces each one before sending.
## Write them the way a support lead labels a template: short, unmistakably unfinished,
## in square brackets, no full stop, no variables.

# The customer's name ("the customer's name"), where the helpdesk has no name on file.
blank-customer-name = [שם הלקוח]

# The agent's own name ("your name"), for the sign-off.
blank-agent-name = [השם שלך]

# Stands for $issue ("what went wrong").
blank-issue = [מה השתבש]

# Stands for $cause ("why it happened").
blank-cause = [למה זה קרה]

# Stands for $fix ("what we did to fix it").
blank-fix = [מה עשינו כדי לתקן]

# Stands for $prevention ("what we will change so that it does not come back").
blank-prevention = [מה נשנה כדי שזה לא יחזור]

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
