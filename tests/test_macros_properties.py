"""Hypothesis: a macro filled in with the facts is exactly what compose() writes, and lints clean.

For any hedge-free facts, take the exported macro, put the customer's and agent's
names where the helpdesk's placeholders are and the agent's facts where the blanks
are: the result must equal `compose()`'s text for those facts (HTML read back as
text), and the hedge linter must find nothing in it. This is what makes a macro
safe to send once the blanks are filled: same wording, same grammar, no hedge.
"""

from __future__ import annotations

import json
from decimal import Decimal
from unittest import mock
from pathlib import Path

import yaml
from babel import Locale
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import phrasebank
from phrasebank import composer
from phrasebank.locales import bundled_dir
from phrasebank import bank
from phrasebank.macros import export_macros

from bank_support import CATALOG, LOCALES, example_facts
from macros_support import (
    DATA,
    LEFT_OUT,
    PLACEHOLDERS,
    TARGETS,
    account_files,
    blanks,
    html_to_text,
    inflects_names,
    macro_fields,
    placeholders,
)

SENTENCE_FACTS = [name for name, fact in CATALOG.facts.items() if fact.type == "sentence"]
MONEY = next(name for name, fact in CATALOG.facts.items() if fact.type == "money")
CURRENCY = CATALOG.facts[MONEY].requires[0]
LATIN_NAMES = ["Anna", "Dana Levi", "Sam", "Nino", "Jānis Bērziņš"]
UNMARKED = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))  # LRI RLI FSI PDI
# Issue 9: a personal ("I") letter is signed by a person, so it always names the agent.
SIGNED_BY = {"i": {"agent_name"}, "we": set()}
SPOKEN_BY = {"agent_name"}  # a phone script names the caller


def _clean_sentences(locale: str) -> list[str]:
    """The linter's hand-checked clean sentences for the locale (tests/data/hedge_corpus)."""
    data = yaml.safe_load((DATA / "hedge_corpus" / f"{locale}.yaml").read_text(encoding="utf-8"))
    return list(data["clean"])


CLEAN = {locale: _clean_sentences(locale) for locale in LOCALES}
SAMPLES = {locale: example_facts(locale) for locale in LOCALES}


@st.composite
def requests(draw, locale):
    target = draw(st.sampled_from(TARGETS))
    playbook = draw(st.sampled_from(list(CATALOG.playbooks)))
    options = {name: draw(st.sampled_from(CATALOG.options[name])) for name in ("register", "voice")}
    # a channel the playbook is written for, or none: the playbook's own
    options["channel"] = draw(st.sampled_from([None, *sorted(CATALOG.playbooks[playbook].channels)]))
    sample = SAMPLES[locale]
    names = st.sampled_from([sample["customer_name"], sample["agent_name"], *LATIN_NAMES])
    facts = {"customer_name": draw(names), "agent_name": draw(names)}
    # a macro is sent once every blank is filled: all the facts it leaves open are given
    for name in SENTENCE_FACTS:
        facts[name] = " ".join(draw(st.lists(st.sampled_from(CLEAN[locale]), min_size=1, max_size=2)))
    facts[MONEY] = str(draw(st.decimals(min_value=1, max_value=99999, places=2)))
    facts[CURRENCY] = draw(st.sampled_from(["EUR", "ILS", "GEL", "AMD", "USD"]))
    seed = draw(st.integers(0, 2**32))
    return target, playbook, options, facts, seed


def _known_to_macro(target: str, facts: dict, locale: str, voice: str, channel: str | None = None) -> dict:
    """The facts a macro for `target` leaves open (placeholders and blanks): compose() gets exactly these.

    A name the locale inflects in direct address has no placeholder (the macro greets without
    it); what the voice needs is never left out (an "I" letter is signed by the agent).
    """
    keep = {}
    for name, value in facts.items():
        signed = SIGNED_BY[voice] | (SPOKEN_BY if channel == "phone" else set())
        if name in LEFT_OUT.get(target, ()) and name not in signed:
            continue
        if name == "customer_name" and inflects_names(locale):
            continue
        if name in PLACEHOLDERS[target] or name in CATALOG.blanks:
            keep[name] = value
    if MONEY in keep:
        keep[CURRENCY] = facts[CURRENCY]
    return keep


def _fill(value: str, target: str, locale: str, markup: str, facts: dict, spoken: bool = False) -> str:
    for name, token in placeholders(target, locale, markup).items():
        value = value.replace(token, facts[name] if name in facts else token)
    labels = blanks(locale)
    for name, label in labels.items():
        if name == MONEY and name in facts:  # the agent types the amount as the letter prints it
            money = bank.load(locale).money(Decimal(facts[MONEY]), facts[CURRENCY], spoken)
            value = value.replace(label, money.format(Locale.parse(locale)))
        elif name in facts:
            value = value.replace(label, facts[name])
    return value


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("property")


@pytest.fixture
def phrases(locale):
    """The locale's bank: one that does not load fails here once, not in every example."""
    return bank.load(locale)


def _after_marks(text: str, locale: str) -> str:
    import re

    import yaml

    words = yaml.safe_load((bundled_dir() / locale / "letter.yaml").read_text(encoding="utf-8"))
    if not words.get("lead_in_lowercase"):
        return text
    marks = "".join(re.escape(m) for m in words["lead_in_marks"])
    return re.sub(rf"([{marks}]\s+)(\w)", lambda m: m.group(1) + m.group(2).lower(), text)


@pytest.mark.parametrize("locale", LOCALES)
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_filled_in_macro_is_exactly_the_composed_apology_and_lints_clean(scratch, locale, phrases, data):
    target, playbook, options, drawn, seed = data.draw(requests(locale))
    facts = _known_to_macro(target, drawn, locale, options["voice"], options["channel"])
    spoken = options["channel"] == "phone"  # on the phone the agent types the amount as it is said
    # compose() keeps isolation marks around a left-to-right fact in right-to-left text; a macro
    # carries none (they would touch the helpdesk's placeholders), so wording is compared without them
    # compose() given the agent's sentences tries first the messages that do not repeat their
    # words; a macro is written before those words exist, so it keeps the seed's choice. The
    # filled macro is compared with compose()'s letter for the same facts and the same choice.
    with mock.patch.object(composer._Letter, "_preferred", lambda self, tier, order: order):
        expected = phrasebank.compose(locale, playbook, facts, seed=seed, **options).text.translate(UNMARKED)
    # one folder per target, re-exported over and over: each export replaces the last
    out = export_macros(target, scratch / f"{target}-{locale}", playbooks=[playbook], locales=[locale], seed=seed,
                        **options, **account_files(target, [locale])).path
    (macro,) = macro_fields(target, out)
    if target == "zendesk":  # the dynamic content variant is the same text
        item = json.loads(next((out / "dynamic_content").glob("*.json")).read_text(encoding="utf-8"))["item"]
        assert [v["content"] for v in item["variants"]] == macro["html"]
    # a language that writes lower case after a colon has the composer lower the agent's first letter
    # there; a helpdesk fills a macro's blank as typed, so that one letter is compared without case
    expected = _after_marks(expected, locale)
    for text in macro["text"]:
        assert _after_marks(_fill(text, target, locale, "text", facts, spoken), locale) == expected
    for html in macro["html"]:
        attribute = facts.get("customer_name") if target == "intercom" else None
        assert _after_marks(html_to_text(_fill(html, target, locale, "html", facts, spoken), attribute), locale) == expected
    # every blank and placeholder was filled: none is left in the text
    for name, label in blanks(locale).items():
        assert label not in expected or label in " ".join(map(str, facts.values())), (name, label)
    assert phrasebank.lint(expected, locale) == [], expected


