"""What the front page and the row pages show beyond Datasette's own view:
read from the served database and the build folder beside it."""

from __future__ import annotations

import copy
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from datasette.utils import tilde_encode

from .. import schemas
from ..datasette_plugin import download_url, passage_url
from ..model import TABLES
from .feeds import FEEDS, feed_path, feed_title
from .labels import query_about, query_example, query_label, table_about, table_label

NEWEST = 10
PASSAGE_CONTEXT = 400
MAX_LISTED = 500
BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*){2,}")


def human_size(n: int) -> str:
    """Bytes as a German reader writes them: 1,2 MB, 950 kB, 12 Bytes."""
    for unit, factor in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= factor:
            return f"{n / factor:.1f}".replace(".", ",") + f" {unit}"
    return f"{n} Bytes"


def downloads(db_path: str | None) -> list[dict[str, Any]]:
    """Every file of the build that /download/ serves, with its size (subfolders
    included; hidden files, such as a build's temporary ones, left out)."""
    if not db_path:
        return []
    folder = Path(db_path).parent
    files = []
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder)
        if p.is_file() and not any(part.startswith(".") for part in rel.parts):
            size = p.stat().st_size
            files.append({"name": rel.as_posix(), "url": download_url(db_path, rel.as_posix()),
                          "size": human_size(size), "bytes": size})
    return files


def table_downloads(db_path: str | None, table: str) -> list[dict[str, Any]]:
    """The build's files of one table (``resolutions.csv``, ``.json``, and any
    other format the build writes, such as Parquet), with their sizes."""
    if not db_path:
        return []
    # Every table page shows them: listed once per build (a new build is a
    # new database file, so a new key).
    try:
        changed = os.stat(db_path).st_mtime_ns
    except OSError:
        return []
    return _table_downloads(db_path, changed, table)


@lru_cache(maxsize=64)
def _table_downloads(db_path: str, changed: int, table: str) -> list[dict[str, Any]]:
    files = []
    folder = Path(db_path).parent
    with os.scandir(folder) as entries:
        for e in entries:
            if e.name.startswith(table + ".") and e.is_file():
                files.append({"name": e.name, "url": download_url(db_path, e.name), "size": human_size(e.stat().st_size)})
    files.sort(key=lambda f: f["name"])
    # Its Parquet parts (councildata.downloads), in order.
    parts = folder / "parquet" / table
    if parts.is_dir():
        with os.scandir(parts) as entries:
            for e in sorted(entries, key=lambda e: e.name):
                if e.name.endswith(".parquet") and e.is_file():
                    name = f"parquet/{table}/{e.name}"
                    files.append({"name": name, "url": download_url(db_path, name),
                                  "size": human_size(e.stat().st_size)})
    return files


PARQUET_PART = re.compile(r"^parquet/(?P<table>[^/]+)/[^/]+\.parquet$")


def grouped_downloads(files: list[dict[str, Any]], table_url) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``files`` (as :func:`downloads` lists them) without the Parquet parts,
    and the parts grouped per table: its name, how many, their size
    together, ``table_url(table)`` (the table page lists each part). At
    100,000 documents the parts are some 240 files: one line per table on
    the front page instead."""
    singles, groups = [], {}
    for f in files:
        m = PARQUET_PART.match(f["name"])
        if m is None:
            singles.append(f)
            continue
        group = groups.setdefault(m["table"], {"table": m["table"], "folder": f"parquet/{m['table']}/",
                                               "parts": 0, "bytes": 0, "url": table_url(m["table"])})
        group["parts"] += 1
        group["bytes"] += f["bytes"]
    for group in groups.values():
        group["size"] = human_size(group["bytes"])
    return singles, list(groups.values())


async def front_page(datasette, database: str) -> dict[str, Any]:
    """What the front page shows. Fixed by the build (at 1M rows its
    queries cost 0.5 s of CPU): read once per build where the database is
    a published build (councildata.published)."""
    db = datasette.get_database(database)
    per_build = getattr(db, "per_build", None)
    if per_build is None:
        return await _front_page(datasette, database)
    kept = per_build("front_page")
    if "page" not in kept:
        kept["page"] = await _front_page(datasette, database)
    # A copy each time: a template or plugin may change what it is given.
    return copy.deepcopy(kept["page"])


async def _front_page(datasette, database: str) -> dict[str, Any]:
    db = datasette.get_database(database)
    urls = datasette.urls
    counts = {t: (await db.execute(f"select count(*) from [{t}]")).single_value() for t in TABLES}
    tables = [{"name": t, "label": table_label(t), "about": table_about(t), "count": counts[t],
               "url": urls.table(database, t)} for t in TABLES]
    newest = [dict(r) for r in (await db.execute(
        "select r.*, d.title as document_title from resolutions r join documents d on d.id = r.document_id "
        "where r.date is not null order by r.date desc, r.id limit ?", [NEWEST])).rows]
    for r in newest:
        r["url"] = urls.row(database, "resolutions", tilde_encode(r["id"]))
    by_body = [dict(r) for r in (await db.execute(
        "select coalesce(nullif(decided_by, ''), '') as body, outcome, count(*) as n "
        "from resolutions group by 1, 2 order by 1, 2")).rows]
    # the contract's order (adopted … other), not the alphabet
    (enum,) = [f["constraints"]["enum"] for f in schemas.fields("resolutions") if f["name"] == "outcome"]
    present = {r["outcome"] for r in by_body}
    outcomes = [o for o in enum if o in present] + sorted(present - set(enum))
    matrix: dict[str, dict[str, int]] = {}
    for r in by_body:
        matrix.setdefault(r["body"], {})[r["outcome"]] = r["n"]
    body_rows = [{"body": b, "counts": matrix[b], "total": sum(matrix[b].values())}
                 for b in sorted(matrix, key=lambda b: (-sum(matrix[b].values()), b))]
    queries = [{"name": name, "question": query_label(name, q.get("title")), "description": query_about(name, q.get("description", "")),
                "url": urls.database(database) + "/" + tilde_encode(name)
                       + (("?" + urlencode(query_example(name))) if query_example(name) else "")}
               for name, q in (datasette.metadata("queries", database=database) or {}).items()]
    feed_links = [{"title": feed_title(name, ""), "url": feed_path(name)} for name in FEEDS]
    bodies = sorted(b["body"] for b in body_rows if b["body"])
    body_feeds = [{"title": b, "url": feed_path("resolutions", b)} for b in bodies]
    files, parts = grouped_downloads(downloads(db.path), lambda t: urls.table(database, t))
    return {
        "portal_tables": tables,
        "portal_newest": newest,
        "portal_outcomes": outcomes,
        "portal_bodies": body_rows,
        "portal_queries": queries,
        "portal_downloads": files,
        "portal_parquet_parts": parts,
        "portal_feeds": feed_links,
        "portal_body_feeds": body_feeds,
        "portal_database": database,
    }


def _rows(conn, sql: str, params) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def _with_urls(datasette, database: str, table: str, rows: list[dict]) -> list[dict]:
    for r in rows:
        r["url"] = datasette.urls.row(database, table, tilde_encode(r["id"]))
    return rows


def _resolution_rows(conn, key: str) -> dict[str, Any] | None:
    """Everything a resolution's page shows beyond the row, read in one go
    (one trip to an SQL thread instead of one per query). Each query finds
    its rows through an index (tests/test_row_plans.py)."""
    found = _rows(conn, "select * from resolutions where id = ?", [key])
    if not found:
        return None
    r = found[0]
    docs = _rows(conn, "select id, title, type_label, reference, date, body, text from documents where id = ?",
                 [r["document_id"]])
    motions = _rows(conn, "select * from motions where id = ?", [r["motion_id"]]) if r.get("motion_id") else []
    paper = r.get("paper_reference") or ""
    same_paper = _rows(
        conn,
        # Two index lookups (database.create_lookup_indexes) rather than one
        # OR across both tables, which SQLite answers by reading every resolution.
        "select r.*, d.title as document_title from resolutions r join documents d on d.id = r.document_id "
        "where r.id != :id and :paper != '' and r.rowid in ("
        "select rowid from resolutions where paper_reference = :paper union "
        "select r2.rowid from documents d2 join resolutions r2 on r2.document_id = d2.id where d2.reference = :paper) "
        "order by r.date, r.id limit " + str(MAX_LISTED),
        {"id": key, "paper": paper}) if paper else []
    same_document = _rows(
        conn, "select * from resolutions where document_id = ? and id != ? order by char_start limit " + str(MAX_LISTED),
        [r["document_id"], key])
    return {"row": r, "doc": docs[0] if docs else None, "motion": motions[0] if motions else None,
            "paper": paper, "same_paper": same_paper, "same_document": same_document}


async def resolution_page(datasette, database: str, key: str) -> dict[str, Any]:
    db = datasette.get_database(database)
    found = await db.execute_fn(lambda conn: _resolution_rows(conn, key))
    if found is None:
        return {}
    r, doc, paper = found["row"], found["doc"], found["paper"]
    if doc is not None:
        text = doc.pop("text")
        a, b = max(0, r["char_start"] - PASSAGE_CONTEXT), min(len(text), r["char_end"] + PASSAGE_CONTEXT)
        # Runs of blank lines (page breaks, layout) shown as one, around the passage only.
        doc.update(before=BLANK_LINES.sub("\n\n", text[a:r["char_start"]]), passage=text[r["char_start"]:r["char_end"]],
                   after=BLANK_LINES.sub("\n\n", text[r["char_end"]:b]), cut_before=a > 0, cut_after=b < len(text))
    motion = _with_urls(datasette, database, "motions", [found["motion"]])[0] if found["motion"] else None
    same_paper = _with_urls(datasette, database, "resolutions", found["same_paper"])
    listed = {x["id"] for x in same_paper}
    same_document = [x for x in _with_urls(datasette, database, "resolutions", found["same_document"])
                     if x["id"] not in listed]
    return {
        "portal_row": r,
        "portal_document": doc,
        "portal_document_url": datasette.urls.row(database, "documents", tilde_encode(r["document_id"])),
        "portal_motion": motion,
        "portal_paper": paper,
        "portal_same_paper": same_paper,
        "portal_same_document": same_document,
        "portal_passage_url": passage_url(datasette, r["document_id"], r["char_start"], r["char_end"]),
    }


async def document_page(datasette, database: str, key: str) -> dict[str, Any]:
    db = datasette.get_database(database)

    def read(conn):
        return (
            _rows(conn, "select * from motions where document_id = ? order by char_start limit " + str(MAX_LISTED), [key]),
            _rows(conn, "select * from resolutions where document_id = ? order by char_start limit " + str(MAX_LISTED), [key]),
        )

    motions, resolutions = await db.execute_fn(read)
    return {"portal_motions": _with_urls(datasette, database, "motions", motions),
            "portal_resolutions": _with_urls(datasette, database, "resolutions", resolutions)}
