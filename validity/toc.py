"""The table of contents (目录) of a gazette: what it lists, to cross-check the documents found in the body.

An entry is one or more lines ending in a page reference: ``(临政发〔2024〕8 号) (1)………`` (临汾),
``… (运政函[2024]2 号) (15)`` (运城), ``- …(长政发[2024]5号) ..... 1`` (长治). Section heads (``【市政府文件】``,
``## 市政府文件``) separate entries. The table ends where the text stops looking like one: a pending entry
grows past any plausible title without reaching a page reference.
"""

from __future__ import annotations

import re

import attrs

from validity.doc_numbers import DocNumber
from validity.layout import Line

_PAGE_REFERENCE = re.compile(r"(?:\((?P<paren>\d{1,4}(?:-\d{1,4})?)\)\.*|\.{3,}(?P<dots>\d{1,4}))$")
_TRAILING_NUMBER = re.compile(r"\((?P<number>[^()]*?[〔\[【]\d{4}[〕\]】][^()]*?号|[^()]*?令第\d+号)\)$")
_SUBTITLE = re.compile(r"——.*$")
#: A dot leader followed by a name, not a page: ``政府工作报告……………王建国`` (the speaker of a report).
_LEADER_BYLINE = re.compile(r"(?:\.{3,}|…{2,}|·{3,})[\u4e00-\u9fff·]{2,12}$")
#: The serial of a numbered 公告/通告 with no agency: ``大同市人民政府公告(第1号)``.
_TRAILING_SERIAL = re.compile(r"\(第\d{1,5}号\)$")
_MAX_ENTRY = 160  # characters: longer than any title, so the table has ended


@attrs.frozen
class TocEntry:
    """One document listed in the table of contents."""

    title: str
    doc_number: DocNumber | None
    page: str
    line: int


@attrs.frozen
class TableOfContents:
    """The entries of a gazette's 目录 and the lines it spans."""

    entries: tuple[TocEntry, ...]
    first_line: int
    last_line: int


def read_toc(lines: list[Line], *, stop_before: int | None = None) -> TableOfContents | None:
    """Read the table of contents starting at the 目录 line, or None when the gazette has none."""
    start = next((i for i, line in enumerate(lines) if line.flat == "目录"), None)
    if start is None:
        return None
    entries: list[TocEntry] = []
    pending: list[Line] = []
    last_line = lines[start].number
    for line in lines[start + 1 :]:
        if stop_before is not None and line.number >= stop_before:
            break
        if _is_section_head(line):
            pending = []
            continue
        pending.append(line)
        text = "".join(part.flat for part in pending).lstrip("-").strip()
        page = _PAGE_REFERENCE.search(text)
        if page:
            entries.append(_entry(text[: page.start()], page["paren"] or page["dots"], pending[0].number))
            last_line = line.number
            pending = []
        elif len(text) > _MAX_ENTRY:
            break
    return TableOfContents(entries=tuple(entries), first_line=lines[start].number, last_line=last_line)


def _entry(text: str, page: str, line: int) -> TocEntry:
    text = _LEADER_BYLINE.sub("", text.strip())  # a by-line after the leader is no part of the title
    text = text.rstrip(".…·-— ")  # the dot leader, before or after the page number
    number_match = _TRAILING_NUMBER.search(text)
    number: DocNumber | None = None
    if number_match:
        try:
            number = DocNumber.parse(number_match["number"])
        except ValueError:
            number = None
        else:
            text = text[: number_match.start()]
    title = _TRAILING_SERIAL.sub("", _SUBTITLE.sub("", text).strip("- "))
    return TocEntry(title=title, doc_number=number, page=page, line=line)


def same_number(listed: DocNumber, printed: DocNumber) -> bool:
    """Whether the 文号 a table of contents lists is the one printed in the body.

    A table of contents shortens an order's agency (``省政府令第305号`` for ``山西省人民政府令第305号``):
    the same serial under an agency whose characters all stand, in order, in the printed one.
    """
    if listed == printed:
        return True
    if not (listed.is_order and printed.is_order and listed.serial == printed.serial):
        return False
    rest = iter(printed.agency)
    return all(char in rest for char in listed.agency)


def _is_section_head(line: Line) -> bool:
    """【市政府文件】, a Markdown heading, or a bare label such as 县政府文件 / 政府令 / 人事任免 on its own line."""
    flat = line.flat
    return (
        line.raw.lstrip().startswith("#")
        or (flat.startswith("【") and flat.endswith("】"))
        or bool(_BARE_SECTION.fullmatch(flat))
    )


# A section label of a table of contents: a short name of a kind of document, no title words, no page number
_BARE_SECTION = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:文件|政府令|规章|公告|通告|任免|人事任免|其他)")
