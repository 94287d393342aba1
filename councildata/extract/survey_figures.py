"""Figures a survey report gives: shares and counts with what they are about.

"85,1 % der erwachsenen Einwohnerinnen und Einwohner", "62 Prozent",
"jede/r Zweite", "(2016: 12,4 %, 2019: 20,5 %)", "von rund 445.800 (2016)
auf 522.300 (2019)", and on the lines of tables and slides one value with
the words that label it ("Rücklauf: 75 %", "Zufrieden 63 %", "63 % zufrieden").

Each figure is read with the clause it stands in (its finding), the group
it is about when the text names a part of the respondents ("46,2 % der
Männer", "Unter den Frauen sind dies nur 1,5 %"), and the survey year it
belongs to when the text compares waves of a repeated survey.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import one_line

# Thousands set apart by a (thin or no-break) space: "12 500 Fragebögen", "2 500 Haushalte".
_SPACED_THOUSANDS = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])"
# 12,5 / 1.800 / 445.800 / 12 500 / +27,7
_NUM = rf"[+-]?(?:\d{{1,3}}(?:\.\d{{3}})+|{_SPACED_THOUSANDS}|\d+)(?:,\d+)?"
# "62 %", "62 Prozent", "12,5 v. H.", "88,5 (86,4) Prozent" (a second reading in parentheses)
PERCENT = re.compile(rf"(?<![\d.,])(?P<num>{_NUM})(?:\s?\({_NUM}\))?\s?(?:%|Prozent\b|v\.\s?H\.)")
# Counts with a unit of their own.
_UNITS = (
    r"qm|m²|Quadratmeter|Euro|€|Personen|Fahrten|Besucherinnen und Besucher|Besucher|Nennungen|Fälle|"
    r"Teilnehmende|Teilnehmer(?:innen)?|Haushalte|Betriebe|Unternehmen"
)
COUNT = re.compile(rf"(?<![\d.,])(?P<num>{_NUM})\s?(?P<unit>{_UNITS})(?![\wäöüß])")
# Questionnaires and answers counted: "Mit 612 ausgefüllten Fragebögen", "288 Bögen", "1.204 Rückmeldungen".
# Not those handed out ("2.400 versandten Bögen") nor the basis of a sample ("auf der Basis von 250 …").
RETURNED = re.compile(
    r"(?<!Basis\svon\s)(?<!Grundlage\svon\s)"
    rf"(?<![\d.,])(?P<num>{_NUM})\s+"
    r"(?:(?!(?:versandt|verschickt|verteilt|ausgegeben|ausgeteilt|verschickt|zugestellt|gedruckt)\w*\s)"
    r"[a-zäöüß][\wäöüß-]*(?:e|en)\s+)?"
    r"(?P<unit>Fragebögen|Fragebogen|Bögen|Rückmeldungen|Antworten|Befragte)(?![\wäöüß])"
)
_HANDED_AFTER = re.compile(
    r"\s+(?:wurden\s+|werden\s+|sind\s+)?(?:[\wäöüß.]+\s+){0,3}?"
    r"(?:verteilt|versandt|verschickt|ausgegeben|ausgeteilt|zugestellt|gedruckt)\b"
)
# A school grade given as the finding: "Zufriedenheit im Mittel bei Note 1,9", "mit der Durchschnittsnote 2,4
# bewertet", "Gesamtnote von 1,9"; "Note 1 (18,1 %)" is a label, its share the value.
GRADE = re.compile(
    r"\b(?:Note|Schulnote|Durchschnittsnote|Gesamtnote|Notendurchschnitt|Mittelwert|Durchschnittswert)\s+"
    r"(?:von\s+)?(?P<num>[1-6],\d{1,2})(?![\d%])(?!\s*(?:%|Prozent))"
    # "eine Zufriedenheit von 1,8 (Schulnote)"
    r"|(?<![\d.,])(?P<num2>[1-6],\d{1,2})\s*\((?:Schul|Durchschnitts)?[Nn]ote\)"
)
# Forms back out of those handed out: "Von den 5.300 ausgeteilten Bögen wurden 1.212 abgegeben", "Von den 2.140
# verschickten Bögen sind 836 ausgefüllt zurückgekommen": the count that came back, not the one sent.
RETURNED_OF = re.compile(
    rf"\b[Vv]on\s+(?:den\s+|allen\s+)?(?:insgesamt\s+)?{_NUM}\s+(?:[a-zäöüß]+(?:en|e)\s+)?"
    r"(?P<unit>Fragebögen|Fragebogen|Bögen|Briefen|Anschreiben)\s+(?:sind|wurden|haben|kamen|gingen)\s+"
    rf"(?:(?:bis\s+\w+|bislang|bisher|insgesamt|nur|rund|etwa|immerhin)\s+)*(?P<num>{_NUM})\s+"
    r"(?!nicht\b)(?:\w+\s+){0,2}?\b(?:abgegeben|zurück\w*|eingegangen|ausgefüllt|beantwortet|ein)\b"
)
_SCALE_WORD = re.compile(r"\b(?:Skala|bewertet|Bewertung|benotet|Note[n]?|Durchschnitt\w*|durchschnittlich|Mittelwert\w*)\b")
_NAMED_ANSWER = re.compile(r"\b(?:genannt|Nennung\w*|gewählt|angekreuzt|angegeben|ausgewählt)\b")
# How often an answer was given: "neunmal das Hallenbad", "38 Mal wird … genannt", "dreimal genannt".
TIMES = re.compile(
    r"(?<![\wäöüß.,-])(?P<num>(?i:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig)|\d{1,4})"
    r"(?:\s?mal|\s+Mal)(?![\wäöüß])"
)
# A mean on a rating scale: "durchschnittlich mit 2,14 (Skala 1-6) bewertet", "im Schnitt bei 2,4", "ein
# Mittelwert von 3,2 auf der Skala von 1 bis 5"; the next value of the same list too ("…, die Sauberkeit mit 2,6").
SCALE_MEAN = re.compile(
    r"(?:\b(?:durchschnittlich|im\s+(?:Durch)?[Ss]chnitt|im\s+Mittel|gemittelt)\b[^.;:!?]{0,60}?"
    r"|(?<=\bmit\s)|(?<=\bbei\s))"
    r"(?<![\d.,])(?P<num>[0-9],\d{1,2})(?![\d%])(?!\s*(?:%|Prozent|Euro|€|Mio|Stunden|Jahre|km|m\b|ha\b))"
    r"(?=\s*\(?(?:Skala|auf\s+(?:einer|der)\s+Skala|von\s+\d|\)|\s*bewertet|\s*angegeben|[,.;]|\s+und\s))"
)
# The mean age of those who answered: "Das Durchschnittsalter der Antwortenden betrug 63 Jahre", "ein
# Altersdurchschnitt von 71 Jahren", "Das durchschnittliche Alter der Befragten beträgt 44 Jahre".
AVERAGE_AGE = re.compile(
    r"\b(?:Durchschnittsalter|Altersdurchschnitt|[Dd]urchschnittliche[ns]?\s+Alter|[Mm]ittlere[ns]?\s+Alter)\b"
    r"[^.;:!?]{0,60}?\b(?:lag|liegt|betrug|beträgt|war|ist|von|bei)\s+(?:\w+\s+){0,2}?"
    r"(?P<num>\d{1,3}(?:,\d{1,2})?)\s*(?P<unit>Jahre)n?\b"
)
# "von rund 445.800 (2016) auf 522.300 (2019)": counts compared over years.
COMPARED = re.compile(
    r"(?<![\d.,])(?P<num>[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?)(?=\s*\((?:19|20)\d{2}\))"
)
# Any count of things with a plural noun ("23 Betriebe", "vier Einrichtungen", "41 befragte
# Haushalte"), read near a survey only: elsewhere a number before a noun is too often a date,
# a paragraph or a time span.
_NUMBER_WORDS = {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
                 "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
                 "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
                 "hundert": 100}
_NUMBER_WORD = (r"(?i:dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn"
                r"|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert)")
_NOT_THINGS = (
    r"(?!(?:Jahr|Monat|Woche|Tag|Stunde|Minute|Sekunde|Uhr|Prozent|Seite|Anlage|Punkt|Mal|Kilometer|Meter|Grad|"
    r"Cent|Euro|Mio|Million|Milliarde|Tausend|Hektar|Quadratmeter|Stück|Jahrzehnt|Quartal|Halbjahr|Schuljahr|"
    r"Haushaltsjahr|Ziffer|Absatz|Abs|Nummer|Drittel|Viertel|Fünftel|Zehntel|Ergebniss?|"
    # what a report is made of: "18 Fragen", "Kapitel 4", "3 Abbildungen"
    r"Frage|Fragen|Paragraph|Paragraf|Kapitel|Abschnitt|Tabelle|Abbildung|Grafik|Folie)(?:e|en|n|s|es)?\b)"
)
_ROUGHLY_BEFORE = "(?:" + "|".join(f"(?<={w}\\s)" for w in (
    "[Rr]und", "[Ee]twa", "[Üü]ber", "[Ii]nsgesamt", "[Kk]napp", "[Ff]ast", "ca\\.", "[Cc]irca", "[Gg]ut", "als")) + ")"
NOUN_COUNT = re.compile(
    rf"(?<![\d.,§/:-])(?<!Nr\.\s)(?<!TOP\s)(?P<num>(?<![\wäöüß]){_NUMBER_WORD}(?![\wäöüß])|{_SPACED_THOUSANDS}"
    rf"|(?!(?:19|20)\d\d\b)\d{{1,3}}(?:\.\d{{3}})*(?![\d])"
    # "Geantwortet haben 1640 Mieter": four digits that are no year (1900-2099) count too
    rf"|(?!(?:19|20)\d\d\b)[1-9]\d{{3}}(?![\d.,])"
    # "rund 2000 Eltern": four digits after a word of quantity count, elsewhere they are a year
    rf"|{_ROUGHLY_BEFORE}\d{{4}}(?!\d))"
    rf"\s+(?:[a-zäöüß][\wäöüß-]*(?:e|en)\s+)?{_NOT_THINGS}(?P<unit>[A-ZÄÖÜ][a-zäöüß-]*[a-zäöüß](?:\*innen|:innen|Innen)?)(?![\wäöüß*])"
)
# A number standing for those who answered, right before their verb: "14 zahlen einen Mietpreis …", "Lediglich
# sechs beantworten die Frage mit Nein", "vier antworteten mit …". The word after the verb is not a noun
# ("vier weitere Betriebe" is a count of Betriebe, "vier Jahre" no count at all).
BARE_COUNT = re.compile(
    rf"(?P<num>(?<![\wäöüß]){_NUMBER_WORD}(?![\wäöüß])|(?<![\d.,§/:-])\d{{1,3}}(?:\.\d{{3}})*(?![\d.,]))"
    r"\s+(?P<verb>[a-zäöüß]{2,}(?:en|ten|n)|sind|gaben|hielten|sahen)(?=[.,;:]|\s+(?![A-ZÄÖÜ\d]))"
)
# A count right before the answer it counts, quoted: '148 "teils/teils"', 'zwölf „eher nein“'.
QUOTED_ANSWER = re.compile(
    rf"(?P<num>(?<![\wäöüß]){_NUMBER_WORD}(?![\wäöüß])|(?<![\d.,§/:-])\d{{1,3}}(?:\.\d{{3}})*(?![\d.,]))"
    r"\s+(?=[„\"“»«][^\s\"“”„»«]{2,}(?:\s+[^\s\"“”„»«]+){0,3}[\"“”»«])"
)
# Where such a number may open its clause: the sentence's start, after a comma or "und", or after a word
# that only weighs it ("lediglich", "nur", "immerhin", "weitere").
_BARE_BEFORE = re.compile(
    r"(?:^|[.;:,]\s+|\b(?:und|sowie)\s+|\b(?:lediglich|nur|immerhin|weitere|gerade\s+einmal|gerade|knapp|rund|"
    r"etwa|ca\.|circa|fast|nahezu|insgesamt)\s+)$",
    re.IGNORECASE,
)
# Verbs that make the number something other than people answering: "3 stehen zur Wahl" is fine, but
# "in den 12 folgenden", "die 5 genannten" are attributes, and "7 bis 9" ranges.
_NOT_BARE_VERB = frozenset(["bis", "folgenden", "genannten", "anderen", "weiteren", "übrigen", "ersten", "letzten",
                            "einzelnen", "beiden", "jeweiligen", "oben", "unten", "neben", "zwischen", "gegen"])
# "die vier genannten Kitas", "die 12 folgenden Schulen": things named before or after, not counted as a finding
_REFERRING = re.compile(r"\s+(?:genannt|erwähnt|folgend|übrig|vorgenannt|aufgeführt|aufgezählt|beschrieben)\w*\s")
_JOINED = re.compile(r"\s+(?:und|sowie)\s+(?=(?:[\wäöüß.]+\s+){0,2}$)")
# "Von den 104 Teilnehmenden wünschen 69 …", "von den berücksichtigten 35 Familien geben 18 an": the whole a part
# is told of, when the part follows; the part is the finding.
_OF_THE_WHOLE = re.compile(r"\b[Vv]on\s+(?:den|allen|insgesamt|diesen)\s+(?:[a-zäöüß][\wäöüß-]*\s+)?$")
_PART_AFTER = re.compile(rf"(?<![\wäöüß.,]){_NUMBER_WORD}(?![\wäöüß])|(?<![\d.,])\d{{1,3}}(?:[.,]\d+)?(?![\d.])")
# "in acht von zwölf Gemeinden", "23 der 41 Schulen": the part, counted in the things named after the whole.
PART_OF = re.compile(
    rf"(?<![\d.,])(?P<num>\d{{1,3}}(?:\.\d{{3}})*|(?<![\wäöüß]){_NUMBER_WORD})\s+(?:von|der|aus)\s+(?:den\s+|insgesamt\s+)?(?P<whole>\d{{1,3}}(?:\.\d{{3}})*|{_NUMBER_WORD})\s+"
    rf"(?:[a-zäöüß][\wäöüß-]*(?:en|e)\s+)?(?P<unit>[A-ZÄÖÜ][a-zäöüß-]*[a-zäöüß])(?![\wäöüß])"
)


def _share_of(m: re.Match) -> float | None:
    """"drei von vier Befragten", "Acht von zehn Eltern", "9 von 10 Befragten": a share told as a small
    fraction, whole written as a word or as ten or a hundred; "17 von 20 Schulen" and "in acht von zwölf
    Gemeinden" count things."""
    whole = m.groupdict().get("whole")
    if not whole or m.re is not PART_OF or not re.match(r"\s+von\s", m.string[m.end("num"):m.start("whole")]):
        return None
    total = _count_value(whole)
    part = _count_value(m.group("num"))
    if not (whole.lower() in _NUMBER_WORDS and total <= 10 or total in (10, 100)) or not 0 < part < total:
        return None
    return round(100 * part / total, 1)


# "Von 23 Einrichtungen hätten 19 geantwortet": a part of the things counted before.
OF_WHICH = re.compile(
    rf"\b[Vv]on\s+(?:den\s+|insgesamt\s+|rund\s+)?(?:[a-zäöüß][\wäöüß-]*(?:en|e)\s+)?(?:{_NUM}|{_NUMBER_WORD})\s+(?:[a-zäöüß][\wäöüß-]*(?:en|e)\s+)?"
    rf"(?P<unit>[A-ZÄÖÜ][a-zäöüß-]*[a-zäöüß])\s+(?:[a-zäöüß]+\s+){{1,3}}?(?:(?:nur|rund|etwa|insgesamt)\s+)?"
    rf"(?P<num>\d{{1,3}}(?:\.\d{{3}})*|{_NUMBER_WORD})(?!\s*(?:%|Prozent|[\d,.]))\b"
)
# "Rund zehn Prozent der Händler", "insgesamt drei Prozent": a share written as a number word
# "angesichts der rund 60-prozentigen Rückmeldequote", "eine 35-prozentige Beteiligung"
PERCENT_ADJECTIVE = re.compile(rf"(?<![\d.,])(?P<num>{_NUM})[ -]?prozentige[nmrs]?\b")
WORD_PERCENT = re.compile(rf"(?<![\wäöüß-])(?P<num>{_NUMBER_WORD})\s+(?:Prozent\b|v\.\s?H\.)")
# "jeder Achte", "jeden fünfzigsten Befragten", "jede zehnte Familie": one in so many
_ORDINAL_NUMBERS = {"zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "sechste": 6, "siebte": 7, "siebente": 7,
                    "achte": 8, "neunte": 9, "zehnte": 10, "elfte": 11, "zwölfte": 12, "fünfzehnte": 15,
                    "zwanzigste": 20, "fünfundzwanzigste": 25, "dreißigste": 30, "vierzigste": 40,
                    "fünfzigste": 50, "hundertste": 100}
_ORDINALS = {word: round(100 / n, 1) for word, n in _ORDINAL_NUMBERS.items()}
_ORDINAL_WORD = "|".join(sorted(_ORDINAL_NUMBERS, key=len, reverse=True))
_FRACTIONS = {"die hälfte": 50.0, "ein drittel": 33.3, "zwei drittel": 66.7, "ein viertel": 25.0,
              "drei viertel": 75.0, "ein fünftel": 20.0, "zwei fünftel": 40.0, "drei fünftel": 60.0,
              "vier fünftel": 80.0, "ein zehntel": 10.0}
FRACTION = re.compile(
    rf"\b(?:jede/r|jede\(r\)|jeder|jede|jeden|jedem|jedes)\s+(?P<ord>(?:{_ORDINAL_WORD}))(?:r|n|m|s)?\b"
    r"|\b(?P<frac>die\s+Hälfte|(?:ein|zwei|drei)[\s-]Drittel|(?:ein|drei)[\s-]Viertel|(?:ein|zwei|drei|vier)[\s-]Fünftel|"
    r"ein\s+Zehntel)\b"
    # "das Viertel der Mitglieder, die …", "das Drittel der Eltern": the share named as a known part
    r"|\b(?P<the>das\s+(?:Drittel|Viertel|Fünftel|Zehntel))(?=\s+(?:der|aller)\s)"
    # "rund ¼ der Befragten", "¾ leben im eigenen Haus"
    r"|(?<![\d/])(?P<uni>[½⅓⅔¼¾⅕⅖⅗⅘⅒])(?![\d/])"
    # "Die Wohnungen sind zur Hälfte nicht barrierefrei", "zu zwei Dritteln", "zu einem Viertel"
    r"|\b(?P<dat>zur\s+Hälfte|zu\s+(?:einem|zwei|drei)\s+(?:Drittel|Dritteln|Viertel|Vierteln|Fünftel|Fünfteln))\b"
    # "2/3 sagen, dass …", "1/4 der Befragten": a fraction in figures
    r"|(?<![\d/.,§])(?<!§\s)(?<!Nr\.\s)(?<!Abs\.\s)(?<!Art\.\s)(?P<num>[1-9])/(?P<den>[2-9]|10)(?![\d/.,])(?=\s+(?:der|aller|sagen|sagten|gaben|sind|waren|haben|"
    r"hatten|wünschen|nutzen|halten|finden|meinen|[a-zäöüß]+en\b))",
    re.IGNORECASE,
)
_DATIVE_FRACTIONS = {"drittel": 3, "dritteln": 3, "viertel": 4, "vierteln": 4, "fünftel": 5, "fünfteln": 5}
_DATIVE_COUNT = {"einem": 1, "zwei": 2, "drei": 3}


def _fraction_value(m: re.Match) -> float | None:
    if m.group("num"):
        return round(100 * int(m.group("num")) / int(m.group("den")), 1)
    if m.group("dat"):
        words = m.group("dat").lower().split()
        if words[-1] == "hälfte":
            return 50.0
        return round(100 * _DATIVE_COUNT[words[1]] / _DATIVE_FRACTIONS[words[2]], 1)
    if m.group("uni"):
        return _UNICODE_FRACTIONS[m.group("uni")]
    if m.group("the"):
        return round(100 / _DATIVE_FRACTIONS[m.group("the").split()[-1].lower()], 1) \
            if m.group("the").split()[-1].lower() in _DATIVE_FRACTIONS else 10.0
    key = m.group("ord") or m.group("frac")
    return _ORDINALS.get(key.lower()) or _FRACTIONS.get(" ".join(key.lower().replace("-", " ").split()))


_UNICODE_FRACTIONS = {"½": 50.0, "⅓": 33.3, "⅔": 66.7, "¼": 25.0, "¾": 75.0, "⅕": 20.0, "⅖": 40.0, "⅗": 60.0,
                      "⅘": 80.0, "⅒": 10.0}
# A bound or a rough restatement, not a measured value.
_BOUND = re.compile(
    r"(?<!nicht\s)(?:mehr\s+als|weniger\s+als|über|unter|größer\s+als|kleiner\s+als|bis\s+zu|mindestens|"
    r"höchstens|jeweils|weit\s+über|knapp\s+über|um)\s*$",
    re.IGNORECASE,
)
# "aktuell 49,6 %": the survey's own value, whatever year the clause also names.
# "Mieten zwischen 3,20 und 5,00 €", "ein Preis von 12 bis 14 €", "zu 60-100 %": the upper end of a range is the
# label of an answer (a price band, a share band), not a value found.
_RANGE_END = re.compile(
    rf"(?:\bzwischen\s+{_NUM}\s?(?:€|Euro|%|Prozent)?\s+und|(?<![\d.,]){_NUM}\s?(?:€|Euro|%)?\s?(?:bis|[-–])|"
    rf"\bvon\s+{_NUM}\s?(?:€|Euro|%)?\s+bis)\s*$"
)
# "Mehr als 60 Prozent fahren Rad", "über 500 Fragebögen kamen zurück": a value told only as a bound is
# the value the text gives, where no precise figure of the same clause states it ("um 5 %" is a change; "fiel
# unter 80 %", "bis zu 20 %" are thresholds).
_TOLD_BOUND = re.compile(
    r"(?<!nicht\s)(?:mehr\s+als|weniger\s+als|über|weit\s+über|knapp\s+über)\s*$",
    re.IGNORECASE,
)


def _told_bound(text: str, hits: list, i: int, clause_list: list[tuple[int, int]]) -> bool:
    a = hits[i][0]
    if not _TOLD_BOUND.search(text[max(0, a - 20):a]):
        return False
    if hits[i][3] not in (None, "%"):
        return True  # "über 180 Personen wünschen sich …": a count told from below, beside other counts too
    cl = _clause_of(clause_list, a)
    return not any(k != i and cl[0] <= x < cl[1] for k, (x, _, _, _) in enumerate(hits))


_CURRENT = re.compile(r"\b(?:aktuell|derzeit|heute|inzwischen|mittlerweile|nunmehr|jetzt)\b[^,;()]{0,25}$")
# "über die Hälfte", "mehr als ein Drittel": a share told roughly from above.
_MORE_THAN = re.compile(r"(?:mehr\s+als|über|weit\s+über|knapp\s+über|gut)\s*$", re.IGNORECASE)
_ROUGH = re.compile(r"(?:etwa|rund|ca\.|circa|ungefähr|gut|knapp|fast|nahezu|annähernd)\s*$", re.IGNORECASE)
_SAMPLE = re.compile(r"\b[nN]\s?=\s?$")
_EACH_ROUGHLY = re.compile(r"\bjeweils\s+(?:etwa|rund|ca\.|circa|ungefähr|knapp|gut)\s*$", re.IGNORECASE)
_YEAR = r"(?:19|20)\d{2}"


@dataclass
class Figure:
    start: int  # view offsets of the finding's passage
    end: int
    num_start: int
    num_end: int
    value: float
    unit: str | None
    finding: str
    respondent: str | None = None
    year: int | None = None


def parse_number(s: str) -> float:
    s = re.sub(r"[.\s\u00a0\u202f]", "", s).replace(",", ".").lstrip("+")
    return float(s)


def _clean_value(v: float) -> float | int:
    return int(v) if float(v).is_integer() else round(v, 2)


# ---------------------------------------------------------------------------
# Clauses

# Commas, semicolons, colons, dashes, and the start of a list item ("\n• ", "\n- ").
# (a dash between numbers is a range: "30 – 45-jährige")
_CLAUSE_BREAK = re.compile(r",\s|;\s|\s*\n[ \t]*(?:[-–•*·▪]|\d{1,2}[.)])[ \t]+|(?<!\d)\s[–—-]\s(?!\d)|:\s")


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of a sentence: split at commas, semicolons, colons and dashes outside parentheses."""
    out = []
    depth = 0
    last = start
    seg = text[start:end]
    parens = [(m.start() + start, m.group()) for m in re.finditer(r"[()]", seg)]
    pi = 0
    for m in _CLAUSE_BREAK.finditer(seg):
        b = m.start() + start
        while pi < len(parens) and parens[pi][0] < b:
            depth = max(depth + (1 if parens[pi][1] == "(" else -1), 0)
            pi += 1
        if depth == 0 and b > last:
            out.append((last, b))
            last = m.end() + start
    if last < end:
        out.append((last, end))
    return out


# ---------------------------------------------------------------------------
# Groups of respondents a figure is about

SUBGROUP = re.compile(
    r"\b(?P<g>Männer|Männern|Frauen|Jungen|Mädchen|Kinder|Kindern|Jugendliche|Jugendlichen|Senioren|"
    r"Seniorinnen|Ältere|Älteren|Jüngere|Jüngeren|Eltern|Alleinerziehende|Alleinerziehenden|Familien|"
    r"Studierende|Studierenden|Erwerbstätige|Erwerbstätigen|Arbeitslose|Arbeitslosen|Rentner\w*|"
    r"Mieter\w*|Eigentümer\w*|[A-ZÄÖÜ][\wäöüß]*mitglieder|[A-ZÄÖÜ][\wäöüß]*mitgliedern|"
    # occupations: "bei Angestellten liegt die Quote bei 41,3 %", "unter den Selbstständigen"
    r"Angestellte[n]?|Beamte[n]?|Beamtinnen|Selbst(?:st)?ändige[n]?|Arbeiter(?:innen)?|Arbeitern|"
    r"Auszubildende[n]?|Schüler(?:innen)?|Schülern|Pensionäre[n]?|Landwirte[n]?|Hausfrauen|Hausmänner[n]?|"
    # school grades asked apart: "In der Klassenstufe wussten dies nur 4 %, in der Kursstufe 10,6 %"
    r"(?:Klassen|Kurs|Jahrgangs|Ober|Unter|Mittel|Sekundar|Orientierungs|Eingangs)stufe|"
    r"(?:über|unter)\s+\d+-[Jj]ährige[n]?|\d+-\s?bis\s+\d+-[Jj]ährige[n]?|\d+\s?[-–]\s?\d+-[Jj]ährige[n]?|"
    # the visitors / residents / users of a named place: "Besucherinnen und Besucher Baden-Badens"
    r"(?:(?:Besucher|Bewohner|Einwohner|Nutzer)innen\s+und\s+(?:Besucher|Bewohner|Einwohner|Nutzer)|"
    r"Besucher|Bewohner|Einwohner|Nutzer)\s+[A-ZÄÖÜ][\wäöüß-]+s)\b"
)
# A new group or place named in a clause: "aus der übrigen Südpfalz", not "im Jahr 2012".
_NEW_SUBJECT = re.compile(
    r"\b(?:aus|von|bei|für|in|im|unter)\s+(?:\w+\s+){0,2}(?!Jahr|Monat|Vergleich|Durchschnitt|Summe)[A-ZÄÖÜ]"
)
_ANAPHOR = re.compile(r"\b(?:[Vv]on|[Uu]nter|[Bb]ei)\s+[Ii]hnen\b")
_AREA_IN_SENTENCE = re.compile(
    r"\b(?:aus|von)\s+(?:dem|der|den)\s+(?P<area>(?:[a-zäöü][\wäöüß]*(?:en|e)\s+)?"
    r"(?:Landkreis|Kreis|Raum|Bezirk|Stadtbezirk|Stadtteil|Ortsteil|Teilraum)(?:es|s)?\s+[A-ZÄÖÜ][\wäöüß-]+)"
)
_GROUP_AFTER = re.compile(r"^\s*(?:%|Prozent)?\s*(?:der|aller|unter\s+den|bei\s+den)\s+")
_ADJ_WORD = re.compile(r"[a-zäöüß][\wäöüß-]*\s+")
_GROUP_BEFORE = re.compile(r"\b(?:Unter|unter|Bei|bei|Von|von)\s+den\s+(?P<g>[A-ZÄÖÜ][\wäöüß-]+)")


def _base_group(g: str) -> str:
    g = " ".join(g.split())
    if g in ("Männern", "Kindern"):
        return g[:-1]
    if g.endswith("mitgliedern"):
        return g[:-1]
    if g in ("Schülern", "Arbeitern", "Hausmännern"):
        return g[:-1]
    if re.search(r"(?:lichen|igen|enden|eren|Älteren|Jüngeren|losen|tätigen|ziehenden|jährigen|stellten|amten|"
                 r"ständigen|bildenden|näre[n]|wirten)$", g):
        return g[:-1]
    return g


# A part of the area whose residents were asked, named right before the
# figures: "Teilräume Landkreis Musterkreis (+27,7 %)", "aus dem Raum Musterstadt selbst
# (2009: 47,2 %, 2019: 74,6 %)", "von Bewohnern des nördlichen Landkreises Beispielkreis (…)".
_AREA_KIND = r"(?:Landkreis|Kreis|Raum|Bezirk|Stadtbezirk|Stadtteil|Ortsteil|Teilraum|Stadt|Gemeinde|Region)"
_AREA = re.compile(
    rf"(?P<intro>\b(?:aus|von|in|im|für)\s+(?:dem|der|den|des)?\s*|\bTeilr[aä]ume?\s+|\b(?:des|der|dem)\s+|"
    rf"^|,\s|\bsowie\s|\bund\s)"
    rf"(?P<area>(?:(?!sowie\b|oder\b)[a-zäöü][\wäöüß]*(?:e|en|er)\s+)?(?:{_AREA_KIND}(?:es|s)?\s+)?[A-ZÄÖÜ][\wäöüß-]+"
    rf"(?:\s+(?:und\s+)?[A-ZÄÖÜ][\wäöüß-]+)?)(?:\s+selbst)?\s*\($"
)
_MASC_AREA = ("Landkreis", "Kreis", "Raum", "Bezirk", "Stadtbezirk", "Stadtteil", "Ortsteil", "Teilraum")
_AREA_WORD = re.compile(rf"^{_AREA_KIND}(?:es|s)?$")
_AREA_KINDS = _AREA_KIND[3:-1].split("|")


def _area(before: str) -> str | None:
    m = _AREA.search(before)
    if not m:
        return None
    words = m.group("area").split()
    has_kind = any(_AREA_WORD.match(w) for w in words)
    # people from a place ("aus Wissembourg (…)"); "im Hort (…)" names where, not whom
    place_intro = re.match(r"(?:aus|von)\b", m.group("intro").strip())
    if not has_kind and not place_intro:
        return None  # "Schlossgarten (74,7 %)": an answer, not a part of the area
    if not has_kind and (words[0][0].islower() or not re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?", words[-1])):
        return None
    out = []
    for i, w in enumerate(words):
        if _AREA_WORD.match(w):
            for kind in _AREA_KINDS:
                if w in (kind + "es", kind + "s") and not kind.endswith("s") or w == kind + "es":
                    w = kind
                    break
        elif i == 0 and w[0].islower() and w.endswith("en") and len(words) > 1:
            w = w[:-1] + ("r" if words[1].startswith(_MASC_AREA) else "")
        out.append(w)
    return " ".join(out)


def _last(matches):
    last = None
    for last in matches:  # noqa: B007 - the last match is wanted
        pass
    return last


def _respondent(text: str, seg_start: int, num_start: int, num_end: int, seg_end: int,
                sent_start: int | None = None) -> str | None:
    after = text[num_end:seg_end]
    m = _GROUP_AFTER.match(after)
    if m:
        gm = SUBGROUP.match(after, m.end())
        if not gm:
            am = _ADJ_WORD.match(after, m.end())
            gm = SUBGROUP.match(after, am.end()) if am else None
        if gm:
            return _base_group(gm.group("g"))
        return None
    before = text[seg_start:num_start]
    paren = before.rfind("(")
    if paren >= 0 and ")" not in before[paren:]:
        area = _area(one_line(before[:paren + 1]))
        if area:
            return area
    found = None
    for gm in SUBGROUP.finditer(before):
        found = gm
    if found:
        return _base_group(found.group("g"))
    bm = _last(_GROUP_BEFORE.finditer(before))
    if bm and SUBGROUP.fullmatch(bm.group("g")):
        return _base_group(bm.group("g"))
    if sent_start is None:
        return None
    if _ANAPHOR.search(before):
        # "… darunter am ehesten noch Männer. Von ihnen sind 6,1 % …"
        found = None
        for gm in SUBGROUP.finditer(text, max(0, sent_start - 300), sent_start):
            found = gm
        if found:
            return _base_group(found.group("g"))
    am = _last(_AREA_IN_SENTENCE.finditer(text, sent_start, num_start))
    if am and not _NEW_SUBJECT.search(text, max(seg_start, am.end()), num_start):
        return _area(am.group("area") + " (")
    return None


# ---------------------------------------------------------------------------
# Which survey year a figure belongs to


def figure_year(text: str, clause: tuple[int, int], num_start: int, num_end: int) -> int | None:
    """The year a figure is stated for, when the text says so next to it.

    "2016: 12,4 %", "2006 (91,8 %)", "57,6 % (2016)", "61 % im Jahr 2016",
    "Während 2012 9,7 % …", "Im Jahr 2016 lag dieser Anteil noch bei 41,5 %".
    """
    before = text[max(clause[0], num_start - 30):num_start]
    after = text[num_end:min(clause[1], num_end + 40)]
    m = re.search(rf"({_YEAR})\s*:\s*$", before) or re.search(rf"({_YEAR})\s*\(\s*$", before)
    if m:
        return int(m.group(1))
    m = re.match(rf"\s*(?:%|Prozent)?\s*\(\s*({_YEAR})\s*\)", after) or re.match(
        rf"\s*(?:%|Prozent)?\s+(?:im\s+Jahr(?:e)?|in)\s+({_YEAR})\b", after
    )
    if m:
        return int(m.group(1))
    if _CURRENT.search(before):
        return None
    # One year elsewhere in the clause, not a "seit 2006" or an age.
    years = [
        ym for ym in re.finditer(rf"(?<![\d.,:/-])({_YEAR})(?![\d.,]\d|\s*\))", text[clause[0]:clause[1]])
        if not re.search(r"(?:[Ss]eit|nach|vor|bis|ab|[Ss]eit\s+dem\s+Jahr(?:e)?|[-–])\s*$",
                         text[clause[0]:clause[0] + ym.start()])
    ]
    if len(years) == 1:
        return int(years[0].group(1))
    return None


# ---------------------------------------------------------------------------
# Finding figures in prose


def _long_line(line: str) -> bool:
    return len(line) >= 50 and len(_WORD3.findall(line)) >= 4


_SENTENCE_ITEM = re.compile(r"[ \t]*(?:[-–•*·▪]|\d{1,2}[.)])[ \t]+\S+(?:[ \t]+\S+){2,}[.!?][\"“”»«')]?[ \t]*")


def prose_line(text: str, pos: int) -> bool:
    """True when the line holding ``pos`` is running text, not a chart label: it
    is a long line of words, or the short last line of such a paragraph."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    if _long_line(text[a: b if b >= 0 else len(text)]):
        return True
    if _SENTENCE_ITEM.fullmatch(text, a, b if b >= 0 else len(text)):
        return True  # "• 2/3 sagen, dass das Angebot reicht.": a list item that is a sentence
    if a == 0:
        return False
    p = text.rfind("\n", 0, a - 1) + 1
    prev = text[p:a - 1]
    line = text[a: b if b >= 0 else len(text)].rstrip()
    return (_long_line(prev) and not prev.rstrip().endswith((".", "!", "?"))
            and re.search(r"[.!?][\"“”»«')]?$", line) is not None)


_HAS_FIGURE = re.compile(r"\d|Prozent|Hälfte|[½⅓⅔¼¾⅕⅖⅗⅘⅒]|mal\b|Dritteln|Vierteln|Drittel|Viertel|Fünftel|Zehntel|\b[Jj]ede[rnms]?\b")
_HAS_NUMBER_WORD = re.compile(rf"(?<![\wäöüß]){_NUMBER_WORD}(?![\wäöüß])")
# A number that counts no findings: "seit vier Jahren", "§ 5 Satz", "in den letzten drei …"
_NOT_A_COUNT = re.compile(
    r"(?:\b(?:seit|vor|nach|ab|bis|um|binnen|innerhalb|alle|allen|sämtlichen|beiden|jede[nrs]?|letzten|nächsten|ersten|wichtigsten|häufigsten|größten|beliebtesten|meistgenannten|Nr\.|TOP|Ziffer|Punkt|"
    r"Anlage|Seite|Satz|Absatz|Abs\.|Artikel|Art\.)\s*|§§?\s*|\S[ \t]+[-–][ \t]*)$",
    re.IGNORECASE,
)
# "die für 80 Essen ausgelegte Mensa": what a building or a service is made for, not a finding.
_CAPACITY = re.compile(r"\s+(?:ausgelegt|vorgesehen|konzipiert|genehmigt|zugelassen|geplant|bemessen)\b")
_BULLET = re.compile(r"[ \t]*(?:[-–•*·▪]|\d{1,2}[.)])?[ \t]*")


def _heading_number(text: str, pos: int) -> bool:
    """A number opening a heading ("7 Ergebnisse der Umfrage"), not a list item
    ("• 12 Vereine melden …") or a sentence of its own ("9 Schulen haben eine Mensa.")."""
    line_start = text.rfind("\n", 0, pos) + 1
    lead = text[line_start:pos]
    if lead.strip() and not _BULLET.fullmatch(lead):
        return False
    if _BULLET.fullmatch(lead) and lead.strip():
        return False  # a list item
    line_end = text.find("\n", pos)
    line = text[pos: line_end if line_end >= 0 else len(text)].rstrip()
    # "48 Familien benötigen … 16 Uhr. Lediglich neun lehnen ein" is running text broken by the PDF
    return not line.endswith((".", ";", "!")) and not re.search(r"[.;!?]\s+[A-ZÄÖÜ]", line)
_WORD3 = re.compile(r"[A-Za-zÄÖÜäöüß]{3,}")


def _count_value(num: str) -> float:
    return float(_NUMBER_WORDS[num.lower()]) if num.lower() in _NUMBER_WORDS else parse_number(num)


def figures_in(text: str, start: int, end: int, *, prose_only: bool = True, counts: bool = False,
               rough: bool = False) -> list[Figure]:
    """Every figure of the sentence text[start:end], one per reported value.

    ``counts`` reads counts of any plural noun too ("23 Betriebe", "vier
    Einrichtungen"), for sentences right next to a survey. ``rough`` keeps
    rough values ("rund 70 Prozent", "etwa die Hälfte") where no precise value
    restates them: in a passing report of a survey they are the value given;
    in a survey report full of precise figures they are restatements."""
    if not _HAS_FIGURE.search(text, start, end) and not (counts and _HAS_NUMBER_WORD.search(text, start, end)):
        return []
    hits: list[tuple[int, int, float, str | None]] = []
    for m in PERCENT.finditer(text, start, end):
        hits.append((m.start(), m.end(), parse_number(m.group("num")), "%"))
    for m in WORD_PERCENT.finditer(text, start, end):
        hits.append((m.start(), m.end(), _count_value(m.group("num")), "%"))
    for m in PERCENT_ADJECTIVE.finditer(text, start, end):
        hits.append((m.start(), m.end(), parse_number(m.group("num")), "%"))
    taken = [(a, b) for a, b, _, _ in hits]
    if counts:
        for m in [*PART_OF.finditer(text, start, end), *OF_WHICH.finditer(text, start, end)]:
            if not any(a < m.end() and m.start() < b for a, b in taken):
                share = _share_of(m)
                if share is not None:
                    hits.append((m.start("num"), m.end("unit"), share, "%"))
                else:
                    hits.append((m.start("num"), m.end("num"), _count_value(m.group("num")), m.group("unit")))
                taken.append((m.start(), m.end()))
        for m in NOUN_COUNT.finditer(text, start, end):
            if not any(a < m.end() and m.start() < b for a, b in taken) and not _NOT_A_COUNT.search(
                text, max(start, m.start() - 25), m.start()
            ) and not _heading_number(text, m.start()) and not _CAPACITY.match(text, m.end()) \
                    and not _REFERRING.match(text, m.end("num")) and not (
                _OF_THE_WHOLE.search(text, max(start, m.start() - 40), m.start())
                and _PART_AFTER.search(text, m.end(), end)
            ):
                hits.append((m.start(), m.end(), _count_value(m.group("num")), m.group("unit")))
                taken.append((m.start(), m.end()))
        for m in QUOTED_ANSWER.finditer(text, start, end):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                hits.append((m.start("num"), m.end("num"), _count_value(m.group("num")), None))
                taken.append((m.start(), m.end()))
        for m in BARE_COUNT.finditer(text, start, end):
            if any(a < m.end() and m.start() < b for a, b in taken) or m.group("verb") in _NOT_BARE_VERB:
                continue
            lead = text[max(start, m.start() - 25):m.start()]
            if not (_BARE_BEFORE.search(lead) or not text[start:m.start()].strip(" \t\n-–•*·▪")):
                continue
            unit = next((u for x, _, _, u in reversed(sorted(hits)) if x < m.start() and u not in (None, "%")), None)
            hits.append((m.start("num"), m.end("num"), _count_value(m.group("num")), unit))
            taken.append((m.start(), m.end("num")))
    for m in RETURNED_OF.finditer(text, start, end):
        if not any(a < m.end() and m.start("num") < b for a, b in taken):
            hits.append((m.start("num"), m.end(), parse_number(m.group("num")), m.group("unit")))
            taken.append((m.start(), m.end()))
    for rx in (COUNT, RETURNED, COMPARED, GRADE, AVERAGE_AGE, TIMES, SCALE_MEAN):
        for m in rx.finditer(text, start, end):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if rx is SCALE_MEAN and not (_SCALE_WORD.search(text, start, end) or m.group().startswith(
                    ("durchschnittlich", "im"))):
                continue  # "mit 2,5" is a mean only in a sentence about ratings
            if rx is TIMES and not (re.match(r"\s+(?:das|die|der|den|wird|wurde|wurden)\b", text[m.end():m.end() + 8])
                                    or _NAMED_ANSWER.search(text, start, end)):
                continue  # "zweimal am Tag": how often something happens, no answer counted
            if rx is TIMES:
                hits.append((m.start(), m.end(), _count_value(m.group("num")), "Nennungen"))
                taken.append((m.start(), m.end()))
                continue
            if rx is RETURNED and _HANDED_AFTER.match(text, m.end()):
                continue  # "2.000 Fragebögen wurden verteilt": how many were handed out
            unit = "Note" if rx in (GRADE, SCALE_MEAN) else m.groupdict().get("unit")
            hits.append((m.start(), m.end(), parse_number(m.group("num") or m.group("num2")), unit))
            taken.append((m.start(), m.end()))
    hits.sort()
    # Word fractions only where no number says the same in the clause.
    clause_list = clauses(text, start, end)
    roughly_said: set[int] = set()
    for m in FRACTION.finditer(text, start, end):
        cl = _clause_of(clause_list, m.start())
        if any(cl[0] <= a < cl[1] for a, _, _, _ in hits):
            continue
        before = text[max(start, m.start() - 15):m.start()]
        said_roughly = rough and _MORE_THAN.search(before)
        if (_BOUND.search(before) and not said_roughly) or (_ROUGH.search(before) and not rough):
            # "mehr als die Hälfte" beside precise figures is a bound; "rund ein Drittel" or, in a
            # passing report, "über die Hälfte" alone is the value given
            continue
        value = _fraction_value(m)
        if value and 0 < value <= 100:
            hits.append((m.start(), m.end(), value, "%"))
            if said_roughly:
                roughly_said.add(m.start())
    hits.sort()
    out: list[Figure] = []
    prev_end = None
    prev_clause = None
    joined_at = None
    for i, (a, b, value, unit) in enumerate(hits):
        if prose_only and not prose_line(text, a):
            continue
        pre = text[max(start, a - 20):a]
        bound = _BOUND.search(pre) and a not in roughly_said and not (rough and _told_bound(text, hits, i, clause_list))
        if _SAMPLE.search(pre) or bound or _EACH_ROUGHLY.search(pre) or _RANGE_END.search(text, max(start, a - 30), a):
            continue
        if _ROUGH.search(pre) and float(value).is_integer() and unit == "%" and (not rough or any(
            u == "%" and not float(v).is_integer() and abs(x - a) < 80 for x, _, v, u in hits
        )):
            continue  # "rund 40 % (39,6 %)": a rough restatement of the precise value
        # Two values of one thing: "(20 % Sommer bzw. 22,6 % Winter)",
        # "(+63.500 Fahrten beziehungsweise +27,7 %)".
        if out and prev_end is not None and re.fullmatch(
            r"\s*[\wäöüß]{0,12}\s*(?:bzw\.|beziehungsweise)\s*", text[prev_end:a]
        ):
            if unit == "%" and out[-1].unit != "%":
                out[-1].value, out[-1].unit = value, unit
            out[-1].end = max(out[-1].end, _extend(text, b, end))
            prev_end = b
            continue
        cl = _clause_of(clause_list, a)
        seg_start = cl[0] if prev_clause != cl or prev_end is None else _after_paren(text, prev_end, cl[1])
        if prev_clause == cl and joined_at is not None:
            seg_start = joined_at
        nxt = hits[i + 1][0] if i + 1 < len(hits) else None
        last_in_clause = nxt is None or nxt >= cl[1]
        seg_end = cl[1] if last_in_clause else _extend(text, b, cl[1])
        joined_at = None
        if not last_in_clause:
            # "215 Personen wünschen sich A und über 180 Personen wünschen sich B": two findings joined by
            # "und", each with its own words
            jm = _JOINED.search(text, b, nxt)
            if jm and jm.start() > seg_end:
                seg_end, joined_at = jm.start(), jm.end()
        if last_in_clause:
            # "gaben 68 % an, mit den Betreuungszeiten zufrieden zu sein": the clause it governs
            k = clause_list.index(cl) if cl in clause_list else -1
            if 0 <= k < len(clause_list) - 1 and (nxt is None or nxt >= clause_list[k + 1][1]):
                following = text[clause_list[k + 1][0]:clause_list[k + 1][1]]
                if _GOVERNED.match(following) or _INFINITIVE.search(following.rstrip(" .;")):
                    seg_end = clause_list[k + 1][1]
        year = figure_year(text, cl, a, b)
        row = max(start, text.rfind("\n", 0, a) + 1)
        if row > seg_start and (re.search(r"\||\t", text[row:a]) or _table_row(text, seg_start, row, b)):
            seg_start = row  # a table row: its figure belongs to its own row, not the header above
        label = _item_label(text, start, seg_start)
        if label is not None and (not out or out[-1].num_end <= label):
            seg_start = label  # "- Hallenzeiten fehlen: 14 Vereine": the answer and its count
        finding = re.sub(r"^[-–•*·▪]\s+", "", one_line(text[seg_start:seg_end]).strip(" ,;."))
        paren = _open_paren(text, cl[0], a)
        if paren is not None and re.match(rf"\s*{_YEAR}\s*:", text[_item_start(text, paren, a):a]):
            # "(2016: 12,4 %, 2019: 20,5 %)": what the list is about, and this item.
            item = _item_start(text, paren, a)
            desc_start = max(cl[0], text.rfind(")", cl[0], paren) + 1)
            desc = one_line(text[desc_start:paren]).strip(" ,;")
            desc = re.sub(r"^(?:und|sowie|oder)\s+", "", desc)
            if seg_start > paren:
                seg_start = desc_start
            finding = f"{desc} ({one_line(text[item:b]).strip()})"
        resp = _respondent(text, seg_start, a, b, seg_end, start)
        if resp is None and out and prev_clause == cl and not _NEW_SUBJECT.search(text, seg_start, a):
            resp = out[-1].respondent  # "X nennen A (35,3 %) sowie B (37,2 %)"
        if resp is None and out and re.match(r"\s*(?:und\s+|sowie\s+)?weitere\b", text[seg_start:a], re.IGNORECASE):
            resp = out[-1].respondent  # "Von den Mitgliedern sind 30 % …, weitere 40 % …": the same group
        out.append(Figure(seg_start, seg_end, a, b, value, unit, finding, resp, year))
        prev_end = b
        prev_clause = cl
    return out


def _table_row(text: str, seg_start: int, row: int, num_end: int) -> bool:
    """A short line ending in its figure under short lines without sentence ends: a table
    whose cells a PDF's text gave as spaces ("Antwort Anzahl Anteil / sehr zufrieden 12 30 %")."""
    eol = text.find("\n", num_end)
    line_end = len(text) if eol < 0 else eol
    if text[num_end:line_end].strip() or line_end - row > 80:
        return False
    above = [ln.strip() for ln in text[seg_start:row].split("\n") if ln.strip()]
    return bool(above) and all(len(ln) <= 60 and not ln.endswith((".", ",", ";", ":")) for ln in above)


def _item_label(text: str, start: int, seg_start: int) -> int | None:
    """Start of an answer's label on its own list line ("- Hallenzeiten fehlen: 14 Vereine",
    "sehr zufrieden | 12 | 30 %"), when the figure's clause follows it on that line."""
    line = max(start, text.rfind("\n", 0, seg_start) + 1)
    head = text[line:seg_start]
    if not head.strip() or not re.search(r"(?::|\||\t)\s*$", head) or len(head) > 80:
        return None
    bm = _BULLET.match(text, line)
    return bm.end() if bm else line


def _open_paren(text: str, start: int, pos: int) -> int | None:
    """Offset of the parenthesis ``pos`` stands in, if any."""
    a = text.rfind("(", start, pos)
    if a < 0 or text.find(")", a, pos) >= 0:
        return None
    return a


def _item_start(text: str, paren: int, pos: int) -> int:
    """Start of one item of a parenthesised list: after "(" or the last ", "/"; "."""
    cut = max(text.rfind(", ", paren, pos), text.rfind("; ", paren, pos))
    return cut + 2 if cut >= 0 else paren + 1


_GOVERNED = re.compile(r"\s*(?:dass|ob|wie|weil|sie\s+seien|er\s+sei|es\s+sei)\b")
_INFINITIVE = re.compile(r"\bzu\s+[a-zäöüß]+$|\b[a-zäöüß]+zu[a-zäöüß]+en$")


def _clause_of(cl: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in cl:
        if a <= pos < b:
            return a, b
    return cl[-1] if cl else (pos, pos)


def _extend(text: str, pos: int, limit: int) -> int:
    """End of a figure's own words: through a closing parenthesis or a quoted answer after it."""
    m = re.match(r"\s*\)|\s+[„\"“»«][^\"“”„»«\n]{1,40}[\"“”»«](?:\s+an\b)?", text[pos:limit])
    return pos + m.end() if m else pos  # ... or the quoted answer it counts: '148 "teils/teils" an'


def _after_paren(text: str, pos: int, limit: int) -> int:
    m = re.match(r"\s*\)?\s*", text[pos:limit])
    return pos + (m.end() if m else 0)


def value_of(f: Figure) -> float | int:
    return _clean_value(f.value)
