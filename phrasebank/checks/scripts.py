"""Which writing system a letter belongs to, and which one a locale writes in.

Python's `unicodedata` has no Script property, but every letter's Unicode name
starts with its script ("HEBREW LETTER ALEF", "GEORGIAN LETTER AN", "LATIN SMALL
LETTER A WITH MACRON"), and CLDR names each script in English ("Hebr" ->
"Hebrew"). Joining the two tells the checks a locale's script without a table
of languages in the code: the locale's script comes from CLDR's likely subtags.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters whose name does not start with a script (or starts with a shape).
_NOT_A_SCRIPT = frozenset({"MODIFIER", "FULLWIDTH", "HALFWIDTH", "SMALL", "CIRCLED", "PARENTHESIZED", "SQUARED"})


@lru_cache(maxsize=4096)
def letter_script(char: str) -> str | None:
    """The script of a letter as its Unicode name says it ("HEBREW", "LATIN"...), None for non-letters."""
    if not char.isalpha():
        return None
    head = unicodedata.name(char, "").split(" ", 1)[0]
    return None if not head or head in _NOT_A_SCRIPT else head


def word_scripts(word: str) -> list[str]:
    """The scripts of a word's letters, in order of first appearance."""
    seen: list[str] = []
    for char in word:
        script = letter_script(char)
        if script and script not in seen:
            seen.append(script)
    return seen


@lru_cache(maxsize=64)
def locale_script(code: str) -> tuple[str, str]:
    """(ISO 15924 code, Unicode name prefix) of the script a locale writes in, from CLDR."""
    from babel import Locale
    from babel.core import get_global

    locale = Locale.parse(code)
    likely = get_global("likely_subtags")
    iso = locale.script
    if not iso:
        subtags = likely.get(str(locale)) or likely.get(locale.language) or ""
        parts = subtags.split("_")
        iso = parts[1] if len(parts) > 1 else ""
    name = Locale("en").scripts.get(iso, "") if iso else ""
    return iso, name.upper()
