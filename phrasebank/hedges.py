"""Load and validate one locale's hedge rules (`locales/<lang>/hedges.yaml`, format version 2).

A rule file is written by a linguist, not a programmer (docs/hedges.md). It
describes how a hedge is *built*, never as regular expressions:

- `endings`: ending classes, so a word is written once as a stem and a class
  (`cancel/v` = cancel, cancels, canceled, canceling);
- `words`: word classes (lists of words, stems and phrases, other classes),
  optionally with contexts in which a word of the class does not count;
- `contexts`: named situations that clear a match (a negation before it, the
  "whether" sense of "if", an offer after it...), each made of small patterns
  that must stand right before, right after, or anywhere in the same sentence;
- `rules`: per category, ordered patterns over words and classes with gaps
  (`"<minimiser> [0-2] <problem>"`), the part that is the hedge in braces, an
  apology word that must stand nearby, the contexts that clear it, and a
  concrete rewrite where one exists.

Loading is strict: anything the engine would have to guess about (an unknown
key, a severity that contradicts the house policy, a word that is not a word,
a word mixing two scripts, an undefined class or context, a duplicate id)
raises `BankError` naming the file, the rule and the problem, because a
silently skipped rule is a hedge that reaches a customer.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

from . import inputs
from .errors import BankError, shown
from .tokens import SENTENCE_ENDS, Script, normalize

HEDGES_FILE = "hedges.yaml"
FORMAT_VERSION = 2

# The house policy (issue 3): which categories are errors and which warnings.
CATEGORIES: Mapping[str, str] = MappingProxyType(
    {
        "conditional": "error",
        "adversative": "error",
        "feelings": "error",
        "excuse": "error",
        "passive": "warning",
        "minimising": "warning",
        "vague": "warning",
    }
)

_FILE_KEYS = {
    "version", "language", "prefixes", "max_prefixes", "ignore_marks", "sentence_ends", "abbreviations",
    "endings", "words", "contexts", "rules",
}
_REQUIRED_RULE_KEYS = {"category", "severity", "explanation", "suggestion", "patterns", "must_flag", "must_not_flag"}
_RULE_KEYS = _REQUIRED_RULE_KEYS | {"id", "except"}
_PATTERN_KEYS = {"match", "near", "unless", "rewrite", "fallback"}
_NEAR_KEYS = {"words", "before", "after", "across_sentences"}
_CONTEXT_KEYS = {"about", "before", "after", "sentence", "question"}
_CLASS_KEYS = {"words", "unless"}
_REWRITES = ("replace", "split", "insert_before", "insert_after")
_NAME = re.compile(r"[a-z][a-z0-9_]*")
_WORD = re.compile(r"\w+(?:'\w+)*")
_SPLIT = re.compile(r"[^\w'*/<>!]+")
_PHRASE_PUNCTUATION = "'*/-\u2010\u05be"  # apostrophe, stem star, ending class, hyphens, Hebrew maqaf
_CODEPOINT = re.compile(r"U\+([0-9A-Fa-f]{4,6})")
_GAP = re.compile(r"\[(\d+)-(\d+)\]")
MAX_GAP = 20  # words a gap may span: windows stay small, matching stays linear
# Bounds far above what any language needs (the bundled rules: 6 words, 35 characters,
# 3 prefixes, 4 marks), low enough that the matcher's regex compiles in milliseconds: a
# 3000-character phrase used to exhaust the recursion of the regex compiler, and
# `max_prefixes: 99999999999` overflowed its repetition count.
MAX_PHRASE_WORDS = 12
MAX_PHRASE_CHARS = 100
MAX_PATTERN_SLOTS = 12  # slots of one pattern (a gap counts as one)
MAX_PATTERN_CHARS = 400  # a pattern with many alternatives is longer than a phrase
MAX_PREFIXES = 8
MAX_MARKS = 256
MIN_ENDING_CHARS = 2  # `*ts`: an ending alone matches every word with it, so not one letter
BUILT_IN_CLASSES = ("number",)  # <number>: any run of digits, in every script


@dataclass(frozen=True)
class Word:
    """A word as written in a rule: a stem and the endings it may take."""

    stem: str
    endings: tuple[str, ...] = ("",)  # "" = the stem alone
    star: bool = False  # any ending at all (`stem*`)
    digits: bool = False  # the built-in class <number>: a run of digits
    ending: bool = False  # any beginning: `*ts` is every word that ends in "ts" (the stem is an ending)

    def forms(self) -> tuple[str, ...]:
        return tuple(self.stem + e for e in self.endings)


Phrase = tuple[Word, ...]


@dataclass(frozen=True)
class Term:
    """One alternative of a slot: a phrase, or a word class by name."""

    phrase: Phrase = ()
    word_class: str | None = None


@dataclass(frozen=True)
class Slot:
    """One position of a pattern: alternatives, or a gap of `gap` = (min, max) words."""

    terms: tuple[Term, ...] = ()
    optional: bool = False
    negated: bool = False  # any one word that is NOT one of the terms
    gap: tuple[int, int] | None = None
    focus: bool = False  # part of the hedge (inside the braces)


Sequence = tuple[Slot, ...]


@dataclass(frozen=True)
class Context:
    """A situation that clears a match: one of these patterns right before / after / in the sentence."""

    name: str
    before: tuple[Sequence, ...] = ()
    after: tuple[Sequence, ...] = ()
    sentence: tuple[Sequence, ...] = ()
    question: bool = False  # the sentence ends with a question mark
    about: str = ""


@dataclass(frozen=True)
class WordClass:
    name: str
    phrases: tuple[Phrase, ...]
    unless: tuple[str, ...] = ()  # contexts in which a word of the class does not count


@dataclass(frozen=True)
class Near:
    """A word of `word_class` within `before` words before the match or `after` words after it."""

    word_class: str
    before: int | None = None  # None: not looked for on that side
    after: int | None = None
    across_sentences: bool = False


@dataclass(frozen=True)
class Rewrite:
    """What to do to the hedge (the braces) to get the sentence the writer should send."""

    action: str  # replace | split | insert_before | insert_after
    text: str


@dataclass(frozen=True)
class Pattern:
    source: str
    slots: Sequence
    near: tuple[Near, ...] = ()
    unless: tuple[str, ...] = ()
    rewrite: Rewrite | None = None
    # reported only when no other pattern of its rule matches in the same sentence: a pattern that
    # sees a hedge by its position ("sorry, but <anything>") stands in for the rule's vocabulary,
    # and must not repeat a finding the vocabulary already made there
    fallback: bool = False


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    severity: str
    explanation: Mapping[str, str]
    suggestion: Mapping[str, str]
    patterns: tuple[Pattern, ...]
    exceptions: tuple[Phrase, ...]
    must_flag: tuple[str, ...]
    must_not_flag: tuple[str, ...]
    language: str = field(default="", compare=False)

    @property
    def message(self) -> str:
        """The explanation in the rule's own language: the reader wrote in it."""
        return self.explanation[self.language]

    @property
    def advice(self) -> str:
        return self.suggestion[self.language]


@dataclass(frozen=True)
class HedgeRules:
    """Everything one `hedges.yaml` says."""

    locale: str
    path: Path
    script: Script
    prefixes: str
    max_prefixes: int
    sentence_ends: tuple[str, ...]
    abbreviations: tuple[str, ...]
    classes: Mapping[str, WordClass]
    contexts: Mapping[str, Context]
    rules: tuple[Rule, ...]

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def examples(self) -> list[str]:
        return [text for rule in self.rules for text in rule.must_flag + rule.must_not_flag]


def load(folder: Path) -> HedgeRules:
    """The rules of one locale folder; `BankError` if the file is missing or invalid."""
    path = Path(folder) / HEDGES_FILE
    locale = Path(folder).name
    try:
        raw = inputs.read_yaml(path, "hedge rules file")
    except inputs.InputError as exc:
        if exc.kind == "missing":
            raise BankError(f"{path}: locale {locale!r} has no {HEDGES_FILE}; every locale needs hedge rules") from None
        raise BankError(str(exc)) from None
    return _Reader(path, locale).read(raw)


class _Reader:
    """Validates the parsed YAML; every complaint names the file and the rule (or class, or context)."""

    def __init__(self, path: Path, locale: str):
        self.path = path
        self.locale = locale
        self.script = Script()
        self.endings: dict[str, tuple[str, ...]] = {}
        self.class_names: set[str] = set()
        self.context_names: set[str] = set()

    def fail(self, problem: str, rule: str | None = None) -> BankError:
        where = f"{self.path}: rule {shown(rule)}: " if rule else f"{self.path}: "
        return BankError(where + problem)

    # -- the file ------------------------------------------------------------------------
    def read(self, raw: Any) -> HedgeRules:
        if not isinstance(raw, dict):
            raise self.fail("the file must be a mapping with 'version' and 'rules'")
        unknown = set(raw) - _FILE_KEYS
        if unknown:
            raise self.fail(f"unknown top-level keys {shown(sorted(map(str, unknown)))}; allowed: {sorted(_FILE_KEYS)}")
        if raw.get("version") != FORMAT_VERSION:
            raise self.fail(
                f"'version' must be {FORMAT_VERSION}, not {shown(raw.get('version'))} (docs/hedges.md describes format 2)"
            )
        if raw.get("language", self.locale) != self.locale:
            raise self.fail(f"'language' is {shown(raw['language'])} but the file is in the folder {self.locale!r}")
        marks = frozenset(self._marks(raw.get("ignore_marks", [])))
        self.script = Script(ignore_marks=marks)
        prefixes = self._strings(raw.get("prefixes", []), "prefixes")
        if any(len(p) != 1 or not p.isalpha() for p in prefixes):
            raise self.fail("'prefixes' must be single letters")
        max_prefixes = raw.get("max_prefixes", 3 if prefixes else 0)
        if not isinstance(max_prefixes, int) or isinstance(max_prefixes, bool) or not 0 <= max_prefixes <= MAX_PREFIXES:
            raise self.fail(f"'max_prefixes' must be a whole number from 0 to {MAX_PREFIXES}, not {shown(max_prefixes)}")
        ends = self._strings(raw.get("sentence_ends", []), "sentence_ends")
        abbreviations = []
        for item in self._strings(raw.get("abbreviations", []), "abbreviations"):
            folded = self.script.fold(item).rstrip(".")
            if not folded or not all(c.isalnum() or c == "." for c in folded):
                raise self.fail(f"'abbreviations': {shown(item)} must be letters with inner dots ('mr', 'a.m')")
            abbreviations.append(folded)
        self._read_endings(raw.get("endings", {}) or {})
        classes_raw = raw.get("words", {}) or {}
        contexts_raw = raw.get("contexts", {}) or {}
        for what, value in (("words", classes_raw), ("contexts", contexts_raw)):
            if not isinstance(value, dict):
                raise self.fail(f"'{what}' must map a name to its definition")
            for name in value:
                if not isinstance(name, str) or not _NAME.fullmatch(name):
                    raise self.fail(f"'{what}': {shown(name)} is not a name (lower-case ASCII letters, digits, '_')")
        taken = sorted(set(classes_raw) & set(BUILT_IN_CLASSES))
        if taken:
            raise self.fail(f"'words': {taken[0]!r} is a built-in class and cannot be redefined")
        self.class_names = set(classes_raw) | set(BUILT_IN_CLASSES)
        self.context_names = set(contexts_raw)
        contexts = {name: self._context(name, spec) for name, spec in contexts_raw.items()}
        classes = self.classes = self._classes(classes_raw)
        rules_raw = raw.get("rules")
        if not isinstance(rules_raw, list) or not rules_raw:
            raise self.fail("'rules' must be a non-empty list")
        rules: list[Rule] = []
        seen: set[str] = set()
        for item in rules_raw:
            rule = self._rule(item)
            if rule.id in seen:
                raise self.fail("duplicate rule id", rule.id)
            seen.add(rule.id)
            rules.append(rule)
        return HedgeRules(
            locale=self.locale,
            path=self.path,
            script=self.script,
            prefixes="".join(self.script.fold(p) for p in prefixes),
            max_prefixes=max_prefixes if prefixes else 0,
            sentence_ends=tuple(dict.fromkeys(SENTENCE_ENDS + tuple(ends))),
            abbreviations=tuple(abbreviations),
            classes=MappingProxyType(classes),
            contexts=MappingProxyType(contexts),
            rules=tuple(rules),
        )

    def _read_endings(self, raw: Any) -> None:
        if not isinstance(raw, dict):
            raise self.fail("'endings' must map a class name to a list of endings")
        for name, items in raw.items():
            if not isinstance(name, str) or not _NAME.fullmatch(name):
                raise self.fail(f"'endings': {shown(name)} is not a name (lower-case ASCII letters, digits, '_')")
            if not isinstance(items, list) or not items or not all(isinstance(i, str) for i in items):
                raise self.fail(f"'endings' {name!r} must be a list of endings (\"\" for none)")
            folded = []
            for item in items:
                ending = self.script.fold(normalize("NFC", item))
                if ending and not _WORD.fullmatch(ending):
                    raise self.fail(f"'endings' {name!r}: {shown(item)} is not a word ending")
                folded.append(ending)
            self.endings[name] = tuple(dict.fromkeys(folded))

    def _marks(self, items: Any) -> list[str]:
        """`ignore_marks`: literal characters, `U+05B0` or ranges `U+0591..U+05C7`."""
        out: list[str] = []
        for item in self._strings(items, "ignore_marks"):
            codes = _CODEPOINT.findall(item)
            if item.count("..") == 1 and len(codes) == 2:
                lo, hi = (int(c, 16) for c in codes)
                out.extend(chr(c) for c in range(lo, min(hi, lo + MAX_MARKS) + 1) if c <= 0x10FFFF)
            elif len(codes) == 1 and _CODEPOINT.fullmatch(item):
                out.append(chr(int(codes[0], 16)))
            elif len(item) == 1:
                out.append(item)
            else:
                raise self.fail(f"'ignore_marks' entry {shown(item)} is not a character, U+XXXX or U+XXXX..U+YYYY")
            if len(out) > MAX_MARKS:
                raise self.fail(f"'ignore_marks' lists more than {MAX_MARKS} characters; list the marks writers put inside words")
        for char in out:
            if char.isalnum() or char.isspace():
                raise self.fail(f"'ignore_marks' must not contain letters, digits or spaces ({char!r})")
        return out

    def _strings(self, items: Any, what: str, rule: str | None = None) -> list[str]:
        if isinstance(items, str):
            items = [items]
        if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
            seen = items if isinstance(items, list) else [items]
            hint = ""
            if any(isinstance(i, bool) for i in seen):
                hint = " (YAML reads unquoted yes, no, on, off as true/false: put such words in quotes)"
            elif any(isinstance(i, (dict, list)) for i in seen):
                hint = " (a pattern that starts with '{', '[' or '<' must be in quotes)"
            raise self.fail(f"{what} must be a string or a list of non-empty strings{hint}", rule)
        return [normalize("NFC", i) for i in items]

    # -- words -------------------------------------------------------------------------------
    def _word(self, text: str, what: str, rule: str | None) -> Word:
        """`word`, `stem*` or `stem/ending_class`, already folded."""
        ending = text.startswith("*")
        if ending:
            text = text[1:]
        star = text.endswith("*")
        stem, slash, ending_class = text.rstrip("*").partition("/")
        if star and slash:
            raise self.fail(f"{what}: {shown(text)}: a word takes '*' or '/endings', not both", rule)
        if ending and (star or slash):
            raise self.fail(f"{what}: {shown('*' + text)}: an ending ('*ts') takes no '*' or '/endings' after it", rule)
        if "*" in stem or not _WORD.fullmatch(stem):
            raise self.fail(
                f"{what}: {shown(text)} is not a word (letters, digits, an inner apostrophe, '*' at the end for "
                "any ending or at the start for any beginning, '/name' for an ending class; no regular expressions)",
                rule,
            )
        if ending:
            if len(stem) < MIN_ENDING_CHARS or "'" in stem:
                raise self.fail(f"{what}: {shown('*' + text)}: an ending needs at least {MIN_ENDING_CHARS} letters "
                                "(a shorter one is most words of the language)", rule)
            return Word(stem, ("",), ending=True)
        scripts = {unicodedata.name(c, "?").split()[0] for c in stem if c.isalpha()}
        if len(scripts) > 1:
            raise self.fail(f"{what}: {shown(text)}: the word {stem!r} mixes scripts {sorted(scripts)}", rule)
        if slash:
            if ending_class not in self.endings:
                raise self.fail(
                    f"{what}: {shown(text)}: no ending class {ending_class!r} under 'endings' "
                    f"({', '.join(sorted(self.endings)) or 'none'})",
                    rule,
                )
            return Word(stem, self.endings[ending_class])
        return Word(stem, ("",), star)

    def _phrase(self, text: str, what: str, rule: str | None) -> Phrase:
        """Plain words of a phrase (no classes): `sorry`, `forgive us`, `apologi/ze`, `atvaino*`."""
        if len(text) > MAX_PHRASE_CHARS:
            raise self.fail(f"{what}: {shown(text)} is {len(text)} characters long; a phrase has at most "
                            f"{MAX_PHRASE_CHARS} (flag the few words that make the hedge)", rule)
        folded = self.script.fold(text)
        bare = re.sub(r"/[a-z0-9_]+", "", folded)  # ending class names may hold '_'
        odd = sorted({c for c in bare if not (c.isalnum() or c.isspace() or c in _PHRASE_PUNCTUATION)})
        if odd:
            raise self.fail(
                f"{what}: {shown(text)}: {''.join(odd)!r} is not a word character; write plain words "
                "separated by spaces (a hyphen or maqaf is allowed, '*' ends a word stem, '/name' names "
                "an ending class; no regular expressions)",
                rule,
            )
        parts = [p for p in re.split(r"[^\w'*/]+", folded) if p]
        if not parts:
            raise self.fail(f"{what}: {shown(text)} has no words", rule)
        if len(parts) > MAX_PHRASE_WORDS:
            raise self.fail(f"{what}: {shown(text)} has {len(parts)} words; a phrase has at most {MAX_PHRASE_WORDS}", rule)
        return tuple(self._word(p, what, rule) for p in parts)

    def _term(self, text: str, what: str, rule: str | None) -> Term:
        if text.startswith("<") and text.endswith(">"):
            name = text[1:-1]
            if name not in self.class_names:
                raise self.fail(
                    f"{what}: {shown(text)} names no word class under 'words' ({', '.join(sorted(self.class_names)) or 'none'})",
                    rule,
                )
            return Term(word_class=name)
        if "<" in text or ">" in text:
            raise self.fail(f"{what}: {shown(text)}: a class is written <name>, alone", rule)
        return Term(phrase=self._phrase(text, what, rule))

    def _classes(self, raw: dict) -> dict[str, WordClass]:
        """Every class with its words; a class may name other classes (<name>), never itself."""
        defined: dict[str, tuple[list[Term], tuple[str, ...]]] = {}
        for name, spec in raw.items():
            what = f"word class {name!r}"
            unless: tuple[str, ...] = ()
            if isinstance(spec, dict):
                unknown = set(spec) - _CLASS_KEYS
                if unknown or "words" not in spec:
                    raise self.fail(f"{what}: a class is a list of words, or a mapping with 'words' (and 'unless')")
                unless = self._context_names(spec.get("unless", []), what, None)
                spec = spec["words"]
            terms = [self._term(item.strip(), what, None) for item in self._strings(spec, what)]
            defined[name] = (terms, unless)

        resolved: dict[str, tuple[Phrase, ...]] = {}

        def expand(name: str, path: tuple[str, ...]) -> tuple[Phrase, ...]:
            if name in resolved:
                return resolved[name]
            if name in path:
                raise self.fail(f"word class {name!r} contains itself ({' -> '.join(path + (name,))})")
            phrases: list[Phrase] = []
            for term in defined[name][0]:
                phrases.extend(expand(term.word_class, path + (name,)) if term.word_class else [term.phrase])
            resolved[name] = tuple(dict.fromkeys(phrases))
            return resolved[name]

        defined["number"] = ([], ())
        resolved["number"] = ((Word("", digits=True),),)
        return {name: WordClass(name, expand(name, ()), defined[name][1]) for name in defined}

    def _context_names(self, items: Any, what: str, rule: str | None) -> tuple[str, ...]:
        names = self._strings(items, f"{what}: 'unless'", rule)
        for name in names:
            if name not in self.context_names:
                raise self.fail(
                    f"{what}: 'unless: {name}' names no context under 'contexts' "
                    f"({', '.join(sorted(self.context_names)) or 'none'})",
                    rule,
                )
        return tuple(names)

    # -- patterns ----------------------------------------------------------------------------
    def _sequence(self, text: str, what: str, rule: str | None, *, focus_allowed: bool) -> Sequence:
        """A pattern string: words, <classes>, a|b alternatives, x? optional, [m-n] gaps, {the hedge}."""
        if len(text) > MAX_PATTERN_CHARS:
            raise self.fail(f"{what}: {shown(text)} is {len(text)} characters long; a pattern has at most "
                            f"{MAX_PATTERN_CHARS} (put long lists of words into a class under 'words')", rule)
        spaced = text.replace("{", " { ").replace("}", " } ")
        slots: list[Slot] = []
        focus = None  # None: no braces yet; True: inside; False: closed
        for token in spaced.split():
            if token == "{":
                if not focus_allowed or focus is not None:
                    raise self.fail(f"{what}: {shown(text)}: only one pair of braces, around the hedge itself", rule)
                focus = True
                continue
            if token == "}":
                if focus is not True:
                    raise self.fail(f"{what}: {shown(text)}: '}}' without '{{'", rule)
                focus = False
                continue
            gap = _GAP.fullmatch(token)
            if gap:
                low, high = int(gap.group(1)), int(gap.group(2))
                if not 0 <= low <= high <= MAX_GAP or high == 0:
                    raise self.fail(f"{what}: {shown(text)}: a gap [m-n] needs 0 ≤ m ≤ n ≤ {MAX_GAP}, n > 0", rule)
                slots.append(Slot(gap=(low, high), focus=focus is True))
                continue
            if "[" in token or "]" in token:
                raise self.fail(f"{what}: {shown(text)}: {token!r}: a gap is written [m-n], e.g. [0-3]", rule)
            optional = token.endswith("?") and len(token) > 1
            body = token[:-1] if optional else token
            negated = body.startswith("!")
            body = body[1:] if negated else body
            alternatives = body.split("|")
            if not all(alternatives):
                raise self.fail(f"{what}: {shown(text)}: {token!r} has an empty alternative", rule)
            terms = tuple(self._term(a, what, rule) for a in alternatives)
            if negated and (optional or any(t.word_class is None and len(t.phrase) > 1 for t in terms)):
                raise self.fail(f"{what}: {shown(text)}: '!' stands before single words or classes, never optional", rule)
            slots.append(Slot(terms=terms, optional=optional, negated=negated, focus=focus is True))
        if focus is True:
            raise self.fail(f"{what}: {shown(text)}: '{{' is never closed", rule)
        if len(slots) > MAX_PATTERN_SLOTS:
            raise self.fail(f"{what}: {shown(text)} has {len(slots)} words and gaps; a pattern has at most "
                            f"{MAX_PATTERN_SLOTS}", rule)
        if not any(s.gap is None for s in slots):
            raise self.fail(f"{what}: {shown(text)} has no words", rule)
        return tuple(slots)

    def _context(self, name: str, spec: Any) -> Context:
        what = f"context {name!r}"
        if not isinstance(spec, dict):
            raise self.fail(f"{what} must be a mapping with 'before', 'after', 'sentence' or 'question'")
        unknown = set(spec) - _CONTEXT_KEYS
        if unknown:
            raise self.fail(f"{what}: unknown keys {sorted(unknown)}; allowed: {sorted(_CONTEXT_KEYS)}")
        parts = {}
        for key in ("before", "after", "sentence"):
            parts[key] = tuple(
                self._sequence(text, f"{what}: {key!r}", None, focus_allowed=False)
                for text in self._strings(spec.get(key, []), f"{what}: {key!r}")
            ) if key in spec else ()
        question = spec.get("question", False)
        if not isinstance(question, bool):
            raise self.fail(f"{what}: 'question' must be true or false")
        if not (any(parts.values()) or question):
            raise self.fail(f"{what} says nothing: give 'before', 'after', 'sentence' or 'question: true'")
        about = spec.get("about", "")
        if not isinstance(about, str):
            raise self.fail(f"{what}: 'about' is a sentence describing the context")
        return Context(name=name, question=question, about=about, **parts)

    def _near(self, raw: Any, rid: str) -> tuple[Near, ...]:
        items = raw if isinstance(raw, list) else [raw]
        out = []
        for item in items:
            if not isinstance(item, dict) or "words" not in item:
                raise self.fail("'near' is a mapping with 'words' (a class) and 'before' and/or 'after'", rid)
            unknown = set(item) - _NEAR_KEYS
            if unknown:
                raise self.fail(f"unknown 'near' keys {sorted(unknown)}; allowed: {sorted(_NEAR_KEYS)}", rid)
            name = item["words"]
            if name not in self.class_names:
                raise self.fail(
                    f"'near: {name}' names no word class under 'words' ({', '.join(sorted(self.class_names)) or 'none'})",
                    rid,
                )
            counts = {}
            for key in ("before", "after"):
                value = item.get(key)
                if value is not None and (not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 50):
                    raise self.fail(f"'near' {key!r} must be a whole number of words from 0 to 50", rid)
                counts[key] = value
            if counts["before"] is None and counts["after"] is None:
                raise self.fail(f"'near: {name}' needs 'before' and/or 'after' (how many words between)", rid)
            across = item.get("across_sentences", False)
            if not isinstance(across, bool):
                raise self.fail("'across_sentences' must be true or false", rid)
            out.append(Near(name, counts["before"], counts["after"], across))
        return tuple(out)

    def _rewrite(self, raw: Any, slots: Sequence, rid: str) -> Rewrite:
        if not isinstance(raw, dict) or len(raw) != 1 or next(iter(raw)) not in _REWRITES:
            raise self.fail(f"'rewrite' is one of {', '.join(f'{k}: TEXT' for k in _REWRITES)}", rid)
        action, text = next(iter(raw.items()))
        if not isinstance(text, str) or (action != "replace" and not text.strip()):
            raise self.fail(f"'rewrite: {action}' needs a text (replace: \"\" deletes the hedge)", rid)
        return Rewrite(action, normalize("NFC", text))

    def _pattern(self, raw: Any, rid: str) -> Pattern:
        if isinstance(raw, str):
            raw = {"match": raw}
        if not isinstance(raw, dict) or "match" not in raw:
            raise self.fail(f"a pattern is a string or a mapping with 'match'; got {shown(raw)}", rid)
        unknown = set(raw) - _PATTERN_KEYS
        if unknown:
            raise self.fail(f"unknown pattern keys {shown(sorted(map(str, unknown)))}; allowed: {sorted(_PATTERN_KEYS)}", rid)
        (source,) = self._strings(raw["match"], "'match'", rid)
        if not isinstance(raw.get("fallback", False), bool):
            raise self.fail(f"'fallback' is true or false; got {shown(raw['fallback'])}", rid)
        slots = self._sequence(source, "'match'", rid, focus_allowed=True)
        if slots[0].gap or slots[-1].gap:
            raise self.fail(f"'match': {shown(source)}: a pattern starts and ends with a word, not a gap", rid)
        if not any(s.focus for s in slots):
            slots = tuple(Slot(s.terms, s.optional, s.negated, s.gap, True) for s in slots)
        focused = [s for s in slots if s.focus]
        if focused[0].gap or focused[0].optional or focused[-1].gap or focused[-1].optional:
            raise self.fail(f"'match': {shown(source)}: the braces start and end with a word that must be there", rid)
        if not any(s.gap is None and not s.optional and not s.negated for s in slots):
            raise self.fail(f"'match': {shown(source)}: at least one word must be there (not optional, not '!')", rid)
        if not any(s.gap is None and not s.optional and not s.negated and self._findable(s) for s in slots):
            raise self.fail(f"'match': {shown(source)}: the words that must be there are all endings ('*ts'); "
                            "the linter looks for a word by its start, so give one more word or class", rid)
        return Pattern(
            source=source,
            slots=slots,
            near=self._near(raw["near"], rid) if "near" in raw else (),
            unless=self._context_names(raw.get("unless", []), "pattern", rid) if "unless" in raw else (),
            rewrite=self._rewrite(raw["rewrite"], slots, rid) if "rewrite" in raw else None,
            fallback=raw.get("fallback", False),
        )

    def _findable(self, slot: Slot) -> bool:
        """Every phrase of the slot has a word with a known start (not only an ending, `*ts`)."""
        for term in slot.terms:
            phrases = self.classes[term.word_class].phrases if term.word_class in self.classes else (
                () if term.word_class else (term.phrase,))
            if any(all(word.ending for word in phrase) for phrase in phrases):
                return False
        return True

    def _rule(self, item: Any) -> Rule:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            raise self.fail(f"every rule must be a mapping with an 'id'; got {shown(item)}")
        rid = item["id"]
        unknown = set(item) - _RULE_KEYS
        if unknown:
            raise self.fail(f"unknown keys {shown(sorted(map(str, unknown)))}; allowed: {sorted(_RULE_KEYS)}", rid)
        missing = _REQUIRED_RULE_KEYS - set(item)
        if missing:
            raise self.fail(f"missing keys {sorted(missing)}", rid)
        prefix = f"hedge.{self.locale}."
        if not rid.startswith(prefix) or not re.fullmatch(r"[a-z][a-z0-9_-]*", rid[len(prefix):]):
            raise self.fail(f"the id must look like '{prefix}<name>' (lower-case ASCII name)", rid)
        category = item["category"]
        if not isinstance(category, str) or category not in CATEGORIES:
            raise self.fail(f"unknown category {shown(category)}; categories: {', '.join(CATEGORIES)}", rid)
        if item["severity"] != CATEGORIES[category]:
            raise self.fail(
                f"severity {shown(item['severity'])} contradicts the house policy: {category} is {CATEGORIES[category]!r}",
                rid,
            )
        texts = {}
        for key in ("explanation", "suggestion"):
            value = item[key]
            if not isinstance(value, dict) or not all(isinstance(v, str) and v.strip() for v in value.values()):
                raise self.fail(f"{key!r} must map language codes to text", rid)
            for needed in dict.fromkeys(("en", self.locale)):
                if needed not in value:
                    raise self.fail(f"{key!r} needs a text in {needed!r}", rid)
            texts[key] = MappingProxyType({k: " ".join(v.split()) for k, v in value.items()})
        patterns_raw = item["patterns"]
        if not isinstance(patterns_raw, list) or not patterns_raw:
            raise self.fail("'patterns' must be a non-empty list", rid)
        patterns = tuple(self._pattern(p, rid) for p in patterns_raw)
        examples = {}
        for key in ("must_flag", "must_not_flag"):
            examples[key] = tuple(self._strings(item[key], repr(key), rid))
        exceptions = tuple(
            self._phrase(text, "'except'", rid) for text in self._strings(item["except"], "'except'", rid)
        ) if item.get("except") else ()
        return Rule(
            id=rid,
            category=category,
            severity=item["severity"],
            explanation=texts["explanation"],
            suggestion=texts["suggestion"],
            patterns=patterns,
            exceptions=exceptions,
            must_flag=examples["must_flag"],
            must_not_flag=examples["must_not_flag"],
            language=self.locale,
        )


__all__ = [
    "CATEGORIES", "FORMAT_VERSION", "HEDGES_FILE", "Context", "HedgeRules", "Near", "Pattern", "Rewrite", "Rule",
    "Slot", "Term", "Word", "WordClass", "load",
]
