"""Per-language facts for the checks, read from the locale folder.

`check.yaml` says how a language is spell-checked (which hunspell dictionary,
from which package, error or advisory, or no check at all and why);
`allowlist.txt` lists correct words the dictionary does not know. Both live
beside `apology.ftl`, so adding a language is adding a folder: the engine
never names a language.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import inputs
from ..tokens import is_normalized, normalize
from .problem import Problem

CHECK_FILE = "check.yaml"
ALLOWLIST_FILE = "allowlist.txt"
FORMAT_VERSION = 1
_SPELLING_KEYS = {"dictionary", "package", "severity", "note", "none"}
_PACKAGE_KINDS = ("apt", "npm")


@dataclass(frozen=True)
class Spelling:
    """How one language is spell-checked; `none` holds the reason when it is not."""

    dictionary: str | None = None  # hunspell base name: <dictionary>.aff + <dictionary>.dic
    package: tuple[str, str] | None = None  # ("apt", "hunspell-he") or ("npm", "dictionary-ka")
    severity: str = "error"
    note: str | None = None
    none: str | None = None


@dataclass(frozen=True)
class Settings:
    spelling: Spelling | None  # None: check.yaml is missing or invalid (a problem says so)
    allowlist: frozenset[str]


def load(folder: Path, shown: str) -> tuple[Settings, list[Problem]]:
    """The folder's settings and the problems found reading them (`shown` is the folder as displayed)."""
    problems: list[Problem] = []
    spelling = _spelling(folder / CHECK_FILE, f"{shown}/{CHECK_FILE}", problems)
    allowlist = _allowlist(folder / ALLOWLIST_FILE, f"{shown}/{ALLOWLIST_FILE}", problems)
    return Settings(spelling, allowlist), problems


def _spelling(path: Path, shown: str, problems: list[Problem]) -> Spelling | None:
    def bad(message: str) -> None:
        problems.append(Problem(shown, 1, 1, "check-config", "error", None, message))

    try:
        data = inputs.read_yaml(path, "spelling settings file")
    except inputs.InputError as exc:
        if exc.kind == "missing":
            bad(f"{CHECK_FILE} is missing: say which hunspell dictionary checks this language's "
                "spelling, or why there is none (see docs/translators.md, 'Adding a language')")
        else:
            bad(f"{CHECK_FILE} {exc.problem}")
        return None
    if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION or not isinstance(data.get("spelling"), dict):
        bad(f"{CHECK_FILE} must hold 'version: {FORMAT_VERSION}' and a 'spelling:' mapping")
        return None
    raw = data["spelling"]
    unknown = set(raw) - _SPELLING_KEYS
    if unknown:
        bad(f"unknown keys under 'spelling:' {sorted(unknown)}; allowed: {sorted(_SPELLING_KEYS)}")
        return None
    if raw.get("none"):
        return Spelling(none=str(raw["none"]))
    package = raw.get("package")
    if (
        not raw.get("dictionary")
        or not isinstance(package, dict)
        or len(package) != 1
        or next(iter(package)) not in _PACKAGE_KINDS
    ):
        bad("'spelling:' needs 'dictionary: NAME' and 'package: {apt: NAME}' or 'package: {npm: NAME}', "
            "or 'none: WHY' when the language has no usable dictionary")
        return None
    severity = raw.get("severity", "error")
    if severity not in ("error", "warning"):
        bad(f"'severity' must be error or warning, not {severity!r}")
        return None
    kind, name = next(iter(package.items()))
    return Spelling(str(raw["dictionary"]), (kind, str(name)), severity, raw.get("note"))


def _allowlist(path: Path, shown: str, problems: list[Problem]) -> frozenset[str]:
    try:
        text = inputs.read_text(path, "allowlist")
    except inputs.InputError as exc:
        if exc.kind != "missing":
            problems.append(Problem(shown, exc.line or 1, exc.column or 1, "encoding", "error", None,
                                    f"the file {exc.problem}"))
        return frozenset()
    words = set()
    for number, line in enumerate(text.splitlines(), 1):
        word = line.split("#", 1)[0].strip()
        if not word:
            continue
        if not is_normalized("NFC", word):
            problems.append(Problem(shown, number, 1, "not-nfc", "error", None,
                                    f"the word {word!r} is not in Unicode NFC form; retype it"))
        words.add(normalize("NFC", word))
    return frozenset(words)
