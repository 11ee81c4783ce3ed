"""Compose an apology: pick one message per playbook step and fill in the facts.

Selection is data-driven and seeded. The catalog says which message serves which
step, register, channel and voice, and which rules a whole letter keeps
(`letter_rules`): the composer walks the playbook's steps in order and takes, for
each, the first message in the seed's order that keeps every rule given what the
letter already says — backing up a step when a later one cannot be written. So the
same request always gives the same apology, different seeds give variety, and no
seed gives a letter that echoes itself, points back at nothing or switches voice.
Grammar stays in Fluent: the composer only passes facts and the grammar selectors.
"""

from __future__ import annotations

import html as _html
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, NamedTuple

from . import bank as _bank
from . import facts as _facts
from .catalog import Catalog, MessageSpec
from .catalog import load as load_catalog
from .errors import BankError, FactError
from .letter import names_in, own_wording, opening

JSON_VERSION = 1
_SEARCH_BUDGET = 20000  # candidate checks per letter before giving up: far above any real bank
_FULL_LETTER_BUDGET = 3000  # candidate checks spent looking for a letter that keeps every step
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
    channel: str | None = None,
    voice: str = "we",
    customer_gender: str = "unknown",
    agent_gender: str = "unknown",
    seed: int = 0,
    locales_dir: str | Path | None = None,
) -> Apology:
    """Compose the apology `playbook` prescribes, in `locale`, from the agent's facts.

    `channel` defaults to the playbook's own: email for a letter, social for the public reply.
    """
    catalog = load_catalog()
    book = catalog.playbook(playbook)
    if channel is None:
        channel = catalog.own_channel(book)
    options = {
        "register": catalog.check_option("register", register),
        "channel": catalog.check_option("channel", channel),
        "voice": catalog.check_option("voice", voice),
        "customer_gender": catalog.check_option("customer_gender", customer_gender),
        "agent_gender": catalog.check_option("agent_gender", agent_gender),
    }
    catalog.check_playbook_channel(book, channel)
    phrases = _bank.load(locale, locales_dir)
    args = _facts.validate(catalog, facts)
    for needed in catalog.rules.voice_requires.get(voice, ()):
        if needed not in args:
            raise FactError(
                f"the {voice!r} voice is a personal letter, signed by the person who writes it: "
                f"give the fact {needed!r} (or use voice 'we')"
            )
    if catalog.channels[channel].spoken:
        for needed in catalog.rules.spoken_requires:
            if needed not in args:
                raise FactError(
                    f"a {channel} script is read aloud by the agent, who says who is calling: give the fact {needed!r}"
                )
    values = _fluent_values(catalog, phrases, args, spoken=catalog.channels[channel].spoken)
    rules = catalog.rules
    count = values.get(rules.count_fact)
    told = [values.get(name) for name in rules.count_in]
    if count is not None and any(isinstance(t, str) and phrases.words.states_count(t, int(count)) for t in told):
        del values[rules.count_fact]  # letter_rules.count_once: a fact the agent wrote already says it
    grammar = {name: options[name] for name in catalog.grammar_variables if name in options}
    for name, derived in catalog.derived.items():
        grammar[name] = derived.of(values.get(derived.source))
    plan = _plan(catalog, book.id, tuple(options.values()), frozenset(values))
    letter = _Letter(catalog, phrases, channel, values, grammar, book.id)
    chosen = letter.search(plan, _orders(plan, seed))

    channel_spec = catalog.channels[channel]
    parts: list[Part] = []
    isolated: list[str] = []
    keep_marks = phrases.text_direction == "rtl"
    for step, spec, raw in chosen:
        parts.append(Part(step, spec.id, _plain(raw, keep_marks)))
        isolated.append(raw)
    breaks = _paragraph_breaks(channel_spec, [part.step for part in parts])
    text = "".join(
        (channel_spec.paragraph_break if brk else " ") + part.text if i else part.text
        for i, (brk, part) in enumerate(zip(breaks, parts))
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


def _paragraph_breaks(channel, steps: list[str]) -> list[bool]:
    """Whether each part opens a paragraph. Parts standing apart (greeting, sign-off)
    always do. Elsewhere consecutive parts of one paragraph group form a run; a run of
    two or more opens a paragraph, a lone part joins the paragraph before it — unless
    lone parts follow each other: together they make a paragraph, so no paragraph grows
    without end. A lone step the channel lists in `opens_paragraph` (the invitation) opens
    one too: where to reach us is never buried in the explanation."""
    groups = [channel.paragraph_groups.get(step) for step in steps]
    runs: list[int] = []  # length of the run each part belongs to
    i = 0
    while i < len(steps):
        j = i + 1
        while j < len(steps) and groups[j] == groups[i] and steps[j] not in channel.own_paragraph:
            j += 1
        runs.extend([j - i] * (j - i))
        i = j
    breaks: list[bool] = []
    for index, step in enumerate(steps):
        if index == 0:
            breaks.append(False)
            continue
        previous = steps[index - 1]
        if step in channel.own_paragraph or previous in channel.own_paragraph:
            breaks.append(True)
        elif groups[index] is None or groups[index] == groups[index - 1]:
            breaks.append(False)
        elif runs[index] >= 2:
            breaks.append(True)
        else:  # a lone part: it opens a paragraph only as the first of lone parts in a row
            follows = index + 1 < len(steps) and runs[index + 1] == 1 and groups[index + 1] is not None \
                and steps[index + 1] not in channel.own_paragraph
            lone_before = runs[index - 1] == 1 and groups[index - 1] is not None \
                and previous not in channel.own_paragraph
            breaks.append((follows or step in channel.opens_paragraph) and not lone_before)
    return breaks


def _fluent_values(catalog: Catalog, phrases: _bank.Bank, args: dict[str, Any], *, spoken: bool) -> dict[str, Any]:
    """The checked facts as this locale's Fluent values: money in its letter style (on a channel
    read aloud, with the currency as the agent says it), names as addressed.

    A name the locale would have to inflect but cannot (no rule in its address.yaml
    covers it) is left out, so the letter greets without it rather than misspell it.
    """
    values: dict[str, Any] = {}
    for name, value in args.items():
        if isinstance(value, _facts.Money):
            value = phrases.money(value.amount, value.currency, spoken)
        elif catalog.facts[name].address and phrases.addressing is not None:
            value = phrases.addressing.address(value)
            if value is None:
                continue
        values[name] = value
    return values


class _Letter:
    """The letter being written: what it already says, and the rules a next part must keep."""

    def __init__(self, catalog: Catalog, phrases: _bank.Bank, channel: str, values: dict, grammar: dict, playbook: str):
        self.catalog = catalog
        self.phrases = phrases
        self.rules = catalog.rules
        self.channel = catalog.channels[channel]
        self.values = values
        self.grammar = grammar
        self.playbook = playbook
        self.words = phrases.words
        self._formatted: dict[str, tuple[str, frozenset[str], tuple[str, ...] | None]] = {}
        self.budget = _SEARCH_BUDGET
        self.skipping = False
        self.refusals: dict[str, int] = {}
        # The content words of the agent's own sentences (issue, cause, fix, prevention): a
        # message that says them again ("the error is ours" after a cause that names the error)
        # reads as an echo, so among equally good messages one without them is tried first.
        self.fact_content: frozenset[str] = frozenset().union(
            *(self.words.content(value) for name, value in values.items()
              if isinstance(value, str) and catalog.facts.get(name) is not None and catalog.facts[name].type == "sentence")
        )
        self._echoes: dict[str, int] = {}
        # Names the agent wrote with a capital inside a sentence keep it after a lead-in too.
        self.names = names_in(value for value in values.values() if isinstance(value, str))

    def _format(self, spec: MessageSpec):
        found = self._formatted.get(spec.id)
        if found is None:
            values = dict(self.grammar)
            for name in spec.facts:
                values[name] = self.values[name]
            if spec.lead_in is not None and isinstance(values.get(spec.lead_in), str):
                values[spec.lead_in] = self.words.after_lead_in(values[spec.lead_in], self.names)
            raw = self.phrases.format(spec.id, values)
            own = own_wording(raw)
            found = (raw, self.words.content(own), opening(own, self.rules.lead_in_words))
            self._formatted[spec.id] = found
        return found

    def _refuse(self, rule: str) -> bool:
        self.refusals[rule] = self.refusals.get(rule, 0) + 1
        return False

    def _fits(self, spec: MessageSpec, step: str, said: "_Said") -> bool:
        if spec.after and not (spec.after & said.steps):
            return self._refuse("after")
        if spec.not_after & said.steps:
            return self._refuse("after")
        if spec.lead_in is not None and said.lead_ins >= self.rules.max_lead_ins:
            return self._refuse("lead_ins_deliver")
        if spec.facts & said.facts:
            return self._refuse("quote_once")
        if (
            not self.channel.public
            and step != "greeting"
            and self.rules.opening_fact not in said.facts
            and self.rules.opening_fact not in spec.facts
        ):
            return self._refuse("opening")
        raw, content, lead = self._format(spec)
        if content & said.content:
            return self._refuse("no_echo")
        if lead is not None and lead in said.openings:
            return self._refuse("no_repeated_lead_in")
        return True

    def search(self, plan, orders) -> list[tuple[str, MessageSpec, str]]:
        """A letter with every step of the plan if one exists (within a first budget);
        only then one that leaves out optional steps — a step is never dropped when
        choosing differently earlier would have kept it."""
        for self.skipping, self.budget in ((False, _FULL_LETTER_BUDGET), (True, _SEARCH_BUDGET)):
            chosen: list[tuple[str, MessageSpec, str]] = []
            if self._walk(plan, orders, 0, _Said(), chosen):
                return chosen
        tally = ", ".join(f"{rule} {n}" for rule, n in sorted(self.refusals.items(), key=lambda kv: -kv[1]))
        reason = "it gave up after too many tries" if self.budget <= 0 else "no choice of messages keeps every rule"
        raise BankError(
            f"{self.phrases.path}: cannot compose a coherent {self.playbook!r} letter for channel "
            f"{self.channel.id} with facts {', '.join(sorted(self.values))}: {reason} "
            f"(refusals by letter rule: {tally or 'none'}); add or vary messages for these steps"
        )

    def _walk(self, plan, orders, index: int, said: "_Said", chosen: list) -> bool:
        if index == len(plan):
            return self._within_limit(chosen)
        step, tiers, skippable = plan[index]
        for tier, order in zip(tiers, orders[index]):
            for position in self._preferred(tier, order):
                spec = tier[position]
                self.budget -= 1
                if self.budget <= 0:
                    return False
                if not self._fits(spec, step, said):
                    continue
                raw, content, lead = self._format(spec)
                chosen.append((step, spec, raw))
                if self._walk(plan, orders, index + 1, said.adding(step, spec, content, lead), chosen):
                    return True
                chosen.pop()
        return skippable and self.skipping and self.budget > 0 and self._walk(plan, orders, index + 1, said, chosen)

    def _preferred(self, tier, order):
        """The seed's order, messages that repeat fewer content words of the agent's sentences
        first (a preference, not a rule: when every message of a step repeats one, the one that
        repeats the fewest is tried first — a lead-in that shares one word with the fact reads
        better than one that shares two, round 26)."""
        if not self.fact_content:
            return order
        return sorted(order, key=lambda p: self._echoes_facts(tier[p]))  # stable: the seed's order within a count

    def _echoes_facts(self, spec: MessageSpec) -> int:
        """How many content words of the agent's sentences the message's own wording repeats."""
        found = self._echoes.get(spec.id)
        if found is None:
            found = self._echoes[spec.id] = len(self._format(spec)[1] & self.fact_content)
        return found

    def _within_limit(self, chosen) -> bool:
        limit = self.channel.limit
        if limit is None:
            return True
        own = sum(_own_length(raw) for _, _, raw in chosen) + len(chosen) - 1
        return own <= limit or self._refuse(f"limit {limit} on {self.channel.id}")


class _Said(NamedTuple):
    """What the letter has said so far (immutable, so backing up a step is free)."""

    steps: frozenset[str] = frozenset()
    facts: frozenset[str] = frozenset()
    content: frozenset[str] = frozenset()
    openings: frozenset[tuple[str, ...]] = frozenset()
    lead_ins: int = 0

    def adding(self, step: str, spec: MessageSpec, content: frozenset[str], lead) -> "_Said":
        return _Said(
            self.steps | {step},
            self.facts | spec.facts,
            self.content | content,
            self.openings | ({lead} if lead is not None else set()),
            self.lead_ins + (spec.lead_in is not None),
        )


def _own_length(raw: str) -> int:
    """Characters of the bank's own wording: everything outside Fluent's isolation marks."""
    total, depth = 0, 0
    for char in raw:
        if char == _ISOLATE_START:
            depth += 1
        elif char == _ISOLATE_END:
            depth = max(depth - 1, 0)
        elif not depth:
            total += 1
    return total


def _plain(raw: str, keep_marks: bool) -> str:
    """Text for a person. In a right-to-left locale a placeable that holds a left-to-right
    letter or a digit keeps Fluent's isolation marks (FSI…PDI), so the Unicode
    Bidirectional Algorithm shows "@handle." and "+972-3-…" in their own order when
    the text is pasted into a chat or a helpdesk; every other mark is dropped."""
    if not keep_marks:
        return raw.replace(_ISOLATE_START, "").replace(_ISOLATE_END, "")
    while _ISOLATE_START in raw:  # innermost placeables first; kept marks are parked meanwhile
        done = _INNERMOST.sub(_keep_or_drop, raw)
        if done == raw:
            break
        raw = done
    raw = raw.replace(_ISOLATE_START, "").replace(_ISOLATE_END, "")
    return raw.replace(_KEPT_START, _ISOLATE_START).replace(_KEPT_END, _ISOLATE_END)


_INNERMOST = re.compile("\u2068([^\u2068\u2069]*)\u2069")
# Private-use stand-ins for kept marks while inner placeables are resolved; facts cannot
# contain private-use characters (facts.py rejects them), so these never collide.
_KEPT_START, _KEPT_END = "\ue000", "\ue001"


def _keep_or_drop(match: "re.Match") -> str:
    inner = match.group(1)
    return _KEPT_START + inner + _KEPT_END if _needs_isolation(inner) else inner


@lru_cache(maxsize=4096)
def _needs_isolation(text: str) -> bool:
    import unicodedata

    return any(unicodedata.bidirectional(c) in ("L", "EN", "AN") for c in text)


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


def _orders(plan, seed: int) -> list[list[list[int]]]:
    """For every step and tier, the order the seed tries its messages in (a seeded shuffle)."""
    return _shuffles(tuple(tuple(len(tier) for tier in tiers) for _, tiers, _ in plan), seed)


@lru_cache(maxsize=4096)
def _shuffles(sizes: tuple[tuple[int, ...], ...], seed: int) -> list[list[list[int]]]:
    state = _splitmix(seed)
    orders = []
    for tiers in sizes:
        step_orders = []
        for size in tiers:
            order = list(range(size))
            for i in range(len(order) - 1, 0, -1):
                state = (state * _LCG_MULTIPLIER + _LCG_INCREMENT) & _MASK64
                j = (state >> 33) % (i + 1)
                order[i], order[j] = order[j], order[i]
            step_orders.append(order)
        orders.append(step_orders)
    return orders


@lru_cache(maxsize=4096)
def _plan(
    catalog: Catalog, playbook: str, option_values: tuple[str, ...], available: frozenset[str]
) -> tuple[tuple[str, tuple[tuple[MessageSpec, ...], ...], bool], ...]:
    """For each step that can be written: its messages in tiers, and whether it may be left out.

    An agent who typed a cause expects to see it, so messages that quote more of
    the supplied facts come first (a tier per count); a step may fall back to a
    lower tier only to keep a letter rule, and never drops a fact the agent typed
    (only the catalog's `optional` names may go unsaid). Which messages
    may serve at all depends only on the request's shape, so this is computed once
    per shape.
    """
    register, channel, voice = option_values[:3]
    book = catalog.playbooks[playbook]
    public = catalog.channels[channel].public
    unsayable = catalog.rules.public_never_quotes if public else frozenset()
    plan = []
    for step in book.steps:
        candidates = catalog.candidates(step, register, channel, voice)
        needed = catalog.steps[step].mandatory or step in book.required
        if not candidates and not needed:
            continue  # the catalog writes this step on other channels only (no written closing on a call)
        if not candidates:
            raise BankError(
                f"the catalog has no message for step {step!r} with register={register}, "
                f"channel={channel}, voice={voice}"
            )
        usable = [
            spec
            for spec in candidates
            if spec.facts <= available
            and spec.with_ <= available
            and not (spec.without & available)
            and not (spec.facts & unsayable)
        ]
        if not usable:
            if needed:
                wanted = [s for s in candidates if not (s.facts & unsayable)]
                needs = sorted({" + ".join(sorted(spec.facts - available)) for spec in wanted if spec.facts - available})
                raise FactError(f"the step {step!r} of playbook {playbook!r} needs the fact {' or '.join(needs)}")
            continue
        essential = {f for f in catalog.steps[step].facts if f in available and not catalog.facts[f].optional}
        most_essential = max(len(spec.facts & essential) for spec in usable)
        allowed = [spec for spec in usable if len(spec.facts & essential) == most_essential]
        counts = sorted({len(spec.facts) for spec in allowed}, reverse=True)
        tiers = tuple(tuple(spec for spec in allowed if len(spec.facts) == n) for n in counts)
        plan.append((step, tiers, not needed and most_essential == 0))
    return tuple(plan)
