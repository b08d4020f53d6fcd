"""A sixth gazette, in a layout none of the bundled five uses, read end to end (written for this test)."""

import datetime as dt

import pytest

from tests.conftest import DATA
from validity.clauses import RepealClause
from validity.corpus import Corpus
from validity.kinds import Kind
from validity.reader import read_gazette
from validity.status import Status

GAZETTE = DATA / "gazettes" / "synthetic_taiyuan.txt"


@pytest.fixture(scope="module")
def gazette():
    return read_gazette(GAZETTE)


@pytest.fixture(scope="module")
def corpus(gazette):
    return Corpus.from_gazettes([gazette])


def test_cover_contents_and_documents_are_read(gazette):
    assert ("太原市人民政府公报", "2023年第12期(总第300期)", dt.date(2023, 12, 20)) == (
        gazette.info.title,
        gazette.info.issue,
        gazette.info.publication_date,
    )
    assert 4 == gazette.toc_entries
    assert () == gazette.remarks  # the table of contents and the body agree
    assert [
        (
            "并政发〔2023〕12号",
            "太原市人民政府关于废止部分规范性文件的决定",
            Kind.DECISION,
            dt.date(2023, 11, 1),
        ),
        ("太原市人民政府令第5号", "太原市城市绿化管理办法", Kind.RULES, dt.date(2023, 11, 10)),
        (
            "并政办规〔2023〕3号",
            "太原市人民政府办公室关于印发太原市停车管理办法的通知",
            Kind.NORMATIVE,
            dt.date(2023, 11, 15),
        ),
        (
            "并政办规〔2023〕4号",
            "太原市人民政府办公室关于印发太原市停车管理实施细则的通知",
            Kind.NORMATIVE,
            dt.date(2023, 12, 10),
        ),
    ] == [(str(d.doc_number), d.title, d.kind, d.signed_date) for d in gazette.documents]


def test_a_decision_repealing_a_numbered_list_names_every_item(gazette):
    (repeal,) = [c for c in gazette.documents[0].clauses if isinstance(c, RepealClause)]
    assert repeal.listed
    assert [
        ("太原市城市道路管理暂行办法", "并政发〔2015〕3号"),
        ("太原市户外广告设置管理规定", "并政办发〔2016〕8号"),
    ] == [(t.title, str(t.doc_number)) for t in repeal.targets]


def test_a_rules_order_takes_effect_on_its_stated_day(corpus):
    rules = corpus.find("太原市人民政府令第5号")
    assert Status.NOT_YET_IN_FORCE == corpus.status(rules, on=dt.date(2023, 12, 31)).status
    assert Status.IN_FORCE == corpus.status(rules, on=dt.date(2024, 1, 1)).status


def test_a_later_document_repeals_an_earlier_one_of_the_same_corpus(corpus):
    old, new = corpus.find("并政办规〔2023〕3号"), corpus.find("并政办规〔2023〕4号")
    assert Status.IN_FORCE == corpus.status(old, on=dt.date(2023, 12, 31)).status
    answer = corpus.status(old, on=dt.date(2024, 1, 1))
    assert Status.REPEALED == answer.status
    assert "并政办规〔2023〕4号" in answer.reason
    assert 97 == answer.evidence[0].line
    assert (
        Status.IN_FORCE == corpus.status(new, on=dt.date(2026, 12, 31)).status
    )  # 有效期三年 from 2024-01-01
    assert Status.EXPIRED == corpus.status(new, on=dt.date(2027, 1, 1)).status


def test_the_listed_targets_stay_external_and_are_repealed_on_publication(corpus):
    external = corpus.find("并政发〔2015〕3号")
    answer = corpus.status(external, on=dt.date(2023, 11, 1))
    assert answer.external
    assert Status.REPEALED == answer.status
    assert any("公布之日" in item for item in answer.assumptions)
