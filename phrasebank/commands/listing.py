"""`phrasebank locales | playbooks | steps`: what the bank offers, one per line."""

from __future__ import annotations

import argparse

from .common import add_locales_dir


def register(subparsers) -> None:
    for name, help_text, func in (
        ("locales", "list the locales found in the locales folder", _locales),
        ("playbooks", "list the playbooks (id, source article, summary)", _playbooks),
        ("steps", "list the steps (id, mandatory or optional, purpose)", _steps),
    ):
        parser = subparsers.add_parser(name, help=help_text, description=help_text)
        add_locales_dir(parser)
        parser.set_defaults(func=func)


def _locales(args: argparse.Namespace) -> int:
    from ..locales import available

    for code in available(args.locales_dir):
        print(code)
    return 0


def _playbooks(args: argparse.Namespace) -> int:
    from ..catalog import load
    from ..locales import available

    available(args.locales_dir)  # playbooks are the same in every locales folder, but a wrong --locales is an error
    for book in load().playbooks.values():
        print(f"{book.id}\t{book.seed}\t{book.summary}")
    return 0


def _steps(args: argparse.Namespace) -> int:
    from ..catalog import load
    from ..locales import available

    available(args.locales_dir)  # as for playbooks: --locales is checked, never ignored
    for step in load().steps.values():
        print(f"{step.id}\t{'mandatory' if step.mandatory else 'optional'}\t{step.purpose}")
    return 0
