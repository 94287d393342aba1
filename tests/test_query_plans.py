"""Canned queries read through indexes, not whole tables: the indexes a
query asks for in publish/site.yaml (``indexes:``) are in every build and
SQLite chooses them (EXPLAIN QUERY PLAN), so the query costs about the same
at 1M rows as at 1,000."""

from __future__ import annotations

import re
import sqlite3

import pytest
import sqlite_utils

from councildata import database
from councildata.database import DB_NAME
from councildata.datasette_plugin import prepare_connection
from councildata.metadata import build_metadata

QUERIES = build_metadata()["databases"]["councildata"]["queries"]
PARAMS = {"q": "Gemeinderat", "submitter": "", "max_margin": "5"}


@pytest.fixture(scope="module")
def conn(corpus_build):
    conn = sqlite3.connect(f"file:{corpus_build / DB_NAME}?immutable=1", uri=True)
    prepare_connection(conn, "councildata", None)  # the server's SQL functions (escape_fts)
    yield conn
    conn.close()


def _plan(conn, sql: str) -> list[str]:
    used = {p: v for p, v in PARAMS.items() if f":{p}" in sql}
    return [row[-1] for row in conn.execute("explain query plan " + sql, used)]


def test_the_queries_indexes_are_in_the_build(conn):
    wanted = database.query_indexes()
    assert {ix["table"] for ix in wanted} >= {"resolutions"}
    have = {name for (name,) in conn.execute("select name from sqlite_master where type = 'index'")}
    for ix in wanted:
        assert ix["name"] in have, ix


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_canned_query_reads_no_whole_table(conn, name):
    sql = QUERIES[name]["sql"]
    plan = _plan(conn, sql)
    # "SCAN r" alone: every row of the table read; through an index or the
    # full-text index (VIRTUAL TABLE) it is the rows in the query's order. A
    # query's own few rows (a `with` part: "SCAN hits") are no table.
    own = set(re.findall(r"(\w+)(?:\([^)]*\))?\s+as\s+\(", sql))
    bare = [step for step in plan if re.fullmatch(r"SCAN \w+", step) and step.split()[1] not in own]
    assert not bare, (name, plan)


@pytest.mark.parametrize("name", sorted({ix["name"].removeprefix("idx_query_").rsplit("_", 1)[0]
                                          for ix in database.query_indexes()}))
def test_a_query_uses_the_index_it_asks_for(conn, name):
    plan = " ".join(_plan(conn, QUERIES[name]["sql"]))
    assert f"idx_query_{name}_" in plan, plan


def test_a_query_index_without_table_or_columns_is_refused(monkeypatch, tmp_path):
    bad = tmp_path / "publish"
    bad.mkdir()
    (bad / "site.yaml").write_text("queries:\n  q1:\n    sql: select 1\n    indexes:\n      - table: nope\n"
                                   "        columns: [a]\n", "utf-8")
    monkeypatch.setattr(database.schemas, "project_file", lambda name: tmp_path / name)
    with pytest.raises(ValueError, match="query q1: each of its indexes needs a `table`"):
        database.query_indexes()


def test_query_indexes_are_safe_to_create_again(tmp_path, corpus_build):
    db = sqlite_utils.Database(tmp_path / "copy.db")
    src = sqlite3.connect(corpus_build / DB_NAME)
    src.backup(db.conn)
    src.close()
    database.create_query_indexes(db)
    database.create_query_indexes(db)
    names = {ix["name"] for ix in database.query_indexes()}
    assert names <= {name for (name,) in db.execute("select name from sqlite_master where type = 'index'")}
