"""Look-alikes the finder must leave alone (notes §3.7), each named, and the real clauses beside them.

关于废止《X》的通知 is a title: the notice that does the repealing says so in its own body (…同时废止, 现将
《X》予以废止), so the phrase inside a sentence or as a heading is not a repeal clause.
"""

import pytest

from validity.clause_finder import parse_clauses
from validity.clauses import ClauseKind

EFFECTIVE, EXPIRY, REPEAL = ClauseKind.EFFECTIVE, ClauseKind.EXPIRY, ClauseKind.REPEAL
CESSATION, SUPERSESSION, AMENDMENT = ClauseKind.CESSATION, ClauseKind.SUPERSESSION, ClauseKind.AMENDMENT
ALL = frozenset(ClauseKind)

TRAPS = [
    # 有效期 of something that is not the document (X5, X7)
    pytest.param("经认定的市级新型研发机构有效期为3年。", {EXPIRY}, id="X5-term-of-a-qualification"),
    pytest.param("登记证有效期三年。", {EXPIRY}, id="X5-term-of-a-licence"),
    pytest.param("证书有效期两年。", {EXPIRY}, id="term-of-a-certificate"),
    pytest.param("认定结果有效期至2026年12月31日。", {EXPIRY}, id="term-of-a-result-until-a-day"),
    pytest.param("证书有效期至2027年12月31日。", {EXPIRY}, id="term-of-a-certificate-until-a-day"),
    pytest.param(
        "养犬登记证有效期至犬只狂犬病免疫间隔期届满之日。", {EXPIRY}, id="X7-until-an-event-not-a-day"
    ),
    pytest.param("维持有效期不变。", {EXPIRY}, id="term-kept-unchanged"),
    pytest.param("有效期管理的物资。", {EXPIRY}, id="goods-managed-by-shelf-life"),
    pytest.param("有效期届满前30日内提出申请。", {EXPIRY}, id="before-a-term-ends"),
    pytest.param(
        "许可证有效期为5年，有效期届满需要延续的，应当在届满30日前提出申请。", {EXPIRY}, id="licence-renewal"
    ),
    pytest.param("有效期为2年的证书到期后需重新申请。", {EXPIRY}, id="term-as-an-attribute"),
    pytest.param("本办法有效期内，已认定的企业可继续享受政策。", {EXPIRY}, id="within-this-term"),
    pytest.param("本办法所称有效期，是指许可证的有效期。", {EXPIRY}, id="definition-of-the-word"),
    # periods and deadlines that are not the document's term (X6)
    pytest.param("规划期为2021-2025年。", {EXPIRY, EFFECTIVE}, id="planning-period"),
    pytest.param("《临汾市“十四五”规划》(2021-2025年)", {EXPIRY, EFFECTIVE}, id="planning-period-in-a-title"),
    pytest.param("工作专班自成立起运行至2025年底。", {EXPIRY, EFFECTIVE}, id="task-force-runs-until"),
    pytest.param("留抵退税申请时间，延长至每月最后一个工作日。", {EXPIRY}, id="X6-extended-to-no-date"),
    pytest.param("申报期限延长至2024年6月30日。", {EXPIRY}, id="filing-deadline-extended"),
    pytest.param("上述政策延续执行至2027年12月31日。", {EXPIRY}, id="continued-policy-not-this-document"),
    pytest.param("本办法执行到期后自动失效。", {EXPIRY, CESSATION}, id="runs-out-no-date"),
    # 施行 / 实施 / 执行 that is not this document taking effect
    pytest.param("依法实施行政处罚。", {EFFECTIVE}, id="imposing-a-penalty"),
    pytest.param("由市政府组织实施。", {EFFECTIVE}, id="organising-implementation"),
    pytest.param("请认真贯彻执行。", {EFFECTIVE}, id="please-implement"),
    pytest.param("上述政策自2024年1月1日起执行。", {EFFECTIVE}, id="another-policy-from-a-day"),
    pytest.param("具体实施办法自2024年1月1日起执行。", {EFFECTIVE}, id="other-measures-from-a-day"),
    pytest.param("该办法自2024年1月1日起施行。", {EFFECTIVE}, id="that-document-not-this-one"),
    pytest.param(
        "新修订的《中华人民共和国行政复议法》自2024年1月1日起施行。",
        {EFFECTIVE},
        id="a-cited-law-takes-effect",
    ),
    pytest.param("修订后的标准自2024年1月1日起施行。", {EFFECTIVE, AMENDMENT}, id="revised-standard"),
    pytest.param(
        "本措施适用对象奖补时间从2024年1月1日开始计。", {EFFECTIVE}, id="subsidy-counted-from-a-day"
    ),
    pytest.param("自收到缴费通知之日起10个工作日内缴纳。", {EFFECTIVE}, id="deadline-from-a-notice"),
    pytest.param("自2024年1月1日起，各地不得新增审批事项。", {EFFECTIVE}, id="rule-from-a-day"),
    pytest.param("本办法施行前已经批准的项目，仍按原规定执行。", {EFFECTIVE}, id="before-this-takes-effect"),
    pytest.param("本办法第十条自2025年1月1日起施行。", {EFFECTIVE}, id="one-article-from-a-day"),
    # 以…为准 that is not this document prevailing
    pytest.param("以复核意见为准。", {SUPERSESSION}, id="review-opinion-prevails"),
    pytest.param("以实际发生额为准。", {SUPERSESSION}, id="actual-amount-prevails"),
    pytest.param("与本办法不一致的，以上级规定为准。", {SUPERSESSION}, id="higher-rules-prevail"),
    pytest.param(
        "以本人签字为准。",
        {SUPERSESSION},
        id="own-signature-prevails",
    ),
    pytest.param(
        "以本次公布的名单为准。",
        {SUPERSESSION},
        id="this-list-prevails",
    ),
    # 停止 / 失效 / 不再 that is not a document ceasing
    pytest.param("资格失效。", {CESSATION}, id="qualification-lapses"),
    pytest.param("停止使用。", {CESSATION}, id="stop-using"),
    pytest.param("不再另行发文。", {CESSATION}, id="no-further-notice"),
    pytest.param("不再适用本办法。", {CESSATION}, id="this-no-longer-applies-to-someone"),
    pytest.param("对违规企业停止执行优惠政策。", {CESSATION}, id="benefits-withdrawn-from-a-firm"),
    pytest.param(
        "申请人不再符合条件的，停止执行优惠政策。", {CESSATION}, id="benefits-withdrawn-on-condition"
    ),
    # 废止 that is not a repeal by this document
    pytest.param("关于废止《临汾市城市供热管理办法》的通知", {REPEAL}, id="repealing-notice-title"),
    pytest.param(
        "市政府印发了关于废止《临汾市城市供热管理办法》的通知。",
        {REPEAL},
        id="repealing-notice-title-in-a-sentence",
    ),
    pytest.param("已废止的文件不得作为行政管理的依据。", {REPEAL}, id="already-repealed-documents"),
    pytest.param("废止的文件目录见附件。", {REPEAL}, id="list-of-repealed-documents"),
    pytest.param("对已经废止或者失效的文件及时清理。", {REPEAL, CESSATION}, id="clean-up-repealed-or-void"),
    pytest.param("有关文件废止后，应当及时公布。", {REPEAL}, id="after-a-repeal"),
    pytest.param("《临汾市城市供热管理办法》已经废止。", {REPEAL}, id="reported-as-already-repealed"),
    pytest.param("提请市政府废止《临汾市城市供热管理办法》。", {REPEAL}, id="proposal-to-repeal"),
    pytest.param("建议废止《临汾市城市供热管理办法》。", {REPEAL}, id="recommendation-to-repeal"),
    pytest.param("依法予以废止。", {REPEAL}, id="repeal-with-no-target"),
    # 修订 / 修正 that is not an amendment of a text
    pytest.param("各级应急管理部门要修订完善应急预案。", {AMENDMENT}, id="revise-and-improve-plans"),
    pytest.param("加强标准制修订工作。", {AMENDMENT}, id="drafting-and-revising-standards"),
    pytest.param("本实施细则将同步进行修订。", {AMENDMENT}, id="will-be-revised"),
    pytest.param(
        "本办法有效期满后，根据实施情况依法评估修订。", {AMENDMENT, EXPIRY}, id="revise-after-review"
    ),
    pytest.param("《矿产资源规划编制实施办法》(2019年修正)", {AMENDMENT}, id="edition-mark-of-a-cited-title"),
    pytest.param(
        "根据《矿产资源规划编制实施办法》(2019年修正)，制定本办法。",
        {AMENDMENT},
        id="edition-mark-in-a-sentence",
    ),
    pytest.param("1979年7月1日 第五届全国人民代表大会第二次会议通过", {AMENDMENT}, id="H1-adoption-line"),
    pytest.param(
        "应急预案不符合要求的，责令限期修订。",
        {AMENDMENT},
        id="ordered-to-revise",
    ),
    pytest.param(
        "各地可根据省政府决定适时修订。",
        {AMENDMENT},
        id="may-revise-under-a-decision",
    ),
]


@pytest.mark.parametrize(("text", "kinds"), TRAPS)
def test_trap_is_not_a_clause(text, kinds):
    findings = parse_clauses(text)

    assert [] == [(clause.kind, clause.quote) for clause in findings.clauses if clause.kind in kinds]


@pytest.mark.parametrize(
    "text",
    [
        "经认定的市级新型研发机构有效期为3年。",
        "依法实施行政处罚。",
        "请认真贯彻执行。",
        "停止使用。",
        "规划期为2021-2025年。",
        "《矿产资源规划编制实施办法》(2019年修正)",
        "市政府印发了关于废止《临汾市城市供热管理办法》的通知。",
    ],
)
def test_plain_trap_is_not_even_a_problem(text):
    assert () == parse_clauses(text).problems


# Clauses that speak of something else, found by the stress tests on unseen text
OTHERS = [
    pytest.param(
        "我们出台了《平遥县古城保护管理办法》，自2019年3月1日起施行。",
        ALL,
        id="a-report-tells-of-another-document",
    ),
    pytest.param(
        "各县（市、区）人民政府可以参照本办法制定实施细则，自发布之日起施行。",
        ALL,
        id="the-counties-own-rules",
    ),
    pytest.param("评定结果经公示无异议后，自公布之日起生效。", ALL, id="a-rating-result-takes-effect"),
    pytest.param("行政复议期间，原行政处罚决定不停止执行。", ALL, id="not-suspended"),
    pytest.param("具体申报时间以本通知规定为准。", ALL, id="a-detail-settled-by-this-notice"),
    pytest.param(
        "对符合条件的，颁发准予登记证明。有效期为三年，期满需继续经营的，应当重新申请。",
        ALL,
        id="a-certificate-term-as-a-sentence-of-its-own",
    ),
    pytest.param("对符合条件的，颁发准予登记证明。有效期为三年。", ALL, id="a-term-after-a-certificate"),
    pytest.param("2025年底前完成《临汾市A办法》修订。", ALL, id="a-revision-deadline"),
    pytest.param("2024年12月31日前完成第一次修订。", ALL, id="a-first-revision-deadline"),
]


@pytest.mark.parametrize(("text", "kinds"), OTHERS)
def test_a_clause_about_something_else_is_not_the_documents(text, kinds):
    findings = parse_clauses(text)

    assert [clause.quote for clause in findings.clauses if clause.kind in kinds] == []


# A trap beside a real clause: the real clause is found, and only it.
CONTROLS = [
    pytest.param(
        "本办法自2024年1月1日起施行，经认定的市级新型研发机构有效期为3年。",
        [(EFFECTIVE, "本办法自2024年1月1日起施行")],
        id="effective-beside-a-qualification-term",
    ),
    pytest.param(
        "本办法自2024年1月1日起施行，登记证有效期三年。",
        [(EFFECTIVE, "本办法自2024年1月1日起施行")],
        id="effective-beside-a-licence-term",
    ),
    pytest.param(
        "本意见自印发之日起施行，有效期至2027年12月31日，登记证有效期三年。",
        [(EFFECTIVE, "本意见自印发之日起施行"), (EXPIRY, "有效期至2027年12月31日")],
        id="own-term-then-a-licence-term",
    ),
    pytest.param(
        "经认定的市级新型研发机构有效期为3年。本办法有效期为5年。",
        [(EXPIRY, "本办法有效期为5年")],
        id="qualification-term-then-own-term",
    ),
    pytest.param(
        "本办法自印发之日起施行，有效期5年，有效期管理的物资按原规定执行。",
        [(EFFECTIVE, "本办法自印发之日起施行"), (EXPIRY, "有效期5年")],
        id="own-term-then-shelf-life",
    ),
    pytest.param(
        "各单位要认真贯彻执行，本办法自2024年1月1日起施行。",
        [(EFFECTIVE, "本办法自2024年1月1日起施行")],
        id="please-implement-then-effective",
    ),
    pytest.param(
        "本通知自印发之日起执行，请认真贯彻执行。",
        [(EFFECTIVE, "本通知自印发之日起执行")],
        id="effective-then-please-implement",
    ),
    pytest.param(
        "本办法自2024年1月1日起施行，上述政策自2024年1月1日起执行。",
        [(EFFECTIVE, "本办法自2024年1月1日起施行")],
        id="own-effective-then-another-policy",
    ),
    pytest.param(
        "本办法自公布之日起施行，自收到缴费通知之日起10个工作日内缴纳。",
        [(EFFECTIVE, "本办法自公布之日起施行")],
        id="effective-then-a-payment-deadline",
    ),
    pytest.param(
        "规划期为2021-2025年，本规划自印发之日起实施。",
        [(EFFECTIVE, "本规划自印发之日起实施")],
        id="planning-period-then-effective",
    ),
    pytest.param(
        "工作专班自成立起运行至2025年底，本方案自印发之日起实施。",
        [(EFFECTIVE, "本方案自印发之日起实施")],
        id="task-force-then-effective",
    ),
    pytest.param(
        "本措施适用对象奖补时间从2024年1月1日开始计，本措施自2024年1月1日起施行，有效期至2025年12月31日。",
        [(EFFECTIVE, "本措施自2024年1月1日起施行"), (EXPIRY, "有效期至2025年12月31日")],
        id="subsidy-counting-then-effective-and-term",
    ),
    pytest.param(
        "以复核意见为准，本办法自2024年6月1日起施行。",
        [(EFFECTIVE, "本办法自2024年6月1日起施行")],
        id="review-opinion-then-effective",
    ),
    pytest.param(
        "与本办法不一致的，以本办法为准，以复核意见为准。",
        [(SUPERSESSION, "以本办法为准")],
        id="own-supersession-then-review-opinion",
    ),
    pytest.param(
        "本办法自2024年1月1日起施行，资格失效的企业不得申报。",
        [(EFFECTIVE, "本办法自2024年1月1日起施行")],
        id="effective-then-a-lapsed-qualification",
    ),
    pytest.param(
        "市政府印发了关于废止《A办法》的通知，《B办法》同时废止。",
        [(REPEAL, "《B办法》同时废止")],
        id="repealing-notice-title-then-a-repeal",
    ),
    pytest.param(
        "根据《关于废止部分规章的决定》，废止《X办法》。",
        [(REPEAL, "废止《X办法》")],
        id="repeal-word-in-a-title-then-a-repeal",
    ),
    pytest.param(
        "本实施细则自2024年6月1日起施行，本实施细则将同步进行修订。",
        [(EFFECTIVE, "本实施细则自2024年6月1日起施行")],
        id="effective-then-will-be-revised",
    ),
    pytest.param(
        "2011年1月8日 《国务院关于废止和修改部分行政法规的决定》第一次修订",
        [(AMENDMENT, "2011年1月8日《国务院关于废止和修改部分行政法规的决定》第一次修订")],
        id="repeal-word-in-an-amending-title",
    ),
    pytest.param(
        "本办法自2024年6月1日起施行。有效期为三年。",
        [(EFFECTIVE, "本办法自2024年6月1日起施行"), (EXPIRY, "有效期为三年")],
        id="a-term-in-the-sentence-after-the-effective-clause",
    ),
    pytest.param(
        "本办法由市发展改革委负责解释，自2024年6月1日起施行。",
        [(EFFECTIVE, "自2024年6月1日起施行")],
        id="interpreted-by-then-effective-without-subject",
    ),
    pytest.param(
        "《临汾市城市供热管理办法》已经2024年5月20日市人民政府第40次常务会议通过，现予公布，自2024年7月1日起施行。",
        [(EFFECTIVE, "自2024年7月1日起施行")],
        id="an-order-promulgates-then-effective",
    ),
    pytest.param(
        "本办法自2024年6月1日起施行，《矿产资源规划编制实施办法》(2019年修正)同时废止。",
        [
            (EFFECTIVE, "本办法自2024年6月1日起施行"),
            (REPEAL, "《矿产资源规划编制实施办法》(2019年修正)同时废止"),
        ],
        id="edition-mark-in-a-repealed-title",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_real_clause_beside_a_trap_is_found_alone(text, expected):
    findings = parse_clauses(text)

    assert expected == [(clause.kind, clause.quote) for clause in findings.clauses]
