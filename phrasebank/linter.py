"""The hedge linter: find "sorry if…", "sorry, but…" and their kin in any locale.

A locale's `hedges.yaml` (see `hedges`) describes hedges by how they are built:
ordered patterns over words and word classes, with gaps, an apology word
nearby, and contexts that clear a match. It is compiled once per locale folder
into:

- **one prefilter regex** over the trigger vocabulary: for every pattern one
  *anchor*, the stretch of its words cheapest to look for first (estimated on the
  rule file's own examples: "if"; "was" when the participle after it is checked
  in the scan; never a number), all anchors as one character trie inside a
  lookahead, so every word start is tried. The regex starts with the non-word
  character before a word, spelled out as a BMP bitmap, so the C engine skips
  from separator to separator; at each anchor's end it checks, still in C, what
  must follow the anchor for at least one of its patterns. One pass, in C.
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
_SEP, _STAR, _END, _DIGITS = "\x00sep", "\x00star", "\x00end", "\x00digits"
_PER_WORD = 24  # at most this many characters of window per word of context
_SLACK = 16
_SENTENCE_WINDOW = 600  # how far a sentence end is looked for
_MAX_ANCHOR_PHRASES = 400  # a stretch of slots with more phrases than this is not one anchor
_COMMON = 10**7  # what a class of numbers "costs" when choosing an anchor
# Costs of an anchor, in microseconds per MB of English-like text (measured): each candidate
# the examples have costs Python ~8 µs, and the examples are ~1/60 MB; each distinct first
# word makes the trie denser (~40 µs/MB); each character the scan walks into it, a little.
_HIT_COST = 480
_SEEN_COST = 18  # each time the anchor's first word itself is in the text (~0.3 µs in the scan)
_WORD_COST = 40


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
    """One named context, compiled: does it clear the span [a, b) of s?

    All `before` patterns are one regex (right-anchored where the span starts,
    searched in a window), all `after` patterns one regex matched where it ends.
    """

    __slots__ = ("name", "before", "width", "after", "sentence", "question")

    def __init__(self, matcher: "Matcher", context: Context):
        self.name = context.name
        self.before = self.width = self.after = self.sentence = None
        if context.before:
            alternatives = "|".join(f"(?:{matcher.left(seq)})" for seq in context.before)
            self.before = re.compile(rf"\W(?:{alternatives})\Z")
            self.width = max(matcher.width(seq) for seq in context.before) + 1
        if context.after:
            self.after = re.compile("(?:" + "|".join(f"(?:{matcher.right(seq)})" for seq in context.after) + ")")
        if context.sentence:
            alternatives = "|".join(f"(?:{matcher.right(seq, lead=False)})" for seq in context.sentence)
            self.sentence = re.compile(rf"\W(?:{alternatives})")
        self.question = context.question

    def clears(self, m: "Matcher", s: str, a: int, b: int) -> bool:
        if self.before is not None and self.before.search(s, max(0, a - self.width), a):
            return True
        if self.after is not None and self.after.match(s, b):
            return True
        if self.sentence is not None:
            first, last = m.sentence_of(s, a, b)
            if self.sentence.search(s, max(0, first - 1), last):
                return True
        if self.question:
            end = m.next_end.search(s, b, min(len(s), b + _SENTENCE_WINDOW))
            if end is not None and end.group() in QUESTION_ENDS:
                return True
        return False


class _NearCheck:
    """A word of a class within so many words before or after the match.

    One regex per side: the class word, at most N words, the match (right-anchored
    in a window before it; matched right after it, nearest first). When the class
    has contexts of its own (an apology noun talked about), a word they clear
    does not count and the next one is tried.
    """

    __slots__ = ("unless", "before", "after", "width_before", "width_after", "finder", "between_after")

    def __init__(self, matcher: "Matcher", near: Near):
        word_class = matcher.rules.classes[near.word_class]
        words = "(" + matcher.phrases(word_class.phrases) + ")" + _BOUNDARY
        self.unless = tuple(matcher.contexts[name] for name in word_class.unless)
        sep = matcher.any_sep if near.across_sentences else matcher.sep
        self.before = self.after = None
        longest = max(len(p) for p in word_class.phrases)
        if near.before is not None:
            self.before = re.compile(rf"\W{words}(?:{sep}{_WORD}){{0,{near.before}}}{sep}\Z")
            self.width_before = matcher.per_word * (near.before + longest + 1) + _SLACK
        if near.after is not None:
            self.after = re.compile(rf"(?:{sep}{_WORD}){{0,{near.after}}}?{sep}{words}")
            self.width_after = matcher.per_word * (near.after + longest + 1) + _SLACK
            self.finder = re.compile(rf"\W{words}")
            self.between_after = re.compile(rf"(?:{sep}{_WORD}){{0,{near.after}}}{sep}")

    def holds(self, m: "Matcher", s: str, a: int, b: int) -> bool:
        unless = self.unless
        if self.before is not None:
            hit = self.before.search(s, max(0, a - self.width_before), a)
            while hit is not None:
                if not unless or not any(c.clears(m, s, hit.start(1), hit.end(1)) for c in unless):
                    return True
                hit = self.before.search(s, hit.start(1), a)  # the next one, nearer
        if self.after is not None:
            hi = min(len(s), b + self.width_after)
            hit = self.after.match(s, b, hi)
            if hit is not None:
                if not unless or not any(c.clears(m, s, hit.start(1), hit.end(1)) for c in unless):
                    return True
                for later in self.finder.finditer(s, hit.end(1), hi):  # the nearest was cleared: the next ones
                    if self.between_after.fullmatch(s, b, later.start(1)) is None:
                        break
                    if not any(c.clears(m, s, later.start(1), later.end(1)) for c in unless):
                        return True
        return False


class _Check:
    """One pattern of one rule, compiled around its anchor slot."""

    __slots__ = (
        "rule", "order", "pattern", "left", "left_width", "right", "near", "unless", "exceptions",
        "focus_left", "focus_right", "anchor", "rewrite", "phrases", "anchor_regex", "fs_regex", "fe_regex", "right_source",
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
        abbreviations = sorted(rules.abbreviations, key=len, reverse=True)
        not_after = "".join(rf"(?<!(?<!\w){re.escape(a)}\.)" for a in abbreviations)
        full_stop = rf"\.(?!\w){not_after}"  # the dot first: the regex engine skips to dots in C
        end_parts = ([f"[{single}]"] if single else []) + multi + [full_stop]
        self._end = "(?:" + "|".join(end_parts) + ")"
        self.next_end = re.compile(self._end)
        self._end_chars = "".join(sorted({e[-1] for e in ends} | {"."}))  # the last character of every end
        # Between two words of a phrase: spaces and punctuation, a single line break, no sentence
        # end. Spelled as characters that never end a sentence, so no lookahead runs per character.
        after_abbreviation = "".join(f"|(?<=(?<!\\w){re.escape(a)}\\.)" for a in abbreviations)
        if all(e == "\n\n" for e in (x for x in ends if len(x) > 1)):
            self.sep = rf"(?:[^\w'\n.{single}]|'(?!\w)|\n(?!\n)|\.(?:(?=\w){after_abbreviation}))++"
        else:
            self.sep = rf"(?:(?!{self._end})(?:[^\w'\n]|'(?!\w)|\n(?!\n)))++"
        self.any_sep = r"(?:[^\w']|'(?!\w))++"
        self._prefix = f"[{re.escape(rules.prefixes)}]{{0,{rules.max_prefixes}}}?" if rules.prefixes else ""
        self._examples = " " + " ".join(self.script.fold(t) for t in rules.examples()) + " "
        # Window per word of context: twice the examples' mean word (with its separator), so
        # windows fit the language's words (short in English, long in Georgian) and stay small.
        words = len(re.findall(r"\w+(?:'\w+)*", self._examples)) or 1
        self.per_word = min(_PER_WORD, max(8, round(2 * len(self._examples) / words)))
        self._fragments: dict[tuple, str] = {}
        self.contexts = {name: _ContextCheck(self, c) for name, c in rules.contexts.items()}
        self._near_cache: dict[Near, _NearCheck] = {}
        self._word_counts: dict[str, int] | None = None
        self._anchor_forms: set[str] = set()  # first words already in the trie: free for the next anchor

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
                for phrase in check.phrases:
                    self._insert(trie, phrase, check)
        # The anchor is matched inside a lookahead, so the scan moves on one word at a time
        # and an anchor that starts inside another one ("not a big deal" in "is not a big
        # deal") is still found; the empty group at its end tells which anchor it was.
        self._body = "(?=" + self._prefix + "(?:" + self._emit(trie, ()) + "))"
        self._regex = re.compile(_non_word_bmp() + self._body)
        self._regex_astral: re.Pattern | None = None

    # -- compiling: words, phrases, slots ------------------------------------------------
    def _word(self, word) -> str:
        if word.digits:
            return r"\d+"
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
        """Phrases as one regex fragment without boundaries, shaped as a character trie: the
        engine tests a first letter once, not once per phrase (a class of 60 participles)."""
        phrases = tuple(phrases)
        cached = self._fragments.get(phrases)
        if cached is None:
            trie: dict = {}
            for phrase in phrases:
                self._insert(trie, phrase, None)
            cached = self._fragments[phrases] = self._prefix + "(?:" + self._emit_plain(trie) + ")"
        return cached

    def _emit_plain(self, node: dict) -> str:
        """A trie as a regex whose leaves are plain ends of phrases (longest first)."""
        alts = [re.escape(ch) + self._emit_plain(node[ch]) for ch in sorted(k for k in node if not k.startswith("\x00"))]
        if _SEP in node:
            alts.append(self.sep + self._prefix + self._emit_plain(node[_SEP]))
        if _STAR in node:
            alts.append(rf"\w*(?:'\w+)*" + self._emit_plain(node[_STAR]))
        if _DIGITS in node:
            alts.append(r"\d+" + self._emit_plain(node[_DIGITS]))
        if _END in node:
            alts.append(_BOUNDARY)
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

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

    def left(self, seq: Sequence) -> str:
        """Slots as `X SEP X SEP ...`, each followed by a separator: ends where the next word starts."""
        parts = []
        for i, slot in enumerate(seq):
            if slot.gap is not None:
                low, high = slot.gap
                parts.append(rf"(?:{_WORD}{self.sep}){{{low},{high}}}")
                continue
            parts.append(f"(?:{self._slot(slot)}{self.sep})" + ("?" if slot.optional else ""))
        return "".join(parts)

    def right(self, seq: Sequence, lead: bool = True) -> str:
        """Slots as `SEP X SEP X ...`: starts where the previous word ends."""
        parts = []
        for i, slot in enumerate(seq):
            sep = self.sep if (lead or i) else ""
            if slot.gap is not None:
                low, high = slot.gap
                parts.append(rf"(?:{sep}{_WORD}){{{low},{high}}}?" if sep else rf"(?:{_WORD}{self.sep}){{{low},{high}}}?")
                continue
            parts.append(f"(?:{sep}{self._slot(slot)})" + ("?" if slot.optional else ""))
        return "".join(parts)

    def width(self, seq: Sequence) -> int:
        """Characters a window must span to hold the sequence."""
        words = 0
        for slot in seq:
            if slot.gap is not None:
                words += slot.gap[1]
            else:
                words += max((len(p) for p in self._slot_phrases(slot)), default=1)
        return self.per_word * (words + 1) + _SLACK

    def _phrase_width(self, phrase: Phrase) -> int:
        return self.per_word * (len(phrase) + 1) + _SLACK

    # -- compiling: patterns -------------------------------------------------------------
    def _runs(self, slots: Sequence) -> list[tuple[int, int]]:
        """Stretches of slots that can be found as whole phrases: required words, no gap, and
        never across an edge of the braces (so the hedge's edges are edges of a stretch)."""
        runs, start = [], None
        for i, slot in enumerate(slots):
            usable = slot.gap is None and not slot.optional and not slot.negated
            edge = start is not None and slot.focus != slots[i - 1].focus
            if start is not None and (not usable or edge):
                runs.append((start, i))
                start = None
            if usable and start is None:
                start = i
        if start is not None:
            runs.append((start, len(slots)))
        return runs

    def _run_phrases(self, slots: Sequence) -> list[Phrase] | None:
        """Every phrase a stretch of slots can be, or None when there are too many."""
        phrases: list[Phrase] = [()]
        for slot in slots:
            options = self._slot_phrases(slot)
            if len(phrases) * len(options) > _MAX_ANCHOR_PHRASES:
                return None
            phrases = [p + q for p in phrases for q in options]
        return phrases

    def _anchor(self, slots: Sequence) -> tuple[int, int, list[Phrase]]:
        """What to look for first: the stretch of words that costs least to find.

        Two costs, both estimated on the rule file's own examples (a sample of support text
        in the language). The scan walks into the trie at every word that starts like an
        anchor, a few nanoseconds per character ("walk"); every time the anchor and what
        must follow it match, Python checks the rest, some microseconds ("hits", weighted
        _HIT_COST). So "if" is an anchor, "was" + a participle of loss is found at "was"
        (the participle is checked in the scan), and a number never is one.
        """
        best, best_key = None, None
        for i, j in self._runs(slots):
            for a in range(i, j):
                for b in range(a + 1, j + 1):
                    phrases = self._run_phrases(slots[a:b])
                    if phrases is None:
                        continue
                    right = self.right(slots[b:]) if b < len(slots) else ""
                    regex = re.compile(r"\W" + self.phrases(phrases) + _BOUNDARY + right)
                    hits = len(regex.findall(self._examples))
                    firsts = {p[0] for p in phrases}
                    new = {f for w in firsts for f in ([w.stem + "*"] if w.star else w.forms())} - self._anchor_forms
                    seen = sum(self._word_counts_of(w) for w in firsts)
                    key = (_HIT_COST * hits + _SEEN_COST * seen + _WORD_COST * len(new) + self._walk(firsts), -(b - a))
                    if best_key is None or key < best_key:
                        best, best_key = (a, b, phrases), key
        if best is None:
            raise AssertionError("a pattern always has a required word")
        self._anchor_forms |= {f for p in best[2] for w in p[:1] for f in ([w.stem + "*"] if w.star else w.forms())}
        return best

    def _word_counts_of(self, word) -> int:
        """How often the examples have this word (any of its forms)."""
        self._walk(())  # fills the counts
        if word.digits:
            return _COMMON
        if word.star:
            return sum(n for token, n in self._word_counts.items() if token.startswith(word.stem))
        return sum(self._word_counts.get(form, 0) for form in word.forms())

    def _walk(self, first_words) -> int:
        """Characters the scan would walk into a trie of these first words, over the examples."""
        if any(w.digits or (w.star and len(w.stem) < 3) for w in first_words):
            return _COMMON  # a number, or a short stem with any ending: everywhere in real text
        if self._word_counts is None:
            counts: dict[str, int] = {}
            for token in re.findall(r"\w+(?:'\w+)*", self._examples):
                counts[token] = counts.get(token, 0) + 1
            self._word_counts = counts
        prefixes = set()
        for word in first_words:
            for form in ([word.stem] if word.star else word.forms()):
                prefixes.update(form[:k] for k in range(1, len(form) + 1))
        walked = 0
        for token, count in self._word_counts.items():
            k = 0
            while k < len(token) and token[: k + 1] in prefixes:
                k += 1
            walked += k * count
        return walked // 20

    def _check(self, rule: Rule, pattern: Pattern, order: int, exceptions) -> _Check:
        check = _Check()
        check.rule = rule
        check.order = order
        check.pattern = pattern
        slots = pattern.slots
        a, b, phrases = self._anchor(slots)
        check.anchor = (a, b)
        check.phrases = phrases
        check.anchor_regex = re.compile(self.phrases(phrases) + _BOUNDARY)
        left, right = slots[:a], slots[b:]
        focused = [i for i, slot in enumerate(slots) if slot.focus]
        first, last = focused[0], focused[-1]
        # No capturing groups in the regexes run on every candidate (a group makes sre several
        # times slower); where the hedge starts or ends inside them, a second regex finds it,
        # run only on a match.
        check.left = re.compile(r"\W" + self.left(left) + r"\Z") if left else None
        check.left_width = self.width(left) if left else 0
        check.right_source = self.right(right) if right else None
        check.right = re.compile(check.right_source) if right else None
        check.fs_regex = check.fe_regex = None
        if first < a:
            check.fs_regex = re.compile(self.left(slots[:first]))  # ends where the hedge starts
        elif first >= b:
            check.fs_regex = re.compile(self.right(slots[b:first]) + self.sep)
        if last < a:
            check.fe_regex = re.compile(self.left(slots[:last]) + self._slot(slots[last]))
        elif last >= b:
            check.fe_regex = re.compile(self.right(slots[b : last + 1]))
        # where the hedge starts and ends: at the anchor's edges, or found by fs_regex / fe_regex
        check.focus_left = "anchor" if first == a else ("left" if first < a else "right")
        check.focus_right = "anchor" if last == b - 1 else ("left" if last < a else "right")
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
                if word.digits:
                    nxt.append(node.setdefault(_DIGITS, {}))
                    continue
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
            if check is not None and check not in entries:
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
        if _DIGITS in node:
            alts.append(r"\d+" + self._emit(node[_DIGITS], inherited))
        if _END in node:
            entries = tuple((c, False) for c in here) + tuple((c, True) for c in below if c not in here)
            self._terminals.append(entries)
            # What must follow the anchor, for at least one of its patterns: checked here, in C,
            # so an anchor whose patterns all fail on their right part never reaches Python.
            rights = [c.right_source for c in here]
            required = ""
            if len(entries) == len(here) and all(rights):
                required = "(?=" + "|".join(dict.fromkeys(rights)) + ")"
            alts.append(rf"{_BOUNDARY}{required}()")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    # -- sentences -----------------------------------------------------------------------
    def sentence_of(self, s: str, a: int, b: int) -> tuple[int, int]:
        """Bounds in s of the sentence holding [a, b) (within a window)."""
        lo = max(0, a - _SENTENCE_WINDOW)
        first = self._last_end(s, lo, a)
        m = self.next_end.search(s, b, min(len(s), b + _SENTENCE_WINDOW))
        last = m.start() if m else min(len(s), b + _SENTENCE_WINDOW)
        return first, last

    def _last_end(self, s: str, lo: int, a: int) -> int:
        """Where the last sentence end in s[lo:a] ends (lo if none): backwards with str.rfind
        over the characters that can end a sentence, each candidate confirmed by the regex."""
        pos = a
        while pos > lo:
            i = max(s.rfind(c, lo, pos) for c in self._end_chars)
            if i < 0:
                return lo
            for start in (i - 1, i) if i > lo else (i,):
                m = self.next_end.match(s, start)
                if m is not None and m.start() <= i < m.end() <= a:
                    return m.end()
            pos = i
        return lo

    def sentence_bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The sentence of the original text that holds [start, end), without its leading spaces."""
        lo = max(0, start - 2000)
        first = self._last_end(text, lo, start)
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
            end = m.end(m.lastindex)
            for check, inherited in terminals[m.lastindex]:
                hit = verify(check, s, start, end, inherited)
                if hit is not None:
                    found.append(hit)
        if not found:
            return []
        return self._findings(text, s, norm, found)

    def _verify(self, check: _Check, s: str, start: int, end: int, inherited: bool):
        if inherited:  # a shorter phrase inside a longer one that matched: where does it end?
            sub = check.anchor_regex.match(s, start)
            if sub is None:
                return None
            end = sub.end()
        a, b = start, end
        if check.right is not None:  # a match at one place: cheaper than the left part's search
            m = check.right.match(s, end)
            if m is None:
                return None
            b = m.end()
        if check.left is not None:
            m = check.left.search(s, max(0, start - 1 - check.left_width), start)
            if m is None:
                return None
            a = m.start() + 1
        fs, fe = start, end
        if check.fs_regex is not None:
            m = check.fs_regex.match(s, a if check.focus_left == "left" else end)
            fs = m.end() if m is not None else None
        if check.fe_regex is not None:
            m = check.fe_regex.match(s, a if check.focus_right == "left" else end)
            fe = m.end() if m is not None else None
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
        """In order of appearance; one rule's findings never overlap (its first pattern wins),
        two rules' may (a passive that is also an excuse is reported as both)."""
        found.sort(key=lambda h: (h[0], h[2]))
        kept: list[tuple] = []
        last_end: dict[str, int] = {}
        for hit in found:
            rule = hit[3].rule.id
            if hit[0] >= last_end.get(rule, -1):
                kept.append(hit)
                last_end[rule] = hit[1]
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
