"""Properties of validity.periods: terms, corresponding days, N日后 and month spans (notes §7c P1–P10).

Oracles are written from ``calendar.monthrange`` and plain day counting, never from the code under test.
The documented examples (docs/dates.md, ``TermConvention.description``) are pinned with ``@example``.
"""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from tests.strategies import (
    FIRST,
    days,
    days_not_on_the_first,
    leap_days,
    mid_month_days,
    month_starts,
    non_month_ends,
    terms,
    year_terms,
)
from validity.clauses import Duration
from validity.periods import (
    ONE_DAY,
    TermConvention,
    corresponding_day,
    days_after,
    last_day_of_term,
    month_span,
)

FIRST_DAY = TermConvention.FIRST_DAY_COUNTS
CIVIL = TermConvention.CIVIL_CODE
conventions = st.sampled_from(TermConvention)


def days_in_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def target_month(day: dt.date, months: int) -> tuple[int, int]:
    """The (year, month) ``months`` after ``day``'s month, counted one month at a time."""
    year, month = day.year, day.month
    for _ in range(months):
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return year, month


def corresponding_oracle(day: dt.date, months: int) -> dt.date:
    """民法典 第二百零二条: the same day number ``months`` later; the month's last day where there is none."""
    year, month = target_month(day, months)
    return dt.date(year, month, min(day.day, days_in_month(year, month)))


def day_before_corresponding_oracle(start: dt.date, months: int) -> dt.date:
    """docs/dates.md, first-day-counts: the day before the corresponding day; the month's end where none."""
    year, month = target_month(start, months)
    if start.day > days_in_month(year, month):
        return dt.date(year, month, days_in_month(year, month))
    return dt.date(year, month, start.day) - ONE_DAY


def total_months(term: Duration) -> int:
    return 12 * term.years + term.months


# ── the documented examples ─────────────────────────────────────────────

DOCUMENTED = [
    # (start, term, convention, last day in force); TermConvention.description, last_day_of_term, docs/dates.md
    (dt.date(2024, 6, 22), Duration(years=5), FIRST_DAY, dt.date(2029, 6, 21)),
    (dt.date(2024, 6, 22), Duration(years=5), CIVIL, dt.date(2029, 6, 22)),
    (dt.date(2024, 3, 1), Duration(years=1), FIRST_DAY, dt.date(2025, 2, 28)),
    (dt.date(2024, 2, 29), Duration(years=1), CIVIL, dt.date(2025, 2, 28)),
    # docs/dates.md: "a five-year 有效期 from 1 January ends on 31 December"
    (dt.date(2024, 1, 1), Duration(years=5), FIRST_DAY, dt.date(2028, 12, 31)),
    (dt.date(2024, 6, 1), Duration(days=30), FIRST_DAY, dt.date(2024, 6, 30)),  # N days → start + N − 1
    (dt.date(2024, 6, 1), Duration(days=30), CIVIL, dt.date(2024, 7, 1)),  # N days → start + N
]


@pytest.mark.parametrize(("start", "term", "convention", "last"), DOCUMENTED)
def test_documented_examples(
    start: dt.date, term: Duration, convention: TermConvention, last: dt.date
) -> None:
    assert last == last_day_of_term(start, term, convention)


def test_each_convention_describes_its_own_example() -> None:
    assert "2029-06-21" in FIRST_DAY.description
    assert "2029-06-22" in CIVIL.description


# ── corresponding_day (P1, P2, P3, P5) ─────────────────────────────────


@given(day=days(), years=st.integers(0, 50), months=st.integers(0, 36))
@example(day=dt.date(2024, 1, 31), years=0, months=1)  # → 2024-02-29
@example(day=dt.date(2023, 1, 31), years=0, months=1)  # → 2023-02-28
@example(day=dt.date(2024, 3, 31), years=0, months=1)  # → 2024-04-30
@example(day=dt.date(2024, 1, 31), years=0, months=2)  # → 03-31, not 03-29 by way of February (P3)
@example(day=dt.date(2024, 2, 29), years=1, months=1)  # → 2025-03-29, not 03-28 chained (P2, measured)
@example(day=dt.date(2096, 2, 29), years=4, months=0)  # 2100 is not a leap year
def test_corresponding_day_matches_the_monthrange_oracle(day: dt.date, years: int, months: int) -> None:
    """The same day number when the month has it; else that month's last day, never the next month."""
    result = corresponding_day(day, years=years, months=months)
    expected = corresponding_oracle(day, 12 * years + months)

    assert expected == result
    assert (result.year, result.month) == target_month(day, 12 * years + months)
    if day.day <= days_in_month(result.year, result.month):
        assert day.day == result.day  # no clamping where the day exists
    else:
        assert days_in_month(result.year, result.month) == result.day  # 第二百零二条, stated, not silent


@given(day=days(), years=st.integers(0, 50), months=st.integers(0, 36))
@example(day=dt.date(2024, 2, 29), years=1, months=1)
@example(day=dt.date(2024, 1, 31), years=1, months=1)
def test_years_and_months_are_one_step_of_twelve_months_a_year(day: dt.date, years: int, months: int) -> None:
    """P2: adding N years and M months is adding 12N+M months."""
    assert corresponding_day(day, months=12 * years + months) == corresponding_day(
        day, years=years, months=months
    )
    assert corresponding_day(day, months=12 * years) == corresponding_day(day, years=years)


@given(day=days(), term=terms(), convention=conventions)
@example(day=dt.date(2024, 2, 29), term=Duration(years=1, months=1), convention=FIRST_DAY)
@example(day=dt.date(2024, 2, 29), term=Duration(years=1, months=1), convention=CIVIL)
def test_a_term_in_years_is_the_same_term_in_months(
    day: dt.date, term: Duration, convention: TermConvention
) -> None:
    """P2 for terms: 有效期1年6个月 ends where 有效期18个月 ends."""
    assert last_day_of_term(day, Duration(months=total_months(term)), convention) == last_day_of_term(
        day, term, convention
    )


@given(leap_day=leap_days(), years=st.integers(1, 200))
@example(leap_day=dt.date(2024, 2, 29), years=1)  # → 2025-02-28
@example(leap_day=dt.date(1996, 2, 29), years=4)  # → 2000-02-29 (2000 is a leap year)
@example(leap_day=dt.date(2096, 2, 29), years=4)  # → 2100-02-28 (2100 is not)
@example(leap_day=dt.date(2000, 2, 29), years=100)  # → 2100-02-28
def test_leap_day_anniversaries(leap_day: dt.date, years: int) -> None:
    """P5: 29 February + N years is 29 February only in a leap year, else 28 February."""
    year = leap_day.year + years
    expected = dt.date(year, 2, 29 if calendar.isleap(year) else 28)

    assert expected == corresponding_day(leap_day, years=years)
    assert expected == last_day_of_term(leap_day, Duration(years=years), CIVIL)
    # first day counts from 29 February: the term is counted from 28 February, a day every year has
    assert dt.date(year, 2, 28) == last_day_of_term(leap_day, Duration(years=years), FIRST_DAY)
    # …and from 1 March after a leap day it ends on the last day of February, whatever its length
    day_after = leap_day + ONE_DAY
    assert dt.date(year, 2, days_in_month(year, 2)) == last_day_of_term(
        day_after, Duration(years=years), FIRST_DAY
    )


# ── last_day_of_term under both conventions ───────────────────────────


@given(start=days(), term=terms(), convention=conventions)
@example(start=dt.date(2024, 3, 1), term=Duration(months=1), convention=FIRST_DAY)
@example(start=dt.date(2024, 2, 29), term=Duration(years=1), convention=FIRST_DAY)
def test_a_term_never_ends_before_it_starts(
    start: dt.date, term: Duration, convention: TermConvention
) -> None:
    assert start <= last_day_of_term(start, term, convention)


@given(start=days(), term=terms())
def test_first_day_counts_never_ends_after_the_civil_code(start: dt.date, term: Duration) -> None:
    """Counting the first day can only shorten a term."""
    assert last_day_of_term(start, term, FIRST_DAY) <= last_day_of_term(start, term, CIVIL)


@given(first=days(), second=days(), term=terms(), convention=conventions)
def test_a_later_start_never_ends_earlier(
    first: dt.date, second: dt.date, term: Duration, convention: TermConvention
) -> None:
    """Monotone: lifecycle counts a month-precision start from both ends of its window."""
    early, late = sorted((first, second))
    assert last_day_of_term(early, term, convention) <= last_day_of_term(late, term, convention)


@given(start=days(), count=st.integers(1, 3650))
@example(start=dt.date(2024, 2, 28), count=1)
@example(start=dt.date(2023, 12, 31), count=30)
def test_a_term_in_days_counts_days(start: dt.date, count: int) -> None:
    """N days: first day counts → start + N − 1; civil code → start + N."""
    term = Duration(days=count)
    assert start + dt.timedelta(days=count - 1) == last_day_of_term(start, term, FIRST_DAY)
    assert start + dt.timedelta(days=count) == last_day_of_term(start, term, CIVIL)


@given(start=non_month_ends(), term=year_terms())
@example(start=dt.date(2024, 6, 22), term=Duration(years=5))
@example(start=dt.date(2023, 3, 1), term=Duration(years=1))
def test_conventions_differ_by_one_day_for_whole_years_on_non_month_end_days(
    start: dt.date, term: Duration
) -> None:
    """The corresponding day exists, so the civil code ends exactly one day after first-day-counts."""
    assert ONE_DAY == last_day_of_term(start, term, CIVIL) - last_day_of_term(start, term, FIRST_DAY)


@given(start=mid_month_days(), term=year_terms())
@example(start=dt.date(2024, 6, 22), term=Duration(years=5))
@example(start=dt.date(2024, 2, 28), term=Duration(years=1))
def test_conventions_differ_by_one_day_for_whole_years_away_from_month_edges(
    start: dt.date, term: Duration
) -> None:
    """The same, for starts that are not the 1st of a month."""
    assert ONE_DAY == last_day_of_term(start, term, CIVIL) - last_day_of_term(start, term, FIRST_DAY)


@given(start=days(), term=terms())
@example(start=dt.date(2024, 6, 22), term=Duration(years=5))  # → 2029-06-21
@example(start=dt.date(2024, 3, 1), term=Duration(years=1))  # → 2025-02-28
@example(start=dt.date(2024, 1, 31), term=Duration(months=1))  # no 31 February → 2024-02-29
@example(start=dt.date(2023, 3, 1), term=Duration(months=1))  # → 2023-03-31
@example(start=dt.date(2024, 3, 1), term=Duration(months=6))  # → 2024-08-31
@example(start=dt.date(2023, 3, 1), term=Duration(years=1))  # → 2024-02-29
def test_first_day_counts_ends_the_day_before_the_corresponding_day(start: dt.date, term: Duration) -> None:
    """docs/dates.md and TermConvention.description: the day before the same calendar day N later."""
    expected = day_before_corresponding_oracle(start, total_months(term))
    assert expected == last_day_of_term(start, term, FIRST_DAY)


@given(start=days_not_on_the_first(), term=terms())
@example(start=dt.date(2024, 6, 22), term=Duration(years=5))
@example(start=dt.date(2024, 1, 31), term=Duration(months=1))
@example(start=dt.date(2024, 2, 29), term=Duration(years=1))
def test_first_day_counts_ends_the_day_before_the_corresponding_day_after_the_first(
    start: dt.date, term: Duration
) -> None:
    """The same, for starts that are not the 1st of a month."""
    expected = day_before_corresponding_oracle(start, total_months(term))
    assert expected == last_day_of_term(start, term, FIRST_DAY)


@given(start=month_starts(), term=terms())
@example(start=dt.date(2024, 3, 1), term=Duration(years=1))
@example(start=dt.date(2024, 1, 1), term=Duration(years=5))
def test_first_day_counts_from_the_first_of_a_month_never_ends_after_that_months_end(
    start: dt.date, term: Duration
) -> None:
    """From the 1st, the term covers whole months: it ends at most on the last day of the month before."""
    year, month = target_month(start, total_months(term))
    month_before = dt.date(year, month, 1) - ONE_DAY
    assert last_day_of_term(start, term, FIRST_DAY) <= month_before


@given(event=days(min_value=FIRST, max_value=dt.date(2199, 12, 30)), term=terms())
@example(event=dt.date(2024, 6, 21), term=Duration(years=5))
@example(event=dt.date(2024, 1, 31), term=Duration(months=1))
@example(event=dt.date(2024, 2, 27), term=Duration(years=1))
def test_first_day_counts_from_the_next_day_covers_the_same_days_as_the_civil_code(
    event: dt.date, term: Duration
) -> None:
    """P7: excluding E and ending on E's corresponding day == starting on E + 1 and counting that day.

    Both readings start on E + 1, so equal last days mean the same days. It holds when E is not the last
    day of its month. When it is (E + 1 is the 1st), the documented first-day rule ends the day before the
    same date N later (2023-03-01 + 1 year → 2024-02-29), while the civil code from 2023-02-28 ends on the
    28th: docs/dates.md notes the difference, and the example below pins it.
    """
    assume((event + ONE_DAY).day != 1)
    assert last_day_of_term(event, term, CIVIL) == last_day_of_term(event + ONE_DAY, term, FIRST_DAY)


def test_from_a_month_end_the_two_readings_part_in_a_leap_year() -> None:
    """2023-02-28 excluded (civil code) vs 2023-03-01 counted (first day counts): one year apart by a day."""
    assert dt.date(2024, 2, 28) == last_day_of_term(dt.date(2023, 2, 28), Duration(years=1), CIVIL)
    assert dt.date(2024, 2, 29) == last_day_of_term(dt.date(2023, 3, 1), Duration(years=1), FIRST_DAY)


# ── N日后 (P10) and month precision ─────────────────────────────────────


@given(base=days(), count=st.integers(0, 3650))
@example(base=dt.date(2024, 2, 28), count=1)  # → 2024-02-29
@example(base=dt.date(2023, 2, 28), count=1)  # → 2023-03-01
@example(base=dt.date(2024, 12, 31), count=30)  # across a year end
def test_n_days_after_is_n_days_later(base: dt.date, count: int) -> None:
    """P10: days_after(x, n) − x == n, and later than x for n > 0."""
    later = days_after(base, count)
    assert count == (later - base).days
    if count > 0:
        assert later > base


@given(day=days())
@example(day=dt.date(2024, 2, 1))
@example(day=dt.date(2023, 2, 1))
@example(day=dt.date(2024, 12, 1))
def test_a_month_is_the_half_open_span_of_its_days(day: dt.date) -> None:
    """自2024年6月起: [1 June, 1 July); every day of the month inside, no other."""
    first = day.replace(day=1)
    start, end = month_span(first)

    assert first == start
    assert days_in_month(first.year, first.month) == (end - start).days
    assert 1 == end.day
    assert start <= day < end
    assert not start <= start - ONE_DAY < end
