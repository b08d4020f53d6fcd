"""validity: is a Chinese government document in force on a given day, and why.

Data flows one way: text → documents → clauses → timeline → answers.
"""

__version__ = "0.1.0"

from validity.clause_finder import Findings, parse_clauses
from validity.corpus import Corpus
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
from validity.periods import TermConvention
from validity.reader import bundled_corpus, read_gazette, read_gazette_text
from validity.source import SourceSpan, SourceText
from validity.status import Answer, Status

__all__ = [
    "AmbiguousDocumentError",
    "Answer",
    "ClauseSyntaxError",
    "Corpus",
    "DocNumber",
    "DocNumberError",
    "Document",
    "DocumentNotFoundError",
    "Findings",
    "Gazette",
    "GazetteInfo",
    "Instrument",
    "InvalidDateError",
    "Kind",
    "Remark",
    "SourceError",
    "SourceSpan",
    "SourceText",
    "Status",
    "TermConvention",
    "UnreadableFileError",
    "ValidityError",
    "bundled_corpus",
    "parse_clauses",
    "read_gazette",
    "read_gazette_text",
]
