"""One locale folder as the checks see it: the parsed .ftl, sample facts with positions, settings.

Everything is read once per run (through phrasebank.inputs, like every input),
with positions kept, so every problem can name file, line and column. Reading
never raises for a translator's mistake: an undecodable file, a folder where a
file should be or a broken YAML file is a `Problem` like any other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import factfile, ftl, inputs
from ..errors import FactError
from ..locales import BANK_FILE
from . import settings as _settings
from .problem import Problem

EXAMPLE_FILE = "example.yaml"


@dataclass(eq=False)
class LocaleFiles:
    code: str
    folder: Path
    shown: str  # the folder as the user sees it in messages, e.g. "locales/he"
    parsed: ftl.Parsed | None  # None when apology.ftl cannot be read (missing, a folder, not UTF-8...)
    samples: dict[str, Any]  # example.yaml's facts, as written
    sample_positions: dict[str, tuple[int, int]]  # fact -> (line, column) of its value
    settings: _settings.Settings
    problems: list[Problem] = field(default_factory=list)  # found while reading

    @property
    def ftl_file(self) -> str:
        return f"{self.shown}/{BANK_FILE}"

    @property
    def example_file(self) -> str:
        return f"{self.shown}/{EXAMPLE_FILE}"


def read(code: str, folder: Path, shown: str) -> LocaleFiles:
    problems: list[Problem] = []
    parsed = _read_ftl(folder / BANK_FILE, f"{shown}/{BANK_FILE}", problems)
    samples, positions = _read_samples(folder / EXAMPLE_FILE, f"{shown}/{EXAMPLE_FILE}", problems)
    settings, found = _settings.load(folder, shown)
    problems.extend(found)
    return LocaleFiles(code, folder, shown, parsed, samples, positions, settings, problems)


def _read_ftl(path: Path, shown: str, problems: list[Problem]) -> ftl.Parsed | None:
    try:
        source = inputs.read_text(path, "locale file")
    except inputs.InputError as exc:
        code = "encoding" if exc.kind == "encoding" else "missing-file"
        hint = "; save it as UTF-8" if exc.kind == "encoding" and "save it" not in exc.problem else ""
        problems.append(Problem(shown, exc.line or 1, exc.column or 1, code, "error", None,
                                f"the file {exc.problem}{hint}"))
        return None
    if source.startswith("\ufeff"):
        problems.append(Problem(shown, 1, 1, "invisible-character", "error", None,
                                "the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without BOM"))
    return ftl.parse(source)


def _read_samples(path: Path, shown: str, problems: list[Problem]) -> tuple[dict, dict]:
    """The sample facts ({in_days: N} dates resolved against today) and the position of each value."""
    try:
        return factfile.read_with_positions(path, "sample facts file")
    except inputs.InputError as exc:
        if exc.kind == "missing":
            message = f"{EXAMPLE_FILE} is missing: every locale needs sample facts for checks and the preview"
        else:
            message = f"the file {exc.problem}"
        code = {"missing": "missing-file", "encoding": "encoding"}.get(exc.kind, "yaml-syntax")
        problems.append(Problem(shown, exc.line or 1, exc.column or 1, code, "error", None, message))
    except FactError as exc:
        problems.append(Problem(shown, 1, 1, "bad-sample-fact", "error", None, str(exc)))
    return {}, {}
