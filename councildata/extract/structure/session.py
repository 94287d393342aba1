"""The session a document records or is for, read from the common shapes of
its head (beyond the ones ``agenda.session`` reads), with its number, part,
start, end and place."""

from __future__ import annotations

import re
from collections import Counter

from .. import agenda as agenda_mod
from ..common import _PLACE, BODY_NAME, BODY_SITZUNG, body_name
from ..dates import ANY_DATE, DATE_PATTERN, date_from_match
from .tree import Session


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
    rf"^[ \t]*(?P<org>{BODY_NAME}(?:[ \t]+{_PLACE})?)[ \t]*[,–|-][ \t]*(?:(?P<num>\d{{1,3}})\.[ \t]*)?{_SESSION_ADJS}"
    rf"(?:Plenar)?[Ss]itzung[ \t]+(?:Nr\.[ \t]*\S+[ \t]+)?(?:(?:vom|am)[ \t]+|[,–|-][ \t]*|(?=\d)){_WEEKDAY}"
    rf"(?P<date>{DATE_PATTERN})",
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
    # ("Protokoll der 12. Sitzung", "Sitzung Nr. 12/2026")
    r"(?:[ \t]*(?:(?:Niederschrift|Protokoll|Sitzungsprotokoll|Einladung|Tagesordnung)[ \t]+(?:der|über[ \t]+die|zur|für[ \t]+die)[ \t]+)?"
    rf"(?:\d{{1,3}}\.[ \t]*)?{_SESSION_ADJS}(?:Plenar)?[Ss]itzung(?:[ \t]+Nr\.[ \t]*[\w/.-]+)?[ \t]*\n)?[ \t]*"
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
# "Niederschrift über die 4. Stadtverordnetenversammlung am 12. Mai 2021",
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
    rf"(?:[ \t]*\([^()\n]{{1,20}}\))?(?:[ \t]+(?:vom|am)[ \t]+|[ \t]*\n[ \t]*(?:(?:vom|am)[ \t]+)?|[ \t]*[,–-]?[ \t]+)"
    rf"{_WEEKDAY}(?P<date>{DATE_PATTERN})[ \t]*$",
    re.MULTILINE,
)
# A page's or file's title: the record's kind, the body, the date: "Protokoll Ortsbeirat 03.03.2026",
# "Tagesordnung Bauausschuss 03.03.2026 - Bürgerinfo …", "Niederschrift Gemeinderat 2026-03-03.pdf".
_KIND_BODY_DATE = re.compile(
    r"^[ \t]*(?:Niederschrift|Sitzungsniederschrift|Protokoll|Sitzungsprotokoll|Ergebnisprotokoll|Beschlussprotokoll"
    r"|Tagesordnung|Einladung|Beschlussauszug|Bekanntmachung)[ \t]+(?:(?:der|des|zur|über[ \t]+die)[ \t]+)?"
    rf"(?P<org>{BODY_NAME}(?:[ \t]+{_PLACE})?)[ \t]*[,–-]?[ \t]+(?:(?:vom|am)[ \t]+)?{_WEEKDAY}(?P<date>{DATE_PATTERN})",
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
    r"[^.\n]{0,60}?\b(?:wird|werden|wurde|wurden|ist)\s+(?:\w+\s+){0,6}?"
    r"(?:genehmigt|gebilligt|festgestellt|anerkannt|bestätigt)\b"
)
_APPROVAL_BEFORE = re.compile(r"\b(?:Genehmigung|Billigung|Feststellung|Anerkennung)\b[^.\n]{0,40}$")
# The minutes of a session named in a clause of a sentence ("Er stellt fest,
# dass das Protokoll der 6. Sitzung … vom … allen vorliege"): a
# mention, not the head of the record.
_MENTIONED_IN_CLAUSE = re.compile(
    r"(?:,|\b(?:dass|daß|ob|weil|nachdem|sowie))[ \t]+(?:die|das|der|den|dem)[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:(?:Sitzungs)?(?:Niederschrift|Protokoll)[ \t]+)?$"
)


# A shape that ends its line must end it in the text, not only at the edge of the window searched.
# (a time, the place or the part may close the line: "…, 19:00 Uhr", "… um 18 Uhr im Rathaus", "…, öffentlich")
_LINE_END = re.compile(
    r"(?:[ \t]*,?[ \t]*(?:\d{1,2}[.:]\d{2}[ \t]*Uhr|um[ \t][^\n]*|im[ \t][^\n]*|(?i:nicht[ \t]?öffentlich|öffentlich)\b[^\n]{0,20}))?"
    r"[ \t]*(?:\n|\Z)"
)


def _approves_earlier(text: str, m: re.Match) -> bool:
    line_start = text.rfind("\n", 0, m.start()) + 1
    return bool(_APPROVED_AFTER.match(text, m.end()) or _APPROVAL_BEFORE.search(text, line_start, m.start())
                or _MENTIONED_IN_CLAUSE.search(text, line_start, m.start()))


# An information system's or a record's head field with the session's date:
# "Sitzung: 13.02.2025 Kreistag", "Sitzung:27.11.2012 MGR/011/2012",
# "| Sitzungstermin: | Donnerstag, 21.09.2023 |", "Datum der Sitzung: 3. März 2024"
_SESSION_FIELD = re.compile(
    r"^[ \t|]*(?:Sitzung|Sitzungstermin|Sitzungsdatum|Sitzungstag|Datum[ \t]+der[ \t]+Sitzung|Tag[ \t]+der[ \t]+Sitzung)"
    rf"[ \t]*:[ \t|]*{_WEEKDAY}(?P<date>{DATE_PATTERN})[ \t|]*(?P<rest>[^\n]*)$",
    re.MULTILINE,
)
# "Gremium: Bauausschuss", "| Gremium: | Gemeinderat |"
_BODY_FIELD = re.compile(rf"^[ \t|]*(?:Gremium|Organ)[ \t]*:[ \t|]*(?P<org>{BODY_NAME}(?:[ \t]+{_PLACE})?)", re.MULTILINE)
_BODY_RX = re.compile(BODY_NAME)
_GENERIC = frozenset({"ausschuss", "rat", "gremium", "plenum", "kommission", "beirat"})
# A person's title, no body: "Detlef Scheidt, Stadtrat", "Erster Kreisrat"
_TITLE_BEFORE = re.compile(r"(?:,|\bErste[r]?)[ \t]*$")
# (the Magistrat is the executive, no assembly)
_COUNCIL_WORD = re.compile(r"(?:(?<!Magist)rat|tag|versammlung|vertretung)\b", re.IGNORECASE)
# A member's deputy, no body: "Stellvertretung"
_NO_BODY = re.compile(r"(?i:stellvertretung|vertretung)$")


# The record's own session named in its opening: "stellt fest, dass zur heutigen Sitzung
# am 4. März 2021 form- und fristgerecht eingeladen wurde", "die heutige konstituierende Sitzung
# des Ortsrates am …"
_TODAYS_SESSION = re.compile(
    rf"\b(?:heutige[nr]?|heutigen)[ \t]+{_SESSION_ADJS}(?:Plenar)?Sitzung(?:[ \t]+(?:des|der)[ \t]+(?P<org>{BODY_NAME}))?"
    rf"[ \t]+(?:am|vom)[ \t]+{_WEEKDAY}(?P<date>{DATE_PATTERN})"
)


def _named_most(text: str) -> str | None:
    """The body a record names most (as often named, a council before a committee)."""
    counts = Counter(body_name(" ".join(b.group().split())) for b in _BODY_RX.finditer(text)
                     if not _TITLE_BEFORE.search(text, max(0, b.start() - 8), b.start()))
    # (the record names the committees its council fills)
    ranked = sorted(((c, bool(_COUNCIL_WORD.search(n)), n) for n, c in counts.items()
                     if n.casefold() not in _GENERIC and not _NO_BODY.match(n)), reverse=True)
    if ranked and (len(ranked) == 1 or ranked[0][:2] != ranked[1][:2]):
        return ranked[0][2]
    return None


def _session_field(text: str, head: str, body: str | None, doc_type: str | None) -> Session | None:
    """The session from a date field at the head; its body from the same
    line, the session read before, a "Gremium:" field, or else the body the
    record names most (a field that names no body leaves it to the page)."""
    if "itzung" not in head:
        return None
    m = _SESSION_FIELD.search(head)
    if m is None:
        today = _TODAYS_SESSION.search(head) if "heutige" in head else None
        if today is None:
            return None
        dm = ANY_DATE.search(today.group("date"))
        name = today.group("org") or body or _named_most(text)
        if dm is None or name is None or date_from_match(dm) is None:
            return None
        return Session(body_name(" ".join(name.split())), date_from_match(dm), today.start(), today.end(),
                       minutes=doc_type == "minutes", shape="today's session")
    dm = ANY_DATE.search(m.group("date"))
    date = date_from_match(dm) if dm else None
    if date is None:
        return None
    own = _BODY_RX.match(m.group("rest").strip(" |"))
    name = own.group() if own else body
    if name is None and (bf := _BODY_FIELD.search(head)) is not None:
        name = bf.group("org")
    if name is None:
        name = _named_most(text)
    if name is None:
        return None
    return Session(body_name(" ".join(name.split())), date, m.start("date"), m.end("date"),
                   minutes=doc_type == "minutes", shape="session field")


def read_session(text: str, doc_type: str | None = None, known: agenda_mod.Agenda | None = None) -> Session | None:
    """The session a document records or is for, from the common shapes
    (``known``: the agenda analysis of the same text, when already made)."""
    text = agenda_mod.head_view(text)  # a head set in capitals, a file's name, read as any other
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
                          ("…sitzung date", _SESSION_LINE), ("kind body date", _KIND_BODY_DATE)):
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
    if found is None or found.date is None:
        field = _session_field(text, head, found.body if found is not None else None, doc_type)
        if field is not None:
            found = field
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
