"""Text hygiene: NFC, invisible characters, mixed-script words, typography.

These problems are invisible in an editor and harmful in a reply: a non-NFC
"ā" does not match the same word typed on another keyboard, a zero-width space
hides a word from every search, a bidi control reorders the sentence around
it, and a Cyrillic "а" inside a Latin word passes every eye and no dictionary.
Typography follows the rules moz-fluent-linter (TE01-TE05) enforces, so a file
that passes here also passes the tool translators' platforms run.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

from ..tokens import is_normalized
from .fluent_ast import walk
from .problem import Problem
from .scripts import word_scripts
from .sources import LocaleFiles

LETTERS = re.compile(r"[^\W\d_]+")
MAX_INVISIBLE = 100  # reported one by one per file; a file full of them gets one more line saying how many

# moz-fluent-linter's typography rules, applied to the translator's text only.
_TYPOGRAPHY = (
    ("TE01", re.compile(r"\w'"), "write the apostrophe as ’ (U+2019), not '"),
    ("TE02", re.compile(r"\w\u2018\w"), "write the apostrophe as ’ (U+2019), not ‘ (U+2018)"),
    ("TE03", re.compile(r"'(.+)'"), "quote with ‘…’ or the quotation marks of the language, not '…'"),
    ("TE04", re.compile(r"\".+\""), "quote with “…” or the quotation marks of the language, not \"…\""),
    ("TE05", re.compile(r"\.\.\."), "write the ellipsis as … (U+2026), not three full stops"),
)


def hygiene(files: LocaleFiles) -> list[Problem]:
    """NFC and invisible characters anywhere in the file (comments included: they hide there too)."""
    source = files.parsed.source
    problems = []
    message_at = _MessageLines(files)
    invisible = 0
    for number, line in enumerate(source.split("\n"), 1):
        if not is_normalized("NFC", line):
            column = _first_unnormalised(line)
            problems.append(Problem(files.ftl_file, number, column, "not-nfc", "error", message_at(number),
                                    f"the text is not in Unicode NFC form near {line[max(0, column - 3):column + 2].strip()!r}: "
                                    "a letter is typed as a base letter plus a combining mark; retype it with your keyboard's own letter"))
        if line.isprintable():  # no format character on this line (the common case, decided in C)
            continue
        for column, char in enumerate(line, 1):
            if unicodedata.category(char) == "Cf" and not (number == 1 and column == 1 and char == "\ufeff"):
                invisible += 1
                if invisible <= MAX_INVISIBLE:
                    problems.append(Problem(files.ftl_file, number, column, "invisible-character", "error",
                                            message_at(number), _invisible(char)))
    if invisible > MAX_INVISIBLE:
        problems.append(Problem(files.ftl_file, 1, 1, "invisible-character", "error", None,
                                f"{invisible - MAX_INVISIBLE} more invisible characters after the {MAX_INVISIBLE} "
                                "reported: delete every format character (a search for U+200B…U+206F finds them)"))
    if source and not source.endswith("\n"):
        line, column = files.parsed.position(len(source))
        problems.append(Problem(files.ftl_file, line, column, "final-newline", "error", None,
                                "the file must end with a line break (moz-fluent-linter MI02)"))
    return problems


def words_and_typography(files: LocaleFiles) -> list[Problem]:
    """Mixed-script words and typography in every text element of every message."""
    problems = []
    for message_id, element in _text_elements(files):
        raw = files.parsed.source[element.span.start:element.span.end]
        for match in LETTERS.finditer(raw):
            scripts = word_scripts(match.group())
            if len(scripts) > 1:
                line, column = files.parsed.position(element.span.start + match.start())
                problems.append(Problem(files.ftl_file, line, column, "mixed-script", "error", message_id,
                                        f"the word {match.group()!r} mixes {' and '.join(s.title() for s in scripts)} letters "
                                        f"({_describe_odd(match.group(), scripts)}); retype it in one script"))
        for rule, pattern, advice in _TYPOGRAPHY:
            match = pattern.search(raw)
            if match:
                line, column = files.parsed.position(element.span.start + match.start())
                problems.append(Problem(files.ftl_file, line, column, "typography", "error", message_id,
                                        f"{rule}: {advice} in {match.group()!r}"))
    return problems


def _text_elements(files: LocaleFiles):
    from fluent.syntax import ast

    for message_id, message in files.parsed.messages.items():
        for node in walk(message):
            if isinstance(node, ast.TextElement):
                yield message_id, node


class _MessageLines:
    """The message a line belongs to, by bisection over the messages' first lines (built once per file)."""

    def __init__(self, files: LocaleFiles):
        spans = sorted(
            (files.parsed.position(m.span.start)[0], files.parsed.position(m.span.end)[0], message_id)
            for message_id, m in files.parsed.messages.items()
        )
        self._firsts = [first for first, _, _ in spans]
        self._spans = spans

    def __call__(self, line: int) -> str | None:
        index = bisect_right(self._firsts, line) - 1
        if index >= 0 and self._spans[index][1] >= line:
            return self._spans[index][2]
        return None


def _first_unnormalised(line: str) -> int:
    """The 1-based column of the base letter whose mark makes the line not NFC.

    A prefix of an NFC line is NFC, and a prefix that is not stays so when it
    grows, so the shortest prefix that is not NFC is found by bisection: log n
    checks of linear cost, where testing every prefix was quadratic in the line.
    """
    low, high = 1, len(line)  # line[:high] is not NFC; find the smallest such length
    while low < high:
        middle = (low + high) // 2
        if is_normalized("NFC", line[:middle]):
            low = middle + 1
        else:
            high = middle
    return max(high - 1, 1)


def _invisible(char: str) -> str:
    name = unicodedata.name(char, "unnamed format character")
    code = f"U+{ord(char):04X}"
    if 0x202A <= ord(char) <= 0x202E or 0x2066 <= ord(char) <= 0x2069 or char in "\u200e\u200f\u061c":
        why = "a bidi control reorders the text around it; Fluent and the preview set direction themselves"
    else:
        why = "an invisible character hides words from search, spelling and the hedge linter"
    return f"invisible character {code} {name}: {why}; delete it"


def _describe_odd(word: str, scripts: list[str]) -> str:
    from .scripts import letter_script

    counts = {s: sum(letter_script(c) == s for c in word) for s in scripts}
    odd = min(counts, key=counts.get)
    letters = "".join(dict.fromkeys(c for c in word if letter_script(c) == odd))
    return f"{odd.title()} {letters!r}"
