"""The published build as one Datasette database that follows it.

``swap.publish`` swaps the output folder (a symlink) to a new build
directory. Each request resolves that link once, at its start
(:meth:`PublishedBuild.pin`, called by the plugin's ASGI wrapper), and every
query and download of that request uses the build directory it found.
Connections are kept per build directory, so a new build is served from the
next request on, without a restart, and no response mixes two builds.
"""

from __future__ import annotations

import asyncio
import contextvars
import gc
import os
import sqlite3
import threading
import time
from pathlib import Path

from datasette.database import Database, QueryInterrupted

from .database import DB_NAME, connect_locked
from .filter_plans import FilterPlanner
from .keyset import seek_sql, without_first_page_cursor
from .precomputed import (ONE_PASS_FACETS, Counts, answer_count, fixed_queries, is_facet_sql, is_volatile,
                          load_counts)
from .search_plans import SearchPlanner

# The build directory the current request was pinned to (see PublishedBuild.pin).
_request_build: contextvars.ContextVar[Path | None] = contextvars.ContextVar("councildata_build", default=None)
# Per SQL thread: build directory -> its open connection.
_thread_connections = threading.local()
# Connections a thread keeps open to builds other than the one it needs now:
# one previous build, for requests that started before a swap.
KEEP_OLD_BUILDS = 1


def _per_build_property(name: str) -> property:
    def get(self):
        return self._state().get(name)

    def set_(self, value):
        # Database.__init__ resets the caches before the build is known.
        if "_per_build" in self.__dict__:
            self._state()[name] = value

    return property(get, set_)


class PublishedBuild(Database):
    """The Datasette database of whatever build ``out_dir`` points at.

    ``out_dir`` is the symlink ``swap.publish`` swaps (or a plain folder).
    Everything Datasette asks of a database (its path, its connections,
    cached counts, size and hash) is answered for the build directory the
    current request was pinned to.
    """

    # Set by `councildata serve` (a process of its own): after a build's
    # counts are loaded, move every object alive then out of the garbage
    # collector's reach (gc.freeze). At 1M rows the counts are some 75,000
    # tuples that each full collection walked again: a pause of 50-350 ms
    # (by the machine's load) every twenty or so table pages, the p99 of a
    # server under load. Frozen objects are still freed when nothing refers
    # to them; only reference cycles among them would stay.
    freeze_loaded = False

    def __init__(self, ds, out_dir: Path | str):
        super().__init__(ds, path=None, is_mutable=False)
        self.out_dir = Path(out_dir).absolute()
        self._per_build: dict[Path, dict[str, object]] = {}

    # --- which build ---------------------------------------------------------

    def resolve(self) -> Path:
        """The build directory ``out_dir`` points at now."""
        build = Path(os.path.realpath(self.out_dir))
        if not (build / DB_NAME).is_file():
            raise FileNotFoundError(f"{self.out_dir} holds no {DB_NAME}: run `councildata build` first")
        return build

    def pin(self) -> contextvars.Token:
        """Fix the build for the rest of the current request (its task)."""
        return _request_build.set(self.resolve())

    @staticmethod
    def unpin(token: contextvars.Token) -> None:
        _request_build.reset(token)

    @property
    def build_dir(self) -> Path:
        pinned = _request_build.get()
        return pinned if pinned is not None else self.resolve()

    @property
    def path(self) -> str:
        return str(self.build_dir / DB_NAME)

    @path.setter
    def path(self, value) -> None:  # Database.__init__ sets it; the build decides
        pass

    def _state(self) -> dict[str, object]:
        build = self.build_dir
        if build not in self._per_build:
            # Forget builds that are gone, so a long-running server does not
            # collect one entry per rebuild.
            # (os.path.exists: a folder this user may not look into counts as gone.)
            for old in [b for b in self._per_build if not os.path.exists(b)]:
                del self._per_build[old]
            self._per_build[build] = {}
        return self._per_build[build]

    def per_build(self, name: str) -> dict:
        """A dict kept for the pinned build (and forgotten with it)."""
        state = self._state()
        kept = state.get(name)
        if kept is None:
            kept = state[name] = {}
        return kept

    # Datasette caches these for an immutable database: cached per build.
    _cached_table_counts = _per_build_property("table_counts")
    cached_hash = _per_build_property("hash")
    cached_size = _per_build_property("size")

    # --- precomputed counts (see councildata.precomputed) ----------------------

    async def counts(self) -> Counts | None:
        """The pinned build's precomputed counts, read once per build (in a
        thread: at 1M rows the table holds some 10,000s of rows)."""
        state = self._state()
        if "counts" not in state:
            # Requests that arrive together while it loads each read it once;
            # the first to finish is kept.
            loaded = await asyncio.to_thread(load_counts, self.build_dir / DB_NAME)
            if "counts" not in state:
                state["counts"] = loaded
                if self.freeze_loaded:
                    gc.freeze()
        return state["counts"]  # type: ignore[return-value]

    # --- the schema, read once per build ---------------------------------------
    #
    # Datasette 0.65 reads the schema again for every request (does the table
    # exist, its columns, keys, full-text table, a permission check's
    # spelling of the name): about ten round trips through the SQL threads
    # per page. A build's schema never changes, so each answer is kept per
    # build (bounded: names come from URLs).

    SCHEMA_ANSWERS_KEPT = 2048

    def _schema_answers(self) -> dict:
        state = self._state()
        answers = state.get("schema")
        if answers is None or len(answers) > self.SCHEMA_ANSWERS_KEPT:
            answers = state["schema"] = {}
        return answers

    async def _schema_answer(self, key, compute):
        answers = self._schema_answers()
        if key not in answers:
            answers[key] = await compute()
        return answers[key]

    async def table_exists(self, table):
        return await self._schema_answer(("table_exists", table), lambda: super(PublishedBuild, self).table_exists(table))

    async def table_names(self):
        return list(await self._schema_answer(("table_names",), super().table_names))

    async def view_names(self):
        return list(await self._schema_answer(("view_names",), super().view_names))

    async def hidden_table_names(self):
        return list(await self._schema_answer(("hidden_table_names",), super().hidden_table_names))

    async def table_columns(self, table):
        return list(await self._schema_answer(("table_columns", table), lambda: super(PublishedBuild, self).table_columns(table)))

    async def table_column_details(self, table):
        return list(await self._schema_answer(("table_column_details", table),
                                              lambda: super(PublishedBuild, self).table_column_details(table)))

    async def primary_keys(self, table):
        return list(await self._schema_answer(("primary_keys", table), lambda: super(PublishedBuild, self).primary_keys(table)))

    async def fts_table(self, table):
        return await self._schema_answer(("fts_table", table), lambda: super(PublishedBuild, self).fts_table(table))

    async def label_column_for_table(self, table):
        return await self._schema_answer(("label_column_for_table", table),
                                         lambda: super(PublishedBuild, self).label_column_for_table(table))

    async def foreign_keys_for_table(self, table):
        keys = await self._schema_answer(("foreign_keys_for_table", table),
                                         lambda: super(PublishedBuild, self).foreign_keys_for_table(table))
        return [dict(k) for k in keys]

    async def get_all_foreign_keys(self):
        import copy

        return copy.deepcopy(await self._schema_answer(("get_all_foreign_keys",), super().get_all_foreign_keys))

    async def get_table_definition(self, table, type_="table"):
        return await self._schema_answer(("get_table_definition", table, type_),
                                         lambda: super(PublishedBuild, self).get_table_definition(table, type_))

    # Datasette.permission_allowed asks SQLite how it spells a table's name
    # before every table permission check (several per page).
    _NAME_SPELLING = "select name from sqlite_master where type in ('table', 'view') and name = ? collate nocase"

    async def execute(self, sql, params=None, *args, **kwargs):
        if sql == self._NAME_SPELLING and isinstance(params, (tuple, list)) and len(params) == 1:
            return await self._schema_answer(("spelling", params[0]),
                                             lambda: self._execute(sql, params, *args, **kwargs))
        return await self._execute(sql, params, *args, **kwargs)

    async def _execute(self, sql, params=None, *args, **kwargs):
        if sql in self._fixed_queries():
            return await self._fixed_answer(sql, params, *args, **kwargs)
        counts = await self.counts() if sql.startswith("select count(*) from ") else None
        answer = answer_count(counts, sql, params) if counts is not None else None
        if answer is not None:
            return answer
        if ((sql.startswith("select count(*) from ") or sql.startswith(ONE_PASS_FACETS) or is_facet_sql(sql))
                and not is_volatile(sql) and "escape_fts(:search)" not in sql):
            return await self._kept_answer(sql, params, *args, **kwargs)
        return await self._planned(sql, params, *args, **kwargs)

    # Counts and facet counts that reach the database (two filters, another
    # operator, `_where`): the same for every visitor until the next build,
    # so each is kept per build once it was counted (never one that was
    # stopped by its time limit: that raised). A table search's are the
    # search planner's (councildata.search_plans).
    ANSWERS_KEPT = 4096
    ANSWER_ROWS_KEPT = 1000

    # A facet count stopped by its time limit is not tried again for this
    # long (each try holds an SQL thread for the whole limit); the page says
    # it was not counted, as it did after the try.
    STOPPED_SECONDS = 60.0

    async def _kept_answer(self, sql, params, *args, **kwargs):
        answers = self.per_build("answers")
        if not sql.startswith("select count(*) from "):
            sql = without_first_page_cursor(sql, params)
        try:
            key = (sql, repr(sorted(params.items()) if isinstance(params, dict) else params), args,
                   tuple(sorted(kwargs.items())))
            hash(key)
        except TypeError:
            return await self._planned(sql, params, *args, **kwargs)
        found = answers.get(key)
        if found is not None:
            return found
        stopped = self.per_build("stopped")
        if time.monotonic() - stopped.get(key, -self.STOPPED_SECONDS) < self.STOPPED_SECONDS:
            raise QueryInterrupted(None, sql, params)
        try:
            results = await self._planned(sql, params, *args, **kwargs)
        except QueryInterrupted:
            if len(stopped) >= self.ANSWERS_KEPT:
                stopped.pop(next(iter(stopped)))
            stopped[key] = time.monotonic()
            raise
        if len(results.rows) <= self.ANSWER_ROWS_KEPT:
            if len(answers) >= self.ANSWERS_KEPT:
                answers.pop(next(iter(answers)))
            answers[key] = results
        return results

    async def _planned(self, sql, params=None, *args, **kwargs):
        if "escape_fts(:search)" in sql:
            state = self._state()
            planner = state.get("search_planner") or state.setdefault("search_planner", SearchPlanner())
            counts = await self.counts()
            answer, sql = await planner.plan(super().execute, sql, params, counts.totals if counts else {})
            if answer is not None:
                return answer
        elif sql.startswith("select ") and " limit " in sql:
            state = self._state()
            planner = state.get("filter_planner") or state.setdefault("filter_planner", FilterPlanner())
            counts = await self.counts()
            planned = await planner.plan(super().execute, sql, params,
                                         counts.filter_count if counts else lambda *_: None)
            # A page after a sorted table's cursor: seeks an index instead of walking it.
            sql = planned if planned != sql else (seek_sql(sql) or sql)
        return await super().execute(sql, params, *args, **kwargs)

    # --- canned queries whose answer the build fixes ---------------------------
    #
    # A canned query without parameters (`resolutions_by_body_and_outcome`
    # groups every resolution: 130 ms of SQL at 1M rows) gives the same rows
    # to every visitor until the next build: run once per build and kept.

    FIXED_ROWS_KEPT = 50_000

    def _fixed_queries(self) -> frozenset[str]:
        # Read again only when Datasette's metadata is replaced (it is read
        # per query here, and Datasette.metadata merges plugins' metadata).
        # Not at the top: importing datasette.plugins loads the plugins, this
        # project's among them, which import this module.
        from datasette.plugins import pm

        local = self.ds._metadata_local
        kept = getattr(self, "_fixed_queries_kept", None)
        if kept is None or kept[0] is not local or pm.hook.get_metadata.get_hookimpls():
            queries = self.ds.metadata("queries", database=self.name) or {}
            kept = self._fixed_queries_kept = (local, fixed_queries(queries))
        return kept[1]

    async def _fixed_answer(self, sql, params, *args, **kwargs):
        answers = self._state().setdefault("fixed_answers", {})
        key = (sql, args, tuple(sorted(kwargs.items())))
        if key not in answers:
            # Each visitor's own parameters are unused by such SQL.
            results = await super().execute(sql, {}, *args, **kwargs)
            if sum(len(r.rows) for r in answers.values()) + len(results.rows) > self.FIXED_ROWS_KEPT:
                return results
            answers[key] = results
        return answers[key]

    async def table_counts(self, limit=10):
        # Datasette counts each table with a 10 ms limit and, for an
        # immutable database, keeps what it got: at 1M rows that is "no
        # count" for the big tables until a restart. The build knows them.
        if self._cached_table_counts is not None:
            return self._cached_table_counts
        counts = await self.counts()
        totals = counts.totals if counts is not None else {}
        result = {}
        for table in await self.table_names():
            if table in totals:
                result[table] = totals[table]
                continue
            try:
                result[table] = (await super().execute(f"select count(*) from [{table}]",
                                                       custom_time_limit=limit)).rows[0][0]
            except (QueryInterrupted, sqlite3.OperationalError, sqlite3.DatabaseError):
                result[table] = None
        self._cached_table_counts = result
        return result

    # --- connections -----------------------------------------------------------

    def connect(self, write: bool = False) -> sqlite3.Connection:
        if write:
            raise sqlite3.OperationalError("the published build is read-only")
        return self._connect(self.build_dir)

    @staticmethod
    def _connect(build: Path) -> sqlite3.Connection:
        # immutable=1: a build directory never changes once published (a
        # rebuild writes a new one), and SQLite then takes no locks, so a
        # server without write access to the folder can read it. The shared
        # flock it holds while a query runs keeps a builder from reusing the
        # file as its spare database (councildata.incremental.spare).
        return connect_locked(build / DB_NAME, check_same_thread=False)

    async def execute_fn(self, fn):
        build = self.build_dir  # resolved on the event loop, in the request's context

        def in_thread():
            conns: dict[Path, sqlite3.Connection] = getattr(_thread_connections, "by_build", None)
            if conns is None:
                conns = _thread_connections.by_build = {}
            conn = conns.get(build)
            if conn is not None and not conn.hold():
                # A builder took the file for a newer build while this
                # connection was idle (see councildata.database.LockedConnection).
                conns.pop(build).close()
                conn = None
            if conn is None:
                conn = self._connect(build)
                self.ds._prepare_connection(conn, self.name)
                conns[build] = conn
                # This thread runs one query at a time: its other
                # connections are idle now and may be closed.
                for old in list(conns)[: -(KEEP_OLD_BUILDS + 1)]:
                    conns.pop(old).close()
            else:  # most recently used last
                conns[build] = conns.pop(build)
            try:
                return fn(conn)
            finally:
                # Locked only while a query runs: an idle server does not keep
                # the next build from reusing an old build's database.
                conn.release()

        if self.ds.executor is None:
            return in_thread()
        return await asyncio.get_running_loop().run_in_executor(self.ds.executor, in_thread)

    def close(self) -> None:
        conns = getattr(_thread_connections, "by_build", None) or {}
        for conn in conns.values():
            conn.close()
        conns.clear()
