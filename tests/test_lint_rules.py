"""Every hedge rule in every locale folder on disk, checked in both directions.

Each rule's `must_flag` examples must be flagged by that very rule and its
`must_not_flag` examples must not be; the rule files must be complete (every
category, explanations in English and the language) and loading must be
strict: a broken file raises BankError naming the file, the rule and the problem.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from test_lint_support import RULE_LOCALES, all_rules, rules

from phrasebank import hedges
from phrasebank.errors import BankError, UnknownLocaleError
from phrasebank.linter import Finding, lint
from phrasebank.locales import available, bundled_dir

RULES = all_rules()
FLAG_CASES = [(r.language, r.id, text) for r in RULES for text in r.must_flag]
PASS_CASES = [(r.language, r.id, text) for r in RULES for text in r.must_not_flag]


def test_every_bank_locale_has_rules():
    assert RULE_LOCALES == available()


@pytest.mark.parametrize("locale", RULE_LOCALES)
def test_every_category_has_a_rule_with_examples(locale):
    loaded = rules(locale)
    assert {r.category for r in loaded.rules} == set(hedges.CATEGORIES)
    for rule in loaded.rules:
        assert rule.id.startswith(f"hedge.{locale}.")
        assert rule.severity == hedges.CATEGORIES[rule.category]
        assert {"en", locale} <= set(rule.explanation) and {"en", locale} <= set(rule.suggestion)
        assert rule.must_flag and rule.must_not_flag


@pytest.mark.parametrize("locale, rule_id, text", FLAG_CASES)
def test_must_flag_examples_are_flagged_by_their_rule(locale, rule_id, text):
    findings = lint(text, locale)
    hits = [f for f in findings if f.rule == rule_id]
    assert hits, f"{rule_id} missed: {text!r}; found {[(f.rule, f.text) for f in findings]}"
    for hit in hits:
        assert text[hit.start : hit.end] == hit.text and hit.text.strip()


@pytest.mark.parametrize("locale, rule_id, text", PASS_CASES)
def test_must_not_flag_examples_are_not_flagged_by_their_rule(locale, rule_id, text):
    hits = [(f.rule, f.text) for f in lint(text, locale) if f.rule == rule_id]
    assert not hits, f"{rule_id} wrongly flagged {hits} in {text!r}"


def test_finding_carries_rule_texts_in_the_locale_language():
    rule = rules("he").rule("hedge.he.adversative")
    (finding,) = lint("אנו מתנצלים, אבל השליח איחר.", "he-IL")
    assert isinstance(finding, Finding)
    assert (finding.rule, finding.category, finding.severity, finding.text) == (rule.id, "adversative", "error", "אבל")
    assert finding.message == rule.explanation["he"] and finding.suggestion == rule.suggestion["he"]
    with pytest.raises(AttributeError):
        finding.start = 0  # frozen


def test_unknown_locale_raises_and_names_the_valid_ones():
    with pytest.raises(UnknownLocaleError) as err:
        lint("We are sorry, but no.", "fr")
    assert "fr" in str(err.value) and "en" in str(err.value)


def test_text_must_be_a_string():
    with pytest.raises(TypeError):
        lint(b"sorry, but", "en")


# -- strict loading ----------------------------------------------------------------


@pytest.fixture
def locale_copy(tmp_path: Path) -> Path:
    """A private copy of the English locale folder whose rule file a test may break."""
    root = tmp_path / "locales"
    shutil.copytree(bundled_dir() / "en", root / "en")
    return root


def _rewrite(root: Path, change) -> None:
    path = root / "en" / "hedges.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def _first(data: dict) -> dict:
    return data["rules"][0]


BREAKAGES = {
    "unknown category": (lambda d: _first(d).update(category="sarcasm"), "unknown category"),
    "severity against policy": (lambda d: _first(d).update(severity="warning"), "contradicts the house policy"),
    "regex in a phrase": (lambda d: _first(d)["patterns"].append("sorry (if|when)"), "no regular expressions"),
    "mixed script word": (lambda d: _first(d)["patterns"].append("sоrry"), "mixes scripts"),  # Cyrillic о
    "missing explanation in en": (lambda d: _first(d)["explanation"].pop("en"), "needs a text in 'en'"),
    "unknown key": (lambda d: _first(d).update(colour="red"), "unknown keys"),
    "near names no class": (
        lambda d: _first(d)["patterns"].append({"match": "if", "near": {"words": "nope", "before": 2}}),
        "names no word class",
    ),
    "near without a window": (
        lambda d: _first(d)["patterns"].append({"match": "if", "near": {"words": "apology"}}),
        "needs 'before'",
    ),
    "id of another locale": (lambda d: _first(d).update(id="hedge.he.conditional"), "the id must look like"),
    "duplicate id": (lambda d: d["rules"].append(dict(_first(d))), "duplicate rule id"),
    "unquoted yes/no": (lambda d: _first(d)["patterns"].append({"match": False}), "quotes"),
    "unquoted pattern starting with a brace": (
        lambda d: _first(d)["patterns"].append({"match": {"if": None}}), "in quotes"
    ),
    "class not defined": (lambda d: _first(d)["patterns"].append("sorry <nope>"), "names no word class"),
    "context not defined": (
        lambda d: _first(d)["patterns"].append({"match": "if", "unless": ["nope"]}), "names no context"
    ),
    "ending class not defined": (lambda d: _first(d)["patterns"].append("cancel/nope"), "no ending class"),
    "gap written wrongly": (lambda d: _first(d)["patterns"].append("sorry [3] if"), "a gap is written [m-n]"),
    "gap too wide": (lambda d: _first(d)["patterns"].append("sorry [0-99] if"), "a gap [m-n] needs"),
    "pattern starting with a gap": (lambda d: _first(d)["patterns"].append("[0-2] if"), "starts and ends with a word"),
    "braces never closed": (lambda d: _first(d)["patterns"].append("sorry {if"), "never closed"),
    "braces around an optional word": (
        lambda d: _first(d)["patterns"].append("sorry {if?}"), "must be there"
    ),
    "unknown rewrite": (
        lambda d: _first(d)["patterns"].append({"match": "if", "rewrite": {"swap": "that"}}), "'rewrite' is one of"
    ),
}


@pytest.mark.parametrize("case", sorted(BREAKAGES))
def test_broken_rule_files_raise_naming_file_rule_and_problem(locale_copy, case):
    change, problem = BREAKAGES[case]
    _rewrite(locale_copy, change)
    with pytest.raises(BankError) as err:
        lint("We are sorry.", "en", locales_dir=locale_copy)
    message = str(err.value)
    assert "hedges.yaml" in message and problem in message
    if case not in {"duplicate id"}:
        assert "hedge." in message  # the rule id


@pytest.mark.parametrize(
    "change, problem",
    [
        (lambda d: d.update(version=1), "'version' must be 2"),
        (lambda d: d.setdefault("words", {}).update(loop=["<loop>"]), "contains itself"),
        (lambda d: d.setdefault("contexts", {}).update(empty={"about": "nothing"}), "says nothing"),
        (lambda d: d.setdefault("endings", {}).update(v="s"), "list of endings"),
        (lambda d: d.setdefault("words", {}).update(Bad=["x"]), "is not a name"),
    ],
)
def test_broken_file_parts_raise(locale_copy, change, problem):
    _rewrite(locale_copy, change)
    with pytest.raises(BankError) as err:
        lint("We are sorry.", "en", locales_dir=locale_copy)
    assert "hedges.yaml" in str(err.value) and problem in str(err.value)


def test_missing_rule_file_is_an_error_not_a_free_pass(locale_copy):
    (locale_copy / "en" / "hedges.yaml").unlink()
    with pytest.raises(BankError, match="no hedges.yaml"):
        lint("We are sorry, but no.", "en", locales_dir=locale_copy)


def test_edited_rule_file_is_recompiled(locale_copy):
    assert not lint("We are sorry, alas.", "en", locales_dir=locale_copy)
    _rewrite(locale_copy, lambda d: _first(d)["patterns"].append("{alas}"))
    assert [f.text for f in lint("We are sorry, alas.", "en", locales_dir=locale_copy)] == ["alas"]


def test_docs_cover_every_category_and_locale_and_the_example_runs():
    docs = (Path(__file__).resolve().parent.parent / "docs" / "hedges.md").read_text(encoding="utf-8")
    for category, severity in hedges.CATEGORIES.items():
        assert f"### {category}" in docs and f"| `{category}` | {severity} |" in docs
    for locale in RULE_LOCALES:
        assert f"\n| {locale} |" in docs, locale
    (finding,) = lint("We are sorry, but we cannot refund this order.", "en")
    assert f"{finding.rule} {finding.category} {finding.severity} {finding.start} {finding.end} {finding.text}" in docs


def test_public_names_stay_functions_after_their_modules_are_imported():
    import subprocess
    import sys

    code = (
        "import phrasebank, phrasebank.linter, phrasebank.composer\n"
        "from phrasebank.linter import Finding\n"
        "found = phrasebank.lint('We are sorry, but no.', 'en')\n"
        "assert [f.text for f in found] == ['but'] and isinstance(found[0], Finding)\n"
        "assert phrasebank.Finding is Finding\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
