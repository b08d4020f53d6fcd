"""Shared paths and Hypothesis profiles."""

import os
from pathlib import Path

from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GAZETTES = sorted(CORPUS.glob("*.txt"))
DATA = Path(__file__).resolve().parent / "data"

settings.register_profile("dev", max_examples=100, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "ci", max_examples=300, deadline=None, print_blob=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.getenv("HYPOTHESIS_PROFILE", "dev"))
