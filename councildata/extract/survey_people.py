"""Who a survey asked, read from the words around it.

Names of groups of people as a council text writes them ("Eltern von Kindern
unter vier Jahren", "Bürgerinnen und Bürger ab 18 Jahren", "über 70-Jährige"),
put in the nominative ("bei den Vereinen" -> "Vereine"); who was asked in a
mention's own sentence ("Befragung der Anwohner", "wurden alle Kitas befragt",
"fragte nach der Meinung der Mieter") or in a sentence next to it ("Daran
nahmen 812 Eltern teil", "nutzten 180 Vereine die Möglichkeit").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .common import base_form
from .dates import MONTHS
from .text import one_line

if TYPE_CHECKING:
    from .survey_mentions import Mention

# Prefixes of compounds that name the people asked: "Bürgerumfrage",
# "Elternbefragung", "Nutzer*innenbefragung", "Kundenbefragung".
PERSON_PREFIX = re.compile(
    r"^(?P<p>(?:[\wäöüß-]*(?:er|er\*innen|er:innen|erinnen|erInnen|er_innen))|Eltern|Kunden|Passanten|"
    r"Studierenden|Studenten|Senioren|Seniorinnen|Jugend|Kinder|Haushalts?|Unternehmens?|Betriebs?|"
    r"Mitglieder|Mitarbeitenden|Beschäftigten|Händler|Anlieger|Anwohner|Fahrgast|Gäste|Vereins?|Kita|Schul|"
    r"Gemeinde|Einrichtungs|Patienten|Familien|Praxis|Firmen)s?-?$"
)
NOT_PERSON = re.compile(
    r"^(?:Sommer|Winter|Herbst|Oktober|September|November|Dezember|Januar|Februar|Wasser|Feuer|"
    r"Länder|Bundesländer|Kinder(?:garten|tages)|Telefon|Online|Internet|Quer|Lager|Theater)$"
)
_PREFIX_NOMINATIVE = {"Jugend": "Jugendliche", "Haushalt": "Haushalte", "Betrieb": "Betriebe", "Fahrgast": "Fahrgäste",
                      "Verein": "Vereine", "Kita": "Kitas", "Schul": "Schulen", "Gemeinde": "Gemeinden",
                      "Einrichtung": "Einrichtungen", "Praxi": "Praxen", "Unternehmen": "Unternehmen"}

# Head nouns of organisations (who asked), as opposed to groups of people.
ORG_HEAD = re.compile(
    r"(?:gesellschaft|verein|verband|amt|verwaltung|institut|förderung|stadt|gemeinde|landkreis|kreis|kammer|"
    r"universität|hochschule|stiftung|büro|agentur|zentrum|gmbh|e\.\s?V\.|initiative|fraktion|partei|"
    r"ministerium|behörde|polizei|club|netzwerk|forum|bündnis|konferenz|dezernat|fachbereich|referat|"
    r"abteilung|statistik\w*|bundesamt|landesamt|kommission|beirat|ausschuss|arbeitskreis|werk|werke|"
    r"betriebe|ag|bg|experte\w*|team|beauftragte|städtetag\w*|landkreistag\w*|gemeindetag\w*|"
    r"städte-\s?und\s+gemeindebund\w*|tag|tags|tages)(?:e?s)?\b",
    re.IGNORECASE,
)

# Words that end a name read after "bei den", "unter den", "angeschriebenen".
_STOP_WORDS = frozenset(
    """im in am an auf aus zu zum zur nach über unter mit durch für vom von bei per seit bis ohne um
    gegen hinsichtlich bezüglich zwecks wegen während als wie ob dass daß ergab ergaben zeigte zeigten
    brachte hat haben hatte hatten ist sind war waren wurde wurden wird werden nahmen insgesamt
    jeweils u.a. u. a. z.B. nicht ein eine einen einem einer eines kein keine keinen keinem keiner mehr weniger
    sich ihre ihren""".split()  # noqa: SIM905 - a word list reads best as text
)
# "wurden zusätzlich die Erzieherinnen befragt", "wurden erneut alle Vereine angeschrieben"
_ADVERBS = frozenset(
    "zusätzlich zusaetzlich außerdem ausserdem auch ebenfalls zudem dann anschließend anschliessend erneut "  # noqa: SIM905
    "nochmals nochmal ferner schließlich schliesslich bereits erstmals erstmalig wieder zuvor vorab parallel "
    "gleichzeitig daraufhin dabei hierzu dazu hierbei damals seinerzeit jeweils nun".split()
)
_QUANTITY = frozenset(["insgesamt", "rund", "etwa", "ca.", "über", "knapp", "fast", "nur", "jeweils"])
_ARTICLES = frozenset(
    "der die das den dem des alle allen aller sämtliche sämtlichen ausgewählte ausgewählten "  # noqa: SIM905
    "ihre ihren seine seinen unsere unseren".split()
)


# "bei den Gleichstellungsbeauftragten der Regionalkonferenz …", "unter den Bewohnerinnen …"
# "unter dem Titel „…“", "unter dem Motto": the survey's name, not the people asked.
_A_NAME_FOLLOWS = r"(?!(?:dem|den|der|einem)\s+(?:Titel|Motto|Namen|Leitthema|Überschrift|Stichwort|Slogan|Arbeitstitel)\b)"
_AFTER_BEI = re.compile(rf"\s+(?:(?:direkt|gezielt|persönlich|schriftlich|telefonisch|online|auch|nur|erneut)\s+)?(?:bei|unter|an)\s+{_A_NAME_FOLLOWS}(?:den|der|dem|allen|sämtlichen|alle|die)?\s*")
# "wurden die im Netzwerk häusliche Gewalt Anwesenden nach ihren … befragt"
_WURDEN_BEFRAGT = re.compile(
    r"\b(?:wurden|wurde|haben\s+wir|hat\s+\w+|hatten\s+wir|(?:haben|hatten|hat|hatte)(?=\s+(?:ihre|seine|alle|die)\s))"
    r"\s+(?P<np>(?:[^.;:?!]|(?<=\d)\.){3,160}?)\s+"
    r"(?:(?P<prep>nach|zu|zum|zur|über(?!\s+\d)|hinsichtlich|bezüglich)\s+(?P<topic>(?:[^.;:?!]|(?<=\d)\.){3,300}?)\s+)?"
    r"(?:befragt|abgefragt|angeschrieben)\b"
)
# "Befragt wurden alle Kindertagesstätten im Gemeindegebiet", "Angeschrieben wurden 120 Betriebe"
_BEFRAGT_WURDEN = re.compile(
    r"\b(?:[Bb]efragt|[Aa]ngeschrieben|[Aa]bgefragt|[Aa]ngesprochen|[Ee]ingeladen|[Kk]ontaktiert)\s+wurden\s+(?P<np>(?:[^.;:?!]|(?<=\d)\.){3,160})"
)
_BEI_LATER = re.compile(
    r"\s+(?:de[rs]|von|vom)\s+(?:[A-ZÄÖÜ][\wäöüß-]*\s+){1,4}(?:im\s+\w+\s+(?:19|20)\d{2}\s+)?"
    rf"(?:bei|unter)\s+{_A_NAME_FOLLOWS}(?:den|der|dem|allen|sämtlichen|alle|die)?\s*"
)
_PRESENT_AT = re.compile(
    r"^(?:die|alle)?\s*(?:im|in\s+der|in\s+dem|in\s+den|beim|bei\s+der|bei\s+den)\s+(?P<org>.+?)\s+"
    r"(?:Anwesenden|Teilnehmenden|Beteiligten|Vertretenen|Versammelten|vertretenen\s+\w+|anwesenden\s+\w+)$"
)
# "von 15.000 angeschriebenen Bürgerinnen und Bürger ab 18 Jahren", "144 Betriebe angeschrieben"
_SAMPLED = re.compile(r"\b(?:angeschriebenen|befragten|ausgewählten|eingeladenen|kontaktierten)\s+")
_N_SAMPLED = re.compile(
    r"\b\d{1,3}(?:\.\d{3})*\s+(?P<np>[A-ZÄÖÜ][^\s,.;()]*(?:\s+und\s+[A-ZÄÖÜ][^\s,.;()]*)?)\s+angeschrieben\b"
)
# "an der 812 Personen teilnahmen", "1.200 Eltern haben teilgenommen"
# An age that narrows a group down: "ab 60 Jahren", "über 65 Jahre", "ab dem 55. Lebensjahr".
_AGE_TAIL = r"(?:\s+(?:ab|über|unter)\s+\d{1,3}\s+Jahre[n]?|\s+(?:ab|nach|vor)\s+dem\s+\d{1,3}\.\s+Lebensjahr)?"
# "Etwa 450 Bürger über 65 Jahre haben sich an der Umfrage der Stadt beteiligt"
_N_TOOK_PART = re.compile(
    r"\b(?:insgesamt\s+|rund\s+|etwa\s+)?\d{1,3}(?:\.?\d{3})*\s+(?P<np>[A-ZÄÖÜ][^\s,.;()]*(?:\s+und\s+[A-ZÄÖÜ][^\s,.;()]*)?"
    # "41 Haushalte aus dem Ortskern antworteten": where they come from, part of the group
    r"(?:\s+(?:aus|im|in)\s+(?:dem\s+|der\s+|den\s+)?[A-ZÄÖÜ][^\s,.;()]*(?:\s+[A-ZÄÖÜ][^\s,.;()]*)?)?"
    + _AGE_TAIL + r")"
    # "haben sich an der Befragung über die Öffnungszeiten der Kitas beteiligt": the survey's topic between
    r"\s+(?:(?:haben|hatten)\s+(?:sich\s+)?(?:[^.;:!?]{1,60}?\s+)?(?:an\s+[^.;:!?]{3,140}?\s+)?(?:teilgenommen|beteiligt|geantwortet)"
    # "Nur 30 Händler äußerten sich bei der Umfrage"
    r"|äußerten\s+sich\s+(?:\w+\s+){0,3}?(?:bei|in|an)\s+(?:der|dieser)"
    r"|teilnahmen|nahmen\b[^.;]{0,60}?\bteil|beteiligten|beteiligt\s+haben|antworteten"
    # "640 Mieter haben ihren Bogen ausgefüllt", "96 Betriebe schickten ihren Bogen zurück"
    r"|(?:haben|hatten)\s+(?:den|einen|ihren|die|ihre)\s+(?:[\wäöüß-]*[Ff]rageb(?:o|ö)gen|Bögen|Bogen)\s+"
    r"(?:[\wäöüß.]+\s+){0,4}?(?:ausgefüllt|zurückgeschickt|zurückgesandt|zurückgegeben|beantwortet|abgegeben)"
    r"|(?:füllten|schickten|sandten|gaben)\s+(?:den|einen|ihren|die|ihre)\s+(?:[\wäöüß-]*[Ff]rageb(?:o|ö)gen|Bögen|Bogen)"
    r"\b(?:[^.;]{0,40}?\b(?:aus|zurück|ab))?)\b"
)
# "2020 wurden sämtliche Mieter der Wohnanlage durch die Stadt gebeten, einen Bogen
# auszufüllen": those asked to answer.
_ASKED_TO_ANSWER = re.compile(
    r"\b(?:wurden|wurde)\s+(?P<np>(?:[^.;:?!]|(?<=\d)\.){3,120}?)\s+(?:(?:von|durch)\s+(?:der|die|den|dem)\s+[A-ZÄÖÜ][\wäöüß-]+\s+)?"
    r"(?:gebeten|aufgerufen|eingeladen)\b(?:[^.;:?!]|(?<=\d)\.){0,160}?"
    r"(?:zu\s+äußern|teilzunehmen|zu\s+beteiligen|auszufüllen|zu\s+beantworten|mitzuteilen|einzubringen)\b"
)
# "Befragung der Anwohnerinnen und Anwohner", "Befragung von 350 Nutzerinnen und Nutzern"
_GENITIVE_OBJECT = re.compile(r"\s+(?:der|aller|von)\s+(?:(?:rund|etwa|über|insgesamt)\s+)?(?:\d{1,3}(?:\.\d{3})*\s+)?")
_STRONG_GENITIVE = re.compile(r"\s+(?=[a-zäöüß][\wäöüß-]*er\s+[A-ZÄÖÜ][\wäöüß-]*(?:end|t|lich|ig)er(?![\wäöüß-]))")


def _nominative_plural(name: str) -> str:
    """"ansässiger Selbständiger" -> "ansässige Selbständige" (a noun made of an
    adjective or participle, the only kind _STRONG_GENITIVE takes)."""
    adj, noun = name.split()
    return f"{adj[:-1]} {noun[:-1]}"


# "Die Schulen wurden im Januar 2024 zu ihrem Raumbedarf befragt."
_SUBJECT_BEFRAGT = re.compile(
    r"(?:^|[,;]\s+|\b(?:Dabei|Zudem|Außerdem|Ferner|Hierzu|Dazu)\s+)(?:die|alle|sämtliche)\s+(?P<np>(?:[^.;:?!]|(?<=\d)\.){3,100}?)\s+"
    r"(?:wurden|sind)\b(?P<rest>(?:[^.;:?!]|(?<=\d)\.){0,160}?)\bbefragt\b",
    re.IGNORECASE,
)
_QUESTIONS_REACH = re.compile(
    r"\b(?:Fragen|Fragebogen|Fragebögen|Umfrage|Befragung)\b[^.;:?!]{0,40}?\b(?:erreichen|erreichten|erreicht|erreichte|"
    r"(?:ging(?:en)?|geht|gehen)\s+(?:(?:im|am|Anfang|Mitte|Ende)\s+\S+\s+)?an|richte(?:n|te|ten)?\s+sich\s+an)\s+"
    r"(?:(?:im|am|in|ab|Anfang|Mitte|Ende)\s+\S+(?:\s+(?:19|20)\d\d)?\s+)?"
    r"(?:viele|alle|sämtliche|die|rund\s+[\d.]+|[\d.]+)?\s*(?P<np>[A-ZÄÖÜ][^.;:,?!]{2,80})"
)
_BACK_FROM = re.compile(
    r"\b(?:Frageb\w+|Bögen|Antworten|Rückmeldungen)\b[^.;:?!]{0,60}?\b(?:von|aus)\s+(?:den|allen|sämtlichen)\s+"
    r"(?P<np>[A-ZÄÖÜ][^.;:,?!\"„“]{2,80}?)\s+(?:zurückbekommen|zurückerhalten|zurückgekommen|erhalten|bekommen|eingegangen)\b"
)
_CALLED_ON = re.compile(
    r"\b(?:waren|wurden|sind|werden)\s+(?:(?:aber|nun|jetzt|diesmal|dann|erstmals|zudem|auch)\s+)*"
    r"(?:alle|sämtliche|die)\s+(?P<np>[^.;:,?!]{2,80}?)\s+(?:gefragt|aufgerufen|eingeladen|gebeten|aufgefordert)\b"
)
_WHAT_THEY_WANT = re.compile(
    r"\bum\s+(?:zu\s+)?(?:sehen|erfahren|ermitteln|erfragen|klären|prüfen|herauszufinden|zu\s+erfahren),?\s+"
    r"(?:welche[nrs]?|wie|was|ob|wo|wann)\b[^.;:?!]{0,80}?\b(?:die|alle|sämtliche)\s+(?P<np>[A-ZÄÖÜ][^.;:?!]{2,100})"
)
_ASKED_IN_CLAUSE = re.compile(
    r",\s+(?:bei|in|an|mit)\s+(?:der|dem|denen|welcher|welchem)\s+(?:[^.;:,?!]{0,60}?\s+)?(?:die|alle|sämtliche|rund|etwa|\d[\d.]*)\s+"
    r"(?P<np>[A-ZÄÖÜ][^.;:,?!]{2,60}?)\s+(?:befragt|angeschrieben|interviewt)\s+(?:wurden|worden|werden)\b"
)
_PREP_TOPIC = re.compile(r"\b(?:nach|zu|zum|zur|über|hinsichtlich|bezüglich)\s+(?P<t>.{3,})$")


def _set_people(mn: Mention, name: str | None, strength: int = 2) -> bool:
    if name:
        mn.respondents, mn.respondents_strength = normalise_people(name), strength
        return True
    return False


def read_respondents(mn: Mention, sent: str, rel: int, rel_end: int) -> None:
    after = sent[rel_end:]
    if mn.word.lower() in ("befragt", "abgefragt"):
        m = _BEFRAGT_WURDEN.search(sent)
        if m and _set_people(mn, _people_from_clause(m.group("np"))):
            return
        m = _WURDEN_BEFRAGT.search(sent)
        if m and _set_people(mn, _people_from_clause(m.group("np"))):
            if m.group("topic"):
                mn.topic = clean_topic(m.group("topic"))
            return
        m = _SUBJECT_BEFRAGT.search(sent)
        if m and _set_people(mn, _people_from_clause(m.group("np"))):
            tm = _PREP_TOPIC.search(m.group("rest"))
            if tm:
                mn.topic = clean_topic(tm.group("t"))
        return
    m = _AFTER_BEI.match(after)
    if m:
        name = noun_phrase(after[m.end():])
        # "Befragung an der Landtagswahl", "Umfrage an den Wahlständen": where, not whom ("Umfrage an
        # allen Schulen" names them)
        if (m.group().split()[0] != "an" or name and looks_people(name)) and _set_people(mn, name):
            return
    # "Umfrage der Wirtschaftsförderung unter den Gewerbetreibenden": past the one who asked.
    m = _BEI_LATER.match(after)
    if m and _set_people(mn, noun_phrase(after[m.end():])):
        return
    m = _GENITIVE_OBJECT.match(after)
    if m:
        name = noun_phrase(after[m.end():])
        if name and looks_people(name) and _set_people(mn, name):
            return
    m = _STRONG_GENITIVE.match(after)
    if m:
        # "Umfrage ansässiger Selbständiger": people in the genitive without an article
        name = noun_phrase(after[m.end():])
        if name and len(name.split()) == 2 and looks_people(name) and _set_people(mn, _nominative_plural(name)):
            return
    sm = _SAMPLED.search(sent)
    if sm:
        name = noun_phrase(sent[sm.end():])
        if name and looks_people(name) and _set_people(mn, name):
            return
    for rx in (_N_SAMPLED, _N_TOOK_PART, _TOOK_PART_INVERTED):
        sm = rx.search(sent)
        np = sm and (sm.groupdict().get("np") or sm.groupdict().get("np2"))
        if np and looks_people(np) and _set_people(mn, np):
            return
    cm = _COULD_TAKE_PART.search(sent)
    if cm and looks_people(cm.group("np") or cm.group("np2")) and _set_people(mn, (cm.group("np") or cm.group("np2")).strip()):
        return
    rm = _RECEIVED_FORM.search(sent) or GOT_LETTER.search(sent)
    if rm and looks_people(rm.group("np")) and _set_people(mn, normalise_people(" ".join(rm.group("np").split()))):
        return
    m = _WURDEN_BEFRAGT.search(sent)
    if m and _set_people(mn, _people_from_clause(m.group("np"))):
        return
    m = _ASKED_TO_ANSWER.search(sent)
    if m and _set_people(mn, _people_from_clause(m.group("np"))):
        return
    m = _OPINION_OF.search(after)
    if m:
        name = noun_phrase(after[m.end():])
        if name and looks_people(name) and _set_people(mn, name):
            return
    m = _SHARE_OF_PEOPLE.search(sent)
    if m and _TOOK_PART_VERB.search(sent, m.end()):
        # "An der Bürgerbefragung nahmen 38 % der Haushalte teil": the share of those asked who took part
        # names them better than the compound
        name = noun_phrase(sent[m.end():])
        if name and looks_people(name) and not _WHOLE.match(name) and _set_people(mn, name):
            return
    if not mn.prefix or not PERSON_PREFIX.match(mn.prefix.rstrip("-")):
        # "Im Rahmen einer Befragung gaben 80 % der Eltern an, …": the answers were theirs
        m = _SHARE_OF_PEOPLE.search(sent)
        if m:
            name = noun_phrase(sent[m.end():])
            if name and looks_people(name) and not _WHOLE.match(name) and _set_people(mn, name, 1):
                return
    # "Ergebnisse der Seniorenbefragung 2022 / Befragt wurden alle Einwohner ab 65 Jahren": the
    # sentence names them better than the compound
    m = _BEFRAGT_WURDEN.search(sent)
    if m and _set_people(mn, _people_from_clause(m.group("np"))):
        return
    # "Diesmal waren sämtliche Vereinsmitglieder aufgerufen, in einer Umfrage ihre Sicht zu schildern", "Dazu waren die
    # Eltern aufgerufen, …": the people called on to answer
    m = _CALLED_ON.search(sent)
    if m:
        name = _people_from_clause(m.group("np"))
        if name and looks_people(name) and _set_people(mn, name):
            return
    # "eine Befragung begonnen, um zu erfahren, welche Bedürfnisse die Radfahrerinnen und Radfahrer im
    # Ortskern haben": the people whose needs it asked for
    m = _WHAT_THEY_WANT.search(sent, rel_end)
    if m:
        name = noun_phrase(m.group("np"))
        if name and looks_people(name) and _set_people(mn, name):
            return
    # "eine Bürgerbefragung am Wahltag, bei der vor den Wahllokalen die Wähler befragt wurden": those asked,
    # told in a relative clause on the survey
    m = _ASKED_IN_CLAUSE.search(sent, rel_end)
    if m and looks_people(m.group("np")) and _set_people(mn, _people_from_clause(m.group("np"))):
        return
    if mn.prefix:
        pm = PERSON_PREFIX.match(mn.prefix)
        if pm and not NOT_PERSON.match(mn.prefix.rstrip("s-")):
            p = mn.prefix.rstrip("-")
            if p.endswith("s") and not p.endswith(("ers", "innens")) and p[:-1] in _PREFIX_NOMINATIVE:
                p = p[:-1]
            p = _PREFIX_NOMINATIVE.get(p, p)
            # "Mitarbeitenden-umfrage": the people named in the plural nominative.
            mn.respondents, mn.respondents_strength = normalise_people(p), 1


_TOOK_PART_VERB = re.compile(r"\b(?:teilgenommen|teilnahmen|nahmen\b[^.;]{0,80}\bteil|beteiligt|beteiligten|geantwortet"
                             r"|antworteten|mitgemacht)\b")
_SHARE_OF_PEOPLE = re.compile(
    r"(?:\b(?:\d{1,3}(?:,\d+)?|(?i:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwanzig|dreißig|vierzig|fünfzig"
    r"|sechzig|siebzig|achtzig|neunzig))\s?(?:%|Prozent)"
    r"|\b(?:Mehrheit|Mehrzahl|Minderheit|Hälfte|Großteil|Drittel|Viertel))"
    r"\s+(?:der|aller)\s+(?:befragten\s+)?(?=[A-ZÄÖÜ])"
)
# Those who answered, by that name only: not a group of the people asked.
_WHOLE = re.compile(r"(?:Befragten|Teilnehmenden|Antwortenden|Teilnehmer\w*|Umfrageteilnehmer\w*)$")


def only_those_who_answered(name: str) -> bool:
    """"Teilnehmer", "Befragten", "Personen": whoever answered, not a group that would tell one
    survey from another."""
    return bool(_WHOLE.fullmatch(name.strip())) or name.strip() == "Personen"
# "fragte nach der Meinung der Bürgerinnen und Bürger", "erfasste die Zufriedenheit der Eltern",
# "um die Einschätzung aller Vereine zu erfahren": whose view a survey sought.
_OPINION_OF = re.compile(
    r"\b(?:[Mm]einung(?:en)?|Meinungsbild|Einschätzung(?:en)?|Zufriedenheit|Wünsche[n]?|Bedürfnisse[n]?|"
    r"Erfahrungen|Bewertung(?:en)?|Sichtweise[n]?|Sicht|Bedarfe?|Betreuungsbedarf|Anliegen|Anregungen)\s+"
    r"(?:der|aller|sämtlicher|von)\s+(?:(?:rund|etwa|über)\s+)?(?:\d{1,3}(?:\.\d{3})*\s+)?(?=[A-ZÄÖÜ])"
)
# "Daran nahmen 812 Bürgerinnen und Bürger teil", "An der Umfrage beteiligten sich 23 Betriebe",
# "Geantwortet haben 19 Kitas", "Von 23 angeschriebenen Einrichtungen …"
_TOOK_PART_INVERTED = re.compile(
    r"\b(?:nahmen|beteiligten\s+sich|antworteten|teilgenommen\s+haben|geantwortet\s+haben|Geantwortet\s+haben|"
    r"Teilgenommen\s+haben)\s+"
    # "nahmen im März 2024 insgesamt 121 Gewerbetreibende teil": a time or place before the count
    r"(?:(?:im|am|in|vom|bis|zum|davon|daran|dabei|[A-ZÄÖÜ][a-zäöü]+|\d{4})\s+(?=[^.;]{0,60}?\d)){0,4}"
    r"(?:insgesamt\s+|rund\s+|etwa\s+|nur\s+|knapp\s+|über\s+|mehr\s+als\s+)?"
    # "antworteten 48 von 60 Betrieben": the part of a whole, the people named after the whole
    r"(?:\d{1,3}(?:\.\d{3})*\s+(?:von|der)\s+(?:den\s+)?\d{1,3}(?:\.\d{3})*\s+|\d{1,3}(?:\.\d{3})*\s+|alle\s+|die\s+)?"
    r"(?P<np>[A-ZÄÖÜ][^\s,.;()]*(?:\s+und\s+[A-ZÄÖÜ][^\s,.;()]*)?)"
    # "Insgesamt haben 523 Familien teilgenommen"
    r"|\b(?:haben|hatten|hätten)\s+(?:sich\s+)?(?:insgesamt\s+|rund\s+|etwa\s+|nur\s+)?\d{1,3}(?:\.\d{3})*\s+"
    r"(?P<np2>[A-ZÄÖÜ][^\s,.;()]*(?:\s+und\s+[A-ZÄÖÜ][^\s,.;()]*)?)\s+(?:\w+\s+){0,3}?(?:teilgenommen|beteiligt|geantwortet)\b"
)
# "die Meinung Rostocker Seniorinnen zu erfassen", "das Meinungsbild der Eltern einzuholen":
# the aim of a survey names whom it asked.
_OPINION_AIM = re.compile(
    r"\b(?:[Mm]einung(?:en)?|Meinungsbild|Einschätzung(?:en)?|Zufriedenheit|Wünsche|Bedürfnisse|Erfahrungen|"
    r"Sichtweise[n]?|Bedarfe?)\s+(?:der\s+|aller\s+|sämtlicher\s+|von\s+)?(?=[A-ZÄÖÜ])"
)
_AIM_VERB = (r"(?:erfassen|erfasst|einzuholen|eingeholt|erfragen|erfragt|ermitteln|ermittelt|erheben|erhoben|"
             r"abzufragen|abgefragt|kennenzulernen|erfahren)\b")
# "nutzten 180 Bürgerinnen und Bürger die Möglichkeit, …", "412 Eltern nutzten die Gelegenheit":
# a number of people answering.
_USED_CHANCE = re.compile(
    r"(?:\b(?:nutzten|ergriffen)\s+(?:insgesamt\s+|rund\s+|etwa\s+|nur\s+|ca\.\s+)?\d{1,3}(?:\.\d{3})*\s+"
    r"(?P<np>[A-ZÄÖÜ][^\s,.;()/]*(?:(?:\s+(?:und|bzw\.|oder|sowie)\s+|\s*/\s*)[A-ZÄÖÜ][^\s,.;()/]*){0,4})\s+"
    r"(?:die|diese)\s+"
    r"(?:Möglichkeit|Gelegenheit|Chance)\b)"
)
_OF_SAMPLED = re.compile(r"\b[Vv]on\s+(?:den\s+|allen\s+)?(?:\d{1,3}(?:\.\d{3})*\s+)?(?:angeschriebenen|befragten)\s+")
# "Von jungen Menschen wollten wir wissen, …", "Von den Eltern wollte die Stadt erfahren, …":
# whom a survey asked, told as what its authors wanted to learn from them.
_WANTED_TO_KNOW_FROM = re.compile(
    r"(?:^|[.:;]\s+)[Vv]on\s+(?:den\s+|allen\s+)?(?P<np>[^,.;:]{3,80}?)\s+(?:wollten|wollte|möchten|möchte)\s+"
    r"(?:wir|die\s+\w+|der\s+\w+)\s+(?:\w+\s+){0,2}?(?:wissen|erfahren)\b"
)


# "Von den 4.500 Bürgerinnen und Bürgern, die einen Fragebogen per Post bekommen hatten, …", "Alle
# Haushalte, die ein Anschreiben erhalten haben, …": those asked, named by the form they received
_RECEIVED_FORM = re.compile(
    r"(?:\b[Vv]on\s+(?:den\s+|allen\s+)?|(?:^|[.;:]\s+)(?:Alle|Die)\s+)(?:rund\s+|etwa\s+|ca\.\s+|über\s+)?"
    r"(?:\d{1,3}(?:\.\d{3})*\s+)?(?P<np>[A-ZÄÖÜ][^,.;:]{2,80}?),\s+die\s+(?:einen|den|ein|das|eine|die)\s+"
    r"(?:[\wäöüß-]*[Ff]rageb\w+|Bogen|Anschreiben|Schreiben|Einladung|Zugangscode\w*)\s+(?:[\wäöüß.]+\s+){0,3}?"
    r"(?:erhalten|bekommen|zugeschickt|zugesandt|zugestellt)\b"
)


# Those who could answer, told as the chance they had: "Es war den Anwohnern der Lindenstraße bis 12. Mai
# möglich, der Stadt ihre Einschätzung … mitzuteilen", "Den Eltern war es bis Ende Juni möglich, …",
# "Die Senioren hatten bis zum 30. April Gelegenheit, den Bogen auszufüllen".
_COULD_TAKE_PART = re.compile(
    r"\b(?:Es\s+war|[Ww]ar\s+es)\s+(?:auch\s+)?den\s+(?P<np>[A-ZÄÖÜ][\wäöüß*-]+(?:\s+(?:der|des|im|in|aus)\s+"
    r"(?:[A-ZÄÖÜ][\wäöüß-]+\s*){1,3}|\s+und\s+[A-ZÄÖÜ][\wäöüß*-]+)?)\s+(?:(?:[^.;]|(?<=\d)\.){0,60}?\s)?möglich\b"
    r"|\b[Dd]en\s+(?P<np2>[A-ZÄÖÜ][\wäöüß*-]+)\s+war\s+es\s+(?:(?:[^.;]|(?<=\d)\.){0,60}?\s)?möglich\b"
)


# The same in a main clause: "Mitte November haben die Bürger Talheims ein Anschreiben zu der Umfrage
# erhalten", "Alle Haushalte erhielten im Mai einen Fragebogen", "Die Eltern bekamen ein Schreiben mit dem
# Zugangscode".
GOT_LETTER = re.compile(
    r"(?:\b(?:haben|hatten)\s+(?:alle\s+|die\s+|sämtliche\s+)|(?:^|[.;:]\s+)(?:Alle|Die|Sämtliche)\s+)"
    r"(?P<np>[A-ZÄÖÜ][\wäöüß*-]+(?:\s+(?:und\s+)?[A-ZÄÖÜ][\wäöüß*-]+)?)\s+"
    r"(?:(?:erhielten|bekamen)\s+(?:\w+\s+){0,3}?)?(?:ein|einen|den|das|die|ihr|ihren)\s+"
    r"(?:[\wäöüß-]*[Ff]rageb\w+|Bogen|Anschreiben|Schreiben|Brief|Einladung|Zugangscode\w*)\b"
    r"(?:[^.;!?]{0,160}?\b(?:erhalten|bekommen|zugeschickt|zugesandt|zugestellt)\b)?"
)


# "Die Mitglieder des Seniorenbeirats, die sich an der Umfrage beteiligt haben, leben …", "Alle Eltern, die an
# der Befragung teilgenommen haben, …": those who answered, named with a relative clause of taking part
_TOOK_PART_RELATIVE = re.compile(
    r"(?:^|[.;:]\s+)[•\-–*]?\s*(?:Die|Alle|Von\s+den)\s+(?P<np>[A-ZÄÖÜ][^,.;:]{2,80}?),\s+die\s+(?:sich\s+)?"
    r"(?:an\s+der\s+|an\s+dieser\s+|bei\s+der\s+)?(?:[\wäöüß-]*(?:[Uu]mfrage|[Bb]efragung)\s+)?"
    r"(?:beteiligt|teilgenommen|geantwortet|mitgemacht)\s+(?:haben|hatten)\b"
)


def people_asked(sent: str) -> str | None:
    """Who was asked, when a sentence next to the survey's says it: "Befragt
    wurden alle Kindertagesstätten", "Daran nahmen 812 Bürgerinnen und Bürger
    teil", "Die Schulen wurden angeschrieben"."""
    if sent.rstrip().endswith("?"):
        return None
    m = _BEFRAGT_WURDEN.search(sent)
    if m:
        name = _people_from_clause(m.group("np"))
        if name:
            return name
    if re.search(r"\b(?:befragt|angeschrieben)\b", sent):
        for rx in (_WURDEN_BEFRAGT, _SUBJECT_BEFRAGT):
            m = rx.search(sent)
            if m:
                name = _people_from_clause(m.group("np"))
                if name:
                    return name
    for rx in (_N_SAMPLED, _N_TOOK_PART, _TOOK_PART_INVERTED):
        m = rx.search(sent)
        np = m and (m.groupdict().get("np") or m.groupdict().get("np2"))
        if np and looks_people(np):
            return normalise_people(" ".join(np.split()))
    m = _ASKED_TO_ANSWER.search(sent)
    if m:
        name = _people_from_clause(m.group("np"))
        if name and looks_people(name):
            return name
    m = _OF_SAMPLED.search(sent)
    if m:
        name = noun_phrase(sent[m.end():])
        if name and looks_people(name):
            return normalise_people(name)
    m = _OPINION_AIM.search(sent)
    if m:
        name = noun_phrase(sent[m.end():])
        if name and looks_people(name) and re.search(
                rf"^{re.escape(name)}\s+(?:\w+\s+){{0,2}}?(?:zu\s+)?{_AIM_VERB}", sent[m.end():]):
            return normalise_people(name)
    m = _USED_CHANCE.search(sent)
    if m and looks_people(m.group("np")):
        return normalise_people(" ".join(m.group("np").split()))
    m = _WANTED_TO_KNOW_FROM.search(sent)
    if m and looks_people(m.group("np")):
        return normalise_people(" ".join(m.group("np").split()))
    for rx in (_RECEIVED_FORM, _TOOK_PART_RELATIVE):
        m = rx.search(sent)
        if m and looks_people(m.group("np")):
            return normalise_people(" ".join(m.group("np").split()))
    # "Die Fragen erreichen ab März rund 900 Schülerinnen und Schüler", "Der Fragebogen ging an alle Haushalte"
    m = _QUESTIONS_REACH.search(sent)
    if m:
        name = noun_phrase(m.group("np"))
        if name and looks_people(name):
            return normalise_people(name)
    # "Gut 90 Bögen haben wir von den Auszubildenden des zweiten Lehrjahres zurückbekommen": whom they came back from
    m = _BACK_FROM.search(sent)
    if m:
        name = noun_phrase(m.group("np"))
        if name and looks_people(name):
            return normalise_people(name)
    # "Damals haben lediglich 41 Prozent der Senioren teilgenommen": the share of those asked who took part
    m = _SHARE_OF_PEOPLE.search(sent)
    if m and _TOOK_PART_VERB.search(sent, m.end()):
        name = noun_phrase(sent[m.end():])
        if name and looks_people(name) and not _WHOLE.match(name):
            return normalise_people(name)
    m = _SAMPLE_IN_SENTENCE.search(sent)
    if m:
        name = noun_phrase(_LEADING_ADJECTIVES.sub("", sent[m.end():]))
        if name and looks_people(name) and not _WHOLE.match(name):
            return normalise_people(name)
    # "Die befragten Jugendlichen gaben an, …", "Alle angeschriebenen Betriebe …"
    m = _THE_ASKED.search(sent)
    if m:
        name = noun_phrase(sent[m.end():])
        if name and looks_people(name) and not _WHOLE.match(name):
            return normalise_people(name)
    return None


_THE_ASKED = re.compile(r"(?:^|[.;:]\s+)(?:Die|Alle|Sämtliche)\s+(?:\d{1,3}(?:\.\d{3})*\s+)?(?:befragten|angeschriebenen)\s+")


_LEADING_TIME = re.compile(
    r"^(?:(?:im|am|vom|seit|Anfang|Mitte|Ende)\s+)?(?:(?:" + "|".join(MONTHS) + r"|Frühjahr|Sommer|Herbst|Winter|Jahr)\.?\s+"
    r"(?:(?:19|20)\d{2}\s+)?|\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{2,4}\s+)?|(?:19|20)\d{2}\s+)",
    re.IGNORECASE,
)

# What may stand between a verb of asking and those asked: the mandate, the manner, the time
# ("befragte im Auftrag der Stadt telefonisch im März 2023 rund 1.000 Bürger").
_ADVERBIAL = re.compile(
    r"^(?:(?:im\s+)?Auftrag\s+(?:der|des|von)\s+(?:[A-ZÄÖÜ][\wäöüß-]*\s+){1,3}"
    r"|(?:telefonisch|online|schriftlich|persönlich|erneut|jährlich|zudem|außerdem|damals|bereits|auch|dazu|"
    r"hierzu|nochmals|anonym|repräsentativ|wir|sie)\s+"
    r"|(?:im|am|vom|seit|Anfang|Mitte|Ende|zwischen|von|in\s+den\s+Monaten)\s+(?:[\wäöüß.]+\s+){0,4}?(?:19|20)\d{2}\s+"
    r"|(?:im|am)\s+[A-ZÄÖÜ][\wäöüß]+\s+|(?:19|20)\d{2}\s+)"
)


def strip_adverbials(s: str) -> str:
    while True:
        m = _ADVERBIAL.match(s)
        if not m:
            return s
        s = s[m.end():]


def people_from_clause(np: str) -> str | None:
    """Who a clause names as asked: "(wurden) die im Netzwerk Anwesenden", "(hat) die Gemeinde alle Haushalte"."""
    return _people_from_clause(np)


# How a sample was drawn, before the people in it: "1.200 zufällig gezogene Mieterinnen und
# Mieter", "repräsentativ ausgewählte Haushalte", "nach dem Zufallsprinzip gezogenen Eltern",
# "per Zufall aus dem Melderegister ausgewählte Bürger".
_SAMPLE_DRAWN = (
    r"(?:zufällig|zufaellig|repräsentativ|repraesentativ|willkürlich|nach\s+dem\s+Zufallsprinzip|per\s+Zufall|"
    r"per\s+Los|stichprobenartig)\s+(?:aus\s+(?:dem|der|den)\s+[\wäöüß-]+\s+)?"
    r"(?:ausgewählte|ausgewählten|ausgewählter|ausgewaehlte|ausgewaehlten|gezogene|gezogenen|ausgeloste|ausgelosten|ermittelte|ermittelten)\s+"
)
_LEADING_SAMPLE = re.compile(rf"^(?:(?:insgesamt|rund|etwa|ca\.|über|knapp)\s+)?(?:\d{{1,3}}(?:[.\s]\d{{3}})*\s+)?{_SAMPLE_DRAWN}")
# The people of a sample, wherever a sentence names them: "Angeschrieben hat das Amt 700
# repräsentativ ausgewählte Familien", "… an 3.000 repräsentativ ausgewählte Haushalte".
_SAMPLE_IN_SENTENCE = re.compile(rf"\b{_SAMPLE_DRAWN}")
# Adjectives before the people ("deutsche und ausländische Einwohner", "ortsansässige Betriebe").
_LEADING_ADJECTIVES = re.compile(r"^(?:[a-zäöüß][a-zäöüß-]+(?:e|en)\s*(?:,|\s+und|\s+oder)?\s+){1,4}(?=[A-ZÄÖÜ])")


def _people_from_clause(np: str) -> str | None:
    np = " ".join(np.split())
    np = strip_adverbials(_LEADING_TIME.sub("", np))
    np = _LEADING_ADJECTIVES.sub("", _LEADING_SAMPLE.sub("", np))
    m = _PRESENT_AT.match(np)
    if m:
        return base_form(m.group("org"))
    words = np.split()
    for k in range(1, len(words) - 1):
        # "(hat) die Gemeinde alle Haushalte (befragt)": the one who asked, then those asked
        if words[k] in ("alle", "sämtliche", "die", "den") and ORG_HEAD.search(words[k - 1]) \
                and words[k + 1][:1].isupper():
            words = words[k:]
            break
    while words and (words[0].lower() in _ARTICLES or words[0].lower() in _QUANTITY or words[0] in _ADVERBS
                     or re.fullmatch(r"\d{1,3}(?:\.\d{3})*", words[0])):
        words = words[1:]
    if not words or not words[0][0].isupper():
        return None
    rest = " ".join(words)
    om = _OPINION_OF.match(rest)  # "die Erfahrungen der Vereine (abgefragt)": the Vereine were asked
    if om:
        rest = rest[om.end():]
    name = noun_phrase(rest)
    return normalise_people(name) if name else None


def noun_phrase(s: str, max_tokens: int = 12) -> str | None:
    """The name at the start of ``s``: capitalised words joined by articles,
    "und", adjectives and "ab 18 Jahren"; None when it does not start with one."""
    am = _AGE_GROUP.match(s)
    if am:  # "an alle über 70-Jährigen": a group named by its age, in the nominative
        return re.sub(r"([Jj]ährige)n$", r"\1", " ".join(am.group().split()))
    toks: list[str] = []
    open_ends: list[int | None] = []  # where each word ends in ``s``, None when punctuation closes it
    tail_at = None  # where the name's last word ends in ``s``, when nothing closes it
    for m in _WORD.finditer(s):
        raw = m.group()
        tok = raw.strip("„“”\"")
        ends = tok != tok.rstrip(",.;:!?)") or raw != raw.strip("„“”\"")
        tok = tok.rstrip(",.;:!?)")
        if not tok or tok.startswith("("):
            break
        low = tok.lower()
        nxt = s[m.end():m.end() + 3]
        if not toks and (low in _ARTICLES or low in ("rund", "etwa", "insgesamt", "über", "knapp")
                         or re.fullmatch(r"\d{1,3}(?:\.\d{3})*", tok)):
            continue
        if low in _STOP_WORDS and not (low == "ab" and re.match(r"\s*\d", nxt)) or low in ("den", "dem", "die", "das"):
            break
        if toks and tok[0].isupper() and toks[-1][:1].isupper() and _PEOPLE_WORD.search(toks[-1]) \
                and not _PEOPLE_WORD.search(tok) and not re.fullmatch(r"[A-ZÄÖÜ][\wäöüß-]*[a-zäöüß]s", tok):
            break  # "der Betriebe Fachkräfte (suchen)": the name ends, an object follows
        if tok[0].isupper() or (tok[0] == "-" and len(tok) > 1) or tok[0].isdigit() and toks and toks[-1].lower() in ("ab", "bis", "von") or low in _JOINERS and toks or _ADJ.fullmatch(tok) and re.match(r"\s+[A-ZÄÖÜ]", s[m.end():m.end() + 2]):
            toks.append(tok)
            tail_at = None if ends else m.end()
            open_ends.append(tail_at)
        else:
            break
        if ends or len(toks) >= max_tokens:
            break
    while toks and (toks[-1].lower() in _JOINERS or not toks[-1][0].isupper()):
        toks.pop()
        open_ends.pop()
        # "Einwohner ab dem 55. Lebensjahr": the joiner dropped, the age after the name is still read
        tail_at = open_ends[-1] if open_ends else None
    if toks and tail_at is not None and looks_people(" ".join(toks)):
        tail = _people_tail(s, tail_at)
        if tail:
            return " ".join(toks) + tail
    return " ".join(toks) or None


_AGE = r"(?:\d{1,3}|" + "|".join(
    ["ein", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "vierzehn", "sechzehn", "achtzehn"]) + ")"
# What narrows a group of people down: "von Kindern unter vier Jahren", "mit Kindern unter 3 Jahren",
# "ab 65 Jahren", "im Alter von 10 bis 17 Jahren", "der Klassen 5 bis 7", "der 3. und 4. Klassen".
_PEOPLE_TAIL = re.compile(
    rf"\s+(?:unter|über|ab|bis\s+zu)\s+{_AGE}\s+Jahre[n]?\b"
    r"|\s+(?:ab|nach|vor)\s+dem\s+\d{1,3}\.\s+Lebensjahr\b"
    rf"|\s+im\s+Alter\s+(?:von\s+)?{_AGE}(?:\s*(?:bis|[-–])\s*{_AGE})?\s+Jahre[n]?\b"
    r"|(?<=[Kk]lassen)\s+\d{1,2}\s*(?:bis|[-–])\s*\d{1,2}(?![\d.])"
    r"|(?<=[Kk]lasse)\s+\d{1,2}(?![\d.])"
    r"|\s+(?:von|mit)\s+(?:[a-zäöüß][\wäöüß-]*(?:en|em)\s+)?(?=[A-ZÄÖÜ])[\wäöüß-]*?"
    r"(?:[Kk]indern|[Kk]inder|[Jj]ugendlichen|[Ss]chülern|[Ss]chülerinnen(?:\s+und\s+Schülern)?|"
    r"[Ss]äuglingen|[Bb]abys|[Aa]ngehörigen|[Bb]ehinderung(?:en)?)\b"
    r"|\s+der\s+(?:[a-zäöüß][\wäöüß-]*(?:en|e)\s+)?(?:[\wäöüß-]*[Kk]lassen|[Jj]ahrgangsstufen|Vorschulkinder)\b"
)


def _people_tail(s: str, pos: int) -> str:
    """The words after a group of people that narrow it down, as written."""
    out = ""
    for _ in range(4):
        m = _PEOPLE_TAIL.match(s, pos)
        if not m:
            break
        out += " " + " ".join(m.group().split())
        pos = m.end()
    return out


_WORD = re.compile(r"\S+")
_AGE_GROUP = re.compile(
    r"(?:(?:über|unter|ab)\s+\d{1,3}-[Jj]ährige[n]?|\d{1,3}-\s?(?:bis|[-–])\s?\d{1,3}-[Jj]ährige[n]?)(?![\wäöüß])"
)
_JOINERS = frozenset(["und", "sowie", "oder", "der", "des", "ab"])
_ADJ = re.compile(r"[a-zäöüß][\wäöüß-]*(?:e|en|er|es|em)")


_PEOPLE_WORD = re.compile(
    r"(?:innen|erinnen|er|ern|ende|enden|te|ten|liche|lichen|ige|igen|leute|eltern|kinder|kindern|"
    r"personen|menschen|haushalte|haushalten|betriebe|betrieben|unternehmen|bevölkerung|"
    r"mitglieder|mitgliedern|jugendliche|jugendlichen|senioren|seniorinnen|kunden|schulen|kitas|"
    r"einrichtungen|träger|trägern|kommunen|gemeinden|städte|städten|landkreise|stellen|"
    r"beratungsstellen|vereine|vereinen|verbände|verbänden|\*innen|:innen|familien|gäste|gästen|paare|"
    r"patienten|ärzte|ärzten|praxen|apotheken|firmen|behörden|ämter|organisationen|institutionen|initiativen|"
    r"gruppen|leitungen|teams|verwaltungen)$",
    re.IGNORECASE,
)


def looks_people(name: str) -> bool:
    if _AGE_GROUP.match(name):
        return True
    head = name.split(" der ")[0].split(" des ")[0].split()
    return any(_PEOPLE_WORD.search(w) for w in head if w[0].isupper())


# Dative plural of nouns and adjectival nouns, to the form a list would use:
# "Bewohnern" -> "Bewohner", "Gleichstellungsbeauftragten" -> "Gleichstellungsbeauftragte".
_NO_DEINFLECT = frozenset(["Eltern", "Ostern", "Geschwistern"])
_NO_DEINFLECT_ENDINGS = tuple(w.lower() for w in _NO_DEINFLECT)


# "-beauftragten", "-anwesenden", "Jugendlichen", "Freiwilligen" (adjectival nouns;
# not the n-plurals "Experten", "Studenten") and "Bürgern", "Mitgliedern".
_DATIVE_PLURAL = re.compile(r"(?:gt|ll?t|mt|et|iert|cht|ft|kt|pt|end|lich|ig)en$|[a-zäöüß](?:er|el)n$")


def normalise_people(name: str) -> str:
    words = name.split()
    out = []
    in_head = True
    # "kreisangehörigen Gemeinden" (dative, after "bei den") -> "kreisangehörige Gemeinden"
    if len(words) > 1 and re.fullmatch(r"[a-zäöüß][\wäöüß-]*[^e]en", words[0]) and words[1][:1].isupper():
        words[0] = words[0][:-1]
    for w in words:
        if w in ("der", "des", "von", "mit", "unter", "über", "ab", "im", "aus", "in", "am", "bei", "dem", "den"):
            in_head = False
        # "Kita-Eltern", "Großeltern", "Pflegeeltern": compounds of a word that never takes a dative -n
        if in_head and w[0].isupper() and not w.lower().endswith(_NO_DEINFLECT_ENDINGS) and (
                _DATIVE_PLURAL.search(w) or w.lower().endswith(("ärzten", "vereinen", "betrieben", "verbänden", "geschäften", "wirten", "gästen", "diensten"))):
            w = w[:-1]
        out.append(w)
    return " ".join(out)

def clean_topic(t: str) -> str:
    t = one_line(t).strip(" ,„“\"”")
    t = re.sub(r"^(?:ihren|ihrem|ihrer|ihre|seinen|seinem|seiner|seine|dem|den|der|die|das)\s+", "", t)
    return t
