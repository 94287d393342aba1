"""An OParl 1.1 read API over the served database (a Datasette plugin).

Routes, below ``/oparl/v1``::

    /system                              the System
    /bodies                              list of Bodies (one per authority)
    /body/<body>                         one Body
    /body/<body>/organizations           its organisations (list, paged)
    /body/<body>/meetings                its meetings, each with its agenda items
    /body/<body>/papers                  its papers: one per document
    /body/<body>/people                  always empty: the tables hold no people
    /organization/<id>  /meeting/<id>  /agendaitem/<id>  /paper/<id>  /consultation/<id>

How the contract's rows become OParl objects:

- **Body**: every distinct ``documents.body`` and ``organizations.body``
  (the authority); documents without one form the body ``ohne-angabe``.
- **Organization**: every ``organizations`` row (``kind`` gives
  ``organizationType``/``classification``), plus one for each deciding body
  that is named (``resolutions.decided_by``, ``meetings.organization``) but
  not resolved to a row, so that every meeting names its organisation.
- **Meeting**: every ``meetings`` row, and every group of resolutions of one
  document with the same ``decided_by`` and ``date`` that no meeting row
  holds. ``start`` is the date at 00:00 Berlin time (the tables keep dates,
  not times).
- **AgendaItem**: one per resolution, in its meeting: ``number`` is
  ``agenda_item``, ``resolutionText`` the resolution's ``text``, ``result``
  the outcome and vote in German words (``einstimmig beschlossen``).
- **Paper**: one per document (``reference``, ``name`` = title, ``date``,
  ``paperType`` = the document's own word for its type).
- **Consultation**: a resolution whose ``paper_reference`` is the
  ``reference`` of a document of the same body links that Paper to the
  agenda item and meeting that decided on it.

The contract's structured fields that OParl has no property for travel as
vendor extension fields with the prefix ``councildata:`` (OParl 1.1 allows
properties beyond the schema under a vendor prefix): ``councildata:outcome``,
``councildata:unanimous``, ``councildata:votesYes``, ``councildata:votesNo``,
``councildata:votesAbstain``, ``councildata:recommendedTo``,
``councildata:paperReference`` on agenda items; ``councildata:documentType``
on papers; ``councildata:kind`` on organisations; and
``councildata:provenance`` (document id, quote, char_start, char_end) on
every agenda item. docs/oparl.md documents them.

Lists hold ``PAGE_SIZE`` objects per page (``?limit=`` up to ``MAX_PAGE_SIZE``)
and link the next page in ``links.next``; ``modified_since``,
``created_since`` and their ``_until`` twins filter by the build's date.
Every response carries ``Access-Control-Allow-Origin: *``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import Response

from . import __version__
from . import downloads  # noqa: F401  (registers the Parquet media type for /download/)
from .database import DB_NAME

DATABASE = DB_NAME.rsplit(".", 1)[0]
PREFIX = "/oparl/v1"
SCHEMA = "https://schema.oparl.org/1.1/"
EXT = "councildata:"
PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000
NO_BODY = "ohne-angabe"
BERLIN = ZoneInfo("Europe/Berlin")
CORS = {"Access-Control-Allow-Origin": "*"}

ORGANIZATION_TYPES = {
    # kind: (organizationType, classification), in OParl's German words
    "council": ("Gremium", "Rat"),
    "committee": ("Gremium", "Ausschuss"),
    "parliamentary_group": ("Fraktion", "Fraktion"),
    "party": ("Partei", "Partei"),
    "administration": ("Verwaltungsbereich", "Verwaltung"),
    "external": ("externes Gremium", "Extern"),
}
OUTCOME_WORDS = {
    "adopted": "beschlossen",
    "adopted_amended": "geändert beschlossen",
    "rejected": "abgelehnt",
    "postponed": "vertagt",
    "referred": "verwiesen",
    "noted": "zur Kenntnis genommen",
    "withdrawn": "zurückgezogen",
    "other": "",
}


def _slug(text: str) -> str:
    text = text.translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe",
                                          "Ü": "Ue", "ß": "ss"}))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def result_words(outcome: str | None, unanimous: Any, yes: Any, no: Any, abstain: Any) -> str:
    """The outcome and vote as a council's minutes state them."""
    parts = []
    if unanimous == 1 or unanimous is True:
        parts.append("einstimmig")
    elif unanimous == 0 or unanimous is False:
        parts.append("mehrheitlich")
    word = OUTCOME_WORDS.get(outcome or "other", "")
    if word:
        parts.append(word)
    labels = ((yes, "Ja-Stimme", "Ja-Stimmen"), (no, "Nein-Stimme", "Nein-Stimmen"),
              (abstain, "Enthaltung", "Enthaltungen"))
    votes = [f"{n} {one if n == 1 else many}" for n, one, many in labels if n is not None]
    text = " ".join(parts)
    if votes:
        text = (text + " (" + ", ".join(votes) + ")") if text else ", ".join(votes)
    return text


@dataclass
class Model:
    """Every OParl object of one database, built once (the database is immutable)."""

    created: str
    bodies: dict[str, dict[str, Any]] = field(default_factory=dict)  # key -> {name}
    organizations: dict[str, dict[str, Any]] = field(default_factory=dict)  # key -> record
    meetings: dict[str, dict[str, Any]] = field(default_factory=dict)
    papers: dict[str, dict[str, Any]] = field(default_factory=dict)
    agenda_items: dict[str, tuple[str, int]] = field(default_factory=dict)  # id -> (meeting, index)
    # resolution id -> paper key, where the paper it decides on is a document here
    consultations: dict[str, str] = field(default_factory=dict)
    by_body: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    def body_key(self, name: str | None) -> str:
        name = (name or "").strip()
        if not name:
            self.bodies.setdefault(NO_BODY, {"name": "Ohne Angabe der Körperschaft"})
            return NO_BODY
        key = _slug(name)
        while key in self.bodies and self.bodies[key]["name"] != name:
            key += "-1"
        self.bodies.setdefault(key, {"name": name})
        return key

    def listed(self, body: str, kind: str) -> list[str]:
        return self.by_body.setdefault(body, {}).setdefault(kind, [])


def build_model(conn: sqlite3.Connection) -> Model:
    conn.row_factory = sqlite3.Row
    created = ""
    model = Model(created=created)
    docs = {r["id"]: dict(r) for r in conn.execute(
        "select id, source_file, type, type_label, reference, title, date, body, addressed_to "
        "from documents order by id")}
    for doc in docs.values():
        doc["_body"] = model.body_key(doc["body"])

    org_names: dict[tuple[str, str], str] = {}  # (body, name) -> organization key
    for r in conn.execute("select id, name, kind, body from organizations order by id"):
        key = r["id"]
        body = model.body_key(r["body"])
        model.organizations[key] = {"name": r["name"], "kind": r["kind"], "body": body}
        model.listed(body, "organizations").append(key)
        org_names.setdefault((body, r["name"]), key)

    def organization(org_id: str | None, name: str | None, body: str) -> str | None:
        if org_id and org_id in model.organizations:
            return org_id
        if not name:
            return None
        key = org_names.get((body, name))
        if key is None:
            key = f"~{body}~{name}"
            model.organizations[key] = {"name": name, "kind": None, "body": body}
            model.listed(body, "organizations").append(key)
            org_names[(body, name)] = key
        return key

    meetings_by_group: dict[tuple[str, str, str], str] = {}
    for r in conn.execute("select id, organization, organization_id, date, document_id "
                          "from meetings order by date, id"):
        group = (r["document_id"], r["organization"] or "", r["date"] or "")
        if group in meetings_by_group:
            continue  # the same meeting read twice from one document
        body = docs[r["document_id"]]["_body"] if r["document_id"] in docs else model.body_key("")
        meetings_by_group[group] = r["id"]
        model.meetings[r["id"]] = {
            "organization": organization(r["organization_id"], r["organization"], body),
            "organization_name": r["organization"], "date": r["date"], "body": body,
            "document_id": r["document_id"], "items": []}
    columns = [c[1] for c in conn.execute("pragma table_info(resolutions)")]
    order = "date, document_id, char_start, id" if "char_start" in columns else "date, document_id, id"
    for r in conn.execute(f"select * from resolutions order by {order}"):
        r = dict(r)
        group = (r["document_id"], r["decided_by"] or "", r["date"] or "")
        body = docs[r["document_id"]]["_body"] if r["document_id"] in docs else model.body_key("")
        meeting = meetings_by_group.get(group)
        if meeting is None:
            meeting = "beschluesse-" + r["id"]
            meetings_by_group[group] = meeting
            model.meetings[meeting] = {
                "organization": organization(r["decided_by_id"], r["decided_by"], body),
                "organization_name": r["decided_by"], "date": r["date"], "body": body,
                "document_id": r["document_id"], "items": []}
        items = model.meetings[meeting]["items"]
        model.agenda_items[r["id"]] = (meeting, len(items))
        items.append(r)
    for key in sorted(model.meetings, key=lambda k: (model.meetings[k]["date"] or "", k)):
        model.listed(model.meetings[key]["body"], "meetings").append(key)
    by_reference: dict[tuple[str, str], str] = {}
    for key, doc in docs.items():
        doc["_consultations"] = []
        model.papers[key] = doc
        model.listed(doc["_body"], "papers").append(key)
        if doc["reference"]:
            by_reference.setdefault((doc["_body"], doc["reference"]), key)
    # A resolution on a paper that is itself one of the documents is that
    # paper's consultation (Beratung) in the meeting: OParl's link between them.
    for meeting in model.meetings.values():
        for r in meeting["items"]:
            paper = by_reference.get((meeting["body"], r["paper_reference"] or ""))
            if paper and paper != r["document_id"]:
                model.consultations[r["id"]] = paper
                model.papers[paper]["_consultations"].append(r["id"])
    return model


def _package_created(datasette) -> str:
    """The build's date (datapackage.json's ``created``), else now."""
    db = datasette.get_database(DATABASE)
    created = None
    if db.path:
        from pathlib import Path

        try:
            created = json.loads((Path(db.path).parent / "datapackage.json").read_text("utf-8")).get("created")
        except (OSError, ValueError):
            created = None
    try:
        when = dt.datetime.fromisoformat(created) if created else None
    except ValueError:
        when = None
    when = when or dt.datetime.now(dt.UTC).replace(microsecond=0)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.isoformat()


async def _model(datasette) -> Model:
    model = getattr(datasette, "_councildata_oparl_model", None)
    if model is None:
        db = datasette.get_database(DATABASE)
        model = await db.execute_fn(build_model)
        model.created = _package_created(datasette)
        datasette._councildata_oparl_model = model
    return model


class Urls:
    def __init__(self, datasette, request):
        self.base = datasette.absolute_url(request, datasette.urls.path(PREFIX))

    def __call__(self, *parts: str) -> str:
        return self.base + "/" + "/".join(parts)

    def obj(self, kind: str, key: str) -> str:
        return self(kind, tilde_encode(key))


def _common(model: Model, url: str, kind: str) -> dict[str, Any]:
    return {"id": url, "type": SCHEMA + kind, "created": model.created, "modified": model.created}


def system_object(model: Model, urls: Urls, datasette) -> dict[str, Any]:
    meta = datasette.metadata() or {}
    obj = {
        "id": urls("system"), "type": SCHEMA + "System", "oparlVersion": SCHEMA,
        "body": urls("bodies"),
        "name": meta.get("title") or "councildata",
        "product": "https://github.com/councildata/councildata",
        "vendor": "https://github.com/councildata/councildata",
        "created": model.created, "modified": model.created,
        "web": urls.base.rsplit(PREFIX, 1)[0] + "/",
        EXT + "version": __version__,
    }
    if meta.get("license_url"):
        obj["license"] = meta["license_url"]
    return obj


def body_object(model: Model, key: str, urls: Urls) -> dict[str, Any]:
    b = urls.obj("body", key)
    return {
        **_common(model, b, "Body"), "system": urls("system"),
        "name": model.bodies[key]["name"],
        "organization": b + "/organizations", "person": b + "/people",
        "meeting": b + "/meetings", "paper": b + "/papers", "legislativeTerm": [],
    }


def organization_object(model: Model, key: str, urls: Urls) -> dict[str, Any]:
    o = model.organizations[key]
    obj = {**_common(model, urls.obj("organization", key), "Organization"),
           "body": urls.obj("body", o["body"]), "name": o["name"]}
    if o["kind"]:
        obj["organizationType"], obj["classification"] = ORGANIZATION_TYPES.get(o["kind"], ("Sonstiges", "Sonstiges"))
        obj[EXT + "kind"] = o["kind"]
    return obj


def _start(date: str | None) -> str | None:
    if not date:
        return None
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        return None
    return dt.datetime(day.year, day.month, day.day, tzinfo=BERLIN).isoformat()


def agenda_item_object(model: Model, meeting_key: str, index: int, urls: Urls) -> dict[str, Any]:
    r = model.meetings[meeting_key]["items"][index]
    obj = {
        **_common(model, urls.obj("agendaitem", r["id"]), "AgendaItem"),
        "meeting": urls.obj("meeting", meeting_key),
        "order": index + 1,
        "resolutionText": r["text"] or "",
        EXT + "outcome": r["outcome"],
        EXT + "unanimous": None if r["unanimous"] is None else bool(r["unanimous"]),
        EXT + "votesYes": r["votes_yes"],
        EXT + "votesNo": r["votes_no"],
        EXT + "votesAbstain": r["votes_abstain"],
        EXT + "recommendedTo": r["recommended_to"],
        EXT + "paperReference": r["paper_reference"],
        EXT + "provenance": {"document": urls.obj("paper", r["document_id"]),
                             "documentId": r["document_id"], "quote": r.get("quote"),
                             "charStart": r.get("char_start"), "charEnd": r.get("char_end")},
    }
    result = result_words(r["outcome"], r["unanimous"], r["votes_yes"], r["votes_no"], r["votes_abstain"])
    if result:
        obj["result"] = result
    if r["id"] in model.consultations:
        obj["consultation"] = urls.obj("consultation", r["id"])
    if r["agenda_item"]:
        obj["number"] = r["agenda_item"]
    if r.get("subject"):
        obj["name"] = r["subject"]
    return obj


def consultation_object(model: Model, resolution_id: str, urls: Urls) -> dict[str, Any]:
    meeting_key, index = model.agenda_items[resolution_id]
    meeting = model.meetings[meeting_key]
    obj = {
        **_common(model, urls.obj("consultation", resolution_id), "Consultation"),
        "paper": urls.obj("paper", model.consultations[resolution_id]),
        "agendaItem": urls.obj("agendaitem", resolution_id),
        "meeting": urls.obj("meeting", meeting_key),
    }
    if meeting["organization"]:
        obj["organization"] = [urls.obj("organization", meeting["organization"])]
    return obj


def meeting_object(model: Model, key: str, urls: Urls) -> dict[str, Any]:
    m = model.meetings[key]
    obj = _common(model, urls.obj("meeting", key), "Meeting")
    day = m["date"]
    label = f"{day[8:10]}.{day[5:7]}.{day[:4]}" if day else ""
    org = m["organization_name"] or ""
    obj["name"] = " – ".join(x for x in (org, f"Sitzung am {label}" if label else "Sitzung") if x)
    if _start(day):
        obj["start"] = _start(day)
    if m["organization"]:
        obj["organization"] = [urls.obj("organization", m["organization"])]
    obj["agendaItem"] = [agenda_item_object(model, key, i, urls) for i in range(len(m["items"]))]
    obj[EXT + "document"] = urls.obj("paper", m["document_id"])
    return obj


def paper_object(model: Model, key: str, urls: Urls) -> dict[str, Any]:
    d = model.papers[key]
    obj = {**_common(model, urls.obj("paper", key), "Paper"), "body": urls.obj("body", d["_body"])}
    for prop, col in (("name", "title"), ("reference", "reference"), ("paperType", "type_label")):
        if d[col]:
            obj[prop] = d[col]
    if d["date"]:
        obj["date"] = d["date"]
    obj["web"] = urls.base.rsplit(PREFIX, 1)[0] + f"/{DATABASE}/documents/{tilde_encode(key)}"
    if d["_consultations"]:
        obj["consultation"] = [consultation_object(model, r, urls) for r in d["_consultations"]]
    obj[EXT + "documentType"] = d["type"]
    obj[EXT + "sourceFile"] = d["source_file"]
    if d["addressed_to"]:
        obj[EXT + "addressedTo"] = d["addressed_to"]
    return obj


def _json(data: Any, status: int = 200) -> Response:
    return Response(json.dumps(data, ensure_ascii=False, indent=1), status=status,
                    content_type="application/json; charset=utf-8", headers=dict(CORS))


def _error(message: str, status: int) -> Response:
    return _json({"error": message, "status": status}, status)


def _since(request, name: str) -> dt.datetime | None:
    value = request.args.get(name)
    if not value:
        return None
    when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))  # ValueError: caller says 400
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _page(request, keys: list[str], make, model: Model, url: str) -> Response:
    try:
        page = int(request.args.get("page", "1"))
        limit = min(MAX_PAGE_SIZE, int(request.args.get("limit", str(PAGE_SIZE))))
        filters = {n: _since(request, n) for n in ("created_since", "created_until",
                                                   "modified_since", "modified_until")}
    except ValueError:
        return _error("page and limit must be whole numbers, *_since/*_until ISO date-times", 400)
    if page < 1 or limit < 1:
        return _error("page and limit start at 1", 400)
    # Every object carries the build's date: a filter keeps all or nothing.
    stamp = dt.datetime.fromisoformat(model.created)
    keep = all(
        (when is None) or (stamp >= when if name.endswith("_since") else stamp <= when)
        for name, when in filters.items())
    keys = keys if keep else []
    total_pages = max(1, -(-len(keys) // limit))
    chunk = keys[(page - 1) * limit: page * limit]
    passed = {k: request.args.get(k) for k in request.args if k != "page"}

    def link(n: int) -> str:
        return url + "?" + urlencode({**passed, "page": n})

    links = {"first": link(1), "last": link(total_pages), "self": link(page)}
    if page > 1:
        links["prev"] = link(page - 1)
    if page < total_pages:
        links["next"] = link(page + 1)
    return _json({
        "data": [make(k) for k in chunk],
        "pagination": {"totalElements": len(keys), "elementsPerPage": limit,
                       "currentPage": page, "totalPages": total_pages},
        "links": links,
    })


async def oparl_view(request, datasette):
    path = (request.url_vars.get("path") or "").strip("/")
    try:
        model = await _model(datasette)
    except KeyError:
        return _error(f"no database {DATABASE!r} is served", 404)
    urls = Urls(datasette, request)
    parts = path.split("/") if path else []
    if parts in ([], ["system"]):
        return _json(system_object(model, urls, datasette))
    if parts == ["bodies"]:
        return _page(request, sorted(model.bodies), lambda k: body_object(model, k, urls), model, urls("bodies"))
    if len(parts) >= 2 and parts[0] == "body":
        body = tilde_decode(parts[1])
        if body not in model.bodies:
            return _error(f"no body {body!r}", 404)
        if len(parts) == 2:
            return _json(body_object(model, body, urls))
        if len(parts) == 3:
            lists = {
                "organizations": lambda k: organization_object(model, k, urls),
                "meetings": lambda k: meeting_object(model, k, urls),
                "papers": lambda k: paper_object(model, k, urls),
                "people": None,
            }
            if parts[2] in lists:
                keys = model.by_body.get(body, {}).get(parts[2], []) if lists[parts[2]] else []
                return _page(request, keys, lists[parts[2]], model, urls.obj("body", body) + "/" + parts[2])
    if len(parts) == 2:
        kind, key = parts[0], tilde_decode(parts[1])
        if kind == "organization" and key in model.organizations:
            return _json(organization_object(model, key, urls))
        if kind == "meeting" and key in model.meetings:
            return _json(meeting_object(model, key, urls))
        if kind == "paper" and key in model.papers:
            return _json(paper_object(model, key, urls))
        if kind == "consultation" and key in model.consultations:
            return _json(consultation_object(model, key, urls))
        if kind == "agendaitem" and key in model.agenda_items:
            meeting, index = model.agenda_items[key]
            return _json(agenda_item_object(model, meeting, index, urls))
    return _error(f"no OParl object at {PREFIX}/{path}", 404)


@hookimpl
def register_routes():
    return [(r"^/oparl/v1(?P<path>/.*)?$", oparl_view)]
