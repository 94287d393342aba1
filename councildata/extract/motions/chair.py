"""The chair moves to change the agenda, to postpone or to interrupt."""

from __future__ import annotations

import re
from typing import Any

from ..text import one_line
from .common import PROCEDURAL_VERB, cand

# -- the chair moves to change the agenda --------------------------------------------

# The chair of the meeting (or the mayor, the Landrat who chairs it) asks to
# extend, change or shorten the agenda, to postpone or interrupt: "Der
# Vorsitzende beantragt, die Tagesordnung um den Punkt … zu erweitern", "Die
# Bürgermeisterin bat um Änderung der vorliegenden Tagesordnung", "Der Landrat
# schlägt vor, TOP 7 abzusetzen". A procedural motion (Geschäftsordnungen let
# the chair move it), submitted by the office as written.
_CHAIR_WHO = (
    r"(?:stellvertretende[r]?\s+)?(?:[A-ZÄÖÜ][a-zäöüß]+)?[Vv]orsitzende[r]?|Sitzungsleiter(?:in)?|Versammlungsleiter(?:in)?"
    r"|(?:Ober)?[Bb]ürgermeister(?:in)?|Buergermeister(?:in)?|Landr(?:at|ätin)|Ortsvorsteher(?:in)?|Ortsbürgermeister(?:in)?"
    r"|Stadtverordnetenvorsteher(?:in)?|(?:Stadt|Kreistags|Gemeinderats)?[Pp]räsident(?:in)?"
    # the chairs and heads of an Amt, a Verband, a Schleswig-Holstein council
    r"|Amtsdirektor(?:in)?|Amtsvorsteher(?:in)?|Verbandsvorsteher(?:in)?|Bürgervorsteher(?:in)?|Kreispräsident(?:in)?"
    # the administration moves the order of business too ("Die Verwaltung beantragt, TOP 4 abzusetzen")
    r"|Verwaltung"
)
_CHAIR_NAME = r"(?:\s+(?:Herr|Frau)?\s*[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?=\s+[a-zäöüß]))?"
_CHAIR = re.compile(
    rf"(?<![\wäöüß])(?:[Dd]er|[Dd]ie)\s+(?P<who>(?:{_CHAIR_WHO}){_CHAIR_NAME})"
    r"\s+(?:(?:daher|deshalb|nun|ferner|zudem|außerdem|sodann|dann|weiterhin)\s+)?"
    r"(?P<verb>beantragt(?:e)?|bat|bittet|schlägt|schlug|stellt(?:e)?\s+den\s+Antrag)\b"
    # the verb first: "Außerdem beantragt die Verwaltung, …", "Daraufhin beantragte der Vorsitzende …"
    rf"|(?<![\wäöüß])(?P<verb2>beantragt(?:e)?|stellt(?:e)?)\s+(?:[Dd]er|[Dd]ie)\s+(?P<who2>(?:{_CHAIR_WHO}){_CHAIR_NAME})"
    r"(?(verb2)(?:\s+den\s+Antrag)?)(?=[\s,])"
)
AGENDA_CHANGE = re.compile(
    r"(?:Tagesordnung|(?<![\wäöüß])TO)\b(?:[^.;]|(?<=\d)\.){0,120}?(?:zu\s+)?(?:erweitern|ändern|ergänzen|umzustellen|umstellen|abzusetzen|absetzen"
    r"|aufzunehmen|aufnehmen|nehmen|vorzuziehen|zu\s+erweitern|zu\s+ändern|zu\s+ergänzen)\b"
    r"|(?:Änderung|Erweiterung|Ergänzung|Umstellung|Änderungen)\s+(?:der|zur)\s+(?:vorliegenden\s+|heutigen\s+)?Tagesordnung"
    r"|\b(?:TOP|Tagesordnungspunkt(?:e?s)?|Punkt(?:e?s)?)\s*\d{1,3}(?:\.\d{1,3})*\.?(?:[^.;]|\.(?=\d)){0,200}?"
    r"(?:abzusetzen|vorzuziehen|zu\s+vertagen|zu\s+tauschen|zurückzustellen|zu\s+verschieben|später\s+zu\s+beraten)"
    r"|\bBeratung\b[^.;]{0,200}?\b(?:zurückzustellen|zu\s+verschieben|zu\s+vertagen|auszusetzen)\b"
    r"|\bReihenfolge\b[^.;\n]{0,80}?\b(?:zu\s+)?(?:ändern|tauschen)\b"
    r"|\bSitzung\b[^.;]{0,40}?\bzu\s+unterbrechen\b|\bVertagung\b|\bAbsetzung\b|\bSitzungsunterbrechung\b"
    # who may speak and who may listen: "Rederecht für die anwesenden Bürger", "Ausschluss der Öffentlichkeit"
    r"|\bRederecht\b|\bWorterteilung\b|\bAusschluss\s+der\s+Öffentlichkeit\b|\bnicht\s?öffentlich\s+zu\s+(?:beraten|behandeln)\b"
)
# Read only where one of the things a chair may move to change is named at all.
_CHAIR_TOPICS = ("agesordnung", "ertag", "verweisen", "abzustimmen", "nterbrech", "bsetz", "Rederecht", "Worterteilung",
                 "Öffentlichkeit", "öffentlich zu", "zurückzustellen", "verschieben", "TOP", "Reihenfolge")
_CHAIR_SENTENCE_END = re.compile(r"(?<!\bDr)(?<!\bNr)(?<!\bbzw)[.!?](?=\s|$)|\n[ \t]*\n")


# The office words alone, found fast; the article before each is then read by _CHAIR.
_OFFICE_WORD = re.compile(
    r"[Vv]orsitzende|leiter|ürgermeister|uergermeister|Landr|Ortsvorsteher|vorsteher|räsident|Verwaltung|direktor"
)


_CHAIR_VERB = re.compile(r"beantragt|bat\b|bittet|schl[äu]g|stellt")


def _chairs(text: str):
    last = -1
    # Found from the verbs of moving (few) and the office words near each: scanning the whole
    # text for every office word costs more than the rule's reading.
    seen: set[int] = set()
    for v in _CHAIR_VERB.finditer(text):
        for w in _OFFICE_WORD.finditer(text, max(0, v.start() - 60), min(len(text), v.end() + 40)):
            if w.start() in seen:
                continue
            seen.add(w.start())
            lo = max(0, w.start() - 60)
            for m in _CHAIR.finditer(text, lo, min(len(text), w.end() + 80)):
                g = "who" if m.group("who") else "who2"
                if m.start() > last and m.start(g) <= w.start() < m.end():
                    last = m.start()
                    yield m
                    break


def chair_moves(text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if not any(t in text for t in _CHAIR_TOPICS):
        return out
    for m in _chairs(text):
        end_m = _CHAIR_SENTENCE_END.search(text, m.end(), min(len(text), m.end() + 400))
        end = end_m.start() if end_m else min(len(text), m.end() + 400)
        clause = text[m.end():end]
        verb, g = (m.group("verb"), "who") if m.group("who") else (m.group("verb2"), "who2")
        if verb.startswith(("schlägt", "schlug")) and not re.search(r"\bvor\b", clause):
            continue
        if verb in ("bat", "bittet") and not re.match(r"\s+(?:darum,|um\b)", clause):
            continue  # "bittet um Änderung der Tagesordnung", not "bittet die Verwaltung, …"
        if verb.startswith("stellt") and "Antrag" not in m.group():
            continue  # "stellt der Vorsitzende fest"
        if m.group(g) == "Verwaltung" and not verb.startswith(("beantragt", "stellt")):
            continue  # the administration "schlägt vor": its proposal, no motion
        # a motion moves what a Geschäftsordnung lets it ("beantragt, den Punkt zu vertagen"); a
        # proposal or a request only an agenda change
        moves = verb.startswith(("beantragt", "stellt"))
        if not (AGENDA_CHANGE.search(clause) or (moves and PROCEDURAL_VERB.search(clause))):
            continue
        out.append(cand(min(m.start(g), m.start()), m.end(), "motion.chair", 0.65, one_line(m.group(g)),
                        "Geschäftsordnungsantrag"))
    return out
