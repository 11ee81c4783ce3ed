"""Script-aware normalisation: the traps naive linters fall into, one by one.

Offsets must always point into the text as the user gave it, whatever was
removed (zero-width, bidi, niqqud, Armenian in-word marks) or recomposed (NFC).
"""

from __future__ import annotations

import sys
import unicodedata

import pytest
from test_lint_support import rules

from phrasebank.linter import lint as _lint


def lint(text: str, locale: str):
    """The rules' patterns' findings: this file is about how they read words (the model
    beside them reads sentences, tests/test_hedge_model.py)."""
    return [f for f in _lint(text, locale) if f.source == "pattern"]
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
    findings = lint(text, "en")
    # the excuse rule's stand-in for "the clause after 'but'" points at the same word
    assert {(f.start, f.end) for f in findings} == {(findings[0].start, findings[0].end)}
    (finding,) = [f for f in findings if f.rule == "hedge.en.adversative"]
    assert "".join(c for c in finding.text if unicodedata.category(c) != "Cf").lower() == "but"
    assert text[finding.start : finding.end] == finding.text


def test_typographic_apostrophe_matches():
    assert spans("I’m sorry you’re upset.", "en") == [("feelings", "you’re upset")]


def test_decomposed_text_is_composed_and_offsets_are_original():
    text = unicodedata.normalize("NFD", "Atvainojamies, bet kurjers kavējās. Cerams, ka tas neatkārtosies.")
    assert not unicodedata.is_normalized("NFC", text)
    nfd = lambda s: unicodedata.normalize("NFD", s)  # the spans are the original's characters
    assert spans(text, "lv") == [("adversative", "bet"), ("excuse", nfd("kurjers kavējās")),
                                 ("passive", nfd("kavējās")), ("vague", "Cerams")]


@pytest.mark.parametrize("word", ["button", "identified", "iframe", "butter", "Ifeoma", "asap_id", "thoughtful"])
def test_english_words_containing_hedges_are_not_hedges(word):
    assert lint(f"We are sorry, {word} {word}.", "en") == []


def test_hebrew_niqqud_does_not_split_words_and_stays_in_the_span():
    text = "אנו מִתְנַצְּלִים, אֲבָל השליח איחר."
    assert spans(text, "he") == [("adversative", "אֲבָל"), ("excuse", "אֲבָל")]


# These examples test how words are read (prefix letters, question particles, maqaf,
# Mtavruli, sentence marks), so they compare the word-level categories only: the rules
# by mechanism may rightly find more in the same sentence ("נבדוק" promises nothing).
WORD_LEVEL = {"conditional", "adversative", "minimising"}


def word_level(found):
    return [item for item in found if item[0] in WORD_LEVEL]


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
        # a rule word written as one prefix letter and * ("אף ש*") starts the prefix stack: "אף שהמשלוח"
        # opens a concession, "אף משלוח" (no parcel) is מ + "שלוח", not "ש*" with a prefix before it
        ("אף שהמשלוח יצא בזמן, אנו מתנצלים.", [("adversative", "אף שהמשלוח")]),
        ("אנו מתנצלים, אף משלוח לא יצא היום.", []),
        ("אנו מתנצלים, אפילו משלוח אחד לא הגיע.", []),
        # the anchor's class holds "ייתכן" and "ייתכן ו*": the longer read "ייתכן ונגרמה" and left no
        # harm word for the rest of the pattern; the shorter is tried too
        ("ייתכן ונגרמה לך אי נוחות, ועל כך אנו מתנצלים.", [("conditional", "ייתכן"), ("minimising", "אי נוחות")]),
    ],
)
def test_hebrew_prefixes_question_particle_and_maqaf(text, expected):
    assert word_level(spans(text, "he")) == expected


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
    assert word_level(spans(text, "ka")) == expected


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
    assert word_level(spans(text, "hy")) == expected


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
    findings = lint(text, "he")
    assert findings and {text[f.start : f.end] for f in findings} == {"אבל"}


def test_length_changing_lower_case_falls_back_to_a_per_character_map():
    text = "İİİ We are sorry, but no."
    assert len(text.lower()) != len(text)
    findings = lint(text, "en")
    assert findings and {text[f.start : f.end] for f in findings} == {"but"}


@pytest.mark.parametrize(
    "text, hedge",
    [
        ("ｗｅ ａｒｅ ｓｏｒｒｙ， ｂｕｔ the parcel was late.", "ｂｕｔ"),
        ("ＷＥ ＡＲＥ ＳＯＲＲＹ， ＢＵＴ ＴＨＥ ＰＡＲＣＥＬ ＷＡＳ ＬＡＴＥ．", "ＢＵＴ"),
        ("We are sorry,\u3000ｂｕｔ the parcel was late.", "ｂｕｔ"),
        ("We are sorry, ｂｕt the parcel was late.", "ｂｕt"),
    ],
)
def test_fullwidth_letters_do_not_hide_a_hedge(text, hedge):
    findings = lint(text, "en")
    assert {text[f.start : f.end] for f in findings} == {hedge}  # the excuse stand-in may point at it too
    (finding,) = [f for f in findings if f.rule == "hedge.en.adversative"]
    assert text[finding.start : finding.end] == finding.text == hedge


def test_width_forms_are_unicodes_own_wide_and_narrow_mappings():
    from phrasebank.tokens import WIDTH_FORMS

    wide_or_narrow = {
        code for code in range(0x10000) if unicodedata.decomposition(chr(code)).startswith(("<wide>", "<narrow>"))
    }
    assert set(WIDTH_FORMS) == wide_or_narrow
    for code, target in WIDTH_FORMS.items():  # one character for one, the same under NFKC
        assert len(target) == 1 and unicodedata.normalize("NFKC", chr(code)) == unicodedata.normalize("NFKC", target)
    assert all(WIDTH_FORMS[0xFF01 + i] == chr(0x21 + i) for i in range(0x5E))  # fullwidth ASCII


def test_non_starters_exist_only_in_the_planes_the_run_pattern_covers():
    def non_starter(char):  # UAX #15: decomposes into nothing but characters of non-zero combining class
        decomposed = unicodedata.normalize("NFKD", char)
        return bool(decomposed) and all(unicodedata.combining(c) for c in decomposed)

    beyond = [code for code in range(0x20000, sys.maxunicode + 1) if non_starter(chr(code))]
    assert beyond == []


@pytest.mark.parametrize("marks", ["\u0301\u0316", "\u05b8\u05b4", "\u0301" * 2, "\u0f73", "\uff9e\u0316"])
def test_a_long_run_of_combining_marks_neither_hangs_nor_shifts_offsets(marks):
    text = "We are sorry a" + marks * 5000 + ", but the parcel was late."
    findings = lint(text, "en")
    assert findings and {text[f.start : f.end] for f in findings} == {"but"}


def test_bounded_normalize_is_unicodedatas_on_ordinary_text_and_stream_safe_otherwise():
    from phrasebank.tokens import STREAM_SAFE_RUN, is_normalized, normalize

    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        for text in ("Atvainojamies", unicodedata.normalize("NFD", "kavējās ﬁ ｓ"), "e\u0316\u0301" * 3):
            assert normalize(form, text) == unicodedata.normalize(form, text)
            assert is_normalized(form, text) == unicodedata.is_normalized(form, text)
    run = "a" + "\u0301\u0316" * 100
    safe = normalize("NFC", run)
    # UAX #15: a COMBINING GRAPHEME JOINER after every 30 non-starters, each window in canonical order
    windows = safe.split("\u034f")
    assert len(windows) == -(-200 // STREAM_SAFE_RUN)
    assert all(sum(map(unicodedata.combining, w)) and len(w) <= STREAM_SAFE_RUN + 1 for w in windows)
    assert all(unicodedata.is_normalized("NFC", w) for w in windows)
    assert not is_normalized("NFC", run) and is_normalized("NFC", safe)
