"""`phrasebank check`: everything that can go wrong in a translator's edit, as values.

One module per concern, each a function from the parsed locale files to a list
of `Problem`s (code, severity, file, line, column, message id, message):

- `structure`: Fluent syntax, duplicate ids, missing/obsolete messages, variants
  per step, variable parity, select defaults and plural categories;
- `text`: NFC, invisible (bidi, zero-width) characters, mixed-script words,
  typography;
- `language`: text left in another language;
- `spelling`: hunspell with the locale's dictionary and allow-list;
- `hedging`: the hedge linter over every expanded variant;
- `style`: moz-fluent-linter's VC01 (variables explained in comments) and PS01.

They read through `sources` (the folder's files, with positions), `settings`
(check.yaml, allowlist.txt), `variants` (every select branch written out with
sample facts, mapped back to the source) and `scripts` (a letter's script, a
locale's script from CLDR). `runner.check` runs them all. The per-language facts (dictionary, advisory or
no spelling check) live in `locales/<lang>/check.yaml`; scripts come from CLDR.
"""

from __future__ import annotations

from .problem import Problem, Report

__all__ = ["Problem", "Report"]
