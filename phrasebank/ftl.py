"""Fluent files read strictly: every entry parsed with positions, its flaws as values.

fluent.syntax turns a broken entry into `Junk`, and `FluentBundle` drops Junk
silently and keeps the first of two duplicate ids. Two readers need those
flaws: the bank (`bank.py`), which refuses to load a locale with any of them,
and `phrasebank check`, which reports all of them to the translator at once.
Both read through `parse`, so they never disagree about what is broken.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from .positions import Lines

# Placeables inside placeables (selects count): the bundled files nest 2 deep. fluent.syntax
# parses recursively, so 2000 levels ended in a RecursionError; deeper entries are flaws.
MAX_NESTING = 32
MAX_CONTROL_FLAWS = 100  # named one by one; a file full of them gets one more flaw saying how many

_CONTROL_NAMES = {
    0x00: "NULL", 0x07: "BELL", 0x08: "BACKSPACE", 0x0B: "LINE TABULATION", 0x0C: "FORM FEED",
    0x0D: "CARRIAGE RETURN", 0x1B: "ESCAPE", 0x7F: "DELETE",
}
# Control characters other than the line feed and tab (and a CR before a line feed): invisible
# in an editor, and an ESC or BEL in a reply reaches the customer's terminal or mail client.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")
_LINE = re.compile(r"[^\n]*\n?")
_NESTING_TOKEN = re.compile(r'\\[\\"]|[{}"]')


def line_column(source: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset, as editors count them (one offset: see Parsed.position)."""
    line = source.count("\n", 0, offset) + 1
    column = offset - (source.rfind("\n", 0, offset) + 1) + 1
    return line, column


def control_name(char: str) -> str:
    """U+001B (ESCAPE): control characters have no name in unicodedata, only aliases."""
    name = _CONTROL_NAMES.get(ord(char)) or unicodedata.name(char, "") or "a control character"
    return f"U+{ord(char):04X} ({name})"


@dataclass(frozen=True)
class Flaw:
    """One entry Fluent would drop or shadow without a word."""

    kind: str  # "junk" | "duplicate" | "no-value" | "control"
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

    _lines: Lines | None = field(default=None, repr=False)

    def position(self, offset: int) -> tuple[int, int]:
        """Line and column of an offset: a table of line starts built once, not a count from 0 each time."""
        if self._lines is None:
            self._lines = Lines(self.source)
        return self._lines.position(offset)


def parse(source: str) -> Parsed:
    """Parse with spans; Junk, duplicate ids, value-less messages, control characters and
    placeables nested deeper than MAX_NESTING become `Flaw`s (a too-deep entry is not
    given to the recursive parser at all: it is blanked, keeping every offset)."""
    from fluent.syntax import FluentParser, ast

    deep = _too_deep(source)
    parsable = source
    for start, end, _ in reversed(deep):
        parsable = parsable[:start] + re.sub(r"[^\n]", " ", parsable[start:end]) + parsable[end:]
    resource = FluentParser(with_spans=True).parse(parsable)
    parsed = Parsed(source, resource)
    for start, end, offset in deep:
        parsed.flaws.append(Flaw("junk", offset, _junk_id(source[start:end]),
                                 f"syntax error (placeables nested more than {MAX_NESTING} deep)"))
    controls = list(_CONTROL.finditer(source))
    if len(controls) > MAX_CONTROL_FLAWS:
        parsed.flaws.append(Flaw("control", controls[MAX_CONTROL_FLAWS].start(), None,
                                 f"{len(controls) - MAX_CONTROL_FLAWS} more control characters after this one: "
                                 "delete every one (C0 and C1 controls other than line feed and tab)"))
    if controls:
        starts = _entry_starts(source)
        for match in controls[:MAX_CONTROL_FLAWS]:
            entry = starts[bisect_right(starts, match.start()) - 1] if starts and starts[0] <= match.start() else None
            message_id = _junk_id(source[entry:source.find("\n", entry) % (len(source) + 1)]) if entry is not None else None
            parsed.flaws.append(Flaw("control", match.start(), message_id,
                                     f"control character {control_name(match.group())}: delete it"))
    first_line: dict[str, int] = {}
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            annotation = entry.annotations[0] if entry.annotations else None
            offset = annotation.span.start if annotation and annotation.span else entry.span.start
            content_end = entry.span.start + len(entry.content.rstrip())
            if offset >= content_end > entry.span.start:
                # The parser ran past the entry (to its trailing newline or the end of the file):
                # the broken entry's own last character is where the translator looks.
                offset = content_end - 1
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
            first_line[name] = parsed.position(entry.id.span.start)[0]
            if entry.value is None:
                parsed.flaws.append(Flaw("no-value", entry.id.span.start, name, f"message {name!r} has no value"))
            parsed.messages[name] = entry
    parsed.flaws.sort(key=lambda flaw: flaw.offset)
    return parsed


def _too_deep(source: str) -> list[tuple[int, int, int]]:
    """(entry start, entry end, offset of the first too-deep brace) of each entry nesting too deep.

    One pass over the braces, line by line: an entry starts at a line that begins
    with a letter, '-' or '#'; a comment line has no placeables; inside a placeable
    a string literal runs to its closing quote or the end of the line.
    """
    found: list[tuple[int, int, int]] = []
    entry, depth, deep_at = 0, 0, None
    for line in _LINE.finditer(source):
        text, start = line.group(), line.start()
        if not text:
            break
        if text[0].isalpha() or text[0] in "-#":
            if deep_at is not None:
                found.append((entry, start, deep_at))
            entry, depth, deep_at = start, 0, None
            if text[0] == "#":
                continue
        in_string = False
        for token in _NESTING_TOKEN.finditer(text):
            char = token.group()
            if in_string:
                in_string = char != '"'
            elif char == "{":
                depth += 1
                if depth > MAX_NESTING and deep_at is None:
                    deep_at = start + token.start()
            elif char == "}":
                depth = max(depth - 1, 0)
            elif depth:
                in_string = True  # '"', or '\\"' outside a string: the quote opens one
    if deep_at is not None:
        found.append((entry, len(source), deep_at))
    return found


def _entry_starts(source: str) -> list[int]:
    """Offsets of the lines that start an entry (a letter, '-' or '#' in the first column)."""
    return [line.start() for line in _LINE.finditer(source) if line.group()[:1].isalpha() or line.group()[:1] in "-#"]


def _junk_id(content: str) -> str | None:
    """The message id a broken entry was meant to define, when its first line shows one."""
    head = content.lstrip().split("=", 1)[0].strip()
    if head and "\n" not in head and all(c.isalnum() or c in "-_" for c in head) and head[0].isalpha():
        return head
    return None


__all__ = ["Flaw", "MAX_NESTING", "Parsed", "control_name", "line_column", "parse"]
