"""Composing vs formatting the same messages with a bare FluentBundle; CLI start-up.

Run through scripts/bench.py. Medians of repeated runs, all measured in this one run.
"""

from __future__ import annotations

import gc
import statistics
import subprocess
import sys
import time
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource

import phrasebank
from babel import Locale

from phrasebank import bank as _bank
from phrasebank import factfile
from phrasebank import facts as _facts
from phrasebank import formats as _formats
from phrasebank.catalog import load as load_catalog
from phrasebank.locales import available, bundled_dir

PLAYBOOK = "formal-letter"
ROUNDS = 5000


def _paired_medians_us(first, second, rounds: int = ROUNDS) -> tuple[float, float]:
    """Median µs of two calls timed alternately, so drift and load hit both alike (gc off, as timeit)."""
    for _ in range(100):
        first()
        second()
    a, b = [], []
    gc.disable()
    try:
        for _ in range(rounds):
            start = time.perf_counter_ns()
            first()
            middle = time.perf_counter_ns()
            second()
            a.append(middle - start)
            b.append(time.perf_counter_ns() - middle)
    finally:
        gc.enable()
    return statistics.median(a) / 1000, statistics.median(b) / 1000


def _median_ms_cmd(argv: list[str], rounds: int = 15) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def compose_lines() -> list[str]:
    lines = ["compose: median µs per apology (playbook %s, sample facts) vs raw FluentBundle formatting" % PLAYBOOK]
    catalog = load_catalog()
    for locale in available():
        folder = bundled_dir() / locale
        facts = factfile.read(folder / "example.yaml")  # {in_days: N} dates resolved against today
        apology = phrasebank.compose(locale, PLAYBOOK, facts)
        ids = [part.message for part in apology.parts]
        phrases = _bank.load(locale)
        # The same bundle a direct Fluent user would build: the locale's DATE and MONEY functions.
        bundle = FluentBundle([locale], functions=_formats.functions(Locale.parse(locale), phrases.formats), use_isolating=True)
        bundle.add_resource(FluentResource((folder / "apology.ftl").read_text(encoding="utf-8")))
        args = {
            name: phrases.money(value.amount, value.currency) if isinstance(value, _facts.Money) else value
            for name, value in _facts.validate(catalog, facts).items()
        }
        grammar = {name: apology.options[name] for name in catalog.grammar_variables}
        # The same arguments a direct Fluent user would pass: each message's own facts.
        calls = [
            (bundle.get_message(i).value, {**grammar, **{n: args[n] for n in catalog.messages[i].facts}})
            for i in ids
        ]

        def raw():
            for pattern, message_args in calls:
                bundle.format_pattern(pattern, message_args)

        composed, bare = _paired_medians_us(lambda: phrasebank.compose(locale, PLAYBOOK, facts), raw)
        lines.append(f"  {locale}: compose {composed:8.1f} µs   raw fluent {bare:8.1f} µs   ratio {composed / bare:4.2f}  (target ≤ 1.50)")
    return lines


def startup_lines() -> list[str]:
    python = sys.executable
    bare = _median_ms_cmd([python, "-c", "pass"])
    helped = _median_ms_cmd([python, "-m", "phrasebank", "--help"])
    composed = _median_ms_cmd([python, "-m", "phrasebank", "compose", "--locale", "he", "--playbook", PLAYBOOK, "--example"])
    return [
        "CLI start-up: median ms over 15 runs",
        f"  python -c pass           {bare:7.1f} ms",
        f"  phrasebank --help        {helped:7.1f} ms   (+{helped - bare:.1f} ms; target < +150 ms)",
        f"  phrasebank compose (he)  {composed:7.1f} ms   (+{composed - bare:.1f} ms)",
    ]


def main() -> list[str]:
    return compose_lines() + startup_lines()


if __name__ == "__main__":
    print("\n".join(main()))
