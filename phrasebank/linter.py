"""The hedge linter: find "sorry if…", "sorry, but…" and their kin in any locale.

A locale's `hedges.yaml` (see `hedges`) describes hedges by how they are built:
ordered patterns over words and word classes, with gaps, an apology word
nearby, and contexts that clear a match. It is compiled once per locale folder
into:

- **one Aho-Corasick automaton** (pyahocorasick) over key words: for every pattern
  one *anchor* slot, the cheapest to look for first, and in each of its phrases a
  key, its rarest word (estimated on the rule file's examples and the locale's
  .ftl messages: "fault" in "the fault of", never a number). One pass in C finds
  every key; a key inside another word is dropped by one character test. Each key
  carries two filters, one regex call each: what its patterns need right of it,
  and (matched forwards in the reversed text) what they need left of it.
- **per pattern, small compiled regexes** for what stands left of the anchor
  (matched in the reversed text from the anchor's start), right of it (matched
  forwards), the nearby apology word, and the contexts (compiled together). Only
  keys standing as words pay for Python, each a handful of C calls on windows of
  a few hundred characters, so time stays linear in the text.

Offsets always point into the text as given (`tokens.Normalised.span`). No
language is named here: words, endings, classes, contexts, sentence ends,
abbreviations and prefixes all come from the locale's file.

The linter enforces a house standard for apologies; it does not claim to tell
a sincere apology from an insincere one.
"""

from __future__ import annotations

import bisect
import math
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick

from . import hedges as _hedges
from . import inputs, scorer
from .errors import BankError
from .hedges import Context, HedgeRules, Near, Pattern, Phrase, Rule, Sequence, Slot
from .locales import negotiate, resolve_dir
from .tokens import QUESTION_ENDS

_WORD = r"\w++(?:'\w++)*+"  # one word, possessive: no backtracking inside a word
_BOUNDARY = r"(?!'?\w)"  # a word ends here
_SEP, _STAR, _END, _DIGITS, _ANY, _BARE = "\x00sep", "\x00star", "\x00end", "\x00digits", "\x00any", "\x00bare"
_HAS_WORD = re.compile(r"\w")
_INNER_DOT = "\x1f"  # stands in the scanned copy for a full stop that ends no sentence: a separator
_PER_WORD = 24  # at most this many characters of window per word of context
_SLACK = 16
_SENTENCE_WINDOW = 600  # how far a sentence end is looked for
# What a key word costs the scan, per occurrence in the rule file's examples: standing inside
# another word, one step of the Python loop over the automaton's hits (~0.2 µs); standing as a
# word, the anchor and the pattern checked (~2 µs). A number is never a key if anything else is.
_RAW_COST = 1
_HIT_COST = 30
_DIGIT_COST = 10**7


class _LazyRegex:
    """A regex compiled the first time it is used.

    A locale's rules are thousands of large alternations (the key filters, and per pattern
    what stands left and right of its anchor, its contexts and the apology words near it);
    compiling them all up front cost seconds per locale — every `phrasebank lint` run paid
    it, for a letter as for a book — while a text meets only the keys it contains. The
    first use fills the slots with the compiled pattern's bound methods, so later calls
    pay nothing for the laziness. Equal sources share one instance (Matcher._regex).
    """

    __slots__ = ("source", "match", "search", "finditer", "fullmatch")

    def __init__(self, source: str):
        self.source = source

    def __getattr__(self, name: str):  # only while the slots are empty: the first use
        if name not in _LazyRegex.__slots__:
            raise AttributeError(name)
        compiled = re.compile(self.source)
        self.match, self.search = compiled.match, compiled.search
        self.finditer, self.fullmatch = compiled.finditer, compiled.fullmatch
        return getattr(compiled, name)


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
    source: str = "pattern"  # "pattern": a rule's pattern matched; "model": the locale's model read the sentence (scorer)

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
            "source": self.source,
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
    """The compiled rules (and model) of a locale folder, rebuilt only when a file changes.

    Compiling a locale's rules takes seconds, so a copy of the same rules (a translator's
    checkout, `phrasebank check` on a copied tree) reuses what was compiled: the files'
    stamps (path, mtime, size) lead to digests of their bytes, and equal bytes in a folder
    of the same locale share one compiled matcher. The model file is part of both keys: a
    copy without it, or with another one, is another matcher. (Which key words the scan
    looks for is chosen from the folder's own phrases, for speed only: findings never
    depend on it.)"""
    path = folder / _hedges.HEDGES_FILE
    model_path = folder / scorer.MODEL_FILE
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return Matcher(_hedges.load(folder))  # load() raises the proper error
    try:
        model_stat = os.stat(model_path)
        model_stamp = (model_stat.st_mtime_ns, model_stat.st_size)
    except FileNotFoundError:
        model_stat, model_stamp = None, None
    stamp = (str(path), stat.st_mtime_ns, stat.st_size, model_stamp)
    found = _BY_STAMP.get(stamp)
    if found is None:
        found = _by_content(folder, path, stat.st_size, model_path, model_stat.st_size if model_stat else None)
        if len(_BY_STAMP) >= _CACHE_SIZE:
            _BY_STAMP.clear()
        _BY_STAMP[stamp] = found
    return found


_CACHE_SIZE = 64
_BY_STAMP: dict[tuple, "Matcher"] = {}
_BY_CONTENT: dict[tuple, "Matcher"] = {}


def _by_content(folder: Path, path: Path, size: int, model_path: Path, model_size: int | None) -> "Matcher":
    import hashlib

    try:
        # A file over the reader's own cap is refused by load(): never hashed whole.
        data = path.read_bytes() if size <= inputs.MAX_DATA_BYTES else None
        model = None
        if model_size is not None:
            model = model_path.read_bytes() if model_size <= scorer.MAX_MODEL_BYTES else None
    except OSError:
        data = None
    if data is None or (model_size is not None and model is None):
        return Matcher(_hedges.load(folder))
    key = (Path(folder).name, hashlib.sha256(data).hexdigest(), model and hashlib.sha256(model).hexdigest())
    found = _BY_CONTENT.get(key)
    if found is None:
        found = Matcher(_hedges.load(folder))
        if len(_BY_CONTENT) >= _CACHE_SIZE:
            _BY_CONTENT.clear()
        _BY_CONTENT[key] = found
    return found


@lru_cache(maxsize=1)
def _digit_chars() -> tuple[str, ...]:
    """What \\d matches: a key for a number (only when a pattern has nothing else to look for)."""
    return tuple(c for c in map(chr, range(0x110000)) if c.isdecimal())


_FTL_SAMPLE_CHARS = 2_000_000  # enough text to count words in; a bank is ~70 KB per locale
_FTL_SKIP = re.compile(r"^\s*(?:#.*|[\w-]+\s*=|\.[\w-]+\s*=|\*?\[[\w-]+\]|[}\]])")


def _bank_text(folder: Path) -> str:
    """The text of the messages in a locale folder's .ftl files (no ids, comments or
    placeables): ordinary support text in the language, to count words in. Empty when the
    folder has none."""
    parts: list[str] = []
    size = 0
    try:
        files = sorted(folder.glob("*.ftl"))
    except OSError:
        return ""
    for path in files:
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                text = handle.read(_FTL_SAMPLE_CHARS - size)
        except OSError:
            continue
        size += len(text)
        for line in text.splitlines():
            if line.lstrip().startswith("#"):
                continue
            line = _FTL_SKIP.sub("", line, count=1)
            parts.append(re.sub(r"\{[^{}]*\}", " ", line))
        if size >= _FTL_SAMPLE_CHARS:
            break
    return " ".join(parts)


class _Text:
    """One text being linted: the matching form, its mirror image, and what its sentences showed.

    Everything that stands *left* of a match (the left part of a pattern, an apology
    word before it, a context before it) is matched forwards in the reversed text, from
    the mirror image of the match's start: one anchored match instead of a search that
    tries every position of a window. Sentences are looked up once for all the
    candidates they hold.
    """

    __slots__ = ("s", "r", "n", "sentences", "memo")

    def __init__(self, s: str):
        self.s = s
        self.r = s[::-1]  # r[n - 1 - i] == s[i]: s[x:y] is r[n - y:n - x] reversed
        self.n = len(s)
        self.sentences: dict[int, tuple[int, bool, bool]] = {}  # sentence end -> (start, start is an end, question)
        self.memo: dict[tuple, bool] = {}  # (contexts, span) -> cleared


class _Contexts:
    """Named contexts compiled together: does one of them clear the span [a, b)?

    All their `before` patterns are one regex matched in the reversed text where the
    span starts, all `after` patterns one regex matched where it ends, all `sentence`
    patterns one regex searched in the sentence (once per sentence).
    """

    __slots__ = ("names", "before", "width", "after", "sentence", "question")

    def __init__(self, matcher: "Matcher", contexts: tuple[Context, ...]):
        self.names = tuple(c.name for c in contexts)
        before = [seq for c in contexts for seq in c.before]
        after = [seq for c in contexts for seq in c.after]
        sentence = [seq for c in contexts for seq in c.sentence]
        self.before = self.after = self.sentence = None
        self.width = 0
        if before:
            self.before = matcher._regex("(?:" + "|".join(f"(?:{matcher.left_r(seq)})" for seq in before) + ")")
            self.width = max(matcher.width(seq) for seq in before) + 1
        if after:
            self.after = matcher._regex("(?:" + "|".join(f"(?:{matcher.right(seq)})" for seq in after) + ")")
        if sentence:
            alternatives = "|".join(f"(?:{matcher.right(seq, lead=False)})" for seq in sentence)
            self.sentence = matcher._regex(rf"\W(?:{alternatives})")
        self.question = any(c.question for c in contexts)

    def clears(self, m: "Matcher", t: _Text, a: int, b: int) -> bool:
        if self.before is not None:
            q = t.n - a
            if self.before.match(t.r, q, min(t.n, q + self.width)) is not None:
                return True
        if self.after is not None and self.after.match(t.s, b) is not None:
            return True
        if self.sentence is not None or self.question:
            first, last, question = m.sentence_of(t, a, b)
            if self.question and question:
                return True
            if self.sentence is not None:
                key = (self.names, first, last)
                cleared = t.memo.get(key)
                if cleared is None:
                    cleared = t.memo[key] = self.sentence.search(t.s, max(0, first - 1), last) is not None
                if cleared:
                    return True
        return False


class _NearCheck:
    """A word of a class within so many words before or after the match.

    Before: one regex matched in the reversed text from the match's start, nearest
    word first. After: one regex matched where the match ends, nearest first. When
    the class has contexts of its own (an apology noun talked about), a word they
    clear does not count and the next one is tried (forwards, as this is rare).
    """

    __slots__ = ("unless", "key", "before", "before_r", "after", "width_before", "width_after", "finder",
                 "between_after")

    def __init__(self, matcher: "Matcher", near: Near):
        word_class = matcher.rules.classes[near.word_class]
        words = "(" + matcher.phrases(word_class.phrases) + ")" + _BOUNDARY
        self.unless = matcher.contexts(word_class.unless) if word_class.unless else None
        self.key = near.word_class
        sep = matcher.any_sep if near.across_sentences else matcher.sep
        sep_r = matcher.any_sep_r if near.across_sentences else matcher.sep_r
        self.before = self.before_r = self.after = None
        longest = max(len(p) for p in word_class.phrases)
        if near.before is not None:
            self.before = matcher._regex(rf"\W{words}(?:{sep}{_WORD}){{0,{near.before}}}{sep}\Z")
            self.before_r = matcher._regex(
                rf"{sep_r}(?:{_WORD}{sep_r}){{0,{near.before}}}?({matcher.phrases_r(word_class.phrases)})"
            )
            self.width_before = matcher.per_word * (near.before + longest + 1) + _SLACK
        if near.after is not None:
            self.after = matcher._regex(rf"(?:{sep}{_WORD}){{0,{near.after}}}?{sep}{words}")
            self.width_after = matcher.per_word * (near.after + longest + 1) + _SLACK
            self.finder = matcher._regex(rf"\W{words}")
            self.between_after = matcher._regex(rf"(?:{sep}{_WORD}){{0,{near.after}}}{sep}")

    def _cleared(self, m: "Matcher", t: _Text, x: int, y: int) -> bool:
        key = (self.key, x, y)
        cleared = t.memo.get(key)
        if cleared is None:
            cleared = t.memo[key] = self.unless.clears(m, t, x, y)
        return cleared

    def holds(self, m: "Matcher", t: _Text, a: int, b: int) -> bool:
        unless = self.unless
        s = t.s
        if self.before_r is not None:
            q = t.n - a
            hit = self.before_r.match(t.r, q, min(t.n, q + self.width_before))
            if hit is not None:
                if unless is None or not self._cleared(m, t, t.n - hit.end(1), t.n - hit.start(1)):
                    return True
                # the nearest was cleared: try the others, farthest first (rare)
                hit = self.before.search(s, max(0, a - self.width_before), a)
                while hit is not None:
                    if not self._cleared(m, t, hit.start(1), hit.end(1)):
                        return True
                    hit = self.before.search(s, hit.start(1), a)
        if self.after is not None:
            hi = min(t.n, b + self.width_after)
            hit = self.after.match(s, b, hi)
            if hit is not None:
                if unless is None or not self._cleared(m, t, hit.start(1), hit.end(1)):
                    return True
                for later in self.finder.finditer(s, hit.end(1), hi):  # the nearest was cleared: the next ones
                    if self.between_after.fullmatch(s, b, later.start(1)) is None:
                        break
                    if not self._cleared(m, t, later.start(1), later.end(1)):
                        return True
        return False


class _Check:
    """One pattern of one rule, compiled around its anchor slot."""

    __slots__ = (
        "rule", "order", "pattern", "left", "left_width", "right", "near", "unless", "exceptions",
        "focus_left", "focus_right", "anchor", "keys", "rewrite", "anchor_regex", "fs_regex", "fe_regex", "texts",
    )


class Matcher:
    """One locale's rules: an Aho-Corasick automaton of key words, and per pattern the checks around them."""

    def __init__(self, rules: HedgeRules):
        self.rules = rules
        self.script = rules.script
        self._regexes: dict[str, _LazyRegex] = {}
        ends = [e for e in rules.sentence_ends if e != "."]
        single = "".join(re.escape(e) for e in ends if len(e) == 1)
        multi = [e for e in ends if len(e) > 1]
        # A full stop ends a sentence unless a word character follows it (4.99, a.m) or it
        # ends an abbreviation of the locale (Mr., a.m.). `next_end` finds ends in any text
        # (the original, for display and rewrites); in the scanned copy every other full stop
        # has been replaced by _INNER_DOT (`inner_dots`), so there a full stop always ends
        # the sentence.
        abbreviations = sorted(rules.abbreviations, key=len, reverse=True)
        not_after = "".join(rf"(?<!(?<!\w){re.escape(a)}\.)" for a in abbreviations)
        full_stop = rf"\.(?!\w){not_after}"  # the dot first: the regex engine skips to dots in C
        end_parts = ([f"[{single}]"] if single else []) + [re.escape(e) for e in multi]
        self.next_end = re.compile("(?:" + "|".join(end_parts + [full_stop]) + ")")
        end = "(?:" + "|".join(end_parts + [r"\."]) + ")"
        self.next_end_s = re.compile(end)
        after_abbreviation = "".join(f"|(?<=(?<!\\w){re.escape(a)}\\.)" for a in abbreviations)
        self.inner_dots = re.compile(rf"\.(?:(?=\w){after_abbreviation})")
        self._end_chars = "".join(sorted({e[-1] for e in ends} | {"."}))  # the last character of every end
        # Between two words of a phrase: spaces and punctuation, a single line break, no sentence
        # end. An apostrophe inside a word ("don't") belongs to it; one at a word's edge is a
        # quote mark and separates ("You selected 'collect in store', so…"). Spelled as
        # characters that never end a sentence, so no lookahead runs per character, and short:
        # it stands at every gap between words of every pattern (the abbreviations spelled out
        # in it made the English rules' regexes ten times longer and twice as slow to compile).
        # `sep_r` is the same separator read backwards (in the reversed text): what follows a
        # character there is what precedes it in the text.
        if all(e == "\n\n" for e in multi):
            self.sep = rf"(?:[^\w'\n.{single}]|'(?!\w)|(?<!\w)'|\n(?!\n))++"
            self.sep_r = rf"(?:[^\w'\n.{single}]|(?<!\w)'|'(?!\w)|\n(?!\n))++"
        else:
            self.sep = rf"(?:(?!{end})(?:[^\w'\n]|'(?!\w)|(?<!\w)'|\n(?!\n)))++"
            not_ending = "".join(f"(?<!{re.escape(e[::-1])})" for e in multi)
            self.sep_r = rf"(?:(?:[^\w'\n.{single}]|(?<!\w)'|'(?!\w)|\n(?!\n)){not_ending})++"
        self.any_sep = r"(?:[^\w']|'(?!\w)|(?<!\w)')++"
        self.any_sep_r = r"(?:[^\w']|(?<!\w)'|'(?!\w))++"
        self._prefix = f"[{re.escape(rules.prefixes)}]{{0,{rules.max_prefixes}}}?" if rules.prefixes else ""
        self._prefix_r = f"[{re.escape(rules.prefixes)}]{{0,{rules.max_prefixes}}}" if rules.prefixes else ""
        examples = " " + " ".join(self.script.fold(t) for t in rules.examples()) + " "
        # Window per word of context: twice the examples' mean word (with its separator), so
        # windows fit the language's words (short in English, long in Georgian) and stay small.
        tokens = re.findall(r"\w+(?:'\w+)*", examples)
        self.per_word = min(_PER_WORD, max(8, round(2 * len(examples) / (len(tokens) or 1))))
        # A sample of ordinary text in the language, to estimate how often a word occurs: the
        # rules' examples and the locale's phrase bank (the messages of its .ftl files).
        self._sample = examples + self.script.fold(_bank_text(rules.path.parent)) + " "
        self._word_counts: dict[str, int] = {}
        for token in re.findall(r"\w+(?:'\w+)*", self._sample):
            self._word_counts[token] = self._word_counts.get(token, 0) + 1
        self._costs: dict[tuple, float] = {}
        self._mean_length = sum(len(t) * n for t, n in self._word_counts.items()) / max(1, sum(self._word_counts.values()))
        self._fragments: dict[tuple, str] = {}
        self._contexts: dict[tuple[str, ...], _Contexts] = {}
        self._near_cache: dict[Near, _NearCheck] = {}
        self._back: dict[int, re.Pattern] = {}

        checks: list[_Check] = []
        for rule in rules.rules:
            exceptions = None
            if rule.exceptions:
                exceptions = (self._regex(r"\W(" + self.phrases(rule.exceptions) + ")" + _BOUNDARY),
                              max(self._phrase_width(p) for p in rule.exceptions))
            for pattern in rule.patterns:
                checks.append(self._check(rule, pattern, len(checks), exceptions))
        self._count = len(checks) or 1
        self._automaton = self._build_automaton(checks)
        self.model = scorer.load(rules.path.parent)
        self._by_category = {rule.category: rule for rule in rules.rules}
        if self.model is not None:
            if self.model.language != rules.locale:
                raise BankError(f"{self.model.path}: is the model of {self.model.language!r}, "
                                f"but the rules beside it are {rules.locale!r}'s")
            missing = [c for c in scorer.CATEGORIES if c not in self._by_category]
            if missing:
                raise BankError(f"{self.model.path}: the model reports {', '.join(missing)}, "
                                f"which {rules.path} has no rule for (its findings take that rule's id and texts)")

    # -- compiling: words, phrases, slots ------------------------------------------------
    def _regex(self, source: str) -> _LazyRegex:
        """The one lazily compiled regex of this source (patterns share their contexts and
        their apology words nearby)."""
        found = self._regexes.get(source)
        if found is None:
            found = self._regexes[source] = _LazyRegex(source)
        return found

    def _word(self, word) -> str:
        if word.digits:
            return r"\d+"
        stem = re.escape(word.stem)
        if word.ending:  # at least one letter before the ending: `*ed` is not the word "ed"
            return rf"\w+" + stem
        if word.star:
            return stem + rf"\w*(?:'\w+)*"
        endings = sorted(word.endings, key=len, reverse=True)
        if endings == [""]:
            return stem
        alternation = "|".join(re.escape(e) for e in endings if e)
        return stem + f"(?:{alternation})" + ("?" if "" in endings else "")

    def phrases(self, phrases) -> str:
        """Phrases as one regex fragment without boundaries, shaped as a character trie: the
        engine tests a first letter once, not once per phrase (a class of 60 participles)."""
        phrases = tuple(phrases)
        cached = self._fragments.get(phrases)
        if cached is None:
            trie: dict = {}
            for phrase in phrases:
                self._insert(trie, phrase, False)
            cached = self._fragments[phrases] = self._prefix + "(?:" + self._emit(trie, False) + ")"
        return cached

    def phrases_r(self, phrases) -> str:
        """The same phrases read backwards, for the reversed text: last word first, each word's
        letters reversed, prefix letters after it; ends where the phrase starts (a word
        boundary)."""
        phrases = tuple(phrases)
        key = ("r",) + phrases
        cached = self._fragments.get(key)
        if cached is None:
            trie: dict = {}
            for phrase in phrases:
                self._insert(trie, phrase, True)
            cached = self._fragments[key] = "(?:" + self._emit(trie, True) + ")"
        return cached

    def _insert(self, trie: dict, phrase: Phrase, reverse: bool) -> None:
        """Every form of the phrase (each ending of each word) into a character trie, forwards
        or (for the reversed text) backwards.

        A word written as one prefix letter and `*` (Hebrew "ש*", "ו*": the letter as a prefix,
        any word after it) is the start of a prefix stack, so no prefix letter stands before
        it (_BARE): otherwise "אף ש*" read "אף משלוח" as מ + "שלוח"."""
        prefixes = self.rules.prefixes
        nodes = [trie]
        words = tuple(reversed(phrase)) if reverse else phrase
        for i, word in enumerate(words):
            nxt = []
            for node in nodes:
                if word.digits:
                    nxt.append(node.setdefault(_DIGITS, {}))
                    continue
                if word.ending:  # any letters, then the ending: the open start comes last backwards
                    n = node
                    if not reverse:
                        n = n.setdefault(_ANY, {})
                    for char in (reversed(word.stem) if reverse else word.stem):
                        n = n.setdefault(char, {})
                    nxt.append(n.setdefault(_ANY, {}) if reverse else n)
                    continue
                if word.star:
                    bare = len(word.stem) == 1 and word.stem in prefixes
                    if reverse:  # the open ending comes first when reading backwards
                        n = node.setdefault(_STAR, {})
                        for char in reversed(word.stem):
                            n = n.setdefault(char, {})
                        nxt.append(n.setdefault(_BARE, {}) if bare else n)
                    else:
                        n = node.setdefault(_BARE, {}) if bare else node
                        for char in word.stem:
                            n = n.setdefault(char, {})
                        nxt.append(n.setdefault(_STAR, {}))
                    continue
                for form in word.forms():
                    n = node
                    for char in (reversed(form) if reverse else form):
                        n = n.setdefault(char, {})
                    nxt.append(n)
            if i < len(words) - 1:
                nxt = [n.setdefault(_SEP, {}) for n in nxt]
            nodes = list({id(n): n for n in nxt}.values())
        for node in nodes:
            node[_END] = True

    def _emit(self, node: dict, reverse: bool) -> str:
        """A trie as a regex whose leaves are ends of phrases (longest first)."""
        alts = [re.escape(ch) + self._emit(node[ch], reverse) for ch in sorted(k for k in node if not k.startswith("\x00"))]
        if _SEP in node:
            if reverse:
                alts.append(self._prefix_r + self.sep_r + self._emit(node[_SEP], reverse))
            else:
                alts.append(self.sep + self._prefix + self._emit(node[_SEP], reverse))
        if _STAR in node:
            alts.append((r"(?:\w+')*\w*" if reverse else r"\w*(?:'\w+)*") + self._emit(node[_STAR], reverse))
        if _ANY in node:  # the letters before an ending (`*ts`, at least one); backtracking finds where it starts
            alts.append(r"\w+" + self._emit(node[_ANY], reverse))
        if _DIGITS in node:
            alts.append(r"\d+" + self._emit(node[_DIGITS], reverse))
        if _BARE in node:  # no prefix letter before this point (forwards: behind it; backwards: ahead)
            no_prefix = f"[{re.escape(self.rules.prefixes)}]"
            alts.append((f"(?!{no_prefix})" if reverse else f"(?<!{no_prefix})") + self._emit(node[_BARE], reverse))
        if _END in node:
            alts.append(self._prefix_r + r"(?!\w)" if reverse else _BOUNDARY)
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
            raise AssertionError("gaps are compiled by left_r()/right()")
        alternation = self.phrases(self._slot_phrases(slot))
        if slot.negated:
            return rf"(?!{alternation}{_BOUNDARY}){_WORD}"
        return alternation + _BOUNDARY

    def _slot_r(self, slot: Slot) -> str:
        alternation = self.phrases_r(self._slot_phrases(slot))
        if slot.negated:  # a word that does not end (reading forwards) a phrase of the class
            return rf"(?!{alternation}){_WORD}"
        return alternation

    def left(self, seq: Sequence) -> str:
        """Slots as `X SEP X SEP ...`, each followed by a separator: ends where the next word starts."""
        parts = []
        for slot in seq:
            if slot.gap is not None:
                low, high = slot.gap
                parts.append(rf"(?:{_WORD}{self.sep}){{{low},{high}}}")
                continue
            parts.append(f"(?:{self._slot(slot)}{self.sep})" + ("?" if slot.optional else ""))
        return "".join(parts)

    def left_r(self, seq: Sequence) -> str:
        """What `left(seq)` matches, read backwards in the reversed text from where the next word
        starts: `SEP X SEP X ...`, ending at a word boundary."""
        parts = []
        for slot in reversed(seq):
            if slot.gap is not None:
                low, high = slot.gap
                parts.append(rf"(?:{self.sep_r}{_WORD}){{{low},{high}}}")
                continue
            parts.append(f"(?:{self.sep_r}{self._slot_r(slot)})" + ("?" if slot.optional else ""))
        return "".join(parts) + r"(?!\w)"

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

    def contexts(self, names: tuple[str, ...]) -> _Contexts:
        """Named contexts compiled together (shared by every pattern that lists the same ones)."""
        names = tuple(names)
        if names not in self._contexts:
            self._contexts[names] = _Contexts(self, tuple(self.rules.contexts[n] for n in names))
        return self._contexts[names]

    def _near_check(self, near: Near) -> _NearCheck:
        if near not in self._near_cache:
            self._near_cache[near] = _NearCheck(self, near)
        return self._near_cache[near]

    def _words_back(self, k: int) -> re.Pattern:
        """k words back from a word's start, in the reversed text (where a phrase starts whose
        k-th word is a key)."""
        if k not in self._back:
            self._back[k] = self._regex(rf"(?:{self.sep_r}{_WORD}){{{k}}}")
        return self._back[k]

    # -- compiling: anchors and keys -------------------------------------------------------
    def _key_cost(self, word) -> float:
        """What a word costs as a key of the automaton, estimated on a sample of text in the
        language: each time one of its forms stands inside another word, one step of the scan
        loop (_RAW_COST); each time it stands as a word, the anchor and the pattern are checked
        (_HIT_COST). The sample is small, so a word it lacks gets a count from its length
        (`_prior`): short words are common in every language."""
        key = (word.stem, word.endings, word.star, word.digits, word.ending)
        cost = self._costs.get(key)
        if cost is None:
            if word.ending:
                cost = math.inf  # never a key: the automaton finds words by their start
            elif word.digits:
                cost = _DIGIT_COST
            elif word.star:
                whole = sum(n for token, n in self._word_counts.items() if token.startswith(word.stem))
                stem = len(word.stem)
                cost = (_RAW_COST * (self._sample.count(word.stem) + self._prior(stem))
                        + _HIT_COST * (whole + 4 * self._prior(stem)))
            else:
                cost = sum(
                    _RAW_COST * (self._sample.count(form) + self._prior(len(form)))
                    + _HIT_COST * (self._word_counts.get(form, 0) + self._prior(len(form)))
                    for form in word.forms()
                )
            self._costs[key] = cost
        return cost

    def _prior(self, length: int) -> float:
        """How often a word of this length that the sample lacks may still occur there: a word
        half as long as the language's mean is common, one twice as long is rare."""
        return min(8.0, max(0.05, 2.0 ** (self._mean_length - length)))

    def _anchor(self, slots: Sequence) -> tuple[int, list[tuple[Phrase, int]]]:
        """The slot to look for first, and for each of its phrases the word that is its key.

        The automaton finds key words in one pass in C; only a key standing as a word costs
        Python. So each phrase is keyed on its rarest word ("fault" in "the fault of", the
        participle in "was lost", never a number) and the pattern on its cheapest slot.
        """
        best = None
        for i, slot in enumerate(slots):
            if slot.gap is not None or slot.optional or slot.negated:
                continue
            keys = []
            cost = 0.0
            for phrase in self._slot_phrases(slot):
                k = min(range(len(phrase)), key=lambda j: (self._key_cost(phrase[j]), j))
                cost += self._key_cost(phrase[k])
                keys.append((phrase, k))
            if cost < math.inf and (best is None or cost < best[0]):
                best = (cost, i, keys)
        if best is None:  # hedges.py refuses such a pattern when it loads
            raise AssertionError("a pattern always has a required word that is not only an ending")
        return best[1], best[2]

    def _check(self, rule: Rule, pattern: Pattern, order: int, exceptions) -> _Check:
        check = _Check()
        check.rule = rule
        check.order = order
        check.pattern = pattern
        slots = pattern.slots
        a, keys = self._anchor(slots)
        b = a + 1
        check.anchor = (a, b)
        check.keys = keys
        left, right = slots[:a], slots[b:]
        # the right part as a lookahead: where the anchor slot has phrases of several lengths
        # ("ייתכן", "ייתכן ו*"), the one the rest of the pattern needs, not only the longest
        check.anchor_regex = self._regex(self._slot(slots[a]) + (f"(?={self.right(right)})" if right else ""))
        focused = [i for i, slot in enumerate(slots) if slot.focus]
        first, last = focused[0], focused[-1]
        # No capturing groups in the regexes run on every candidate (a group makes sre several
        # times slower); where the hedge starts or ends inside them, a second regex finds it,
        # run only on a match.
        check.left = self._regex(self.left_r(left)) if left else None
        check.left_width = self.width(left) + 1 if left else 0
        check.right = self._regex(self.right(right)) if right else None
        check.fs_regex = check.fe_regex = None
        # fs_regex ends where the hedge starts; the focused slot must follow it, or a word gap
        # before the focus would take as many words (left, greedy) or as few (right, lazy) as it
        # can, whatever stands there: "par [0-1] {<minimiser>}" then started after "par".
        focus_next = f"(?={self._slot(slots[first])})"
        if first < a:
            check.fs_regex = self._regex(self.left(slots[:first]) + focus_next)
        elif first >= b:
            check.fs_regex = self._regex(self.right(slots[b:first]) + self.sep + focus_next)
        if last < a:
            check.fe_regex = self._regex(self.left(slots[:last]) + self._slot(slots[last]))
        elif last >= b:
            check.fe_regex = self._regex(self.right(slots[b : last + 1]))
        # where the hedge starts and ends: at the anchor's edges, or found by fs_regex / fe_regex
        check.focus_left = "anchor" if first == a else ("left" if first < a else "right")
        check.focus_right = "anchor" if last == a else ("left" if last < a else "right")
        check.near = tuple(self._near_check(n) for n in pattern.near)
        check.unless = self.contexts(pattern.unless) if pattern.unless else None
        check.exceptions = exceptions
        check.rewrite = pattern.rewrite
        check.texts = (rule.id, rule.category, rule.severity, rule.message, rule.advice)
        return check

    def _build_automaton(self, checks: list[_Check]):
        """Every form of every key word, mapped to what it stands for.

        A key's value: its length, and two bundles, one for a key that stands as a whole word
        and one for a key followed by more letters (only stems with any ending, `stem*`, and
        numbers may be). A bundle holds the (check, k) pairs to verify (the key is the k-th
        word of the check's anchor phrase) and two filters run first, in C: everything the
        pairs need right of the key (the rest of the phrase and the pattern's right part),
        and left of it (read backwards: the phrase's first words and the pattern's left part).
        Most keys standing as words fail a filter and cost one regex call.
        """
        plain: dict[str, dict] = {}
        open_ended: dict[str, dict] = {}
        for check in checks:
            right = check.pattern.slots[check.anchor[1]:]
            left = check.pattern.slots[: check.anchor[0]]
            right_src = self.right(right) if right else ""
            left_src = self.left_r(left) if left else ""
            left_words = sum(s.gap[1] if s.gap else max(len(p) for p in self._slot_phrases(s)) for s in left)
            for phrase, k in check.keys:
                word = phrase[k]
                tail = self._word(word) + "".join(self.sep + self._prefix + self._word(w) for w in phrase[k + 1 :])
                tail = (tail + _BOUNDARY + right_src) if (k < len(phrase) - 1 or right) else None
                if k:
                    head = self.sep_r + self.phrases_r((phrase[:k],)) + left_src
                else:
                    head = left_src or None
                width = self.per_word * (k + left_words + 1) + _SLACK
                if word.digits:
                    forms, table = _digit_chars(), open_ended
                elif word.star:
                    forms, table = (word.stem,), open_ended
                else:
                    forms, table = word.forms(), plain
                for form in forms:
                    pairs = table.setdefault(form, {})
                    pair = pairs.setdefault((check, k), {"tails": [], "heads": [], "width": 0})
                    pair["tails"].append(tail)
                    pair["heads"].append(head)
                    pair["width"] = max(pair["width"], width)
        if not plain and not open_ended:
            return None
        def union(parts: list) -> _LazyRegex | None:
            if any(p is None for p in parts):
                return None  # one of them needs nothing there
            return self._regex("(?:" + "|".join(dict.fromkeys(parts)) + ")")

        def packed(*tables) -> tuple | None:
            pairs: dict = {}
            for table in tables:
                for pair, spec in (table or {}).items():
                    merged = pairs.setdefault(pair, {"tails": [], "heads": [], "width": 0})
                    merged["tails"] += spec["tails"]
                    merged["heads"] += spec["heads"]
                    merged["width"] = max(merged["width"], spec["width"])
            if not pairs:
                return None
            # (check, k, what must stand right of the key, left of it, how far left to look)
            entries = tuple((check, k, union(spec["tails"]), union(spec["heads"]), spec["width"])
                            for (check, k), spec in pairs.items())
            if len(entries) == 1:
                return (), entries, None, None, 0
            # When none of the pairs' right sides is there, skip them all; when none of the left
            # sides of those that need one is there, skip those: most keys are common words whose
            # pattern needs a rarer word beside them. (free: the pairs that need nothing left.)
            every_tail = union([t for spec in pairs.values() for t in spec["tails"]])
            free = tuple(e for e in entries if e[3] is None)
            headed = tuple(e for e in entries if e[3] is not None)
            every_head = union([h for spec in pairs.values() for h in spec["heads"] if h is not None]) if headed else None
            return free, headed, every_tail, every_head, max((e[4] for e in headed), default=0)

        automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
        for form in set(plain) | set(open_ended):
            automaton.add_word(form, (len(form), packed(plain.get(form), open_ended.get(form)), packed(open_ended.get(form))))
        automaton.make_automaton()
        return automaton

    # -- sentences -----------------------------------------------------------------------
    def sentence_of(self, t: _Text, a: int, b: int) -> tuple[int, int, bool]:
        """Bounds of the sentence holding [a, b) (within a window), and whether it is a
        question; looked up once per sentence."""
        s = t.s
        hi = min(t.n, b + _SENTENCE_WINDOW)
        m = self.next_end_s.search(s, b, hi)
        last = m.start() if m else hi
        known = t.sentences.get(last)
        if known is not None and known[1] and known[0] >= a - _SENTENCE_WINDOW:
            return known[0], last, known[2]
        lo = max(0, a - _SENTENCE_WINDOW)
        first = self._last_end(s, lo, a, self.next_end_s)
        question = m is not None and m.group() in QUESTION_ENDS
        t.sentences[last] = (max(first, lo), first >= 0, question)
        return max(first, lo), last, question

    def _last_end(self, s: str, lo: int, a: int, ends: re.Pattern) -> int:
        """Where the last sentence end in s[lo:a] ends (-1 if none): backwards with str.rfind
        over the characters that can end a sentence, each candidate confirmed by the regex."""
        pos = a
        while pos > lo:
            i = max(s.rfind(c, lo, pos) for c in self._end_chars)
            if i < 0:
                return -1
            for start in (i - 1, i) if i > lo else (i,):
                m = ends.match(s, start)
                if m is not None and m.start() <= i < m.end() <= a:
                    return m.end()
            pos = i
        return -1

    def sentence_bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The sentence of the original text that holds [start, end), without its leading spaces."""
        lo = max(0, start - 2000)
        first = max(lo, self._last_end(text, lo, start, self.next_end))
        first = max(first, text.rfind("\n", first, start) + 1)  # a line break ends it for display
        while first < start and text[first].isspace():
            first += 1
        m = self.next_end.search(text, end, min(len(text), end + 2000))
        last = m.end() if m else min(len(text), end + 2000)
        line_end = text.find("\n", end, last)
        return first, (line_end if line_end != -1 else last)

    # -- matching ------------------------------------------------------------------------
    def find(self, text: str, *, model: bool = True) -> list[Finding]:
        """The hedges in `text`: the rules' findings, and (unless `model` is False, or the
        locale has no model) the model's second opinion on every sentence (`scorer`)."""
        second = self.model if model else None
        if self._automaton is None and second is None:
            return []
        norm = self.script.normalise(text)
        s = " " + norm.text  # a separator before the first word; offsets in s are one more than in norm
        if "." in s:
            s = self.inner_dots.sub(_INNER_DOT, s)  # one character for one: offsets stay
        n = len(s)
        prefixes = self.rules.prefixes
        most = self.rules.max_prefixes
        count = self._count
        verify = self._verify
        words_back = self._words_back
        seen: set[int] = set()
        found: list[tuple] = []
        t = None
        for j, (length, whole, open_ended) in self._automaton.iter(s) if self._automaton is not None else ():
            i = j - length + 1  # the key is s[i:j + 1]
            p = i
            if prefixes:  # prefix letters may stand in front of the key: its word starts before them
                steps = 0
                while steps < most and s[p - 1] in prefixes:
                    p -= 1
                    steps += 1
            c = s[p - 1]
            if c.isalnum() or c == "_":
                continue  # inside a word
            c = s[j + 1] if j + 1 < n else " "
            bundle = open_ended if (c.isalnum() or c == "_") else whole
            if bundle is None:
                continue
            free, entries, every_tail, every_head, widest = bundle
            if every_tail is not None and every_tail.match(s, i) is None:
                continue
            if t is None:
                t = _Text(s)
            if every_head is not None and every_head.match(t.r, n - p, min(n, n - p + widest)) is None:
                entries = free
            elif free:
                entries = free + entries
            for check, k, tail, head, width in entries:
                if tail is not None and tail.match(s, i) is None:
                    continue
                if head is not None and head.match(t.r, n - p, min(n, n - p + width)) is None:
                    continue
                if k:  # the key is the k-th word of its phrase: the phrase starts k words before
                    m = words_back(k).match(t.r, n - p)
                    if m is None:
                        continue
                    start = n - m.end()
                else:
                    start = p
                key = start * count + check.order
                if key in seen:
                    continue
                seen.add(key)
                m = check.anchor_regex.match(s, start)
                if m is None:
                    continue
                hit = verify(t, check, start, m.end())
                if hit is not None:
                    found.append(hit)
        if found and any(hit[3].pattern.fallback for hit in found):
            found = self._without_stand_ins(t, found)
        findings = self._findings(text, s, norm, found) if found else []
        if second is None:
            return findings
        extra = self._second_opinion(second, text, s, norm, found)
        if not extra:
            return findings
        return sorted(findings + extra, key=lambda f: (f.start, -f.end))

    def sentences(self, text: str) -> list[str]:
        """The sentences of `text` in matching form, as the model reads them (for training)."""
        s = " " + self.script.normalise(text).text
        if "." in s:
            s = self.inner_dots.sub(_INNER_DOT, s)
        return [s[a:b] for a, b in self._sentence_spans(s) if _HAS_WORD.search(s, a, b)]

    def _sentence_spans(self, s: str) -> list[tuple[int, int]]:
        """[a, b) of every sentence of the scanned copy, its end mark excluded."""
        spans = []
        a = 0
        for m in self.next_end_s.finditer(s):
            spans.append((a, m.start()))
            a = m.end()
        spans.append((a, len(s)))
        return spans

    def _second_opinion(self, model, text: str, s: str, norm, found: list[tuple]) -> list[Finding]:
        """The model's findings: a sentence the rules left alone and the model reads as a
        hedge, reported whole under the category it names; and in a sentence the rules
        flagged, a further category the model is sure of."""
        ruled = sorted((hit[0], hit[3].rule.category) for hit in found)
        starts = [start for start, _ in ruled]
        out: list[Finding] = []
        for a, b in self._sentence_spans(s):
            verdict = model.verdict(s[a:b])
            if verdict is None:
                continue
            lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
            if lo == hi:
                categories = verdict.categories
            else:
                have = {category for _, category in ruled[lo:hi]}
                categories = tuple(c for c in verdict.extra if c not in have)
            if not categories:
                continue
            first_word = _HAS_WORD.search(s, a, b).start()
            last_word = b
            while not (s[last_word - 1].isalnum() or s[last_word - 1] == "_"):
                last_word -= 1
            first, last = (first_word - 1, last_word - 1) if norm.identity else norm.span(first_word - 1, last_word - 1)
            for category in categories:
                rule = self._by_category[category]
                out.append(Finding(rule.id, category, rule.severity, first, last, text[first:last], rule.message,
                                   rule.advice, None, "model"))
        return out

    def _without_stand_ins(self, t: _Text, found: list[tuple]) -> list[tuple]:
        """Drop a `fallback` pattern's hit where another pattern of its rule matched in the same
        sentence: the position stood in for a vocabulary that has now spoken for itself."""
        others: dict[str, list[int]] = {}
        for fs, _, _, check in found:
            if not check.pattern.fallback:
                others.setdefault(check.rule.id, []).append(fs)
        for starts in others.values():
            starts.sort()  # one bisection per stand-in, not a scan of the whole text's hits
        kept = []
        for hit in found:
            starts = others.get(hit[3].rule.id) if hit[3].pattern.fallback else None
            if starts:
                first, last, _ = self.sentence_of(t, hit[0], hit[1])
                i = bisect.bisect_left(starts, first)
                if i < len(starts) and starts[i] < last:
                    continue
            kept.append(hit)
        return kept

    def _verify(self, t: _Text, check: _Check, start: int, end: int):
        s = t.s
        a, b = start, end
        if check.right is not None:  # a match at one place: cheaper than the left part
            m = check.right.match(s, end)
            if m is None:
                return None
            b = m.end()
        if check.left is not None:  # read backwards from the anchor, in the reversed text
            q = t.n - start
            m = check.left.match(t.r, q, min(t.n, q + check.left_width))
            if m is None:
                return None
            a = t.n - m.end()
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
            if not near.holds(self, t, a, b):
                return None
        if check.unless is not None and check.unless.clears(self, t, a, b):
            return None
        if check.exceptions is not None:
            regex, width = check.exceptions
            for m in regex.finditer(s, max(0, a - width), min(t.n, b + width)):
                if m.start(1) <= a and m.end() >= b:
                    return None
        return (fs, fe, check.order, check)

    def _findings(self, text: str, s: str, norm, found: list[tuple]) -> list[Finding]:
        """In order of appearance; one rule's findings never overlap (at one start the longest
        match wins, then the first pattern: the span must not depend on which optional
        pattern the surrounding text also lets match), two rules' may (a passive that is
        also an excuse is reported as both)."""
        found.sort(key=lambda h: (h[0], -h[1], h[2]))
        kept: list[tuple] = []
        last_end: dict[str, int] = {}
        for hit in found:
            rule = hit[3].rule.id
            if hit[0] >= last_end.get(rule, -1):
                kept.append(hit)
                last_end[rule] = hit[1]
        findings = []
        identity = norm.identity
        span = norm.span
        new = object.__new__
        set_dict = object.__setattr__  # Finding is frozen: its fields are set once, here, without __init__'s checks
        for fs, fe, _, check in kept:
            first, last = (fs - 1, fe - 1) if identity else span(fs - 1, fe - 1)
            rule_id, category, severity, message, advice = check.texts
            finding = new(Finding)
            set_dict(finding, "__dict__", {
                "rule": rule_id, "category": category, "severity": severity, "start": first, "end": last,
                "text": text[first:last], "message": message, "suggestion": advice,
                "fix": self._fix(text, first, last, check.rewrite) if check.rewrite else None,
                "source": "pattern",
            })
            findings.append(finding)
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
