"""The compose/listing CLI: output formats, exit codes, stderr messages."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from phrasebank.cli import main

from bank_support import CATALOG, LOCALES, ROOT


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_compose_text_with_facts(capsys):
    code, out, err = run(
        capsys, "compose", "--locale", "en", "--playbook", "social", "--channel", "social",
        "--fact", "contact=help@example.com", "--fact", "customer_name=Ana",
    )
    assert code == 0 and err == ""
    assert out.startswith("Hello Ana,") or out.startswith("Hi Ana,")
    assert "help@example.com" in out


def test_compose_json_lists_parts(capsys):
    code, out, _ = run(capsys, "compose", "--locale", "ka", "--playbook", "own-it", "--example", "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["locale"] == "ka"
    assert [p["step"] for p in data["parts"]][:3] == ["greeting", "acknowledge", "apologize"]
    assert all({"step", "message", "text"} == set(p) for p in data["parts"])


def test_compose_html_for_hebrew_is_rtl(capsys):
    code, out, _ = run(capsys, "compose", "--locale", "iw", "--playbook", "five-steps", "--example", "--format", "html")
    assert code == 0 and 'dir="rtl"' in out and 'lang="he"' in out


def test_facts_file_and_overrides(capsys, tmp_path):
    facts = tmp_path / "facts.yaml"
    facts.write_text("facts:\n  issue: 'Your parcel arrived late.'\n  customer_name: Ana\n", encoding="utf-8")
    code, out, _ = run(capsys, "compose", "--locale", "en", "--playbook", "five-steps", "--facts", str(facts), "--fact", "customer_name=Eve")
    assert code == 0 and "Your parcel arrived late." in out and "Eve" in out and "Ana" not in out


@pytest.mark.parametrize(
    "argv, message",
    [
        (["compose", "--locale", "fr", "--playbook", "social"], "unsupported locale 'fr'"),
        (["compose", "--locale", "en", "--playbook", "five-steps"], "needs the fact issue"),
        (["compose", "--locale", "en", "--playbook", "social", "--fact", "nonsense"], "KEY=VALUE"),
        (["compose", "--locale", "en", "--playbook", "social", "--channel", "fax"], "unknown channel 'fax'"),
        (["compose", "--playbook", "social"], "--locale"),
        (["compose", "--locale", "en", "--playbook", "social", "--facts", "/nonexistent.yaml"], "does not exist"),
        (["compose", "--locale", "en", "--playbook", "social", "--locales", "/nonexistent"], "does not exist"),
        (["compose", "--locale", "en"], "--playbook"),
        (["no-such-command"], "invalid choice"),
    ],
)
def test_errors_exit_2_with_a_message_on_stderr(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert message in err
    assert "Traceback" not in err


def test_listings(capsys):
    assert run(capsys, "locales")[1].split() == LOCALES
    lines = run(capsys, "playbooks")[1].splitlines()
    assert [line.split("\t")[0] for line in lines] == list(CATALOG.playbooks)
    lines = run(capsys, "steps")[1].splitlines()
    assert [line.split("\t")[0] for line in lines] == list(CATALOG.steps)


def test_locales_dir_option_reads_a_checkout(capsys, tmp_path):
    import shutil
    from phrasebank.locales import bundled_dir

    shutil.copytree(bundled_dir() / "en", tmp_path / "en")
    ftl = tmp_path / "en" / "apology.ftl"
    ftl.write_text(ftl.read_text(encoding="utf-8").replace("We are sorry about this.", "We apologize to you."), encoding="utf-8")
    assert run(capsys, "locales", "--locales", str(tmp_path))[1].split() == ["en"]
    outs = {run(capsys, "compose", "--locale", "en", "--playbook", "social", "--channel", "social", "--seed", str(s), "--locales", str(tmp_path))[1] for s in range(20)}
    assert any("We apologize to you." in out for out in outs)


def test_python_dash_m_works_the_same():
    result = subprocess.run(
        [sys.executable, "-m", "phrasebank", "compose", "--locale", "lv", "--playbook", "social", "--example"],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT / "tests",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def test_help_does_not_import_fluent_babel_or_langdetect():
    code = (
        "import sys; from phrasebank.cli import build_parser; build_parser();"
        "print(sorted(m for m in ('fluent.runtime', 'babel', 'langdetect', 'yaml') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "message, locale",
    [
        ("שלום, ההזמנה שלי עדיין לא הגיעה ואני כבר שבוע מחכה", "he"),
        ("გამარჯობა, ჩემი შეკვეთა ჯერ არ მომსვლია", "ka"),
        ("Բարև, պատվերս դեռ չի հասել", "hy"),
        ("Labdien, mans pasūtījums vēl nav pienācis", "lv"),
        ("Hi, my order still hasn't arrived and it's been a week", "en"),
    ],
)
def test_compose_reply_to_answers_in_the_customers_language(capsys, tmp_path, message, locale):
    path = tmp_path / "message.txt"
    path.write_text(message, encoding="utf-8")
    code, out, err = run(capsys, "compose", "--reply-to", str(path), "--playbook", "social", "--example", "--format", "json")
    assert code == 0, err
    assert json.loads(out)["locale"] == locale
    assert f"replying in {locale}" in err


def test_compose_reply_to_refuses_to_guess(capsys, tmp_path):
    path = tmp_path / "message.txt"
    path.write_text("Здравствуйте, мой заказ так и не пришёл", encoding="utf-8")
    code, out, err = run(capsys, "compose", "--reply-to", str(path), "--playbook", "social")
    assert code == 2 and out == ""
    assert "--locale" in err
