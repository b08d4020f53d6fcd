"""Shared Hypothesis strategies, biased to the days the law argues about: 29 February and month edges.

Dates stay inside the People's Republic (1949-10-01) and a horizon far enough for 50-year terms
(2199-12-31). ``days()`` mixes leap days, month ends and first days of months into plain uniform dates:
uniform dates alone hit 29 February too rarely to find its bugs (notes/aesthetics.md §2.6, measured).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence

import attrs
from hypothesis import strategies as st

from validity.clauses import Duration

ONE_DAY = dt.timedelta(days=1)
FIRST = dt.date(1949, 10, 1)
LAST = dt.date(2199, 12, 31)


def _months(min_value: dt.date, max_value: dt.date) -> st.SearchStrategy[tuple[int, int]]:
    """(year, month) pairs whose whole month lies in ``[min_value, max_value]`` (first and last day)."""
    first = min_value.year * 12 + min_value.month - 1
    last = max_value.year * 12 + max_value.month - 1
    return st.integers(first, last).map(lambda index: divmod(index, 12)).map(lambda ym: (ym[0], ym[1] + 1))


def leap_days(min_value: dt.date = FIRST, max_value: dt.date = LAST) -> st.SearchStrategy[dt.date]:
    """29 February of a leap year in the range (1952, 2000, 2096 …; never 2100)."""
    return (
        st.integers(min_value.year, max_value.year)
        .filter(calendar.isleap)
        .map(lambda year: dt.date(year, 2, 29))
        .filter(lambda day: min_value <= day <= max_value)
    )


def month_ends(min_value: dt.date = FIRST, max_value: dt.date = LAST) -> st.SearchStrategy[dt.date]:
    """The last day of a month, by ``calendar.monthrange``."""
    return (
        _months(min_value, max_value)
        .map(lambda ym: dt.date(ym[0], ym[1], calendar.monthrange(*ym)[1]))
        .filter(lambda day: min_value <= day <= max_value)
    )


def month_starts(min_value: dt.date = FIRST, max_value: dt.date = LAST) -> st.SearchStrategy[dt.date]:
    """The first day of a month: the day after a month end, where "the day before" rules differ."""
    return (
        _months(min_value, max_value)
        .map(lambda ym: dt.date(ym[0], ym[1], 1))
        .filter(lambda day: min_value <= day <= max_value)
    )


def days(min_value: dt.date = FIRST, max_value: dt.date = LAST) -> st.SearchStrategy[dt.date]:
    """Any day in the range, with leap days, month ends and month starts drawn often."""
    return st.one_of(
        leap_days(min_value, max_value),
        month_ends(min_value, max_value),
        month_starts(min_value, max_value),
        st.dates(min_value=min_value, max_value=max_value),
    )


def _last_day(day: dt.date) -> int:
    return calendar.monthrange(day.year, day.month)[1]


def non_month_ends(min_value: dt.date = FIRST, max_value: dt.date = LAST) -> st.SearchStrategy[dt.date]:
    """A day that is not the last of its month: often a 1st (after a month end) or the day before an end."""
    return st.one_of(
        month_starts(min_value, max_value),
        leap_days(min_value + ONE_DAY, max_value + ONE_DAY).map(lambda day: day - ONE_DAY),  # 28 Feb, leap
        month_ends(min_value + ONE_DAY, max_value + ONE_DAY).map(lambda day: day - ONE_DAY),
        st.dates(min_value=min_value, max_value=max_value).filter(lambda day: day.day != _last_day(day)),
    )


def days_not_on_the_first(
    min_value: dt.date = FIRST, max_value: dt.date = LAST
) -> st.SearchStrategy[dt.date]:
    """Any day but the 1st of a month, with leap days and month ends drawn often."""
    return st.one_of(
        leap_days(min_value, max_value),
        month_ends(min_value, max_value),
        st.dates(min_value=min_value, max_value=max_value).filter(lambda day: day.day != 1),
    )


def mid_month_days(min_value: dt.date = FIRST, max_value: dt.date = LAST) -> st.SearchStrategy[dt.date]:
    """Neither the 1st nor the last day of a month; 28 February of leap years and the day before ends often."""
    return st.one_of(
        leap_days(min_value + ONE_DAY, max_value + ONE_DAY).map(lambda day: day - ONE_DAY),
        month_ends(min_value + ONE_DAY, max_value + ONE_DAY).map(lambda day: day - ONE_DAY),
        st.dates(min_value=min_value, max_value=max_value).filter(lambda day: 1 < day.day < _last_day(day)),
    )


def year_terms(max_years: int = 50) -> st.SearchStrategy[Duration]:
    """有效期N年, N ≥ 1."""
    return st.integers(1, max_years).map(lambda years: Duration(years=years))


def terms(max_years: int = 50) -> st.SearchStrategy[Duration]:
    """A term as documents state it: years, months, or both (有效期1年6个月); never empty."""
    return st.builds(
        Duration,
        years=st.integers(0, max_years),
        months=st.one_of(st.integers(0, 11), st.integers(0, 36)),
    ).filter(lambda term: term.years or term.months)


# ── synthetic gazettes ──────────────────────────────────────────────────
#
# A small corpus is a list of DocSpec; render_gazette() prints it the way municipal gazettes print a notice
# that 印发s a 办法, with the effective, term and repeal clauses in one article of the 办法.

NAMES = "甲乙丙丁戊己庚辛"

EFFECTIVE_KINDS = ("fixed", "issued", "published", "month", "none", "approved")
TERM_KINDS = ("until", "years", "none")


@attrs.frozen
class DocSpec:
    """One synthetic document: its 成文日期, effective clause, term and the documents it repeals."""

    index: int
    signed: dt.date
    effective: str  # one of EFFECTIVE_KINDS
    effective_date: dt.date | None = None  # fixed: the day; month: the 1st of the month
    offset: int = 0  # published: 自公布之日起N日后
    term: str = "none"  # one of TERM_KINDS
    until: dt.date | None = None  # 有效期至
    years: int = 0  # 有效期N年
    repeals: tuple[int, ...] = ()  # indices of corpus documents repealed 同时 (by 文号)
    repeals_external: bool = False  # also repeals a document the corpus does not contain

    @property
    def name(self) -> str:
        return NAMES[self.index]

    @property
    def title(self) -> str:
        """The 办法's title; the notice is 某某市人民政府关于印发<title>的通知."""
        return f"某某市{self.name}事项管理办法"

    @property
    def number(self) -> str:
        return f"某政发〔{self.signed.year}〕{self.index + 1}号"

    @property
    def external_number(self) -> str:
        return f"某政办发〔1999〕{self.index + 1}号"


def chinese_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def effective_sentence(spec: DocSpec) -> str:
    """The 施行 clause, or nothing when the document has none."""
    if spec.effective == "fixed":
        assert spec.effective_date is not None
        return f"本办法自{chinese_date(spec.effective_date)}起施行"
    if spec.effective == "month":
        assert spec.effective_date is not None
        return f"本办法自{spec.effective_date.year}年{spec.effective_date.month}月起施行"
    if spec.effective == "issued":
        return "本办法自印发之日起施行"
    if spec.effective == "published":
        return f"本办法自公布之日起{spec.offset}日后施行" if spec.offset else "本办法自公布之日起施行"
    if spec.effective == "approved":
        return "本办法自批准之日起施行"
    return ""


def term_sentence(spec: DocSpec) -> str:
    if spec.term == "until":
        assert spec.until is not None
        return f"有效期至{chinese_date(spec.until)}"
    if spec.term == "years":
        return f"有效期{spec.years}年"
    return ""


def repeal_sentence(spec: DocSpec, specs: Sequence[DocSpec]) -> str:
    targets = [f"《{specs[i].title}》（{specs[i].number}）" for i in spec.repeals]
    if spec.repeals_external:
        targets.append(f"《某某市{spec.name}事项旧办法》（{spec.external_number}）")
    return "、".join(targets) + "同时废止。" if targets else ""


def notice(
    name: str, article: str, *, number: str | None = "某政发〔2024〕1号", signed: dt.date | None = None
) -> str:
    """A notice 印发ing 某某市<name>事项管理办法, whose second article is ``article``.

    ``number=None`` prints no 文号; ``signed`` is the 成文日期 (default 2024-03-01).
    """
    title = f"某某市{name}事项管理办法"
    number_line = f"{number}\n" if number else ""
    return f"""某某市人民政府关于印发{title}的通知
{number_line}各县（市、区）人民政府，市直各有关单位：
现将《{title}》印发给你们，请认真贯彻执行。
某某市人民政府
{chinese_date(signed or dt.date(2024, 3, 1))}
（此件公开发布）
{title}
第一条　为了规范{name}事项管理，制定本办法。
第二条　{article}
"""


def render_document(spec: DocSpec, specs: Sequence[DocSpec] = ()) -> str:
    """A notice that 印发s one 办法; its second article carries the lifecycle clauses."""
    effective, term = effective_sentence(spec), term_sentence(spec)
    if effective and term:
        article = f"{effective}，{term}。"
    elif effective or term:
        article = f"本办法{term}。" if term else f"{effective}。"
    else:
        article = "本办法由某某市人民政府办公室负责解释。"
    article += repeal_sentence(spec, specs)
    return notice(spec.name, article, number=spec.number, signed=spec.signed)


def render_gazette(specs: Sequence[DocSpec]) -> str:
    """All documents of a corpus, one after the other, as one gazette text."""
    return "\n".join(render_document(spec, specs) for spec in specs)


CORPUS_FIRST = dt.date(2000, 1, 1)
CORPUS_LAST = dt.date(2035, 12, 31)


def _shifted(day: dt.date, days_: int) -> dt.date:
    return min(max(day + dt.timedelta(days=days_), CORPUS_FIRST), CORPUS_LAST)


@st.composite
def doc_specs(draw: st.DrawFn, index: int, count: int, around: dt.date = CORPUS_FIRST) -> DocSpec:
    """A document ``index`` of a corpus of ``count``: random clauses, repeals of the others by 文号.

    Signed within six years after ``around``, so that the documents' lives overlap and repeals matter.
    """
    signed = draw(days(around, _shifted(around, 6 * 366)))
    near = days(_shifted(signed, -60), _shifted(signed, 800))
    effective = draw(st.sampled_from(EFFECTIVE_KINDS))
    effective_date = None
    if effective == "fixed":
        effective_date = draw(near)
    elif effective == "month":
        effective_date = draw(near).replace(day=1)
    offset = draw(st.sampled_from((0, 0, 10, 30, 60))) if effective == "published" else 0
    term = draw(st.sampled_from(TERM_KINDS))
    until = draw(days(_shifted(signed, -100), _shifted(signed, 3000))) if term == "until" else None
    years = draw(st.integers(1, 10)) if term == "years" else 0
    others = [i for i in range(count) if i != index]
    repeals = tuple(draw(st.lists(st.sampled_from(others), unique=True, max_size=2))) if others else ()
    return DocSpec(
        index=index,
        signed=signed,
        effective=effective,
        effective_date=effective_date,
        offset=offset,
        term=term,
        until=until,
        years=years,
        repeals=repeals if draw(st.booleans()) else (),
        repeals_external=draw(st.integers(0, 4)) == 0,
    )


@st.composite
def corpus_specs(draw: st.DrawFn, min_size: int = 2, max_size: int = 5) -> list[DocSpec]:
    """2–5 synthetic documents that may repeal each other (cycles included)."""
    count = draw(st.integers(min_size, max_size))
    around = draw(days(CORPUS_FIRST, dt.date(2028, 12, 31)))
    return [draw(doc_specs(index, count, around)) for index in range(count)]
