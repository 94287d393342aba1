"""Extraction speed: documents per second on the corpus, repeated to at
least 10,000 documents, in one process and with every core.

Speed is reported against a baseline measured in the same run — one regex
pass over each document's text (`\\w+` tokenisation), the least work any
extractor does — so figures from different machines can be compared as
ratios. Run: `python benchmarks/extract.py [--docs 10000] [--corpus DIR]`.
"""

from __future__ import annotations

import argparse
import os
import re
import time
from multiprocessing import get_context
from pathlib import Path

from councildata.extract import extract_document
from councildata.ingest import discover, ingest_file
from councildata.model import Document, Problem

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"\w+")


def load_corpus(folder: Path) -> list[Document]:
    docs: list[Document] = []
    for path in discover(folder):
        result = ingest_file(path, folder)
        if not isinstance(result, Problem):
            docs.extend(result)
    return docs


def baseline(doc: Document) -> int:
    return len(WORD.findall(doc.text))


def extract(doc: Document) -> int:
    return sum(len(rows) for rows in extract_document(doc).values())


_DOCS: list[Document] = []


def _work(args: tuple[str, int, int]) -> int:
    name, start, stop = args
    fn = extract if name == "extract" else baseline
    return sum(fn(_DOCS[i % len(_DOCS)]) for i in range(start, stop))


def run(name: str, n: int, jobs: int) -> float:
    """Documents per second for ``n`` documents over ``jobs`` processes."""
    t0 = time.perf_counter()
    if jobs == 1:
        _work((name, 0, n))
    else:
        step = -(-n // (jobs * 8))
        chunks = [(name, i, min(n, i + step)) for i in range(0, n, step)]
        with get_context("fork").Pool(jobs) as pool:
            pool.map(_work, chunks)
    return n / (time.perf_counter() - t0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=10_000, help="documents to process per measurement")
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "fixtures" / "corpus")
    args = parser.parse_args()
    _DOCS.extend(load_corpus(args.corpus))
    cores = os.cpu_count() or 1
    total_kb = sum(len(d.text) for d in _DOCS) / 1024
    print(f"corpus: {len(_DOCS)} documents, {total_kb / len(_DOCS):.1f} KB of text on average; "
          f"{args.docs} documents per measurement; {cores} cores")
    _work(("extract", 0, len(_DOCS)))  # warm caches (regex compilation, gazetteer)
    rows = []
    for jobs in sorted({1, cores}):
        base = run("baseline", args.docs, jobs)
        ext = run("extract", args.docs, jobs)
        rows.append((jobs, ext, ext / jobs, base, ext / base))
    print(f"{'processes':>9}  {'docs/s':>9}  {'docs/s/core':>11}  {'baseline docs/s':>15}  {'extract/baseline':>16}")
    for jobs, ext, per_core, base, ratio in rows:
        print(f"{jobs:>9}  {ext:>9.0f}  {per_core:>11.0f}  {base:>15.0f}  {ratio:>16.4f}")


if __name__ == "__main__":
    main()
