"""What a line of a gazette is, judged from its flat text: page furniture, a date, an organ's name, a 文号.

The gazette reader (:mod:`validity.gazette`) walks *logical lines*: the non-blank, non-furniture lines of
a file, each with its original line number and its flat form (:func:`validity.source.flat_line`).
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from validity.dates import DATE, date_from_match
from validity.numerals import NUMERAL
from validity.source import SourceText, flatten

#: Names of issuing organs end in one of these (人民政府办公室, 科学技术局, 卫生健康委员会, 管委会 …).
ORGAN_SUFFIX = (
    r"(?:人民政府(?:办公室|办公厅)?|办公室|办公厅|委员会|管委会|管理委员会|政府|局|厅|委|署|院|中心|"
    r"公司|集团|协会|学会|支队|总队|大队|分行|银行|法院|检察院|商会|联合会|总工会|工会)"
)
_ORGAN = re.compile(rf"原?[\u4e00-\u9fff()]{{1,30}}?{ORGAN_SUFFIX}")
_PLACE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|盟|旗|自治区)")
_PAGE_NUMBER = re.compile(r"^[—\-–]+\d{1,4}[—\-–]+$")
_RUNNING_HEAD = re.compile(r"(?:\d{1,2}/\d{4}.*公报|公报.*\d{1,2}/\d{4})")
_SECTION_HEAD = re.compile(r"^·[^·]{2,16}·")
_PUBLICATION_NOTE = re.compile(
    r"^[(]?(?:此件)?(?:公开发布|主动公开|不予公开|依申请公开|不公开|删减后公开|予以公开)[)]?$"
)
_SPLIT_MONTH = re.compile(rf"^(?P<year>{NUMERAL})年(?P<month>{NUMERAL})月$")
_SPLIT_DAY = re.compile(rf"^(?P<day>{NUMERAL})[日号]$")
_SENTENCE_END = re.compile(r"[。;:!?；：！？]$")


@attrs.frozen
class Line:
    """A logical line: its 1-based number in the original file, its raw text and its flat form."""

    number: int
    raw: str
    flat: str


def logical_lines(source: SourceText) -> tuple[list[Line], set[int]]:
    """The logical lines of a file, and the numbers of the furniture lines left out of them."""
    lines: list[Line] = []
    furniture: set[int] = set()
    flat_all = flatten(source)
    # One flatten pass for the whole file, cut back into lines through the origin map (origins only grow).
    by_line: dict[int, list[str]] = {}
    starts = source.line_starts
    line = 1
    for ch, offset in zip(flat_all.text, flat_all.origin, strict=True):
        while line < len(starts) and starts[line] <= offset:
            line += 1
        by_line.setdefault(line, []).append(ch)
    for number in sorted(by_line):
        flat = "".join(by_line[number]).strip()
        if not flat:
            continue
        if is_furniture(flat):
            furniture.add(number)
            continue
        lines.append(Line(number=number, raw=source.line_text(number), flat=flat))
    return lines, furniture


def is_furniture(flat: str) -> bool:
    """Page numbers (—61—), running heads (8/2024临汾市人民政府公报·…·) and table continuation marks."""
    if _PAGE_NUMBER.match(flat) or flat in {"续表", "续上表"}:
        return True
    if len(flat) <= 60 and "公报" in flat and _RUNNING_HEAD.search(flat):
        return True
    return bool(_SECTION_HEAD.match(flat) and len(flat) <= 60)


def is_publication_note(flat: str) -> bool:
    """(此件公开发布), (主动公开) and their kin, printed under a signature."""
    return bool(_PUBLICATION_NOTE.match(flat))


def ends_sentence(flat: str) -> bool:
    """Whether a line ends a sentence or a clause (。；：…), which a title line never does."""
    return bool(_SENTENCE_END.search(flat))


def organ_names(raw: str) -> list[str]:
    """The organ names a line consists of (``临汾市科学技术局　临汾市财政局`` → two), or [] if it is not that."""
    parts = [flat_part for part in raw.replace("\u3000", " ").split() if (flat_part := _strip_markup(part))]
    if not parts or not all(_ORGAN.fullmatch(part) for part in parts):
        return []
    return parts


def is_organ_line(raw: str) -> bool:
    """Whether a line is nothing but one or more organ names."""
    return bool(organ_names(raw))


def starts_with_place(flat: str) -> bool:
    """Whether text starts with a place name (临汾市…, 山西省…): how titles without 关于 begin."""
    return bool(_PLACE_PREFIX.match(flat))


def date_line(flat: str) -> dt.date | None:
    """The date when a whole line is one (``2024 年 8 月 18 日``, ``二〇二四年八月十八日``), else None.

    Raises ValueError when the line is shaped like a date but is not one in the calendar.
    """
    match = DATE.fullmatch(flat)
    return date_from_match(match) if match else None


def split_date_lines(first: str, second: str) -> dt.date | None:
    """A signature date broken over two lines (``2024 年 7 月`` / ``19 日``), else None."""
    head = _SPLIT_MONTH.match(first)
    tail = _SPLIT_DAY.match(second)
    if head is None or tail is None:
        return None
    return date_line(f"{head['year']}年{head['month']}月{tail['day']}日")


def _strip_markup(part: str) -> str:
    return re.sub(r"^#+|\*\*", "", part).strip()
