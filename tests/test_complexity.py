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


def test_detect_on_a_repeated_quote_header_word():
    from phrasebank.routing import detect_locale

    assert_linear(detect_locale, lambda n: "lietotājs " * n + "\nSveiki!", 2_000)


def test_quote_header_patterns_with_many_stars():
    from phrasebank.routing import _Globs

    headers = _Globs(["On " + "* " * 20 + "wrote:", "* lietotājs * rakstīja:"])
    assert_linear(headers.fullmatch, lambda n: "On " + "a " * n, 20_000)


def test_parsing_a_fluent_file_with_many_entries():
    from phrasebank import ftl

    def source(n):
        return "".join(f"msg-{i} = Hello {{ $name }}, number {i}\n" for i in range(n)) + "broken = {\n"

    def positions(text):  # the parse, and a position for every entry: what check and the bank ask
        parsed = ftl.parse(text)
        for message in parsed.messages.values():
            parsed.position(message.span.start)

    assert_linear(positions, source, 1_000)


def test_expanding_selects_written_one_after_another():
    from phrasebank import ftl
    from phrasebank.checks.fluent_ast import paths

    def source(n):
        return "m = " + "".join("{ $register ->\n    [formal] a\n   *[warm] b\n} " for _ in range(n)) + "\n"

    def expand(text):
        message = ftl.parse(text).messages["m"]
        return paths(list(message.value.elements))

    assert_linear(expand, source, 50)


def test_finding_where_a_long_line_stops_being_nfc():
    from phrasebank.checks.text import _first_unnormalised

    assert_linear(_first_unnormalised, lambda n: "x" * n + "e\u0301", 200_000)


def test_loading_yaml_with_many_entries():
    from phrasebank import inputs

    def source(n):
        return "facts:\n" + "".join(f"  fact_{i}: value number {i}\n" for i in range(n))

    assert_linear(lambda text: inputs.load_yaml(text, "f"), source, 2_000)


def test_placing_every_word_of_a_long_message():
    from phrasebank import ftl
    from phrasebank.catalog import load
    from phrasebank.checks.variants import expand

    def variant(n):
        source = "m = " + "We { $customer_name } own it. " * n + "\n"
        return expand(ftl.parse(source), "en", load(), {"customer_name": "Dana"}, "x")[0][0]

    def place_words(expanded):  # what the spelling and language checks do for each word
        return [expanded.source_offset(index) for index in range(0, len(expanded.text), 5)]

    assert_linear(place_words, variant, 1_000)
