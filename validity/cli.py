"""The ``validity`` command: the only module that reads argv, prints, asks the clock and picks exit codes."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from validity.documents import Gazette
from validity.errors import ValidityError
from validity.formats import json as json_format
from validity.formats.text import table
from validity.reader import display_name, gazette_files, read_gazette

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
