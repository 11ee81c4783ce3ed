"""`phrasebank detect`: which bundled locale a customer's message is written in.

Prints the locale code, or `und` when the message is in none of them (or says
too little). `--format json` prints a versioned object for programs:
`{"version": 1, "locale": "lv" | null, "confidence": 0.83, "method": "words"}`.
Exit status: 0 whenever a decision was made (`und` included), 2 on bad usage
(unreadable file, unknown --hint, broken --locales folder), with one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys

from ..errors import PhrasebankError, one_line
from .common import add_locales_dir, read_input

JSON_VERSION = 1
EXIT_OK = 0
EXIT_USAGE = 2
UNDETERMINED = "und"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "detect",
        help="tell which locale a customer's message is written in",
        description=(
            "Print the code of the bundled locale a customer's message is written in, "
            "or 'und' when it is in another language or says too little. Quoted earlier "
            "messages, signatures, URLs, e-mail addresses and order numbers are ignored."
        ),
    )
    parser.add_argument(
        "--hint",
        metavar="L",
        help="the customer's locale as the helpdesk knows it (he-IL, lv_LV, iw...); "
        "used only when the message itself is too short or ambiguous",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json")
    add_locales_dir(parser)
    parser.add_argument("file", nargs="?", default="-", metavar="FILE", help="the message; '-' (default) reads stdin")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        from ..routing import detect_locale

        text = read_input(args.file)
        detection = detect_locale(text, hint=args.hint, locales_dir=getattr(args, "locales_dir", None))
    except PhrasebankError as exc:
        print(f"phrasebank: error: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "json":
        payload = {
            "version": JSON_VERSION,
            "locale": detection.locale,
            "confidence": detection.confidence,
            "method": detection.method,
        }
        sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write((detection.locale or UNDETERMINED) + "\n")
    return EXIT_OK
