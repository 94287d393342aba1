"""The response cache: what it keeps, what it never keeps, and that a new build is a new cache."""

from __future__ import annotations

import asyncio

import httpx

from councildata.response_cache import ResponseCache


class CountingApp:
    """An ASGI app that answers with a body naming the build and how often it was called."""

    def __init__(self) -> None:
        self.calls = 0
        self.build = "b1"

    async def __call__(self, scope, receive, send):
        self.calls += 1
        path = scope["path"]
        status = 404 if path == "/missing" else 200
        headers = [(b"content-type", b"text/plain")]
        if path == "/cookie":
            headers.append((b"set-cookie", b"a=1"))
        body = b"x" * 5000 if path == "/big" else f"{self.build} {path} {scope['query_string'].decode()}".encode()
        await send({"type": "http.response.start", "status": status, "headers": headers})
        if path == "/stream":
            await send({"type": "http.response.body", "body": b"part1,", "more_body": True})
            await send({"type": "http.response.body", "body": b"part2"})
        else:
            await send({"type": "http.response.body", "body": body})


def client(max_entry: int = 1000, max_bytes: int = 10_000):
    app = CountingApp()
    cache = ResponseCache(app, lambda: app.build, max_entry=max_entry, max_bytes=max_bytes)
    return app, cache, httpx.AsyncClient(transport=httpx.ASGITransport(app=cache), base_url="http://127.0.0.1")


def run(coro):
    return asyncio.run(coro)


def test_same_url_rendered_once_and_query_strings_kept_apart():
    async def go():
        app, cache, c = client()
        a = await c.get("/t?x=1")
        b = await c.get("/t?x=1")
        other = await c.get("/t?x=2")
        assert a.text == b.text == "b1 /t x=1" and other.text == "b1 /t x=2"
        assert app.calls == 2 and cache.hits == 1
        assert b.headers["etag"] and b.headers["content-length"] == str(len(b.content))

    run(go())


def test_streamed_bodies_are_joined_when_small():
    async def go():
        app, _, c = client()
        assert (await c.get("/stream")).text == "part1,part2"
        assert (await c.get("/stream")).text == "part1,part2"
        assert app.calls == 1

    run(go())


def test_a_new_build_misses():
    async def go():
        app, _, c = client()
        assert (await c.get("/t")).text.startswith("b1")
        app.build = "b2"
        assert (await c.get("/t")).text.startswith("b2")

    run(go())


def test_never_cached():
    async def go():
        app, _, c = client(max_entry=1000)
        for path, kwargs in [("/missing", {}), ("/cookie", {}), ("/big", {}), ("/t", {"headers": {"cookie": "ds_actor=x"}}),
                             ("/t", {"headers": {"authorization": "Bearer x"}}), ("/download/a.csv", {})]:
            app.calls = 0
            c.cookies.clear()
            for _ in range(2):
                await c.get(path, **kwargs)
            assert app.calls == 2, path
        app.calls = 0
        await c.post("/t")
        await c.post("/t")
        assert app.calls == 2

    run(go())


def test_etag_gives_304_and_head_has_no_body():
    async def go():
        app, _, c = client()
        await c.get("/t")
        etag = (await c.get("/t")).headers["etag"]
        again = await c.get("/t", headers={"if-none-match": etag})
        assert again.status_code == 304 and again.content == b""
        head = await c.head("/t")
        assert head.status_code == 200 and head.content == b""
        assert app.calls == 1

    run(go())


def test_memory_is_bounded():
    async def go():
        app, cache, c = client(max_entry=1000, max_bytes=3000)
        for i in range(100):
            await c.get(f"/t?i={i}")
        assert cache.size <= 3000 and len(cache.entries) < 100
        assert sum(e.size for e in cache.entries.values()) == cache.size

    run(go())


class RenderingApp(CountingApp):
    """Each process renders a page a little differently (a page shows how long its queries took)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    async def __call__(self, scope, receive, send):
        self.calls += 1
        path = scope["path"]
        headers = [(b"content-type", b"text/plain")]
        if path == "/cookie":
            headers.append((b"set-cookie", b"a=1"))
        body = b"y" * 5000 if path == "/big" else f"{self.build} {path} by {self.name}".encode()
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def workers(tmp_path, n: int = 2, max_bytes: int = 10_000):
    """n processes' caches (each its own memory store) sharing one folder."""
    from councildata.response_cache import SharedFolder, Store

    out = []
    for i in range(n):
        app = RenderingApp(f"w{i}")
        store = Store(max_bytes, shared=SharedFolder(tmp_path, max_bytes))
        cache = ResponseCache(app, lambda app=app: app.build, max_entry=1000, store=store)
        out.append((app, httpx.AsyncClient(transport=httpx.ASGITransport(app=cache), base_url="http://127.0.0.1")))
    return out


def test_workers_send_the_first_answer_kept(tmp_path):
    async def go():
        (a, ca), (b, cb) = workers(tmp_path)
        first = await ca.get("/t")
        second = await cb.get("/t")
        assert first.text == second.text == "b1 /t by w0"
        assert first.headers["etag"] == second.headers["etag"]
        assert (a.calls, b.calls) == (1, 0)  # rendered once for both

        # Both render before either keeps its answer: the one kept first is sent by both from then on.
        (a, ca), (b, cb) = workers(tmp_path / "race")
        event = asyncio.Event()
        slow_send = RenderingApp.__call__

        async def held(self, scope, receive, send):
            await event.wait()
            await slow_send(self, scope, receive, send)

        b.__class__ = type("Held", (RenderingApp,), {"__call__": held})
        late = asyncio.ensure_future(cb.get("/u"))
        await asyncio.sleep(0)
        early = await ca.get("/u")
        event.set()
        late = await late
        assert early.text == late.text == "b1 /u by w0" and (a.calls, b.calls) == (1, 1)
        assert early.headers["etag"] == late.headers["etag"] == (await cb.get("/u")).headers["etag"]

    run(go())


def test_workers_share_nothing_uncacheable_and_forget_old_builds(tmp_path):
    async def go():
        (a, ca), (b, cb) = workers(tmp_path, max_bytes=10_000)
        for path in ("/cookie", "/big"):
            assert (await ca.get(path)).text.endswith("w0") or path == "/big"
            assert (await cb.get(path)).content == (b"y" * 5000 if path == "/big" else b"b1 /cookie by w1")
        ca.cookies.clear()  # a visitor with a cookie gets no cached answers
        cb.cookies.clear()
        assert (await cb.head("/t")).status_code == 200 and b.calls == 3  # HEAD answers are not kept
        assert (await ca.get("/t")).text == "b1 /t by w0"
        builds = {p.name for p in tmp_path.iterdir()}
        a.build = b.build = "b2"
        assert (await cb.get("/t")).text == "b2 /t by w1"
        assert (await ca.get("/t")).text == "b2 /t by w1"
        assert not builds & {p.name for p in tmp_path.iterdir()}  # the old build's folder is gone

    run(go())


def test_a_worker_writes_at_most_its_share(tmp_path):
    async def go():
        (a, ca), (b, cb) = workers(tmp_path, max_bytes=600)
        for i in range(10):
            await ca.get(f"/p{i}")
        written = sum(f.stat().st_size for f in tmp_path.rglob("*") if f.is_file())
        assert 0 < written < 1200
        # What was not written is still answered (and kept in memory) by the worker that rendered it.
        assert (await cb.get("/p9")).text == "b1 /p9 by w1"
        assert (await ca.get("/p9")).text == "b1 /p9 by w0" and a.calls == 10

    run(go())


def test_each_worker_claims_its_own_number(tmp_path):
    from councildata.response_cache import SharedFolder

    numbers = [SharedFolder(tmp_path, 1000).claim_worker_number() for _ in range(3)]
    assert numbers == [0, 1, 2]


def test_two_workers_prerender_from_opposite_ends(tmp_path):
    """Pre-rendering workers that share a folder render each page once between them."""
    from councildata.prerender import Prerenderer

    class Client:
        def __init__(self, http):
            self.http = http

        async def get(self, path):
            response = await self.http.get(path)
            response.json = dict  # a table's JSON without facets: no pages one click away
            return response

    class Site:
        pass

    async def go():
        (a, ca), (b, cb) = workers(tmp_path, max_bytes=100_000)
        renderers = []
        for n, http in enumerate((ca, cb)):
            site = Site()
            site.client = Client(http)
            renderers.append(Prerenderer(site, "db", lambda: "b1", limit=100, from_the_end=n == 1))
        for r in renderers:
            r.notice()
        await asyncio.gather(*(r.task for r in renderers))
        pages = len(renderers[0].first_paths())
        assert all(r.done and r.rendered == pages for r in renderers)
        assert a.calls + b.calls == pages and a.calls and b.calls  # each page rendered once, by one of them

    run(go())


def test_prerender_status_of_all_workers(tmp_path):
    """/-/prerender.json answers for every worker of a server, whichever
    answers: done when all have rendered the build it serves."""
    import os
    import subprocess
    import sys

    from councildata.prerender import combined_status
    from councildata.response_cache import SharedFolder

    folder = SharedFolder(tmp_path, 1000)
    a = {"build": "b2", "rendered": 40, "done": True, "limit": 300}
    b = {"build": "b2", "rendered": 12, "done": False, "limit": 300}
    folder.write_status(0, a)
    folder.write_status(1, b)
    others = folder.statuses(but=0)
    assert [{k: v for k, v in s.items() if k != "pid"} for s in others] == [b]
    status = combined_status(a, others)
    assert status["build"] == "b2" and status["rendered"] == 40 and not status["done"]
    assert len(status["workers"]) == 2
    folder.write_status(1, {**b, "rendered": 40, "done": True})
    assert combined_status(a, folder.statuses(but=0))["done"]
    # A worker still on the old build has not rendered the new one.
    folder.write_status(1, {**b, "build": "b1", "done": True})
    assert not combined_status(a, folder.statuses(but=0))["done"]
    # A worker that died (uvicorn starts another in its place) no longer counts.
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (tmp_path / ".status-1.json").write_text(f'{{"build": "b1", "rendered": 0, "done": false, "pid": {dead.pid}}}')
    assert folder.statuses(but=0) == []
    assert combined_status(a, [])["done"] and os.path.exists(tmp_path / ".status-0.json")


def test_shared_folder_writes_again_after_its_build_folder_was_removed(tmp_path):
    """The build's folder is made once per process; when another process
    removed it (a newer build's first answer), the next answer is written
    again, and two processes keep the first answer written for a URL."""
    import shutil

    from councildata.response_cache import Entry, SharedFolder

    one, two = SharedFolder(tmp_path, 10**6), SharedFolder(tmp_path, 10**6)
    first = Entry(200, ((b"content-type", b"text/plain"),), b"one", b'"1"')
    second = Entry(200, ((b"content-type", b"text/plain"),), b"two", b'"2"')
    assert one.put(("build-a", "/x", b""), first) == first
    assert two.put(("build-a", "/x", b""), second) == first  # the first written is kept
    assert two.get(("build-a", "/x", b"")) == first
    build, _ = one._path(("build-a", "/x", b""))
    shutil.rmtree(build)
    assert one.get(("build-a", "/x", b"")) is None
    assert one.put(("build-a", "/y", b""), second) == second  # not only in memory: on disk again
    assert two.get(("build-a", "/y", b"")) == second
    assert not [p for p in build.iterdir() if p.name.startswith(".part-")]
