"""The Table Schemas in ``schemas/``: the single source of truth for
columns, types, constraints and descriptions."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from .model import TABLES

_PACKAGE = Path(__file__).resolve().parent


def project_file(name: str) -> Path:
    """A top-level project file or folder (``schemas``, ``data``, ``publish``,
    ``metadata.json``): from the source tree in a checkout or editable
    install, else from the copy bundled into the wheel."""
    for candidate in (_PACKAGE.parent / name, _PACKAGE / "_bundled" / name):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{name} not found next to the councildata package")


@cache
def load_schema(table: str) -> dict[str, Any]:
    """The Table Schema descriptor of one table."""
    if table not in TABLES:
        raise KeyError(f"unknown table {table!r}")
    return json.loads((project_file("schemas") / f"{table}.json").read_text("utf-8"))


def field_names(table: str) -> list[str]:
    return [f["name"] for f in load_schema(table)["fields"]]


def fields(table: str) -> list[dict[str, Any]]:
    return load_schema(table)["fields"]


def foreign_keys(table: str) -> list[tuple[str, str, str]]:
    """(column, other table, other column) for each foreign key."""
    return [
        (fk["fields"], fk["reference"]["resource"], fk["reference"]["fields"])
        for fk in load_schema(table).get("foreignKeys", [])
    ]


def primary_key(table: str) -> str:
    (pk,) = load_schema(table)["primaryKey"]
    return pk
