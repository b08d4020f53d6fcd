"""Facts a parser cannot find, stated once by a user in a TOML file; every answer using one says so.

A publication date the text omits, the date of an outside event, a misprint:

```toml
[[documents]]
match = "临市科规〔2024〕2号"        # a 文号, or a title fragment that names one document
published = 2024-07-30             # 公布/发布之日, when the gazette does not print it
# effective_from = 2024-08-29      # the first day in force, when the clause cannot be resolved
# last_day = 2026-08-28            # the last day in force
# signed_date = 2024-07-25         # the 成文日期, when the print is wrong
note = "published on the bureau's website on 30 July (screenshot in the file)"

[[events]]
description = "省政府授权和委托权限实施时间"   # words of a clause tying a date to an outside event
date = 2024-07-01
note = "晋政发〔2024〕X号, in force 1 July 2024"
```
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

import attrs

from validity.errors import OverridesError
from validity.source import flat_line

_DOCUMENT_KEYS = {"match", "published", "effective_from", "last_day", "signed_date", "approved", "note"}
_EVENT_KEYS = {"description", "date", "note"}


@attrs.frozen
class DocumentOverride:
    """What a user states about one document."""

    match: str
    note: str
    published: dt.date | None = None
    effective_from: dt.date | None = None
    last_day: dt.date | None = None
    signed_date: dt.date | None = None
    approved: dt.date | None = None

    @property
    def source(self) -> str:
        """How an answer names this override."""
        label = f"override for {self.match}" if self.match else "given"
        return f"{label}: {self.note}" if self.note else label


@attrs.frozen
class EventOverride:
    """The date of an event outside the corpus that a clause refers to."""

    description: str
    date: dt.date
    note: str


@attrs.frozen
class Overrides:
    """All overrides of a file; empty when there is none."""

    documents: tuple[DocumentOverride, ...] = ()
    events: tuple[EventOverride, ...] = ()
    file: str | None = None

    @classmethod
    def read(cls, path: str | Path) -> Overrides:
        """Read an overrides file; raise OverridesError naming the file and the entry that is wrong."""
        name = str(path)
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            msg = f"{name}: no such file"
            raise OverridesError(msg) from None
        except OSError as exc:
            msg = f"{name}: cannot be read ({exc.strerror or exc})"
            raise OverridesError(msg) from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            msg = f"{name}: not valid TOML ({exc})"
            raise OverridesError(msg) from None
        unknown = set(data) - {"documents", "events"}
        if unknown:
            msg = f"{name}: unknown table(s) {sorted(unknown)}; expected [[documents]], [[events]]"
            raise OverridesError(msg)
        documents = tuple(
            _document(entry, f"{name}: documents[{i}]") for i, entry in enumerate(data.get("documents", []))
        )
        events = tuple(
            _event(entry, f"{name}: events[{i}]") for i, entry in enumerate(data.get("events", []))
        )
        return cls(documents=documents, events=events, file=name)

    def for_event(self, description: str) -> EventOverride | None:
        """The override naming the clause's event.

        The same words, or a 《title》 (or six characters or more) the clause's words contain; a short word
        such as 施行 names no event and matches nothing.
        """
        wanted = flat_line(description)
        for event in self.events:
            named = flat_line(event.description)
            if named == wanted:
                return event
            if (named.startswith("《") or len(named) >= 6) and named in wanted:
                return event
        return None


def _document(entry: Any, where: str) -> DocumentOverride:
    if not isinstance(entry, dict):
        msg = f"{where}: expected a table"
        raise OverridesError(msg)
    unknown = set(entry) - _DOCUMENT_KEYS
    if unknown:
        msg = f"{where}: unknown key(s) {sorted(unknown)}; allowed: {sorted(_DOCUMENT_KEYS)}"
        raise OverridesError(msg)
    match = entry.get("match")
    if not isinstance(match, str) or not match.strip():
        msg = f"{where}: 'match' (a 文号 or a title fragment) is required"
        raise OverridesError(msg)
    dates = {key: _date(entry.get(key), f"{where}.{key}") for key in _DOCUMENT_KEYS - {"match", "note"}}
    if dates["effective_from"] and dates["last_day"] and dates["last_day"] < dates["effective_from"]:
        msg = f"{where}: last_day {dates['last_day']} is before effective_from {dates['effective_from']}"
        raise OverridesError(msg)
    return DocumentOverride(match=match.strip(), note=str(entry.get("note", "")), **dates)


def _event(entry: Any, where: str) -> EventOverride:
    if not isinstance(entry, dict):
        msg = f"{where}: expected a table"
        raise OverridesError(msg)
    unknown = set(entry) - _EVENT_KEYS
    if unknown:
        msg = f"{where}: unknown key(s) {sorted(unknown)}; allowed: {sorted(_EVENT_KEYS)}"
        raise OverridesError(msg)
    description = entry.get("description")
    if not isinstance(description, str) or not description.strip():
        msg = f"{where}: 'description' is required"
        raise OverridesError(msg)
    day = _date(entry.get("date"), f"{where}.date")
    if day is None:
        msg = f"{where}: 'date' is required"
        raise OverridesError(msg)
    return EventOverride(description=description.strip(), date=day, note=str(entry.get("note", "")))


def _date(value: Any, where: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        msg = f"{where}: expected a date like 2024-07-30, got {value!r}"
        raise OverridesError(msg)
    return value
