"""Counts and facets served from the build's precomputed table equal what
SQL over the tables gives, and really come from that table."""

from __future__ import annotations

import asyncio
from collections import Counter
import re
import shutil
import sqlite3
from urllib.parse import quote

import pytest

from councildata.database import COUNTS_TABLE, DB_NAME, facet_columns
from councildata.precomputed import load_counts
from councildata.serve import make_datasette


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def served(build):
    ds = make_datasette(build)
    asyncio.run(ds.invoke_startup())
    return ds


def facet_truth(conn, table, column, where="", params=()):
    rows = conn.execute(
        f"select [{column}], count(*) as n from [{table}] where [{column}] is not null {where} "
        f"group by [{column}] order by n desc, [{column}]", params).fetchall()
    return [[v, n] for v, n in rows]


def served_facets(page):
    return {name: [[r["value"], r["count"]] for r in f["results"]] for name, f in page["facet_results"].items()}


@pytest.fixture(scope="module")
def ds(corpus_build):
    return served(corpus_build)


def test_counts_table_is_written_and_hidden(corpus_build, ds):
    counts = load_counts(corpus_build / DB_NAME)
    assert counts is not None
    conn = sqlite3.connect(corpus_build / DB_NAME)
    for table in facet_columns():
        assert counts.totals[table] == conn.execute(f"select count(*) from [{table}]").fetchone()[0]
    hidden = get(ds, "/councildata.json").json()
    assert COUNTS_TABLE not in [t["name"] for t in hidden["tables"] if not t["hidden"]]


def test_table_pages_match_sql(corpus_build, ds):
    conn = sqlite3.connect(corpus_build / DB_NAME)
    facets = facet_columns()
    size = 1000  # more than any facet here holds: the whole list is compared
    for table, columns in facets.items():
        page = get(ds, f"/councildata/{table}.json?_facet_size={size}").json()
        assert page["filtered_table_rows_count"] == conn.execute(f"select count(*) from [{table}]").fetchone()[0]
        assert served_facets(page) == {c: facet_truth(conn, table, c) for c in columns}, table
        for f in columns:
            values = [v for (v,) in conn.execute(
                f"select distinct [{f}] from [{table}] where [{f}] is not null order by 1 limit 4")]
            for value in values:
                page = get(ds, f"/councildata/{table}.json?_facet_size={size}&{f}={quote(str(value))}").json()
                where = f"and [{f}] = ?"
                expected = conn.execute(f"select count(*) from [{table}] where [{f}] = ?", [value]).fetchone()[0]
                assert page["filtered_table_rows_count"] == expected, (table, f, value)
                assert served_facets(page) == {c: facet_truth(conn, table, c, where, [value]) for c in columns}, (table, f, value)


def test_other_pages_fall_back_to_sql(corpus_build, ds):
    conn = sqlite3.connect(corpus_build / DB_NAME)
    # A value the build does not hold, a second filter, an operator: Datasette's own SQL.
    page = get(ds, "/councildata/resolutions.json?decided_by=Niemand").json()
    assert page["filtered_table_rows_count"] == 0
    assert all(not f["results"] for f in page["facet_results"].values())
    page = get(ds, "/councildata/resolutions.json?outcome=adopted&unanimous=1").json()
    assert page["filtered_table_rows_count"] == conn.execute(
        "select count(*) from resolutions where outcome = 'adopted' and unanimous = 1").fetchone()[0]
    assert served_facets(page)["decided_by"] == facet_truth(
        conn, "resolutions", "decided_by", "and outcome = 'adopted' and unanimous = 1")
    page = get(ds, "/councildata/resolutions.json?decided_by__contains=aus").json()
    assert page["filtered_table_rows_count"] == conn.execute(
        "select count(*) from resolutions where decided_by like '%aus%'").fetchone()[0]


def test_answers_come_from_the_counts_table(corpus_build, tmp_path):
    # A copy whose counts table says something SQL over the rows would not:
    # the page shows it, so the page was answered from the table.
    build = tmp_path / "site"
    shutil.copytree(corpus_build, build)
    conn = sqlite3.connect(build / DB_NAME)
    with conn:
        conn.execute(f"update [{COUNTS_TABLE}] set count = count + 1000 where tbl = 'resolutions'")
    value = conn.execute("select outcome from resolutions where outcome is not null limit 1").fetchone()[0]
    real_total = conn.execute("select count(*) from resolutions").fetchone()[0]
    real_filtered = conn.execute("select count(*) from resolutions where outcome = ?", [value]).fetchone()[0]
    conn.close()
    ds = served(build)
    page = get(ds, "/councildata/resolutions.json").json()
    assert page["filtered_table_rows_count"] == real_total + 1000
    assert all(r["count"] > 1000 for r in page["facet_results"]["outcome"]["results"])
    page = get(ds, f"/councildata/resolutions.json?outcome={value}").json()
    assert page["filtered_table_rows_count"] == real_filtered + 1000
    assert all(r["count"] > 1000 for r in page["facet_results"]["decided_by"]["results"])
    counts = asyncio.run(ds.databases["councildata"].table_counts())
    assert counts["resolutions"] == real_total + 1000


def test_a_build_without_counts_is_served_by_sql(corpus_build, tmp_path):
    build = tmp_path / "site"
    shutil.copytree(corpus_build, build)
    conn = sqlite3.connect(build / DB_NAME)
    with conn:
        conn.execute(f"drop table [{COUNTS_TABLE}]")
    total = conn.execute("select count(*) from resolutions").fetchone()[0]
    conn.close()
    page = get(served(build), "/councildata/resolutions.json").json()
    assert page["filtered_table_rows_count"] == total
    assert page["facet_results"]["outcome"]["results"]


def test_precompute_recounts_only_the_tables_given(corpus_build, tmp_path):
    import sqlite_utils

    from councildata.database import precompute

    path = tmp_path / DB_NAME
    shutil.copy(corpus_build / DB_NAME, path)
    db = sqlite_utils.Database(path)
    before = db.execute(f"select * from [{COUNTS_TABLE}] where tbl != 'resolutions' order by 1, 2, 3, 4, 7").fetchall()
    with db.conn:
        db.execute("delete from resolutions where rowid in (select rowid from resolutions limit 3)")
        db.execute("update documents set type = 'other'")  # not recounted: not named below
    precompute(db, tables=["resolutions"])
    counts = load_counts(path)
    assert counts.totals["resolutions"] == db.execute("select count(*) from resolutions").fetchone()[0]
    assert counts.facet("resolutions", None, "outcome") == [
        tuple(r) for r in facet_truth(db.conn, "resolutions", "outcome")]
    after = db.execute(f"select * from [{COUNTS_TABLE}] where tbl != 'resolutions' order by 1, 2, 3, 4, 7").fetchall()
    assert after == before


def test_a_page_filtered_by_one_value_is_read_in_page_order_from_an_index(corpus_build):
    # The query Datasette 0.65 runs for /<table>?<column>=<value> on a table
    # the site sorts newest first (with the first-page cursor of
    # datasette_plugin.first_page_next): no walk of the whole table in date
    # order, no sort of the matching rows.
    conn = sqlite3.connect(corpus_build / DB_NAME)
    checked = 0
    for table, columns in facet_columns().items():
        if table not in ("documents", "meetings", "motions", "resolutions"):
            continue
        for column in columns:
            if column == "date":
                continue
            plan = " / ".join(r[3] for r in conn.execute(
                f'explain query plan select * from [{table}] where "{column}" = :p0 and '
                "(date < :p2 or date is null or (date = :p2 and id > :p1)) order by date desc, id limit 101",
                {"p0": "x", "p1": "", "p2": "\U0010ffff"}))
            assert f"idx_{table}_{column}_date_id ({column}=?)" in plan and "TEMP B-TREE" not in plan, (table, plan)
            checked += 1
    assert checked >= 8


def test_a_resolution_page_looks_up_its_paper_by_index(corpus_build):
    # The other resolutions on the same paper (councildata.site.pages): two
    # index lookups; at 1M rows an OR across both tables read every resolution.
    import inspect

    from councildata.site import pages

    source = inspect.getsource(pages._resolution_rows)
    sql = re.search(r'"(select r\.\*, d\.title as document_title.*?limit )" \+', source, re.S).group(1)
    sql = re.sub(r'"\s*"', "", sql) + "20"
    conn = sqlite3.connect(corpus_build / DB_NAME)
    rid, paper = conn.execute("select id, paper_reference from resolutions where paper_reference != '' limit 1").fetchone()
    plan = [r[3] for r in conn.execute("explain query plan " + sql, {"id": rid, "paper": paper})]
    assert not any(step.startswith("SCAN") for step in plan), plan
    assert conn.execute(sql, {"id": rid, "paper": paper}).fetchall()


def test_counts_follow_a_delta_as_a_recount_would(corpus_build, tmp_path):
    # The delta of an incremental build: rows of some documents go, new rows
    # come; the counts updated by what those rows count equal a recount.
    import sqlite_utils

    from councildata.database import counted_by, precompute, update_counts

    path = tmp_path / DB_NAME
    shutil.copy(corpus_build / DB_NAME, path)
    db = sqlite_utils.Database(path)
    table = "resolutions"
    docs = [d for (d,) in db.execute(f"select distinct document_id from [{table}] order by document_id limit 6")]
    gone = [r for (r,) in db.execute(
        f"select rowid from [{table}] where document_id in (?, ?, ?) order by rowid", docs[:3])]
    again = db.execute(f"select * from [{table}] where document_id in (?, ?, ?) order by rowid", docs[3:]).fetchall()
    delta = counted_by(db, table, gone)
    delta = Counter({k: -n for k, n in delta.items()})
    with db.conn:
        db.execute(f"delete from [{table}] where rowid in ({', '.join('?' for _ in gone)})", gone)
        before = db.execute(f"select max(rowid) from [{table}]").fetchone()[0]
        # The same rows once more under other ids: every value they count is counted twice now.
        cols = [c[1] for c in db.execute(f"pragma table_info([{table}])")]
        key = cols.index("id")
        db.conn.executemany(f"insert into [{table}] values ({', '.join('?' for _ in cols)})",
                            [tuple(v + "-again" if i == key else v for i, v in enumerate(r)) for r in again])
        added = [r for (r,) in db.execute(f"select rowid from [{table}] where rowid > ?", [before])]
        delta.update(counted_by(db, table, added))
        assert update_counts(db, table, delta)
    updated = db.execute(f"select * from [{COUNTS_TABLE}] order by 1, 2, 3, 4, 5, 7").fetchall()
    precompute(db, tables=[table])
    recounted = db.execute(f"select * from [{COUNTS_TABLE}] order by 1, 2, 3, 4, 5, 7").fetchall()
    assert sorted(updated, key=repr) == sorted(recounted, key=repr)
    assert any(n > 0 for n in delta.values()) and any(n < 0 for n in delta.values())


def test_counts_that_do_not_fit_a_delta_ask_for_a_recount(corpus_build, tmp_path):
    import sqlite_utils

    from councildata.database import update_counts

    path = tmp_path / DB_NAME
    shutil.copy(corpus_build / DB_NAME, path)
    db = sqlite_utils.Database(path)
    # Taking away a value the counts never held: they are not this table's.
    assert not update_counts(db, "resolutions", Counter({("", "", "outcome", "no-such-outcome"): -1}))


def test_fixed_queries_are_those_without_parameters_clock_or_chance():
    from councildata.precomputed import fixed_queries

    queries = {
        "grouped": {"sql": "select decided_by, min(date) as first from resolutions group by decided_by"},
        "plain": "select count(*) from documents",
        "named": {"sql": "select * from resolutions where outcome = :outcome"},
        "numbered": {"sql": "select * from resolutions where outcome = ?"},
        "today": {"sql": "select * from resolutions where date > date('now', '-1 year')"},
        "stamp": {"sql": "select current_timestamp, * from documents"},
        "chance": {"sql": "select * from documents order by random() limit 1"},
        "writes": {"sql": "select 1", "write": True},
    }
    assert fixed_queries(queries) == {queries["grouped"]["sql"], queries["plain"]}
