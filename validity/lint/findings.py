"""What the linter reports: rules with stable codes, and findings at a place in the draft."""

from __future__ import annotations

import enum

import attrs

from validity.source import SourceSpan


class Severity(enum.Enum):
    """How much a finding matters: an error fails CI (exit status 1)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Basis(enum.Enum):
    """Where a rule comes from: a law, a provincial rule, or drafting practice (said plainly)."""

    LAW = "law"
    PROVINCIAL = "provincial rule"
    PRACTICE = "practice"


@attrs.frozen
class Rule:
    """A lint rule: its code, default severity, one-line summary, rationale and source."""

    code: str
    name: str
    severity: Severity
    summary: str
    rationale: str
    source: str
    basis: Basis


@attrs.frozen
class LintFinding:
    """One finding: the rule, where in the draft, and what exactly is wrong."""

    rule: Rule
    span: SourceSpan
    message: str
    document: str
    severity: Severity

    def __str__(self) -> str:
        return f"{self.span}: {self.rule.code} {self.severity.value} {self.message}"
