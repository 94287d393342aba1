"""councildata.table_cells gives every table and row page the cells
Datasette 0.65's own display_columns_and_rows gives, and still asks any
other plugin's render_cell about every cell."""

from __future__ import annotations

import asyncio
import os
import re
import sqlite3

import pytest
from datasette import hookimpl
from datasette.plugins import pm
from datasette.utils import tilde_encode
from datasette.views import row as row_view
from datasette.views import table as table_view

from councildata import table_cells
from councildata.database import DB_NAME
from councildata.serve import make_datasette
from councildata.site.plugin import rows_html


def get(ds, path):
    return asyncio.run(ds.client.get(path))


@pytest.fixture(scope="module")
def ds(corpus_build):
    # Without the response cache: every request below is rendered.
    saved = os.environ.get("COUNCILDATA_CACHE_MB")
    os.environ["COUNCILDATA_CACHE_MB"] = "0"
    try:
        ds = make_datasette(corpus_build)
        asyncio.run(ds.invoke_startup())
        get(ds, "/")  # builds the app, which installs the patch and reads the setting
    finally:
        if saved is None:
            del os.environ["COUNCILDATA_CACHE_MB"]
        else:
            os.environ["COUNCILDATA_CACHE_MB"] = saved
    return ds


def _pages(corpus_build) -> list[str]:
    conn = sqlite3.connect(corpus_build / DB_NAME)
    pages = []
    for table in ("documents", "organizations", "meetings", "motions", "resolutions", "surveys", "survey_results"):
        pages += [f"/councildata/{table}", f"/councildata/{table}?_labels=on&_size=50"]
        key = conn.execute(f"select id from [{table}] order by rowid limit 1 offset 3").fetchone()
        if key:
            pages.append(f"/councildata/{table}/{tilde_encode(key[0])}")
    return pages


def _normalised(html: str) -> str:
    return re.sub(r"Abfragen dauerten [0-9.,]+ ms", "", html)


def test_same_pages_as_datasettes_own_cells(corpus_build, ds):
    assert table_view.display_columns_and_rows is table_cells.display_columns_and_rows
    pages = _pages(corpus_build)
    ours = {p: get(ds, p) for p in pages}
    original = table_cells.display_columns_and_rows.original
    try:
        table_view.display_columns_and_rows = row_view.display_columns_and_rows = original
        theirs = {p: get(ds, p) for p in pages}
    finally:
        table_view.display_columns_and_rows = row_view.display_columns_and_rows = table_cells.display_columns_and_rows
    for p in pages:
        assert ours[p].status_code == theirs[p].status_code == 200, p
        assert _normalised(ours[p].text) == _normalised(theirs[p].text), p
    # the pages hold what the cells are for: labelled codes, quote links, expanded keys
    assert 'class="coded"' in ours["/councildata/resolutions"].text
    assert 'class="passage-link"' in ours["/councildata/resolutions"].text
    assert "<em>" in ours["/councildata/resolutions?_labels=on&_size=50"].text


class _OtherPlugin:
    @hookimpl
    def render_cell(self, value, column):
        return "OTHER-PLUGIN-CELL" if column == "outcome" else None


def test_another_plugins_render_cell_is_still_asked(ds):
    plugin = _OtherPlugin()
    pm.register(plugin, name="test_other_render_cell")
    try:
        html = get(ds, "/councildata/resolutions?_size=5").text
    finally:
        pm.unregister(plugin)
    assert html.count("OTHER-PLUGIN-CELL") == 5
    assert "OTHER-PLUGIN-CELL" not in get(ds, "/councildata/resolutions?_size=5").text


@pytest.mark.parametrize("s", ["abc-DEF_123", "", "a.b", "x/y,z", "ä ö~%", "doc_1.txt-ab12/r3", "\U0001f600", "".join(map(chr, range(128)))])
def test_fast_tilde_encode_is_tilde_encode(s):
    assert table_cells.fast_tilde_encode(s) == tilde_encode(s)


def test_rows_html_escapes_text_and_keeps_markup():
    from markupsafe import Markup

    class Row(list):
        pass

    rows = [Row([{"column": "a b", "value_type": "str", "value": "<x> & y"},
                 {"column": "quote", "value_type": "str", "value": Markup("<a href='/p'>q</a>")}])]
    html = str(rows_html(rows))
    assert '<td class="col-a-b-' in html
    assert "&lt;x&gt; &amp; y</td>" in html
    assert "<a href='/p'>q</a></td>" in html
    assert html.startswith("<tr>") and html.rstrip().endswith("</tr>")


QUERY_PAGES = ["/councildata/unanimous_resolutions", "/councildata/resolutions_by_body_and_outcome",
               "/councildata/close_votes?max_margin=9", "/councildata/surveys_and_findings",
               "/councildata/search_documents?q=Haushalt",
               "/councildata?sql=select+id%2C+outcome%2C+unanimous%2C+decided_by+from+resolutions+limit+50"]


def test_query_pages_have_the_cells_pluggy_gives(ds):
    from datasette.views import database as database_view

    assert isinstance(database_view.pm, table_cells._QueryViewPlugins)
    ours = {p: get(ds, p) for p in QUERY_PAGES}
    database_view.pm = database_view.pm._pm
    try:
        theirs = {p: get(ds, p) for p in QUERY_PAGES}
    finally:
        database_view.pm = table_cells._QueryViewPlugins(database_view.pm)
    for p in QUERY_PAGES:
        assert ours[p].status_code == theirs[p].status_code == 200, p
        assert _normalised(ours[p].text) == _normalised(theirs[p].text), p
    # labelled codes in named columns; `unanimous` of a SQL result is left as it is
    assert 'class="coded"' in ours["/councildata/unanimous_resolutions"].text
    assert ours[QUERY_PAGES[-1]].text.count("<tr>") == 51


def test_another_plugins_render_cell_is_asked_on_query_pages(ds):
    plugin = _OtherPlugin()
    pm.register(plugin, name="test_other_render_cell_query")
    try:
        html = get(ds, "/councildata?sql=select+outcome+from+resolutions+limit+4").text
    finally:
        pm.unregister(plugin)
    assert html.count("OTHER-PLUGIN-CELL") == 4
    assert "OTHER-PLUGIN-CELL" not in get(ds, "/councildata?sql=select+outcome+from+resolutions+limit+4").text


def test_query_rows_html_is_the_templates_loop():
    """The markup query.html's Jinja loop wrote, but for the whitespace between tags."""
    import jinja2
    from datasette.utils import to_css_class
    from markupsafe import Markup

    from councildata.site.plugin import query_rows_html

    loop = jinja2.Environment(autoescape=True)
    loop.filters["to_css_class"] = to_css_class
    template = loop.from_string(
        "{% for row in display_rows %}<tr>{% for column, td in zip(columns, row) %}"
        '<td class="col-{{ column|to_css_class }}">{{ td }}</td>{% endfor %}</tr>{% endfor %}')
    columns = ["id", "a b", "Ümlaut", "x<y"]
    rows = [["r1", "<b>&", Markup("<span class='coded'>ja</span>"), Markup("&nbsp;")],
            ["r2", "plain", "", "1"]]
    expected = template.render(display_rows=rows, columns=columns, zip=zip)
    assert str(query_rows_html(rows, columns)).replace("\n", "") == expected
    assert "&lt;b&gt;&amp;" in expected and "<span class='coded'>ja</span>" in expected


def test_cell_html_is_markupsafes_escape():
    from markupsafe import Markup, escape

    from councildata.site.plugin import _html

    class Html:
        def __html__(self):
            return "<b>x</b>"

    values = ["", "plain", "a & b < c > d 'e' \"f\"", "&amp; already", "ümlaut ↗ \u2026", "<script>alert(1)</script>",
              Markup("<a href='x'>x</a>"), Markup("&nbsp;"), 0, 12, -3.5, None, True, b"bytes", Html(),
              "x" * 10_000 + "<"]
    for value in values:
        assert _html(value) == str(escape(value)), value
