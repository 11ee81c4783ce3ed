"""`phrasebank lint`: exit codes 0/1/2, the versioned JSON shape, the marked text output."""

from __future__ import annotations

import argparse
import io
import json

import pytest

from phrasebank.cli import main
from phrasebank.commands import lint as lint_command

HEDGED = "Hello Anna,\nWe are sorry, but the courier lost your parcel. We apologize for any inconvenience.\n"
WARNING_ONLY = "We apologize for any inconvenience.\n"
CLEAN = "We are sorry that your order arrived late. If you have questions, reply here.\n"


def run(capsys, argv, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def files(tmp_path):
    paths = {}
    for name, text in {"hedged": HEDGED, "warning": WARNING_ONLY, "clean": CLEAN}.items():
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
    return paths


def test_exit_1_when_an_error_level_hedge_is_found(capsys, files):
    code, out, err = run(capsys, ["lint", "--locale", "en", str(files["hedged"])])
    assert code == 1 and err == ""
    assert "hedge.en.adversative" in out and "hedge.en.excuse" in out and "hedge.en.minimising" in out
    assert "We are sorry, \u27e6but\u27e7 the courier lost your parcel." in out
    assert f"{files['hedged']}:2:15: error:" in out
    assert "    → We are sorry. The courier lost your parcel." in out  # the rewrite
    assert out.rstrip().endswith("2 errors, 1 warning")


def test_exit_0_with_warnings_only_and_when_clean(capsys, files):
    code, out, _ = run(capsys, ["lint", "--locale", "en", str(files["warning"])])
    assert code == 0 and "warning: hedge.en.minimising" in out
    code, out, _ = run(capsys, ["lint", "--locale", "en", str(files["clean"])])
    assert code == 0 and out.strip() == "0 errors, 0 warnings"


def test_json_is_versioned_and_offsets_index_the_input(capsys, files):
    code, out, _ = run(capsys, ["lint", "--locale", "en-US", "--format", "json", str(files["hedged"])])
    assert code == 1
    document = json.loads(out)
    assert document["version"] == 1 and document["locale"] == "en"
    keys = {"rule", "category", "severity", "start", "end", "text", "message", "suggestion", "fix", "source"}
    keys |= {"line", "column", "sentence", "rewrite"}
    for finding in document["findings"]:
        assert set(finding) == keys
        assert HEDGED[finding["start"] : finding["end"]] == finding["text"]
        assert finding["text"] in finding["sentence"]
    assert [f["text"] for f in document["findings"]] == ["but", "courier", "any inconvenience"]
    assert [f["severity"] for f in document["findings"]] == ["error", "error", "warning"]
    but, courier, any_inconvenience = document["findings"]
    assert but["fix"] == {"start": 24, "end": 31, "text": ". T"}  # ", but t" -> ". T"
    assert but["rewrite"] == "We are sorry. The courier lost your parcel."
    assert courier["fix"] is None and courier["rewrite"] is None
    assert any_inconvenience["rewrite"] == "We apologize for the inconvenience."


def test_stdin_and_other_scripts(capsys, monkeypatch):
    georgian = "ბოდიშს გიხდით, მაგრამ კურიერმა დააგვიანა."
    code, out, _ = run(capsys, ["lint", "--locale", "ka", "--format", "json", "-"], georgian, monkeypatch)
    assert code == 1 and json.loads(out)["findings"][0]["text"] == "მაგრამ"
    code, out, _ = run(capsys, ["lint", "--locale", "he-IL"], "אנו מתנצלים על העיכוב.", monkeypatch)
    assert code == 0


@pytest.mark.parametrize(
    "argv, message",
    [
        (["lint", "--locale", "xx", "-"], "unsupported locale 'xx'"),
        (["lint", "--locale", "en", "/no/such/file.txt"], "does not exist"),
        (["lint", "-"], "--locale"),
        (["lint", "--locale", "en", "--format", "xml", "-"], "invalid choice"),
    ],
)
def test_bad_usage_exits_2_with_a_message_on_stderr(capsys, monkeypatch, argv, message):
    code, out, err = run(capsys, argv, "We are sorry, but no.", monkeypatch)
    assert code == 2 and out == "" and message in err


def test_run_can_be_called_directly(capsys, files):
    args = argparse.Namespace(file=str(files["hedged"]), locale="en", format="json", locales_dir=None)
    assert lint_command.run(args) == 1
    assert json.loads(capsys.readouterr().out)["version"] == lint_command.JSON_VERSION
    args = argparse.Namespace(file=str(files["hedged"]), locale="nope", format="text", locales_dir=None)
    assert lint_command.run(args) == 2
    assert "unsupported locale" in capsys.readouterr().err


def test_help_does_not_import_the_linter():
    import subprocess
    import sys

    code = (
        "import sys; from phrasebank.cli import build_parser; build_parser(); "
        "print('phrasebank.linter' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


COMMANDS_READING_STDIN = [["lint", "--locale", "en", "--format", "json"], ["detect", "--format", "json"]]


def _run_process(argv, **options):
    import os
    import subprocess
    import sys

    env = {**os.environ, **options.pop("env", {})}
    return subprocess.run(
        [sys.executable, "-m", "phrasebank", *argv], capture_output=True, env=env, timeout=120, **options
    )


@pytest.mark.parametrize("argv", COMMANDS_READING_STDIN)
@pytest.mark.parametrize("terminal_locale", ["C.UTF-8", "C", "en_US.UTF-8"])
def test_invalid_utf8_on_stdin_is_one_error_in_any_terminal_locale(argv, terminal_locale):
    result = _run_process(argv, input=b"We are sorry if \xff\xfe you waited.", env={"LC_ALL": terminal_locale})
    assert result.returncode == 2 and result.stdout == b""
    err = result.stderr.decode("utf-8")
    assert err.count("\n") == 1 and "standard input is not UTF-8 text" in err and "line 1, column 17" in err


@pytest.mark.parametrize("argv", COMMANDS_READING_STDIN)
def test_a_closed_stdin_is_one_error(argv):
    import os

    result = _run_process(argv, stdin=None, preexec_fn=lambda: os.close(0))
    assert result.returncode == 2 and result.stdout == b""
    assert result.stderr.decode("utf-8").count("\n") == 1 and b"standard input is closed" in result.stderr


def test_lint_json_on_two_megabytes_of_hedges_reports_every_line_and_column(tmp_path):
    sentence = "We are sorry if you were upset.\n"
    path = tmp_path / "many.txt"
    path.write_text(sentence * 60_000, encoding="utf-8")
    result = _run_process(["lint", "--locale", "en", "--format", "json", str(path)])
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)["findings"]
    assert len(findings) == 2 * 60_000
    columns = [sentence.index("if") + 1, sentence.index("you") + 1]
    assert [(f["line"], f["column"]) for f in findings[-2:]] == [(60_000, column) for column in columns]
    assert all(f["sentence"] == sentence.strip() for f in findings[::997])
