"""Template injection: hostile facts and a doctored .ftl come out inert in every target.

A macro that turned `{{ticket.requester.email}}` from a phrase into a live placeholder
would mail one customer's data to another. Every string the export writes is
scanned: the only live template syntax allowed is the helpdesk's own placeholders
(and Zendesk's {{dc.*}} for the items it wrote itself), the only HTML elements are
div, p and br (and Intercom's own <attribute/>), and the hostile text must still be
there — as visible text, not dropped.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from phrasebank.locales import bundled_dir
from phrasebank.macros import export_macros
from phrasebank.macros.errors import ExportError

from bank_support import LOCALES, rewrite_values
from macros_support import TARGETS, account_files, all_strings, live_syntax, placeholders

PAYLOADS = [
    "<script>alert(document.cookie)</script>",
    "{{ticket.requester.email}}",
    "{% for t in ticket.requester.tickets %}{{t.description}}{% endfor %}",
    "{{dc.internal_refund_policy}}",
    "{%customer.email%}",
    '<attribute key="email" default="x"/>',
    "{{{triple}}} {# jinja comment #}",
    # character references an agent's editor decodes in a plain-text field
    "&#123;&#123;ticket.requester.phone&#125;&#125; &lbrace;% if x %&rbrace; &#x7B;&#x7B;t&#x7D;&#x7D; &#60;script&#62;",
]
HOSTILE = " ".join(PAYLOADS)
# what must survive, visibly, once made inert
VISIBLE = ["ticket.requester.email", "dc.internal_refund_policy", "customer.email", "alert(document.cookie)"]


def _strings(target: str, out: Path):
    """(field kind, string) for everything the export wrote that a helpdesk will read."""
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    if target == "csv":
        from macros_support import read_csv

        for row in read_csv(out / "macros.csv"):
            yield row["locale"], "text", row["text"]
            yield row["locale"], "html", row["html"]
            yield row["locale"], "text", row["title"]
        return
    for entry in manifest["files"]:
        document = json.loads((out / entry["path"]).read_text(encoding="utf-8"))
        for value in all_strings(document):
            markup = "html" if value.lstrip().startswith(("<div", "<p")) else "text"
            yield entry["locale"], markup, value


def _allowed(target: str, locale: str | None, out: Path, locales_dir=None) -> set[str]:
    allowed: set[str] = set()
    locales = [locale] if locale else json.loads((out / "manifest.json").read_text(encoding="utf-8"))["locales"]
    for code in locales:
        allowed |= set(placeholders(target, code, "text", locales_dir).values())
        allowed |= set(placeholders(target, code, "html", locales_dir).values())
    if target == "zendesk":
        allowed |= {"{{dc.%s}}" % p.stem for p in (out / "dynamic_content").glob("*.json")}
    return allowed


def _assert_inert(target: str, out: Path, locales_dir=None, expect_visible=True):
    joined = []
    for locale, markup, value in _strings(target, out):
        problems = live_syntax(value, _allowed(target, locale, out, locales_dir), markup)
        assert not problems, (target, locale, markup, problems, value[:300])
        joined.append(value)
    everything = "\n".join(joined)
    assert "{{dc.internal_refund_policy" not in everything and "{{ticket.requester.email" not in everything
    if expect_visible:
        for fragment in VISIBLE:
            assert fragment in everything, (target, fragment)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("target", TARGETS)
def test_hostile_account_facts_come_out_inert(target, locale, tmp_path):
    out = export_macros(
        target,
        tmp_path / target,
        facts={"contact": HOSTILE, "company": HOSTILE, "issue": "Your order was late. " + HOSTILE},
        playbooks=["personal", "formal-letter"],
        locales=[locale],
        **account_files(target),
    ).path
    _assert_inert(target, out)


def _doctored_locales(tmp_path: Path, blank_customer: bool, locale: str) -> Path:
    """The bundled locales with the hostile strings written into one locale's phrase and blanks."""
    root = tmp_path / "locales"
    shutil.copytree(bundled_dir(), root)
    literal = " ".join('{ "' + p.replace('"', '\\"') + '" }' if "{" in p or '"' in p else p for p in PAYLOADS)
    path = root / locale / "apology.ftl"
    # the state step (in every restore-value macro) ends with the payloads, however it is written
    assert rewrite_values(path, "state", lambda value: value.rstrip() + " " + literal)
    for locale in (locale,):
        lines = path.read_text(encoding="utf-8").split("\n")
        for i, line in enumerate(lines):
            if line.startswith("blank-issue = "):
                lines[i] = line.rstrip("]") + " " + literal + "]"
            if blank_customer and line.startswith("blank-customer-name = "):
                lines[i] = line.rstrip("]") + " " + literal + "]"
        path.write_text("\n".join(lines), encoding="utf-8")
    return root


@pytest.mark.parametrize("locale", ["en", "he"])  # left to right, right to left
@pytest.mark.parametrize("target", TARGETS)
def test_a_doctored_ftl_comes_out_inert(target, locale, tmp_path):
    root = _doctored_locales(tmp_path, blank_customer=False, locale=locale)
    from phrasebank.bank import load

    grammar = {"register": "formal", "channel": "email", "customer_gender": "unknown", "agent_gender": "unknown"}
    assert "{{ticket.requester.email}}" in load(locale, root).format("state-issue", dict(grammar, issue="x"))
    out = export_macros(target, tmp_path / target, locales=[locale], locales_dir=root,
                        **account_files(target, [locale])).path
    _assert_inert(target, out, locales_dir=root)


@pytest.mark.parametrize("locale", ["en", "he"])
@pytest.mark.parametrize("target", TARGETS)
def test_a_doctored_name_blank_is_refused_where_it_would_sit_inside_a_placeholder(target, locale, tmp_path):
    """Zendesk, Help Scout and Intercom print the name blank as their placeholder's fallback: it cannot carry braces."""
    root = _doctored_locales(tmp_path, blank_customer=True, locale=locale)
    takes_fallback = "\0blank\0" in "".join(__import__("macros_support").PLACEHOLDERS[target].values())
    if takes_fallback:
        with pytest.raises(ExportError, match=r"blank for customer_name .* fallback .* cannot carry"):
            export_macros(target, tmp_path / target, locales=[locale], locales_dir=root,
                          **account_files(target, [locale]))
        assert not (tmp_path / target).exists()
    else:
        out = export_macros(target, tmp_path / target, locales=[locale], locales_dir=root,
                            **account_files(target, [locale])).path
        _assert_inert(target, out, locales_dir=root)


def test_a_cell_that_a_spreadsheet_would_run_as_a_formula_is_quoted(tmp_path):
    from fluent.syntax import FluentParser, FluentSerializer, ast

    from phrasebank.macros import draft, targets

    # the greeting this macro opens with, found through the composer, not by its id
    greeting = draft.compose_draft(targets.get("csv"), "en", "five-steps", register="formal", voice="we").messages[0]
    root = tmp_path / "locales"
    shutil.copytree(bundled_dir(), root)
    path = root / "en" / "apology.ftl"
    resource = FluentParser().parse(path.read_text(encoding="utf-8"))
    (message,) = [e for e in resource.body if isinstance(e, ast.Message) and e.id.name == greeting]
    message.value.elements.insert(0, ast.TextElement('=HYPERLINK("http://example.invalid") '))
    path.write_text(FluentSerializer(with_junk=True).serialize(resource), encoding="utf-8")
    out = export_macros("csv", tmp_path / "csv", locales=["en"], playbooks=["five-steps"], locales_dir=root).path
    from macros_support import read_csv

    (row,) = read_csv(out / "macros.csv")
    assert row["text"].startswith("'=HYPERLINK")
    assert row["html"].startswith("<div")  # only cells that start like a formula are touched
