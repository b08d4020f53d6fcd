"""Calendar dates as documents print them: ``2024年8月23日``, ``二〇二四年八月二十三日``, ``2024年6月``.

Used on flat text (see :mod:`validity.source`): spaces and line breaks are already gone, full-width digits
already folded. An impossible date is an error, never clamped (notes §7c P6).
"""

from __future__ import annotations

import datetime as dt
import re

from validity.numerals import NUMERAL, parse_int

#: ``<year>年<month>月<day>日`` with any numerals; groups ``year``, ``month``, ``day``.
DATE_PATTERN = rf"(?P<year>{NUMERAL})年(?P<month>{NUMERAL})月(?P<day>{NUMERAL})[日号]"
DATE = re.compile(DATE_PATTERN)
#: ``<year>年<month>月`` not followed by a day.
MONTH = re.compile(rf"(?P<year>{NUMERAL})年(?P<month>{NUMERAL})月(?!{NUMERAL}[日号])")

#: Dates outside this range are read as errors: no 文件 of the People's Republic predates it, and a
#: year past it is a misprint (or a number that was never a year).
FIRST_YEAR = 1949
LAST_YEAR = 2199


def calendar_date(year: int, month: int, day: int) -> dt.date:
    """Return the date, or raise ValueError naming it when it is not in the calendar (2024年2月30日)."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        msg = f"{year}年{month}月{day}日: the year is out of range ({FIRST_YEAR}–{LAST_YEAR})"
        raise ValueError(msg)
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        msg = f"{year}年{month}月{day}日 is not a date in the calendar"
        raise ValueError(msg) from None


def parse_date(text: str) -> dt.date:
    """Read one whole flat date string (``2024年8月23日``, ``二〇二四年八月二十三日``); ValueError otherwise."""
    match = DATE.fullmatch(text)
    if match is None:
        msg = f"{text!r} is not a date"
        raise ValueError(msg)
    return date_from_match(match)


def date_from_match(match: re.Match[str]) -> dt.date:
    """The date a :data:`DATE` match spells; ValueError when the numerals or the date are impossible."""
    return calendar_date(parse_int(match["year"]), parse_int(match["month"]), parse_int(match["day"]))
