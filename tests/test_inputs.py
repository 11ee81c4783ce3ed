"""phrasebank.inputs: every way a file can be hostile ends in one InputError naming it, quickly."""

from __future__ import annotations

import codecs
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from phrasebank import inputs
from phrasebank.errors import PhrasebankError
from phrasebank.inputs import InputError

# Ten levels of ten aliases: 10**10 leaves if anything expanded them ("billion laughs").
BOMB = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 10)
) + "facts:\n  issue: *a9\n"


def fails(call, *args, match: str) -> InputError:
    with pytest.raises(InputError, match=match) as error:
        call(*args)
    assert isinstance(error.value, PhrasebankError)
    assert "\n" not in str(error.value)
    return error.value


def test_a_yaml_alias_bomb_is_refused_at_once():
    start = time.perf_counter()
    error = fails(inputs.load_yaml, BOMB, "facts file 'bomb.yaml'", match="alias")
    assert time.perf_counter() - start < 5  # generous: refusing must not expand anything
    assert error.line == 2 and str(error).startswith("facts file 'bomb.yaml' uses a YAML alias")


@pytest.mark.parametrize("text", ["a: &x 1\nb: *x\n", "base: &b {k: 1}\nother:\n  <<: *b\n", "- &s text\n- *s\n"])
def test_every_alias_is_refused_even_a_harmless_one(text):
    fails(inputs.load_yaml, text, "file 'f.yaml'", match="alias")


def test_anchors_without_aliases_and_ordinary_yaml_load():
    assert inputs.load_yaml("a: &x 1\nb: [1, 2.5, '3']\nc: {d: 2026-01-02}\n", "f") == {
        "a": 1, "b": [1, 2.5, "3"], "c": {"d": __import__("datetime").date(2026, 1, 2)}
    }
    assert inputs.load_yaml("", "f") is None


@pytest.mark.parametrize("depth", [inputs.MAX_DEPTH + 1, 100_000])
def test_deep_nesting_is_refused(depth):
    for text in ("x: " + "[" * depth + "]" * depth, "x: " + "{a: " * depth + "1" + "}" * depth):
        fails(inputs.load_yaml, text, "f", match="levels deep|not valid YAML")
    fails(inputs.load_json, "[" * depth + "]" * depth, "f", match="levels deep")


def test_nesting_up_to_the_limit_loads():
    depth = inputs.MAX_DEPTH - 1
    assert inputs.load_yaml("x: " + "[" * depth + "]" * depth, "f")["x"] is not None
    assert inputs.load_json("[" * inputs.MAX_DEPTH + "]" * inputs.MAX_DEPTH, "f") is not None


@pytest.mark.parametrize("number", ["9" * 5000, "1:" * 3000 + "1", "1." + "0" * 5000, "0x" + "f" * 100, "!!int " + "9" * 40])
def test_numbers_longer_than_the_limit_are_refused(number):
    fails(inputs.load_yaml, f"days_late: {number}\n", "f", match="characters long")


def test_json_numbers_and_constants_are_bounded():
    fails(inputs.load_json, '{"id": ' + "9" * 5000 + "}", "f", match="characters long")
    fails(inputs.load_json, '{"id": 1' + "0" * 5000 + ".5}", "f", match="characters long")
    fails(inputs.load_json, '{"id": NaN}', "f", match="NaN")
    assert inputs.load_json('\ufeff{"id": 12, "x": [1.5]}', "f") == {"id": 12, "x": [1.5]}


def test_invalid_yaml_and_json_name_line_and_column():
    error = fails(inputs.load_yaml, "a: 1\nb: [1,\n", "f", match=r"not valid YAML")
    assert error.line is not None
    error = fails(inputs.load_json, '{"a": 1,\n "b": }', "f", match=r"not valid JSON .*line 2")
    assert (error.line, error.column) == (2, 7)
    fails(inputs.load_yaml, "d: 2026-13-45\n", "f", match="cannot read")


def test_files_that_are_folders_missing_binary_or_not_utf8(tmp_path):
    fails(inputs.read_text, tmp_path, "facts file", match="is a folder")
    fails(inputs.read_text, tmp_path / "missing.yaml", "facts file", match="does not exist")
    fails(inputs.read_text, tmp_path / "missing" / "x", "facts file", match="does not exist")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    fails(inputs.read_text, tmp_path / "file" / "below", "facts file", match="does not exist")
    cases = {
        "utf16.yaml": ("issue: Hello.\n".encode("utf-16"), "is UTF-16 text; save it as UTF-8"),
        "utf16be.yaml": (codecs.BOM_UTF16_BE + "x".encode("utf-16-be"), "UTF-16"),
        "utf32.yaml": ("x".encode("utf-32"), "UTF-32"),
        "binary.yaml": (bytes(range(256)), "is not text"),
        "latin1.yaml": ("a: 1\nissue: Café\n".encode("latin-1"), r"not UTF-8 text \(invalid continuation byte at line 2, column 11\)"),
    }
    for name, (data, message) in cases.items():
        (tmp_path / name).write_bytes(data)
        fails(inputs.read_yaml, tmp_path / name, "facts file", match=message)


def test_size_is_capped_with_one_bounded_read(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a" * (inputs.MAX_DATA_BYTES + 1))
    fails(inputs.read_yaml, big, "facts file", match="larger than 1 MiB")
    fails(inputs.read_text, "/dev/zero", "file", match="larger than 4 MiB")


def test_stdin_closed_unreadable_or_not_utf8(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", None)
    fails(inputs.read_stdin, match="standard input is closed")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"sorry if \xff\xfe")))
    fails(inputs.read_stdin, match="standard input is not UTF-8 text")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Grüße".encode())))
    assert inputs.read_stdin() == "Grüße"


@given(st.binary(max_size=300))
def test_arbitrary_bytes_give_data_or_one_input_error(data):
    for load in (inputs.load_yaml, inputs.load_json):
        try:
            load(inputs.decode(data, "f"), "f")
        except InputError as error:
            assert "\n" not in str(error)


@pytest.mark.parametrize("text, line", [
    ("a: 1\nb: 2\na: 3\n", 3),
    ("rules:\n  - id: x\n    unless: [a]\n    unless: [b]\n", 4),
    ("x: {k: 1, k: 2}\n", 1),
])
def test_a_key_twice_in_one_yaml_mapping_is_refused(text, line):
    # PyYAML would keep the last value and drop the first without a word
    error = fails(inputs.load_yaml, text, "rule file 'h.yaml'", match="twice in one mapping")
    assert error.line == line


def test_the_same_key_in_different_mappings_loads():
    assert inputs.load_yaml("a: {k: 1}\nb: {k: 2}\nc: [{k: 1}, {k: 2}]\n", "f")["c"] == [{"k": 1}, {"k": 2}]
    assert inputs.load_yaml("1: a\n'1': b\n", "f") == {1: "a", "1": "b"}  # an int and a string are two keys


def test_a_key_twice_in_one_json_object_is_refused():
    fails(inputs.load_json, '{"a": 1, "b": {"c": 1, "c": 2}}', "f", match="'c' twice in one object")
    assert inputs.load_json('{"a": {"c": 1}, "b": {"c": 2}}', "f") == {"a": {"c": 1}, "b": {"c": 2}}
