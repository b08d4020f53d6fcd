"""The ``validity`` command: the only module that reads argv, prints, asks the clock and picks exit codes."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from validity.batch import batch_answer
from validity.clause_finder import parse_clauses
from validity.documents import Gazette
from validity.errors import ValidityError
from validity.formats import json as json_format
from validity.formats.text import table
from validity.reader import display_name, gazette_files, read_gazette
from validity.source import SourceText

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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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
    return parser


# ── documents ───────────────────────────────────────────────────────────


def _documents(args: argparse.Namespace) -> int:
    gazettes, failed = _read_gazettes(args.paths)
    if args.format == "text":
        for gazette in gazettes:
            _print_gazette(gazette)
    else:
        payloads = [json_format.document(doc) for gazette in gazettes for doc in gazette.documents]
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
