"""Shared helpers for the helpdesk macro tests: account files, reading an export back, inertness.

The placeholder table here is the issues' (issue 5; issue 12 for Intercom's
`user.first_name` and Zendesk's Liquid `default` fallback), written independently of
phrasebank/macros/targets.yaml, so a test fails if the data drifts from what the
helpdesks expect.
"""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

from phrasebank import bank as _bank

from bank_support import CATALOG, LOCALES, ROOT

DATA = ROOT / "tests" / "data"
ZENDESK_ACCOUNT = DATA / "macros" / "zendesk_locales.json"
TARGETS = ("zendesk", "freshdesk", "helpscout", "intercom", "gorgias", "front", "csv")
BLANK = "\0blank\0"  # where the issue table puts the locale's blank as a placeholder's fallback

# fact -> placeholder in plain text (and, where it differs, in HTML)
PLACEHOLDERS = {
    "zendesk": {"customer_name": '{{ticket.requester.first_name | default: "' + BLANK + '"}}',
                "agent_name": "{{current_user.name}}"},
    "freshdesk": {"customer_name": "{{ticket.requester.firstname}}", "agent_name": "{{ticket.agent.name}}"},
    "helpscout": {"customer_name": "{%customer.firstName,fallback=" + BLANK + "%}", "agent_name": "{%user.fullName%}"},
    "intercom": {"customer_name": '{{user.first_name|fallback:"' + BLANK + '"}}'},
    "gorgias": {"customer_name": "{{ticket.customer.firstname}}", "agent_name": "{{current_user.firstname}}"},
    "front": {"customer_name": "{{recipient.first_name}}", "agent_name": "{{user.name}}"},
    "csv": {},
}
HTML_PLACEHOLDERS = {"intercom": {"customer_name": '<attribute key="user.first_name" default="' + BLANK + '"/>'}}
LEFT_OUT = {"intercom": {"agent_name"}}  # Intercom signs every reply with the teammate's name itself
OTHER_LOCALES = tuple(code for code in LOCALES if code != "en")  # besides the English reference
# Each playbook's own channel, the one an export writes it for when no --channel is given
# (issue 9: the public reply serves only social media; every letter serves email, chat, phone).
OWN_CHANNEL = {book: "social" if spec.channels == {"social"} else "email" for book, spec in CATALOG.playbooks.items()}
assert all(OWN_CHANNEL[book] in spec.channels for book, spec in CATALOG.playbooks.items())


def playbooks_for(channel: str) -> list[str]:
    """The playbooks written for `channel`, in catalog order."""
    return [book for book, spec in CATALOG.playbooks.items() if channel in spec.channels]


def inflects_names(locale: str, locales_dir=None) -> bool:
    """Whether the locale changes a name in direct address (its folder has an address.yaml)."""
    from phrasebank.locales import bundled_dir

    return ((Path(locales_dir) if locales_dir else bundled_dir()) / locale / "address.yaml").is_file()


def blanks(locale: str, locales_dir=None) -> dict[str, str]:
    phrases = _bank.load(locale, locales_dir)
    return {fact: phrases.format(message, {}) for fact, message in CATALOG.blanks.items()}


def placeholders(target: str, locale: str, markup: str = "text", locales_dir=None) -> dict[str, str]:
    table = dict(PLACEHOLDERS[target])
    if markup == "html":
        table.update(HTML_PLACEHOLDERS.get(target, {}))
    labels = blanks(locale, locales_dir)
    return {fact: token.replace(BLANK, labels[fact]) for fact, token in table.items()}


def zendesk_account(locales=LOCALES, extra=()) -> dict:
    """A saved GET /api/v2/locales for an account with every bundled locale (ids made up)."""
    entries = [{"id": 100 + i, "locale": code, "name": code, "default": i == 0} for i, code in enumerate(locales)]
    entries += [{"id": 900 + i, "locale": code, "name": code, "default": False} for i, code in enumerate(extra)]
    return {"locales": entries}


def freshdesk_folders(locales=LOCALES) -> list[dict]:
    """A saved GET /api/v2/canned_response_folders holding the folder each locale's responses go to."""
    from babel import Locale

    from phrasebank.macros import targets

    pattern = targets.get("freshdesk").extra["folder"]
    return [
        {"id": 5000 + i, "name": pattern.format(locale=code, language=Locale.parse(code).get_display_name(code))}
        for i, code in enumerate(locales)
    ] + [{"id": 1, "name": "General"}]


def account_files(target: str, locales=LOCALES) -> dict:
    if target == "zendesk":
        return {"zendesk_locales": zendesk_account(locales)}
    if target == "freshdesk":
        return {"freshdesk_folders": freshdesk_folders(locales)}
    return {}


SCHEMA_DIR = ROOT / "phrasebank" / "schemas"


def schema_validator(target: str, definition: str):
    from jsonschema import Draft202012Validator

    root = json.loads((SCHEMA_DIR / f"{target}.json").read_text(encoding="utf-8"))
    return Draft202012Validator({"$schema": root["$schema"], "$defs": root["$defs"], "$ref": f"#/$defs/{definition}"})


def read_csv(path: Path) -> list[dict]:
    text = path.read_bytes().decode("utf-8")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    return list(reader)


def macro_fields(target: str, out: Path) -> list[dict]:
    """Every per-locale macro of an export: locale, playbook, title and its text/HTML fields."""
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    found = []
    if target == "csv":
        for row in read_csv(out / "macros.csv"):
            found.append({"locale": row["locale"], "playbook": row["playbook"], "title": row["title"],
                          "text": [row["text"]], "html": [row["html"]]})
        return found
    for entry in manifest["files"]:
        if entry["locale"] is None:
            continue
        doc = json.loads((out / entry["path"]).read_text(encoding="utf-8"))
        if target == "zendesk":
            fields = {"text": [], "html": [doc["macro"]["actions"][0]["value"]], "title": doc["macro"]["title"]}
        elif target == "freshdesk":
            fields = {"text": [], "html": [doc["content_html"]], "title": doc["title"]}
        elif target == "helpscout":
            fields = {"text": [doc["chatText"]], "html": [doc["text"]], "title": doc["name"]}
        elif target == "intercom":
            fields = {"text": [doc["body_text"]], "html": [doc["body"]], "title": doc["name"]}
        elif target == "gorgias":
            arguments = doc["actions"][0]["arguments"]
            fields = {"text": [arguments["body_text"]], "html": [arguments["body_html"]], "title": doc["name"]}
        elif target == "front":
            fields = {"text": [], "html": [doc["body"]], "title": doc["name"]}
        else:
            raise AssertionError(target)
        found.append({"locale": entry["locale"], "playbook": entry["playbook"], **fields})
    return found


def all_strings(value):
    """Every string inside a JSON value (keys excluded)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from all_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from all_strings(item)


class _Text(HTMLParser):
    """HTML back to the composer's layout: paragraphs "\\n\\n", <br> "\\n", Intercom's attribute as a marker."""

    def __init__(self, attribute_value: str | None):
        super().__init__(convert_charrefs=True)
        self.attribute_value = attribute_value
        self.out: list[str] = []
        self.paragraphs = 0

    def handle_starttag(self, tag, attrs):
        if tag == "p":
            if self.paragraphs:
                self.out.append("\n\n")
            self.paragraphs += 1
        elif tag == "br":
            self.out.append("\n")
        elif tag == "attribute":
            self.out.append(self.attribute_value if self.attribute_value is not None else "<attribute>")

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        self.out.append(data)


def html_to_text(html: str, attribute_value: str | None = None) -> str:
    parser = _Text(attribute_value)
    parser.feed(html)
    parser.close()
    return "".join(parser.out)


LIVE = re.compile(r"\{[{%#]")
TAG_OPEN = re.compile(r"<\s*/?\s*([A-Za-z][A-Za-z0-9:-]*)")


def live_syntax(value: str, allowed: set[str], markup: str) -> list[str]:
    """Template openers and HTML tags in `value` that are not among the `allowed` tokens.

    Plain text is read as an agent's editor shows it, character references decoded
    (`&#123;&#123;` is `{{` there).
    """
    rest = value
    for token in sorted(allowed, key=len, reverse=True):
        rest = rest.replace(token, "\0")
    if markup != "html":
        import html

        rest = html.unescape(rest)
    problems = [rest[max(0, m.start() - 15):m.end() + 15] for m in LIVE.finditer(rest)]
    tags = {m.group(1).lower() for m in TAG_OPEN.finditer(rest)}
    if markup == "html":
        problems += sorted(tags - {"div", "p", "br"})
    else:
        problems += [m.group(0) for m in re.finditer(r"<[A-Za-z/!?][^>]{0,15}", rest)]
    return problems
