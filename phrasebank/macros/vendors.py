"""Per helpdesk: how its account's objects are listed, matched to exported files, and written.

Endpoints, paging, auth and error bodies are data (targets.yaml, read by api.py);
what stays here is what differs in kind between the vendors:

- Zendesk keeps each playbook's text in a dynamic content item whose variants are
  changed by id (`update_many` needs each variant's id, which only the account
  knows), new locales added with `create_many`; the fallback variant is repaired
  when an earlier import got it wrong.
- Freshdesk files canned responses in folders it numbers itself: a push finds the
  export's folders by name and creates the missing ones first.
- Help Scout lists saved replies without their text: each of ours is read once to compare.
- Gorgias stores our key in the macro's own `external_id`.
- Front files templates in a folder or limits them to an inbox, as the admin says.

Every planner only reads; the writes are `Call`s that push.py makes with --apply.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from .api import Api, PushError
from .plan import Call, Change, Ref, subset_equal
from .targets import Keys


@dataclass(frozen=True)
class File:
    """One file of the export, with its manifest entry."""

    path: str
    kind: str
    key: str
    title: str | None
    locale: str | None
    playbook: str | None
    folder: str | None
    document: Any


@dataclass(frozen=True)
class ExportFiles:
    target: str
    locales: tuple[str, ...]
    options: dict[str, str | None]  # register, channel (None: each playbook on its own), voice
    channels: dict[str, str]  # playbook -> the channel it was written for
    files: tuple[File, ...]

    def of(self, kind: str) -> list[File]:
        return [f for f in self.files if f.kind == kind]

    def covers(self, playbook: str, register: str, channel: str, voice: str) -> bool:
        """Whether an object with these options is this export's business (written by it, or
        by an earlier export of the same options that had a playbook this one has not).

        A playbook of the export counts on the channel it was written for; one it does not
        hold (retired, or left out with --playbook) on any channel the export wrote for.
        """
        if (register, voice) != (self.options["register"], self.options["voice"]):
            return False
        own = self.channels.get(playbook)
        return channel == own if own is not None else channel in self.channels.values()


@dataclass(frozen=True)
class Options:
    """What only the admin can say: where in the account the macros go."""

    mailbox: str | None = None  # Help Scout
    folder: str | None = None  # Front
    inbox: str | None = None  # Front
    zendesk_macros: str = "dynamic-content"  # or "per-locale" (accounts without dynamic content)


ZENDESK_MACROS = ("dynamic-content", "per-locale")


class Vendor:
    """Plans a push for one target: list, match by key, compare."""

    def __init__(self, api: Api, export: ExportFiles, options: Options, keys: Keys):
        self.api, self.export, self.options, self.keys = api, export, options, keys

    def check(self) -> None:
        """Refuse options this vendor cannot use, before anything is sent."""

    def plan(self) -> list[Change]:
        raise NotImplementedError

    # -- shared ------------------------------------------------------------------------

    def in_scope(self, key: str | None) -> bool:
        """An account object that is ours and belongs to this export's options and locales."""
        fields = self.keys.parse(key)
        if fields is None:
            return False
        if not self.export.covers(fields["playbook"], fields["register"], fields["channel"], fields["voice"]):
            return False
        return "locale" not in fields or fields["locale"] in self.export.locales

    def match(
        self,
        files: list[File],
        found: Iterable[dict],
        key_of: Callable[[dict], str | None],
        *,
        compare: Callable[[File, dict], bool],
        create: Callable[[File], list[Call]],
        update: Callable[[File, dict], list[Call]],
        label: Callable[[dict], str | None],
    ) -> list[Change]:
        """The create / update / unchanged / stale changes for `files` against the account's objects."""
        by_key: dict[str, dict] = {}
        for obj in found:
            key = key_of(obj)
            if key is not None and key in by_key:
                raise PushError(
                    f"{self.api.label} has two objects with the key {key} (ids {by_key[key].get('id')} and "
                    f"{obj.get('id')}): delete one by hand, then push again"
                )
            if key is not None:
                by_key[key] = obj
        changes = []
        for file in files:
            existing = by_key.pop(file.key, None)
            if existing is None:
                changes.append(Change("create", file.kind, file.key, file.title, file.path, calls=create(file)))
            elif compare(file, existing):
                changes.append(Change("unchanged", file.kind, file.key, file.title, file.path))
            else:
                changes.append(Change("update", file.kind, file.key, file.title, file.path,
                                      detail=f"id {existing.get('id')}", calls=update(file, existing)))
        for key, obj in by_key.items():
            if self.in_scope(key):
                changes.append(Change("stale", files[0].kind if files else "macro", key, label(obj),
                                      detail=f"id {obj.get('id')}: not in this export; left as it is"))
        return changes


def fields(document: dict, names: Iterable[str]) -> dict:
    return {name: document[name] for name in names if name in document}


class Zendesk(Vendor):
    ITEM_PREFIX = "phrasebank_apology_"  # documents.dynamic_content_name()

    def check(self) -> None:
        if self.options.zendesk_macros not in ZENDESK_MACROS:
            raise PushError(f"--zendesk-macros must be one of {', '.join(ZENDESK_MACROS)}, "
                            f"got {self.options.zendesk_macros!r}")

    def plan(self) -> list[Change]:
        changes: list[Change] = []
        per_locale = self.options.zendesk_macros == "per-locale"
        if not per_locale:
            changes += self._items()

        def key_of(macro: dict) -> str | None:
            # macros of the other kind (one per language vs one for all) are not this push's business
            key = self.keys.from_title(macro.get("title"))
            fields = self.keys.parse(key)
            return key if fields is not None and ("locale" in fields) == per_locale else None

        changes += self.match(
            self.export.of("locale_macro" if per_locale else "macro"), self.api.list("list_macros"), key_of,
            compare=lambda f, m: subset_equal(f.document["macro"], m),
            create=lambda f: [Call("create_macro", f.document, what="macro created")],
            update=lambda f, m: [Call("update_macro", f.document, {"id": m["id"]}, what="macro updated")],
            label=lambda m: m.get("title"),
        )
        return changes

    def _items(self) -> list[Change]:
        found = {item["name"]: item for item in self.api.list("list_items")}
        changes = [self._item(file, found.pop(file.key, None)) for file in self.export.of("dynamic_content_item")]
        for name, item in found.items():
            if self._ours(name):
                changes.append(Change("stale", "dynamic_content_item", name, name,
                                      detail=f"id {item.get('id')}: not in this export; left as it is"))
        return changes

    def _ours(self, name: str) -> bool:
        """A dynamic content item of this export's options: phrasebank_apology_<playbook>_<register>_<channel>_<voice>."""
        if not name.startswith(self.ITEM_PREFIX):
            return False
        parts = name[len(self.ITEM_PREFIX):].split("_")
        if len(parts) < 4:
            return False
        *book, register, channel, voice = parts
        underscored = "_".join(book)
        playbook = next((p for p in self.export.channels if p.replace("-", "_") == underscored), underscored)
        return self.export.covers(playbook, register, channel, voice)

    def _item(self, file: File, existing: dict | None) -> Change:
        item = file.document["item"]
        default_id = item["default_locale_id"]
        ours_default = any(variant["default"] for variant in item["variants"])
        if existing is None:
            if not ours_default:
                raise PushError(
                    f"{file.path}: the dynamic content item {item['name']} is not in your Zendesk account yet, and this "
                    f"export has no variant for its default language (locale id {default_id}): export that locale "
                    "too, or choose another with `phrasebank macros --default-locale`"
                )
            return Change("create", file.kind, file.key, file.title, file.path,
                          detail=f"{len(item['variants'])} variants",
                          calls=[Call("create_item", file.document, what="item created with its variants")])
        theirs = {variant["locale_id"]: variant for variant in existing.get("variants", [])}
        created, updated = [], []
        for variant in item["variants"]:
            current = theirs.get(variant["locale_id"])
            if current is None:
                created.append(variant)
            elif not subset_equal(fields(variant, ("content", "active", "default")), current):
                # the variant-id rule: update_many changes variants by their id, never by locale
                updated.append({"id": current["id"], **fields(variant, ("content", "active", "default"))})
        if existing.get("default_locale_id") != default_id and not ours_default:
            fallback = theirs.get(default_id)
            if fallback is None:
                raise PushError(
                    f"{file.path}: the fallback variant of {item['name']} should be locale id {default_id}, which "
                    "the account's item has no variant for and this export does not hold: export that locale too"
                )
            updated.append({"id": fallback["id"], "default": True})
        calls = []
        if created:
            calls.append(Call("create_variants", {"variants": created}, {"id": existing["id"]},
                              what="variants created for locale ids " + ", ".join(str(v["locale_id"]) for v in created)))
        if updated:
            calls.append(Call("update_variants", {"variants": updated}, {"id": existing["id"]},
                              what="variants updated by id " + ", ".join(str(v["id"]) for v in updated)))
        detail = f"id {existing['id']}: {len(created)} variants to create, {len(updated)} to update"
        return Change("update" if calls else "unchanged", file.kind, file.key, file.title, file.path,
                      detail=detail if calls else "", calls=calls)


class Freshdesk(Vendor):
    COMPARED = ("title", "content_html", "folder_id")  # what the folder listing returns of what we send

    def plan(self) -> list[Change]:
        changes: list[Change] = []
        folders = {_nfc(folder["name"]): folder["id"] for folder in self.api.list("list_folders")}
        wanted = list(dict.fromkeys(f.folder for f in self.export.files))
        if None in wanted:
            raise PushError("manifest.json names no folder for some canned responses: export them again")
        ids: dict[str, Any] = {}
        for name in wanted:
            if _nfc(name) in folders:
                ids[name] = folders[_nfc(name)]
            else:
                ids[name] = Ref(f"folder:{name}")
                changes.append(Change("create", "folder", name, name, detail="canned response folder",
                                      calls=[Call("create_folder", {"name": name}, what="folder created",
                                                  remember=ids[name].name)]))
        found = []
        for name in wanted:
            if not isinstance(ids[name], Ref):
                found += self.api.list("list_responses", folder=ids[name])
        files = self.export.of("canned_response")
        for file in files:
            filed = file.document.get("folder_id")
            if filed is not None and not isinstance(ids[file.folder], Ref) and filed != ids[file.folder]:
                raise PushError(
                    f"{file.path}: folder_id {filed} is not the id of {file.folder!r} in this account "
                    f"({ids[file.folder]}): the export was made for another account; export again without "
                    "--freshdesk-folders"
                )

        def body(file: File) -> dict:
            return {**file.document, "folder_id": ids[file.folder]}

        changes += self.match(
            files, found, lambda r: self.keys.from_title(r.get("title")),
            compare=lambda f, r: not isinstance(ids[f.folder], Ref) and subset_equal(fields(body(f), self.COMPARED), r),
            create=lambda f: [Call("create_response", body(f), what="canned response created")],
            update=lambda f, r: [Call("update_response", body(f), {"id": r["id"]}, what="canned response updated")],
            label=lambda r: r.get("title"),
        )
        return changes


class HelpScout(Vendor):
    def check(self) -> None:
        if not self.options.mailbox:
            raise PushError("Help Scout keeps saved replies per mailbox: pass --mailbox ID (the number in the "
                            "mailbox's address, https://secure.helpscout.net/mailbox/ID/)")

    def plan(self) -> list[Change]:
        mailbox = self.options.mailbox
        ours = []
        for reply in self.api.list("list_replies", mailbox=mailbox):
            key = self.keys.from_title(reply.get("name"))
            if key is not None:
                # the listing shows a preview only: read each of ours once to compare its text
                ours.append(self.api.call("get_reply", mailbox=mailbox, id=reply["id"]) if self._wanted(key) else reply)
        return self.match(
            self.export.of("saved_reply"), ours, lambda r: self.keys.from_title(r.get("name")),
            compare=lambda f, r: subset_equal(f.document, r),
            create=lambda f: [Call("create_reply", f.document, {"mailbox": mailbox}, what="saved reply created")],
            update=lambda f, r: [Call("update_reply", f.document, {"mailbox": mailbox, "id": r["id"]},
                                      what="saved reply updated")],
            label=lambda r: r.get("name"),
        )

    def _wanted(self, key: str) -> bool:
        return any(f.key == key for f in self.export.files)


class Gorgias(Vendor):
    def plan(self) -> list[Change]:
        prefix, _, suffix = self.api.spec["external_id"].partition("{key}")

        def key_of(macro: dict) -> str | None:
            external = macro.get("external_id") or ""
            if external.startswith(prefix) and external.endswith(suffix) and len(external) > len(prefix + suffix):
                return external[len(prefix):len(external) - len(suffix)]
            return None

        return self.match(
            self.export.of("macro"), self.api.list("list_macros"), key_of,
            compare=lambda f, m: subset_equal(f.document, m),
            create=lambda f: [Call("create_macro", f.document, what="macro created")],
            update=lambda f, m: [Call("update_macro", f.document, {"id": m["id"]}, what="macro updated")],
            label=lambda m: m.get("name"),
        )


class Front(Vendor):
    def check(self) -> None:
        if bool(self.options.folder) == bool(self.options.inbox):
            raise PushError(
                "Front needs to know where the templates go: pass --folder ID (a message template folder, "
                "rsf_...) or --inbox ID (only that inbox, inb_...), one of the two"
            )

    def plan(self) -> list[Change]:
        def body(file: File) -> dict:
            placed = {"folder_id": self.options.folder} if self.options.folder else {"inbox_ids": [self.options.inbox]}
            return {**file.document, **placed}

        def placed(template: dict) -> bool:
            if self.options.inbox:
                return template.get("inbox_ids") == [self.options.inbox]
            parent = ((template.get("_links") or {}).get("related") or {}).get("parent_folder") or ""
            return parent.rstrip("/").rsplit("/", 1)[-1] == self.options.folder

        return self.match(
            self.export.of("message_template"), self.api.list("list_templates"),
            lambda t: self.keys.from_title(t.get("name")),
            compare=lambda f, t: subset_equal(f.document, t) and placed(t),
            create=lambda f: [Call("create_template", body(f), what="message template created")],
            update=lambda f, t: [Call("update_template", body(f), {"id": t["id"]}, what="message template updated")],
            label=lambda t: t.get("name"),
        )


def _nfc(name: str) -> str:
    return unicodedata.normalize("NFC", name).strip()


VENDORS: dict[str, type[Vendor]] = {
    "zendesk": Zendesk,
    "freshdesk": Freshdesk,
    "helpscout": HelpScout,
    "gorgias": Gorgias,
    "front": Front,
}
