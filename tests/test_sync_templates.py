"""Pages rendered by Jinja's synchronous renderer (councildata.sync_templates)
are byte for byte the pages Datasette's async rendering gives."""

from __future__ import annotations

import asyncio
import re

import jinja2
import pytest

from councildata import serve, sync_templates

from .conftest import uncached_datasette

PATHS = [
    "/", "/councildata",
    "/councildata/resolutions", "/councildata/resolutions?_size=7&_sort=id",
    "/councildata/resolutions?outcome=rejected&_facet=decided_by", "/councildata/resolutions?_search=Antrag",
    "/councildata/resolutions?_labels=off&_col=outcome", "/councildata/documents", "/councildata/motions",
    "/councildata/meetings", "/councildata/organizations", "/councildata/surveys", "/councildata/survey_results",
    "/councildata/resolutions_with_documents?outcome=rejected", "/councildata/resolutions?decided_by=Niemand",
]
# The time a page's queries took differs between two renderings.
_TIMING = re.compile(r"\d+(?:[.,]\d+)?\s*ms")


def _pages(ds, paths):
    out = {}
    for path in paths:
        r = asyncio.run(ds.client.get(path))
        assert r.status_code == 200, (path, r.status_code)
        out[path] = _TIMING.sub("", r.text)
    return out


@pytest.fixture(scope="module")
def ds(corpus_build):
    return uncached_datasette(corpus_build)


def _row_paths(ds):
    rows = asyncio.run(ds.client.get("/councildata/resolutions.json?_size=3&_shape=array")).json()
    docs = asyncio.run(ds.client.get("/councildata/documents.json?_size=2&_shape=array")).json()
    from datasette.utils import tilde_encode

    return ([f"/councildata/resolutions/{tilde_encode(r['id'])}" for r in rows]
            + [f"/councildata/documents/{tilde_encode(d['id'])}" for d in docs])


def test_sync_pages_equal_async_pages(ds, monkeypatch):
    paths = PATHS + _row_paths(ds)
    fallbacks = []
    original = jinja2.Template.render_async

    async def counting(self, *args, **kwargs):
        fallbacks.append(self.name)
        return await original(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Template, "render_async", counting)
    synced = _pages(ds, paths)
    assert fallbacks == [], "every page here should render synchronously"
    monkeypatch.setattr(serve.BuildDatasette, "SYNC_VIEWS", frozenset())
    plain = _pages(ds, paths)
    assert len(fallbacks) == len(paths)  # now Datasette's async rendering
    for path in paths:
        assert synced[path] == plain[path], path


def test_async_callables_are_awaited_then_the_render_repeated():
    env = jinja2.Environment(enable_async=True, autoescape=True)
    source = "{% for x in items(2) %}{{ x }}{% endfor %}|{{ items(3)|length }}|{{ plain() }}"
    template = env.from_string(source)
    sync_template = env.overlay(enable_async=False, cache_size=10).from_string(source)
    awaited = []

    async def items(n):
        awaited.append(n)
        return list(range(n))

    context = {"items": items, "plain": lambda: "<b>"}
    expected = asyncio.run(template.render_async(context))
    assert asyncio.run(sync_templates.render(template, sync_template, context)) == expected == "01|3|&lt;b&gt;"
    assert awaited == [2, 3, 2, 3]  # async once, then each call awaited once before a synchronous render

    # A plain function returning a coroutine (async Jinja awaits what a call
    # returns): Datasette's async rendering, not the coroutine's repr.
    async def value():
        return "v"

    source = "{{ f() }}"
    simple, simple_sync = env.from_string(source), env.overlay(enable_async=False, cache_size=10).from_string(source)
    assert asyncio.run(sync_templates.render(simple, simple_sync, {"f": lambda: value()})) == "v"
