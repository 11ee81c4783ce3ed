"""Where the locales live and which one a caller means.

Locales are discovered on disk (one folder per language holding `apology.ftl`),
so adding a language never touches code. Codes are negotiated with babel so
`he-IL`, `iw` and `lv_LV` resolve to the bundled `he` and `lv`.
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .errors import BankError, UnknownLocaleError, shown

REFERENCE = "en"
BANK_FILE = "apology.ftl"


@lru_cache(maxsize=1)
def bundled_dir() -> Path:
    """The locales shipped with the package: inside the wheel, or the checkout's `locales/`."""
    packaged = resources.files("phrasebank") / "locales"
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parent.parent / "locales"
    if checkout.is_dir():
        return checkout
    raise BankError(f"no bundled locales: looked in {packaged} and {checkout}")


def resolve_dir(locales_dir: str | Path | None) -> Path:
    if locales_dir is None:
        return bundled_dir()
    path = Path(locales_dir)
    if not path.is_dir():
        raise BankError(f"locales directory {shown(str(path))} does not exist or is not a directory")
    return path.resolve()


def available(locales_dir: str | Path | None = None) -> list[str]:
    """Sorted codes of the locale folders that hold an `apology.ftl`."""
    return list(_available(resolve_dir(locales_dir)))


@lru_cache(maxsize=32)
def _available(root: Path) -> tuple[str, ...]:
    # An apology.ftl that is a folder, or not UTF-8, still makes a locale: loading it says what is wrong,
    # where leaving it out would answer "unsupported locale" about a folder that is right there.
    try:
        found = tuple(sorted(p.name for p in root.iterdir() if os.path.lexists(p / BANK_FILE)))
    except OSError as exc:
        raise BankError(f"cannot read the locales directory {str(root)!r}: {exc.strerror}") from None
    if not found:
        raise BankError(f"no locale folders with {BANK_FILE} in {str(root)!r}")
    return found


def negotiate(identifier: str, locales_dir: str | Path | None = None) -> str:
    """The bundled locale a caller's code means, or UnknownLocaleError — never a fallback."""
    supported = available(locales_dir)
    if identifier in supported:
        return identifier
    try:
        parsed = parse(identifier)
    except Exception as exc:  # babel raises ValueError, TypeError or its UnknownLocaleError
        raise UnknownLocaleError(identifier, supported) from exc
    by_lower = {code.lower(): code for code in supported}
    for candidate in (str(parsed), parsed.language):
        if candidate.lower() in by_lower:
            return by_lower[candidate.lower()]
    raise UnknownLocaleError(identifier, supported)


def parse(identifier: str):
    """A caller's locale code as a babel Locale ("he-IL", "iw", "lv_LV"); babel's errors propagate."""
    from babel import Locale

    return Locale.parse(identifier.strip().replace("-", "_"))
