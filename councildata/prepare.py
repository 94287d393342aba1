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
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import schemas, search
from .database import sql_value
from .model import TABLES, Problem, Rows
from .package import csv_cell
from .validate import cell_errors, checked_tables, key_columns

if TYPE_CHECKING:
    from .validate import Validator


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


def new_report_part(rel: str, problems: list[Problem], reused: bool, any_documents: bool) -> dict[str, Any]:
    """A source file's part of the report before its documents are counted in."""
    return {"file": rel, "problems": [p.to_dict() for p in problems], "redactions": {}, "documents": 0,
            "redacted_documents": 0, "rejected": {}, "reused": bool(reused and any_documents)}


def count_document(part: dict[str, Any], valid: dict[str, list[Any]], row_problems: list[Problem],
                   redacted: dict[str, int]) -> bool:
    """Count one validated document into its file's report part; whether it is
    published (a document whose own row is rejected is not)."""
    part["problems"] += [p.to_dict() for p in row_problems]
    for p in row_problems:
        part["rejected"][p.table] = part["rejected"].get(p.table, 0) + 1
    if not valid["documents"]:
        return False
    part["documents"] += 1
    if redacted:
        part["redacted_documents"] += 1
        for kind, n in redacted.items():
            part["redactions"][kind] = part["redactions"].get(kind, 0) + n
    return True


def take_prepared(validator: Validator, rel: str, docs: list[PreparedDocument], problems: list[Problem],
                  reused: bool) -> tuple[dict[str, Any], list[tuple[PreparedDocument, dict[str, list[int]]]]]:
    """:func:`councildata.build.take_file` of documents prepared by a worker: the same part of
    the report, and per published document the numbers of its valid rows."""
    part = new_report_part(rel, problems, reused, bool(docs))
    out = []
    for doc in docs:
        valid, row_problems = validator.check_prepared(doc, rel)
        if count_document(part, valid, row_problems, {k: n for k, n in doc.redacted.items() if n}):
            out.append((doc, valid))
    return part, out


class Paths(Sequence[Path]):
    """The paths of files below a folder, each made when asked: a list of
    100,000 paths took 33 MB of the build process (and of every worker
    forked from it), their names alone a third of that."""

    def __init__(self, folder: Path, names: Sequence[str]) -> None:
        self.folder, self.names = folder, names

    def __len__(self) -> int:
        return len(self.names)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self.folder / n for n in self.names[i]]
        return self.folder / self.names[i]


class Tasks(Sequence[tuple]):
    """:func:`councildata.build.process_file`'s arguments for each file, made when a worker
    asks for them (a list of them took 11 MB at 100,000 files)."""

    def __init__(self, files: Sequence[Path], common: tuple, version: str, json_version: str, rest: tuple) -> None:
        self.files, self.common, self.version, self.json_version, self.rest = files, common, version, json_version, rest

    def __len__(self) -> int:
        return len(self.files)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        p = self.files[i]
        return (p, *self.common, self.json_version if p.suffix.lower() == ".json" else self.version, *self.rest)
