"""validity: is a Chinese government document in force on a given day, and why.

Data flows one way: text → documents → clauses → timeline → answers.
"""

__version__ = "0.1.0"

from validity.doc_numbers import DocNumber
from validity.documents import Document, Gazette, GazetteInfo, Instrument, Remark
from validity.errors import (
    AmbiguousDocumentError,
    ClauseSyntaxError,
    DocNumberError,
    DocumentNotFoundError,
    InvalidDateError,
    SourceError,
    UnreadableFileError,
    ValidityError,
)
from validity.kinds import Kind
from validity.reader import bundled_corpus, read_gazette, read_gazette_text
from validity.source import SourceSpan, SourceText

__all__ = [
    "AmbiguousDocumentError",
    "ClauseSyntaxError",
    "DocNumber",
    "DocNumberError",
    "Document",
    "DocumentNotFoundError",
    "Gazette",
    "GazetteInfo",
    "Instrument",
    "InvalidDateError",
    "Kind",
    "Remark",
    "SourceError",
    "SourceSpan",
    "SourceText",
    "UnreadableFileError",
    "ValidityError",
    "bundled_corpus",
    "read_gazette",
    "read_gazette_text",
]
