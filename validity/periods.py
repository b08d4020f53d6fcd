"""The one place that counts periods: terms (有效期N年), offsets (N日后) and what a base event's day is.

Every date rule validity applies is a function here, with its source in the docstring; docs/dates.md says
the same in prose. Month ends and 29 February are handled by 民法典 第二百零二条 (no corresponding day →
the month's last day), never by a library's silent clamping.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum

from validity.clauses import Duration

ONE_DAY = dt.timedelta(days=1)


class TermConvention(enum.Enum):
    """How a term stated as a duration (有效期5年, 试行期2年) is counted."""

    FIRST_DAY_COUNTS = "first-day-counts"
    CIVIL_CODE = "civil-code"

    @property
    def description(self) -> str:
        """One line a lawyer can read, with the source of the rule."""
        return _DESCRIPTIONS[self]


_DESCRIPTIONS = {
    TermConvention.FIRST_DAY_COUNTS: (
        "first day counts: a term of N years from the effective day ends the day before the same "
        "calendar day N years later (2024-06-22 + 5 years → last day 2029-06-21); drafting practice"
    ),
    TermConvention.CIVIL_CODE: (
        "民法典 第二百零一、二百零二条: the effective day is not counted and the term ends on the "
        "corresponding day, or the month's last day where there is none (2024-06-22 + 5 years → 2029-06-22)"
    ),
}

DEFAULT_CONVENTION = TermConvention.FIRST_DAY_COUNTS


def corresponding_day(day: dt.date, *, years: int = 0, months: int = 0) -> dt.date:
    """The corresponding day ``years`` and ``months`` later, in one step (民法典 第二百零二条).

    Years and months are added together as 12×years+months, never one after the other. Where the target
    month has no such day (31 April, 29 February in a common year), the month's last day.
    """
    total = day.year * 12 + (day.month - 1) + years * 12 + months
    year, month = divmod(total, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def last_day_of_term(
    start: dt.date, term: Duration, convention: TermConvention = DEFAULT_CONVENTION
) -> dt.date:
    """Return the last day in force of a term that begins (is in force) on ``start``.

    FIRST_DAY_COUNTS (the default): the effective day is day one, so the term ends the day before the
    corresponding day after the term; where that month has no corresponding day, on the month's last day.
    2024-06-22 + 5 years → 2029-06-21; 2024-03-01 + 6 months → 2024-08-31; 2024-01-31 + 1 month → 2024-02-29.
    N days → start + N − 1.
    CIVIL_CODE (民法典 第二百零一、二百零二条): the start day is not counted; the period ends on the
    corresponding day of ``start``, the month's last day where there is none; N days → start + N.
    2024-06-22 + 5 years → 2029-06-22; 2024-02-29 + 1 year → 2025-02-28.
    """
    days = dt.timedelta(days=term.days)
    corresponding = corresponding_day(start, years=term.years, months=term.months)
    if convention is TermConvention.CIVIL_CODE:
        return corresponding + days
    if term.years == 0 and term.months == 0:
        return start + days - ONE_DAY
    if corresponding.day != start.day:  # no corresponding day: the month's last day ends the term
        return corresponding + days
    return corresponding - ONE_DAY + days


# A term or an offset beyond these is a misprint, not a rule a document can set (有效期0年, 有效期8000年,
# 自公布之日起99999日后): the clause is reported as a problem instead of being counted.
MAX_TERM_YEARS = 100
MAX_OFFSET_DAYS = 3650


def days_after(base: dt.date, days: int) -> dt.date:
    """自<base>之日起N日后: the day N days after the base day (base + N; jionlp reads it the same).

    The other reading ("after N full days", base + N + 1) is noted in docs/dates.md; the text never
    says which, so validity uses the plain one and every answer that uses it names the rule.
    """
    return base + dt.timedelta(days=days)


def month_span(first: dt.date) -> tuple[dt.date, dt.date]:
    """A month-precision date (自2024年6月起) as the half-open days it may mean: [1 June, 1 July)."""
    last = calendar.monthrange(first.year, first.month)[1]
    return first, first.replace(day=last) + ONE_DAY
