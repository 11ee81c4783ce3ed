"""Every file phrasebank reads, read one way: bounded, strict UTF-8, YAML and JSON without surprises.

A support tool reads what others wrote: a facts file from a web form, a
translator's locale folder in a pull request, an account listing saved from a
helpdesk's API, a customer's message on stdin. Read naively, twenty lines of
nested YAML aliases expand to gigabytes, a 5000-digit number cannot even be
printed, and a UTF-16 file or a folder where a file should be ends in a
traceback. So every input goes through here:

- one bounded read (`MAX_TEXT_BYTES` for text, `MAX_DATA_BYTES` for YAML and
  JSON), so /dev/zero or a log file given by mistake is refused, not swallowed;
- strict UTF-8: UTF-16/32 and binary files get an error that says so, any other
  bad byte is named with its line and column;
- YAML through PyYAML's safe loader (libyaml's parser when PyYAML has it), with
  aliases refused (`*name`: spell the value out instead), nesting at most
  `MAX_DEPTH` deep, numbers at most `MAX_NUMBER_CHARS` characters long, and no
  key twice in one mapping (PyYAML would silently keep the last);
- JSON with the same nesting and number bounds, no NaN or Infinity, and no key
  twice in one object.

Every failure is an `InputError`: a `PhrasebankError` whose one-line message
names what was read, the file and the problem (with `line` and `column` when
known, so `phrasebank check` can report it as a problem instead of stopping).
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
import sys
from pathlib import Path
from typing import Any

from .errors import PhrasebankError, shown

MAX_TEXT_BYTES = 4 * 1024 * 1024  # a message to lint or detect, a locale's .ftl (the bundled ones are ~40 KB)
MAX_DATA_BYTES = 1024 * 1024  # a YAML or JSON file (the largest bundled one is ~20 KB)
MAX_DEPTH = 64  # nesting of YAML/JSON collections: no phrasebank file needs more than 4
MAX_NUMBER_CHARS = 32  # a YAML/JSON number's text: far beyond any amount, count or id

STDIN = "standard input"


class InputError(PhrasebankError):
    """An input cannot be read. `kind`: missing, folder, unreadable, size, encoding or syntax."""

    def __init__(self, source: str, problem: str, *, kind: str, line: int | None = None, column: int | None = None):
        super().__init__(f"{source} {problem}")
        self.source = source
        self.problem = problem
        self.kind = kind
        self.line = line
        self.column = column


def describe(what: str, path: str | Path) -> str:
    """How an error names a file: `facts file '/tmp/f.yaml'`."""
    return f"{what} {shown(str(path))}"


def read_bytes(path: str | Path, what: str, *, limit: int = MAX_TEXT_BYTES) -> bytes:
    """The bytes of a file (a pipe such as /dev/stdin too), at most `limit` of them."""
    source = describe(what, path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError(source, "does not exist", kind="missing") from None
    except NotADirectoryError:
        raise InputError(source, "does not exist (a part of its path is a file)", kind="missing") from None
    except ValueError:  # a NUL character in the name
        raise InputError(source, "is not a valid file name", kind="missing") from None
    except OSError as exc:
        raise InputError(source, f"cannot be read ({exc.strerror})", kind="unreadable") from None
    if stat.S_ISDIR(os.fstat(fd).st_mode):
        os.close(fd)
        raise InputError(source, "is a folder, not a file", kind="folder")
    with os.fdopen(fd, "rb") as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise InputError(source, f"cannot be read ({exc.strerror})", kind="unreadable") from None
    if len(data) > limit:
        raise InputError(source, f"is larger than {_size(limit)}, the most phrasebank reads", kind="size")
    return data


def read_stdin(*, limit: int = MAX_TEXT_BYTES) -> str:
    """Standard input as text, bytes decoded strictly (whatever the terminal's locale says)."""
    stream = sys.stdin
    if stream is None or getattr(stream, "closed", False):
        raise InputError(STDIN, "is closed; give a FILE, or pipe the text in", kind="unreadable")
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is None:  # a text stream without bytes underneath (an embedding program's, a test's)
            text = stream.read(limit + 1)
            data = None
        else:
            data = buffer.read(limit + 1)
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise InputError(STDIN, f"cannot be read ({reason}); give a FILE", kind="unreadable") from None
    if data is None:
        if len(text) > limit:
            raise InputError(STDIN, f"is larger than {_size(limit)}, the most phrasebank reads", kind="size")
        return text
    if len(data) > limit:
        raise InputError(STDIN, f"is larger than {_size(limit)}, the most phrasebank reads", kind="size")
    return decode(data, STDIN)


def read_text(path: str | Path, what: str, *, limit: int = MAX_TEXT_BYTES) -> str:
    """A UTF-8 text file, decoded strictly (a byte-order mark is kept: some callers report it)."""
    return decode(read_bytes(path, what, limit=limit), describe(what, path))


def decode(data: bytes, source: str) -> str:
    """Strict UTF-8; UTF-16, UTF-32 and binary data are named as such."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise InputError(source, "is UTF-32 text; save it as UTF-8", kind="encoding", line=1, column=1)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(source, "is UTF-16 text; save it as UTF-8", kind="encoding", line=1, column=1)
    nul = data.find(b"\0")
    if nul >= 0:
        line, column = _byte_position(data, nul)
        raise InputError(
            source, f"is not text (a NUL byte at line {line}, column {column}); give a UTF-8 text file",
            kind="encoding", line=line, column=column,
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _byte_position(data, exc.start)
        raise InputError(
            source, f"is not UTF-8 text ({exc.reason} at line {line}, column {column}); save it as UTF-8",
            kind="encoding", line=line, column=column,
        ) from None


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    """Line and character column of a byte offset (the line's text before it decoded leniently)."""
    start = data.rfind(b"\n", 0, offset) + 1
    return data.count(b"\n", 0, offset) + 1, len(data[start:offset].decode("utf-8", "replace")) + 1


def _size(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MiB" if limit >= 1024 * 1024 else f"{limit} bytes"


# --- YAML ------------------------------------------------------------------------------------

_YAML_NUMBER_TAGS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")


def read_yaml(path: str | Path, what: str) -> Any:
    """The data of a YAML file (None for an empty one)."""
    return load_yaml(read_text(path, what, limit=MAX_DATA_BYTES), describe(what, path))


def load_yaml(text: str, source: str) -> Any:
    return yaml_document(text, source)[0]


def yaml_document(text: str, source: str) -> tuple[Any, Any]:
    """(data, the composed root node, for positions), or InputError; (None, None) for an empty file."""
    import yaml

    loader_class = yaml.CSafeLoader if getattr(yaml, "__with_libyaml__", False) else yaml.SafeLoader
    try:
        _check_events(loader_class, text, source)
        loader = loader_class(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None, None
            _check_unique_keys(node, source)
            return loader.construct_document(node), node
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        reason = " ".join(part for part in (exc.context, exc.problem) if part)
        where = f" at line {line}, column {column}" if line else ""
        raise InputError(source, f"is not valid YAML ({reason}{where})", kind="syntax", line=line, column=column) from None
    except yaml.YAMLError as exc:
        raise InputError(source, f"is not valid YAML ({' '.join(str(exc).split())})", kind="syntax") from None
    except (ValueError, OverflowError, TypeError) as exc:  # e.g. a timestamp 2026-13-45
        raise InputError(source, f"holds a value YAML cannot read ({exc})", kind="syntax") from None


def _check_events(loader_class, text: str, source: str) -> None:
    """No alias, no nesting deeper than MAX_DEPTH, no number longer than MAX_NUMBER_CHARS.

    Checked on the parser's events, before anything is composed: refusing every
    alias is what makes "billion laughs" impossible (no phrasebank file needs
    one), and the depth is known before PyYAML's recursive composer runs.
    """
    import yaml

    loader = loader_class(text)
    try:
        depth = 0
        while not loader.check_event(yaml.StreamEndEvent):
            event = loader.get_event()
            if isinstance(event, yaml.AliasEvent):
                raise _event_error(source, event, "uses a YAML alias (*name); aliases are not allowed here: write the value out")
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise _event_error(source, event, f"nests collections more than {MAX_DEPTH} levels deep")
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            elif isinstance(event, yaml.ScalarEvent) and len(event.value) > MAX_NUMBER_CHARS:
                if (event.tag or loader.resolve(yaml.ScalarNode, event.value, event.implicit)) in _YAML_NUMBER_TAGS:
                    raise _event_error(source, event, f"has a number {len(event.value)} characters long; at most {MAX_NUMBER_CHARS}")
    finally:
        loader.dispose()


def _check_unique_keys(root, source: str) -> None:
    """No mapping holds the same key twice.

    PyYAML keeps the last value of a repeated key without a word, so a rule
    written with `unless:` twice lost its first list of contexts: the data a
    person wrote would not be the data the tool used.
    """
    import yaml

    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: dict[tuple[str, str], int] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    line, column = key.start_mark.line + 1, key.start_mark.column + 1
                    first = seen.get((key.tag, key.value))
                    if first is not None:
                        raise InputError(
                            source,
                            f"has the key {key.value!r} twice in one mapping (lines {first} and {line}); "
                            "YAML would keep only the last: merge them into one",
                            kind="syntax", line=line, column=column,
                        )
                    seen[(key.tag, key.value)] = line
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def _event_error(source: str, event, problem: str) -> InputError:
    line, column = event.start_mark.line + 1, event.start_mark.column + 1
    return InputError(source, f"{problem} (line {line}, column {column})", kind="syntax", line=line, column=column)


# --- JSON ------------------------------------------------------------------------------------

_JSON_NESTING = re.compile(r'"(?:[^"\\]++|\\.)*+"|[\[\]{}]')


class _BadValue(ValueError):
    pass


def read_json(path: str | Path, what: str) -> Any:
    return load_json(read_text(path, what, limit=MAX_DATA_BYTES), describe(what, path))


def load_json(text: str, source: str) -> Any:
    """Parsed JSON, its nesting and numbers bounded like YAML's."""
    depth = deepest = 0
    for token in _JSON_NESTING.finditer(text):
        char = token.group()
        if char in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    line = text.count("\n", 0, token.start()) + 1
                    raise InputError(source, f"nests arrays and objects more than {MAX_DEPTH} levels deep (line {line})",
                                     kind="syntax", line=line)
        elif char in "]}":
            depth -= 1
    try:
        return json.loads(
            text.removeprefix("\ufeff"), parse_int=_json_number(int), parse_float=_json_number(float),
            parse_constant=_no_constant, object_pairs_hook=_unique_object,
        )
    except json.JSONDecodeError as exc:
        raise InputError(source, f"is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})",
                         kind="syntax", line=exc.lineno, column=exc.colno) from None
    except _BadValue as exc:
        raise InputError(source, str(exc), kind="syntax") from None


def _unique_object(pairs: list) -> dict:
    """A JSON object, refused when a key repeats (json keeps the last one without a word)."""
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise _BadValue(f"has the key {key!r} twice in one object; JSON would keep only the last: merge them into one")
        result[key] = value
    return result


def _json_number(kind):
    def parse(value: str):
        if len(value) > MAX_NUMBER_CHARS:
            raise _BadValue(f"has a number {len(value)} characters long; at most {MAX_NUMBER_CHARS}")
        return kind(value)

    return parse


def _no_constant(name: str):
    raise _BadValue(f"holds {name}, which is not a JSON number")


__all__ = [
    "InputError",
    "MAX_DATA_BYTES",
    "MAX_DEPTH",
    "MAX_NUMBER_CHARS",
    "MAX_TEXT_BYTES",
    "decode",
    "describe",
    "load_json",
    "load_yaml",
    "read_bytes",
    "read_json",
    "read_stdin",
    "read_text",
    "read_yaml",
    "yaml_document",
]
