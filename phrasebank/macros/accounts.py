"""Ids that only the helpdesk account knows, read from files the admin saves from its API.

Zendesk numbers its locales per account (and documents only some of the numbers),
and Freshdesk numbers canned-response folders when they are created. Guessing
either would import macros into the wrong language or nowhere, so the admin saves
the listing once (`GET /api/v2/locales`, `GET /api/v2/canned_response_folders`)
and the export reads the ids from it — failing, before anything is written, with
the name of every locale or folder the account lacks and how to add it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

from .. import inputs
from ..errors import UnknownLocaleError
from ..tokens import normalize
from ..locales import negotiate
from . import schema
from .errors import ExportError


@dataclass(frozen=True)
class ZendeskLocales:
    ids: dict[str, tuple[int, ...]]  # phrasebank locale -> the account's locale ids for it (en-US, en-GB...)
    default_id: int  # the variant Zendesk falls back to
    default_locale: str | None  # the bank's locale for it (None: a language the bank does not have)
    note: str  # how the default was chosen, for the manifest and the progress line


def read_json(source: str | Path | Any, what: str) -> Any:
    """A saved API response: a path to a JSON file (read by phrasebank.inputs), or the already parsed value."""
    if not isinstance(source, (str, Path)):
        return source
    try:
        return inputs.read_json(source, f"{what} file")
    except inputs.InputError as exc:
        raise ExportError(str(exc)) from None


def zendesk_locales(
    source: str | Path | Mapping | None,
    locales: Sequence[str],
    locales_dir: str | Path | None,
    default_locale: str | None = None,
) -> ZendeskLocales:
    """Map each exported locale to the account's locale ids; name every one the account lacks.

    The default variant (Zendesk's fallback for every other language) never depends on
    which locales this export holds: it is `default_locale` when given, else the
    account's own default language.
    """
    if source is None:
        raise ExportError(
            "Zendesk numbers its locales per account: save the output of GET /api/v2/locales "
            "(curl https://{subdomain}.zendesk.com/api/v2/locales.json -u {email}/token:{token} > locales.json) "
            "and pass it with --zendesk-locales locales.json"
        )
    data = read_json(source, "Zendesk locales")
    schema.validate("zendesk", "locales_response", data, where="the Zendesk locales file (GET /api/v2/locales)")
    ids: dict[str, list[int]] = {code: [] for code in locales}
    bank_code: dict[int, str | None] = {}  # account locale id -> the bank's locale for it
    default_account: dict | None = None
    for entry in data["locales"]:
        if entry.get("default") is True:
            default_account = entry
        try:
            code = negotiate(entry["locale"], locales_dir)
        except UnknownLocaleError:
            code = None  # a language the bank does not have: not ours to fill
        bank_code[entry["id"]] = code
        if code in ids and entry["id"] not in ids[code]:
            ids[code].append(entry["id"])
    missing = [code for code in locales if not ids[code]]
    if missing:
        from babel import Locale

        names = ", ".join(f"{code} ({Locale.parse(code).get_display_name('en')})" for code in missing)
        raise ExportError(
            f"your Zendesk account lacks the locales {names}: add them to the account's languages "
            "(Admin Center, localization settings), then save GET /api/v2/locales again (or export without "
            f"--locale {' --locale '.join(missing)})"
        )
    if default_locale is not None:
        try:
            wanted = negotiate(default_locale, locales_dir)
            candidates = [entry for entry in data["locales"] if bank_code[entry["id"]] == wanted]
        except UnknownLocaleError:  # a language of the account the bank does not have: matched by its tag
            wanted = default_locale.lower().replace("_", "-")
            candidates = [entry for entry in data["locales"]
                          if f"{entry['locale'].lower()}-".startswith(f"{wanted}-")]
        if not candidates:
            raise ExportError(
                f"--default-locale {default_locale}: your Zendesk account has no {wanted} locale; its locales: "
                + ", ".join(entry["locale"] for entry in data["locales"])
            )
        chosen = next((entry for entry in candidates if entry is default_account), candidates[0])
        note = f"default variant: {chosen['locale']} (--default-locale)"
    elif default_account is not None:
        chosen = default_account
        note = f"default variant: {chosen['locale']}, the account's default language"
    else:
        raise ExportError(
            "the Zendesk locales file marks no default language, so the fallback variant is unknown: "
            "pass --default-locale with one of " + ", ".join(locales)
        )
    if chosen["id"] not in {found for group in ids.values() for found in group}:
        note += " (not in this export: its items must exist in the account already)"
    return ZendeskLocales(
        {code: tuple(found) for code, found in ids.items()}, chosen["id"], bank_code[chosen["id"]], note
    )


def freshdesk_folders(source: str | Path | Any | None, wanted: Mapping[str, str]) -> dict[str, int]:
    """The id of each locale's canned-response folder, found by its exact name."""
    listing = ", ".join(f"{name!r}" for name in wanted.values())
    if source is None:
        raise ExportError(
            f"Freshdesk files canned responses in folders it numbers itself: create the folders {listing} "
            "(on the canned responses admin page, or POST /api/v2/canned_response_folders), save the output "
            "of GET /api/v2/canned_response_folders to a file and pass it with --freshdesk-folders FILE"
        )
    data = read_json(source, "Freshdesk folders")
    schema.validate(
        "freshdesk", "folders_response", data, where="the Freshdesk folders file (GET /api/v2/canned_response_folders)"
    )
    by_name = {normalize("NFC", folder["name"]).strip(): folder["id"] for folder in data}
    found, missing = {}, []
    for locale, name in wanted.items():
        folder_id = by_name.get(normalize("NFC", name))
        if folder_id is None:
            missing.append(name)
        else:
            found[locale] = folder_id
    if missing:
        raise ExportError(
            f"your Freshdesk account has no canned response folders named {', '.join(repr(n) for n in missing)}: "
            "create them (canned responses admin page, or POST /api/v2/canned_response_folders), then save "
            "GET /api/v2/canned_response_folders again"
        )
    return found
