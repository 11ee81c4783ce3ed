"""A file of facts: `compose --facts FILE`, and each locale's sample facts (`example.yaml`).

Both hold a mapping of fact names to values, or one under `facts:`. A date may be
written relative to the day the file is read, `follow_up_date: {in_days: 3}`: a
follow-up date in the past is an error, so sample facts written with a fixed
date would break the checks and the preview as the calendar moves on. Files are
read through `phrasebank.inputs` (bounded, strict UTF-8, YAML without aliases).
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

from . import inputs
from .errors import FactError, shown

RELATIVE_KEY = "in_days"
MAX_DAYS = 3660  # ten years ahead: far beyond any promise to a customer


def read(path: str | Path, what: str = "facts file") -> dict[str, Any]:
    """The facts in a file, relative dates resolved against today; InputError or FactError."""
    return read_with_positions(path, what)[0]


def read_with_positions(path: str | Path, what: str = "facts file") -> tuple[dict[str, Any], dict[str, tuple[int, int]]]:
    """(facts, fact name -> (line, column) of its value), for messages that point into the file."""
    source = inputs.describe(what, path)
    text = inputs.read_text(path, what, limit=inputs.MAX_DATA_BYTES)
    data, root = inputs.yaml_document(text, source)
    node = root
    if isinstance(data, dict) and isinstance(data.get("facts"), dict):
        data = data["facts"]
        node = next(value for key, value in root.value if key.value == "facts")
    if not isinstance(data, dict):
        raise FactError(f"{source} must hold a mapping of fact names to values (at the top, or under 'facts:')")
    positions = {
        key.value: (value.start_mark.line + 1, value.start_mark.column + 1)
        for key, value in node.value
        if isinstance(key.value, str)
    }
    facts = {}
    for name, value in data.items():
        if not isinstance(name, str):
            raise FactError(f"{source}: the fact name {shown(name)} is not text; write the name of a fact, e.g. issue")
        facts[name] = resolve(name, value, source)
    return facts, positions


def resolve(name: str, value: Any, source: str) -> Any:
    """`{in_days: N}` becomes the date N days from today; any other value is returned as it is."""
    if not (isinstance(value, dict) and RELATIVE_KEY in value):
        return value
    days = value[RELATIVE_KEY]
    if set(value) != {RELATIVE_KEY} or not isinstance(days, int) or isinstance(days, bool) or not 0 <= days <= MAX_DAYS:
        raise FactError(
            f"{source}: fact {name!r} must be {{{RELATIVE_KEY}: N}} with N a whole number of days from 0 to "
            f"{MAX_DAYS}, got {shown(value)}"
        )
    return _dt.date.today() + _dt.timedelta(days=days)


__all__ = ["MAX_DAYS", "RELATIVE_KEY", "read", "read_with_positions", "resolve"]
