"""Language routing (issue 6): accuracy on the labelled set, hint, mixed text, ignore rules, CLI.

The labelled set is tests/data/routing.yaml; the thresholds are the issue's
(>= 98% overall, >= 95% on one- and two-word messages). Speed is measured by
scripts/bench_detect.py, never asserted here.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from phrasebank.errors import BankError, UnknownLocaleError
from phrasebank.locales import available, bundled_dir
from phrasebank.routing import Detection, detect_locale

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "routing.yaml"
LOCALES = available()
WEAK = ("ambiguous", "no-letters")  # methods that mean "the text said too little"


def _labelled() -> list[tuple[str, str | None, str]]:
    """(text, expected locale or None, what the text really is)."""
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    rows = []
    for key, value in data.items():
        if key == "version":
            continue
        if key == "und":
            rows += [(text, None, language) for language, texts in value.items() for text in texts]
        else:
            rows += [(text, key, key) for text in value]
    return rows


LABELLED = _labelled()


class _Answers(dict):
    """detect_locale's answer per labelled text, computed on first use (not at collection)."""

    def __missing__(self, text: str) -> Detection:
        self[text] = detect_locale(text)
        return self[text]


ANSWERS = _Answers()


def _short(text: str) -> bool:
    return len(text.split()) <= 2


def _report(rows) -> str:
    misses = [f"  {lang}: {text!r} -> {ANSWERS[text]}" for text, expected, lang in rows if ANSWERS[text].locale != expected]
    return "\n".join(misses) or "  none"


# --- the labelled set ------------------------------------------------------------------


def test_accuracy_overall_is_at_least_98_percent():
    right = sum(ANSWERS[text].locale == expected for text, expected, _ in LABELLED)
    share = right / len(LABELLED)
    print(f"routing accuracy: {right}/{len(LABELLED)} = {share:.3f}")
    assert share >= 0.98, f"{right}/{len(LABELLED)}; misses:\n{_report(LABELLED)}"


def test_accuracy_on_one_and_two_word_messages_is_at_least_95_percent():
    short = [row for row in LABELLED if _short(row[0])]
    right = sum(ANSWERS[text].locale == expected for text, expected, _ in short)
    print(f"routing accuracy, one- and two-word messages: {right}/{len(short)} = {right / len(short):.3f}")
    assert right / len(short) >= 0.95, f"{right}/{len(short)}; misses:\n{_report(short)}"


@pytest.mark.parametrize("locale", LOCALES)
def test_every_bundled_locale_has_its_share_of_the_labelled_set(locale):
    texts = [text for text, expected, _ in LABELLED if expected == locale]
    sentences = [text for text in texts if 3 <= len(text.split()) <= 15]
    assert len(sentences) >= 30, f"{locale}: {len(sentences)} messages of 3-15 words in {DATA.name}"
    assert sum(_short(text) for text in texts) >= 8, f"{locale}: too few one- and two-word messages"


@pytest.mark.parametrize("locale", LOCALES)
def test_each_bundled_locale_is_at_least_95_percent_right(locale):
    rows = [row for row in LABELLED if row[1] == locale]
    right = sum(ANSWERS[text].locale == locale for text, _, _ in rows)
    assert right / len(rows) >= 0.95, _report(rows)


def test_the_undetermined_set_covers_the_languages_the_issue_names():
    rows = [row for row in LABELLED if row[1] is None]
    assert len(rows) >= 30
    assert {"ru", "lt", "et", "de", "ar", "yi", "digits", "emoji"} <= {lang for _, _, lang in rows}
    wrong = [row for row in rows if ANSWERS[row[0]].locale is not None]
    assert len(wrong) <= 1, _report(rows)  # "Laba diena" is also good Latvian: docs/routing.md


def test_answers_are_well_formed():
    for text, _, _ in LABELLED:
        answer = ANSWERS[text]
        assert isinstance(answer, Detection)
        assert answer.locale is None or answer.locale in LOCALES, text
        assert 0.0 <= answer.confidence <= 1.0, (text, answer)
        assert answer.method in {
            "script", "excluded", "words", "foreign-letters", "langdetect", "hint", "no-letters", "ambiguous",
        }, answer


def test_the_set_exercises_every_step():
    methods = {ANSWERS[text].method for text, _, _ in LABELLED}
    assert {"script", "excluded", "words", "foreign-letters", "langdetect", "no-letters", "ambiguous"} <= methods


# --- determinism ----------------------------------------------------------------------

# Long Latin-script texts that the words leave open, so langdetect decides them.
LANGDETECT_TEXTS = [
    "Hallo, meine Bestellung ist noch nicht angekommen",
    "Laba diena, mano užsakymas dar neatvyko",
    "Hola, mi pedido todavia no ha llegado",
    "dzirnavinam saplisis rokturis",  # Latvian typed plainly, words we do not list: langdetect says lv
    "Wann wird mein Paket geliefert?",
]


def test_langdetect_texts_do_reach_langdetect():
    assert all(detect_locale(text).method == "langdetect" for text in LANGDETECT_TEXTS)


def test_same_answers_in_fresh_processes_with_different_hash_seeds():
    texts = [text for text, _, _ in LABELLED] + LANGDETECT_TEXTS
    script = (
        "import json, sys\n"
        "from phrasebank.routing import detect_locale\n"
        "texts = json.loads(sys.stdin.read())\n"
        "print(json.dumps([list(vars(detect_locale(t)).values()) for t in texts]))\n"
    )
    expected = [[d.locale, d.confidence, d.method] for d in map(detect_locale, texts)]
    for seed in ("0", "1", "4471"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        result = subprocess.run(
            [sys.executable, "-c", script], input=json.dumps(texts), capture_output=True,
            text=True, encoding="utf-8", env=env, cwd=ROOT, check=True,
        )
        assert json.loads(result.stdout) == expected, f"PYTHONHASHSEED={seed}"


# --- hint ------------------------------------------------------------------------------


@pytest.mark.parametrize("hint", LOCALES)
def test_hint_decides_only_when_the_text_says_too_little(hint):
    for text, _, _ in LABELLED:
        alone, hinted = ANSWERS[text], detect_locale(text, hint=hint)
        if alone.method in WEAK:
            assert hinted == Detection(hint, 0.5, "hint"), text
        else:
            assert hinted == alone, f"hint {hint} changed the answer for {text!r}"


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("ok", "lv", "lv"),  # English and Latvian both write "ok"
        ("ok", "he-IL", "he"),
        ("👍", "iw", "he"),  # babel knows the old code for Hebrew
        ("#4471", "lv_LV", "lv"),
        ("Danke", "en", "en"),  # a word no candidate knows: the helpdesk's record decides
        ("Paldies", "en", "lv"),  # clear Latvian: the hint does not override it
        ("thx", "lv", "en"),
        ("Спасибо", "lv", None),  # clearly another script
        ("Aitäh", "lv", None),  # a letter neither English nor Latvian writes
        ("אַ דאַנק", "he", None),  # Yiddish
        ("მადლობა", "he", "ka"),
    ],
)
def test_hint_examples(text, hint, expected):
    assert detect_locale(text, hint=hint).locale == expected


def test_without_hint_the_short_ambiguous_ones_are_undetermined():
    assert detect_locale("ok") == Detection(None, 0.0, "ambiguous")
    assert detect_locale("👍") == Detection(None, 0.0, "no-letters")


@pytest.mark.parametrize("hint", ["ru", "xx-YY", "", "not a locale"])
def test_a_hint_naming_no_bundled_locale_is_an_error(hint):
    with pytest.raises(UnknownLocaleError) as caught:
        detect_locale("ok", hint=hint)
    assert caught.value.identifier == hint


def test_a_hint_outside_the_candidates_is_an_error():
    with pytest.raises(UnknownLocaleError, match="supported locales: en, lv"):
        detect_locale("ok", candidates=["lv", "en"], hint="he")


# --- candidates ------------------------------------------------------------------------


def test_candidates_restrict_the_answer():
    assert detect_locale("Liels paldies par ātro atbildi!", candidates=["en"]).locale is None
    assert detect_locale("Liels paldies par ātro atbildi!", candidates=["lv_LV", "en"]).locale == "lv"
    assert detect_locale("תודה רבה", candidates=["en", "lv"]).locale is None
    assert detect_locale("תודה רבה", candidates=["iw"]).locale == "he"


def test_bad_candidates_are_errors():
    with pytest.raises(UnknownLocaleError):
        detect_locale("ok", candidates=["en", "ru"])
    with pytest.raises(ValueError, match="candidates is empty"):
        detect_locale("ok", candidates=[])
    with pytest.raises(TypeError):
        detect_locale(b"ok")  # type: ignore[arg-type]


# --- mixed text --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("הזמנתי Samsung Galaxy Watch Ultra והוא לא עובד", "he"),  # more Latin letters than Hebrew
        ("ה-Breville Barista Express לא מגיע עם פורטפילטר", "he"),
        ("הזמנתי בAmazon דרככם והמוצר לא הגיע", "he"),  # prefix letter glued to the brand
        ("Samsung Galaxy-ის დამტენი არ მოვიდა", "ka"),
        ("AirPods Pro-ի լիցքավորիչը չկա", "hy"),
        ("I ordered the book by Jānis Bērziņš and it never came", "en"),  # a Latvian name in English
        ("my order from שלום Store never arrived", "en"),  # a Hebrew shop name in English
        ("Sveiki! Mans Samsung Galaxy Watch nestrādā", "lv"),
    ],
)
def test_mixed_text_goes_to_the_language_of_the_sentence(text, expected):
    assert detect_locale(text).locale == expected


# --- what is ignored -----------------------------------------------------------------------

QUOTE_EN = "On Mon, 3 Nov 2025 at 10:02, Support Team <support@shop.example.com> wrote:"
NOISE = [
    "\n\n" + QUOTE_EN + "\n> Hello, we have sent your order by express courier.\n> Best regards, the support team",
    "\n\n" + QUOTE_EN.replace(" <", "\n<") + "\n> We are sorry, the order is late. Thank you for waiting.",  # wrapped header
    "\n\n-- \nJohn Smith\nCustomer since 2019, thanks for reading",
    "\n\n-- \nJānis Bērziņš, SIA Kafijas Pasaule, Rīga",
    "\n\nSent from my iPhone",
    "\n\n-----Original Message-----\nFrom: Support\nSent: Monday\nWe have shipped your order, thank you for your patience",
    "\n\npirmd., 2025. g. 3. nov., plkst. 10:02 — lietotājs Support (<help@shop.example>) rakstīja:\n> Labdien, paldies par pasūtījumu",
    "\n\nבתאריך יום ב׳, 3 בנוב׳ 2025 ב-10:02 מאת \u202bSupport\u202c <help@shop.example>:\n> שלום, ההזמנה שלך נשלחה",
    "\n\nSomeone wrote:\n> תודה רבה על ההזמנה, היא תגיע מחר",
    " https://shop.example.com/help/where-is-my-order?lang=en",
    " www.shop.example.com/orders",
    " support@shop.example.com",
    " #4471 #4472 2025-11-03 10:02",
    " @supportteam",
]


def _ignore_bases():
    rows = [row for row in LABELLED if row[1] is not None and ANSWERS[row[0]].method != "hint"]
    return sorted({text for text, _, _ in rows})


@settings(max_examples=300, deadline=None)
@given(base=st.deferred(lambda: st.sampled_from(_ignore_bases())), noise=st.sampled_from(NOISE), before=st.booleans())
def test_quotes_signatures_urls_addresses_and_numbers_do_not_change_the_answer(base, noise, before):
    if before and noise.startswith(" "):  # URLs, addresses and numbers may stand anywhere
        text = noise.strip() + " " + base
    else:
        text = base + noise
    assert detect_locale(text).locale == ANSWERS[base].locale, repr(text)


@pytest.mark.parametrize(
    "text",
    [
        "> Hello, your order has shipped\n> Thanks for shopping with us",
        QUOTE_EN + "\n> Hello, your order has shipped",
        "https://shop.example.com/orders/4471",
        "support@shop.example.com #4471",
        "-- \nJohn Smith",
    ],
)
def test_a_message_that_is_only_ignored_parts_has_no_letters(text):
    assert detect_locale(text) == Detection(None, 0.0, "no-letters")


def test_an_answer_above_a_quote_in_another_language_is_judged_alone():
    text = "Paldies, saņēmu!\n\n" + QUOTE_EN + "\n> Hello, we have sent your order by express courier."
    assert detect_locale(text).locale == "lv"
    bottom = "> Hello, your order has shipped.\n> Best regards\n\nLiels paldies!"
    assert detect_locale(bottom).locale == "lv"


# --- scripts, as properties ------------------------------------------------------------------


def _words_of(alphabet: str):
    return st.lists(st.text(alphabet=alphabet, min_size=1, max_size=9), min_size=1, max_size=8).map(" ".join)


GEORGIAN = "".join(chr(c) for c in range(0x10D0, 0x10F1))  # Mkhedruli letters of modern Georgian
ARMENIAN = "".join(chr(c) for c in range(0x0531, 0x0557)) + "".join(chr(c) for c in range(0x0561, 0x0587))
HEBREW = "".join(chr(c) for c in range(0x05D0, 0x05EB))  # the 27 letters, final forms included
CYRILLIC = "".join(chr(c) for c in range(0x0430, 0x0450))
ARABIC = "".join(chr(c) for c in range(0x0627, 0x064B))
NOISE_CHARS = st.text(alphabet="0123456789 #.,!?-:()👍🙏😡❤\n", max_size=12)


@settings(max_examples=150, deadline=None)
@given(words=_words_of(GEORGIAN), noise=NOISE_CHARS)
def test_any_georgian_letters_are_ka(words, noise):
    assert detect_locale(f"{noise} {words} {noise}").locale == "ka"


@settings(max_examples=150, deadline=None)
@given(words=_words_of(ARMENIAN), noise=NOISE_CHARS)
def test_any_armenian_letters_are_hy(words, noise):
    assert detect_locale(f"{noise} {words} {noise}").locale == "hy"


@settings(max_examples=150, deadline=None)
@given(words=_words_of(HEBREW), noise=NOISE_CHARS)
def test_any_hebrew_letters_are_he_unless_a_yiddish_word_is_among_them(words, noise):
    from phrasebank.routing import _load_locale

    markers = _load_locale(bundled_dir(), "he").excluded_words
    assume(not markers.intersection(words.split()))
    assert detect_locale(f"{noise} {words} {noise}").locale == "he"


@settings(max_examples=150, deadline=None)
@given(words=st.one_of(_words_of(CYRILLIC), _words_of(ARABIC)), noise=NOISE_CHARS, hint=st.sampled_from(LOCALES))
def test_cyrillic_and_arabic_are_undetermined_whatever_the_hint(words, noise, hint):
    assert detect_locale(f"{noise} {words}", hint=hint).locale is None


@pytest.mark.parametrize("marker", ["װ", "ױ", "ײ", "אַ", "אָ", "פֿ"])
def test_one_yiddish_marker_makes_hebrew_script_undetermined(marker):
    text = f"שלום, ההזמנה שלי לא הגיעה {marker}"
    assert detect_locale(text).method == "excluded"
    assert detect_locale(text.replace(marker, "")).locale == "he"  # without it, plain Hebrew


def test_yiddish_presentation_forms_are_normalised():
    assert detect_locale("תודה \ufb2e").method == "excluded"  # alef with pasekh as one code point
    assert detect_locale("תודה \ufb1f").method == "excluded"  # yod yod pasekh ligature
    assert detect_locale("תודה \ufb4e").method == "excluded"  # pe with rafe


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=80), hint=st.one_of(st.none(), st.sampled_from(LOCALES)))
def test_never_raises_and_is_stable_on_any_text(text, hint):
    first = detect_locale(text, hint=hint)
    assert first == detect_locale(text, hint=hint)
    assert first.locale is None or first.locale in LOCALES
    assert 0.0 <= first.confidence <= 1.0


# --- Latvian without diacritics ----------------------------------------------------------------


def test_latvian_typed_without_diacritics_is_lv_but_a_single_diacritic_turns_plain_matching_off():
    assert detect_locale("kad bus nauda atpakal?").locale == "lv"
    # Lithuanian with its own letters: "kada" and "bus" must not pass for Latvian "kāda", "būs"
    assert detect_locale("Kada bus pristatyta prekė?").locale is None


def test_plain_latvian_of_unknown_words_is_never_guessed_english():
    assert detect_locale("rokturis saplisis") == Detection(None, 0.0, "ambiguous")
    assert detect_locale("dzirnavinam saplisis rokturis").method == "langdetect"
    assert detect_locale("dzirnavinas nestrada").locale == "lv"  # "nestrādā" is a word we know


# --- the data, on disk --------------------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_every_locale_folder_has_valid_routing_data_matching_its_phrases(locale):
    from phrasebank.routing import _char_script, _load_locale

    data = _load_locale(bundled_dir(), locale)
    phrases = (bundled_dir() / locale / "apology.ftl").read_text(encoding="utf-8")
    scripts = [_char_script(c) for c in phrases if c.isalpha() and not c.isascii()] or ["Latn"]
    main = max(set(scripts), key=scripts.count)
    if data.decide_by == "script":
        assert main == data.script, f"CLDR says {data.script}, the phrases are mostly {main}"
    else:
        assert data.script == "Latn" or main == data.script
        assert len(data.words) >= 100, f"{locale}: a words-decided locale needs a real vocabulary"


def _copy_locales(tmp_path: Path, codes) -> Path:
    root = tmp_path / "locales"
    for code in codes:
        shutil.copytree(bundled_dir() / code, root / code)
    return root


def _rewrite(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("locale", "old", "new", "message"),
    [
        ("en", "  chat: >-\n    ok ", "  chat: >-\n    thx ok ", r"routing.yaml:\d+:\d+: word 'thx' is listed twice"),
        ("en", "decide_by: words", "decide_by: letters", "decide_by must be 'script' or 'words'"),
        ("en", "version: 1", "version: 1\nlanguage: en", "unknown key 'language'"),
        ("en", "  chat: >-\n    ok ", "  chat: >-\n    Thx ", "word 'Thx' must be lowercase NFC"),
        ("lv", "  chat: >-\n    ok ", "  chat: >-\n    wow ", "letters outside the alphabet: w"),
        ("lv", "telling_letters: ā", "telling_letters: ą ā", "telling_letters 'ą' are not in the alphabet"),
        ("lv", "alphabet: a ā", "alphabet: a a\u0304", "is not one lowercase letter"),
        ("he", "words: >-\n    איז", "words: >-\n    אizz", "mixes scripts"),
        ("en", "version: 1", "version: 2", "version must be 1"),
    ],
)
def test_broken_routing_data_is_refused_with_file_line_and_problem(tmp_path, locale, old, new, message):
    root = _copy_locales(tmp_path, ["en", "lv", "he"])
    _rewrite(root / locale / "routing.yaml", old, new)
    with pytest.raises(BankError, match=message):
        detect_locale("hello", locales_dir=root)


def test_a_locale_folder_without_routing_data_is_refused(tmp_path):
    root = _copy_locales(tmp_path, ["en", "lv"])
    (root / "lv" / "routing.yaml").unlink()
    with pytest.raises(BankError, match=r"lv/routing.yaml: missing"):
        detect_locale("hello", locales_dir=root)


def test_adding_a_language_is_adding_a_folder(tmp_path):
    root = _copy_locales(tmp_path, ["en", "lv"])
    (root / "lt").mkdir()
    shutil.copy(bundled_dir() / "en" / "apology.ftl", root / "lt" / "apology.ftl")  # its wording is not read here
    (root / "lt" / "routing.yaml").write_text(
        "version: 1\ndecide_by: words\n"
        "alphabet: a ą b c č d e ę ė f g h i į y j k l m n o p r s š t u ų ū v z ž\n"
        "telling_letters: ą ę ė į ų\n"
        "words: ačiū labas laba diena sveiki mano užsakymas dar kur kada prašau\n",
        encoding="utf-8",
    )
    assert detect_locale("Ačiū labai!", locales_dir=root).locale == "lt"
    assert detect_locale("Laba diena, kur mano užsakymas?", locales_dir=root).locale == "lt"
    assert detect_locale("Liels paldies!", locales_dir=root).locale == "lv"


# --- the CLI ---------------------------------------------------------------------------------------


def _cli(argv: list[str], stdin: str | None = None) -> tuple[int, str, str]:
    """Run `phrasebank detect ...` through the real CLI entry point; (exit code, stdout, stderr)."""
    from phrasebank.cli import main

    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin = io.StringIO(stdin or "")
    sys.stdout, sys.stderr = out, err
    try:
        code = main(["detect", *argv])
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    return code, out.getvalue(), err.getvalue()


def test_run_takes_a_namespace(tmp_path, capsys):
    from phrasebank.commands.detect import run

    message = tmp_path / "message.txt"
    message.write_text("გამარჯობა, ჩემი შეკვეთა ჯერ არ მოსულა", encoding="utf-8")
    args = argparse.Namespace(file=str(message), hint=None, format="text", locales_dir=None)
    assert run(args) == 0
    assert capsys.readouterr().out == "ka\n"
    args = argparse.Namespace(file=str(message), hint="xx", format="text", locales_dir=None)
    assert run(args) == 2
    assert "unsupported locale 'xx'" in capsys.readouterr().err


def test_cli_prints_the_locale_or_und(tmp_path):
    message = tmp_path / "message.txt"
    message.write_text("Liels paldies par ātro atbildi!\n\n-- \nJohn", encoding="utf-8")
    assert _cli([str(message)]) == (0, "lv\n", "")
    assert _cli([], stdin="Спасибо большое!") == (0, "und\n", "")
    assert _cli(["-"], stdin="მადლობა") == (0, "ka\n", "")


def test_cli_hint_and_json(tmp_path):
    code, out, err = _cli(["--format", "json", "--hint", "he-IL", "-"], stdin="ok")
    assert (code, err) == (0, "")
    assert json.loads(out) == {"version": 1, "locale": "he", "confidence": 0.5, "method": "hint"}
    code, out, _ = _cli(["--format", "json"], stdin="😡😡")
    assert json.loads(out) == {"version": 1, "locale": None, "confidence": 0.0, "method": "no-letters"}


def test_cli_locales_folder(tmp_path):
    root = _copy_locales(tmp_path, ["en", "lv"])
    assert _cli(["--locales", str(root)], stdin="תודה רבה") == (0, "und\n", "")


@pytest.mark.parametrize(
    ("argv", "stdin", "says"),
    [
        (["--hint", "ru"], "ok", "unsupported locale 'ru'"),
        (["/nonexistent/message.txt"], None, "does not exist"),
        (["--locales", "/nonexistent/dir"], "ok", "does not exist"),
    ],
)
def test_cli_bad_usage_exits_2_with_one_line_on_stderr(argv, stdin, says):
    code, out, err = _cli(argv, stdin=stdin)
    assert code == 2 and out == ""
    assert says in err and err.count("\n") == 1, err


def test_cli_rejects_an_unknown_format():
    code, out, err = _cli(["--format", "xml"], stdin="ok")
    assert code == 2 and out == "" and "invalid choice: 'xml'" in err


def test_cli_module_imports_nothing_heavy():
    probe = (
        "import sys, phrasebank.commands.detect\n"
        "print(sorted(m for m in ('langdetect', 'babel', 'yaml', 'fluent.syntax', 'phrasebank.routing') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "[]"
