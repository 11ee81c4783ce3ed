"""`phrasebank compose`: one apology from the command line."""

from __future__ import annotations

import argparse
import sys

from ..errors import PhrasebankError, shown
from .common import add_composition_options, add_locales_dir, parse_facts, read_input

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
    from .. import factfile
    from ..composer import compose
    from ..locales import negotiate, resolve_dir

    given = parse_facts(args.fact)
    locale, detected = _pick_locale(args)
    code = negotiate(locale, args.locales_dir)
    facts: dict = {}  # the sample facts, then the file's, then each --fact: a later source overrides
    if args.example:
        facts.update(factfile.read(resolve_dir(args.locales_dir) / code / EXAMPLE_FILE, "sample facts file"))
    if args.facts:
        facts.update(factfile.read(args.facts, "facts file"))
    facts.update(given)
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
    if detected is not None:  # said once the reply exists: an error stays the only line on stderr
        print(detected, file=sys.stderr)
    sys.stdout.write(output if output.endswith("\n") else output + "\n")
    return 0


def _pick_locale(args: argparse.Namespace) -> tuple[str, str | None]:
    """The locale to reply in, and the line that says how it was detected (None for --locale)."""
    if args.reply_to is None:
        if not args.locale:
            raise PhrasebankError("give --locale L, or --reply-to FILE to answer in the customer's language")
        return args.locale, None
    from ..routing import detect_locale

    detection = detect_locale(read_input(args.reply_to), hint=args.locale, locales_dir=args.locales_dir)
    if detection.locale is None:
        raise PhrasebankError(
            f"could not tell which supported language the message in {shown(args.reply_to)} is written in "
            f"({detection.method}); give --locale L"
        )
    return detection.locale, (
        f"phrasebank: replying in {detection.locale} (detected by {detection.method}, "
        f"confidence {detection.confidence:.2f})"
    )
