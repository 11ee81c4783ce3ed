"""One locale folder as the checks see it: the parsed .ftl, sample facts with positions, settings.

Everything is read once per run, with positions kept, so every problem can name
file, line and column. Reading never raises for a translator's mistake: an
undecodable file or a broken YAML file is a `Problem` like any other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import ftl
from ..locales import BANK_FILE
from . import settings as _settings
from .problem import Problem

EXAMPLE_FILE = "example.yaml"


@dataclass(eq=False)
class LocaleFiles:
    code: str
    folder: Path
    shown: str  # the folder as the user sees it in messages, e.g. "locales/he"
    parsed: ftl.Parsed | None  # None when apology.ftl cannot be read as UTF-8
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
    data = path.read_bytes()
    try:
        source = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start].decode("utf-8", errors="replace")
        line, column = ftl.line_column(before, len(before))
        problems.append(Problem(shown, line, column, "encoding", "error", None,
                                f"the file is not UTF-8 text ({exc.reason}); save it as UTF-8"))
        return None
    if source.startswith("\ufeff"):
        problems.append(Problem(shown, 1, 1, "invisible-character", "error", None,
                                "the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without BOM"))
    return ftl.parse(source)


def _read_samples(path: Path, shown: str, problems: list[Problem]) -> tuple[dict, dict]:
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(Problem(shown, 1, 1, "missing-file", "error", None,
                                f"{EXAMPLE_FILE} is missing: every locale needs sample facts for checks and the preview"))
        return {}, {}
    except UnicodeDecodeError as exc:
        problems.append(Problem(shown, 1, 1, "encoding", "error", None, f"not UTF-8 text ({exc.reason})"))
        return {}, {}
    try:
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problems.append(Problem(shown, line, column, "yaml-syntax", "error", None, f"not valid YAML: {exc}"))
        return {}, {}
    facts = data.get("facts") if isinstance(data, dict) else None
    if not isinstance(facts, dict):
        problems.append(Problem(shown, 1, 1, "yaml-syntax", "error", None, "expected a 'facts:' mapping of fact names to values"))
        return {}, {}
    positions: dict[str, tuple[int, int]] = {}
    for key_node, value_node in root.value:
        if key_node.value == "facts" and isinstance(value_node, yaml.MappingNode):
            for fact_key, fact_value in value_node.value:
                mark = fact_value.start_mark
                positions[str(fact_key.value)] = (mark.line + 1, mark.column + 1)
    return {str(k): v for k, v in facts.items()}, positions
