"""`phrasebank preview --out DIR`: the static HTML gallery translators open in a browser."""

from __future__ import annotations

import argparse

from .common import add_locales_dir


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
    parser.add_argument("--register", default="formal", help="formal (default) or warm")
    parser.add_argument("--channel", default="email", help="email (default), chat, social or phone")
    parser.add_argument("--voice", default="we", help="we (default) or i")
    parser.add_argument("--customer-gender", default="unknown", help="feminine, masculine or unknown (default)")
    parser.add_argument("--agent-gender", default="unknown", help="feminine, masculine or unknown (default)")
    parser.add_argument("--seed", type=int, default=0, help="variant choice seed (default 0)")
    add_locales_dir(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..preview import Options, build

    options = Options(args.register, args.channel, args.voice, args.customer_gender, args.agent_gender, args.seed)
    index = build(args.out, locales_dir=args.locales_dir, locales=args.locale, options=options)
    print(index)
    return 0
