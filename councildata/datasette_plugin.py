"""Datasette plugin: links from every quote to its passage, and hardening headers.

- ``/-/passage/<document_id>?start=&end=`` shows a document's text with the
  passage a row was read from highlighted, so every fact links back to its
  exact source.
- In tables with provenance, the ``quote`` cell links to that page.
- Every response carries a Content-Security-Policy and the usual hardening
  headers. The CSP allows no inline script but Datasette's own few, by hash.
- Every connection to the served database gets an SQLite authorizer that
  allows reading only (see ``read_only_authorizer``), so the SQL interface
  cannot write, attach files or change the connection's state even where
  Datasette's own SQL check lets a statement through.
- Error responses do not print a rich traceback (see ``startup``).

docs/reliability.md lists each guarantee with the test that checks it.
"""

from __future__ import annotations

import base64
import hashlib
import re
import sqlite3
from pathlib import Path
from urllib.parse import quote as urlquote

import datasette as datasette_package
from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

from .database import DB_NAME
from .model import PROVENANCE_TABLES

DATABASE = DB_NAME.rsplit(".", 1)[0]
CONTEXT_CHARS = 2000

# The inline scripts of Datasette 0.65's own pages, allowed by their hash so
# that the CSP needs no 'unsafe-inline' for scripts: the menu closer (every
# page), the SQL editor set-up (query pages), the facet flag (table pages)
# and the textarea sizer of the "SQL query took too long" error, whose text
# is in datasette/views/base.py rather than in a template.
_INTERRUPTED_SCRIPT = '\nlet ta = document.querySelector("textarea");\nta.style.height = ta.scrollHeight + "px";\n'


def _datasette_inline_scripts() -> list[str]:
    templates = Path(datasette_package.__file__).parent / "templates"
    scripts = [_INTERRUPTED_SCRIPT]
    for path in sorted(templates.glob("*.html")):
        for body in re.findall(r"<script>(.*?)</script>", path.read_text("utf-8"), re.S):
            if "{{ datasette_allow_facet }}" in body:
                scripts += [body.replace("{{ datasette_allow_facet }}", v) for v in ("true", "false")]
            elif "{{" not in body and "{%" not in body:
                scripts.append(body)
    return scripts


def script_hash(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"


CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self' " + " ".join(dict.fromkeys(script_hash(s) for s in _datasette_inline_scripts())),
    # Datasette's templates use style="" attributes, the passage page a <style>.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
])

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


def passage_url(datasette, document_id: str, start: int, end: int) -> str:
    return datasette.urls.path(f"/-/passage/{urlquote(document_id, safe='')}?start={start}&end={end}") + "#passage"


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if column != "quote" or table not in PROVENANCE_TABLES or value is None:
        return None
    try:
        doc = row["document_id"]
        # In table views a foreign key cell arrives expanded: {"value": …, "label": …}.
        doc = str(doc["value"] if isinstance(doc, dict) else doc)
        start, end = int(row["char_start"]), int(row["char_end"])
    except (KeyError, IndexError, TypeError, ValueError):
        return None
    url = passage_url(datasette, doc, start, end)
    return Markup(f'{escape(value)} <a class="passage-link" href="{escape(url)}" title="Show this passage in its document">↗&#xFE0E;</a>')


async def passage(request, datasette):
    document_id = request.url_vars["document_id"]
    try:
        start = max(0, int(request.args.get("start", 0)))
        end = max(start, int(request.args.get("end", start)))
    except ValueError:
        return Response.text("start and end must be numbers", status=400)
    db = datasette.get_database(DATABASE)
    result = await db.execute(
        "select id, title, type_label, reference, date, source_file, text from documents where id = ?",
        [document_id],
    )
    doc = result.first()
    if doc is None:
        raise NotFound(f"No document {document_id}")
    text = doc["text"]
    end = min(end, len(text))
    a, b = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    return Response.html(
        await datasette.render_template(
            "passage.html",
            {
                "doc": dict(doc),
                "before": text[a:start],
                "passage": text[start:end],
                "after": text[end:b],
                "cut_before": a > 0,
                "cut_after": b < len(text),
                "start": start,
                "end": end,
                "database": DATABASE,
                # Row URLs tilde-encode the key ("…_1.txt" holds a dot).
                "document_url": datasette.urls.row(DATABASE, "documents", tilde_encode(document_id)),
            },
            request=request,
        )
    )


@hookimpl
def register_routes():
    return [(r"^/-/passage/(?P<document_id>[^/]+)$", passage)]


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def with_headers(scope, receive, send):
            async def send_with_headers(event):
                if event["type"] == "http.response.start":
                    names = {k.lower() for k, _ in event.get("headers", [])}
                    extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                    event = {**event, "headers": [*event.get("headers", []), *extra]}
                await send(event)

            if scope["type"] == "http" and scope["method"] not in READ_METHODS:
                # The site is read-only: no POST/PUT/DELETE reaches any view,
                # Datasette's or a plugin's (Datasette 0.65 answers a POST to
                # a table or a read-only canned query with a 500).
                await Response.text("Method not allowed: this site is read-only", status=405,
                                    headers={"allow": ", ".join(sorted(READ_METHODS))}).asgi_send(send_with_headers)
                return
            await app(scope, receive, send_with_headers)

        return with_headers

    return wrap


# --- Read-only SQL -----------------------------------------------------------
#
# Datasette 0.65 opens the database with ?immutable=1 and checks user SQL with
# validate_sql_select(), a regular expression test. That check reads the SQL
# with every line that starts with "--" removed, while SQLite does not treat
# such a line as a comment inside /* */ or a string; so
#     /*
#     --*/ vacuum into substr('/tmp/x.db|
#     */ select 1
#     --', 1, 9)
# passes as a SELECT and SQLite runs VACUUM INTO (a copy of the database
# written to any path), ATTACH (a new file created) or a PRAGMA that changes
# the pooled connection for every later visitor (case_sensitive_like,
# cache_size, writable_schema, ...). An SQLite authorizer checks what the
# compiled statement does, whatever its text looks like.

READ_ONLY_PRAGMAS = frozenset({
    # pragmas that only report when called without an argument
    "application_id", "collation_list", "compile_options", "data_version",
    "database_list", "encoding", "freelist_count", "function_list",
    "max_page_count", "module_list", "page_count", "page_size", "pragma_list",
    "schema_version", "user_version",
})
# pragmas whose argument names the table or index to describe (Datasette's
# own introspection uses these)
TABLE_PRAGMAS = frozenset({
    "foreign_key_list", "index_info", "index_list", "index_xinfo", "table_info", "table_xinfo",
})
DENIED_FUNCTIONS = frozenset({
    "load_extension",
    "fts3_tokenizer",  # returns a native pointer (an address leak); two-argument form registers code
    "readfile", "writefile", "edit",  # shell functions, in case a build of SQLite has them
    # A blob of any size in milliseconds: one request could fill the server's
    # memory with the JSON of it (the time limit stops slow queries, not big ones).
    "zeroblob", "randomblob",
})
# The largest string or blob a query may build: above every document text
# the ingest stage accepts, far below what would exhaust memory.
MAX_VALUE_BYTES = 64 * 1024 * 1024
_READ_ACTIONS = frozenset({sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_RECURSIVE})
_SCHEMA_TABLES = frozenset({"sqlite_master", "sqlite_temp_master", "sqlite_schema", "sqlite_temp_schema"})


def read_only_authorizer(action: int, arg1: str | None, arg2: str | None, db_name: str | None, source: str | None) -> int:
    """Allow reading and nothing else: no INSERT/UPDATE/DELETE, CREATE/DROP/ALTER,
    ATTACH/DETACH (and so no VACUUM INTO), transactions, ANALYZE/REINDEX,
    state-changing PRAGMAs or the functions in DENIED_FUNCTIONS."""
    if action in _READ_ACTIONS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_FUNCTION:
        return sqlite3.SQLITE_DENY if (arg2 or "").lower() in DENIED_FUNCTIONS else sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA:
        name = (arg1 or "").lower()
        if name in TABLE_PRAGMAS or (name in READ_ONLY_PRAGMAS and arg2 is None):
            return sqlite3.SQLITE_OK
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_UPDATE and arg1 in _SCHEMA_TABLES:
        # SQLite asks this while it connects a virtual table (FTS5, pragma
        # table-valued functions). IGNORE lets that go on and turns any real
        # update of a schema column into a no-op; SQLite refuses those anyway
        # while writable_schema is off, which the PRAGMA rule above keeps.
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_DENY


@hookimpl
def prepare_connection(conn, database, datasette):
    # Every database served from a file. Datasette's own in-memory ones run
    # no visitor SQL: its _internal catalogue (which it writes) and the
    # throw-away connection /-/versions probes FTS support on.
    if datasette is not None:
        db = datasette.databases.get(database)
        if db is None or db.is_memory:
            return
    conn.set_authorizer(read_only_authorizer)
    # A second lock on ATTACH: VACUUM INTO attaches its target internally.
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)


@hookimpl
def startup(datasette):
    # Datasette 0.65's default handle_exception() prints every error, even a
    # 404 or a refused SQL statement, as a rich traceback with all local
    # variables when the `rich` package is installed (it is: frictionless ->
    # typer -> rich). That takes about half a second of CPU on the event
    # loop per error response, so anyone sending bad URLs stalls the whole
    # server. Without it Datasette still prints real 500 errors with
    # traceback.print_exc().
    from datasette import handle_exception as default_error_handler

    default_error_handler.rich = None
