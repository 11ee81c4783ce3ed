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


def one_line(message: str) -> str:
    """A message as one line of visible text: every line break, control or format character escaped.

    Error messages quote what the user gave, and an argument or a file name may hold a
    line break, an ESC sequence or a bidi override: printed raw, it would split the one
    line a program reads, or redraw the terminal around it.
    """
    if message.isprintable():
        return message
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in message)


class PhrasebankError(Exception):
    """Base class: anything phrasebank refuses to do."""


class UnknownLocaleError(PhrasebankError):
    def __init__(self, identifier: str, available: list[str]):
        self.identifier = identifier
        self.available = available
        super().__init__(
            f"unsupported locale {shown(identifier)}; supported locales: {', '.join(available)}"
        )


class BankError(PhrasebankError):
    """A locale file or the catalog is broken (syntax, duplicates, missing ids)."""


class FactError(PhrasebankError):
    """A fact is missing, unknown or malformed."""


class OptionError(PhrasebankError):
    """An option (register, channel, playbook...) has a value the catalog does not know."""


class Interrupted(BaseException):
    """SIGTERM or SIGHUP arrived while phrasebank was writing: what it had begun is removed first.

    A BaseException, like KeyboardInterrupt, so no `except Exception` swallows it.
    """

    def __init__(self, signum: int):
        self.signum = signum
        super().__init__(f"stopped by signal {signum}; what was being written was removed, the destination is unchanged")
