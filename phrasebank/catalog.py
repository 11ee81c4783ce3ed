"""The locale-independent structure of the bank: steps, playbooks, channels, messages.

Structure lives in one data file so translators never see it and developers
never put wording in it. That includes what a reader objects to in a whole letter
(`letter_rules`), so the composer can enforce it for every locale alike. Loading
is strict: a catalog that names an unknown step, fact or option value is a bug to
report, not something to skip over.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

from .errors import BankError, OptionError

CATALOG_FILE = "catalog.yaml"


@dataclass(frozen=True)
class Step:
    id: str
    purpose: str
    facts: tuple[str, ...]
    mandatory: bool


@dataclass(frozen=True)
class Playbook:
    id: str
    seed: str
    title: str
    summary: str
    steps: tuple[str, ...]
    required: tuple[str, ...]
    channels: frozenset[str]


@dataclass(frozen=True)
class MessageSpec:
    id: str
    step: str
    facts: frozenset[str]
    registers: frozenset[str]
    channels: frozenset[str]
    voices: frozenset[str]
    lead_in: str | None = None  # the fact this message announces (it ends with a lead-in mark and the fact)
    after: frozenset[str] = frozenset()  # only once one of these steps has been said
    not_after: frozenset[str] = frozenset()  # only while none of these steps has been said
    without: frozenset[str] = frozenset()  # only when none of these facts is given
    with_: frozenset[str] = frozenset()  # only when all of these facts are given (catalog key `with`)
    self_introduction: bool = False  # the agent introduces themself on the phone, first person in either voice


@dataclass(frozen=True)
class Fact:
    name: str
    type: str
    purpose: str
    requires: tuple[str, ...] = ()
    applied_to: str | None = None
    minimum: int | None = None
    address: bool = False  # a name the locale may put in its form of direct address
    optional: bool = False  # a letter may leave it unsaid to keep a letter rule (a name)


@dataclass(frozen=True)
class Derived:
    """A grammar selector computed from a fact (the kind of contact), so wording can fit it."""

    name: str
    source: str  # the fact it is derived from
    kinds: tuple[tuple[str, "re.Pattern"], ...]  # (kind, whole-fact pattern), first match wins
    default: str
    writable: frozenset[str] = frozenset()  # kinds one may ask the customer to write to

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(kind for kind, _ in self.kinds) + (self.default,)

    def of(self, value) -> str:
        if isinstance(value, str):
            for kind, pattern in self.kinds:
                if pattern.fullmatch(value.strip()):
                    return kind
        return self.default


@dataclass(frozen=True)
class Channel:
    id: str
    paragraph_break: str
    own_paragraph: frozenset[str]
    public: bool = False  # everyone can read it: see letter_rules.public_never_quotes
    spoken: bool = False  # read aloud by the agent
    limit: int | None = None  # most characters of the bank's own wording (facts not counted)
    paragraph_groups: dict[str, int] = field(default_factory=dict)  # step -> group; a group change may open a paragraph
    opens_paragraph: frozenset[str] = frozenset()  # steps that open a paragraph whenever the group changes


@dataclass(frozen=True)
class LetterRules:
    """What a whole letter must keep; see `letter_rules` in catalog.yaml for the reasons."""

    opening_fact: str
    public_never_quotes: frozenset[str]
    voice_requires: dict[str, tuple[str, ...]]
    team_signature_voices: frozenset[str]
    lead_in_words: int
    count_fact: str
    count_in: tuple[str, ...]  # the facts that may already say the count
    max_lead_ins: int
    spoken_requires: tuple[str, ...] = ()  # facts a script read aloud needs (the caller says who they are)


@dataclass(frozen=True, eq=False)
class Catalog:
    options: dict[str, tuple[str, ...]]
    grammar_variables: tuple[str, ...]
    facts: dict[str, Fact]
    steps: dict[str, Step]
    playbooks: dict[str, Playbook]
    messages: dict[str, MessageSpec]
    channels: dict[str, Channel]
    rules: LetterRules
    # fact -> id of the message that labels it as a blank the agent fills in a helpdesk macro
    blanks: dict[str, str] = field(default_factory=dict)
    # playbook id -> id of the message naming its helpdesk macro ("Apology – five steps")
    macro_titles: dict[str, str] = field(default_factory=dict)
    # register/channel/voice value -> id of the message naming it in a macro title ("formal")
    option_labels: dict[str, str] = field(default_factory=dict)
    derived: dict[str, "Derived"] = field(default_factory=dict)  # grammar selectors derived from a fact

    def grammar_values(self, name: str) -> tuple[str, ...]:
        """The values a grammar selector takes: an option's values, or a derived selector's kinds."""
        if name in self.derived:
            return self.derived[name].values
        return self.options[name]

    @cached_property
    def label_message_ids(self) -> tuple[str, ...]:
        """The messages that are not steps: blanks, macro titles and option labels, in catalog order."""
        return (*self.blanks.values(), *self.macro_titles.values(), *self.option_labels.values())

    @cached_property
    def locale_message_ids(self) -> frozenset[str]:
        """Every message id a locale's apology.ftl must define: the step messages, blanks and macro titles."""
        return frozenset(self.messages) | frozenset(self.label_message_ids)

    def playbook(self, playbook_id: str) -> Playbook:
        try:
            return self.playbooks[playbook_id]
        except KeyError:
            raise OptionError(
                f"unknown playbook {playbook_id!r}; playbooks: {', '.join(self.playbooks)}"
            ) from None

    def own_channel(self, book: Playbook) -> str:
        """The channel a playbook is written for when none is named: email for a letter, social for the public reply."""
        return "email" if "email" in book.channels else sorted(book.channels)[0]

    def check_playbook_channel(self, book: Playbook, channel: str) -> None:
        """A private letter never goes out on a public channel, nor the public reply in private."""
        if channel not in book.channels:
            fitting = [b.id for b in self.playbooks.values() if channel in b.channels]
            kind = "public" if self.channels[channel].public else "private"
            raise OptionError(
                f"the {book.id!r} playbook is not written for the {kind} {channel} channel "
                f"(it serves {', '.join(sorted(book.channels))}); on {channel} use: {', '.join(fitting)}"
            )

    def check_option(self, name: str, value: str) -> str:
        valid = self.options[name]
        if value not in valid:
            raise OptionError(f"unknown {name} {value!r}; valid values: {', '.join(valid)}")
        return value

    @cached_property
    def _index(self) -> dict[tuple[str, str, str, str], tuple[MessageSpec, ...]]:
        index: dict[tuple[str, str, str, str], list[MessageSpec]] = {}
        for spec in self.messages.values():
            for combo in itertools.product(spec.registers, spec.channels, spec.voices):
                index.setdefault((spec.step, *combo), []).append(spec)
        return {key: tuple(specs) for key, specs in index.items()}

    def candidates(self, step: str, register: str, channel: str, voice: str) -> tuple[MessageSpec, ...]:
        """Messages that may serve `step` for these options, in catalog order."""
        return self._index.get((step, register, channel, voice), ())

    def messages_for(self, step: str) -> list[MessageSpec]:
        return [spec for spec in self.messages.values() if spec.step == step]


@lru_cache(maxsize=1)
def load() -> Catalog:
    import yaml

    source = resources.files("phrasebank") / CATALOG_FILE
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    return _build(data, str(source))


def _build(data: dict, where: str) -> Catalog:
    def fail(problem: str) -> BankError:
        return BankError(f"{where}: {problem}")

    try:
        options = {name: tuple(values) for name, values in data["options"].items()}
        facts = {
            name: Fact(
                name=name,
                type=spec["type"],
                purpose=spec["purpose"],
                requires=tuple(spec.get("requires", ())),
                applied_to=spec.get("applied_to"),
                minimum=spec.get("minimum"),
                address=bool(spec.get("address", False)),
                optional=bool(spec.get("optional", False)),
            )
            for name, spec in data["facts"].items()
        }
        steps = {
            s["id"]: Step(s["id"], s["purpose"], tuple(s["facts"]), bool(s.get("mandatory", False)))
            for s in data["steps"]
        }
        playbooks = {
            p["id"]: Playbook(
                id=p["id"],
                seed=p["seed"],
                title=p["title"],
                summary=p["summary"],
                steps=tuple(p["steps"]),
                required=tuple(p.get("required", ())),
                channels=frozenset(p.get("channels", options["channel"])),
            )
            for p in data["playbooks"]
        }
        messages = {
            mid: MessageSpec(
                id=mid,
                step=m["step"],
                facts=frozenset(m.get("facts", ())),
                registers=frozenset(m.get("registers", options["register"])),
                channels=frozenset(m.get("channels", options["channel"])),
                voices=frozenset(m.get("voices", options["voice"])),
                lead_in=m.get("lead_in"),
                after=frozenset(m.get("after", ())),
                not_after=frozenset(m.get("not_after", ())),
                without=frozenset(m.get("without", ())),
                with_=frozenset(m.get("with", ())),
                self_introduction=bool(m.get("self_introduction", False)),
            )
            for mid, m in data["messages"].items()
        }
        channels = {
            name: Channel(
                id=name,
                paragraph_break=spec["break"],
                own_paragraph=frozenset(spec["own_paragraph"]),
                opens_paragraph=frozenset(spec.get("opens_paragraph", ())),
                public=bool(spec.get("public", False)),
                spoken=bool(spec.get("spoken", False)),
                limit=spec.get("limit"),
                paragraph_groups={
                    step: index for index, group in enumerate(spec.get("paragraphs", ())) for step in group
                },
            )
            for name, spec in data["channels"].items()
        }
        raw = data["letter_rules"]
        rules = LetterRules(
            opening_fact=raw["opening"]["fact"],
            public_never_quotes=frozenset(raw["public_never_quotes"]["facts"]),
            voice_requires={v: tuple(f) for v, f in raw["voice"]["requires"].items()},
            team_signature_voices=frozenset(raw["voice"]["team_signature"]),
            lead_in_words=int(raw["no_repeated_lead_in"]["words"]),
            count_fact=raw["count_once"]["fact"],
            count_in=_names(raw["count_once"]["in"]),
            max_lead_ins=int(raw["lead_ins_deliver"]["max"]),
            spoken_requires=tuple(raw["phone"].get("requires", ())),
        )
        derived = {
            name: Derived(
                name,
                spec["from"],
                tuple((kind, re.compile(pattern)) for kind, pattern in spec["kinds"].items()),
                spec["default"],
                frozenset(spec.get("writable", ())),
            )
            for name, spec in (data.get("derived_variables") or {}).items()
        }
        grammar = tuple(data["grammar_variables"]) + tuple(derived)
        blanks = {str(fact): str(message) for fact, message in (data.get("blanks") or {}).items()}
        titles = data.get("macro_titles") or {}
        macro_titles = {str(book): str(message) for book, message in (titles.get("playbooks") or {}).items()}
        option_labels = {str(value): str(message) for value, message in (titles.get("options") or {}).items()}
    except (KeyError, TypeError, AttributeError, ValueError, re.error) as exc:
        raise fail(f"malformed catalog ({exc!r})") from exc

    for spec in messages.values():
        if spec.step not in steps:
            raise fail(f"message {spec.id!r} names unknown step {spec.step!r}")
        for field, values, valid in (
            ("facts", spec.facts, facts),
            ("registers", spec.registers, options["register"]),
            ("channels", spec.channels, options["channel"]),
            ("voices", spec.voices, options["voice"]),
            ("without", spec.without, facts),
            ("with", spec.with_, facts),
            ("after", spec.after, steps),
            ("not_after", spec.not_after, steps),
        ):
            unknown = set(values) - set(valid)
            if unknown:
                raise fail(f"message {spec.id!r} has unknown {field} {sorted(unknown)}")
        if spec.lead_in is not None and spec.lead_in not in spec.facts:
            raise fail(f"message {spec.id!r} announces {spec.lead_in!r}, which is not among its facts")
    from .facts import FACT_TYPES

    for fact in facts.values():
        if fact.type not in FACT_TYPES:
            raise fail(f"fact {fact.name!r} has unknown type {fact.type!r}; types: {', '.join(FACT_TYPES)}")
        if fact.applied_to and fact.applied_to not in facts:
            raise fail(f"fact {fact.name!r} is applied to unknown fact {fact.applied_to!r}")
    mandatory = [s.id for s in steps.values() if s.mandatory]
    for book in playbooks.values():
        unknown = (set(book.steps) | set(book.required)) - set(steps)
        if unknown:
            raise fail(f"playbook {book.id!r} names unknown steps {sorted(unknown)}")
        missing = [s for s in mandatory if s not in book.steps]
        if missing:
            raise fail(f"playbook {book.id!r} lacks the mandatory steps {missing}")
        if not book.channels or book.channels - set(options["channel"]):
            raise fail(f"playbook {book.id!r} names unknown channels {sorted(book.channels)}")
        private = [c for c in book.channels if not channels[c].public]
        if private and "greeting" in book.steps:
            opening = book.steps[book.steps.index("greeting") + 1]
            if rules.opening_fact not in steps[opening].facts or opening not in book.required:
                raise fail(
                    f"playbook {book.id!r} serves private channels, so the step after the greeting must be "
                    f"a required step quoting {rules.opening_fact!r} (letter_rules.opening), not {opening!r}"
                )
    for channel in channels.values():
        unknown = (set(channel.paragraph_groups) | channel.opens_paragraph) - set(steps)
        if unknown:
            raise fail(f"channel {channel.id!r} groups unknown steps {sorted(unknown)} into paragraphs")
    if set(channels) != set(options["channel"]):
        raise fail(f"channels must describe exactly the channels {list(options['channel'])}")
    named = {rules.opening_fact, rules.count_fact, *rules.count_in} | rules.public_never_quotes
    named |= {f for needs in rules.voice_requires.values() for f in needs} | set(rules.spoken_requires)
    if named - set(facts):
        raise fail(f"letter_rules name unknown facts {sorted(named - set(facts))}")
    if set(rules.voice_requires) - set(options["voice"]) or rules.team_signature_voices - set(options["voice"]):
        raise fail(f"letter_rules.voice names unknown voices; voices: {', '.join(options['voice'])}")
    for fact, message in blanks.items():
        if fact not in facts:
            raise fail(f"blank {message!r} names unknown fact {fact!r}")
        if message in messages:
            raise fail(f"blank {message!r} for fact {fact!r} reuses the id of a step message")
    if len(set(blanks.values())) != len(blanks):
        raise fail("two facts share one blank message id")
    if macro_titles or option_labels:
        if set(macro_titles) != set(playbooks):
            raise fail(f"macro_titles.playbooks must name exactly the playbooks {list(playbooks)}")
        labelled = [value for name in ("register", "channel", "voice") for value in options[name]]
        if sorted(option_labels) != sorted(labelled):
            raise fail(f"macro_titles.options must name exactly the option values {labelled}")
    labels = [*blanks.values(), *macro_titles.values(), *option_labels.values()]
    if len(set(labels)) != len(labels) or set(labels) & set(messages):
        raise fail("blanks, macro titles and option labels need message ids of their own")
    for item in derived.values():
        if item.source not in facts:
            raise fail(f"derived variable {item.name!r} comes from unknown fact {item.source!r}")
    return Catalog(
        options, grammar, facts, steps, playbooks, messages, channels, rules, blanks, macro_titles, option_labels,
        derived,
    )


def _names(value) -> tuple[str, ...]:
    """One fact name or a list of them, as a tuple."""
    return (value,) if isinstance(value, str) else tuple(value)
