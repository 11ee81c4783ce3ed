"""A second opinion beside the rules: a linear model that reads a whole sentence.

The rules (`linter`) find a hedge by how it is built, and every rule round has taught them
more constructions; but each new writer builds some of their excuses and passives in a way
no rule has seen, and by the eleventh blind writer a round of rules no longer moved the
test half (docs/hedges.md). What those sentences share is vocabulary and shape — a third
party near a failure verb, a perception verb aimed at the customer — which a model over
character and word n-grams picks up from the blind writers' development halves without
anyone spelling it out. So the linter asks this model about every sentence:

- the **hedged** head says whether the sentence hedges at all. Where the rules found
  nothing in it and the head says yes, the sentence is reported as a finding of the
  category head that scores highest (and of any other that passes `category`);
- where the rules did find a hedge, a category head above `extra` adds its category (the
  rules saw the "but", the model the excuse that follows it).

The model is data, `locales/<lang>/hedge_model.json`, written by
`scripts/train_hedge_model.py` from the development halves, the rules' own examples, the
hand-checked corpus, and (clean) every variant of the bank's messages and every sentence of
the letters the composer writes with the sample facts; its thresholds are chosen by
cross-validation on the development half only. A locale folder without the file is linted
by its rules alone (a new language starts there, before it has a corpus to train on).

Features are the sentence's words in matching form (lower-cased, marks removed: the same
`tokens.Script` the rules use, so an invisible character changes nothing), each word's
character n-grams (of " word ", so a word's start and end show), and each pair of
neighbouring words. Every occurrence counts, weighted by the feature's idf; the vector is
divided by the square root of the sum of the squared weights of its occurrences. So a
sentence's score is a sum over its words and pairs, and what a word contributes is
computed once per process and kept (words repeat: Zipf): scoring a sentence is a
dictionary lookup per word and per pair.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from . import hedges as _hedges
from . import inputs
from .errors import BankError

MODEL_FILE = "hedge_model.json"
FORMAT = 1
CATEGORIES = tuple(_hedges.CATEGORIES)  # one category head each, in this order
HEADS = ("hedged", *CATEGORIES)
MAX_MODEL_BYTES = 4 * 1024 * 1024
_WORD_CACHE = 200_000  # words whose contribution is kept; past that the table starts again

_WORDS = re.compile(r"\w+")
_WORD_MARK, _PAIR_MARK = "\x01", "\x02"  # never in a character n-gram: the words are joined by spaces


def word_features(word: str, sizes: tuple[int, ...]) -> set[str]:
    """What one occurrence of a word adds: the word, and the n-grams of " word "."""
    padded = " " + word + " "
    found = {padded[i : i + n] for n in sizes for i in range(len(padded) - n + 1)}
    found.add(_WORD_MARK + word)
    return found


_pair = (_PAIR_MARK + "{} {}").format  # a pair's feature name; str.format runs in C under map()


def features(folded: str, sizes: tuple[int, ...]) -> dict[str, int]:
    """Every feature of one sentence in matching form, with how often it occurs (for
    training, and for checking the scorer against a plain computation)."""
    words = _WORDS.findall(folded)
    counts: dict[str, int] = {}
    for word in words:
        for feature in word_features(word, sizes):
            counts[feature] = counts.get(feature, 0) + 1
    for pair in map(_pair, words, words[1:]):
        counts[pair] = counts.get(pair, 0) + 1
    return counts


@dataclass(frozen=True)
class Verdict:
    """What the model says of a sentence it reads as a hedge: how sure it is, and the
    categories it would report."""

    hedged: float
    categories: tuple[str, ...]
    extra: tuple[str, ...]  # categories sure enough to add to a sentence the rules flagged


class Model:
    """One locale's model, read from its file."""

    def __init__(self, path: Path, raw: object):
        self.path = path
        problem = _problem(raw)
        if problem:
            raise BankError(f"{path}: {problem}; run scripts/train_hedge_model.py to write a valid one")
        self.language: str = raw["language"]
        self.sizes: tuple[int, ...] = tuple(raw["gram_sizes"])
        threshold = raw["threshold"]
        self.flag = threshold["flag"]
        self.category = threshold["category"]
        self.extra = threshold["extra"]
        self.intercepts = tuple(raw["intercepts"])
        gram_table = raw["grams"]
        # Per feature, premultiplied: idf² (for the norm) + idf·weight of the hedged head as one
        # complex number, so one C-level sum adds both; and idf·weight for each category head.
        self._first = {g: complex(v[0] * v[0], v[0] * v[1]) for g, v in gram_table.items()}
        self._heads = {g: tuple(v[0] * w for w in v[2:]) for g, v in gram_table.items()}
        self._words: dict[str, complex] = {}  # word -> what one occurrence adds (first head)
        self._word_heads: dict[str, tuple[float, ...]] = {}

    def _word(self, word: str) -> complex:
        return sum(filter(None, map(self._first.get, word_features(word, self.sizes))), 0j)

    def _word_categories(self, word: str) -> tuple[float, ...]:
        known = self._word_heads.get(word)
        if known is None:
            if len(self._word_heads) >= _WORD_CACHE:
                self._word_heads.clear()
            totals = [0.0] * len(CATEGORIES)
            for weights in filter(None, map(self._heads.get, word_features(word, self.sizes))):
                for k, w in enumerate(weights):
                    totals[k] += w
            known = self._word_heads[word] = tuple(totals)
        return known

    def verdict(self, folded: str) -> Verdict | None:
        """The model's reading of one sentence (in matching form); None when it does not
        read it as a hedge (most sentences: one pass over their words, no category heads)."""
        hedged, scores = self.scores(folded, self.flag)
        if not scores:
            return None
        best = max(CATEGORIES, key=scores.__getitem__)
        categories = tuple(c for c in CATEGORIES if c == best or scores[c] > self.category)
        extra = tuple(c for c in CATEGORIES if scores[c] > self.extra)
        return Verdict(hedged, categories, extra)

    def scores(self, folded: str, flag: float = 0.0) -> tuple[float, dict[str, float]]:
        """The hedged head's probability, and each category head's — these only when the
        first is above `flag` (most sentences stop after one lookup per word and pair)."""
        words = _WORDS.findall(folded)
        known = self._words
        if len(known) >= _WORD_CACHE:
            known.clear()
        for word in set(words).difference(known):  # new words only: one C-level pass
            known[word] = self._word(word)
        pairs = list(map(_pair, words, words[1:]))
        total = sum(map(known.__getitem__, words), 0j) + sum(filter(None, map(self._first.get, pairs)), 0j)
        if total.real <= 0:
            return _sigmoid(self.intercepts[0]), {}
        norm = math.sqrt(total.real)
        hedged = _sigmoid(self.intercepts[0] + total.imag / norm)
        if hedged <= flag:
            return hedged, {}
        totals = [0.0] * len(CATEGORIES)
        for weights in [*map(self._word_categories, words), *filter(None, map(self._heads.get, pairs))]:
            for k, w in enumerate(weights):
                totals[k] += w
        return hedged, {c: _sigmoid(self.intercepts[1 + k] + totals[k] / norm) for k, c in enumerate(CATEGORIES)}


def _sigmoid(z: float) -> float:
    if z < -60:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def _problem(raw: object) -> str | None:
    """What is wrong with a parsed model file, or None."""
    if not isinstance(raw, dict):
        return "is not a JSON object"
    if raw.get("format") != FORMAT:
        return f"has format {raw.get('format')!r}; this phrasebank reads format {FORMAT}"
    missing = [k for k in ("language", "gram_sizes", "threshold", "intercepts", "grams") if k not in raw]
    if missing:
        return "lacks " + ", ".join(missing)
    sizes = raw["gram_sizes"]
    if not (isinstance(sizes, list) and sizes and all(isinstance(n, int) and 1 <= n <= 8 for n in sizes)):
        return "gram_sizes must be a list of whole numbers from 1 to 8"
    threshold = raw["threshold"]
    if not (isinstance(threshold, dict) and all(isinstance(threshold.get(k), (int, float)) and 0 <= threshold[k] <= 1
                                                for k in ("flag", "category", "extra"))):
        return "threshold must give flag, category and extra, each between 0 and 1"
    intercepts = raw["intercepts"]
    if not (isinstance(intercepts, list) and len(intercepts) == len(HEADS)
            and all(isinstance(x, (int, float)) for x in intercepts)):
        return f"intercepts must be {len(HEADS)} numbers ({', '.join(HEADS)})"
    table = raw["grams"]
    if not isinstance(table, dict):
        return "grams must map each n-gram to its idf and one weight per head"
    width = 1 + len(HEADS)
    for gram, values in table.items():
        if not (isinstance(values, list) and len(values) == width and all(isinstance(x, (int, float)) for x in values)
                and values[0] > 0):
            return f"grams[{gram!r}] must be {width} numbers: a positive idf, then one weight per head ({', '.join(HEADS)})"
    return None


def load(folder: Path) -> Model | None:
    """The model in a locale folder, or None when the folder has none (rules only)."""
    path = Path(folder) / MODEL_FILE
    if not path.exists():
        return None
    raw = inputs.load_json(inputs.read_text(path, "hedge model", limit=MAX_MODEL_BYTES), inputs.describe("hedge model", path))
    return Model(path, raw)


__all__ = ["CATEGORIES", "HEADS", "MODEL_FILE", "Model", "Verdict", "features", "load", "word_features"]
