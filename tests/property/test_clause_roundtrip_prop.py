"""Clause → Chinese text in many surface forms → parse_clauses → the same clause; and a fuzz of the finder.

Dates lean toward the days the law argues about (29 February, month ends); every date is printed in Arabic,
full-width or Chinese numerals (〇 and ○ alike), with spaces and PDF line breaks between its parts.
"""

import calendar
import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from validity.clause_finder import parse_clauses
from validity.clause_parser import clause_grammar
from validity.clauses import (
    BaseEvent,
    Duration,
    EffectiveClause,
    ExpiryClause,
    FixedDate,
    Precision,
    RelativeDate,
    RepealClause,
    Target,
)
from validity.doc_numbers import DocNumber
from validity.numerals import to_chinese

FIRST, LAST = dt.date(1949, 1, 1), dt.date(2199, 12, 31)
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.fixture(autouse=True, scope="module")
def _grammars_built():
    """Build the parsers once, so that no example pays for it against the deadline."""
    for rule in ("effective", "expiry", "repeal", "cessation", "supersession", "amendment", "targets"):
        clause_grammar(rule)


# ── dates and numbers ─────────────────────────────────────────────────────


@st.composite
def month_ends(draw):
    year = draw(st.integers(FIRST.year, LAST.year))
    month = draw(st.integers(1, 12))
    return dt.date(year, month, calendar.monthrange(year, month)[1])


leap_days = st.integers(FIRST.year, LAST.year).filter(calendar.isleap).map(lambda year: dt.date(year, 2, 29))
days = st.one_of(leap_days, month_ends(), st.dates(min_value=FIRST, max_value=LAST))

# Between the parts of a date: nothing, spaces, or the blank line of a PDF page break ("2027\n\n年 12 月").
gaps = st.sampled_from(["", "", "", " ", "\n\n", " \n\n", "\n"])
styles = st.sampled_from(["arabic", "full-width", "chinese-〇", "chinese-○"])


def number(value, style, *, year=False):
    """One numeral in a style: 2024 / ２０２４ / 二〇二四 (a year, digit by digit) / 三十一."""
    if style == "arabic":
        return str(value)
    if style == "full-width":
        return str(value).translate(FULL_WIDTH)
    text = to_chinese(value, digitwise=year)
    return text.replace("〇", "○") if style == "chinese-○" else text


@st.composite
def wrapped(draw, numeral):
    """A numeral, now and then hard-wrapped inside by the PDF ("2025年12月3\\n\\n1日")."""
    if len(numeral) < 2 or not draw(st.booleans()):
        return numeral
    cut = draw(st.integers(1, len(numeral) - 1))
    return numeral[:cut] + draw(st.sampled_from(["\n", "\n\n", " \n\n"])) + numeral[cut:]


@st.composite
def written(draw, parts):
    """Join (numeral, unit) pairs in one numeral style with random gaps between every piece."""
    style = draw(styles)
    pieces = []
    for i, (value, unit) in enumerate(parts):
        pieces += [draw(wrapped(number(value, style, year=i == 0))), unit]
    return "".join(piece + draw(gaps) for piece in pieces[:-1]) + pieces[-1]


def date_text(day, *, unit="日"):
    return written([(day.year, "年"), (day.month, "月"), (day.day, unit)])


def count_text(value):
    """A count (30, 三十, ３０; 两 for 2 now and then)."""
    forms = [st.just(str(value)), st.just(str(value).translate(FULL_WIDTH)), st.just(to_chinese(value))]
    if value == 2:
        forms.append(st.just("两"))
    return st.one_of(forms)


subjects = st.sampled_from(["本办法", "本规定", "本细则", "本意见"])
effect_verbs = st.sampled_from(["施行", "实施", "执行"])


# ── 施行 ──────────────────────────────────────────────────────────────────

EVENTS = {
    "印发": BaseEvent.ISSUED,
    "下发": BaseEvent.DISTRIBUTED,
    "公布": BaseEvent.PUBLISHED,
    "发布": BaseEvent.RELEASED,
    "颁布": BaseEvent.PROMULGATED,
    "通过": BaseEvent.ADOPTED,
    "批准": BaseEvent.APPROVED,
    "签发": BaseEvent.SIGNED,
}


@st.composite
def effective_clauses(draw):
    """(text of an effective clause, the When it states)."""
    subject, verb = draw(subjects), draw(effect_verbs)
    shape = draw(st.sampled_from(["day", "month", "event", "immediately"]))
    qi = draw(st.sampled_from(["起", ""]))
    if shape == "day":
        day = draw(days)
        when = FixedDate(date=day)
        middle = (
            draw(st.sampled_from(["自", "于", "从"]))
            + draw(date_text(day, unit=draw(st.sampled_from(["日", "号"]))))
            + qi
        )
    elif shape == "month":
        day = draw(days)
        when = FixedDate(date=day.replace(day=1), precision=Precision.MONTH)
        middle = "自" + draw(written([(day.year, "年"), (day.month, "月")])) + qi
    elif shape == "immediately":
        when = RelativeDate(base=BaseEvent.IMMEDIATELY)
        middle = "自即日" + qi
    else:
        word = draw(st.sampled_from(sorted(EVENTS)))
        actor = draw(st.sampled_from(["", "", "市政府", "市人民政府"]))
        offset = draw(st.one_of(st.just(0), st.integers(1, 365)))
        when = RelativeDate(base=EVENTS[word], offset_days=offset)
        middle = draw(st.sampled_from(["自", "于"])) + actor + word + "之日"
        if offset:
            days_word = draw(count_text(offset)) + draw(st.sampled_from(["日", "天"]))
            after = draw(st.sampled_from(["后", "之后", "以后"]))
            middle += "起" + draw(st.sampled_from([days_word + after, "满" + days_word]))
        else:
            middle += qi
    return subject + middle + verb, when


@given(effective_clauses())
@example(("本办法自2024年2月29日起施行", FixedDate(date=dt.date(2024, 2, 29))))
@example(("本意见自2024 年 8\n\n月 23 日施行", FixedDate(date=dt.date(2024, 8, 23))))
@example(("本办法自2025年12月3\n\n1日起施行", FixedDate(date=dt.date(2025, 12, 31))))
@example(("本规定自二○○○年二月二十九日起实施", FixedDate(date=dt.date(2000, 2, 29))))
@example(("本办法自公布之日起三十日后施行", RelativeDate(base=BaseEvent.PUBLISHED, offset_days=30)))
def test_effective_clause_round_trips(case):
    text, when = case

    findings = parse_clauses(text + "。")

    assert [when] == [clause.when for clause in findings.clauses if isinstance(clause, EffectiveClause)]
    assert () == findings.problems


# ── 有效期 ────────────────────────────────────────────────────────────────


@st.composite
def durations(draw):
    shape = draw(st.sampled_from(["years", "months", "years-months", "years-half"]))
    if shape == "years":
        years = draw(st.integers(1, 10))
        return Duration(years=years), draw(count_text(years)) + "年"
    if shape == "months":
        months = draw(st.integers(1, 36))
        return Duration(months=months), draw(count_text(months)) + "个月"
    years = draw(st.integers(1, 5))
    if shape == "years-half":
        return Duration(years=years, months=6), draw(count_text(years)) + "年半"
    months = draw(st.integers(1, 11))
    return Duration(years=years, months=months), draw(count_text(years)) + "年" + draw(
        count_text(months)
    ) + "个月"


@st.composite
def end_dates(draw):
    """(the last day, as printed): a day, or 年底 / 月底 when the day is the end of a year or month."""
    day = draw(days)
    forms = [draw(date_text(day))]
    if day.month == 12 and day.day == 31:
        forms.append(draw(written([(day.year, "年底")])))
    if day.day == calendar.monthrange(day.year, day.month)[1]:
        forms.append(draw(written([(day.year, "年"), (day.month, "月底")])))
    return day, draw(st.sampled_from(forms))


@st.composite
def expiry_clauses(draw):
    """(text of a sentence ending in a term clause, the fields the term clause states)."""
    trial = draw(st.booleans())
    term = draw(st.sampled_from(["试行期", "试行期限"] if trial else ["有效期", "有效期限"]))
    shape = draw(st.sampled_from(["until", "duration", "range"]))
    if shape == "until":
        last, printed = draw(end_dates())
        expected = {"until": FixedDate(date=last), "starts": None, "duration": None, "trial": trial}
        clause = term + "至" + printed + draw(st.sampled_from(["", "止"]))
    elif shape == "duration":
        duration, printed = draw(durations())
        expected = {"until": None, "starts": None, "duration": duration, "trial": trial}
        clause = term + draw(st.sampled_from(["", "为"])) + printed
    else:
        term = draw(st.sampled_from(["执行期限", "实施期限", "有效期"]))
        first, last = sorted([draw(days), draw(days)])
        expected = {
            "until": FixedDate(date=last),
            "starts": FixedDate(date=first),
            "duration": None,
            "trial": False,
        }
        clause = (
            term
            + "为"
            + draw(date_text(first))
            + "至"
            + draw(date_text(last))
            + draw(st.sampled_from(["", "止"]))
        )
    subject = draw(subjects)
    placement = draw(st.sampled_from(["after-effective", "subject", "own-sentence"]))
    if placement == "after-effective":
        effective, _ = draw(effective_clauses())
        text = effective + draw(st.sampled_from(["，", ","])) + clause + "。"
    elif placement == "subject":
        text = subject + draw(st.sampled_from(["", "的"])) + clause + "。"
    else:
        text = clause + "。"
    return text, expected


@given(expiry_clauses())
@example(
    (
        "本意见自印发之日起施行,有效期至 2027\n\n年 12 月 31 日。",
        {"until": FixedDate(date=dt.date(2027, 12, 31)), "starts": None, "duration": None, "trial": False},
    )
)
@example(
    (
        "本办法有效期至2028年2月底。",
        {"until": FixedDate(date=dt.date(2028, 2, 29)), "starts": None, "duration": None, "trial": False},
    )
)
@example(
    (
        "本指南自2024年8月23日起施行,试行期2年。",
        {"until": None, "starts": None, "duration": Duration(years=2), "trial": True},
    )
)
def test_expiry_clause_round_trips(case):
    text, expected = case

    findings = parse_clauses(text)
    terms = [clause for clause in findings.clauses if isinstance(clause, ExpiryClause)]

    assert [expected] == [
        {"until": c.until, "starts": c.starts, "duration": c.duration, "trial": c.trial} for c in terms
    ]
    assert () == findings.problems


# ── 废止 ──────────────────────────────────────────────────────────────────

PLACES = ["临汾市", "山西省", "市", "国务院", ""]
TOPICS = ["城市供热", "城市节水", "政府信息公开", "行政规范性文件", "科技创新券", "新型研发机构认定"]
DOCUMENT_KINDS = ["管理办法", "实施细则", "暂行规定", "若干措施", "实施意见", "工作方案"]
ISSUERS = [
    "市政府",
    "市人民政府",
    "临汾市人民政府办公室",
    "市政府办公厅",
    "国务院",
    "省财政厅",
    "原临汾市人民政府办公厅",
]
ISSUE_VERBS = ["印发", "发布", "制定", "下发", "公布", "出台", "颁布", "转发"]
AGENCIES = ["临政办发", "临政发", "临政规发", "晋政发", "国办发", "财税"]
YEAR_BRACKETS = [("〔", "〕"), ("[", "]"), ("【", "】"), ("［", "］")]


@st.composite
def titles(draw):
    inner = (
        draw(st.sampled_from(PLACES)) + draw(st.sampled_from(TOPICS)) + draw(st.sampled_from(DOCUMENT_KINDS))
    )
    wrapper = draw(st.sampled_from(["{}", "{}", "关于印发〈{}〉的通知", "关于废止和修改〈{}〉的决定"]))
    return wrapper.format(inner)


@st.composite
def doc_numbers(draw):
    """(DocNumber, as printed in parentheses after a title)."""
    serial = draw(st.integers(1, 300))
    digits = draw(st.sampled_from([str, lambda n: str(n).translate(FULL_WIDTH)]))
    opening, closing = draw(st.sampled_from([("(", ")"), ("（", "）")]))
    if draw(st.integers(0, 4)) == 0:
        agency = draw(st.sampled_from(["公安部令", "临汾市人民政府令", "国务院令"]))
        return DocNumber(
            agency=agency, year=None, serial=serial
        ), f"{opening}{agency}第{digits(serial)}号{closing}"
    agency, year = draw(st.sampled_from(AGENCIES)), draw(st.integers(1990, 2030))
    left, right = draw(st.sampled_from(YEAR_BRACKETS))
    printed = f"{opening}{agency}{left}{digits(year)}{right}{digits(serial)}号{closing}"
    return DocNumber(agency=agency, year=year, serial=serial), printed


@st.composite
def targets(draw):
    """(Target, as printed): [date][issuer]印发的 or 原, then 《title》, then (文号)."""
    day = draw(st.none() | days)
    issuer = draw(st.none() | st.sampled_from(ISSUERS))
    title = draw(titles())
    number, printed_number = draw(st.none() | doc_numbers()) or (None, "")
    printed = ""
    if day is not None:
        printed += draw(date_text(day))
    if issuer is not None:
        printed += issuer
    if day is not None or issuer is not None:
        printed += draw(st.sampled_from(ISSUE_VERBS)) + "的"
    elif draw(st.booleans()):
        printed += "原"
    printed += f"《{title}》{printed_number}"
    target = Target(title=title, doc_number=number, issuer=issuer, issued_date=day)
    return target, printed


@st.composite
def repeal_clauses(draw):
    """(text of a sentence with a repeal clause, its targets, its When)."""
    items = draw(st.lists(targets(), min_size=1, max_size=3))
    listed = [target for target, _ in items]
    joined = items[0][1] + "".join(
        draw(st.sampled_from(["、", "和", "及", "以及"])) + printed for _, printed in items[1:]
    )
    verb = draw(
        st.sampled_from(["同时废止", "予以废止", "一并废止", "废止", "同时予以废止", "自", "verb-first"])
    )
    when = None
    if verb == "verb-first":
        # 同时废止 <targets>: with a title first; a date or issuer right after the verb is
        # test_clause_parser_repeal.py's verb-first-date-first / verb-first-issuer-first (xfail).
        if items[0][1][0] not in "《原":
            verb = "同时废止"
            clause = joined + verb
        else:
            clause = "同时废止" + joined
    elif verb == "自":
        if draw(st.booleans()):
            day = draw(days)
            when = FixedDate(date=day)
            clause = joined + "自" + draw(date_text(day)) + "起废止"
        else:
            word = draw(st.sampled_from(["发布", "印发", "施行"]))
            when = RelativeDate(base=BaseEvent.EFFECTIVE if word == "施行" else EVENTS[word])
            clause = joined + "自" + draw(subjects) + word + "之日起废止"
    else:
        clause = joined + verb
    if draw(st.booleans()):
        effective, _ = draw(effective_clauses())
        clause = effective + "，" + clause
    return clause + "。", tuple(listed), when


@given(repeal_clauses())
@example(
    (
        "2017年7月19日原临汾市人民政府办公厅印发的《临汾市城市供热管理办法》(临政办发〔2017〕66号)同时废止。",
        (
            Target(
                title="临汾市城市供热管理办法",
                doc_number=DocNumber(agency="临政办发", year=2017, serial=66),
                issuer="原临汾市人民政府办公厅",
                issued_date=dt.date(2017, 7, 19),
            ),
        ),
        None,
    )
)
def test_repeal_clause_round_trips(case):
    text, expected_targets, when = case

    findings = parse_clauses(text)
    repeals = [clause for clause in findings.clauses if isinstance(clause, RepealClause)]

    assert [(expected_targets, when)] == [(clause.targets, clause.when) for clause in repeals]
    assert () == findings.problems


# ── fuzz: parse_clauses reads any text without raising ───────────────────

CLAUSE_ALPHABET = (
    "0123456789０１２３４５６７８９〇○零一二两三四五六七八九十百千年月日号底末"
    "本办法规定细则意见自起于从施行实施执行生效有效期限至止为是试行满个半天后之以"
    "废止同时予以一并原《》〈〉、和及停止不再适用失效准修正订改根据第次条作如下将"
    "印发公布发布颁布通过批准即下列文件的〔〕[]()（）,，。；;：:！? \n\u3000"
)
# Every numeral comes with its unit, so two numerals never run together into one no reader accepts.
WELL_FORMED_WORDS = [
    "本办法", "本规定", "本意见", "本细则", "自", "于", "起", "施行", "实施", "执行", "生效", "有效期", "试行期",
    "执行期限", "为", "至", "止", "印发", "公布", "之日", "后", "满", "即日", "同时", "予以", "废止", "下列文件",
    "停止执行", "不再适用", "宣布失效", "《A办法》", "原", "(临政办发〔2017〕66号)", "(公安部令第104号)",
    "市政府", "印发的", "、", "和", "根据", "第一次", "修正", "修订", "对", "作如下修改", "将", "第五条", "修改为",
    "，", "。", "；", "：", "\n", " ", "\n\n", "2024年", "２０２４年", "二〇二四年", "二○二四年", "1948年", "2200年",
    "2年", "两年", "年底", "2月", "十二月", "13月", "6月底", "1日", "29日", "30日", "二十九日", "三十一日", "32日",
    "6个月", "三十日", "30天", "2年半",
]  # fmt: skip
# Numerals no reader accepts, numbers too large for a date, 以…为准: see CRASHERS.
MALFORMED_WORDS = ["十十", "五两", "二三十", "百千", "99999999999999999999", "以", "为准", "以本人签字为准"]

any_text = st.text(max_size=200)
clause_alphabet_text = st.text(alphabet=CLAUSE_ALPHABET, max_size=120)
well_formed_text = st.lists(st.sampled_from(WELL_FORMED_WORDS), max_size=40).map("".join)
clause_shaped_text = st.lists(st.sampled_from(WELL_FORMED_WORDS + MALFORMED_WORDS), max_size=40).map("".join)


def assert_read_without_raising(text):
    findings = parse_clauses(text, file="fuzz.txt")

    for problem in findings.problems:
        assert str(problem).startswith("fuzz.txt:")
    for clause in findings.clauses:
        assert str(clause.span).startswith("fuzz.txt:")


@given(any_text)
@example("")
@example("\n\n")
@example("。")
@example("本办法自2024年2月30日起施行。有效期至2023年2月29日。")
def test_any_text_is_read_without_raising(text):
    assert_read_without_raising(text)


@given(well_formed_text)
@example("本办法自施行")
@example("有效期至二〇二三年二月二十九日")
@example("下列文件予以废止：\n1.《A办法》\n2.")
def test_clause_shaped_text_with_well_formed_numbers_is_read_without_raising(text):
    assert_read_without_raising(text)


# Inputs the fuzz below found that once made parse_clauses raise instead of reporting a problem.
CRASHERS = [
    pytest.param("以本人签字为准。", id="supersession-span-not-parsed-quietly"),
    pytest.param("本办法自二〇二四年十十月一日起施行。", id="malformed-chinese-numeral-in-a-date"),
    pytest.param("有效期十十年。", id="malformed-chinese-numeral-in-a-duration"),
    pytest.param("本办法自2024年99999999999999999999月1日起施行。", id="month-too-large-for-a-date"),
    pytest.param("有效期至2024年1月99999999999999999999日。", id="day-too-large-for-a-date"),
]


@pytest.mark.parametrize("text", CRASHERS)
def test_known_crasher_is_read_without_raising(text):
    assert_read_without_raising(text)


@given(st.one_of(clause_alphabet_text, clause_shaped_text))
@example("以本人签字为准。")
@example("有效期十十年。")
@example("有效期至2024年1月99999999999999999999日。")
def test_clause_shaped_text_is_read_without_raising(text):
    assert_read_without_raising(text)


# ── the finder's kinds are the model's kinds ──────────────────────────────


@given(effective_clauses())
def test_effective_clause_is_not_read_as_another_kind(case):
    text, _ = case

    kinds = {type(clause) for clause in parse_clauses(text + "。").clauses}

    assert {EffectiveClause} == kinds
