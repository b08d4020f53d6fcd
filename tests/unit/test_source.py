"""Decoding files and flattening PDF-extracted text with a way back to the original line."""

import pytest

from tests.conftest import CORPUS, DATA
from validity.errors import UnreadableFileError
from validity.source import SourceText, flat_line, flatten


class TestDecoding:
    def test_utf8_with_bom_reads_like_without(self, tmp_path):
        text = "临汾市人民政府公报\n2024 年第 8 期\n"
        plain, bom = tmp_path / "plain.txt", tmp_path / "bom.txt"
        plain.write_bytes(text.encode("utf-8"))
        bom.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
        assert SourceText.read(plain).text == SourceText.read(bom).text == text

    def test_gb18030_file_is_decoded(self, tmp_path):
        path = tmp_path / "gb.txt"
        path.write_bytes("本办法自２０２４年６月１日起施行。\n".encode("gb18030"))
        source = SourceText.read(path)
        assert source.encoding == "gb18030"
        assert source.line_text(1) == "本办法自２０２４年６月１日起施行。"

    @pytest.mark.parametrize(
        ("name", "reason"),
        [
            ("empty.txt", "the file is empty"),
            ("blank.txt", "the file is empty"),
            ("binary.bin", "binary data"),
        ],
    )
    def test_bad_file_is_one_clear_error_naming_it(self, name, reason):
        with pytest.raises(UnreadableFileError) as caught:
            SourceText.read(DATA / "bad" / name)
        assert str(caught.value).startswith(str(DATA / "bad" / name) + ": ")
        assert reason in str(caught.value)

    def test_bytes_no_encoding_reads_are_refused(self, tmp_path):
        path = tmp_path / "latin.txt"
        path.write_bytes(b"abc\xff\xfd\xfe\x81")
        with pytest.raises(UnreadableFileError, match=r"latin\.txt: "):
            SourceText.read(path)

    def test_missing_file_and_folder_are_errors_not_tracebacks(self, tmp_path):
        with pytest.raises(UnreadableFileError, match="no such file"):
            SourceText.read(tmp_path / "nope.txt")
        with pytest.raises(UnreadableFileError, match="is a directory"):
            SourceText.read(tmp_path)


class TestFlattening:
    def test_date_split_over_blank_lines_becomes_one_date(self):
        source = SourceText.from_text("有效期至 2027\n\n年 12 月 31 日。")
        assert flatten(source).text == "有效期至2027年12月31日。"

    def test_full_width_digits_and_brackets_fold_to_ascii(self):
        assert flat_line("（临政发〔２０２４〕８ 号）２０２４年６月１日") == "(临政发〔2024〕8号)2024年6月1日"

    def test_space_between_ascii_words_survives(self):
        assert flat_line("控规 DC17-01-01 地块 A  B") == "控规DC17-01-01地块A B"

    def test_a_wrap_inside_a_number_joins_its_digits(self):
        source = SourceText.from_text("有效期至2025年12月3\n\n1日,第 2024\n\n 10 号")
        assert flatten(source).text == "有效期至2025年12月31日,第202410号"

    def test_a_space_between_digits_on_one_line_stays(self):
        assert flat_line("2024 10") == "2024 10"

    def test_crlf_text_keeps_its_offsets(self):
        from validity.clause_finder import parse_clauses

        text = "本办法自2025年1月1日起施行。\r\n《临汾市A办法》（临政发〔2015〕7号）同时废止。\r\n"
        repeal = parse_clauses(text).clauses[1]
        assert repeal.span.line == 2
        assert text[repeal.span.start : repeal.span.end] == "《临汾市A办法》（临政发〔2015〕7号）同时废止"
        assert SourceText.from_text(text).line_text(2) == "《临汾市A办法》（临政发〔2015〕7号）同时废止。"

    def test_markdown_markup_is_dropped(self):
        assert flat_line("**第十六条** 本细则自公布之日起施行") == "第十六条本细则自公布之日起施行"
        assert flat_line("# 长治市人民政府") == "长治市人民政府"

    def test_each_flat_character_maps_back_to_its_original_line(self):
        source = SourceText.from_text("第一行\n\n自 2024\n\n年 8 月 23 日起施行")
        flat = flatten(source)
        at = flat.text.index("月")
        span = flat.span(at, at + 1)
        assert (span.line, span.column) == (5, 5)
        assert flat.original(flat.text.index("2024"), at + 1) == "2024\n\n年 8 月"

    def test_skipped_lines_leave_no_trace(self):
        source = SourceText.from_text("本办法自\n—61—\n印发之日起施行")
        assert flatten(source, skip_lines={2}).text == "本办法自印发之日起施行"

    def test_corpus_lines_map_back_exactly(self):
        source = SourceText.read(CORPUS / "000_f05daf0270322d27.txt")
        flat = flatten(source)
        at = flat.text.index("有效期至2027年12月31日")
        assert flat.span(at, at + 1).line == 1647
        assert flat.span(at + len("有效期至2027年12月31"), at + len("有效期至2027年12月31日")).line == 1649
