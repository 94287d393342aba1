"""The database of a delta without copying the published one: two generations.

A delta's database used to be a copy of the published one with the delta
applied: at 100,000 documents that is copying some 2 GB for one new
document. Instead, the build before the published one (kept beside it for
requests that started before the last swap, see :func:`councildata.swap.publish`)
holds a database one delta behind: the *spare*. A delta takes it (renames
it into its own build folder), brings it up to date with the published one
(the rows of the documents the last delta removed go, those it added are
read from the published database; :func:`councildata.database.apply_delta`
with their full-text entries and counts), applies its own delta, and
publishes. Its cost follows the last two deltas, not the archive.

Each build's manifest records its ``generation`` (a random token) and, for a
delta, ``db_delta``: the generation it was made from and what it removed and
added. A spare is only taken when

- the published build is a delta made from the spare's generation (a full
  build in between, or a build of other code, has no such record);
- the spare's database is another file than the published one (a delta
  that changed no table hard-links the database: the same inode);
- no reader has it open: ``councildata serve`` holds a shared ``flock`` on
  every database file it has a connection to (:func:`hold_shared`), and the
  builder takes an exclusive one without waiting; a reader that arrives
  later finds the file gone from its build folder (:func:`hold_shared`
  checks the inode after locking) and reports the build as gone.

A full build leaves a *ready spare*: a copy of its database,
``.councildata-spare.db`` beside it (hidden, never served; copied on the
database thread while the build writes its other files), recorded in its
manifest as ``spare_db`` with ``behind`` None (it equals the published
database). The first delta after a full build takes it instead of copying
2.5 GB at 100,000 documents, and applies only its own delta. A delta that
changes no table links the published database and moves the spare it would
have taken (the ready one, or the build before's) into its own folder as its
ready spare, ``behind`` the delta that spare lacks, so the delta after it
does not copy either.

Otherwise the published database is copied, as before. A crash or an error
mid-delta loses the spare (it was renamed into the unpublished build folder,
which is thrown away) and leaves the published build as it was; the next
delta copies.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from ..database import DB_NAME
from ..model import TABLES
from .manifest import MANIFEST_NAME, Manifest

# The last delta changed more documents than this: bringing the spare up to
# date would read and index as many rows as a copy costs, or more.
MAX_CATCH_UP_DOCUMENTS = 2000
# A build's ready spare: a copy of its database that no reader opens.
SPARE_NAME = ".councildata-spare.db"


class SpareInUse(Exception):
    """The spare database is open in a reader."""


def find_spare(previous: Path) -> tuple[Path, dict[str, Any] | None] | str:
    """The database file that can be brought up to date with the published
    build ``previous``, and the delta to replay on it first (None: it is
    the published database's copy); or why there is none."""
    manifest = Manifest.open(previous / MANIFEST_NAME)
    if manifest is None:
        return "the published build has no manifest"
    try:
        db_delta = manifest.get("db_delta")
        ready = manifest.get("spare_db")
    finally:
        manifest.close()
    if ready is not None and (previous / SPARE_NAME).is_file():
        behind = ready.get("behind")
        if behind is None or len(behind["removed_docs"]) + len(behind["added_docs"]) <= MAX_CATCH_UP_DOCUMENTS:
            return previous / SPARE_NAME, behind
    if not db_delta or not db_delta.get("parent"):
        return "the published build's database was not made by a delta from another build's"
    if len(db_delta["removed_docs"]) + len(db_delta["added_docs"]) > MAX_CATCH_UP_DOCUMENTS:
        return f"the last delta changed more than {MAX_CATCH_UP_DOCUMENTS} documents"
    for folder in sorted(previous.parent.iterdir()):
        if folder == previous or not (folder / DB_NAME).is_file():
            continue
        other = Manifest.open(folder / MANIFEST_NAME)
        if other is None:
            continue
        try:
            generation = other.get("generation")
        finally:
            other.close()
        if generation == db_delta["parent"]:
            if os.stat(folder / DB_NAME).st_ino == os.stat(previous / DB_NAME).st_ino:
                return "the spare database is the published one (the last delta changed no table)"
            return folder / DB_NAME, db_delta
    return "no build of the generation before the published one is left"


def take_spare(path: Path, target: Path) -> int:
    """Move the spare database ``path`` to ``target`` under an exclusive
    lock, returned as its descriptor (close it once the database is written,
    before it is published). :class:`SpareInUse` where a reader holds it."""
    folder = path.parent
    fd = os.open(path, os.O_RDWR)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise SpareInUse(f"the spare database in {folder.name} is open in a reader") from None
        if os.fstat(fd).st_ino != os.stat(path).st_ino:
            raise SpareInUse(f"the spare database in {folder.name} was taken by another build")
        os.rename(path, target)
    except BaseException:
        os.close(fd)
        raise
    return fd


def catch_up_rows(published_db: Path, db_delta: dict[str, Any]) -> dict[str, list[dict]]:
    """The rows the last delta added, read from the published database in
    the order it holds them."""
    from .. import schemas

    conn = sqlite3.connect(f"file:{published_db}?mode=ro", uri=True)
    try:
        out: dict[str, list[dict]] = {}
        for t in TABLES:
            if t == "organizations":
                column, values = "id", db_delta["added_orgs"]
            else:
                column, values = ("id" if t == "documents" else "document_id"), db_delta["added_docs"]
            cols = schemas.field_names(t)
            select = ", ".join(f"[{c}]" for c in cols)
            rows: list[dict] = []
            for start in range(0, len(values), 500):
                chunk = values[start:start + 500]
                marks = ", ".join("?" for _ in chunk)
                rows += [dict(zip(cols, r, strict=True)) for r in conn.execute(
                    f"select {select} from [{t}] where [{column}] in ({marks}) order by rowid", chunk)]
            out[t] = rows
        return out
    finally:
        conn.close()


def make_ready_spare(work: Path) -> None:
    """A full build's ready spare: a copy of its finished database."""
    shutil.copyfile(work / DB_NAME, work / SPARE_NAME)


def carry_spare(previous: Path, work: Path) -> dict[str, Any] | None:
    """For a delta that links the published database: move the spare a
    delta would have taken into ``work`` as its ready spare; its
    ``spare_db`` record, or None where there is none to move."""
    found = find_spare(previous)
    if isinstance(found, str):
        return None
    path, behind = found
    try:
        os.close(take_spare(path, work / SPARE_NAME))
    except SpareInUse:
        return None
    return {"behind": behind}
