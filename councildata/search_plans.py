"""Table searches (``?_search=``) that cost little however many rows match.

Datasette 0.65 turns ``?_search=`` on a table page into
``rowid in (select rowid from <fts> where <fts> match escape_fts(:search))``
in three kinds of query: the page of rows, its ``count(*)``, and one
``group by`` per facet. At 1M rows a common word matches a third of a table
(185,838 of 494,914 resolutions for "Antrag"), and each of those queries
reads every matching row: the count alone took 1.7 s, each facet as long
(stopped by Datasette's facet time limit), the page 255 ms.

The database never changes, so :class:`SearchPlanner` (called by
``PublishedBuild.execute``) first counts the matches in the full-text index
alone (about 15 ms for that word, kept per build and search) and then:

- answers the page's ``count(*)`` of a search without other conditions with
  that number: every rowid of the index is a row of its table (the build
  writes both from the same rows);
- does not count facets of a search matching more than
  ``SEARCH_FACET_ROWS`` rows: they are reported as timed out (Datasette's
  own list under the facets), which is what its facet time limit did at
  that size anyway, after spending it;
- reads the page of a search matching many rows in the page's order (the
  table's sort index) and tests each row against the index (``exists``)
  instead of collecting every match first: the same rows, 14 ms instead of
  255 ms for "Antrag". Where few rows match, collecting them is cheaper and
  the query runs as Datasette wrote it.
"""

from __future__ import annotations

import re
from collections import OrderedDict

from datasette.database import QueryInterrupted, Results

from .precomputed import ONE_PASS_FACETS

# Facets of a search are counted when it matches at most this many rows
# (one facet reads each matching row: ~10 ms per 1,000 on the development machine).
SEARCH_FACET_ROWS = 2000
# Testing one row against the full-text index (exists) cost about 70 times
# as much as collecting one match (in), measured at 1M rows: reading a page
# of `limit` rows in order tests about limit * rows / matches rows.
PROBE_COST = 70
MATCH_COUNTS_KEPT = 4096

_SEARCH = re.compile(
    r"(?P<pk>\w+) in \(select rowid from (?P<fts>\[?\w+\]?) where (?P=fts) match escape_fts\(:search\)\)")
_COUNT = re.compile(r"^select count\(\*\) from (?P<table>\[?\w+\]?) where " + _SEARCH.pattern + r"\s*$")
_FACET = re.compile(r"^\s*select \S+ as value, count\(\*\) as count from \(")
_PAGE = re.compile(r"^select .+? from (?P<table>\[?\w+\]?) where .*\blimit (?P<limit>\d+)\s*$", re.S)


def _name(sql_name: str) -> str:
    return sql_name.strip("[]")


class SearchPlanner:
    """Per build: the number of rows each search matches, and the plans above."""

    def __init__(self) -> None:
        self._matches: OrderedDict[tuple[str, str], int] = OrderedDict()

    async def matches(self, execute, fts: str, search: str) -> int:
        key = (fts, search)
        if key not in self._matches:
            result = await execute(f"select count(*) from [{fts}] where [{fts}] match escape_fts(:search)",
                                   {"search": search})
            self._matches[key] = result.rows[0][0]
            while len(self._matches) > MATCH_COUNTS_KEPT:
                self._matches.popitem(last=False)
        return self._matches[key]

    async def plan(self, execute, sql: str, params, totals: dict[str, int]):
        """(answer, sql): a Results to answer with instead of running ``sql``,
        or the SQL to run (``sql`` itself where nothing applies). Raises
        QueryInterrupted for a facet query not worth counting."""
        if not isinstance(params, dict) or not isinstance(params.get("search"), str):
            return None, sql
        found = _SEARCH.search(sql)
        if found is None or found["pk"] != "rowid" or len(_SEARCH.findall(sql)) != 1:
            return None, sql
        fts = _name(found["fts"])
        n = await self.matches(execute, fts, params["search"])
        count = _COUNT.match(sql)
        if count is not None and set(params) == {"search"}:
            return Results([(n,)], False, [("count(*)", None, None, None, None, None, None)]), sql
        if _FACET.match(sql) or sql.startswith(ONE_PASS_FACETS):
            if n > SEARCH_FACET_ROWS:
                raise QueryInterrupted(None, sql, params)
            return None, sql
        page = _PAGE.match(sql)
        if page is None or sql.startswith("select count(*)"):
            return None, sql
        table, limit = _name(page["table"]), int(page["limit"])
        total = totals.get(table)
        if total is None or n * n < PROBE_COST * limit * total:
            return None, sql
        probe = f"exists (select 1 from [{fts}] where [{fts}].rowid = [{table}].rowid and [{fts}] match escape_fts(:search))"
        return None, sql[:found.start()] + probe + sql[found.end():]
