"""Adversarial inputs cost time linear in their size: growing one at most grows the time alike.

Each test times one input and the same input made four times larger, in one
run, and compares the two as a ratio; never an absolute time, which depends on
the machine. Time is the process's CPU time (another program on a shared
machine does not count), the best of a few interleaved repetitions, with the
garbage collector off. The tolerance is wide: a linear algorithm measures
about 4, a quadratic one 16, an exponential one far more; the limit is 8.
"""

from __future__ import annotations

import gc
import time

import pytest

GROWTH = 4
LIMIT = 8.0
REPEAT = 5


def cpu_time(func, argument) -> float:
    start = time.process_time()
    func(argument)
    return time.process_time() - start


def assert_linear(func, make, size: int) -> None:
    """func(make(GROWTH * size)) takes at most LIMIT times as long as func(make(size))."""
    small, large = make(size), make(GROWTH * size)
    func(small)  # warm every cache first: only the input's size may differ
    enabled = gc.isenabled()
    gc.disable()
    try:
        times = [(cpu_time(func, small), cpu_time(func, large)) for _ in range(REPEAT)]
    finally:
        if enabled:
            gc.enable()
    ratio = min(t for _, t in times) / max(min(t for t, _ in times), 1e-6)
    assert ratio < LIMIT, f"making the input {GROWTH} times larger multiplied the time by {ratio:.1f}"


@pytest.mark.parametrize("form", ["NFC", "NFKC"])
@pytest.mark.parametrize("marks", ["\u0301\u0316", "\u0f73", "\uff9e\u0316"])  # U+0F73: a starter that decomposes into two marks
def test_normalising_runs_of_combining_marks(form, marks):
    from phrasebank.tokens import normalize

    assert_linear(lambda text: normalize(form, text), lambda n: "a" + marks * n, 50_000)


def test_lint_on_runs_of_alternating_combining_marks():
    from phrasebank.linter import lint

    assert_linear(lambda text: lint(text, "en"), lambda n: "sorry, but a" + "\u0301\u0316" * n, 10_000)


def test_detect_on_runs_of_alternating_combining_marks():
    from phrasebank.routing import detect_locale

    assert_linear(detect_locale, lambda n: "a" + "\u0301\u0316" * n, 10_000)


def test_lint_json_output_in_the_number_of_findings(tmp_path, capsys):
    from phrasebank.cli import main

    def lint_json(path):
        main(["lint", "--locale", "en", "--format", "json", str(path)])
        capsys.readouterr()

    def make(n):
        path = tmp_path / f"hedges-{n}.txt"
        path.write_text("Sorry if you were upset. " * n, encoding="utf-8")  # one line: no line break to count from
        return path

    assert_linear(lint_json, make, 1_000)
