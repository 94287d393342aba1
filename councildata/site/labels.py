"""German labels for the HTML interface, read from ``publish/labels.yaml``.

Only the HTML shows them: CSV, JSON, SQL and the data package keep the
contract's table names, column names and codes.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ..schemas import project_file

LABELS_FILE = "labels.yaml"


class LabelsError(ValueError):
    """publish/labels.yaml is missing or not in the expected shape."""


def load_labels(path: Path) -> dict[str, Any]:
    """Read and check a labels file; a clear LabelsError naming the file otherwise."""
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise LabelsError(f"{path}: cannot read the site's labels: {e}") from e
    if not isinstance(data, dict):
        raise LabelsError(f"{path}: expected a mapping with tables, columns, by_table, values and queries")
    for key in ("tables", "columns", "by_table", "values", "queries"):
        if not isinstance(data.get(key), dict):
            raise LabelsError(f"{path}: `{key}` must be a mapping")
    for name, entry in data["queries"].items():
        if not isinstance(entry, dict) or not isinstance(entry.get("question"), str):
            raise LabelsError(f"{path}: queries.{name} needs a `question`")
        if not isinstance(entry.get("params", {}), dict):
            raise LabelsError(f"{path}: queries.{name}.params must be a mapping")
    for table, entry in data["tables"].items():
        if not isinstance(entry, dict) or not isinstance(entry.get("label"), str):
            raise LabelsError(f"{path}: tables.{table} needs a `label`")
    return data


@cache
def labels() -> dict[str, Any]:
    return load_labels(project_file("publish") / LABELS_FILE)


def table_label(table: str) -> str:
    entry = labels()["tables"].get(table)
    return entry["label"] if entry else table


def table_about(table: str) -> str:
    entry = labels()["tables"].get(table)
    return entry.get("about", "") if entry else ""


def column_label(table: str | None, column: str) -> str:
    data = labels()
    specific = data["by_table"].get(table or "", {})
    return specific.get(column) or data["columns"].get(column) or column


@cache
def coded_columns() -> frozenset[str]:
    """The columns whose values have German labels."""
    return frozenset(labels()["values"])


def value_label(column: str, value: Any) -> str | None:
    """The German word for a coded value, or None where the column has no codes
    or the value is not one of them (shown as it is)."""
    if value is None or isinstance(value, dict | list):
        return None
    codes = labels()["values"].get(column)
    if not codes:
        return None
    return codes.get(str(value))


def query_label(name: str, default: str | None = None) -> str:
    entry = labels()["queries"].get(name)
    return entry["question"] if entry else default or name


def query_about(name: str, default: str = "") -> str:
    entry = labels()["queries"].get(name)
    return (entry.get("about") if entry else None) or default


def query_example(name: str) -> dict[str, str]:
    """Parameters that show what a canned query does (the front page links with them)."""
    entry = labels()["queries"].get(name)
    return {k: str(v) for k, v in entry.get("params", {}).items()} if entry else {}
