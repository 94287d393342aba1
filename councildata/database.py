"""Build: the validated tables as a SQLite database, with sqlite-utils.

Tables, keys and types come from the Table Schemas. ``ensure_db_shape``
adds what makes the database pleasant to query: an index on every column
people filter by (foreign keys, enums, dates, booleans), full-text search
(plain, and German: stemmed and trigram indexes, see ``councildata.search``),
and views that join resolutions and motions to their documents.
"""

from __future__ import annotations

import fcntl
import functools
import os
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any
from collections.abc import Iterable

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils
# sqlite-utils is imported where a database is opened: a rebuild that finds
# nothing changed opens none (councildata.incremental.plan).

from . import schemas, search
from .model import TABLES

DB_NAME = "councildata.db"
SQL_TYPES = {"string": str, "integer": int, "number": float, "boolean": int, "date": str}
# Full-text search (unicode61 folds case and, with remove_diacritics 2,
# umlauts: "Beschluss" finds "Beschluß", "Uberweisung" finds "Überweisung").
FTS_COLUMNS = {
    "documents": ["title", "text"],
    "motions": ["title", "quote"],
    "resolutions": ["text"],
    "surveys": ["topic", "quote"],
    "survey_results": ["finding"],
}
FTS_TOKENIZE = "unicode61 remove_diacritics 2"

VIEWS = {
    # Every resolution with the document it was read from and the motion it decides.
    "resolutions_with_documents": """
        select r.*, d.type as document_type, d.type_label as document_type_label,
               d.reference as document_reference, d.title as document_title,
               d.date as document_date, d.body as document_body, d.source_file,
               m.submitted_by as motion_submitted_by, m.title as motion_title
        from resolutions r
        join documents d on d.id = r.document_id
        left join motions m on m.id = r.motion_id
    """,
    # Every motion with its document and what became of it.
    "motions_with_documents": """
        select m.*, d.type as document_type, d.type_label as document_type_label,
               d.reference as document_reference, d.title as document_title,
               d.date as document_date, d.body as document_body, d.source_file,
               (select group_concat(r.outcome, ', ') from resolutions r where r.motion_id = m.id)
                 as outcomes
        from motions m
        join documents d on d.id = m.document_id
    """,
}


def create_tables(db: sqlite_utils.Database) -> None:
    for t in TABLES:
        fields = schemas.fields(t)
        db[t].create(
            {f["name"]: SQL_TYPES[f["type"]] for f in fields},
            pk=schemas.primary_key(t),
            not_null={f["name"] for f in fields if f.get("constraints", {}).get("required")},
            foreign_keys=[fk for fk in schemas.foreign_keys(t) if fk[1] != t],
        )


def sql_value(value: Any) -> Any:
    if value is True:
        return 1
    if value is False:
        return 0
    return value


def insert_rows(db: sqlite_utils.Database, table: str, rows: Iterable[dict[str, Any]]) -> None:
    cols = schemas.field_names(table)
    db[table].insert_all(({c: sql_value(r.get(c)) for c in cols} for r in rows), batch_size=500)


@functools.cache
def insert_sql(table: str) -> str:
    """The insert of one row of ``table``, its columns in schema order
    (the order of :func:`councildata.prepare.prepare_document`'s parameters)."""
    cols = schemas.field_names(table)
    return f"insert into [{table}] ({', '.join(f'[{c}]' for c in cols)}) values ({', '.join('?' for _ in cols)})"


def insert_params(db: sqlite_utils.Database, table: str, params: list[tuple]) -> None:
    """Append rows given as their SQL parameters (what :func:`insert_rows`
    inserts for the same rows)."""
    db.conn.executemany(insert_sql(table), params)


def ensure_db_shape(db: sqlite_utils.Database, search_indexes: bool = True) -> None:
    """Indexes, full-text search and views; safe to run again.

    ``search_indexes`` False: the German search indexes are filled already
    (:func:`append_search_texts`), not rebuilt from the tables."""
    from sqlite_utils.db import DescIndex

    for t in TABLES:
        existing = {tuple(ix.columns) for ix in db[t].indexes}
        fk_cols = {fk[0] for fk in schemas.foreign_keys(t)}
        for f in schemas.fields(t):
            filtered = (
                f["name"] in fk_cols
                or "enum" in f.get("constraints", {})
                or f["type"] in ("date", "boolean")
            )
            pk = schemas.primary_key(t)
            if f["type"] == "date" and pk and (f["name"], pk) not in existing:
                # Newest first, then the key: the order the site pages tables
                # in (see datasette_plugin.first_page_next), read straight
                # from the index instead of sorting the table for every page.
                # It also serves filters on the date.
                db[t].create_index([DescIndex(f["name"]), pk], if_not_exists=True)
            elif filtered and f["name"] != pk and (f["name"],) not in existing:
                db[t].create_index([f["name"]], if_not_exists=True)
    for t, cols in FTS_COLUMNS.items():
        if not db[t].detect_fts():
            db[t].enable_fts(cols, tokenize=FTS_TOKENIZE, create_triggers=False)
        else:
            db[t].populate_fts(cols)
    if search_indexes:
        for t in search.SEARCH_COLUMNS:
            build_search_indexes(db, t)
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip(), replace=True)
    create_filter_sort_indexes(db)
    create_lookup_indexes(db)
    create_query_indexes(db)
    precompute(db)
    refresh_statistics(db)


# Counts the site would otherwise compute on every request (see
# councildata.precomputed, which answers from it): every table's row count,
# the value counts of each configured facet column, and the same per value of
# every other facet column (a table filtered by one facet value).
COUNTS_TABLE = "councildata_counts"


def _site_tables() -> dict[str, dict[str, Any]]:
    import yaml

    site = yaml.safe_load((schemas.project_file("publish") / "site.yaml").read_text("utf-8"))
    return {t: site.get("tables", {}).get(t) or {} for t in TABLES}


def facet_columns() -> dict[str, list[str]]:
    """The column facets ``publish/site.yaml`` shows per table (columns that exist)."""
    out = {}
    for t, config in _site_tables().items():
        names = set(schemas.field_names(t))
        out[t] = [f for f in config.get("facets", []) if isinstance(f, str) and f in names]
    return out


def create_filter_sort_indexes(db: sqlite_utils.Database) -> None:
    """An index ``(column, sort column, key)`` per facet and foreign key
    column of each table ``publish/site.yaml`` sorts: a page filtered by one
    value (``?decided_by=``) then reads its rows in page order straight from
    the index. With only the sort column's index SQLite walks the whole
    table in that order to find the few rows of a rare value (at 1M rows,
    most of a second). Safe to run again."""
    from sqlite_utils.db import DescIndex

    facets = facet_columns()
    for t, config in _site_tables().items():
        pk = schemas.primary_key(t)
        sort, desc = (config["sort_desc"], True) if config.get("sort_desc") else (config.get("sort"), False)
        if not pk or not sort:
            continue
        fk_cols = [fk[0] for fk in schemas.foreign_keys(t)]
        for c in dict.fromkeys([*facets[t], *fk_cols]):
            if c not in (pk, sort):
                db[t].create_index([c, DescIndex(sort) if desc else sort, pk], if_not_exists=True,
                                   index_name=f"idx_{t}_{c}_{sort}_{pk}")


# Columns the site's own pages look rows up by (councildata.site.pages: the
# other resolutions on the same paper), beyond the filter columns above.
LOOKUP_COLUMNS = {"resolutions": ["paper_reference"], "documents": ["reference"]}


def create_lookup_indexes(db: sqlite_utils.Database) -> None:
    for t, cols in LOOKUP_COLUMNS.items():
        for c in cols:
            db[t].create_index([c], if_not_exists=True, index_name=f"idx_{t}_{c}_lookup")


def query_indexes() -> list[dict[str, Any]]:
    """The indexes the canned queries of ``publish/site.yaml`` ask for
    (a query's ``indexes:``), each ``{name, table, columns, where}``."""
    import yaml

    site = yaml.safe_load((schemas.project_file("publish") / "site.yaml").read_text("utf-8"))
    out = []
    for query, config in (site.get("queries") or {}).items():
        for n, ix in enumerate(config.get("indexes") or []):
            if ix.get("table") not in TABLES or not ix.get("columns"):
                raise ValueError(f"publish/site.yaml: query {query}: each of its indexes needs a `table` "
                                 f"of {', '.join(TABLES)} and `columns`, not {ix!r}")
            out.append({"name": f"idx_query_{query}_{n}", "table": ix["table"],
                        "columns": list(ix["columns"]), "where": ix.get("where")})
    return out


def create_query_indexes(db: sqlite_utils.Database) -> None:
    """Each canned query's own indexes (:func:`query_indexes`): an expression
    or partial index (a vote margin) or a covering one (a ``group by`` over a
    whole table read from a narrow index) that the filter and sort indexes
    do not give. Safe to run again."""
    for ix in query_indexes():
        where = f" where {ix['where']}" if ix["where"] else ""
        db.execute(f"create index if not exists [{ix['name']}] on [{ix['table']}] "
                   f"({', '.join(ix['columns'])}){where}")


def precompute(db: sqlite_utils.Database, tables: Iterable[str] | None = None) -> None:
    """(Re)write ``councildata_counts`` from the tables as they are now.

    Call after any change to the tables (a full load or an incremental
    delta); safe to run again. Rows: ``(tbl, '', '', '', NULL, n, 0)`` is the
    row count of ``tbl``; ``(tbl, '', '', c, NULL, n, 0)`` that facet column
    ``c`` is counted, ``n`` rows not null; ``(tbl, '', '', c, v, n, rank)`` says ``n`` rows of
    ``tbl`` have ``c = v``; ``(tbl, f, w, c, v, n, rank)`` the same among the
    rows with ``f = w`` (``w`` as text, how a filter in a URL arrives). Ranks
    follow Datasette's facet order: count descending, then value.

    ``tables``: only recount these (the ones a delta changed); the others'
    rows are kept. It costs about one ``group by`` over a table per pair of
    its facet columns.
    """
    columns = facet_columns()
    wanted = set(columns) if tables is None else set(tables) & set(columns)
    if tables is None or not db[COUNTS_TABLE].exists():
        wanted = set(columns)
        db.execute(f"drop table if exists [{COUNTS_TABLE}]")
        db.execute(
            f"create table [{COUNTS_TABLE}] (tbl text not null, filter_column text not null, "
            "filter_value text not null, facet_column text not null, value, count integer not null, "
            "rank integer not null)"
        )
        db.execute(f"create index [{COUNTS_TABLE}_lookup] on [{COUNTS_TABLE}] "
                   "(tbl, filter_column, filter_value, facet_column, rank)")
    insert = f"insert into [{COUNTS_TABLE}] "
    with db.conn:
        for t in sorted(wanted):
            facets = columns[t]
            db.execute(f"delete from [{COUNTS_TABLE}] where tbl = ?", [t])
            db.execute(insert + f"select ?, '', '', '', null, count(*), 0 from [{t}]", [t])
            for c in facets:
                # Rank 0: the column is counted (its rows that are not null).
                db.execute(insert + f"select ?, '', '', ?, null, count([{c}]), 0 from [{t}]", [t, c])
                db.execute(
                    insert + f"select ?, '', '', ?, [{c}], count(*), "
                    f"row_number() over (order by count(*) desc, [{c}]) "
                    f"from [{t}] where [{c}] is not null group by [{c}]",
                    [t, c],
                )
                for f in facets:
                    db.execute(
                        insert + f"select ?, ?, cast([{f}] as text), ?, [{c}], count(*), "
                        f"row_number() over (partition by [{f}] order by count(*) desc, [{c}]) "
                        f"from [{t}] where [{f}] is not null and [{c}] is not null group by [{f}], [{c}]",
                        [t, f, c],
                    )


def counted_by(db: sqlite_utils.Database, table: str, rowids: list[int],
               columns: dict[str, list[str]] | None = None) -> Counter:
    """How much the rows ``rowids`` of ``table`` add to each row of
    ``councildata_counts`` (see :func:`precompute`), keyed ``(filter_column,
    filter_value, facet_column, value)``: what a delta adds or takes away,
    read from the rows themselves so that values keep their SQL types.
    ``columns``: :func:`facet_columns`, where the caller has it already."""
    facets = (columns if columns is not None else facet_columns()).get(table)
    counts: Counter = Counter()
    if facets is None:
        return counts
    select = ", ".join(f"[{c}], cast([{c}] as text)" for c in facets) or "1"
    for start in range(0, len(rowids), 500):
        chunk = rowids[start:start + 500]
        rows = db.execute(f"select {select} from [{table}] where rowid in ({', '.join('?' for _ in chunk)})", chunk)
        for row in rows:
            counts[("", "", "", None)] += 1
            values, texts = row[0::2], row[1::2]
            for c, v in zip(facets, values, strict=False):
                if v is None:
                    continue
                counts[("", "", c, None)] += 1
                counts[("", "", c, v)] += 1
                for f, w in zip(facets, texts, strict=False):
                    if w is not None:
                        counts[(f, w, c, v)] += 1
    return counts


def update_counts(db: sqlite_utils.Database, table: str, delta: Counter) -> bool:
    """Add ``delta`` (from :func:`counted_by`) to ``table``'s precomputed
    counts and renumber the ranks of the facet lists it touched: the same
    rows :func:`precompute` would write, at the cost of the rows that
    changed rather than of a ``group by`` over the whole table per pair of
    facet columns. False, with nothing to rely on, where the counts do not
    fit the delta (then recount the table)."""
    touched = set()
    where = "tbl = ? and filter_column = ? and filter_value = ? and facet_column = ?"
    for (f, w, c, v), d in delta.items():
        if not d:
            continue
        changed = db.execute(f"update [{COUNTS_TABLE}] set count = count + ? where {where} and value is ?",
                             [d, table, f, w, c, v]).rowcount
        if changed == 0:
            if d < 0 or v is None:
                return False
            db.execute(f"insert into [{COUNTS_TABLE}] values (?, ?, ?, ?, ?, ?, 0)", [table, f, w, c, v, d])
        elif changed > 1:
            return False
        if v is not None:
            touched.add((f, w, c))
    if db.execute(f"select 1 from [{COUNTS_TABLE}] where tbl = ? and count < 0 limit 1", [table]).fetchone():
        return False
    db.execute(f"delete from [{COUNTS_TABLE}] where tbl = ? and value is not null and count = 0", [table])
    for f, w, c in sorted(touched, key=repr):
        # Datasette's facet order, as precompute numbers it: count descending, then value.
        db.execute(
            f"update [{COUNTS_TABLE}] set rank = ranked.n from (select rowid as id, row_number() over "
            f"(order by count desc, value) as n from [{COUNTS_TABLE}] where {where} and value is not null) "
            f"as ranked where [{COUNTS_TABLE}].rowid = ranked.id and rank != ranked.n",
            [table, f, w, c])
    return True


def _search_indexes(table: str) -> list[tuple[str, str, Any]]:
    """(index, tokenizer, transform) of each German search index of ``table``."""
    return [(f"{table}{search.STEM_SUFFIX}", "unicode61 remove_diacritics 2", search.stemmed_text),
            (f"{table}{search.TRIGRAM_SUFFIX}", "trigram", search.folded_text)]


def create_search_indexes(db: sqlite_utils.Database, table: str) -> None:
    """The German search indexes of ``table`` (see :mod:`councildata.search`),
    empty: ``<table>_stem`` of stemmed words and ``<table>_tri`` of folded
    words under the trigram tokenizer, both contentless, keyed by the
    table's rowid."""
    col_list = ", ".join(f"[{c}]" for c in search.SEARCH_COLUMNS[table])
    for index, tokenize, _ in _search_indexes(table):
        db.execute(f"drop table if exists [{index}]")
        db.execute(f"create virtual table [{index}] using fts5({col_list}, content='', tokenize='{tokenize}')")


def build_search_indexes(db: sqlite_utils.Database, table: str) -> None:
    """The German search indexes of ``table``, made from its rows."""
    create_search_indexes(db, table)
    cols = list(search.SEARCH_COLUMNS[table])
    col_list = ", ".join(f"[{c}]" for c in cols)
    placeholders = ", ".join("?" for _ in range(len(cols) + 1))
    for index, _, transform in _search_indexes(table):
        rows = db.execute(f"select rowid, {col_list} from [{table}]")
        with db.conn:
            db.conn.executemany(
                f"insert into [{index}](rowid, {col_list}) values ({placeholders})",
                ((rowid, *(transform(v) for v in values)) for rowid, *values in rows),
            )


def append_search_texts(db: sqlite_utils.Database, table: str, first_rowid: int, texts: list[tuple]) -> None:
    """Add rows to ``table``'s German search indexes, the rows whose rowids
    count up from ``first_rowid``, given their texts as
    :func:`councildata.prepare.prepare_document` makes them (the stemmed
    texts of the search columns, then the folded ones)."""
    cols = list(search.SEARCH_COLUMNS[table])
    n = len(cols)
    col_list = ", ".join(f"[{c}]" for c in cols)
    placeholders = ", ".join("?" for _ in range(n + 1))
    (stem, _, _), (tri, _, _) = _search_indexes(table)
    db.conn.executemany(f"insert into [{stem}](rowid, {col_list}) values ({placeholders})",
                        ((first_rowid + i, *t[:n]) for i, t in enumerate(texts)))
    db.conn.executemany(f"insert into [{tri}](rowid, {col_list}) values ({placeholders})",
                        ((first_rowid + i, *t[n:]) for i, t in enumerate(texts)))


# The planner's statistics (sqlite_stat1) of a table are run again after a
# delta when its row count moved by more than this fraction since they were
# taken; a smaller change only updates the row count they give.
STALE_STATISTICS = 0.25


def refresh_statistics(db: sqlite_utils.Database, tables: Iterable[str] | None = None) -> list[str]:
    """Keep ``sqlite_stat1`` describing the tables as they are now.

    ``tables=None``: ANALYZE everything (what a full build does). Otherwise
    only the tables a delta changed: a table whose row count moved by more
    than ``STALE_STATISTICS`` (or that has no statistics but rows) is
    analysed again; for the others only the row count at the start of each
    of its statistics rows is set to the current one, which costs a few
    updates instead of reading the table and every index again. The
    distribution of values (rows per key) a small delta changes little. Returns the tables analysed again.
    """
    if tables is None or not db["sqlite_stat1"].exists():
        db.analyze()
        return list(tables) if tables is not None else list(db.table_names())
    analysed = []
    with db.conn:
        for t in dict.fromkeys(tables):
            if not db[t].exists():
                continue
            n = _row_count(db, t)
            stats = db.execute("select idx, stat from sqlite_stat1 where tbl = ?", [t]).fetchall()
            if not stats:
                if n:
                    db.execute(f"analyze [{t}]")
                    analysed.append(t)
                continue
            # An index made since the last ANALYZE (a canned query's new
            # `indexes:`) has no statistics, and SQLite then guesses: at 1M
            # rows it read a filtered page of 120,153 resolutions through
            # such an index and sorted them (0.9 s) instead of reading the
            # (column, date, id) index in page order (5 ms). Each is
            # analysed alone (one pass over that index).
            known = {idx for idx, _ in stats}
            for idx in [r[1] for r in db.execute(f"pragma index_list([{t}])")]:
                if idx not in known:
                    db.execute(f"analyze [{idx}]")
            # A partial index (a canned query's, see query_indexes) counts
            # only its own rows: the table's row count is in the others.
            partial = {r[1] for r in db.execute(f"pragma index_list([{t}])") if r[4]}
            whole = [int(stat.split(" ", 1)[0]) for idx, stat in stats if idx not in partial]
            before = whole[0] if whole else 0
            if before == n:
                continue
            if before == 0 or abs(n - before) > STALE_STATISTICS * before:
                db.execute("delete from sqlite_stat1 where tbl = ?", [t])
                db.execute(f"analyze [{t}]")
                analysed.append(t)
                continue
            for idx, stat in stats:
                first, *rest = stat.split(" ", 1)
                # A partial index's rows grow with the table's, in proportion.
                rows = round(int(first) * n / before) if idx in partial else n
                db.execute("update sqlite_stat1 set stat = ? where tbl = ? and idx is ?",
                           [" ".join([str(rows), *rest]), t, idx])
    return analysed


def _row_count(db: sqlite_utils.Database, table: str) -> int:
    # From the precomputed counts where they are kept (no pass over the table).
    if db[COUNTS_TABLE].exists():
        row = db.execute(f"select count from [{COUNTS_TABLE}] where tbl = ? and filter_column = '' "
                         "and facet_column = '' and rank = 0", [table]).fetchone()
        if row is not None:
            return row[0]
    return db.execute(f"select count(*) from [{table}]").fetchone()[0]


def open_database(path: Path) -> sqlite_utils.Database:
    import sqlite_utils

    return sqlite_utils.Database(path)


def open_build_database(path: Path) -> sqlite_utils.Database:
    """A new database being built in a private folder.

    No rollback journal and no fsync: a build that dies is thrown away
    whole, and a finished one is published by renaming (see swap.publish),
    so SQLite's own crash safety would only cost time — most of a build's
    time, one commit per document.
    """
    import sqlite_utils

    db = sqlite_utils.Database(path)
    db.execute("pragma journal_mode = off")
    db.execute("pragma synchronous = off")
    return db


def _index_rows(db: sqlite_utils.Database, table: str, rowids: list[int], command: str | None) -> None:
    """Add (``command`` None) or remove (``"delete"``) the rows ``rowids`` of
    ``table`` in its full-text indexes: the plain one (external content) and
    the German stem and trigram ones (contentless: a delete names the
    indexed text again)."""
    if not rowids:
        return
    indexes = []
    if table in FTS_COLUMNS:
        indexes.append((f"{table}_fts", FTS_COLUMNS[table], lambda v: v))
    if table in search.SEARCH_COLUMNS:
        cols = list(search.SEARCH_COLUMNS[table])
        indexes.append((f"{table}{search.STEM_SUFFIX}", cols, search.stemmed_text))
        indexes.append((f"{table}{search.TRIGRAM_SUFFIX}", cols, search.folded_text))
    for index, cols, transform in indexes:
        col_list = ", ".join(f"[{c}]" for c in cols)
        values = ", ".join("?" for _ in cols)
        if command:
            sql = f"insert into [{index}]([{index}], rowid, {col_list}) values ('{command}', ?, {values})"
        else:
            sql = f"insert into [{index}](rowid, {col_list}) values (?, {values})"
        for start in range(0, len(rowids), 500):
            chunk = rowids[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            rows = db.execute(f"select rowid, {col_list} from [{table}] where rowid in ({marks}) order by rowid",
                              chunk).fetchall()
            db.conn.executemany(sql, ((rowid, *(transform(v) for v in vals)) for rowid, *vals in rows))


def _rowids_of(db: sqlite_utils.Database, table: str, column: str, values: list[str]) -> list[int]:
    out: list[int] = []
    for start in range(0, len(values), 500):
        chunk = values[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        out += [r[0] for r in db.execute(f"select rowid from [{table}] where [{column}] in ({marks})", chunk)]
    return sorted(out)


def apply_delta(db: sqlite_utils.Database, removed_documents: list[str], removed_organizations: list[str],
                new_rows: dict[str, list[dict]]) -> None:
    """Change a copy of the previous build's database into this build's:
    the rows of ``removed_documents`` (removed or changed files) and the
    organisations they gave go, with their full-text entries, and
    ``new_rows`` (per table, in the order a full build inserts them) come
    in, with theirs; all in one transaction.

    The tables then hold what a full build's hold (compared row by row in
    tests/test_incremental.py); rowids and page layout differ, and the
    planner statistics (``sqlite_stat1``) follow the changed tables' row
    counts (:func:`refresh_statistics`).
    The precomputed counts (:func:`precompute`) are brought up to date by
    what the removed and added rows count (:func:`update_counts`); whatever else :func:`ensure_db_shape` derives from the rows
    has to be brought up to date here as well: the test compares every
    table of the database."""
    counted = db[COUNTS_TABLE].exists()
    columns = facet_columns()
    deltas: dict[str, Counter] = {t: Counter() for t in TABLES}
    changed: set[str] = set()
    with db.conn:
        for t in reversed(TABLES):
            if t == "organizations":
                rowids = _rowids_of(db, t, "id", removed_organizations)
            else:
                rowids = _rowids_of(db, t, "id" if t == "documents" else "document_id", removed_documents)
            if counted:
                deltas[t].subtract(counted_by(db, t, rowids, columns))
            _index_rows(db, t, rowids, "delete")
            if rowids:
                changed.add(t)
            for start in range(0, len(rowids), 500):
                chunk = rowids[start:start + 500]
                db.execute(f"delete from [{t}] where rowid in ({', '.join('?' for _ in chunk)})", chunk)
        for t in TABLES:
            rows = new_rows.get(t) or []
            if not rows:
                continue
            changed.add(t)
            before = db.execute(f"select coalesce(max(rowid), 0) from [{t}]").fetchone()[0]
            cols = schemas.field_names(t)
            db.conn.executemany(
                f"insert into [{t}] ({', '.join(f'[{c}]' for c in cols)}) values ({', '.join('?' for _ in cols)})",
                ([sql_value(r.get(c)) for c in cols] for r in rows))
            added = [r[0] for r in db.execute(f"select rowid from [{t}] where rowid > ? order by rowid", (before,))]
            _index_rows(db, t, added, None)
            if counted:
                deltas[t].update(counted_by(db, t, added, columns))
        # The precomputed counts follow the rows that changed; a table whose
        # counts do not fit is recounted whole (precompute).
        recount = [t for t in TABLES if not counted or not update_counts(db, t, deltas[t])]
    if recount:
        precompute(db, tables=recount)
    refresh_statistics(db, [t for t in TABLES if t in changed])


# Readers and the builder's spare database (councildata.incremental.spare).

def hold_shared(path: Path | str) -> int:
    """A shared ``flock`` on the database file at ``path``, held by the
    returned descriptor until it is closed: a builder does not reuse the file
    while it is held. FileNotFoundError where the file is gone or being reused
    (it was taken by a builder for a newer build)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            raise FileNotFoundError(f"{path} is being reused for a newer build") from None
        # Taken between open and lock: the path now names another file, or none.
        if os.fstat(fd).st_ino != os.stat(path).st_ino:
            raise FileNotFoundError(f"{path} was reused for a newer build")
    except BaseException:
        os.close(fd)
        raise
    return fd


class LockedConnection(sqlite3.Connection):
    """A read connection that holds a shared lock on its database file (see
    :func:`hold_shared`): from when it is opened until :meth:`release`, and
    again from :meth:`hold` (before each use) to :meth:`release`."""

    lock_fd: int | None = None
    path: str = ""

    def hold(self) -> bool:
        """Lock the file again; False where a builder has it or took it
        (the path names another file, or none): close this connection, its
        pages may be stale."""
        if self.lock_fd is None:
            return False
        try:
            fcntl.flock(self.lock_fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            if os.fstat(self.lock_fd).st_ino == os.stat(self.path).st_ino:
                return True
        except OSError:
            pass
        self.release()
        return False

    def release(self) -> None:
        if self.lock_fd is not None:
            fcntl.flock(self.lock_fd, fcntl.LOCK_UN)

    def close(self) -> None:
        try:
            super().close()
        finally:
            fd, self.lock_fd = self.lock_fd, None
            if fd is not None:
                os.close(fd)

    def __del__(self) -> None:
        fd, self.lock_fd = self.lock_fd, None
        if fd is not None:
            os.close(fd)


def connect_locked(path: Path, **kwargs: Any) -> sqlite3.Connection:
    """``sqlite3.connect`` of the build database at ``path`` (immutable),
    holding a shared lock on it while open."""
    fd = hold_shared(path)
    try:
        conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True, factory=LockedConnection, **kwargs)
    except BaseException:
        os.close(fd)
        raise
    conn.lock_fd = fd
    conn.path = str(path)
    return conn
