"""Package: the validated rows as a Frictionless Data Package (v2).

One CSV and one JSON file per table, written as rows stream in, and
``datapackage.json`` describing them (schemas inline from ``schemas/``,
with ``bytes`` and ``hash`` of every file).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
from pathlib import Path
from typing import Any

from . import __version__, resumable_sha256, schemas
from .model import TABLES

DEFAULT_LICENSE = {
    "name": "dl-de-by-2.0",
    "path": "https://www.govdata.de/dl-de/by-2-0",
    "title": "Datenlizenz Deutschland – Namensnennung – Version 2.0",
}
PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"


def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


JSON_HEAD = b"["
JSON_TAIL = b"\n]\n"


def csv_header(table: str) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(schemas.field_names(table))
    return buf.getvalue().encode("utf-8")


def encode_rows(table: str, rows: list[dict[str, Any]], columns: list[str] | None = None) -> tuple[bytes, bytes]:
    """The bytes ``rows`` take in ``<table>.csv`` and in ``<table>.json``.

    The JSON part is in its *segment* form: every row preceded by ``,\n``.
    A table file is ``[`` + the segments joined, less their first byte, +
    ``\n]\n``; so each source file's rows are one byte range of the file,
    and an incremental build can splice them (see councildata.incremental).
    """
    cols = columns or schemas.field_names(table)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    parts = []
    for row in rows:
        w.writerow([csv_cell(row.get(c)) for c in cols])
        parts.append(",\n" + json.dumps({c: row.get(c) for c in cols}, ensure_ascii=False))
    return buf.getvalue().encode("utf-8"), "".join(parts).encode("utf-8")


class PackageWriter:
    """Streams rows into ``<table>.csv`` and ``<table>.json`` under ``folder``."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.columns = {t: schemas.field_names(t) for t in TABLES}
        self._csv = {}
        self._json = {}
        self._json_first = {}
        self.counts = {t: 0 for t in TABLES}
        for t in TABLES:
            f = open(folder / f"{t}.csv", "wb")
            self._csv[t] = f
            f.write(csv_header(t))
            j = open(folder / f"{t}.json", "wb")
            j.write(JSON_HEAD)
            self._json[t] = j
            self._json_first[t] = True

    def write(self, table: str, rows: list[dict[str, Any]]) -> tuple[int, int]:
        """Append ``rows``; returns the bytes they took in the CSV file and
        in the JSON file's segment form (see :func:`encode_rows`)."""
        csv_bytes, json_bytes = encode_rows(table, rows, self.columns[table])
        self._csv[table].write(csv_bytes)
        if json_bytes:
            # The first row of the table has no comma before it.
            self._json[table].write(json_bytes[1:] if self._json_first[table] else json_bytes)
            self._json_first[table] = False
        self.counts[table] += len(rows)
        return len(csv_bytes), len(json_bytes)

    def append(self, table: str, count: int, csv_bytes: bytes, json_bytes: bytes) -> None:
        """Append ``count`` rows already encoded (:func:`encode_rows`'s bytes,
        made by a worker: see councildata.prepare)."""
        self._csv[table].write(csv_bytes)
        if json_bytes:
            self._json[table].write(json_bytes[1:] if self._json_first[table] else json_bytes)
            self._json_first[table] = False
        self.counts[table] += count

    def close(self) -> None:
        """Finish and close every file; a second call does nothing (a build
        that failed half-way closes its writer on the way out)."""
        if getattr(self, "_closed", False):
            return
        self._closed = True
        for t in TABLES:
            self._csv[t].close()
            self._json[t].write(JSON_TAIL)
            self._json[t].close()


# What file_stats already knows, by (device, inode, size, mtime_ns): a
# build hard-links the files that did not change from the build before it,
# whose hashes its manifest holds (see councildata.incremental), and tells
# the hashes of the files it wrote, so that none is read twice. Only the
# build fills it, for files of a build folder, which are never written
# again once finished.
_KNOWN_STATS: dict[tuple[int, int, int, int], str] = {}


def _stat_key(path: Path) -> tuple[int, int, int, int]:
    st = os.stat(path)
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


def remember_stats(path: Path, digest: str) -> None:
    """Let :func:`file_stats` answer for ``path`` (as it is now) without reading it."""
    _KNOWN_STATS[_stat_key(path)] = digest


_KNOWN_CRC: dict[tuple[int, int, int, int], int] = {}
# A table file's SHA-256 state and CRC-32 at its append point (the end of
# its last row: the file's end for CSV, before JSON_TAIL for JSON), by the
# same key: what the manifest stores so that a build which only appends rows
# hashes only those (see councildata.resumable_sha256).
HashState = tuple[int, bytes, int]  # (offset, SHA-256 state, CRC-32 of the bytes before offset)
_KNOWN_STATE: dict[tuple[int, int, int, int], HashState] = {}


def append_point(name: str, size: int) -> int:
    """Where rows appended to the table file ``name`` of ``size`` bytes go."""
    return size - len(JSON_TAIL) if name.endswith(".json") else size


def hash_build_file(path: Path) -> tuple[int, str]:
    """(size, sha256) of a file the build just wrote, read once for both
    its sha256 and its CRC-32 (the zip's), and all remembered (with the
    hash state at its append point)."""
    key = _stat_key(path)
    if key in _KNOWN_STATS:
        # Hard-linked from the build before: its zip chunks and CRC are reused too.
        return key[2], _KNOWN_STATS[key]
    _, digest, crc, state = _read_digests(path, append_point(path.name, key[2]))
    _KNOWN_STATS[key] = digest
    _KNOWN_CRC[key] = crc
    if state is not None:
        _KNOWN_STATE[key] = state
    return key[2], digest


# Bytes read at a time for a digest: large enough that hashlib and the
# CRC-32 let go of the GIL for most of the time (both do past a few kB).
DIGEST_CHUNK = 1 << 20


def _crc32_function():
    """ISA-L's CRC-32 (the zip's polynomial, the same values as zlib's,
    four times zlib's speed here: PCLMULQDQ), else zlib's."""
    try:
        from isal.isal_zlib import crc32
    except ImportError:  # no wheel for this platform: the same values, slower
        from zlib import crc32
    return crc32


crc32 = _crc32_function()


def _read_digests(path: Path, mark: int | None = None, start: HashState | None = None,
                  ) -> tuple[int, str, int, HashState | None]:
    """(size, sha256, CRC-32, state at ``mark``) of a file, in one read;
    from ``start`` (a state of the file's first bytes) on where given. The
    state is None where none can be stored (no resumable SHA-256 here)."""
    if start is None and not resumable_sha256.available():
        h: Any = hashlib.sha256()
        at, crc = 0, 0
    else:
        at, state, crc = start if start is not None else (0, None, 0)
        h = resumable_sha256.Sha256(state)
    marked: HashState | None = None
    with open(path, "rb", buffering=0) as f:
        if at:
            f.seek(at)
        if mark is not None and at <= mark and isinstance(h, resumable_sha256.Sha256):
            while at < mark and (chunk := f.read(min(DIGEST_CHUNK, mark - at))):
                h.update(chunk)
                crc = crc32(chunk, crc)
                at += len(chunk)
            if at == mark:
                marked = (mark, h.state(), crc)
        while chunk := f.read(DIGEST_CHUNK):
            h.update(chunk)
            crc = crc32(chunk, crc)
            at += len(chunk)
    return at, h.hexdigest(), crc, marked


def resume_digests(path: Path, start: HashState) -> None:
    """Hash a table file the build made by appending rows to a prefix of
    the build before's file whose state ``start`` is (checked by the
    caller): only the bytes after ``start``'s offset are read. Remembered
    as :func:`hash_build_file` remembers a file it read whole."""
    key = _stat_key(path)
    _, digest, crc, state = _read_digests(path, append_point(path.name, key[2]), start)
    _KNOWN_STATS[key] = digest
    _KNOWN_CRC[key] = crc
    if state is not None:
        _KNOWN_STATE[key] = state


def state_matches(path: Path, start: HashState, digest: str) -> bool:
    """Whether ``start``, finished over the rest of ``path``, gives ``digest``
    (the sha256 the build before recorded for it): a stored state is only
    resumed once it agrees with the file it was stored for."""
    try:
        return _read_digests(path, None, start)[1] == digest
    except (OSError, ValueError, RuntimeError):
        return False


def known_state(path: Path) -> HashState | None:
    return _KNOWN_STATE.get(_stat_key(path))


def hash_build_files(paths: list[Path]) -> None:
    """:func:`hash_build_file` of every one of ``paths``, two at a time
    (the largest first): each file's read and digests leave the GIL, so two
    files take about the time of the larger on two cores."""
    from concurrent.futures import ThreadPoolExecutor

    todo = [p for p in paths if _stat_key(p) not in _KNOWN_STATS]
    todo.sort(key=lambda p: p.stat().st_size, reverse=True)
    if len(todo) < 2:
        for p in todo:
            hash_build_file(p)
        return
    with ThreadPoolExecutor(2, thread_name_prefix="councildata-digest") as pool:
        for _ in pool.map(hash_build_file, todo):
            pass


def known_crc(path: Path) -> int | None:
    return _KNOWN_CRC.get(_stat_key(path))


def remember_key(key: tuple[int, int, int, int], digest: str, state: HashState | None = None) -> None:
    """Let :func:`file_stats` answer for the file whose (device, inode, size,
    mtime_ns) is ``key``: a file of an earlier build, hard-linked into this one
    (with its hash state at its append point, where that build stored one)."""
    _KNOWN_STATS[key] = digest
    if state is not None:
        _KNOWN_STATE[key] = state


def file_stats(path: Path) -> tuple[int, str]:
    key = _stat_key(path)
    if key in _KNOWN_STATS:
        return key[2], _KNOWN_STATS[key]
    size, digest, _, _ = _read_digests(path)
    return size, digest


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
