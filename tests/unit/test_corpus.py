"""Corpus answers on small synthetic corpora: repeal links, external documents, find(), conventions, C201–C209.

Documents are notices printed by tests/strategies.notice: 某某市<name>事项管理办法, 某政发〔year〕N号, signed
2024-03-01 unless a case says otherwise; the lifecycle clauses stand in the 办法's second article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.strategies import notice
from validity.corpus import Corpus, ExternalDocument
from validity.documents import Document
from validity.errors import (
    AmbiguousDocumentError,
    DocumentNotFoundError,
    UsageError,
    ValidityError,
)
from validity.overrides import Overrides
from validity.periods import TermConvention
from validity.reader import read_gazette_text
from validity.source import SourceText
from validity.status import Basis, Dated, Status

D = dt.date
OLD = "某政发〔2020〕1号"
NEW = "某政发〔2024〕2号"
SIGNED = D(2024, 3, 1)
NEW_ARTICLE_LINE = 21  # the second notice of a gazette: ten lines of the first, a blank line, then its own


def corpus_of(*notices: str, convention: TermConvention = TermConvention.FIRST_DAY_COUNTS) -> Corpus:
    gazette = read_gazette_text(SourceText.from_text("\n".join(notices), name="synthetic.txt"))
    assert len(notices) == len(gazette.documents)
    return Corpus.from_gazettes([gazette], convention=convention)


def old(article: str = "本办法自2020年7月1日起施行。") -> str:
    """某某市甲事项管理办法 (某政发〔2020〕1号), signed 2020-06-01."""
    return notice("甲", article, number=OLD, signed=D(2020, 6, 1))


def new(article: str, *, number: str = NEW, name: str = "乙", signed: dt.date = SIGNED) -> str:
    return notice(name, article, number=number, signed=signed)


def status(corpus: Corpus, query: str, day: dt.date) -> Status:
    return corpus.status(corpus.find(query), on=day).status


def codes(corpus: Corpus) -> list[str]:
    return sorted(finding.code for finding in corpus.findings())


# ── repeals ────────────────────────────────────────────────────────────

REPEALS = [
    ("by 文号", f"本办法自2024年6月1日起施行。《某某市甲事项管理办法》（{OLD}）同时废止。"),
    ("by title", "本办法自2024年6月1日起施行。《某某市甲事项管理办法》同时废止。"),
    (
        "by the notice's title",
        "本办法自2024年6月1日起施行。《某某市人民政府关于印发某某市甲事项管理办法的通知》同时废止。",
    ),
    ("予以废止", f"本办法自2024年6月1日起施行。市政府决定将《某某市甲事项管理办法》（{OLD}）予以废止。"),
]


@pytest.mark.parametrize("article", [article for _, article in REPEALS], ids=[name for name, _ in REPEALS])
def test_a_repeal_links_the_document_and_ends_it_when_the_repealing_one_takes_effect(article: str) -> None:
    corpus = corpus_of(old(), new(article))
    target, by = corpus.find(OLD), corpus.find(NEW)

    (link,) = corpus.links
    assert (by, target) == (link.by, link.resolved)
    assert [] == corpus.externals
    assert Status.IN_FORCE == status(corpus, OLD, D(2024, 5, 31))
    answer = corpus.status(target, on=D(2024, 6, 1))
    assert (Status.REPEALED, D(2024, 6, 1), None) == (answer.status, answer.since, answer.until)
    assert NEW in answer.reason
    assert (NEW, NEW_ARTICLE_LINE) == (answer.evidence[0].document, answer.evidence[0].line)
    assert isinstance(link.date, Dated)
    assert Basis.WITH_EFFECT == link.date.basis


def test_a_repeal_from_the_repealing_documents_publication_day() -> None:
    """自本办法发布之日起废止: the 发布之日, assumed to be the 成文日期, not the 施行 day."""
    corpus = corpus_of(
        old(),
        new(f"本办法自2024年6月1日起施行。原《某某市甲事项管理办法》（{OLD}）自本办法发布之日起废止。"),
    )
    assert Status.IN_FORCE == status(corpus, OLD, D(2024, 2, 29))
    answer = corpus.status(corpus.find(OLD), on=D(2024, 3, 1))
    assert Status.REPEALED == answer.status
    assert D(2024, 3, 1) == answer.since
    assert any("发布之日 is not printed" in item for item in answer.assumptions)
    assert Status.NOT_YET_IN_FORCE == status(corpus, NEW, D(2024, 3, 1))  # hence C204 below


def test_a_repeal_on_a_stated_day() -> None:
    corpus = corpus_of(
        old(), new(f"本办法自2024年6月1日起施行。《某某市甲事项管理办法》（{OLD}）自2024年5月1日起废止。")
    )
    assert Status.IN_FORCE == status(corpus, OLD, D(2024, 4, 30))
    assert Status.REPEALED == status(corpus, OLD, D(2024, 5, 1))


def test_a_target_outside_the_corpus_stays_an_external_document_repealed_on_the_repeal_date() -> None:
    corpus = corpus_of(
        new("本办法自2024年6月1日起施行。《某某市旧事项管理办法》（某政办发〔2019〕5号）同时废止。")
    )

    (external,) = corpus.externals
    assert isinstance(external, ExternalDocument)
    assert ("某某市旧事项管理办法", "某政办发〔2019〕5号") == (external.title, str(external.doc_number))
    assert external is corpus.find("某政办发〔2019〕5号")
    assert external is corpus.find("旧事项")
    assert external not in corpus.documents
    answer = corpus.status(external, on=D(2024, 6, 1))
    assert (Status.REPEALED, True) == (answer.status, answer.external)
    assert NEW in answer.reason
    assert Status.REPEALED != status(corpus, "某政办发〔2019〕5号", D(2024, 5, 31))
    assert ["C208"] == codes(corpus)


def test_an_external_document_is_in_force_as_far_as_the_corpus_knows_until_its_repeal() -> None:
    corpus = corpus_of(
        new("本办法自2024年6月1日起施行。《某某市旧事项管理办法》（某政办发〔2019〕5号）同时废止。")
    )
    answer = corpus.status(corpus.find("某政办发〔2019〕5号"), on=D(2024, 5, 31))

    assert Status.IN_FORCE == answer.status
    assert "as far as the corpus knows" in answer.reason


def test_a_repeal_by_a_document_of_unknown_start_makes_the_target_uncertain_from_its_signature() -> None:
    corpus = corpus_of(old(), new(f"本办法自批准之日起施行。《某某市甲事项管理办法》（{OLD}）同时废止。"))

    assert Status.IN_FORCE == status(corpus, OLD, D(2024, 2, 29))
    answer = corpus.status(corpus.find(OLD), on=D(2024, 3, 1))
    assert Status.UNKNOWN == answer.status
    assert "may have ended" in answer.reason
    assert Status.UNKNOWN == status(corpus, NEW, D(2030, 1, 1))


def test_expiry_and_repeal_end_on_the_earlier_day() -> None:
    corpus = corpus_of(
        old("本办法自2020年7月1日起施行，有效期至2030年6月30日。"),
        new(f"本办法自2024年6月1日起施行。《某某市甲事项管理办法》（{OLD}）同时废止。"),
    )
    answer = corpus.status(corpus.find(OLD), on=D(2031, 1, 1))
    assert (Status.REPEALED, D(2024, 6, 1)) == (answer.status, answer.since)


# ── conventions ────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("convention", "last_day"),
    [(TermConvention.FIRST_DAY_COUNTS, D(2029, 6, 21)), (TermConvention.CIVIL_CODE, D(2029, 6, 22))],
)
def test_the_convention_decides_the_last_day_and_is_named_in_the_answer(
    convention: TermConvention, last_day: dt.date
) -> None:
    corpus = corpus_of(new("本办法自2024年6月22日起施行，有效期5年。"), convention=convention)
    document = corpus.find(NEW)
    last, after = corpus.status(document, on=last_day), corpus.status(document, on=last_day + dt.timedelta(1))

    assert (Status.IN_FORCE, last_day + dt.timedelta(1)) == (last.status, last.until)
    assert f"last day {last_day}" in last.reason
    assert convention.description == last.convention
    assert Status.EXPIRED == after.status
    assert isinstance(corpus.last_day(document), Dated)


# ── find ───────────────────────────────────────────────────────────────


@pytest.fixture(scope="module")
def two() -> Corpus:
    return corpus_of(old(), new("本办法自2024年6月1日起施行。"))


@pytest.mark.parametrize(
    ("query", "label"),
    [
        (OLD, OLD),
        ("某政发[2020]1号", OLD),  # other brackets
        (" 某政发〔2024〕02号 ", NEW),  # padded serial, spaces
        ("甲事项", OLD),  # a unique title fragment
        ("某某市人民政府关于印发某某市乙事项管理办法的通知", NEW),  # the whole title
    ],
)
def test_find_by_doc_number_or_unique_title_fragment(two: Corpus, query: str, label: str) -> None:
    found = two.find(query)
    assert isinstance(found, Document)
    assert label == found.label


def test_find_refuses_an_ambiguous_fragment_and_lists_the_candidates(two: Corpus) -> None:
    with pytest.raises(AmbiguousDocumentError) as caught:
        two.find("事项管理办法")
    assert OLD in str(caught.value)
    assert NEW in str(caught.value)
    assert isinstance(caught.value, LookupError)
    assert isinstance(caught.value, ValidityError)


@pytest.mark.parametrize("query", ["某政发〔2030〕9号", "丙事项", "不存在的办法"])
def test_find_reports_a_missing_document(two: Corpus, query: str) -> None:
    with pytest.raises(DocumentNotFoundError, match=query.replace("[", r"\[")):
        two.find(query)


def test_find_needs_a_query(two: Corpus) -> None:
    with pytest.raises(UsageError):
        two.find("  ")


def test_changes_refuse_a_window_that_ends_before_it_starts(two: Corpus) -> None:
    with pytest.raises(UsageError):
        two.changes(D(2024, 6, 2), D(2024, 6, 1))


def test_changes_include_both_ends_of_the_window(two: Corpus) -> None:
    assert [(D(2020, 7, 1), OLD)] == [(c.date, c.subject) for c in two.changes(D(2020, 7, 1), D(2020, 7, 1))]
    assert [(D(2024, 6, 1), NEW, Status.NOT_YET_IN_FORCE, Status.IN_FORCE)] == [
        (c.date, c.subject, c.before, c.after) for c in two.changes(D(2024, 5, 1), D(2024, 6, 1))
    ]


# ── consistency findings ────────────────────────────────────────────────

REPEALS_OLD_ON_1_JUNE = f"本办法自2024年6月1日起施行。《某某市甲事项管理办法》（{OLD}）同时废止。"

FINDINGS = [
    # (code, the corpus built for it, words its message must contain)
    (
        "C201",  # the repeal takes effect before the repealed document does
        [old("本办法自2025年1月1日起施行。"), new(REPEALS_OLD_ON_1_JUNE)],
        [NEW, OLD, "2024-06-01", "2025-01-01"],
    ),
    (
        "C202",  # the target had already expired
        [old("本办法自2020年7月1日起施行，有效期至2023年12月31日。"), new(REPEALS_OLD_ON_1_JUNE)],
        [NEW, OLD, "失效", "last day 2023-12-31"],
    ),
    (
        "C203",  # two documents repeal the same one
        [
            old(),
            new(REPEALS_OLD_ON_1_JUNE),
            new(
                f"本办法自2024年9月1日起施行。《某某市甲事项管理办法》（{OLD}）同时废止。",
                number="某政发〔2024〕3号",
                name="丙",
            ),
        ],
        [OLD, NEW, "某政发〔2024〕3号"],
    ),
    (
        "C204",  # repealed on publication, but its successor takes effect three months later
        [
            old(),
            new(f"本办法自2024年6月1日起施行。原《某某市甲事项管理办法》（{OLD}）自本办法发布之日起废止。"),
        ],
        [OLD, NEW, "2024-03-01", "2024-06-01"],
    ),
    (
        "C205",  # the last day comes before the first
        [new("本办法自2024年6月1日起施行，有效期至2024年5月31日。")],
        [NEW, "last day 2024-05-31", "2024-06-01"],
    ),
    (
        "C206",  # takes effect before its 成文日期 2024-03-01
        [new("本办法自2024年1月1日起施行。")],
        [NEW, "2024-01-01", "2024-03-01"],
    ),
    (
        "C207",  # 甲 repeals 乙 and 乙 repeals 甲
        [
            old(f"本办法自2020年7月1日起施行。《某某市乙事项管理办法》（{NEW}）同时废止。"),
            new(REPEALS_OLD_ON_1_JUNE),
        ],
        [OLD, NEW, "cycle"],
    ),
    (
        "C208",  # the target is not in the corpus
        [new("本办法自2024年6月1日起施行。《某某市旧事项管理办法》（某政办发〔2019〕5号）同时废止。")],
        [NEW, "某政办发〔2019〕5号"],
    ),
    (
        "C209",  # two documents carry the repealed title; none is linked
        [
            old(),
            new("本办法自2023年1月1日起施行。", number="某政发〔2022〕7号", name="甲", signed=D(2022, 12, 1)),
            new("本办法自2024年6月1日起施行。《某某市甲事项管理办法》同时废止。"),
        ],
        [NEW, OLD, "某政发〔2022〕7号"],
    ),
]


@pytest.mark.parametrize(("code", "notices", "words"), FINDINGS, ids=[case[0] for case in FINDINGS])
def test_each_finding_is_raised_by_the_corpus_built_for_it(
    code: str, notices: list[str], words: list[str]
) -> None:
    (finding,) = [finding for finding in corpus_of(*notices).findings() if finding.code == code]
    assert [word for word in words if word in finding.message] == words, finding.message


def test_an_ambiguous_target_is_not_reported_as_missing_from_the_corpus() -> None:
    _, ambiguous, _ = FINDINGS[-1]
    assert "C208" not in codes(corpus_of(*ambiguous))


def test_a_repeal_on_the_successors_effective_day_of_a_live_document_is_clean() -> None:
    """The control for C201–C207: an ordinary 同时废止 raises nothing."""
    corpus = corpus_of(
        old("本办法自2020年7月1日起施行，有效期至2025年6月30日。"),
        new(f"本办法自2024年6月1日起施行，有效期至2024年6月1日。《某某市甲事项管理办法》（{OLD}）同时废止。"),
    )
    assert [] == codes(corpus)


# ── repeals that never took effect, reprints, overrides that name too much or nothing ──


def test_a_repeal_by_a_document_repealed_before_it_took_effect_never_takes_effect() -> None:
    third = "某政发〔2024〕3号"
    corpus = corpus_of(
        old(),
        new(f"本办法自2025年1月1日起施行。《某某市甲事项管理办法》（{OLD}）同时废止。"),
        new(
            f"本办法自2024年6月1日起施行。《某某市乙事项管理办法》（{NEW}）同时废止。",
            number=third,
            name="丙",
        ),
    )
    answer = corpus.status(corpus.find(OLD), on=D(2025, 6, 1))
    assert answer.status is Status.IN_FORCE
    assert any("never took effect" in item for item in answer.assumptions)
    assert status(corpus, NEW, D(2025, 6, 1)) is Status.REPEALED


def test_a_document_printed_twice_is_answered_once_and_its_repeal_links() -> None:
    repealing = new(f"本办法自2024年6月1日起施行。《某某市甲事项管理办法》（{OLD}）同时废止。")
    corpus = corpus_of(old(), old(), repealing)
    assert [doc.label for doc in corpus.documents].count(OLD) == 1
    assert status(corpus, OLD, D(2024, 6, 1)) is Status.REPEALED
    assert "C212" in codes(corpus)


def test_an_override_naming_several_documents_is_an_error(tmp_path) -> None:
    path = tmp_path / "facts.toml"
    path.write_text('[[documents]]\nmatch = "事项管理办法"\nlast_day = 2030-12-31\n', encoding="utf-8")
    gazette = read_gazette_text(SourceText.from_text(old() + "\n" + new("本办法自2024年6月1日起施行。")))
    with pytest.raises(ValidityError, match="names 2 documents"):
        Corpus.from_gazettes([gazette], overrides=Overrides.read(path))


def test_an_override_naming_nothing_is_reported(tmp_path) -> None:
    path = tmp_path / "facts.toml"
    path.write_text('[[documents]]\nmatch = "某政发〔2099〕9号"\nlast_day = 2030-12-31\n', encoding="utf-8")
    gazette = read_gazette_text(SourceText.from_text(old()))
    corpus = Corpus.from_gazettes([gazette], overrides=Overrides.read(path))
    assert codes(corpus) == ["C213"]


def test_a_target_whose_title_disagrees_with_its_doc_number_is_linked_with_a_doubt() -> None:
    corpus = corpus_of(old(), new(f"本办法自2024年6月1日起施行。《某某市丁事项管理办法》（{OLD}）同时废止。"))
    answer = corpus.status(corpus.find(OLD), on=D(2024, 6, 1))
    assert answer.status is Status.REPEALED
    assert any("cites the title 《某某市丁事项管理办法》" in item for item in answer.assumptions)
    assert "C214" in codes(corpus)


def test_a_target_cited_by_its_only_title_with_another_date_is_linked_with_a_doubt() -> None:
    corpus = corpus_of(
        old(), new("本办法自2024年6月1日起施行。2020年6月2日印发的《某某市甲事项管理办法》同时废止。")
    )
    assert status(corpus, OLD, D(2024, 6, 1)) is Status.REPEALED
    assert "C214" in codes(corpus)


def test_the_former_version_named_by_its_kind_alone_is_the_earlier_document_of_the_same_title() -> None:
    corpus = corpus_of(old(), new("本办法自2024年6月1日起施行，原办法同时废止。", name="甲"))
    assert status(corpus, OLD, D(2024, 5, 31)) is Status.IN_FORCE
    assert status(corpus, OLD, D(2024, 6, 1)) is Status.REPEALED


def test_a_former_version_outside_the_corpus_is_no_external_document() -> None:
    corpus = corpus_of(new("本办法自2024年6月1日起施行，原办法同时废止。", name="甲"))
    assert corpus.externals == []


@pytest.mark.parametrize("convention", list(TermConvention))
def test_on_the_day_the_conventions_disagree_the_answer_says_so(convention: TermConvention) -> None:
    corpus = corpus_of(new("本办法自2024年6月22日起施行，有效期5年。"), convention=convention)
    doc = corpus.find(NEW)
    disputed = corpus.status(doc, on=D(2029, 6, 22))  # first-day-counts: expired; civil-code: last day
    assert not disputed.certain
    assert any("conventions disagree" in item for item in disputed.assumptions)
    for day in (D(2029, 6, 21), D(2029, 6, 23)):
        assert not any("conventions disagree" in item for item in corpus.status(doc, on=day).assumptions)
    assert corpus.status(doc, on=D(2029, 6, 23)).since == D(2029, 6, 22) + (
        dt.timedelta(days=1) if convention is TermConvention.CIVIL_CODE else dt.timedelta(0)
    )


def test_a_term_window_that_starts_on_another_day_than_the_effective_date_is_named() -> None:
    corpus = corpus_of(new("本办法自2024年6月1日起施行，执行期限为2024年7月1日至2025年6月30日。"))
    answer = corpus.status(corpus.find(NEW), on=D(2024, 6, 15))
    assert answer.status is Status.IN_FORCE
    assert any("starts on 2024-07-01" in item for item in answer.assumptions)


def test_changes_list_an_amendment_on_the_day_it_takes_effect_with_the_status_unchanged() -> None:
    corpus = corpus_of(
        old(),
        new(
            "对《某某市甲事项管理办法》作如下修改：将第一条修改为：“为了规范管理，制定本办法。”本决定自2024年6月1日起施行。"
        ),
    )
    amended = [c for c in corpus.changes(D(2024, 1, 1), D(2024, 12, 31)) if c.kind == "amended"]
    assert [(c.date, c.subject, c.before, c.after) for c in amended] == [
        (D(2024, 6, 1), OLD, Status.IN_FORCE, Status.IN_FORCE)
    ]
    assert "by 某政发〔2024〕2号" in amended[0].reason


def test_a_term_counted_from_a_day_the_clause_names_counts_from_that_day() -> None:
    corpus = corpus_of(new("本办法自2024年7月1日起施行，有效期自2024年6月1日起2年。"))
    last = corpus.last_day(corpus.find(NEW))
    assert last is not None
    assert last.start == D(2026, 5, 31)  # type: ignore[union-attr]
