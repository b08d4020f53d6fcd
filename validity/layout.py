"""What a line of a gazette is, judged from its flat text: page furniture, a date, an organ's name, a 文号.

The gazette reader (:mod:`validity.gazette`) walks *logical lines*: the non-blank, non-furniture lines of
a file, each with its original line number and its flat form (:func:`validity.source.flat_line`).
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from validity.dates import DATE, DATE_PATTERN, date_from_match
from validity.source import SourceText, flatten

#: Names of issuing organs end in one of these (人民政府办公室, 科学技术局, 卫生健康委员会, 管委会 …).
ORGAN_SUFFIX = (
    r"(?:人民政府(?:办公室|办公厅)?|办公室|办公厅|委员会|管委会|管理委员会|政府|局|厅|委|部|署|院|中心|"
    r"公司|集团|协会|学会|支队|总队|大队|分行|银行|法院|检察院|商会|联合会|总工会|工会)"
)
_ORGAN = re.compile(rf"原?[\u4e00-\u9fff()]{{1,30}}?{ORGAN_SUFFIX}")
_PLACE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|盟|旗|自治区)")
_PAGE_NUMBER = re.compile(r"^[—\-–]+\d{1,4}[—\-–]+$")
_RUNNING_HEAD = re.compile(r"(?:\d{1,2}/\d{4}.*公报|公报.*\d{1,2}/\d{4})")
#: What a running head prints besides the gazette's name: the issue (2024年第2期, (总第150期), 8/2024),
#: the page number (—2—, 12) and the section (·市政府文件·).
_HEAD_MARK = re.compile(
    r"\d{4}年?第\d{1,3}期|\(?总第\d{1,5}期\)?|\d{1,2}/\d{4}|[—\-–]*\d{1,4}[—\-–]*|·[^·]{2,16}·|[|｜\s]"
)
_ISSUE_MARK = re.compile(r"\d{4}年?第\d{1,3}期|总第\d{1,5}期|\d{1,2}/\d{4}")
_ISSUE_OR_PAGE = re.compile(rf"{_ISSUE_MARK.pattern}|\d{{1,4}}")
_GAZETTE_NAME = re.compile(r"[\u4e00-\u9fff]{2,20}公报")
_COVER_LINES = 12  # the cover title stands among the first lines of a gazette
_SECTION_HEAD = re.compile(r"^·[^·]{2,16}·")
_PUBLICATION_NOTE = re.compile(
    r"^[(]?(?:此件)?(?:公开发布|主动公开|不予公开|依申请公开|不公开|删减后公开|予以公开)[)]?$"
)
_DATE_AT_END = re.compile(rf"{DATE_PATTERN}$")
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
    title: str | None = None
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
        on_cover = title is None and len(lines) < _COVER_LINES  # a cover has no running head
        if is_furniture(flat) or (not on_cover and is_running_head(flat, title)):
            furniture.add(number)
            continue
        lines.append(Line(number=number, raw=source.line_text(number), flat=flat))
        if title is None and len(lines) <= _COVER_LINES and is_gazette_title(flat):
            title = flat
    return lines, furniture


def is_gazette_title(flat: str) -> bool:
    """Whether a line is the name of a gazette as its cover prints it (``大同市人民政府公报``)."""
    return flat.endswith("公报") and len(flat) <= 20 and "《" not in flat


def is_furniture(flat: str) -> bool:
    """Page numbers (—61—), running heads (8/2024临汾市人民政府公报·…·) and table continuation marks."""
    if _PAGE_NUMBER.match(flat) or flat in {"续表", "续上表"}:
        return True
    if len(flat) <= 60 and "公报" in flat and _RUNNING_HEAD.search(flat):
        return True
    return bool(_SECTION_HEAD.match(flat) and len(flat) <= 60)


def is_running_head(flat: str, gazette_title: str | None = None) -> bool:
    """A page's running head: the gazette's name with its issue or page (``大同市人民政府公报 2024年第2期 —2—``).

    The name is the cover's ``gazette_title`` or, not knowing it, any ``…公报``; the rest of the line may only
    be issue, page and section marks. A bare name is not enough (a cover repeats its title), and a
    generic name needs the issue: ``大同市人民政府公报 12`` is a head only in the 大同 gazette.
    """
    if len(flat) > 60:
        return False
    name = _HEAD_MARK.sub("", flat)
    if gazette_title is not None and name == gazette_title:
        return bool(_ISSUE_OR_PAGE.search(flat))
    return bool(_GAZETTE_NAME.fullmatch(name) and _ISSUE_MARK.search(flat))


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
    """A signature date broken over two lines anywhere (``2024 年 7 月`` / ``19 日``, ``2019`` / ``年 2 月 15 日``).

    Neither line may be a whole date by itself, nor hold anything but the date's pieces.
    Raises ValueError when the two lines spell a date that is not in the calendar.
    """
    if not first or not second or DATE.fullmatch(first) or DATE.fullmatch(second):
        return None
    return date_line(first + second)


def signed_on_one_line(raw: str) -> tuple[list[str], str] | None:
    """Signature and date on one line (``大同市人民政府办公室　2025 年 1 月 20 日``): the organs and the flat date."""
    text = flatten(SourceText.from_text(raw))
    match = _DATE_AT_END.search(text.text)
    if match is None or match.start() == 0:
        return None
    organs = organ_names(raw[: text.origin[match.start()]])
    return (organs, match.group()) if organs else None


def _strip_markup(part: str) -> str:
    return re.sub(r"^#+|\*\*", "", part).strip()
