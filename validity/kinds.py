"""What kind of document a gazette entry is, by a short ordered list of written rules.

The first rule that matches decides; :func:`classify` returns the rule's text with the kind, so an answer
can say why. The rules read the 文种 (the last word of a title, GB/T 9704 标题), the 文号's agency code
(Shanxi, like most provinces, numbers 行政规范性文件 with 规 in the code: 临政规发, 长科规) and what the
document 印发s; naming practice follows 国办发〔2018〕37号 and the provincial rules in notes §2.5–2.6.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence

from validity.doc_numbers import DocNumber


class Kind(enum.Enum):
    """Kinds of document, with the Chinese a user reads."""

    NORMATIVE = "normative"
    RULES = "rules"
    NOTICE = "notice"
    APPROVAL = "approval"
    PLAN = "plan"
    DECISION = "decision"
    REPORT = "report"
    APPOINTMENT = "appointment"
    ANNOUNCEMENT = "announcement"
    OPINION = "opinion"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The Chinese name of the kind."""
        return _LABELS[self]


_LABELS = {
    Kind.NORMATIVE: "行政规范性文件",
    Kind.RULES: "规章",
    Kind.NOTICE: "通知",
    Kind.APPROVAL: "批复",
    Kind.PLAN: "规划/方案",
    Kind.DECISION: "决定",
    Kind.REPORT: "报告",
    Kind.APPOINTMENT: "任免",
    Kind.ANNOUNCEMENT: "通告/公告",
    Kind.OPINION: "意见",
    Kind.OTHER: "其他",
}

_TRAILING_QUALIFIER = re.compile(r"(?:\((?:试行|暂行|[^()]*\d{4}[^()]*)\))+$")
_RULE_NAMES = ("办法", "规定", "细则", "规则", "规范", "准则")
_PLAN_NAMES = ("方案", "规划", "计划", "纲要", "预案", "要点")


def classify(
    title: str,
    doc_number: DocNumber | None,
    instruments: Sequence[str],
    *,
    states_own_term: bool,
) -> tuple[Kind, str]:
    """Return the kind of a document and the rule that decided it (see docs/documents.md)."""
    name = _TRAILING_QUALIFIER.sub("", title)
    named = [_TRAILING_QUALIFIER.sub("", instrument) for instrument in instruments] or [name]
    if any(word in title for word in ("任免", "任职", "免职", "任命")) or title.endswith("人员名单"):
        return Kind.APPOINTMENT, "title names an appointment (任免/任职/免职/任命/人员名单)"
    if name.endswith("报告"):
        return Kind.REPORT, "title ends with 报告"
    if name.endswith(("批复", "复函")):
        return Kind.APPROVAL, "title ends with 批复/复函"
    if name.endswith("决定"):
        return Kind.DECISION, "title ends with 决定"
    if doc_number is not None and doc_number.is_order:
        return Kind.RULES, "numbered as an order (…令第N号), the form 规章 are promulgated in"
    if doc_number is not None and doc_number.is_normative:
        return Kind.NORMATIVE, f"the agency code {doc_number.agency} contains 规 (规范性文件 numbering)"
    if any(item.endswith(_RULE_NAMES) for item in named):
        return Kind.NORMATIVE, "it issues an 办法/规定/细则/规则/规范/准则"
    if states_own_term:
        return Kind.NORMATIVE, "it states a term of its own (有效期/试行期), as 规范性文件 must"
    if any(item.endswith(_PLAN_NAMES) for item in named):
        return Kind.PLAN, "it is or issues a 方案/规划/计划/纲要/预案/要点"
    if name.endswith(("通告", "公告")):
        return Kind.ANNOUNCEMENT, "title ends with 通告/公告"
    if name.endswith("意见"):
        return Kind.OPINION, "title ends with 意见"
    if name.endswith("通知"):
        return Kind.NOTICE, "title ends with 通知"
    return Kind.OTHER, "no rule matched"
