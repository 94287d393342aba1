"""Downloads: the package as one zip, each table as Parquet, and a manifest.

Runs after ``package.write_datapackage`` on a finished build folder:

- ``<table>.parquet`` for every table, typed from its Table Schema
  (string, int64, float64, bool, date32), written with pyarrow from the
  build's database in batches bounded in rows and bytes (memory does not
  grow with the archive);
- each Parquet file listed in ``datapackage.json`` as an alternate of its
  table (beside the JSON file), with ``bytes`` and ``hash``;
- ``councildata.zip``: ``datapackage.json`` and every CSV and JSON file,
  byte-deterministic (entries in a fixed order, fixed timestamps, fixed
  permissions), so the same input gives the same zip;
- ``downloads.json``: every downloadable file with its format, media type,
  size and sha256, for the front page and the catalogue to read.

All of it is a function of the files already in the folder: two builds of
the same input give identical bytes.
"""

from __future__ import annotations

import datetime as dt
import json
import mimetypes
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import schemas
from .model import TABLES
from .package import file_stats

ZIP_NAME = "councildata.zip"
MANIFEST_NAME = "downloads.json"
# The zip's entries all carry this time: a zip records local times of day,
# and the same input must give the same bytes on every machine.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

MEDIA_TYPES = {
    "csv": "text/csv",
    "json": "application/json",
    "parquet": "application/vnd.apache.parquet",
    "zip": "application/zip",
}
# Python's table lacks Parquet: Datasette's /download/ mount would send it as
# text/plain (and the browser would show, not save it).
mimetypes.add_type(MEDIA_TYPES["parquet"], ".parquet")


def _arrow_schema(table: str):
    import pyarrow as pa

    types = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(),
             "boolean": pa.bool_(), "date": pa.date32()}
    out = []
    for f in schemas.fields(table):
        if f["type"] not in types:
            raise ValueError(f"schemas/{table}.json: field {f['name']!r} has type {f['type']!r}, "
                             "which has no Parquet type here")
        out.append(pa.field(f["name"], types[f["type"]],
                            nullable=not f.get("constraints", {}).get("required", False),
                            metadata={"description": f.get("description", "")}))
    return pa.schema(out, metadata={"table": table})


def _typed(value: Any, kind: str) -> Any:
    if value is None or value == "":
        return None
    if kind == "date":
        return dt.date.fromisoformat(value)
    if kind == "number":
        return float(value)
    if kind == "boolean":
        return bool(value)
    return value


# A row group holds at most this many rows, and is closed once its text
# passes BATCH_BYTES: the documents table carries each document's whole text,
# so a count of rows alone would hold tens of MB (at 10,000 documents) in
# memory at once, several times over while pyarrow encodes it.
BATCH_ROWS = 10_000
BATCH_BYTES = 2 * 1024 * 1024
# Rows read from the database at a time (a part of a batch).
_FETCH_ROWS = 256


def _batches(cursor: Any) -> Iterator[list[tuple]]:
    """The cursor's rows in batches of at most ``BATCH_ROWS`` rows, each
    closed after the row that takes its strings past ``BATCH_BYTES``. The
    cut depends on the rows alone: the same rows give the same batches."""
    batch: list[tuple] = []
    size = 0
    while rows := cursor.fetchmany(min(_FETCH_ROWS, BATCH_ROWS)):
        for row in rows:
            batch.append(row)
            size += sum(len(v) for v in row if isinstance(v, str))
            if len(batch) >= BATCH_ROWS or size >= BATCH_BYTES:
                yield batch
                batch, size = [], 0
    if batch:
        yield batch


def _choose_arrow_allocator() -> None:
    """The C library's allocator for pyarrow, unless one was chosen.

    pyarrow's default (mimalloc) keeps the blocks its Parquet writer freed
    for later use, some 30 MB more at the end of a build (and more the
    larger the archive: docs/performance.md, "Peak memory"); a build has no
    later use for them. Arrow reads ``ARROW_DEFAULT_MEMORY_POOL`` once, when
    its default pool is first used: in a build that is here, since nothing
    before writes Parquet. (``pa.set_memory_pool`` would not do: the Parquet
    writer's own buffers come from Arrow's C++ default pool.)"""
    os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")


def write_parquet(folder: Path, table: str) -> Path:
    """``<table>.parquet`` from the build's database, one row group per
    batch of rows (see ``BATCH_ROWS``, ``BATCH_BYTES``: memory stays the
    same however large the archive), rows in the order they were written
    (the order of the CSV and JSON files)."""
    import sqlite3

    _choose_arrow_allocator()
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .database import DB_NAME

    schema = _arrow_schema(table)
    kinds = {f["name"]: f["type"] for f in schemas.fields(table)}
    names = list(kinds)
    db_path = folder / DB_NAME
    if not db_path.is_file():
        raise FileNotFoundError(f"{folder} has no {DB_NAME} to write {table}.parquet from")
    target = folder / f"{table}.parquet"
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        cursor = con.execute(f"select {', '.join(f'[{n}]' for n in names)} from [{table}] order by rowid")
        # zstd, and one row group per batch: small files that every Parquet
        # reader (pandas, DuckDB, R arrow, Spark) opens; the same rows give
        # the same row groups, so the same bytes.
        with pq.ParquetWriter(target, schema, compression="zstd", write_statistics=True) as writer:
            for rows in _batches(cursor):
                columns = [pa.array([_typed(r[i], kinds[n]) for r in rows], type=schema.field(n).type)
                           for i, n in enumerate(names)]
                writer.write_table(pa.Table.from_arrays(columns, schema=schema))
                del columns, rows
    except (sqlite3.Error, ValueError) as exc:
        target.unlink(missing_ok=True)
        raise ValueError(f"{db_path}: cannot write {table}.parquet: {exc}") from exc
    finally:
        con.close()
    return target


def add_parquet_alternates(folder: Path) -> dict[str, Any]:
    """List each table's Parquet file in ``datapackage.json``'s alternates."""
    path = folder / "datapackage.json"
    descriptor = json.loads(path.read_text("utf-8"))
    for res in descriptor["resources"]:
        parquet = folder / f"{res['name']}.parquet"
        if not parquet.exists():
            continue
        size, digest = file_stats(parquet)
        alternates = [a for a in res.get("alternates", []) if a.get("format") != "parquet"]
        alternates.append({"path": parquet.name, "format": "parquet",
                           "mediatype": MEDIA_TYPES["parquet"], "bytes": size,
                           "hash": f"sha256:{digest}"})
        res["alternates"] = alternates
    path.write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return descriptor


def zip_members(folder: Path) -> list[str]:
    """What ``councildata.zip`` holds, in its order."""
    names = ["datapackage.json"]
    for t in TABLES:
        names += [f"{t}.csv", f"{t}.json"]
    missing = [n for n in names if not (folder / n).is_file()]
    if missing:
        raise FileNotFoundError(f"{folder} lacks {', '.join(missing)}: not a complete build")
    return names


def write_zip(folder: Path) -> Path:
    target = folder / ZIP_NAME
    tmp = target.with_suffix(".zip.tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name in zip_members(folder):
            info = zipfile.ZipInfo(f"councildata/{name}", date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # unix, whatever the building machine is
            with open(folder / name, "rb") as src, zf.open(info, "w") as dst:
                for chunk in iter(lambda: src.read(1 << 20), b""):
                    dst.write(chunk)
    tmp.replace(target)
    return target


def _entry(folder: Path, name: str, fmt: str, table: str | None, title: str) -> dict[str, Any]:
    size, digest = file_stats(folder / name)
    entry = {"path": name, "format": fmt, "mediatype": MEDIA_TYPES[fmt], "bytes": size,
             "sha256": digest, "title": title}
    if table:
        entry["table"] = table
    return entry


def manifest_entries(folder: Path, descriptor: dict[str, Any]) -> list[dict[str, Any]]:
    titles = {r["name"]: r.get("title", r["name"]) for r in descriptor["resources"]}
    entries = [_entry(folder, ZIP_NAME, "zip", None,
                      "Das ganze Datenpaket (datapackage.json, CSV und JSON)")]
    entries.append(_entry(folder, "datapackage.json", "json", None,
                          "Beschreibung des Datenpakets (Frictionless Data Package)"))
    for t in TABLES:
        for fmt in ("csv", "json", "parquet"):
            if (folder / f"{t}.{fmt}").exists():
                entries.append(_entry(folder, f"{t}.{fmt}", fmt, t, f"{titles.get(t, t)} ({fmt.upper()})"))
    return entries


def write_manifest(folder: Path, descriptor: dict[str, Any]) -> dict[str, Any]:
    manifest = {"package": descriptor.get("name"), "title": descriptor.get("title"),
                "created": descriptor.get("created"), "files": manifest_entries(folder, descriptor)}
    (folder / MANIFEST_NAME).write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return manifest


def write_downloads(folder: Path | str) -> dict[str, Any]:
    """Parquet files, their alternates, the zip and the manifest, in that
    order (the zip holds the final datapackage.json); returns the manifest."""
    folder = Path(folder)
    for t in TABLES:
        write_parquet(folder, t)
    descriptor = add_parquet_alternates(folder)
    write_zip(folder)
    return write_manifest(folder, descriptor)
