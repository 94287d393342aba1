"""The cells of Datasette's HTML tables, at a lower cost per cell.

Datasette 0.65's ``display_columns_and_rows`` turns the rows of a table or
row page into cells. On a page of 100 rows x 23 columns it costs more than
the page's SQL: for every cell it calls the ``render_cell`` plugin hook
through pluggy (every implementation, whatever the column), and for every
row it builds the table's URL and tilde-encodes keys one byte at a time.

:func:`display_columns_and_rows` gives the same columns and cells (a test
compares them with Datasette's on real pages) with:

- the ``render_cell`` implementations decided once per column: each of this
  project's hooks has an ``applies(column, table, database)`` predicate
  (set with :func:`cell_hook`), and only those that apply are called, in
  pluggy's order. Where another plugin implements ``render_cell`` without
  such a predicate every cell goes through pluggy as in Datasette;
- the table's URL built once per page and keys tilde-encoded with a fast
  path for the characters that need no encoding.

Datasette is pinned to 0.65.x; :func:`patch` installs this for the table
and row views and tests/test_table_cells.py fails if the original changes
its shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import markupsafe
from datasette.utils import CustomRow, await_me_maybe, format_bytes, is_url, tilde_encode, truncate_url

_dict_get = dict.__getitem__
# An empty cell (Markup is an immutable str: one for all of them).
_NBSP = markupsafe.Markup("&nbsp;")

# The bytes Datasette's tilde_encode leaves as they are (letters, digits, _ -).
_PLAIN = re.compile(r"[A-Za-z0-9_\-]*")
# Each ASCII character as Datasette's tilde_encode writes it ("." -> "~2E").
_ASCII = str.maketrans({chr(c): tilde_encode(chr(c)) for c in range(128)})


def fast_tilde_encode(s: str) -> str:
    """Datasette's tilde_encode, without its per-byte loop for ASCII text."""
    if _PLAIN.fullmatch(s):
        return s
    return s.translate(_ASCII) if s.isascii() else tilde_encode(s)


def _may_be_url(value: str) -> bool:
    # is_url(value.strip()) needs "http" first: most cells are rejected
    # here without copying a long text to strip it.
    return value.startswith("http") or (value[:1].isspace() and value.lstrip().startswith("http"))


def cell_hook(applies: Callable[[str, str | None, str], bool]):
    """Mark a ``render_cell`` implementation with the columns it can answer
    for: ``applies(column, table, database)`` is False where the hook
    returns None for every value."""

    def mark(fn):
        fn.applies = applies
        return fn

    return mark


def _cell_renderers(pm, columns: list[str], table: str | None, database: str):
    """column -> the render_cell functions to call for it, in pluggy's order;
    None where an implementation does not say which columns it answers."""
    impls = list(reversed(pm.hook.render_cell.get_hookimpls()))  # pluggy calls the last first
    if any(getattr(impl.function, "applies", None) is None or impl.hookwrapper or getattr(impl, "wrapper", False)
           for impl in impls):
        return None
    return {c: [(impl.function, impl.argnames) for impl in impls if impl.function.applies(c, table, database)]
            for c in columns}


def _row_key(row, pks: list[str], use_rowid: bool, quote: bool) -> str:
    # datasette.utils.path_from_row_pks with the fast tilde encoding
    if use_rowid:
        bits = [row["rowid"]]
    else:
        bits = [row[pk]["value"] if isinstance(row[pk], dict) else row[pk] for pk in pks]
    return ",".join(fast_tilde_encode(str(b)) if quote else str(b) for b in bits)


async def display_columns_and_rows(datasette, database_name, table_name, description, rows,
                                   link_column=False, truncate_cells=0, sortable_columns=None):
    """Datasette 0.65's display_columns_and_rows (datasette/views/table.py),
    the same result; only how each cell's plugin value is found differs."""
    from datasette.plugins import pm
    from datasette.views.table import LINK_WITH_LABEL, LINK_WITH_VALUE, Row, ureg

    sortable_columns = sortable_columns or set()
    db = datasette.databases[database_name]
    table_metadata = datasette.table_metadata(database_name, table_name)
    column_descriptions = table_metadata.get("columns") or {}
    column_details = {col.name: col for col in await db.table_column_details(table_name)}
    pks = await db.primary_keys(table_name)
    pks_for_display = pks or ["rowid"]

    columns = []
    for r in description:
        if r[0] == "rowid" and "rowid" not in column_details:
            type_, notnull = "integer", 0
        else:
            type_, notnull = column_details[r[0]].type, column_details[r[0]].notnull
        columns.append({
            "name": r[0],
            "sortable": r[0] in sortable_columns,
            "is_pk": r[0] in pks_for_display,
            "type": type_,
            "notnull": notnull,
            "description": column_descriptions.get(r[0]),
        })

    column_to_foreign_key_table = {fk["column"]: fk["other_table"] for fk in await db.foreign_keys_for_table(table_name)}
    renderers = _cell_renderers(pm, [c["name"] for c in columns], table_name, database_name)
    units = table_metadata.get("units", {})

    names = [c["name"] for c in columns]
    cell_rows = []
    base_url = datasette.setting("base_url")
    table_path = datasette.urls.table(database_name, table_name) if link_column else None
    skip_pk = pks[0] if link_column and len(pks) == 1 else None
    for row in rows:
        cells = []
        if link_column:
            pk_path = _row_key(row, pks, not pks, False)
            cells.append({
                "column": pks[0] if len(pks) == 1 else "Link",
                "value_type": "pk",
                "is_special_link_column": len(pks) != 1,
                "raw": pk_path,
                "value": markupsafe.Markup(
                    f'<a href="{table_path}/{_row_key(row, pks, not pks, True)}">{markupsafe.escape(pk_path)}</a>'),
            })

        # A CustomRow (rows with expanded foreign keys) yields row[column]
        # per column through two Python calls; read its dict directly.
        values = [_dict_get(row, c) for c in row.columns] if type(row) is CustomRow else row
        for value, column in zip(values, names, strict=False):
            if column == skip_pk:
                continue
            plugin_display_value = None
            if renderers is None:
                candidates = pm.hook.render_cell(row=row, value=value, column=column, table=table_name,
                                                 database=database_name, datasette=datasette)
            elif renderers[column]:
                # as pluggy calls them: each implementation with the arguments it names
                arguments = {"row": row, "value": value, "column": column, "table": table_name,
                             "database": database_name, "datasette": datasette}
                candidates = (fn(*[arguments[a] for a in argnames]) for fn, argnames in renderers[column])
            else:  # no implementation answers for this column
                candidates = ()
            for candidate in candidates:
                candidate = await await_me_maybe(candidate)
                if candidate is not None:
                    plugin_display_value = candidate
                    break
            kind = type(value)
            if plugin_display_value:
                display_value = plugin_display_value
            # Most cells: text or a number in a column without units, as the
            # branches below would show them (empty text: &nbsp;, a URL: a link).
            elif kind is str and column not in units and value != "" and not _may_be_url(value):
                display_value = value
                if truncate_cells and len(display_value) > truncate_cells:
                    display_value = display_value[:truncate_cells] + "\u2026"
            elif kind is int and column not in units:
                display_value = str(value)
                if truncate_cells and len(display_value) > truncate_cells:
                    display_value = display_value[:truncate_cells] + "\u2026"
            elif value is None:
                display_value = _NBSP
            elif isinstance(value, bytes):
                formatted = format_bytes(len(value))
                display_value = markupsafe.Markup(
                    '<a class="blob-download" href="{}"{}>&lt;Binary:&nbsp;{:,}&nbsp;byte{}&gt;</a>'.format(
                        datasette.urls.row_blob(database_name, table_name, _row_key(row, pks, not pks, True), column),
                        f' title="{formatted}"' if "bytes" not in formatted else "",
                        len(value),
                        "" if len(value) == 1 else "s",
                    )
                )
            elif isinstance(value, dict):
                # An expanded foreign key: a link to the other row.
                label, value = value["label"], value["value"]
                link_template = LINK_WITH_LABEL if (label != value) else LINK_WITH_VALUE
                display_value = markupsafe.Markup(link_template.format(
                    database=database_name,
                    base_url=base_url,
                    table=fast_tilde_encode(column_to_foreign_key_table[column]),
                    link_id=fast_tilde_encode(str(value)),
                    id=str(markupsafe.escape(value)),
                    label=str(markupsafe.escape(label)) or "-",
                ))
            elif value in ("", None):
                display_value = _NBSP
            elif isinstance(value, str) and _may_be_url(value) and is_url(value.strip()):
                url, shown = markupsafe.escape(value.strip()), markupsafe.escape(truncate_url(value.strip(), truncate_cells))
                display_value = markupsafe.Markup(f'<a href="{url}">{shown}</a>')
            elif column in units and value != "":
                value = round((value * ureg(units[column])).to_compact(), 6)
                display_value = markupsafe.Markup(f"{value:~P}".replace(" ", "&nbsp;"))
            else:
                display_value = str(value)
                if truncate_cells and len(display_value) > truncate_cells:
                    display_value = display_value[:truncate_cells] + "\u2026"

            cells.append({
                "column": column,
                "value": display_value,
                "raw": value,
                # of the value shown (an expanded foreign key's: its key)
                "value_type": "none" if value is None else type(value).__name__,
            })
        cell_rows.append(Row(cells))

    if link_column:
        # The link column's header first; a simple primary key moves there.
        if len(pks) == 1:
            columns = [col for col in columns if col["name"] != pks[0]]
            first_column = {
                "name": pks[0],
                "sortable": len(pks) == 1,
                "is_pk": True,
                "type": column_details[pks[0]].type,
                "notnull": column_details[pks[0]].notnull,
            }
        else:
            first_column = {"name": "Link", "sortable": False, "is_pk": False, "type": "", "notnull": 0}
        columns = [first_column] + columns
    return columns, cell_rows


class _QueryCells:
    """``pm.hook`` as Datasette's query view (canned queries and SQL, whose
    cells it renders itself: up to 2,000 rows) sees it: ``render_cell``
    calls only the implementations that apply to the cell's column, decided
    once per column (:func:`cell_hook`), and returns their answers that are
    not None in pluggy's order, as pluggy would. Everything else is pluggy's."""

    def __init__(self, pm):
        self._pm = pm
        self._impls: list | None = None
        self._by_column: dict[tuple, list | None] = {}

    def __getattr__(self, name):
        return getattr(self._pm.hook, name)

    def render_cell(self, **kwargs):
        caller = self._pm.hook.render_cell
        # Called for each of up to 2,000 x columns cells: pluggy's own list
        # of implementations compared in place (get_hookimpls copies it).
        impls = getattr(caller, "_hookimpls", None)
        if impls is None:
            impls = caller.get_hookimpls()
        if impls != self._impls:  # a plugin came or went
            self._impls, self._by_column = list(impls), {}
        key = (kwargs["column"], kwargs["table"], kwargs["database"])
        renderers = self._by_column.get(key, False)
        if renderers is False:
            found = _cell_renderers(self._pm, [key[0]], key[1], key[2])
            renderers = self._by_column[key] = None if found is None else found[key[0]]
        if renderers is None:
            return caller(**kwargs)
        if not renderers:
            return ()
        answers = (fn(*[kwargs[a] for a in argnames]) for fn, argnames in renderers)
        return [a for a in answers if a is not None]


class _QueryViewPlugins:
    """Datasette's plugin manager for ``datasette.views.database``, with
    :class:`_QueryCells` as its ``hook``."""

    def __init__(self, pm):
        self._pm = pm
        self.hook = _QueryCells(pm)

    def __getattr__(self, name):
        return getattr(self._pm, name)


def patch() -> None:
    """Use :func:`display_columns_and_rows` in Datasette's table and row
    views, and :class:`_QueryCells` for the cells of its query view."""
    from datasette.views import database, row, table

    if getattr(table.display_columns_and_rows, "councildata_cells", False):
        return
    if not isinstance(database.pm, _QueryViewPlugins):
        database.pm = _QueryViewPlugins(database.pm)
    display_columns_and_rows.original = table.display_columns_and_rows
    display_columns_and_rows.councildata_cells = True
    table.display_columns_and_rows = display_columns_and_rows
    row.display_columns_and_rows = display_columns_and_rows
