"""Incremental publishing: the spare database a delta brings up to date
instead of copying the published one, and the readers that must never see
it (split from test_incremental.py, whose helpers both use)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from councildata import database
from councildata.build import build_package
from councildata.incremental.spare import SPARE_NAME

from .conftest import CORPUS
from .incremental_common import BASE, SPARE, assert_as_full_build, db_content, inodes, make_archive, mode


@pytest.fixture
def archive(tmp_path) -> tuple[Path, Path]:
    return make_archive(tmp_path)


def builds_of(out: Path) -> list[Path]:
    return sorted((out.parent / f".{out.name}.builds").iterdir())


def test_two_deltas_in_a_row_reuse_the_spare_database(archive, tmp_path):
    """The first delta after a full build takes the copy of its database the
    full build left (its ready spare); the next ones
    take the database of the build before the published one and bring it
    up to date (councildata.incremental.spare), without touching the
    published build or the one kept for requests pinned to it."""
    src, out = archive
    ready = (out / SPARE_NAME).stat().st_ino
    shutil.copy2(CORPUS / SPARE[0], src / SPARE[0])
    build_package(src, out)
    assert mode(out)["database"] == "spare: the published build's copy of its database"
    assert (out / database.DB_NAME).stat().st_ino == ready
    assert_as_full_build(src, out, tmp_path / "1")
    first_delta = Path(os.path.realpath(out))
    first_db = (first_delta / database.DB_NAME).stat().st_ino
    (full_build,) = [b for b in builds_of(out) if b != first_delta]
    spare_ino = (full_build / database.DB_NAME).stat().st_ino

    shutil.copy2(CORPUS / SPARE[1], src / SPARE[1])
    build_package(src, out)
    assert mode(out)["mode"] == "delta"
    assert mode(out)["database"].startswith("spare:")
    assert (out / database.DB_NAME).stat().st_ino == spare_ino
    # The build it replaced keeps its own database for the requests pinned to it.
    assert (first_delta / database.DB_NAME).stat().st_ino == first_db
    assert_as_full_build(src, out, tmp_path / "2")

    # A third: a changed file and a removed one (rows go, rows come), from the
    # first delta's database, brought up to date with the second's new file.
    (src / SPARE[0]).unlink()
    changed = src / next(n for n in BASE if n.endswith(".txt"))
    changed.write_text(changed.read_text("utf-8") + "\nDer Ausschuss beschloss einstimmig, die Umfrage "
                       "im Frühjahr 2024 durchzuführen.\n", "utf-8")
    build_package(src, out)
    assert mode(out)["mode"] == "delta"
    assert mode(out)["database"].startswith("spare:")
    assert (out / database.DB_NAME).stat().st_ino == first_db
    assert_as_full_build(src, out, tmp_path / "3")


def test_a_delta_after_a_full_build_takes_its_ready_spare(archive, tmp_path):
    src, out = archive
    shutil.copy2(CORPUS / SPARE[0], src / SPARE[0])
    build_package(src, out)
    shutil.copy2(CORPUS / SPARE[1], src / SPARE[1])
    build_package(src, out)
    assert mode(out)["database"].startswith("spare:")
    # A changed setting: a full build, whose database no earlier one can catch up with.
    build_package(src, out, title="Ratsdokumente")
    assert mode(out)["mode"] == "full"
    shutil.copy2(CORPUS / SPARE[2], src / SPARE[2])
    build_package(src, out, title="Ratsdokumente")
    assert mode(out)["mode"] == "delta"
    assert mode(out)["database"] == "spare: the published build's copy of its database"
    assert_as_full_build(src, out, tmp_path / "1", title="Ratsdokumente")
    (src / SPARE[1]).unlink()
    build_package(src, out, title="Ratsdokumente")
    assert mode(out)["database"].startswith("spare:")
    assert_as_full_build(src, out, tmp_path / "2", title="Ratsdokumente")


def test_a_spare_database_open_in_a_reader_is_copied_instead(archive, tmp_path):
    """A server holds a shared lock on every database it has open
    (database.connect_locked): the builder leaves that one alone and copies
    the published database; the reader goes on reading what it read."""
    src, out = archive
    full_build = Path(os.path.realpath(out))
    shutil.copy2(CORPUS / SPARE[0], src / SPARE[0])
    build_package(src, out)
    reader = database.connect_locked(full_build / database.DB_NAME, check_same_thread=False)
    try:
        seen = reader.execute("select id from documents order by id").fetchall()
        shutil.copy2(CORPUS / SPARE[1], src / SPARE[1])
        build_package(src, out)
        assert mode(out)["mode"] == "delta"
        assert mode(out)["database"] == f"copied: the spare database in {full_build.name} is open in a reader"
        assert_as_full_build(src, out, tmp_path)
        assert reader.execute("select id from documents order by id").fetchall() == seen
    finally:
        reader.close()
    # Closed: the next delta takes the spare it left (the first delta's).
    shutil.copy2(CORPUS / SPARE[2], src / SPARE[2])
    build_package(src, out)
    assert mode(out)["database"].startswith("spare:")
    assert_as_full_build(src, out, tmp_path / "after")


def test_a_reader_does_not_open_a_spare_the_builder_took(archive):
    src, out = archive
    full_build = Path(os.path.realpath(out))
    shutil.copy2(CORPUS / SPARE[0], src / SPARE[0])
    build_package(src, out)
    from councildata.incremental import spare

    path = full_build / database.DB_NAME
    # A reader that opened the file just before the builder locked it finds it taken.
    fd = os.open(path, os.O_RDONLY)
    try:
        taken = spare.take_spare(path, full_build / "taken.db")
        try:
            import fcntl

            with pytest.raises(BlockingIOError):
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            with pytest.raises(FileNotFoundError):
                database.connect_locked(path)
        finally:
            os.close(taken)
    finally:
        os.close(fd)
    # Another file at the old path (a new build reusing the name) is not the one a reader locked.
    os.rename(full_build / "taken.db", path)
    conn = database.connect_locked(path)
    conn.close()


def test_a_crash_while_bringing_the_spare_up_to_date(archive, monkeypatch, tmp_path):
    src, out = archive
    shutil.copy2(CORPUS / SPARE[0], src / SPARE[0])
    build_package(src, out)
    target, before = os.path.realpath(out), inodes(out)
    shutil.copy2(CORPUS / SPARE[1], src / SPARE[1])
    from councildata.incremental import spare

    def crash(*args, **kwargs):
        raise RuntimeError("killed half-way")

    monkeypatch.setattr(spare, "catch_up_rows", crash)
    with pytest.raises(RuntimeError, match="half-way"):
        build_package(src, out)
    assert os.path.realpath(out) == target and inodes(out) == before
    monkeypatch.undo()
    # The spare went with the thrown-away build: the next delta copies.
    build_package(src, out)
    assert mode(out)["database"].startswith("copied:")
    assert_as_full_build(src, out, tmp_path)


def test_an_idle_server_connection_does_not_keep_the_spare(archive, tmp_path):
    """A server's connection holds its lock only while a query runs: one
    left open on the spare between queries lets the builder take it, and
    knows afterwards that its file is gone."""
    src, out = archive
    full_build = Path(os.path.realpath(out))
    shutil.copy2(CORPUS / SPARE[0], src / SPARE[0])
    build_package(src, out)
    idle = database.connect_locked(full_build / database.DB_NAME)
    try:
        idle.execute("select count(*) from documents").fetchone()
        idle.release()
        shutil.copy2(CORPUS / SPARE[1], src / SPARE[1])
        build_package(src, out)
        assert mode(out)["database"].startswith("spare:")
        assert not idle.hold()
    finally:
        idle.close()
    assert_as_full_build(src, out, tmp_path)


def test_the_full_build_leaves_a_ready_spare_no_reader_sees(archive):
    """A full build leaves a copy of its database (hidden, not listed in
    downloads.json) that equals it, for the first delta."""
    src, out = archive
    assert db_content(out / SPARE_NAME) == db_content(out / database.DB_NAME)
    assert (out / SPARE_NAME).stat().st_ino != (out / database.DB_NAME).stat().st_ino
    assert SPARE_NAME not in (out / "downloads.json").read_text("utf-8")


@pytest.mark.parametrize("after_a_delta", [False, True])
def test_a_delta_that_links_the_database_carries_the_spare(archive, tmp_path, after_a_delta):
    """A delta that changes no table (a file touched) links the published
    database and moves the spare along: the delta after it takes it (the
    full build's ready copy, or the database of the build before, one delta
    behind) instead of copying, and is still what a full build gives."""
    src, out = archive
    if after_a_delta:
        shutil.copy2(CORPUS / SPARE[0], src / SPARE[0])
        build_package(src, out)
        assert mode(out)["database"].startswith("spare:")
    later = os.stat(src / BASE[2]).st_mtime + 86_400
    os.utime(src / BASE[2], (later, later))
    build_package(src, out)
    assert mode(out)["database"] == "linked: no table changed"
    carried = (out / SPARE_NAME).stat().st_ino
    shutil.copy2(CORPUS / SPARE[1], src / SPARE[1])
    build_package(src, out)
    assert mode(out)["mode"] == "delta"
    assert mode(out)["database"] == ("spare: the published build's copy of its database"
                                     + (", brought up to date" if after_a_delta else ""))
    assert (out / database.DB_NAME).stat().st_ino == carried
    assert_as_full_build(src, out, tmp_path)
