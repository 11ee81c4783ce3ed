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
    source: str | Path | Mapping | None, locales: Sequence[str], locales_dir: str | Path | None
) -> ZendeskLocales:
    """Map each exported locale to the account's locale ids; name every one the account lacks."""
    if source is None:
        raise ExportError(
            "Zendesk numbers its locales per account: save the output of GET /api/v2/locales "
            "(curl https://{subdomain}.zendesk.com/api/v2/locales.json -u {email}/token:{token} > locales.json) "
            "and pass it with --zendesk-locales locales.json"
        )
    data = read_json(source, "Zendesk locales")
    schema.validate("zendesk", "locales_response", data, where="the Zendesk locales file (GET /api/v2/locales)")
    ids: dict[str, list[int]] = {code: [] for code in locales}
    default_account: dict | None = None
    for entry in data["locales"]:
        if entry.get("default") is True:
            default_account = entry
        try:
            code = negotiate(entry["locale"], locales_dir)
        except UnknownLocaleError:
            continue  # a language the bank does not have: not ours to fill
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
    first = locales[0]
    if default_account is not None and any(default_account["id"] in found for found in ids.values()):
        default_id = default_account["id"]
        note = f"default variant: {default_account['locale']}, the account's default language"
    else:
        default_id = ids[first][0]
        why = (
            f"the account's default language {default_account['locale']} is not exported"
            if default_account is not None
            else "the locales file marks no default"
        )
        note = f"default variant: {first} ({why}; the first exported locale is used)"
    return ZendeskLocales({code: tuple(found) for code, found in ids.items()}, default_id, note)


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
