"""The facts an agent supplies, checked and turned into Fluent arguments.

Facts arrive from a CLI, a helpdesk or a form, so they are validated at the edge:
an unknown key, a date that is not ISO 8601 or a currency babel does not know is
an error that names the fact — never a guess. Money and dates become Fluent
values so the locale's own CLDR formats apply.

Whatever reaches the customer must be what the agent meant, so a value that
would be printed differently is refused too: an amount with more decimals than
its currency has (0.0000001 EUR would read "€0.00"), a date before today for a
fact whose catalog entry says `minimum: today`, a number too large for CLDR's
formatting (1e400, a 27-digit count), a text longer than Fluent puts in one
placeable. A line break from a web form (CR LF, or a lone CR) is a line break.
"""

from __future__ import annotations

import datetime as _dt
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, Mapping, NamedTuple

from .catalog import Catalog
from .errors import FactError, shown
from .ftl import control_name
from .tokens import normalize

# Characters that would let a fact reorder or hide the text around it.
_FORBIDDEN_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}

# fluent.runtime refuses a placeable longer than 2500 characters (MAX_PART_LENGTH), and a
# select branch holds the translator's words around the fact: a fact stays well below.
MAX_TEXT_CHARS = 2000
MAX_COUNT = 1_000_000  # days late, free months: CLDR formats any such number exactly
MAX_AMOUNT = Decimal(10) ** 12  # babel's decimal context formats amounts below this exactly
_MAX_NUMBER_CHARS = 40
TODAY = "today"  # a date fact's `minimum` in the catalog: not before the day of composing


def validate(catalog: Catalog, facts: Mapping[str, Any]) -> dict[str, Any]:
    """Checked facts converted to Fluent argument values, keyed by fact name."""
    known = catalog.facts
    args: dict[str, Any] = {}
    applied: list[tuple[str, str]] = []
    for name, value in facts.items():
        fact = known.get(name)
        if fact is None:
            if not isinstance(name, str):
                raise FactError(f"fact names are text; got {shown(name)}; valid facts: {', '.join(known)}")
            unknown = sorted(str(n) for n in set(facts) - set(known))
            listed = ", ".join(shown(n) for n in unknown[:5]) + (f" and {len(unknown) - 5} more" if len(unknown) > 5 else "")
            raise FactError(f"unknown fact(s) {listed}; valid facts: {', '.join(known)}")
        if value is None:
            continue
        for needed in fact.requires:
            if facts.get(needed) is None:
                raise FactError(f"fact {name!r} needs the fact {needed!r} as well")
        args[name] = _CONVERTERS[fact.type](fact, value)
        if fact.applied_to:
            applied.append((name, fact.applied_to))
    for name, target in applied:
        args[target] = Money(_in_units(target, args[target], args[name]), args.pop(name))
    return args


def _in_units(name: str, amount: Decimal, currency: str) -> Decimal:
    """The amount, if the currency can show it exactly: 0.0000001 EUR would be shown as €0.00."""
    digits = _currency_digits(currency)
    if amount != amount.quantize(Decimal(1).scaleb(-digits)):
        smallest = Decimal(1).scaleb(-digits)
        raise FactError(
            f"fact {name!r} is {amount:f} {currency}, but {currency} amounts have {digits} decimal(s) (the smallest is "
            f"{smallest} {currency}): the customer would read a rounded amount; give at most {digits} decimal(s)"
        )
    return amount


class Money(NamedTuple):
    """An amount and its currency; the locale's bank turns it into text (`Bank.money`)."""

    amount: Decimal
    currency: str


def _text(fact, value: Any) -> str:
    if not isinstance(value, str):
        raise FactError(f"fact {fact.name!r} must be text, got {type(value).__name__}")
    if len(value) > 4 * MAX_TEXT_CHARS:  # before normalising: the limit below is checked on the NFC text
        raise FactError(f"fact {fact.name!r} is {len(value)} characters long; at most {MAX_TEXT_CHARS}")
    if "\r" in value:  # a web form's line breaks (CR LF), or an old Mac's (CR)
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    text = value.strip()
    if not unicodedata.is_normalized("NFC", text):  # linear; composing is left to the bounded normalize
        text = normalize("NFC", text)
    if not text:
        raise FactError(f"fact {fact.name!r} is empty")
    if len(text) > MAX_TEXT_CHARS:
        raise FactError(f"fact {fact.name!r} is {len(text)} characters long; at most {MAX_TEXT_CHARS}")
    if text.isprintable():  # the common case: no control, format or unassigned characters
        return text
    for char in text:
        if char not in "\n\t" and unicodedata.category(char) in _FORBIDDEN_CATEGORIES:
            name = control_name(char) if unicodedata.category(char) == "Cc" else (
                f"U+{ord(char):04X} ({unicodedata.name(char, 'an unassigned or private code point')})"
            )
            raise FactError(f"fact {fact.name!r} contains the invisible control character {name}; remove it")
    return text


def _money(fact, value: Any) -> Decimal:
    text = _number_text(value)
    try:
        amount = Decimal(text) if text is not None else None
    except InvalidOperation:
        amount = None
    if amount is None:
        raise FactError(f"fact {fact.name!r} must be an amount such as 50 or 49.90, got {shown(value)}")
    if not amount.is_finite() or amount <= 0 or amount >= MAX_AMOUNT:
        raise FactError(f"fact {fact.name!r} must be a positive amount below {MAX_AMOUNT:,}, got {shown(value)}")
    return amount


def _number_text(value: Any) -> str | None:
    """A number as text, if it is one of sensible length (a str of 5000 digits is not)."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float, Decimal)):
        return None
    if isinstance(value, int) and value.bit_length() > 4 * _MAX_NUMBER_CHARS:
        return None
    text = str(value).strip()
    return text if len(text) <= _MAX_NUMBER_CHARS else None


def _currency(fact, value: Any) -> str:
    code = value.strip().upper() if isinstance(value, str) else ""
    if not (code.isascii() and code.isalpha() and len(code) == 3 and _is_currency(code)):
        raise FactError(
            f"fact {fact.name!r} must be an ISO 4217 currency code such as EUR, ILS, GEL, AMD or USD, got {shown(value)}"
        )
    return code


@lru_cache(maxsize=512)
def _currency_digits(code: str) -> int:
    from babel.numbers import get_currency_precision

    return get_currency_precision(code)


@lru_cache(maxsize=512)
def _is_currency(code: str) -> bool:
    from babel.numbers import UnknownCurrencyError, validate_currency

    try:
        validate_currency(code)
    except UnknownCurrencyError:
        return False
    return True


def _count(fact, value: Any) -> int:
    minimum = fact.minimum if isinstance(fact.minimum, int) else 0
    if type(value) is int and minimum <= value <= MAX_COUNT:  # the common case, from a form or a YAML file
        return value
    text = _number_text(value)
    try:
        number = int(value) if text is not None and (not isinstance(value, float) or value.is_integer()) else None
    except (TypeError, ValueError, OverflowError):
        number = None
    if number is None or (isinstance(value, str) and not value.strip().lstrip("+").isdigit()):
        raise FactError(f"fact {fact.name!r} must be a whole number, got {shown(value)}")
    if not minimum <= number <= MAX_COUNT:
        raise FactError(f"fact {fact.name!r} must be a whole number from {minimum} to {MAX_COUNT}, got {shown(number)}")
    return number


def _date(fact, value: Any) -> _dt.date:
    if isinstance(value, _dt.datetime):
        date = value.date()
    elif isinstance(value, _dt.date):
        date = value
    else:
        try:
            date = _dt.date.fromisoformat(value.strip()) if isinstance(value, str) and len(value) < 40 else None
        except ValueError:
            date = None
        if date is None:
            raise FactError(f"fact {fact.name!r} must be an ISO 8601 date (YYYY-MM-DD), got {shown(value)}")
    if fact.minimum == TODAY and date < _dt.date.today():
        raise FactError(
            f"fact {fact.name!r} is {date.isoformat()}, a day in the past; it promises when the customer hears "
            f"from us, so it must be today ({_dt.date.today().isoformat()}) or later"
        )
    return date


_CONVERTERS = {
    "text": _text,
    "sentence": _text,
    "money": _money,
    "currency": _currency,
    "count": _count,
    "date": _date,
}
FACT_TYPES = tuple(_CONVERTERS)
