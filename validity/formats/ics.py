"""iCalendar (RFC 5545) for ``validity changes --format ics``: a compliance calendar a team can subscribe to."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable

from validity.corpus import Change
from validity.status import Status

_PRODID = "-//validity//lifecycle of Chinese government documents//EN"


def calendar(changes: Iterable[Change], *, stamp: dt.datetime) -> str:
    """One VCALENDAR with an all-day VEVENT per change; lines folded at 75 octets, CRLF line ends."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{_PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    for change in changes:
        day = change.date
        summary = (
            f"修改 {change.subject}" if change.kind == "amended" else f"{change.after.label} {change.subject}"
        )
        if change.after in (Status.EXPIRED, Status.REPEALED):
            summary += f" (last day in force {day - dt.timedelta(days=1)})"
        uid = hashlib.sha256(
            f"{change.subject}|{day}|{change.after.value}|{change.kind}".encode()
        ).hexdigest()[:32]
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}@validity",
            f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
            f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(day + dt.timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{_escape(summary)}",
            f"DESCRIPTION:{_escape(change.title + chr(10) + change.reason)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Fold a content line into chunks of at most 75 octets, never splitting a UTF-8 character."""
    chunks: list[str] = []
    current = ""
    limit = 75
    for ch in line:
        if len((current + ch).encode()) > limit:
            chunks.append(current)
            current = ch
            limit = 74  # continuation lines start with a space
        else:
            current += ch
    chunks.append(current)
    return "\r\n ".join(chunks)
