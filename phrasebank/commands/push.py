"""`phrasebank macros push`: send an export to the helpdesk's API — a dry run unless --apply.

stdout gets the plan (or, with --apply, what was done): one line per object,
`action<TAB>kind<TAB>key<TAB>file or title<TAB>detail`, then a summary line; or with
--format json one versioned report (`"version": 1`). Progress and retries go to
stderr. Exit 0 when the plan was made (and, with --apply, carried out), 2 on any
error; a push that stopped half-way still prints what it did before the error line.
Credentials come from the environment or --credentials FILE, never from an argument.
"""

from __future__ import annotations

import argparse
import json
import sys


def add_parser(actions) -> None:
    parser = actions.add_parser(
        "push",
        help="send an export to the helpdesk: plan by stable key, then --apply",
        description=(
            "Read an export (phrasebank macros --out DIR), list what the helpdesk account already has, and "
            "print what would change: create, update, unchanged, stale (stale objects are never deleted). "
            "Nothing is sent without --apply. Credentials come from environment variables or --credentials "
            "FILE (NAME=value lines), never from arguments."
        ),
    )
    parser.add_argument("--target", required=True, help="zendesk, freshdesk, helpscout, gorgias or front")
    parser.add_argument("--from", dest="from_dir", required=True, metavar="DIR", help="an export folder")
    parser.add_argument("--apply", action="store_true", help="make the planned calls (default: dry run)")
    parser.add_argument("--account", metavar="NAME", help="the helpdesk subdomain: acme for acme.zendesk.com")
    parser.add_argument("--base-url", metavar="URL", help="the API's address instead (a sandbox or proxy)")
    parser.add_argument("--credentials", metavar="FILE", help="a file of NAME=value lines (default: the environment)")
    parser.add_argument("--mailbox", metavar="ID", help="Help Scout: the mailbox the saved replies belong to")
    parser.add_argument("--folder", metavar="ID", help="Front: the message template folder (rsf_...)")
    parser.add_argument("--inbox", metavar="ID", help="Front: the only inbox the templates are for (inb_...)")
    parser.add_argument(
        "--zendesk-macros", default="dynamic-content", metavar="WHICH",
        help="Zendesk: dynamic-content (items and one macro per playbook, default) or per-locale "
        "(one plain macro per language, for plans without dynamic content)",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text", help="stdout format (default text)")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..macros.push import PushStopped, push_macros

    def progress(line: str) -> None:
        print(f"phrasebank macros push: {line}", file=sys.stderr, flush=True)

    try:
        result = push_macros(
            args.target, args.from_dir, apply=args.apply, account=args.account, base_url=args.base_url,
            credentials=args.credentials, mailbox=args.mailbox, folder=args.folder, inbox=args.inbox,
            zendesk_macros=args.zendesk_macros, progress=None if args.quiet else progress,
        )
    except PushStopped as stopped:
        _print(stopped.result, args.format, stopped=stopped)
        raise
    _print(result, args.format)
    return 0


def _print(result, form: str, stopped=None) -> None:
    if form == "json":
        report = result.as_dict()
        if stopped is not None:
            report["stopped"] = {"key": stopped.change.key, "file": stopped.change.path, "error": str(stopped.error)}
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return
    for change in result.changes:
        if stopped is not None and not change.done and change is not stopped.change:
            continue  # after a stop, the report lists what was done (and the change that failed)
        where = change.path or change.title or ""
        print("\t".join((_done(change, result.applied), change.kind, change.key, where, change.detail)).rstrip("\t"))
    counts = result.summary
    line = (f"{result.target}: {counts['create']} create, {counts['update']} update, {counts['unchanged']} unchanged, "
            f"{counts['stale']} stale; {counts['writes']} write calls")
    if stopped is not None:
        line += f"; stopped after {sum(c.done for c in result.changes)} of them"
    elif result.applied:
        line += " made"
    else:
        line += " (dry run: nothing was sent; add --apply to make them)"
    print(line)


def _done(change, applied: bool) -> str:
    if not applied or change.action in ("unchanged", "stale"):
        return change.action
    if change.done == change.writes:
        return {"create": "created", "update": "updated"}[change.action]
    return f"{change.action}: {change.done} of {change.writes} calls made"
