"""The ``validity`` command: the only module that reads argv, prints, asks the clock and picks exit codes."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn
from zoneinfo import ZoneInfo

from validity import __version__
from validity.batch import batch_answer
from validity.clause_finder import parse_clauses
from validity.corpus import Corpus
from validity.dates import parse_date
from validity.documents import Gazette
from validity.errors import ValidityError
from validity.formats import json as json_format
from validity.formats.ics import calendar
from validity.formats.sarif import sarif
from validity.formats.text import table
from validity.lint import MAX_CAP_YEARS, RULES, LintOptions, lint_file, unknown_codes
from validity.overrides import Overrides
from validity.periods import DEFAULT_CONVENTION, TermConvention
from validity.reader import display_name, gazette_files, read_gazette
from validity.source import SourceText, flat_line
from validity.status import Answer, Status

#: Exit statuses, as linters use them: answered, findings reported, input unreadable or usage wrong.
EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT = 2

Command = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    args = _parser().parse_args(argv)
    command: Command = args.command
    try:
        return command(args)
    except ValidityError as error:
        _error(str(error))
        return EXIT_INPUT
    except BrokenPipeError:  # `validity … | head`: the reader left, which is not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


class _Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors (``validity status: --on: …``), exit status 2, no usage block."""

    def error(self, message: str) -> NoReturn:
        """Print the error on one line with a pointer to --help, and exit 2."""
        self.exit(EXIT_INPUT, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="validity",
        description="Is a Chinese government document in force on a given day, and why.",
    )
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    documents = commands.add_parser(
        "documents",
        help="list every document of the gazettes with its metadata",
        description="List every document of the gazettes (files or folders; default: the bundled corpus).",
    )
    documents.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="gazette files or folders")
    documents.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    documents.set_defaults(command=_documents)

    parse = commands.add_parser(
        "parse",
        help="find and parse the lifecycle clauses of a text",
        description="Find and parse the lifecycle clauses (施行, 有效期, 废止, …) of a text, a file or a batch.",
    )
    source = parse.add_mutually_exclusive_group(required=True)
    source.add_argument("text", nargs="?", help="the text to parse")
    source.add_argument("--file", type=Path, help="read the text from a file (UTF-8 or GB18030)")
    source.add_argument(
        "--batch",
        type=Path,
        metavar="FILE.jsonl",
        help='one {"id": …, "text": …[, "issued": DATE, "published": DATE]} per line; one answer per line',
    )
    parse.add_argument("--format", choices=("text", "json"), default="text")
    parse.set_defaults(command=_parse)

    corpus_options = _Parser(add_help=False)
    corpus_options.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="gazette files or folders (default: the bundled corpus)",
    )
    corpus_options.add_argument("--overrides", type=Path, metavar="FILE.toml", help="facts the texts omit")
    corpus_options.add_argument(
        "--convention",
        choices=[c.value for c in TermConvention],
        default=DEFAULT_CONVENTION.value,
        help="how a term stated as a duration is counted (default: %(default)s)",
    )

    status = commands.add_parser(
        "status", parents=[corpus_options], help="the status of one document on a day, with its evidence"
    )
    status.add_argument("document", help="a 文号, or a title fragment that names one document")
    status.add_argument("--on", type=_day, help="the day (default: today in China)")
    status.add_argument("--format", choices=("text", "json"), default="text")
    status.set_defaults(command=_status)

    in_force = commands.add_parser(
        "in-force", parents=[corpus_options], help="every document in force on a day"
    )
    in_force.add_argument("--on", type=_day, help="the day (default: today in China)")
    in_force.add_argument(
        "--all", action="store_true", help="every document's status, not only those in force"
    )
    in_force.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    in_force.set_defaults(command=_in_force)

    timeline = commands.add_parser("timeline", parents=[corpus_options], help="the events of one document")
    timeline.add_argument("document", help="a 文号, or a title fragment that names one document")
    timeline.add_argument("--format", choices=("text", "json"), default="text")
    timeline.set_defaults(command=_timeline)

    changes = commands.add_parser(
        "changes", parents=[corpus_options], help="what commenced, expired or was repealed between two days"
    )
    changes.add_argument("--from", dest="start", type=_day, required=True, help="first day of the window")
    changes.add_argument("--to", dest="end", type=_day, required=True, help="last day of the window")
    changes.add_argument("--format", choices=("text", "json", "ics"), default="text")
    changes.set_defaults(command=_changes)

    check = commands.add_parser("check", parents=[corpus_options], help="consistency problems of the corpus")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.set_defaults(command=_check)

    lint = commands.add_parser(
        "lint",
        help="check draft documents before publication",
        description="Check draft documents before publication. "
        "Exit status: 0 no error, 1 errors, 2 unreadable or a wrong option.",
    )
    lint.add_argument("drafts", nargs="+", type=Path, metavar="DRAFT", help="draft files")
    lint.add_argument(
        "--corpus", type=Path, action="append", help="published documents (default: the bundled corpus)"
    )
    lint.add_argument("--today", type=_day, help="the day of publication (default: today in China)")
    lint.add_argument("--format", choices=("text", "json", "sarif"), default="text")
    lint.add_argument(
        "--select", action="append", default=[], metavar="CODE", help="only these codes (prefixes)"
    )
    lint.add_argument(
        "--ignore", action="append", default=[], metavar="CODE", help="not these codes (prefixes)"
    )
    lint.add_argument(
        "--term-cap", type=int, default=5, metavar="YEARS", help="longest term (default %(default)s)"
    )
    lint.add_argument(
        "--trial-cap",
        type=int,
        default=2,
        metavar="YEARS",
        help="longest 暂行/试行 term (default %(default)s)",
    )
    lint.add_argument("--overrides", type=Path, metavar="FILE.toml", help="facts the texts omit")
    lint.add_argument(
        "--convention", choices=[c.value for c in TermConvention], default=DEFAULT_CONVENTION.value
    )
    lint.set_defaults(command=_lint)
    return parser


def _day(text: str) -> dt.date:
    """A day on the command line: ISO (2024-06-01) or as documents write it (2024年6月1日)."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        pass
    try:
        return parse_date(flat_line(text))
    except ValueError as exc:
        msg = f"{exc} (write a day as 2024-06-01 or 2024年6月1日)"
        raise argparse.ArgumentTypeError(msg) from None


def _today() -> dt.date:
    """Today in China: a document's day is a civil date of Beijing time."""
    return dt.datetime.now(ZoneInfo("Asia/Shanghai")).date()


# ── documents ───────────────────────────────────────────────────────────


def _documents(args: argparse.Namespace) -> int:
    gazettes, failed = _read_gazettes(args.paths)
    if args.format == "text":
        for gazette in gazettes:
            _print_gazette(gazette)
    else:
        corpus = Corpus.from_gazettes(gazettes)
        payloads = [
            json_format.document(doc, extra=json_format.lifecycle(corpus, doc))
            for gazette in gazettes
            for doc in gazette.documents
        ]
        _print_json(payloads, args.format)
    return EXIT_INPUT if failed else EXIT_OK


def _print_gazette(gazette: Gazette) -> None:
    info = gazette.info
    cover = " ".join(part for part in (info.title, info.issue) if part) or "no cover"
    published = f", published {info.publication_date}" if info.publication_date else ""
    toc = f" (table of contents: {gazette.toc_entries})" if gazette.toc_entries is not None else ""
    print(f"{info.file}: {cover}{published}: {len(gazette.documents)} documents{toc}")
    rows = [["文号", "成文日期", "kind", "line", "title"]]
    rows += [
        [
            str(doc.doc_number) if doc.doc_number else "-",
            str(doc.signed_date or "-"),
            doc.kind.value,
            str(doc.span.line),
            doc.title,
        ]
        for doc in gazette.documents
    ]
    for line in table(rows, indent="  "):
        print(line)
    for doc in gazette.documents:
        for item in doc.remarks:
            print(f"  note: {info.file}:{item.line}: {doc.label}: {item.message}")
    for item in gazette.remarks:
        print(f"  note: {info.file}:{item.line}: {item.message}")
    print()


# ── parse ──────────────────────────────────────────────────────────────


def _parse(args: argparse.Namespace) -> int:
    if args.batch is not None:
        return _parse_batch(args.batch)
    if args.file is not None:
        source = SourceText.read(args.file, name=display_name(args.file))
        findings = parse_clauses(source.text, file=source.name)
    else:
        findings = parse_clauses(args.text, file="<text>")
    if args.format == "json":
        payload = {
            "clauses": [json_format.clause(clause) for clause in findings.clauses],
            "problems": [json_format.problem(problem) for problem in findings.problems],
        }
        print(json_format.dumps_pretty(payload))
    else:
        for clause in findings.clauses:
            print(f"{clause.span}: {clause.kind.value}: {clause.quote}")
            details = {k: v for k, v in json_format.clause(clause).items() if k not in _SHOWN}
            print(f"    {json_format.dumps(details)}")
        if not findings.clauses:
            print("no lifecycle clause found")
    for problem in findings.problems:
        _error(str(problem))
    return EXIT_FINDINGS if findings.problems else EXIT_OK


_SHOWN = {"kind", "text", "start", "end", "line", "end_line", "instrument"}


def _parse_batch(path: Path) -> int:
    """Answer each line of a JSONL file in order; a line that cannot be read gets an error and the rest go on."""
    source = SourceText.read(path, name=display_name(path))
    status = EXIT_OK
    for number, line in enumerate(source.text.splitlines(), start=1):
        if not line.strip():
            continue
        answer = batch_answer(line, where=f"{source.name}:{number}")
        if "error" in answer or answer.get("problems"):
            status = EXIT_FINDINGS
        print(json_format.dumps(answer))
    return status


# ── corpus commands ────────────────────────────────────────────────────


def _corpus(args: argparse.Namespace) -> tuple[Corpus, bool]:
    gazettes, failed = _read_gazettes(args.paths)
    overrides = Overrides.read(args.overrides) if args.overrides else None
    corpus = Corpus.from_gazettes(gazettes, overrides=overrides, convention=TermConvention(args.convention))
    return corpus, failed


def _status(args: argparse.Namespace) -> int:
    corpus, failed = _corpus(args)
    answer = corpus.status(corpus.find(args.document), on=args.on or _today())
    if args.format == "json":
        print(json_format.dumps_pretty(json_format.answer(answer)))
    else:
        print(render_answer(answer))
    return EXIT_INPUT if failed else EXIT_OK


def _in_force(args: argparse.Namespace) -> int:
    corpus, failed = _corpus(args)
    on = args.on or _today()
    answers = corpus.statuses(on=on)
    shown = answers if args.all else [a for a in answers if a.status is Status.IN_FORCE]
    if args.format == "text":
        what = "status of every document" if args.all else "documents in force"
        print(f"{what} on {on} ({len(shown)} of {len(answers)}; convention: {corpus.convention.value})")
        rows = [["文号", "status", "since", "title"]]
        rows += [
            [
                a.document,
                f"{a.status.label} {a.status.value}" + ("" if a.certain else " *"),
                str(a.since or "-"),
                a.title,
            ]
            for a in shown
        ]
        for line in table(rows, indent="  ") if shown else ["  (none)"]:
            print(line)
        if any(not a.certain for a in shown):
            print("  * assumed or uncertain: `validity status DOC --on DATE` gives the reason")
        unsure = [a for a in answers if a.status is Status.UNKNOWN]
        if unsure and not args.all:
            listed = ", ".join(a.document for a in unsure[:5]) + (" …" if len(unsure) > 5 else "")
            print(f"  not listed: {len(unsure)} of uncertain status ({listed}); `--all` shows every status")
    else:
        _print_json([json_format.answer(a) for a in shown], args.format)
    return EXIT_INPUT if failed else EXIT_OK


def _timeline(args: argparse.Namespace) -> int:
    corpus, failed = _corpus(args)
    subject = corpus.find(args.document)
    events = corpus.timeline(subject)
    if args.format == "json":
        payload = {
            "document": subject.label,
            "title": subject.title,
            "events": [json_format.event(e) for e in events],
        }
        print(json_format.dumps_pretty(payload))
    else:
        print(f"{subject.label} {subject.title or ''}")
        for item in events:
            when = json_format.dated(item.date)
            day = "unknown" if when is None or when["date"] is None else when["date"]
            if when and when.get("date") and not when.get("exact"):
                day += f"…{when['last_possible']}"
            print(f"  {day:<23} {item.kind:<9} {item.description}")
            for proof in item.evidence:
                print(f"  {'':<23} {'':<9} {proof}")
    return EXIT_INPUT if failed else EXIT_OK


def _changes(args: argparse.Namespace) -> int:
    corpus, failed = _corpus(args)
    found = corpus.changes(args.start, args.end)
    if args.format == "ics":
        sys.stdout.write(calendar(found, stamp=dt.datetime.now(dt.UTC)))
    elif args.format == "json":
        print(json_format.dumps_pretty([json_format.change(c) for c in found]))
    else:
        print(f"changes from {args.start} to {args.end}: {len(found)}")
        for change in found:
            what = (
                "修改 amended"
                if change.kind == "amended"
                else f"{change.before.label} → {change.after.label}"
            )
            print(f"  {change.date}  {change.subject}: {what}  ({change.reason})")
    return EXIT_INPUT if failed else EXIT_OK


def _check(args: argparse.Namespace) -> int:
    corpus, failed = _corpus(args)
    findings = corpus.findings()
    if args.format == "json":
        print(json_format.dumps_pretty([json_format.finding(f) for f in findings]))
    else:
        for item in findings:
            where = f"{item.evidence[0].file}:{item.evidence[0].line}: " if item.evidence else ""
            print(f"{where}{item.code} {item.severity}: {item.message}")
        counts = {level: sum(f.severity == level for f in findings) for level in ("warning", "info")}
        print(
            f"{len(corpus.documents)} documents checked: {counts['warning']} warnings, {counts['info']} notes"
        )
    if failed:
        return EXIT_INPUT
    return EXIT_FINDINGS if any(f.severity == "warning" for f in findings) else EXIT_OK


def _lint(args: argparse.Namespace) -> int:
    select = [code.strip().upper() for item in args.select for code in item.split(",") if code.strip()]
    ignore = [code.strip().upper() for item in args.ignore for code in item.split(",") if code.strip()]
    for option, codes in (("--select", select), ("--ignore", ignore)):
        if unknown := unknown_codes(codes):
            _error(f"lint {option}: unknown rule code {', '.join(unknown)} (valid: {', '.join(RULES)})")
            return EXIT_INPUT
    for option, years in (("--term-cap", args.term_cap), ("--trial-cap", args.trial_cap)):
        if not 1 <= years <= MAX_CAP_YEARS:
            _error(f"lint {option}: a cap is 1 to {MAX_CAP_YEARS} years, got {years}")
            return EXIT_INPUT
    drafts = {path.resolve() for path in args.drafts}
    corpus_files = [p for p in gazette_files(args.corpus or []) if p.resolve() not in drafts]
    gazettes, failed = _read_gazettes(corpus_files)
    overrides = Overrides.read(args.overrides) if args.overrides else None
    convention = TermConvention(args.convention)
    published = Corpus.from_gazettes(gazettes, overrides=overrides, convention=convention)
    options = LintOptions(
        today=args.today or _today(),
        term_cap_years=args.term_cap,
        trial_cap_years=args.trial_cap,
        convention=convention,
    )
    reports = []
    unreadable = False
    for path in args.drafts:
        try:
            reports.append(
                lint_file(
                    path,
                    published=published,
                    options=options,
                    name=display_name(path),
                    select=select,
                    ignore=ignore,
                )
            )
        except ValidityError as error:
            _error(str(error))
            unreadable = True
    if args.format == "sarif":
        print(json_format.dumps_pretty(sarif(reports, version=__version__)))
    elif args.format == "json":
        print(json_format.dumps_pretty(json_format.lint(reports, today=options.today)))
    else:
        for report in reports:
            for finding in report.findings:
                print(finding)
        counts = [
            sum(f.severity.value == level for r in reports for f in r.findings)
            for level in ("error", "warning", "info")
        ]
        documents = sum(len(r.documents) for r in reports)
        print(
            f"{len(reports)} file(s), {documents} document(s): {counts[0]} errors, {counts[1]} warnings, {counts[2]} notes"
        )
    if unreadable or failed:
        return EXIT_INPUT
    return EXIT_FINDINGS if any(r.errors for r in reports) else EXIT_OK


def render_answer(answer: Answer) -> str:
    """A status answer as a lawyer reads it."""
    lines = [f"{answer.document}  {answer.title}".rstrip()]
    span = f" since {answer.since}" if answer.since else ""
    lines.append(f"on {answer.on}: {answer.status.label} ({answer.status.value}){span}")
    lines.append(f"why: {answer.reason}")
    lines += [f"  evidence: {item}" for item in answer.evidence]
    lines += [f"  assumed: {item}" for item in answer.assumptions]
    lines += [f"  amended: {item}" for item in answer.amended]
    lines.append(f"  convention: {answer.convention}")
    return "\n".join(lines)


# ── shared ──────────────────────────────────────────────────────────────


def _read_gazettes(paths: list[Path]) -> tuple[list[Gazette], bool]:
    """Read every gazette named; an unreadable one is reported on stderr and the rest go on."""
    gazettes: list[Gazette] = []
    failed = False
    for path in gazette_files(paths):
        try:
            gazettes.append(read_gazette(path, name=display_name(path)))
        except ValidityError as error:
            _error(str(error))
            failed = True
    return gazettes, failed


def _print_json(payloads: list[json_format.JSONObject], form: str) -> None:
    if form == "jsonl":
        for payload in payloads:
            print(json_format.dumps(payload))
    else:
        print(json_format.dumps_pretty(payloads))


def _error(message: str) -> None:
    print(f"validity: {message}", file=sys.stderr)
