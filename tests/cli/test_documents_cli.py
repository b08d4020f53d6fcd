"""`validity documents`: table, JSON and JSONL, exit statuses, errors on stderr."""

import json

from tests.conftest import CORPUS, DATA
from validity.cli import EXIT_INPUT, EXIT_OK, main

KEYS = {"doc_number", "title", "issuer", "signed_date", "instruments", "kind", "source", "gazette"}


def test_json_lists_every_corpus_document_with_the_documented_keys(capsys):
    assert main(["documents", "--format", "json"]) == EXIT_OK
    documents = json.loads(capsys.readouterr().out)
    assert len(documents) == 75
    assert all(set(document) >= KEYS for document in documents)
    first = documents[0]
    assert first["source"]["file"].endswith("corpus/000_f05daf0270322d27.txt")
    assert (first["source"]["line"], first["source"]["end_line"]) == (61, 1328)
    assert first["signed_date"] == "2024-08-18"
    assert (first["gazette"]) == {
        "title": "临汾市人民政府公报",
        "issue": "2024年第8期(总第057期)",
        "publication_date": "2024-08-30",
    }


def test_missing_values_are_null_never_invented(capsys):
    assert main(["documents", "--format", "json", str(CORPUS / "001_c91c078bb72a9217.txt")]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)[0]
    assert report["title"] == "政府工作报告"
    assert report["doc_number"] is None
    assert report["signed_date"] is None


def test_jsonl_is_one_object_per_line(capsys):
    assert main(["documents", "--format", "jsonl", str(CORPUS / "000_f05daf0270322d27.txt")]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 11
    assert [json.loads(lines[0])["doc_number"]] == ["临政发〔2024〕8号"]


def test_text_table_names_file_documents_and_notes(capsys):
    assert main(["documents", str(CORPUS / "001_c91c078bb72a9217.txt")]) == EXIT_OK
    out = capsys.readouterr().out
    assert "运城市人民政府公报 2024年第2期总第28期, published 2024-04-30: 14 documents" in out
    assert "运政任字〔2024〕6号" in out
    assert "the table of contents lists 《运城市人民政府任免人员名单》" in out


def test_unreadable_file_is_one_line_on_stderr_and_exit_2_while_others_are_read(capsys):
    status = main(
        [
            "documents",
            "--format",
            "jsonl",
            str(DATA / "bad" / "binary.bin"),
            str(CORPUS / "000_f05daf0270322d27.txt"),
        ]
    )
    captured = capsys.readouterr()
    assert status == EXIT_INPUT
    assert len(captured.out.splitlines()) == 11
    assert captured.err.startswith("validity: ")
    assert "binary.bin: binary data" in captured.err
    assert "Traceback" not in captured.err
    assert len(captured.err.splitlines()) == 1


def test_empty_file_is_reported_by_name(capsys):
    assert main(["documents", str(DATA / "bad" / "empty.txt")]) == EXIT_INPUT
    assert "empty.txt: the file is empty" in capsys.readouterr().err
