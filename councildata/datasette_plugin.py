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

import asyncio
import base64
import functools
import hashlib
import mimetypes
import os
import re
import sqlite3
import stat
import threading
import weakref
from pathlib import Path
from urllib.parse import unquote

import datasette as datasette_package
from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

from . import precomputed, prerender, schemas, search, table_cells
from .database import DB_NAME
from .keyset import FIRST_PAGE_DESC_VALUE
from .model import PROVENANCE_TABLES, TABLES
from .published import PublishedBuild
from .prerender import Prerenderer
from .response_cache import ResponseCache, SharedFolder, Store
from .table_cells import cell_hook, fast_tilde_encode

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
    # Tilde-encoded as Datasette encodes row keys: a "/" in an id (OParl list
    # files: "liste.json/paper-2") becomes "~2F", which no proxy or router
    # turns back into a path separator.
    return datasette.urls.path(f"/-/passage/{fast_tilde_encode(document_id)}?start={start}&end={end}") + "#passage"


def document_id_from_url(raw: str) -> str:
    """The document id of a passage URL: tilde-encoded (our links), or
    percent-encoded by a browser or an older link."""
    return tilde_decode(unquote(raw)) if "~" in raw else unquote(raw)


@hookimpl
@cell_hook(lambda column, table, database: column == "quote" and table in PROVENANCE_TABLES)
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
    document_id = document_id_from_url(request.url_vars["document_id"])
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
        raise NotFound(f"Kein Dokument {document_id}")
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


# --- Downloads ---------------------------------------------------------------

DOWNLOAD_CHUNK = 256 * 1024


def _open_download(build: Path, name: str) -> int:
    """A descriptor of the file ``name`` inside the build directory: no
    hidden files, nothing outside it, no symlinks (O_NOFOLLOW on the file,
    and its real path checked inside the build)."""
    parts = name.split("/")
    if not name or any(p in ("", ".", "..") or p.startswith(".") for p in parts):
        raise FileNotFoundError(name)
    path = build / name
    if not os.path.realpath(path).startswith(str(build) + os.sep):
        raise FileNotFoundError(name)
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise FileNotFoundError(name)
    return fd


# A download named with its build (?v=<build folder>, as the site links
# them) never changes: browsers and CDNs may keep it for a year. Without it
# the same URL gives the next build's file after a rebuild, so caches ask
# again after a few minutes (and get 304 Not Modified while it is the same).
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "public, max-age=300"


def download_url(db_path: str, name: str) -> str:
    """The site's link to one file of the build ``db_path`` belongs to."""
    from urllib.parse import quote

    return f"/download/{quote(name)}?v={quote(Path(db_path).parent.name)}"


def download_etag(build: Path, name: str, info: os.stat_result) -> str:
    digest = hashlib.blake2b(f"{build.name}/{name}/{info.st_size}/{info.st_mtime_ns}".encode(), digest_size=12)
    return f'"{digest.hexdigest()}"'


def download_cache_control(version: str | None, build: Path) -> str:
    return IMMUTABLE if version is not None and version == build.name else REVALIDATE


async def download(request, datasette):
    """/download/<file>: a file of the build this request was pinned to."""
    db = datasette.get_database(DATABASE)
    if not isinstance(db, PublishedBuild):
        raise NotFound("Keine Downloads")
    name = unquote(request.url_vars["path"])
    build = db.build_dir
    try:
        fd = _open_download(build, name)
    except FileNotFoundError:
        # Swapped and removed since this request started: the whole
        # answer comes from the build published now.
        current = db.resolve()
        if current == build:
            raise NotFound(f"Keine Datei {name}") from None
        try:
            fd = _open_download(current, name)
        except FileNotFoundError:
            raise NotFound(f"Keine Datei {name}") from None
        build = current
    except OSError:  # a symlink (ELOOP), a folder, no permission
        raise NotFound(f"Keine Datei {name}") from None
    info = os.fstat(fd)
    size = info.st_size
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if content_type.startswith("text/") or content_type == "application/json":
        content_type += "; charset=utf-8"
    etag = download_etag(build, name, info)
    cache_control = download_cache_control(request.args.get("v"), build)
    if etag in [t.strip() for t in request.headers.get("if-none-match", "").split(",")]:
        os.close(fd)
        return Response("", status=304, headers={"etag": etag, "cache-control": cache_control})
    file = os.fdopen(fd, "rb")

    class FileResponse:
        async def asgi_send(self, send):
            try:
                await send({"type": "http.response.start", "status": 200, "headers": [
                    (b"content-type", content_type.encode()),
                    (b"content-length", str(size).encode()),
                    (b"etag", etag.encode()),
                    (b"cache-control", cache_control.encode()),
                ]})
                if request.method == "HEAD":
                    await send({"type": "http.response.body", "body": b""})
                    return
                while True:
                    chunk = await asyncio.to_thread(file.read, DOWNLOAD_CHUNK)
                    await send({"type": "http.response.body", "body": chunk, "more_body": bool(chunk)})
                    if not chunk:
                        break
            finally:
                file.close()

    return FileResponse()


@hookimpl
def register_routes():
    # Imported here: search_page uses this module's passage_url and DATABASE.
    from . import search_page

    return [
        (r"^/-/passage/(?P<document_id>[^/]+)$", passage),
        (r"^/-/suche$", search_page.search_page),
        (r"^/download/(?P<path>.+)$", download),
        (r"^/-/prerender\.json$", prerender_status),
    ]


CORS_HEADERS = [
    # Transparency portals and OParl clients read the API, the files and the
    # feeds from their own pages (OParl 1.1 requires this header). The site
    # is public and read-only and sets no cookies it reads, so any origin.
    (b"access-control-allow-origin", b"*"),
    (b"access-control-expose-headers", b"Link"),
]
# The first key of _next that lies before every row: "$null" for an
# ascending sort (NULLs come first), the largest character for a descending
# one (everything is smaller or NULL, which comes last); with "" as the key
# tie-breaker (every key is a non-empty string).
_FIRST_PAGE_ASC = "$null,"
_FIRST_PAGE_DESC = tilde_encode(FIRST_PAGE_DESC_VALUE) + ","


def first_page_next(datasette, request) -> str | None:
    """For the first page of a sorted table, a ``_next`` that lies before
    its first row; None for every other request.

    Datasette 0.65 orders the first page of a sorted table by the sort
    column only and every later page by the sort column and then the
    primary key, so rows sharing a sort value (many resolutions per date)
    come in another order on page 1 than the paging assumes: some are
    returned twice and some never. Started from this ``_next``, page 1 is
    built like every other page, in the same complete order.
    """
    database = tilde_decode(request.url_vars.get("database", ""))
    table = tilde_decode(request.url_vars.get("table", ""))
    if database != DATABASE or table not in TABLES or request.args.get("_next"):
        return None
    if schemas.primary_key(table) is None:
        return None
    sort, sort_desc = request.args.get("_sort"), request.args.get("_sort_desc")
    if not sort and not sort_desc:
        meta = datasette.table_metadata(DATABASE, table)
        sort, sort_desc = meta.get("sort"), meta.get("sort_desc")
    if bool(sort) == bool(sort_desc):  # no sort (key order), or both (Datasette's error)
        return None
    return _FIRST_PAGE_DESC if sort_desc else _FIRST_PAGE_ASC


def _page_tables_in_one_order() -> None:
    """Start every table page's query from :func:`first_page_next`.

    TableView.data takes the ``_next`` to start from as an argument (its CSV
    streaming passes each later page's that way); a ``_next`` in the query
    string instead would show in every link of the page and is refused by
    ``_stream=on``. Datasette is pinned to 0.65.x, whose TableView.data
    this wraps; tests/test_paging.py fails if that changes.
    """
    from datasette.views.table import TableView

    original = TableView.data
    if getattr(original, "councildata_first_page", False):
        return

    async def data(self, request, default_labels=False, _next=None, _size=None):
        if _next is None:
            _next = first_page_next(self.ds, request)
        return await original(self, request, default_labels, _next, _size)

    data.councildata_first_page = True
    TableView.data = data


async def _counts(datasette, database: str) -> precomputed.Counts | None:
    db = datasette.databases.get(database)
    return await db.counts() if isinstance(db, PublishedBuild) else None


def served_build(datasette) -> tuple[str, ...]:
    """The files behind the served databases, symlinks resolved: a new build is a new key."""
    return tuple(os.path.realpath(db.path) for db in datasette.databases.values() if db.path)


# Set by `councildata serve --workers N` (councildata.serve): the folder the
# worker processes share their rendered answers through.
SHARED_CACHE_ENV = "COUNCILDATA_SHARED_CACHE"
SHARED_CACHE_FACTOR = 4
# Never cached: files (streamed, large) and the pre-renderer's progress.
CACHE_BYPASS = ("/download/", "/-/prerender.json")
_serving: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _serving_for(datasette) -> tuple[Store | None, Prerenderer]:
    """What the server's app and Datasette's internal client share: the
    response cache's store (None when COUNCILDATA_CACHE_MB=0) and the
    pre-renderer that fills it for each new build."""
    if datasette not in _serving:
        # The database is immutable: rendered answers are kept per build.
        megabytes = float(os.environ.get("COUNCILDATA_CACHE_MB", "64"))
        store = Store(int(megabytes * 2**20)) if megabytes > 0 else None
        shared = os.environ.get(SHARED_CACHE_ENV)
        if store is not None and shared and os.path.isdir(shared):
            # The worker processes of one server share what they render;
            # files cost disk and page cache, not this process's memory.
            store.shared = SharedFolder(shared, SHARED_CACHE_FACTOR * store.max_bytes)
        limit = prerender.limit_from_env() if store is not None else 0
        worker = store.shared.claim_worker_number() if store is not None and store.shared is not None else None
        report = functools.partial(store.shared.write_status, worker) if worker is not None else None
        renderer = Prerenderer(datasette, DATABASE, lambda: served_build(datasette), limit,
                               from_the_end=worker is not None and worker % 2 == 1, report=report, worker=worker)
        _serving[datasette] = (store, renderer)
    return _serving[datasette]


async def prerender_status(request, datasette):
    """/-/prerender.json: how far the pages of the served build are rendered
    ahead, by every worker process of the server (whichever answers)."""
    store, renderer = _serving_for(datasette)
    own = renderer.status()
    if store is None or store.shared is None:
        return Response.json(own)
    others = await asyncio.to_thread(store.shared.statuses, renderer.worker)
    return Response.json(prerender.combined_status(own, others))


@hookimpl
def asgi_wrapper(datasette):
    # Here rather than at import: this module is imported while Datasette
    # loads its plugins, before its views can be.
    _page_tables_in_one_order()
    precomputed.patch_column_facets(_counts)
    table_cells.patch()

    def wrap(app):
        async def with_headers(scope, receive, send):
            async def send_with_headers(event):
                if event["type"] == "http.response.start":
                    names = {k.lower() for k, _ in event.get("headers", [])}
                    extra = [(k, v) for k, v in [*SECURITY_HEADERS, *CORS_HEADERS] if k not in names]
                    event = {**event, "headers": [*event.get("headers", []), *extra]}
                await send(event)

            if scope["type"] == "lifespan":
                async def receive_and_watch():
                    message = await receive()
                    if message["type"] == "lifespan.startup":
                        prerenderer.watch()
                    elif message["type"] == "lifespan.shutdown":
                        prerenderer.stop()
                    return message

                await app(scope, receive_and_watch, send)
                return
            if scope["type"] != "http":
                await app(scope, receive, send)
                return
            if scope["method"] not in READ_METHODS:
                # The site is read-only: no POST/PUT/DELETE reaches any view,
                # Datasette's or a plugin's (Datasette 0.65 answers a POST to
                # a table or a read-only canned query with a 500).
                await Response.text("Method not allowed: this site is read-only", status=405,
                                    headers={"allow": ", ".join(sorted(READ_METHODS))}).asgi_send(send_with_headers)
                return
            if scope["method"] == "OPTIONS":
                # A CORS preflight: GET and HEAD from anywhere, nothing else.
                await Response("", status=204, headers={
                    "allow": ", ".join(sorted(READ_METHODS)),
                    "access-control-allow-methods": "GET, HEAD, OPTIONS",
                    "access-control-allow-headers": "Content-Type",
                    "access-control-max-age": "3600",
                }).asgi_send(send_with_headers)
                return
            db = datasette.databases.get(DATABASE)
            if not isinstance(db, PublishedBuild):
                await cached(scope, receive, send_with_headers)
                return
            try:
                token = db.pin()
            except FileNotFoundError:
                await Response.text("Der Datenbestand wird gerade neu erstellt; bitte gleich noch einmal versuchen.",
                                    status=503, headers={"retry-after": "5"}).asgi_send(send_with_headers)
                return
            try:
                prerenderer.notice()
                await cached(scope, receive, send_with_headers)
            finally:
                db.unpin(token)

        store, prerenderer = _serving_for(datasette)
        cached = (ResponseCache(app, lambda: served_build(datasette), store=store, bypass=CACHE_BYPASS)
                  if store is not None else app)
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


# --- Limits on the work and size of one query ---------------------------------
#
# Datasette's time limit is an SQLite progress handler: it runs between
# virtual machine steps, so it cannot stop one long function call. The
# limits below bound what one call can cost:
# - LIKE/GLOB patterns are short. SQLite matches a pattern in time
#   proportional to text x pattern length, and the text is bounded by the
#   value limit below; the pattern limit is LIKE_WORK / value limit, between
#   MIN_LIKE_PATTERN_BYTES and MAX_LIKE_PATTERN_BYTES: 256 bytes where no
#   value is over 1 MiB, 16 bytes for a 16 MiB document text. The worst LIKE
#   either allows took 0.6-0.7 s on the 2-core development machine under a
#   load of 10 (benchmarks/sql_limits.py); a 100-byte pattern over 16 MiB
#   took 4.7 s, a 40 000-byte one over 3 MB 262 s.
# - No string or blob is longer than the largest value stored in the build
#   (a document's text) or MIN_VALUE_BYTES, whichever is larger; building a
#   longer one fails with "string or blob too big".
# - A query returns at most RESULT_TEXT_BYTES of text and blobs over all its
#   rows and columns; past that it fails with RESULT_TOO_LARGE, so a response
#   (and the memory for it) stays bounded however many big values it selects.
# - A result has at most MAX_COLUMNS columns.
LIKE_WORK = 256 * 1024 * 1024
MIN_LIKE_PATTERN_BYTES = 16
MAX_LIKE_PATTERN_BYTES = 512
MIN_VALUE_BYTES = 1024 * 1024
RESULT_TEXT_BYTES = 32 * 1024 * 1024
MAX_COLUMNS = 200
RESULT_TOO_LARGE = (
    f"Das Ergebnis ist zu groß (mehr als {RESULT_TEXT_BYTES // (1024 * 1024)} MB Text): "
    "bitte weniger Zeilen (_size, limit) oder weniger Spalten abfragen."
)
_value_limits: dict[str, int] = {}
_query_bytes = threading.local()


class ResultTooLarge(sqlite3.OperationalError):
    pass


def _count_bytes(n: int) -> None:
    total = getattr(_query_bytes, "total", 0) + n
    _query_bytes.total = total
    if total > RESULT_TEXT_BYTES:
        raise ResultTooLarge(RESULT_TOO_LARGE)


def _text_factory(data: bytes) -> str:
    _count_bytes(len(data))
    return str(data, "utf-8", "replace")


def _row_factory(cursor, row):
    blobs = sum(len(v) for v in row if isinstance(v, bytes))
    if blobs:
        _count_bytes(blobs)
    return sqlite3.Row(cursor, row)


def _new_statement(sql: str) -> None:
    # Called by SQLite as each statement starts: the size count is per query.
    _query_bytes.total = 0


def value_limit(conn: sqlite3.Connection) -> int:
    """The largest value a query on this database may build: its largest
    stored document text (measured once per database file), at least
    MIN_VALUE_BYTES."""
    path = conn.execute("select file from pragma_database_list where name = 'main'").fetchone()[0]
    if path not in _value_limits:
        try:
            largest = conn.execute("select max(length(cast(text as blob))) from documents").fetchone()[0] or 0
        except sqlite3.Error:  # not a councildata database
            largest = 0
        _value_limits[path] = max(MIN_VALUE_BYTES, largest + 1024)
    return _value_limits[path]


# SQLite's own instr(), replace() and two-argument trim() compare the
# pattern at every position of the text: time text x pattern, in one
# function call that the time limit cannot stop (instr of a 500 000-byte
# pattern in 1 MB took 12 s). Python's str.find/replace search in linear
# time, and trim() here tests each character against a set.


def _sql_text(value) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value if isinstance(value, str) else str(value)


def _instr(haystack, needle):
    if haystack is None or needle is None:
        return None
    if isinstance(haystack, bytes) and isinstance(needle, bytes):
        return haystack.find(needle) + 1
    return _sql_text(haystack).find(_sql_text(needle)) + 1


def _replacer(limit: int):
    def replace(text, old, new):
        if text is None or old is None or new is None:
            return None
        text, old, new = _sql_text(text), _sql_text(old), _sql_text(new)
        if not old:
            return text
        # Refuse before building a result past the value limit.
        if len(new) > len(old) and len(text) + text.count(old) * (len(new) - len(old)) > limit:
            raise sqlite3.DataError("string or blob too big")
        return text.replace(old, new)

    return replace


def _trimmer(left: bool, right: bool):
    def trim(text, chars):
        if text is None or chars is None:
            return None
        text, strip = _sql_text(text), set(_sql_text(chars))
        start, end = 0, len(text)
        while left and start < end and text[start] in strip:
            start += 1
        while right and end > start and text[end - 1] in strip:
            end -= 1
        return text[start:end]

    return trim


def like_pattern_limit(value_limit: int) -> int:
    return max(MIN_LIKE_PATTERN_BYTES, min(MAX_LIKE_PATTERN_BYTES, LIKE_WORK // value_limit))


def _escape_fts(query):
    return search.fts_query(query if isinstance(query, str) else "")


def _search_snippet(text, query):
    return search.highlight(text if isinstance(text, str) else "", query if isinstance(query, str) else "")


# trylast: after Datasette's own prepare_connection, whose escape_fts this replaces.
@hookimpl(trylast=True)
def prepare_connection(conn, database, datasette):
    # Every database served from a file. Datasette's own in-memory ones run
    # no visitor SQL: its _internal catalogue (which it writes) and the
    # throw-away connection /-/versions probes FTS support on.
    if datasette is not None:
        db = datasette.databases.get(database)
        if db is None or db.is_memory:
            return
    # escape_fts is what `_search=` on a table page runs the visitor's text
    # through: this one makes every word a phrase (never FTS5 syntax) and
    # searches its stemmed and folded forms too (see councildata.search).
    conn.create_function("escape_fts", 1, _escape_fts, deterministic=True)
    # suche_ausschnitt(text, q): the passage of text around q, the match in »«.
    conn.create_function("suche_ausschnitt", 2, _search_snippet, deterministic=True)
    limit = value_limit(conn)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, limit)
    conn.create_function("instr", 2, _instr, deterministic=True)
    conn.create_function("replace", 3, _replacer(limit), deterministic=True)
    conn.create_function("trim", 2, _trimmer(True, True), deterministic=True)
    conn.create_function("ltrim", 2, _trimmer(True, False), deterministic=True)
    conn.create_function("rtrim", 2, _trimmer(False, True), deterministic=True)
    conn.set_authorizer(read_only_authorizer)
    # A second lock on ATTACH: VACUUM INTO attaches its target internally.
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, like_pattern_limit(limit))
    conn.setlimit(sqlite3.SQLITE_LIMIT_COLUMN, MAX_COLUMNS)
    conn.text_factory = _text_factory
    conn.row_factory = _row_factory
    conn.set_trace_callback(_new_statement)


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
