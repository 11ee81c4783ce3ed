"""The shape of a locale file: syntax, ids, variants per step, variables and selects.

The reference is English: every locale has exactly English's message ids, and
each message (each branch of it) quotes exactly the facts English's quotes.
English itself is compared with the catalog. Grammar selectors ($register,
$customer_gender, $agent_gender) may be used wherever a language needs them.
Counts must cover the CLDR plural categories of the locale (babel's rules, not
Mozilla's table: Hebrew needs one, two and other).
"""

from __future__ import annotations

from typing import Iterable

from ..catalog import Catalog
from .fluent_ast import key_name, paths, references, selects as all_selects
from .problem import Problem
from .sources import LocaleFiles
from .variants import Variant

_PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")


def expected_ids(catalog: Catalog) -> list[str]:
    """Every message id the catalog defines: the step messages and any other id it lists."""
    return list(catalog.messages) + [m for m in catalog.label_message_ids if m not in catalog.messages]


def syntax(files: LocaleFiles) -> list[Problem]:
    """Junk (with the parser's own code), duplicate ids, messages without a value."""
    parsed = files.parsed
    problems = []
    for flaw in parsed.flaws:
        line, column = parsed.position(flaw.offset)
        if flaw.kind == "junk":
            code = "select-without-default" if flaw.parser_code == "E0010" else "syntax-error"
            if code == "select-without-default":
                # The parser stops at the select's closing brace; the translator needs its opening line.
                arrow = parsed.source.rfind("->", 0, flaw.offset)
                brace = parsed.source.rfind("{", 0, arrow) if arrow >= 0 else -1
                if brace >= 0:
                    line, column = parsed.position(brace)
            hint = (
                "mark one variant as the default with * (e.g. *[other])" if code == "select-without-default"
                else "Fluent ignores this whole entry until it is fixed"
            )
            reason = flaw.detail.removeprefix("syntax error (").removesuffix(")")
            problems.append(Problem(files.ftl_file, line, column, code, "error", flaw.message_id,
                                    f"{'Fluent ' if flaw.parser_code else ''}{reason}; {hint}"))
        elif flaw.kind == "control":
            problems.append(Problem(files.ftl_file, line, column, "control-character", "error", flaw.message_id,
                                    f"{flaw.detail} (an ESC, BEL or backspace would reach the customer's screen)"))
        elif flaw.kind == "duplicate":
            problems.append(Problem(files.ftl_file, line, column, "duplicate-id", "error", flaw.message_id,
                                    f"{flaw.detail}; Fluent silently uses the first one, so rename or delete this one"))
        else:
            problems.append(Problem(files.ftl_file, line, column, "no-value", "error", flaw.message_id,
                                    f"{flaw.detail}; write its text after '='"))
    return problems


def present_ids(files: LocaleFiles) -> list[str]:
    """Ids the file defines, counting broken entries (their syntax error is reported already)."""
    ids = list(files.parsed.messages)
    ids.extend(f.message_id for f in files.parsed.flaws if f.message_id and f.message_id not in ids)
    return ids


def completeness(files: LocaleFiles, reference: list[str], against: str) -> list[Problem]:
    """Messages missing from the file, or defined in it but not in `against` (the reference)."""
    parsed = files.parsed
    present = present_ids(files)
    problems = []
    for index, message_id in enumerate(reference):
        if message_id in present:
            continue
        following = next((m for m in reference[index + 1:] if m in parsed.messages), None)
        if following is not None:
            entry = parsed.messages[following]
            anchor = entry.comment.span.start if entry.comment is not None and entry.comment.span else entry.span.start
            line, where = parsed.position(anchor)[0], f"add it before {following!r}"
        else:
            line, where = parsed.position(len(parsed.source.rstrip("\n")))[0] + 1, "add it at the end"
        problems.append(Problem(files.ftl_file, line, 1, "missing-message", "error", message_id,
                                f"message {message_id!r} is missing (it is in {against}); {where}"))
    wanted = set(reference)
    for message_id, message in parsed.messages.items():
        if message_id not in wanted:
            line, column = parsed.position(message.id.span.start)
            problems.append(Problem(files.ftl_file, line, column, "obsolete-message", "warning", message_id,
                                    f"message {message_id!r} is not in {against}; nothing uses it: delete it, "
                                    "or check the id for a typo"))
    return problems


def variants_per_step(files: LocaleFiles, catalog: Catalog, variants: list[Variant]) -> list[Problem]:
    """A step needs as many different messages as the catalog lists for it: a copy does not count."""
    texts: dict[str, frozenset[str]] = {}
    for variant in variants:
        texts[variant.message_id] = texts.get(variant.message_id, frozenset()) | {_wording(files, variant)}
    problems = []
    for step in catalog.steps:
        specs = [spec.id for spec in catalog.messages_for(step)]
        seen: dict[frozenset[str], str] = {}
        for message_id in specs:
            if message_id not in texts:
                continue
            key = texts[message_id]
            if key in seen:
                distinct = len({texts[m] for m in specs if m in texts})
                line, column = files.parsed.position(files.parsed.messages[message_id].id.span.start)
                problems.append(Problem(
                    files.ftl_file, line, column, "too-few-variants", "error", message_id,
                    f"{message_id!r} has the same text as {seen[key]!r}, so the step {step!r} has {distinct} "
                    f"different variants where the catalog lists {len(specs)}; write a different wording",
                ))
            else:
                seen[key] = message_id
    return problems


def variables(files: LocaleFiles, expected: dict[str, set[str]], grammar: Iterable[str], against: str) -> list[Problem]:
    """Each branch quotes exactly the reference's facts: none dropped, none invented."""
    from fluent.syntax import ast


    grammar = set(grammar)
    parsed = files.parsed
    problems = []
    for message_id, message in parsed.messages.items():
        if message.value is None or message_id not in expected:
            continue
        want = expected[message_id] - grammar
        for elements, choices in paths(list(message.value.elements)):
            used: dict[str, int] = {}
            for select, _ in choices:
                for name, offset in references(select.selector):
                    used.setdefault(name, offset)
            for element in elements:
                if isinstance(element, ast.Placeable):
                    for name, offset in references(element):
                        used.setdefault(name, offset)
            branch = choices[-1][1] if choices else None
            where = branch.span.start if branch is not None else message.id.span.start
            label = f"{message_id} [{', '.join(key_name(v.key) for _, v in choices)}]" if choices else message_id
            for name in sorted(want - set(used)):
                line, column = parsed.position(where)
                problems.append(Problem(files.ftl_file, line, column, "dropped-variable", "error", message_id,
                                        f"{label} does not use {{ ${name} }}, which {against} uses; "
                                        "the customer would not see that fact"))
            for name in sorted(set(used) - want - grammar):
                line, column = parsed.position(used[name])
                problems.append(Problem(files.ftl_file, line, column, "invented-variable", "error", message_id,
                                        f"{label} uses {{ ${name} }}, which {against} does not; "
                                        f"use only {_names(want | grammar)}"))
    return problems


def selects(files: LocaleFiles, catalog: Catalog) -> list[Problem]:
    """Plural selects cover the locale's CLDR categories; grammar selects use known option values."""
    from babel import Locale
    from fluent.syntax import ast

    needed = set(Locale.parse(files.code).plural_form.tags) | {"other"}
    counted = {name for name, fact in catalog.facts.items() if fact.type == "count"}
    options = {name: set(catalog.options[name]) for name in catalog.grammar_variables if name in catalog.options}
    parsed = files.parsed
    problems = []
    for message_id, message in parsed.messages.items():
        for select in all_selects(message):
            selector = select.selector
            if isinstance(selector, ast.FunctionReference) and selector.id.name == "NUMBER" and selector.arguments.positional:
                selector = selector.arguments.positional[0]
            name = selector.id.name if isinstance(selector, ast.VariableReference) else None
            keys = {key_name(v.key): v for v in select.variants}
            line, column = parsed.position(select.span.start)
            plural = name in counted or (name not in options and any(k in _PLURAL_CATEGORIES for k in keys))
            if plural:
                missing = [c for c in _PLURAL_CATEGORIES if c in needed and c not in keys]
                if missing:
                    problems.append(Problem(files.ftl_file, line, column, "missing-plural-category", "error", message_id,
                                            f"{message_id}: the plural select on ${name} has no {_keys(missing)} "
                                            f"variant; CLDR's rules for {files.code!r} need {_keys(sorted(needed, key=_PLURAL_CATEGORIES.index))}"))
                for key, variant in keys.items():
                    if key.replace(".", "", 1).isdigit():
                        continue
                    vline, vcolumn = parsed.position(variant.span.start)
                    if key not in _PLURAL_CATEGORIES:
                        problems.append(Problem(files.ftl_file, vline, vcolumn, "unknown-variant-key", "error", message_id,
                                                f"{message_id}: [{key}] is not a plural category; use {_keys(sorted(needed, key=_PLURAL_CATEGORIES.index))} or a number"))
                    elif key not in needed:
                        problems.append(Problem(files.ftl_file, vline, vcolumn, "unused-plural-category", "warning", message_id,
                                                f"{message_id}: {files.code!r} has no [{key}] plural category in CLDR, so this variant is never used"))
            elif name in options:
                for key, variant in keys.items():
                    if key not in options[name]:
                        vline, vcolumn = parsed.position(variant.span.start)
                        problems.append(Problem(files.ftl_file, vline, vcolumn, "unknown-variant-key", "error", message_id,
                                                f"{message_id}: [{key}] is not a value of ${name}, so this variant is never used; "
                                                f"values: {_keys(sorted(options[name]))}"))
    return problems


def reference_variables(parsed, catalog: Catalog | None = None) -> dict[str, set[str]]:
    """Facts each message quotes: from the English file, or from the catalog for English itself."""
    if catalog is not None:
        result = {mid: set(spec.facts) for mid, spec in catalog.messages.items()}
        for message_id in expected_ids(catalog):
            result.setdefault(message_id, set())
        return result
    return {mid: {name for name, _ in references(m.value)} for mid, m in parsed.messages.items() if m.value is not None}


def _wording(files: LocaleFiles, variant: Variant) -> str:
    """A variant's text with each placeable as written in the source: what a copy would repeat."""
    source = files.parsed.source
    parts = []
    for segment in variant.segments:
        if segment.literal:
            parts.append(variant.text[segment.start:segment.end])
        else:
            parts.append(source[segment.source:segment.source_end])
    return " ".join("".join(parts).split())


def _keys(keys) -> str:
    return ", ".join(f"[{k}]" for k in keys)


def _names(names) -> str:
    return ", ".join(f"${n}" for n in sorted(names)) or "no variables"
