"""Which bundled locale a customer's message is written in: `detect_locale`.

A reply in the wrong language is worse than no automatic choice at all, so the
router answers `None` (undetermined) whenever the text does not clearly point
at one of the candidate locales. `langdetect` alone cannot do this job: it has
no Georgian or Armenian profile, misreads one-word messages ("Paldies" comes
back Afrikaans) and costs about a millisecond per call. The router therefore
decides in cheap steps and keeps `langdetect` as the last resort for long
Latin-script text:

1. Ignore what the customer did not write in this message: quoted earlier
   messages ("> ..." lines and their "On ... wrote:" header), the signature
   block after "-- ", URLs, e-mail addresses and anything with a digit in it
   (order numbers like #4471, dates, phone numbers).
2. Count letters by Unicode script. The script with most letters wins (in a
   mixed message, capitalised Latin words that no candidate knows, i.e.
   product and brand names, do not count).
3. Which script each locale writes comes from CLDR (babel's likely subtags:
   he -> he_Hebr_IL). A locale whose `routing.yaml` says `decide_by: script`
   is chosen by its script alone, unless the text shows that locale's
   `not_this_language` evidence (Yiddish letters in Hebrew script). For
   `decide_by: words` locales (Latin script is shared by hundreds of
   languages) the words decide: the locale's vocabulary and its telling
   letters, with letters outside every candidate's alphabet as evidence of
   another language, and `langdetect` (seeded, restricted to the profiles of
   that script) only for long text the words leave open.
4. `hint` (a helpdesk's requester locale) is used only when the text gives
   too little to go on; it never overrides evidence in the text.

No language is named here: everything a language contributes is data in its
locale folder (`routing.yaml`, plus the words of its own `apology.ftl`).
docs/routing.md explains the data format, the measured accuracy and the limits.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import ftl, inputs
from .errors import BankError, UnknownLocaleError, shown
from .locales import BANK_FILE, available, negotiate, resolve_dir
from .tokens import normalize

__all__ = ["Detection", "detect_locale"]

ROUTING_FILE = "routing.yaml"
FORMAT_VERSION = 1

# What decided (Detection.method). Kept short: the CLI and compose print them.
SCRIPT = "script"  # the letters' script alone (a locale, or None for a script no candidate writes)
EXCLUDED = "excluded"  # the script's locale ruled out by its `not_this_language` evidence
WORDS = "words"  # vocabulary and telling letters of a shared script
FOREIGN_LETTERS = "foreign-letters"  # letters no candidate's alphabet has
LANGDETECT = "langdetect"  # langdetect, for long text the words leave open
HINT = "hint"  # too little evidence in the text; the caller's hint
NO_LETTERS = "no-letters"  # nothing to go on (digits, emoji, only quotes or URLs)
AMBIGUOUS = "ambiguous"  # too little or tied evidence, and no usable hint

HINT_CONFIDENCE = 0.5

# Thresholds of the words step (docs/routing.md explains how they were chosen).
MIN_SHARE = 0.5  # the winning locale must claim at least this share of the script's words
LONG_WORDS = 3  # langdetect is asked only from this many words...
LONG_LETTERS = 12  # ...and this many letters up
LANGDETECT_MIN_PROB = 0.8  # and its answer counts only from this probability up
LANGDETECT_MAX_WORDS = 200  # enough to tell; bounds the cost of a long e-mail
PLAIN_MIN_LETTERS = 3  # a word typed without diacritics matches a listed word from this length up

# Invisible format characters (zero-width, bidi controls, BOM, variation
# selectors, soft hyphen): never part of what the customer wrote. Mail
# programs put bidi controls in Hebrew quote headers.
_FORMAT_CHARS = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff]")

# What the customer did not write as language: URLs, e-mail addresses,
# @mentions, bare domains with a path, and any token with a digit in it
# (order numbers #4471, SKUs, dates, times, phone numbers, "iPhone 15").
_NOISE = re.compile(
    r"""
      (?:https?|ftp)://[!-~]+
    | www\.[!-~]+
    | (?<![^\s<>()\[\]{},;:"'])[^\s@<>()\[\]{},;:"']++@[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)++
    | @\w+
    | (?<![A-Za-z0-9.-])[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)++/[!-~]*
    | (?<![^\s,;!?()\[\]{}"])[^\s,;!?()\[\]{}"\d]*+\d[^\s,;!?()\[\]{}"]*+
    """,
    re.VERBOSE,
)  # anchored at token starts and possessive, so a long token costs linear time
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\uff07": "'"})


@dataclass(frozen=True)
class Detection:
    """The locale to reply in, or `None` when the message is in none of them.

    `confidence` (0..1) says how strongly the text supports the answer; for
    `None` it is how strongly it supports "none of the candidates" (0.0 when
    there was nothing to go on). `method` names the step that decided (see
    the constants at the top of this module and docs/routing.md).
    """

    locale: str | None
    confidence: float
    method: str


def detect_locale(
    text: str,
    *,
    candidates: Iterable[str] | None = None,
    hint: str | None = None,
    locales_dir: str | Path | None = None,
) -> Detection:
    """The candidate locale `text` is written in, or `Detection(None, ...)`.

    `candidates` defaults to every bundled locale (`phrasebank.locales.available`);
    codes are negotiated (`he-IL`, `iw`, `lv_LV`). `hint`, e.g. a helpdesk's
    requester locale, is negotiated the same way and used only when the text
    is too short or ambiguous to decide; it must name one of the candidates
    (UnknownLocaleError otherwise: no quiet fallback).
    """
    if not isinstance(text, str):
        raise TypeError(f"detect_locale expects the message as str, got {type(text).__name__}")
    if isinstance(candidates, str):
        raise TypeError(f"candidates must be a list of locale codes, not the string {candidates!r}")
    codes = tuple(candidates) if candidates is not None else None
    router = _router(locales_dir, codes)
    hinted = _hint(hint, locales_dir, codes) if hint is not None else None
    return router.detect(text, hinted)


# --- candidates and hint -------------------------------------------------------


@lru_cache(maxsize=64)
def _router(locales_dir: str | Path | None, codes: tuple[str, ...] | None) -> _Router:
    root = resolve_dir(locales_dir)
    return _build_router(root, _candidates(codes, locales_dir))


def _candidates(codes: tuple[str, ...] | None, locales_dir) -> tuple[str, ...]:
    if codes is None:
        return tuple(available(locales_dir))
    if not codes:
        raise ValueError(f"candidates is empty; give some of: {', '.join(available(locales_dir))}")
    chosen = set()
    for code in codes:
        if not isinstance(code, str):
            raise TypeError(f"candidate locale codes must be str, got {code!r}")
        chosen.add(negotiate(code, locales_dir))
    return tuple(sorted(chosen))


@lru_cache(maxsize=256)
def _hint(hint: str, locales_dir, codes: tuple[str, ...] | None) -> str:
    if not isinstance(hint, str):
        raise TypeError(f"hint must be a locale code (str), got {hint!r}")
    code = negotiate(hint, locales_dir)
    pool = _candidates(codes, locales_dir)
    if code not in pool:
        raise UnknownLocaleError(hint, list(pool))
    return code


@lru_cache(maxsize=64)
def _build_router(root: Path, codes: tuple[str, ...]) -> _Router:
    return _Router(tuple(_load_locale(root, code) for code in codes))


def check_rules(locales_dir: str | Path, code: str) -> None:
    """Read `<locales_dir>/<code>/routing.yaml`; BankError (file:line:column) when it is missing or invalid.

    `phrasebank check` calls it, so a translator learns of a broken file before `detect` fails on it;
    the file is read afresh (detect's cache would hide an edit made since it was last read).
    """
    _load_locale.__wrapped__(Path(locales_dir), code)


# --- per-locale data -------------------------------------------------------------


@dataclass(frozen=True)
class _LocaleRouting:
    code: str
    script: str
    decide_by: str
    alphabet: frozenset[str]
    telling: frozenset[str]
    fold: bool
    words: frozenset[str]
    folded_words: frozenset[str]
    excluded_letters: tuple[str, ...]
    excluded_words: frozenset[str]
    quote_headers: tuple[str, ...]
    signatures: tuple[str, ...]


_KEYS = {
    "version", "decide_by", "alphabet", "telling_letters", "match_without_diacritics",
    "words", "not_this_language", "quote_headers", "signatures",
}


@lru_cache(maxsize=64)
def _load_locale(root: Path, code: str) -> _LocaleRouting:
    """Read and check `<root>/<code>/routing.yaml`; BankError names file, line and problem."""
    path = root / code / ROUTING_FILE
    try:
        raw = inputs.read_text(path, "routing file", limit=inputs.MAX_DATA_BYTES)
        data = inputs.load_yaml(raw, str(path))
    except inputs.InputError as exc:
        if exc.kind == "missing":
            raise BankError(
                f"{path}: missing. Every locale folder needs a routing.yaml saying how its "
                f"language is recognised (decide_by: script or words; see docs/routing.md)"
            ) from None
        raise BankError(str(exc)) from None
    bad = _BadData(path, raw)
    if not isinstance(data, dict):
        raise bad("the file must hold a mapping (version, decide_by, ...)")
    unknown = sorted(str(key) for key in set(data) - _KEYS)
    if unknown:
        raise bad(f"unknown key {shown(unknown[0])}; valid keys: {', '.join(sorted(_KEYS))}", unknown[0])
    if data.get("version") != FORMAT_VERSION:
        raise bad(f"version must be {FORMAT_VERSION}, got {shown(data.get('version'))}", "version")
    script = _locale_script(code)
    if script is None:
        raise bad(f"CLDR (babel's likely subtags) knows no script for locale {code!r}")
    decide_by = data.get("decide_by")
    if decide_by not in ("script", "words"):
        raise bad(f"decide_by must be 'script' or 'words', got {shown(decide_by)}", "decide_by")

    alphabet = frozenset(_letters(bad, data, "alphabet", script))
    telling = frozenset(_letters(bad, data, "telling_letters", script))
    if decide_by == "words" and not alphabet:
        raise bad("decide_by: words needs an `alphabet` (the letters the language writes)", "decide_by")
    if not telling <= alphabet:
        raise bad(f"telling_letters {''.join(sorted(telling - alphabet))!r} are not in the alphabet", "telling_letters")
    fold = data.get("match_without_diacritics", False)
    if not isinstance(fold, bool):
        raise bad("match_without_diacritics must be true or false", "match_without_diacritics")

    words: set[str] = set()
    for word in _word_list(bad, data.get("words"), "words"):
        _check_word(bad, word, script, alphabet)
        if word in words:
            raise bad(f"word {shown(word)} is listed twice", word, nth=2)
        words.add(word)
    if words and decide_by == "script":
        raise bad("`words` are only used with decide_by: words", "words")
    if decide_by == "words":
        words |= _bank_words(root / code / BANK_FILE, script, alphabet)
    folder = _folder(alphabet)
    folded = frozenset(word.translate(folder) for word in words) if fold else frozenset()

    excluded = data.get("not_this_language") or {}
    if not isinstance(excluded, dict) or set(excluded) - {"letters", "words"}:
        raise bad("not_this_language must be a mapping with `letters` and/or `words`", "not_this_language")
    excluded_letters = []
    for item in excluded.get("letters") or []:
        if not isinstance(item, str) or not item or normalize("NFC", item) != item:
            raise bad(f"not_this_language letter {shown(item)} must be a non-empty NFC string", str(item))
        if not item[0].isalpha() or _char_script(item[0]) != script:
            raise bad(f"not_this_language letter {shown(item)} must start with a letter of script {script}", item)
        excluded_letters.append(item)
    excluded_words = set()
    for word in _word_list(bad, excluded.get("words"), "not_this_language.words"):
        _check_word(bad, word, script, frozenset())
        excluded_words.add(word)

    headers = _patterns(bad, data, "quote_headers")
    signatures = _patterns(bad, data, "signatures")
    return _LocaleRouting(
        code=code, script=script, decide_by=decide_by, alphabet=alphabet, telling=telling,
        fold=fold, words=frozenset(words), folded_words=folded,
        excluded_letters=tuple(excluded_letters), excluded_words=frozenset(excluded_words),
        quote_headers=headers, signatures=signatures,
    )


class _BadData:
    """Builds the BankError for a routing.yaml problem, at the line and column of the offending entry."""

    def __init__(self, path: Path, raw: str):
        self.path, self.raw = path, raw
        # the text with comments blanked (same length), so a needle is never found in a comment
        self.code = re.sub(r"(?m)(^|\s)#.*$", lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), raw)

    def __call__(self, problem: str, needle: str | None = None, nth: int = 1) -> BankError:
        where = str(self.path)
        if needle:
            found = list(re.finditer(rf"(?<![\w']){re.escape(needle)}(?![\w'])", self.code))
            entries = [m for m in found if not self.code.startswith(":", m.end())]  # not a group name
            found = entries or found
            if found:
                at = found[min(nth, len(found)) - 1].start()
                line = self.raw.count("\n", 0, at) + 1
                column = at - (self.raw.rfind("\n", 0, at) + 1) + 1
                where = f"{where}:{line}:{column}"
        return BankError(f"{where}: {problem}")


def _letters(bad: _BadData, data: dict, key: str, script: str) -> list[str]:
    value = data.get(key) or ""
    if not isinstance(value, str):
        raise bad(f"{key} must be a string of letters separated by spaces", key)
    letters = value.split()
    for letter in letters:
        if len(letter) != 1 or not letter.isalpha() or letter != letter.lower():
            raise bad(f"{key}: {shown(letter)} is not one lowercase letter", letter)
        if normalize("NFC", letter) != letter or _char_script(letter) != script:
            raise bad(f"{key}: {shown(letter)} is not an NFC letter of script {script}", letter)
    return letters


def _word_list(bad: _BadData, value, key: str) -> list[str]:
    """Words as one string, a list, or a mapping of group name -> string/list."""
    if value is None:
        return []
    groups = value.values() if isinstance(value, dict) else [value]
    words = []
    for group in groups:
        if isinstance(group, str):
            words.extend(group.split())
        elif isinstance(group, list) and all(isinstance(w, str) for w in group):
            words.extend(w.strip() for w in group)
        else:
            raise bad(f"{key} must be words separated by spaces, a list, or groups of those", key)
    return words


def _check_word(bad: _BadData, word: str, script: str, alphabet: frozenset[str]) -> None:
    if normalize("NFC", word) != word or word != word.lower():
        raise bad(f"word {shown(word)} must be lowercase NFC", word)
    letters = word.replace("'", "")
    if not letters or not all(ch.isalpha() for ch in letters):
        raise bad(f"word {shown(word)} may hold only letters and an apostrophe", word)
    scripts = {_char_script(ch) for ch in letters}
    if scripts != {script}:
        raise bad(f"word {shown(word)} mixes scripts or is not in script {script}", word)
    if alphabet and not alphabet.issuperset(letters):
        raise bad(f"word {shown(word)} has letters outside the alphabet: {''.join(sorted(set(letters) - alphabet))}", word)


def _patterns(bad: _BadData, data: dict, key: str) -> tuple[str, ...]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
        raise bad(f"{key} must be a list of strings (`*` stands for any text)", key)
    for pattern in value:
        if len(pattern.replace("*", "").strip()) < 3:
            raise bad(f"{key}: {shown(pattern)} needs some literal text besides `*`", pattern)
    return tuple(value)


def _bank_words(path: Path, script: str, alphabet: frozenset[str]) -> set[str]:
    """Words of the locale's own phrases (apology.ftl), in its script and alphabet.

    A broken entry is skipped here: reporting it is the bank loader's job.
    """
    from fluent.syntax import ast

    try:
        resource = ftl.parse(inputs.read_text(path, "locale file")).resource
    except inputs.InputError as exc:
        if exc.kind == "missing":
            return set()
        raise BankError(str(exc)) from None
    texts: list[str] = []

    def collect(pattern) -> None:
        if pattern is None:
            return
        for element in pattern.elements:
            if isinstance(element, ast.TextElement):
                texts.append(element.value)
            elif isinstance(element, ast.Placeable) and isinstance(element.expression, ast.SelectExpression):
                for variant in element.expression.variants:
                    collect(variant.value)

    for entry in resource.body:
        if isinstance(entry, (ast.Message, ast.Term)):
            collect(entry.value)
            for attribute in entry.attributes:
                collect(attribute.value)
    words = set()
    text = normalize("NFC", " ".join(texts)).translate(_APOSTROPHES).lower()
    for word in _WORD.findall(text):
        letters = word.replace("'", "")
        if alphabet.issuperset(letters) and all(_char_script(ch) == script for ch in letters):
            words.add(word)
    return words


def _folder(alphabet: frozenset[str]) -> dict[int, str]:
    """Maps each letter with a diacritic to its base letter (ā -> a), for matching plain typing."""
    table = {}
    for letter in alphabet:
        base = unicodedata.normalize("NFD", letter)[0]
        if base != letter:
            table[ord(letter)] = base
    return table


# --- scripts ---------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _script_codes() -> dict[str, str]:
    """Unicode character-name prefix ("HEBREW") -> ISO 15924 code ("Hebr"), from CLDR's script names."""
    from babel import Locale

    codes: dict[str, str] = {}
    for code, name in sorted(Locale("en").scripts.items()):
        if " " not in name and len(code) == 4:
            codes.setdefault(name.upper(), code)
    return codes


def _char_script(ch: str) -> str | None:
    """The script of a letter: an ISO 15924 code, or '?NAME' for scripts CLDR names differently."""
    if not ch.isalpha():
        return None
    head = unicodedata.name(ch, "?").split(" ", 1)[0]
    return _script_codes().get(head, "?" + head)


def _locale_script(code: str) -> str | None:
    from babel.core import get_global, parse_locale

    language, territory, script = parse_locale(code.replace("-", "_"))[:3]
    if script:
        return script
    likely = get_global("likely_subtags")
    for key in (f"{language}_{territory}" if territory else language, language):
        if key in likely:
            return parse_locale(likely[key])[2]
    return None


@lru_cache(maxsize=1)
def _marks() -> tuple[re.Pattern, dict[int, None]]:
    """Combining marks (niqqud, accents typed separately...): kept inside words, then dropped."""
    codes = [cp for cp in range(0x0300, 0x3100) if unicodedata.category(chr(cp)) in ("Mn", "Mc", "Me")]
    codes += [cp for cp in range(0xFB1E, 0xFE30) if unicodedata.category(chr(cp)) in ("Mn", "Mc", "Me")]
    ranges, start, prev = [], codes[0], codes[0]
    for cp in codes[1:]:
        if cp != prev + 1:
            ranges.append((start, prev))
            start = cp
        prev = cp
    ranges.append((start, prev))
    cls = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    word = re.compile(rf"(?:[^\W\d_]|[{cls}])+(?:'(?:[^\W\d_]|[{cls}])+)*")
    return word, dict.fromkeys(codes)


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


# --- the router ----------------------------------------------------------------------


class _Router:
    """Everything `detect_locale` needs for one set of candidates, built once."""

    def __init__(self, locales: tuple[_LocaleRouting, ...]):
        self.locales = locales
        self.by_script: dict[str, tuple[_LocaleRouting, ...]] = {}
        for loc in locales:
            self.by_script.setdefault(loc.script, ())
            self.by_script[loc.script] += (loc,)
        for script, group in self.by_script.items():
            if len(group) > 1 and any(loc.decide_by == "script" for loc in group):
                names = ", ".join(loc.code for loc in group)
                raise BankError(
                    f"locales {names} all write script {script}; with more than one, each needs "
                    f"decide_by: words in its routing.yaml"
                )
        self.ascii_script = _char_script("a")
        self.memo: dict[str, str | None] = {}
        self.word, self.mark_table = _marks()
        self.alphabets = {
            script: frozenset().union(*(loc.alphabet for loc in group)) for script, group in self.by_script.items()
        }
        headers = [p for loc in locales for p in loc.quote_headers]
        signatures = [p for loc in locales for p in loc.signatures]
        self.header = _wildcards(headers)
        self.signature = _wildcards(signatures)

    # -- cleaning

    def clean(self, text: str) -> str:
        text = _FORMAT_CHARS.sub("", text)
        text = normalize("NFKC", text).translate(_APOSTROPHES)
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return _NOISE.sub(" ", self._drop_quotes(text))

    def _drop_quotes(self, text: str) -> str:
        lines = text.split("\n")
        keep: list[str] = []
        i, n = 0, len(lines)
        while i < n:
            stripped = lines[i].strip()
            if stripped == "--" or (self.signature and self.signature.fullmatch(stripped)):
                break  # signature block: the rest is not the message
            if stripped.startswith(">"):
                while keep and not keep[-1].strip():
                    keep.pop()
                if keep and keep[-1].rstrip().endswith(":"):
                    keep.pop()  # "Someone wrote:" just above the quote
                i += 1
                continue
            span = self._header_span(lines, i)
            if span:
                j = i + span
                while j < n and not lines[j].strip():
                    j += 1
                if j < n and lines[j].lstrip().startswith(">"):
                    i = j
                    continue
                break  # a header over an unquoted original: the rest is the earlier message
            keep.append(lines[i])
            i += 1
        return "\n".join(keep)

    def _header_span(self, lines: list[str], i: int) -> int:
        if not self.header:
            return 0
        line = lines[i].strip()
        if self.header.fullmatch(line):
            return 1
        if i + 1 < len(lines) and line and self.header.fullmatch(f"{line} {lines[i + 1].strip()}"):
            return 2  # mail programs wrap long "On ... wrote:" lines
        return 0

    # -- words and scripts

    def tokens(self, text: str) -> list[tuple[str, str]]:
        """(script, word) pairs; a word mixing scripts ("בAmazon") is split at the change."""
        out = []
        memo = self.memo
        for word in self.word.findall(text):
            if word.isascii():
                out.append((self.ascii_script, word))
                continue
            word = word.translate(self.mark_table)
            run, run_script = [], None
            for ch in word:
                script = memo.get(ch, "")
                if script == "":
                    script = memo[ch] = _char_script(ch)
                if script is None:
                    if ch == "'" and run:
                        run.append(ch)
                    continue
                if script != run_script and run:
                    out.append((run_script, "".join(run).strip("'")))
                    run = []
                run.append(ch)
                run_script = script
            if run:
                out.append((run_script, "".join(run).strip("'")))
        return out

    # -- the decision

    def detect(self, text: str, hint: str | None) -> Detection:
        cleaned = self.clean(text)
        tokens = self.tokens(cleaned)
        if not tokens:
            return self._weak(hint, NO_LETTERS)
        weight: dict[str, int] = {}
        for script, word in tokens:
            weight[script] = weight.get(script, 0) + len(word) - word.count("'")
        if len(weight) > 1:
            weight = self._discount_names(tokens, weight)
        total = sum(weight.values())
        ranked = sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))
        script, letters = ranked[0]
        if len(ranked) > 1 and ranked[1][1] == letters:
            return self._weak(hint, AMBIGUOUS)
        share = letters / total
        group = self.by_script.get(script, ())
        if not group:
            return Detection(None, round(share, 3), SCRIPT)
        group = tuple(loc for loc in group if not self._excluded(loc, cleaned, tokens))
        if not group:
            return Detection(None, round(share, 3), EXCLUDED)
        if len(group) == 1 and group[0].decide_by == "script":
            return Detection(group[0].code, round(share, 3), SCRIPT)
        words = [word for s, word in tokens if s == script]
        return self._by_words(group, script, words, share, hint)

    def _discount_names(self, tokens, weight: dict[str, int]) -> dict[str, int]:
        """In a mixed-script message, capitalised words no candidate knows (brands, names) do not count."""
        out = dict(weight)
        for script, word in tokens:
            group = self.by_script.get(script, ())
            if group and group[0].decide_by == "words" and not word.islower():
                lower = word.lower()
                if not any(_claims(loc, lower, False) for loc in group):
                    out[script] -= len(word) - word.count("'")
        if sum(out.values()) == 0:
            return weight
        return {script: count for script, count in out.items() if count > 0}

    @staticmethod
    def _excluded(loc: _LocaleRouting, cleaned: str, tokens) -> bool:
        if any(letters in cleaned for letters in loc.excluded_letters):
            return True
        if loc.excluded_words:
            return any(s == loc.script and word in loc.excluded_words for s, word in tokens)
        return False

    def _by_words(self, group, script: str, words: list[str], share: float, hint: str | None) -> Detection:
        lowered = [word.lower() for word in words]
        plain = all(word.isascii() for word in lowered)  # typed without any diacritic
        alphabet = self.alphabets[script]
        claims = {loc.code: 0 for loc in group}
        foreign = 0
        for word in lowered:
            for loc in group:
                if _claims(loc, word, plain):
                    claims[loc.code] += 1
            if not alphabet.issuperset(word.replace("'", "")):
                foreign += 1
        n = len(lowered)
        ranked = sorted(claims.items(), key=lambda kv: (-kv[1], kv[0]))
        best, top = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        if top > second and top >= MIN_SHARE * n and top > foreign:
            return Detection(best, round(share * (top - second) / (n + 1), 3), WORDS)
        if foreign and foreign >= top:
            return Detection(None, round(share * foreign / n, 3), FOREIGN_LETTERS)
        letters = sum(len(word) for word in words)
        if n >= LONG_WORDS and letters >= LONG_LETTERS:
            found = _langdetect(script, " ".join(words[:LANGDETECT_MAX_WORDS]))
            if found is not None and found[1] >= LANGDETECT_MIN_PROB:
                language, prob = found
                codes = {_language(loc.code): loc.code for loc in group}
                return Detection(codes.get(language), round(share * prob, 3), LANGDETECT)
        return self._weak(hint, AMBIGUOUS)

    @staticmethod
    def _weak(hint: str | None, method: str) -> Detection:
        if hint is not None:
            return Detection(hint, HINT_CONFIDENCE, HINT)
        return Detection(None, 0.0, method)


def _claims(loc: _LocaleRouting, word: str, plain: bool) -> bool:
    """Does this word point at this locale? Known word, telling letter, or known word typed plainly."""
    if word in loc.words or not loc.telling.isdisjoint(word):
        return True
    if plain and loc.fold and len(word) >= PLAIN_MIN_LETTERS and word in loc.folded_words:
        return True
    if "'" in word:  # someone's -> someone, hasn't is listed as is
        stem = word.split("'", 1)[0]
        return stem in loc.words or (plain and loc.fold and len(stem) >= PLAIN_MIN_LETTERS and stem in loc.folded_words)
    return False


class _Globs:
    """Lines that match one of a locale's `*` patterns, case-insensitively, in time linear in the line.

    As a regular expression each `*` was a lazy `[^\\n]*?` that backtracks: two
    stars made detect quadratic (220 KB of "lietotājs " took 23 s) and twenty made
    an 80-character line hang. A glob needs no backtracking: the first piece is a
    prefix, the last a suffix, and each piece between is found left to right, as
    early as it can be (str.find).
    """

    def __init__(self, patterns: list[str]):
        self.patterns = [tuple(pattern.casefold().split("*")) for pattern in patterns]
        # Most lines are no header: one regex in C rejects them by the first and the last piece
        # (a single `.*` between two literals cannot backtrack more than linearly).
        ends = [(pieces[0], pieces[-1]) if len(pieces) > 1 else (pieces[0], None) for pieces in self.patterns]
        self.candidate = re.compile(
            "|".join(f"(?:{re.escape(first)}.*{re.escape(last)})" if last is not None else f"(?:{re.escape(first)})"
                     for first, last in ends),
            re.IGNORECASE | re.DOTALL,
        )

    def fullmatch(self, line: str) -> bool:
        if self.candidate.fullmatch(line.casefold()) is None:
            return False
        text = line.casefold()
        return any(_glob_match(pieces, text) for pieces in self.patterns)


def _glob_match(pieces: tuple[str, ...], text: str) -> bool:
    if len(pieces) == 1:
        return text == pieces[0]
    first, *middle, last = pieces
    end = len(text) - len(last)
    if end < len(first) or not text.startswith(first) or not text.endswith(last):
        return False
    position = len(first)
    for piece in middle:
        found = text.find(piece, position, end)
        if found < 0:
            return False
        position = found + len(piece)
    return True


def _wildcards(patterns: list[str]) -> _Globs | None:
    return _Globs(patterns) if patterns else None


@lru_cache(maxsize=None)
def _language(code: str) -> str:
    from babel import Locale

    return Locale.parse(code).language


# --- langdetect: the last resort ---------------------------------------------------------


def _langdetect(script: str, text: str) -> tuple[str, float] | None:
    """(language, probability) from langdetect restricted to the profiles of `script`, or None."""
    factory = _factory(script)
    if factory is None:
        return None
    from langdetect.lang_detect_exception import LangDetectException

    detector = factory.create()
    detector.append(text)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return None
    return _profile_language(best.lang), best.prob


@lru_cache(maxsize=None)
def _factory(script: str):
    """A langdetect factory with only the profiles of languages written in `script` (CLDR), seed 0.

    Seeded for determinism: the same text gives the same answer in every
    process. The seed lives on our own factory class, so importing phrasebank
    does not change the global `DetectorFactory.seed` of other langdetect users.
    """
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    class SeededFactory(DetectorFactory):
        seed = 0

    profiles = []
    for path in sorted(Path(PROFILES_DIRECTORY).iterdir()):
        if path.name.startswith(".") or not path.is_file():
            continue
        try:
            profile_script = _locale_script(_profile_language(path.name))
        except Exception:  # babel does not know this profile's code: not ours to route
            continue
        if profile_script == script:
            profiles.append(path.read_text(encoding="utf-8"))
    if len(profiles) < 2:
        return None
    factory = SeededFactory()
    factory.load_json_profile(profiles)
    return factory


def _profile_language(name: str) -> str:
    return name.split("-", 1)[0]

