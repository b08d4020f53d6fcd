"""``validity parse --batch``: one JSON request per line in, one JSON answer per line out."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from validity.clause_finder import parse_clauses
from validity.clauses import Clause
from validity.dates import FIRST_YEAR, LAST_YEAR, calendar_date
from validity.documents import Document, GazetteInfo
from validity.formats import json as json_format
from validity.kinds import Kind
from validity.lifecycle import DateResolver
from validity.overrides import DocumentOverride, Overrides
from validity.periods import DEFAULT_CONVENTION
from validity.source import SourceText, flatten
from validity.status import Dated


def batch_answer(line: str, *, where: str) -> dict[str, Any]:
    """Answer one request line ``{"id": …, "text": …[, "issued": DATE, "published": DATE]}``.

    Never raises: a request that cannot be read is answered ``{"id": …, "error": "…"}``.
    """
    try:
        request = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"{where}: not JSON ({exc.msg} at column {exc.colno})"}
    if not isinstance(request, dict):
        return {"id": None, "error": f"{where}: expected a JSON object"}
    ident = request.get("id")
    text = request.get("text")
    if not isinstance(text, str):
        return {"id": ident, "error": f'{where}: "text" must be a string'}
    dates: dict[str, dt.date] = {}
    for key in ("issued", "published"):
        if request.get(key) is None:
            continue
        try:
            day = dt.date.fromisoformat(str(request[key]))
            dates[key] = calendar_date(day.year, day.month, day.day)
        except ValueError as exc:
            return {
                "id": ident,
                "error": f"{where}: {key!r} must be an ISO date (YYYY-MM-DD) from {FIRST_YEAR} to {LAST_YEAR}, "
                f"got {request[key]!r} ({exc})",
            }
    findings = parse_clauses(text, file=where)
    answer: dict[str, Any] = {"id": ident, "clauses": [json_format.clause(c) for c in findings.clauses]}
    if findings.problems:
        answer["problems"] = [json_format.problem(problem) for problem in findings.problems]
    if dates:
        try:
            answer["resolved"] = _resolved(
                findings.clauses, where, dates.get("issued"), dates.get("published")
            )
        except (OverflowError, ValueError) as exc:  # a date beyond the calendar: say so, go on with the batch
            answer["error"] = f"{where}: the dates cannot be resolved: {exc}"
    return answer


def _resolved(
    clauses: tuple[Clause, ...], where: str, issued: dt.date | None, published: dt.date | None
) -> dict[str, Any]:
    """The text's first day in force and last day, resolved by the same rules as a corpus document."""
    source = SourceText.from_text("", name=where)
    document = Document(
        doc_number=None,
        title="",
        issuers=(),
        signed_date=issued,
        instruments=(),
        kind=Kind.OTHER,
        kind_rule="a batch request",
        span=source.span(0, 0),
        gazette=GazetteInfo(file=where, title=None, issue=None, publication_date=None),
        text=flatten(source),
        clauses=clauses,
    )
    override = DocumentOverride(match="", note="the batch request's dates", published=published)
    resolver = DateResolver(document, override=override, overrides=Overrides(), convention=DEFAULT_CONVENTION)
    own = resolver.own_dates()
    end = own.term_end
    last = None
    if isinstance(end, Dated):
        last = end.day_before()
    return {
        "effective": json_format.dated(own.effective),
        "last_day": json_format.dated(last if last is not None else end),
        "convention": DEFAULT_CONVENTION.value,
    }
