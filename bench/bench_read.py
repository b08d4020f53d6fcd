"""Benchmark: how fast and in how much memory the bundled corpus is read. Prints figures; asserts nothing.

python bench/bench_read.py [--repeat N]
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from pathlib import Path

from validity.reader import bundled_corpus, read_gazette


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    files = sorted(bundled_corpus().glob("*.txt"))
    size = sum(path.stat().st_size for path in files)
    lines = sum(path.read_text(encoding="utf-8").count("\n") + 1 for path in files)

    timings = []
    documents = 0
    for _ in range(args.repeat):
        start = time.perf_counter()
        documents = sum(len(read_gazette(path).documents) for path in files)
        timings.append(time.perf_counter() - start)
    best = min(timings)

    tracemalloc.start()
    for path in files:
        read_gazette(Path(path))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"corpus: {len(files)} gazettes, {size / 1024:.0f} KiB, {lines} lines, {documents} documents")
    print(
        f"read:   best of {args.repeat}: {best:.3f} s  ({size / 1024 / best:.0f} KiB/s, {lines / best:.0f} lines/s)"
    )
    print(f"memory: peak {peak / 1024 / 1024:.1f} MiB (tracemalloc, reading all gazettes once)")


if __name__ == "__main__":
    main()
