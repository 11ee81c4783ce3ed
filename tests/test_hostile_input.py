"""Issue 11's reproductions, class by class, each as the class it stands for.

Classes 2 to 4 (hangs, tracebacks, wrong output) through the command line; the
writes of class 1 are in test_outputs.py, the fuzz of every option in
test_cli_fuzz.py, the growth of time with input size in test_complexity.py.
Every failure must be one line on stderr, exit status 2, nothing on stdout, in
a moment. Each command runs in a forked child that is killed after MOMENT
seconds: a generous bound that catches a hang, never a benchmark.
"""

from __future__ import annotations

import datetime
import json
import shutil
import tempfile
from pathlib import Path

import pytest

from phrasebank.locales import bundled_dir

from bank_support import CATALOG, rewrite_values
from cli_support import run_forked

MOMENT = 120  # seconds: generous, a hang is what is caught (issue 11's ran for minutes or forever); a cold
# `phrasebank check` of one locale compiles every rule's regexes: 14-18 s on the project machine

BOMB = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 10)
)


def run(*argv):
    """(exit status, stdout, stderr) of one command, run in a forked child killed after MOMENT seconds."""
    folder = Path(tempfile.mkdtemp(prefix="phrasebank-call-"))
    try:
        code, out, err = run_forked([str(a) for a in argv], b"", folder, timeout=MOMENT)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return code, out.decode("utf-8"), err.decode("utf-8")


def fails(*argv, match: str) -> str:
    code, out, err = run(*argv)
    assert code == 2 and out == "", (code, out[:300], err)
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert match in err, err
    assert len(err) < 600, "an error quotes its input in full"
    return err


@pytest.fixture
def checkout(tmp_path) -> Path:
    root = tmp_path / "locales"
    shutil.copytree(bundled_dir(), root)
    return root


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


COMPOSE = ["compose", "--locale", "en", "--playbook", "restore-value", "--example"]

# --- class 2: a small input that used to hang -----------------------------------------------


@pytest.mark.parametrize("fact", ["compensation_amount", "issue", "days_late"])
def test_a_yaml_alias_bomb_as_facts_is_refused_at_once(tmp_path, fact):
    facts = write(tmp_path / "bomb.yaml", BOMB + f"facts:\n  {fact}: *a9\n  compensation_currency: EUR\n")
    fails(*COMPOSE, "--facts", facts, match="uses a YAML alias")


@pytest.mark.parametrize("name", ["example.yaml", "hedges.yaml", "routing.yaml", "check.yaml"])
def test_a_yaml_alias_bomb_in_a_locale_file_is_reported_at_once(checkout, name):
    write(checkout / "lv" / name, BOMB + "version: *a9\n")
    code, out, err = run("check", "--locale", "lv", checkout)
    assert code == 1 and "alias" in out and "Traceback" not in err
    assert f"lv/{name}:" in out
    code, out, _ = run("preview", "--out", checkout.parent / "gallery", "--locale", "lv", "--locales", checkout)
    assert code == 0  # the gallery shows the broken locale's error in its column


def test_detect_quote_headers_with_many_stars_and_repeated_header_words(checkout, tmp_path):
    routing = checkout / "en" / "routing.yaml"
    write(routing, routing.read_text(encoding="utf-8").replace('"On * wrote:"', '"On ' + "* " * 20 + 'wrote:"'))
    message = write(tmp_path / "message.txt", "On " + "a " * 38)
    code, out, _ = run("detect", "--locales", checkout, message)
    assert code == 0 and out.strip() in {"en", "und"}
    repeated = write(tmp_path / "repeated.txt", "lietotājs " * 22_000 + "\n" + "Sveiki, paldies!")
    code, out, _ = run("detect", repeated)
    assert code == 0


def test_thirty_selects_in_a_row_are_checked_and_previewed(checkout):
    selects = "".join("{ $register ->\n    [formal] a\n   *[warm] b\n} " for _ in range(30))
    ftl = checkout / "en" / "apology.ftl"
    write(ftl, ftl.read_text(encoding="utf-8").replace("own-full = ", "own-full = " + selects, 1))
    code, out, err = run("check", "--locale", "en", checkout)
    assert code in (0, 1) and "Traceback" not in err and "unchecked-variants" not in out
    code, _, _ = run("preview", "--out", checkout.parent / "gallery", "--locale", "en", "--locales", checkout)
    assert code == 0


# --- class 3: a traceback where one clear error belongs -------------------------------------------


@pytest.mark.parametrize(
    "fact, message",
    [
        ("compensation_amount=1e400", "positive amount below"),
        ("days_late=" + "9" * 27, "from 1 to"),
        ("days_late=" + "9" * 5000, "whole number"),
        ("free_months=" + "9" * 5000, "whole number"),
    ],
)
def test_huge_numbers(fact, message):
    fails(*COMPOSE, "--fact", fact, "--fact", "compensation_currency=EUR", match=message)


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "is a folder, not a file"),
        ("issue: Hello.\n".encode("utf-16"), "is UTF-16 text; save it as UTF-8"),
        (bytes(range(256)), "is not text"),
        ("1: x\nissue: Late.\n", "the fact name 1 is not text"),
        ("days_late: " + "9" * 5000 + "\n", "has a number 5000 characters long"),
        ("issue: " + "[" * 100_000 + "]" * 100_000 + "\n", "depth"),
        ("issue: " + "[" * 100 + "]" * 100 + "\n", "more than 64 levels deep"),
        ("[a, b]\n", "must hold a mapping"),
        ("issue: [unclosed\n", "is not valid YAML"),
        ("follow_up_date: 2026-13-45\n", "cannot read"),
        (b"x" * (2 * 1024 * 1024), "larger than 1 MiB"),
    ],
)
def test_a_hostile_facts_file_is_one_error(tmp_path, content, message):
    path = tmp_path / "facts.yaml"
    if content is None:
        path.mkdir()
    else:
        write(path, content)
    err = fails(*COMPOSE, "--facts", path, match=message)
    assert "facts file" in err


@pytest.mark.parametrize("option, target", [("--zendesk-locales", "zendesk"), ("--freshdesk-folders", "freshdesk")])
@pytest.mark.parametrize(
    "content, message",
    [
        (None, "is a folder, not a file"),
        ('{"locales": []}'.encode("utf-16"), "UTF-16"),
        (bytes(range(256)), "is not text"),
        ('{"locales": [{"id": ' + "9" * 5000 + ', "locale": "en"}]}', "characters long"),
        ("[" * 100_000 + "]" * 100_000, "levels deep"),
        ('{"locales": NaN}', "NaN"),
    ],
)
def test_a_hostile_account_file_is_one_error_and_nothing_is_written(tmp_path, option, target, content, message):
    path = tmp_path / "account.json"
    if content is None:
        path.mkdir()
    else:
        write(path, content)
    fails("macros", "--target", target, "--out", tmp_path / "out", "--locale", "en", option, path, match=message)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "break_it, message",
    [
        (lambda ftl: ftl.write_bytes(ftl.read_text(encoding="utf-8").encode("utf-16")), "is UTF-16 text"),
        (lambda ftl: (ftl.unlink(), ftl.mkdir()), "is a folder, not a file"),
        (lambda ftl: write(ftl, ftl.read_text(encoding="utf-8") + "deep = " + "{" * 2000 + '"x"' + "}" * 2000 + "\n"),
         "placeables nested more than 32 deep"),
    ],
)
def test_a_broken_locale_file_is_one_error_for_compose_and_a_problem_for_check(checkout, break_it, message):
    break_it(checkout / "lv" / "apology.ftl")
    fails("compose", "--locale", "lv", "--playbook", "social", "--example", "--locales", checkout, match=message)
    code, out, err = run("check", "--locale", "lv", checkout)
    assert code == 1 and message in out and "Traceback" not in err


def test_a_locale_folder_cldr_does_not_know(checkout):
    shutil.copytree(checkout / "lv", checkout / "xx")
    code, out, err = run("check", "--locale", "xx", checkout)
    assert code == 1 and "unknown-locale" in out and "'xx'" in out and "Traceback" not in err
    code, out, err = run("check", "--locale", "lv", checkout)  # a neighbour named xx breaks nothing
    assert "Traceback" not in err and "unknown-locale" not in out
    gallery = checkout.parent / "gallery"
    code, _, err = run("preview", "--out", gallery, "--locales", checkout, "--locale", "xx", "--locale", "en")
    assert code == 0 and "is not a locale CLDR knows" in (gallery / "index.html").read_text(encoding="utf-8")
    fails("compose", "--locale", "xx", "--playbook", "social", "--example", "--locales", checkout,
          match="is not a locale CLDR knows")


# --- class 4: wrong output or a poor error ----------------------------------------------------------


@pytest.mark.parametrize("control", ["\x1b[2J", "\x07", "\x08", "\x7f", "\r"])
def test_control_characters_in_a_phrase_are_caught_before_a_customer_sees_them(checkout, control):
    ftl = checkout / "en" / "apology.ftl"
    rewrite_values(ftl, "apologize", lambda value: f"{value}{control}x")  # every letter has an apology
    code, out, _ = run("check", "--locale", "en", checkout)
    assert code == 1 and "control-character" in out and f"U+{ord(control[0]):04X}" in out
    fails("compose", "--locale", "en", "--playbook", "social", "--example", "--locales", checkout,
          match="control character")


def test_a_missing_apology_ftl_or_routing_file_is_reported_not_dropped(checkout):
    (checkout / "lv" / "apology.ftl").unlink()
    code, out, _ = run("check", checkout)
    assert code == 1 and "lv/apology.ftl:1:1: missing-file" in out
    code, out, _ = run("check", "--locale", "lv", checkout)
    assert code == 1 and "missing-file" in out
    routing = checkout / "he" / "routing.yaml"
    write(routing, routing.read_text(encoding="utf-8").replace("version: 1", "version: 2"))
    (checkout / "ka" / "routing.yaml").unlink()
    code, out, _ = run("check", "--locale", "he", "--locale", "ka", checkout)
    assert code == 1 and "he/routing.yaml:" in out and "ka/routing.yaml:1:1: routing-rules" in out
    assert "version must be 1" in out


def test_amounts_the_currency_cannot_show_and_dates_in_the_past():
    fails(*COMPOSE, "--fact", "compensation_amount=0.0000001", "--fact", "compensation_currency=EUR",
          match="EUR amounts have 2 decimal(s)")
    fails(*COMPOSE, "--fact", "follow_up_date=0001-01-01", match="in the past")
    yesterday = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
    fails(*COMPOSE, "--fact", f"follow_up_date={yesterday}", match="in the past")
    code, out, _ = run(*COMPOSE, "--fact", f"follow_up_date={datetime.date.today().isoformat()}")
    assert code == 0


def test_the_sample_facts_never_fall_into_the_past():
    for code in ("en", "he", "hy", "ka", "lv"):
        assert "in_days" in (bundled_dir() / code / "example.yaml").read_text(encoding="utf-8")
    code, out, _ = run("compose", "--locale", "en", "--playbook", "five-steps", "--example", "--format", "json")
    assert code == 0
    later = datetime.date.today() + datetime.timedelta(days=3)
    assert later.strftime("%B") in json.loads(out)["text"]


def test_a_fact_over_fluents_placeable_limit_names_the_fact_and_its_limit():
    err = fails(*COMPOSE, "--fact", "issue=" + "x" * 3000, match="fact 'issue' is 3000 characters long; at most 2000")
    assert "apology.ftl" not in err


def test_an_error_never_quotes_a_huge_input_in_full(tmp_path):
    facts = write(tmp_path / "facts.yaml", "days_late: '" + "9" * 900_000 + "'\n")
    fails(*COMPOSE, "--facts", facts, match="must be a whole number")
    fails(*COMPOSE, "--fact", "nonsense" * 10_000, match="--fact expects KEY=VALUE")


def test_a_fact_given_twice_is_an_error_not_a_silent_choice():
    fails(*COMPOSE, "--fact", "issue=A.", "--fact", "issue=B.", match="--fact issue is given twice")
    fails("macros", "--target", "csv", "--out", "x", "--fact", "company=A", "--fact", "company=B",
          match="given twice")


@pytest.mark.parametrize("command", ["playbooks", "steps", "locales"])
def test_listings_check_their_locales_option(command):
    fails(command, "--locales", "nope", match="'nope' does not exist")


def test_a_carriage_return_from_a_web_form_is_a_line_break():
    code, out, err = run("compose", "--locale", "en", "--playbook", "five-steps", "--example",
                         "--fact", "issue=Your order was late.\r\nSorry again.", "--format", "json")
    assert code == 0, err
    assert "Your order was late.\nSorry again." in json.loads(out)["text"]


def test_fullwidth_letters_do_not_evade_the_linter(tmp_path):
    text = write(tmp_path / "reply.txt", "ＷＥ ＡＲＥ ＳＯＲＲＹ， ＢＵＴ the courier was late.")
    code, out, _ = run("lint", "--locale", "en", text)
    assert code == 1 and "hedge.en.adversative" in out


def test_a_syntax_error_at_the_end_of_a_file_is_reported_on_the_broken_entrys_line(checkout):
    ftl = checkout / "lv" / "apology.ftl"
    source = ftl.read_text(encoding="utf-8")
    write(ftl, source + "broken = {\n")
    lines = source.count("\n") + 1  # the broken entry's line: the file had that many lines, and one more now
    code, out, _ = run("check", "--locale", "lv", checkout)
    assert code == 1 and f"lv/apology.ftl:{lines}:" in out and f"apology.ftl:{lines + 1}:" not in out


def test_usage_errors_are_one_line():
    for argv in (["compose"], ["nope"], ["lint", "--locale"], ["check", "--format", "xml"], []):
        code, out, err = run(*argv)
        assert code == 2 and out == "" and err.count("\n") == 1 and "--help" in err, (argv, err)


def test_every_catalog_fact_is_bounded_in_what_it_accepts():
    """The facts the issue names exist under these names; a renamed fact needs its test renamed too."""
    assert {"compensation_amount", "compensation_currency", "days_late", "free_months", "follow_up_date", "issue"} <= set(
        CATALOG.facts
    )
    assert CATALOG.facts["follow_up_date"].minimum == "today"


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "", "\r\x1b[2J"],
        ["compose", "--locale", "en", "--playbook", "social", "--fact", "is\nsue=A", "--fact", "is\nsue=B"],
        ["lint", "--locale", "e\u202en", "-"],
        ["detect", "--hint", "x\ny", "-"],
    ],
)
def test_an_argument_with_line_breaks_or_escape_sequences_stays_on_one_visible_line(argv):
    code, out, err = run(*argv)
    assert code == 2 and err.count("\n") == 1
    assert err[:-1].isprintable(), err
