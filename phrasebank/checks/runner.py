"""Run every check over the chosen locales of a locales folder."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Iterable

from ..catalog import load as load_catalog
from ..errors import FactError, PhrasebankError
from ..hedges import HEDGES_FILE
from ..locales import BANK_FILE, REFERENCE, available, bundled_dir, negotiate, resolve_dir
from . import hedging, language, letters, sources, spelling, structure, style, text
from .problem import Problem, Report
from .scripts import locale_script
from .variants import Variant, expand

# A folder holding any of these is a locale folder, with or without its apology.ftl.
_LOCALE_FILES = (sources.EXAMPLE_FILE, "check.yaml", "allowlist.txt", HEDGES_FILE, "routing.yaml")


def check(locales_dir: str | Path | None = None, locales: Iterable[str] = ()) -> Report:
    """Every problem in the chosen locales (all by default) of `locales_dir` (bundled by default)."""
    root = resolve_dir(locales_dir)
    shown_root = _shown(Path(locales_dir) if locales_dir is not None else bundled_dir())
    codes = available(root)
    requested = list(locales)
    without_bank = [name for name in _folders_without_bank(root, codes) if not requested or name in requested]
    chosen = sorted({negotiate(code, root) for code in requested if code not in without_bank}) if requested else codes
    if REFERENCE not in codes:
        raise PhrasebankError(f"{shown_root} has no reference locale folder {REFERENCE!r}: every check compares with it")
    catalog = load_catalog()
    report = Report(sorted(chosen + without_bank))
    for name in without_bank:  # a locale folder whose apology.ftl went missing is reported, not left out
        report.add([Problem(f"{shown_root}/{name}/{BANK_FILE}", 1, 1, "missing-file", "error", None,
                            f"the locale folder {name!r} has no {BANK_FILE}, so nothing of it can be used; "
                            f"add the file (a copy of {REFERENCE}/{BANK_FILE}, translated), or delete the folder")])
    known = [code for code in codes if _cldr_knows(code)]
    sentence_facts = {name for name, fact in catalog.facts.items() if fact.type == "sentence"}
    reference = sources.read(REFERENCE, root / REFERENCE, f"{shown_root}/{REFERENCE}")
    if reference.parsed is None and REFERENCE not in chosen:
        raise PhrasebankError(f"{reference.ftl_file} cannot be read; check the {REFERENCE!r} locale first")

    for code in chosen:
        if code not in known:
            report.add([Problem(f"{shown_root}/{code}/{BANK_FILE}", 1, 1, "unknown-locale", "error", None,
                                f"the folder name {code!r} is not a locale CLDR knows, so its plural rules, script "
                                "and formats are unknown; name the folder with a code such as 'lt' or 'pt_BR'")])
            continue
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
        report.add(letters.regional(files))
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
        report.add(language.same_script_detection(files, variants, _neighbours(code, known)))
        report.add(spelling.check(files, variants))
        report.add(hedging.check(files, variants, root))
        report.add(_routing(files, root))
    return report


def _folders_without_bank(root: Path, codes: list[str]) -> list[str]:
    """Folders that hold a locale's other files but no apology.ftl (deleted or renamed by mistake)."""
    try:
        folders = [p for p in root.iterdir() if p.name not in codes and not p.name.startswith(".") and p.is_dir()]
    except OSError:
        return []
    return sorted(p.name for p in folders if any(os.path.lexists(p / name) for name in _LOCALE_FILES))


def _cldr_knows(code: str) -> bool:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(code)
    except (ValueError, TypeError, UnknownLocaleError):
        return False
    return True


def _routing(files: sources.LocaleFiles, root: Path) -> list[Problem]:
    """routing.yaml is read by `phrasebank detect`: a missing or broken one is a problem here too."""
    from .. import routing

    try:
        routing.check_rules(root, files.code)
    except PhrasebankError as exc:
        path = str(root / files.code / routing.ROUTING_FILE)
        message = str(exc)
        where = re.match(rf"{re.escape(path)}(?::(\d+):(\d+))?: ", message)
        line, column = (int(where.group(1)), int(where.group(2))) if where and where.group(1) else (1, 1)
        detail = message[where.end():] if where else message
        return [Problem(f"{files.shown}/{routing.ROUTING_FILE}", line, column, "routing-rules", "error", None,
                        f"`phrasebank detect` cannot recognise this language: {detail}")]
    return []


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
        if name in catalog.derived:
            args.setdefault(name, catalog.derived[name].of(args.get(catalog.derived[name].source)))
        else:
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
