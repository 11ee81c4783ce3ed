"""`phrasebank check`: every problem in the locale files, one line each (or versioned JSON).

Exit status: 0 clean, 1 problems found (errors, and warnings unless
`--fail-on error`), 2 bad usage. Notes, such as "no spelling check for this
language", are printed but never fail a run.
"""

from __future__ import annotations

import argparse
import json
import sys

from ..errors import PhrasebankError

EXIT_CLEAN, EXIT_PROBLEMS = 0, 1


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "check",
        help="check the locale files: syntax, completeness, variables, plurals, hedges, language, spelling, hygiene",
        description=(
            "Check the bundled locales, or a translator's checkout of the locales folder. Prints one line per "
            "problem, `file:line:column: code message`; exits 0 when clean, 1 when problems are found, 2 on bad usage."
        ),
    )
    parser.add_argument("locales_path", nargs="?", metavar="LOCALES_DIR",
                        help="the locales folder to check (default: the bundled locales)")
    parser.add_argument("--locales", metavar="DIR", dest="locales_dir", help="the same as LOCALES_DIR")
    parser.add_argument("--locale", action="append", default=[], metavar="L",
                        help="check only this locale (repeatable); English is always read as the reference")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--fail-on", choices=("error", "warning"), default="warning",
                        help="the least severe problem that makes the exit status 1 (default: warning)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..checks.runner import check

    if args.locales_path and args.locales_dir and args.locales_path != args.locales_dir:
        raise PhrasebankError("give the locales folder once: LOCALES_DIR or --locales DIR, not two different ones")
    report = check(args.locales_path or args.locales_dir, args.locale)
    if args.format == "json":
        sys.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        for problem in report.sorted():
            sys.stdout.write(problem.as_line() + "\n")
        counts = report.counts()
        print(
            f"phrasebank check: {counts['error']} error(s), {counts['warning']} warning(s), {counts['note']} note(s) "
            f"in {', '.join(report.locales)}",
            file=sys.stderr,
        )
    return EXIT_PROBLEMS if report.failed(args.fail_on) else EXIT_CLEAN
