"""Putting the kinds together: find, redact a text, a file name, a document."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any

from ..model import Document
from .address import address_matches, judge_addresses
from .common import (
    DEFAULT_KINDS,
    DEFAULT_PUBLIC_PLACES,
    KIND_WORDS,
    KINDS,
    PLACEHOLDERS,
    PRIORITY,
    Redaction,
    Spans,
    parse_kinds,
)
from .email import _ANCHOR as EMAIL_ANCHOR
from .email import find_emails
from .iban import find_ibans
from .phone import _HINT as PHONE_HINT
from .phone import find_phones

Span = tuple[str, int, int]


def _choose(spans: Iterable[Span]) -> list[Span]:
    """Spans sorted and without overlaps; where two overlap, the kind earlier
    in ``PRIORITY`` wins, then the earlier one."""
    chosen: list[Span] = []
    starts: list[int] = []
    for kind, s, e in sorted(spans, key=lambda t: (PRIORITY.index(t[0]), t[1], -t[2])):
        i = bisect.bisect_left(starts, s)
        # Chosen spans never overlap each other: only the neighbours can overlap this one.
        if (i > 0 and chosen[i - 1][2] > s) or (i < len(chosen) and chosen[i][1] < e):
            continue
        starts.insert(i, s)
        chosen.insert(i, (kind, s, e))
    return chosen


def _spans(text: str, kinds: tuple[str, ...], addresses: Iterable[tuple[int, int]]) -> list[Span]:
    spans: list[Span] = []
    if "email" in kinds:
        spans += [("email", s, e) for s, e in find_emails(text)]
    ibans = find_ibans(text) if "iban" in kinds or "phone" in kinds else []
    if "iban" in kinds:
        spans += [("iban", s, e) for s, e in ibans]
    if "phone" in kinds:
        # Never part of an IBAN, even when IBANs are not redacted.
        taken = Spans(ibans)
        spans += [("phone", s, e) for s, e in find_phones(text) if not taken.overlaps(s, e)]
    if "address" in kinds:
        spans += [("address", s, e) for s, e in addresses]
    return _choose(spans)


def find(text: str, kinds: Iterable[str], *, public_places: Sequence[str] = DEFAULT_PUBLIC_PLACES,
         subjects: Iterable[str] = ()) -> list[Span]:
    """What :func:`redact` would replace: ``(kind, start, end)`` in ``text``,
    sorted and without overlaps."""
    kinds = parse_kinds(kinds)
    addresses = ([m.span() for m, keep, _ in judge_addresses(text, public_places, subjects) if not keep]
                 if "address" in kinds else [])
    return _spans(text, kinds, addresses)


def redact(text: str, kinds: Iterable[str], *, public_places: Sequence[str] = DEFAULT_PUBLIC_PLACES,
           subjects: Iterable[str] = ()) -> tuple[str, list[Redaction]]:
    """``text`` with personal data of ``kinds`` replaced by placeholders, and
    the placeholders' places in the returned text.

    ``subjects`` are texts (a document's title) whose street addresses stay
    in ``text``; ``public_places`` are the words that keep an address on
    their line (see the package docstring).
    """
    text, redactions, _ = _apply(text, find(text, kinds, public_places=public_places, subjects=subjects))
    return text, redactions


def redact_text(text: str, kinds: Iterable[str] = DEFAULT_KINDS, *,
                public_places: Sequence[str] = DEFAULT_PUBLIC_PLACES,
                subjects: Iterable[str] = ()) -> tuple[str, dict[str, int]]:
    """A short string redacted (a title, a name): the new string and how many
    of each kind were replaced."""
    new, redactions = redact(text, kinds, public_places=public_places, subjects=subjects)
    return new, dict(Counter(r.kind for r in redactions))


# Extensions of the files a build reads: split off before a file name is
# searched, so that "max@web.de.txt" is an e-mail address and ".txt".
_EXTENSION = re.compile(
    r"\.(?:txt|text|html?|xhtml|pdf|json|docx?|odt|rtf|xml|md|csv|tsv|png|jpe?g|tiff?|gif)$", re.IGNORECASE
)


def redact_path(path: str, kinds: Iterable[str] = DEFAULT_KINDS, *,
                public_places: Sequence[str] = DEFAULT_PUBLIC_PLACES) -> tuple[str, dict[str, int]]:
    """A relative path (``/``-separated) with personal data in its folder and
    file names replaced, and the counts per kind.

    Each part is searched on its own, its extension set aside, and also with
    ``_`` and ``-`` read as spaces (``Eingabe_Musterstraße_12.pdf``,
    ``antrag-01712345678.txt``): file names join words with them.
    """
    kinds = parse_kinds(kinds)
    public_places = tuple(public_places)
    counts: Counter = Counter()
    parts = []
    for part in path.split("/"):
        new, found = _redact_part(part, kinds, public_places)
        counts.update(found)
        parts.append(new)
    return "/".join(parts), dict(counts)


# Personal data of every kind needs one of these: a digit (phone, IBAN,
# house number, postcode), an "at" (e-mail), or a BIC's label.
_TRIGGER = re.compile(r"\d|[@＠﹫]|[aAäÄ][tT]|BIC|SWIFT")


@lru_cache(maxsize=4096)
def _redact_part(part: str, kinds: tuple[str, ...], public_places: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """One part of a path, redacted, and the kinds replaced (one per
    placeholder). Remembered: a build names every file, and the folders of
    an archive repeat in thousands of paths."""
    if not _TRIGGER.search(part):
        return part, ()
    ext = _EXTENSION.search(part)
    stem, suffix = (part[:ext.start()], ext.group()) if ext else (part, "")
    spans = find(stem, kinds, public_places=public_places)
    if "_" in stem or "-" in stem:
        spaced = stem.replace("_", " ").replace("-", " ")
        spans = _choose(spans + find(spaced, kinds, public_places=public_places))
    new, redactions, _ = _apply(stem, spans)
    return new + suffix, tuple(r.kind for r in redactions)


@dataclass
class OffsetMap:
    """Maps offsets of a text to offsets of its redacted version.

    An offset inside a redacted passage maps to the start of its placeholder
    (``side="start"``) or to its end (``side="end"``), so that a span that
    overlaps a placeholder keeps the whole placeholder.
    """

    # (original start, original end, new start, new end) per redaction, sorted.
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)

    def __call__(self, offset: int, side: str = "start") -> int:
        i = bisect.bisect_right(self.spans, (offset, float("inf"))) - 1
        if i < 0:
            return offset
        os_, oe, ns, ne = self.spans[i]
        if offset < oe and offset > os_:
            return ns if side == "start" else ne
        if offset == os_:
            return ns
        return offset + (ne - oe)


def _apply(text: str, spans: list[Span]) -> tuple[str, list[Redaction], OffsetMap]:
    out: list[str] = []
    redactions: list[Redaction] = []
    offsets = OffsetMap()
    pos = 0
    length = 0
    for kind, s, e in spans:
        out.append(text[pos:s])
        length += s - pos
        placeholder = PLACEHOLDERS[kind]
        redactions.append(Redaction(kind, length, length + len(placeholder), placeholder))
        offsets.spans.append((s, e, length, length + len(placeholder)))
        out.append(placeholder)
        length += len(placeholder)
        pos = e
    out.append(text[pos:])
    return "".join(out), redactions, offsets


@dataclass
class RedactedDocument(Document):
    """A :class:`~councildata.model.Document` after :func:`redact_document`,
    with the placeholders it got (offsets in its ``text``)."""

    redactions: list[Redaction] = field(default_factory=list)

    def redaction_counts(self) -> dict[str, int]:
        return dict(Counter(r.kind for r in self.redactions))


def document_subjects(doc: Document) -> list[str]:
    """The texts that state a document's subject: its title as the extractor
    reads it from the (unredacted) text, and a title a source gave."""
    subjects = [doc.hints.get("title") or ""]
    try:
        from ..extract import Context
        from ..extract import document as doc_rules
        from ..extract.text import TextView

        ctx = Context(doc, TextView(doc.text))
        subjects.append(doc_rules.extract_metadata(ctx).get("title") or "")
    except Exception:  # no title is no reason to stop; then no address is a subject
        pass
    return [s for s in subjects if isinstance(s, str) and s]


def redact_document(doc: Document, kinds: Iterable[str] = DEFAULT_KINDS, *,
                    public_places: Sequence[str] = DEFAULT_PUBLIC_PLACES) -> RedactedDocument:
    """A copy of ``doc`` with ``kinds`` of personal data redacted.

    Its text, page starts, string hints and the rows a structured source
    gave (their quotes and offsets, their text fields) are all consistent
    with the redacted text. Addresses in the document's title stay (see the
    package docstring).
    """
    kinds = parse_kinds(kinds)
    if not kinds:
        return RedactedDocument(**_fields(doc))
    subjects: list[str] = []
    judged = []
    if "address" in kinds and address_matches(doc.text):
        judged = judge_addresses(doc.text, public_places, ())
        # Reading the title costs as much as the rest: only when it could
        # keep an address that nothing else keeps.
        if any(not keep and not personal for _, keep, personal in judged):
            subjects = document_subjects(doc)
            judged = judge_addresses(doc.text, public_places, subjects)
    spans = _spans(doc.text, kinds, [m.span() for m, keep, _ in judged if not keep])
    text, redactions, offsets = _apply(doc.text, spans)
    if not redactions and not doc.hints and not doc.records:
        return RedactedDocument(**_fields(doc))
    # An address that stays in the text stays in the strings beside it too.
    kept = [m.group() for m, keep, _ in judged if keep]

    def clean(value: Any) -> Any:
        # Strings a source gave beside the text (a title, a resolution's wording).
        if isinstance(value, str) and _MAYBE_PERSONAL.search(value):
            return redact(value, kinds, public_places=public_places, subjects=[*subjects, *kept])[0]
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        if isinstance(value, list):
            return [clean(v) for v in value]
        return value

    hints = {k: (v if k in _KEEP_HINTS else clean(v)) for k, v in doc.hints.items()}
    records: dict[str, list[dict[str, Any]]] = {}
    for table, rows in doc.records.items():
        records[table] = []
        for row in rows:
            new = {k: (v if k in _KEEP_FIELDS or k.startswith("_") else clean(v)) for k, v in row.items()}
            if isinstance(row.get("char_start"), int) and isinstance(row.get("char_end"), int):
                start, end = offsets(row["char_start"], "start"), offsets(row["char_end"], "end")
                new.update(char_start=start, char_end=end, quote=text[start:end])
            records[table].append(new)
    return RedactedDocument(**{
        **_fields(doc),
        "text": text,
        "page_starts": [offsets(p, "start") for p in doc.page_starts],
        "hints": hints,
        "records": records,
        "redactions": redactions,
    })


# What every kind needs: an "at" (e-mail), five digits and separators
# (phone), letters right before a number (address, IBAN). The many short
# strings of an OParl record ("Gemeinderat", "8 Ja-Stimmen, 4 Nein-Stimmen",
# "13.") are passed over with this one test.
_MAYBE_PERSONAL = re.compile(
    rf"{EMAIL_ANCHOR.pattern}|{PHONE_HINT.pattern}|[^\W\d_]{{2}}\.?\s*\d"
)
# Values that are identifiers or codes, never free text.
_KEEP_HINTS = frozenset({"oparl_id", "reference", "paper_reference", "date", "type", "type_label", "ocr"})
_KEEP_FIELDS = frozenset({
    "id", "document_id", "oparl_id", "reference", "paper_reference", "date", "date_start", "date_end",
    "outcome", "unanimous", "votes_yes", "votes_no", "votes_abstain", "value", "unit", "rule", "confidence",
    "page", "char_start", "char_end", "organization_id", "submitted_by_id", "decided_by_id",
    "motion_id", "survey_id", "kind",
})


def _fields(doc: Document) -> dict[str, Any]:
    return {f.name: getattr(doc, f.name) for f in fields(Document)}


def summary(counts: dict[str, dict[str, int]], documents: int | None = None) -> str:
    """One line for the build output: "Redacted: 3 e-mail addresses, 2 phone
    numbers, 1 address in 2 documents" (``counts`` per document or file)."""
    total: Counter = Counter()
    for per_doc in counts.values():
        total.update(per_doc)
    n_docs = documents if documents is not None else sum(1 for c in counts.values() if any(c.values()))
    if not sum(total.values()):
        return "Redacted: nothing"
    parts = [f"{total[k]} {KIND_WORDS[k][0] if total[k] == 1 else KIND_WORDS[k][1]}" for k in KINDS if total[k]]
    return f"Redacted: {', '.join(parts)} in {n_docs} document{'' if n_docs == 1 else 's'}"
