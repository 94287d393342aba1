"""``resolution.approval``: the minutes of an earlier session approved because
nobody objects.

Minutes across the Länder record the approval of the last minutes as the
absence of objections rather than as a vote: "Gegen die Niederschrift über
die 12. Sitzung vom 03.02.2025 werden keine Einwände erhoben", "Einwendungen
gegen das Protokoll der letzten Sitzung wurden nicht erhoben", "Zum Protokoll
gibt es keine Änderungswünsche", "Mit der Niederschrift … besteht
Einverständnis". What follows tells the same decision again: the conclusion
("Sie gilt somit als genehmigt", "Die Niederschrift ist damit angenommen")
and a vote line ("Abstimmungsergebnis: einstimmig"). All of it is one
resolution (``adopted``), dated by the session that approves, not by the
session whose minutes are approved. These rules run before the Beschluss
blocks so that a vote line under the approval is read as its vote, not as a
decision of its own.
"""

from __future__ import annotations

import re
from typing import Any

from ..votes import has_vote, parse_votes
from .patterns import DECISION_LABEL
from .state import _State, _row

_START = r"(?:^|(?<=[.!?:]\s)|(?<=[.!?:]\s\s)|(?<=\n))"
_MINUTES = r"(?:Sitzungs|Ergebnis)?(?:[Nn]iederschrift|[Pp]rotokoll)(?:en|e|s)?"
# What may stand between the minutes and the verb: which session, its date
# and number ("über die 4. Sitzung des Ortsrates vom 03.02.2025"). A dot
# ends the sentence except in a date or after an ordinal or "Nr.".
_WHICH = r"(?:[^.;!?\n]|\n(?![ \t]*\n)|(?<=\d)\.(?=\d)|(?<=[\s(]\d)\.|(?<=[\s(]\d\d)\.|(?<=Nr)\.){0,160}?"
_OBJECTIONS = (
    r"(?:Einw(?:ä|ae)nde|Einwendungen|Bedenken|(?:Ä|Ae)nderungsw(?:ü|ue)nsche|(?:Ä|Ae)nderungsantr(?:ä|ae)ge"
    r"|Berichtigungen|Erg(?:ä|ae)nzungen|(?:Ä|Ae)nderungen|Beanstandungen|Anmerkungen)"
)
_NOT_RAISED = r"(?:erhoben|vorgebracht|geltend\s+gemacht|vorgetragen|gemacht|gestellt|geäußert|geaeussert)"
NO_OBJECTION = re.compile(
    rf"{_START}(?:"
    # "Gegen die Niederschrift … werden keine Einwände erhoben", "Zum Protokoll gibt es keine Änderungswünsche"
    rf"(?:Gegen|Zu[mr]?|Zu\s+(?:der|dem))\s+(?:(?:die|das|den|der|dem)\s+)?(?:[\w-]+\s+)?{_MINUTES}\b{_WHICH}\s+"
    r"(?:werden|wurden|wird|wurde|gibt\s+es|gab\s+es|bestehen|bestanden|ergeben\s+sich|ergaben\s+sich|liegen|lagen)"
    rf"\s+(?:(?:auch|seitens\s+der\s+\w+|von\s+\w+\s+\w+)\s+)?keine\s+(?:\w+\s+)?{_OBJECTIONS}\b"
    # "Einwände gegen die Niederschrift … werden nicht erhoben", "… wurden keine erhoben"
    rf"|{_OBJECTIONS}\s+(?:gegen|zu[mr]?)\s+(?:(?:die|das|den|der|dem)\s+)?(?:[\w-]+\s+)?{_MINUTES}\b{_WHICH}\s+"
    rf"(?:werden|wurden|wird|wurde)\s+(?:(?:\w+\s+){{0,2}}?nicht\s+{_NOT_RAISED}|(?:keine|von\s+keiner\s+Seite"
    rf"|von\s+niemandem)\s+{_NOT_RAISED})"
    # "Mit der Niederschrift … besteht Einverständnis"
    rf"|Mit\s+(?:der|dem)\s+(?:[\w-]+\s+)?{_MINUTES}\b{_WHICH}\s+(?:besteht|bestand|bestehe)\s+Einverst(?:ä|ae)ndnis"
    r")[^.;\n]{0,60}\.?",
)
# The conclusion drawn from it, the same decision told again.
_CONCLUSION = re.compile(
    rf"[ \t]*\n?[ \t]*(?:Sie|Diese|Dieses|Es|Damit|Somit|(?:Die|Das)\s+(?:[\w-]+\s+)?{_MINUTES})\s+"
    r"(?:(?:gilt|ist|wird|wurde|war)\s+(?:[\wäöüß]+\s+){0,3}?(?:als\s+)?"
    r"(?:genehmigt|angenommen|bestätigt|festgestellt|anerkannt|gebilligt)"
    r"|(?:gilt|ist|wird|wurde)\s+(?:die|das)\s+\w*(?:[Nn]iederschrift|[Pp]rotokoll)\s+(?:[\wäöüß]+\s+){0,3}?"
    r"(?:als\s+)?(?:genehmigt|angenommen|bestätigt|festgestellt|anerkannt|gebilligt))"
    r"\b[^.\n]{0,60}\.?"
)
# A vote line under it (with or without a "Beschluss:" label before it).
_VOTE_LINE = re.compile(
    r"[ \t]*(?:\n[ \t]*){1,2}(?:Beschluss[ \t]*:[ \t]*(?:\n[ \t]*)?)?"
    r"(?:Abstimmungsergebnis(?:se)?|Abstimmung|Ergebnis\s+der\s+Abstimmung|Beratungsergebnis|Stimmergebnis)"
    r"[ \t]*:[ \t]*(?:\n[ \t]*)?[^\n]{1,120}",
    re.IGNORECASE,
)
# An unlabelled result line, as in a table: "| Einstimmig beschlossen | Ja 11 Nein 0 Anwesend 11 |".
_RESULT_CELLS = re.compile(
    r"[ \t]*\n[ \t]*(?:(?:einstimmig|mehrheitlich)(?:[ \t]+(?:beschlossen|angenommen|genehmigt|zugestimmt))?"
    r"|(?:Ja|Nein|Anwesend|Enthaltungen|Enthaltung|dafür|dagegen)[ \t]*:?[ \t]*\d{1,3}|[|,;/ \t])+(?=\n|$)",
    re.IGNORECASE,
)
_HINT = re.compile(r"Einw(?:ä|ae)nd|Einwendung|Bedenken|nderung|Einverst|Berichtigung|rgänzung|Beanstandung|Anmerkung")


def approvals(st: _State) -> list[dict[str, Any]]:
    """The last minutes approved without objection, in minutes."""
    text = st.text
    if not st.minutes or ("iederschrift" not in text and "rotokoll" not in text) or not _HINT.search(text):
        return []
    rows = []
    for m in _around_minutes(text):
        a, b = m.start(), m.end()
        if st.overlaps(a, b) or st.ag.in_speech(a):
            continue
        if c := _CONCLUSION.match(text, b):
            b = c.end()
        if ((v := _VOTE_LINE.match(text, b)) or (v := _RESULT_CELLS.match(text, b))) and has_vote(v.group()):
            b = v.end()
        a = _label_before(text, a)
        st.taken.append((a, b))
        rows.append(_row(
            st, a, b, "resolution.approval", 0.8, outcome="adopted", decided_by=st.body, date=st.date,
            agenda_item=st.item_number(a), **parse_votes(text[a:b], "adopted"),
        ))
    return rows


_MINUTES_NOUN = re.compile(r"iederschrift|rotokoll")


def _around_minutes(text: str) -> list[re.Match]:
    """NO_OBJECTION matched only around the minutes named (a scan of the
    whole text with its sentence-start lookbehinds costs more than the rest)."""
    out: list[re.Match] = []
    last = 0
    for n in _MINUTES_NOUN.finditer(text):
        if n.start() < last:
            continue
        lo = max(last, n.start() - 120)
        if (m := NO_OBJECTION.search(text, lo, min(len(text), n.end() + 400))) and m.start() <= n.start():
            out.append(m)
            last = m.end()
    return out


def _label_before(text: str, a: int) -> int:
    """A "Beschluss:" label on the line just before: the decision's own head."""
    line_end = text.rfind("\n", 0, a)
    if line_end < 0:
        return a
    line_start = text.rfind("\n", 0, line_end) + 1
    line = text[line_start:line_end]
    if line.strip() and (lm := DECISION_LABEL.match(line)) and not line[lm.end():].strip() \
            and lm.group("label").startswith("Beschluss") and lm.group("label") not in (
                "Beschlussvorlage", "Beschlussvorschlag", "Beschlussantrag", "Beschlussempfehlung"):
        return line_start + len(line) - len(line.lstrip())
    return a


# The agenda as a whole approved at the opening: "Die Tagesordnung wird
# einstimmig festgestellt", "Mit dieser Änderung wird die Tagesordnung
# angenommen", "Beschluss: Die Tagesordnung wird in der vorangestellten
# Fassung beschlossen", "Der Rat stimmt der neuen Tagesordnung zu". A
# procedural formality recorded by no decision list (annotators leave it out
# or keep it optional); what changes the agenda on a motion ("Der Antrag, TOP
# 12 vorzuziehen, wurde bestätigt", "Der Punkt wird von der Tagesordnung
# abgesetzt", an urgent item admitted) stays a decision.
# (the agenda itself the object, its adjectives in lower case: not "der
# Erweiterung der Tagesordnung", a change asked for)
_ADJS = r"(?:(?:so\s+)?[a-zäöüß][\wäöüß-]*\s+){0,3}?"
_AGENDA_APPROVED = re.compile(
    rf"\b(?:[Dd]ie|[Dd]iese)\s+{_ADJS}Tagesordnung\b(?:[^.;]|(?<=\d)\.){{0,120}}?"
    r"\b(?:bestätigt|festgestellt|genehmigt|angenommen|beschlossen|gebilligt|anerkannt)\b"
    rf"|\b(?:stimmt|stimmen|stimmte|stimmten)\s+(?:[a-zäöüß]+\s+){{0,2}}?(?:der|dieser)\s+{_ADJS}"
    r"Tagesordnung\b[^.;]{0,80}?\bzu\b"
    rf"|\b(?:der|dieser)\s+{_ADJS}Tagesordnung\s+(?:[^.;,]{{0,40}}\s)?zuzustimmen\b"
)
_CHANGES_ON_MOTION = re.compile(
    r"[Aa]ntr(?:ag|äge)|Dringlich|\b(?:von|auf)\s+(?:der|die)\s+Tagesordnung\b|\babgesetzt|\bvertagt|\bverwiesen"
)


def not_agenda_approval(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows without the approval of the agenda as a whole."""
    def approves_agenda(r: dict[str, Any]) -> bool:
        q = r["quote"]
        return (r["outcome"] in ("adopted", "other") and "Tagesordnung" in q
                and bool(_AGENDA_APPROVED.search(q)) and not _CHANGES_ON_MOTION.search(q))
    return [r for r in rows if not approves_agenda(r)]
