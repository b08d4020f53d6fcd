"""A wrong command line is one line on stderr and exit status 2: no usage block, no traceback."""

import pytest

from validity.cli import main


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["status", "长科规〔2024〕1号", "--on", "2024-02-30"], "2024-02-30"),
        (["changes", "--from", "2024-13-01", "--to", "2024-12-31"], "2024-13-01"),
        (["frob"], "frob"),
        (["status"], "document"),
    ],
)
def test_a_bad_argument_is_one_line_naming_it(capsys, argv, words):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    err = capsys.readouterr().err
    assert exit_info.value.code == 2
    assert len(err.strip().splitlines()) == 1
    assert words in err
    assert "usage:" not in err


def test_in_force_says_how_many_documents_of_uncertain_status_it_leaves_out(capsys):
    import datetime as dt

    from validity.corpus import Corpus
    from validity.status import Status

    day = dt.date(2024, 6, 10)
    unsure = [a for a in Corpus.from_paths().statuses(on=day) if a.status is Status.UNKNOWN]
    assert main(["in-force", "--on", day.isoformat()]) == 0
    out = capsys.readouterr().out
    assert f"not listed: {len(unsure)} of uncertain status" in out
    assert all(a.document not in out.split("not listed")[0] for a in unsure)
