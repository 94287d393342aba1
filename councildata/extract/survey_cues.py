"""What tells, sentence by sentence, whether a survey's results go on or stop: a cue that they follow
("Im Ergebnis …", "Die Ergebnisse liegen vor.", "hat alle Fragebögen ausgewertet"), another survey named,
the telling of how the survey was done, page furniture and section headings, a table of answers.
"""

from __future__ import annotations

import re

# A survey named this early in the text is what the document is about.
# A survey named (a paragraph that names one begins another's discussion); "76 % der Befragten"
# names those who answered, not a survey.
_SURVEY_NAMED = re.compile(r"[Uu]mfrage|[Bb]efragung|[Aa]bfrage|Befragt(?!e[nr]?\b)|befragt|abgefragt|[Ff]rageb[oö]gen|[Ee]rhebung")

# "Die Auswertung erfolgte am 15.11.2023", "Die Auswertung kostete 5.000 Euro": how the survey
# was done, not what it found.
_PROCESS = re.compile(
    r"\b(?:erfolgte[n]?|erfolgt|fand|fanden|dauerte[n]?|kostete[n]?|kosten|beauftragt|übernahm|übernimmt|"
    r"(?:wurde|wurden|wird|werden)\s+(?:\w+\s+){0,4}?(?:durchgeführt|vorgenommen|erstellt|abgeschlossen))\b"
)
# "Stadt X – Bericht – Seite 4 von 12", "- 4 -", "Seite 3": page furniture of a printed report
_PAGE_FURNITURE = re.compile(
    r"(?:[^\n]{0,120}?\bSeite\s+\d{1,3}(?:\s*(?:von|/)\s*\d{1,3})?|[-–]\s*\d{1,3}\s*[-–]|\d{1,3}\s*/\s*\d{1,3})\s*"
)
# A heading line of a report: "3.2 Ergebnisse", "4. Befragung der Sportvereine", "Zusammenfassung"
_SECTION_HEADING = re.compile(
    r"(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?[A-ZÄÖÜ][^\n.!?:]{1,80}"
)
# ("Guter Rücklauf im ersten Durchgang", "Rege Beteiligung": a heading over the returns is one over results)
_RESULTS_HEADING = re.compile(r"\b(?:Ergebnisse?|Auswertung|Befunde|Rücklauf\w*|Beteiligung)\b")
_WHO_WAS_ASKED = re.compile(
    r"\b(?:[Bb]efragt|[Aa]ngeschrieben)\s+wurden\b|\bwurden\b[^.;]{0,160}\b(?:befragt|angeschrieben)\b"
)
_TAKING_PART = re.compile(r"\b(?:[Tt]eilnehmen|teilgenommen|teilnahmen|beteiligen|beteiligt)\b")
_COUNTED_REACH = 80  # "104 vollständig ausgefüllte " before the survey word: never longer
_COUNTED = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})*\s+(?:vollständige\w*\s+|ausgefüllte\w*\s+|gültige\w*\s+)?$")
# "Frau Schenker stellt die Ergebnisse anhand einer Präsentation vor.", "Herr Kurz präsentierte die
# Ergebnisse der Umfrage.": the results are presented next, paragraph by paragraph
_PRESENTS_RESULTS = re.compile(
    r"\b(?:stell(?:t|te|ten|en)\s+(?:[^.;:]{0,60}?\s)?(?:die|das)\s+(?:\w+\s+)?Ergebnis(?:se)?\b[^.;:]{0,100}?\s+vor"
    r"|präsentier(?:t|te|ten|en)\s+(?:[^.;:]{0,60}?\s)?(?:die|das)\s+(?:\w+\s+)?Ergebnis(?:se)?)\b"
)
# "Die ersten Ergebnisse der Bürgerbefragung sind da.", "Nun liegen die Ergebnisse der Umfrage vor.": what the
# next paragraph says is what the survey found
_RESULTS_ARE_THERE = re.compile(
    r"\bErgebniss?e?\b[^.;:]{0,160}?\b(?:sind\s+da|(?:liegen|liegt)\s+(?:\w+\s+){0,2}?vor|vorliegen|vorliegt)\b"
    r"|\b(?:liegen|liegt)\s+(?:\w+\s+){0,3}?Ergebniss?e?\b[^.;:]{0,120}?\bvor\b"
)
# "Davon verteilen sich die Prozentzahlen wie folgt:": a list of the survey's figures follows
_AS_FOLLOWS = re.compile(r"\b(?:wie\s+folgt|folgendermaßen|im\s+Einzelnen)\s*:$")
# "unter den 62 Jugendtreffs", "die 14 Kitas (wurden befragt)": how many were asked
_ASKED_COUNT = re.compile(r"\b(?:bei|unter|an|die|alle|allen|den|der)\s+(?:insgesamt\s+|rund\s+|etwa\s+)?$")
_FOUND_VERB = re.compile(r"\b(?:ergab(?:en)?|ergeben|zeigte[n]?|gezeigt|brachte[n]?)\b")
def _names_another(text: str, a: int, b: int) -> bool:
    """A sentence that names a survey word, other than forms counted or named as known ("Über 500
    Fragebögen sind zurückgekehrt", "hat alle Fragebögen ausgewertet"): the answers of the survey told before."""
    for m in _SURVEY_NAMED.finditer(text, a, b):
        lead = text[max(a, m.start() - _COUNTED_REACH):m.start()]
        if not (m.group().startswith(("Frageb", "frageb")) and (_COUNTED.search(lead) or _KNOWN_FORMS.search(lead))):
            return True
    return False


# "hat alle Fragebögen ausgewertet", "die eingegangenen Fragebögen": the forms of the survey told before
_KNOWN_FORMS = re.compile(r"\b(?:die|alle|diese|sämtliche|den|der)\s+(?:[a-zäöüß][\wäöüß-]*(?:en|e)\s+)?$", re.IGNORECASE)
# "Der Elternbeirat hat sämtliche Fragebögen nun ausgewertet.": what the next sentences tell is what they found
_FORMS_EVALUATED = re.compile(
    r"\b(?:Fragebögen|Fragebogen|Antworten|Rückmeldungen|Befragung|Umfrage)\b[^.;:]{0,80}?\b(?:ausgewertet|ausgezählt)\b"
    r"|\bAuswertung\s+(?:der|aller)\s+(?:\w+\s+)?(?:Fragebögen|Antworten|Rückmeldungen)\b"
)


_ANSWER_ROW = re.compile(r"[A-Za-zÄÖÜäöüß].*\d\s*(?:%|Prozent)?\s*$")


def _answer_table(text: str, a: int) -> bool:
    """A paragraph that is a table or list of answers, one line per answer with its count or share
    ("sehr zufrieden | 12 | 30 %", "nie 24 %"): the survey's results, told without a cue."""
    end = text.find("\n\n", a)
    lines = [ln for ln in text[a:len(text) if end < 0 else end].split("\n") if ln.strip()]
    rows = sum(1 for ln in lines if _ANSWER_ROW.search(ln) and len(ln) <= 120)
    return rows >= 2 and rows >= len(lines) - 1
