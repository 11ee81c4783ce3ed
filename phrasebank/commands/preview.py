"""`phrasebank preview --out DIR`: the static HTML gallery translators open in a browser."""

from __future__ import annotations

import argparse

from .common import add_composition_options, add_locales_dir


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "preview",
        help="write an HTML gallery: every playbook in every locale, side by side",
        description=(
            "Write DIR/index.html: every playbook composed in every locale from its sample facts, each part "
            "labelled with its step and message id, plus the sample facts and a coverage table."
        ),
    )
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to write index.html into (created)")
    parser.add_argument("--locale", action="append", default=[], metavar="L", help="only this locale (repeatable)")
    add_composition_options(parser)
    add_locales_dir(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..preview import Options, build

    options = Options(args.register, args.channel, args.voice, args.customer_gender, args.agent_gender, args.seed)
    index = build(args.out, locales_dir=args.locales_dir, locales=args.locale, options=options)
    print(index)
    return 0
