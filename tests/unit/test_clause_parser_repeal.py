"""废止 clauses: the documents a document repeals, from the phrasings of notes §3.3 (R1–R3, E13, E14)."""

import datetime as dt

import pytest

from validity.clause_finder import parse_clauses
from validity.clause_parser import parse_clause
from validity.clauses import BaseEvent, FixedDate, Precision, RelativeDate, RepealClause, Target
from validity.doc_numbers import DocNumber
from validity.errors import InvalidDateError

HEATING = "临汾市城市供热管理办法"
HEATING_NUMBER = DocNumber(agency="临政办发", year=2017, serial=66)
WATER = "临汾市城市节水管理办法"
WATER_NUMBER = DocNumber(agency="临政办发", year=2018, serial=12)
CIVIL_CODE_REPEALS = [
    "婚姻法",
    "继承法",
    "民法通则",
    "收养法",
    "担保法",
    "合同法",
    "物权法",
    "侵权责任法",
    "民法总则",
]


def repealed(*targets, when=None, listed=False):
    return {"targets": targets, "when": when, "listed": listed}


def fields(clause):
    return {"targets": clause.targets, "when": clause.when, "listed": clause.listed}


SENTENCES = [
    pytest.param(
        "《浙江省测绘管理条例》同时废止。", repealed(Target(title="浙江省测绘管理条例")), id="R1-title"
    ),
    pytest.param(
        "1995年10月28日国务院发布的《信访条例》同时废止。",
        repealed(Target(title="信访条例", issuer="国务院", issued_date=dt.date(1995, 10, 28))),
        id="R1a-date-and-issuer",
    ),
    pytest.param(
        "2008年8月17日发布的《道路交通事故处理程序规定》（公安部令第104号）同时废止。",
        repealed(
            Target(
                title="道路交通事故处理程序规定",
                doc_number=DocNumber(agency="公安部令", year=None, serial=104),
                issued_date=dt.date(2008, 8, 17),
            )
        ),
        id="R1b-order-number",
    ),
    pytest.param(
        "《煤矿安全监察条例》和《国务院关于预防煤矿生产安全事故的特别规定》同时废止。",
        repealed(Target(title="煤矿安全监察条例"), Target(title="国务院关于预防煤矿生产安全事故的特别规定")),
        id="R1c-two-titles",
    ),
    pytest.param(
        "本法自2021年1月1日起施行。"
        + "、".join(f"《中华人民共和国{name}》" for name in CIVIL_CODE_REPEALS)
        + "同时废止。",
        repealed(*(Target(title=f"中华人民共和国{name}") for name in CIVIL_CODE_REPEALS)),
        id="R1d-nine-laws",
    ),
    pytest.param(
        "2017年7月19日原临汾市人民政府办公厅印发的《临汾市城市供热管理办法》(临政办发〔2017〕66号)同时废止。",
        repealed(
            Target(
                title=HEATING,
                doc_number=HEATING_NUMBER,
                issuer="原临汾市人民政府办公厅",
                issued_date=dt.date(2017, 7, 19),
            )
        ),
        id="seed-date-issuer-title-number",
    ),
    pytest.param(
        "2017 年 7\n\n月 19 日市政府办公厅印发的《临汾市城市供热管理办法》（临政办发〔２０１７〕６６号）同时废止。",
        repealed(
            Target(
                title=HEATING,
                doc_number=HEATING_NUMBER,
                issuer="市政府办公厅",
                issued_date=dt.date(2017, 7, 19),
            )
        ),
        id="line-breaks-and-full-width",
    ),
    pytest.param(
        "二〇二四年十一月三十日市政府印发的《A办法》同时废止。",
        repealed(Target(title="A办法", issuer="市政府", issued_date=dt.date(2024, 11, 30))),
        id="chinese-date-U+3007",
    ),
    pytest.param(
        "二○二四年二月二十九日市政府印发的《A办法》同时废止。",
        repealed(Target(title="A办法", issuer="市政府", issued_date=dt.date(2024, 2, 29))),
        id="chinese-date-U+25CB",
    ),
    pytest.param(
        "本法自2004年1月1日起施行，《中华人民共和国居民身份证条例》同时废止。",
        repealed(Target(title="中华人民共和国居民身份证条例")),
        id="E13-after-effective",
    ),
    pytest.param(
        "本解释公布施行后，最高人民法院于1992年7月14日发布的"
        "《关于适用〈中华人民共和国民事诉讼法〉若干问题的意见》同时废止；",
        repealed(
            Target(
                title="关于适用〈中华人民共和国民事诉讼法〉若干问题的意见",
                issuer="最高人民法院",
                issued_date=dt.date(1992, 7, 14),
            )
        ),
        id="E14-after-publication",
    ),
    pytest.param(
        "市政府决定将《临汾市城市供热管理办法》(临政办发〔2017〕66号)文件予以废止。",
        repealed(Target(title=HEATING, doc_number=HEATING_NUMBER)),
        id="lead-jiang-yuyi",
    ),
    pytest.param(
        "原《临汾市城市供热管理办法》(临政办发〔2017〕66号)自本办法发布之日起废止。",
        repealed(
            Target(title=HEATING, doc_number=HEATING_NUMBER), when=RelativeDate(base=BaseEvent.RELEASED)
        ),
        id="former-from-release",
    ),
    pytest.param(
        "《临汾市城市供热管理办法》(临政办发〔2017〕66号)自2024年6月1日起废止。",
        repealed(Target(title=HEATING, doc_number=HEATING_NUMBER), when=FixedDate(date=dt.date(2024, 6, 1))),
        id="from-a-day",
    ),
    pytest.param(
        "本办法自2024年6月1日起施行，同时废止《临汾市城市供热管理办法》。",
        repealed(Target(title=HEATING)),
        id="verb-first",
    ),
    pytest.param(
        "同时废止《临汾市城市供热管理办法》（临政办发〔2017〕66号）和《临汾市城市节水管理办法》（临政办发〔2018〕12号）。",
        repealed(
            Target(title=HEATING, doc_number=HEATING_NUMBER), Target(title=WATER, doc_number=WATER_NUMBER)
        ),
        id="verb-first-two-numbered",
    ),
    pytest.param(
        "《A办法》、《B办法》及《C办法》同时废止。",
        repealed(Target(title="A办法"), Target(title="B办法"), Target(title="C办法")),
        id="three-titles",
    ),
    pytest.param(
        "《A办法》(晋政发[2017]6号)和《B办法》(晋政发【2018】7号)同时废止。",
        repealed(
            Target(title="A办法", doc_number=DocNumber(agency="晋政发", year=2017, serial=6)),
            Target(title="B办法", doc_number=DocNumber(agency="晋政发", year=2018, serial=7)),
        ),
        id="square-brackets-in-numbers",
    ),
    pytest.param(
        "《临汾市城市供热管理办法》(临政办发〔2017〕66号)一并废止。",
        repealed(Target(title=HEATING, doc_number=HEATING_NUMBER)),
        id="yibing",
    ),
    pytest.param("《临汾市城市供热管理办法》即行废止。", repealed(Target(title=HEATING)), id="jixing"),
    pytest.param(
        "(临政办发〔2017〕66号)同时废止。", repealed(Target(doc_number=HEATING_NUMBER)), id="number-only"
    ),
    pytest.param(
        "本办法施行后，《临汾市城市供热管理办法》同时废止。",
        repealed(Target(title=HEATING)),
        id="after-this-takes-effect",
    ),
    pytest.param(
        "根据《关于废止部分规章的决定》，废止《X办法》。",
        repealed(Target(title="X办法")),
        id="fei-zhi-in-a-cited-title-is-not-the-verb",
    ),
    pytest.param("下列文件予以废止：", repealed(listed=True), id="list-lead-alone"),
    pytest.param(
        "下列文件予以废止：《临汾市城市供热管理办法》(临政办发〔2017〕66号)；《临汾市城市节水管理办法》(临政办发〔2018〕12号)。",
        repealed(
            Target(title=HEATING, doc_number=HEATING_NUMBER),
            Target(title=WATER, doc_number=WATER_NUMBER),
            listed=True,
        ),
        id="list-inline",
    ),
    pytest.param(
        "下列文件同时废止：\n1.《临汾市城市供热管理办法》(临政办发〔2017〕66号)；\n2.《临汾市城市节水管理办法》(临政办发〔2018〕12号)。",
        repealed(
            Target(title=HEATING, doc_number=HEATING_NUMBER),
            Target(title=WATER, doc_number=WATER_NUMBER),
            listed=True,
        ),
        id="list-numbered-lines",
    ),
    pytest.param(
        "一、废止《北京市社会治安综合治理条例》",
        repealed(Target(title="北京市社会治安综合治理条例")),
        id="R2-list-item",
    ),
    pytest.param(
        "一、废止《北京市社会治安综合治理条例》（1992年9月19日北京市第九届人民代表大会常务委员会第三十六次会议通过）",
        repealed(Target(title="北京市社会治安综合治理条例")),
        id="R2-list-item-with-adoption-note",
    ),
    pytest.param(
        "下列条例、补充规定和决定，已纳入本法或者已不适用，自本法施行之日起，予以废止：",
        repealed(when=RelativeDate(base=BaseEvent.EFFECTIVE), listed=True),
        id="R3-list-repealed-on-effect",
    ),
    pytest.param(
        "下列规章，自2025年1月1日起予以废止：\n（一）《临汾市城市供热管理办法》(临政办发〔2017〕66号)；\n（二）《临汾市城市节水管理办法》。",
        repealed(
            Target(title=HEATING, doc_number=HEATING_NUMBER),
            Target(title=WATER),
            when=FixedDate(date=dt.date(2025, 1, 1)),
            listed=True,
        ),
        id="list-lead-comma-date-numbered-lines",
    ),
    pytest.param(
        "临汾市人民政府2017年7月19日印发的《临汾市城市供热管理办法》同时废止。",
        repealed(Target(title=HEATING, issuer="临汾市人民政府", issued_date=dt.date(2017, 7, 19))),
        id="issuer-before-date",
    ),
    pytest.param(
        "本办法自2024年6月1日起施行，同时废止市人民政府办公室印发的《临汾市城市供热管理办法》（临政办发〔2017〕66号）。",
        repealed(Target(title=HEATING, doc_number=HEATING_NUMBER, issuer="市人民政府办公室")),
        id="verb-first-issuer-first",
    ),
    pytest.param(
        "同时废止2017年7月19日印发的《临汾市城市供热管理办法》。",
        repealed(Target(title=HEATING, issued_date=dt.date(2017, 7, 19))),
        id="verb-first-date-first",
    ),
    pytest.param(
        "经研究，市政府决定废止《临汾市城市供热管理办法》。",
        repealed(Target(title=HEATING)),
        id="decided-to-repeal",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_repealed_documents_are_read_from_the_sentence(text, expected):
    findings = parse_clauses(text)
    repeals = [clause for clause in findings.clauses if isinstance(clause, RepealClause)]

    assert [expected] == [fields(clause) for clause in repeals]
    if expected["listed"] and not expected["targets"]:  # a list lead with no list after it: said, not silent
        assert ["no item of it could be read" in p.message for p in findings.problems] == [True]
    else:
        assert () == findings.problems


CLAUSES = [
    ("《A办法》同时废止", repealed(Target(title="A办法"))),
    ("《A办法》予以废止", repealed(Target(title="A办法"))),
    ("《A办法》废止", repealed(Target(title="A办法"))),
    ("《A办法》、《B办法》同时废止", repealed(Target(title="A办法"), Target(title="B办法"))),
    ("《A办法》以及《B办法》同时废止", repealed(Target(title="A办法"), Target(title="B办法"))),
    ("同时废止《A办法》", repealed(Target(title="A办法"))),
    ("同时废止《A办法》和《B办法》", repealed(Target(title="A办法"), Target(title="B办法"))),
    ("下列文件予以废止", repealed(listed=True)),
    ("下列规范性文件同时废止:", repealed(listed=True)),
    (
        "原《A办法》(临政办发〔2017〕66号)自本办法发布之日起废止",
        repealed(
            Target(title="A办法", doc_number=HEATING_NUMBER), when=RelativeDate(base=BaseEvent.RELEASED)
        ),
    ),
    (
        "《A办法》自2024年6月起废止",
        repealed(Target(title="A办法"), when=FixedDate(date=dt.date(2024, 6, 1), precision=Precision.MONTH)),
    ),
    (
        "2017年7月19日印发的《A办法》同时废止",
        repealed(Target(title="A办法", issued_date=dt.date(2017, 7, 19))),
    ),
    (
        "2017年7月19日市人民政府办公室印发的《A办法》(临政办发〔2017〕66号)同时废止",
        repealed(
            Target(
                title="A办法",
                doc_number=HEATING_NUMBER,
                issuer="市人民政府办公室",
                issued_date=dt.date(2017, 7, 19),
            )
        ),
    ),
    (
        "市政府决定将《A办法》(临政办发〔2017〕66号)和《B办法》(临政办发〔2018〕12号)予以废止",
        repealed(
            Target(title="A办法", doc_number=HEATING_NUMBER), Target(title="B办法", doc_number=WATER_NUMBER)
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSES)
def test_repeal_clause_is_read(text, expected):
    clause = parse_clause(text, "repeal")

    assert isinstance(clause, RepealClause)
    assert expected == fields(clause)
    assert text == clause.text


@pytest.mark.parametrize("date", ["2024年2月30日", "2023年2月29日", "2024年4月31日"])
def test_impossible_issue_date_of_a_target_is_an_error_not_a_clamped_date(date):
    with pytest.raises(InvalidDateError) as caught:
        parse_clause(f"{date}印发的《A办法》同时废止", "repeal")

    assert str(caught.value).startswith("<text>:1:1: ")


@pytest.mark.parametrize("date", ["2024年2月30日", "2023年2月29日", "2024年4月31日"])
def test_impossible_issue_date_in_a_sentence_is_a_problem_at_its_column(date):
    findings = parse_clauses(f"本办法自印发之日起施行，{date}印发的《A办法》同时废止。", file="gazette.txt")

    assert [] == [clause for clause in findings.clauses if isinstance(clause, RepealClause)]
    assert 1 == len(findings.problems)
    assert str(findings.problems[0]).startswith("gazette.txt:1:13: ")


def test_impossible_repeal_day_is_an_error_at_that_day():
    with pytest.raises(InvalidDateError) as caught:
        parse_clause("《A办法》自2023年2月29日起废止", "repeal")

    assert str(caught.value).startswith("<text>:1:7: ")
