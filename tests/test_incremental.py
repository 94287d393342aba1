"""Incremental publishing gives what a full build of the same files gives.

A small archive is made in a temporary folder from corpus documents and
built; then a file is added, changed, removed, renamed, touched, or a
setting changed, and the rebuild is compared with a full build (no cache)
of the same folder: every published file byte for byte, the database row
for row (and its full-text indexes, views and layout). ``report.json``
says which way the build went.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from councildata import chunked_zip, database, downloads, package, resumable_sha256
from councildata.build import BuildError, build_package
from councildata.incremental import MANIFEST_NAME
from councildata.incremental.spare import SPARE_NAME
from councildata.model import TABLES

from .conftest import CORPUS
from .incremental_common import BASE, DOCS, SPARE, assert_as_full_build, inodes, make_archive, mode


@pytest.fixture
def archive(tmp_path) -> tuple[Path, Path]:
    return make_archive(tmp_path)


def test_nothing_changed_publishes_nothing(archive):
    src, out = archive
    before, target = inodes(out), os.path.realpath(out)
    report = build_package(src, out)
    assert report.incremental["mode"] == "unchanged"
    assert os.path.realpath(out) == target
    assert inodes(out) == before
    # The report is the published build's, so the exit status is the same.
    assert report.documents == json.loads((out / "report.json").read_text("utf-8"))["documents"]


def test_a_no_op_reads_no_file_entry(archive, monkeypatch):
    """Nothing changed: one digest of every file's path and stat says so,
    without reading the manifest's entry of each file; any change in a
    stat (here a file replaced by a copy of itself: another inode) does not."""
    from councildata.incremental import Manifest

    src, out = archive

    def no_entries(self):
        raise AssertionError("a no-op read the manifest's entries")

    with monkeypatch.context() as m:
        m.setattr(Manifest, "stats", no_entries)
        assert build_package(src, out).incremental["mode"] == "unchanged"
    name = BASE[2]
    shutil.copy2(src / name, src / f"{name}.copy")
    os.replace(src / f"{name}.copy", src / name)
    report = build_package(src, out)
    assert report.incremental["mode"] == "delta" and mode(out)["touched"] == 1
    with monkeypatch.context() as m:
        m.setattr(Manifest, "stats", no_entries)
        assert build_package(src, out).incremental["mode"] == "unchanged"


@pytest.mark.parametrize("rename", [False, True])
def test_a_delta_plan_compares_the_recorded_listing(archive, monkeypatch, rename):
    """A delta finds what changed from the recorded listing (names and stat
    blobs), looking up only those files' entries, and plans what comparing
    every entry plans: one file added, one changed in place keeping its size
    and mtime (its stat still differs: ctime), one touched, one removed
    (with ``rename`` the names differ, else they are the same)."""
    from councildata import incremental
    from councildata.incremental import Manifest

    src, out = archive
    changed, touched, removed = BASE[3], BASE[5], BASE[7]
    st = os.stat(src / changed)
    text = (src / changed).read_bytes()
    (src / changed).write_bytes(text.replace(b"a", b"e", 1) if b"a" in text else text + b"\n")
    os.utime(src / changed, ns=(st.st_atime_ns, st.st_mtime_ns))
    later = os.stat(src / touched).st_mtime + 86_400
    os.utime(src / touched, (later, later))
    if rename:
        (src / removed).unlink()
        shutil.copy2(CORPUS / SPARE[0], src / SPARE[0])
    plans = []
    real_plan = incremental.plan

    def record(ctx):
        plans.append(real_plan(ctx))
        return plans[-1]

    def no_entries(self):
        raise AssertionError("the plan read every file's entry")

    with monkeypatch.context() as m:
        m.setattr(Manifest, "stats", no_entries)
        m.setattr(incremental, "plan", record)
        build_package(src, out, jobs=1)
    fast = plans[-1]
    assert fast.mode == "delta"
    assert fast.changed == [changed] and fast.touched == [touched]
    assert (fast.added, fast.removed) == (([SPARE[0]], [removed]) if rename else ([], []))
    # The same plan from every entry, against the build before (still beside it).
    previous = Path(os.path.realpath(out))
    with monkeypatch.context() as m:
        m.setattr(Manifest, "listing", lambda self: None)
        older = [f for f in previous.parent.iterdir() if f != previous]
        assert len(older) == 1
        tmp_out = out.with_name("vorher")
        tmp_out.symlink_to(older[0])
        ctx = _context_like(src, tmp_out)
        slow = real_plan(ctx)
    assert (slow.mode, slow.added, slow.changed, slow.removed, slow.touched) == (
        fast.mode, fast.added, fast.changed, fast.removed, fast.touched)


def _context_like(src: Path, out: Path):
    """The BuildContext build_package makes for ``src`` and ``out`` (default settings)."""
    from councildata import build as build_module

    captured = {}
    real = build_module._plan_and_write

    def capture(ctx, builds, use_cache):
        captured["ctx"] = ctx
        raise _Stop

    build_module._plan_and_write = capture
    try:
        build_package(src, out)
    except _Stop:
        pass
    finally:
        build_module._plan_and_write = real
    ctx = captured["ctx"]
    ctx.code = build_module.code_version()
    ctx.version = build_module.output_version(ctx.code)
    ctx.settings = build_module._settings(ctx)
    return ctx


class _Stop(Exception):
    pass


def test_one_file_added(archive, tmp_path):
    src, out = archive
    old = Path(os.path.realpath(out))
    old_bytes = {p.name: p.read_bytes() for p in old.iterdir() if p.is_file()}
    shutil.copy2(CORPUS / SPARE[0], src / SPARE[0])
    build_package(src, out)
    assert mode(out)["mode"] == "delta"
    assert mode(out)["added"] == [SPARE[0]]
    assert_as_full_build(src, out, tmp_path)
    # The build before it is still there, as it was, for requests pinned to
    # it; only its ready spare (which no reader opens) became this build's database.
    assert SPARE_NAME in old_bytes and not (old / SPARE_NAME).exists()
    del old_bytes[SPARE_NAME]
    assert {p.name: p.read_bytes() for p in old.iterdir() if p.is_file()} == old_bytes
    # Files of tables the new document gave no row to are the same file.
    unchanged = [t for t in TABLES if t not in mode(out)["tables_rewritten"]]
    assert unchanged
    for t in unchanged:
        for name in (f"{t}.csv", f"{t}.json", *downloads.parquet_parts(out, t)):
            assert (out / name).stat().st_ino == (old / name).stat().st_ino, name
    # The zip: only the chunks around the new document were deflated again.
    index = json.loads(chunked_zip.index_path(out / "councildata.zip").read_text("utf-8"))
    before = json.loads(chunked_zip.index_path(old / "councildata.zip").read_text("utf-8"))
    total, found = chunked_zip.reused_chunks(index, before)
    assert 0 < found < total


def _spy_digests(monkeypatch) -> list[tuple[str, int]]:
    """(file name, first byte read) of every digest the build computes."""
    reads: list[tuple[str, int]] = []
    real = package._read_digests

    def spy(path, mark=None, start=None):
        reads.append((Path(path).name, 0 if start is None else start[0]))
        return real(path, mark, start)

    monkeypatch.setattr(package, "_read_digests", spy)
    return reads


@pytest.mark.skipif(not resumable_sha256.available(), reason="no resumable SHA-256 (OpenSSL's) on this system")
def test_rows_appended_at_the_end_hash_only_the_new_bytes(archive, tmp_path, monkeypatch):
    """A file whose path sorts after every other gives the last rows of
    each table: its table files are the old ones plus its rows, and their
    sha256 and CRC-32 go on from the states the build before stored."""
    src, out = archive
    old = Path(os.path.realpath(out))
    reads = _spy_digests(monkeypatch)
    precopied = _spy_precopy(monkeypatch)
    shutil.copy2(CORPUS / SPARE[0], src / f"zz-{SPARE[0]}")
    build_package(src, out)
    assert mode(out)["mode"] == "delta"
    # documents' old bytes were copied while the worker read the new file.
    assert sorted(precopied) == ["documents.csv", "documents.json"]
    rewritten = mode(out)["tables_rewritten"]
    assert "documents" in rewritten
    for t in rewritten:
        for ext in ("csv", "json"):
            name = f"{t}.{ext}"
            old_size = (old / name).stat().st_size
            assert (out / name).read_bytes()[:package.append_point(name, old_size)] == \
                (old / name).read_bytes()[:package.append_point(name, old_size)]
            # Read once from the old append point (and the old file's last
            # bytes once, to check the stored state): never whole.
            assert (name, 0) not in reads, name
            assert reads.count((name, package.append_point(name, old_size))) == 2, name
    monkeypatch.undo()
    assert_as_full_build(src, out, tmp_path)


def _spy_precopy(monkeypatch) -> list[str]:
    """The names of the table files copied ahead (incremental._start_precopy)."""
    from councildata import incremental

    names: list[str] = []
    real = incremental.copy_prefix

    def spy(old, new, length):
        names.append(Path(new).name)
        return real(old, new, length)

    monkeypatch.setattr(incremental, "copy_prefix", spy)
    return names


def test_a_file_added_last_without_rows_drops_the_copy_ahead(archive, tmp_path, monkeypatch):
    """documents' old bytes are copied ahead for a file added last; when it
    gives no row (an empty file), the table files stay the old ones."""
    src, out = archive
    old = Path(os.path.realpath(out))
    precopied = _spy_precopy(monkeypatch)
    (src / "zz-leer.txt").write_bytes(b"")
    build_package(src, out)
    assert mode(out)["mode"] == "delta" and mode(out)["tables_rewritten"] == []
    assert sorted(precopied) == ["documents.csv", "documents.json"]
    for t in TABLES:
        for ext in ("csv", "json"):
            assert (out / f"{t}.{ext}").stat().st_ino == (old / f"{t}.{ext}").stat().st_ino
    monkeypatch.undo()
    assert_as_full_build(src, out, tmp_path)


def test_a_delta_that_gives_up_while_copying_ahead_leaves_no_build(archive, tmp_path, monkeypatch):
    from councildata import incremental

    src, out = archive
    target, before = os.path.realpath(out), inodes(out)
    precopied = _spy_precopy(monkeypatch)

    def clash(*args, **kwargs):
        raise incremental.Fallback("a test's clash")

    monkeypatch.setattr(incremental, "_check_new_ids", clash)
    shutil.copy2(CORPUS / SPARE[0], src / f"zz-{SPARE[0]}")
    build_package(src, out)
    assert sorted(precopied) == ["documents.csv", "documents.json"]
    assert mode(out)["mode"] == "full" and "a test's clash" in mode(out)["reason"]
    assert os.path.realpath(out) != target
    builds = out.parent / f".{out.name}.builds"
    # The published build and the one before it, nothing half-written beside them.
    assert sorted(p.name for p in builds.iterdir()) == sorted({Path(target).name, Path(os.path.realpath(out)).name})
    del before
    monkeypatch.undo()
    assert_as_full_build(src, out, tmp_path)


@pytest.mark.skipif(not resumable_sha256.available(), reason="no resumable SHA-256 (OpenSSL's) on this system")
def test_a_damaged_hash_state_is_not_resumed(archive, tmp_path, monkeypatch):
    src, out = archive
    con = sqlite3.connect(out / MANIFEST_NAME)
    con.execute("update hash_states set state = zeroblob(length(state)) where name = 'documents.csv'")
    con.commit()
    con.close()
    reads = _spy_digests(monkeypatch)
    shutil.copy2(CORPUS / SPARE[0], src / f"zz-{SPARE[0]}")
    build_package(src, out)
    assert mode(out)["mode"] == "delta"
    assert ("documents.csv", 0) in reads and ("documents.json", 0) not in reads
    monkeypatch.undo()
    assert_as_full_build(src, out, tmp_path)


def test_a_delta_keeps_the_planner_statistics_current(archive):
    # sqlite_stat1's first number is a table's row count; after a delta the
    # planner must not plan with the previous build's counts.
    src, out = archive
    for name in SPARE[:2]:
        shutil.copy2(CORPUS / name, src / name)
    build_package(src, out)
    assert mode(out)["mode"] == "delta"
    with sqlite3.connect(out / "councildata.db") as db:
        checked = 0
        for t in TABLES:
            n = db.execute(f"select count(*) from [{t}]").fetchone()[0]
            for (stat,) in db.execute("select stat from sqlite_stat1 where tbl = ?", (t,)):
                assert int(stat.split()[0]) == n, (t, stat, n)
                checked += 1
        assert checked


def test_the_zip_is_valid_and_holds_the_files(archive):
    import zipfile

    src, out = archive
    shutil.copy2(CORPUS / SPARE[2], src / SPARE[2])
    build_package(src, out)
    with zipfile.ZipFile(out / "councildata.zip") as zf:
        assert zf.testzip() is None
        for name in zf.namelist():
            assert zf.read(name) == (out / name.removeprefix("councildata/")).read_bytes(), name


def test_one_file_changed(archive, tmp_path):
    src, out = archive
    target = src / next(n for n in BASE if n.endswith(".txt"))
    target.write_text(target.read_text("utf-8") + "\nDer Ausschuss beschloss einstimmig, die Umfrage "
                      "im Frühjahr 2024 durchzuführen.\n", "utf-8")
    build_package(src, out)
    assert mode(out)["mode"] == "delta"
    assert mode(out)["changed"] == [target.name]
    assert_as_full_build(src, out, tmp_path)


def test_one_file_removed(archive, tmp_path):
    src, out = archive
    (src / BASE[-1]).unlink()
    build_package(src, out)
    assert mode(out)["mode"] == "delta"
    assert mode(out)["removed"] == [BASE[-1]]
    assert_as_full_build(src, out, tmp_path)


def test_the_first_file_removed_and_others_added(archive, tmp_path):
    # The first file's rows open every JSON file ("[" then its first row
    # without a comma): the splice must move that to the next file's row.
    src, out = archive
    (src / BASE[0]).unlink()
    for name in SPARE[:2]:
        shutil.copy2(CORPUS / name, src / name)
    build_package(src, out)
    assert mode(out)["mode"] in ("delta", "full")
    assert_as_full_build(src, out, tmp_path)


def test_one_file_renamed(archive, tmp_path):
    src, out = archive
    (src / BASE[3]).rename(src / f"zz-{BASE[3]}")
    build_package(src, out)
    assert mode(out)["mode"] == "delta"
    assert mode(out)["removed"] == [BASE[3]] and mode(out)["added"] == [f"zz-{BASE[3]}"]
    assert_as_full_build(src, out, tmp_path)


def test_touched_without_a_change(archive, tmp_path):
    src, out = archive
    before = json.loads((out / "datapackage.json").read_text("utf-8"))["created"]
    later = os.stat(src / BASE[2]).st_mtime + 86_400 * 400
    os.utime(src / BASE[2], (later, later))
    build_package(src, out)
    assert mode(out)["mode"] == "delta"
    assert mode(out)["touched"] == 1 and mode(out)["tables_rewritten"] == []
    # `created` is the newest input's time: a full build gives the later one too.
    assert json.loads((out / "datapackage.json").read_text("utf-8"))["created"] != before
    assert_as_full_build(src, out, tmp_path)
    # Its stat is in the new manifest: the next build has nothing to do.
    assert build_package(src, out).incremental["mode"] == "unchanged"


def test_a_changed_setting_rebuilds_everything(archive, tmp_path):
    src, out = archive
    report = build_package(src, out, title="Ratsdokumente")
    assert report.incremental == {"mode": "full", "reason": "settings changed: title"}
    assert_as_full_build(src, out, tmp_path, title="Ratsdokumente")
    report = build_package(src, out, title="Ratsdokumente", redact=("email",))
    assert report.incremental["mode"] == "full" and "redact" in report.incremental["reason"]


def test_an_oparl_file_rebuilds_everything(archive, tmp_path):
    src, out = archive
    oparl = sorted((CORPUS / "oparl").glob("*.json"))
    shutil.copy2(oparl[0], src / oparl[0].name)
    report = build_package(src, out)
    assert report.incremental["mode"] == "full" and "OParl" in report.incremental["reason"]


def test_a_crash_mid_delta_leaves_the_published_build(archive, monkeypatch):
    src, out = archive
    target, before = os.path.realpath(out), inodes(out)
    shutil.copy2(CORPUS / SPARE[0], src / SPARE[0])

    def crash(*args, **kwargs):
        raise RuntimeError("killed half-way")

    monkeypatch.setattr(database, "apply_delta", crash)
    with pytest.raises(RuntimeError, match="half-way"):
        build_package(src, out)
    # Every published file as it was; the ready spare (never served) went
    # with the thrown-away build, as a spare does (councildata.incremental.spare).
    del before[SPARE_NAME]
    assert os.path.realpath(out) == target and inodes(out) == before
    builds = out.parent / f".{out.name}.builds"
    assert [p for p in builds.iterdir() if str(p) != target] == []
    monkeypatch.undo()
    build_package(src, out)
    assert mode(out)["mode"] == "delta"
    assert mode(out)["database"].startswith("copied:")


def test_a_full_disk_mid_delta_is_a_build_error(archive, monkeypatch):
    src, out = archive
    target = os.path.realpath(out)
    shutil.copy2(CORPUS / SPARE[1], src / SPARE[1])
    from councildata import incremental

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(incremental, "write_spliced", full)
    with pytest.raises(BuildError, match="No space left"):
        build_package(src, out)
    assert os.path.realpath(out) == target


def test_the_zip_deflated_on_threads_is_the_zip_of_one_thread(tmp_path, monkeypatch):
    import zipfile

    files = []
    for i, name in enumerate(DOCS[:6]):
        f = tmp_path / f"t{i}.csv"
        f.write_bytes((CORPUS / name).read_bytes() * 3)
        files.append(f)
    # Several chunks per file, so that threads deflate them out of order.
    monkeypatch.setattr(chunked_zip, "PLAIN_CHUNK", 4096)
    members = [chunked_zip.Member(f.name, f, chunked_zip.plain_chunks(f)) for f in files]
    chunked_zip.write_zip(tmp_path / "threads.zip", members, (2026, 1, 1, 0, 0, 0))
    monkeypatch.setattr(chunked_zip, "DEFLATE_THREADS", 1)
    chunked_zip.write_zip(tmp_path / "one.zip", members, (2026, 1, 1, 0, 0, 0))
    assert (tmp_path / "threads.zip").read_bytes() == (tmp_path / "one.zip").read_bytes()
    with zipfile.ZipFile(tmp_path / "threads.zip") as z:
        assert z.testzip() is None
        assert [z.read(f.name) for f in files] == [f.read_bytes() for f in files]


def test_the_zip_takes_zip64_fields_past_4_gib(tmp_path, monkeypatch):
    # Written as it would be past 4 GiB (a million-document archive), read
    # back by Python's zipfile and by unzip.
    import subprocess
    import zipfile

    monkeypatch.setattr(chunked_zip, "ZIP64_AT", 1000)
    members = []
    for i, size in enumerate((0, 10, 5000, 300_000)):
        path = tmp_path / f"m{i}.csv"
        path.write_bytes(b"".join(b"%d,Beschluss einstimmig\n" % n for n in range(size // 20 + 1))[:size])
        members.append(chunked_zip.Member(f"councildata/{path.name}", path, chunked_zip.plain_chunks(path)))
    target = tmp_path / "z.zip"
    chunked_zip.write_zip(target, members, (1980, 1, 1, 0, 0, 0))
    with zipfile.ZipFile(target) as zf:
        assert zf.testzip() is None
        for m in members:
            assert zf.read(m.name) == m.path.read_bytes()
    if shutil.which("unzip"):
        assert subprocess.run(["unzip", "-tq", str(target)], capture_output=True).returncode == 0


def test_the_manifest_keeps_an_entry_and_python_order_of_paths(tmp_path):
    """An entry read back is the entry stored, and SQLite's order of the
    stored paths is Python's order of the strings (the order a full build
    writes rows in), also for a name that is not UTF-8 and one beyond the
    Basic Multilingual Plane, where UTF-8's byte order would differ."""
    from councildata.incremental.manifest import FileEntry, Manifest, rel_key

    m = Manifest.create(tmp_path / "m.sqlite")
    names = ["a/b.txt", "a-c.txt", "z\udcfc.txt", "z\U0001f600.txt", "z\ue000.txt", "Ä.txt"]
    for i, rel in enumerate(names):
        m.put(FileEntry(rel, (i, 2, 3, 4), f"sha{i}", {"documents": [1, 10 + i, 20 + i]}, [f"d{i}"], [f"o{i}"],
                        [f"o{i}", "o0"], {"file": rel, "problems": [], "redactions": {"email": 1}, "documents": 1,
                                          "redacted_documents": 1, "rejected": {}, "reused": False}))
    stored = [r for (r,) in m.conn.execute("select rel from files order by rel")]
    assert stored == [rel_key(n) for n in sorted(names)]
    entry = next(m.entries(["z\udcfc.txt"]))
    assert (entry.stat, entry.sha256, entry.tables, entry.doc_ids, entry.org_ids, entry.org_mentions) == \
        ((2, 2, 3, 4), "sha2", {"documents": [1, 12, 22]}, ["d2"], ["o2"], ["o2", "o0"])
    assert entry.report["redactions"] == {"email": 1}
    # Bytes of the rows before a file: the files before it in that order.
    before = sorted(names)[:3]
    assert m.offsets("documents", sorted(names)[3])[:2] == (
        sum(10 + names.index(n) for n in before), sum(20 + names.index(n) for n in before))
    m.close()


def _small_groups_archive(tmp_path: Path, monkeypatch) -> tuple[Path, Path]:
    """The archive with the zip's groups of files made small (about 4 files
    each instead of 32), so that a dozen files make several chunks, and
    each group a Parquet part of its own (instead of about 64 groups)."""
    from councildata.incremental import manifest

    monkeypatch.setattr(manifest, "ZIP_GROUP", 4)
    monkeypatch.setattr(manifest, "PARQUET_GROUP", 4)
    src = tmp_path / "archiv"
    src.mkdir()
    for name in BASE:
        shutil.copy2(CORPUS / name, src / name)
    out = tmp_path / "site"
    assert build_package(src, out).incremental["mode"] == "full"
    return src, out


def _chunks(out: Path, member: str) -> list[list]:
    index = json.loads(chunked_zip.index_path(out / "councildata.zip").read_text("utf-8"))
    return index["members"][f"councildata/{member}"]["chunks"]


def test_a_delta_touching_the_first_and_the_last_chunk(tmp_path, monkeypatch):
    src, out = _small_groups_archive(tmp_path, monkeypatch)
    old = Path(os.path.realpath(out))
    first = src / sorted(BASE)[0]
    first.write_bytes(first.read_bytes() + b"\n")  # another sha256, the same rows
    shutil.copy2(CORPUS / SPARE[0], src / f"zzz-{SPARE[0]}")
    build_package(src, out)
    assert mode(out)["mode"] == "delta", mode(out)["reason"]
    assert_as_full_build(src, out, tmp_path)
    before = {c[0] for c in _chunks(old, "documents.csv")}
    after = _chunks(out, "documents.csv")
    # The head stays; the first and the last group are new; those between are copied.
    assert after[0][0] in before and after[1][0] not in before and after[-1][0] not in before
    assert any(c[0] in before for c in after[2:-1])
    # Parquet: the first and the last part written again, those between the
    # old parts (hard-linked), every part the bytes a full build gives (above).
    old_inodes = {(old / n).stat().st_ino for n in downloads.parquet_parts(old, "documents")}
    parts = [(out / n).stat().st_ino for n in downloads.parquet_parts(out, "documents")]
    assert len(parts) >= 3
    assert parts[0] not in old_inodes and parts[-1] not in old_inodes
    assert all(ino in old_inodes for ino in parts[1:-1])


def test_a_removal_that_empties_a_chunk(tmp_path, monkeypatch):
    from councildata.incremental import manifest

    src, out = _small_groups_archive(tmp_path, monkeypatch)
    groups: list[list[str]] = [[]]
    for name in sorted(BASE):
        groups[-1].append(name)
        if manifest.is_boundary(name):
            groups.append([])
    middle = [g for g in groups[1:-1] if g]
    assert middle, "the small groups give a group between the first and the last"
    before = len(_chunks(out, "documents.csv"))
    parts_before = downloads.parquet_parts(out, "documents")
    old = Path(os.path.realpath(out))
    old_inodes = {(old / p).stat().st_ino for p in parts_before}
    for name in middle[0]:
        (src / name).unlink()
    build_package(src, out)
    assert mode(out)["mode"] == "delta"
    assert len(_chunks(out, "documents.csv")) == before - 1
    # Its Parquet part is gone; the parts after it are renumbered, not written again.
    parts = downloads.parquet_parts(out, "documents")
    assert len(parts) == len(parts_before) - 1
    assert (out / parts[-1]).stat().st_ino == (old / parts_before[-1]).stat().st_ino
    assert all((out / p).stat().st_ino in old_inodes for p in parts)
    assert_as_full_build(src, out, tmp_path)


def test_parquet_parts_read_as_one_table_are_the_csv(tmp_path, monkeypatch):
    """The parts in name order are the table's rows in the CSV's order; the
    package lists them as one multi-part alternate, and downloads.json and
    the catalogue every part."""
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    src, out = _small_groups_archive(tmp_path, monkeypatch)
    parts = downloads.parquet_parts(out, "documents")
    assert len(parts) > 1
    whole = pq.read_table(out / "parquet" / "documents")
    ids = pacsv.read_csv(out / "documents.csv", parse_options=pacsv.ParseOptions(newlines_in_values=True))
    assert whole.column("id").to_pylist() == ids.column("id").to_pylist()
    package = json.loads((out / "datapackage.json").read_text("utf-8"))
    res = next(r for r in package["resources"] if r["name"] == "documents")
    (alt,) = [a for a in res["alternates"] if a["format"] == "parquet"]
    assert alt["path"] == parts and len(alt["hashes"]) == len(parts)
    assert alt["bytes"] == sum((out / p).stat().st_size for p in parts)
    listed = json.loads((out / downloads.MANIFEST_NAME).read_text("utf-8"))["files"]
    assert [f["path"] for f in listed if f.get("table") == "documents" and f["format"] == "parquet"] == parts
    turtle = (out / "catalog.ttl").read_text("utf-8")
    for p in parts:
        assert p in turtle


def test_input_stats_on_threads_are_in_order(tmp_path, monkeypatch):
    """The stat of many files is taken on threads: the same numbers, in the
    files' order, None for one that is gone, as one after the other."""
    from councildata import build, input_stats

    paths = []
    for i in range(11):
        path = tmp_path / f"f{i:02d}.txt"
        path.write_text("x" * i, "utf-8")
        paths.append(str(path))
    paths.insert(5, str(tmp_path / "gone.txt"))
    serial = list(build.InputStats(paths))
    monkeypatch.setattr(input_stats, "STAT_THREADED_FROM", 1)
    monkeypatch.setattr(input_stats, "STAT_THREADS", 3)
    threaded = build.InputStats(paths)
    assert list(threaded) == serial and len(threaded) == len(paths)
    assert serial[5] is None and [s.st_size for s in serial if s is not None] == list(range(11))


def test_publishing_makes_the_parquet_parts_durable(tmp_path, monkeypatch):
    """Before the swap every file of the build is fsync'ed, those in the
    Parquet parts' folders too (a power cut cannot leave a part half written)."""
    from councildata import swap

    work = tmp_path / "builds" / "b"
    (work / "parquet" / "documents").mkdir(parents=True)
    (work / "documents.csv").write_bytes(b"id\n")
    (work / "parquet" / "documents" / "part-00000.parquet").write_bytes(b"PAR1")
    synced: list[str] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real(fd)

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("no /proc/self/fd to tell which file an fsync was for")
    monkeypatch.setattr(swap.os, "fsync", fsync)
    swap.publish(work, tmp_path / "site")
    assert str(work / "parquet" / "documents" / "part-00000.parquet") in synced
    assert str(work / "documents.csv") in synced and str(work / "parquet") in synced


def test_a_listing_left_by_an_earlier_build_is_not_taken(tmp_path):
    """The listing is recorded with its build's generation: in a manifest
    that a later build copied and wrote without recording its own, it is
    not taken for the later build's."""
    from councildata.incremental import Manifest

    manifest = Manifest.create(tmp_path / MANIFEST_NAME)
    manifest.set("generation", "a")
    manifest.set_listing(["x.txt", "y/z.txt"], bytes(64))
    assert manifest.listing() == (["x.txt", "y/z.txt"], bytes(64))
    manifest.set("generation", "b")
    assert manifest.listing() is None
    manifest.set_listing(None, None)
    manifest.set("generation", "a")
    assert manifest.listing() is None
    manifest.close()


def test_the_listing_comparison_finds_what_comparing_by_name_finds():
    """incremental._compare_listing (the same names compared as bytes, a
    stretch of added or removed names found by halving, or name by name)
    against a plain comparison by name, on many random listings."""
    import random
    import struct

    from councildata.incremental import _compare_listing

    def by_name(old_names, old_raw, names, raw):
        old_at = {rel: i for i, rel in enumerate(old_names)}
        found = []
        for i, rel in enumerate(names):
            j = old_at.pop(rel, None)
            if j is None or raw[i * 32:(i + 1) * 32] != old_raw[j * 32:(j + 1) * 32]:
                found.append(i)
        return found, sorted(old_at, key=old_at.__getitem__)

    rng = random.Random(11)
    for _ in range(2000):
        old = sorted({f"d{rng.randint(0, 9)}/f{k}" for k in range(rng.randint(0, 60))})
        stats = {r: struct.pack("4q", rng.randint(1, 5), 1, 2, 3) for r in old}
        drop = rng.choice([0.0, 0.05, 0.3])
        new = sorted({r for r in old if rng.random() >= drop}
                     | {f"d{rng.randint(0, 9)}/n{k}" for k in range(rng.choice([0, 0, 1, 3]))})
        touch = rng.choice([0.0, 0.1])
        new_stats = {r: stats[r] if r in stats and rng.random() >= touch else struct.pack("4q", 7, 9, 2, 3)
                     for r in new}
        old_raw, raw = b"".join(stats[r] for r in old), b"".join(new_stats[r] for r in new)
        assert _compare_listing(old, old_raw, new, raw) == by_name(old, old_raw, new, raw)
