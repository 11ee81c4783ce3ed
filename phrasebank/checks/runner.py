"""Run every check over the chosen locales of a locales folder."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterable

from ..catalog import load as load_catalog
from ..errors import FactError, PhrasebankError
from ..locales import REFERENCE, available, bundled_dir, negotiate, resolve_dir
from . import hedging, language, letters, sources, spelling, structure, style, text
from .problem import Problem, Report
from .scripts import locale_script
from .variants import Variant, expand


def check(locales_dir: str | Path | None = None, locales: Iterable[str] = ()) -> Report:
    """Every problem in the chosen locales (all by default) of `locales_dir` (bundled by default)."""
    root = resolve_dir(locales_dir)
    shown_root = _shown(Path(locales_dir) if locales_dir is not None else bundled_dir())
    codes = available(root)
    chosen = sorted({negotiate(code, root) for code in locales}) if locales else codes
    if REFERENCE not in codes:
        raise PhrasebankError(f"{shown_root} has no reference locale folder {REFERENCE!r}: every check compares with it")
    catalog = load_catalog()
    report = Report(chosen)
    sentence_facts = {name for name, fact in catalog.facts.items() if fact.type == "sentence"}
    reference = sources.read(REFERENCE, root / REFERENCE, f"{shown_root}/{REFERENCE}")
    if reference.parsed is None and REFERENCE not in chosen:
        raise PhrasebankError(f"{reference.ftl_file} cannot be read; check the {REFERENCE!r} locale first")

    for code in chosen:
        files = reference if code == REFERENCE else sources.read(code, root / code, f"{shown_root}/{code}")
        report.add(files.problems)
        if files.parsed is None or reference.parsed is None:
            continue
        report.add(structure.syntax(files))
        if code == REFERENCE:
            ids, against = structure.expected_ids(catalog), "the catalog (phrasebank/catalog.yaml)"
            wanted = structure.reference_variables(files.parsed, catalog)
        else:
            ids, against = structure.present_ids(reference), f"{REFERENCE}/apology.ftl"
            wanted = structure.reference_variables(reference.parsed)
        report.add(structure.completeness(files, ids, against))
        report.add(structure.variables(files, wanted, catalog.grammar_variables, against))
        report.add(structure.selects(files, catalog))

        data, found = letters.read(files)
        report.add(found)
        args, found = sample_arguments(files, reference, catalog)
        report.add(found)
        args = letters.fluent_arguments(args, data)
        variants, found = expand(files.parsed, code, catalog, args, files.ftl_file, letters.functions(code, data))
        report.add(found)
        report.add(letters.check(files, catalog, data, variants))
        report.add(structure.variants_per_step(files, catalog, variants))
        report.add(text.hygiene(files))
        report.add(text.words_and_typography(files))
        report.add(style.check(files))
        report.add(language.foreign_script(files, variants))
        report.add(language.foreign_samples(files, sentence_facts))
        report.add(language.same_script_detection(files, variants, _neighbours(code, codes)))
        report.add(spelling.check(files, variants))
        report.add(hedging.check(files, variants, root))
    return report


def expand_locale(files: sources.LocaleFiles, reference: sources.LocaleFiles) -> list[Variant]:
    """Every variant of a locale's messages with its sample facts (the preview's coverage table uses it)."""
    catalog = load_catalog()
    data, _ = letters.read(files)
    args, _ = sample_arguments(files, reference, catalog)
    args = letters.fluent_arguments(args, data)
    return expand(files.parsed, files.code, catalog, args, files.ftl_file, letters.functions(files.code, data))[0]


def sample_arguments(files, reference, catalog) -> tuple[dict[str, Any], list[Problem]]:
    """Fluent arguments from example.yaml.

    Each fact is validated on its own (with the facts it requires), so each problem points at its
    line; a missing or invalid fact is reported and the reference locale's sample used instead, so
    the other checks still see every variant.
    """
    from ..facts import validate

    problems = []
    samples = {}
    for name, value in files.samples.items():
        if name in catalog.facts:
            samples[name] = value
            continue
        line, column = files.sample_positions.get(name, (1, 1))
        problems.append(Problem(files.example_file, line, column, "bad-sample-fact", "error", None,
                                f"unknown fact {name!r}; facts: {', '.join(catalog.facts)}"))
    for name in catalog.facts:
        if name not in samples and name in reference.samples:
            problems.append(Problem(files.example_file, 1, 1, "missing-sample-fact", "error", None,
                                    f"sample fact {name!r} is missing; the checks and the preview need every fact"))
            samples[name] = reference.samples[name]
    for name in list(samples):
        group = {n: samples[n] for n in (name, *catalog.facts[name].requires) if n in samples}
        try:
            validate(catalog, group)
        except FactError as exc:
            line, column = files.sample_positions.get(name, (1, 1))
            problems.append(Problem(files.example_file, line, column, "bad-sample-fact", "error", None, str(exc)))
            if files is not reference and name in reference.samples:
                samples[name] = reference.samples[name]
            else:
                del samples[name]
    try:
        args = validate(catalog, samples)
    except FactError:  # the reference's own samples are broken too: reported above
        args = {}
    for name in catalog.grammar_variables:
        args.setdefault(name, catalog.options[name][-1])
    return args, problems


def _neighbours(code: str, codes: list[str]) -> dict[str, str]:
    """langdetect language -> locale, for the other bundled locales that write in this locale's script."""
    from babel import Locale

    mine = locale_script(code)[0]
    return {
        Locale.parse(other).language: other
        for other in codes
        if other != code and locale_script(other)[0] == mine
    }


def _shown(path: Path) -> str:
    """A folder as the user should see it: relative to the working directory when it is below it."""
    text = str(path).rstrip("/\\") or str(path)
    try:
        relative = os.path.relpath(path.resolve(), Path.cwd())
    except ValueError:
        return text
    if not path.is_absolute():
        return text
    return relative if not relative.startswith("..") else text
