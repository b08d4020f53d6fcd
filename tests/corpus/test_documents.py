"""Every document of every bundled gazette, against the facts read off the text by hand."""

from __future__ import annotations

from typing import Any

import pytest

from tests.corpus.facts import expected_files, facts, reading

STEMS = [path.stem for path in expected_files()]
FIELDS = ("line", "doc_number", "title", "issuer", "signed_date", "instruments", "kind")


def tool_view(stem: str) -> list[dict[str, Any]]:
    gazette = reading(stem)
    return [
        {
            "line": document.span.line,
            "doc_number": str(document.doc_number) if document.doc_number else None,
            "title": document.title,
            "issuer": list(document.issuers),
            "signed_date": document.signed_date.isoformat() if document.signed_date else None,
            "instruments": [instrument.title for instrument in document.instruments],
            "kind": document.kind.value,
        }
        for document in gazette.documents
    ]


def hand_view(stem: str) -> list[dict[str, Any]]:
    return [{field: document[field] for field in FIELDS} for document in facts(stem)["documents"]]


@pytest.mark.parametrize("stem", STEMS)
def test_document_count_matches_the_reading(stem: str) -> None:
    assert len(hand_view(stem)) == len(reading(stem).documents)


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("stem", STEMS)
def test_each_document_field_matches_the_reading(stem: str, field: str) -> None:
    expected = [(document["doc_number"], document[field]) for document in hand_view(stem)]
    actual = [(document["doc_number"], document[field]) for document in tool_view(stem)]
    assert expected == actual


@pytest.mark.parametrize("stem", STEMS)
def test_gazette_metadata_matches_the_reading(stem: str) -> None:
    gazette = reading(stem)
    expected = facts(stem)["gazette"]
    assert expected == {
        "title": gazette.info.title,
        "issue": gazette.info.issue,
        "publication_date": gazette.info.publication_date.isoformat()
        if gazette.info.publication_date
        else None,
    }
    assert facts(stem)["toc_documents"] == gazette.toc_entries
