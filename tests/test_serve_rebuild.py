"""After a rebuild under a running `councildata serve`, cached pages,
pre-rendered pages and precomputed counts and facets give the new build's
values; the new build's first pages are rendered ahead again."""

from __future__ import annotations

import sqlite3
import time

import httpx
import pytest

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


def _children(pid: int) -> list[int]:
    try:
        text = open(f"/proc/{pid}/task/{pid}/children").read()
    except OSError:
        pytest.skip("no /proc children list on this system")
    return [int(p) for p in text.split()]


def test_every_worker_follows_a_rebuild_and_a_sigterm_stops_them_all(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    from .test_browser import free_port

    files = sample_files()
    out = tmp_path / "out"
    build_package(source_with(tmp_path, files), out, use_cache=False)
    outcome = sqlite3.connect(out / DB_NAME).execute(
        "select outcome from resolutions group by outcome order by count(*) desc limit 1").fetchone()[0]
    first = truth(out, outcome)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path / "serve.log"
    with open(log, "wb") as out_log:
        proc = subprocess.Popen([str(Path(sys.executable).parent / "councildata"), "serve", str(out), "--port",
                                 str(port), "--workers", "2"], stdout=out_log, stderr=subprocess.STDOUT,
                                start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(base + "/-/versions.json", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, log.read_text("utf-8", "replace")[-3000:]
            time.sleep(0.2)
        workers = [p for p in _children(proc.pid)
                   if "spawn_main" in open(f"/proc/{p}/cmdline").read()]
        assert len(workers) == 2, workers
        environ = dict(v.split("=", 1) for v in open(f"/proc/{workers[0]}/environ").read().split("\0") if "=" in v)
        shared = Path(environ["COUNCILDATA_SHARED_CACHE"])
        assert shared.is_dir()
        # Each request on a new connection: the kernel hands it to either worker.
        pages = [httpx.get(base + TABLE, timeout=60) for _ in range(12)]
        assert {p.status_code for p in pages} == {200}
        assert len({p.headers["etag"] for p in pages}) == 1, "the workers sent different answers for one URL"
        assert all(served(base, outcome) == first for _ in range(8))

        keep = [f for f in files if "niederschrift" not in f.name.lower() and "protokoll" not in f.name.lower()]
        if len(keep) == len(files) or not keep:
            keep = files[:-2]
        build_package(source_with(tmp_path, keep), out, use_cache=False)
        second = truth(out, outcome)
        assert second != first
        assert all(served(base, outcome) == second for _ in range(12))
        pages = [httpx.get(base + TABLE, timeout=60) for _ in range(12)]
        assert all(german_count(second[0]) in p.text for p in pages)
        assert len({p.headers["etag"] for p in pages}) == 1

        # SIGTERM to the server alone (not its group) stops the workers and removes their shared folder.
        os.kill(proc.pid, signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
        for pid in workers:
            assert not os.path.exists(f"/proc/{pid}") or "zombie" in open(f"/proc/{pid}/status").read().lower()
        assert not shared.exists()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=20)


def test_canned_queries_without_parameters_run_once_per_build(tmp_path):
    """A canned query whose answer the build fixes runs once per build and
    is answered from memory after (the response cache off); a rebuild's
    first request runs it again, on the new build."""
    import asyncio

    from datasette.database import Database

    from .conftest import uncached_datasette

    files = sample_files()
    out = tmp_path / "out"
    build_package(source_with(tmp_path, files), out, use_cache=False)
    ds = uncached_datasette(out)
    query = "resolutions_by_body_and_outcome"
    sql = ds.metadata("queries", database="councildata")[query]["sql"]
    ran = []
    original = Database.execute

    async def execute(self, sql_, *args, **kwargs):
        ran.append(sql_)
        return await original(self, sql_, *args, **kwargs)

    def truth():
        conn = sqlite3.connect(out / DB_NAME)
        rows = [list(r) for r in conn.execute(sql)]
        conn.close()
        return rows

    def served(path):
        r = asyncio.run(ds.client.get(path))
        assert r.status_code == 200
        return r

    import unittest.mock

    with unittest.mock.patch.object(Database, "execute", execute):
        first = truth()
        assert served(f"/councildata/{query}.json?_shape=arrays").json()["rows"] == first
        assert served(f"/councildata/{query}.json?_shape=arrays&unused=1").json()["rows"] == first
        html = served(f"/councildata/{query}").text
        assert ran.count(sql) == 1, "the second and third request should not run the query"
        assert f"{first[0][2]}" in html
        # A query with a parameter runs each time.
        served("/councildata/close_votes.json?max_margin=3")
        served("/councildata/close_votes.json?max_margin=3")
        close = ds.metadata("queries", database="councildata")["close_votes"]["sql"]
        assert ran.count(close) == 2

        keep = [f for f in files if "niederschrift" not in f.name.lower() and "protokoll" not in f.name.lower()]
        if len(keep) == len(files) or not keep:
            keep = files[:-2]
        build_package(source_with(tmp_path, keep), out, use_cache=False)
        second = truth()
        assert second != first, "the rebuild should change the answer"
        assert served(f"/councildata/{query}.json?_shape=arrays").json()["rows"] == second
        assert served(f"/councildata/{query}.json?_shape=arrays").json()["rows"] == second
        assert ran.count(sql) == 2


def _start_workers(build, tmp_path, port):
    import os
    import subprocess
    import sys
    from pathlib import Path

    tmp = tmp_path / f"tmp-{port}"
    tmp.mkdir()
    # The server makes its shared folder in TMPDIR: here one of the test's own.
    proc = subprocess.Popen([str(Path(sys.executable).parent / "councildata"), "serve", str(build), "--port",
                             str(port), "--workers", "2"], env={**os.environ, "TMPDIR": str(tmp)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    return proc, tmp


def test_a_sigterm_while_starting_leaves_no_shared_folder(sample_build, tmp_path):
    """SIGTERM right after the shared folder is made (before uvicorn's
    supervisor takes the signal over) and while the workers start: the
    server stops, exit status 0, and removes the folder."""
    import os
    import signal

    from .test_browser import free_port

    for delay in (0, 0.05, 0.3, 1.0):
        proc, tmp = _start_workers(sample_build, tmp_path, free_port())
        try:
            deadline = time.monotonic() + 60
            while not any(tmp.iterdir()):
                assert proc.poll() is None and time.monotonic() < deadline, "no shared folder made"
                time.sleep(0.001)
            time.sleep(delay)
            os.kill(proc.pid, signal.SIGTERM)
            assert proc.wait(timeout=60) == 0, delay
            assert list(tmp.iterdir()) == [], delay
            with pytest.raises(ProcessLookupError):  # no worker left running
                deadline = time.monotonic() + 10
                while time.monotonic() < deadline:
                    os.killpg(proc.pid, 0)
                    time.sleep(0.1)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=20)


def test_prerender_status_answers_for_every_worker(sample_build, tmp_path):
    import os
    import signal

    from .test_browser import free_port

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc, _ = _start_workers(sample_build, tmp_path, port)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                status = httpx.get(base + "/-/prerender.json", timeout=10).json()
                if status["done"] and len(status["workers"]) == 2:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, "the workers did not both finish"
            time.sleep(0.3)
        # Whichever worker answers, the same build and both workers done.
        for _ in range(8):
            status = httpx.get(base + "/-/prerender.json", timeout=10).json()
            assert status["done"] and sample_build.resolve().name in status["build"]
            assert len({w["pid"] for w in status["workers"] if "pid" in w}) >= 1 and len(status["workers"]) == 2
            assert all(w["done"] and w["build"] == status["build"] for w in status["workers"])
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        assert proc.wait(timeout=60) == 0


def test_counts_and_facets_of_two_filters_kept_per_build(tmp_path, monkeypatch):
    """A page filtered on two columns: its count and facets (which the
    precomputed counts do not hold) are counted once per build and kept,
    and the filter planner's counts too; after a rebuild the new build's
    are counted and served (the response cache off)."""
    import asyncio
    import unittest.mock

    from datasette.database import Database

    from councildata import filter_plans

    from .conftest import uncached_datasette

    # Every two-filter page collected and sorted, whatever its count.
    monkeypatch.setattr(filter_plans.FilterPlanner, "plan", _always_collect(filter_plans.FilterPlanner.plan))
    files = sample_files()
    out = tmp_path / "out"
    build_package(source_with(tmp_path, files), out, use_cache=False)
    ds = uncached_datasette(out)
    ran = []
    original = Database.execute

    async def execute(self, sql_, *args, **kwargs):
        ran.append(sql_)
        return await original(self, sql_, *args, **kwargs)

    def truth():
        conn = sqlite3.connect(out / DB_NAME)
        outcome, unanimous = conn.execute("select outcome, unanimous from resolutions where unanimous is not null "
                                          "group by 1, 2 order by count(*) desc").fetchone()
        ids = [r[0] for r in conn.execute("select id from resolutions where outcome = ? and unanimous = ? "
                                          "order by date desc, id", [outcome, unanimous])]
        facet = conn.execute("select decided_by, count(*) n from resolutions where outcome = ? and unanimous = ? "
                             "and decided_by is not null group by decided_by order by n desc, decided_by",
                             [outcome, unanimous]).fetchall()
        conn.close()
        return f"/councildata/resolutions.json?outcome={outcome}&unanimous={unanimous}&_size=max&_shape=objects", ids, facet

    def served(path):
        r = asyncio.run(ds.client.get(path))
        assert r.status_code == 200
        data = r.json()
        facet = [(f["value"], f["count"]) for f in data["facet_results"]["decided_by"]["results"]]
        return [row["id"] for row in data["rows"]], data["filtered_table_rows_count"], facet

    def counted():
        return [s for s in ran if s.startswith("select count(*)") or " as value, count(*) as count from (" in s]

    with unittest.mock.patch.object(Database, "execute", execute):
        path, ids, facet = truth()
        assert served(path) == (ids, len(ids), facet)
        first = len(counted())
        assert first >= 2  # the page's count and its facets
        assert served(path) == (ids, len(ids), facet)
        assert len(counted()) == first, "the second request should count nothing again"
        assert any("rowid in (select rowid from resolutions where" in s for s in ran)

        # Without the document of the first resolution on the page.
        keep = [f for f in files if not ids[0].startswith(f.name)]
        assert 0 < len(keep) < len(files)
        build_package(source_with(tmp_path, keep), out, use_cache=False)
        path2, ids2, facet2 = truth()
        assert (path2, ids2, facet2) != (path, ids, facet), "the rebuild should change the answer"
        assert served(path2) == (ids2, len(ids2), facet2)
        assert len(counted()) > first, "the new build's counts are counted"


def _always_collect(plan):
    async def always(self, execute, sql, params, filter_count):
        return await plan(self, execute, sql, params, lambda *_: 10**9)

    return always
