"""Validate: every row checked against its Table Schema with frictionless.

Types, enums, required and range constraints are checked cell by cell with
frictionless' own cell readers; unique and foreign keys against the ids
already accepted. The cells of most rows are plainly right (a ``str`` in a
text column, an ``int`` above its minimum, ``None`` where a value may be
missing): a cheap test per column (:func:`_plainly_valid`) lets those pass
without the reader, and every other cell goes to frictionless, which gives
the verdict and the message. The test only ever accepts what frictionless
accepts (tests/test_validate.py compares them value by value). Checking a document's rows as they stream past keeps
memory to the ids alone, however large the archive.

A row that fails is not published and not lost: it becomes a ``Problem``
with its table, row, field and reason, and rows that depend on it (through
a foreign key) are rejected with it.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from collections.abc import Callable

from frictionless import Schema

from . import schemas
from .model import TABLES, Problem, Rows


@dataclass
class _Table:
    name: str
    readers: dict[str, Callable[[Any], tuple[Any, dict | None]]]
    # Per column: True when a value passes without asking its reader.
    plain: dict[str, Callable[[Any], bool]]
    unique: list[str]
    fks: list[tuple[str, str, str]]
    rows_seen: int = 0


@dataclass
class Validator:
    """Checks the rows of one document after another; remembers keys."""

    tables: dict[str, _Table] = field(default_factory=dict)
    seen: dict[tuple[str, str], set] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in TABLES:
            schema = Schema.from_descriptor(schemas.load_schema(name))
            self.tables[name] = _Table(
                name,
                {f.name: f.create_cell_reader() for f in schema.fields},
                {f.name: _plainly_valid(f, schema) for f in schema.fields},
                [f.name for f in schema.fields if f.constraints.get("unique")],
                schemas.foreign_keys(name),
            )
            for col in self.tables[name].unique:
                self.seen[(name, col)] = set()

    def check(self, rows: Rows, source_file: str | None = None) -> tuple[Rows, list[Problem]]:
        """Valid rows of one document (in table order) and the problems."""
        valid: Rows = {t: [] for t in TABLES}
        problems: list[Problem] = []
        local_ids: dict[str, set] = {t: set() for t in TABLES}
        for name in TABLES:
            table = self.tables[name]
            for row in rows.get(name, []):
                table.rows_seen += 1
                if name == "organizations" and row.get("id") in self.seen[(name, "id")]:
                    continue  # the same organisation named in another document
                errors = self._row_errors(table, row, local_ids)
                if errors:
                    for fld, code, note in errors:
                        problems.append(Problem(
                            code=code,
                            message=f"{name} row {row.get('id') or '?'}: {fld}: {note}",
                            source_file=source_file, stage="validate", table=name,
                            row=table.rows_seen, field=fld, document_id=row.get("document_id"),
                        ))
                    continue
                for col in table.unique:
                    self.seen[(name, col)].add(row.get(col))
                local_ids[name].add(row.get("id"))
                valid[name].append(row)
        return valid, problems

    def _row_errors(self, table: _Table, row: dict, local_ids: dict[str, set]) -> list[tuple[str, str, str]]:
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
        for col in table.unique:
            if row.get(col) is not None and row.get(col) in self.seen[(table.name, col)]:
                errors.append((col, "unique-error", f"{row.get(col)!r} is not unique"))
        for col, other, other_col in table.fks:
            value = row.get(col)
            if value is None:
                continue
            if value not in local_ids[other] and value not in self.seen.get((other, other_col), ()):
                errors.append((col, "foreign-key-error", f"{value!r} is not a {other}.{other_col}"))
        return errors


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
