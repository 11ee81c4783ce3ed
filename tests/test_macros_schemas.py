"""The helpdesk schemas: valid JSON Schema, true to the vendors' documented examples, and strict."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator

from macros_support import DATA, SCHEMA_DIR, TARGETS, schema_validator

VENDORS = [t for t in TARGETS if t != "csv"]


def _examples():
    for target in VENDORS:
        data = json.loads((DATA / "vendor_examples" / f"{target}.json").read_text(encoding="utf-8"))
        assert data["target"] == target
        for i, example in enumerate(data["examples"]):
            yield pytest.param(target, example, id=f"{target}-{i}-{example['definition']}")


@pytest.mark.parametrize("name", [*TARGETS, "manifest"])
def test_schema_is_valid_draft_2020_12_and_ships_in_the_package(name):
    path = SCHEMA_DIR / f"{name}.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$defs"] and schema["description"]


@pytest.mark.parametrize("target", VENDORS)
def test_every_vendor_schema_cites_the_vendor_documentation(target):
    schema = json.loads((SCHEMA_DIR / f"{target}.json").read_text(encoding="utf-8"))
    assert "https://" in schema["description"]


@pytest.mark.parametrize(("target", "example"), list(_examples()))
def test_the_vendors_documented_example_validates(target, example):
    errors = list(schema_validator(target, example["definition"]).iter_errors(example["document"]))
    assert not errors, [e.message for e in errors]


@pytest.mark.parametrize("target", VENDORS)
def test_each_vendor_has_documented_examples_for_what_phrasebank_writes(target):
    data = json.loads((DATA / "vendor_examples" / f"{target}.json").read_text(encoding="utf-8"))
    definitions = {example["definition"] for example in data["examples"]}
    written = {
        "zendesk": {"macro", "item_create", "locales_response"},
        "freshdesk": {"canned_response_create"},
        "helpscout": {"saved_reply_create"},
        "intercom": {"macro_manual"},
        "gorgias": {"macro_create"},
        "front": {"message_template_create"},
    }[target]
    assert written <= definitions, written - definitions


# Documents a helpdesk would reject, each with the rule that catches it.
BROKEN = [
    ("zendesk", "macro_create", {"macro": {"title": "x", "actions": []}}, "no action"),
    ("zendesk", "macro_create", {"macro": {"title": "x", "actions": [{"field": "status", "value": "open"}]}},
     "a reply macro without comment_value_html"),
    ("zendesk", "macro_create", {"macro": {"actions": [{"field": "comment_value_html", "value": "<p>x</p>"}]}},
     "no title"),
    ("zendesk", "macro_create", {"macro": {"title": "x", "titel": "y",
                                           "actions": [{"field": "comment_value_html", "value": "x"}]}},
     "a misspelt property"),
    ("zendesk", "item_create", {"item": {"name": "x", "default_locale_id": 1, "variants": [
        {"locale_id": 1, "content": "a", "default": True}, {"locale_id": 2, "content": "b", "default": True}]}},
     "two default variants"),
    ("zendesk", "item_create", {"item": {"name": "x", "default_locale_id": 1, "variants": [
        {"locale_id": "he", "content": "a", "default": True}]}}, "a locale code where Zendesk wants its numeric id"),
    ("zendesk", "locales_response", {"locales": [{"locale": "he"}]}, "a locale without its id"),
    ("freshdesk", "canned_response_create", {"title": "x", "content_html": "<p>x</p>", "folder_id": 4}, "no visibility"),
    ("freshdesk", "canned_response_create", {"title": "x", "content_html": "<p>x</p>", "folder_id": 4,
                                               "visibility": 2}, "select groups without group_ids"),
    ("freshdesk", "canned_response_create", {"title": "x", "content_html": "<p>x</p>", "folder_id": 4,
                                               "visibility": 3}, "an unknown visibility"),
    ("freshdesk", "folders_response", [{"name": "x"}], "a folder without its id"),
    ("helpscout", "saved_reply_create", {"name": "x", "text": "<p>x</p>"}, "no chat text"),
    ("helpscout", "saved_reply_create", {"name": "", "text": "x", "chatText": "x"}, "an empty name"),
    ("intercom", "macro_manual", {"name": "x", "body": "<p>x</p>", "body_text": "x", "blocks": []},
     "body and blocks both"),
    ("intercom", "macro_manual", {"name": "x", "body": "<p>x</p>"}, "nothing to paste as text"),
    ("zendesk", "item_variants", {"item": {"name": "x", "default_locale_id": 1, "variants": [
        {"locale_id": 2, "content": "b", "default": True}]}}, "a partial export claiming the default variant"),
    ("freshdesk", "canned_response_unfiled", {"title": "x", "content_html": "<p>x</p>", "visibility": 0,
                                                "folder_id": 3}, "an unfiled response with a folder id"),
    ("intercom", "macro", {"name": "x", "visible_to": "teams"}, "an unknown visibility"),
    ("gorgias", "macro_create", {"name": "x", "language": "heb", "external_id": "e", "actions": [
        {"name": "setResponseText", "arguments": {"body_text": "x", "body_html": "x"}}]}, "a three-letter language"),
    ("gorgias", "macro_create", {"name": "x", "language": "he", "external_id": "e", "actions": [
        {"name": "addTags", "arguments": {"tags": "x"}}]}, "no response text"),
    ("gorgias", "macro_create", {"name": "x", "language": "he", "external_id": "e", "actions": [
        {"name": "setResponseText", "arguments": {"body_text": "x"}}]}, "a response without HTML"),
    ("front", "message_template_create", {"name": "x"}, "no body"),
    ("front", "message_template_create", {"name": "x", "body": "x", "inbox_ids": []}, "an empty inbox list"),
    ("csv", "row", {"locale": "he", "playbook": "five-steps", "title": "x", "text": "x"}, "a row without html"),
]


@pytest.mark.parametrize(("target", "definition", "document", "why"), BROKEN, ids=[b[3] for b in BROKEN])
def test_schema_rejects_what_the_helpdesk_would_reject(target, definition, document, why):
    assert list(schema_validator(target, definition).iter_errors(document)), why


def test_the_exporters_schema_module_reports_file_path_and_rule():
    from phrasebank.macros import schema
    from phrasebank.macros.errors import ExportError

    with pytest.raises(ExportError, match=r"he/x\.json does not match freshdesk\.json#/\$defs/canned_response_create.*visibility"):
        schema.validate("freshdesk", "canned_response_create", {"title": "x", "content_html": "x", "folder_id": 1},
                        where="he/x.json")
    with pytest.raises(ExportError, match="defines no 'nonsense'"):
        schema.validate("freshdesk", "nonsense", {}, where="x")
