"""Precision and recall of the hedge linter on the blind-written corpus (issue 10).

    python scripts/hedge_eval.py LANG [--half dev|test]      (LANG: a locale, or "all")

`tests/data/hedges/<lang>.<half>.yaml` holds sentences native support leads wrote
without seeing the rules: `hedged` items with their `categories`, `clean` items
(traps). A hedged sentence counts as found only when every category it is
labelled with is reported; a clean sentence with any finding is a false alarm.

- precision = found / (found + false alarms); recall = found / hedged sentences;
- "any category": hedged sentences with a finding of any category — the gap to recall is
  hedges the linter sees but files under another category than the writer did;
- `--rules-only`: the rules' patterns without the model beside them (phrasebank/scorer.py);
- per category: recall = sentences labelled with it that get a finding of it /
  sentences labelled with it; precision = those / (those + clean sentences with
  a finding of it).

`--half dev` (the default) also lists every miss and every false alarm: tune the
rules on this half only. `--half test` prints the numbers and nothing else — no
sentence of the test half is ever shown — so it can measure the rules on text
they were not written from (docs/hedges.md). Run it on the test half rarely.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "hedges"


@dataclass
class Score:
    locale: str
    half: str
    found: int = 0
    flagged: int = 0  # hedged sentences with any finding, whatever its category
    hedged: int = 0
    false_alarms: int = 0
    clean: int = 0
    labelled: dict[str, int] = field(default_factory=dict)  # category -> sentences labelled with it
    caught: dict[str, int] = field(default_factory=dict)  # category -> of those, flagged with it
    alarms: dict[str, int] = field(default_factory=dict)  # category -> clean sentences flagged with it
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.found / (self.found + self.false_alarms) if self.found + self.false_alarms else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.hedged if self.hedged else 0.0

    def category(self, name: str) -> tuple[float, float]:
        caught, alarms, labelled = self.caught.get(name, 0), self.alarms.get(name, 0), self.labelled.get(name, 0)
        precision = caught / (caught + alarms) if caught + alarms else 1.0
        recall = caught / labelled if labelled else 1.0
        return precision, recall


def score(locale: str, half: str, model: bool = True) -> Score:
    import yaml

    from phrasebank.linter import matcher
    from phrasebank.locales import bundled_dir

    compiled = matcher(bundled_dir() / locale)

    def lint(text: str, _locale: str):
        return compiled.find(text, model=model)

    data = yaml.safe_load((DATA / f"{locale}.{half}.yaml").read_text(encoding="utf-8"))
    result = Score(locale, half)
    for item in data["hedged"]:
        findings = lint(item["text"], locale)
        got = {f.category for f in findings}
        wanted = set(item["categories"])
        result.hedged += 1
        result.flagged += bool(findings)
        for category in wanted:
            result.labelled[category] = result.labelled.get(category, 0) + 1
            if category in got:
                result.caught[category] = result.caught.get(category, 0) + 1
        if wanted <= got:
            result.found += 1
        else:
            shown = ", ".join(f"{f.category} {f.text!r}" for f in findings) or "nothing"
            result.misses.append(f"{item['id']} missed {sorted(wanted - got)} (found {shown}): {item['text']}")
    for item in data["clean"]:
        findings = lint(item["text"], locale)
        result.clean += 1
        if findings:
            result.false_alarms += 1
            for category in {f.category for f in findings}:
                result.alarms[category] = result.alarms.get(category, 0) + 1
            shown = ", ".join(f"{f.category} {f.text!r} ({f.rule})" for f in findings)
            result.wrong.append(f"{item['id']} [{item.get('trap', '')}] false alarm {shown}: {item['text']}")
    return result


def locales(half: str) -> list[str]:
    return sorted(p.name.split(".")[0] for p in DATA.glob(f"*.{half}.yaml"))


def report(result: Score, details: bool) -> list[str]:
    from phrasebank.hedges import CATEGORIES

    lines = [
        f"{result.locale} {result.half}: precision {result.precision:.3f} recall {result.recall:.3f} "
        f"({result.found}/{result.hedged} hedged found, {result.false_alarms}/{result.clean} clean flagged)",
        f"    any category: {result.flagged}/{result.hedged} hedged sentences have a finding "
        f"(recall {result.flagged / result.hedged if result.hedged else 0.0:.3f})",
    ]
    for category in CATEGORIES:
        precision, recall = result.category(category)
        lines.append(
            f"    {category:12} precision {precision:.3f} recall {recall:.3f} "
            f"({result.caught.get(category, 0)}/{result.labelled.get(category, 0)}, "
            f"{result.alarms.get(category, 0)} false alarms)"
        )
    if details:
        lines += ["  misses:"] + [f"    {m}" for m in result.misses]
        lines += ["  false alarms:"] + [f"    {w}" for w in result.wrong]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("locale", help="a locale with a corpus (en, he, ka, hy, lv) or 'all'")
    parser.add_argument("--half", choices=("dev", "test"), default="dev")
    parser.add_argument("--rules-only", action="store_true",
                        help="the rules' patterns alone, without the model beside them (phrasebank/scorer.py)")
    args = parser.parse_args(argv)
    chosen = locales(args.half) if args.locale == "all" else [args.locale]
    missing = [c for c in chosen if c not in locales(args.half)]
    if missing:
        print(f"hedge_eval: no {args.half} half for {', '.join(missing)}", file=sys.stderr)
        return 2
    for locale in chosen:
        for line in report(score(locale, args.half, model=not args.rules_only), details=args.half == "dev"):
            print(line)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
