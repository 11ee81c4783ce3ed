"""A draft written out in one helpdesk's syntax, as plain text and as HTML — inert.

Template injection into a helpdesk is a data leak: a phrase or a fact that reads
`{{ticket.requester.email}}` must reach the customer as those characters, never
as the requester's address. Escaping the braces as HTML entities is not enough,
because the agent's editor turns `&#123;&#123;` back into `{{` and the helpdesk
renders placeholders when the reply is sent. So every opening or closing pair of
template delimiters in our own text (`{{`, `{%`, `{#`, `}}`, `%}`, `#}`), also when
spelled as character references in plain text (`&#123;&#123;`), is split with a visible space — `{ {ticket.requester.email} }` — which no template engine
of the six reads as a tag and which survives any editor round trip. Only the
placeholders from `targets.yaml` are written as they are. HTML text is escaped,
so `<script>` arrives as text; in plain text a tag-opening `<` is split the same
way (`< script>`). A last check refuses any output in which a live delimiter or an
HTML element appears that we did not put there.
"""

from __future__ import annotations

import html as _html
import re
from typing import Iterator

from .draft import Draft, Slot
from .errors import ExportError
from .targets import Target

_OPENERS = re.compile(r"\{(?=[{%#])")
_CLOSERS = re.compile(r"(?<=[}%#])\}")
_TAG_OPEN = re.compile(r"<(?=[A-Za-z/!?])")
_LIVE = re.compile(r"\{[{%#]|[}%#]\}")
_TAG = re.compile(r"<\s*/?\s*([A-Za-z][A-Za-z0-9:-]*)")
ALLOWED_TAGS = {"div", "p", "br"}


def neutralize(text: str, markup: str = "text") -> str:
    """Split every template delimiter pair in literal text with a space.

    In plain text a `<` that would open a tag is split from its name the same way
    (`< script>`): a plain-text field that some channel renders as HTML after all
    still shows text. HTML output escapes `<` instead. In plain text a character
    reference that spells a delimiter (`&#123;&#123;`, `&lbrace;`) is written as
    the character first, then split like any other: an agent's editor decodes
    references, and `&#123;&#123;ticket.requester.email&#125;&#125;` would come out
    live. (In HTML output `&` is escaped, so a reference stays text.)
    """
    if markup == "text":
        text = _decode_delimiter_references(text)
    text = _CLOSERS.sub(" }", _OPENERS.sub("{ ", text))
    return _TAG_OPEN.sub("< ", text) if markup == "text" else text


_REFERENCE = re.compile(r"&(?:#[0-9]{1,10}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});?")
_DELIMITERS = frozenset("{}%#<>")


def _decode_delimiter_references(text: str) -> str:
    """`&#123;` -> `{`: only references to the characters templates and tags are made of."""
    if "&" not in text:
        return text

    def decode(match: re.Match) -> str:
        char = _html.unescape(match.group())
        return char if char in _DELIMITERS else match.group()

    return _REFERENCE.sub(decode, text)


def plain(draft: Draft, target: Target) -> str:
    """The macro as plain text: the helpdesk's placeholders, the locale's blanks, inert text."""
    text = "".join(value for _, value in _runs(draft, target, "text"))
    check_inert(text, _placeholders(draft, target, "text"), markup="text", where=_where(draft, target))
    return text


def html(draft: Draft, target: Target) -> str:
    """The macro as HTML with the locale's direction: `dir="rtl"` for Hebrew, and so on."""
    attributes = f'dir="{draft.direction}" lang="{_html.escape(draft.locale)}"'
    paragraph = f"<p {attributes}>" if target.html == "p" else "<p>"
    chunks: list[str] = []
    for kind, value in _runs(draft, target, "html"):
        if kind == "placeholder":
            chunks.append(value)
        else:
            escaped = _html.escape(value, quote=False)
            chunks.append(escaped.replace("\n\n", f"</p>{paragraph}").replace("\n", "<br>"))
    body = f"{paragraph}{''.join(chunks)}</p>"
    result = f"<div {attributes}>{body}</div>" if target.html == "div" else body
    check_inert(result, _placeholders(draft, target, "html"), markup="html", where=_where(draft, target))
    return result


def _runs(draft: Draft, target: Target, markup: str) -> Iterator[tuple[str, str]]:
    """Alternating ("text", inert literal) and ("placeholder", helpdesk variable) runs.

    Blanks are text: the agent reads and replaces them. Neighbouring literal and blank
    text is neutralised as one run, so a `{` at the end of a phrase and a `{` at the
    start of a blank cannot meet as `{{`; a run that ends with a delimiter character
    next to a placeholder is padded so the two cannot fuse either.
    """
    runs: list[tuple[str, str]] = []
    buffer: list[str] = []

    def flush():
        if buffer:
            runs.append(("text", neutralize("".join(buffer), markup)))
            buffer.clear()

    for piece in draft.pieces:
        if isinstance(piece, Slot) and target.is_placeholder(piece.fact):
            flush()
            fallback = _fallback(draft, target, piece.fact, markup)
            runs.append(("placeholder", target.placeholders[piece.fact].render(markup, fallback)))
        elif isinstance(piece, Slot):
            buffer.append(draft.blanks[piece.fact])
        else:
            buffer.append(piece)
    flush()
    for i, (kind, value) in enumerate(runs):
        if kind != "text":
            continue
        if i + 1 < len(runs) and value and value[-1] in "{%#":
            value += " "
        if i > 0 and value and value[0] in "}%#":
            value = " " + value
        runs[i] = (kind, value)
    return iter(runs)


def _fallback(draft: Draft, target: Target, fact: str, markup: str) -> str | None:
    placeholder = target.placeholders[fact]
    if not placeholder.takes_fallback:
        return None
    label = draft.blanks[fact]
    bad = sorted({char for char in label if char in target.fallback_forbids})
    if bad:
        raise ExportError(
            f"locale {draft.locale!r}: the blank for {fact} ({label!r}) is {target.label}'s fallback "
            f"for its {fact} placeholder, which cannot carry {' '.join(bad)}; reword the blank"
        )
    return _html.escape(label, quote=False) if markup == "html" else label


def _placeholders(draft: Draft, target: Target, markup: str) -> set[str]:
    return {
        placeholder.render(markup, _fallback(draft, target, fact, markup))
        for fact, placeholder in target.placeholders.items()
    }


def _where(draft: Draft, target: Target) -> str:
    return f"{target.name} macro {draft.playbook!r} ({draft.locale})"


def check_inert(value: str, allowed: set[str], *, markup: str, where: str) -> None:
    """Refuse output holding live template syntax or HTML that is not ours."""
    rest = value
    for token in sorted(allowed, key=len, reverse=True):
        rest = rest.replace(token, "\0")
    if markup == "text":
        rest = _decode_delimiter_references(rest)  # what an editor shows once it has decoded references
    live = _LIVE.search(rest)
    if live:
        raise ExportError(f"{where}: live template syntax {rest[max(0, live.start() - 20):live.end() + 20]!r}")
    if markup == "html":
        tags = {match.group(1).lower() for match in _TAG.finditer(rest)}
        if tags - ALLOWED_TAGS:
            raise ExportError(f"{where}: unexpected HTML elements {sorted(tags - ALLOWED_TAGS)}")
    elif _TAG_OPEN.search(rest):
        raise ExportError(f"{where}: a tag could open in plain text")
