"""Every locale found on disk: complete, variable parity with English, plural categories."""

from __future__ import annotations

import pytest
from babel import Locale
from fluent.syntax import ast

from bank_support import CATALOG, LOCALES, REFERENCE, branch_variables, parse_locale, variables

GRAMMAR = set(CATALOG.grammar_variables)


def test_all_five_bundled_locales_are_found():
    assert {"en", "he", "ka", "hy", "lv"} <= set(LOCALES)


@pytest.mark.parametrize("locale", LOCALES)
def test_locale_has_exactly_the_catalog_messages(locale):
    # the step messages, the blanks helpdesk macros show where the agent writes the facts,
    # and the macro titles
    assert set(parse_locale(locale)) == set(CATALOG.messages) | set(CATALOG.label_message_ids)


@pytest.mark.parametrize("locale", LOCALES)
def test_macro_titles_are_plain_single_lines_at_the_end_of_the_file(locale):
    from phrasebank.locales import bundled_dir

    messages = parse_locale(locale)
    labels = (*CATALOG.macro_titles.values(), *CATALOG.option_labels.values())
    for message_id in labels:
        elements = messages[message_id].value.elements
        assert len(elements) == 1 and isinstance(elements[0], ast.TextElement), (locale, message_id)
        text = elements[0].value
        assert text.strip() == text and "\n" not in text and not text.endswith("."), (locale, message_id, text)
        assert not set(text) & set("[]{}"), (locale, message_id, text)  # brackets frame the key in a title
    source = (bundled_dir() / locale / "apology.ftl").read_text(encoding="utf-8")
    section = source.index("## Macro titles")
    import re

    def at(message_id: str) -> int:
        return re.search(rf"^{re.escape(message_id)} =", source, re.MULTILINE).start()

    assert all(at(m) > section for m in labels), locale
    # step messages stand before the section (a missing one is test_locale_has_exactly_the_catalog_messages')
    assert all(at(m) < section for m in CATALOG.messages if m in messages), locale


@pytest.mark.parametrize("locale", LOCALES)
def test_blanks_are_bracketed_single_line_labels_without_variables(locale):
    messages = parse_locale(locale)
    for message_id in CATALOG.blanks.values():
        elements = messages[message_id].value.elements
        assert len(elements) == 1 and isinstance(elements[0], ast.TextElement), (locale, message_id)
        text = elements[0].value
        assert "\n" not in text and text.startswith("[") and text.endswith("]"), (locale, message_id, text)
        assert messages[message_id].comment is not None, (locale, message_id, "needs a translator comment")


@pytest.mark.parametrize("locale", LOCALES)
def test_every_step_has_three_variants(locale):
    messages = parse_locale(locale)
    for step in CATALOG.steps:
        present = [m for m in CATALOG.messages_for(step) if m.id in messages]
        assert len(present) == len(CATALOG.messages_for(step)), (locale, step)
        assert len(present) >= 3 or all(m.facts and len(m.facts) == 1 for m in present), (locale, step)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_branch_uses_exactly_the_english_facts(locale):
    reference = parse_locale(REFERENCE)
    for message_id, message in parse_locale(locale).items():
        expected = variables(reference[message_id]) - GRAMMAR
        for used in branch_variables(message):
            assert used - GRAMMAR == expected, (locale, message_id, sorted(used - GRAMMAR), sorted(expected))


def _selects(node):
    found = []

    def walk(n):
        if isinstance(n, ast.SelectExpression):
            found.append(n)
        if isinstance(n, ast.BaseNode):
            for value in vars(n).values():
                for child in value if isinstance(value, list) else [value]:
                    if isinstance(child, ast.BaseNode):
                        walk(child)

    walk(node)
    return found


@pytest.mark.parametrize("locale", LOCALES)
def test_plural_selects_cover_the_cldr_categories_of_the_locale(locale):
    needed = set(Locale.parse(locale).plural_form.tags) | {"other"}
    counted = {name for name, fact in CATALOG.facts.items() if fact.type == "count"}
    for message_id, message in parse_locale(locale).items():
        for select in _selects(message):
            if not isinstance(select.selector, ast.VariableReference) or select.selector.id.name not in counted:
                continue
            keys = {v.key.name for v in select.variants if isinstance(v.key, ast.Identifier)}
            assert needed <= keys, (locale, message_id, sorted(needed - keys))
            assert keys <= {"zero", "one", "two", "few", "many", "other"}, (locale, message_id, keys)


@pytest.mark.parametrize("locale", LOCALES)
def test_grammar_selects_default_to_unknown_or_formal(locale):
    defaults = {"customer_gender": "unknown", "agent_gender": "unknown", "register": "formal"}
    for message_id, message in parse_locale(locale).items():
        for select in _selects(message):
            if isinstance(select.selector, ast.VariableReference) and select.selector.id.name in defaults:
                name = select.selector.id.name
                default = next(v for v in select.variants if v.default)
                assert default.key.name == defaults[name], (locale, message_id, name)
                allowed = set(CATALOG.options[name])
                assert {v.key.name for v in select.variants} <= allowed, (locale, message_id)
