"""Where a document reports a survey, and what it says about it.

A *mention* is a survey word ("Umfrage", "Bürgerbefragung", "Abfrage bei
den Schulen", "Befragungsaktion") or the verb ("wurden … befragt") in a
sentence that reports a survey that took place. Words used in another sense
("Datenbankabfrage", "Befragung der Verwaltung"), proposals ("die
Verwaltung wird beauftragt, eine Umfrage durchzuführen"), questions and
vague plurals ("aus verschiedenen Umfragen") are not mentions.

From a mention's sentence this module reads who asked (conducted_by) and
what about (topic); who was asked (respondents) is read by
``survey_people``, when (dates and the document's own words for the period)
by ``survey_periods``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .survey_people import (
    NOT_PERSON,
    ORG_HEAD,
    PERSON_PREFIX,
    clean_topic,
    looks_people,
    noun_phrase,
    normalise_people,
    people_from_clause,
    read_respondents,
    strip_adverbials,
)
from .survey_figures import PART_OF, PERCENT
from .survey_periods import read_date
from .text import one_line

_W = r"[A-Za-zÄÖÜäöüß]"

# "Umfrage", "Bürgerumfrage", "Nutzer*innenbefragung", "Online-Befragung",
# "Befragungsaktion", "Abfrage", plural forms. A word that only starts with
# the survey word ("Befragungsjahr", "Umfrageergebnisse") is not matched.
TRIGGER = re.compile(
    rf"(?<![\w*/:-])(?P<word>(?P<prefix>{_W}[\wäöüß*:/-]*?)?"
    r"(?P<head>[Uu]mfrage|[Bb]efragung|[Aa]bfrage|[Ee]rhebung|Fragebogen(?=aktion))"
    r"(?P<suffix>en|n|s?(?:aktion|welle|runde)(?:en)?|s?ergebnis(?:se|sen)?)?)(?![\wäöüß*-])"
)
# "wurden die … Anwesenden … befragt", "Die Schulen wurden … befragt"
VERB = re.compile(r"\b(?:[Bb]efragt|abgefragt)\b")
_AUX = re.compile(r"\b(?:wurden?|worden|haben|hat|hatten?)\b")

# Compounds that use the word in another sense.
_OTHER_SENSE_PREFIX = re.compile(
    r"^(?:daten|datenbank|register|melderegister|melde|system|konto|status|zeugen|sql|"
    r"grundbuch|handelsregister|schufa|kfz|fahrzeug|halter)", re.IGNORECASE
)
# "Befragung der Verwaltung / des Oberbürgermeisters / von Zeugen": questioning
# someone, not a survey.
_OTHER_SENSE_OBJECT = re.compile(
    r"^\s*(?:durch|von)\s+(?:den\s+|die\s+)?(?:Stadtr[aä]t\w*|Herrn?|Frau|Ratsmitglied\w*|Stadtverordnete\w*|"
    r"Bezirksverordnete\w*|Abgeordnete\w*|Kreisr[aä]t\w*|Gemeinder[aä]t\w*|Vorsitzende\w*|Mitglied\w*)\b"
    r"|^\s*(?:der|des|von|durch\s+die)\s+(?:\w+\s+)?(?:Verwaltung|Oberbürgermeister\w*|Bürgermeister\w*|"
    r"Landr[aä]t\w*|Zeug\w+|Sachverständig\w*|Beschuldigt\w*|Dezernent\w*|Experten|Expertinnen|"
    r"Gutachter\w*|Kandidat\w*|Bewerber\w*)\b"
)
# Vague plural references: "aus verschiedenen Umfragen", "Umfragen zeigen".
_VAGUE = re.compile(
    r"\b(?:verschiedene[nr]?|mehrere[nr]?|zahlreiche[nr]?|einige[nr]?|viele[nr]?|diverse[nr]?|"
    r"etliche[nr]?|unzählige[nr]?|aktuelle[nr]?|neuere[nr]?|bundesweite[nr]?|andere[nr]?)\s+$",
    re.IGNORECASE,
)
# Proposals and future surveys: not (yet) reported.
_PROPOSAL = re.compile(
    r"\b(?:soll(?:en|te|ten)?|möge[n]?|beantrag\w*|beauftrag\w*|gebeten|bitte[nt]?|ersuch\w*|"
    r"geplant|plant|planen|vorgesehen|beabsichtig\w*|prüfen|künftig|zukünftig|durchzuführen|"
    r"durchführen|anzuregen|angeregt|empfehlen|empfiehlt|fordern|fordert|wäre|würden?|könnten?|"
    r"vorgeschlagen|vorschlagen|Durchführung)\b"
    r"|\bwird\b[^.\n]{0,60}\bdurchgeführt\b(?!\s+worden)",
    re.IGNORECASE,
)
# Words that show a survey has taken place: it found something, was carried
# out, people took part, its results are there. Without one of them a survey
# word is a plan, a proposal or a discussion of method.
_REPORTED = re.compile(
    r"\b(?:ergab(?:en)?|ergeben|ergibt|zeigte[n]?|zeigt|brachte[n]?|bestätigt|belegt|untermauert|widerlegt|"
    r"durchgeführt(?:e|en|er)?|ausgewertet(?:e|en)?|erfolgte[n]?|stattgefunden|fand\b[^.;]{0,80}\bstatt|fanden\b[^.;]{0,80}\bstatt|"
    r"führte[n]?\b[^.;]{0,100}\bdurch|"
    r"nahmen\b[^.;]{0,120}\bteil|teilgenommen|teilnahmen|beteiligten\s+sich|[Bb]efragt|abgefragt|[Aa]ngeschrieben|"
    # "Es antworteten 48 von 60 Betrieben auf die Umfrage", "Auf die Umfrage haben 41 Haushalte geantwortet"
    r"antwortete[n]?|geantwortet|"
    # "Nur jeder Zehnte äußerte sich bei der Umfrage": those who answered it (not "äußerten sich zur Umfrage")
    r"(?:äußerte[n]?\s+sich|sich\s+geäußert)\s+(?:\w+\s+){0,3}?(?:bei|in|an)\s+(?:der|dieser|einer)\s+"
    r"\S*(?:[Uu]mfrage|[Bb]efragung|[Aa]bfrage)|"
    r"sich\s+(?:\w+\s+){0,3}?(?:bei|in|an)\s+(?:der|dieser|einer)\s+\S*(?:[Uu]mfrage|[Bb]efragung|[Aa]bfrage)\s+geäußert|"
    # "Rund 2000 Senioren haben sich an der Befragung beteiligt", "Im Jahr 2016 wurden alle
    # Einwohner … gebeten, sich an einer Fragebogenaktion zu beteiligen" (asked in the past)
    r"(?:haben|hatten)\s+sich\b(?:[^.;]|(?<=\d)\.){0,120}\bbeteiligt|beteiligt\s+(?:haben|hatten)|(?:wurden|waren)\b(?:[^.;]|(?<=\d)\.){0,120}\b(?:gebeten|aufgerufen|aufgefordert)|"
    r"gaben\b[^.;]{0,120}\ban|[Ll]aut|zufolge|Rücklauf\w*|"
    # "Die Umfrage fragte nach …", "wurden … gefragt": the questions were put
    r"fragte[n]?|gefragt|"
    # "Das will der Seniorenbeirat zurzeit mit einer Befragung klären": one under way
    r"(?:derzeit|zurzeit|momentan|gerade)\s+(?:\w+\s+){0,3}?(?:in|mit|bei)\s+(?:einer|der|seiner|ihrer)\s+"
    r"\S*(?:[Uu]mfrage|[Bb]efragung)\b(?!\s+(?:vorbereitet|geplant))|"
    # "hatte schon zwei Umfragen bei den Platzwarten gemacht": held them
    r"(?:hat|hatte[n]?|haben)\b[^.;]{0,60}?(?:[Uu]mfrage|[Bb]efragung)\w*\s+(?:[^.;\s]+\s+){0,5}?gemacht|"
    # "Im Herbst gab es eine Umfrage …", "Es gab eine Befragung …": one was held
    r"gab\s+es|[Ee]s\s+gab|"
    # "Die Gemeinde hatte eine Befragung gestartet", "wurde die Umfrage begonnen" (not "wird … gestartet")
    r"(?:hatte[n]?|hat|haben|wurde[n]?)\b[^.;]{0,140}\b(?:gestartet|begonnen)|[Gg]estartet\s+(?:hatte[n]?|wurde[n]?|worden)|"
    # "Gut 40 Prozent der 512 Teilnehmer dieser Mieterumfrage": people took part in it
    r"Teilnehm(?:er|erinnen|ende)n?\s+(?:an\s+)?(?:der|dieser|unserer|einer|eurer|ihrer)\s+"
    r"\S*(?:[Uu]mfrage|[Bb]efragung)|"
    # "Bis Ende Juli sind 420 Fragebögen zurückgekommen", "von den Azubis zurückbekommen"
    r"zurückgekommen|zurückbekommen|zurückerhalten|"
    # "Die Umfrage ist abgeschlossen", "lief bis Ende Mai", "Die Beteiligung lag bei 34 %"
    r"abgeschlossen|beendet|lief|liefen|endete|(?:läuft|laufen)\b[^.;]{0,40}\bseit|(?:Beteiligung|Teilnahme)\s+(?:\w+\s+){0,8}?(?:lag|war|betrug|belief)|"
    # "Aus der Befragung geht hervor, dass …", "Nach einer Umfrage unter … fehlen …" (according to)
    r"geht\b[^.;]{0,80}\bhervor|hervorgeht|hervorging|^\s*(?:Nach|Gemäß)\s+einer|"
    # "Es war den Anwohnern bis 12. Mai möglich, … im Rahmen einer Fragebogenaktion mitzuteilen": the chance
    # to answer, told in the past
    r"(?:(?:[Ee]s\s+war|war\s+es)\s+(?:auch\s+)?den|[Dd]en\s+[A-ZÄÖÜ][\wäöüß*-]+\s+war\s+es)\s+"
    r"(?:[^.;]|(?<=\d)\.){0,100}?\bmöglich)\b"
    r"|\bErgebniss?e?\s+(?:der|dieser|des|unserer|aus\s+der|aus\s+dem)\s"
)
# "Die Verwaltung hat eine Abfrage durchgeführt": asked someone, unless data were queried.
# ("Die Abfrage ergab, dass 3 Kitas …": kept only where the same survey names whom it asked)
_CARRIED_OUT = re.compile(
    r"\b(?:durchgeführt|gestartet|versandt|verschickt|beantwortet|geantwortet|Rücklauf\w*|Rückmeldung\w*|"
    r"ergab|ergaben|ergeben|zeigte|zeigten)\b"
)
_DATA_QUERY = re.compile(
    r"(?:\b(?:Daten\w*|System\w*|Software|Statistik\w*|Programm\w*|Fachverfahren|Treffer|Datensätze|Einträge)|"
    r"[Rr]egister\w*|[Dd]atenbank\w*)\b"
)
# A survey of other places, named as an example: "hat sich bei Nachbargemeinden erkundigt, wie die ihre
# Jugendbefragung durchgeführt haben", "andere Kommunen haben mit einer Bürgerumfrage gute Erfahrungen gemacht"
_OTHER_PLACES = re.compile(
    r"\b(?:Nachbar(?:gemeinde|kommune|stadt|städte|kreis|landkreis|ort|dörfer|dorf)\w*|"
    r"(?:[Aa]ndere[nr]?|[Bb]enachbarte[nr]?|[Uu]mliegende[nr]?|[Vv]ergleichbare[nr]?)\s+(?:Kommunen|Gemeinden|Städte[n]?|"
    r"Landkreise[n]?|Kreise[n]?|Orte[n]?))\b"
)
# "Wie die Nachbargemeinden hat auch unsere Gemeinde eine Umfrage durchgeführt": ours too
_HERE_TOO = re.compile(r"\b(?:auch\s+(?:bei\s+uns|hier|wir|unsere|unser)|ebenfalls\s+(?:bei\s+uns|hier))\b")
# "zwei Umfragen", "beide Befragungen", "3 Abfragen": a number of surveys, not a vague plural
_COUNTED_PLURAL = re.compile(
    r"\b(?:zwei|drei|vier|fünf|beide[n]?|\d{1,2})\s+(?:[a-zäöüß][\wäöüß-]*e[nr]?\s+)?$"
)
# "Eine Bürgerbefragung … findet nicht statt", "keine Umfrage"
_NEGATED = re.compile(
    r"\b(?:findet|fand|wird|wurde|werden|wurden)\s+(?:\w+\s+){0,4}?nicht\s+(?:\w+\s+){0,2}?(?:statt|durchgeführt)\b"
)

# "Sobald die Umfrage abgeschlossen ist, …", "Wenn die Ergebnisse der Befragung vorliegen, …": not yet
_CONDITIONAL = re.compile(
    r"\b(?:[Ww]enn|[Ss]obald|[Ff]alls|[Ss]ofern)\b[^,;.]{0,100}\b(?:ist|sind|vorliegt|vorliegen|liegt|liegen)\b"
)
@dataclass
class Mention:
    """One survey word in a sentence, with what its sentence says."""

    start: int  # view offsets of the survey word
    end: int
    sent: tuple[int, int]
    word: str
    prefix: str
    plural: bool
    reported: bool
    definite: bool
    respondents: str | None = None
    respondents_strength: int = 0  # 2 stated, 1 from a compound word
    conducted_by: str | None = None
    topic: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    period_text: str | None = None
    date_rank: int = 0  # 5 range of days, 4 day, 3 month(s), 2 season, 1 year
    year: int | None = None
    # A bare "Abfrage durchgeführt" is a survey only where someone is named as asked.
    needs_people: bool = False
    # told by the answers that came back from a group ("Von 850 Eltern haben 320 geantwortet")
    returned: bool = False


def find_mentions(text: str, sentences: list[tuple[int, int]], doc_date: str | None) -> list[Mention]:
    """Every survey mention of a view's text, in reading order."""
    out: list[Mention] = []
    for s, e in sentences:
        sent = text[s:e]
        if "mfrage" not in sent and "efrag" not in sent and "bfrage" not in sent and "ragebo" not in sent \
                and "ragebö" not in sent and "rhebung" not in sent:
            continue
        question = sent.rstrip().endswith("?")
        reported = bool(_REPORTED.search(sent)) and not question and not _NEGATED.search(sent) \
            and not _CONDITIONAL.search(sent)
        for m in TRIGGER.finditer(sent):
            if re.search(r"\bkeine[rn]?\s+(?:[\wäöüß-]+\s+)?$", sent[: m.start()]):
                continue  # "keine Befragung"
            if _OTHER_PLACES.search(sent, 0, m.start()) and not _HERE_TOO.search(sent):
                continue  # "hat bei umliegenden Städten nachgefragt, wie die ihre Seniorenumfrage organisiert haben"
            told = reported
            line = _list_line(sent, m.start())
            if told and line is not None:
                # "4. Ergebnisse der Elternbefragung / … / 7. Antrag: Befragung der Vereine": in an agenda or
                # a list only the mention's own line tells whether it took place
                told = bool(_REPORTED.search(line)) and not _NEGATED.search(line)
            mention = _noun_mention(m, text, s, e, sent, not told)
            if mention:
                _read_sentence(mention, text, doc_date)
                if mention.plural and mention.respondents_strength >= 2 and _COUNTED_PLURAL.search(sent, 0, m.start()):
                    # "hatte schon drei Befragungen unter den Platzwarten gemacht": surveys of one group, told as one
                    mention.plural = False
                out.append(mention)
        if not any(o.sent == (s, e) for o in out):
            vm = VERB.search(sent)
            if vm and _AUX.search(sent) and reported and not proposal(sent, vm.end()):
                mention = Mention(s + vm.start(), s + vm.end(), (s, e), vm.group(), "", False, True, True)
                _read_sentence(mention, text, doc_date)
                if mention.respondents:  # "wurden die … befragt": someone was asked
                    out.append(mention)
        if not any(o.sent == (s, e) for o in out) and not question:
            mention = _active_asking(text, s, e, sent, doc_date)
            if mention:
                out.append(mention)
        if not any(o.sent == (s, e) for o in out) and not question:
            mention = _questionnaire(text, s, e, doc_date)
            if mention:
                out.append(mention)
    _add_asking(text, sentences, out, doc_date)
    return out


# "Das Institut X befragte im Auftrag der Stadt im März 2023 rund 1.000 Bürgerinnen und Bürger", "Die Stadt
# befragt jährlich alle Eltern": the one who asked is the subject (conducted_by, not a survey of its own), those
# asked the object after time, manner and the mandate.
# Only the past tense: the present ("Die Stadt befragt die Eltern im Herbst") is as often a plan. The word
# before the verb ends its subject ("Stadt", "Nord", "wir"); after an article or a number "befragten" is an
# adjective ("die befragten Eltern").
_ACTIVE_ASKED = re.compile(r"(?<![\w-])(?P<v>befragte[n]?)\s+(?P<rest>(?:[^.;:?!]|(?<=\d)\.){3,200})")
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:die|der|den|dem|des|alle[nr]?|sämtliche[nr]?|von|unter|bei|\d{1,3}(?:\.\d{3})*)\s+|^\s*)$",
                             re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:wurden?|worden|werden|wird|sind|ist|war|waren)\b")
_ONE_PERSON = re.compile(r"(?:den|einen|dem)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ]|(?:Herrn?|Frau)\s")


def _active_asking(text: str, s: int, e: int, sent: str, doc_date: str | None) -> Mention | None:
    m = _ACTIVE_ASKED.search(sent)
    if not m or _PASSIVE_BEFORE.search(sent, 0, m.start()) or proposal(sent, m.end("v")) \
            or _ARTICLE_BEFORE.search(sent, 0, m.start("v")):
        return None
    rest = strip_adverbials(m.group("rest"))
    if _ONE_PERSON.match(rest):
        return None  # "befragte den Bürgermeister", "befragte Frau X": one person questioned
    people = people_from_clause(rest)
    if not people or not looks_people(people):
        return None
    mention = Mention(s + m.start("v"), s + m.end("v"), (s, e), m.group("v"), "", False, True, True)
    mention.respondents, mention.respondents_strength = people, 2
    subject = re.sub(r"^(?:Das|Der|Die|Dabei|Damals|Zudem)\s+", "", sent[:m.start()].strip())
    org = org_phrase(subject)
    if org and ORG_HEAD.search(org) and not looks_people(org):
        mention.conducted_by = org
    read_date(mention, sent, m.start("v"), m.end("v"), doc_date)
    return mention


def _list_line(sent: str, pos: int) -> str | None:
    """The line holding ``pos`` when it is one short line of a list or agenda inside a longer "sentence"
    (lines without a sentence end, run together), else None."""
    if "\n" not in sent.strip():
        return None
    a = sent.rfind("\n", 0, pos) + 1
    b = sent.find("\n", pos)
    line = sent[a:b if b >= 0 else len(sent)].strip()
    lines = [ln for ln in sent.split("\n") if ln.strip()]
    if len(lines) < 3 or len(line) > 120 or line.endswith((".", "!", "?")) or not _ITEM_LABEL.match(line):
        return None  # lines of running text broken by the PDF, not items
    return line


_ITEM_LABEL = re.compile(r"(?:TOP\s*\d|Ö\s*\d|\d{1,2}(?:\.\d{1,2})*[.)]?\s|[a-z][.)]\s|[-–•*·▪]\s)")


# ---------------------------------------------------------------------------
# Surveys told by the asking, without a survey word: "haben wir die Schulen gebeten, uns ihren
# Bedarf mitzuteilen", "Alle Sportvereine wurden angeschrieben. Der Rücklauf lag bei 62 %",
# "Von den Jugendlichen wollten wir wissen, …", "Interviews mit den Trägern wurden geführt",
# "14 Kitas haben zurückgemeldet, dass …".

# A cheap test before any sentence is read for the asking verbs.
ASKING_WORD = re.compile(
    r"gebeten|angeschrieben|wollten?\b[^.;?!]{0,120}?\b(?:wissen|erfahren)\b|[Ii]nterviews?\s+mit|"
    r"(?:[Zz]u)?[Rr](?:ü|ue)ckgemeldet"
)
# A cheap test for a return counted from a group ("227 Meldungen", "Von den 300 …"), before _RETURNS_FROM.
RETURNS_HINT = re.compile(
    r"\d\s+(?:\w+\s+)?(?:Frageb(?:ö|oe)gen|Fragebogen|Bögen|Antworten|Antwortbögen|R(?:ü|ue)ckmeldungen|Meldungen|"
    r"R(?:ü|ue)ckl(?:ä|ae)ufe|Stimmzettel|Teilnahmen)\b|\b[Vv]on\s+(?:den\s+)?(?:rund\s+|etwa\s+)?\d"
)
_ASKED_VERB = re.compile(r"\b(?:gebeten|angeschrieben)\b")
# what people were asked to do: tell, report, fill in, answer, rate
_TO_TELL = re.compile(
    r"\b(?:mitzuteilen|zu\s+melden|zu\s+nennen|zu\s+benennen|anzugeben|anzumelden|zurückzumelden|rückzumelden|"
    r"einzuschätzen|zu\s+bewerten|auszufüllen|zu\s+beantworten|darzustellen|darzulegen|zu\s+berichten|"
    r"zu\s+beziffern|abzuschätzen|zu\s+übermitteln)\b"
    r"|\bum\s+(?:eine\s+|ihre\s+)?(?:\w+\s+)?(?:R(?:ü|ue)ckmeldung|Auskunft|Auskünfte|Angaben|Mitteilung|Einschätzung|"
    r"Beantwortung|Meldung|Nennung)\w*\b"
)
# Formal participation in a planning procedure asks for objections, not for answers to count:
# "Die Träger öffentlicher Belange wurden gemäß § 4 Abs. 1 BauGB angeschrieben".
_FORMAL_PARTICIPATION = re.compile(
    r"\b(?:BauGB|Träger\s+öffentlicher\s+Belange|TöB|Stellungnahme\w*|Einwendung\w*|Anhörung\w*|"
    r"Offenlage|Auslegung|Planfeststellung\w*)\b"
)
# The asking is told as done: "wurden … gebeten", "haben wir … gebeten", "hatte … angeschrieben".
_ASKED_DONE = re.compile(r"\b(?:wurden|wurde|worden|haben|hatten|hat|hatte)\b")
_ASKED_LATER = re.compile(r"\b(?:wird|werden|soll|sollen|sollte|sollten|möge|mögen|würde|würden)\b[^.;]{0,80}\b(?:gebeten|angeschrieben)\b")
# Answers came back: the letters were a survey ("Der Rücklauf lag bei 62 %", "19 haben geantwortet").
_ANSWERED = re.compile(
    r"\b(?:R(?:ü|ue)cklauf\w*|(?:zu)?r(?:ü|ue)ckgemeldet|R(?:ü|ue)ckmeldung\w*|geantwortet|antworteten|beantwortet\w*|"
    r"gaben\b[^.;]{0,120}\ban|teilgenommen|beteiligt\w*|meldeten\b|kamen\b[^.;]{0,60}\bzur(?:ü|ue)ck|"
    r"schickten\b[^.;]{0,60}\bzur(?:ü|ue)ck|Antworten)\b"
    # what most or all of them said: "Die meisten Schulleitungen sahen keinen Bedarf"
    r"|^\s*(?:Die\s+meisten|Die\s+Mehrheit|Mehrheitlich|Übereinstimmend|Fast\s+alle|Alle|Keine|Nur\s+wenige)\s"
    r"(?:[\wäöüß-]+\s+){1,3}?(?:sahen|sehen|meldeten|melden|nannten|nennen|gaben|wünschten|wünschen|berichteten|"
    r"berichten|hielten|halten|bewerteten|bewerten|befürworteten|befürworten|lehnten|lehnen)\b",
    re.IGNORECASE,
)
# People asked inside the council are a council's own business, not a survey.
_COUNCIL_PEOPLE = re.compile(
    r"^(?:Fraktion\w*|Rats\w*|Ausschuss\w*|Stadtr[aä]t\w*|Gemeinder[aä]t\w*|Kreisr[aä]t\w*|Stadtverordnete\w*|"
    r"Mitglieder\s+des\s+(?:Rates|Ausschusses|Gemeinderates|Stadtrates|Kreistages)|Verwaltung\w*|Dezernat\w*|"
    r"Fachbereich\w*|Ämter|Fachämter|Antragsteller\w*|Bürgermeister\w*|Landr[aä]t\w*)\b"
)
# "Von den Jugendlichen wollten wir wissen", "Wir wollten von den Eltern erfahren, …"
_WANTED_TO_KNOW = re.compile(
    r"(?:^|[.:;]\s+)[Vv]on\s+(?:den\s+|allen\s+)?(?P<np>[^,.;:]{3,80}?)\s+(?:wollten|wollte)\s+"
    r"(?:wir|die\s+\w+|der\s+\w+)\s+(?:\w+\s+){0,4}?(?:wissen|erfahren)\b"
    r"|\b(?:wollten\s+wir|wollte\s+(?:die|der)\s+\w+|[Ww]ir\s+wollten|(?:Die|Der)\s+\w+\s+wollte)\s+"
    r"(?:\w+\s+){0,4}?von\s+(?:den\s+|allen\s+)?"
    r"(?P<np2>[^,.;:]{3,80}?)\s+(?:\w+\s+){0,2}?(?:wissen|erfahren)\b"
)
# "Interviews mit den Trägern der Jugendhilfe wurden geführt", "In 12 Interviews mit Landwirten …"
_INTERVIEWS = re.compile(
    r"(?<![\w-])(?P<word>(?:[A-ZÄÖÜ][\wäöüß]*-?[Ii]|I)nterviews?)\s+mit\s+(?:den\s+|allen\s+|der\s+|dem\s+)?"
    r"(?:(?:insgesamt\s+|rund\s+|etwa\s+)?\d{1,3}(?:\.\d{3})*\s+)?(?P<np>[^,.;:]{3,120})"
)
_INTERVIEW_DONE = re.compile(
    r"\b(?:geführt|durchgeführt|führte[n]?|ergab(?:en)?|zeigte[n]?|berichtete[n]?|gaben\b[^.;]{0,80}\ban|"
    r"nannten|äußerten|wurde[n]?\s+deutlich)\b"
)
# "14 Kitas haben (sich) zurückgemeldet", "Zurückgemeldet haben 19 Schulen", "Alle Kitas meldeten … zurück"
_REPORTED_BACK = re.compile(
    r"\b(?:insgesamt\s+|rund\s+|etwa\s+|nur\s+|bisher\s+|bislang\s+)?(?:\d{1,3}(?:\.\d{3})*|alle|sämtliche)\s+"
    r"(?P<np>[A-ZÄÖÜ][^\s,.;()]*(?:\s+und\s+[A-ZÄÖÜ][^\s,.;()]*)?)\s+(?:haben|hatten)\s+(?:sich\s+)?"
    r"(?:\w+\s+){0,3}?(?:zurückgemeldet|rückgemeldet)\b"
    r"|\b(?:Zurückgemeldet|Rückgemeldet|zurückgemeldet|rückgemeldet)\s+(?:haben|hatten)\s+(?:sich\s+)?"
    r"(?:insgesamt\s+|rund\s+|etwa\s+|nur\s+|bisher\s+)?(?:\d{1,3}(?:\.\d{3})*\s+|alle\s+)?"
    r"(?P<np2>[A-ZÄÖÜ][^\s,.;()]*(?:\s+und\s+[A-ZÄÖÜ][^\s,.;()]*)?)"
    r"|\b(?:haben|hatten)\s+(?:sich\s+)?(?:insgesamt\s+|rund\s+|etwa\s+|nur\s+|bisher\s+)?\d{1,3}(?:\.\d{3})*\s+"
    r"(?P<np3>[A-ZÄÖÜ][^\s,.;()]*(?:\s+und\s+[A-ZÄÖÜ][^\s,.;()]*)?)\s+(?:sich\s+)?(?:\w+\s+){0,3}?"
    r"(?:zurückgemeldet|rückgemeldet)\b"
)
# Answers that came back from a group counted: a survey of that group, told by its return. "Von rund
# 4600 Haushalten kamen nur 227 Meldungen zurück", "Es wurden 176 Fragebögen aus 446 Haushalten
# abgegeben", "Hier seien 156 Fragebögen von 800 angeschriebenen Firmen zurückgekommen", "Aus 120
# Betrieben gingen 48 Antworten ein", "Von den 300 angeschriebenen Vereinen haben 112 geantwortet".
_NUM = r"(?:\d{1,3}(?:[.\s]\d{3})+|\d+)(?![\d,])"
_ABOUT = (r"(?:(?:rund|etwa|ca\.|circa|insgesamt|knapp|über|mehr\s+als|nur|lediglich|immerhin|gerade\s+einmal|"
          r"gerade\s+mal|bisher|bislang)\s+)*")
_RETURNED = (r"(?:Frageb(?:ö|oe)gen|Fragebogen|Bögen|Antworten|Antwortbögen|R(?:ü|ue)ckmeldungen|Meldungen|"
             r"R(?:ü|ue)ckl(?:ä|ae)ufe|Stimmzettel|Teilnahmen)")
_BACK = (r"(?:zur(?:ü|ue)ck|zur(?:ü|ue)ckgekommen|zur(?:ü|ue)ckgegeben|zur(?:ü|ue)ckgeschickt|zur(?:ü|ue)ckgesandt|"
         r"abgegeben|eingegangen|eingereicht|ausgefüllt|beantwortet|ein)")


def _population(group: str) -> str:
    return (rf"{_ABOUT}{_NUM}\s+(?:(?:angeschriebenen|befragten|ausgewählten|eingeladenen|kontaktierten|"
            rf"beteiligten)\s+)?(?P<{group}>[A-ZÄÖÜ][\wäöüß*-]+(?:\s+und\s+[A-ZÄÖÜ][\wäöüß*-]+)?)")


_RETURNS_FROM = [re.compile(p) for p in (
    rf"\b(?:Von|von|Aus|aus)\s+(?:den\s+)?{_population('np')}\s+(?:kamen|kam|gingen|ging|wurden|sind|seien|waren"
    rf"|liegen|lagen)\s+(?:\w+\s+){{0,3}}?{_ABOUT}{_NUM}\s+(?:\w+\s+)?{_RETURNED}\b[^.;!?]{{0,60}}?\b{_BACK}\b",
    rf"\b{_NUM}\s+(?:\w+\s+)?{_RETURNED}\s+(?:aus|von)\s+(?:den\s+)?{_population('np')}\b[^.;!?]{{0,80}}?\b{_BACK}\b",
    rf"\b[Vv]on\s+(?:den\s+)?{_population('np')}\s*,?\s+(?:haben|hatten)\s+(?:\w+\s+){{0,2}}?{_ABOUT}{_NUM}\s+"
    r"(?:\w+\s+){0,2}?(?:geantwortet|teilgenommen|mitgemacht|sich\s+beteiligt|den\s+Fragebogen\s+"
    r"(?:ausgefüllt|zurückgeschickt|zurückgesandt|beantwortet))\b",
)]


def _returns(sent: str) -> re.Match | None:
    for rx in _RETURNS_FROM:
        m = rx.search(sent)
        if m and looks_people(m.group("np")) and not _COUNCIL_PEOPLE.match(m.group("np")):
            return m
    return None


# How far after a letter sent out the answers are looked for (sentences).
ANSWER_LOOKAHEAD = 3


def _add_asking(text: str, sentences: list[tuple[int, int]], out: list[Mention], doc_date: str | None) -> None:
    taken = {o.sent for o in out}
    starts = [s for s, _ in sentences]
    # only the sentences an asking word stands in
    asking = {bisect_right(starts, m.start()) - 1 for m in ASKING_WORD.finditer(text)}
    returns = {bisect_right(starts, m.start()) - 1 for m in RETURNS_HINT.finditer(text)}
    candidates = sorted((asking | returns) - {-1})
    for k in candidates:
        s, e = sentences[k]
        if (s, e) in taken:
            continue
        sent = text[s:e]
        if sent.rstrip().endswith("?"):
            continue
        found = _asking(text, sentences, k, sent) if k in asking and ASKING_WORD.search(sent) else None
        if found is None and k in returns:
            found = _returned(sent)
        if found is None:
            continue
        a, b, name = found
        if not name or not looks_people(name) or _COUNCIL_PEOPLE.match(name):
            continue
        # a group's return names its own survey, not "the" survey told before
        back = _returns(sent)
        returned = bool(back and back.start("np") == a)
        mention = Mention(s + a, s + b, (s, e), sent[a:b], "", False, True, not returned, returned=returned)
        _read_sentence(mention, text, doc_date)
        mention.respondents, mention.respondents_strength = normalise_people(name), 2
        out.append(mention)
    out.sort(key=lambda m: m.start)


def _asking(text: str, sentences, k: int, sent: str) -> tuple[int, int, str | None] | None:
    """(start, end of the asking words, whom) where ``sent`` tells that people were asked."""
    vm = _ASKED_VERB.search(sent)
    if vm and _ASKED_DONE.search(sent) and not _ASKED_LATER.search(sent) and not _NEGATED.search(sent) \
            and not _FORMAL_PARTICIPATION.search(sent):
        # asked to tell something, or written to, and answers came back ("18 Schulen haben sich
        # zurückgemeldet", "Der Rücklauf lag bei 62 %", "Sieben von neun Schulen meldeten …"); people
        # asked to report damage or hand in papers give no answers to count
        asked = vm.group() == "angeschrieben" or bool(_TO_TELL.search(sent))
        ahead = [text[a:b] for a, b in sentences[k:k + 1 + ANSWER_LOOKAHEAD]]
        if asked and any(_ANSWERED.search(t) or PERCENT.search(t) or PART_OF.search(t) for t in ahead):
            return vm.start(), vm.end(), _whom(sent, vm)
    wm = _WANTED_TO_KNOW.search(sent)
    if wm:
        np = wm.group("np") or wm.group("np2")
        return wm.start(), wm.end(), noun_phrase(" ".join(np.split()))
    im = _INTERVIEWS.search(sent)
    if im and _INTERVIEW_DONE.search(sent) and not _PROPOSAL.search(sent):
        return im.start("word"), im.end("word"), noun_phrase(" ".join(im.group("np").split()))
    rm = _REPORTED_BACK.search(sent)
    if rm:
        return rm.start(), rm.end(), (rm.group("np") or rm.group("np2") or rm.group("np3"))
    return None


def _returned(sent: str) -> tuple[int, int, str | None] | None:
    """(start, end, name) of the group whose answers came back, where ``sent`` counts them."""
    back = _returns(sent)
    if back and not _PROPOSAL.search(sent) and not _NEGATED.search(sent):
        # (the group's name as the mention's word: the forms of another group are another survey)
        return back.start("np"), back.end("np"), back.group("np")
    return None


_ASKED_OBJECT = re.compile(
    r"\b(?:wurden|wurde|haben\s+wir|hatten\s+wir|(?:hat|hatte|haben|hatten)\s+(?:die|das|der)\s+\w+|hat|hatte|haben|hatten)"
    r"\s+(?P<np>(?:[^.;:?!]|(?<=\d)\.){3,160}?)\s+(?:gebeten|angeschrieben)\b"
)
_ASKED_SUBJECT = re.compile(
    r"(?:^|[,;]\s+|\b(?:Dabei|Zudem|Außerdem|Ferner|Hierzu|Dazu)\s+)(?:die|alle|sämtliche)\s+"
    r"(?P<np>(?:[^.;:?!]|(?<=\d)\.){3,100}?)\s+(?:wurden|sind)\b(?:[^.;:?!]|(?<=\d)\.){0,160}?\b(?:gebeten|angeschrieben)\b",
    re.IGNORECASE,
)


def _whom(sent: str, vm: re.Match) -> str | None:
    for rx in (_ASKED_SUBJECT, _ASKED_OBJECT):
        for m in rx.finditer(sent[: vm.end()]):
            np = m.group("np")
            name = people_from_clause(np)
            if not name:
                # "(hatte) im Januar die freien Träger (gebeten)": adjective first
                am = re.search(r"\b(?:die|den|alle|allen|sämtliche)\s+(?=[a-zäöüß]+e[nr]?\s+[A-ZÄÖÜ])", np)
                name = noun_phrase(np[am.end():]) if am else None
            if not name:
                # "alle 46 im Stadtsportbund organisierten Vereine": the noun the phrase ends in
                lm = re.search(r"([A-ZÄÖÜ][\wäöüß*:-]+)\s*$", np)
                name = lm.group(1) if lm and re.search(r"\b(?:die|den|alle|allen|sämtliche|\d+)\b", np) else None
            if name and looks_people(name):
                return name
    return None


# "ein Fragebogen, der an die Eltern … verteilt wurde", "Fragebögen wurden an alle Haushalte
# verschickt", "Alle Haushalte erhielten einen Fragebogen": a questionnaire handed to people is a
# survey of them.
_QUESTIONNAIRE = re.compile(r"(?<![\w-])(?:[A-ZÄÖÜ][\wäöüß-]*f|F)rageb(?:ogen|ögen)(?:s)?\b")
_HANDED_OUT = re.compile(
    r"\b(?:verteilt|verschickt|versandt|versendet|ausgegeben|ausgeteilt|zugeschickt|zugesandt|zugestellt|"
    r"übersandt|übergeben|übermittelt)\b"
)
_HANDED_AUX = re.compile(r"\b(?:wurden?|worden|haben|hat|hatten?)\b")
# "Die Stadt schickte 12 500 Fragebögen an die Bürgerinnen und Bürger": handed out in the active past.
_HANDED_ACTIVE = re.compile(
    r"\b(?:schickte|schickten|verschickte|verschickten|verteilte|verteilten|versandte|versandten"
    r"|versendete|versendeten|übersandte|übersandten)\b"
)
_TO_PEOPLE = re.compile(
    # "an alle über 70-Jährigen", "an die 14- bis 17-Jährigen"
    r"\ban\s+(?:die|alle|sämtliche)?\s*(?=(?:über|unter|ab)\s+\d{1,3}-[Jj]ährig|\d{1,3}-\s?(?:bis|[-–]))"
    r"|\ban\s+(?:die|alle|sämtliche|den|jeden|jede|jedes)?\s*(?:(?:rund|etwa|ca\.|insgesamt|über)\s+)?"
    # "an zufällig ausgewählte Bürger": how they were chosen is not who they are
    r"(?:\d{1,3}(?:[.\s]\d{3})*\s+)?(?:(?:zufällig|per\s+Zufall|repräsentativ)\s+)?(?:ausgewählte[n]?\s+)?(?=[A-ZÄÖÜ])"
)
_GOT_QUESTIONNAIRE = re.compile(
    r"(?:^|[,;]\s+)(?:Alle|Sämtliche|Die|Insgesamt)\s+(?:\d{1,3}(?:\.\d{3})*\s+)?(?P<np>[A-ZÄÖÜ][^.;:?!]{2,80}?)\s+"
    r"(?:erhielten|bekamen|haben\s+(?:\w+\s+){0,3}?(?:erhalten|bekommen))\b[^.;:?!]{0,60}?\bFrageb"
    # the form before the verb at the end: "Alle Senioren ab 70 Jahren haben im Juni von der Stadt einen
    # Fragebogen zugeschickt bekommen", "Die Eltern haben Ende Mai den Fragebogen erhalten"
    r"|(?:^|[,;]\s+)(?:Alle|Sämtliche|Die|Insgesamt)\s+(?:\d{1,3}(?:\.\d{3})*\s+)?(?P<np2>[A-ZÄÖÜ][^.;:?!]{2,80}?)\s+"
    r"(?:haben|hatten)\s+(?:[^.;:?!]|(?<=\d)\.){0,100}?\b(?:einen|den|ihren|je\s+einen)\s+\w*[Ff]ragebogen\b"
    r"[^.;:?!]{0,80}?\b(?:erhalten|bekommen)\b",
)


# "412 Eltern haben den Fragebogen ausgefüllt", "Den Fragebogen beantworteten 96 Vereine"
_FILLED_IN = re.compile(
    # ("95 junge Familien haben sich eine Stunde Zeit gelassen und ihren Fragebogen ausgefüllt")
    r"\b\d{1,3}(?:\.\d{3})*\s+(?P<np>(?:[a-zäöüß]+e[n]?\s+)?[A-ZÄÖÜ][^\s,.;()]*(?:\s+und\s+[A-ZÄÖÜ][^\s,.;()]*)?)\s+"
    r"(?:haben|hatten)\s+(?:[^.;:?!]{0,50}?\s+und\s+)?(?:den|die|einen|ihren|ihre)\s+\w*[Ff]rageb\w+\s+(?:\w+\s+){0,3}?"
    r"(?:ausgefüllt|beantwortet|zurückgeschickt|zurückgesandt|abgegeben)\b"
    r"|\b[Dd]en\s+\w*[Ff]ragebogen\s+(?:\w+\s+){0,2}?(?:füllten|beantworteten|schickten)\s+(?:\w+\s+){0,2}?"
    r"\d{1,3}(?:\.\d{3})*\s+(?P<np2>[A-ZÄÖÜ][^\s,.;()]*(?:\s+und\s+[A-ZÄÖÜ][^\s,.;()]*)?)"
    r"|\b(?:haben|hatten)\s+(?:insgesamt\s+|rund\s+|bereits\s+)?\d{1,3}(?:\.\d{3})*\s+"
    r"(?P<np3>[A-ZÄÖÜ][^\s,.;()]*(?:\s+und\s+[A-ZÄÖÜ][^\s,.;()]*)?)\s+(?:den|die|ihren|ihre)\s+\w*[Ff]rageb\w+\s+"
    r"(?:\w+\s+){0,3}?(?:ausgefüllt|beantwortet|zurückgeschickt|zurückgesandt|abgegeben)\b"
)


# People written to whose questionnaires came back: a survey of them.
_TURNED_TO = re.compile(r"\b(?:gewandt|gewendet|wandte[n]?|angeschrieben|geschrieben)\b")
# "an zufällig ausgewählte Bürgerinnen und Bürger", "an 500 Haushalte"
_TO_SOME_PEOPLE = re.compile(
    r"\ban\s+(?:die\s+|alle\s+)?(?:\d{1,3}(?:\.\d{3})*\s+)?(?P<np>(?:[a-zäöüß]+\s+){0,2}?[A-ZÄÖÜ])"
)
_CAME_BACK = re.compile(r"\b(?:zurückgesandt|zurückgeschickt|zurückgegeben|zurückgekommen|kamen\s+(?:\w+\s+){0,3}?zurück)\b")


def _questionnaire(text: str, s: int, e: int, doc_date: str | None) -> Mention | None:
    sent = text[s:e]
    qm = _QUESTIONNAIRE.search(sent)
    if not qm:
        return None
    name = None
    if (_HANDED_OUT.search(sent) and _HANDED_AUX.search(sent)) or _HANDED_ACTIVE.search(sent):
        for tm in _TO_PEOPLE.finditer(sent):
            cand = noun_phrase(sent[tm.end():])
            if cand and looks_people(cand):
                name = cand
                break
    if name is None and _TURNED_TO.search(sent) and _CAME_BACK.search(sent, qm.end()):
        # "hatte sich die Verwaltung an zufällig ausgewählte Bürgerinnen und Bürger gewandt –
        # 41 Prozent der Fragebögen waren zurückgesandt worden"
        for tm in _TO_SOME_PEOPLE.finditer(sent):
            cand = noun_phrase(sent[tm.end() - 1:])
            if cand and looks_people(cand):
                name = cand
                break
    if name is None:
        gm = _GOT_QUESTIONNAIRE.search(sent) or _FILLED_IN.search(sent)
        np = gm and (gm.group("np") or gm.groupdict().get("np2") or gm.groupdict().get("np3"))
        if np and looks_people(np):
            name = noun_phrase(np)
    if not name or proposal(sent, qm.end()):
        return None
    mention = Mention(s + qm.start(), s + qm.end(), (s, e), qm.group(), "", False, True, False)
    _read_sentence(mention, text, doc_date)
    mention.respondents, mention.respondents_strength = normalise_people(name), 2
    return mention


def proposal(sent: str, end: int) -> bool:
    """A proposal or plan in the survey word's clause (up to the next ";" or ", " after it)."""
    m = re.search(r"[;:]\s|,\s(?!(?:eine|einer|die|der|den)\b)", sent[end:])
    scope = sent[: end + (m.start() if m else len(sent))]
    return bool(_PROPOSAL.search(scope))


def _ASKING_SURVEY(prefix: str, after: str) -> bool:  # noqa: N802 - reads as the rule it is
    """An "Erhebung" that asks people: "Bedarfserhebung", "Elternerhebung", "Erhebung bei allen
    Sportvereinen"; not "Gebührenerhebung", "Verkehrserhebung", "Erhebung von Beiträgen"."""
    if prefix:
        p = prefix.rstrip("-")
        if re.match(r"(?i)(?:bedarfs|zufriedenheits|meinungs|wunsch|interessen)", p):
            return True
        return bool(PERSON_PREFIX.match(p)) and not NOT_PERSON.match(p.rstrip("s-")) \
            and not re.match(r"(?i)(?:gebühr|beitrag|steuer|abgabe|kosten|daten|verkehr|zähl|wasser|abwasser)", p)
    m = re.match(r"\s+(?:(?:der|des)\s+[A-ZÄÖÜ][\wäöüß-]*\s+)?(?:bei|unter)\s+(?:den|der|dem|allen|sämtlichen|alle|die)?\s*",
                 after)
    if not m:
        return False
    name = noun_phrase(after[m.end():])
    return bool(name) and looks_people(name)


def _noun_mention(m: re.Match, text: str, s: int, e: int, sent: str, not_reported: bool) -> Mention | None:
    prefix = (m.group("prefix") or "").rstrip("-")
    head = m.group("head")
    if not prefix and head[0].islower():
        return None
    if prefix and _OTHER_SENSE_PREFIX.search(prefix):
        return None
    after = sent[m.end():]
    om = _OTHER_SENSE_OBJECT.match(after)
    # ("Umfrage der Verwaltung": a poll the administration made — the genitive of an "Umfrage" is who
    # asked; that of a "Befragung" whom a meeting questioned)
    if om and head.lower() == "umfrage" and om.group().lstrip().startswith(("der", "des")):
        om = None
    if om and not re.match(r"\s+(?:bei|unter)\s", after[om.end():]):
        return None  # "Befragung der Verwaltung"; but "Umfrage der Verwaltung unter den Vereinen" is hers
    before = sent[: m.start()]
    if re.search(r"\b[Aa]uf\s+$", before):
        return None  # "Auf Befragung (durch Stadtrat X) erklärt …": asked in the meeting
    suffix = m.group("suffix") or ""
    plural = suffix in ("n", "en") or suffix.endswith("en") and "ergebnis" not in suffix
    if plural and _VAGUE.search(before):
        return None
    if head.lower() == "erhebung" and not _ASKING_SURVEY(prefix, after):
        return None  # "Erhebung von Gebühren", "Datenerhebung": levied or counted, nobody asked
    weak = head.lower() == "abfrage" and not prefix and not re.match(
        r"\s+(?:(?:der|des)\s+[A-ZÄÖÜ][\wäöüß-]*\s+)?(?:bei|unter|an)\s", after)
    if weak and not (_CARRIED_OUT.search(sent) and not _DATA_QUERY.search(sent)):
        # "Abfrage" alone is mostly a query of data; a survey asks someone.
        return None
    definite = bool(re.search(r"\b(?:[Dd]er|[Dd]ie|[Dd]ieser|[Dd]iese|[Dd]en|[Dd]em|[Dd]es)\s+(?:[\wäöüß-]+\s+)?$", before))
    # "die Befragung wurde an den Fachausschuss verwiesen", "Die Umfrage wurde im Ausschuss vorgestellt":
    # a survey dealt with as a paper has taken place; the draft or plan of one has not.
    dealt_with = definite and bool(_DEALT_WITH.search(sent)) and bool(_PAST_PASSIVE.search(sent)) \
        and not _PLAN_OF.search(before) and not sent.rstrip().endswith("?")
    return Mention(
        s + m.start(), s + m.end(), (s, e), m.group("word"), prefix, plural,
        # "Die Umfrageergebnisse zeigen …", "Die Befragungsergebnisse liegen vor": results are there
        reported=not not_reported or dealt_with or (
            "ergebnis" in suffix and not sent.rstrip().endswith("?") and bool(_RESULTS_SAY.search(sent))),
        definite=definite, needs_people=weak,
    )


_DEALT_WITH = re.compile(
    r"\b(?:verwiesen|überwiesen|vorgestellt|vorgelegt|präsentiert|zur\s+Kenntnis\s+genommen)\b"
    r"(?!\s+werden)"
)
_RESULTS_SAY = re.compile(
    r"\b(?:zeigen|zeigten|belegen|belegten|verdeutlichen|bestätigen|liegen\b[^.;]{0,60}\bvor|lagen\b[^.;]{0,60}\bvor)\b"
)
_PAST_PASSIVE = re.compile(r"\b(?:wurden?|worden)\b")
_PLAN_OF = re.compile(
    r"\b(?:Konzept|Entwurf|Planung|Durchführung|Vorbereitung|Fragenkatalog|Fragebogen|Idee|Vorschlag|Inhalt|"
    r"Ziel|Zweck|Ablauf)\w*\s+"
    r"(?:der|einer|dieser|zur|zu\s+der)\s+(?:[\wäöüß-]+\s+)?$"
)


# ---------------------------------------------------------------------------
# Reading a mention's sentence


def _read_sentence(mn: Mention, text: str, doc_date: str | None) -> None:
    s, e = mn.sent
    sent = text[s:e]
    rel = mn.start - s
    rel_end = mn.end - s
    read_respondents(mn, sent, rel, rel_end)
    _read_conducted_by(mn, sent, rel, rel_end)
    _read_topic(mn, sent, rel_end)
    read_date(mn, sent, rel, rel_end, doc_date)



def period_of(text: str, sent: tuple[int, int], doc_date: str | None) -> tuple[str | None, str | None, str | None, int]:
    """(start, end, words, rank) of the period a sentence next to a survey's states."""
    probe = Mention(sent[0], sent[0], sent, "", "", False, True, True)
    read_date(probe, text[sent[0]:sent[1]], 0, 0, doc_date)
    return probe.date_start, probe.date_end, probe.period_text, probe.date_rank



# ---------------------------------------------------------------------------

_ORG_AFTER = re.compile(r"\s+(?:des|der|von|vom)\s+")
_BY = re.compile(
    r"\b(?:durch|von)\s+(?:das|den|die|der|dem|einen|eine|einer|einem)\s+(?P<rest>[A-ZÄÖÜ][^.;:?!]{2,120})"
)
_FUEHRT = re.compile(
    r"\b(?:führt|führte|führten|hat|hatte|haben)\s+(?:das|der|die)\s+(?P<rest>[A-ZÄÖÜ](?:[^.;:?!]|(?<=\d)\.){2,120}?)\s+"
    r"(?:(?:[^.;:?!]|(?<=\d)\.){0,80}?)(?:Befragung|Umfrage)"
)
_SUBJECT_DID = re.compile(
    r"(?:^|[,;]\s+)(?:Die|Der|Das)\s+(?P<rest>[A-ZÄÖÜ](?:[^.;:?!]|(?<=\d)\.){2,80}?)\s+(?:hat|hatte|haben|führte|führten|"
    r"befragte|befragten)\b(?:[^.;:?!]|(?<=\d)\.){0,120}?(?:[Uu]mfrage|[Bb]efragung|[Aa]bfrage|\bbefragt)"
)
_SOURCE_LINE = re.compile(r"^(?P<org>[^\n]{3,80}?)\s+[-–]\s+\S*(?:[Uu]mfrage|[Bb]efragung)")


_WORD = re.compile(r"\S+")


def org_phrase(s: str) -> str | None:
    """An organisation's name at the start of ``s``: "Amt für Stadtentwicklung",
    "Bürgergesellschaft Südstadt", "Auto Club Europa (ACE)"."""
    toks: list[str] = []
    for m in _WORD.finditer(s):
        raw = m.group()
        if raw in ("e.V.", "e.V", "GmbH", "gGmbH") and toks:
            toks.append(raw)
            continue
        tok = raw.rstrip(",.;:!?")
        if re.fullmatch(r"\([A-ZÄÖÜ][\wÄÖÜ-]{1,8}\)", tok) and toks or tok[:1].isupper() or tok in ("für", "der", "des", "und") and toks:
            toks.append(tok)
        else:
            break
        if tok != raw or len(toks) >= 8:
            break
    while toks and not (toks[-1][:1].isupper() or toks[-1].startswith("(") or toks[-1] in ("e.V.", "e.V")):
        toks.pop()
    return " ".join(toks) or None


def _read_conducted_by(mn: Mention, sent: str, rel: int, rel_end: int) -> None:
    after = sent[rel_end:]
    m = _ORG_AFTER.match(after)
    if m:
        org = org_phrase(after[m.end():])
        if org and (ORG_HEAD.search(org) or re.fullmatch(r"[A-ZÄÖÜ]{2,6}", org)) and not looks_people(org.split(" für ")[0]):
            # "Umfrage des Seniorenbeirats": the one who asked, in the nominative
            mn.conducted_by = re.sub(r"^([A-ZÄÖÜ][a-zäöüß]{2,}(?:rat|amt|bund|werk|büro|kreis|tag))e?s$", r"\1", org)
            return
    line_start = sent.rfind("\n", 0, rel) + 1
    lm = _SOURCE_LINE.match(sent[line_start:])
    if lm and ORG_HEAD.search(lm.group("org")):
        mn.conducted_by = one_line(lm.group("org")).strip(" ,")
        return
    for rx in (_FUEHRT, _SUBJECT_DID, _BY):
        for bm in rx.finditer(sent):
            org = org_phrase(sent[bm.start("rest"):])
            if org and ORG_HEAD.search(org):
                mn.conducted_by = org
                return


_TOPIC_AFTER = re.compile(
    r"^(?:\s+(?:19|20)\d{2})?\s+(?:zum\s+Thema|zu\s+den\s+Themen|zu|zum|zur(?!\s+Kenntnis)|über|nach)\s+"
    r"(?P<t>[„\"“]?[^.;:?!\n]{3,160}?)(?=\s+(?:durchgeführt|ergab|ergaben|zeigte|zeigten|nahmen|wurde|wurden|"
    r"hat|haben|ist|sind|im\s+|in\s+den|am\s+|vom\s+|bei\s+|unter\s+|[-–]\s)|[.;:?!\n]|$)"
)


def _read_topic(mn: Mention, sent: str, rel_end: int) -> None:
    if mn.topic:
        return
    m = _TOPIC_AFTER.match(sent[rel_end:])
    if m and re.search(r"[A-Za-zÄÖÜäöüß]{3,}", m.group("t")):
        mn.topic = clean_topic(m.group("t"))
