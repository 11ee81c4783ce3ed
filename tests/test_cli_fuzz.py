"""Every subcommand and every option under hostile input: one line and exit 2, never a traceback.

The options are read from the CLI's own parser, so a new option is fuzzed the day
it is added. Each call draws, per option, a sensible value or an arbitrary string;
files named on the command line hold arbitrary bytes or one of the hostile inputs
of issue 11 (alias bombs, deep nesting, UTF-16, huge numbers, a folder); stdin
holds arbitrary bytes. Every call runs in a forked child (the parent has loaded
fluent, babel and langdetect once) with real file descriptors 0, 1 and 2, and
must finish within a generous timeout. Then:

- no traceback, and never exit 70 (the CLI's last-resort "internal error");
- exit 0, or 1 only from `lint` (a hedge was found) and `check` (problems were
  found), with the findings on stdout; or 2 with exactly one error line on
  stderr and nothing on stdout — and a folder given to --out left as it was;
- whatever is written is UTF-8.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from phrasebank import cli
from phrasebank.locales import bundled_dir

from cli_support import run_forked

TIMEOUT = 120  # seconds per call: generous, a hang is what is caught, not slowness
EXIT_INTERNAL = 70

SENSIBLE = [
    "en", "he", "iw", "lv_LV", "hy-AM", "ka", "xx", "five-steps", "social", "restore-value", "formal", "warm",
    "email", "chat", "social", "phone", "we", "i", "feminine", "masculine", "unknown", "text", "json", "html",
    "zendesk", "freshdesk", "csv", "gorgias", "error", "warning", "0", "7", "-1", "9" * 40,
    "issue=Your parcel arrived late.", "compensation_amount=1e400", "compensation_amount=0.0000001",
    "compensation_currency=EUR", "days_late=" + "9" * 27, "follow_up_date=0001-01-01", "follow_up_date=2999-01-01",
    "issue=A\r\nB.", "issue=\x1b[2J", "contact=&#123;&#123;ticket.requester.email&#125;&#125;", "=x", "issue",
]
BOMB = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 10)
) + "facts:\n  compensation_amount: *a9\n  compensation_currency: EUR\n"
HOSTILE_FILES = [
    BOMB.encode(),
    ("issue: " + "[" * 100_000 + "]" * 100_000).encode(),
    ("days_late: " + "9" * 5000 + "\n").encode(),
    '{"locales": [{"id": ' .encode() + b"9" * 5000 + b', "locale": "en"}]}',
    b"[" * 100_000 + b"]" * 100_000,
    "issue: Hello.\n".encode("utf-16"),
    bytes(range(256)),
    b"1: x\nissue: y\n",
    "facts:\n  issue: Late.\n  follow_up_date: {in_days: 3}\n".encode(),
    '[{"id": 1, "name": "General"}]'.encode(),
    ("On " + "a " * 40 + "\n" + "lietotājs " * 2000).encode(),
    ("sorry if you were upset. " * 200).encode(),
    ("a" + "\u0301\u0316" * 5000).encode(),
    "ｓｏｒｒｙ， ｂｕｔ".encode(),
]
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
LOCALE_CODES = ["root", "und", "zh-Hant-TW", "he_IL@calendar=hebrew", "en-US-x-private", "EN", "i-klingon", "-", "_"]
FACT_NAMES = ["customer_name", "agent_name", "company", "issue", "cause", "fix", "prevention", "compensation_amount",
              "compensation_currency", "free_months", "follow_up_date", "days_late", "contact", "nope", ""]
FACT_VALUES = TEXT | st.sampled_from(["1e400", "0.0000001", "-5", "NaN", "inf", "9" * 30, "0001-01-01", "2999-12-31",
                                      "EUR", "JPY", "xyz", "\r\n", "\u202e", "a" * 3000])
FACTS = st.builds(lambda name, value: f"{name}={value}", st.sampled_from(FACT_NAMES), FACT_VALUES | st.just("Late."))


def _valid_values() -> dict[str, list[str]]:
    """Right values per option (from the catalog and the targets), drawn four times in five:
    a call that fails on its first option never reaches the code behind the others."""
    from phrasebank.catalog import load
    from phrasebank.macros import targets

    catalog = load()
    values = {name: list(choices) for name, choices in catalog.options.items()}
    values.update(
        playbook=list(catalog.playbooks), target=list(targets.names()), locale=["en", "he", "lv", "ka", "hy", "he-IL"],
        hint=["en", "lv", "iw"], seed=["0", "7", "4294967296"],
    )
    return values


VALID = _valid_values()


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = cli.build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


SUBCOMMANDS = _subcommands()


def _kind(action: argparse.Action) -> str:
    """What an option's value is: a file to read, a folder to write, a locales folder, or text."""
    name = f"{action.dest} {action.metavar or ''}".lower()
    if action.dest == "out":
        return "out"
    if action.dest in ("locales_dir", "locales_path"):
        return "locales"
    if "file" in name:
        return "file"
    return "text"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    """A folder for every call's files: a small locales folder (English only, so `check` stays quick)."""
    root = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(bundled_dir() / "en", root / "locales" / "en")
    from phrasebank.preview import build

    build(root / "gallery", locales=["en"])  # warm every cache the children inherit
    return root


def _valid_files() -> dict[str, bytes]:
    """A right file for each option that reads one, by the option's dest."""
    from macros_support import freshdesk_folders, zendesk_account

    message = "We are sorry if you waited, but the courier was late. Paldies!".encode()
    return {
        "facts": b"facts:\n  issue: Your order arrived late.\n  follow_up_date: {in_days: 3}\n  days_late: 2\n",
        "reply_to": message,
        "file": message,
        "zendesk_locales": json.dumps(zendesk_account()).encode(),
        "freshdesk_folders": json.dumps(freshdesk_folders()).encode(),
    }


VALID_FILES = _valid_files()
VALID_FACTS = st.sampled_from(["issue=Your parcel was late.", "customer_name=Dana", "days_late=3", "free_months=2",
                               "contact=help@example.com", "follow_up_date=2999-12-31"]) | st.builds(
    lambda name, text: f"{name}={text}", st.sampled_from(["issue", "customer_name", "cause", "company"]), TEXT
)


@st.composite
def calls(draw, workspace: Path, command: str):
    """One command line: right values, except for at most two options (or stdin) that get hostile ones.

    With every option hostile at once nearly every call would fail on its first one;
    this way most calls run deep into the command with one or two hostile inputs.
    """
    parser = SUBCOMMANDS[command]
    actions = [a for a in parser._actions if not isinstance(a, argparse._HelpAction)]
    hostile = draw(st.sets(st.sampled_from([a.dest for a in actions] + ["stdin"]), max_size=2))
    files: dict[str, bytes] = {}
    argv = [command]

    def new_file(data: bytes) -> str:
        name = f"input-{len(files)}"
        files[name] = data
        return name  # relative: the call runs in its own folder

    def hostile_file() -> str:
        choice = draw(st.sampled_from(["arbitrary", "hostile", "hostile", "missing", "folder", "stdin"]))
        if choice == "missing":
            return str(workspace / "no-such-file.yaml")
        if choice == "folder":
            return str(workspace)
        if choice == "stdin":
            return "-"
        return new_file(draw(st.binary(max_size=600)) if choice == "arbitrary" else draw(st.sampled_from(HOSTILE_FILES)))

    def hostile_value(action: argparse.Action, kind: str) -> str:
        if kind == "out":
            return draw(st.sampled_from(["existing", "not-a-folder/out", "", "out/"]))
        if kind == "locales":
            value = draw(st.sampled_from([str(workspace / "nowhere"), "fuzzed", str(workspace / "not-a-folder")]))
            if value == "fuzzed":
                files["locales/en/apology.ftl"] = draw(st.binary(max_size=400) | st.sampled_from(HOSTILE_FILES))
                return "locales"
            return value
        if kind == "file":
            return hostile_file()
        if action.dest == "fact":
            return draw(FACTS | st.sampled_from(SENSIBLE) | TEXT)
        if action.dest in ("locale", "hint"):
            return draw(st.sampled_from(SENSIBLE[:7] + LOCALE_CODES) | TEXT)
        return draw(st.sampled_from(SENSIBLE) | TEXT)

    def valid_value(action: argparse.Action, kind: str) -> str | None:
        if kind == "out":
            return "out"
        if kind == "locales":  # the bundled locales, except for check: one small locale keeps it quick
            return str(workspace / "locales") if command == "check" else None
        if kind == "file":
            return new_file(VALID_FILES[action.dest])
        if action.dest == "fact":
            return draw(VALID_FACTS)
        if command in ("preview", "macros", "check") and action.dest == "locale":
            return "en"  # a whole gallery, export or check per call would be slow; one locale runs the same code
        if action.choices or action.dest in VALID:
            return draw(st.sampled_from(sorted(action.choices or VALID[action.dest])))
        return draw(st.sampled_from(SENSIBLE) | TEXT)

    for action in actions:
        bad = action.dest in hostile
        kind = _kind(action)
        positional = not action.option_strings
        if not bad and not action.required and draw(st.integers(0, 2)) == 0:
            continue  # an option left out: the default
        if action.nargs == 0:
            argv.append(action.option_strings[0])
            continue
        value = hostile_value(action, kind) if bad else valid_value(action, kind)
        if value is None:
            continue
        if positional:
            argv.append(value)
        else:
            argv += [action.option_strings[-1], value]
    if command in ("preview", "macros", "check") and "--locale" not in argv:
        argv += ["--locale", "en"]
    if command == "compose" and "--locale" not in argv and "--reply-to" not in argv:
        argv += ["--locale", draw(st.sampled_from(VALID["locale"]))]
    if command == "check" and not any(a.endswith("locales") or a == "locales" for a in argv):
        argv += ["--locales", str(workspace / "locales")]
    stdin = draw(st.binary(max_size=400) | st.sampled_from(HOSTILE_FILES)) if "stdin" in hostile else VALID_FILES["file"]
    return argv, files, stdin


def _snapshot(folder: Path) -> dict[str, bytes] | None:
    if not folder.is_dir():
        return None
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _check_call(workspace: Path, command: str, call) -> None:
    argv, files, stdin = call
    folder = workspace / f"call-{time.monotonic_ns()}"
    folder.mkdir()
    try:
        for name, data in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(data)
        (folder / "existing").mkdir()  # a folder of the user's: never replaced
        (folder / "existing" / "notes.txt").write_text("keep me", encoding="utf-8")
        (folder / "not-a-folder").write_text("x", encoding="utf-8")
        given_out = argv[argv.index("--out") + 1] if "--out" in argv[:-1] else ""
        out = folder / given_out
        before = _snapshot(out) if given_out else None
        code, stdout, stderr = run_forked(argv, stdin, folder, timeout=TIMEOUT)
        where = f"phrasebank {' '.join(argv)!r} exited {code}\nstdout: {stdout[:500]!r}\nstderr: {stderr[-2000:]!r}"
        err = stderr.decode("utf-8")  # raises (and fails the test) on invalid UTF-8
        stdout.decode("utf-8")
        assert b"Traceback" not in stderr and code != EXIT_INTERNAL, where
        assert code in (0, 1, 2), where
        if code == 1:
            assert command in ("lint", "check") and stdout, where
        if code == 2:
            errors = [line for line in err.splitlines() if ": error: " in line]
            assert len(errors) == 1 and err.endswith("\n"), where
            assert len(err.splitlines()) == 1 or command == "macros", where  # macros may print progress first
            assert stdout == b"", where
            if given_out:
                assert _snapshot(out) == before, where
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# 25 calls per subcommand in CI (derandomized by the "ci" profile); PHRASEBANK_FUZZ_EXAMPLES=500 for a long hunt.
FUZZ = settings(
    max_examples=int(os.environ.get("PHRASEBANK_FUZZ_EXAMPLES", "25")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.mark.parametrize("command", sorted(SUBCOMMANDS))
def test_every_subcommand_survives_hostile_arguments_files_and_stdin(workspace, command):
    @FUZZ
    @given(call=calls(workspace, command))
    def run(call):
        _check_call(workspace, command, call)

    run()


WORDS = TEXT | st.sampled_from(SENSIBLE + sorted(SUBCOMMANDS) + ["--locale", "--out", "--fact", "--format", "-", "--help"])


@given(args=st.lists(WORDS, max_size=6))
@FUZZ
def test_any_argument_list_is_a_usage_error_or_a_run(workspace, args):
    # Relative names only: every call runs in its own folder, and nothing is written outside it.
    argv = [arg.replace("/", "_").replace("\\", "_") for arg in args]
    command = argv[0] if argv and argv[0] in SUBCOMMANDS else ""
    if command in ("preview", "macros"):
        argv = [command, "--locale", "en", *argv[1:]]
    _check_call(workspace, command, (argv, {}, b""))
