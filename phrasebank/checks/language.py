"""Text left in the wrong language.

Two signals, chosen per locale from data: the script (CLDR's likely script of
the locale) tells Hebrew, Georgian and Armenian text from anything else
without guessing, so any word of the translator's own text in another script is
reported. Where the script cannot tell (two bundled locales share it, as
Latin-script English and Latvian do), each sentence long enough to judge is
run through langdetect (seeded, so runs agree) and reported when it reads as
another bundled locale of the same script. Facts are left out: they come from
example.yaml and are checked there.
"""

from __future__ import annotations

import re

from .problem import Problem
from .scripts import letter_script, locale_script, word_scripts
from .sources import LocaleFiles
from .variants import Variant

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
SENTENCE = re.compile(r"[^.!?…;:\n]+[.!?…;:]*")
MIN_WORDS = 4  # shorter sentences are too short for langdetect to judge
MIN_LETTERS = 20
MIN_PROBABILITY = 0.90


def foreign_script(files: LocaleFiles, variants: list[Variant]) -> list[Problem]:
    """Runs of words of the translator's own text written in another script than the locale's."""
    _, expected = locale_script(files.code)
    if not expected:
        return []
    allowed = files.settings.allowlist
    allowed_lower = {word.lower() for word in allowed}  # once, not once per word
    problems = []
    for variant in variants:
        run: list[tuple[int, int, str]] = []

        def flush():
            if run:
                start, end = run[0][0], run[-1][1]
                script = run[0][2]
                offset = variant.source_offset(start)
                line, column = files.parsed.position(offset)
                problems.append(Problem(
                    files.ftl_file, line, column, "wrong-language", "error", variant.message_id,
                    f"{variant.label}: {variant.text[start:end]!r} is written in {script.title()} script, not "
                    f"{expected.title()}: text left untranslated? Translate it; a name that must stay as written "
                    f"goes into allowlist.txt",
                ))
                run.clear()

        for match in WORD.finditer(variant.text):
            start, end = match.span()
            word = match.group()
            scripts = word_scripts(word)
            foreign = (
                variant.literal(start, end)
                and len(scripts) == 1
                and scripts[0] != expected
                and word not in allowed
                and word.lower() not in allowed_lower
            )
            if not foreign:
                flush()
                continue
            if run and (run[-1][2] != scripts[0] or not _only_gap(variant.text[run[-1][1]:start])):
                flush()
            run.append((start, end, scripts[0]))
        flush()
    return problems


def foreign_samples(files: LocaleFiles, sentence_facts: set[str]) -> list[Problem]:
    """Sample sentences (example.yaml) written mostly in another script than the locale's."""
    _, expected = locale_script(files.code)
    problems = []
    for fact, value in files.samples.items():
        if fact not in sentence_facts or not isinstance(value, str) or not expected:
            continue
        scripts = [letter_script(c) for c in value if letter_script(c)]
        foreign = [s for s in scripts if s != expected]
        if scripts and len(foreign) * 2 > len(scripts):
            line, column = files.sample_positions.get(fact, (1, 1))
            problems.append(Problem(
                files.example_file, line, column, "wrong-language", "error", None,
                f"sample fact {fact!r} is written mostly in {foreign[0].title()} script, not {expected.title()}: "
                "write the sample sentence in the locale's language",
            ))
    return problems


def same_script_detection(files: LocaleFiles, variants: list[Variant], neighbours: dict[str, str]) -> list[Problem]:
    """Sentences that langdetect reads as a neighbour (a bundled locale of the same script).

    `neighbours` maps langdetect's language codes to the locale codes that share this locale's script.
    """
    if not neighbours:
        return []
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    _, expected = locale_script(files.code)
    problems = []
    seen: set[int] = set()
    for variant in variants:
        own = variant.own_text()
        for sentence in SENTENCE.finditer(own):
            text = sentence.group()
            words = [w for w in WORD.findall(text) if word_scripts(w) == [expected]]
            if len(words) < MIN_WORDS or sum(map(len, words)) < MIN_LETTERS:
                continue
            start = sentence.start() + (len(text) - len(text.lstrip()))
            offset = variant.source_offset(start)
            if offset in seen:
                continue
            seen.add(offset)
            try:
                best = detect_langs(text)[0]
            except LangDetectException:
                continue
            locale = neighbours.get(best.lang)
            if locale and best.prob >= MIN_PROBABILITY:
                line, column = files.parsed.position(offset)
                problems.append(Problem(
                    files.ftl_file, line, column, "wrong-language", "error", variant.message_id,
                    f"{variant.label}: {text.strip()!r} reads as {locale!r}, not {files.code!r} "
                    f"(langdetect, p={best.prob:.2f}): text left untranslated or pasted from another locale?",
                ))
    return problems


def _only_gap(between: str) -> bool:
    """Words of one run are separated by spaces and punctuation only."""
    return not any(letter_script(c) for c in between) and not any(c.isdigit() for c in between)
