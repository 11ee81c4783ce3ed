"""The hedge linter: find "sorry if…", "sorry, but…" and their kin in any locale.

Each locale's `hedges.yaml` is compiled once (cached per locale folder) into a
single regular expression: a character trie of every rule phrase, run over the
normalised text (see `tokens`). One C-level scan finds every candidate; only
candidates pay for Python, where the rest of a rule's context (an apology
word nearby, "not in a question") is checked on the text around it. A trie is
what makes this fast: a plain alternation of hundreds of phrases backtracks
at every position, a trie fails after one or two characters; and because the
regex starts with the non-word character before a phrase, the engine skips
from separator to separator in C instead of trying every position. That
first character is matched by `\\W` spelled out as an explicit class of BMP
characters, which the engine compiles to a bitmap: one table lookup per
character of the text instead of a Unicode category test, and every character
of the text passes that test. Text with a character beyond the BMP (`tokens` says)
gets the same regex with a plain `\\W`.

The linter enforces a house standard for apologies; it does not claim to tell
a sincere apology from an insincere one.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import hedges as _hedges
from .hedges import HedgeRules, Pattern, Phrase, Rule
from .locales import negotiate, resolve_dir
from .tokens import QUESTION_ENDS, WORD

_W = r"\w"  # a word character (normalisation has removed combining marks, so \w is enough)

_SEP, _STAR, _END = "\x00sep", "\x00star", "\x00end"
_WINDOW = 24  # characters looked at per word of context


@dataclass(frozen=True)
class Finding:
    """One hedge: which rule, where in the text as given, and what to write instead."""

    rule: str
    category: str
    severity: str  # "error" | "warning"
    start: int  # offsets into the original string: text[start:end] is the hedge
    end: int
    text: str
    message: str  # the rule's explanation, in the locale's language
    suggestion: str

    def as_dict(self) -> dict:
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "suggestion": self.suggestion,
        }


def lint(text: str, locale: str, *, locales_dir: str | Path | None = None) -> list[Finding]:
    """The hedges in `text`, written in `locale`, in order of appearance.

    Raises `UnknownLocaleError` for a locale the bank does not have and
    `BankError` when its `hedges.yaml` is missing or invalid: never a fallback.
    """
    if not isinstance(text, str):
        raise TypeError(f"lint() needs text as str, not {type(text).__name__}")
    root = resolve_dir(locales_dir)
    folder = root / negotiate(locale, root)
    return matcher(folder).find(text)


def sentence_bounds(
    text: str, start: int, end: int, locale: str, *, locales_dir: str | Path | None = None
) -> tuple[int, int]:
    """Offsets of the sentence around text[start:end], by the locale's sentence ends (for display)."""
    root = resolve_dir(locales_dir)
    return matcher(root / negotiate(locale, root)).sentence_bounds(text, start, end)


def matcher(folder: Path) -> "Matcher":
    """The compiled rules of a locale folder, rebuilt only when its file changes."""
    path = folder / _hedges.HEDGES_FILE
    try:
        stat = os.stat(path)
        key = (stat.st_mtime_ns, stat.st_size)
    except FileNotFoundError:
        key = (0, 0)  # load() raises the proper error
    return _compiled(folder, key)


@lru_cache(maxsize=1)
def _non_word_bmp() -> str:
    """`\\W` restricted to the BMP as an explicit class, which sre compiles to a bitmap.

    Taken from the regex engine itself, so it is exactly the characters `\\W`
    matches there; only used on text known to have no character beyond the BMP.
    """
    codes = [ord(c) for c in re.findall(r"\W", "".join(map(chr, range(0x10000))))]
    parts = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        lo, hi = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        parts.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return "[" + "".join(parts) + "]"


@lru_cache(maxsize=64)
def _compiled(folder: Path, _stamp: tuple[int, int]) -> "Matcher":
    return Matcher(_hedges.load(folder))


@dataclass(frozen=True)
class _Check:
    """One pattern of one rule, compiled: what must hold around a candidate."""

    rule: Rule
    near: re.Pattern | None = None
    look_back: int = 0
    look_ahead: int = 0
    same_sentence: bool = True
    not_before: re.Pattern | None = None  # None also when the main regex already checked it
    not_in_questions: bool = False
    free: bool = False  # no condition left to check in Python


class Matcher:
    """One locale's rules as one trie-shaped regex plus per-pattern context checks.

    Conditions that look forward ("not_before") are compiled into the regex as
    a negative lookahead where a trie leaf belongs to one pattern only, and
    "not_after" words become exception phrases ("our fault" before "fault"),
    so most innocent candidates never reach Python. What remains in Python is
    the search for an apology word nearby, on a window of the text.
    """

    def __init__(self, rules: HedgeRules):
        self.rules = rules
        self.script = rules.script
        ends = rules.sentence_ends
        single = "".join(re.escape(e) for e in ends if len(e) == 1)
        # Between the words of a phrase: spaces and punctuation, but no sentence end
        # (a line break is fine, a blank line is not).
        self._sep = rf"(?:[^\w'{single}\n]|\n(?!\n))+"
        ends_re = "|".join(re.escape(e) for e in sorted(ends, key=len, reverse=True))
        self._next_end = re.compile(ends_re)
        self._last_end = re.compile(rf"(?s:.*)(?:{ends_re})")
        self._prefix = f"[{re.escape(rules.prefixes)}]{{0,{rules.max_prefixes}}}?" if rules.prefixes else ""
        self._near = {
            name: re.compile(rf"(?<!{_W})" + self._prefix + self._alternation(words) + rf"(?!'?{_W})")
            for name, words in rules.word_lists.items()
        }
        self._terminals: list[tuple[bool, tuple[_Check, ...]]] = [(False, ())]
        trie: dict = {}
        for rule in rules.rules:
            for pattern in rule.patterns:
                for phrase in pattern.phrases:
                    self._insert(trie, phrase, (rule, pattern))
                    for before in pattern.not_after:  # "our" + "fault": an exception that starts earlier
                        self._insert(trie, before + phrase, (rule, None))
            for phrase in rule.exceptions:
                self._insert(trie, phrase, (rule, None))
        # The regex starts with the character before the word (find() puts a space in
        # front of the text): a pattern that starts with a character class lets the
        # regex engine skip ahead in C to the next non-word character, instead of
        # trying the trie at every position. For text without characters outside the
        # BMP (nearly all of it) that class is \W spelled out as a bitmap, one table
        # lookup per character instead of a Unicode category test; `\W` itself is kept
        # for the rest, compiled on first use.
        self._body = self._prefix + "(?:" + self._emit(trie) + ")"
        self._regex = re.compile(_non_word_bmp() + self._body)
        self._regex_astral: re.Pattern | None = None

    # -- compiling -----------------------------------------------------------------
    def _alternation(self, phrases: tuple[Phrase, ...]) -> str:
        """Phrases as one regex group: words joined by separators, '*' as any ending."""
        alts = []
        for phrase in sorted(phrases, key=lambda p: -sum(map(len, p))):
            words = [re.escape(w[:-1]) + f"{_W}*" if w.endswith("*") else re.escape(w) for w in phrase]
            alts.append((self._sep + self._prefix).join(words))
        return "(?:" + "|".join(alts) + ")"

    @staticmethod
    def _insert(trie: dict, phrase: Phrase, entry) -> None:
        node = trie
        for i, word in enumerate(phrase):
            star = word.endswith("*")
            for char in word.rstrip("*"):
                node = node.setdefault(char, {})
            if star:
                node = node.setdefault(_STAR, {})
            if i < len(phrase) - 1:
                node = node.setdefault(_SEP, {})
        node.setdefault(_END, []).append(entry)

    def _emit(self, node: dict) -> str:
        """Alternatives in the order that makes the longest phrase win at a position."""
        alts = [re.escape(ch) + self._emit(node[ch]) for ch in sorted(k for k in node if not k.startswith("\x00"))]
        if _SEP in node:
            alts.append(self._sep + self._prefix + self._emit(node[_SEP]))  # prefixes attach to every word
        if _STAR in node:
            alts.append(rf"{_W}*(?:'{_W}+)*" + self._emit(node[_STAR]))
        if _END in node:
            alts.append(self._leaf(node[_END]))
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    def _leaf(self, entries: list) -> str:
        """The end of a phrase: a word boundary, a lookahead if it can live in the regex, a group."""
        excepted = {rule.id for rule, pattern in entries if pattern is None}
        patterns = [(rule, p) for rule, p in entries if p is not None and rule.id not in excepted]
        lookahead = ""
        in_regex = len(entries) == 1 and patterns and patterns[0][1].not_before
        if in_regex:
            lookahead = f"(?!{self._sep}{self._prefix}{self._alternation(patterns[0][1].not_before)}(?!'?{_W}))"
        checks = tuple(self._check(rule, p, not_before_done=bool(in_regex)) for rule, p in patterns)
        self._terminals.append((bool(excepted), checks))
        return rf"(?!'?{_W}){lookahead}()"

    def _check(self, rule: Rule, p: Pattern, not_before_done: bool) -> _Check:
        not_before = None
        if p.not_before and not not_before_done:
            not_before = re.compile(self._sep + self._prefix + self._alternation(p.not_before) + rf"(?!'?{_W})")
        return _Check(
            rule=rule,
            near=self._near[p.near] if p.near else None,
            look_back=p.look_back,
            look_ahead=p.look_ahead,
            same_sentence=not p.across_sentences,
            not_before=not_before,
            not_in_questions=p.not_in_questions,
            free=p.near is None and not_before is None and not p.not_in_questions,
        )

    def sentence_bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The sentence of the original text that holds [start, end), without its leading spaces."""
        lo = max(0, start - 2000)
        m = self._last_end.match(text, lo, start)
        first = m.end() if m else lo
        first = max(first, text.rfind("\n", first, start) + 1)  # a line break ends it for display
        while first < start and text[first].isspace():
            first += 1
        m = self._next_end.search(text, end, min(len(text), end + 2000))
        last = m.end() if m else min(len(text), end + 2000)
        line_end = text.find("\n", end, last)
        return first, (line_end if line_end != -1 else last)

    # -- matching ------------------------------------------------------------------
    def find(self, text: str) -> list[Finding]:
        norm = self.script.normalise(text)
        s = " " + norm.text  # the regex's leading separator; offsets in s are one more than in norm
        findings: list[Finding] = []
        if norm.astral:
            if self._regex_astral is None:
                self._regex_astral = re.compile(r"\W" + self._body)
            search = self._regex_astral.search
        else:
            search = self._regex.search
        terminals = self._terminals
        holds = self._holds
        pos = 0
        while True:
            m = search(s, pos)
            if m is None:
                return findings
            start, end = m.span()
            start += 1  # the word starts after the separator
            consume, checks = terminals[m.lastindex]
            rule = None
            for check in checks:
                if check.free or holds(check, s, start, end):
                    rule = check.rule
                    break
            if rule is None:
                pos = end if consume else start + 1
                continue
            first, last = norm.span(start - 1, end - 1)
            findings.append(
                Finding(rule.id, rule.category, rule.severity, first, last, text[first:last], rule.message, rule.advice)
            )
            pos = end

    def _holds(self, check: _Check, s: str, start: int, end: int) -> bool:
        if check.not_before is not None and check.not_before.match(s, end):
            return False
        if check.not_in_questions:
            m = self._next_end.search(s, end)
            if m is not None and m.group() in QUESTION_ENDS:
                return False
        near = check.near
        if near is None:
            return True
        # The nearest apology word first (usually there is none, and that is the
        # end of it); only then whether a sentence ends in between, and how many
        # words stand between.
        if check.look_back:
            hits = list(near.finditer(s, max(0, start - _WINDOW * check.look_back - 16), start))
            hit = hits[-1] if hits else None
            if (
                hit is not None
                and not (check.same_sentence and self._next_end.search(s, hit.end(), start))
                and len(WORD.findall(s, hit.end(), start)) < check.look_back
            ):
                return True
        if check.look_ahead:
            hit = near.search(s, end, min(len(s), end + _WINDOW * check.look_ahead + 16))
            if (
                hit is not None
                and not (check.same_sentence and self._next_end.search(s, end, hit.start()))
                and len(WORD.findall(s, end, hit.start())) < check.look_ahead
            ):
                return True
        return False


__all__ = ["Finding", "Matcher", "lint", "matcher", "sentence_bounds"]
