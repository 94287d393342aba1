"""The German site (councildata/site/, publish/templates, publish/labels.yaml):
labels in the HTML while JSON and CSV keep the contract's codes, the front
page, row pages, Atom feeds and charts. Through Datasette's ASGI client on a
build of the bundled sample; the real browser is in test_portal_browser.py.
"""

from __future__ import annotations

import asyncio
import base64
import csv
import hashlib
import io
import re
import shutil
import sqlite3
import xml.etree.ElementTree as ET
from html import unescape
from urllib.parse import urlencode

import pytest
import yaml
from datasette.utils import tilde_encode
from markupsafe import escape

from councildata import schemas
from councildata.database import DB_NAME
from councildata.datasette_plugin import passage_url
from councildata.metadata import site_config
from councildata.model import TABLES
from councildata.serve import make_datasette
from councildata.site import charts, feeds
from councildata.site.labels import LabelsError, labels, load_labels

ATOM = "{http://www.w3.org/2005/Atom}"


def started(folder):
    ds = make_datasette(folder)
    asyncio.run(ds.invoke_startup())
    return ds


@pytest.fixture(scope="module")
def ds(sample_build):
    return started(sample_build)


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def sql(ds, query, **params):
    resp = get(ds, "/councildata.json?" + urlencode({"sql": query, "_shape": "array", **params}))
    assert resp.status_code == 200, resp.text
    return resp.json()


def html_text(page: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", page))


# --- labels -------------------------------------------------------------------

def test_every_table_column_and_code_has_a_german_label():
    data = labels()
    assert set(data["tables"]) == set(TABLES)
    for t in TABLES:
        for f in schemas.fields(t):
            label = data["by_table"].get(t, {}).get(f["name"]) or data["columns"].get(f["name"])
            assert label, f"publish/labels.yaml: no label for {t}.{f['name']}"
            for code in f.get("constraints", {}).get("enum", []):
                assert code in data["values"].get(f["name"], {}), f"no label for {t}.{f['name']} = {code}"


def test_labels_name_only_what_exists():
    data = labels()
    fields = {f["name"]: f for t in TABLES for f in schemas.fields(t)}
    for t, cols in data["by_table"].items():
        assert t in TABLES and set(cols) <= set(schemas.field_names(t)), t
    for column, codes in data["values"].items():
        f = fields[column]
        allowed = {"1", "0"} if f["type"] == "boolean" else set(f.get("constraints", {}).get("enum", []))
        assert set(codes) <= allowed, (column, set(codes) - allowed)
    assert set(data["queries"]) <= set(site_config()["queries"])


@pytest.mark.parametrize("content, reason", [
    ("tables: [", "cannot read"),
    ("- a list\n", "expected a mapping"),
    ("tables: {}\ncolumns: {}\nby_table: {}\nvalues: {}\n", "`queries` must be a mapping"),
    ("tables: {documents: {about: x}}\ncolumns: {}\nby_table: {}\nvalues: {}\nqueries: {}\n", "needs a `label`"),
    ("tables: {}\ncolumns: {}\nby_table: {}\nvalues: {}\nqueries: {q: Frage}\n", "needs a `question`"),
])
def test_a_broken_labels_file_is_named_with_its_reason(tmp_path, content, reason):
    path = tmp_path / "labels.yaml"
    path.write_text(content, "utf-8")
    with pytest.raises(LabelsError) as e:
        load_labels(path)
    assert str(path) in str(e.value) and reason in str(e.value)


def test_html_says_abgelehnt_while_json_and_csv_keep_rejected(ds):
    page = get(ds, "/councildata/resolutions?outcome=rejected")
    assert page.status_code == 200
    assert ">abgelehnt</span>" in page.text and 'title="rejected"' in page.text
    # German column title; the real name stays in data-column for the menus and the API.
    assert re.search(r'data-column="decided_by"[^>]*>\s*<a [^>]*>Beschlossen von', page.text)
    assert "Nächste Seite" in page.text or "Einträge" in page.text
    rows = get(ds, "/councildata/resolutions.json?outcome=rejected&_shape=array").json()
    assert rows and {r["outcome"] for r in rows} == {"rejected"}
    default = get(ds, "/councildata/resolutions.json?outcome=rejected").json()
    at = default["columns"].index("outcome")
    assert {row[at] for row in default["rows"]} == {"rejected"}
    lines = list(csv.DictReader(io.StringIO(get(ds, "/councildata/resolutions.csv?outcome=rejected&_stream=on").text)))
    assert len(lines) == len(rows) and {r["outcome"] for r in lines} == {"rejected"}
    # SQL results are data too: codes in JSON, labels only in the HTML cells.
    assert sql(ds, "select outcome from resolutions where outcome = 'rejected' limit 1") == [{"outcome": "rejected"}]


def test_query_and_database_pages_speak_german(ds):
    page = get(ds, "/councildata/unanimous_resolutions").text
    question = labels()["queries"]["unanimous_resolutions"]["question"]
    assert f"<title>{question}</title>" in page and question in page
    assert re.search(r'<th class="col-decided_by" scope="col" title="decided_by">Beschlossen von</th>', page)
    assert 'value="Abfrage ausführen"' in page and ">beschlossen</span>" in page
    assert "rejected" in get(ds, "/councildata/resolutions_by_body_and_outcome.json?_shape=array").text
    page = get(ds, "/councildata").text
    for t in TABLES:
        assert f'<a href="/councildata/{t}">{labels()["tables"][t]["label"]}</a>' in page, t
    for name in site_config()["queries"]:
        assert labels()["queries"][name]["question"] in page, name


def test_a_count_named_like_a_boolean_column_stays_a_number(ds):
    page = get(ds, "/councildata/resolutions_by_body_and_outcome").text
    cells = re.findall(r'<td class="col-unanimous">(.*?)</td>', page, re.S)
    assert cells and all(re.fullmatch(r"\d+|&nbsp;", c.strip()) for c in cells), cells
    assert any(c.strip() not in ("0", "1", "&nbsp;") for c in cells)  # a real count, not a flag
    assert labels()["queries"]["resolutions_by_body_and_outcome"]["about"] in page


def test_filtered_and_sorted_table_is_described_in_german(ds):
    page = get(ds, "/councildata/resolutions?outcome=rejected&decided_by__contains=Gemeinde&_sort=date").text
    n = len(sql(ds, "select id from resolutions where outcome = 'rejected' and decided_by like '%Gemeinde%'"))
    start = page.index('class="table-description">') + len('class="table-description">')
    described = html_text(page[start:page.index("</h3>", start)])
    assert " ".join(described.split()) == (
        f'{n} Einträge mit Beschlossen von enthält Gemeinde, Ergebnis = abgelehnt · sortiert nach Datum, aufsteigend')
    assert "sorted by" not in page and '<option value="contains">enthält</option>' in page


def test_table_pages_link_every_file_of_their_table(sample_build, tmp_path):
    folder = tmp_path / "build"
    shutil.copytree(sample_build, folder)
    # A second Parquet part, as a larger build has (councildata.downloads).
    (folder / "parquet" / "resolutions" / "part-00001.parquet").write_bytes(b"PAR1" + b"0" * 2000)
    page = get(started(folder), "/councildata/resolutions").text
    links = re.findall(r'<a class="table-download" href="([^"]+)">[^<]+</a> <small>\(([^)]+)\)', page)
    # Named by their build (?v=): cacheable for a year (docs/scaling.md).
    version = folder.resolve().name
    assert [href for href, _ in links] == [f"/download/{x}?v={version}" for x in (
        "resolutions.csv", "resolutions.json", "parquet/resolutions/part-00000.parquet",
        "parquet/resolutions/part-00001.parquet")]
    assert links[3][1] == "2,0 kB"


def test_views_show_the_same_labels(ds):
    page = get(ds, "/councildata/resolutions_with_documents?outcome=rejected").text
    assert ">abgelehnt</span>" in page and "Beschlossen von" in page


def test_facets_and_document_types_are_german_but_filter_by_code(ds):
    page = get(ds, "/councildata/resolutions?_facet=outcome").text
    facet = page[page.index('id="facet-outcome"'):]
    facet = facet[: facet.index("</div>")]
    assert "Ergebnis" in facet and "abgelehnt" in facet and "outcome=rejected" in facet
    docs = get(ds, "/councildata/documents").text
    assert ">Niederschrift</span>" in docs and 'title="minutes"' in docs


# --- front page ---------------------------------------------------------------

def test_front_page_shows_all_tables_downloads_feeds_and_questions(ds, sample_build):
    resp = get(ds, "/")
    assert resp.status_code == 200
    page = resp.text
    for t in TABLES:
        assert f'href="/councildata/{t}"' in page, t
        assert labels()["tables"][t]["label"] in html_text(page), t
    assert 'action="/-/suche"' in page and 'name="q"' in page
    # every file of the build, with its size
    # Hidden files (the build's manifest, the zip's index) are not downloads.
    files = sorted(p for p in sample_build.rglob("*") if p.is_file() and not p.name.startswith("."))
    # Parquet parts are one line per table (some 240 files at 100,000
    # documents), linking the table page, which lists each.
    parts = [f for f in files if f.relative_to(sample_build).parts[0] == "parquet"]
    assert parts
    for table in {f.parent.name for f in parts}:
        n = sum(f.parent.name == table for f in parts)
        assert re.search(rf'<code>parquet/{table}/</code> <small>\({n} Teile?, zusammen [\d,]+ (Bytes|kB|MB)\)</small>: '
                         rf'Parquet in Teilen, jeder einzeln auf der <a href="/councildata/{table}">', page), table
    files = [f for f in files if f not in parts]
    assert len(re.findall(r'<li><a href="/download/', page)) == len(files)
    for f in files:
        name = f.relative_to(sample_build).as_posix()
        assert re.search(rf'href="/download/{re.escape(name)}\?v={re.escape(sample_build.resolve().name)}">'
                         rf'{re.escape(name)}</a> <small>\([\d,]+ (Bytes|kB|MB)\)', page), name
        assert get(ds, f"/download/{name}").status_code == 200
    # feeds, linked and announced
    for name in feeds.FEEDS:
        assert f'href="/-/feeds/{name}.atom"' in page
        assert f'rel="alternate" type="application/atom+xml" title="{feeds.feed_title(name, "")}" href="/-/feeds/{name}.atom"' in page
    # every canned query as a question that runs
    for name in site_config()["queries"]:
        link = re.search(rf'href="(/councildata/{name}(?:\?[^"]*)?)"', page)
        assert link, name
        resp = get(ds, unescape(link.group(1)))
        assert resp.status_code == 200 and "<table" in resp.text, name
    assert labels()["queries"]["unanimous_resolutions"]["question"] in page
    assert 'href="/councildata/search_documents?q=Umfrage"' in page


def test_front_page_counts_and_newest_decisions_match_the_database(ds):
    page = get(ds, "/").text
    counts = sql(ds, "select decided_by, outcome, count(*) as n from resolutions where decided_by != '' group by 1, 2")
    for c in counts:
        link = "/councildata/resolutions?" + urlencode({"decided_by": c["decided_by"], "outcome": c["outcome"]})
        assert f'<a href="{link.replace("&", "&amp;")}">{c["n"]}</a>' in page, c
    newest = sql(ds, "select id, date from resolutions where date is not null order by date desc, id limit 10")
    section = page[page.index("Neueste Beschlüsse"):page.index("Beschlüsse je Gremium")]
    for r in newest:
        assert f'href="/councildata/resolutions/{tilde_encode(r["id"])}"' in section
        assert r["date"] in section


# --- row pages ----------------------------------------------------------------

def test_resolution_page_shows_passage_motion_and_the_other_resolutions_of_its_paper(ds):
    (r,) = sql(ds, "select * from resolutions where motion_id is not null and paper_reference is not null order by id limit 1")
    page = get(ds, f"/councildata/resolutions/{tilde_encode(r['id'])}")
    assert page.status_code == 200
    text = page.text
    marked = re.search(r'<div class="passage-context">.*?<mark>(.*?)</mark>', text, re.S)
    assert marked and unescape(marked.group(1)) == r["quote"]
    assert f'href="{escape(passage_url(ds, r["document_id"], r["char_start"], r["char_end"]))}"' in text
    assert f'href="/councildata/documents/{tilde_encode(r["document_id"])}"' in text
    assert f'href="/councildata/motions/{tilde_encode(r["motion_id"])}"' in text
    others = sql(ds, "select r.id from resolutions r join documents d on d.id = r.document_id "
                     "where r.id != :id and (r.paper_reference = :p or d.reference = :p)", id=r["id"], p=r["paper_reference"])
    assert others
    section = text[text.index('class="same-paper"'):]
    for o in others:
        assert f'href="/councildata/resolutions/{tilde_encode(o["id"])}"' in section
    assert "Ergebnis" in text and "Alle Felder" in text


def test_document_page_lists_its_motions_and_resolutions(ds):
    (d,) = sql(ds, "select document_id as id, count(*) as n from resolutions group by 1 order by n desc limit 1")
    page = get(ds, f"/councildata/documents/{tilde_encode(d['id'])}").text
    section = page[page.index('class="document-resolutions"'):]
    assert f"Beschlüsse in diesem Dokument ({d['n']})" in section
    assert len(re.findall(r'href="/councildata/resolutions/', section[:section.index("</section>")])) == d["n"]
    motions = sql(ds, "select id from motions where document_id = :d", d=d["id"])
    part = page[page.index('class="document-motions"'):page.index('class="document-resolutions"')]
    assert f"Anträge in diesem Dokument ({len(motions)})" in part
    for m in motions:
        assert f'href="/councildata/motions/{tilde_encode(m["id"])}"' in part


def test_resolution_page_shows_the_subject_when_the_column_exists(sample_build, tmp_path):
    folder = tmp_path / "with-subject"
    shutil.copytree(sample_build, folder)
    with sqlite3.connect(folder / DB_NAME) as conn:
        if "subject" not in [c[1] for c in conn.execute("pragma table_info(resolutions)")]:
            conn.execute("alter table resolutions add column subject text")
        conn.execute("update resolutions set subject = 'Hundesteuer <Erhöhung>' where id = (select min(id) from resolutions)")
        key = conn.execute("select min(id) from resolutions").fetchone()[0]
    conn.close()
    page = get(started(folder), f"/councildata/resolutions/{tilde_encode(key)}").text
    assert '<h2 class="subject">Hundesteuer &lt;Erhöhung&gt;</h2>' in page


# --- feeds --------------------------------------------------------------------

def parse_feed(resp):
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(resp.content)
    assert root.tag == ATOM + "feed"
    for el in [root, *root.findall(ATOM + "entry")]:
        for required in ("id", "title", "updated"):
            assert (el.findtext(ATOM + required) or "").strip(), (required, ET.tostring(el)[:200])
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", el.findtext(ATOM + "updated"))
    return root


def test_resolution_feed_overall_and_per_body(ds):
    root = parse_feed(get(ds, "/-/feeds/resolutions.atom"))
    entries = root.findall(ATOM + "entry")
    total = sql(ds, "select count(*) as n from resolutions")[0]["n"]
    assert len(entries) == min(total, feeds.MAX_ENTRIES)
    ids = [e.findtext(ATOM + "id") for e in entries]
    assert len(set(ids)) == len(ids)
    assert root.findtext(ATOM + "updated") == max(e.findtext(ATOM + "updated") for e in entries)
    # newest first, each linking to its row page
    dates = [e.findtext(ATOM + "updated") for e in entries]
    assert dates == sorted(dates, reverse=True)
    link = entries[0].find(ATOM + "link").get("href")
    assert get(ds, link.replace("http://localhost", "")).status_code == 200

    body = "Sozialausschuss"
    one = parse_feed(get(ds, "/-/feeds/resolutions.atom?" + urlencode({"decided_by": body})))
    authors = {e.findtext(f"{ATOM}author/{ATOM}name") for e in one.findall(ATOM + "entry")}
    expected = sql(ds, "select count(*) as n from resolutions where decided_by = :b", b=body)[0]["n"]
    assert authors == {body} and len(one.findall(ATOM + "entry")) == expected
    assert body in one.findtext(ATOM + "title")


def test_feed_ids_are_the_same_on_every_build(ds, tmp_path):
    from councildata.build import build_package
    from tests.conftest import SAMPLE

    build_package(SAMPLE, tmp_path / "again", use_cache=False)
    first = parse_feed(get(ds, "/-/feeds/documents.atom"))
    second = parse_feed(get(started(tmp_path / "again"), "/-/feeds/documents.atom"))

    def ids(root):
        return [(e.findtext(ATOM + "id"), e.findtext(ATOM + "updated")) for e in root.findall(ATOM + "entry")]

    assert ids(first) == ids(second) and len(ids(first)) == sql(ds, "select count(*) as n from documents")[0]["n"]
    assert first.findtext(ATOM + "id") == second.findtext(ATOM + "id")


def test_documents_feed_per_body_and_unknown_feed(ds):
    body = "Stadt Karlsruhe"
    root = parse_feed(get(ds, "/-/feeds/documents.atom?" + urlencode({"body": body})))
    expected = sql(ds, "select count(*) as n from documents where body = :b", b=body)[0]["n"]
    assert expected and len(root.findall(ATOM + "entry")) == expected
    assert get(ds, "/-/feeds/nothing.atom").status_code == 404


def test_table_pages_announce_their_feed(ds):
    page = get(ds, "/councildata/resolutions?decided_by=Gemeinderat").text
    assert '<link rel="alternate" type="application/atom+xml" title="Neue Beschlüsse: Gemeinderat" href="/-/feeds/resolutions.atom?decided_by=Gemeinderat">' in page
    assert 'href="/-/feeds/documents.atom"' in get(ds, "/councildata/documents").text
    assert "application/atom+xml" not in get(ds, "/councildata/motions").text


def test_an_empty_build_still_has_a_front_page_charts_and_valid_feeds(tmp_path):
    from councildata.build import build_package

    (tmp_path / "source").mkdir()
    build_package(tmp_path / "source", tmp_path / "out", use_cache=False)
    empty = started(tmp_path / "out")
    for path in ("/", "/-/diagramme", "/councildata", "/councildata/resolutions"):
        assert get(empty, path).status_code == 200, path
    assert "Noch keine datierten Beschlüsse" in get(empty, "/").text
    for name in feeds.FEEDS:
        root = parse_feed(get(empty, f"/-/feeds/{name}.atom"))
        assert root.findall(ATOM + "entry") == []


def test_a_feed_stays_readable_xml_whatever_the_text_holds():
    text = "Seite 1\x0cSeite 2 \x00 <script>alert(1)</script> & \ud800 ]]>"
    entry = feeds.resolution_entry(
        {"id": "x.txt/r1", "outcome": "rejected", "decided_by": text, "text": text, "date": None, "document_title": text},
        "http://127.0.0.1/x", "2025-01-01T00:00:00+00:00")
    xml = feeds.render_atom(feed_key="k", title=text, self_url="http://127.0.0.1/f", alternate_url="http://127.0.0.1/",
                            entries=[entry], fallback_updated="2025-01-01T00:00:00+00:00")
    root = ET.fromstring(xml)
    (e,) = root.findall(ATOM + "entry")
    assert e.findtext(ATOM + "summary") == "Seite 1 Seite 2   <script>alert(1)</script> &   ]]>"
    assert e.findtext(ATOM + "updated") == "2025-01-01T00:00:00Z"
    assert e.find(ATOM + "category").get("label") == "abgelehnt"


def test_feed_times():
    assert feeds.atom_time("2023-07-18", "") == "2023-07-18T00:00:00Z"
    assert feeds.atom_time(None, "2025-01-02T03:04:05+01:00") == "2025-01-02T02:04:05Z"
    assert feeds.atom_time("kein Datum", "2025-01-02T03:04:05") == "2025-01-02T03:04:05Z"


# --- charts -------------------------------------------------------------------

def test_chart_page_draws_three_charts_whose_numbers_match_the_database(ds):
    resp = get(ds, "/-/diagramme")
    assert resp.status_code == 200
    page = resp.text
    assert len(re.findall(r"<svg [^>]*class='chart'", page)) == 3
    dated = sql(ds, "select count(*) as n from resolutions where date is not null and date != ''")[0]["n"]
    month_bars = re.findall(r"<title>\d{4}-\d\d · [^<]*: (\d+)</title>", page)
    assert sum(int(n) for n in month_bars) == dated
    for u in sql(ds, "select decided_by as body, sum(unanimous = 1) as u, sum(unanimous = 0) as s from resolutions "
                     "where decided_by != '' group by 1"):
        if u["u"] + u["s"]:
            assert f"{u['body']} · einstimmig: {u['u']}" in page or u["u"] == 0
    motions = sql(ds, "select count(*) as n from motions m where not exists (select 1 from resolutions r where r.motion_id = m.id)")[0]["n"]
    undecided = re.findall(r"<title>[^<]* · keine Entscheidung gefunden: (\d+)</title>", page)
    assert sum(int(n) for n in undecided) == motions


def test_charts_of_nothing_and_hostile_names_stay_valid_svg():
    for build in charts.BUILDERS.values():
        chart = build([])
        ET.fromstring(str(chart.svg))
    hostile = "<script>alert(1)</script> & Co"
    chart = charts.unanimous_chart([{"body": hostile, "unanimous": 1, "split": 2, "unknown": 0, "n": 3}])
    svg = ET.fromstring(str(chart.svg))
    assert "<script>" not in str(chart.svg) and svg.find("{http://www.w3.org/2000/svg}script") is None
    chart = charts.per_month_chart([{"month": "2024-11", "body": hostile, "n": 2}, {"month": "2025-02", "body": "Rat", "n": 1}])
    assert [r[0] for r in chart.rows] == ["2024-11", "2025-02"]
    ET.fromstring(str(chart.svg))


# --- the CSP stays --------------------------------------------------------------

@pytest.mark.parametrize("path", ["/", "/-/diagramme", "/councildata/resolutions", "/councildata/documents",
                                  "/councildata", "/councildata/unanimous_resolutions", "/councildata?sql=select+1",
                                  "/councildata/resolutions/de_karlsruhe_niederschrift_2~2Etxt~2Fr1"])
def test_every_inline_script_of_the_new_pages_is_allowed_by_the_csp(ds, path):
    resp = get(ds, path)
    assert resp.status_code == 200
    csp = resp.headers["content-security-policy"]
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    for body in re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", resp.text, re.S):
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp, body[:200]


def test_labels_file_is_valid_yaml_with_german_words():
    data = yaml.safe_load((schemas.project_file("publish") / "labels.yaml").read_text("utf-8"))
    assert data["values"]["outcome"]["rejected"] == "abgelehnt"
    assert data["values"]["outcome"]["postponed"] == "vertagt"
