"""German search: stemmed, compound parts, umlauts both ways, ranked, and any
input is data, never SQL (docs/reliability.md, "Search").

Served tests go through Datasette's ASGI client on a build of the bundled
sample: the canned query ``search_documents``, ``_search=`` on table pages
and the search page ``/-/suche``.
"""

from __future__ import annotations

import asyncio
import html
import re
from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from councildata import search
from councildata.serve import make_datasette


@pytest.fixture(scope="module")
def ds(sample_build):
    datasette = make_datasette(sample_build)
    asyncio.run(datasette.invoke_startup())
    return datasette


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def canned(ds, q: str) -> list[dict]:
    resp = get(ds, "/councildata/search_documents.json?" + urlencode({"q": q, "_shape": "objects"}))
    assert resp.status_code == 200, (q, resp.text[:300])
    body = resp.json()
    assert body.get("ok", True) and not body.get("error"), (q, body.get("error"))
    return body["rows"]


def table_search(ds, table: str, q: str) -> list[dict]:
    resp = get(ds, f"/councildata/{table}.json?" + urlencode({"_search": q, "_shape": "objects", "_size": "max"}))
    assert resp.status_code == 200, (q, resp.text[:300])
    body = resp.json()
    assert not body.get("error"), (q, body.get("error"))
    return body["rows"]


def page(ds, q: str) -> str:
    resp = get(ds, "/-/suche?" + urlencode({"q": q}))
    assert resp.status_code == 200, (q, resp.text[:300])
    return resp.text


def hit_titles(text: str) -> list[str]:
    return [html.unescape(t) for t in re.findall(r"<strong>(.*?)</strong>", text)]


def texts(rows: list[dict]) -> str:
    return " ".join(str(r.get("passage") or "") + " " + str(r.get("title") or "") for r in rows)


# --- Folding and stemming ---------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [
    ("Umfragen", "Umfrage"), ("Beschlüsse", "Beschluss"), ("Buerger", "Bürger"),
    ("Strasse", "Straße"), ("Haeuser", "Häuser"), ("Uberweisung", "Überweisung"),
    ("BÜRGER", "bürger"),
])
def test_forms_share_one_stem(a, b):
    assert search.stem(a) == search.stem(b)


@pytest.mark.parametrize("word", ["Bauer", "Steuer", "neue", "Quelle"])
def test_vowel_pairs_that_are_not_umlauts_are_kept(word):
    # "ue" after a vowel or q is not an ü: "Steuer" stays "steuer".
    assert search.fold(word) == word.lower()


def test_query_is_phrases_of_words_only():
    q = search.fts_query('Kita-Plätze "AND" NEAR(x*) OR 2023/0344 )')
    # Only quoted phrases of letters and digits, joined by FTS5 operators.
    assert re.fullmatch(r'(\((?:"[^\W_]+(?: [^\W_]+)*"(?: OR )?)+\)|"[^\W_]+(?: [^\W_]+)*")( AND (\((?:"[^\W_]+(?: [^\W_]+)*"(?: OR )?)+\)|"[^\W_]+(?: [^\W_]+)*"))*', q), q
    assert '"kita platz"' in q and '"2023 0344"' in q
    assert search.fts_query("") == '""' and search.fts_query("  / -- ") == '""'


# --- Served: the examples ------------------------------------------------------


@pytest.mark.parametrize(("query", "finds"), [
    ("Umfragen", "Umfrage"),
    ("Beschlüsse", "Beschluss"),
    ("Buerger", "Bürger"),
    ("Bürger", "Bürger"),
    ("Zwangsprostitution", "Zwangsprostitution"),
])
def test_canned_search_finds_inflected_and_folded_forms(ds, query, finds):
    rows = canned(ds, query)
    assert rows, query
    assert finds.lower() in texts(rows).lower()


@pytest.mark.parametrize(("table", "query"), [
    ("documents", "Umfragen"), ("documents", "Buerger"), ("documents", "Beschlüsse"),
    ("resolutions", "Beschlüsse"), ("motions", "Hundesteuern"),
])
def test_table_search_uses_the_german_index(ds, table, query):
    assert table_search(ds, table, query), (table, query)


def test_stemmed_search_finds_more_than_the_plain_index(ds):
    # The plain unicode61 index (documents_fts) does not know "Umfragen".
    resp = get(ds, "/councildata.json?" + urlencode({
        "sql": "select count(*) as n from documents_fts where documents_fts match 'Umfragen'", "_shape": "objects"}))
    assert resp.json()["rows"] == [{"n": 0}]
    assert canned(ds, "Umfragen")


def test_search_page_finds_compound_parts(ds):
    text = page(ds, "steuer")
    assert "Hundesteuer" in " ".join(hit_titles(text))
    # The passage of each hit is shown with its match marked, and links to the passage page.
    assert re.search(r"<mark>[^<]*[Ss]teuer[^<]*</mark>", text)
    links = re.findall(r'href="(/-/passage/[^"]+)"', text)
    assert links
    for link in links[:5]:
        resp = get(ds, html.unescape(link))
        assert resp.status_code == 200 and "<mark" in resp.text, link


@pytest.mark.parametrize(("query", "finds"), [
    ("Umfragen", "umfrage"), ("Beschlüsse", "beschlu"), ("Buerger", "bürger"), ("steuer", "steuer"),
])
def test_search_page_marks_the_match(ds, query, finds):
    text = page(ds, query)
    marks = [html.unescape(m).lower() for m in re.findall(r"<mark>(.*?)</mark>", text)]
    assert marks and any(finds in m for m in marks), (query, marks[:5])


def test_search_page_covers_documents_resolutions_and_motions(ds):
    kinds = set(re.findall(r'<div class="art">(\w+)</div>', page(ds, "Hundesteuer")))
    assert {"Dokument", "Antrag"} <= kinds
    assert "Beschluss" in set(re.findall(r'<div class="art">(\w+)</div>', page(ds, "abgelehnt")))


def test_search_page_ranks_titles_first(ds):
    # bm25 with titles weighted: the documents about the Hundesteuer come first.
    titles = hit_titles(page(ds, "Hundesteuer"))
    assert titles and "Hundesteuer" in titles[0]
    about = [i for i, t in enumerate(titles) if "Hundesteuer" in t]
    others = [i for i, t in enumerate(titles) if "Hundesteuer" not in t]
    assert not others or max(about) < min(others), titles


def test_search_page_speaks_german(ds):
    assert "Keine Treffer für „xyzzyqwerty“" in page(ds, "xyzzyqwerty")
    assert "Suche in Dokumenten, Beschlüssen und Anträgen" in page(ds, "")


def test_canned_search_ranks_by_bm25(ds):
    rows = canned(ds, "Hundesteuer")
    assert rows and "Hundesteuer" in (rows[0]["title"] or "")


# --- Any text is data ------------------------------------------------------------

HOSTILE = [
    "", " ", '"', "'", '"unbalanced', "Kita-Plätze", "CDU/SPD", "2023/0344", "AND", "OR", "NOT",
    "a AND b", "*", "stadt*", "NEAR", "NEAR(a b)", "(", ")", "((a)", "a:b", "title:x", "^x", "-x",
    "{a b}", "+", "x" * 10_000, "Bürger " * 2000, "\x00", "\\", "%", "_", "';--", "\u200b", "🙂",
    "col:Kita", '"Kita"*', "a -b", "a|b",
]


@pytest.mark.parametrize("query", HOSTILE, ids=range(len(HOSTILE)))
def test_any_text_gives_results_or_nothing(ds, query):
    canned(ds, query)
    table_search(ds, "documents", query)
    table_search(ds, "surveys", query)  # a table on the plain unicode61 index
    page(ds, query)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=80))
def test_property_any_text_is_searched_as_data(ds, query):
    canned(ds, query)
    table_search(ds, "resolutions", query)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(['"', "(", ")", "*", "AND", "OR", "NOT", "NEAR", "-", "/", ":", "^", "+",
                                 "{", "}", "Kita", "Plätze", ",", "'"]), max_size=12).map("".join))
def test_property_fts5_syntax_is_searched_as_data(ds, query):
    canned(ds, query)
    table_search(ds, "documents", query)
    page(ds, query)


def test_search_page_without_a_query(ds):
    # The search box of other pages submits to /-/suche?q=.
    assert get(ds, "/-/suche").status_code == 200
    assert get(ds, "/-/suche?q=" + quote("Kita-Plätze")).status_code == 200
