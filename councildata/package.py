"""Package: the validated rows as a Frictionless Data Package (v2).

One CSV and one JSON file per table, written as rows stream in, and
``datapackage.json`` describing them (schemas inline from ``schemas/``,
with ``bytes`` and ``hash`` of every file).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from . import __version__, schemas
from .model import TABLES

DEFAULT_LICENSE = {
    "name": "dl-de-by-2.0",
    "path": "https://www.govdata.de/dl-de/by-2-0",
    "title": "Datenlizenz Deutschland – Namensnennung – Version 2.0",
}
PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class PackageWriter:
    """Streams rows into ``<table>.csv`` and ``<table>.json`` under ``folder``."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.columns = {t: schemas.field_names(t) for t in TABLES}
        self._csv_files = {}
        self._csv = {}
        self._json = {}
        self._json_first = {}
        self.counts = {t: 0 for t in TABLES}
        for t in TABLES:
            f = open(folder / f"{t}.csv", "w", encoding="utf-8", newline="")
            self._csv_files[t] = f
            self._csv[t] = csv.writer(f, lineterminator="\n")
            self._csv[t].writerow(self.columns[t])
            j = open(folder / f"{t}.json", "w", encoding="utf-8")
            j.write("[")
            self._json[t] = j
            self._json_first[t] = True

    def write(self, table: str, rows: list[dict[str, Any]]) -> None:
        cols = self.columns[table]
        w, j = self._csv[table], self._json[table]
        for row in rows:
            w.writerow([_csv_cell(row.get(c)) for c in cols])
            j.write("\n" if self._json_first[table] else ",\n")
            self._json_first[table] = False
            j.write(json.dumps({c: row.get(c) for c in cols}, ensure_ascii=False))
            self.counts[table] += 1

    def close(self) -> None:
        """Finish and close every file; a second call does nothing (a build
        that failed half-way closes its writer on the way out)."""
        if getattr(self, "_closed", False):
            return
        self._closed = True
        for t in TABLES:
            self._csv_files[t].close()
            self._json[t].write("\n]\n")
            self._json[t].close()


def file_stats(path: Path) -> tuple[int, str]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
            size += len(chunk)
    return size, h.hexdigest()


def write_datapackage(
    folder: Path,
    *,
    title: str,
    description: str,
    sources: list[dict[str, str]],
    license: dict[str, str] | None = None,
    created: str | None = None,
    name: str = "councildata",
) -> dict[str, Any]:
    """Write ``datapackage.json`` for the files in ``folder``.

    ``created`` defaults to the newest time the package's inputs name (the
    caller passes it) so that two builds of the same input are identical.
    """
    resources = []
    for t in TABLES:
        schema = dict(schemas.load_schema(t))
        schema.pop("name", None)
        res_title, res_description = schema.pop("title"), schema.pop("description")
        size, digest = file_stats(folder / f"{t}.csv")
        json_size, json_digest = file_stats(folder / f"{t}.json")
        resources.append({
            "name": t,
            "type": "table",
            "path": f"{t}.csv",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "title": res_title,
            "description": res_description,
            "bytes": size,
            "hash": f"sha256:{digest}",
            "dialect": {"delimiter": ",", "header": True},
            "schema": schema,
            # The same rows as a JSON array of objects, for those who prefer it.
            # Listed here rather than as a second resource because frictionless
            # cannot validate an empty JSON table.
            "alternates": [{
                "path": f"{t}.json",
                "format": "json",
                "mediatype": "application/json",
                "bytes": json_size,
                "hash": f"sha256:{json_digest}",
            }],
        })
    descriptor = {
        "$schema": PROFILE,
        "name": name,
        "title": title,
        "description": description,
        "version": __version__,
        "licenses": [license or DEFAULT_LICENSE],
        "sources": sources,
        "created": created or dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "contributors": [{"title": "councildata", "roles": ["creator"]}],
        "resources": resources,
    }
    (folder / "datapackage.json").write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return descriptor
