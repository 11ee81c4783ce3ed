"""The `phrasebank` command line.

Each subcommand lives in its own module under `phrasebank.commands` (found there,
not listed here, so a new command is one new file) and imports
the heavy libraries (fluent, babel, langdetect) only when it runs, so `--help`
starts fast. Errors reach the user as one line on stderr and exit status 2,
usage errors included (no usage block). An unexpected exception is a bug: it
is one line naming the command, exit status 70, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from .errors import Interrupted, PhrasebankError, one_line

EXIT_USAGE = 2
EXIT_INTERNAL = 70  # BSD's EX_SOFTWARE: a bug of ours, never the input's fault (the CLI fuzz test fails on it)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's own exit code is already 2; one line, as for every error
        raise SystemExit(f"{self.prog}: error: {message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="phrasebank",
        description="Compose and check customer-support apologies in he, ka, hy, lv and en.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    from . import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        if hasattr(module, "register"):
            module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        if isinstance(exit_.code, str):
            print(one_line(exit_.code), file=sys.stderr)
            return EXIT_USAGE
        return int(exit_.code or 0)
    try:
        return args.func(args)
    except PhrasebankError as exc:
        print(f"phrasebank: error: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except Interrupted as stop:  # SIGTERM/SIGHUP while writing a folder: already cleaned up
        print(f"phrasebank: {stop}", file=sys.stderr)
        return 128 + stop.signum
    except KeyboardInterrupt:
        print("phrasebank: interrupted", file=sys.stderr)
        return 128 + 2
    except Exception as exc:  # the last resort: every input error has its own message; this is a bug
        from .errors import shown

        print(
            f"phrasebank {args.command}: internal error ({type(exc).__name__}: {one_line(shown(str(exc)))}); "
            "please report it with the command line",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def entry() -> None:
    sys.exit(main())
