"""Every hedge rule in every locale folder on disk, checked in both directions.

Each rule's `must_flag` examples must be flagged by that very rule and its
`must_not_flag` examples must not be; the rule files must be complete (every
category, explanations in English and the language) and loading must be
strict: a broken file raises BankError naming the file, the rule and the problem.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
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
    hits = [f for f in findings if f.rule == rule_id and f.source == "pattern"]  # the rule itself, not the model
    assert hits, f"{rule_id} missed: {text!r}; found {[(f.rule, f.source, f.text) for f in findings]}"
    for hit in hits:
        assert text[hit.start : hit.end] == hit.text and hit.text.strip()


@pytest.mark.parametrize("locale, rule_id, text", PASS_CASES)
def test_must_not_flag_examples_are_not_flagged_by_their_rule(locale, rule_id, text):
    hits = [(f.rule, f.text) for f in lint(text, locale) if f.rule == rule_id and f.source == "pattern"]
    assert not hits, f"{rule_id} wrongly flagged {hits} in {text!r}"


def test_finding_carries_rule_texts_in_the_locale_language():
    rule = rules("he").rule("hedge.he.adversative")
    findings = lint("אנו מתנצלים, אבל השליח איחר.", "he-IL")
    # the "but" takes the apology back, and the clause after it, not the writer's own act, justifies:
    # the same word is reported by both rules, each with its own texts
    assert sorted((f.rule, f.text) for f in findings) == [("hedge.he.adversative", "אבל"), ("hedge.he.excuse", "אבל")]
    (finding,) = [f for f in findings if f.rule == rule.id]
    assert isinstance(finding, Finding)
    assert (finding.rule, finding.category, finding.severity, finding.text) == (rule.id, "adversative", "error", "אבל")
    assert finding.message == rule.explanation["he"] and finding.suggestion == rule.suggestion["he"]
    with pytest.raises(AttributeError):
        finding.start = 0  # frozen


@pytest.mark.parametrize(
    "text, excuses",
    [
        # the clause after the apology's "but" names no culprit the vocabulary knows: the position speaks
        ("Sorry for the wait, but the kitchen had a new menu that night.", ["but"]),
        ("I'm sorry, but honestly Friday nights are mad round here.", ["but"]),
        # the vocabulary finds the culprit: the stand-in at "but" is not reported a second time
        ("We are sorry, but the courier lost your parcel.", ["courier"]),
        ("We apologize for the delay. However, the courier was late.", ["courier"]),
        # the writer is the clause's subject: a refusal in their own name, adversative only
        ("I'm sorry, but I can't change the fare.", []),
    ],
)
def test_a_fallback_pattern_speaks_only_where_its_rule_is_otherwise_silent(text, excuses):
    findings = lint(text, "en")
    assert [f.text for f in findings if f.category == "excuse"] == excuses
    assert [f.category for f in findings].count("adversative") == 1


_STAND_IN_CASES = [
    ("Sorry for the wait, but the kitchen had a new menu that night.", ["but"]),
    ("We are sorry, but the courier lost your parcel.", ["courier"]),
    ("I'm sorry, but I can't change the fare.", []),
    ("Your order ships on Monday.", []),
]


@given(st.lists(st.sampled_from(range(len(_STAND_IN_CASES))), min_size=1, max_size=12))
def test_a_stand_in_is_dropped_only_in_the_sentence_where_its_rule_spoke(order):
    """In a text of many sentences, whether the stand-in at "but" is reported depends only on its
    own sentence: the culprit named in another sentence, before or after, does not silence it."""
    text = " ".join(_STAND_IN_CASES[i][0] for i in order)
    expected = [word for i in order for word in _STAND_IN_CASES[i][1]]
    assert [f.text for f in lint(text, "en") if f.category == "excuse"] == expected


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


class _NoAliases(yaml.SafeDumper):
    """Writes a value shared by two rules twice: rule files may not use YAML aliases."""

    def ignore_aliases(self, data) -> bool:
        return True


def _rewrite(root: Path, change) -> None:
    path = root / "en" / "hedges.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.dump(data, Dumper=_NoAliases, allow_unicode=True), encoding="utf-8")


def _first(data: dict) -> dict:
    return data["rules"][0]


@pytest.mark.parametrize("pattern, text", [
    # the focus right of the anchor, a lazy gap between them
    ("zqxvar [0-1] {little}", "zqxvar little."),
    ("zqxvar [0-1] {little}", "zqxvar a little."),
    # the focus left of the anchor, a greedy gap before it (this pattern used to match nothing)
    ("the [0-2] {little} [0-1] zqxtail", "the little zqxtail."),
    ("the [0-2] {little} [0-1] zqxtail", "the very very little zqxtail."),
    ("the [0-2] {little} [0-1] zqxtail", "the one little bit zqxtail."),
])
def test_a_word_gap_before_the_focus_ends_where_the_focused_word_starts(locale_copy, pattern, text):
    _rewrite(locale_copy, lambda d: _first(d)["patterns"].append(pattern))
    found = [f.text for f in lint(text, "en", locales_dir=locale_copy) if f.rule == rules("en").rules[0].id]
    assert found == ["little"]


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
    "fallback not a boolean": (
        lambda d: _first(d)["patterns"].append({"match": "if", "fallback": "sometimes"}), "'fallback' is true or false"
    ),
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
    "a 3000-character pattern": (lambda d: _first(d)["patterns"].append(" ".join(["sorry"] * 500)), "characters long"),
    "a 120-character phrase": (lambda d: d["words"].update(long=["sorry " * 20]), "characters long"),
    "a phrase of 13 words": (lambda d: d["words"].update(long=[" ".join(["so"] * 13)]), "has 13 words"),
    "a pattern of 13 words": (lambda d: _first(d)["patterns"].append(" ".join(["so"] * 13)), "has 13 words and gaps"),
    "category that is a list": (lambda d: _first(d).update(category=["conditional"]), "unknown category"),
    "a pattern of endings only": (lambda d: _first(d)["patterns"].append("*ed *ing"), "all endings"),
    "a class of endings only as the one word": (
        lambda d: (d["words"].update(tails=["*ed"]), _first(d)["patterns"].append("<tails>")), "all endings"
    ),
    "a one-letter ending": (lambda d: _first(d)["patterns"].append("was *d"), "at least 2 letters"),
    "an ending with a star after it": (lambda d: _first(d)["patterns"].append("was *ed*"), "takes no '*'"),
    "near that is a list of names": (
        lambda d: _first(d)["patterns"].append({"match": "if", "near": ["apology"]}), "'near' is a mapping"
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
    if case not in {"duplicate id", "a 120-character phrase", "a phrase of 13 words"}:  # a class, no rule
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


@pytest.mark.parametrize(
    "write, problem",
    [
        (lambda path: path.write_text(path.read_text(encoding="utf-8").replace("version: 2", "version: 2\nmax_prefixes: 99999999999"),
                                      encoding="utf-8"), "'max_prefixes' must be a whole number from 0 to 8"),
        (lambda path: path.write_text(path.read_text(encoding="utf-8").replace("version: 2", "version: 2\nignore_marks: ['U+2190..U+23FF']"),
                                      encoding="utf-8"), "more than 256 characters"),
        (lambda path: path.write_text("a: &a [x, x]\nb: [*a, *a]\n", encoding="utf-8"), "alias"),
        (lambda path: path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16")), "UTF-16"),
        (lambda path: (path.unlink(), path.mkdir()), "is a folder"),
        (lambda path: path.write_text("version: 2\n1: x\nrules: []\n", encoding="utf-8"), "unknown top-level keys"),
    ],
)
def test_a_hostile_rule_file_is_one_bank_error_in_a_moment(locale_copy, write, problem):
    write(locale_copy / "en" / "hedges.yaml")
    with pytest.raises(BankError, match=re.escape(problem)) as err:
        lint("We are sorry.", "en", locales_dir=locale_copy)
    assert "hedges.yaml" in str(err.value) and "\n" not in str(err.value)


_YAML_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 60) | st.text(max_size=8) | st.sampled_from(["if", "sorry *", "U+05B0"]),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(
        st.sampled_from(sorted(hedges._RULE_KEYS | hedges._PATTERN_KEYS | hedges._NEAR_KEYS | hedges._CONTEXT_KEYS | {"en", "v", "apology"})),
        children,
        max_size=4,
    ),
    max_leaves=12,
)


@given(st.dictionaries(st.sampled_from(sorted(hedges._FILE_KEYS)), _YAML_VALUES, max_size=6))
def test_any_shape_of_rule_file_loads_or_raises_bank_error(data):
    data.setdefault("version", hedges.FORMAT_VERSION)
    try:
        hedges._Reader(Path("locales/en/hedges.yaml"), "en").read(data)
    except BankError as error:
        assert "\n" not in str(error)


def test_missing_rule_file_is_an_error_not_a_free_pass(locale_copy):
    (locale_copy / "en" / "hedges.yaml").unlink()
    with pytest.raises(BankError, match="no hedges.yaml"):
        lint("We are sorry, but no.", "en", locales_dir=locale_copy)


def test_edited_rule_file_is_recompiled(locale_copy):
    assert not lint("We are sorry, alas.", "en", locales_dir=locale_copy)
    _rewrite(locale_copy, lambda d: _first(d)["patterns"].append("{alas}"))
    assert [f.text for f in lint("We are sorry, alas.", "en", locales_dir=locale_copy)] == ["alas"]


@pytest.mark.parametrize("locale", RULE_LOCALES)
def test_a_letter_compiles_only_the_regexes_its_words_need(locale, monkeypatch):
    """Building a locale's matcher compiles next to nothing, and one letter compiles a small
    part of the rules: compiling every pattern up front cost each `phrasebank lint` of a
    letter seconds of CPU (docs/hedges.md, "How matching works")."""
    from phrasebank import linter

    compiled = []
    real = re.compile
    monkeypatch.setattr(linter.re, "compile", lambda source, *a: compiled.append(source) or real(source, *a))
    matcher = linter.Matcher(hedges.load(bundled_dir() / locale))
    rule_regexes = set(matcher._regexes)  # the patterns' regexes, by source
    assert len(rule_regexes) > 100 and not rule_regexes & set(compiled)
    letter = " ".join(rule.must_flag[0] for rule in matcher.rules.rules)  # one hedge per rule
    assert {f.rule for f in matcher.find(letter)} == {rule.id for rule in matcher.rules.rules}
    used = rule_regexes & set(compiled)
    assert 0 < len(used) < len(rule_regexes) / 2, (len(used), len(rule_regexes))


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
        "assert found and {f.text for f in found} == {'but'} and isinstance(found[0], Finding)\n"
        "assert phrasebank.Finding is Finding\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_an_ending_matches_every_word_with_it_and_no_other(locale_copy):
    """`*ed` is any word ending in "ed", as a slot, inside a class and read backwards (left of
    the anchor): the words a linguist could not list still match, and "was edited" is not "was ed"."""
    def change(data):
        data["words"]["tails"] = ["*ed", "*en"]
        data["rules"].append({
            "id": "hedge.en.ending-probe", "category": "passive", "severity": "warning",
            "explanation": {"en": "probe"}, "suggestion": {"en": "probe"},
            "patterns": ["{order was <tails>}", "{*ly zorbled}"],
            "must_flag": ["Your order was misplaced.", "It was badly zorbled."],
            "must_not_flag": ["Your order was here.", "It was zorbled."],
        })
    _rewrite(locale_copy, change)

    def probe(text):
        return [(f.start, f.end) for f in lint(text, "en", locales_dir=locale_copy) if f.rule == "hedge.en.ending-probe"]

    assert probe("Your order was misplaced.") == [(5, 24)]
    assert probe("Your order was forgotten today.") == [(5, 24)]
    assert probe("Your order was sent.") == []
    assert probe("Your order was ed.") == []  # an ending needs letters before it
    assert probe("It was badly zorbled.") == [(7, 20)]
    assert probe("It was zorbled.") == []
