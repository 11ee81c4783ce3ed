"""`phrasebank lint`: find hedges ("sorry if…", "sorry, but…") in a text an agent wrote.

Exit status is what a helpdesk macro or a CI step reads: 0 when no
error-level hedge is found (warnings alone pass), 1 when one is, 2 on bad
usage (unknown locale, unreadable file). The JSON output is versioned
(`{"version": 1, ...}`, documented in docs/hedges.md) so programs can rely on
it; the text output is for people and marks each hedge inside its sentence.
The linter itself is imported only when the command runs: `--help` stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys

from ..errors import PhrasebankError, one_line
from .common import add_locales_dir, read_input

JSON_VERSION = 1
EXIT_CLEAN, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2
MARK_START, MARK_END = "\u27e6", "\u27e7"  # ⟦ ⟧: in no script's text, mirrored correctly in RTL


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "lint",
        help="find hedges in an apology (exit 1 when an error-level hedge is found)",
        description=(
            "Check an apology for hedges: conditional ('sorry if'), adversative ('sorry, but'), "
            "feelings ('sorry you feel'), excuses (errors); agentless passives, minimising and "
            "vague promises (warnings). Exit 0: no error; 1: errors found; 2: bad usage."
        ),
    )
    parser.add_argument(
        "file", nargs="?", default="-", metavar="FILE", help="the text to check ('-' or nothing: stdin)"
    )
    parser.add_argument(
        "--locale", required=True, help="locale code (he, ka, hy, lv, en; he-IL, lv_LV... are understood)"
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    add_locales_dir(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        from ..linter import apply_fix, matcher
        from ..locales import negotiate, resolve_dir

        text = read_input(args.file)
        root = resolve_dir(args.locales_dir)
        locale = negotiate(args.locale, root)
        rules = matcher(root / locale)  # the locale's compiled rules, looked up once for every finding
        findings = rules.find(text)
    except PhrasebankError as exc:
        print(f"phrasebank lint: error: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    from ..positions import Lines

    lines = Lines(text)
    rows = []
    for finding in findings:
        first, last = rules.sentence_bounds(text, finding.start, finding.end)
        rows.append((finding, *lines.position(finding.start), first, last, apply_fix(text, finding, first, last)))
    if args.format == "json":
        _print_json(locale, text, rows)
    else:
        _print_text(args.file, text, rows)
    return EXIT_ERRORS if any(f.severity == "error" for f in findings) else EXIT_CLEAN


def _print_json(locale: str, text: str, rows) -> None:
    """The versioned document, one finding per line.

    Each finding goes through json's C encoder on its own: `indent=` would send the
    whole document through the pure-Python one, most of the time on a long text.
    """
    head = json.dumps({"version": JSON_VERSION, "locale": locale}, ensure_ascii=False)[:-1]
    findings = ",\n  ".join(
        json.dumps(
            {**finding.as_dict(), "line": line, "column": column, "sentence": text[first:last], "rewrite": rewrite},
            ensure_ascii=False,
        )
        for finding, line, column, first, last, rewrite in rows
    )
    sys.stdout.write(f'{head}, "findings": [' + (f"\n  {findings}\n" if rows else "") + "]}\n")


def _print_text(name: str, text: str, rows) -> None:
    label = "<stdin>" if name == "-" else name
    for finding, line, column, first, last, rewrite in rows:
        marked = (
            text[first : finding.start] + MARK_START + finding.text + MARK_END + text[finding.end : last]
        )
        by = " (model)" if finding.source == "model" else ""  # the model read the whole sentence (docs/hedges.md)
        print(f"{label}:{line}:{column}: {finding.severity}: {finding.rule} [{finding.category}] \"{finding.text}\"{by}")
        print(f"    {' '.join(marked.split())}")
        print(f"    {finding.message}")
        if rewrite is not None:
            print(f"    → {' '.join(rewrite.split())}")
        print(f"    → {finding.suggestion}")
    errors = sum(f.severity == "error" for f, *_ in rows)
    warnings = len(rows) - errors
    print(f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}")
