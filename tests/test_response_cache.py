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
