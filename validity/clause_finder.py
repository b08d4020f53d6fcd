"""Find the lifecycle clauses in a document's text, and leave the look-alikes (traps) alone.

The text is cut into sentences (at 。；!?) and each sentence into parts (at commas outside 《》 and
brackets). A part is a candidate for a kind when its anchor words stand where a clause puts them: the 施行
verb at the end after 自/于, 有效期 at the start or after 本办法, 废止 outside any 《》. The candidate span
is then parsed with that kind's start rule of grammar/clauses.lark; a span the grammar rejects is not a
clause. Ownership rules keep a 有效期 of a licence or a qualification (经认定的…有效期为3年, 登记证有效期三年)
out: a term belongs to the document only when it names the document (本办法有效期…), follows the
document's own effective clause in the same sentence, or stands as a sentence of its own.

The named traps are listed in tests/unit/test_clause_finder_traps.py.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

import attrs

from validity.clause_parser import grammar_terminal, parse_span
from validity.clauses import (
    AmendmentClause,
    AmendmentMode,
    CessationClause,
    Clause,
    EffectiveClause,
    ExpiryClause,
    RepealClause,
    Target,
)
from validity.dates import DATE
from validity.doc_numbers import DocNumber
from validity.documents import title_key
from validity.errors import ClauseSyntaxError, DocNumberError, SourceError
from validity.numerals import parse_int
from validity.source import FlatText, SourceText, flatten

_SENTENCE_END = "。;!?"
_LEADING_MARKERS = re.compile(
    r"(?:第[一二三四五六七八九十百零〇\d]+[条章节]|[(][一二三四五六七八九十\d]+[)]|\d+[.、]|"
    r"[一二三四五六七八九十]+、|[①②③④⑤⑥⑦⑧⑨⑩]|附则|[:”’」』])+"
)
# The document a clause names: 本办法, 本实施细则, 本管理暂行办法 … (SUBJECT in grammar/clauses.lark)
_SUBJECT = re.compile(grammar_terminal("SUBJECT"))
_TAKES_EFFECT_END = re.compile(r"(?:施行|实施|执行|实行|生效|试行)$")
_FROM = re.compile(r"[自于从]")
_RELEASE_EFFECT = re.compile(r"(?:公布|发布|颁布|印发)(?:施行|实施)$")
_ALIGNED = re.compile(
    r"(?:施行|实施|执行|生效)(?:时间|日期)与.+(?:一致|相同|同步)$|与.+同时(?:施行|实施|执行|生效)$"
)
# A subject, then 自/于, then the verb at the end: an effective clause, readable or not (本规定自施行).
_NEAR_EFFECTIVE = re.compile(r"^本[^,;。]{0,8}?[自于][^,;。]*(?:施行|实施|执行|实行|生效)$")
# 有效期/试行期 then 至 or a number: a term, readable or not (本办法有效期至2027年).
_NEAR_EXPIRY = re.compile(
    r"^(?:本[^,;。]{0,8}?)?(?:有效期|试行期)(?:为|是|:)?(?:至|自|延长|\d|[一二两三四五六七八九十])"
)
# 自2024年1月1日起至2025年12月31日止执行 · 自A至B施行: a first and a last day in one clause
_SPAN = re.compile(
    r"^(?:本\w{0,8}?)?[自从][^,;。]*?日起?(?:至|到)[^,;。]*?日止?(?:施行|实施|执行|实行|生效|试行|有效)?$"
)
# 试行二年 · 暂行两年: a trial term without 有效期/试行期
_TRIAL_RUN = re.compile(r"(?:试行|暂行)(?:[0-9]+|[一二两三四五六七八九十]+)(?:年|个月)")
# …施行，2029年12月31日废止: the document's own sunset
_SUNSET_PART = re.compile(
    r"^[0-9〇○零一二三四五六七八九十]+年[^,;。]{1,8}日(?:起)?(?:废止|失效|自动失效|自行失效|停止执行)$"
)
# 至2027年12月31日止 after the document's own effective clause
_UNTIL_ONLY = re.compile(r"至.+止$")
# “…”: quoted wording (of an amendment, of another text); a clause inside it is not this document's
_QUOTATION = re.compile(r"“[^“”]{0,3000}”")
# 《X法》第八十三条规定, : what follows is another text's words
_REPORTED = re.compile(r"《[^《》]*》[^,;。《》]{0,20}?(?:规定|明确|指出|载明)[,:]$")
# 现予公布施行 (an order): the 规章 takes effect on its 公布
_PROMULGATED_EFFECT = re.compile(r"现予(?:以)?((?:公布|发布)(?:施行|实施))$")
# No lifecycle clause runs longer than this (characters of flat text); longer candidates are cut to it, which
# keeps the finder linear on a table or a page with no full stop.
_LONGEST_CLAUSE = 300
# A line that opens an article or an item: 第二十一条 · 二、 · (三) · 4. (not 1.5)
_OPENS_ITEM = re.compile(
    r"第[一二三四五六七八九十百零〇\d]+条|[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+(?:、|\.(?!\d))"
)
# A line that opens a new part of the document: a chapter, an annex, the distribution notes
_OPENS_PART = re.compile(
    r"第[一二三四五六七八九十百零〇\d]+[章节]|附件|附:|抄送|主送|\(此件|\(此页|\(公开方式"
)
# An organ's name alone on a line (the signature above the 成文日期)
_ORGAN_LINE = re.compile(r"[\u4e00-\u9fff()]{2,40}(?:人民政府|办公室|办公厅|委员会|局|厅|委|院|中心|管委会)")
# A term in brackets at the end of a part: (有效期5年) · (2025年1月1日至2027年12月31日)
_TERM_ASIDE = re.compile(r"\((?:有效期|试行期|执行期)[^()]*\)$|\([^()]*年[^()]*(?:至|到)[^()]*日\)$")
_TERM = re.compile(r"有效期限?|试行期限?|执行期限?|实施期限?|施行期限|有效时间")
_EXTENSION = re.compile(r"有效期延长|执行期限延长|延续执行|延长执行|有效期顺延|延期执行|继续执行(?=至|到)")
# 《X》(文号)继续执行，有效期至…: the part before names what goes on, the term that follows is its new one
_CONTINUES = re.compile(r"《[^《》]+》[^,;。]*?(?:继续执行|继续有效|延续执行|继续施行)$")
_RUNS_UNTIL = re.compile(r"(?:执行|实施|施行)(?:至|到)")
_REPEAL = re.compile(r"废止(?!的|后|前|或|和)")
# The verb that ends a cessation clause (a 宣布失效 earlier in the part names what is ceased).
_CEASE_AT_END = re.compile(
    r"(?<!不)(?<!决定)(?<!责令)(?<!可以)(?<!应当)(?<!有权)"
    r"(?:停止执行|不再执行|不再适用|停止施行|停止实施|同时失效|自行失效|宣布失效|予以失效)$"
)
_DOCUMENT_WORD = re.compile(
    r"文件|规定|办法|意见|通知|政策|标准|制度|条例|细则|司法解释|解释|决定|措施|规章|方案|规范|规则|批复|公告|通告"
)
_SUPERSESSION = re.compile(r"以本.{1,8}?为准$|(?:按照|依照|按|依)本.{1,8}?(?:执行|办理)$")
# What a supersession settles: a conflict with other rules (具体申报时间以本通知规定为准 settles none).
_CONFLICT = re.compile(
    r"不一致|不相一致|不符|冲突|抵触|相悖|不同|另有规定|有关规定|相关规定|原有规定|此前|以前|已有"
)
# A subject-less 自…起施行 after these is the document's own: 本办法由…负责解释， / 现予公布，
_OWN_LEAD = re.compile(
    r"(?:本(?:实施|暂行|试行)?[\u4e00-\u9fff]{0,6}?(?:办法|规定|细则|意见|通知|方案|决定|措施|指南|条例|法|规则|预案|"
    r"计划|公告|通告|文件|标准|制度|纲要|规划|准则|规范|要点|清单|目录|批复|政策))"
)
_PROMULGATED = re.compile(r"现予(?:以)?(?:公布|发布|印发|公告)|现(?:公布|发布|印发)|会议(?:审议)?通过,$")
_AMENDMENT_END = re.compile(r"(?:修正|修订|令第[0-9一二三四五六七八九十百]+号修改)\)?$")
_AMENDING = re.compile(r"作如下修改:?$|修改为:?$")
_ORDER_NUMBER = re.compile(r"令第[0-9一二三四五六七八九十百]+号")
_HISTORY_BREAK = re.compile(
    r"(?<=修正|修订|修改|通过|公布|批准|施行|发布)(?=根据|\d{4}年|[〇○零一二三四五六七八九]{4}年)"
)
_VERB_ALONE = re.compile(r"(?:自[^,]*?起)?(?:予以|一并)?废止:?$")
# Around a 有效期 that belongs to a licence or a qualification, not to the document.
_RENEWAL = re.compile(r"期满|届满|到期|重新申请|申请延续|延续申请|换发|换证|复审|重新认定|重新登记")
_LICENCE = re.compile(r"证书|证明|证件|许可证|登记证|执照|牌照|资格|资质|认定|批准文件|准予|颁发|核发|备案")
# 将其 · 对该办法: a document named just before (ANAPHOR in grammar/clauses.lark) ending the words before 有效期延长
_ANAPHOR_AT_END = re.compile(rf"(?:将|把|对)?({grammar_terminal('ANAPHOR')})的?$")
_NAMED_DOCUMENT = re.compile(r"《(?:[^《》]|《[^《》]*》)*》(?:\([^()]*?号\))?")
# A permit or a certificate lapses (批准文件自行失效): not a document of the corpus
_PERMIT = re.compile(r"批准文件|许可|证书|证件|证明|执照|资格|资质|登记|合同|协议")
_OTHERS_HISTORY = re.compile(r"(?:该|其|上述|前述)|.*进行了")
_NOTE_EFFECT = re.compile(r"(?<=通过|公布|批准|发布)[自于](?=[^自于]*(?:施行|实施)$)")
_NOTE_ACT = re.compile(r"通过|公布|发布|施行|修正|修订")
_AMENDING_ACT = re.compile(r"(?:对|将|把)《")
_AMENDING_ANY = re.compile(r"作如下修改:?")
_TASK = re.compile(
    r"前(?:完成|启动|开展)|(?:完成|启动|开展|组织|推进|做好|抓紧|及时|适时|加快)(?:[^《》]{0,6}《[^《》]*》)?[^《》]{0,6}(?:修订|修正)$"
)
# 决定宣布失效下列文件: a list of documents declared void, read like a repeal list
_DECLARED_LIST = re.compile(r"宣布失效(?=下列|以下)")
# 1.晋中市人民政府关于印发…的通知(市政发〔2020〕12号): an item of an annex that lists documents
_ANNEX_ITEM = re.compile(
    r"(?:\d+[.、]?)?(?P<title>《[^《》]+》|[^《》()\d][^《》()]{3,80}?)\((?P<number>[^()]*?号)\)"
)
# 《A》等5件规范性文件: how many documents a clause ends
_COUNTED = re.compile(r"等(?P<count>\d+|[一二两三四五六七八九十百]+)[件部个项]")
_TARGET_START = re.compile(r"原?《|\d{4}年|[〇○零一二三四五六七八九]{4}年|下列|以下")
# 拟对《X》予以废止 · 建议废止 · 提请…废止: what is proposed has not happened
_PROPOSED = re.compile(r"拟|建议|提请|提议|是否|征求")


@attrs.frozen
class Findings:
    """The clauses found in a text, and the spans that looked like clauses but could not be read."""

    clauses: tuple[Clause, ...]
    problems: tuple[SourceError, ...]


@attrs.frozen
class _Part:
    start: int
    end: int
    text: str
    sentence_start: bool
    index: int  # position among the parts of its sentence


def find_clauses(
    flat: FlatText,
    *,
    start: int = 0,
    instruments: Sequence[tuple[int, str]] = (),
) -> Findings:
    """Every lifecycle clause in ``flat.text[start:]``.

    ``instruments`` lists (flat offset, title) of the attached instruments' headings, so that each clause
    records which instrument it stands in.
    """
    finder = _Finder(flat, instruments)
    for sentence_start, sentence_end in _sentences(flat.text, start, _line_breaks(flat, start)):
        if _is_wrapped(flat.text, sentence_start, sentence_end):  # (…通过，自2021年6月16日起施行)
            finder.sentence(sentence_start + 1, sentence_end - 1)
            continue
        close = _note_end(flat.text, sentence_start, sentence_end)
        if close is not None:  # (…通过，自…起施行)为正确审理…: the note, then the sentence after it
            finder.sentence(sentence_start + 1, close)
            sentence_start = close + 1
        finder.sentence(sentence_start, sentence_end)
    finder.close_list()
    finder.complete_from_annexes()
    return Findings(clauses=tuple(finder.clauses), problems=tuple(finder.problems))


class _Finder:
    def __init__(self, flat: FlatText, instruments: Sequence[tuple[int, str]]) -> None:
        self.flat = flat
        self.instruments = sorted(instruments)
        self.clauses: list[Clause] = []
        self.problems: list[SourceError] = []
        self.pending_list: RepealClause | None = None
        self.list_lead: _Part | None = None  # 下列…, the part that opens a list repeal spread over commas
        self.sentence_start = self.sentence_end = 0
        self.quotes = [(m.start(), m.end()) for m in _QUOTATION.finditer(flat.text)]
        self.broken_effective = False  # an effective clause of this sentence with an impossible date
        self.previous_sentence = (0, 0)
        self.effective_before = False  # the previous sentence held the document's effective clause
        self.effective_here = False  # this sentence has (so far) held it

    def sentence(self, start: int, end: int) -> None:
        parts = list(_parts(self.flat.text, start, end))
        self.previous_sentence = (self.sentence_start, self.sentence_end)
        self.sentence_start, self.sentence_end = (parts[0].start if parts else start), end
        if self.pending_list is not None and not self._list_item(parts):
            self.close_list()
        own_effective = self.effective_before  # 本办法自…起施行。有效期5年。: the term follows its clause
        self.effective_here = self.effective_before = self.broken_effective = False
        previous: _Part | None = None
        self.list_lead = next((part for part in parts if part.text.startswith(("下列", "以下"))), None)
        for part in parts:
            found = self._part(part, own_effective=own_effective, previous=previous)
            own_effective = own_effective or self.broken_effective
            self.effective_here = self.effective_here or self.broken_effective
            previous = part
            for clause in found:
                self.clauses.append(clause)
                if isinstance(clause, EffectiveClause):
                    own_effective = self.effective_before = self.effective_here = True
                if isinstance(clause, RepealClause) and clause.listed:
                    self.pending_list = clause
                    colon = self.flat.text.find(":", part.start, part.end)
                    resume = colon + 1 if colon >= 0 else part.end
                    self._list_item(list(_parts(self.flat.text, resume, end)), inline=True)

    # ── one part ──

    def _part(self, part: _Part, *, own_effective: bool, previous: _Part | None = None) -> list[Clause]:
        text = part.text
        found: list[Clause] = []
        if self._quoted(part.start):
            return found  # 将第三十条修改为:“本办法自…起施行。”: the new wording, not this document's clause
        if _SPAN.search(text):  # 本通知自2024年1月1日起至2024年12月31日止执行: first and last day at once
            span = self._span(part)
            if span is not None:
                return [span]
        if _TAKES_EFFECT_END.search(text) or _RELEASE_EFFECT.search(text) or _ALIGNED.search(text):
            effective = self._effective(part)
            if effective is not None:
                return [effective]
        if (
            _TERM.search(text)
            or _EXTENSION.search(text)
            or _RUNS_UNTIL.search(text)
            or _TRIAL_RUN.search(text)
            or (own_effective and _UNTIL_ONLY.match(text))
            or (self.effective_here and _SUNSET_PART.match(text))
        ):
            expiry = self._continued(part, previous) or self._expiry(part, own_effective=own_effective)
            if expiry is not None:
                found.append(expiry)
        cease = _outside_titles(_CEASE_AT_END, text)
        repeal = _outside_titles(_REPEAL, text) or _DECLARED_LIST.search(text)
        ended: list[Clause] = []
        if cease is not None:
            ended = self._cessation(part, cease.end(), previous)
        elif repeal is not None:
            ended = self._repeal(part, repeal.end())
        found.extend(ended)
        prevails = _SUPERSESSION.search(text)
        if prevails is not None and (
            text.startswith("以本")
            or _CONFLICT.search(self.flat.text, self._lead_start(part), part.start + prevails.start())
        ):
            found.extend(self._parse(part.start, part.end, "supersession", quiet_syntax=True))
        if _AMENDMENT_END.search(text) or _AMENDING.search(text) or _AMENDING_ANY.search(text):
            found.extend(self._amendments(part))
        return found

    def _effective(self, part: _Part) -> EffectiveClause | None:
        """本X…施行 parsed from its subject (the nearest that reads), or 自…施行 opening the part."""
        before = self.flat.text[self._lead_start(part) : part.start]
        if _REPORTED.search(before):
            return None  # 《行政许可法》第八十三条规定，本法自…施行: another text's clause, quoted
        if self._one_article(part):
            return None  # 第八条自2025年7月1日起施行: one article's date, not the document's
        problems = len(self.problems)
        found = self._own_effective(part)
        if found is None and any(not isinstance(p, ClauseSyntaxError) for p in self.problems[problems:]):
            self.broken_effective = True  # 本办法自2024年2月30日起施行，有效期…: the term is still its own
        return found

    def _one_article(self, part: _Part) -> bool:
        """第八条自…施行 printed as one phrase (no space after 条): a date for that article alone."""
        at = part.start
        if at < 2 or self.flat.text[at - 1] != "条" or not _FROM.match(part.text):
            return False
        if not re.search(r"第[一二三四五六七八九十百零〇\d]+条$", self.flat.text[max(0, at - 12) : at]):
            return False
        return self.flat.origin[at] - self.flat.origin[at - 1] == 1  # nothing between 条 and 自 in the source

    def _own_effective(self, part: _Part) -> EffectiveClause | None:
        text = part.text
        # the verb ends the part, so the clause starts near its end: try the last few subjects only
        starts = [m.start() for m in _SUBJECT.finditer(text, max(0, len(text) - _LONGEST_CLAUSE))][::-1][:3]
        if _FROM.match(text) and self._speaks_for_itself(part):
            starts.append(0)  # no subject: 自印发之日起施行 as a part of its own
        noted = _NOTE_EFFECT.search(text)
        if noted is not None and not starts:
            starts.append(
                noted.start()
            )  # (…会议通过 …公告第五十二号公布 自2018年3月1日起施行): a history note
        promulgated = _PROMULGATED_EFFECT.search(text)
        if promulgated is not None and not starts:
            starts.append(promulgated.start(1))  # 现予公布施行: the order's 规章 in force on its 公布
        for begin in starts:
            if self._quoted(part.start + begin):
                continue
            clauses = self._parse(part.start + begin, part.end, "effective", quiet_syntax=True)
            found = next((c for c in clauses if isinstance(c, EffectiveClause)), None)
            if found is not None:
                return found
        if starts and _NEAR_EFFECTIVE.search(text[starts[0] :]):
            self._near_miss(part.start + starts[0], part.end, "effective")
        return None  # 上述政策自…起执行: a subject that is not this document

    def _extension(self, part: _Part, at: int) -> ExpiryClause | None:
        """《X》(文号)有效期延长至Y, or 该办法/其有效期延长至Y after a sentence naming 《X》: X's term, not ours.

        None when the part extends nothing named (有效期延长至Y with no title before it: the document's own).
        """
        before = part.text[:at]
        if "《" in before:
            first = _TARGET_START.search(part.text)
            begin = first.start() if first is not None and first.start() < at else 0
            clauses = self._parse(part.start + begin, part.end, "expiry", quiet_syntax=True)
            found = next((c for c in clauses if isinstance(c, ExpiryClause) and c.targets), None)
            if found is None:  # 《A》有效期延长2年: an extension this grammar cannot date; say so
                self._near_miss(part.start + begin, part.end, "expiry")
            return found
        anaphor = _ANAPHOR_AT_END.search(before)
        anaphoric = anaphor is not None and _SUBJECT.search(before) is None
        if before and not anaphoric:
            return None
        antecedent = self._antecedent(part.start)
        if antecedent is None:
            if anaphoric:  # 该办法 with no 《办法》 before it: say so rather than take it as our own term
                span = self.flat.span(part.start, part.end)
                message = f"extends the term of a document it does not name: {part.text}"
                self._problem(ClauseSyntaxError(message, span, self.flat.source.line_text(span.line)))
            return None
        begin = part.start + (
            anaphor.start(1) if anaphor is not None else 0
        )  # 同意将其有效期延长至…: from 其
        clauses = self._parse(begin, part.end, "expiry", quiet_syntax=True)
        found = next((c for c in clauses if isinstance(c, ExpiryClause) and c.extended), None)
        return attrs.evolve(found, targets=antecedent) if found is not None else None

    def _antecedent(self, offset: int) -> tuple[Target, ...] | None:
        """The last 《title》(文号) in this or the previous sentence before ``offset``: what 该办法 refers to."""
        window = self.flat.text[self.previous_sentence[0] : offset]
        named = list(_NAMED_DOCUMENT.finditer(window))
        if not named:
            return None
        last = named[-1]
        start = self.previous_sentence[0] + last.start()
        try:
            targets = parse_span(self.flat, start, start + len(last.group()), "targets")
        except SourceError:
            return None
        return tuple(targets)

    def _span(self, part: _Part) -> ExpiryClause | None:
        """自A起至B止执行 with its subject (本通知…) or speaking for the document (see _speaks_for_itself)."""
        subject = _SUBJECT.match(part.text)
        if subject is None and not (
            _FROM.match(part.text) and _TAKES_EFFECT_END.search(part.text) and self._speaks_for_itself(part)
        ):
            return None  # 从2022年1月1日起至2022年12月31日，对…: a policy's period, not the document's
        clauses = self._parse(part.start, part.end, "expiry", quiet_syntax=True)
        return next((c for c in clauses if isinstance(c, ExpiryClause) and c.starts is not None), None)

    def _lead_start(self, part: _Part) -> int:
        """Where the words leading up to a part begin: its sentence's start, at most one clause's length back."""
        return max(self.sentence_start, part.start - _LONGEST_CLAUSE)

    def close_list(self) -> None:
        """End a 下列文件予以废止 list; one whose items could not be read is a problem, not a silent nothing."""
        listed = self.pending_list
        self.pending_list = None
        if listed is not None and not listed.targets:
            message = f"a list of repealed documents follows, but no item of it could be read: {listed.quote}"
            self._problem(
                ClauseSyntaxError(message, listed.span, self.flat.source.line_text(listed.span.line))
            )

    def _quoted(self, offset: int) -> bool:
        """Whether ``offset`` lies inside “…” quotation marks."""
        at = bisect.bisect_right(self.quotes, (offset, len(self.flat.text)))
        return at > 0 and self.quotes[at - 1][0] < offset < self.quotes[at - 1][1]

    def _continued(self, part: _Part, previous: _Part | None) -> ExpiryClause | None:
        """有效期至… after 《X》(文号)继续执行: X's new term, an extension of X (not this notice's term)."""
        if previous is None or not _CONTINUES.search(previous.text) or not _TERM.match(part.text):
            return None
        named = list(_NAMED_DOCUMENT.finditer(previous.text))
        try:
            start = previous.start + named[-1].start()
            targets = parse_span(self.flat, start, start + len(named[-1].group()), "targets")
        except (SourceError, IndexError):
            return None
        clauses = self._parse(part.start, part.end, "expiry", quiet_syntax=True)
        found = next((c for c in clauses if isinstance(c, ExpiryClause) and c.until is not None), None)
        return attrs.evolve(found, extended=True, targets=tuple(targets)) if found is not None else None

    def _speaks_for_itself(self, part: _Part) -> bool:
        """Whether a 自…起施行 without a subject is the document's own.

        It is when it opens its sentence, follows a part that names the document (本办法由…负责解释，自…起施行)
        or follows an order's 现予公布. After anything else (我们出台了《X》，自…起施行; 各县可以制定实施细则，
        自发布之日起施行) it is about something else.
        """
        if part.index == 0:
            return True
        before = self.flat.text[self._lead_start(part) : part.start]
        return bool(_OWN_LEAD.match(before) or _PROMULGATED.search(before))

    def _of_a_licence(self, part: _Part) -> bool:
        """Whether a 有效期 sentence of its own is a licence's term, not the document's.

        It is when it goes on about renewal (期满…重新申请) or follows a sentence about a licence or a
        qualification (颁发准予登记证明。有效期为三年。).
        """
        after = self.flat.text[part.end : self.sentence_end]
        before = self.flat.text[self.previous_sentence[0] : self.previous_sentence[1]]
        return bool(_RENEWAL.search(after) or _LICENCE.search(before))

    def _expiry(self, part: _Part, *, own_effective: bool) -> ExpiryClause | None:
        text = part.text
        subject = _SUBJECT.search(text)
        extension = _EXTENSION.search(text)
        if extension is not None and (subject is None or subject.start() > extension.start()):
            extended = self._extension(part, extension.start())
            if extended is not None:
                return extended
        anchor = (
            _EXTENSION.search(text)
            or _TERM.search(text)
            or _RUNS_UNTIL.search(text)
            or _TRIAL_RUN.search(text)
            or _UNTIL_ONLY.match(text)
            or _SUNSET_PART.match(text)
        )
        if anchor is None:
            return None
        if subject is not None and subject.start() < anchor.start():
            between = text[subject.end() : anchor.start()]
            if between not in ("", "的"):
                return None
            begin = subject.start()
        elif anchor.start() == 0 and (
            (
                own_effective and (part.index == 0 or self.effective_here)
            )  # 许可证，有效期延长至…: the licence's
            or (part.index == 0 and not self._of_a_licence(part))
        ):
            if _RUNS_UNTIL.match(text) and not own_effective:
                return None  # 执行至…: only with the document named, or after its effective clause
            begin = 0  # 本办法自…起施行，有效期5年 · 有效期至2027年12月31日。 as a sentence of its own
        else:
            return None  # 经认定的…有效期为3年: the term of something else
        clauses = self._parse(part.start + begin, part.end, "expiry", quiet_syntax=True)
        found = next((c for c in clauses if isinstance(c, ExpiryClause)), None)
        if found is None and _NEAR_EXPIRY.match(text[begin:]):
            self._near_miss(part.start + begin, part.end, "expiry")
        return found

    def _repeal(self, part: _Part, verb_end: int) -> list[Clause]:
        if _PROPOSED.search(part.text[:verb_end]):
            return []  # 拟对《X》予以废止, 建议废止: a proposal, not a repeal
        end = part.start + verb_end
        if self.flat.text[end : end + 1] == ":":
            end += 1
        elif part.text.startswith("下列", verb_end):
            colon = part.text.find(":", verb_end)
            end = part.start + (colon + 1 if colon >= 0 else len(part.text))  # 废止下列文件: the list follows
        elif "《" in part.text[verb_end:] or part.text[verb_end : verb_end + 1] == "原":
            end = part.end  # 同时废止《A》, 同时废止市政府办公室印发的《A》: the targets follow the verb
        clauses = self._parse(part.start, end, "repeal", quiet_syntax=True)
        if clauses:
            return clauses
        lead = self.list_lead
        if lead is not None and lead.start < part.start and _VERB_ALONE.match(part.text[: end - part.start]):
            return self._parse(lead.start, end, "repeal", quiet_syntax=True)  # 下列…,…,自…起,予以废止:
        first = _TARGET_START.search(part.text)
        if first is not None and first.start() > 0:
            return self._parse(part.start + first.start(), end, "repeal", quiet_syntax=True)
        return []

    def complete_from_annexes(self) -> None:
        """Take the rest of 《A》等5件…予以废止 from the annex that lists them, or say that it cannot.

        The annex (附件1 决定废止的…目录 1.…(文号) 2.…) names every document; the one the clause names is matched
        by its title and gains its 文号 from the annex.
        """
        for index, clause in enumerate(self.clauses):
            if not isinstance(clause, RepealClause | CessationClause) or getattr(clause, "listed", False):
                continue
            counted = _COUNTED.search(clause.quote)
            if counted is None:
                continue
            try:
                total = parse_int(counted["count"])
            except ValueError:
                continue
            if total > len(clause.targets):
                annexed = self._annex_items("宣布失效" if "宣布失效" in clause.quote else "废止")
                named, extra = _match_annex(clause.targets, annexed)
                if len(named) + len(extra) == total:
                    self.clauses[index] = clause = attrs.evolve(clause, targets=(*named, *extra))
            self._count_targets(clause, total)

    def _annex_items(self, verb: str) -> list[Target]:
        """The documents an annex lists under its heading (…{verb}的…目录): titles with their (文号)."""
        text = self.flat.text
        headings = list(re.finditer(rf"{verb}的[^。;:()]{{0,24}}?(?:目录|清单|名单)", text))
        if not headings:
            return []
        start = headings[-1].end()  # the annex itself, not its mention in the 附件: line
        following = re.compile(r"附件\d|[^。;:()]{0,12}?(?:目录|清单|名单)")
        stop = following.search(text, start)
        end = stop.start() if stop is not None else len(text)
        items = []
        for item in _ANNEX_ITEM.finditer(text, start, end):
            try:
                number = DocNumber.read(item["number"])
            except DocNumberError:
                continue
            items.append(Target(title=item["title"].strip("《》"), doc_number=number))
        return items

    def _count_targets(self, clause: Clause, total: int) -> None:
        """A clause that ends more documents than it names: say so (the rest may be in an unreadable annex)."""
        targets = getattr(clause, "targets", ())
        if total > len(targets):
            message = (
                f"ends {total} documents but names {len(targets)}; the others (listed in an annex?) are not read: "
                f"{clause.quote}"
            )
            self._problem(
                ClauseSyntaxError(message, clause.span, self.flat.source.line_text(clause.span.line))
            )

    def _cessation(self, part: _Part, verb_end: int, previous: _Part | None) -> list[Clause]:
        """<what>[自…起]停止执行; 不符合本法规定的，自本法施行之日起停止执行 spans the comma before it."""
        clauses = self._parse(part.start, part.start + verb_end, "cessation", quiet_syntax=True)
        first = _TARGET_START.search(part.text)
        if not clauses and first is not None and 0 < first.start() < verb_end:  # 对《A》等2件…宣布失效
            clauses = self._parse(
                part.start + first.start(), part.start + verb_end, "cessation", quiet_syntax=True
            )
        alone = _CEASE_AT_END.fullmatch(part.text[:verb_end]) is not None  # 与本办法不一致的，不再执行
        if not clauses and previous is not None and (_FROM.match(part.text) or alone):
            clauses = self._parse(previous.start, part.start + verb_end, "cessation", quiet_syntax=True)
        return [
            clause
            for clause in clauses
            if isinstance(clause, CessationClause) and all(_names_documents(t) for t in clause.targets)
        ]

    def _amendments(self, part: _Part) -> list[Clause]:
        found: list[Clause] = []
        text = part.text
        inner = 1 if text.startswith("(") and text.endswith(")") else 0  # (…通过 根据…第一次修正 …修订)
        for start, end in _history_segments(text[inner : len(text) - inner]):
            start, end = start + inner, end + inner
            if text[start:end].startswith("(") and text.count("(", start, end) > text.count(")", start, end):
                start += 1  # (2010年…通过 — the history's opening bracket, printed under the title
            if text[start:end].endswith(")") and text.count(")", start, end) > text.count("(", start, end):
                end -= 1  # …第二次修正) — its closing bracket
            segment = text[start:end]
            amending = _AMENDING_ANY.search(segment)
            if amending is not None and not _AMENDMENT_END.search(segment):
                end = start + amending.end()  # 对《X》作如下修改:将第五条…: the act, not the wording after it
                segment = text[start:end]
            if not (_AMENDMENT_END.search(segment) or _AMENDING.search(segment)):
                continue
            parsed = self._parse(part.start + start, part.start + end, "amendment", quiet_syntax=True)
            acting = _AMENDING_ACT.search(segment)
            if (
                not parsed and acting is not None
            ):  # 市人民政府决定对《X》作如下修改: the act after who decides
                begin = part.start + start + acting.start()
                parsed = self._parse(begin, part.start + end, "amendment", quiet_syntax=True)
            found.extend(c for c in parsed if isinstance(c, AmendmentClause) and _is_real_amendment(c))
        return found

    def _list_item(self, parts: list[_Part], *, inline: bool = False) -> bool:
        """Add the targets of an item of a 下列文件予以废止 list; False when the part is not one."""
        if self.pending_list is None or not parts:
            return False
        listed = self.pending_list
        part = parts[0]
        try:
            targets = parse_span(self.flat, part.start, part.end, "targets")
        except SourceError:
            return inline
        merged = attrs.evolve(listed, targets=(*listed.targets, *targets))
        self.clauses[self.clauses.index(listed)] = merged
        self.pending_list = merged
        return True

    def _parse(self, start: int, end: int, rule: str, *, quiet_syntax: bool = False) -> list[Clause]:
        """Parse a span; a syntax error means "not a clause", any other error is kept as a problem."""
        while end > start and self.flat.text[end - 1] in ",:。;":
            end -= 1
        if end <= start or self._quoted(start):
            return []  # empty, or inside “…”: the wording of another text (增加一条：“本办法有效期至…”)
        try:
            clause = parse_span(self.flat, start, end, rule, instrument=self._instrument_at(start))
        except ClauseSyntaxError:
            if not quiet_syntax:
                raise
            return []
        except SourceError as error:
            self._problem(error)
            return []
        return [clause]

    def _near_miss(self, start: int, end: int, rule: str) -> None:
        """A span shaped like a clause that the grammar cannot read: say so rather than guess."""
        try:
            parse_span(self.flat, start, end, rule)
        except ClauseSyntaxError as error:
            quote = self.flat.text[start:end]
            message = f"looks like an {rule} clause but cannot be read: {quote}"
            self._problem(ClauseSyntaxError(message, error.span, error.line_text))
        except SourceError as error:
            self._problem(error)

    def _problem(self, error: SourceError) -> None:
        if all(
            (error.span.start, error.message) != (seen.span.start, seen.message) for seen in self.problems
        ):
            self.problems.append(error)

    def _instrument_at(self, offset: int) -> str | None:
        title = None
        for start, name in self.instruments:
            if start <= offset:
                title = name
        return title


def parse_clauses(text: str, *, file: str = "<text>") -> Findings:
    """Every clause in free text (a clause, a sentence, a whole document): never raises for any string.

    Impossible dates and clause-shaped spans the grammar cannot read come back as ``problems``.
    """
    return find_clauses(flatten(SourceText.from_text(text, name=file)))


def _sentences(text: str, start: int, breaks: frozenset[int] = frozenset()) -> Iterator[tuple[int, int]]:
    """Sentences of ``text[start:]`` as (start, end), ends excluding the punctuation.

    An ASCII full stop ends a sentence too (PDF text has 施行.), except inside a number (2.5, 1.《A》); so does
    a line that starts a new article or the signature (``breaks``), for text that leaves out the 。.
    """
    begin = start
    for i in range(start, len(text)):
        if i in breaks and i > begin:
            yield begin, i
            begin = i
        if text[i] in _SENTENCE_END or (text[i] == "." and not _in_number(text, i)):
            if i > begin:
                yield begin, i
            begin = i + 1
    if begin < len(text):
        yield begin, len(text)


def _line_breaks(flat: FlatText, start: int) -> frozenset[int]:
    """Flat offsets of source lines that begin something new even without a 。 before them.

    A line opening an article or an item (第二十一条, 二、, (三), 4.), a date alone on its line (the
    成文日期), or an organ's name alone on the line above such a date (the signature): "本办法自…起施行" at the
    end of one line then "第二十一条 …" or "某某市人民政府办公室" on the next are two sentences.
    """
    source = flat.source
    first = source.line_of(flat.origin[start]) if start < len(flat.origin) else source.line_count + 1
    last = source.line_of(flat.origin[-1]) if flat.origin else first  # the flat text's own lines only
    offsets = [flat.offset_of_line(n) for n in range(first, last + 1)] + [len(flat.text)]
    lines = [
        (offsets[k], flat.text[offsets[k] : offsets[k + 1]])
        for k in range(len(offsets) - 1)
        if offsets[k] < offsets[k + 1]
    ]
    breaks = set()
    for k, (offset, line) in enumerate(lines):
        following = lines[k + 1][1] if k + 1 < len(lines) else ""
        before = flat.text[offset - 1] if offset > 0 else ""
        if (
            _OPENS_ITEM.match(line)
            or _OPENS_PART.match(line)
            or DATE.fullmatch(line)
            or (_ORGAN_LINE.fullmatch(line) and DATE.fullmatch(following))
            or (before in ")》”" and (_SUBJECT.match(line) or line.startswith("《")))  # …7号) / 本决定…
            or (
                line.startswith("(") and before not in ",:;、(" and _NOTE_ACT.search(line)
            )  # title / (…通过…)
        ):
            breaks.add(offset)
    return frozenset(breaks)


def _in_number(text: str, i: int) -> bool:
    """Whether the full stop at ``i`` belongs to a number or a list marker (2.5亿元, 1.《A办法》)."""
    return (i > 0 and text[i - 1].isdigit()) or (i + 1 < len(text) and text[i + 1].isdigit())


def _is_wrapped(text: str, start: int, end: int) -> bool:
    """A sentence that is one bracketed note: (2021年6月8日…通过，自2021年6月16日起施行)."""
    if end - start < 3 or text[start] != "(" or text[end - 1] != ")":
        return False
    return _closing_bracket(text, start, end) in (end - 1, None)  # not (A)…(B): two brackets, not one note


def _note_end(text: str, start: int, end: int) -> int | None:
    """The closing bracket of a note that opens a sentence and names an act (通过/公布/施行/修正…), if any."""
    close = _closing_bracket(text, start, end)
    if close is None or close == end - 1 or not _NOTE_ACT.search(text, start, close):
        return None
    return close


def _closing_bracket(text: str, start: int, end: int) -> int | None:
    """Where the bracket opening ``text[start]`` closes within ``[start, end)``; None if it opens none."""
    if text[start : start + 1] != "(":
        return None
    depth = 0
    for i in range(start, end):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return i
    return None


def _parts(text: str, start: int, end: int) -> Iterator[_Part]:
    """Comma-separated parts of a sentence, outside 《》 and brackets, with leading markers dropped."""
    depth = 0
    begin = start
    index = 0
    for i in range(start, end + 1):
        ch = text[i] if i < end else ","
        if ch in "《(〔[":
            depth += 1
        elif ch in "》)〕]" and depth:
            depth -= 1
        elif ch == "," and depth == 0:
            marker = _LEADING_MARKERS.match(text, begin, i)
            part_start = marker.end() if marker else begin
            aside = _TERM_ASIDE.search(text, part_start, i)
            pieces = [(part_start, aside.start()), (aside.start() + 1, i - 1)] if aside else [(part_start, i)]
            for piece_start, piece_end in pieces:  # 本办法自印发之日起施行(有效期5年): two parts
                if piece_end > piece_start:
                    yield _Part(
                        piece_start,
                        piece_end,
                        text[piece_start:piece_end],
                        sentence_start=index == 0,
                        index=index,
                    )
                    index += 1
            begin = i + 1


def _outside_titles(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of ``pattern`` that is not inside a 《title》."""
    for match in pattern.finditer(text):
        before = text[: match.start()]
        if before.count("《") <= before.count("》"):
            return match
    return None


def _history_segments(text: str) -> Iterator[tuple[int, int]]:
    """An amendment history printed as one run (…通过根据…第一次修正2023年…修订) cut into its events."""
    begin = 0
    for match in _HISTORY_BREAK.finditer(text):
        yield begin, match.start()
        begin = match.start()
    yield begin, len(text)


def _match_annex(named: Sequence[Target], annexed: list[Target]) -> tuple[list[Target], list[Target]]:
    """The named targets completed from the annex items they match, and the items no named target matches.

    An item matches by the same 文号, or by a title that contains the named one (the notice that 印发s it).
    """
    remaining = list(annexed)
    completed = []
    for target in named:
        match = next(
            (
                item
                for item in remaining
                if (target.doc_number and item.doc_number == target.doc_number)
                or (target.title and item.title and title_key(target.title) in title_key(item.title))
            ),
            None,
        )
        if match is not None:
            remaining.remove(match)
            target = attrs.evolve(target, doc_number=target.doc_number or match.doc_number)
        completed.append(target)
    return completed, remaining


def _names_documents(target: Target) -> bool:
    """A cessation target names documents (a title, a 文号, or a description with a document word)."""
    if target.title or target.doc_number:
        return True
    description = target.description or ""
    return bool(_DOCUMENT_WORD.search(description)) and not _PERMIT.search(description)


def _is_real_amendment(clause: AmendmentClause) -> bool:
    """A history line has a date, an ordinal, a 《决定》 or a 令第N号; 责令限期修订, 适时修订 have none."""
    if clause.mode is AmendmentMode.MODIFIED:
        return True
    if _TASK.search(clause.quote) or _OTHERS_HISTORY.match(clause.quote):
        return False  # 2025年底前完成《A办法》修订, 该预案于…进行了第二次修订: not this document's history
    by = clause.by or ""
    named_act = "《" in clause.quote and ("决定" in by or "修正案" in by)
    return (
        clause.date is not None
        or named_act
        or bool(_ORDER_NUMBER.search(by))
        or (
            clause.ordinal is not None
            and bool(by)  # 第一次修正 alone, with nothing to say by what or when: no
        )
    )
