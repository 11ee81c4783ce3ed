"""Every document is checked against its helpdesk's JSON Schema before anything is written.

The schemas (phrasebank/schemas/<target>.json) are written from the vendors' API
documentation and ship in the wheel; each names the kinds of document it knows in
`$defs` (`macro_create`, `item_create`, `locales_response`...). A document that
breaks its schema is an export bug or a doctored bank, and the helpdesk would reject
it half-way through an import — so the whole export stops, naming the file, the
place in the document and the rule.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from .errors import ExportError

SCHEMA_DIR = "schemas"


@lru_cache(maxsize=16)
def schema(name: str) -> dict[str, Any]:
    """The parsed schema file `name`.json (a target's name, or `manifest`)."""
    source = resources.files("phrasebank") / SCHEMA_DIR / f"{name}.json"
    try:
        return json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ExportError(f"no JSON Schema {name}.json in the installed package ({source})") from None


@lru_cache(maxsize=64)
def _validator(name: str, definition: str):
    from jsonschema import Draft202012Validator

    root = schema(name)
    if definition not in root.get("$defs", {}):
        raise ExportError(f"{name}.json defines no {definition!r}; it has {', '.join(root.get('$defs', {}))}")
    wrapper = {"$schema": root["$schema"], "$defs": root["$defs"], "$ref": f"#/$defs/{definition}"}
    return Draft202012Validator(wrapper)


def problems(name: str, definition: str, document: Any) -> list[str]:
    """Each way `document` breaks `name`.json#/$defs/`definition`, as "at <path>: <rule>"; empty if none."""
    found = []
    for error in sorted(_validator(name, definition).iter_errors(document), key=lambda e: list(e.absolute_path)):
        path = "".join(f"[{p!r}]" if isinstance(p, str) else f"[{p}]" for p in error.absolute_path) or "(top)"
        found.append(f"at {path}: {error.message}")
    return found


def validate(name: str, definition: str, document: Any, *, where: str) -> None:
    """Raise ExportError naming `where` if `document` breaks the schema."""
    found = problems(name, definition, document)
    if found:
        shown = "; ".join(found[:3]) + (f"; and {len(found) - 3} more" if len(found) > 3 else "")
        raise ExportError(f"{where} does not match {name}.json#/$defs/{definition}: {shown}")
