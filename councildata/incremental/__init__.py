"""Incremental publishing: a rebuild redoes only what changed since the published build.

:func:`plan` compares the source folder with the published build's
manifest (:mod:`.manifest`) by ``stat`` alone, reading only the files whose
``stat`` changed (their sha256 decides). Then the build is one of

``unchanged``
    nothing differs: nothing is written or published, the published build
    stays as it is (same files, same inodes);
``delta``
    files were added, changed or removed: only those are read, redacted,
    extracted (from the cache where it can) and validated. The new build
    folder gets every unchanged file hard-linked from the published build;
    each changed ``<table>.csv``/``.json`` is spliced (:mod:`.splice`) from
    the old file's unchanged byte ranges and the new rows' bytes, in the
    order a full build writes them, so that its bytes equal a full
    build's; the database is a copy of the published one with the delta
    applied in one transaction (:func:`councildata.database.apply_delta`);
    the Parquet parts of the changed files' groups, ``datapackage.json``, the zip,
    ``downloads.json`` and the catalogue are written again;
``full``
    everything is redone (from the cache): no published build, another code
    version, a changed setting, an OParl file changed (they refer to each
    other), or a delta that could not be applied exactly (:class:`Fallback`:
    a removed document introduced an organisation others name, an id of a
    kept row refers into a changed document, ...).

``report.json`` says which ran and why under ``incremental``.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import itertools
import json
import os
import shutil
import sqlite3
import time
import uuid
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Sequence
from concurrent import futures
from typing import Any

from .. import chunked_zip, database, downloads, package, resumable_sha256, schemas
from ..build import BuildContext, finish_build, write_package_meta
from ..build_report import REPORT_NAME, BuildReport, failed_report_path
from ..model import TABLES, Problem
from ..package import JSON_HEAD, JSON_TAIL, csv_header, remember_key
from . import spare
from .manifest import MANIFEST_NAME, FileEntry, Manifest, stat_key
from .splice import Piece, copy_prefix, write_spliced

__all__ = ["MANIFEST_NAME", "FileEntry", "Manifest", "Plan", "Fallback", "plan", "write_delta",
           "unchanged_report", "start_manifest", "output_digests"]


class Fallback(Exception):
    """A delta that cannot give exactly what a full build gives; the message says why."""


@dataclass
class Plan:
    mode: str  # "full" | "delta" | "unchanged"
    reason: str
    previous: Path | None = None
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    # Files whose stat changed but whose bytes did not.
    touched: list[str] = field(default_factory=list)


def _normal(value: Any) -> Any:
    return json.loads(json.dumps(value, ensure_ascii=False, sort_keys=True))


def start_manifest(ctx: BuildContext, manifest: Manifest) -> Manifest:
    # This build's database, for the next delta but one (see .spare): a
    # full build's has no db_delta, a delta sets its own.
    manifest.set("generation", uuid.uuid4().hex)
    manifest.set("db_delta", None)
    manifest.set("spare_db", None)
    manifest.set("version", ctx.version)
    manifest.set("settings", ctx.settings)
    manifest.set("left_out", [p.to_dict() for p in ctx.left_out])
    return manifest


def listing_digest(names: list[str], stats: Sequence[Any]) -> str | None:
    """One hash of every file's path and ``stat``, in order: where it equals
    the published build's, every file is as that build read it (a no-op
    rebuild compares this instead of reading the manifest's entries of
    100,000 files). None where a file could not be stat'ed."""
    if hasattr(stats, "raw"):  # InputStats
        raw = stats.raw()
        if raw is None:
            return None  # a file could not be stat'ed
        # The names and the stat array hashed whole (0.03 s at 100,000
        # files, not 1.8 s formatting a line per file).
        h = hashlib.sha1(b"listing 2\0")
        h.update("\0".join(names).encode("utf-8", "surrogateescape"))
        h.update(b"\1")
        h.update(raw)
        return h.hexdigest()
    h = hashlib.sha1()
    for rel, st in zip(names, stats, strict=True):
        if st is None:
            return None
        h.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ino}\0{st.st_ctime_ns}\n".encode(
            "utf-8", "surrogateescape"))
    return h.hexdigest()


def record_listing(ctx: BuildContext, manifest: Manifest) -> None:
    """The listing digest of this build's files, unless a file is to be read
    again next time (it failed to be read, or went over its budget)."""
    retry = manifest.conn.execute("select 1 from files where sha256 is null limit 1").fetchone()
    manifest.set("listing", None if retry else ctx.listing)
    raw = None if retry or not hasattr(ctx.stats, "raw") else ctx.stats.raw()
    manifest.set_listing(ctx.names if raw is not None else None, raw)


def _compare_listing(old_names: list[str], old_raw: bytes, names: list[str],
                     raw: bytes) -> tuple[list[int], list[str]]:
    """The files whose stat differs from the recorded listing's or that it
    lacks (their positions in ``names``), and the recorded files now gone."""
    width = 32  # four 64-bit numbers a file (InputStats)
    if old_names == names:
        return _differing(raw, old_raw, [(0, len(names))], [(0, len(names))]), []
    # Files added or removed in one stretch of the listing (a new folder, a
    # document added to one): the names before it and after it are the same
    # (found by halving, comparing slices in C), and only the stretch is
    # looked at name by name; the stats of the rest are compared as bytes.
    head = _common_length(old_names, names, lambda a, k: a[:k])
    tail = _common_length(old_names[head:], names[head:], lambda a, k: a[len(a) - k:])
    new_mid, old_mid = names[head:len(names) - tail], old_names[head:len(old_names) - tail]
    if len(new_mid) + len(old_mid) <= FEW_NAMES:
        added, gone = set(new_mid).difference(old_mid), set(old_mid).difference(new_mid)
        if [n for n in new_mid if n not in added] == [n for n in old_mid if n not in gone]:
            new_runs = _runs(names, head, len(names) - tail, added)
            old_runs = _runs(old_names, head, len(old_names) - tail, gone)
            found = _differing(raw, old_raw, new_runs, old_runs)
            found += [head + i for i, rel in enumerate(new_mid) if rel in added]
            return sorted(found), [rel for rel in old_mid if rel in gone]
    old_at = {rel: i for i, rel in enumerate(old_names)}
    found = []
    for i, rel in enumerate(names):
        j = old_at.pop(rel, None)
        if j is None or raw[i * width:(i + 1) * width] != old_raw[j * width:(j + 1) * width]:
            found.append(i)
    return found, sorted(old_at, key=old_at.__getitem__)


# Up to this many names added or removed, the listings are compared run by run.
FEW_NAMES = 1000


def _common_length(a: list[str], b: list[str], part: Any) -> int:
    """The longest k for which ``part(a, k) == part(b, k)`` (a common head or tail)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        if part(a, mid) == part(b, mid):
            low = mid
        else:
            high = mid - 1
    return low


def _runs(names: list[str], start: int, stop: int, left_out: set[str]) -> list[tuple[int, int]]:
    """The positions of ``names`` not in ``left_out`` (which are all between
    ``start`` and ``stop``), as (start, stop) runs."""
    cuts = [i for i in range(start, stop) if names[i] in left_out]
    runs, start = [], 0
    for cut in cuts:
        if cut > start:
            runs.append((start, cut))
        start = cut + 1
    if start < len(names):
        runs.append((start, len(names)))
    return runs


def _differing(raw: bytes, old_raw: bytes, new_runs: list[tuple[int, int]],
               old_runs: list[tuple[int, int]]) -> list[int]:
    """Positions (in ``raw``'s listing) whose 32 bytes differ from the old
    listing's at the same place in the runs, which hold the same files."""
    width = 32
    new_kept = b"".join(raw[a * width:b * width] for a, b in new_runs)
    old_kept = b"".join(old_raw[a * width:b * width] for a, b in old_runs)
    # Where each run starts among the kept files, to map a kept file back to its position.
    firsts = list(itertools.accumulate((b - a for a, b in new_runs[:-1]), initial=0))
    found = []
    block = 4096 * width
    for start in range(0, len(new_kept), block):
        if new_kept[start:start + block] == old_kept[start:start + block]:
            continue
        for at in range(start, min(start + block, len(new_kept)), width):
            if new_kept[at:at + width] != old_kept[at:at + width]:
                k = at // width
                run = bisect.bisect_right(firsts, k) - 1
                found.append(new_runs[run][0] + k - firsts[run])
    return found


def output_digests(folder: Path) -> dict[str, str]:
    """sha256 of the build's downloadable files, as downloads.json lists them."""
    listed = json.loads((folder / downloads.MANIFEST_NAME).read_text("utf-8"))
    return {f["path"]: f["sha256"] for f in listed["files"]}


def _changed_settings(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))


def plan(ctx: BuildContext) -> Plan:
    """What this build has to do, from ``stat`` of every file and the
    published build's manifest (files whose stat changed are hashed)."""
    out = ctx.out_dir
    if not out.is_symlink():
        return Plan("full", "no previous build")
    previous = Path(os.path.realpath(out))
    manifest = Manifest.open(previous / MANIFEST_NAME)
    if manifest is None or not (previous / REPORT_NAME).is_file():
        return Plan("full", "the previous build has no manifest")
    try:
        if manifest.get("version") != ctx.version:
            return Plan("full", "the code, the schemas or the site's metadata changed")
        changed_settings = _changed_settings(manifest.get("settings") or {}, _normal(ctx.settings))
        if changed_settings:
            return Plan("full", f"settings changed: {', '.join(changed_settings)}")
        same_left_out = manifest.get("left_out") == _normal([p.to_dict() for p in ctx.left_out])
        recorded = manifest.get("listing")
        if recorded is not None and same_left_out and recorded == ctx.listing:
            # Every file's stat as recorded: no need to read the manifest's entries.
            return Plan("unchanged", "no file was added, changed or removed", previous)
        # Most likely a delta: its worker warms up while the plan goes on.
        ctx.fork_standby()
        listing = manifest.listing() if recorded is not None else None
        raw = ctx.stats.raw() if hasattr(ctx.stats, "raw") else None
        if listing is not None and raw is not None and len(listing[1]) == 32 * len(listing[0]):
            # Only the files whose stat differs from the recorded listing's
            # are looked up (and maybe read): not 100,000 rows of the manifest.
            found, removed = _compare_listing(*listing, ctx.names, raw)
            candidates = [(ctx.names[i], ctx.stats[i]) for i in found]
            old = manifest.stats_of([rel for rel, _ in candidates])
        else:
            old = manifest.stats()
            candidates = list(zip(ctx.names, ctx.stats, strict=True))
            seen = set(ctx.names)
            removed = [rel for rel in old if rel not in seen]
    except (sqlite3.Error, ValueError, TypeError, zlib.error) as exc:
        return Plan("full", f"the previous build's manifest cannot be read: {exc}")
    finally:
        manifest.close()
    result = Plan("delta", "", previous)
    for rel, st in candidates:
        prev = old.get(rel)
        if prev is None:
            result.added.append(rel)
            continue
        prev_stat, prev_sha = prev
        if prev_sha is None:
            # It failed to be read or went over its budget last time: try again.
            result.changed.append(rel)
            continue
        key = stat_key(st)
        if key is not None and key == prev_stat:
            continue
        from ..ingest import read_source

        data = read_source(ctx.source_dir / rel, ctx.source_dir, ctx.options)
        if isinstance(data, Problem) or hashlib.sha256(data).hexdigest() != prev_sha:
            result.changed.append(rel)
        else:
            result.touched.append(rel)
    result.removed = removed
    redo = result.added + result.changed + result.removed
    if not redo and not result.touched and same_left_out:
        return Plan("unchanged", "no file was added, changed or removed", previous)
    oparl = [rel for rel in redo if rel.lower().endswith(".json")]
    if oparl:
        return Plan("full", f"OParl file {ctx.shown(oparl[0])} changed (OParl files refer to each other)")
    result.reason = (f"{len(result.added)} added, {len(result.changed)} changed, {len(result.removed)} removed, "
                     f"{len(result.touched)} touched without a change")
    return result


def unchanged_report(ctx: BuildContext, plan: Plan) -> BuildReport:
    """The report of a build that had nothing to do: the published one's."""
    assert plan.previous is not None
    data = json.loads((plan.previous / REPORT_NAME).read_text("utf-8"))
    report = BuildReport.from_dict(data, str(ctx.out_dir))
    report.incremental = {"mode": "unchanged", "reason": plan.reason}
    report.seconds = round(time.monotonic() - ctx.started, 2)
    failed_report_path(ctx.out_dir).unlink(missing_ok=True)
    return report


class _Known:
    """The keys a full build would have accepted before the current
    document: those of earlier documents, kept from the published build or
    new in this delta. Stands in for the Validator's store of keys
    (:class:`councildata.validate._Keys`: prefetch, has, add, flush)."""

    def __init__(self, owner_of: Any, position: dict[str, int]):
        self.owner_of = owner_of  # (table, id) -> rel of the kept file that gave it, or None
        self.position = position
        self.added: set[tuple[str, str, Any]] = set()
        self.current = 0

    def prefetch(self, wanted: Any) -> None:
        pass  # looked up one by one: a delta validates a few documents

    def has(self, key: tuple[str, str], value: Any) -> bool:
        if (*key, value) in self.added:
            return True
        if key[1] != "id" or type(value) is not str:
            return False
        owner = self.owner_of(key[0], value)
        return owner is not None and self.position[owner] < self.current

    def add(self, key: tuple[str, str], value: Any) -> None:
        with contextlib.suppress(TypeError):  # unhashable: never a key
            self.added.add((*key, value))

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


def _json_pieces(canonical: list[Piece]) -> list[Piece]:
    """A table's JSON file from pieces of its segment form (see
    package.encode_rows): the old file's byte k is the segment form's byte k,
    except byte 0, the comma that ``[`` replaces."""
    out: list[Piece] = [JSON_HEAD]
    first = True
    for piece in canonical:
        if isinstance(piece, bytes):
            if piece:
                out.append(piece[1:] if first else piece)
                first = False
            continue
        start, length = piece
        if not length:
            continue
        if first:
            # The old file's first byte is the ``[`` too: one range from 0
            # (a file that only gains rows at its end starts with the old one).
            out[-1:] = [(0, length)] if start == 0 else [JSON_HEAD, (start + 1, length - 1)]
        elif start == 0:
            out += [b",", (1, length - 1)]
        else:
            out.append((start, length))
        first = False
    out.append(JSON_TAIL)
    return out


def _link(previous: Path, work: Path, name: str) -> None:
    os.link(previous / name, work / name)


def write_delta(ctx: BuildContext, work: Path, plan: Plan) -> None:
    """Write the build into ``work`` from the published one and the changed
    files, and publish it; :class:`Fallback` where that cannot be exact.
    Reads the published manifest's rows of the changed files and the ids it
    meets, never every file's entry."""
    from ..catalog import write_catalog
    from ..prepare import take_prepared
    from ..validate import Validator

    previous = plan.previous
    assert previous is not None
    report = ctx.report
    old = Manifest.open(previous / MANIFEST_NAME)
    if old is None:
        raise Fallback("the previous build's manifest went away")
    precopy = None
    try:
        new_rels = ctx.names
        redo = set(plan.added) | set(plan.changed)
        gone = set(plan.removed) | set(plan.changed)
        if (redo or gone) and old.cross_file_problems(gone):
            raise Fallback("the previous build rejected rows for the key of another document's row")
        position = {rel: i for i, rel in enumerate(new_rels)}
        removed_docs, gone_orgs, gone_tables = old.given(gone)
        # Organisations whose row a removed or changed file gave: the next file
        # in order that names one gives its row now. A kept file cannot (its
        # row is not at hand); a new or changed one can.
        orphans = set(gone_orgs)
        reintroduced: dict[str, int] = {}
        kept_mentions: dict[str, str] = {}
        for o, rel in sorted(old.mentioning(sorted(orphans)), key=lambda m: position.get(m[1], -1)):
            if rel not in gone and rel in position:
                kept_mentions.setdefault(o, rel)
        old_outputs = old.output_digests()
        old_states = old.hash_states()
        previous_generation = old.get("generation")

        def kept_owner(table: str, value: Any) -> str | None:
            owner = old.owner(table, value)
            return None if owner in gone else owner

        prev_db = sqlite3.connect(f"file:{previous / database.DB_NAME}?mode=ro", uri=True)
        try:
            _check_references(prev_db, removed_docs)

            def owner_of(table: str, value: Any) -> str | None:
                if table in ("organizations", "documents"):
                    return kept_owner(table, value)
                row = prev_db.execute(f"select document_id from [{table}] where id = ?", (value,)).fetchone()
                return None if row is None else kept_owner("documents", row[0])

            # The keys only: the worker checked each row's cells (councildata.prepare).
            validator = Validator(cells=False)
            validator.seen.close()
            known = _Known(owner_of, position)
            validator.seen = known
            redo_paths = [ctx.source_dir / rel for rel in new_rels if rel in redo]
            if not redo_paths:
                ctx.close_standby()  # nothing to read: its warm-up would only take CPU from this build
            precopy = _start_precopy(previous, work, plan, new_rels)
            entries: dict[str, FileEntry] = {}
            new_bytes: dict[str, dict[str, tuple[bytes, bytes]]] = {}
            new_rows: dict[str, list[dict]] = {t: [] for t in TABLES}
            stats = ctx.stats
            for i, (path, (shown, docs, problems, reused, digest, mentions)) in enumerate(
                    zip(redo_paths, ctx.prepared_results(redo_paths, standby=True), strict=True)):
                rel = ctx.rel(path)
                known.current = position[rel]
                for o in mentions:
                    if o in kept_mentions and position[kept_mentions[o]] < position[rel]:
                        raise Fallback(f"organisation {o} was given by a removed or changed file "
                                       f"and is named first by {ctx.shown(kept_mentions[o])}")
                    kept_mentions.pop(o, None)
                    if o in orphans:
                        reintroduced.setdefault(o, position[rel])
                part, valid_docs = take_prepared(validator, shown, docs, problems, reused)
                entry = FileEntry(rel, stat_key(stats[position[rel]]), digest, report=part, org_mentions=mentions)
                # Per table, each valid row's (CSV line, JSON segment, SQL parameters), as the worker encoded them.
                per_table: dict[str, list[tuple]] = {t: [] for t in TABLES}
                for doc, valid in valid_docs:
                    entry.doc_ids.append(doc.keys["documents"][valid["documents"][0]]["id"])
                    entry.org_ids += [doc.keys["organizations"][k]["id"] for k in valid["organizations"]]
                    for t in TABLES:
                        per_table[t] += [doc.encoded[t][k] for k in valid[t]]
                new_bytes[rel] = {}
                for t in TABLES:
                    encoded = per_table[t]
                    if not encoded:
                        continue
                    cols = schemas.field_names(t)
                    rows = [dict(zip(cols, r[2], strict=True)) for r in encoded]
                    _check_new_ids(prev_db, t, rows, kept_owner, shown)
                    csv_bytes, json_bytes = b"".join(r[0] for r in encoded), b"".join(r[1] for r in encoded)
                    new_bytes[rel][t] = (csv_bytes, json_bytes)
                    entry.tables[t] = [len(rows), len(csv_bytes), len(json_bytes)]
                    new_rows[t] += rows
                entries[rel] = entry
                if ctx.progress:
                    ctx.progress(i + 1, len(redo_paths), shown)
            if kept_mentions:
                o, rel = next(iter(kept_mentions.items()))
                raise Fallback(f"organisation {o} was given by a removed or changed file and is named by "
                               f"{ctx.shown(rel)}")
            _check_orphan_references(prev_db, orphans, reintroduced, kept_owner, position)
        finally:
            prev_db.close()

        changed_tables = set(gone_tables)
        changed_tables |= {t for e in entries.values() for t, n in e.tables.items() if n[0]}
        # Where the files that changed sit in the old table files: read per
        # changed file, in file order.
        events = sorted(gone | set(entries))
        offsets = {t: [(rel, old.offsets(t, rel)) for rel in events] for t in changed_tables}
        totals = {t: old.table_bytes(t) for t in changed_tables}
    finally:
        old.close()
        if precopy:
            # Also when the delta gave up: no thread writes into the folder once it is thrown away.
            futures.wait(precopy.values())

    copied = _finish_precopy(precopy, work, changed_tables)
    for t in TABLES:
        for ext in ("csv", "json"):
            if t not in changed_tables:
                _link(previous, work, f"{t}.{ext}")
        if t in changed_tables:
            appended = _splice_table(previous, work, t, offsets[t], totals[t], new_bytes, copied)
            for ext, kept in appended.items():
                _resume_hash(previous, work, f"{t}.{ext}", kept, old_outputs, old_states)

    db_delta: dict[str, Any] | None = None
    if changed_tables:
        db_delta = {"parent": previous_generation, "removed_docs": removed_docs, "removed_orgs": sorted(orphans),
                    "added_docs": [d for e in entries.values() for d in e.doc_ids],
                    "added_orgs": [o["id"] for o in new_rows["organizations"]]}
        db_how = _write_database(previous, work, db_delta, new_rows)
    else:
        _link(previous, work, database.DB_NAME)
        db_how = "linked: no table changed"
        # The spare the next delta would take from the published build, or
        # from the one before it (removed once this one is published), moves
        # along: the delta after this one need not copy the database either.
        carried = spare.carry_spare(previous, work)

    manifest = Manifest.copy(previous / MANIFEST_NAME, work / MANIFEST_NAME)
    try:
        start_manifest(ctx, manifest)
        manifest.set("db_delta", db_delta)
        if not changed_tables:
            manifest.set("spare_db", carried)
        for rel in plan.removed:
            manifest.drop(rel)
        for rel in plan.touched:
            manifest.restat(rel, stat_key(stats[position[rel]]))
        for entry in entries.values():
            manifest.put(entry)
        manifest.replan_zip(gone | set(entries))
        newest = max((st.st_mtime_ns for st in ctx.stats if st is not None), default=0)
        manifest.set("newest_mtime_ns", newest)
        # The report: every file's part in file order, as a full build counts them.
        manifest.report_into(report, position, redo)
        rows = manifest.row_counts()

        for name, (dev, ino, size, mtime_ns, sha) in old_outputs.items():
            remember_key((dev, ino, size, mtime_ns), sha, old_states.get(name))
        write_package_meta(ctx, work, len(ctx.names), newest)
        _write_parquet(previous, work, manifest, changed_tables)
        descriptor = downloads.add_parquet_alternates(work)
        manifest.commit()  # the zip's chunk plan reads it
        if (work / "datapackage.json").read_bytes() == (previous / "datapackage.json").read_bytes():
            _link(previous, work, downloads.ZIP_NAME)
            _link(previous, work, chunked_zip.index_path(Path(downloads.ZIP_NAME)).name)
        else:
            # Written again, but only the chunks around what changed are deflated.
            downloads.write_zip(work, previous)
        downloads.write_manifest(work, descriptor)
        write_catalog(work, ctx.catalog_settings)
        report.finish(rows)
        report.incremental = {
            "mode": "delta", "reason": plan.reason,
            "added": [ctx.shown(r) for r in plan.added], "changed": [ctx.shown(r) for r in plan.changed],
            "removed": [ctx.shown(r) for r in plan.removed], "touched": len(plan.touched),
            "tables_rewritten": [t for t in TABLES if t in changed_tables],
            "database": db_how,
        }
        finish_build(ctx, work, manifest)
    except BaseException:
        manifest.close()
        raise


def _write_parquet(previous: Path, work: Path, manifest: Manifest, changed_tables: set[str]) -> None:
    """The Parquet parts of this build: each part whose bytes the build
    before had in a part is hard-linked from it, the others written (the
    parts around the changed files; where a part's end was added or
    removed, of a table whose rows did not change too)."""
    plans = downloads.parquet_plan(work, manifest)
    old = Manifest.open(previous / MANIFEST_NAME)
    previous_plans = None
    if old is not None:
        try:
            previous_plans = downloads.parquet_plan(previous, old, plan=False)
        finally:
            old.close()
    downloads.write_parquet_parts(work, plans, previous, previous_plans,
                                  frozenset(t for t in TABLES if t not in changed_tables))


def _write_database(previous: Path, work: Path, db_delta: dict[str, Any], new_rows: dict[str, list[dict]]) -> str:
    """This build's database: the spare one brought up to date (see
    :mod:`.spare`) or a copy of the published one, with the delta applied.
    Says which, and why."""
    target = work / database.DB_NAME
    found = spare.find_spare(previous)
    fd = None
    last = None
    if isinstance(found, str):
        how = f"copied: {found}"
    else:
        path, last = found
        try:
            fd = spare.take_spare(path, target)
            if path.name == spare.SPARE_NAME:
                how = ("spare: the published build's copy of its database"
                       + ("" if last is None else ", brought up to date"))
            else:
                how = "spare: the database of the build before the published one, brought up to date"
        except spare.SpareInUse as exc:
            how = f"copied: {exc}"
    try:
        if fd is None:
            shutil.copyfile(previous / database.DB_NAME, target)
        db = database.open_build_database(target)
        try:
            if fd is not None and last is not None:
                database.apply_delta(db, last["removed_docs"], last["removed_orgs"],
                                     spare.catch_up_rows(previous / database.DB_NAME, last))
            database.apply_delta(db, db_delta["removed_docs"], db_delta["removed_orgs"], new_rows)
        finally:
            db.close()
    finally:
        if fd is not None:
            # Unlocked before it is published: readers of the new build lock it shared.
            os.close(fd)
    return how


def _check_references(prev_db: sqlite3.Connection, removed_docs: list[str]) -> None:
    """Rows of kept documents that refer to a row of a removed or changed
    one (other than its document): a full build would now reject them."""
    if not removed_docs:
        return
    prev_db.execute("create temp table gone (id text primary key)")
    prev_db.executemany("insert or ignore into temp.gone values (?)", ((d,) for d in removed_docs))
    for table in TABLES:
        for col, other, other_col in schemas.foreign_keys(table):
            if other in ("documents", "organizations") or other == table:
                continue
            hit = prev_db.execute(
                f"select t.id from [{table}] t join [{other}] o on o.[{other_col}] = t.[{col}] "
                f"where o.document_id in temp.gone and t.document_id not in temp.gone limit 1").fetchone()
            if hit:
                raise Fallback(f"{table} row {hit[0]} refers to a row of a changed or removed document")


def _check_orphan_references(prev_db: sqlite3.Connection, orphans: set[str], reintroduced: dict[str, int],
                             kept_owner: Any, position: dict[str, int]) -> None:
    """A kept row naming (by a foreign key) an organisation that a removed or
    changed file gave, before a new file gives it again: a full build would
    now reject that row."""
    for table in TABLES:
        for col, other, _ in schemas.foreign_keys(table):
            if other != "organizations":
                continue
            for o in sorted(orphans):
                for (doc,) in prev_db.execute(f"select distinct document_id from [{table}] where [{col}] = ?", (o,)):
                    owner = kept_owner("documents", doc)
                    if owner is not None and position[owner] < reintroduced.get(o, len(position)):
                        raise Fallback(f"{table} of {doc} names organisation {o}, which a removed or "
                                       "changed file gave")


def _check_new_ids(prev_db: sqlite3.Connection, table: str, rows: list[dict], kept_owner: Any, shown: str) -> None:
    """A new row whose id a kept row has: a full build would keep the first
    in file order, which may be either."""
    for row in rows:
        rid = row.get("id")
        if table in ("organizations", "documents"):
            clash = kept_owner(table, rid) is not None
        else:
            hit = prev_db.execute(f"select document_id from [{table}] where id = ?", (rid,)).fetchone()
            clash = hit is not None and kept_owner("documents", hit[0]) is not None
        if clash:
            raise Fallback(f"{shown}: {table} id {rid} is also a kept row's")


def _resume_hash(previous: Path, work: Path, name: str, kept: int | None,
                 old_outputs: dict[str, tuple[int, int, int, int, str]],
                 old_states: dict[str, tuple[int, bytes, int]]) -> None:
    """Where ``work/name`` is the build before's file up to byte ``kept``
    plus appended rows, and that build stored the file's hash state at its
    append point, hash only what follows that point (the sha256 and CRC-32
    of the rest of the file are what a full read gives). Otherwise the file
    is read whole later, as any file the build wrote."""
    state = old_states.get(name)
    if kept is None or state is None or not resumable_sha256.available() or state[0] > kept or name not in old_outputs:
        return
    dev, ino, size, mtime_ns, sha = old_outputs[name]
    st = os.stat(previous / name)
    if (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns) != (dev, ino, size, mtime_ns):
        return
    # The stored state must finish the old file as its recorded sha256: a
    # state of another library's layout or a damaged manifest is not used.
    if package.state_matches(previous / name, state, sha):
        package.resume_digests(work / name, state)


# The table every new document gives a row to: where a delta only adds files
# after every other, its old bytes are copied while the worker reads them.
PRECOPY_TABLE = "documents"


def _start_precopy(previous: Path, work: Path, plan: Plan, new_rels: list[str]) -> Any:
    """Where the delta only adds files whose paths sort after every other,
    each table file that changes is the old one plus rows: copy the old
    bytes of ``documents``' files up to their append point on a thread now,
    while the worker extracts the new files (the copy leaves the GIL), not
    after. None where that does not hold."""
    added = plan.added
    if not added or plan.changed or plan.removed or set(new_rels[-len(added):]) != set(added):
        return None
    pool = futures.ThreadPoolExecutor(1, thread_name_prefix="councildata-precopy")
    jobs = {}
    for ext in ("csv", "json"):
        name = f"{PRECOPY_TABLE}.{ext}"
        length = package.append_point(name, (previous / name).stat().st_size)
        jobs[name] = pool.submit(copy_prefix, previous / name, work / name, length)
    pool.shutdown(wait=False)
    return jobs


def _finish_precopy(precopy: Any, work: Path, changed_tables: set[str]) -> dict[str, int]:
    """Per file name, the old bytes :func:`_start_precopy` copied; a copy
    that failed is left to the splice, which writes the file again, and the
    copy of a table that did not change (the new files gave no valid row)
    is removed for the link to the old file."""
    copied: dict[str, int] = {}
    for name, future in (precopy or {}).items():
        try:
            length = future.result()
        except OSError:
            length = None
        if length is None or PRECOPY_TABLE not in changed_tables:
            (work / name).unlink(missing_ok=True)
        else:
            copied[name] = length
    return copied


def _splice_table(previous: Path, work: Path, table: str, offsets: list[tuple[str, tuple[int, int, int, int]]],
                  totals: tuple[int, int], new_bytes: dict[str, dict[str, tuple[bytes, bytes]]],
                  copied: dict[str, int] | None = None) -> dict[str, int | None]:
    """``<table>.csv`` and ``.json`` of this build: the old file's bytes
    between the files that changed, and the new files' bytes, in file
    order. ``offsets``: per changed file (in order), the bytes of the rows
    of the files before it in the old files and its own there (0 for a new
    one); ``totals``: the old files' row bytes. Per extension, how many of
    the old file's first bytes the new one starts with where it only adds
    bytes after them (see :func:`.splice.write_spliced`)."""
    header = csv_header(table)
    csv_pieces: list[Piece] = [(0, len(header))]
    json_canonical: list[Piece] = []
    csv_at, json_at = len(header), 0
    for rel, (csv_before, json_before, csv_own, json_own) in offsets:
        csv_pieces.append((csv_at, len(header) + csv_before - csv_at))
        json_canonical.append((json_at, json_before - json_at))
        csv_bytes, json_bytes = new_bytes.get(rel, {}).get(table, (b"", b""))
        csv_pieces.append(csv_bytes)
        json_canonical.append(json_bytes)
        # The file's old rows are left out: it was removed or changed (a new one has none).
        csv_at, json_at = len(header) + csv_before + csv_own, json_before + json_own
    csv_pieces.append((csv_at, len(header) + totals[0] - csv_at))
    json_canonical.append((json_at, totals[1] - json_at))
    copied = copied or {}
    return {"csv": write_spliced(previous / f"{table}.csv", work / f"{table}.csv", csv_pieces,
                                 copied.get(f"{table}.csv")),
            "json": write_spliced(previous / f"{table}.json", work / f"{table}.json", _json_pieces(json_canonical),
                                  copied.get(f"{table}.json"))}
