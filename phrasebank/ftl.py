"""Fluent files read strictly: every entry parsed with positions, its flaws as values.

fluent.syntax turns a broken entry into `Junk`, and `FluentBundle` drops Junk
silently and keeps the first of two duplicate ids. Two readers need those
flaws: the bank (`bank.py`), which refuses to load a locale with any of them,
and `phrasebank check`, which reports all of them to the translator at once.
Both read through `parse`, so they never disagree about what is broken.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def line_column(source: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset, as editors count them."""
    line = source.count("\n", 0, offset) + 1
    column = offset - (source.rfind("\n", 0, offset) + 1) + 1
    return line, column


@dataclass(frozen=True)
class Flaw:
    """One entry Fluent would drop or shadow without a word."""

    kind: str  # "junk" | "duplicate" | "no-value"
    offset: int  # where to put the cursor: the parser's error position, or the entry's start
    message_id: str | None
    detail: str  # the reason, in words (the bank's error text after "file:line:column: ")
    parser_code: str | None = None  # fluent.syntax's own code for junk, e.g. "E0003"


@dataclass(eq=False)
class Parsed:
    """A parsed .ftl source: its messages (the first of each id) and its flaws, in file order."""

    source: str
    resource: Any  # fluent.syntax.ast.Resource, with spans
    messages: dict[str, Any] = field(default_factory=dict)  # id -> ast.Message
    flaws: list[Flaw] = field(default_factory=list)

    def position(self, offset: int) -> tuple[int, int]:
        return line_column(self.source, offset)


def parse(source: str) -> Parsed:
    """Parse with spans; Junk, duplicate ids and value-less messages become `Flaw`s."""
    from fluent.syntax import FluentParser, ast

    resource = FluentParser(with_spans=True).parse(source)
    parsed = Parsed(source, resource)
    first_line: dict[str, int] = {}
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            annotation = entry.annotations[0] if entry.annotations else None
            offset = annotation.span.start if annotation and annotation.span else entry.span.start
            reason = f"{annotation.code}: {annotation.message}" if annotation else "unparsable entry"
            parsed.flaws.append(
                Flaw("junk", offset, _junk_id(entry.content), f"syntax error ({reason})",
                     annotation.code if annotation else None)
            )
        elif isinstance(entry, ast.Message):
            name = entry.id.name
            if name in first_line:
                parsed.flaws.append(
                    Flaw("duplicate", entry.id.span.start, name,
                         f"duplicate message id {name!r} (first defined on line {first_line[name]})")
                )
                continue
            first_line[name] = line_column(source, entry.id.span.start)[0]
            if entry.value is None:
                parsed.flaws.append(Flaw("no-value", entry.id.span.start, name, f"message {name!r} has no value"))
            parsed.messages[name] = entry
    return parsed


def _junk_id(content: str) -> str | None:
    """The message id a broken entry was meant to define, when its first line shows one."""
    head = content.lstrip().split("=", 1)[0].strip()
    if head and "\n" not in head and all(c.isalnum() or c in "-_" for c in head) and head[0].isalpha():
        return head
    return None


__all__ = ["Flaw", "Parsed", "line_column", "parse"]
