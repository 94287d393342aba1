"""Table pages filtered on several columns, read in the cheaper of two ways.

A page of a table filtered on two columns (``?outcome=rejected&unanimous=1``)
is written by Datasette 0.65 as ``where "outcome" = :p0 and "unanimous" =
:p1 … order by date desc, id limit 101``. SQLite reads it along the
``(outcome, date, id)`` index in the page's order and tests every row's
other column, expecting matches spread evenly: right where many rows match
(128,359 adopted and unanimous resolutions at 1M rows: 0.8 ms), but where
few or none do it reads every rejected resolution to find them (no rejected
one is unanimous: 450 ms for an empty page).

The database never changes, so :class:`FilterPlanner` (called by
``PublishedBuild.execute``) counts the rows the filters match (the count the
page shows anyway, kept per build; an index covers it: 0.1-26 ms) and where
few match collects them first and sorts them (``rowid in (select rowid …
where <filters>)``: 0.2 ms for that page). Reading in order costs about
``limit × R / n`` rows for ``n`` matches among the ``R`` rows of the
filter SQLite walks (at least the smallest single filter's rows, known from
the precomputed counts); collecting costs about ``n``: collected when
``n² < limit × R``.
"""

from __future__ import annotations

import re
from collections import OrderedDict

from .keyset import cursor_clause

# Datasette's Filters write an exact filter as "column" = :pN.
_EQUALS = re.compile(r'^"(?P<col>[^"]+)" = (?P<p>:p\d+)$')
_PAGE = re.compile(r"^select (?P<select>.+?) from (?P<table>\[?\w+\]?) where (?P<where>.+) "
                   r"order by (?P<order>[^()]+?) limit (?P<limit>\d+)$", re.S)
COUNTS_KEPT = 4096


class FilterPlanner:
    """Per build: the rows each combination of filters matches, and the plan above."""

    def __init__(self) -> None:
        self._counts: OrderedDict[tuple, int] = OrderedDict()

    async def count(self, execute, table: str, where: str, params: dict) -> int:
        names = set(re.findall(r":(\w+)", where))
        key = (table, where, tuple(sorted((k, repr(v)) for k, v in params.items() if k in names)))
        if key not in self._counts:
            result = await execute(f"select count(*) from {table} where {where}", {k: params[k] for k in names})
            self._counts[key] = result.rows[0][0]
            while len(self._counts) > COUNTS_KEPT:
                self._counts.popitem(last=False)
        return self._counts[key]

    async def plan(self, execute, sql: str, params, filter_count) -> str:
        """The SQL to run for ``sql`` (``sql`` itself where nothing applies).
        ``filter_count(table, column, value)``: the rows of one exact
        filter (None when not known)."""
        if not isinstance(params, dict) or "match escape_fts(" in sql or " union " in sql:
            return sql
        page = _PAGE.match(sql)
        if page is None:
            return sql
        where = page["where"]
        cursor = cursor_clause(where)
        rest = where.replace(cursor, "", 1) if cursor else where
        clauses = [c for c in rest.split(" and ") if c.strip()]
        equal = [m for m in (_EQUALS.match(c.strip()) for c in clauses) if m]
        # Only pages whose conditions are all exact filters (and the cursor):
        # `and` inside another condition would split it here.
        if len(equal) < 2 or len(equal) != len(clauses) or any(m["p"][1:] not in params for m in equal):
            return sql
        table, limit = page["table"], int(page["limit"])
        singles = [filter_count(table.strip("[]"), m["col"], str(params[m["p"][1:]])) for m in equal]
        walked = min((n for n in singles if n is not None), default=None)
        if walked is None:
            return sql
        conditions = " and ".join(c.strip() for c in clauses)
        n = await self.count(execute, table, conditions, params)
        if n * n >= limit * walked:
            return sql
        collected = f"rowid in (select rowid from {table} where {conditions})"
        tail = f" and {cursor}" if cursor else ""
        return (f"select {page['select']} from {table} where {collected}{tail} "
                f"order by {page['order']} limit {page['limit']}")
