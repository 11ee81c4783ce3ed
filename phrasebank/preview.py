"""The preview gallery: every playbook composed in every locale, side by side, in one HTML page.

A translator never runs Python to see their words in context: `phrasebank
preview --out DIR` writes `DIR/index.html`, a self-contained page (no scripts,
no network) that shows, for each playbook, the apology `compose` writes in each
locale from that locale's sample facts (`example.yaml`), each part labelled with
its step and message id, right-to-left where CLDR says the script is; then the
sample facts, and a coverage table: per locale and step, how many of the
catalog's messages the locale has and how many variants (select branches)
they expand to. A locale that fails to compose shows its error in its column
instead of hiding the others.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import outputs
from .catalog import load as load_catalog
from .errors import PhrasebankError
from .locales import REFERENCE, available, bundled_dir, negotiate, resolve_dir

INDEX = "index.html"
KIND = "preview"


@dataclass(frozen=True)
class Options:
    register: str = "formal"
    channel: str | None = None  # None: each playbook on its own channel (email, or social for the public reply)
    voice: str = "we"
    customer_gender: str = "unknown"
    agent_gender: str = "unknown"
    seed: int = 0


def build(out: str | Path, *, locales_dir: str | Path | None = None, locales=(), options: Options = Options()) -> Path:
    """Write the gallery as the folder `out` and return the path of its index.html.

    `out` is created, or replaced if it holds an earlier preview (phrasebank.outputs:
    all or nothing, never over a folder of other files); an empty folder is fine.
    """
    outputs.check_destination(out, kind=KIND, legacy=_earlier_preview)  # before composing anything
    root = resolve_dir(locales_dir)
    catalog = load_catalog()
    for name in ("register", "channel", "voice", "customer_gender", "agent_gender"):
        if getattr(options, name) is not None:
            catalog.check_option(name, getattr(options, name))
    codes = sorted({negotiate(code, root) for code in locales}) if locales else available(root)
    from .checks import sources

    reference = sources.read(REFERENCE, root / REFERENCE, str(root / REFERENCE))
    columns = [_Column.read(code, root, reference) for code in codes]
    shown = str(locales_dir) if locales_dir is not None else str(bundled_dir())
    page = _page(catalog, columns, options, shown, locales_dir)
    folder = outputs.write_tree(out, {INDEX: page.encode("utf-8")}, kind=KIND, legacy=_earlier_preview)
    return folder / INDEX


def _earlier_preview(folder: Path) -> bool:
    """A gallery written before phrasebank marked its outputs: index.html alone, with our title."""
    try:
        if os.listdir(folder) != [INDEX]:
            return False
        with open(folder / INDEX, "rb") as page:
            head = page.read(2048)
    except OSError:
        return False
    return head.startswith(b"<!DOCTYPE html>") and b"<title>phrasebank preview</title>" in head


@dataclass
class _Column:
    code: str
    direction: str
    name: str
    facts: dict[str, Any]
    facts_error: str | None
    coverage: dict[str, tuple[int, int, int]]  # step -> (messages present, catalog messages, variants)
    coverage_error: str | None

    @classmethod
    def read(cls, code: str, root: Path, reference) -> "_Column":
        from babel import Locale, UnknownLocaleError

        from .checks import sources

        try:
            locale = Locale.parse(code)
        except (ValueError, TypeError, UnknownLocaleError):  # a folder named xx: its column says so
            error = (f"{root / code}: the folder name {code!r} is not a locale CLDR knows; "
                     "name the folder with a code such as 'lt' or 'pt_BR'")
            return cls(code, "ltr", code, {}, error, {}, error)
        direction = "rtl" if locale.character_order == "right-to-left" else "ltr"
        name = f"{locale.get_display_name(code)} · {locale.get_display_name('en')} ({code})"
        files = reference if code == REFERENCE else sources.read(code, root / code, str(root / code))
        facts_error = next((f"{p.file}: {p.message}" for p in files.problems if p.file == files.example_file), None)
        coverage, coverage_error = _coverage(files, reference)
        return cls(code, direction, name, files.samples, facts_error, coverage, coverage_error)


def _coverage(files, reference) -> tuple[dict[str, tuple[int, int, int]], str | None]:
    from .checks.runner import expand_locale

    catalog = load_catalog()
    if files.parsed is None or reference.parsed is None:
        unreadable = next((p for p in files.problems if p.file == files.ftl_file), None)
        return {}, f"{files.ftl_file}: {unreadable.message}" if unreadable else f"{files.ftl_file} cannot be read"
    variants = expand_locale(files, reference)
    counts: dict[str, int] = {}
    for variant in variants:
        spec = catalog.messages.get(variant.message_id)
        if spec is not None:
            counts[spec.step] = counts.get(spec.step, 0) + 1
    coverage = {}
    for step in catalog.steps:
        specs = catalog.messages_for(step)
        present = sum(spec.id in files.parsed.messages for spec in specs)
        coverage[step] = (present, len(specs), counts.get(step, 0))
    return coverage, None


def _shown_option(value) -> str:
    return "each playbook’s own" if value is None else str(value)


def _compose(column: _Column, playbook: str, options: Options, locales_dir) -> tuple[Any, str | None]:
    from .composer import compose

    if column.facts_error:
        return None, column.facts_error
    try:
        return compose(
            column.code, playbook, column.facts,
            register=options.register, channel=options.channel, voice=options.voice,
            customer_gender=options.customer_gender, agent_gender=options.agent_gender,
            seed=options.seed, locales_dir=locales_dir,
        ), None
    except PhrasebankError as exc:
        return None, str(exc)


_CSS = """
body { font-family: "DejaVu Sans", "Noto Sans", "Noto Sans Hebrew", "Noto Sans Georgian", "Noto Sans Armenian", sans-serif;
       margin: 1.5rem; color: #1d1d1f; background: #fafafa; }
h1 { margin: 0 0 .25rem; } h2 { margin: 2rem 0 .25rem; } .summary, .options { color: #555; margin: 0 0 .75rem; }
.row { display: grid; grid-template-columns: repeat(var(--columns), minmax(16rem, 1fr)); gap: .75rem; }
.locale { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: .75rem; }
.locale h3 { font-size: .95rem; margin: 0 0 .5rem; color: #444; }
.phrasebank-apology p { margin: 0 0 .6rem; line-height: 1.45; }
.phrasebank-apology span[data-step] { display: block; margin: 0 0 .35rem; padding-inline-start: .5rem;
       border-inline-start: 3px solid #9bb7d4; }
.phrasebank-apology span[data-step]::before { content: attr(data-step) " · " attr(data-message); display: block;
       direction: ltr; unicode-bidi: isolate; text-align: start; font: .7rem/1.2 monospace; color: #6a7785; }
.phrasebank-apology bdi { background: #fff6d6; }
.error { color: #a40000; white-space: pre-wrap; font-family: monospace; font-size: .8rem; }
table { border-collapse: collapse; background: #fff; margin-top: .5rem; }
th, td { border: 1px solid #ddd; padding: .3rem .5rem; vertical-align: top; text-align: start; }
td.short { background: #ffe3e3; } td.count { font-variant-numeric: tabular-nums; }
"""


def _page(catalog, columns: list[_Column], options: Options, shown_root: str, locales_dir) -> str:
    esc = html.escape
    count = len(columns)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>phrasebank preview</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<h1>phrasebank preview</h1>",
        f'<p class="options">Locales from <code>{esc(shown_root)}</code> · '
        + " · ".join(f"{esc(k.replace('_', ' '))}: <code>{esc(_shown_option(v))}</code>" for k, v in vars(options).items())
        + " · sample facts from each locale’s <code>example.yaml</code></p>",
        '<nav><a href="#facts">Sample facts</a> · <a href="#coverage">Coverage</a> · '
        + " · ".join(f'<a href="#playbook-{esc(b)}">{esc(b)}</a>' for b in catalog.playbooks)
        + "</nav>",
    ]
    for book in catalog.playbooks.values():
        out.append(f'<section class="playbook" id="playbook-{esc(book.id)}" data-playbook="{esc(book.id)}">')
        out.append(f"<h2>{esc(book.title)} <code>{esc(book.id)}</code></h2>")
        out.append(f'<p class="summary">{esc(book.summary)} Steps: {esc(", ".join(book.steps))}.</p>')
        out.append(f'<div class="row" style="--columns: {count}">')
        for column in columns:
            apology, error = _compose(column, book.id, options, locales_dir)
            out.append(
                f'<article class="locale" data-playbook="{esc(book.id)}" data-locale="{esc(column.code)}" '
                f'lang="{esc(column.code)}" dir="{column.direction}">'
            )
            out.append(f'<h3 dir="auto">{esc(column.name)}</h3>')
            if apology is not None:
                out.append(apology.html)
            else:
                out.append(f'<p class="error" dir="ltr">{esc(error)}</p>')
            out.append("</article>")
        out.append("</div>")
        out.append("</section>")

    out.append('<section id="facts"><h2>Sample facts</h2><table><thead><tr><th>fact</th>')
    out.extend(f'<th lang="{esc(c.code)}">{esc(c.code)}</th>' for c in columns)
    out.append("</tr></thead><tbody>")
    for fact in catalog.facts:
        out.append(f"<tr><th><code>{esc(fact)}</code></th>")
        for column in columns:
            value = column.facts.get(fact)
            text = "" if value is None else esc(str(value))
            out.append(f'<td lang="{esc(column.code)}" dir="{column.direction}" data-locale="{esc(column.code)}">{text}</td>')
        out.append("</tr>")
    out.append("</tbody></table></section>")

    out.append('<section id="coverage"><h2>Coverage</h2>')
    out.append("<p class=\"summary\">Per step: messages the locale has / messages the catalog lists, "
               "and how many variants (select branches) they expand to.</p>")
    out.append("<table><thead><tr><th>step</th>")
    out.extend(f'<th lang="{esc(c.code)}">{esc(c.code)}</th>' for c in columns)
    out.append("</tr></thead><tbody>")
    for step in catalog.steps:
        out.append(f"<tr><th><code>{esc(step)}</code></th>")
        for column in columns:
            if column.coverage_error:
                out.append(f'<td class="error" data-locale="{esc(column.code)}">{esc(column.coverage_error)}</td>')
                continue
            present, listed, variants = column.coverage[step]
            short = ' short' if present < listed else ""
            out.append(
                f'<td class="count{short}" data-locale="{esc(column.code)}" data-step="{esc(step)}" '
                f'data-messages="{present}" data-listed="{listed}" data-variants="{variants}">'
                f"{present}/{listed} messages · {variants} variants</td>"
            )
        out.append("</tr>")
    out.append("</tbody></table></section>")
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n"
