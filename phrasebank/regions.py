"""A language's wording as a region writes it: British "apologise", "call us on".

A regional code the bank has no folder for ("en-GB") keeps the language's messages
and takes the region's CLDR dates and money (`bank.py`). Some regions also spell or
phrase a few words differently, and a British reader stops at "apologize" or "call
us at 0808 …". A locale that needs this ships `locales/<lang>/regions.yaml`: for a
group of regions, words and phrases of the bank's own text and what they become
there. They are applied to the text elements of the parsed Fluent messages
(fluent.syntax's `Transformer`) before the bundle is built, so an agent's facts
are never touched and the translator sees every regional form in one file. A
replacement that matches nothing in the bank is an error (a typo would otherwise
change nothing, silently).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import BankError

REGIONS_FILE = "regions.yaml"


@dataclass(frozen=True)
class Variant:
    """One regional variant: where it is used and what it replaces (longest first)."""

    name: str
    regions: frozenset[str]
    replace: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class RegionRules:
    path: Path
    variants: tuple[Variant, ...]

    def variant(self, region: str | None) -> Variant | None:
        for variant in self.variants:
            if region in variant.regions:
                return variant
        return None


@lru_cache(maxsize=64)
def load(folder: Path) -> RegionRules | None:
    """The locale's regional variants, or None when every region writes the language alike."""
    import yaml
    from babel import Locale

    path = folder / REGIONS_FILE
    if not path.is_file():
        return None
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise BankError(f"{path}: cannot be read as UTF-8 YAML ({exc})") from None
    shape = "`version: 1` and `variants:`, a list of {name: .., regions: [GB, ..], replace: {word: regional word}}"
    if not isinstance(data, dict) or data.get("version") != 1 or set(data) != {"version", "variants"}:
        raise BankError(f"{path}: must hold {shape}")
    if not isinstance(data["variants"], list) or not data["variants"]:
        raise BankError(f"{path}: `variants:` must be a non-empty list; the file holds {shape}")
    territories = Locale("en").territories  # every CLDR region code
    variants, claimed = [], {}
    for number, item in enumerate(data["variants"], 1):
        where = f"{path}: variant {number}"
        if not isinstance(item, dict) or set(item) != {"name", "regions", "replace"}:
            raise BankError(f"{where} must be {{name: .., regions: [..], replace: {{..}}}}")
        name, regions, replace = item["name"], item["regions"], item["replace"]
        if not isinstance(name, str) or not name.strip():
            raise BankError(f"{where}: `name` must be non-empty text")
        if not isinstance(regions, list) or not regions:
            raise BankError(f"{where} ({name}): `regions` must be a non-empty list of region codes such as GB")
        for region in regions:
            if not isinstance(region, str) or region not in territories:
                raise BankError(f"{where} ({name}): {region!r} is not a CLDR region code (e.g. GB, IE, AU)")
            if region in claimed:
                raise BankError(f"{where} ({name}): region {region} is already in variant {claimed[region]}")
            claimed[region] = number
        if not isinstance(replace, dict) or not replace or not all(
            isinstance(k, str) and k.strip() and isinstance(v, str) and v.strip() for k, v in replace.items()
        ):
            raise BankError(f"{where} ({name}): `replace` must map words or phrases to their regional form (non-empty text)")
        pairs = tuple(sorted(replace.items(), key=lambda kv: len(kv[0]), reverse=True))
        variants.append(Variant(name, frozenset(regions), pairs))
    return RegionRules(path, tuple(variants))


def respell(resource, variant: Variant, path: Path):
    """The parsed Fluent resource with the variant's replacements in its text (in place).

    Whole words only, in lower case or with the first letter capitalised as in the
    bank ("Apologize" -> "Apologise"). Raises BankError for a replacement that the
    bank's text never contains."""
    from fluent.syntax.visitor import Transformer

    table: dict[str, str] = {}
    for old, new in variant.replace:
        table[old] = new
        table[old[:1].upper() + old[1:]] = new[:1].upper() + new[1:]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)) + r")(?!\w)")
    used: set[str] = set()

    def swap(match: re.Match) -> str:
        used.add(match.group().lower())
        return table[match.group()]

    class _Respell(Transformer):
        def visit_TextElement(self, node):
            node.value = pattern.sub(swap, node.value)
            return node

    _Respell().visit(resource)
    unused = [old for old, _ in variant.replace if old.lower() not in used]
    if unused:
        raise BankError(
            f"{path}: variant {variant.name!r} replaces {', '.join(map(repr, sorted(unused)))}, "
            "which the bank's messages never say; correct or remove the entry"
        )
    return resource


__all__ = ["REGIONS_FILE", "RegionRules", "Variant", "load", "respell"]
