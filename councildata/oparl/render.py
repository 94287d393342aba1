"""Rendering Meetings, Papers and Organizations as German plain text with
spans, and mapping each to its contract rows."""

from __future__ import annotations

from typing import Any

from .. import model
from .helpers import (
    CONFIDENCE,
    CONFIDENCE_INFERRED,
    RULE,
    _de_date,
    _hhmm,
    _iso_date,
    _list,
    _one_line,
    _s,
    log,
    oparl_type,
    organization_id,
)
from .index import OParlIndex
from .vocabulary import (
    document_type_from_label,
    organization_from_meeting_name,
    organization_kind,
    outcome_from_result,
    unanimous_from_result,
    votes_from_result,
)


# ---------------------------------------------------------------------------
# text with spans


class _Text:
    def __init__(self) -> None:
        self._parts: list[str] = []
        self.length = 0

    def line(self, s: str) -> tuple[int, int]:
        start = self.length
        self._parts.append(s + "\n")
        self.length += len(s) + 1
        return start, start + len(s)

    def blank(self) -> None:
        if self._parts and self._parts[-1] != "\n":
            self._parts.append("\n")
            self.length += 1

    def value(self) -> str:
        return "".join(self._parts)


def _provenance(oparl_id: str, span: tuple[int, int], confidence: float = CONFIDENCE,
                ) -> dict[str, Any]:
    # quote, char_start, char_end and document_id are filled in by _finish_rows
    return {"oparl_id": oparl_id or None, "rule": RULE, "confidence": confidence, "_span": span}


class _Ctx:
    def __init__(self, index: OParlIndex) -> None:
        self.index = index

    def get(self, ref: Any) -> dict | None:
        return self.index.get(ref)

    def name(self, ref: Any) -> str:
        """Name of a referenced/embedded object, '' when unknown (never a URL)."""
        if isinstance(ref, str) and not ref.startswith(("http://", "https://")):
            return _s(ref)  # given as a name (OParl-like sources)
        o = self.get(ref)
        if not isinstance(o, dict):
            return ""
        name = _s(o.get("name"))
        if not name and oparl_type(o) == "Person":
            name = " ".join(p for p in (_s(o.get("givenName")), _s(o.get("familyName"))) if p)
        return name

    def names(self, refs: Any) -> list[str]:
        out: list[str] = []
        for ref in _list(refs):
            n = self.name(ref)
            if n and n not in out:
                out.append(n)
        return out

    def organization(self, ref: Any) -> dict | None:
        o = self.get(ref)
        return o if oparl_type(o) == "Organization" and _s(o.get("name")) else None


_FILE_LABELS = (
    ("invitation", "Einladung"),
    ("resultsProtocol", "Ergebnisprotokoll"),
    ("verbatimProtocol", "Wortprotokoll"),
    ("mainFile", "Hauptdokument"),
)


def _file_text(f: Any) -> str:
    if not isinstance(f, dict):
        return ""
    name = _s(f.get("name"))
    file_name = _s(f.get("fileName"))
    if name and file_name and file_name != name:
        return f"{name} ({file_name})"
    return name or file_name


def _render_files(t: _Text, obj: dict) -> None:
    lines = []
    for key, label in _FILE_LABELS:
        text = _file_text(obj.get(key))
        if text:
            lines.append(f"- {label}: {text}")
    for f in _list(obj.get("auxiliaryFile")):
        text = _file_text(f)
        if text:
            lines.append(f"- Anlage: {text}")
    if lines:
        t.blank()
        t.line("Dateien:")
        for line in lines:
            t.line(line)


def _org_row(org: dict, body: str) -> dict[str, Any]:
    name = _s(org.get("name"))
    kind = organization_kind(_s(org.get("organizationType")), _s(org.get("classification")), name)
    return {"id": organization_id(name, body, kind), "name": name, "kind": kind,
            "body": body or None}


def _resolution_fields(result: str, resolution_text: str) -> tuple[dict[str, Any], bool]:
    outcome, inferred = outcome_from_result(result or resolution_text)
    votes = votes_from_result(result)
    return {
        "outcome": outcome,
        "unanimous": unanimous_from_result(result, votes["votes_no"]),
        **votes,
        "recommended_to": None,
        "text": resolution_text or result,
    }, inferred


def _agenda_paper(ctx: _Ctx, a: dict) -> dict | None:
    consultation = a.get("consultation")
    c = ctx.get(consultation)
    paper = None
    if isinstance(c, dict):
        paper = ctx.get(c.get("paper"))
        if paper is None and isinstance(c.get("id"), str):
            paper = ctx.index.consultation_paper.get(c["id"])
    if paper is None and isinstance(consultation, str):
        paper = ctx.index.consultation_paper.get(consultation)
    return paper if isinstance(paper, dict) and oparl_type(paper) == "Paper" else None


def _render_meeting(ctx: _Ctx, m: dict) -> tuple[str, dict, dict]:
    t = _Text()
    oid = _s(m.get("id"))
    name = _s(m.get("name"))
    body = ctx.name(m.get("body"))
    org_objs = [o for o in (ctx.organization(r) for r in _list(m.get("organization"))) if o]
    org_names = [_s(o.get("name")) for o in org_objs]
    header = t.line(name or "Sitzung")
    org_name, org_inferred = (org_names[0] if org_names else ""), False
    if not org_name:
        org_name, org_inferred = organization_from_meeting_name(name), True
    if org_names:
        header = (header[0], t.line("Gremium: " + ", ".join(org_names))[1])
    start_iso = _iso_date(m.get("start"))
    if start_iso:
        when = f"Datum: {_de_date(start_iso)}"
        begin, end = _hhmm(m.get("start")), _hhmm(m.get("end"))
        if begin and end and end != "00:00" and _iso_date(m.get("end")) == start_iso:
            when += f", {begin}–{end} Uhr"
        elif begin:
            when += f", {begin} Uhr"
        header = (header[0], t.line(when)[1])
    location = m.get("location")
    if isinstance(location, dict):
        loc = _s(location.get("description")) or ", ".join(
            p for p in (_s(location.get(k)) for k in ("room", "streetAddress", "postalCode",
                                                        "locality")) if p)
        if loc:
            t.line(f"Ort: {loc}")
    state = _s(m.get("meetingState"))
    if state:
        t.line(f"Status: {state}")
    if m.get("cancelled") is True:
        t.line("Die Sitzung fällt aus.")

    org_rows = [_org_row(o, body) for o in org_objs]
    org_id = org_rows[0]["id"] if org_rows and not org_inferred else None
    records: dict[str, list[dict]] = {"meetings": [], "resolutions": [], "organizations": org_rows}
    confidence = CONFIDENCE_INFERRED if org_inferred else CONFIDENCE
    # meetings.organization and meetings.date are required columns: a meeting
    # whose committee or date is unknown gives no row (its document stays).
    if org_name and start_iso:
        records["meetings"].append({
            "organization": org_name, "organization_id": org_id, "date": start_iso,
            **_provenance(oid, header, confidence),
        })

    items = [a for a in _list(m.get("agendaItem")) if isinstance(a, dict)]
    if items:
        t.blank()
        t.line("Tagesordnung:")
    for a in items:
        try:
            row = _render_agenda_item(ctx, t, a)
        except Exception:  # one broken agenda item never spoils the meeting
            log.debug("skipping a broken agenda item in %s", oid, exc_info=True)
            row = None
        if row is None:
            continue
        inferred = row.pop("_inferred") or org_inferred
        records["resolutions"].append({
            "decided_by": org_name or None,
            "decided_by_id": org_id,
            "date": start_iso or None,
            **row,
            "confidence": CONFIDENCE_INFERRED if inferred else CONFIDENCE,
        })
    _render_files(t, m)

    has_protocol = isinstance(m.get("resultsProtocol"), dict) or isinstance(
        m.get("verbatimProtocol"), dict)
    hints = {
        "type": "minutes" if has_protocol else "agenda",
        "type_label": "Sitzung",
        "title": _one_line(name),
        "date": start_iso,
        "body": body,
        "addressed_to": org_name,
        "oparl_id": oid,
    }
    return t.value(), hints, records


def _render_agenda_item(ctx: _Ctx, t: _Text, a: dict) -> dict[str, Any] | None:
    """Render one agenda item; its resolution fields when it has a result."""
    t.blank()
    number = _s(a.get("number"))
    aname = _s(a.get("name"))
    label = f"TOP {number}" if number else ""
    if a.get("public") is False:
        label = f"{label} (nicht öffentlich)".strip()
    first = f"{label}: {aname}" if label and aname else (label or aname or "TOP")
    start, end = t.line(first)
    paper = _agenda_paper(ctx, a)
    paper_ref = _s(paper.get("reference")) if paper else ""
    if paper:
        ptype = _s(paper.get("paperType"))
        if paper_ref or ptype:
            pline = " ".join(x for x in ("Vorlage:", paper_ref, f"({ptype})" if ptype else "") if x)
            end = t.line(pline)[1]
    result = _s(a.get("result"))
    resolution_text = _s(a.get("resolutionText"))
    if result:
        end = t.line(f"Ergebnis: {result}")[1]
    if resolution_text:
        end = t.line(f"Beschluss: {resolution_text}")[1]
    text = _file_text(a.get("resolutionFile"))
    if text:
        t.line(f"Beschlussdatei: {text}")
    for f in _list(a.get("auxiliaryFile")):
        text = _file_text(f)
        if text:
            t.line(f"Anlage: {text}")
    if not (result or resolution_text):
        return None
    fields, inferred = _resolution_fields(result, resolution_text)
    extension = _extension_fields(a)
    if extension:
        fields.update(extension)
        inferred = False
    return {
        **fields,
        "motion_id": None,
        "paper_reference": paper_ref or extension.get("paper_reference") or None,
        "agenda_item": number or None,
        **_provenance(_s(a.get("id")), (start, end)),
        "_inferred": inferred,
    }


# Vendor extension fields of councildata's own OParl API (councildata.oparl_api):
# the contract's values as they were, so that a mirror of that API builds the
# same resolutions. Each is used only when it has the contract's type.
_EXT = "councildata:"
_OUTCOMES = ("adopted", "adopted_amended", "rejected", "postponed", "referred", "noted",
             "withdrawn", "other")


def _extension_fields(a: dict) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if a.get(_EXT + "outcome") in _OUTCOMES:
        out["outcome"] = a[_EXT + "outcome"]
    if _EXT + "unanimous" in a and (a[_EXT + "unanimous"] is None or isinstance(a[_EXT + "unanimous"], bool)):
        out["unanimous"] = a[_EXT + "unanimous"]
    for key, col in (("votesYes", "votes_yes"), ("votesNo", "votes_no"), ("votesAbstain", "votes_abstain")):
        value = a.get(_EXT + key, False)
        if value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0):
            out[col] = value
    for key, col in (("recommendedTo", "recommended_to"), ("paperReference", "paper_reference")):
        value = a.get(_EXT + key, False)
        if value is None or isinstance(value, str):
            out[col] = _s(value) or None
    return out


def _render_paper(ctx: _Ctx, p: dict, like: bool) -> tuple[str, dict, dict]:
    t = _Text()
    oid = "" if like else _s(p.get("id"))
    type_label = _s(p.get("paperType"))
    reference = _s(p.get("reference"))
    name = _s(p.get("name"))
    doc_type = document_type_from_label(type_label)
    body = ctx.name(p.get("body"))
    header = t.line(" ".join(x for x in (type_label, reference) if x) or "Drucksache")
    if name:
        header = (header[0], t.line(name)[1])
    date_iso = _iso_date(p.get("date"))
    if date_iso:
        header = (header[0], t.line(f"Datum: {_de_date(date_iso)}")[1])
    originators = ctx.names(p.get("originatorOrganization")) + ctx.names(p.get("originatorPerson"))
    if originators:
        header = (header[0], t.line("Urheber: " + ", ".join(originators))[1])
    if body:
        t.line(f"Körperschaft: {body}")
    direction = ctx.names(p.get("underDirectionOf"))
    if direction:
        t.line("Federführung: " + ", ".join(direction))
    places = [
        _s(loc.get("description")) for loc in _list(p.get("location"))
        if isinstance(loc, dict) and _s(loc.get("description"))
    ]
    if places:
        t.line("Ort: " + "; ".join(places))

    org_objs: dict[str, dict] = {}
    for ref in (_list(p.get("originatorOrganization")) + _list(p.get("underDirectionOf"))):
        o = ctx.organization(ref)
        if o is not None:
            org_objs.setdefault(_s(o.get("name")), o)
    records: dict[str, list[dict]] = {"motions": [], "resolutions": []}
    if doc_type == "motion":
        submitter = originators[0] if len(originators) == 1 else ", ".join(originators)
        submitter_org = org_objs.get(submitter)
        records["motions"].append({
            "submitted_by": submitter or None,
            "submitted_by_id": _org_row(submitter_org, body)["id"] if submitter_org else None,
            "motion_type": type_label or None,
            "date": date_iso or None,
            "title": _one_line(name) or None,
            "reference": reference or None,
            **_provenance(oid, header),
        })

    addressed_to = ""
    consultations = [c for c in _list(p.get("consultation")) if isinstance(c, dict)]
    heading: list[bool] = []
    for c in consultations:
        try:
            row = _render_consultation(ctx, t, c, org_objs, heading)
        except Exception:  # one broken consultation never spoils the paper
            log.debug("skipping a broken consultation in %s", oid or name, exc_info=True)
            continue
        addressed_to = addressed_to or row.pop("_org", "")
        if "outcome" not in row:
            continue
        inferred = row.pop("_inferred")
        org_obj = org_objs.get(row["decided_by"] or "")
        records["resolutions"].append({
            **row,
            "decided_by_id": _org_row(org_obj, body)["id"] if org_obj else None,
            "motion_id": model.row_id("", "motions", 1) if doc_type == "motion" else None,
            "paper_reference": reference or None,
            "confidence": CONFIDENCE_INFERRED if inferred else CONFIDENCE,
        })
    _render_files(t, p)
    records["organizations"] = [_org_row(o, body) for o in org_objs.values()]

    hints = {
        "type": doc_type,
        "type_label": type_label,
        "reference": reference,
        "title": _one_line(name),
        "date": date_iso,
        "body": body,
        "addressed_to": addressed_to,
        "oparl_id": oid,
    }
    return t.value(), hints, records


def _render_consultation(ctx: _Ctx, t: _Text, c: dict, org_objs: dict[str, dict],
                         heading: list[bool]) -> dict[str, Any]:
    """Render one consultation; ``_org`` is its committee, and the resolution
    fields are there when the consultation states a result (OParl-like data)."""
    orgs = ctx.names(c.get("organization"))
    for ref in _list(c.get("organization")):
        o = ctx.organization(ref)
        if o is not None:
            org_objs.setdefault(_s(o.get("name")), o)
    role = _s(c.get("role"))
    extra = ", ".join(x for x in (role, "beschließend" if c.get("authoritative") is True else "")
                      if x)
    meeting = ctx.get(c.get("meeting"))
    meeting = meeting if isinstance(meeting, dict) else {}
    meeting_name = _s(c.get("_meeting_name")) or _s(meeting.get("name"))
    meeting_date = _iso_date(c.get("_date")) or _iso_date(meeting.get("start"))
    number = _s(c.get("_agenda_number"))
    result = _s(c.get("_result")) or _s(c.get("result"))
    out: dict[str, Any] = {"_org": orgs[0] if orgs else ""}
    if not (orgs or extra or meeting_name or meeting_date or number or result):
        return out  # nothing known about this consultation but that it exists
    if not heading:
        t.blank()
        t.line("Beratungsfolge:")
        heading.append(True)
    line = "Beratung:"
    if orgs:
        line += " " + ", ".join(orgs)
    if extra:
        line += f" ({extra})" if orgs else f" {extra}"
    start, end = t.line(line)
    if meeting_name or meeting_date:
        mline = f"Sitzung: {meeting_name}" if meeting_name else "Sitzung"
        if meeting_date:
            mline += f" am {_de_date(meeting_date)}"
        end = t.line(mline)[1]
    if number:
        end = t.line(f"TOP {number}")[1]
    if result:
        end = t.line(f"Ergebnis: {result}")[1]
    if not result:
        return out
    fields, inferred = _resolution_fields(result, "")
    out.update({
        "decided_by": orgs[0] if orgs else None,
        "date": meeting_date or None,
        **fields,
        "agenda_item": number or None,
        **_provenance(_s(c.get("id")), (start, end)),
        "_inferred": inferred,
    })
    return out


def _render_organizations(ctx: _Ctx, orgs: list[dict]) -> tuple[str, dict, dict]:
    t = _Text()
    t.line("Gremien und Gruppierungen")
    t.blank()
    rows: list[dict] = []
    seen: set[str] = set()
    body = ""
    for org in orgs:
        try:
            body = body or ctx.name(org.get("body"))
            row = _org_row(org, ctx.name(org.get("body")))
            if not row["name"] or row["id"] in seen:
                continue
            seen.add(row["id"])
            details = ", ".join(
                x for x in (_s(org.get("organizationType")), _s(org.get("classification")),
                            _s(org.get("shortName"))) if x)
            t.line(f"{row['name']} ({details})" if details else row["name"])
            rows.append(row)
        except Exception:  # skip the broken organization
            log.debug("skipping a broken organization", exc_info=True)
    hints = {"type": "other", "type_label": "Gremienliste", "title": "Gremien und Gruppierungen",
             "body": body}
    return t.value(), {k: v for k, v in hints.items() if v}, {"organizations": rows}
