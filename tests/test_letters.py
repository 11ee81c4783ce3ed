"""Whole letters, read as the customer reads them: the rules of catalog.yaml's letter_rules,
checked on the text and the facts of every composition — every locale on disk, playbook,
channel, register, voice, gender pair, several seeds, and three incidents per locale (the
example and two written by native support leads who never saw the bank's wording).

This is the test that would have caught what the native reviews of 2026-11-30 found.
"""

from __future__ import annotations

import itertools
import re

import pytest

import phrasebank
from phrasebank.errors import FactError, OptionError

from bank_support import CATALOG, LOCALES
from letter_support import LocaleWords, incidents, parts_of, words

SEEDS = (0, 1, 2)
GENDER_PAIRS = list(itertools.product(("feminine", "masculine", "unknown"), repeat=2))
SENTENCE_FACTS = ("issue", "cause", "fix", "prevention")
PUBLIC = [c for c, spec in CATALOG.channels.items() if spec.public]
SPOKEN = [c for c, spec in CATALOG.channels.items() if spec.spoken]
NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


def _requests():
    for playbook, book in CATALOG.playbooks.items():
        for channel in sorted(book.channels):
            yield playbook, channel


def _letters(locale):
    lw = LocaleWords(locale)
    for (name, facts, cg, ag), (playbook, channel), register, voice in itertools.product(
        incidents(locale), list(_requests()), CATALOG.options["register"], CATALOG.options["voice"]
    ):
        for index, (customer_gender, agent_gender) in enumerate(GENDER_PAIRS):
            seed = SEEDS[index % len(SEEDS)]
            try:
                apology = phrasebank.compose(
                    locale, playbook, facts, register=register, channel=channel, voice=voice,
                    customer_gender=customer_gender, agent_gender=agent_gender, seed=seed,
                )
            except FactError as exc:
                # only a playbook's required fact (restore-value needs compensation) may be missing
                assert "needs the fact" in str(exc), (locale, name, playbook, channel, voice, str(exc))
                continue
            yield lw, facts, apology, f"{locale}/{name} {playbook} {channel} {register} {voice} {customer_gender}/{agent_gender} seed={seed}"


def _find(text: str, fact: str) -> int:
    """Where a fact stands in the text; after a lead-in a language may lower its first letter."""
    where = text.find(fact)
    return where if where >= 0 else text.find(fact[:1].lower() + fact[1:])


def _writable_steps(apology, facts) -> list[str]:
    """The playbook's steps that some message could write with these facts and options."""
    options = apology.options
    given = {name for name, value in facts.items() if value is not None}
    public = CATALOG.channels[options["channel"]].public
    unsayable = CATALOG.rules.public_never_quotes if public else set()
    steps = []
    for step in CATALOG.playbooks[apology.playbook].steps:
        candidates = CATALOG.candidates(step, options["register"], options["channel"], options["voice"])
        if any(c.facts <= given and c.with_ <= given and not (c.without & given) and not (c.facts & unsayable)
               for c in candidates):
            steps.append(step)
    return steps


def _own_words(parts) -> list[list[str]]:
    return [words(p.own) for p in parts]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_letter_keeps_every_letter_rule(locale):
    count = 0
    for lw, facts, apology, label in _letters(locale):
        count += 1
        text = apology.text
        parts = parts_of(apology)
        channel = apology.options["channel"]
        voice = apology.options["voice"]
        own_all = " ".join(p.own for p in parts)
        own_words = [w for p in parts for w in words(p.own)]

        # --- channel fit ---------------------------------------------------------------
        if channel not in PUBLIC:
            assert not [w for w in own_words if lw.private(w)], ("private-channel wording in a private letter", label, text)
        if channel in SPOKEN:
            assert not [w for w in own_words if lw.writing(w)], ("a phone script asks to write", label, text)
            assert not NUMERIC_DATE.search(text), ("a date the agent cannot read aloud", label, text)
        phone_number = facts.get("contact") and "@" not in facts["contact"]
        for part in parts:
            if phone_number and facts["contact"] in part.full:
                assert not [w for w in words(part.own) if lw.writing(w)], ("'write to' a phone number", label, part.full)
        if channel in PUBLIC:
            for name in SENTENCE_FACTS:
                if facts.get(name):
                    assert _find(text, facts[name]) < 0, (f"a public post quotes {name}", label, text)
            if facts.get("compensation_amount"):
                amount = str(facts["compensation_amount"]).split(".")[0]
                assert not re.search(rf"(?<!\d){amount}(?!\d)", own_all + " ".join(f for p in parts for f in p.facts)), (
                    "a public post quotes the compensation", label, text)
            assert len(re.sub(r"\s+", " ", own_all).strip()) <= CATALOG.channels[channel].limit + 10, (label, text)

        # --- say what happened first -------------------------------------------------------
        if channel not in PUBLIC:
            where = text.find(facts["issue"])
            assert where >= 0, ("the issue is never stated", label, text)
            for name in ("cause", "fix", "prevention"):
                if facts.get(name) and _find(text, facts[name]) >= 0:
                    assert _find(text, facts[name]) > where, (f"{name} before the issue", label, text)
            after_greeting = [p for p in parts if p.step != "greeting"]
            assert facts["issue"] in after_greeting[0].full, ("the letter opens with something other than the issue", label, text)
            if apology.playbook == "restore-value":
                body = [p.step for p in parts if p.step not in ("greeting", "invite", "sign-off")]
                assert body[-1] == "apologize", ("restore-value: the plain sorry comes last", label, text)

        # --- one voice ------------------------------------------------------------------
        other = "we" if voice == "i" else "i"
        # on the phone the agent speaks for themself (introduction, goodbye) in the first person
        framed = [w for p in parts if not (channel in SPOKEN and p.step in ("greeting", "sign-off")) for w in words(p.own)]
        spoken_as = [w for w in framed if lw.person(other, w)]
        assert not spoken_as, (f"a {voice!r} letter speaks as {other!r}: {spoken_as}", label, text)
        if voice == "i":
            assert facts["agent_name"] in text, ("a personal letter not signed by a person", label, text)

        # --- no echo, no repeated lead-in, a count said once ---------------------------------
        seen: dict[str, int] = {}
        for index, part in enumerate(parts):
            for key in {lw.key(w) for w in words(part.own)} - {None}:
                assert key not in seen, (f"{key!r} echoes between two steps", label, text)
                seen[key] = index
        openings = [tuple(ws[:2]) for ws in _own_words(parts) if len(ws) >= 2]
        assert len(openings) == len(set(openings)), ("two parts open with the same words", label, text)
        days = facts.get("days_late")
        if days and lw.says_number(facts["issue"], int(days)):
            rest = text.replace(facts["issue"], " ")
            assert not re.search(rf"(?<!\d){int(days)}(?!\d)", rest.replace(str(facts.get("free_months", "")), " ")) or facts.get("free_months") == days, (
                "the count is said twice", label, text)
        for name, value in facts.items():
            if name in ("customer_name", "compensation_currency") or not isinstance(value, str) or len(value) < 3:
                continue
            # an agent's sentence may itself name the company: count the fact outside the other facts
            outside = text
            for other, other_value in facts.items():
                if other != name and isinstance(other_value, str) and value in other_value:
                    outside = outside.replace(other_value, " ")
            assert outside.count(value) <= 1, (f"{name} quoted twice", label, text)

        # --- lead-ins deliver, and do not stack into a form ---------------------------------
        announced = [p for p in parts if p.own.rstrip().endswith(lw.lead_in_marks) and p.facts]
        assert len(announced) <= CATALOG.rules.max_lead_ins, ("announcements stacked like headings", label, text)
        for part in parts:
            if part.own.rstrip().endswith(lw.lead_in_marks):
                assert part.facts and part.full.rstrip().endswith(part.facts[-1].strip()), (
                    "an announcement with nothing after it", label, part.full)

        # --- nothing left out that could have been written ---------------------------------
        assert [p.step for p in parts] == _writable_steps(apology, facts), ("a step was dropped", label, text)

        # --- phone scripts ---------------------------------------------------------------
        if channel in SPOKEN:
            for name in ("agent_name", "company"):
                if facts.get(name):
                    own_call = text
                    for other in SENTENCE_FACTS:
                        if facts.get(other):
                            own_call = own_call.replace(facts[other], " ")
                    assert own_call.count(facts[name]) <= 1, (f"{name} said twice on the call", label, text)
            reading_back = next(p for p in parts if facts["issue"] in p.full)
            if reading_back.own.strip():
                assert reading_back.full.rstrip().endswith(lw.question_marks) or any(
                    m in reading_back.own for m in lw.question_marks
                ), ("the read-back asks no question", label, text)
    assert count > 300, count


@pytest.mark.parametrize("locale", LOCALES)
def test_a_personal_letter_without_the_agents_name_is_refused(locale):
    facts = {k: v for k, v in incidents(locale)[0][1].items() if k != "agent_name"}
    with pytest.raises(FactError, match="agent_name"):
        phrasebank.compose(locale, "five-steps", facts, voice="i")


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("voice", ["we", "i"])
def test_a_phone_script_without_the_agents_name_is_refused(locale, voice):
    """A caller says who they are: a phone script with nobody to introduce is an error that
    names the fact, in either voice, never an anonymous call."""
    facts = {k: v for k, v in incidents(locale)[0][1].items() if k != "agent_name"}
    with pytest.raises(FactError, match="agent_name"):
        phrasebank.compose(locale, "five-steps", facts, voice=voice, channel="phone")
    assert phrasebank.compose(locale, "five-steps", facts, voice="we", channel="email").text


@pytest.mark.parametrize("locale", LOCALES)
def test_a_personal_letter_is_never_signed_by_a_team(locale):
    facts = incidents(locale)[0][1]
    for seed in range(10):
        apology = phrasebank.compose(locale, "formal-letter", facts, voice="i", seed=seed)
        sign_off = [p for p in parts_of(apology) if p.step == "sign-off"]
        assert sign_off and facts["agent_name"] in sign_off[0].full


@pytest.mark.parametrize("playbook", [p for p in CATALOG.playbooks if PUBLIC[0] not in CATALOG.playbooks[p].channels])
def test_a_private_letter_is_refused_on_a_public_channel_naming_the_public_playbook(playbook):
    with pytest.raises(OptionError, match="social"):
        phrasebank.compose("en", playbook, incidents("en")[0][1], channel=PUBLIC[0])


@pytest.mark.parametrize("channel", [c for c in CATALOG.options["channel"] if c not in PUBLIC])
def test_the_public_reply_is_refused_on_a_private_channel(channel):
    with pytest.raises(OptionError, match="social"):
        phrasebank.compose("en", "social", incidents("en")[0][1], channel=channel)


def test_anything_else_is_asked_only_after_something_was_done():
    """The phone 'anything else?' needs a fix or a remedy before it (catalog `after`)."""
    facts = {"issue": "Your order arrived late.", "agent_name": "Sam"}
    asked = CATALOG.messages["invite-anything-else"]
    assert asked.after == {"fix", "restore"}
    for seed in range(30):
        apology = phrasebank.compose("en", "personal", facts, channel="phone", seed=seed)
        steps = [p.step for p in apology.parts]
        for part in apology.parts:
            if CATALOG.messages[part.message].after:
                assert set(steps[: steps.index(part.step)]) & CATALOG.messages[part.message].after


def test_a_count_already_in_the_issue_is_not_repeated():
    facts = {"issue": "Your order arrived three days late.", "days_late": 3}
    said = {phrasebank.compose("en", "five-steps", facts, seed=s).text for s in range(20)}
    assert not any("3" in text for text in said)
    other = {"issue": "Your order arrived late.", "days_late": 3}
    assert any("three extra days" in phrasebank.compose("en", "five-steps", other, seed=s).text for s in range(20))


def test_lower_case_after_a_lead_in_only_where_the_language_writes_it(tmp_path):
    from phrasebank import letter

    words = letter.load(__import__("phrasebank.locales", fromlist=["bundled_dir"]).bundled_dir() / "en")
    assert words.after_lead_in("Our warehouse sent it.") == "Our warehouse sent it."  # English keeps the capital
    lowered = letter.LetterWords.__new__(letter.LetterWords)
    object.__setattr__(lowered, "lead_in_lowercase", True)
    assert lowered.after_lead_in("Mūsu noliktava kļūdījās.") == "mūsu noliktava kļūdījās."
    for kept in ("„Omniva” kurjers kavējās.", "DPD kurjers kavējās.", "iPhone nosūtīts.", "A ir burts."):
        assert lowered.after_lead_in(kept) == kept


def test_a_name_the_agent_capitalised_inside_a_sentence_keeps_its_capital_after_a_lead_in():
    """Round-15 reader (lv): "…abonementu Premium…" in the issue, then "Esam jau rīkojušies:
    premium abonements…" — a name lowered after the colon reads as a different word."""
    from phrasebank import letter

    names = letter.names_in(["Mēs atslēdzām abonementu Premium.", "Premium abonements ir atjaunots. Mēs zvanījām."])
    assert "Premium" in names and "Mēs" not in names
    lowered = letter.LetterWords.__new__(letter.LetterWords)
    object.__setattr__(lowered, "lead_in_lowercase", True)
    assert lowered.after_lead_in("Premium abonements ir atjaunots.", names) == "Premium abonements ir atjaunots."
    assert lowered.after_lead_in("Mūsu noliktava kļūdījās.", names) == "mūsu noliktava kļūdījās."
    facts = {"issue": "Mēs kļūdaini atslēdzām abonementu Premium uz divām dienām.",
             "fix": "Premium abonements ir atjaunots, un maksa par šīm dienām ir atmaksāta."}
    texts = [phrasebank.compose("lv", "five-steps", facts, seed=s).text for s in range(12)]
    assert not any("premium" in text for text in texts), [t for t in texts if "premium" in t]


def test_a_review_sample_draws_the_letters_asked_for_without_the_example():
    """`scripts/letters.py --sample N --rng K`: N numbered letters from the given incidents
    (never the example), the same N for the same K; an impossible N is an error."""
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "letters.py"

    def run(*args):
        return subprocess.run([sys.executable, str(script), "en", *args], capture_output=True, text=True, encoding="utf-8")

    first, again = run("--sample", "5", "--rng", "3"), run("--sample", "5", "--rng", "3")
    assert first.returncode == 0, first.stderr
    headers = re.findall(r"^=== letter (\d+): incident (\S+),", first.stdout, re.M)
    assert [int(n) for n, _ in headers] == [1, 2, 3, 4, 5]
    assert {name for _, name in headers} <= {name for name, *_ in incidents("en") if name != "example"}
    assert first.stdout == again.stdout and first.stdout != run("--sample", "5", "--rng", "4").stdout
    too_many = run("--sample", "100000")
    assert too_many.returncode == 1 and "only" in too_many.stderr
