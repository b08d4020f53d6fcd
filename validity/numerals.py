"""Numbers as Chinese documents write them: Arabic, full-width, and Chinese numerals.

``二〇二四`` is read digit by digit (a year), ``三十一`` and ``一百二十`` by place value, ``两`` is 2, and
``○`` (U+25CB, common in the wild) is read as ``〇``, as are an Arabic zero or a letter O typed inside a
Chinese numeral (``二0二五``, ``二O二五``). Anything else is a ValueError: a numeral that cannot
be read must never turn into a number silently (jionlp reads ``２０２４年`` as year 24, notes §4).
"""

from __future__ import annotations

import re
import unicodedata

DIGITS = {"〇": 0, "○": 0, "◯": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
          "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
UNITS = {"十": 10, "百": 100, "千": 1000}
CHINESE_NUMERAL_CHARS = "".join(DIGITS) + "".join(UNITS)
#: Zeros typed with the wrong key inside a Chinese numeral (二0二五, 二O二五): read as 〇.
_STRAY_ZEROS = "0０OＯ"
#: A run of Arabic (ASCII or full-width) or Chinese numeral characters, for use inside larger patterns.
NUMERAL = rf"(?:[0-9０-９]+|[{CHINESE_NUMERAL_CHARS}][{CHINESE_NUMERAL_CHARS}{_STRAY_ZEROS}]*)"
_ARABIC = re.compile(r"[0-9０-９]+")


def parse_int(text: str) -> int:
    """Read ``text`` (one numeral, no spaces) as a non-negative integer.

    >>> parse_int("二〇二四"), parse_int("三十一"), parse_int("３０"), parse_int("两")
    (2024, 31, 30, 2)
    """
    if _ARABIC.fullmatch(text):
        return int(unicodedata.normalize("NFKC", text))
    if text[:1] in DIGITS or text[:1] in UNITS:
        text = text.translate({ord(ch): "〇" for ch in _STRAY_ZEROS})  # 二0二五 as typed in many PDFs
    if not text or any(ch not in DIGITS and ch not in UNITS for ch in text):
        msg = f"{text!r} is not a numeral"
        raise ValueError(msg)
    if not any(ch in UNITS for ch in text):
        if len(text) > 1 and "两" in text:
            msg = f"{text!r} mixes 两 into a digit string"
            raise ValueError(msg)
        return int("".join(str(DIGITS[ch]) for ch in text))
    return _place_value(text)


def _place_value(text: str) -> int:
    """十二 = 12, 二十 = 20, 一百零五 = 105; units must fall strictly from left to right."""
    total = 0
    digit: int | None = None
    last_unit = 10_000
    zero_seen = False
    for ch in text:
        if ch in UNITS:
            unit = UNITS[ch]
            if unit >= last_unit:
                msg = f"{text!r}: {ch} out of order"
                raise ValueError(msg)
            total += (1 if digit is None else digit) * unit
            last_unit, digit, zero_seen = unit, None, False
        elif DIGITS[ch] == 0:
            if zero_seen or digit is not None:
                msg = f"{text!r}: misplaced 零"
                raise ValueError(msg)
            zero_seen = True
        else:
            if digit is not None:
                msg = f"{text!r}: two digits in a row"
                raise ValueError(msg)
            digit = DIGITS[ch]
    if digit is not None:
        total += digit
    return total


def to_chinese(number: int, *, digitwise: bool = False) -> str:
    """Render a number the way documents write it (the inverse of :func:`parse_int`, for tests and lint).

    ``digitwise`` writes each digit (years: 二〇二四); otherwise place value below 10000 (三十一, 一百零五).
    """
    if number < 0:
        msg = f"{number} is negative"
        raise ValueError(msg)
    names = "〇一二三四五六七八九"
    if digitwise:
        return "".join(names[int(d)] for d in str(number))
    if number >= 10_000:
        msg = f"{number} is too large for place-value numerals"
        raise ValueError(msg)
    if number == 0:
        return "〇"
    parts: list[str] = []
    zero_pending = False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, number = divmod(number, unit)
        if digit:
            if zero_pending and parts:
                parts.append("零")
            zero_pending = False
            parts.append(names[digit] + name)
        elif parts:
            zero_pending = True
    text = "".join(parts)
    return text[1:] if text.startswith("一十") else text
