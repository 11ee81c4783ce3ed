"""Benchmark of language routing (issue 6): speed and accuracy on the labelled set.

`main()` returns the lines to print (scripts/bench.py prints every section).
In one run, on the messages of tests/data/routing.yaml:
- median µs per message of `phrasebank.detect_locale` after warm-up, and of
  plain `langdetect.detect` (all its profiles, seeded) on the same messages;
- the accuracy of both against the labels (langdetect's answer counts as a
  bundled locale when its language is one, otherwise as undetermined).
Run alone: .venv/bin/python scripts/bench_detect.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "routing.yaml"
ROUNDS = 15


def labelled() -> list[tuple[str, str | None]]:
    """(message, expected locale or None) pairs from the labelled set."""
    import yaml

    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    pairs: list[tuple[str, str | None]] = []
    for key, value in data.items():
        if key == "version":
            continue
        if key == "und":
            pairs += [(text, None) for texts in value.values() for text in texts]
        else:
            pairs += [(text, key) for text in value]
    return pairs


def is_short(text: str) -> bool:
    return len(text.split()) <= 2


def _median_us(call, texts: list[str]) -> tuple[float, float]:
    """Median and 90th percentile µs of one call, each message timed ROUNDS times after a warm-up pass."""
    for text in texts:
        call(text)
    samples = []
    clock = time.perf_counter_ns
    for _ in range(ROUNDS):
        for text in texts:
            start = clock()
            call(text)
            samples.append(clock() - start)
    samples.sort()
    return statistics.median(samples) / 1000, samples[int(0.9 * len(samples))] / 1000


def _accuracy(answers: list[str | None], pairs) -> tuple[str, dict[str, list[int]]]:
    right = [answer == expected for answer, (_, expected) in zip(answers, pairs)]
    short = [ok for ok, (text, _) in zip(right, pairs) if is_short(text)]
    per: dict[str, list[int]] = {}
    for ok, (_, expected) in zip(right, pairs):
        tally = per.setdefault(expected or "und", [0, 0])
        tally[0] += ok
        tally[1] += 1
    line = (
        f"overall {100 * sum(right) / len(right):.1f}% ({sum(right)}/{len(right)}), "
        f"one- and two-word {100 * sum(short) / len(short):.1f}% ({sum(short)}/{len(short)})"
    )
    return line, per


def main() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    from phrasebank.locales import available
    from phrasebank.routing import detect_locale

    DetectorFactory.seed = 0  # plain langdetect, made deterministic the documented way
    pairs = labelled()
    texts = [text for text, _ in pairs]
    bundled = set(available())

    def plain(text: str) -> str | None:
        try:
            return detect(text)
        except LangDetectException:  # no features in the text (digits, emoji)
            return None

    ours_median, ours_p90 = _median_us(detect_locale, texts)
    theirs_median, theirs_p90 = _median_us(plain, texts)
    detections = [detect_locale(text) for text in texts]
    by_step = {
        "script (he, ka, hy, other scripts, Yiddish)": ("script", "excluded"),
        "Latin words and letters": ("words", "foreign-letters"),
        "langdetect": ("langdetect",),
        "too little to go on": ("ambiguous", "no-letters"),
    }
    step_lines = []
    for label, methods in by_step.items():
        group = [text for text, d in zip(texts, detections) if d.method in methods]
        if group:
            median, _ = _median_us(detect_locale, group)
            step_lines.append(f"  decided by {label}: {len(group)} messages, median {median:.1f} µs")

    ours_line, ours_per = _accuracy([d.locale for d in detections], pairs)
    mapped = []
    for text in texts:
        found = plain(text)
        language = found.split("-")[0] if found else None
        mapped.append(language if language in bundled else None)
    theirs_line, theirs_per = _accuracy(mapped, pairs)

    per_locale = ", ".join(f"{key} {ok}/{n}" for key, (ok, n) in sorted(ours_per.items()))
    per_locale_theirs = ", ".join(f"{key} {ok}/{n}" for key, (ok, n) in sorted(theirs_per.items()))
    return [
        f"detect: {len(texts)} labelled messages (tests/data/routing.yaml), {ROUNDS} timed rounds after warm-up",
        f"detect_locale:     median {ours_median:.1f} µs/message (p90 {ours_p90:.1f} µs)",
        *step_lines,
        f"langdetect.detect: median {theirs_median:.1f} µs/message (p90 {theirs_p90:.1f} µs), "
        f"{theirs_median / ours_median:.0f}x detect_locale's median",
        f"detect_locale accuracy:     {ours_line}",
        f"  per expected answer: {per_locale}",
        f"langdetect.detect accuracy: {theirs_line}",
        f"  per expected answer: {per_locale_theirs}",
    ]


if __name__ == "__main__":
    print("\n".join(main()))
