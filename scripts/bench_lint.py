"""Benchmark of the hedge linter (issues 3 and 10): throughput in MB/s beside `str.lower`.

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

Two corpora (issue 10): "sparse", the bank's apologies with about one hedged
sentence in ten, and "dense", corpus sentences where every other sentence hedges
(a clean one, a hedged one, ...). Targets: ≥ 30 MB/s sparse, ≥ 20 MB/s dense.
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
GOAL_DENSE_MB_S = 20.0
COLD_CHARS = 2000  # about one letter


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
            for playbook, book in catalog.playbooks.items()  # each playbook on the channels it is written for
            for options in rng.sample([c for c in combos if c["channel"] in book.channels], 12)
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


def dense_texts(total_mb: float = TARGET_MB / 2) -> dict[str, str]:
    """locale -> text where every other sentence hedges: a clean corpus sentence, a hedged one, ..."""
    import yaml

    from phrasebank import hedges
    from phrasebank.locales import bundled_dir

    locales = sorted(p.stem for p in CORPUS.glob("*.yaml"))
    per_locale = int(total_mb * 1e6 / len(locales)) + 1
    rng = random.Random(5)
    texts = {}
    for locale in locales:
        data = yaml.safe_load((CORPUS / f"{locale}.yaml").read_text(encoding="utf-8"))
        rules = hedges.load(bundled_dir() / locale).rules
        clean = list(data["clean"])
        hedged = [item["text"] for item in data["hedged"]] + [t for r in rules for t in r.must_flag]
        pieces: list[str] = []
        size = 0
        while size < per_locale:
            piece = f"{rng.choice(clean)} {rng.choice(hedged)}"
            pieces.append(piece)
            size += len(piece.encode("utf-8")) + 1
        texts[locale] = "\n".join(pieces)
    return texts


def _median_seconds(call, rounds: int = ROUNDS) -> float:
    """Median CPU seconds of this process (one core), so other load on the machine does not count."""
    samples = []
    for _ in range(rounds):
        start = time.process_time()
        call()
        samples.append(time.process_time() - start)
    return statistics.median(samples)


def measure(texts: dict[str, str], model: bool = True) -> tuple[float, float, dict[str, float], int]:
    """(lint MB/s, str.lower MB/s, per-locale lint MB/s, findings) over the texts; `model`
    False: the rules' patterns alone, without the model beside them (phrasebank/scorer.py)."""
    from phrasebank.linter import matcher
    from phrasebank.locales import bundled_dir

    sizes = {locale: len(text.encode("utf-8")) / 1e6 for locale, text in texts.items()}
    findings = 0
    lint_seconds = {}
    lower_seconds = {}
    for locale, text in texts.items():
        find = matcher(bundled_dir() / locale).find  # what lint() calls
        findings += len(find(text, model=model))  # compiles what the text needs, outside the timing
        lint_seconds[locale] = _median_seconds(lambda text=text, find=find: find(text, model=model))
        lower_seconds[locale] = _median_seconds(lambda text=text: text.lower(), rounds=ROUNDS * 3)
    total = sum(sizes.values())
    per_locale = {locale: sizes[locale] / lint_seconds[locale] for locale in texts}
    return total / sum(lint_seconds.values()), total / sum(lower_seconds.values()), per_locale, findings


_COLD = """
import sys, time
from phrasebank.linter import lint
lint(sys.stdin.read(), sys.argv[1])
print(time.process_time())
"""


def cold_seconds(texts: dict[str, str], size: int = COLD_CHARS) -> dict[str, float]:
    """locale -> median CPU seconds of a fresh Python process that imports phrasebank and
    lints the first `size` characters of the locale's text once: what one `phrasebank lint`
    of a letter costs, compiling included (the throughput above is measured warm)."""
    import subprocess

    result = {}
    for locale, text in texts.items():
        samples = []
        for _ in range(ROUNDS):
            done = subprocess.run([sys.executable, "-c", _COLD, locale], input=text[:size], capture_output=True,
                                  text=True, encoding="utf-8", check=True, cwd=ROOT)
            samples.append(float(done.stdout.strip().splitlines()[-1]))
        result[locale] = statistics.median(samples)
    return result


def main() -> list[str]:
    lines = ["== lint (issues 3, 10)"]
    sparse = corpus_texts()
    cold = cold_seconds(sparse)
    lines.append(
        f"cold: one `lint` of a {COLD_CHARS // 1000} KB letter in a fresh process (import and compiling included), "
        f"CPU seconds, median of {ROUNDS}: " + ", ".join(f"{loc} {sec:.2f}" for loc, sec in cold.items())
    )
    for name, texts, goal in (
        (f"sparse (about one hedged sentence in {HEDGE_EVERY})", sparse, GOAL_MB_S),
        ("dense (every other sentence hedges)", dense_texts(), GOAL_DENSE_MB_S),
    ):
        total = sum(len(t.encode("utf-8")) for t in texts.values()) / 1e6
        rate, lower, per_locale, findings = measure(texts)
        alone, _, alone_per_locale, alone_findings = measure(texts, model=False)
        lines += [
            f"{name}: {total:.1f} MB of UTF-8 in {len(texts)} locales, {findings} findings",
            f"  lint throughput: {rate:.1f} MB/s on one core (median of {ROUNDS}; target ≥ {goal:.0f} MB/s: "
            f"{'met' if rate >= goal else 'NOT met'}); str.lower over the same text: {lower:.0f} MB/s",
            "  per locale MB/s: " + ", ".join(f"{loc} {r:.1f}" for loc, r in per_locale.items()),
            f"  the rules alone, without the model beside them: {alone:.1f} MB/s, {alone_findings} findings; per locale: "
            + ", ".join(f"{loc} {r:.1f}" for loc, r in alone_per_locale.items()),
        ]
    return lines


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    for line in main():
        print(line)
