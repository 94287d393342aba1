"""Datasette plugin for the German site: labels in the HTML, the front page's
and row pages' extra content, Atom feeds and the chart page.

Only HTML changes: the JSON and CSV renderers never call render_cell or the
templates, so they keep the contract's codes.
"""

from __future__ import annotations

import functools
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils import tilde_encode, to_css_class, urlsafe_components
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

from .. import schemas
from ..database import DB_NAME
from ..model import TABLES
from ..table_cells import cell_hook
from . import charts, feeds, pages
from .labels import coded_columns, column_label, query_about, query_label, table_about, table_label, value_label

DATABASE = DB_NAME.rsplit(".", 1)[0]
BOOLEAN_COLUMNS = frozenset(f["name"] for t in TABLES for f in schemas.fields(t) if f["type"] == "boolean")


_CODED: frozenset[str] = frozenset()


def _coded() -> frozenset[str]:
    global _CODED
    _CODED = coded_columns()
    return _CODED


def _coded_cell(column: str, table: str | None, database: str) -> bool:
    return (column in (_CODED or _coded()) and database == DATABASE
            and not (table is None and column in BOOLEAN_COLUMNS))


@hookimpl
@cell_hook(_coded_cell)
def render_cell(value, column, table, database, datasette):
    # Called for every cell of every HTML table (2,000 on a table page): the
    # cheapest test first, without a function call.
    if column not in (_CODED or _coded()):
        return None
    # Tables, views and SQL results of the served database alike: a coded
    # column keeps its name in views and queries (resolutions_with_documents).
    if database != DATABASE:
        return None
    if table is None and column in BOOLEAN_COLUMNS:
        # In SQL results a name like `unanimous` may be a count (sum(unanimous = 1)).
        return None
    label = value_label(column, value)
    if label is None:
        return None
    # The code stays in reach: hovering shows what to filter the API by.
    return Markup(f'<span class="coded" title="{escape(value)}">{escape(label)}</span>')


def _number(n) -> str:
    return f"{n:,}".replace(",", ".") if isinstance(n, int) else str(n)


def _html(value) -> str:
    """``str(escape(value))`` without a Markup made per cell: text escaped
    as markupsafe escapes it (the same five characters, the same entities),
    markup as it is."""
    kind = type(value)
    if kind is str:
        return value.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;").replace(
            "'", "&#39;").replace('"', "&#34;")
    if kind is Markup:
        return value
    return str(escape(value))


def rows_html(display_rows) -> Markup:
    """The ``<tr>`` of Datasette's rows table, as ``_table.html`` wrote them
    with a Jinja loop per cell: each cell ``<td class="col-COLUMN
    type-TYPE">VALUE</td>``, the value escaped unless it is markup. About
    2,300 cells on a page of resolutions: no Markup and no f-string per
    cell (0.8 ms instead of 6-12 ms at 1M rows on the loaded machine)."""
    opening: dict[tuple[str, str], str] = {}  # (column, value type) -> the cell's <td …>
    out: list[str] = []
    append = out.append
    for row in display_rows:
        append("<tr>")
        for cell in getattr(row, "cells", row):  # Datasette's Row: its list of cells
            kind = (cell["column"], cell["value_type"])
            td = opening.get(kind)
            if td is None:
                td = opening[kind] = f'<td class="col-{escape(css_class(kind[0]))} type-{escape(kind[1])}">'
            append(td)
            append(_html(cell["value"]))
            append("</td>")
        append("</tr>\n")
    return Markup("".join(out))


def query_rows_html(display_rows, columns) -> Markup:
    """The ``<tr>`` of a query page's results (``query.html``), as its Jinja
    loop wrote them: ``<td class="col-COLUMN">VALUE</td>``, the value
    escaped unless it is markup. Up to 2,000 rows: one Jinja loop step per
    cell cost more than the query."""
    names = [str(escape(css_class(c))) for c in columns]
    out = []
    for row in display_rows:
        out.append("<tr>")
        out.extend(f'<td class="col-{name}">{_html(td)}</td>' for name, td in zip(names, row, strict=False))
        out.append("</tr>\n")
    return Markup("".join(out))


@functools.lru_cache(maxsize=4096)
def css_class(name: str) -> str:
    """Datasette's ``to_css_class`` (a regular expression, for names that
    need it an MD5), once per column or table name."""
    return to_css_class(name)


@hookimpl
def prepare_jinja2_environment(env, datasette):
    env.filters["to_css_class"] = css_class
    env.filters["de_rows"] = rows_html
    env.filters["de_query_rows"] = query_rows_html
    env.filters["de_table"] = table_label
    env.filters["de_table_about"] = table_about
    env.filters["de_column"] = lambda column, table=None: column_label(table, column)
    env.filters["de_value"] = lambda value, column: value_label(column, value) or value
    env.filters["de_query"] = query_label
    env.filters["de_query_about"] = query_about
    env.filters["de_number"] = _number


def _feed_link(table: str | None, request) -> dict | None:
    for name, spec in feeds.FEEDS.items():
        if table == spec.table:
            body = request.args.get(spec.body_arg, "") if request is not None else ""
            return {"url": feeds.feed_path(name, body), "title": feeds.feed_title(name, body)}
    return None


@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    async def inner():
        extra = {"portal_feed": _feed_link(table, request), "portal_search_url": "/-/suche"}
        if view_name == "table" and database == DATABASE and table in TABLES:
            extra["portal_table_downloads"] = pages.table_downloads(datasette.get_database(DATABASE).path, table)
        elif view_name == "index":
            extra.update(await pages.front_page(datasette, DATABASE))
        elif view_name == "row" and database == DATABASE and request is not None:
            key = urlsafe_components(request.url_vars["pks"])
            if len(key) == 1 and table == "resolutions":
                extra.update(await pages.resolution_page(datasette, database, key[0]))
            elif len(key) == 1 and table == "documents":
                extra.update(await pages.document_page(datasette, database, key[0]))
        return extra

    return inner


async def feed(request, datasette):
    name = request.url_vars["name"]
    if name not in feeds.FEEDS:
        raise NotFound(f"Keinen Feed {name}: es gibt {', '.join(f + '.atom' for f in feeds.FEEDS)}")
    spec = feeds.FEEDS[name]
    body = request.args.get(spec.body_arg, "")
    db = datasette.get_database(DATABASE)
    rows = [dict(r) for r in (await db.execute(spec.sql, {"body": body})).rows]
    created = feeds.build_created(db.path)

    def absolute(path: str) -> str:
        return datasette.absolute_url(request, path)

    entries = [spec.entry(r, absolute(datasette.urls.row(DATABASE, spec.table, tilde_encode(r["id"]))), created)
               for r in rows]
    alternate = datasette.urls.table(DATABASE, spec.table) + (("?" + urlencode({spec.body_arg: body})) if body else "")
    xml = feeds.render_atom(
        feed_key=name + (f"/{body}" if body else ""),
        title=feeds.feed_title(name, body),
        self_url=absolute(datasette.urls.path(feeds.feed_path(name, body))),
        alternate_url=absolute(alternate),
        entries=entries,
        fallback_updated=created,
    )
    return Response(xml, content_type=feeds.ATOM_TYPE + "; charset=utf-8")


async def diagrams(request, datasette):
    db = datasette.get_database(DATABASE)
    return Response.html(await datasette.render_template(
        "diagramme.html", {"charts": await charts.all_charts(db), "database": DATABASE, "metadata": datasette.metadata()}, request=request))


@hookimpl
def register_routes():
    return [
        (r"^/-/feeds/(?P<name>[a-z_]+)\.atom$", feed),
        (r"^/-/diagramme$", diagrams),
    ]
