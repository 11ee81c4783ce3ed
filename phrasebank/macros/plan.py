"""What a push would do: one `Change` per object, found by its stable key.

A helpdesk API does not update by title, so posting an export twice would duplicate
every macro. A push therefore lists what the account already has, matches each
object to an exported file by the key the file carries (targets.yaml `keys`), and
only then decides: create what is missing, update what differs, leave alone what is
the same, and report — never delete — the account's phrasebank objects this export
no longer has (`stale`). The plan is the same data for a dry run, for `--apply`, and
for the report of a push that stopped half-way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ACTIONS = ("create", "update", "unchanged", "stale")


@dataclass(frozen=True)
class Ref:
    """A value known only once an earlier call of the same push has answered (a new folder's id)."""

    name: str


@dataclass
class Call:
    """One write request: an endpoint of targets.yaml, its path values and its JSON body."""

    endpoint: str
    body: Any = None
    where: dict[str, Any] = field(default_factory=dict)
    what: str = ""  # for the report: "variants ka, hy created"
    remember: str | None = None  # store the answer's id under this Ref name
    answer_id: str = "id"  # where the id is in the answer (dotted)


@dataclass
class Change:
    action: str  # create | update | unchanged | stale
    kind: str  # the manifest's kind (macro, dynamic_content_item, canned_response...) or "folder"
    key: str
    title: str | None = None
    path: str | None = None  # the export file it comes from (None for stale objects and folders)
    detail: str = ""
    calls: list[Call] = field(default_factory=list)
    done: int = 0  # calls made so far

    @property
    def writes(self) -> int:
        return len(self.calls)

    def as_dict(self) -> dict:
        return {"action": self.action, "kind": self.kind, "key": self.key, "title": self.title, "file": self.path,
                "detail": self.detail, "calls": self.writes, "done": self.done}


def subset_equal(wanted: Any, found: Any) -> bool:
    """Whether the account's `found` already says everything `wanted` says (extra fields ignored)."""
    if isinstance(wanted, dict):
        return isinstance(found, dict) and all(subset_equal(value, found.get(key)) for key, value in wanted.items())
    if isinstance(wanted, list):
        return (isinstance(found, list) and len(found) == len(wanted)
                and all(subset_equal(a, b) for a, b in zip(wanted, found)))
    return wanted == found


def summary(changes: list[Change]) -> dict[str, int]:
    counts = {action: 0 for action in ACTIONS}
    for change in changes:
        counts[change.action] += 1
    counts["writes"] = sum(change.writes for change in changes)
    return counts


def resolve(value: Any, known: dict[str, Any]) -> Any:
    """`value` with every Ref replaced by what an earlier call answered."""
    if isinstance(value, Ref):
        return known[value.name]
    if isinstance(value, dict):
        return {key: resolve(item, known) for key, item in value.items()}
    if isinstance(value, list):
        return [resolve(item, known) for item in value]
    return value
