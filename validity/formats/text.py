"""Plain-text rendering for people: aligned columns that count a CJK character as two cells."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence


def cells(text: str) -> int:
    """Terminal width of ``text``: wide and full-width characters take two cells."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` terminal cells."""
    return text + " " * max(width - cells(text), 0)


def table(rows: Sequence[Sequence[str]], *, indent: str = "") -> list[str]:
    """Rows of cells as aligned lines; the last column is not padded."""
    if not rows:
        return []
    widths = [max(cells(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    return [
        indent + "  ".join([*(pad(cell, width) for cell, width in zip(row, widths, strict=False)), row[-1]])
        for row in rows
    ]
