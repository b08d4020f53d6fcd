"""施行 clauses: the first day a document is in force, from the phrasings of notes §3.2 (E1–E21)."""

import datetime as dt

import pytest

from validity.clause_finder import parse_clauses
from validity.clause_parser import parse_clause
from validity.clauses import BaseEvent, EffectiveClause, ExternalEvent, FixedDate, Precision, RelativeDate
from validity.errors import ClauseSyntaxError, InvalidDateError


def day(year, month, date):
    return FixedDate(date=dt.date(year, month, date))


def effective_clauses(text):
    findings = parse_clauses(text)
    return [clause for clause in findings.clauses if isinstance(clause, EffectiveClause)], findings.problems


# Whole sentences as gazettes print them, read by the finder.
SENTENCES = [
    pytest.param("本决定自2019年9月1日起施行。", day(2019, 9, 1), id="E1-arabic-date"),
    pytest.param("第四十条 本条例自2018年1月1日施行。", day(2018, 1, 1), id="E2-no-qi"),
    pytest.param("第七条 本规定于2002年3月1日起施行。", day(2002, 3, 1), id="E3-yu-qi"),
    pytest.param("本规定自一九九四年一月一日起施行。", day(1994, 1, 1), id="E4-chinese-date"),
    pytest.param("本规定自二〇二四年二月二十九日起施行。", day(2024, 2, 29), id="E4-chinese-zero-U+3007"),
    pytest.param("本规定自二○二四年十二月三十一日起施行。", day(2024, 12, 31), id="E4-chinese-zero-U+25CB"),
    pytest.param(
        "本修正案自公布之日起施行。", RelativeDate(base=BaseEvent.PUBLISHED), id="E5-on-publication"
    ),
    pytest.param("十二、本规定自发布之日起施行。", RelativeDate(base=BaseEvent.RELEASED), id="E6-on-release"),
    pytest.param(
        "本办法自颁布之日起施行。", RelativeDate(base=BaseEvent.PROMULGATED), id="E7-on-promulgation"
    ),
    pytest.param("本守则自通过之日起施行。", RelativeDate(base=BaseEvent.ADOPTED), id="E8-on-adoption"),
    pytest.param(
        "本规定自国务院批准之日起施行。", RelativeDate(base=BaseEvent.APPROVED), id="E9-on-approval"
    ),
    pytest.param("本办法公布施行。", RelativeDate(base=BaseEvent.PUBLISHED), id="E10-verb-pair"),
    pytest.param(
        "本办法经国务院批准由交通部发布施行。",
        RelativeDate(base=BaseEvent.RELEASED),
        id="E10-verb-pair-after-approval",
    ),
    pytest.param("本命令自发布之日起生效。", RelativeDate(base=BaseEvent.RELEASED), id="E11-shengxiao"),
    pytest.param(
        "本法由全国人民代表大会通过，自1984年10月1日起施行。", day(1984, 10, 1), id="E12-after-comma"
    ),
    pytest.param(
        "本法自2004年1月1日起施行，《中华人民共和国居民身份证条例》同时废止。",
        day(2004, 1, 1),
        id="E13-with-repeal",
    ),
    pytest.param(
        "(八)本意见自印发之日起施行,有效期至2027年12月31日。",
        RelativeDate(base=BaseEvent.ISSUED),
        id="E15-on-issue-with-term",
    ),
    pytest.param(
        "第十三条 本办法自印发之日施行,有效期至2025年10月1日",
        RelativeDate(base=BaseEvent.ISSUED),
        id="E16-on-issue-no-qi",
    ),
    pytest.param(
        "第二十条 本办法自公布之日起三十日后施行,有效期两年。",
        RelativeDate(base=BaseEvent.PUBLISHED, offset_days=30),
        id="E17-thirty-days-after-publication",
    ),
    pytest.param("本条例自2016年9月 1日起施行。", day(2016, 9, 1), id="E21-space-in-date"),
    pytest.param(
        "本意见自2024 年 8\n\n月 23 日起施行，有效期至 2027\n\n年 12 月 31 日。",
        day(2024, 8, 23),
        id="E21-line-breaks-in-date",
    ),
    pytest.param("本办法自２０２４年６月１日起实施。", day(2024, 6, 1), id="full-width-digits"),
    pytest.param(
        "本办法自2024年6月起施行。",
        FixedDate(date=dt.date(2024, 6, 1), precision=Precision.MONTH),
        id="month-precision",
    ),
    pytest.param(
        "本办法自2024年6月施行。",
        FixedDate(date=dt.date(2024, 6, 1), precision=Precision.MONTH),
        id="month-precision-no-qi",
    ),
    pytest.param("本通知自即日起执行。", RelativeDate(base=BaseEvent.IMMEDIATELY), id="immediately"),
    pytest.param(
        "本实施细则自印发之日起施行。", RelativeDate(base=BaseEvent.ISSUED), id="subject-with-prefix"
    ),
    pytest.param(
        "本办法自市政府印发之日起施行。", RelativeDate(base=BaseEvent.ISSUED), id="own-issuer-named"
    ),
    pytest.param("本办法自下发之日起施行。", RelativeDate(base=BaseEvent.DISTRIBUTED), id="on-distribution"),
    pytest.param("本办法自签发之日起施行。", RelativeDate(base=BaseEvent.SIGNED), id="on-signature"),
    pytest.param("本办法自发文之日起施行。", RelativeDate(base=BaseEvent.ISSUED), id="fawen-is-issue"),
    pytest.param(
        "本办法自公布之日起30日后施行。",
        RelativeDate(base=BaseEvent.PUBLISHED, offset_days=30),
        id="arabic-offset",
    ),
    pytest.param(
        "本办法自印发之日起30天后施行。",
        RelativeDate(base=BaseEvent.ISSUED, offset_days=30),
        id="offset-in-tian",
    ),
    pytest.param(
        "本办法自发布之日起满30日施行。",
        RelativeDate(base=BaseEvent.RELEASED, offset_days=30),
        id="offset-man",
    ),
    pytest.param("本办法从2024年6月1日起施行。", day(2024, 6, 1), id="cong-qi"),
    pytest.param("本办法自2024年6月1日起正式实施。", day(2024, 6, 1), id="zhengshi-shishi"),
    pytest.param("本办法自2024年6月1日起开始施行。", day(2024, 6, 1), id="kaishi-shixing"),
    pytest.param("本规定自1949年10月1日起施行。", day(1949, 10, 1), id="first-year-of-range"),
    pytest.param(
        "本方案实施时间与省政府授权和委托权限实施时间一致。",
        ExternalEvent(description="省政府授权和委托权限实施时间"),
        id="aligned-with-another-event",
    ),
    pytest.param(
        "本办法与《中华人民共和国行政许可法》同时施行。",
        ExternalEvent(description="《中华人民共和国行政许可法》施行之日"),
        id="together-with-a-law",
    ),
    pytest.param(
        "本办法自《中华人民共和国行政许可法》施行之日起施行。",
        ExternalEvent(description="《中华人民共和国行政许可法》施行之日"),
        id="from-a-law-taking-effect",
    ),
    pytest.param(
        "本细则自2024年1月1日起试行。",
        day(2024, 1, 1),
        id="shixing-trial-verb",
    ),
]


@pytest.mark.parametrize(("text", "when"), SENTENCES)
def test_effective_date_is_read_from_the_sentence(text, when):
    clauses, problems = effective_clauses(text)

    assert [when] == [clause.when for clause in clauses]
    assert () == problems


# Single clauses read with the 施行 start rule: every verb, 起 or not, 自/于/从, every kind of numeral.
CLAUSES = [
    ("本办法自2024年6月1日起施行", day(2024, 6, 1)),
    ("本办法自2024年6月1日起实施", day(2024, 6, 1)),
    ("本办法自2024年6月1日起执行", day(2024, 6, 1)),
    ("本办法自2024年6月1日起生效", day(2024, 6, 1)),
    ("本办法自2024年6月1日施行", day(2024, 6, 1)),
    ("本规定于2024年6月1日起施行", day(2024, 6, 1)),
    ("本规定于2024年6月1日施行", day(2024, 6, 1)),
    ("自2024年6月1日起施行", day(2024, 6, 1)),
    ("本办法自２０２４年２月２９日起施行", day(2024, 2, 29)),
    ("本办法自二〇二四年二月二十九日起施行", day(2024, 2, 29)),
    ("本办法自二○○○年二月二十九日起施行", day(2000, 2, 29)),
    ("本办法自2024年6月1号起施行", day(2024, 6, 1)),
    ("本规定自2024 年 8\n\n月 23 日起施行", day(2024, 8, 23)),
    ("本规定自 2199 年 12 月 31 日起施行", day(2199, 12, 31)),
    ("本办法自2024年6月起施行", FixedDate(date=dt.date(2024, 6, 1), precision=Precision.MONTH)),
    ("本办法自公布之日起三十日后施行", RelativeDate(base=BaseEvent.PUBLISHED, offset_days=30)),
    ("本办法自公布之日起三十日以后施行", RelativeDate(base=BaseEvent.PUBLISHED, offset_days=30)),
    ("本办法自公布之日起六十日之后施行", RelativeDate(base=BaseEvent.PUBLISHED, offset_days=60)),
    ("本意见自印发之日起施行", RelativeDate(base=BaseEvent.ISSUED)),
    ("本意见自印发之日施行", RelativeDate(base=BaseEvent.ISSUED)),
    ("本办法自发布之日起实施", RelativeDate(base=BaseEvent.RELEASED)),
    ("本规定自国务院批准之日起施行", RelativeDate(base=BaseEvent.APPROVED)),
    ("自即日起施行", RelativeDate(base=BaseEvent.IMMEDIATELY)),
    ("本办法公布施行", RelativeDate(base=BaseEvent.PUBLISHED)),
    ("本办法发布施行", RelativeDate(base=BaseEvent.RELEASED)),
    ("本办法颁布实施", RelativeDate(base=BaseEvent.PROMULGATED)),
    ("本办法印发施行", RelativeDate(base=BaseEvent.ISSUED)),
]


@pytest.mark.parametrize(("text", "when"), CLAUSES)
def test_effective_clause_is_read(text, when):
    clause = parse_clause(text, "effective")

    assert isinstance(clause, EffectiveClause)
    assert when == clause.when
    assert text == clause.text


def test_clause_keeps_its_printed_text_and_its_flat_quote():
    clause = parse_clause("本意见自2024 年 8\n\n月 23 日起施行", "effective")

    assert "本意见自2024 年 8\n\n月 23 日起施行" == clause.text
    assert "本意见自2024年8月23日起施行" == clause.quote
    assert (1, 1, 3) == (clause.span.line, clause.span.column, clause.span.end_line)


def test_clause_inside_a_sentence_is_spanned_from_its_subject():
    (clause,), _ = effective_clauses("第十三条 本办法自印发之日施行,有效期至2025年10月1日")

    assert "本办法自印发之日施行" == clause.quote
    assert 6 == clause.span.column


IMPOSSIBLE_DATES = [
    "2024年2月30日",
    "2023年2月29日",
    "2024年4月31日",
    "二〇二三年二月二十九日",
    "2024年13月1日",
]


@pytest.mark.parametrize("date", IMPOSSIBLE_DATES)
def test_impossible_date_is_an_error_at_the_date_not_a_clamped_date(date):
    with pytest.raises(InvalidDateError) as caught:
        parse_clause(f"本办法自{date}起施行", "effective")

    assert str(caught.value).startswith("<text>:1:5: ")
    assert "not a date in the calendar" in str(caught.value)


@pytest.mark.parametrize("date", IMPOSSIBLE_DATES)
def test_impossible_date_in_a_sentence_is_a_problem_at_its_column(date):
    findings = parse_clauses(f"第一条 本办法自{date}起施行。", file="gazette.txt")

    assert () == findings.clauses
    assert 1 == len(findings.problems)
    assert str(findings.problems[0]).startswith("gazette.txt:1:9: ")


def test_impossible_date_on_a_later_line_is_reported_on_that_line():
    with pytest.raises(InvalidDateError) as caught:
        parse_clause("本办法\n自2024年2月30日起施行", "effective", file="notice.txt")

    assert str(caught.value).startswith("notice.txt:2:2: ")


def test_year_before_1949_is_an_error_not_a_date():
    with pytest.raises(InvalidDateError, match="out of range"):
        parse_clause("本规定自1948年10月1日起施行", "effective")


@pytest.mark.parametrize(
    ("text", "column"),
    [
        pytest.param("第二十二条 本规定自施行。", 11, id="E19-no-date"),
        pytest.param("本办法自1995年8月l日起施行。", 12, id="E20-letter-l-for-one"),
    ],
)
def test_defective_clause_is_a_problem_at_its_place_not_a_guess(text, column):
    findings = parse_clauses(text, file="gazette.txt")

    assert () == findings.clauses
    assert [f"gazette.txt:1:{column}: "] == [
        str(problem)[: len(f"gazette.txt:1:{column}: ")] for problem in findings.problems
    ]


@pytest.mark.parametrize("text", ["本办法自施行", "本办法自2024年6月1日", "自2024年6月1日起", "施行"])
def test_incomplete_clause_is_a_syntax_error_with_a_position(text):
    with pytest.raises(ClauseSyntaxError) as caught:
        parse_clause(text, "effective")

    assert str(caught.value).startswith("<text>:1:")
