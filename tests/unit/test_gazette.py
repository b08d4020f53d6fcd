"""Splitting gazettes into documents: layouts beyond the bundled five, and damaged input."""

import datetime as dt

from tests.conftest import CORPUS
from validity.kinds import Kind
from validity.reader import read_gazette, read_gazette_text
from validity.source import SourceText

ORDER_GAZETTE = """\
某某市人民政府公报

2025年第1期

某某市人民政府令

第 12 号

《某某市城市绿化管理办法》已经2024年5月10日市人民政府第12次常务会议通过，现予公布，自2024年7月1日起施行。

市长　张三

二〇二四年五月二十日

某某市城市绿化管理办法

第一条　为了加强城市绿化管理，制定本办法。

第三十条　本办法自2024年7月1日起施行。
"""

PARENTHESISED_NUMBER = """\
某某省人民政府关于印发某某省数据条例实施办法的通知

（某政发〔2024〕10号）

各市人民政府，省直各部门：

现将《某某省数据条例实施办法》印发给你们，请认真贯彻执行。

某某省人民政府

2024年3月1日

某某省数据条例实施办法

第一条　为了……，制定本办法。
"""


def read_text(text: str, name: str = "synthetic.txt"):
    return read_gazette_text(SourceText.from_text(text, name=name))


def test_an_order_promulgating_rules_is_one_document_titled_by_its_rules():
    (document,) = read_text(ORDER_GAZETTE).documents
    assert str(document.doc_number) == "某某市人民政府令第12号"
    assert document.title == "某某市城市绿化管理办法"
    assert document.issuers == ("某某市人民政府",)
    assert dt.date(2024, 5, 20) == document.signed_date  # Chinese numerals under the signature
    assert document.kind == Kind.RULES
    assert document.span.line == 5


def test_a_doc_number_in_parentheses_under_the_title_starts_a_document():
    (document,) = read_text(PARENTHESISED_NUMBER).documents
    assert str(document.doc_number) == "某政发〔2024〕10号"
    assert document.title == "某某省人民政府关于印发某某省数据条例实施办法的通知"
    assert [item.title for item in document.instruments] == ["某某省数据条例实施办法"]
    assert dt.date(2024, 3, 1) == document.signed_date
    assert document.kind == Kind.NORMATIVE


def test_a_gb18030_gazette_reads_like_its_utf8_original(tmp_path):
    original = (CORPUS / "000_f05daf0270322d27.txt").read_text(encoding="utf-8")
    head = "\n".join(original.splitlines()[:1330])
    utf8, gb = tmp_path / "utf8.txt", tmp_path / "gb.txt"
    utf8.write_text(head, encoding="utf-8")
    gb.write_bytes(head.encode("gb18030"))
    as_utf8, as_gb = read_gazette(utf8), read_gazette(gb)
    assert [(str(d.doc_number), d.title, d.signed_date, d.span.line) for d in as_utf8.documents] == [
        (str(d.doc_number), d.title, d.signed_date, d.span.line) for d in as_gb.documents
    ]
    assert str(as_gb.documents[0].doc_number) == "临政发〔2024〕8号"


def test_a_missing_signature_date_is_null_with_a_remark_at_the_document():
    lines = (CORPUS / "002_519c734dc1671ee9.txt").read_text(encoding="utf-8").splitlines()
    notice = lines[2907:2950]  # 临政发〔2022〕7号, lines 2908-2950
    without_date = [line for line in notice if "2022 年 5 月 17 日" not in line]
    (document,) = read_text("\n".join(without_date)).documents
    assert str(document.doc_number) == "临政发〔2022〕7号"
    assert document.signed_date is None
    assert [r.message for r in document.remarks] == ["no signature date (成文日期) found under the text"]


def test_an_impossible_signature_date_is_null_with_its_line():
    text = PARENTHESISED_NUMBER.replace("2024年3月1日", "2024年2月30日")
    (document,) = read_text(text).documents
    assert document.signed_date is None
    (remark,) = document.remarks
    assert "2024年2月30日 is not a date in the calendar" in remark.message
    assert remark.line == 11


def test_text_without_documents_gives_an_empty_gazette():
    gazette = read_text("这是一段没有任何公文的文字。\n第二行。\n")
    assert gazette.documents == ()
    assert gazette.info.title is None


TITLE_CARRIES_NUMBER = """\
某某省人民政府关于印发某某省数据条例实施办法的通知（某政发〔2024〕10号）

各市人民政府，省直各部门：

现将《某某省数据条例实施办法》印发给你们，请认真贯彻执行。

某某省人民政府

2024年3月1日

附：参考文件

1. 某某市财政局关于转发《某某办法》的通知（某财综〔2021〕54号）

2. 某某市财政局关于进一步规范政府购买服务的通知（某财综〔2023〕22号）
"""


def test_a_heading_carrying_its_number_starts_a_document_but_a_reference_list_does_not():
    (document,) = read_text(TITLE_CARRIES_NUMBER).documents
    assert "某政发〔2024〕10号" == str(document.doc_number)
    assert "某某省人民政府关于印发某某省数据条例实施办法的通知" == document.title
    assert dt.date(2024, 3, 1) == document.signed_date
