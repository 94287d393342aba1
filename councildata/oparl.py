"""Map OParl JSON (1.0 / 1.1) to the public contract.

The ingest stage calls two functions for every ``.json`` file:

``is_oparl(obj)``
    True for an OParl object (``type`` starts with ``https://schema.oparl.org/``),
    an OParl list page (``{"data": [...], "links": ..., "pagination": ...}``), a
    bare JSON array of OParl objects, and an *OParl-like* paper list (an array
    of paper records with ``reference``, ``type`` as a German word,
    ``consultations`` ... as scraped by StadtratWatch Magdeburg).

``documents_from_oparl(obj, source_file, sha256, index=None)``
    One :class:`~councildata.model.Document` per Paper and per Meeting. Its
    ``text`` is a German plain-text rendering of the object; ``hints`` carries
    the contract's document fields; ``records`` carries rows for ``meetings``,
    ``motions``, ``resolutions`` and ``organizations`` read from the structure,
    each with provenance (``quote``/``char_start``/``char_end`` into ``text``),
    ``oparl_id``, ``rule`` ("oparl") and ``confidence``.

    A file that holds Organization objects but no Paper/Meeting (an
    ``organization`` list page) gives one listing document ("Gremien und
    Gruppierungen") that carries the ``organizations`` rows.

    Broken objects (missing id, unknown type, wrong value types, cycles) are
    skipped, never raised. A file that cannot be used at all raises
    ``ValueError``; :class:`NotADocument` (a ``ValueError``) marks valid OParl
    that simply holds nothing to publish (System, Body, Person, an empty list),
    so the ingest may report it as *skipped* rather than as an error.

Cross-file references (a Meeting's ``organization`` URL, a Paper's ``body``)
are resolved when an :class:`OParlIndex` built over the whole source folder
is passed as ``index`` (``OParlIndex.from_dir(source_dir)``); without it only
what the file itself embeds is used.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from . import model

__all__ = [
    "NotADocument",
    "OParlIndex",
    "document_type_from_label",
    "documents_from_oparl",
    "is_oparl",
    "is_oparl_like",
    "oparl_type",
    "organization_kind",
    "outcome_from_result",
    "votes_from_result",
]

log = logging.getLogger(__name__)

SCHEMA_PREFIXES = ("https://schema.oparl.org/", "http://schema.oparl.org/")
RULE = "oparl"
CONFIDENCE = 1.0
# Used where a value is inferred from structure rather than stated as such:
# the committee read out of a meeting's name, an outcome read from a bare vote.
CONFIDENCE_INFERRED = 0.9

_MAX_DEPTH = 12


class NotADocument(ValueError):
    """Valid OParl that holds no Paper, Meeting or Organization to publish."""


# ---------------------------------------------------------------------------
# small, total helpers: they never raise on odd input


def oparl_type(obj: Any) -> str | None:
    """``"Paper"`` for an object typed ``https://schema.oparl.org/1.1/Paper``."""
    if not isinstance(obj, dict):
        return None
    t = obj.get("type")
    if not isinstance(t, str):
        return None
    for prefix in SCHEMA_PREFIXES:
        if t.startswith(prefix):
            name = t.rstrip("/").rsplit("/", 1)[-1]
            return name or None
    return None


def _s(value: Any) -> str:
    """A scalar as stripped text; anything else (dict, list, None, bool) as ''."""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, (int, float)):
        return str(value)
    return ""


def _list(value: Any) -> list:
    if isinstance(value, list):
        return value
    if value is None:
        return []
    return [value]


def _iso_date(value: Any) -> str:
    """'2025-02-12' from '2025-02-12T17:00:00+01:00' or '2025-02-12' (local date as written)."""
    text = _s(value)
    if len(text) < 10:
        return ""
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return ""


def _hhmm(value: Any) -> str:
    text = _s(value)
    m = re.match(r"^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})", text)
    return f"{m.group(1)}:{m.group(2)}" if m else ""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _de_date(iso: str) -> str:
    return f"{iso[8:10]}.{iso[5:7]}.{iso[0:4]}" if iso else ""


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                          "ß": "ss"})


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_UMLAUTS))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _hash(text: str, n: int = 8) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def id_key(oparl_id: str) -> str:
    """Short stable key from an OParl id URL: the path after ``/body(ies)/<id>/``.

    ``.../bodies/0001/papers/vo/51976`` -> ``papers-vo-51976``;
    ``https://oparl.example.org/meeting/281`` -> ``meeting-281``.
    """
    parts = urlsplit(oparl_id)
    segs = [s for s in parts.path.split("/") if s]
    tail: list[str] = []
    for i, seg in enumerate(segs):
        if seg.lower() in ("body", "bodies") and i + 2 < len(segs):
            tail = segs[i + 2:]
    if not tail:
        tail = segs[-2:]
    if parts.query:
        tail = [*tail, parts.query]
    key = "-".join(p for p in (re.sub(r"[^A-Za-z0-9._-]+", "-", s).strip("-.") for s in tail) if p)
    if not key:
        return "obj-" + _hash(oparl_id, 10)
    if len(key) > 60:
        key = key[:50].rstrip("-.") + "-" + _hash(oparl_id)
    return key


def organization_id(name: str, body: str = "", kind: str | None = None) -> str:
    """Stable ``organizations.id`` for an organisation's name.

    The same id the text extractor gives the name (``extract.orgs``: gazetteer
    names, bodies every authority has qualified by the authority), so rows
    from OParl and rows read from PDFs share one id space; a slug of the name
    when that module is not available.
    """
    try:
        from .extract import orgs as _orgs

        org = _orgs.resolve(name, body or None, kind)
        if org is not None:
            return org.id
    except Exception:  # fall back to a plain slug
        log.debug("extract.orgs unavailable for %r", name, exc_info=True)
    return _slug(name) or "org-" + _hash(name)


# ---------------------------------------------------------------------------
# vocabularies

_TYPE_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("answer", ("beantwortung", "antwort", "stellungnahme")),
    ("minutes", ("niederschrift", "protokoll", "beschlussauszug")),
    ("agenda", ("tagesordnung", "einladung")),
    ("inquiry", ("anfrage", "auskunftsersuchen")),
    ("motion", ("antrag", "anträge")),
    ("information", ("mitteilung", "informationsvorlage", "information", "bericht",
                     "kenntnisgabe")),
    ("proposal", ("vorlage", "beschlussempfehlung", "beschlussvorschlag")),
)


def document_type_from_label(label: str) -> str:
    """Contract ``documents.type`` for a paperType such as ``Beschlussvorlage``."""
    low = _s(label).lower()
    if not low:
        return "other"
    for doc_type, words in _TYPE_RULES:
        if any(w in low for w in words):
            return doc_type
    return "other"


_ORG_KIND_SPECIFIC: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("external", re.compile(
        r"externe[sr]?\b|institution|unternehmen|gesellschaft|verband\b|konferenz|netzwerk")),
    ("parliamentary_group", re.compile(r"fraktion|\bgruppe\b|ratsgruppe")),
    ("party", re.compile(r"partei")),
    ("council", re.compile(
        r"\bparlament|\brat\b|gemeinderat|stadtrat|ortschaftsrat|ortsbeirat|ortsrat|kreistag|"
        r"rat der|bezirksvertretung|bezirksversammlung|stadtverordnetenversammlung|"
        r"gemeindevertretung|ratsversammlung|bürgerschaft|samtgemeinderat|vollversammlung|"
        r"regionsversammlung|verbandsversammlung")),
    ("committee", re.compile(
        r"ausschuss|ausschuß|beirat|kommission|arbeitskreis|arbeitsgruppe|\bag\b|"
        r"unterausschuss|senat\b")),
    ("administration", re.compile(
        r"verwaltung|\bamt\b|\bämter|dezernat|fachbereich|referat|bürgermeister|"
        r"oberbürgermeister|landrat|stadtamt|\bamt für")),
)


def organization_kind(organization_type: str = "", classification: str = "", name: str = "") -> str:
    """Contract ``organizations.kind`` from OParl organizationType/classification/name.

    The specific field (classification) wins over the coarse one; a bare
    ``Gremium`` only decides when neither classification nor name does.
    """
    for field in (classification, organization_type, name):
        low = _s(field).lower()
        if not low or low in ("gremium", "sonstiges", "sonstige"):
            continue
        for kind, pattern in _ORG_KIND_SPECIFIC:
            if pattern.search(low):
                return kind
    if "gremium" in (_s(organization_type).lower(), _s(classification).lower()):
        return "committee"
    return "external"


_N = r"(?<!\d)(\d{1,4})\s*"
_VOTE_PATTERNS = {
    "votes_yes": re.compile(_N + r"(?:x\s*)?(?:ja[- ]?stimmen?|ja\b|dafür\b)", re.IGNORECASE),
    "votes_no": re.compile(_N + r"(?:x\s*)?(?:nein[- ]?stimmen?|nein\b|gegenstimmen?|dagegen\b)",
                           re.IGNORECASE),
    "votes_abstain": re.compile(_N + r"(?:x\s*)?(?:stimm)?enthaltung(?:en|\(en\))?", re.IGNORECASE),
}


def votes_from_result(text: str) -> dict[str, int | None]:
    """Vote counts stated in a result text; all None when absent or ambiguous
    (several votes in one text, as in "a) 7 Ja-Stimmen ... b) 7 Ja-Stimmen")."""
    found: dict[str, int | None] = {}
    ambiguous = False
    for col, pattern in _VOTE_PATTERNS.items():
        hits = [int(h) for h in pattern.findall(text or "")]
        if len(hits) > 1 or any(h > 1000 for h in hits):
            ambiguous = True
        found[col] = hits[0] if len(hits) == 1 else None
    if ambiguous:
        return {col: None for col in _VOTE_PATTERNS}
    return found


_OUTCOME_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("withdrawn", ("zurückgezogen", "zurueckgezogen")),
    ("adopted", ("unverändert beschlossen", "ungeändert beschlossen", "unverändert zugestimmt",
                 "ohne änderung")),
    ("adopted_amended", ("geändert beschlossen", "mit änderung", "geänderte", "geänderten",
                         "teilweise zugestimmt", "teilweise beschlossen", "teilweise angenommen",
                         "modifiziert beschlossen", "ergänzt beschlossen")),
    ("rejected", ("abgelehnt", "ablehnung", "zurückgewiesen", "nicht stattgegeben",
                  "nicht zugestimmt", "nicht beschlossen", "nicht angenommen",
                  "nicht empfohlen", "keine zustimmung", "keine mehrheit")),
    ("postponed", ("vertagt", "zurückgestellt", "verschoben", "vertagung")),
    ("referred", ("verwiesen", "überwiesen", "verweisung", "überweisung")),
    ("noted", ("zur kenntnis genommen", "kenntnisnahme", "kenntnis genommen",
               "nimmt kenntnis", "nahm kenntnis", "zur kenntnis")),
    ("other", ("einverstanden",)),
    ("adopted", ("beschlossen", "zugestimmt", "angenommen", "zustimmung", "genehmigt",
                 "empfohlen", "gewählt", "stattgegeben", "bestätigt", "beschließt",
                 "stimmt zu")),
)


def outcome_from_result(text: str) -> tuple[str, bool]:
    """(contract outcome, inferred) for an OParl ``result`` such as ``einstimmig beschlossen``.

    ``inferred`` is True when no outcome word is stated and the outcome is
    read from the vote alone (``einstimmig, 0 Enthaltungen``; ``13 Ja-Stimmen,
    0 Nein-Stimmen``): a vote without a word for its outcome adopts what was
    put to the vote when yes outnumber no, and rejects it otherwise (a tie
    rejects, as in the Gemeindeordnungen).
    """
    low = _s(text).lower()
    if not low:
        return "other", False
    for outcome, words in _OUTCOME_RULES:
        if any(w in low for w in words):
            return outcome, False
    # Only a text that *is* a vote ("einstimmig, 0 Enthaltungen", "13 Ja-Stimmen,
    # 0 Nein-Stimmen") says what happened; "Alternative 1: ... 6 Ja-Stimmen"
    # or several votes in one text do not.
    several = _vote_statements(low) > 1
    if several and not _VOTE_COUNT.search(low) and "mehrheitlich" not in low:
        return "adopted", True  # "a) einstimmig, b) einstimmig"
    if not _VOTE_FIRST.match(low) or several:
        return "other", False
    if re.match(r"\s*(?:einstimmig|mehrheitlich)", low):
        return "adopted", True
    votes = votes_from_result(low)
    yes, no = votes["votes_yes"], votes["votes_no"]
    if yes is not None and no is not None:
        return ("adopted" if yes > no else "rejected"), True
    return "other", False


_VOTE_FIRST = re.compile(r"\s*(?:einstimmig|mehrheitlich|\d{1,4}\s*(?:ja|nein))")
_VOTE_WORD = re.compile(r"einstimmig|mehrheitlich")
_VOTE_COUNT = re.compile(r"(?<!\d)\d{1,4}\s*ja[- ]?stimm")


def _vote_statements(low: str) -> int:
    """How many votes a result reports ("Einstimmig12 Ja-Stimmen" is one)."""
    return max(len(_VOTE_WORD.findall(low)), len(_VOTE_COUNT.findall(low)))


def unanimous_from_result(text: str, votes_no: int | None) -> bool | None:
    """True for einstimmig, False for a stated split vote, None when unknown
    or when the text reports several votes that differ."""
    low = _s(text).lower()
    if _vote_statements(low) > 1 and (_VOTE_COUNT.search(low) or "mehrheitlich" in low):
        return None
    if re.search(r"(?<!nicht )einstimmig|einstimmige", low):
        return True
    if "mehrheitlich" in low or "mehrheit" in low or "nicht einstimmig" in low:
        return False
    if votes_no is not None and votes_no > 0:
        return False
    return None


# ---------------------------------------------------------------------------
# recognising input


def _is_list_page(obj: Any) -> bool:
    if not (isinstance(obj, dict) and isinstance(obj.get("data"), list)):
        return False
    if oparl_type(obj) is not None or not ("links" in obj or "pagination" in obj):
        return False
    data = obj["data"]
    return not data or any(oparl_type(o) for o in data)


def is_oparl_like(obj: Any) -> bool:
    """A bare array of paper records shaped like OParl Papers but without schema
    types (e.g. StadtratWatch's Magdeburg papers: ``reference``, ``type``:
    ``"Anfrage"``, ``title``, ``consultations`` with ``organization`` names)."""
    if not isinstance(obj, list) or not obj:
        return False
    records = [o for o in obj if isinstance(o, dict)]
    if not records or len(records) < len(obj) / 2:
        return False
    for rec in records:
        if oparl_type(rec):
            return False
        if not isinstance(rec.get("reference"), str):
            return False
        if not (isinstance(rec.get("title"), str) or isinstance(rec.get("name"), str)):
            return False
        if not any(k in rec for k in ("consultations", "consultation", "files", "paperType")):
            return False
    return True


def is_oparl(obj: Any) -> bool:
    """OParl object, OParl list page, bare array of OParl objects, or OParl-like paper list."""
    try:
        if oparl_type(obj):
            return True
        if _is_list_page(obj):
            return True
        if isinstance(obj, list) and obj:
            typed = [o for o in obj if oparl_type(o)]
            if typed and len(typed) >= len([o for o in obj if isinstance(o, dict)]) / 2:
                return True
        return is_oparl_like(obj)
    except Exception:  # a detector must not raise
        log.debug("is_oparl failed", exc_info=True)
        return False


# ---------------------------------------------------------------------------
# index of objects, for references across one file or a whole folder


def _walk(obj: Any, depth: int = 0, seen: set[int] | None = None) -> Iterator[dict]:
    """Every dict with an OParl type below ``obj`` (cycle-safe, depth-limited)."""
    if seen is None:
        seen = set()
    if depth > _MAX_DEPTH or id(obj) in seen:
        return
    if isinstance(obj, dict):
        seen.add(id(obj))
        if oparl_type(obj):
            yield obj
        for value in list(obj.values()):
            if isinstance(value, (dict, list)):
                yield from _walk(value, depth + 1, seen)
    elif isinstance(obj, list):
        seen.add(id(obj))
        for value in obj:
            if isinstance(value, (dict, list)):
                yield from _walk(value, depth + 1, seen)


class OParlIndex:
    """OParl objects by id, for resolving references (organization names, the
    body, a consultation's paper) across the files of one source folder.

    ``OParlIndex.from_dir(source_dir)`` reads every OParl ``.json`` below the
    folder (dot-folders skipped); pass it as ``index=`` to
    :func:`documents_from_oparl`.
    """

    def __init__(self) -> None:
        self.objects: dict[str, dict] = {}
        # consultation id -> the Paper it belongs to (consultations are embedded in papers)
        self.consultation_paper: dict[str, dict] = {}

    def add(self, obj: Any) -> None:
        try:
            for o in _walk(obj):
                oid = o.get("id")
                if not isinstance(oid, str) or not oid:
                    continue
                # a full object wins over a stub of the same id
                if oid not in self.objects or len(o) > len(self.objects[oid]):
                    self.objects[oid] = o
                if oparl_type(o) == "Paper":
                    for c in _list(o.get("consultation")):
                        if isinstance(c, dict) and isinstance(c.get("id"), str):
                            self.consultation_paper[c["id"]] = o
        except Exception:  # an index is a help, never a failure
            log.debug("could not index an OParl object", exc_info=True)

    def update(self, other: OParlIndex) -> None:
        for oid, o in other.objects.items():
            if oid not in self.objects or len(o) > len(self.objects[oid]):
                self.objects[oid] = o
        self.consultation_paper.update(other.consultation_paper)

    def get(self, ref: Any) -> dict | None:
        if isinstance(ref, dict):
            return ref
        if isinstance(ref, str):
            return self.objects.get(ref)
        return None

    def __len__(self) -> int:
        return len(self.objects)

    @classmethod
    def from_dir(cls, root: str | Path) -> OParlIndex:
        root = Path(root)
        root_real = root.resolve()
        index = cls()
        for path in sorted(root.rglob("*.json")):
            if any(part.startswith(".") for part in path.relative_to(root).parts):
                continue
            try:
                # as ingest.discover: a symlink out of the folder is not read
                if path.is_symlink() and not path.resolve().is_relative_to(root_real):
                    continue
                obj = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError, RuntimeError):  # RuntimeError: a symlink loop
                continue
            if is_oparl(obj):
                index.add(obj)
        return index

    @classmethod
    def from_objects(cls, objs: Iterable[Any]) -> OParlIndex:
        index = cls()
        for obj in objs:
            index.add(obj)
        return index


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


# ---------------------------------------------------------------------------
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


# ---------------------------------------------------------------------------
# rendering


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


_ORG_NAME_WORD = re.compile(
    r"(rat|ausschuss|ausschuß|tag|beirat|kommission|versammlung|vertretung|gremium|konferenz|"
    r"bürgerschaft|plenum)\b", re.IGNORECASE)
_GENITIVE = (("ausschusses", "ausschuss"), ("rates", "rat"), ("rats", "rat"),
             ("tages", "tag"), ("tags", "tag"), ("beirates", "beirat"), ("beirats", "beirat"),
             ("gremiums", "gremium"))


def organization_from_meeting_name(name: str) -> str:
    """The committee a meeting's name states, '' when it states none.

    ``Gemeinderat (18. Sitzung)`` -> ``Gemeinderat``; ``Ortschaftsrat Durlach
    (öffentlich/nicht öffentlich)`` -> ``Ortschaftsrat Durlach``; ``4. Sitzung
    des Finanzausschusses`` -> ``Finanzausschuss`` (the nominative is a prefix
    of the word as written); ``SI/0507/20`` -> ``''``.
    """
    if not name:
        return ""
    m = re.match(r"^(?:\d+\.\s*)?(?:[\wäöü/ -]*\s)?Sitzung\s+(?:des|der)\s+(.+?)\s*(?:\(.*\))?\s*$",
                 name, re.IGNORECASE | re.DOTALL)
    if m:
        org = m.group(1)
        low = org.lower()
        for gen, nom in _GENITIVE:
            if low.endswith(gen):
                org = org[: len(org) - len(gen) + len(nom)]
                break
        return org if _ORG_NAME_WORD.search(org) and "\n" not in org else ""
    m = re.match(r"^\s*([^()\n]+?)\s*\([^()]*\)\s*$", name)
    candidate = m.group(1) if m else name.strip()
    if "sitzung" in candidate.lower() or "\n" in candidate or len(candidate) > 100:
        return ""
    return candidate if _ORG_NAME_WORD.search(candidate) else ""


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
