"""``validity parse --batch``: one JSON request per line in, one JSON answer per line out."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from validity.clause_finder import parse_clauses
from validity.formats import json as json_format


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
            dates[key] = dt.date.fromisoformat(str(request[key]))
        except ValueError:
            return {
                "id": ident,
                "error": f"{where}: {key!r} must be an ISO date (YYYY-MM-DD), got {request[key]!r}",
            }
    findings = parse_clauses(text, file=where)
    answer: dict[str, Any] = {"id": ident, "clauses": [json_format.clause(c) for c in findings.clauses]}
    if findings.problems:
        answer["problems"] = [json_format.problem(problem) for problem in findings.problems]
    return answer
