"""Document metadata: type, the document's word for it, reference, title,
date, authority and addressee, read from the head of the text (and from
structured hints a source such as an ALLRIS page or OParl gives).

How council papers state these, and which one counts:

- type: the heading word at the top ("Mitteilung zum Sozialausschuss",
  "ANFRAGE", "Interfraktioneller ÄNDERUNGSANTRAG", "STELLUNGNAHME zur
  Anfrage", "Niederschrift 14. Plenarsitzung"); a form field such as
  "Drucksache-Art: Antrag" where there is no heading. An "Anlage" that
  lists the results of a vote records decisions (minutes). Headings may be
  set in spaced letters ("N i e d e r s c h r i f t"). A page of a council
  information system that opens with a decision's result ("Beschluss:
  einstimmig beschlossen", "Abstimmung: Ja: 6, Nein: 3") or records a debate
  ("Beratungsgang:") is minutes; one without a heading that opens with a
  Beschlussvorschlag, or has a Beratungsfolge and a Sachverhalt, is a
  proposal.
- reference: the paper's own number in a labelled field at a line start
  ("Vorlage Nr.: 2022/2486", "Drucksache - 22-2362", "Nummer"; in PDF and
  HTML forms the value can stand a few lines below its label). Minutes and agendas carry the
  numbers of the papers they treat, not one of their own, so they get none.
- date: for minutes and agendas the meeting's date; for other papers the
  date it was received ("Eingang: 26.05.2025"), else its own date (a dated
  heading, "Karlsruhe, 4. Oktober 2013", a sign-off line at the end), else
  the meeting it is for ("Termin:" field, the only or the deciding meeting
  of its Beratungsfolge).
- body: the authority ("Landkreis Cloppenburg", "Stadt Karlsruhe",
  "Bezirksamt Harburg", "Bezirksversammlung Altona").
- addressed_to: the committee or council the paper goes to ("zum
  Sozialausschuss", "Gremium: Ortschaftsrat Durlach", the body of its
  Beratungsfolge that decides).

Structured hints (an ALLRIS page's metadata table, OParl fields) win over
these text rules. Besides the contract fields, the metadata holds
``received`` (the date of receipt, "Eingang: …", used as a motion's date)
and ``meetings_table`` (body, date, rest of row) of the Beratungsfolge.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .common import BODY
from .dates import ANY_DATE, DATE_PATTERN, NUMERIC_DATE, date_from_match, parse_english_date
from .text import one_line

if TYPE_CHECKING:
    from . import Context

# The document's own word for its type -> contract type. Longer words
# first so that "Änderungsantrag" is not read as "Antrag".
TYPE_LABELS: list[tuple[str, str]] = [
    (r"Änderungsantrag|Ergänzungsantrag|Änderungs-\s?/\s?Ergänzungsantrag|Dringlichkeitsantrag|Zusatzantrag|"
     r"Fraktionsantrag|Gruppenantrag|Prüfantrag|Haushaltsantrag|Eilantrag|Antrag", "motion"),
    (r"Informationsvorlage|Mitteilungsvorlage|Mitteilung|Unterrichtung|Bericht|Information|Kenntnisgabe", "information"),
    (r"Beschlussvorlage|Beschlussempfehlung|Sitzungsvorlage|Verwaltungsvorlage|Vorlage", "proposal"),
    (r"Auskunftsersuchen|Anfrage", "inquiry"),
    (r"Beantwortung|Antwort|Stellungnahme", "answer"),
    (r"Niederschrift|Sitzungsprotokoll|Ergebnisprotokoll|Wortprotokoll|Kurzprotokoll|Beschlussprotokoll|Protokoll|"
     r"Beschlussauszug|Beschlussbuchauszug|Protokollauszug|Niederschriftsauszug|Sitzungsauszug|Auszug|Ergebnisliste|Sitzungsniederschrift|Ergebnisniederschrift|"
     # a decision written out on its own ("Beschluss / des Gemeinderates vom …") records the meeting
     r"Beschluss", "minutes"),
    (r"Tagesordnung|Einladung", "agenda"),
    (r"Eingabe|Petition", "other"),
    (r"Anlage", "other"),
]
_LABEL_ALT = "|".join(p for p, _ in TYPE_LABELS)
LABEL_TO_TYPE: dict[str, str] = {}
_CANONICAL: dict[str, str] = {}
for _p, _t in TYPE_LABELS:
    for _label in _p.split("|"):
        if "\\" not in _label:
            LABEL_TO_TYPE[_label.casefold()] = _t
            _CANONICAL[_label.casefold()] = _label
_LABEL_RE = [(re.compile(rf"\b({p})\b", re.IGNORECASE), t) for p, t in TYPE_LABELS]

# A heading line that starts with a type word, optionally after an adjective
# ("Interfraktioneller ÄNDERUNGSANTRAG", "Öffentliche Niederschrift",
# "Kleine Anfrage", "Gemeinsamer Antrag").
_HEADING = re.compile(
    rf"^[ \t]*(?:(?P<adj>[A-Za-zÄÖÜäöüß]{{4,}}(?:e|er|es|en))[ \t]+)?(?P<label>{_LABEL_ALT})(?![\wäöüß-])",
    re.IGNORECASE | re.MULTILINE,
)
# Form field naming the type: "Drucksache-Art: Antrag öffentlich", "Vorlagenart: Mitteilungsvorlage"
_TYPE_FIELD = re.compile(
    rf"^(?:(?:Drucksachen?|Vorlagen?|Dokument(?:en)?|Papier)-?(?:[Aa]rt|[Tt]yp)|Art(?:[ \t]+der[ \t]+(?:Vorlage|Drucksache))?|Typ)"
    rf"[ \t]*:?[ \t]*\n?[ \t]*(?P<label>{_LABEL_ALT})\b",
    re.IGNORECASE | re.MULTILINE,
)
# A heading set in spaced letters: "N i e d e r s c h r i f t".
_SPACED = re.compile(r"[ \t]*(?:[A-Za-zÄÖÜäöüß][ \t]){3,}[A-Za-zÄÖÜäöüß][ \t]*")
# A page that records the result of a vote is a record of a meeting (minutes)
# even without a heading word: a result field ("Beschluss: einstimmig
# beschlossen", "- Beschluss:\n- zur Kenntnis genommen", "Abstimmungsergebnis:
# mehrheitlich abgelehnt") or a line of counted votes ("Abstimmung: Ja: 6,
# Nein: 3", "Ja-Stimmen: 14 Nein-Stimmen: 4") — as council information systems
# show the decision of an agenda item.
_RESULT_PHRASE = (
    r"(?:einstimmig|mehrheitlich|ungeändert|geändert|zur\s+Kenntnis|Kenntnis|beschlossen|abgelehnt|zugestimmt"
    r"|angenommen|vertagt|zurückgestellt|zurückgezogen|verwiesen|überwiesen|zurück\s+(?:in|an)\b|abgesetzt|genehmigt"
    r"|erledigt|Mit\s+Debatte)"
)
_RECORD = re.compile(
    r"^[-•]?[ \t]*(?:Beschluss(?:art)?|Beschlussergebnis|Ergebnis|Abstimmungsergebnis|Abstimmung)[ \t]*:[ \t]*"
    rf"(?:\n[ \t]*(?:[-•][ \t]*)?){{0,2}}{_RESULT_PHRASE}\b"
    r"|^(?:Abstimmung(?:sergebnis)?[ \t]*:[ \t]*)?(?:Ja|JA|dafür)(?:-Stimmen)?[ \t]*:[ \t]*\d{1,3}\b[^\n]{0,40}?"
    r"\b(?:Nein|NEIN|dagegen|Enth)"
    # the record of a debate: "Beratungsgang:", "Diskussionsverlauf:"
    r"|^(?:Beratungsgang|Beratungsverlauf|Diskussionsverlauf|Sitzungsverlauf)[ \t]*:"
    # an empty result field over the decision: "Beschluss: |⏎Der Stadtrat beschließt"
    r"|^Beschluss[ \t]*:[ \t|]*\n[ \t]*(?:Der|Die|Das)[ \t]+[A-ZÄÖÜ][\wäöüß-]*[ \t]+(?:beschließt|beschliesst|empfiehlt)\b",
    re.MULTILINE | re.IGNORECASE,
)
# A Vorlage without a heading word: it opens with its proposed resolution, or
# has a Beratungsfolge and a Sachverhalt / Begründung.
_PROPOSAL_SECTION = re.compile(r"^(?:Beschlussvorschlag|Beschlussantrag|Beschlussempfehlung)[ \t]*:", re.MULTILINE)
_CONSULTATION_HEAD = re.compile(r"^(?:Beratungsfolge|Beratungsreihenfolge)\b", re.MULTILINE)
_REASONS = re.compile(r"^\W{0,2}(?:Begründung|Sachverhalt)\b", re.MULTILINE)

# A page without a heading that records what happened in a meeting: the
# chair acting ("Der Vorsitzende, Herr X, empfiehlt …", "Ortsvorsteher Y gibt
# … zur Information") or a vote counted ("verständigt sich mit 7 Stimmen
# dafür und einer Stimmenthaltung", "bei 3 Gegenstimmen").
_PROCEEDINGS = re.compile(
    r"^(?:Der|Die)[ \t]+(?:Vorsitzende|Ausschussvorsitzende|Sitzungsleiter(?:in)?|Ortsvorsteher(?:in)?)\b"
    r"|^(?:Ortsvorsteher(?:in)?|Vorsitzende[r]?|Ausschussvorsitzende[r]?)[ \t]+[A-ZÄÖÜ][\wäöüß-]+[ \t]+"
    r"(?:eröffnet|begrüßt|stellt|gibt|informiert|teilt|lässt|empfiehlt|berichtet)\b"
    r"|\b(?:mit|bei)[ \t]+\d{1,3}[ \t]+(?:Ja-|Nein-|Gegen)?[Ss]timmen\b",
    re.MULTILINE,
)

# An attachment that lists the results of votes records decisions.
_RESULT_WORDS = re.compile(r"\b(?:zugestimmt|abgelehnt|beschlossen|Zustimmung|Ablehnung|zur Kenntnis genommen)\b")

_AUTHORITY_KINDS = (
    r"Landkreis|Stadt|Gemeinde|Samtgemeinde|Verbandsgemeinde|Kreis|Markt|Bezirksamt|"
    r"Bezirksversammlung|Hansestadt|Landeshauptstadt|Kreisstadt|Universitätsstadt|Große Kreisstadt"
)
AUTHORITY = re.compile(
    rf"(?<![\wäöüß-])(?P<name>(?:{_AUTHORITY_KINDS}|{_AUTHORITY_KINDS.upper()})"
    r"[ \t]+(?:(?:Bad|Sankt|St\.|BAD|SANKT)[ \t]+)?[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)*)(?![\wäöüß])"
)
# A specific authority (a district) wins over the city state it belongs to.
_AUTHORITY_RANK = {"bezirksamt": 0, "bezirksversammlung": 0, "landkreis": 1, "kreis": 1, "stadt": 2}

# "zum Sozialausschuss", "an den Gemeinderat", "für den Kreistag"
ADDRESSEE = re.compile(
    rf"\b(?:zum|zur|an den|an die|für den|für die)\s+(?P<body>{BODY})\b"
)
_GREMIUM_LABEL = re.compile(r"^Gremium[ \t]*:", re.MULTILINE)

# The paper's own number: a labelled field at a line start; the value may
# stand a few lines below the label in PDF forms.
REF_TOKEN = (
    r"(?:[A-ZÄÖÜ]{1,6}(?:-[A-ZÄÖÜ]{1,6})?/)?(?:[A-Z]{1,4}-(?=\d))?[A-Z]{0,3}\d{1,5}(?:[/-](?:[A-Z]{1,4}/)?\d{1,5})+(?:[./]\d{1,4})*"
)
_REF_TOKEN_RE = re.compile(rf"(?<![\w/.-])(?P<ref>{REF_TOKEN})(?![\w/-])")
_REF_LABEL = re.compile(
    r"(?:^|(?<=[ \t])(?=(?:Vorlagen?|Drucksachen?|Sitzungsvorlage|Beschlussvorlage)[- ]?(?:Nr\.?|Nummer)))[ \t]*(?:Vorlagen?(?:[- ]?(?:Nr\.?|Nummer))?|Drucksachen?(?:[- ]?(?:Nr\.?|Nummer))?|Drs\.(?:[- ]?Nr\.)?|"
    r"Beschlussvorlage[- ]Nr\.?|Sitzungsvorlage[- ]Nr\.?|Aktenzeichen|Az\.|Nummer(?=[ \t]*(?::|\n|$))"
    # a heading "Beschlussvorlage - 2022/BV/3187", "Mitteilungsvorlage: 22-2368"
    r"|(?:Beschluss|Sitzungs|Informations|Mitteilungs|Verwaltungs)vorlage(?=[ \t]*[:\-–][ \t]*[A-Z]{0,3}\d))"
    r"(?:[ \t]*[:\-–]|(?<=Nr\.)|(?<=Nummer))[ \t]*",
    re.MULTILINE | re.IGNORECASE,
)
TITLE = re.compile(r"^(?:Betreff|Betr\.|Titel|Thema|Gegenstand)[ \t]*:[ \t]*\n*(?P<title>[^\n]+)", re.MULTILINE)

# Dates
_RECEIVED = re.compile(
    rf"\b(?:Eingang|Eingangsdatum|Posteingang|eingegangen(?:\s+am)?|Datum des Eingangs)\s*:?\s*(?P<date>{DATE_PATTERN})",
    re.IGNORECASE,
)
# "Unterrichtung über die öffentliche Sitzung …", "Bericht über die Sitzung …"
_REPORT_OF_SESSION = re.compile(r"[ \t]*(?:Unterrichtung|Bericht)[ \t]+über\s+die\s+(?:[\wäöüß.]+\s+){0,2}?Sitzung\b")
# The heading of minutes names the session and its date: "Über die 69. Sitzung
# des Hauptausschusses am 30.11.2017", "über die 6. Stadtverordnetenversammlung
# am 25. Februar 2015", "über die Sitzung des … ⏎vom 28.11.2019" (before the
# line that dates the writing of the minutes: "Rathenow 27.03.2015").
_MINUTES_OF_SESSION = re.compile(
    r"^[ \t]*(?:[A-ZÄÖÜ][\wäöüß-]*[ \t]+)?(?:-?[ \t]*(?:nicht)?öffentlicher[ \t]+Teil[ \t]*-[ \t]*)?[Üü]ber[ \t]+die[ \t]+"
    r"(?:\d{1,3}\.[ \t]*)?(?:[\wäöüß-]+[ \t]+){0,2}?[\wäöüß-]*(?:[Ss]itzung|[Vv]ersammlung)\b"
    r"[^\n]{0,160}?(?:\n[ \t]*){0,3}?[^\n]{0,40}?\b(?:am|vom)[ \t]+(?:\w+,?[ \t]+)?(?:(?:den|dem)[ \t]+)?"
    rf"(?P<date>{DATE_PATTERN})",
    re.MULTILINE,
)
_TERMIN_FIELD = re.compile(r"^(?:Termin|Sitzungstermin|Sitzungsdatum|Sitzung am|Datum der Sitzung)\s*:", re.MULTILINE | re.IGNORECASE)
# A label naming the session a page is shown for: "Sitzung:", "Daten angezeigt
# aus Sitzung: 16. Sitzung des Stadtrates (Plenum), 23.11.2020".
_SESSION_FIELD = re.compile(r"Sitzung[ \t]*:")
_SESSION_FIELD_LINE = re.compile(r"(?:[A-ZÄÖÜa-zäöüß][a-zäöüß]*[ \t]+){0,3}$")
_DATE_FIELD = re.compile(
    rf"(?:^|(?<=[ \t]))(?:Datum|Stand|Sitzungsdatum|Erstellt[ \t]+am|Erstellungsdatum|Vorlagedatum|Ausgabedatum)"
    rf"\s*:\s*(?:\w+,?\s+)?(?P<date>{DATE_PATTERN})"
    # a form's "Datum 10.01.2024" without its colon, at a line start
    rf"|^(?:Datum|Sitzungsdatum)[ \t]+(?:\w+,?[ \t]+)?(?P<date2>{DATE_PATTERN})", re.MULTILINE | re.IGNORECASE
)
# "Karlsruhe, 4. Oktober 2013", "Dr. Nora Wegner, 27.7.2022", "Cloppenburg, den 08.09.2022"
_LETTER_DATE = re.compile(
    rf"^[A-ZÄÖÜ][\wäöüß.\- ]{{1,60}},[ \t]*(?:den[ \t]+|am[ \t]+)?(?P<date>{DATE_PATTERN})[ \t]*$", re.MULTILINE
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
_ROLES = r"(?:Kenntnisnahme|Entscheidung|Vorberatung|Beratung|Beschlussfassung|Anhörung|Behandlung)"
_BODY_LINE = re.compile(
    rf"^(?P<body>(?:[A-ZÄÖÜ][\wäöüß-]*[ \t]+){{0,4}}{BODY}(?:[ \t]+(?!{_ROLES}\b)[A-ZÄÖÜ][\wäöüß/-]+)?)"
    rf"(?:[ \t]+{_ROLES})?[ \t]*$"
)
_DECIDES = re.compile(r"\b(?:Entscheidung|Beschlussfassung|beschließend|abschließend)\b", re.IGNORECASE)
_SECTION_END = re.compile(
    r"^(?:Kurzfassung|Beschlussantrag|Beschlussvorschlag|Sachverhalt|Begründung|Antrag|Der |Die |Das |Petitum|"
    r"Finanzielle|Anlage|Zusammenfassung|Ergänzende)",
)

# English documents: "MINUTES OF PROCEEDINGS AT …", "OFFICIAL MINUTES", "Agenda".
_ENGLISH_LABELS = [
    (re.compile(r"\b(?:OFFICIAL\s+)?MINUTES\b|\b(?:Official\s+)?Minutes\b"), "Minutes", "minutes"),
    (re.compile(r"\bAGENDA\b|^Agenda\b", re.MULTILINE), "Agenda", "agenda"),
    (re.compile(r"\bNOTICE OF MOTION\b|^Notice of Motion\b", re.MULTILINE), "Notice of Motion", "motion"),
]

HEAD_CHARS = 1500
HEADING_LINES = 14


def extract_metadata(ctx: Context) -> dict[str, Any]:
    """Document fields from the text; structured hints win."""
    text = ctx.view.text
    head = text[:HEAD_CHARS]
    meta: dict[str, Any] = {}

    hints = ctx.doc.hints
    label, dtype, label_end = _type_label(head)
    record = _RECORD.search(head)
    if record and (not label or record.start() < head.rfind("\n", 0, label_end) + 1):
        # The page opens with a decision's result: a record of the meeting.
        label, dtype = (label if dtype == "minutes" else None), "minutes"
        meta["type"] = dtype
        if label:
            meta["type_label"] = label
    elif not label and (_PROPOSAL_SECTION.search(head, 0, 300)
                        or (_CONSULTATION_HEAD.search(head) and _REASONS.search(head))):
        meta["type"] = "proposal"
    elif not label and _PROCEEDINGS.search(head) and not _REASONS.search(head):
        # No heading, but the text records a meeting's proceedings.
        meta["type"] = "minutes"
    if label:
        meta["type_label"] = label
        meta["type"] = dtype
        line_start = head.rfind("\n", 0, label_end) + 1
        if dtype == "information" and _REPORT_OF_SESSION.match(head, line_start, label_end):
            # "Unterrichtung über die öffentliche Sitzung des …": a record of the meeting.
            meta["type"] = dtype = "minutes"
        if dtype == "other" and label.casefold() == "anlage" and len(_RESULT_WORDS.findall(text)) >= 3:
            meta["type"] = "minutes"
    # The type decides which date and number count, so a hint's type is taken first.
    if hints.get("type"):
        meta["type"] = hints["type"]
    elif hints.get("type_label"):
        meta["type"] = label_type(hints["type_label"]) or meta.get("type")

    meetings = _meeting_table(head)
    if meetings:
        meta["meetings_table"] = meetings
    received = _first_date(_RECEIVED, head)
    if received:
        meta["received"] = received
    meta["date"] = _document_date(
        text, head, meta.get("type"), label_end, received, meetings, record.start() if record else None
    )

    body = _authority(text[:4000], text)
    if body:
        meta["body"] = body
    addressed = _addressee(head, label_end, meetings, text)
    if addressed and meta.get("type") not in ("minutes",):
        meta["addressed_to"] = addressed

    if meta.get("type") not in ("minutes", "agenda"):
        ref = _reference(head) or _heading_reference(head)
        if ref:
            meta["reference"] = ref
    title = _title(head, meta.get("type")) or _title_after_label(head, label_end, meta.get("type"))
    if title:
        meta["title"] = title

    for key in ("type_label", "reference", "title", "date", "body", "addressed_to"):
        if hints.get(key):
            meta[key] = hints[key]
    meta.setdefault("type", "other")
    if meta.get("date") is None:
        meta.pop("date", None)
    return meta


def label_type(label: str) -> str | None:
    """Contract type of a document's word for its type ("Mitteilung" -> information)."""
    key = label.casefold().strip()
    if key in LABEL_TO_TYPE:
        return LABEL_TO_TYPE[key]
    for rx, dtype in _LABEL_RE:
        if rx.search(label):
            return dtype
    return None


# -- type -----------------------------------------------------------------


def _heading_lines(head: str) -> list[tuple[int, int]]:
    """(start, end) of the first non-empty lines of the head."""
    out: list[tuple[int, int]] = []
    pos = 0
    while pos < len(head) and len(out) < HEADING_LINES:
        end = head.find("\n", pos)
        if end < 0:
            end = len(head)
        if head[pos:end].strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _type_label(head: str) -> tuple[str | None, str | None, int]:
    """The heading word, its contract type and where its line ends."""
    lines = _heading_lines(head)
    field = _TYPE_FIELD.search(head)
    for i, (start, end) in enumerate(lines):
        if i >= 3 and field:
            break  # a form field naming the type beats a word further down
        m = _HEADING.match(head, start, end)
        if not m and i < 3 and end - start <= 100:
            # "Gemeinde Musterdorf – Niederschrift Gemeinderat – 12.03.2024": a
            # heading line of parts, the type word opening one of them.
            for sep in _HEADING_PART.finditer(head, start, end):
                m = _HEADING_AT.match(head, sep.end(), end)
                if m:
                    break
        if not m and head[start + 1:start + 2] == " " and _SPACED.fullmatch(head, start, end):
            word = "".join(head[start:end].split())
            if re.fullmatch(_LABEL_ALT, word, re.IGNORECASE):
                return _canonical_label(word), label_type(word), end
        if m and re.fullmatch(r"\s*:\s*", head[m.end():end]):
            continue  # a section label such as "Anlage:"
        if m and _NUMBER_FIELD.match(head, m.end(), end):
            continue  # a field naming the paper's number: "Vorlage: AN/2024/012"
        if m and _LISTED_DOC.match(head, m.end(), end):
            continue  # a related document listed on the page: "Einladung (erschienen am 17.09.2014)"
        if m and label_type(m.group("label")) in ("motion", "inquiry"):
            # A page that quotes the motion or question and then answers it:
            # "Antrag … vom 25.2.2020 / Antwort Stadtschulrätin …:"
            for start2, end2 in lines[i + 1:i + 3]:
                m2 = _HEADING.match(head, start2, end2)
                if m2 and label_type(m2.group("label")) == "answer":
                    return _canonical_label(m2.group("label")), "answer", end2
        if m:
            word = m.group("label")
            label = _canonical_label(word)
            if m.group("adj") and m.group("adj").casefold() in ("kleine", "große", "grosse", "gemeinsamer"):
                label = f"{m.group('adj').capitalize()} {label}"
            return label, label_type(word), end
    if field:
        return _canonical_label(field.group("label")), label_type(field.group("label")), field.end()
    first = head[:400]
    for rx, label, dtype in _ENGLISH_LABELS:
        m = rx.search(first)
        if m:
            return label, dtype, head.find("\n", m.end()) if "\n" in head[m.end():] else len(head)
    return None, None, 0


_NUMBER_FIELD = re.compile(rf"[ \t]*(?:Nr\.)?[ \t]*:[ \t]*{REF_TOKEN}[ \t]*$")
_HEADING_AT = re.compile(_HEADING.pattern.removeprefix("^"), _HEADING.flags)
_HEADING_PART = re.compile(r"[ \t]+[–—|-][ \t]+")
_LISTED_DOC = re.compile(r"[ \t]*\((?:erschienen|veröffentlicht|eingestellt)\b")


def _canonical_label(word: str) -> str:
    word = " ".join(word.split())
    if word.isupper() or word.islower():
        return _CANONICAL.get(word.casefold(), word.capitalize())
    return word


# -- dates ----------------------------------------------------------------


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


_NEXT_LINE_DATE = re.compile(rf"[^\n]*\n(?:[^\n]{{0,80}}\n)?[ \t]*(?:vom|am|den)[ \t]+(?:\w+,?[ \t]+)?(?:den[ \t]+)?(?P<date>{DATE_PATTERN})")


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
    termin = None
    tm = _TERMIN_FIELD.search(head) or _session_field(head)
    if tm:
        termin = _date_after(head, tm.end())
    if dtype in ("minutes", "agenda"):
        # The meeting's date: the heading, a Termin field, the first lines.
        early = None
        for start, end in lines[:8]:
            if record_start is not None and start >= record_start:
                break  # a page opening with a decision: later dates are its content
            m = ANY_DATE.search(head, start, end)
            if m:
                early = date_from_match(m)
                break
        return (termin or _first_date(_DATE_FIELD, head) or _first_date(_MINUTES_OF_SESSION, head) or heading_date
                or early or _signoff_date(text)
                or _table_date(meetings) or parse_english_date(head[:800]))
    if dtype == "answer":
        # An answer quotes the question it answers: its own date is the last dated line.
        dated = _dated_lines(text)
        if dated:
            return dated[-1]
    letter = _first_date(_LETTER_DATE, head) or _first_date(_DATE_FIELD, head)
    return (
        received or heading_date or letter or _signoff_date(text) or termin or _table_date(meetings)
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


# -- reference, body, addressee, title -------------------------------------


# The number on the heading line itself: "Beschlussvorlage BV/2024/0015",
# "Drucksache 12/2024", "Mitteilungsvorlage Nr. MV/2024/007", "Antrag Nr. 7/2024".
_HEADING_REF = re.compile(
    rf"[ \t]*(?:[A-ZÄÖÜ][a-zäöüß]+[ \t]+)?(?:{_LABEL_ALT}|Drucksache|Vorlage)[ \t]*(?:Nr\.?|Nummer)?[ \t]*[\-–]?[ \t]*"
    rf"(?P<ref>{REF_TOKEN})(?![\w/-])",
    re.IGNORECASE,
)


def _heading_reference(head: str) -> str | None:
    # Only the first lines: a labelled field further down ("Vorlage: …" under
    # "Bezug:") is read by _reference, which knows which numbers are cited.
    for start, end in _heading_lines(head)[:3]:
        m = _HEADING_REF.match(head, start, end)
        if m and not NUMERIC_DATE.fullmatch(m.group("ref")):
            return m.group("ref")
    return None


def _reference(head: str) -> str | None:
    for m in _REF_LABEL.finditer(head):
        # A number under "Bezug:" is the paper referred to, not this one's.
        block_start = head.rfind("\n\n", 0, m.start())
        block = head[block_start + 1 if block_start >= 0 else 0 : m.start()]
        if re.match(r"\s*(?:Bezug|Betreff|Bezugnehmend)\b", block, re.IGNORECASE):
            continue
        window = head[m.end() : m.end() + 160]
        # The value on the label's line, else on one of the next lines (PDF forms).
        line_end = window.find("\n")
        same_line = window if line_end < 0 else window[:line_end]
        rm = _REF_TOKEN_RE.match(same_line.strip())
        if rm and not NUMERIC_DATE.fullmatch(rm.group("ref")):
            return rm.group("ref")
        if same_line.strip():
            continue
        # In a form table the labels form one row and the values the next
        # ("Datum / Nummer / öffentlich" over "20.02.2020 / F0071/20 / …").
        filled = 0
        for line in window.split("\n")[1:]:
            s = line.strip()
            if not s:
                continue
            filled += 1
            rm = _REF_TOKEN_RE.fullmatch(s)
            if rm and not NUMERIC_DATE.fullmatch(s):
                return rm.group("ref")
            if filled >= 4:
                break
    return None


def _authority(s: str, whole: str) -> str | None:
    """The authority: a line of its own in the head ("Bezirksamt Hamburg-Nord",
    "STADT KARLSRUHE"), else a name the text repeats ("die Stadt Karlsruhe …").
    A capitalised word after "Stadt" in running text may be a noun ("die Stadt
    Mittel bereitstellt"), so a name read once in running text is not enough."""
    standalone: list[tuple[int, int, str]] = []
    counts: dict[str, list[int]] = {}
    for m in AUTHORITY.finditer(s):
        name = " ".join(m.group("name").split())
        if name.isupper():
            name = " ".join(w.capitalize() for w in name.split())
        kind = name.split()[0].casefold()
        rank = _AUTHORITY_RANK.get(kind, 1)
        line_start = s.rfind("\n", 0, m.start()) + 1
        line_end = s.find("\n", m.end())
        line = s[line_start: len(s) if line_end < 0 else line_end].strip()
        written = m.group("name").strip()
        heading = m.start() < 300 and (line.startswith(written) or line.endswith(written))
        if (line == m.group("name").strip() or heading) and not re.search(rf"\s{_ROLES}$", name):
            standalone.append((rank, m.start(), name))
        counts.setdefault(name, []).append(m.start())
    if standalone:
        return min(standalone)[2]
    def is_place(name: str, n: int) -> bool:
        # Named again, or its place named elsewhere: "in Karlsruhe", "Karlsruher".
        place = name.split()[-1]
        if n >= 2 or whole.count(name) >= 2:
            return True
        return f"in {place}" in whole or f"aus {place}" in whole or f"{place}er " in whole

    found = [(_AUTHORITY_RANK.get(n.split()[0].casefold(), 1), pos[0], n) for n, pos in counts.items()
             if is_place(n, len(pos))]
    return min(found)[2] if found else None


def _addressee(head: str, label_end: int, meetings: list[tuple[str, str, str]], text: str) -> str | None:
    if label_end:
        line_start = head.rfind("\n", 0, label_end) + 1
        m = ADDRESSEE.search(head, line_start, label_end)
        if m:
            return _nominative(m.group("body"))
    gremium = _gremium_field(head)
    if gremium:
        return gremium
    if meetings:
        for body, _date, rest in meetings:
            if _DECIDES.search(rest):
                return _clean_body(body)
        # The body the proposed resolution speaks to: "Der Gemeinderat möge beschließen"
        names = [_clean_body(b) for b, _, _ in meetings]
        for name in names:
            head_noun = name.split()[0]
            if re.search(rf"\b(?:Der|Die|Das)\s+{re.escape(head_noun)}\w*\s+(?:[\w ]{{0,40}}\s)?"
                         r"(?:möge|beschließt|nimmt|stimmt|empfiehlt|wird gebeten)\b", text[:6000]):
                return name
        return names[0]
    # A presentation's title page: the committee's name on a line of its own.
    for start, end in _heading_lines(head)[:8]:
        line = head[start:end].strip()
        if _BODY_ONLY.fullmatch(line):
            return line
    return None


_BODY_ONLY = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*(?:ausschuss|beirat|kommission)")


def _gremium_field(head: str) -> str | None:
    """The value of a "Gremium:" form field; in PDF forms it may stand a few
    lines below its label, after other labels, and wrap ("Ortschaftsrat /
    Hohenwettersbach")."""
    m = _GREMIUM_LABEL.search(head)
    if not m:
        return None
    lines = head[m.end():].split("\n")[:8]
    for i, line in enumerate(lines):
        s = line.strip()
        if not s or s.endswith(":"):
            continue
        body = re.search(rf"{BODY}(?:[ \t]+[A-ZÄÖÜ][\wäöüß-]+)?$", s)
        if not body:
            return None
        name = body.group(0)
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if " " not in name and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*", nxt):
            name = f"{name} {nxt}"
        return name
    return None


def _clean_body(body: str) -> str:
    # "32. Sitzung Hauptausschuss" -> "Hauptausschuss"
    m = re.search(rf"{BODY}(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?$", body)
    return m.group(0) if m else body


def _nominative(name: str) -> str:
    if name.endswith("sses"):
        return name[:-2]
    if re.search(r"(?:rat|tag)es$", name):
        return name[:-2]
    if re.search(r"(?:rat|tag)s$", name):
        return name[:-1]
    return name


# Lines of a form head that are fields, not the subject.
_FIELD_LINE = re.compile(
    r"^(?:(?:Eingang|Eingangsdatum|Dienststelle|Verantwortlich|Federführend|Verfasser|Status|Datum|Termin|TOP|"
    r"Gremium|Gremien|Vorlagen?(?:[- ]?Nr\.?)?|Drucksachen?(?:[- ]?Nr\.?)?|Antrag|Anfrage|Az\.|Aktenzeichen|"
    r"Sitzung|Ort|Zuständigkeit)\b[^\n:]{0,12}:.*"
    r"|(?:Antrag|Anfrage|Änderungsantrag|Ergänzungsantrag)\s+(?:der|des|von)\s+.*"
    r"|Dez\.?(?:\s*\d+)?|(?:nicht)?öffentlich|Der Oberbürgermeister|Die Oberbürgermeisterin|[\d\s./-]*"
    r"|[^\n]*[Ff]raktion|Gedruckt auf .*)$",
    re.IGNORECASE,
)
_TITLE_ANCHOR = re.compile(
    r"^(?:Beratungsfolge|Gremi(?:um|en)[ \t]+(?:Termin|Sitzung)|Begründung|Sachverhalt|Kurzfassung|"
    r"Beschlussantrag|Antrag an den)\b",
    re.MULTILINE,
)
_TOP_TITLE = re.compile(r"^(?:Punkt|TOP)\s+[\d.]+\s+der\s+Tagesordnung\s*:\s*(?P<t>[^\n]+(?:\n(?!(?:Punkt|Antrag|Anfrage|Vorlage|Gemeinsamer|Interfraktioneller|Änderungsantrag|Ergänzungsantrag)\b)[^\n]+)?)", re.MULTILINE)


# "<subject> (Antrag der SPD- und GRÜNE-Fraktion)", "<subject> Antrag der GRÜNE-Fraktion"
_ATTRIBUTION = re.compile(
    r"\s*\(?\b(?:Gemeinsamer\s+|Interfraktioneller\s+)?(?:Antrag|Änderungsantrag|Ergänzungsantrag|Anfrage|"
    r"Kleine Anfrage|Große Anfrage)\s+(?:der|des|von)\s+[^()]{2,80}\)?$"
)


def _title(head: str, dtype: str | None) -> str | None:
    m = TITLE.search(head)
    if m:
        line_end = head.find("\n", m.end())
        nxt = head[m.end() + 1: line_end if line_end > 0 else len(head)].strip() if line_end >= 0 else ""
        title = m.group("title")
        # The attribution may stand on the subject's next line.
        if nxt and _ATTRIBUTION.fullmatch(" " + nxt):
            title = f"{title} {nxt}"
        title = _ATTRIBUTION.sub("", one_line(title)).strip()
        # "… im Brakula Eingabe": the paper's type word after its subject.
        words = title.split()
        if len(words) > 2 and words[-1].casefold() in LABEL_TO_TYPE:
            title = " ".join(words[:-1])
        return title or one_line(m.group("title"))
    if dtype in ("minutes", "agenda"):
        m = _TOP_TITLE.search(head)
        if m:
            return one_line(m.group("t"))
        return None
    # Form heads: the subject is the paragraph before the Beratungsfolge
    # table (or the first section), without the form's fields.
    a = _TITLE_ANCHOR.search(head)
    if not a:
        return None
    before = head[: a.start()].rstrip("\n")
    lines: list[str] = []
    for line in reversed(before.split("\n")):
        s = line.strip()
        if not s:
            if lines:
                break
            continue
        if _FIELD_LINE.match(s) or _REF_TOKEN_RE.fullmatch(s) or AUTHORITY.fullmatch(s) or _HEADING.fullmatch(s):
            if lines:
                break
            continue
        lines.append(s)
        if len(lines) >= 4:
            break
    return one_line(" ".join(reversed(lines))) if lines else None


_NOT_SUBJECT = re.compile(
    r"^(?:Sehr geehrte|Liebe|Bezug\b|An\s+(?:den|die|das)\b|zur\s+Sitzung|zum\s+|zur\s+|für\s+|Gedruckt auf)", re.IGNORECASE
)


def _title_after_label(head: str, label_end: int, dtype: str | None) -> str | None:
    """The line under the heading word: "Niederschrift / Sitzung der
    Bezirksversammlung", "Antrag / Einrichtung eines Jugendparlaments"."""
    if not label_end:
        return None
    line_start = head.rfind("\n", 0, label_end) + 1
    if not _HEADING.fullmatch(head[line_start:label_end].strip()):
        return None  # only under a heading that is the type word alone
    for start, end in _heading_lines(head[label_end:label_end + 400])[:3]:
        line = head[label_end + start:label_end + end].strip()
        if _FIELD_LINE.match(line) or _DATE_LINE.match(line) or AUTHORITY.fullmatch(line):
            continue
        if _NOT_SUBJECT.match(line) or line.endswith(":") or len(line) > 160:
            return None
        if dtype in ("minutes", "agenda") and not line.startswith("Sitzung"):
            return None
        return one_line(line)
    return None


def document_row(ctx: Context) -> dict[str, Any]:
    doc, meta = ctx.doc, ctx.meta
    return {
        "id": doc.id,
        "source_file": doc.source_file,
        "sha256": doc.sha256,
        "format": doc.format,
        "type": meta.get("type", "other"),
        "type_label": meta.get("type_label"),
        "reference": meta.get("reference"),
        "title": meta.get("title"),
        "date": meta.get("date"),
        "body": meta.get("body"),
        "addressed_to": meta.get("addressed_to"),
        "page_count": len(doc.page_starts) or None,
        "oparl_id": doc.hints.get("oparl_id"),
        "text": doc.text,
    }
