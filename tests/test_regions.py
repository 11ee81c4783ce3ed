"""Regional wording (regions.yaml): en-GB letters say "apologise" and "call us on", facts stay as typed.

Expectations are written by hand from British usage (round 27: a British reader stopped at
"apologize" in every written letter and at "call us at 0808 …").
"""

from __future__ import annotations

import itertools
import re
import shutil

import pytest

import phrasebank
from phrasebank.checks.runner import check
from phrasebank.errors import BankError
from phrasebank.locales import bundled_dir

from bank_support import CATALOG, example_facts

UNMARKED = str.maketrans("", "", "\u2068\u2069")
# American forms a British reader stops at, and what British letters must say instead
AMERICAN = re.compile(r"\bapologiz|\bcall(?: us| customer support)? at \d|\ba call at \d")


def _letters(code, facts):
    for playbook, book in CATALOG.playbooks.items():
        for channel, register, voice in itertools.product(sorted(book.channels), ("formal", "warm"), ("we", "i")):
            for seed in range(2):
                try:
                    apology = phrasebank.compose(code, playbook, facts, channel=channel, register=register, voice=voice, seed=seed)
                except phrasebank.FactError:
                    continue
                yield (playbook, channel, register, voice, seed), apology.text.translate(UNMARKED)


@pytest.fixture(scope="module")
def phone_facts():
    return dict(example_facts("en"), contact="0808 157 0192", compensation_currency="GBP")


def test_british_letters_spell_and_phrase_the_british_way(phone_facts):
    said = ""
    count = 0
    for where, text in _letters("en-GB", phone_facts):
        assert not AMERICAN.search(text), (where, text)
        assert phrasebank.lint(text, "en-GB") == [], (where, text)
        said += text
        count += 1
    assert count > 100
    assert "apologise" in said and "call us on 0808" in said and "customer support on 0808" in said


@pytest.mark.parametrize("code", ["en", "en-US", "en-CA"])
def test_other_english_letters_keep_the_banks_spelling(code, phone_facts):
    said = "".join(text for _, text in _letters(code, phone_facts))
    assert "apologize" in said and "call us at 0808" in said
    assert "apologise" not in said and "call us on" not in said


def test_the_agents_facts_are_never_respelled():
    facts = dict(example_facts("en"), issue="The Apologize! board game you ordered on 2 March arrived with half its cards missing; please call us at the store, the box said.")
    text = phrasebank.compose("en-GB", "five-steps", facts, channel="email", register="formal", voice="we", seed=0).text
    assert facts["issue"] in text.translate(UNMARKED)


@pytest.fixture
def tree(tmp_path):
    root = tmp_path / "locales"
    shutil.copytree(bundled_dir(), root)
    return root


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    "old, new, named",
    [
        ("apologize: apologise", "apologise: apologize", "'apologise'"),  # an entry the bank never says
        ("regions: [GB, IE,", "regions: [UK, IE,", "'UK'"),  # not a CLDR region
        ("version: 1", "version: 2", "version: 1"),
    ],
)
def test_a_broken_regions_file_is_an_error_naming_it(tree, old, new, named):
    path = tree / "en" / "regions.yaml"
    _edit(path, old, new)
    with pytest.raises(BankError) as caught:
        phrasebank.compose("en-GB", "social", example_facts("en"), channel="social", locales_dir=tree)
    assert "regions.yaml" in str(caught.value) and named in str(caught.value)
    found = [p for p in check(tree, ["en"]).sorted() if p.file.endswith("en/regions.yaml")]
    assert found and named in found[0].message, found
    assert found[0].severity == "error"
