"""Load and validate one locale's hedge rules (`locales/<lang>/hedges.yaml`).

A rule file is written by a linguist, not a programmer, so its format is words
and phrases with a few plain-English conditions (see docs/hedges.md), never
regular expressions. Loading is strict: anything the engine would have to
guess about (an unknown key, a severity that contradicts the house policy, a
phrase with characters that are not words, a word mixing two scripts, a
duplicate id) raises `BankError` naming the file, the rule and the problem,
because a silently skipped rule is a hedge that reaches a customer.
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
FORMAT_VERSION = 1

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

_FILE_KEYS = {"version", "language", "prefixes", "max_prefixes", "ignore_marks", "sentence_ends", "word_lists", "rules"}
_REQUIRED_RULE_KEYS = {"category", "severity", "explanation", "suggestion", "patterns", "must_flag", "must_not_flag"}
_RULE_KEYS = _REQUIRED_RULE_KEYS | {"id", "except"}
_PATTERN_KEYS = {
    "phrases", "near", "look_back", "look_ahead", "across_sentences", "not_before", "not_after", "not_in_questions"
}
_WORD = re.compile(r"\w+(?:'\w+)*\*?")
_SPLIT = re.compile(r"[^\w'*]+")
_PHRASE_PUNCTUATION = "'*-\u2010\u05be"  # apostrophe, stem star, hyphens and the Hebrew maqaf
_CODEPOINT = re.compile(r"U\+([0-9A-Fa-f]{4,6})")

# Bounds far above what any language needs (the bundled rules: 6 words, 35 characters,
# 3 prefixes, 4 marks), low enough that the matcher's regex compiles in milliseconds: a
# 3000-character phrase used to exhaust the recursion of the regex compiler, and
# `max_prefixes: 99999999999` overflowed its repetition count.
MAX_PHRASE_WORDS = 12
MAX_PHRASE_CHARS = 100
MAX_PREFIXES = 8
MAX_MARKS = 256

Phrase = tuple[str, ...]  # normalised words; a word may end in "*" (any ending)


@dataclass(frozen=True)
class Pattern:
    """Words to flag, and the context in which they are a hedge."""

    phrases: tuple[Phrase, ...]
    near: str | None = None  # name of a word list that must stand nearby
    look_back: int = 0  # ... within this many words before the phrase
    look_ahead: int = 0  # ... or this many after it
    across_sentences: bool = False  # may the nearby word stand in the previous/next sentence?
    not_before: tuple[Phrase, ...] = ()  # not a hedge when one of these follows right after
    not_after: tuple[Phrase, ...] = ()  # not a hedge when one of these stands right before
    not_in_questions: bool = False  # not a hedge in a sentence ending with "?"


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
    word_lists: Mapping[str, tuple[Phrase, ...]]
    rules: tuple[Rule, ...]

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


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
    """Validates the parsed YAML; every complaint names the file and the rule."""

    def __init__(self, path: Path, locale: str):
        self.path = path
        self.locale = locale
        self.script = Script()

    def fail(self, problem: str, rule: str | None = None) -> BankError:
        where = f"{self.path}: rule {shown(rule)}: " if rule else f"{self.path}: "
        return BankError(where + problem)

    def read(self, raw: Any) -> HedgeRules:
        if not isinstance(raw, dict):
            raise self.fail("the file must be a mapping with 'version' and 'rules'")
        unknown = set(raw) - _FILE_KEYS
        if unknown:
            raise self.fail(f"unknown top-level keys {shown(sorted(map(str, unknown)))}; allowed: {sorted(_FILE_KEYS)}")
        if raw.get("version") != FORMAT_VERSION:
            raise self.fail(f"'version' must be {FORMAT_VERSION}, not {shown(raw.get('version'))}")
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
        word_lists = raw.get("word_lists", {}) or {}
        if not isinstance(word_lists, dict):
            raise self.fail("'word_lists' must map a name to a list of words")
        lists = {name: self._phrases(words, f"word list {shown(name)}") for name, words in word_lists.items()}
        rules_raw = raw.get("rules")
        if not isinstance(rules_raw, list) or not rules_raw:
            raise self.fail("'rules' must be a non-empty list")
        rules: list[Rule] = []
        seen: set[str] = set()
        for item in rules_raw:
            rule = self._rule(item, lists)
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
            word_lists=MappingProxyType(lists),
            rules=tuple(rules),
        )

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
            hint = ""
            if isinstance(items, list) and any(isinstance(i, bool) for i in items):
                hint = " (YAML reads unquoted yes, no, on, off as true/false: put such words in quotes)"
            raise self.fail(f"{what} must be a list of non-empty strings{hint}", rule)
        return [normalize("NFC", i) for i in items]

    def _phrases(self, items: Any, what: str, rule: str | None = None) -> tuple[Phrase, ...]:
        phrases = []
        for text in self._strings(items, what, rule):
            if len(text) > MAX_PHRASE_CHARS:
                raise self.fail(f"{what}: {shown(text)} is {len(text)} characters long; a phrase has at most "
                                f"{MAX_PHRASE_CHARS} (flag the few words that make the hedge)", rule)
            folded = self.script.fold(text)
            odd = sorted({c for c in folded if not (c.isalnum() or c.isspace() or c in _PHRASE_PUNCTUATION)})
            if odd:
                raise self.fail(
                    f"{what}: {text!r}: {''.join(odd)!r} is not a word character; write plain words "
                    "separated by spaces (a hyphen or maqaf is allowed, '*' ends a word stem; no regular expressions)",
                    rule,
                )
            words = tuple(w for w in _SPLIT.split(folded) if w)
            if not words:
                raise self.fail(f"{what}: {text!r} has no words", rule)
            if len(words) > MAX_PHRASE_WORDS:
                raise self.fail(f"{what}: {shown(text)} has {len(words)} words; a phrase has at most {MAX_PHRASE_WORDS}", rule)
            for word in words:
                if not _WORD.fullmatch(word):
                    raise self.fail(
                        f"{what}: {text!r}: {word!r} is not a word (letters, digits, an inner "
                        "apostrophe, and '*' only at the end)",
                        rule,
                    )
                scripts = {unicodedata.name(c, "?").split()[0] for c in word if c.isalpha()}
                if len(scripts) > 1:
                    raise self.fail(f"{what}: {text!r}: the word {word!r} mixes scripts {sorted(scripts)}", rule)
            phrases.append(words)
        return tuple(phrases)

    def _rule(self, item: Any, lists: dict[str, tuple[Phrase, ...]]) -> Rule:
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
        patterns = tuple(self._pattern(p, lists, rid) for p in patterns_raw)
        examples = {}
        for key in ("must_flag", "must_not_flag"):
            examples[key] = tuple(self._strings(item[key], repr(key), rid))
        return Rule(
            id=rid,
            category=category,
            severity=item["severity"],
            explanation=texts["explanation"],
            suggestion=texts["suggestion"],
            patterns=patterns,
            exceptions=self._phrases(item.get("except", []), "'except'", rid) if item.get("except") else (),
            must_flag=examples["must_flag"],
            must_not_flag=examples["must_not_flag"],
            language=self.locale,
        )

    def _pattern(self, raw: Any, lists: dict[str, tuple[Phrase, ...]], rid: str) -> Pattern:
        if isinstance(raw, str):
            return Pattern(phrases=self._phrases([raw], "pattern", rid))
        if not isinstance(raw, dict) or "phrases" not in raw:
            raise self.fail(f"a pattern is a phrase or a mapping with 'phrases'; got {shown(raw)}", rid)
        unknown = set(raw) - _PATTERN_KEYS
        if unknown:
            raise self.fail(f"unknown pattern keys {shown(sorted(map(str, unknown)))}; allowed: {sorted(_PATTERN_KEYS)}", rid)
        near = raw.get("near")
        counts = {}
        for key in ("look_back", "look_ahead"):
            value = raw.get(key, 0)
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 50:
                raise self.fail(f"{key!r} must be a whole number of words from 0 to 50", rid)
            counts[key] = value
        if near is not None:
            if not isinstance(near, str) or near not in lists:
                raise self.fail(f"'near: {shown(near)}' names no list under 'word_lists' ({', '.join(lists) or 'none'})", rid)
            if not counts["look_back"] and not counts["look_ahead"]:
                raise self.fail(f"'near: {near}' needs 'look_back' and/or 'look_ahead' (how many words)", rid)
        elif counts["look_back"] or counts["look_ahead"] or "across_sentences" in raw:
            raise self.fail("'look_back', 'look_ahead' and 'across_sentences' only make sense with 'near'", rid)
        for key in ("across_sentences", "not_in_questions"):
            if not isinstance(raw.get(key, False), bool):
                raise self.fail(f"{key!r} must be true or false", rid)
        return Pattern(
            phrases=self._phrases(raw["phrases"], "'phrases'", rid),
            near=near,
            look_back=counts["look_back"],
            look_ahead=counts["look_ahead"],
            across_sentences=raw.get("across_sentences", False),
            not_before=self._phrases(raw["not_before"], "'not_before'", rid) if "not_before" in raw else (),
            not_after=self._phrases(raw["not_after"], "'not_after'", rid) if "not_after" in raw else (),
            not_in_questions=raw.get("not_in_questions", False),
        )


__all__ = ["CATEGORIES", "HEDGES_FILE", "HedgeRules", "Pattern", "Rule", "load"]
