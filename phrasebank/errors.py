"""Exceptions raised at the package's edge.

Every error names the bad input and what would have been valid, so a support
engineer can fix the call without reading the source.
"""

from __future__ import annotations


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
