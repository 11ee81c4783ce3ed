"""One locale's phrases, loaded strictly and formatted with fluent.runtime.

fluent.runtime on its own drops a syntax error (Junk) silently, keeps the first of
two duplicate ids and returns half-formatted text next to an error list. A
customer must never receive that, so every one of those cases raises here, with
file, line, column and message id.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import address as _address
from . import formats as _formats
from . import letter as _letter
from . import regions as _regions
from . import inputs
from .catalog import load as load_catalog
from .errors import BankError
from .ftl import parse as parse_ftl
from .locales import BANK_FILE, negotiate, parse, resolve_dir

ISOLATE_START = "\u2068"
ISOLATE_END = "\u2069"


@dataclass(eq=False)
class Bank:
    """The messages of one locale folder, ready to format."""

    locale: str
    path: Path
    bundle: Any  # fluent.runtime.FluentBundle
    patterns: dict[str, Any]  # message id -> compiled value pattern
    text_direction: str  # "ltr" or "rtl", from CLDR
    words: _letter.LetterWords  # how the whole-letter rules read this language (letter.yaml)
    formats: _formats.LetterFormats  # how it writes money and dates in a letter (formats.yaml)
    addressing: _address.AddressRules | None  # how it speaks a name to its bearer (address.yaml)

    def money(self, amount, currency: str, spoken: bool = False):
        """A money fact as a Fluent value: a number to plural rules, the locale's letter style as
        text (`spoken`: the currency as the agent says it on the phone, formats.yaml money.spoken)."""
        return _formats.money(amount, currency, self.formats, spoken)

    def format(self, message_id: str, values: dict[str, Any]) -> str:
        """Format one message; any Fluent error is raised, never shipped.

        The result keeps Fluent's U+2068/U+2069 isolation around placeables so
        each output (plain text, HTML, helpdesk macro) can decide what to do
        with them. Only the facts the message uses are passed (the catalog
        knows them), so a translation that references another fact fails
        loudly instead of quoting something the agent did not mean there.
        """
        try:
            pattern = self.patterns[message_id]
        except KeyError:
            raise BankError(f"{self.path}: message {message_id!r} is missing from locale {self.locale!r}") from None
        text, errors = self.bundle.format_pattern(pattern, values)
        if errors:
            details = "; ".join(str(e) for e in errors)
            raise BankError(f"{self.path}: message {message_id!r} failed to format: {details}")
        if ISOLATE_START not in text and any(text == v for v in values.values() if isinstance(v, str)):
            # fluent.runtime does not isolate a pattern that is one placeable alone
            # ("state-issue = { $issue }"); every fact is isolated, so readers of the
            # result can always tell the agent's words from the bank's.
            text = ISOLATE_START + text + ISOLATE_END
        return text


@lru_cache(maxsize=256)
def load(locale: str, locales_dir: str | Path | None = None) -> Bank:
    """The bank for `locale` (negotiated), parsed once per process and folder.

    Like Fluent's own loaders, a process reads a locale once; a translator's
    edit is seen by the next run (`phrasebank check`/`preview` start fresh).

    A regional code the bank has no folder for ("en-GB") uses the language's
    wording with the region's CLDR conventions for dates and money ("by
    7 December", not "by December 7"): a British letter must not mix the
    agent's "27 November" with the bank's "December 7". Where the locale's
    `regions.yaml` lists the region, its spellings apply too ("apologise").
    """
    root = resolve_dir(locales_dir)
    code = negotiate(locale, root)
    return _load(code, root / code / BANK_FILE, _region(locale, code))


def _region(requested: str, code: str) -> str:
    """The requested locale when it only adds a region to the folder's language, else the folder's code."""
    try:
        asked, folder = parse(requested), parse(code)
    except Exception:  # the folder's name is reported by _load; a requested code negotiate() accepted parses
        return code
    if asked.territory and not folder.territory and (asked.language, asked.script) == (folder.language, folder.script):
        return str(asked)
    return code


@lru_cache(maxsize=64)
def _load(code: str, path: Path, region: str | None = None) -> Bank:
    from babel import Locale, UnknownLocaleError
    from fluent.runtime import FluentBundle

    try:
        Locale.parse(code)
        babel_locale = Locale.parse(region or code)
    except (ValueError, UnknownLocaleError) as exc:
        raise BankError(
            f"{path}: folder name {code!r} is not a locale CLDR knows; name the folder with a "
            "language code such as 'lt' or 'pt_BR'"
        ) from exc
    try:
        source = inputs.read_text(path, "locale file")
    except inputs.InputError as exc:  # UTF-16, a folder, too large...: named, never a traceback
        raise BankError(str(exc)) from None
    parsed = parse_ftl(source)
    if parsed.flaws:
        flaw = parsed.flaws[0]
        line, column = parsed.position(flaw.offset)
        raise BankError(f"{path}:{line}:{column}: {flaw.detail}")
    resource = parsed.resource
    seen = parsed.messages
    if region and region != code:  # the region's spelling of the language's wording (regions.yaml)
        rules = _regions.load(path.parent)
        variant = rules.variant(babel_locale.territory) if rules else None
        if variant is not None:
            resource = _regions.respell(resource, variant, rules.path)
    missing = sorted(load_catalog().locale_message_ids - set(seen))
    if missing:
        raise BankError(f"{path}: locale {code!r} is missing messages: {', '.join(missing)}")
    folder = path.parent
    formats = _formats.load(folder)
    bundle = FluentBundle(
        [str(babel_locale)], functions=_formats.functions(babel_locale, formats), use_isolating=True
    )
    bundle.add_resource(resource)
    direction = "rtl" if babel_locale.character_order == "right-to-left" else "ltr"
    patterns = {name: bundle.get_message(name).value for name in seen}
    return Bank(code, path, bundle, patterns, direction, _letter.load(folder), formats, _address.load(folder))
