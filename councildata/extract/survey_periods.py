"""When a survey was held, read from the sentence that mentions it.

Ranges of days ("vom 15. März bis 15. April 2024", "im Zeitraum 01.06.–30.06.2023"),
a day ("am 18.09.2018"; "bis zum 31.05.2024" is an end only), months and seasons
("von März bis Mai", "im Juni/Juli 2023", "im Frühjahr dieses Jahres"), parts of a
year ("Ende 2022", "im 2. Quartal", "im ersten Halbjahr") and a year next to the
survey word ("Bürgerumfrage 2013"); never the paper's own date ("Stand: …").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .dates import ANY_DATE, MONTH_RANGE, MONTHS, PERIOD, SEASONS, date_from_match, make_date, month_range, period_range
from .text import one_line

if TYPE_CHECKING:
    from .survey_mentions import Mention

_DATE_RANGE = re.compile(
    rf"(?:vom|von|zwischen)\s+(?P<d1>{ANY_DATE.pattern})\s+(?:bis(?:\s+zum)?|und|[-–])\s+(?P<d2>{ANY_DATE.pattern})",
    re.IGNORECASE,
)
# "im Zeitraum 01.10. bis 31.10.2023", "vom 1. bis 21. Mai 2023": the first day takes the last one's year (and month).
_SHORT_RANGE = re.compile(
    r"(?:vom|von|zwischen|Zeitraum)\s+(?:dem\s+)?(?P<d1>\d{1,2})\.(?:(?P<m1>\d{1,2})\.)?\s*(?:bis(?:\s+zum)?|und(?:\s+dem)?|[-–])\s*"
    r"(?P<d2>\d{1,2})\.\s*(?:(?P<m2>\d{1,2})\.|(?P<mname>" + "|".join(MONTHS) + r"))\s*(?P<y>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)


# "vom 15. März bis 15. April 2024", "vom 1. Juli bis zum 31. August 2023"
_NAMED_RANGE = re.compile(
    r"(?:vom|von|zwischen)\s+(?:dem\s+)?(?P<d1>\d{1,2})\.\s*(?P<mn1>" + "|".join(MONTHS) + r")\s*(?P<y1>(?:19|20)\d{2})?\s+"
    r"(?:bis(?:\s+zum)?|und(?:\s+dem)?|[-–])\s*(?P<d2>\d{1,2})\.\s*(?P<mn2>" + "|".join(MONTHS) + r")\s*(?P<y2>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_MONTH_SLASH = re.compile(
    r"\b(?P<m1>" + "|".join(MONTHS) + r")\s*/\s*(?P<m2>" + "|".join(MONTHS) + r")\s+(?P<y>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
# "Ende 2022", "Anfang 2023", "im ersten Quartal 2023", "im 3. Quartal 2023": months of a year.
_PART_OF_YEAR = re.compile(
    r"\b(?:(?P<part>Anfang|Mitte|Ende)|(?:im\s+)?(?P<q>ersten|zweiten|dritten|vierten|[1-4]\.)\s+Quartal|"
    r"(?:im\s+)?(?P<h>ersten|zweiten|[12]\.)\s+Halbjahr)\s+(?:des\s+Jahres\s+)?"
    r"(?P<y>(?:19|20)\d{2})\b"
)
_PART_MONTHS = {"anfang": (1, 3), "mitte": (5, 8), "ende": (10, 12), "ersten": (1, 3), "zweiten": (4, 6),
                "dritten": (7, 9), "vierten": (10, 12), "1.": (1, 3), "2.": (4, 6), "3.": (7, 9), "4.": (10, 12)}
# "im vergangenen Jahr", "in diesem Jahr": a year counted from the document's date.
# ("Im vergangenen Jahr wurden …" at a sentence's start, "eine Umfrage aus dem Vorjahr", "des Vorjahres",
# "letztes Jahr", "Anfang dieses Jahres")
_RELATIVE_YEAR = re.compile(
    r"\b(?:[Ii]m\s+(?:vergangenen|letzten|vorigen)\s+Jahr|[Ii]m\s+Vorjahr|aus\s+dem\s+Vorjahr|des\s+Vorjahres"
    r"|(?:[Ll]etztes|[Vv]ergangenes|[Vv]origes)\s+Jahr|(?:des\s+)?(?:vergangenen|letzten|vorigen)\s+Jahres"
    r"|(?P<this>[Ii]n\s+diesem\s+Jahr|[Ii]m\s+laufenden\s+Jahr|dieses\s+Jahres|diesen\s+Jahres|des\s+laufenden\s+Jahres))\b"
)
# The date of the paper itself, not of the survey: "Stand: 15.01.2024", "Datum: …".
_PAPER_DATE = re.compile(
    r"\b(?:Stand|Datum|Druckdatum|Erstellt(?:\s+am)?|Gedruckt(?:\s+am)?|Ausdruck\s+vom|Sitzung\s+vom|Eingang)\s*:?\s*(?:\w+,\s+)?$",
    re.IGNORECASE,
)
# "Umfrage des Deutschen Städtetags aus dem Jahr 2021"
_YEAR_NEAR = re.compile(r"\b(?:aus\s+dem|im|vom)\s+Jahr(?:e)?\s+((?:19|20)\d{2})\b")
# "Bereits 2012 hatte sich die Verwaltung an … gewandt": the year the sentence opens with
# ("Im Jahr 2016 wurden alle Einwohner … gebeten, …": the year of the asking)
_OPENING_YEAR = re.compile(
    r"\s*(?:(?:Bereits|Schon|Erstmals|Zuletzt|Zuvor)\s+(?:im\s+Jahr(?:e)?\s+)?|Im\s+Jahr(?:e)?\s+)((?:19|20)\d{2})\b(?![.:/-]\d)"
)
# "Die Auswertung erfolgte am 15.11.2023", "im Ausschuss vorgestellt am …": what happened after the asking
_AFTERWARDS = re.compile(
    r"\b(?:Auswertung|ausgewertet|Veröffentlichung|veröffentlicht|vorgestellt|präsentiert|Präsentation|"
    r"Bericht|Berichterstattung)\b[^.;]{0,40}$"
)
_AGE_ON = re.compile(r"\s+(?:\d{1,3}|[a-zäöüß]+zig)\s+Jahre\b(?:\s+(?:und|oder)\s+(?:älter|jünger)|\s+alt)?")
_DATED_PAPER = re.compile(r"\b(?:vom|von|datiert)\s*$")


# "Weitere Ergebnisse der Befragung werden im ersten Quartal 2020 vorgestellt": when the results are shown,
# not when the survey ran
_SHOWN_LATER = re.compile(
    r"\b(?:werden|wurden|wird|wurde|sollen|soll|sind)\b(?:[^.;]|(?<=\d)\.){0,80}?\b(?:vorgestellt|präsentiert|veröffentlicht|"
    r"vorgelegt|bekanntgegeben|bekannt\s+gegeben)\b"
)


def read_date(mn: Mention, sent: str, rel: int, rel_end: int, doc_date: str | None) -> None:
    """The survey's dates from its own sentence, the most precise reading first."""
    if "rgebnis" in sent or "uswertung" in sent:
        for sm in _SHOWN_LATER.finditer(sent):
            if not sm.start() <= rel < sm.end():
                sent = sent[:sm.start()] + " " * (sm.end() - sm.start()) + sent[sm.end():]
    m = _DATE_RANGE.search(sent)
    if m:
        a = date_from_match(ANY_DATE.search(m.group("d1")))
        b = date_from_match(ANY_DATE.search(m.group("d2")))
        if a and b:
            _set_date(mn, a, b, one_line(m.group()), 5)
            return
    m = _SHORT_RANGE.search(sent)
    if m:
        month2 = int(m.group("m2")) if m.group("m2") else MONTHS[m.group("mname").lower()]
        month1 = int(m.group("m1")) if m.group("m1") else month2
        a = make_date(int(m.group("y")), month1, int(m.group("d1")))
        b = make_date(int(m.group("y")), month2, int(m.group("d2")))
        if a and b and a <= b:
            _set_date(mn, a, b, one_line(m.group()), 5)
            return
    m = _NAMED_RANGE.search(sent)
    if m:
        y2 = int(m.group("y2"))
        a = make_date(int(m.group("y1") or y2), MONTHS[m.group("mn1").lower()], int(m.group("d1")))
        b = make_date(y2, MONTHS[m.group("mn2").lower()], int(m.group("d2")))
        if a and b and a <= b:
            _set_date(mn, a, b, one_line(m.group()), 5)
            return
    dates = [(dm, date_from_match(dm)) for dm in ANY_DATE.finditer(sent)]
    dates = [(dm, d) for dm, d in dates if d and not _PAPER_DATE.search(sent, max(0, dm.start() - 30), dm.start())
             and not _AFTERWARDS.search(sent, max(0, dm.start() - 50), dm.start())
             # "alle Einwohner, die am 31.12.2022 75 Jahre oder älter waren": the day ages were counted on
             and not _AGE_ON.match(sent, dm.end())]
    if len(dates) == 1:
        # "am 18.09.2018", or a date on the survey word's own line; not the
        # date of a letter or a cover page elsewhere in the sentence.
        dm, d = dates[0]
        am = re.search(r"\b(?:am|vom|bis\s+zum|zum|Stichtag)\s+(?:\w+,\s+)?$", sent[: dm.start()])
        same_line = "\n" not in sent[min(rel, dm.start()):max(rel_end, dm.end())]
        # "12.12.2024 - 7 Ergebnisse der Mitarbeitendenumfrage": a date opening a heading is the meeting's
        line_start = sent.rfind("\n", 0, dm.start()) + 1
        same_line = same_line and bool(sent[line_start:dm.start()].strip())
        # "Betreuung ab 01.08.2026": when a service starts, not when people were asked
        since = re.search(r"\b(?:ab|seit|bis)\s+(?:dem\s+)?$", sent[: dm.start()])
        if am or (same_line and not since):
            text = (am.group() if am else "") + dm.group()
            # "bis zum 31.05.2024": when it ended; when it began is not said
            _set_date(mn, None if re.match(r"bis", text) else d, d, one_line(text), 4)
            return
    m = _MONTH_SLASH.search(sent)
    if m:  # "im Juni/Juli 2023"
        y = int(m.group("y"))
        m1, m2 = MONTHS[m.group("m1").lower()], MONTHS[m.group("m2").lower()]
        if m1 <= m2:
            end = make_date(y + (m2 == 12), 1 if m2 == 12 else m2 + 1, 1)
            last = (dt.date.fromisoformat(end) - dt.timedelta(days=1)).isoformat() if end else None
            _set_date(mn, make_date(y, m1, 1), last, one_line(m.group()), 3)
            return
    m = MONTH_RANGE.search(sent)
    if m:
        a, b = month_range(m)
        _set_date(mn, a, b, one_line(m.group("text")), 3)
        return
    pm = _PART_OF_YEAR.search(sent)
    if pm and abs(pm.start() - rel) <= 150 and not _PAPER_DATE.search(sent, max(0, pm.start() - 30), pm.start()):
        if pm.group("h"):
            first, last = (1, 6) if pm.group("h").lower() in ("ersten", "1.") else (7, 12)
        else:
            first, last = _PART_MONTHS[(pm.group("part") or pm.group("q")).lower()]
        y = int(pm.group("y"))
        end = make_date(y + (last == 12), 1 if last == 12 else last + 1, 1)
        last_day = (dt.date.fromisoformat(end) - dt.timedelta(days=1)).isoformat() if end else None
        _set_date(mn, make_date(y, first, 1), last_day, one_line(pm.group()), 3)
        return
    best = None
    for pm in PERIOD.finditer(sent):
        if _PAPER_DATE.search(sent, max(0, pm.start() - 30), pm.start()) or _AGE_ON.match(sent, pm.end()):
            continue
        # "Befragung vom September 2016", "Umfrage des Seniorenbeirats vom Juni 2021"
        # "Umfrage unter den Gewerbetreibenden vom Herbst 2023": a season dates no paper
        own = re.fullmatch(r"\s*(?:(?:des|der|unter\s+den|bei\s+den|unter|bei)\s+(?:[\wäöüß-]+\s+){1,3}?)?(?:vom|von)\s*",
                           sent[rel_end:pm.start()]) is not None or pm.group("name").lower() in SEASONS
        if (_DATED_PAPER.search(sent, max(0, pm.start() - 12), pm.start()) and not own) or abs(pm.start() - rel) > 150:
            continue  # "Antrag … vom Mai 2019": the date of a paper, not of the survey
        a, b = period_range(pm, doc_date)
        if a:
            rank = 3 if pm.group("name").lower().rstrip(".") in MONTHS else 2
            dist = abs(pm.start() - rel)
            if best is None or dist < best[0]:
                best = (dist, a, b, one_line(pm.group()), rank)
    if best:
        _set_date(mn, *best[1:])
        return
    # A year next to the survey word ("Bürgerumfrage 2013", "Befragung im Jahr 2000")
    # or "diesjährige Umfrage".
    after = sent[rel_end: rel_end + 40]
    ym = re.match(r"\s*(?:im\s+Jahr(?:e)?\s+|von\s+|aus\s+(?:dem\s+Jahr(?:e)?\s+)?)?((?:19|20)\d{2})\b", after)
    if not ym:
        ym = re.match(r"\s*zu[mr]?\s+[^.;\n]{0,40}?\bim\s+Jahr(?:e)?\s+((?:19|20)\d{2})\b", after)
    if not ym:
        # "Befragung zur Wohnzufriedenheit 2021", "Befragung zum Radverkehr 2019"
        ym = re.match(r"\s*zu[mr]?\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\wäöüß-]*\s+((?:19|20)\d{2})\b(?![.:)/-]\d?)", after)
    if ym:
        y = int(ym.group(1))
        text = one_line(sent[rel: rel_end + ym.end()]) if ym.start(1) - ym.start() < 3 else one_line(ym.group().strip())
        _set_date(mn, make_date(y, 1, 1), make_date(y, 12, 31), text, 1)
        mn.year = y
        return
    ym = _YEAR_NEAR.search(sent, rel_end, rel_end + 100) or _OPENING_YEAR.match(sent)
    if ym:
        y = int(ym.group(1))
        _set_date(mn, make_date(y, 1, 1), make_date(y, 12, 31), one_line(ym.group()), 1)
        return
    sm = _RUNNING_SINCE.search(sent) if doc_date else None
    if sm and abs(sm.start() - rel) <= 80:
        # "Die Umfrage läuft seit Anfang Mai": this year's month, or last year's when it is still to come
        month = MONTHS[sm.group("m").lower()]
        y = int(doc_date[:4]) - (1 if month > int(doc_date[5:7]) else 0)
        _set_date(mn, make_date(y, month, 1), None, one_line(sm.group()), 3)
        return
    rm = _BARE_MONTH_RANGE.search(sent) if doc_date else None
    if rm and abs(rm.start() - rel) <= 150:
        # "Im April und Mai hatte die Gemeinde … eine Befragung begonnen", "Von März bis Juni lief die Umfrage
        # des Beirats": months of the document's year, or of the year before when the
        # last of them is still to come
        m1, m2 = MONTHS[rm.group("m1").lower()], MONTHS[rm.group("m2").lower()]
        y2 = int(doc_date[:4]) - (1 if m2 > int(doc_date[5:7]) else 0)
        y1 = y2 - 1 if m1 > m2 else y2
        end = make_date(y2 + (m2 == 12), 1 if m2 == 12 else m2 + 1, 1)
        last = (dt.date.fromisoformat(end) - dt.timedelta(days=1)).isoformat() if end else None
        _set_date(mn, make_date(y1, m1, 1), last, one_line(rm.group()), 3)
        return
    bm = _bare_month(sent, rel) if doc_date else None
    if bm:
        # "schickte Anfang März … Fragebögen an …", "Im Mai wurden die Eltern befragt": a month of the
        # document's year, or of the year before when that month is still to come
        month = MONTHS[bm.group("m").lower()]
        y = int(doc_date[:4]) - (1 if month > int(doc_date[5:7]) else 0)
        end = make_date(y + (month == 12), 1 if month == 12 else month + 1, 1)
        last = (dt.date.fromisoformat(end) - dt.timedelta(days=1)).isoformat() if end else None
        _set_date(mn, make_date(y, month, 1), last, one_line(bm.group()), 3)
        return
    rm = _RELATIVE_YEAR.search(sent) if doc_date else None
    if rm and abs(rm.start() - rel) <= 120:
        y = int(doc_date[:4]) - (0 if rm.group("this") else 1)
        pm = re.search(r"\b(Anfang|Mitte|Ende)\s+$", sent[:rm.start()])
        if pm:  # "Anfang dieses Jahres", "Ende des vergangenen Jahres"
            m1, m2 = _PART_MONTHS[pm.group(1).lower()]
            last = make_date(y + (m2 == 12), 1 if m2 == 12 else m2 + 1, 1)
            last = (dt.date.fromisoformat(last) - dt.timedelta(days=1)).isoformat() if last else None
            _set_date(mn, make_date(y, m1, 1), last, one_line(pm.group() + rm.group()), 2)
            return
        _set_date(mn, make_date(y, 1, 1), make_date(y, 12, 31), one_line(rm.group()), 1)
        return
    if doc_date and re.search(r"\bdiesjährige\w*\s+(?:[\wäöüß-]+\s+)?$", sent[:rel]):
        y = int(doc_date[:4])
        mn.year = y
        _set_date(mn, make_date(y, 1, 1), make_date(y, 12, 31), None, 1)
        mn.period_text = None


# A month without a year before the survey word: "Anfang März", "im Mai", "Mitte Juni".
_BARE_MONTH = re.compile(
    r"\b(?:[Ii]m|Anfang|Mitte|Ende)\s+(?P<m>" + "|".join(m.capitalize() for m in MONTHS if len(m) > 4 or m in ("mai", "juni", "juli", "märz")) + r")\b(?!\.?\s*(?:19|20)?\d{2}\b)"
)


_MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS if len(m) > 4 or m in ("mai", "juni", "juli", "märz"))
# "im Oktober und November", "Von Mai bis September", "zwischen März und April": months without a year
_BARE_MONTH_RANGE = re.compile(
    rf"\b(?:[Ii]m|[Vv]on|[Zz]wischen|[Ii]n\s+den\s+Monaten)\s+(?:(?:Anfang|Mitte|Ende)\s+)?(?P<m1>{_MONTH_NAMES})\s+"
    rf"(?:und|bis(?:\s+(?:zum|Anfang|Mitte|Ende))?|[-–])\s+(?:(?:Anfang|Mitte|Ende)\s+)?(?P<m2>{_MONTH_NAMES})\b"
    r"(?!\.?\s*(?:19|20)?\d{2}\b)"
)


def _bare_month(sent: str, rel: int) -> re.Match | None:
    found = [m for m in _BARE_MONTH.finditer(sent, max(0, rel - 80), rel)]
    return found[-1] if len(found) == 1 else None


_RUNNING_SINCE = re.compile(
    r"\b(?:läuft|laufen|lief|liefen)\b[^.;]{0,40}?\bseit\s+(?:Anfang\s+|Mitte\s+)?(?P<m>"
    + "|".join(MONTHS) + r")\b(?!\.?\s*(?:19|20)\d{2})",
    re.IGNORECASE,
)


def _set_date(mn: Mention, a: str | None, b: str | None, text: str | None, rank: int) -> None:
    mn.date_start, mn.date_end, mn.period_text, mn.date_rank = a, b, text, rank
    if a:
        mn.year = int(a[:4])
