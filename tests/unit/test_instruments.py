"""A notice that 印发s two instruments with their own effective dates and terms: each clause counts from the
instrument it stands in, and a window of alternatives is certain on its last day."""

from __future__ import annotations

import datetime as dt

from validity.corpus import Corpus
from validity.periods import TermConvention
from validity.reader import read_gazette_text
from validity.source import SourceText
from validity.status import Status

D = dt.date

OLD = """\
平遥县人民政府办公室关于印发平遥县共享单车管理暂行规定的通知
平政办发〔2020〕6号
各乡（镇）人民政府：
现将《平遥县共享单车管理暂行规定》印发给你们，请认真贯彻执行。
平遥县人民政府办公室
2020年3月2日
平遥县共享单车管理暂行规定
第一条 为了规范共享单车管理，制定本规定。
第十条 本规定自印发之日起施行。
"""

TWO_INSTRUMENTS = """\
平遥县人民政府办公室关于印发平遥县城市停车场管理办法、平遥县共享单车管理规定的通知
平政办发〔2023〕15号
各乡（镇）人民政府，县直各有关单位：
经县人民政府同意，现将《平遥县城市停车场管理办法》《平遥县共享单车管理规定》印发给你们，请认真贯彻执行。
平遥县人民政府办公室
二〇二三年八月十日
平遥县城市停车场管理办法
第一条 为了加强城市停车场管理，制定本办法。
第二十八条 本办法自印发之日起施行，有效期3年。
平遥县共享单车管理规定
第一条 为了规范共享单车管理，制定本规定。
第十五条 本规定自2023年9月1日起施行，有效期2年。《平遥县共享单车管理暂行规定》（平政办发〔2020〕6号）同时废止。
"""


def corpus() -> Corpus:
    text = OLD + "\n" + TWO_INSTRUMENTS
    gazette = read_gazette_text(SourceText.from_text(text, name="instruments.txt"))
    assert [str(doc.doc_number) for doc in gazette.documents] == [
        "平政办发〔2020〕6号",
        "平政办发〔2023〕15号",
    ]
    return Corpus.from_gazettes([gazette], convention=TermConvention.FIRST_DAY_COUNTS)


def test_each_instrument_keeps_its_own_effective_date() -> None:
    c = corpus()
    notice = c.find("平政办发〔2023〕15号")
    own = c.own[notice]
    parking, bikes = (item.title for item in notice.instruments)
    assert own.effective_of(parking).start == D(2023, 8, 10)  # type: ignore[union-attr]
    assert own.effective_of(bikes).start == D(2023, 9, 1)  # type: ignore[union-attr]


def test_a_term_counts_from_its_own_instruments_effective_date() -> None:
    c = corpus()
    last = c.last_day(c.find("平政办发〔2023〕15号"))
    # 规定: 2023-09-01 + 2 years → 2025-08-31; 办法: 2023-08-10 + 3 years → 2026-08-09
    assert (last.start, last.end - dt.timedelta(days=1)) == (D(2025, 8, 31), D(2026, 8, 9))  # type: ignore[union-attr]


def test_a_repeal_inside_an_instrument_takes_effect_with_that_instrument() -> None:
    c = corpus()
    old = c.find("平政办发〔2020〕6号")
    assert c.status(old, on=D(2023, 8, 31)).status is Status.IN_FORCE
    repealed = c.status(old, on=D(2023, 9, 1))
    assert (repealed.status, repealed.since) == (Status.REPEALED, D(2023, 9, 1))


def test_a_window_of_alternatives_is_certain_on_its_last_day() -> None:
    c = corpus()
    notice = c.find("平政办发〔2023〕15号")
    assert c.status(notice, on=D(2023, 8, 31)).status is Status.UNKNOWN  # the 规定 is not yet in force
    assert c.status(notice, on=D(2023, 9, 1)).status is Status.IN_FORCE  # both are
    assert c.status(notice, on=D(2026, 8, 9)).status is Status.UNKNOWN  # the 规定 has run out, the 办法 not
    assert c.status(notice, on=D(2026, 8, 10)).status is Status.EXPIRED  # both have run out


def test_the_timeline_names_the_last_day_in_force_of_a_term() -> None:
    c = corpus()
    old_free = c.find("平政办发〔2023〕15号")
    expiry = next(event for event in c.timeline(old_free) if event.kind == "expiry")
    assert "last day in force 2025-08-31…2026-08-09" in expiry.description
