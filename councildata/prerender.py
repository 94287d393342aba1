"""Render the pages visitors open first, in the background, for each new build.

The response cache (:mod:`councildata.response_cache`) makes a page cheap
from its second request on; the first visitor of each page would still pay
for its SQL and its template. When a build is first served (at start, and
after each published rebuild) this renders, one page at a time, the front
page, the database page, every table's first page (HTML and JSON) and the
pages one click away from a table's facets (one facet value chosen), through
Datasette's internal client into the shared cache.

At most ``limit`` pages per build (``COUNCILDATA_PRERENDER``, default
300; 0 turns it off). A newer build stops the work for the older one.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable, Hashable
from urllib.parse import urlsplit

from .model import TABLES

log = logging.getLogger(__name__)
DEFAULT_LIMIT = 300
WATCH_SECONDS = 2.0


def limit_from_env() -> int:
    try:
        return max(0, int(os.environ.get("COUNCILDATA_PRERENDER", DEFAULT_LIMIT)))
    except ValueError:
        return DEFAULT_LIMIT


class Prerenderer:
    def __init__(self, datasette, database: str, build_key: Callable[[], Hashable], limit: int,
                 from_the_end: bool = False, report: Callable[[dict], None] | None = None,
                 worker: int | None = None) -> None:
        self.datasette = datasette
        self.worker = worker  # this process's number among a server's workers sharing a folder
        # Told this process's status whenever it changes: the worker
        # processes of one server show their progress together
        # (/-/prerender.json, combined_status).
        self.report = report
        # Worker processes that share their answers (``serve --workers``)
        # take the pages in opposite orders: each renders what the other has
        # not reached yet, and answers the rest from the shared folder.
        self.from_the_end = from_the_end
        self.database = database
        self.build_key = build_key
        self.limit = limit
        self.build: Hashable | None = None  # the build being (or last) rendered
        self.rendered = 0
        self.done = False
        self.task: asyncio.Task | None = None
        self.watcher: asyncio.Task | None = None

    def notice(self) -> None:
        """Start rendering the build served now, unless it is already done or under way."""
        if self.limit <= 0:
            return
        try:
            build = self.build_key()
        except FileNotFoundError:  # nothing published (yet)
            return
        if build == self.build:
            return
        self.build, self.rendered, self.done = build, 0, False
        self._report()
        self.task = asyncio.get_running_loop().create_task(self._render(build))

    def _report(self) -> None:
        if self.report is not None:
            try:
                self.report(self.status())
            except OSError:  # the shared folder removed at shutdown, a full disk
                log.warning("could not share the pre-rendering status", exc_info=True)

    def watch(self) -> None:
        """Notice new builds without waiting for a request (started with the server)."""
        if self.watcher is None and self.limit > 0:
            self.watcher = asyncio.get_running_loop().create_task(self._watch())

    def stop(self) -> None:
        for task in (self.watcher, self.task):
            if task is not None:
                task.cancel()
        self.watcher = self.task = None

    async def _watch(self) -> None:
        while True:
            self.notice()
            await asyncio.sleep(WATCH_SECONDS)

    def first_paths(self) -> list[str]:
        base = f"/{self.database}"
        paths = ["/", base]
        for t in TABLES:
            paths += [f"{base}/{t}", f"{base}/{t}.json"]
        return paths

    async def _render(self, build: Hashable) -> None:
        queue = self.first_paths()
        seen: set[str] = set()
        while queue and self.rendered < self.limit:
            if self.build_key() != build:
                return  # a newer build is served; its own task renders it
            path = queue.pop(-1 if self.from_the_end else 0)
            if path in seen:
                continue
            seen.add(path)
            try:
                response = await self.datasette.client.get(path)
            except Exception:  # a page that fails here fails for its visitor too, and is logged there
                log.exception("pre-rendering %s", path)
                continue
            self.rendered += 1
            self._report()
            if response.status_code == 200 and path.endswith(".json") and path.count("/") == 2:
                queue += [p for p in facet_paths(response.json()) if p not in seen]
            # Visitors come first: let every waiting request run between pages.
            await asyncio.sleep(0)
        if self.build_key() == build:
            self.done = True
            self._report()

    def status(self) -> dict:
        return {"build": str(self.build) if self.build is not None else None, "rendered": self.rendered,
                "done": self.done, "limit": self.limit}


def combined_status(own: dict, others: list[dict]) -> dict:
    """The pre-rendering of all worker processes of one server, as
    /-/prerender.json shows it: the build this process serves, done when
    every worker has rendered it (a worker still on an older build has not
    noticed the new one yet), ``rendered`` the most pages any worker went
    through (each walks the whole list, answering the pages another
    rendered from the shared folder), and each worker's own status."""
    statuses = [own, *others]
    on_build = [s for s in statuses if s.get("build") == own.get("build")]
    return {"build": own.get("build"), "rendered": max(s.get("rendered", 0) for s in on_build),
            "done": len(on_build) == len(statuses) and all(s.get("done") for s in on_build),
            "limit": own.get("limit"), "workers": statuses}


def facet_paths(page: dict) -> list[str]:
    """The HTML pages a table page's facet values link to."""
    paths = []
    for facet in (page.get("facet_results") or {}).values():
        for result in facet.get("results", []):
            url = urlsplit(result.get("toggle_url") or "")
            if url.path and not result.get("selected"):
                paths.append(url.path.removesuffix(".json") + (f"?{url.query}" if url.query else ""))
    return paths
