"""The words and patterns the resolution rules share: labels of decision
and vote blocks, sentence subjects and verbs."""

from __future__ import annotations

import re

from ..common import BODY_NAME
from ..dates import DATE_PATTERN



_DATE = DATE_PATTERN
_NO_VOTES = {"unanimous": None, "votes_yes": None, "votes_no": None, "votes_abstain": None}


# Labels of decision and vote blocks

# "Beschluss:", "Beschlussvorlage / Vorschlag an den Ortschaftsrat:",
# "Beschlussantrag (Kurzfassung)", "Petitum/Beschluss:"
DECISION_LABEL = re.compile(
    r"^(?P<bullet>[-•][ \t]*)?"
    # several decisions of one item, each with its vote: "1. Beschluss:"
    r"(?:(?P<ordinal>\d{1,2})\.[ \t]+(?=Beschluss[ \t]*(?::|$)))?"
    r"(?P<label>Beschlusstext|Beschlussfassung|Beschluss|Beschlussvorlage|Beschlussvorschlag"
    r"|Beschlussantrag|Beschlussempfehlung|Petitum(?:\s*/\s*Beschluss)?"
    r"|Antrag an (?:den|die|das) [^\n:]{2,40})"
    # "Beschluss 2:", "Beschlussvorschlag II:", "Beschluss Nr. 3:"
    r"(?:(?:(?<=Beschluss)|(?<=vorschlag))[ \t]+(?:Nr\.[ \t]*)?(?P<number>\d{1,2}|[IVX]{1,4})\b(?=[ \t]*:))?"
    # "Beschluss zum Antrag der SPD:", "Beschluss zu Ziffer 2:" (the label may wrap)
    r"(?:(?<=Beschluss)[ \t]+(?:zu[mr]?|über)[ \t]+[^\n:]{2,60}?(?:\n[^\n:]{1,40}?)?(?=[ \t]*:))?"
    r"(?:[ \t]*\([^)\n]{0,40}\))?(?:[ \t]*/[ \t]*[^\n:]{0,60})?[ \t]*(?::|$)[ \t]*",
    re.MULTILINE,
)
_DECISION_PREFIXES = (
    "Beschluss", "Petitum", "Antrag an", "- Beschluss", "• Beschluss", *(f"{n}. Beschluss" for n in range(1, 13)),
)
_VOTE_PREFIXES = ("Abstimmung", "Ergebnis der Abstimmung", "ABSTIMMUNG", "Beratungsergebnis", "BERATUNGSERGEBNIS",
                  "Stimmabgabe", "Stimmergebnis", "Abst.")
_FINAL_LABELS = ("beschluss", "beschlusstext", "beschlussfassung")
# "Abstimmungsergebnis:", "Abstimmungsergebnis (am 27. Januar 2010):"
VOTE_LABEL = re.compile(
    # a label may be set in capitals: "ABSTIMMUNGSERGEBNIS: Einstimmig"
    # ("Beratungsergebnis: 6 Ja-Stimmen, 0 Gegenstimmen": the count line of Lower Saxony's session systems)
    r"^(?:Abstimmungsergebnis(?:se)?|Abstimmungsverhalten|Ergebnis\s+der\s+Abstimmung|Abstimmung"
    r"|Beratungsergebnis|ABSTIMMUNGSERGEBNIS(?:SE)?|ABSTIMMUNG|BERATUNGSERGEBNIS"
    # "Stimmabgabe: 7 Ja-Stimmen, 3 Nein-Stimmen"
    r"|Stimmabgabe|Stimmergebnis|Abst\.[ \t-]?[Ee]rgebnis)"
    # one vote per part of a lettered or numbered decision: "Abstimmungsergebnis zu A:"
    r"(?:[ \t]+zu[ \t]+(?:(?:Ziffer|Punkt|Nr\.)[ \t]*)?(?P<part>[A-H]|\d{1,2})\.?(?=[ \t]*[:(]))?"
    # the paper voted on by its number: "Abstimmungsergebnis zu 47052014:", "Abstimmung zu BV 12/2025:"
    r"(?:[ \t]+zu[ \t]+(?:(?:Vorlage|Drucksache|DS|BV|Beschlussvorlage)[ \t]*)?(?=[\w/.-]*\d{3})[\w/.-]{3,30}(?=[ \t]*:))?"
    # whom an election's vote is on: "Abstimmungsergebnis zum 2. Stellvertreter:"
    r"(?:[ \t]+(?:zum|zur)[ \t]+(?:\d\.[ \t]*)?[A-ZÄÖÜ][^\n:]{2,50}?(?=[ \t]*:))?"
    # what is voted on: "Abstimmung über den Änderungsantrag der Fraktion X:"
    r"(?:(?<=Abstimmung)[ \t]+über[ \t]+(?P<about>[^\n:]{2,80}?)(?=[ \t]*:))?"
    r"(?:[ \t]*\((?P<paren>[^)\n]{0,60})\))?[ \t]*(?::|$)[ \t]*",
    re.MULTILINE,
)
# A line of a vote block with its own label: "Ziffer 1:", "TOP 10.2 und
# 10.5:", "Änderungsantrag FW|FÜR:", "Unveränderte Beschlussvorlage:".
_LINE_LABEL = re.compile(r"^(?P<label>[^:\n]{2,60}?):\s+(?=\S)")
# A named vote's lists of who voted how ("Namentliche Abstimmung", "mit Ja stimmten: A, B, …"):
# the one vote's record, not votes of their own.
NAMED_VOTERS = re.compile(
    r"[ \t]*(?:Namentliche\s+Abstimmung\b|(?:[Mm]it\s+)?(?:Ja|Nein|JA|NEIN)\s+(?:stimmten|stimmen|haben\s+gestimmt)\b"
    r"|(?:Der\s+Stimme\s+enthielten\s+sich|Stimmenthaltung\s+übten)\b)"
)
_SUBITEM_LABEL = re.compile(r"^(?:TOP|Punkt|Nr)")
_SUBITEMS = re.compile(r"\b\d{1,3}\.(\d{1,3})\b")
_MAIN_LABEL = re.compile(r"Vorlage|Beschluss")
_MOTION_LABEL = re.compile(r"antrag", re.IGNORECASE)


# Sentences

# Word stems one of which a decision sentence has; sentences without are skipped.
_HINTS = (
    # (" stimmen ", " fasst " with their spaces: not "Ja-Stimmen", "umfasst", "befasst")
    "beschl", "stimmt", " stimmen ", "lehnt", " lehnen ", "kenntnis", "vertag", "verwies", "verweis", "überwies", "überweis",
    "empfahl", "empfiehlt", "empfohlen", "empfehlen", "beauftrag", "regelte", "entschied", "fasste", " fasst ",
    "wählt", "waehlt", "bestätig", "geschoben", "ermächtigt", " zurück.", "befürwort", "verschoben", "gefolgt", "verabschiedet", "vergeben", "abgestimmt", "tagesordnung genommen", "benann", "entsand", "bestellt", "genehmig", "zurückge", "zurückverw", "angenommen", "billigt", "sich für",
    # assent to a motion, a repeal, a vote told by its noun: "Dem Antrag wird stattgegeben",
    # "schließt sich dem Vorschlag an", "Die Satzung wurde aufgehoben", "Die Wahl erfolgt einstimmig"
    "stattgegeben", "schließt sich", "schliesst sich", "schliessen sich", "schloss sich", "schlossen sich", "schließen sich", "angeschlossen",
    "aufgehoben", "zustimmung", "wahl erfolg", "bestellung erfolg", "berufung erfolg", "benennung erfolg",
    "zurückzu", "verständigt", "einvernehmen", "einigt", "spricht sich", "sprach sich", "sprachen sich", "sprechen sich", "abgesetzt",
    # a report's verbs: "gab grünes Licht", "segnete ab", "votierte gegen", "fand keine Mehrheit",
    # "scheiterte", "kam nicht durch", "folgte der Empfehlung"
    "grünes licht", "gruenes licht", "segne", "votier", "mehrheit", "scheiter", "nicht durch", "folgt",
    # "stellt den Jahresabschluss fest und erteilt Entlastung"
    "entlastung", " fest ", " fest.",
    "okay", "plazet", "den auftrag", " durch.", " durch,", "benenn", "entsend", "beruf", "berief", "gewaehlt", "entsproch", "gestrichen", "ausgesprochen", "durchsetz",
)


def _find_all(low: str, stem: str) -> list[int]:
    out = []
    i = low.find(stem)
    while i >= 0:
        out.append(i)
        i = low.find(stem, i + 1)
    return out


def _hint_positions(text: str) -> list[int]:
    low = text.lower()
    return sorted(i for stem in _HINTS for i in _find_all(low, stem))


_ART = r"(?P<art>[Dd]er|[Dd]ie|[Dd]as)"
# "der Musterstädter Gemeinderat", "Der Sozialausschuss", "die Bezirksversammlung"
SUBJECT = re.compile(
    rf"(?<![\w-]){_ART}\s+(?:(?:[A-ZÄÖÜ][a-zäöüß]+(?:er|e|en)|neue|zuständige)\s+)?(?P<body>{BODY_NAME})"
)
_FEMININE = re.compile(r"(?:versammlung|kommission|konferenz|vertretung)\b", re.IGNORECASE)
_NEUTER = re.compile(r"(?:gremium|plenum|kollegium)s?\b", re.IGNORECASE)
# A body's members as the subject: "Die Mitglieder des Ausschusses", "die anwesenden Ratsmitglieder".
MEMBERS = re.compile(
    r"(?<![\w-])[Dd]ie\s+(?:(?:anwesenden|stimmberechtigten|\d{1,3})\s+)?(?P<members>Mitglieder|Ausschussmitglieder|Ratsmitglieder"
    rf"|Kreistagsmitglieder|Stadtverordneten|Gemeindevertreter(?:innen)?|Bezirksverordneten"
    # the councillors by their title: "Die Stadträte stimmten … zu", "die Kreisräte lehnten … ab"
    r"|(?:Stadt|Gemeinde|Kreis|Orts|Ortschafts|Markt|Bezirks)?(?:räte|raete|rätinnen|raetinnen)(?:\s+und\s+\w*[Rr](?:ä|ae)te)?"
    r"|Kreistagsabgeordneten|Abgeordneten)"
    rf"(?:\s+(?:des|der)\s+(?P<body>{BODY_NAME}))?"
)
# The body whose members the councillors' title names.
MEMBERS_BODY = {
    "stadträte": "Stadtrat", "stadträtinnen": "Stadtrat", "gemeinderäte": "Gemeinderat", "gemeinderätinnen": "Gemeinderat",
    "kreisräte": "Kreistag", "kreisrätinnen": "Kreistag", "kreistagsmitglieder": "Kreistag",
    "kreistagsabgeordneten": "Kreistag", "ortsräte": "Ortsrat", "ortschaftsräte": "Ortschaftsrat",
    "marktgemeinderäte": "Marktgemeinderat", "bezirksräte": "Bezirksrat", "stadtverordneten": "Stadtverordnetenversammlung",
    "gemeindevertreter": "Gemeindevertretung", "gemeindevertreterinnen": "Gemeindevertretung",
    "bezirksverordneten": "Bezirksverordnetenversammlung", "marktgemeinderat": "Marktgemeinderat",
}
MEMBERS_BODY.update({k.replace("ä", "ae"): v for k, v in list(MEMBERS_BODY.items()) if "ä" in k})
_PRONOUN_SUBJECT = re.compile(
    r"^(?:\S+\s+){0,6}?(?:Er|Sie|er|sie)\s+(?:hat|hatte|beschloss|stimmte|lehnte|empfahl|nahm)\b"
)
# "der Empfehlung der Kunstkommission": a body after a noun is no subject.
_NOUN_BEFORE = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+(?:ung|ergebnis(?:ses)?|es|s)\s*$")
_CLAUSE_START = re.compile(
    r"(?:^|[,;:–]\s*|\b(?:hat|hatte|beschloss|stimmte|lehnte|nahm|empfahl|regelte|entschied|ist|war"
    r"|wurde)\s+)\s*$"
)

# "folgte der Empfehlung des Ausschusses", "folgt dem Vorschlag der Verwaltung"
_FOLLOWED = (
    r"(?=\s+(?:[\wäöüß]+\s+){0,3}?(?:dem|der|den)\s+(?:[\wäöüß-]+\s+)?(?:Empfehlung|Beschlussempfehlung"
    r"|Vorschlag|Beschlussvorschlag|Antrag|Votum|Vorlage)\b)"
)
# "schließt sich dem Vorschlag der Verwaltung an", "schlossen sich der Empfehlung einstimmig an"
_JOINED = (
    r"(?=\s+(?:[\wäöüß]+\s+){0,3}?(?:dem|der|den|diesem|dieser)\s+(?:[\wäöüß-]+\s+)?(?:Empfehlung|Beschlussempfehlung"
    r"|Vorschlag|Beschlussvorschlag|Antrag|Votum|Vorlage|Stellungnahme|Auffassung|Meinung)\b[^.]{0,120}?\ban\b)"
)
# "gab grünes Licht für …", "gab sein Okay", "gab die Zustimmung"
_GIVES_ASSENT = (
    r"(?=[^.]{0,60}?\b(?:grünes|gruenes|grüne|grünen)\s+Licht\b|[^.]{0,40}?\b(?:Okay|OK|Plazet|Zustimmung"
    r"|Segen|Auftrag)\b)"
)
# Finite verbs of a decision in the past, and the perfect.
_PAST = re.compile(
    r"\b(?:beschloss|beschlossen|stimmte|stimmten|lehnte|lehnten|nahm|nahmen|vertagte|verwies|überwies|empfahl|beauftragte"
    r"|regelte|entschied|fasste|fassten|wählte|waehlte|wählten|berief|beriefen|befürwortete|befürworteten|benannte|entsandte|bestellte|bestätigte|genehmigte|sprach\s+sich|sprachen\s+sich|verständigte\s+sich"
    r"|einigte\s+sich|(?:erteilte|erteilten|versagte|versagten)(?=[^.\n]{0,60}\b(?:Einvernehmen|Entlastung)\b)"
    r"|(?:stellte|stellten)(?=[^.\n]{0,80}\bfest\b)"
    # a report's verbs: "billigte", "segnete … ab", "votierte für", "verabschiedete",
    # "folgte der Empfehlung", "gab grünes Licht", "fand keine Mehrheit"
    r"|billigte|billigten|segnete|segneten|votierte|votierten|verabschiedete|verabschiedeten"
    rf"|(?:folgte|folgten){_FOLLOWED}|(?:schloss|schloß|schlossen)\s+sich{_JOINED}"
    rf"|(?:gab|gaben){_GIVES_ASSENT}"
    r"|(?:fand|fanden)(?=[^.\n]{0,60}\bMehrheit\b))\b"
)
_PERFECT = re.compile(
    r"\b(?:hat|hatte|haben|hatten)\b[\s\S]{0,200}?\b(?:beschlossen|zugestimmt|abgelehnt|genommen|vertagt"
    r"|verwiesen|überwiesen|empfohlen|beauftragt|gefasst|entschieden|gewählt|bestätigt|genehmigt"
    r"|zurückgestellt|zurückgezogen|verabschiedet|gebilligt|abgesegnet|votiert|ausgesprochen|angeschlossen"
    # "hat das gemeindliche Einvernehmen versagt" (§ 36 BauGB)
    r"|(?<=Einvernehmen\s)(?:erteilt|versagt))\b"
    # the perfect with "sein": "Der Rat ist dem Vorschlag der Verwaltung gefolgt"
    r"|\b(?:ist|sind|war|waren)\b[^.;]{0,200}?\bgefolgt\b"
)
_PRESENT = re.compile(
    r"\b(?:beschließt|beschliesst|stimmt|stimmen|lehnt|lehnen|nimmt|nehmen|vertagt|verweist|überweist|empfiehlt|beauftragt"
    r"|bestätigt|genehmigt|wählt|waehlt|befürwortet|befürworten|benennt|entsendet|entscheidet|fasst|spricht\s+sich|sprechen\s+sich|billigt|zieht"
    r"|bestellt|beruft|benennen|entsenden|bestellen|berufen|wählen"
    r"|verständigt\s+sich|einigt\s+sich"
    # "stellt die Entscheidung bis zur Ortsbesichtigung zurück"
    r"|(?:stellt|stellen)(?=[^.]{0,100}\bzurück\b)"
    # building law (§ 36 BauGB): "Der Gemeinderat erteilt das gemeindliche Einvernehmen"
    r"|(?:erteilt|erteilen|versagt|versagen)(?=[^.\n]{0,60}\b(?:Einvernehmen|Entlastung)\b)"
    # "stellt den Jahresabschluss fest"
    r"|(?:stellt|stellen)(?=[^.\n]{0,80}\bfest\b)"
    r"|billigen|segnet|segnen|votiert|votieren|verabschiedet|verabschieden"
    rf"|(?:schließt|schliesst|schließen|schliessen)\s+sich{_JOINED}"
    rf"|(?:folgt|folgen){_FOLLOWED}|(?:gibt|geben){_GIVES_ASSENT}"
    r"|(?:findet|finden)(?=[^.\n]{0,60}\bMehrheit\b))\b"
)
# Not a decision taken: a request, a wish, a possibility, a question, a future.
_NOT_TAKEN = re.compile(
    # (the spellings before 1996 too: "muß", "müßte")
    r"\b(?:möge|mögen|möchte|möchten|soll|solle|sollte|sollen|sollten|bittet|gebeten|könnte|könnten|werde|könne|müsse"
    r"|würde|würden|müsste|müssten|müßte|müßten|wolle|zu\s+beschließen|zu\s+beschliessen|zu\s+entscheiden)\b|\?"
    r"|\b(?:kann|können|muss|muß|müssen|wird|werden|will|wollen|hat|haben)\s+(?:[\wäöüß§.]+\s+){0,8}?"
    r"(?:zu\s+)?(?:beschließen|beschliessen|zustimmen|ablehnen|entscheiden|beraten|vertagen|empfehlen|befassen)\b"
    # a session to come: "Am Donnerstag beschließt der Stadtrat …", "in seiner nächsten Sitzung"
    # ("vertagt auf die nächste Sitzung" is a decision taken)
    r"|\b(?:beschließt|beschliesst|entscheidet|berät|befasst\s+sich|stimmt)\b[^.]{0,80}?\b(?:morgen|übermorgen|demnächst"
    r"|(?:in|bei)\s+(?:der|seiner|ihrer)\s+(?:nächsten|kommenden)\s+Sitzung|(?:nächste|kommende)\s+Woche|heute\s+Abend"
    # a weekday without a date: the session ahead ("beschließt am Dienstag den Haushalt")
    r"|am\s+(?:kommenden\s+)?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag)(?!,?\s*(?:den\s+)?\d))\b"
    r"|\b[Aa]m\s+(?:kommenden\s+)?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\s+"
    r"(?:beschließt|entscheidet|berät|stimmt|wählt|befasst)\b"
    # "… muss im Dezember noch beschlossen werden": still to be decided
    r"|\b(?:beschlossen|genehmigt|abgelehnt|zugestimmt|vertagt|angenommen|verwiesen|entschieden|verabschiedet"
    r"|gewählt|entsprochen)\s+werden\b",
)
# A motion voted on beside the item's Beschluss: an amendment (voted on
# before the main motion) or a procedural motion ("Antrag zur
# Geschäftsordnung auf Vertagung", "GO-Antrag auf Schluss der Debatte").
SIDE_MOTION = re.compile(
    r"(?:Änderungs|Ergänzungs|Zusatz|Geschäftsordnungs|GO-)[Aa]ntr(?:ag|äge)|Antr(?:ag|äge)\s+zur\s+Geschäftsordnung"
    r"|Antrag\s+auf\s+(?:Vertagung|Schluss|Absetzung|Verweisung|Unterbrechung|Ende|Nichtbefassung|Sitzungsunterbrechung"
    # how to vote: "Antrag auf geheime Abstimmung", "Antrag auf namentliche Abstimmung"
    r"|(?:geheime|namentliche|offene)\s+(?:Abstimmung|Wahl))"
)
_RECOMMENDS = re.compile(r"\b(?:empfiehlt|empfahl|empfehlen|empfahlen|empfohlen)\b")


def not_taken(s: str) -> bool:
    """Whether ``s`` states no decision taken (``_NOT_TAKEN``), where the
    content of a recommendation ("empfiehlt dem Rat, die Satzung zu
    beschließen") is no request still open."""
    for m in _NOT_TAKEN.finditer(s):
        if m.group().startswith("zu") and _RECOMMENDS.search(s, 0, m.start()):
            continue
        return True
    return False


_WE = re.compile(r"\b(?:wir|ich|uns|unser\w*|Sie|Ihr\w*)\b")
# Reported, not recorded: a question ("fragt, ob …") or reported speech in
# the subjunctive ("berichtet, der Kreistag habe … beschlossen").
_REPORTED = re.compile(
    r"\b(?:fragt|fragte|erkundigt|erkundigte)\b[^.\n]{0,80}?\b(?:ob|wann|warum|wie|weshalb)\b"
    # a report in the debate: "…, teilt der Bürgermeister mit", "…, berichtet die Kämmerin"
    r"|,\s*(?:teilt|teilte|berichtet|berichtete|erklärt|erklärte|sagt|sagte|erläutert|erläuterte)\s+(?:der|die)\s+"
    r"[^.,;\n]{2,60}?(?:\s+mit)?\s*\.?\s*$"
    # (PDF text breaks the clause over lines)
    r"|\b(?:habe|hätte|hätten|sei|seien|wäre|wären)\b(?:[^.\n]|\n(?![ \t]*\n)){0,120}?\b(?:beschlossen|abgelehnt|zugestimmt|angenommen"
    r"|vertagt|verwiesen|genommen|empfohlen|genehmigt)\b"
)
# "dem Kreistag zu empfehlen", "empfiehlt dem Hauptausschuss", "Empfehlung an den Rat"
RECOMMEND = re.compile(
    rf"\b(?:dem|der|den)\s+(?P<to>{BODY_NAME})\s+(?:[\s\S]{{0,80}}?\s)?zu\s+empfehlen\b"
    rf"|\b(?:empfiehlt|empfahl|empfehlen|empfohlen)\s+(?:[\w,]+\s+){{0,3}}?(?:dem|der)\s+(?P<to2>{BODY_NAME})"
    rf"|\b(?:Beschluss)?[Ee]mpfehlung\s+(?:an|für)\s+(?:den|die|das)\s+(?P<to3>{BODY_NAME})"
)
_BY_RESOLUTION = re.compile(
    r"\b(?:mit|durch|per)\s+Beschluss\s+vom\b|\bBeschluss\b[\s\S]{0,40}\bgefasst\b"
    r"|\bbeschlo(?:ss|ssen)\b|\bbeschließt\b|\bentschied|\bfasste\b|\bfassten\b|\bfasst\b[^.\n]{0,40}\bBeschluss\b"
    r"|\bBeschluss(?:fassung)?\s+(?:erfolgte|erfolgt|erging|ergeht)\b"
)
_DECIDING_WORD = re.compile(r"Beschluss|beschl|entschied|fasste")
# Dates that say when a body decided.
_DECISION_DATE = re.compile(
    rf"\b(?:(?:Sitzung|Beschluss|Beschlussfassung|Beratung)\s+(?:\w+\s+){{0,4}}?(?:am|vom)|[Aa]m)\s+"
    rf"(?:\w+,\s+)?(?P<date>{_DATE})"
)
# "Antrag der CDU-Fraktion vom 08.09.2021": the date of a paper, not of a decision.
# "Die Niederschrift über die Sitzung vom 12.02.2025 wird genehmigt": the date of the minutes approved.
_OTHER_DATE_OWNER = re.compile(
    r"\b(?:Antrag|Schreiben|Anfrage|Stellungnahme|Vorlage|Drucksache|Niederschrift|Protokoll|Sitzungsniederschrift"
    r"|Ergebnisniederschrift)(?:\s+(?:der|des|von|über\s+die)\s+[^,.;]{0,40})?\s*$"
)
_MEETING_MENTION = re.compile(
    # ("Bericht über die Gemeinderatssitzung am 15.03.2016": the session in a compound)
    rf"(?:\b|(?<=[a-zäöüß]))(?:Sitzung|sitzung|Beratung|Tagung)\b[^.\n]{{0,80}}?\b(?:am|vom)\s+(?:\w+,\s+)?(?P<date>{_DATE})"
    rf"|(?P<body>{BODY_NAME})\s+(?:am|vom)\s+(?:\w+,\s+)?(?P<date2>{_DATE})"
)

# Passive: "… wurde ohne Abstimmung zur Kenntnis genommen."
PASSIVE = re.compile(
    r"\b(?P<aux>wurde|wurden|ist|sind|wird|werden)\b[\s\S]{0,160}?\b(?:zur\s+Kenntnis\s+genommen|beschlossen|abgesetzt"
    r"|abgelehnt|vertagt|verwiesen|überwiesen|zugestimmt|angenommen|zurückgestellt|zurückgezogen|genehmigt"
    # a motion confirmed: "Der Antrag, TOP 12 vorzuziehen, wurde einstimmig bestätigt"
    # ("Es wurde bestätigt, dass …" states a fact)
    r"|bestätigt(?!\s*,?\s*(?:dass|daß|ob)\b)"
    # postponed, elected, appointed, endorsed: "wird in die nächste Sitzung verschoben", "wird … benannt"
    r"|entsprochen|stattgegeben|aufgehoben|(?<=\s)gefasst|(?:von\s+der\s+Tagesordnung\s+)gestrichen|verschoben|geschoben|gewählt|gewaehlt|benannt|bestellt|entsandt|befürwortet|zurückverwiesen|gefolgt|verabschiedet|vergeben"
    # the administration empowered or charged: "Der Bürgermeister wird ermächtigt, …"
    r"|ermächtigt|beauftragt"
    r"|von\s+der\s+Tagesordnung\s+(?:genommen|abgesetzt)"
    # "Dem Baugesuch wurde das Einvernehmen erteilt" (§ 36 BauGB)
    r"|Einvernehmen\s+(?:nicht\s+)?(?:erteilt|versagt)"
    # "Das gemeindliche Einvernehmen wird mit 7 Ja-Stimmen … erteilt"
    r"|erteilt|versagt)\b"
)
# "Es wurde keine Redezeitbegrenzung beschlossen": no decision told.
NONE_DECIDED = re.compile(r"\b(?:kein|keine|keinen|nichts)\b[^.\n]{0,60}?\b(?:beschlossen|gefasst|entschieden)\b")
# "… dass der Antrag abgelehnt wurde": reported, not recorded.
_SUBORDINATE = re.compile(r"\b(?:dass|daß|ob|weil|nachdem|wenn|falls|sofern|bevor|sobald|damit)\b")
_PLUPERFECT = re.compile(r"\b(?:hatte|hatten|war|waren)\b")
_CONTEXT_BODY = re.compile(
    rf"\b(?:befasste|befassten|beriet|berieten|behandelte|beschäftigte)\s+sich\s+(?:\w+\s+){{0,3}}?"
    rf"(?:der|die|das)\s+(?P<body>{BODY_NAME})"
    rf"|\b(?:vom|im|durch\s+den|durch\s+die|[Ii]n\s+der)\s+(?:(?:\d{{1,3}}\.\s+)?Sitzung\s+(?:des|der)\s+)?"
    rf"(?P<body2>{BODY_NAME})"
)
# ALLRIS: "Vertagt aus der Sitzung vom 17.02.2025."
PROCEDURAL = re.compile(
    rf"^(?P<what>Vertagt|Zurückgestellt|Verwiesen|Zurückverwiesen|Abgesetzt)\s+(?:aus|in)\s+der\s+Sitzung\s+"
    rf"(?:vom|am)\s+(?P<date>{_DATE})\.?[ \t]*$",
    re.MULTILINE,
)

# "Beschluss der BV vom 30.01.2025", "Gemeinderatsbeschluss vom 12.03.2020"
REFERENCE = re.compile(
    rf"\bBeschluss(?:es)?\s+(?:des|der)\s+(?P<body>{BODY_NAME}|[A-ZÄÖÜ]{{2,5}})\s+vom\s+(?P<date>{_DATE})"
    rf"|\b(?P<compound>[A-ZÄÖÜ][a-zäöüß]*(?:rat|tag|ausschuss|versammlung))s?beschlu(?:ss|ß)(?:es)?\s+vom\s+"
    rf"(?P<date2>{_DATE})"
)

# Results standing on their own line (result lists, tables).
_RESULT_CORE = (
    r"(?:(?:einstimmig|mehrheitlich|mit\s+(?:großer\s+)?Mehrheit|Bei\s[^\n]{1,60}?)\s+)?"
    r"(?:zuges?timmt|abgelehnt|beschlossen|angenommen|vertagt|zurückgestellt|zurückgezogen|verwiesen"
    r"|zur\s+Kenntnis\s+genommen|Kenntnis\s+genommen|geändert\s+beschlossen)"
    r"|(?:einstimmige|mehrheitliche)\s+(?:Zustimmung|Ablehnung|Kenntnisnahme)"
)
RESULT_LINE = re.compile(
    rf"^(?P<line>(?:{_RESULT_CORE})(?:[ \t]*\([^\n]*|[ \t]+(?:der|zur|mit|in|bei|durch)\b[^\n]{{0,70}}"
    r"|[ \t]*[,;][ \t]*(?:da|vorbehaltlich|mit|bei)\b[^\n]{0,70})?)[ \t.]*$",
    re.MULTILINE | re.IGNORECASE,
)
# Words one of which every result line has.
_RESULT_STEMS = (
    "stimmt", "timmt", "abgelehnt", "beschlossen", "angenommen", "vertagt", "zurückge", "verwiesen",
    "kenntnis", "zustimmung", "ablehnung",
)
ERLEDIGT_LINE = re.compile(r"^(?P<line>erledigt\b[^\n]{0,60})$", re.MULTILINE | re.IGNORECASE)
_SENTENCE_END_BEFORE = re.compile(r"[.:;!?)]\s*$")

# Beratungsfolge with results: "Gemeinderat 25.10.2022 16 X beschlossen"
CONSULTATION = re.compile(
    rf"^(?P<org>{BODY_NAME})[ \t]+(?:\w{{2}},?[ \t]+)?(?P<date>{_DATE})[^\n]*?[ \t]"
    r"(?P<res>vorberaten|beschlossen|zugestimmt|abgelehnt|vertagt|zurückgestellt|verwiesen|zurückgezogen"
    r"|zur\s+Kenntnis\s+genommen|Kenntnis\s+genommen|geändert\s+beschlossen|erledigt)[ \t]*$",
    re.MULTILINE,
)
# ALLRIS: a Beratungsfolge whose rows put the date above the meeting and its
# result: "21.11.2022 / Sitzung des Ausschusses für Wirtschaft ungeändert beschlossen"
CONSULTATION_DATE_FIRST = re.compile(
    # ("Öffentliche Sitzung", "9. öffentliche Sitzung", "Öffentliche 3. Sitzung")
    rf"^(?P<date>{_DATE})[ \t]*\n[ \t]*(?:\d{{1,3}}\.[ \t]*)?(?:[A-ZÄÖÜa-zäöüß][a-zäöüß]+e[nrs]?[ \t]+)?(?:\d{{1,3}}\.[ \t]*)?"
    r"Sitzung[ \t]+(?:des|der)[ \t]+"
    # the body may carry its term in brackets: "des Jugendhilfeausschusses (Wahlperiode 2023 - 2028)"
    # and its place: "der Gemeindevertretung Hausen geändert beschlossen", "… Musterbezirk von Berlin"
    rf"(?P<org>{BODY_NAME}(?:[ \t]+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?:[ \t]+von[ \t]+[A-ZÄÖÜ][a-zäöüß]+)?)?)"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+"
    # the place of the decision before the result: "in der BVV abgelehnt"
    r"(?:in[ \t]+(?:der|dem|den)[ \t]+\S{2,30}[ \t]+)?"
    r"(?P<res>(?:ungeändert[ \t]+|geändert[ \t]+)?beschlossen|zugestimmt|abgelehnt|vertagt"
    r"|zurückgestellt|verwiesen|überwiesen|zurückgezogen|zur\s+Kenntnis\s+genommen|Kenntnis\s+genommen)"
    # "zur Kenntnis genommen / ohne Votum": whether a recommendation was given
    r"(?:[ \t]*/[ \t]*(?:ohne|mit)[ \t]+Votum)?[ \t]*$",
    re.MULTILINE,
)
# ALLRIS: "Beschlussart: zur Kenntnis genommen" (value on the same or next line)
FIELD = re.compile(r"^Beschlussart\s*:?[ \t]*\n?[ \t]*(?P<value>[^\n]{3,80})$", re.MULTILINE)

# The chair's announcement in a verbatim record.
_ANNOUNCE_PARTICIPLE = re.compile(r"\b(?:abgelehnt|angenommen|beschlossen|zugestimmt|gewählt|gewaehlt)\b")
_ANNOUNCE_MOTION = re.compile(
    r"\b(?:der|dieser|ihr|Ihr)\s+Antrag\s+(?:ist\s+)?(?:also\s+|damit\s+|somit\s+)?(?:angenommen|abgelehnt)\b"
)
_ANNOUNCE_NO_MAJORITY = re.compile(
    r"\b(?:reicht|genügt)\s+nicht\b[\s\S]{0,60}?\bMehrheit\b|\bkeine\s+Mehrheit\b"
)
_DASH_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[–—-]\s)")

# A motion named where a decision is recorded.
_MOTION_WORD = re.compile(r"[Aa]ntrag")
_HEADING_BODY = re.compile(
    rf"(?:Entscheidung|Beschlüsse|Beschluss|Ergebnisse?|Abstimmungsergebnisse?)\s+(?:des\s+|der\s+)?"
    rf"(?P<body>{BODY_NAME})"
)


def _agrees(m: re.Match) -> bool:
    """Whether the article fits the body as a subject (nominative): "der
    Gemeinderat", "die Bezirksversammlung", "das Gremium" — not the dative
    "der Bezirksversammlung"."""
    art, body = m.group("art").lower(), m.group("body")
    head = body.split()[0].rstrip("-")
    if _NEUTER.search(head):
        return art == "das"
    if _FEMININE.search(head):
        return art == "die"
    return art == "der"


# Outcomes a decision sentence tells in words the shared outcome vocabulary
# does not read: a motion granted or not ("Dem Antrag wird (nicht)
# stattgegeben"), a body joining or following a proposal ("schließt sich dem
# Vorschlag an", "folgt dem Antrag der Fraktion nicht"), a vote for or
# against ("votierte mehrheitlich dafür"), a repeal ("Die alten Pläne wurden
# aufgehoben"), an election of those listed ("wählt folgende Vertreter:").
_GRANTED = re.compile(r"\b(?P<neg>nicht\s+(?:[\wäöüß]+\s+){0,2}?)?stattgegeben\b")
_JOINS = re.compile(
    r"\b(?:schließt|schliesst|schließen|schliessen|schloss|schloß|schlossen)\s+sich\b[^.]{0,160}?\b(?P<neg>nicht\s+)?an\b"
    r"|\b(?:hat|haben|hatte|hatten)\s+sich\b[^.]{0,160}?\b(?P<neg2>nicht\s+)?angeschlossen\b"
    r"|\b(?:folgt|folgte|folgen|folgten)\s+(?:[\wäöüß]+\s+){0,3}?(?:dem|der|diesem|dieser)\s+(?:[\wäöüß-]+\s+)?"
    r"(?:Antrag|Votum|Vorlage|Vorschlag|Empfehlung|Beschlussvorschlag|Beschlussempfehlung)\b"
    r"(?P<rest>[^.;,]{0,120})"
)
# (not a count of members: "sechs Stadträte stimmten dagegen" is the minority's vote)
_COUNTED_MEMBERS = re.compile(
    r"\b(?:\d{1,3}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|einige|wenige|mehrere)\s+"
    r"(?:[\wäöüß-]+\s+)?$"
)
_FOR_OR_AGAINST = re.compile(
    r"\b(?:votiert|votierte|votierten|votieren|stimmt|stimmte|stimmten|stimmen)\s+(?:[\wäöüß]+\s+){0,3}?"
    r"(?:(?P<for>dafür|dafuer)|dagegen)\b"
)
_REPEALED = re.compile(
    r"\b(?:[\wäöüß-]*(?:[Pp]l(?:an|äne|anes|änen)|[Bb]eschl(?:uss|üsse|usses|üssen)|[Ss]atzung(?:en)?|[Vv]erordnung(?:en)?"
    r"|[Rr]egelung(?:en)?|[Oo]rdnung(?:en)?|[Rr]ichtlinien?|[Vv]ertr(?:ag|äge|ages)|[Ss]perre|[Vv]erbot))\b"
    r"[^.;]{0,160}?\b(?:wird|werden|wurde|wurden|ist|sind)\b[^.;]{0,80}?\baufgehoben\b"
)
_ELECTS_LISTED = re.compile(
    r"\bw(?:ä|ae)hl(?:t|te|ten|en)\s+(?:[\wäöüß]+\s+){0,2}?(?:folgende|nachstehende|nachfolgende)"
)
_NOT = re.compile(r"\bnicht\b")


_ABBREVIATION = re.compile(r"\b(Nr|Abs|Ziff|Bl|Fl|Str|bzw|ggf|gem|lfd)\.")


def told_outcome(s: str) -> str | None:
    """The outcome of those constructions in ``s``, or None."""
    s = _ABBREVIATION.sub(r"\1 ", s)  # ("Der Bebauungsplan Nr. 12 wird aufgehoben": no sentence ends)
    if (m := _GRANTED.search(s)) is not None:
        return "rejected" if m.group("neg") else "adopted"
    if (m := _JOINS.search(s)) is not None:
        rest = m.group("rest")
        if m.group("neg") or m.group("neg2") or (rest is not None and _NOT.search(rest)):
            return "rejected"
        return "adopted"
    if (m := _FOR_OR_AGAINST.search(s)) is not None and not _COUNTED_MEMBERS.search(s, max(0, m.start() - 40), m.start()):
        return "adopted" if m.group("for") else "rejected"
    if _REPEALED.search(s) or _ELECTS_LISTED.search(s):
        return "adopted"
    return None


# A matter moved into another body: "Der Antrag wurde in den Ausschuss für
# Soziales verschoben", "… an den Hauptausschuss gegeben" is a referral, not
# a postponement ("in die nächste Ratssitzung verschoben" is one).
MOVED_TO_BODY = re.compile(
    r"\b(?:in|an)\s+(?:den|die|das)\s+[\wäöüß-]*(?:[Aa]usschuss|[Rr]at|[Bb]eirat|[Kk]reistag|[Vv]ersammlung|[Vv]ertretung"
    r"|[Gg]remium)(?![\wäöüß]*[Ss]itzung)[\wäöüß]*\b[^.;]{0,100}?\b(?:verschoben|geschoben|verlagert)\b"
)
