"""The hedge linter: find "sorry if…", "sorry, but…" and their kin in any locale.

A locale's `hedges.yaml` (see `hedges`) describes hedges by how they are built:
ordered patterns over words and word classes, with gaps, an apology word
nearby, and contexts that clear a match. It is compiled once per locale folder
into:

- **one prefilter regex** over the trigger vocabulary: for every pattern one
  *anchor* (the slot its examples suggest is rarest in real text: "if", a
  participle of loss, a minimiser), all anchors as one character trie. The
  regex starts with the non-word character before a word, spelled out as a BMP
  bitmap, so the C engine skips from separator to separator and fails after a
  character or two of the trie. One pass over the text, in C.
- **per pattern, small compiled regexes** for what stands left of the anchor
  (searched backwards from it: a right-anchored search in a bounded window),
  right of it (matched forwards), the nearby apology word, and each context.
  Only anchor hits pay for Python, each a handful of C calls on windows of a
  few hundred characters, so time stays linear in the text.

Offsets always point into the text as given (`tokens.Normalised.span`). No
language is named here: words, endings, classes, contexts, sentence ends,
abbreviations and prefixes all come from the locale's file.

The linter enforces a house standard for apologies; it does not claim to tell
a sincere apology from an insincere one.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import hedges as _hedges
from .hedges import Context, HedgeRules, Near, Pattern, Phrase, Rule, Sequence, Slot
from .locales import negotiate, resolve_dir
from .tokens import QUESTION_ENDS

_W = r"\w"
_WORD = r"\w++(?:'\w++)*+"  # one word, possessive: no backtracking inside a word
_BOUNDARY = r"(?!'?\w)"  # a word ends here
_START = r"(?<!\w)(?<!\w')"  # a word starts here
_SEP, _STAR, _END = "\x00sep", "\x00star", "\x00end"
_PER_WORD = 24  # characters of window per word of context
_SLACK = 16
_SENTENCE_WINDOW = 1000  # how far a sentence end is looked for


@dataclass(frozen=True)
class Fix:
    """An edit of the original text that turns the hedge into the rule's rewrite."""

    start: int
    end: int
    text: str

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


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
    suggestion: str  # the rule's advice, in the locale's language
    fix: Fix | None = None  # a concrete rewrite, where the rule has one

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
            "fix": self.fix.as_dict() if self.fix else None,
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


def apply_fix(text: str, finding: Finding, first: int, last: int) -> str | None:
    """text[first:last] (the finding's sentence) with the finding's fix applied, or None."""
    fix = finding.fix
    if fix is None or not first <= fix.start <= fix.end <= last:
        return None
    return text[first : fix.start] + fix.text + text[fix.end : last]


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


class _ContextCheck:
    """One named context, compiled: does it clear the span [a, b) of s?"""

    __slots__ = ("name", "before", "after", "sentence", "question", "window")

    def __init__(self, matcher: "Matcher", context: Context):
        self.name = context.name
        self.before = [
            (re.compile(_START + matcher.left(seq) + r"\Z"), matcher.width(seq)) for seq in context.before
        ]
        self.after = [re.compile(matcher.right(seq)) for seq in context.after]
        self.sentence = [re.compile(r"\W" + matcher.right(seq, lead=False)) for seq in context.sentence]
        self.question = context.question

    def clears(self, m: "Matcher", s: str, a: int, b: int) -> bool:
        for regex, width in self.before:
            if regex.search(s, max(0, a - width), a):
                return True
        for regex in self.after:
            if regex.match(s, b):
                return True
        if self.sentence:
            first, last = m.sentence_of(s, a, b)
            for regex in self.sentence:
                if regex.search(s, max(0, first - 1), last):
                    return True
        if self.question:
            end = m.next_end.search(s, b, min(len(s), b + _SENTENCE_WINDOW))
            if end is not None and end.group() in QUESTION_ENDS:
                return True
        return False


class _NearCheck:
    """A word of a class within so many words before or after the match."""

    __slots__ = ("finder", "unless", "before", "after", "between_before", "between_after")

    def __init__(self, matcher: "Matcher", near: Near):
        word_class = matcher.rules.classes[near.word_class]
        self.finder = re.compile(r"\W(" + matcher.phrases(word_class.phrases) + ")" + _BOUNDARY)
        self.unless = tuple(matcher.contexts[name] for name in word_class.unless)
        sep = matcher.any_sep if near.across_sentences else matcher.sep
        self.before = near.before
        self.after = near.after
        # the words between the class word and the match, as a whole: at most N of them
        if near.before is not None:
            self.between_before = re.compile(rf"(?:{sep}{_WORD}){{0,{near.before}}}{sep}")
        if near.after is not None:
            self.between_after = re.compile(rf"(?:{sep}{_WORD}){{0,{near.after}}}{sep}")
        self.unless = tuple(matcher.contexts[name] for name in word_class.unless)

    def holds(self, m: "Matcher", s: str, a: int, b: int) -> bool:
        if self.before is not None:
            lo = max(0, a - _PER_WORD * (self.before + 2) - _SLACK)
            hits = list(self.finder.finditer(s, lo, a))
            for hit in reversed(hits):
                if not self.between_before.fullmatch(s, hit.end(), a):
                    break  # farther ones have even more words in between
                if not any(c.clears(m, s, hit.start(1), hit.end()) for c in self.unless):
                    return True
        if self.after is not None:
            hi = min(len(s), b + _PER_WORD * (self.after + 2) + _SLACK)
            for hit in self.finder.finditer(s, max(0, b - 1), hi):
                if not self.between_after.fullmatch(s, b, hit.start(1)):
                    break
                if not any(c.clears(m, s, hit.start(1), hit.end()) for c in self.unless):
                    return True
        return False


class _Check:
    """One pattern of one rule, compiled around its anchor slot."""

    __slots__ = (
        "rule", "order", "pattern", "left", "left_width", "right", "near", "unless", "exceptions",
        "focus_left", "focus_right", "anchor", "rewrite",
    )


class Matcher:
    """One locale's rules: a prefilter regex of anchors, and per pattern the checks around them."""

    def __init__(self, rules: HedgeRules):
        self.rules = rules
        self.script = rules.script
        ends = [e for e in rules.sentence_ends if e != "."]
        single = "".join(re.escape(e) for e in ends if len(e) == 1)
        multi = [re.escape(e) for e in ends if len(e) > 1]
        # A full stop ends a sentence unless a word character follows it (4.99, a.m) or it
        # ends an abbreviation of the locale (Mr., a.m.).
        abbreviations = "".join(
            rf"(?<!{_START_ABBR}{re.escape(a)})" for a in sorted(rules.abbreviations, key=len, reverse=True)
        )
        full_stop = rf"{abbreviations}\.(?!\w)"
        end_parts = ([f"[{single}]"] if single else []) + multi + [full_stop]
        self._end = "(?:" + "|".join(end_parts) + ")"
        self.next_end = re.compile(self._end)
        self._last_end = re.compile(rf"(?s:.*){self._end}")
        # Between two words of a phrase: spaces and punctuation, a single line break, no sentence end.
        self.sep = rf"(?:(?!{self._end})(?:[^\w'\n]|'(?!\w)|\n(?!\n)))++"
        self.any_sep = r"(?:[^\w']|'(?!\w))++"
        self._prefix = f"[{re.escape(rules.prefixes)}]{{0,{rules.max_prefixes}}}?" if rules.prefixes else ""
        self.contexts = {name: _ContextCheck(self, c) for name, c in rules.contexts.items()}
        self._near_cache: dict[Near, _NearCheck] = {}
        self._examples = " " + " ".join(self.script.fold(t) for t in rules.examples()) + " "

        self._terminals: list[tuple[tuple[_Check, bool], ...]] = [()]
        trie: dict = {}
        order = 0
        for rule in rules.rules:
            exceptions = None
            if rule.exceptions:
                exceptions = (re.compile(r"\W(" + self.phrases(rule.exceptions) + ")" + _BOUNDARY),
                              max(self._phrase_width(p) for p in rule.exceptions))
            for pattern in rule.patterns:
                check = self._check(rule, pattern, order, exceptions)
                order += 1
                for phrase in self._slot_phrases(pattern.slots[check.anchor]):
                    self._insert(trie, phrase, check)
        self._body = self._prefix + "(?:" + self._emit(trie, ()) + ")"
        self._regex = re.compile(_non_word_bmp() + self._body)
        self._regex_astral: re.Pattern | None = None

    # -- compiling: words, phrases, slots ------------------------------------------------
    def _word(self, word) -> str:
        stem = re.escape(word.stem)
        if word.star:
            return stem + rf"\w*(?:'\w+)*"
        endings = sorted(word.endings, key=len, reverse=True)
        if endings == [""]:
            return stem
        alternation = "|".join(re.escape(e) for e in endings if e)
        return stem + f"(?:{alternation})" + ("?" if "" in endings else "")

    def _phrase(self, phrase: Phrase) -> str:
        return (self.sep + self._prefix).join(self._word(w) for w in phrase)

    def phrases(self, phrases) -> str:
        """Phrases as one alternation, longest first (a regex fragment without boundaries)."""
        ordered = sorted(phrases, key=lambda p: (-len(p), -sum(len(w.stem) for w in p)))
        return self._prefix + "(?:" + "|".join(self._phrase(p) for p in ordered) + ")"

    def _slot_phrases(self, slot: Slot) -> list[Phrase]:
        out: list[Phrase] = []
        for term in slot.terms:
            out.extend(self.rules.classes[term.word_class].phrases if term.word_class else [term.phrase])
        return out

    def _slot(self, slot: Slot) -> str:
        if slot.gap is not None:
            raise AssertionError("gaps are compiled by left()/right()")
        alternation = self.phrases(self._slot_phrases(slot))
        if slot.negated:
            return rf"(?!{alternation}{_BOUNDARY}){_WORD}"
        return alternation + _BOUNDARY

    def left(self, seq: Sequence, focus: bool = False) -> str:
        """Slots as `X SEP X SEP ...`, each followed by a separator: ends where the next word starts."""
        parts = []
        for i, slot in enumerate(seq):
            if slot.gap is not None:
                low, high = slot.gap
                parts.append(rf"(?:{_WORD}{self.sep}){{{low},{high}}}")
                continue
            body = self._slot(slot)
            if focus and slot.focus and (i == 0 or not seq[i - 1].focus):
                body = "(?P<fs>)" + body
            parts.append(f"(?:{body}{self.sep})" + ("?" if slot.optional else ""))
        return "".join(parts)

    def right(self, seq: Sequence, focus: bool = False, lead: bool = True) -> str:
        """Slots as `SEP X SEP X ...`: starts where the previous word ends."""
        parts = []
        for i, slot in enumerate(seq):
            sep = self.sep if (lead or i) else ""
            if slot.gap is not None:
                low, high = slot.gap
                parts.append(rf"(?:{sep}{_WORD}){{{low},{high}}}?" if sep else rf"(?:{_WORD}{self.sep}){{{low},{high}}}?")
                continue
            body = self._slot(slot)
            if focus and slot.focus and (i == len(seq) - 1 or not seq[i + 1].focus):
                body = body + "(?P<fe>)"
            parts.append(f"(?:{sep}{body})" + ("?" if slot.optional else ""))
        return "".join(parts)

    def width(self, seq: Sequence) -> int:
        """Characters a window must span to hold the sequence."""
        words = 0
        for slot in seq:
            if slot.gap is not None:
                words += slot.gap[1]
            else:
                words += max((len(p) for p in self._slot_phrases(slot)), default=1)
        return _PER_WORD * (words + 1) + _SLACK

    def _phrase_width(self, phrase: Phrase) -> int:
        return _PER_WORD * (len(phrase) + 1) + _SLACK

    # -- compiling: patterns -------------------------------------------------------------
    def _anchor(self, slots: Sequence) -> int:
        """The slot to look for first: the one the rule file's examples use least (rarest in text)."""
        best, best_key = -1, None
        for i, slot in enumerate(slots):
            if slot.gap is not None or slot.optional or slot.negated:
                continue
            regex = re.compile(r"\W" + self._slot(slot))
            count = len(regex.findall(self._examples))
            shortest = min(sum(len(w.stem) for w in p) for p in self._slot_phrases(slot))
            key = (count, -shortest, not slot.focus)
            if best_key is None or key < best_key:
                best, best_key = i, key
        return best

    def _check(self, rule: Rule, pattern: Pattern, order: int, exceptions) -> _Check:
        check = _Check()
        check.rule = rule
        check.order = order
        check.pattern = pattern
        slots = pattern.slots
        a = self._anchor(slots)
        check.anchor = a
        left, right = slots[:a], slots[a + 1 :]
        check.left = re.compile(_START + self.left(left, focus=True) + r"\Z") if left else None
        check.left_width = self.width(left) if left else 0
        check.right = re.compile(self.right(right, focus=True)) if right else None
        check.focus_left = slots[a].focus and not (a > 0 and slots[a - 1].focus)  # focus starts at the anchor
        check.focus_right = slots[a].focus and not (a + 1 < len(slots) and slots[a + 1].focus)
        check.near = tuple(self._near_check(n) for n in pattern.near)
        check.unless = tuple(self.contexts[name] for name in pattern.unless)
        check.exceptions = exceptions
        check.rewrite = pattern.rewrite
        return check

    def _near_check(self, near: Near) -> _NearCheck:
        if near not in self._near_cache:
            self._near_cache[near] = _NearCheck(self, near)
        return self._near_cache[near]

    # -- compiling: the prefilter trie ---------------------------------------------------
    @staticmethod
    def _insert(trie: dict, phrase: Phrase, check: _Check) -> None:
        """Every form of the phrase (each ending of each word) into the character trie."""
        nodes = [trie]
        for i, word in enumerate(phrase):
            nxt = []
            for node in nodes:
                if word.star:
                    n = node
                    for char in word.stem:
                        n = n.setdefault(char, {})
                    nxt.append(n.setdefault(_STAR, {}))
                    continue
                for form in word.forms():
                    n = node
                    for char in form:
                        n = n.setdefault(char, {})
                    nxt.append(n)
            if i < len(phrase) - 1:
                nxt = [n.setdefault(_SEP, {}) for n in nxt]
            nodes = list({id(n): n for n in nxt}.values())
        for node in nodes:
            entries = node.setdefault(_END, [])
            if check not in entries:
                entries.append(check)

    def _emit(self, node: dict, inherited: tuple[_Check, ...]) -> str:
        """The trie as a regex; a longer phrase's leaf also carries the shorter phrases it contains."""
        here = tuple(node.get(_END, ()))
        below = inherited
        alts = [re.escape(ch) + self._emit(node[ch], inherited) for ch in sorted(k for k in node if not k.startswith("\x00"))]
        if _SEP in node:
            carried = inherited + here  # a phrase that continues after this word still contains it
            alts.append(self.sep + self._prefix + self._emit(node[_SEP], carried))
        if _STAR in node:
            alts.append(rf"\w*(?:'\w+)*" + self._emit(node[_STAR], inherited))
        if _END in node:
            entries = tuple((c, False) for c in here) + tuple((c, True) for c in below if c not in here)
            self._terminals.append(entries)
            alts.append(rf"{_BOUNDARY}()")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    # -- sentences -----------------------------------------------------------------------
    def sentence_of(self, s: str, a: int, b: int) -> tuple[int, int]:
        """Bounds in s of the sentence holding [a, b) (within a window)."""
        lo = max(0, a - _SENTENCE_WINDOW)
        m = self._last_end.match(s, lo, a)
        first = m.end() if m else lo
        m = self.next_end.search(s, b, min(len(s), b + _SENTENCE_WINDOW))
        last = m.start() if m else min(len(s), b + _SENTENCE_WINDOW)
        return first, last

    def sentence_bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The sentence of the original text that holds [start, end), without its leading spaces."""
        lo = max(0, start - 2000)
        m = self._last_end.match(text, lo, start)
        first = m.end() if m else lo
        first = max(first, text.rfind("\n", first, start) + 1)  # a line break ends it for display
        while first < start and text[first].isspace():
            first += 1
        m = self.next_end.search(text, end, min(len(text), end + 2000))
        last = m.end() if m else min(len(text), end + 2000)
        line_end = text.find("\n", end, last)
        return first, (line_end if line_end != -1 else last)

    # -- matching ------------------------------------------------------------------------
    def find(self, text: str) -> list[Finding]:
        norm = self.script.normalise(text)
        s = " " + norm.text  # the regex's leading separator; offsets in s are one more than in norm
        if norm.astral:
            if self._regex_astral is None:
                self._regex_astral = re.compile(r"\W" + self._body)
            scan = self._regex_astral.finditer
        else:
            scan = self._regex.finditer
        terminals = self._terminals
        verify = self._verify
        found: list[tuple] = []
        for m in scan(s):
            start = m.start() + 1  # the word starts after the separator
            end = m.end()
            for check, inherited in terminals[m.lastindex]:
                hit = verify(check, s, start, end, inherited)
                if hit is not None:
                    found.append(hit)
        if not found:
            return []
        return self._findings(text, s, norm, found)

    def _verify(self, check: _Check, s: str, start: int, end: int, inherited: bool):
        if inherited:  # a shorter phrase inside a longer one that matched: where does it end?
            sub = re.compile(self._slot(check.pattern.slots[check.anchor])).match(s, start)
            if sub is None:
                return None
            end = sub.end()
        a, b = start, end
        fs = start if check.focus_left else None
        fe = end if check.focus_right else None
        if check.left is not None:
            m = check.left.search(s, max(0, start - check.left_width), start)
            if m is None:
                return None
            a = m.start()
            if fs is None:
                fs = m.start("fs") if "fs" in check.left.groupindex and m.start("fs") >= 0 else None
        if check.right is not None:
            m = check.right.match(s, end)
            if m is None:
                return None
            b = m.end()
            if fe is None:
                fe = m.start("fe") if "fe" in check.right.groupindex and m.start("fe") >= 0 else None
        if fs is None or fe is None or fe <= fs:
            return None
        for near in check.near:
            if not near.holds(self, s, a, b):
                return None
        for context in check.unless:
            if context.clears(self, s, a, b):
                return None
        if check.exceptions is not None:
            regex, width = check.exceptions
            for m in regex.finditer(s, max(0, a - width), min(len(s), b + width)):
                if m.start(1) <= a and m.end() >= b:
                    return None
        return (fs, fe, check.order, check)

    def _findings(self, text: str, s: str, norm, found: list[tuple]) -> list[Finding]:
        """One finding per place: the first rule (in file order) wins where two overlap."""
        found.sort(key=lambda h: (h[0], h[2]))
        kept: list[tuple] = []
        last_end = -1
        for hit in found:
            if hit[0] >= last_end:
                kept.append(hit)
                last_end = hit[1]
            elif hit[1] > last_end and hit[3].rule is kept[-1][3].rule:
                continue
        findings = []
        for fs, fe, _, check in kept:
            rule = check.rule
            first, last = norm.span(fs - 1, fe - 1)
            fix = self._fix(text, first, last, check.rewrite) if check.rewrite else None
            findings.append(
                Finding(rule.id, rule.category, rule.severity, first, last, text[first:last], rule.message,
                        rule.advice, fix)
            )
        return findings

    # -- rewrites ------------------------------------------------------------------------
    def _fix(self, text: str, first: int, last: int, rewrite) -> Fix | None:
        action, words = rewrite.action, rewrite.text
        hedge = text[first:last]
        if action == "insert_after":
            return Fix(last, last, " " + words)
        if action == "insert_before":
            return Fix(first, first, _like(hedge, words) + " ")
        if action == "replace":
            if words:
                return Fix(first, last, _like(hedge, words))
            # delete the hedge and one space next to it; a capital moves to the next word
            stop = last
            while stop < len(text) and text[stop] in " \t":
                stop += 1
            if stop < len(text) and hedge[:1].isupper() and text[stop].islower():
                return Fix(first, stop + 1, text[stop].upper())
            if stop > last:
                return Fix(first, stop, "")
            while first > 0 and text[first - 1] in " \t":
                first -= 1
            return Fix(first, last, "")
        # split: end the sentence before the hedge, start the next one after it
        after = last
        while after < len(text) and not text[after].isalnum():
            after += 1
        before = first
        while before > 0 and not text[before - 1].isalnum():
            before -= 1
        between = text[before:first]
        capital = after < len(text) and _sentence_is_capitalised(text, before)
        nxt = text[after : after + 1]
        head = nxt.upper() if capital and nxt.upper().lower() == nxt else nxt
        if before == 0 or self.next_end.search(between):
            return Fix(first, after + 1, head) if after < len(text) else None  # already a new sentence
        if after >= len(text):
            return Fix(before, last, words)
        return Fix(before, after + 1, words + " " + head)


_START_ABBR = r"(?<!\w)"


def _like(hedge: str, words: str) -> str:
    """`words` with the capital the hedge had ("If" -> "That")."""
    if hedge[:1].isupper() and words[:1].islower():
        return words[:1].upper() + words[1:]
    return words


def _sentence_is_capitalised(text: str, before: int) -> bool:
    """Whether the writer starts sentences with a capital (the first letter of this one)."""
    window = text[max(0, before - 300) : before]
    cut = max(window.rfind(c) for c in ".!?\n")
    head = window[cut + 1 :]
    for char in head:
        if char.isalpha():
            return char.isupper()
    return False


__all__ = ["Finding", "Fix", "Matcher", "apply_fix", "lint", "matcher", "sentence_bounds"]
