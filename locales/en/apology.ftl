### phrasebank reference locale: American English.
### Every other locale translates these message ids; phrasebank/catalog.yaml says
### which step, register (formal/warm), channel (email/chat/social/phone) and
### voice (company "we" / personal "I") each message serves.
###
### Facts the agent types ($issue, $cause, $fix, $prevention) are whole sentences
### in the reply's language: keep them at a sentence boundary, never inside a
### sentence. Grammar selectors any locale may use: $register (formal, warm),
### $customer_gender and $agent_gender (feminine, masculine, unknown).

## Step: greeting — open the message, by name when we have it.

# Formal letter opening. Email, formal register.
# Variables:
#   $customer_name (String) - The customer's name as they write it, e.g. "Dana Levi".
greeting-dear = Dear { $customer_name },

# Neutral opening with the name. Email, chat, social.
# Variables:
#   $customer_name (String) - The customer's name as they write it.
greeting-hello-name = Hello { $customer_name },

# Friendly opening with the name. Warm register; email, chat, social.
# Variables:
#   $customer_name (String) - The customer's name as they write it.
greeting-hi-name = Hi { $customer_name },

# Opening when we do not know the name. Email, chat, social.
greeting-hello = Hello,

# Phone script: the agent introduces themselves.
# Variables:
#   $agent_name (String) - The agent's name.
#   $company (String) - The company's name.
greeting-phone = Hello, this is { $agent_name } from { $company }.

# Phone script: the agent greets the customer by name and introduces themselves.
# Variables:
#   $customer_name (String) - The customer's name as they write it.
#   $agent_name (String) - The agent's name.
#   $company (String) - The company's name.
greeting-phone-name = Hello { $customer_name }, this is { $agent_name } from { $company }.

# Phone script, when we know no names.
greeting-phone-plain = Hello, and thank you for taking my call.

## Step: acknowledge — show that we listened; restate what went wrong.

# Company voice. The fact comes first, then our judgement of it.
# Variables:
#   $issue (String) - What went wrong, one whole sentence, e.g. "Your order arrived three days late."
acknowledge-not-acceptable = { $issue } That is not the service you should get from us.

# Personal voice ("I"). Email and chat.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-read = I have read your message carefully. { $issue } You were right to raise it with us.

# Short form for chat and social media.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-short = { $issue } That should not have happened.

# Phone script: the agent repeats the problem back to check they understood.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-phone = Let me make sure I have understood you. { $issue }

## Step: apologize — say sorry plainly: no condition, no "but".

# Company voice, formal. Email, chat, phone.
apologize-sincere = We sincerely apologize.

# Company voice, warm.
apologize-truly = We are truly sorry.

# Personal voice: the agent apologizes in their own name.
apologize-personal = I am sorry, and I apologize to you personally.

# Company voice, short: social media and chat.
apologize-brief = We apologize.

# The apology names the wait.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
apologize-wait =
    { $days_late ->
        [one] We are sorry that you had to wait an extra day.
       *[other] We are sorry that you had to wait { $days_late } extra days.
    }

## Step: own — take responsibility; the mistake is ours.

# Company voice, formal.
own-full = This was our mistake, and we take full responsibility for it.

# Company voice, warm.
own-got-wrong = We got this wrong, and it is up to us to put it right.

# Personal voice.
own-mine = This is my responsibility, and I am not passing it on to anyone else.

# Company voice: no finger-pointing at suppliers or partners. Email, phone, chat.
own-no-blame = The responsibility is ours alone, not our partners’ and certainly not yours.

## Step: empathize — recognize what the problem cost the customer.

# Personal voice.
empathize-understand = I understand how frustrating this has been for you.

# Company voice.
empathize-time = Your time matters, and this cost you far more of it than it should have.

# Personal voice, warm.
empathize-place = In your place, I would be disappointed too.

# Company voice; chat, social media, phone.
empathize-frustrating = We know how frustrating this is.

## Step: explain — the root cause, briefly, never an excuse.

# Company voice.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-found = We have looked into it and found the cause. { $cause }

# Either voice.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-happened = Here is what happened. { $cause }

# Personal voice.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-checked = I checked every step of your case myself. { $cause }

# Company voice, formal; email.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
explain-root = Our investigation has identified the root cause. { $cause }

## Step: fix — what we are doing to put it right.

# Company voice.
# Variables:
#   $fix (String) - What has been or is being done, whole sentences.
fix-done = Here is how we are putting it right. { $fix }

# Personal voice.
# Variables:
#   $fix (String) - What has been or is being done, whole sentences.
fix-mine = Here is what I have done to fix it. { $fix }

# Company voice, when the fix is not known yet.
fix-working = We are working on a fix right now and will keep you updated at every step.

# Personal voice, when the fix is not known yet.
fix-working-mine = I am handling this myself right now and will keep you updated until it is resolved.

## Step: prevent — what changes so that it does not happen again.

# Company voice.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-changed = We have also changed how we work so that this does not happen again. { $prevention }

# Either voice.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-again = To keep this from happening again, we are making a change. { $prevention }

# Personal voice.
# Variables:
#   $prevention (String) - What changes, whole sentences.
prevent-mine = I have also made sure this will not happen to you again. { $prevention }

## Step: restore — make it right with something the customer values.

# Company voice.
# Variables:
#   $compensation_amount (Number) - The refund, already formatted as money in the customer's currency.
restore-refund = To make up for this, we are refunding { $compensation_amount } to you.

# Company voice, warm.
# Variables:
#   $compensation_amount (Number) - The credit, already formatted as money.
restore-credit = We have added a credit of { $compensation_amount } to your account as an apology.

# Personal voice.
# Variables:
#   $compensation_amount (Number) - The refund, already formatted as money.
restore-refund-mine = I have arranged a refund of { $compensation_amount } for you.

# Company voice.
# Variables:
#   $free_months (Number) - Months of service offered free of charge, e.g. 2.
restore-months =
    { $free_months ->
        [one] To make up for this, your next month of service is on us.
       *[other] To make up for this, your next { $free_months } months of service are on us.
    }

# Personal voice.
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
restore-months-mine =
    { $free_months ->
        [one] I have added one free month of service to your account.
       *[other] I have added { $free_months } free months of service to your account.
    }

## Step: next-steps — when and how the customer hears from us next.

# Company voice.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
next-steps-date = We will send you an update by { DATETIME($follow_up_date, dateStyle: "long") }.

# Personal voice.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
next-steps-date-mine = I will get back to you personally by { DATETIME($follow_up_date, dateStyle: "long") }.

# Company voice, no date yet.
next-steps-when-fixed = We will write to you again the moment the fix is in place.

# Personal voice, no date yet.
next-steps-when-fixed-mine = I will contact you myself the moment this is resolved.

## Step: invite — invite questions, or move to a private channel.

# Company voice; email and chat.
invite-reply = Reply to this message whenever you have a question, and we will answer it.

# Move the conversation to a private channel. Keep $contact at the end, followed only by the full stop.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
invite-private = Please write to us privately so we can sort this out with you directly: { $contact }.

# Personal voice: let the customer ask.
invite-questions = What questions do you have for me? I am happy to go through it in more detail.

# Social media: ask for a direct message.
invite-direct-message = Please send us a direct message so we can look into your account.

# Phone script, company voice.
invite-anything-else = What else can we do for you today?

## Step: thank — for telling us, and for the patience.

# Company voice.
thank-telling = Thank you for telling us about this; it helps us improve.

# Either voice.
thank-patience = Thank you for your patience while we put this right.

# Formal; email and phone.
thank-trust = Thank you for your trust and for bringing this to our attention.

# Short: chat and social media.
thank-short = Thank you for letting us know.

# Personal voice.
thank-mine = Thank you for giving me the chance to put this right.

## Step: close — optimism about the relationship.

# Company voice.
close-trust = We value you as a customer and want to earn back your trust.

# Company voice, warm.
close-next-time = We look forward to getting it right for you next time.

# Personal voice.
close-mine = I look forward to working with you again.

# Company voice, formal letter.
close-relationship = We remain committed to our relationship with you and will keep working to deserve your confidence.

## Step: sign-off — the closing formula and who is writing.

# Email, with the agent's name and the company.
# Variables:
#   $agent_name (String) - The agent's name.
#   $company (String) - The company's name.
sign-off-regards =
    Kind regards,
    { $agent_name }
    { $company }

# Email, with the agent's name.
# Variables:
#   $agent_name (String) - The agent's name.
sign-off-regards-name =
    Kind regards,
    { $agent_name }

# Warm register; email and chat.
# Variables:
#   $agent_name (String) - The agent's name.
sign-off-warm =
    All the best,
    { $agent_name }

# Email, when we know no names.
sign-off-team =
    Kind regards,
    The Customer Support Team

# Chat and social media signature.
# Variables:
#   $agent_name (String) - The agent's name.
sign-off-initials = — { $agent_name }

# Phone script.
sign-off-phone = Thank you for your time today. Goodbye.

# Phone script, with the agent's name.
# Variables:
#   $agent_name (String) - The agent's name.
sign-off-phone-name = Thank you for your time today. My name is { $agent_name }, and I am here whenever you need me. Goodbye.

## Blanks — labels a helpdesk macro shows where the agent must write the facts.
## A macro (Zendesk, Freshdesk, Help Scout, Intercom, Gorgias, Front, CSV) is written
## before the incident happens, so it cannot know what went wrong. `phrasebank macros`
## puts these labels where the facts go; the agent replaces each one before sending.
## Write them the way a support lead labels a template: short, unmistakably unfinished,
## in square brackets, no full stop, no variables.

# The customer's first name, where the helpdesk has no name on file (Zendesk, Help Scout and
# Intercom show it as the fallback of their name placeholder; the CSV export shows it as a blank).
blank-customer-name = [customer’s name]

# The agent's own name, for the sign-off, where the helpdesk cannot insert it.
blank-agent-name = [your name]

# Stands for $issue: what went wrong, which the agent writes as one whole sentence.
blank-issue = [what went wrong]

# Stands for $cause: why it went wrong, one or two whole sentences.
blank-cause = [why it happened]

# Stands for $fix: what has been or is being done to put it right.
blank-fix = [what we have done to fix it]

# Stands for $prevention: what changes so that it does not happen again.
blank-prevention = [what changes so it does not happen again]

# Stands for $compensation_amount inside the refund or credit sentence ("we are refunding
# [amount and currency] to you"): the agent types the amount with its currency.
blank-compensation = [amount and currency]

## Macro titles — what a helpdesk lists each exported macro as (`phrasebank macros`).
## Agents search their helpdesk's macro list for these words, so write each the way a
## support lead of this language names a saved reply: short, no full stop, no variables.
## The helpdesk shows them as "<macro title> (<register>, <channel>, <voice>) [key]".

# The macro's name, one per playbook.
macro-title-five-steps = Apology – five steps
macro-title-restore-value = Apology – make it right first
macro-title-personal = Personal apology
macro-title-formal-letter = Formal letter of apology
macro-title-own-it = Apology – we own the mistake
macro-title-social = Apology – public reply on social media

# The options a macro was written for, listed after its name: register, channel, voice.
macro-option-formal = formal
macro-option-warm = warm
macro-option-email = email
macro-option-chat = chat
macro-option-social = social media
macro-option-phone = phone
macro-option-we = on behalf of the company
macro-option-i = in the first person
