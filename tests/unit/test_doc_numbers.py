"""文号: reading every printed form, the normal form, and finding them in running text."""

import pytest

from validity.doc_numbers import DocNumber
from validity.errors import DocNumberError

CASES = [
    ("临政规发〔2024〕4号", "临政规发〔2024〕4号"),
    ("临政规发〔2024〕4 号", "临政规发〔2024〕4号"),
    ("运政函[2024]2 号", "运政函〔2024〕2号"),
    ("长政发［2024］5号", "长政发〔2024〕5号"),
    ("( 晋政发 〔 2024〕 10\n\n号)", "晋政发〔2024〕10号"),
    ("（晋自然资发〔２０２３〕３１号）", "晋自然资发〔2023〕31号"),
    ("长治市人民政府令第5号", "长治市人民政府令第5号"),
    ("河北省人民政府令〔2022〕第 3 号", "河北省人民政府令〔2022〕第3号"),
    ("国家税务总局公告2024年第3号", "国家税务总局公告2024年第3号"),
    ("（财政部 税务总局公告2023年第12号）", "财政部税务总局公告2023年第12号"),
]


@pytest.mark.parametrize(("printed", "normal"), CASES)
def test_doc_number_is_normalised(printed, normal):
    assert normal == str(DocNumber.parse(printed))


@pytest.mark.parametrize("printed", [normal for _, normal in CASES])
def test_normal_form_round_trips(printed):
    assert DocNumber.parse(printed) == DocNumber.parse(str(DocNumber.parse(printed)))


@pytest.mark.parametrize(
    "text", ["", "临政发2024年8号", "〔2024〕8号", "临政发〔24〕8号", "临政发〔2024〕号"]
)
def test_malformed_doc_number_is_an_error(text):
    with pytest.raises(DocNumberError, match="not a 文号"):
        DocNumber.parse(text)


def test_doc_numbers_are_found_in_running_text_with_the_agency_trimmed():
    flat = "原临汾市人民政府办公厅印发的《办法》(临政办发〔2017〕66号)同时废止,根据晋政发〔2024〕10号文件"
    found = [str(number) for number, _, _ in DocNumber.find_all(flat)]
    assert found == ["临政办发〔2017〕66号", "晋政发〔2024〕10号"]


def test_normative_numbering_is_recognised():
    assert DocNumber.parse("长科规〔2024〕1号").is_normative
    assert not DocNumber.parse("长政发〔2024〕5号").is_normative
    assert DocNumber.parse("长治市人民政府令第5号").is_order


def test_a_citation_may_write_the_year_out_or_add_wen() -> None:
    assert str(DocNumber.read("临政发2015年7号")) == "临政发〔2015〕7号"
    assert str(DocNumber.read("(临政发〔2015〕7号文)")) == "临政发〔2015〕7号"
    with pytest.raises(DocNumberError):
        DocNumber.parse("临政发2015年7号")  # a draft's own 文号 is held to the normal form
