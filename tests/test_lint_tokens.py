"""Script-aware normalisation: the traps naive linters fall into, one by one.

Offsets must always point into the text as the user gave it, whatever was
removed (zero-width, bidi, niqqud, Armenian in-word marks) or recomposed (NFC).
"""

from __future__ import annotations

import sys
import unicodedata

import pytest
from test_lint_support import rules

from phrasebank.linter import lint
from phrasebank.tokens import FORMAT_RANGES, Script


def spans(text: str, locale: str) -> list[tuple[str, str]]:
    return [(f.rule.rsplit(".", 1)[1], text[f.start : f.end]) for f in lint(text, locale)]


def test_format_table_matches_unicode_category_cf():
    listed = {c for lo, hi in FORMAT_RANGES for c in range(lo, hi + 1)}
    cf = {c for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"}
    assert cf <= listed, sorted(hex(c) for c in cf - listed)
    # Variation selectors (Mn) are listed on purpose; code points this Python's Unicode
    # does not know yet (Cn) are Cf in Unicode 15.
    extra = {c for c in listed - cf if not 0xFE00 <= c <= 0xFE0F and unicodedata.category(chr(c)) != "Cn"}
    assert not extra, sorted(hex(c) for c in extra)


@pytest.mark.parametrize(
    "text",
    [
        "We are sorry, b\u200bu\u200bt the parcel was late.",  # zero-width spaces
        "We are sorry, \u202bbut\u202c the parcel was late.",  # bidi embedding
        "We are sorry, b\u00adut the parcel was late.",  # soft hyphen
        "We are sorry, bu\ufefft the parcel was late.",  # BOM inside the word
        "WE ARE SORRY, BUT THE PARCEL WAS LATE.",
    ],
)
def test_invisible_characters_do_not_hide_a_hedge_and_offsets_cover_it(text):
    (finding,) = lint(text, "en")
    assert finding.rule == "hedge.en.adversative"
    assert "".join(c for c in finding.text if unicodedata.category(c) != "Cf").lower() == "but"
    assert text[finding.start : finding.end] == finding.text


def test_typographic_apostrophe_matches():
    assert spans("I’m sorry you’re upset.", "en") == [("feelings", "you’re upset")]


def test_decomposed_text_is_composed_and_offsets_are_original():
    text = unicodedata.normalize("NFD", "Atvainojamies, bet kurjers kavējās. Cerams, ka tas neatkārtosies.")
    assert not unicodedata.is_normalized("NFC", text)
    assert spans(text, "lv") == [("adversative", "bet"), ("vague", "Cerams")]


@pytest.mark.parametrize("word", ["button", "identified", "iframe", "butter", "Ifeoma", "asap_id", "thoughtful"])
def test_english_words_containing_hedges_are_not_hedges(word):
    assert lint(f"We are sorry, {word} {word}.", "en") == []


def test_hebrew_niqqud_does_not_split_words_and_stays_in_the_span():
    text = "אנו מִתְנַצְּלִים, אֲבָל השליח איחר."
    assert spans(text, "he") == [("adversative", "אֲבָל")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("אנחנו מצטערים, ואם משהו לא הגיע, נבדוק.", [("conditional", "ואם")]),
        ("אנחנו מצטערים, שאם משהו לא הגיע, נבדוק.", [("conditional", "שאם")]),
        ("אנחנו מצטערים, וכשאם משהו לא הגיע, נבדוק.", [("conditional", "וכשאם")]),
        ("אנו מתנצלים, והאם ההזמנה הגיעה?", []),
        ("אנו מתנצלים על העיכוב, אם כי ההזמנה כבר בדרך.", [("adversative", "אם כי")]),
        ("אנו מתנצלים; לא נחייב אותך שוב אלא אם כן תבקש.", []),
        ("אנו מתנצלים על כל אי־נוחות.", [("minimising", "כל אי־נוחות")]),
    ],
)
def test_hebrew_prefixes_question_particle_and_maqaf(text, expected):
    assert spans(text, "he") == expected


def test_maqaf_splits_words():
    norm = Script().normalise("אי־נוחות")
    assert norm.text == "אי־נוחות"  # kept: it separates words like a hyphen, it is not removed
    assert "־" not in "".join(rules("he").prefixes)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ბოდიშს გიხდით — გსურთ თანხის დაბრუნება თუ ხელახლა გაგზავნა?", []),
        ("ბოდიშს გიხდით, თუ უხერხულობა შეგიქმნათ.", [("conditional", "თუ")]),
        ("ᲑᲝᲓᲘᲨᲡ ᲒᲘᲮᲓᲘᲗ, ᲛᲐᲒᲠᲐᲛ ᲙᲣᲠᲘᲔᲠᲛᲐ ᲓᲐᲐᲒᲕᲘᲐᲜᲐ.", [("adversative", "ᲛᲐᲒᲠᲐᲛ")]),
        ("ბოდიშს გიხდით, თუმცა შეკვეთა უკვე გზაშია.", [("adversative", "თუმცა")]),
        ("ბოდიშს გიხდით, თუნდაც ეს მცირე საკითხი ჩანდეს.", []),
    ],
)
def test_georgian_or_reading_mtavruli_and_longer_words(text, expected):
    assert spans(text, "ka") == expected


def test_georgian_is_never_upper_cased_by_normalisation():
    norm = Script().normalise("ბოდიში ᲑᲝᲓᲘᲨᲘ")
    assert norm.text == "ბოდიში ბოდიში"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ներեցե՛ք, բայց առաքիչը ուշացավ։", [("adversative", "բայց")]),
        ("Ներողություն ենք խնդրում։ Եթե հարցեր ունեք, գրեք։", []),
        ("Ներողություն ենք խնդրում: Եթե փաթեթը վաղը չստանաք, կվերադարձնենք գումարը:", []),
        ("Ներողություն ենք խնդրում, եթե սպասե՞լ եք։", [("conditional", "եթե")]),
        ("Ցավում ենք, թեև մենք զգուշացրել էինք։", [("adversative", "թեև")]),
        ("Ցավում ենք, թեեւ մենք զգուշացրել էինք։", [("adversative", "թեեւ")]),
    ],
)
def test_armenian_marks_sentence_ends_and_yev(text, expected):
    assert spans(text, "hy") == expected


def test_armenian_yev_survives_normalisation():
    script = rules("hy").script
    assert script.normalise("Եվ և ԵՎ").text == "եվ և եվ"
    assert script.normalise("Ներեցե՛ք").text == "ներեցեք"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jā, atvainojamies par kavēšanos.", []),
        ("Atvainojamies, Jums bija jāgaida divas dienas.", []),
        ("Atvainojamies, jau nosūtījām jaunu preci.", []),
        ("Atvainojamies, jautājums ir atrisināts.", []),
        ("Atvainojamies, ja Jums radās neērtības.", [("conditional", "ja")]),
        ("ATVAINOJAMIES, JA JUMS RADĀS NEĒRTĪBAS.", [("conditional", "JA")]),
    ],
)
def test_latvian_diacritics_are_never_stripped(text, expected):
    assert spans(text, "lv") == expected


def test_offsets_after_removed_characters_map_back():
    text = "\u200f\u200fאנו מתנצלים, \u200eאבל\u200e השליח איחר. \u2066We\u2069"
    (finding,) = lint(text, "he")
    assert text[finding.start : finding.end] == "אבל"


def test_length_changing_lower_case_falls_back_to_a_per_character_map():
    text = "İİİ We are sorry, but no."
    assert len(text.lower()) != len(text)
    (finding,) = lint(text, "en")
    assert text[finding.start : finding.end] == "but"
