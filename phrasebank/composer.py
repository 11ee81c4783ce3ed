"""Compose an apology: pick one message per playbook step and fill in the facts.

Selection is data-driven (the catalog says which message serves which step,
register, channel and voice) and seeded, so the same request always gives the
same apology while different seeds give variety. Grammar stays in Fluent: the
composer only passes facts and the grammar selectors.
"""

from __future__ import annotations

import html as _html
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, NamedTuple

from . import bank as _bank
from . import facts as _facts
from .catalog import Catalog, MessageSpec
from .catalog import load as load_catalog
from .errors import BankError, FactError

JSON_VERSION = 1
_ISOLATE_START = _bank.ISOLATE_START
_ISOLATE_END = _bank.ISOLATE_END


class Part(NamedTuple):
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
    grammar = {name: options[name] for name in catalog.grammar_variables}

    parts: list[Part] = []
    isolated: list[str] = []
    breaks: list[bool] = []
    previous_apart = False
    state = _splitmix(seed)
    for step, choices, apart in _plan(catalog, book.id, tuple(options.values()), frozenset(args)):
        if len(choices) > 1:
            state = (state * _LCG_MULTIPLIER + _LCG_INCREMENT) & _MASK64
            spec = choices[(state >> 33) % len(choices)]
        else:
            spec = choices[0]
        values = dict(grammar)
        for name in spec.facts:
            values[name] = args[name]
        raw = phrases.format(spec.id, values)
        breaks.append(bool(parts) and (apart or previous_apart))
        previous_apart = apart
        parts.append(Part(step, spec.id, raw.replace(_ISOLATE_START, "").replace(_ISOLATE_END, "")))
        isolated.append(raw)
    paragraph = catalog.layout[channel].paragraph_break
    text = "".join(
        (paragraph if brk else " ") + part.text if i else part.text
        for i, (brk, part) in enumerate(zip(breaks, parts))
    )
    limit = book.limits.get(channel)
    if limit is not None:
        own_words = len(text) - sum(_placeable_length(raw) for raw in isolated)
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
        _breaks=tuple(breaks),
    )


# Variant choice: a seeded 64-bit generator, cheaper to start than random.Random and
# identical across processes and Python versions (the same seed, the same apology).
_MASK64 = (1 << 64) - 1
_LCG_MULTIPLIER = 6364136223846793005
_LCG_INCREMENT = 1442695040888963407


def _splitmix(seed: int) -> int:
    z = (seed * 0x9E3779B97F4A7C15 + 0x632BE59BD9B4E019) & _MASK64
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK64
    return z ^ (z >> 31)


@lru_cache(maxsize=4096)
def _plan(
    catalog: Catalog, playbook: str, option_values: tuple[str, ...], available: frozenset[str]
) -> tuple[tuple[str, tuple[MessageSpec, ...], bool], ...]:
    """For each step that can be written, the messages to choose among.

    An agent who typed a cause expects to see it, so messages that quote more of
    the supplied facts win; the seed picks among equals. Depends only on the
    request's shape, so it is computed once per shape.
    """
    register, channel, voice = option_values[:3]
    book = catalog.playbooks[playbook]
    plan = []
    for step in book.steps:
        candidates = catalog.candidates(step, register, channel, voice)
        if not candidates:
            raise BankError(
                f"the catalog has no message for step {step!r} with register={register}, "
                f"channel={channel}, voice={voice}"
            )
        usable = [spec for spec in candidates if spec.facts <= available]
        if not usable:
            if catalog.steps[step].mandatory or step in book.required:
                needs = sorted({" + ".join(sorted(spec.facts - available)) for spec in candidates})
                raise FactError(f"the step {step!r} of playbook {playbook!r} needs the fact {' or '.join(needs)}")
            continue
        most = max(len(spec.facts) for spec in usable)
        best = tuple(spec for spec in usable if len(spec.facts) == most)
        plan.append((step, best, step in catalog.layout[channel].own_paragraph))
    return tuple(plan)


def _placeable_length(raw: str) -> int:
    """Characters inside Fluent's isolation marks: the facts, numbers and dates a message quotes."""
    total, depth = 0, 0
    for char in raw:
        if char == _ISOLATE_START:
            depth += 1
        elif char == _ISOLATE_END:
            depth -= 1
        elif depth:
            total += 1
    return total
