"""Resolve what one document says about itself into dates: when it takes effect and when its term ends.

Relative dates are resolved here and nowhere else (docs/dates.md):
- 印发之日 / 下发之日 / 签发之日 is the 成文日期 printed under the signature;
- 公布之日 / 发布之日 / 颁布之日 / 即日 is the publication date: a date the user states in an overrides file,
  else the 成文日期, marked as assumed;
- 通过之日 / 批准之日 and outside events (《X法》施行之日, 与省政府授权实施时间一致) are unknown unless an
  override dates them;
- N日后 adds N days (:func:`validity.periods.days_after`); a term is counted by
  :func:`validity.periods.last_day_of_term` under the chosen convention;
- no effective clause: presumed in force from the 成文日期, and the answer says "presumed".
"""

from __future__ import annotations

import datetime as dt

import attrs

from validity.clauses import (
    BaseEvent,
    EffectiveClause,
    ExpiryClause,
    ExternalEvent,
    FixedDate,
    Precision,
    RelativeDate,
    When,
)
from validity.documents import Document
from validity.overrides import DocumentOverride, Overrides
from validity.periods import ONE_DAY, TermConvention, days_after, last_day_of_term, month_span
from validity.status import Basis, Dated, Evidence

_ISSUE_EVENTS = {BaseEvent.ISSUED, BaseEvent.DISTRIBUTED, BaseEvent.SIGNED}
_APPROVAL_EVENTS = {BaseEvent.ADOPTED, BaseEvent.APPROVED}


@attrs.frozen
class Unknown:
    """A date that cannot be resolved, and why."""

    reason: str
    evidence: tuple[Evidence, ...] = ()


@attrs.frozen
class OwnDates:
    """A document's own effective date and the end of its term, as resolved.

    A notice that 印发s several instruments may give each its own effective clause: ``instruments`` keeps
    each instrument's date (``None`` for the notice itself), so that a 同时废止 or a 有效期N年 inside one
    instrument counts from that instrument's date, not from the window of all of them.
    """

    effective: Dated | Unknown
    term_end: Dated | Unknown | None  # the first day no longer in force; None: no term
    instruments: dict[str | None, Dated | Unknown] = attrs.field(factory=dict)

    def effective_of(self, instrument: str | None) -> Dated | Unknown:
        """The effective date of the instrument a clause stands in (the notice's, else the document's)."""
        if instrument in self.instruments:
            return self.instruments[instrument]
        return self.instruments.get(None, self.effective)


def event_day(
    base: BaseEvent,
    *,
    signed: dt.date | None,
    published: dt.date | None = None,
    gazette: dt.date | None = None,
) -> tuple[dt.date | None, Basis, str]:
    """The day of 印发之日 or 公布之日: (day or None, basis, the assumption made or why unknown).

    印发之日 / 下发之日 / 签发之日 is the 成文日期 (``signed``). 公布之日 / 发布之日 / 颁布之日 / 即日 is the
    publication date when one is known (``published``); else the 成文日期, and the assumption says so.
    """
    if base in _ISSUE_EVENTS:
        if signed is None:
            return None, Basis.UNKNOWN, f"{base.value}之日 is the 成文日期, which the document does not print"
        return signed, Basis.ON_ISSUE, ""
    if published is not None:
        return published, Basis.ON_PUBLICATION, f"publication date {published} as stated"
    if signed is None:
        return None, Basis.UNKNOWN, f"{base.value}之日 is not printed and there is no 成文日期 to assume"
    seen = f"; the gazette printing it came out on {gazette}" if gazette else ""
    note = (
        f"{base.value}之日 is not printed: the 成文日期 {signed} is assumed{seen}; "
        "state the real date in an overrides file"
    )
    return signed, Basis.ON_PUBLICATION, note


class DateResolver:
    """Resolves the dates of one document, with its override (if any) and the corpus' event overrides."""

    def __init__(
        self,
        document: Document,
        *,
        override: DocumentOverride | None,
        overrides: Overrides,
        convention: TermConvention,
    ) -> None:
        self.document = document
        self.override = override
        self.overrides = overrides
        self.convention = convention

    @property
    def signed(self) -> dt.date | None:
        """The 成文日期, corrected by an override when the print is wrong."""
        if self.override is not None and self.override.signed_date is not None:
            return self.override.signed_date
        return self.document.signed_date

    def own_dates(self) -> OwnDates:
        """The document's effective date and term end, and each instrument's own effective date."""
        effective = self.effective()
        instruments = self._instrument_effectives()
        own = OwnDates(effective=effective, term_end=None, instruments=instruments)
        return attrs.evolve(own, term_end=self.term_end(own))

    # ── effective ──

    def effective(self) -> Dated | Unknown:
        """自…起施行 resolved; several clauses that disagree give a window, none gives the presumption."""
        if self.override is not None and self.override.effective_from is not None:
            return Dated.day(self.override.effective_from, Basis.OVERRIDE, (self._override_evidence(),))
        clauses = [c for c in self.document.clauses if isinstance(c, EffectiveClause)]
        if not clauses:
            starts = [
                c for c in self.document.clauses if isinstance(c, ExpiryClause) and c.starts is not None
            ]
            if starts and starts[0].starts is not None:
                evidence = (Evidence.of_clause(self.document, starts[0]),)
                return Dated.day(starts[0].starts.date, Basis.EXPLICIT, evidence)
            return self._presumed()
        effective = self._effective_of(clauses)
        ranges = [c for c in self.document.clauses if isinstance(c, ExpiryClause) and c.starts is not None]
        if isinstance(effective, Dated) and ranges and ranges[0].starts is not None:
            first = ranges[0].starts.date
            if not effective.start <= first < effective.end:  # 自6月1日起施行 … 执行期限为7月1日至…
                note = (
                    f"the term clause starts on {first} (line {ranges[0].span.line}: {ranges[0].quote}), "
                    f"not on the effective date"
                )
                effective = attrs.evolve(effective, assumptions=(*effective.assumptions, note))
        return effective

    def _effective_of(self, clauses: list[EffectiveClause]) -> Dated | Unknown:
        resolved: list[Dated] = []
        unknown: list[Unknown] = []
        for clause in clauses:
            result = self.resolve(clause.when, Evidence.of_clause(self.document, clause))
            (resolved if isinstance(result, Dated) else unknown).append(result)  # type: ignore[arg-type]
        if not resolved:
            return unknown[0]
        combined = _combine(resolved, "the effective clauses give different dates")
        if unknown:
            note = f"another effective clause cannot be resolved: {unknown[0].reason}"
            combined = attrs.evolve(combined, assumptions=(*combined.assumptions, note))
        return combined

    def _instrument_effectives(self) -> dict[str | None, Dated | Unknown]:
        """Each instrument's own effective date, from the effective clauses standing in it."""
        if self.override is not None and self.override.effective_from is not None:
            return {}  # the override dates the whole document
        groups: dict[str | None, list[EffectiveClause]] = {}
        for clause in self.document.clauses:
            if isinstance(clause, EffectiveClause):
                groups.setdefault(clause.instrument, []).append(clause)
        return {instrument: self._effective_of(clauses) for instrument, clauses in groups.items()}

    def _presumed(self) -> Dated | Unknown:
        if self.signed is None:
            return Unknown("no effective clause and no 成文日期 to presume from")
        evidence = Evidence(
            document=self.document.label,
            file=self.document.span.file,
            line=self.document.signature_line or self.document.span.line,
            quote=f"成文日期 {self.signed.isoformat()}",
        )
        note = "no effective clause: presumed in force from its 成文日期"
        return Dated.day(self.signed, Basis.PRESUMED, (evidence,), (note,))

    # ── term ──

    def term_end(self, own: OwnDates) -> Dated | Unknown | None:
        """The first day no longer in force: 有效期至Y → Y + 1; 有效期N年 from its instrument's effective date.

        Instruments with different terms give a window over their ends.
        """
        if self.override is not None and self.override.last_day is not None:
            return Dated.day(self.override.last_day + ONE_DAY, Basis.OVERRIDE, (self._override_evidence(),))
        clauses = [c for c in self.document.clauses if isinstance(c, ExpiryClause) and not c.targets]
        if not clauses:
            return None
        extended = [c for c in clauses if c.extended]
        ends: list[Dated] = []
        for clause in extended or clauses:
            evidence = Evidence.of_clause(self.document, clause)
            effective = own.effective_of(clause.instrument)
            if clause.duration is not None and clause.starts is not None:  # 有效期自2024年6月1日起5年
                effective = Dated.day(clause.starts.date, Basis.EXPLICIT, (evidence,))
            if clause.until is not None:
                start, end = _window(clause.until)
                ends.append(Dated(start + ONE_DAY, end + ONE_DAY, Basis.EXPLICIT, (evidence,)))
            elif clause.duration is not None:
                if isinstance(effective, Unknown):
                    return Unknown(
                        f"a term counted from an effective date that is unknown ({effective.reason})"
                    )
                first = last_day_of_term(effective.start, clause.duration, self.convention)
                last = last_day_of_term(effective.end - ONE_DAY, clause.duration, self.convention)
                ends.append(
                    Dated(
                        first + ONE_DAY,
                        last + 2 * ONE_DAY,
                        effective.basis,
                        (*effective.evidence, evidence),
                        effective.assumptions,
                    )
                )
        if not ends:
            return None
        if extended:
            return max(ends, key=lambda dated: dated.start)
        combined = _combine(ends, "the term clauses give different ends")
        untermed = sorted(
            instrument
            for instrument in own.instruments
            if instrument is not None and all(c.instrument != instrument for c in clauses)
        )
        if untermed:  # 印发 an 办法 with a term and a 细则 without: the 细则's end is the notice's guess
            note = (
                "no term of its own in "
                + "、".join(f"《{name}》" for name in untermed)
                + ": taken to end with the rest"
            )
            combined = attrs.evolve(combined, assumptions=(*combined.assumptions, note))
        return combined

    # ── one date ──

    def resolve(
        self, when: When, evidence: Evidence, *, own_effective: Dated | Unknown | None = None
    ) -> Dated | Unknown:
        """Resolve a date as stated in a clause of this document."""
        if isinstance(when, FixedDate):
            start, end = _window(when)
            return Dated(start, end, Basis.EXPLICIT, (evidence,), vague=when.precision is Precision.MONTH)
        if isinstance(when, ExternalEvent):
            event = self.overrides.for_event(when.description)
            if event is None:
                return Unknown(f"tied to an event the corpus does not date: {when.description}", (evidence,))
            note = f"override: {event.description} = {event.date}" + (
                f" ({event.note})" if event.note else ""
            )
            return Dated.day(event.date, Basis.OVERRIDE, (evidence,), (note,))
        base = self._base(when, evidence, own_effective)
        if isinstance(base, Unknown) or not when.offset_days:
            return base
        return attrs.evolve(
            base,
            start=days_after(base.start, when.offset_days),
            end=days_after(base.end, when.offset_days),
        )

    def _base(
        self, when: RelativeDate, evidence: Evidence, own_effective: Dated | Unknown | None
    ) -> Dated | Unknown:
        base = when.base
        if base in _ISSUE_EVENTS or base.is_publication:
            published = self.override.published if self.override is not None else None
            day, basis, note = event_day(
                base, signed=self.signed, published=published, gazette=self.document.gazette.publication_date
            )
            if day is None:
                return Unknown(note, (evidence,))
            if published is not None and base.is_publication:
                note = f"{note} ({self.override.source})" if self.override is not None else note
            return Dated.day(day, basis, (evidence,), (note,) if note else ())
        if base in _APPROVAL_EVENTS:
            if self.override is not None and self.override.approved is not None:
                return Dated.day(
                    self.override.approved, Basis.OVERRIDE, (evidence, self._override_evidence())
                )
            return Unknown(f"the text does not date its {base.value} (批准/通过之日)", (evidence,))
        if base is BaseEvent.EFFECTIVE:
            if own_effective is None:
                return Unknown("tied to its own 施行之日", (evidence,))
            if isinstance(own_effective, Unknown):
                return Unknown(
                    f"tied to its own 施行之日, which is unknown ({own_effective.reason})", (evidence,)
                )
            return attrs.evolve(own_effective, evidence=(*own_effective.evidence, evidence))
        return Unknown(
            f"cannot resolve {base.value}之日", (evidence,)
        )  # pragma: no cover - every event is handled

    def _override_evidence(self) -> Evidence:
        assert self.override is not None
        return Evidence(
            document=self.document.label,
            file=self.overrides.file or "<overrides>",
            line=0,
            quote=self.override.source,
        )


def _window(value: FixedDate) -> tuple[dt.date, dt.date]:
    if value.precision is Precision.MONTH:
        return month_span(value.date)
    return value.date, value.date + ONE_DAY


def _combine(dates: list[Dated], disagreement: str) -> Dated:
    """One window for several dates; when they differ the window spans them all and says so."""
    first = min(dates, key=lambda dated: dated.start)
    if all((dated.start, dated.end) == (first.start, first.end) for dated in dates):
        evidence = tuple(item for dated in dates for item in dated.evidence)
        assumptions = tuple(dict.fromkeys(item for dated in dates for item in dated.assumptions))
        return attrs.evolve(first, evidence=evidence, assumptions=assumptions)
    listed = ", ".join(f"{dated.describe()} ({dated.evidence[0]})" for dated in dates if dated.evidence)
    return Dated(
        start=first.start,
        end=max(dated.end for dated in dates),
        vague=any(dated.vague for dated in dates),
        basis=first.basis,
        evidence=tuple(item for dated in dates for item in dated.evidence),
        assumptions=(
            *tuple(dict.fromkeys(a for dated in dates for a in dated.assumptions)),
            f"{disagreement}: {listed}",
        ),
    )
