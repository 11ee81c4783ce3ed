"""Train the model that reads every sentence beside the rules (phrasebank/scorer.py).

    python scripts/train_hedge_model.py LANG|all            # write locales/LANG/hedge_model.json
    python scripts/train_hedge_model.py LANG|all --check    # exit 1 when a model is stale

Needs scikit-learn, which the package itself never imports (`pip install -e '.[test]'`
brings it). What it learns from, all in the repository:

- the **development half** of the blind-written corpus (tests/data/hedges/LANG.dev.yaml):
  hedged sentences with their categories, and clean traps. The test half is never read;
- the hand-checked corpus (tests/data/hedge_corpus/LANG.yaml);
- every rule's `must_flag` (hedged, with the rule's category) and `must_not_flag` (clean);
- every variant of every message of the bank (apology.ftl, each select branch spelled
  out), and every sentence of every letter the composer writes with the sample facts and
  the letter tests' incidents, clean: the model must not flag what the composer writes.

Clean texts are split into sentences, as the linter reads them; a hedged one stays whole
(which of its sentences hedges is not written down).

The thresholds are chosen by five-fold cross-validation on the development half alone:
the development sentences of four folds (and everything else above) train a model that
reads the fifth, the rules' own findings are added, and the pair of thresholds with the
best F1 of the combined verdict (exact categories, as `scripts/hedge_eval.py` counts)
wins. Then `flag` is raised, if needed, above every sentence of the bank's messages and
letters, so what the composer writes stays clean by construction. (The rules'
`must_not_flag` examples are not in that list: they are traps built on purpose next to a
hedge, like the clean half of the corpus, and the model is measured on those.)

The file records a digest of the labelled corpus it learnt from (`corpus_files`) and of
the settings; `--check` (and a test) recomputes it, so a writer round added without
retraining fails. The same material trains the same model (liblinear's shuffle is seeded).
Writes are atomic (a temporary file in the same folder, then `os.replace`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from phrasebank import scorer  # noqa: E402
from phrasebank.linter import Matcher  # noqa: E402
from phrasebank.hedges import load as load_rules  # noqa: E402

LOCALES = tuple(sorted(p.name.split(".")[0] for p in (ROOT / "tests" / "data" / "hedges").glob("*.dev.yaml")))
DATA = ROOT / "tests" / "data"
SIZES = (3, 4)  # (3, 4, 5) and (2, 3, 4, 5) read the development half no better (cross-validated)
MIN_DF = 2  # an n-gram seen in one training text only is that text's, not the language's
KEEP = 9000  # n-grams kept after the first fit (by their largest weight): the file stays small
C = 10.0
FOLDS = 5
FLAG_GRID = tuple(round(0.5 + 0.025 * k, 3) for k in range(19))  # 0.5 .. 0.95
EXTRA_GRID = (0.6, 0.7, 0.8, 0.9)
CATEGORY = 0.5
FLAG_PRECISION = 0.95  # the model alone must be right this often where it flags (dev, out of fold)
EXTRA_PRECISION = 0.9  # a category added to a flagged sentence must be the writer's this often (dev, out of fold)
MARGIN = 0.01  # how far above the surest clean bank sentence `flag` must stay
SEED = 0  # liblinear shuffles: the same material trains the same model


def folder(locale: str) -> Path:
    return ROOT / "locales" / locale


FIXED_DATE = (2036, 1, 15)  # a follow-up date for the letters below: the material must not change with the day


def _letters(locale: str) -> list[str]:
    """Every letter the composer writes with the locale's sample facts and the letter tests'
    incidents: every playbook, channel, register, voice and both genders, four seeds. The
    model reads their sentences as the customer gets them: greeting, facts and all."""
    import datetime
    import itertools

    import phrasebank
    from phrasebank.catalog import load as load_catalog

    catalog = load_catalog()
    facts_sets = []
    example = yaml.safe_load((folder(locale) / "example.yaml").read_text(encoding="utf-8"))["facts"]
    facts_sets.append({k: v for k, v in example.items() if not isinstance(v, dict)})
    incidents = DATA / "incidents" / f"{locale}.yaml"
    if incidents.is_file():
        for incident in yaml.safe_load(incidents.read_text(encoding="utf-8"))["incidents"]:
            facts_sets.append({k: v for k, v in incident["facts"].items() if k != "follow_up_in_days"})
    names = ("register", "channel", "voice", "customer_gender", "agent_gender")
    letters = []
    for facts in facts_sets:
        facts = dict(facts, follow_up_date=datetime.date(*FIXED_DATE))
        for playbook, book in catalog.playbooks.items():
            for values in itertools.product(*(catalog.options[name] for name in names)):
                options = dict(zip(names, values))
                if options["channel"] not in book.channels:
                    continue
                for seed in range(4):
                    try:
                        letters.append(phrasebank.compose(locale, playbook, facts, seed=seed, **options).text)
                    except phrasebank.PhrasebankError:
                        continue  # a combination the composer refuses (a public reply too long) writes nothing
        letters += [v for v in facts.values() if isinstance(v, str)]
    return letters


def _bank_variants(locale: str) -> list[str]:
    from test_lint_properties import bank_variants  # every select branch of every message, spelled out

    return [text for _, text in bank_variants(locale)]


def material(locale: str, matcher: Matcher) -> tuple[list[tuple[str, tuple[str, ...], str | None]], list[dict]]:
    """(units, dev items): each unit is (sentence(s) in matching form, categories, dev id or None)."""
    units: list[tuple[str, tuple[str, ...], str | None]] = []

    def add(text: str, categories, group: str | None) -> None:
        if categories:
            units.append((" ".join(matcher.sentences(text)), tuple(sorted(categories)), group))
        else:
            units.extend((sentence, (), group) for sentence in matcher.sentences(text))

    dev = yaml.safe_load((DATA / "hedges" / f"{locale}.dev.yaml").read_text(encoding="utf-8"))
    items = [dict(item, categories=item.get("categories") or []) for item in dev.get("hedged") or []]
    items += [dict(item, categories=[]) for item in dev.get("clean") or []]
    for item in items:
        add(item["text"], item["categories"], item["id"])
    corpus_file = DATA / "hedge_corpus" / f"{locale}.yaml"
    corpus = yaml.safe_load(corpus_file.read_text(encoding="utf-8")) if corpus_file.is_file() else {}
    for item in corpus.get("hedged") or []:
        add(item["text"], item["categories"], None)
    for item in corpus.get("clean") or []:
        add(item if isinstance(item, str) else item["text"], (), None)
    for rule in matcher.rules.rules:
        for text in rule.must_flag:
            add(text, (rule.category,), None)
        for text in rule.must_not_flag:
            add(text, (), None)
    for text in _bank_variants(locale):
        add(text, (), "bank")
    for sentence in sorted({s for text in _letters(locale) for s in matcher.sentences(text)}):
        units.append((sentence, (), "bank"))
    return units, items


def corpus_files(locale: str) -> list[Path]:
    """The labelled sentences the model learns what a hedge is from: the development half and
    the hand-checked corpus. (Rule examples and the bank are learnt from too, but a linguist's
    or translator's edit of those does not make the model stale: the tests check the rules'
    examples against the patterns and the bank against the model directly.)"""
    return [path for path in (DATA / "hedges" / f"{locale}.dev.yaml", DATA / "hedge_corpus" / f"{locale}.yaml")
            if path.is_file()]


def digest(locale: str) -> str:
    """What the model's training depends on and a writer round changes: the settings and the
    bytes of `corpus_files`."""
    settings = {"sizes": SIZES, "min_df": MIN_DF, "keep": KEEP, "C": C, "folds": FOLDS, "category": CATEGORY,
                "flag_grid": FLAG_GRID, "extra_grid": EXTRA_GRID, "margin": MARGIN, "extra_precision": EXTRA_PRECISION,
                "flag_precision": FLAG_PRECISION, "format": scorer.FORMAT, "seed": SEED}
    blob = hashlib.sha256(json.dumps(settings, sort_keys=True).encode("utf-8"))
    for path in corpus_files(locale):
        blob.update(path.name.encode("utf-8") + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return blob.hexdigest()


def fit(units, keep: int | None = -1) -> dict:
    """Weights of the hedged head and the category heads, as the model file stores them
    (`keep`: how many n-grams survive the first fit; -1: `KEEP`, None: all)."""
    keep = KEEP if keep == -1 else keep
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    features = [scorer.features(text, SIZES) for text, _, _ in units]
    df: dict[str, int] = {}
    for found in features:
        for g in found:
            df[g] = df.get(g, 0) + 1
    vocab = sorted(g for g, n in df.items() if n >= MIN_DF)
    for _ in range(2):
        index = {g: k for k, g in enumerate(vocab)}
        n = len(units)
        idf = np.array([math.log((1 + n) / (1 + df[g])) + 1 for g in vocab])
        rows, cols, vals = [], [], []
        for r, found in enumerate(features):
            ks = sorted((index[g], count) for g, count in found.items() if g in index)  # not in set order: that
            # changes with the process's string hashing, and so would the sums inside liblinear
            norm = math.sqrt(sum(count * idf[k] ** 2 for k, count in ks)) or 1.0  # as scorer.Model.scores
            rows += [r] * len(ks)
            cols += [k for k, _ in ks]
            vals += [count * idf[k] / norm for k, count in ks]
        X = csr_matrix((vals, (rows, cols)), shape=(n, len(vocab)))
        y = np.array([bool(cats) for _, cats, _ in units])
        heads = [LogisticRegression(C=C, class_weight="balanced", solver="liblinear", random_state=SEED).fit(X, y)]
        hedged_rows = np.flatnonzero(y)
        for category in scorer.CATEGORIES:
            target = np.array([category in units[r][1] for r in hedged_rows])
            heads.append(LogisticRegression(C=C, class_weight="balanced", solver="liblinear", random_state=SEED).fit(X[hedged_rows], target))
        W = np.vstack([h.coef_[0] for h in heads])  # heads x vocab
        if keep is None or len(vocab) <= keep:
            break
        strongest = np.argsort(-np.abs(W).max(axis=0))[:keep]
        vocab = sorted(vocab[k] for k in strongest)
        keep = None
    return {
        "gram_sizes": list(SIZES),
        "intercepts": [round(float(h.intercept_[0]), 6) for h in heads],
        "grams": {g: [round(float(idf[k]), 6)] + [round(float(w), 6) for w in W[:, k]] for k, g in enumerate(vocab)},
    }


def model_of(raw: dict, locale: str, flag=0.0, extra=1.0) -> scorer.Model:
    return scorer.Model(Path(f"<{locale} model being trained>"),
                        {"format": scorer.FORMAT, "language": locale,
                         "threshold": {"flag": flag, "category": CATEGORY, "extra": extra}, **raw})


def choose_thresholds(locale: str, matcher: Matcher, units, items) -> tuple[float, float, float]:
    """(flag, extra, the model's own F1 at that flag), from out-of-fold readings of the
    development half.

    The rules were tuned on this half until they found all of it, so the combined verdict
    cannot be judged here. A second opinion must be as sure as the first: `flag` is the
    lowest threshold from which on the model *alone* (exact categories, as
    `scripts/hedge_eval.py` counts) is right at least `FLAG_PRECISION` of the time — the
    rules' own precision on text they were not written from — and `extra` the lowest at
    which a category the model would add to a hedged sentence is one its writer named at
    least `EXTRA_PRECISION` of the time. (The flag with the model's best F1 was tried
    first: it let through twice the false alarms the rules make.)
    """
    fold = {item["id"]: int(hashlib.sha256(item["id"].encode()).hexdigest(), 16) % FOLDS for item in items}
    readings = {}
    for f in range(FOLDS):
        print(f"  {locale}: fold {f + 1}/{FOLDS}", file=sys.stderr, flush=True)
        model = model_of(fit([u for u in units if u[2] is None or fold.get(u[2]) != f]), locale)
        for item in items:
            if fold[item["id"]] == f:
                readings[item["id"]] = [model.scores(sentence) for sentence in matcher.sentences(item["text"])]
    curve = []
    for flag in FLAG_GRID:
        found = alarms = hedged = 0
        for item in items:
            got = set()
            for p, scores in readings[item["id"]]:
                if p > flag and scores:
                    top = max(scores, key=scores.get)
                    got |= {c for c, q in scores.items() if c == top or q > CATEGORY}
            if item["categories"]:
                hedged += 1
                found += set(item["categories"]) <= got
            else:
                alarms += bool(got)
        precision = found / (found + alarms) if found + alarms else 0.0
        recall = found / hedged if hedged else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"    flag {flag}: the model alone {precision:.3f} / {recall:.3f} (F1 {f1:.3f})", file=sys.stderr)
        curve.append((flag, precision, f1))
    flag, f1 = FLAG_GRID[-1], curve[-1][2]
    for k, (threshold, _, score) in enumerate(curve):
        if all(precision >= FLAG_PRECISION for _, precision, _ in curve[k:]):
            flag, f1 = threshold, score
            break
    extra = 1.0
    for threshold in EXTRA_GRID:
        right = wrong = 0
        for item in items:
            for p, scores in readings[item["id"]]:
                if item["categories"] and p > flag and scores:
                    added = {c for c, q in scores.items() if q > threshold}
                    right += len(added & set(item["categories"]))
                    wrong += len(added - set(item["categories"]))
        if right and right / (right + wrong) >= EXTRA_PRECISION:
            extra = threshold
            break
    return flag, extra, f1


def train(locale: str) -> dict:
    matcher = Matcher(load_rules(folder(locale)))
    units, items = material(locale, matcher)
    print(f"{locale}: {len(units)} training texts ({sum(bool(u[1]) for u in units)} hedged)", file=sys.stderr)
    flag, extra, f1 = choose_thresholds(locale, matcher, units, items)
    raw = fit(units)
    model = model_of(raw, locale)
    bank = sorted(((model.scores(text)[0], text) for text, _, group in units if group == "bank"), reverse=True)
    for p, text in bank[:3]:
        print(f"    the bank's surest sentence: {p:.3f} {text.strip()!r}", file=sys.stderr)
    surest_clean = bank[0][0]
    chosen = flag
    flag = max(flag, min(0.999, round(surest_clean + MARGIN, 3)))
    print(f"{locale}: thresholds flag {chosen} (raised to {flag}: the bank's surest sentence {surest_clean:.3f})"
          f" extra {extra}; the model alone, cross-validated on the development half, F1 {f1:.3f}; {len(raw['grams'])} n-grams",
          file=sys.stderr)
    return {
        "format": scorer.FORMAT,
        "language": locale,
        "trained": {"data_sha256": digest(locale), "texts": len(units), "model_alone_dev_f1_cross_validated": round(f1, 4),
                    "flag_chosen": chosen},
        "threshold": {"flag": flag, "category": CATEGORY, "extra": extra},
        **raw,
    }


def write(path: Path, document: dict) -> None:
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".hedge_model.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o644)  # a data file of the package, readable like the rest
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temp, path)
    except BaseException:
        os.unlink(temp)
        raise


def stale(locale: str) -> str | None:
    """Why the shipped model no longer matches its training material, or None."""
    path = folder(locale) / scorer.MODEL_FILE
    if not path.exists():
        return f"{path} is missing"
    shipped = json.loads(path.read_text(encoding="utf-8"))
    if shipped.get("trained", {}).get("data_sha256") != digest(locale):
        return f"{path} was trained on other material than the repository holds now: run scripts/train_hedge_model.py {locale}"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("locale", choices=(*LOCALES, "all"))
    parser.add_argument("--check", action="store_true", help="only report models that are stale (exit 1)")
    args = parser.parse_args(argv)
    chosen = LOCALES if args.locale == "all" else (args.locale,)
    if args.check:
        problems = [p for p in map(stale, chosen) if p]
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    for locale in chosen:
        write(folder(locale) / scorer.MODEL_FILE, train(locale))
        print(f"wrote {folder(locale) / scorer.MODEL_FILE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
