"""有效期延长: a later notice extends another document's term (《X》(文号)有效期延长至Y, 该办法有效期延长至Y).

The extended document stays in force to the new last day; the extending notice's own term is untouched.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.strategies import notice
from validity.clause_finder import parse_clauses
from validity.clauses import ExpiryClause
from validity.corpus import Corpus, ExternalDocument
from validity.doc_numbers import DocNumber
from validity.reader import read_gazette_text
from validity.source import SourceText
from validity.status import Status

D = dt.date
OLD = "某政发〔2019〕1号"
TITLE = "某某市甲事项管理办法"


def corpus_of(*notices: str) -> Corpus:
    gazette = read_gazette_text(SourceText.from_text("\n".join(notices), name="extensions.txt"))
    assert len(notices) == len(gazette.documents)
    return Corpus.from_gazettes([gazette])


def old() -> str:
    """某某市甲事项管理办法, in force 2019-07-01 for three years: last day 2022-06-30."""
    return notice("甲", "本办法自2019年7月1日起施行，有效期3年。", number=OLD, signed=D(2019, 6, 1))


EXTENDING = [
    pytest.param(f"《{TITLE}》（{OLD}）有效期延长至2025年12月31日。", id="title-and-number"),
    pytest.param(f"《{TITLE}》（{OLD}）继续执行，有效期至2025年12月31日。", id="continues-with-a-new-term"),
    pytest.param(
        f"《{TITLE}》（{OLD}）有效期届满后继续执行至2025年12月31日。", id="continues-after-its-term"
    ),
    pytest.param(
        f"《{TITLE}》（{OLD}）有效期至2022年6月30日。经评估，市人民政府同意将其有效期延长至2025年12月31日。",
        id="consent-then-anaphor",
    ),
    pytest.param(
        f"《{TITLE}》有效期即将届满。经市人民政府同意，该办法有效期延长至2025年12月31日。", id="anaphor"
    ),
    pytest.param(f"《{TITLE}》（{OLD}）有效期届满。经研究，其有效期延长至2025年12月31日。", id="qi"),
]


@pytest.mark.parametrize("sentence", EXTENDING)
def test_an_extension_names_the_extended_document(sentence: str) -> None:
    [clause] = [c for c in parse_clauses(sentence).clauses if isinstance(c, ExpiryClause)]
    assert clause.extended
    assert clause.until is not None
    assert clause.until.date == D(2025, 12, 31)
    assert [target.title for target in clause.targets] == [TITLE]


@pytest.mark.parametrize("sentence", EXTENDING)
def test_the_extended_document_is_in_force_to_its_new_last_day(sentence: str) -> None:
    corpus = corpus_of(old(), notice("乙", sentence, number="某政办发〔2022〕5号", signed=D(2022, 6, 20)))
    extended = corpus.find(OLD)
    assert corpus.status(extended, on=D(2024, 1, 1)).status is Status.IN_FORCE
    assert corpus.status(extended, on=D(2025, 12, 31)).status is Status.IN_FORCE
    expired = corpus.status(extended, on=D(2026, 1, 1))
    assert (expired.status, expired.since) == (Status.EXPIRED, D(2026, 1, 1))
    assert "extended by 某政办发〔2022〕5号" in expired.reason
    assert corpus.last_day(extended).start == D(2025, 12, 31)  # type: ignore[union-attr]
    assert [event.kind for event in corpus.timeline(extended)] == [
        "signed",
        "effective",
        "extended",
        "expiry",
    ]


def test_the_extending_notice_keeps_no_term_of_its_own() -> None:
    corpus = corpus_of(old(), notice("乙", EXTENDING[0].values[0], number="某政办发〔2022〕5号"))
    assert corpus.last_day(corpus.find("某政办发〔2022〕5号")) is None


def test_an_extension_of_a_document_outside_the_corpus_is_kept_with_its_last_day() -> None:
    corpus = corpus_of(
        notice("乙", f"《某某市丙办法》（{OLD}）有效期延长至2025年12月31日。", number="某政办发〔2022〕5号")
    )
    [external] = corpus.externals
    assert isinstance(external, ExternalDocument)
    assert external.doc_number == DocNumber.parse(OLD)
    assert corpus.status(external, on=D(2025, 12, 31)).status is Status.IN_FORCE
    assert corpus.status(external, on=D(2026, 1, 1)).status is Status.EXPIRED


def test_an_anaphor_with_nothing_named_before_it_is_a_problem_not_our_own_term() -> None:
    findings = parse_clauses("经研究，该办法有效期延长至2025年12月31日。")
    assert findings.clauses == ()
    assert "does not name" in findings.problems[0].message


def test_an_extension_issued_after_the_term_ran_out_does_not_reach_back() -> None:
    late = notice("乙", EXTENDING[0].values[0], number="某政办发〔2023〕5号", signed=D(2023, 3, 1))
    corpus = corpus_of(old(), late)
    extended = corpus.find(OLD)
    lapsed = corpus.status(extended, on=D(2023, 1, 1))
    assert (lapsed.status, lapsed.since) == (Status.EXPIRED, D(2022, 7, 1))
    revived = corpus.status(extended, on=D(2023, 3, 1))
    assert revived.status is Status.IN_FORCE
    assert any("in force again" in item for item in revived.assumptions)
    assert corpus.status(extended, on=D(2026, 1, 1)).status is Status.EXPIRED
    assert [
        (c.date, c.after) for c in corpus.changes(D(2022, 1, 1), D(2026, 12, 31)) if c.subject == OLD
    ] == [
        (D(2022, 7, 1), Status.EXPIRED),
        (D(2023, 3, 1), Status.IN_FORCE),
        (D(2026, 1, 1), Status.EXPIRED),
    ]


def test_check_reports_an_extension_of_a_document_outside_the_corpus() -> None:
    corpus = corpus_of(
        notice("乙", f"《某某市丙办法》（{OLD}）有效期延长至2025年12月31日。", number="某政办发〔2022〕5号")
    )
    assert [finding.code for finding in corpus.findings()] == ["C208"]
