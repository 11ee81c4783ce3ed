"""`phrasebank compose`: one apology from the command line."""

from __future__ import annotations

import argparse
import sys

from ..errors import FactError, PhrasebankError
from .common import add_composition_options, add_locales_dir, read_input

EXAMPLE_FILE = "example.yaml"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "compose",
        help="compose an apology from facts",
        description="Compose an apology in one locale, following one playbook, from the agent's facts.",
    )
    parser.add_argument("--locale", help="locale code (he, ka, hy, lv, en; he-IL, lv_LV... are understood)")
    parser.add_argument("--reply-to", metavar="FILE", help="pick the locale from the customer's message in FILE ('-' for stdin)")
    parser.add_argument("--playbook", required=True, help="playbook id (see `phrasebank playbooks`)")
    parser.add_argument("--fact", action="append", default=[], metavar="KEY=VALUE", help="a fact, e.g. issue='Your order arrived late.' (repeatable)")
    parser.add_argument("--facts", metavar="FILE", help="a YAML file of facts (a mapping, or one under `facts:`)")
    parser.add_argument("--example", action="store_true", help="start from the locale's bundled sample facts (example.yaml)")
    add_composition_options(parser)
    parser.add_argument("--format", choices=("text", "html", "json"), default="text")
    add_locales_dir(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..composer import compose
    from ..locales import negotiate, resolve_dir

    locale = _pick_locale(args)
    code = negotiate(locale, args.locales_dir)
    facts: dict = {}
    if args.example:
        facts.update(_load_facts(resolve_dir(args.locales_dir) / code / EXAMPLE_FILE))
    if args.facts:
        facts.update(_load_facts(args.facts))
    for item in args.fact:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise FactError(f"--fact expects KEY=VALUE, got {item!r}")
        facts[key.strip()] = value
    apology = compose(
        code,
        args.playbook,
        facts,
        register=args.register,
        channel=args.channel,
        voice=args.voice,
        customer_gender=args.customer_gender,
        agent_gender=args.agent_gender,
        seed=args.seed,
        locales_dir=args.locales_dir,
    )
    output = {"text": apology.text, "html": apology.html, "json": apology.to_json()}[args.format]
    sys.stdout.write(output if output.endswith("\n") else output + "\n")
    return 0


def _pick_locale(args: argparse.Namespace) -> str:
    if args.reply_to is None:
        if not args.locale:
            raise PhrasebankError("give --locale L, or --reply-to FILE to answer in the customer's language")
        return args.locale
    from ..routing import detect_locale

    detection = detect_locale(read_input(args.reply_to), hint=args.locale, locales_dir=args.locales_dir)
    if detection.locale is None:
        raise PhrasebankError(
            f"could not tell which supported language the message in {args.reply_to!r} is written in "
            f"({detection.method}); give --locale L"
        )
    print(
        f"phrasebank: replying in {detection.locale} (detected by {detection.method}, "
        f"confidence {detection.confidence:.2f})",
        file=sys.stderr,
    )
    return detection.locale


def _load_facts(path) -> dict:
    import yaml

    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
    except FileNotFoundError:
        raise FactError(f"facts file {str(path)!r} does not exist") from None
    except yaml.YAMLError as exc:
        raise FactError(f"facts file {str(path)!r} is not valid YAML: {exc}") from None
    if isinstance(data, dict) and isinstance(data.get("facts"), dict):
        data = data["facts"]
    if not isinstance(data, dict):
        raise FactError(f"facts file {str(path)!r} must hold a mapping of fact names to values")
    return data
