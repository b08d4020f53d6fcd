"""Benchmark: reading the bundled corpus, building the temporal model, answering queries. Prints figures only.

python bench/bench_read.py [--repeat N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
import tracemalloc

from validity.clause_finder import parse_clauses
from validity.clause_parser import clause_grammar
from validity.corpus import Corpus
from validity.reader import bundled_corpus, read_gazette_text
from validity.source import SourceText


def best(repeat: int, work) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        timings.append(time.perf_counter() - start)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    files = sorted(bundled_corpus().glob("*.txt"))
    size = sum(path.stat().st_size for path in files)
    lines = sum(path.read_text(encoding="utf-8").count("\n") + 1 for path in files)

    start = time.perf_counter()
    for rule in ("effective", "expiry", "repeal", "cessation", "supersession", "amendment", "targets"):
        clause_grammar(rule)
    grammar = time.perf_counter() - start

    def read_all():
        return [read_gazette_text(SourceText.read(path)) for path in files]  # no in-process memo

    reading = best(args.repeat, read_all)
    gazettes = read_all()
    documents = sum(len(g.documents) for g in gazettes)
    clauses = sum(len(d.clauses) for g in gazettes for d in g.documents)
    building = best(args.repeat, lambda: Corpus.from_gazettes(gazettes))
    corpus = Corpus.from_gazettes(gazettes)
    days = [dt.date(2020, 1, 1) + dt.timedelta(days=30 * i) for i in range(100)]
    querying = best(args.repeat, lambda: [corpus.in_force(on=day) for day in days])

    # the worst case for the finder: a page with no full stop (a table, a run of 本规定 … 执行)
    table = "按照本规定执行的项目名称金额单位备注" * 5000
    clauses_run = "本办法自2024年1月1日起施行，" * 5000
    unpunctuated = best(1, lambda: parse_clauses(table))
    run_of_clauses = best(1, lambda: parse_clauses(clauses_run))

    tracemalloc.start()
    Corpus.from_gazettes(read_all())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(
        f"corpus:   {len(files)} gazettes, {size / 1024:.0f} KiB, {lines} lines, {documents} documents, {clauses} clauses"
    )
    print(
        f"grammar:  {grammar:.3f} s to build the 7 LALR parsers (cached on disk by lark after the first run)"
    )
    print(
        f"read:     {reading:.3f} s best of {args.repeat} ({size / 1024 / reading:.0f} KiB/s, {lines / reading:.0f} lines/s)"
    )
    print(f"model:    {building * 1000:.1f} ms to link and resolve {documents} documents")
    print(f"queries:  {querying / len(days) * 1000:.2f} ms per in_force(day) over {documents} documents")
    print(
        f"worst:    {unpunctuated:.2f} s for {len(table) // 1000}K characters with no full stop; "
        f"{run_of_clauses:.2f} s for 5000 clauses in one sentence"
    )
    print(f"memory:   peak {peak / 1024 / 1024:.1f} MiB (tracemalloc: read everything and build the corpus)")


if __name__ == "__main__":
    main()
