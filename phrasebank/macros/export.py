"""`export_macros`: every playbook in every locale, as files one helpdesk imports.

An import that stops half-way leaves a helpdesk with some languages updated and
others not, so an export is all or nothing: every macro is composed, rendered,
checked for inertness and validated against the helpdesk's schema first; the files
are then written by `phrasebank.outputs.write_tree` (a staging folder beside the
destination, swapped into place in one step, under a lock). A failure or a kill at
any point leaves the destination as it was, and a folder holding a file the export
did not write (an account file saved there, notes) is never replaced.

Output is deterministic — same bank, options and seed, same bytes. Every macro has
a stable key (its locale, playbook and options) that its title ends with and that
never depends on the wording, the seed or which other locales were exported: it is
what `phrasebank macros push` finds the account's object by, so a re-export updates
the macros instead of adding copies.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from .. import __version__, inputs, outputs
from .. import bank as _bank
from ..catalog import load as load_catalog
from ..locales import REFERENCE, available, negotiate
from . import accounts, documents, markup, schema, targets
from .documents import Context, Macro, OutFile
from .draft import compose_draft
from .errors import ExportError
from .titles import title as macro_title

MANIFEST = "manifest.json"
JSON_VERSION = 2  # 2: every file has its stable `key` and `folder`; Intercom is a manual target
KIND = "macros"


@dataclass(frozen=True)
class Export:
    """What was written: the folder, its files (relative paths) and how many macros they hold."""

    target: str
    path: Path
    files: tuple[str, ...]
    macros: int


def export_macros(
    target: str,
    out_dir: str | Path,
    *,
    playbooks: Sequence[str] | None = None,
    locales: Sequence[str] | None = None,
    register: str = "formal",
    channel: str | None = None,
    voice: str = "we",
    facts: Mapping[str, Any] | None = None,
    seed: int = 0,
    zendesk_locales: str | Path | Mapping | None = None,
    freshdesk_folders: str | Path | Sequence | None = None,
    default_locale: str | None = None,
    locales_dir: str | Path | None = None,
    progress: Callable[[str], None] | None = None,
) -> Export:
    """Write the macros for `target` into `out_dir` (created, or replaced if it holds an earlier export).

    `facts` are constants of the account written into every macro (e.g. `company`,
    `contact`); facts the helpdesk knows become its placeholders, and the rest the
    locale's blanks, e.g. "[what went wrong]". The customer's and agent's gender are
    unknown to a shared macro, so the gender-neutral wording is used.

    Without `channel`, each playbook is written for its own channel (the letters for
    email, the public reply for social media); with one, only the playbooks written for
    that channel are exported, and naming a playbook that is not is an error. A macro's
    title, key and file name carry the channel it was written for.

    Zendesk: `default_locale` is the dynamic content variant Zendesk falls back to
    (default: the account's default language in `zendesk_locales`). Freshdesk:
    `freshdesk_folders` (the account's folder list) fills in each folder's id; without
    it the files name their folder and `push` finds or creates it.
    """
    spec = targets.get(target)
    catalog = load_catalog()
    options = {
        "register": catalog.check_option("register", register),
        "channel": catalog.check_option("channel", channel) if channel is not None else None,
        "voice": catalog.check_option("voice", voice),
    }
    books = _unique(catalog.playbook(p).id for p in (playbooks or list(catalog.playbooks)))
    if channel is not None:
        if playbooks:  # asked for by name: a playbook not written for this channel is an error
            for book in books:
                catalog.check_playbook_channel(catalog.playbooks[book], channel)
        books = tuple(book for book in books if channel in catalog.playbooks[book].channels)
    # the options each playbook is written with: its own channel unless one was asked for
    book_options = {
        book: {**options, "channel": channel or catalog.own_channel(catalog.playbooks[book])} for book in books
    }
    codes = _unique(negotiate(code, locales_dir) for code in (locales or available(locales_dir)))
    destination = Path(out_dir)
    _check_destination(destination)
    say = progress or (lambda line: None)

    keys = targets.keys()
    context = Context(
        book_options=book_options,
        playbook_titles={book: catalog.playbooks[book].title for book in books},
        external_id=(spec.push or {}).get("external_id"),
    )
    notes: list[str] = []
    if default_locale is not None and target != "zendesk":
        raise ExportError(f"--default-locale is for Zendesk's dynamic content; {spec.label} has none")
    if target == "zendesk":
        found = accounts.zendesk_locales(zendesk_locales, codes, locales_dir, default_locale)
        notes.append(found.note)
        # the macro serving every language is titled in the fallback language (the reference
        # locale when the bank does not have it), whichever locales this export holds
        phrases = _bank.load(found.default_locale or REFERENCE, locales_dir)
        all_locales = {}
        for book in books:
            key = keys.of(playbook=book, options=book_options[book])
            all_locales[book] = (key, macro_title(
                spec.extra["dynamic_content_title"], catalog, phrases, playbook=book, options=book_options[book],
                key=key,
            ))
        context = _replace(context, zendesk=found, all_locales=all_locales)
    if target == "freshdesk":
        folder_names = {code: _folder_name(spec.extra["folder"], code) for code in codes}
        context = _replace(context, folder_names=folder_names)
        if freshdesk_folders is not None:
            context = _replace(context, freshdesk_folders=accounts.freshdesk_folders(freshdesk_folders, folder_names))
        else:
            notes.append("canned responses name their folder; push finds or creates it and fills in folder_id")

    macros: list[Macro] = []
    total = len(books) * len(codes)
    for code in codes:
        phrases = _bank.load(code, locales_dir)
        for book in books:
            own = book_options[book]
            draft = compose_draft(spec, code, book, seed=seed, facts=facts, locales_dir=locales_dir, **own)
            key = keys.of(locale=draft.locale, playbook=book, options=own)
            macros.append(Macro(
                locale=draft.locale,
                language=_language(draft.locale),
                playbook=book,
                key=key,
                title=macro_title(spec.title, catalog, phrases, playbook=book, options=own, key=key),
                text=markup.plain(draft, spec),
                html=markup.html(draft, spec),
            ))
        say(f"{spec.label}: {code}: {len(books)} macros composed ({len(macros)}/{total})")

    files = documents.BUILDERS[target](macros, context)
    _check_titles(files)
    for out in files:
        if isinstance(out.document, list) and out.kind == "csv":
            for i, row in enumerate(out.document):
                schema.validate(target, out.definition, row, where=f"{out.path} row {i + 2}")
        else:
            schema.validate(target, out.definition, out.document, where=out.path)
    manifest = {
        "version": JSON_VERSION,
        "generator": f"phrasebank {__version__}",
        "target": target,
        "options": {**options, "seed": seed},
        "locales": list(codes),
        "playbooks": list(books),
        "channels": {book: book_options[book]["channel"] for book in books},
        "facts": {name: str(value) for name, value in sorted((facts or {}).items()) if value is not None},
        "notes": notes,
        "files": [
            {"path": f.path, "kind": f.kind, "request": f.request, "title": f.title, "locale": f.locale,
             "playbook": f.playbook, "key": f.key, "folder": f.folder}
            for f in files
        ],
    }
    schema.validate("manifest", "manifest", manifest, where=MANIFEST)
    say(f"{spec.label}: {len(files)} files valid against {target}.json; writing {destination}")
    written = _write(destination, files, manifest)
    for note in notes:
        say(f"{spec.label}: {note}")
    return Export(target, destination, written, len(macros))


def _unique(values) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _replace(context: Context, **changes) -> Context:
    from dataclasses import replace

    return replace(context, **changes)


def _language(locale: str) -> str:
    from babel import Locale

    return Locale.parse(locale).language


def _folder_name(pattern: str, locale: str) -> str:
    from babel import Locale

    return pattern.format(locale=locale, language=Locale.parse(locale).get_display_name(locale))


def _check_titles(files: list[OutFile]) -> None:
    """Titles and keys are unique per kind: push would otherwise update one object twice."""
    for field in ("title", "key"):
        seen: dict[tuple[str, str], str] = {}
        for out in files:
            value = getattr(out, field)
            if value is None:
                continue
            if (out.kind, value) in seen:
                raise ExportError(
                    f"{out.path} and {seen[(out.kind, value)]} share the {field} {value!r}; {field}s must be unique"
                )
            seen[(out.kind, value)] = out.path


def _check_destination(path: Path) -> None:
    """Only an absent or empty folder, or an earlier export of nothing but its own files, is ours to replace."""
    try:
        outputs.check_destination(path, kind=KIND, legacy=_is_our_export)
    except outputs.OutputError as exc:
        raise ExportError(str(exc)) from None


def _is_our_export(path: Path) -> bool:
    """An export written before phrasebank marked its outputs: only the files its manifest lists."""
    try:
        manifest = inputs.read_json(path / MANIFEST, "manifest")
    except inputs.InputError:
        return False
    if not isinstance(manifest, dict) or not str(manifest.get("generator", "")).startswith("phrasebank "):
        return False
    listed = {MANIFEST} | {f.get("path") for f in manifest.get("files", []) if isinstance(f, dict)}
    for folder, subfolders, names in os.walk(path):
        for name in names + [d for d in subfolders if os.path.islink(os.path.join(folder, d))]:
            if os.path.relpath(os.path.join(folder, name), path).replace(os.sep, "/") not in listed:
                return False
    return True


def _write(destination: Path, files: list[OutFile], manifest: dict) -> tuple[str, ...]:
    contents = {
        out.path: _csv_bytes(out.document) if out.kind == "csv" else _json(out.document).encode("utf-8")
        for out in files
    }
    contents[MANIFEST] = _json(manifest).encode("utf-8")
    try:
        outputs.write_tree(destination, contents, kind=KIND, legacy=_is_our_export)
    except outputs.OutputError as exc:
        raise ExportError(str(exc)) from None
    return tuple(contents)


def _json(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_bytes(rows: list[dict]) -> bytes:
    """RFC 4180 CSV in UTF-8. A cell a spreadsheet would run as a formula is prefixed with '."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(documents.CSV_COLUMNS)
    for row in rows:
        writer.writerow(["'" + v if v.startswith(_FORMULA_START) else v for v in (row[c] for c in documents.CSV_COLUMNS)])
    return buffer.getvalue().encode("utf-8")
