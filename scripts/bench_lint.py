"""Benchmark of the hedge linter (issue 3): throughput in MB/s, and its ratio to `str.count`.

`main()` returns the lines to print (scripts/bench.py prints every section).
The corpus is built in memory, at least 20 MB of UTF-8 in all bundled
locales: per locale, the bank's own apologies (compose() with the locale's
example facts, over playbooks, options and seeds), each followed by a clean
sentence of tests/data/hedge_corpus/<lang>.yaml and a hedged one (corpus or a
rule's must-flag example), all drawn with a fixed seed. Each locale's text is linted with its locale
after a warm-up (rules compiled once, as in a long-running service); the
median CPU time of ROUNDS runs is reported (time.process_time: one core,
undisturbed by other processes), next to `str.count` over the same texts in
the same run. MB here is 10^6 bytes of UTF-8.
Run alone: .venv/bin/python scripts/bench_lint.py
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "hedge_corpus"
TARGET_MB = 20.0
HEDGE_EVERY = 10  # about one hedged sentence in this many (an apology is 6-10 sentences, plus 2)
ROUNDS = 3
GOAL_MB_S = 30.0


def corpus_texts(total_mb: float = TARGET_MB) -> dict[str, str]:
    """locale -> about total_mb / locales MB of apologies with hedges mixed in.

    The bulk is the bank's own apologies (compose() over playbooks, options and
    seeds with the locale's example facts), each followed by one clean corpus
    sentence and one hedged sentence (a corpus sentence or a rule's must-flag
    example): about one hedged sentence in HEDGE_EVERY.
    """
    import itertools

    import yaml

    import phrasebank
    from phrasebank import factfile, hedges
    from phrasebank.catalog import load
    from phrasebank.locales import bundled_dir

    catalog = load()
    names = ("register", "channel", "voice", "customer_gender", "agent_gender")
    combos = [dict(zip(names, values)) for values in itertools.product(*(catalog.options[n] for n in names))]
    locales = sorted(p.stem for p in CORPUS.glob("*.yaml"))
    per_locale = int(total_mb * 1e6 / len(locales)) + 1
    rng = random.Random(3)
    texts = {}
    for locale in locales:
        data = yaml.safe_load((CORPUS / f"{locale}.yaml").read_text(encoding="utf-8"))
        facts = factfile.read(bundled_dir() / locale / "example.yaml")  # {in_days: N} dates resolved
        rules = hedges.load(bundled_dir() / locale).rules
        clean = list(data["clean"])
        hedged = [item["text"] for item in data["hedged"]] + [t for r in rules for t in r.must_flag]
        apologies = [
            phrasebank.compose(locale, playbook, facts, seed=seed, **options).text
            for playbook in catalog.playbooks
            for options in rng.sample(combos, 12)
            for seed in range(2)
        ]
        pieces: list[str] = []
        size = 0
        while size < per_locale:
            piece = f"{rng.choice(apologies)}\n\n{rng.choice(clean)} {rng.choice(hedged)}"
            pieces.append(piece)
            size += len(piece.encode("utf-8")) + 2
        texts[locale] = "\n\n".join(pieces)
    return texts


def _median_seconds(call, rounds: int = ROUNDS) -> float:
    """Median CPU seconds of this process (one core), so other load on the machine does not count."""
    samples = []
    for _ in range(rounds):
        start = time.process_time()
        call()
        samples.append(time.process_time() - start)
    return statistics.median(samples)


def main() -> list[str]:
    from phrasebank.linter import lint

    texts = corpus_texts()
    sizes = {locale: len(text.encode("utf-8")) / 1e6 for locale, text in texts.items()}
    total = sum(sizes.values())
    findings = {}
    lint_seconds = {}
    count_seconds = {}
    for locale, text in texts.items():
        lint(text[:1000], locale)  # compile the locale's rules once, outside the timing
        findings[locale] = len(lint(text, locale))
        lint_seconds[locale] = _median_seconds(lambda text=text, locale=locale: lint(text, locale))
        count_seconds[locale] = _median_seconds(lambda text=text: text.count("\u05d0"), rounds=ROUNDS * 3)
    lint_rate = total / sum(lint_seconds.values())
    count_rate = total / sum(count_seconds.values())
    per_locale = ", ".join(f"{loc} {sizes[loc] / lint_seconds[loc]:.1f}" for loc in texts)
    return [
        "== lint (issue 3)",
        f"corpus: {total:.1f} MB of UTF-8 in {len(texts)} locales, one hedged sentence in {HEDGE_EVERY}; "
        f"{sum(findings.values())} findings",
        f"lint throughput: {lint_rate:.1f} MB/s on one core (median of {ROUNDS}; target ≥ {GOAL_MB_S:.0f} MB/s: "
        f"{'met' if lint_rate >= GOAL_MB_S else 'NOT met'})",
        f"per locale MB/s: {per_locale}",
        f"str.count over the same text: {count_rate:.0f} MB/s; lint runs at 1/{count_rate / lint_rate:.0f} of it",
    ]


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    for line in main():
        print(line)
