"""Compose and check customer-support apologies in Hebrew, Georgian, Armenian, Latvian and English.

The public names are imported on first use so that `import phrasebank` (and the
CLI's start-up) does not pay for fluent, babel or langdetect until needed.
"""

from __future__ import annotations

from importlib import import_module

__version__ = "0.1.0"

__all__ = [
    "Apology",
    "Detection",
    "Finding",
    "PhrasebankError",
    "compose",
    "detect_locale",
    "export_macros",
    "lint",
    "push_macros",
]

_HOME = {
    "Apology": "phrasebank.composer",
    "compose": "phrasebank.composer",
    "Detection": "phrasebank.routing",
    "detect_locale": "phrasebank.routing",
    "export_macros": "phrasebank.macros",
    "Finding": "phrasebank.linter",
    "lint": "phrasebank.linter",
    "PhrasebankError": "phrasebank.errors",
    "push_macros": "phrasebank.macros",
}


def __getattr__(name: str):
    if name in _HOME:
        value = getattr(import_module(_HOME[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'phrasebank' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
