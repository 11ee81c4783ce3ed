"""Money and dates as a letter writes them: the DATE and MONEY functions and each locale's style.

Every expected string here is written by hand from the locale's own norms (a support
lead's letter, not a receipt), never produced by the code under test.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from babel import Locale

import phrasebank
from phrasebank import bank as _bank
from phrasebank import formats as _formats
from phrasebank.errors import BankError

NBSP, RLM = "\u00a0", "\u200f"
NOV_24 = dt.date(2026, 11, 24)
LV_LOCATIVE = ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā",
               "septembrī", "oktobrī", "novembrī", "decembrī"]


def _style(**kwargs) -> _formats.LetterFormats:
    return _formats.LetterFormats(Path("formats.yaml"), **kwargs)


def _money(locale, amount, currency, style, **options):
    return _formats.money_text(Decimal(amount), currency, Locale.parse(locale), style, **options).replace(RLM, "")


@pytest.mark.parametrize(
    "locale, amount, currency, style, expected",
    [
        ("en", "15", "USD", {}, "$15"),
        ("en", "12.5", "USD", {}, "$12.50"),
        ("en", "1500", "USD", {}, "$1,500"),
        ("he", "15", "ILS", {}, f"15{NBSP}₪"),
        ("he", "49.90", "ILS", {}, f"49.90{NBSP}₪"),
        ("ka", "39", "GEL", {}, f"39{NBSP}₾"),
        ("ka", "39", "GEL", {"symbols": {"GEL": "ლარი"}}, f"39{NBSP}ლარი"),
        ("ka", "12.5", "USD", {"symbols": {"USD": "$"}}, f"12,50{NBSP}$"),
        ("hy", "6000", "AMD", {"symbols": {"AMD": "դրամ"}, "min_grouping": 2}, f"6000{NBSP}դրամ"),
        ("hy", "15000", "AMD", {"symbols": {"AMD": "դրամ"}, "min_grouping": 2}, f"15{NBSP}000{NBSP}դրամ"),
        ("lv", "20", "EUR", {}, f"20{NBSP}€"),
        ("lv", "12.5", "EUR", {}, f"12,50{NBSP}€"),
    ],
)
def test_money_is_written_as_in_a_letter(locale, amount, currency, style, expected):
    assert _money(locale, amount, currency, _style(**style)) == expected


def test_money_keeps_its_cents_when_asked_or_when_there_are_any():
    assert _money("lv", "20", "EUR", _style(), fraction="always") == f"20,00{NBSP}€"
    assert _money("en", "20", "USD", _style(whole_without_decimals=False)) == "$20.00"


@pytest.mark.parametrize(
    "locale, skeleton, month, expected",
    [
        ("en", "MMMMd", None, "November 24"),
        ("he", "MMMMd", None, "24 בנובמבר"),
        ("hy", "MMMMd", None, "նոյեմբերի 24"),
        ("ka", "MMMMd", None, "24 ნოემბერი"),
        ("lv", "yMd", None, "24.11.2026."),
        ("lv", "MMMMd", None, "24. novembris"),
        ("lv", "MMMMd", "locative", "24. novembrī"),
    ],
)
def test_dates_follow_the_skeleton_and_the_case_the_sentence_needs(locale, skeleton, month, expected):
    date_function = _formats.functions(Locale.parse(locale), _style(month_forms={"locative": tuple(LV_LOCATIVE)}))["DATE"]
    assert date_function(NOV_24, skeleton=skeleton, month=month) == expected


def test_an_unknown_month_case_names_the_file_and_the_cases_it_has():
    date_function = _formats.functions(Locale.parse("lv"), _style(month_forms={"locative": tuple(LV_LOCATIVE)}))["DATE"]
    with pytest.raises(ValueError, match=r"formats.yaml has no month forms 'dative'; it has: locative"):
        date_function(NOV_24, skeleton="MMMMd", month="dative")


def test_a_phone_script_prints_the_currency_as_the_agent_says_it():
    style = _style(symbols={"EUR": "EUR"}, spoken={"EUR": "eiro"})
    assert _money("lv", "15", "EUR", style) == f"15{NBSP}EUR"
    assert _money("lv", "15", "EUR", style, spoken=True) == f"15{NBSP}eiro"
    assert _money("lv", "12.5", "EUR", style, spoken=True) == f"12,50{NBSP}eiro"
    assert _money("lv", "15", "USD", style, spoken=True) == f"15{NBSP}$"  # no spoken word: as written (CLDR)


@pytest.mark.parametrize("channel, expected, absent", [("phone", "15 eiro", "EUR"), ("email", "15 EUR", "eiro")])
def test_the_latvian_bank_says_eiro_on_the_phone_and_writes_eur_in_a_letter(channel, expected, absent):
    facts = {"issue": "Pasūtījums pienāca ar nedēļas kavēšanos.", "agent_name": "Anna",
             "compensation_amount": "15", "compensation_currency": "EUR"}
    text = phrasebank.compose("lv", "restore-value", facts, channel=channel).text.replace(NBSP, " ")
    assert expected in text and absent not in text


def test_the_english_bank_writes_whole_dollars_and_month_names():
    text = phrasebank.compose(
        "en", "formal-letter",
        {"issue": "Your order arrived late.", "follow_up_date": (dt.date.today() + dt.timedelta(days=3)).isoformat()},
    ).text
    assert NUMERIC_FREE(text)
    refund = phrasebank.compose("en", "restore-value", {"issue": "Your order arrived late.",
                                                       "compensation_amount": "15", "compensation_currency": "USD"}).text
    assert "$15" in refund and "$15.00" not in refund


def NUMERIC_FREE(text: str) -> bool:
    import re

    return not re.search(r"\d+/\d+/\d+", text)


@pytest.mark.parametrize(
    "content, problem",
    [
        ("version: 2\n", "version: 1"),
        ("version: 1\nmoney: {min_grouping: 9}\n", "min_grouping"),
        ("version: 1\nmoney: {symbols: {euro: €}}\n", "ISO 4217"),
        ("version: 1\nmoney: {spoken: {EUR: ''}}\n", "money.spoken"),
        ("version: 1\ndates: {month_forms: {locative: [a, b]}}\n", "12 month names"),
        ("version: 1\ncolours: {}\n", "sections"),
    ],
)
def test_a_broken_formats_file_is_refused_with_its_path(tmp_path, content, problem):
    (tmp_path / "formats.yaml").write_text(content, encoding="utf-8")
    _formats.load.cache_clear()
    with pytest.raises(BankError, match=problem) as caught:
        _formats.load(tmp_path)
    assert str(tmp_path / "formats.yaml") in str(caught.value)


def test_every_bundled_locale_has_a_letter_style():
    from phrasebank.locales import available, bundled_dir

    for code in available():
        assert isinstance(_formats.load(bundled_dir() / code), _formats.LetterFormats)
        assert _bank.load(code).money(Decimal("15"), "EUR").format(Locale.parse(code))
