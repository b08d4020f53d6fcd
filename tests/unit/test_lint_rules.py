"""Lint rules on small drafts written here: the edge of each rule, and the false findings it must not give."""

import datetime as dt

import pytest

from validity.corpus import Corpus
from validity.errors import UsageError
from validity.lint import LintOptions, lint_documents
from validity.periods import TermConvention
from validity.reader import read_drafts, read_gazette

TODAY = dt.date(2024, 6, 1)


def notice(
    clause: str,
    *,
    number: str = "某政规发〔2024〕31号",
    title: str = "某某市测试管理办法",
    signed: str = "2024年6月10日",
) -> str:
    """A 规范性文件 as a gazette prints it, with ``clause`` as its last article."""
    return (
        f"某某市人民政府关于印发{title}的通知\n\n{number}\n\n各县（市、区）人民政府：\n\n"
        f"现将《{title}》印发给你们，请认真贯彻执行。\n\n某某市人民政府\n\n{signed}\n\n（此件公开发布）\n\n"
        f"{title}\n\n第一条　为了加强管理，制定本办法。\n\n第二条　{clause}\n"
    )


def lint(tmp_path, clause, *, corpus=(), **options):
    """(code, severity, message) of every finding of a one-notice draft, against a corpus of notices."""
    draft = tmp_path / "draft.txt"
    draft.write_text(notice(clause), encoding="utf-8")
    published = tmp_path / "published.txt"
    published.write_text("\n".join(corpus), encoding="utf-8")
    gazettes = [read_gazette(published)] if corpus else []
    convention = options.pop("convention", TermConvention.FIRST_DAY_COUNTS)
    lint_options = LintOptions(today=options.pop("today", TODAY), convention=convention, **options)
    findings = lint_documents(
        read_drafts(draft),
        published=Corpus.from_gazettes(gazettes, convention=convention),
        options=lint_options,
    )
    return [(f.rule.code, f.severity.value, f.message) for f in findings]


def codes(findings):
    return [code for code, _severity, _message in findings]


# ── V114: a repeal target's 文号 and title ──

GREENING = "某某市城市绿化管理办法"
GREENING_2018 = notice(
    "本办法自2018年3月1日起施行。", number="某政发〔2018〕1号", title=GREENING, signed="2018年2月1日"
)
GREENING_2021 = notice(
    f"本办法自2021年3月1日起施行。《{GREENING}》（某政发〔2018〕1号）同时废止。",
    number="某政发〔2021〕2号",
    title=GREENING,
    signed="2021年2月1日",
)


def test_v114_a_title_shared_by_two_documents_is_no_mismatch(tmp_path):
    """The 2021 text replaced the 2018 one under the same title: naming the 2021 文号 is right."""
    clause = (
        f"本办法自2024年6月20日起施行，有效期至2029年6月19日。《{GREENING}》（某政发〔2021〕2号）同时废止。"
    )

    assert [] == lint(tmp_path, clause, corpus=[GREENING_2018, GREENING_2021])


def test_v114_a_doc_number_naming_another_title_is_a_mismatch(tmp_path):
    clause = "本办法自2024年6月20日起施行，有效期至2029年6月19日。《某某市停车管理办法》（某政发〔2021〕2号）同时废止。"

    findings = lint(tmp_path, clause, corpus=[GREENING_2018, GREENING_2021])

    assert [
        (
            "V114",
            "error",
            f"某政发〔2021〕2号 is 《某某市人民政府关于印发{GREENING}的通知》 in the corpus, not 《某某市停车管理办法》",
        )
    ] == findings


def test_v114_a_title_whose_doc_number_is_unknown_is_a_mismatch(tmp_path):
    clause = (
        f"本办法自2024年6月20日起施行，有效期至2029年6月19日。《{GREENING}》（某政发〔2021〕9号）同时废止。"
    )

    findings = lint(tmp_path, clause, corpus=[GREENING_2018, GREENING_2021])

    assert (
        "V114",
        "error",
        f"《{GREENING}》 is 某政发〔2018〕1号 or 某政发〔2021〕2号 in the corpus, not 某政发〔2021〕9号",
    ) in findings
    assert 1 == codes(findings).count("V114")


# ── V106 / V107: the caps, counted like the term ──

CAP_CASES = [
    ("有效期5年", TermConvention.FIRST_DAY_COUNTS, False),
    ("有效期5年", TermConvention.CIVIL_CODE, False),
    ("有效期60个月", TermConvention.CIVIL_CODE, False),
    ("有效期5年1个月", TermConvention.CIVIL_CODE, True),
    ("有效期6年", TermConvention.FIRST_DAY_COUNTS, True),
    ("有效期6年", TermConvention.CIVIL_CODE, True),
    ("有效期至2029年6月30日", TermConvention.FIRST_DAY_COUNTS, False),
    ("有效期至2029年6月30日", TermConvention.CIVIL_CODE, False),
    ("有效期至2029年7月1日", TermConvention.FIRST_DAY_COUNTS, True),
    ("有效期至2029年7月1日", TermConvention.CIVIL_CODE, False),  # 民法典: the first day is not counted
    ("有效期至2029年7月2日", TermConvention.CIVIL_CODE, True),
]


@pytest.mark.parametrize(("term", "convention", "over"), CAP_CASES)
def test_v106_the_cap_is_counted_like_the_term(tmp_path, term, convention, over):
    findings = lint(tmp_path, f"本办法自2024年7月1日起施行，{term}。", convention=convention)

    assert over == ("V106" in codes(findings))


@pytest.mark.parametrize("convention", list(TermConvention))
def test_v107_a_trial_term_of_exactly_the_cap_is_not_over_it(tmp_path, convention):
    draft = tmp_path / "draft.txt"
    draft.write_text(
        notice("本办法自2024年7月1日起试行，试行期2年。", title="某某市测试管理暂行办法"), encoding="utf-8"
    )
    options = LintOptions(today=TODAY, convention=convention)

    findings = lint_documents(read_drafts(draft), published=Corpus([]), options=options)

    assert "V107" not in [f.rule.code for f in findings]


# ── V101 / V105: a misprinted date does not hide the clause around it ──


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("本办法自2024年6月31日起施行，有效期至2029年6月30日。", ["V108"]),
        ("本办法自2024年7月1日起施行，有效期至2027年2月29日。", ["V108"]),
        ("本办法自2024年7月1日起施行，有效期至2027年。", ["V118"]),
        ("本办法自施行，有效期至2029年6月30日。", ["V118"]),
        ("本办法自2024年2月30日起施行。", ["V105", "V108"]),  # no term: V105 stays
    ],
)
def test_a_misprinted_clause_is_not_also_reported_missing(tmp_path, clause, expected):
    assert expected == sorted(codes(lint(tmp_path, clause)))


# ── V109: a term that ends before, or on, the effective day ──


def test_v109_a_term_ending_before_the_effective_day_is_an_error(tmp_path):
    findings = lint(tmp_path, "本办法自2024年7月1日起施行，有效期至2024年6月30日。")

    assert [("V109", "error")] == [(code, severity) for code, severity, _ in findings]


def test_v109_a_term_ending_on_the_effective_day_is_a_warning(tmp_path):
    """In force for one day only: possible (a 通告 for one day), far more often a misprint."""
    findings = lint(tmp_path, "本办法自2024年7月1日起施行，有效期至2024年7月1日。")

    assert [("V109", "warning")] == [(code, severity) for code, severity, _ in findings]
    assert "in force for one day only (2024-07-01)" in findings[0][2]


def test_v109_a_term_of_two_days_is_not_flagged(tmp_path):
    assert [] == lint(tmp_path, "本办法自2024年7月1日起施行，有效期至2024年7月2日。")


# ── V119: an effective date without its day ──


@pytest.mark.parametrize(
    "clause", ["本办法自2024年7月起施行", "本办法自2024年7月起实施", "本办法于2024年7月起施行"]
)
def test_v119_an_effective_month_without_a_day_is_flagged(tmp_path, clause):
    findings = lint(tmp_path, f"{clause}，有效期至2029年6月30日。")

    assert [("V119", "warning")] == [(code, severity) for code, severity, _ in findings]
    assert "the day it takes effect is not stated" in findings[0][2]


def test_v119_an_effective_day_is_not_flagged(tmp_path):
    assert [] == lint(tmp_path, "本办法自2024年7月1日起施行，有效期至2029年6月30日。")


# ── V104: the suggested last day says what it assumes ──


def test_v104_a_last_day_counted_from_an_assumed_publication_says_so(tmp_path):
    findings = lint(tmp_path, "本办法自公布之日起施行，有效期两年。")

    (message,) = [message for code, _, message in findings if code == "V104"]
    assert "有效期至2026年6月9日" in message
    assert "assumes 公布之日 is the 成文日期 2024-06-10" in message


def test_v104_a_last_day_counted_from_a_stated_day_assumes_nothing(tmp_path):
    findings = lint(tmp_path, "本办法自2024年7月1日起施行，有效期两年。")

    assert [("V104", "有效期两年: state the last day instead (有效期至2026年6月30日)")] == [
        (code, message) for code, _, message in findings
    ]


# ── V116: a 文号 cited in a repeal ──


def test_v116_a_malformed_doc_number_of_a_repeal_target_is_reported(tmp_path):
    clause = "本办法自2024年7月1日起施行，有效期至2029年6月30日。《某某市停车收费管理办法》（某政办发[2021]5号）同时废止。"

    findings = lint(tmp_path, clause)

    assert ("V116", "error", "某政办发[2021]5号: the year belongs in 〔〕") in findings


def test_v116_a_well_formed_doc_number_of_a_repeal_target_is_not_reported(tmp_path):
    clause = "本办法自2024年7月1日起施行，有效期至2029年6月30日。《某某市停车收费管理办法》（某政办发〔2021〕5号）同时废止。"

    assert "V116" not in codes(lint(tmp_path, clause))


# ── options ──


@pytest.mark.parametrize("field", ["term_cap_years", "trial_cap_years"])
@pytest.mark.parametrize("years", [0, -1, 101])
def test_a_cap_out_of_range_is_a_usage_error(field, years):
    with pytest.raises(UsageError, match=f"{field} must be 1 to 100 years, got {years}"):
        LintOptions(today=TODAY, **{field: years})


def test_an_unknown_rule_code_is_a_usage_error(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(notice("本办法自2024年7月1日起施行。"), encoding="utf-8")

    with pytest.raises(UsageError, match="unknown rule code X9"):
        lint_documents(
            read_drafts(draft), published=Corpus([]), options=LintOptions(today=TODAY), select=["X9"]
        )
