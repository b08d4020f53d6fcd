"""Every document's effective date, last day and repeal links, against the dates worked out by hand."""

from __future__ import annotations

import functools

import pytest

from tests.corpus.facts import ROOT, expected_files, facts
from validity.corpus import Corpus
from validity.formats import json as json_format
from validity.reader import read_corpus_gazette

STEMS = [path.stem for path in expected_files()]
FIELDS = ("effective_from", "effective_precision", "effective_basis", "last_day")


@functools.cache
def corpus() -> Corpus:
    return Corpus.from_gazettes(read_corpus_gazette(ROOT / "corpus" / f"{stem}.txt") for stem in STEMS)


def documents_of(stem: str):
    return [doc for doc in corpus().documents if doc.span.file == f"corpus/{stem}.txt"]


@pytest.mark.parametrize("stem", STEMS)
def test_effective_date_and_last_day_match_the_reading(stem: str) -> None:
    expected = [
        (d["doc_number"] or d["title"], {f: d["lifecycle"][f] for f in FIELDS})
        for d in facts(stem)["documents"]
    ]
    actual = [
        (doc.label, {f: json_format.lifecycle(corpus(), doc)[f] for f in FIELDS})
        for doc in documents_of(stem)
    ]
    assert expected == actual


@pytest.mark.parametrize("stem", STEMS)
def test_repeal_links_follow_the_clauses_read_by_hand(stem: str) -> None:
    """同时废止 takes effect with the repealing document; 自本办法发布之日起 on its (assumed) 发布之日."""
    for hand, doc in zip(facts(stem)["documents"], documents_of(stem), strict=True):
        expected = []
        for clause in hand["clauses"]:
            if clause["kind"] != "repeal":
                continue
            when = clause["when"]
            date = (
                hand["lifecycle"]["effective_from"] if when == {"base": "effective"} else hand["signed_date"]
            )
            for target in clause["targets"]:
                row = (target["doc_number"], date, None)
                if row not in expected:  # the same repeal printed in the notice and in the 办法 links once
                    expected.append(row)
        links = json_format.lifecycle(corpus(), doc)["repeals"]
        actual = [(link["doc_number"], link["date"], (link["resolved"] or {}).get("file")) for link in links]
        assert expected == actual, doc.label


def test_no_repeal_target_of_the_bundled_corpus_is_in_the_corpus() -> None:
    """Read by hand: every 文号 the five gazettes repeal is older than the gazettes; each stays external."""
    targets = [link.resolved for link in corpus().links]
    assert targets
    assert all(target in corpus().externals for target in targets)
    assert 7 == len(corpus().externals)
