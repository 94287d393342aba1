"""Datasette over a build, through its ASGI client."""

from __future__ import annotations

import asyncio
import json
import re

import pytest
from click.testing import CliRunner

from councildata.cli import cli
from councildata.metadata import build_metadata
from councildata.serve import make_datasette

from .conftest import SEED


@pytest.fixture(scope="module")
def ds(sample_build):
    datasette = make_datasette(sample_build)
    asyncio.run(datasette.invoke_startup())
    return datasette


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def test_seed_resolution_is_served(ds):
    resp = get(ds, "/councildata/resolutions.json?_shape=array")
    assert resp.status_code == 200
    rows = resp.json()
    seed = [r for r in rows if r["document_id"].startswith("de_landkreis-cloppenburg")]
    assert len(seed) == 1
    assert seed[0]["outcome"] == "postponed" and seed[0]["unanimous"] == 1
    assert seed[0]["recommended_to"] == "Kreistag" and seed[0]["date"] == "2021-09-23"


def test_seed_motion_and_surveys_are_served(ds):
    motions = get(ds, "/councildata/motions.json?_shape=array").json()
    assert any(m["reference"] == "V-SOZ/21/148" for m in motions)
    surveys = get(ds, "/councildata/surveys.json?_shape=array").json()
    assert len([s for s in surveys if s["document_id"].startswith("de_landkreis-cloppenburg")]) == 2


def test_full_text_search(ds):
    rows = get(ds, "/councildata/documents.json?_search=Zwangsprostitution&_shape=array").json()
    assert [r["source_file"] for r in rows] == [SEED]
    # remove_diacritics: the search folds umlauts.
    folded = get(ds, "/councildata/documents.json?_search=hausliche+Gewalt&_shape=array").json()
    assert folded


def test_canned_queries_run(ds):
    queries = build_metadata()["databases"]["councildata"]["queries"]
    assert {"resolutions_by_body_and_outcome", "unanimous_resolutions", "motions_by_submitter", "search_documents"} <= set(queries)
    params = {"q": "Zwangsprostitution", "submitter": "", "max_margin": "5"}
    for name in queries:
        resp = get(ds, f"/councildata/{name}.json?_shape=objects&" + "&".join(f"{k}={v}" for k, v in params.items()))
        assert resp.status_code == 200, (name, resp.text[:500])
        body = resp.json()
        assert body.get("ok", True), (name, body)
    unanimous = get(ds, "/councildata/unanimous_resolutions.json?_shape=array").json()
    assert any(r["recommended_to"] == "Kreistag" for r in unanimous)
    found = get(ds, "/councildata/search_documents.json?_shape=array&q=Zwangsprostitution").json()
    assert found and "Zwangsprostitution" in found[0]["passage"]


def test_settings_and_metadata(ds):
    assert ds.setting("suggest_facets") is False
    assert ds.setting("sql_time_limit_ms") > 0
    table = get(ds, "/councildata/resolutions.json").json()
    assert set(table.get("facet_results", {})) >= {"outcome", "decided_by"}
    meta = build_metadata()
    cols = meta["databases"]["councildata"]["tables"]["resolutions"]["columns"]
    assert cols["outcome"] and cols["quote"]


def test_database_is_immutable(ds):
    assert ds.databases["councildata"].is_mutable is False
    resp = get(ds, "/councildata.json?sql=" + "delete+from+resolutions")
    assert resp.status_code in (400, 403)


def test_quote_links_to_its_passage(ds):
    html = get(ds, "/councildata/resolutions").text
    links = re.findall(r'href="(/-/passage/[^"]+)"', html)
    assert links
    # The link in the HTML table leads to the passage itself.
    linked = get(ds, links[0].replace("&amp;", "&"))
    assert linked.status_code == 200 and "<mark" in linked.text
    row = get(ds, "/councildata/resolutions.json?_shape=array").json()[0]
    from urllib.parse import quote

    page = get(ds, f"/-/passage/{quote(row['document_id'], safe='')}?start={row['char_start']}&end={row['char_end']}")
    assert page.status_code == 200
    assert "<mark" in page.text
    assert get(ds, "/-/passage/no-such-document?start=0&end=1").status_code == 404
    # The passage page links to its document's record.
    record = re.search(r'href="([^"]+)">document record', page.text).group(1)
    assert get(ds, record).status_code == 200


def test_security_headers(ds):
    resp = get(ds, "/")
    assert "default-src 'self'" in resp.headers["content-security-policy"]
    assert resp.headers["x-content-type-options"] == "nosniff"


def test_metadata_json_is_generated_from_schemas():
    result = CliRunner().invoke(cli, ["metadata", "--check"])
    assert result.exit_code == 0, result.output


def test_downloads_are_mounted(ds):
    resp = get(ds, "/download/datapackage.json")
    assert resp.status_code == 200
    assert json.loads(resp.text)["resources"]


# --- CORS ----------------------------------------------------------------------

CORS_PATHS = [
    "/councildata/resolutions.json",
    "/councildata/resolutions.csv?_stream=on",
    "/councildata/unanimous_resolutions.json",
    "/councildata.json?sql=select+1",
    "/download/resolutions.csv",
    "/download/datapackage.json",
    "/-/suche?q=Beschluss",
    "/councildata/resolutions",
    "/",
    "/-/passage/no-such-document?start=0&end=1",  # errors too
]


@pytest.mark.parametrize("path", CORS_PATHS)
def test_every_get_response_allows_any_origin(ds, path):
    resp = get(ds, path)
    assert resp.status_code in (200, 404), (path, resp.status_code)
    assert resp.headers["access-control-allow-origin"] == "*"


def test_passage_page_and_downloads_work_with_cors(ds):
    # `datasette --cors` broke these two; here they answer as before, with the header.
    row = get(ds, "/councildata/resolutions.json?_shape=array&_size=1").json()[0]
    from councildata.datasette_plugin import passage_url

    resp = get(ds, passage_url(ds, row["document_id"], row["char_start"], row["char_end"]).split("#")[0])
    assert resp.status_code == 200 and "<mark" in resp.text
    assert resp.headers["access-control-allow-origin"] == "*"
    assert "default-src 'self'" in resp.headers["content-security-policy"]
    download = get(ds, "/download/resolutions.csv")
    assert download.status_code == 200 and download.text.startswith("id,")
    assert download.headers["access-control-allow-origin"] == "*"


def test_cors_preflight_allows_reading_only(ds):
    resp = asyncio.run(ds.client.options("/councildata/resolutions.json"))
    assert resp.status_code == 204
    assert resp.headers["access-control-allow-origin"] == "*"
    assert resp.headers["access-control-allow-methods"] == "GET, HEAD, OPTIONS"


# --- Passage links for every document id ------------------------------------------


def test_passage_links_work_for_ids_with_a_slash(corpus_build):
    """OParl list files give documents ids such as ``liste.json/paper-2``."""
    from urllib.parse import quote

    datasette = make_datasette(corpus_build)
    asyncio.run(datasette.invoke_startup())
    docs = get(datasette, "/councildata/documents.json?_shape=array&_size=max&_col=id").json()
    slashed = [d["id"] for d in docs if "/" in d["id"]]
    assert slashed, "the corpus has OParl list files"
    checked = 0
    for doc_id in slashed:
        # Every quote link of the document's rows, from the HTML tables.
        for table in ("resolutions", "motions", "meetings"):
            html = get(datasette, f"/councildata/{table}?document_id={quote(doc_id, safe='')}&_size=max").text
            for link in re.findall(r'href="(/-/passage/[^"]+)"', html):
                resp = get(datasette, link.replace("&amp;", "&"))
                assert resp.status_code == 200 and "<mark" in resp.text, (doc_id, link)
                assert "~2F" in link
                checked += 1
        # A percent-encoded link (older links, other sites) finds it too.
        resp = get(datasette, f"/-/passage/{quote(doc_id, safe='')}?start=0&end=5")
        assert resp.status_code == 200, doc_id
        record = re.search(r'href="([^"]+)">document record', resp.text).group(1)
        assert get(datasette, record).status_code == 200
    assert checked, "no quote links of those documents were checked"
