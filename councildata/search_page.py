"""The search page ``/-/suche``: documents, resolutions and motions
together, ranked by relevance (bm25) in the stemmed index, then in the
trigram index for parts of compound words; where a word matches more than
``RANK_ROWS`` rows of a table, the newest matches instead, and the page
says so."""

from __future__ import annotations

import sqlite3

from datasette.database import QueryInterrupted
from datasette.utils import tilde_encode
from datasette.utils.asgi import Response

from . import search, search_plans
from .datasette_plugin import DATABASE, passage_url
from .published import PublishedBuild

SEARCH_LIMIT = 50
SEARCH_KINDS = {"documents": "Dokument", "resolutions": "Beschluss", "motions": "Antrag"}


async def _search_hits(db, table: str, query: str, tiers: tuple[int, ...] = (0, 1)) -> list[tuple[int, float, int]]:
    """(rowid, bm25, tier) of the best rows of ``table``: tier 0 from the
    stemmed index, tier 1 from the trigram index (parts of compounds)."""
    weights = ", ".join(str(w) for w in search.SEARCH_COLUMNS[table].values())
    hits: dict[int, tuple[float, int]] = {}
    queries = [(0, search.STEM_SUFFIX, search.fts_query(query))]
    trigram = search.trigram_query(query)
    if trigram:
        queries.append((1, search.TRIGRAM_SUFFIX, trigram))
    for tier, suffix, fts in queries:
        if tier not in tiers:
            continue
        index = f"{table}{suffix}"
        rows = await db.execute(
            f"select rowid, bm25([{index}], {weights}) as score from [{index}] "
            f"where [{index}] match :q order by score limit {SEARCH_LIMIT}",
            {"q": fts},
        )
        for rowid, score in rows.rows:
            hits.setdefault(rowid, (score, tier))
    return [(rowid, score, tier) for rowid, (score, tier) in hits.items()]


async def _stem_matches(db, table: str, query: str) -> int:
    index = f"{table}{search.STEM_SUFFIX}"
    result = await db.execute(f"select count(*) from [{index}] where [{index}] match :q", {"q": search.fts_query(query)})
    return result.rows[0][0]


async def _newest_hits(db, table: str, query: str, matches: int, total: int) -> list[tuple[int, str, str]]:
    """(rowid, date, id) of the newest SEARCH_LIMIT rows of ``table`` that
    match in the stemmed index: read in date order and tested against the
    index where many rows match (see councildata.search_plans), collected
    from the index where few do."""
    index = f"{table}{search.STEM_SUFFIX}"
    if matches * matches >= search_plans.PROBE_COST * SEARCH_LIMIT * max(total, 1):
        where = f"exists (select 1 from [{index}] where [{index}].rowid = t.rowid and [{index}] match :q)"
    else:
        where = f"t.rowid in (select rowid from [{index}] where [{index}] match :q)"
    rows = await db.execute(
        f"select t.rowid, t.date, t.id from [{table}] t where {where} order by t.date desc, t.id limit {SEARCH_LIMIT}",
        {"q": search.fts_query(query)})
    return [tuple(r) for r in rows.rows]


async def _search_rows(db, table: str, rowids: list[int]) -> dict[int, dict]:
    """The hits' rows with the text their passage is taken from: a
    resolution's or motion's quote span, a document's whole text (one query
    per document, so that long texts stay under the result cap)."""
    if not rowids:
        return {}
    marks = ", ".join("?" for _ in rowids)
    if table == "documents":
        sql = (f"select rowid, id, title, type_label, reference, date, body from documents "
               f"where rowid in ({marks})")
    elif table == "resolutions":
        sql = (f"select r.rowid, r.id, r.decided_by, r.date, r.outcome, r.document_id, r.char_start, "
               f"substr(d.text, r.char_start + 1, r.char_end - r.char_start) as passage_text, "
               f"d.title as document_title "
               f"from resolutions r join documents d on d.id = r.document_id where r.rowid in ({marks})")
    else:
        sql = (f"select m.rowid, m.id, m.submitted_by, m.date, m.title, m.document_id, m.char_start, "
               f"substr(d.text, m.char_start + 1, m.char_end - m.char_start) as passage_text, "
               f"d.title as document_title "
               f"from motions m join documents d on d.id = m.document_id where m.rowid in ({marks})")
    result = await db.execute(sql, rowids)
    rows = {row["rowid"]: dict(row) for row in result.rows}
    if table == "documents":
        for rowid, row in rows.items():
            text = await db.execute("select text from documents where rowid = ?", [rowid])
            row["passage_text"], row["char_start"] = text.first()["text"] or "", 0
    return rows


def _hit(datasette, table: str, row: dict, query: str) -> dict:
    """What the search page shows of one hit: its title, the matching
    passage split around the match, and the link into the passage page."""
    text, offset = row["passage_text"] or "", int(row["char_start"] or 0)
    if table == "documents":
        title = row["title"] or row["id"]
        meta = " · ".join(str(v) for v in (row["type_label"], row["reference"], row["date"], row["body"]) if v)
        document_id = row["id"]
    else:
        # A row's own passage: its quote's span of the document's text.
        document_id = row["document_id"]
        if table == "resolutions":
            title = row["document_title"] or document_id
            meta = " · ".join(str(v) for v in (row["decided_by"], row["date"], row["outcome"]) if v)
        else:
            title = row["title"] or row["document_title"] or document_id
            meta = " · ".join(str(v) for v in (row["submitted_by"], row["date"]) if v)
    passage, a, m_start, m_end, b = search.snippet(text, query)
    link_start, link_end = (offset + m_start, offset + m_end) if m_end > m_start else (offset, offset + len(text) if table != "documents" else 0)
    return {
        "kind": SEARCH_KINDS[table],
        "title": title,
        "meta": meta,
        "before": passage[: m_start - a] if m_end > m_start else passage,
        "match": passage[m_start - a : m_end - a] if m_end > m_start else "",
        "after": passage[m_end - a :] if m_end > m_start else "",
        "cut_before": a > 0,
        "cut_after": b < len(text),
        "passage_url": passage_url(datasette, document_id, link_start, link_end),
        "row_url": datasette.urls.row(DATABASE, table, tilde_encode(row["id"])),
    }


# Above this many matches in one table the search page does not rank: bm25
# is computed for every match (FTS5 has no cheaper way to the best N), 485 ms
# for the 185,838 resolutions holding "Antrag" at 1M rows. It shows the
# newest matches instead and says so.
RANK_ROWS = 20000


async def _ranked(db, query: str) -> tuple[list[tuple[int, float, str, int]], bool]:
    """The page's hits as (tier, key, table, rowid), best first, and whether
    they are ranked (False: newest first, more matches than RANK_ROWS)."""
    counts = await db.counts() if isinstance(db, PublishedBuild) else None
    matches = {t: await _stem_matches(db, t, query) for t in SEARCH_KINDS}
    if max(matches.values()) > RANK_ROWS:
        newest = []
        for table in SEARCH_KINDS:
            total = counts.totals.get(table, 0) if counts else 0
            newest += [(date or "", rid, table, rowid) for rowid, date, rid in await _newest_hits(db, table, query, matches[table], total)]
        # date descending, then id ascending: each table's own order, merged
        newest.sort(key=lambda h: h[1])
        newest.sort(key=lambda h: h[0], reverse=True)
        return [(0, 0.0, table, rowid) for _, _, table, rowid in newest[:SEARCH_LIMIT]], False
    ranked = []
    for table in SEARCH_KINDS:
        for rowid, score, tier in await _search_hits(db, table, query, tiers=(0,)):
            ranked.append((tier, score, table, rowid))
    # Tier 1 (parts of compound words) ranks after every tier-0 hit: only
    # needed while tier 0 fills fewer than SEARCH_LIMIT places.
    if len(ranked) < SEARCH_LIMIT:
        for table in SEARCH_KINDS:
            seen = {r for _, _, t, r in ranked if t == table}
            for rowid, score, tier in await _search_hits(db, table, query, tiers=(1,)):
                if rowid not in seen:
                    ranked.append((tier, score, table, rowid))
    ranked.sort(key=lambda h: (h[0], h[1], h[2], h[3]))
    return ranked[:SEARCH_LIMIT], True


async def search_page(request, datasette):
    """/-/suche?q=: documents, resolutions and motions together, ranked."""
    query = request.args.get("q", "")[:search.MAX_QUERY_CHARS]
    hits: list[dict] = []
    error = None
    ranked_by_relevance = True
    if query.strip():
        db = datasette.get_database(DATABASE)
        try:
            ranked, ranked_by_relevance = await _ranked(db, query)
            rows = {t: await _search_rows(db, t, [r for _, _, tt, r in ranked if tt == t]) for t in SEARCH_KINDS}
            hits = [_hit(datasette, t, rows[t][r], query) for _, _, t, r in ranked if r in rows[t]]
        except QueryInterrupted:
            error = "Die Suche hat zu lange gedauert. Bitte mit genaueren Suchbegriffen noch einmal versuchen."
        except sqlite3.Error as exc:
            error = f"Die Suche ist fehlgeschlagen: {exc}"
    return Response.html(
        await datasette.render_template(
            "suche.html",
            {"q": query, "hits": hits, "limit": SEARCH_LIMIT, "database": DATABASE, "error": error,
             "ranked": ranked_by_relevance, "rank_rows": RANK_ROWS},
            request=request,
        ),
        status=400 if error else 200,
    )
