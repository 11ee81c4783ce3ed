"""The catalog: stable step ids, playbooks citing their articles, coverage of every option."""

from __future__ import annotations

import pytest

from bank_support import CATALOG, REFERENCE, ROOT, all_option_combinations, parse_locale, variables

STEP_IDS = [
    "greeting", "acknowledge", "state", "apologize", "own", "empathize", "explain", "fix", "prevent",
    "restore", "next-steps", "invite", "thank", "close", "sign-off",
]
SEEDS = ROOT.parent / "shared" / "seeds"


def test_step_ids_are_the_documented_ones_in_order():
    assert list(CATALOG.steps) == STEP_IDS


def test_apologize_and_own_are_mandatory_and_nothing_else_is():
    assert {s.id for s in CATALOG.steps.values() if s.mandatory} == {"apologize", "own"}


def test_every_step_has_a_purpose_and_known_facts():
    for step in CATALOG.steps.values():
        assert step.purpose.strip()
        assert set(step.facts) <= set(CATALOG.facts)


@pytest.mark.parametrize("playbook", list(CATALOG.playbooks))
def test_playbook_cites_an_existing_seed_article(playbook):
    book = CATALOG.playbooks[playbook]
    assert (SEEDS / book.seed).is_file(), f"{book.seed} is not in ../shared/seeds"
    assert {"apologize", "own"} <= set(book.steps)


def test_restore_value_says_what_went_wrong_then_restores_value_and_says_sorry_last():
    steps = [s for s in CATALOG.playbooks["restore-value"].steps if s not in ("invite", "sign-off")]
    # value restored early — put right, then compensated — and the plain sorry last
    assert steps[:5] == ["greeting", "state", "own", "fix", "restore"] and steps[-1] == "apologize"


def test_the_public_channel_has_a_280_character_limit_and_only_the_social_playbook():
    assert CATALOG.channels["social"].public and CATALOG.channels["social"].limit == 280
    assert [b.id for b in CATALOG.playbooks.values() if "social" in b.channels] == ["social"]
    assert CATALOG.playbooks["social"].channels == {"social"}
    assert "invite" in CATALOG.playbooks["social"].steps


@pytest.mark.parametrize("playbook", [b for b in CATALOG.playbooks if b != "social"])
def test_every_private_letter_opens_with_the_issue(playbook):
    book = CATALOG.playbooks[playbook]
    opening = book.steps[1]
    assert book.steps[0] == "greeting" and "issue" in CATALOG.steps[opening].facts and opening in book.required


@pytest.mark.parametrize("step", [s for s in STEP_IDS if s != "state"])
def test_every_step_has_at_least_three_messages(step):
    assert len(CATALOG.messages_for(step)) >= 3


def test_the_state_step_is_the_fact_alone():
    assert [m.facts for m in CATALOG.messages_for("state")] == [frozenset({"issue"})]


@pytest.mark.parametrize("step", [s for s in STEP_IDS if s not in ("state", "greeting", "sign-off")])
@pytest.mark.parametrize("voice", ["we", "i"])
def test_each_voice_has_more_than_one_message_for_each_step(step, voice):
    """Variety must not depend on repetition: a voice with one message per step repeats it in every letter."""
    assert len([m for m in CATALOG.messages_for(step) if voice in m.voices]) >= 2


def test_team_signatures_only_sign_company_voice_letters():
    for spec in CATALOG.messages_for("sign-off"):
        if "agent_name" not in spec.facts and not (spec.channels <= {"phone"}):
            assert spec.voices == CATALOG.rules.team_signature_voices, spec.id


def test_lead_ins_announce_a_fact_they_quote():
    announced = [m for m in CATALOG.messages.values() if m.lead_in]
    assert announced and all(m.lead_in in m.facts for m in announced)


@pytest.mark.parametrize("combo", list(all_option_combinations()), ids=lambda c: "-".join(c.values()))
def test_mandatory_steps_have_a_fact_free_message_for_every_option_combination(combo):
    for step in ("apologize", "own"):
        found = CATALOG.candidates(step, combo["register"], combo["channel"], combo["voice"])
        assert any(not spec.facts for spec in found), (step, combo)


def test_every_step_of_every_playbook_has_messages_on_each_of_its_channels():
    """A step a playbook needs is writable everywhere the playbook goes; an optional step may
    be written for some channels only (a call ends with the goodbye, not a written closing)."""
    for book in CATALOG.playbooks.values():
        for combo in all_option_combinations():
            if combo["channel"] not in book.channels:
                continue
            for step in book.steps:
                if CATALOG.steps[step].mandatory or step in book.required:
                    assert CATALOG.candidates(step, combo["register"], combo["channel"], combo["voice"]), (book.id, step, combo)


def test_a_call_has_no_written_closing_line():
    for combo in all_option_combinations():
        if combo["channel"] == "phone":
            assert not CATALOG.candidates("close", combo["register"], "phone", combo["voice"]), combo


def test_a_private_playbook_that_does_not_open_with_the_issue_is_rejected():
    from phrasebank.catalog import _build
    from phrasebank.errors import BankError
    import yaml
    from importlib import resources

    data = yaml.safe_load((resources.files("phrasebank") / "catalog.yaml").read_text(encoding="utf-8"))
    book = next(p for p in data["playbooks"] if p["id"] == "personal")
    book["steps"].remove("acknowledge")
    book["steps"].insert(3, "acknowledge")
    with pytest.raises(BankError, match="letter_rules.opening"):
        _build(data, "catalog.yaml")


def test_catalog_facts_match_the_reference_locale_variables():
    reference = parse_locale(REFERENCE)
    assert set(reference) == set(CATALOG.messages) | set(CATALOG.label_message_ids)
    grammar = set(CATALOG.grammar_variables)
    for message_id, spec in CATALOG.messages.items():
        assert variables(reference[message_id]) - grammar == set(spec.facts), message_id


def test_blanks_name_known_facts_and_take_no_variables():
    reference = parse_locale(REFERENCE)
    assert CATALOG.blanks, "the catalog lists no blanks for helpdesk macros"
    for fact, message_id in CATALOG.blanks.items():
        assert fact in CATALOG.facts, fact
        assert message_id.startswith("blank-") and message_id not in CATALOG.messages, message_id
        assert variables(reference[message_id]) == set(), message_id
    assert len(set(CATALOG.blanks.values())) == len(CATALOG.blanks)
    assert CATALOG.locale_message_ids == set(CATALOG.messages) | set(CATALOG.label_message_ids)


def test_every_playbook_and_option_has_a_macro_title_message_without_variables():
    reference = parse_locale(REFERENCE)
    assert set(CATALOG.macro_titles) == set(CATALOG.playbooks)
    labelled = {value for name in ("register", "channel", "voice") for value in CATALOG.options[name]}
    assert set(CATALOG.option_labels) == labelled
    for message_id in (*CATALOG.macro_titles.values(), *CATALOG.option_labels.values()):
        assert message_id.startswith("macro-") and message_id not in CATALOG.messages, message_id
        assert variables(reference[message_id]) == set(), message_id


def test_a_catalog_without_a_title_for_a_playbook_is_rejected():
    from phrasebank.catalog import _build
    from phrasebank.errors import BankError
    import yaml
    from importlib import resources

    data = yaml.safe_load((resources.files("phrasebank") / "catalog.yaml").read_text(encoding="utf-8"))
    del data["macro_titles"]["playbooks"]["social"]
    with pytest.raises(BankError, match="macro_titles.playbooks must name exactly"):
        _build(data, "catalog.yaml")


def test_a_catalog_whose_blank_names_an_unknown_fact_is_rejected():
    from phrasebank.catalog import _build
    from phrasebank.errors import BankError
    import yaml
    from importlib import resources

    data = yaml.safe_load((resources.files("phrasebank") / "catalog.yaml").read_text(encoding="utf-8"))
    data["blanks"]["weather"] = "blank-weather"
    with pytest.raises(BankError, match="unknown fact 'weather'"):
        _build(data, "catalog.yaml")


def test_a_catalog_that_forgets_a_mandatory_step_is_rejected():
    from phrasebank.catalog import _build
    from phrasebank.errors import BankError
    import yaml
    from importlib import resources

    data = yaml.safe_load((resources.files("phrasebank") / "catalog.yaml").read_text(encoding="utf-8"))
    data["playbooks"][0]["steps"].remove("own")
    with pytest.raises(BankError, match="mandatory steps"):
        _build(data, "catalog.yaml")


@pytest.mark.parametrize(
    "contact, kind",
    [
        ("support@northwind.example", "email"),
        ("@northwind_help", "handle"),
        ("+972-3-555-0100", "phone"),
        ("(888) 555-0142", "phone"),
        ("*3690", "phone"),  # an Israeli star service number is called, not written to
        ("*36", "other"),
        ("our website", "other"),
        (None, "other"),
    ],
)
def test_contact_kind_is_derived_from_the_whole_contact(contact, kind):
    derived = CATALOG.derived["contact_kind"]
    assert derived.of(contact) == kind
