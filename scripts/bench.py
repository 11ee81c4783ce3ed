"""phrasebank benchmarks: every speed target, measured in one run, printed as medians and ratios.

Targets (issues 2, 3, 6): composing costs ≤ 1.5× raw Fluent formatting; `phrasebank --help`
starts < 150 ms after bare Python; lint ≥ 30 MB/s; detect_locale median ≤ 100 µs.
Tests never assert on time; this script is where speed is watched.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SECTIONS = ("bench_compose", "bench_lint", "bench_detect")


def main() -> int:
    for name in SECTIONS:
        module = importlib.import_module(name)
        for line in module.main():
            print(line, flush=True)
        print(flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
