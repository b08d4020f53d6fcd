"""The documents of a gazette and the facts a lawyer cites about them."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

import attrs

from validity.doc_numbers import DocNumber
from validity.kinds import Kind
from validity.source import FlatText, SourceSpan

if TYPE_CHECKING:
    from validity.clauses import Clause
    from validity.errors import SourceError


@attrs.frozen
class Remark:
    """Something the reader noticed and a user should know: a table of contents that disagrees, a missing date."""

    message: str
    line: int | None = None


@attrs.frozen
class Instrument:
    """What a notice 印发s: an attached 办法, 方案, 细则 …, with the line its heading stands on when found."""

    title: str
    line: int | None = None


@attrs.frozen
class GazetteInfo:
    """The gazette an issue of documents was printed in (政府公报), as its cover says."""

    file: str
    title: str | None
    issue: str | None
    publication_date: dt.date | None


@attrs.frozen(eq=False)
class Document:
    """One official document of a gazette, with the attachments it 印发s."""

    doc_number: DocNumber | None
    title: str
    issuers: tuple[str, ...]
    signed_date: dt.date | None
    instruments: tuple[Instrument, ...]
    kind: Kind
    kind_rule: str
    span: SourceSpan
    gazette: GazetteInfo
    text: FlatText = attrs.field(repr=False)
    signature_line: int | None = None
    clauses: tuple[Clause, ...] = ()
    remarks: tuple[Remark, ...] = ()
    problems: tuple[SourceError, ...] = ()  # clause-shaped text or dates that could not be read

    @property
    def label(self) -> str:
        """How a lawyer names the document: its 文号, else its title."""
        return str(self.doc_number) if self.doc_number else self.title

    @property
    def citation(self) -> str:
        """《title》(文号), the form Chinese documents cite each other in."""
        return f"《{self.title}》({self.doc_number})" if self.doc_number else f"《{self.title}》"


@attrs.frozen(eq=False)
class Gazette:
    """A gazette file read into documents, with what its table of contents said about them."""

    info: GazetteInfo
    documents: tuple[Document, ...]
    toc_entries: int | None
    remarks: tuple[Remark, ...] = ()


def title_key(text: str) -> str:
    """A title folded for comparison: no 《》, brackets, dashes, quotes or spaces, ASCII forms."""
    return re.sub(r"[《》<>〈〉()（）\[\]［］\s“”\"'‘’—─\-–]", "", text)


def title_keys(document: Document) -> set[str]:
    """The title keys a citation may use for a document: its own title's and its instruments'."""
    return {title_key(document.title), *(title_key(item.title) for item in document.instruments)}
