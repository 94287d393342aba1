"""After a rebuild under a running `councildata serve`, cached pages,
pre-rendered pages and precomputed counts and facets give the new build's
values; the new build's first pages are rendered ahead again."""

from __future__ import annotations

import sqlite3
import time

import httpx

from councildata.build import build_package
from councildata.database import DB_NAME

from .test_browser import running_server
from .test_serve_follow import sample_files, source_with

TABLE = "/councildata/resolutions"
FILTERED = "/councildata/resolutions.json?outcome={}"


def truth(out, outcome):
    conn = sqlite3.connect(out / DB_NAME)
    total = conn.execute("select count(*) from resolutions").fetchone()[0]
    filtered = conn.execute("select count(*) from resolutions where outcome = ?", [outcome]).fetchone()[0]
    facet = conn.execute("select decided_by, count(*) n from resolutions where outcome = ? and decided_by is not null "
                         "group by decided_by order by n desc, decided_by", [outcome]).fetchall()
    conn.close()
    return total, filtered, [[v, n] for v, n in facet]


def served(base, outcome):
    page = httpx.get(base + TABLE + ".json", timeout=60).json()
    filtered = httpx.get(base + FILTERED.format(outcome), timeout=60).json()
    facet = [[r["value"], r["count"]] for r in filtered["facet_results"]["decided_by"]["results"]]
    return page["filtered_table_rows_count"], filtered["filtered_table_rows_count"], facet


def wait_rendered(base, build_name, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = httpx.get(base + "/-/prerender.json", timeout=30).json()
        if status["done"] and build_name in (status["build"] or ""):
            return status
        time.sleep(0.3)
    raise AssertionError(f"pre-rendering did not finish: {status}")


def german_count(n):
    return f"{n:,}".replace(",", ".")


def test_a_rebuild_under_a_running_server_changes_every_answer(tmp_path):
    files = sample_files()
    out = tmp_path / "out"
    build_package(source_with(tmp_path, files), out, use_cache=False)
    outcome = sqlite3.connect(out / DB_NAME).execute(
        "select outcome from resolutions group by outcome order by count(*) desc limit 1").fetchone()[0]
    first = truth(out, outcome)
    with running_server(out, tmp_path / "serve.log") as base:
        # The watcher renders the build's first pages before anyone asks.
        status = wait_rendered(base, out.resolve().name)
        assert status["rendered"] > 10, status
        html = httpx.get(base + TABLE, timeout=60)
        assert html.status_code == 200 and german_count(first[0]) in html.text
        assert served(base, outcome) == first
        again = httpx.get(base + TABLE, timeout=60)
        assert again.headers["etag"] == html.headers["etag"]  # the cached answer

        # Rebuild with the documents that hold resolutions fewer: other counts.
        keep = [f for f in files if "niederschrift" not in f.name.lower() and "protokoll" not in f.name.lower()]
        if len(keep) == len(files) or not keep:
            keep = files[:-2]
        build_package(source_with(tmp_path, keep), out, use_cache=False)
        second = truth(out, outcome)
        assert second != first, "the rebuild should change the counts"
        assert served(base, outcome) == second
        # The new build's pages are rendered ahead too, and answered from the cache.
        wait_rendered(base, out.resolve().name)
        html2 = httpx.get(base + TABLE, timeout=60)
        assert html2.status_code == 200 and html2.headers["etag"] != html.headers["etag"]
        assert german_count(second[0]) in html2.text
        # The cached answer of the old build is not sent for its ETag either.
        revalidated = httpx.get(base + TABLE, headers={"if-none-match": html.headers["etag"]}, timeout=60)
        assert revalidated.status_code == 200


def test_downloads_named_by_build_are_cached_for_a_year(sample_build):
    import asyncio
    import re

    from councildata.serve import make_datasette

    ds = make_datasette(sample_build)
    asyncio.run(ds.invoke_startup())

    def get(path, **headers):
        return asyncio.run(ds.client.get(path, headers=headers))

    build = sample_build.resolve().name
    page = get("/councildata/resolutions").text
    links = re.findall(r'href="(/download/resolutions\.csv\?v=[^"]+)"', page)
    assert links == [f"/download/resolutions.csv?v={build}"], links
    named = get(links[0])
    assert named.status_code == 200 and named.headers["cache-control"] == "public, max-age=31536000, immutable"
    etag = named.headers["etag"]
    assert get(links[0], **{"if-none-match": etag}).status_code == 304
    # Without the build's name (or with another's) the URL may change meaning at the next build.
    for path in ("/download/resolutions.csv", "/download/resolutions.csv?v=older-build"):
        plain = get(path)
        assert plain.headers["cache-control"] == "public, max-age=300" and plain.headers["etag"] == etag
        assert plain.content == named.content
    assert get("/download/resolutions.csv", **{"if-none-match": '"other"'}).status_code == 200
