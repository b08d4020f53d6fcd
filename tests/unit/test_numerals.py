"""Arabic, full-width and Chinese numerals."""

import pytest

from validity.numerals import parse_int, to_chinese

CASES = [
    ("2024", 2024),
    ("２０２４", 2024),
    ("二〇二四", 2024),
    ("二○二四", 2024),  # U+25CB, common in the wild
    ("一九九四", 1994),
    ("十", 10),
    ("十二", 12),
    ("二十", 20),
    ("三十一", 31),
    ("三十", 30),
    ("两", 2),
    ("五", 5),
    ("一百", 100),
    ("一百零五", 105),
    ("一百二十", 120),
    ("一千零五十", 1050),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_numeral_is_read(text, value):
    assert value == parse_int(text)


@pytest.mark.parametrize("text", ["", "十十", "二三十", "零零五十", "百千", "五两", "1二", "a"])
def test_malformed_numeral_is_an_error_not_a_number(text):
    with pytest.raises(ValueError, match=r"numeral|order|零|digits|两"):
        parse_int(text)


@pytest.mark.parametrize(
    "number", [0, 1, 9, 10, 11, 19, 20, 30, 31, 99, 100, 101, 110, 999, 1000, 1001, 9999]
)
def test_place_value_rendering_reads_back(number):
    assert number == parse_int(to_chinese(number))


def test_digitwise_rendering_reads_back():
    assert to_chinese(2024, digitwise=True) == "二〇二四"
    assert parse_int(to_chinese(2024, digitwise=True)) == 2024
