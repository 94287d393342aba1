"""Time every URL of benchmarks/run.py's mix in process, without the response cache.

    python benchmarks/time_mix.py SITE [--kinds filter_html,page_json] [--repeat 3] [--top 8]

For each endpoint kind: the CPU (``time.process_time`` of the whole process,
so the SQL threads count) and wall time per URL, median of ``--repeat``
requests after one warm request, the kind's median and the slowest URLs.
The per-request CPU at one connection: what a kind's p99 at 20 connections
on two cores is built from.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import statistics
import sys
import time
from pathlib import Path

os.environ["COUNCILDATA_CACHE_MB"] = "0"  # before the plugin reads it
sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import url_mix  # noqa: E402

from councildata.serve import make_datasette  # noqa: E402


async def run(site: Path, kinds: set[str] | None, repeat: int, top: int, limit: int | None) -> None:
    ds = make_datasette(site)
    await ds.invoke_startup()
    mix = url_mix(site)
    await ds.client.get("/councildata/resolutions")
    gc.freeze()
    for kind, urls in mix.items():
        if kinds and kind not in kinds:
            continue
        timings = []
        for url in urls[:limit]:
            first = await ds.client.get(url)
            cpu, wall = [], []
            for _ in range(repeat):
                c0, w0 = time.process_time(), time.perf_counter()
                await ds.client.get(url)
                cpu.append((time.process_time() - c0) * 1000)
                wall.append((time.perf_counter() - w0) * 1000)
            timings.append((statistics.median(cpu), statistics.median(wall), first.status_code, url))
        timings.sort(reverse=True)
        cpus = sorted(t[0] for t in timings)
        print(f"\n== {kind}: {len(timings)} URLs, CPU ms median {statistics.median(cpus):.1f}, "
              f"p90 {cpus[int(len(cpus) * 0.9)]:.1f}, max {cpus[-1]:.1f}; "
              f"statuses {sorted({t[2] for t in timings})}", flush=True)
        for c, w, status, url in timings[:top]:
            print(f"  {c:8.1f} cpu {w:8.1f} wall {status} {url}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("site", type=Path)
    parser.add_argument("--kinds", default="")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--top", type=int, default=8)
    parser.add_argument("--limit", type=int, default=None, help="URLs per kind (default: all)")
    args = parser.parse_args()
    asyncio.run(run(args.site, set(filter(None, args.kinds.split(","))) or None, args.repeat, args.top, args.limit))


if __name__ == "__main__":
    main()
