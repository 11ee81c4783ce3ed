"""Hedges ("sorry if…", "sorry, but…") in any expanded variant, found by the hedge linter.

The linter reads whole texts, so each variant is linted as the customer would
read it, facts included (a hedge can straddle a fact); a finding is reported at
the translator's words it covers. A finding entirely inside a fact belongs to
example.yaml, whose text facts are linted on their own.

The rules are data a linguist edits, so their own examples are checked too:
every `must_flag` sentence must be flagged by its rule and no `must_not_flag`
sentence may be. Otherwise an edit that breaks a rule would pass `check` and
only fail in the test suite (or, outside this repository, nowhere).
"""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

import yaml

from ..catalog import load as load_catalog
from ..errors import BankError, PhrasebankError
from ..hedges import HEDGES_FILE
from .problem import Problem
from .sources import LocaleFiles
from .variants import Variant


def check(files: LocaleFiles, variants: list[Variant], root: Path) -> list[Problem]:
    from .. import scorer
    from ..linter import lint

    problems: list[Problem] = []
    try:
        scorer.load(files.folder)  # a bad model file is its own problem, named at that file
    except PhrasebankError as exc:
        return [Problem(f"{files.shown}/{scorer.MODEL_FILE}", getattr(exc, "line", None) or 1,
                        getattr(exc, "column", None) or 1, "hedge-model", "error", None,
                        f"the hedge model cannot be used, so hedges are not checked: {exc}")]
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
        problems.extend(rule_examples(files, root))
    except BankError as exc:
        return [Problem(f"{files.shown}/{HEDGES_FILE}", 1, 1, "hedge-rules", "error", None,
                        f"the hedge rules cannot be used, so hedges are not checked: {exc}")]
    return problems


def rule_examples(files: LocaleFiles, root: Path) -> list[Problem]:
    """Each rule's must_flag examples flagged by that rule, its must_not_flag examples not."""
    from ..linter import matcher

    compiled = matcher(files.folder)  # compiled (and cached) once for lint() as well
    rules = compiled.rules
    shown = f"{files.shown}/{HEDGES_FILE}"
    lines = _example_lines(rules.path)
    problems = []
    for rule in rules.rules:
        for wanted, examples in ((True, rule.must_flag), (False, rule.must_not_flag)):
            for example in examples:
                # the rules' own patterns: the model beside them is trained on these examples, not checked by them
                hits = [f.text for f in compiled.find(example, model=False) if f.rule == rule.id]
                if bool(hits) == wanted:
                    continue
                line, column = lines.get((rule.id, example), (1, 1))
                if wanted:
                    message = (f"rule {rule.id} does not flag its own must_flag example {example!r}: "
                               "widen the pattern or a word class, or remove a context that clears it")
                else:
                    message = (f"rule {rule.id} flags {hits[0]!r} in its own must_not_flag example {example!r}: "
                               "narrow the pattern or add a context that clears it")
                problems.append(Problem(shown, line, column, "hedge-rule-example", "error", None, message))
    return problems


def _example_lines(path: Path) -> dict[tuple[str, str], tuple[int, int]]:
    """(rule id, example) -> (line, column) in the rule file, from YAML nodes (nothing constructed)."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}  # load_rules() read it a moment ago; a race only costs the position
    positions: dict[tuple[str, str], tuple[int, int]] = {}
    pairs = root.value if isinstance(root, yaml.MappingNode) else ()
    rules = next((value for key, value in pairs if getattr(key, "value", None) == "rules"), None)
    for rule in getattr(rules, "value", ()) if isinstance(rules, yaml.SequenceNode) else ():
        if not isinstance(rule, yaml.MappingNode):
            continue
        items = {key.value: value for key, value in rule.value if isinstance(key, yaml.ScalarNode)}
        rid = getattr(items.get("id"), "value", None)
        for key in ("must_flag", "must_not_flag"):
            node = items.get(key)
            for example in node.value if isinstance(node, yaml.SequenceNode) else ():
                if isinstance(example, yaml.ScalarNode):
                    positions[(rid, example.value)] = (example.start_mark.line + 1, example.start_mark.column + 1)
    return positions


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
        f"{where}: {finding.text!r} is a hedge ({finding.rule}, {finding.category}"
        f"{', read by the model' if finding.source == 'model' else ''}): {finding.message} "
        f"Instead: {finding.suggestion}",
    )
