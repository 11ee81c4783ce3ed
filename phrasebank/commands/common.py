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
    parser.add_argument(
        "--channel", default=None,
        help="email, chat, social or phone (default: the playbook's own — email for a letter, social for the public reply)",
    )
    parser.add_argument("--voice", default="we", help="we (company, default) or i (personal)")
    if genders:
        parser.add_argument("--customer-gender", default="unknown", help="feminine, masculine or unknown (default)")
        parser.add_argument("--agent-gender", default="unknown", help="feminine, masculine or unknown (default)")
    parser.add_argument("--seed", type=int, default=0, help="variant choice seed (default 0); same seed, same wording")


def read_input(name: str) -> str:
    """The text of FILE, or of stdin for '-': bounded and strict UTF-8 (phrasebank.inputs), else a usage error."""
    from ..inputs import read_stdin, read_text

    return read_stdin() if name == "-" else read_text(name, "file")


def parse_facts(items: list[str]) -> dict[str, str]:
    """`--fact KEY=VALUE` options as a mapping; a malformed or repeated one is an error, never overwritten."""
    from ..errors import FactError, shown

    facts: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise FactError(f"--fact expects KEY=VALUE, got {shown(item)}")
        if key in facts:
            raise FactError(
                f"--fact {key} is given twice ({shown(facts[key])} and {shown(value)}); give each fact once"
            )
        facts[key] = value
    return facts
