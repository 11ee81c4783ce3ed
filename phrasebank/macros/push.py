"""`push_macros`: bring a helpdesk account in line with an export, and nothing more.

An admin's job is "have these apologies in our helpdesk and keep them current", not
"post 43 files". So a push reads an export (`phrasebank macros --out DIR`), lists
what the account already has, and plans by stable key: create what is missing,
update what differs, leave alone what is the same, report (never delete) what the
export no longer has. A dry run — the default — stops there and sends nothing; with
`apply` it makes exactly the planned calls, in order, so a second push of the same
export makes no write call at all.

When a write fails, the push stops at once (a 4xx will not get better by retrying)
with the vendor's own message and the file that caused it, and the `PushStopped`
error carries every change made before it: the account is never left with a
half-written object nobody was told about, and a re-run's plan simply continues.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

from . import credentials as _credentials
from . import schema, targets
from .api import Api, PushError, RetryPolicy
from .plan import Change, resolve, summary
from .vendors import VENDORS, ExportFiles, File, Options

MANIFEST = "manifest.json"
REPORT_VERSION = 1


@dataclass(frozen=True)
class PushResult:
    """What a push planned and, with apply, did: one Change per object, and the counts."""

    target: str
    applied: bool
    changes: tuple[Change, ...]
    summary: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"version": REPORT_VERSION, "target": self.target, "applied": self.applied,
                "summary": self.summary, "changes": [change.as_dict() for change in self.changes]}


class PushStopped(PushError):
    """A write failed: `result` holds what was done before it, `change` the object that failed."""

    def __init__(self, result: PushResult, change: Change, error: PushError):
        self.result = result
        self.change = change
        self.error = error
        made = sum(c.done for c in result.changes)
        where = f"{change.path} ({change.key})" if change.path else f"{change.kind} {change.key}"
        partly = f"; {change.done} of {change.writes} calls for it were made first" if change.done else ""
        super().__init__(
            f"{error} — caused by {where}{partly}; {made} write calls were made before stopping (listed in the "
            "report); fix the cause and push again: the new plan continues from here"
        )


def push_macros(
    target: str,
    from_dir: str | Path,
    *,
    apply: bool = False,
    account: str | None = None,
    base_url: str | None = None,
    credentials: str | Path | Mapping[str, str] | None = None,
    mailbox: str | None = None,
    folder: str | None = None,
    inbox: str | None = None,
    zendesk_macros: str = "dynamic-content",
    retry: RetryPolicy | None = None,
    progress: Callable[[str], None] | None = None,
) -> PushResult:
    """Plan (and with `apply=True`, make) the calls that bring `target`'s account in line with the export in `from_dir`.

    `credentials`: a file of NAME=value lines, or a mapping (default: the environment);
    the names are in targets.yaml (`ZENDESK_EMAIL`, `ZENDESK_API_TOKEN`...). `account` is
    the helpdesk's subdomain where its API lives on one (`acme` for acme.zendesk.com);
    `base_url` replaces the whole address (a sandbox, a proxy).
    """
    spec = targets.get(target)
    if spec.push is None:
        raise PushError(f"{spec.label}: nothing to push: {spec.manual}")
    say = progress or (lambda line: None)
    export = read_export(from_dir, target)
    options = Options(mailbox=mailbox, folder=folder, inbox=inbox, zendesk_macros=zendesk_macros)
    vendor_class = VENDORS[target]
    address = _base_url(spec, account, base_url)
    if isinstance(credentials, Mapping):
        secrets = _credentials.read(spec.push, spec.label, environ=credentials)
    else:
        secrets = _credentials.read(spec.push, spec.label, file=credentials)
    with Api(spec.push, base_url=address, credentials=secrets, label=spec.label, retry=retry,
             on_wait=lambda line: say(f"{spec.label}: {line}")) as api:
        vendor = vendor_class(api, export, options, targets.keys())
        vendor.check()
        say(f"{spec.label}: listing what the account has")
        changes = vendor.plan()
        planned = PushResult(target, False, tuple(changes), summary(changes))
        if not apply:
            return planned
        total, made, known = planned.summary["writes"], 0, {}
        for change in changes:
            for call in change.calls:
                made += 1
                say(f"{spec.label}: [{made}/{total}] {change.action} {change.kind} {change.key}")
                try:
                    answer = api.call(call.endpoint, resolve(call.body, known), **resolve(call.where, known))
                except PushError as error:
                    raise PushStopped(PushResult(target, True, tuple(changes), summary(changes)), change, error) from None
                change.done += 1
                if call.remember:
                    known[call.remember] = _answer_id(answer, call, spec.label)
        return PushResult(target, True, tuple(changes), summary(changes))


def read_export(from_dir: str | Path, target: str) -> ExportFiles:
    """An export folder as push needs it: its manifest (version 2) and every file's document."""
    root = Path(from_dir)
    try:
        manifest = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PushError(f"{str(root)!r} holds no {MANIFEST}: name a folder written by `phrasebank macros --out`") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise PushError(f"{str(root / MANIFEST)!r} cannot be read as JSON: {exc}") from None
    if isinstance(manifest, dict) and manifest.get("version") != 2:
        raise PushError(
            f"{str(root / MANIFEST)!r} is a version {manifest.get('version')} export; push reads version 2 "
            "(stable keys): export again with this phrasebank"
        )
    problems = schema.problems("manifest", "manifest", manifest)
    if problems:
        raise PushError(f"{str(root / MANIFEST)!r} is not a phrasebank export manifest: {problems[0]}")
    if manifest["target"] != target:
        raise PushError(f"{str(root)!r} is an export for {manifest['target']}, not {target}: "
                        f"push it with --target {manifest['target']}")
    files = []
    for entry in manifest["files"]:
        path = root / entry["path"]
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise PushError(f"{str(path)!r}, listed in {MANIFEST}, cannot be read: {exc}") from None
        files.append(File(entry["path"], entry["kind"], entry["key"], entry["title"], entry["locale"],
                          entry["playbook"], entry["folder"], document))
    options = {name: manifest["options"][name] for name in ("register", "channel", "voice")}
    return ExportFiles(target, tuple(manifest["locales"]), options, dict(manifest["channels"]), tuple(files))


def _base_url(spec, account: str | None, base_url: str | None) -> str:
    if base_url:
        return base_url
    pattern = spec.push["base_url"]
    if "{account}" in pattern:
        if not account:
            raise PushError(f"{spec.label} needs --account: {spec.push['account']}")
        if not account.replace("-", "").isalnum():
            raise PushError(f"--account {account!r}: expected {spec.push['account']}, letters, digits and '-' only")
        return pattern.format(account=account)
    return pattern


def _answer_id(answer: Any, call, label: str) -> Any:
    from .api import dig

    found = dig(answer, call.answer_id)
    if found is None:
        raise PushError(f"{label}: {call.endpoint} answered without {call.answer_id!r}; cannot go on")
    return found
