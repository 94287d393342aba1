"""The build manifest: what an incremental build needs to know of the build before it.

A small SQLite file in the build folder (hidden, never listed in
``datapackage.json`` or ``downloads.json``) holding

- ``meta``: the code version and every setting that changes the output,
  the entries ``discover`` left out, and the newest input time;
- ``files``: per source file, like git's index, its relative path, size,
  mtime, inode and ctime (to tell "unchanged" by a ``stat`` alone), the
  sha256 of its bytes, and what it gave: per table its rows and the bytes
  they take in ``<table>.csv`` and ``<table>.json`` (one column each, so
  that where a file's rows start in a table file is one ``sum`` over the
  files before it), its report counts, and its part of the report only
  where it has problems, redactions or rejected rows;
- ``docs``, ``orgs``, ``mentions``: the document ids a file gave, the
  organisations it introduced and every organisation it names, each row
  keyed so that a delta looks up only the ids it meets;
- ``zip_chunks``: the zip's chunk plan (see councildata.chunked_zip), per
  member and group of files, so that a delta re-plans only the groups
  around the files it changed;
- ``outputs``: the sha256 of each file of the build folder, keyed by its
  inode, size and mtime, so that a file hard-linked into the next build
  is not hashed again.
- ``hash_states``: per table file (of the files in ``outputs``), its
  SHA-256 state and CRC-32 at its append point, so that the next build,
  where it only appends rows, hashes only those
  (:mod:`councildata.resumable_sha256`).

A delta reads the rows of the files it changes and a few sums, never every
file's entry: its cost follows the change, not the archive.

Paths are stored as UTF-32-BE (lone surrogates of undecodable names kept as
code points) so that SQLite's byte order of ``rel`` is Python's order of the
strings, the order ``discover_names`` gives and a full build writes rows in.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import TABLES

MANIFEST_NAME = ".councildata-manifest.sqlite"
# Bumped when the manifest's layout changes: an older one is not read. The
# tables are part of it (one column per table and count).
FORMAT = "2:" + ",".join(TABLES)
_HASH_STATES = """
create table if not exists hash_states (
    name text primary key, at integer not null, state blob not null, crc integer not null
);
"""

_COUNTS = ("rows", "csv", "json")


def _col(kind: str, table: str) -> str:
    return f"[{kind}_{table}]"


_TABLE_COLUMNS = ", ".join(f"{_col(k, t)} integer not null default 0" for t in TABLES for k in _COUNTS)

_SCHEMA = f"""
create table meta (key text primary key, value text not null);
create table files (
    id integer primary key, rel blob not null unique,
    size integer, mtime_ns integer, ino integer, ctime_ns integer, sha256 text,
    documents integer not null, redacted integer not null, reused integer not null,
    cross_file integer not null, boundary integer not null, report text,
    {_TABLE_COLUMNS}
);
create index files_boundary on files (boundary, rel);
create table docs (id text primary key, file integer not null) without rowid;
create index docs_file on docs (file);
create table orgs (id text primary key, file integer not null) without rowid;
create index orgs_file on orgs (file);
create table mentions (org text not null, file integer not null, seq integer not null,
                       primary key (org, file)) without rowid;
create index mentions_file on mentions (file, seq);
create table zip_chunks (member text not null, last blob not null, length integer not null,
                         key_first text not null, key_rest text not null,
                         primary key (member, last)) without rowid;
create table outputs (
    name text primary key, dev integer, ino integer, size integer, mtime_ns integer, sha256 text not null
);
{_HASH_STATES}"""

# A chunk of a table file in the zip ends after a source file whose path
# hashes to 0 modulo this: about this many files per chunk, and where the
# chunks end does not move when a file is added or removed elsewhere.
ZIP_GROUP = 32
# A table's Parquet part ends after a group of files (above) whose last
# file's path hashes to 0 modulo this (a multiple of ZIP_GROUP, so every
# such file ends a group): parts of about this many source files (2,048:
# some 50 parts of each table at 100,000 files), whose ends stay where they
# are when a file is added or removed elsewhere.
PARQUET_GROUP = ZIP_GROUP * 64
CROSS_FILE_CODES = ("foreign-key-error", "unique-error")


def stat_key(st: os.stat_result | None) -> tuple[int, int, int, int] | None:
    """What a file's ``stat`` says of its content (git's index does the same)."""
    if st is None:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns


def rel_key(rel: str) -> bytes:
    """``rel`` as stored: bytes whose order is the strings' order."""
    return rel.encode("utf-32-be", "surrogatepass")


def rel_of(key: bytes) -> str:
    return key.decode("utf-32-be", "surrogatepass")


def is_boundary(rel: str) -> bool:
    """Whether the zip's chunk of a group of files ends after this file."""
    return zlib.crc32(rel.encode("utf-8", "surrogateescape")) % ZIP_GROUP == 0


def ends_part(rel: str) -> bool:
    """Whether a table's Parquet part ends after the group this file ends."""
    return zlib.crc32(rel.encode("utf-8", "surrogateescape")) % PARQUET_GROUP == 0


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

    def rows(self, table: str) -> int:
        return self.tables.get(table, (0, 0, 0))[0]


def _has_detail(part: dict[str, Any]) -> bool:
    """Whether a report part says more than its counts (then it is stored whole)."""
    return bool(part.get("problems") or part.get("redactions") or part.get("rejected"))


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
        conn.execute("insert into meta values ('format', ?)", (json.dumps(FORMAT),))
        return cls(path, conn)

    @classmethod
    def open(cls, path: Path, write: bool = False) -> Manifest | None:
        """The manifest at ``path``, or None where there is none this code can read."""
        if not path.is_file():
            return None
        try:
            conn = sqlite3.connect(path) if write else sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            if conn.execute("select value from meta where key = 'format'").fetchone() != (json.dumps(FORMAT),):
                conn.close()
                return None
        except sqlite3.Error:
            return None
        if write:
            conn.execute("pragma journal_mode = off")
            conn.execute("pragma synchronous = off")
        return cls(path, conn)

    @classmethod
    def copy(cls, source: Path, path: Path) -> Manifest:
        """A manifest to be written at ``path``, starting as a copy of ``source``."""
        import shutil

        shutil.copyfile(source, path)
        conn = sqlite3.connect(path)
        conn.execute("pragma journal_mode = off")
        conn.execute("pragma synchronous = off")
        conn.executescript(_HASH_STATES)  # a manifest written before they were kept
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

    # The listing of the build's files and their stat, as two blobs: where a
    # rebuild's names are the same, comparing the blobs finds the few files
    # whose stat changed without reading 100,000 rows of ``files``.
    def set_listing(self, names: list[str] | None, stats: bytes | None) -> None:
        """Record ``names`` and their raw stat (:meth:`InputStats.raw
        <councildata.input_stats.InputStats.raw>`), or forget them (None)."""
        self.conn.execute("create table if not exists listing (k integer primary key check (k = 0), "
                          "generation text not null, names blob not null, stats blob not null)")
        self.conn.execute("delete from listing")
        if names is not None and stats is not None:
            joined = "\0".join(names).encode("utf-8", "surrogateescape")
            # With this build's generation: a listing left by an earlier
            # build (a manifest copied and written by code that does not
            # know it) is never taken for this build's.
            self.conn.execute("insert into listing values (0, ?, ?, ?)",
                              (self.get("generation"), zlib.compress(joined, 1), stats))

    def listing(self) -> tuple[list[str], bytes] | None:
        """What :meth:`set_listing` recorded for this build, or None."""
        try:
            row = self.conn.execute("select names, stats, generation from listing").fetchone()
        except sqlite3.OperationalError:  # a manifest from before the listing was recorded
            return None
        if row is None or row[2] != self.get("generation"):
            return None
        joined = zlib.decompress(row[0]).decode("utf-8", "surrogateescape")
        return (joined.split("\0") if joined else []), bytes(row[1])

    def stats_of(self, rels: list[str]) -> dict[str, tuple[tuple[int, int, int, int] | None, str | None]]:
        """:meth:`stats` of the files ``rels`` only (those the manifest has)."""
        out = {}
        for start in range(0, len(rels), 500):
            chunk = [rel_key(r) for r in rels[start:start + 500]]
            for rel, size, mtime_ns, ino, ctime_ns, sha in self.conn.execute(
                    "select rel, size, mtime_ns, ino, ctime_ns, sha256 from files "
                    f"where rel in ({', '.join('?' for _ in chunk)})", chunk):
                out[rel_of(rel)] = (None if size is None else (size, mtime_ns, ino, ctime_ns), sha)
        return out

    # files
    def stats(self) -> dict[str, tuple[tuple[int, int, int, int] | None, str | None]]:
        """rel -> (stat key, sha256), without the rest: all a rebuild's plan reads."""
        out = {}
        for rel, size, mtime_ns, ino, ctime_ns, sha in self.conn.execute(
                "select rel, size, mtime_ns, ino, ctime_ns, sha256 from files"):
            out[rel_of(rel)] = (None if size is None else (size, mtime_ns, ino, ctime_ns), sha)
        return out

    def put(self, entry: FileEntry) -> None:
        """Store ``entry``, replacing the file's earlier one."""
        self.drop(entry.rel)
        stat = entry.stat or (None, None, None, None)
        part = entry.report
        cross = any(p.get("code") in CROSS_FILE_CODES for p in part.get("problems", ()))
        counts = [entry.tables.get(t, (0, 0, 0))[i] for t in TABLES for i in range(3)]
        names = ", ".join(_col(k, t) for t in TABLES for k in _COUNTS)
        marks = ", ".join("?" for _ in range(12 + len(counts)))
        cur = self.conn.execute(
            f"insert into files (rel, size, mtime_ns, ino, ctime_ns, sha256, documents, redacted, reused, "
            f"cross_file, boundary, report, {names}) values ({marks})",
            (rel_key(entry.rel), *stat, entry.sha256, part.get("documents", 0), part.get("redacted_documents", 0),
             int(bool(part.get("reused"))), int(cross), int(is_boundary(entry.rel)),
             json.dumps(part, separators=(",", ":")) if _has_detail(part) else None, *counts))
        fid = cur.lastrowid
        self.conn.executemany("insert or ignore into docs values (?, ?)", ((d, fid) for d in entry.doc_ids))
        self.conn.executemany("insert or ignore into orgs values (?, ?)", ((o, fid) for o in entry.org_ids))
        self.conn.executemany("insert or ignore into mentions values (?, ?, ?)",
                              ((o, fid, i) for i, o in enumerate(entry.org_mentions)))

    def drop(self, rel: str) -> None:
        row = self.conn.execute("select id from files where rel = ?", (rel_key(rel),)).fetchone()
        if row is None:
            return
        for table in ("docs", "orgs"):
            self.conn.execute(f"delete from {table} where file = ?", row)
        self.conn.execute("delete from mentions where file = ?", row)
        self.conn.execute("delete from files where id = ?", row)

    def restat(self, rel: str, stat: tuple[int, int, int, int] | None) -> None:
        """A file touched without a change: only its ``stat`` is new."""
        self.conn.execute("update files set size = ?, mtime_ns = ?, ino = ?, ctime_ns = ? where rel = ?",
                          (*(stat or (None, None, None, None)), rel_key(rel)))

    def entries(self, rels: Iterable[str]) -> Iterator[FileEntry]:
        """The entries of ``rels`` that are here (a delta reads those it changes)."""
        names = ", ".join(_col(k, t) for t in TABLES for k in _COUNTS)
        for rel in rels:
            row = self.conn.execute(
                f"select id, size, mtime_ns, ino, ctime_ns, sha256, documents, redacted, reused, report, {names} "
                "from files where rel = ?", (rel_key(rel),)).fetchone()
            if row is None:
                continue
            fid, size, mtime_ns, ino, ctime_ns, sha, documents, redacted, reused, report, *counts = row
            tables = {t: counts[3 * i:3 * i + 3] for i, t in enumerate(TABLES) if counts[3 * i]}
            part = json.loads(report) if report else {
                "file": rel, "problems": [], "redactions": {}, "documents": documents,
                "redacted_documents": redacted, "rejected": {}, "reused": bool(reused)}
            docs = [d for (d,) in self.conn.execute("select id from docs where file = ? order by id", (fid,))]
            yield FileEntry(
                rel, None if size is None else (size, mtime_ns, ino, ctime_ns), sha, tables,
                doc_ids=docs,
                org_ids=[o for (o,) in self.conn.execute("select id from orgs where file = ?", (fid,))],
                org_mentions=[o for (o,) in self.conn.execute(
                    "select org from mentions where file = ? order by seq", (fid,))],
                report=part)

    # What a delta looks up (in the published build's manifest)
    def owner(self, table: str, value: Any) -> str | None:
        """The file that gave document or organisation ``value`` (table
        ``documents`` or ``organizations``), or None."""
        if type(value) is not str:
            return None
        kind = "docs" if table == "documents" else "orgs"
        row = self.conn.execute(f"select f.rel from {kind} k join files f on f.id = k.file where k.id = ?",
                                (value,)).fetchone()
        return None if row is None else rel_of(row[0])

    def given(self, rels: Iterable[str]) -> tuple[list[str], list[str], set[str]]:
        """(document ids, organisation ids, tables with rows) that ``rels`` gave, in file order."""
        docs: list[str] = []
        orgs: list[str] = []
        tables: set[str] = set()
        rows_cols = ", ".join(_col("rows", t) for t in TABLES)
        for rel in sorted(rels):
            row = self.conn.execute(f"select id, {rows_cols} from files where rel = ?", (rel_key(rel),)).fetchone()
            if row is None:
                continue
            tables |= {t for t, n in zip(TABLES, row[1:], strict=True) if n}
            docs += [d for (d,) in self.conn.execute("select id from docs where file = ?", (row[0],))]
            orgs += [o for (o,) in self.conn.execute("select id from orgs where file = ?", (row[0],))]
        return docs, orgs, tables

    def mentioning(self, orgs: Iterable[str]) -> Iterator[tuple[str, str]]:
        """(organisation, file) for every file that names one of ``orgs``."""
        for o in orgs:
            for (rel,) in self.conn.execute(
                    "select f.rel from mentions m join files f on f.id = m.file where m.org = ?", (o,)):
                yield o, rel_of(rel)

    def cross_file_problems(self, besides: Iterable[str]) -> bool:
        """Whether a file other than ``besides`` had a row rejected for
        another file's key (a delta cannot tell what a full build would do)."""
        skip = {rel_key(r) for r in besides}
        return any(rel not in skip for (rel,) in self.conn.execute("select rel from files where cross_file = 1"))

    def offsets(self, table: str, rel: str) -> tuple[int, int, int, int]:
        """(CSV bytes, JSON segment bytes) of ``table``'s rows of the files
        before ``rel``, and those ``rel`` itself gave (0 where it has none)."""
        c, j = _col("csv", table), _col("json", table)
        before = self.conn.execute(f"select coalesce(sum({c}), 0), coalesce(sum({j}), 0) from files "
                                   "where rel < ?", (rel_key(rel),)).fetchone()
        own = self.conn.execute(f"select {c}, {j} from files where rel = ?", (rel_key(rel),)).fetchone() or (0, 0)
        return before[0], before[1], own[0], own[1]

    def table_bytes(self, table: str) -> tuple[int, int]:
        """(CSV bytes, JSON segment bytes) of every file's rows of ``table``."""
        c, j = _col("csv", table), _col("json", table)
        return self.conn.execute(f"select coalesce(sum({c}), 0), coalesce(sum({j}), 0) from files").fetchone()

    def row_counts(self) -> dict[str, int]:
        sums = ", ".join(f"coalesce(sum({_col('rows', t)}), 0)" for t in TABLES)
        return dict(zip(TABLES, self.conn.execute(f"select {sums} from files").fetchone(), strict=True))

    def report_into(self, report: Any, order: dict[str, int], redone: Iterable[str]) -> None:
        """Count every file's part into ``report`` (a :class:`BuildReport`) as
        a full build would, in file order (``order``: rel -> position): the
        parts with problems or redactions read whole, the rest summed. A file
        kept from the build before counts as reused when it had documents."""
        redone_keys = {rel_key(r) for r in redone}
        parts = []
        for rel, report_json, documents in self.conn.execute(
                "select rel, report, documents from files where report is not null"):
            name = rel_of(rel)
            parts.append((order[name], json.loads(report_json), rel not in redone_keys and documents > 0))
        for _, part, kept in sorted(parts, key=lambda p: p[0]):
            report.add_file(part)
            report.reused += kept and not part.get("reused")
        self.conn.execute("create temp table if not exists redone (rel blob primary key) without rowid")
        self.conn.execute("delete from temp.redone")
        self.conn.executemany("insert or ignore into temp.redone values (?)", ((k,) for k in redone_keys))
        documents, redacted, reused = self.conn.execute(
            "select coalesce(sum(f.documents), 0), coalesce(sum(f.redacted), 0), "
            "coalesce(sum(case when r.rel is not null then f.reused when f.documents > 0 then 1 "
            "else f.reused end), 0) "
            "from files f left join temp.redone r on r.rel = f.rel where f.report is null").fetchone()
        self.conn.execute("drop table temp.redone")
        report.documents += documents
        report.redacted_documents += redacted
        report.reused += reused

    # the zip's chunk plan
    def zip_plan(self, names: list[str]) -> dict[str, list[tuple[int, str | None]]]:
        """The chunks of each table file in ``names`` (see
        councildata.chunked_zip): the head, one chunk per group of files that
        gave the table rows, keyed by the files' paths, hashes and byte
        lengths (so that a key stands for the bytes), and the JSON tail.
        Planned from every file the first time (a full build), stored, and
        then kept up to date by :meth:`replan_zip`."""
        from ..package import JSON_HEAD, JSON_TAIL, csv_header

        self.ensure_zip_plan()
        plan: dict[str, list[tuple[int, str | None]]] = {}
        for t in TABLES:
            for ext in ("csv", "json"):
                name = f"{t}.{ext}"
                if name not in names:
                    continue
                head = csv_header(t) if ext == "csv" else JSON_HEAD
                chunks: list[tuple[int, str | None]] = [(len(head), f"head:{name}:{hashlib.sha1(head).hexdigest()}")]
                first = ext == "json"
                for length, key_first, key_rest in self.conn.execute(
                        "select length, key_first, key_rest from zip_chunks where member = ? order by last", (name,)):
                    # The first JSON row has no comma before it.
                    chunks.append((length - 1, key_first) if first else (length, key_rest))
                    first = False
                if ext == "json":
                    chunks.append((len(JSON_TAIL), "tail:json"))
                plan[name] = chunks
        return plan

    def ensure_zip_plan(self) -> None:
        """Plan the zip's groups from every file where none are stored (a full build)."""
        if self.conn.execute("select 1 from zip_chunks limit 1").fetchone() is None:
            self._plan_groups(None, None)

    def parquet_parts(self, table: str, plan: bool = True) -> list[tuple[int, str]]:
        """(CSV row bytes, key) of each Parquet part of ``table``: the zip's
        groups of files that gave the table rows, in order, a part ending
        after a group whose last file :func:`ends_part`. The key is one hash
        of the groups' keys (which stand for their bytes). ``plan``: plan
        the zip's groups first where none are stored (else: no parts)."""
        if plan:
            self.ensure_zip_plan()
        parts: list[tuple[int, str]] = []
        h = None
        length = 0
        for last, n, key in self.conn.execute(
                "select last, length, key_rest from zip_chunks where member = ? order by last", (f"{table}.csv",)):
            if h is None:
                h = hashlib.sha1(f"parquet\0{table}".encode())
                length = 0
            h.update(f"\0{key}".encode())
            length += n
            if ends_part(rel_of(last)):
                parts.append((length, h.hexdigest()))
                h = None
        if h is not None:
            parts.append((length, h.hexdigest()))
        return parts

    def replan_zip(self, changed: Iterable[str]) -> None:
        """Plan again the zip's groups of files around ``changed`` (paths
        added, changed or removed since the stored plan): each from the last
        group end before it that stayed to the first one after it, which
        both plans share."""
        changed_keys = sorted({rel_key(r) for r in changed})
        if not changed_keys or self.conn.execute("select 1 from zip_chunks limit 1").fetchone() is None:
            return
        self.conn.execute("create temp table if not exists changed (rel blob primary key) without rowid")
        self.conn.execute("delete from temp.changed")
        self.conn.executemany("insert into temp.changed values (?)", ((k,) for k in changed_keys))
        regions: list[tuple[bytes | None, bytes | None]] = []
        for key in changed_keys:
            if regions and (regions[-1][1] is None or key < regions[-1][1]):
                continue  # within the region of an earlier changed file
            stable = "boundary = 1 and rel not in (select rel from temp.changed)"
            lo = self.conn.execute(f"select max(rel) from files where {stable} and rel < ?", (key,)).fetchone()[0]
            hi = self.conn.execute(f"select min(rel) from files where {stable} and rel > ?", (key,)).fetchone()[0]
            regions.append((lo, hi))
        self.conn.execute("drop table temp.changed")
        for lo, hi in regions:
            self._plan_groups(lo, hi)

    def _plan_groups(self, lo: bytes | None, hi: bytes | None) -> None:
        """Plan the groups of the files after ``lo`` up to and with ``hi``
        (None: from the first, to the last), replacing what was planned there."""
        where, args = [], []
        if lo is not None:
            where.append("{col} > ?")
            args.append(lo)
        if hi is not None:
            where.append("{col} <= ?")
            args.append(hi)
        cond = " and ".join(where) or "1"
        self.conn.execute(f"delete from zip_chunks where {cond.format(col='last')}", args)
        counts = ", ".join(f"{_col(k, t)}" for t in TABLES for k in ("csv", "json"))
        group: list[tuple[Any, ...]] = []
        rows = self.conn.execute(
            f"select rel, sha256, boundary, {counts} from files where {cond.format(col='rel')} order by rel", args)
        for row in rows:
            group.append(row)
            if row[2]:
                self._store_group(group)
                group = []
        if group:
            self._store_group(group)

    def _store_group(self, group: list[tuple[Any, ...]]) -> None:
        last = group[-1][0]
        files = [(rel_of(rel), sha, lengths) for rel, sha, _, *lengths in group]
        out = []
        for i, t in enumerate(TABLES):
            for j, ext in enumerate(("csv", "json")):
                col = 2 * i + j
                length = sum(lengths[col] for _, _, lengths in files)
                if not length:
                    continue
                name = f"{t}.{ext}"
                keys = []
                for first in (True, False):
                    h = hashlib.sha1(f"{name}\0{first}".encode())
                    for rel, sha, lengths in files:
                        h.update(f"\0{rel}\0{sha}\0{lengths[col]}".encode("utf-8", "surrogateescape"))
                    keys.append(h.hexdigest())
                out.append((name, last, length, *keys))
        self.conn.executemany("insert into zip_chunks values (?, ?, ?, ?, ?)", out)

    # outputs
    def output_digests(self) -> dict[str, tuple[int, int, int, int, str]]:
        return {name: (dev, ino, size, mtime_ns, sha) for name, dev, ino, size, mtime_ns, sha
                in self.conn.execute("select name, dev, ino, size, mtime_ns, sha256 from outputs")}

    def set_outputs(self, folder: Path, digests: dict[str, str]) -> None:
        from ..package import known_state

        self.conn.execute("delete from outputs")
        self.conn.execute("delete from hash_states")
        for name, sha in sorted(digests.items()):
            st = os.stat(folder / name)
            self.conn.execute("insert into outputs values (?, ?, ?, ?, ?, ?)",
                              (name, st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, sha))
            state = known_state(folder / name)
            if state is not None:
                self.conn.execute("insert into hash_states values (?, ?, ?, ?)", (name, *state))

    def hash_states(self) -> dict[str, tuple[int, bytes, int]]:
        """Per table file, (append point, SHA-256 state there, CRC-32 there),
        where the build stored one (see :meth:`set_outputs`)."""
        try:
            rows = self.conn.execute("select name, at, state, crc from hash_states").fetchall()
        except sqlite3.OperationalError:  # written before they were kept
            return {}
        return {name: (at, bytes(state), crc) for name, at, state, crc in rows}

    def commit(self) -> None:
        self.conn.commit()
