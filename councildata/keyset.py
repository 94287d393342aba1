"""Pages after the first of a sorted table that seek instead of scanning.

Datasette 0.65 writes the page after a ``_next`` cursor of a table sorted
by a column as one ``or`` of conditions, e.g. for the site's order (date
descending, then the key)::

    where (date < :p1 or date is null or (date = :p1 and ((id > :p0))))
    order by date desc, id limit 51

SQLite cannot seek an index on such an ``or``: it walks the ``(date desc,
id)`` index from its start and tests every row until it reaches the cursor,
so a page deep in a table of 1M rows read some 250,000 index entries
(90-170 ms at 1M resolutions) where it needs 51. The rows after the cursor
are a run of the index; written as one ``union all`` arm per ``or`` branch
(``date = :p1 and id > :p0``, ``date < :p1``, ``date is null``), each arm
is a seek, and SQLite merges the arms in the ``order by`` and stops at the
limit: the same rows in the same order (0.2 ms for that page).

Only the exact shapes Datasette writes for a single-column key are
rewritten (:func:`seek_sql` returns None for anything else), and never a
table search (``councildata.search_plans`` plans those).
"""

from __future__ import annotations

import re

_NAME = r"(?:\[[^\]]+\]|\w+)"
_P = r":p\d+"
# The clause Datasette adds for a cursor with a sort value, descending or
# ascending (datasette/views/table.py, compound_keys_after_sql for one key).
_DESC = re.compile(rf"\((?P<col>{_NAME}) < (?P<v>{_P}) or (?P=col) is null or \((?P=col) = (?P=v) and "
                   rf"\(\((?P<pk>{_NAME}) > (?P<k>{_P})\)\)\)\)")
_ASC = re.compile(rf"\((?P<col>{_NAME}) > (?P<v>{_P}) or \((?P=col) = (?P=v) and "
                  rf"\(\((?P<pk>{_NAME}) > (?P<k>{_P})\)\)\)\)")
# An ascending sort's cursor at a null sort value ("$null,key"): the rest
# of the nulls, then every row with a value.
_ASC_NULL = re.compile(rf"\((?P<col>{_NAME}) is not null or \((?P=col) is null and "
                       rf"\(\((?P<pk>{_NAME}) > (?P<k>{_P})\)\)\)\)")
_PAGE = re.compile(r"^select (?P<select>.+?) from (?P<table>" + _NAME + r") where (?P<where>.+) "
                   r"order by (?P<order>[^()]+?) limit (?P<limit>\d+)$", re.S)


def _bare(name: str) -> str:
    return name[1:-1] if name.startswith("[") else name


def _selects(select: str, *names: str) -> bool:
    # A compound select orders by result columns: both must be selected by name.
    selected = {_bare(c.strip()) for c in select.split(",")}
    return all(_bare(n) in selected for n in names)


def seek_sql(sql: str) -> str | None:
    """``sql`` with its cursor condition split into ``union all`` arms that
    each seek an index; None where it is not a page of that shape."""
    if "match escape_fts(" in sql or " union " in sql:
        return None
    page = _PAGE.match(sql)
    if page is None:
        return None
    where = page["where"]
    for pattern, arms, order in (
        (_DESC, ("{col} = {v} and {pk} > {k}", "{col} < {v}", "{col} is null"), "{col} desc, {pk}"),
        (_ASC, ("{col} = {v} and {pk} > {k}", "{col} > {v}"), "{col}, {pk}"),
        (_ASC_NULL, ("{col} is null and {pk} > {k}", "{col} is not null"), "{col}, {pk}"),
    ):
        found = list(pattern.finditer(where))
        if len(found) != 1:
            continue
        m = found[0]
        names = m.groupdict()
        if _bare(m["col"]) == _bare(m["pk"]):  # sorted by the key: a seek as written
            return None
        if page["order"].strip() != order.format(**names) or not _selects(page["select"], m["col"], m["pk"]):
            return None
        head = f"select {page['select']} from {page['table']} where "
        parts = [head + where[:m.start()] + "(" + arm.format(**names) + ")" + where[m.end():] for arm in arms]
        return "\nunion all\n".join(parts) + f"\norder by {page['order']} limit {page['limit']}"
    return None


# Datasette's cursor at a null sort value of a descending sort: a seek as written.
_DESC_NULL = re.compile(rf"\((?P<col>{_NAME}) is null and \(\((?P<pk>{_NAME}) > (?P<k>{_P})\)\)\)")


def cursor_clause(where: str) -> str | None:
    """The text of the one cursor condition Datasette wrote into ``where``
    (any of the shapes above), None where there is none or more than one."""
    found = [m.group(0) for pattern in (_DESC, _ASC, _ASC_NULL, _DESC_NULL) for m in pattern.finditer(where)]
    return found[0] if len(found) == 1 else None


# The cursor datasette_plugin.first_page_next gives a sorted table's first
# page: before every row (no text sorts after U+10FFFF, every key is a
# non-empty string). Written as datasette_plugin writes it, tilde-decoded.
FIRST_PAGE_DESC_VALUE = "\U0010ffff"


def without_first_page_cursor(sql: str, params) -> str:
    """``sql`` without the condition of a first page's cursor, which every
    row meets: Datasette copies it into each facet query, where it names the
    key column and so keeps SQLite from counting from an index without it."""
    if not isinstance(params, dict):
        return sql
    for pattern in (_DESC, _ASC_NULL):
        found = list(pattern.finditer(sql))
        if len(found) != 1:
            continue
        m = found[0]
        first = params.get(m["k"][1:]) == "" and (
            pattern is _ASC_NULL or params.get(m["v"][1:]) == FIRST_PAGE_DESC_VALUE)
        if not first:
            return sql
        before, after = sql[:m.start()], sql[m.end():]
        if before.endswith(" and "):
            return before[: -len(" and ")] + after
        if before.endswith("where ") and after.startswith(" and "):
            return before + after[len(" and "):]
        if before.endswith("where "):
            return before[: -len("where ")] + after
        return sql
    return sql
