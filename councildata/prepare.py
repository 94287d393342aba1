"""Prepare: one document's rows made ready, in a worker, for the build
process to publish.

The build process is the one part of a build that does not run on every
core: it checks each document's keys against the rows of the documents
before it and appends the rows to the package's files, the database and the
search indexes, one document after another. Everything about a row that
does not depend on other documents is done here instead, in the worker
that extracted it (``councildata.build``): its cells are checked
(:func:`councildata.validate.cell_errors`), and it is encoded as its CSV
line, its JSON segment, its SQL parameters and its German search index
texts. The build process then only checks keys and appends bytes; what it
writes is exactly what it would write from the rows themselves.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any

from . import schemas, search
from .database import sql_value
from .model import TABLES, Rows
from .package import csv_cell
from .validate import cell_errors, checked_tables, key_columns


@dataclass
class PreparedDocument:
    """One document's rows as the build process takes them (see the module).

    ``keys``: per table, per row, the cells the key checks read (its id,
    document_id, unique and foreign-key columns); ``errors``: per table, the
    errors of the cells of each row that has any, by row number;
    ``encoded``: per table, per row, (CSV line, JSON segment, SQL parameters,
    search index texts: the stemmed texts of the search columns, then the
    folded ones; empty for tables not searched); ``redacted``: the count of
    each kind of personal data redacted."""

    keys: dict[str, list[dict[str, Any]]]
    errors: dict[str, dict[int, list[tuple[str, str, str]]]]
    encoded: dict[str, list[tuple[bytes, bytes, tuple, tuple]]]
    redacted: dict[str, int]


_COLUMNS: dict[str, list[str]] = {}
_KEY_COLUMNS: dict[str, list[str]] = {}


def _columns(table: str) -> list[str]:
    if table not in _COLUMNS:
        _COLUMNS[table] = schemas.field_names(table)
        _KEY_COLUMNS[table] = key_columns(checked_tables()[table])
    return _COLUMNS[table]


def prepare_document(rows: Rows, redacted: dict[str, int]) -> PreparedDocument:
    """``rows`` (one document's, as extracted) checked cell by cell and encoded."""
    tables = checked_tables()
    keys: dict[str, list[dict[str, Any]]] = {}
    errors: dict[str, dict[int, list[tuple[str, str, str]]]] = {}
    encoded: dict[str, list[tuple[bytes, bytes, tuple, tuple]]] = {}
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for t in TABLES:
        table_rows = rows.get(t) or []
        if not table_rows:
            continue
        cols = _columns(t)
        key_cols = _KEY_COLUMNS[t]
        searched = list(search.SEARCH_COLUMNS.get(t, ()))
        table = tables[t]
        keys[t] = [{c: row.get(c) for c in key_cols} for row in table_rows]
        out = encoded[t] = []
        for i, row in enumerate(table_rows):
            found = cell_errors(table, row)
            if found:
                errors.setdefault(t, {})[i] = found
            buf.seek(0)
            buf.truncate()
            # The same bytes as package.encode_rows gives for this row.
            writer.writerow([csv_cell(row.get(c)) for c in cols])
            texts: tuple = ()
            if searched:
                values = [row.get(c) for c in searched]
                texts = (*(search.stemmed_text(v) for v in values), *(search.folded_text(v) for v in values))
            out.append((
                buf.getvalue().encode("utf-8"),
                (",\n" + json.dumps({c: row.get(c) for c in cols}, ensure_ascii=False)).encode("utf-8"),
                tuple(sql_value(row.get(c)) for c in cols),
                texts,
            ))
    return PreparedDocument(keys, errors, encoded, redacted)
