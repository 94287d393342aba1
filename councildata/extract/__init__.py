"""Extract: a document's text in, rows of every contract table out.

Each table has its own module of rules (``document``, ``meetings``,
``motions``, ``resolutions``, ``surveys``); a rule is a pure function of the
document's ``Context`` that returns rows with a ``Span`` of the original
text. This module only runs the rules and finishes their rows the same way
for all: provenance columns, ids, organisation links.

Rows may carry private keys starting with ``_`` to link rows of one
document before ids exist (``_key`` on a survey, ``_survey_key`` on its
results, ``_motion_key`` on a resolution); they are resolved and dropped
here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import PROVENANCE_TABLES, TABLES, Document, Rows, row_id
from . import orgs
from .text import Span, TextView


@dataclass
class Context:
    """What every rule gets: the document, its normalised view, its metadata."""

    doc: Document
    view: TextView
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def date(self) -> str | None:
        return self.meta.get("date")

    @property
    def body(self) -> str | None:
        return self.meta.get("body")

    def span(self, start: int, end: int) -> Span:
        """Original passage of the view's ``text[start:end]``."""
        return self.view.span(start, end)

    def row(self, span: Span, rule: str, confidence: float = 0.8, **fields: Any) -> dict[str, Any]:
        """A row with provenance from a span of the original text."""
        return {
            **fields,
            "document_id": self.doc.id,
            "quote": span.quote,
            "char_start": span.start,
            "char_end": span.end,
            "page": self.doc.page_at(span.start),
            "rule": rule,
            "confidence": round(confidence, 2),
        }


def extract_document(doc: Document) -> Rows:
    """Every row of every table read from one document."""
    # Imported here so that each rule module can import Context from us.
    from . import document, meetings, motions, resolutions, surveys

    ctx = Context(doc, TextView(doc.text))
    ctx.meta = document.extract_metadata(ctx)
    rows: Rows = {t: [] for t in TABLES}
    rows["meetings"] = meetings.extract(ctx)
    rows["motions"] = motions.extract(ctx)
    rows["resolutions"] = resolutions.extract(ctx)
    survey_rows, result_rows = surveys.extract(ctx)
    rows["surveys"], rows["survey_results"] = survey_rows, result_rows
    for table, given in doc.records.items():
        if table in rows and table != "documents":
            rows[table].extend(given)
    _finish(ctx, rows)
    rows["documents"] = [document.document_row(ctx)]
    return rows


def _finish(ctx: Context, rows: Rows) -> None:
    """Ids, links between rows, organisations; drops private keys."""
    keys: dict[str, dict[str, str]] = {t: {} for t in PROVENANCE_TABLES}
    for table in PROVENANCE_TABLES:
        # Rows given with ids (structured sources) keep them; text rows are
        # numbered in reading order so ids are stable.
        given = [r for r in rows[table] if r.get("id")]
        new = sorted((r for r in rows[table] if not r.get("id")), key=lambda r: (r["char_start"], r["char_end"]))
        taken = {r["id"] for r in given}
        n = 0
        for r in new:
            n += 1
            while row_id(ctx.doc.id, table, n) in taken:
                n += 1
            r["id"] = row_id(ctx.doc.id, table, n)
            if "_key" in r:
                keys[table][r["_key"]] = r["id"]
        rows[table] = given + new
    for r in rows["survey_results"]:
        if "_survey_key" in r:
            r["survey_id"] = keys["surveys"].get(r["_survey_key"])
    for r in rows["resolutions"]:
        if "_motion_key" in r:
            r["motion_id"] = keys["motions"].get(r["_motion_key"])

    found: dict[str, dict[str, Any]] = {}

    def link(name: str | None, default_kind: str | None = None) -> str | None:
        org = orgs.resolve(name, ctx.body, default_kind)
        if org is None:
            return None
        found.setdefault(org.id, {"id": org.id, "name": org.name, "kind": org.kind, "body": org.body})
        return org.id

    for r in rows["meetings"]:
        r["organization_id"] = r.get("organization_id") or link(r.get("organization"))
    for r in rows["motions"]:
        r["submitted_by_id"] = r.get("submitted_by_id") or link(r.get("submitted_by"), "parliamentary_group")
    for r in rows["resolutions"]:
        r["decided_by_id"] = r.get("decided_by_id") or link(r.get("decided_by"), "committee")
        link(r.get("recommended_to"))
    for r in rows["surveys"]:
        link(r.get("respondents"))
    for r in rows["survey_results"]:
        link(r.get("respondent"))
    given_orgs = rows.get("organizations") or []
    rows["organizations"] = given_orgs + [o for oid, o in sorted(found.items()) if oid not in {g["id"] for g in given_orgs}]
    for table in rows:
        for r in rows[table]:
            for k in [k for k in r if k.startswith("_")]:
                del r[k]
