"""A cache of rendered responses, for a site whose data never changes under it.

The served database is immutable: until the next build is published, the
same URL gives the same bytes. Plain Datasette cannot assume that and runs
the SQL and renders the template on every request; this ASGI middleware
keeps the responses of successful GET requests in memory (least recently
used first out, bounded in bytes) under a key that includes the build, so a
published rebuild starts a fresh cache and no answer of the old build is
served after the swap.

A cached answer carries an ``ETag``; a client that sends it back in
``If-None-Match`` gets ``304 Not Modified`` without a body.

What is never cached: other methods than GET/HEAD, requests with cookies or
an Authorization header (a visitor's own view), responses other than 200,
responses that set cookies, bodies larger than ``max_entry`` bytes (streamed
CSV, downloads) and paths below ``bypass`` prefixes.

Several server processes (``councildata serve --workers N``) share what they
render through a folder (:class:`SharedFolder`): the first answer written
for a URL of a build is the one every process sends from then on, so all
workers give the same bytes and ``ETag`` (a page shows how long its queries
took: two renderings of one URL differ) and each page is rendered once for
all of them, pre-rendered pages included.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import shutil
import tempfile
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_SKIP_REQUEST_HEADERS = (b"cookie", b"authorization")


@dataclass(frozen=True)
class Entry:
    status: int
    headers: tuple[tuple[bytes, bytes], ...]
    body: bytes
    etag: bytes

    @property
    def size(self) -> int:
        return len(self.body) + sum(len(k) + len(v) for k, v in self.headers) + 64


class SharedFolder:
    """Answers kept in files that every server process of one
    ``councildata serve`` reads and writes: one folder per build (a newer
    build's first answer removes the others), one file per URL, written
    once (the first process to link its file in place wins; the others
    keep and send that one).

    ``max_bytes`` bounds what this process writes per build, so the folder
    holds at most workers × ``max_bytes`` per build. The folder is private to
    the server (made by it, mode 0700), so its files are trusted.
    """

    def __init__(self, root: Path | str, max_bytes: int) -> None:
        self.root = Path(root)
        self.max_bytes = max_bytes
        self.written: dict[str, int] = {}  # build folder name -> bytes this process wrote
        # Each miss looks for a file and most write one: what that costs
        # beside rendering is kept small (a miss with the cache on should
        # cost no more than one without it). The build's folder is named
        # once per build and made when a write finds it missing, and files
        # are written under names of this process (no random names).
        self._build_dirs: dict[object, Path] = {}
        self._parts = 0

    def claim_worker_number(self) -> int:
        """The lowest number no other process of this server has claimed
        (0, 1, …): which share of common work this process takes."""
        n = 0
        while True:
            try:
                os.close(os.open(self.root / f".worker-{n}", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
                return n
            except FileExistsError:
                n += 1
            except OSError:
                return 0

    def write_status(self, worker: int, status: dict) -> None:
        """Share this process's ``status`` (a small JSON object) with the
        others, replacing its last one."""
        path = self.root / f".status-{worker}.json"
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".part-")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({**status, "pid": os.getpid()}, f)
        os.replace(tmp, path)

    def statuses(self, but: int | None = None) -> list[dict]:
        """The statuses the other live processes of this server shared
        (those of worker ``but`` and of processes that ended left out)."""
        found = []
        for path in sorted(self.root.glob(".status-*.json")):
            if path.name == f".status-{but}.json":
                continue
            try:
                status = json.loads(path.read_text("utf-8"))
                os.kill(int(status["pid"]), 0)  # a worker that died (and was replaced) no longer counts
            except (OSError, ValueError, KeyError, TypeError):
                continue
            found.append(status)
        return found

    @staticmethod
    def _digest(value: object) -> str:
        return hashlib.blake2b(repr(value).encode("utf-8", "surrogateescape"), digest_size=16).hexdigest()

    def _path(self, key: tuple) -> tuple[Path, Path]:
        build = self._build_dirs.get(key[0])
        if build is None:
            if len(self._build_dirs) > 16:
                self._build_dirs.clear()
            build = self._build_dirs[key[0]] = self.root / self._digest(key[0])
        return build, build / self._digest(key[1:])

    def get(self, key: tuple) -> Entry | None:
        _, path = self._path(key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        try:
            return Entry(*pickle.loads(data))
        except Exception:  # a file cut short (full disk): render again
            return None

    def put(self, key: tuple, entry: Entry) -> Entry:
        """Keep ``entry`` for ``key`` unless another process did first;
        the entry kept (the one to send)."""
        build, path = self._path(key)
        if build.name not in self.written:
            self._forget_other_builds(build)
            self.written[build.name] = 0
        if self.written[build.name] + entry.size > self.max_bytes:
            return self.get(key) or entry
        try:
            self._parts += 1
            tmp = build / f".part-{os.getpid()}-{self._parts}"
            try:
                fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            except FileNotFoundError:  # the build's first answer, or its folder removed since
                build.mkdir(parents=True, exist_ok=True)
                fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(pickle.dumps((entry.status, entry.headers, entry.body, entry.etag)))
            try:
                os.link(tmp, path)
                self.written[build.name] += entry.size
            finally:
                os.unlink(tmp)
        except FileExistsError:
            return self.get(key) or entry
        except OSError:  # no space, the folder removed at shutdown: serve from memory only
            return entry
        return entry

    def _forget_other_builds(self, build: Path) -> None:
        # Another process may still answer a request of the old build: it
        # finds no file and renders (a miss, never a wrong answer).
        with contextlib.suppress(OSError):
            for other in self.root.iterdir():
                if other != build and other.is_dir():
                    shutil.rmtree(other, ignore_errors=True)
        self.written = {k: v for k, v in self.written.items() if k == build.name}


@dataclass
class Store:
    """The kept answers (least recently used first) and their figures;
    ``shared``: the folder this process shares them through, if any."""

    max_bytes: int
    entries: OrderedDict[Hashable, Entry] = field(default_factory=OrderedDict)
    size: int = 0
    hits: int = 0
    misses: int = 0
    shared: SharedFolder | None = None


class ResponseCache:
    """ASGI middleware: ``ResponseCache(app, build_key)``.

    ``build_key()`` names the build being served (e.g. the resolved build
    folder); it is part of every key, so a swap to a new build misses.
    """

    def __init__(self, app: ASGIApp, build_key: Callable[[], Hashable], *, max_bytes: int = 64 * 2**20,
                 max_entry: int = 2**20, bypass: tuple[str, ...] = ("/download/",),
                 store: Store | None = None) -> None:
        self.app = app
        self.build_key = build_key
        self.max_entry = max_entry
        self.bypass = bypass
        # Datasette builds one app for the server and another for its
        # internal client (datasette.client): both keep their answers in one
        # store, so pages rendered ahead through the client serve visitors.
        self.store = store if store is not None else Store(max_bytes)

    # The store's figures, read through the cache.
    entries = property(lambda self: self.store.entries)
    size = property(lambda self: self.store.size)
    hits = property(lambda self: self.store.hits)
    misses = property(lambda self: self.store.misses)
    max_bytes = property(lambda self: self.store.max_bytes)

    def __contains__(self, key: Hashable) -> bool:
        return key in self.store.entries

    def _cacheable_request(self, scope: Scope) -> bool:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            return False
        if scope["path"].startswith(self.bypass):
            return False
        return not any(name in _SKIP_REQUEST_HEADERS for name, _ in scope.get("headers", ()))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self._cacheable_request(scope):
            await self.app(scope, receive, send)
            return
        # HEAD and GET share an entry: a HEAD answer is the GET answer without its body.
        key = (self.build_key(), scope["path"], scope.get("query_string", b""))
        store = self.store
        entry = store.entries.get(key)
        if entry is not None:
            store.entries.move_to_end(key)
            store.hits += 1
            await self._replay(entry, scope, send)
            return
        if store.shared is not None:
            entry = store.shared.get(key)
            if entry is not None:
                self._keep(key, entry)
                store.hits += 1
                await self._replay(entry, scope, send)
                return
        store.misses += 1
        await self._forward_and_keep(key, scope, receive, send)

    async def _replay(self, entry: Entry, scope: Scope, send: Send) -> None:
        request_etags = [v for k, v in scope.get("headers", ()) if k == b"if-none-match"]
        if any(entry.etag in v.split(b", ") or v.strip() == b"*" for v in request_etags):
            headers = [(k, v) for k, v in entry.headers if k in (b"cache-control", b"vary")]
            await send({"type": "http.response.start", "status": 304, "headers": [*headers, (b"etag", entry.etag)]})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({"type": "http.response.start", "status": entry.status,
                    "headers": [*entry.headers, (b"etag", entry.etag)]})
        await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else entry.body})

    async def _forward_and_keep(self, key: Hashable, scope: Scope, receive: Receive, send: Send) -> None:
        # The response goes out as it is produced (streams stay streams); a
        # copy is kept while it is small enough and looks cacheable.
        state: dict[str, Any] = {"keep": True, "status": 0, "headers": (), "parts": [], "size": 0}
        if self.store.shared is not None:
            await self._forward_shared(key, scope, receive, send, state)
            return

        async def capture(event: dict[str, Any]) -> None:
            if event["type"] == "http.response.start":
                _note_start(state, event)
            elif (event["type"] == "http.response.body" and state["keep"]
                  and self._note_body(state, event, scope) and not event.get("more_body", False)):
                self._store(key, state)
            await send(event)

        await self.app(scope, receive, capture)

    def _note_body(self, state: dict[str, Any], event: dict[str, Any], scope: Scope) -> bool:
        """Add a body part to what may be kept; False once the answer is too
        big to keep (or a HEAD request's, which has no body to keep)."""
        body = event.get("body", b"")
        state["size"] += len(body)
        if state["size"] > self.max_entry or scope["method"] == "HEAD":
            state["keep"] = False
            state["parts"] = []
            return False
        state["parts"].append(body)
        return True

    async def _forward_shared(self, key: Hashable, scope: Scope, receive: Receive, send: Send,
                              state: dict[str, Any]) -> None:
        """As _forward_and_keep, but a cacheable answer is held back until it
        is complete and then the kept one is sent: the one another process
        wrote first where it did, so every process sends the same bytes."""
        held: list[dict[str, Any]] = []

        async def release() -> None:
            for event in held:
                await send(event)
            held.clear()

        async def capture(event: dict[str, Any]) -> None:
            if not state["keep"]:
                await send(event)
                return
            if event["type"] == "http.response.start":
                _note_start(state, event)
            elif (event["type"] == "http.response.body"
                  and self._note_body(state, event, scope) and not event.get("more_body", False)):
                entry = self._store(key, state)
                if entry is not None:
                    held.clear()
                    await self._replay(entry, scope, send)
                    return
            held.append(event)
            if not state["keep"]:
                await release()

        await self.app(scope, receive, capture)
        await release()  # an answer that ended without a last body event

    def _store(self, key: Hashable, state: dict[str, Any]) -> Entry | None:
        body = b"".join(state["parts"])
        headers = tuple((k, v) for k, v in state["headers"] if k not in (b"content-length", b"date"))
        headers += ((b"content-length", str(len(body)).encode()),)
        etag = b'"' + hashlib.blake2b(body, digest_size=12).hexdigest().encode() + b'"'
        entry = Entry(state["status"], headers, body, etag)
        if entry.size > self.max_entry:
            return None
        if self.store.shared is not None:
            entry = self.store.shared.put(key, entry)
        self._keep(key, entry)
        return entry

    def _keep(self, key: Hashable, entry: Entry) -> None:
        store = self.store
        old = store.entries.pop(key, None)
        if old is not None:
            store.size -= old.size
        store.entries[key] = entry
        store.size += entry.size
        while store.size > store.max_bytes and store.entries:
            _, dropped = store.entries.popitem(last=False)
            store.size -= dropped.size


def _note_start(state: dict[str, Any], event: dict[str, Any]) -> None:
    """Record an answer's status and headers; only a plain 200 without a
    cookie or an ETag of its own is kept."""
    headers = tuple((bytes(k).lower(), bytes(v)) for k, v in event.get("headers", ()))
    state["status"] = event["status"]
    state["headers"] = headers
    if event["status"] != 200 or any(k in (b"set-cookie", b"etag") for k, _ in headers):
        state["keep"] = False
