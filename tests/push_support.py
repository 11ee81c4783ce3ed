"""Shared harness for the `macros push` tests: one running fake account per target.

`Account` bundles a fake served on loopback with the credentials it accepts and the
push options it needs (Help Scout's mailbox, Front's folder), so a test pushes with
`account.push(export_dir, apply=True)` and inspects `account.fake`.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from phrasebank.macros import export_macros
from phrasebank.macros.api import RetryPolicy
from phrasebank.macros.push import push_macros

from fakes import Fake, Served
from fakes.freshdesk import FreshdeskFake
from fakes.front import FrontFake
from fakes.gorgias import GorgiasFake
from fakes.helpscout import HelpScoutFake
from fakes.zendesk import ZendeskFake

PUSHABLE = ("zendesk", "freshdesk", "helpscout", "gorgias", "front")
FAST = RetryPolicy(attempts=4, backoff=0.01, max_wait=5)  # tests never wait on backoff; Retry-After is 0-1 s

# Credentials that must never appear in any output: long, distinctive values.
SECRETS = {
    "zendesk": {"ZENDESK_EMAIL": "admin@example.org", "ZENDESK_API_TOKEN": "zd-SECRET-9f8e7d6c5b4a39281706"},
    "freshdesk": {"FRESHDESK_API_KEY": "fd-SECRET-0a1b2c3d4e5f60718293"},
    "helpscout": {"HELPSCOUT_APP_ID": "hs-APPID-5566778899aabbccddee", "HELPSCOUT_APP_SECRET": "hs-SECRET-ffeeddccbbaa99887766"},
    "gorgias": {"GORGIAS_EMAIL": "admin@example.org", "GORGIAS_API_KEY": "gg-SECRET-1122334455667788990a"},
    "front": {"FRONT_API_TOKEN": "fr-SECRET-abcdefabcdef1234567890"},
}
# which manifest kinds a default push sends, per target
PUSHED_KINDS = {
    "zendesk": ("dynamic_content_item", "macro"),
    "freshdesk": ("canned_response",),
    "helpscout": ("saved_reply",),
    "gorgias": ("macro",),
    "front": ("message_template",),
}
ZENDESK_LOCALES = {"en-US": 1, "en-gb": 1176, "he": 1005, "ka": 1281, "hy": 1282, "lv": 1283, "de": 8}
# What the push tests export unless a test names its locales: pushing does not depend on the
# language of what is pushed, and English is the reference every other locale follows. The
# tests about languages (a Hebrew phrase edited, a Hebrew fallback repaired) name theirs.
PUSHED_LOCALES = ("en",)
MAILBOX, FRONT_FOLDER, FRONT_INBOX = 4242, "rsf_apologies", "inb_support"


def zendesk_locales_file() -> dict:
    """The fake account's GET /api/v2/locales, as the admin saves it."""
    return {"locales": [{"id": i, "locale": code, "name": code, "default": code == "en-US"}
                        for code, i in ZENDESK_LOCALES.items()]}


def new_fake(target: str) -> Fake:
    secrets = SECRETS[target]
    if target == "zendesk":
        return ZendeskFake(secrets["ZENDESK_EMAIL"], secrets["ZENDESK_API_TOKEN"], list(ZENDESK_LOCALES.values()))
    if target == "freshdesk":
        return FreshdeskFake(secrets["FRESHDESK_API_KEY"])
    if target == "helpscout":
        return HelpScoutFake(secrets["HELPSCOUT_APP_ID"], secrets["HELPSCOUT_APP_SECRET"], [MAILBOX])
    if target == "gorgias":
        return GorgiasFake(secrets["GORGIAS_EMAIL"], secrets["GORGIAS_API_KEY"])
    if target == "front":
        return FrontFake(secrets["FRONT_API_TOKEN"], [FRONT_FOLDER], [FRONT_INBOX])
    raise AssertionError(target)


PLACE = {"helpscout": {"mailbox": str(MAILBOX)}, "front": {"folder": FRONT_FOLDER}}


@dataclass
class Account:
    target: str
    served: Served
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def fake(self) -> Fake:
        return self.served.fake

    def push(self, export_dir: Path, *, apply: bool = False, progress=None, **overrides):
        options = {"base_url": self.served.url, "credentials": dict(SECRETS[self.target]), "retry": FAST,
                   **PLACE.get(self.target, {}), **self.options, **overrides}
        return push_macros(self.target, export_dir, apply=apply, progress=progress, **options)

    def cli_args(self, export_dir: Path) -> list[str]:
        args = ["macros", "push", "--target", self.target, "--from", str(export_dir), "--base-url", self.served.url]
        for name, value in PLACE.get(self.target, {}).items():
            args += [f"--{name}", value]
        return args


def export(target: str, out: Path, **options) -> Path:
    account = {"zendesk_locales": zendesk_locales_file()} if target == "zendesk" else {}
    return export_macros(target, out, **{"locales": PUSHED_LOCALES, **account, **options}).path


def pushed_files(export_dir: Path, target: str) -> list[dict]:
    manifest = json.loads((export_dir / "manifest.json").read_text(encoding="utf-8"))
    return [entry for entry in manifest["files"] if entry["kind"] in PUSHED_KINDS[target]]


def documents(export_dir: Path) -> dict[str, Any]:
    manifest = json.loads((export_dir / "manifest.json").read_text(encoding="utf-8"))
    return {entry["key"]: json.loads((export_dir / entry["path"]).read_text(encoding="utf-8"))
            for entry in manifest["files"]}


def edit_one_phrase(locales_root: Path, locale: str, message_id: str, addition: str) -> None:
    """Reword one message of a copied bank: `addition` appended to the text of each of its variants."""
    from fluent.syntax import FluentParser, FluentSerializer, ast

    path = locales_root / locale / "apology.ftl"
    resource = FluentParser().parse(path.read_text(encoding="utf-8"))
    for entry in resource.body:
        if isinstance(entry, ast.Message) and entry.id.name == message_id:
            for element in _text_elements(entry.value):
                element.value = element.value.rstrip() + addition + ("\n" if element.value.endswith("\n") else "")
            break
    else:
        raise AssertionError(f"{message_id} not in {path}")
    path.write_text(FluentSerializer(with_junk=True).serialize(resource), encoding="utf-8")


def _text_elements(pattern):
    from fluent.syntax import ast

    for element in pattern.elements:
        if isinstance(element, ast.TextElement) and element.value.strip():
            yield element
        elif isinstance(element, ast.Placeable) and isinstance(element.expression, ast.SelectExpression):
            for variant in element.expression.variants:
                yield from _text_elements(variant.value)


def copy_bank(root: Path) -> Path:
    from phrasebank.locales import bundled_dir

    shutil.copytree(bundled_dir(), root)
    return root


