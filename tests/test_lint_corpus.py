"""Precision and recall of the hedge linter on the labelled corpus, per locale.

A hedged sentence counts as found only when every category it is labelled
with is reported; a clean sentence with any finding is a false alarm. Both
figures must reach 95% in every locale that has a corpus file, and every
locale with hedge rules must have one.
"""

from __future__ import annotations

import pytest
from test_lint_support import CORPUS_DIR as CORPUS
from test_lint_support import RULE_LOCALES
from test_lint_support import corpus as load_corpus

from phrasebank.linter import lint

THRESHOLD = 0.95


def score(locale: str) -> tuple[float, float, list[str]]:
    """(precision, recall, the sentences it got wrong) over one locale's corpus."""
    data = load_corpus(locale)
    found = missed = false_alarms = 0
    wrong: list[str] = []
    for item in data["hedged"]:
        got = {f.category for f in lint(item["text"], locale)}
        if set(item["categories"]) <= got:
            found += 1
        else:
            missed += 1
            wrong.append(f"missed {sorted(set(item['categories']) - got)}: {item['text']}")
    for text in data["clean"]:
        findings = lint(text, locale)
        if findings:
            false_alarms += 1
            wrong.append(f"false alarm {[(f.rule, f.text) for f in findings]}: {text}")
    precision = found / (found + false_alarms) if found + false_alarms else 0.0
    recall = found / (found + missed) if found + missed else 0.0
    return precision, recall, wrong


def test_every_locale_with_rules_has_a_corpus():
    assert RULE_LOCALES, "no hedges.yaml found"
    assert sorted(p.stem for p in CORPUS.glob("*.yaml")) == RULE_LOCALES


@pytest.mark.parametrize("locale", RULE_LOCALES)
def test_corpus_is_big_enough_and_covers_every_category(locale):
    from phrasebank.hedges import CATEGORIES

    data = load_corpus(locale)
    assert data["locale"] == locale
    assert len(data["hedged"]) >= 25
    assert len(data["clean"]) >= 25
    covered = {c for item in data["hedged"] for c in item["categories"]}
    assert covered == set(CATEGORIES)


@pytest.mark.parametrize("locale", RULE_LOCALES)
def test_precision_and_recall(locale):
    precision, recall, wrong = score(locale)
    print(f"\n{locale}: precision {precision:.1%}, recall {recall:.1%}")
    for line in wrong:
        print("   ", line)
    assert precision >= THRESHOLD, wrong
    assert recall >= THRESHOLD, wrong
