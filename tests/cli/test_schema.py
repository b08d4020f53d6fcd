"""Every JSON the commands print validates against schema/validity.schema.json, on the whole corpus."""

import json

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from tests.conftest import ROOT
from validity.cli import main

SCHEMA = json.loads((ROOT / "schema" / "validity.schema.json").read_text(encoding="utf-8"))
REGISTRY = Registry().with_resource(SCHEMA["$id"], Resource.from_contents(SCHEMA))


def validate(instance, definition: str) -> None:
    validator = Draft202012Validator({"$ref": f"{SCHEMA['$id']}#/$defs/{definition}"}, registry=REGISTRY)
    errors = sorted(validator.iter_errors(instance), key=str)
    assert [f"{list(e.absolute_path)}: {e.message}" for e in errors] == []


def run(capsys, *argv: str):
    main(list(argv))
    return capsys.readouterr().out


def test_the_schema_is_a_valid_json_schema():
    Draft202012Validator.check_schema(SCHEMA)


def test_documents_json_validates(capsys):
    documents = json.loads(run(capsys, "documents", "--format", "json"))
    for document in documents:
        validate(document, "document")


@pytest.mark.parametrize(
    "text",
    [
        "本办法自2024年6月1日起施行,有效期5年。《A办法》(临政发〔2019〕3号)同时废止。",
        "本办法自公布之日起三十日后施行。与本办法不一致的,以本办法为准。",
        "根据2009年8月27日第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正",
        "本办法自2024年2月30日起施行。",
        "各地制定的土地使用费办法同时停止执行。",
        "",
    ],
)
def test_parse_json_validates(capsys, text):
    validate(json.loads(run(capsys, "parse", text, "--format", "json")), "parse_output")


def test_batch_lines_validate(capsys, tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        '{"id": 1, "text": "本办法自公布之日起三十日后施行，有效期两年。", "published": "2024-08-01"}\n'
        "not json\n"
        '{"id": 2, "text": "本办法自2024年2月30日起施行"}\n',
        encoding="utf-8",
    )
    for line in run(capsys, "parse", "--batch", str(batch)).splitlines():
        validate(json.loads(line), "batch_line")


def test_status_timeline_changes_and_check_validate(capsys):
    validate(
        json.loads(run(capsys, "status", "长科规〔2024〕1号", "--on", "2024-09-01", "--format", "json")),
        "answer",
    )
    for answer in json.loads(run(capsys, "in-force", "--on", "2024-06-10", "--all", "--format", "json")):
        validate(answer, "answer")
    validate(json.loads(run(capsys, "timeline", "长科规〔2024〕1号", "--format", "json")), "timeline")
    for change in json.loads(
        run(capsys, "changes", "--from", "2024-01-01", "--to", "2030-12-31", "--format", "json")
    ):
        validate(change, "change")
    for finding in json.loads(run(capsys, "check", "--format", "json")):
        validate(finding, "finding")
