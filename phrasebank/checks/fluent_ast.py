"""Walking fluent.syntax trees: the few questions every check asks of a message."""

from __future__ import annotations


def walk(node):
    """Every node under `node` (itself included), comments left out, in source order."""
    from fluent.syntax import ast

    yield node
    for value in vars(node).values():
        for child in value if isinstance(value, list) else [value]:
            if isinstance(child, ast.BaseNode) and not isinstance(child, ast.BaseComment):
                yield from walk(child)


def references(node) -> list[tuple[str, int]]:
    """(variable name, source offset) of every `$variable` under `node`, selectors included."""
    from fluent.syntax import ast

    return [(n.id.name, n.span.start if n.span else 0) for n in walk(node) if isinstance(n, ast.VariableReference)]


def selects(node) -> list:
    from fluent.syntax import ast

    return [n for n in walk(node) if isinstance(n, ast.SelectExpression)]


def placeables(node) -> list:
    from fluent.syntax import ast

    return [n for n in walk(node) if isinstance(n, ast.Placeable)]


def paths(elements: list) -> list[tuple[list, tuple]]:
    """Every way through the selects of a pattern: (flat elements, ((select, variant), ...))."""
    from fluent.syntax import ast

    results: list[tuple[list, tuple]] = [([], ())]
    for element in elements:
        expression = element.expression if isinstance(element, ast.Placeable) else None
        if isinstance(expression, ast.SelectExpression):
            grown = []
            for done, chosen in results:
                for variant in expression.variants:
                    for flat, inner in paths(list(variant.value.elements)):
                        grown.append((done + flat, chosen + ((expression, variant),) + inner))
            results = grown
        else:
            results = [(done + [element], chosen) for done, chosen in results]
    return results


def key_name(key) -> str:
    """A variant key as written: an identifier's name or a number literal's value."""
    return getattr(key, "name", None) or str(getattr(key, "value", key))
