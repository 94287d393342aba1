"""The objects that pass between pipeline stages.

ingest   -> Document | Problem
extract  -> Extraction (rows per table for one document)
validate -> valid rows + Problems
package / build -> files on disk

Problems are data, not exceptions (as in frictionless-py): every stage
collects them in a report with a code, a message and where it happened.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from typing import Any

# Tables in the order they are written; parents before children so that
# foreign keys resolve when rows are inserted in this order.
TABLES = (
    "documents",
    "organizations",
    "meetings",
    "motions",
    "resolutions",
    "surveys",
    "survey_results",
)
# Tables whose rows are read out of a document's text and carry provenance.
PROVENANCE_TABLES = ("meetings", "motions", "resolutions", "surveys", "survey_results")

Rows = dict[str, list[dict[str, Any]]]


@dataclass
class Document:
    """One source document, read into plain text.

    ``text`` is the text all provenance offsets refer to (for PDFs the cleaned
    text). ``page_starts[i]`` is the offset in ``text`` where page i+1 begins;
    empty when the source has no pages. ``hints`` carries structured facts the
    source states outside the running text (an ALLRIS metadata table, an
    OParl Paper's fields) under contract column names, e.g.
    ``{"reference": "22-2362", "type_label": "Beschlussempfehlung"}``.
    ``records`` carries rows a structured source (OParl) gives directly, per
    table, without provenance offsets.
    """

    id: str
    source_file: str
    sha256: str
    format: str  # txt | html | pdf | oparl | docx | odt
    text: str
    page_starts: list[int] = field(default_factory=list)
    hints: dict[str, Any] = field(default_factory=dict)
    records: Rows = field(default_factory=dict)

    def page_at(self, offset: int) -> int | None:
        """1-based page number holding ``offset``, or None without pages."""
        if not self.page_starts:
            return None
        page = 0
        for i, start in enumerate(self.page_starts):
            if start <= offset:
                page = i
            else:
                break
        return page + 1


@dataclass
class Problem:
    """Something that went wrong with one input or one row.

    ``severity`` is ``error`` (a document failed or a row was rejected) or
    ``skipped`` (a file that is not a council document, listed with why).
    """

    code: str
    message: str
    source_file: str | None = None
    stage: str = "ingest"
    severity: str = "error"
    table: str | None = None
    row: int | None = None
    field: str | None = None
    document_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
# What the hash suffix below looks like: a name ending so gets one too.
_HASH_SUFFIX = re.compile(r"-[0-9a-f]{8}$")


def document_id(source_file: str, key: str | None = None) -> str:
    """Stable, readable id for a document from its relative path.

    The same path gives the same id on every run. Characters outside
    ``[A-Za-z0-9._-]`` become ``-`` and ``/`` becomes ``__``; when that
    changed anything, when the name itself ends like a hash suffix, or when
    ``key`` (the exact path, where ``source_file`` is its redacted form)
    differs, ``-`` and 8 hex digits of the SHA-1 of ``key`` (default:
    ``source_file``) are appended. So ids without a suffix are the names
    themselves, and ids with one differ by their hash: ``a b`` is
    ``a-b-7dbde935``, a file named ``a-b-7dbde935`` is ``a-b-7dbde935-…``.
    """
    key = source_file if key is None else key
    slug = "__".join(_UNSAFE.sub("-", part).strip("-") or "-" for part in source_file.split("/"))
    if slug != source_file or key != source_file or _HASH_SUFFIX.search(slug):
        slug = f"{slug}-{hashlib.sha1(key.encode('utf-8', 'surrogateescape')).hexdigest()[:8]}"
    return slug


# Short prefixes used in row ids: "<document_id>/r2" is the second
# resolution read from that document.
ROW_ID_PREFIX = {
    "meetings": "mt",
    "motions": "m",
    "resolutions": "r",
    "surveys": "s",
    "survey_results": "sr",
}


def row_id(document_id: str, table: str, n: int) -> str:
    """Id of the n-th (1-based) row of ``table`` read from a document."""
    return f"{document_id}/{ROW_ID_PREFIX[table]}{n}"
