"""The planner's statistics (sqlite_stat1) describe the built tables, and
database.refresh_statistics keeps them so after a delta."""

from __future__ import annotations

import sqlite3

import sqlite_utils

from councildata.database import DB_NAME, STALE_STATISTICS, refresh_statistics
from councildata.model import TABLES


def stat_counts(conn, table):
    return {idx: int(stat.split(" ", 1)[0])
            for idx, stat in conn.execute("select idx, stat from sqlite_stat1 where tbl = ?", [table])}


def test_a_build_has_statistics_of_its_tables(corpus_build):
    conn = sqlite3.connect(f"file:{corpus_build / DB_NAME}?immutable=1", uri=True)
    for table in TABLES:
        n = conn.execute(f"select count(*) from [{table}]").fetchone()[0]
        stats = stat_counts(conn, table)
        if n:
            indexes = {r[1] for r in conn.execute(f"pragma index_list([{table}])")}
            assert set(stats) == indexes, table  # every index has its statistics
            # A partial index (a canned query's) counts the rows it holds.
            partial = {r[1]: r for r in conn.execute(f"pragma index_list([{table}])") if r[4]}
            for idx in partial:
                where = conn.execute("select sql from sqlite_master where name = ?", [idx]).fetchone()[0]
                held = conn.execute(f"select count(*) from [{table}] where {where.split(' where ', 1)[1]}").fetchone()[0]
                assert stats.pop(idx) == held, (table, idx)
            assert set(stats.values()) == {n}, table


def _db(tmp_path, rows: int) -> sqlite_utils.Database:
    db = sqlite_utils.Database(tmp_path / "t.db")
    db["things"].insert_all(({"id": i, "kind": i % 7} for i in range(rows)), pk="id")
    db["things"].create_index(["kind"])
    db["empty"].create({"id": int, "kind": int}, pk="id")
    db["empty"].create_index(["kind"])
    refresh_statistics(db)
    return db


def test_small_delta_updates_the_row_count_only(tmp_path):
    db = _db(tmp_path, 1000)
    assert stat_counts(db.conn, "things") == {"idx_things_kind": 1000}
    before = dict(db.execute("select idx, stat from sqlite_stat1 where tbl = 'things'").fetchall())
    db["things"].insert_all({"id": 1000 + i, "kind": 3} for i in range(int(1000 * STALE_STATISTICS) - 1))
    assert refresh_statistics(db, ["things"]) == []
    after = dict(db.execute("select idx, stat from sqlite_stat1 where tbl = 'things'").fetchall())
    n = 1000 + int(1000 * STALE_STATISTICS) - 1
    assert after["idx_things_kind"] == f"{n} " + before["idx_things_kind"].split(" ", 1)[1]
    assert refresh_statistics(db, ["things"]) == []  # nothing moved since


def test_large_delta_or_first_rows_analyse_again(tmp_path):
    db = _db(tmp_path, 1000)
    db["things"].insert_all({"id": 5000 + i, "kind": 100 + i} for i in range(1000))
    db["empty"].insert_all({"id": i, "kind": i} for i in range(50))
    assert refresh_statistics(db, ["things", "empty"]) == ["things", "empty"]
    assert stat_counts(db.conn, "things") == {"idx_things_kind": 2000}
    assert stat_counts(db.conn, "empty") == {"idx_empty_kind": 50}
    # rows per kind after ANALYZE: 2000 rows over 1007 kinds
    assert db.execute("select stat from sqlite_stat1 where idx = 'idx_things_kind'").fetchone()[0] == "2000 2"


def test_a_partial_index_neither_hides_the_row_count_nor_takes_it(tmp_path):
    db = sqlite_utils.Database(tmp_path / "p.db")
    db["things"].insert_all(({"id": i, "kind": i % 7} for i in range(1000)), pk="id")
    db["things"].create_index(["kind"])
    db.execute("create index things_rare on things(kind) where kind = 0")
    refresh_statistics(db)
    assert stat_counts(db.conn, "things") == {"idx_things_kind": 1000, "things_rare": 143}
    db["things"].insert_all({"id": i, "kind": i % 7} for i in range(1000, 1100))
    # +10 %: below STALE_STATISTICS, so only the counts move (not analysed again)
    assert refresh_statistics(db, ["things"]) == []
    assert stat_counts(db.conn, "things") == {"idx_things_kind": 1100, "things_rare": 157}


def test_an_index_made_after_the_statistics_is_analysed_by_a_delta(tmp_path):
    db = _db(tmp_path, 1000)
    db["things"].insert_all({"id": 1000 + i, "kind": i % 7} for i in range(10))
    db.execute("create index things_kind_id on things(kind, id)")
    assert refresh_statistics(db, ["things"]) == []  # a small delta: the table is not analysed again
    stats = dict(db.execute("select idx, stat from sqlite_stat1 where tbl = 'things'").fetchall())
    assert stats["idx_things_kind"].split(" ", 1)[0] == "1010"
    assert stats["things_kind_id"] == "1010 145 1"
