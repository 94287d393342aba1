"""Extraction time per MB of text: does it stay flat as one document grows?

Builds single documents of dense council prose — the texts of the corpus
documents joined one after the other, repeated until the size is reached —
and times `extract_document` on each. Linear extraction shows the same
seconds per MB at every size; a quadratic spot shows as time per MB growing
with the size. A baseline pass (one `\\w+` regex over the same text) is
measured beside each, so figures from different machines compare as ratios.

Times are CPU seconds of this process (`time.process_time`), so that other
work on a shared machine does not count; wall seconds are printed beside.
After the table, the corpus documents/s of `benchmarks/extract.py` (one
process) beside its baseline, from the same run.

Run: `python benchmarks/linearity.py [--sizes 1 4 16] [--docs 2000] [--corpus DIR] [--profile MB]`.
`--profile MB` prints the 25 most expensive functions (cProfile, cumulative)
for one document of that size instead.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import time
from pathlib import Path

from councildata.extract import extract_document
from councildata.ingest import discover, ingest_file
from councildata.model import Document, Problem, document_id

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"\w+")
MB = 1_000_000


def corpus_texts(folder: Path) -> list[str]:
    """Plain texts of the corpus documents (council prose, not JSON records)."""
    texts: list[str] = []
    for path in discover(folder):
        result = ingest_file(path, folder)
        if isinstance(result, Problem):
            continue
        texts.extend(d.text for d in result if d.format in ("txt", "html") and d.text.strip())
    if not texts:
        raise SystemExit(f"{folder}: no council documents with text to build prose from")
    return texts


def prose(texts: list[str], size: int) -> str:
    """``size`` characters of council prose: the documents one after the other, repeated."""
    parts: list[str] = []
    n = 0
    i = 0
    while n < size:
        t = texts[i % len(texts)]
        parts.append(t)
        n += len(t) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def document(text: str, size_mb: float) -> Document:
    name = f"prose-{size_mb:g}mb.txt"
    return Document(id=document_id(name), source_file=name, sha256="0" * 64, format="txt", text=text)


def timed(fn, *args) -> tuple[float, float, object]:
    """CPU and wall seconds of one call, and its result."""
    c0, w0 = time.process_time(), time.perf_counter()
    out = fn(*args)
    return time.process_time() - c0, time.perf_counter() - w0, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 4, 16], help="document sizes in MB")
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "fixtures" / "corpus")
    parser.add_argument("--profile", type=float, metavar="MB", help="profile one document of this size")
    parser.add_argument("--docs", type=int, default=2000, help="corpus documents for the documents/s line (0: none)")
    args = parser.parse_args()
    texts = corpus_texts(args.corpus)
    extract_document(document(prose(texts, 200_000), 0.2))  # warm caches (regex compilation, gazetteer)
    if args.profile:
        doc = document(prose(texts, int(args.profile * MB)), args.profile)
        prof = cProfile.Profile()
        prof.runcall(extract_document, doc)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
        return
    print(f"prose from {len(texts)} corpus documents; one document per size; CPU seconds")
    print(f"{'MB':>5}  {'extract s':>9}  {'s/MB':>6}  {'wall s/MB':>9}  {'baseline s/MB':>13}  "
          f"{'extract/baseline':>16}  {'rows':>6}")
    for size in args.sizes:
        doc = document(prose(texts, int(size * MB)), size)
        base, _, _ = timed(lambda t: len(WORD.findall(t)), doc.text)
        took, wall, rows = timed(extract_document, doc)
        n_rows = sum(len(r) for r in rows.values())
        print(f"{size:>5g}  {took:>9.2f}  {took / size:>6.2f}  {wall / size:>9.2f}  {base / size:>13.3f}  "
              f"{took / base:>16.1f}  {n_rows:>6}")
    if args.docs:
        # Documents/s on the corpus as benchmarks/extract.py measures it, beside its baseline.
        import extract as corpus_bench

        corpus_bench._DOCS.extend(corpus_bench.load_corpus(args.corpus))
        base = corpus_bench.run("baseline", args.docs, 1)
        ext = corpus_bench.run("extract", args.docs, 1)
        print(f"corpus, one process: extract {ext:.0f} docs/s, baseline {base:.0f} docs/s, "
              f"extract/baseline {ext / base:.4f}")


if __name__ == "__main__":
    main()
