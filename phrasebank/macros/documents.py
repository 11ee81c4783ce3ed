"""The files each helpdesk imports, built from rendered macros.

What varies per helpdesk here is only the shape of its API's request body and
where the file goes; wording, placeholders and escaping are settled before
(draft.py, markup.py). Every document names the schema definition it must match
and the API request that imports it, for the manifest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

GENERATED_BY = "Written by phrasebank from the playbook {playbook!r}. Replace every [bracketed] blank before sending."


@dataclass(frozen=True)
class Macro:
    """One rendered macro: a playbook in a locale, in one helpdesk's syntax."""

    locale: str
    language: str  # ISO 639 language of the locale, for helpdesks that file macros by language
    playbook: str
    key: str  # stable: what `push` finds the macro by in the account (targets.yaml `keys`)
    title: str
    text: str
    html: str


@dataclass(frozen=True)
class OutFile:
    path: str
    kind: str
    definition: str  # the $defs entry of the target's schema the document must match
    request: str | None  # the API call that imports it (None: pasted by hand, or a file to import)
    document: Any
    title: str | None = None
    locale: str | None = None
    playbook: str | None = None
    key: str | None = None  # the stable key `push` matches the account's object by
    folder: str | None = None  # the folder the helpdesk files it in, by name (Freshdesk)


@dataclass(frozen=True)
class Context:
    """What a builder needs besides the macros: options, and ids from the helpdesk account."""

    # playbook -> the register, channel and voice it is written with (its own channel
    # unless one was asked for): part of every file name, item name and key
    book_options: dict[str, dict[str, str]]
    playbook_titles: dict[str, str]  # the catalog's (English) playbook titles, for descriptions
    zendesk: Any = None  # accounts.ZendeskLocales
    freshdesk_folders: dict[str, int] | None = None  # locale -> folder id, when the account's list was given
    folder_names: dict[str, str] | None = None  # locale -> folder name (Freshdesk)
    all_locales: dict[str, tuple[str, str]] | None = None  # playbook -> (key, title) of a macro for every language
    external_id: str | None = None  # Gorgias: the pattern that stores our key in the macro


    def slug(self, playbook: str) -> str:
        """register-channel-voice of `playbook`, e.g. "formal-email-we"."""
        return "-".join(self.book_options[playbook].values())


def _name(macro: Macro, context: Context) -> str:
    return f"{macro.locale}/{macro.playbook}.{context.slug(macro.playbook)}.json"


def dynamic_content_name(playbook: str, context: Context) -> str:
    """The item name; Zendesk derives the placeholder from it, so only [a-z0-9_] are used."""
    return re.sub(r"[^a-z0-9]+", "_", f"phrasebank apology {playbook} {context.slug(playbook)}".lower())


def zendesk(macros: list[Macro], context: Context) -> list[OutFile]:
    """Per playbook a dynamic content item (a variant per language) and a macro inserting it;
    per locale a plain macro too, for accounts without dynamic content."""
    by_playbook: dict[str, list[Macro]] = {}
    for macro in macros:
        by_playbook.setdefault(macro.playbook, []).append(macro)
    files = _one_per_macro(
        macros, context, folder="macros_by_locale", kind="locale_macro", definition="macro_create",
        request="POST /api/v2/macros",
        body=lambda macro: {"macro": {
            "title": macro.title,
            "actions": [{"field": "comment_value_html", "value": macro.html}],
            "active": True,
            "description": GENERATED_BY.format(playbook=context.playbook_titles[macro.playbook]),
        }},
    )
    for playbook, group in by_playbook.items():
        name = dynamic_content_name(playbook, context)
        variants = []
        for macro in group:
            for locale_id in context.zendesk.ids[macro.locale]:
                variants.append({
                    "locale_id": locale_id,
                    "content": macro.html,
                    "default": locale_id == context.zendesk.default_id,
                    "active": True,
                })
        # The fallback variant is the account's choice (--default-locale or its default
        # language), never "whichever locale came first": a partial export then carries
        # no default variant and can only update an item that exists.
        complete = any(v["default"] for v in variants)
        files.append(OutFile(
            path=f"dynamic_content/{name}.json",
            kind="dynamic_content_item",
            definition="item_create" if complete else "item_variants",
            request="POST /api/v2/dynamic_content/items" if complete else (
                "POST .../variants/create_many and PUT .../variants/update_many on the existing item"
            ),
            document={"item": {"name": name, "default_locale_id": context.zendesk.default_id, "variants": variants}},
            title=name, playbook=playbook, key=name,
        ))
        key, title = context.all_locales[playbook]
        files.append(OutFile(
            path=f"macros/{playbook}.{context.slug(playbook)}.json",
            kind="macro",
            definition="macro_create",
            request="POST /api/v2/macros",
            document={"macro": {
                "title": title,
                "actions": [{"field": "comment_value_html", "value": "{{dc.%s}}" % name}],
                "active": True,
                "description": GENERATED_BY.format(playbook=context.playbook_titles[playbook])
                + " Zendesk picks the variant in the requester's language.",
            }},
            title=title, playbook=playbook, key=key,
        ))
    return files


def _one_per_macro(
    macros: list[Macro], context: Context, *, folder: str, kind: str, definition: str, request: str,
    body: Callable[[Macro], dict],
) -> list[OutFile]:
    """The common case: one request body per macro, filed by locale."""
    return [
        OutFile(
            path=f"{folder}/{_name(macro, context)}",
            kind=kind,
            definition=definition,
            request=request,
            document=body(macro),
            title=macro.title, locale=macro.locale, playbook=macro.playbook, key=macro.key,
            folder=(context.folder_names or {}).get(macro.locale),
        )
        for macro in macros
    ]


def freshdesk(macros: list[Macro], context: Context) -> list[OutFile]:
    """Filed by folder name; the folder's id is in the file only when the account's list was given
    (push finds or creates the folder by name and fills it in)."""
    filed = context.freshdesk_folders is not None

    def body(macro: Macro) -> dict:
        document = {"title": macro.title, "content_html": macro.html, "visibility": 0}  # 0: all agents
        if filed:
            document["folder_id"] = context.freshdesk_folders[macro.locale]
        return document

    return _one_per_macro(
        macros, context, folder="canned_responses", kind="canned_response",
        definition="canned_response_create" if filed else "canned_response_unfiled",
        request="POST /api/v2/canned_responses", body=body,
    )


def helpscout(macros: list[Macro], context: Context) -> list[OutFile]:
    return _one_per_macro(
        macros, context, folder="saved_replies", kind="saved_reply", definition="saved_reply_create",
        request="POST /v2/mailboxes/{mailboxId}/saved-replies",
        body=lambda macro: {"name": macro.title, "text": macro.html, "chatText": macro.text},
    )


def intercom(macros: list[Macro], context: Context) -> list[OutFile]:
    """What the admin pastes: Intercom's API lists macros but cannot create or update them."""
    return _one_per_macro(
        macros, context, folder="macros", kind="macro", definition="macro_manual",
        request=None,
        body=lambda macro: {"name": macro.title, "body": macro.html, "body_text": macro.text},
    )


def gorgias(macros: list[Macro], context: Context) -> list[OutFile]:
    return _one_per_macro(
        macros, context, folder="macros", kind="macro", definition="macro_create", request="POST /api/macros",
        body=lambda macro: {
            "name": macro.title,
            # stable across runs and wording: push finds the macro to update by it
            "external_id": context.external_id.format(key=macro.key),
            "language": macro.language,
            "actions": [{
                "name": "setResponseText",
                "type": "user",
                "title": "Set response text",
                "arguments": {"body_text": macro.text, "body_html": macro.html},
            }],
        },
    )


def front(macros: list[Macro], context: Context) -> list[OutFile]:
    # No subject: a template applied to a reply would overwrite the customer's subject line.
    return _one_per_macro(
        macros, context, folder="message_templates", kind="message_template",
        definition="message_template_create", request="POST /message_templates",
        body=lambda macro: {"name": macro.title, "body": macro.html},
    )


CSV_COLUMNS = ("locale", "playbook", "title", "text", "html")


def csv(macros: list[Macro], context: Context) -> list[OutFile]:
    """One file; each row is validated as an object, then written as a CSV line."""
    rows = [
        {"locale": m.locale, "playbook": m.playbook, "title": m.title, "text": m.text, "html": m.html}
        for m in macros
    ]
    return [OutFile(path="macros.csv", kind="csv", definition="row", request=None, document=rows)]


BUILDERS: dict[str, Callable[[list[Macro], Context], list[OutFile]]] = {
    "zendesk": zendesk,
    "freshdesk": freshdesk,
    "helpscout": helpscout,
    "intercom": intercom,
    "gorgias": gorgias,
    "front": front,
    "csv": csv,
}
