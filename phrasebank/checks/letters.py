"""The whole-letter rules, checked on each message a translator writes.

The composer enforces catalog.yaml's `letter_rules` while it writes a letter; a
message that breaks one on its own (a lead-in that announces nothing, "we" in a
message the catalog gives to the personal voice, "write to us" in a phone script)
would only make the composer avoid it. Reporting it here, at its line, tells the
translator instead. The words each rule needs come from the locale's letter.yaml;
that file, formats.yaml, address.yaml and regions.yaml are read here too, so a broken one is a
problem at its own path rather than a failure later.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import address as _address
from .. import formats as _formats
from .. import letter as _letter
from .. import regions as _regions
from ..catalog import Catalog
from ..errors import BankError
from .problem import Problem
from .variants import Variant


@dataclass(frozen=True)
class LetterData:
    words: _letter.LetterWords | None
    formats: _formats.LetterFormats | None
    addressing: _address.AddressRules | None


def read(files) -> tuple[LetterData, list[Problem]]:
    problems: list[Problem] = []

    def attempt(loader, name):
        try:
            return loader(files.folder)
        except BankError as exc:
            detail = str(exc).split(": ", 1)[-1]
            problems.append(Problem(f"{files.shown}/{name}", 1, 1, "letter-data", "error", None, detail))
            return None

    data = LetterData(
        attempt(_letter.load, _letter.LETTER_FILE),
        attempt(_formats.load, _formats.FORMATS_FILE),
        attempt(_address.load, _address.ADDRESS_FILE),
    )
    return data, problems


def regional(files) -> list[Problem]:
    """regions.yaml read, and each variant applied to the messages: a broken file or a
    replacement the bank never says is a problem at the file, not a failure when an agent
    first composes for that region."""
    shown = f"{files.shown}/{_regions.REGIONS_FILE}"
    try:
        rules = _regions.load(files.folder)
        for variant in rules.variants if rules else ():
            _regions.respell(files.parsed.resource.clone(), variant, rules.path)
    except BankError as exc:
        return [Problem(shown, 1, 1, "letter-data", "error", None, str(exc).split(": ", 1)[-1])]
    return []


def functions(code: str, data: LetterData) -> dict[str, Any] | None:
    if data.formats is None:
        return None
    from babel import Locale

    return _formats.functions(Locale.parse(code), data.formats)


def fluent_arguments(args: dict[str, Any], data: LetterData) -> dict[str, Any]:
    """Sample facts as the composer passes them: money in the locale's letter style."""
    from ..facts import Money

    converted = dict(args)
    for name, value in args.items():
        if isinstance(value, Money):
            if data.formats is None:
                converted[name] = f"{value.amount} {value.currency}"
            else:
                converted[name] = _formats.money(value.amount, value.currency, data.formats)
    return converted


def check(files, catalog: Catalog, data: LetterData, variants: list[Variant]) -> list[Problem]:
    words = data.words
    if words is None or files.parsed is None:
        return []
    problems: list[Problem] = []
    spoken = {c for c, spec in catalog.channels.items() if spec.spoken}
    public = {c for c, spec in catalog.channels.items() if spec.public}
    contact_facts = {item.source for item in catalog.derived.values() if item.writable}
    writable = {kind for item in catalog.derived.values() for kind in item.writable}
    all_voices = frozenset(catalog.options["voice"])

    def report(variant: Variant, code: str, text: str) -> None:
        line, column = files.parsed.position(variant.source)
        problems.append(Problem(files.ftl_file, line, column, code, "error", variant.message_id, f"{variant.label}: {text}"))

    for variant in variants:
        spec = catalog.messages.get(variant.message_id)
        if spec is None:
            continue
        own = variant.own_text()
        if spec.lead_in is not None:
            literal = [s for s in variant.segments if s.literal and variant.text[s.start:s.end].strip()]
            last = variant.segments[-1] if variant.segments else None
            before = variant.text[literal[-1].start:literal[-1].end].rstrip() if literal else ""
            if last is None or last.literal or not before.endswith(words.lead_in_marks):
                report(variant, "lead-in", (
                    f"announces ${spec.lead_in}, so it must end with a lead-in mark "
                    f"({' '.join(words.lead_in_marks)}) followed by the fact itself (letter_rules.lead_ins_deliver)"
                ))
        voices = words.speaks_as(own)
        if spec.self_introduction:  # the agent speaks for themself on the phone, in either voice
            voices -= {"i"}
        if spec.voices == all_voices and voices:
            report(variant, "voice-mismatch", (
                f"serves both voices, so it may say neither 'I' nor 'we', but it speaks as {', '.join(sorted(voices))} "
                f"(person words in {words.path.name})"
            ))
        elif voices - spec.voices:
            report(variant, "voice-mismatch", (
                f"serves the {', '.join(sorted(spec.voices))} voice but speaks as {', '.join(sorted(voices - spec.voices))}"
            ))
        writes = [w for w in _letter.words(own) if words.writing(w)]
        written_to = set(variant.keys) & writable  # a branch for an e-mail address or a handle
        if writes and (spec.channels <= spoken or (spec.facts & contact_facts and not written_to)):
            where = "a phone script" if spec.channels <= spoken else "a message that gives a contact (it may be a phone number)"
            report(variant, "channel-mismatch", f"asks the customer to write ({writes[0]!r}) in {where}")
        private = [w for w in _letter.words(own) if words.private(w)]
        if private and not spec.channels <= public:
            report(variant, "channel-mismatch", (
                f"moves the conversation to a private channel ({private[0]!r}), which only a public channel needs"
            ))
    return problems


__all__ = ["LetterData", "check", "fluent_arguments", "functions", "read"]
