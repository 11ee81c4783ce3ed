"""The composer: every combination formats, choices are seeded, errors are loud."""

from __future__ import annotations

import datetime
import itertools
import json
import re
import shutil

import pytest

import phrasebank
from phrasebank.errors import BankError, FactError, OptionError, UnknownLocaleError

from bank_support import (
    CATALOG,
    LOCALES,
    all_option_combinations,
    example_facts,
    letters_in_script,
    locale_script,
)
from letter_support import incidents

PLAYBOOKS = list(CATALOG.playbooks)
LEAKS = ("{", "}", "???")


def _compose(locale, playbook, facts, **options):
    return phrasebank.compose(locale, playbook, facts, **options)


def _assert_clean(apology, facts):
    for leak in LEAKS:
        # a fact may itself contain braces; everything else must not
        remainder = apology.text
        for value in facts.values():
            remainder = remainder.replace(str(value), "")
        assert leak not in remainder, (leak, apology.text)
    assert not re.search(r"\$[A-Za-z_]", apology.text), apology.text
    if apology.direction == "ltr":  # right-to-left text keeps isolation marks around facts (test_bidi.py)
        assert "\u2068" not in apology.text and "\u2069" not in apology.text
    assert apology.text.count("\u2068") == apology.text.count("\u2069")


def _combinations(playbook):
    """Every option combination the playbook is written for (its channels only)."""
    return [c for c in all_option_combinations() if c["channel"] in CATALOG.playbooks[playbook].channels]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_playbook_and_option_combination_formats(locale):
    facts = example_facts(locale)
    count = 0
    for playbook in PLAYBOOKS:
        for combo in _combinations(playbook):
            apology = _compose(locale, playbook, facts, **combo)
            _assert_clean(apology, facts)
            order = [CATALOG.playbooks[playbook].steps.index(p.step) for p in apology.parts]
            assert order == sorted(order)
            count += 1
    channels = sum(len(CATALOG.playbooks[p].channels) for p in PLAYBOOKS)
    assert count == channels * 2 * 2 * 3 * 3


@pytest.mark.parametrize("locale", LOCALES)
def test_every_combination_formats_with_only_the_required_facts(locale):
    facts = example_facts(locale)
    minimal = {"issue": facts["issue"], "free_months": 2, "agent_name": facts["agent_name"]}
    for playbook in PLAYBOOKS:
        for combo in _combinations(playbook):
            apology = _compose(locale, playbook, minimal, **combo)
            steps = [p.step for p in apology.parts]
            assert "apologize" in steps and "own" in steps
            assert "explain" not in steps and "prevent" not in steps  # their facts are absent


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_is_reachable_by_some_composition(locale):
    """Each message id is chosen by some request (no dead translations).

    The composer tries messages that repeat a content word of the agent's sentences last,
    so a message may go unused with one incident's wording: the test incidents are tried
    after the example, then each with its issue alone, and a message reached by none of
    them is dead."""
    example = dict(example_facts(locale), free_months=2)  # the sample incident compensates in money only
    money = {name: example[name] for name in ("compensation_amount", "compensation_currency")}
    incident_facts = [example] + [
        {**money, **facts, "free_months": 2} for name, facts, _, _ in incidents(locale) if name != "example"
    ]
    # an agent may give the issue alone: then only the issue's words are avoided
    incident_facts += [{k: v for k, v in facts.items() if k not in ("cause", "fix", "prevention")} for facts in incident_facts]
    for spec in CATALOG.messages.values():
        chosen = set()
        for example in incident_facts:
            chosen |= _reached(locale, spec, example)
            if spec.id in chosen:
                break
        assert spec.id in chosen, (locale, spec.id)


def _reached(locale: str, spec, example: dict) -> set[str]:
    """The messages chosen by compositions that could use `spec`, with one incident's facts."""
    if "agent_name" not in example:
        return set()
    # every fact but the ones this message's step could quote instead of it, and those it must not see
    others = set(CATALOG.steps[spec.step].facts) - set(spec.facts)
    facts = {name: value for name, value in example.items() if name not in others | spec.without}
    facts = {name: value for name, value in facts.items() if all(r in facts for r in CATALOG.facts[name].requires)}
    if any(name not in facts for name in spec.facts if name != "days_late"):
        return set()
    if "days_late" in spec.facts:
        facts["days_late"] = 17  # a count the example's issue does not already say
    else:
        facts.pop("days_late", None)
    chosen = set()
    for playbook in PLAYBOOKS:
        book = CATALOG.playbooks[playbook]
        if spec.step not in book.steps or not (spec.channels & book.channels):
            continue
        for register, channel, voice in itertools.product(sorted(spec.registers), sorted(spec.channels & book.channels), sorted(spec.voices)):
            named = voice == "i" or channel == "phone"  # a personal letter and a call need the agent's name
            given = facts if named or "agent_name" in spec.facts else {k: v for k, v in facts.items() if k != "agent_name"}
            given = dict(given, agent_name=example["agent_name"]) if named else given
            chosen |= {
                p.message
                for seed in range(12)
                for p in _compose(locale, playbook, given, seed=seed, register=register, channel=channel, voice=voice).parts
            }
        if spec.id in chosen:
            break
    return chosen


@pytest.mark.parametrize("locale", LOCALES)
def test_output_is_written_in_the_locale_script(locale):
    facts = example_facts(locale)
    script = locale_script(locale)
    for playbook in PLAYBOOKS:
        text = _compose(locale, playbook, facts, seed=1, channel=sorted(CATALOG.playbooks[playbook].channels)[0]).text
        for value in facts.values():
            text = text.replace(str(value), " ")
        ours, total = letters_in_script(text, script)
        assert total and ours / total > 0.97, (locale, playbook, text)


def test_latvian_output_uses_latvian_letters():
    text = _compose("lv", "formal-letter", example_facts("lv")).text
    assert set(text) & set("āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ")


@pytest.mark.parametrize("locale", LOCALES)
def test_social_playbook_stays_within_280_characters_plus_quoted_facts(locale):
    facts = example_facts(locale)
    for combo in _combinations("social"):
        for seed in range(5):
            apology = _compose(locale, "social", facts, seed=seed, **combo)
            quoted = sum(len(str(v)) for k, v in facts.items() if str(v) in apology.text)
            assert len(apology.text) <= 280 + quoted + 40, apology.text  # 40: formatted numbers/dates


def test_same_seed_same_text_and_seeds_give_variety():
    facts = example_facts("en")
    first = _compose("en", "formal-letter", facts, seed=5)
    assert _compose("en", "formal-letter", facts, seed=5) == first
    texts = {_compose("en", "formal-letter", facts, seed=s).text for s in range(20)}
    assert len(texts) > 3
    for voice in ("we", "i"):
        opening_words = {_compose("en", "five-steps", facts, seed=s, voice=voice).parts[2].text for s in range(20)}
        assert len(opening_words) > 1, voice


def test_supplied_facts_are_quoted():
    facts = example_facts("en")
    text = _compose("en", "formal-letter", facts).text
    for name in ("issue", "cause", "prevention"):
        assert facts[name] in text


def test_locale_codes_are_negotiated():
    facts = example_facts("he")
    for code in ("he-IL", "iw", "he_IL"):
        assert _compose(code, "social", facts, channel="social").locale == "he"
    assert _compose("lv_LV", "social", example_facts("lv"), channel="social").locale == "lv"


def test_a_region_brings_its_date_order_and_keeps_the_wording():
    """en-GB letters use the en bank with British dates (hand-written expectations): a reader
    whose own facts say '27 November' must not find 'December 7' beside them."""
    facts = dict(example_facts("en"), follow_up_date="2030-03-07", compensation_currency="GBP")

    def letter(code):
        apology = _compose(code, "five-steps", facts, channel="email", register="formal", voice="we", seed=1)
        return apology.locale, apology.text.replace("\u2068", "").replace("\u2069", "")

    us, gb = letter("en"), letter("en-GB")
    assert us[0] == gb[0] == "en"
    assert "by March 7" in us[1] and "7 March" not in us[1]
    assert "by 7 March" in gb[1] and "March 7" not in gb[1]
    # the wording is the en bank's, word for word, but for the British spellings (tests/test_regions.py)
    assert gb[1].replace("7 March", "March 7").replace("apologise", "apologize") == us[1]
    assert letter("en_US")[1] == us[1]


def test_a_count_the_cause_already_says_is_not_said_again():
    """count_once reads every fact the agent wrote: a cause that says 'for three days' leaves no
    room for the bank's '3 extra days' (round 24, a Hebrew reader; written here in English)."""
    facts = dict(
        example_facts("en"),
        issue="Your order #4471, a coffee grinder, arrived later than promised.",
        cause="Our warehouse team put the wrong label on the parcel, so it sat in the warehouse for three days.",
        days_late=3,
    )
    for playbook, book in CATALOG.playbooks.items():
        for channel in sorted(book.channels - {"social"}):
            for seed in range(3):
                text = _compose("en", playbook, facts, channel=channel, seed=seed).text
                if facts["cause"] in text:
                    assert "3 extra" not in text and text.count("three") == 1, text


@pytest.mark.parametrize(
    "locale, text, count, says",
    [  # written by hand: a number of days says the count, a number of something else does not
        ("en", "Your box sat in our depot for three days.", 3, True),
        ("en", "It can take 3 business days to show.", 3, True),
        ("en", "It arrived a week late.", 7, True),
        ("en", "We now book drivers two weeks ahead.", 2, False),
        ("en", "We refunded the two boxes.", 2, False),
        ("he", "החבילה הגיעה באיחור של יומיים.", 2, True),
        ("he", "ההזמנה נשארה במחסן שלושה ימים.", 3, True),
        ("he", "מעכשיו אנחנו משבצים נהגים שבועיים מראש.", 2, False),
        ("ka", "შეკვეთა სამი დღით დაგვიანდა.", 3, True),
        ("ka", "კურიერებს ახლა ორი კვირით ადრე ვნიშნავთ.", 2, False),
        ("hy", "Պատվերը երեք օր մնաց պահեստում։", 3, True),
        ("hy", "Այժմ առաքիչներին նշանակում ենք երկու շաբաթ առաջ։", 2, False),
        ("lv", "Pasūtījums kavējās trīs dienas.", 3, True),
        ("lv", "Tagad kurjerus plānojam divas nedēļas iepriekš.", 2, False),
    ],
)
def test_a_count_of_days_is_told_by_its_unit(locale, text, count, says):
    """count_once reads a number as the days-late count only next to a word for days (round 29:
    a prevention that booked drivers 'two weeks ahead' silenced the apology for two days' wait)."""
    from phrasebank.bank import load

    assert load(locale, None).words.states_count(text, count) is says


def test_a_number_of_weeks_in_the_prevention_leaves_the_days_late_apology():
    facts = dict(
        example_facts("en"),
        issue="Your recipe box arrived later than promised.",
        prevention="We now book drivers two weeks ahead of each delivery.",
        days_late=2,
    )
    texts = [_compose("en", "five-steps", facts, channel="email", seed=seed).text for seed in range(6)]
    assert any("two extra days" in t for t in texts), texts
    facts["prevention"] = "Your box waited in our depot for two days, so we now check the depot every morning."
    texts = [_compose("en", "five-steps", facts, channel="email", seed=seed).text for seed in range(6)]
    assert not any("two extra days" in t for t in texts), texts


@pytest.mark.parametrize("code", ["fr", "de-DE", "", "hyw", "xx"])
def test_unsupported_locale_lists_the_supported_ones(code):
    with pytest.raises(UnknownLocaleError) as caught:
        _compose(code, "social", {}, channel="social")
    for supported in LOCALES:
        assert supported in str(caught.value)


def test_missing_required_fact_names_the_fact_and_step():
    with pytest.raises(FactError, match=r"'state'.*five-steps.*issue"):
        _compose("en", "five-steps", {"cause": "Our warehouse mislabelled it."})
    with pytest.raises(FactError, match=r"'state'.*restore-value.*issue"):
        _compose("en", "restore-value", {})
    with pytest.raises(FactError, match=r"'restore'.*compensation_amount.*free_months"):
        _compose("en", "restore-value", {"issue": "Your order arrived late."})


@pytest.mark.parametrize(
    "facts, pattern",
    [
        ({"isue": "typo"}, "unknown fact.*isue.*valid facts"),
        ({"compensation_amount": "10"}, "compensation_currency"),
        ({"compensation_amount": "10", "compensation_currency": "XYZ"}, "ISO 4217"),
        ({"compensation_amount": "ten", "compensation_currency": "EUR"}, "amount"),
        ({"days_late": "three"}, "whole number"),
        ({"days_late": 0}, "from 1 to"),
        ({"days_late": "9" * 27}, "from 1 to 1000000, got 9999"),
        ({"days_late": 10**5000}, "whole number, got a number of more than 4300 digits"),
        ({"days_late": "9" * 5000}, "whole number, got '9999"),
        ({"compensation_amount": "1e400", "compensation_currency": "EUR"}, "positive amount below"),
        ({"compensation_amount": "0.0000001", "compensation_currency": "EUR"}, r"0\.0000001 EUR, but EUR amounts have 2"),
        ({"compensation_amount": "15.5", "compensation_currency": "JPY"}, "JPY amounts have 0"),
        ({"compensation_amount": "10", "compensation_currency": ["EUR"]}, "ISO 4217"),
        ({"follow_up_date": "24/11/2026"}, "ISO 8601"),
        ({"follow_up_date": "0001-01-01"}, "in the past"),
        ({"follow_up_date": datetime.date.today() - datetime.timedelta(days=1)}, "in the past"),
        ({"issue": "   "}, "empty"),
        ({"issue": "Late\u2068 order."}, "U\\+2068"),
        ({"issue": "Late\x1b[2J order."}, r"U\+001B \(ESCAPE\)"),
        ({"issue": "x" * 2001}, "2001 characters long; at most 2000"),
        ({1: "x"}, "fact names are text; got 1"),
    ],
)
def test_bad_facts_are_rejected_with_the_fact_named(facts, pattern):
    with pytest.raises(FactError, match=pattern):
        _compose("en", "social", facts, channel="social")


def test_facts_from_a_web_form_and_the_edges_of_what_is_accepted():
    import fluent.runtime.resolver

    from phrasebank.facts import MAX_TEXT_CHARS

    assert MAX_TEXT_CHARS < fluent.runtime.resolver.MAX_PART_LENGTH  # so Fluent never refuses a fact we accepted
    text = _compose("en", "five-steps", {"issue": "Your order was late.\r\nTwo days late.\rSorry."}).text
    assert "\r" not in text and "Your order was late.\nTwo days late.\nSorry." in text
    text = _compose("en", "five-steps", {"issue": "x" * MAX_TEXT_CHARS}).text
    assert "x" * MAX_TEXT_CHARS in text
    today = datetime.date.today()
    assert today.strftime("%B") in _compose("en", "five-steps", {"issue": "Late.", "follow_up_date": today}).text
    money = _compose("en", "restore-value", {"issue": "Late.", "compensation_amount": "999999999999.99",
                                             "compensation_currency": "EUR"}).text
    assert "€999,999,999,999.99" in money


@pytest.mark.parametrize("option, value", [("register", "casual"), ("channel", "fax"), ("voice", "they"), ("customer_gender", "x")])
def test_unknown_option_values_are_rejected(option, value):
    with pytest.raises(OptionError, match="valid values"):
        _compose("en", "social", {}, **{"channel": "social", option: value})


def test_unknown_playbook_lists_playbooks():
    with pytest.raises(OptionError, match="five-steps"):
        _compose("en", "apology-deluxe", {}, channel="social")


def test_html_carries_lang_and_direction_and_escapes_facts():
    facts = dict(example_facts("he"), issue="<script>alert(1)</script> ההזמנה התעכבה.")
    html = _compose("he", "five-steps", facts).html
    assert 'lang="he"' in html and 'dir="rtl"' in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<bdi>" in html
    assert 'dir="ltr"' in _compose("ka", "social", {}, channel="social").html


def test_json_form_lists_parts_and_text():
    apology = _compose("lv", "own-it", example_facts("lv"))
    data = json.loads(apology.to_json())
    assert data["version"] == 1 and data["locale"] == "lv"
    assert [p["step"] for p in data["parts"]] == [p.step for p in apology.parts]
    assert all(set(p) == {"step", "message", "text"} for p in data["parts"])
    assert data["text"] == apology.text


def test_money_follows_the_locale_letter_style():
    """Whole amounts without decimals, the sign or word each locale's letters use (written by hand)."""
    def refund(locale, amount, currency):
        facts = dict(example_facts(locale), compensation_amount=amount, compensation_currency=currency)
        facts.pop("free_months", None)
        return _compose(locale, "restore-value", facts).text.replace("\u200f", "").replace("\u2068", "").replace("\u2069", "")

    lv = refund("lv", "50", "EUR")  # Latvian letters write "50 €" or, in business style, "50 EUR"
    assert ("50\xa0€" in lv or "50\xa0EUR" in lv) and "50,00" not in lv
    assert "15\xa0₪" in refund("he", "15", "ILS")
    assert "39\xa0₾" in refund("ka", "39", "GEL") or "39\xa0ლარი" in refund("ka", "39", "GEL")
    assert "6000\xa0դրամ" in refund("hy", "6000", "AMD")
    assert "$15" in refund("en", "15", "USD") and "$15.00" not in refund("en", "15", "USD")


# --- a translator's broken checkout must fail loudly --------------------------------------

@pytest.fixture
def checkout(tmp_path):
    from phrasebank.locales import bundled_dir

    target = tmp_path / "locales"
    shutil.copytree(bundled_dir(), target)
    return target


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _edit_message_line(path, mid, new_line):
    """Replace the first line of message `mid` ("mid = …") with `new_line` (a function of the
    old line), whatever the bank's current wording."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith(f"{mid} ="))
    lines[index] = new_line(lines[index])
    path.write_text("\n".join(l for l in lines if l is not None), encoding="utf-8")


def test_junk_in_a_locale_raises_with_line_and_column(checkout):
    _edit_message_line(checkout / "en" / "apology.ftl", "apologize-truly", lambda _: "apologize-truly = We are { truly sorry.")
    with pytest.raises(BankError, match=r"apology\.ftl:\d+:\d+: syntax error"):
        _compose("en", "social", {}, channel="social", locales_dir=checkout)


def test_duplicate_id_raises(checkout):
    path = checkout / "en" / "apology.ftl"
    path.write_text(path.read_text(encoding="utf-8") + "\napologize-truly = Sorry again.\n", encoding="utf-8")
    with pytest.raises(BankError, match="duplicate message id 'apologize-truly'"):
        _compose("en", "social", {}, channel="social", locales_dir=checkout)


def test_missing_message_raises(checkout):
    _edit_message_line(checkout / "en" / "apology.ftl", "apologize-truly", lambda _: None)
    with pytest.raises(BankError, match="missing messages: apologize-truly"):
        _compose("en", "social", {}, channel="social", locales_dir=checkout)


def test_an_unknown_variable_never_reaches_the_customer(checkout):
    _edit_message_line(checkout / "en" / "apology.ftl", "own-full", lambda line: line.replace(" = ", " = { $oops } ", 1))
    with pytest.raises(BankError, match="own-full"):
        for seed in range(30):
            _compose("en", "social", {}, channel="social", register="formal", locales_dir=checkout, seed=seed)


def test_a_locale_folder_babel_does_not_know_is_rejected(checkout):
    shutil.copytree(checkout / "en", checkout / "qq")
    with pytest.raises(BankError, match="'qq' is not a locale CLDR knows"):
        _compose("qq", "social", {}, channel="social", locales_dir=checkout)


# --- paragraphs: a letter arrives neither as one block nor as a list of one-liners ----------

def _paragraphs(steps: list[str], channel: str = "email") -> list[list[str]]:
    from phrasebank.composer import _paragraph_breaks

    out: list[list[str]] = []
    for step, opens in zip(steps, _paragraph_breaks(CATALOG.channels[channel], steps)):
        if opens or not out:
            out.append([step])
        else:
            out[-1].append(step)
    return out


@pytest.mark.parametrize("steps, expected", [
    # restore-value: the closing apology and the invitation stand together, not tacked onto the fix
    (["greeting", "state", "own", "fix", "restore", "explain", "prevent", "apologize", "invite", "sign-off"],
     [["greeting"], ["state", "own"], ["fix", "restore", "explain", "prevent"], ["apologize", "invite"], ["sign-off"]]),
    # personal: the fix and the compensation share a paragraph; the invitation opens its own
    # (native reviewers found the contact line buried at the end of the explanation)
    (["greeting", "acknowledge", "apologize", "own", "fix", "restore", "invite", "sign-off"],
     [["greeting"], ["acknowledge", "apologize", "own"], ["fix", "restore"], ["invite"], ["sign-off"]]),
    # own-it: the same after the compensation
    (["greeting", "acknowledge", "apologize", "own", "explain", "fix", "prevent", "restore", "invite", "sign-off"],
     [["greeting"], ["acknowledge", "apologize", "own"], ["explain", "fix", "prevent", "restore"], ["invite"], ["sign-off"]]),
    # formal-letter: thanks and closing make the last paragraph
    (["greeting", "acknowledge", "apologize", "own", "explain", "fix", "next-steps", "thank", "close", "sign-off"],
     [["greeting"], ["acknowledge", "apologize", "own"], ["explain", "fix", "next-steps"], ["thank", "close"], ["sign-off"]]),
    # a lone part after the greeting is still a paragraph of its own
    (["greeting", "state", "restore", "sign-off"], [["greeting"], ["state", "restore"], ["sign-off"]]),
])
def test_email_paragraphs(steps, expected):
    assert _paragraphs(steps) == expected



@pytest.mark.parametrize("locale", LOCALES)
def test_two_counts_spelled_alike_are_not_an_echo(locale):
    """'two extra days' and 'two free months' share a number word, not content: the letter composes."""
    facts = {"issue": example_facts(locale)["issue"], "days_late": 2, "free_months": 2, "agent_name": "Ana"}
    for voice in ("we", "i"):
        for channel in sorted(CATALOG.playbooks["five-steps"].channels):
            text = _compose(locale, "five-steps", facts, voice=voice, channel=channel).text
            assert text


@pytest.mark.parametrize("locale", LOCALES)
def test_a_message_that_repeats_the_agents_words_is_tried_after_the_others(locale):
    """When the agent's cause happens to use a word only one empathy line has, another line is chosen."""
    from phrasebank.bank import load
    from phrasebank.letter import words as tokens

    words = load(locale, None).words
    base = example_facts(locale)
    options = dict(register="warm", channel="email", voice="we")
    seen = {
        p.message: p.text
        for seed in range(40)
        for p in _compose(locale, "five-steps", base, seed=seed, **options).parts
        if p.step == "empathize"
    }
    assert len(seen) >= 2, (locale, seen)  # several lines to choose from
    # a line with a word no other line has: the agent's cause will say that word
    victim, word = next(
        (m, token)
        for m, text in sorted(seen.items())
        for token in tokens(text)
        if words.key(token) is not None
        and all(words.key(token) not in words.content(other) for o, other in seen.items() if o != m)
    )
    facts = dict(base, cause=f"{base['cause']} {word}.")
    after = {
        p.message
        for seed in range(40)
        for p in _compose(locale, "five-steps", facts, seed=seed, **options).parts
        if p.step == "empathize"
    }
    assert after and victim not in after, (locale, victim, word, after)


@pytest.mark.parametrize("locale", LOCALES)
def test_when_every_line_repeats_the_agents_words_the_one_repeating_most_is_tried_last(locale):
    """Every empathy line shares a word with the agent's cause, one of them two: that one is
    never chosen while another fits (round 26: a Georgian prevention lead-in that shared two
    words with the fact was picked as often as those sharing one)."""
    from phrasebank.bank import load
    from phrasebank.letter import words as tokens

    words = load(locale, None).words
    base = example_facts(locale)
    options = dict(register="warm", channel="email", voice="we")

    def lines(facts):
        return {
            p.message: p.text
            for seed in range(40)
            for p in _compose(locale, "five-steps", facts, seed=seed, **options).parts
            if p.step == "empathize"
        }

    seen = lines(base)
    assert len(seen) >= 2, (locale, seen)

    def unique(m):  # the line's content words no other line has, in text order
        others = set().union(*(words.content(t) for o, t in seen.items() if o != m))
        keys = [(token, words.key(token)) for token in tokens(seen[m])]
        return list(dict((k, token) for token, k in keys if k is not None and k not in others).values())

    victim = next(m for m in sorted(seen) if len(unique(m)) >= 2)
    added = [unique(m)[0] for m in sorted(seen) if m != victim and unique(m)] + unique(victim)[:2]
    facts = dict(base, cause=f"{base['cause']} {' '.join(added)}.")
    fact_words = set().union(*(words.content(facts[n]) for n in ("issue", "cause", "fix", "prevention") if n in facts))
    counts = {m: len(words.content(t) & fact_words) for m, t in seen.items()}
    assert counts[victim] > max(c for m, c in counts.items() if m != victim), (locale, counts)
    after = set(lines(facts))
    assert after and victim not in after, (locale, victim, counts, after)
