"""Table searches (?_search=) give the rows, counts and facets of Datasette's
own SQL whichever plan councildata.search_plans picks."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from councildata import search, search_plans
from councildata.database import DB_NAME

from .conftest import uncached_datasette

WORDS = ["Antrag", "Beschluss", "Haushalt", "Kreistag", "Schule", "zzzqx"]
TABLES = ("documents", "resolutions", "motions")


def get(ds, path):
    return asyncio.run(ds.client.get(path))


@pytest.fixture(scope="module")
def ds(corpus_build):
    return uncached_datasette(corpus_build)  # every request below runs its SQL


@pytest.fixture(scope="module")
def conn(corpus_build):
    conn = sqlite3.connect(f"file:{corpus_build / DB_NAME}?immutable=1", uri=True)
    conn.create_function("escape_fts", 1, search.fts_query)
    return conn


def truth(conn, table, word, limit):
    where = f"rowid in (select rowid from {table}_stem where {table}_stem match escape_fts(?))"
    ids = [r[0] for r in conn.execute(f"select id from {table} where {where} order by date desc, id limit ?", (word, limit))]
    n = conn.execute(f"select count(*) from {table} where {where}", (word,)).fetchone()[0]
    return ids, n


def served(ds, table, word, size=7):
    r = get(ds, f"/councildata/{table}.json?_search={word}&_size={size}")
    assert r.status_code == 200
    return r.json()


def check_all(ds, conn):
    matched = 0
    for table in TABLES:
        for word in WORDS:
            ids, n = truth(conn, table, word, 7)
            got = served(ds, table, word)
            assert [r[0] for r in got["rows"]] == ids, (table, word)
            assert got["filtered_table_rows_count"] == n, (table, word)
            matched += n > 7
            if got["next"]:  # the second page follows on from the first
                ids2, _ = truth(conn, table, word, 14)
                second = get(ds, f"/councildata/{table}.json?_search={word}&_size=7&_next={got['next']}").json()
                assert [r[0] for r in second["rows"]] == ids2[7:], (table, word)
    assert matched >= 3  # some searches fill more than a page


def test_as_datasette_writes_it(ds, conn, monkeypatch):
    # Probing never pays: every search collects its matches.
    monkeypatch.setattr(search_plans, "PROBE_COST", 10**9)
    check_all(ds, conn)


def test_page_read_in_order_and_probed(ds, conn, monkeypatch):
    monkeypatch.setattr(search_plans, "PROBE_COST", 0)
    ran = []
    original = search_plans.SearchPlanner.plan

    async def plan(self, execute, sql, params, totals):
        answer, new_sql = await original(self, execute, sql, params, totals)
        ran.append(new_sql)
        return answer, new_sql

    monkeypatch.setattr(search_plans.SearchPlanner, "plan", plan)
    check_all(ds, conn)
    assert any("exists (select 1 from [resolutions_stem]" in s for s in ran)


def test_facets_of_small_searches_counted_of_large_ones_timed_out(ds, conn, monkeypatch):
    word = "Antrag"
    n = truth(conn, "resolutions", word, 1)[1]
    assert n > 10
    got = served(ds, "resolutions", word)
    outcome = {r["value"]: r["count"] for r in got["facet_results"]["outcome"]["results"]}
    expected = dict(conn.execute(
        "select outcome, count(*) from resolutions where rowid in (select rowid from resolutions_stem "
        "where resolutions_stem match escape_fts(?)) and outcome is not null group by outcome", (word,)).fetchall())
    assert outcome == expected
    assert "facets-timed-out" not in get(ds, f"/councildata/resolutions?_search={word}").text
    monkeypatch.setattr(search_plans, "SEARCH_FACET_ROWS", n - 1)
    got = served(ds, "resolutions", word, size=8)
    assert "outcome" not in got["facet_results"]
    assert got["filtered_table_rows_count"] == n  # the page and its count still answer
    html = get(ds, f"/councildata/resolutions?_search={word}&_size=9").text
    assert '<p class="facets-timed-out">Nicht gezählt (die Abfrage dauerte zu lange, oder die Suche trifft zu viele Zeilen): outcome, decided_by' in html



def test_facets_of_a_search_in_one_pass_equal_datasettes(ds, conn, monkeypatch):
    """The facets of a table search, counted in one pass over its matches,
    are Datasette's own: values, counts, order, size, truncation, labels and
    links, on many searches, facet sizes, extra facets and filters."""
    from datasette.database import Database

    from councildata import precomputed

    ran = []
    original_execute = Database.execute

    async def execute(self, sql, *args, **kwargs):
        ran.append(sql)
        return await original_execute(self, sql, *args, **kwargs)

    monkeypatch.setattr(Database, "execute", execute)
    one_pass = precomputed._one_pass_facets

    async def without(facet):
        return None

    extras = {"documents": ["", "&_facet=date", "&_facet=type&_facet=date"],
              "resolutions": ["", "&_facet=date", "&_facet=votes_yes&outcome=approved"],
              "motions": ["", "&_facet=date&_facet_size=3"]}
    compared = counted = 0
    for table in TABLES:
        for word in [*WORDS, "Stadt", "Gemeinde", "Ausschuss"]:
            for size in ("", "&_facet_size=1", "&_facet_size=2", "&_facet_size=1000"):
                for extra in extras[table]:
                    path = f"/councildata/{table}.json?_search={word}&_size=3{size}{extra}"
                    ran.clear()
                    monkeypatch.setattr(precomputed, "_one_pass_facets", one_pass)
                    got = get(ds, path).json()
                    first = list(ran)
                    passes = [s for s in first if s.startswith(precomputed.ONE_PASS_FACETS)]
                    monkeypatch.setattr(precomputed, "_one_pass_facets", without)
                    expected = get(ds, path).json()
                    assert got["facet_results"] == expected["facet_results"], path
                    assert got.get("facets_timed_out") == expected.get("facets_timed_out"), path
                    compared += 1
                    if passes and got["filtered_table_rows_count"]:
                        counted += 1
                        # One pass replaced every column facet's own query.
                        assert not [s for s in first if precomputed._FACET_SQL.match(s)], path
    assert compared > 100 and counted > 50


# --- the search page /-/suche ----------------------------------------------------

PAGE_WORDS = ["Antrag", "Haushalt", "Kreistag", "Beschluss Haushalt", "steuer", "Schul", "zzzqx"]


def test_search_page_ranks_as_it_did_when_all_tiers_were_read(ds):
    """Tier 1 (trigram) is read only while tier 0 fills fewer than 50 places:
    the same hits as reading both tiers of every table and ranking them all."""
    from councildata import search_page as plugin

    db = ds.get_database("councildata")
    for q in PAGE_WORDS:
        async def both(q=q):
            everything = []
            for table in plugin.SEARCH_KINDS:
                for rowid, score, tier in await plugin._search_hits(db, table, q):
                    everything.append((tier, score, table, rowid))
            everything.sort(key=lambda h: (h[0], h[1], h[2], h[3]))
            return everything[:plugin.SEARCH_LIMIT], await plugin._ranked(db, q)

        expected, (got, ranked) = asyncio.run(both())
        assert ranked and got == expected, q
    assert "die besten zuerst" in get(ds, "/-/suche?q=Antrag").text


def test_search_page_newest_first_over_rank_rows(ds, conn, monkeypatch):
    from councildata import search_page as plugin

    monkeypatch.setattr(plugin, "RANK_ROWS", 3)
    q = "Antrag"
    newest = []
    for table in plugin.SEARCH_KINDS:
        newest += conn.execute(
            f"select date, id, '{table}' from {table} where rowid in (select rowid from {table}_stem "
            f"where {table}_stem match escape_fts(?))", (q,)).fetchall()
    newest.sort(key=lambda r: r[1])
    newest.sort(key=lambda r: r[0] or "", reverse=True)
    db = ds.get_database("councildata")
    for cost in (0, 10**9):  # read in date order and probed, or collected
        monkeypatch.setattr(search_plans, "PROBE_COST", cost)
        got, ranked = asyncio.run(plugin._ranked(db, q))
        assert not ranked
        ids = [conn.execute(f"select id from {t} where rowid = ?", (r,)).fetchone()[0] for _, _, t, r in got]
        assert ids == [r[1] for r in newest[:plugin.SEARCH_LIMIT]]
    html = get(ds, "/-/suche?q=Antrag").text
    assert "zu viele, um sie nach" in html and "die neuesten zuerst" in html
    assert html.count('class="passage-link"') == min(plugin.SEARCH_LIMIT, len(newest))


# --- the canned query search_documents ---------------------------------------------

RANKED_ALL = """
with hits as (
  select d.rowid as rid, d.id, bm25(documents_stem, 5.0, 1.0) as score
  from documents_stem join documents d on d.rowid = documents_stem.rowid
  where documents_stem match escape_fts(:q)
  order by score, d.id
  limit 100
)
select d.id from hits join documents d on d.rowid = hits.rid order by hits.score, hits.id
"""


def _canned_sql(ds) -> str:
    return ds.metadata("queries", database="councildata")["search_documents"]["sql"]


def test_canned_search_ranks_below_the_limit_and_is_newest_first_above(ds, conn):
    from councildata import search_page as plugin

    sql = _canned_sql(ds)
    assert f"(select n from matched) <= {plugin.RANK_ROWS}" in sql and f"(select n from matched) > {plugin.RANK_ROWS}" in sql
    from councildata.datasette_plugin import _search_snippet

    conn.create_function("suche_ausschnitt", 2, _search_snippet)
    over = 0
    for q in WORDS:
        ranked = [r[0] for r in conn.execute(RANKED_ALL, {"q": q})]
        served_ids = [r["id"] for r in get(ds, f"/councildata/search_documents.json?q={q}&_shape=objects").json()["rows"]]
        assert served_ids == ranked, q
        # The same SQL with a limit this archive exceeds: the newest matches.
        small = sql.replace(str(plugin.RANK_ROWS), "3")
        newest = [r[0] for r in conn.execute(
            "select id from documents where rowid in (select rowid from documents_stem "
            "where documents_stem match escape_fts(?)) order by date desc, id limit 100", (q,))]
        got = [r[0] for r in conn.execute(small, {"q": q})]
        assert got == (newest if len(ranked) > 3 else ranked), q
        over += len(ranked) > 3
    assert over >= 2
