"""Shared helpers for the phrase-bank tests: locales on disk, facts, Fluent AST walks."""

from __future__ import annotations

import datetime
import itertools
import unicodedata
from pathlib import Path

import yaml
from fluent.syntax import FluentParser, ast, visitor

from phrasebank import catalog as _catalog
from phrasebank.locales import REFERENCE, available, bundled_dir

ROOT = Path(__file__).resolve().parent.parent
LOCALES = available()
CATALOG = _catalog.load()
OPTION_NAMES = ("register", "channel", "voice", "customer_gender", "agent_gender")
SCRIPT_NAMES = {"Hebr": "HEBREW", "Geor": "GEORGIAN", "Armn": "ARMENIAN", "Latn": "LATIN"}


def ftl_path(locale: str, root: Path | None = None) -> Path:
    return (root or bundled_dir()) / locale / "apology.ftl"


def parse_locale(locale: str, root: Path | None = None) -> dict[str, ast.Message]:
    resource = FluentParser().parse(ftl_path(locale, root).read_text(encoding="utf-8"))
    return {e.id.name: e for e in resource.body if isinstance(e, ast.Message)}


class _Variables(visitor.Visitor):
    def __init__(self):
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node):
        self.names.add(node.id.name)


def variables(node) -> set[str]:
    found = _Variables()
    found.visit(node)
    return found.names


def branch_variables(message: ast.Message) -> list[set[str]]:
    """The variables each fully expanded branch of a message uses (selectors included)."""
    results: list[set[str]] = []

    def expand(elements, used: set[str]):
        for i, element in enumerate(elements):
            if isinstance(element, ast.Placeable) and isinstance(element.expression, ast.SelectExpression):
                select = element.expression
                selector_vars = variables(select.selector)
                for variant in select.variants:
                    expand(list(variant.value.elements) + list(elements[i + 1 :]), used | selector_vars)
                return
            if isinstance(element, ast.Placeable):
                used = used | variables(element)
        results.append(used)

    expand(list(message.value.elements), set())
    return results


def example_facts(locale: str) -> dict:
    """The locale's sample facts, a date written {in_days: N} taken as N days from today."""
    data = yaml.safe_load((bundled_dir() / locale / "example.yaml").read_text(encoding="utf-8"))
    return {
        name: datetime.date.today() + datetime.timedelta(days=value["in_days"]) if isinstance(value, dict) else value
        for name, value in data["facts"].items()
    }


def all_option_combinations():
    values = [CATALOG.options[name] for name in OPTION_NAMES]
    for combo in itertools.product(*values):
        yield dict(zip(OPTION_NAMES, combo))


def locale_script(locale: str) -> str:
    from babel.core import get_global

    return get_global("likely_subtags")[locale].split("_")[1]


def letters_in_script(text: str, script: str) -> tuple[int, int]:
    """(letters of `script`, all letters) in text."""
    prefix = SCRIPT_NAMES[script]
    letters = [c for c in text if c.isalpha()]
    return sum(unicodedata.name(c, "").startswith(prefix) for c in letters), len(letters)


__all__ = [
    "CATALOG",
    "LOCALES",
    "REFERENCE",
    "ROOT",
    "all_option_combinations",
    "branch_variables",
    "example_facts",
    "ftl_path",
    "letters_in_script",
    "locale_script",
    "parse_locale",
    "variables",
]
