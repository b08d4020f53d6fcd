"""Phrasings found by stress-testing the finder on text it had never seen (subjects, numerals, ranges, 文号 forms,
quoted and reported clauses), each with the values a careful reader takes from it."""

from __future__ import annotations

import pytest

from validity.clause_finder import parse_clauses
from validity.formats import json as json_format

FIELDS = ("date", "base", "precision", "until", "starts", "duration", "trial", "ordinal", "by")


def read(text: str) -> list[dict[str, object]]:
    """Each clause as its kind and the fields that carry a value."""
    found = []
    for clause in parse_clauses(text).clauses:
        payload = json_format.clause(clause)
        values = {key: payload[key] for key in FIELDS if payload.get(key) not in (None, False, 0, "day")}
        if "targets" in payload and payload["kind"] != "expiry":
            values["targets"] = [(t["title"], t["doc_number"]) for t in payload["targets"]]  # type: ignore[attr-defined]
        found.append({"kind": payload["kind"], **values})
    return found


def effective(**values: object) -> dict[str, object]:
    return {"kind": "effective", **values}


def expiry(**values: object) -> dict[str, object]:
    return {"kind": "expiry", **values}


def repeal(*targets: tuple[str, str | None]) -> dict[str, object]:
    return {"kind": "repeal", "targets": list(targets)}


CASES = [
    # subjects with a modifier, and less common 文种
    ("本管理暂行办法自2024年10月1日起施行。", [effective(date="2024-10-01")]),
    ("本行动方案自印发之日起实施。", [effective(base="印发")]),
    ("本指导意见自印发之日起施行。", [effective(base="印发")]),
    ("本补充通知自印发之日起执行。", [effective(base="印发")]),
    ("本章程自通过之日起施行。", [effective(base="通过")]),
    ("本指引自发布之日起施行。", [effective(base="发布")]),
    ("本规定自颁发之日起施行。", [effective(base="印发")]),
    ("本通知自文件印发之日起执行。", [effective(base="印发")]),
    # numerals and times of day
    ("本办法自二0二五年一月一日起施行。", [effective(date="2025-01-01")]),
    ("本办法自二O二五年一月一日起施行。", [effective(date="2025-01-01")]),
    ("本办法自二〇二五年元月一日起施行。", [effective(date="2025-01-01")]),
    ("本办法自2024年1月1日零时起施行。", [effective(date="2024-01-01")]),
    ("本办法有效期至2027年12月31日24时。", [expiry(until="2027-12-31")]),
    ("本办法自2024年1月1日起施行.", [effective(date="2024-01-01")]),
    # a first and a last day at once
    ("本通知自2024年1月1日起至2024年12月31日止执行。", [expiry(starts="2024-01-01", until="2024-12-31")]),
    ("本政策自2023年1月1日至2027年12月31日执行。", [expiry(starts="2023-01-01", until="2027-12-31")]),
    ("本办法有效期自2024年1月1日起至2028年12月31日止。", [expiry(starts="2024-01-01", until="2028-12-31")]),
    # terms
    (
        "本办法自2025年1月1日起施行，至2027年12月31日止。",
        [effective(date="2025-01-01"), expiry(until="2027-12-31")],
    ),
    ("本办法有效期截至2027年12月31日。", [expiry(until="2027-12-31")]),
    ("本办法有效期截止到2027年12月31日。", [expiry(until="2027-12-31")]),
    (
        "本细则自2025年1月1日起试行，试行二年。",
        [effective(date="2025-01-01"), expiry(duration="P2Y", trial=True)],
    ),
    ("本办法自2025年1月1日起施行，有效期暂定3年。", [effective(date="2025-01-01"), expiry(duration="P3Y")]),
    ("本办法有效期五年整。", [expiry(duration="P5Y")]),
    # a misprinted 施行 date does not take the term beside it away
    ("本办法自2024年2月30日起施行，有效期至2025年12月31日。", [expiry(until="2025-12-31")]),
    # repeal targets: a year-only issue date, 文号 forms of citations, titles side by side, 决定：废止
    ("2019年印发的《临汾市A办法》同时废止。", [repeal(("临汾市A办法", None))]),
    ("2019年8月印发的《临汾市A办法》同时废止。", [repeal(("临汾市A办法", None))]),
    ("《临汾市A办法》（临政发（2015）12号）同时废止。", [repeal(("临汾市A办法", "临政发〔2015〕12号"))]),
    ("《临汾市A办法》（临政发〔2015〕7号文）同时废止。", [repeal(("临汾市A办法", "临政发〔2015〕7号"))]),
    ("《临汾市A办法》（临政发2015年7号）同时废止。", [repeal(("临汾市A办法", "临政发〔2015〕7号"))]),
    (
        "《大同市养犬管理办法》《大同市犬只收容规定》同时废止。",
        [repeal(("大同市养犬管理办法", None), ("大同市犬只收容规定", None))],
    ),
    ("《临汾市A办法》（临政办发〔2017〕66号）一并废止。", [repeal(("临汾市A办法", "临政办发〔2017〕66号"))]),
    (
        "市人民政府决定：废止《临汾市A办法》（临政发〔2015〕7号）。",
        [repeal(("临汾市A办法", "临政发〔2015〕7号"))],
    ),
    # supersession
    ("其他有关规定与本办法不一致的，按本办法执行。", [{"kind": "supersession"}]),
    ("此前发布的文件与本通知精神不一致的，以本通知精神为准。", [{"kind": "supersession"}]),
    # an order, a cover note, a history in one bracket
    (
        "《临汾市城市绿化管理办法》已经2024年11月20日市人民政府第30次常务会议通过，现予公布施行。",
        [effective(base="公布")],
    ),
    (
        "（2021年6月8日最高人民法院审判委员会第1841次会议通过，自2021年6月16日起施行）",
        [effective(date="2021-06-16")],
    ),
    (
        "（2012年5月4日临汾市人民政府令第1号公布，根据2018年12月20日临汾市人民政府令第8号第一次修正，"
        "根据2021年3月1日临汾市人民政府令第12号第二次修正）",
        [
            {"kind": "amendment", "ordinal": 1, "date": "2018-12-20", "by": "临汾市人民政府令第8号"},
            {"kind": "amendment", "ordinal": 2, "date": "2021-03-01", "by": "临汾市人民政府令第12号"},
        ],
    ),
    # a clause at the end of a line with no 。, then a new article or the signature
    (
        "第二十条 本办法自2024年10月1日起施行，有效期5年\n第二十一条 本办法由市公安局负责解释",
        [effective(date="2024-10-01"), expiry(duration="P5Y")],
    ),
    (
        "二、本通知自2024年10月1日起施行，有效期至2026年12月31日\n某某市人民政府办公室\n2024年8月23日",
        [effective(date="2024-10-01"), expiry(until="2026-12-31")],
    ),
    ("本通知自印发之日起施行\n\n临汾市人民政府办公室\n\n2024年8月23日", [effective(base="印发")]),
    ("增长\n1.5倍。本办法自2024年1月1日起施行。", [effective(date="2024-01-01")]),
    # brackets, dashes, provisional terms, amending acts after who decides
    ("本办法自印发之日起施行（有效期5年）。", [effective(base="印发"), expiry(duration="P5Y")]),
    ("本细则有效期3年（2025年1月1日至2027年12月31日）。", [expiry(duration="P3Y")]),
    ("本公告执行期限为2024年1月1日—2026年12月31日。", [expiry(starts="2024-01-01", until="2026-12-31")]),
    ("本办法自发布之日起施行，暂行两年。", [effective(base="发布"), expiry(duration="P2Y", trial=True)]),
    ("市人民政府决定对《临汾市城市绿化管理办法》作如下修改：", [{"kind": "amendment"}]),
    ("此前有关规定与本通知不一致的，停止执行。", [{"kind": "cessation", "targets": [(None, None)]}]),
    # round two: 实行, dated repeals of laws, sunsets, 执行至 after the effective clause, 施行期限
    ("第三十条\u3000本办法自发布之日起实行。", [effective(base="发布")]),
    (
        "第五十条\u3000本条例自2025年5月1日起施行。1997年8月15日山西省第八届人民代表大会常务委员会第二十九次会议"
        "通过的《山西省城市房地产交易管理条例》同时废止。",
        [effective(date="2025-05-01"), repeal(("山西省城市房地产交易管理条例", None))],
    ),
    (
        "2004年6月1日市人民政府令第3号公布的《晋城市城市绿化管理办法》同时废止。",
        [repeal(("晋城市城市绿化管理办法", None))],
    ),
    (
        "本办法自二〇二五年一月一日起施行，二〇二九年十二月三十一日废止。",
        [effective(date="2025-01-01"), expiry(until="2029-12-30")],
    ),
    (
        "本公告自2024年1月1日起施行，执行至2027年12月31日。",
        [effective(date="2024-01-01"), expiry(until="2027-12-31")],
    ),
    ("本办法自2025年1月1日起施行，施行期限为3年。", [effective(date="2025-01-01"), expiry(duration="P3Y")]),
    # repeal decisions: 以下N件, a list whose last line runs into the decision's own clause
    (
        "经研究，决定对以下2件市政府规范性文件予以废止：\n一、《临汾市A办法》（临政发〔2012〕15号）；\n"
        "二、《临汾市B办法》（临政发〔2010〕20号）。\n本决定自公布之日起施行。",
        [
            {
                "kind": "repeal",
                "targets": [("临汾市A办法", "临政发〔2012〕15号"), ("临汾市B办法", "临政发〔2010〕20号")],
            },
            effective(base="公布"),
        ],
    ),
    (
        "经研究，决定废止下列规范性文件：\n1.《运城市A办法》（运政发〔2014〕3号）\n2.《运城市B规定》（运政办发〔2015〕11号）\n"
        "本决定自印发之日起施行。",
        [
            {
                "kind": "repeal",
                "targets": [("运城市A办法", "运政发〔2014〕3号"), ("运城市B规定", "运政办发〔2015〕11号")],
            },
            effective(base="印发"),
        ],
    ),
    ("市司法局拟对《临汾市A办法》予以废止，现公开征求社会各界意见。", []),
    (
        "决定对下列州政府规范性文件予以废止：\n一、延边州人民政府关于印发延边州城市供热管理办法的通知(延州政发〔2013〕21 号)\n"
        "二、延边州人民政府办公室关于加强城市管理的通知(延州政办发〔2018〕35号)",
        [
            {
                "kind": "repeal",
                "targets": [
                    ("延边州人民政府关于印发延边州城市供热管理办法的通知", "延州政发〔2013〕21号"),
                    ("延边州人民政府办公室关于加强城市管理的通知", "延州政办发〔2018〕35号"),
                ],
            }
        ],
    ),
    # an extension by anaphor after the organ's consent; someone else's terms
    (
        "《临汾市A措施》（临政办发〔2021〕12号）有效期至2024年12月31日。经评估，市人民政府同意将其有效期延长至2026年12月31日。",
        [{"kind": "expiry", "until": "2026-12-31"}],
    ),
    (
        "本办法自2025年1月1日起施行。本办法施行前已核发的许可证，有效期延长至2025年12月31日。",
        [effective(date="2025-01-01")],
    ),
    ("五、增加一条，作为第三十一条：“本办法有效期至2029年12月31日。”", []),
    (
        "本办法自2025年1月1日起施行。\n附件：临汾市A项目补贴申请表（有效期至2025年12月31日）",
        [effective(date="2025-01-01")],
    ),
    # histories and notes under a title
    (
        "（2008年2月20日临汾市人民政府令第10号公布\u3000根据2015年6月3日临汾市人民政府令第30号修改\u3000"
        "根据2020年12月30日临汾市人民政府令第5号修正）\n第一章\u3000总\u3000则",
        [
            {"kind": "amendment", "date": "2015-06-03", "by": "临汾市人民政府令第30号"},
            {"kind": "amendment", "date": "2020-12-30", "by": "临汾市人民政府令第5号"},
        ],
    ),
    (
        "法释〔2024〕5号\n（2024年3月18日最高人民法院审判委员会第1919次会议通过，自2024年4月1日起施行）\n为正确审理X案件，制定本解释。",
        [effective(date="2024-04-01")],
    ),
    (
        "（2017年12月1日山西省人民代表大会常务委员会第四十二次会议通过\u30002017年12月1日公布\u3000自2018年3月1日起施行）",
        [effective(date="2018-03-01")],
    ),
    (
        "二、对《朔州市B办法》（朔政发〔2013〕7号）作如下修改：将第五条中的“市建设局”修改为“市住房和城乡建设局”。",
        [{"kind": "amendment"}],
    ),
    # not this document's: permits, powers, published results, another plan's history, a bare ordinal
    ("建设用地批准文件有效期为1年，逾期未开工的，批准文件自行失效。", []),
    ("对不符合法律法规的规范性文件，由市人民政府决定停止执行。", []),
    ("评定结果经市人民政府审定后予以公布，自公布之日起生效。", []),
    ("该预案于2023年5月10日进行了第二次修订。", []),
    ("第一次修正", []),
    # not this document's: quoted new wording, another law's words, one article's own date, a policy's period
    ("十、将第三十条修改为：“本办法自2025年1月1日起施行。”", []),
    ("《行政许可法》第八十三条规定，本法自2004年7月1日起施行。", []),
    ("本办法自2025年1月1日起施行。第八条自2025年7月1日起施行。", [effective(date="2025-01-01")]),
    ("从2022年1月1日起至2022年12月31日，对符合条件的企业实施稳岗返还。", []),
    ("具体事项按本通知执行。", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[text[:24] for text, _ in CASES])
def test_the_phrasing_is_read_as_a_careful_reader_reads_it(
    text: str, expected: list[dict[str, object]]
) -> None:
    assert read(text) == expected


def test_a_clause_that_ends_more_documents_than_it_names_says_so() -> None:
    findings = parse_clauses("对《晋中市A办法》等2件市政府规范性文件宣布失效。")
    assert [(c.kind.value, len(c.targets)) for c in findings.clauses] == [("cessation", 1)]  # type: ignore[attr-defined]
    assert ["ends 2 documents but names 1" in p.message for p in findings.problems] == [True]


def test_documents_declared_void_in_a_list_are_read_like_a_repeal_list() -> None:
    findings = parse_clauses(
        "决定宣布失效下列文件：\n《大同市A通知》（同政办发〔2016〕3号）；\n《大同市B通知》（同政办发〔2017〕5号）。"
    )
    assert [len(c.targets) for c in findings.clauses] == [2]  # type: ignore[attr-defined]


def test_the_rest_of_a_counted_repeal_is_taken_from_the_annex_that_lists_it() -> None:
    text = (
        "经清理，市人民政府决定：对《晋中市城市公共停车场管理办法》等2件市政府规范性文件予以废止。\n"
        "本决定自公布之日起施行。\n附件：决定废止的市政府规范性文件目录\n晋中市人民政府\n2025年3月28日\n"
        "附件\n决定废止的市政府规范性文件目录\n"
        "1.晋中市人民政府关于印发晋中市城市公共停车场管理\n办法的通知（市政发〔2020〕12 号）\n"
        "2.晋中市人民政府关于印发晋中市农村集体资产管理暂\n行办法的通知（市政规发〔2020〕2 号）\n"
    )
    findings = parse_clauses(text)
    (repeal,) = [c for c in findings.clauses if c.kind.value == "repeal"]
    assert [(t.title, str(t.doc_number)) for t in repeal.targets] == [  # type: ignore[attr-defined]
        ("晋中市城市公共停车场管理办法", "市政发〔2020〕12号"),
        ("晋中市人民政府关于印发晋中市农村集体资产管理暂行办法的通知", "市政规发〔2020〕2号"),
    ]
    assert findings.problems == ()


@pytest.mark.parametrize(
    "text",
    ["本办法自2024年6月1日起施行，有效期自印发之日起5年。", "《A办法》（临政发〔2020〕3号）有效期延长2年。"],
)
def test_a_term_the_grammar_cannot_date_is_a_problem_not_silence(text: str) -> None:
    findings = parse_clauses(text)
    assert [c.kind.value for c in findings.clauses if c.kind.value == "expiry"] == []
    assert ["looks like an expiry clause" in p.message for p in findings.problems] == [True]
