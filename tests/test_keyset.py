"""Pages after a cursor seek an index (councildata.keyset) and give Datasette's rows.

Every cursor of a small table with repeated and missing sort values, in
both directions, with and without a filter: the rewritten SQL returns the
same rows in the same order as the SQL Datasette 0.65 writes, and SQLite
plans it without walking the table or its sort index from the start.
"""

from __future__ import annotations

import random
import sqlite3

import pytest

from councildata.keyset import seek_sql

COLS = "id, kind, date, note"


@pytest.fixture(scope="module")
def conn():
    c = sqlite3.connect(":memory:")
    c.execute("create table t (id text primary key, kind text, date text, note text)")
    rng = random.Random(3)
    rows = [(f"k{i:04d}", rng.choice(["a", "b", None]), rng.choice([None, "2020-01-01", "2020-01-02", "2021-05-05",
                                                                      "2019-12-31", "2022-02-02"]), f"n{i}")
            for i in range(400)]
    c.executemany("insert into t values (?, ?, ?, ?)", rows)
    c.execute("create index t_date_id on t (date desc, id)")
    c.execute("create index t_kind_date_id on t (kind, date desc, id)")
    c.execute("analyze")
    yield c
    c.close()


def datasette_desc(where: str = "") -> str:
    return (f"select {COLS} from t where {where}(date < :p1 or date is null or (date = :p1 and ((id > :p0)))) "
            "order by date desc, id limit 11")


def datasette_asc(where: str = "") -> str:
    return f"select {COLS} from t where {where}(date > :p1 or (date = :p1 and ((id > :p0)))) order by date, id limit 11"


def datasette_asc_null(where: str = "") -> str:
    return f"select {COLS} from t where {where}(date is not null or (date is null and ((id > :p0)))) order by date, id limit 11"


def cursors(conn, order: str):
    return [(d, i) for i, d in conn.execute(f"select id, date from t order by {order}")]


@pytest.mark.parametrize("where,extra", [("", {}), ('"kind" = :k and ', {"k": "a"}), ("note > :n and ", {"n": "n2"})])
def test_same_rows_as_datasette_sql(conn, where, extra):
    checked = 0
    for sql, order, nulls in ((datasette_desc(where), "date desc, id", True), (datasette_asc(where), "date, id", False),
                              (datasette_asc_null(where), "date, id", None)):
        seek = seek_sql(sql)
        assert seek is not None and "union all" in seek
        for date, key in cursors(conn, order):
            if nulls is None and date is not None or nulls is False and date is None:
                continue  # Datasette writes a null cursor of an ascending sort as the $null shape
            params = {"p0": key, "p1": date, **extra}
            if nulls is None:
                params.pop("p1")
            expected = conn.execute(sql, params).fetchall()
            assert conn.execute(seek, params).fetchall() == expected, (sql, params)
            checked += 1
    assert checked > 600


def test_the_rewritten_page_seeks(conn):
    for sql in (datasette_desc(), datasette_asc(), datasette_desc('"kind" = :k and ')):
        plan = " | ".join(r[3] for r in conn.execute("explain query plan " + seek_sql(sql),
                                                       {"p0": "k0100", "p1": "2020-01-02", "k": "a"}))
        assert "SCAN" not in plan, plan
    # What the rewrite avoids: Datasette's own SQL walks the sort index from its start.
    original = conn.execute("explain query plan " + datasette_desc(), {"p0": "k0100", "p1": "2020-01-02"}).fetchall()
    assert [r[3] for r in original] == ["SCAN t USING INDEX t_date_id"]


@pytest.mark.parametrize("sql", [
    # a table search: planned by councildata.search_plans
    f"select {COLS} from t where rowid in (select rowid from f where f match escape_fts(:search)) and "
    "(date < :p1 or date is null or (date = :p1 and ((id > :p0)))) order by date desc, id limit 11",
    # the sort column not selected (a compound select orders by its result columns)
    "select id, note from t where (date < :p1 or date is null or (date = :p1 and ((id > :p0)))) "
    "order by date desc, id limit 11",
    # another order than the cursor's
    f"select {COLS} from t where (date < :p1 or date is null or (date = :p1 and ((id > :p0)))) order by id limit 11",
    # sorted by the key itself: a seek already
    f"select {COLS} from t where (id > :p1 or (id = :p1 and ((id > :p0)))) order by id, id limit 11",
    # no cursor, or a first page
    f"select {COLS} from t order by date desc, id limit 11",
    f"select {COLS} from t where kind = :k order by date desc, id limit 11",
    # two cursor clauses (not a shape Datasette writes)
    f"select {COLS} from t where (date < :p1 or date is null or (date = :p1 and ((id > :p0)))) and "
    "(date < :p1 or date is null or (date = :p1 and ((id > :p0)))) order by date desc, id limit 11",
])
def test_other_queries_are_left_alone(sql):
    assert seek_sql(sql) is None


def test_a_first_page_cursor_is_left_out_of_facet_counts(conn):
    from councildata.keyset import FIRST_PAGE_DESC_VALUE, without_first_page_cursor

    cursor = "(date < :p2 or date is null or (date = :p2 and ((id > :p1))))"
    first = {"p0": "a", "p1": "", "p2": FIRST_PAGE_DESC_VALUE}
    for where, expected in ((f'where "kind" = :p0 and {cursor} ', 'where "kind" = :p0 '),
                            (f"where {cursor} and kind = :p0 ", "where kind = :p0 "),
                            (f"where {cursor} ", "")):
        sql = f"select kind as value, count(*) as count from (select * from t {where}) group by kind"
        stripped = without_first_page_cursor(sql, first)
        assert stripped.split() == f"select kind as value, count(*) as count from (select * from t {expected}) group by kind".split()
        # The same counts: every row meets a first page's cursor.
        assert conn.execute(stripped, first).fetchall() == conn.execute(sql, first).fetchall()
        # A real cursor stays.
        assert without_first_page_cursor(sql, {**first, "p2": "2020-01-02"}) == sql
        assert without_first_page_cursor(sql, {**first, "p1": "k0001"}) == sql
    asc = "select * from t where (date is not null or (date is null and ((id > :p0)))) "
    assert without_first_page_cursor(asc, {"p0": ""}).split() == ["select", "*", "from", "t"]
    assert without_first_page_cursor(asc, {"p0": "k0003"}) == asc
