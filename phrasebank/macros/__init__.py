"""Helpdesk macros: every playbook in every locale, in the format each helpdesk imports.

The `.ftl` files keep neutral Fluent variables; each helpdesk maps the facts it knows
to its own placeholders (`targets.yaml`), and the facts only the agent knows become
visible, localised blanks written by the translators (`blank-*` in each apology.ftl).

Modules, one concern each: `targets` (which helpdesk fills which fact, as data),
`draft` (composing with the facts left open), `markup` (plain text and HTML, inert),
`documents` (each helpdesk's request bodies), `accounts` (ids saved from the
helpdesk's API), `schema` (JSON Schema validation) and `export` (all or nothing on disk).
"""

from __future__ import annotations

from .export import Export, export_macros

__all__ = ["Export", "export_macros"]
