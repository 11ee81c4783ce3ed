"""The model beside the rules (phrasebank/scorer.py): shipped up to date, computed as
specified, reported as the rules' findings are, and refused loudly when its file is bad."""

from __future__ import annotations

import functools
import importlib.util
import json
import math
import shutil
from pathlib import Path

import numpy as np
import pytest
import yaml

from phrasebank import lint, scorer
from phrasebank.errors import PhrasebankError
from phrasebank.hedges import CATEGORIES as SEVERITY_OF
from phrasebank.linter import matcher
from phrasebank.locales import bundled_dir

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ("en", "he", "hy", "ka", "lv")


def _trainer():
    spec = importlib.util.spec_from_file_location("train_hedge_model", ROOT / "scripts" / "train_hedge_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _items(locale: str, half: str = "test") -> list[dict]:
    data = yaml.safe_load((ROOT / "tests" / "data" / "hedges" / f"{locale}.{half}.yaml").read_text(encoding="utf-8"))
    return list(data["hedged"]) + list(data["clean"])


@pytest.mark.parametrize("locale", LOCALES)
def test_every_locale_ships_a_model_trained_on_what_the_repository_holds_now(locale):
    """A writer round (or any edit of a development half or the hand-checked corpus) added
    without retraining fails here."""
    assert (bundled_dir() / locale / scorer.MODEL_FILE).is_file()
    assert _trainer().stale(locale) is None


@pytest.mark.parametrize("locale", LOCALES)
def test_scores_are_the_logistic_model_the_file_describes(locale):
    """Model.scores (a sum over words and pairs, each word's part kept), computed here
    plainly with numpy from the file: each feature's count times its idf, divided by the
    square root of the sum of count times idf squared, one logistic head per category."""
    raw = json.loads((bundled_dir() / locale / scorer.MODEL_FILE).read_text(encoding="utf-8"))
    model = scorer.load(bundled_dir() / locale)
    vocab = sorted(raw["grams"])
    index = {g: k for k, g in enumerate(vocab)}
    table = np.array([raw["grams"][g] for g in vocab])  # idf, then one weight per head
    idf, weights = table[:, 0], table[:, 1:]
    fold = matcher(bundled_dir() / locale).sentences
    sentences = [s for item in _items(locale)[::9] for s in fold(item["text"])]
    assert len(sentences) > 50
    compared = 0
    for sentence in sentences:
        counts = {index[g]: n for g, n in scorer.features(sentence, tuple(raw["gram_sizes"])).items() if g in index}
        if not counts:
            continue
        ks, ns = list(counts), np.array(list(counts.values()), dtype=float)
        x = np.zeros(len(vocab))
        x[ks] = ns * idf[ks]
        x /= math.sqrt(float(np.sum(ns * idf[ks] ** 2)))
        expected = 1 / (1 + np.exp(-(x @ weights + np.array(raw["intercepts"]))))
        hedged, categories = model.scores(sentence)
        assert math.isclose(hedged, expected[0], abs_tol=1e-9)
        assert [round(categories[c], 9) for c in scorer.CATEGORIES] == [round(float(p), 9) for p in expected[1:]]
        compared += 1
    assert compared > 50


@functools.lru_cache(maxsize=None)  # the test half linted once per locale, not once per test
def _model_findings(locale: str) -> list[tuple[str, object]]:
    return [(item["text"], f) for item in _items(locale) for f in lint(item["text"], locale) if f.source == "model"]


@pytest.mark.parametrize("locale", LOCALES)
def test_a_model_finding_is_a_whole_sentence_reported_with_its_categorys_rule(locale):
    found = _model_findings(locale)
    assert len(found) >= 10  # the model does speak: on the test half it finds what the rules miss
    rules = {rule.category: rule for rule in matcher(bundled_dir() / locale).rules.rules}
    compiled = matcher(bundled_dir() / locale)
    for text, f in found:
        rule = rules[f.category]
        assert (f.rule, f.severity, f.message, f.suggestion, f.fix) == (
            rule.id, SEVERITY_OF[f.category], rule.message, rule.advice, None)
        assert text[f.start : f.end] == f.text
        first, last = compiled.sentence_bounds(text, f.start, f.end)
        sentence = text[first:last]
        letters = [i for i, ch in enumerate(sentence) if ch.isalnum()]
        # from the sentence's first letter to its last (and any mark that belongs to it)
        assert f.start == first + letters[0]
        assert f.end >= first + letters[-1] + 1
        assert not any(ch.isalnum() for ch in text[first + letters[-1] + 1 : f.end])


@pytest.mark.parametrize("locale", LOCALES)
def test_without_the_model_only_the_patterns_speak(locale):
    compiled = matcher(bundled_dir() / locale)
    for text, f in _model_findings(locale)[:20]:
        alone = compiled.find(text, model=False)
        assert all(x.source == "pattern" for x in alone)
        assert (f.rule, f.start, f.end) not in {(x.rule, x.start, x.end) for x in alone if x.source == "model"}


def _copy(tmp_path: Path, locale: str = "lv") -> Path:
    root = tmp_path / "locales"
    shutil.copytree(bundled_dir() / locale, root / locale)
    return root


def _flagged_by_model_alone(locale: str) -> str:
    compiled = matcher(bundled_dir() / locale)
    for text, f in _model_findings(locale):
        if not compiled.find(text, model=False):
            return text
    raise AssertionError("no sentence that only the model flags")


def test_a_folder_without_a_model_is_linted_by_its_rules_alone(tmp_path):
    text = _flagged_by_model_alone("lv")
    root = _copy(tmp_path)
    (root / "lv" / scorer.MODEL_FILE).unlink()
    assert lint(text, "lv") and not lint(text, "lv", locales_dir=root)


@pytest.mark.parametrize("damage, says", [
    (lambda raw: "{not json", "not valid JSON"),
    (lambda raw: json.dumps({**raw, "format": 2}), "format 2"),
    (lambda raw: json.dumps({**raw, "language": "he"}), "'he'"),
    (lambda raw: json.dumps({k: v for k, v in raw.items() if k != "grams"}), "lacks grams"),
    (lambda raw: json.dumps({**raw, "intercepts": raw["intercepts"][:3]}), "intercepts must be 8 numbers"),
    (lambda raw: json.dumps({**raw, "grams": {**raw["grams"], "abc": [1.0, 2.0]}}), "grams['abc']"),
    (lambda raw: json.dumps({**raw, "grams": {**raw["grams"], "abc": [-1.0] + [0.0] * 8}}), "positive idf"),
    (lambda raw: json.dumps({**raw, "threshold": {**raw["threshold"], "flag": 3}}), "between 0 and 1"),
])
def test_a_bad_model_file_is_an_error_naming_it(tmp_path, damage, says):
    root = _copy(tmp_path)
    path = root / "lv" / scorer.MODEL_FILE
    path.write_text(damage(json.loads(path.read_text(encoding="utf-8"))), encoding="utf-8")
    with pytest.raises(PhrasebankError) as caught:
        lint("Atvainojamies.", "lv", locales_dir=root)
    assert str(path) in str(caught.value) or scorer.MODEL_FILE in str(caught.value)
    assert says in str(caught.value)


def test_the_cli_reports_a_bad_model_in_one_line(tmp_path, capsys):
    from phrasebank.cli import main

    root = _copy(tmp_path)
    (root / "lv" / scorer.MODEL_FILE).write_text("[]", encoding="utf-8")
    source = tmp_path / "in.txt"
    source.write_text("Atvainojamies.", encoding="utf-8")
    code = main(["lint", str(source), "--locale", "lv", "--locales", str(root)])
    err = capsys.readouterr().err
    assert code == 2 and "hedge_model.json" in err and "not a JSON object" in err and len(err.strip().splitlines()) == 1


def test_json_output_says_which_findings_the_model_made(tmp_path, capsys):
    from phrasebank.cli import main

    text = _flagged_by_model_alone("lv")
    source = tmp_path / "in.txt"
    source.write_text(text, encoding="utf-8")
    main(["lint", str(source), "--locale", "lv", "--format", "json"])
    document = json.loads(capsys.readouterr().out)
    assert document["version"] == 1
    assert {f["source"] for f in document["findings"]} == {"model"}
    assert all(f["fix"] is None and f["rewrite"] is None for f in document["findings"])
