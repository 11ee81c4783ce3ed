"""An apology composed for a macro: the wording is final, the facts are still open.

A macro is written before the incident, so the facts it quotes are either filled
by the helpdesk (the customer's name) or by the agent (what went wrong). The
wording around them must still be exactly what `compose()` would write — the same
message choice, grammar and layout — so a macro is composed by `compose()` itself,
with every open fact given a stand-in it accepts:

- a text fact gets a printable sentinel, a random token that no phrase can contain
  (the token is drawn per draft, so a doctored .ftl cannot guess it), which is
  then cut back out of the text;
- a money fact gets a random amount with cents in the ISO 4217 test currency XTS;
  the text the locale's bank prints for that amount (`Bank.money`, its letter style
  from formats.yaml, which MONEY() prints alike for an amount with cents) is cut out
  of the text the same way. The amount is left open, never invented: the agent types
  it, with its currency, where the locale's blank says so.

Counts and dates are never left open (their plural form or case depends on the
value), so they are simply not given, and the composer picks messages that need
them not. compose()'s validation is used unchanged: the stand-ins are valid facts.

The same holds for a name in a locale that inflects names in direct address (its
folder has an `address.yaml`, e.g. a vocative): a helpdesk placeholder inserts the
name as it is stored, so such a macro is composed without the facts catalog.yaml
marks `address: true`, and the composer greets without a name.

A fact the chosen voice requires (letter_rules.voice: a personal "I" letter is
signed by a person, so it needs `agent_name`) is always given, as the helpdesk's
placeholder or the locale's blank, even where the target would leave it out.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Mapping

from .. import bank as _bank
from ..catalog import Catalog
from ..catalog import load as load_catalog
from ..errors import BankError
from .targets import Target

TEST_CURRENCY = "XTS"  # ISO 4217: "code reserved for testing", never a customer's money
_SENTINEL = re.compile(r"Q[0-9A-F]{12}[0-9]{2}Z")
# Isolation marks (LRI RLI FSI PDI): never inside or around a helpdesk placeholder.
_ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))


@dataclass(frozen=True)
class Slot:
    """A place the helpdesk (placeholder) or the agent (blank) fills."""

    fact: str


@dataclass(frozen=True)
class Draft:
    locale: str
    playbook: str
    direction: str  # "ltr" | "rtl", from CLDR
    options: dict[str, str]
    seed: int
    pieces: tuple[str | Slot, ...]  # literal text and slots, in reading order
    blanks: dict[str, str]  # fact -> this locale's label for it, e.g. "[what went wrong]"
    messages: tuple[str, ...]  # the message ids used, in order


def compose_draft(
    target: Target,
    locale: str,
    playbook: str,
    *,
    register: str,
    channel: str | None = None,
    voice: str,
    seed: int = 0,
    facts: Mapping[str, Any] | None = None,
    locales_dir: str | Path | None = None,
) -> Draft:
    """Compose `playbook` in `locale` for `target`, keeping the facts it cannot know open.

    `facts` are the account's constants (the company name, a contact address):
    written into the text as compose() formats them, never left open. `channel`
    defaults to the playbook's own, as in compose().
    """
    from babel import Locale

    from ..composer import compose

    catalog = load_catalog()
    if channel is None:
        channel = catalog.own_channel(catalog.playbook(playbook))
    phrases = _bank.load(locale, locales_dir)
    fixed = {name: value for name, value in (facts or {}).items() if value is not None}
    token = secrets.token_hex(6).upper()
    given: dict[str, Any] = dict(fixed)
    sentinels: dict[str, str] = {}  # sentinel text -> fact
    money: dict[str, str] = {}  # the bank's printing of the stand-in amount -> its sentinel
    inflected = inflected_facts(catalog, phrases)
    for index, fact in enumerate(target.composed_facts(catalog, voice, channel)):
        if fact in fixed or fact in inflected:
            continue
        kind = catalog.facts[fact].type
        sentinel = f"Q{token}{index:02d}Z"  # matches _SENTINEL
        sentinels[sentinel] = fact
        if kind in ("text", "sentence"):
            given[fact] = sentinel
        elif kind == "money":
            amount = Decimal(int(token[:8], 16) % 900000 + 100000) + Decimal("0.37")
            given[fact] = amount
            for companion in catalog.facts[fact].requires:
                if catalog.facts[companion].type != "currency":
                    raise BankError(f"fact {fact!r} needs {companion!r}, which a macro cannot leave open")
                given[companion] = TEST_CURRENCY
            shown = phrases.money(amount, TEST_CURRENCY).format(Locale.parse(phrases.locale))
            money[shown] = sentinel
        else:  # guarded by targets.load(); a count or date cannot stay open
            raise BankError(f"fact {fact!r} of type {kind} cannot be left open in a macro")

    apology = compose(
        phrases.locale,
        playbook,
        given,
        register=register,
        channel=channel,
        voice=voice,
        seed=seed,
        locales_dir=locales_dir,
    )

    def open_up(text: str) -> str:
        for shown, sentinel in money.items():
            text = text.replace(shown, sentinel)
        return text

    for part in apology.parts:
        text = open_up(part.text)
        for fact in catalog.messages[part.message].facts:
            sentinel = next((s for s, f in sentinels.items() if f == fact), None)
            if sentinel is not None and sentinel not in text:
                raise BankError(
                    f"{phrases.path}: message {part.message!r} does not show ${fact} as it is given "
                    f"(wrapped in a function or a select?), so a macro cannot leave it open"
                )
    pieces: list[str | Slot] = []
    text, start = open_up(apology.text), 0
    for match in _SENTINEL.finditer(text):
        if match.group(0) not in sentinels:  # same shape, another token: literal text
            continue
        if match.start() > start:
            pieces.append(text[start:match.start()].translate(_ISOLATES))
        pieces.append(Slot(sentinels[match.group(0)]))
        start = match.end()
    if start < len(text):
        pieces.append(text[start:].translate(_ISOLATES))
    if any(token in piece for piece in pieces if isinstance(piece, str)):
        raise BankError(f"{phrases.path}: a stand-in for a fact survived into the macro text; report this")
    return Draft(
        locale=phrases.locale,
        playbook=apology.playbook,
        direction=apology.direction,
        options={"register": register, "channel": channel, "voice": voice},
        seed=seed,
        pieces=tuple(pieces),
        blanks=blank_labels(catalog, phrases),
        messages=tuple(part.message for part in apology.parts),
    )


def inflected_facts(catalog: Catalog, phrases: _bank.Bank) -> frozenset[str]:
    """Facts this locale inflects in direct address (address.yaml), which no helpdesk placeholder can do."""
    if phrases.addressing is None:
        return frozenset()
    return frozenset(name for name, fact in catalog.facts.items() if fact.address)


def label(phrases: _bank.Bank, message_id: str) -> str:
    """A label message as one line without isolation marks (a blank, a macro title)."""
    text = phrases.format(message_id, {}).translate(_ISOLATES).strip()
    if not text or "\n" in text:
        raise BankError(f"{phrases.path}: {message_id!r} must be one non-empty line")
    return text


def blank_labels(catalog: Catalog, phrases: _bank.Bank) -> dict[str, str]:
    """Each blank's label in this locale, e.g. "[מה השתבש]": one line, no isolation marks."""
    return {fact: label(phrases, message_id) for fact, message_id in catalog.blanks.items()}

