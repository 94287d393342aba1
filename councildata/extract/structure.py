"""The document model: a council document's text read as a tree.

``parse(text)`` is pure: text in, ``Tree`` out, every node with a character
span into that text. The tree has

- a **header**: the document's own metadata (type, date, reference, the
  issuing authority, when the caller knows them) and the **session** the
  document records or is for (body, date, number, public or not). The
  session is read from every common shape: "Niederschrift über die 14.
  Sitzung des Gemeinderates am …", "3. öffentliche Sitzung des
  Bauausschusses am 12.03.2024", "Gemeinderat, Sitzung vom 12.03.2024", a
  body's line with a date line under it, an information system's fields
  ("Gremium: … Datum: …"), and a running header or footer that repeats the
  session on every page; with its start, end and place where the head states them;
- **agenda items** ("TOP 5", "Ö 5", "N 2", "5.1", "zu 3", "Punkt 4"), each
  with its title, the papers it deals with (Vorlage, Drucksache, Antrag
  numbers) and its submitter line. Every item inherits the session's body
  and date;
- inside each item (and before the first item) its **blocks**, labelled
  ``proposal`` (Beschlussvorschlag, Beschlussantrag), ``decision``
  (Beschluss, Abstimmungsergebnis, or a paragraph whose sentence decides),
  ``discussion`` (Sachverhalt, Begründung, the debate) — and inside a
  proposal or decision its ``content``: the quoted or enumerated
  Beschlusstext that says WHAT is decided, never a decision of its own.

Everything is found in one pass over the lines and paragraphs, so parsing
is linear in the length of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import agenda as agenda_mod
from .common import BODY_NAME, BODY_SITZUNG, body_name
from .dates import _MONTH_ALT, ANY_DATE, DATE_PATTERN, date_from_match
from .text import sentences
from .votes import has_vote

# --------------------------------------------------------------------------
# The tree


@dataclass
class Block:
    """A labelled stretch of an item: proposal, decision, discussion or content."""

    kind: str
    start: int
    end: int
    label: str = ""  # the label as written ("Beschlussvorschlag"), empty for a decision sentence
    children: list[Block] = field(default_factory=list)


@dataclass
class Session:
    """The meeting a document records or is for."""

    body: str | None
    date: str | None
    start: int
    end: int
    number: str | None = None
    public: bool | None = None
    minutes: bool = False  # the document is a record of this session
    shape: str = ""  # which common shape named it
    begins: str | None = None  # "19:00", as the head states it
    ends: str | None = None
    place: str | None = None  # "Sitzungssaal des Rathauses"


@dataclass
class Header:
    start: int
    end: int
    session: Session | None = None
    authority: str | None = None
    doc_type: str | None = None
    doc_date: str | None = None
    reference: str | None = None
    title: str | None = None


@dataclass
class Item:
    """An agenda item: its heading as written, title, papers, submitter, blocks."""

    label: str  # "TOP 5", "Ö 3.1", "Punkt 4", "5.1" — the item as written
    number: str  # "5", "3.1"
    title: str
    start: int
    head_end: int
    end: int
    public: bool | None = None
    references: list[str] = field(default_factory=list)
    submitter: str | None = None
    body: str | None = None  # inherited from the session
    date: str | None = None
    body_start: int = 0  # where the item's blocks begin (after its head)
    _text: str = field(default="", repr=False)
    _blocks: list[Block] | None = field(default=None, repr=False)

    @property
    def blocks(self) -> list[Block]:
        """The item's labelled blocks (read when first asked for: most
        documents' rules need only the items)."""
        if self._blocks is None:
            self._blocks = _blocks(self._text, self.body_start, self.end)
        return self._blocks


@dataclass
class Tree:
    text: str
    header: Header
    items: list[Item] = field(default_factory=list)
    pre_start: int = 0  # the blocks before the first item start here
    _starts: list[int] = field(default_factory=list, repr=False)
    _pre_blocks: list[Block] | None = field(default=None, repr=False)

    @property
    def blocks(self) -> list[Block]:
        """The labelled blocks before the first item (of a paper without items: all of them)."""
        if self._pre_blocks is None:
            first = self.items[0].start if self.items else len(self.text)
            self._pre_blocks = _blocks(self.text, self.pre_start, first)
        return self._pre_blocks

    @property
    def session(self) -> Session | None:
        return self.header.session

    def item_at(self, pos: int) -> Item | None:
        """The agenda item whose span holds ``pos``."""
        i = bisect_right(self._starts, pos) - 1
        if i < 0:
            return None
        item = self.items[i]
        return item if pos < item.end else None

    def block_at(self, pos: int) -> Block | None:
        """The innermost block that holds ``pos``."""
        item = self.item_at(pos)
        blocks = item.blocks if item else self.blocks
        for b in blocks:
            if b.start <= pos < b.end:
                for c in b.children:
                    if c.start <= pos < c.end:
                        return c
                return b
        return None

    def decisions(self) -> list[tuple[Item | None, Block]]:
        """Every decision block with its item, in reading order."""
        out: list[tuple[Item | None, Block]] = [(None, b) for b in self.blocks if b.kind == "decision"]
        for it in self.items:
            out += [(it, b) for b in it.blocks if b.kind == "decision"]
        return out


# --------------------------------------------------------------------------
# Session shapes beyond the ones ``agenda.session`` reads

_WEEKDAY = (
    r"(?:(?:Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\.?,?\s+(?:den\s+)?)?"
)
_PUBLIC_ADJ = r"(?:öffentliche[nr]?|nicht\s?öffentliche[nr]?|nichtöffentliche[nr]?)"
# Adjectives a session's name may carry: "3. öffentliche", "konstituierende", "Gemeinsame".
_SESSION_ADJS = (
    r"(?:(?i:öffentliche[nr]?|nicht[ \t]?öffentliche[nr]?|ordentliche[nr]?|außerordentliche[nr]?"
    r"|konstituierende[nr]?|gemeinsame[nr]?)[ \t]+)*"
)
# The labels of a session's date field: "Sitzungstag:", "Termin:", "Datum der Sitzung:"
_DATE_FIELD_WORDS = (
    r"(?:Sitzungstag|Sitzungstermin|Sitzungsdatum|Tag[ \t]+der[ \t]+Sitzung|Datum[ \t]+der[ \t]+Sitzung|Termin|Datum|Tag)"
)
# "Gemeinderat, Sitzung vom 12.03.2024", "Bauausschuss – öffentliche Sitzung am Mo, 3.3.2025",
# "Stadtrat - öffentliche Sitzung - 03.03.2021", "Gemeinderat | Sitzung am 03.03.2021"
_BODY_COMMA_SITZUNG = re.compile(
    rf"^[ \t]*(?P<org>{BODY_NAME})[ \t]*[,–|-][ \t]*(?:(?P<num>\d{{1,3}})\.[ \t]*)?{_SESSION_ADJS}"
    rf"(?:Plenar)?[Ss]itzung[ \t]+(?:Nr\.[ \t]*\S+[ \t]+)?(?:(?:vom|am)[ \t]+|[,–|-][ \t]*){_WEEKDAY}(?P<date>{DATE_PATTERN})",
    re.MULTILINE,
)
# The authority after the body: "des Schulausschusses der Stadt Neustadt am …"
_OF_AUTHORITY = (
    r"(?:[ \t]+(?:der|des)[ \t]+(?:Stadt|Gemeinde|Samtgemeinde|Verbandsgemeinde|Hansestadt|Landeshauptstadt"
    r"|Kreisstadt|Marktgemeinde|Marktes|Landkreises|Kreises|Amtes)[ \t]+[A-ZÄÖÜ][\wäöüß.-]*(?:[ \t]+[A-ZÄÖÜ(][\wäöüß.()-]*)?)?"
)
# "3. öffentliche Sitzung des Bauausschusses am 12.03.2024", "Öffentliche Sitzung des
# Finanzausschusses⏎⏎Sitzungstag: 3. März 2021"
_NUMBERED_SESSION = re.compile(
    rf"(?:^|(?<=\n)|(?<=\baus der )|(?<=\bAus der ))[ \t]*(?:(?:Einladung|Tagesordnung)[ \t]+(?:zur|für[ \t]+die)[ \t]+)?(?:(?P<num>\d{{1,3}})\.[ \t]*)?{_SESSION_ADJS}"
    # ("Sitzung Nr. 12/2021 des …", "12. Sitzung (öffentlich) des …")
    rf"(?:Plenar)?[Ss]itzung(?:[ \t]+Nr\.[ \t]*[\w/.-]+)?(?:[ \t]*\([^()\n]{{1,20}}\))?[ \t]+(?:des|der)[ \t]+"
    rf"(?P<org>{BODY_NAME}){_OF_AUTHORITY}[ \t,]*(?:\n[ \t]*){{0,2}}"
    rf"(?:{_DATE_FIELD_WORDS}[ \t]*:[ \t]*)?(?:(?:am|vom)[ \t]+)?{_WEEKDAY}(?P<date>{DATE_PATTERN})",
)
# A body's name on its own line with the date below: "Bauausschuss⏎12.03.2024" — with its
# authority ("Amtsausschuss des Amtes Seenland"), a kind word or a session line between
# ("Niederschrift", "5. öffentliche Sitzung"), the date line naming the session or
# being a field ("12. Sitzung am …", "Sitzungstag: Mittwoch, …").
_BODY_THEN_DATE = re.compile(
    rf"^[ \t]*(?P<org>{BODY_NAME}){_OF_AUTHORITY}[ \t]*\n(?:[ \t]*\n)?"
    r"(?:[ \t]*(?:Niederschrift|Sitzungsniederschrift|Protokoll|Sitzungsprotokoll|Einladung|Tagesordnung)[ \t]*\n(?:[ \t]*\n)?)?"
    rf"(?:[ \t]*(?:\d{{1,3}}\.[ \t]*)?{_SESSION_ADJS}(?:Plenar)?[Ss]itzung[ \t]*\n)?[ \t]*"
    rf"(?:(?:\d{{1,3}}\.[ \t]*)?{_SESSION_ADJS}(?:(?:Plenar)?[Ss]itzung|{_DATE_FIELD_WORDS})[ \t]*(?:am|vom|:)?[ \t]*)?"
    rf"(?:(?:am|vom)[ \t]+)?{_WEEKDAY}(?:de[nm][ \t]+)?(?P<date>{DATE_PATTERN})[ \t]*$",
    re.MULTILINE,
)
# A body's name and its date on one line of their own: "Gemeindevertretung vom 02.03.2004",
# "Bauausschuss am 12.03.2024", "Kreistag – 03.03.2025"
_BODY_DATE_LINE = re.compile(
    rf"^[ \t]*(?P<org>{BODY_NAME})[ \t]*(?:(?:vom|am)[ \t]+|[,–-][ \t]*){_WEEKDAY}(?P<date>{DATE_PATTERN})[ \t]*$",
    re.MULTILINE,
)
# "Niederschrift über die 6. Stadtverordnetenversammlung am 25. Februar 2015",
# "Über die 69. Sitzung des Bauausschusses am 30.11.2017"
_MINUTES_OVER = re.compile(
    rf"(?<![\w])[Üü]ber[ \t]+die[ \t]+(?:(?P<num>\d{{1,3}})\.[ \t]*)?(?:(?:{_PUBLIC_ADJ}|ordentliche[nr]?)[ \t]+)?"
    rf"(?:(?:Plenar)?[Ss]itzung[ \t]+(?:des|der)[ \t]+)?(?P<org>{BODY_NAME}){_OF_AUTHORITY}[ \t,]*(?:\n[ \t]*)?(?:am|vom)[ \t]+"
    rf"{_WEEKDAY}(?P<date>{DATE_PATTERN})"
)
# "Protokoll der Gemeinderatssitzung vom 21.11.2023", "Niederschrift über die 3. Ausschusssitzung am …",
# a report of the session in a gazette: "Aus der Gemeinderatssitzung vom 6. November 2014"
_COMPOUND_SESSION = re.compile(
    rf"(?:(?i:Niederschrift|Protokoll|Sitzungsprotokoll|Ergebnisprotokoll)[ \t]+(?:der|[Üü]ber[ \t]+die|zur)"
    rf"|(?:^|(?<=\n))[ \t]*(?:Bericht[ \t]+)?[Aa]us[ \t]+der)[ \t]+"
    rf"(?:(?P<num>\d{{1,3}})\.[ \t]*)?(?:(?:{_PUBLIC_ADJ}|ordentliche[nr]?)[ \t]+)?{BODY_SITZUNG}[ \t,]*(?:\n[ \t]*)?"
    rf"(?:am|vom)[ \t]+{_WEEKDAY}(?P<date>{DATE_PATTERN})",
)
# A session's name and date as a line of their own, the body in a compound:
# "Ratssitzung vom 22.08.2017", "Gemeinderatssitzung am 5. Mai 2021".
# (with its adjectives and its part: "Öffentliche Kreistagssitzung⏎03.03.2021",
# "Gemeinderatssitzung (öffentlich) vom 03.03.2021")
_SESSION_LINE = re.compile(
    rf"^[ \t]*(?:\d{{1,3}}\.[ \t]*)?{_SESSION_ADJS}(?:(?P<org>Rat)s(?:sitzung|tagung)|{BODY_SITZUNG})"
    rf"(?:[ \t]*\([^()\n]{{1,20}}\))?(?:[ \t]+(?:vom|am)[ \t]+|[ \t]*\n[ \t]*(?:(?:vom|am)[ \t]+)?)"
    rf"{_WEEKDAY}(?P<date>{DATE_PATTERN})[ \t]*$",
    re.MULTILINE,
)
_SESSION_NUMBER = re.compile(
    r"(?P<num>\d{1,3})\.\s*(?:(?:öffentliche[nr]?|nicht\s?öffentliche[nr]?|nichtöffentliche[nr]?|ordentliche[nr]?"
    r"|außerordentliche[nr]?|konstituierende[nr]?)\s+)*(?:Plenar)?[Ss]itzung|Sitzung\s+Nr\.\s*(?P<num2>[\w/.-]+)"
)
_NOT_PUBLIC = re.compile(r"nicht[\s-]?öffentlich|nichtöffentlich", re.IGNORECASE)
_PUBLIC = re.compile(r"(?<![\w-])öffentlich", re.IGNORECASE)
HEAD_CHARS = agenda_mod.HEAD_CHARS


# (never the last digits of a date's year: "… 03.03.2021" keeps its year)
_PAGE_NUMBER = re.compile(r"[ \t,|–-]*(?:Seite|S\.)?[ \t]*(?<![\d.])\d{1,3}(?:[ \t]*(?:/|von)[ \t]*\d{1,3})?$")


def _running_session(text: str, dates: list[tuple[int, int]] | None = None) -> tuple[str, str, int, int] | None:
    """A running header or footer that repeats the session on each page: the
    most frequent line (at least three times) naming a body and a date."""
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    last_line = -1
    # Only lines that hold a date can name the session: look at those.
    for a, _b in dates if dates is not None else agenda_mod.date_spans(text):
        lo = text.rfind("\n", 0, a) + 1
        if lo == last_line:
            continue
        last_line = lo
        hi = text.find("\n", a)
        hi = len(text) if hi < 0 else hi
        s = text[lo:hi].strip()
        if 12 <= len(s) <= 160:
            key = _PAGE_NUMBER.sub("", s)  # the page number changes from page to page
            counts[key] += 1
            if key not in first:
                start = lo + text[lo:hi].find(s)
                first[key] = (start, start + len(key))
    for line, n in counts.most_common(5):
        if n < 3:
            break
        bm = re.search(BODY_NAME, line)
        dm = ANY_DATE.search(line)
        if bm and dm:
            return body_name(" ".join(bm.group().split())), date_from_match(dm), *first[line]
    return None


# "Das Protokoll der Sitzung des Kulturausschusses vom DATE wird genehmigt",
# "Genehmigung des Protokolls der Gemeinderatssitzung vom …": the
# minutes of an earlier session, approved in this one; not the session itself.
_APPROVED_AFTER = re.compile(
    r"[^.\n]{0,60}?\b(?:wird|werden|wurde|wurden|ist)\s+(?:\w+\s+){0,3}?"
    r"(?:genehmigt|gebilligt|festgestellt|anerkannt|bestätigt)\b"
)
_APPROVAL_BEFORE = re.compile(r"\b(?:Genehmigung|Billigung|Feststellung|Anerkennung)\b[^.\n]{0,40}$")


# A shape that ends its line must end it in the text, not only at the edge of the window searched.
# (a time, the place or the part may close the line: "…, 19:00 Uhr", "… um 18 Uhr im Rathaus", "…, öffentlich")
_LINE_END = re.compile(
    r"(?:[ \t]*,?[ \t]*(?:\d{1,2}[.:]\d{2}[ \t]*Uhr|um[ \t][^\n]*|im[ \t][^\n]*|(?i:nicht[ \t]?öffentlich|öffentlich)\b[^\n]{0,20}))?"
    r"[ \t]*(?:\n|\Z)"
)


def _approves_earlier(text: str, m: re.Match) -> bool:
    line_start = text.rfind("\n", 0, m.start()) + 1
    return bool(_APPROVED_AFTER.match(text, m.end()) or _APPROVAL_BEFORE.search(text, line_start, m.start()))


def read_session(text: str, doc_type: str | None = None, known: agenda_mod.Agenda | None = None) -> Session | None:
    """The session a document records or is for, from the common shapes
    (``known``: the agenda analysis of the same text, when already made)."""
    head = text[:HEAD_CHARS]
    s = known.session if known is not None else agenda_mod.session(text, doc_type)
    found: Session | None = None
    if s is not None:
        found = Session(s.body, s.date, s.start, s.end, minutes=s.minutes, shape="header")
    if found is None or found.date is None:
        dates = known.dates if known is not None else agenda_mod.date_spans(head)
        windows: list[tuple[int, int]] = []
        for a, b in dates:
            if a >= len(head):
                break
            lo = max(0, a - 250)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], b)
            else:
                windows.append((lo, b))
        for shape, rx in (("body, Sitzung", _BODY_COMMA_SITZUNG), ("über die", _MINUTES_OVER),
                          ("Protokoll der …sitzung", _COMPOUND_SESSION),
                          ("Sitzung des", _NUMBERED_SESSION),
                          ("body / date", _BODY_THEN_DATE), ("body date", _BODY_DATE_LINE),
                          ("…sitzung date", _SESSION_LINE)):
            # Every shape ends with its date: look only just before the dates.
            m = next((m for lo, hi in windows if (m := rx.search(head, lo, hi)) and not _approves_earlier(head, m)
                      and (not rx.pattern.endswith("$") or _LINE_END.match(head, m.end()))), None)
            if m is None:
                continue
            org = m.groupdict().get("org") or m.group("compound")
            body = body_name(" ".join(org.split()))
            dm = ANY_DATE.search(m.group("date"))
            date = date_from_match(dm) if dm else None
            if found is None or body == found.body or found.body is None:
                start = m.start("org" if m.groupdict().get("org") else "compound")
                found = Session(body, date, start, m.end(), minutes=doc_type == "minutes", shape=shape,
                                number=m.groupdict().get("num"))
                break
    if found is None or found.date is None:
        run = _running_session(text, known.dates if known is not None else None)
        if run and (found is None or found.body == run[0]):
            found = Session(run[0], run[1], run[2], run[3], minutes=doc_type == "minutes", shape="running header")
    if found is None:
        return None
    # Number and public/non-public from the line(s) that name the session.
    lo = head.rfind("\n", 0, max(0, found.start - 1))
    hi = text.find("\n", found.end)
    around = text[max(0, lo) : len(text) if hi < 0 else hi]
    nm = _SESSION_NUMBER.search(around)
    if nm and not found.number:
        found.number = nm.group("num") or nm.group("num2")
    if _NOT_PUBLIC.search(around):
        found.public = False
    elif _PUBLIC.search(around):
        found.public = True
    _times_and_place(text, found)
    return found


# Start, end and place of a session, from the fields under its header ("Beginn: 19:00 Uhr",
# "Sitzungsende: 21.15 Uhr", "Zeit: 18:00 – 20:30 Uhr", "Ort: Rathaus, Saal 2") or its line
# ("am 3. März 2021 um 19:30 Uhr im Sitzungssaal des Rathauses").
_TIME = r"\d{1,2}(?:[.:]\d{2})?"
_BEGIN_WORDS = r"(?:Beginn(?:[ \t]+der[ \t]+Sitzung)?|Sitzungsbeginn|Uhrzeit|Zeit|Anfang)"
_BEGINS = re.compile(
    # at a line's start, or as a further field on a line ("Datum: Mi, 03.03.2021 Zeit: 19:00 - 21:00")
    rf"(?:^[ \t]*{_BEGIN_WORDS}[ \t]*:?|(?<=[ \t]){_BEGIN_WORDS}[ \t]*:)[ \t]*(?:um[ \t]+)?(?P<t>{_TIME})"
    rf"(?:[ \t]*(?:Uhr)?[ \t]*(?:[-–]|bis)[ \t]*(?P<t2>{_TIME}))?[ \t]*(?:Uhr)?",
    re.MULTILINE | re.IGNORECASE,
)
_ENDS = re.compile(
    rf"^[ \t]*(?:Ende(?:[ \t]+der[ \t]+Sitzung)?|Sitzungsende|Schluss(?:[ \t]+der[ \t]+Sitzung)?)[ \t]*:?[ \t]*(?:um[ \t]+)?"
    rf"(?P<t>{_TIME})[ \t]*(?:Uhr)?",
    re.MULTILINE | re.IGNORECASE,
)
_AT_TIME = re.compile(rf"[ \t,]*(?:um|ab|,)[ \t]*(?P<t>{_TIME})[ \t]*Uhr")
_PLACE_FIELD = re.compile(
    r"^[ \t]*(?:Raum,[ \t]*Ort|Ort,[ \t]*Raum|Ort|Sitzungsort|Sitzungsraum|Tagungsort|Raum|Sitzungssaal)[ \t]*:[ \t]*"
    r"(?P<p>[^\n]{3,100}?)[ \t]*$",
    re.MULTILINE,
)
_PLACE_WORDS = (
    r"(?:(?:großen|kleinen|neuen|alten)[ \t]+)?(?:Sitzungssaal|Sitzungszimmer|Ratssaal|Rathaussaal|Bürgersaal|Rathaus"
    r"|Kreishaus|Kreistagssaal|Bürgerhaus|Dorfgemeinschaftshaus|Gemeindehaus|Gemeindezentrum|Feuerwehrhaus"
    r"|Mehrzweckhalle|Stadthalle|Aula|Saal)"
)
_PLACE_PHRASE = re.compile(rf"\b(?:im|in[ \t]+der|in[ \t]+den|in)[ \t]+(?P<p>{_PLACE_WORDS}\b[^\n.,;]{{0,80}})")


def _hhmm(t: str) -> str:
    h, _, m = t.replace(".", ":").partition(":")
    return f"{int(h):02d}:{m or '00'}"


def _times_and_place(text: str, session: Session) -> None:
    """The session's start, end and place from its header's line and the fields below it."""
    line_end = text.find("\n", session.end)
    line_end = len(text) if line_end < 0 else line_end
    if am := _AT_TIME.match(text, session.end, line_end):
        session.begins = _hhmm(am.group("t"))
    if pm := _PLACE_PHRASE.search(text, session.end, line_end):
        session.place = pm.group("p").strip()
    lo = text.rfind("\n", 0, session.start) + 1
    hi = min(len(text), session.end + 600)
    if session.begins is None and (bm := _BEGINS.search(text, lo, hi)):
        session.begins = _hhmm(bm.group("t"))
        if bm.group("t2"):
            session.ends = _hhmm(bm.group("t2"))
    if session.ends is None and (em := _ENDS.search(text, lo, hi)):
        session.ends = _hhmm(em.group("t"))
    if session.place is None and (fm := _PLACE_FIELD.search(text, lo, hi)):
        session.place = fm.group("p")
    if session.place is None and (pm := _PLACE_PHRASE.search(text, session.end, min(len(text), session.end + 200))):
        session.place = pm.group("p").strip()


# --------------------------------------------------------------------------
# Agenda items

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
# Fields of an item's head: "Antrag: AfD", "Vorlage: 2025/0517".
_HEAD_FIELD = re.compile(r"(?:Antrag|Vorlage|Drucksache|Antragsteller(?:in)?|Berichterstatter(?:in)?)[ \t]*:[ \t]*\S")
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


# --------------------------------------------------------------------------
# Blocks

_LABEL = re.compile(
    r"(?:[-•][ \t]*)?(?:"
    r"(?P<proposal>Beschlussvorschlag|Beschlussantrag|Beschlussvorlage(?=[ \t]*:)|Beschlussempfehlung|Beschlussentwurf"
    r"|Vorschlag\s+der\s+Verwaltung|Empfehlung\s+der\s+Verwaltung|Antrag\s+an\s+(?:den|die|das)\s+[^\n:]{2,40}"
    r"|Petitum|Antrag(?=[ \t]*:)|Antragstext)"
    # "Beschlussvorlage" alone is the document's type, a label only with its colon
    r"|(?P<decision>Beschlusstext|Beschlussfassung|Beschlussergebnis|Beschluss(?:\s+(?:zu[mr]?|über)\s+[^\n:]{2,60})?"
    r"|Abstimmungsergebnis(?:se)?|Abstimmungsverhalten|Ergebnis\s+der\s+Abstimmung|Abstimmung(?:\s+über\s+[^\n:]{1,40})?"
    r"|Beschlussart|Entscheidung|Ergebnis)"
    r"|(?P<discussion>Sachverhalt|Sachdarstellung|Sach-\s+und\s+Rechtslage|Begründung|Beratung|Beratungsverlauf"
    r"|Diskussion|Aussprache|Erläuterungen?|Wortmeldungen|Bericht|Problembeschreibung|Darstellung|Protokoll"
    r"|Finanzielle\s+Auswirkungen|Anlagen?|Ausgangslage|Hinweise?)"
    r")\b(?:[ \t]*\([^)\n]{0,40}\))?[ \t]*(?::|$)",
    re.IGNORECASE,
)
# A paragraph whose sentence decides: a deciding verb in any form, with a
# body, its members, a vote or a passive result.
_DECIDING = re.compile(
    r"\b(?:beschließt|beschliesst|beschloss|beschlossen|beschließen"
    r"|(?:stimmt|stimmte|stimmen|stimmten)\b[^.\n]{0,160}?\bzu\b|zugestimmt"
    r"|(?:lehnt|lehnte|lehnen|lehnten)\b[^.\n]{0,160}?\bab\b|abgelehnt"
    r"|(?:nimmt|nahm|nehmen|nahmen)\b[^.\n]{0,160}?\bKenntnis\b|zur\s+Kenntnis\s+genommen"
    r"|empfiehlt|empfahl|empfehlen|angenommen|vertagt|vertagte|verwiesen|verwies|zurückgestellt|zurückgezogen"
    r"|befürwortet|befürwortete|befürworten|befürworteten|verschoben|gewählt|benannt|entsandt|gefolgt"
    r"|verabschiedet|vergeben"
    # "wird über den Antrag abgestimmt: 8 dafür, 3 dagegen" (a vote is then needed: see _DECIDER)
    r"|abgestimmt"
    r"|(?:folgt|folgte|folgen|folgten)\b[^.\n]{0,60}?\b(?:Beschlussvorschlag|Vorschlag|Beschlussempfehlung|Empfehlung)\w*"
    r"|Beschluss(?:fassung)?\s+(?:erfolgte|erfolgt|erging|ergeht)"
    # building law (§ 36 BauGB): the consent given or refused, in any order
    r"|Einvernehmen\b[^.\n]{0,40}?\b(?:erteilt|versagt|verweigert)|(?:erteilt|erteilte|erteilen|versagt|versagte"
    r"|versagen|verweigert|verweigerte)\b[^.\n]{0,60}?\bEinvernehmen)\b"
)
_DECIDER = re.compile(
    rf"\b(?:[Dd]er|[Dd]ie|[Dd]as)\s+(?:{BODY_NAME}|(?:anwesenden\s+)?(?:Mitglieder|Ausschussmitglieder|Ratsmitglieder"
    r"|Stadtverordneten|Gemeindevertreter|Kreistagsmitglieder|Bezirksverordneten))"
    r"|\b(?:wird|wurde|werden|wurden|ist|sind)\b"
)
_NOT_TAKEN = re.compile(
    r"\b(?:möge|mögen|möchte|soll|sollte|sollen|bittet|gebeten|könnte|würde|würden|wolle)\b|\?"
)
# Content of a decision: introduced by a sentence ending with a colon
# ("Der Rat beschließt:"), quoted („…“) or enumerated ("1. …", "a) …").
_INTRO_COLON = re.compile(r":[ \t]*\n")
_ENUM_LINE = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[-•–])[ \t]+\S", re.MULTILINE)
_QUOTED = re.compile(r"[„\"»][^„“\"»«]{40,4000}?[“\"«]")
# A line of nothing but a vote or result after the content.
_VOTE_TAIL = re.compile(
    r"\n[ \t]*(?:(?:Abstimmung|Ergebnis)[^\n]{0,30}:|einstimmig|mehrheitlich|\d{1,3}\s*(?:[:–-]\s*\d{1,3}\s*){1,2}$"
    r"|[^\n]{0,40}(?:Ja|Nein|Enthaltung|dafür|dagegen)\b)",
    re.IGNORECASE | re.MULTILINE,
)


# A line of a table of fields: "Datum: Mo, 03.03.2025", "Status: öffentlich".
_FIELD_LINE = re.compile(r"[ \t]*[A-ZÄÖÜ][\wäöüß.-]*(?:[ \t][\wäöüß.-]+){0,2}[ \t]*:[ \t]*\S")


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    while pos < end:
        nxt = text.find("\n\n", pos, end)
        b = end if nxt < 0 else nxt
        if text[pos:b].strip():
            out.append((pos, b))
        pos = b + 2
    return out


_DECIDING_STEMS = re.compile(
    r"beschl|stimm|lehn|kenntnis|empf|angenommen|vertag|verwie|zurückge|folg|einvernehmen|befürwort|verschob|gewählt"
    r"|benannt|entsandt|gefolgt|abgestimmt|verabschiedet|vergeben"
)


def _is_decision_paragraph(par: str) -> bool:
    if len(par) > 900 or not _DECIDING_STEMS.search(par.lower()):
        return False
    if not _DECIDING.search(par) or _NOT_TAKEN.search(par):
        return False
    return bool(_DECIDER.search(par) or has_vote(par))


# A decision recorded as taken: the past or the passive of a deciding verb
# ("wurde … beschlossen", "wird zur Kenntnis genommen", "stimmte … zu").
_TAKEN = re.compile(
    r"\b(?:wird|wurde|werden|wurden|ist|sind)\b[^.\n]{0,160}?\b(?:beschlossen|zugestimmt|abgelehnt|angenommen"
    r"|genehmigt|vertagt|verwiesen|überwiesen|zurückgestellt|zurückgezogen|gewählt|bestellt|erteilt|versagt"
    r"|zur\s+Kenntnis\s+genommen|anerkannt|festgestellt|beauftragt|entsandt|benannt)\b"
    r"|\b(?:beschloss|beschlossen|stimmte|stimmten|lehnte|lehnten|nahm|nahmen|empfahl|vertagte|verwies|wählte"
    r"|wählten|erteilte|versagte|befürwortete|befürworteten|verschoben)\b"
)
_RESULT_WORD = re.compile(
    r"\b(?:einstimmig|mehrheitlich|beschlossen|zugestimmt|abgelehnt|angenommen|genehmigt|vertagt|verwiesen"
    r"|überwiesen|zurückgestellt|zurückgezogen|gewählt|Kenntnis|Zustimmung|Ablehnung|Vertagung|Verweisung"
    r"|erledigt)\b",
    re.IGNORECASE,
)


def is_record(text: str, block: Block) -> bool:
    """Whether a decision block records a decision taken in a meeting (and
    is no proposal's wording): a result field with a result or a vote, or a
    sentence with a vote, or a deciding verb in the past or the passive."""
    if block.kind != "decision":
        return False
    own = text[block.start : block.end]
    if block.label:
        # "Beschluss:" over its wording; the label alone says nothing taken.
        return bool(_RESULT_WORD.search(own) or has_vote(own) or _TAKEN.search(own))
    return bool(has_vote(own) or _TAKEN.search(own))


def _deciding_sentence(text: str, pa: int, pb: int) -> int:
    """Where the first sentence of a decision paragraph that decides begins."""
    par = text[pa:pb]
    if len(par) < 200:
        return pa
    spans = sentences(par)
    for k, (sa, sb) in enumerate(spans):
        sent = par[sa:sb]
        # (the vote may stand in the sentence after: "… beschließt die GV, … Abstimmungsergebnis: einstimmig")
        upto = spans[k + 1][1] if k + 1 < len(spans) else sb
        if _DECIDING.search(sent) and not _NOT_TAKEN.search(sent) and (_DECIDER.search(sent) or has_vote(par[sa:upto])):
            return pa if k == 0 else pa + sa
    return pa


def _blocks(text: str, start: int, end: int) -> list[Block]:
    """The labelled blocks between two offsets (an item's body)."""
    # Segments from label to label; text before the first label is discussion.
    segments: list[tuple[str, int, int, str]] = []
    kind, seg_start, label = "discussion", start, ""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        m = _LABEL.match(text, pos, line_end)
        if m and _HEAD_FIELD.match(text, pos, line_end):
            m = None
        if m and (m.end() == line_end or text[m.end() - 1] == ":"):
            if pos > seg_start:
                segments.append((kind, seg_start, pos, label))
            kind = next(k for k in ("proposal", "decision", "discussion") if m.group(k))
            label = " ".join(m.group(kind).split())
            seg_start = pos
            if text[m.end():line_end].strip() and _FIELD_LINE.match(text, line_end + 1, end):
                # "Beschlussart: zur Kenntnis genommen" in a table of fields:
                # the value is the block; the fields after it are no part of it.
                segments.append((kind, pos, line_end, label))
                kind, seg_start, label = "discussion", line_end + 1, ""
        pos = line_end + 1
    if end > seg_start:
        segments.append((kind, seg_start, end, label))
    out: list[Block] = []
    for kind, a, b, label in segments:
        if not text[a:b].strip():
            continue
        if kind == "discussion":
            # A decision told in a sentence stands out of the report around it.
            cur = a
            for pa, pb in _paragraphs(text, a, b):
                if _is_decision_paragraph(text[pa:pb]):
                    # The record before the deciding sentence ("Herr X
                    # erläutert … Der Ausschuss beschließt …") is discussion.
                    pa = _deciding_sentence(text, pa, pb)
                    if pa > cur and text[cur:pa].strip():
                        out.append(Block("discussion", cur, pa, label if cur == a else ""))
                    out.append(_with_content(text, Block("decision", pa, pb)))
                    cur = pb
            if b > cur and text[cur:b].strip():
                out.append(Block("discussion", cur, b, label if cur == a else ""))
        elif kind == "decision" and _VOTE_LABEL.match(label):
            # A vote result is its paragraph (and lines of counts after it);
            # what follows is the record going on.
            stop = _vote_block_end(text, a, b)
            out.append(Block(kind, a, _rstrip(text, a, stop), label))
            if text[stop:b].strip():
                out += _blocks(text, stop, b)
        else:
            stop = min(_speaker_stop(text, a, b), _voted_after(text, a, b) if kind == "proposal" else b)
            out.append(_with_content(text, Block(kind, a, _rstrip(text, a, stop), label)))
            if text[stop:b].strip():
                out += _blocks(text, stop, b)
    return out


_VOTE_LABEL = re.compile(r"Abstimmung|Ergebnis|Beschlussart|Beschlussergebnis", re.IGNORECASE)


def _vote_block_end(text: str, a: int, b: int) -> int:
    """End of a vote result's block: its paragraph, and any following short
    paragraphs that state nothing but a vote."""
    end = text.find("\n\n", a, b)
    end = b if end < 0 else end
    while end < b:
        nxt = text.find("\n\n", end + 2, b)
        nxt = b if nxt < 0 else nxt
        par = text[end + 2 : nxt].strip()
        if not par or len(par) > 120 or not has_vote(par) or par.endswith("."):
            break
        end = nxt
    return end


def _voted_after(text: str, a: int, b: int) -> int:
    """Where a proposal ends because the record goes on with the vote on it
    ("Nach kurzer Aussprache stimmt der Rat mit 7 Ja-Stimmen zu.")."""
    for pa, pb in _paragraphs(text, a, b)[1:]:
        par = text[pa:pb]
        if has_vote(par) and _is_decision_paragraph(par):
            return pa
    return b


def _speaker_stop(text: str, a: int, b: int) -> int:
    """A labelled block ends where a speaker's words begin ("Stadträtin X
    (GRÜNE): …"): a debate after a decision is discussion."""
    for m in agenda_mod.SPEAKER.finditer(text, a, b):
        if m.start() > a:
            return m.start()
    return b


def _rstrip(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1] in " \t\n":
        b -= 1
    return b


_SEVERAL = re.compile(r"\b(?:Beschlüsse|Entscheidungen|Beschlussfassungen)\b")


def _with_content(text: str, block: Block) -> Block:
    """Mark the Beschlusstext inside a proposal or decision: what follows
    its introducing colon, a quoted passage, or an enumeration."""
    a, b = block.start, block.end
    body = text[a:b]
    first_nl = body.find("\n")
    # The label line itself ("Beschluss:") is no introduction.
    scan_from = first_nl + 1 if first_nl >= 0 and block.label else 0
    c0 = c1 = -1
    q = _QUOTED.search(body, scan_from)
    intro = _INTRO_COLON.search(body, scan_from)
    if intro and _SEVERAL.search(body, max(0, body.rfind("\n", 0, intro.start())), intro.start()):
        return block  # "… hat folgende Beschlüsse gefasst:": a list of decisions, each its own
    if q:
        c0, c1 = q.start(), q.end()
    elif intro and intro.start() < 400:
        c0 = intro.end()
        tail = _VOTE_TAIL.search(body, c0)
        c1 = tail.start() if tail else len(body)
    elif (en := _ENUM_LINE.search(body, scan_from)) is not None and (block.label or en.start() > 0):
        # (A paragraph that opens with a numbered line is a list of
        # decisions, or an item's number over them, not one decision's text.)
        c0 = en.start()
        tail = _VOTE_TAIL.search(body, c0)
        c1 = tail.start() if tail else len(body)
    if c0 >= 0 and c1 > c0 and body[c0:c1].strip():
        while c0 < c1 and body[c0] in " \t\n":
            c0 += 1
        c1 = _rstrip(body, c0, c1)
        block.children.append(Block("content", a + c0, a + c1))
    return block


# --------------------------------------------------------------------------
# Parsing


def parse(text: str, meta: dict[str, Any] | None = None, known: agenda_mod.Agenda | None = None) -> Tree:
    """The tree of ``text``. ``meta`` may give what the caller knows of the
    document already (``type``, ``date``, ``reference``, ``body`` as the
    authority, ``title``); ``known`` the agenda analysis of the same text,
    so that its session and dates are not read twice."""
    meta = meta or {}
    items = _items(text, bare=meta.get("type") in (None, "minutes", "agenda"))
    first = items[0].start if items else len(text)
    _mark_parts(text, items)
    session = read_session(text, meta.get("type"), known)
    # The front matter: up to the first item, else up to the session's name.
    head_end = first if items and first <= HEAD_CHARS else (session.end if session else 0)
    header = Header(
        0, head_end, session,
        authority=meta.get("body"), doc_type=meta.get("type"), doc_date=meta.get("date"),
        reference=meta.get("reference"), title=meta.get("title"),
    )
    for it in items:
        head_end = _head_end(text, it)
        head = text[it.start:head_end]
        it.references = list(dict.fromkeys(
            [m.group("ref") for m in agenda_mod.PAPER.finditer(head)] + [m.group("ref") for m in _MOTION_REF.finditer(head)]
        ))
        sm = _SUBMITTER.search(head, it.head_end - it.start)
        if sm:
            who = " ".join((sm.group("who") or sm.group("who2") or sm.group("who3") or sm.group("who4")).split()).strip(" ,;")
            if _REF_ONLY.fullmatch(who):
                # "Antrag: A/0088/2025": the motion's number, not who moved it
                it.references = list(dict.fromkeys([*it.references, who]))
            else:
                it.submitter = who
        if session is not None:
            it.body, it.date = session.body, session.date
        it.body_start, it._text = head_end, text
    pre = session.end if session is not None and session.end <= first else 0
    tree = Tree(text, header, items, pre)
    tree._starts = [it.start for it in items]
    return tree


# --------------------------------------------------------------------------
# Printing


def format_tree(tree: Tree, to_original: Callable[[int, int], tuple[int, int]] | None = None) -> str:
    """The tree as indented lines with labels and spans (``to_original`` maps
    a span of the parsed text to the document's own offsets)."""
    span = to_original or (lambda a, b: (a, b))
    text = tree.text

    def show(a: int, b: int) -> str:
        s, e = span(a, b)
        return f"[{s}:{e}]"

    def snippet(a: int, b: int, n: int = 60) -> str:
        s = " ".join(text[a:b].split())
        return repr(s if len(s) <= n else s[: n - 1] + "…")

    h = tree.header
    out = [f"document {show(0, len(text))} type={h.doc_type} date={h.doc_date} reference={h.reference}"
           f" authority={h.authority}"]
    s = h.session
    if s:
        out.append(f"  session {show(s.start, s.end)} body={s.body} date={s.date} number={s.number}"
                   f" public={s.public} minutes={s.minutes} ({s.shape})"
                   + (f" begins={s.begins}" if s.begins else "") + (f" ends={s.ends}" if s.ends else "")
                   + (f" place={s.place!r}" if s.place else ""))
    else:
        out.append("  session: none found")

    def blocks(bs: list[Block], indent: str) -> None:
        for b in bs:
            label = f" {b.label!r}" if b.label else ""
            out.append(f"{indent}{b.kind}{label} {show(b.start, b.end)} {snippet(b.start, b.end)}")
            blocks(b.children, indent + "  ")

    blocks(tree.blocks, "  ")
    for it in tree.items:
        extra = ""
        if it.references:
            extra += f" refs={','.join(it.references)}"
        if it.submitter:
            extra += f" submitter={it.submitter!r}"
        if it.public is not None:
            extra += f" public={it.public}"
        out.append(f"  item {it.label} {show(it.start, it.end)} {it.title[:70]!r}{extra}")
        blocks(it.blocks, "    ")
    return "\n".join(out)


def numbered_items(text: str) -> list[agenda_mod.Item]:
    """The agenda items of minutes that number them without a label, as
    ``agenda.Item``: the same headings the tree reads."""
    out = []
    for it in _items(text, bare=True):
        number = it.label if it.label[:1].isdigit() else it.number
        out.append(agenda_mod.Item(number, it.start, it.head_end, it.end, it.title))
    return out
