"""Exceptions raised at the package's edge.

Every error names the bad input and what would have been valid, so a support
engineer can fix the call without reading the source.
"""

from __future__ import annotations

import reprlib

_SHOWN = reprlib.Repr()
_SHOWN.maxstring = 80
_SHOWN.maxother = 80
_SHOWN.maxlong = 40


def shown(value: object) -> str:
    """A value quoted in an error message, at most about 80 characters whatever its size.

    An error that quotes a 12 MB input on one line is no message at all, and the
    repr of a deeply nested value can take longer than the work that failed.
    """
    try:
        return _SHOWN.repr(value)
    except ValueError:  # an int too long for str() (Python refuses over 4300 digits)
        return "a number of more than 4300 digits"


class PhrasebankError(Exception):
    """Base class: anything phrasebank refuses to do."""


class UnknownLocaleError(PhrasebankError):
    def __init__(self, identifier: str, available: list[str]):
        self.identifier = identifier
        self.available = available
        super().__init__(
            f"unsupported locale {identifier!r}; supported locales: {', '.join(available)}"
        )


class BankError(PhrasebankError):
    """A locale file or the catalog is broken (syntax, duplicates, missing ids)."""


class FactError(PhrasebankError):
    """A fact is missing, unknown or malformed."""


class OptionError(PhrasebankError):
    """An option (register, channel, playbook...) has a value the catalog does not know."""
