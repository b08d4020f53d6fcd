"""JSON shapes that compliance scripts rely on (documented in schema/); rendering only, no logic."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from validity.documents import Document, GazetteInfo, Remark

JSONObject = dict[str, Any]


def iso(day: dt.date | None) -> str | None:
    """A date as ISO text, ``None`` stays ``null``."""
    return day.isoformat() if day is not None else None


def dumps(value: Any) -> str:
    """Compact, stable JSON with Chinese as it is."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def dumps_pretty(value: Any) -> str:
    """Indented JSON with Chinese as it is, for a reader."""
    return json.dumps(value, ensure_ascii=False, indent=2)


def gazette_info(info: GazetteInfo) -> JSONObject:
    """The gazette a document was printed in."""
    return {"title": info.title, "issue": info.issue, "publication_date": iso(info.publication_date)}


def remark(item: Remark) -> JSONObject:
    """Something the reader noticed."""
    return {"message": item.message, "line": item.line}


def document(doc: Document, *, extra: JSONObject | None = None) -> JSONObject:
    """One document with its metadata; ``extra`` adds keys computed elsewhere (clauses, lifecycle)."""
    payload: JSONObject = {
        "doc_number": str(doc.doc_number) if doc.doc_number else None,
        "title": doc.title or None,
        "issuer": list(doc.issuers) or None,
        "signed_date": iso(doc.signed_date),
        "instruments": [{"title": item.title, "line": item.line} for item in doc.instruments],
        "kind": doc.kind.value,
        "kind_label": doc.kind.label,
        "kind_rule": doc.kind_rule,
        "source": {"file": doc.span.file, "line": doc.span.line, "end_line": doc.span.end_line},
        "gazette": gazette_info(doc.gazette),
        "remarks": [remark(item) for item in doc.remarks],
    }
    if extra:
        payload.update(extra)
    return payload
