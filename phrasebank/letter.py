"""How one locale's letters are read for the whole-letter rules: its words, not its grammar.

The rules themselves (no echo, no repeated lead-in, a count said once, one voice)
are stated once in catalog.yaml for every language. What they need to know about a
language — which words are function words, how it writes small numbers, which
words are "I" and "we", which words ask someone to write — is data in
`locales/<lang>/letter.yaml`, so adding a language adds a file, never code.
The composer uses it while choosing messages; `phrasebank check` uses it to
tell a translator when a message breaks a rule on its own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import BankError

LETTER_FILE = "letter.yaml"
ISOLATE_START = "\u2068"
ISOLATE_END = "\u2069"

# A word: letters and digits, with apostrophes and in-word punctuation (Armenian ՞ ՛ ՜,
# Hebrew geresh) kept inside it. Lower-cased, never case-folded (Armenian և survives).
_WORD = re.compile(r"\w+(?:[\u0027\u2019\u055a-\u055f\u05f3\u05f4]+\w+)*")
_IN_WORD_MARKS = str.maketrans("", "", "\u055b\u055c\u055e")  # Armenian stress, emphasis, question
UNIT_REACH = 2  # words between a numeral and its unit: "three extra days", "3 business days"


@dataclass(frozen=True)
class Matcher:
    """Words given as data: exact, or with `*` for any beginning or ending ("*נו", "apologi*")."""

    exact: frozenset[str]
    starts: tuple[str, ...]
    ends: tuple[str, ...]

    @classmethod
    def of(cls, items) -> "Matcher":
        exact, starts, ends = set(), [], []
        for item in items:
            word = normal(str(item))
            if word.endswith("*") and len(word) > 1:
                starts.append(word[:-1])
            elif word.startswith("*") and len(word) > 1:
                ends.append(word[1:])
            else:
                exact.add(word)
        return cls(frozenset(exact), tuple(starts), tuple(ends))

    def __call__(self, word: str) -> bool:
        return word in self.exact or word.startswith(self.starts or ("\x00",)) or word.endswith(self.ends or ("\x00",))


@dataclass(frozen=True, eq=False)
class LetterWords:
    path: Path
    function_words: Matcher
    stem_letters: int  # 0: only identical words echo; N: words sharing their first N letters do
    prefixes: tuple[str, ...]  # prefix letters stripped before comparing (Hebrew ו ה ב ל ...)
    lead_in_marks: tuple[str, ...]
    question_marks: tuple[str, ...]
    numbers: dict[int, Matcher]  # small counts written as words
    person: dict[str, Matcher]  # voice -> the words that speak in it
    writing: Matcher  # words that ask someone to write (never on the phone, never to a contact)
    private: Matcher  # words that move a conversation to a private channel (public channels only)
    lead_in_lowercase: bool = False  # the language writes lower case after its lead-in mark (lv, hy)
    counts: Matcher | None = None  # every word of `numbers`: a count, never an echo ("two days", "two months")
    # The unit of the counted fact (days): a numeral states the count only this near one of these
    # words ("three days", "3 business days"; not "two weeks ahead"). None: any numeral does.
    count_units: Matcher | None = None
    unit_counts: dict[int, Matcher] | None = None  # words that say a count with its unit ("week", "יומיים")

    def after_lead_in(self, fact: str, names: frozenset[str] = frozenset()) -> str:
        """A fact as it continues a lead-in sentence. Where the language writes lower case
        after a colon, a first word that is capitalised only because it began the agent's
        sentence ("Mūsu noliktava…") is lowered; a quoted name, an acronym, a word with
        inner capitals ("„Omniva”", "DPD", "iPhone") or a word in `names` (the agent wrote it
        with its capital inside a sentence too: "… abonementu Premium …") is left as typed."""
        if not self.lead_in_lowercase:
            return fact
        first = fact.split(maxsplit=1)[0] if fact.strip() else ""
        letters = [c for c in first if c.isalpha()]
        if not letters or not first[0].isalpha() or not first[0].isupper() or len(letters) < 2:
            return fact
        if first.rstrip(",.:;\u055d") in names:
            return fact
        if any(c.isupper() for c in letters[1:]) or not all(c.isalpha() or c in "-’'" for c in first.rstrip(",.:;\u055d")):
            return fact
        start = len(fact) - len(fact.lstrip())
        return fact[:start] + fact[start].lower() + fact[start + 1:]

    def key(self, word: str) -> str | None:
        """The comparable form of a content word, or None for a function word or a number
        (in digits or in words: two different counts may both be "two" without echoing)."""
        if word.isdigit() or self.function_words(word) or (self.counts is not None and self.counts(word)):
            return None
        for prefix in self.prefixes:
            if word.startswith(prefix) and len(word) - len(prefix) >= 3 and not self.function_words(word[len(prefix):]):
                word = word[len(prefix):]
                break
        if self.stem_letters and len(word) > self.stem_letters:
            return word[: self.stem_letters]
        return word

    def content(self, text: str) -> frozenset[str]:
        """The content words of the bank's own wording (cached: a message's wording recurs
        across letters, whatever the facts)."""
        return _content(self, text)

    def states_count(self, text: str, count: int) -> bool:
        """Whether `text` already says the count (of days), in digits or in words.

        With `count_units`, a numeral counts only within UNIT_REACH words of a unit word:
        "three days" or "3 business days" say a count of 3 days, "drivers are booked two weeks
        ahead" does not say 2 (round 29: such a prevention silenced the days-late apology).
        A word of `unit_counts` ("week", Hebrew "יומיים") says its count on its own."""
        spelled = self.numbers.get(count)
        if self.count_units is None:
            if _number_pattern(count).search(text):
                return True
            return bool(spelled) and any(spelled(word) for word in words(text))
        tokens = words(text)
        whole = (self.unit_counts or {}).get(count)
        digits = str(count)
        for i, word in enumerate(tokens):
            if whole is not None and whole(word):
                return True
            if word == digits or (spelled is not None and spelled(word)):
                if any(map(self.count_units, tokens[max(0, i - UNIT_REACH) : i + UNIT_REACH + 1])):
                    return True
        return False

    def speaks_as(self, text: str) -> set[str]:
        """The voices whose words appear in `text` ("i", "we")."""
        found = set()
        for word in words(text):
            for voice, matcher in self.person.items():
                if matcher(word):
                    found.add(voice)
        return found


@lru_cache(maxsize=256)
def _number_pattern(count: int) -> re.Pattern:
    return re.compile(rf"(?<!\d){count}(?!\d)")


@lru_cache(maxsize=8192)
def _content(words_of: "LetterWords", text: str) -> frozenset[str]:
    return frozenset(k for k in map(words_of.key, words(text)) if k)


def normal(text: str) -> str:
    return unicodedata.normalize("NFC", text).lower().translate(_IN_WORD_MARKS)


_SENTENCE_END = re.compile(r"[.!?\u0589\u055c\u055e:;\n]\W*$")


def names_in(texts) -> frozenset[str]:
    """Words the agent capitalised inside a sentence, not at its start ("Premium", "Omniva"):
    names, which keep their capital wherever the letter quotes them."""
    found = set()
    for text in texts:
        for match in re.finditer(r"\w[\w\-\u2019']*", text):
            word = match.group(0)
            if not word[0].isupper() or match.start() == len(text) - len(text.lstrip()):
                continue
            if not _SENTENCE_END.search(text[: match.start()]):
                found.add(word)
    return frozenset(found)


def words(text: str) -> list[str]:
    return _WORD.findall(normal(text))


_INNERMOST = re.compile("\u2068[^\u2068\u2069]*\u2069")


def own_wording(raw: str) -> str:
    """The bank's own words in a formatted message: every isolated placeable (a fact,
    a number, a date) becomes a space, so facts never count as the bank's wording.
    Innermost placeables go first, so nested ones (a select inside a placeable) go too."""
    while ISOLATE_START in raw:
        stripped = _INNERMOST.sub(" ", raw)
        if stripped == raw:  # an unbalanced mark: drop the marks, keep the words
            return raw.replace(ISOLATE_START, " ").replace(ISOLATE_END, " ")
        raw = stripped
    return raw.replace(ISOLATE_END, " ")


@lru_cache(maxsize=8192)
def opening(text: str, count: int) -> tuple[str, ...] | None:
    """The first `count` words of a sentence of the bank's own wording, or None when shorter."""
    found = words(text)[:count]
    return tuple(found) if len(found) == count else None


@lru_cache(maxsize=64)
def load(folder: Path) -> LetterWords:
    """A locale's letter.yaml, checked strictly: a typo here would silently weaken a rule."""
    import yaml

    path = folder / LETTER_FILE
    if not path.is_file():
        raise BankError(f"{path}: missing; every locale folder needs a {LETTER_FILE} (see docs/translators.md)")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise BankError(f"{path}: cannot be read as UTF-8 YAML ({exc})") from None

    def fail(problem: str) -> BankError:
        return BankError(f"{path}: {problem}")

    if not isinstance(data, dict) or data.get("version") != 1:
        raise fail("must be a mapping with `version: 1`")
    known = {"version", "function_words", "stem_letters", "prefixes", "lead_in_marks", "question_marks",
             "numbers", "count_units", "unit_counts", "person", "writing", "private", "lead_in_lowercase"}
    unknown = set(data) - known
    if unknown:
        raise fail(f"unknown keys {sorted(unknown)}; valid keys: {', '.join(sorted(known))}")

    def strings(name: str, required: bool = True) -> list[str]:
        value = data.get(name, [] if not required else None)
        if not isinstance(value, list):
            raise fail(f"`{name}` must be a list of words")
        for item in value:
            if not isinstance(item, str) or not item.strip():
                raise fail(
                    f"`{name}` holds {item!r}, which is not a word (YAML reads unquoted yes, no, on, off "
                    f"as true/false and digits as numbers: quote them)"
                )
        if required and not value:
            raise fail(f"`{name}` must not be empty")
        return [str(v) for v in value]

    stem = data.get("stem_letters", 0)
    if not isinstance(stem, int) or isinstance(stem, bool) or not 0 <= stem <= 20:
        raise fail("`stem_letters` must be a whole number from 0 (compare whole words) to 20")
    numbers = data.get("numbers", {})
    if not isinstance(numbers, dict) or not all(isinstance(k, int) and k > 0 for k in numbers):
        raise fail("`numbers` must map whole numbers (1, 2, ...) to lists of words")
    unit_counts = data.get("unit_counts", {})
    if not isinstance(unit_counts, dict) or not all(isinstance(k, int) and k > 0 for k in unit_counts):
        raise fail("`unit_counts` must map whole numbers (1, 2, ...) to lists of words that say the count with its unit")
    if unit_counts and "count_units" not in data:
        raise fail("`unit_counts` needs `count_units`, the words of the unit itself (day, days)")
    person = data.get("person")
    if not isinstance(person, dict) or set(person) != {"i", "we"}:
        raise fail("`person` must give the words of both voices: `i:` and `we:`")
    person = {voice: _word_list(fail, f"person.{voice}", person[voice]) for voice in person}
    lowercase = data.get("lead_in_lowercase", False)
    if not isinstance(lowercase, bool):
        raise fail("`lead_in_lowercase` must be true or false")
    return LetterWords(
        path=path,
        function_words=Matcher.of(strings("function_words")),
        stem_letters=stem,
        prefixes=tuple(sorted((normal(p) for p in strings("prefixes", required=False)), key=len, reverse=True)),
        lead_in_marks=tuple(strings("lead_in_marks")),
        question_marks=tuple(strings("question_marks")),
        numbers={k: Matcher.of(_word_list(fail, f"numbers.{k}", v)) for k, v in numbers.items()},
        person={voice: Matcher.of(items) for voice, items in person.items()},
        writing=Matcher.of(strings("writing")),
        private=Matcher.of(strings("private")),
        lead_in_lowercase=lowercase,
        counts=Matcher.of(
            [w for k, v in numbers.items() for w in _word_list(fail, f"numbers.{k}", v)]
            + [w for k, v in unit_counts.items() for w in _word_list(fail, f"unit_counts.{k}", v)]
        ) if numbers or unit_counts else None,
        count_units=Matcher.of(strings("count_units")) if "count_units" in data else None,
        unit_counts={k: Matcher.of(_word_list(fail, f"unit_counts.{k}", v)) for k, v in unit_counts.items()},
    )


def _word_list(fail, name: str, value) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise fail(f"`{name}` must be a non-empty list of words (quote yes, no, on, off and digits)")
    return value


__all__ = ["LETTER_FILE", "LetterWords", "Matcher", "load", "opening", "own_wording", "words"]
