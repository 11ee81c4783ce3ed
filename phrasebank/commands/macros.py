"""`phrasebank macros`: export every playbook in every locale as one helpdesk's macros.

Progress goes to stderr (an export composes every playbook in every locale); the
one line on stdout says where the files are, for scripts. Exit 0 on success, 2 on
any error — in which case nothing was written. `phrasebank macros push` (commands/
push.py) sends an export to the helpdesk's API.
"""

from __future__ import annotations

import argparse
import sys

from .common import add_composition_options, add_locales_dir, parse_facts


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "macros",
        help="export helpdesk macros: every playbook in every locale",
        description=(
            "Write every playbook in every locale as the macros, canned responses, saved replies or "
            "templates one helpdesk imports. Facts the helpdesk knows become its placeholders; the "
            "others become localised blanks such as [what went wrong] for the agent to fill in. "
            "Without --channel each playbook is written for its own channel (the letters for email, the "
            "public reply for social media); with --channel, only the playbooks written for that channel."
        ),
    )
    from . import push

    actions = parser.add_subparsers(dest="macros_action", metavar="push", parser_class=type(parser))
    push.add_parser(actions)
    parser.add_argument(
        "--target",
        help="zendesk, freshdesk, helpscout, intercom, gorgias, front, or csv for any other helpdesk (required)",
    )
    parser.add_argument("--out", metavar="DIR", help="folder to write (new, empty, or an earlier export; required)")
    parser.add_argument("--playbook", action="extend", nargs="+", metavar="P", help="only these playbooks (default: all)")
    parser.add_argument("--locale", action="extend", nargs="+", metavar="L", help="only these locales (default: all)")
    add_composition_options(parser, genders=False)
    parser.add_argument(
        "--fact", action="append", default=[], metavar="KEY=VALUE",
        help="a constant of your account written into every macro, e.g. company=Acme (repeatable)",
    )
    parser.add_argument("--zendesk-locales", metavar="FILE", help="your account's GET /api/v2/locales, saved as JSON (zendesk)")
    parser.add_argument(
        "--freshdesk-folders", metavar="FILE",
        help="your account's GET /api/v2/canned_response_folders, saved as JSON, to fill in folder ids "
        "(freshdesk; without it `macros push` finds or creates the folders)",
    )
    parser.add_argument(
        "--default-locale", metavar="L",
        help="the dynamic content variant Zendesk falls back to (zendesk; default: the account's default language)",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    add_locales_dir(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..errors import OptionError
    from ..macros import export_macros

    missing = [flag for flag, value in (("--target", args.target), ("--out", args.out)) if not value]
    if missing:
        raise OptionError(f"phrasebank macros needs {' and '.join(missing)} (or `phrasebank macros push ...`)")


    facts = parse_facts(args.fact)

    def progress(line: str) -> None:
        print(f"phrasebank macros: {line}", file=sys.stderr, flush=True)

    result = export_macros(
        args.target,
        args.out,
        playbooks=args.playbook,
        locales=args.locale,
        register=args.register,
        channel=args.channel,
        voice=args.voice,
        facts=facts,
        seed=args.seed,
        zendesk_locales=args.zendesk_locales,
        freshdesk_folders=args.freshdesk_folders,
        default_locale=args.default_locale,
        locales_dir=args.locales_dir,
        progress=None if args.quiet else progress,
    )
    print(f"{result.path}\t{result.macros} macros\t{len(result.files)} files")
    return 0
