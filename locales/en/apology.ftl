### phrasebank reference locale: American English.
### Every other locale translates these message ids; phrasebank/catalog.yaml says
### which step, register (formal/warm), channel (email/chat/social/phone) and
### voice (company "we" / personal "I") each message serves, and the rules a whole
### letter keeps (docs/method.md). A message the catalog gives to both voices says
### neither "I" nor "we".
###
### Facts the agent types ($issue, $cause, $fix, $prevention) are whole sentences
### in the reply's language: keep them at a sentence boundary, never inside a
### sentence. A sentence that announces a fact ends with a colon and the fact.
### Grammar selectors any locale may use: $register (formal, warm),
### $customer_gender and $agent_gender (feminine, masculine, unknown).
### Register in English: contractions in the warm register and in phone scripts.
### Money prints as the locale writes it in a letter ($15, $12.50); dates through
### DATE() with a CLDR skeleton ("MMMMd" gives "November 24").
###
### Sixth pass (native review of round 5), keep these: no stock lines ("the level of
### service you should expect", "the last thing you needed"); the agent ("I") owns
### seeing the case through, never the mistake another team made; nothing points back
### at "it" (the cause may follow the compensation); a compensation sentence never writes
### "a $X payment" (a/an depends on the amount) and never says "you" twice; on email the
### customer replies to the email, and "I" letters come back to the agent; a formal email
### opens with "Dear"; a phone goodbye does not thank again (the thank step does that).
###
### Seventh pass (round 7 review + the five-steps order apologize, empathize, own): keep
### these too. The four opening steps read as one short passage, one job each: the
### acknowledge line judges, the apology is plain ("We sincerely apologize.", no "trouble
### this caused"), the empathy line says what it cost, the own line only takes
### responsibility (we) or takes the case (I) — never "deserved better, so…", never
### "personal apology" next to "personally". The prevention is signposted before the fact
### ("To prevent this from happening again, …") and never guaranteed ("this won't happen
### again"). The customer calls "customer support", never "the team".
###
### Eighth pass (round 8 review), keep these too: nothing right after the apology opens
### with "That" (it would point at the apology): the empathy and ownership lines name
### their subject ("The situation…", "The mistake is all ours."). The fix lead-in
### tells a story ("We've made it right:", "I have already followed up on this:"), never
### a form heading ("Here is where things stand:") straight after the cause's lead-in;
### "since" is read as an excuse by the linter. The cause without a lead-in stands alone
### in a letter (no "That was the root of the problem."); on the phone it gets a short
### spoken signal, and restore-value calls read the problem back as a question. The
### phone "anything else?" of the company voice says neither "we" nor "I" (the goodbye
### says "me"). The compensation is "arranged", never "approved" (internal sign-off).
###
### Ninth pass (round 9 review), keep these too: the fix lead-in never judges the result for
### the customer ("We've made it right:" is hers to say) and never credits the agent with what
### others did ("I followed up on it:"); no "sort/sorted out" in an own line (the private invite
### says it); no "see this through ... until" (says it twice); the empathy line does not repeat the
### acknowledge line ("could have been avoided"); an email's social handle is "message"d, never
### "reached"; no three "Here's what..." lead-ins in one letter.
###
### Tenth pass (round 10 review), keep these too: five-steps opens with the issue alone, so the
### apology, empathy and ownership lines must read as one short passage: a short apology ("We’re
### really sorry."), an empathy line that says plainly what it cost ("how frustrating this must
### have been"; never "inconvenience", "hassle" or "disruption", which shrink a family turned away
### at a hotel), then ownership with no second "this". The fix lead-in is neutral and fits a fix
### that is done or still under way (now "Let me bring you up to date:", see the eleventh pass); never "I made sure of"
### (means "I checked"). Phone: "Just to make sure I have this right:" (not "Let me check that I’ve
### understood"); never thank for "pointing this out" (makes the complaint small).
###
### Eleventh pass (round 11 review), keep these too: every phone script is contracted, formal
### included ($channel selects the spoken form: "We’re very sorry.", "Here’s what we’ve done so
### far:", "We’ll check in"), and the written formulas ("We sincerely apologize", "regret", "To make
### amends") stay in writing. The I-voice own line says what the agent has done ("I’ve looked into
### what happened myself."), never a promise of personal handling that no later step backs up
### ("From here on, I am handling your case personally", "I will see this through myself"). No
### passive system notice in a letter a person signs ("a free month has been added", "what has been
### done so far"); never "As compensation" or "In addition" (after the prevention it makes the
### money an extra on top of a process change); "to make up for this", never "for it". Empathy
### never overstates ("put you in a difficult position") or says "the whole thing"; at most one
### "here is what…" frame before the prevention.
###
### Twelfth pass (restore-value, round 11 whole-letter reviews): the customer does not wait to
### the end for the regret. The ownership line right after the issue opens with it, said
### outright ("We are truly sorry. This was our mistake, and …"; never "regret"), and the letter
### ends with the apology said once more in other words ("Once again, we sincerely apologize.");
### "sorry" at the start, "apologize" at the end, never both in one step pair.
###
### Thirteenth pass (round 13 whole-letter review), keep these too: the cause's lead-in reads
### on purpose wherever it lands, right after the apology or right after the compensation
### (restore-value): "This is how the problem came about:", "You deserve to know…", "We want to be upfront…",
### never a bare "Here’s what caused the problem." after the money; the explain line never
### investigates again ("I looked into…") after an own line that did; at most one "also" per
### run of sentences; the formal phone goodbye says no "day" (it echoed "an extra day").

## Step: greeting — open the message, by first name when we have it.

# Formal letter opening. Email, formal register.
# Variables:
#   $customer_name (String) - The customer's first name, e.g. "Dana".
greeting-dear = Dear { $customer_name },

# Neutral opening with the first name, formal register. Email, chat, social.
# A formal email opens with "Dear", like greeting-dear; chat and social with "Hello".
# Variables:
#   $customer_name (String) - The customer's first name.
#   $channel (String) - "email", "chat" or "social": "Dear" only in an email.
greeting-hello-name =
    { $channel ->
        [email] Dear { $customer_name },
       *[chat] Hello { $customer_name },
    }

# Friendly opening with the first name. Warm register; email, chat, social.
# Variables:
#   $customer_name (String) - The customer's first name.
greeting-hi-name = Hi { $customer_name },

# Opening when we do not know the name. Email, chat, social.
# Variables:
#   $register (String) - "formal" or "warm": contractions only in the warm register.
greeting-hello =
    { $register ->
        [warm] Hi there,
       *[formal] Hello,
    }

# Friendly opening without a name. Warm register; chat and social.
greeting-hi = Hi there,

# Phone script: who is calling and why, said once.
# Variables:
#   $agent_name (String) - The agent's first name.
#   $company (String) - The company's name.
greeting-phone = Hello, this is { $agent_name } from { $company }. I’m calling about your recent message.

# Phone script: ask for the customer by first name, then say who is calling and why.
# Variables:
#   $customer_name (String) - The customer's first name.
#   $agent_name (String) - The agent's first name.
#   $company (String) - The company's name.
greeting-phone-name = Hello, is this { $customer_name }? This is { $agent_name } from { $company }. I’m calling about your recent message.

# Phone script: ask for the customer by first name; no company name given.
# Variables:
#   $customer_name (String) - The customer's first name.
#   $agent_name (String) - The agent's first name.
greeting-phone-name-agent = Hello, is this { $customer_name }? This is { $agent_name } from customer support. I’m calling about your recent message.

# Phone script, when we know the agent's name but not the company's.
# Variables:
#   $agent_name (String) - The agent's first name.
greeting-phone-agent = Hello, this is { $agent_name } from customer support. I’m calling about your recent message.

## Step: acknowledge — show that we listened; restate what went wrong.

# Company voice; email and chat. The fact first, then our judgement of it.
# Variables:
#   $issue (String) - What went wrong, one whole sentence, e.g. "Your order arrived three days late."
#   $register (String) - "formal" or "warm": contractions only in the warm register.
acknowledge-not-acceptable =
    { $register ->
        [warm] { $issue } You expected better from us, and you had every right to.
       *[formal] { $issue } You had every reason to expect better from us.
    }

# Either voice (no "I", no "we"); email and chat.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - "formal" or "warm": contractions only in the warm register.
acknowledge-should-not =
    { $register ->
        [warm] { $issue } That shouldn’t have happened.
       *[formal] { $issue } That should not have happened.
    }

# Personal voice; email and chat.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $register (String) - "formal" or "warm": contractions only in the warm register.
acknowledge-read =
    { $register ->
        [warm] { $issue } That’s just not good enough.
       *[formal] { $issue } That is simply not acceptable.
    }

# Phone script, personal voice: read the problem back as a real question.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-phone = Just to make sure I have this right: { $issue } Is that correct?

# Phone script, company voice: read the problem back as a real question.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-phone-we = Just so we have this right: { $issue } Is that correct?

# Phone script, either voice: read the problem back as a real question.
# Variables:
#   $issue (String) - What went wrong, one whole sentence.
acknowledge-phone-check = Just to double-check the details: { $issue } Is that correct?

## Step: state — one sentence that says what went wrong (the fact alone).

# Variables:
#   $issue (String) - What went wrong, one whole sentence.
#   $channel (String) - "phone" reads the problem back as a question; a letter states it.
state-issue =
    { $channel ->
        [phone] Just to confirm the details: { $issue } Is that correct?
       *[email] { $issue }
    }

## Step: apologize — say sorry plainly: no condition, no "but".

# Company voice, formal. Email, chat, phone.
# Variables:
#   $channel (String) - "phone" is said aloud: a spoken apology, not the written formula.
apologize-sincere =
    { $channel ->
        [phone] We’re very sorry.
       *[email] We sincerely apologize.
    }

# Company voice, formal. Email, chat, phone.
# Variables:
#   $channel (String) - "phone" is said aloud: contracted.
apologize-accept =
    { $channel ->
        [phone] We’re truly sorry about what happened.
       *[email] We are deeply sorry for what happened.
    }

# Company voice, warm.
apologize-truly = We’re really sorry.

# Company voice, short: social media and chat.
# Variables:
#   $register (String) - "formal" or "warm": contractions only in the warm register.
apologize-brief =
    { $register ->
        [warm] We’re sorry about what happened.
       *[formal] We sincerely apologize for what happened.
    }

# Company voice: the apology for the whole incident that also names the wait. The composer
# uses it instead of a general apology whenever the agent gives days_late, and the late
# thing may be a wrong item too (round-13 readers: a wrong medicine apologized for only as a
# wait), so it never apologizes for the waiting alone. Email, chat, phone. A formal letter
# does not contract ("we're"); the spoken and warm apology does.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
apologize-wait =
    { $register ->
        [warm] { $days_late ->
            [one] We’re sorry for all of this, and for keeping you waiting an extra day.
            [2] We’re sorry for all of this, and for keeping you waiting two extra days.
            [3] We’re sorry for all of this, and for keeping you waiting three extra days.
            [4] We’re sorry for all of this, and for keeping you waiting four extra days.
            [5] We’re sorry for all of this, and for keeping you waiting five extra days.
            [6] We’re sorry for all of this, and for keeping you waiting six extra days.
            [7] We’re sorry for all of this, and for keeping you waiting seven extra days.
            [8] We’re sorry for all of this, and for keeping you waiting eight extra days.
            [9] We’re sorry for all of this, and for keeping you waiting nine extra days.
           *[other] We’re sorry for all of this, and for keeping you waiting { $days_late } extra days.
        }
       *[formal] { $channel ->
            [phone] { $days_late ->
                [one] We’re sorry for all of this, and for keeping you waiting an extra day.
                [2] We’re sorry for all of this, and for keeping you waiting two extra days.
                [3] We’re sorry for all of this, and for keeping you waiting three extra days.
                [4] We’re sorry for all of this, and for keeping you waiting four extra days.
                [5] We’re sorry for all of this, and for keeping you waiting five extra days.
                [6] We’re sorry for all of this, and for keeping you waiting six extra days.
                [7] We’re sorry for all of this, and for keeping you waiting seven extra days.
                [8] We’re sorry for all of this, and for keeping you waiting eight extra days.
                [9] We’re sorry for all of this, and for keeping you waiting nine extra days.
               *[other] We’re sorry for all of this, and for keeping you waiting { $days_late } extra days.
            }
           *[email] { $days_late ->
                [one] We apologize for all of this, and for the extra day you had to wait.
                [2] We apologize for all of this, and for the two extra days you had to wait.
                [3] We apologize for all of this, and for the three extra days you had to wait.
                [4] We apologize for all of this, and for the four extra days you had to wait.
                [5] We apologize for all of this, and for the five extra days you had to wait.
                [6] We apologize for all of this, and for the six extra days you had to wait.
                [7] We apologize for all of this, and for the seven extra days you had to wait.
                [8] We apologize for all of this, and for the eight extra days you had to wait.
                [9] We apologize for all of this, and for the nine extra days you had to wait.
               *[other] We apologize for all of this, and for the { $days_late } extra days you had to wait.
            }
        }
    }

# Personal voice: the agent apologizes in their own name.
# Variables:
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
apologize-personal =
    { $register ->
        [warm] I’m so sorry.
       *[formal] { $channel ->
            [phone] I’m truly sorry.
           *[email] I am truly sorry.
        }
    }

# Personal voice, formal. No "Please accept my sincere apologies" (a ceremonial formula, and
# a "please" next to the invitation's).
# Variables:
#   $channel (String) - "phone" is said aloud: a spoken apology, not a written formula.
apologize-mine-formal =
    { $channel ->
        [phone] I’m very sorry.
       *[email] I sincerely apologize.
    }

# Personal voice, warm.
apologize-mine-warm = I’m really sorry about what happened.

# Personal voice: the apology for the whole incident that also names the wait (see
# apologize-wait). Email, chat, phone; uncontracted in a formal email.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
apologize-wait-mine =
    { $register ->
        [warm] { $days_late ->
            [one] I’m sorry for all of this, and for the extra day you had to wait.
            [2] I’m sorry for all of this, and for the two extra days you had to wait.
            [3] I’m sorry for all of this, and for the three extra days you had to wait.
            [4] I’m sorry for all of this, and for the four extra days you had to wait.
            [5] I’m sorry for all of this, and for the five extra days you had to wait.
            [6] I’m sorry for all of this, and for the six extra days you had to wait.
            [7] I’m sorry for all of this, and for the seven extra days you had to wait.
            [8] I’m sorry for all of this, and for the eight extra days you had to wait.
            [9] I’m sorry for all of this, and for the nine extra days you had to wait.
           *[other] I’m sorry for all of this, and for the { $days_late } extra days you had to wait.
        }
       *[formal] { $channel ->
            [phone] { $days_late ->
                [one] I’m sorry for all of this, and for the extra day you had to wait.
                [2] I’m sorry for all of this, and for the two extra days you had to wait.
                [3] I’m sorry for all of this, and for the three extra days you had to wait.
                [4] I’m sorry for all of this, and for the four extra days you had to wait.
                [5] I’m sorry for all of this, and for the five extra days you had to wait.
                [6] I’m sorry for all of this, and for the six extra days you had to wait.
                [7] I’m sorry for all of this, and for the seven extra days you had to wait.
                [8] I’m sorry for all of this, and for the eight extra days you had to wait.
                [9] I’m sorry for all of this, and for the nine extra days you had to wait.
               *[other] I’m sorry for all of this, and for the { $days_late } extra days you had to wait.
            }
           *[email] { $days_late ->
                [one] I apologize for all of this, and for the extra day you had to wait.
                [2] I apologize for all of this, and for the two extra days you had to wait.
                [3] I apologize for all of this, and for the three extra days you had to wait.
                [4] I apologize for all of this, and for the four extra days you had to wait.
                [5] I apologize for all of this, and for the five extra days you had to wait.
                [6] I apologize for all of this, and for the six extra days you had to wait.
                [7] I apologize for all of this, and for the seven extra days you had to wait.
                [8] I apologize for all of this, and for the eight extra days you had to wait.
                [9] I apologize for all of this, and for the nine extra days you had to wait.
               *[other] I apologize for all of this, and for the { $days_late } extra days you had to wait.
            }
        }
    }

# Company voice, restore-value only: the plain apology that ends the letter, said once more
# after the ownership line that opened it with "We’re … sorry". So it says "apologize", never
# "sorry" (no_echo: the opening already said it), and no intensifier the opening used ("truly",
# "really"). No "please accept our apologies" (ceremonial, and a "please" right before the
# invitation's). Email, chat, phone.
# Variables:
#   $register (String) - "formal" or "warm": the written formula only in a formal letter.
#   $channel (String) - "phone" is said aloud: a spoken apology, not the written formula.
apologize-again =
    { $register ->
        [warm] Once again, we apologize.
       *[formal] { $channel ->
            [phone] Once again, our apologies.
           *[email] Once again, we sincerely apologize.
        }
    }

# Personal voice, restore-value only: the closing apology said once more, in the agent's own
# name (see apologize-again: "apologize", never the opening's "sorry"). Email, chat, phone.
# Variables:
#   $register (String) - "formal" or "warm": the written formula only in a formal letter.
#   $channel (String) - "phone" is said aloud: a spoken apology, not the written formula.
apologize-again-mine =
    { $register ->
        [warm] Once again, I apologize.
       *[formal] { $channel ->
            [phone] Once again, my apologies.
           *[email] Once again, I sincerely apologize.
        }
    }

# Company voice, restore-value only: apologize-again when the agent gave a count of days late
# that the issue does not already say; the apology for everything, the wait named in it (never
# the wait alone: see apologize-wait), and still "apologize", never the
# opening's "sorry". One day is "the extra day’s wait" (chosen while the formal
# phone goodbye still said "Have a good day."). Email, chat, phone.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
apologize-again-wait =
    { $days_late ->
        [one] Once again, we apologize for everything, including the extra day’s wait.
        [2] Once again, we apologize for everything, including the two extra days you had to wait.
        [3] Once again, we apologize for everything, including the three extra days you had to wait.
        [4] Once again, we apologize for everything, including the four extra days you had to wait.
        [5] Once again, we apologize for everything, including the five extra days you had to wait.
        [6] Once again, we apologize for everything, including the six extra days you had to wait.
        [7] Once again, we apologize for everything, including the seven extra days you had to wait.
        [8] Once again, we apologize for everything, including the eight extra days you had to wait.
        [9] Once again, we apologize for everything, including the nine extra days you had to wait.
       *[other] Once again, we apologize for everything, including the { $days_late } extra days you had to wait.
    }

# Personal voice, restore-value only: apologize-again-mine with the count of days late (see
# apologize-again-wait). Email, chat, phone.
# Variables:
#   $days_late (Number) - How many days late it was, e.g. 3.
apologize-again-wait-mine =
    { $days_late ->
        [one] Once again, I apologize for everything, including the extra day’s wait.
        [2] Once again, I apologize for everything, including the two extra days you had to wait.
        [3] Once again, I apologize for everything, including the three extra days you had to wait.
        [4] Once again, I apologize for everything, including the four extra days you had to wait.
        [5] Once again, I apologize for everything, including the five extra days you had to wait.
        [6] Once again, I apologize for everything, including the six extra days you had to wait.
        [7] Once again, I apologize for everything, including the seven extra days you had to wait.
        [8] Once again, I apologize for everything, including the eight extra days you had to wait.
        [9] Once again, I apologize for everything, including the nine extra days you had to wait.
       *[other] Once again, I apologize for everything, including the { $days_late } extra days you had to wait.
    }

## Step: own — take responsibility; the mistake is ours.

# Company voice, formal.
own-full = We take full responsibility.

# Company voice, warm.
own-got-wrong = The mistake is all ours.

# Company voice.
# Variables:
#   $register (String) - "formal" or "warm": contractions only in the warm register.
own-on-us =
    { $register ->
        [warm] The mistake was ours, and we own it.
       *[formal] The responsibility is entirely ours.
    }

# Personal voice, only while the fix is still under way (the fix step then says how the agent
# keeps the customer updated, so the promise has something behind it).
# Variables:
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
own-mine =
    { $register ->
        [warm] I’ll stay on this myself until it’s all straightened out.
       *[formal] { $channel ->
            [phone] I’ll stay on this myself until it’s fully settled.
           *[email] I will stay on this myself until the matter is fully settled.
        }
    }

# Personal voice: what the agent has already done, never a promise of personal handling
# (own-it and personal letters have no follow-up step to back one up).
# Variables:
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
own-mine-full =
    { $register ->
        [warm] I’ve looked into what happened myself.
       *[formal] { $channel ->
            [phone] I’ve looked into what happened myself.
           *[email] I have looked into what happened myself.
        }
    }

# Personal voice: the agent has taken up the case (not the error itself); said in the past
# tense, so it holds whether or not anything is left to do. Taken on, not "gone through":
# the letter's explain step may already say the agent looked into it.
# Variables:
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
own-mine-care =
    { $register ->
        [warm] I’ve taken on your case myself.
       *[formal] { $channel ->
            [phone] I’ve taken on your case personally.
           *[email] I have taken charge of your case personally.
        }
    }

# Company voice, before any apology (restore-value): right after the one-sentence issue, the
# regret said outright ("We are truly sorry.") and then the ownership, so the customer hears
# both before the fix and the compensation. "Sorry" here, never "apologize": the letter ends
# with apologize-again, and a content word may stand in one step only. Never "regret" (the
# written non-apology formula) and never "That …" after the apology.
# Variables:
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
own-regret =
    { $register ->
        [warm] We’re so sorry. This was our mistake, and we own it.
       *[formal] { $channel ->
            [phone] We’re truly sorry. This was our mistake, and we take full responsibility for it.
           *[email] We are truly sorry. This was our mistake, and we take full responsibility for it.
        }
    }

# Company voice, before any apology (restore-value): the regret, then no excuses and the
# responsibility. No "on us to put it right" (the fix and the compensation say how).
# Variables:
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
own-regret-frank =
    { $register ->
        [warm] We’re really sorry. There’s no excuse for this, and it’s all on us.
       *[formal] { $channel ->
            [phone] We’re very sorry. There’s no excuse for this, and the responsibility is entirely ours.
           *[email] We are very sorry. There is no excuse for this, and the responsibility is entirely ours.
        }
    }

# Personal voice, before any apology (restore-value): the agent's own regret, then the
# ownership an agent can give, no excuses; never "I take full responsibility" for a mistake
# another team made (a billing fault), and never "our" (one voice); not "This was a mistake",
# which names no one and reads as "mistakes were made" (round 21).
# Variables:
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
own-regret-mine =
    { $register ->
        [warm] I’m so sorry. This should never have happened, and there’s no excuse for it.
       *[formal] { $channel ->
            [phone] I’m truly sorry. This should never have happened, and there’s no excuse for it.
           *[email] I am truly sorry. This should never have happened, and there is no excuse for it.
        }
    }

# Personal voice, before any apology (restore-value): the regret, then what the agent has
# done (checked the case) and the judgment, without claiming the mistake as the agent's own.
# Variables:
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
own-regret-mine-frank =
    { $register ->
        [warm] I’m really sorry. I’ve checked your case myself, and this should never have happened.
       *[formal] { $channel ->
            [phone] I’m very sorry. I’ve checked your case myself, and this should never have happened.
           *[email] I am very sorry. I have checked your case myself, and this should never have happened.
        }
    }

## Step: empathize — recognize what the problem cost the customer.

# Either voice: what it cost, plainly, without overstating a small failure ("put you in a
# difficult position") and without a vague "the whole thing".
# Variables:
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
empathize-time =
    { $register ->
        [warm] You shouldn’t have had to deal with any of this.
       *[formal] { $channel ->
            [phone] You shouldn’t have had to deal with this.
           *[email] You should not have had to deal with this.
        }
    }

# Either voice: the frustration, without telling the customer how they felt.
# Variables:
#   $register (String) - "formal" or "warm": contractions only in the warm register.
empathize-deal =
    { $register ->
        [warm] Anyone would be frustrated by this.
       *[formal] Anyone would find this frustrating.
    }

# Company voice.
empathize-frustrating = We know how frustrating this must have been for you.

# Personal voice, warm.
empathize-place = I know how frustrating this must have been.

# Personal voice, formal.
empathize-trouble = I understand how frustrating this must have been for you.

## Step: explain — the root cause, briefly, never an excuse.

# Company voice: announces the cause, then gives it. Round 13: it reads as a choice to be
# frank, so it fits right after the apology and, in restore-value, right after the
# compensation (where "We looked into what went wrong:" read like an afterthought). No
# "wrong": agents' causes say it often ("the wrong label"), and it would echo.
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
explain-found =
    { $register ->
        [warm] We want to be upfront with you about what caused the problem: { $cause }
       *[formal] { $channel ->
            [phone] We want to be upfront with you about what caused the problem: { $cause }
           *[email] We would like to be clear about what caused the problem: { $cause }
        }
    }

# Either voice: announces the cause, then gives it. "This is how the problem came about"
# turns to the cause on purpose, after the apology or after the compensation (restore-value),
# and names the problem, so it cannot point back at the money; a sentence with a verb, not
# "To explain how this came about:" (round 19: a slide heading, and a third "To…" opener
# beside "To make amends" and "To prevent"), not "As for the cause:", which round 18 read as
# a form label with a fact pasted after it, nor
# "It came down to this" / "The cause was this" ("down to", "the cause was" are how an
# excuse hands the blame on, and the hedge linter rightly reads them so). No "Here’s what…" (the
# fix and prevention lead-ins use that frame), no "happened" (the acknowledge and apology
# lines use it) and no "wrong" (see explain-found).
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
explain-happened =
    { $register ->
        [warm] This is how the problem came about: { $cause }
       *[formal] { $channel ->
            [phone] This is how the problem came about: { $cause }
           *[email] This is how the problem came about: { $cause }
        }
    }

# Personal voice: announces the cause, then gives it. Round 13: not another investigating
# line ("I looked into what went wrong:" echoed the own step's "I’ve looked into what happened
# myself" / "I’ve checked your case myself"), and it reads right after the compensation too.
# No "wrong" (see explain-found).
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
explain-checked =
    { $register ->
        [warm] I want to be upfront with you about what caused the problem: { $cause }
       *[formal] { $channel ->
            [phone] I want to be upfront with you about what caused the problem: { $cause }
           *[email] I would like to be clear about what caused the problem: { $cause }
        }
    }

# Either voice: the cause with a short signal before it, but no colon (not one of the letter's
# two lead-ins). Round 9: after the compensation a bare cause jumps from money to explanation,
# in a chat as much as on the phone. Round 13: "Here’s what caused the problem." right after
# the money still read like an afterthought; the signal says why the customer hears the
# cause at all. No "That was the root of the problem." after it (filler).
# Variables:
#   $cause (String) - Why it went wrong, one or two whole sentences.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
explain-cause =
    { $register ->
        [warm] You deserve to know what caused the problem. { $cause }
       *[formal] { $channel ->
            [phone] You deserve to know what caused the problem. { $cause }
           *[email] You deserve to know what caused the problem. { $cause }
        }
    }

## Step: fix — what has been done to put it right.

# Company voice: announces the fix, then gives it.
# Variables:
#   $fix (String) - What has already been done, whole sentences.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
fix-done =
    { $register ->
        [warm] Here’s what we’ve done so far: { $fix }
       *[formal] { $channel ->
            [phone] Here’s what we’ve done so far: { $fix }
           *[email] Here is what we have done so far: { $fix }
        }
    }

# Either voice: the fix on its own.
# Variables:
#   $fix (String) - What has already been done, whole sentences.
fix-fact = { $fix }

# Personal voice: announces the fix, then gives it. The agent speaks in the active voice
# ("Let me bring you up to date:"), never the passive "what has been done" (after "I have
# looked into this myself" it sounds like dodging), and is never credited with what others
# did; it fits a fix that is finished and one still under way.
# Variables:
#   $fix (String) - What has already been done, whole sentences.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: a spoken lead-in in either register.
fix-mine =
    { $register ->
        [warm] Let me bring you up to date: { $fix }
       *[formal] { $channel ->
            [phone] Let me bring you up to date: { $fix }
           *[email] I can confirm the following: { $fix }
        }
    }

# Company voice, when the fix is not done yet.
# Variables:
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
fix-working =
    { $register ->
        [warm] We’re working on a fix now and will update you every business day until it’s in place.
       *[formal] { $channel ->
            [phone] We’re working on a fix now and will update you every business day until it’s in place.
           *[email] We are working on a fix now and will update you every business day until it is in place.
        }
    }

# Company voice, when the fix is not done yet.
# Variables:
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
fix-working-team =
    { $register ->
        [warm] Our team is already on it, and we’ll let you know the moment it’s sorted out.
       *[formal] { $channel ->
            [phone] Our team is already on it, and we’ll let you know the moment it’s resolved.
           *[email] Our team is already on it, and we will let you know the moment it is resolved.
        }
    }

# Personal voice, when the fix is not done yet.
# Variables:
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
fix-working-mine =
    { $register ->
        [warm] I’m working on this myself now and will update you every business day until it’s fixed.
       *[formal] { $channel ->
            [phone] I’m working on this myself now and will update you every business day until it’s fixed.
           *[email] I am working on this myself now and will update you every business day until it is fixed.
        }
    }

# Personal voice, when the fix is not done yet.
# Variables:
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
fix-working-mine-now =
    { $register ->
        [warm] I’ve already started on a fix, and I’ll let you know the moment it’s done.
       *[formal] { $channel ->
            [phone] I’ve already started on a fix, and I’ll let you know the moment it’s done.
           *[email] I have already started on a fix, and I will let you know the moment it is done.
        }
    }

## Step: prevent — what changes so that it does not happen again.
## At most one "Here’s what…" frame before the prevention: the fix may use one ("Here’s what
## we’ve done so far:"), the cause no longer does (round 13), and two such frames in a row read
## as a template.

# Company voice: announces the change, then gives it. No "also" (round 13): the compensation
# that follows in own-it and five-steps says "We’re also sending you…", and two "also"s in a
# row read as a list.
# Variables:
#   $prevention (String) - What changes, whole sentences.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
prevent-changed =
    { $register ->
        [warm] We’ve changed our process so this doesn’t happen again: { $prevention }
       *[formal] { $channel ->
            [phone] We’ve changed our process so this doesn’t happen again: { $prevention }
           *[email] We have changed our process so that this does not happen again: { $prevention }
        }
    }

# Either voice: announces the change, then gives it.
# Variables:
#   $prevention (String) - What changes, whole sentences.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
prevent-again =
    { $register ->
        [warm] To keep this from happening again, here’s what’s changed: { $prevention }
       *[formal] { $channel ->
            [phone] To prevent this from happening again, here’s what’s changed: { $prevention }
           *[email] To prevent this from happening again, here is what has changed: { $prevention }
        }
    }

# Personal voice: announces the change, then gives it.
# Variables:
#   $prevention (String) - What changes, whole sentences.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
prevent-mine =
    { $register ->
        [warm] Here’s what’s changed so this doesn’t happen again: { $prevention }
       *[formal] { $channel ->
            [phone] Here’s what’s changed so this doesn’t happen again: { $prevention }
           *[email] Here is what has changed so that this does not happen again: { $prevention }
        }
    }

# Either voice: a purpose sentence signposts the change, then the change itself. English
# cannot put the fact (a whole sentence, capitalized) inside a clause, so the signpost is a
# sentence of its own; never a guarantee ("this won't happen again"), never "now" (the fact says it).
# Variables:
#   $prevention (String) - What changes, whole sentences.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
prevent-fact =
    { $register ->
        [warm] To keep this from happening again, there’s a new safeguard in place. { $prevention }
       *[formal] { $channel ->
            [phone] To prevent this from happening again, there’s a new safeguard in place. { $prevention }
           *[email] To prevent this from happening again, there is a new safeguard in place. { $prevention }
        }
    }

## Step: restore — make it right with something the customer values.
## Round 11: never "As compensation" (transactional, and a form letter's word) and never the
## passive "has been added" (a system notice, not a person); "To make amends" only in formal
## writing; on the phone "To make up for this". "this", never "it" (after the prevention "it"
## would point at the new safeguard). No "In addition"/"On top of that" either: after the
## prevention they make the money sound like an extra on top of a process change.

# Company voice.
# Variables:
#   $compensation_amount (Number) - The refund, formatted as money in the customer's currency.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: spoken words in either register.
restore-refund =
    { $register ->
        [warm] To make it up to you, we’re sending you { $compensation_amount }.
       *[formal] { $channel ->
            [phone] To make up for this, we’re sending you { $compensation_amount }.
           *[email] To make amends, we are sending you { $compensation_amount }.
        }
    }

# Company voice.
# Variables:
#   $compensation_amount (Number) - The credit, formatted as money.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
restore-credit =
    { $register ->
        [warm] We’re also sending you { $compensation_amount } to make up for this.
       *[formal] { $channel ->
            [phone] We’re also sending you { $compensation_amount } to make up for this.
           *[email] We are also sending you { $compensation_amount } to make up for this.
        }
    }

# Personal voice.
# Variables:
#   $compensation_amount (Number) - The refund, formatted as money.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: spoken words in either register.
restore-refund-mine =
    { $register ->
        [warm] I’m sending you { $compensation_amount } to make up for this.
       *[formal] { $channel ->
            [phone] To make up for this, I’m sending you { $compensation_amount }.
           *[email] To make amends, I am sending you { $compensation_amount }.
        }
    }

# Personal voice.
# Variables:
#   $compensation_amount (Number) - The credit, formatted as money.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
restore-credit-mine =
    { $register ->
        [warm] To make it up to you, I’m sending you { $compensation_amount }.
       *[formal] { $channel ->
            [phone] I’ve arranged for you to receive { $compensation_amount } to make up for this.
           *[email] I have arranged for you to receive { $compensation_amount } to make up for this.
        }
    }

# Either voice: says neither "we" nor "I", and is still active, never "has been sent".
# Variables:
#   $compensation_amount (Number) - The refund, formatted as money.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
restore-refund-on-way =
    { $register ->
        [warm] You’ll get { $compensation_amount } to make up for this.
       *[formal] { $channel ->
            [phone] You’ll receive { $compensation_amount } to make up for this.
           *[email] You will receive { $compensation_amount } to make up for this.
        }
    }

# Company voice, after the fix: the compensation comes on top of putting things right
# ("also", as in restore-extra-mine; not "In addition to making this right", which round 18
# read as corporate filler when the money is itself part of making it right, nor "As well
# as putting things right", which a US reader hears as British; "for the trouble", not a
# second "make up for").
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
restore-extra =
    { $register ->
        [warm] We’re also sending you { $compensation_amount } for the trouble.
       *[formal] { $channel ->
            [phone] We’re also sending you { $compensation_amount } for the trouble.
           *[email] We are also sending you { $compensation_amount } for the trouble.
        }
    }

# Personal voice, after the fix: the compensation comes on top of the fix ("also"; never "On
# top of the fix", which the round-12 reader stumbled on, nor "In addition", since the
# prevention may stand between them).
# Variables:
#   $compensation_amount (Number) - The compensation, formatted as money.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
restore-extra-mine =
    { $register ->
        [warm] I’m also sending you { $compensation_amount } to make up for this.
       *[formal] { $channel ->
            [phone] I’m also sending you { $compensation_amount } to make up for this.
           *[email] I am also sending you { $compensation_amount } to make up for this.
        }
    }

# Company voice. Small counts are spelled out, as US prose does. "your account": a plan, a
# subscription or a membership all have one.
# Variables:
#   $free_months (Number) - Months of service offered free of charge, e.g. 2.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
restore-months =
    { $register ->
        [warm]
            { $free_months ->
                [one] To make it up to you, we’ve added a free month to your account.
                [2] To make it up to you, we’ve added two free months to your account.
                [3] To make it up to you, we’ve added three free months to your account.
                [4] To make it up to you, we’ve added four free months to your account.
                [6] To make it up to you, we’ve added six free months to your account.
               *[other] To make it up to you, we’ve added { $free_months } free months to your account.
            }
       *[formal]
            { $channel ->
                [phone]
                    { $free_months ->
                        [one] To make up for this, we’ve added a free month to your account.
                        [2] To make up for this, we’ve added two free months to your account.
                        [3] To make up for this, we’ve added three free months to your account.
                        [4] To make up for this, we’ve added four free months to your account.
                        [6] To make up for this, we’ve added six free months to your account.
                       *[other] To make up for this, we’ve added { $free_months } free months to your account.
                    }
               *[email]
                    { $free_months ->
                        [one] To make up for this, we have added a free month to your account.
                        [2] To make up for this, we have added two free months to your account.
                        [3] To make up for this, we have added three free months to your account.
                        [4] To make up for this, we have added four free months to your account.
                        [6] To make up for this, we have added six free months to your account.
                       *[other] To make up for this, we have added { $free_months } free months to your account.
                    }
            }
    }

# Personal voice.
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: spoken words in either register.
restore-months-mine =
    { $register ->
        [warm]
            { $free_months ->
                [one] I’ve added a free month to your account to make it up to you.
                [2] I’ve added two free months to your account to make it up to you.
                [3] I’ve added three free months to your account to make it up to you.
                [4] I’ve added four free months to your account to make it up to you.
                [6] I’ve added six free months to your account to make it up to you.
               *[other] I’ve added { $free_months } free months to your account to make it up to you.
            }
       *[formal]
            { $channel ->
                [phone]
                    { $free_months ->
                        [one] To make up for this, I’ve added a free month to your account.
                        [2] To make up for this, I’ve added two free months to your account.
                        [3] To make up for this, I’ve added three free months to your account.
                        [4] To make up for this, I’ve added four free months to your account.
                        [6] To make up for this, I’ve added six free months to your account.
                       *[other] To make up for this, I’ve added { $free_months } free months to your account.
                    }
               *[email]
                    { $free_months ->
                        [one] To make amends, I have added a free month to your account.
                        [2] To make amends, I have added two free months to your account.
                        [3] To make amends, I have added three free months to your account.
                        [4] To make amends, I have added four free months to your account.
                        [6] To make amends, I have added six free months to your account.
                       *[other] To make amends, I have added { $free_months } free months to your account.
                    }
            }
    }

# Either voice: says neither "we" nor "I", and names no passive act ("a free month has been
# added" reads as a system notice in a letter a person signs).
# Variables:
#   $free_months (Number) - Months of service offered free of charge.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
restore-months-free =
    { $register ->
        [warm]
            { $free_months ->
                [one] Your next month of service is free.
                [2] Your next two months of service are free.
                [3] Your next three months of service are free.
                [4] Your next four months of service are free.
                [6] Your next six months of service are free.
               *[other] Your next { $free_months } months of service are free.
            }
       *[formal]
            { $channel ->
                [phone]
                    { $free_months ->
                        [one] Your next month of service won’t cost you anything.
                        [2] Your next two months of service won’t cost you anything.
                        [3] Your next three months of service won’t cost you anything.
                        [4] Your next four months of service won’t cost you anything.
                        [6] Your next six months of service won’t cost you anything.
                       *[other] Your next { $free_months } months of service won’t cost you anything.
                    }
               *[email]
                    { $free_months ->
                        [one] Your next month of service will be free of charge.
                        [2] Your next two months of service will be free of charge.
                        [3] Your next three months of service will be free of charge.
                        [4] Your next four months of service will be free of charge.
                        [6] Your next six months of service will be free of charge.
                       *[other] Your next { $free_months } months of service will be free of charge.
                    }
            }
    }

## Step: next-steps — when the customer hears from us next.

# Company voice.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
next-steps-date =
    { $register ->
        [warm] We’ll get back to you with an update by { DATE($follow_up_date, skeleton: "MMMMd") }.
       *[formal] { $channel ->
            [phone] We’ll get back to you with an update by { DATE($follow_up_date, skeleton: "MMMMd") }.
           *[email] We will get back to you with an update by { DATE($follow_up_date, skeleton: "MMMMd") }.
        }
    }

# Company voice.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
next-steps-date-update =
    { $register ->
        [warm] We’ll contact you again with an update by { DATE($follow_up_date, skeleton: "MMMMd") }.
       *[formal] { $channel ->
            [phone] We’ll contact you again with an update by { DATE($follow_up_date, skeleton: "MMMMd") }.
           *[email] We will contact you again with an update by { DATE($follow_up_date, skeleton: "MMMMd") }.
        }
    }

# Personal voice.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
next-steps-date-mine =
    { $register ->
        [warm] I’ll get back to you personally by { DATE($follow_up_date, skeleton: "MMMMd") }.
       *[formal] { $channel ->
            [phone] I’ll get back to you personally by { DATE($follow_up_date, skeleton: "MMMMd") }.
           *[email] I will get back to you personally by { DATE($follow_up_date, skeleton: "MMMMd") }.
        }
    }

# Personal voice.
# Variables:
#   $follow_up_date (Date) - The date of our next update.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
next-steps-date-mine-call =
    { $register ->
        [warm] I’ll contact you again with an update by { DATE($follow_up_date, skeleton: "MMMMd") }.
       *[formal] { $channel ->
            [phone] I’ll contact you again with an update by { DATE($follow_up_date, skeleton: "MMMMd") }.
           *[email] I will contact you again with an update by { DATE($follow_up_date, skeleton: "MMMMd") }.
        }
    }

# Company voice, after a finished fix: a check that all is well.
# Variables:
#   $follow_up_date (Date) - The date of our check-in.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
next-steps-check =
    { $register ->
        [warm] We’ll check in with you by { DATE($follow_up_date, skeleton: "MMMMd") } to be sure everything’s in order.
       *[formal] { $channel ->
            [phone] We’ll check in with you by { DATE($follow_up_date, skeleton: "MMMMd") } to be sure everything’s in order.
           *[email] We will check in with you by { DATE($follow_up_date, skeleton: "MMMMd") } to be sure everything is in order.
        }
    }

# Company voice, after a finished fix: a check that all is well.
# Variables:
#   $follow_up_date (Date) - The date of our check-in.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
next-steps-check-all =
    { $register ->
        [warm] We’ll follow up by { DATE($follow_up_date, skeleton: "MMMMd") } to confirm it’s all resolved.
       *[formal] { $channel ->
            [phone] We’ll follow up by { DATE($follow_up_date, skeleton: "MMMMd") } to confirm that everything’s resolved.
           *[email] We will follow up by { DATE($follow_up_date, skeleton: "MMMMd") } to confirm that everything is resolved.
        }
    }

# Personal voice, after a finished fix: a check that all is well.
# Variables:
#   $follow_up_date (Date) - The date of the check-in.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
next-steps-check-mine =
    { $register ->
        [warm] I’ll check in with you by { DATE($follow_up_date, skeleton: "MMMMd") } to be sure nothing else needs attention.
       *[formal] { $channel ->
            [phone] I’ll check in with you by { DATE($follow_up_date, skeleton: "MMMMd") } to be sure nothing else needs attention.
           *[email] I will check in with you by { DATE($follow_up_date, skeleton: "MMMMd") } to be sure nothing else needs attention.
        }
    }

# Personal voice, after a finished fix: a check that all is well.
# Variables:
#   $follow_up_date (Date) - The date of the check-in.
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
next-steps-check-mine-all =
    { $register ->
        [warm] I’ll get in touch by { DATE($follow_up_date, skeleton: "MMMMd") } to confirm it’s all resolved.
       *[formal] { $channel ->
            [phone] I’ll get in touch by { DATE($follow_up_date, skeleton: "MMMMd") } to confirm that everything’s resolved.
           *[email] I will get in touch by { DATE($follow_up_date, skeleton: "MMMMd") } to confirm that everything is resolved.
        }
    }

# Company voice, no date yet, fix not done yet.
# Variables:
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
next-steps-when-fixed =
    { $register ->
        [warm] We’ll let you know the moment it’s done.
       *[formal] { $channel ->
            [phone] We’ll let you know the moment it’s done.
           *[email] We will let you know the moment it is done.
        }
    }

# Personal voice, no date yet, fix not done yet.
# Variables:
#   $register (String) - "formal" or "warm": contractions in the warm register and on the phone.
#   $channel (String) - "phone" is said aloud: contracted in either register.
next-steps-when-fixed-mine =
    { $register ->
        [warm] I’ll let you know myself the moment it’s done.
       *[formal] { $channel ->
            [phone] I’ll let you know myself the moment it’s done.
           *[email] I will let you know myself the moment it is done.
        }
    }

## Step: invite — invite questions, or move a public thread to a private channel.

# Company voice; email and chat: in a chat the customer replies "here", in an email to the email.
# Variables:
#   $channel (String) - "email" or "chat".
#   $register (String) - "formal" or "warm": contractions only in the warm register.
invite-reply =
    { $channel ->
        [chat] { $register ->
            [warm] If you have any questions, just reply here.
           *[formal] If you have any questions, simply reply here.
        }
       *[email] { $register ->
            [warm] If you have any questions, just reply to this email.
           *[formal] If you have any questions, simply reply to this email.
        }
    }

# Personal voice; email and chat.
# Variables:
#   $register (String) - "formal" or "warm": contractions only in the warm register.
invite-questions =
    { $register ->
        [warm] If anything’s still unclear, just ask and I’ll walk you through it.
       *[formal] If anything is still unclear, let me know, and I will walk you through it.
    }

# Either voice; chat: keep the conversation where it is.
# Variables:
#   $register (String) - "formal" or "warm": contractions only in the warm register.
invite-chat-here =
    { $register ->
        [warm] If anything else comes up, just reply here.
       *[formal] If you have any other questions, simply reply here.
    }

# Either voice; email and chat: a direct line for a conversation. Keep $contact at the end.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - "formal" or "warm": contractions only in the warm register.
#   $contact_kind (String) - "email", "phone", "handle" or "other": what kind of contact $contact is.
invite-reach =
    { $contact_kind ->
        [email] { $register ->
            [warm] If anything else comes up, just email us at { $contact }.
           *[formal] If you have any further questions, please email us at { $contact }.
        }
        [phone] { $register ->
            [warm] If anything else comes up, just give us a call at { $contact }.
           *[formal] If you have any further questions, please call us at { $contact }.
        }
        [handle] { $register ->
            [warm] If anything else comes up, just reply to this email. You can also message us at { $contact }.
           *[formal] If you have any further questions, simply reply to this email. You can also message us at { $contact }.
        }
       *[other] { $register ->
            [warm] If anything else comes up, you can reach us at { $contact }.
           *[formal] If you have any further questions, you can reach us at { $contact }.
        }
    }

# Personal voice; email: a direct line. Keep $contact at the end. A general support line does
# not know who "me" is: the customer asks "for me by name" (the name signs the email).
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - "formal" or "warm": contractions only in the warm register.
#   $contact_kind (String) - "email", "phone", "handle" or "other": what kind of contact $contact is.
invite-reach-mine =
    { $contact_kind ->
        [email] { $register ->
            [warm] If anything else comes up, just reply to this email and it’ll come straight to me. If I’m out, you can also reach customer support at { $contact }.
           *[formal] If you have any further questions, simply reply to this email and it will come straight to me. If I am unavailable, you can also reach customer support at { $contact }.
        }
        [handle] { $register ->
            [warm] If anything else comes up, just reply to this email and it’ll come straight to me. If I’m out, you can also message customer support at { $contact }.
           *[formal] If you have any further questions, simply reply to this email and it will come straight to me. If I am unavailable, you can also message customer support at { $contact }.
        }
        [phone] { $register ->
            [warm] If anything else comes up, just call customer support at { $contact } and ask for me by name.
           *[formal] If you have any further questions, please call customer support at { $contact } and ask for me by name.
        }
       *[other] { $register ->
            [warm] If anything else comes up, you can reach customer support at { $contact } and ask for me by name.
           *[formal] If you have any further questions, you can reach customer support at { $contact } and ask for me by name.
        }
    }

# Social media: move a public thread to a private channel. Keep $contact at the end.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - "formal" or "warm": contractions only in the warm register.
#   $contact_kind (String) - "email", "phone", "handle" or "other": what kind of contact $contact is.
invite-private =
    { $contact_kind ->
        [phone] { $register ->
            [warm] Please give us a call at { $contact } so we can sort this out with you.
           *[formal] Please call us at { $contact } so that we can make this right.
        }
        [email] { $register ->
            [warm] Please email us at { $contact } so we can sort this out with you.
           *[formal] Please email us at { $contact } so that we can make this right.
        }
       *[other] { $register ->
            [warm] Please send us a direct message at { $contact } so we can sort this out with you.
           *[formal] Please send us a direct message at { $contact } so that we can make this right.
        }
    }

# Social media, personal voice: move a public thread to a private channel. Keep $contact at the end of the clause.
# Variables:
#   $contact (String) - An e-mail address, phone number or handle.
#   $register (String) - "formal" or "warm": contractions only in the warm register.
#   $contact_kind (String) - "email", "phone", "handle" or "other": what kind of contact $contact is.
invite-private-mine =
    { $contact_kind ->
        [phone] { $register ->
            [warm] I’d like to sort this out with you privately, so please give customer support a call at { $contact } and ask for me by name.
           *[formal] I would like to resolve this with you privately, so please call customer support at { $contact } and ask for me by name.
        }
        [email] { $register ->
            [warm] I’d like to sort this out with you privately, so please email customer support at { $contact } and mention my name.
           *[formal] I would like to resolve this with you privately, so please email customer support at { $contact } and mention my name.
        }
       *[other] { $register ->
            [warm] I’d like to sort this out with you privately, so please send a direct message to { $contact } and mention my name.
           *[formal] I would like to resolve this with you privately, so please send a direct message to { $contact } and mention my name.
        }
    }

# Social media, company voice: ask for a direct message.
invite-direct-message = Please send us a direct message so we can put this right for you.

# Social media, personal voice: ask for a direct message. Direct messages reach the brand's
# account, not the agent, so the customer mentions the agent's name.
# Variables:
#   $register (String) - "formal" or "warm": contractions only in the warm register.
invite-direct-message-mine =
    { $register ->
        [warm] Just send a direct message to this account and mention my name, and I’ll reply to you there myself.
       *[formal] If you send a direct message to this account and mention my name, I will reply to you there myself.
    }

# Phone script, either voice.
invite-phone-questions = Do you have any questions at this point?

# Phone script, company voice; only after something was done.
invite-anything-else = Is there anything else you need help with?

# Phone script, personal voice; only after something was done.
invite-anything-else-mine = Is there anything else I can help you with?

## Step: thank — for telling us.

# Company voice.
thank-telling = Thank you for telling us about this.

# Company voice.
thank-chance = Thank you for giving us the chance to put this right.

# Company voice, formal; email and phone.
thank-time = Thank you for taking the time to bring this to our attention.

# Company voice; chat. "Thanks" only in the warm register (round 29: a formal chat otherwise
# without contractions stopped at it).
# Variables:
#   $register (String) - "formal" or "warm".
thank-short =
    { $register ->
        [warm] Thanks for letting us know.
       *[formal] Thank you for letting us know.
    }

# Either voice.
# Variables:
#   $register (String) - "formal" or "warm": contractions only in the warm register.
thank-patience =
    { $register ->
        [warm] Thanks for raising this.
       *[formal] Thank you for raising this.
    }

# Personal voice.
thank-mine = Thank you for giving me the chance to make this right.

# Personal voice.
thank-mine-telling = Thank you for telling me about this.

## Step: close — optimism about the relationship.

# Company voice.
close-trust = We want to earn back your trust.

# Company voice, warm.
close-next-time = We’d really like the chance to win back your confidence.

# Company voice, formal letter.
close-relationship = We hope to regain your confidence, and we will keep working to deserve it.

# Personal voice.
# Variables:
#   $register (String) - "formal" or "warm": contractions only in the warm register.
close-mine =
    { $register ->
        [warm] I’d really like the chance to earn back your trust.
       *[formal] I hope I can earn back your confidence.
    }

# Personal voice.
close-mine-trust = I want to earn back your trust.

## Step: sign-off — the closing formula and who is writing.

# Email, with the agent's name and the company.
# Variables:
#   $agent_name (String) - The agent's first name.
#   $company (String) - The company's name.
#   $register (String) - "formal" or "warm": contractions only in the warm register.
sign-off-regards =
    { $register ->
        [warm]
            All the best,
            { $agent_name }
            { $company }
       *[formal]
            Kind regards,
            { $agent_name }
            { $company }
    }

# Email, with the agent's name.
# Variables:
#   $agent_name (String) - The agent's first name.
#   $register (String) - "formal" or "warm": contractions only in the warm register.
sign-off-regards-name =
    { $register ->
        [warm]
            All the best,
            { $agent_name }
       *[formal]
            Kind regards,
            { $agent_name }
    }

# Warm register; email and chat.
# Variables:
#   $agent_name (String) - The agent's first name.
sign-off-warm =
    Take care,
    { $agent_name }

# Company voice only; email, when we know no names.
# Variables:
#   $register (String) - "formal" or "warm": contractions only in the warm register.
sign-off-team =
    { $register ->
        [warm]
            All the best,
            The Customer Support Team
       *[formal]
            Kind regards,
            The Customer Support Team
    }

# Company voice only; email, chat, social: the team of the named company.
# Variables:
#   $company (String) - The company's name.
sign-off-team-company = — The { $company } team

# Chat and social media signature.
# Variables:
#   $agent_name (String) - The agent's first name.
sign-off-initials = — { $agent_name }

# Phone script. The formal goodbye says no "day" (round 13: after "an extra day" or "every
# business day" the call ended with no goodbye at all) and no "take" ("We take full
# responsibility" is said on formal calls); it ends on a wish, not a bare "Goodbye."
# (round 20: curt at the end of an apology call).
# Variables:
#   $register (String) - "formal" or "warm": contractions only in the warm register.
sign-off-phone-bye =
    { $register ->
        [warm] It was good talking with you. Take care!
       *[formal] I appreciate you speaking with me today, and I wish you all the best.
    }

## Blanks — labels a helpdesk macro shows where the agent must write the facts.
## A macro (Zendesk, Freshdesk, Help Scout, Intercom, Gorgias, Front, CSV) is written
## before the incident happens, so it cannot know what went wrong. `phrasebank macros`
## puts these labels where the facts go; the agent replaces each one before sending.
## Write them the way a support lead labels a template: short, unmistakably unfinished,
## in square brackets, no full stop, no variables.

# The customer's first name, where the helpdesk has no name on file (Zendesk, Help Scout and
# Intercom show it as the fallback of their name placeholder; the CSV export shows it as a blank).
blank-customer-name = [customer’s first name]

# The agent's own name, for the sign-off, where the helpdesk cannot insert it.
blank-agent-name = [your name]

# Stands for $issue: what went wrong, which the agent writes as one whole sentence.
blank-issue = [what went wrong]

# Stands for $cause: why it went wrong, one or two whole sentences.
blank-cause = [why it happened]

# Stands for $fix: what has been done to put it right.
blank-fix = [what has been done to fix it]

# Stands for $prevention: what changes so that it does not happen again.
blank-prevention = [what changes so it does not happen again]

# Stands for $compensation_amount inside the refund or credit sentence ("we have refunded
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
