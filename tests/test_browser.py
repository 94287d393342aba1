"""A real browser on the served site: text from a document never runs as
script (docs/reliability.md, "Serving").

The test makes its own source folder: a real corpus document plus a text
file whose text carries script, an ``onerror`` image, a ``javascript:`` link
and an anchor with a ``javascript:`` href. It builds the folder, starts
``councildata serve`` on 127.0.0.1 and opens the pages that show that text in
Chromium (Debian's, through Playwright): the documents table, the document's
row page, the passage page, the resolutions table (quote links) and an SQL
query showing the text.

Needs ``/usr/bin/chromium`` (apt-get install chromium) and the ``playwright``
Python package (the test extra); no browser is downloaded.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlencode

import httpx
import pytest
from datasette.utils import tilde_encode

from .conftest import CORPUS

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
REAL_DOCUMENT = "de_karlsruhe_antrag_1.txt"
HOSTILE_NAME = "de_testcity_antrag_xss.txt"
SCRIPT = "<script>document.title='pwned'</script>"
IMG = "<img src=x onerror=alert(1)>"
ANCHOR = '<a href="javascript:alert(1)">hier klicken</a>'
# A made-up motion in the shape of the corpus' Karlsruhe motions, so that it
# is read as a council document and its title and a resolution quote carry
# the payloads too.
HOSTILE_TEXT = f"""Antrag

Vorlage Nr.:  2025/9999

Eingang: 26.05.2025

Sicherheit {SCRIPT} der Anzeige
Antrag: {IMG}

Gremien Termin TOP  Ö / N Zuständigkeit
Gemeinderat 24.06.2025 18 Ö Entscheidung

Der Gemeinderat möge beschließen:

1. Die Verwaltung prüft {SCRIPT} und <img src=x onerror="document.title='pwned'">.
2. Ein Link javascript:alert(1) und {ANCHOR} wird nicht ausgeführt.

Begründung:
Der Text enthält {SCRIPT} als Text.

Ergebnis: Der Gemeinderat beschließt einstimmig <script>alert(1)</script> wie beantragt.
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_server(out_dir: Path, log: Path, timeout: float = 120, **popen) -> Iterator[str]:
    """`councildata serve OUT_DIR` on a free port of 127.0.0.1; yields its base
    URL and stops it (the whole process group) on the way out. ``popen``
    goes to subprocess.Popen (e.g. ``user=`` to serve as another user)."""
    port = free_port()
    exe = Path(sys.executable).parent / "councildata"
    with open(log, "wb") as out:
        # Output goes to a file: a pipe nobody reads would stall the server
        # once its buffer is full (uvicorn logs every request).
        proc = subprocess.Popen(
            [str(exe), "serve", str(out_dir), "--host", "127.0.0.1", "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT, start_new_session=True, **popen,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                if httpx.get(f"{base}/-/versions.json", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, log.read_text("utf-8", "replace")[-3000:]
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)
        yield base
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=20)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from councildata.build import build_package

    root = tmp_path_factory.mktemp("browser")
    source = root / "source"
    source.mkdir()
    shutil.copy(CORPUS / REAL_DOCUMENT, source / REAL_DOCUMENT)
    (source / HOSTILE_NAME).write_text(HOSTILE_TEXT, "utf-8")
    report = build_package(source, root / "out", use_cache=False)
    assert report.documents == 2, report.to_dict()
    with running_server(root / "out", root / "serve.log") as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is missing: pip install -e '.[test]'")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


def hostile_urls(base: str) -> dict[str, str]:
    res = httpx.get(f"{base}/councildata/resolutions.json", params={"document_id": HOSTILE_NAME, "_shape": "array"}).json()
    assert res, "the hostile document yields a resolution whose quote carries a script"
    r = res[0]
    sql = "select id, title, text from documents where id = :id"
    return {
        "documents table": f"{base}/councildata/documents",
        "row page": f"{base}/councildata/documents/{tilde_encode(HOSTILE_NAME)}",
        "passage page": f"{base}/-/passage/{quote(HOSTILE_NAME, safe='')}?start={r['char_start']}&end={r['char_end']}",
        "whole text as passage": f"{base}/-/passage/{quote(HOSTILE_NAME, safe='')}?start=0&end=100000",
        "resolutions table": f"{base}/councildata/resolutions?document_id={quote(HOSTILE_NAME)}",
        "SQL query": f"{base}/councildata?" + urlencode({"sql": sql, "id": HOSTILE_NAME}),
        "search": f"{base}/councildata/documents?_search=Sicherheit",
    }


def open_page(browser, url):
    page = browser.new_page()
    dialogs, errors, console = [], [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: console.append(m.text))
    resp = page.goto(url, wait_until="load")
    page.wait_for_timeout(300)  # room for anything deferred (onerror, timers) to fire
    return page, resp, dialogs, errors, console


def test_document_text_never_runs_as_script(site, browser):
    for what, url in hostile_urls(site).items():
        page, resp, dialogs, errors, console = open_page(browser, url)
        try:
            assert resp.status == 200, (what, resp.status)
            assert dialogs == [], (what, dialogs)
            title = page.title()
            assert title != "pwned" and "pwned" not in page.evaluate("document.title.replace(/'pwned'/g, '')"), (what, title)
            scripts = page.eval_on_selector_all("script", "els => els.map(e => e.textContent)")
            assert not [s for s in scripts if "pwned" in s or "alert(1)" in s], (what, scripts)
            assert page.eval_on_selector_all("[onerror], [onload], [onclick]", "els => els.length") == 0, what
            bad_links = page.eval_on_selector_all(
                "a[href], area[href], iframe[src], form[action]",
                "els => els.map(e => e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action'))"
                ".filter(v => /^\\s*javascript:/i.test(v))",
            )
            assert bad_links == [], (what, bad_links)
            body = page.inner_text("body")
            # The payloads are shown as the text they are.
            if what in ("row page", "whole text as passage", "SQL query"):
                for payload in (SCRIPT, IMG, ANCHOR, "javascript:alert(1)"):
                    assert payload in body, (what, payload)
            elif what == "passage page":
                assert "<script>alert(1)</script>" in page.inner_text("mark#passage")
            else:
                assert SCRIPT in body or "<script>alert(1)</script>" in body, what
            assert errors == [], (what, errors)
            violations = [m for m in console if "Content Security Policy" in m]
            assert violations == [], (what, violations)
        finally:
            page.close()


def test_passage_page_title_is_the_documents_title_as_text(site, browser):
    page, _, dialogs, _, _ = open_page(browser, hostile_urls(site)["passage page"])
    try:
        assert page.title() == f"Sicherheit {SCRIPT} der Anzeige — passage"
        assert dialogs == []
    finally:
        page.close()


def test_datasettes_own_scripts_run_under_the_csp(site, browser):
    """The CSP allows Datasette's inline scripts by hash: the table page's
    column menus (table.js + the facet flag) and the SQL editor (CodeMirror
    set up by an inline script) still work, with no CSP violation."""
    page, resp, _, errors, console = open_page(browser, f"{site}/councildata/resolutions")
    try:
        assert "script-src 'self' 'sha256-" in resp.headers["content-security-policy"]
        assert page.eval_on_selector_all("svg.dropdown-menu-icon", "els => els.length") > 0
        assert errors == [] and not [m for m in console if "Content Security Policy" in m]
    finally:
        page.close()
    page, _, _, errors, console = open_page(browser, f"{site}/councildata?sql=select+1")
    try:
        assert page.eval_on_selector_all(".CodeMirror", "els => els.length") == 1
        assert errors == [] and not [m for m in console if "Content Security Policy" in m]
    finally:
        page.close()
