"""Reading an overrides file (validity.overrides): a wrong file is an OverridesError naming the file and entry."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from validity.errors import OverridesError, ValidityError
from validity.overrides import DocumentOverride, EventOverride, Overrides

GOOD = """\
[[documents]]
match = "临市科规〔2024〕2号"
published = 2024-07-30
note = "published on the bureau's website on 30 July"

[[documents]]
match = "停车管理办法"
effective_from = 2024-08-29
last_day = 2026-08-28
signed_date = 2024-07-25
approved = 2024-07-20

[[events]]
description = "省政府授权和委托权限实施时间"
date = 2024-07-01
note = "晋政发〔2024〕X号"
"""


def write(tmp_path: Path, text: str, name: str = "facts.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_is_read_entry_by_entry(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    overrides = Overrides.read(path)

    assert str(path) == overrides.file
    assert (
        DocumentOverride(
            match="临市科规〔2024〕2号",
            note="published on the bureau's website on 30 July",
            published=dt.date(2024, 7, 30),
        ),
        DocumentOverride(
            match="停车管理办法",
            note="",
            effective_from=dt.date(2024, 8, 29),
            last_day=dt.date(2026, 8, 28),
            signed_date=dt.date(2024, 7, 25),
            approved=dt.date(2024, 7, 20),
        ),
    ) == overrides.documents
    assert (
        EventOverride(
            description="省政府授权和委托权限实施时间", date=dt.date(2024, 7, 1), note="晋政发〔2024〕X号"
        ),
    ) == overrides.events
    assert overrides.events[0] == overrides.for_event("与省政府授权和委托权限实施时间一致")
    assert overrides.for_event("《某某法》施行之日") is None


def test_an_empty_file_states_nothing(tmp_path: Path) -> None:
    overrides = Overrides.read(write(tmp_path, ""))
    assert ((), ()) == (overrides.documents, overrides.events)


BAD = [
    # (file text, the entry named, words of the message)
    ('[[documents]]\nmatch = "某政发〔2024〕1号"\npublishd = 2024-07-30\n', "documents[0]", "publishd"),
    ('[[documents]]\nmatch = "a"\n\n[[documents]]\nmatch = "b"\nlast = 2024-01-01\n', "documents[1]", "last"),
    ("[[documents]]\npublished = 2024-07-30\n", "documents[0]", "'match'"),
    ('[[documents]]\nmatch = "  "\npublished = 2024-07-30\n', "documents[0]", "'match'"),
    ('[[documents]]\nmatch = "x"\npublished = "2024-07-30"\n', "documents[0].published", "'2024-07-30'"),
    ('[[documents]]\nmatch = "x"\npublished = 20240730\n', "documents[0].published", "20240730"),
    (
        '[[documents]]\nmatch = "x"\nlast_day = 2024-07-30T08:00:00\n',
        "documents[0].last_day",
        "expected a date",
    ),
    (
        '[[documents]]\nmatch = "x"\nsigned_date = 2024-07-30T08:00:00+08:00\n',
        "documents[0].signed_date",
        "date",
    ),
    (
        '[[documents]]\nmatch = "x"\neffective_from = 2024-08-29\nlast_day = 2024-08-28\n',
        "documents[0]",
        "last_day 2024-08-28 is before effective_from 2024-08-29",
    ),
    ('documents = ["某政发〔2024〕1号"]\n', "documents[0]", "expected a table"),
    ("[[events]]\ndate = 2024-07-01\n", "events[0]", "'description'"),
    ('[[events]]\ndescription = "某某法施行之日"\n', "events[0]", "'date'"),
    ('[[events]]\ndescription = "某某法施行之日"\ndate = "July"\n', "events[0].date", "'July'"),
    ('[[events]]\ndescription = "某某法施行之日"\ndate = 2024-07-01\nwhen = 1\n', "events[0]", "when"),
    ('[[document]]\nmatch = "x"\n', "", "document"),
]


@pytest.mark.parametrize(("text", "entry", "words"), BAD)
def test_a_wrong_entry_names_the_file_and_the_entry(
    tmp_path: Path, text: str, entry: str, words: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(OverridesError) as caught:
        Overrides.read(path)

    message = str(caught.value)
    assert message.startswith(f"{path}: {entry}")
    assert words in message


def test_a_last_day_on_the_effective_day_is_a_one_day_term(tmp_path: Path) -> None:
    text = '[[documents]]\nmatch = "x"\neffective_from = 2024-08-29\nlast_day = 2024-08-29\n'
    (override,) = Overrides.read(write(tmp_path, text)).documents
    assert (dt.date(2024, 8, 29), dt.date(2024, 8, 29)) == (override.effective_from, override.last_day)


@pytest.mark.parametrize(
    "text",
    [
        "[[documents]\nmatch = 1\n",  # an unclosed table header
        'match = "某政发〔2024〕1号"\nmatch = "again"\n',  # a key twice
        "published = 2024-02-30\n",  # not a date in the calendar
        "这不是 TOML\n",
    ],
)
def test_a_file_that_is_not_toml_is_named(tmp_path: Path, text: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(OverridesError, match="not valid TOML") as caught:
        Overrides.read(path)
    assert str(caught.value).startswith(f"{path}: ")


def test_a_file_in_another_encoding_is_named(tmp_path: Path) -> None:
    path = tmp_path / "gbk.toml"
    path.write_bytes('[[documents]]\nmatch = "停车管理办法"\n'.encode("gb18030"))
    with pytest.raises(OverridesError, match="not valid TOML") as caught:
        Overrides.read(path)
    assert str(caught.value).startswith(f"{path}: ")


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"
    with pytest.raises(OverridesError) as caught:
        Overrides.read(path)
    assert f"{path}: no such file" == str(caught.value)


def test_an_overrides_error_is_a_validity_error_and_a_value_error(tmp_path: Path) -> None:
    with pytest.raises(OverridesError) as caught:
        Overrides.read(tmp_path / "nowhere.toml")
    assert isinstance(caught.value, ValidityError)
    assert isinstance(caught.value, ValueError)


def test_a_folder_is_not_an_overrides_file(tmp_path: Path) -> None:
    with pytest.raises(OverridesError) as caught:
        Overrides.read(tmp_path)
    assert str(caught.value).startswith(f"{tmp_path}: ")
