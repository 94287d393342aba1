"""The build manifest: what an incremental build needs to know of the build before it.

A small SQLite file in the build folder (hidden, never listed in
``datapackage.json`` or ``downloads.json``) holding

- ``meta``: the code version and every setting that changes the output,
  the entries ``discover`` left out, and the newest input time;
- ``files``: per source file, like git's index, its relative path, size,
  mtime, inode and ctime (to tell "unchanged" by a ``stat`` alone), the
  sha256 of its bytes, and what it gave: per table its rows and the bytes
  they take in ``<table>.csv`` and ``<table>.json`` (so that its rows are
  one byte range of each file), its document ids, the organisations it
  introduced, and its part of the report;
- ``outputs``: the sha256 of each file of the build folder, keyed by its
  inode, size and mtime, so that a file hard-linked into the next build
  is not hashed again.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MANIFEST_NAME = ".councildata-manifest.sqlite"
# Bumped when the manifest's layout changes: an older one is not read.
FORMAT = "1"

_SCHEMA = """
create table meta (key text primary key, value text not null);
create table files (
    rel blob primary key, size integer, mtime_ns integer, ino integer, ctime_ns integer,
    sha256 text, entry text not null
);
create table outputs (
    name text primary key, dev integer, ino integer, size integer, mtime_ns integer, sha256 text not null
);
"""


def stat_key(st: os.stat_result | None) -> tuple[int, int, int, int] | None:
    """What a file's ``stat`` says of its content (git's index does the same)."""
    if st is None:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns


def _rel_key(rel: str) -> bytes:
    return rel.encode("utf-8", "surrogateescape")


@dataclass
class FileEntry:
    """What one source file gave the build."""

    rel: str
    stat: tuple[int, int, int, int] | None
    sha256: str | None
    # table -> [rows, bytes in <table>.csv, bytes in <table>.json's segment form]
    tables: dict[str, list[int]] = field(default_factory=dict)
    doc_ids: list[str] = field(default_factory=list)
    # Organisations whose row this file's documents gave (their first mention).
    org_ids: list[str] = field(default_factory=list)
    # Every organisation its documents name (whose row an earlier file may have given).
    org_mentions: list[str] = field(default_factory=list)
    # Its part of report.json: problems, redactions, documents, rejected, reused.
    report: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps({"tables": self.tables, "doc_ids": self.doc_ids, "org_ids": self.org_ids,
                           "org_mentions": self.org_mentions, "report": self.report},
                          separators=(",", ":"))  # ASCII: a name that is not UTF-8 keeps its escapes

    @classmethod
    def from_row(cls, rel: bytes, size: Any, mtime_ns: Any, ino: Any, ctime_ns: Any, sha256: Any,
                 entry: str) -> FileEntry:
        data = json.loads(entry)
        stat = None if size is None else (size, mtime_ns, ino, ctime_ns)
        return cls(rel.decode("utf-8", "surrogateescape"), stat, sha256, data["tables"], data["doc_ids"],
                   data["org_ids"], data["org_mentions"], data["report"])

    def rows(self, table: str) -> int:
        return self.tables.get(table, (0, 0, 0))[0]


class Manifest:
    """One build's manifest file, open for reading or being written."""

    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = path
        self.conn = conn

    @classmethod
    def create(cls, path: Path) -> Manifest:
        conn = sqlite3.connect(path)
        conn.execute("pragma journal_mode = off")
        conn.execute("pragma synchronous = off")
        conn.executescript(_SCHEMA)
        conn.execute("insert into meta values ('format', ?)", (FORMAT,))
        return cls(path, conn)

    @classmethod
    def open(cls, path: Path) -> Manifest | None:
        """The manifest at ``path``, or None where there is none this code can read."""
        if not path.is_file():
            return None
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            if conn.execute("select value from meta where key = 'format'").fetchone() != (FORMAT,):
                conn.close()
                return None
        except sqlite3.Error:
            return None
        return cls(path, conn)

    @classmethod
    def copy(cls, source: Path, path: Path) -> Manifest:
        """A manifest to be written at ``path``, starting as a copy of ``source``."""
        import shutil

        shutil.copyfile(source, path)
        conn = sqlite3.connect(path)
        conn.execute("pragma journal_mode = off")
        conn.execute("pragma synchronous = off")
        return cls(path, conn)

    def close(self) -> None:
        self.conn.close()

    # meta
    def get(self, key: str) -> Any:
        row = self.conn.execute("select value from meta where key = ?", (key,)).fetchone()
        return None if row is None else json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        self.conn.execute("insert or replace into meta values (?, ?)",
                          (key, json.dumps(value, sort_keys=True)))

    # files
    def stats(self) -> dict[str, tuple[tuple[int, int, int, int] | None, str | None]]:
        """rel -> (stat key, sha256), without the rest: all a no-op rebuild reads."""
        out = {}
        for rel, size, mtime_ns, ino, ctime_ns, sha in self.conn.execute(
                "select rel, size, mtime_ns, ino, ctime_ns, sha256 from files"):
            out[rel.decode("utf-8", "surrogateescape")] = (
                None if size is None else (size, mtime_ns, ino, ctime_ns), sha)
        return out

    def entries(self, rels: Iterable[str] | None = None) -> Iterator[FileEntry]:
        """Entries of ``rels`` (all, in no particular order, when None)."""
        query = "select rel, size, mtime_ns, ino, ctime_ns, sha256, entry from files"
        if rels is None:
            for row in self.conn.execute(query):
                yield FileEntry.from_row(*row)
            return
        for rel in rels:
            row = self.conn.execute(query + " where rel = ?", (_rel_key(rel),)).fetchone()
            if row is not None:
                yield FileEntry.from_row(*row)

    def layout(self) -> dict[str, tuple[dict[str, list[int]], list[str], list[str], bool, list[str]]]:
        """rel -> (tables, doc ids, organisation ids given, has cross-file
        problems, organisation ids named) for every file."""
        return layout_of(self.read_all())

    def read_all(self) -> dict[str, tuple[str | None, dict[str, Any]]]:
        """rel -> (sha256, the rest of its entry) for every file, parsed once
        (a delta needs the layout, the report parts and the zip's chunk plan
        of them all)."""
        return {rel.decode("utf-8", "surrogateescape"): (sha, json.loads(entry))
                for rel, sha, entry in self.conn.execute("select rel, sha256, entry from files")}

    def put(self, entry: FileEntry) -> None:
        stat = entry.stat or (None, None, None, None)
        self.conn.execute("insert or replace into files values (?, ?, ?, ?, ?, ?, ?)",
                          (_rel_key(entry.rel), *stat, entry.sha256, entry.to_json()))

    def drop(self, rel: str) -> None:
        self.conn.execute("delete from files where rel = ?", (_rel_key(rel),))

    # outputs
    def output_digests(self) -> dict[str, tuple[int, int, int, int, str]]:
        return {name: (dev, ino, size, mtime_ns, sha) for name, dev, ino, size, mtime_ns, sha
                in self.conn.execute("select name, dev, ino, size, mtime_ns, sha256 from outputs")}

    def set_outputs(self, folder: Path, digests: dict[str, str]) -> None:
        self.conn.execute("delete from outputs")
        for name, sha in sorted(digests.items()):
            st = os.stat(folder / name)
            self.conn.execute("insert into outputs values (?, ?, ?, ?, ?, ?)",
                              (name, st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, sha))

    def commit(self) -> None:
        self.conn.commit()


def layout_of(files: dict[str, tuple[str | None, dict[str, Any]]]
              ) -> dict[str, tuple[dict[str, list[int]], list[str], list[str], bool, list[str]]]:
    """:meth:`Manifest.layout` of what :meth:`Manifest.read_all` read."""
    out = {}
    for rel, (_, data) in files.items():
        cross = any(p.get("code") in ("foreign-key-error", "unique-error") for p in data["report"].get("problems", ()))
        out[rel] = (data["tables"], data["doc_ids"], data["org_ids"], cross, data["org_mentions"])
    return out


# A chunk of a table file in the zip ends after a source file whose path
# hashes to 0 modulo this: about this many files per chunk, and where the
# chunks end does not move when a file is added or removed elsewhere.
ZIP_GROUP = 32


def zip_chunk_plan(folder: Path, names: list[str],
                   files: list[tuple[str, str | None, dict]] | None = None) -> dict[str, list[tuple[int, str | None]]]:
    """The chunks of each table file of the build in ``folder`` (see
    councildata.chunked_zip), from its manifest: groups of source files,
    each keyed by the files' paths, hashes and byte lengths, so that a
    chunk's key stands for its bytes. Empty where there is no manifest.
    ``files``: (rel, sha256, tables) of every file, where the caller has
    them already (an incremental build), instead of the manifest's."""
    import hashlib
    import zlib

    from ..model import TABLES
    from ..package import JSON_HEAD, JSON_TAIL, csv_header

    if files is None:
        manifest = Manifest.open(folder / MANIFEST_NAME)
        if manifest is None:
            return {}
        try:
            files = [(rel.decode("utf-8", "surrogateescape"), sha, json.loads(entry)["tables"])
                     for rel, sha, entry in manifest.conn.execute("select rel, sha256, entry from files")]
        finally:
            manifest.close()
    files = sorted(files, key=lambda f: f[0])
    groups: list[list[tuple[str, str | None, dict]]] = [[]]
    for f in files:
        groups[-1].append(f)
        if zlib.crc32(f[0].encode("utf-8", "surrogateescape")) % ZIP_GROUP == 0:
            groups.append([])
    plan: dict[str, list[tuple[int, str | None]]] = {}
    for t in TABLES:
        for ext, col in (("csv", 1), ("json", 2)):
            name = f"{t}.{ext}"
            if name not in names:
                continue
            chunks: list[tuple[int, str | None]] = []
            head = csv_header(t) if ext == "csv" else JSON_HEAD
            chunks.append((len(head), f"head:{name}:{hashlib.sha1(head).hexdigest()}"))
            first = ext == "json"
            for group in groups:
                length = sum(tables.get(t, (0, 0, 0))[col] for _, _, tables in group)
                if not length:
                    continue
                h = hashlib.sha1(f"{name}\0{first}".encode())
                for rel, sha, tables in group:
                    h.update(f"\0{rel}\0{sha}\0{tables.get(t, (0, 0, 0))[col]}".encode("utf-8", "surrogateescape"))
                # The first JSON row has no comma before it.
                chunks.append((length - 1 if first else length, h.hexdigest()))
                first = False
            if ext == "json":
                chunks.append((len(JSON_TAIL), "tail:json"))
            plan[name] = chunks
    return plan
