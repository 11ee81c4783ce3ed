"""`phrasebank check`: one fixture tree per failure class, each reported with code, file and line.

Every fixture is the bundled locales copied into tmp_path with one deliberate
break; the expected line is found in the broken file itself (never a number
written here), so the tests keep working while translators edit their files.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from phrasebank.checks.runner import check
from phrasebank.cli import main
from phrasebank.locales import bundled_dir

from bank_support import LOCALES, REFERENCE


@pytest.fixture
def tree(tmp_path) -> Path:
    root = tmp_path / "locales"
    shutil.copytree(bundled_dir(), root)
    return root


def replace(root: Path, locale: str, old: str, new: str, name: str = "apology.ftl") -> Path:
    path = root / locale / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, (locale, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def column_of(path: Path, needle: str) -> int:
    line = path.read_text(encoding="utf-8").split("\n")[line_of(path, needle) - 1]
    return line.index(needle) + 1


def problems(root: Path, locale: str, code: str):
    report = check(root, [locale])
    return [p for p in report.sorted() if p.code == code], report


def assert_reported(root: Path, locale: str, code: str, path: Path, line: int, column: int | None = None):
    found, report = problems(root, locale, code)
    where = [(p.file, p.line, p.column) for p in found]
    assert any(
        Path(p.file) == path and p.line == line and (column is None or p.column == column) for p in found
    ), f"expected {code} at {path}:{line}:{column}; got {where}\n" + "\n".join(p.as_line() for p in report.sorted())
    return found


def simple_message(root: Path, locale: str, prefix: str = "") -> tuple[str, str]:
    """The first message (whose id starts with `prefix`) that is one line of plain text, no
    placeables: (id, text). Tests plant their defect there, so they do not depend on the bank's
    current wording, which translators keep improving."""
    for line in (root / locale / "apology.ftl").read_text(encoding="utf-8").split("\n"):
        head, sep, text = line.partition(" = ")
        if (sep and head.startswith(prefix) and not head.startswith(("#", " ", "macro-"))
                and text.strip() and "{" not in text):
            return head, text
    raise AssertionError(f"no single-line message starting {prefix!r} in {locale}")


def set_message(root: Path, locale: str, mid: str, new_value: str) -> Path:
    """Give message `mid` the one-line value `new_value`, whatever its current wording (found
    by the Fluent parser's spans, so multi-line values are replaced whole)."""
    from fluent.syntax import FluentParser, ast

    path = root / locale / "apology.ftl"
    text = path.read_text(encoding="utf-8")
    entry = next(e for e in FluentParser(with_spans=True).parse(text).body
                 if isinstance(e, ast.Message) and e.id.name == mid)
    start, end = entry.id.span.end, entry.value.span.end
    path.write_text(text[:start] + " = " + new_value + text[end:], encoding="utf-8")
    return path


def plant(root: Path, locale: str, new_text: str, prefix: str = "") -> tuple[Path, str]:
    """Replace a single-line message's text with `new_text`: (the file, the message id)."""
    mid, text = simple_message(root, locale, prefix)
    return replace(root, locale, f"{mid} = {text}", f"{mid} = {new_text}"), mid


# -- the bundled locales --------------------------------------------------------------------


def test_bundled_locales_pass_clean(capsys):
    code = main(["check"])
    out, err = capsys.readouterr()
    assert code == 0, out
    assert all("(note)" in line for line in out.splitlines()), out


def test_a_language_without_spelling_check_says_so(capsys):
    no_check = [l for l in LOCALES if "none:" in (bundled_dir() / l / "check.yaml").read_text(encoding="utf-8")]
    assert no_check, "expected a locale whose check.yaml says it has no spelling check"
    code = main(["check", "--format", "json", *(a for l in no_check for a in ("--locale", l))])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    notes = [p for p in data["problems"] if p["code"] == "no-spelling-check"]
    assert {Path(p["file"]).parent.name for p in notes} == set(no_check)
    assert all(p["severity"] == "note" and "spelling" in p["message"] for p in notes)


def test_json_output_is_versioned_and_complete(tree, capsys):
    path, mid = plant(tree, "lv", "Kļūdda ir mūsu.", "own-")
    code = main(["check", "--format", "json", "--locale", "lv", str(tree)])
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    assert data["version"] == 1 and data["locales"] == ["lv"]
    assert data["counts"]["error"] >= 1
    problem = next(p for p in data["problems"] if p["code"] == "spelling")
    assert set(problem) == {"code", "severity", "file", "line", "column", "message_id", "message"}
    assert Path(problem["file"]) == path and problem["line"] == line_of(path, "Kļūdda")
    assert problem["message_id"] == mid


def test_text_output_is_one_line_per_problem(tree, capsys):
    path, _ = plant(tree, "lv", "Kļūdda ir mūsu.", "own-")
    code = main(["check", "--locale", "lv", "--locales", str(tree)])
    out, err = capsys.readouterr()
    assert code == 1
    line = next(l for l in out.splitlines() if " spelling " in l)
    assert line.startswith(f"{path}:{line_of(path, 'Kļūdda')}:{column_of(path, 'Kļūdda')}: spelling ")
    assert "1 error(s)" in err


@pytest.mark.parametrize(
    "argv, message",
    [
        (["check", "--locale", "fr"], "unsupported locale 'fr'"),
        (["check", "/nonexistent/locales"], "does not exist"),
        (["check", "--format", "xml"], "invalid choice"),
    ],
)
def test_bad_usage_exits_2(capsys, argv, message):
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_warnings_fail_unless_told_otherwise(tree, capsys):
    replace(tree, "lv", "\n## Step: own", "\nunused-extra = Paldies.\n\n## Step: own")
    assert main(["check", "--locale", "lv", str(tree)]) == 1
    assert main(["check", "--locale", "lv", "--fail-on", "error", str(tree)]) == 0
    assert "obsolete-message" in capsys.readouterr().out


# -- one fixture per failure class ------------------------------------------------------------


def test_junk_is_reported_with_the_parsers_code(tree):
    path = replace(tree, "en", "greeting-dear = Dear { $customer_name },", "greeting-dear = Dear { $customer_name ,")
    found = assert_reported(tree, "en", "syntax-error", path, line_of(path, "greeting-dear ="))
    assert "E0003" in found[0].message and found[0].message_id == "greeting-dear"
    # the broken entry is not also reported as a missing message
    assert not problems(tree, "en", "missing-message")[0]


def test_duplicate_id(tree):
    mid, text = simple_message(tree, "he")
    path = tree / "he" / "apology.ftl"
    path.write_text(path.read_text(encoding="utf-8") + f"\n{mid} = {text}\n", encoding="utf-8")
    lines = path.read_text(encoding="utf-8").split("\n")
    second = max(i for i, l in enumerate(lines, 1) if l.startswith(f"{mid} = "))
    found = assert_reported(tree, "he", "duplicate-id", path, second, 1)
    assert found[0].message_id == mid


def test_missing_message(tree):
    path = tree / "ka" / "apology.ftl"
    text = path.read_text(encoding="utf-8")
    start = text.index("\nown-full = ") + 1
    end = text.index("\n", start) + 1
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    found, _ = problems(tree, "ka", "missing-message")
    assert [(Path(p.file), p.message_id) for p in found] == [(path, "own-full")]
    # reported where it belongs: before the next message (and that message's comment)
    assert line_of(path, "## Step: own") < found[0].line <= line_of(path, "own-got-wrong =")
    assert "own-got-wrong" in found[0].message


def test_obsolete_message(tree):
    path = replace(tree, "hy", "\n## Step: own", "\nown-extra = Շնորհակալություն։\n\n## Step: own")
    found = assert_reported(tree, "hy", "obsolete-message", path, line_of(path, "own-extra"), 1)
    assert found[0].severity == "warning"


def test_dropped_variable(tree):
    path = set_message(tree, "he", "state-issue", "משהו השתבש.")
    found = assert_reported(tree, "he", "dropped-variable", path, line_of(path, "state-issue ="))
    assert "$issue" in found[0].message


def test_dropped_variable_in_one_branch(tree):
    path = tree / "he" / "apology.ftl"
    text = path.read_text(encoding="utf-8")
    start = text.index("acknowledge-not-acceptable =")
    branch = text.index("[warm] { $issue } ", start)
    path.write_text(text[:branch] + "[warm] " + text[branch + len("[warm] { $issue } "):], encoding="utf-8")
    lines = path.read_text(encoding="utf-8").split("\n")
    first = line_of(path, "acknowledge-not-acceptable =")
    expected = next(i for i, l in enumerate(lines, 1) if i > first and "[warm]" in l)
    found = assert_reported(tree, "he", "dropped-variable", path, expected)
    assert "[warm" in found[0].message


def test_invented_variable(tree):
    path, _ = plant(tree, "lv", "{ $customer_name }, kļūda ir mūsu.", "own-")
    found = assert_reported(tree, "lv", "invented-variable", path, line_of(path, "{ $customer_name }, kļūda"),
                            column_of(path, "$customer_name }, kļūda"))
    assert "$customer_name" in found[0].message


def test_missing_plural_category_uses_cldr_rules(tree):
    # Hebrew needs [two] by CLDR (compare-locales' table does not ask for it).
    path = tree / "he" / "apology.ftl"
    text = path.read_text(encoding="utf-8")
    start = text.index("apologize-wait =")
    two = text.index("[two]", start)
    line_start = text.rindex("\n", 0, two) + 1
    line_end = text.index("\n", two) + 1
    path.write_text(text[:line_start] + text[line_end:], encoding="utf-8")
    broken = path.read_text(encoding="utf-8").split("\n")
    first = line_of(path, "apologize-wait =")
    select_line = next(i for i, l in enumerate(broken, 1) if i > first and "$days_late ->" in l)
    found = assert_reported(tree, "he", "missing-plural-category", path, select_line)
    assert "[two]" in found[0].message


def test_select_without_default(tree):
    path = tree / "lv" / "apology.ftl"
    text = path.read_text(encoding="utf-8")
    start = text.index("apologize-wait =")
    star = text.index("*[", start)
    path.write_text(text[:star] + " " + text[star + 1:], encoding="utf-8")
    lines = path.read_text(encoding="utf-8").split("\n")
    star_line = path.read_text(encoding="utf-8")[:star].count("\n") + 1
    # the select that lost its default: the nearest "->" above the changed line
    expected = max(i for i, l in enumerate(lines, 1) if i <= star_line and "->" in l)
    found = assert_reported(tree, "lv", "select-without-default", path, expected)
    assert "E0010" in found[0].message and found[0].message_id == "apologize-wait"


def test_unknown_grammar_key(tree):
    branch = next(line.strip() for line in (tree / "he" / "apology.ftl").read_text(encoding="utf-8").split("\n")
                  if line.strip().startswith("[feminine] "))
    path = replace(tree, "he", branch, branch.replace("[feminine]", "[female]", 1))
    assert_reported(tree, "he", "unknown-variant-key", path, line_of(path, "[female]"), column_of(path, "[female]"))


@pytest.mark.parametrize("locale", LOCALES)
def test_hedge_inserted(tree, locale):
    rules = yaml.safe_load((tree / locale / "hedges.yaml").read_text(encoding="utf-8"))["rules"]
    example = next(r["must_flag"][0] for r in rules if r.get("severity", "error") == "error" or r["category"] == "conditional")
    mid, text = simple_message(tree, locale)
    path = replace(tree, locale, f"{mid} = {text}", f"{mid} = {example}")
    found = assert_reported(tree, locale, "hedge", path, line_of(path, f"{mid} = "))
    assert found[0].message_id == mid and "hedge." in found[0].message


def test_english_left_in_hebrew(tree):
    path, mid = plant(tree, "he", "We are truly sorry.", "apologize-")
    found = assert_reported(tree, "he", "wrong-language", path, line_of(path, f"{mid} ="),
                            column_of(path, "We are"))
    assert "Latin" in found[0].message and "Hebrew" in found[0].message


def test_english_left_in_hebrew_branch(tree):
    branch = next(line.strip() for line in (tree / "he" / "apology.ftl").read_text(encoding="utf-8").split("\n")
                  if line.strip().startswith("[masculine] ") and "{" not in line)
    path = replace(tree, "he", branch, "[masculine] I understand how frustrating this has been for you.")
    assert_reported(tree, "he", "wrong-language", path, line_of(path, "I understand"), column_of(path, "I understand"))


def test_latvian_pasted_into_english(tree):
    path, mid = plant(tree, "en", "Kļūda ir mūsu, un mēs par to uzņemamies pilnu atbildību.", "own-")
    found = assert_reported(tree, "en", "wrong-language", path, line_of(path, f"{mid} ="))
    assert "'lv'" in found[0].message


def test_english_pasted_into_latvian(tree):
    path, _ = plant(tree, "lv", "This was our mistake, and we take full responsibility for it.", "own-")
    found = assert_reported(tree, "lv", "wrong-language", path, line_of(path, "This was our mistake"))
    assert "'en'" in found[0].message


def test_misspelt_hebrew_word(tree):
    path, _ = plant(tree, "he", "אנו מתנצלימ מעומק הלב.", "apologize-")
    found = assert_reported(tree, "he", "spelling", path, line_of(path, "מתנצלימ"), column_of(path, "מתנצלימ"))
    assert found[0].severity == "error" and "מתנצלימ" in found[0].message


def test_misspelt_latvian_word(tree):
    path, _ = plant(tree, "lv", "Mēs Jums patiesi atvainojamiez.", "apologize-")
    found = assert_reported(tree, "lv", "spelling", path, line_of(path, "atvainojamiez"), column_of(path, "atvainojamiez"))
    assert "atvainojamies" in found[0].message  # hunspell's suggestion


def test_allowlisted_word_is_not_reported(tree):
    path, _ = plant(tree, "lv", "Mēs Jums patiesi atvainojamiez.", "apologize-")
    allowlist = tree / "lv" / "allowlist.txt"
    allowlist.write_text(allowlist.read_text(encoding="utf-8") + "atvainojamiez  # test\n", encoding="utf-8")
    assert not problems(tree, "lv", "spelling")[0]
    assert path.exists()


def test_georgian_spelling_is_advisory(tree):
    path, _ = plant(tree, "ka", "შეცდომაი ჩვენ დავუშვით.", "own-")
    found = assert_reported(tree, "ka", "spelling", path, line_of(path, "შეცდომაი"), column_of(path, "შეცდომაი"))
    assert found[0].severity == "warning"


def test_missing_dictionary_is_an_error_with_an_install_hint(tree):
    config = tree / "lv" / "check.yaml"
    config.write_text("version: 1\nspelling:\n  dictionary: xx_XX\n  package: {apt: hunspell-xx}\n", encoding="utf-8")
    found = assert_reported(tree, "lv", "spelling-unavailable", config, 1)
    assert "apt-get install hunspell-xx" in found[0].message and found[0].severity == "error"


def test_missing_hunspell_program_is_an_error(tree, monkeypatch):
    monkeypatch.setenv("PATH", str(tree))  # no hunspell there
    found, _ = problems(tree, "lv", "spelling-unavailable")
    assert found and "hunspell" in found[0].message and "setup.sh" in found[0].message


def test_mixed_script_word(tree):
    path, _ = plant(tree, "lv", "Kļūdа ir mūsu.", "own-")  # Cyrillic а
    found = assert_reported(tree, "lv", "mixed-script", path, line_of(path, "Kļūdа"), column_of(path, "Kļūdа"))
    assert "Cyrillic" in found[0].message


@pytest.mark.parametrize("char", ["\u200b", "\u202e", "\u2066"])
def test_bidi_and_zero_width_characters(tree, char):
    path, _ = plant(tree, "he", f"אנו מתנצלים{char} מעומק הלב.", "apologize-")
    found = assert_reported(tree, "he", "invisible-character", path, line_of(path, char), column_of(path, char))
    assert f"U+{ord(char):04X}" in found[0].message


def test_non_nfc_text(tree):
    path, mid = plant(tree, "lv", "Me\u0304s Jums patiesi atvainojamies.", "apologize-")
    found = assert_reported(tree, "lv", "not-nfc", path, line_of(path, "Me\u0304s"))
    assert found[0].message_id == mid


@pytest.mark.parametrize("bad, rule", [("partners'", "TE01"), ("\"truly\"", "TE04"), ("sorry...", "TE05")])
def test_typography_as_moz_fluent_linter(tree, bad, rule):
    path, _ = plant(tree, "en", f"We sincerely {bad}", "apologize-")
    found = assert_reported(tree, "en", "typography", path, line_of(path, bad))
    assert rule in found[0].message


def test_copied_message_leaves_a_step_short_of_variants(tree):
    en = tree / "en" / "apology.ftl"
    text = en.read_text(encoding="utf-8")
    truly = text.split("\napologize-truly = ", 1)[1].split("\n", 1)[0]
    path = set_message(tree, "en", "apologize-sincere", truly)
    found, _ = problems(tree, "en", "too-few-variants")
    assert [(Path(p.file), p.message_id) for p in found] == [(path, "apologize-truly")]


def test_sample_fact_problems_point_into_example_yaml(tree):
    path = replace(tree, "lv", "ir atmaksāta pilnā apmērā", "ir atmaksātta pilnā apmērā", name="example.yaml")
    assert_reported(tree, "lv", "spelling", path, line_of(path, "atmaksātta"), column_of(path, "atmaksātta"))


def test_reference_english_is_checked_against_the_catalog(tree):
    path = replace(tree, "en", "greeting-dear = Dear { $customer_name },", "greeting-dear = Dear customer,")
    found = assert_reported(tree, "en", "dropped-variable", path, line_of(path, "greeting-dear ="))
    assert "catalog" in found[0].message


def test_checks_every_locale_of_a_checkout_by_default(tree):
    report = check(tree)
    assert report.locales == LOCALES and REFERENCE in report.locales
    assert not [p for p in report.problems if p.severity != "note"]


def test_undocumented_variable_as_moz_fluent_linter(tree):
    path = tree / "lv" / "apology.ftl"
    text = path.read_text(encoding="utf-8")
    start = text.index("acknowledge-should-not =")
    comment = text.rindex("#   $issue", 0, start)
    path.write_text(text[:comment] + text[text.index("\n", comment) + 1:], encoding="utf-8")
    found = assert_reported(tree, "lv", "undocumented-variable", path, line_of(path, "acknowledge-should-not ="), 1)
    assert "VC01" in found[0].message and "$issue" in found[0].message


def test_placeable_spacing_as_moz_fluent_linter(tree):
    path = replace(tree, "lv", "acknowledge-should-not = { $issue }", "acknowledge-should-not = {$issue}")
    found = assert_reported(tree, "lv", "placeable-spacing", path, line_of(path, "{$issue}"), column_of(path, "{$issue}"))
    assert "PS01" in found[0].message


def test_every_problem_code_is_explained_for_translators():
    from phrasebank.checks.problem import CODES

    guide = (Path(__file__).resolve().parent.parent / "docs" / "translators.md").read_text(encoding="utf-8")
    assert [code for code in sorted(CODES) if f"`{code}`" not in guide] == []


def test_unformattable_placeable(tree):
    path, _ = plant(tree, "lv", "{ -brand } Kļūda ir mūsu.", "own-")
    found = assert_reported(tree, "lv", "format-error", path, line_of(path, "{ -brand }"), column_of(path, "{ -brand }"))
    assert "-brand" in found[0].message


def test_missing_rule_files_are_errors_not_skips(tree):
    (tree / "ka" / "hedges.yaml").unlink()
    (tree / "ka" / "check.yaml").unlink()
    assert_reported(tree, "ka", "hedge-rules", tree / "ka" / "hedges.yaml", 1, 1)
    found = assert_reported(tree, "ka", "check-config", tree / "ka" / "check.yaml", 1, 1)
    assert "spelling" in found[0].message


def test_a_bad_hedge_model_is_reported_at_its_file(tree):
    path = tree / "ka" / "hedge_model.json"
    path.write_text('{"format": 1,\n "language": "ka"}\n', encoding="utf-8")
    found = assert_reported(tree, "ka", "hedge-model", path, 1, 1)
    assert "lacks" in found[0].message and "train_hedge_model.py" in found[0].message
    path.write_text('{"format": 1,\n "language": "ka",,}\n', encoding="utf-8")
    assert_reported(tree, "ka", "hedge-model", path, 2, 19)  # where the JSON breaks


def _set_sample(root: Path, locale: str, fact: str, value: str) -> Path:
    path = root / locale / "example.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    number = next(i for i, line in enumerate(lines) if line.startswith(f"  {fact}:"))
    lines[number] = f"  {fact}: {value}"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_bad_sample_fact_points_at_its_line(tree):
    path = _set_sample(tree, "he", "follow_up_date", '"24.11.2026"')
    found = assert_reported(tree, "he", "bad-sample-fact", path, line_of(path, "follow_up_date"))
    assert "ISO 8601" in found[0].message
    # the other checks still ran on every variant, with the reference's date
    assert not problems(tree, "he", "format-error")[0]


def test_a_sample_follow_up_date_in_the_past_is_reported_and_relative_dates_never_are(tree):
    import datetime

    yesterday = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
    path = _set_sample(tree, "lv", "follow_up_date", f'"{yesterday}"')
    found = assert_reported(tree, "lv", "bad-sample-fact", path, line_of(path, "follow_up_date"))
    assert "in the past" in found[0].message
    _set_sample(tree, "lv", "follow_up_date", "{in_days: 0}")
    assert not problems(tree, "lv", "bad-sample-fact")[0]
    _set_sample(tree, "lv", "follow_up_date", "{in_days: -1}")
    assert problems(tree, "lv", "bad-sample-fact")[0]


def test_english_sample_sentence_in_hebrew_example(tree):
    english = yaml.safe_load((tree / "en" / "example.yaml").read_text(encoding="utf-8"))["facts"]["fix"]
    path = tree / "he" / "example.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    number = next(i for i, l in enumerate(lines) if l.startswith("  fix:"))
    lines[number] = f"  fix: {english}"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert_reported(tree, "he", "wrong-language", path, number + 1)


def test_a_rule_that_fails_its_own_examples_is_reported_at_the_example(tree):
    """A linguist's edit that breaks a rule must fail `check`, not only the test suite."""
    from phrasebank.hedges import load as load_rules

    path = tree / "ka" / "hedges.yaml"
    rule = load_rules(tree / "ka").rules[0]
    flagged, harmless = rule.must_flag[0], "ამანათი ხვალ ჩაგაბარებთ."
    lines = path.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.strip() == "must_not_flag:")  # the first rule's list
    indent = lines[at + 1][: len(lines[at + 1]) - len(lines[at + 1].lstrip())]
    lines[at + 1 : at + 1] = [f"{indent}- {flagged!r}"]
    start = next(i for i, line in enumerate(lines) if line.strip() == "must_flag:")
    lines[start + 1 : start + 1] = [f"{indent}- {harmless!r}"]
    path.write_text("\n".join(lines), encoding="utf-8")
    column = len(indent) + 3
    missed = assert_reported(tree, "ka", "hedge-rule-example", path, start + 2, column)
    wrong = assert_reported(tree, "ka", "hedge-rule-example", path, at + 3, column)
    assert any(harmless in p.message and "must_flag" in p.message for p in missed)
    assert any(flagged in p.message and "must_not_flag" in p.message for p in wrong)
