"""Macro titles in the macro's own language, each carrying its stable key.

An agent searches the helpdesk's macro list in the language she answers in, so the
title is wording: the playbook's `macro-title-*` and the options' `macro-option-*`
messages of the locale's apology.ftl. The key at the end (`[he/five-steps/formal-email-we]`)
is what `push` matches account objects by; it carries the language tag and never
changes with the wording, so a reworded title is an update, not a new macro.
"""

from __future__ import annotations

from .. import bank as _bank
from ..catalog import Catalog
from .draft import label


def title(
    pattern: str, catalog: Catalog, phrases: _bank.Bank, *, playbook: str, options: dict[str, str], key: str
) -> str:
    """`pattern` (a targets.yaml title) filled in `phrases`' language."""
    named = label(phrases, catalog.macro_titles[playbook])
    listed = ", ".join(label(phrases, catalog.option_labels[value]) for value in options.values())
    return pattern.format(locale=phrases.locale, title=named, options=listed, key=key)
