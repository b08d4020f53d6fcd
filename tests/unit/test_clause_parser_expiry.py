"""有效期 clauses: the end of a document's term, from the phrasings of notes §3.4 (X1–X4)."""

import datetime as dt

import pytest

from validity.clause_finder import parse_clauses
from validity.clause_parser import parse_clause
from validity.clauses import Duration, ExpiryClause, FixedDate
from validity.errors import InvalidDateError


def term(*, until=None, starts=None, duration=None, trial=False, extended=False):
    """The fields of an ExpiryClause these tests check, defaults filled in."""
    return {
        "until": FixedDate(date=until) if until else None,
        "starts": FixedDate(date=starts) if starts else None,
        "duration": duration,
        "trial": trial,
        "extended": extended,
    }


def fields(clause):
    return {name: getattr(clause, name) for name in ("until", "starts", "duration", "trial", "extended")}


def years(n, months=0):
    return Duration(years=n, months=months)


# Whole sentences, read by the finder.
SENTENCES = [
    pytest.param(
        "本意见自印发之日起施行,有效期至2027年12月31日。",
        term(until=dt.date(2027, 12, 31)),
        id="X1-until-after-effective",
    ),
    pytest.param("本办法有效期至2027年12月31日。", term(until=dt.date(2027, 12, 31)), id="X1-subject-named"),
    pytest.param(
        "本办法自2024年6月1日起施行,有效期至2029年5月31日止。",
        term(until=dt.date(2029, 5, 31)),
        id="X1-until-zhi",
    ),
    pytest.param("有效期至2027年12月31日。", term(until=dt.date(2027, 12, 31)), id="X1-sentence-of-its-own"),
    pytest.param(
        "本意见自2024 年 8\n\n月 23 日起施行，有效期至 2027\n\n年 12 月 31 日。",
        term(until=dt.date(2027, 12, 31)),
        id="X1-line-breaks-in-date",
    ),
    pytest.param(
        "本办法自2024年1月1日起施行，有效期至二〇二八年十二月三十一日。",
        term(until=dt.date(2028, 12, 31)),
        id="X1-chinese-date",
    ),
    pytest.param(
        "本办法自2024年1月1日起施行，有效期至二○二八年二月二十九日。",
        term(until=dt.date(2028, 2, 29)),
        id="X1-chinese-date-U+25CB",
    ),
    pytest.param(
        "本办法自2024年1月1日起施行，有效期至２０２８年１２月３１日。",
        term(until=dt.date(2028, 12, 31)),
        id="X1-full-width-date",
    ),
    pytest.param(
        "本办法自2024年1月1日起施行，有效期至2025年底。",
        term(until=dt.date(2025, 12, 31)),
        id="until-year-end",
    ),
    pytest.param(
        "本办法自2024年1月1日起施行，有效期至2025年末。",
        term(until=dt.date(2025, 12, 31)),
        id="until-year-end-mo",
    ),
    pytest.param(
        "本办法自2024年1月1日起施行，有效期至2025年6月底。",
        term(until=dt.date(2025, 6, 30)),
        id="until-month-end",
    ),
    pytest.param(
        "本办法自2024年1月1日起施行，有效期至2024年2月底。",
        term(until=dt.date(2024, 2, 29)),
        id="until-february-end-leap-year",
    ),
    pytest.param(
        "本办法自2023年1月1日起施行，有效期至2023年2月底。",
        term(until=dt.date(2023, 2, 28)),
        id="until-february-end-common-year",
    ),
    pytest.param(
        "第二十条 本办法自公布之日起三十日后施行,有效期两年。", term(duration=years(2)), id="X2-liang-nian"
    ),
    pytest.param("本办法的有效期为2年。", term(duration=years(2)), id="X2-de-wei"),
    pytest.param("本办法有效期5年。", term(duration=years(5)), id="X2-subject-arabic"),
    pytest.param("有效期为5年。", term(duration=years(5)), id="X2-sentence-of-its-own"),
    pytest.param("本办法有效期：2年。", term(duration=years(2)), id="X2-colon"),
    pytest.param("本办法有效期是2年。", term(duration=years(2)), id="X2-shi"),
    pytest.param(
        "本办法自2024年1月1日起施行，有效期三年。", term(duration=years(3)), id="X2-after-effective"
    ),
    pytest.param(
        "本办法自2024年1月1日起施行，有效期6个月。",
        term(duration=Duration(months=6)),
        id="months",
    ),
    pytest.param(
        "本办法自2024年1月1日起施行，有效期1年6个月。", term(duration=years(1, 6)), id="years-and-months"
    ),
    pytest.param(
        "本办法自2024年1月1日起施行，有效期两年半。", term(duration=years(2, 6)), id="years-and-a-half"
    ),
    pytest.param(
        "本指南自2024年8月23日起施行,试行期2年。", term(duration=years(2), trial=True), id="X3-trial-term"
    ),
    pytest.param(
        "本办法自2024年1月1日起施行，试行期两年。", term(duration=years(2), trial=True), id="X3-trial-liang"
    ),
    pytest.param(
        "本办法自2024年1月1日起施行，试行期限为2年。",
        term(duration=years(2), trial=True),
        id="X3-trial-term-qixian",
    ),
    pytest.param(
        "本公告执行期限为2023年1月1日至2024年12月31日。",
        term(starts=dt.date(2023, 1, 1), until=dt.date(2024, 12, 31)),
        id="X4-range",
    ),
    pytest.param(
        "本办法实施期限为2024年1月1日至2025年12月31日。",
        term(starts=dt.date(2024, 1, 1), until=dt.date(2025, 12, 31)),
        id="X4-range-shishi",
    ),
    pytest.param(
        "本办法有效期为2024年1月1日至2028年12月31日。",
        term(starts=dt.date(2024, 1, 1), until=dt.date(2028, 12, 31)),
        id="X4-range-youxiaoqi",
    ),
    pytest.param("本公告执行至2027年12月31日。", term(until=dt.date(2027, 12, 31)), id="X4-runs-until"),
    pytest.param("本政策执行至2025年底。", term(until=dt.date(2025, 12, 31)), id="X4-runs-until-year-end"),
    pytest.param(
        "执行期限延长至2022年3月31日。",
        term(until=dt.date(2022, 3, 31), extended=True),
        id="X4-term-extended",
    ),
    pytest.param(
        "本公告执行期限延长至2022年3月31日。",
        term(until=dt.date(2022, 3, 31), extended=True),
        id="X4-term-extended-subject",
    ),
    pytest.param(
        "本办法延续执行至2027年12月31日。",
        term(until=dt.date(2027, 12, 31), extended=True),
        id="X4-continued-until",
    ),
    pytest.param(
        "本办法有效期延长至2027年12月31日。",
        term(until=dt.date(2027, 12, 31), extended=True),
        id="validity-extended",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_term_is_read_from_the_sentence(text, expected):
    findings = parse_clauses(text)
    terms = [clause for clause in findings.clauses if isinstance(clause, ExpiryClause)]

    assert [expected] == [fields(clause) for clause in terms]
    assert () == findings.problems


# Single clauses read with the 有效期 start rule.
CLAUSES = [
    ("有效期至2027年12月31日", term(until=dt.date(2027, 12, 31))),
    ("有效期至2027年12月31日止", term(until=dt.date(2027, 12, 31))),
    ("有效期到2027年12月31日", term(until=dt.date(2027, 12, 31))),
    ("本办法有效期至2028年2月29日", term(until=dt.date(2028, 2, 29))),
    ("有效期至 2027\n\n年 12 月 31 日", term(until=dt.date(2027, 12, 31))),
    ("有效期两年", term(duration=years(2))),
    ("有效期十年", term(duration=years(10))),
    ("有效期为二十个月", term(duration=Duration(months=20))),
    ("有效期三年六个月", term(duration=years(3, 6))),
    ("有效期限为5年", term(duration=years(5))),
    ("有效时间为3年", term(duration=years(3))),
    ("试行期2年", term(duration=years(2), trial=True)),
    ("试行期限一年", term(duration=years(1), trial=True)),
    ("本指南试行期至2026年8月22日", term(until=dt.date(2026, 8, 22), trial=True)),
    ("执行期限为2023年1月1日至2024年12月31日", term(starts=dt.date(2023, 1, 1), until=dt.date(2024, 12, 31))),
    (
        "执行期为自2023年1月1日至2024年12月31日止",
        term(starts=dt.date(2023, 1, 1), until=dt.date(2024, 12, 31)),
    ),
    ("本公告执行至2027年12月31日", term(until=dt.date(2027, 12, 31))),
    ("本公告实施至2027年12月31日", term(until=dt.date(2027, 12, 31))),
    ("延续执行至2027年12月31日", term(until=dt.date(2027, 12, 31), extended=True)),
    ("延长执行至2027年12月31日", term(until=dt.date(2027, 12, 31), extended=True)),
    ("有效期顺延至2027年12月31日", term(until=dt.date(2027, 12, 31), extended=True)),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSES)
def test_term_clause_is_read(text, expected):
    clause = parse_clause(text, "expiry")

    assert isinstance(clause, ExpiryClause)
    assert expected == fields(clause)
    assert text == clause.text


@pytest.mark.parametrize("date", ["2024年2月30日", "2023年2月29日", "2024年4月31日", "2023年2月29号"])
def test_impossible_end_date_is_an_error_not_a_clamped_date(date):
    with pytest.raises(InvalidDateError) as caught:
        parse_clause(f"有效期至{date}", "expiry")

    assert str(caught.value).startswith("<text>:1:5: ")


@pytest.mark.parametrize("date", ["2024年2月30日", "2023年2月29日", "2024年4月31日"])
def test_impossible_end_date_in_a_sentence_is_a_problem_at_its_column(date):
    findings = parse_clauses(f"本意见自印发之日起施行，有效期至{date}。", file="gazette.txt")

    assert [] == [clause for clause in findings.clauses if isinstance(clause, ExpiryClause)]
    assert 1 == len(findings.problems)
    assert str(findings.problems[0]).startswith("gazette.txt:1:17: ")


def test_impossible_start_of_a_range_is_an_error_at_the_start_date():
    with pytest.raises(InvalidDateError) as caught:
        parse_clause("执行期限为2023年2月29日至2024年12月31日", "expiry")

    assert str(caught.value).startswith("<text>:1:6: ")
