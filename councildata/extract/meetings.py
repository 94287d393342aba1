"""Meetings: a body and a date. One row per (body, date) per document.

The ways council documents name a meeting, one rule each:

- ``meeting.session``: the session a record is of, from its header
  ("Niederschrift 14. Plenarsitzung des Gemeinderates / 30. September 2025",
  "Sitzung der Bezirksversammlung / Termin: Donnerstag, 11.12.2025",
  "Gremium: Ortschaftsrat Durlach … Termin: 07.10.09"; see ``agenda``);
- ``meeting.consultation``: a row of a Beratungsfolge or Gremien table
  ("Gemeinderat 30.06.2020 14.3 x", "Haupt- und Finanzausschuss 15.07.2025
  11 Ö Behandlung"); ``meeting.date_sitzung``: "09.07.2026 Sitzung des
  Hauptausschusses" (a Beratungsfolge with the date first);
- ``meeting.sitzung_des``: "in der Sitzung des Sozialausschusses am
  23.09.2021", "Sitzung des Planungsausschusses vom 12. März 2020",
  "Der Ortschaftsrat Durlach hat sich in seiner Sitzung am 17.06.2009 …",
  "dem Gemeinderat in seiner öffentlichen Sitzung am 17.10.23", "Sitzung des
  Schulausschusses der Stadt Talheim am 01.03.2021";
- ``meeting.compound``: "verwiesen aus der Gemeinderatssitzung am 25. April 2023";
- ``meeting.am_in_sitzung``: "am 22.06.2022 u. a. in der ersten Sitzung des
  Netzwerkes häusliche Gewalt";
- ``meeting.body_am``: "Mitteilung zum Sozialausschuss am 08.09.2022", "im
  Bauausschuss am 15. Juni 2023", "Die zweite Vorstellung im
  Gestaltungsbeirat fand am 04.07.2025 statt";
  Dates may be written "am Donnerstag, den 20. August 2009", a session's
  number may stand before its date ("Gemeinderatssitzung Nr. 8/2022 vom
  13.10.2022"), a Beratungsfolge row may read "16. Sitzung des Stadtrates
  (Plenum) 23.11.2020" or put the date above "Nichtöffentliche Sitzung des
  Kreisausschusses", and an abbreviation may name the body ("der GV Sitzung
  vom 07.05.2009").
- ``meeting.body_did``: "Der Jugendhilfeausschuss hat die Vorlage am 03.03.2021
  vorberaten" (the body's deliberation on a day: "am", never a paper's "vom");
- ``meeting.session_first``: "In seiner Sitzung am 03.03.2021 hat der Kreistag …";
- ``meeting.date_row``: a table row that opens with the date ("03.03.2021
  Kreisausschuss Vorberatung", "Ö 03.03.2021 Hauptausschuss", "03.03.2021 -
  Bauausschuss - ungeändert beschlossen"); ``meeting.sitzung_date_body``:
  "Sitzung vom 03.03.2021, Ortschaftsrat Süd";
- ``meeting.session_ref``: "Vertagt aus der Sitzung vom 17.02.2025" on the
  page of a committee's meeting: a meeting of the same body.
- sessions told in prose, held or to come: "Die letzte Kreistagssitzung fand am … statt"
  (``meeting.compound``), "Am 14.11.2026 fand die Sitzung des Bauausschusses statt", "Am
  Montag, … tagte der Ortschaftsrat" (``meeting.day_first``), "Der Hauptausschuss befasste
  sich am … mit" (``meeting.body_did``);
- ``meeting.cells``: a Beratungsfolge laid out one cell per line (the body's line, the date's);
- ``meeting.yearless``: a coming session named with day and month only ("Sitzung des
  Gemeinderates am Montag, 2. März, 19 Uhr"), in the document's year (or, by its weekday,
  the next or last);
- ``meeting.list_session``: the session above a list of decisions ("In der Sitzung
  der Verbandsversammlung am … wurden folgende Beschlüsse gefasst:", see
  ``structure.lists``) where no other rule found one that day;
- ``meeting.allris_title``: an item page's title line "DATE - 6.3 Title" with the one body
  the page names.

A heading set in capitals ("NIEDERSCHRIFT ÜBER DIE 12. SITZUNG DES STADTRATES AM …") is
read in mixed case, a file's name as words (``agenda.head_view``, same offsets).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from . import agenda as agenda_mod
from . import orgs
from .common import _PLACE, BODY_NAME, BODY_NAME_RE, BODY_SITZUNG, GENERIC_BODIES, base_form, body_name
from .dates import _WEEKDAYS, ANY_DATE, DATE_PATTERN, DAY_MONTH, NUMERIC_DATE, date_from_match, parse_date, yearless_date
from .text import Taken, one_line

if TYPE_CHECKING:
    from . import Context

_DATE = DATE_PATTERN
# "Do., ", "Donnerstag, den "
_WEEKDAY = (
    r"(?:(?:Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\.?,?\s+(?:de[nm]\s+)?)?"
)
# A session's number between its name and its date: "Sitzung Nr. 8/2022 vom …"
_NUMBER = r"(?:Nr\.\s*[\w/.-]+\s+)?"
# A named organisation that is not a council body: a capitalised head noun,
# optionally with an adjective and a noun ("Netzwerkes häusliche Gewalt").
_ORG = r"[A-ZÄÖÜ][\wäöüß-]+(?:\s+[a-zäöü][\wäöüß-]*(?:e|en|er|es)\s+[A-ZÄÖÜ][\wäöüß-]+)?"
# "u. a.", "z. B." and other abbreviations may stand between date and place.
_GAP = r"(?:[^.\n]|\b[a-zA-Z]{1,3}\.)"
# The authority a body belongs to, between the body and the date: "Sitzung des
# Schulausschusses der Stadt Talheim am 01.03.2021".
_OF_AUTHORITY = (
    r"(?:(?:der|des)\s+(?:Stadt|Gemeinde|Ortsgemeinde|Ortsgemeinden|Kreisstadt|Hansestadt|Samtgemeinde|Verbandsgemeinde|Marktgemeinde"
    r"|Marktes|Landkreises|Kreises"
    # a town's title as a compound: "der Hansestadt", "der Universitätsstadt", "der Hanse- und Kreisstadt"
    r"|(?:[A-ZÄÖÜ][\wäöüß]*-\s+und\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:stadt|gemeinde))"
    r"\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+(?:an\s+der\s+|am\s+|im\s+)?[A-ZÄÖÜ][\wäöüß.-]+)?\s+)?"
)

# A place after a body that is not named with one by itself: "Kreistag Oberhain", "Stadtrat Neudorf".
_PLACE_AFTER = rf"(?:[ \t]+{_PLACE})?"
# A session told as held or to be held between its name and its day: "Die Kreistagssitzung fand am …
# statt", "Die Sitzung des Stadtrates findet am … statt", "… wird am … fortgesetzt".
_HELD = r"(?:(?:fand|findet|wird|wurde|begann|beginnt)\s+(?:[a-zäöü]\w*\s+){0,2}?)?"

# The body's term or a part in brackets before the day: "Sitzung des Kreistages (8. Wahlperiode) am …"
_TERM = r"(?:\([^()\n]{1,30}\)\s+)?"

# What a body did with a paper on a day: "vorberaten", "beschlossen", "zur Kenntnis genommen".
_DELIBERATED = (
    r"(?:beraten|vorberaten|beschlossen|empfohlen|zugestimmt|abgelehnt|behandelt|vertagt|gebilligt|genehmigt"
    r"|zur\s+Kenntnis\s+genommen|getagt|gefasst|verabschiedet)\b"
)
# What follows the body in a table row: its role or the result.
_TABLE_WORDS = (
    r"(?:Vorberatung|Beratung|Entscheidung|Beschlussfassung|Kenntnisnahme|Anhörung|Empfehlung|zur\s+\w+"
    r"|ungeändert|geändert|beschlossen|abgelehnt|vertagt|zurückgestellt|zur\s+Kenntnis|einstimmig|mehrheitlich)\b"
)

RULES: list[tuple[str, re.Pattern, float]] = [
    # Gemeinderat 30.06.2020 14.3 x / Haupt- und Finanzausschuss 15.07.2025 11 Ö Behandlung /
    # a table's cells: "| Bauausschuss | 24.11.2026 | Vorberatung |"
    # "Beratungsfolge: Hauptausschuss 12.06.2023, Rat 22.06.2023"
    ("meeting.consultation", re.compile(
        rf"(?:^|[,;:(|][ \t]*)(?P<org>{BODY_NAME})[ \t|]+(?:\w{{2}},?[ \t|]+)?(?P<date>{_DATE})(?![\d.])",
        re.MULTILINE), 0.85),
    # 09.07.2026	Sitzung des Hauptausschusses / 05.12.2022⏎Nichtöffentliche Sitzung des Kreisausschusses
    ("meeting.date_sitzung", re.compile(
        rf"^(?P<date>{_DATE})(?:[ \t]+|[ \t]*\n[ \t]*)(?:[A-ZÄÖÜ][a-zäöüß]+e[nrs]?[ \t]+)?(?:\d{{1,3}}\.\s*)?"
        rf"Sitzung\s+(?:des|der)\s+(?P<org>{BODY_NAME})",
        re.MULTILINE), 0.85),
    # Sitzung des Sozialausschusses am 23.09.2021 / Vorberatung im Planungsausschuss am 5. Oktober 2022
    ("meeting.sitzung_des", re.compile(
        rf"\b(?:Sitzung|Tagung|Plenarsitzung|Beratung|Vorberatung|Vorstellung|Anhörung)\s+(?:des|der|im)\s+"
        rf"(?P<org>(?:{BODY_NAME}){_PLACE_AFTER}|{_ORG})\s+{_OF_AUTHORITY}{_NUMBER}{_TERM}{_HELD}(?:am|vom):?\s+{_WEEKDAY}"
        rf"(?P<date>{_DATE})"), 0.9),
    # 9. Sitzung des Gemeinderates (Plenum), 14.06.2021 / … Sitzung des Werksenates 26.10.2020
    ("meeting.sitzung_des", re.compile(
        rf"\b(?:Sitzung|Tagung|Plenarsitzung)\s+(?:des|der)\s+(?P<org>(?:{BODY_NAME}){_PLACE_AFTER})(?:[ \t]*\([^()\n]{{1,30}}\))?"
        rf"(?:[ \t]*,[ \t]*|[ \t]+){_WEEKDAY}(?P<date>{_DATE})"), 0.85),
    # a page's field: "Daten aus Sitzung: Gemeinderat Talbach, 18.05.2026", "Sitzung: Bauausschuss, Di., 18.05.2026"
    ("meeting.sitzung_field", re.compile(
        rf"\bSitzung[ \t]*:[ \t]*(?P<org>(?:{BODY_NAME}){_PLACE_AFTER})[ \t]*,[ \t]*{_WEEKDAY}(?P<date>{_DATE})"), 0.85),
    # Der Ortschaftsrat Durlach hat sich in seiner Sitzung am 17.06.2009 … /
    # … wurden dem Gemeinderat in seiner öffentlichen Sitzung am 17.10.23 vorgestellt /
    # Der Gemeinderat hat in öffentlicher Sitzung am 03.03.2021 …
    ("meeting.sitzung_des", re.compile(
        rf"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em)\s+(?P<org>{BODY_NAME})\s+(?:\S+\s+){{0,4}}?in\s+(?:(?:seiner|ihrer)\s+)?"
        rf"(?:\w+\s+)?Sitzung\s+(?:am|vom)\s+{_WEEKDAY}(?P<date>{_DATE})"), 0.85),
    # "Beschlüsse des Kreistages aus der Sitzung vom …", "Anfragen an den Stadtrat in der Sitzung am …"
    ("meeting.sitzung_des", re.compile(
        rf"\b(?:des|der|den|dem)\s+(?P<org>(?:{BODY_NAME}){_PLACE_AFTER})\s+(?:aus|in)\s+(?:der|seiner|ihrer)\s+"
        rf"(?:\w+\s+)?Sitzung\s+(?:am|vom)\s+{_WEEKDAY}(?P<date>{_DATE})"), 0.8),
    # Der Jugendhilfeausschuss hat die Vorlage am 03.03.2021 vorberaten: the body's
    # deliberation on a day ("am", never "vom": "den Antrag vom …" dates a paper).
    ("meeting.body_did", re.compile(
        rf"\b(?:[Dd]er|[Dd]ie|[Dd]as)\s+(?P<org>{BODY_NAME})\s+(?:hat|hatte|haben|hatten)\s+(?:[^.\n]{{0,60}}?\s)?"
        rf"am\s+{_WEEKDAY}(?P<date>{_DATE})\s+(?:[^.\n]{{0,80}}?\s)?{_DELIBERATED}"), 0.8),
    # verwiesen aus der Gemeinderatssitzung am 25. April 2023
    ("meeting.compound", re.compile(
        rf"\b{BODY_SITZUNG}\s+{_OF_AUTHORITY}{_NUMBER}{_HELD}(?:am|vom)\s+{_WEEKDAY}(?P<date>{_DATE})"), 0.8),
    # Ratssitzung vom 22.08.2017: the council's own session, "Rat" written as a compound's head
    ("meeting.compound", re.compile(
        rf"\b(?P<org>Rat)s(?:sitzung|tagung)\s+{_NUMBER}(?:am|vom)\s+{_WEEKDAY}(?P<date>{_DATE})"), 0.8),
    # SG Heidedorf - Rat der Samtgemeinde Heidedorf (SGR)⏎Montag, 06. September 2021 , 18:00 Uhr:
    # a calendar's header, the body on one line and the weekday and date on the next.
    ("meeting.header", re.compile(
        # (or the session's compound on its line: "Gemeinderatssitzung" / "Dienstag, 20. September 2026, 19 Uhr")
        rf"^(?:[^\n]{{1,40}}[ \t]+[-–][ \t]+)?(?:(?P<org>{BODY_NAME}(?:[ \t]+{_OF_AUTHORITY})?)|(?:öffentliche[ \t]+)?{BODY_SITZUNG})"
        rf"(?:[ \t]*\([A-ZÄÖÜ]{{2,6}}\))?[ \t]*\n\s*"
        rf"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s+(?:den\s+)?(?P<date>{_DATE})",
        re.MULTILINE), 0.8),
    # In seiner Sitzung am 03.03.2021 hat der Kreistag beschlossen …: the session before its body.
    ("meeting.session_first", re.compile(
        rf"\b[Ii]n\s+(?:seiner|ihrer|der)\s+(?:\w+\s+)?Sitzung\s+(?:am|vom)\s+{_WEEKDAY}(?P<date>{_DATE})[ \t,]+"
        rf"(?:hat|hatte|haben|hatten|beschloss|beschlossen|empfahl|nahm|stimmte|lehnte|befasste|beriet|billigte"
        rf"|genehmigte|wählte|vertagte)\s+(?:sich\s+)?(?:der|die|das)\s+(?P<org>(?:{BODY_NAME}){_PLACE_AFTER})"), 0.8),
    # "Am 14.11.2026 fand die Sitzung des Bauausschusses statt", "Am Montag, 3. März 2026, tagte der
    # Ortschaftsrat", "Am … kam der Kreistag zu seiner Sitzung zusammen": the day first, the body after its verb.
    ("meeting.day_first", re.compile(
        rf"\b[Aa]m\s+{_WEEKDAY}(?P<date>{_DATE})[ \t,]+(?:(?:um\s+)?\d{{1,2}}(?:[.:]\d{{2}})?\s+Uhr[ \t,]+)?"
        rf"(?:fand|findet|tagte|tagt|tagten|tagen|trat|tritt|traten|treten|kam|kommt|kamen|kommen)\s+"
        rf"(?:der|die|das)\s+(?:\d{{1,3}}\.\s*)?(?:[a-zäöü]\w*e[nrs]?\s+)?"
        rf"(?:(?:Sitzung|Tagung|Plenarsitzung)\s+(?:des|der)\s+(?P<org>(?:{BODY_NAME}){_PLACE_AFTER})"
        rf"|{BODY_SITZUNG}|(?P<org2>(?:{BODY_NAME}){_PLACE_AFTER}))"), 0.8),
    # "… findet am 16.05.2023 im Bürgerhaus in Riol eine Sitzung des Verbandsgemeinderates statt",
    # "Am Dienstag fand am 12.03.2024 die 5. öffentliche Sitzung des Ortsbeirates statt": the verb first,
    # the day, the place, then the session and its body
    ("meeting.day_first", re.compile(
        rf"\b(?:fand|findet)\s+am\s+{_WEEKDAY}(?P<date>{_DATE})(?:[^.\n]|(?<=\d)\.){{0,120}}?\b(?:eine|die)\s+"
        rf"(?:\d{{1,3}}\.\s*)?(?:[a-zäöü]\w*e[nrs]?\s+)?(?:Sitzung|Tagung)\s+(?:des|der)\s+"
        rf"(?P<org>(?:{BODY_NAME}){_PLACE_AFTER})\s+statt\b"), 0.8),
    # "Der Hauptausschuss befasste sich am … mit", "tagte der Stadtrat Neudorf am …": the body's
    # doing on a day told in the simple past or present.
    ("meeting.body_did", re.compile(
        rf"\b(?:[Dd]er|[Dd]ie|[Dd]as)\s+(?P<org>(?:{BODY_NAME}){_PLACE_AFTER})\s+(?:befasste|befasst|beriet|berät|tagte|tagt"
        rf"|kam|kommt|trat|tritt)\s+(?:sich\s+)?(?:[^.\n]{{0,40}}?\s)?am\s+{_WEEKDAY}(?P<date>{_DATE})"), 0.75),
    ("meeting.body_did", re.compile(
        rf"\b(?:tagte|tagt|tagten|tagen)\s+(?:der|die|das)\s+(?P<org>(?:{BODY_NAME}){_PLACE_AFTER})\s+"
        rf"(?:[^.\n]{{0,40}}?\s)?am\s+{_WEEKDAY}(?P<date>{_DATE})"), 0.75),
    # "Frau X stellte am 21.10.2026 die Ergebnisse im Gemeinderat vor", "… wurde am … dem Bauausschuss
    # vorgestellt": something presented to a body on a day, its session.
    ("meeting.presented", re.compile(
        rf"\bam\s+{_WEEKDAY}(?P<date>{_DATE})\s+(?:[^.\n]{{0,100}}?\s)?(?:im|vor\s+dem|dem|in\s+der\s+Sitzung\s+des)\s+"
        rf"(?P<org>(?:{BODY_NAME}){_PLACE_AFTER})\s+(?:vor|vorgestellt|präsentiert|erläutert|bekannt\s*gegeben"
        rf"|bekanntgegeben)\b"), 0.75),
    # A table row that opens with the date: "03.03.2021 Kreisausschuss Vorberatung",
    # "Ö 03.03.2021 Hauptausschuss", "03.03.2021 - Bauausschuss - ungeändert beschlossen"
    ("meeting.date_row", re.compile(
        rf"^[ \t|]*(?:(?:Ö|N|NÖ|ö)[ \t|]+)?(?P<date>{NUMERIC_DATE.pattern})[ \t]*(?:[-–|][ \t]*)?(?P<org>{BODY_NAME})"
        rf"(?=[ \t]*(?:$|[-–|:]|(?:Ö|N|NÖ)\b|{_TABLE_WORDS}))",
        re.MULTILINE), 0.8),
    # A Beratungsfolge laid out one cell per line: "Bauausschuss⏎24.11.2026⏎Ö⏎Vorberatung" —
    # the body's line, then the date's line (its part may stand between them).
    ("meeting.cells", re.compile(
        rf"^[ \t]*(?P<org>{BODY_NAME})[ \t]*\n[ \t]*(?:(?:Ö|N|NÖ|ö)[ \t]*\n[ \t]*)?"
        rf"(?P<date>{NUMERIC_DATE.pattern})[ \t]*$",
        re.MULTILINE), 0.75),
    # "Sitzung vom 03.03.2021, Ortschaftsrat Süd": the body after the session's date
    ("meeting.sitzung_date_body", re.compile(
        rf"^[ \t]*(?:[A-ZÄÖÜ][a-zäöüß]+e[nrs]?[ \t]+)?Sitzung[ \t]+(?:am|vom)[ \t]+{_WEEKDAY}(?P<date>{_DATE})[ \t]*[,–-][ \t]*"
        rf"(?P<org>{BODY_NAME})[ \t]*$",
        re.MULTILINE), 0.8),
    # am 22.06.2022 u. a. in der ersten Sitzung des Netzwerkes häusliche Gewalt
    ("meeting.am_in_sitzung", re.compile(
        rf"\bam\s+(?P<date>{_DATE}){_GAP}{{0,40}}?\bin\s+der\s+(?:\w+\s+)?Sitzung\s+(?:des|der)\s+"
        rf"(?P<org>{BODY_NAME}|{_ORG})"), 0.8),
    # zum Sozialausschuss am 08.09.2022 / im Bauausschuss am 15. Juni 2023 / Gestaltungsbeirat fand am …
    ("meeting.body_am", re.compile(
        rf"(?<!\ban\s(?:den|die|das)\s)(?P<org>{BODY_NAME})\s+(?:(?:fand|findet|tagte|tagt|tritt|trat|hat|hatte)\s+(?:sich\s+)?)?"
        rf"(?P<on>am|vom)\s+{_WEEKDAY}(?P<date>{_DATE})"),
        0.75),
]
# "Beschluss der BV vom 30.01.2025": a body's abbreviation the gazetteer knows.
# "Niederschrift der GV Sitzung vom 07.05.2009", "GV-Sitzung am …"
# "behandelt zur SVV am …", "in die StVV am …"; a heading that opens with the body's
# abbreviation and the session's date ("StVV 20.5.2021 „Titel“", "GR 03.03.2021 – Top 5").
ABBREVIATION = re.compile(
    rf"\b(?:des|der|im|in\s+der|(?P<to>zur|zum|in\s+die|vor\s+der|für\s+die))\s+(?P<abbr>[A-ZÄÖÜ](?:[A-ZÄÖÜa-z]{{0,3}}[A-ZÄÖÜ]))"
    rf"(?:[ -]?Sitzung)?\s+{_NUMBER}(?:am|vom)\s+{_WEEKDAY}(?P<date>{_DATE})"
    rf"|^[ \t]*(?P<abbr2>[A-ZÄÖÜ](?:[A-ZÄÖÜa-z]{{0,3}}[A-ZÄÖÜ]))(?:[ -]?Sitzung)?[ \t]+(?:(?:am|vom)[ \t]+)?(?P<date2>{NUMERIC_DATE.pattern})"
    rf"(?=[ \t]*(?:$|[-–:„\"]))",
    re.MULTILINE,
)
# Rules whose date comes before the body.
_DATE_FIRST = ("meeting.am_in_sitzung", "meeting.date_sitzung", "meeting.date_row")
# Rules with words before the date and the body after it.
_AROUND = ("meeting.session_first", "meeting.body_did", "meeting.sitzung_date_body", "meeting.day_first",
           "meeting.presented")
# A body's paper dated: "Bericht des Magistrats vom …", "Antrag der Fraktion … vom".
_PAPER_OF = re.compile(
    r"\b(?:Bericht|Vortrag|Schreiben|Stellungnahme|Mitteilung|Vorlage|Antrag|Anfrage|Erlass|Verfügung|Brief"
    # "Zur Wahl des Gemeinderates am 26.05.2019": an election day, no meeting
    r"|Wahl|Neuwahl)"
    r"\s+(?:des|der)\s+$"
)
# A meeting named without its body on the page of that body's meeting.
# "Genehmigung des Protokolls vom 23.03.2021", "Niederschrift der Sitzung vom …":
# earlier minutes of the same body.
SESSION_REF = re.compile(
    rf"\b(?:(?:aus|in)\s+der\s+Sitzung|(?:Protokolls?|Niederschrift)(?:\s+der\s+Sitzung)?)\s+(?:vom|am)\s+"
    rf"{_WEEKDAY}(?P<date>{_DATE})"
)


def extract(ctx: Context) -> list[dict[str, Any]]:
    text = agenda_mod.head_view(ctx.view.text)  # a heading set in capitals names its session too
    ag = agenda_mod.analyse(ctx)
    rows: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()

    def add(a: int, b: int, rule: str, conf: float, org: str, date: str | None) -> None:
        if not date or not org:
            return
        key = (_key(org), date)
        if key in seen:
            return
        seen.add(key)
        rows.append(ctx.row(ctx.span(a, b), rule, conf, organization=org, date=date))

    s = ag.session
    if s and s.body and s.date:
        add(s.start, s.end, "meeting.session", 0.9, s.body, s.date)
    else:
        # The document model reads more shapes of a session's header
        # ("Bauausschuss, Sitzung vom …", a body line over a date line).
        ts = ctx.tree.session
        if ts is not None and ts.body and ts.date:
            add(ts.start, ts.end, "meeting.session", 0.8, ts.body, ts.date)
    session_body = s.body if s else (ctx.doc.hints or {}).get("decided_by")
    taken = Taken()
    host_end = agenda_mod.host_preamble_end(text)
    # Every rule's match holds a date: look only around the dates.
    before = _windows(ag.dates, len(text), 160, 0)  # "… Sitzung des X am DATE"
    after = _windows(ag.dates, len(text), 4, 160)  # "am DATE … Sitzung des X", "DATE Sitzung des X"
    windows = _windows(ag.dates, len(text), 160, 160)
    for rule, rx, conf in RULES:
        spans = after if rule in _DATE_FIRST else windows if rule in _AROUND else before
        for m in (m for lo, hi in spans for m in rx.finditer(text, lo, hi)):
            if taken.overlaps(m.start(), m.end()):
                continue
            if m.end() <= host_end:
                continue  # a document-sharing site's copy of the title
            if rule == "meeting.body_am" and _PAPER_OF.search(text, max(0, m.start() - 40), m.start()):
                continue  # "Bericht des Magistrats vom 06.06.2014": a paper's date
            org = _org(m)
            if org.casefold() in GENERIC_BODIES:
                # "im Ausschuss am …": the body of the meeting these minutes are of.
                if session_body:
                    org = session_body
                elif org.casefold() != "rat":  # "Rat" names a council of its own
                    continue
            taken.add(m.start(), m.end())
            a = m.start("org") if "org" in m.re.groupindex and 0 <= m.start("org") < m.start("date") else m.start()
            add(a, m.end(), rule, conf, org, _date(m))
    for m in (m for lo, hi in windows for m in ABBREVIATION.finditer(text, lo, hi)):
        abbr = "abbr" if m.group("abbr") else "abbr2"
        org = orgs.resolve(m.group(abbr), ctx.body)
        if org is not None and org.kind in ("council", "committee") and not org.name.isupper():
            dm = ANY_DATE.search(m.group("date") or m.group("date2"))
            # the name as written ("StVV", the contract's rule; its organisation is the body the
            # abbreviation stands for) — "der BV vom …" keeps the body's full name as the fitted sets read it
            name = org.name if abbr == "abbr" and not m.group("to") else m.group(abbr)
            add(m.start(abbr), m.end(), "meeting.abbreviation", 0.6, name, date_from_match(dm) if dm else None)
    if session_body and (ctx.meta.get("type") == "minutes" or (ctx.doc.hints or {}).get("decided_by")):
        for m in (m for lo, hi in windows for m in SESSION_REF.finditer(text, lo, hi)):
            if not taken.overlaps(m.start(), m.end()):
                add(m.start(), m.end(), "meeting.session_ref", 0.6, session_body, _date(m))
    _yearless_session(ctx, text, ag.dates, add)
    _weekday_sessions(ctx, text, add)
    if not rows:
        _opened_session(ctx, text, add)
    _list_sessions(ctx, rows, add)
    _item_page_title(ctx, text, session_body, rows, add)
    return _not_given(ctx, _specific(rows))


# A session named by its weekday only, in a dated report or notice: "Der Kreistag hat am Donnerstag
# den Haushalt beschlossen", "in der Sitzung des Stadtrates am Dienstagabend", "Der Bauausschuss tagt am
# kommenden Montag" — the weekday next to the document's date (before it when told as past).
_WEEKDAY_SESSION = re.compile(
    rf"(?:\b(?:[Dd]er|[Dd]ie|[Dd]as)\s+(?P<org>(?:{BODY_NAME}){_PLACE_AFTER})\s+(?P<verb>hat|hatte|haben|tagte|tagt|trat|tritt"
    r"|kam|kommt|befasste|befasst|beriet|berät|beschloss|beschließt|stimmte|lehnte|wählte|billigte)\s+(?:[^.\n]{0,60}?\s)?"
    rf"|\b(?:Sitzung|Tagung)\s+(?:des|der)\s+(?P<org2>(?:{BODY_NAME}){_PLACE_AFTER})\s+"
    # "im Kreisausschuss am Mittwoch", "tagte der Stadtrat Neudorf am Donnerstagabend"
    rf"|\bim\s+(?P<org3>(?:{BODY_NAME}){_PLACE_AFTER})\s+"
    rf"|\b(?:tagte|tagten|tagt|tagen)\s+(?:der|die|das)\s+(?P<org4>(?:{BODY_NAME}){_PLACE_AFTER})\s+(?:[^.\n]{{0,40}}?\s)?"
    rf"|\b{BODY_SITZUNG}\s+)"
    r"am\s+(?:(?P<side>kommenden|nächsten|vergangenen|letzten|zurückliegenden)\s+)?"
    r"(?P<wd>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)(?:abend|nachmittag|vormittag|morgen)?\b"
    r"(?![ \t]*,?[ \t]*(?:de[nm][ \t]+)?\d)"
)
_AM_WEEKDAY = re.compile(
    r"\bam\s+(?:\w+\s+)?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)(?:abend|nachmittag|vormittag|morgen)?\b"
)
_COMING_VERB = ("tagt", "tritt", "kommt", "befasst", "berät", "beschließt")
_COMING_NEAR = re.compile(r"\b(?:findet|wird|werden|tagt|soll|sollen)\b")


def _weekday_sessions(ctx: Context, text: str, add: Any) -> None:
    """Sessions named by a weekday only, dated from the document's own date."""
    reference = ctx.meta.get("date")
    # (every weekday's name ends in "tag" but "Mittwoch" and "Sonnabend")
    if not reference or ("tag" not in text and "Mittwoch" not in text and "Sonnabend" not in text):
        return
    ref = dt.date.fromisoformat(reference)
    # (the rule reads only around "am <weekday>": most texts name none)
    spans = _windows([(d.start(), d.end()) for d in _AM_WEEKDAY.finditer(text)], len(text), 200, 40)
    for m in (m for lo, hi in spans for m in _WEEKDAY_SESSION.finditer(text, lo, hi)):
        gd = m.groupdict()
        name = gd.get("org") or gd.get("org2") or gd.get("org3") or gd.get("org4")
        org = body_name(one_line(gd["compound"])) if gd.get("compound") else (
            body_name(one_line(name)) if BODY_NAME_RE.fullmatch(one_line(name)) else base_form(one_line(name)))
        if org.casefold() in GENERIC_BODIES:
            continue
        side = (m.group("side") or "").casefold()
        verb = m.group("verb") or ""
        sentence_start = max(text.rfind(".", 0, m.start()), text.rfind("\n\n", 0, m.start()), 0)
        if gd.get("org4") and verb == "":
            verb = "tagt" if m.group(0).lstrip().startswith(("tagt ", "tagen ")) else "tagte"
        coming = side in ("kommenden", "nächsten") or verb in _COMING_VERB or (
            not verb and not side and _COMING_NEAR.search(text, sentence_start, _sentence_end(text, m.end())) is not None)
        want = _WEEKDAYS[m.group("wd").casefold()]
        delta = (want - ref.weekday()) % 7 if coming else -((ref.weekday() - want) % 7)
        day = ref + dt.timedelta(days=delta)
        a = next((m.start(g) for g in ("org", "org2", "org3", "org4", "compound") if gd.get(g)), m.start())
        add(a, m.end(), "meeting.weekday", 0.55, org, day.isoformat())


# The chair opens the session the minutes record: "Der Vorsitzende eröffnet um 19 Uhr die 12. Sitzung
# des Ortsrates Talbach", "eröffnete die öffentliche Gemeinderatssitzung".
_OPENED = re.compile(
    r"\b(?:eröffnet|eröffnete)\s+(?:(?:[^.\n]|(?<=\d)\.(?=\d)){0,60}?\s)?die\s+(?:\d{1,3}\.\s*)?(?:(?:öffentliche|konstituierende|erste"
    rf"|gemeinsame|außerordentliche)\s+)?(?:Sitzung\s+(?:des|der)\s+(?P<org>(?:{BODY_NAME}){_PLACE_AFTER})|{BODY_SITZUNG})"
)


# The session of a Gemeindevertretung or Stadtvertretung named by its members: "Gemeindevertretersitzung".
_VERTRETER_SITZUNG = re.compile(r"\b(?P<place>Gemeinde|Stadt|Orts|Amts)vertreter(?:innen)?sitzung")


_OPENED_VERTRETER = re.compile(
    r"\b(?:eröffnet|eröffnete)\s+(?:(?:[^.\n]|(?<=\d)\.(?=\d)){0,60}?\s)?die\s+(?:\d{1,3}\.\s*)?(?:(?:öffentliche"
    r"|konstituierende|erste|außerordentliche)\s+)?" + _VERTRETER_SITZUNG.pattern[2:]
)


def _vertretung(m: re.Match) -> str:
    return m.group("place") + "vertretung"


def _opened_session(ctx: Context, text: str, add: Any) -> None:
    """The session a record's opening sentence names, on the record's date."""
    date = ctx.meta.get("date")
    if not date or "röffne" not in text or ctx.meta.get("type") != "minutes":
        return
    m = _OPENED.search(text)
    if m is None:
        v = _OPENED_VERTRETER.search(text)
        if v is not None:
            add(v.start("place"), v.end(), "meeting.opened", 0.6, _vertretung(v), date)
        return
    org = body_name(one_line(m.group("compound"))) if m.group("compound") else _org(m)
    if org.casefold() not in GENERIC_BODIES:
        add(m.start("org") if m.group("org") else m.start("compound"), m.end(), "meeting.opened", 0.6, org, date)


def _sentence_end(text: str, pos: int) -> int:
    stop = text.find(".", pos, pos + 200)
    return pos + 200 if stop < 0 else stop


def _list_sessions(ctx: Context, rows: list[dict[str, Any]], add: Any) -> None:
    """The sessions a publication of decisions names above its lists ("Am
    09.06.2022 hat der Bauausschuss folgenden Beschluss gefasst:"),
    where no other rule found a meeting on that day (the same session named
    twice: "Verbandsversammlung", "Zweckverbandsversammlung")."""
    sessions, listed = ctx.tree.decision_list
    for ls in sessions:
        if not ls.body or not ls.date or any(r["date"] == ls.date for r in rows):
            continue
        if ls.sentence or any(r.session is ls for r in listed):
            add(ls.start, ls.end, "meeting.list_session", 0.75, ls.body, ls.date)


# A coming session announced with its day and month but no year: "Sitzung des Gemeinderates am
# Montag, 2. März, 19 Uhr, im Rathaus", "Die Kreistagssitzung am 12. Januar", "Der Bauausschuss tritt
# am Dienstag, den 3. März zusammen" (the year is the document's, or the weekday's next to it).
_YEARLESS_SESSION = re.compile(
    rf"(?:\b(?:Sitzung|Tagung|Plenarsitzung)\s+(?:des|der)\s+(?P<org>(?:{BODY_NAME}){_PLACE_AFTER})"
    rf"|\b{BODY_SITZUNG}"
    rf"|\b(?:[Dd]er|[Dd]ie|[Dd]as)\s+(?P<org2>(?:{BODY_NAME}){_PLACE_AFTER})\s+(?:tagt|tritt|kommt|trifft\s+sich))"
    rf"\s+(?:{_OF_AUTHORITY})?(?:am|vom)\s+"
    r"(?:(?P<wd>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Mo|Di|Mi|Do|Fr|Sa|So)\.?,?\s+"
    r"(?:de[nm]\s+)?)?\Z"
)
# Invitations put their session at the head.
_YEARLESS_CHARS = 3000
# How far before its day a session's name may start.
_YEARLESS_LEAD = 160


def _yearless_session(ctx: Context, text: str, dates: list[tuple[int, int]], add: Any) -> None:
    """A session named with a day and month only, dated in the year of the document."""
    head = text[:_YEARLESS_CHARS]
    days = list(DAY_MONTH.finditer(head))
    if not days:
        return
    reference = ctx.meta.get("date") or next((iso for a, b in dates if (iso := parse_date(text[a:b]))), None)
    if reference is None:
        return
    for dm in days:
        # The session's name ends just before its day: "Sitzung des Gemeinderates am Montag, ".
        m = _YEARLESS_SESSION.search(head, max(0, dm.start() - _YEARLESS_LEAD), dm.start())
        if m is None:
            continue
        org = _org(m)
        if org.casefold() in GENERIC_BODIES:
            continue
        iso = yearless_date(int(dm.group("d")), dm.group("m"), m.group("wd"), int(reference[:4]))
        a = m.start("org") if m.start("org") >= 0 else m.start()
        add(a, dm.end(), "meeting.yearless", 0.6, org, iso)


# The title line of an information system's item page: "27.03.2023 - 6.3 Neubau der Sporthalle …",
# "11.11.2021 - 1 Eröffnung der Sitzung": the session's date, then the item.
_ITEM_PAGE_TITLE = re.compile(r"\A\s*(?:[^\n\d]{1,40}\n\s*){0,3}?(?P<date>\d{1,2}\.\d{1,2}\.\d{4})[ \t]+[-–][ \t]+\d{1,3}(?:\.\d{1,3})*\.?[ \t]+\S[^\n]*")
# The body such a page speaks of: "Der Präsident der Bürgerschaft", "Mitglied des Stadtrates",
# "Der Bauausschuss beschließt" (a generic "der Ausschuss" names none).
_COUNCIL_NAMED = re.compile(rf"\b(?:[Dd]er|[Dd]es|[Dd]ie|[Dd]en|[Dd]em)\s+(?P<org>{BODY_NAME})")


def _item_page_title(ctx: Context, text: str, session_body: str | None, rows: list[dict[str, Any]], add: Any) -> None:
    """A meeting from an item page's title line (date - number title), when nothing else names
    a meeting that day (a later session the page mentions is another): its date, and the body
    of the record or the one council the page speaks of."""
    m = _ITEM_PAGE_TITLE.match(text, 0, 400)
    if m is None or any(r["date"] == _date(m) for r in rows):
        return
    org = session_body
    if not org:
        named = {body_name(one_line(c.group("org"))) for c in _COUNCIL_NAMED.finditer(text)}
        # ("die nächste Gemeinderatssitzung", "Gemeindevertretersitzung": the body named by its session's compound)
        named |= {body_name(c.group("compound")) for c in re.finditer(BODY_SITZUNG, text)}
        named |= {_vertretung(v) for v in _VERTRETER_SITZUNG.finditer(text)}
        named = {n for n in named if n.casefold() not in GENERIC_BODIES}
        if len(named) != 1:
            return  # no council, or several: which one met is not said
        org = named.pop()
    add(m.start("date"), m.end(), "meeting.allris_title", 0.6, org, _date(m))


def _not_given(ctx: Context, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows a structured source (OParl) already gives for the document are
    not read again from its text."""
    given = (ctx.doc.records or {}).get("meetings") or []
    if not given:
        return rows
    known = [(r.get("date"), set(_key(r.get("organization") or "").split())) for r in given]
    return [
        r for r in rows
        if not any(
            d == r["date"] and (not w or not (o := set(_key(r["organization"]).split())) or w <= o or o <= w)
            for d, w in known
        )
    ]


def _windows(dates: list[tuple[int, int]], n: int, back: int, ahead: int) -> list[tuple[int, int]]:
    """Merged stretches of text around the dates (every rule's match holds one)."""
    out: list[list[int]] = []
    for a, b in dates:
        lo, hi = max(0, a - back), min(n, b + ahead)
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def _specific(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"Ortschaftsratssitzung am 27. Januar 2010" and "Sitzung des
    Ortschaftsrates Hohenwettersbach am 27. Januar 2010" are one meeting:
    keep the name that says more."""
    out = []
    for r in rows:
        words = set(_key(r["organization"]).split())
        if any(
            o is not r and o["date"] == r["date"] and words < set(_key(o["organization"]).split())
            for o in rows
        ):
            continue
        out.append(r)
    return out


def _org(m: re.Match) -> str:
    gd = m.groupdict()
    if gd.get("compound"):
        return body_name(one_line(gd["compound"]))
    name = one_line(gd.get("org") or gd["org2"])
    if BODY_NAME_RE.fullmatch(name):
        return body_name(name)
    return base_form(name)


def _key(org: str) -> str:
    return " ".join(org.casefold().split())


def _date(m: re.Match) -> str | None:
    dm = ANY_DATE.search(m.group("date"))
    return date_from_match(dm) if dm else None
