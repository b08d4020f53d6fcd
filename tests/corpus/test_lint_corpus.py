"""Every bundled document linted as a draft; the findings are pinned, each explained in expected_lint.json."""

import datetime as dt
import json
from pathlib import Path

from tests.corpus.facts import ROOT, expected_files
from validity.corpus import Corpus
from validity.lint import LintOptions, lint_documents
from validity.reader import read_corpus_gazette

EXPECTED = json.loads((Path(__file__).parent / "expected_lint.json").read_text(encoding="utf-8"))


def test_corpus_lint_findings_are_the_explained_ones():
    stems = [path.stem for path in expected_files()]
    gazettes = {stem: read_corpus_gazette(ROOT / "corpus" / f"{stem}.txt") for stem in stems}
    found = []
    for stem, gazette in gazettes.items():
        published = Corpus.from_gazettes(other for name, other in gazettes.items() if name != stem)
        for document in gazette.documents:
            today = document.signed_date or gazette.info.publication_date or dt.date(2024, 1, 1)
            findings = lint_documents([document], published=published, options=LintOptions(today=today))
            found.extend((stem, document.label, f.rule.code, f.span.line) for f in findings)
    expected = [(f["file"], f["document"], f["code"], f["line"]) for f in EXPECTED["findings"]]
    assert sorted(expected) == sorted(found)


def test_every_pinned_finding_is_explained():
    assert all(len(f["explanation"]) >= 10 for f in EXPECTED["findings"])
