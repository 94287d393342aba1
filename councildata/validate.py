"""Validate: every row checked against its Table Schema with frictionless.

Types, enums, required and range constraints are checked cell by cell with
frictionless' own cell readers; unique and foreign keys against the ids
already accepted, which are kept on disk (:class:`_Keys`). The cells of most rows are plainly right (a ``str`` in a
text column, an ``int`` above its minimum, ``None`` where a value may be
missing): a cheap test per column (:func:`_plainly_valid`) lets those pass
without the reader, and every other cell goes to frictionless, which gives
the verdict and the message. The test only ever accepts what frictionless
accepts (tests/test_validate.py compares them value by value). Checking a document's rows as they stream past, with the ids accepted so
far on disk, keeps memory the same however large the archive.

A row that fails is not published and not lost: it becomes a ``Problem``
with its table, row, field and reason, and rows that depend on it (through
a foreign key) are rejected with it.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import sqlite3
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any
from collections.abc import Callable

from . import schemas
from .model import TABLES, Problem, Rows

if TYPE_CHECKING:
    from frictionless import Schema

    from .prepare import PreparedDocument


@dataclass
class _Table:
    name: str
    readers: dict[str, Callable[[Any], tuple[Any, dict | None]]]
    # Per column: True when a value passes without asking its reader.
    plain: dict[str, Callable[[Any], bool]]
    unique: list[str]
    fks: list[tuple[str, str, str]]
    rows_seen: int = 0


Key = tuple[str, str]  # (table, column)


class _Keys:
    """The values of unique columns accepted so far, for the unique and
    foreign-key checks of later documents.

    They are kept in a private temporary SQLite file (deleted when closed),
    not in memory: Python sets of every id grew by 1.7 MB per 1,000
    documents (docs/performance.md, "Peak memory"). A document asks once
    for the values it names (:meth:`prefetch`) and stores the ones it added
    once (:meth:`flush`); a value it did not prefetch is looked up alone.
    Values that are not strings (a unique column's wrong type never gets
    here, but a foreign key's may be looked up) are kept in memory.
    """

    _CHUNK = 500  # values per query, well below SQLite's limit of variables

    def __init__(self) -> None:
        self._db = sqlite3.connect("", check_same_thread=False)
        self._db.executescript(
            "pragma journal_mode=off; pragma synchronous=off; pragma cache_size=-2048;"
            "create table keys (k blob primary key) without rowid;")
        self._finalizer = weakref.finalize(self, self._db.close)
        self._asked: set[bytes] = set()  # prefetched for this document ...
        self._known: set[bytes] = set()  # ... and of those, the ones stored
        self._new: set[bytes] = set()  # added since the last flush
        self._other: set[tuple[Key, Any]] = set()  # non-string values

    @staticmethod
    def _k(key: Key, value: str) -> bytes:
        # Table and column names hold no NUL; "surrogatepass" keeps any str (file names may carry lone surrogates).
        return f"{key[0]}\0{key[1]}\0{value}".encode("utf-8", "surrogatepass")

    def _stored(self, keys: list[bytes]) -> set[bytes]:
        found: set[bytes] = set()
        for i in range(0, len(keys), self._CHUNK):
            chunk = keys[i:i + self._CHUNK]
            found.update(k for (k,) in self._db.execute(
                f"select k from keys where k in ({','.join('?' * len(chunk))})", chunk))
        return found

    def prefetch(self, wanted: Iterable[tuple[Key, Any]]) -> None:
        self._asked = {self._k(key, v) for key, v in wanted if type(v) is str}
        self._known = self._stored(list(self._asked))

    def has(self, key: Key, value: Any) -> bool:
        if type(value) is not str:
            try:
                return (key, value) in self._other
            except TypeError:  # unhashable: never a key
                return False
        k = self._k(key, value)
        if k in self._new or k in self._known:
            return True
        return k not in self._asked and bool(self._stored([k]))

    def add(self, key: Key, value: Any) -> None:
        if type(value) is str:
            self._new.add(self._k(key, value))
        else:
            self._other.add((key, value))

    def flush(self) -> None:
        with self._db:
            self._db.executemany("insert or ignore into keys values (?)", ((k,) for k in self._new))
        self._new.clear()
        self._asked, self._known = set(), set()

    def close(self) -> None:
        self._finalizer()


@dataclass
class Validator:
    """Checks the rows of one document after another; remembers keys."""

    tables: dict[str, _Table] = field(default_factory=dict)
    # The (table, column) pairs whose accepted values are remembered.
    keys: set[Key] = field(default_factory=set)
    seen: _Keys = field(default_factory=_Keys)
    # False: the keys only, for documents whose cells a worker checked
    # (check_prepared); frictionless is then not imported here.
    cells: bool = True

    def __post_init__(self) -> None:
        # Fresh row counters per validator; the readers are made once per process.
        made = checked_tables() if self.cells else key_tables()
        self.tables = {name: replace(t, rows_seen=0) for name, t in made.items()}
        for name, table in self.tables.items():
            for col in table.unique:
                self.keys.add((name, col))

    def _wanted(self, rows: Rows) -> Iterable[tuple[Key, Any]]:
        """The remembered values this document's rows could ask about."""
        for name in TABLES:
            table = self.tables[name]
            for row in rows.get(name, []):
                for col in table.unique:
                    yield (name, col), row.get(col)
                for col, other, other_col in table.fks:
                    if (other, other_col) in self.keys:
                        yield (other, other_col), row.get(col)

    def check(self, rows: Rows, source_file: str | None = None) -> tuple[Rows, list[Problem]]:
        """Valid rows of one document (in table order) and the problems."""
        valid: Rows = {t: [] for t in TABLES}
        problems: list[Problem] = []
        local_ids: dict[str, set] = {t: set() for t in TABLES}
        self.seen.prefetch(self._wanted(rows))
        try:
            self._check(rows, source_file, valid, problems, local_ids)
        finally:
            self.seen.flush()
        return valid, problems

    def _check(self, rows: Rows, source_file: str | None, valid: Rows, problems: list[Problem],
               local_ids: dict[str, set]) -> None:
        for name in TABLES:
            table = self.tables[name]
            for row in rows.get(name, []):
                if self._accept(table, row, cell_errors(table, row), source_file, problems, local_ids):
                    valid[name].append(row)

    def check_prepared(self, doc: PreparedDocument, source_file: str | None) -> tuple[dict[str, list[int]],
                                                                                         list[Problem]]:
        """:meth:`check` of a document whose cells a worker has checked
        already (:func:`councildata.prepare.prepare_document`): the numbers of its valid rows per
        table, and the problems, the same as :meth:`check` finds."""
        valid: dict[str, list[int]] = {t: [] for t in TABLES}
        problems: list[Problem] = []
        local_ids: dict[str, set] = {t: set() for t in TABLES}
        self.seen.prefetch(self._wanted(doc.keys))
        try:
            for name in TABLES:
                table = self.tables[name]
                errors = doc.errors.get(name, {})
                for i, row in enumerate(doc.keys.get(name, ())):
                    if self._accept(table, row, errors.get(i, []), source_file, problems, local_ids):
                        valid[name].append(i)
        finally:
            self.seen.flush()
        return valid, problems

    def _accept(self, table: _Table, row: dict, errors: list[tuple[str, str, str]], source_file: str | None,
                problems: list[Problem], local_ids: dict[str, set]) -> bool:
        """Whether ``row`` (with its cells' ``errors``) is published; its
        problems where not. Its keys are remembered where it is."""
        name = table.name
        table.rows_seen += 1
        if name == "organizations" and self.seen.has((name, "id"), row.get("id")):
            return False  # the same organisation named in another document
        errors = errors + self._key_errors(table, row, local_ids)
        if errors:
            for fld, code, note in errors:
                problems.append(Problem(
                    code=code,
                    message=f"{name} row {row.get('id') or '?'}: {fld}: {note}",
                    source_file=source_file, stage="validate", table=name,
                    row=table.rows_seen, field=fld, document_id=row.get("document_id"),
                ))
            return False
        for col in table.unique:
            self.seen.add((name, col), row.get(col))
        local_ids[name].add(row.get("id"))
        return True

    def _key_errors(self, table: _Table, row: dict, local_ids: dict[str, set]) -> list[tuple[str, str, str]]:
        errors: list[tuple[str, str, str]] = []
        for col in table.unique:
            if row.get(col) is not None and self.seen.has((table.name, col), row.get(col)):
                errors.append((col, "unique-error", f"{row.get(col)!r} is not unique"))
        for col, other, other_col in table.fks:
            value = row.get(col)
            if value is None:
                continue
            if value not in local_ids[other] and not (
                    (other, other_col) in self.keys and self.seen.has((other, other_col), value)):
                errors.append((col, "foreign-key-error", f"{value!r} is not a {other}.{other_col}"))
        return errors


def key_tables() -> dict[str, _Table]:
    """Every table's key columns (unique, foreign keys) without cell readers,
    from the same schemas as :func:`checked_tables`, without frictionless
    (tests/test_validate.py checks that they agree)."""
    tables = {}
    for name in TABLES:
        fields_ = schemas.load_schema(name)["fields"]
        tables[name] = _Table(name, {}, {}, [f["name"] for f in fields_ if (f.get("constraints") or {}).get("unique")],
                              schemas.foreign_keys(name))
    return tables


def _make_tables() -> dict[str, _Table]:
    from frictionless import Schema

    tables = {}
    for name in TABLES:
        schema = Schema.from_descriptor(schemas.load_schema(name))
        tables[name] = _Table(
            name,
            {f.name: f.create_cell_reader() for f in schema.fields},
            {f.name: _plainly_valid(f, schema) for f in schema.fields},
            [f.name for f in schema.fields if f.constraints.get("unique")],
            schemas.foreign_keys(name),
        )
    return tables


_TABLES: dict[str, _Table] | None = None


def checked_tables() -> dict[str, _Table]:
    """Every table's cell readers and key columns, made once per process
    (a worker forked from the build process finds them made)."""
    global _TABLES
    if _TABLES is None:
        _TABLES = _make_tables()
    return _TABLES


def cell_errors(table: _Table, row: dict) -> list[tuple[str, str, str]]:
    """What is wrong with the cells of ``row`` by themselves (columns not in
    the schema, types, enums, bounds): (field, code, note) each. Keys are
    checked against the other rows by :class:`Validator`."""
    errors: list[tuple[str, str, str]] = []
    for col in row:
        if col not in table.readers:
            errors.append((col, "extra-cell", f"column {col!r} is not in the schema"))
    plain = table.plain
    for col, read in table.readers.items():
        value = row.get(col)
        if isinstance(value, str) and value == "":
            value = None
        if plain[col](value):
            continue
        _, notes = read(value)
        if notes:
            for kind, note in notes.items():
                code = "type-error" if kind == "type" else "constraint-error"
                errors.append((col, code, f"{note} (got {str(value)[:60]!r})"))
    return errors


def key_columns(table: _Table) -> list[str]:
    """The columns :class:`Validator` reads of a row beside its cells' errors."""
    return list(dict.fromkeys(["id", "document_id", *table.unique, *(c for c, _, _ in table.fks)]))


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _never(value: Any) -> bool:
    return False


def _plainly_valid(f: Any, schema: Schema) -> Callable[[Any], bool]:
    """A test of one column's values that says True only for values its
    frictionless cell reader accepts too, and cheaply; False means "ask the
    reader" (which then judges, and words the problem). Columns with
    constraints or formats this does not know are always asked."""
    constraints = {k: v for k, v in (f.constraints or {}).items() if k != "unique"}
    required = bool(constraints.pop("required", False))
    enum = constraints.pop("enum", None)
    low, high = constraints.pop("minimum", None), constraints.pop("maximum", None)
    missing = f.missing_values if f.has_defined("missing_values") else schema.missing_values
    if constraints or (f.format or "default") != "default" or list(missing) != [""]:
        return _never  # pattern, lengths, exclusive bounds, another format: frictionless decides
    if any(b is not None and type(b) is not int for b in (low, high)):
        return _never
    low = -math.inf if low is None else low
    high = math.inf if high is None else high
    allowed = frozenset(enum) if enum is not None and all(type(v) is str for v in enum) else None
    if enum is not None and allowed is None:
        return _never

    if f.type == "string":
        def test(v: Any) -> bool:
            # "" was turned into None before: a str here is a value.
            return type(v) is str and (allowed is None or v in allowed)
    elif f.type == "integer" and allowed is None:
        def test(v: Any) -> bool:
            return type(v) is int and low <= v <= high
    elif f.type == "number" and allowed is None:
        def test(v: Any) -> bool:
            return (type(v) is int or type(v) is float) and math.isfinite(v) and low <= v <= high
    elif f.type == "boolean" and allowed is None and low == -math.inf and high == math.inf:
        def test(v: Any) -> bool:
            return v is True or v is False
    elif f.type == "date" and allowed is None and low == -math.inf and high == math.inf:
        def test(v: Any) -> bool:
            if type(v) is not str or not _ISO_DATE.fullmatch(v):
                return False
            try:
                dt.date.fromisoformat(v)
            except ValueError:
                return False
            return True
    else:
        return _never
    if required:
        return test

    def optional(v: Any) -> bool:
        return v is None or test(v)

    return optional


def validate_package(out_dir: Path) -> Any:
    """Re-check a built package with frictionless itself (the same check as
    ``frictionless validate OUT_DIR/datapackage.json``)."""
    from frictionless import Package

    return Package(str(Path(out_dir) / "datapackage.json")).validate()
