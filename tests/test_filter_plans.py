"""Pages filtered on several columns (councildata.filter_plans) give Datasette's rows.

Every combination of two filters of the sample build, paged with ``_next``
to its end, with the matches collected first and with the page read in its
order: the rows of ``select … order by date desc, id`` each once, in order.
"""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from councildata import filter_plans
from councildata.database import DB_NAME

from .conftest import uncached_datasette

PAIRS = [("outcome", "unanimous"), ("decided_by", "outcome"), ("unanimous", "recommended_to")]


@pytest.fixture(scope="module")
def conn(sample_build):
    c = sqlite3.connect(f"file:{sample_build / DB_NAME}?immutable=1", uri=True)
    yield c
    c.close()


def combinations(conn):
    for a, b in PAIRS:
        for va, vb in conn.execute(f"select {a}, {b} from resolutions where {a} is not null and {b} is not null "
                                   "group by 1, 2"):
            yield (a, va), (b, vb)
    yield ("outcome", "adopted"), ("unanimous", "7")  # nothing matches


def paged(ds, query: str) -> list[str]:
    ids, path = [], f"/councildata/resolutions.json?{query}&_size=3&_shape=objects"
    while path:
        r = asyncio.run(ds.client.get(path))
        assert r.status_code == 200, r.text[:300]
        data = r.json()
        ids += [row["id"] for row in data["rows"]]
        path = data["next_url"] and data["next_url"].split("localhost", 1)[-1]
    return ids


@pytest.mark.parametrize("collect", [True, False])
def test_two_filters_page_like_datasette(sample_build, conn, monkeypatch, collect):
    from urllib.parse import urlencode

    ran = []
    plan = filter_plans.FilterPlanner.plan

    async def forced(self, execute, sql, params, filter_count):
        # A large single-filter count makes every page collect; none, none.
        new = await plan(self, execute, sql, params, (lambda *_: 10**9) if collect else (lambda *_: None))
        ran.append(new != sql)
        return new

    monkeypatch.setattr(filter_plans.FilterPlanner, "plan", forced)
    ds = uncached_datasette(sample_build)
    checked = 0
    for (a, va), (b, vb) in combinations(conn):
        expected = [r[0] for r in conn.execute(f"select id from resolutions where {a} = ? and {b} = ? "
                                               "order by date desc, id", [va, vb])]
        assert paged(ds, urlencode({a: va, b: vb})) == expected, (a, va, b, vb)
        checked += 1
    assert checked > 5
    assert any(ran) if collect else not any(ran)


def test_a_stopped_facet_count_is_not_tried_again_at_once(sample_build, monkeypatch):
    """A facet count stopped by its time limit reports "not counted" without
    holding an SQL thread again for a while (PublishedBuild.STOPPED_SECONDS);
    after that it is tried again."""
    from datasette.database import Database, QueryInterrupted

    from councildata.published import PublishedBuild

    tried = []
    original = Database.execute

    async def execute(self, sql, *args, **kwargs):
        if " as value, count(*) as count from (" in sql and "recommended_to as value" in sql:
            tried.append(sql)
            raise QueryInterrupted(None, sql, args[0] if args else None)
        return await original(self, sql, *args, **kwargs)

    monkeypatch.setattr(Database, "execute", execute)
    ds = uncached_datasette(sample_build)
    path = "/councildata/resolutions?outcome=adopted&unanimous=1"

    def timed_out():
        r = asyncio.run(ds.client.get(path))
        assert r.status_code == 200
        return "facets-timed-out" in r.text and "recommended_to" in r.text.split("facets-timed-out", 1)[1][:400]

    assert timed_out() and len(tried) == 1
    assert timed_out() and len(tried) == 1, "not tried again at once"
    monkeypatch.setattr(PublishedBuild, "STOPPED_SECONDS", 0.0)
    assert timed_out() and len(tried) == 2
