"""Hypothesis profiles: reproducible in CI, broader on a developer's machine.

"ci" is derandomized (the same examples on every run, so a red CI is
reproducible) with enough examples that every option value of the composer
(5 locales, 6 playbooks, 2 registers, 4 channels, 2 voices, 3 genders) is
drawn many times; "dev" explores more. CI is detected by the CI variable,
which CI sets; HYPOTHESIS_PROFILE overrides either.
"""

from __future__ import annotations

import os

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
