"""The one error an export raises besides the bank's own.

A macro export fails as a whole (nothing is written), and the message says which
file or input is at fault and what would be valid, like every phrasebank error.
"""

from __future__ import annotations

from ..errors import PhrasebankError


class ExportError(PhrasebankError):
    """An export cannot be written: a helpdesk account file lacks something, a document
    breaks its schema, titles collide, or the output folder is not ours to replace."""
