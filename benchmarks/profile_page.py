"""Profile the uncached rendering of one page, in process (no HTTP).

    python benchmarks/profile_page.py SITE /councildata/resolutions [--repeat 20] [--top 30]

Runs ``councildata serve``'s ASGI app (response cache off) through
Datasette's internal client: requests the URL once to warm the
connections, then ``--repeat`` times plain and ``--repeat`` times under cProfile, and
prints the mean time per request and the functions that cost the most (cumulative).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import pstats
import time

os.environ["COUNCILDATA_CACHE_MB"] = "0"  # before the plugin reads it

from councildata.serve import make_datasette  # noqa: E402


async def run(site: str, urls: list[str], repeat: int, top: int, sort: str) -> None:
    ds = make_datasette(site)
    await ds.invoke_startup()
    for url in urls:
        response = await ds.client.get(url)
        assert response.status_code == 200, (url, response.status_code, response.text[:500])
        t0 = time.perf_counter()
        for _ in range(repeat):
            await ds.client.get(url)
        plain = (time.perf_counter() - t0) / repeat * 1000
        t0 = time.perf_counter()
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(repeat):
            await ds.client.get(url)
        profile.disable()
        mean = (time.perf_counter() - t0) / repeat * 1000
        print(f"\n== {url}: {plain:.1f} ms per request, {mean:.1f} ms under the profiler "
              f"({len(response.content):,} bytes)")
        pstats.Stats(profile).sort_stats(sort).print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("urls", nargs="+")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--sort", default="cumulative")
    args = parser.parse_args()
    asyncio.run(run(args.site, args.urls, args.repeat, args.top, args.sort))


if __name__ == "__main__":
    main()
