"""`export_macros`: every target × playbook × locale valid, deterministic, stable titles, all or nothing."""

from __future__ import annotations

import itertools
import json
import unicodedata
from pathlib import Path

import pytest
from babel import Locale

import phrasebank
from phrasebank.errors import BankError, FactError, OptionError, UnknownLocaleError
from phrasebank.macros import export_macros
from phrasebank.macros.errors import ExportError
from phrasebank.outputs import MARKER

from bank_support import CATALOG, LOCALES
from macros_support import (
    LEFT_OUT,
    TARGETS,
    ZENDESK_ACCOUNT,
    account_files,
    blanks,
    freshdesk_folders,
    macro_fields,
    placeholders,
    read_csv,
    schema_validator,
    zendesk_account,
)

PLAYBOOKS = list(CATALOG.playbooks)
DEFINITIONS = {  # manifest kind -> schema definition, per target
    "zendesk": {"macro": "macro_create", "dynamic_content_item": "item_create"},
    "freshdesk": {"canned_response": "canned_response_create"},
    "helpscout": {"saved_reply": "saved_reply_create"},
    "intercom": {"macro": "macro_create"},
    "gorgias": {"macro": "macro_create"},
    "front": {"message_template": "message_template_create"},
}
BIDI_CONTROLS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def _export(target, out, **options):
    return export_macros(target, out, **{**account_files(target), **options})


def _files(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    """One default export per target, shared by the read-only tests."""
    root = tmp_path_factory.mktemp("exports")
    return {target: _export(target, root / target) for target in TARGETS}


@pytest.mark.parametrize("target", TARGETS)
def test_every_playbook_and_locale_validates_against_the_targets_schema(target, exports):
    out = exports[target].path
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert not list(schema_validator("manifest", "manifest").iter_errors(manifest))
    covered = set()
    if target == "csv":
        rows = read_csv(out / "macros.csv")
        for row in rows:
            assert not list(schema_validator("csv", "row").iter_errors(row)), row
            covered.add((row["locale"], row["playbook"]))
        assert len(rows) == len(LOCALES) * len(PLAYBOOKS)
    else:
        for entry in manifest["files"]:
            document = json.loads((out / entry["path"]).read_text(encoding="utf-8"))
            errors = list(schema_validator(target, DEFINITIONS[target][entry["kind"]]).iter_errors(document))
            assert not errors, (entry["path"], [e.message for e in errors])
            if entry["locale"]:
                covered.add((entry["locale"], entry["playbook"]))
    assert covered == set(itertools.product(LOCALES, PLAYBOOKS))
    assert set(_files(out)) == {f["path"] for f in manifest["files"]} | {"manifest.json", MARKER}
    assert exports[target].macros == len(LOCALES) * len(PLAYBOOKS)


@pytest.mark.parametrize("target", TARGETS)
def test_other_registers_channels_and_voices_validate_too(target, tmp_path):
    combos = itertools.product(CATALOG.options["register"], CATALOG.options["channel"], CATALOG.options["voice"])
    if target != "csv":  # the wording path is shared; every target gets the opposite of every default
        combos = [("warm", "chat", "i"), ("formal", "social", "we"), ("warm", "phone", "we")]
    for register, channel, voice in combos:
        out = tmp_path / f"{register}-{channel}-{voice}"
        result = _export(target, out, register=register, channel=channel, voice=voice)
        assert result.macros == len(LOCALES) * len(PLAYBOOKS)
        for macro in macro_fields(target, out):
            assert f"({register}, {channel}, {voice})" in macro["title"]


def test_export_macros_is_public_api():
    assert "export_macros" in phrasebank.__all__
    assert phrasebank.export_macros is export_macros
    assert phrasebank.__all__ == sorted(phrasebank.__all__)


@pytest.mark.parametrize("target", TARGETS)
def test_same_inputs_give_byte_identical_files(target, tmp_path, exports):
    again = _export(target, tmp_path / "again")
    assert _files(again.path) == _files(exports[target].path)


@pytest.mark.parametrize("target", TARGETS)
def test_titles_are_unique_and_do_not_depend_on_seed_or_wording(target, tmp_path, exports):
    first = macro_fields(target, exports[target].path)
    titles = [m["title"] for m in first]
    assert len(titles) == len(set(titles))
    reseeded = macro_fields(target, _export(target, tmp_path / "seed", seed=12345).path)
    assert {(m["locale"], m["playbook"], m["title"]) for m in reseeded} == {
        (m["locale"], m["playbook"], m["title"]) for m in first
    }
    assert any(a["html"] != b["html"] for a, b in zip(
        sorted(first, key=lambda m: (m["locale"], m["playbook"])),
        sorted(reseeded, key=lambda m: (m["locale"], m["playbook"])),
    )), "a different seed should change some wording (or the test proves nothing)"


def _beside(tmp_path: Path) -> list[str]:
    """What lies beside the outputs in tmp_path, the writers' lock files left out."""
    return sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".phrasebank-lock"))


def test_reexport_into_the_same_folder_replaces_it_without_duplicates(tmp_path):
    out = tmp_path / "gorgias"
    _export("gorgias", out)
    before = _files(out)
    _export("gorgias", out, seed=3)
    after = _files(out)
    assert set(after) == set(before) and after != before
    assert _beside(tmp_path) == ["gorgias"], "staging or old folders left behind"


def test_reexport_never_deletes_a_file_the_export_did_not_write(tmp_path):
    out = tmp_path / "zendesk"
    account = tmp_path / "locales.json"
    account.write_text(json.dumps(zendesk_account()), encoding="utf-8")
    export_macros("zendesk", out, zendesk_locales=account)
    saved = out / "locales.json"  # the admin keeps the account file with the export, and exports again from it
    saved.write_bytes(account.read_bytes())
    (out / "macros_by_locale" / "en" / "notes.txt").write_text("keep me", encoding="utf-8")
    before = _files(out)
    with pytest.raises(ExportError, match=r"files phrasebank did not write there \('locales.json', 'macros_by_locale/en/notes.txt'\)"):
        export_macros("zendesk", out, zendesk_locales=saved)
    assert _files(out) == before


def test_a_folder_that_is_not_an_earlier_export_is_never_replaced(tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportError, match="refusing to replace"):
        _export("csv", out)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "keep me"
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="not a folder"):
        _export("csv", tmp_path / "file")


def test_a_failure_while_writing_leaves_nothing_half_written(tmp_path, monkeypatch):
    import phrasebank.macros.export as export_module

    out = tmp_path / "helpscout"
    _export("helpscout", out)
    before = _files(out)
    calls = {"n": 0}
    real = export_module._json

    def failing(document):
        calls["n"] += 1
        if calls["n"] == 7:
            raise OSError("disk full")
        return real(document)

    monkeypatch.setattr(export_module, "_json", failing)
    with pytest.raises(OSError, match="disk full"):
        _export("helpscout", out, seed=9)
    assert _files(out) == before
    with pytest.raises(OSError, match="disk full"):
        calls["n"] = 0
        _export("helpscout", tmp_path / "fresh")
    assert not (tmp_path / "fresh").exists()
    assert _beside(tmp_path) == ["helpscout"]


def test_a_zendesk_account_that_lacks_locales_is_named_and_nothing_is_written(tmp_path):
    account = zendesk_account([code for code in LOCALES if code not in ("ka", "hy")])
    with pytest.raises(ExportError) as error:
        export_macros("zendesk", tmp_path / "zd", zendesk_locales=account)
    message = str(error.value)
    assert "lacks the locales" in message and "ka (Georgian)" in message and "hy (Armenian)" in message
    assert "GET /api/v2/locales" in message
    assert not (tmp_path / "zd").exists() and not _beside(tmp_path)


def test_zendesk_needs_the_saved_locales_file(tmp_path):
    with pytest.raises(ExportError, match="--zendesk-locales"):
        export_macros("zendesk", tmp_path / "zd")
    with pytest.raises(ExportError, match="does not exist"):
        export_macros("zendesk", tmp_path / "zd", zendesk_locales=tmp_path / "missing.json")
    broken = tmp_path / "broken.json"
    broken.write_text('{"locales": [{"locale": "he"}]}', encoding="utf-8")
    with pytest.raises(ExportError, match=r"locales_response.*'id' is a required property"):
        export_macros("zendesk", tmp_path / "zd", zendesk_locales=broken)
    assert not (tmp_path / "zd").exists()


def test_zendesk_one_dynamic_content_item_per_playbook_and_a_macro_that_uses_it(tmp_path):
    out = export_macros("zendesk", tmp_path / "zd", zendesk_locales=ZENDESK_ACCOUNT).path
    account = json.loads(ZENDESK_ACCOUNT.read_text(encoding="utf-8"))["locales"]
    ids_by_code = {}
    for entry in account:
        ids_by_code.setdefault(entry["locale"].split("-")[0].lower(), []).append(entry["id"])
    per_locale = {(m["locale"], m["playbook"]): m["html"][0] for m in macro_fields("zendesk", out)}
    items = {}
    for path in sorted((out / "dynamic_content").glob("*.json")):
        item = json.loads(path.read_text(encoding="utf-8"))["item"]
        assert path.stem == item["name"] and item["name"].replace("_", "").isalnum()
        items[item["name"]] = item
    assert len(items) == len(PLAYBOOKS)
    macros = [json.loads(p.read_text(encoding="utf-8"))["macro"] for p in sorted((out / "macros").glob("*.json"))]
    assert len(macros) == len(PLAYBOOKS)
    for macro in macros:
        (action,) = macro["actions"]
        assert action["field"] == "comment_value_html"
        name = action["value"].removeprefix("{{dc.").removesuffix("}}")
        item = items[name]
        playbook = next(p for p in PLAYBOOKS if CATALOG.playbooks[p].title in macro["title"])
        variants = {v["locale_id"]: v for v in item["variants"]}
        # one variant per account locale the bank covers: en-US and en-gb both get English
        assert set(variants) == {i for code in LOCALES for i in ids_by_code[code]}
        for code in LOCALES:
            for locale_id in ids_by_code[code]:
                assert variants[locale_id]["content"] == per_locale[(code, playbook)]
                assert variants[locale_id]["active"] is True
        assert [v["locale_id"] for v in item["variants"] if v["default"]] == [1] == [item["default_locale_id"]]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert any("en-US, the account's default language" in note for note in manifest["notes"])


def test_zendesk_default_variant_when_the_accounts_default_language_is_not_exported(tmp_path):
    account = zendesk_account(LOCALES, extra=["de"])
    for entry in account["locales"]:
        entry["default"] = entry["locale"] == "de"
    chosen = [code for code in LOCALES if code != LOCALES[0]]
    out = export_macros("zendesk", tmp_path / "zd", zendesk_locales=account, locales=chosen).path
    item = json.loads(next((out / "dynamic_content").glob("*.json")).read_text(encoding="utf-8"))["item"]
    first_id = next(e["id"] for e in account["locales"] if e["locale"] == chosen[0])
    assert item["default_locale_id"] == first_id
    notes = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["notes"]
    assert any("de is not exported" in note and chosen[0] in note for note in notes)


def test_freshdesk_files_each_locale_in_its_own_folder(tmp_path):
    folders = freshdesk_folders()
    out = export_macros("freshdesk", tmp_path / "fd", freshdesk_folders=folders).path
    ids = {f["name"]: f["id"] for f in folders}
    seen = {}
    for path in (out / "canned_responses").rglob("*.json"):
        document = json.loads(path.read_text(encoding="utf-8"))
        locale = path.parent.name
        seen.setdefault(locale, set()).add(document["folder_id"])
        assert document["visibility"] == 0
    assert set(seen) == set(LOCALES)
    assert all(len(folder_ids) == 1 for folder_ids in seen.values())
    assert len({next(iter(v)) for v in seen.values()}) == len(LOCALES)
    assert set().union(*seen.values()) <= set(ids.values())


def test_freshdesk_names_the_folders_the_account_lacks(tmp_path):
    folders = [f for f in freshdesk_folders() if "(he)" not in f["name"]]
    with pytest.raises(ExportError, match=r"no canned response folders named .*\(he\)"):
        export_macros("freshdesk", tmp_path / "fd", freshdesk_folders=folders)
    with pytest.raises(ExportError, match="--freshdesk-folders"):
        export_macros("freshdesk", tmp_path / "fd")
    assert not (tmp_path / "fd").exists()


@pytest.mark.parametrize("target", TARGETS)
def test_html_carries_the_locales_direction_and_nothing_bidi_touches_a_placeholder(target, exports):
    for macro in macro_fields(target, exports[target].path):
        direction = "rtl" if Locale.parse(macro["locale"]).character_order == "right-to-left" else "ltr"
        for html in macro["html"]:
            assert f'dir="{direction}"' in html and f'lang="{macro["locale"]}"' in html
            assert f'dir="{"ltr" if direction == "rtl" else "rtl"}"' not in html
        tokens = set(placeholders(target, macro["locale"]).values()) | set(
            placeholders(target, macro["locale"], "html").values()
        )
        for value in macro["html"] + macro["text"]:
            assert not set(value) & set("\u2066\u2067\u2068\u2069"), (target, macro["title"])
            for token in tokens:
                at = value.find(token)
                while at != -1:
                    around = value[max(0, at - 1):at] + value[at + len(token):at + len(token) + 1]
                    assert not set(around) & set(BIDI_CONTROLS), (target, macro["title"], token)
                    at = value.find(token, at + 1)
    assert any(m["locale"] == "he" for m in macro_fields(target, exports[target].path))


@pytest.mark.parametrize("target", TARGETS)
def test_macros_use_the_helpdesks_placeholders_and_the_locales_blanks(target, exports):
    for macro in macro_fields(target, exports[target].path):
        labels = blanks(macro["locale"])
        tokens = placeholders(target, macro["locale"])
        html_tokens = placeholders(target, macro["locale"], "html")
        for html in macro["html"]:
            # every formal e-mail greeting addresses the customer by name, and every macro signs off
            assert html_tokens.get("customer_name", labels["customer_name"]) in html, macro["title"]
            if macro["playbook"] in ("five-steps", "personal", "formal-letter", "own-it"):
                assert labels["issue"] in html
            if macro["playbook"] == "restore-value":
                assert labels["compensation_amount"] in html  # the required restore step, amount left open
            if "agent_name" in LEFT_OUT.get(target, ()):
                assert labels["agent_name"] not in html and "agent" not in "".join(tokens)
        for text in macro["text"]:
            assert tokens.get("customer_name", labels["customer_name"]) in text


def test_numbers_and_dates_never_appear_in_a_macro(exports):
    """Counts and dates change the grammar around them, so a macro never leaves them open."""
    from phrasebank.macros import draft, targets

    forbidden = {name for name, fact in CATALOG.facts.items() if fact.type in ("count", "date")}
    for target in TARGETS:
        spec = targets.get(target)
        for locale in LOCALES:
            for playbook in PLAYBOOKS:
                made = draft.compose_draft(spec, locale, playbook, register="formal", channel="email", voice="we")
                for message in made.messages:
                    assert not CATALOG.messages[message].facts & forbidden, (target, locale, playbook, message)


def test_account_facts_are_written_into_every_macro(tmp_path):
    out = export_macros("front", tmp_path / "front", facts={"contact": "help@example.org", "company": "Acme"},
                        playbooks=["personal"]).path
    for macro in macro_fields("front", out):
        assert "help@example.org" in macro["html"][0]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["facts"] == {"company": "Acme", "contact": "help@example.org"}
    with pytest.raises(FactError, match="contains the invisible control character"):
        export_macros("front", tmp_path / "bad", facts={"company": "Ac\u202eme"})
    with pytest.raises(FactError, match="unknown fact"):
        export_macros("front", tmp_path / "bad", facts={"weather": "sunny"})
    assert not (tmp_path / "bad").exists()


def test_bad_options_fail_before_anything_is_written(tmp_path):
    with pytest.raises(OptionError, match="unknown macro target 'zendsk'.*zendesk"):
        export_macros("zendsk", tmp_path / "x")
    with pytest.raises(OptionError, match="unknown playbook"):
        export_macros("csv", tmp_path / "x", playbooks=["nope"])
    with pytest.raises(OptionError, match="unknown channel"):
        export_macros("csv", tmp_path / "x", channel="fax")
    with pytest.raises(UnknownLocaleError):
        export_macros("csv", tmp_path / "x", locales=["xx"])
    assert not (tmp_path / "x").exists()


def test_locales_and_playbooks_can_be_chosen_and_codes_are_negotiated(tmp_path):
    out = export_macros("csv", tmp_path / "x", locales=["he-IL", "lv_LV"], playbooks=["social", "social"]).path
    rows = read_csv(out / "macros.csv")
    assert [(r["locale"], r["playbook"]) for r in rows] == [("he", "social"), ("lv", "social")]


def test_gorgias_files_each_macro_under_its_language_with_a_stable_external_id(exports):
    out = exports["gorgias"].path
    ids = set()
    for path in (out / "macros").rglob("*.json"):
        document = json.loads(path.read_text(encoding="utf-8"))
        assert document["language"] == Locale.parse(path.parent.name).language
        ids.add(document["external_id"])
        assert document["external_id"] == f"phrasebank:{path.name.split('.')[0]}:{path.parent.name}:formal-email-we"
    assert len(ids) == len(LOCALES) * len(PLAYBOOKS)


def test_front_templates_set_no_subject_so_replies_keep_the_customers(exports):
    for path in (exports["front"].path / "message_templates").rglob("*.json"):
        assert "subject" not in json.loads(path.read_text(encoding="utf-8"))


def test_help_scout_and_intercom_have_a_chat_text_without_markup(exports):
    for target in ("helpscout", "intercom", "gorgias"):
        for macro in macro_fields(target, exports[target].path):
            (text,) = macro["text"]
            assert "<p" not in text and "<br" not in text and "\n" in text


def test_csv_is_utf8_rfc4180_with_the_five_columns(exports):
    raw = (exports["csv"].path / "macros.csv").read_bytes()
    assert raw.startswith(b"locale,playbook,title,text,html\r\n")
    rows = read_csv(exports["csv"].path / "macros.csv")
    assert list(rows[0]) == ["locale", "playbook", "title", "text", "html"]
    he = next(r for r in rows if r["locale"] == "he")
    assert unicodedata.normalize("NFC", he["text"]) == he["text"] and "\n" in he["text"]


def test_progress_is_reported_for_each_locale(tmp_path):
    lines = []
    export_macros("intercom", tmp_path / "ic", progress=lines.append)
    for code in LOCALES:
        assert any(f": {code}: " in line for line in lines), lines
    assert any("valid against intercom.json" in line for line in lines)


def test_a_translation_that_hides_a_fact_in_a_function_cannot_be_exported(tmp_path):
    import shutil

    from phrasebank.locales import bundled_dir

    root = tmp_path / "locales"
    shutil.copytree(bundled_dir(), root)
    path = root / "en" / "apology.ftl"
    source = path.read_text(encoding="utf-8")
    doctored = source.replace(
        "restore-refund = To make up for this, we are refunding { $compensation_amount } to you.",
        'restore-refund = To make up for this, we are refunding { NUMBER($compensation_amount, useGrouping: 0) } to you.',
    )
    assert doctored != source
    path.write_text(doctored, encoding="utf-8")
    with pytest.raises(BankError, match=r"restore-refund.*\$compensation_amount"):
        export_macros("csv", tmp_path / "x", locales=["en"], playbooks=["restore-value"], locales_dir=root)
    assert not (tmp_path / "x").exists()


def test_every_target_in_the_data_has_a_builder_and_a_schema():
    from phrasebank.macros import documents, targets

    from macros_support import SCHEMA_DIR

    assert set(targets.names()) == set(documents.BUILDERS) == set(TARGETS)
    for name in TARGETS:
        assert (SCHEMA_DIR / f"{name}.json").is_file()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t["zendesk"]["placeholders"].update(weather="{{ticket.weather}}"), "unknown fact 'weather'"),
        (lambda t: t["zendesk"]["placeholders"].update(company="{{account.$fallback}}"),
         "has a \\$fallback but catalog.yaml has no blank"),
        (lambda t: t["zendesk"]["placeholders"].update(agent_name="{{user.$name}}"), "uses `\\$` other than"),
        (lambda t: t["front"].update(html="table"), "html must be one of"),
        (lambda t: t["front"].update(title="Apology {locale}"), "must name {playbook}"),
        (lambda t: t["intercom"].update(leave_out=["customer_name"]), "both placeholders and left out"),
        (lambda t: t["freshdesk"].update(folder="Apologies {language}"), "must name {locale}"),
    ],
)
def test_targets_data_is_loaded_strictly(change, message):
    import yaml
    from importlib import resources

    from phrasebank.macros import targets

    data = yaml.safe_load((resources.files("phrasebank") / "macros" / "targets.yaml").read_text(encoding="utf-8"))
    change(data["targets"])
    with pytest.raises(BankError, match=message):
        targets._build(data, "targets.yaml", CATALOG)
