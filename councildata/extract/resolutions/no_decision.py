"""Whose decision a sentence tells, and sentences that tell no decision of a council.

A sentence's subject body ("Der Rat …", not "an den Ausschuss"), and the
precision side of ``resolution.sentence`` and the rules built on it: laws of
parliaments above the municipality, decisions of outside bodies (clubs,
parties, courts, ministries, the electorate), decisions only told (history,
sub-clauses, a competence), a firm commissioned.
"""

from __future__ import annotations

import re

from ..common import BODY_NAME, body_name
from ..text import one_line, sentences
from ..votes import has_vote
from .patterns import SUBJECT, _agrees


# "in die Verbandsversammlung", "an den Ausschuss": a body after a preposition is no subject.
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|an|für|gegenüber|über|durch|bei|mit|von|zu|auf|vor|aus|nach)\s*$", re.IGNORECASE)


def _subject_body(sent: str) -> str | None:
    for m in SUBJECT.finditer(sent):
        if _PREPOSITION_BEFORE.search(sent, max(0, m.start() - 20), m.start()):
            continue
        if _agrees(m):
            return body_name(one_line(m.group("body")))
    return None


# Parliaments and governments above the municipality; their decisions are laws.
_HIGHER_LEGISLATURE = re.compile(
    r"(?:Bundestag|Bundesrat|Landtag|Abgeordnetenhaus|Bundesregierung|Landesregierung|Bundeskabinett"
    r"|Europäische[ns]?\s+Parlament|Europaparlament)(?:e?s)?\b"
)


# Elected INTO the council (or district assembly) by the citizens: "Frau X wurde
# 2019 erneut in den Gemeinderat gewählt". The council elects into other bodies.
_ELECTED_INTO_COUNCIL = re.compile(
    r"\bin\s+(?:den|die)\s+(?:(?:Markt)?(?:Gemeinde|Stadt|Ortschafts|Orts|Kreis)?rat|Kreistag|Bezirkstag"
    r"|Stadtverordnetenversammlung|Gemeindevertretung|Bezirksvertretung)\s+(?:(?:neu|erneut|wieder|erstmals)\s+)?"
    r"(?:gewählt|gewaehlt|wiedergewählt)\b"
)
# A firm told as commissioned in the past passive ("Mit der Erhebung wurde die X GbR
# beauftragt"): how work was given out, not a decision of a body (none named, no vote).
_FIRM_COMMISSIONED = re.compile(
    r"\b(?:wurde|wurden|war|waren)\b[^.]{0,120}?\b(?:GmbH|mbH|GbR|AG|KG|OHG|PartG|PartGmbB|Ingenieurbüro"
    r"|Planungsbüro|Architekturbüro|Büro|Institut|Firma)\b[^.]{0,80}?\bbeauftragt\b"
)
_BODY_AGENT = re.compile(rf"\b(?:durch|von|vom)\s+(?:den|dem|die|der)?\s*{BODY_NAME}")
# An earlier decision told as background in the pluperfect ("2001 hatte der Rat das
# Konzept beschlossen", "Der Plan war 2015 beschlossen worden"); no comma in between,
# so that "Nachdem der Ausschuss zugestimmt hatte, hat der Rat … beschlossen" stays.
_HAD_DECIDED = re.compile(
    r"\b(?:hatte|hatten)\b[^.,;]{0,160}?\b(?:beschlossen|abgelehnt|zugestimmt|angenommen|vertagt|verwiesen"
    r"|genehmigt|gebilligt|befürwortet|verabschiedet)\b(?!\s+(?:hat|haben|wird|werden)\b)"
    r"|\b(?:war|waren)\b[^.,;]{0,160}?\b(?:beschlossen|abgelehnt|angenommen|vertagt|verwiesen|genehmigt"
    r"|gebilligt|befürwortet|verabschiedet)\s+worden\b"
)
# A letter moving something ("hiermit beantrage ich …", "Wir beantragen …"): a motion, not its decision.
_PETITION = re.compile(r"\b(?:beantrage|beantragen)\s+(?:ich|wir)\b|\b(?:[Ii]ch|[Ww]ir)\s+(?:beantrage|beantragen)\b")


# What a body decides on, stated as its competence (a statute paraphrased): the
# object an indirect question ("Nach § 1 der Hauptsatzung beschließt der Rat,
# in welcher Zeitung bekannt gemacht wird", "entscheidet der Ausschuss darüber,
# ob …"), not a decision taken ("beschließt wie folgt" is one).
_COMPETENCE = re.compile(
    r"\b(?:beschließt|beschliesst|beschließen|entscheidet|entscheiden|bestimmt|bestimmen)\b[^.,;:]{0,80}?,\s*(?:darüber,\s*)?"
    r"(?:in\s+welche[mnrs]?|welche[mnrs]?|ob|wann|wer|wen|wo|wohin|inwieweit|in\s+welchem\s+Umfang|wie(?!\s+folgt))\b"
    r"|\b(?:beschließt|beschliesst|entscheidet)\b[^.,;:]{0,60}?\bdarüber,\s*(?:ob|wie|wann|welche)\b"
)


_QUESTION_AFTER_COMMA = re.compile(r",\s*(?:darüber,\s*)?(?:in\s+welch|welch|ob\b|wann\b|wer\b|wen\b|wo\b|wohin\b|inwieweit\b|wie\b)")


# The opening's formalities the chair states: "stellt die ordnungsgemäße Ladung und die
# Beschlussfähigkeit fest", "Die Beschlussfähigkeit wird festgestellt".
_OPENING_STATED = re.compile(
    r"\b(?:Beschlussfähigkeit|Beschlussfaehigkeit|(?:ordnungsgemäße|ordnungsgemäßen|form-\s+und\s+fristgerechte[n]?"
    r"|fristgerechte[n]?|rechtzeitige[n]?)\s+(?:Ladung|Einladung|Einberufung))\b[^.]{0,80}?\bfest(?:gestellt)?\b"
)


def _not_a_decision(sent: str) -> bool:
    """Sentences worded like a decision that tell something else: a person
    elected by the citizens, a firm commissioned, an earlier decision
    recounted, a motion's own request."""
    if _ELECTED_INTO_COUNCIL.search(sent) or _HAD_DECIDED.search(sent) or _PETITION.search(sent) or _OPENING_STATED.search(sent):
        return True
    if "," in sent and _QUESTION_AFTER_COMMA.search(sent) and _COMPETENCE.search(sent):
        return True
    if _HISTORY.search(sent) or _only_in_subclauses(sent) or not_a_council_decision(sent):
        return True
    return bool(_FIRM_COMMISSIONED.search(sent) and not has_vote(sent) and not _BODY_AGENT.search(sent))


# Who decides outside the council and its committees: assemblies of members,
# citizens or owners, clubs, parties and groups, the fire brigade, courts,
# ministries and supervising authorities, the electorate.
_OUTSIDE_BODY = (
    r"(?:Mitglieder|Jahreshaupt|Haupt|Bürger|Buerger|Einwohner|Eltern|Delegierten|Gesellschafter|Eigentümer"
    r"|Vereins|Wähler|Partei|Verbands(?=mitglieder))versammlung"
    r"|Eltern(?:bei)?rat|Schülerrat|Betriebsrat|Personalrat|Aufsichtsrat|Verwaltungsrat|Stiftungsrat"
    r"|Kirchenvorstand|Kirchengemeinderat|Pfarrgemeinderat|Presbyterium"
    r"|(?:Kreis|Landes|Bundes)?[Pp]arteitag|Vorstand|Ortsverband|Kreisverband|Landesverband|Verein|Förderverein"
    r"|(?:[A-ZÄÖÜ][\wäöüß]*-)?Fraktion(?:en)?|Feuerwehr\w*|Wehrversammlung|Jugendfeuerwehr"
    r"|{_DECIDERS_OUTSIDE}"
)
# Those of them that decide rather than move: a group, a club or the fire brigade
# named as the one who asked ("von der CDU-Fraktion beantragt") is no decider.
_DECIDERS_OUTSIDE = (
    r"(?:Mitglieder|Jahreshaupt|Haupt|Bürger|Buerger|Einwohner|Eltern|Delegierten|Gesellschafter|Eigentümer"
    r"|Vereins|Wähler|Partei)versammlung"
    r"|\w*[Gg]ericht(?:shof)?|\w*[Mm]inisterium|Ministerin|Minister|Aufsichtsbehörde|Kommunalaufsicht|Rechtsaufsicht"
    r"|Landratsamt|Regierungspräsidium|Bezirksregierung|Landesverwaltungsamt"
    r"|Bürgerentscheid\w*|Bürgerbegehren\w*|Volksentscheid\w*|Ratsbürgerentscheid\w*"
    r"|(?<!Freie\s)(?<!Freien\s)Wähler(?:innen)?|Wählerschaft|Wahlberechtigten|Bürgerinnen\s+und\s+Bürger|Einwohnerinnen\s+und\s+Einwohner"
)
_OUTSIDE_BODY = _OUTSIDE_BODY.replace("{_DECIDERS_OUTSIDE}", _DECIDERS_OUTSIDE)
# The subject of a decision verb is one of them: "Die Mitgliederversammlung des
# Vereins wählte …", "Die CDU-Fraktion beschloss …", "Das Verwaltungsgericht hat … abgelehnt".
_OUTSIDE_SUBJECT = re.compile(
    rf"^[\W\d]*(?:(?:Auch|Zuvor|Dann|Danach|Anschließend|Bereits|Zudem)\s+)?(?:Die|Der|Das)\s+(?:[\wäöüß-]+\s+){{0,2}}?"
    rf"(?:{_OUTSIDE_BODY})(?:\s+(?:des|der|von)\s+[^.,;]{{1,60}}?)?\s+"
    r"(?:hat|hatte|haben|hatten|beschloss|beschlossen|beschließt|beschliessen|wählte|wählten|wählt|wählen|stimmte|stimmten"
    r"|stimmt|stimmen|lehnte|lehnten|lehnt|lehnen|sprach|sprachen|spricht|sprechen|entschied|entschieden|entscheidet"
    r"|genehmigte|genehmigt|billigte|billigt|bestätigte|bestätigt|votierte|votierten|befürwortete|befürwortet|einigte|einigten)\b"
)
# Named in the sentence as the one that decided or voted: "Beim Bürgerentscheid wurde
# … angenommen", "wurde in der Jahreshauptversammlung gewählt", "vom Verwaltungsgericht".
_OUTSIDE_NAMED = re.compile(
    rf"\b(?:[Bb]eim|[Ii]m|[Ii]n\s+der|[Ii]n\s+einer|[Vv]om|[Vv]on\s+der|[Vv]on\s+den|[Dd]urch\s+den|[Dd]urch\s+die"
    rf"|[Dd]urch\s+das|[Bb]ei\s+der|[Aa]uf\s+der|[Ss]eitens\s+der)\s+(?:[\wäöüß-]+\s+){{0,2}}?(?:{_DECIDERS_OUTSIDE})\b"
    r"(?![^.]{0,60}?\b(?:beantragt|vorgeschlagen|angeregt|eingebracht|gestellt|vorgelegt|eingereicht|empfohlen)\b)"
)
# The mover withdrawing its motion: "Der Antrag wurde von der CDU-Fraktion zurückgezogen".
_WITHDRAWN_BY_MOVER = re.compile(r"\bzurückgezogen\b|\b(?:zieht|ziehen|zog|zogen)\b[^.]{0,120}?\bzurück\b")
_COUNCIL_NAMED = re.compile(
    rf"\b(?:vom|von\s+der|vom\s+dem|durch\s+den|durch\s+die|im|in\s+der)\s+(?:[\wäöüß-]+\s+)?{BODY_NAME}"
)


_OUTSIDE_WHOLE = re.compile(rf"(?:{_OUTSIDE_BODY})")
_OUTSIDE_BEFORE = re.compile(
    r"\b(?:Mitglieder|Jahreshaupt|Haupt|Bürger|Einwohner|Delegierten|Vereins|Wehr)versammlung\b|\bBürgerentscheid"
)


def not_a_council_decision(sent: str) -> bool:
    """A decision told of someone outside the council's bodies: a club's or a
    party's, the fire brigade's, a court's, a ministry's, the citizens'."""
    if _WITHDRAWN_BY_MOVER.search(sent):
        return False
    if _OUTSIDE_SUBJECT.search(sent):
        return True
    m = _OUTSIDE_NAMED.search(sent)
    if m is None or _COUNCIL_NAMED.search(sent.replace(m.group(), " ")):
        return False
    # "Der Stadtrat bestätigte die von der Jahreshauptversammlung getroffene Wahl": the council decides
    subj = _subject_body(sent)
    return subj is None or _OUTSIDE_WHOLE.fullmatch(subj) is not None


def tells_no_council_decision(passage: str) -> bool:
    """Whether every sentence of ``passage`` that names a decision tells
    one of someone outside the council, or only tells of one (history, a
    clause): "Die Vorsitzende teilt mit, dass das Gericht … abgewiesen hat.
    Beim Bürgerentscheid wurde … abgelehnt."."""
    told = [passage[a:b] for a, b in sentences(passage)]
    told = [t for t in told if _DECISION_VERB.search(t)]
    return bool(told) and all(
        not_a_council_decision(t) or _HISTORY.search(t) or _only_in_subclauses(t) for t in told
    )


# An earlier decision told as history: "Damals hatte …", "seinerzeit beschlossen",
# "Bereits im Jahr 2018 hat der Stadtrat beschlossen", "schon 2019".
_HISTORY = re.compile(
    r"\b(?:[Dd]amals|[Ss]einerzeit|[Ee]inst|[Vv]ormals|[Ss]eit\s+(?:dem|seinem|ihrem)\s+Beschluss)\b"
    r"|\b(?:[Bb]ereits|[Ss]chon|[Uu]rsprünglich)\s+(?:(?:im|in\s+den)\s+(?:Jahr(?:en)?\s+)?|vor\s+)?"
    r"(?:(?:19|20)\d\d(?!\d)|\w+\s+Jahren)"
)
# Clauses that tell of a decision without recording it: a relative clause
# ("die Satzung, die der Stadtrat 2016 beschlossen hat"), a clause of
# comparison, time or condition ("Wie im März beschlossen, …", "Nachdem der
# Ausschuss zugestimmt hatte, …", "…, sofern der Rat nichts anderes
# beschließt"). The clause runs to the next comma or the end.
_SUBCLAUSE = re.compile(
    r"(?:^|[,:–])\s*(?:(?:die|der|das|den|dem|deren|dessen|welche[nrms]?|was|wo(?:mit|rüber|für|nach))(?=\s)"
    r"(?=[^,;]{0,160}?\b(?:hat|hatte|haben|hatten|ist|war|sind|waren|wurde|wurden|worden|[a-zäöüß]+te[n]?)\s*(?:[,;.]|$))"
    # (after a dash "Da" is an adverb: "– Da ist eine Mehrheit dafür –")
    # a condition: "…, sofern nicht der Rat etwas anderes beschließt", "falls der Ausschuss zustimmt"
    r"|(?<![:–]\s)(?<![:–])(?:[Ww]ie|[Nn]achdem|[Ss]eit(?:dem)?|[Aa]ls|[Oo]bwohl|[Ss]obald|[Bb]evor|[Dd]a|[Ww]eil|dass|daß"
    r"|[Ss]ofern|[Ff]alls|[Ss]oweit|[Ww]enn|es\s+sei\s+denn)(?=\s))"
    r"[^,;]*"
)
_DECISION_VERB = re.compile(
    r"\b(?:beschl\w+|(?:zu)?(?:ge)?stimm(?:t|te|ten|en)?|zugestimmt|(?:ab)?lehn\w*|abgelehnt|angenommen|genehmig\w*"
    r"|vertag\w*|verwie\w*|überwie\w*|verweist|empf(?:ahl|iehlt|ohlen)|gewählt|wählte|wählt|bestätig\w*|gebilligt|billigt\w*"
    r"|verabschiede\w*|Kenntnis|entschied\w*|gefasst|fasste\w*|befürwort\w*|entsprochen|gefolgt|beauftragt\w*)\b"
)


def _only_in_subclauses(sent: str) -> bool:
    """Whether every decision verb of ``sent`` stands in a clause that tells of
    a decision without recording it (relative, comparison, time)."""
    verbs = [m.start() for m in _DECISION_VERB.finditer(sent)]
    if not verbs:
        return False
    clauses = [(m.start(), m.end()) for m in _SUBCLAUSE.finditer(sent) if m.end() > m.start()]
    if not clauses:
        return False
    return all(any(a <= v < b for a, b in clauses) for v in verbs)
