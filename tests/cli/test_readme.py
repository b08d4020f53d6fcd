"""The README stays true: its Python example runs, its quick start is the two commands CI runs, its sample
status answer is what the tool prints."""

import re

from tests.conftest import ROOT
from validity.cli import main

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_python_example_runs(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    block = re.search(r"```python\n(.*?)```", README, re.S)
    assert block is not None
    exec(compile(block.group(1), "README.md", "exec"), {})  # our own README
    assert "现行有效" in capsys.readouterr().out


def test_the_quick_start_is_two_commands_and_ci_runs_the_same_tests():
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.*?)\n```", quick, re.S)
    assert commands == ["pip install . && validity in-force --all", 'pip install -e ".[test]" && pytest']
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'pip install --quiet -e ".[test]"' in ci
    assert ci.rstrip().endswith("pytest")


def test_the_sample_status_answer_is_what_the_tool_prints(capsys):
    sample = README.split("$ validity status 临政规发〔2024〕5号 --on 2026-09-01\n", 1)[1].split("```", 1)[0]
    main(["status", "临政规发〔2024〕5号", "--on", "2026-09-01"])
    assert capsys.readouterr().out == sample
