"""The wheel ships the locales and the CLI works from anywhere once installed."""

from __future__ import annotations

import subprocess
import venv
import zipfile

from bank_support import LOCALES


def test_wheel_installs_into_a_fresh_venv_and_composes(tmp_path, built_wheel):
    wheel = built_wheel
    names = zipfile.ZipFile(wheel).namelist()
    for locale in LOCALES:
        assert f"phrasebank/locales/{locale}/apology.ftl" in names
    assert "phrasebank/catalog.yaml" in names

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    install = subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], capture_output=True, text=True)
    assert install.returncode == 0, install.stderr[-2000:]

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [str(env_dir / "bin" / "phrasebank"), "compose", "--locale", "hy", "--playbook", "formal-letter", "--example"],
        capture_output=True, text=True, encoding="utf-8", cwd=elsewhere,
    )
    assert result.returncode == 0, result.stderr
    assert any("\u0531" <= c <= "\u058f" for c in result.stdout)
    listed = subprocess.run([str(env_dir / "bin" / "phrasebank"), "locales"], capture_output=True, text=True, cwd=elsewhere)
    assert listed.stdout.split() == LOCALES
