"""Adversarial inputs cost time linear in their size: doubling one at most ~doubles the time.

Each test times one input and the same input doubled, in one run, and compares
the two as a ratio; never an absolute time, which depends on the machine. The
time of each size is the best of a few repetitions with the garbage collector
off, and the tolerance is wide: a linear algorithm measures about 2, a
quadratic one 4, an exponential one far more, so the limit is 3.
"""

from __future__ import annotations

import gc
import time

LIMIT = 3.0
REPEAT = 5


def best_time(func, argument) -> float:
    times = []
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(REPEAT):
            start = time.perf_counter()
            func(argument)
            times.append(time.perf_counter() - start)
    finally:
        if enabled:
            gc.enable()
    return min(times)


def assert_linear(func, make, size: int) -> None:
    """func(make(2 * size)) takes at most LIMIT times as long as func(make(size))."""
    small, large = make(size), make(2 * size)
    func(small)  # warm every cache first: only the input's size may differ
    ratio = best_time(func, large) / best_time(func, small)
    assert ratio < LIMIT, f"doubling the input multiplied the time by {ratio:.1f}"


def test_normalising_runs_of_alternating_combining_marks():
    from phrasebank.tokens import normalize

    assert_linear(lambda text: normalize("NFKC", text), lambda n: "a" + "\u0301\u0316" * n, 50_000)


def test_lint_on_runs_of_alternating_combining_marks():
    from phrasebank.linter import lint

    assert_linear(lambda text: lint(text, "en"), lambda n: "sorry, but a" + "\u0301\u0316" * n, 20_000)


def test_detect_on_runs_of_alternating_combining_marks():
    from phrasebank.routing import detect_locale

    assert_linear(detect_locale, lambda n: "a" + "\u0301\u0316" * n, 20_000)


def test_lint_json_output_in_the_number_of_findings(tmp_path, capsys):
    from phrasebank.cli import main

    def lint_json(path):
        main(["lint", "--locale", "en", "--format", "json", str(path)])
        capsys.readouterr()

    def make(n):
        path = tmp_path / f"hedges-{n}.txt"
        path.write_text("Sorry if you were upset. " * n, encoding="utf-8")  # one line: no line break to count from
        return path

    assert_linear(lint_json, make, 4_000)
