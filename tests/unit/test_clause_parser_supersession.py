"""以本…为准 clauses: this document prevails where others conflict; a partial supersession, not a repeal (R6)."""

import pytest

from validity.clause_finder import parse_clauses
from validity.clause_parser import parse_clause
from validity.clauses import ClauseKind, SupersessionClause

SENTENCES = [
    pytest.param(
        "本办法施行前本省有关规定与本办法相抵触的，以本办法为准。", "以本办法为准", id="R6-after-comma"
    ),
    pytest.param(
        "本市相关规定与本指南内容冲突的以本指南为准。",
        "本市相关规定与本指南内容冲突的以本指南为准",
        id="R6-seed-no-comma",
    ),
    pytest.param("与本办法不一致的，以本办法为准。", "以本办法为准", id="inconsistent"),
    pytest.param("以往规定与本意见不一致的，以本意见规定为准。", "以本意见规定为准", id="guiding-rules"),
    pytest.param(
        "以往规定与本意见不一致的，以本意见的规定为准。", "以本意见的规定为准", id="de-guiding-rules"
    ),
    pytest.param("此前发布的有关文件与本通知不一致的，以本通知为准。", "以本通知为准", id="notice"),
    pytest.param("以本实施细则为准。", "以本实施细则为准", id="subject-with-prefix"),
]


@pytest.mark.parametrize(("text", "quote"), SENTENCES)
def test_supersession_is_read_from_the_sentence(text, quote):
    findings = parse_clauses(text)

    assert [(ClauseKind.SUPERSESSION, quote)] == [(clause.kind, clause.quote) for clause in findings.clauses]
    assert () == findings.problems


CLAUSES = [
    "以本办法为准",
    "与本办法不一致的以本办法为准",
    "本办法施行前本省有关规定与本办法相抵触的以本办法为准",
    "相关规定与本指南内容冲突的以本指南为准",
    "以本意见规定为准",
    "以本意见的规定为准",
]


@pytest.mark.parametrize("text", CLAUSES)
def test_supersession_clause_is_read(text):
    clause = parse_clause(text, "supersession")

    assert isinstance(clause, SupersessionClause)
    assert text == clause.text


def test_supersession_spans_only_its_own_part_of_the_sentence():
    text = "本办法自2024年6月1日起施行，与本办法不一致的，以本办法为准。"

    (effective, supersession) = parse_clauses(text, file="gazette.txt").clauses

    assert ClauseKind.EFFECTIVE is effective.kind
    assert "以本办法为准" == supersession.quote
    assert "gazette.txt:1:27" == str(supersession.span)
