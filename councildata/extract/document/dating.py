"""A document's date: the meeting's for minutes and agendas, else the date it was received or written,
else the meeting it is for (its Beratungsfolge)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..common import BODY
from ..dates import ANY_DATE, DATE_PATTERN, NUMERIC_DATE, date_from_match, parse_english_date
from .head import AUTHORITY
from .head import _heading_lines

if TYPE_CHECKING:
    pass

# Dates
_RECEIVED = re.compile(
    rf"\b(?:Eingang|Eingangsdatum|Posteingang|eingegangen(?:\s+am)?|Datum des Eingangs)\s*:?\s*(?P<date>{DATE_PATTERN})",
    re.IGNORECASE,
)

# The heading of minutes names the session and its date: "Über die 41. Sitzung
# des Hauptausschusses am 14.09.2022", "über die 4. Stadtverordnetenversammlung
# am 12. Mai 2021", "über die Sitzung des … ⏎vom 03.03.2020" (before the
# line that dates the writing of the minutes: "Seestadt 02.04.2021"); a report
# "Aus der Gemeinderatssitzung vom 6. November 2014" under the article's own date.
_MINUTES_OF_SESSION = re.compile(
    r"^[ \t]*(?:[A-ZÄÖÜ][\wäöüß-]*[ \t]+)?(?:-?[ \t]*(?:nicht)?öffentlicher[ \t]+Teil[ \t]*-[ \t]*)?(?:[Üü]ber[ \t]+die|[Aa]us[ \t]+der)[ \t]+"
    r"(?:\d{1,3}\.[ \t]*)?(?:[\wäöüß-]+[ \t]+){0,2}?[\wäöüß-]*(?:[Ss]itzung|[Vv]ersammlung)\b"
    r"[^\n]{0,160}?(?:\n[ \t]*){0,3}?[^\n]{0,40}?\b(?:am|vom)[ \t]+(?:\w+,?[ \t]+)?(?:(?:den|dem)[ \t]+)?"
    rf"(?P<date>{DATE_PATTERN})",
    re.MULTILINE,
)

# (a table's cell may open the line: "| Sitzungstermin: | Donnerstag, 02.11.2023 |")
_TERMIN_FIELD = re.compile(
    r"^(?:\|[ \t]*)?(?:Termin|Sitzungstermin|Sitzungsdatum|Sitzung am|Datum der Sitzung)\s*:", re.MULTILINE | re.IGNORECASE
)

# A label naming the session a page is shown for: "Sitzung:", "Daten angezeigt
# aus Sitzung: 9. Sitzung des Gemeinderates (Plenum), 14.06.2021".
_SESSION_FIELD = re.compile(r"Sitzung[ \t]*:")

_SESSION_FIELD_LINE = re.compile(r"(?:[A-ZÄÖÜa-zäöüß][a-zäöüß]*[ \t]+){0,3}$")

_DATE_FIELD = re.compile(
    # (never "Stand:", the state of the content, nor "Druckdatum:", the day it was printed)
    rf"(?:^|(?<=[ \t]))(?:Datum|Sitzungsdatum|Erstellt[ \t]+am|Erstellungsdatum|Vorlagedatum|Ausgabedatum)"
    rf"\s*:\s*(?:\w+,?\s+)?(?P<date>{DATE_PATTERN})"
    # a form's "Datum 10.01.2024" without its colon, at a line start
    rf"|^(?:Datum|Sitzungsdatum)[ \t]+(?:\w+,?[ \t]+)?(?P<date2>{DATE_PATTERN})", re.MULTILINE | re.IGNORECASE
)
# A form's label alone on its line, the value on the next ("Datum" / "12.05.2015"): where no
# labelled date of the paper itself ("Erstellt am: …") says otherwise.
_DATE_FIELD_BELOW = re.compile(
    rf"^(?:Datum|Vorlagedatum)[ \t]*:?[ \t]*\n[ \t]*(?P<date>{DATE_PATTERN})[ \t]*$", re.MULTILINE | re.IGNORECASE
)

# "Karlsruhe, 4. Oktober 2013", "Dr. Nora Wegner, 27.7.2022", "Cloppenburg, den 08.09.2022"
_LETTER_DATE = re.compile(
    rf"^[A-ZÄÖÜ][\wäöüß.\- ]{{1,60}},[ \t]*(?:den[ \t]+|am[ \t]+)?(?P<date>{DATE_PATTERN})[ \t]*$", re.MULTILINE
)

# A line that says when the page was printed or stored, not what it records: a browser's
# print header (a date with the time of day, a web address) or a print field.
_PRINT_LINE = re.compile(
    rf"^[ \t]*{NUMERIC_DATE.pattern}[ \t]*,?[ \t]+\d{{1,2}}:\d{{2}}\b|https?://|www\.|(?i:gedruckt|Druckdatum|Ausdruck|Stand)\b",
    re.MULTILINE,
)

# A line that names a session, and one that approves an earlier session's minutes.
_SESSION_WORD = re.compile(r"[Ss]itzung|Tagung")
_APPROVAL_WORD = re.compile(r"Genehmigung|Billigung|genehmigt|gebilligt")

# The minutes of an earlier session, named to approve them: "Mit der Niederschrift über die Sitzung vom …".
_EARLIER_RECORD = re.compile(r"\b(?:[Mm]it|[Dd]ie|[Dd]er|[Dd]as)[ \t]+(?:Niederschrift|Protokoll|Sitzungsniederschrift)\b[^\n]{0,100}?\bvom[ \t]+\d")

# A heading line is short; a longer one is a paragraph.
_HEADING_LINE_CHARS = 150

# A line of running text: it has a finite verb.
_PROSE_LINE = re.compile(
    r"\b(?:wird|werden|wurde|wurden|ist|sind|war|waren|hat|haben|hatte|hatten|informiert|berichtet|erläutert"
    r"|stellt|genehmigt|beschlossen)\b"
)

# A line that is only a date.
_DATE_LINE = re.compile(rf"^[ \t]*(?:\w+,[ \t]*)?(?P<date>{DATE_PATTERN})[ \t]*$", re.MULTILINE)

# The Beratungsfolge / Gremien table and its rows ("Gemeinderat 24.06.2025 18 Ö Kenntnisnahme")
_TABLE_HEAD = re.compile(r"^(?:Beratungsfolge|Beratungsreihenfolge|Gremi(?:um|en)[ \t]+(?:Termin|Sitzung)|Gremi(?:um|en)[ \t]*$)", re.MULTILINE)

_TABLE_ROW = re.compile(
    rf"^(?P<body>[A-ZÄÖÜ][^\d\n:]{{1,80}}?)[ \t]+(?:am[ \t]+)?(?P<date>{NUMERIC_DATE.pattern})(?P<rest>[^\n]*)",
    re.MULTILINE,
)

# "09.07.2026 Sitzung des Hauptausschusses" under the body's line
_DATE_LEAD = re.compile(rf"^(?P<date>{NUMERIC_DATE.pattern})(?:[ \t]+\D[^\n]*)?$")

# (with or without "zur": "Jugendhilfeausschuss zur Kenntnisnahme", "Rat zur Entscheidung")
_ROLES = (
    r"(?:(?:zur|zum)[ \t]+)?(?:Kenntnisnahme|Kenntnis|Entscheidung|Vorberatung|Beratung|Beschlussfassung|Anhörung"
    r"|Behandlung|Empfehlung|Information)"
)

_BODY_LINE = re.compile(
    # ("Planungs- und Umweltausschuss": words joined by "und" name one body)
    rf"^(?P<body>(?:[A-ZÄÖÜ][\wäöüß-]*[ \t]+(?:und[ \t]+)?){{0,4}}{BODY}(?:[ \t]+(?!{_ROLES}\b)[A-ZÄÖÜ][\wäöüß/-]+)?)"
    rf"(?:[ \t]+{_ROLES})?[ \t]*$"
)

_DECIDES = re.compile(r"\b(?:Entscheidung|Beschlussfassung|beschließend|abschließend)\b", re.IGNORECASE)

_SECTION_END = re.compile(
    r"^(?:Kurzfassung|Beschlussantrag|Beschlussvorschlag|Sachverhalt|Begründung|Antrag|Der |Die |Das |Petitum|"
    r"Finanzielle|Anlage|Zusammenfassung|Ergänzende)",
)


def _first_date(rx: re.Pattern, s: str) -> str | None:
    m = rx.search(s)
    if not m:
        return None
    dm = ANY_DATE.search(m.group("date") or m.groupdict().get("date2") or "")
    return date_from_match(dm) if dm else None


def _date_after(s: str, pos: int, window: int = 160) -> str | None:
    """The first date within ``window`` characters after ``pos``."""
    m = ANY_DATE.search(s, pos, min(len(s), pos + window))
    return date_from_match(m) if m else None

# The session a paper is for: "Antrag zur Sitzung des Rates am 21.03.2024",
# "Mitteilung … zur Sitzung des Sozialausschusses am 12.09.2022".
_FOR_SESSION = re.compile(
    rf"\b(?:zur|für[ \t]+die|in[ \t]+der)[ \t]+(?:\d{{1,3}}\.[ \t]*)?(?:(?:öffentlichen|nicht[ \t]?öffentlichen)[ \t]+)?"
    rf"(?:Sitzung|[A-ZÄÖÜ][a-zäöüß]+sitzung)[ \t]+(?:des|der)[ \t]+[^\n]{{2,80}}?(?:\n[^\n]{{0,80}}?)?[ \t]+(?:am|vom)[ \t]+"
    rf"(?:\w+,?[ \t]+)?(?:den[ \t]+)?(?P<date>{DATE_PATTERN})"
)
# "Kleine Anfrage / der Abgeordneten Müller (FDP) vom 12.04.2023": the date at the end of the line under the heading.
_NEXT_LINE_END_DATE = re.compile(rf"[^\n]*\n[^\n]{{0,100}}?[ \t]vom[ \t]+(?P<date>{DATE_PATTERN})[ \t]*$", re.MULTILINE)

_NEXT_LINE_DATE = re.compile(rf"[^\n]*\n(?:[^\n]{{0,80}}\n)?[ \t]*(?:vom|am|den)[ \t]+(?:\w+,?[ \t]+)?(?:den[ \t]+)?(?P<date>{DATE_PATTERN})")


# A numbered line of an agenda: "2. Genehmigung der Niederschrift …", "TOP 3 Bekanntgabe …", "Ö 4".
# (a date's day is no item number: "30. September 2025, 15:30 Uhr")
_AGENDA_ITEM_LINE = re.compile(r"[ \t]*(?P<n>(?:TOP|Top|Ö|NÖ|Punkt)[ \t]*\d{1,3}|\d{1,3}(?:\.\d{1,2})*[.)])[ \t]+[A-ZÄÖÜa-zäöüß]")

# A date with the hour a session began: "Dienstag, 12.03.2024, 18:00 Uhr", "am Di, 12.03.2024 um 18 Uhr",
# "Donnerstag, den 4. Juli 2024, 19.30 Uhr" (a weekday before it, or "Uhr" after it).
_WEEKDAY = (r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag"
            r"|Mo|Di|Mi|Do|Fr|Sa|So)\.?")
_TIMED_DATE = re.compile(
    rf"(?:\b{_WEEKDAY},?[ \t]+(?:(?:den|dem)[ \t]+)?(?P<date>{DATE_PATTERN})"
    rf"|(?P<date2>{DATE_PATTERN}),?[ \t]+(?:um[ \t]+|ab[ \t]+|von[ \t]+)?\d{{1,2}}(?:[.:]\d{{2}})?[ \t]*Uhr\b)"
)

# The line that opens a session's page with its day and hour, under the session's name
# ("Bauausschusssitzung / Montag, 7. Oktober 2019, 17:30 Uhr", "Sitzung des Bauausschusses /
# am Mittwoch, den 3. April 2024 um 18.30 Uhr").
SESSION_SLOT_LINE = re.compile(
    rf"^[ \t]*(?:am[ \t]+)?{_WEEKDAY},?[ \t]+(?:(?:den|dem)[ \t]+)?(?P<date>{DATE_PATTERN})"
    r"(?:,?[ \t]+(?:um[ \t]+|ab[ \t]+)?\d{1,2}(?:[.:]\d{2})?[ \t]*Uhr)?[^\n]{0,40}$",
    re.MULTILINE,
)

# A press release's dateline opening its first paragraph: "Talheim, 6. Juni 2021. Wie geht es …",
# "Bad Musterstadt, 12.03.2024 – Die Stadt …".
_DATELINE = re.compile(
    rf"^[A-ZÄÖÜ][\wäöüß.-]+(?:[ \t]+(?:an[ \t]+der[ \t]+|am[ \t]+)?[A-ZÄÖÜ][\wäöüß.-]+)?,[ \t]+(?:den[ \t]+)?"
    rf"(?P<date>{DATE_PATTERN})(?:\.|[ \t]+[–—-])[ \t]+[A-ZÄÖÜ]",
    re.MULTILINE,
)


def _document_date(
    text: str, head: str, dtype: str | None, label_end: int, received: str | None,
    meetings: list[tuple[str, str, str]], record_start: int | None = None,
) -> str | None:
    lines = _heading_lines(head)
    heading_date = None
    if label_end:
        # A date on the heading line itself: "Mitteilung zum Sozialausschuss am 08.09.2022"
        line_start = head.rfind("\n", 0, label_end) + 1
        heading_date = _date_after(head[:label_end], line_start, label_end - line_start)
        # ... or on the line under it: "Informationsvorlage / vom 15.01.2024"
        nxt = _NEXT_LINE_DATE.match(head, label_end)
        if heading_date is None and nxt:
            heading_date = _first_date(_NEXT_LINE_DATE, nxt.group())
        end_date = _NEXT_LINE_END_DATE.match(head, label_end)
        if heading_date is None and end_date and not _FOR_SESSION.search(end_date.group()):
            heading_date = _first_date(_NEXT_LINE_END_DATE, end_date.group())
        for_session = _FOR_SESSION.search(head, line_start, head.find("\n", label_end) if end_date or nxt else label_end)
        if for_session and heading_date == _first_date(_FOR_SESSION, for_session.group()):
            # the date of the session the paper is for, not the paper's own
            heading_date = None
    if heading_date and dtype in ("minutes", "agenda") and label_end:
        line_start = head.rfind("\n", 0, label_end) + 1
        paper = _PAPER_DATED.search(head, line_start, head.find("\n", label_end) if "\n" in head[label_end:] else len(head))
        if paper and date_from_match(ANY_DATE.search(paper.group("date"))) == heading_date:
            # "Auszug – Radweg / Antrag der SPD-Fraktion vom 25.09.2013": the motion's date, not the session's
            heading_date = None
    termin = None
    tm = _TERMIN_FIELD.search(head) or _session_field(head)
    if tm:
        termin = _date_after(head, tm.end())
    if termin is None and dtype not in ("minutes", "agenda"):
        # "zur Sitzung des Rates am …" anywhere in the head; "in der Sitzung … am …"
        # only in the heading lines — in running text it cites an earlier session.
        for fm in _FOR_SESSION.finditer(head, 0, 600):
            if not fm.group().startswith("in") or any(
                    a <= fm.start() < b and b - a <= _HEADING_LINE_CHARS for a, b in lines[:3]):
                termin = _first_date(_FOR_SESSION, fm.group())
                break
    if dtype == "minutes" and (notice := decisions_session_date(head)):
        return notice
    if dtype in ("minutes", "agenda"):
        # The meeting's date: the heading, a Termin field, the first lines.
        early = None
        timed = None
        for start, end in lines[:8]:
            if record_start is not None and start >= record_start:
                break  # a page opening with a decision: later dates are its content
            if (im := _AGENDA_ITEM_LINE.match(head, start, end)) and not ANY_DATE.match(head, im.start("n")):
                continue  # an item cites another session: "3. Protokoll der Sitzung vom 05.05.2022"
            if timed is None and (tm2 := _TIMED_DATE.search(head, start, end)):
                # "Dienstag, 12. März 2024, 18:00 Uhr", "… zur Sitzung am 02.10.2023, 18 Uhr, geladen":
                # the day and hour the session began
                timed = _first_date(_TIMED_DATE, tm2.group())
            m = ANY_DATE.search(head, start, end)
            if m and _PROSE_LINE.search(head, start, end):
                continue  # a date a sentence tells of ("… über die am 19.08.2012 angelegte Aktion")
            if m and (pd := _PAPER_DATED.search(head, start, end)) and pd.start("date") <= m.start():
                continue  # a paper's own date on the line: "Antrag der SPD-Fraktion vom 25.09.2013"
            if m and _EARLIER_RECORD.search(head, start, end):
                continue  # "Die Niederschrift über die Sitzung vom 04.05.2021 wird genehmigt": an earlier session's
            if m and _PRINT_LINE.search(head, start, end):
                continue  # when the page was printed: "20.03.21, 10:14 Ratsinformation", "Druckdatum: …"
            if m and early is None and _LETTER_DATE.match(head, start, end):
                # "Neudorf, 25.11.2026" over "zur Sitzung … am 03.12.2026": the day the paper
                # was issued; the session's line below, if any, dates it.
                early = date_from_match(m)
                continue
            if m and early is not None and not (_SESSION_WORD.search(head, start, end)
                                                and not _APPROVAL_WORD.search(head, start, end)):
                continue
            if m:
                early = date_from_match(m)
                break
        return (termin or _first_date(_DATE_FIELD, head) or _first_date(_MINUTES_OF_SESSION, head) or heading_date
                or timed or early or _opening_session_date(head) or _signoff_date(text)
                or _table_date(meetings) or parse_english_date(head[:800]))
    if dtype == "answer":
        # An answer quotes the question it answers: its own date is its date
        # field, else the last dated line.
        own = _first_date(_DATE_FIELD, head)
        if own:
            return own
        dated = _dated_lines(text)
        if dated:
            return dated[-1]
    if dtype in (None, "information", "other") and (notice := decisions_session_date(head)):
        # a publication of a session's decisions is dated by the session, not by the day it was put out
        return notice
    letter = (_first_date(_LETTER_DATE, head) or _first_date(_DATE_FIELD, head) or _first_date(_DATELINE, head)
              or _first_date(_LETTERHEAD_DATE, head) or _date_line_under_title(head, lines)
              or _first_date(_DATE_FIELD_BELOW, head))
    return (
        received or heading_date or letter or _signoff_date(text) or termin or _table_date(meetings)
        or _first_date(_PUBLISHED, text) or _running_date(text) or _opening_session_date(head)
    )


# A letterhead's contact block with the paper's date at the end of a line, where a column of the form
# was flattened into it: "Telefon: 0511 123-45 17.06.2025", "Az.: 61.2/14   12.03.2024".
_LETTERHEAD_DATE = re.compile(
    r"^[ \t]*(?:Telefon|Tel\.|Fax|Durchwahl|Aktenzeichen|Az\.|Auskunft[ \t]+erteilt|Sachbearbeit\w*|Bearbeiter\w*"
    r"|Zimmer|E-Mail|Ansprechpartner\w*)(?![\wäöüß])[^\n]*?[ \t]"
    rf"(?P<date>{NUMERIC_DATE.pattern})[ \t]*$",
    re.MULTILINE,
)

# How many of the first lines may stand above a paper's own date line (title, subtitle, authority).
_TITLE_LINES = 4


def _date_line_under_title(head: str, lines: list[tuple[int, int]]) -> str | None:
    """A line that is only a date among the first lines, as a web page or a release prints its day
    under the title ("Neue Buslinie ab Juni / 03.04.2021", "Freitag, 3. Mai 2024")."""
    for start, end in lines[:_TITLE_LINES]:
        m = _DATE_LINE.match(head, start, end)
        if m and m.end() == end:
            return date_from_match(ANY_DATE.search(m.group("date")))
    return None


def _running_date(text: str) -> str | None:
    """The date of a running header or footer: a line that is only a date, repeated on the pages
    of a slide set or a printout (the same day under every slide), and no other such line."""
    seen: dict[str, int] = {}
    for m in _DATE_LINE.finditer(text):
        iso = date_from_match(ANY_DATE.search(m.group("date")))
        if iso:
            seen[iso] = seen.get(iso, 0) + 1
    repeated = [iso for iso, n in seen.items() if n >= 2]
    return repeated[0] if len(repeated) == 1 else None


# A text opening with what a session did: "Der Kreistag hat in seiner Sitzung am 04.11.2021
# beschlossen:", "In der öffentlichen Sitzung des Kreistages vom 3. Mai 2024 wurde
# beschlossen", "Aus der Sitzung des Ortschaftsrates am …".
_OPENING_SESSION = re.compile(
    rf"\A\s*(?:(?:Der|Die|Das)[ \t]+(?:[A-ZÄÖÜ][\wäöüß-]*[ \t]+)?{BODY}[ \t]+(?:hat|hatte)[ \t]+in[ \t]+(?:seiner|ihrer)"
    rf"|In[ \t]+der|Aus[ \t]+der)[ \t]+(?:letzten[ \t]+)?(?:(?:öffentlichen|nicht[ \t-]?öffentlichen)[ \t]+)?"
    rf"(?:\d{{1,3}}\.[ \t]+)?(?:Sitzung|[A-ZÄÖÜ][\wäöüß-]*sitzung)\b[^\n.]{{0,80}}?[ \t](?:am|vom)[ \t]+"
    rf"(?:\w+,?[ \t]+)?(?:(?:den|dem)[ \t]+)?(?P<date>{DATE_PATTERN})"
)


# A paper named with its own date on a record's heading line: "Antrag der Fraktion X vom 25.09.2013".
_PAPER_DATED = re.compile(
    rf"\b(?:Antrag|Anträge|Anfrage|Schreiben|Stellungnahme|Eingabe|Petition)\b[^\n]{{0,140}}?\bvom[ \t]+(?P<date>{DATE_PATTERN})"
)

# A gazette's issue line: "Amtsblatt … / 7. Jahrgang / Nr. 14 vom 05.09.2021", "Ausgabe 12/2020 vom
# 3. Mai 2020", "5. Jahrgang Musterstadt, 02.06.2019 Nr. 11": a whole issue is dated by it.
_GAZETTE = re.compile(r"\b(?:Amtsblatt|Amtsanzeiger|Mitteilungsblatt|Gemeindeblatt|Amtliche[ \t]+Bekanntmachungen)\b")
_ISSUE_DATE = re.compile(
    rf"\b(?:Nr\.|Nummer|Ausgabe)[ \t]*\d{{1,3}}(?:[ \t]*/[ \t]*(?:19|20)?\d{{2}})?[ \t]+vom[ \t]+(?P<date>{DATE_PATTERN})"
    rf"|\bJahrgang\b[^\n]{{0,60}}?,[ \t]*(?P<date2>{DATE_PATTERN})[ \t]+(?:Nr\.|Nummer|Ausgabe)[ \t]*\d"
)


def _issue_date(head: str) -> str | None:
    """The date of a gazette issue that names itself with its date in its head."""
    if not _GAZETTE.search(head, 0, 800):
        return None
    m = _ISSUE_DATE.search(head)
    return date_from_match(ANY_DATE.search(m.group("date") or m.group("date2"))) if m else None


# A notice of a session's decisions names the session it reports: "Beschlüsse des Gemeinderates vom
# 11.10.2016", "In öffentlicher Sitzung des Gemeinderates am 11.10.2016 wurden folgende Beschlüsse
# gefasst", "Die nachstehenden Beschlüsse wurden im öffentlichen Teil der 15. Sitzung des Gemeinderates,
# die am 27.03.2023 stattfand, gefasst", "Der Stadtrat hat in seiner Sitzung vom 4. Mai 2022 folgende
# Beschlüsse gefasst".
_WHEN = rf"(?<![\wäöüß])(?:am|vom)[ \t]+(?:[A-ZÄÖÜ][a-zäöüß]+,?[ \t]+)?(?:(?:den|dem)[ \t]+)?(?P<date>{DATE_PATTERN})"
_DECISIONS_OF_SESSION = [re.compile(p, re.MULTILINE) for p in (
    rf"^[ \t]*(?:Bekanntmachung[ \t]+der[ \t]+)?Beschlüsse[ \t]+(?:des|der|aus[ \t]+der)[ \t]+[^\n]{{0,100}}?{_WHEN}",
    # "Aus den Beschlüssen der 9. Ratssitzung vom …", "Bekanntmachung von Beschlüssen aus dem
    # Kreistag vom …", "Beschlüsse Gemeinderat vom …": a publication of a session's decisions (a number or
    # a bar may lead the line)
    rf"^[^\n]{{0,16}}?(?:(?:Öffentliche[ \t]+)?Bekanntmachung[ \t]+(?:der|von)[ \t]+|Aus[ \t]+den[ \t]+)?"
    rf"Beschlüssen?[ \t]+(?:(?:des|der|aus[ \t]+(?:der|dem|den))[ \t]+)?[^\n]{{0,100}}?{_WHEN}[ \t]*$",
    rf"[Ss]itzung\b[^\n]{{0,160}}?{_WHEN}[^\n]{{0,160}}?\b(?:(?:folgende|nachstehende)[ \t]+)?Beschlüsse[ \t]+gefasst",
    rf"\bBeschlüsse[ \t]+(?:wurden|werden)[ \t]+(?:in|im)[ \t]+[^\n]{{0,140}}?[Ss]itzung\b[^\n]{{0,140}}?{_WHEN}"
    rf"[^\n]{{0,80}}?\bgefasst\b",
)]


def decisions_session_date(head: str) -> str | None:
    """The session a notice of decisions (or a whole gazette issue) is dated by."""
    issue = _issue_date(head)
    if issue:
        return issue
    for rx in _DECISIONS_OF_SESSION:
        m = rx.search(head)
        if m:
            return date_from_match(ANY_DATE.search(m.group("date")))
    return None


# A record's opening that tells the session: "Unter dem Vorsitz von … findet am 16.05.2023 … eine Sitzung
# des Verbandsgemeinderates statt", "… stellt fest, dass zur heutigen Sitzung am 4. März 2021
# ordnungsgemäß eingeladen wurde", "Die Sitzung des Ortsbeirats fand am 2. Mai 2024 im Bürgerhaus statt".
_SESSION_HELD = [re.compile(p) for p in (
    rf"{_WHEN}[^\n.]{{0,120}}?(?:[Ss]itzung|sitzung)\b[^\n.]{{0,80}}?\bstatt\b",
    rf"(?:[Ss]itzung|sitzung)\b[^\n.]{{0,120}}?(?:fand|findet)[ \t]+{_WHEN}[^\n]{{0,120}}?\bstatt\b",
    rf"\b(?:heutigen|heutige)[ \t]+(?:[\wäöüß-]*[Ss]itzung)[^\n.]{{0,60}}?{_WHEN}",
)]


def session_held_date(head: str) -> str | None:
    """The date the opening lines of a record give the session held."""
    found = [m for rx in _SESSION_HELD if (m := rx.search(head, 0, 800))]
    first = min(found, key=lambda m: m.start(), default=None)
    return date_from_match(ANY_DATE.search(first.group("date"))) if first else None


def _opening_session_date(head: str) -> str | None:
    """The session a notice of decisions opens with."""
    return _first_date(_OPENING_SESSION, head)


# A published article's own date: its source line ("© Tageblatt vom 04.01.2027", "Quelle: Kreiszeitung,
# 4. Januar 2027") or a field at a line start ("Erschienen am 04.01.2027", "Veröffentlicht: 04.01.2027").
_PUBLISHED = re.compile(
    rf"(?:(?:©|Quelle[ \t]*:)[ \t]*[A-ZÄÖÜ][^\n,]{{0,40}}?(?:[ \t]+vom|,)[ \t]+"
    rf"|^[ \t]*(?:Erschienen|Veröffentlicht|Publiziert|Artikel)(?:[ \t]+(?:am|vom))?[ \t]*:?[ \t]*)"
    rf"(?:\w+,?[ \t]+)?(?P<date>{DATE_PATTERN})",
    re.MULTILINE,
)


def _session_field(head: str) -> re.Match | None:
    for m in _SESSION_FIELD.finditer(head):
        if _SESSION_FIELD_LINE.fullmatch(head, head.rfind("\n", 0, m.start()) + 1, m.start()):
            return m
    return None


def _dated_lines(text: str) -> list[str]:
    """Dates a paper is signed with: "Hamburg, am 25.06.2026", or a line that is
    only a date under the authority's name ("Bezirksamt Harburg / 6. Juli 2026")."""
    found: list[tuple[int, str]] = []
    for m in _LETTER_DATE.finditer(text):
        iso = date_from_match(ANY_DATE.search(m.group("date")))
        if iso:
            found.append((m.start(), iso))
    for m in _DATE_LINE.finditer(text):
        before = text[max(0, m.start() - 120):m.start()].strip().split("\n")
        if before and AUTHORITY.fullmatch(before[-1].strip()):
            iso = date_from_match(ANY_DATE.search(m.group("date")))
            if iso:
                found.append((m.start(), iso))
    return [iso for _, iso in sorted(found)]


def _signoff_date(text: str) -> str | None:
    """A line that is only a date at the very end: the sign-off or print date."""
    tail_start = max(0, len(text) - 300)
    found = list(_DATE_LINE.finditer(text, tail_start))
    if not found:
        return None
    m = found[-1]
    # Nothing but short lines after it.
    rest = text[m.end():]
    if any(len(line.strip()) > 40 for line in rest.splitlines()):
        return None
    dm = ANY_DATE.search(m.group("date"))
    return date_from_match(dm) if dm else None


def _meeting_table(head: str) -> list[tuple[str, str, str]]:
    """(body, date, rest of the row) of the Beratungsfolge / Gremien table."""
    h = _TABLE_HEAD.search(head)
    if not h:
        return []
    rows: list[tuple[str, str, str]] = []
    pos = head.find("\n", h.start())
    if pos < 0:
        return []
    pending_body: str | None = None
    n_lines = 0
    for line in head[pos + 1 :].split("\n"):
        n_lines += 1
        if n_lines > 24:
            break
        s = line.strip()
        if not s:
            continue
        m = _TABLE_ROW.match(s)
        if m:
            dm = NUMERIC_DATE.search(m.group("date"))
            iso = date_from_match(dm) if dm else None
            if iso:
                rows.append((" ".join(m.group("body").split()), iso, m.group("rest")))
                pending_body = None
                continue
        dm = _DATE_LINE.match(s) or _DATE_LEAD.match(s)
        if dm and pending_body:
            iso = date_from_match(ANY_DATE.search(dm.group("date")))
            if iso:
                rows.append((pending_body, iso, ""))
                pending_body = None
                continue
        bm = _BODY_LINE.match(s)
        if bm and len(s) < 70:
            pending_body = bm.group("body")
            continue
        if rows and (len(s) > 70 or _SECTION_END.match(s)):
            break
        if not rows and len(s) > 70:
            break
    return rows


def _table_date(meetings: list[tuple[str, str, str]]) -> str | None:
    """The meeting a paper is for: the only one, else the deciding one, else the last."""
    if not meetings:
        return None
    if len(meetings) == 1:
        return meetings[0][1]
    for _body, date, rest in meetings:
        if _DECIDES.search(rest):
            return date
    return meetings[-1][1]
