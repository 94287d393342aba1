"""BuildDatasette (councildata.serve): what Datasette redoes on every request
for a database that might change is done once per published build, with the
same answers: a new build's schema is read, table permissions still hold."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3

from councildata import serve
from councildata.database import DB_NAME


def _copy(build, to):
    shutil.copytree(build, to, symlinks=True)
    return to


def _two_builds(sample_build, tmp_path, monkeypatch, *changes):
    """Two build folders behind one symlink, as `councildata build` publishes
    them: the site points at the first; the second has ``changes`` (SQL) made."""
    first = _copy(sample_build, tmp_path / "b1")
    second = _copy(sample_build, tmp_path / "b2")
    conn = sqlite3.connect(second / DB_NAME)
    for sql in changes:
        conn.execute(sql)
    conn.commit()
    conn.close()
    site = tmp_path / "site"
    site.symlink_to(first)
    monkeypatch.setenv("COUNCILDATA_CACHE_MB", "0")
    return first, second, site


def test_schemas_are_read_once_per_build_and_again_for_a_new_one(tmp_path, sample_build, monkeypatch):
    first, second, site = _two_builds(sample_build, tmp_path, monkeypatch, "create table added_in_second_build (x)")
    ds = serve.make_datasette(site)
    refreshed = []
    original = serve.Datasette._refresh_schemas

    async def counting(self):
        refreshed.append(1)
        return await original(self)

    monkeypatch.setattr(serve.Datasette, "_refresh_schemas", counting)

    async def run():
        await ds.invoke_startup()
        for _ in range(3):
            assert (await ds.client.get("/councildata/documents.json?_size=1")).status_code == 200
        assert len(refreshed) == 1
        assert (await ds.client.get("/councildata/added_in_second_build.json")).status_code == 404
        site.unlink()
        site.symlink_to(second)
        response = await ds.client.get("/councildata/added_in_second_build.json")
        assert response.status_code == 200, response.text
        assert len(refreshed) == 2
        tables = await ds.databases["_internal"].execute(
            "select table_name from tables where database_name = 'councildata'")
        assert "added_in_second_build" in {r[0] for r in tables}

    asyncio.run(run())


def test_table_permissions_hold_with_the_kept_allow_blocks(tmp_path, sample_build, monkeypatch):
    site = _copy(sample_build, tmp_path / "site")
    meta = (site / "metadata.json").read_text("utf-8")
    import json

    data = json.loads(meta)
    data["databases"]["councildata"]["tables"]["motions"]["allow"] = {"id": "editor"}
    (site / "metadata.json").write_text(json.dumps(data), "utf-8")
    monkeypatch.setenv("COUNCILDATA_CACHE_MB", "0")
    ds = serve.make_datasette(site)

    async def run():
        await ds.invoke_startup()
        editor = {"ds_actor": ds.sign({"a": {"id": "editor"}}, "actor")}
        for _ in range(2):  # the second time from the kept blocks
            assert (await ds.client.get("/councildata/motions.json")).status_code == 403
            assert (await ds.client.get("/councildata/motions.json", cookies=editor)).status_code == 200
            assert (await ds.client.get("/councildata/resolutions.json?_size=1")).status_code == 200
        assert await ds.permission_allowed(None, "view-table", ("councildata", "motions")) is False
        assert ds._table_permission_allows("councildata", "motions") == [{"id": "editor"}]

    asyncio.run(run())


def test_a_page_reads_the_schema_only_the_first_time(sample_build, monkeypatch):
    from datasette.database import Database

    monkeypatch.setenv("COUNCILDATA_CACHE_MB", "0")
    ds = serve.make_datasette(sample_build)
    ran: list[str] = []
    original_execute, original_fn = Database.execute, Database.execute_fn

    async def execute(self, sql, params=None, *args, **kwargs):
        ran.append(sql)
        return await original_execute(self, sql, params, *args, **kwargs)

    async def execute_fn(self, fn):
        ran.append(getattr(fn, "__qualname__", ""))
        return await original_fn(self, fn)

    monkeypatch.setattr(Database, "execute", execute)
    monkeypatch.setattr(Database, "execute_fn", execute_fn)
    conn = sqlite3.connect(sample_build / DB_NAME)
    key = conn.execute("select id from resolutions limit 1").fetchone()[0]
    conn.close()
    from datasette.utils import tilde_encode

    pages = ["/councildata/resolutions", "/councildata/resolutions.json?_search=Beschluss",
             f"/councildata/resolutions/{tilde_encode(key)}"]

    async def run():
        await ds.invoke_startup()
        for page in pages:
            assert (await ds.client.get(page)).status_code == 200, page
        first = list(ran)
        ran.clear()
        for page in pages:
            assert (await ds.client.get(page)).status_code == 200, page
        return first, list(ran)

    first, again = asyncio.run(run())
    schema = [s for s in again if "sqlite_master" in s or "PRAGMA" in s.upper() or "<lambda>" in s]
    assert any("sqlite_master" in s for s in first)  # it was read, once
    assert not schema, schema


def test_a_served_builds_counts_are_frozen_out_of_full_collections(sample_build, monkeypatch):
    import gc

    monkeypatch.setenv("COUNCILDATA_CACHE_MB", "0")
    ds = serve.make_datasette(sample_build)
    db = ds.databases["councildata"]
    db.freeze_loaded = True  # as `councildata serve` sets it
    gc.unfreeze()
    try:
        async def run():
            await ds.invoke_startup()
            assert (await ds.client.get("/councildata/resolutions.json?_size=1")).status_code == 200
            return await db.counts()

        counts = asyncio.run(run())
        assert counts is not None
        assert gc.get_freeze_count() > 0
        assert not gc.is_tracked(counts) or counts not in gc.get_objects(generation=2)
    finally:
        gc.unfreeze()


def test_foreign_key_labels_are_datasettes_asked_once_per_build(tmp_path, sample_build, monkeypatch):
    """Labels of foreign keys (table pages, _labels=on, facets) equal plain
    Datasette's; each key is asked of the database once per build, and a
    new build's labels are its own."""
    from datasette.database import Database

    first, second, site = _two_builds(sample_build, tmp_path, monkeypatch, "update documents set title = 'Neu: ' || coalesce(title, '')", "update organizations set name = 'Neu: ' || name")
    ds = serve.make_datasette(site)
    ran = []
    original_execute = Database.execute

    async def execute(self, sql, *args, **kwargs):
        ran.append(sql)
        return await original_execute(self, sql, *args, **kwargs)

    monkeypatch.setattr(Database, "execute", execute)
    paths = ["/councildata/resolutions.json?_labels=on&_size=50", "/councildata/resolutions.json?_labels=on&_sort=id",
             "/councildata/motions.json?_labels=on", "/councildata/meetings.json?_labels=on",
             "/councildata/resolutions.json?_labels=on&_facet=decided_by_id"]

    def labels_asked():
        return [s for s in ran if " in (" in s and "from" in s and "select" in s and "where" in s and "\n" in s]

    async def pages():
        # without the time the queries took
        return [{k: v for k, v in (await ds.client.get(p)).json().items() if k != "query_ms"} for p in paths]

    async def plain(pages_of):
        # Datasette's own expand_foreign_keys, for the same pages
        monkeypatch.setattr(serve.BuildDatasette, "expand_foreign_keys", serve.Datasette.expand_foreign_keys)
        try:
            return await pages_of()
        finally:
            monkeypatch.undo()
            monkeypatch.setattr(Database, "execute", execute)
            monkeypatch.setenv("COUNCILDATA_CACHE_MB", "0")

    async def run():
        await ds.invoke_startup()
        got = await pages()
        asked = len(labels_asked())
        assert asked >= 3
        again = await pages()
        assert again == got and len(labels_asked()) == asked  # nothing asked again
        assert await plain(pages) == got
        assert any(isinstance(v, dict) and v.get("label") for page in got for r in page["rows"] for v in r.values())
        site.unlink()
        site.symlink_to(second)
        new = await pages()
        assert new == await plain(pages) and new != got
        assert any(isinstance(v, dict) and str(v.get("label", "")).startswith("Neu: ")
                   for page in new for r in page["rows"] for v in r.values())

    asyncio.run(run())


def test_the_front_page_is_read_once_per_build(tmp_path, sample_build, monkeypatch):
    import re

    from councildata.site import pages

    first, second, site = _two_builds(sample_build, tmp_path, monkeypatch, "update resolutions set decided_by = 'Neuer Rat' where decided_by is not null")
    ds = serve.make_datasette(site)
    read = []
    original = pages._front_page

    async def counting(*args):
        read.append(1)
        return await original(*args)

    monkeypatch.setattr(pages, "_front_page", counting)

    def page(d):
        # without the build's name in the download links
        return re.sub(r"\?v=[^\"]+", "", asyncio.run(d.client.get("/")).text)

    asyncio.run(ds.invoke_startup())
    before = [page(ds) for _ in range(3)]
    assert len(read) == 1 and len(set(before)) == 1
    site.unlink()
    site.symlink_to(second)
    after = page(ds)
    assert len(read) == 2 and after != before[0] and "Neuer Rat" in after
    fresh = serve.make_datasette(second)
    asyncio.run(fresh.invoke_startup())
    assert page(fresh) == after
