"""Every benchmark in one command, printed as one table.

For each archive size (synthetic archives from ``benchmarks/synth.py``) and
in the same run as its reference, so that the figures are ratios first:

- extraction and redaction documents/s (one process, every core) against a
  plain ``\\w+`` regex pass over the same texts;
- validation rows/s (``councildata validate``) against ``frictionless
  validate`` of the same package;
- database rows/s (the project's sqlite-utils load with its indexes and
  FTS) against a plain ``sqlite3`` ``executemany`` of the same CSVs;
- the cold build (wall time, peak memory) and, as ratios to it, the
  incremental rebuilds: nothing changed, one document added, changed,
  removed, and a full rebuild from the cache;
- serving with ``wrk`` (20 connections, 127.0.0.1) over a mix of URLs per
  endpoint kind drawn from the archive, ``councildata serve`` (with its
  response cache, and without: ``COUNCILDATA_CACHE_MB=0``) against plain
  ``datasette`` on the same database (default settings, and tuned with
  ``suggest_facets off``), alternating rounds; every server gets one request
  per URL before it is measured.

Run: ``python benchmarks/run.py --sizes 1000,10000 [--skip serve] [--seconds 5]``.
Figures go to stdout as a Markdown table (and ``--json FILE``); copy them into
``docs/performance.md`` with the machine they ran on.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import resource
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
WORD = re.compile(r"\w+")
TABLES = ("documents", "organizations", "meetings", "motions", "resolutions", "surveys", "survey_results")


# -- helpers -------------------------------------------------------------------


def timed(cmd: list[str], **kwargs: Any) -> tuple[float, float, subprocess.CompletedProcess]:
    """(wall seconds, peak RSS in MB of the command and its children, result)."""
    t0 = time.perf_counter()
    # Run under `time`-like accounting: a fresh Python parent so that
    # RUSAGE_CHILDREN covers only this command's process tree.
    probe = [sys.executable, "-c",
             "import resource,subprocess,sys;r=subprocess.run(sys.argv[1:]);"
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,file=sys.stderr);sys.exit(r.returncode)",
             *cmd]
    result = subprocess.run(probe, capture_output=True, text=True, **kwargs)
    wall = time.perf_counter() - t0
    last = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "0"
    peak_kb = int(last) if last.isdigit() else 0
    return wall, peak_kb / 1024, result


def councildata(*args: str) -> list[str]:
    return [str(BIN / "councildata"), *args]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def count_rows(out: Path) -> dict[str, int]:
    with sqlite3.connect(out / "councildata.db") as db:
        return {t: db.execute(f"select count(*) from [{t}]").fetchone()[0] for t in TABLES}


# -- stages --------------------------------------------------------------------


def bench_documents(archive: Path, limit: int) -> list[dict[str, Any]]:
    """Extraction and redaction documents/s against the regex baseline, 1 process and all cores."""
    from multiprocessing import get_context

    from councildata.ingest import discover, ingest_file
    from councildata.model import Problem

    docs = []
    for path in discover(archive):
        result = ingest_file(path, archive)
        if not isinstance(result, Problem):
            docs.extend(result)
        if len(docs) >= limit:
            break
    global _DOCS
    _DOCS = docs
    _work(("extract", 0, min(len(docs), 50)))  # warm regex caches before forking
    _work(("redact", 0, min(len(docs), 50)))
    out = []
    cores = os.cpu_count() or 1
    for jobs in sorted({1, cores}):
        rates = {}
        for name in ("baseline", "redact", "extract"):
            t0 = time.perf_counter()
            if jobs == 1:
                _work((name, 0, len(docs)))
            else:
                step = -(-len(docs) // (jobs * 8))
                with get_context("fork").Pool(jobs) as pool:
                    pool.map(_work, [(name, i, min(len(docs), i + step)) for i in range(0, len(docs), step)])
            rates[name] = len(docs) / (time.perf_counter() - t0)
        out.append({"what": f"extraction docs/s, {jobs} process(es)", "ours": rates["extract"],
                    "reference": rates["baseline"], "ref_name": "regex pass"})
        out.append({"what": f"redaction docs/s, {jobs} process(es)", "ours": rates["redact"],
                    "reference": rates["baseline"], "ref_name": "regex pass"})
    return out


_DOCS: list = []


def _work(args: tuple[str, int, int]) -> int:
    from councildata.extract import extract_document
    from councildata.redact import redact_document

    name, start, stop = args
    n = 0
    for doc in _DOCS[start:stop]:
        if name == "extract":
            n += sum(len(rows) for rows in extract_document(doc).values())
        elif name == "redact":
            n += len(redact_document(doc).text)
        else:
            n += len(WORD.findall(doc.text))
    return n


def bench_build(archive: Path, work: Path, full_rebuild: bool = True) -> tuple[list[dict[str, Any]], Path]:
    """The cold build, then the incremental rebuilds (councildata.incremental)
    as ratios to it: nothing changed, one document added, one changed, one
    removed, and a full rebuild from the cache (a changed setting). They run
    on a hard-linked copy of the archive (no bytes copied; a changed file is
    replaced, never written in place), so a shared archive stays as it is."""
    out = work / "site"
    src = work / archive.name
    subprocess.run(["cp", "-al", str(archive), str(src)], check=True)
    rows: list[dict[str, Any]] = []
    build = councildata("build", str(src), "--out", str(out), "-j", "0", "-q")
    wall, peak, result = timed(build + ["--no-cache"])
    if result.returncode not in (0, 1):
        raise SystemExit(f"build failed: {result.stderr[-2000:]}")
    cold = wall
    counts = count_rows(out)
    total = sum(counts.values())
    rows.append({"what": f"cold build, -j 0 ({total} rows)", "ours": wall, "unit": "s", "peak_mb": peak})
    print(f"  {rows[-1]}", file=sys.stderr, flush=True)  # a long run shows its progress

    def rebuild(what: str) -> None:
        before = os.path.realpath(out)
        wall, peak, result = timed(build)
        if result.returncode not in (0, 1):
            raise SystemExit(f"{what} failed: {result.stderr[-2000:]}")
        # Nothing published: the report is the build's before.
        mode = "unchanged" if os.path.realpath(out) == before else \
            json.loads((out / "report.json").read_text("utf-8")).get("incremental", {}).get("mode")
        rows.append({"what": f"{what} ({mode})", "ours": wall, "unit": "s", "peak_mb": peak,
                     "reference": cold, "ratio": cold / wall if wall else None})
        print(f"  {rows[-1]}", file=sys.stderr, flush=True)

    rebuild("no-op rebuild")
    extra = src / "zz-added"
    extra.mkdir(exist_ok=True)
    name, text = synth.document(seed=999, n=0)
    (extra / Path(name).name).write_text(text, "utf-8")
    rebuild("one document added, rebuild")
    victim = sorted(p for p in src.rglob("*.txt") if "zz-added" not in p.parts)[len(counts) * 7 % 50]
    fresh = victim.with_name(victim.name + ".tmp")
    fresh.write_text(victim.read_text("utf-8").replace("\n", "\nDer Ausschuss nahm den Bericht zur Kenntnis.\n", 1),
                     "utf-8")
    fresh.replace(victim)  # a new file: the hard-linked original is left alone
    rebuild("one document changed, rebuild")
    shutil.rmtree(extra)
    rebuild("one document removed, rebuild")
    if not full_rebuild:
        return rows, out
    wall, peak, _ = timed(build + ["--title", "Ratsdokumente"])
    rows.append({"what": "full rebuild from the cache (a setting changed)", "ours": wall, "unit": "s",
                 "peak_mb": peak, "reference": cold, "ratio": cold / wall if wall else None})
    return rows, out


def bench_validate(out: Path) -> dict[str, Any]:
    rows = sum(count_rows(out).values())
    ours, _, _ = timed(councildata("validate", str(out)))
    ref, _, _ = timed([str(BIN / "frictionless"), "validate", str(out / "datapackage.json")])
    return {"what": "validation rows/s", "ours": rows / ours, "reference": rows / ref,
            "ref_name": "frictionless validate"}


def bench_database(out: Path, work: Path) -> dict[str, Any]:
    """The project's database load against a plain executemany of the same CSVs."""
    from councildata import database

    csv.field_size_limit(sys.maxsize)
    data = {}
    for table in TABLES:
        with open(out / f"{table}.csv", newline="", encoding="utf-8") as f:
            data[table] = list(csv.DictReader(f))
    rows = sum(len(v) for v in data.values())

    target = work / "ours.db"
    target.unlink(missing_ok=True)
    t0 = time.perf_counter()
    db = database.open_build_database(target)
    database.create_tables(db)
    for table in TABLES:
        database.insert_rows(db, table, ({k: (v if v != "" else None) for k, v in r.items()} for r in data[table]))
    database.ensure_db_shape(db)
    db.conn.commit()
    db.conn.close()
    ours = time.perf_counter() - t0

    plain = work / "plain.db"
    plain.unlink(missing_ok=True)
    t0 = time.perf_counter()
    conn = sqlite3.connect(plain)
    for table in TABLES:
        cols = list(data[table][0]) if data[table] else []
        if not cols:
            continue
        conn.execute(f"create table [{table}] ({', '.join(f'[{c}]' for c in cols)})")
        conn.executemany(f"insert into [{table}] values ({', '.join('?' * len(cols))})",
                         (tuple(r[c] for c in cols) for r in data[table]))
    conn.commit()
    conn.close()
    ref = time.perf_counter() - t0
    return {"what": "database load rows/s", "ours": rows / ours, "reference": rows / ref,
            "ref_name": "sqlite3 executemany"}


def bench_ocr(work: Path) -> dict[str, Any]:
    """Seconds per scanned page (OCR and everything after it): a corpus minutes document typeset as images."""
    from councildata.ingest import ocr_unavailable_reason

    reason = ocr_unavailable_reason("deu")
    if reason:
        return {"what": "OCR", "note": reason}
    sys.path.insert(0, str(ROOT))
    from tests.test_formats import scanned_pdf_of

    text = (ROOT / "tests" / "fixtures" / "corpus" / "de_karlsruhe_niederschrift_2.txt").read_text("utf-8")
    pages = -(-len(text.splitlines()) // 60)
    src = work / "scan"
    src.mkdir()
    (src / "scan.pdf").write_bytes(scanned_pdf_of(text))
    wall, peak, _ = timed(councildata("build", str(src), "--out", str(work / "scan-out"), "-q", "--no-cache"))
    return {"what": f"OCR build, {pages} scanned pages, s/page", "ours": wall / pages, "unit": "s",
            "peak_mb": peak}


# -- serving -------------------------------------------------------------------


def url_mix(out: Path, seed: int = 7) -> dict[str, list[str]]:
    """URLs per endpoint kind, drawn from the archive so that no single cached URL carries a figure.

    Many filter values, sort orders, keyset pages (real ``_next`` cursors of
    the site's date order), search words taken from the documents' titles and
    row pages of random rows: wrk cycles through hundreds of URLs per kind, so
    the cached server mostly answers URLs it has not seen yet.
    """
    import random
    from urllib.parse import quote

    from datasette.utils import tilde_encode as tid

    rng = random.Random(seed)
    db = sqlite3.connect(out / "councildata.db")

    def column(sql: str) -> list[Any]:
        return [r[0] for r in db.execute(sql)]

    # Rows drawn by rowid: `order by random()` sorts the whole table at 1M rows.
    def sample(table: str, n: int) -> list[str]:
        top = db.execute(f"select max(rowid) from [{table}]").fetchone()[0] or 0
        rowids = rng.sample(range(1, top + 1), min(n, top))
        marks = ",".join("?" * len(rowids))
        return column_args(f"select id from [{table}] where rowid in ({marks})", rowids)

    def column_args(sql: str, args: list[Any]) -> list[Any]:
        return [r[0] for r in db.execute(sql, args)] if args else []

    ids = {t: sample(t, 200) for t in ("documents", "resolutions", "motions")}
    bodies = column("select decided_by from resolutions where decided_by is not null group by decided_by")
    bodies = rng.sample(bodies, min(60, len(bodies)))
    submitters = column("select submitted_by from motions where submitted_by is not null group by submitted_by")
    types = column("select type from documents group by type")
    doc_ids = ids["documents"][:40]
    # Keyset cursors of the site's order (date descending, then id) at random rows.
    cursors = [f"{tid(str(d))},{tid(i)}" for d, i in db.execute(
        "select date, id from resolutions where id in ({})".format(",".join("?" * len(ids["resolutions"]))),
        ids["resolutions"]) if d]
    title_words = {w for (t,) in db.execute("select title from documents where rowid in ({})".format(
        ",".join(str(r) for r in rng.sample(range(1, 1 + (db.execute("select max(rowid) from documents").fetchone()[0] or 0)),
                                            min(300, db.execute("select count(*) from documents").fetchone()[0])))))
        for w in WORD.findall(t or "") if len(w) >= 5 and not w.isdigit()}
    words = sorted(title_words)
    words = rng.sample(words, min(60, len(words))) or ["Haushalt"]
    db.close()

    base = "/councildata"
    mix = {
        "table_html": [f"{base}/{t}" for t in TABLES]
        + [f"{base}/resolutions?{s}&_size={n}" for s in ("_sort=date", "_sort_desc=date", "_sort=id")
           for n in (20, 50, 100)]
        + [f"{base}/{t}?_sort=date" for t in ("documents", "motions", "meetings")],
        "table_json": [f"{base}/{t}.json?_size={n}" for t in TABLES for n in (10, 50, 100)]
        + [f"{base}/resolutions.json?outcome={o}&_size={n}" for o in ("adopted", "rejected", "noted", "postponed")
           for n in (10, 50)],
        "filter_html": [f"{base}/resolutions?decided_by={quote(b)}" for b in bodies]
        + [f"{base}/resolutions?outcome={o}&unanimous={u}" for o in ("adopted", "rejected", "noted") for u in (0, 1)]
        + [f"{base}/motions?submitted_by={quote(s)}" for s in submitters[:20]]
        + [f"{base}/documents?type={t}" for t in types]
        + [f"{base}/resolutions?document_id={quote(d)}" for d in doc_ids[:20]],
        "facet_html": [f"{base}/resolutions?_facet=outcome&_facet=decided_by",
                       f"{base}/documents?_facet=type&_facet=body",
                       f"{base}/motions?_facet=submitted_by"]
        + [f"{base}/resolutions?_facet=outcome&decided_by={quote(b)}" for b in bodies[:30]]
        + [f"{base}/documents?_facet=body&type={t}" for t in types]
        + [f"{base}/resolutions?_facet=decided_by&outcome={o}" for o in ("adopted", "rejected", "noted", "postponed")],
        "search_json": [f"{base}/{t}.json?_search={quote(w)}" for w in words
                        for t in ("documents", "resolutions", "motions")],
        "row_html": [f"{base}/{t}/{tid(i)}" for t in ids for i in ids[t]],
        "page_json": [f"{base}/resolutions.json?_size=50&_next={c}" for c in cursors]
        + [f"{base}/resolutions.json?_size=50&_sort=id&_next={tid(i)},{tid(i)}" for i in ids["resolutions"][:50]],
        "canned": [f"{base}/unanimous_resolutions", f"{base}/resolutions_by_body_and_outcome"]
        + [f"{base}/search_documents?q={quote(w)}" for w in words[:30]]
        + [f"{base}/close_votes?max_margin={n}" for n in range(0, 10)],
    }
    for paths in mix.values():
        rng.shuffle(paths)
    return {k: v for k, v in mix.items() if v}


# Datasette as a user gets it with `pip install datasette`: councildata's plugin
# is installed in this environment, and Datasette loads every installed plugin
# unless sys._called_from_test is set (datasette/plugins.py), so set it.
PLAIN_DATASETTE = [sys.executable, "-c",
                   "import sys; sys._called_from_test = True; from datasette.cli import cli; cli()"]

WRK_SCRIPT = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
"""


def parse_wrk(text: str) -> dict[str, float]:
    def ms(value: str, unit: str) -> float:
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    out = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))}
    m = re.search(r"^\s*(\d+) requests in ([\d.]+)(ms|s|m)\b", text, re.M)
    out["requests"] = int(m.group(1)) if m else 0
    m = re.search(r"Socket errors:.*timeout (\d+)", text)
    out["timeouts"] = int(m.group(1)) if m else 0
    for pct, key in (("50", "p50"), ("99", "p99")):
        m = re.search(rf"^\s+{pct}(?:\.000)?%\s+([\d.]+)(us|ms|s)\b", text, re.M)
        out[key] = ms(*m.groups()) if m else float("nan")
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    out["errors"] = int(m.group(1)) if m else 0
    return out


@contextmanager
def server(cmd: list[str], port: int):
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                time.sleep(0.2)
        else:
            raise SystemExit(f"server did not start: {cmd}")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def warm_up(url: str, mix: dict[str, list[str]], per_kind: int | None) -> None:
    """Requests before measuring: start-up work (connections, the first
    counts) is not the figure. ``per_kind`` URLs of each kind (None: all), so
    that with a few the cached server is measured on URLs it mostly has not
    answered yet."""
    import urllib.request

    import urllib.error

    for paths in mix.values():
        for path in paths[:per_kind]:
            try:
                with urllib.request.urlopen(url + path, timeout=120) as response:
                    response.read()
            except urllib.error.HTTPError as exc:
                # Counted in the figures (wrk's non-2xx); a time limit hit under load is one.
                print(f"warm-up: {exc.code} for {path}", file=sys.stderr)


def wait_idle(url: str, settle: float, n: int) -> None:
    """Until the requests of the kind before are done: after wrk stops, the
    server still runs what it had queued (each query up to its time limit,
    3 s ours, 1 s Datasette's), which would hold the SQL threads in the next
    kind's window. A query of its own (new each time, so no cache answers
    it) waits in the same queue; the pause is that wait, and at least
    ``settle`` seconds in all (longer than either time limit)."""
    import urllib.error
    import urllib.request

    start = time.time()
    try:
        with urllib.request.urlopen(f"{url}/councildata.json?sql=select+{n}", timeout=120) as response:
            response.read()
    except (urllib.error.URLError, OSError) as exc:
        print(f"waiting for the server to be idle: {exc}", file=sys.stderr)
    time.sleep(max(0.0, min(settle, settle - (time.time() - start))))


def wait_for_prerender(url: str, timeout: float = 900) -> None:
    """Until the server has rendered the new build's first pages ahead (it
    does so when it starts): those are the figure of a server that has been
    up for a minute, not of its first minute."""
    import urllib.request

    deadline = time.time() + timeout
    while time.time() < deadline:
        with urllib.request.urlopen(url + "/-/prerender.json", timeout=60) as response:
            if json.load(response).get("done"):
                return
        time.sleep(1)


def bench_serve(out: Path, seconds: int, rounds: int, work: Path, warm: int | None = 3,
                servers_wanted: set[str] | None = None, compare_code: Path | None = None,
                kinds: set[str] | None = None, settle: float = 3.5) -> list[dict[str, Any]]:
    if not shutil.which("wrk"):
        return [{"what": "serving", "note": "wrk not installed (Debian package wrk)"}]
    mix = url_mix(out)
    if kinds:
        mix = {k: v for k, v in mix.items() if k in kinds}
    db = out / "councildata.db"
    meta = out / "metadata.json"
    servers = {
        "councildata": lambda p: councildata("serve", str(out), "--port", str(p)),
        "councildata_nocache": lambda p: ["env", "COUNCILDATA_CACHE_MB=0", *councildata("serve", str(out), "--port", str(p))],
        # One process, as plain Datasette runs: what the worker processes add (the default is one per core).
        "councildata_nocache_1w": lambda p: ["env", "COUNCILDATA_CACHE_MB=0",
                                             *councildata("serve", str(out), "--port", str(p), "--workers", "1")],
        # The same metadata.json (canned queries, facets, descriptions) for all.
        "datasette": lambda p: [*PLAIN_DATASETTE, "serve", "-i", str(db), "--port", str(p), "--metadata", str(meta)],
        "datasette_tuned": lambda p: [*PLAIN_DATASETTE, "serve", "-i", str(db), "--port", str(p),
                                      "--metadata", str(meta), "--setting", "suggest_facets", "off"],
    }
    if compare_code:
        # Another version of the code (e.g. `git archive main councildata publish`
        # unpacked) on the same database, without its response cache.
        servers["before_nocache"] = lambda p: ["env", f"PYTHONPATH={compare_code}", "COUNCILDATA_CACHE_MB=0",
                                               *councildata("serve", str(out), "--port", str(p))]
    if servers_wanted:
        servers = {k: v for k, v in servers.items() if k in servers_wanted}
    results: dict[tuple[str, str], list[dict[str, float]]] = {}
    for _ in range(rounds):
        for name, make in servers.items():  # alternate servers within every round
            port = free_port()
            with server(make(port), port) as url:
                if name == "councildata":
                    wait_for_prerender(url)
                warm_up(url, mix, warm)
                for i, (kind, paths) in enumerate(mix.items()):
                    if i:
                        wait_idle(url, settle, i)
                    script = work / f"{kind}.lua"
                    script.write_text(WRK_SCRIPT % ", ".join(json.dumps(p) for p in paths))
                    run = subprocess.run(["wrk", "-t", "2", "-c", "20", "-d", f"{seconds}s", "--latency",
                                          "--timeout", "30s", "-s", str(script), url],
                                         capture_output=True, text=True)
                    # The 1-minute load average as the kind ended: this machine is shared.
                    results.setdefault((kind, name), []).append({**parse_wrk(run.stdout), "load": os.getloadavg()[0]})
    rows = []
    for kind in mix:
        best = {}
        for name in servers:
            runs = results[(kind, name)]
            best[name] = {
                "rps": sum(r["rps"] for r in runs) / len(runs),
                "p50": sorted(r["p50"] for r in runs)[len(runs) // 2],
                "p99": max(r["p99"] for r in runs),
                "errors": sum(r["errors"] for r in runs),
                "requests": sum(r["requests"] for r in runs),
                "load": [round(r["load"], 1) for r in runs],
            }
        rows.append({"what": f"serve {kind}", "seconds": seconds * rounds,
                     **{f"{n}_{k}": v for n, b in best.items() for k, v in b.items()}})
    return rows


# -- report --------------------------------------------------------------------


def fmt(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:,.0f}" if v >= 100 else f"{v:.2f}"
    return str(v)


def _cell(r: dict[str, Any], n: str) -> str:
    if f"{n}_rps" not in r:
        return "—"
    if _finished_none(r, n):
        return f"0 responses in {r['seconds']} s"
    errors = r.get(f"{n}_errors", 0)
    return (f"{r[f'{n}_rps']:,.0f} ({r[f'{n}_p50']:.0f}/{r[f'{n}_p99']:.0f})"
            + (f", {errors:,} of {r[f'{n}_requests']:,} errors" if errors and r.get(f"{n}_requests") else ""))


def _ok_rps(r: dict[str, Any], n: str) -> float | None:
    """Responses/s without the errors (a time limit's or a missing
    function's error page is fast, and no answer)."""
    rps, requests = r.get(f"{n}_rps"), r.get(f"{n}_requests")
    if rps is None or not requests:
        return rps
    return rps * (requests - r.get(f"{n}_errors", 0)) / requests


def _finished_none(r: dict[str, Any], n: str) -> bool:
    # Older JSON without request counts: a rate of 0 says the same.
    return r.get(f"{n}_requests", 1) == 0 or r.get(f"{n}_rps") == 0


def _ratio(r: dict[str, Any], a: str, b: str) -> str:
    """a's successful responses/s over b's; where b gave none in the time a
    kind was measured, its rate was below 1 per that many seconds, so the
    ratio is a lower bound: "> N×"."""
    x, y = _ok_rps(r, a), _ok_rps(r, b)
    if x and f"{b}_rps" in r and (_finished_none(r, b) or y == 0) and "seconds" in r:
        what = "0 responses" if _finished_none(r, b) else "only errors"
        return f"> {x * r['seconds']:.0f}× ({what} in {r['seconds']} s)"
    return f"{x / y:.1f}×" if x and y else "—"


def print_table(size: int, rows: list[dict[str, Any]]) -> None:
    print(f"\n### {size:,} documents\n" if size else "")
    print("| what | councildata | reference | ratio |")
    print("| --- | --- | --- | --- |")
    for r in rows:
        if "unit" in r and "reference" in r:
            print(f"| {r['what']} | {fmt(r['ours'])} {r['unit']}, peak {r['peak_mb']:.0f} MB "
                  f"| cold build {fmt(r['reference'])} {r['unit']} | {r['ratio']:.1f}× faster |")
        elif "reference" in r:
            print(f"| {r['what']} | {fmt(r['ours'])} | {fmt(r['reference'])} ({r['ref_name']}) | "
                  f"{r['ours'] / r['reference']:.2f}× |")
        elif "unit" in r:
            print(f"| {r['what']} | {fmt(r['ours'])} {r['unit']}, peak {r['peak_mb']:.0f} MB | — | — |")
        elif any(k.endswith("_rps") for k in r):
            errors = sum(v for k, v in r.items() if k.endswith("_errors"))
            print(f"| {r['what']} req/s (p50/p99 ms){f' ({errors} non-2xx!)' if errors else ''} "
                  f"| {_cell(r, 'councildata')}; cache off {_cell(r, 'councildata_nocache')}"
                  + (f"; before, cache off {_cell(r, 'before_nocache')}" if "before_nocache_rps" in r else "")
                  + (f"; one process, cache off {_cell(r, 'councildata_nocache_1w')} "
                     if "councildata_nocache_1w_rps" in r else " ")
                  + f"| datasette {_cell(r, 'datasette')}; tuned {_cell(r, 'datasette_tuned')} "
                  f"| cache on {_ratio(r, 'councildata', 'datasette')} / {_ratio(r, 'councildata', 'datasette_tuned')}; "
                  f"cache off {_ratio(r, 'councildata_nocache', 'datasette')} / "
                  f"{_ratio(r, 'councildata_nocache', 'datasette_tuned')} |")
        else:
            print(f"| {r['what']} | {r.get('note', '')} | | |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000", help="archive sizes, comma-separated (1000,10000,100000)")
    parser.add_argument("--skip", default="", help="stages to skip: documents,ocr,build,validate,database,serve,"
                        "full-rebuild (the full rebuild from the cache after the incremental ones)")
    parser.add_argument("--seconds", type=int, default=5, help="wrk duration per endpoint kind and server")
    parser.add_argument("--rounds", type=int, default=2, help="alternating serving rounds")
    parser.add_argument("--sample", type=int, default=2000, help="documents for the documents/s stages")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--build", type=Path, help="serve this existing build (the folder `councildata build --out` "
                        "wrote) instead of building the archive; only the serving stage runs")
    parser.add_argument("--warm", default="3", help="URLs of each kind requested before measuring (a number, or all)")
    parser.add_argument("--compare-code", type=Path, help="also serve with the councildata package found in this "
                        "folder (server before_nocache), e.g. an unpacked `git archive main councildata publish`")
    parser.add_argument("--settle", type=float, default=3.5, help="seconds between two endpoint kinds on one server, "
                        "for the queries still running from the kind before (longer than the servers' SQL time limits)")
    parser.add_argument("--kinds", default="", help="only these endpoint kinds of url_mix, comma-separated")
    parser.add_argument("--servers", default="", help="only these servers, comma-separated from councildata,"
                        "councildata_nocache,councildata_nocache_1w,datasette,datasette_tuned")
    parser.add_argument("--table", type=Path, help="print the table of figures written before with --build … --json")
    parser.add_argument("--archive", type=Path, help="an archive written before (synth.py --docs N --out DIR), "
                        "read-only, instead of --sizes")
    parser.add_argument("--work", type=Path, help="folder for the builds (default: the system's temporary folder)")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
          f"load average {os.getloadavg()[0]:.2f} at start")
    everything = {}
    warm = None if args.warm == "all" else int(args.warm)
    wanted = set(filter(None, args.servers.split(","))) or None
    kinds = set(filter(None, args.kinds.split(","))) or None
    if args.table:
        saved = json.loads(args.table.read_text("utf-8"))
        print(f"serving {saved['build']}")
        print_table(0, saved["rows"])
        return
    if args.build:
        with tempfile.TemporaryDirectory(prefix="councildata-bench-") as tmp:
            rows = bench_serve(args.build, args.seconds, args.rounds, Path(tmp), warm, wanted, args.compare_code, kinds,
                               args.settle)
        print(f"\nserving {args.build} ({sum(count_rows(args.build).values()):,} rows)")
        print_table(0, rows)
        if args.json:
            args.json.write_text(json.dumps({"build": str(args.build), "rows": rows}, indent=2, default=str))
        return
    if args.archive:
        runs = [(sum(1 for p in args.archive.rglob("*") if p.is_file()), args.archive)]
    else:
        runs = [(size, None) for size in (int(s) for s in args.sizes.split(","))]
    for size, given in runs:
        archive = given or synth.write_archive(size)
        rows: list[dict[str, Any]] = []
        with tempfile.TemporaryDirectory(prefix="councildata-bench-", dir=args.work) as tmp:
            work = Path(tmp)
            if "documents" not in skip:
                rows += bench_documents(archive, args.sample)
            if "ocr" not in skip:
                rows.append(bench_ocr(work))
            out = None
            if not skip >= {"build", "validate", "database", "serve"}:
                build_rows, out = bench_build(archive, work, full_rebuild="full-rebuild" not in skip)
                if "build" not in skip:
                    rows += build_rows
            if out and "validate" not in skip:
                rows.append(bench_validate(out))
            if out and "database" not in skip:
                rows.append(bench_database(out, work))
            if out and "serve" not in skip:
                rows += bench_serve(out, args.seconds, args.rounds, work, warm, wanted, args.compare_code, kinds, args.settle)
        print_table(size, rows)
        everything[size] = rows
    if args.json:
        args.json.write_text(json.dumps(everything, indent=2, default=str))
    print(f"\nload average {os.getloadavg()[0]:.2f} at the end; peak RSS of this process "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
