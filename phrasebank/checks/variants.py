"""Every variant of every message, written out with sample facts and mapped back to the source.

A message with a select on the register and a nested plural select is six
texts, and a translator can break any one of them. So every check that reads
words (spelling, hedges, language) runs on each fully expanded variant: each
select replaced by one of its branches, the facts filled in from the locale's
`example.yaml`, the grammar selector set to the branch's key and a count set to
a number of the branch's CLDR plural category.

Each variant keeps a map from its text back to the .ftl source, so a word found
in the text is reported at its own line and column. Facts are marked as such:
a word inside a fact is not the translator's to fix here.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from ..catalog import Catalog
from .fluent_ast import MAX_PATHS, key_name, paths, uncovered
from .problem import Problem

_PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")


@dataclass(frozen=True)
class Segment:
    start: int  # span in Variant.text
    end: int
    source: int  # the element's span in the source
    source_end: int
    offsets: tuple[int, ...] | None  # source offset of each character for literal text; None for a placeable

    @property
    def literal(self) -> bool:
        return self.offsets is not None


@dataclass(frozen=True)
class Variant:
    message_id: str
    keys: tuple[str, ...]  # the branch taken at each select, e.g. ("warm", "one")
    text: str  # plain text: no isolation marks
    segments: tuple[Segment, ...]
    source: int  # where the message starts in the source

    @cached_property
    def starts(self) -> list[int]:
        """Where each segment starts in `text`, for bisection."""
        return [segment.start for segment in self.segments]

    def segment_at(self, index: int) -> Segment | None:
        """The segment holding text[index], by bisection (a scan per word was quadratic in long messages)."""
        position = bisect_right(self.starts, index) - 1
        if position >= 0 and index < self.segments[position].end:
            return self.segments[position]
        return None

    def source_offset(self, index: int) -> int:
        """Source offset of text[index]: exact in literal text, the placeable's start inside a fact."""
        segment = self.segment_at(index)
        if segment is None:
            return self.source
        if segment.offsets is None:
            return segment.source
        return segment.offsets[index - segment.start]

    def literal(self, start: int, end: int) -> bool:
        """True when text[start:end] lies inside one stretch of the translator's own text."""
        segment = self.segment_at(start)
        return segment is not None and segment.literal and end <= segment.end

    def own_text(self) -> str:
        """The translator's words only: each fact replaced by a space."""
        return "".join(self.text[s.start:s.end] if s.literal else " " for s in self.segments)

    @property
    def label(self) -> str:
        return f"{self.message_id} [{', '.join(self.keys)}]" if self.keys else self.message_id


def expand(
    parsed, locale: str, catalog: Catalog, samples: dict[str, Any], shown: str, functions: dict | None = None
) -> tuple[list[Variant], list[Problem]]:
    """All variants of every message in `parsed`; problems for variants Fluent cannot format.

    `functions` are the locale's own Fluent functions (DATE, MONEY: phrasebank/formats.py).
    """
    from fluent.runtime import FluentBundle
    from fluent.syntax import ast

    bundle = FluentBundle([locale], functions=functions, use_isolating=False)
    bundle.add_resource(parsed.resource)
    extra: list = []
    placeable_ids: dict[int, str] = {}
    plans = []
    skipped: list[Problem] = []
    for message_id, message in parsed.messages.items():
        if message.value is None:
            continue
        ways = paths(list(message.value.elements))
        missed = uncovered(message.value, ways)
        if missed:
            line, column = parsed.position(missed[0][1].span.start)
            skipped.append(Problem(shown, line, column, "unchecked-variants", "warning", message_id,
                                   f"{message_id} has more than {MAX_PATHS} combinations of select branches; "
                                   f"{len(missed)} branch(es), this one first, are in none of the {MAX_PATHS} "
                                   "that are checked: split the message or use fewer selects"))
        for elements, choices in ways:
            for element in elements:
                if isinstance(element, ast.Placeable) and id(element) not in placeable_ids:
                    name = f"phrasebank-check-placeable-{len(placeable_ids)}"
                    placeable_ids[id(element)] = name
                    extra.append(ast.Message(ast.Identifier(name), ast.Pattern([element])))
            plans.append((message_id, message, elements, choices))
    bundle.add_resource(ast.Resource(extra))

    counted = {name for name, fact in catalog.facts.items() if fact.type == "count"}
    source = parsed.source
    variants: list[Variant] = []
    problems: list[Problem] = skipped
    for message_id, message, elements, choices in plans:
        args = dict(samples)
        keys = []
        for select, variant in choices:
            key = key_name(variant.key)
            keys.append(key)
            name = select.selector.id.name if isinstance(select.selector, ast.VariableReference) else None
            if name is None:
                continue
            if name in counted or key in _PLURAL_CATEGORIES or key.isdigit():
                args[name] = int(key) if key.isdigit() else _plural_sample(locale, key, args.get(name))
            else:
                args[name] = key
        text_parts: list[str] = []
        segments: list[Segment] = []
        position = 0
        for element in elements:
            if isinstance(element, ast.TextElement):
                value = element.value
                offsets = _align(value, source, element.span.start, element.span.end)
                segments.append(Segment(position, position + len(value), element.span.start, element.span.end, offsets))
            else:
                pattern = bundle.get_message(placeable_ids[id(element)]).value
                value, errors = bundle.format_pattern(pattern, args)
                for error in errors:
                    if _unknown_variable(error, args):
                        continue  # reported by the variable-parity check, with the variable's name
                    line, column = parsed.position(element.span.start)
                    problems.append(Problem(shown, line, column, "format-error", "error", message_id,
                                            f"{message_id}: Fluent cannot format this placeable: {error}"))
                segments.append(Segment(position, position + len(value), element.span.start, element.span.end, None))
            text_parts.append(value)
            position += len(value)
        variants.append(Variant(message_id, tuple(keys), "".join(text_parts), tuple(segments), message.id.span.start))
    return variants, problems


def _unknown_variable(error, args) -> bool:
    text = str(error)
    return text.startswith("Unknown external: ") and text.split(": ", 1)[1] not in args


@lru_cache(maxsize=256)
def plural_sample(locale: str, category: str) -> int | None:
    """The smallest whole number CLDR puts in `category` for `locale`, if any."""
    from babel import Locale

    rule = Locale.parse(locale).plural_form
    for number in range(0, 1001):
        if rule(number) == category:
            return number
    return None


def _plural_sample(locale: str, category: str, fallback):
    found = plural_sample(locale, category)
    return found if found is not None else fallback


def _align(value: str, source: str, start: int, end: int) -> tuple[int, ...]:
    """Source offset of each character of a text element's value.

    fluent.syntax removes indentation (and normalises line ends) from the
    source, so the value is a subsequence of its span; matching greedily gives
    each character its place.
    """
    offsets = []
    j = start
    for char in value:
        while j < end and source[j] != char:
            j += 1
        offsets.append(min(j, max(start, end - 1)))
        j += 1
    return tuple(offsets)
