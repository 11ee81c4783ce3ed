"""The facts an agent supplies, checked and turned into Fluent arguments.

Facts arrive from a CLI, a helpdesk or a form, so they are validated at the edge:
an unknown key, a date that is not ISO 8601 or a currency babel does not know is
an error that names the fact — never a guess. Money and dates become Fluent
values so the locale's own CLDR formats apply.
"""

from __future__ import annotations

import datetime as _dt
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, Mapping, NamedTuple

from .catalog import Catalog
from .errors import FactError

# Characters that would let a fact reorder or hide the text around it.
_FORBIDDEN_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}


def validate(catalog: Catalog, facts: Mapping[str, Any]) -> dict[str, Any]:
    """Checked facts converted to Fluent argument values, keyed by fact name."""
    known = catalog.facts
    args: dict[str, Any] = {}
    applied: list[tuple[str, str]] = []
    for name, value in facts.items():
        fact = known.get(name)
        if fact is None:
            unknown = sorted(set(facts) - set(known))
            raise FactError(f"unknown fact(s) {', '.join(unknown)}; valid facts: {', '.join(known)}")
        if value is None:
            continue
        for needed in fact.requires:
            if facts.get(needed) is None:
                raise FactError(f"fact {name!r} needs the fact {needed!r} as well")
        args[name] = _CONVERTERS[fact.type](fact, value)
        if fact.applied_to:
            applied.append((name, fact.applied_to))
    for name, target in applied:
        args[target] = Money(args[target], args.pop(name))
    return args


class Money(NamedTuple):
    """An amount and its currency; the locale's bank turns it into text (`Bank.money`)."""

    amount: Decimal
    currency: str


def _text(fact, value: Any) -> str:
    if not isinstance(value, str):
        raise FactError(f"fact {fact.name!r} must be text, got {type(value).__name__}")
    text = unicodedata.normalize("NFC", value.strip())
    if not text:
        raise FactError(f"fact {fact.name!r} is empty")
    if text.isprintable():  # the common case: no control, format or unassigned characters
        return text
    for char in text:
        if char not in "\n\t" and unicodedata.category(char) in _FORBIDDEN_CATEGORIES:
            raise FactError(
                f"fact {fact.name!r} contains the invisible control character "
                f"U+{ord(char):04X} ({unicodedata.name(char, 'unnamed')}); remove it"
            )
    return text


def _money(fact, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise FactError(f"fact {fact.name!r} must be an amount such as 50 or 49.90")
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        raise FactError(f"fact {fact.name!r} must be an amount such as 50 or 49.90, got {value!r}") from None
    if not amount.is_finite() or amount <= 0:
        raise FactError(f"fact {fact.name!r} must be a positive amount, got {value!r}")
    return amount


def _currency(fact, value: Any) -> str:
    code = str(value).strip().upper()
    if not _is_currency(code):
        raise FactError(
            f"fact {fact.name!r} must be an ISO 4217 currency code such as EUR, ILS, GEL, AMD or USD, got {value!r}"
        )
    return code


@lru_cache(maxsize=512)
def _is_currency(code: str) -> bool:
    from babel.numbers import UnknownCurrencyError, validate_currency

    try:
        validate_currency(code)
    except UnknownCurrencyError:
        return False
    return True


def _count(fact, value: Any) -> int:
    if isinstance(value, bool):
        raise FactError(f"fact {fact.name!r} must be a whole number")
    try:
        number = int(value) if not isinstance(value, float) or value.is_integer() else None
    except (TypeError, ValueError):
        number = None
    if number is None or (isinstance(value, str) and not value.strip().lstrip("+").isdigit()):
        raise FactError(f"fact {fact.name!r} must be a whole number, got {value!r}")
    minimum = fact.minimum if fact.minimum is not None else 0
    if number < minimum:
        raise FactError(f"fact {fact.name!r} must be at least {minimum}, got {number}")
    return number


def _date(fact, value: Any) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise FactError(
            f"fact {fact.name!r} must be an ISO 8601 date (YYYY-MM-DD), got {value!r}"
        ) from None


_CONVERTERS = {
    "text": _text,
    "sentence": _text,
    "money": _money,
    "currency": _currency,
    "count": _count,
    "date": _date,
}
FACT_TYPES = tuple(_CONVERTERS)
