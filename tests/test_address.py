"""Names in direct address: a locale's address.yaml, and greetings that are grammatical."""

from __future__ import annotations

import pytest

import phrasebank
from phrasebank import address as _address
from phrasebank.errors import BankError
from phrasebank.locales import bundled_dir

from letter_support import parts_of


# Latvian vocatives, written by hand from Latvian grammar (names in direct address).
LATVIAN = [
    ("Jānis", "Jāni"), ("Pēteris", "Pēteri"), ("Andris", "Andri"), ("Kārlis", "Kārli"),
    ("Edgars", "Edgar"), ("Roberts", "Robert"), ("Kristaps", "Kristap"),
    ("Ingus", "Ingu"), ("Mikus", "Miku"),
    ("Anna", "Anna"), ("Līga", "Līga"), ("Alise", "Alise"), ("Ilze", "Ilze"),
    ("Anna Marija", "Anna Marija"),
]


@pytest.mark.parametrize("name, spoken", LATVIAN)
def test_latvian_names_take_the_vocative(name, spoken):
    rules = _address.load(bundled_dir() / "lv")
    assert rules.address(name) == spoken


def test_a_latvian_greeting_addresses_jānis_as_jāni_and_greets_john_without_a_name():
    facts = {"issue": "Pasūtījums Nr. 4471 pienāca ar trīs dienu kavēšanos.", "agent_name": "Kristaps"}
    for seed in range(6):
        greeting = parts_of(phrasebank.compose("lv", "five-steps", dict(facts, customer_name="Jānis"), seed=seed))[0]
        assert "Jāni" in greeting.full and "Jānis" not in greeting.full
        foreign = parts_of(phrasebank.compose("lv", "five-steps", dict(facts, customer_name="John"), seed=seed))[0]
        assert "John" not in foreign.full and greeting.step == foreign.step == "greeting"


def test_a_locale_without_address_rules_uses_the_name_as_given():
    assert not _address.inflects(bundled_dir() / "en")
    text = phrasebank.compose("en", "five-steps", {"issue": "Your order arrived late.", "customer_name": "Dana"}).text
    assert text.startswith(("Dear Dana,", "Hello Dana,"))


@pytest.mark.parametrize(
    "content, problem",
    [
        ("version: 1\nrules: []\n", "non-empty unless"),
        ("version: 1\nrules: []\nnames: {Levani Beridze: x}\n", "single names"),
        ("version: 1\nrules: [{ending: s}]\n", "rule 1"),
        ("rules: [{ending: s, becomes: ''}]\n", "version: 1"),
    ],
)
def test_broken_address_rules_are_refused_with_their_path(tmp_path, content, problem):
    (tmp_path / "address.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(BankError, match=problem) as caught:
        _address.load(tmp_path)
    assert "address.yaml" in str(caught.value)


def test_rules_are_tried_longest_ending_first_and_an_uncovered_word_is_not_guessed(tmp_path):
    (tmp_path / "address.yaml").write_text(
        "version: 1\nrules:\n  - {ending: s, becomes: ''}\n  - {ending: is, becomes: i}\n", encoding="utf-8"
    )
    rules = _address.load(tmp_path)
    assert rules.address("Jānis") == "Jāni" and rules.address("Edgars") == "Edgar"
    assert rules.address("John") is None and rules.address("Jānis Smith") is None


def test_names_listed_one_by_one_win_over_endings(tmp_path):
    (tmp_path / "address.yaml").write_text(
        "version: 1\nnames: {ლევანი: ლევან, გიორგი: გიორგი}\nrules:\n  - {ending: ო, becomes: ო}\n", encoding="utf-8"
    )
    rules = _address.load(tmp_path)
    assert rules.address("ლევანი") == "ლევან" and rules.address("გიორგი") == "გიორგი" and rules.address("ნინო") == "ნინო"
    assert rules.address("ირაკლი") is None
