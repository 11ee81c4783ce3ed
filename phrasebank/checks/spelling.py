"""Spelling with hunspell, as each locale's `check.yaml` says.

One `hunspell -a` process per locale checks every distinct word of the
translator's own text (all variants) and of the sample facts, one word per
line, so each answer maps back to its word. The dictionary is found on disk —
Debian's packages in /usr/share/hunspell, an npm package under
`.cache/dictionaries/node_modules/<package>/` (scripts/setup.sh puts it there)
or in a folder named by PHRASEBANK_DICTIONARIES — and a missing binary or
dictionary is an error that says how to install it, never a silent pass.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from .. import inputs
from .problem import Problem
from .settings import CHECK_FILE, Spelling
from .sources import LocaleFiles
from .variants import Variant

ENV_VAR = "PHRASEBANK_DICTIONARIES"
SYSTEM_DIRS = ("/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts")
# A word: letters, with apostrophe-like marks (’ ʼ, U+05F3/U+05F4 geresh and gershayim) and hyphens inside it.
WORD = re.compile(r"[^\W\d_]+(?:['’ʼ׳״\-][^\W\d_]+)*")
SETUP_HINT = "run `bash scripts/setup.sh` from the repository"


def check(files: LocaleFiles, variants: list[Variant]) -> list[Problem]:
    spelling = files.settings.spelling
    if spelling is None:
        return []  # check.yaml's own problem says why
    config_file = f"{files.shown}/{CHECK_FILE}"
    if spelling.none:
        return [Problem(config_file, 1, 1, "no-spelling-check", "note", None, spelling.none)]
    binary = shutil.which("hunspell")
    if binary is None:
        return [Problem(config_file, 1, 1, "spelling-unavailable", "error", None,
                        f"the hunspell program is not installed, so spelling cannot be checked; {SETUP_HINT} "
                        "or install Debian's 'hunspell' package")]
    dictionary = find_dictionary(spelling)
    if dictionary is None:
        return [Problem(config_file, 1, 1, "spelling-unavailable", "error", None, _install_hint(spelling))]

    occurrences = list(_own_words(files, variants)) + list(_sample_words(files))
    allowed = files.settings.allowlist
    allowed_lower = {w.lower() for w in allowed}

    def known(word: str) -> bool:
        return word in allowed or word.lower() in allowed_lower

    words = sorted({w for w, *_ in occurrences if not known(w)})
    unknown = run_hunspell(binary, dictionary, words)
    problems = []
    for word, file, line, column, message_id in occurrences:
        if word not in unknown:
            continue
        parts, suggestions = unknown[word]
        parts = [part for part in parts if not known(part)]  # "ექსპრეს-კურიერით": hunspell checks each half
        if not parts:
            continue
        shown = word if parts == [word] else f"{', '.join(parts)}' in '{word}"
        hint = f"; did you mean {', '.join(suggestions[:4])}?" if suggestions else "."
        note = f" ({spelling.note})" if spelling.note else ""
        problems.append(Problem(
            file, line, column, "spelling", spelling.severity, message_id,
            f"'{shown}' is not in the {spelling.package[1]} dictionary{hint} Fix it, or if it is correct add it "
            f"to {files.shown}/allowlist.txt{note}",
        ))
    return problems


def find_dictionary(spelling: Spelling) -> Path | None:
    """The .aff/.dic base path of the locale's dictionary, or None when it is not installed."""
    kind, package = spelling.package
    bases = [Path(p) for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p]
    bases += [Path.cwd() / ".cache" / "dictionaries", _checkout() / ".cache" / "dictionaries"]
    if kind == "apt":
        bases += [Path(p) for p in os.environ.get("DICPATH", "").split(os.pathsep) if p]
        bases += [Path(p) for p in SYSTEM_DIRS]
    for base in bases:
        for folder in (base, base / "node_modules" / package):
            candidate = folder / spelling.dictionary
            if candidate.with_suffix(".aff").is_file() and candidate.with_suffix(".dic").is_file():
                return candidate
    return None


def run_hunspell(binary: str, dictionary: Path, words: list[str]) -> dict[str, tuple[list[str], list[str]]]:
    """The words hunspell does not know: word -> (its unknown parts, suggestions)."""
    if not words:
        return {}
    # In pipe mode (-a) a line starting with "^" is checked as text, whatever follows.
    stdin = "".join(f"^{w}\n" for w in words)
    result = subprocess.run(
        [binary, "-a", "-i", "UTF-8", "-d", str(dictionary)],
        input=stdin, capture_output=True, text=True, encoding="utf-8", check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"hunspell failed ({result.returncode}): {result.stderr.strip()}")
    lines = result.stdout.split("\n")[1:]  # the first line is hunspell's banner
    unknown: dict[str, tuple[list[str], list[str]]] = {}
    index = 0
    for word in words:
        parts, suggestions = [], []
        while index < len(lines) and lines[index] != "":
            answer = lines[index]
            if answer[:1] in "&#":
                head, _, tail = answer.partition(": ")
                parts.append(head.split(" ")[1])
                if answer[0] == "&":
                    suggestions.extend(s.strip() for s in tail.split(","))
            index += 1
        index += 1
        if parts:
            unknown[word] = (parts, suggestions)
    return unknown


def _own_words(files: LocaleFiles, variants: list[Variant]):
    for variant in variants:
        for match in WORD.finditer(variant.text):
            if variant.literal(*match.span()):
                line, column = files.parsed.position(variant.source_offset(match.start()))
                yield match.group(), files.ftl_file, line, column, variant.message_id


def _sample_words(files: LocaleFiles):
    """Words of the sentence facts in example.yaml, at their line and column there.

    Only sentences: names, companies and contacts are not dictionary words.
    """
    from ..catalog import load as load_catalog

    sentences = {name for name, fact in load_catalog().facts.items() if fact.type == "sentence"}
    try:
        lines = inputs.read_text(files.folder / "example.yaml", "sample facts file").split("\n")
    except inputs.InputError:
        return  # reported when the folder was read
    for fact, value in files.samples.items():
        if fact not in sentences or not isinstance(value, str) or fact not in files.sample_positions:
            continue
        line, column = files.sample_positions[fact]
        text = lines[line - 1] if line - 1 < len(lines) else ""
        for match in WORD.finditer(value):
            found = text.find(match.group(), column - 1)
            yield match.group(), files.example_file, line, (found + 1 if found >= 0 else column), None


def _install_hint(spelling: Spelling) -> str:
    kind, package = spelling.package
    if kind == "apt":
        how = f"install Debian's {package} package (apt-get install {package})"
    else:
        how = (f"install the npm package {package} into .cache/dictionaries (npm install --prefix "
               f".cache/dictionaries {package}), or set {ENV_VAR} to a folder holding node_modules/{package}")
    return (f"the hunspell dictionary {spelling.dictionary!r} is not installed, so spelling cannot be checked; "
            f"{SETUP_HINT}, or {how}")


def _checkout() -> Path:
    return Path(__file__).resolve().parents[2]
