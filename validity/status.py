"""Answers about time: a document's status on a day, the evidence behind it, and what was assumed.

Internally every date is a half-open window of days ``[start, end)``: the true day lies in it. An exact date
is a window of one day; ``自2024年6月起施行`` is the whole month. A status is certain only outside the
windows; inside one it is ``unknown`` and says why. ``None`` as a bound means unbounded, never a sentinel.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from validity.clauses import Clause
from validity.documents import Document

ONE_DAY = dt.timedelta(days=1)


class Status(enum.Enum):
    """The status of a document on a day, with the Chinese label users know."""

    NOT_YET_IN_FORCE = "not_yet_in_force"
    IN_FORCE = "in_force"
    EXPIRED = "expired"
    REPEALED = "repealed"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        """尚未生效, 现行有效, 失效, 已废止, 不确定."""
        return _LABELS[self]


_LABELS = {
    Status.NOT_YET_IN_FORCE: "尚未生效",
    Status.IN_FORCE: "现行有效",
    Status.EXPIRED: "失效",
    Status.REPEALED: "已废止",
    Status.UNKNOWN: "不确定",
}


class Basis(enum.Enum):
    """Where a date comes from."""

    EXPLICIT = "explicit"  # stated in the text
    ON_ISSUE = "on_issue"  # 印发之日: the 成文日期
    ON_PUBLICATION = "on_publication"  # 公布/发布之日: a publication date, supplied or assumed
    WITH_EFFECT = "with_effect"  # 同时废止: the repealing document's effective date
    PRESUMED = "presumed"  # no effective clause: the 成文日期
    OVERRIDE = "override"  # stated by the user in an overrides file
    UNKNOWN = "unknown"


@attrs.frozen
class Evidence:
    """A clause (or fact) an answer rests on: which document, which file and line, in which words."""

    document: str
    file: str
    line: int
    quote: str
    end_line: int | None = None

    @classmethod
    def of_clause(cls, document: Document, clause: Clause) -> Evidence:
        """The evidence a clause gives."""
        return cls(
            document=document.label,
            file=clause.span.file,
            line=clause.span.line,
            end_line=clause.span.end_line,
            quote=clause.quote,
        )

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.quote}"


@attrs.frozen
class Dated:
    """A resolved date: the window ``[start, end)`` its day lies in, how it was found, and on what evidence."""

    start: dt.date
    end: dt.date
    basis: Basis
    evidence: tuple[Evidence, ...] = ()
    assumptions: tuple[str, ...] = ()
    vague: bool = False  # the text names only a period (自2024年6月起施行): no day inside it is certain

    @classmethod
    def day(
        cls,
        day: dt.date,
        basis: Basis,
        evidence: tuple[Evidence, ...] = (),
        assumptions: tuple[str, ...] = (),
    ) -> Dated:
        """An exact day."""
        return cls(day, day + ONE_DAY, basis, evidence, assumptions)

    @property
    def exact(self) -> bool:
        """Whether the window is a single day."""
        return self.end - self.start == ONE_DAY

    @property
    def certain_from(self) -> dt.date:
        """The first day on which the event has surely happened.

        The event falls on a day of the window, so by its last day it has happened; a vague window (the text
        names a month, not a day) stays uncertain to its end, so that no day of that month is answered as sure.
        """
        if self.exact:
            return self.start
        return self.end if self.vague else self.end - ONE_DAY

    def day_before(self) -> Dated:
        """The same window one day earlier: the last day in force, when this is the first day out of force."""
        return attrs.evolve(self, start=self.start - ONE_DAY, end=self.end - ONE_DAY)

    def describe(self) -> str:
        """2024-06-22, or 2024-06-01…2024-06-30 for a window."""
        if self.exact:
            return self.start.isoformat()
        return f"{self.start.isoformat()}…{(self.end - ONE_DAY).isoformat()}"


@attrs.frozen
class Segment:
    """A stretch of days ``[start, end)`` with one status (``None``: unbounded), and why."""

    start: dt.date | None
    end: dt.date | None
    status: Status
    reason: str
    evidence: tuple[Evidence, ...] = ()
    assumptions: tuple[str, ...] = ()

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` lies in the segment."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@attrs.frozen
class Answer:
    """The status of one document on one day, with its reason, evidence and assumptions."""

    document: str
    title: str
    on: dt.date
    status: Status
    since: dt.date | None
    until: dt.date | None  # the first day of the next status, when known
    reason: str
    evidence: tuple[Evidence, ...]
    assumptions: tuple[str, ...]
    convention: str
    amended: tuple[str, ...] = ()  # amendments in effect on that day
    external: bool = False  # a document named by the corpus but not in it

    @property
    def certain(self) -> bool:
        """Whether the answer holds without any assumption and is not unknown."""
        return self.status is not Status.UNKNOWN and not self.assumptions
