"""Where a document reports a survey, and what it says about it.

A *mention* is a survey word ("Umfrage", "Bürgerbefragung", "Abfrage bei
den Schulen", "Befragungsaktion") or the verb ("wurden … befragt") in a
sentence that reports a survey that took place. Words used in another sense
("Datenbankabfrage", "Befragung der Verwaltung"), proposals ("die
Verwaltung wird beauftragt, eine Umfrage durchzuführen"), questions and
vague plurals ("aus verschiedenen Umfragen") are not mentions.

From a mention's sentence this module reads who was asked (respondents),
who asked (conducted_by), what about (topic) and when (dates and the
document's own words for the period).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .common import base_form
from .dates import ANY_DATE, MONTH_RANGE, MONTHS, PERIOD, date_from_match, make_date, month_range, period_range
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
    r"durchgeführt(?:e|en|er)?|ausgewertet(?:e|en)?|fand\b[^.;]{0,80}\bstatt|fanden\b[^.;]{0,80}\bstatt|"
    r"führte[n]?\b[^.;]{0,100}\bdurch|"
    r"nahmen\b[^.;]{0,120}\bteil|teilgenommen|teilnahmen|beteiligten\s+sich|[Bb]efragt|abgefragt|[Aa]ngeschrieben|"
    r"gaben\b[^.;]{0,120}\ban|[Ll]aut|zufolge|Rücklauf\w*|"
    # "Die Umfrage fragte nach …", "wurden … gefragt": the questions were put
    r"fragte[n]?|gefragt|"
    # "Die Umfrage ist abgeschlossen", "lief bis Ende Mai", "Die Beteiligung lag bei 34 %"
    r"abgeschlossen|beendet|lief|liefen|endete|(?:Beteiligung|Teilnahme)\s+(?:\w+\s+){0,8}?(?:lag|war|betrug|belief)|"
    # "Aus der Befragung geht hervor, dass …", "Nach einer Umfrage unter … fehlen …" (according to)
    r"geht\b[^.;]{0,80}\bhervor|hervorgeht|hervorging|^\s*(?:Nach|Gemäß)\s+einer)\b"
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
# "Eine Bürgerbefragung … findet nicht statt", "keine Umfrage"
_NEGATED = re.compile(
    r"\b(?:findet|fand|wird|wurde|werden|wurden)\s+(?:\w+\s+){0,4}?nicht\s+(?:\w+\s+){0,2}?(?:statt|durchgeführt)\b"
)

# "Sobald die Umfrage abgeschlossen ist, …", "Wenn die Ergebnisse der Befragung vorliegen, …": not yet
_CONDITIONAL = re.compile(
    r"\b(?:[Ww]enn|[Ss]obald|[Ff]alls|[Ss]ofern)\b[^,;.]{0,100}\b(?:ist|sind|vorliegt|vorliegen|liegt|liegen)\b"
)
# Prefixes of compounds that name the people asked: "Bürgerumfrage",
# "Elternbefragung", "Nutzer*innenbefragung", "Kundenbefragung".
_PERSON_PREFIX = re.compile(
    r"^(?P<p>(?:[\wäöüß-]*(?:er|er\*innen|er:innen|erinnen|erInnen|er_innen))|Eltern|Kunden|Passanten|"
    r"Studierenden|Studenten|Senioren|Seniorinnen|Jugend|Kinder|Haushalts?|Unternehmens?|Betriebs?|"
    r"Mitglieder|Mitarbeitenden|Beschäftigten|Händler|Anlieger|Anwohner|Fahrgast|Gäste|Vereins?|Kita|Schul|"
    r"Gemeinde|Einrichtungs|Patienten|Familien|Praxis|Firmen)s?-?$"
)
_NOT_PERSON = re.compile(
    r"^(?:Sommer|Winter|Herbst|Oktober|September|November|Dezember|Januar|Februar|Wasser|Feuer|"
    r"Länder|Bundesländer|Kinder(?:garten|tages)|Telefon|Online|Internet|Quer|Lager|Theater)$"
)
_PREFIX_NOMINATIVE = {"Jugend": "Jugendliche", "Haushalt": "Haushalte", "Betrieb": "Betriebe", "Fahrgast": "Fahrgäste",
                      "Verein": "Vereine", "Kita": "Kitas", "Schul": "Schulen", "Gemeinde": "Gemeinden",
                      "Einrichtung": "Einrichtungen", "Praxi": "Praxen", "Unternehmen": "Unternehmen"}

# Head nouns of organisations (who asked), as opposed to groups of people.
ORG_HEAD = re.compile(
    r"(?:gesellschaft|verein|verband|amt|verwaltung|institut|stadt|gemeinde|landkreis|kreis|kammer|"
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
_QUANTITY = frozenset(["insgesamt", "rund", "etwa", "ca.", "über", "knapp", "fast", "nur", "jeweils"])
_ARTICLES = frozenset(
    "der die das den dem des alle allen aller sämtliche sämtlichen ausgewählte ausgewählten "  # noqa: SIM905
    "ihre ihren seine seinen unsere unseren".split()
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
            mention = _noun_mention(m, text, s, e, sent, not reported)
            if mention:
                _read_sentence(mention, text, doc_date)
                out.append(mention)
        if not any(o.sent == (s, e) for o in out):
            vm = VERB.search(sent)
            if vm and _AUX.search(sent) and reported and not proposal(sent, vm.end()):
                mention = Mention(s + vm.start(), s + vm.end(), (s, e), vm.group(), "", False, True, True)
                _read_sentence(mention, text, doc_date)
                if mention.respondents:  # "wurden die … befragt": someone was asked
                    out.append(mention)
        if not any(o.sent == (s, e) for o in out) and not question:
            mention = _questionnaire(text, s, e, doc_date)
            if mention:
                out.append(mention)
    return out


# "ein Fragebogen, der an die Eltern … verteilt wurde", "Fragebögen wurden an alle Haushalte
# verschickt", "Alle Haushalte erhielten einen Fragebogen": a questionnaire handed to people is a
# survey of them.
_QUESTIONNAIRE = re.compile(r"(?<![\w-])(?:[A-ZÄÖÜ][\wäöüß-]*f|F)rageb(?:ogen|ögen)(?:s)?\b")
_HANDED_OUT = re.compile(
    r"\b(?:verteilt|verschickt|versandt|versendet|ausgegeben|ausgeteilt|zugeschickt|zugesandt|zugestellt|"
    r"übersandt|übergeben|übermittelt)\b"
)
_HANDED_AUX = re.compile(r"\b(?:wurden?|worden|haben|hat|hatten?)\b")
_TO_PEOPLE = re.compile(
    # "an alle über 70-Jährigen", "an die 14- bis 17-Jährigen"
    r"\ban\s+(?:die|alle|sämtliche)?\s*(?=(?:über|unter|ab)\s+\d{1,3}-[Jj]ährig|\d{1,3}-\s?(?:bis|[-–]))"
    r"|\ban\s+(?:die|alle|sämtliche|den|jeden|jede|jedes)?\s*(?:(?:rund|etwa|ca\.|insgesamt|über)\s+)?"
    r"(?:\d{1,3}(?:\.\d{3})*\s+)?(?=[A-ZÄÖÜ])"
)
_GOT_QUESTIONNAIRE = re.compile(
    r"(?:^|[,;]\s+)(?:Alle|Sämtliche|Die|Insgesamt)\s+(?:\d{1,3}(?:\.\d{3})*\s+)?(?P<np>[A-ZÄÖÜ][^.;:?!]{2,80}?)\s+"
    r"(?:erhielten|bekamen|haben\s+(?:\w+\s+){0,3}?(?:erhalten|bekommen))\b[^.;:?!]{0,60}?\bFrageb",
)


# "412 Eltern haben den Fragebogen ausgefüllt", "Den Fragebogen beantworteten 96 Vereine"
_FILLED_IN = re.compile(
    r"\b\d{1,3}(?:\.\d{3})*\s+(?P<np>[A-ZÄÖÜ][^\s,.;()]*(?:\s+und\s+[A-ZÄÖÜ][^\s,.;()]*)?)\s+"
    r"(?:haben|hatten)\s+(?:den|die|einen|ihren|ihre)\s+\w*[Ff]rageb\w+\s+(?:\w+\s+){0,3}?"
    r"(?:ausgefüllt|beantwortet|zurückgeschickt|zurückgesandt|abgegeben)\b"
    r"|\b[Dd]en\s+\w*[Ff]ragebogen\s+(?:\w+\s+){0,2}?(?:füllten|beantworteten|schickten)\s+(?:\w+\s+){0,2}?"
    r"\d{1,3}(?:\.\d{3})*\s+(?P<np2>[A-ZÄÖÜ][^\s,.;()]*(?:\s+und\s+[A-ZÄÖÜ][^\s,.;()]*)?)"
    r"|\b(?:haben|hatten)\s+(?:insgesamt\s+|rund\s+|bereits\s+)?\d{1,3}(?:\.\d{3})*\s+"
    r"(?P<np3>[A-ZÄÖÜ][^\s,.;()]*(?:\s+und\s+[A-ZÄÖÜ][^\s,.;()]*)?)\s+(?:den|die|ihren|ihre)\s+\w*[Ff]rageb\w+\s+"
    r"(?:\w+\s+){0,3}?(?:ausgefüllt|beantwortet|zurückgeschickt|zurückgesandt|abgegeben)\b"
)


def _questionnaire(text: str, s: int, e: int, doc_date: str | None) -> Mention | None:
    sent = text[s:e]
    qm = _QUESTIONNAIRE.search(sent)
    if not qm:
        return None
    name = None
    if _HANDED_OUT.search(sent) and _HANDED_AUX.search(sent):
        for tm in _TO_PEOPLE.finditer(sent):
            cand = noun_phrase(sent[tm.end():])
            if cand and _looks_people(cand):
                name = cand
                break
    if name is None:
        gm = _GOT_QUESTIONNAIRE.search(sent) or _FILLED_IN.search(sent)
        np = gm and (gm.group("np") or gm.groupdict().get("np2") or gm.groupdict().get("np3"))
        if np and _looks_people(np):
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
        return bool(_PERSON_PREFIX.match(p)) and not _NOT_PERSON.match(p.rstrip("s-")) \
            and not re.match(r"(?i)(?:gebühr|beitrag|steuer|abgabe|kosten|daten|verkehr|zähl|wasser|abwasser)", p)
    m = re.match(r"\s+(?:(?:der|des)\s+[A-ZÄÖÜ][\wäöüß-]*\s+)?(?:bei|unter)\s+(?:den|der|dem|allen|sämtlichen|alle|die)?\s*",
                 after)
    if not m:
        return False
    name = noun_phrase(after[m.end():])
    return bool(name) and _looks_people(name)


def _noun_mention(m: re.Match, text: str, s: int, e: int, sent: str, not_reported: bool) -> Mention | None:
    prefix = (m.group("prefix") or "").rstrip("-")
    head = m.group("head")
    if not prefix and head[0].islower():
        return None
    if prefix and _OTHER_SENSE_PREFIX.search(prefix):
        return None
    after = sent[m.end():]
    om = _OTHER_SENSE_OBJECT.match(after)
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
    _read_respondents(mn, sent, rel, rel_end)
    _read_conducted_by(mn, sent, rel, rel_end)
    _read_topic(mn, sent, rel_end)
    _read_date(mn, sent, rel, rel_end, doc_date)


# "bei den Gleichstellungsbeauftragten der Regionalkonferenz …", "unter den Bewohnerinnen …"
_AFTER_BEI = re.compile(r"\s+(?:bei|unter|an)\s+(?:den|der|dem|allen|sämtlichen|alle|die)?\s*")
# "wurden die im Netzwerk häusliche Gewalt Anwesenden nach ihren … befragt"
_WURDEN_BEFRAGT = re.compile(
    r"\b(?:wurden|wurde|haben\s+wir|hat\s+\w+|hatten\s+wir|(?:haben|hatten|hat|hatte)(?=\s+(?:ihre|seine|alle|die)\s))"
    r"\s+(?P<np>(?:[^.;:?!]|(?<=\d)\.){3,160}?)\s+"
    r"(?:(?P<prep>nach|zu|zum|zur|über|hinsichtlich|bezüglich)\s+(?P<topic>(?:[^.;:?!]|(?<=\d)\.){3,300}?)\s+)?"
    r"(?:befragt|abgefragt|angeschrieben)\b"
)
# "Befragt wurden alle Kindertagesstätten im Gemeindegebiet", "Angeschrieben wurden 120 Betriebe"
_BEFRAGT_WURDEN = re.compile(
    r"\b(?:[Bb]efragt|[Aa]ngeschrieben|[Aa]bgefragt)\s+wurden\s+(?P<np>(?:[^.;:?!]|(?<=\d)\.){3,160})"
)
_BEI_LATER = re.compile(
    r"\s+(?:de[rs]|von|vom)\s+(?:[A-ZÄÖÜ][\wäöüß-]*\s+){1,4}(?:im\s+\w+\s+(?:19|20)\d{2}\s+)?"
    r"(?:bei|unter)\s+(?:den|der|dem|allen|sämtlichen|alle|die)?\s*"
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
_N_TOOK_PART = re.compile(
    r"\b(?:insgesamt\s+|rund\s+|etwa\s+)?\d{1,3}(?:\.\d{3})*\s+(?P<np>[A-ZÄÖÜ][^\s,.;()]*(?:\s+und\s+[A-ZÄÖÜ][^\s,.;()]*)?)"
    r"\s+(?:(?:haben|hatten)\s+(?:sich\s+)?(?:an\s+\w+\s+\w+\s+)?(?:teilgenommen|beteiligt)|teilnahmen|nahmen\b[^.;]{0,60}?\bteil|"
    r"beteiligten|beteiligt\s+haben)\b"
)
# "Befragung der Anwohnerinnen und Anwohner", "Befragung von 350 Nutzerinnen und Nutzern"
_GENITIVE_OBJECT = re.compile(r"\s+(?:der|aller|von)\s+(?:(?:rund|etwa|über|insgesamt)\s+)?(?:\d{1,3}(?:\.\d{3})*\s+)?")
# "Die Schulen wurden im Januar 2024 zu ihrem Raumbedarf befragt."
_SUBJECT_BEFRAGT = re.compile(
    r"(?:^|[,;]\s+|\b(?:Dabei|Zudem|Außerdem|Ferner|Hierzu|Dazu)\s+)(?:die|alle|sämtliche)\s+(?P<np>(?:[^.;:?!]|(?<=\d)\.){3,100}?)\s+"
    r"(?:wurden|sind)\b(?P<rest>(?:[^.;:?!]|(?<=\d)\.){0,160}?)\bbefragt\b",
    re.IGNORECASE,
)
_PREP_TOPIC = re.compile(r"\b(?:nach|zu|zum|zur|über|hinsichtlich|bezüglich)\s+(?P<t>.{3,})$")


def _set_people(mn: Mention, name: str | None, strength: int = 2) -> bool:
    if name:
        mn.respondents, mn.respondents_strength = normalise_people(name), strength
        return True
    return False


def _read_respondents(mn: Mention, sent: str, rel: int, rel_end: int) -> None:
    after = sent[rel_end:]
    if mn.word.lower() in ("befragt", "abgefragt"):
        m = _BEFRAGT_WURDEN.search(sent)
        if m and _set_people(mn, _people_from_clause(m.group("np"))):
            return
        m = _WURDEN_BEFRAGT.search(sent)
        if m and _set_people(mn, _people_from_clause(m.group("np"))):
            if m.group("topic"):
                mn.topic = _clean_topic(m.group("topic"))
            return
        m = _SUBJECT_BEFRAGT.search(sent)
        if m and _set_people(mn, _people_from_clause(m.group("np"))):
            tm = _PREP_TOPIC.search(m.group("rest"))
            if tm:
                mn.topic = _clean_topic(tm.group("t"))
        return
    m = _AFTER_BEI.match(after)
    if m and _set_people(mn, noun_phrase(after[m.end():])):
        return
    # "Umfrage der Wirtschaftsförderung unter den Gewerbetreibenden": past the one who asked.
    m = _BEI_LATER.match(after)
    if m and _set_people(mn, noun_phrase(after[m.end():])):
        return
    m = _GENITIVE_OBJECT.match(after)
    if m:
        name = noun_phrase(after[m.end():])
        if name and _looks_people(name) and _set_people(mn, name):
            return
    sm = _SAMPLED.search(sent)
    if sm:
        name = noun_phrase(sent[sm.end():])
        if name and _looks_people(name) and _set_people(mn, name):
            return
    for rx in (_N_SAMPLED, _N_TOOK_PART, _TOOK_PART_INVERTED):
        sm = rx.search(sent)
        np = sm and (sm.groupdict().get("np") or sm.groupdict().get("np2"))
        if np and _looks_people(np) and _set_people(mn, np):
            return
    m = _WURDEN_BEFRAGT.search(sent)
    if m and _set_people(mn, _people_from_clause(m.group("np"))):
        return
    m = _OPINION_OF.search(after)
    if m:
        name = noun_phrase(after[m.end():])
        if name and _looks_people(name) and _set_people(mn, name):
            return
    if not mn.prefix or not _PERSON_PREFIX.match(mn.prefix.rstrip("-")):
        # "Im Rahmen einer Befragung gaben 80 % der Eltern an, …": the answers were theirs
        m = _SHARE_OF_PEOPLE.search(sent)
        if m:
            name = noun_phrase(sent[m.end():])
            if name and _looks_people(name) and not _WHOLE.match(name) and _set_people(mn, name, 1):
                return
    if mn.prefix:
        pm = _PERSON_PREFIX.match(mn.prefix)
        if pm and not _NOT_PERSON.match(mn.prefix.rstrip("s-")):
            p = mn.prefix.rstrip("-")
            if p.endswith("s") and not p.endswith(("ers", "innens")) and p[:-1] in _PREFIX_NOMINATIVE:
                p = p[:-1]
            p = _PREFIX_NOMINATIVE.get(p, p)
            # "Mitarbeitenden-umfrage": the people named in the plural nominative.
            mn.respondents, mn.respondents_strength = normalise_people(p), 1


_SHARE_OF_PEOPLE = re.compile(
    r"(?:\b\d{1,3}(?:,\d+)?\s?(?:%|Prozent)|\b(?:Mehrheit|Mehrzahl|Minderheit|Hälfte|Großteil|Drittel|Viertel))"
    r"\s+(?:der|aller)\s+(?:befragten\s+)?(?=[A-ZÄÖÜ])"
)
# Those who answered, by that name only: not a group of the people asked.
_WHOLE = re.compile(r"(?:Befragten|Teilnehmenden|Antwortenden|Teilnehmer\w*|Umfrageteilnehmer\w*)$")
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
    r"Teilgenommen\s+haben)\s+(?:insgesamt\s+|rund\s+|etwa\s+|nur\s+)?(?:\d{1,3}(?:\.\d{3})*\s+|alle\s+|die\s+)?"
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
        if np and _looks_people(np):
            return normalise_people(np)
    m = _OF_SAMPLED.search(sent)
    if m:
        name = noun_phrase(sent[m.end():])
        if name and _looks_people(name):
            return normalise_people(name)
    m = _OPINION_AIM.search(sent)
    if m:
        name = noun_phrase(sent[m.end():])
        if name and _looks_people(name) and re.search(
                rf"^{re.escape(name)}\s+(?:\w+\s+){{0,2}}?(?:zu\s+)?{_AIM_VERB}", sent[m.end():]):
            return normalise_people(name)
    m = _USED_CHANCE.search(sent)
    if m and _looks_people(m.group("np")):
        return normalise_people(" ".join(m.group("np").split()))
    return None


_LEADING_TIME = re.compile(
    r"^(?:(?:im|am|vom|seit|Anfang|Mitte|Ende)\s+)?(?:(?:" + "|".join(MONTHS) + r"|Frühjahr|Sommer|Herbst|Winter|Jahr)\.?\s+"
    r"(?:(?:19|20)\d{2}\s+)?|\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{2,4}\s+)?|(?:19|20)\d{2}\s+)",
    re.IGNORECASE,
)


def period_of(text: str, sent: tuple[int, int], doc_date: str | None) -> tuple[str | None, str | None, str | None, int]:
    """(start, end, words, rank) of the period a sentence next to a survey's states."""
    probe = Mention(sent[0], sent[0], sent, "", "", False, True, True)
    _read_date(probe, text[sent[0]:sent[1]], 0, 0, doc_date)
    return probe.date_start, probe.date_end, probe.period_text, probe.date_rank


def _people_from_clause(np: str) -> str | None:
    np = " ".join(np.split())
    np = _LEADING_TIME.sub("", np)
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
    while words and (words[0].lower() in _ARTICLES or words[0].lower() in _QUANTITY
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
        else:
            break
        if ends or len(toks) >= max_tokens:
            break
    while toks and (toks[-1].lower() in _JOINERS or not toks[-1][0].isupper()):
        toks.pop()
        tail_at = None
    if toks and tail_at is not None and _looks_people(" ".join(toks)):
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


def _looks_people(name: str) -> bool:
    if _AGE_GROUP.match(name):
        return True
    head = name.split(" der ")[0].split(" des ")[0].split()
    return any(_PEOPLE_WORD.search(w) for w in head if w[0].isupper())


# Dative plural of nouns and adjectival nouns, to the form a list would use:
# "Bewohnern" -> "Bewohner", "Gleichstellungsbeauftragten" -> "Gleichstellungsbeauftragte".
_NO_DEINFLECT = frozenset(["Eltern", "Ostern", "Geschwistern"])


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
        if w in ("der", "des", "von", "mit", "unter", "über", "ab", "im"):
            in_head = False
        if in_head and w[0].isupper() and w not in _NO_DEINFLECT and (
                _DATIVE_PLURAL.search(w) or w.lower().endswith(("ärzten", "vereinen", "betrieben", "verbänden", "geschäften", "wirten", "gästen", "diensten"))):
            w = w[:-1]
        out.append(w)
    return " ".join(out)


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
        if org and (ORG_HEAD.search(org) or re.fullmatch(r"[A-ZÄÖÜ]{2,6}", org)) and not _looks_people(org.split(" für ")[0]):
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
        mn.topic = _clean_topic(m.group("t"))


def _clean_topic(t: str) -> str:
    t = one_line(t).strip(" ,„“\"”")
    t = re.sub(r"^(?:ihren|ihrem|ihrer|ihre|seinen|seinem|seiner|seine|dem|den|der|die|das)\s+", "", t)
    return t


# ---------------------------------------------------------------------------
# Dates

_DATE_RANGE = re.compile(
    rf"(?:vom|von|zwischen)\s+(?P<d1>{ANY_DATE.pattern})\s+(?:bis(?:\s+zum)?|und|[-–])\s+(?P<d2>{ANY_DATE.pattern})",
    re.IGNORECASE,
)
# "im Zeitraum 01.10. bis 31.10.2023", "vom 1. bis 21. Mai 2023": the first day takes the last one's year (and month).
_SHORT_RANGE = re.compile(
    r"(?:vom|von|zwischen|Zeitraum)\s+(?:dem\s+)?(?P<d1>\d{1,2})\.(?:(?P<m1>\d{1,2})\.)?\s*(?:bis(?:\s+zum)?|und(?:\s+dem)?|[-–])\s*"
    r"(?P<d2>\d{1,2})\.\s*(?:(?P<m2>\d{1,2})\.|(?P<mname>" + "|".join(MONTHS) + r"))\s*(?P<y>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)


# "vom 15. März bis 15. April 2024", "vom 1. Juli bis zum 31. August 2023"
_NAMED_RANGE = re.compile(
    r"(?:vom|von|zwischen)\s+(?:dem\s+)?(?P<d1>\d{1,2})\.\s*(?P<mn1>" + "|".join(MONTHS) + r")\s*(?P<y1>(?:19|20)\d{2})?\s+"
    r"(?:bis(?:\s+zum)?|und(?:\s+dem)?|[-–])\s*(?P<d2>\d{1,2})\.\s*(?P<mn2>" + "|".join(MONTHS) + r")\s*(?P<y2>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_MONTH_SLASH = re.compile(
    r"\b(?P<m1>" + "|".join(MONTHS) + r")\s*/\s*(?P<m2>" + "|".join(MONTHS) + r")\s+(?P<y>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
# "Ende 2022", "Anfang 2023", "im ersten Quartal 2023", "im 3. Quartal 2023": months of a year.
_PART_OF_YEAR = re.compile(
    r"\b(?:(?P<part>Anfang|Mitte|Ende)|(?:im\s+)?(?P<q>ersten|zweiten|dritten|vierten|[1-4]\.)\s+Quartal|"
    r"(?:im\s+)?(?P<h>ersten|zweiten|[12]\.)\s+Halbjahr)\s+(?:des\s+Jahres\s+)?"
    r"(?P<y>(?:19|20)\d{2})\b"
)
_PART_MONTHS = {"anfang": (1, 3), "mitte": (5, 8), "ende": (10, 12), "ersten": (1, 3), "zweiten": (4, 6),
                "dritten": (7, 9), "vierten": (10, 12), "1.": (1, 3), "2.": (4, 6), "3.": (7, 9), "4.": (10, 12)}
# "im vergangenen Jahr", "in diesem Jahr": a year counted from the document's date.
_RELATIVE_YEAR = re.compile(
    r"\b(?:im\s+(?:vergangenen|letzten|vorigen)\s+Jahr|im\s+Vorjahr|(?P<this>in\s+diesem\s+Jahr|im\s+laufenden\s+Jahr))\b"
)
# The date of the paper itself, not of the survey: "Stand: 15.01.2024", "Datum: …".
_PAPER_DATE = re.compile(
    r"\b(?:Stand|Datum|Druckdatum|Erstellt(?:\s+am)?|Gedruckt(?:\s+am)?|Ausdruck\s+vom|Sitzung\s+vom|Eingang)\s*:?\s*(?:\w+,\s+)?$",
    re.IGNORECASE,
)
# "Umfrage des Deutschen Städtetags aus dem Jahr 2021"
_YEAR_NEAR = re.compile(r"\b(?:aus\s+dem|im|vom)\s+Jahr(?:e)?\s+((?:19|20)\d{2})\b")
_DATED_PAPER = re.compile(r"\b(?:vom|von|datiert)\s*$")


def _read_date(mn: Mention, sent: str, rel: int, rel_end: int, doc_date: str | None) -> None:
    """The survey's dates from its own sentence, the most precise reading first."""
    m = _DATE_RANGE.search(sent)
    if m:
        a = date_from_match(ANY_DATE.search(m.group("d1")))
        b = date_from_match(ANY_DATE.search(m.group("d2")))
        if a and b:
            _set_date(mn, a, b, one_line(m.group()), 5)
            return
    m = _SHORT_RANGE.search(sent)
    if m:
        month2 = int(m.group("m2")) if m.group("m2") else MONTHS[m.group("mname").lower()]
        month1 = int(m.group("m1")) if m.group("m1") else month2
        a = make_date(int(m.group("y")), month1, int(m.group("d1")))
        b = make_date(int(m.group("y")), month2, int(m.group("d2")))
        if a and b and a <= b:
            _set_date(mn, a, b, one_line(m.group()), 5)
            return
    m = _NAMED_RANGE.search(sent)
    if m:
        y2 = int(m.group("y2"))
        a = make_date(int(m.group("y1") or y2), MONTHS[m.group("mn1").lower()], int(m.group("d1")))
        b = make_date(y2, MONTHS[m.group("mn2").lower()], int(m.group("d2")))
        if a and b and a <= b:
            _set_date(mn, a, b, one_line(m.group()), 5)
            return
    dates = [(dm, date_from_match(dm)) for dm in ANY_DATE.finditer(sent)]
    dates = [(dm, d) for dm, d in dates if d and not _PAPER_DATE.search(sent, max(0, dm.start() - 30), dm.start())]
    if len(dates) == 1:
        # "am 18.09.2018", or a date on the survey word's own line; not the
        # date of a letter or a cover page elsewhere in the sentence.
        dm, d = dates[0]
        am = re.search(r"\b(?:am|vom|bis\s+zum|zum|Stichtag)\s+(?:\w+,\s+)?$", sent[: dm.start()])
        same_line = "\n" not in sent[min(rel, dm.start()):max(rel_end, dm.end())]
        # "12.12.2024 - 7 Ergebnisse der Mitarbeitendenumfrage": a date opening a heading is the meeting's
        line_start = sent.rfind("\n", 0, dm.start()) + 1
        same_line = same_line and bool(sent[line_start:dm.start()].strip())
        # "Betreuung ab 01.08.2026": when a service starts, not when people were asked
        since = re.search(r"\b(?:ab|seit|bis)\s+(?:dem\s+)?$", sent[: dm.start()])
        if am or (same_line and not since):
            text = (am.group() if am else "") + dm.group()
            # "bis zum 31.05.2024": when it ended; when it began is not said
            _set_date(mn, None if re.match(r"bis", text) else d, d, one_line(text), 4)
            return
    m = _MONTH_SLASH.search(sent)
    if m:  # "im Juni/Juli 2023"
        y = int(m.group("y"))
        m1, m2 = MONTHS[m.group("m1").lower()], MONTHS[m.group("m2").lower()]
        if m1 <= m2:
            end = make_date(y + (m2 == 12), 1 if m2 == 12 else m2 + 1, 1)
            last = (dt.date.fromisoformat(end) - dt.timedelta(days=1)).isoformat() if end else None
            _set_date(mn, make_date(y, m1, 1), last, one_line(m.group()), 3)
            return
    m = MONTH_RANGE.search(sent)
    if m:
        a, b = month_range(m)
        _set_date(mn, a, b, one_line(m.group("text")), 3)
        return
    pm = _PART_OF_YEAR.search(sent)
    if pm and abs(pm.start() - rel) <= 150 and not _PAPER_DATE.search(sent, max(0, pm.start() - 30), pm.start()):
        if pm.group("h"):
            first, last = (1, 6) if pm.group("h").lower() in ("ersten", "1.") else (7, 12)
        else:
            first, last = _PART_MONTHS[(pm.group("part") or pm.group("q")).lower()]
        y = int(pm.group("y"))
        end = make_date(y + (last == 12), 1 if last == 12 else last + 1, 1)
        last_day = (dt.date.fromisoformat(end) - dt.timedelta(days=1)).isoformat() if end else None
        _set_date(mn, make_date(y, first, 1), last_day, one_line(pm.group()), 3)
        return
    best = None
    for pm in PERIOD.finditer(sent):
        if _PAPER_DATE.search(sent, max(0, pm.start() - 30), pm.start()):
            continue
        # "Befragung vom September 2016", "Umfrage des Seniorenbeirats vom Juni 2021"
        own = re.fullmatch(r"\s*(?:(?:des|der)\s+[A-ZÄÖÜ][\wäöüß-]*\s+)?(?:vom|von)\s*", sent[rel_end:pm.start()]) is not None
        if (_DATED_PAPER.search(sent, max(0, pm.start() - 12), pm.start()) and not own) or abs(pm.start() - rel) > 150:
            continue  # "Antrag … vom Mai 2019": the date of a paper, not of the survey
        a, b = period_range(pm, doc_date)
        if a:
            rank = 3 if pm.group("name").lower().rstrip(".") in MONTHS else 2
            dist = abs(pm.start() - rel)
            if best is None or dist < best[0]:
                best = (dist, a, b, one_line(pm.group()), rank)
    if best:
        _set_date(mn, *best[1:])
        return
    # A year next to the survey word ("Bürgerumfrage 2013", "Befragung im Jahr 2000")
    # or "diesjährige Umfrage".
    after = sent[rel_end: rel_end + 40]
    ym = re.match(r"\s*(?:im\s+Jahr(?:e)?\s+|von\s+|aus\s+(?:dem\s+Jahr(?:e)?\s+)?)?((?:19|20)\d{2})\b", after)
    if not ym:
        ym = re.match(r"\s*zu[mr]?\s+[^.;\n]{0,40}?\bim\s+Jahr(?:e)?\s+((?:19|20)\d{2})\b", after)
    if not ym:
        # "Befragung zur Wohnzufriedenheit 2021", "Befragung zum Radverkehr 2019"
        ym = re.match(r"\s*zu[mr]?\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\wäöüß-]*\s+((?:19|20)\d{2})\b(?![.:)/-]\d?)", after)
    if ym:
        y = int(ym.group(1))
        text = one_line(sent[rel: rel_end + ym.end()]) if ym.start(1) - ym.start() < 3 else one_line(ym.group().strip())
        _set_date(mn, make_date(y, 1, 1), make_date(y, 12, 31), text, 1)
        mn.year = y
        return
    ym = _YEAR_NEAR.search(sent, rel_end, rel_end + 100)
    if ym:
        y = int(ym.group(1))
        _set_date(mn, make_date(y, 1, 1), make_date(y, 12, 31), one_line(ym.group()), 1)
        return
    rm = _RELATIVE_YEAR.search(sent) if doc_date else None
    if rm and abs(rm.start() - rel) <= 120:
        y = int(doc_date[:4]) - (0 if rm.group("this") else 1)
        _set_date(mn, make_date(y, 1, 1), make_date(y, 12, 31), one_line(rm.group()), 1)
        return
    if doc_date and re.search(r"\bdiesjährige\w*\s+(?:[\wäöüß-]+\s+)?$", sent[:rel]):
        y = int(doc_date[:4])
        mn.year = y
        _set_date(mn, make_date(y, 1, 1), make_date(y, 12, 31), None, 1)
        mn.period_text = None


def _set_date(mn: Mention, a: str | None, b: str | None, text: str | None, rank: int) -> None:
    mn.date_start, mn.date_end, mn.period_text, mn.date_rank = a, b, text, rank
    if a:
        mn.year = int(a[:4])
