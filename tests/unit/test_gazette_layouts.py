"""Document splitting and metadata for layouts of GB/T 9704 and gazette printing, on small inline texts.

One test (or table) per layout: an order numbered ``(第 N 号)``, a numbered 公告, running heads, a 文号 inside the
title, split and one-line signature dates, the 红头 masthead, 任免 lists, the table of contents' own shorthand,
the cover's issue, and the input a reader must refuse with a clear message.
"""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import pytest

from validity.cli import main
from validity.doc_numbers import DocNumber
from validity.documents import Gazette
from validity.errors import UnreadableFileError
from validity.kinds import Kind
from validity.layout import is_running_head, signed_on_one_line, split_date_lines
from validity.reader import gazette_files, read_gazette, read_gazette_text
from validity.source import SourceText, decode
from validity.toc import same_number


def read_text(text: str) -> Gazette:
    """Read an inline gazette as if it were a file."""
    return read_gazette_text(SourceText.from_text(text, name="layout.txt"))


def summary(gazette: Gazette) -> list[tuple[int, str | None, str, tuple[str, ...], dt.date | None]]:
    """Start line, 文号, title, issuers and 成文日期 of every document."""
    return [
        (d.span.line, str(d.doc_number) if d.doc_number else None, d.title, d.issuers, d.signed_date)
        for d in gazette.documents
    ]


NOTICE = """\
某某市人民政府办公室关于印发某某市停车管理办法的通知
某政办发〔2025〕2号
各县(区)人民政府：
现将《某某市停车管理办法》印发给你们，请认真贯彻执行。
某某市人民政府办公室
2025年1月20日
(此件公开发布)
某某市停车管理办法
第一条　为了加强停车管理，制定本办法。
"""


class TestNumberedBySerial:
    """Orders and 公告 numbered ``第N号`` on a line of their own."""

    def test_an_order_numbered_in_parentheses_is_a_document(self) -> None:
        """``某某市人民政府令`` / ``(第 12 号)``, signed by ``市　长`` / ``李　明`` on two lines."""
        text = """\
某某市人民政府令
(第 12 号)
《某某市住宅专项维修资金管理办法》已经2024年12月30日市人民政府常务会议通过，现予公布，自2025年3月1日起施行。
市　长
李　明
二〇二五年一月十日
某某市住宅专项维修资金管理办法
第一条　为了加强住宅专项维修资金管理，制定本办法。
"""
        (order,) = read_text(text).documents
        expected = [
            (
                1,
                "某某市人民政府令第12号",
                "某某市住宅专项维修资金管理办法",
                ("某某市人民政府",),
                dt.date(2025, 1, 10),
            )
        ]
        assert expected == summary(read_text(text))
        assert (Kind.RULES, 7) == (order.kind, order.instruments[0].line)

    def test_an_order_numbered_within_its_year_is_a_document(self) -> None:
        """``河北省人民政府令`` / ``〔2022〕第 3 号``: the Hebei form keeps its year and its 第."""
        text = """河北省人民政府令

〔2022〕第 3 号

《河北省城市地下管线管理办法》已经 2022 年 5

月 10 日省政府第 15 次常务会议通过，现予公布，自

2022 年 7 月 1 日起施行。

省　长　　王正谱

2022 年 5 月 20 日

河北省城市地下管线管理办法

第一条　为了加强城市地下管线管理，制定本办法。
"""
        (order,) = read_text(text).documents
        assert str(order.doc_number) == "河北省人民政府令〔2022〕第3号"
        assert (order.title, order.kind, order.signed_date) == (
            "河北省城市地下管线管理办法",
            Kind.RULES,
            dt.date(2022, 5, 20),
        )

    def test_a_numbered_announcement_starts_a_document_of_its_own(self) -> None:
        """``某某市人民政府`` / ``公　告`` / ``第 1 号`` after a notice: not merged into it, and titled by its 文种."""
        text = (
            NOTICE
            + """\
某某市人民政府
公　告
第 1 号
为加强古城保护，市人民政府决定对古城墙区域实施交通管制。
某某市人民政府
2025年1月25日
"""
        )
        assert [
            (
                1,
                "某政办发〔2025〕2号",
                "某某市人民政府办公室关于印发某某市停车管理办法的通知",
                ("某某市人民政府办公室",),
                dt.date(2025, 1, 20),
            ),
            (10, None, "某某市人民政府公告", ("某某市人民政府",), dt.date(2025, 1, 25)),
        ] == summary(read_text(text))
        assert 9 == read_text(text).documents[0].span.end_line

    def test_a_serial_under_an_ordinary_line_is_no_document(self) -> None:
        """``第 3 号`` under body text (no ``…令``, ``公告`` or ``通告`` above) does not start a document."""
        text = NOTICE.replace(
            "第一条　为了加强停车管理，制定本办法。", "停车场分为三类\n第 3 号\n由市公安局管理。"
        )
        assert [1] == [d.span.line for d in read_text(text).documents]


class TestRunningHeads:
    """A running head is furniture wherever it falls, a title included."""

    @pytest.mark.parametrize(
        ("line", "cover", "expected"),
        [
            ("大同市人民政府公报2024年第2期", None, True),
            ("大同市人民政府公报2024年第2期(总第150期)", None, True),
            ("2024年第2期大同市人民政府公报", None, True),
            ("大同市人民政府公报总第150期—2—", None, True),
            ("大同市人民政府公报12", "大同市人民政府公报", True),  # the cover's own name with a page number
            ("大同市人民政府公报12", None, False),  # another gazette's name needs the issue
            ("大同市人民政府公报", "大同市人民政府公报", False),  # a cover repeats its title
            ("《大同市人民政府公报》简介", "大同市人民政府公报", False),
            ("2024年第2期", None, False),
            ("大同市人民政府公报2024年第2期刊登的文件", None, False),
        ],
    )
    def test_what_a_running_head_is(self, line: str, cover: str | None, expected: bool) -> None:
        """The gazette's name with only issue, page and section marks beside it."""
        assert expected == is_running_head(line, cover)

    def test_a_running_head_between_title_lines_is_left_out_of_the_title(self) -> None:
        """``大同市人民政府公报　2024 年第 2 期`` and ``—2—`` between two lines of a title."""
        text = """\
大同市人民政府公报
2024 年第 2 期
大同市人民政府办公室
关于印发大同市老旧小区改造资金
大同市人民政府公报　2024 年第 2 期
—2—
管理办法的通知
同政办发〔2024〕6号
各县(区)人民政府：
现将《大同市老旧小区改造资金管理办法》印发给你们。
大同市人民政府办公室
2024年3月20日
"""
        (notice,) = read_text(text).documents
        assert "大同市人民政府办公室关于印发大同市老旧小区改造资金管理办法的通知" == notice.title


def test_a_doc_number_between_two_title_lines_keeps_the_whole_title() -> None:
    """``…关于明确`` / 文号 / ``县城市管理局职责的函``: the title ends at its 文种, under the 文号."""
    text = """\
平遥县人民政府办公室关于明确
平政办函〔2023〕3号
县城市管理局职责的函
县城市管理局：
你局《关于明确部分职责的请示》收悉。现函复如下：古城内停车秩序管理由你局负责。
平遥县人民政府办公室
2023年9月5日
"""
    (letter,) = read_text(text).documents
    assert ("平遥县人民政府办公室关于明确县城市管理局职责的函", 1, Kind.OTHER) == (
        letter.title,
        letter.span.line,
        letter.kind,
    )


class TestSignatureDates:
    """The 成文日期 under a signature, however the PDF broke or joined its lines."""

    @pytest.mark.parametrize(
        ("first", "second"),
        [("2019", "年2月15日"), ("2019年", "2月15日"), ("2019年2月", "15日"), ("2019年2", "月15日")],
    )
    def test_a_date_split_anywhere_over_two_lines(self, first: str, second: str) -> None:
        """Every split of ``2019年2月15日`` over two lines reads as the date."""
        assert dt.date(2019, 2, 15) == split_date_lines(first, second)

    @pytest.mark.parametrize(
        ("first", "second"),
        [
            ("2019年2月15日", "(此件公开发布)"),
            ("第三十条", "2019年2月15日"),
            ("本办法自2019", "年3月1日起施行。"),
        ],
    )
    def test_lines_that_are_not_a_split_date(self, first: str, second: str) -> None:
        """A whole date on one line, or text around the pieces, is no split date."""
        assert split_date_lines(first, second) is None

    def test_a_split_date_signs_the_document(self) -> None:
        """``2019`` / ``年 2 月 15 日`` under the organ."""
        text = NOTICE.replace("2025年1月20日", "2025\n年 1 月 20 日")
        assert dt.date(2025, 1, 20) == read_text(text).documents[0].signed_date

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("大同市人民政府办公室　2025 年 1 月 20 日", (["大同市人民政府办公室"], "2025年1月20日")),
            (
                "大同市财政局　大同市农业农村局　2024 年 4 月 2 日",
                (["大同市财政局", "大同市农业农村局"], "2024年4月2日"),
            ),
            ("大同市人民政府二〇二五年一月十日", (["大同市人民政府"], "二〇二五年一月十日")),
            ("现予公布，2024年1月1日", None),
            ("2024年1月1日", None),
        ],
    )
    def test_signature_and_date_on_one_line(self, line: str, expected: tuple[list[str], str] | None) -> None:
        """The organs before the date, or None when the text before it is not organ names."""
        assert expected == signed_on_one_line(line)

    def test_a_one_line_signature_signs_the_document(self) -> None:
        """The notice is signed by its own office, on its own date."""
        text = NOTICE.replace(
            "某某市人民政府办公室\n2025年1月20日", "某某市人民政府办公室　2025 年 1 月 20 日"
        )
        (notice,) = read_text(text).documents
        assert (("某某市人民政府办公室",), dt.date(2025, 1, 20), 5) == (
            notice.issuers,
            notice.signed_date,
            notice.signature_line,
        )


class TestMasthead:
    """The 版头 of GB/T 9704: 发文机关标志 ``…文件``, 发文字号 under it, the title below the red line."""

    def test_the_title_under_the_doc_number(self) -> None:
        """``平遥县人民政府文件`` is the masthead, not the title; the document starts on it."""
        text = """\
平遥县人民政府文件
平政函〔2019〕4号
平遥县人民政府
关于同意洪善镇调整村级建制的批复
洪善镇人民政府：
你镇《关于调整村级建制的请示》收悉。经研究，同意将北营村、南营村合并为营里村。
平遥县人民政府
2019年2月28日
"""
        (reply,) = read_text(text).documents
        assert [
            (
                1,
                "平政函〔2019〕4号",
                "平遥县人民政府关于同意洪善镇调整村级建制的批复",
                ("平遥县人民政府",),
                dt.date(2019, 2, 28),
            )
        ] == summary(read_text(text))
        assert Kind.APPROVAL == reply.kind

    def test_a_title_without_its_organ_takes_it_from_the_masthead(self) -> None:
        """``关于…的批复`` under the 文号: the 发文机关 is the one the masthead names."""
        text = """\
平遥县人民政府文件
平政函〔2019〕4号
关于同意洪善镇调整村级建制的批复
洪善镇人民政府：
同意将北营村、南营村合并为营里村。
"""
        (reply,) = read_text(text).documents
        assert ("平遥县人民政府关于同意洪善镇调整村级建制的批复", ("平遥县人民政府",)) == (
            reply.title,
            reply.issuers,
        )


def test_an_appointment_list_is_issued_by_the_organ_its_title_names() -> None:
    """A 任免 list has no signature; an item (``张伟为…局长；``) is not a by-line."""
    text = """\
目录
平遥县人民政府任免人员名单…………(24)
平遥县人民政府任免人员名单
(2019 年 3 月 12 日)
任命：
张伟为平遥县教育科技局局长；
免去：
李强的平遥县文化和旅游局副局长职务。
"""
    (appointments,) = read_text(text).documents
    assert (("平遥县人民政府",), Kind.APPOINTMENT) == (appointments.issuers, appointments.kind)


class TestTableOfContents:
    """What the 目录 prints is compared with the body for what it means, not for its shorthand."""

    @pytest.mark.parametrize(
        ("listed", "printed", "expected"),
        [
            ("省政府令第305号", "山西省人民政府令第305号", True),
            ("市政府令第12号", "大同市人民政府令第12号", True),
            ("省政府令第305号", "山西省人民政府令第306号", False),
            ("省政府令第305号", "河北省人民政府令第305号", True),  # the shorthand cannot tell provinces apart
            ("晋政办发〔2024〕12号", "晋政办发〔2024〕13号", False),
            ("晋政发〔2024〕3号", "政发〔2024〕3号", False),
        ],
    )
    def test_an_abbreviated_order_number_is_the_same_number(
        self, listed: str, printed: str, expected: bool
    ) -> None:
        """An order's agency shortened in order (山西省人民政府令 → 省政府令) names the same order."""
        assert expected == same_number(DocNumber.parse(listed), DocNumber.parse(printed))

    def test_no_note_for_a_speaker_or_a_serial_in_the_table_of_contents(self) -> None:
        """``政府工作报告……王建国(1)`` and ``…公告(第1号)`` match the body's report and 公告."""
        text = """\
目录
政府工作报告……………………王建国(1)
某某市人民政府公告(第1号)…………(9)
政府工作报告
——2019年1月10日在某某市人民代表大会上
某某市人民政府市长　王建国
各位代表：
现在，我代表市人民政府，向大会报告工作。
某某市人民政府
公　告
第 1 号
为加强古城保护，市人民政府决定对古城墙区域实施交通管制。
某某市人民政府
2025年1月25日
"""
        gazette = read_text(text)
        assert [(4, "政府工作报告"), (9, "某某市人民政府公告")] == [
            (d.span.line, d.title) for d in gazette.documents
        ]
        assert () == gazette.remarks


@pytest.mark.parametrize(
    ("cover", "issue"),
    [
        ("2024 年第 4 期\n(总第 1021 期)", "2024年第4期(总第1021期)"),
        ("2024 年第 4 期 (总第 1021 期)", "2024年第4期(总第1021期)"),
        ("2024 年第 4 期\n总第 1021 期", "2024年第4期总第1021期"),
        ("2024 年第 4 期\n山西省人民政府办公厅主管主办", "2024年第4期"),
    ],
)
def test_the_issue_keeps_a_whole_number_printed_on_the_next_line(cover: str, issue: str) -> None:
    """The 总第N期 under the cover's 年第N期 is part of the issue."""
    gazette = read_text(f"山西省人民政府公报\n{cover}\n" + NOTICE)
    assert ("山西省人民政府公报", issue) == (gazette.info.title, gazette.info.issue)


class TestUnreadableInput:
    """Input that holds no gazette is refused with one line naming the file or folder."""

    @pytest.mark.parametrize(
        "data",
        [
            codecs.BOM_UTF8,
            codecs.BOM_UTF8 + b" \r\n",
            codecs.BOM_UTF16_LE,
            codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"),
        ],
    )
    def test_a_byte_order_mark_alone_is_an_empty_file(self, data: bytes) -> None:
        """A BOM is no text: the file is empty, as a blank file is."""
        with pytest.raises(UnreadableFileError, match=r"^x\.txt: the file is empty$"):
            decode(data, "x.txt")

    def test_one_bad_byte_is_named_by_line_and_offset(self) -> None:
        """A UTF-8 file cut inside its last character: the line and byte offset of that byte."""
        data = "山西省人民政府公报\n2024年第4期\n目录\n".encode() + "山".encode()[:2]
        with pytest.raises(UnreadableFileError) as caught:
            decode(data, "cut.txt")
        assert "cut.txt: not UTF-8 or GB18030 text: line 4 (byte offset 50, 0xe5) is not valid UTF-8" == str(
            caught.value
        )

    def test_the_offset_counts_a_byte_order_mark(self) -> None:
        """The offset is in the file, BOM included."""
        with pytest.raises(UnreadableFileError, match=r"line 2 \(byte offset 7, 0xff\)"):
            decode(codecs.BOM_UTF8 + b"abc\n\xff", "x.txt")

    def test_an_empty_folder_is_an_error_naming_it(self, tmp_path: Path) -> None:
        """A folder with no .txt file (empty, or only other files) is read as an error, not as no gazettes."""
        (tmp_path / "only.md").write_text("# notes", encoding="utf-8")
        assert [tmp_path] == gazette_files([tmp_path])
        with pytest.raises(UnreadableFileError, match=r"a folder with no \.txt gazette file in it$"):
            read_gazette(tmp_path)

    def test_a_dangling_link_in_a_folder_is_no_such_file(self, tmp_path: Path) -> None:
        """``x.txt`` pointing nowhere is listed, and reading it says "no such file"."""
        link = tmp_path / "x.txt"
        link.symlink_to(tmp_path / "missing.txt")
        assert [link] == gazette_files([tmp_path])
        with pytest.raises(UnreadableFileError, match=r"x\.txt: no such file$"):
            read_gazette(link)

    @pytest.mark.parametrize("command", [["documents"], ["in-force", "--on", "2024-01-01"], ["check"]])
    def test_the_command_line_exits_2_naming_the_folder(
        self, tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Every corpus command reports the empty folder on stderr and exits 2."""
        assert 2 == main([*command, str(tmp_path)])
        assert f"validity: {tmp_path}: a folder with no .txt gazette file in it\n" == capsys.readouterr().err


def test_a_ministry_bulletin_numbers_its_announcements_in_their_own_form() -> None:
    """``国家税务总局公告2024年第3号`` under the title, signed by two ministries on one line."""
    text = """\
财政部 税务总局关于增值税小规模纳税人减免

增值税政策的公告

财政部 税务总局公告2023年第1号

现将增值税小规模纳税人减免增值税等政策公告如下：

一、本公告执行至2023年12月31日。

特此公告。

财政部 税务总局

2023 年 1 月 9 日

国家税务总局关于发票电子化有关事项的公告

国家税务总局公告2022年第5号

本公告自2022年4月1日起施行。

特此公告。

国家税务总局

2022 年 3 月 14 日
"""
    first, second = read_text(text).documents
    assert (str(first.doc_number), first.signed_date, first.issuers) == (
        "财政部税务总局公告2023年第1号",
        dt.date(2023, 1, 9),
        ("财政部", "税务总局"),
    )
    assert (str(second.doc_number), second.title) == (
        "国家税务总局公告2022年第5号",
        "国家税务总局关于发票电子化有关事项的公告",
    )


def test_a_title_under_a_masthead_goes_on_past_a_seeming_end_to_its_real_one() -> None:
    """``…实施细则`` / ``（试行）的通知``: 细则 looks like the end, but the title's 文种 is 通知."""
    text = """\
目　录

县政府办公室文件

榆社县人民政府办公室关于印发榆社县城乡居民医疗救助实施细则（试行）的通知……（1）

榆社县人民政府办公室文件

榆政办发〔2021〕21 号

榆社县人民政府办公室

关于印发榆社县城乡居民医疗救助实施细则

（试行）的通知

各乡镇人民政府，县直各有关单位：

现将《榆社县城乡居民医疗救助实施细则（试行）》印发给你们，请认真贯彻执行。

榆社县人民政府办公室

2021 年 9 月 3 日
"""
    gazette = read_text(text)
    (notice,) = gazette.documents
    assert notice.title == "榆社县人民政府办公室关于印发榆社县城乡居民医疗救助实施细则(试行)的通知"
    assert [item.title for item in notice.instruments] == ["榆社县城乡居民医疗救助实施细则(试行)"]
    assert not any("table of contents" in remark.message for remark in gazette.remarks)
