"""Consistency of a corpus (``validity check``): repeals and terms that cannot all be right, or leave a gap.

Codes are stable; each finding carries the clauses it rests on.

- C201 a repeal takes effect before the repealed document did
- C202 a repeal of a document already expired or repealed on the repeal date
- C203 two documents repeal the same one
- C204 a gap: an old document is repealed before its successor (the repealing document) takes effect
- C205 a term that ends on or before the effective date
- C206 an effective date before the 成文日期 (retroactive)
- C207 repeals that form a cycle
- C208 a repeal, cessation or extension target that matches no document of the corpus (info)
- C209 a repeal target that matches several documents (none is linked)
- C210 an effective date that cannot be resolved (info)
- C211 a clause-shaped text that cannot be read (an impossible date, a truncated clause)
- C212 the same document (文号 and title) printed twice: answered once, from its first print (info)
- C213 an override that matches no document of the corpus (info)
- C214 a repeal target linked by its 文号 (or its only title) whose cited title or date differs (a misprint?)
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from validity.documents import Document
from validity.lifecycle import Unknown
from validity.periods import ONE_DAY
from validity.status import Dated, Evidence, Status

if TYPE_CHECKING:
    from validity.corpus import Corpus, Finding, Subject


def check(corpus: Corpus) -> list[Finding]:
    """Every consistency finding of the corpus, in a stable order."""
    from validity.corpus import Finding

    findings: list[Finding] = []
    by_target: dict[Subject, list[Document]] = defaultdict(list)
    for link in corpus.links:
        evidence = (Evidence.of_clause(link.by, link.clause),)
        target = link.resolved
        if link.note:
            findings.append(Finding("C209", "warning", f"{link.by.label}: {link.note}", evidence))
        if link.doubt:
            findings.append(Finding("C214", "warning", f"{link.by.label}: {link.doubt}", evidence))
        if target is None:
            continue
        if link.by not in by_target[target]:
            by_target[target].append(link.by)
        successor = corpus.own[link.by].effective
        if (
            isinstance(link.date, Dated)
            and isinstance(successor, Dated)
            and link.date.certain_from < successor.start
        ):
            findings.append(
                Finding(
                    "C204",
                    "warning",
                    f"gap: {target.label} is repealed from {link.date.describe()} but {link.by.label}, which "
                    f"replaces it, takes effect only on {successor.describe()}",
                    evidence + successor.evidence,
                )
            )
        if not isinstance(target, Document):
            findings.append(
                Finding(
                    "C208",
                    "info",
                    f"{link.by.label} repeals {target.label}, which is not in the corpus "
                    "(kept as a named external document)",
                    evidence,
                )
            )
            continue
        if not isinstance(link.date, Dated):
            continue
        target_start = corpus.own[target].effective
        if isinstance(target_start, Dated) and link.date.certain_from <= target_start.start:
            findings.append(
                Finding(
                    "C201",
                    "warning",
                    f"{link.by.label} repeals {target.label} from {link.date.describe()}, "
                    f"before it took effect ({target_start.describe()})",
                    evidence + target_start.evidence,
                )
            )
        before = link.date.start - ONE_DAY  # the day before this repeal can have any effect
        others = [seg for seg in corpus.segments(target) if seg.contains(before)]
        if others and others[0].status in (Status.EXPIRED, Status.REPEALED):
            findings.append(
                Finding(
                    "C202",
                    "warning",
                    f"{link.by.label} repeals {target.label} on {link.date.describe()}, "
                    f"but it was already {others[0].status.label}: {others[0].reason}",
                    evidence + others[0].evidence,
                )
            )
    for target, repealers in by_target.items():
        if len(repealers) > 1:
            names = ", ".join(sorted(doc.label for doc in repealers))
            findings.append(
                Finding(
                    "C203", "warning", f"{target.label} is repealed by {len(repealers)} documents: {names}"
                )
            )
    for document in corpus.documents:
        own = corpus.own[document]
        effective, term = own.effective, own.term_end
        if isinstance(effective, Dated) and isinstance(term, Dated) and term.start <= effective.start:
            findings.append(
                Finding(
                    "C205",
                    "warning",
                    f"{document.label}: its term ends (last day {term.start - ONE_DAY}) on or before it takes "
                    f"effect ({effective.describe()})",
                    effective.evidence + term.evidence,
                )
            )
        signed = document.signed_date
        if isinstance(effective, Dated) and signed is not None and effective.start < signed:
            findings.append(
                Finding(
                    "C206",
                    "warning",
                    f"{document.label}: takes effect {effective.describe()}, before its 成文日期 {signed} "
                    "(retroactive; 立法法 第一百零四条 allows it only to better protect rights)",
                    effective.evidence,
                )
            )
        if isinstance(effective, Unknown):
            findings.append(
                Finding(
                    "C210",
                    "info",
                    f"{document.label}: effective date unknown: {effective.reason}",
                    effective.evidence,
                )
            )
        for remark in document.remarks:
            if remark.line is not None and ("clause" in remark.message or "calendar" in remark.message):
                where = Evidence(document.label, document.span.file, remark.line, remark.message)
                findings.append(Finding("C211", "warning", f"{document.label}: {remark.message}", (where,)))
    for extension in corpus.extensions:
        if not isinstance(extension.resolved, Document):
            label = extension.resolved.label if extension.resolved is not None else "a document"
            findings.append(
                Finding(
                    "C208",
                    "info",
                    f"{extension.by.label} extends the term of {label}, which is not in the corpus "
                    "(kept as a named external document)",
                    (Evidence.of_clause(extension.by, extension.clause),),
                )
            )
    for reprint, original in corpus.reprints:
        where = Evidence(reprint.label, reprint.span.file, reprint.span.line, reprint.title)
        first = f"{original.span.file}:{original.span.line}"
        findings.append(
            Finding("C212", "info", f"{reprint.label} is printed again; answered from {first}", (where,))
        )
    findings.extend(
        Finding("C213", "info", f"the override for {match!r} matches no document of the corpus", ())
        for match in corpus.unmatched_overrides
    )
    findings.extend(_cycles(corpus))
    return findings


def _cycles(corpus: Corpus) -> list[Finding]:
    """Documents that repeal each other, directly or through others: the strongly connected groups."""
    from validity.corpus import Finding

    graph: dict[Document, set[Document]] = defaultdict(set)
    for link in corpus.links:
        if isinstance(link.resolved, Document):
            graph[link.by].add(link.resolved)
    found: list[Finding] = []
    for group in _strongly_connected(list(corpus.documents), graph):
        if len(group) > 1 or any(doc in graph.get(doc, ()) for doc in group):
            names = ", ".join(sorted(doc.label for doc in group))
            found.append(
                Finding("C207", "warning", f"repeal cycle: these documents repeal each other: {names}")
            )
    return found


def _strongly_connected(nodes: list[Document], graph: dict[Document, set[Document]]) -> list[list[Document]]:
    """Tarjan's algorithm, iteratively; each group once, whatever the order of the nodes."""
    index: dict[Document, int] = {}
    low: dict[Document, int] = {}
    stack: list[Document] = []
    on_stack: set[Document] = set()
    groups: list[list[Document]] = []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(sorted(graph.get(root, ()), key=lambda d: d.label)))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member is node:
                            break
                    groups.append(group)
            elif child not in index:
                index[child] = low[child] = counter
                counter += 1
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(graph.get(child, ()), key=lambda d: d.label))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return groups
