"""Serving follows the published build (docs/reliability.md, "Serving follows
the build").

``councildata serve OUT`` where OUT is the link ``swap.publish`` swaps:
after a rebuild, new requests and ``/download/`` see the new build without
a restart; no response mixes two builds; no URL answers 404 while builds
are swapped; the server reads builds it did not write (another user).
"""

from __future__ import annotations

import asyncio
import json
import os
import pwd
import shutil
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest

from councildata.build import build_package
from councildata.serve import make_datasette

from .conftest import SAMPLE
from .test_browser import running_server

# One table page with a count and a facet: Datasette answers it with
# several queries (rows, count, facet), so a response that mixed two builds
# would show a count that does not fit its facet.
CONSISTENT = "/councildata/documents.json?_facet=type&_facet=format&_size=1"
DOWNLOADS = ["/download/datapackage.json", "/download/report.json", "/download/documents.csv"]
COUNT = "/councildata.json?sql=select+count(*)+as+n+from+documents&_shape=array"


def fingerprint(data: dict) -> tuple:
    facets = tuple(sorted((name, f["value"], f["count"]) for name, facet in data["facet_results"].items()
                          for f in facet["results"]))
    return data["filtered_table_rows_count"], facets, tuple(r[0] for r in data["rows"])


def source_with(tmp: Path, files: list[Path]) -> Path:
    src = tmp / "src"
    shutil.rmtree(src, ignore_errors=True)
    src.mkdir(parents=True)
    for f in files:
        shutil.copy(f, src / f.name)
    return src


def sample_files() -> list[Path]:
    files = sorted(p for p in SAMPLE.iterdir() if p.is_file() and p.suffix == ".txt")
    assert len(files) >= 4
    return files


def expected(base: str) -> tuple[tuple, dict[str, bytes]]:
    data = httpx.get(base + CONSISTENT, timeout=30).json()
    return fingerprint(data), {p: httpx.get(base + p, timeout=30).content for p in [*DOWNLOADS, COUNT]}


@pytest.mark.slow
def test_rebuilds_under_load_answer_every_request_from_one_build(tmp_path):
    files = sample_files()
    out = tmp_path / "out"
    src = source_with(tmp_path, files)
    build_package(src, out, use_cache=False)
    builds: list[tuple[tuple, dict[str, bytes]]] = []
    answers: list[tuple[str, int, object]] = []
    stop = threading.Event()

    def client(paths: list[str]) -> None:
        with httpx.Client(timeout=30) as http:
            while not stop.is_set():
                for path in paths:
                    resp = http.get(base + path)
                    body = fingerprint(resp.json()) if path == CONSISTENT and resp.status_code == 200 else resp.content
                    answers.append((path, resp.status_code, body))

    with running_server(out, tmp_path / "serve.log") as base:
        builds.append(expected(base))
        threads = [threading.Thread(target=client, args=([CONSISTENT],)) for _ in range(3)]
        threads += [threading.Thread(target=client, args=(DOWNLOADS,)) for _ in range(2)]
        threads += [threading.Thread(target=client, args=([COUNT],)) for _ in range(2)]
        for t in threads:
            t.start()
        try:
            # Two rebuilds while the clients run, each with a document fewer.
            for n in (1, 2):
                time.sleep(0.5)
                src = source_with(tmp_path, files[:-n])
                build_package(src, out, use_cache=False)
                time.sleep(0.5)
                builds.append(expected(base))
        finally:
            stop.set()
            for t in threads:
                t.join(timeout=60)
    assert len({fp for fp, _ in builds}) == 3, "the three builds should differ"
    statuses = Counter(status for _, status, _ in answers)
    assert statuses == Counter({200: len(answers)}), statuses
    seen = Counter()
    for path, _, body in answers:
        if path == CONSISTENT:
            assert body in [fp for fp, _ in builds], f"a response mixing builds: {body}"
            seen[[fp for fp, _ in builds].index(body)] += 1
        else:
            assert body in [files_[path] for _, files_ in builds], f"{path} from no single build"
    # The clients saw the first and the last build (no restart needed).
    assert seen[0] and seen[2], seen
    counts = Counter(body for path, _, body in answers if path == COUNT)
    assert len(counts) >= 2, counts  # count(*) changed with the rebuilds
    print(f"\n{len(answers)} answers during two rebuilds; count queries per build: {dict(seen)}")


def test_a_link_moved_to_another_build_folder_is_followed(tmp_path):
    files = sample_files()
    out = tmp_path / "out"
    build_package(source_with(tmp_path, files), out, use_cache=False)
    ds = make_datasette(out)
    asyncio.run(ds.invoke_startup())

    def get(path):
        return asyncio.run(ds.client.get(path))

    before = get("/councildata/documents.json?_shape=array").json()
    assert get("/download/documents.csv").status_code == 200
    # By hand: a copy of another build in a folder of its own, the link
    # swapped to it and the old build deleted.
    other = tmp_path / "elsewhere" / "build-2"
    build_package(source_with(tmp_path, files[:2]), tmp_path / "second", use_cache=False)
    shutil.copytree((tmp_path / "second").resolve(), other)
    old = out.resolve()
    tmp_link = tmp_path / "new-link"
    tmp_link.symlink_to(other)
    os.replace(tmp_link, out)
    shutil.rmtree(old)
    after = get("/councildata/documents.json?_shape=array").json()
    assert len(before) == len(files) and len(after) == 2
    csv = get("/download/documents.csv")
    assert csv.status_code == 200 and csv.content == (other / "documents.csv").read_bytes()
    assert json.loads(get("/download/datapackage.json").text) == json.loads((other / "datapackage.json").read_text("utf-8"))
    # Cached counts (the index page) are per build too.
    assert get("/councildata.json").status_code == 200
    counts = {t["name"]: t["count"] for t in get("/councildata.json").json()["tables"]}
    assert counts["documents"] == 2


def test_downloads_stay_inside_the_build(sample_build):
    ds = make_datasette(sample_build)
    asyncio.run(ds.invoke_startup())
    build = sample_build.resolve()
    (build.parent / "secret.txt").write_text("not for download", "utf-8")
    try:
        for path in ["/download/../secret.txt", "/download/%2E%2E/secret.txt", "/download/.hidden",
                     "/download/%2e%2e%2fsecret.txt", "/download/", "/download/nope.csv"]:
            resp = asyncio.run(ds.client.get(path))
            # 404, or Datasette's redirect where the client already resolved "..".
            assert resp.status_code in (404, 302), (path, resp.status_code)
            assert "not for download" not in resp.text
        ok = asyncio.run(ds.client.get("/download/resolutions.csv"))
        assert ok.status_code == 200 and ok.headers["content-type"].startswith("text/csv")
        assert ok.content == (build / "resolutions.csv").read_bytes()
    finally:
        (build.parent / "secret.txt").unlink()


def test_a_symlink_in_the_build_is_not_followed(tmp_path):
    out = tmp_path / "out"
    build_package(source_with(tmp_path, sample_files()[:2]), out, use_cache=False)
    (tmp_path / "secret.txt").write_text("not for download", "utf-8")
    (out.resolve() / "link.txt").symlink_to(tmp_path / "secret.txt")
    ds = make_datasette(out)
    asyncio.run(ds.invoke_startup())
    resp = asyncio.run(ds.client.get("/download/link.txt"))
    assert resp.status_code == 404 and "not for download" not in resp.text


USER_PATHS = ["/councildata/documents.json?_shape=array", "/download/documents.csv",
              "/councildata/resolutions.json?_facet=outcome", "/-/suche?q=Beschluss"]


def _serve_as(out: Path, uid: int, gid: int, conn) -> None:
    """In a forked child: drop to ``uid``, serve ``out`` and answer each
    message from the parent with the status and row count of USER_PATHS."""
    try:
        os.setgroups([])
        os.setgid(gid)
        os.setuid(uid)
        ds = make_datasette(out)
        asyncio.run(ds.invoke_startup())
        while conn.recv() == "go":
            answers = []
            for path in USER_PATHS:
                resp = asyncio.run(ds.client.get(path))
                rows = len(resp.json()) if path.startswith("/councildata/documents") and resp.status_code == 200 else None
                answers.append((path, resp.status_code, rows))
            conn.send(answers)
    except BaseException as exc:  # reported to the parent, which fails the test
        conn.send(repr(exc))


def test_served_by_another_user(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("switching to another user needs root")
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("no user 'nobody' on this machine")
    import multiprocessing

    # A folder every user may enter (pytest's tmp_path is private to root).
    root = Path(tempfile.mkdtemp(prefix="councildata-other-user-"))
    try:
        os.chmod(root, 0o755)
        out = root / "out"
        build_package(source_with(root, sample_files()[:3]), out, use_cache=False)
        assert (out.resolve().stat().st_mode & 0o005) == 0o005, "build folder not readable by others"
        # The same requests here first, so that every module they need is
        # imported before the child loses access to root's files.
        ds = make_datasette(out)
        asyncio.run(ds.invoke_startup())
        for path in USER_PATHS:
            assert asyncio.run(ds.client.get(path)).status_code == 200, path
        ctx = multiprocessing.get_context("fork")
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_serve_as, args=(out, nobody.pw_uid, nobody.pw_gid, child))
        proc.start()
        try:
            parent.send("go")
            first = parent.recv()
            assert isinstance(first, list), first
            assert all(status == 200 for _, status, _ in first), first
            assert first[0][2] == 3
            # A rebuild by another user (root here) is followed.
            build_package(source_with(root, sample_files()[:2]), out, use_cache=False)
            parent.send("go")
            second = parent.recv()
            assert isinstance(second, list), second
            assert all(status == 200 for _, status, _ in second), second
            assert second[0][2] == 2
        finally:
            parent.send("stop")
            proc.join(timeout=30)
            if proc.is_alive():
                proc.kill()
    finally:
        shutil.rmtree(root, ignore_errors=True)
