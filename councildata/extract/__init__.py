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

import re
from dataclasses import dataclass, field
from typing import Any

from ..model import PROVENANCE_TABLES, TABLES, Document, Rows, row_id
from . import orgs
from . import structure as structure_mod
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

    @property
    def authority(self) -> str | None:
        """The authority organisations are qualified by: the one configured for
        the source folder (``hints["authority"]``), else the document's own."""
        return (self.doc.hints or {}).get("authority") or self.meta.get("body")

    def span(self, start: int, end: int) -> Span:
        """Original passage of the view's ``text[start:end]``."""
        return self.view.span(start, end)

    @property
    def tree(self) -> structure_mod.Tree:
        """The document's structure (read once, from the normalised view)."""
        cached = self.meta.get("_tree")
        if not isinstance(cached, structure_mod.Tree):
            from . import agenda

            cached = structure_mod.parse(self.view.text, self.meta, agenda.analyse(self))
            self.meta["_tree"] = cached
        return cached

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
    if not ctx.meta.get("body") and ctx.authority:
        ctx.meta["body"] = ctx.authority  # the folder's configured authority, where the text names none
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


def document_structure(doc: Document) -> str:
    """The document's tree as ``councildata extract --structure`` prints it,
    with spans into the document's own text."""
    from . import document

    ctx = Context(doc, TextView(doc.text))
    ctx.meta = document.extract_metadata(ctx)

    def original(a: int, b: int) -> tuple[int, int]:
        sp = ctx.view.span(a, b)
        return sp.start, sp.end

    return structure_mod.format_tree(ctx.tree, original)


# A vote recorded on a motion by the number the minutes gave it: "Zu Antrag 2:", "Über Antrag 3 …".
_ON_MOTION_NUMBER = re.compile(r"\s*(?:Zu|Über|Abstimmung\s+über)\s+(?:den\s+)?(?:Änderungs)?[Aa]ntrag\s+(\d{1,2})(?!\d)")


def _place(ctx: Context, rows: Rows) -> None:
    """Agenda item, subject and motion of each text row, from where its
    passage stands in the document's tree. Rows of a structured source
    (given with ids) keep what the source says."""
    tree = ctx.tree
    title = ctx.meta.get("title")
    motion_items: dict[int, list[dict[str, Any]]] = {}
    for table in ("motions", "resolutions"):
        for r in rows[table]:
            if r.get("id") or r.get("rule") == "oparl" or r.get("oparl_id"):
                continue
            item = tree.item_at(ctx.view.to_view(r["char_start"]))
            if not (r.get("agenda_item") and ";" in r["agenda_item"]):  # one decision over several items stays so
                r["agenda_item"] = item.label if item else None
            if table == "motions" and item is not None:
                motion_items.setdefault(item.start, []).append(r)
            if table == "resolutions":
                r["_item"] = item
                if not r.get("subject"):
                    # What was decided on: the item's title, else the paper's.
                    r["subject"] = (item.subject if item and item.title else None) or title or None
    by_ref = {}
    for m in rows["motions"]:
        if m.get("reference"):
            by_ref.setdefault(m["reference"], []).append(m)
    decided: set[int] = set()  # motions moved in the session that a vote after them decided
    prev_end = 0  # where the resolution before ends
    for r in sorted(rows["resolutions"], key=lambda r: r["char_start"]):
        item = r.pop("_item", None)
        since, prev_end = prev_end, r["char_end"]
        if r.get("motion_id") or r.get("_motion_key"):
            continue
        # The motion named by its number, else the one motion of the same item.
        refs = [x.strip() for x in (r.get("paper_reference") or "").split(";") if x.strip()]
        named = [m for ref in refs for m in by_ref.get(ref, [])]
        if not named and (zu := _ON_MOTION_NUMBER.match(r["quote"])):
            # "Zu Antrag 2: Der Antrag wird … angenommen": the motion the minutes numbered 2 in this item
            named = [m for m in (motion_items.get(item.start, []) if item is not None else rows["motions"])
                     if m.get("_number") == zu.group(1)]
        same_item = [m for m in (motion_items.get(item.start, []) if item is not None else [])
                     if _may_decide(r, m, decided, ctx.doc.text)]
        candidates = named or same_item
        if len({id(m) for m in candidates}) > 1:
            # several motions in the item: the one the vote's own words name ("Abstimmung über
            # den Ergänzungsantrag der SPD-Fraktion")
            from .resolutions.finish import named_by_vote

            by_id = {id(m): m for m in candidates}
            picked = named_by_vote(r["quote"], [(id(m), m.get("submitted_by") or "", m.get("motion_type")) for m in candidates])
            # else the motion moved right before the vote, no other vote between ("Herr X stellt den
            # Antrag auf Schluss der Debatte. / Abstimmungsergebnis: 2 Ja-Stimmen, 6 Nein-Stimmen")
            moved_before = [m for m in candidates if m.get("rule") == "motion.moved"
                            and since <= m["char_start"] and m["char_end"] <= r["char_start"]]
            candidates = [by_id[i] for i in picked] or moved_before[-1:] or candidates
        if not named and len(same_item) == 1 and same_item[0].get("rule") == "motion.moved":
            decided.add(id(same_item[0]))
        if len({id(m) for m in candidates}) == 1:
            r["_motion_row"] = candidates[0]


# A vote recorded on a line of its own, nothing decided in its words: "Abstimmungsergebnis: einstimmig".
_BARE_VOTE = re.compile(r"\s*Abstimmung(?:sergebnis)?\s*:")
_SENTENCE_ENDS = re.compile(r"(?<!\bNr)(?<!\bDr)(?<!\d)[.!?](?=\s)")


def _voted_right_after(text: str, resolution: dict[str, Any], motion: dict[str, Any]) -> bool:
    """Whether a bare vote record follows a procedural motion's sentence with nothing between:
    "Der Landrat beantragt, TOP 8 abzusetzen. / Abstimmungsergebnis: einstimmig"."""
    gap = text[motion["char_end"]:resolution["char_start"]]
    return (0 <= len(gap) <= 400 and bool(_BARE_VOTE.match(resolution["quote"]))
            and len(_SENTENCE_ENDS.findall(gap)) <= 1 and "\n\n" not in gap.strip())


def _may_decide(resolution: dict[str, Any], motion: dict[str, Any], decided: set[int], text: str = "") -> bool:
    """Whether a resolution may decide a motion of its item: a motion moved
    in the session is decided by the first vote after it (an amendment is
    voted on before the main motion, which then decides the paper), and a
    procedural motion (Vertagung, Schluss der Debatte) decides no matter
    itself, only whether it is put off or referred."""
    if motion.get("rule") == "motion.moved" and (
        id(motion) in decided or motion["char_start"] > resolution["char_start"]
    ):
        return False
    from .resolutions.finish import may_decide

    if motion.get("motion_type") == "Geschäftsordnungsantrag" and text and _voted_right_after(text, resolution, motion):
        return True
    return may_decide(resolution, motion.get("motion_type"))


def _finish(ctx: Context, rows: Rows) -> None:
    """Ids, links between rows, organisations; drops private keys."""
    _place(ctx, rows)
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
        elif "_motion_row" in r:
            r["motion_id"] = r["_motion_row"]["id"]

    _link_organizations(ctx, rows)
    for table in rows:
        for r in rows[table]:
            for k in [k for k in r if k.startswith("_")]:
                del r[k]


def _link_organizations(ctx: Context, rows: Rows) -> None:
    """Organisation ids for the names rows give, and one organizations row per
    organisation, qualified by the authority. A person (a citizen who filed a
    Bürgerantrag, "Herr X") gets no id and no row."""
    authority = ctx.authority
    groups = orgs.local_groups(ctx.doc.text, (ctx.doc.hints or {}).get("groups") or ())
    found: dict[str, dict[str, Any]] = {}

    def link(name: str | None, default_kind: str | None = None) -> str | None:
        org = orgs.resolve(name, authority, default_kind, groups=groups)
        if org is None:
            return None
        found.setdefault(org.id, {"id": org.id, "name": org.name, "kind": org.kind,
                                  "authority": org.authority, "body": org.authority})
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
    for o in given_orgs:  # rows of a structured source (OParl) name the authority as "body"
        o["authority"] = o.get("authority") or o.get("body")
        o["body"] = o.get("body") or o["authority"]
    given_ids = {g["id"] for g in given_orgs}
    rows["organizations"] = given_orgs + [o for oid, o in sorted(found.items()) if oid not in given_ids]
