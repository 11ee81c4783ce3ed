"""Shared helpers for the hedge-linter tests (no tests here): rule files and corpora found on disk.

Named test_lint_* to stay among the linter's own test files; pytest collects nothing from it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from phrasebank import hedges
from phrasebank.locales import bundled_dir

CORPUS_DIR = Path(__file__).resolve().parent / "data" / "hedge_corpus"
RULE_LOCALES = sorted(p.parent.name for p in bundled_dir().glob("*/hedges.yaml"))


@lru_cache(maxsize=None)
def rules(locale: str) -> hedges.HedgeRules:
    return hedges.load(bundled_dir() / locale)


def all_rules() -> list[hedges.Rule]:
    return [rule for locale in RULE_LOCALES for rule in rules(locale).rules]


def corpus(locale: str) -> dict:
    return yaml.safe_load((CORPUS_DIR / f"{locale}.yaml").read_text(encoding="utf-8"))


def clean_sentences(locale: str) -> list[str]:
    return list(corpus(locale)["clean"])


__all__ = ["CORPUS_DIR", "RULE_LOCALES", "all_rules", "clean_sentences", "corpus", "rules"]
