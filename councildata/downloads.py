"""Downloads: the package as one zip, each table as Parquet, and a manifest.

Runs after ``package.write_datapackage`` on a finished build folder:

- ``<table>.parquet`` for every table, typed from its Table Schema
  (string, int64, float64, bool, date32), written with pyarrow from the
  table's CSV file in batches;
- each Parquet file listed in ``datapackage.json`` as an alternate of its
  table (beside the JSON file), with ``bytes`` and ``hash``;
- ``councildata.zip``: ``datapackage.json`` and every CSV and JSON file,
  byte-deterministic (entries in a fixed order, fixed timestamps, fixed
  permissions, chunks deflated on their own), so the same input gives the
  same zip, and an incremental build deflates only the chunks that changed;
- ``downloads.json``: every downloadable file with its format, media type,
  size and sha256, for the front page and the catalogue to read.

All of it is a function of the files already in the folder: two builds of
the same input give identical bytes.
"""

from __future__ import annotations

import json
import mimetypes
import os
from pathlib import Path
from typing import Any
from collections.abc import Iterator

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


BATCH_ROWS = 10_000
BATCH_BYTES = 2 * 1024 * 1024


def write_parquet(folder: Path, table: str) -> Path:
    """``<table>.parquet`` from ``<table>.csv``, streamed (a table never has
    to fit in memory), rows in the CSV's order, row groups of at most
    ``BATCH_ROWS`` rows, cut by segments of the CSV of ``BATCH_BYTES`` (see
    :func:`csv_segments`). Read from the CSV rather than the database so that
    it is a function of that file alone: an incremental build (see
    councildata.incremental) keeps the Parquet file of every table whose
    CSV did not change, and rewrites the others to the same bytes a full
    build gives, although its database holds the rows in another order.
    Memory: one segment of the CSV at a time, whatever the file's size."""
    # The C library's allocator for pyarrow unless one was chosen: its
    # default (mimalloc) keeps the blocks it freed, for a later use a build
    # does not have. Arrow reads this once, when its pool is first used.
    os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    schema = _arrow_schema(table)
    source = folder / f"{table}.csv"
    if not source.is_file():
        raise FileNotFoundError(f"{folder} has no {table}.csv to write {table}.parquet from")
    target = folder / f"{table}.parquet"
    # Quoted cells may hold line breaks (a document's text).
    parse = pacsv.ParseOptions(newlines_in_values=True)
    # Exactly what package.PackageWriter writes: an empty cell is "no value"
    # (and nothing else is: "NA" or "null" are words), booleans are true/false.
    convert = pacsv.ConvertOptions(
        column_types={f.name: f.type for f in schema}, null_values=[""], true_values=["true"],
        false_values=["false"], strings_can_be_null=True, quoted_strings_can_be_null=True,
        include_columns=[f.name for f in schema])
    pool = pa.default_memory_pool()
    try:
        # zstd, and row groups of at most BATCH_ROWS rows and about a
        # segment: small files that every Parquet reader (pandas, DuckDB, R
        # arrow, Spark) opens.
        with pq.ParquetWriter(target, schema, compression="zstd", write_statistics=True) as writer:
            for segment in csv_segments(source, BATCH_BYTES):
                # Not pyarrow's streaming CSV reader over the whole file: it
                # reads up to 32 blocks ahead of the rows taken, so its memory
                # grew with the file (+36 MB for a 31 MB documents.csv).
                read = pacsv.ReadOptions(use_threads=False, block_size=max(len(segment), 1 << 20))
                rows = pacsv.read_csv(pa.py_buffer(segment), read_options=read, parse_options=parse,
                                      convert_options=convert).cast(schema)
                del segment
                for start in range(0, rows.num_rows, BATCH_ROWS):
                    writer.write_table(rows.slice(start, BATCH_ROWS), row_group_size=BATCH_ROWS)
                del rows
                # Hand the segment's memory back to the system now: the
                # allocator keeps what was freed for later.
                pool.release_unused()
    except (pa.ArrowInvalid, ValueError) as exc:
        target.unlink(missing_ok=True)
        raise ValueError(f"{source}: cannot write {table}.parquet: {exc}") from exc
    return target


def csv_segments(path: Path, size: int) -> Iterator[bytes]:
    """The CSV file ``path`` in pieces, each its header line and whole rows:
    every piece ends at the first row's end at or past ``size`` bytes of
    rows (a row longer than that: a piece of its own, and the next row). A
    line break ends a row where the quotes before it in the piece are
    even (a quoted cell doubles its quotes, as package.PackageWriter's
    ``csv.writer`` writes them). The same file gives the same pieces."""
    with open(path, "rb") as f:
        header = f.readline()
        pending = bytearray()
        odd = 0  # quotes in pending[:scanned], modulo 2
        scanned = 0
        while True:
            chunk = f.read(size)
            pending += chunk
            while len(pending) >= size or (not chunk and pending):
                at = pending.find(b"\n", max(size - 1, scanned))
                while at != -1:
                    odd ^= pending.count(b'"', scanned, at) & 1
                    scanned = at
                    if not odd:
                        break
                    at = pending.find(b"\n", at + 1)
                if at == -1:
                    if chunk:  # no row's end yet: read on
                        odd ^= pending.count(b'"', scanned) & 1
                        scanned = len(pending)
                        break
                    at = len(pending) - 1  # the end of the file ends the last row
                with memoryview(pending) as view:  # one copy of the piece, not two
                    piece = header + view[:at + 1]
                yield piece
                del piece, pending[:at + 1]
                odd = scanned = 0
            if not chunk:
                return


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


def write_zip(folder: Path, previous: Path | None = None) -> Path:
    """``councildata.zip``: every member deflated in chunks (see
    councildata.chunked_zip), a table file's chunks being groups of source
    files where the build's manifest says where they are (its stored plan:
    a delta re-plans only the groups it changed). Chunks found in the zip of
    ``previous`` (the build before, for an incremental build) are copied
    from it."""
    from . import chunked_zip
    from .incremental.manifest import MANIFEST_NAME as BUILD_MANIFEST, Manifest

    target = folder / ZIP_NAME
    names = zip_members(folder)
    plan: dict[str, list[tuple[int, str | None]]] = {}
    manifest = Manifest.open(folder / BUILD_MANIFEST, write=True)
    if manifest is not None:
        try:
            plan = manifest.zip_plan(names)
            manifest.commit()
        finally:
            manifest.close()
    members = []
    for name in names:
        path = folder / name
        chunks = plan.get(name)
        if chunks is None or sum(n for n, _ in chunks) != path.stat().st_size:
            chunks = chunked_zip.plain_chunks(path)
        members.append(chunked_zip.Member(f"councildata/{name}", path, chunks))
    chunked_zip.write_zip(target, members, ZIP_TIME, previous / ZIP_NAME if previous else None)
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
