"""Serve counts and facets from the build's ``councildata_counts`` table.

A published build never changes, so the counts Datasette computes on every
table page — ``count(*)`` of the table or of one filter, and a ``group by``
per facet column over the (filtered) table — are the same for every
visitor until the next build. ``database.precompute`` writes them once per
build; this module answers those queries from them:

- :func:`answer_count` recognises the exact ``select count(*)`` Datasette
  0.65's table view runs for a whole table or one ``column = value`` filter;
- :func:`patch_column_facets` makes Datasette's column facets take their
  value counts from the table when the page shows the whole table or the
  table filtered by one value of a facet column.

Anything else (``_search``, ``_where``, two filters, another operator, a
value not in the build) runs Datasette's own SQL; for a table search
(``_search``) all column facets are counted in one query over the matches
(:func:`one_pass_facet_sql`) instead of one per facet, each matching the
search again. At 1M rows that SQL costs
a scan per facet on every request; the table holds a few thousand rows.

Counts are the same on every page of a table: Datasette 0.65 counts facet
values only among the rows after the page's ``_next`` cursor, so page 2's
facets there differ from page 1's; here every page shows the facets of the
whole (filtered) table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from datasette.database import QueryInterrupted, Results
from datasette.utils import escape_sqlite

from .database import COUNTS_TABLE, connect_locked

_AMBIGUOUS = object()


@dataclass
class Counts:
    """One build's precomputed counts, in memory."""

    totals: dict[str, int] = field(default_factory=dict)
    # (table, filter column, filter value as text) -> facet column -> [(value, count)] by rank
    facets: dict[tuple[str, str, str], dict[str, list[tuple[Any, int]]]] = field(default_factory=dict)
    # table -> the columns counted (as facets and as filters)
    columns: dict[str, set[str]] = field(default_factory=dict)
    # (table, column) -> value as text -> rows with that value (or _AMBIGUOUS)
    by_text: dict[tuple[str, str], dict[str, object]] = field(default_factory=dict)

    def filter_count(self, table: str, column: str, value: str) -> int | None:
        """Rows of ``table`` with ``column = value`` (the value as a URL gives
        it); None when not known: not a counted column, or a value the build
        does not hold as text (SQLite may still match it by affinity)."""
        n = self.by_text.get((table, column), {}).get(value)
        return n if isinstance(n, int) else None

    def facet(self, table: str, filter_: tuple[str, str] | None, column: str) -> list[tuple[Any, int]] | None:
        """The (value, count) pairs of ``column`` in ``table`` (filtered by
        ``filter_ = (column, value)``), by count descending then value; None
        when not precomputed."""
        if column not in self.columns.get(table, ()):
            return None
        if filter_ is None:
            return self.facets.get((table, "", ""), {}).get(column, [])
        f, value = filter_
        if f not in self.columns[table] or self.filter_count(table, f, value) is None:
            return None
        return self.facets.get((table, f, value), {}).get(column, [])


def load_counts(db_path: Path | str) -> Counts | None:
    """The counts of the database at ``db_path``; None for a build without them."""
    # Locked while read, like the server's connections (councildata.database.connect_locked).
    conn = connect_locked(Path(db_path))
    try:
        if not conn.execute("select 1 from sqlite_master where type = 'table' and name = ?", [COUNTS_TABLE]).fetchone():
            return None
        counts = Counts()
        rows = conn.execute(
            f"select tbl, filter_column, filter_value, facet_column, value, count, rank from [{COUNTS_TABLE}] "
            "order by tbl, filter_column, filter_value, facet_column, rank"
        )
        for tbl, f, w, c, value, n, rank in rows:
            if rank == 0:
                if c == "":
                    counts.totals[tbl] = n
                else:  # one row per counted column, even when all its values are null
                    counts.columns.setdefault(tbl, set()).add(c)
                continue
            counts.facets.setdefault((tbl, f, w), {}).setdefault(c, []).append((value, n))
            if f == "" and value is not None:
                texts = counts.by_text.setdefault((tbl, c), {})
                text = str(value)
                texts[text] = _AMBIGUOUS if text in texts else n
        return counts
    finally:
        conn.close()


# The count Datasette 0.65's table view runs: of the whole table, or of one
# exact filter (Filters writes `"column" = :p0`). escape_sqlite brackets a
# name only where needed.
_COUNT_SQL = re.compile(r'^select count\(\*\) from \[?(?P<table>\w+)\]? (?:where "(?P<column>\w+)" = :p0 )?$')


def answer_count(counts: Counts, sql: str, params: Any) -> Results | None:
    m = _COUNT_SQL.match(sql)
    if m is None:
        return None
    table, column = m["table"], m["column"]
    if column is None:
        if params or table not in counts.totals:
            return None
        n = counts.totals[table]
    else:
        if not isinstance(params, dict) or set(params) != {"p0"} or not isinstance(params["p0"], (str, int)):
            return None
        n = counts.filter_count(table, column, str(params["p0"]))
        if n is None:
            return None
    return Results([(n,)], False, [("count(*)", None, None, None, None, None, None)])


# A parameter (:name, @name, $name, ?, ?NNN) or a value that changes with
# the clock or by chance: such SQL is not answered once per build. Looked for
# in the whole text, strings and comments included: a false hit only means
# the query runs each time.
_NOT_FIXED = re.compile(r"[:@$][A-Za-z_]|\?|\bcurrent_(?:date|time|timestamp)\b|"
                        r"\b(?:random|randomblob|date|time|datetime|julianday|strftime|unixepoch|changes|"
                        r"last_insert_rowid|total_changes)\s*\(", re.I)


# What may give another answer on the same build: the clock, chance.
_VOLATILE = re.compile(r"\bcurrent_(?:date|time|timestamp)\b|\b(?:random|randomblob|date|time|datetime|julianday|"
                       r"strftime|unixepoch|changes|last_insert_rowid|total_changes)\s*\(", re.I)


def is_volatile(sql: str) -> bool:
    """Whether ``sql`` may answer differently on the same build (a clock or random value)."""
    return _VOLATILE.search(sql) is not None


def fixed_queries(queries: dict) -> frozenset[str]:
    """The SQL of the canned queries (a database's ``queries`` metadata)
    whose answer only the build decides: no parameters, no clock, no chance,
    no writes."""
    fixed = set()
    for query in queries.values():
        query = {"sql": query} if isinstance(query, str) else query
        sql = query.get("sql")
        if isinstance(sql, str) and not query.get("write") and not _NOT_FIXED.search(sql):
            fixed.add(sql)
    return frozenset(fixed)


# Query string keys that do not change which rows a table page covers.
_NEUTRAL_ARGS = frozenset({
    "_facet", "_facet_size", "_facet_date", "_facet_array", "_next", "_sort", "_sort_desc", "_size",
    "_labels", "_label", "_nocount", "_nofacet", "_nosuggest", "_col", "_nocol", "_shape", "_json",
    "_nl", "_dl", "_stream", "_trace", "_timelimit", "_ttl", "_extra", "_context",
})


def page_filter(request) -> tuple[str, str] | None | bool:
    """What a table page's request selects: None for the whole table,
    ``(column, value)`` for one exact filter, False for anything else."""
    selected = None
    for key in request.args:
        if key.startswith("_") and "__" not in key:
            if key not in _NEUTRAL_ARGS:
                return False
            continue
        values = request.args.getlist(key)
        column = key[: -len("__exact")] if key.endswith("__exact") else key
        if selected is not None or len(values) != 1 or "__" in column:
            return False
        selected = (column, values[0])
    return selected


_FACET_SQL = re.compile(r"^\s*select (?P<col>\S+) as value, count\(\*\) as count from \(.*"
                        r"\blimit (?P<limit>\d+)\s*$", re.S)


def is_facet_sql(sql: str) -> bool:
    """Whether ``sql`` is one of Datasette 0.65's column facet queries."""
    return _FACET_SQL.match(sql) is not None


class _AnsweringDatasette:
    """The Datasette a facet instance sees: its ``execute`` answers the
    facet query from ``answer(column)`` where it can; everything else is the
    real Datasette."""

    def __init__(self, ds, answer):
        self._ds = ds
        self._answer = answer

    def __getattr__(self, name):
        return getattr(self._ds, name)

    async def execute(self, database, sql, params=None, **kwargs):
        m = _FACET_SQL.match(sql)
        pairs = self._answer(m["col"].strip("[]")) if m else None
        if pairs is None:
            return await self._ds.execute(database, sql, params, **kwargs)
        rows = [{"value": v, "count": n} for v, n in pairs[: int(m["limit"])]]
        return Results(rows, False, [("value",) + (None,) * 6, ("count",) + (None,) * 6])


# How Datasette 0.65 writes a table search into a table page's SQL
# (councildata.search_plans plans such queries).
SEARCH_IN_SQL = "match escape_fts(:search)"
# Marks the query of _one_pass_facets for councildata.search_plans.
ONE_PASS_FACETS = "/* councildata: facets in one pass */"


def one_pass_facet_sql(sql: str, columns: list[str], limit: int) -> str:
    """One query giving, for each of ``columns`` (by its position), the rows
    of Datasette 0.65's facet query over ``sql``: ``group by`` the column
    where not null, ``order by count desc, value``, the first ``limit``.
    The rows of ``sql`` are read once (a materialized CTE of the facet
    columns), then grouped per column; each column's order is SQLite's
    own, numbered by a window over the same ``order by``."""
    names = [escape_sqlite(c) for c in columns]
    parts = [
        f"select {i} as facet, {name} as value, count(*) as count, "
        f"row_number() over (order by count(*) desc, {name}) as rank "
        f"from matched where {name} is not null group by {name}"
        for i, name in enumerate(names)
    ]
    return (f"{ONE_PASS_FACETS} with matched as materialized (select {', '.join(names)} from (\n{sql}\n))\n"
            f"select facet, value, count from (\n" + "\nunion all\n".join(parts) + f"\n) where rank <= {int(limit)} "
            "order by facet, rank")


async def _one_pass_facets(facet) -> dict[str, list[tuple[Any, int]]] | None:
    """The (value, count) pairs of every column facet of ``facet``'s page,
    counted in one pass over its rows (a table search: Datasette matches the
    search again for each facet); None where Datasette's own queries should
    run: fewer than two columns, or the one pass was stopped (each facet
    then gets its own query and time limit, as in Datasette)."""
    columns = list(dict.fromkeys(c["config"].get("column") or c["config"]["simple"] for c in facet.get_configs()))
    if len(columns) < 2:
        return None
    limit = facet.get_facet_size() + 1
    try:
        results = await facet.ds.execute(
            facet.database, one_pass_facet_sql(facet.sql, columns, limit), facet.params, truncate=False,
            # What Datasette would give these facets' queries together.
            custom_time_limit=facet.ds.setting("facet_time_limit_ms") * len(columns),
        )
    except QueryInterrupted:
        return None
    pairs: dict[str, list[tuple[Any, int]]] = {c: [] for c in columns}
    for i, value, n in results.rows:
        pairs[columns[i]].append((value, n))
    return pairs


def patch_column_facets(counts_for) -> None:
    """Make Datasette's ColumnFacet answer from ``await counts_for(datasette, database_name)``
    (a :class:`Counts` or None) where the page allows. Datasette is pinned to
    0.65.x, whose ColumnFacet.facet_results runs its queries through
    ``self.ds.execute``; tests/test_precomputed.py fails if that changes."""
    from datasette.facets import ColumnFacet

    original = ColumnFacet.facet_results
    if getattr(original, "councildata_precomputed", False):
        return

    async def facet_results(self):
        # The facet's own Datasette: a process may hold several (tests do).
        counts = await counts_for(self.ds, self.database)
        selected = page_filter(self.request) if counts is not None and self.table else False
        if selected is False:
            pairs = await _one_pass_facets(self) if SEARCH_IN_SQL in self.sql else None
            if pairs is None:
                return await original(self)
            answer = pairs.get
        else:
            def answer(column):
                return counts.facet(self.table, selected, column)
        real = self.ds
        self.ds = _AnsweringDatasette(real, answer)
        try:
            return await original(self)
        finally:
            self.ds = real

    facet_results.councildata_precomputed = True
    ColumnFacet.facet_results = facet_results
