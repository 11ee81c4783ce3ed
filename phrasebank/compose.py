"""Compose an apology: pick one message per playbook step and fill in the facts.

Selection is data-driven (the catalog says which message serves which step,
register, channel and voice) and seeded, so the same request always gives the
same apology while different seeds give variety. Grammar stays in Fluent: the
composer only passes facts and the grammar selectors.
"""

from __future__ import annotations

import html as _html
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from . import bank as _bank
from . import facts as _facts
from .catalog import Catalog, MessageSpec
from .catalog import load as load_catalog
from .errors import BankError, FactError

_STRIP_ISOLATES = {ord(_bank.ISOLATE_START): None, ord(_bank.ISOLATE_END): None}
JSON_VERSION = 1


@dataclass(frozen=True)
class Part:
    """One step of the apology: which message was used and what it says."""

    step: str
    message: str
    text: str


@dataclass(frozen=True)
class Apology:
    locale: str
    playbook: str
    direction: str
    parts: tuple[Part, ...]
    text: str
    options: dict[str, str] = field(compare=False)
    _isolated: tuple[str, ...] = field(repr=False, compare=False)
    _breaks: tuple[str, ...] = field(repr=False, compare=False)

    @property
    def html(self) -> str:
        """HTML with `lang` and `dir`; the facts are wrapped in <bdi> so they keep their own direction."""
        chunks = []
        for part, isolated, before in zip(self.parts, self._isolated, self._breaks):
            body = _html.escape(isolated).replace(_bank.ISOLATE_START, "<bdi>").replace(_bank.ISOLATE_END, "</bdi>")
            body = body.replace("\n", "<br>\n")
            span = f'<span data-step="{part.step}" data-message="{part.message}">{body}</span>'
            if before and chunks:
                chunks.append("</p>\n<p>")
            elif chunks:
                chunks.append(" ")
            chunks.append(span)
        return (
            f'<div class="phrasebank-apology" lang="{self.locale}" dir="{self.direction}">\n'
            f"<p>{''.join(chunks)}</p>\n</div>\n"
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "version": JSON_VERSION,
            "locale": self.locale,
            "playbook": self.playbook,
            "options": dict(self.options),
            "parts": [{"step": p.step, "message": p.message, "text": p.text} for p in self.parts],
            "text": self.text,
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2)


def compose(
    locale: str,
    playbook: str,
    facts: Mapping[str, Any],
    *,
    register: str = "formal",
    channel: str = "email",
    voice: str = "we",
    customer_gender: str = "unknown",
    agent_gender: str = "unknown",
    seed: int = 0,
    locales_dir: str | Path | None = None,
) -> Apology:
    """Compose the apology `playbook` prescribes, in `locale`, from the agent's facts."""
    catalog = load_catalog()
    book = catalog.playbook(playbook)
    options = {
        "register": catalog.check_option("register", register),
        "channel": catalog.check_option("channel", channel),
        "voice": catalog.check_option("voice", voice),
        "customer_gender": catalog.check_option("customer_gender", customer_gender),
        "agent_gender": catalog.check_option("agent_gender", agent_gender),
    }
    phrases = _bank.load(locale, locales_dir)
    args = _facts.validate(catalog, facts)
    available = set(args)
    for grammar in catalog.grammar_variables:
        args[grammar] = options[grammar]

    rng = random.Random(seed)
    layout = catalog.layout[channel]
    parts: list[Part] = []
    isolated: list[str] = []
    breaks: list[str] = []
    previous_apart = True
    for step in book.steps:
        spec = _choose(catalog, book.id, step, options, available, rng)
        if spec is None:
            continue
        raw = phrases.format(spec.id, args)
        apart = step in layout.own_paragraph
        breaks.append(layout.paragraph_break if (apart or previous_apart) and parts else "")
        previous_apart = apart
        parts.append(Part(step, spec.id, raw.translate(_STRIP_ISOLATES)))
        isolated.append(raw)
    text = "".join(
        (sep or (" " if i else "")) + part.text for i, (sep, part) in enumerate(zip(breaks, parts))
    )
    limit = book.limits.get(channel)
    if limit is not None:
        own_words = sum(len(_without_placeables(raw)) for raw in isolated) + sum(map(len, breaks))
        if own_words > limit:
            raise BankError(
                f"locale {phrases.locale!r}: the {book.id!r} playbook on the {channel} channel uses "
                f"{own_words} characters besides the facts, over its limit of {limit}; "
                f"shorten the messages {', '.join(p.message for p in parts)}"
            )
    return Apology(
        locale=phrases.locale,
        playbook=book.id,
        direction=phrases.text_direction,
        parts=tuple(parts),
        text=text,
        options=options,
        _isolated=tuple(isolated),
        _breaks=tuple(bool(b) for b in breaks),
    )


def _choose(
    catalog: Catalog,
    playbook: str,
    step: str,
    options: dict[str, str],
    available: set[str],
    rng: random.Random,
) -> MessageSpec | None:
    """A seeded choice among the messages that use the most of the facts given.

    An agent who typed a cause expects to see it, so messages that quote more of
    the supplied facts win; the seed picks among equals.
    """
    candidates = catalog.candidates(step, options["register"], options["channel"], options["voice"])
    if not candidates:
        raise BankError(
            f"the catalog has no message for step {step!r} with register={options['register']}, "
            f"channel={options['channel']}, voice={options['voice']}"
        )
    usable = [spec for spec in candidates if spec.facts <= available]
    if not usable:
        if catalog.steps[step].mandatory or step in catalog.playbooks[playbook].required:
            needs = sorted({" + ".join(sorted(spec.facts - available)) for spec in candidates})
            raise FactError(
                f"the step {step!r} of playbook {playbook!r} needs the fact {' or '.join(needs)}"
            )
        return None
    most = max(len(spec.facts) for spec in usable)
    best = [spec for spec in usable if len(spec.facts) == most]
    return best[rng.randrange(len(best))]


def _without_placeables(raw: str) -> str:
    out, depth = [], 0
    for char in raw:
        if char == _bank.ISOLATE_START:
            depth += 1
        elif char == _bank.ISOLATE_END:
            depth -= 1
        elif depth == 0:
            out.append(char)
    return "".join(out)
