"""Right-to-left plain text shows Latin and digits in their own order when pasted anywhere.

Hebrew `.text` keeps Fluent's isolation marks (FSI…PDI) around a fact that holds a
left-to-right letter or a digit. What a reader sees is checked with a real implementation
of the Unicode Bidirectional Algorithm (python-bidi, which wraps the unicode-bidi crate),
never by eye: without the marks, "@NorthwindIL." displays as "NorthwindIL@" and a phone
number's "+" jumps to its end.
"""

from __future__ import annotations

import pytest
from babel import Locale
from bidi import get_display

import phrasebank
from phrasebank.locales import available

from letter_support import incidents

CONTACTS = ["@NorthwindIL", "support@northwind.co.il", "+972-3-765-4321"]
RTL = [code for code in available() if Locale.parse(code).character_order == "right-to-left"]


def _lines(apology):
    return [line for line in apology.text.split("\n") if line.strip()]


@pytest.mark.parametrize("locale", RTL)
@pytest.mark.parametrize("contact", CONTACTS)
def test_a_contact_keeps_its_own_order_in_displayed_rtl_text(locale, contact):
    for seed in range(6):
        apology = phrasebank.compose(locale, "social", {"contact": contact}, channel="social", seed=seed)
        shown = [line for line in _lines(apology) if contact in line.replace("\u2068", "").replace("\u2069", "")]
        if not shown:
            continue
        display = get_display(shown[0])
        assert contact in display, (contact, display)


@pytest.mark.parametrize("locale", RTL)
def test_money_dates_and_latin_names_keep_their_order(locale):
    name, facts, cg, ag = incidents(locale)[0]
    facts = dict(facts, agent_name="Sam", company="Northwind", compensation_amount="15", compensation_currency="ILS")
    for playbook in ("restore-value", "formal-letter"):
        apology = phrasebank.compose(locale, playbook, facts, channel="email", seed=1)
        for line in _lines(apology):
            display = get_display(line)
            for latin in ("Sam", "Northwind"):
                if latin in line:
                    assert latin in display, (latin, display)
            if "15" in line:
                assert "15" in display and "51" not in display.replace("\u200f", ""), display


def test_left_to_right_text_carries_no_isolation_marks():
    text = phrasebank.compose("en", "five-steps", {"issue": "Your order arrived late.", "contact": "@NorthwindUS"}).text
    assert "\u2068" not in text and "\u2069" not in text


@pytest.mark.parametrize("locale", RTL)
def test_rtl_text_isolates_only_what_needs_it(locale):
    apology = phrasebank.compose(locale, "social", {"contact": "@NorthwindIL"}, channel="social", seed=2)
    text = apology.text
    assert text.count("\u2068") == text.count("\u2069")
    for piece in text.split("\u2068")[1:]:
        inner = piece.split("\u2069", 1)[0]
        assert any(c.isascii() and c.isalnum() for c in inner), inner
