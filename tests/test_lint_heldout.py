"""The hedge linter on sentences its rules were not written from (issue 10).

`tests/data/hedges/<lang>.test.yaml` was written by native support leads who had
not seen the rules and split from the development half before any rule existed;
rules are tuned on the development half only (docs/hedges.md, "Measuring"). This
test asserts the test half's precision and recall per locale against floors set
from the last measurement, so a change that makes the linter worse on unseen text
fails. It prints numbers only: no sentence of the test half is shown.

Floors are the measured values less 0.02 (phase 2 of issue 10: every locale's
rules rewritten by mechanism). The issue's goal is 0.95; the gap between the
development halves (1.00) and the test halves is overfitting of the word lists.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from test_lint_support import RULE_LOCALES

ROOT = Path(__file__).resolve().parent.parent
GOAL = 0.95

# locale: (precision floor, recall floor): the test half at its last measurement (docs/hedges.md;
# development halves 1.00 / 1.00), less 0.02
FLOORS = {
    "en": (0.93, 0.86),  # measured 0.952 / 0.878 (session 25: tenth and eleventh blind writers' sentences added, rules re-tuned on dev)
    "he": (0.96, 0.86),  # measured 0.971 / 0.877
    "hy": (0.92, 0.86),  # measured 0.950 / 0.877
    "ka": (0.95, 0.85),  # measured 0.964 / 0.865
    "lv": (0.93, 0.84),  # measured 0.956 / 0.858
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
    assert sorted(FLOORS) == RULE_LOCALES


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
