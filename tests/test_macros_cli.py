"""`phrasebank macros`: exit codes, stdout/stderr, and the data it needs shipped in the wheel."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile

import pytest

from phrasebank.cli import main

from bank_support import CATALOG, LOCALES, ROOT
from macros_support import TARGETS, ZENDESK_ACCOUNT, read_csv


@pytest.mark.parametrize("locales", [["en"], []], ids=["en", "-".join(LOCALES)])
def test_csv_export_prints_where_it_wrote_and_reports_progress_on_stderr(tmp_path, capsys, locales):
    out = tmp_path / "csv"
    code = main(["macros", "--target", "csv", "--out", str(out), *(["--locale", *locales] if locales else [])])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    total = len(locales or LOCALES) * len(CATALOG.playbooks)
    assert captured.out == f"{out}\t{total} macros\t2 files\n"
    assert captured.err.count("phrasebank macros: ") >= len(locales or LOCALES)
    assert len(read_csv(out / "macros.csv")) == total


def test_quiet_keeps_stderr_empty(tmp_path, capsys):
    assert main(["macros", "--target", "front", "--out", str(tmp_path / "f"), "--locale", "en", "--quiet"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("locales", [["en"], ["he", "lv"]], ids=["en", "he-lv"])
def test_options_playbooks_locales_and_facts_reach_the_export(tmp_path, capsys, locales):
    out = tmp_path / "z"
    code = main([
        "macros", "--target", "zendesk", "--out", str(out), "--zendesk-locales", str(ZENDESK_ACCOUNT),
        "--playbook", "formal-letter", "--playbook", "own-it", "--locale", *locales,
        "--register", "warm", "--channel", "chat", "--voice", "i", "--seed", "4",
        "--fact", "company=Acme", "--fact", "contact=help@example.org", "--quiet",
    ])
    assert code == 0, capsys.readouterr().err
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["playbooks"] == ["formal-letter", "own-it"] and manifest["locales"] == locales
    assert manifest["options"] == {"register": "warm", "channel": "chat", "voice": "i", "seed": 4}
    assert manifest["channels"] == {"formal-letter": "chat", "own-it": "chat"}
    assert manifest["facts"] == {"company": "Acme", "contact": "help@example.org"}
    assert {f["key"] for f in manifest["files"] if f["kind"] == "macro"} == {
        "formal-letter/warm-chat-i", "own-it/warm-chat-i"}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--target", "zendesk"], "--zendesk-locales"),
        (["--target", "front", "--default-locale", "he"], "--default-locale is for Zendesk"),
        (["--target", "zendsk"], "unknown macro target 'zendsk'; targets: zendesk, freshdesk"),
        (["--target", "csv", "--locale", "xx"], "unsupported locale 'xx'"),
        (["--target", "csv", "--fact", "company"], "--fact expects KEY=VALUE"),
        (["--target", "csv", "--register", "casual"], "unknown register 'casual'"),
        (["--target", "csv", "--channel", "social", "--playbook", "own-it"],
         "'own-it' playbook is not written for the public social channel (it serves chat, email, phone); "
         "on social use: social"),
    ],
)
def test_errors_exit_2_with_one_line_and_write_nothing(argv, message, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["macros", "--out", str(out), *argv]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert message in captured.err and captured.err.startswith("phrasebank: error: ")
    assert not out.exists()


def test_help_names_every_target(capsys):
    from phrasebank.macros import targets

    assert main(["macros", "--help"]) == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert set(targets.names()) == set(TARGETS)
    for name in TARGETS:
        assert name in help_text


def test_the_wheel_ships_schemas_and_targets_and_exports_from_elsewhere(tmp_path, built_wheel):
    wheel = built_wheel
    names = set(zipfile.ZipFile(wheel).namelist())
    for target in (*TARGETS, "manifest"):
        assert f"phrasebank/schemas/{target}.json" in names
    assert "phrasebank/macros/targets.yaml" in names
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); import phrasebank; "
        "assert phrasebank.__file__.startswith(sys.argv[1]), phrasebank.__file__; "
        "from phrasebank.cli import main; "
        "sys.exit(main(['macros', '--target', 'intercom', '--out', 'ic', '--locale', 'en', '--quiet']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(unpacked)], cwd=elsewhere, capture_output=True, text=True, encoding="utf-8"
    )
    assert result.returncode == 0, result.stderr
    assert (elsewhere / "ic" / "macros" / "en").is_dir()
    for locale in LOCALES:  # every locale is shipped
        assert f"phrasebank/locales/{locale}/apology.ftl" in names, locale
    assert json.loads((elsewhere / "ic" / "manifest.json").read_text(encoding="utf-8"))["target"] == "intercom"


def test_the_helpdesks_doc_covers_every_target_and_placeholder():
    from phrasebank.macros import targets

    doc = (ROOT / "docs" / "helpdesks.md").read_text(encoding="utf-8").replace("\\|", "|")
    for name, target in targets.load().items():
        assert f"`{name}`" in doc, name
        for placeholder in target.placeholders.values():
            for form in {placeholder.text, placeholder.html}:
                assert form.replace("$fallback", "…") in doc, form


@pytest.mark.parametrize("locale", LOCALES)
def test_the_helpdesks_doc_shows_every_blank_of_the_locale(locale):
    from macros_support import blanks

    doc = (ROOT / "docs" / "helpdesks.md").read_text(encoding="utf-8").replace("\\|", "|")
    for fact, label in blanks(locale).items():
        assert label in doc, (locale, fact, label)
