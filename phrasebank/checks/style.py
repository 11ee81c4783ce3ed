"""The Fluent style rules moz-fluent-linter enforces in CI (.fluent-lint.yml), checked here too.

A translator who runs only `phrasebank check` should not learn from CI that a
variable has no comment or a placeable lost a space: the rules are the same
(VC01: every variable a message uses is named in its comment or group comment,
so the next translator knows what it stands for; PS01: `{ $name }` with one
space inside each brace).
"""

from __future__ import annotations

from .problem import Problem
from .sources import LocaleFiles
from .fluent_ast import placeables, references


def check(files: LocaleFiles) -> list[Problem]:
    from fluent.syntax import ast

    parsed = files.parsed
    problems = []
    group = ""
    for entry in parsed.resource.body:
        if isinstance(entry, ast.GroupComment):
            group = entry.content
            continue
        if not isinstance(entry, ast.Message) or parsed.messages.get(entry.id.name) is not entry:
            continue
        comment = entry.comment.content if entry.comment is not None else ""
        names = dict.fromkeys(name for name, _ in references(entry))
        missing = [name for name in names if f"${name}" not in comment + group]
        if missing:
            line, column = parsed.position(entry.id.span.start)
            problems.append(Problem(
                files.ftl_file, line, column, "undocumented-variable", "error", entry.id.name,
                f"VC01: the comment above {entry.id.name!r} does not explain {', '.join('$' + n for n in missing)}; "
                "copy the '# Variables:' lines from the English file",
            ))
        for placeable in placeables(entry):
            expression = placeable.expression
            if isinstance(expression, (ast.SelectExpression, ast.Placeable)):
                continue
            if placeable.span.start + 2 != expression.span.start or placeable.span.end - 2 != expression.span.end:
                line, column = parsed.position(placeable.span.start)
                written = parsed.source[placeable.span.start:placeable.span.end]
                problems.append(Problem(
                    files.ftl_file, line, column, "placeable-spacing", "error", entry.id.name,
                    f"PS01: write {written!r} with exactly one space inside each brace, e.g. '{{ $name }}'",
                ))
    return problems
