r"""Source text: decoding a file, and normalised text that keeps its way back to the original line.

PDF-extracted gazettes wrap lines hard, put blank lines between them and spaces inside numbers
("2027\\n\\n年 12 月 31 日"). Everything downstream works on *flat* text: the lines joined, whitespace
removed (kept as one space only between two ASCII letters or digits on the same line: a line break
between two digits is a wrap inside a number, "有效期至2025年12月3\\n1日"), compatibility forms folded by NFKC
(full-width digits and brackets become ASCII) and Markdown markup dropped. Each flat character remembers
the offset of the original character it came from, so any fact found in flat text is reported at its line
and column in the original file.
"""

from __future__ import annotations

import bisect
import codecs
import functools
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import attrs

from validity.errors import UnreadableFileError

# Control characters a text file does not contain; more than a few of them means binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
# Markup the Markdown-like gazettes carry; none of it is part of the text a lawyer reads.
_MARKUP = re.compile(
    r"\*\*|</?(?:p|b|br|i|em|strong|span|div|u|sup|sub)\s*/?>|^[ \t]*#{1,6}[ \t]+|^[ \t]*[-*][ \t]+",
    re.MULTILINE,
)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")


@attrs.frozen
class SourceSpan:
    """A stretch of an original file: 1-based line and column of its start and end, 0-based offsets."""

    file: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int = 0
    end: int = 0

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@attrs.frozen(eq=False)
class SourceText:
    r"""A decoded file: its text (newlines normalised to ``\n``) and where each line starts."""

    name: str
    text: str
    encoding: str
    line_starts: tuple[int, ...]

    @classmethod
    def from_text(cls, text: str, *, name: str = "<text>", encoding: str = "utf-8") -> SourceText:
        """Wrap text that is already decoded (a string given on the command line, a test).

        The text is kept as it is, CRLF and all, so that offsets are offsets in the input; a line ends at
        CR LF, LF or a lone CR.
        """
        starts = [0, *(match.end() for match in _LINE_BREAK.finditer(text))]
        return cls(name=name, text=text, encoding=encoding, line_starts=tuple(starts))

    @classmethod
    def read(cls, path: str | Path, *, name: str | None = None) -> SourceText:
        """Read and decode a file; raise UnreadableFileError with the file name when that is impossible."""
        display = name if name is not None else str(path)
        try:
            data = Path(path).read_bytes()
        except FileNotFoundError:
            raise UnreadableFileError(display, "no such file") from None
        except IsADirectoryError:
            raise UnreadableFileError(display, "is a directory, not a file") from None
        except OSError as exc:
            raise UnreadableFileError(display, f"cannot be read ({exc.strerror})") from None
        text, encoding = decode(data, display)
        return cls.from_text(text, name=display, encoding=encoding)

    @property
    def line_count(self) -> int:
        """Number of lines, counting a last line without a newline."""
        return len(self.line_starts)

    def line_of(self, offset: int) -> int:
        """1-based line of a character offset."""
        return bisect.bisect_right(self.line_starts, offset)

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its newline."""
        if not 1 <= line <= len(self.line_starts):
            return ""
        start, end = self.line_offsets(line)
        return self.text[start:end]

    def line_offsets(self, line: int) -> tuple[int, int]:
        """Start and end offset of a 1-based line (the end excludes the line break, CR LF included)."""
        start = self.line_starts[line - 1]
        if line >= len(self.line_starts):
            return start, len(self.text)
        end = self.line_starts[line] - 1
        if end > start and self.text[end] == "\n" and self.text[end - 1] == "\r":
            end -= 1
        return start, end

    def span(self, start: int, end: int) -> SourceSpan:
        """The span of original offsets ``[start, end)``."""
        line = self.line_of(start)
        last = max(start, end - 1)
        end_line = self.line_of(last)
        return SourceSpan(
            file=self.name,
            line=line,
            column=start - self.line_starts[line - 1] + 1,
            end_line=end_line,
            end_column=last - self.line_starts[end_line - 1] + 1,
            start=start,
            end=end,
        )


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode a gazette: UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030.

    Raises UnreadableFileError for an empty file (a byte-order mark alone is empty too), binary data, or
    bytes none of those encodings read; then the message names the line and byte offset where the
    encoding that read furthest stopped, so one bad byte in a long file can be found.
    """
    if not data.strip(b" \t\r\n\x0c" + "\u3000".encode()):
        raise UnreadableFileError(name, "the file is empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    elif b"\x00" in data:
        raise UnreadableFileError(name, "binary data, not text (it contains NUL bytes)")
    else:
        candidates = ["utf-8-sig", "gb18030"]
    failures: list[tuple[str, UnicodeDecodeError]] = []
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            failures.append((encoding, exc))
            continue
        if not text.strip(" \t\r\n\x0c\u3000\ufeff"):
            raise UnreadableFileError(name, "the file is empty")
        if len(_CONTROL.findall(text)) > max(2, len(text) // 1000):
            raise UnreadableFileError(name, "binary data, not text (control characters throughout)")
        return text, "utf-8" if encoding == "utf-8-sig" else encoding
    raise UnreadableFileError(name, _undecodable(data, failures))


def _undecodable(data: bytes, failures: list[tuple[str, UnicodeDecodeError]]) -> str:
    """Why no encoding read the file, at the first bad byte of the one that read furthest."""
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    # utf-8-sig counts from after the BOM; every other offset counts from the start of the file.
    offset, encoding = max((exc.start + (bom if enc == "utf-8-sig" else 0), enc) for enc, exc in failures)
    # Count decoded newlines, not 0x0a bytes: UTF-16 has 0x0a inside characters (上 is 0a 4e).
    line = data[:offset].decode(encoding, errors="replace").count("\n") + 1
    label = {"utf-8-sig": "UTF-8", "gb18030": "GB18030", "utf-16": "UTF-16"}[encoding]
    wanted = "UTF-16" if encoding == "utf-16" else "UTF-8 or GB18030"
    return f"not {wanted} text: line {line} (byte offset {offset}, 0x{data[offset]:02x}) is not valid {label}"


@attrs.frozen(eq=False)
class FlatText:
    """Normalised text of a range of a source, each character mapped back to its original offset."""

    source: SourceText
    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> SourceSpan:
        """The original span of flat characters ``[start, end)``."""
        if not self.origin:
            return self.source.span(0, 0)
        start = min(max(start, 0), len(self.origin) - 1)
        last = min(max(end - 1, start), len(self.origin) - 1)
        return self.source.span(self.origin[start], self.origin[last] + 1)

    def offset_of_line(self, line: int) -> int:
        """The first flat character that comes from ``line`` or a later line (``len(text)`` if none)."""
        if line > self.source.line_count:
            return len(self.text)
        return bisect.bisect_left(self.origin, self.source.line_starts[line - 1])

    def original(self, start: int, end: int) -> str:
        """The original text behind flat characters ``[start, end)``, as printed (line breaks and all)."""
        span = self.span(start, end)
        return self.source.text[span.start : span.end]


def flatten(
    source: SourceText,
    first_line: int = 1,
    last_line: int | None = None,
    *,
    skip_lines: Iterable[int] = (),
) -> FlatText:
    """Join lines ``first_line..last_line`` into flat text (see the module docstring), leaving out ``skip_lines``.

    A line is joined to the next without a separator: Chinese does not put spaces between words, and a
    wrapped line ends mid-word as often as not.
    """
    last_line = source.line_count if last_line is None else min(last_line, source.line_count)
    skipped = set(skip_lines)
    text = source.text
    chars: list[str] = []
    origin: list[int] = []
    pending_space = False
    wrapped = False  # the whitespace since the last character includes a line break
    for line in range(first_line, last_line + 1):
        if line in skipped:
            pending_space = wrapped = True
            continue
        start, end = source.line_offsets(line)
        raw = text[start:end]
        markup = _markup_offsets(raw, start) if _MARKUP_HINT.search(raw) else frozenset()
        for token in _TOKEN.finditer(raw):
            word, token_start = token.group(), start + token.start()
            if token.start() > 0 and raw[token.start() - 1].isspace():
                pending_space = True
            if not markup and _plain(word):  # the common case: nothing to fold or drop, copy it whole
                if pending_space and chars and _kept_apart(chars[-1], word[0], wrapped=wrapped):
                    chars.append(" ")
                    origin.append(token_start)
                pending_space = wrapped = False
                chars.extend(word)
                origin.extend(range(token_start, token_start + len(word)))
                continue
            for offset in range(token_start, token_start + len(word)):
                if offset in markup:
                    continue
                folded = _fold(text[offset])
                if not folded or folded.isspace():
                    pending_space = True
                    continue
                if pending_space and chars and _kept_apart(chars[-1], folded[0], wrapped=wrapped):
                    chars.append(" ")
                    origin.append(offset)
                pending_space = wrapped = False
                chars.extend(folded)
                origin.extend([offset] * len(folded))
        pending_space = wrapped = True
    return FlatText(source=source, text="".join(chars), origin=tuple(origin))


def flat_line(text: str) -> str:
    """Normalise a single line the way :func:`flatten` does, without the position map."""
    return flatten(SourceText.from_text(text)).text


_MARKUP_HINT = re.compile(r"[*<#]|^[ \t]*-")


def _markup_offsets(line: str, base: int) -> set[int]:
    return {base + i for match in _MARKUP.finditer(line) for i in range(match.start(), match.end())}


@functools.lru_cache(maxsize=8192)
def _fold(ch: str) -> str:
    if ch in _ZERO_WIDTH:
        return ""
    return unicodedata.normalize("NFKC", ch) if ord(ch) > 0x7F else ch


_TOKEN = re.compile(r"\S+")
_NEEDS_CARE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


@functools.lru_cache(maxsize=65536)
def _plain(word: str) -> bool:
    """Whether a run of non-space characters flattens to itself (NFKC-stable, nothing to drop)."""
    return unicodedata.is_normalized("NFKC", word) and not _NEEDS_CARE.search(word)


def _ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _kept_apart(before: str, after: str, *, wrapped: bool) -> bool:
    """Whether whitespace between two characters stays a space: "DC17 01" does, a wrap inside a number not."""
    if not (_ascii_alnum(before) and _ascii_alnum(after)):
        return False
    return not (wrapped and before.isdigit() and after.isdigit())
