"""Script-aware normalisation, with a map back to the text the user gave.

Naive linters fail on scripts other than Latin: a Hebrew vowel point splits a
word, a Georgian word upper-cased by Python turns into Mtavruli, an Armenian
question mark sits *inside* the questioned word, and a zero-width space hides
"b\u200bu\u200bt" from a plain search. So every text is normalised once before
matching:

- NFC (so a Latvian "ā" typed as "a" + macron is the same letter; diacritics
  are never stripped: "jā" is not "ja");
- lower-cased with `str.lower` (not `casefold`, which turns Armenian "և" into
  "եւ"; lowering never produces Mtavruli);
- typographic apostrophes unified (we’ll -> we'll);
- fullwidth and halfwidth forms folded to their ordinary letters ("ｓｏｒｒｙ ｉｆ"
  is "sorry if"): Unicode's <wide>/<narrow> compatibility mappings, one
  character for one, so offsets stay put (NFKC as a whole would also turn
  Armenian "և" into "եւ");
- format characters removed (zero-width spaces and joiners, bidi controls,
  soft hyphens, variation selectors);
- combining marks left over after NFC removed (Hebrew niqqud and
  cantillation, stray accents): NFC has already composed every letter that
  has a composed form, so Latvian "ā" stays "ā";
- the locale's in-word marks removed: punctuation that sits inside a word,
  like Armenian ՞ ՛ ՜ (data from `hedges.yaml`, never named here).

Matching runs on the normalised string; `Normalised.span` turns a span back
into offsets of the original string. Three ways to build the map keep the
common case fast: identity (nothing changed length), removal only (a sorted
list of removed positions, looked up with bisect), and a per-character map
for the rare text that is not NFC or whose lower-casing changes its length.
`Normalised.astral` says whether the text may hold a character beyond the BMP
(known for free on the fast paths), so the linter can use its faster regex.

Normalisation is linear in the text. CPython puts a run of combining marks in
canonical order by insertion sort, so 400 KB of two alternating marks took 30 s
to normalise. No language writes more than a handful of marks on one letter;
UAX #15's stream-safe format caps a run at 30 non-starters, and so does
`normalize` here (the linter's per-character path normalises windows of at
most that many), which every reader of untrusted text uses instead of
`unicodedata.normalize`.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

# Unicode general category Cf (format characters) as of Unicode 15, plus the
# variation selectors: invisible, so never part of a word. A test checks this
# table against `unicodedata` so it cannot drift silently.
FORMAT_RANGES: tuple[tuple[int, int], ...] = (
    (0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD),
    (0x070F, 0x070F), (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E),
    (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F),
    (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD),
    (0x110CD, 0x110CD), (0x13430, 0x1343F), (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A), (0xE0001, 0xE0001), (0xE0020, 0xE007F),
)

# Apostrophe look-alikes folded to ASCII so "we’ll" matches the rule "we'll".
APOSTROPHES = {0x2019: "'", 0x2018: "'", 0x02BC: "'", 0xFF07: "'"}

# Fullwidth and halfwidth forms (U+FF01..U+FFEE) and the ideographic space, folded to
# the character they are a wide or narrow copy of: one character for one.
WIDTH_FORMS = {
    code: chr(int(unicodedata.decomposition(chr(code)).split()[1], 16))
    for code in (0x3000, *range(0xFF01, 0xFFEF))
    if unicodedata.decomposition(chr(code)).startswith(("<wide>", "<narrow>"))
    and len(unicodedata.decomposition(chr(code)).split()) == 2
}

# UAX #15, stream-safe text format: at most this many non-starters in a row.
STREAM_SAFE_RUN = 30
_CGJ = "\u034f"  # COMBINING GRAPHEME JOINER: a starter that blocks reordering, as UAX #15 inserts

# What ends a sentence in every script; a locale adds its own in `sentence_ends`.
SENTENCE_ENDS: tuple[str, ...] = (".", "!", "?", "…", ";", "\n\n")
QUESTION_ENDS: frozenset[str] = frozenset("?؟⸮")


def _combining_mark_ranges() -> list[tuple[int, int]]:
    """The BMP's combining marks (Mn, Mc, Me) as ranges.

    After NFC has composed every letter that has a composed form (Latvian ā,
    ē, ī, ū... all do), the marks left over are vowel points, cantillation and
    stray accents. They are removed before matching, from rule phrases and
    texts alike, so a mark never splits a word (Python's \\w excludes marks).
    """
    ranges, start = [], None
    for code in range(0x10000):
        is_mark = unicodedata.category(chr(code))[0] == "M"
        if is_mark and start is None:
            start = code
        elif not is_mark and start is not None:
            ranges.append((start, code - 1))
            start = None
    return ranges


COMBINING_RANGES = tuple(_combining_mark_ranges())
WORD = re.compile(r"\w+(?:'\w+)*")


def _char_class(ranges: list[tuple[int, int]]) -> str:
    parts = []
    for lo, hi in ranges:
        parts.append(re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}")
    return "[" + "".join(parts) + "]"


@lru_cache(maxsize=2)
def _long_run(astral: bool) -> re.Pattern:
    """More than STREAM_SAFE_RUN non-starters in a row.

    A non-starter here is what UAX #15 counts: a character of non-zero combining
    class, or one that decomposes into nothing but such characters (U+0F73, U+FF9E:
    combining class 0 themselves, two or one marks after decomposition). They live
    in planes 0 and 1 only (a test checks the whole range). Text without characters
    beyond the BMP gets a class the regex engine compiles to a bitmap: 15 times faster.
    """
    codes = [code for code in range(0x20000 if astral else 0x10000) if _non_starter(chr(code))]
    ranges: list[tuple[int, int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return re.compile(_char_class(ranges) + "{%d,}" % (STREAM_SAFE_RUN + 1))


def _non_starter(char: str) -> bool:
    if unicodedata.combining(char):
        return True
    if not unicodedata.decomposition(char):
        return False
    return all(unicodedata.combining(part) for part in unicodedata.normalize("NFKD", char))


def _runs(text: str) -> re.Pattern:
    return _long_run(_has_astral(text))


def _stream_safe(run: re.Match) -> str:
    marks = run.group()
    return _CGJ.join(marks[i : i + STREAM_SAFE_RUN] for i in range(0, len(marks), STREAM_SAFE_RUN))


def normalize(form: str, text: str) -> str:
    """`unicodedata.normalize(form, text)` in time linear in the text.

    Text with a run of more than 30 non-starters (which no language writes, and
    which CPython would reorder in quadratic time) has a COMBINING GRAPHEME JOINER
    put after every 30th of the run first, as UAX #15 prescribes for stream-safe
    text; all other text is normalised exactly as usual. (`is_normalized` is
    linear: its quick check refuses out-of-order marks without reordering them.)
    """
    if unicodedata.is_normalized(form, text):
        return text
    runs = _runs(text)
    if runs.search(text) is not None:
        text = runs.sub(_stream_safe, text)
    return unicodedata.normalize(form, text)


def is_normalized(form: str, text: str) -> bool:
    """`unicodedata.is_normalized(form, text)`, a run of more than 30 non-starters judged in windows of 30.

    A text with such a run is not stream-safe, so never what `normalize` returns;
    its order across windows is not checked (text like that is refused or reported
    for other reasons long before its normal form matters).
    """
    runs = _runs(text)
    if runs.search(text) is None:
        return unicodedata.is_normalized(form, text)
    # A CGJ is a stable character: nothing composes or reorders across it.
    return all(unicodedata.is_normalized(form, window) for window in runs.sub(_stream_safe, text).split(_CGJ))


def _has_astral(text: str) -> bool:
    """Whether text has a character outside the BMP (it then needs two UTF-16 units)."""
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


@dataclass(frozen=True)
class Script:
    """How one locale's text is normalised: the in-word marks its writers use."""

    ignore_marks: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        ranges = list(FORMAT_RANGES) + list(COMBINING_RANGES) + [(ord(c), ord(c)) for c in sorted(self.ignore_marks)]
        object.__setattr__(self, "_removed", re.compile(_char_class(ranges)))
        # A class with no character outside the BMP compiles to one bitmap lookup per
        # character; most texts have no such character, and they get this one.
        object.__setattr__(self, "_removed_bmp", re.compile(_char_class([r for r in ranges if r[1] <= 0xFFFF])))
        # The same classes with the width forms added: one scan finds what goes and what is folded.
        wide = [(0x3000, 0x3000), (0xFF01, 0xFFEE)]
        object.__setattr__(self, "_special", re.compile(_char_class(ranges + wide)))
        object.__setattr__(self, "_special_bmp", re.compile(_char_class([r for r in ranges if r[1] <= 0xFFFF] + wide)))
        object.__setattr__(self, "_folding", {**WIDTH_FORMS, **APOSTROPHES})

    def normalise(self, text: str) -> "Normalised":
        """The matching form of `text`, with the map back to its offsets."""
        if unicodedata.is_normalized("NFC", text):  # linear; the per-character path below is bounded too
            lowered = text.lower()
            if len(lowered) == len(text):
                folded = lowered
                for code, ascii_apostrophe in APOSTROPHES.items():  # replace() is far faster than translate()
                    if chr(code) in folded:
                        folded = folded.replace(chr(code), ascii_apostrophe)
                if folded.isascii():
                    return Normalised(text, folded, self.ignore_marks, astral=False)
                astral = _has_astral(folded)
                special = self._special if astral else self._special_bmp
                removed = [m.start() for m in special.finditer(folded)]
                if any(ord(folded[i]) in WIDTH_FORMS for i in removed):  # rare: fold them, then look again
                    folded = folded.translate(WIDTH_FORMS)
                    removed = [m.start() for m in special.finditer(folded)]
                removal = self._removed if astral else self._removed_bmp
                if not removed:
                    return Normalised(text, folded, self.ignore_marks, astral=astral)
                shifted = array("q", (pos - k for k, pos in enumerate(removed)))
                return Normalised(text, removal.sub("", folded), self.ignore_marks, shifted=shifted, astral=astral)
        return self._normalise_slowly(text)

    def fold(self, phrase: str) -> str:
        """A rule's word or phrase in matching form (same steps as a text, no map)."""
        return self.normalise(phrase).text

    def _normalise_slowly(self, text: str) -> "Normalised":
        """One character and the marks after it at a time (at most 30 marks: a window stays small)."""
        out: list[str] = []
        starts = array("q")
        ends = array("q")
        i, n = 0, len(text)
        while i < n:
            j = i + 1
            while j < n and j - i <= STREAM_SAFE_RUN and unicodedata.combining(text[j]):
                j += 1
            piece = unicodedata.normalize("NFC", text[i:j]).lower().translate(self._folding)
            piece = self._removed.sub("", piece)
            for char in piece:
                out.append(char)
                starts.append(i)
                ends.append(j)
            i = j
        folded = "".join(out)
        return Normalised(text, folded, self.ignore_marks, starts=starts, ends=ends, astral=_has_astral(folded))


class Normalised:
    """A normalised text and the way back to the original's offsets."""

    __slots__ = ("original", "text", "astral", "identity", "_marks", "_shifted", "_starts", "_ends")

    def __init__(
        self, original: str, text: str, marks: frozenset[str], *, shifted=None, starts=None, ends=None, astral=True
    ):
        self.original = original
        self.text = text
        self.astral = astral  # False only when `text` is known to have no character outside the BMP
        self._marks = marks
        self._shifted = shifted
        self._starts = starts
        self._ends = ends
        self.identity = shifted is None and starts is None  # offsets are the same in both texts

    def _to_original(self, index: int) -> int:
        if self._shifted is not None:
            return index + bisect_right(self._shifted, index)
        if self._starts is not None:
            return self._starts[index]
        return index

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised span [start, end) (end > start).

        The end keeps combining and in-word marks that follow the last letter
        (a vowel point belongs to its word), never a following zero-width or
        bidi character.
        """
        first = self._to_original(start)
        if self._ends is not None:
            last = self._ends[end - 1]
        else:
            last = self._to_original(end - 1) + 1
        original = self.original
        while last < len(original) and (
            original[last] in self._marks or unicodedata.category(original[last]).startswith("M")
        ):
            last += 1
        return first, last


__all__ = [
    "COMBINING_RANGES",
    "FORMAT_RANGES",
    "Normalised",
    "QUESTION_ENDS",
    "SENTENCE_ENDS",
    "STREAM_SAFE_RUN",
    "Script",
    "WIDTH_FORMS",
    "WORD",
    "is_normalized",
    "normalize",
]
