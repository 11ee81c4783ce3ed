"""`phrasebank macros push` against running fakes of every helpdesk API that can take macros.

Per target, as issue 12 lists them: the dry run plans right on an empty and on a
populated account and sends nothing; apply then re-push makes no write; one changed
Hebrew phrase makes exactly one update per affected object; a 429 mid-push is waited
out and the push completes; a 4xx stops with the vendor's message and the file, the
report says what was done, and a re-run continues; credentials appear in no output.
The fakes (tests/fakes/) are written from the vendors' API references.
"""

from __future__ import annotations

import json
import logging

import pytest

from phrasebank.cli import main
from phrasebank.macros.api import PushError
from phrasebank.macros.push import PushStopped, push_macros

from bank_support import CATALOG
from push_support import (
    FAST,
    PUSHABLE,
    SECRETS,
    ZENDESK_LOCALES,
    Account,
    copy_bank,
    documents,
    edit_one_phrase,
    export,
    new_fake,
    pushed_files,
)
from fakes import serve

# What each vendor answers to a request it refuses, in its own words (see the fakes' docstrings).
REFUSALS = {
    "zendesk": (422, {"error": "RecordInvalid", "description": "Record validation errors",
                      "details": {"title": [{"description": "Title: is too long", "error": "InvalidValue"}]}},
                "Title: is too long"),
    "freshdesk": (400, {"description": "Validation failed", "errors": [
        {"field": "content_html", "message": "Has 70000 characters, it can have maximum of 65000", "code": "invalid_value"}]},
        "it can have maximum of 65000"),
    "helpscout": (400, {"message": "Bad request", "logRef": "x#1", "_embedded": {
        "errors": [{"path": "text", "message": "size must be between 0 and 65535", "source": "JSON"}]}},
        "size must be between 0 and 65535"),
    "gorgias": (400, {"error": {"msg": "Macro name already in use", "data": {"name": ["duplicate"]}}},
                "Macro name already in use"),
    "front": (400, {"_error": {"status": 400, "title": "Bad request", "message": "body is too long"}}, "body is too long"),
}
RETRY_HEADER = {"helpscout": "X-RateLimit-Retry-After"}
WRITE = {"zendesk": "POST", "freshdesk": "POST", "helpscout": "POST", "gorgias": "POST", "front": "POST"}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """One default export per pushable target (Freshdesk without folder ids: push finds or creates them)."""
    root = tmp_path_factory.mktemp("push-exports")
    return {target: export(target, root / target) for target in PUSHABLE}


@pytest.fixture
def account(request):
    served = serve(new_fake(request.param))
    yield Account(request.param, served)
    served.stop()


def per_target(test):
    return pytest.mark.parametrize("account", PUSHABLE, indirect=True)(test)


def expected_objects(export_dir, target) -> int:
    return len(pushed_files(export_dir, target))


def exported_locales(export_dir) -> list[str]:
    return json.loads((export_dir / "manifest.json").read_text(encoding="utf-8"))["locales"]


@per_target
def test_dry_run_on_an_empty_account_plans_a_create_for_everything_and_sends_nothing(account, exported):
    out = exported[account.target]
    result = account.push(out)
    creates = [c for c in result.changes if c.action == "create"]
    objects = expected_objects(out, account.target)
    assert {c.key for c in creates if c.kind != "folder"} == {f["key"] for f in pushed_files(out, account.target)}
    assert result.summary["update"] == result.summary["unchanged"] == result.summary["stale"] == 0
    if account.target == "freshdesk":  # a folder per locale is created first
        folders = len(exported_locales(out))
        assert [c.kind for c in creates[:folders]] == ["folder"] * folders and len(creates) == objects + folders
    assert result.applied is False and account.fake.writes == []
    assert {c.method for c in account.fake.log} <= {"GET", "POST" if account.target == "helpscout" else "GET"}


@per_target
def test_apply_then_push_again_makes_no_write_call(account, exported):
    out = exported[account.target]
    first = account.push(out, apply=True)
    assert first.applied and all(c.done == c.writes for c in first.changes)
    writes = len(account.fake.writes)
    assert writes == first.summary["writes"] > 0
    again = account.push(out, apply=True)
    assert len(account.fake.writes) == writes, "a re-push wrote again"
    assert again.summary["writes"] == 0
    assert again.summary["unchanged"] == expected_objects(out, account.target)
    assert again.summary["create"] == again.summary["update"] == again.summary["stale"] == 0


@per_target
def test_dry_run_on_a_populated_account_finds_the_changed_and_the_stale_objects(account, exported, tmp_path):
    out = exported[account.target]
    account.push(out, apply=True)
    before = len(account.fake.writes)
    # the admin changed one object by hand, and an older export left one the new export no longer has
    _tamper_with_one_object_and_add_a_stale_one(account)
    result = account.push(out)
    assert len(account.fake.writes) == before, "a dry run wrote"
    counts = result.summary
    assert counts["update"] == 1 and counts["stale"] == 1 and counts["create"] == 0
    assert counts["unchanged"] == expected_objects(out, account.target) - 1
    (stale,) = [c for c in result.changes if c.action == "stale"]
    assert "left as it is" in stale.detail and stale.calls == []


def _tamper_with_one_object_and_add_a_stale_one(account: Account) -> None:
    fake = account.fake
    if account.target == "zendesk":
        variant = fake.items[0]["variants"][0]
        variant["content"] = variant["content"].replace("<p>", "<p>EDITED ", 1)
        stale = json.loads(json.dumps(fake.items[0]))
        stale.update(id=fake.new_id(), name="phrasebank_apology_retired_playbook_formal_email_we")
        fake.items.append(stale)
    elif account.target == "freshdesk":
        fake.responses[0]["content_html"] += "<p>EDITED</p>"
        stale = dict(fake.responses[0], id=fake.new_id(),
                     title=fake.responses[0]["title"].replace("/five-steps/", "/retired/"))
        fake.responses.append(stale)
    elif account.target == "helpscout":
        (replies,) = fake.replies.values()
        replies[0]["text"] += "<p>EDITED</p>"
        replies.append(dict(replies[0], id=fake.new_id(), name=replies[0]["name"].replace("/five-steps/", "/retired/")))
    elif account.target == "gorgias":
        fake.macros[0]["name"] += " EDITED"
        fake.macros.append(dict(fake.macros[0], id=fake.new_id(),
                                external_id=fake.macros[0]["external_id"].replace("/five-steps/", "/retired/")))
    elif account.target == "front":
        fake.templates[0]["body"] += "<p>EDITED</p>"
        fake.templates.append(dict(fake.templates[0], id=f"rsp_{fake.new_id()}",
                                   name=fake.templates[0]["name"].replace("/five-steps/", "/retired/")))


def _a_message_of_one_playbook(locale: str) -> str:
    """A message only one macro of the locale uses (found through the catalog and the composer, not by its
    id), so that the edit affects one object; any used message would do for the per-object assertions."""
    from phrasebank.macros import draft, targets

    # each playbook on its own channel, as the default export writes it
    used = {book: draft.compose_draft(targets.get("csv"), locale, book, register="formal",
                                      voice="we").messages for book in CATALOG.playbooks}
    everywhere = [m for messages in used.values() for m in messages]
    return next((m for m in everywhere if everywhere.count(m) == 1), everywhere[0])


EDITS = {"en": " Truly.", "he": " בהחלט"}  # a word added to one phrase of the locale


@pytest.mark.parametrize("locale", ["en", "he"])  # issue 12's case is Hebrew: one variant changes
@per_target
def test_one_changed_phrase_updates_exactly_the_affected_objects_once(account, locale, tmp_path):
    locales = list(dict.fromkeys(["en", locale]))
    first = export(account.target, tmp_path / "first", locales=locales)
    account.push(first, apply=True)
    root = copy_bank(tmp_path / "locales")
    edit_one_phrase(root, locale, _a_message_of_one_playbook(locale), EDITS[locale])
    second = export(account.target, tmp_path / "second", locales=locales, locales_dir=root)
    old, new = documents(first), documents(second)
    affected = {key for key in new if new[key] != old[key]
                and any(f["key"] == key for f in pushed_files(second, account.target))}
    assert affected, "the edit changed no exported object, so this test proves nothing"
    writes = len(account.fake.writes)
    result = account.push(second, apply=True)
    made = account.fake.writes[writes:]
    assert {c.key for c in result.changes if c.action == "update"} == affected
    assert result.summary["create"] == result.summary["stale"] == 0
    assert len(made) == len(affected), [(c.method, c.path) for c in made]  # one write per affected object
    if account.target == "zendesk":  # per affected item only the locale's variants, by their ids
        # the account's locales of that language: one for Hebrew, two for English (en-US, en-gb)
        ids = [i for code, i in ZENDESK_LOCALES.items() if code.split("-")[0].lower() == locale]
        items = [c for c in made if c.path.endswith("/variants/update_many")]
        assert len(items) == len(affected)
        for call in items:
            variants = call.body["variants"]
            assert len(variants) == len(ids)
            for variant in variants:
                assert set(variant) >= {"id", "content"} and "locale_id" not in variant
                assert EDITS[locale].strip() in variant["content"]
        assert all(not c.path.endswith("/macros") for c in made)  # the macro inserts {{dc.*}}: unchanged
    assert account.push(second, apply=True).summary["writes"] == 0


@per_target
def test_macros_of_another_channel_are_neither_updated_nor_called_stale(account, exported, tmp_path):
    """Each playbook is exported for its own channel unless one is asked for; a push of one
    channel's macros leaves the account's macros of other channels alone, and the other way round."""
    own = exported[account.target]
    account.push(own, apply=True)
    chat = export(account.target, tmp_path / "chat", channel="chat")
    assert json.loads((chat / "manifest.json").read_text(encoding="utf-8"))["playbooks"] == [
        book for book, spec in CATALOG.playbooks.items() if "chat" in spec.channels]
    pushed = account.push(chat, apply=True)
    # (Freshdesk: the locale's folder exists already, so only the responses are created)
    assert pushed.summary["create"] == expected_objects(chat, account.target)
    assert pushed.summary["update"] == pushed.summary["stale"] == 0
    # keys carry the channel (a Zendesk item's name too: phrasebank_apology_<playbook>_formal_chat_we)
    assert all("-chat-" in c.key or "_chat_" in c.key or c.kind == "folder" for c in pushed.changes)
    again = account.push(own)
    assert again.summary["unchanged"] == expected_objects(own, account.target)
    assert again.summary["create"] == again.summary["update"] == again.summary["stale"] == 0


@per_target
def test_a_429_in_the_middle_of_a_push_is_waited_out_and_the_push_completes(account, exported):
    out = exported[account.target]
    header = RETRY_HEADER.get(account.target, "Retry-After")
    seconds = "1" if account.target == "zendesk" else "0"
    account.fake.fail(429, method=WRITE[account.target], after_writes=3, headers={header: seconds},
                      body={"error": "rate limited"})
    lines = []
    result = account.push(out, apply=True, progress=lines.append)
    assert all(c.done == c.writes for c in result.changes)
    assert [c.status for c in account.fake.log].count(429) == 1
    assert any("429" in line and f"retrying in {float(seconds):g} s" in line for line in lines), lines
    assert account.push(out).summary["unchanged"] == expected_objects(out, account.target)


@per_target
def test_a_4xx_stops_with_the_vendors_message_and_the_file_and_a_rerun_continues(account, exported):
    out = exported[account.target]
    status, body, words = REFUSALS[account.target]
    # Freshdesk creates a folder per locale first
    before = len(exported_locales(out)) if account.target == "freshdesk" else 0
    account.fake.fail(status, method=WRITE[account.target], after_writes=before + 4, body=body)
    with pytest.raises(PushStopped) as stopped:
        account.push(out, apply=True)
    error = stopped.value
    assert words in str(error) and error.change.path and error.change.path in str(error)
    assert error.error.status == status
    done = [c for c in error.result.changes if c.done]
    assert sum(c.done for c in done) == before + 4 == len(account.fake.writes)  # every write made is reported
    assert error.change.done < error.change.writes
    again = account.push(out, apply=True)  # the re-run's plan continues where the push stopped
    assert again.summary["create"] + again.summary["update"] >= 1
    assert account.push(out).summary["unchanged"] == expected_objects(out, account.target)
    keys = [c.key for c in account.push(out).changes]
    assert len(keys) == len(set(keys)), "the re-run created duplicates"


@per_target
def test_a_5xx_is_retried_for_reads_but_a_post_is_never_repeated(account, exported):
    out = exported[account.target]
    account.fake.fail(503, method="GET", times=2)
    assert account.push(out).summary["create"] > 0  # the listing was retried
    account.fake.fail(502, method="POST", after_writes=2 if account.target != "helpscout" else 0,
                      path=None if account.target != "helpscout" else "saved-replies")
    with pytest.raises(PushStopped, match="502"):
        account.push(out, apply=True)
    posts_answered_502 = [c for c in account.fake.log if c.status == 502]
    assert len(posts_answered_502) == 1  # not retried: it may have been created


@per_target
def test_credentials_never_appear_in_any_output(account, exported, tmp_path, capsys, caplog):
    caplog.set_level(logging.DEBUG)
    out = exported[account.target]
    secrets = SECRETS[account.target]
    credentials = tmp_path / "credentials"
    credentials.write_text("".join(f"{name}={value}\n" for name, value in secrets.items()), encoding="utf-8")
    codes = [main([*account.cli_args(out), "--credentials", str(credentials)])]
    # a vendor that echoes a credential in its error message: the push must not repeat it
    status, body, words = REFUSALS[account.target]
    echoed = json.loads(json.dumps(body, ensure_ascii=False).replace(words, f"{words} {list(secrets.values())[-1]}"))
    account.fake.fail(status, method=WRITE[account.target], after_writes=3, body=echoed)
    codes.append(main([*account.cli_args(out), "--credentials", str(credentials), "--apply", "--format", "json"]))
    wrong = tmp_path / "wrong"
    wrong.write_text("".join(f"{name}=wrong-{value[::-1]}\n" for name, value in secrets.items()), encoding="utf-8")
    codes.append(main([*account.cli_args(out), "--credentials", str(wrong)]))
    codes.append(main([*account.cli_args(out), "--credentials", str(tmp_path / "missing")]))
    captured = capsys.readouterr()
    assert codes == [0, 2, 2, 2], captured.err
    assert words in captured.err and "***" in captured.err  # the vendor's words, with the credential redacted
    shown = captured.out + captured.err + caplog.text
    for value in secrets.values():
        assert value not in shown and value[::-1] not in shown
    assert "401" in captured.err or "invalid_client" in captured.err or "OAuth" in captured.err


@pytest.mark.parametrize("target", ["intercom", "csv"])
def test_a_target_without_an_api_says_what_the_admin_does_instead(target, tmp_path, capsys):
    out = export(target, tmp_path / target, playbooks=["social"])
    assert main(["macros", "push", "--target", target, "--from", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("phrasebank: error: ") and err.count("\n") == 1
    if target == "intercom":
        assert "cannot create or update macros" in err and "GET /macros" in err and "body_text" in err


def test_credentials_come_from_the_environment_or_a_file_and_a_missing_one_is_named(tmp_path, monkeypatch, exported):
    out = exported["front"]
    monkeypatch.delenv("FRONT_API_TOKEN", raising=False)
    with pytest.raises(PushError, match="FRONT_API_TOKEN.*export FRONT_API_TOKEN.*--credentials FILE"):
        push_macros("front", out, base_url="http://127.0.0.1:9", folder="rsf_x")
    broken = tmp_path / "creds"
    broken.write_text("just-a-secret-without-a-name\n", encoding="utf-8")
    with pytest.raises(PushError, match=r"line 1: expected NAME=value") as error:
        push_macros("front", out, base_url="http://127.0.0.1:9", folder="rsf_x", credentials=broken)
    assert "just-a-secret" not in str(error.value)
    with pytest.raises(SystemExit):  # there is no option to pass a secret on the command line
        from phrasebank.cli import build_parser

        build_parser().parse_args(["macros", "push", "--target", "front", "--from", str(out), "--token", "x"])


@pytest.mark.parametrize(("target", "options", "message"), [
    ("helpscout", {}, "--mailbox ID"),
    ("front", {}, "--folder ID .* or --inbox ID"),
    ("front", {"folder": "rsf_1", "inbox": "inb_1"}, "one of the two"),
    ("zendesk", {"zendesk_macros": "all"}, "--zendesk-macros must be one of dynamic-content, per-locale"),
])
def test_what_a_vendor_needs_is_asked_for_before_anything_is_sent(target, options, message, exported):
    fake = serve(new_fake(target))
    try:
        with pytest.raises(PushError, match=message):
            push_macros(target, exported[target], base_url=fake.url, credentials=SECRETS[target], **options)
        assert fake.fake.log == [] or all(c.path.endswith("/token") for c in fake.fake.log)
    finally:
        fake.stop()


def test_zendesk_needs_its_subdomain_and_refuses_a_next_page_on_another_host(exported):
    with pytest.raises(PushError, match="--account: your Zendesk subdomain"):
        push_macros("zendesk", exported["zendesk"], credentials=SECRETS["zendesk"])
    served = serve(new_fake("zendesk"))
    try:
        account = Account("zendesk", served)
        account.push(exported["zendesk"], apply=True)
        served.fake.base_url = served.url.replace("127.0.0.1", "localhost")  # next links now name another host
        with pytest.raises(PushError, match="refusing to send the credentials there"):
            account.push(exported["zendesk"])
    finally:
        served.stop()


@pytest.mark.locales("he", "ka")
def test_zendesk_variants_are_updated_by_id_and_a_wrong_hebrew_fallback_is_repaired(tmp_path):
    """Issue 12: an old partial import made Hebrew the fallback; the account's default is en-US."""
    served = serve(new_fake("zendesk"))
    try:
        fake = served.fake
        account = Account("zendesk", served)
        account.push(export("zendesk", tmp_path / "full", locales=["en", "he", "ka"]), apply=True)
        item = fake.items[0]
        he = next(v for v in item["variants"] if v["locale_id"] == 1005)
        fake._make_default(item, he)
        assert item["default_locale_id"] == 1005
        partial = export("zendesk", tmp_path / "partial", locales=["he", "ka"])  # en-US's variant not exported
        result = account.push(partial, apply=True)
        assert item["default_locale_id"] == 1 and [v["locale_id"] for v in item["variants"] if v["default"]] == [1]
        (change,) = [c for c in result.changes if c.key == item["name"]]
        assert change.action == "update" and change.done == 1
        # the fake holds Zendesk's rule: variants are updated by id
        import httpx

        answer = httpx.put(f"{served.url}/api/v2/dynamic_content/items/{item['id']}/variants/update_many",
                           json={"variants": [{"locale_id": 1005, "content": "x"}]},
                           auth=(f"{SECRETS['zendesk']['ZENDESK_EMAIL']}/token", SECRETS["zendesk"]["ZENDESK_API_TOKEN"]))
        assert answer.status_code == 400 and "by id" in answer.text
    finally:
        served.stop()


def test_zendesk_a_new_item_needs_its_fallback_variant_in_the_export(tmp_path):
    served = serve(new_fake("zendesk"))
    try:
        # German is the account's fallback here, and the bank has no German: no default variant
        assert "de" in ZENDESK_LOCALES
        partial = export("zendesk", tmp_path / "partial", default_locale="de", playbooks=["social"])
        with pytest.raises(PushError, match="not in your Zendesk account yet.*export that locale too"):
            Account("zendesk", served).push(partial)
    finally:
        served.stop()


def test_zendesk_per_locale_macros_for_accounts_without_dynamic_content(exported):
    served = serve(new_fake("zendesk"))
    try:
        manifest = json.loads((exported["zendesk"] / "manifest.json").read_text(encoding="utf-8"))
        per_locale = [f for f in manifest["files"] if f["kind"] == "locale_macro"]
        account = Account("zendesk", served)
        result = account.push(exported["zendesk"], apply=True, zendesk_macros="per-locale")
        assert served.fake.items == [] and len(served.fake.macros) == len(per_locale)
        assert {c.kind for c in result.changes} == {"locale_macro"}
        # the two kinds of macros live side by side: neither push calls the other's macros stale
        both = account.push(exported["zendesk"], apply=True)
        assert both.summary["stale"] == 0 and both.summary["create"] == 12
        assert account.push(exported["zendesk"], zendesk_macros="per-locale").summary["stale"] == 0
    finally:
        served.stop()


@pytest.mark.parametrize(("target", "options", "words"), [
    ("front", {"folder": "rsf_nowhere"}, "Unknown message template folder rsf_nowhere"),
    ("helpscout", {"mailbox": "999"}, "Not Found"),
])
def test_what_the_vendor_itself_refuses_stops_the_push_with_its_words(target, options, words, exported):
    served = serve(new_fake(target))
    try:
        with pytest.raises(PushError, match=words):
            Account(target, served).push(exported[target], apply=True, **options)
        assert served.fake.writes == []
    finally:
        served.stop()


@pytest.mark.parametrize("locales", [("en",), ("en", "he")], ids=["en", "en-he"])
def test_freshdesk_finds_existing_folders_by_name_and_creates_only_the_missing(tmp_path, locales):
    served = serve(new_fake("freshdesk"))
    try:
        fake = served.fake
        out = export("freshdesk", tmp_path / "fd", locales=locales)
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        names = list(dict.fromkeys(f["folder"] for f in manifest["files"]))
        assert len(names) == len(locales)
        fake.folders.append({"id": 77, "name": names[0], "personal": False, "responses_count": 0})
        result = Account("freshdesk", served).push(out, apply=True)
        created = [c.key for c in result.changes if c.kind == "folder"]
        assert created == names[1:]
        assert {r["folder_id"] for r in fake.responses if f"[{locales[0]}/" in r["title"]} == {77}
        assert {f["name"] for f in fake.folders} >= set(names)
        by_folder = {f["id"]: f["name"] for f in fake.folders}
        for response in fake.responses:  # each locale's responses in its own folder
            assert response["title"].split("[")[-1].split("/")[0] in by_folder[response["folder_id"]]
    finally:
        served.stop()


def test_front_templates_go_to_the_chosen_inbox(exported):
    served = serve(new_fake("front"))
    try:
        account = Account("front", served, {"folder": None, "inbox": "inb_support"})
        account.push(exported["front"], apply=True)
        assert all(t["inbox_ids"] == ["inb_support"] and "folder_id" not in t for t in served.fake.templates)
        assert account.push(exported["front"]).summary["writes"] == 0
        moved = Account("front", served).push(exported["front"])  # now wanted in the folder instead
        assert moved.summary["update"] == len(served.fake.templates)
    finally:
        served.stop()


def test_help_scout_fetches_one_token_and_reads_each_reply_once(exported):
    served = serve(new_fake("helpscout"))
    try:
        account = Account("helpscout", served)
        account.push(exported["helpscout"], apply=True)
        assert sum(c.path == "/v2/oauth2/token" for c in served.fake.log) == 1
        served.fake.log.clear()
        account.push(exported["helpscout"])
        gets = [c for c in served.fake.log if c.method == "GET" and c.path.count("/") == 5]
        assert len(gets) == len(pushed_files(exported["helpscout"], "helpscout"))
    finally:
        served.stop()


def test_the_cli_prints_the_plan_then_what_was_done_and_a_versioned_json_report(tmp_path, capsys, exported):
    served = serve(new_fake("gorgias"))
    try:
        account = Account("gorgias", served)
        credentials = tmp_path / "c"
        credentials.write_text("".join(f"{k}={v}\n" for k, v in SECRETS["gorgias"].items()), encoding="utf-8")
        args = [*account.cli_args(exported["gorgias"]), "--credentials", str(credentials)]
        n = expected_objects(exported["gorgias"], "gorgias")
        assert main(args) == 0
        out = capsys.readouterr().out.splitlines()
        assert out[-1].startswith(f"gorgias: {n} create, 0 update, 0 unchanged, 0 stale; {n} write calls (dry run")
        assert all(line.split("\t")[0] == "create" for line in out[:-1]) and len(out) == n + 1
        assert main([*args, "--apply"]) == 0
        captured = capsys.readouterr()
        assert captured.out.splitlines()[-1].endswith(f"{n} write calls made")
        assert captured.err.count("phrasebank macros push: Gorgias: [") == n  # progress, one line per call
        assert main([*args, "--format", "json", "--quiet"]) == 0
        report = json.loads(capsys.readouterr().out)
        assert report["version"] == 1 and report["applied"] is False
        assert report["summary"] == {"create": 0, "update": 0, "unchanged": n, "stale": 0, "writes": 0}
    finally:
        served.stop()


def test_an_export_push_cannot_read_is_named(tmp_path, exported):
    with pytest.raises(PushError, match="holds no manifest.json"):
        push_macros("front", tmp_path, credentials=SECRETS["front"], folder="rsf_x")
    with pytest.raises(PushError, match="is an export for gorgias, not front.*--target gorgias"):
        push_macros("front", exported["gorgias"], credentials=SECRETS["front"], folder="rsf_x")
    old = tmp_path / "old"
    old.mkdir()
    (old / "manifest.json").write_text(json.dumps({"version": 1, "target": "front"}), encoding="utf-8")
    with pytest.raises(PushError, match="version 1 export; push reads version 2"):
        push_macros("front", old, credentials=SECRETS["front"], folder="rsf_x")


def test_retry_after_reads_seconds_and_http_dates():
    from phrasebank.macros.api import _seconds

    assert _seconds("0") == 0 and _seconds("1") == 1 and _seconds("2.5") == 2.5
    assert _seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0  # a date in the past: go now
    assert _seconds("not a date") == 1.0


def test_push_macros_is_public_api():
    import phrasebank

    assert "push_macros" in phrasebank.__all__ and phrasebank.__all__ == sorted(phrasebank.__all__)
    assert phrasebank.push_macros is push_macros
    assert FAST.backoff < 0.1
