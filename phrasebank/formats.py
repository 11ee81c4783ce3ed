"""Money and dates the way a locale writes them in a letter, as Fluent functions backed by babel.

fluent.runtime 0.4 formats money with the currency's minor unit ("15,00 €", "6 000,00 ֏")
and ignores the year/month/day options of DATETIME, so a letter would read like a
receipt or a calendar app. Here babel does the work from CLDR data — currency
patterns and precision, date skeletons — and each locale's `formats.yaml` states its
letter conventions: whole amounts without decimals, when thousands get a separator,
the sign or word for a currency, and month names in the grammatical cases its
sentences need (Latvian "24. novembrī", Georgian "24 ნოემბრამდე"). The translator
still chooses, in the .ftl, which form each sentence uses:

    { $compensation_amount }                       15 €   ·  12,50 €
    { MONEY($compensation_amount, fraction: "always") }   15,00 €
    { DATE($follow_up_date, skeleton: "MMMMd") }            24. novembris
    { DATE($follow_up_date, skeleton: "MMMMd", month: "locative") }   24. novembrī
"""

from __future__ import annotations

import copy
import datetime as _dt
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import BankError

FORMATS_FILE = "formats.yaml"


@dataclass(frozen=True)
class LetterFormats:
    path: Path
    whole_without_decimals: bool = True
    min_grouping: int = 1  # digits a number needs beyond the first group before it is grouped (CLDR's meaning)
    symbols: dict[str, str] = field(default_factory=dict)  # currency code -> sign or word used instead of CLDR's
    spoken: dict[str, str] = field(default_factory=dict)  # currency code -> the word said aloud on the phone
    month_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # case -> 12 month names


def money_text(
    amount: Decimal, currency: str, locale: Any, formats: LetterFormats, *, fraction: str = "auto", spoken: bool = False
) -> str:
    """`amount` in `currency` as `locale` writes it in a letter — or, `spoken`, as a phone
    script prints it for the agent to read aloud ("15 eiro", not "15 EUR")."""
    from babel.numbers import get_currency_precision

    pattern = copy.copy(locale.currency_formats["standard"])
    whole = amount == amount.to_integral_value()
    if fraction == "auto" and whole and formats.whole_without_decimals:
        digits = 0
    else:
        digits = get_currency_precision(currency)
    pattern.frac_prec = (digits, digits)
    grouped = len(str(abs(int(amount)))) > 3 + formats.min_grouping - 1
    symbol = (spoken and formats.spoken.get(currency)) or formats.symbols.get(currency)
    if symbol is not None:
        pattern.prefix = tuple(p.replace("¤", symbol) for p in pattern.prefix)
        pattern.suffix = tuple(s.replace("¤", symbol) for s in pattern.suffix)
    return pattern.apply(amount, locale, currency=currency, currency_digits=False, group_separator=grouped)


def _money_class():
    from fluent.runtime.types import FluentType

    class Money(FluentType):
        """A money fact as a Fluent value, printed in the locale's letter style.

        Not a number subclass on purpose: fluent.runtime re-wraps every Decimal into
        its own FluentDecimal (and prints "15,00 €"); a FluentType passes through.
        """

        def __init__(self, amount: Decimal, currency: str, formats: LetterFormats, spoken: bool = False):
            self.amount = amount
            self.currency = currency
            self.formats = formats
            self.spoken = spoken

        def format(self, locale) -> str:
            return money_text(self.amount, self.currency, locale, self.formats, spoken=self.spoken)

        def __eq__(self, other) -> bool:
            return isinstance(other, Money) and (self.amount, self.currency, self.spoken) == (
                other.amount, other.currency, other.spoken)

        def __hash__(self) -> int:
            return hash((self.amount, self.currency, self.spoken))

    return Money


@lru_cache(maxsize=1)
def money_type():
    return _money_class()


def money(amount: Decimal, currency: str, formats: LetterFormats, spoken: bool = False):
    return money_type()(Decimal(amount), currency, formats, spoken)


def functions(locale: Any, formats: LetterFormats) -> dict[str, Any]:
    """The Fluent functions a locale's bank offers: DATE and MONEY, bound to the locale."""

    def DATE(value, *, skeleton: str = "yMMMMd", month: str | None = None) -> str:
        from babel.dates import format_skeleton

        if not isinstance(value, _dt.date):
            raise TypeError(f"DATE() needs a date, got {type(value).__name__}")
        day = value if not isinstance(value, _dt.datetime) else value.date()
        text = format_skeleton(str(skeleton), day, locale=locale)
        if month is not None:
            forms = formats.month_forms.get(str(month))
            if forms is None:
                cases = ", ".join(formats.month_forms) or "none"
                raise ValueError(f"DATE(): {formats.path} has no month forms {month!r}; it has: {cases}")
            name = locale.months["format"]["wide"][day.month]
            if name not in text:
                raise ValueError(f"DATE(): skeleton {skeleton!r} gives {text!r}, which has no full month name to put in the {month} case")
            text = text.replace(name, forms[day.month - 1], 1)
        return text

    def MONEY(value, *, fraction: str = "auto") -> str:
        if not isinstance(value, money_type()):
            raise TypeError("MONEY() needs a money fact such as $compensation_amount")
        if fraction not in ("auto", "always"):
            raise ValueError(f"MONEY(): fraction must be \"auto\" or \"always\", got {fraction!r}")
        return money_text(value.amount, value.currency, locale, formats, fraction=fraction, spoken=value.spoken)

    return {"DATE": DATE, "MONEY": MONEY}


@lru_cache(maxsize=64)
def load(folder: Path) -> LetterFormats:
    """A locale's formats.yaml, checked strictly (a wrong month list would misdate a promise)."""
    import yaml

    path = folder / FORMATS_FILE
    if not path.is_file():
        raise BankError(f"{path}: missing; every locale folder needs a {FORMATS_FILE} (see docs/translators.md)")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise BankError(f"{path}: cannot be read as UTF-8 YAML ({exc})") from None
    if not isinstance(data, dict) or data.get("version") != 1 or set(data) - {"version", "money", "dates"}:
        raise BankError(f"{path}: must be a mapping with `version: 1` and the sections `money:` and `dates:`")
    money_data = data.get("money") or {}
    dates = data.get("dates") or {}
    if not isinstance(money_data, dict) or set(money_data) - {"whole_without_decimals", "min_grouping", "symbols", "spoken"}:
        raise BankError(f"{path}: `money:` takes whole_without_decimals, min_grouping, symbols and spoken")
    if not isinstance(dates, dict) or set(dates) - {"month_forms"}:
        raise BankError(f"{path}: `dates:` takes month_forms")
    whole = money_data.get("whole_without_decimals", True)
    grouping = money_data.get("min_grouping", 1)
    symbols = money_data.get("symbols") or {}
    spoken = money_data.get("spoken") or {}
    if not isinstance(whole, bool):
        raise BankError(f"{path}: money.whole_without_decimals must be true or false")
    if not isinstance(grouping, int) or isinstance(grouping, bool) or not 1 <= grouping <= 4:
        raise BankError(f"{path}: money.min_grouping must be 1, 2, 3 or 4 (CLDR minimumGroupingDigits)")
    for key, table in (("symbols", symbols), ("spoken", spoken)):
        if not isinstance(table, dict) or not all(
            isinstance(k, str) and len(k) == 3 and k.isupper() and isinstance(v, str) and v.strip() for k, v in table.items()
        ):
            raise BankError(f"{path}: money.{key} must map ISO 4217 codes (EUR, AMD...) to the sign or word to print")
    months = dates.get("month_forms") or {}
    if not isinstance(months, dict) or not all(
        isinstance(case, str) and isinstance(names, list) and len(names) == 12
        and all(isinstance(n, str) and n.strip() for n in names)
        for case, names in months.items()
    ):
        raise BankError(f"{path}: dates.month_forms must map a case name to the 12 month names, January first")
    return LetterFormats(path, whole, grouping, dict(symbols), dict(spoken), {c: tuple(n) for c, n in months.items()})


__all__ = ["FORMATS_FILE", "LetterFormats", "functions", "load", "money", "money_text"]
