"""Helpdesk macros: every playbook in every locale, in the format each helpdesk imports.

The `.ftl` files keep neutral Fluent variables; each helpdesk maps the facts it knows
to its own placeholders (`targets.yaml`), and the facts only the agent knows become
visible, localised blanks written by the translators (`blank-*` in each apology.ftl).

Modules, one concern each: `targets` (which helpdesk fills which fact, as data),
`draft` (composing with the facts left open), `markup` (plain text and HTML, inert),
`documents` (each helpdesk's request bodies), `titles` (macro titles in the macro's
language, carrying the stable key), `accounts` (ids saved from the helpdesk's API),
`schema` (JSON Schema validation) and `export` (all or nothing on disk).

Pushing an export to a helpdesk's API: `push` (plan, then apply), `plan` (changes by
stable key), `vendors` (what differs per helpdesk), `api` (the httpx client with its
retry and error policy), `auth` (bearer and OAuth client credentials as httpx.Auth)
and `credentials` (from the environment or a file, never from an argument).
"""

from __future__ import annotations

from .export import Export, export_macros
from .push import PushResult, PushStopped, push_macros

__all__ = ["Export", "PushResult", "PushStopped", "export_macros", "push_macros"]
