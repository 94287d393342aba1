"""Every query a row page runs finds its rows through an index: none reads a
whole table (EXPLAIN QUERY PLAN), so a row page costs the same at 1M rows as
at 1,000 (the related resolutions, the motion, the passage, the counts of
rows linking here)."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
from datasette.database import Database
from datasette.utils import tilde_encode

from councildata.database import DB_NAME
from councildata.model import TABLES
from councildata.site import pages

from .conftest import uncached_datasette


@pytest.fixture(scope="module")
def ds(corpus_build):
    return uncached_datasette(corpus_build)  # every page below runs its queries


def _row_urls(conn) -> list[str]:
    urls = []
    for table in TABLES:
        for (key,) in conn.execute(f"select id from [{table}] order by rowid limit 2"):
            urls.append(f"/councildata/{table}/{tilde_encode(key)}")
    # resolutions with everything their page looks up: a paper, a motion
    for where in ("paper_reference is not null", "motion_id is not null"):
        row = conn.execute(f"select id from resolutions where {where} limit 1").fetchone()
        assert row, f"the corpus has a resolution with {where}"
        urls.append(f"/councildata/resolutions/{tilde_encode(row[0])}")
    return urls


def test_row_pages_read_no_whole_table(corpus_build, ds, monkeypatch):
    conn = sqlite3.connect(f"file:{corpus_build / DB_NAME}?immutable=1", uri=True)
    ran: list[tuple[str, object]] = []
    original = Database.execute

    async def execute(self, sql, params=None, *args, **kwargs):
        ran.append((sql, params))
        return await original(self, sql, params, *args, **kwargs)

    monkeypatch.setattr(Database, "execute", execute)
    # The site's own row page queries run together in one SQL thread call.
    read_rows = pages._rows

    def rows(conn, sql, params):
        ran.append((sql, params))
        return read_rows(conn, sql, params)

    monkeypatch.setattr(pages, "_rows", rows)
    checked = 0
    every_sql: list[str] = []
    for url in _row_urls(conn):
        ran.clear()
        response = asyncio.run(ds.client.get(url))
        assert response.status_code == 200, url
        for sql, params in ran:
            if sql.lstrip().lower().startswith("pragma") or "sqlite_master" in sql or " from databases" in sql:
                continue  # Datasette's look at the schema and its own catalogue
            plan = [row[-1] for row in conn.execute("explain query plan " + sql, params or {})]
            scans = [step for step in plan if step.startswith("SCAN ") and step != "SCAN CONSTANT ROW"]
            assert not scans, (url, " ".join(sql.split()), plan)
            checked += 1
            every_sql.append(sql)
    assert checked >= 20
    # the resolution pages' own lookups were among them
    assert any("paper_reference = :paper" in sql for sql in every_sql)
    assert any("from motions where id = ?" in sql for sql in every_sql)
