"""What a document says about its own lifecycle, and other documents': the parsed clauses.

Values are frozen attrs classes. A relative date stays relative (base event + offset) until the temporal
model resolves it; a date tied to something the text does not date stays an :class:`ExternalEvent`. Every
clause keeps its exact source text and its span in the original file: the evidence an answer cites.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import ClassVar

import attrs

from validity.doc_numbers import DocNumber
from validity.source import SourceSpan


class ClauseKind(enum.Enum):
    """The kinds of lifecycle clause."""

    EFFECTIVE = "effective"
    EXPIRY = "expiry"
    REPEAL = "repeal"
    CESSATION = "cessation"
    SUPERSESSION = "supersession"
    AMENDMENT = "amendment"


class BaseEvent(enum.Enum):
    """The event a relative date counts from (自<event>之日起…); values are the words documents use."""

    ISSUED = "印发"
    DISTRIBUTED = "下发"
    PUBLISHED = "公布"
    RELEASED = "发布"
    PROMULGATED = "颁布"
    ADOPTED = "通过"
    APPROVED = "批准"
    SIGNED = "签发"
    IMMEDIATELY = "即日"
    EFFECTIVE = "施行"

    @property
    def is_publication(self) -> bool:
        """Whether the event is a public release (公布/发布/颁布), which the text does not date."""
        return self in {BaseEvent.PUBLISHED, BaseEvent.RELEASED, BaseEvent.PROMULGATED, BaseEvent.IMMEDIATELY}


class Precision(enum.Enum):
    """How exactly a date is stated."""

    DAY = "day"
    MONTH = "month"


@attrs.frozen(kw_only=True)
class FixedDate:
    """A date the text states: 2024年6月1日 (day precision) or 2024年6月 (month precision, the 1st)."""

    date: dt.date
    precision: Precision = Precision.DAY


@attrs.frozen(kw_only=True)
class RelativeDate:
    """A date stated relative to an event of this document: 自公布之日起三十日后 → (公布, 30)."""

    base: BaseEvent
    offset_days: int = 0


@attrs.frozen(kw_only=True)
class ExternalEvent:
    """A date tied to something this document does not date: 自本法施行之日起, 与省政府授权实施时间一致."""

    description: str


When = FixedDate | RelativeDate | ExternalEvent


@attrs.frozen(kw_only=True)
class Duration:
    """有效期N年 / N个月 / N日, exactly as stated; counting it is :mod:`validity.periods`' job."""

    years: int = 0
    months: int = 0
    days: int = 0

    def iso(self) -> str:
        """ISO 8601: P5Y, P6M, P1Y6M, P30D."""
        parts = [f"{n}{unit}" for n, unit in ((self.years, "Y"), (self.months, "M"), (self.days, "D")) if n]
        return "P" + ("".join(parts) or "0D")


@attrs.frozen(kw_only=True)
class Target:
    """A document named by a repeal or cessation clause; any of its parts may be unknown."""

    title: str | None = None
    doc_number: DocNumber | None = None
    issuer: str | None = None
    issued_date: dt.date | None = None
    description: str | None = None  # a class of documents: 各地制定的土地使用费办法, 其他有关规定


@attrs.frozen(kw_only=True)
class Clause:
    """Fields every clause has: its exact text and where it stands."""

    kind: ClassVar[ClauseKind]
    text: str  # exactly as printed, line breaks and all
    quote: str  # the same, normalised (flat): what an answer quotes
    span: SourceSpan
    instrument: str | None = None  # the attached instrument the clause stands in, when not the notice itself


@attrs.frozen(kw_only=True)
class EffectiveClause(Clause):
    """自…起施行: the first day the document is in force."""

    when: When

    kind: ClassVar[ClauseKind] = ClauseKind.EFFECTIVE


@attrs.frozen(kw_only=True)
class ExpiryClause(Clause):
    """有效期至Y / 有效期N年 / 试行期N年 / 执行至Y: the end of the document's term."""

    until: FixedDate | None = None
    duration: Duration | None = None
    starts: FixedDate | None = None  # 执行期限为A至B: A
    trial: bool = False
    extended: bool = False
    targets: tuple[
        Target, ...
    ] = ()  # 《X》有效期延长至Y: the documents extended; empty: this document's own term

    kind: ClassVar[ClauseKind] = ClauseKind.EXPIRY


@attrs.frozen(kw_only=True)
class RepealClause(Clause):
    """…同时废止 / 予以废止 / 自…起废止: other documents stop being in force."""

    targets: tuple[Target, ...]
    when: When | None = None  # None: together with this document's own effect (同时废止, 予以废止)
    listed: bool = False  # 下列文件予以废止: the targets follow as a list

    kind: ClassVar[ClauseKind] = ClauseKind.REPEAL


@attrs.frozen(kw_only=True)
class CessationClause(Clause):
    """停止执行 / 不再执行 / 不再适用: other documents (or a class of them) stop applying."""

    targets: tuple[Target, ...]
    when: When | None = None

    kind: ClassVar[ClauseKind] = ClauseKind.CESSATION


@attrs.frozen(kw_only=True)
class SupersessionClause(Clause):
    """与本办法不一致的，以本办法为准: this document prevails where others conflict; not a repeal."""

    kind: ClassVar[ClauseKind] = ClauseKind.SUPERSESSION


class AmendmentMode(enum.Enum):
    """How a text was changed."""

    CORRECTED = "修正"
    REVISED = "修订"
    MODIFIED = "修改"


@attrs.frozen(kw_only=True)
class AmendmentClause(Clause):
    """根据…《关于修改…的决定》第一次修正 / …会议修订 / 关于修改《…》的决定: what changed a text, how and when."""

    mode: AmendmentMode
    ordinal: int | None = None
    date: dt.date | None = None
    by: str | None = None
    amends: str | None = None  # the amended document's title, for an amending 决定

    kind: ClassVar[ClauseKind] = ClauseKind.AMENDMENT
