"""Invariants of Corpus answers (issue #4) over small random corpora rendered as gazette text.

Each example draws 2–5 documents (tests/strategies.py: fixed, 印发, 公布+N日后, month-precision, approved or no
effective clause; 有效期至, 有效期N年 or no term; 同时废止 of each other by 文号 and of documents outside the
corpus), prints them as one gazette, reads it and builds a Corpus. The oracle below works out each status
from the drawn facts alone (docs/dates.md), without the code under test except periods.last_day_of_term,
which tests/property/test_periods_prop.py checks on its own.
"""

from __future__ import annotations

import calendar
import collections
import datetime as dt
import itertools

import attrs
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.strategies import DocSpec, corpus_specs, render_gazette
from validity.clauses import Duration
from validity.corpus import Corpus, ExternalDocument, Subject
from validity.documents import Document
from validity.periods import TermConvention, last_day_of_term
from validity.reader import read_gazette_text
from validity.source import SourceText
from validity.status import Answer, Status

ONE_DAY = dt.timedelta(days=1)
ENDED = {Status.EXPIRED, Status.REPEALED}
EXAMPLES = settings(max_examples=50, deadline=None)

conventions = st.sampled_from(TermConvention)
probe_days = st.lists(st.dates(dt.date(1999, 1, 1), dt.date(2050, 12, 31)), max_size=5)

Window = tuple[dt.date, dt.date]  # half-open [start, end): the day lies in it


# ── reading the drawn corpus ────────────────────────────────────────────


def build(specs: list[DocSpec], convention: TermConvention) -> tuple[Corpus, dict[str, Document]]:
    """The corpus of the rendered gazette, and its documents by 文号 (each drawn document read back)."""
    gazette = read_gazette_text(SourceText.from_text(render_gazette(specs), name="synthetic.txt"))
    assert [spec.number for spec in specs] == [str(doc.doc_number) for doc in gazette.documents]
    corpus = Corpus.from_gazettes([gazette], convention=convention)
    return corpus, {str(doc.doc_number): doc for doc in corpus.documents}


# ── the oracle ─────────────────────────────────────────────────────────


@attrs.frozen
class End:
    """One way a subject stops being in force: a window, or an undated end uncertain from a day."""

    status: Status
    window: Window | None
    uncertain_from: dt.date | None = None
    vague: bool = False  # the window is a month the text names, not a choice of days


@attrs.frozen
class Expected:
    """What the drawn facts say about one subject."""

    effective: Window | None  # None: unknown
    ends: tuple[End, ...]


def certain_from(window: Window, *, vague: bool = False) -> dt.date:
    """The day falls in the window, so it has surely come by the window's last day; a named month stays
    uncertain to its end (docs/dates.md)."""
    if window[1] - window[0] == ONE_DAY:
        return window[0]
    return window[1] if vague else window[1] - ONE_DAY


def effective_window(spec: DocSpec) -> Window | None:
    if spec.effective == "fixed":
        assert spec.effective_date is not None
        return spec.effective_date, spec.effective_date + ONE_DAY
    if spec.effective == "month":
        assert spec.effective_date is not None
        first = spec.effective_date
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return first, last + ONE_DAY
    if spec.effective == "approved":
        return None
    offset = dt.timedelta(days=spec.offset)  # 印发之日, 公布之日 (assumed: the 成文日期), none (presumed)
    return spec.signed + offset, spec.signed + offset + ONE_DAY


def term_end(spec: DocSpec, convention: TermConvention) -> End | None:
    if spec.term == "until":
        assert spec.until is not None
        return End(Status.EXPIRED, (spec.until + ONE_DAY, spec.until + 2 * ONE_DAY))
    if spec.term == "years":
        effective = effective_window(spec)
        if effective is None:
            return None  # counted from an unknown day: no day on which it surely ends
        starts = [effective[0] + dt.timedelta(days=n) for n in range((effective[1] - effective[0]).days)]
        lasts = [last_day_of_term(start, Duration(years=spec.years), convention) for start in starts]
        return End(Status.EXPIRED, (min(lasts) + ONE_DAY, max(lasts) + 2 * ONE_DAY))
    return None


def repeal_by(spec: DocSpec) -> End:
    """同时废止: with the repealing document's effect; undated, uncertain from its 成文日期."""
    window = effective_window(spec)
    if window is None:
        return End(Status.REPEALED, None, uncertain_from=spec.signed)
    return End(Status.REPEALED, window, vague=spec.effective == "month")


def took_effect(repealer: DocSpec, specs: list[DocSpec], convention: TermConvention) -> bool:
    """A repeal takes effect unless the repealing document surely ended on or before its day (one level)."""
    repeal = repeal_by(repealer)
    if repeal.window is None:
        return True
    term = term_end(repealer, convention)
    ends = ([term] if term is not None else []) + [repeal_by(o) for o in specs if repealer.index in o.repeals]
    return not any(
        end.window is not None and certain_from(end.window, vague=end.vague) <= repeal.window[0]
        for end in ends
    )


def expected_of(specs: list[DocSpec], convention: TermConvention) -> dict[str, Expected]:
    """What each document and each named external document should do, by 文号."""
    expected: dict[str, Expected] = {}
    for spec in specs:
        term = term_end(spec, convention)
        repeals = [
            repeal_by(other)
            for other in specs
            if spec.index in other.repeals and took_effect(other, specs, convention)
        ]
        ends = ([term] if term is not None else []) + repeals
        expected[spec.number] = Expected(effective_window(spec), tuple(ends))
        if spec.repeals_external:
            ended = (repeal_by(spec),) if took_effect(spec, specs, convention) else ()
            expected[spec.external_number] = Expected(None, ended)
    return expected


def expected_statuses(expected: Expected, day: dt.date) -> set[Status]:
    """The statuses docs/dates.md allows on ``day`` (two only when an expiry and a repeal tie)."""
    certain = [
        (certain_from(end.window, vague=end.vague), end.window[0], end.status)
        for end in expected.ends
        if end.window is not None and day >= certain_from(end.window, vague=end.vague)
    ]
    if certain:
        first = min(item[:2] for item in certain)
        return {status for *key, status in certain if tuple(key) == first}
    if any(ended_by(end, day) for end in expected.ends):
        return {Status.UNKNOWN}  # it may have ended
    if expected.effective is None:
        return {Status.UNKNOWN}
    if day < expected.effective[0]:
        return {Status.NOT_YET_IN_FORCE}
    if day < certain_from(expected.effective, vague=True):
        return {Status.UNKNOWN}  # a day of the month it takes effect in
    return {Status.IN_FORCE}


def ended_by(end: End, day: dt.date) -> bool:
    """Whether ``end`` may have come by ``day``."""
    if end.window is not None:
        return end.window[0] <= day
    return end.uncertain_from is not None and end.uncertain_from <= day


def in_force_interval(expected: Expected) -> tuple[dt.date, dt.date | None] | None:
    """[surely in force, first day an end may have come): the days it is in force; None: never known."""
    if expected.effective is None:
        return None
    stops = [end.window[0] for end in expected.ends if end.window is not None]
    stops += [end.uncertain_from for end in expected.ends if end.uncertain_from is not None]
    return certain_from(expected.effective, vague=True), min(stops, default=None)


def inside(interval: tuple[dt.date, dt.date | None] | None, day: dt.date) -> bool:
    return interval is not None and interval[0] <= day and (interval[1] is None or day < interval[1])


def edges(expected: dict[str, Expected], specs: list[DocSpec], extra: list[dt.date]) -> list[dt.date]:
    """Every day a status may change on, the days either side, the 成文日期s and the drawn days."""
    points = {spec.signed for spec in specs} | set(extra)
    for facts in expected.values():
        windows = [facts.effective, *(end.window for end in facts.ends)]
        points |= {day for window in windows if window is not None for day in window}
        points |= {end.uncertain_from for end in facts.ends if end.uncertain_from is not None}
    return sorted({day + dt.timedelta(days=shift) for day in points for shift in (-1, 0, 1)})


def subject(corpus: Corpus, label: str) -> Subject:
    found = corpus.find(label)
    assert label == found.label
    return found


# ── the properties ─────────────────────────────────────────────────────


@EXAMPLES
@given(specs=corpus_specs(), convention=conventions, extra=probe_days)
def test_each_status_follows_the_clauses(
    specs: list[DocSpec], convention: TermConvention, extra: list[dt.date]
) -> None:
    """Not yet / in force / unknown inside a window / expired or repealed, as docs/dates.md counts them."""
    corpus, _ = build(specs, convention)
    expected = expected_of(specs, convention)
    for label, facts in expected.items():
        target = subject(corpus, label)
        for day in edges(expected, specs, extra):
            answer = corpus.status(target, on=day)
            allowed = expected_statuses(facts, day)
            if isinstance(target, ExternalDocument) and not any(ended_by(end, day) for end in facts.ends):
                allowed = {Status.IN_FORCE}  # as far as the corpus knows, until its repeal (docs/dates.md)
            assert answer.status in allowed, (label, day, answer.reason)


@EXAMPLES
@given(specs=corpus_specs(), convention=conventions, extra=probe_days)
def test_in_force_exactly_inside_its_interval_before_any_end(
    specs: list[DocSpec], convention: TermConvention, extra: list[dt.date]
) -> None:
    """In force on D ⇔ D is on or after its (certain) effective day, before its term ends and any repeal."""
    corpus, _ = build(specs, convention)
    expected = expected_of(specs, convention)
    intervals = {spec.number: in_force_interval(expected[spec.number]) for spec in specs}
    for day in edges(expected, specs, extra):
        in_force = {doc.label for doc in corpus.in_force(on=day)}
        assert {label for label, interval in intervals.items() if inside(interval, day)} == in_force, day


@EXAMPLES
@given(specs=corpus_specs(), convention=conventions, extra=probe_days)
def test_in_force_agrees_with_each_status(
    specs: list[DocSpec], convention: TermConvention, extra: list[dt.date]
) -> None:
    corpus, _ = build(specs, convention)
    for day in edges(expected_of(specs, convention), specs, extra):
        statuses = corpus.statuses(on=day)
        assert [corpus.status(doc, on=day) for doc in corpus.documents] == statuses
        assert [answer.document for answer in statuses if answer.status is Status.IN_FORCE] == [
            doc.label for doc in corpus.in_force(on=day)
        ]


@EXAMPLES
@given(specs=corpus_specs(), convention=conventions, extra=probe_days)
def test_once_expired_or_repealed_never_in_force_again(
    specs: list[DocSpec], convention: TermConvention, extra: list[dt.date]
) -> None:
    corpus, _ = build(specs, convention)
    for target in [*corpus.documents, *corpus.externals]:
        statuses = [segment.status for segment in corpus.segments(target)]
        ended = [index for index, status in enumerate(statuses) if status in ENDED]
        if ended:
            assert set(statuses[ended[0] :]) <= ENDED, (target.label, statuses)
        seen_end = False
        for day in edges(expected_of(specs, convention), specs, extra):
            status = corpus.status(target, on=day).status
            assert not (seen_end and status not in ENDED), (target.label, day)
            seen_end = seen_end or status in ENDED


@EXAMPLES
@given(specs=corpus_specs(), convention=conventions, data=st.data())
def test_replaying_changes_gives_the_statuses_at_the_end_of_the_window(
    specs: list[DocSpec], convention: TermConvention, data: st.DataObject
) -> None:
    """changes(D1, D2) applied in order to the statuses on D1 − 1 give the statuses on D2."""
    corpus, _ = build(specs, convention)
    days = edges(expected_of(specs, convention), specs, [])
    first, last = sorted((data.draw(st.sampled_from(days)), data.draw(st.sampled_from(days))))

    state = {answer.document: answer.status for answer in corpus.statuses(on=first - ONE_DAY)}
    changes = corpus.changes(first, last)
    assert sorted(changes, key=lambda change: change.date) == changes
    for change in changes:
        assert first <= change.date <= last  # the window is inclusive at both ends
        assert state[change.subject] == change.before
        assert change.before != change.after
        # dated by the first day of the new status
        target = subject(corpus, change.subject)
        assert change.after == corpus.status(target, on=change.date).status
        assert change.before == corpus.status(target, on=change.date - ONE_DAY).status
        state[change.subject] = change.after
    assert {answer.document: answer.status for answer in corpus.statuses(on=last)} == state


@EXAMPLES
@given(specs=corpus_specs(), convention=conventions, extra=probe_days)
def test_segments_tile_every_day(
    specs: list[DocSpec], convention: TermConvention, extra: list[dt.date]
) -> None:
    """P9: from the beginning of time to the end, no gap, no overlap; status() reads the segment of the day."""
    corpus, _ = build(specs, convention)
    days = edges(expected_of(specs, convention), specs, extra)
    for target in [*corpus.documents, *corpus.externals]:
        segments = corpus.segments(target)
        assert segments[0].start is None
        assert segments[-1].end is None
        for before, after in itertools.pairwise(segments):
            assert before.end is not None
            assert before.end == after.start
            assert before.start is None or before.start < before.end
        for day in days:
            (segment,) = [segment for segment in segments if segment.contains(day)]
            answer = corpus.status(target, on=day)
            # since/until bound the run of segments with this status (a note may split a run, not a status)
            run = [seg for seg in segments if _within(seg, answer.since, answer.until)]
            assert segment in run
            assert {seg.status for seg in run} == {answer.status}
            assert run[0].start == answer.since
            assert run[-1].end == answer.until
            outside = [seg for seg in segments if seg not in run]
            neighbours = [seg for seg in outside if seg.end == answer.since or seg.start == answer.until]
            assert all(seg.status is not answer.status for seg in neighbours)


def _within(segment, since: dt.date | None, until: dt.date | None) -> bool:
    starts_after = since is None or (segment.start is not None and segment.start >= since)
    ends_before = until is None or (segment.end is not None and segment.end <= until)
    return starts_after and ends_before


@st.composite
def shuffled_corpora(draw: st.DrawFn) -> tuple[list[DocSpec], list[int]]:
    """A drawn corpus and another order of its documents."""
    specs = draw(corpus_specs())
    return specs, draw(st.permutations(range(len(specs))))


def both_orders(
    specs: list[DocSpec], order: list[int], convention: TermConvention
) -> tuple[Corpus, Corpus, list[str], list[dt.date]]:
    """The corpus as read and the same documents in ``order``; all labels; the days worth asking about."""
    corpus, _ = build(specs, convention)
    other = Corpus([corpus.documents[index] for index in order], convention=convention)
    labels = [doc.label for doc in corpus.documents] + [ext.label for ext in corpus.externals]
    assert sorted(labels) == sorted(
        [doc.label for doc in other.documents] + [ext.label for ext in other.externals]
    )
    return corpus, other, labels, edges(expected_of(specs, convention), specs, [])


def what(answer: Answer) -> tuple[object, ...]:
    """An answer without its wording: status, since, until, whose, which convention."""
    return (answer.document, answer.status, answer.since, answer.until, answer.external, answer.convention)


@EXAMPLES
@given(shuffled=shuffled_corpora(), convention=conventions)
def test_the_order_of_documents_changes_no_status(
    shuffled: tuple[list[DocSpec], list[int]], convention: TermConvention
) -> None:
    """P20: the same documents in another order: the same statuses, windows, in-force lists, changes."""
    specs, order = shuffled
    corpus, other, labels, days = both_orders(specs, order, convention)
    for label in labels:
        mine, theirs = subject(corpus, label), subject(other, label)
        assert [(s.start, s.end, s.status) for s in corpus.segments(mine)] == [
            (s.start, s.end, s.status) for s in other.segments(theirs)
        ], label
        for day in days:
            assert what(corpus.status(mine, on=day)) == what(other.status(theirs, on=day)), (label, day)
    for day in days:
        assert {doc.label for doc in corpus.in_force(on=day)} == {doc.label for doc in other.in_force(on=day)}
    assert [(c.date, c.subject, c.before, c.after) for c in corpus.changes(days[0], days[-1])] == [
        (c.date, c.subject, c.before, c.after) for c in other.changes(days[0], days[-1])
    ]
    assert collections.Counter(f.code for f in corpus.findings()) == collections.Counter(
        f.code for f in other.findings()
    )


SAME_DAY_REPEALS = (
    [
        DocSpec(index=0, signed=dt.date(2024, 3, 1), effective="fixed", effective_date=dt.date(2024, 6, 1)),
        DocSpec(
            index=1,
            signed=dt.date(2024, 11, 1),
            effective="fixed",
            effective_date=dt.date(2025, 1, 1),
            repeals=(0,),
        ),
        DocSpec(
            index=2,
            signed=dt.date(2024, 12, 1),
            effective="fixed",
            effective_date=dt.date(2025, 1, 1),
            repeals=(0,),
        ),
    ],
    [0, 2, 1],
)


@EXAMPLES
@given(shuffled=shuffled_corpora(), convention=conventions)
@example(shuffled=SAME_DAY_REPEALS, convention=TermConvention.FIRST_DAY_COUNTS)
def test_the_order_of_documents_changes_no_answer(
    shuffled: tuple[list[DocSpec], list[int]], convention: TermConvention
) -> None:
    """P20 in full: reasons, evidence, changes and findings word for word."""
    specs, order = shuffled
    corpus, other, labels, days = both_orders(specs, order, convention)
    for label in labels:
        mine, theirs = subject(corpus, label), subject(other, label)
        assert corpus.segments(mine) == other.segments(theirs), label
        for day in days:
            assert corpus.status(mine, on=day) == other.status(theirs, on=day), (label, day)
    assert corpus.changes(days[0], days[-1]) == other.changes(days[0], days[-1])
    assert sorted((f.code, f.message) for f in corpus.findings()) == sorted(
        (f.code, f.message) for f in other.findings()
    )


@EXAMPLES
@given(
    specs=corpus_specs().map(lambda specs: [attrs.evolve(specs[0], effective="approved"), *specs[1:]]),
    convention=conventions,
    extra=probe_days,
)
def test_an_unknown_start_is_never_in_force(
    specs: list[DocSpec], convention: TermConvention, extra: list[dt.date]
) -> None:
    """P18: 自批准之日起施行 with no override: unknown or ended on every day, never in force."""
    corpus, by_number = build(specs, convention)
    unknown = by_number[specs[0].number]
    assert all(segment.status is not Status.IN_FORCE for segment in corpus.segments(unknown))
    for day in edges(expected_of(specs, convention), specs, extra):
        assert unknown not in corpus.in_force(on=day)
        assert corpus.status(unknown, on=day).status in {Status.UNKNOWN, *ENDED}
