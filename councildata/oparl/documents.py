"""From one OParl JSON file to its documents: choosing what becomes a
document, normalising OParl-like records, and the rows' ids and provenance."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import model
from .helpers import NotADocument, _hash, _list, _s, _slug, id_key, log, oparl_type
from .index import OParlIndex, _is_list_page, is_oparl_like
from .render import _Ctx, _render_meeting, _render_organizations, _render_paper


# normalising the OParl-like (StadtratWatch) paper records to OParl shape


def _from_like(rec: dict) -> dict | None:
    rid = rec.get("id")
    if isinstance(rid, bool) or not isinstance(rid, (int, str)) or _s(rid) == "":
        return None
    consultations = []
    for c in _list(rec.get("consultations", rec.get("consultation"))):
        if not isinstance(c, dict):
            continue
        org = c.get("organization")
        consultations.append({
            "role": c.get("role"),
            "organization": [org] if isinstance(org, str) and org.strip() else [],
            "_meeting_name": c.get("meeting") if isinstance(c.get("meeting"), str) else "",
            "_date": c.get("date"),
            "_agenda_number": c.get("agendaItem") if isinstance(c.get("agendaItem"), str) else "",
            "_result": c.get("result"),
        })
    files = []
    for f in _list(rec.get("files")):
        if isinstance(f, dict):
            files.append({"name": f.get("name"), "accessUrl": f.get("url")})
    return {
        "_like": True,
        "_like_id": _s(rid),
        "type": "Paper",
        "name": rec.get("title", rec.get("name")),
        "reference": rec.get("reference"),
        "paperType": rec.get("paperType", rec.get("type")),
        "date": rec.get("date"),
        "consultation": consultations,
        "auxiliaryFile": files,
    }


# ---------------------------------------------------------------------------
# choosing what becomes a document


def _top_items(obj: Any) -> tuple[list[Any], bool]:
    """(top-level objects, like) of a file; raises ValueError when not OParl at all."""
    if oparl_type(obj):
        return [obj], False
    if _is_list_page(obj):
        return list(obj["data"]), False
    if isinstance(obj, list) and any(oparl_type(o) for o in obj):
        return list(obj), False
    if is_oparl_like(obj):
        return [_from_like(r) if isinstance(r, dict) else None for r in obj], True
    raise ValueError("not OParl: expected an object typed https://schema.oparl.org/…, "
                     "a list page {data, links, pagination} or an array of OParl objects")


def _plan(items: list[Any], like: bool,
          ) -> tuple[list[tuple[str, dict, str]], list[dict], list[str], list[str]]:
    """(documents as (kind, object, key), organizations, skipped reasons, other kinds)."""
    docs: list[tuple[str, dict, str]] = []
    orgs: list[dict] = []
    skipped: list[str] = []
    others: list[str] = []
    seen_ids: set[str] = set()
    keys: set[str] = set()
    for n, o in enumerate(items):
        if not isinstance(o, dict):
            skipped.append(f"item {n}: not a usable object")
            continue
        kind = "Paper" if like else oparl_type(o)
        if kind is None:
            skipped.append(f"item {n}: unknown type {_s(o.get('type'))!r}")
            continue
        if o.get("deleted") is True:
            skipped.append(f"item {n}: {kind} marked deleted")
            continue
        if like:
            oid = "like:" + _s(o.get("_like_id"))
        else:
            oid = o.get("id")
            if not isinstance(oid, str) or not oid.strip():
                skipped.append(f"item {n}: {kind} without id")
                continue
        if oid in seen_ids:
            continue
        seen_ids.add(oid)
        if kind in ("Paper", "Meeting"):
            key = f"paper-{_slug(oid[5:]) or _hash(oid)}" if like else id_key(oid)
            if key in keys:
                key = f"{key}-{_hash(oid, 6)}"
            keys.add(key)
            docs.append((kind, o, key))
        elif kind == "Organization":
            orgs.append(o)
        else:
            others.append(kind)
    return docs, orgs, skipped, others



def _finish_rows(records: dict[str, list[dict]], text: str, doc_id: str,
                 ) -> dict[str, list[dict]]:
    """Ids and provenance columns from the private ``_span`` of each row."""
    out: dict[str, list[dict]] = {}
    for table, rows in records.items():
        kept = []
        seen: set[str] = set()
        for row in rows:
            if table == "organizations":
                if row["id"] in seen:
                    continue
                seen.add(row["id"])
                kept.append(row)
                continue
            start, end = row.pop("_span")
            if row.get("motion_id") == model.row_id("", "motions", 1):
                row["motion_id"] = model.row_id(doc_id, "motions", 1)
            kept.append({
                "id": model.row_id(doc_id, table, len(kept) + 1),
                **{k: v for k, v in row.items() if not k.startswith("_")},
                "document_id": doc_id,
                "quote": text[start:end],
                "char_start": start,
                "char_end": end,
            })
        if kept:
            out[table] = kept
    # parents before children, as the validator checks foreign keys in table order
    return {t: out[t] for t in model.TABLES if t in out}


def documents_from_oparl(obj: Any, source_file: str, sha256: str, *,
                         index: OParlIndex | Mapping[str, dict] | None = None,
                         ) -> list[model.Document]:
    """Documents for one OParl JSON file (see the module docstring).

    ``index`` resolves references to objects in other files (build it once per
    source folder with ``OParlIndex.from_dir``). Raises ``ValueError`` (or its
    subclass :class:`NotADocument`) for a file that cannot be used as a whole;
    broken objects inside a usable file are skipped.
    """
    items, like = _top_items(obj)
    docs, orgs, skipped, others = _plan(items, like)
    if not docs and not orgs:
        if skipped and not others:
            raise ValueError(f"no usable OParl object in file ({len(skipped)} skipped: "
                             + "; ".join(skipped[:5]) + ")")
        what = ", ".join(sorted(set(others))) or "an empty list"
        raise NotADocument(f"OParl file holds no Paper, Meeting or Organization ({what})")

    local = OParlIndex()
    if isinstance(index, OParlIndex):
        local.update(index)
    elif isinstance(index, Mapping):
        for oid, o in index.items():
            if isinstance(o, dict):
                local.objects[str(oid)] = o
    local.add(obj)  # the file's own (and embedded) objects, merged in
    ctx = _Ctx(local)

    base = model.document_id(source_file)
    single = len(docs) + (1 if orgs else 0) == 1
    out: list[model.Document] = []
    for kind, o, key in docs:
        doc_id = base if single else f"{base}/{key}"
        try:
            if kind == "Meeting":
                text, hints, records = _render_meeting(ctx, o)
            else:
                text, hints, records = _render_paper(ctx, o, like)
            records = _finish_rows(records, text, doc_id)
        except Exception:  # skip the broken object, keep the others
            log.debug("skipping a broken %s in %s", kind, source_file, exc_info=True)
            continue
        out.append(model.Document(
            id=doc_id, source_file=source_file, sha256=sha256, format="oparl", text=text,
            hints={k: v for k, v in hints.items() if v}, records=records,
        ))
    if orgs:
        doc_id = base if single else f"{base}/organizations"
        text, hints, records = _render_organizations(ctx, orgs)
        if records["organizations"]:
            out.append(model.Document(
                id=doc_id, source_file=source_file, sha256=sha256, format="oparl", text=text,
                hints=hints, records=records))
    if not out:
        raise ValueError("no usable OParl Paper, Meeting or Organization in file")
    return out
