"""Downloads: the package as one zip, each table as Parquet, and a manifest.

Runs after ``package.write_datapackage`` on a finished build folder:

- ``parquet/<table>/part-00000.parquet``, ``part-00001.parquet``, ... for
  every table: its rows in parts, each the rows of one group of source
  files (see :func:`parquet_plan`), typed from its Table Schema (string,
  int64, float64, bool, date32), written with pyarrow from the table's CSV
  file in batches. Read together in name order they are the table in the
  CSV's order. Parts, because an incremental build rewrites only the
  parts of the source files it changed; the same files give the same
  parts, in a full build too;
- each table's parts listed in ``datapackage.json`` as an alternate of the
  table (beside the JSON file): ``path`` the list of parts, ``bytes`` their
  sum, ``hashes`` their sha256 in the same order;
- ``councildata.zip``: ``datapackage.json`` and every CSV and JSON file,
  byte-deterministic (entries in a fixed order, fixed timestamps, fixed
  permissions, chunks deflated on their own), so the same input gives the
  same zip, and an incremental build deflates only the chunks that changed;
- ``downloads.json``: every downloadable file (each Parquet part too) with
  its format, media type, size and sha256, for the front page and the
  catalogue to read.

All of it is a function of the files already in the folder (and the build
manifest's groups of source files): two builds of the same input give
identical bytes.
"""

from __future__ import annotations

import json
import mimetypes
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from collections.abc import Iterator

from . import schemas
from .model import TABLES
from .package import csv_header, file_stats

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

PARQUET_DIR = "parquet"


def parquet_part_name(table: str, index: int) -> str:
    """Where part ``index`` (from 0) of ``table`` lives in a build folder.
    Zero-padded so that name order is part order (the order DuckDB's and
    pyarrow's readers of a folder take)."""
    return f"{PARQUET_DIR}/{table}/part-{index:05d}.parquet"


def parquet_parts(folder: Path, table: str) -> list[str]:
    """The Parquet parts of ``table`` in ``folder``, in order (names relative to it)."""
    directory = folder / PARQUET_DIR / table
    if not directory.is_dir():
        return []
    return [f"{PARQUET_DIR}/{table}/{name}" for name in
            sorted(n for n in os.listdir(directory) if n.startswith("part-") and n.endswith(".parquet"))]


@dataclass(frozen=True)
class Part:
    """One Parquet part of a table: ``length`` bytes of the table's CSV
    rows from ``start`` (counted after the header line); ``key`` stands for
    those bytes (the zip's keys of its groups of files: the files' paths,
    hashes and byte lengths), None where no manifest says."""

    start: int
    length: int
    key: str | None


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


def write_parquet(folder: Path, table: str, target: Path | None = None, part: Part | None = None) -> Path:
    """A Parquet file of ``table`` from ``<table>.csv`` (its rows in ``part``'s
    byte range, or every row), streamed (a table never has to fit in
    memory), rows in the CSV's order, row groups of at most ``BATCH_ROWS``
    rows, cut by segments of the CSV of ``BATCH_BYTES`` (see
    :func:`csv_segments`). Read from the CSV rather than the database so that
    it is a function of those bytes alone: an incremental build (see
    councildata.incremental) keeps every part whose bytes did not change,
    and writes the others to the same bytes a full build gives, although its
    database holds the rows in another order. ``target`` defaults to the
    table's first part. Memory: one segment of the CSV at a time, whatever
    the file's size."""
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
        raise FileNotFoundError(f"{folder} has no {table}.csv to write its Parquet file from")
    target = target or folder / parquet_part_name(table, 0)
    target.parent.mkdir(parents=True, exist_ok=True)
    # Quoted cells may hold line breaks (a document's text).
    parse = pacsv.ParseOptions(newlines_in_values=True)
    # Exactly what package.PackageWriter writes: an empty cell is "no value"
    # (and nothing else is: "NA" or "null" are words), booleans are true/false.
    convert = pacsv.ConvertOptions(
        column_types={f.name: f.type for f in schema}, null_values=[""], true_values=["true"],
        false_values=["false"], strings_can_be_null=True, quoted_strings_can_be_null=True,
        include_columns=[f.name for f in schema])
    pool = pa.default_memory_pool()
    span = None if part is None else (part.start, part.length)
    try:
        # zstd, and row groups of at most BATCH_ROWS rows and about a
        # segment: small files that every Parquet reader (pandas, DuckDB, R
        # arrow, Spark) opens.
        with pq.ParquetWriter(target, schema, compression="zstd", write_statistics=True) as writer:
            for segment in csv_segments(source, BATCH_BYTES, span):
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
        raise ValueError(f"{source}: cannot write {target.relative_to(folder)}: {exc}") from exc
    return target


def parquet_plan(folder: Path, manifest: Any = None, plan: bool = True) -> dict[str, list[Part]]:
    """Each table's Parquet parts: the rows of consecutive groups of source
    files of the zip's chunk plan, a part ending after a group whose last
    file is a part's end (:meth:`Manifest.parquet_parts`), so that where
    parts end does not move when files are added or removed elsewhere. One
    part of every row where the build has no manifest or its lengths do not
    add up to the CSV file's; one empty part for a table without rows.
    ``manifest``: the build's, open for writing (else opened here); with
    ``plan`` false it is only read (a build before this one: no parts where
    it stored no zip plan)."""
    from .incremental.manifest import MANIFEST_NAME as BUILD_MANIFEST, Manifest

    opened = None
    if manifest is None:
        opened = manifest = Manifest.open(folder / BUILD_MANIFEST, write=True)
    plans: dict[str, list[Part]] = {}
    try:
        for t in TABLES:
            source = folder / f"{t}.csv"
            if not source.is_file():
                raise FileNotFoundError(f"{folder} has no {t}.csv to write its Parquet file from")
            rows_bytes = source.stat().st_size - len(csv_header(t))
            parts: list[Part] = []
            if manifest is not None:
                start = 0
                for length, key in manifest.parquet_parts(t, plan):
                    parts.append(Part(start, length, key))
                    start += length
                if start != rows_bytes:
                    parts = []
            plans[t] = parts or [Part(0, rows_bytes, None)]
        if opened is not None:
            opened.commit()  # the zip's chunk plan, if this planned it first
    finally:
        if opened is not None:
            opened.close()
    return plans


def write_parquet_parts(folder: Path, plans: dict[str, list[Part]], previous: Path | None = None,
                        previous_plans: dict[str, list[Part]] | None = None,
                        same_csv: frozenset[str] = frozenset()) -> dict[str, int]:
    """Every table's parts as ``plans`` says. A part whose bytes the build
    ``previous`` (the one before, for an incremental build) had in a part of
    its own is hard-linked from it: the same key, or for a table in
    ``same_csv`` (its CSV file hard-linked, unchanged) the same byte range.
    Returns how many parts were written (not linked) per table."""
    written: dict[str, int] = {}
    for t, parts in plans.items():
        old: dict[Any, str] = {}
        if previous is not None and previous_plans is not None:
            for i, p in enumerate(previous_plans.get(t, ())):
                name = parquet_part_name(t, i)
                if p.key is not None:
                    old[p.key] = name
                if t in same_csv:
                    old[(p.start, p.length)] = name
        written[t] = 0
        (folder / PARQUET_DIR / t).mkdir(parents=True, exist_ok=True)
        for i, part in enumerate(parts):
            target = folder / parquet_part_name(t, i)
            found = old.get(part.key) if part.key is not None else None
            if found is None and t in same_csv:
                found = old.get((part.start, part.length))
            if found is not None and previous is not None:
                try:
                    os.link(previous / found, target)
                    continue
                except FileNotFoundError:
                    pass  # the build before lacks it: written below
            write_parquet(folder, t, target, part)
            written[t] += 1
    return written


def csv_segments(path: Path, size: int, span: tuple[int, int] | None = None) -> Iterator[bytes]:
    """The CSV file ``path`` in pieces, each its header line and whole rows:
    every piece ends at the first row's end at or past ``size`` bytes of
    rows (a row longer than that: a piece of its own, and the next row). A
    line break ends a row where the quotes before it in the piece are
    even (a quoted cell doubles its quotes, as package.PackageWriter's
    ``csv.writer`` writes them). ``span``: only the rows in (start, length)
    of the bytes after the header line (whole rows). The same bytes give the
    same pieces."""
    with open(path, "rb") as f:
        header = f.readline()
        left = None
        if span is not None:
            f.seek(len(header) + span[0])
            left = span[1]
        pending = bytearray()
        odd = 0  # quotes in pending[:scanned], modulo 2
        scanned = 0
        while True:
            if left is None:
                chunk = f.read(size)
            else:
                chunk = f.read(min(size, left)) if left else b""
                left -= len(chunk)
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
    """List each table's Parquet parts in ``datapackage.json``'s alternates:
    ``path`` the parts in order (a Data Package v2 multi-part path),
    ``bytes`` their sum, ``hashes`` the sha256 of each."""
    path = folder / "datapackage.json"
    descriptor = json.loads(path.read_text("utf-8"))
    for res in descriptor["resources"]:
        parts = parquet_parts(folder, res["name"])
        if not parts:
            continue
        stats = [file_stats(folder / p) for p in parts]
        alternates = [a for a in res.get("alternates", []) if a.get("format") != "parquet"]
        alternates.append({"path": parts, "format": "parquet",
                           "mediatype": MEDIA_TYPES["parquet"], "bytes": sum(size for size, _ in stats),
                           "hashes": [f"sha256:{digest}" for _, digest in stats]})
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
        for fmt in ("csv", "json"):
            if (folder / f"{t}.{fmt}").exists():
                entries.append(_entry(folder, f"{t}.{fmt}", fmt, t, f"{titles.get(t, t)} ({fmt.upper()})"))
        parts = parquet_parts(folder, t)
        for i, name in enumerate(parts):
            entry = _entry(folder, name, "parquet", t,
                           f"{titles.get(t, t)} (Parquet, Teil {i + 1} von {len(parts)})")
            entry["part"] = i
            entries.append(entry)
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
    write_parquet_parts(folder, parquet_plan(folder))
    descriptor = add_parquet_alternates(folder)
    write_zip(folder)
    return write_manifest(folder, descriptor)
