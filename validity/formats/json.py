"""JSON shapes that compliance scripts rely on (documented in schema/); rendering only, no logic."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from validity.clauses import (
    AmendmentClause,
    CessationClause,
    Clause,
    EffectiveClause,
    ExpiryClause,
    ExternalEvent,
    FixedDate,
    RelativeDate,
    RepealClause,
    Target,
    When,
)
from validity.corpus import Change, Corpus, Event, ExternalDocument, Finding
from validity.documents import Document, GazetteInfo, Remark
from validity.errors import SourceError
from validity.lifecycle import Unknown
from validity.periods import ONE_DAY
from validity.status import Answer, Dated, Evidence

if TYPE_CHECKING:
    from validity.lint import LintReport

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


def problem(error: SourceError) -> JSONObject:
    """Something clause-shaped that could not be read, with its position."""
    return {
        "message": error.message,
        "file": error.span.file,
        "line": error.span.line,
        "column": error.span.column,
    }


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
        "clauses": [clause(item) for item in doc.clauses],
        "remarks": [remark(item) for item in doc.remarks],
    }
    if extra:
        payload.update(extra)
    return payload


def when(value: When | None) -> JSONObject:
    """When something takes effect: a date, an event of the document plus days, or something outside it."""
    if value is None:
        return {"with_effect": True}
    if isinstance(value, FixedDate):
        return {"date": value.date.isoformat(), "precision": value.precision.value}
    if isinstance(value, RelativeDate):
        return {"base": value.base.value, "offset_days": value.offset_days}
    return {"external": value.description}


def target(value: Target) -> JSONObject:
    """A document named by a repeal or cessation."""
    return {
        "title": value.title,
        "doc_number": str(value.doc_number) if value.doc_number else None,
        "issuer": value.issuer,
        "issued_date": iso(value.issued_date),
        "description": value.description,
    }


def clause(value: Clause) -> JSONObject:
    """One clause: kind, text, offsets and lines in the input, then the fields of its kind."""
    payload: JSONObject = {
        "kind": value.kind.value,
        "text": value.quote,
        "start": value.span.start,
        "end": value.span.end,
        "line": value.span.line,
        "end_line": value.span.end_line,
        "instrument": value.instrument,
    }
    if isinstance(value, EffectiveClause):
        moment = value.when
        payload.update(
            date=moment.date.isoformat() if isinstance(moment, FixedDate) else None,
            precision=moment.precision.value if isinstance(moment, FixedDate) else "day",
            base=moment.base.value if isinstance(moment, RelativeDate) else None,
            offset_days=moment.offset_days if isinstance(moment, RelativeDate) else 0,
            external=moment.description if isinstance(moment, ExternalEvent) else None,
        )
    elif isinstance(value, ExpiryClause):
        payload.update(
            until=value.until.date.isoformat() if value.until else None,
            duration=value.duration.iso() if value.duration else None,
            starts=value.starts.date.isoformat() if value.starts else None,
            trial=value.trial,
            extended=value.extended,
            targets=[target(item) for item in value.targets],
        )
    elif isinstance(value, RepealClause | CessationClause):
        payload.update(targets=[target(item) for item in value.targets], when=when(value.when))
    elif isinstance(value, AmendmentClause):
        payload.update(
            mode=value.mode.value,
            ordinal=value.ordinal,
            date=iso(value.date),
            by=value.by,
            amends=value.amends,
        )
    return payload


def evidence(item: Evidence) -> JSONObject:
    """A clause an answer rests on."""
    return {
        "document": item.document,
        "file": item.file,
        "line": item.line,
        "end_line": item.end_line,
        "quote": item.quote,
    }


def dated(value: Dated | Unknown | None) -> JSONObject | None:
    """A resolved date: ``date`` (first possible day), ``last_possible`` when a window, basis, or why unknown."""
    if value is None:
        return None
    if isinstance(value, Unknown):
        return {"date": None, "unknown": value.reason, "evidence": [evidence(e) for e in value.evidence]}
    return {
        "date": value.start.isoformat(),
        "last_possible": (value.end - ONE_DAY).isoformat(),
        "exact": value.exact,
        "basis": value.basis.value,
        "assumptions": list(value.assumptions),
        "evidence": [evidence(e) for e in value.evidence],
    }


def answer(value: Answer) -> JSONObject:
    """The status of a document on a day."""
    return {
        "document": value.document,
        "title": value.title,
        "on": value.on.isoformat(),
        "status": value.status.value,
        "label": value.status.label,
        "since": iso(value.since),
        "until": iso(value.until),
        "certain": value.certain,
        "reason": value.reason,
        "evidence": [evidence(item) for item in value.evidence],
        "assumptions": list(value.assumptions),
        "amended": list(value.amended),
        "external": value.external,
        "convention": value.convention,
    }


def event(value: Event) -> JSONObject:
    """One event of a timeline."""
    return {"kind": value.kind, "description": value.description, "when": dated(value.date)}


def change(value: Change) -> JSONObject:
    """A change of status (its date is the first day of the new status)."""
    return {
        "date": value.date.isoformat(),
        "document": value.subject,
        "title": value.title,
        "before": value.before.value,
        "after": value.after.value,
        "label": value.after.label,
        "reason": value.reason,
        "kind": value.kind,
        "evidence": [evidence(item) for item in value.evidence],
    }


def finding(value: Finding) -> JSONObject:
    """A consistency finding of the corpus."""
    return {
        "code": value.code,
        "severity": value.severity,
        "message": value.message,
        "evidence": [evidence(item) for item in value.evidence],
    }


def lifecycle(corpus: Corpus, doc: Document) -> JSONObject:
    """The dates of a document in a corpus, for ``documents --format json``."""
    own = corpus.own[doc]
    effective = own.effective
    last = corpus.last_day(doc)
    precision = None
    if isinstance(effective, Dated):
        precision = "day" if effective.exact else ("month" if _whole_month(effective) else "range")
    return {
        "effective_from": effective.start.isoformat() if isinstance(effective, Dated) else None,
        "effective_precision": precision,
        "effective_basis": effective.basis.value if isinstance(effective, Dated) else "unknown",
        "effective": dated(effective),
        "last_day": last.start.isoformat() if isinstance(last, Dated) else None,
        "term": dated(last),
        "repeals": [
            {
                "doc_number": str(link.target.doc_number) if link.target.doc_number else None,
                "title": link.target.title or link.target.description,
                "kind": "cessation" if isinstance(link.clause, CessationClause) else "repeal",
                "date": link.date.start.isoformat() if isinstance(link.date, Dated) else None,
                "resolved": _subject_ref(link.resolved),
                "file": link.clause.span.file,
                "line": link.clause.span.line,
            }
            for link in corpus.repeals_by(doc)
        ],
        "repealed_by": [
            {
                "doc_number": str(link.by.doc_number) if link.by.doc_number else None,
                "title": link.by.title,
                "date": link.date.start.isoformat() if isinstance(link.date, Dated) else None,
                "file": link.clause.span.file,
                "line": link.clause.span.line,
            }
            for link in corpus.repealed_by(doc)
        ],
    }


def _subject_ref(subject: Document | ExternalDocument | None) -> JSONObject | None:
    if subject is None:
        return None
    return {
        "doc_number": str(subject.doc_number) if subject.doc_number else None,
        "title": subject.title,
        "in_corpus": isinstance(subject, Document),
        "file": subject.span.file if isinstance(subject, Document) else None,
        "line": subject.span.line if isinstance(subject, Document) else None,
    }


def _whole_month(value: Dated) -> bool:
    return value.start.day == 1 and (value.end - ONE_DAY).month == value.start.month and value.end.day == 1


def lint(reports: Sequence[LintReport], *, today: dt.date) -> JSONObject:
    """Findings of ``validity lint``: stable keys, one object per finding, and a summary."""
    findings = [
        {
            "file": report.file,
            "line": finding.span.line,
            "column": finding.span.column,
            "end_line": finding.span.end_line,
            "end_column": finding.span.end_column,
            "code": finding.rule.code,
            "rule": finding.rule.name,
            "severity": finding.severity.value,
            "message": finding.message,
            "document": finding.document,
            "basis": finding.rule.basis.value,
            "source": finding.rule.source,
        }
        for report in reports
        for finding in report.findings
    ]
    return {
        "today": today.isoformat(),
        "findings": findings,
        "summary": {
            "files": len(reports),
            "documents": sum(len(report.documents) for report in reports),
            "errors": sum(f["severity"] == "error" for f in findings),
            "warnings": sum(f["severity"] == "warning" for f in findings),
            "infos": sum(f["severity"] == "info" for f in findings),
        },
    }
