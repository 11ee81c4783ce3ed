"""The helpdesks macros are exported to, read from `targets.yaml`.

Which facts a helpdesk fills by itself, and the syntax of its variables, belong to
the vendor and change with it; keeping them as data means a renamed variable or a
new helpdesk is an edit to one YAML file, never a new branch in code. Loading is
strict: a target that names an unknown fact, or a fallback for a fact that has no
blank, is a bug in the data, reported with the target's name.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..catalog import Catalog
from ..catalog import load as load_catalog
from ..errors import BankError, OptionError

TARGETS_FILE = "targets.yaml"
HTML_STYLES = ("div", "p")
TITLE_FIELDS = {"locale", "title", "options", "key"}
KEY_FIELDS = {"macro": {"locale", "playbook", "register", "channel", "voice"},
              "all_locales": {"playbook", "register", "channel", "voice"}}


@dataclass(frozen=True)
class Placeholder:
    """A helpdesk variable, in plain text and in HTML, with an optional `$fallback`."""

    text: str
    html: str

    def render(self, markup: str, fallback: str | None) -> str:
        pattern = self.html if markup == "html" else self.text
        return string.Template(pattern).substitute(fallback=fallback or "")

    @property
    def takes_fallback(self) -> bool:
        return "$fallback" in self.text or "$fallback" in self.html


@dataclass(frozen=True)
class Target:
    name: str
    label: str
    placeholders: dict[str, Placeholder]
    leave_out: frozenset[str]
    fallback_forbids: str
    html: str  # "div" or "p"
    title: str
    extra: dict[str, str]  # target-specific strings (dynamic content title, folder name)
    source: str | None
    push: dict | None = None  # how `macros push` reaches the API; None: no API (see `manual`)
    manual: str | None = None  # what the admin does instead of a push

    def composed_facts(self, catalog: Catalog, voice: str | None = None, channel: str | None = None) -> tuple[str, ...]:
        """The facts a macro for this helpdesk is composed with: its placeholders and the blanks.

        A fact the voice requires (a personal letter's `agent_name`) is never left out: the
        letter must be signed, so the agent fills the blank where the helpdesk cannot; nor one
        a script read aloud requires (the caller says who they are).
        """
        required = set(catalog.rules.voice_requires.get(voice, ())) if voice is not None else set()
        if channel is not None and catalog.channels[channel].spoken:
            required |= set(catalog.rules.spoken_requires)
        return tuple(
            fact
            for fact in catalog.facts
            if (fact not in self.leave_out or fact in required)
            and (fact in self.placeholders or fact in catalog.blanks)
        )

    def is_placeholder(self, fact: str) -> bool:
        return fact in self.placeholders


@dataclass(frozen=True)
class Keys:
    """The stable keys `push` matches account objects by (targets.yaml `keys:`)."""

    macro: str
    all_locales: str
    in_title: "re.Pattern[str]"

    def of(self, *, playbook: str, options: dict[str, str], locale: str | None = None) -> str:
        pattern = self.macro if locale is not None else self.all_locales
        return pattern.format(locale=locale, playbook=playbook, **options)

    def from_title(self, title: str | None) -> str | None:
        match = self.in_title.search(str(title or "").strip())
        return match.group(1) if match else None

    def parse(self, key: str | None) -> dict[str, str] | None:
        """The fields of a key in either form, e.g. {"locale": "he", "playbook": "personal", ...}; None if not ours."""
        for pattern in (self.macro, self.all_locales):
            regex = "".join(
                re.escape(literal) + (f"(?P<{name}>[^/\\[\\]]+?)" if name else "")
                for literal, name, _, _ in string.Formatter().parse(pattern)
            )
            match = re.fullmatch(regex, key or "")
            if match:
                return match.groupdict()
        return None


def names() -> tuple[str, ...]:
    return tuple(load())


@lru_cache(maxsize=1)
def keys() -> Keys:
    data = _data()
    where = str(resources.files("phrasebank") / "macros" / TARGETS_FILE)
    spec = data.get("keys")
    if not isinstance(spec, dict) or set(spec) != {"macro", "all_locales", "in_title"}:
        raise BankError(f"{where}: `keys:` must give `macro`, `all_locales` and `in_title`")
    for name, wanted in KEY_FIELDS.items():
        fields = {item[1] for item in string.Formatter().parse(str(spec[name])) if item[1]}
        if fields != wanted:
            raise BankError(f"{where}: keys.{name} must use exactly {sorted(wanted)}, got {sorted(fields)}")
    try:
        pattern = re.compile(str(spec["in_title"]))
    except re.error as exc:
        raise BankError(f"{where}: keys.in_title is not a regular expression: {exc}") from None
    if pattern.groups != 1:
        raise BankError(f"{where}: keys.in_title must capture the key in exactly one group")
    return Keys(str(spec["macro"]), str(spec["all_locales"]), pattern)


def get(name: str) -> Target:
    targets = load()
    try:
        return targets[name]
    except KeyError:
        raise OptionError(f"unknown macro target {name!r}; targets: {', '.join(targets)}") from None


@lru_cache(maxsize=1)
def _data() -> dict:
    import yaml

    source = resources.files("phrasebank") / "macros" / TARGETS_FILE
    return yaml.safe_load(source.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load() -> dict[str, Target]:
    source = resources.files("phrasebank") / "macros" / TARGETS_FILE
    return _build(_data(), str(source), load_catalog())


def _build(data: dict, where: str, catalog: Catalog) -> dict[str, Target]:
    if not isinstance(data, dict) or data.get("version") != 1 or not isinstance(data.get("targets"), dict):
        raise BankError(f"{where}: expected `version: 1` and a `targets:` mapping")
    targets: dict[str, Target] = {}
    for name, spec in data["targets"].items():
        def fail(problem: str) -> BankError:
            return BankError(f"{where}: target {name!r}: {problem}")

        if not isinstance(spec, dict):
            raise fail("must be a mapping")
        known = {"label", "placeholders", "leave_out", "fallback_forbids", "html", "title", "source", "push",
                 "manual", "no_fallback", "fallback_source"}
        extra = {key: value for key, value in spec.items() if key not in known}
        if not all(isinstance(value, str) for value in extra.values()):
            raise fail(f"unknown keys {sorted(extra)} must be title-like strings")
        placeholders: dict[str, Placeholder] = {}
        for fact, form in (spec.get("placeholders") or {}).items():
            if fact not in catalog.facts:
                raise fail(f"placeholder for unknown fact {fact!r}; facts: {', '.join(catalog.facts)}")
            if isinstance(form, str):
                placeholder = Placeholder(form, form)
            elif isinstance(form, dict) and set(form) == {"text", "html"}:
                placeholder = Placeholder(str(form["text"]), str(form["html"]))
            else:
                raise fail(f"placeholder for {fact!r} must be a string or a mapping of `text` and `html`")
            if placeholder.takes_fallback and fact not in catalog.blanks:
                raise fail(f"placeholder for {fact!r} has a $fallback but catalog.yaml has no blank for it")
            try:
                placeholder.render("text", "x"), placeholder.render("html", "x")
            except (KeyError, ValueError) as exc:
                raise fail(f"placeholder for {fact!r} uses `$` other than $fallback ({exc})") from None
            placeholders[fact] = placeholder
        leave_out = frozenset(spec.get("leave_out") or ())
        if leave_out - set(catalog.facts):
            raise fail(f"leave_out names unknown facts {sorted(leave_out - set(catalog.facts))}")
        if leave_out & set(placeholders):
            raise fail(f"facts {sorted(leave_out & set(placeholders))} are both placeholders and left out")
        for voice, needed in (*catalog.rules.voice_requires.items(), ("spoken", catalog.rules.spoken_requires)):
            unfilled = [fact for fact in needed if fact not in placeholders and fact not in catalog.blanks]
            if unfilled:
                raise fail(f"the {voice!r} voice needs {unfilled}, which has neither a placeholder here "
                           "nor a blank in catalog.yaml")
        html = spec.get("html")
        if html not in HTML_STYLES:
            raise fail(f"html must be one of {', '.join(HTML_STYLES)}, got {html!r}")
        for key in ("title", *(key for key in extra if key.endswith("title"))):
            pattern = spec.get(key)
            if not isinstance(pattern, str):
                raise fail(f"`{key}` must be a string")
            fields = {item[1] for item in string.Formatter().parse(pattern) if item[1]}
            if fields - TITLE_FIELDS or "key" not in fields:
                raise fail(f"`{key}` may use {sorted(TITLE_FIELDS)} and must name {{key}}")
        if "folder" in extra:
            fields = {item[1] for item in string.Formatter().parse(extra["folder"]) if item[1]}
            if fields - {"locale", "language"} or "locale" not in fields:
                raise fail("`folder` may use {locale} and {language} and must name {locale}")
        if customer_fallback(placeholders) and not spec.get("fallback_source"):
            raise fail("a placeholder with a $fallback needs `fallback_source`: where the vendor documents it")
        if "customer_name" in placeholders and not customer_fallback(placeholders) and not spec.get("no_fallback"):
            raise fail("the customer_name placeholder has no $fallback: say why in `no_fallback`")
        push = spec.get("push")
        if push is not None:
            from .api import check_push_spec

            check_push_spec(push, fail)
        if (push is None) == (spec.get("manual") is None):
            raise fail("give exactly one of `push` (the API) and `manual` (what the admin does instead)")
        targets[name] = Target(
            name=name,
            label=str(spec.get("label", name)),
            placeholders=placeholders,
            leave_out=leave_out,
            fallback_forbids=str(spec.get("fallback_forbids", "")),
            html=html,
            title=spec["title"],
            extra=extra,
            source=spec.get("source"),
            push=push,
            manual=spec.get("manual"),
        )
    unsupported = [
        fact for fact in catalog.blanks
        if catalog.facts[fact].type not in ("text", "sentence", "money")
    ]
    if unsupported:
        raise BankError(
            f"{resources.files('phrasebank') / 'catalog.yaml'}: blanks for {unsupported} cannot be exported: "
            "a helpdesk macro can "
            "leave text or an amount open, never a number or date the sentence's grammar depends on"
        )
    return targets


def customer_fallback(placeholders: dict[str, Placeholder]) -> bool:
    placeholder = placeholders.get("customer_name")
    return placeholder is not None and placeholder.takes_fallback
