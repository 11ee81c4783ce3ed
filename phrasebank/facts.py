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
from typing import Any, Mapping

from .catalog import Catalog
from .errors import FactError

# Characters that would let a fact reorder or hide the text around it.
_FORBIDDEN_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}


def validate(catalog: Catalog, facts: Mapping[str, Any]) -> dict[str, Any]:
    """Checked facts converted to Fluent argument values, keyed by fact name."""
    unknown = sorted(set(facts) - set(catalog.facts))
    if unknown:
        raise FactError(
            f"unknown fact(s) {', '.join(unknown)}; valid facts: {', '.join(catalog.facts)}"
        )
    present = {name: value for name, value in facts.items() if value is not None}
    for name in present:
        for needed in catalog.facts[name].requires:
            if needed not in present:
                raise FactError(f"fact {name!r} needs the fact {needed!r} as well")
    args: dict[str, Any] = {}
    for name, value in present.items():
        fact = catalog.facts[name]
        converter = _CONVERTERS.get(fact.type)
        if converter is None:
            raise FactError(f"fact {name!r} has a type the catalog does not define: {fact.type!r}")
        args[name] = converter(fact, value)
    for name, value in list(args.items()):
        target = catalog.facts[name].applied_to
        if target:
            from fluent.runtime.types import fluent_number

            args[target] = fluent_number(args[target], style="currency", currency=args.pop(name))
    return args


def _text(fact, value: Any) -> str:
    if not isinstance(value, str):
        raise FactError(f"fact {fact.name!r} must be text, got {type(value).__name__}")
    text = unicodedata.normalize("NFC", value.strip())
    if not text:
        raise FactError(f"fact {fact.name!r} is empty")
    for char in text:
        if char in "\n\t":
            continue
        if unicodedata.category(char) in _FORBIDDEN_CATEGORIES:
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
    from babel.numbers import UnknownCurrencyError, validate_currency

    code = str(value).strip().upper()
    try:
        validate_currency(code)
    except UnknownCurrencyError:
        raise FactError(
            f"fact {fact.name!r} must be an ISO 4217 currency code such as EUR, ILS, GEL, AMD or USD, got {value!r}"
        ) from None
    return code


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
