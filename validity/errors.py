"""One exception hierarchy; every message that has a place in a file starts with ``file:line:col``."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from validity.source import SourceSpan


class ValidityError(Exception):
    """Root of everything validity raises on purpose: ``except ValidityError`` catches it all."""


class UnreadableFileError(ValidityError, ValueError):
    """A whole file cannot be read as text: missing, empty, binary or in an unknown encoding."""

    def __init__(self, file: str, reason: str) -> None:
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason


class SourceError(ValidityError, ValueError):
    """Something is wrong at a known place in the text; ``str()`` starts with ``file:line:col``."""

    def __init__(self, message: str, span: SourceSpan, line_text: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.span = span
        self.line_text = line_text

    def __str__(self) -> str:
        if not self.line_text:
            return f"{self.span}: {self.message}"
        caret = caret_line(self.line_text, self.span.column)
        return f"{self.span}: {self.message}\n    {self.line_text}\n    {caret}"


class ClauseSyntaxError(SourceError):
    """A clause does not follow ``grammar/clauses.lark``."""


class InvalidDateError(SourceError):
    """A date that is not in the calendar, such as 2024年2月30日."""


class InvalidNumeralError(SourceError):
    """A numeral that cannot be read, such as 十十."""


class DocNumberError(ValidityError, ValueError):
    """A 文号 that does not have the shape agency〔year〕N号."""


class OverridesError(ValidityError, ValueError):
    """The overrides file cannot be read or says something impossible."""


class DocumentNotFoundError(ValidityError, LookupError):
    """No document in the corpus matches the query."""


class AmbiguousDocumentError(ValidityError, LookupError):
    """Several documents match the query; the message lists them."""


class UsageError(ValidityError, ValueError):
    """A caller passed an argument the API cannot use (a bad date string, an unknown option)."""


def caret_line(line: str, column: int) -> str:
    """Return spaces and a caret under ``column`` (1-based), counting wide CJK characters as two cells."""
    cells = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line[: max(column - 1, 0)])
    return " " * cells + "^"
