"""Patterns shared by several rule modules: names of bodies as written."""

from __future__ import annotations

import re

# A council or committee as written, in any case ending:
# "Sozialausschusses", "Gemeinderat", "Kreistag", "Bezirksversammlung".
BODY = (
    r"(?:[A-ZÄÖÜ][\wäöüß-]*(?:ausschuss(?:es)?|rat(?:e?s)?|tag(?:e?s)?|versammlung|kommission|beirat(?:e?s)?|konferenz)"
    r"|Rat(?:e?s)?|Kreistag(?:e?s)?|Kreisausschuss(?:es)?)"
)
BODY_RE = re.compile(rf"\b{BODY}\b")


def base_form(name: str) -> str:
    """Nominative of a body's name read in the genitive or dative.

    "Sozialausschusses" -> "Sozialausschuss", "Gemeinderates" -> "Gemeinderat",
    "Kreistages" -> "Kreistag", "Netzwerkes häusliche Gewalt" -> "Netzwerk häusliche Gewalt".
    """
    words = name.split()
    if not words:
        return name
    head = words[0]
    if head.endswith("sses") or re.search(r"(?:rat|tag|werk|amt|beirat)es$", head):
        head = head[:-2]
    elif re.search(r"(?:rat|tag|werk|amt)s$", head):
        head = head[:-1]
    return " ".join([head, *words[1:]])


# --- Body names with their qualifiers (added for meetings/resolutions) -------
# BODY above is one word; council documents also write "Haupt- und
# Finanzausschuss", "Ausschuss für Soziales, Arbeit und Integration",
# "Ortschaftsrat Wettersbach", "Regionalausschuss Lokstedt/Niendorf/Schnelsen".
# Words that end like a body but are none: weekdays, "Referat", "Vortrag"...
_NOT_BODY = (
    r"(?!(?:Mon|Diens|Donners|Frei|Sams|Sonn|Feier|Stich|All|Geburts|Jahres|Vor|Werk|Arbeits"
    r"|Ruhe|Gedenk|Fest|Wochen|Ehren|Wahl)tag)"
    # "Landrat" is an office (the head of a Landkreis), not a body
    r"(?!(?:Refe|Appa|Präpa|Inse|Zi|Hei|Vor|Unte|Land|Stadtrats?fraktion)rat)"
)
_BODY_WORD = (
    rf"{_NOT_BODY}[A-ZÄÖÜ][a-zäöüß]*(?:-[A-ZÄÖÜ][a-zäöüß]*)*"
    r"(?:ausschuss(?:es)?|beirat(?:e?s)?|rat(?:e?s)?|tag(?:e?s)?|versammlung|kommission|konferenz"
    r"|vertretung|gremium(?:s)?|kollegium(?:s)?|senat(?:e?s)?)"
    r"|Rat(?:e?s)?|Ausschuss(?:es)?|Kreistag(?:e?s)?|Magistrat(?:e?s)?|Gremium(?:s)?|Plenum(?:s)?|Bürgerschaft"
    # the executive bodies of Hessian municipalities and districts, a city-state's or town's Senat
    r"|Gemeindevorstand(?:e?s)?|Senat(?:e?s)?"
)
# Sub-municipal bodies are named with their place: "Ortschaftsrat Durlach".
_PLACE_HEAD = (
    r"(?:Ortschaftsrat|Ortsrat|Ortsbeirat|Bezirksbeirat|Bezirksrat|Stadtbezirksrat|Stadtteilbeirat"
    r"|Regionalausschuss|Bezirksausschuss|Bezirksversammlung|Bezirksvertretung|Stadtteilausschuss|Beirat)(?:e?s)?"
)
_PLACE = (
    r"(?!(?:Dr|Prof|Herr|Frau|Herrn|Der|Die|Das|Am|Im|In|Zu|Mit)\b)"
    r"(?![A-ZÄÖÜ][\wäöüß]*[ \t]*:)"  # a label ("Termin:") on the next column
    r"(?![A-ZÄÖÜ][\wäöüß]*(?:ung|heit|keit|ion|nis|schaft|tät|ismus|ierung|sitzung)\b)"
    r"[A-ZÄÖÜ][\wäöüß]+(?:[-/][A-ZÄÖÜ][\wäöüß]+)*"
)
# The truncated first parts of a compound list: "Haupt- und …", "Bau-,
# Planungs- und …", "Kultur-, Sport-, Schul- sowie …", "Bau- u. …".
_LIST_PARTS = r"(?:[A-ZÄÖÜ][a-zäöüß]*-,\s*){0,5}[A-ZÄÖÜ][a-zäöüß]*-\s+(?:und|u\.|sowie|&)\s+"
BODY_NAME = (
    r"(?=[A-ZÄÖÜ])(?<![\wäöüß-])(?:"
    # "Ausschuss für Soziales, Arbeit und Integration"
    r"(?:[A-ZÄÖÜ][a-zäöüß]*-?)?[Aa]usschuss(?:es)?\s+für\s+[A-ZÄÖÜ][\wäöüß-]+"
    r"(?:(?:,\s*|\s+und\s+)[A-ZÄÖÜ][\wäöüß-]+){0,4}"
    # "Fachausschuss Finanzen, Wirtschaftsförderung, Marketing und Feuerschutz": the
    # remits listed after the word, closed by "und"/"sowie" (a lone "Ausschuss Bauen" may be prose)
    r"|(?:[A-ZÄÖÜ][a-zäöüß]*)?[Aa]usschuss(?:es)?\s+(?!(?:Herrn?|Frau)\b)[A-ZÄÖÜ][\wäöüß-]+"
    r"(?:,\s*[A-ZÄÖÜ][\wäöüß-]+){0,5}\s+(?:und|sowie)\s+[A-ZÄÖÜ][\wäöüß-]+"
    # "Ortschaftsrat Wettersbach"
    rf"|(?:{_LIST_PARTS})?{_PLACE_HEAD}[ \t]+{_PLACE}"
    # "Haupt- und Finanzausschuss", "Gemeinderat"
    rf"|(?:{_LIST_PARTS})?(?:{_BODY_WORD})"
    r")(?![\wäöüß-])"
)
BODY_NAME_RE = re.compile(BODY_NAME)
# "Gemeinderatssitzung", "Ortschaftsratssitzung", "Ausschusssitzung"
BODY_SITZUNG = (
    rf"(?P<compound>(?:{_LIST_PARTS})?[A-ZÄÖÜ][a-zäöüß]*(?:rat|tag|ausschuss|beirat|versammlung|kommission))"
    r"s?(?:sitzung|tagung)"
)
_GENITIVE = re.compile(
    r"^(.*?(?:ausschuss|Ausschuss))es$|^(.*?(?:rat|Rat|tag|senat|Magistrat))e?s$"
    r"|^(.*?(?:[Gg]remium|[Kk]ollegium|Plenum))s$"
)
# Generic words for "this body": resolved to the meeting's body when known.
GENERIC_BODIES = frozenset({"ausschuss", "rat", "gremium", "plenum", "kommission", "beirat"})


def body_name(name: str) -> str:
    """A body's name as written, in the nominative and on one line.

    "Haupt- und Finanzausschusses" -> "Haupt- und Finanzausschuss",
    "Ortschaftsrates Hohenwettersbach" -> "Ortschaftsrat Hohenwettersbach",
    "Ausschusses für Soziales" -> "Ausschuss für Soziales".
    """
    words = name.split()
    for i, w in enumerate(words):
        if i and words[i - 1] == "für":
            break
        m = _GENITIVE.match(w)
        if m and not w.endswith("-"):
            words[i] = next(g for g in m.groups() if g is not None)
            break
        if re.search(r"(?:ausschuss|rat|tag|versammlung|kommission|konferenz|gremium)$", w, re.I):
            break
    return " ".join(words)
