"""The lint rules: one function per code, each given a draft in context and yielding its findings.

The rule table (code, severity, summary, rationale, source, basis) is the documentation: docs/lint.md is
generated from the same words and a test keeps them in step.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterator

import attrs

from validity.clauses import (
    BaseEvent,
    CessationClause,
    Duration,
    EffectiveClause,
    ExpiryClause,
    FixedDate,
    Precision,
    RelativeDate,
    RepealClause,
)
from validity.corpus import Corpus, ExternalDocument, Link
from validity.documents import Document, title_key, title_keys
from validity.errors import ClauseSyntaxError, InvalidDateError, UsageError
from validity.kinds import Kind
from validity.lifecycle import Unknown
from validity.lint.findings import Basis, LintFinding, Rule, Severity
from validity.periods import ONE_DAY, TermConvention, last_day_of_term
from validity.source import SourceSpan
from validity.status import Basis as StatusBasis
from validity.status import Dated, Status

#: The largest cap a lint run takes: beyond it a cap is a typo (and its last day would leave the calendar).
MAX_CAP_YEARS = 100


def _cap_years(_options: LintOptions, attribute: attrs.Attribute[int], years: int) -> None:
    if not 1 <= years <= MAX_CAP_YEARS:
        msg = f"{attribute.name} must be 1 to {MAX_CAP_YEARS} years, got {years}"
        raise UsageError(msg)


@attrs.frozen
class LintOptions:
    """Settings of a lint run; the caps are configurable because the provincial rules differ.

    Raises UsageError when a cap is not 1 to 100 years.
    """

    today: dt.date
    term_cap_years: int = attrs.field(default=5, validator=_cap_years)
    trial_cap_years: int = attrs.field(default=2, validator=_cap_years)
    convention: TermConvention = TermConvention.FIRST_DAY_COUNTS


@attrs.frozen(eq=False)
class Draft:
    """A draft document with what the linter needs: itself inside the corpus, and the corpus without it."""

    document: Document
    combined: Corpus  # the published corpus plus this draft
    published: Corpus  # the published corpus alone
    options: LintOptions

    @property
    def effective(self) -> Dated | Unknown:
        """The draft's own first day in force, resolved."""
        return self.combined.own[self.document].effective

    @property
    def term_end(self) -> Dated | Unknown | None:
        """The first day the draft is no longer in force by its own term."""
        return self.combined.own[self.document].term_end

    def heading_span(self) -> SourceSpan:
        """Where the draft begins: a finding about the whole document points here."""
        span = self.document.span
        return attrs.evolve(span, end_line=span.line, end_column=span.column)


#: What a check yields: where and what; a third item lowers the rule's severity for this finding.
Hit = tuple[SourceSpan, str] | tuple[SourceSpan, str, Severity]
Check = Callable[[Draft], Iterator[Hit]]
RULES: dict[str, tuple[Rule, Check]] = {}


def rule(
    code: str, name: str, severity: Severity, summary: str, *, rationale: str, source: str, basis: Basis
) -> Callable[[Check], Check]:
    """Register a check under its code."""

    def register(check: Check) -> Check:
        RULES[code] = (Rule(code, name, severity, summary, rationale, source, basis), check)
        return check

    return register


_EFFECTIVE_WORDS = re.compile(r"[自于从].*(?:施行|实施|执行|生效|试行)|(?:公布|发布|颁布|印发)(?:施行|实施)")
_TERM_WORDS = re.compile(r"有效期|试行期|执行期限|实施期限")
_SENTENCE_END = "。;!?"


def _misprinted(draft: Draft, words: re.Pattern[str]) -> bool:
    """Whether a sentence with ``words`` holds a problem (V108, V118): the clause is there, but misprinted.

    V101 and V105 stay silent then: the impossible date or unreadable clause is reported where it stands,
    and "no such clause" would be false. (The clause finder also drops a good 有效期 that follows a
    misprinted 施行 date in the same sentence, so the term cannot be checked until the date is corrected.)
    """
    flat = draft.document.text
    for problem in draft.document.problems:
        at = bisect.bisect_left(flat.origin, problem.span.start)
        start = max(flat.text.rfind(mark, 0, at) for mark in _SENTENCE_END) + 1
        ends = [i for i in (flat.text.find(mark, at) for mark in _SENTENCE_END) if i >= 0]
        if words.search(flat.text[start : min(ends, default=len(flat.text))]):
            return True
    return False


def _effective_clauses(draft: Draft) -> list[EffectiveClause]:
    return [c for c in draft.document.clauses if isinstance(c, EffectiveClause)]


def _expiry_clauses(draft: Draft) -> list[ExpiryClause]:
    return [c for c in draft.document.clauses if isinstance(c, ExpiryClause) and not c.targets]


@rule(
    "V101",
    "no-effective-clause",
    Severity.ERROR,
    "a normative document or 规章 with no effective-date clause (自…起施行)",
    rationale="Without a 施行 clause the document's first day in force can only be presumed; a reader cannot "
    "know it from the text.",
    source="立法法 第六十一条 (a law must state its 施行日期); 规章制定程序条例 第三十条 (the order promulgating "
    "规章 states it); for 规范性文件 a practice every provincial rule follows",
    basis=Basis.LAW,
)
def _no_effective_clause(draft: Draft) -> Iterator[tuple[SourceSpan, str]]:
    if (
        draft.document.kind in (Kind.NORMATIVE, Kind.RULES)
        and not _effective_clauses(draft)
        and not _misprinted(draft, _EFFECTIVE_WORDS)
    ):
        yield draft.heading_span(), "no effective-date clause: add 本办法自YYYY年M月D日起施行"


@rule(
    "V102",
    "unresolved-effective-date",
    Severity.ERROR,
    "an effective date that cannot be resolved from the text",
    rationale="A date tied to an event the text does not date (批准之日, another instrument's 施行之日, "
    "与…实施时间一致) leaves readers unable to tell when the document applies.",
    source="立法法 第六十一条 (施行日期 must be stated); drafting practice for 规范性文件",
    basis=Basis.PRACTICE,
)
def _unresolved_effective(draft: Draft) -> Iterator[tuple[SourceSpan, str]]:
    effective = draft.effective
    if _effective_clauses(draft) and isinstance(effective, Unknown):
        span = effective.evidence[0] if effective.evidence else None
        clause = next(
            (c for c in _effective_clauses(draft) if span is None or c.span.line == span.line), None
        )
        where = clause.span if clause else draft.heading_span()
        yield where, f"the effective date cannot be resolved: {effective.reason}"


@rule(
    "V103",
    "ambiguous-base-event",
    Severity.WARNING,
    "公布之日/发布之日 in a document that is 印发ed",
    rationale="A 规范性文件 is 印发ed on its 成文日期; its 公布 or 发布 date is a separate act that the text does "
    "not print, so 自公布之日起施行 leaves its first day open.",
    source="党政机关公文处理工作条例 (成文日期); notes §2.7: 公布 is distinct from 成文 (立法法 第六十二、七十七、"
    "八十八、九十六条 for the acts that 公布); practice",
    basis=Basis.PRACTICE,
)
def _ambiguous_base(draft: Draft) -> Iterator[tuple[SourceSpan, str]]:
    if draft.document.kind is Kind.RULES:
        return
    for clause in _effective_clauses(draft):
        when = clause.when
        if (
            isinstance(when, RelativeDate)
            and when.base.is_publication
            and when.base is not BaseEvent.IMMEDIATELY
        ):
            yield (
                clause.span,
                (
                    f"{clause.quote}: {when.base.value}之日 is not printed in a document that is 印发ed; "
                    "write 自印发之日起施行 or a date"
                ),
            )


@rule(
    "V104",
    "term-as-duration",
    Severity.WARNING,
    "a term stated as a duration (有效期两年) rather than a last day (有效期至…)",
    rationale="Whether the first day counts is not settled for 规范性文件 (two readings differ by a day); an "
    "explicit last day removes the question.",
    source="民法典 第二百零一、二百零二条 versus drafting practice (notes §2.1; docs/dates.md)",
    basis=Basis.PRACTICE,
)
def _term_as_duration(draft: Draft) -> Iterator[tuple[SourceSpan, str]]:
    for clause in _expiry_clauses(draft):
        if clause.duration is not None:
            last = draft.combined.last_day(draft.document)
            hint = ""
            if isinstance(last, Dated) and last.exact:
                hint = f" (有效期至{last.start.year}年{last.start.month}月{last.start.day}日{_assumed_start(draft)})"
            yield clause.span, f"{clause.quote}: state the last day instead{hint}"


def _assumed_start(draft: Draft) -> str:
    """What a suggested last day assumes about the first day, when the text does not date it ("" if nothing)."""
    effective = draft.effective
    if not isinstance(effective, Dated) or not effective.assumptions:
        return ""
    when = next((c.when for c in _effective_clauses(draft) if isinstance(c.when, RelativeDate)), None)
    if effective.basis is StatusBasis.ON_PUBLICATION and when is not None:
        event = "公布" if when.base is BaseEvent.IMMEDIATELY else when.base.value
        return f"; this assumes {event}之日 is the 成文日期 {effective.start}, and a later {event} moves it"
    return f"; this assumes it takes effect on {effective.start}: {effective.assumptions[0]}"


@rule(
    "V105",
    "normative-without-term",
    Severity.WARNING,
    "a normative document with no term (有效期)",
    rationale="规范性文件 are to be reviewed and to lapse; provincial rules require a term (5 years unless stated; "
    "暂行/试行 2 years).",
    source="陕西省行政规范性文件制定和监督管理办法 (省政府令第216号); 青海省行政规范性文件制定和备案办法; "
    "山东省司法厅规范性文件制定管理办法 (notes §2.5). Shanxi's own article is not confirmed",
    basis=Basis.PROVINCIAL,
)
def _normative_without_term(draft: Draft) -> Iterator[tuple[SourceSpan, str]]:
    if (
        draft.document.kind is Kind.NORMATIVE
        and not _expiry_clauses(draft)
        and not _misprinted(draft, _TERM_WORDS)
    ):
        yield draft.heading_span(), "a normative document with no 有效期: add 有效期至YYYY年M月D日"


def _exceeds(draft: Draft, clause: ExpiryClause, start: dt.date, last_day: dt.date, years: int) -> bool:
    """Whether a term is longer than a cap of ``years``, counted like the term itself.

    A term stated in years and months (有效期5年, 60个月) is compared as stated: 5 years is never over a 5-year
    cap, whatever the convention. A last day (有效期至…), or a term in days, is compared with the last day
    of a ``years`` term from ``start`` under the draft's convention (民法典 第二百零一条 does not count
    the first day, so under ``civil-code`` 2024-07-01 to 2029-07-01 is exactly 5 years).
    """
    term = clause.duration
    if term is not None and not term.days:
        return term.years * 12 + term.months > years * 12
    return last_day > last_day_of_term(start, Duration(years=years), draft.options.convention)


@rule(
    "V106",
    "term-over-cap",
    Severity.WARNING,
    "a term longer than the cap (default 5 years)",
    rationale="规范性文件 are to be reviewed regularly; provincial rules cap the term, usually at 5 years. A term "
    "stated as a duration is compared as stated (有效期5年 is not over a 5-year cap); a last day (有效期至…) is "
    "compared with the cap counted under --convention.",
    source="陕西省行政规范性文件制定和监督管理办法 (省政府令第216号): 有效期一般不得超过5年; 青海 (5 years); "
    "notes §2.5. Shanxi's own cap is not confirmed; set --term-cap",
    basis=Basis.PROVINCIAL,
)
def _term_over_cap(draft: Draft) -> Iterator[tuple[SourceSpan, str]]:
    term = _last_day_in_force(draft)
    if term is None:
        return
    clause, start, last = term
    cap = draft.options.term_cap_years
    if _exceeds(draft, clause, start, last, cap):
        yield clause.span, f"{clause.quote}: the term ({start} to {last}) is longer than {cap} years"


@rule(
    "V107",
    "trial-term",
    Severity.WARNING,
    "a 暂行/试行 document with no term, or one longer than the trial cap (default 2 years)",
    rationale="A 暂行 or 试行 document is provisional by its name; provincial rules give it a short term.",
    source="青海省行政规范性文件制定和备案办法 (暂行/试行: 2 years); 山东省司法厅规范性文件制定管理办法 (1 or 2 years) "
    "(notes §2.5). Shanxi's own rule is not confirmed; set --trial-cap",
    basis=Basis.PROVINCIAL,
)
def _trial_term(draft: Draft) -> Iterator[tuple[SourceSpan, str]]:
    own_title = re.sub(r"《[^《》]*》", "", draft.document.title)  # a title quoting another document's name
    names = [own_title, *(i.title for i in draft.document.instruments)]
    if not any("暂行" in name or "试行" in name for name in names):
        return
    cap = draft.options.trial_cap_years
    if not _expiry_clauses(draft):
        yield draft.heading_span(), f"a 暂行/试行 document with no term: add a term of at most {cap} years"
        return
    term = _last_day_in_force(draft)
    if term is not None and _exceeds(draft, *term, cap):
        clause, start, last = term
        yield clause.span, f"{clause.quote}: a 暂行/试行 term ({start} to {last}) longer than {cap} years"


def _last_day_in_force(draft: Draft) -> tuple[ExpiryClause, dt.date, dt.date] | None:
    effective, last = draft.effective, draft.combined.last_day(draft.document)
    clauses = _expiry_clauses(draft)
    if not clauses or not isinstance(effective, Dated) or not isinstance(last, Dated):
        return None
    if effective.basis is StatusBasis.PRESUMED and draft.document.problems:
        return None  # a misprinted 施行 clause: its term cannot be measured from a presumed first day
    return clauses[0], effective.start, last.end - ONE_DAY


@rule(
    "V108",
    "impossible-date",
    Severity.ERROR,
    "a date that is not in the calendar (2024年2月30日)",
    rationale="An impossible date has no reading; it is a misprint that must be corrected before publication.",
    source="the calendar",
    basis=Basis.LAW,
)
def _impossible_date(draft: Draft) -> Iterator[tuple[SourceSpan, str]]:
    for problem in draft.document.problems:
        if isinstance(problem, InvalidDateError):
            yield problem.span, problem.message


@rule(
    "V109",
    "expiry-not-after-effective",
    Severity.ERROR,
    "the last day in force is before the first (an error), or is the first (a warning: one day in force)",
    rationale="A document whose last day comes before its first day is never in force. One whose last day is "
    "its first is in force for a single day: possible (a 通告 for one day), far more often a misprinted year.",
    source="logic of the clauses themselves",
    basis=Basis.LAW,
)
def _expiry_before_effective(draft: Draft) -> Iterator[Hit]:
    effective, end = draft.effective, draft.term_end
    if not isinstance(effective, Dated) or not isinstance(end, Dated):
        return
    last = end.start - ONE_DAY
    clause = _expiry_clauses(draft)[0] if _expiry_clauses(draft) else None
    where = clause.span if clause else draft.heading_span()
    if last < effective.start:
        yield where, f"the last day in force ({last}) is before the first ({effective.describe()})"
    elif last == effective.start and effective.exact:
        yield where, f"in force for one day only ({last}): check the 有效期", Severity.WARNING


@rule(
    "V110",
    "retroactive",
    Severity.WARNING,
    "an effective date before the 成文日期 (retroactive)",
    rationale="法不溯及既往: a rule may apply to the past only to better protect rights, and must say so.",
    source="立法法 第一百零四条",
    basis=Basis.LAW,
)
def _retroactive(draft: Draft) -> Iterator[tuple[SourceSpan, str]]:
    effective, signed = draft.effective, draft.document.signed_date
    if isinstance(effective, Dated) and signed is not None and effective.start < signed:
        clauses = _effective_clauses(draft)
        where = clauses[0].span if clauses else draft.heading_span()
        yield where, f"takes effect {effective.describe()}, before its 成文日期 {signed}"


@rule(
    "V111",
    "effective-in-past",
    Severity.WARNING,
    "an effective date in the past relative to today (--today)",
    rationale="A draft published after its stated effective date applies before anyone could read it.",
    source="立法法 第一百零四条 (不溯及既往); practice: publish before the 施行 date",
    basis=Basis.PRACTICE,
)
def _effective_in_past(draft: Draft) -> Iterator[tuple[SourceSpan, str]]:
    effective = draft.effective
    clauses = _effective_clauses(draft)
    if (
        clauses
        and isinstance(effective, Dated)
        and effective.basis.value == "explicit"
        and effective.end <= draft.options.today
    ):
        yield clauses[0].span, f"takes effect {effective.describe()}, before today ({draft.options.today})"


def _links(draft: Draft) -> list[Link]:
    return draft.combined.repeals_by(draft.document)


@rule(
    "V112",
    "repeal-target-not-found",
    Severity.WARNING,
    "a repeal target not found in the corpus",
    rationale="A repeal must name a document that exists; one the corpus does not know may be misnamed (or the "
    "corpus incomplete: check it).",
    source="practice (a repeal clause names the repealed document by title and 文号)",
    basis=Basis.PRACTICE,
)
def _repeal_target_missing(draft: Draft) -> Iterator[tuple[SourceSpan, str]]:
    for link in _links(draft):
        if isinstance(link.resolved, ExternalDocument):
            yield (
                link.clause.span,
                f"{link.resolved.label} is not in the corpus ({_corpus_size(draft)} documents)",
            )


@rule(
    "V113",
    "repeal-target-dead",
    Severity.ERROR,
    "a repeal target already repealed or expired on the draft's effective date",
    rationale="Repealing a document that is no longer in force is a sign the wrong document is named, or that "
    "a successor is the one to repeal.",
    source="practice (清理 of 规范性文件: notes §2.4–2.5)",
    basis=Basis.PRACTICE,
)
def _repeal_target_dead(draft: Draft) -> Iterator[tuple[SourceSpan, str]]:
    for link in _links(draft):
        target = link.resolved
        if not isinstance(target, Document) or not isinstance(link.date, Dated):
            continue
        answer = draft.published.status(target, on=link.date.start)
        if answer.status in (Status.REPEALED, Status.EXPIRED):
            yield (
                link.clause.span,
                f"{target.label} is already {answer.status.label} on {link.date.describe()}: {answer.reason}"
                + ("; assumed: " + "; ".join(answer.assumptions) if answer.assumptions else ""),
            )


@rule(
    "V114",
    "target-mismatch",
    Severity.ERROR,
    "a repeal target whose 文号 names a document of another title, or whose title the corpus knows only "
    "under other 文号",
    rationale="A repeal naming one document's 文号 with another's title is ambiguous; it may repeal the wrong one. "
    "Two documents sharing a title (a text and the version that replaced it) are not a mismatch when the 文号 "
    "names one of them.",
    source="practice (GB/T 9704-2012 §7.2.4 numbering; a repeal cites 《title》(文号))",
    basis=Basis.PRACTICE,
)
def _target_mismatch(draft: Draft) -> Iterator[tuple[SourceSpan, str]]:
    for clause in draft.document.clauses:
        if not isinstance(clause, RepealClause):
            continue
        for target in clause.targets:
            if target.doc_number is None or target.title is None:
                continue
            key = title_key(target.title)
            by_number = [d for d in draft.published.documents if d.doc_number == target.doc_number]
            for doc in by_number:
                if key not in title_keys(doc):
                    yield (
                        clause.span,
                        f"{target.doc_number} is 《{doc.title}》 in the corpus, not 《{target.title}》",
                    )
            if by_number:
                continue  # another document with the same title (an earlier version) is no mismatch
            numbers = sorted(
                {d.doc_number for d in draft.published.documents if d.doc_number and key in title_keys(d)}
            )
            if numbers:
                named = " or ".join(str(number) for number in numbers)
                yield clause.span, f"《{target.title}》 is {named} in the corpus, not {target.doc_number}"


@rule(
    "V115",
    "repeal-gap",
    Severity.WARNING,
    "a repeal that takes effect before the draft itself does (a gap with no rule in force)",
    rationale="Between the repeal and the draft's effective date neither the old nor the new rule applies.",
    source="practice (同时废止 exists to avoid the gap)",
    basis=Basis.PRACTICE,
)
def _repeal_gap(draft: Draft) -> Iterator[tuple[SourceSpan, str]]:
    effective = draft.effective
    if not isinstance(effective, Dated):
        return
    for link in _links(draft):
        if isinstance(link.date, Dated) and link.date.certain_from < effective.start:
            label = link.resolved.label if link.resolved is not None else "the target"
            yield (
                link.clause.span,
                f"{label} is repealed from {link.date.describe()}, before this takes effect ({effective.describe()})",
            )


_PRINTED_NUMBER = re.compile(
    r"(?P<agency>[\u4e00-\u9fff]{2,12})\s*(?P<open>[〔\[［(（【])\s*(?P<year>\d{2,4})\s*(?P<close>[〕\]］)）】])\s*"
    r"(?P<serial>第?\s*\d*)\s*(?P<hao>号?)"
)


@rule(
    "V116",
    "malformed-doc-number",
    Severity.ERROR,
    "a malformed 文号 (brackets, year, serial, 号), the draft's own or one it cites in a repeal",
    rationale="The 文号 identifies the document; a wrong form makes it hard to cite and to find, and a repeal "
    "citing one may not be traced to the document it repeals.",
    source="GB/T 9704-2012 §7.2.4: 年份应标全称，用六角括号〔〕括入；发文顺序号不加第字，不编虚位，在阿拉伯数字后加号字",
    basis=Basis.LAW,
)
def _malformed_doc_number(draft: Draft) -> Iterator[tuple[SourceSpan, str]]:
    document = draft.document
    source = document.text.source
    first, last = document.span.line, document.span.end_line
    printed: list[tuple[int, re.Match[str]]] = []  # (offset of the searched text in the file, match)
    for line in range(first, min(last, first + 8) + 1):
        text = source.line_text(line)
        printed.extend(
            (source.line_starts[line - 1], match)
            for match in _PRINTED_NUMBER.finditer(text)
            # a number cited in parentheses under the heading is checked by its owner
            if "(" not in text[: match.start()] and "（" not in text[: match.start()]
        )
    for clause in document.clauses:
        if isinstance(clause, RepealClause | CessationClause):  # 《…》(文号)同时废止: the citation itself
            cited = source.text[clause.span.start : clause.span.end]
            printed.extend((clause.span.start, match) for match in _PRINTED_NUMBER.finditer(cited))
    seen: set[int] = set()
    for offset, match in printed:
        start = offset + match.start()
        problems = _number_problems(match, draft.options.today)
        if problems and start not in seen:
            seen.add(start)
            yield (
                source.span(start, start + len(match.group())),
                f"{match.group().strip()}: " + "; ".join(problems),
            )


def _number_problems(match: re.Match[str], today: dt.date) -> list[str]:
    problems = []
    if match["open"] != "〔" or match["close"] != "〕":
        problems.append("the year belongs in 〔〕")
    year = match["year"]
    if len(year) != 4:
        problems.append("the year must be written in full (2024, not 24)")
    elif int(year) > today.year + 1:
        problems.append(f"the year {year} is in the future")
    serial = match["serial"].replace(" ", "")
    if serial.startswith("第") and not match["agency"].endswith("令"):
        problems.append(
            "no 第 before the serial"
        )  # an order (河北省人民政府令〔2022〕第3号) does number with 第
    digits = serial.removeprefix("第")
    if not digits:
        problems.append("the serial number is missing")
    elif digits.startswith("0"):
        problems.append("no leading zero in the serial (1, not 01)")
    if not match["hao"]:
        problems.append("号 is missing")
    return problems


_EXCEPTIONS = re.compile(r"国家安全|外汇汇率|货币政策|不立即施行将有碍")


@rule(
    "V117",
    "rules-thirty-days",
    Severity.WARNING,
    "规章 in force less than 30 days after 公布 without a statutory exception",
    rationale="规章 take effect 30 days after publication, unless they concern national security, exchange rates, "
    "monetary policy, or would be hindered by not applying at once.",
    source="规章制定程序条例 第三十二条 (行政法规: 行政法规制定程序条例 第二十九条)",
    basis=Basis.LAW,
)
def _rules_thirty_days(draft: Draft) -> Iterator[tuple[SourceSpan, str]]:
    document = draft.document
    effective, published = draft.effective, document.signed_date
    if document.kind is not Kind.RULES or not isinstance(effective, Dated) or published is None:
        return
    if _EXCEPTIONS.search(document.text.text):
        return
    if effective.start < published + dt.timedelta(days=30):
        clauses = _effective_clauses(draft)
        where = clauses[0].span if clauses else draft.heading_span()
        yield where, f"takes effect {effective.describe()}, less than 30 days after 公布 ({published})"


@rule(
    "V118",
    "unreadable-clause",
    Severity.WARNING,
    "text shaped like a lifecycle clause that cannot be read",
    rationale="A clause the reader cannot parse (本规定自施行, 有效期至2027年) is probably truncated or "
    "misprinted; its meaning is unclear to anyone.",
    source="grammar/clauses.lark (the phrasings of notes §3)",
    basis=Basis.PRACTICE,
)
def _unreadable_clause(draft: Draft) -> Iterator[tuple[SourceSpan, str]]:
    for problem in draft.document.problems:
        if isinstance(problem, ClauseSyntaxError):
            yield problem.span, problem.message


@rule(
    "V119",
    "effective-day-not-stated",
    Severity.WARNING,
    "an effective date without its day (自2024年6月起施行)",
    rationale="A 施行 date must be a day so that readers know when obligations start; a month leaves every day "
    "of it in doubt (validity answers such a document `unknown` for the whole month).",
    source="立法法 第六十一条 (施行日期 must be stated); drafting practice writes 自×年×月×日起施行 "
    "(立法技术规范 and the provincial drafting rules)",
    basis=Basis.PRACTICE,
)
def _effective_day_not_stated(draft: Draft) -> Iterator[tuple[SourceSpan, str]]:
    for clause in _effective_clauses(draft):
        when = clause.when
        if isinstance(when, FixedDate) and when.precision is Precision.MONTH:
            month = f"{when.date.year}年{when.date.month}月"
            yield (
                clause.span,
                f"{clause.quote}: the day it takes effect is not stated; write the day (自{month}1日起施行 "
                "if the 1st is meant)",
            )


def _corpus_size(draft: Draft) -> int:
    return len(draft.published.documents)


def run_rules(draft: Draft) -> list[LintFinding]:
    """Every finding of every rule, in the order of the draft's text."""
    findings = [
        LintFinding(
            rule=meta,
            span=hit[0],
            message=hit[1],
            document=draft.document.label,
            severity=hit[2] if len(hit) == 3 else meta.severity,
        )
        for meta, check in RULES.values()
        for hit in check(draft)
    ]
    return sorted(findings, key=lambda f: (f.span.line, f.span.column, f.rule.code))
