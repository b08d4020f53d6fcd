"""SARIF 2.1.0 for ``validity lint --format sarif``: editors and CI systems show the findings in place."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from validity.lint import RULES, LintReport, Severity

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def sarif(reports: Sequence[LintReport], *, version: str) -> dict[str, Any]:
    """One SARIF log with one run listing every rule and every finding."""
    rules = [
        {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.rationale},
            "help": {"text": f"{rule.rationale} Source: {rule.source} ({rule.basis.value})."},
            "defaultConfiguration": {"level": _LEVEL[rule.severity]},
            "properties": {"basis": rule.basis.value, "source": rule.source},
        }
        for rule, _check in RULES.values()
    ]
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    results = [
        {
            "ruleId": finding.rule.code,
            "ruleIndex": index[finding.rule.code],
            "level": _LEVEL[finding.severity],
            "message": {"text": finding.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": report.file},
                        "region": {
                            "startLine": finding.span.line,
                            "startColumn": finding.span.column,
                            "endLine": finding.span.end_line,
                            "endColumn": finding.span.end_column + 1,
                        },
                    }
                }
            ],
        }
        for report in reports
        for finding in report.findings
    ]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "validity",
                        "version": version,
                        "informationUri": "https://validity.example/docs/lint.md",
                        "rules": rules,
                    }
                },
                "results": results,
            }
        ],
    }
