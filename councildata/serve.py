"""Serve: Datasette over a built folder, configured from the folder itself.

A thin layer over Datasette: the database opened immutable, the folder's
``metadata.json`` (facets, canned queries, descriptions) and the project's
templates. Portal features come as Datasette plugins
(``councildata.datasette_plugin``).

The served folder follows the published build: see
:mod:`councildata.published`.
"""

from __future__ import annotations

import errno
import gc
import json
import os
import secrets
import signal
import socket
import tempfile
import threading
from pathlib import Path

from datasette.app import Datasette
from datasette.database import QueryInterrupted
from datasette.plugins import pm
from datasette.utils import escape_sqlite
from jinja2 import Template

from . import sync_templates
from .database import DB_NAME
from .datasette_plugin import SHARED_CACHE_ENV
from .published import PublishedBuild
from .schemas import project_file

SETTINGS = {
    # Every visitor query, ad-hoc SQL included, is stopped after 3 s. On
    # 2000 documents the slowest canned query takes ~50 ms, an FTS match ~5 ms.
    "sql_time_limit_ms": 3000,
    "suggest_facets": False,
    "default_facet_size": 15,
    "max_returned_rows": 2000,
    "allow_download": True,
    "default_cache_ttl": 300,
    # Each SQL thread has its own read connection. A query that runs to the
    # time limit holds its thread for that long, so the pool size is how many
    # such queries can run at once before every other request queues behind
    # them. Measured on 2 cores (tests/test_load.py's 2000 documents, 2
    # clients on the normal mix, docs/reliability.md): with 4 clients
    # sending a pathological cross join, 4 threads served 1.3 requests/s
    # with p99 3.0 s, 8 threads 8.8 requests/s with p99 0.7 s. Threads
    # cost little (SQLite releases the GIL while it works; one page cache
    # each), and with one such client 4 or 8 threads made no difference.
    "num_sql_threads": 8,
}


class BuildDatasette(Datasette):
    """Datasette for databases that never change in place (a published build
    is replaced, never edited), without the work Datasette 0.65 repeats on
    every request for databases that might change.

    - ``refresh_schemas`` asks every database for its schema version before
      each request (three round trips through the SQL threads); here only
      when a database was added or removed or another build was published.
    - Each table's permission check deep-copies the whole metadata (all
      tables' descriptions: about a quarter of a row page's CPU time at 1M
      rows); here the ``allow`` blocks it finds are kept per table.

    Either falls back to Datasette's behaviour where it could differ: a
    mutable database, or a plugin giving metadata (``get_metadata``).
    """

    _ALLOWS_KEPT = 4096

    def _schema_key(self) -> tuple | None:
        key = []
        for name, db in self.databases.items():
            if name == "_internal":  # Datasette's own catalogue, written only by the refresh
                continue
            if db.is_mutable:
                return None
            # A PublishedBuild's path is the build the current request is pinned to.
            key.append((name, db.path))
        return tuple(key)

    async def _refresh_schemas(self):
        key = self._schema_key()
        if key is not None and key == getattr(self, "_schemas_refreshed_for", None):
            return
        await super()._refresh_schemas()
        self._schemas_refreshed_for = key

    def _table_permission_allows(self, database, table):
        if pm.hook.get_metadata.get_hookimpls():
            return super()._table_permission_allows(database, table)
        kept = getattr(self, "_allows_kept", None)
        if kept is None or kept[0] is not self._metadata_local or len(kept[1]) > self._ALLOWS_KEPT:
            kept = self._allows_kept = (self._metadata_local, {})
        allows = kept[1].get((database, table))
        if allows is None:
            allows = kept[1][(database, table)] = super()._table_permission_allows(database, table)
        return list(allows)


    # Pages rendered by Jinja's synchronous renderer (councildata.sync_templates).
    SYNC_VIEWS = frozenset({"table", "row", "database", "index"})

    async def render_template(self, templates, context=None, request=None, view_name=None):
        if view_name in self.SYNC_VIEWS and self._startup_invoked:
            sync_env = getattr(self, "_sync_env", None)
            if sync_env is None:
                # Made after start-up: plugins add their filters then (the overlay shares them).
                sync_env = self._sync_env = sync_templates.sync_environment(self.jinja_env)
            # Datasette's views pass the template they selected.
            template = templates if isinstance(templates, Template) else self.jinja_env.select_template(
                [templates] if isinstance(templates, str) else templates)
            if template.environment is self.jinja_env and type(template) is Template:
                templates = sync_templates.SyncFirstTemplate.of(template, sync_env)
        return await super().render_template(templates, context, request, view_name)

    # Labels of foreign keys kept per build: (table, column) -> the labels
    # found by key, and the keys asked for.
    _LABELS_KEPT = 50_000

    async def expand_foreign_keys(self, database, table, column, values):
        """Datasette's labels of foreign keys (a query per foreign key column
        on every table page: three round trips through the SQL threads for a
        page of resolutions), asked of the database once per build and key."""
        db = self.databases.get(database)
        try:
            asked_now = set(values)
        except TypeError:  # an unhashable value: as Datasette does it
            asked_now = None
        if not isinstance(db, PublishedBuild) or asked_now is None or pm.hook.get_metadata.get_hookimpls():
            return await super().expand_foreign_keys(database, table, column, values)
        fks = [fk for fk in await db.foreign_keys_for_table(table) if fk["column"] == column]
        if not fks:
            return {}
        fk = fks[0]
        label_column = await db.label_column_for_table(fk["other_table"])
        if not label_column:
            return {(fk["column"], value): str(value) for value in values}
        kept = db.per_build("labels")
        if sum(len(found) for found, _ in kept.values()) > self._LABELS_KEPT:
            kept.clear()
        found, asked = kept.setdefault((table, column), ({}, set()))
        missing = asked_now - asked
        if missing:
            # Datasette 0.65's query (Datasette.expand_foreign_keys), for the keys not asked yet.
            sql = "\n            select {other_column}, {label_column}\n            from {other_table}\n            where {other_column} in ({placeholders})\n        ".format(
                other_column=escape_sqlite(fk["other_column"]),
                label_column=escape_sqlite(label_column),
                other_table=escape_sqlite(fk["other_table"]),
                placeholders=", ".join(["?"] * len(missing)),
            )
            try:
                results = await self.execute(database, sql, list(missing))
            except QueryInterrupted:
                return {}  # as Datasette: no labels when the query was stopped
            for key, label in results:
                found[key] = label
            asked |= missing
        # The labels of the keys asked now (found by equality, as the caller looks them up).
        return {(fk["column"], key): found[key] for key in asked_now if key in found}


def make_datasette(out_dir: Path | str, secret: str | None = None) -> Datasette:
    out_dir = Path(out_dir)
    db = out_dir / DB_NAME
    if not db.exists():
        raise FileNotFoundError(f"{out_dir} holds no {DB_NAME}: run `councildata build` first")
    metadata = json.loads((out_dir / "metadata.json").read_text("utf-8"))
    templates = project_file("publish") / "templates"
    # Written by `councildata publish docker`: row counts known without counting.
    inspect = out_dir / "inspect-data.json"
    ds = BuildDatasette(
        metadata=metadata,
        inspect_data=json.loads(inspect.read_text("utf-8")) if inspect.exists() else None,
        settings=SETTINGS,
        secret=secret,
        template_dir=str(templates) if templates.is_dir() else None,
    )
    # The templates do not change while a server runs: Jinja need not look
    # at each file's modification time on every page (eight per row page).
    ds.jinja_env.auto_reload = False
    # Datasette adds an empty in-memory database when given no files.
    if "_memory" in ds.databases:
        ds.remove_database("_memory")
    ds.add_database(PublishedBuild(ds, out_dir), name=DB_NAME.rsplit(".", 1)[0])
    return ds


def check_port_free(host: str, port: int) -> None:
    """Raise OSError naming host and port when nothing can listen there."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError as exc:
            reason = "is already in use" if exc.errno == errno.EADDRINUSE else f"cannot be used: {exc.strerror}"
            raise OSError(exc.errno, f"port {port} on {host} {reason}") from exc


# How `councildata serve --workers N` hands the folder and one signing
# secret to the worker processes uvicorn starts (each imports this module
# and calls worker_app).
SERVE_DIR_ENV = "COUNCILDATA_SERVE_DIR"
SECRET_ENV = "COUNCILDATA_SERVE_SECRET"
# More worker processes than cores only add memory (each keeps its own
# connections, counts and response cache) and context switches.
MAX_DEFAULT_WORKERS = 8


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def default_workers() -> int:
    """One worker process per core this process may run on (at most
    MAX_DEFAULT_WORKERS). Datasette renders pages in Python on one event
    loop, so one process uses about one core however many requests wait."""
    return max(1, min(usable_cores(), MAX_DEFAULT_WORKERS))


def _serving_app(ds: Datasette):
    app = ds.app()
    # What start-up made (modules, templates, settings) lives as long as the
    # server: out of the garbage collector's full passes, as each build's
    # counts are (PublishedBuild.freeze_loaded).
    for db in ds.databases.values():
        if isinstance(db, PublishedBuild):
            db.freeze_loaded = True
    gc.freeze()
    return app


def worker_app():
    """The ASGI app of one worker process of ``serve(…, workers=N)``
    (uvicorn's app factory). Each worker opens its own connections; the
    build is resolved per request, so every worker follows a rebuild."""
    out_dir = os.environ.get(SERVE_DIR_ENV)
    if not out_dir:
        raise RuntimeError(f"{SERVE_DIR_ENV} is not set: start workers with `councildata serve --workers N`")
    # Datasette runs its start-up on the first request (and the lifespan).
    return _serving_app(make_datasette(out_dir, secret=os.environ.get(SECRET_ENV)))


def serve(out_dir: Path | str, host: str = "127.0.0.1", port: int = 8001, workers: int | None = None) -> None:
    """Serve ``out_dir`` with ``workers`` processes (default: :func:`default_workers`).

    The database never changes in place, so several processes can serve it
    side by side, each with its own connections, counts and response cache,
    on one listening socket (uvicorn's supervisor starts them, restarts one
    that dies and stops them all on SIGINT/SIGTERM)."""
    import asyncio

    import uvicorn

    workers = default_workers() if workers is None else workers
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    check_port_free(host, port)
    if workers == 1:
        ds = make_datasette(out_dir)
        asyncio.run(ds.invoke_startup())
        uvicorn.run(_serving_app(ds), host=host, port=port, lifespan="on")
        return
    make_datasette(out_dir)  # a missing build is reported here, not by every worker
    os.environ[SERVE_DIR_ENV] = str(Path(out_dir).absolute())
    # One secret for all workers: what one signs (Datasette's cookies,
    # CSRF tokens) the others accept.
    os.environ.setdefault(SECRET_ENV, os.environ.get("DATASETTE_SECRET") or secrets.token_hex(32))
    # Until uvicorn's supervisor takes SIGTERM over (it then stops the
    # workers and returns), SIGTERM would end this process at once and
    # leave the shared folder behind: here it leaves the `with` (which
    # removes the folder) as a normal stop. Blocked while the folder is made,
    # so that it is never made without the `with` that removes it.
    # (Signal handlers belong to the main thread: elsewhere, as before.)
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _stop_while_starting) if main else None
    if main:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    try:
        with tempfile.TemporaryDirectory(prefix="councildata-serve-") as shared:
            if main:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
            os.environ[SHARED_CACHE_ENV] = shared
            uvicorn.run(f"{__name__}:worker_app", factory=True, workers=workers, host=host, port=port, lifespan="on")
    finally:
        if main:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
            signal.signal(signal.SIGTERM, previous)


def _stop_while_starting(signum, frame) -> None:
    raise SystemExit(0)
