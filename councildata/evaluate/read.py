"""Reading both sides of an evaluation: the gold records and a build's output."""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path
from typing import Any

from ..model import TABLES
from .compare import _as_int


_INT_COLUMNS = frozenset({"votes_yes", "votes_no", "votes_abstain", "char_start", "char_end"})
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def load_gold(gold_dir: Path) -> dict[str, dict]:
    """Every ``*.gold.json`` below ``gold_dir``, keyed by its document's path.

    The key is the gold file's folder relative to ``gold_dir`` joined with its
    ``source_file`` (with ``/``), i.e. what ``documents.source_file`` holds
    when the output was built from ``gold_dir``. Nothing is skipped
    silently: a file that is not a valid gold record raises ``ValueError``.
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise FileNotFoundError(f"gold directory not found: {gold_dir}")
    records: dict[str, dict] = {}
    for path in sorted(gold_dir.rglob("*.gold.json")):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ValueError(f"{path}: not valid JSON: {exc}") from exc
        source_file = record.get("source_file") if isinstance(record, dict) else None
        if not isinstance(source_file, str) or not source_file:
            raise ValueError(f"{path}: a gold record must be an object with a 'source_file'")
        folder = path.relative_to(gold_dir).parent.as_posix()
        key = source_file if folder == "." else f"{folder}/{source_file}"
        if key in records:
            raise ValueError(f"{path}: a second gold record for {key}")
        records[key] = record
    return records


def load_output(out_dir: Path) -> dict[str, list[dict]]:
    """The rows of every table in ``OUT_DIR/<table>.csv`` (missing file: no rows).

    Cells are typed back from CSV: empty -> None, ``unanimous`` -> bool,
    vote counts and offsets -> int, ``value`` -> float when numeric.
    """
    _allow_long_csv_fields()
    output: dict[str, list[dict]] = {}
    for table in TABLES:
        path = Path(out_dir) / f"{table}.csv"
        if not path.is_file():
            output[table] = []
            continue
        # newline="" keeps line breaks inside documents.text exactly, which
        # the provenance offsets depend on; utf-8-sig tolerates a BOM.
        with path.open(encoding="utf-8-sig", newline="") as fh:
            output[table] = [
                {col: _convert_cell(col, val) for col, val in row.items() if col is not None}
                for row in csv.DictReader(fh)
            ]
    return output


def _allow_long_csv_fields() -> None:
    # documents.text is far longer than csv's default 128 KiB field limit.
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:  # platforms whose C long is 32 bit
            limit //= 2


def _convert_cell(column: str, value: str | None) -> Any:
    if value is None or value == "":
        return None
    if column == "unanimous":
        return {"true": True, "false": False}.get(value.strip().lower(), value)
    if column in _INT_COLUMNS:
        number = _as_int(value)
        return value if number is None else number
    if column == "value" and _NUMBER.fullmatch(value.strip()):
        return float(value)
    return value
