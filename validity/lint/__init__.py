"""Pre-publication lint of draft documents: ``validity lint draft.txt``.

A draft is read like a gazette (a draft without a 文号 line yet is one document), its clauses are parsed
and resolved, and each rule of :mod:`validity.lint.rules` checks it against the temporal model and the
corpus of documents already published.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs

from validity.corpus import Corpus
from validity.documents import Document
from validity.errors import UsageError
from validity.lint.findings import Basis, LintFinding, Rule, Severity
from validity.lint.rules import MAX_CAP_YEARS, RULES, Draft, LintOptions, run_rules
from validity.reader import read_drafts

__all__ = [
    "MAX_CAP_YEARS",
    "RULES",
    "Basis",
    "LintFinding",
    "LintOptions",
    "LintReport",
    "Rule",
    "Severity",
    "lint_documents",
    "lint_file",
    "unknown_codes",
]


@attrs.frozen
class LintReport:
    """The findings of one draft file."""

    file: str
    documents: tuple[Document, ...]
    findings: tuple[LintFinding, ...]

    @property
    def errors(self) -> int:
        """How many findings are errors."""
        return sum(f.severity is Severity.ERROR for f in self.findings)


def lint_file(
    path: str | Path,
    *,
    published: Corpus,
    options: LintOptions,
    name: str | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> LintReport:
    """Lint every document of a draft file against the published corpus.

    Raises UnreadableFileError when the draft cannot be read.
    """
    documents = read_drafts(path, name=name)
    findings = lint_documents(documents, published=published, options=options, select=select, ignore=ignore)
    return LintReport(file=name or str(path), documents=tuple(documents), findings=tuple(findings))


def lint_documents(
    documents: Sequence[Document],
    *,
    published: Corpus,
    options: LintOptions,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> list[LintFinding]:
    """Lint documents (already read) as drafts against the published corpus.

    ``select`` and ``ignore`` are code prefixes (``V11``); raises UsageError for one no rule code starts with.
    """
    unknown = unknown_codes([*select, *ignore])
    if unknown:
        msg = f"unknown rule code {', '.join(unknown)} (valid: {', '.join(RULES)})"
        raise UsageError(msg)
    combined = Corpus(
        [*published.documents, *documents], overrides=published.overrides, convention=options.convention
    )
    findings: list[LintFinding] = []
    for document in documents:
        draft = Draft(document=document, combined=combined, published=published, options=options)
        findings.extend(f for f in run_rules(draft) if _selected(f.rule.code, select, ignore))
    return findings


def unknown_codes(prefixes: Iterable[str]) -> list[str]:
    """The prefixes no rule code starts with (``X9``, ``V199``): a typo that would turn rules off silently."""
    return [prefix for prefix in prefixes if not any(code.startswith(prefix) for code in RULES)]


def _selected(code: str, select: Iterable[str], ignore: Iterable[str]) -> bool:
    chosen = list(select)
    if chosen and not any(code.startswith(prefix) for prefix in chosen):
        return False
    return not any(code.startswith(prefix) for prefix in ignore)


def rules_markdown() -> str:
    """docs/lint.md: the rule table, written from the rules themselves (a test keeps the file in step)."""
    lines = [
        "# Lint rules",
        "",
        "`validity lint DRAFT… [--corpus PATH] [--today DATE] [--format text|json|sarif] [--select CODE] "
        "[--ignore CODE] [--term-cap YEARS] [--trial-cap YEARS]`",
        "",
        "Exit status: 0 no error, 1 errors found, 2 a draft (or the corpus) could not be read, or an option is "
        f"wrong (a code no rule has, a cap outside 1 to {MAX_CAP_YEARS} years). `--select` and `--ignore` take "
        "code prefixes (`V11`). The basis says plainly whether a rule is law, a provincial rule "
        "(not confirmed for Shanxi: the caps are configurable) or drafting practice.",
        "",
        "This file is generated from `validity/lint/rules.py` (`python -m validity.lint > docs/lint.md`).",
        "",
    ]
    for rule, _check in RULES.values():
        lines += [
            f"## {rule.code} {rule.name} ({rule.severity.value})",
            "",
            f"{rule.summary[0].upper()}{rule.summary[1:]}.",
            "",
            f"- Why: {rule.rationale}",
            f"- Source: {rule.source}.",
            f"- Basis: {rule.basis.value}.",
            f"- Fixture: `tests/data/drafts/{rule.code}_{rule.name.replace('-', '_')}.txt`.",
            "",
        ]
    return "\n".join(lines)
