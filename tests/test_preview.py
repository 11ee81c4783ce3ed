"""The preview gallery, as a browser renders it (Debian's chromium, headless; installed by scripts/setup.sh).

The page under test is the generated index.html; the browser test loads a copy
with one probe script appended, which reads what Chromium computed (direction,
labels, parts) into the DOM that `--dump-dom` prints. A screenshot of the
gallery is saved to artifacts/ as the run's artefact.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from phrasebank.cli import main
from phrasebank.locales import bundled_dir
from phrasebank.preview import build

from bank_support import CATALOG, LOCALES, ROOT

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
RTL = {"he"}  # asserted against CLDR below, so this cannot drift from the data

PROBE = """
<script>
(() => {
  const cells = [...document.querySelectorAll("article[data-playbook][data-locale]")].map(cell => {
    const apology = cell.querySelector(".phrasebank-apology");
    const parts = [...cell.querySelectorAll("span[data-step][data-message]")];
    return {
      playbook: cell.dataset.playbook,
      locale: cell.dataset.locale,
      direction: getComputedStyle(cell).direction,
      apologyDirection: apology ? getComputedStyle(apology).direction : null,
      parts: parts.map(p => [p.dataset.step, p.dataset.message]),
      labels: parts.map(p => getComputedStyle(p, "::before").content),
      visible: parts.every(p => p.getBoundingClientRect().height > 0),
      error: cell.querySelector(".error") ? cell.querySelector(".error").textContent : null,
    };
  });
  const coverage = [...document.querySelectorAll("#coverage td[data-step]")].map(td => td.dataset);
  const out = document.createElement("pre");
  out.id = "probe";
  out.textContent = JSON.stringify({cells, coverage: coverage.map(d => ({...d}))});
  document.body.appendChild(out);
})();
</script>
"""


def chromium(profile: Path, *args: str) -> subprocess.CompletedProcess:
    assert Path(CHROMIUM).exists(), "chromium is missing: run `bash scripts/setup.sh`"
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, encoding="utf-8", timeout=180, check=False,
    )


@pytest.fixture(scope="module")
def gallery(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("gallery"))


@pytest.fixture(scope="module")
def rendered(gallery, tmp_path_factory) -> dict:
    probe = gallery.with_name("probe.html")
    probe.write_text(gallery.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
    result = chromium(tmp_path_factory.mktemp("profile"), "--dump-dom", probe.as_uri())
    match = re.search(r'<pre id="probe">(.*?)</pre>', result.stdout, re.S)
    assert match, f"chromium printed no probe result (exit {result.returncode}): {result.stderr[-2000:]}"
    return json.loads(html.unescape(match.group(1)))


def test_rtl_locales_are_the_ones_cldr_says():
    from babel import Locale

    assert {code for code in LOCALES if Locale.parse(code).character_order == "right-to-left"} == RTL


def test_every_playbook_appears_for_every_locale(rendered):
    cells = {(c["playbook"], c["locale"]): c for c in rendered["cells"]}
    assert set(cells) == {(book, code) for book in CATALOG.playbooks for code in LOCALES}
    for (book, code), cell in cells.items():
        assert cell["error"] is None, (book, code, cell["error"])
        steps = [step for step, _ in cell["parts"]]
        assert steps and set(steps) <= set(CATALOG.playbooks[book].steps), (book, code)
        assert {"apologize", "own"} <= set(steps), (book, code)
        assert cell["visible"], (book, code)


def test_hebrew_column_is_right_to_left(rendered):
    for cell in rendered["cells"]:
        expected = "rtl" if cell["locale"] in RTL else "ltr"
        assert cell["direction"] == expected, cell["locale"]
        assert cell["apologyDirection"] == expected, cell["locale"]


def test_each_part_is_labelled_with_its_step_and_message(rendered):
    for cell in rendered["cells"]:
        for (step, message), label in zip(cell["parts"], cell["labels"]):
            assert label == json.dumps(f"{step} · {message}", ensure_ascii=False), (cell["locale"], label)


def test_coverage_table_counts_variants_per_step(rendered):
    coverage = {(d["locale"], d["step"]): d for d in rendered["coverage"]}
    assert set(coverage) == {(code, step) for code in LOCALES for step in CATALOG.steps}
    for (code, step), data in coverage.items():
        listed = len(CATALOG.messages_for(step))
        assert int(data["listed"]) == listed and int(data["messages"]) == listed, (code, step)
        assert int(data["variants"]) >= listed, (code, step)


def test_screenshot_is_saved_as_an_artefact(gallery, tmp_path):
    artifacts = ROOT / "artifacts"
    artifacts.mkdir(exist_ok=True)
    target = artifacts / "preview.png"
    target.unlink(missing_ok=True)
    result = chromium(tmp_path / "profile", "--window-size=1600,2000", f"--screenshot={target}", gallery.as_uri())
    assert target.is_file(), result.stderr[-2000:]
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1600, 2000)


def test_cli_writes_the_gallery_for_a_translators_checkout(tmp_path, capsys):
    checkout = tmp_path / "locales"
    shutil.copytree(bundled_dir(), checkout)
    out = tmp_path / "out"
    assert main(["preview", "--out", str(out), "--locales", str(checkout), "--locale", "he", "--register", "warm"]) == 0
    index = Path(capsys.readouterr().out.strip())
    assert index == out / "index.html"
    page = index.read_text(encoding="utf-8")
    assert 'data-locale="he" lang="he" dir="rtl"' in page and 'data-locale="en"' not in page
    assert "register: <code>warm</code>" in page


def test_a_broken_locale_shows_its_error_in_its_column(tmp_path):
    checkout = tmp_path / "locales"
    shutil.copytree(bundled_dir(), checkout)
    ftl = checkout / "lv" / "apology.ftl"
    ftl.write_text(ftl.read_text(encoding="utf-8").replace("own-full =", "own-full = {", 1), encoding="utf-8")
    page = build(tmp_path / "out", locales_dir=checkout).read_text(encoding="utf-8")
    lv_cells = re.findall(r'data-locale="lv" lang="lv" dir="ltr">\n<h3[^>]*>[^<]*</h3>\n<p class="error"', page)
    assert len(lv_cells) == len(CATALOG.playbooks)
    assert "syntax error" in page
    assert page.count('class="phrasebank-apology"') == len(CATALOG.playbooks) * (len(LOCALES) - 1)


def test_bad_option_is_a_usage_error(tmp_path, capsys):
    assert main(["preview", "--out", str(tmp_path), "--channel", "fax"]) == 2
    assert "unknown channel 'fax'" in capsys.readouterr().err
