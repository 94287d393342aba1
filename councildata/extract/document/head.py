"""The head of a document: its first lines, its type (the heading word, a type
field, or what its text records), and the shapes of an authority's name and a
paper's number that the other fields are read by."""

from __future__ import annotations

import re
from ..common import BODY_NAME
from ..dates import ANY_DATE, DATE_PATTERN, date_from_match

_AUTHORITY_KINDS = (
    r"Landkreis|Stadt|Gemeinde|Samtgemeinde|Verbandsgemeinde|Kreis|Markt|Bezirksamt|"
    r"Bezirksversammlung|Hansestadt|Landeshauptstadt|Kreisstadt|Universitätsstadt|Große Kreisstadt"
)

AUTHORITY = re.compile(
    rf"(?<![\wäöüß-])(?P<name>(?:{_AUTHORITY_KINDS}|{_AUTHORITY_KINDS.upper()})"
    r"[ \t]+(?:(?:Bad|Sankt|St\.|BAD|SANKT)[ \t]+)?[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)*)(?![\wäöüß])"
)

# The paper's own number: a labelled field at a line start; the value may
# stand a few lines below the label in PDF forms.
REF_TOKEN = (
    # (an office's part may carry a roman numeral: ALLRIS "2015/FB II/1854")
    r"(?:[A-ZÄÖÜ]{1,6}(?:-[A-ZÄÖÜ]{1,6})?/)?(?:[A-Z]{1,4}-(?=\d))?[A-Z]{0,3}\d{1,5}(?:[/-](?:[A-Z]{1,4}(?:[ ][IVX]{1,4})?/)?\d{1,5})+(?:[./]\d{1,4})*"
)

# The document's own word for its type -> contract type. Longer words
# first so that "Änderungsantrag" is not read as "Antrag".
TYPE_LABELS: list[tuple[str, str]] = [
    (r"Änderungsantrag|Ergänzungsantrag|Änderungs-\s?/\s?Ergänzungsantrag|Dringlichkeitsantrag|Zusatzantrag|"
     r"Fraktionsantrag|Gruppenantrag|Prüfantrag|Prüfauftrag|Haushaltsantrag|Sachantrag|Eilantrag|Antrag|Anträge"
     # any other motion named for its kind ("Geschäftsordnungsantrag", "Einwohnerantrag", "Resolutionsantrag"),
     # never an application a Vorlage is about ("Bauantrag", "Förderantrag")
     r"|(?!(?:Bau|Förder|Zuschuss|Miet|Leistungs|Asyl|Befreiungs|Genehmigungs|Kosten|Renten|Wohngeld|Bauvor)antrag)"
     r"[A-ZÄÖÜ][a-zäöüß]{2,}antrag", "motion"),
    # a press release in any of its names ("Pressemitteilung der Stadt …", "Medieninformation Nr. 12")
    (r"Pressemitteilung|Pressemeldung|Presseinformation|Presseerklärung|Pressenotiz|Medieninformation|Medienmitteilung"
     r"|Informationsvorlage|Mitteilungsvorlage|Mitteilung|Unterrichtung|Bericht|Information|Kenntnisgabe|Bekanntgabe"
     # "Vorlage zur Kenntnisnahme"; a report named for its subject: "Sachstandsbericht", "Jahresbericht"
     # ("Sitzungsbericht", the report of a session, is a record of it: minutes)
     r"|Vorlage\s+zur\s+Kenntnis(?:nahme)?|(?!Sitzungs)[A-ZÄÖÜ][a-zäöüß]{2,}bericht", "information"),
    (r"Beschlussvorlage|Beschlussempfehlung|Sitzungsvorlage|Verwaltungsvorlage|Vorlage|Drucksache", "proposal"),
    (r"Auskunftsersuchen|Einwohneranfrage|Einwohnerfrage|Bürgeranfrage|Bürgerfrage|Anfrage", "inquiry"),
    (r"Beantwortung|Antwort|Stellungnahme", "answer"),
    (r"Niederschrift|Sitzungsprotokoll|Ergebnisprotokoll|Wortprotokoll|Kurzprotokoll|Beschlussprotokoll|Protokoll|"
     r"Beschlussauszug|Beschlussbuchauszug|Protokollauszug|Niederschriftsauszug|Sitzungsauszug|Auszug|Ergebnisliste|Sitzungsniederschrift|Ergebnisniederschrift|Sitzungsbericht|"
     # a decision written out on its own ("Beschluss / des Gemeinderates vom …") records the meeting
     r"Beschluss", "minutes"),
    # "Öffentliche Bekanntmachung" of a session (a notice of anything else is read as "other" below)
    (r"Tagesordnung|Einladung|Bekanntmachung", "agenda"),
    # a speech to the council ("Haushaltsrede des Kämmerers") is neither a Mitteilung nor a report
    (r"Eingabe|Petition|Haushaltsrede|Rede|Ansprache", "other"),
    (r"Anlage", "other"),
]

_LABEL_ALT = "|".join(p for p, _ in TYPE_LABELS)

LABEL_TO_TYPE: dict[str, str] = {}

_CANONICAL: dict[str, str] = {}

for _p, _t in TYPE_LABELS:
    for _label in _p.split("|"):
        if "\\" not in _label:
            LABEL_TO_TYPE[_label.casefold()] = _t
            _CANONICAL[_label.casefold()] = _label

_LABEL_RE = [(re.compile(rf"\b({p})\b", re.IGNORECASE), t) for p, t in TYPE_LABELS]

# A heading line that starts with a type word, optionally after an adjective
# ("Interfraktioneller ÄNDERUNGSANTRAG", "Öffentliche Niederschrift",
# "Kleine Anfrage", "Gemeinsamer Antrag").
_HEADING = re.compile(
    rf"^[ \t]*(?:(?P<adj>[A-Za-zÄÖÜäöüß]{{4,}}(?:e|er|es|en))[ \t]+)?(?P<label>{_LABEL_ALT})(?![\wäöüß-])",
    re.IGNORECASE | re.MULTILINE,
)

# Form field naming the type: "Drucksache-Art: Antrag öffentlich", "Vorlagenart: Mitteilungsvorlage"
_TYPE_FIELD = re.compile(
    # ("Status: Niederschrift": an information system's state of a session's record names its kind)
    rf"^(?:(?:Drucksachen?|Vorlagen?|Dokument(?:en)?|Papier)-?(?:[Aa]rt|[Tt]yp)|Art(?:[ \t]+der[ \t]+(?:Vorlage|Drucksache))?|Typ|Status)"
    # (a flattened form may run the value into the next field's word: "Drucksache-Art:AntragBeschluss")
    rf"[ \t]*:?[ \t]*\n?[ \t]*(?P<label>{_LABEL_ALT})(?:\b|(?=[A-ZÄÖÜ][a-zäöüß]))",
    re.IGNORECASE | re.MULTILINE,
)

# A heading set in spaced letters: "N i e d e r s c h r i f t".
_SPACED = re.compile(r"[ \t]*(?:[A-Za-zÄÖÜäöüß][ \t]){3,}[A-Za-zÄÖÜäöüß][ \t]*")

# A page that records the result of a vote is a record of a meeting (minutes)
# even without a heading word: a result field ("Beschluss: einstimmig
# beschlossen", "- Beschluss:\n- zur Kenntnis genommen", "Abstimmungsergebnis:
# mehrheitlich abgelehnt") or a line of counted votes ("Abstimmung: Ja: 6,
# Nein: 3", "Ja-Stimmen: 14 Nein-Stimmen: 4") — as council information systems
# show the decision of an agenda item.
_RESULT_PHRASE = (
    r"(?:einstimmig|mehrheitlich|ungeändert|geändert|zur\s+Kenntnis|Kenntnis|beschlossen|abgelehnt|zugestimmt"
    r"|angenommen|vertagt|zurückgestellt|zurückgezogen|verwiesen|überwiesen|zurück\s+(?:in|an)\b|abgesetzt|genehmigt"
    r"|erledigt|Mit\s+Debatte|Zustimmung|Ablehnung)"
)

_RECORD = re.compile(
    r"^[-•]?[ \t]*(?:Beschluss(?:art)?|Beschlussergebnis|Ergebnis|Abstimmungsergebnis|Abstimmung)[ \t]*:[ \t]*"
    rf"(?:\n[ \t]*(?:[-•][ \t]*)?){{0,2}}{_RESULT_PHRASE}\b"
    # (the counts on one line or one a line: "Zustimmung: 12⏎Ablehnung: 0")
    # (not a survey's tally of answers with their shares: "JA: 88 = 57,1 % NEIN: 66 = 42,9 %")
    r"|^(?:Abstimmung(?:sergebnis)?[ \t]*:[ \t]*)?(?:Ja|JA|dafür|Zustimmung(?:en)?)(?:-Stimmen)?[ \t]*:[ \t]*\d{1,3}\b"
    r"(?![ \t]*(?:=|\(|[,.]\d|%|Prozent))"
    r"(?:[^\n]{0,40}?|[ \t]*\n[ \t]*)\b(?:Nein|NEIN|dagegen|Enth|Ablehnung|Gegenstimme)"
    # a form's counts each under its label: "Ja-Stimmen:⏎11⏎Mitgliederzahl:⏎15⏎Nein-Stimmen:⏎3"
    r"|^(?:Ja|JA|dafür)(?:-Stimmen)?[ \t]*:[ \t]*\n\s*\d{1,3}[ \t]*\n(?:[^\n]{0,30}\n){0,8}?[ \t]*(?:Nein|NEIN|dagegen)(?:-Stimmen)?[ \t]*:"
    # the record of a debate: "Beratungsgang:", "Diskussionsverlauf:"
    r"|^(?:Beratungsgang|Beratungsverlauf|Diskussionsverlauf|Sitzungsverlauf)[ \t]*:"
    # an empty result field over the decision: "Beschluss: |⏎Der Stadtrat beschließt"
    r"|^Beschluss[ \t]*:[ \t|]*\n[ \t]*(?:Der|Die|Das)[ \t]+[A-ZÄÖÜ][\wäöüß-]*[ \t]+(?:beschließt|beschliesst|empfiehlt)\b",
    re.MULTILINE | re.IGNORECASE,
)

# A Vorlage without a heading word: it opens with its proposed resolution, or
# has a Beratungsfolge and a Sachverhalt / Begründung.
_PROPOSAL_SECTION = re.compile(r"^(?:Beschlussvorschlag|Beschlussantrag|Beschlussempfehlung)[ \t]*:", re.MULTILINE)

_CONSULTATION_HEAD = re.compile(r"^(?:Beratungsfolge|Beratungsreihenfolge)\b", re.MULTILINE)

_REASONS = re.compile(r"^\W{0,2}(?:Begründung|Sachverhalt)\b", re.MULTILINE)

# A page without a heading that records what happened in a meeting: the
# chair acting ("Der Vorsitzende, Herr X, empfiehlt …", "Ortsvorsteher Y gibt
# … zur Information") or a vote counted ("verständigt sich mit 9 Stimmen
# dafür bei zwei Enthaltungen", "bei 3 Gegenstimmen").
# What a speaker does in minutes, in the present or the past.
_SPEAKS = (
    r"(?:erklärt|erläutert|berichtet|informiert|bringt|stellt|führt|teilt|trägt|gibt|äußert|bittet|fragt|beantragt"
    r"|erklärte|erläuterte|berichtete|informierte|brachte|stellte|führte|teilte|trug|gab|äußerte|bat|fragte"
    r"|beantragte|bedankt|bedankte"
    # proposing, pointing to, asking after, adding, answering: "schlägt vor", "legt dar", "erkundigt sich"
    r"|schlägt|schlug|legt|legte|verweist|verwies|erkundigt|erkundigte|weist|wies|spricht|sprach|regt|regte"
    r"|merkt|merkte|betont|betonte|ergänzt|ergänzte|antwortet|antwortete|sagt|sagte|macht|machte|hält|hielt"
    r"|sieht|sah|möchte|wünscht|wünschte|kritisiert|kritisierte|begründet|begründete|verliest|verlas)"
)
# Who speaks in minutes, named by office before the name: "Ratsvorsitzender Nacke", "Ausschussmitglied
# Weber", "Bürgermeisterin Schulte", "GR Maier", "StRin Vogel", "Ortsbürgermeister Keller".
_SPEAKER_ROLE = (
    r"(?:Ratsmitglied|Ratsfrau|Ratsherr|Kreistagsmitglied|Stadtverordnete[r]?|Gemeindevertreter(?:in)?|Kämmerer(?:in)?"
    r"|Rats(?:vorsitzende[r]?|vorsitzender)|Ausschussmitglied|Ausschussvorsitzende[r]?|Fraktionsvorsitzende[r]?"
    r"|(?:Erste[r]?[ \t]+|Zweite[r]?[ \t]+|\d\.[ \t]+)?(?:Ober|Orts)?[Bb]ürgermeister(?:in)?|Beigeordnete[r]?"
    r"|Stadtrat|Stadträtin|Gemeinderat|Gemeinderätin|Kreisrat|Kreisrätin|Ortschaftsrat|Ortschaftsrätin"
    r"|Amtsleiter(?:in)?|Fachbereichsleiter(?:in)?|Sachgebietsleiter(?:in)?|Bauamtsleiter(?:in)?"
    r"|GR|GRin|StR|StRin|KR|KRin|OR|BM|OB|FBL|AL|SB)"
)
_PROCEEDINGS = re.compile(
    r"^(?:Der|Die)[ \t]+(?:Vorsitzende|Ausschussvorsitzende|Sitzungsleiter(?:in)?|Ortsvorsteher(?:in)?)\b"
    r"|^(?:Ortsvorsteher(?:in)?|Vorsitzende[r]?|Ausschussvorsitzende[r]?)[ \t]+[A-ZÄÖÜ][\wäöüß-]+[ \t]+"
    r"(?:eröffnet|begrüßt|stellt|gibt|informiert|teilt|lässt|empfiehlt|berichtet)\b"
    r"|\b(?:mit|bei)[ \t]+\d{1,3}[ \t]+(?:Ja-|Nein-|Gegen)?[Ss]timmen\b"
    # a note the minutes-taker adds: "Protokollvermerk:", "Protokollnotiz:"
    r"|^(?:Protokollvermerk|Protokollnotiz|Protokollerklärung)[ \t]*:"
    # the mayor opening the session: "Der Bürgermeister begrüßt die Anwesenden"
    r"|\b(?:Der|Die)[ \t]+(?:Ober)?[Bb]ürgermeister(?:in)?[ \t]+(?:begrüßt|eröffnet)\b"
    # a named speaker reported in the present: "Herr Bergmann erklärt …",
    # "Frau Stadträtin Zapf bringt …", "stellt FBL Jürgens … vor"
    # or in the past, or with an office before the name: "Herr Stadtverordnetenvorsteher
    # Kühn beantragt …", "Ratsmitglied Hengelsheide erläuterte …"
    r"|\b(?:Herr|Frau)[ \t]+(?:(?:Dr\.|[A-ZÄÖÜ][a-zäöüß]+(?:rat|rätin|referent|referentin|vorsteher|vorsteherin))[ \t]+)?"
    rf"[A-ZÄÖÜ][a-zäöüß-]+[ \t]+{_SPEAKS}\b"
    rf"|^{_SPEAKER_ROLE}[ \t]+(?:Dr\.[ \t]+)?[A-ZÄÖÜ][a-zäöüß-]+[ \t]+{_SPEAKS}\b"
    # the members deciding: "Die Ausschussmitglieder stimmen dem Antrag zu",
    # "Die Mitglieder des Rates erklären sich einverstanden"
    r"|\b(?:Die|die)[ \t]+(?:[A-ZÄÖÜ][a-zäöüß]*mitglieder|Mitglieder[ \t]+(?:des|der)[ \t]+[A-ZÄÖÜ][\wäöüß-]+)[ \t]+"
    # (in the present, as minutes tell it; a report of a group tells the session in the past)
    r"(?:stimmen|erklären[ \t]+sich|sprechen[ \t]+sich|sind|nehmen|beschließen|lehnen)\b"
    # ... with the verb first: "Nach kurzer Aussprache stimmen sich die Mitglieder … ab", "sprechen sich die Beiratsmitglieder für … aus"
    r"|\b(?:stimmen|sprechen|erklären)[ \t]+sich[ \t]+(?:alle[ \t]+)?die[ \t]+"
    r"(?:[A-ZÄÖÜ][a-zäöüß]*mitglieder|Mitglieder)\b"
    # the session's own business: "Die Tagesordnung wurde einstimmig genehmigt", "Sodann wird die
    # geänderte Tagesordnung gebilligt", "Zur Tagesordnung gibt es keine Wortmeldungen"
    r"|\bTagesordnung[ \t]+(?:wird|wurde)\b[^.\n]{0,120}?\b(?:festgestellt|genehmigt|gebilligt|angenommen|beschlossen)\b"
    r"|\b(?:wird|wurde)[ \t]+die[ \t]+(?:[^.\n]{0,60}?[ \t])?Tagesordnung\b[^.\n]{0,120}?\b(?:festgestellt|genehmigt|gebilligt|angenommen|beschlossen)\b"
    r"|\b(?:Gegen[ \t]+die[ \t]+Tagesordnung|Zur[ \t]+Tagesordnung)[ \t]+(?:werden|wurden|gibt[ \t]+es|gab[ \t]+es)[ \t]+keine\b"
    # a decision recorded as taken under another item: "Dazu wurde bereits bei Punkt 2 Beschluss gefasst"
    r"|\b(?:wurde|wird)[ \t]+(?:bereits[ \t]+)?(?:unter|bei|zu)[ \t]+(?:TOP|TO|Tagesordnungspunkt|Punkt)[^.]{0,20}?[ \t]+Beschluss\s+gefasst\b"
    # a result standing as a line of its own: "einstimmig", "Einstimmig beschlossen.", "mehrheitlich abgelehnt"
    r"|^[ \t]*(?:[Ee]instimmig|[Mm]ehrheitlich|EINSTIMMIG|MEHRHEITLICH)(?:[ \t]+(?:beschlossen|angenommen|abgelehnt"
    r"|zugestimmt|zur[ \t]+Kenntnis[ \t]+genommen))?[ \t]*\.?[ \t]*$"
    # a report of the session: "Aus der Gemeinderatssitzung vom 6. November 2014"
    r"|^(?:Bericht[ \t]+)?[Aa]us[ \t]+der[ \t]+(?:[\wäöüß]+[ \t]+)?[\wäöüß-]*[Ss]itzung[ \t]+(?:des|der|vom|am)\b",
    re.MULTILINE,
)

# A decision in the passive standing as a paragraph of its own, as an extract
# of the minutes (Beschlussauszug) records it without a session header: "Der
# Bericht wird zur Kenntnis genommen.", "Beschluss:⏎⏎Die Anschaffung … wird
# genehmigt." (Only where no proposal section makes it a Vorlage's wording.)
_PASSIVE_RECORD = re.compile(
    r"(?:\A|\n[ \t]*\n|^Beschluss[ \t]*:[ \t]*\n)[ \t]*(?:Der|Die|Das)[ \t]+[A-ZÄÖÜ][^.\n]{2,150}?[ \t]"
    r"(?:wird|werden)[ \t]+(?:[^.\n]{0,80}[ \t])?"
    r"(?:zur[ \t]+Kenntnis[ \t]+genommen|genehmigt|beschlossen|abgelehnt|angenommen|vertagt|zurückgestellt)"
    r"\.[ \t]*(?:\n|\Z)",
    re.MULTILINE,
)

# A body deciding, told in the present as the paragraph that opens a line, as a page of a council
# information system shows one item and its decision: "Der Gemeinderat beschließt, …", "Die
# Stadtverordnetenversammlung stimmt der Vorlage zu.", "Der Ortschaftsrat nimmt den Bericht zur
# Kenntnis." (Only where no proposal section or Sachverhalt makes it a Vorlage's wording.)
_BODY_DECIDES = re.compile(
    rf"^[ \t]*(?:Der|Die|Das)[ \t]+(?:[A-ZÄÖÜ][\wäöüß-]*[ \t]+)?{BODY_NAME}[ \t]+(?:[^.\n]{{0,160}}?[ \t])?"
    r"(?:beschließt|beschliesst|billigt|genehmigt|vertagt|verweist|empfiehlt"
    # "Der Ortschaftsrat fasste den einstimmigen Beschluss, …": the record's formal phrase
    r"|fasst(?:e)?[ \t]+(?:den|einen|folgenden)[ \t]+(?:[a-zäöüß]+en[ \t]+)?Beschluss\b"
    r"|nimmt\b[^.\n]{0,160}?\b(?:zur[ \t]+Kenntnis|Kenntnis)|stimmt\b[^.\n]{0,160}?[ \t]zu\b"
    r"|lehnt\b[^.\n]{0,160}?[ \t]ab\b|spricht[ \t]+sich\b[^.\n]{0,160}?[ \t]aus\b)",
    re.MULTILINE,
)

# An attachment that lists the results of votes records decisions.
_RESULT_WORDS = re.compile(r"\b(?:zugestimmt|abgelehnt|beschlossen|Zustimmung|Ablehnung|zur Kenntnis genommen)\b")

# "Unterrichtung über die öffentliche Sitzung …", "Bericht über die Sitzung …"
# "Unterrichtung über die öffentliche Sitzung des …", "Bericht über die Gemeinderatssitzung vom …",
# "Bericht aus der Sitzung des Ortschaftsrates": a report of a session records it.
_REPORT_OF_SESSION = re.compile(
    r"[ \t]*(?:Unterrichtung|Bericht)[ \t]+(?:über\s+die|aus\s+der|von\s+der)\s+(?:[\wäöüß.]+\s+){0,2}?"
    r"[\wäöüß-]*(?:Sitzung|sitzung)\b")

# A line anywhere in the head (under a site's menus or a gazette's issue line) that names the record of
# a session with its date: "Niederschrift über die 10. öffentliche Sitzung des Rates am Dienstag, 20. Mai
# 2008", "Öffentlicher Teil der Niederschrift über die 7. Sitzung des Stadtrates am 03.04.2023",
# "Bericht über die Gemeinderatssitzung vom 2. Juli 2019", "Protokoll der Sitzung des Bauausschusses
# vom 4.3.2021", "Sitzungsbericht der Gemeinderatssitzung vom 25.10.2023".
_RECORD_LINE = re.compile(
    r"[ \t]*(?:(?:Öffentlicher|Nicht[ \t-]?öffentlicher|Nichtöffentlicher)[ \t]+Teil[ \t]+(?:der|des)[ \t]+)?"
    r"(?P<label>Sitzungsniederschrift|Niederschrift|Sitzungsprotokoll|Protokoll|Ergebnisprotokoll|Beschlussprotokoll"
    r"|Kurzprotokoll|Sitzungsbericht|Bericht)[ \t]+(?:über|aus|von|zu|zur|zum|der|des|vom)[ \t]+[^\n]{0,120}?"
    r"(?:[Ss]itzung|[Vv]ersammlung|[Tt]agung)(?![\wäöüß])[^\n]{0,140}?(?<![\wäöüß])(?:am|vom)[ \t]+"
    r"(?:[A-ZÄÖÜ][a-zäöüß]+,?[ \t]+)?(?:(?:den|dem)[ \t]+)?(?P<date>" + DATE_PATTERN + r")"
)
# A word set in spaced letters at a line's start: "N i e d e r s c h r i f t über …".
_SPACED_START = re.compile(r"[ \t]*((?:[A-Za-zÄÖÜäöüß][ \t]){4,}[A-Za-zÄÖÜäöüß])(?=[ \t]{2,}|[ \t]+[a-zäöü]|$)")


def record_line(head: str) -> tuple[str, str, int] | None:
    """(label, session date, where the line ends) of the first line of the head naming the record of a
    dated session."""
    pos = 0
    while pos < len(head):
        end = head.find("\n", pos)
        end = len(head) if end < 0 else end
        line = head[pos:end]
        sp = _SPACED_START.match(line)
        if sp:
            line = line[:sp.start(1)] + "".join(sp.group(1).split()) + line[sp.end(1):]
        m = _RECORD_LINE.match(line)
        if m and len(line) <= 400:
            d = date_from_match(ANY_DATE.search(m.group("date")))
            if d:
                return _canonical_label(m.group("label")), d, end
        pos = end + 1
    return None

# English documents: "MINUTES OF PROCEEDINGS AT …", "OFFICIAL MINUTES", "Agenda".
_ENGLISH_LABELS = [
    (re.compile(r"\b(?:OFFICIAL\s+)?MINUTES\b|\b(?:Official\s+)?Minutes\b"), "Minutes", "minutes"),
    (re.compile(r"\bAGENDA\b|^Agenda\b", re.MULTILINE), "Agenda", "agenda"),
    (re.compile(r"\bNOTICE OF MOTION\b|^Notice of Motion\b", re.MULTILINE), "Notice of Motion", "motion"),
]

HEAD_CHARS = 1500

HEADING_LINES = 14


# Shapes of a head without a type word.
# A motion written as its request: "Der Kreistag möge … beschließen/belassen".
_MOTION_SHAPE = re.compile(
    rf"^[ \t]*(?:Der|Die|Das)[ \t]+{BODY_NAME}[ \t]+(?:[\wäöüß-]+[ \t]+)?möge\b",
    re.MULTILINE,
)
# A survey's findings or a press release: "Auswertung der Bürgerumfrage",
# "Ergebnisse der Fragebogenaktion", "UNTERNEHMENSBEFRAGUNG DER STADT X 2015",
# "Befragung der Gewerbetreibenden 2019"; "Presse".
_SURVEY_WORD = r"[\wäöüß-]*(?:befragung|umfrage|fragebogenaktion|erhebung)"
_INFORMATION_SHAPE = re.compile(
    rf"^[ \t]*(?:(?:Auswertung|Ergebnisse?|Zusammenfassung)[ \t]+(?:der|des|einer|zur)[ \t]+(?:[\wäöüß-]+[ \t]+){{0,3}}?{_SURVEY_WORD}\b"
    rf"|(?:[A-ZÄÖÜ][\wäöüß-]*)?{_SURVEY_WORD}[ \t]+(?:der|des|zur|zum|in|im)[ \t][^\n]*$"
    # ("Presse" alone over the text; the kinds of press release are type words of their own)
    r"|Presse[ \t]*$)",
    re.MULTILINE | re.IGNORECASE,
)
# Lines of the head that may carry such a shape.
_SHAPE_LINES = 3


# A subject line that opens with the paper's kind: "Betreff: Antwort auf die Fragen
# von …", "Betr.: Beantwortung der Anfrage …", "Betreff: Anfrage der Gruppe X zu …",
# "Betreff: Antrag der CDU-Fraktion: …" (a motion by a group; "Antrag des Sportvereins
# auf einen Zuschuss" is the subject of a Vorlage).
_KIND_SUBJECT = re.compile(
    r"^(?:Betreff|Betr\.|Gegenstand|Titel)[ \t]*:[ \t]*"
    r"(?:(?P<label>Antwort|Beantwortung|Stellungnahme|Anfrage|Kleine[ \t]+Anfrage|Große[ \t]+Anfrage)\b"
    r"|(?P<motion>(?:Änderungs|Ergänzungs|Dringlichkeits)?[Aa]ntrag)[ \t]+(?:der|des)[ \t]+(?:[\w./-]+[ \t]+){0,2}?"
    r"(?:Fraktion|Gruppe|[\w./]+-Fraktion|Fraktionen)\b)",
    re.MULTILINE,
)


def shape_type(head: str) -> str | None:
    """Type of a head without a type word, from how its first lines read."""
    for start, end in _heading_lines(head)[:_SHAPE_LINES]:
        if _MOTION_SHAPE.match(head, start, end):
            return "motion"
        if _INFORMATION_SHAPE.match(head, start, end):
            return "information"
    return None


def label_type(label: str) -> str | None:
    """Contract type of a document's word for its type ("Mitteilung" -> information)."""
    key = label.casefold().strip()
    if key in LABEL_TO_TYPE:
        return LABEL_TO_TYPE[key]
    for rx, dtype in _LABEL_RE:
        if rx.search(label):
            return dtype
    return None


def _heading_lines(head: str) -> list[tuple[int, int]]:
    """(start, end) of the first non-empty lines of the head."""
    out: list[tuple[int, int]] = []
    pos = 0
    while pos < len(head) and len(out) < HEADING_LINES:
        end = head.find("\n", pos)
        if end < 0:
            end = len(head)
        if head[pos:end].strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _type_label(head: str) -> tuple[str | None, str | None, int]:
    """The heading word, its contract type and where its line ends."""
    lines = _heading_lines(head)
    field = _TYPE_FIELD.search(head)
    for i, (start, end) in enumerate(lines):
        if i >= 3 and field:
            break  # a form field naming the type beats a word further down
        m = _HEADING.match(head, start, end)
        if not m and i < 3 and end - start <= 100:
            # "Gemeinde Musterdorf – Niederschrift Gemeinderat – 12.03.2024": a
            # heading line of parts, the type word opening one of them.
            for sep in _HEADING_PART.finditer(head, start, end):
                m = _HEADING_AT.match(head, sep.end(), end)
                if m:
                    break
        if not m and head[start + 1:start + 2] == " " and _SPACED.fullmatch(head, start, end):
            word = "".join(head[start:end].split())
            if re.fullmatch(_LABEL_ALT, word, re.IGNORECASE):
                return _canonical_label(word), label_type(word), end
        if m and re.fullmatch(r"\s*:\s*", head[m.end():end]):
            continue  # a section label such as "Anlage:"
        if m and (i >= 2 or _ITEM_LINE.match(head, lines[i - 1][0]) if i else False) and m.group("label").casefold().endswith(
            "bericht") and m.group("label").casefold() != "bericht":
            continue  # "TOP 2 / Informationsbericht des Bürgermeisters": an item's title, not the paper's type
        if m and _NUMBER_FIELD.match(head, m.end(), end):
            continue  # a field naming the paper's number: "Vorlage: AN/2024/012"
        if m and _LISTED_DOC.match(head, m.end(), end):
            continue  # a related document listed on the page: "Einladung (erschienen am 17.09.2014)"
        if m and label_type(m.group("label")) in ("motion", "inquiry"):
            # A page that quotes the motion or question and then answers it:
            # "Antrag … vom 25.2.2020 / Antwort Stadtschulrätin …:"
            for start2, end2 in lines[i + 1:i + 3]:
                m2 = _HEADING.match(head, start2, end2)
                if m2 and label_type(m2.group("label")) == "answer":
                    return _canonical_label(m2.group("label")), "answer", end2
        if m and m.group("label").casefold() in _GENERIC_LABELS and (bm := _KIND_SUBJECT.search(head, end)):
            # "Vorlage - 2021/17-01 / Betreff: Antwort auf die Fragen von …", "Drucksache 12/2021 /
            # Betreff: Antrag der SPD-Fraktion …": an information system calls every paper a
            # Vorlage; a subject that opens with the paper's kind says which.
            word = bm.group("label") or bm.group("motion")
            return _canonical_label(word), label_type(word), end
        if m and field and m.group("label").casefold() in _GENERIC_LABELS:
            # "Vorlage - 2021/112 … Vorlagenart: Mitteilungsvorlage": an information
            # system calls every paper a Vorlage; its type field says which kind.
            return _canonical_label(field.group("label")), label_type(field.group("label")), end
        if m:
            word = m.group("label")
            label = _canonical_label(word)
            if word.casefold() in ("bekanntmachung", "bekanntgabe") and _DECISIONS_NOTICE.match(head, m.end(), end):
                return label, "minutes", end  # "Bekanntmachung der Beschlüsse der 9. Sitzung …": a record
            if word.casefold() == "bekanntmachung" and not _SESSION_NOTICE.search(head):
                return label, "information", end  # a public notice (of a plan, a statute, a seat taken up): it informs
            if m.group("adj") and m.group("adj").casefold() in ("kleine", "große", "grosse", "gemeinsamer"):
                label = f"{m.group('adj').capitalize()} {label}"
            return label, label_type(word), end
    if field:
        return _canonical_label(field.group("label")), label_type(field.group("label")), field.end()
    first = head[:400]
    for rx, label, dtype in _ENGLISH_LABELS:
        m = rx.search(first)
        if m:
            return label, dtype, head.find("\n", m.end()) if "\n" in head[m.end():] else len(head)
    return None, None, 0

# Heading words an information system gives every paper, whatever its kind.
_GENERIC_LABELS = ("vorlage", "drucksache")

# A notice that announces a session: its agenda ("Tagesordnung", "… findet am … statt",
# "… lade ich … ein"); a notice of what a session decided is not one.
_SESSION_NOTICE = re.compile(
    # (a sentence's words, over the dots of its dates)
    r"\bTagesordnung\b|\bfindet\b(?:[^.]|\.(?=\d)){0,160}\bstatt\b|\blade(?:n|t)?\b(?:[^.]|\.(?=\d)){0,120}\bein\b"
    r"|\bEinladung\b"
)

# A notice of what a session decided: "Bekanntmachung der Beschlüsse …", "Bekanntgabe der in
# nichtöffentlicher Sitzung gefassten Beschlüsse", "BEKANNTMACHUNG VON BESCHLÜSSEN".
_DECISIONS_NOTICE = re.compile(
    r"[ \t]+(?:der|von)[ \t]+(?:[\wäöüß.-]+[ \t]+){0,5}?(?:gefassten[ \t]+)?Beschlüss(?:e|en)\b", re.IGNORECASE
)

_ITEM_LINE = re.compile(r"[ \t]*(?:TOP|Top|Ö|NÖ|N|Punkt|Tagesordnungspunkt)[ \t]*\d")

_NUMBER_FIELD = re.compile(rf"[ \t]*(?:Nr\.)?[ \t]*:[ \t]*{REF_TOKEN}[ \t]*$")

_HEADING_AT = re.compile(_HEADING.pattern.removeprefix("^"), _HEADING.flags)

_HEADING_PART = re.compile(r"[ \t]+[–—|-][ \t]+")

_LISTED_DOC = re.compile(r"[ \t]*\((?:erschienen|veröffentlicht|eingestellt)\b")


def _canonical_label(word: str) -> str:
    word = " ".join(word.split())
    if word.isupper() or word.islower():
        return _CANONICAL.get(word.casefold(), word.capitalize())
    return word
