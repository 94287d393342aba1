"""What a count near a survey counts: those asked (no result), those who took part or answered (a
result: the survey's participation), a population or a cost (no result).

"41 Haushalte wurden befragt", "2.000 Bögen wurden verteilt", "Das Institut befragte rund 1.000 Bürger"
count those asked; "An der Umfrage nahmen 312 Eltern teil", "Es antworteten 48 von 60 Betrieben", "Über
500 Fragebögen kamen zurück" count those who answered.
"""

from __future__ import annotations

import re

from .survey_figures import RETURNED_OF, Figure

# "41 Haushalte wurden befragt", "2.000 Bögen wurden verteilt": how many were asked, not what they said.
_SAMPLE_CLAUSE = re.compile(
    r"\b(?:[Bb]efragt|[Aa]ngeschrieben|[Ee]ingeladen|[Kk]ontaktiert|"
    # "hätten … teilnehmen können", "Teilnehmen konnten": who could take part
    r"[Tt]eilnehmen|teilzunehmen|"
    r"verteilt|versandt|verschickt|ausgegeben|ausgeteilt|zugestellt|verteilte[n]?|versandte[n]?|verschickte[n]?|"
    r"schickte[n]?|versendet|versendete[n]?|übersandt|übersandte[n]?|"
    # forms that could not be counted: "249 Bögen ohne Angaben zum Alter", "12 ungültige Fragebögen"
    r"keine\s+Angaben|ohne\s+Angaben|ungültig\w*|nicht\s+auswertbar\w*)\b"
)
# "An der Umfrage nahmen 312 Eltern teil", "Es antworteten 48 von 60 Betrieben", "Über 500 Fragebögen kamen
# zurück": how many took part is a result of the survey (its participation), even beside a word of asking
# ("Von 850 angeschriebenen Eltern haben 320 geantwortet": the 320, not the 850).
_TOOK_PART_CLAUSE = re.compile(
    r"\b(?:[Tt]eilgenommen|teilnahmen|nahmen\b.{0,80}\bteil|[Bb]eteiligt\w*|beteiligten|"
    r"[Gg]eantwortet|antwortete[n]?|[Bb]eantwortet|ausgefüllt\w*|zurückgekommen|zurückgekehrt|zurückgesandt|"
    r"zurückgeschickt|zurückgegeben|kamen\b.{0,60}\bzurück|gingen\b.{0,60}\bein|eingegangen|Rückmeldungen|"
    r"Rücklauf\w*)"
)
# "850 angeschriebenen Eltern", "von 2.100 versandten Bögen": the count names those asked, not those answering
_ASKED_COUNT_NOUN = re.compile(
    r"\s+(?:angeschriebene\w*|befragte\w*|versandte\w*|verschickte\w*|verteilte\w*|eingeladene\w*|"
    r"ausgewählte\w*|kontaktierte\w*|ausgegebene\w*)\s"
)
# "wurden 3.485 Eltern, die Kinder unter zehn Jahren haben, eingeladen": the verb of asking after a relative
# clause, at the end of the sentence
_ASKED_AT_THE_END = re.compile(
    r"[^.;:!?]{0,200}?(?:\s(?:befragt|angeschrieben|eingeladen|kontaktiert|verteilt|versandt|verschickt|ausgewählt))"
    r"(?:\s+worden)?\s*[.;!]"
)
_PASSIVE_AUX = re.compile(r"\b(?:wurden|wurde|werden|sind|waren)\b")
# "Das Institut befragte im März rund 1.000 Bürger": the count those asked ("die befragten Eltern" is no verb)
_ASKED_ACTIVE_BEFORE = re.compile(r"(?<!die\s)(?<!der\s)(?<!den\s)(?<![^\d]\d\s)(?<![^\d]\d\d\s)(?<![^\d]\d\d\d\s)(?<!\.\d\d\d\s)\bbefragte[n]?\s+[^,;.:]{0,80}$")
_WHOLE_BEFORE = re.compile(r"\b[Vv]on\s+(?:den\s+|insgesamt\s+|rund\s+|etwa\s+)?$")



def counts_those_asked(text: str, f: Figure) -> bool:
    """A count of the people asked, a population or a cost: not a finding. A count of those who
    took part or answered is one. A figure about surveys in general (a usual return rate) is none."""
    if _OTHER_SURVEYS.search(text, f.start, f.end):
        return True
    if f.unit in (None, "%"):
        return False
    rm = RETURNED_OF.search(text, f.start, f.end)
    if rm and rm.start("num") == f.num_start:
        return False  # "Von den 5.300 ausgeteilten Bögen wurden 1.212 abgegeben": the forms that came back
    if _TOOK_PART_CLAUSE.search(text, f.start, f.end):
        return bool(_ASKED_COUNT_NOUN.match(text, f.num_end) or _WHOLE_BEFORE.search(
            text, max(0, f.num_start - 20), f.num_start))
    if _SAMPLE_CLAUSE.search(text, f.start, f.end) or _ASKED_AT_THE_END.match(text, f.end) and _PASSIVE_AUX.search(
            text, max(text.rfind(". ", 0, f.num_start), f.num_start - 200, 0), f.num_start) or _ASKED_ACTIVE_BEFORE.search(
            text, max(f.start, f.num_start - 100), f.num_start):
        return True
    if _POPULATION_UNIT.match(f.unit) and _POPULATION_VERB.search(text, f.start, f.end):
        return True  # "Die Gemeinde hat 12.000 Einwohner"
    if _INVENTORY.search(text, max(0, f.num_start - 160), f.num_start) or _STATE_NOW.match(text, f.start):
        # "Der Kreis zählt 23 Kitas mit 1.450 Plätzen", "Derzeit besuchen 412 Kinder die Kitas": what a
        # place has or is, told beside the survey, not what the survey found
        return True
    return f.unit in ("Euro", "€") and bool(_COST.search(text, f.start, f.end))


# "Die Rücklaufquote bei ähnlichen Befragungen liegt üblicherweise bei 20 Prozent": what other surveys
# reach, a yardstick for this one, not its result.
_OTHER_SURVEYS = re.compile(
    r"\b(?:bei|in|von)\s+(?:ähnlichen|vergleichbaren|anderen|solchen|derartigen|früheren\s+bundesweiten)\s+"
    r"(?:\w+\s+)?(?:[\wäöüß-]*[Bb]efragungen|[\wäöüß-]*[Uu]mfragen|[\wäöüß-]*[Ee]rhebungen)\b"
    r"|\b(?i:üblicherweise|erfahrungsgemäß|gewöhnlich)\b[^.;]{0,60}?\b(?:Rücklauf\w*|Beteiligung\w*|Quote)"
    r"|\b(?:Rücklauf\w*|Beteiligung\w*|Quote)\b[^.;]{0,60}?\b(?i:üblicherweise|erfahrungsgemäß|gewöhnlich)\b"
)
# A place and what it has: "Die Stadt verfügt über 14 Spielplätze", "Im Kreis gibt es 23 Kitas".
_INVENTORY = re.compile(
    r"(?:\b(?:Die|Der|Das|die|der|das)\s+(?:Stadt|Gemeinde|Samtgemeinde|Kreis|Landkreis|Ort|Ortsteil|Stadtteil|Bezirk"
    r"|Region|Markt|Kommune)\b[^.;:!?]{0,40}?\b(?:hat|hatte|zählt|zählte|verfügt\s+über|verfügte\s+über|umfasst|besitzt)"
    r"|\b(?:In|Im)\s+(?:der\s+)?(?:Stadt|Gemeinde|Kreis|Landkreis|Ort|Ortsteil|Stadtgebiet|Gemeindegebiet|Kreisgebiet)"
    r"\b[^.;:!?]{0,40}?\bgibt\s+es)\s+(?:[^.;:!?,]{0,80}\s)?$"
)
# A count of how things stand now, opening its sentence: "Derzeit besuchen 412 Kinder die Kitas".
_STATE_NOW = re.compile(r"(?:Derzeit|Zurzeit|Zur\s+Zeit|Momentan|Gegenwärtig|Aktuell)\s+(?:\w+\s+)?\d")
_POPULATION_UNIT = re.compile(r"(?:Einwohner|Bewohner|Menschen)")
_POPULATION_VERB = re.compile(r"\b(?:hat|hatte|zählt|zählte|leben|lebten|wohnen|wohnten|beträgt|umfasst)\b")
# "Die Umfrage kostete 5.000 Euro", "Die Kosten … betragen 80.000 Euro": what something costs
_COST = re.compile(
    r"\b(?:[Kk]osten|kostet\w*|Kosten\w*|Haushalt\w*|Mittel|finanziert|Zuschuss\w*|Förder\w*|Budget|Honorar|"
    r"Auftrag\w*|Ausgaben|Preis)\b"
)
