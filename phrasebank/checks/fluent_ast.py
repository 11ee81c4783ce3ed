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


MAX_PATHS = 64  # ways through one message's selects that are written out (the bundled files need 6)


def paths(elements: list) -> list[tuple[list, tuple]]:
    """Ways through the selects of a pattern: (flat elements, ((select, variant), ...)).

    Every combination when there are at most MAX_PATHS. Beyond that the product
    explodes (30 selects in a row: 2**30 ways, which took minutes and gigabytes),
    so MAX_PATHS ways are written out that between them take every branch where
    that fits: the k-th way takes, through each element, that element's k-th way
    (round robin). `uncovered` tells the branches no way took.
    """
    if _count(elements) <= MAX_PATHS:
        return _product(elements)
    return _round_robin(elements)


def uncovered(node, ways: list[tuple[list, tuple]]) -> list:
    """The (select, variant) branches under `node` that none of `ways` takes."""
    taken = {(id(select), id(variant)) for _, choices in ways for select, variant in choices}
    return [(select, variant) for select in selects(node) for variant in select.variants
            if (id(select), id(variant)) not in taken]


def _select_of(element):
    from fluent.syntax import ast

    expression = element.expression if isinstance(element, ast.Placeable) else None
    return expression if isinstance(expression, ast.SelectExpression) else None


def _count(elements: list) -> int:
    """How many ways through `elements`, counted up to MAX_PATHS + 1."""
    total = 1
    for element in elements:
        select = _select_of(element)
        if select is not None:
            ways = min(sum(_count(list(v.value.elements)) for v in select.variants), MAX_PATHS + 1)
            total = min(total * ways, MAX_PATHS + 1)
    return total


def _product(elements: list) -> list[tuple[list, tuple]]:
    results: list[tuple[list, tuple]] = [([], ())]
    for element in elements:
        select = _select_of(element)
        if select is not None:
            grown = []
            for done, chosen in results:
                for variant in select.variants:
                    for flat, inner in _product(list(variant.value.elements)):
                        grown.append((done + flat, chosen + ((select, variant),) + inner))
            results = grown
        else:
            results = [(done + [element], chosen) for done, chosen in results]
    return results


def _round_robin(elements: list) -> list[tuple[list, tuple]]:
    options: list[list[tuple[list, tuple]]] = []
    for element in elements:
        select = _select_of(element)
        if select is None:
            options.append([([element], ())])
            continue
        inner = [paths(list(variant.value.elements)) for variant in select.variants]
        ways: list[tuple[list, tuple]] = []
        for depth in range(MAX_PATHS):  # every branch's first way before any branch's second
            for variant, found in zip(select.variants, inner):
                if depth < len(found) and len(ways) < MAX_PATHS:
                    flat, chosen = found[depth]
                    ways.append((flat, ((select, variant),) + chosen))
            if len(ways) >= MAX_PATHS or all(depth >= len(found) for found in inner):
                break
        options.append(ways)
    count = min(MAX_PATHS, max(len(ways) for ways in options))
    result = []
    for k in range(count):
        flat: list = []
        chosen: tuple = ()
        for ways in options:
            part, taken = ways[k % len(ways)]
            flat.extend(part)
            chosen += taken
        result.append((flat, chosen))
    return result


def key_name(key) -> str:
    """A variant key as written: an identifier's name or a number literal's value."""
    return getattr(key, "name", None) or str(getattr(key, "value", key))
