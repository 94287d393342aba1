"""Agenda items: their headings ("TOP 5", "Ö 3.1", "zu 4", "5.1"), titles,
public or not, and where each item's head ends."""

from __future__ import annotations

import re

from .. import agenda as agenda_mod
from ..dates import _MONTH_ALT, ANY_DATE
from .blocks import _HEAD_FIELD, _LABEL
from .tree import Item


_NUM = r"\d{1,3}(?:\.\d{1,3})*[a-z]?"
ITEM_HEADING = re.compile(
    rf"^(?:(?P<lab>(?:TOP(?:[ -]Nr\.)?|Top|TO-Punkt|Tagesordnungspunkt|Pkt\.)\s*:?\s*(?:(?:Ö|NÖ|N|ö)\s*)?(?P<n1>{_NUM})"
    # "TOP 5 a)": a sub-item lettered after a space
    rf"(?:[ \t][a-z]\))?)(?:\b|(?<=\)))[ \t]*[:.)–-]?"
    rf"|(?P<lab2>Punkt\s+(?P<n2>{_NUM}))(?:\s+der\s+Tagesordnung)?\b[ \t]*[:.)–-]?"
    rf"|(?P<lab3>zu\s+(?:TOP\s*|Punkt\s+)?(?P<n3>{_NUM}))[ \t]*[:.)]"
    rf"|(?P<lab6>zu\s+(?:TOP\s*|Punkt\s+)(?P<n6>{_NUM}))\b[ \t]+(?=[A-ZÄÖÜ„\"])"
    rf"|(?P<lab4>(?:Ö|NÖ|N)[ \t]*(?P<n4>{_NUM}))\b[ \t]*[:.]?"
    # "5.1 Bebauungsplan …": a bare number only with a title after it
    rf"|(?P<lab5>(?P<n5>\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}))\.?[ \t]+(?=[A-ZÄÖÜ„\"])(?!(?i:{_MONTH_ALT})\.?[ \t]+\d)"
    r")[ \t]*(?P<title>[^\n]*)",
    re.MULTILINE,
)
_ITEM_PREFIXES = ("Punkt", "Pkt.", "TOP", "Top", "TO-Punkt", "Tagesordnungspunkt", "zu ", "Ö", "NÖ", "N")
_BARE_PREFIXES = tuple("0123456789")
# A bare numbered line is a heading only when it reads like one: short, no
# sentence, not a date or an amount.
# The numbered points of a decision's wording ("1. Der Rat der Gemeinde nimmt
# … zur Kenntnis", "2. Der Rat fasst den Beschluss …") are its content, no items.
_BARE_NOT_TITLE = re.compile(
    r"[.!?;,]$|\b(?:ist|sind|wird|werden|wurde|hat|haben|beschließt|soll"
    r"|nimmt|fasst|stimmt|beauftragt|ermächtigt|genehmigt|billigt|bestätigt|empfiehlt|lehnt)\b"
)
# A number that only continues the line before it ("… Bebauungsplan Nr. /
# 13 „Sägewerk“", "gem. § / 4 Abs. 1"): the wrap of a sentence, no heading.
_WRAPPED_NUMBER = re.compile(r"(?:\b(?:Nr|Abs|Ziff|Nummer)\.?|§|Art\.)[ \t]*\n$")
_SUBMITTER = re.compile(
    r"^(?:Antragsteller(?:in)?|Einreicher(?:in)?|Eingereicht\s+von|Einbringer(?:in)?|Vorlage\s+von"
    r"|Initiator(?:in)?)\s*:?\s*(?P<who>[^\n]{2,80})"
    r"|^(?:Antrag|Antragsteller)\s*:\s*(?P<who4>[^\n]{2,80})"
    r"|^(?:Antrag|Anfrage|Änderungsantrag|Ergänzungsantrag|Dringlichkeitsantrag)\s+(?:der|des|von)\s+(?P<who2>[^\n]{2,80})"
    r"|^(?P<who3>(?:[A-ZÄÖÜ][\wÄÖÜäöüß/-]*[ \t]+)?(?:Fraktion|Gruppe)[ \t]+[^\n]{1,50}|[\wÄÖÜäöüß/]+-Fraktion"
    r"|Fraktion(?:en)?[ \t]+[^\n]{1,50})[ \t]*$",
    re.MULTILINE,
)
# A line of the record, not of an item's head: it ends a sentence or introduces one.
_SENTENCE_LINE = re.compile(r"[a-zäöüß0-9)][.:!?]$")
_MOTION_REF = re.compile(
    r"\b(?:Antrag|Anfrage|Änderungsantrag)\s*(?:Nr\.|Nummer)\s*:?\s*(?P<ref>[A-Z]{0,5}[/-]?\d{1,5}(?:[/-]\d{1,5})+)"
)


_REF_ONLY = re.compile(r"(?:[A-Z]{1,5}[ /-]?)?\d{1,5}(?:[/.-]\d{1,5})+")


def _items(text: str, bare: bool = True) -> list[Item]:
    """Agenda items; ``bare``: numbered lines may be items too (in minutes
    and agendas — a paper's numbered sections are no agenda)."""
    found: list[tuple[re.Match, str, str, bool]] = []
    matches = agenda_mod.line_matches(ITEM_HEADING, text, _ITEM_PREFIXES)
    if bare and not matches:
        matches = agenda_mod.line_matches(ITEM_HEADING, text, _BARE_PREFIXES)
    for m in matches:
        title = m.group("title").strip()
        if agenda_mod._VOTE_TITLE.search(title) or agenda_mod._PROSE_AFTER.match(title):
            continue
        bare = m.group("lab5") is not None
        if bare and (not title or len(title) > 150 or _BARE_NOT_TITLE.search(title) or ANY_DATE.match(text, m.start())):
            continue
        if bare and _WRAPPED_NUMBER.search(text, max(0, m.start() - 12), m.start()):
            continue
        key = next(k for k in ("1", "2", "3", "4", "5", "6") if m.group("lab" + ("" if k == "1" else k)))
        label = " ".join(m.group("lab" + ("" if key == "1" else key)).replace(":", " ").split())
        if key == "6":  # "zu TOP 3 Titel" without its colon: as "zu TOP 3:"
            label = re.sub(r"^zu\s+", "", label)
        elif key == "3":  # "zu TOP 3": the item as written is "TOP 3"
            label = re.sub(r"^zu\s+", "", label) if re.match(r"zu\s+(?:TOP|Punkt)", label) else m.group("n3")
        found.append((m, label, m.group("n" + key), bare))
    # Bare numbers are headings only in a document that has no labelled ones
    # and lists at least two of them.
    labelled = [f for f in found if not f[3]]
    use = labelled if labelled else [f for f in found if f[3]]
    if not labelled and len(use) < 2:
        use = []
    kept = {id(t[-1]) for t in agenda_mod.drop_listed(text, [(f[0].start(), f[0].end(), f[2], f) for f in use])}
    use = [f for f in use if id(f) in kept]
    out: list[Item] = []
    for k, (m, label, number, _bare) in enumerate(use):
        end = use[k + 1][0].start() if k + 1 < len(use) else len(text)
        public: bool | None = None
        if re.match(r"(?:TOP\s*)?(?:N|NÖ)\b", label):
            public = False
        elif re.match(r"(?:TOP\s*)?Ö\b", label):
            public = True
        head_end, title = agenda_mod.continued_title(text, m.end(), m.group("title").strip())
        out.append(Item(label, number, " ".join(title.split()).strip(" :–-"), m.start(), head_end, end, public))
    return out


# "Öffentlicher Teil", "Nichtöffentlicher Teil", "Nicht öffentliche Sitzung" on a line of their own
_PART = re.compile(
    r"^[ \t]*(?:(?P<closed>Nicht[ \t-]?öffentliche[rn]?|Nichtöffentliche[rn]?)|(?P<open>Öffentliche[rn]?))[ \t]+"
    r"(?:Teil|Sitzung|Sitzungsteil)[ \t]*:?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


def _mark_parts(text: str, items: list[Item]) -> None:
    """Items under a "Nichtöffentlicher Teil" line are not public; under an
    "Öffentlicher Teil" line they are (unless their label says otherwise)."""
    if "ffentlich" not in text:
        return
    parts = [(m.start(), m.group("closed") is None) for m in _PART.finditer(text)]
    if not parts:
        return
    parts = [(at, public) for at, public in parts if not _in_listed_agenda(text, at, items)]
    k = -1
    for it in items:
        while k + 1 < len(parts) and parts[k + 1][0] < it.start:
            k += 1
        if k >= 0 and it.public is None:
            it.public = parts[k][1]


_LISTED_NUMBER = re.compile(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:(?:TOP|Top|Punkt|Ö|NÖ|N)[ \t]*)?(?P<n>\d{1,3})\b")


def _lead_number(number: str) -> int | None:
    m = re.match(r"\d+", number)
    return int(m.group()) if m else None


def _in_listed_agenda(text: str, at: int, items: list[Item]) -> bool:
    """Whether a part line belongs to the agenda listed at the head: the line under it
    numbers an item ("Nichtöffentlicher Teil / 11. Grundstücke") above the number of the
    next item the record deals with (TOP 1): the numbers start again after the list."""
    line_end = text.find("\n", at)
    listed = _LISTED_NUMBER.match(text, line_end) if line_end >= 0 else None
    nxt = next((it for it in items if it.start > at), None)
    if listed is None or nxt is None or nxt.start <= line_end + 1 + len(listed.group()):
        return False
    n = _lead_number(nxt.number)
    return n is not None and n < int(listed.group("n"))


def _head_end(text: str, item: Item) -> int:
    """Where an item's head ends: the heading and the few short lines under
    it (title going on, papers, submitter) before a blank line or a label."""
    pos = item.head_end
    lines = 0
    while pos < item.end and lines < 6:
        if text.startswith("\n\n", pos) or (pos + 1 < item.end and text[pos] == "\n" and text[pos + 1] == "\n"):
            break
        nl = text.find("\n", pos + 1, item.end)
        nxt = item.end if nl < 0 else nl
        line = text[pos:nxt].strip()
        if line and not _HEAD_FIELD.match(line) and (_LABEL.match(line) or len(line) > 160 or _SENTENCE_LINE.search(line)):
            break
        pos = nxt
        lines += 1
    return pos


def numbered_items(text: str) -> list[agenda_mod.Item]:
    """The agenda items of minutes that number them without a label, as
    ``agenda.Item``: the same headings the tree reads."""
    out = []
    for it in _items(text, bare=True):
        number = it.label if it.label[:1].isdigit() else it.number
        out.append(agenda_mod.Item(number, it.start, it.head_end, it.end, it.title))
    return out
