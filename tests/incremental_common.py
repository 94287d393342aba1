"""What the incremental-publishing tests share: a small archive of corpus
documents and its full build, and the comparisons of a delta with a full
build of the same files (published files, database, manifest)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from councildata import database, resumable_sha256, search
from councildata.build import build_package
from councildata.incremental import MANIFEST_NAME
from councildata.incremental.spare import SPARE_NAME
from councildata.model import TABLES

from .conftest import CORPUS

# Text and HTML documents of the corpus (OParl JSON files refer to each other
# and always take a full build, tested in test_incremental.py).
DOCS = sorted(p.name for p in CORPUS.iterdir() if p.suffix in (".txt", ".html"))
BASE = DOCS[:14]
SPARE = DOCS[14:18]
WORDS = ("Antrag", "Beschluss", "Kreistag", "Umfrage", "Ausschuss", "Schule", "einstimmig")


def make_archive(tmp_path: Path) -> tuple[Path, Path]:
    """A small archive of corpus documents and its full build."""
    src = tmp_path / "archiv"
    src.mkdir()
    for name in BASE:
        shutil.copy2(CORPUS / name, src / name)
    out = tmp_path / "site"
    report = build_package(src, out)
    assert report.incremental["mode"] == "full"
    return src, out


def mode(out: Path) -> dict:
    return json.loads((out / "report.json").read_text("utf-8"))["incremental"]


def published_files(out: Path) -> list[str]:
    """Every file of the build (the Parquet parts in their folders too) but
    the report, the database and the manifest, compared otherwise."""
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*")
                  if p.is_file() and p.name not in ("report.json", database.DB_NAME, MANIFEST_NAME, SPARE_NAME))


def db_content(path: Path) -> dict:
    con = sqlite3.connect(path)
    try:
        out: dict = {"schema": con.execute(
            "select type, name, sql from sqlite_master where name not like 'sqlite_stat%' order by name").fetchall()}
        for t in TABLES:
            out[t] = con.execute(f"select * from [{t}] order by id").fetchall()
        # Every other table too (anything derived from the rows: a delta must
        # bring it up to date), but the full-text indexes' own storage.
        virtual = [r[0] for r in con.execute("select name from sqlite_master where sql like 'CREATE VIRTUAL%'")]
        for (name,) in con.execute("select name from sqlite_master where type = 'table' "
                                   "and name not like 'sqlite_%' and sql not like 'CREATE VIRTUAL%'"):
            if name not in TABLES and not any(name.startswith(v + "_") for v in virtual):
                out[name] = sorted(con.execute(f"select * from [{name}]").fetchall(), key=repr)
        for view in database.VIEWS:
            out[view] = sorted(con.execute(f"select * from [{view}]").fetchall(), key=repr)
        for t in database.FTS_COLUMNS:
            # The external-content index agrees with its table, row for row.
            con.execute(f"insert into [{t}_fts]([{t}_fts]) values ('integrity-check')")
            for word in WORDS:
                out[f"{t}_fts:{word}"] = con.execute(
                    f"select t.id from [{t}] t join [{t}_fts] f on f.rowid = t.rowid "
                    f"where [{t}_fts] match ? order by t.id", (word,)).fetchall()
        for t in search.SEARCH_COLUMNS:
            for suffix, transform in ((search.STEM_SUFFIX, search.stemmed_text),
                                      (search.TRIGRAM_SUFFIX, search.folded_text)):
                index = f"{t}{suffix}"
                out[f"{index}:count"] = con.execute(f"select count(*) from [{index}]").fetchall()
                for word in WORDS:
                    out[f"{index}:{word}"] = con.execute(
                        f"select t.id from [{t}] t join [{index}] s on s.rowid = t.rowid "
                        f"where [{index}] match ? order by t.id", (f'"{transform(word)}"',)).fetchall()
        return out
    finally:
        con.close()


def assert_as_full_build(src: Path, out: Path, tmp_path: Path, **kwargs) -> None:
    full = build_package(src, tmp_path / "full", use_cache=False, **kwargs)
    assert full.incremental["mode"] == "full"
    full_out = tmp_path / "full"
    assert published_files(out) == published_files(full_out)
    for name in published_files(full_out):
        assert (out / name).read_bytes() == (full_out / name).read_bytes(), name
    assert db_content(out / database.DB_NAME) == db_content(full_out / database.DB_NAME)
    mine = json.loads((out / "report.json").read_text("utf-8"))
    theirs = json.loads((full_out / "report.json").read_text("utf-8"))
    for key in ("files_seen", "documents", "rows", "rows_rejected", "documents_failed", "files_skipped",
                "warnings", "redaction"):
        assert mine[key] == theirs[key], key
    assert [(p["code"], p.get("source_file")) for p in mine["problems"]] == \
        [(p["code"], p.get("source_file")) for p in theirs["problems"]]
    assert manifest_content(out / MANIFEST_NAME) == manifest_content(full_out / MANIFEST_NAME)


def manifest_content(path: Path) -> dict:
    """What a build's manifest says of its files and the zip's chunk plan,
    file ids replaced by paths: what a delta kept up to date equals what a
    full build records from scratch. Whether a file came from the cache is
    left out (a delta's new files may, a full build without the cache not)."""
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    try:
        rel_of = {r["id"]: r["rel"] for r in con.execute("select id, rel from files")}
        files = []
        cur = con.execute("select * from files order by rel")
        columns = [d[0] for d in cur.description]
        for r in cur:
            row = {k: r[k] for k in columns if k not in ("id", "reused")}
            if row["report"]:
                row["report"] = {k: v for k, v in json.loads(row["report"]).items() if k != "reused"}
            files.append(row)
        out: dict = {"files": files}
        for table in ("docs", "orgs"):
            out[table] = sorted((r["id"], rel_of[r["file"]]) for r in con.execute(f"select * from {table}"))
        out["mentions"] = sorted((r["org"], rel_of[r["file"]], r["seq"]) for r in con.execute("select * from mentions"))
        out["zip_chunks"] = [tuple(r) for r in con.execute("select * from zip_chunks order by member, last")]
        # Each table file's hash state at its append point: a resumed one is
        # the state a full read of the same bytes gives.
        out["hash_states"] = [tuple(r) for r in con.execute("select * from hash_states order by name")]
        assert out["files"] and out["zip_chunks"]
        assert {r[0] for r in out["hash_states"]} == ({f"{t}.{ext}" for t in TABLES for ext in ("csv", "json")}
                                                      if resumable_sha256.available() else set())
        return out
    finally:
        con.close()


def inodes(out: Path) -> dict[str, int]:
    return {p.relative_to(out).as_posix(): p.stat().st_ino for p in out.rglob("*")}
