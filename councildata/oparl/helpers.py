"""Constants and small, total helpers of the OParl mapping: types, text,
dates, slugs and ids. They never raise on odd input."""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from datetime import date
from typing import Any
from urllib.parse import urlsplit

# One logger for the whole package, named as the module it was split from.
log = logging.getLogger("councildata.oparl")

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
        from ..extract import orgs as _orgs

        org = _orgs.resolve(name, body or None, kind)
        if org is not None:
            return org.id
    except Exception:  # fall back to a plain slug
        log.debug("extract.orgs unavailable for %r", name, exc_info=True)
    return _slug(name) or "org-" + _hash(name)
