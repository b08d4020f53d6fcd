"""The front door for reading gazettes: decode a file, split it into documents, attach their clauses."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

from validity.clause_finder import find_clauses
from validity.clauses import Clause
from validity.documents import Document, Gazette
from validity.errors import SourceError, UnreadableFileError
from validity.gazette import split_gazette, whole_document
from validity.source import FlatText, SourceText


def read_gazette(path: str | Path, *, name: str | None = None) -> Gazette:
    """Read one gazette file into its documents.

    Raises UnreadableFileError when the file is missing, empty, binary or not UTF-8/GB18030 text, and for
    a folder (:func:`gazette_files` names a folder that holds no ``*.txt`` file, so that reading it says so).
    A file read before in this process, unchanged since (same size and modification time), is not read again.
    """
    if Path(path).is_dir():
        raise UnreadableFileError(name if name is not None else str(path), _folder_problem(Path(path)))
    try:
        stat = Path(path).stat()
    except OSError:
        return read_gazette_text(SourceText.read(path, name=name))  # raises the error that names the file
    key = (str(Path(path).resolve()), name, stat.st_size, stat.st_mtime_ns)
    return _read_cached(key, path, name)


@functools.lru_cache(maxsize=64)
def _read_cached(_key: tuple[str, str | None, int, int], path: str | Path, name: str | None) -> Gazette:
    return read_gazette_text(SourceText.read(path, name=name))


def read_gazette_text(source: SourceText) -> Gazette:
    """Read an already decoded gazette into its documents, with their clauses."""
    return split_gazette(source, clause_reader=_read_clauses)


def _read_clauses(
    text: FlatText, body: int, instruments: Sequence[tuple[int, str]]
) -> tuple[Sequence[Clause], Sequence[SourceError]]:
    findings = find_clauses(text, start=body, instruments=instruments)
    return findings.clauses, findings.problems


def read_drafts(path: str | Path, *, name: str | None = None) -> list[Document]:
    """The documents of a draft file; a draft without a 文号 line yet is read as one document."""
    source = SourceText.read(path, name=name)
    gazette = split_gazette(source, clause_reader=_read_clauses)
    if gazette.documents:
        return list(gazette.documents)
    return [whole_document(source, clause_reader=_read_clauses)]


def read_corpus_gazette(path: Path) -> Gazette:
    """Read a gazette of the bundled corpus, named ``corpus/<file>`` whatever the working directory."""
    return read_gazette(path, name=f"corpus/{path.name}")


def bundled_corpus() -> Path:
    """The gazettes that ship with validity: in the installed package, or corpus/ of a checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "corpus"
    return packaged if packaged.is_dir() else here.parent / "corpus"


def gazette_files(paths: list[Path]) -> list[Path]:
    """Files named, and the ``*.txt`` files of folders named (recursively, sorted); the corpus if none.

    A ``*.txt`` link to nothing is kept (reading it reports "no such file"), and a folder without any
    ``*.txt`` file stands for itself (reading it reports that), so neither passes silently.
    """
    if not paths:
        paths = [bundled_corpus()]
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.txt") if p.is_file() or p.is_symlink())
            files.extend(found or [path])
        else:
            files.append(path)
    return files


def _folder_problem(folder: Path) -> str:
    """What is wrong with reading a folder as a gazette."""
    if any(folder.rglob("*.txt")):
        return "is a folder, not a file"
    return "a folder with no .txt gazette file in it"


def display_name(path: Path) -> str:
    """How a file is named in answers: ``corpus/<file>`` for the bundled corpus, else relative to the cwd."""
    resolved = path.resolve()
    if resolved.is_relative_to(bundled_corpus().resolve()):
        return f"corpus/{resolved.relative_to(bundled_corpus().resolve())}"
    try:
        return str(resolved.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
