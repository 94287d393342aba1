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
  ("Beratungsgang:"), or states a decision in a paragraph of its own ("Der
  Bericht wird zur Kenntnis genommen.") is minutes; one without a heading that opens with a
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

One module per concern: ``head`` (first lines, type, the shapes of names and
numbers), ``dating`` (the date), ``fields`` (number, authority, addressee,
title); this module puts them together.

Structured hints (an ALLRIS page's metadata table, OParl fields) win over
these text rules. Besides the contract fields, the metadata holds
``received`` (the date of receipt, "Eingang: …", used as a motion's date)
and ``meetings_table`` (body, date, rest of row) of the Beratungsfolge.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .. import agenda as agenda_mod
from ..common import BODY_RE
from ..dates import DATE_PATTERN
from .. import structure as structure_mod

from .dating import SESSION_SLOT_LINE, session_held_date, _DATELINE, _RECEIVED, _document_date, _first_date, _meeting_table
from .fields import _addressee, _authority, _heading_reference, _reference, _title, _title_after_label
from .head import _heading_lines, record_line
from .head import AUTHORITY, REF_TOKEN, HEAD_CHARS, _BODY_DECIDES, _CONSULTATION_HEAD, _PASSIVE_RECORD, _PROCEEDINGS, _PROPOSAL_SECTION, _REASONS, _RECORD, _REPORT_OF_SESSION, _RESULT_WORDS, _type_label, label_type, shape_type

if TYPE_CHECKING:
    from .. import Context


def extract_metadata(ctx: Context) -> dict[str, Any]:
    """Document fields from the text; structured hints win."""
    text = ctx.view.text
    head = text[:HEAD_CHARS]
    meta: dict[str, Any] = {}

    hints = ctx.doc.hints
    # (a heading set in capitals or a file's name as its first line read as words: same offsets)
    label, dtype, label_end = _type_label(agenda_mod.head_view(text)[:HEAD_CHARS])
    record = _RECORD.search(head)
    # Where a page without a session header starts telling what the meeting did: dates after it are
    # its content ("… die Satzung vom 1. Juli 1999 wird geändert"), not the session's.
    content_start: int | None = None
    opening_letter = None if label else _opening_letter(head)
    if opening_letter:
        # A letter that opens with its salutation ("Sehr geehrter Herr Oberbürgermeister, …") and
        # asks for answers or a decision tells of a meeting's decisions, it records none.
        meta["type"] = opening_letter
    elif record and (not label or record.start() < head.rfind("\n", 0, label_end) + 1):
        # The page opens with a decision's result: a record of the meeting.
        label, dtype = (label if dtype == "minutes" else None), "minutes"
        meta["type"] = dtype
        if label:
            meta["type_label"] = label
    elif not label and (_PROPOSAL_SECTION.search(head, 0, 300)
                        or (_CONSULTATION_HEAD.search(head) and _REASONS.search(head))):
        meta["type"] = "proposal"
    elif not label and (shaped := shape_type(head)):
        meta["type"] = shaped
    elif not label and (_SESSION_ENDED.search(head) or (_PRESENT.search(head) and _ABSENT.search(head))
                        or _TOOK_PART_IN_SESSION.search(head)):
        # No heading, but the head says when the session ended or who was there and who was
        # not: only a record of the meeting knows that.
        meta["type"] = "minutes"
    elif not label and (told := _PROCEEDINGS.search(head)) and not _REASONS.search(head):
        # No heading, but the text records a meeting's proceedings.
        meta["type"] = "minutes"
        content_start = told.start()
    elif not label and (_EXTRACT_RECORD.search(head) and _REASONS.search(head)
                        and not (_CONSULTATION_HEAD.search(head) or _PROPOSAL_SECTION.search(text))):
        # An extract of the minutes keeps the paper's "Sachverhalt" and adds what the
        # meeting did with it ("Frau X stellt die Ergebnisse vor", "wird vom Rat genehmigt").
        meta["type"] = "minutes"
    elif not label and (request := _letter_request(head)):
        # A letter to the mayor asking for a decision or an item on the agenda is a
        # motion; one asking for answers ("wir bitten um Beantwortung der folgenden Fragen")
        # an inquiry — whichever it asks first.
        meta["type"] = request
    elif not label and (told := (_PASSIVE_RECORD.search(head) or _BODY_DECIDES.search(head))) and not (
            _PROPOSAL_SECTION.search(text) or _REASONS.search(head) or _CONSULTATION_HEAD.search(head)):
        # No heading, a decision recorded in a paragraph of its own ("Der Bericht wird zur Kenntnis
        # genommen.", "Der Gemeinderat beschließt, …"): an extract of the minutes.
        meta["type"] = "minutes"
        content_start = told.start()
    if label:
        meta["type_label"] = label
        meta["type"] = dtype
        line_start = head.rfind("\n", 0, label_end) + 1
        if dtype == "information" and _REPORT_OF_SESSION.match(head, line_start, label_end):
            # "Unterrichtung über die öffentliche Sitzung des …": a record of the meeting.
            meta["type"] = dtype = "minutes"
        if dtype == "agenda" and _attended(text):
            # "Tagesordnung" over a session that has ended, or with who was absent: the
            # agenda as the record of the meeting lists it (the list of items may be long).
            meta["type"] = dtype = "minutes"
        if dtype == "other" and label.casefold() == "anlage" and len(_RESULT_WORDS.findall(text)) >= 3:
            meta["type"] = "minutes"
    session_record = None
    if not label and meta.get("type") in (None, "minutes") and not hints.get("type") and (
            session_record := record_line(head)):
        # No heading word in the first lines, but a line further down (under a site's menus, a
        # gazette's issue line or a place-and-date line) names the record of a dated session.
        meta["type"], meta["type_label"] = "minutes", session_record[0]
    tree = None
    extract_date = None
    if not label and "type" not in meta and not hints.get("type") and not hints.get("type_label"):
        # No heading word and no shape of the head says what the paper is:
        # its structure may show a record of a meeting (a decision taken).
        tree = _recorded_tree(text, head)
        if tree is None and (extract := _EXTRACT_OF_SESSION.search(head)):
            # "Beschluss aus der Sitzung des Jugendhilfeausschusses … am …",
            # "Auszug aus der Niederschrift …": an extract of the minutes.
            session = structure_mod.read_session(text, "minutes")
            if session is not None and session.date and abs(session.start - extract.end()) < 80:
                meta["type"] = "minutes"
                extract_date = session.date
        if tree is not None:
            meta["type"] = "minutes"
            meta["_tree"] = tree
        elif "type" not in meta and _AGENDA_LIST.search(head) and (
                (session := structure_mod.read_session(text, "agenda")) is not None and session.date):
            # A session's line over its list of items ("Tagesordnung: / 1. Eröffnung …") and no
            # record of what was decided: the notice of a coming session.
            meta["type"] = "agenda"
        elif "type" not in meta and (slot := _session_slot(head)) is not None:
            # A session's name over its day and hour ("Bauausschusssitzung / Montag, 7. Oktober
            # 2019, 17:30 Uhr"): its record when it tells who attended or when it ended, else its
            # notice when a list of items follows.
            if _attended(text):
                meta["type"] = "minutes"
            elif _FIRST_ITEM.search(head, slot):
                meta["type"] = "agenda"
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
    starts = [p for p in (record.start() if record else None, content_start) if p is not None]
    meta["date"] = _document_date(
        text, head, meta.get("type"), label_end, received, meetings, min(starts) if starts else None
    )
    if tree is not None and meta.get("type") == "minutes":
        # A record read from its structure is dated by the session it names,
        # never by a date inside a decision's wording.
        session = tree.session
        first = tree.decisions()[0][1].start
        if session and session.date and session.start < first:
            meta["date"] = session.date
        else:
            meta["date"] = _document_date(text, head, "minutes", 0, received, meetings, first)

    if meta.get("date") is None and not hints.get("date"):
        # A paper headed by the session it reports on or is for ("Ratssitzung vom …",
        # "Sitzung des Stadtrates / am Dienstag, dem …") is dated by that session.
        session = tree.session if tree is not None else structure_mod.read_session(text, meta.get("type"))
        if session is not None and session.date and session.start < _SESSION_HEAD_CHARS:
            meta["date"] = session.date
    if session_record and meta.get("type") == "minutes":
        meta["date"] = session_record[1]  # the session's, not the day the record was written
    if extract_date and meta.get("type") == "minutes":
        meta["date"] = extract_date  # the session's, not a date the page was written or filed
    if meta.get("date") is None and meta.get("type") in ("minutes", "agenda"):
        # Minutes and agendas are dated by the session they are for, in
        # whatever shape their head names it.
        session = tree.session if tree is not None else structure_mod.read_session(text, meta["type"])
        if session is not None and session.date:
            meta["date"] = session.date
    if meta.get("date") is None and not hints.get("date") and meta.get("type") in (None, "minutes", "other"):
        # A record without a dated heading whose opening tells the session held ("Unter dem Vorsitz …
        # findet am 16.05.2023 … eine Sitzung des Rates statt").
        held = session_held_date(head)
        if held:
            meta["date"] = held
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
    if meta.get("type", "other") == "other" and not label and not hints.get("type") and (
            _SURVEY_REPORT.search(head) or _DATELINE.search(head) or _PRESS_OFFICE.search(head)
            or _dated_article(head)):
        # No heading word, no form and no record: a text that reports a survey
        # ("Die Befragung der Eltern ergab …"), opens with a press dateline ("Talheim, 3. März
        # 2021 – Die Gemeinde …"), names the press office that issued it, or is an article under
        # its title and day ("Neue Buslinie ab Juni / 03.04.2021 / Ab dem 1. Juni fährt …") is a report.
        meta["type"] = "information"
    meta.setdefault("type", "other")
    if tree is not None:
        h = tree.header
        h.doc_type, h.doc_date, h.reference, h.title = meta["type"], meta.get("date"), meta.get("reference"), meta.get("title")
        h.authority = meta.get("body")
    if meta.get("date") is None:
        meta.pop("date", None)
    return meta


# A session's end as a field of the head ("Sitzungsende: 20:07 Uhr", "| Ende der Sitzung: | 21.15 Uhr",
# "Sitzungsdauer: 17.10 - 20.05 Uhr", "Beginn: 19:00 Uhr Ende: 21:30 Uhr").
_SESSION_ENDED = re.compile(
    r"(?:^|[|\t ])(?:Sitzungsende|Ende[ \t]+der[ \t]+Sitzung|Schluss[ \t]+der[ \t]+Sitzung|Sitzungsschluss|Ende)"
    r"[ \t]*:?[ \t]*\|?[ \t]*(?:um[ \t]+)?\d{1,2}[.:]\d{2}[ \t]*Uhr"
    r"|Sitzungsdauer[ \t]*:?[ \t]*\|?[ \t]*\d{1,2}[.:]\d{2}[ \t]*(?:Uhr[ \t]*)?(?:-|–|bis)[ \t]*\d{1,2}[.:]\d{2}",
    re.MULTILINE,
)
# The list of a session's items under its label: "Tagesordnung:⏎1. Eröffnung", "Öffentliche Tagesordnung⏎TOP 1 …"
_AGENDA_LIST = re.compile(
    r"^[ \t]*(?:(?:Öffentliche|Nichtöffentliche|Vorläufige)[ \t]+)?Tagesordnung[ \t]*:?[ \t]*\n(?:[ \t]*\n)?"
    r"[ \t]*(?:TOP[ \t]*|Top[ \t]*|Ö[ \t]*|Punkt[ \t]+)?1\b",
    re.MULTILINE,
)
# Who took part in the meeting, as a label over a list: "An der Sitzung nahmen teil:", "An der Beratung
# nahmen außerdem teil:", "Es nahmen teil:".
_TOOK_PART_IN_SESSION = re.compile(
    r"^[ \t|]*(?:An[ \t]+der[ \t]+(?:[\wäöüß-]+[ \t]+)?(?:Sitzung|Beratung|Besprechung|Versammlung)[ \t]+nahm(?:en)?"
    r"|Es[ \t]+nahm(?:en)?)[ \t]+(?:[\wäöüß]+[ \t]+)?teil[ \t]*:",
    re.MULTILINE,
)
# Who attended and who did not: "Anwesend:", "Entschuldigt fehlten:", "Abwesend".
_PRESENT = re.compile(r"^[ \t|]*(?:Anwesend|Anwesende|Anwesenheit|Teilnehmer(?:innen)?)\b", re.MULTILINE)
_ABSENT = re.compile(r"^[ \t|]*(?:Abwesend|Entschuldigt|Es[ \t]+fehlten|Nicht[ \t]+anwesend|Es[ \t]+fehlte)\b",
                     re.MULTILINE | re.IGNORECASE)

# How far into a text its attendance list or the session's end may stand (after a long list of items).
_ATTENDANCE_CHARS = 6000


def _attended(text: str) -> bool:
    """The text tells when the session ended, or who was present and who absent."""
    part = text[:_ATTENDANCE_CHARS]
    return bool(_SESSION_ENDED.search(part) or (_PRESENT.search(part) and _ABSENT.search(part)))


# The first item of a list: "1. Eröffnung", "TOP 1 Begrüßung", "Ö 1".
_FIRST_ITEM = re.compile(r"^[ \t]*(?:(?:TOP|Top|Ö|Punkt)[ \t]*)?1[.):]?[ \t]+[A-ZÄÖÜ]", re.MULTILINE)

# Where the day of a session stands under its name: within the first lines.
_SLOT_LINES = 6


def _session_slot(head: str) -> int | None:
    """Where the line with a session's day and hour ends, when it stands within the first lines
    right under a line naming a council body or a session."""
    lines = _heading_lines(head)[:_SLOT_LINES]
    for i, (start, end) in enumerate(lines):
        if i and SESSION_SLOT_LINE.match(head, start, end):
            above = head[lines[i - 1][0]:lines[i - 1][1]]
            if len(above) < 80 and (BODY_RE.search(above) or _SESSION_WORD_RE.search(above)):
                return end
    return None


_SESSION_WORD_RE = re.compile(r"[Ss]itzung\b|[Ss]itzung[ \t]+(?:des|der)\b")

# Where a session header still names the paper's session.
_SESSION_HEAD_CHARS = 300

# What a meeting did, told in the present: a speaker presenting, a decision with its agent.
_EXTRACT_RECORD = re.compile(
    r"\b(?:Herr|Frau)[ \t]+(?:Dr\.[ \t]+)?[A-ZÄÖÜ][\wäöüß-]+[ \t]+(?:stellt|erläutert|präsentiert|berichtet|informiert)\b"
    r"|\b(?:wird|werden)[ \t]+vo[nm][ \t]+(?:der[ \t]+)?[A-ZÄÖÜ][\wäöüß-]*(?:rat|tag|ausschuss|versammlung|vertretung|beirat)"
    r"[ \t]+(?:[^.\n]{0,60}[ \t])?(?:genehmigt|beschlossen|zur[ \t]+Kenntnis[ \t]+genommen|abgelehnt|angenommen)\b"
)

# A letter's request for a decision: "wir beantragen", "beantragen wir", "bitten wir / wir bitten
# Sie, … in die Tagesordnung … aufzunehmen", "stellen wir folgenden Antrag".
_LETTER_MOTION = re.compile(
    r"\b(?:[Ww]ir[ \t]+beantragen|beantragen[ \t]+wir|stellen[ \t]+wir[ \t]+(?:folgenden|den|diesen)[ \t]+Antrag"
    # (abbreviations inside: "den o. a. Punkt in die Tagesordnung … aufzunehmen")
    r"|(?:[Ww]ir[ \t]+bitten|bitten[ \t]+wir)(?:[^.\n]|\b[a-zA-Z]{1,3}\.){0,160}?(?:Tagesordnung|Beratung|Beschluss|abzustimmen)"
    r"|[Ww]ir[ \t]+stellen[ \t]+(?:folgenden|den|diesen)[ \t]+Antrag)\b"
)

_LETTER_INQUIRY = re.compile(
    r"\b(?:bitten|bitte|ersuchen)\b(?:[^.\n]|\b[a-zA-Z]{1,3}\.){0,60}?\b(?:Beantwortung|Auskunft|zu[ \t]+beantworten)\b"
    r"|\b(?:[Ww]ir[ \t]+fragen|fragen[ \t]+wir)[ \t]+(?:(?:hiermit|daher|deshalb|nochmals|weiterhin|deshalb[ \t]+nochmals)[ \t]+)?"
    r"(?:an|die[ \t]+Verwaltung|Sie)\b|\b(?:[Ww]ir[ \t]+fragen|fragen[ \t]+wir)[ \t]*:"
)

# A text that reports a survey: the word in its head.
_SURVEY_REPORT = re.compile(
    r"(?i:befragung|umfrage|fragebogenaktion|fragebögen|fragebogen)"
)

# The office that issues a city's news: "Pressestelle", "Presse- und Öffentlichkeitsarbeit", "Presseamt".
_PRESS_OFFICE = re.compile(
    r"^[^\n]{0,60}\b(?:Pressestelle|Presseamt|Pressebüro|Presse-[ \t]+und[ \t]+Öffentlichkeitsarbeit|Pressereferat"
    r"|Medienstelle|Pressesprecher(?:in)?)\b[^\n]{0,60}$",
    re.MULTILINE,
)
# A paragraph of running text: long, ending a sentence.
_PROSE_PARAGRAPH = re.compile(r"^[A-ZÄÖÜ„\"][^\n]{100,}[.!?“\"]?[ \t]*$", re.MULTILINE)


def _dated_article(head: str) -> bool:
    """A title, a line that is only its day, then running text: an article of a city's news."""
    lines = _heading_lines(head)[:4]
    for i, (start, end) in enumerate(lines):
        if i and _DATE_ONLY.fullmatch(head, start, end):
            return bool(_PROSE_PARAGRAPH.search(head, end, end + 800))
    return False


_DATE_ONLY = re.compile(rf"[ \t]*(?:\w+,[ \t]*)?{DATE_PATTERN}[ \t]*")

_EXTRACT_OF_SESSION = re.compile(
    r"\b(?:Beschluss|Beschlussauszug|Auszug|Protokollauszug)[ \t]+aus[ \t]+der[ \t]+(?:Niederschrift|Sitzung|Sitzungsniederschrift)?"
)


def _letter_request(head: str) -> str | None:
    """"motion" or "inquiry" for a letter (after its salutation) that asks for a decision or for answers."""
    salutation = head.find("Sehr geehrte")
    if salutation < 0:
        return None
    motion = _LETTER_MOTION.search(head, salutation)
    asks = _LETTER_INQUIRY.search(head, salutation)
    if asks and (motion is None or asks.start() < motion.end()):
        return "inquiry"
    return "motion" if motion else None


_SALUTATION_FIRST = re.compile(r"\A\s*Sehr[ \t]+geehrte")


def _opening_letter(head: str) -> str | None:
    """"inquiry" or "motion" for a text that is a letter from its first line."""
    return _letter_request(head) if _SALUTATION_FIRST.match(head) else None


def _recorded_tree(text: str, head: str) -> structure_mod.Tree | None:
    """The document's tree when it records a decision taken in a meeting:
    a decision block ("Beschluss:", "Abstimmungsergebnis:", a deciding
    sentence) that is no part of a proposal and not a report's account of
    an earlier decision (a paper with a Sachverhalt or Begründung is a
    Vorlage's text, not a record)."""
    if _REASONS.search(head) or _PROPOSAL_SECTION.search(text):
        return None
    tree = structure_mod.parse(text, {"type": "minutes"})
    for _item, block in tree.decisions():
        if structure_mod.is_record(text, block):
            if tree.session is not None:
                tree.session.minutes = True
            return tree
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

__all__ = ["AUTHORITY", "REF_TOKEN", "document_row", "extract_metadata", "label_type"]
