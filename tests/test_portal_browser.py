"""A journalist's way through the German site, in a real browser (Debian's
Chromium through Playwright, as in test_browser.py; no browser download):
search, a resolution with its passage and source document, paging, a CSV
and a Parquet download, a feed, the charts with no CSP violation, and screenshots.

The screenshots go to a temporary folder; with COUNCILDATA_SCREENSHOTS=DIR
(e.g. docs/screenshots) they are written there, which is how the README's
pictures are made.
"""

from __future__ import annotations

import csv
import io
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import httpx
import pytest

from .test_browser import browser, running_server  # noqa: F401  (browser is a fixture)

ATOM = "{http://www.w3.org/2005/Atom}"
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def site(sample_build, tmp_path_factory):
    log = tmp_path_factory.mktemp("portal") / "serve.log"
    with running_server(sample_build, log) as base:
        yield base


@pytest.fixture()
def page(browser):  # noqa: F811
    """A page that records console messages and script errors."""
    page = browser.new_page(viewport={"width": 1200, "height": 900}, accept_downloads=True)
    page.console_messages, page.script_errors = [], []
    page.on("console", lambda m: page.console_messages.append(m.text))
    page.on("pageerror", lambda e: page.script_errors.append(str(e)))
    yield page
    page.close()


def no_csp_trouble(page):
    violations = [m for m in page.console_messages if "Content Security Policy" in m or "Refused to" in m]
    assert violations == [] and page.script_errors == [], (violations, page.script_errors)


def rows(base, sql):
    resp = httpx.get(f"{base}/councildata.json", params={"sql": sql, "_shape": "array"})
    assert resp.status_code == 200, resp.text
    return resp.json()


def screenshot_dir(tmp_path) -> Path:
    target = Path(os.environ.get("COUNCILDATA_SCREENSHOTS") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    return target


def test_search_from_the_front_page_finds_an_inflected_word_with_an_umlaut(site, page):
    """'Ausschüsse' is in none of the sample documents; 'Ausschuss' is: the
    German search (the /-/suche page) finds the singular from the plural, umlaut
    and all, and each hit links into its passage."""
    page.goto(site + "/")
    page.fill("input[name=q]", "Ausschüsse")
    page.press("input[name=q]", "Enter")
    page.wait_for_load_state("load")
    assert "/-/suche?" in page.url and "q=Aussch%C3%BCsse" in page.url
    assert "404" not in page.title(), "no search page at /-/suche (the serving branch adds it)"
    passage_links = page.locator("a[href*='/-/passage/']")
    assert passage_links.count() > 0
    assert re.search(r"ausschuss", page.inner_text("body"), re.I)
    passage_links.first.click()
    page.wait_for_load_state("load")
    assert "/-/passage/" in page.url and page.locator("mark#passage").count() == 1
    no_csp_trouble(page)


def test_open_a_resolution_follow_its_passage_and_its_source_document(site, page, tmp_path):
    (r,) = rows(site, "select id, quote, document_id from resolutions where motion_id is not null order by id limit 1")
    page.goto(f"{site}/councildata/resolutions?document_id={r['document_id']}")
    page.click(f"td.col-id a:text-is('{r['id']}')")
    page.wait_for_load_state("load")
    assert page.locator("h1").inner_text().startswith("Beschlüsse:")
    assert page.inner_text(".passage-context mark") == r["quote"]
    assert page.locator("section.motion a").count() == 1
    page.screenshot(path=str(screenshot_dir(tmp_path) / "beschluss.png"), full_page=True)
    no_csp_trouble(page)

    page.click("a.passage-in-document")
    page.wait_for_load_state("load")
    assert "/-/passage/" in page.url
    assert page.inner_text("mark#passage") == r["quote"]
    no_csp_trouble(page)

    page.go_back()
    page.click("a.source-document")
    page.wait_for_load_state("load")
    assert page.locator("h1").inner_text().startswith("Dokumente:")
    assert r["document_id"] in page.locator("h1").inner_text()
    assert page.locator("section.document-resolutions li").count() >= 1
    no_csp_trouble(page)


@pytest.mark.parametrize("table, key", [("organizations", "id"), ("survey_results", "id"), ("resolutions", "id")])
def test_page_through_a_table_to_the_end(site, page, table, key):
    page.goto(f"{site}/councildata/{table}?_size=7")
    seen, pages = [], 0
    while True:
        pages += 1
        seen += page.eval_on_selector_all(f"td.col-{key}", "els => els.map(e => e.innerText.trim())")
        nxt = page.locator("a.next-page")
        if nxt.count() == 0:
            break
        nxt.click()
        page.wait_for_load_state("load")
        assert pages < 100
    expected = [x[key] for x in rows(site, f"select {key} from {table}")]
    assert sorted(seen) == sorted(expected) and len(seen) == len(set(seen))
    assert pages == -(-len(expected) // 7)
    no_csp_trouble(page)


def test_download_a_csv(site, page, tmp_path):
    page.goto(f"{site}/councildata/resolutions")
    page.check("#export input[name=_dl]")
    if page.locator("#export input[name=_stream]").count():
        page.check("#export input[name=_stream]")
    with page.expect_download() as info:
        page.click("#export input[type=submit]")
    path = tmp_path / "resolutions.csv"
    info.value.save_as(path)
    got = list(csv.DictReader(io.StringIO(path.read_text("utf-8"))))
    total = rows(site, "select count(*) as n from resolutions")[0]["n"]
    assert len(got) == total and {r["outcome"] for r in got} <= {
        "adopted", "adopted_amended", "rejected", "postponed", "referred", "noted", "withdrawn", "other"}
    # the build's own file, linked from the table page
    href = page.get_attribute("a[href^='/download/resolutions.csv?v=']", "href")
    resp = page.request.get(site + href)
    assert resp.status == 200 and len(list(csv.DictReader(io.StringIO(resp.text())))) == total


def test_download_a_parquet_file(site, page, tmp_path):
    """The table page links the build's Parquet part (one in a small build); a
    click downloads it, and it holds the table."""
    import pyarrow.parquet as pq

    page.goto(f"{site}/councildata/resolutions")
    link = page.locator("a[href^='/download/parquet/resolutions/part-00000.parquet?v=']")
    assert link.count() >= 1
    with page.expect_download() as info:
        link.first.click(modifiers=["Alt"])  # Alt-click: save the link's target
    path = tmp_path / "resolutions.parquet"
    info.value.save_as(path)
    table = pq.read_table(path)
    assert table.num_rows == rows(site, "select count(*) as n from resolutions")[0]["n"]
    assert set(table.column("outcome").to_pylist()) <= {
        "adopted", "adopted_amended", "rejected", "postponed", "referred", "noted", "withdrawn", "other"}


def test_subscribe_to_a_feed(site, page):
    page.goto(site + "/")
    hrefs = page.eval_on_selector_all("link[rel=alternate][type='application/atom+xml']", "els => els.map(e => e.href)")
    assert len(hrefs) == 2
    for href in hrefs:
        resp = page.request.get(href)
        assert resp.status == 200 and resp.headers["content-type"].startswith("application/atom+xml")
        feed = ET.fromstring(resp.body())
        entries = feed.findall(ATOM + "entry")
        assert entries and all(e.findtext(ATOM + "id").startswith("tag:") for e in entries)
        link = entries[0].find(ATOM + "link").get("href")
        assert page.request.get(link).status == 200
    # per body, from the front page's list
    body_feed = page.locator("ul.body-feeds a").first
    feed = ET.fromstring(page.request.get(site + body_feed.get_attribute("href")).body())
    name = body_feed.inner_text()
    assert {e.findtext(f"{ATOM}author/{ATOM}name") for e in feed.findall(ATOM + "entry")} == {name}


def test_charts_render_with_no_csp_violation(site, page, tmp_path):
    page.goto(site + "/")
    page.screenshot(path=str(screenshot_dir(tmp_path) / "startseite.png"), full_page=True)
    no_csp_trouble(page)
    page.click("a:text-is('Diagramme')")
    page.wait_for_load_state("load")
    assert page.url.endswith("/-/diagramme")
    charts = page.locator("svg.chart")
    assert charts.count() == 3
    for i in range(3):
        box = charts.nth(i).bounding_box()
        assert box and box["width"] > 300 and box["height"] > 30
        assert charts.nth(i).locator("rect").count() > 0
    page.screenshot(path=str(screenshot_dir(tmp_path) / "diagramme.png"), full_page=True)
    no_csp_trouble(page)
    assert "script-src 'self'" in page.request.get(page.url).headers["content-security-policy"]
    for name in ("startseite.png", "beschluss.png", "diagramme.png"):
        shot = screenshot_dir(tmp_path) / name
        if shot.exists():
            assert shot.read_bytes().startswith(PNG)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """The hostile document of test_browser.py (script in its title, text and a
    resolution) beside a real one, built and served."""
    import shutil

    from councildata.build import build_package

    from .conftest import CORPUS
    from .test_browser import HOSTILE_NAME, HOSTILE_TEXT, REAL_DOCUMENT

    root = tmp_path_factory.mktemp("portal-hostile")
    (root / "source").mkdir()
    shutil.copy(CORPUS / REAL_DOCUMENT, root / "source" / REAL_DOCUMENT)
    (root / "source" / HOSTILE_NAME).write_text(HOSTILE_TEXT, "utf-8")
    build_package(root / "source", root / "out", use_cache=False)
    with running_server(root / "out", root / "serve.log") as base:
        yield base


def test_the_site_pages_show_document_text_as_text(hostile_site, page):
    from datasette.utils import tilde_encode

    from .test_browser import HOSTILE_NAME, SCRIPT

    (r,) = rows(hostile_site, f"select id from resolutions where document_id = '{HOSTILE_NAME}' limit 1")
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for path in ("/", "/-/diagramme", f"/councildata/resolutions/{tilde_encode(r['id'])}",
                 f"/councildata/documents/{tilde_encode(HOSTILE_NAME)}", "/councildata/unanimous_resolutions"):
        resp = page.goto(hostile_site + path)
        page.wait_for_timeout(300)  # room for anything deferred to fire
        assert resp.status == 200, path
        assert dialogs == [] and "pwned" not in page.title(), path
        assert page.eval_on_selector_all("[onerror], [onload], [onclick]", "els => els.length") == 0, path
        no_csp_trouble(page)
    page.goto(f"{hostile_site}/councildata/resolutions/{tilde_encode(r['id'])}")
    assert "<script>" in page.inner_text(".passage-context")
    assert SCRIPT in page.inner_text("body") or "<script>alert(1)</script>" in page.inner_text("body")
    feed = ET.fromstring(page.request.get(hostile_site + "/-/feeds/documents.atom").body())
    assert any(SCRIPT in (e.findtext(ATOM + "title") or "") for e in feed.findall(ATOM + "entry"))
