"""Every lifecycle clause of every bundled gazette, against the clauses read off the text by hand."""

from __future__ import annotations

from typing import Any

import pytest

from tests.corpus.facts import expected_files, facts, reading
from validity.formats import json as json_format

STEMS = [path.stem for path in expected_files()]
FIELDS = {
    "effective": ("date", "base", "offset_days", "precision"),
    "expiry": ("until", "duration", "trial"),
    "repeal": ("targets", "when"),
    "cessation": ("targets",),
    "supersession": (),
    "amendment": ("mode", "ordinal", "date", "by"),
}


def hand_when(when: dict[str, Any]) -> dict[str, Any]:
    """The README writes 同时废止 as {"base": "effective"} and a base event without its offset."""
    if when == {"base": "effective"}:
        return {"with_effect": True}
    if "base" in when:
        return {"base": when["base"], "offset_days": when.get("offset_days", 0)}
    return when


def tool_clause(clause: dict[str, Any]) -> dict[str, Any]:
    view = {field: clause[field] for field in FIELDS[clause["kind"]]}
    if "targets" in view:
        view["targets"] = [
            {key: item[key] for key in ("title", "doc_number", "issuer", "issued_date")}
            for item in view["targets"]
        ]
    return {"kind": clause["kind"], **view}


def hand_clause(clause: dict[str, Any]) -> dict[str, Any]:
    view = {field: clause[field] for field in FIELDS[clause["kind"]]}
    if "when" in view:
        view["when"] = hand_when(view["when"])
    return {"kind": clause["kind"], **view}


def pairs(stem: str) -> list[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]]:
    documents = reading(stem).documents
    hand = facts(stem)["documents"]
    assert len(hand) == len(documents)
    return [
        (
            expected["doc_number"] or expected["title"],
            expected["clauses"],
            [json_format.clause(clause) for clause in document.clauses],
        )
        for expected, document in zip(hand, documents, strict=True)
    ]


@pytest.mark.parametrize("stem", STEMS)
def test_every_clause_is_found_with_its_values(stem: str) -> None:
    for label, expected, found in pairs(stem):
        assert [hand_clause(c) for c in expected] == [tool_clause(c) for c in found], label


@pytest.mark.parametrize("stem", STEMS)
def test_every_clause_stands_on_the_line_read_by_hand(stem: str) -> None:
    for label, expected, found in pairs(stem):
        for hand, tool in zip(expected, found, strict=True):
            assert tool["line"] <= hand["line"] <= tool["end_line"], (
                label,
                hand,
                tool["line"],
                tool["end_line"],
            )


@pytest.mark.parametrize("stem", STEMS)
def test_no_trap_is_reported_as_a_clause(stem: str) -> None:
    for expected, document in zip(facts(stem)["documents"], reading(stem).documents, strict=True):
        for trap in expected["traps"]:
            clause_lines = {
                (clause.kind.value, line)
                for clause in document.clauses
                for line in range(clause.span.line, clause.span.end_line + 1)
            }
            real_lines = {(clause["kind"], clause["line"]) for clause in expected["clauses"]}
            reported = {(kind, line) for kind, line in clause_lines if line == trap["line"]}
            assert reported <= real_lines, (document.label, trap, reported)
