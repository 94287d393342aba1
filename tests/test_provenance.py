"""Every extracted row of every table satisfies the provenance invariant."""

from __future__ import annotations

from councildata.evaluate import load_output
from councildata.model import PROVENANCE_TABLES


def test_every_row_quotes_its_span(corpus_build):
    out = load_output(corpus_build)
    texts = {d["id"]: d["text"] for d in out["documents"]}
    checked = 0
    for table in PROVENANCE_TABLES:
        for row in out[table]:
            text = texts[row["document_id"]]
            assert text[row["char_start"] : row["char_end"]] == row["quote"], (table, row["id"])
            assert row["quote"].strip(), (table, row["id"])
            checked += 1
    assert checked > 300
