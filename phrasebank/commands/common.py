"""Arguments and input handling shared by the subcommands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import PhrasebankError


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
    """The text of FILE, or of stdin for '-'; a missing or undecodable file is a usage error."""
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PhrasebankError(f"file {name!r} does not exist") from None
    except UnicodeDecodeError as exc:
        raise PhrasebankError(f"file {name!r} is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise PhrasebankError(f"cannot read {name!r}: {exc.strerror}") from None
