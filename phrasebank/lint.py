"""The hedge linter: find "sorry if…", "sorry, but…" and their kin in any locale.

Each locale's `hedges.yaml` is compiled once (cached per locale folder) into a
single regular expression: a character trie of every rule phrase, run over the
normalised text (see `tokens`). One C-level scan finds every candidate; only
candidates pay for Python, where the rule's context conditions (an apology
word nearby, words that must not precede or follow, "not in a question") are
checked on the words around it. A trie is what makes this fast: a plain
alternation of hundreds of phrases backtracks at every position, a trie fails
after one or two characters.

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

_SEP, _STAR, _END = "\x00sep", "\x00star", "\x00end"
_WINDOW = 40  # characters looked at per word of context


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


def matcher(folder: Path) -> "Matcher":
    """The compiled rules of a locale folder, rebuilt only when its file changes."""
    path = folder / _hedges.HEDGES_FILE
    try:
        stat = os.stat(path)
        key = (stat.st_mtime_ns, stat.st_size)
    except FileNotFoundError:
        key = (0, 0)  # load() raises the proper error
    return _compiled(folder, key)


@lru_cache(maxsize=64)
def _compiled(folder: Path, _stamp: tuple[int, int]) -> "Matcher":
    return Matcher(_hedges.load(folder))


def _alternation(phrases: tuple[Phrase, ...]) -> str:
    """Phrases as a regex over words joined by single spaces (the context windows)."""
    alts = []
    for phrase in sorted(phrases, key=lambda p: -sum(map(len, p))):
        words = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in phrase]
        alts.append(" ".join(words))
    return "(?:" + "|".join(alts) + ")"


class Matcher:
    """One locale's rules as one trie-shaped regex plus per-pattern context checks."""

    def __init__(self, rules: HedgeRules):
        self.rules = rules
        self.script = rules.script
        ends = rules.sentence_ends
        single = "".join(re.escape(e) for e in ends if len(e) == 1)
        self._sep = rf"[^\w'{single}]+"
        ends_re = "|".join(re.escape(e) for e in sorted(ends, key=len, reverse=True))
        self._next_end = re.compile(ends_re)
        self._last_end = re.compile(rf"(?s:.*)(?:{ends_re})")
        self._prefix = f"[{re.escape(rules.prefixes)}]{{0,{rules.max_prefixes}}}?" if rules.prefixes else ""
        self._terminals: list[tuple[tuple[Rule, Pattern | None], ...]] = [()]
        trie: dict = {}
        for rule in rules.rules:
            for pattern in rule.patterns:
                for phrase in pattern.phrases:
                    self._insert(trie, phrase, (rule, pattern))
            for phrase in rule.exceptions:
                self._insert(trie, phrase, (rule, None))
        self._regex = re.compile(r"(?<!\w)" + self._prefix + "(?:" + self._emit(trie) + ")")
        self._near = {
            name: re.compile(r"(?<!\w)" + self._prefix + _alternation(words) + r"(?!'?\w)")
            for name, words in rules.word_lists.items()
        }
        self._not_before: dict[int, re.Pattern] = {}
        self._not_after: dict[int, re.Pattern] = {}
        for rule in rules.rules:
            for pattern in rule.patterns:
                if pattern.not_before:
                    self._not_before[id(pattern)] = re.compile("^" + _alternation(pattern.not_before) + r"(?!'?\w)")
                if pattern.not_after:
                    self._not_after[id(pattern)] = re.compile(r"(?<!\S)" + _alternation(pattern.not_after) + "$")

    # -- compiling -----------------------------------------------------------------
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
            alts.append(self._sep + self._emit(node[_SEP]))
        if _STAR in node:
            alts.append(r"\w*(?:'\w+)*" + self._emit(node[_STAR]))
        if _END in node:
            self._terminals.append(tuple(node[_END]))
            alts.append(r"(?!'?\w)()")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    # -- matching ------------------------------------------------------------------
    def find(self, text: str) -> list[Finding]:
        norm = self.script.normalise(text)
        s = norm.text
        findings: list[Finding] = []
        search = self._regex.search
        terminals = self._terminals
        pos = 0
        while True:
            m = search(s, pos)
            if m is None:
                return findings
            start, end = m.span()
            entries = terminals[m.lastindex]
            rule = self._judge(entries, s, start, end)
            if rule is None:
                consumed = any(pattern is None for _, pattern in entries)
                pos = end if consumed else start + 1
                continue
            first, last = norm.span(start, end)
            findings.append(
                Finding(rule.id, rule.category, rule.severity, first, last, text[first:last], rule.message, rule.advice)
            )
            pos = end

    def _judge(self, entries, s: str, start: int, end: int) -> Rule | None:
        """The first rule whose conditions hold for this candidate, if any."""
        excepted = {rule.id for rule, pattern in entries if pattern is None}
        for rule, pattern in entries:
            if pattern is None or rule.id in excepted:
                continue
            if self._holds(pattern, s, start, end):
                return rule
        return None

    def _holds(self, p: Pattern, s: str, start: int, end: int) -> bool:
        if id(p) in self._not_after:
            words = self._words_before(s, start, max(map(len, p.not_after)), True)
            if self._not_after[id(p)].search(" ".join(words)):
                return False
        if id(p) in self._not_before:
            words = self._words_after(s, end, max(map(len, p.not_before)), True)
            if self._not_before[id(p)].search(" ".join(words)):
                return False
        if p.not_in_questions:
            m = self._next_end.search(s, end)
            if m is not None and m.group() in QUESTION_ENDS:
                return False
        if p.near is None:
            return True
        near = self._near[p.near]
        if p.look_back and near.search(" ".join(self._words_before(s, start, p.look_back, not p.across_sentences))):
            return True
        if p.look_ahead and near.search(" ".join(self._words_after(s, end, p.look_ahead, not p.across_sentences))):
            return True
        return False

    def _words_before(self, s: str, start: int, count: int, same_sentence: bool) -> list[str]:
        lo = max(0, start - _WINDOW * count - 20)
        if same_sentence:
            m = self._last_end.match(s, lo, start)
            if m is not None:
                lo = m.end()
        return WORD.findall(s, lo, start)[-count:]

    def _words_after(self, s: str, end: int, count: int, same_sentence: bool) -> list[str]:
        hi = min(len(s), end + _WINDOW * count + 20)
        if same_sentence:
            m = self._next_end.search(s, end, hi)
            if m is not None:
                hi = m.start()
        return WORD.findall(s, end, hi)[:count]


__all__ = ["Finding", "Matcher", "lint", "matcher"]
