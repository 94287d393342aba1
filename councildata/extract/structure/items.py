"""Agenda items: their headings ("TOP 5", "Ö 3.1", "zu 4", "5.1"), titles,
public or not, and where each item's head ends."""

from __future__ import annotations

import re

from .. import agenda as agenda_mod
from ..dates import _MONTH_ALT, ANY_DATE
from .blocks import _HEAD_FIELD, _LABEL
from .session import _PAGE_NUMBER
from .tree import Item


_NUM = r"\d{1,3}(?:\.\d{1,3})*[a-z]?"
# "zu", "Zu", "ZU" before the item dealt with; its label in any case ("TOP", "Top", "Tagesordnungspunkt")
_ZU = r"(?:zu|Zu|ZU)\s+"
_TOP_WORD = r"(?:TOP|Top|Tagesordnungspunkt|TAGESORDNUNGSPUNKT|PUNKT(?=\s))"
ITEM_HEADING = re.compile(
    rf"^(?:(?P<lab>(?:TOP(?:[ -]Nr\.)?|Top|TO-Punkt|Tagesordnungspunkt|Pkt\.)\s*:?\s*(?:(?:Ö|NÖ|N|ö)\s*)?(?P<n1>{_NUM})"
    # "TOP 5 a)": a sub-item lettered after a space
    rf"(?:[ \t][a-z]\))?)(?:\b|(?<=\)))[ \t]*[:.)–-]?"
    rf"|(?P<lab2>Punkt\s+(?P<n2>{_NUM}))(?:\s+der\s+Tagesordnung)?\b[ \t]*[:.)–-]?"
    # "zu TOP 3:", "Zu Punkt 11:", "ZU TOP 3", "Zu Tagesordnungspunkt 4.2": the item dealt with
    rf"|(?P<lab3>{_ZU}(?:{_TOP_WORD}\s*|Punkt\s+)?(?P<n3>{_NUM}))[ \t]*[:.)]"
    rf"|(?P<lab6>{_ZU}(?:{_TOP_WORD}\s*|Punkt\s+)(?P<n6>{_NUM}))\b[ \t]+(?=[A-ZÄÖÜ„\"])"
    rf"|(?P<lab4>(?:Ö|NÖ|N)[ \t]*(?P<n4>{_NUM}))\b[ \t]*[:.]?"
    # "5.1 Bebauungsplan …": a bare number only with a title after it
    rf"|(?P<lab5>(?P<n5>\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}))\.?[ \t]+(?=[A-ZÄÖÜ„\"])(?!(?i:{_MONTH_ALT})\.?[ \t]+\d)"
    # "4.1" on a line of its own, the title on the line under it (a table's
    # number column set before its title column)
    rf"|(?P<lab7>(?P<n7>\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}))\.?[ \t]*\n(?=[A-ZÄÖÜ„\"][^\n]{{3,}})"
    r")[ \t]*(?P<title>[^\n]*)",
    re.MULTILINE,
)
_ITEM_PREFIXES = ("Punkt", "Pkt.", "TOP", "Top", "TO-Punkt", "Tagesordnungspunkt", "zu ", "Zu ", "ZU ", "Ö", "NÖ", "N")
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
# A number after a line broken at a hyphen or slash ("Ah 36/21-" / "26") ends a reference.
_WRAPPED_NUMBER = re.compile(r"(?:\b(?:Nr|Abs|Ziff|Nummer)\.?|§|Art\.|[-/])[ \t]*\n$")
_SUBMITTER = re.compile(
    r"^(?:Antragsteller(?:in)?|Einreicher(?:in)?|Eingereicht\s+von|Einbringer(?:in)?|Vorlage\s+von"
    r"|Initiator(?:in)?)\s*:?\s*(?P<who>[^\n]{2,80})"
    r"|^(?:Antrag|Antragsteller)\s*:\s*(?P<who4>[^\n]{2,80})"
    r"|^(?:Antrag|Anfrage|Änderungsantrag|Ergänzungsantrag|Dringlichkeitsantrag)\s+(?:der|des|von)\s+(?P<who2>[^\n]{2,80})"
    r"|^(?P<who3>(?:[A-ZÄÖÜ][\wÄÖÜäöüß/-]*[ \t]+)?(?:Fraktion|Gruppe)[ \t]+[^\n]{1,50}|[\wÄÖÜäöüß/]+-Fraktion"
    r"|Fraktion(?:en)?[ \t]+[^\n]{1,50})[ \t]*$",
    re.MULTILINE,
)
# The record's first sentence, broken over lines: a body or person as its
# subject and a verb ("Der Fachausschuss … empfiehlt dem", "Herr X erläutert").
_RECORD_OPENS = re.compile(
    r"(?:Der|Die|Das|Herr|Frau)[ \t]+[A-ZÄÖÜ][^\n]{30,}?\b(?:empfiehlt|beschließt|beschliesst|stimmt|nimmt|erläutert"
    r"|berichtet|stellt|führt|gibt|teilt|lehnt|billigt)\b"
)
# A line of the record, not of an item's head: it ends a sentence or introduces one.
_SENTENCE_LINE = re.compile(r"[a-zäöüß0-9)][.:!?]$")
_MOTION_REF = re.compile(
    r"\b(?:Antrag|Anfrage|Änderungsantrag)\s*(?:Nr\.|Nummer)\s*:?\s*(?P<ref>[A-Z]{0,5}[/-]?\d{1,5}(?:[/-]\d{1,5})+)"
)


_ZU_RX = re.compile(r"^(?:zu|Zu|ZU)\s+")
_ZU_LABELLED = re.compile(r"(?:zu|Zu|ZU)\s+(?:TOP|Top|Tagesordnungspunkt|TAGESORDNUNGSPUNKT|Punkt|PUNKT)")


# A page's running header or footer line: "… Seite 5", "Seite 5 von 17", "- 5 -".
_PAGE_LINE = re.compile(
    r"[ \t]*(?:[^\n]{0,160}?\bSeite[ \t]+\d{1,3}(?:[ \t]*(?:von|/)[ \t]*\d{1,3})?|[-–][ \t]*\d{1,3}[ \t]*[-–])[ \t]*(?:\n|\Z)"
)


def page_break_end(text: str, pos: int) -> int | None:
    """Where a page break that starts at ``pos`` (blank lines and a running
    header or footer line) ends, or None: a passage goes on over it."""
    p = pos
    while p < len(text) and text[p] in " \t\n":
        p += 1
    m = _PAGE_LINE.match(text, p)
    return m.end() if m else None


def _parts(number: str) -> list[int] | None:
    try:
        return [int(x) for x in number.split(".")]
    except ValueError:
        return None


def _follows(prev: str | None, number: str) -> bool:
    """Whether ``number`` may come after the item ``prev`` (one or two
    items on, a first sub-item, the next sub-item, or the item after the
    last sub-item); every list starts again at 1, and the first may be any."""
    cur = _parts(number)
    if cur is None:
        return False
    if cur == [1] or prev is None:
        return True  # (the record may open with any item: the first part was not public)
    before = _parts(prev)
    if before is None:
        return False
    if cur == before + [1]:
        return True
    for depth in range(len(before), 0, -1):
        if len(cur) == depth and cur[:-1] == before[: depth - 1] and 0 < cur[-1] - before[depth - 1] <= 2:
            return True
    return False


def _in_sequence(found: list) -> list:
    """A number on a line of its own is a page's number as often as an
    item's: it heads an item only where it goes on from the item before, or
    from the last such number (4 → 4.1 → 4.2 → 5)."""
    out: list = []
    last_lone: str | None = None
    for f in found:
        if f[0].group("lab7") is not None:
            if not (_follows(out[-1][2] if out else None, f[2]) or (last_lone is not None and _follows(last_lone, f[2]))):
                continue
            last_lone = f[2]
        out.append(f)
    return out


# Two words of three letters or more: what a running header names beside its page number.
_WORDS = re.compile(r"[A-Za-zÄÖÜäöüß]{3,}\W+(?:\w+\W+)*?[A-Za-zÄÖÜäöüß]{3,}")


def _line_key(text: str, m: re.Match) -> tuple[str, str]:
    """A heading as written and without its page number."""
    line = " ".join(m.group(0).split())
    return line, _PAGE_NUMBER.sub("", line) or line


def _not_running(text: str, found: list) -> list:
    """Headings that are no running header or footer: a line that comes again
    on every page ("4. Sitzung des Stadtrates vom 04.03.2024 Seite 5") reads
    like a numbered heading but heads a page, not an item. Such a line comes
    three times or more, or twice with its page number changed; an agenda
    item is listed at the head and dealt with below: twice, the same."""
    if len(found) < 2:
        return found
    seen: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    lines: dict[str, int] = {}
    for f in found:
        line, key = _line_key(text, f[0])
        seen.setdefault(key, set()).add(line)
        counts[key] = counts.get(key, 0) + 1
        lines[line] = lines.get(line, 0) + 1
    # Without its number a running line still names something (the session, the
    # body); an item's bare label ("TOP 4", "Punkt 5") without its number names
    # nothing, and "TOP 1", "TOP 2", "TOP 3" are three items, not one header.
    running = {k for k, n in counts.items() if _WORDS.search(k) and (n >= 3 or len(seen[k]) >= 2)}
    repeated = {line for line, n in lines.items() if n >= 3}
    if running or repeated:
        found = [f for f in found
                 if _line_key(text, f[0])[1] not in running and _line_key(text, f[0])[0] not in repeated]
    # Numbers on lines of their own that repeat one after the other (1, 1, 1,
    # 2, 2 …) are a column of a table (a results list numbering the agenda
    # item of each row), no headings.
    lone = [f[2] for f in found if f[0].group("lab7") is not None]
    if sum(a == b for a, b in zip(lone, lone[1:], strict=False)) >= 2:
        found = [f for f in found if f[0].group("lab7") is None]
    return found


# One of several numbered decisions of an item: "Beschluss 2:", "2. Beschluss:", "Beschluss Nr. 3:".
_DECISION_PART = re.compile(
    r"^[ \t]*(?:Beschluss[ \t]+(?:Nr\.[ \t]*)?(?P<a>\d{1,2})|(?P<b>\d{1,2})\.[ \t]+Beschluss)[ \t]*:", re.MULTILINE
)


def _between_parts(text: str, pos: int) -> bool:
    """Whether ``pos`` lies between two numbered decisions of one item
    ("Beschluss 2: … / 1. Referent für … / Beschluss 3:"): a numbered line
    there is a point of the decision's wording, no agenda item (an item
    between them would start its own decisions again at 1)."""
    if "eschluss" not in text:
        return False
    before = after = None
    for m in _DECISION_PART.finditer(text):
        n = int(m.group("a") or m.group("b"))
        if m.start() < pos:
            before = n
        else:
            after = n
            break
    return before is not None and after == before + 1


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
        bare = m.group("lab5") is not None or m.group("lab7") is not None
        if bare and (not title or len(title) > 150 or _BARE_NOT_TITLE.search(title) or ANY_DATE.match(text, m.start())):
            continue
        if bare and _WRAPPED_NUMBER.search(text, max(0, m.start() - 12), m.start()):
            continue
        if m.group("lab7") is not None and _LABEL.match(title):
            continue  # a page's number over a block's label ("3" / "Beschluss:")
        if m.group("lab5") is not None and (lm := _LABEL.match(title)) is not None and lm.end() >= len(title.rstrip()):
            continue  # "2. Beschluss:": one of several decisions of an item, no item
        key = next(k for k in ("1", "2", "3", "4", "5", "6", "7") if m.group("lab" + ("" if k == "1" else k)))
        label = " ".join(m.group("lab" + ("" if key == "1" else key)).replace(":", " ").split())
        if key == "6":  # "zu TOP 3 Titel" without its colon: as "zu TOP 3:"
            label = _ZU_RX.sub("", label)
        elif key == "3":  # "zu TOP 3": the item as written is "TOP 3"
            label = _ZU_RX.sub("", label) if _ZU_LABELLED.match(label) else m.group("n3")
        found.append((m, label, m.group("n" + key), bare))
    found = _in_sequence(_not_running(text, found))
    found = [f for f in found if not (f[3] and _between_parts(text, f[0].start()))]
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
        if line and not _HEAD_FIELD.match(line) and (
            _LABEL.match(line) or len(line) > 160 or _SENTENCE_LINE.search(line) or _RECORD_OPENS.match(line)
        ):
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
