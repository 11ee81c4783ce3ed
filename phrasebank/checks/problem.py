"""A problem found in a locale, and the report that collects them.

Problems are values: each check returns them and the command line decides how
to show them (one line `file:line:column: code message`, or versioned JSON).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

JSON_VERSION = 1

# "note" says something the translator must know but that is not wrong in the
# file (e.g. "there is no spelling check for this language"); it never fails a run.
SEVERITIES = ("error", "warning", "note")

# Every code a check may report; docs/translators.md explains each (a test keeps them in step).
CODES = frozenset({
    # structure
    "syntax-error", "select-without-default", "duplicate-id", "no-value", "missing-message",
    "obsolete-message", "too-few-variants", "dropped-variable", "invented-variable",
    "missing-plural-category", "unused-plural-category", "unknown-variant-key", "format-error",
    # words
    "hedge", "hedge-rules", "hedge-rule-example", "hedge-model", "wrong-language", "spelling", "no-spelling-check", "spelling-unavailable",
    # hygiene and style
    "not-nfc", "invisible-character", "control-character", "mixed-script", "typography", "final-newline",
    "undocumented-variable", "placeable-spacing",
    # the folder's other files
    "encoding", "missing-file", "yaml-syntax", "check-config", "missing-sample-fact", "bad-sample-fact",
    # whole-letter rules (catalog.yaml letter_rules; letter.yaml, formats.yaml, address.yaml)
    "letter-data", "lead-in", "voice-mismatch", "channel-mismatch",
    "unknown-locale", "routing-rules", "unchecked-variants",
})


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    column: int
    code: str
    severity: str
    message_id: str | None
    message: str

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unknown problem code {self.code!r}; add it to CODES and docs/translators.md")
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}; severities: {', '.join(SEVERITIES)}")

    def as_dict(self) -> dict:
        data = asdict(self)
        return {key: data[key] for key in ("code", "severity", "file", "line", "column", "message_id", "message")}

    def as_line(self) -> str:
        """`file:line:column: code message`, with the severity said in words unless it is an error."""
        label = "" if self.severity == "error" else f"({self.severity}) "
        return f"{self.file}:{self.line}:{self.column}: {self.code} {label}{self.message}"


@dataclass
class Report:
    locales: list[str]
    problems: list[Problem] = field(default_factory=list)

    def add(self, problems) -> None:
        self.problems.extend(problems)

    def sorted(self) -> list[Problem]:
        """Each problem once, by file and position."""
        return sorted(set(self.problems))

    def counts(self) -> dict[str, int]:
        found = self.sorted()
        return {severity: sum(p.severity == severity for p in found) for severity in SEVERITIES}

    def failed(self, fail_on: str = "warning") -> bool:
        """True when a problem at `fail_on` severity or worse was found."""
        worst = SEVERITIES[: SEVERITIES.index(fail_on) + 1]
        return any(p.severity in worst for p in self.problems)

    def as_dict(self) -> dict:
        return {
            "version": JSON_VERSION,
            "locales": list(self.locales),
            "problems": [p.as_dict() for p in self.sorted()],
            "counts": self.counts(),
        }
