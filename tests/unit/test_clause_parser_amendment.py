"""修正 / 修订 / 修改 clauses: amendment-history lines (notes §3.5 H1–H14) and amending 决定 bodies (§3.6)."""

import datetime as dt

import pytest

from validity.clause_finder import parse_clauses
from validity.clause_parser import parse_clause
from validity.clauses import AmendmentClause, AmendmentMode, ClauseKind
from validity.errors import InvalidDateError
from validity.numerals import to_chinese

CORRECTED, REVISED, MODIFIED = AmendmentMode.CORRECTED, AmendmentMode.REVISED, AmendmentMode.MODIFIED
NPCSC_10 = "第十一届全国人民代表大会常务委员会第十次会议"
PARTIAL_LAWS = "关于修改部分法律的决定"


def amended(mode, *, ordinal=None, date=None, by=None, amends=None):
    return {"mode": mode, "ordinal": ordinal, "date": date, "by": by, "amends": amends}


def fields(clause):
    return {name: getattr(clause, name) for name in ("mode", "ordinal", "date", "by", "amends")}


def amendments(text):
    findings = parse_clauses(text)
    return [fields(c) for c in findings.clauses if isinstance(c, AmendmentClause)], findings.problems


WOMEN = "关于修改〈中华人民共和国妇女权益保障法〉的决定"
WILDLIFE = "关于修改〈中华人民共和国野生动物保护法〉等十五部法律的决定"
HISTORY = [
    ("1992年4月3日第七届全国人民代表大会第五次会议通过", None),
    (
        f"根据2005年8月28日第十届全国人民代表大会常务委员会第十七次会议《{WOMEN}》第一次修正",
        amended(CORRECTED, ordinal=1, date=dt.date(2005, 8, 28), by=WOMEN),
    ),
    (
        f"根据2018年10月26日第十三届全国人民代表大会常务委员会第六次会议《{WILDLIFE}》第二次修正",
        amended(CORRECTED, ordinal=2, date=dt.date(2018, 10, 26), by=WILDLIFE),
    ),
    (
        "2022年10月30日第十三届全国人民代表大会常务委员会第三十七次会议修订",
        amended(REVISED, date=dt.date(2022, 10, 30), by="第十三届全国人民代表大会常务委员会第三十七次会议"),
    ),
]
HISTORY_AMENDMENTS = [expected for _, expected in HISTORY if expected is not None]

LINES = [
    pytest.param(
        f"根据2009年8月27日{NPCSC_10}《{PARTIAL_LAWS}》第一次修正",
        [amended(CORRECTED, ordinal=1, date=dt.date(2009, 8, 27), by=PARTIAL_LAWS)],
        id="H6-decision-ordinal",
    ),
    pytest.param(
        "2018年12月29日第十三届全国人民代表大会常务委员会第七次会议"
        "《关于修改〈中华人民共和国村民委员会组织法〉〈中华人民共和国城市居民委员会组织法〉的决定》修正",
        [
            amended(
                CORRECTED,
                date=dt.date(2018, 12, 29),
                by="关于修改〈中华人民共和国村民委员会组织法〉〈中华人民共和国城市居民委员会组织法〉的决定",
            )
        ],
        id="H7-decision-no-ordinal",
    ),
    pytest.param(
        "2023年9月1日 第十四届全国人民代表大会常务委员会第五次会议修订",
        [amended(REVISED, date=dt.date(2023, 9, 1), by="第十四届全国人民代表大会常务委员会第五次会议")],
        id="H8-session-revision",
    ),
    pytest.param(
        "2011年1月8日 《国务院关于废止和修改部分行政法规的决定》第一次修订",
        [amended(REVISED, ordinal=1, date=dt.date(2011, 1, 8), by="国务院关于废止和修改部分行政法规的决定")],
        id="H9-state-council-decision",
    ),
    pytest.param(
        "2020年10月7日 中华人民共和国国务院令第731号第三次修订",
        [amended(REVISED, ordinal=3, date=dt.date(2020, 10, 7), by="中华人民共和国国务院令第731号")],
        id="H10-order",
    ),
    pytest.param(
        "2015年12月3日广东省第十二届人民代表大会常务委员会第二十一次会议批准的"
        "《广州市人民代表大会常务委员会关于因行政区划调整修改〈广州市建筑条例〉等六十六件地方性法规的决定》第一次修正",
        [
            amended(
                CORRECTED,
                ordinal=1,
                date=dt.date(2015, 12, 3),
                by="广州市人民代表大会常务委员会关于因行政区划调整修改〈广州市建筑条例〉等六十六件地方性法规的决定",
            )
        ],
        id="H13-omnibus",
    ),
    pytest.param(
        "根据2020年12月26日第十三届全国人民代表大会常务委员会第二十四次会议通过的《中华人民共和国刑法修正案(十一)》修正",
        [amended(CORRECTED, date=dt.date(2020, 12, 26), by="中华人民共和国刑法修正案(十一)")],
        id="amendment-act",
    ),
    pytest.param(
        f"根据二〇〇九年八月二十七日{NPCSC_10}《{PARTIAL_LAWS}》第九次修正",
        [amended(CORRECTED, ordinal=9, date=dt.date(2009, 8, 27), by=PARTIAL_LAWS)],
        id="chinese-date-ninth",
    ),
    pytest.param(
        f"根据二○○九年八月二十七日{NPCSC_10}《{PARTIAL_LAWS}》第二次修正",
        [amended(CORRECTED, ordinal=2, date=dt.date(2009, 8, 27), by=PARTIAL_LAWS)],
        id="chinese-date-U+25CB",
    ),
    pytest.param(
        f"根据2009 年 8\n\n月 27 日{NPCSC_10}《{PARTIAL_LAWS}》第一次修正",
        [amended(CORRECTED, ordinal=1, date=dt.date(2009, 8, 27), by=PARTIAL_LAWS)],
        id="line-breaks-in-date",
    ),
    pytest.param(
        f"根据２００９年８月２７日{NPCSC_10}《{PARTIAL_LAWS}》第一次修正",
        [amended(CORRECTED, ordinal=1, date=dt.date(2009, 8, 27), by=PARTIAL_LAWS)],
        id="full-width-date",
    ),
    pytest.param(" ".join(line for line, _ in HISTORY), HISTORY_AMENDMENTS, id="official-run-on-one-line"),
    pytest.param("\n".join(line for line, _ in HISTORY), HISTORY_AMENDMENTS, id="one-event-a-line"),
    pytest.param(
        "(" + " ".join(line for line, _ in HISTORY) + ")",
        HISTORY_AMENDMENTS,
        id="official-parenthesised-paragraph",
    ),
    pytest.param(
        "（" + "\u3000".join(line for line, _ in HISTORY[:2]) + "）",
        HISTORY_AMENDMENTS[:1],
        id="official-parenthesised-full-width",
    ),
    pytest.param(
        "对《临汾市城市供热管理办法》作如下修改：",
        [amended(MODIFIED, amends="临汾市城市供热管理办法")],
        id="3.6-amends-as-follows",
    ),
    pytest.param(
        "一、将《临汾市城市供热管理办法》第五条修改为",
        [amended(MODIFIED, amends="临汾市城市供热管理办法")],
        id="3.6-article-rewritten",
    ),
    pytest.param(
        "一、将《临汾市城市供热管理办法》第五条修改为：",
        [amended(MODIFIED, amends="临汾市城市供热管理办法")],
        id="3.6-article-rewritten-with-colon",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LINES)
def test_amendment_history_is_read(text, expected):
    found, problems = amendments(text)

    assert expected == found
    assert () == problems


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("1979年7月1日 第五届全国人民代表大会第二次会议通过", id="H1-adoption"),
        pytest.param("2014年3月27日 广东省第十二届人民代表大会常务委员会第七次会议批准", id="H2-approval"),
        pytest.param("2008年1月31日 中华人民共和国国务院令第517号公布", id="H3-promulgation"),
        pytest.param("2010年7月30日 浙江省第十一届人民代表大会常务委员会公告第54号公布", id="H4-notice"),
        pytest.param("1980年5月9日 国务院批准", id="H5-old-style"),
        pytest.param("2022年5月1日 施行", id="H11-effective-line"),
        pytest.param("1994年10月27日 印发，根据", id="H14-unsplit-remnant"),
    ],
)
def test_history_line_that_is_not_an_amendment_gives_none(text):
    found, _ = amendments(text)

    assert [] == found


@pytest.mark.parametrize("ordinal", range(1, 14))
@pytest.mark.parametrize("mode", [CORRECTED, REVISED])
def test_ordinal_of_an_amendment_is_read(ordinal, mode):
    text = f"根据2009年8月27日{NPCSC_10}《{PARTIAL_LAWS}》第{to_chinese(ordinal)}次{mode.value}"

    clause = parse_clause(text, "amendment")

    assert (mode, ordinal) == (clause.mode, clause.ordinal)


CLAUSES = [
    (
        f"根据2009年8月27日{NPCSC_10}《{PARTIAL_LAWS}》第一次修正",
        amended(CORRECTED, ordinal=1, date=dt.date(2009, 8, 27), by=PARTIAL_LAWS),
    ),
    (
        "2023年9月1日第十四届全国人民代表大会常务委员会第五次会议修订",
        amended(REVISED, date=dt.date(2023, 9, 1), by="第十四届全国人民代表大会常务委员会第五次会议"),
    ),
    (
        "2020年10月7日中华人民共和国国务院令第731号第三次修订",
        amended(REVISED, ordinal=3, date=dt.date(2020, 10, 7), by="中华人民共和国国务院令第731号"),
    ),
    ("第十三次修正", amended(CORRECTED, ordinal=13)),
    ("对《临汾市城市供热管理办法》作如下修改", amended(MODIFIED, amends="临汾市城市供热管理办法")),
    ("对《临汾市城市供热管理办法》做如下修改", amended(MODIFIED, amends="临汾市城市供热管理办法")),
    ("将《临汾市城市供热管理办法》第五条修改为", amended(MODIFIED, amends="临汾市城市供热管理办法")),
    ("将《临汾市城市供热管理办法》第五条第二款修改为", amended(MODIFIED, amends="临汾市城市供热管理办法")),
    (
        "把《临汾市城市供热管理办法》第十二条第一款第三项修改为",
        amended(MODIFIED, amends="临汾市城市供热管理办法"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSES)
def test_amendment_clause_is_read(text, expected):
    clause = parse_clause(text, "amendment")

    assert isinstance(clause, AmendmentClause)
    assert ClauseKind.AMENDMENT is clause.kind
    assert expected == fields(clause)
    assert text == clause.text


@pytest.mark.parametrize("date", ["2024年2月30日", "2023年2月29日", "2024年4月31日"])
def test_impossible_amendment_date_is_an_error_not_a_clamped_date(date):
    with pytest.raises(InvalidDateError) as caught:
        parse_clause(f"根据{date}{NPCSC_10}《{PARTIAL_LAWS}》第一次修正", "amendment")

    assert str(caught.value).startswith("<text>:1:3: ")


def test_impossible_amendment_date_in_a_header_is_a_problem_at_its_column():
    findings = parse_clauses(
        f"1992年4月3日第七届全国人民代表大会第五次会议通过\n根据2009年2月29日{NPCSC_10}《{PARTIAL_LAWS}》第一次修正",
        file="law.md",
    )

    assert () == findings.clauses
    assert 1 == len(findings.problems)
    assert str(findings.problems[0]).startswith("law.md:2:3: ")
