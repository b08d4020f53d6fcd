"""Parse one clause-sized span with grammar/clauses.lark into a :mod:`validity.clauses` object.

The grammar is LALR with one start rule per clause kind; the parser is built once. Every failure comes out
as our own positioned error (ClauseSyntaxError, InvalidDateError), never as a lark exception.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from lark import Lark, Token, Transformer, v_args
from lark import lexer as lark_lexer
from lark.exceptions import LarkError, UnexpectedInput, VisitError
from lark.tree import Meta

from validity.clauses import (
    AmendmentClause,
    AmendmentMode,
    BaseEvent,
    CessationClause,
    Clause,
    ClauseKind,
    Duration,
    EffectiveClause,
    ExpiryClause,
    ExternalEvent,
    FixedDate,
    Precision,
    RelativeDate,
    RepealClause,
    SupersessionClause,
    Target,
    When,
)
from validity.dates import calendar_date
from validity.doc_numbers import DocNumber
from validity.errors import (
    ClauseSyntaxError,
    DocNumberError,
    InvalidDateError,
    InvalidNumeralError,
    ValidityError,
)
from validity.numerals import parse_int
from validity.periods import MAX_OFFSET_DAYS, MAX_TERM_YEARS
from validity.source import FlatText, SourceText, flatten

#: Start rules of the grammar, one per clause kind, plus ``targets`` for the items of a repeal list.
START_RULES = ("effective", "expiry", "repeal", "cessation", "supersession", "amendment", "targets", "start")

_EVENT_VERBS = {
    "印发": BaseEvent.ISSUED,
    "颁发": BaseEvent.ISSUED,
    "发文": BaseEvent.ISSUED,
    "出台": BaseEvent.ISSUED,
    "下发": BaseEvent.DISTRIBUTED,
    "公布": BaseEvent.PUBLISHED,
    "公告": BaseEvent.PUBLISHED,
    "发布": BaseEvent.RELEASED,
    "颁布": BaseEvent.PROMULGATED,
    "通过": BaseEvent.ADOPTED,
    "批准": BaseEvent.APPROVED,
    "签发": BaseEvent.SIGNED,
    "签署": BaseEvent.SIGNED,
    "施行": BaseEvent.EFFECTIVE,
    "实施": BaseEvent.EFFECTIVE,
}
_OWN_EVENT_ACTORS = ("", "本", "文件", "市政府", "市人民政府", "省政府", "省人民政府", "县政府", "区政府")


def grammar_file() -> Path:
    """grammar/clauses.lark: copied into the wheel, read from the checkout when installed editable."""
    here = Path(__file__).resolve().parent
    packaged = here / "grammar" / "clauses.lark"
    return packaged if packaged.is_file() else here.parent / "grammar" / "clauses.lark"


@functools.cache
def grammar_terminal(name: str) -> str:
    """The regular expression of a terminal of grammar/clauses.lark, for a finder that looks for the same words."""
    return str(clause_grammar().get_terminal(name).pattern.to_regexp())


@functools.cache
def clause_grammar(rule: str = "start") -> Lark:
    """The LALR parser for one start rule, built once.

    One parser per clause kind: LALR merges the lookaheads of a shared rule (``date``), and a contextual
    lexer would then let one kind's free-text terminal (the body of an amendment line) compete for
    tokens in another kind's clause. Built separately, each table holds only its own kind's terminals.

    lark runs interegular's terminal-collision analysis when that package is installed; on the CJK
    lookahead terminals of this grammar it takes minutes. The terminals only meet in parser states where
    the grammar keeps them apart, and every phrasing has a test, so the analysis is switched off here.
    """
    saved = lark_lexer.has_interegular
    lark_lexer.has_interegular = False
    try:
        return Lark(
            grammar_file().read_text(encoding="utf-8"),
            parser="lalr",
            start=rule,
            propagate_positions=True,
            maybe_placeholders=True,
            cache=True,  # lark keys the cache file on the grammar and options; a changed grammar rebuilds
        )
    finally:
        lark_lexer.has_interegular = saved


def parse_span(flat: FlatText, start: int, end: int, rule: str, *, instrument: str | None = None) -> Any:
    """Parse flat characters ``[start, end)`` with ``rule``; return the clause (or targets) it spells.

    Raises ClauseSyntaxError when the span does not follow the rule, InvalidDateError for an impossible date.
    """
    text = flat.text[start:end]
    try:
        tree = clause_grammar(rule).parse(text)
    except UnexpectedInput as exc:
        at = start + min(max(exc.pos_in_stream or 0, 0), max(len(text) - 1, 0))
        span = flat.span(at, at + 1)
        msg = f"not a {rule} clause this grammar knows: {text!r}"
        raise ClauseSyntaxError(msg, span, flat.source.line_text(span.line)) from None
    except LarkError as exc:  # pragma: no cover - a grammar bug, not an input problem
        span = flat.span(start, end)
        msg = f"the clause grammar failed on {text!r}: {exc}"
        raise ClauseSyntaxError(msg, span) from None
    builder = _ClauseBuilder(flat, start, end, instrument)
    try:
        return builder.transform(tree)
    except VisitError as exc:
        if isinstance(exc.orig_exc, ValidityError):
            raise exc.orig_exc from None
        raise


def parse_clause(text: str, rule: str, *, file: str = "<text>") -> Any:
    """Parse a whole string with one start rule (tests and the ``parse`` command use this)."""
    flat = flatten(SourceText.from_text(text, name=file))
    return parse_span(flat, 0, len(flat.text), rule)


@v_args(inline=True)
class _ClauseBuilder(Transformer[Token, Any]):
    """One method per rule of grammar/clauses.lark; each returns a value of validity.clauses."""

    def __init__(self, flat: FlatText, start: int, end: int, instrument: str | None) -> None:
        super().__init__()
        self._flat = flat
        self._start = start
        self._end = end
        self._instrument = instrument

    def _common(self) -> dict[str, Any]:
        return {
            "text": self._flat.original(self._start, self._end),
            "quote": self._flat.text[self._start : self._end],
            "span": self._flat.span(self._start, self._end),
            "instrument": self._instrument,
        }

    # ── numbers and dates ──

    def count(self, token: Token) -> int:
        """A numeral, Arabic or Chinese; one that cannot be read (十十) is an error at its position."""
        try:
            return parse_int(str(token))
        except ValueError as exc:
            start = self._start + (token.start_pos or 0)
            span = self._flat.span(start, start + len(token))
            msg = f"{token} is not a number: {exc}"
            raise InvalidNumeralError(msg, span, self._flat.source.line_text(span.line)) from None

    @v_args(meta=True, inline=True)
    def date(self, meta: Meta, year: int, month: int, day: int) -> dt.date:
        """<year>年<month>月<day>日; an impossible date is an error at its own position."""
        return self._calendar(meta, year, month, day)

    @v_args(meta=True, inline=True)
    def year_end(self, meta: Meta, year: int) -> dt.date:
        """<year>年底: the year's last day."""
        return self._calendar(meta, year, 12, 31)

    @v_args(meta=True, inline=True)
    def month_end(self, meta: Meta, year: int, month: int) -> dt.date:
        """<year>年<month>月底: the month's last day."""
        first = self._calendar(meta, year, month, 1)
        return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)

    @v_args(meta=True, inline=True)
    def month(self, meta: Meta, year: int, month: int) -> dt.date:
        """<year>年<month>月: the first of the month, marked month precision where it is used."""
        return self._calendar(meta, year, month, 1)

    def _calendar(self, meta: Meta, year: int, month: int, day: int) -> dt.date:
        try:
            return calendar_date(year, month, day)
        except ValueError as exc:
            at = self._start + meta.start_pos
            span = self._flat.span(at, self._start + meta.end_pos)
            raise InvalidDateError(str(exc), span, self._flat.source.line_text(span.line)) from None

    # ── 施行 ──

    def effective(self, _subject: Token | None, when: When) -> EffectiveClause:
        """[本办法]自<when>[起]施行."""
        return EffectiveClause(when=when, **self._common())

    def effective_on_release_via(self, _subject: Token, _route: Token, verb: Token) -> EffectiveClause:
        """本办法经国务院批准由交通部发布施行: in force from its release."""
        return EffectiveClause(when=RelativeDate(base=_EVENT_VERBS[str(verb)]), **self._common())

    def effective_on_release(self, _subject: Token | None, verb: Token) -> EffectiveClause:
        """[本办法]公布施行 / 发布施行: in force from its release."""
        return EffectiveClause(when=RelativeDate(base=_EVENT_VERBS[str(verb)]), **self._common())

    def effective_aligned(self, _subject: Token, _time: Token, other: Token) -> EffectiveClause:
        """本方案实施时间与<another event>一致: tied to something this text does not date."""
        return EffectiveClause(when=ExternalEvent(description=str(other)), **self._common())

    def effective_aligned_verb(self, _subject: Token, other: Token) -> EffectiveClause:
        """本办法与<another instrument>同时施行."""
        return EffectiveClause(when=ExternalEvent(description=f"{other}施行之日"), **self._common())

    def first_month(self) -> int:
        """元月: January."""
        return 1

    def vague_issued(self, *_parts: int | None) -> None:
        """2019年印发的《A》: a year (or month) of issue is no 成文日期; the title and 文号 identify the target."""

    def on_day(self, day: dt.date) -> FixedDate:
        """自2024年6月1日起."""
        return FixedDate(date=day)

    def in_month(self, first: dt.date) -> FixedDate:
        """自2024年6月起: month precision."""
        return FixedDate(date=first, precision=Precision.MONTH)

    def after_event(self, event: When, offset: int | None) -> When:
        """自<event>之日起[N日后]."""
        if isinstance(event, RelativeDate) and offset:
            return RelativeDate(base=event.base, offset_days=offset)
        if isinstance(event, ExternalEvent) and offset:
            return ExternalEvent(description=f"{event.description}起{offset}日后")
        return event

    def immediately(self) -> RelativeDate:
        """自即日起: from the day the document is released."""
        return RelativeDate(base=BaseEvent.IMMEDIATELY)

    def event(self, title: Token | None, phrase: Token) -> When:
        """<event>之日: this document's own event, or something outside it (《X》施行之日)."""
        text = str(phrase)
        verb = next(verb for verb in sorted(_EVENT_VERBS, key=len, reverse=True) if text.endswith(verb))
        actor = text[: -len(verb)]
        own = title is None and (actor in _OWN_EVENT_ACTORS or actor.startswith("本"))
        if own:
            return RelativeDate(base=_EVENT_VERBS[verb])
        described = (str(title) if title is not None else "") + text + "之日"
        if title is None and verb in {"批准", "通过"}:
            return RelativeDate(base=_EVENT_VERBS[verb])  # 国务院批准之日: this document's approval
        return ExternalEvent(description=described)

    @v_args(meta=True, inline=True)
    def offset(self, meta: Meta, days: int) -> int:
        """三十日后: N days after the event (at most ten years: more is a misprint, not a clause)."""
        if days > MAX_OFFSET_DAYS:
            self._implausible(meta, f"an offset of more than {MAX_OFFSET_DAYS} days")
        return days

    # ── 有效期 ──

    def expiry_until(self, _subject: Token | None, term: Token, until: dt.date) -> ExpiryClause:
        """有效期至<date>[止]."""
        return ExpiryClause(until=FixedDate(date=until), trial=_is_trial(term), **self._common())

    def expiry_duration(self, _subject: Token | None, term: Token, duration: Duration) -> ExpiryClause:
        """有效期N年 / 试行期N年."""
        return ExpiryClause(duration=duration, trial=_is_trial(term), **self._common())

    def expiry_duration_from(
        self, _subject: Token | None, term: Token, first: dt.date, duration: Duration
    ) -> ExpiryClause:
        """有效期自<A>起N年: a term counted from a day the clause names."""
        return ExpiryClause(
            duration=duration, starts=FixedDate(date=first), trial=_is_trial(term), **self._common()
        )

    def expiry_range(
        self, _subject: Token | None, term: Token, first: dt.date, last: dt.date
    ) -> ExpiryClause:
        """执行期限为<A>至<B>."""
        return ExpiryClause(
            until=FixedDate(date=last), starts=FixedDate(date=first), trial=_is_trial(term), **self._common()
        )

    def expiry_span(self, _subject: Token | None, first: dt.date, last: dt.date) -> ExpiryClause:
        """本通知自<A>起至<B>止执行: in force from A to B."""
        return ExpiryClause(until=FixedDate(date=last), starts=FixedDate(date=first), **self._common())

    def expiry_runs_bare(self, _runs: Token, until: dt.date) -> ExpiryClause:
        """…施行，执行至<B>: after the document's own effective clause."""
        return ExpiryClause(until=FixedDate(date=until), **self._common())

    def expiry_sunset(self, day: dt.date, _sunset: Token) -> ExpiryClause:
        """…施行，2029年12月31日废止: the document's own sunset, the day before it is its last day."""
        return ExpiryClause(until=FixedDate(date=day - dt.timedelta(days=1)), **self._common())

    def expiry_until_bare(self, until: dt.date) -> ExpiryClause:
        """…施行，至<B>止: the term after the document's own effective clause."""
        return ExpiryClause(until=FixedDate(date=until), **self._common())

    def expiry_extended(self, _subject: Token | None, _extension: Token, until: dt.date) -> ExpiryClause:
        """有效期延长至<B> / 延续执行至<B>."""
        return ExpiryClause(until=FixedDate(date=until), extended=True, **self._common())

    def expiry_extends(self, targets: tuple[Target, ...], _extension: Token, until: dt.date) -> ExpiryClause:
        """《X》(文号)有效期延长至<B>: another document's term extended."""
        return ExpiryClause(until=FixedDate(date=until), extended=True, targets=targets, **self._common())

    def expiry_extends_named(self, _anaphor: Token, _extension: Token, until: dt.date) -> ExpiryClause:
        """该办法有效期延长至<B>: the document named before it (the finder fills in ``targets``)."""
        return ExpiryClause(until=FixedDate(date=until), extended=True, **self._common())

    def expiry_runs(self, _subject: Token, _runs: Token, until: dt.date) -> ExpiryClause:
        """本公告执行至<B>."""
        return ExpiryClause(until=FixedDate(date=until), **self._common())

    @v_args(meta=True, inline=True)
    def years(self, meta: Meta, n: int) -> Duration:
        """N年."""
        return self._term(meta, Duration(years=n))

    @v_args(meta=True, inline=True)
    def months(self, meta: Meta, n: int) -> Duration:
        """N个月."""
        return self._term(meta, Duration(months=n))

    @v_args(meta=True, inline=True)
    def years_months(self, meta: Meta, years: int, months: int) -> Duration:
        """N年M个月."""
        return self._term(meta, Duration(years=years, months=months))

    @v_args(meta=True, inline=True)
    def years_half(self, meta: Meta, years: int) -> Duration:
        """N年半."""
        return self._term(meta, Duration(years=years, months=6))

    def _term(self, meta: Meta, term: Duration) -> Duration:
        """A term of at least a month and at most MAX_TERM_YEARS: 有效期0年 or 有效期8000年 is a misprint."""
        months = term.years * 12 + term.months
        if months == 0:
            self._implausible(meta, "a term of zero length")
        if months > MAX_TERM_YEARS * 12:
            self._implausible(meta, f"a term of more than {MAX_TERM_YEARS} years")
        return term

    def _implausible(self, meta: Meta, what: str) -> NoReturn:
        at = self._start + meta.start_pos
        span = self._flat.span(at, self._start + meta.end_pos)
        msg = f"{self._flat.text[at : self._start + meta.end_pos]}: {what} cannot be a document's"
        raise InvalidNumeralError(msg, span, self._flat.source.line_text(span.line))

    # ── 废止 ──

    def targets(self, *items: Target) -> tuple[Target, ...]:
        """One or more documents named."""
        return items

    def target(
        self,
        organ: Token | None,
        day: dt.date | None,
        issued_by: Token | None,
        title: Token,
        number: Token | None,
        _note: Token | None,
    ) -> Target:
        """[organ][date][issuer印发的][原]《title》[(文号)][(note)][文件]."""
        return Target(
            title=_unquote(title),
            doc_number=_doc_number(number),
            issuer=_issuer(issued_by) or _organ(organ),
            issued_date=day,
        )

    def target_note_first(
        self,
        organ: Token | None,
        day: dt.date | None,
        issued_by: Token | None,
        title: Token,
        note: Token,
        number: Token,
    ) -> Target:
        """…《title》(2019年修正)(文号)."""
        return self.target(organ, day, issued_by, title, number, note)

    def titled(self, title: Token, number: Token | None, note: Token | None) -> Target:
        """《B》 right after 《A》 with no word between them: another target."""
        return Target(title=_unquote(title), doc_number=_doc_number(number))

    def target_bare_title(self, title: Token, number: Token) -> Target:
        """X关于印发…的通知(文号): a title printed without 《》 in a list of repealed documents."""
        return Target(title=str(title), doc_number=_doc_number(number))

    def target_former_version(self, named: Token) -> Target:
        """原办法: the earlier version of this document; the corpus links it by this document's own title."""
        return Target(description=str(named))

    def target_by_number(
        self, organ: Token | None, day: dt.date | None, issued_by: Token | None, number: Token
    ) -> Target:
        """[organ][date][issuer印发的](文号): a document named by its 文号 alone."""
        issuer = _issuer(issued_by) or _organ(organ)
        return Target(doc_number=_doc_number(number), issuer=issuer, issued_date=day)

    def repeal_with_effect(self, _lead: Token | None, targets: tuple[Target, ...]) -> RepealClause:
        """<targets>同时废止 / 予以废止: repealed when this document takes effect."""
        return RepealClause(targets=targets, **self._common())

    def repeal_from(self, _lead: Token | None, targets: tuple[Target, ...], when: When) -> RepealClause:
        """<targets>自<when>起废止."""
        return RepealClause(targets=targets, when=when, **self._common())

    def repeal_verb_first(self, _decides: Token | None, targets: tuple[Target, ...]) -> RepealClause:
        """同时废止<targets>."""
        return RepealClause(targets=targets, **self._common())

    def repeal_list(self, *_words: Token | None) -> RepealClause:
        """下列文件予以废止: the targets follow as a list."""
        return RepealClause(targets=(), listed=True, **self._common())

    def repeal_list_from(self, _lead: Token, _note: Token | None, when: When) -> RepealClause:
        """下列…,<why>,自<when>起,予以废止: the targets follow as a list, repealed on <when>."""
        return RepealClause(targets=(), when=when, listed=True, **self._common())

    # ── 停止执行 ──

    def cessation_of_targets(
        self, _lead: Token | None, targets: tuple[Target, ...], _cease: Token
    ) -> CessationClause:
        """<targets>同时停止执行."""
        return CessationClause(targets=targets, **self._common())

    def cessation_of_targets_from(
        self, _lead: Token | None, targets: tuple[Target, ...], when: When, _cease: Token
    ) -> CessationClause:
        """<targets>自<when>起停止执行."""
        return CessationClause(targets=targets, when=when, **self._common())

    def cessation_of_class(
        self, before: When | None, description: Token, after: When | None, _cease: Token
    ) -> CessationClause:
        """[自<when>起]<a class of documents>[自<when>起]停止执行 / 不再适用."""
        target = Target(description=str(description).rstrip(",").removesuffix("的"))
        return CessationClause(targets=(target,), when=before or after, **self._common())

    # ── 为准 ──

    def supersession(self, _context: Token | None, _subject: Token) -> SupersessionClause:
        """…以本办法为准."""
        return SupersessionClause(**self._common())

    # ── 修正 / 修订 / 修改 ──

    def amendment_history(
        self,
        day: dt.date | None,
        body: Token | None,
        title: Token | None,
        ordinal: Token | None,
        mode: Token,
    ) -> AmendmentClause:
        """根据<date><body>《决定》第N次修正 / <date><会议>修订."""
        by = _unquote(title) if title is not None else (str(body) if body is not None else None)
        return AmendmentClause(
            mode=AmendmentMode(str(mode)),
            ordinal=parse_int(str(ordinal)[1:-1]) if ordinal is not None else None,
            date=day,
            by=by,
            **self._common(),
        )

    def amending_instrument(self, title: Token, _number: Token | None) -> AmendmentClause:
        """对《X》[(文号)]作如下修改."""
        return AmendmentClause(mode=AmendmentMode.MODIFIED, amends=_unquote(title), **self._common())

    def amending_article(self, title: Token, _number: Token | None, _article: Token) -> AmendmentClause:
        """将《X》[(文号)]第N条修改为."""
        return AmendmentClause(mode=AmendmentMode.MODIFIED, amends=_unquote(title), **self._common())


def _is_trial(term: Token) -> bool:
    """试行期 / 试行二年 / 暂行两年: a provisional term (the lint's trial cap applies to both words)."""
    return str(term).startswith(("试行", "暂行"))


def _unquote(title: Token) -> str:
    return str(title)[1:-1]


def _issuer(issued_by: Token | None) -> str | None:
    if issued_by is None:
        return None
    issuer = str(issued_by)[:-3]  # drop 印发的 / 发布的 …
    return issuer or None


def _organ(organ: Token | None) -> str | None:
    """最高人民法院于 (2015年…发布的): the organ without the 于 before its date."""
    return str(organ).removesuffix("于") if organ is not None else None


def _doc_number(number: Token | None) -> DocNumber | None:
    if number is None:
        return None
    try:
        return DocNumber.read(str(number))
    except DocNumberError:
        return None


def clause_kinds() -> Sequence[ClauseKind]:
    """The clause kinds in the order the grammar declares them."""
    return list(ClauseKind)


__all__ = ["START_RULES", "Clause", "clause_grammar", "grammar_file", "parse_clause", "parse_span"]
