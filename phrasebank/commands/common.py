"""Arguments and input handling shared by the subcommands."""

from __future__ import annotations

import argparse


def add_locales_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--locales",
        metavar="DIR",
        dest="locales_dir",
        help="a locales folder to use instead of the bundled one (e.g. a translator's checkout)",
    )


def add_composition_options(parser: argparse.ArgumentParser, *, genders: bool = True) -> None:
    """The options every composing command shares; values are checked by compose() against the catalog."""
    parser.add_argument("--register", default="formal", help="formal (default) or warm")
    parser.add_argument("--channel", default="email", help="email (default), chat, social or phone")
    parser.add_argument("--voice", default="we", help="we (company, default) or i (personal)")
    if genders:
        parser.add_argument("--customer-gender", default="unknown", help="feminine, masculine or unknown (default)")
        parser.add_argument("--agent-gender", default="unknown", help="feminine, masculine or unknown (default)")
    parser.add_argument("--seed", type=int, default=0, help="variant choice seed (default 0); same seed, same wording")


def read_input(name: str) -> str:
    """The text of FILE, or of stdin for '-': bounded and strict UTF-8 (phrasebank.inputs), else a usage error."""
    from ..inputs import read_stdin, read_text

    return read_stdin() if name == "-" else read_text(name, "file")
