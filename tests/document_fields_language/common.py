"""What the document-field language tests read from a text: the document's fields and meetings."""

from __future__ import annotations

from councildata import model
from councildata.extract import Context, document
from councildata.extract.text import TextView

from ..conftest import extract_text, provenance_ok


def meta(text: str) -> dict:
    doc = model.Document(id="x", source_file="x.txt", sha256="0" * 64, format="txt", text=text, hints={})
    return document.extract_metadata(Context(doc, TextView(text)))


def meetings(text: str) -> list[tuple[str, str]]:
    rows = extract_text(text)
    assert provenance_ok(rows)
    return [(r["organization"], r["date"]) for r in rows["meetings"]]
