"""Read a gazette (政府公报) into its documents.

A document is found by its 文号 line (a line that is nothing but ``临政发〔2024〕8 号``) or, for the few that
have none (a 政府工作报告), by a heading the table of contents names. From there the reader looks back for
the title and the masthead (the issuer printed one character per line, or on a line of its own) and forward
for the signature (organ names over a date, then ``(此件公开发布)``). A document runs to the line before the
next one starts. Everything found keeps the line it stands on in the original file.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Sequence

import attrs

from validity.clauses import Clause, ExpiryClause
from validity.dates import DATE, date_from_match
from validity.doc_numbers import DocNumber, is_doc_number_line
from validity.documents import Document, Gazette, GazetteInfo, Instrument, Remark, title_key
from validity.errors import InvalidDateError, SourceError, UnreadableFileError
from validity.kinds import classify
from validity.layout import (
    ORGAN_SUFFIX,
    Line,
    date_line,
    ends_sentence,
    is_gazette_title,
    is_publication_note,
    logical_lines,
    organ_names,
    signed_on_one_line,
    split_date_lines,
    starts_with_place,
)
from validity.source import FlatText, SourceSpan, SourceText, flatten
from validity.toc import TableOfContents, TocEntry, read_toc, same_number

_TITLE_VERB = re.compile(r"^(?:关于|印发|转发)")
_ORGAN_PREFIX = re.compile(rf"^[^《》]*?(?:{ORGAN_SUFFIX}|部门)$")
_ISSUE = re.compile(r"\d{4}年第\d+期(?:\(总第\d+期\)|总第\d+期)?")
_WHOLE_ISSUE = re.compile(r"\(总第\d+期\)|总第\d+期")
_BACK_MATTER = re.compile(r"^(?:《[^》]*公报》简介|传达政令|办刊宗旨)")
_TITLED_NUMBER = re.compile(
    r"(?P<title>(?!\d+[.、])[^,;。:]{4,80}?(?:通知|通告|公告|意见|决定|批复|复函|办法|规定|方案|规划|报告|命令|细则|函))"
    r"\((?P<number>[^()]+号)\)"
)
#: The serial of an order or a numbered 公告/通告, on its own line under the heading: ``第 5 号``, ``(第 12 号)``.
# 第 5 号 · (第 12 号) · 〔2022〕第 3 号 (an order numbered within its year): an order's or a 公告's serial
_SERIAL = re.compile(r"\(?(?:[〔\[【(](?P<year>\d{4})[〕\]】)])?第(?P<serial>\d{1,5})号\)?")
# Words, a gap, then the 文号: the last cells of a table row (…的实 / 施意见 市政办发〔2020〕15 号), not a 文号 line
_CELLS_BEFORE_NUMBER = re.compile(r"[\u4e00-\u9fff][ \t\u3000]+[\u4e00-\u9fff]{2,12}\s*[〔\[［【(（]\s*\d{4}")
_SERIAL_NUMBERED = re.compile(r"(?:令|公告|通告)$")
#: A 发文机关标志 (GB/T 9704 版头): the issuing organs followed by 文件, printed over the 发文字号.
_DOCUMENT_MARK = re.compile(rf"(?P<organs>[\u4e00-\u9fff()]{{2,40}}?{ORGAN_SUFFIX})文件")
_TITLE_ORGAN = re.compile(rf"[\u4e00-\u9fff()]{{2,20}}?{ORGAN_SUFFIX}")
_TITLE_END = re.compile(
    r"(?:通知|通告|公告|意见|决定|批复|复函|函|办法|规定|方案|规划|报告|命令|细则|纪要|通报|规则|计划|纲要|"
    r"指南|预案|名单|措施|要点|清单|目录)(?:\([^()]*\))?$"
)
#: The title an officer signs an order or a report under (GB/T 9704 签发人; 市长 李明).
_OFFICE = r"代?(?:市长|省长|县长|区长|州长|主席|主任|局长|厅长|部长|署长)"
_OFFICER = re.compile(rf"^{_OFFICE}[\u4e00-\u9fff]{{1,5}}$")
_BYLINE = re.compile(
    rf"(?P<organ>[\u4e00-\u9fff]{{2,20}}?{ORGAN_SUFFIX})(?:市长|省长|县长|区长|主任|局长|代市长)"
    r"[\u4e00-\u9fff·]{0,5}"
)
_OFFICER_TITLE = re.compile(_OFFICE)
_REPORT_HEADING = re.compile(r"^.{0,20}政府工作报告$")
_ISSUES_SOMETHING = re.compile(r"(?:印发|转发)(?P<what>.+)的通知$")
_QUOTED = re.compile(r"《(?P<title>[^《》]+)》")
_ISSUING_SENTENCE = re.compile(r"印发给|转发给|现予印发|现予以印发|予以印发|现印发|印发你们|现将.*印发")
_CITING = re.compile(r"根据|按照|依据|依照|贯彻|落实|参照")
_INSTRUMENT_NAME = re.compile(
    r"(?:措施|方案|办法|规划|计划|细则|意见|规定|预案|指南|纲要|清单|目录|要点|规则|标准|制度|名单|守则|规程)"
    r"(?:\([^()]*\))*$"
)
_MAX_TITLE_LINES = 5
_MAX_TITLE_LINE = 90
_SIGNATURE_WINDOW = 3

#: Reads a document's clauses: (flat text, offset where the body starts, instrument headings) →
#: (clauses, problems). validity.reader supplies the clause finder; the splitter does not parse clauses.
ClauseReader = Callable[
    [FlatText, int, Sequence[tuple[int, str]]], tuple[Sequence[Clause], Sequence[SourceError]]
]


@attrs.frozen
class _Heading:
    """Where a document starts: its title lines, its 文号 line, and the masthead above it."""

    start: int  # index into the logical lines
    title_lines: tuple[int, ...]
    number_line: int | None
    doc_number: DocNumber | None
    masthead: tuple[str, ...]
    heading_issuers: tuple[str, ...]
    title_body: str


def split_gazette(source: SourceText, *, clause_reader: ClauseReader | None = None) -> Gazette:
    """Split a decoded gazette into its documents, with their metadata and (given a reader) their clauses."""
    return _Reader(source, clause_reader or _no_clauses).read()


def whole_document(source: SourceText, *, clause_reader: ClauseReader | None = None) -> Document:
    """The whole text as one document: a draft without a 文号 line yet (its first line is the title)."""
    return _Reader(source, clause_reader or _no_clauses).as_one_document()


def _no_clauses(
    _text: FlatText, _start: int, _instruments: Sequence[tuple[int, str]]
) -> tuple[Sequence[Clause], Sequence[SourceError]]:
    return (), ()


class _Reader:
    def __init__(self, source: SourceText, clause_reader: ClauseReader) -> None:
        self.source = source
        self.lines, self.furniture = logical_lines(source)
        self.clause_reader = clause_reader
        self.remarks: list[Remark] = []

    def read(self) -> Gazette:
        numbered = [i for i in range(len(self.lines)) if self._is_number_line(i)]
        first_heading = min((self._heading_at(i).start for i in numbered), default=None)
        stop = self.lines[first_heading].number if first_heading is not None else None
        toc = read_toc(self.lines, stop_before=stop)
        toc_end = self._index_after(toc.last_line) if toc else 0
        headings = [self._heading_at(i, floor=toc_end) for i in numbered if i >= toc_end]
        headings += self._unnumbered_headings(toc, toc_end, headings)
        headings.sort(key=lambda heading: heading.start)
        info = self._info(stop_index=headings[0].start if headings else len(self.lines))
        documents = [
            self._document(heading, self._end_of(k, headings), info) for k, heading in enumerate(headings)
        ]
        if toc is not None:
            self._cross_check(toc, documents)
        return Gazette(
            info=info,
            documents=tuple(documents),
            toc_entries=len(toc.entries) if toc else None,
            remarks=tuple(self.remarks),
        )

    def as_one_document(self) -> Document:
        info = GazetteInfo(file=self.source.name, title=None, issue=None, publication_date=None)
        if not self.lines:
            raise UnreadableFileError(self.source.name, "no text")
        first = self.lines[0]
        title_lines: tuple[int, ...] = () if self._cannot_be_title(first) else (0,)
        if title_lines:
            heading = self._with_masthead(title_lines, None, None)
        else:
            heading = _Heading(0, (), None, None, (), (), "")
        return self._document(heading, len(self.lines) - 1, info)

    # ── the gazette itself ──────────────────────────────────────────────

    def _info(self, stop_index: int) -> GazetteInfo:
        front = self.lines[: min(stop_index, 120)]
        title = next((line.flat for line in front if is_gazette_title(line.flat)), None)
        issue = self._issue(front)
        published = next(
            (day for line in front if "出版" in line.flat and (day := _published(line.flat))), None
        )
        return GazetteInfo(file=self.source.name, title=title, issue=issue, publication_date=published)

    @staticmethod
    def _issue(front: Sequence[Line]) -> str | None:
        """``2024年第4期(总第1021期)``: the cover's issue, with the 总第N期 a cover may print on the next line."""
        for k, line in enumerate(front):
            match = _ISSUE.search(line.flat)
            if match is None:
                continue
            following = front[k + 1].flat if k + 1 < len(front) else ""
            whole = "总第" not in match.group() and _WHOLE_ISSUE.fullmatch(following)
            return match.group() + following if whole else match.group()
        return None

    # ── where documents start ───────────────────────────────────────────

    def _is_number_line(self, i: int) -> bool:
        """A 文号 standing alone: ``临政发〔2024〕8 号``, ``(临政发〔2024〕8号)`` under a title, ``第5号`` under ``…令``."""
        flat = self.lines[i].flat
        if is_doc_number_line(flat):
            return not _CELLS_BEFORE_NUMBER.search(
                self.lines[i].raw
            )  # 施意见 市政办发〔2020〕15 号: a table row
        if _SERIAL.fullmatch(flat):
            return i > 0 and self._numbered_by_serial(i - 1)
        if flat.startswith("(") and flat.endswith(")") and is_doc_number_line(flat[1:-1]):
            return i > 0 and bool(_TITLE_END.search(self.lines[i - 1].flat))
        return self._title_with_number(i) is not None

    def _numbered_by_serial(self, i: int) -> bool:
        """Whether line ``i`` heads a document numbered by serial alone: ``…人民政府令``, ``公告``, ``…通告``."""
        flat = self.lines[i].flat
        return bool(_SERIAL_NUMBERED.search(flat)) and len(flat) <= 40 and not ends_sentence(flat)

    def _title_with_number(self, i: int) -> re.Match[str] | None:
        """A heading that carries its 文号: ``…的通知(晋政发〔2024〕10号)`` over an addressee line ending in ``:``."""
        match = _TITLED_NUMBER.fullmatch(self.lines[i].flat)
        if match is None or not is_doc_number_line(match["number"]):
            return None
        following = self.lines[i + 1].flat if i + 1 < len(self.lines) else ""
        return match if following.endswith(":") else None

    def _number_at(self, i: int) -> DocNumber | None:
        """The 文号 on line ``i``; None for a 公告 numbered by serial alone (第1号 names no agency)."""
        flat = self.lines[i].flat
        titled = self._title_with_number(i)
        if titled is not None:
            return DocNumber.parse(titled["number"])
        serial = _SERIAL.fullmatch(flat)
        if serial is None:
            return DocNumber.parse(flat)
        order = self.lines[i - 1].flat
        year = f"〔{serial['year']}〕" if serial["year"] else ""
        return DocNumber.parse(f"{order}{year}第{serial['serial']}号") if self._is_order_serial(i) else None

    def _is_order_serial(self, i: int) -> bool:
        """Whether line ``i`` is an order's serial (``第 5 号``, ``(第 12 号)``) under its ``…令`` line."""
        return i > 0 and bool(_SERIAL.fullmatch(self.lines[i].flat)) and self.lines[i - 1].flat.endswith("令")

    def _heading_at(self, number_index: int, *, floor: int = 0) -> _Heading:
        """The heading above the 文号 line at ``number_index``."""
        titled = self._title_with_number(number_index)
        if titled is not None:
            number = self._number_at(number_index)
            line = self.lines[number_index]
            stripped = attrs.evolve(
                line, flat=titled["title"], raw=line.raw[: line.raw.rfind(titled["number"][:2])]
            )
            self.lines[number_index] = stripped
            heading = self._with_masthead((number_index,), number_index, number)
            self.lines[number_index] = line
            return heading
        if self._is_order_serial(number_index):
            order = number_index - 1
            number = self._number_at(number_index)
            return _Heading(order, (order,), number_index, number, (), (), self.lines[order].flat)
        if number_index > 0 and _DOCUMENT_MARK.fullmatch(self.lines[number_index - 1].flat):
            return self._heading_below(number_index)
        collected: list[int] = []
        j = number_index - 1
        while j >= floor and len(collected) < _MAX_TITLE_LINES:
            line = self.lines[j]
            if self._cannot_be_title(line):
                break
            collected.insert(0, j)
            if self._opens_title(line):
                break
            j -= 1
        if collected and not self._opens_title(self.lines[collected[0]]):
            placed = [i for i in collected if starts_with_place(self.lines[i].flat)]
            collected = collected[collected.index(placed[-1]) :] if placed else collected[-1:]
        number = self._number_at(number_index)
        if not collected:
            return _Heading(number_index, (), number_index, number, (), (), "")
        title = "".join(self.lines[i].flat for i in collected)
        continued = () if _TITLE_END.search(title) else self._title_lines_below(number_index)
        return self._with_masthead((*collected, *continued), number_index, number)

    def _title_lines_below(self, number_index: int) -> tuple[int, ...]:
        """Title lines printed under the 文号 line, up to the 文种 that ends a title (通知, 批复, 函 …); () if none.

        A 版头 puts the whole title there; a title broken by its own 文号 (``…关于明确`` / 文号 / ``…职责的函``)
        ends there. The lines must close with a 文种 before the addressee line (``县城市管理局:``) or the text.
        """
        taken: list[int] = []
        for j in range(number_index + 1, min(number_index + 1 + _MAX_TITLE_LINES, len(self.lines))):
            if self._cannot_be_title(self.lines[j]) or self._is_number_line(j):
                break
            taken.append(j)
            if _TITLE_END.search("".join(self.lines[k].flat for k in taken)) and not self._title_goes_on(
                taken
            ):
                return tuple(taken)
        return ()

    def _title_goes_on(self, taken: list[int]) -> bool:
        """…实施细则 / (试行)的通知: a title that seems to end but goes on to its real 文种 on the next line."""
        following = taken[-1] + 1
        if following >= len(self.lines):
            return False
        line = self.lines[following].flat
        joined = "".join(self.lines[k].flat for k in taken) + line
        return line.startswith(("(", "的")) and len(line) <= 20 and bool(_TITLE_END.search(joined))

    def _heading_below(self, number_index: int) -> _Heading:
        """A heading laid out by GB/T 9704: 发文机关标志 ``…文件``, the 文号 under it, then the title."""
        mark = number_index - 1
        number = self._number_at(number_index)
        title_lines = self._title_lines_below(number_index)
        if not title_lines:
            return _Heading(mark, (), number_index, number, (), (), "")
        first = self.lines[title_lines[0]]
        named = organ_names(first.raw) if len(title_lines) > 1 else []
        if named:
            issuers, body = tuple(named), "".join(self.lines[i].flat for i in title_lines[1:])
        else:
            issuers, first_rest = self._split_heading(first)
            body = first_rest + "".join(self.lines[i].flat for i in title_lines[1:])
        masthead = self._document_mark(mark) if not issuers and _TITLE_VERB.match(body) else ()
        return _Heading(mark, title_lines, number_index, number, masthead, issuers, body)

    def _document_mark(self, i: int) -> tuple[str, ...]:
        """The organs of a 发文机关标志 (``平遥县人民政府文件``, ``临汾市财政局　临汾市教育局文件``)."""
        match = _DOCUMENT_MARK.fullmatch(self.lines[i].flat)
        if match is None:
            return ()
        return tuple(organ_names(self.lines[i].raw.replace("文件", " "))) or (match["organs"],)

    def _with_masthead(
        self,
        title_lines: tuple[int, ...],
        number_line: int | None,
        number: DocNumber | None,
        *,
        first: Line | None = None,
    ) -> _Heading:
        """The heading whose title spans ``title_lines`` (``first``: its first line, when trimmed), and its masthead."""
        first = first or self.lines[title_lines[0]]
        heading_issuers, first_rest = self._split_heading(first)
        body = first_rest + "".join(self.lines[i].flat for i in title_lines[1:])
        start = title_lines[0]
        masthead: tuple[str, ...] = ()
        i = start - 1
        chars: list[int] = []
        while i >= 0 and len(self.lines[i].flat) == 1 and "\u4e00" <= self.lines[i].flat <= "\u9fff":
            chars.insert(0, i)
            i -= 1
        vertical = "".join(self.lines[k].flat for k in chars)
        if len(chars) >= 2 and organ_names(vertical):
            masthead, start = (vertical,), chars[0]
        elif not heading_issuers and _TITLE_VERB.match(body) and start > 0:
            above = organ_names(self.lines[start - 1].raw)
            if above:
                masthead, start = tuple(above), start - 1
        return _Heading(start, title_lines, number_line, number, masthead, heading_issuers, body)

    def _split_heading(self, line: Line) -> tuple[tuple[str, ...], str]:
        """``运城市人民政府 关于…`` → (("运城市人民政府",), "关于…"); a heading without issuers → ((), flat)."""
        at = line.flat.find("关于")
        if at <= 0 or not _ORGAN_PREFIX.match(line.flat[:at]):
            return (), line.flat
        raw_at = line.raw.find("关于")
        tokens = [token for token in re.sub(r"[#*]", " ", line.raw[:raw_at]).split() if token]
        issuers = tuple(tokens) if "".join(tokens) == line.flat[:at] else (line.flat[:at],)
        return issuers, line.flat[at:]

    def _opens_title(self, line: Line) -> bool:
        if _TITLE_VERB.match(line.flat):
            return True
        at = line.flat.find("关于")
        return at > 0 and bool(_ORGAN_PREFIX.match(line.flat[:at]))

    def _cannot_be_title(self, line: Line) -> bool:
        flat = line.flat
        return (
            ends_sentence(flat)
            or len(flat) > _MAX_TITLE_LINE
            or len(flat) == 1
            or is_publication_note(flat)
            or is_doc_number_line(flat)
            or _is_date_shaped(flat)
            or flat.startswith("附件")
        )

    def _unnumbered_headings(
        self, toc: TableOfContents | None, floor: int, numbered: Sequence[_Heading]
    ) -> list[_Heading]:
        """Documents without a 文号: a heading the table of contents names, or a 政府工作报告."""
        taken = {i for heading in numbered for i in range(heading.start, _last_heading_line(heading) + 1)}
        wanted = [entry.title for entry in toc.entries if entry.doc_number is None] if toc else []
        found: list[_Heading] = []
        for i in range(floor, len(self.lines)):
            if i in taken:
                continue
            flat = self.lines[i].flat
            if flat in wanted or (_REPORT_HEADING.match(flat) and self._report_follows(i)):
                found.append(_Heading(i, (i,), None, None, (), (), flat))
                taken.add(i)
        return found

    def _report_follows(self, i: int) -> bool:
        following = [line.flat for line in self.lines[i + 1 : i + 4]]
        return any(flat.startswith(("——", "各位代表")) for flat in following)

    def _speaker(self, heading: _Heading) -> tuple[str, ...]:
        """For a report without a signature: the organ in the by-line (``运城市人民政府市长 储祥好``).

        Only a report has a by-line, and it is the whole line: an item of a 任免 list
        (``张伟为平遥县教育科技局局长;``) names an office, not the issuer.
        """
        if not heading.title_body.endswith("报告"):
            return ()
        for line in self.lines[heading.start + 1 : heading.start + 4]:
            match = _BYLINE.fullmatch(line.flat)
            if match:
                return (match["organ"],)
        return ()

    def _end_of(self, k: int, headings: Sequence[_Heading]) -> int:
        """Index of the last logical line of heading ``k``'s document."""
        stop = headings[k + 1].start if k + 1 < len(headings) else len(self.lines)
        for i in range(headings[k].start + 1, stop):
            if _BACK_MATTER.match(self.lines[i].flat) and self._after_signature(headings[k], i):
                return i - 1
        return stop - 1

    def _after_signature(self, heading: _Heading, i: int) -> bool:
        first = _last_heading_line(heading) + 1
        return any(self._signature_at(j) for j in range(first, i)) or heading.doc_number is None

    # ── one document ────────────────────────────────────────────────────

    def _document(self, heading: _Heading, end: int, info: GazetteInfo) -> Document:
        first_line = self.lines[heading.start].number
        last_line = self.lines[end].number
        text = flatten(self.source, first_line, last_line, skip_lines=self.furniture)
        if heading.number_line is not None:
            body_from = _last_heading_line(heading) + 1
        else:
            body_from = heading.title_lines[-1] + 1 if heading.title_lines else heading.start
        signature = self._signature(body_from, end + 1)
        remarks: list[Remark] = []
        errors: list[SourceError] = []
        signed: dt.date | None = None
        signers: tuple[str, ...] = ()
        signature_line: int | None = None
        if signature is not None:
            date_index, signed, signers, problem = signature
            signature_line = self.lines[date_index].number
            if problem:
                remarks.append(Remark(problem, signature_line))
                start, end = self.source.line_offsets(signature_line)
                line_text = self.source.line_text(signature_line)
                errors.append(
                    InvalidDateError(problem, self.source.span(start, max(end, start + 1)), line_text)
                )
        elif heading.doc_number is not None:
            remarks.append(Remark("no signature date (成文日期) found under the text", first_line))
        issuers = signers or heading.masthead or heading.heading_issuers or self._speaker(heading)
        if heading.doc_number is not None and heading.doc_number.is_order:
            issuers = issuers or (heading.doc_number.agency.removesuffix("令"),)
        issuers = issuers or _organ_in_title(heading.title_body)
        title = self._title(heading, issuers)
        if not title:
            remarks.append(Remark("no title found above the 文号", first_line))
        notice_end = date_index if signature is not None else end
        instruments = self._instruments(title, body_from, notice_end, end)
        if heading.doc_number is not None and heading.doc_number.is_order:
            promulgated = self._promulgated(body_from, notice_end, end)
            if promulgated is not None:
                title, instruments = promulgated.title, [promulgated]
        body = text.offset_of_line(self.lines[body_from - 1].number + 1) if body_from > 0 else 0
        headings = [(text.offset_of_line(item.line), item.title) for item in instruments if item.line]
        clauses, problems = self.clause_reader(text, body, headings)
        remarks.extend(Remark(problem.message, problem.span.line) for problem in problems)
        errors.extend(problems)
        kind, rule = classify(
            title,
            heading.doc_number,
            [instrument.title for instrument in instruments],
            states_own_term=any(
                isinstance(clause, ExpiryClause) and not clause.targets for clause in clauses
            ),
        )
        span = SourceSpan(
            file=self.source.name,
            line=first_line,
            column=1,
            end_line=last_line,
            end_column=max(len(self.source.line_text(last_line)), 1),
            start=self.source.line_starts[first_line - 1],
            end=self.source.line_offsets(last_line)[1],
        )
        return Document(
            doc_number=heading.doc_number,
            title=title,
            issuers=tuple(issuers),
            signed_date=signed,
            instruments=tuple(instruments),
            kind=kind,
            kind_rule=rule,
            span=span,
            gazette=info,
            text=text,
            signature_line=signature_line,
            clauses=tuple(clauses),
            remarks=tuple(remarks),
            problems=tuple(errors),
        )

    def _title(self, heading: _Heading, issuers: Sequence[str]) -> str:
        body = heading.title_body
        printed = heading.heading_issuers or heading.masthead
        if printed:
            return " ".join(printed) + body
        if _TITLE_VERB.match(body) and issuers:
            return " ".join(issuers) + body
        return body

    def _signature(self, start: int, stop: int) -> tuple[int, dt.date | None, tuple[str, ...], str] | None:
        """The first signature in ``[start, stop)``: date line index, date, signing organs, and any problem."""
        for i in range(start, stop):
            found = self._signature_at(i)
            if found is not None:
                return found
        return None

    def _signature_at(self, i: int) -> tuple[int, dt.date | None, tuple[str, ...], str] | None:
        """A signature whose date is on line ``i``: alone, broken over two lines, or after the organs."""
        flat = self.lines[i].flat
        following = self.lines[i + 1].flat if i + 1 < len(self.lines) else ""
        inline = signed_on_one_line(self.lines[i].raw)
        problem = ""
        try:
            signed = date_line(flat) or split_date_lines(flat, following)
            if signed is None and inline is not None:
                signed = date_line(inline[1])
        except ValueError as exc:
            if not _is_date_shaped(flat) and inline is None:
                return None
            signed, problem = None, f"the signature date is impossible: {exc}"
        if signed is None and not problem:
            return None
        signers = self._signers_above(i) + (tuple(inline[0]) if inline else ())
        after = [line.flat for line in self.lines[i + 1 : i + 1 + _SIGNATURE_WINDOW]]
        if (
            not signers
            and not self._officer_above(i)
            and not any(is_publication_note(flat) for flat in after)
        ):
            return None
        return i, signed, signers, problem

    def _officer_above(self, i: int) -> bool:
        """Whether an officer signs over line ``i``: ``省长　金湘军``, or ``市　长`` / ``李　明`` on two lines."""
        if i > 0 and _OFFICER.match(self.lines[i - 1].flat):
            return True
        if i < 2 or not _OFFICER_TITLE.fullmatch(self.lines[i - 2].flat):
            return False
        return bool(_OFFICER.match(self.lines[i - 2].flat + self.lines[i - 1].flat))

    def _signers_above(self, i: int) -> tuple[str, ...]:
        """Organ names printed over the date line (several for a joint document), skipping stray short lines."""
        signers: list[str] = []
        for j in range(i - 1, max(i - 9, -1), -1):
            names = organ_names(self.lines[j].raw)
            if names:
                signers[:0] = names
            elif signers or len(self.lines[j].flat) >= 12:
                break
        return tuple(signers)

    def _instruments(self, title: str, body_from: int, notice_end: int, end: int) -> list[Instrument]:
        """What the document 印发s: named by the notice's own words when they agree with the title."""
        issued = _ISSUES_SOMETHING.search(title)
        if issued is None:
            return []
        from_title = _split_items(issued["what"])
        notice = "".join(line.flat for line in self.lines[body_from:notice_end])
        from_body = _issued_in_notice(notice)
        names = from_title
        if from_body and _same_items(from_body, from_title):
            names = from_body
        return [Instrument(title=name, line=self._instrument_line(name, notice_end, end)) for name in names]

    def _promulgated(self, body_from: int, notice_end: int, end: int) -> Instrument | None:
        """What an order (…令第N号) promulgates: ``《X》已经…通过，现予公布``; its title is the document's."""
        order = "".join(line.flat for line in self.lines[body_from:notice_end])
        match = _QUOTED.search(order)
        if match is None:
            return None
        return Instrument(title=match["title"], line=self._instrument_line(match["title"], notice_end, end))

    def _instrument_line(self, name: str, start: int, end: int) -> int | None:
        """The line where an instrument's own heading stands after the notice, when it can be found."""
        key = title_key(name)
        for i in range(start, end + 1):
            joined = ""
            for k in range(i, min(i + 4, end + 1)):
                joined += title_key(self.lines[k].flat)
                if joined == key:
                    return self.lines[i].number
                if not key.startswith(joined):
                    break
        return None

    def _index_after(self, line_number: int) -> int:
        return next((i for i, line in enumerate(self.lines) if line.number > line_number), len(self.lines))

    # ── table of contents ───────────────────────────────────────────────

    def _cross_check(self, toc: TableOfContents, documents: Sequence[Document]) -> None:
        unmatched = list(documents)
        for entry in toc.entries:
            match = _match_entry(entry, unmatched)
            if match is None:
                self.remarks.append(
                    Remark(
                        f"the table of contents lists {_entry_label(entry)} (page {entry.page}), "
                        "but no such document was found in the body",
                        entry.line,
                    )
                )
                continue
            unmatched.remove(match)
            if title_key(entry.title) != title_key(match.title):
                self.remarks.append(
                    Remark(
                        f"{match.label}: the table of contents gives the title as {entry.title!r}, "
                        f"the body as {match.title!r}",
                        entry.line,
                    )
                )
            if entry.doc_number is not None and not _same_number(entry.doc_number, match.doc_number):
                self.remarks.append(
                    Remark(
                        f"{match.title}: the table of contents gives 文号 {entry.doc_number}, "
                        f"the body {match.doc_number}",
                        entry.line,
                    )
                )
        for document in unmatched:
            self.remarks.append(
                Remark(
                    f"{document.label} is in the body but not in the table of contents", document.span.line
                )
            )


def _same_number(listed: DocNumber, printed: DocNumber | None) -> bool:
    return printed is not None and same_number(listed, printed)


def _last_heading_line(heading: _Heading) -> int:
    """The last line of a heading: its 文号 line, or a title line printed under it."""
    return max(heading.number_line or heading.start, *heading.title_lines)


def _organ_in_title(title: str) -> tuple[str, ...]:
    """The issuer a title begins with (GB/T 9704 标题: 发文机关 + 事由 + 文种): ``平遥县人民政府任免人员名单``."""
    match = _TITLE_ORGAN.match(title)
    if match is None or not starts_with_place(match.group()):
        return ()
    return (match.group(),)


def _match_entry(entry: TocEntry, documents: Sequence[Document]) -> Document | None:
    if entry.doc_number is not None:
        for document in documents:
            if _same_number(entry.doc_number, document.doc_number):
                return document
    key = title_key(entry.title)
    scored = [(difflib.SequenceMatcher(None, key, title_key(doc.title)).ratio(), doc) for doc in documents]
    best = max(scored, key=lambda pair: pair[0], default=None)
    return best[1] if best is not None and best[0] >= 0.9 else None


def _entry_label(entry: TocEntry) -> str:
    return f"《{entry.title}》" + (f"({entry.doc_number})" if entry.doc_number else "")


def _split_items(what: str) -> list[str]:
    """``《A》《B》`` or ``A、B和C`` into items, splitting only where every part names an instrument."""
    quoted = _QUOTED.findall(what)
    if quoted:
        return quoted
    for separator in ("、", "和", "及"):
        parts = what.split(separator)
        if len(parts) > 1 and all(_INSTRUMENT_NAME.search(part) and len(part) >= 4 for part in parts):
            return parts
    return [what]


def _issued_in_notice(notice: str) -> list[str]:
    """The 《》 titles a notice says it 印发s (``现将《…》印发给你们``), leaving out the ones it cites."""
    items: list[str] = []
    for sentence in re.split(r"[。;]", notice):
        if not _ISSUING_SENTENCE.search(sentence):
            continue
        previous = 0
        for match in _QUOTED.finditer(sentence):
            if not _CITING.search(sentence[previous : match.start()]):
                items.append(match["title"])
            previous = match.end()
    return items


def _same_items(from_body: Sequence[str], from_title: Sequence[str]) -> bool:
    """Whether the notice's names and the title's describe the same instruments (的 and spacing aside)."""
    body = title_key("".join(from_body)).replace("的", "")
    title = title_key("".join(from_title)).replace("的", "")
    return body == title or difflib.SequenceMatcher(None, body, title).ratio() >= 0.9


def _is_date_shaped(flat: str) -> bool:
    return bool(DATE.fullmatch(flat))


def _published(flat: str) -> dt.date | None:
    """The date on a line like ``2024 年 8 月 30 日出版(月刊)`` or ``出版日期:2024年6月30日``."""
    match = DATE.search(flat)
    if match is None:
        return None
    try:
        return date_from_match(match)
    except ValueError:
        return None
