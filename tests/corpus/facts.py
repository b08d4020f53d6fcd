"""Load the hand-read facts of tests/corpus/expected/ and the tool's reading of the same gazettes."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from validity.documents import Gazette
from validity.reader import read_corpus_gazette

EXPECTED = Path(__file__).resolve().parent / "expected"
ROOT = Path(__file__).resolve().parents[2]


def expected_files() -> list[Path]:
    return sorted(EXPECTED.glob("*.json"))


@functools.cache
def facts(stem: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXPECTED / f"{stem}.json").read_text(encoding="utf-8"))
    return data


@functools.cache
def reading(stem: str) -> Gazette:
    return read_corpus_gazette(ROOT / "corpus" / f"{stem}.txt")
