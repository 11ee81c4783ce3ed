"""Reading a composed letter the way the letter-level tests need: per part, the bank's own
words apart from the facts it quotes, and the locale's words for the rules (letter.yaml).

Deliberately independent of phrasebank.letter: the tests read the published HTML (facts are
the <bdi> elements) and tokenise with their own code, so a bug in the composer's reading of
a letter cannot hide itself.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import yaml

from phrasebank.locales import bundled_dir

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"\w+(?:['\u2019\u055a-\u055f\u05f3\u05f4]+\w+)*")


@dataclass
class PartText:
    step: str
    own: str  # the bank's words: facts replaced by a space
    full: str  # what the customer reads
    facts: list[str]


class _Parts(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[PartText] = []
        self.depth = 0  # inside <bdi>

    def handle_starttag(self, tag, attrs):
        if tag == "span":
            self.parts.append(PartText(dict(attrs)["data-step"], "", "", []))
        elif tag == "bdi":
            if self.depth == 0 and self.parts:
                self.parts[-1].facts.append("")
                self.parts[-1].own += " "
            self.depth += 1
        elif tag == "br" and self.parts:
            self.parts[-1].own += "\n"
            self.parts[-1].full += "\n"

    def handle_endtag(self, tag):
        if tag == "bdi":
            self.depth -= 1

    def handle_data(self, data):
        if not self.parts:
            return
        data = data.replace("\n", "")
        part = self.parts[-1]
        part.full += data
        if self.depth:
            part.facts[-1] += data
        else:
            part.own += data


def parts_of(apology) -> list[PartText]:
    reader = _Parts()
    reader.feed(apology.html)
    return reader.parts


def words(text: str) -> list[str]:
    return WORD.findall(unicodedata.normalize("NFC", text).lower().replace("\u055e", "").replace("\u055b", "").replace("\u055c", ""))


class LocaleWords:
    """letter.yaml read with the tests' own matching (exact, `*x` endings, `x*` beginnings)."""

    def __init__(self, locale: str):
        self.data = yaml.safe_load((bundled_dir() / locale / "letter.yaml").read_text(encoding="utf-8"))

    def _matches(self, key: str, word: str) -> bool:
        for item in self.data.get(key) or []:
            item = item.lower()
            if item.endswith("*") and word.startswith(item[:-1]):
                return True
            if item.startswith("*") and word.endswith(item[1:]):
                return True
            if word == item:
                return True
        return False

    def function(self, word: str) -> bool:
        return self._matches("function_words", word)

    def person(self, voice: str, word: str) -> bool:
        items = self.data["person"][voice]
        return any(
            (i.endswith("*") and word.startswith(i[:-1].lower()))
            or (i.startswith("*") and word.endswith(i[1:].lower()))
            or word == i.lower()
            for i in items
        )

    def writing(self, word: str) -> bool:
        return self._matches("writing", word)

    def private(self, word: str) -> bool:
        return self._matches("private", word)

    def key(self, word: str) -> str | None:
        if word.isdigit() or self.function(word):
            return None
        for prefix in sorted(self.data.get("prefixes") or [], key=len, reverse=True):
            rest = word[len(prefix):]
            if word.startswith(prefix) and len(rest) >= 3 and not self.function(rest):
                word = rest
                break
        stem = self.data.get("stem_letters") or 0
        return word[:stem] if stem and len(word) > stem else word

    def says_number(self, text: str, number: int) -> bool:
        if re.search(rf"(?<!\d){number}(?!\d)", text):
            return True
        spelled = [w.lower() for w in (self.data.get("numbers") or {}).get(number, [])]
        return any(
            w == s or (s.endswith("*") and w.startswith(s[:-1])) or (s.startswith("*") and w.endswith(s[1:]))
            for w in words(text) for s in spelled
        )

    @property
    def lead_in_marks(self) -> tuple[str, ...]:
        return tuple(self.data["lead_in_marks"])

    @property
    def question_marks(self) -> tuple[str, ...]:
        return tuple(self.data["question_marks"])


def incidents(locale: str) -> list[tuple[str, dict, str, str]]:
    """The locale's example and its test incidents: (name, facts, customer gender, agent gender)."""
    from phrasebank import factfile

    example = factfile.read(bundled_dir() / locale / "example.yaml")  # {in_days: N} resolved against today
    found = [("example", _dated(example), "feminine", "masculine")]
    path = ROOT / "tests" / "data" / "incidents" / f"{locale}.yaml"
    if path.is_file():
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["incidents"]:
            found.append((item["id"], _dated(item["facts"]), item.get("customer_gender", "unknown"), item.get("agent_gender", "unknown")))
    return found


def _dated(facts: dict) -> dict:
    facts = dict(facts)
    days = facts.pop("follow_up_in_days", None)
    if days is not None:
        facts["follow_up_date"] = (dt.date.today() + dt.timedelta(days=int(days))).isoformat()
    return facts
