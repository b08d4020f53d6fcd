"""`validity parse --batch`: one answer per request line, in order; a bad line is an error line, never a crash."""

import json

from validity.cli import main


def batch(capsys, tmp_path, *requests: str) -> tuple[int, list[dict]]:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(requests) + "\n", encoding="utf-8")
    code = main(["parse", "--batch", str(path)])
    return code, [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_each_line_is_answered_in_order_and_resolved_with_its_dates(capsys, tmp_path):
    _, answers = batch(
        capsys,
        tmp_path,
        '{"id": "a", "text": "本办法自印发之日起施行，有效期5年。", "issued": "2024-06-22"}',
        '{"id": "b", "text": "没有条款。"}',
    )
    assert [answer["id"] for answer in answers] == ["a", "b"]
    assert answers[0]["resolved"]["effective"]["date"] == "2024-06-22"
    assert answers[0]["resolved"]["last_day"]["date"] == "2029-06-21"
    assert answers[1]["clauses"] == []


def test_absurd_terms_offsets_and_dates_are_errors_and_the_batch_goes_on(capsys, tmp_path):
    code, answers = batch(
        capsys,
        tmp_path,
        '{"id": 1, "text": "本办法自印发之日起施行，有效期8000年。", "issued": "2024-01-01"}',
        '{"id": 2, "text": "本办法自公布之日起99999999999999999999日后施行。", "issued": "2024-01-01"}',
        '{"id": 3, "text": "本办法自印发之日起施行，有效期5年。", "issued": "9999-12-31"}',
        '{"id": 4, "text": "本办法有效期0年。"}',
        '{"id": 5, "text": "本办法自2024年6月1日起施行。"}',
    )
    assert [answer["id"] for answer in answers] == [1, 2, 3, 4, 5]
    assert "more than 100 years" in answers[0]["problems"][0]["message"]
    assert "more than 3650 days" in answers[1]["problems"][0]["message"]
    assert "1949 to 2199" in answers[2]["error"]
    assert "zero length" in answers[3]["problems"][0]["message"]
    assert answers[4]["clauses"][0]["date"] == "2024-06-01"
    assert code == 1
