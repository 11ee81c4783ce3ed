"""The hedge linter on sentences its rules were not written from (issue 10).

`tests/data/hedges/<lang>.test.yaml` was written by native support leads who had
not seen the rules and split from the development half before any rule existed;
rules are tuned on the development half only (docs/hedges.md, "Measuring"). This
test asserts the test half's precision and recall per locale against floors set
from the last measurement, so a change that makes the linter worse on unseen text
fails. It prints numbers only: no sentence of the test half is shown.

Floors are the measured values less 0.02, for the linter as shipped (the rules and
the model beside them, phrasebank/scorer.py) and for the rules alone, so that neither
can get worse hidden behind the other. The issue's goal is 0.95.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from test_lint_support import RULE_LOCALES

ROOT = Path(__file__).resolve().parent.parent
GOAL = 0.95

# locale: (precision floor, recall floor): the test half at its last measurement (docs/hedges.md), less 0.02.
# Session 26: twelfth blind writer's sentences added (its development half trains the model; the rules
# were not re-tuned), the model beside the rules.
FLOORS = {  # rules and model, as `lint()` reports
    "en": (0.90, 0.90),  # measured 0.923 / 0.923
    "he": (0.91, 0.90),  # measured 0.939 / 0.925
    "hy": (0.91, 0.91),  # measured 0.933 / 0.933
    "ka": (0.92, 0.90),  # measured 0.944 / 0.923
    "lv": (0.91, 0.89),  # measured 0.936 / 0.911
}
RULES_FLOORS = {  # the rules' patterns alone
    "en": (0.93, 0.86),  # measured 0.951 / 0.882
    "he": (0.94, 0.84),  # measured 0.967 / 0.869
    "hy": (0.93, 0.84),  # measured 0.950 / 0.869
    "ka": (0.94, 0.84),  # measured 0.966 / 0.868
    "lv": (0.93, 0.83),  # measured 0.952 / 0.857
}


def _evaluator():
    """scripts/hedge_eval.py, the one measurement script (imported once, by path)."""
    import sys

    if "hedge_eval" not in sys.modules:
        spec = importlib.util.spec_from_file_location("hedge_eval", ROOT / "scripts" / "hedge_eval.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["hedge_eval"] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    return sys.modules["hedge_eval"]


def test_every_locale_with_rules_has_both_halves_and_a_floor():
    evaluator = _evaluator()
    assert evaluator.locales("dev") == evaluator.locales("test") == RULE_LOCALES
    assert sorted(FLOORS) == sorted(RULES_FLOORS) == RULE_LOCALES


@pytest.mark.parametrize("locale", RULE_LOCALES)
def test_both_halves_are_big_enough_and_cover_every_category(locale):
    import yaml

    from phrasebank.hedges import CATEGORIES

    hedged = clean = 0
    covered: set[str] = set()
    for half in ("dev", "test"):
        data = yaml.safe_load((ROOT / "tests" / "data" / "hedges" / f"{locale}.{half}.yaml").read_text(encoding="utf-8"))
        assert data["locale"] == locale and data["split"] == half
        hedged += len(data["hedged"])
        clean += len(data["clean"])
        covered |= {c for item in data["hedged"] for c in item["categories"]}
    assert hedged >= 80 and clean >= 80  # per language, both halves together
    assert covered == set(CATEGORIES)


@pytest.mark.parametrize("locale", RULE_LOCALES)
def test_test_half_precision_and_recall_stay_above_their_floors(locale):
    result = _evaluator().score(locale, "test")
    precision_floor, recall_floor = FLOORS[locale]
    print(f"\n{locale} test half: precision {result.precision:.3f} (floor {precision_floor}), "
          f"recall {result.recall:.3f} (floor {recall_floor}); goal {GOAL}")
    assert result.precision >= precision_floor
    assert result.recall >= recall_floor


@pytest.mark.parametrize("locale", RULE_LOCALES)
def test_the_rules_alone_stay_above_their_floors(locale):
    result = _evaluator().score(locale, "test", model=False)
    precision_floor, recall_floor = RULES_FLOORS[locale]
    print(f"\n{locale} test half, rules alone: precision {result.precision:.3f} (floor {precision_floor}), "
          f"recall {result.recall:.3f} (floor {recall_floor})")
    assert result.precision >= precision_floor
    assert result.recall >= recall_floor
