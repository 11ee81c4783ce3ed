"""Hedges ("sorry if…", "sorry, but…") in any expanded variant, found by the hedge linter.

The linter reads whole texts, so each variant is linted as the customer would
read it, facts included (a hedge can straddle a fact); a finding is reported at
the translator's words it covers. A finding entirely inside a fact belongs to
example.yaml, whose text facts are linted on their own.
"""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

from ..catalog import load as load_catalog
from ..errors import BankError
from .problem import Problem
from .sources import LocaleFiles
from .variants import Variant


def check(files: LocaleFiles, variants: list[Variant], root: Path) -> list[Problem]:
    from ..linter import lint

    problems: list[Problem] = []
    try:
        for variant in variants:
            for finding in lint(variant.text, files.code, locales_dir=root):
                index = _first_literal(variant, finding.start, finding.end)
                if index is None:
                    continue
                line, column = files.parsed.position(variant.source_offset(index))
                problems.append(_problem(files.ftl_file, line, column, variant.message_id, finding, variant.label))
        sentences = {name for name, fact in load_catalog().facts.items() if fact.type == "sentence"}
        for fact, value in files.samples.items():
            if fact not in sentences or not isinstance(value, str) or fact not in files.sample_positions:
                continue
            line, column = files.sample_positions[fact]
            for finding in lint(value, files.code, locales_dir=root):
                problems.append(_problem(files.example_file, line, column, None, finding, f"sample fact {fact!r}"))
    except BankError as exc:
        return [Problem(f"{files.shown}/hedges.yaml", 1, 1, "hedge-rules", "error", None,
                        f"the hedge rules cannot be used, so hedges are not checked: {exc}")]
    return problems


def _first_literal(variant: Variant, start: int, end: int) -> int | None:
    """The first index of [start, end) in the translator's own text, found from the segment at `start` on."""
    segments = variant.segments
    for segment in segments[max(bisect_right(variant.starts, start) - 1, 0):]:
        if segment.start >= end:
            break
        if segment.literal and start < segment.end:
            return max(start, segment.start)
    return None


def _problem(file: str, line: int, column: int, message_id, finding, where: str) -> Problem:
    return Problem(
        file, line, column, "hedge", finding.severity, message_id,
        f"{where}: {finding.text!r} is a hedge ({finding.rule}, {finding.category}): {finding.message} "
        f"Instead: {finding.suggestion}",
    )
