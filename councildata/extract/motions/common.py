"""What the motion rules share: the motion words, candidates, lines, titles and submitters."""

from __future__ import annotations

import re
from typing import Any

from .. import orgs
from ..dates import ANY_DATE, date_from_match
from ..text import one_line

KIND_WORDS = (
    r"Änderungs-\s?/\s?Ergänzungsantrag|Änderungs-\s?und\s?Ergänzungsantrag|Änderungsantrag|Ergänzungsantrag|"
    r"Dringlichkeitsantrag|Zusatzantrag|Fraktionsantrag|Gruppenantrag|Prüfantrag|Haushaltsantrag|Sachantrag|"
    r"Eilantrag|Ersetzungsantrag|Gegenantrag|Alternativantrag|Initiativantrag|Geschäftsordnungsantrag|"
    r"Beschlussantrag|Entschließungsantrag|Resolutionsantrag|"
    # "Änderungs-Antrag", "GO-Antrag": compounds written with a hyphen
    r"GO-Antrag|[A-ZÄÖÜ][a-zäöüß]{2,20}s-Antrag|Antrag"
)
# "Antrag zur Geschäftsordnung", "GO-Antrag": a procedural motion.
GO_MOTION = re.compile(r"Geschäftsordnung|\bGO-Antrag", re.IGNORECASE)
# What only a procedural motion asks for (Geschäftsordnungen list them): "auf Vertagung",
# "die Unterbrechung der Sitzung", "auf Schluss der Debatte", "Verweisung in den Ausschuss".
_PROCEDURAL_ASK = (
    r"(?:(?:die|den|das|eine|einen|ein)\s+)?(?:sofortigen?\s+|kurze\s+)?"
    r"(?:Vertagung|Schlu(?:ss|ß)\s+der\s+(?:Debatte|Beratung|Aussprache|Rednerliste)|Ende\s+der\s+(?:Debatte|Rednerliste)"
    r"|(?:Rück|Ver|Über)weisung|(?:Sitzungs)?[Uu]nterbrechung|namentliche\s+Abstimmung|geheime\s+Abstimmung"
    r"|Absetzung|Streichung\s+(?:de[rs]\s+)?(?:TOP|Tagesordnungspunkte?s?|Punkte?s?)(?![\wäöüß])|Nichtbefassung|Ausschluss\s+der\s+Öffentlichkeit|Übergang\s+zur\s+Tagesordnung"
    r"|Begrenzung\s+der\s+Redezeit|Redezeitbegrenzung)(?![\wäöüß])"
)
PROCEDURAL = re.compile(
    # "beantragt außerdem die Absetzung …": an adverb may stand before what is asked
    r"\s*(?:(?:außerdem|zudem|ferner|weiterhin|ebenfalls|erneut|nochmals|auch|dann)\s+)?"
    r"(?:(?:auf|zur|über)\s+)?" + _PROCEDURAL_ASK
)

ADJ = r"(?:(?P<adj>(?i:interfraktionelle[rn]?|gemeinsame[rn]?|fraktionsübergreifende[rn]?))\s+)?"

TRIGGER = re.compile(rf"{ADJ}(?<![\w-])(?P<kind>(?i:{KIND_WORDS}))(?![\w-])")

KIND_NAMES = {w.casefold(): w for w in KIND_WORDS.split("|") if "\\" not in w and "[" not in w}

AMENDMENT = re.compile(r"Änderung|Ergänzung|Zusatz|Ersetzung|Gegen|Alternativ", re.IGNORECASE)

# The item number at the start of an agenda row: "Ö 5.4", "TOP 3", "N 2.1", "12."
AGENDA_ROW = re.compile(r"(?:(?:TOP|Ö|N|NÖ)[ \t]*)?\d{1,3}(?:\.\d{1,3})*\.?[ \t]+")

AGENDA_ITEM = re.compile(r"^(?:Punkt|TOP)\s+[\d.]+\s*(?:der\s+Tagesordnung\s*)?:?\s*", re.IGNORECASE)

LABEL_LINE = re.compile(
    r"^(?:Vorlage|Drucksache|Drs\.|Eingang|Gremi|Beschluss|Abstimmung|Verantwortlich|Dienststelle)\b|:$"
)

# A "title" that is the next entry of a list of motions.
_MOTION_LIST = re.compile(rf"(?:{KIND_WORDS}|Anträge)\s+(?:der|des|von)\b", re.IGNORECASE)

_OUTCOME_TITLE = re.compile(
    r"^(?:mehrheitlich|einstimmig|Ablehnung|Zustimmung|abgelehnt|zugestimmt|Kenntnisnahme|erledigt)|Stimmen\b",
    re.IGNORECASE,
)

INQUIRY = re.compile(r"\bAnfrage\b")


def heads_line(text: str, start: int, end: int) -> bool:
    """Whether a mention is a line of its own (a heading of the motion), maybe
    after a short number ("P16 – …") and before a title after a colon or dash."""
    line_start = start_of_line(text, start)
    before = text[line_start:start]
    # (the item's number as the minutes write it: "6.", "P16", "TOP 6", "Ö 6.1", "Punkt 6")
    if before.strip() and not re.fullmatch(r"[ \t]*(?:(?:TOP|Ö|NÖ|N|Punkt|Pkt\.)[ \t]*)?[\w.]{1,6}[ \t]*[–—:-]?[ \t]*", before):
        return False
    after = text[end:end_of_line(text, end)].strip()
    return not after or after[0] in ":–—-"


def kind_of(m: re.Match) -> str:
    """The motion word as one word: "ÄNDERUNGSANTRAG" -> "Änderungsantrag",
    "Änderungs-Antrag" -> "Änderungsantrag", "GO-Antrag" -> "Geschäftsordnungsantrag"."""
    word = " ".join(m.group("kind").split())
    if word.casefold() == "go-antrag":
        return "Geschäftsordnungsantrag"
    if re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+s-Antrag", word, re.IGNORECASE):
        word = word[:-7] + "antrag"
    if word.isupper():
        word = word.capitalize()
    return word


# The labels of a motion form's submitter field: "Antragsteller:", "Antragstellende:",
# "Einreicher/in:", "Initiator:", "Einreichende Fraktion:", "Fraktion / Gruppe:", "Eingereicht von:".
SUBMITTER_LABEL = (
    r"(?:Antragsteller(?:in|innen|/in|\*in)?|Antragstellende[rn]?|Einreicher(?:in|/in|\*in)?|Initiator(?:in|/in)?"
    r"|(?:Einreichende|Antragstellende|Beantragende)[ \t]+(?:Fraktion|Gruppe|Fraktion[ \t]*/[ \t]*Gruppe)"
    r"|Fraktion[ \t]*/[ \t]*Gruppe|Eingereicht[ \t]+(?:von|durch))[ \t]*:"
)


def undouble(name: str) -> str:
    """"SPD-FraktionSPD-Fraktion" -> "SPD-Fraktion": a name a page's two layers (a link's
    text and its label) give twice, run together."""
    name = name.strip()
    half = len(name) // 2
    if half >= 3 and len(name) % 2 == 0 and name[:half] == name[half:]:
        return name[:half]
    return name


def cand(start: int, end: int, rule: str, conf: float, who: str, kind: str, **fields: Any) -> dict[str, Any]:
    c = {"start": start, "end": end, "rule": rule, "conf": conf, "who": who, "kind": kind,
         "date": None, "reference": None, "title": None}
    c.update({k: v for k, v in fields.items() if v})
    who = undouble(who)
    if who.endswith(".") and not re.search(r"(?i)linke\.$", who) and orgs.party_names(who[:-1], acronyms=True):
        who = who[:-1]  # "… von der AfD-Fraktion.": the sentence's full stop, not the name's
    c["who"] = _ADJECTIVE_LEAD.sub(r"\1e", _ADJECTIVE_PARTY.sub(lambda m: m.group(1) + "e", who))
    c["parties"] = frozenset(orgs.party_names(who, acronyms=True) or [who])
    return c


# "Antrag der Grünen", "Antrag der Linken": a party named by an adjective, said in the
# nominative as the submitter ("Grüne", "Linke").
_ADJECTIVE_PARTY = re.compile(r"^(Grün|Link)en$")
# "Antrag der Freien Wähler", "… der Unabhängigen Wählergemeinschaft X", "… der Grünen Liste":
# a name led by an adjective, inflected after the article; the name itself is in the nominative
# ("Freie Wähler"). Only adjective endings: "Piraten Partei" is no adjective.
_ADJECTIVE_LEAD = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]*(?:ig|isch|lich|al|iv|ei|eu|ün|ink|ell))en(?=[ \t]+[A-ZÄÖÜ])")


def trim_phrase(phrase: str) -> str | None:
    """A title phrase from running text without the verb that ends the clause."""
    words = one_line(phrase).split()
    while words and words[-1][:1].islower():
        words.pop()
    return " ".join(words) or None


def title_lines(text: str, pos: int) -> str | None:
    """The title running from ``pos`` to the end of its paragraph (three lines at most)."""
    lines: list[str] = []
    cur = pos
    while len(lines) < 3 and cur < len(text):
        end = end_of_line(text, cur)
        line = text[cur:end].strip()
        if not line or (lines and (LABEL_LINE.search(line) or TRIGGER.match(line) or AGENDA_ROW.match(line))):
            if not lines and not line and end + 1 < len(text) and text[end + 1:end + 2] != "\n":
                cur = end + 1
                continue
            break
        lines.append(line)
        cur = end + 1
    return one_line(" ".join(lines)) or None


def clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = title.strip(" :–—-")
    if len(title) < 3 or _OUTCOME_TITLE.search(title) or _MOTION_LIST.match(title):
        return None
    return title

# A motion's title or submitter never runs longer than this; capping the
# look-ahead keeps a document that is one enormous line (a bad export) from
# making every mention scan to its end.
MAX_LINE = 1000


def start_of_line(text: str, pos: int) -> int:
    e = text.rfind("\n", max(0, pos - MAX_LINE), pos)
    return max(0, pos - MAX_LINE) if e < 0 else e + 1


def end_of_line(text: str, pos: int) -> int:
    e = text.find("\n", pos, pos + MAX_LINE)
    return min(len(text), pos + MAX_LINE) if e < 0 else e


def iso(s: str) -> str | None:
    m = ANY_DATE.search(s)
    return date_from_match(m) if m else None

_WORD = re.compile(r"\S+")
_COALITION = re.compile(r"(?:Kooperation|Koalition|Zählgemeinschaft|Mehrheitsgruppe|Mehrheitskoalition)\s+(?:aus|von)\s+(?:der\s+|den\s+)?")
_JOINED = re.compile(r",|\s(?:und|sowie)\s|/")


# Words that go on a sentence after a submitter's name, never part of one: any word
# in lower case but those that join a name's parts ("Bürger für Hausen", "Bündnis
# 90/Die Grünen", "Wir in der Mitte") — "Fraktion Die Linke wurde die Sitzung …",
# "Fraktion X betrifft …".
_NOT_IN_NAME = re.compile(
    r"\s(?!(?:für|fuer|und|der|die|das|den|dem|des|von|vom|im|in|am|an|aus|sowie|gegen|mit|ohne|zu|zur|zum|e\.|e\.V\.|ev)(?=\s|$))"
    r"[a-zäöüß][\wäöüß-]*(?=\s|$)"
)


def submitter(region: str, whole: bool) -> str | None:
    """The submitter at the start of ``region`` as written, or None.

    ``whole``: the region must be nothing but the submitter (form fields,
    lines of their own); else the longest valid run of words from its start.
    """
    words = [(m.start(), m.end()) for m in _WORD.finditer(region)]
    if not words or len(words) > 24:
        return None
    cm = _COALITION.match(region)
    if cm:
        # "Koalition aus CDU und FDP": factions that move together, named by their bond
        rest = submitter(region[cm.end():], whole)
        return one_line(region[:cm.end()] + rest) if rest and _JOINED.search(rest) else None
    sizes = [len(words)] if whole else range(len(words), 0, -1)
    for n in sizes:
        cand = region[: words[n - 1][1]].rstrip(",;")
        if not cand:
            continue
        if n > 1 and "\n" in region[words[n - 2][1]:words[n - 1][0]] and not _continues(region, words, n):
            continue  # a capitalised word on the next line is not part of the name
        if not whole and _NOT_IN_NAME.search(cand):
            continue  # "Fraktion Die Linke wurde die …": the sentence goes on after the name
        names = orgs.party_names(cand, acronyms=True)
        if not names:
            continue
        if not whole and n < len(words) and not orgs.party_names(cand):
            # A bare short name followed by more of a name ("LG Region Musterstadt")
            # is an association's, not a faction's.
            nxt = region[words[n][0]:words[n][1]]
            if nxt[:1].isupper():
                return None
        return one_line(cand)
    return None


def _continues(region: str, words: list[tuple[int, int]], n: int) -> bool:
    """Whether the n-th word, first on its line, continues the name before it."""
    prev = region[words[n - 2][0]:words[n - 2][1]]
    last = region[words[n - 1][0]:words[n - 1][1]]
    return (prev.endswith((",", "-", "/")) or prev in ("und", "sowie", "der", "des", "&")
            or "raktion" in last or bool(orgs.party_names(last)))


def raw_len(region: str, who: str) -> int:
    """Length in ``region`` of the submitter written as ``who`` (spaces collapsed)."""
    n_words = len(who.split())
    words = list(_WORD.finditer(region))
    return words[n_words - 1].end() if len(words) >= n_words else len(region)


def norm(s: str) -> str:
    return re.sub(r"\W+", "", s).casefold()


def title_key(s: str) -> str:
    """A title to compare, without the agenda row's number before it ("6.2.2 <title>")."""
    return norm(AGENDA_ROW.sub("", s, count=1) if AGENDA_ROW.match(s) else s)


# -- persons ---------------------------------------------------------------

# A councillor or office holder who moves a motion in a meeting, named by
# title: "Herr Stadtrat Dr. Meier", "Ratsherr Brandt", "Frau Schmidt
# (SPD)", "Bürgermeister Kaiser", "Mitglied Lange".
# Titles as minutes abbreviate them: "StR Bauer", "StRin Weber", "GR Schulz", "KRin Roth", "Rh. Meyer".
ABBREVIATED = r"(?<![\wäöüß])(?:StR(?:in)?|STR(?:in)?|StRätin|MGR(?:in)?|GR(?:in)?|KR(?:in)?|OR(?:in)?|RM|GV(?:in)?|Rh\.|Rf\.|StV(?:in)?\.?)(?=[ \t]+(?:Dr\.[ \t]*)?[A-ZÄÖÜ])"
# Genitive forms too ("des Stadtrats", "des Ratsmitglieds"), and members who sit
# alone ("Einzelstadträtin", "Einzelvertreter").
_TITLE = (
    r"(?:(?:Einzel)?[Ss]tadtr(?:ats?|ätin)|Ratsherrn?|Ratsfrau|Ratsmitglied(?:e?s)?|Stadtratsmitglied(?:e?s)?"
    r"|Gemeinderatsmitglied(?:e?s)?|Mitglied(?:e?s)?"
    r"|(?:Einzel)?[Kk]reisr(?:ats?|ätin)|(?:Einzel)?[Gg]emeinder(?:ats?|ätin)|Ortschaftsr(?:ats?|ätin)|Ortsr(?:ats?|ätin)"
    r"|Ortsbeiratsmitglied(?:e?s)?|Einzelvertreter(?:in|s)?"
    r"|Bezirksr(?:ats?|ätin)|Bezirksverordnete[rn]?|Stadtverordnete[rn]?|(?:Gemeinde|Stadt)vertreter(?:in|s)?"
    r"|Kreistagsabgeordnete[rn]?|Kreistagsmitglied(?:e?s)?|Abgeordnete[rn]?|Ausschussmitglied(?:e?s)?"
    # a faction's leader, its party joined on: "SPD-Fraktionsvorsitzenden", "CDU-Fraktionssprecherin"
    r"|(?:[A-ZÄÖÜ][\wÄÖÜäöüß/+.]*-)?(?:Fraktions|Gruppen)(?:vorsitzende[rn]?|sprecher(?:in|s)?)"
    r"|(?:Ober|Orts|Bezirks)?[Bb]ürgermeister(?:in)?|Landr(?:at|ätin)|Ortsvorsteher(?:in)?|Beigeordnete[rn]?"
    rf"|{ABBREVIATED})"
)
# Names keep the letters of other languages: "Ilić", "Çelik", "Šimunović", "Søndergaard".
_UPPER = "A-ZÄÖÜÇŠŽČĆŁØÅÉ"
_LOWER = "a-zäöüßà-öø-ÿćčšžłńśźżğışăţ"
_NAME = rf"(?!(?:Antrag|Anträge|Fraktion|Verwaltung|Sitzung|Ausschuss)\b)[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)*"
PERSON = (
    rf"(?:(?:Herrn?|Frau)\s+(?:{_TITLE}\s+)?|{_TITLE}\s+)(?:(?:Dr\.|Prof\.)\s*)*(?:[{_UPPER}]\.[ \t]*)?{_NAME}"
    rf"(?:\s+{_NAME}(?=\s+[a-zäöüß(]|\s*[,(]|[ \t]*(?:\n|$)))?(?:\s*\([^()\n]{{1,40}}\))?"
)
PERSON_RE = re.compile(PERSON)
# Advisory councils that a Gemeindeordnung or the council's rules give a right to move
# motions: "Seniorenbeirat", "Jugendbeirat", "Integrationsbeirat", "Jugendgemeinderat".
ADVISORY = re.compile(
    r"(?P<who>(?:Kinder-[ \t]und[ \t])?(?:Senioren|Jugend|Integrations|Migrations|Ausländer|Behinderten|Inklusions"
    r"|Kinder|Familien|Frauen|Klima|Umwelt|Teilhabe)(?:beirat|parlament|gemeinderat|rat|vertretung)(?:e?s)?)(?![\wäöüß-])"
)
# A member of a council by title (not an office, not a bare "Herr").
COUNCILLOR = re.compile(
    r"(?:(?:Einzel)?[Ss]tadtr(?:ats?|ätin)|Ratsherrn?|Ratsfrau|(?:Einzel)?[Kk]reisr(?:ats?|ätin)|(?:Einzel)?[Gg]emeinder(?:ats?|ätin)"
    r"|Ortschaftsr(?:ats?|ätin)|Ortsr(?:ats?|ätin)|(?:Rats|Ortsbeirats|Stadtrats|Gemeinderats|Kreistags)mitglied(?:e?s)?"
    r"|Einzelvertreter(?:in|s)?|Stadtverordnete[rn]?|Bezirksverordnete[rn]?|(?:Gemeinde|Stadt)vertreter(?:in|s)?"
    rf"|Kreistagsabgeordnete[rn]?|{ABBREVIATED})\s+(?:Dr\.\s*)?[A-ZÄÖÜ]"
)
# An office named alone, in any case: "des Landrats", "des Bürgermeisters".
_OFFICE = re.compile(
    r"(?P<office>(?:Ober|Orts)?[Bb]ürgermeister(?:in)?|Landr(?:at|ätin)|Ortsvorsteher(?:in)?|Amtsdirektor(?:in)?"
    r"|Amtsvorsteher(?:in)?|(?:[A-ZÄÖÜ][a-zäöüß]+)?[Vv]orsitzende)(?:n|s|es)?(?![\wäöüß])"
)


def person(region: str, office: bool = False) -> str | None:
    """A councillor named by title at the start of ``region``, as written
    (on one line); with ``office``, also an office named alone ("des
    Landrats" -> "Landrat")."""
    region = re.sub(r"^(?:der|des|von|vom|dem)\s+", "", region.lstrip())
    m = PERSON_RE.match(region)
    if m:
        return one_line(m.group())
    om = _OFFICE.match(region) if office else None
    return om.group("office") if om else None

# "… auf Vertagung", "… zur Unterbrechung der Sitzung" a few words after a mover.
PROCEDURAL_UPON = re.compile(r"[^\n.;:]{0,60}?\s(?:auf|zur)\s+" + _PROCEDURAL_ASK)
# The same asked for with a verb: "beantragt, den Punkt zu vertagen", "… von der
# Tagesordnung abzusetzen", "… in den Bauausschuss zu verweisen", "… die Rednerliste zu schließen".
PROCEDURAL_VERB = re.compile(
    r"(?<![\wäöüß])(?:zu\s+vertagen|abzusetzen|zu\s+unterbrechen|(?:zurück)?zu\s*verweisen|zu\s+überweisen"
    r"|(?:namentlich|geheim|getrennt)\s+abzustimmen|(?:Debatte|Aussprache|Rednerliste|Beratung)\s+zu\s+(?:schließen|beenden)"
    # a postponement asked in words: "… erst in der nächsten Sitzung zu entscheiden"
    r"|nächste[nr]?\s+(?:[\wäöüß-]+\s+)?[\wäöüß-]*[Ss]itzung(?:\s+(?:des|der)\s+[\wäöüß-]+)?\s+zu\s+"
    r"(?:entscheiden|beraten|behandeln|beschließen|verschieben))(?![\wäöüß])"
)
