"""Hypothesis profiles (reproducible in CI, broader on a developer's machine) and shared fixtures.

"ci" is derandomized (the same examples on every run, so a red CI is
reproducible) with enough examples that every option value of the composer
(5 locales, 6 playbooks, 2 registers, 4 channels, 2 voices, 3 genders) is
drawn many times; "dev" explores more. CI is detected by the CI variable,
which CI sets; HYPOTHESIS_PROFILE overrides either.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=300,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev",
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(scope="session")
def built_wheel(tmp_path_factory) -> Path:
    """The project's wheel, built once per test run (several tests inspect or install it)."""
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(Path(__file__).resolve().parent.parent)],
        check=True, capture_output=True, text=True,
    )
    return next(dist.glob("phrasebank-*.whl"))


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "locales(*codes): the bank locales besides English that a test needs as a whole (several locales in one "
        "export); each code is also a -k keyword, so `-k 'not he'` leaves out every test that needs Hebrew",
    )


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    for item in items:
        for marker in item.iter_markers("locales"):
            item.extra_keyword_matches.update(marker.args)
