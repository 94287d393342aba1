"""Atom feeds (RFC 4287) of new resolutions and new documents, overall and
per body: ``/-/feeds/resolutions.atom?decided_by=…`` and
``/-/feeds/documents.atom?body=…``.

Entry ids are tag URIs made from the row's key, which is the same on every
build of the same documents, so a feed reader sees a rebuilt site's old
entries as old. An entry's ``updated`` is the decision's (or document's)
date; a row without one takes the build's ``created`` time from
``datapackage.json``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode

from .labels import table_label, value_label

ATOM_NS = "http://www.w3.org/2005/Atom"
ATOM_TYPE = "application/atom+xml"
MAX_ENTRIES = 100
TAG_AUTHORITY = "tag:councildata,2025:"

@dataclass
class Entry:
    key: str
    title: str
    link: str
    updated: str
    summary: str = ""
    author: str = ""
    categories: list[tuple[str, str]] = field(default_factory=list)


# Characters XML 1.0 does not allow even escaped: a form feed from a PDF page
# break in a resolution's text would make the whole feed unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: str) -> str:
    return _NOT_XML.sub(" ", value)


def tag_uri(*parts: str) -> str:
    return TAG_AUTHORITY + "/".join(quote(p, safe="") for p in parts)


def atom_time(value: str | None, fallback: str) -> str:
    """An RFC 3339 timestamp for a date (``2023-07-18``) or a timestamp, in UTC."""
    for candidate in (value, fallback):
        if not candidate:
            continue
        try:
            if len(candidate) == 10:
                return dt.date.fromisoformat(candidate).isoformat() + "T00:00:00Z"
            parsed = dt.datetime.fromisoformat(candidate)
        except ValueError:
            continue
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=dt.UTC)
        return parsed.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return "1970-01-01T00:00:00Z"


def render_atom(*, feed_key: str, title: str, self_url: str, alternate_url: str,
                entries: list[Entry], fallback_updated: str) -> bytes:
    ET.register_namespace("", ATOM_NS)

    def sub(parent, tag, text=None, **attrs):
        el = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", {k: xml_text(v) for k, v in attrs.items() if v is not None})
        if text is not None:
            el.text = xml_text(text)
        return el

    feed = ET.Element(f"{{{ATOM_NS}}}feed", {"xml:lang": "de"})
    sub(feed, "id", tag_uri("feed", feed_key))
    sub(feed, "title", title)
    times = [e.updated for e in entries]
    sub(feed, "updated", max(times) if times else atom_time(None, fallback_updated))
    sub(feed, "link", rel="self", type=ATOM_TYPE, href=self_url)
    sub(feed, "link", rel="alternate", type="text/html", href=alternate_url)
    author = sub(feed, "author")
    sub(author, "name", "councildata")
    sub(feed, "generator", "councildata")
    for e in entries:
        entry = sub(feed, "entry")
        sub(entry, "id", e.key)
        sub(entry, "title", e.title)
        sub(entry, "updated", e.updated)
        sub(entry, "link", rel="alternate", type="text/html", href=e.link)
        if e.author:
            sub(sub(entry, "author"), "name", e.author)
        for term, label in e.categories:
            sub(entry, "category", term=term, label=label)
        if e.summary:
            sub(entry, "summary", e.summary)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def build_created(db_path: str | None) -> str:
    """The build's ``created`` time from datapackage.json beside the database."""
    if db_path:
        try:
            return json.loads((Path(db_path).parent / "datapackage.json").read_text("utf-8")).get("created") or ""
        except (OSError, ValueError):
            pass
    return ""


def shorten(text: str | None, limit: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


RESOLUTIONS_SQL = """
select r.*, d.title as document_title, d.date as document_date
from resolutions r join documents d on d.id = r.document_id
where (:body = '' or r.decided_by = :body)
order by coalesce(r.date, d.date) desc, r.id
limit {limit}
"""

DOCUMENTS_SQL = """
select id, type, type_label, reference, title, date, body, addressed_to
from documents
where (:body = '' or body = :body)
order by date desc, id
limit {limit}
"""


def resolution_entry(row: dict, link: str, fallback: str) -> Entry:
    outcome = value_label("outcome", row["outcome"]) or row["outcome"]
    about = row.get("subject") or row.get("document_title") or row["text"]
    title = f"{row.get('decided_by') or 'Gremium unbekannt'}: {outcome} – {shorten(about, 120)}"
    return Entry(
        key=tag_uri("resolutions", row["id"]),
        title=title,
        link=link,
        updated=atom_time(row.get("date") or row.get("document_date"), fallback),
        summary=row["text"] or "",
        author=row.get("decided_by") or "",
        categories=[(row["outcome"], outcome)],
    )


def document_entry(row: dict, link: str, fallback: str) -> Entry:
    kind = row.get("type_label") or value_label("type", row["type"]) or row["type"]
    ref = f" {row['reference']}" if row.get("reference") else ""
    summary = " · ".join(x for x in (row.get("body"), f"an {row['addressed_to']}" if row.get("addressed_to") else "") if x)
    return Entry(
        key=tag_uri("documents", row["id"]),
        title=f"{kind}{ref}: {shorten(row.get('title') or row['id'], 160)}",
        link=link,
        updated=atom_time(row.get("date"), fallback),
        summary=summary,
        author=row.get("body") or "",
        categories=[(row["type"], value_label("type", row["type"]) or row["type"])],
    )


@dataclass(frozen=True)
class Feed:
    table: str
    body_arg: str  # the request argument (and table column) that narrows it to one body
    sql: str  # parameter :body, '' for all
    entry: Callable[[dict, str, str], Entry]


FEEDS = {
    "resolutions": Feed("resolutions", "decided_by", RESOLUTIONS_SQL.format(limit=MAX_ENTRIES), resolution_entry),
    "documents": Feed("documents", "body", DOCUMENTS_SQL.format(limit=MAX_ENTRIES), document_entry),
}


def feed_title(name: str, body: str) -> str:
    what = "Neue " + table_label(FEEDS[name].table)
    return f"{what}: {body}" if body else what


def feed_path(name: str, body: str = "") -> str:
    """The feed's path (no host), narrowed to one body when ``body`` is given."""
    return f"/-/feeds/{name}.atom" + (("?" + urlencode({FEEDS[name].body_arg: body})) if body else "")
