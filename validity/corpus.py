"""A corpus of documents that answers questions about time.

Each document's own dates come from :mod:`validity.lifecycle`; here documents are linked to each other
(a repeal or cessation names its target by 文号 first, then by title with issuer and date as tie-breakers),
and each document's status becomes a sequence of :class:`~validity.status.Segment` covering all days.
``status``, ``in_force``, ``changes`` and ``timeline`` read those segments, so they always agree.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs

from validity.clauses import (
    AmendmentClause,
    AmendmentMode,
    CessationClause,
    ExpiryClause,
    RepealClause,
    Target,
)
from validity.doc_numbers import DocNumber
from validity.documents import Document, Gazette, title_key, title_keys
from validity.errors import (
    AmbiguousDocumentError,
    DocNumberError,
    DocumentNotFoundError,
    OverridesError,
    UsageError,
)
from validity.lifecycle import DateResolver, OwnDates, Unknown
from validity.overrides import Overrides
from validity.periods import DEFAULT_CONVENTION, ONE_DAY, TermConvention
from validity.reader import gazette_files, read_gazette
from validity.status import Answer, Basis, Dated, Evidence, Segment, Status


@attrs.frozen(eq=False)
class ExternalDocument:
    """A document the corpus names (in a repeal) but does not contain, with what is known of it."""

    title: str | None
    doc_number: DocNumber | None
    issuer: str | None
    issued_date: dt.date | None

    @property
    def label(self) -> str:
        """Its 文号, else its title."""
        return str(self.doc_number) if self.doc_number else f"《{self.title}》"


Subject = Document | ExternalDocument


@attrs.frozen(eq=False)
class Link:
    """A clause of one document that ends another: a repeal (废止) or a cessation (停止执行)."""

    by: Document
    clause: RepealClause | CessationClause
    target: Target
    resolved: Subject | None  # None: a class of documents (其他有关规定), not one document
    date: Dated | Unknown
    note: str = ""
    doubt: str = (
        ""  # the citation disagrees with the linked document (another title or 成文日期): likely a misprint
    )

    @property
    def status(self) -> Status:
        """What the target becomes."""
        return Status.REPEALED


@attrs.frozen(eq=False)
class Extension:
    """A clause of one document that extends another's term: 《X》(文号)有效期延长至Y, 该办法有效期延长至Y."""

    by: Document
    clause: ExpiryClause
    target: Target
    resolved: Subject | None
    end: Dated  # the first day no longer in force under the extended term
    from_day: dt.date | None = None  # when the extension itself takes effect (None: not known)


@attrs.frozen(eq=False)
class Amendment:
    """A change to a document's text: by an amending act of the corpus, or a line of its own history."""

    document: Document
    clause: AmendmentClause
    by: Document | None
    date: Dated | Unknown


@attrs.frozen
class Event:
    """A dated event of a document's timeline, with its evidence."""

    kind: str  # signed, effective, amended, extended, expiry, repealed
    date: Dated | Unknown | None
    description: str
    evidence: tuple[Evidence, ...] = ()

    @property
    def sort_key(self) -> tuple[int, dt.date, int]:
        """Dated events in order, same-day events in a fixed order, undated ones last."""
        order = ("signed", "effective", "amended", "extended", "expiry", "repealed").index(self.kind)
        if isinstance(self.date, Dated):
            return (0, self.date.start, order)
        return (1, dt.date.max, order)


@attrs.frozen
class Change:
    """A document's status changing on a day (the first day of the new status)."""

    date: dt.date
    subject: str
    title: str
    before: Status
    after: Status
    reason: str
    evidence: tuple[Evidence, ...] = ()
    kind: str = (
        "status"  # status: the status changes on the day; amended: the text changes, the status does not
    )


@attrs.frozen
class Finding:
    """A consistency problem of the corpus (``validity check``), with its evidence."""

    code: str
    severity: str  # warning, info
    message: str
    evidence: tuple[Evidence, ...] = ()


@attrs.frozen
class _End:
    """One way a document stops being in force."""

    date: Dated | Unknown
    status: Status
    reason: str
    evidence: tuple[Evidence, ...]
    assumptions: tuple[str, ...] = ()


class Corpus:
    """Documents read from gazettes and linked to each other; answers status, in_force, timeline, changes."""

    def __init__(
        self,
        documents: Sequence[Document],
        *,
        overrides: Overrides | None = None,
        convention: TermConvention = DEFAULT_CONVENTION,
    ) -> None:
        self.documents, self.reprints = _distinct(documents)
        self.overrides = overrides or Overrides()
        self.convention = convention
        self.unmatched_overrides = self._check_overrides()
        self._resolvers = {doc: self._resolver(doc) for doc in self.documents}
        self.own: dict[Document, OwnDates] = {doc: self._resolvers[doc].own_dates() for doc in self.documents}
        self.externals: list[ExternalDocument] = []
        self.links: list[Link] = []
        self._link_all()
        self.extensions = self._extensions()
        self.amendments = self._amendments()
        self._other_ends = self._ends_under_the_other_convention()
        self._dead = {link: why for link in self.links if (why := self._why_never_took_effect(link))}
        subjects: list[Subject] = [*self.documents, *self.externals]
        self._segments: dict[Subject, tuple[Segment, ...]] = {
            subject: self._build_segments(subject) for subject in subjects
        }

    @classmethod
    def from_paths(
        cls,
        paths: Iterable[str | Path] = (),
        *,
        overrides: Overrides | None = None,
        convention: TermConvention = DEFAULT_CONVENTION,
    ) -> Corpus:
        """Read gazette files and folders (default: the bundled corpus) into a corpus.

        Raises UnreadableFileError for a file that cannot be read.
        """
        gazettes = [read_gazette(path) for path in gazette_files([Path(p) for p in paths])]
        return cls.from_gazettes(gazettes, overrides=overrides, convention=convention)

    @classmethod
    def from_gazettes(
        cls,
        gazettes: Iterable[Gazette],
        *,
        overrides: Overrides | None = None,
        convention: TermConvention = DEFAULT_CONVENTION,
    ) -> Corpus:
        """A corpus of the documents of gazettes already read."""
        documents = [doc for gazette in gazettes for doc in gazette.documents]
        return cls(documents, overrides=overrides, convention=convention)

    # ── finding documents ───────────────────────────────────────────────

    def find(self, query: str) -> Subject:
        """The document a 文号 or a unique title fragment names (documents first, then named externals).

        Raises DocumentNotFoundError, or AmbiguousDocumentError listing the candidates.
        """
        query = query.strip()
        if not query:
            msg = "an empty query names no document"
            raise UsageError(msg)
        try:
            number: DocNumber | None = DocNumber.parse(query)
        except DocNumberError:
            number = None
        subjects: list[Subject] = [*self.documents, *self.externals]
        if number is not None:
            hits = [s for s in subjects if s.doc_number == number]
        else:
            key = title_key(query)
            hits = [
                s
                for s in subjects
                if (s.title and key in title_key(s.title))
                or (s.doc_number and key in title_key(str(s.doc_number)))
            ]
            exact = [s for s in hits if s.title and title_key(s.title) == key]
            hits = exact or hits
        documents: list[Subject] = [s for s in hits if isinstance(s, Document)]
        hits = documents or hits
        if not hits:
            msg = f"no document in the corpus matches {query!r}"
            raise DocumentNotFoundError(msg)
        if len(hits) > 1:
            listed = "; ".join(f"{s.label} {s.title}" for s in hits[:10])
            msg = f"{len(hits)} documents match {query!r}: {listed}"
            raise AmbiguousDocumentError(msg)
        return hits[0]

    # ── answers ─────────────────────────────────────────────────────────

    def segments(self, subject: Subject) -> tuple[Segment, ...]:
        """The status of a document over all days, as consecutive segments."""
        return self._segments[subject]

    def status(self, subject: Subject, *, on: dt.date) -> Answer:
        """The status of a document on a day, with its reason, evidence and assumptions."""
        segments = self._segments[subject]
        at = next(index for index, seg in enumerate(segments) if seg.contains(on))
        segment = segments[at]
        first, last = at, at  # the run of segments with this status (they split where only a note changes)
        while first > 0 and segments[first - 1].status is segment.status:
            first -= 1
        while last + 1 < len(segments) and segments[last + 1].status is segment.status:
            last += 1
        amended = tuple(
            f"{amendment.clause.mode.value} {amendment.date.describe()}: {amendment.clause.quote}"
            for amendment in self.amendments
            if amendment.document is subject
            and isinstance(amendment.date, Dated)
            and amendment.date.certain_from <= on
        )
        return Answer(
            document=subject.label,
            title=subject.title or "",
            on=on,
            status=segment.status,
            since=segments[first].start,
            until=segments[last].end,
            reason=segment.reason,
            evidence=segment.evidence,
            assumptions=segment.assumptions,
            convention=self.convention.description,
            amended=amended,
            external=isinstance(subject, ExternalDocument),
        )

    def statuses(self, *, on: dt.date) -> list[Answer]:
        """The status of every document of the corpus on a day."""
        return [self.status(doc, on=on) for doc in self.documents]

    def in_force(self, *, on: dt.date) -> list[Document]:
        """The documents of the corpus in force on a day (an unknown status is not counted as in force)."""
        return [doc for doc in self.documents if self.status(doc, on=on).status is Status.IN_FORCE]

    def changes(self, start: dt.date, end: dt.date) -> list[Change]:
        """Every change of status with its first day in ``[start, end]``, and every amendment, in date order.

        Applying them in order to the statuses on ``start − 1 day`` gives the statuses on ``end`` (an amendment
        leaves the status as it is: its ``before`` and ``after`` are the same).
        """
        if end < start:
            msg = f"the window ends ({end}) before it starts ({start})"
            raise UsageError(msg)
        changes: list[Change] = []
        for subject in self.documents:
            segments = self._segments[subject]
            for before, after in itertools.pairwise(segments):
                day = after.start
                if day is not None and start <= day <= end and before.status is not after.status:
                    changes.append(
                        Change(
                            date=day,
                            subject=subject.label,
                            title=subject.title,
                            before=before.status,
                            after=after.status,
                            reason=after.reason,
                            evidence=after.evidence,
                        )
                    )
        for amendment in self.amendments:
            day = amendment.date.start if isinstance(amendment.date, Dated) else None
            if day is None or not start <= day <= end:
                continue
            document = amendment.document
            status = self.status(document, on=day).status
            by = f" by {amendment.by.label}" if amendment.by is not None else ""
            changes.append(
                Change(
                    date=day,
                    subject=document.label,
                    title=document.title,
                    before=status,
                    after=status,
                    reason=f"amended ({amendment.clause.mode.value}){by}: {amendment.clause.quote}",
                    evidence=(Evidence.of_clause(amendment.by or document, amendment.clause),),
                    kind="amended",
                )
            )
        return sorted(changes, key=lambda change: (change.date, change.subject, change.kind, change.reason))

    def timeline(self, subject: Subject) -> list[Event]:
        """Signed, effective, amended, expiry, repealed: the events of a document in order, with evidence."""
        events: list[Event] = []
        if isinstance(subject, Document):
            own = self.own[subject]
            signed = self._resolvers[subject].signed
            if signed is not None:
                evidence = Evidence(
                    subject.label,
                    subject.span.file,
                    subject.signature_line or subject.span.line,
                    f"成文日期 {signed}",
                )
                events.append(
                    Event(
                        "signed", Dated.day(signed, Basis.EXPLICIT, (evidence,)), "成文 (signed)", (evidence,)
                    )
                )
            effective = own.effective
            events.append(Event("effective", effective, _effective_words(effective), _evidence_of(effective)))
            for amendment in self.amendments:
                if amendment.document is subject:
                    by = f" by {amendment.by.label}" if amendment.by is not None else ""
                    events.append(
                        Event(
                            "amended",
                            amendment.date,
                            f"{amendment.clause.mode.value}{by}",
                            (Evidence.of_clause(amendment.by or subject, amendment.clause),),
                        )
                    )
        events.extend(
            Event(
                "extended",
                self.own[extension.by].effective,
                f"term extended by {extension.by.label}: last day in force now {_last(extension.end)}",
                extension.end.evidence,
            )
            for extension in self.extended_by(subject)
        )
        term = self.term_end(subject)
        if term is not None:
            events.append(Event("expiry", term, _term_words(term), _evidence_of(term)))
        events.extend(
            Event(
                "repealed",
                link.date,
                f"{_verb(link)} by {link.by.label}",
                (Evidence.of_clause(link.by, link.clause),),
            )
            for link in self.repealed_by(subject)
        )
        return sorted(events, key=lambda event: event.sort_key)

    def term_end(self, subject: Subject, *, on: dt.date | None = None) -> Dated | Unknown | None:
        """The first day out of force by its term: its own, or the latest extension of it (None: no term).

        With ``on``, only the extensions in effect by that day count: an extension issued after the term ran
        out does not reach back before its own day.
        """
        extensions = [
            extension
            for extension in self.extended_by(subject)
            if on is None or extension.from_day is None or extension.from_day <= on
        ]
        if extensions:
            return max(extensions, key=lambda extension: extension.end.start).end
        return self.own[subject].term_end if isinstance(subject, Document) else None

    def extended_by(self, subject: Subject) -> list[Extension]:
        """The clauses of other documents that extend this one's term."""
        return [extension for extension in self.extensions if extension.resolved is subject]

    def last_day(self, document: Document) -> Dated | Unknown | None:
        """The last day in force by the document's term, as extended (None: no term): the term end minus a day."""
        end = self.term_end(document)
        if isinstance(end, Dated):
            return end.day_before()
        return end

    def repeals_by(self, document: Document) -> list[Link]:
        """The repeal and cessation links a document makes."""
        return [link for link in self.links if link.by is document]

    def repealed_by(self, subject: Subject) -> list[Link]:
        """The links that end a document."""
        return [link for link in self.links if link.resolved is subject]

    # ── building ────────────────────────────────────────────────────────

    def _check_overrides(self) -> list[str]:
        """Each override names one document: one naming several is an error, one naming none is reported."""
        unmatched: list[str] = []
        for entry in self.overrides.documents:
            hits = [doc for doc in self.documents if _override_matches(entry.match, doc)]
            if len(hits) > 1:
                listed = "; ".join(f"{doc.label} {doc.title}" for doc in hits[:8])
                msg = (
                    f"{self.overrides.file or 'overrides'}: match {entry.match!r} names {len(hits)} documents "
                    f"({listed}); give a 文号 or a longer title"
                )
                raise OverridesError(msg)
            if not hits:
                unmatched.append(entry.match)
        return unmatched

    def _resolver(self, document: Document, convention: TermConvention | None = None) -> DateResolver:
        override = None
        for entry in self.overrides.documents:
            if _override_matches(entry.match, document):
                override = entry
        return DateResolver(
            document, override=override, overrides=self.overrides, convention=convention or self.convention
        )

    def _link_all(self) -> None:
        for document in self.documents:
            for clause in document.clauses:
                if not isinstance(clause, RepealClause | CessationClause):
                    continue
                for target in clause.targets:
                    resolved, note = self._resolve_target(target, document)
                    evidence = Evidence.of_clause(document, clause)
                    own_effective = self.own[document].effective_of(clause.instrument)
                    if clause.when is None:
                        date = own_effective
                        if isinstance(date, Dated):
                            date = attrs.evolve(
                                date, basis=Basis.WITH_EFFECT, evidence=(*date.evidence, evidence)
                            )
                    else:
                        date = self._resolvers[document].resolve(
                            clause.when, evidence, own_effective=own_effective
                        )
                    if any(
                        link.by is document and link.resolved is resolved and resolved is not None
                        for link in self.links
                    ):
                        continue  # the same repeal printed twice (notice and 办法)
                    doubt = self._doubt(target, resolved)
                    self.links.append(Link(document, clause, target, resolved, date, note, doubt))

    def _resolve_target(self, target: Target, by: Document) -> tuple[Subject | None, str]:
        if target.title is None and target.doc_number is None:
            if target.description and _FORMER_VERSION.fullmatch(target.description):
                return self._former_version(by)
            return None, ""  # a class of documents (其他有关规定), not one document
        candidates = [doc for doc in self.documents if doc is not by]
        if target.doc_number is not None:
            hits = [doc for doc in candidates if doc.doc_number == target.doc_number]
        else:
            key = title_key(target.title or "")
            titled = [doc for doc in candidates if key in title_keys(doc)]
            hits = [
                doc
                for doc in titled
                if target.issued_date is None or doc.signed_date in (None, target.issued_date)
            ]
            if not hits and len(titled) == 1:  # the one document of that title, cited with another date
                return titled[0], ""
        if len(hits) == 1:
            return hits[0], ""
        if hits:  # several documents match: none is linked, and the target is not "missing" either
            return None, f"{len(hits)} documents match; none is linked: " + ", ".join(d.label for d in hits)
        return self._external(target), ""

    def _former_version(self, by: Document) -> tuple[Subject | None, str]:
        """原办法: the one earlier document of the corpus with the same title as ``by`` (or its instrument)."""
        titles = title_keys(by)
        earlier = [
            doc
            for doc in self.documents
            if doc is not by
            and title_keys(doc) & titles
            and (doc.signed_date is None or by.signed_date is None or doc.signed_date < by.signed_date)
        ]
        if len(earlier) == 1:
            return earlier[0], ""
        if earlier:
            return None, f"{len(earlier)} earlier versions match; none is linked: " + ", ".join(
                d.label for d in earlier
            )
        return (
            None,
            "",
        )  # the earlier version is not in the corpus, and a kind alone names no outside document

    def _doubt(self, target: Target, resolved: Subject | None) -> str:
        """What the citation says that the linked document does not: a different title or 成文日期."""
        if not isinstance(resolved, Document):
            return ""
        doubts = []
        if target.title and title_key(target.title) not in title_keys(resolved):
            doubts.append(
                f"the clause cites the title 《{target.title}》, but {resolved.label} is 《{resolved.title}》"
            )
        if target.issued_date and resolved.signed_date and target.issued_date != resolved.signed_date:
            doubts.append(
                f"the clause cites it as issued {target.issued_date}, but its 成文日期 is {resolved.signed_date}"
            )
        return "; ".join(doubts)

    def _external(self, target: Target) -> ExternalDocument:
        for known in self.externals:
            same_number = target.doc_number is not None and known.doc_number == target.doc_number
            same_title = (
                target.doc_number is None and known.doc_number is None and known.title == target.title
            )
            if same_number or same_title:
                return known
        external = ExternalDocument(
            title=target.title,
            doc_number=target.doc_number,
            issuer=target.issuer,
            issued_date=target.issued_date,
        )
        self.externals.append(external)
        return external

    def _ends_under_the_other_convention(self) -> dict[Document, Dated]:
        """Term ends that another counting convention puts on another day (有效期N年 only)."""
        other = next(c for c in TermConvention if c is not self.convention)
        ends: dict[Document, Dated] = {}
        for document in self.documents:
            mine = self.term_end(document)
            counted = any(isinstance(c, ExpiryClause) and c.duration for c in document.clauses)
            if not counted or not isinstance(mine, Dated) or self.extended_by(document):
                continue  # only a term stated as a duration is counted, and so can differ
            resolver = self._resolver(document, other)
            theirs = resolver.own_dates().term_end
            if isinstance(theirs, Dated) and theirs.start != mine.start:
                ends[document] = theirs
        return ends

    def _disputed(self, subject: Subject, day: dt.date) -> str:
        """Why the answer on ``day`` depends on the counting convention ("" when it does not)."""
        theirs = self._other_ends.get(subject) if isinstance(subject, Document) else None
        mine = self.term_end(subject)
        if theirs is None or not isinstance(mine, Dated):
            return ""
        if min(mine.start, theirs.start) <= day < max(mine.start, theirs.start):
            other = next(c for c in TermConvention if c is not self.convention)
            return (
                f"the counting conventions disagree on this day: under {other.value} the last day in force is "
                f"{_last(theirs)}, under {self.convention.value} {_last(mine)}"
            )
        return ""

    def _extensions(self) -> list[Extension]:
        found: list[Extension] = []
        for document in self.documents:
            for clause in document.clauses:
                if not (isinstance(clause, ExpiryClause) and clause.targets and clause.until is not None):
                    continue
                evidence = Evidence.of_clause(document, clause)
                end = Dated.day(clause.until.date + ONE_DAY, Basis.EXPLICIT, (evidence,))
                effective = self.own[document].effective_of(clause.instrument)
                from_day = (
                    effective.start if isinstance(effective, Dated) else self._resolvers[document].signed
                )
                for target in clause.targets:
                    resolved, _ = self._resolve_target(target, document)
                    found.append(Extension(document, clause, target, resolved, end, from_day))
        return found

    def _amendments(self) -> list[Amendment]:
        found: list[Amendment] = []
        for document in self.documents:
            for clause in document.clauses:
                if not isinstance(clause, AmendmentClause):
                    continue
                evidence = Evidence.of_clause(document, clause)
                if clause.mode is AmendmentMode.MODIFIED and clause.amends:
                    key = title_key(clause.amends)
                    found.extend(
                        Amendment(other, clause, document, self.own[document].effective)
                        for other in self.documents
                        if other is not document and key in title_keys(other)
                    )
                elif clause.date is not None:
                    found.append(
                        Amendment(document, clause, None, Dated.day(clause.date, Basis.EXPLICIT, (evidence,)))
                    )
        return found

    def _ends(self, subject: Subject, *, on: dt.date | None = None) -> list[_End]:
        ends: list[_End] = []
        term = self.term_end(subject, on=on)
        if term is not None:
            extenders = {
                extension.by.label for extension in self.extended_by(subject) if extension.end is term
            }
            if isinstance(term, Unknown):
                words = "the term ran out"
            elif extenders:
                words = (
                    f"the term, extended by {', '.join(sorted(extenders))}, ran out: last day {_last(term)}"
                )
            else:
                words = f"the term ran out: last day {_last(term)}"
            evidence = _evidence_of(term)
            assumptions = term.assumptions if isinstance(term, Dated) else ()
            ends.append(_End(term, Status.EXPIRED, words, evidence, assumptions))
        for link in self.repealed_by(subject):
            evidence = (Evidence.of_clause(link.by, link.clause),)
            verb = _verb(link)
            if self._never_took_effect(link):
                continue
            assumptions = link.date.assumptions if isinstance(link.date, Dated) else ()
            if link.doubt:
                assumptions = (*assumptions, f"linked although {link.doubt}")
            ends.append(_End(link.date, Status.REPEALED, f"{verb} by {link.by.label}", evidence, assumptions))
        return ends

    def _never_took_effect(self, link: Link) -> str:
        """Why a repeal never took effect ("" if it did), as worked out once when the corpus was built."""
        return self._dead.get(link, "")

    def _why_never_took_effect(self, link: Link) -> str:
        """Why a repeal never took effect ("" if it did): the repealing document was itself ended first.

        A repeal takes effect only while the repealing document is in force; one repealed or expired before the
        day its repeal would take effect (repealed before it ever took effect, say) repeals nothing. One level
        only: whether the repealing document's own repealer took effect is not asked again.
        """
        if not isinstance(link.date, Dated):
            return ""
        ends: list[tuple[Dated, str]] = []
        term = self.term_end(link.by)
        if isinstance(term, Dated):
            ends.append((term, f"its term ran out (last day {_last(term)})"))
        ends.extend(
            (other.date, f"it was repealed by {other.by.label} from {other.date.describe()}")
            for other in self.repealed_by(link.by)
            if other.by is not link.by and isinstance(other.date, Dated)
        )
        for end, why in sorted(ends, key=lambda item: (item[0].certain_from, item[0].start, item[1])):
            if end.certain_from <= link.date.start:
                return (
                    f"{_verb(link)} by {link.by.label} from {link.date.describe()} never took effect: {why} "
                    f"({link.by.span.file}:{link.clause.span.line})"
                )
        return ""

    def _build_segments(self, subject: Subject) -> tuple[Segment, ...]:
        if isinstance(subject, Document):
            effective: Dated | Unknown = self.own[subject].effective
        else:
            effective = _EXTERNAL_START
        ends = self._ends(subject)
        extensions = self.extended_by(subject)
        lapsed = self._ends(subject, on=dt.date.min) if extensions else []  # before any extension
        days = {
            day
            for dated in (effective, *(end.date for end in (*ends, *lapsed)))
            if isinstance(dated, Dated)
            for day in (dated.start, dated.certain_from)
        }
        days.update(extension.from_day for extension in extensions if extension.from_day is not None)
        days.update(
            link.date.start
            for link in self.repealed_by(subject)
            if isinstance(link.date, Dated) and self._never_took_effect(link)
        )
        theirs = self._other_ends.get(subject) if isinstance(subject, Document) else None
        if theirs is not None:
            days.add(theirs.start)
        for ending in ends:
            unknown_from = (
                self._unknown_end_from(ending, subject) if isinstance(ending.date, Unknown) else None
            )
            if unknown_from is not None:
                days.add(unknown_from)
        points = sorted(days)
        starts: list[dt.date | None] = [None, *points]
        segments: list[Segment] = []
        for index, start in enumerate(starts):
            probe = start if start is not None else (points[0] - ONE_DAY if points else dt.date(2000, 1, 1))
            on_day = self._ends(subject, on=probe) if extensions else ends
            status, reason, evidence, assumptions = self._status_on(subject, probe, effective, on_day)
            revived = self._revived(subject, probe) if status is Status.IN_FORCE else ""
            if revived:
                assumptions = (*assumptions, revived)
            disputed = self._disputed(subject, probe)
            if disputed and status in (Status.IN_FORCE, Status.EXPIRED):
                assumptions = (*assumptions, disputed)
            stop = starts[index + 1] if index + 1 < len(starts) else None
            if segments and (segments[-1].status, segments[-1].reason, segments[-1].assumptions) == (
                status,
                reason,
                assumptions,
            ):
                segments[-1] = attrs.evolve(segments[-1], end=stop)
            else:
                segments.append(Segment(start, stop, status, reason, evidence, assumptions))
        return tuple(segments)

    def _revived(self, subject: Subject, day: dt.date) -> str:
        """Why a document in force on ``day`` is so only because an extension came after its term ran out."""
        before = self.term_end(subject, on=dt.date.min)
        for extension in self.extended_by(subject):
            if (
                isinstance(before, Dated)
                and extension.from_day is not None
                and before.start < extension.from_day <= day
            ):
                return (
                    f"its term had run out (last day {_last(before)}); {extension.by.label} extended it only from "
                    f"{extension.from_day}: read here as in force again from then"
                )
        return ""

    def _unknown_end_from(self, end: _End, subject: Subject) -> dt.date | None:
        """An end whose date is unknown makes the status uncertain from the ending document's 成文日期."""
        for link in self.repealed_by(subject):
            if link.date is end.date:
                return self._resolvers[link.by].signed
        return None

    def _status_on(
        self, subject: Subject, day: dt.date, effective: Dated | Unknown, ends: list[_End]
    ) -> tuple[Status, str, tuple[Evidence, ...], tuple[str, ...]]:
        certain = [end for end in ends if isinstance(end.date, Dated) and day >= end.date.certain_from]
        if certain:
            # the earliest end; on a tie (two repeals the same day) the order of the corpus must not matter
            first = min(certain, key=lambda end: (end.date.certain_from, end.date.start, end.reason))  # type: ignore[union-attr]
            since = first.date.describe()  # type: ignore[union-attr]
            never = ""
            if isinstance(effective, Dated) and first.date.certain_from <= effective.start:  # type: ignore[union-attr]
                never = " (before it ever took effect)"
            reason = f"{first.status.label} since {since}: {first.reason}{never}"
            return first.status, reason, first.evidence, first.assumptions
        pending = []
        for end in ends:
            if isinstance(end.date, Dated) and end.date.start <= day:
                split = (
                    ""
                    if end.date.vague
                    else " (its clauses give different days: part of it may still be in force)"
                )
                pending.append(f"{end.reason}, on a day in {end.date.describe()}{split}")
            elif isinstance(end.date, Unknown):
                from_day = self._unknown_end_from(end, subject)
                if from_day is not None and from_day <= day:
                    pending.append(f"{end.reason}, on a date that cannot be resolved ({end.date.reason})")
        if pending:
            evidence = tuple(sorted({item for end in ends for item in end.evidence}, key=str))
            return Status.UNKNOWN, "uncertain: it may have ended: " + "; ".join(sorted(pending)), evidence, ()
        dead = tuple(
            sorted(
                why
                for link in self.repealed_by(subject)
                if isinstance(link.date, Dated)
                and day >= link.date.start
                and (why := self._never_took_effect(link))
            )
        )
        if isinstance(subject, ExternalDocument):
            reason = f"{Status.IN_FORCE.label} as far as the corpus knows: it is not in the corpus, only what others say of it is"
            return (
                Status.IN_FORCE,
                reason,
                (),
                ("not in the corpus: presumed in force until its repeal", *dead),
            )
        if isinstance(effective, Unknown):
            return (
                Status.UNKNOWN,
                f"uncertain: the effective date is unknown: {effective.reason}",
                effective.evidence,
                (),
            )
        if day < effective.start:
            reason = f"{Status.NOT_YET_IN_FORCE.label}: in force from {effective.describe()} ({_basis_words(effective)})"
            return Status.NOT_YET_IN_FORCE, reason, effective.evidence, effective.assumptions
        if day < effective.certain_from:
            which = (
                "the text does not say which"
                if effective.vague
                else "its clauses (or its instruments) give different days, so part of it may not be in force yet"
            )
            reason = (
                f"uncertain: it takes effect on a day in {effective.describe()} and {which} "
                f"({_basis_words(effective)})"
            )
            return Status.UNKNOWN, reason, effective.evidence, effective.assumptions
        term_end = self.term_end(subject)
        reason = f"{Status.IN_FORCE.label} since {effective.describe()} ({_basis_words(effective)}){_term_note(term_end)}"
        evidence, assumptions = effective.evidence, effective.assumptions
        if isinstance(term_end, Dated):  # the answer's end rests on the term clause (or its override) too
            evidence = (*evidence, *(item for item in term_end.evidence if item not in evidence))
            assumptions = (*assumptions, *(item for item in term_end.assumptions if item not in assumptions))
        return Status.IN_FORCE, reason, evidence, (*assumptions, *dead)

    # ── consistency ─────────────────────────────────────────────────────

    def findings(self) -> list[Finding]:
        """Consistency problems of the corpus, each with its evidence (``validity check``)."""
        from validity.consistency import check

        return check(self)


_EXTERNAL_START = Unknown("not in the corpus; only its repeal is known")


_FORMER_VERSION = re.compile(
    r"原[\u4e00-\u9fff]{0,4}?(?:办法|规定|细则|意见|通知|方案|决定|措施|条例|规则|标准)"
)


def _distinct(documents: Sequence[Document]) -> tuple[tuple[Document, ...], list[tuple[Document, Document]]]:
    """The documents with reprints left out: the same 文号 and title printed twice (two gazettes, one text).

    Returns the documents kept and (reprint, original) pairs; a repeal of the text then links to one document.
    """
    kept: dict[tuple[str, str], Document] = {}
    distinct: list[Document] = []
    reprints: list[tuple[Document, Document]] = []
    for document in documents:
        key = (str(document.doc_number), title_key(document.title)) if document.doc_number else None
        if key is not None and key in kept:
            reprints.append((document, kept[key]))
            continue
        if key is not None:
            kept[key] = document
        distinct.append(document)
    return tuple(distinct), reprints


def _override_matches(match: str, document: Document) -> bool:
    try:
        return document.doc_number == DocNumber.parse(match)
    except DocNumberError:
        return title_key(match) in title_key(document.title)


def _evidence_of(value: Dated | Unknown | None) -> tuple[Evidence, ...]:
    return value.evidence if value is not None else ()


def _last(term: Dated) -> str:
    return term.day_before().describe()


def _verb(link: Link) -> str:
    return "停止执行" if isinstance(link.clause, CessationClause) else "废止"


def _basis_words(dated: Dated) -> str:
    words = {
        Basis.EXPLICIT: "stated in the text",
        Basis.ON_ISSUE: "印发之日, the 成文日期",
        Basis.ON_PUBLICATION: "公布之日",
        Basis.WITH_EFFECT: "with the repealing document",
        Basis.PRESUMED: "presumed: no effective clause, from its 成文日期",
        Basis.OVERRIDE: "from the overrides file",
        Basis.UNKNOWN: "unknown",
    }[dated.basis]
    if dated.evidence and dated.basis is not Basis.PRESUMED:
        first = dated.evidence[0]
        words += f"; line {first.line}: {first.quote}"
    if dated.assumptions and dated.basis is not Basis.PRESUMED:
        words += "; assumed: " + "; ".join(dated.assumptions)
    return words


def _effective_words(effective: Dated | Unknown) -> str:
    if isinstance(effective, Unknown):
        return f"effective date unknown: {effective.reason}"
    return f"takes effect ({_basis_words(effective)})"


def _term_words(end: Dated | Unknown) -> str:
    if isinstance(end, Unknown):
        return f"term end unknown: {end.reason}"
    return f"the term runs out: last day in force {_last(end)}"


def _term_note(term: Dated | Unknown | None) -> str:
    if term is None:
        return "; no term stated"
    if isinstance(term, Unknown):
        return f"; the end of its term is unknown ({term.reason})"
    return f"; last day {_last(term)}"
