"""Resolving one document's own dates (validity.lifecycle): base events, offsets, precision, overrides, terms.

Every case is a synthetic notice (tests/strategies.notice) signed 2024-03-01 — a leap year — whose second
article, on line 10, carries the clause under test.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.strategies import notice
from validity.clauses import BaseEvent
from validity.corpus import Corpus
from validity.documents import Document
from validity.lifecycle import DateResolver, Unknown, event_day
from validity.overrides import Overrides
from validity.periods import TermConvention
from validity.reader import read_gazette_text
from validity.source import SourceText
from validity.status import Basis, Dated, Status

D = dt.date
SIGNED = D(2024, 3, 1)
ARTICLE_LINE = 10
FIRST_DAY = TermConvention.FIRST_DAY_COUNTS
CIVIL = TermConvention.CIVIL_CODE


def read_document(article: str, *, signed: dt.date = SIGNED, name: str = "甲") -> Document:
    text = notice(name, article, signed=signed)
    (document,) = read_gazette_text(SourceText.from_text(text, name="synthetic.txt")).documents
    return document


def resolver(
    document: Document, overrides: Overrides | None = None, convention: TermConvention = FIRST_DAY
) -> DateResolver:
    overrides = overrides or Overrides()
    override = overrides.documents[0] if overrides.documents else None
    return DateResolver(document, override=override, overrides=overrides, convention=convention)


def effective_of(article: str, *, signed: dt.date = SIGNED) -> Dated | Unknown:
    return resolver(read_document(article, signed=signed)).effective()


def write_overrides(tmp_path: Path, toml: str) -> Overrides:
    path = tmp_path / "facts.toml"
    path.write_text(toml, encoding="utf-8")
    return Overrides.read(path)


# ── base events ────────────────────────────────────────────────────────

ASSUMED_PUBLICATION = "is not printed: the 成文日期 2024-03-01 is assumed"

EFFECTIVE = [
    # (article, first day in force, basis, words of the assumption made or None)
    ("本办法自2024年6月1日起施行。", D(2024, 6, 1), Basis.EXPLICIT, None),
    ("本办法自印发之日起施行。", SIGNED, Basis.ON_ISSUE, None),
    ("本办法自下发之日起施行。", SIGNED, Basis.ON_ISSUE, None),
    ("本办法自签发之日起施行。", SIGNED, Basis.ON_ISSUE, None),
    ("本办法自公布之日起施行。", SIGNED, Basis.ON_PUBLICATION, "公布之日 " + ASSUMED_PUBLICATION),
    ("本办法自发布之日起施行。", SIGNED, Basis.ON_PUBLICATION, "发布之日 " + ASSUMED_PUBLICATION),
    ("本办法自颁布之日起施行。", SIGNED, Basis.ON_PUBLICATION, "颁布之日 " + ASSUMED_PUBLICATION),
    ("本办法自即日起施行。", SIGNED, Basis.ON_PUBLICATION, ASSUMED_PUBLICATION),
    # offsets: base + N (periods.days_after)
    ("本办法自公布之日起30日后施行。", D(2024, 3, 31), Basis.ON_PUBLICATION, ASSUMED_PUBLICATION),
    ("本办法自印发之日起三十日后施行。", D(2024, 3, 31), Basis.ON_ISSUE, None),
    ("本办法自发布之日起满365日后施行。", D(2025, 3, 1), Basis.ON_PUBLICATION, ASSUMED_PUBLICATION),
    # 执行期限为A至B with no 施行 clause: A
    ("本办法执行期限为2024年4月1日至2025年3月31日。", D(2024, 4, 1), Basis.EXPLICIT, None),
]


@pytest.mark.parametrize(("article", "first_day", "basis", "assumed"), EFFECTIVE)
def test_each_base_event_resolves_to_its_day(
    article: str, first_day: dt.date, basis: Basis, assumed: str | None
) -> None:
    effective = effective_of(article)

    assert isinstance(effective, Dated)
    assert (first_day, first_day + dt.timedelta(days=1), basis) == (
        effective.start,
        effective.end,
        effective.basis,
    )
    assert ARTICLE_LINE == effective.evidence[0].line
    assert article.rstrip("。").split("，")[0] in effective.evidence[0].quote
    if assumed is None:
        assert () == effective.assumptions
    else:
        assert any(assumed in item for item in effective.assumptions), effective.assumptions


UNRESOLVED = [
    ("本办法自通过之日起施行。", "通过"),
    ("本办法自批准之日起施行。", "批准"),
    ("本办法自《中华人民共和国某某法》施行之日起施行。", "an event the corpus does not date"),
    ("本办法实施时间与省政府授权和委托权限实施时间一致。", "省政府授权和委托权限实施时间"),
]


@pytest.mark.parametrize(("article", "why"), UNRESOLVED)
def test_an_undated_event_leaves_the_effective_date_unknown(article: str, why: str) -> None:
    effective = effective_of(article)

    assert isinstance(effective, Unknown)
    assert why in effective.reason
    assert ARTICLE_LINE == effective.evidence[0].line


@pytest.mark.parametrize(
    ("signed", "first_day"),
    [
        (D(2024, 2, 20), D(2024, 3, 1)),  # across 29 February
        (D(2023, 2, 20), D(2023, 3, 2)),  # a common year
        (D(2024, 12, 22), D(2025, 1, 1)),  # across a year end
    ],
)
def test_n_days_after_counts_calendar_days_from_the_base(signed: dt.date, first_day: dt.date) -> None:
    effective = effective_of("本办法自印发之日起10日后施行。", signed=signed)

    assert isinstance(effective, Dated)
    assert (first_day, True) == (effective.start, effective.exact)


def test_issue_and_publication_days_by_hand() -> None:
    """event_day: 印发 is the 成文日期; 公布 is the stated publication date, else the 成文日期 assumed."""
    assert (SIGNED, Basis.ON_ISSUE, "") == event_day(BaseEvent.ISSUED, signed=SIGNED)
    day, basis, why = event_day(BaseEvent.ISSUED, signed=None)
    assert (None, Basis.UNKNOWN) == (day, basis)
    assert "成文日期" in why

    day, basis, why = event_day(BaseEvent.PUBLISHED, signed=SIGNED, published=D(2024, 3, 9))
    assert (D(2024, 3, 9), Basis.ON_PUBLICATION) == (day, basis)
    assert "2024-03-09" in why

    day, basis, why = event_day(BaseEvent.RELEASED, signed=SIGNED, gazette=D(2024, 4, 15))
    assert (SIGNED, Basis.ON_PUBLICATION) == (day, basis)
    assert "2024-03-01 is assumed" in why
    assert "2024-04-15" in why  # the gazette's own date is named

    day, basis, _ = event_day(BaseEvent.PROMULGATED, signed=None)
    assert (None, Basis.UNKNOWN) == (day, basis)


# ── month precision and no clause ──────────────────────────────────────


def test_month_precision_is_a_window_of_the_whole_month() -> None:
    effective = effective_of("本办法自2024年6月起施行。")

    assert isinstance(effective, Dated)
    assert (D(2024, 6, 1), D(2024, 7, 1), Basis.EXPLICIT, False) == (
        effective.start,
        effective.end,
        effective.basis,
        effective.exact,
    )
    assert D(2024, 7, 1) == effective.certain_from


@pytest.mark.parametrize(
    ("day", "status"),
    [
        (D(2024, 5, 31), Status.NOT_YET_IN_FORCE),
        (D(2024, 6, 1), Status.UNKNOWN),
        (D(2024, 6, 15), Status.UNKNOWN),
        (D(2024, 6, 30), Status.UNKNOWN),
        (D(2024, 7, 1), Status.IN_FORCE),
    ],
)
def test_month_precision_answers_unknown_inside_the_month(day: dt.date, status: Status) -> None:
    document = read_document("本办法自2024年6月起施行。")
    answer = Corpus([document]).status(document, on=day)

    assert status == answer.status
    if status is Status.UNKNOWN:
        assert "does not say which" in answer.reason
        assert "2024-06-01…2024-06-30" in answer.reason


def test_no_effective_clause_is_presumed_from_the_signature_date() -> None:
    document = read_document("本办法由某某市人民政府办公室负责解释。")
    effective = resolver(document).effective()

    assert isinstance(effective, Dated)
    assert (SIGNED, Basis.PRESUMED) == (effective.start, effective.basis)
    assert "成文日期 2024-03-01" == effective.evidence[0].quote
    assert 6 == effective.evidence[0].line  # the line of the 成文日期
    assert any("presumed" in item for item in effective.assumptions)


def test_the_answer_says_a_presumed_start_is_presumed() -> None:
    document = read_document("本办法由某某市人民政府办公室负责解释。")
    corpus = Corpus([document])
    before, on = corpus.status(document, on=D(2024, 2, 29)), corpus.status(document, on=SIGNED)

    assert Status.NOT_YET_IN_FORCE == before.status
    assert Status.IN_FORCE == on.status
    assert "presumed" in on.reason
    assert any("presumed" in item for item in on.assumptions)
    assert not on.certain


# ── overrides ──────────────────────────────────────────────────────────


def test_a_stated_publication_date_replaces_the_assumed_one(tmp_path: Path) -> None:
    overrides = write_overrides(
        tmp_path,
        '[[documents]]\nmatch = "某政发〔2024〕1号"\npublished = 2024-04-10\nnote = "website, 10 April"\n',
    )
    effective = resolver(read_document("本办法自公布之日起30日后施行。"), overrides).effective()

    assert isinstance(effective, Dated)
    assert (D(2024, 5, 10), Basis.ON_PUBLICATION) == (effective.start, effective.basis)
    (assumption,) = effective.assumptions
    assert "publication date 2024-04-10 as stated" in assumption
    assert "override for 某政发〔2024〕1号: website, 10 April" in assumption


def test_a_publication_date_does_not_move_the_issue_day(tmp_path: Path) -> None:
    overrides = write_overrides(tmp_path, '[[documents]]\nmatch = "甲事项"\npublished = 2024-04-10\n')
    effective = resolver(read_document("本办法自印发之日起施行。"), overrides).effective()

    assert isinstance(effective, Dated)
    assert (SIGNED, Basis.ON_ISSUE) == (effective.start, effective.basis)


def test_an_event_override_dates_an_outside_event(tmp_path: Path) -> None:
    overrides = write_overrides(
        tmp_path,
        '[[events]]\ndescription = "《中华人民共和国某某法》施行之日"\ndate = 2024-07-01\nnote = "主席令"\n',
    )
    effective = resolver(
        read_document("本办法自《中华人民共和国某某法》施行之日起施行。"), overrides
    ).effective()

    assert isinstance(effective, Dated)
    assert (D(2024, 7, 1), Basis.OVERRIDE) == (effective.start, effective.basis)
    assert ("override: 《中华人民共和国某某法》施行之日 = 2024-07-01 (主席令)",) == effective.assumptions


def test_an_event_override_matches_part_of_the_clause_words(tmp_path: Path) -> None:
    overrides = write_overrides(
        tmp_path, '[[events]]\ndescription = "省政府授权和委托权限实施时间"\ndate = 2024-07-01\n'
    )
    effective = resolver(
        read_document("本办法实施时间与省政府授权和委托权限实施时间一致。"), overrides
    ).effective()

    assert isinstance(effective, Dated)
    assert D(2024, 7, 1) == effective.start


def test_effective_from_overrides_even_an_unknown_clause(tmp_path: Path) -> None:
    overrides = write_overrides(
        tmp_path, '[[documents]]\nmatch = "某政发〔2024〕1号"\neffective_from = 2024-05-01\n'
    )
    effective = resolver(read_document("本办法自批准之日起施行。"), overrides).effective()

    assert isinstance(effective, Dated)
    assert (D(2024, 5, 1), Basis.OVERRIDE) == (effective.start, effective.basis)
    assert str(tmp_path / "facts.toml") == effective.evidence[0].file


def test_an_approval_date_override_dates_通过_and_批准(tmp_path: Path) -> None:
    overrides = write_overrides(tmp_path, '[[documents]]\nmatch = "甲事项"\napproved = 2024-04-02\n')
    effective = resolver(read_document("本办法自批准之日起施行。"), overrides).effective()

    assert isinstance(effective, Dated)
    assert (D(2024, 4, 2), Basis.OVERRIDE) == (effective.start, effective.basis)
    assert [ARTICLE_LINE, 0] == [item.line for item in effective.evidence]  # the clause, then the override


def test_a_corrected_signature_date_moves_the_issue_day_and_the_presumption(tmp_path: Path) -> None:
    overrides = write_overrides(
        tmp_path, '[[documents]]\nmatch = "某政发〔2024〕1号"\nsigned_date = 2024-03-05\n'
    )
    issued = resolver(read_document("本办法自印发之日起施行。"), overrides).effective()
    presumed = resolver(read_document("本办法由某某市人民政府办公室负责解释。"), overrides).effective()

    assert isinstance(issued, Dated)
    assert isinstance(presumed, Dated)
    assert (D(2024, 3, 5), D(2024, 3, 5)) == (issued.start, presumed.start)


def test_last_day_overrides_the_term(tmp_path: Path) -> None:
    overrides = write_overrides(
        tmp_path, '[[documents]]\nmatch = "某政发〔2024〕1号"\nlast_day = 2026-12-31\n'
    )
    own = resolver(read_document("本办法自2024年6月1日起施行，有效期5年。"), overrides).own_dates()

    assert isinstance(own.term_end, Dated)
    assert (D(2027, 1, 1), Basis.OVERRIDE) == (own.term_end.start, own.term_end.basis)
    assert str(tmp_path / "facts.toml") == own.term_end.evidence[0].file


@pytest.mark.parametrize(
    ("toml", "day", "status", "trace"),
    [
        ('published = 2024-04-10\nnote = "网站"', D(2024, 5, 9), Status.NOT_YET_IN_FORCE, "网站"),
        ('published = 2024-04-10\nnote = "网站"', D(2024, 5, 10), Status.IN_FORCE, "网站"),
        ("effective_from = 2024-04-20", D(2024, 4, 20), Status.IN_FORCE, "facts.toml"),
        ("effective_from = 2024-04-20", D(2024, 4, 19), Status.NOT_YET_IN_FORCE, "facts.toml"),
        pytest.param(
            "last_day = 2024-12-31",
            D(2024, 12, 31),
            Status.IN_FORCE,
            "facts.toml",
        ),
        ("last_day = 2024-12-31", D(2025, 1, 1), Status.EXPIRED, "facts.toml"),
    ],
)
def test_an_override_changes_the_answer_and_is_named_in_it(
    tmp_path: Path, toml: str, day: dt.date, status: Status, trace: str
) -> None:
    """Without the override: in force 2024-03-31 (公布 assumed 3-01 + 30 days) until 2029-03-30."""
    document = read_document("本办法自公布之日起30日后施行，有效期5年。")
    plain = Corpus([document]).status(document, on=day)
    overrides = write_overrides(tmp_path, f'[[documents]]\nmatch = "某政发〔2024〕1号"\n{toml}\n')
    answer = Corpus([document], overrides=overrides).status(document, on=day)

    assert status == answer.status
    assert (plain.status, plain.since, plain.until) != (answer.status, answer.since, answer.until)
    named = [str(item) for item in answer.evidence] + list(answer.assumptions)
    assert any(trace in item for item in named), named


# ── terms under both conventions ──────────────────────────────────────

TERMS = [
    # (article, convention, first day no longer in force (term_end), window end)
    ("本办法自2024年6月22日起施行，有效期5年。", FIRST_DAY, D(2029, 6, 22), D(2029, 6, 23)),
    ("本办法自2024年6月22日起施行，有效期5年。", CIVIL, D(2029, 6, 23), D(2029, 6, 24)),
    ("本办法自2024年2月29日起施行，有效期1年。", FIRST_DAY, D(2025, 3, 1), D(2025, 3, 2)),
    ("本办法自2024年2月29日起施行，有效期1年。", CIVIL, D(2025, 3, 1), D(2025, 3, 2)),
    ("本办法自2024年6月1日起施行，有效期6个月。", FIRST_DAY, D(2024, 12, 1), D(2024, 12, 2)),
    ("本办法自2024年6月1日起施行，有效期6个月。", CIVIL, D(2024, 12, 2), D(2024, 12, 3)),
    ("本办法自2024年6月1日起施行，有效期至2026年12月31日。", FIRST_DAY, D(2027, 1, 1), D(2027, 1, 2)),
    ("本办法自2024年6月1日起施行，有效期至2026年12月31日。", CIVIL, D(2027, 1, 1), D(2027, 1, 2)),
    # a term counted from a month-precision start is a window too: from 6-01 … from 6-30
    ("本办法自2024年6月起施行，有效期2年。", FIRST_DAY, D(2026, 6, 1), D(2026, 7, 1)),
    ("本办法自2024年6月起施行，有效期2年。", CIVIL, D(2026, 6, 2), D(2026, 7, 2)),
    # presumed start (no 施行 clause): counted from the 成文日期
    ("本办法有效期3年。", FIRST_DAY, D(2027, 3, 1), D(2027, 3, 2)),
]


@pytest.mark.parametrize(("article", "convention", "start", "end"), TERMS)
def test_a_term_ends_by_its_convention(
    article: str, convention: TermConvention, start: dt.date, end: dt.date
) -> None:
    term_end = resolver(read_document(article), convention=convention).own_dates().term_end

    assert isinstance(term_end, Dated)
    assert (start, end) == (term_end.start, term_end.end)


def test_a_six_month_term_from_1_march_runs_to_the_end_of_august() -> None:
    term_end = resolver(read_document("本办法自2024年3月1日起施行，有效期6个月。")).own_dates().term_end

    assert isinstance(term_end, Dated)
    assert D(2024, 9, 1) == term_end.start


def test_a_term_counted_from_an_unknown_start_is_unknown() -> None:
    term_end = resolver(read_document("本办法自批准之日起施行，有效期2年。")).own_dates().term_end

    assert isinstance(term_end, Unknown)
    assert "unknown" in term_end.reason


def test_no_term_clause_means_no_term() -> None:
    assert resolver(read_document("本办法自2024年6月1日起施行。")).own_dates().term_end is None
