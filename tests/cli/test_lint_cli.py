"""`validity lint`: one fixture per rule triggers exactly that rule; clean drafts trigger nothing."""

import json
import re

import pytest

from tests.conftest import DATA
from validity.cli import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, main
from validity.lint import RULES

DRAFTS = DATA / "drafts"
TODAY = {"V110": "2024-01-15", "V113": "2025-12-01", "V114": "2024-08-25", "V115": "2024-08-25"}
FIXTURES = sorted(DRAFTS.glob("V1*.txt"))
CLEAN = sorted(DRAFTS.glob("clean_*.txt"))


def lint(capsys, *argv):
    status = main(["lint", *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_every_rule_has_a_fixture():
    assert sorted(RULES) == sorted(path.name[:4] for path in FIXTURES)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_fixture_triggers_exactly_its_rule(capsys, fixture):
    code = fixture.name[:4]
    status, out, _ = lint(capsys, str(fixture), "--today", TODAY.get(code, "2024-03-10"), "--format", "json")
    report = json.loads(out)
    assert {code} == {finding["code"] for finding in report["findings"]}
    expected = EXIT_FINDINGS if RULES[code][0].severity.value == "error" else EXIT_OK
    assert expected == status


@pytest.mark.parametrize("fixture", CLEAN, ids=lambda p: p.stem)
def test_clean_draft_triggers_nothing(capsys, fixture):
    status, out, _ = lint(
        capsys, str(fixture), "--today", "2024-03-10" if "repeal" not in fixture.name else "2024-08-25"
    )
    assert status == EXIT_OK
    assert out.endswith("0 errors, 0 warnings, 0 notes\n")


def test_text_output_is_file_line_column_code_severity_message(capsys):
    _, out, _ = lint(capsys, str(DRAFTS / "V104_term_as_duration.txt"), "--today", "2024-03-10")
    first = out.splitlines()[0]
    assert re.fullmatch(r".*V104_term_as_duration\.txt:19:22: V104 warning 有效期3年: .*", first)


def test_select_and_ignore_by_code_prefix(capsys):
    draft = str(DRAFTS / "V114_target_mismatch.txt")
    _, out, _ = lint(capsys, draft, "--today", "2024-08-25", "--ignore", "V114", "--format", "json")
    assert json.loads(out)["findings"] == []
    _, out, _ = lint(capsys, draft, "--today", "2024-08-25", "--select", "V11", "--format", "json")
    assert {"V114"} == {f["code"] for f in json.loads(out)["findings"]}


def test_caps_are_configurable(capsys):
    draft = str(DRAFTS / "V106_term_over_cap.txt")
    _status, out, _ = lint(capsys, draft, "--today", "2024-03-10", "--term-cap", "10", "--format", "json")
    assert json.loads(out)["findings"] == []


def test_unreadable_draft_exits_2_with_one_line(capsys):
    status, _, err = lint(capsys, str(DATA / "bad" / "binary.bin"))
    assert status == EXIT_INPUT
    assert len(err.splitlines()) == 1
    assert "binary.bin" in err


def test_gb18030_draft_is_linted_like_utf8(capsys, tmp_path):
    draft = tmp_path / "gb.txt"
    draft.write_bytes((DRAFTS / "V104_term_as_duration.txt").read_text(encoding="utf-8").encode("gb18030"))
    _, out, _ = lint(capsys, str(draft), "--today", "2024-03-10", "--format", "json")
    assert [f["code"] for f in json.loads(out)["findings"]] == ["V104"]


def test_json_shape_is_stable(capsys):
    _, out, _ = lint(
        capsys, str(DRAFTS / "V113_repeal_target_dead.txt"), "--today", "2025-12-01", "--format", "json"
    )
    report = json.loads(out)
    assert {"today", "findings", "summary"} == set(report)
    (finding,) = report["findings"]
    assert {
        "file", "line", "column", "end_line", "end_column", "code", "rule", "severity",
        "message", "document", "basis", "source",
    } == set(finding)  # fmt: skip
    assert report["summary"] == {"files": 1, "documents": 1, "errors": 1, "warnings": 0, "infos": 0}


def test_sarif_lists_rules_and_results_with_regions(capsys):
    _, out, _ = lint(
        capsys, str(DRAFTS / "V116_malformed_doc_number.txt"), "--today", "2024-03-10", "--format", "sarif"
    )
    log = json.loads(out)
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert sorted(RULES) == sorted(rule["id"] for rule in run["tool"]["driver"]["rules"])
    (result,) = run["results"]
    assert result["ruleId"] == "V116"
    assert result["level"] == "error"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (3, 1)
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "V116"


def test_every_rule_states_its_source_and_basis():
    for rule, _check in RULES.values():
        assert rule.source
        assert rule.rationale
        assert rule.summary
        assert rule.basis.value in {"law", "provincial rule", "practice"}


def test_docs_lint_md_is_the_rule_table_and_names_existing_fixtures():
    from tests.conftest import ROOT
    from validity.lint import rules_markdown

    assert rules_markdown() == (ROOT / "docs" / "lint.md").read_text(encoding="utf-8")
    for rule, _check in RULES.values():
        assert (DRAFTS / f"{rule.code}_{rule.name.replace('-', '_')}.txt").is_file()


@pytest.mark.parametrize("option", ["--select", "--ignore"])
@pytest.mark.parametrize("code", ["X9", "V199", "V11,X9"])
def test_an_unknown_rule_code_is_a_usage_error_on_one_line(capsys, option, code):
    status, out, err = lint(capsys, str(DRAFTS / "V113_repeal_target_dead.txt"), option, code)
    assert EXIT_INPUT == status
    assert "" == out
    (line,) = err.splitlines()
    assert f"{option}: unknown rule code {code.split(',')[-1]}" in line
    assert "V101" in line
    assert "V119" in line


@pytest.mark.parametrize("option", ["--term-cap", "--trial-cap"])
@pytest.mark.parametrize("years", ["0", "-1", "101"])
def test_a_cap_out_of_range_is_a_usage_error_on_one_line(capsys, option, years):
    status, out, err = lint(capsys, str(DRAFTS / "V106_term_over_cap.txt"), option, years)
    assert EXIT_INPUT == status
    assert "" == out
    assert [f"validity: lint {option}: a cap is 1 to 100 years, got {years}"] == err.splitlines()


def test_json_output_validates_against_the_schema(capsys):
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    from tests.conftest import ROOT

    schema = json.loads((ROOT / "schema" / "validity.schema.json").read_text(encoding="utf-8"))
    registry = Registry().with_resource(schema["$id"], Resource.from_contents(schema))
    validator = Draft202012Validator({"$ref": f"{schema['$id']}#/$defs/lint_output"}, registry=registry)
    drafts = [str(path) for path in [*FIXTURES, *CLEAN]]
    _, out, _ = lint(capsys, *drafts, "--today", "2024-03-10", "--format", "json")
    report = json.loads(out)
    assert set(RULES) == {f["code"] for f in report["findings"]}
    errors = sorted(validator.iter_errors(report), key=str)
    assert [] == [f"{list(e.absolute_path)}: {e.message}" for e in errors]
