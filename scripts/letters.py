"""Print or check whole letters for one locale: every playbook x channel x register x voice.

For translators and reviewers who want to read what the customer reads. Facts come
from the locale's example.yaml and tests/data/incidents/<lang>.yaml (or --facts FILE,
a YAML file with `incidents:` in that format).

    python scripts/letters.py he                  # one letter per combination, seed 0
    python scripts/letters.py he --check --seeds 20   # only report combinations that fail
    python scripts/letters.py he --playbook personal --channel phone --voice i
    python scripts/letters.py he --facts theirs.yaml --sample 20 --rng 7   # a review round

`--sample N` draws N letters at random (with `--rng`, the same N every time) across the
incidents, playbooks, channels, registers, voices and seeds, leaving out the example
incident: the "twenty random letters with facts you did not write" of a native review
(docs/method.md). Each letter's header names everything a reader needs to judge it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import phrasebank  # noqa: E402
from phrasebank import factfile  # noqa: E402
from phrasebank.catalog import load as load_catalog  # noqa: E402
from phrasebank.errors import FactError  # noqa: E402
from phrasebank.locales import bundled_dir  # noqa: E402


def fact_sets(locale: str, extra: str | None):
    example = factfile.read(bundled_dir() / locale / "example.yaml")
    yield "example", dict(example), "feminine", "masculine"
    path = Path(extra) if extra else ROOT / "tests" / "data" / "incidents" / f"{locale}.yaml"
    if path.is_file():
        for incident in yaml.safe_load(path.read_text(encoding="utf-8"))["incidents"]:
            facts = dict(incident["facts"])
            days = facts.pop("follow_up_in_days", None)
            if days is not None:
                facts["follow_up_date"] = (dt.date.today() + dt.timedelta(days=int(days))).isoformat()
            yield incident["id"], facts, incident.get("customer_gender", "unknown"), incident.get("agent_gender", "unknown")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("locale")
    parser.add_argument("--check", action="store_true", help="print only failures and a count")
    parser.add_argument("--seeds", type=int, default=1)
    parser.add_argument("--playbook", action="append")
    parser.add_argument("--channel", action="append")
    parser.add_argument("--register", action="append")
    parser.add_argument("--voice", action="append")
    parser.add_argument("--facts", help="a YAML file of incidents instead of tests/data/incidents/<lang>.yaml")
    parser.add_argument("--drop", action="append", default=[], help="leave this fact out (repeatable)")
    parser.add_argument("--sample", type=int, help="print this many letters drawn at random (without the example)")
    parser.add_argument("--rng", type=int, default=0, help="seed of the --sample draw")
    args = parser.parse_args()
    if args.sample is not None:
        return sample(args)
    catalog = load_catalog()
    ok = failed = missing = 0
    for (name, facts, cg, ag), (pb_id, book) in itertools.product(
        list(fact_sets(args.locale, args.facts)), catalog.playbooks.items()
    ):
        if args.playbook and pb_id not in args.playbook:
            continue
        for drop in args.drop:
            facts.pop(drop, None)
        for channel, register, voice in itertools.product(
            sorted(book.channels), catalog.options["register"], catalog.options["voice"]
        ):
            if (args.channel and channel not in args.channel) or (args.register and register not in args.register) or (
                args.voice and voice not in args.voice
            ):
                continue
            for seed in range(args.seeds):
                label = f"{name} {pb_id} {channel} {register} {voice} seed={seed}"
                try:
                    apology = phrasebank.compose(
                        args.locale, pb_id, facts, register=register, channel=channel, voice=voice,
                        customer_gender=cg, agent_gender=ag, seed=seed,
                    )
                except FactError:
                    missing += 1  # the playbook needs a fact this incident does not give
                    continue
                except phrasebank.PhrasebankError as exc:
                    failed += 1
                    print(f"!! {label}: {exc}")
                    continue
                ok += 1
                if not args.check:
                    print(f"== {label}\n{apology.text}\n")
    print(f"{ok} composed, {failed} failed, {missing} not composable for a missing fact", file=sys.stderr)
    return 1 if failed else 0


def sample(args) -> int:
    """Letters drawn at random for a reader, numbered, with what the reader must know."""
    import random

    rng = random.Random(args.rng)
    catalog = load_catalog()
    combos = [
        (incident, pb_id, channel, register, voice)
        for incident in fact_sets(args.locale, args.facts)
        if incident[0] != "example"
        for pb_id, book in catalog.playbooks.items()
        for channel, register, voice in itertools.product(
            sorted(book.channels), catalog.options["register"], catalog.options["voice"]
        )
    ]
    if not combos:
        print(f"letters: no incidents to sample from for {args.locale} (give --facts FILE)", file=sys.stderr)
        return 2
    rng.shuffle(combos)
    shown = 0
    for (name, facts, cg, ag), pb_id, channel, register, voice in combos:
        if shown == args.sample:
            break
        try:
            apology = phrasebank.compose(
                args.locale, pb_id, facts, register=register, channel=channel, voice=voice,
                customer_gender=cg, agent_gender=ag, seed=rng.randrange(1000),
            )
        except FactError:
            continue  # the playbook needs a fact this incident does not give
        shown += 1
        who = "I (personal)" if voice == "i" else "we (company)"
        print(f"=== letter {shown}: incident {name}, playbook {pb_id}, channel {channel}, register {register}, "
              f"voice {who}, customer {cg}, agent {ag}\n{apology.text.rstrip()}\n")
    if shown < args.sample:
        print(f"letters: only {shown} letters could be composed from these incidents", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:  # the reader closed the pipe (`| head`): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(0)
