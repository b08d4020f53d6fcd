"""文号, the number a Chinese government document is issued under: ``临政规发〔2024〕4号``.

The normal form (GB/T 9704-2012 §7.2.4) is agency code + year in 〔〕 + serial + 号, with no spaces and no
leading zero in the serial. Gazettes print it with ``[]``, ``［］``, ``()`` or spaces, and split it across
lines; :meth:`DocNumber.parse` reads all of them. Orders of a government (规章) are numbered
``长治市人民政府令第5号``; they parse too, with no year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from validity.errors import DocNumberError
from validity.source import flat_line

_OPEN = "〔[［(（【"
_CLOSE = "〕]］)）】"
_AGENCY = r"[\u4e00-\u9fff]{1,12}"
_BRACKETED = re.compile(
    rf"(?P<agency>{_AGENCY}?)[{re.escape(_OPEN)}](?P<year>\d{{4}})[{re.escape(_CLOSE)}]"
    rf"(?:第)?(?P<serial>\d{{1,5}})号"
)
_ORDER = re.compile(r"(?P<agency>[\u4e00-\u9fff]{2,20}?令)第(?P<serial>\d{1,5})号")
# 国家税务总局公告2024年第3号 · 财政部 税务总局公告2023年第12号: a numbered 公告 of a ministry, in its own form
_ANNOUNCEMENT = re.compile(r"(?P<agency>[\u4e00-\u9fff]{2,20}?公告)(?P<year>\d{4})年第(?P<serial>\d{1,5})号")
# 临政发2015年7号: the year written out, no brackets (only where a whole 文号 is expected)
_YEAR_WRITTEN = re.compile(rf"(?P<agency>{_AGENCY}?)(?P<year>\d{{4}})年(?:第)?(?P<serial>\d{{1,5}})号")
# Words that end a phrase before an agency code in running text: "印发的《…》临政办发〔2017〕66号".
_NOT_AGENCY = re.compile(
    r".*(?:[的和及与、原是为在于以将]|根据|依据|依照|按照|执行|落实|印发|转发|贯彻|参照|文件)"
)


@attrs.frozen(order=True)
class DocNumber:
    """A 文号; ``str()`` gives the normal form and :meth:`parse` reads it back.

    >>> str(DocNumber.parse("( 晋政发 〔 2024〕 10 号)"))
    '晋政发〔2024〕10号'
    """

    agency: str
    year: int | None
    serial: int

    def __str__(self) -> str:
        if self.year is None:
            return f"{self.agency}第{self.serial}号"
        if self.is_announcement:  # 国家税务总局公告2024年第3号: the form the ministries print
            return f"{self.agency}{self.year}年第{self.serial}号"
        if self.is_order:  # 河北省人民政府令〔2022〕第3号: an order numbered within its year keeps its 第
            return f"{self.agency}〔{self.year}〕第{self.serial}号"
        return f"{self.agency}〔{self.year}〕{self.serial}号"

    @classmethod
    def parse(cls, text: str) -> DocNumber:
        """Read exactly one 文号 (spaces, line breaks, any bracket style and an enclosing parenthesis allowed)."""
        flat = flat_line(text).strip("()（）")
        match = _BRACKETED.fullmatch(flat) or _ORDER.fullmatch(flat) or _ANNOUNCEMENT.fullmatch(flat)
        if match is None or not match["agency"]:
            msg = f"{text.strip()!r} is not a 文号 (expected agency〔year〕N号, e.g. 临政发〔2024〕8号)"
            raise DocNumberError(msg)
        return cls._from_match(match)

    @classmethod
    def read(cls, text: str) -> DocNumber:
        """Like :meth:`parse`, and also the loose forms a citation uses: 临政发2015年7号, 临政发〔2015〕7号文.

        For reading what a repeal names; a draft's own 文号 is held to :meth:`parse` (lint V116).
        """
        flat = flat_line(text).strip("()（）").removesuffix("文")
        match = _YEAR_WRITTEN.fullmatch(flat)
        if match is not None and match["agency"]:
            return cls._from_match(match)
        return cls.parse(flat)

    @classmethod
    def find_all(cls, flat: str) -> Iterator[tuple[DocNumber, int, int]]:
        """Every 文号 in flat text, with its start and end offsets; the agency is trimmed to the code itself."""
        for match in _BRACKETED.finditer(flat):
            agency = match["agency"]
            trimmed = _NOT_AGENCY.sub("", agency)
            if not trimmed:
                continue
            start = match.start("agency") + len(agency) - len(trimmed)
            number = cls(agency=trimmed, year=int(match["year"]), serial=int(match["serial"]))
            yield number, start, match.end()

    @classmethod
    def _from_match(cls, match: re.Match[str]) -> DocNumber:
        year = match.groupdict().get("year")
        return cls(agency=match["agency"], year=int(year) if year else None, serial=int(match["serial"]))

    @property
    def is_announcement(self) -> bool:
        """Whether this numbers a ministry's 公告 (国家税务总局公告2024年第3号)."""
        return self.agency.endswith("公告") and self.year is not None

    @property
    def is_normative(self) -> bool:
        """Whether the agency code marks a 行政规范性文件 (规 in the code: 临政规发, 长科规, 长人社规)."""
        return "规" in self.agency

    @property
    def is_order(self) -> bool:
        """Whether this is the number of an order (…令第N号, …令〔2022〕第3号), the way 规章 are promulgated."""
        return self.year is None or self.agency.endswith("令")


def is_doc_number_line(flat: str) -> bool:
    """Whether a whole flat line is a 文号 and nothing else (the line under a document's title)."""
    return bool(_BRACKETED.fullmatch(flat) or _ORDER.fullmatch(flat) or _ANNOUNCEMENT.fullmatch(flat))
