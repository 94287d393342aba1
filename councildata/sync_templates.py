"""Render Datasette's pages with Jinja's synchronous renderer where they allow it.

Datasette 0.65 renders every page with Jinja in async mode: each piece of
output passes through a generator per template level (the project's
``table.html`` in Datasette's ``table.html`` in ``base.html``, with
``_table.html`` and ``_facet_results.html`` included), and every call and
attribute goes through ``auto_await``. A table page of 100 resolutions is
some 1,700 pieces. The same templates compiled for synchronous rendering
give the same text with less work per piece (20 -> 16 ms for that page on
the loaded development machine).

What async mode is for — awaiting the async callables Datasette puts in a
page's context (``menu_links``, ``crumb_items``, ``table_actions``) — is done
here ahead of the synchronous render: each async callable is replaced by one
that answers from what it returned before for the same arguments, and stops
the render (:class:`_NeedsAwait`) when it has not been awaited for them yet.
The call is then awaited and the render started again (at most
``MAX_RETRIES`` times, then the async renderer as Datasette does it); the
calls a template needed are awaited before its next render, so that a page
is usually rendered once. A
context holding an awaitable itself, or output showing an un-awaited
coroutine, also falls back to Datasette's async rendering.
"""

from __future__ import annotations

import inspect
from typing import Any

from jinja2 import Environment, Template

MAX_RETRIES = 8
# Templates compiled for synchronous rendering: their own cache (an overlay
# otherwise shares its parent's, which holds the async-compiled ones).
SYNC_CACHE_SIZE = 400


# Template name -> the async calls its last renders needed, each argument as
# the name of the context value it was (or the constant it was): awaited
# before the next render of that template, so that a page is rendered once.
_NEEDED: dict[str, dict[tuple, None]] = {}
NEEDED_KEPT = 256


class _NeedsAwait(Exception):
    def __init__(self, name: str, args: tuple, kwargs: dict) -> None:
        super().__init__("an async callable was called for new arguments")
        self.name = name
        self.args = args
        self.kwargs = kwargs


def _is_async_callable(value: Any) -> bool:
    return inspect.iscoroutinefunction(value) or (
        inspect.ismethod(value) and inspect.iscoroutinefunction(value.__func__))


def _same(value: Any) -> Any:
    """What identifies an argument within one render: itself, or for an
    unhashable one (Datasette's Request) the object (alive for the render)."""
    try:
        hash(value)
    except TypeError:
        return ("object", id(value))
    return value


def _key(name: str, args: tuple, kwargs: dict) -> tuple:
    return (name, tuple(_same(a) for a in args), tuple(sorted((k, _same(v)) for k, v in kwargs.items())))


def _answering(name: str, answers: dict):
    def call(*args, **kwargs):
        key = _key(name, args, kwargs)
        if key not in answers:
            raise _NeedsAwait(name, args, kwargs)
        return answers[key]

    return call


def _spec(value: Any, context: dict) -> tuple | None:
    """How to find ``value`` in the next page's context: the name it has in
    this one, or itself when it is a constant (None, a number, a string)."""
    for name, v in context.items():
        if v is value:
            return ("context", name)
    if value is None or isinstance(value, (bool, int, float, str)):
        return ("value", value)
    return None


def _remember(template: str, needed: _NeedsAwait, context: dict) -> None:
    args = tuple(_spec(a, context) for a in needed.args)
    kwargs = tuple(sorted((k, _spec(v, context)) for k, v in needed.kwargs.items()))
    if None in args or any(v is None for _, v in kwargs):
        return
    if len(_NEEDED) > NEEDED_KEPT:
        _NEEDED.clear()
    _NEEDED.setdefault(template, {})[(needed.name, args, kwargs)] = None


def _resolve(spec: tuple, context: dict) -> Any:
    kind, value = spec
    return context[value] if kind == "context" else value


async def render(template: Template, sync_template: Template, context: dict) -> str:
    """``template.render_async(context)``, rendered by ``sync_template``
    (the same template compiled for synchronous rendering) where it can."""
    if any(inspect.isawaitable(v) for v in context.values()):
        return await template.render_async(context)
    answers: dict = {}
    calls = {k: _answering(k, answers) for k, v in context.items() if _is_async_callable(v)}
    # What this template needed last time, awaited now (Datasette's
    # menu_links and crumb_items are reads without side effects).
    for name, args, kwargs in list(_NEEDED.get(template.name, ())):
        if name in calls and all(a[0] == "value" or a[1] in context for a in (*args, *(v for _, v in kwargs))):
            real_args = tuple(_resolve(a, context) for a in args)
            real_kwargs = {k: _resolve(v, context) for k, v in kwargs}
            answers[_key(name, real_args, real_kwargs)] = await context[name](*real_args, **real_kwargs)
    sync_context = {**context, **calls}
    for _ in range(MAX_RETRIES):
        try:
            out = sync_template.render(sync_context)
        except _NeedsAwait as needed:
            answers[_key(needed.name, needed.args, needed.kwargs)] = await context[needed.name](
                *needed.args, **needed.kwargs)
            _remember(template.name, needed, context)
            continue
        if "coroutine object" in out:  # something async this module did not see (escaped or not)
            break
        return out
    return await template.render_async(context)


class SyncFirstTemplate(Template):
    """A Datasette page's template whose ``render_async`` renders with
    :func:`render`; everything else is the template's own."""

    @classmethod
    def of(cls, template: Template, sync_env: Environment) -> SyncFirstTemplate:
        wrapped = object.__new__(cls)
        wrapped.__dict__.update(template.__dict__)
        wrapped._async_template = template
        wrapped._sync_template = sync_env.get_template(template.name)
        return wrapped

    async def render_async(self, *args, **kwargs) -> str:
        return await render(self._async_template, self._sync_template, dict(*args, **kwargs))


def sync_environment(env: Environment) -> Environment:
    """``env`` (its loader, filters, globals, settings) for synchronous rendering."""
    return env.overlay(enable_async=False, cache_size=SYNC_CACHE_SIZE)
