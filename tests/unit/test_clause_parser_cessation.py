"""停止执行 clauses: documents, or a class of them, that stop applying (notes §3.3 R4, R5, R7, R8; E18)."""

import datetime as dt

import pytest

from validity.clause_finder import parse_clauses
from validity.clause_parser import parse_clause
from validity.clauses import BaseEvent, CessationClause, FixedDate, RelativeDate, Target
from validity.doc_numbers import DocNumber
from validity.errors import InvalidDateError

HEATING = "临汾市城市供热管理办法"
HEATING_NUMBER = DocNumber(agency="临政办发", year=2017, serial=66)


def ceased(*targets, when=None):
    return {"targets": targets, "when": when}


def fields(clause):
    return {"targets": clause.targets, "when": clause.when}


SENTENCES = [
    pytest.param(
        "本条例自1988年11月1日起施行，各地制定的土地使用费办法同时停止执行。",
        ceased(Target(description="各地制定的土地使用费办法")),
        id="R4-class-with-effect",
    ),
    pytest.param(
        "本规定施行之后，其他有关委托执行的司法解释不再适用。",
        ceased(Target(description="其他有关委托执行的司法解释")),
        id="R5-class-no-longer-applies",
    ),
    pytest.param(
        "《临汾市城市供热管理办法》(临政办发〔2017〕66号)同时停止执行。",
        ceased(Target(title=HEATING, doc_number=HEATING_NUMBER)),
        id="titled-with-number",
    ),
    pytest.param(
        "本办法施行后，《A办法》和《B办法》不再执行。",
        ceased(Target(title="A办法"), Target(title="B办法")),
        id="two-titles-no-longer-executed",
    ),
    pytest.param("原有关规定同时停止执行。", ceased(Target(description="原有关规定")), id="former-rules"),
    pytest.param("《X规定》同时失效。", ceased(Target(title="X规定")), id="lapse-together"),
    pytest.param(
        "《X办法》自本办法施行之日起停止执行。",
        ceased(Target(title="X办法"), when=RelativeDate(base=BaseEvent.EFFECTIVE)),
        id="from-this-taking-effect",
    ),
    pytest.param(
        "不符合本法规定的，自本法施行之日起停止执行。",
        ceased(Target(description="不符合本法规定"), when=RelativeDate(base=BaseEvent.EFFECTIVE)),
        id="E18-class-before-comma",
    ),
    pytest.param(
        "凡宣布失效的国务院文件，自本决定印发之日起一律停止执行。",
        ceased(Target(description="凡宣布失效的国务院文件"), when=RelativeDate(base=BaseEvent.ISSUED)),
        id="R7-declared-void-then-ceased",
    ),
    pytest.param(
        "宣布失效或废止的文件自本公告公布之日起停止执行。",
        ceased(Target(description="宣布失效或废止的文件"), when=RelativeDate(base=BaseEvent.PUBLISHED)),
        id="R7-cleanup-notice",
    ),
    pytest.param(
        "《临汾市城市供热管理办法》自2024年6月1日起停止执行。",
        ceased(Target(title=HEATING), when=FixedDate(date=dt.date(2024, 6, 1))),
        id="titled-from-a-day",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_ceased_documents_are_read_from_the_sentence(text, expected):
    findings = parse_clauses(text)
    cessations = [clause for clause in findings.clauses if isinstance(clause, CessationClause)]

    assert [expected] == [fields(clause) for clause in cessations]
    assert () == findings.problems


CLAUSES = [
    pytest.param(
        "各地制定的土地使用费办法同时停止执行",
        ceased(Target(description="各地制定的土地使用费办法")),
        id="R4",
    ),
    pytest.param(
        "其他有关委托执行的司法解释不再适用",
        ceased(Target(description="其他有关委托执行的司法解释")),
        id="R5",
    ),
    pytest.param(
        "宣布失效的文件自本公告公布之日起停止执行",
        ceased(Target(description="宣布失效的文件"), when=RelativeDate(base=BaseEvent.PUBLISHED)),
        id="R7-class-from-publication",
    ),
    pytest.param(
        "不符合本法规定的自本法施行之日起停止执行",
        ceased(Target(description="不符合本法规定"), when=RelativeDate(base=BaseEvent.EFFECTIVE)),
        id="E18-without-comma",
    ),
    pytest.param(
        "《A办法》(临政办发〔2017〕66号)同时停止执行",
        ceased(Target(title="A办法", doc_number=HEATING_NUMBER)),
        id="titled",
    ),
    pytest.param(
        "《A办法》、《B办法》不再执行",
        ceased(Target(title="A办法"), Target(title="B办法")),
        id="two-titled",
    ),
    pytest.param(
        "《A办法》自本办法施行之日起停止执行",
        ceased(Target(title="A办法"), when=RelativeDate(base=BaseEvent.EFFECTIVE)),
        id="titled-from-effect",
    ),
    pytest.param(
        "逾期未公布的自2021年1月1日起宣布失效",
        ceased(Target(description="逾期未公布"), when=FixedDate(date=dt.date(2021, 1, 1))),
        id="R8-conditional-lapse",
    ),
    pytest.param(
        "《A办法》于2024年6月1日停止执行",
        ceased(Target(title="A办法"), when=FixedDate(date=dt.date(2024, 6, 1))),
        id="titled-on-a-day",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSES)
def test_cessation_clause_is_read(text, expected):
    clause = parse_clause(text, "cessation")

    assert isinstance(clause, CessationClause)
    assert expected == fields(clause)
    assert text == clause.text


def test_impossible_day_in_a_cessation_is_an_error_not_a_clamped_date():
    with pytest.raises(InvalidDateError) as caught:
        parse_clause("2023年2月29日印发的《A办法》同时停止执行", "cessation")

    assert str(caught.value).startswith("<text>:1:1: ")
