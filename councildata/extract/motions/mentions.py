"""A motion named by its word: "Antrag der Gruppe X vom DATE – <title>", "Antrag: SPD",
"Änderungsantrag CDU/SPD: <title>", "Antrag Nr. 101 (S. 202): <title> (GRÜNE)", with
the number and title on the lines around it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .. import orgs
from ..dates import DATE_PATTERN
from ..common import BODY_NAME
from ..document import REF_TOKEN
from ..text import one_line
from .common import COUNCILLOR, PERSON_RE, PROCEDURAL, PROCEDURAL_UPON, person, ADJ, AGENDA_ITEM, AGENDA_ROW, KIND_WORDS, LABEL_LINE, TRIGGER, cand, clean_title, heads_line, iso, kind_of, end_of_line, start_of_line, raw_len, submitter, title_lines, trim_phrase

if TYPE_CHECKING:
    from .. import Context

# What may stand between the motion word and its submitter.
_ARTICLE_AFTER = re.compile(r"[ \t]*\n?[ \t]*(?:der|des|von\s+der|von\s+den|von|vom)(?:[ \t]+|[ \t]*\n[ \t]*)")

_COLON_AFTER = re.compile(r"[ \t]*:[ \t]*")

_NUMBERED = re.compile(
    r"[ \t]+Nr\.\s*(?P<ref>[\w/.-]*\d[\w/.-]*)(?:\s*\([^)\n]{0,30}\))?\s*:\s*(?P<title>[^\n()]+?)\s*"
    r"\((?P<who>[^()]{1,120})\)"
)

# Where a submitter's name ends at the latest.
_WHO_STOP = re.compile(
    r"\svom\s|\sNr\.\s*\d|[:;()\[\]„“\"–—]|\s-\s|\n[ \t]*\n|\.\s+(?=[a-zäöü])"
    # a relative clause after the name: "Dringlichkeitsantrag der SPD, in dem es um … geht"
    r"|,\s+(?:(?:in|mit|bei|von|zu|auf|für|über|an|nach)\s+)?(?:dem|der|den|die|das|denen|deren|dessen|welche[mnrs]?)\s+[a-zäöüß]"
)

# A name in quotes: „Jugend entscheidet“, "Bürger für Musterstadt", »Wir für Hausen«.
_OPENING_QUOTES = ("„", "\"", "“")
_QUOTED_NAME = re.compile(r"(?:„[^„“”\"\n]{2,60}[“”\"]|\"[^\"\n]{2,60}\"|“[^“”\n]{2,60}”)")
# A word that says a group's name follows: "Wählergemeinschaft „…“", "Gruppe „…“", "Jugendbeirat „…“".
_GROUP_WORD = re.compile(
    r"(?i:fraktion|gruppe|liste|w(?:ä|ae)hler(?:gemeinschaft|vereinigung|gruppe)|bündnis|jugendparlament"
    r"|jugendbeirat|jugendrat|jugendforum|beirat)[ \t]*$"
)

# "Nr. 2023/123", "Nr. 12", "Nr. 512/XVII" (a number in the Wahlperiode)
_NUMBER_AFTER = re.compile(rf"[ \t]+(?:Nr\.|Nummer)[ \t]*(?P<ref>\d{{1,5}}/[IVXL]{{1,6}}(?![\w/])|{REF_TOKEN}|\d{{1,5}})")

# " (Drucksache 20/123)", ", Drs. 22-2402"
_REF_AFTER = re.compile(
    rf"[ \t]*[(,]?[ \t]*(?:Drucksache|Drs\.|Vorlage)(?:[- ]?Nr\.)?[ \t]*:?[ \t]*(?P<ref>{REF_TOKEN})"
)

_HIER = re.compile(r"[ \t]*hier[ \t]*:[ \t]*", re.IGNORECASE)

_FIELD_PREFIX = re.compile(r"^\s*(?:Betreff|Betr\.|Thema|Titel)\s*:\s*")

_REF_IN_TITLE = re.compile(
    rf"[ \t]*\(?(?:Drucksache|Drs\.|Vorlage)(?:[- ]?Nr\.)?[ \t]*:?[ \t]*(?P<ref>{REF_TOKEN})\)?"
)

# An agenda row ends with the paper's number: "… Antrag der CDU-Fraktion 22-2207"
_REF_AT_LINE_END = re.compile(rf"[ \t]+(?P<ref>{REF_TOKEN})[ \t]*(?=\n|$)")

# "… betreffend <title>", "… betr. <title>", "… zum Thema <title>"
_ABOUT_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:betreffend|betr\.|bzgl\.|bezüglich|zum Thema)[ \t]*:?[ \t]*")

# "zur Einrichtung eines Jugendbeirats", "über die Ausweitung …", "auf eine Veränderungssperre …"
_SUBJECT_AFTER = re.compile(
    r"[ \t]*\n?[ \t]+(?:zur|zum|über|auf)[ \t]*\n?[ \t]*(?:(?:die|den|das|eine|einen|ein|einer)[ \t]*\n?[ \t]*)?"
    r"(?P<t>[A-ZÄÖÜ][^.,;:()\n]{2,120}(?:\n(?![ \t]*\n)[^.,;:()\n]{1,80})?)"
)

_VOM_DATE = re.compile(rf"[ \t]*\n?[ \t]*(?:vom|v\.)[ \t]+(?P<date>{DATE_PATTERN})")

# "Antrag Nr. 47/2022 v. 03.05.2022 (FDP)": the submitter in brackets after the number or date.
_BRACKET_WHO = re.compile(r"[ \t]*\((?P<who>[^()\n]{1,60})\)")

# "Antrag Stadtrats-Mitglieder A, B und C (Fraktion Die Grünen – Rosa Liste) vom 25.2.2020":
# councillors' motion, their faction in brackets.
_MEMBERS = re.compile(
    r"[ \t]+(?:der[ \t]+|von[ \t]+(?:den[ \t]+)?)?(?:Stadtrats-?[Mm]itglieder[n]?|Stadtratsmitglied(?:es)?|Stadträt(?:e|innen)|"
    r"Stadtr(?:at|ätin)|Gemeinderät(?:e|innen)|Kreisrät(?:e|innen)|Ratsmitglieder[n]?|Ratsmitglied(?:es)?|"
    r"Stadtverordnete[n]?|Gemeindevertreter(?:innen)?|Bezirksverordnete[n]?)\b[^()\n]{1,200}?"
    rf"\((?P<who>[^()\n]{{2,60}})\)(?:[ \t]+vom[ \t]+(?P<date>{DATE_PATTERN}))?"
)

# "…, eingegangen am 16.03.2017", "(Eingang: 16.03.2017)"
_RECEIVED_AFTER = re.compile(
    rf"[ \t]*[,(]?[ \t]*(?:eingegangen|eingereicht|Eingang)(?:[ \t]+am)?[ \t]*:?[ \t]*(?P<date>{DATE_PATTERN})\)?"
)

# What may follow a submitter on its own line: a date, a title, a bracket.
_WHO_GOES_ON = re.compile(r"\s*(?:vom\s|:|\(|\)|–|—)")

_PARTY_BRACKET = re.compile(r"\((?P<party>[^()\n]{1,30})\)")

_TITLE_AFTER = re.compile(r"[ \t]*[:–—-][ \t]*")

_REF_LINE = re.compile(
    rf"^[ \t]*(?:Vorlage|Drucksache|Drs\.)(?:[- ]?Nr\.)?[ \t]*:?[ \t]*(?P<ref>{REF_TOKEN})", re.MULTILINE
)

_REF_BRACKET_LINE = re.compile(
    rf"[^\n()]{{0,60}}\((?:Drucksache|Drs\.|Vorlage)(?:[- ]?Nr\.)?[ \t]*:?[ \t]*(?P<ref>{REF_TOKEN})\)[ \t]*$", re.MULTILINE
)
# A line led by the paper's number: "Drucksache 2024/0815 Antrag der …", "2024/0815 – <title> – Antrag der …".
_REF_LEADS = re.compile(
    rf"[ \t]*(?:(?:Drucksache|Drs\.|DS|Vorlage)(?:[- ]?Nr\.)?[ \t]*:?[ \t]*)?(?P<ref>{REF_TOKEN})(?![\w/])"
)
_BRACKET_TITLE = re.compile(r"[ \t]*:[ \t]*(?P<t>[^\n]{3,200})")
_UPON = re.compile(r"(?<![\wäöüß])[Aa]uf[ \t]+$")
# The law a motion is made under, as each Land cites it: "gemäß § 24 GO NRW", "nach § 34 Abs. 1
# GemO", "gem. Art. 46 Abs. 2 GO", "nach § 56 NKomVG", "gemäß § 17 Abs. 1 Satz 2 GeschO".
_LAW = (
    r"(?:gem\.|gemäß|nach|i\.[ \t]?S\.[ \t]?d\.)[ \t]*(?:§+|Art\.|Artikel)[ \t]*\d+[a-z]?(?:[ \t]+Abs\.[ \t]*\d+)?"
    r"(?:[ \t]+(?:S\.|Satz)[ \t]*\d+)?(?:[ \t]+(?:Nr\.[ \t]*\d+[ \t]+)?[A-ZÄÖÜ][\wÄÖÜäöüß]{1,12}\.?(?:[ \t]+(?:NRW|BW|LSA|M-V|MV|RLP|SH|[A-Z]{2,3})(?![\wäöüß]))?)?"
)
_LAW_AFTER = re.compile(rf"[ \t]+{_LAW}(?=[ \t]+(?:der|des|von)[ \t])")
# A councillor without a faction: "fraktionslosen Stadträtin", "parteilosen Ratsmitglieds".
_NO_FACTION = re.compile(r"(?:(?:fraktionslose|parteilose)[nrs]?[ \t]+)?")
# A member who sits for a party alone: "Einzelvertreters der Partei DIE PARTEI", "Einzelvertreterin der Piraten".
_ALONE = re.compile(
    r"(?:Einzelvertreter(?:in|s)?|Einzelmandatsträger(?:in|s)?|Einzelstadtr(?:at|ats|ätin)|Einzelgemeinder(?:at|ats|ätin))"
    r"[ \t]+(?:der|des|von)[ \t]+(?:(?:Partei|Wählergruppe|Wählergemeinschaft)[ \t]+)?(?P<party>[A-ZÄÖÜ][^\n,;:()]{1,40}?)"
    r"(?=[ \t]*(?:$|[,;:(–]|[ \t]vom[ \t]|[ \t]zu[rm]?[ \t]|[ \t]auf[ \t]|[ \t]betr))"
)
# The council a faction sits in, between it and its motion's date: "Antrag der
# SPD-Fraktion in der Stadtverordnetenversammlung Neu-Musterstadt vom 9. Mai 2011".
_IN_BODY = re.compile(
    rf"[ \t]+(?:in[ \t]+der|im)[ \t]+(?:{BODY_NAME})(?:[ \t]+(?:der[ \t]+(?:Stadt|Gemeinde)[ \t]+)?"
    r"[A-ZÄÖÜ][\wäöüß]+(?:[-/][A-ZÄÖÜ][\wäöüß]+)*){0,2}"
)
# A group's short name in brackets after its name: "(BfH)", "(WGH)".
_SHORT_NAME = re.compile(r"[ \t]*\([A-ZÄÖÜ][\wÄÖÜäöüß./-]{1,10}\)")
# The rule a motion is made under, after its mover: "gem. § 56 NKomVG", "nach § 34 Abs. 1 GO".
_LAW_TAIL = re.compile(rf"[ \t]+{_LAW}")
_GO_AFTER = re.compile(r"[ \t]+zur[ \t]+Geschäftsordnung\b")
# What a motion made in the meeting brings about, told after "Auf Antrag der X":
# how to vote or elect, the item put off, referred, the sitting interrupted.
_UPON_DOES = re.compile(
    r"[ \t,]*\n?[ \t]*(?:wird|wurde|werden|wurden)\s+(?:[\wäöüß.]+\s+){0,8}?"
    r"(?:(?:offen|geheim|namentlich|getrennt|einzeln|en\s+bloc|per\s+Handzeichen)\s+(?:gewählt|abgestimmt)"
    r"|vertagt|unterbrochen|abgesetzt|zurückgestellt|verwiesen|überwiesen|geschlossen|ausgeschlossen|vorgezogen"
    # the agenda changed: "wird die Tagesordnung um den Punkt 9 erweitert"
    r"|(?<=Tagesordnung\s)(?:[\wäöüß.]+\s+){0,6}?(?:erweitert|ergänzt|geändert|umgestellt))\b"
)
_ANTRAG = re.compile(r"[Aa][Nn][Tt][Rr][Aa][Gg](?![\w-])")
# The subject between a motion word and its mover, a few words without a verb
# or a comma: "Änderungsantrag zum Hebesatz von der X-Fraktion", "Antrag
# Ergänzungsantrag zum Haushalt 2025 der Gruppe X".
_SUBJECT_GAP = re.compile(
    r"(?:[ \t]+|[ \t]*\n[ \t]*)(?:zur|zum|über|für|betreffend|betr\.|bzgl\.|bezüglich|hinsichtlich)[ \t]+"
    r"(?P<t>(?:der|die|das|den|dem|des|eine[nrs]?|ein)?[ \t]*[A-ZÄÖÜ0-9][\wÄÖÜäöüß./-]*"
    r"(?:[ \t]+(?!(?:von|seitens|der|des)[ \t])(?:[A-ZÄÖÜ0-9][\wÄÖÜäöüß./-]*|der|des|die|das|und|im|in|am|zum|zur|für)){0,5})"
    r"(?=[ \t]+(?:von|vom)[ \t])"
)
# A member named without a title ("Herrn Krause", "Frau Dr. Lenz") and the verbs the
# minutes use for what members do in the meeting.
_PLAIN_MEMBER = re.compile(r"(?:Herrn?|Frau)[ \t]+(?:(?:Dr\.|Prof\.)[ \t]*)*(?P<name>[A-ZÄÖÜ][\wäöüß-]+)(?![\wäöüß])")
_MEMBER_ACTS = (
    r"(?:begründe(?:t|te)|erläuter(?:t|te)|stell(?:t|te)|beantragt(?:e)?|bring(?:t)|brachte|zieh(?:t)|zog"
    r"|führ(?:t|te)|erklär(?:t|te)|betont(?:e)?|verweis(?:t)|verwies|frag(?:t|te)|sprich(?:t)|sprach|merk(?:t|te)|halt|hält|hielt)"
)
# An applicant's request to the council is no member's motion: "Antrag von Herrn X auf Befreiung".
_APPLICATION = re.compile(
    r"[ \t]+(?:auf|zur|zum|für)[ \t]+(?:\w+[ \t]+)?(?:Erteilung|Befreiung|Genehmigung|Baugenehmigung|Errichtung|Neubau|Umbau|Anbau"
    r"|Nutzungsänderung|Zuschuss|Förderung|Bezuschussung|Ausnahme|Abweichung|Erlass|Stundung|Kostenübernahme|Einbürgerung)"
)


def _member_speaking(text: str, who_start: int, region: str) -> str | None:
    """``Herrn X`` at the start of ``region`` (read from ``who_start``) as the mover, where X
    speaks or moves elsewhere in the minutes ("Herr X begründete seinen Antrag", "Herr X
    stellt den Antrag") and the motion is no applicant's ("Antrag von Herrn X auf Befreiung …")."""
    pm = _PLAIN_MEMBER.match(region)
    if not pm or _APPLICATION.match(text, who_start + pm.end()):
        return None
    name = re.escape(pm.group("name"))
    acts = re.compile(rf"(?:Herrn?|Frau)[ \t]+(?:(?:Dr\.|Prof\.)[ \t]*)*{name}(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]+{_MEMBER_ACTS}(?![\wäöüß])")
    # the name in the nominative, as a submitter is named ("von Herrn X" -> "Herr X")
    return re.sub(r"^Herrn(?=\s)", "Herr", one_line(pm.group())) if acts.search(text) else None


def triggers(text: str):
    """TRIGGER matches, found fast: every motion word ends in "antrag"."""
    for hit in _ANTRAG.finditer(text):
        found = None
        for m in TRIGGER.finditer(text, max(0, hit.start() - 45), hit.end()):
            if m.end() == hit.end():
                found = m
                break
        if found:
            yield found


# "der von der SPD-Fraktion eingebrachte Antrag", "die von der CDU-Fraktion
# vorgeschlagenen Maßnahmen (Antrag Nr. 512/XVII vom 14.02.2022)": the mover in
# an attribute before the motion, in the same sentence.
_BY_WHOM = re.compile(
    r"(?<![\wäöüß])von[ \t]+(?:der|den|dem)[ \t]+(?P<who>[A-ZÄÖÜ„\"][^\n.;:,()]{1,60}?)[ \t]+"
    r"(?:(?:am|mit[ \t]+Schreiben[ \t]+vom)[ \t]+" + DATE_PATTERN + r"[ \t]+)?"
    r"(?P<verb>beantragte|vorgeschlagene|eingebrachte|gestellte|geforderte|eingereichte|vorgelegte)[nrsm]?(?![\wäöüß])"
)
_SENTENCE_START = re.compile(r"(?<!\bNr)(?<!\bDr)(?<!\bgem)(?<![\s.]\w)[.!?](?=\s+[A-ZÄÖÜ])|\n[ \t]*\n")
# Between the attribute and the motion word: "eingebrachte Antrag", "beantragte Änderungsantrag".
_ATTR_GAP = re.compile(r"[ \t]+(?:[a-zäöüß]+[ \t]+)?$")


_QUOTED_TITLE_AFTER = re.compile(r"[ \t]*(?:„(?P<t>[^„“”\n]{3,200})[“”\"]|\"(?P<t2>[^\"\n]{3,200})\")")
# (only with the indefinite article: "der zweite Antrag der X" may name one told before)
_ANOTHER = re.compile(r"(?<![\wäöüß])(?:ein|einen|eines|einem)\s+(?:weitere|andere|neue|erneute|zweite|dritte)[nrs]?\s+$", re.IGNORECASE)


def candidate(ctx: Context, text: str, m: re.Match) -> dict[str, Any] | None:
    c = _candidate(ctx, text, m)
    if c is None:
        c = _by_whom(text, m)
    if (c is None and m.group("adj") and _ACROSS.match(m.group("adj"))
            and not _NONE_MADE.match(text, m.end()) and not re.search(r"\bkein\w*\s+$", text[max(0, m.start() - 8):m.start()])):
        # "ein fraktionsübergreifender Änderungsantrag", "der interfraktionelle Antrag": a motion
        # of several factions the text does not name — a council motion without a named mover
        c = cand(m.start(), m.end(), "motion.joint", 0.5, "", kind_of(m))
    return c


# "… liegt nicht vor", "… wurde nicht gestellt": no motion made.
_NONE_MADE = re.compile(r"[^.;:!?\n]{0,60}?(?<![\wäöüß])nicht(?![\wäöüß])")
# Words that make a motion one of several factions, whoever they are.
_ACROSS = re.compile(r"(?i:interfraktionell|fraktionsübergreifend)")


def _by_whom(text: str, m: re.Match) -> dict[str, Any] | None:
    """A motion named without its mover whose mover an attribute before it
    names, in the same sentence: directly ("der von der SPD-Fraktion
    eingebrachte Antrag") or, for a motion named by its number or date, anywhere
    before it ("von der CDU-Fraktion vorgeschlagenen Maßnahmen gem. Antrag Nr. 512 vom …")."""
    lo = max(0, m.start() - 250)
    if text.find("von ", lo, m.start()) < 0:
        return None
    starts = list(_SENTENCE_START.finditer(text, lo, m.start()))
    lo = starts[-1].end() if starts else lo
    found = list(_BY_WHOM.finditer(text, lo, m.start()))
    if not found:
        return None
    bw = found[-1]
    reference, date, pos = _number_and_date(text, m.end())
    direct = bool(_ATTR_GAP.fullmatch(text, bw.end(), m.start()))
    if not direct and not (reference or date):
        return None
    who = submitter(bw.group("who"), whole=True)
    if not who:
        return None
    return cand(bw.start(), pos, "motion.attribute", 0.65, who, kind_of(m), date=date, reference=reference)


def _number_and_date(text: str, pos: int) -> tuple[str | None, str | None, int]:
    """A paper number and then a "vom DATE" right after ``pos``, each where
    present: (reference, ISO date, where reading goes on)."""
    reference = date = None
    pm = _NUMBER_AFTER.match(text, pos)
    if pm:
        reference, pos = pm.group("ref"), pm.end()
    dm = _VOM_DATE.match(text, pos)
    if dm:
        date, pos = iso(dm.group("date")), dm.end()
    return reference, date, pos


def _candidate(ctx: Context, text: str, m: re.Match) -> dict[str, Any] | None:
    kind = kind_of(m)
    pos = m.end()
    law = _LAW_AFTER.match(text, pos)
    if law:
        # "Dringlichkeitsantrag gem. § 12 GeschO der CDU-Fraktion": the rule it is made under
        pos = law.end()
    go = _GO_AFTER.match(text, pos)
    if go:
        # "Antrag zur Geschäftsordnung des Landrats"
        kind, pos = "Geschäftsordnungsantrag", go.end()
    # "Antrag Nr. 101 (S. 202): <title> (GRÜNE, Die Linke)"
    nm = _NUMBERED.match(text, pos)
    if nm:
        who = submitter(nm.group("who"), whole=True)
        if who:
            return cand(m.start(), nm.end(), "motion.numbered", 0.85, who, kind,
                         reference=nm.group("ref"), title=one_line(nm.group("title")))
        return None
    # "Antrag Nr. 2023/123 der …", "Antrag vom 12.03.2023 der …"
    reference, date, pos = _number_and_date(text, pos)

    bw = _BRACKET_WHO.match(text, pos)
    if bw and (reference or date or re.search(r"[Ff]raktion|^(?:Gruppe|Ratsgruppe)\s", bw.group("who"))):
        # "Antrag Nr. 47/2022 v. 03.05.2022 (FDP)", "Antrag (CDU-Fraktion): <title>"
        who = submitter(bw.group("who"), whole=True)
        if who:
            tm = _BRACKET_TITLE.match(text, bw.end())
            title = clean_title(tm.group("t")) if tm and not (reference or date) else None
            return _with_context(text, cand(m.start(), bw.end(), "motion.bracket", 0.8, who, kind,
                                             date=date, reference=reference, title=title), m)
    if not (reference or date) and m.group("kind")[:1] in "Aa" and not m.group("adj"):
        mm = _MEMBERS.match(text, pos)
        who = submitter(mm.group("who"), whole=True) if mm else None
        if who:
            return _with_context(text, cand(m.start(), mm.end(), "motion.members", 0.75, who, kind,
                                             date=iso(mm.group("date")) if mm.group("date") else None), m)
    colon = _COLON_AFTER.match(text, pos)
    art = None if colon else _ARTICLE_AFTER.match(text, pos)
    gap_title = None
    if not colon and not art and not (reference or date):
        # "ein Änderungsantrag zum Hebesatz von der X-Fraktion": the subject
        # first, the mover after it
        gm = _SUBJECT_GAP.match(text, pos)
        if gm:
            art = _ARTICLE_AFTER.match(text, gm.end())
            gap_title = trim_phrase(gm.group("t")) if art else None
    if colon:
        # "Antrag: DIE LINKE." / "Änderungsantrag: GRÜNE: <title>"
        rule, who_start, whole = "motion.colon", colon.end(), True
    elif art:
        # "Antrag der Gruppe Grüne/UWG vom 08.09.2021 – <title>"
        rule, who_start, whole = "motion.article", art.end(), False
    elif text[pos:pos + 1] in (" ", "\t"):
        # "Änderungsantrag CDU/SPD/GRÜNE: <title>", "Änderungsantrag GRÜNE" on its own line
        rule, who_start, whole = "motion.bare", pos, True
    else:
        return None
    limit = min(len(text), who_start + 160)
    if whole:
        limit = min(limit, end_of_line(text, who_start))
    stop = _WHO_STOP.search(text, who_start, limit)
    quoted = _QUOTED_NAME.match(text, stop.start()) if stop and stop.group() in _OPENING_QUOTES else None
    if quoted and (stop.start() == who_start or _GROUP_WORD.search(text, who_start, stop.start())):
        # "Antrag von „Jugend entscheidet“", "Antrag der Wählergemeinschaft „Wir für X“":
        # a group's own name in quotes is the submitter, whatever its words.
        stop = _WHO_STOP.search(text, quoted.end(), limit)
    region_end = stop.start() if stop else limit
    # "Ratsherr Müller (CDU)": a councillor's faction in brackets belongs to the name.
    pm2 = _PARTY_BRACKET.match(text, region_end) if stop and stop.group().startswith("(") else None
    if pm2 and orgs.party_names(pm2.group("party"), acronyms=True):
        region_end = pm2.end()
    region = text[who_start:region_end]
    ib = _IN_BODY.search(region) if rule == "motion.article" else None
    if ib and ib.end() == len(region.rstrip()) and submitter(region[:ib.start()], whole=False):
        # "der SPD-Fraktion in der Stadtverordnetenversammlung Neu-Musterstadt": the faction, not the council
        region_end = who_start + ib.start()
        region = text[who_start:region_end]
    who = submitter(region, whole=whole)
    if not who and quoted and region_end >= quoted.end() and not gap_title:
        # ("ein Antrag zur Unterstützung von „Verein X“": after the motion's subject a quoted name is what it is about)
        who = one_line(text[who_start:quoted.end()])
        if quoted.start() == who_start:
            who = who[1:-1].strip()  # the name itself, without its quotes
    moved_here = (kind == "Geschäftsordnungsantrag" or _UPON.search(text, max(0, m.start() - 5), m.start())
                  # "Antrag des Bürgermeisters auf Vertagung": a procedural motion is any member's or the chair's
                  or (rule == "motion.article" and PROCEDURAL_UPON.match(text, who_start))
                  # "der Dringlichkeitsantrag des Bürgermeisters": an urgent motion is put to the
                  # meeting by whoever may, the mayor too (Hessen's HGO § 58, Bavaria's GeschO)
                  or kind.casefold() == "dringlichkeitsantrag")
    if not who and rule == "motion.article" and not moved_here and not gap_title:
        # "der Antrag von Herrn X zum Stellenplan": a member named without a title, whom the
        # minutes show speaking in the meeting ("Herr X begründete seinen Antrag")
        who = _member_speaking(text, who_start, region)
    if not who and rule == "motion.article" and moved_here:
        # "Geschäftsordnungsantrag des Landrats", "Auf Antrag von Herrn
        # Stadtrat Meier wird …": a motion made in the meeting is any
        # member's or the chair's. (A councillor's "Änderungsantrag von Herrn
        # X" names the faction's motion the minutes list elsewhere.)
        who = person(region, office=True)
        if (not who and _UPON.search(text, max(0, m.start() - 5), m.start())
                and (vm := re.match(r"(?:der[ \t]+)?Verwaltung(?![\wäöüß])", region))
                and _UPON_DOES.match(text, who_start + vm.end())):
            # "Auf Antrag der Verwaltung wird TOP 3 vertagt": the administration moves the order of
            # business (not "Auf Antrag der Verwaltung beschließt der Rat …": its proposal)
            who = "Verwaltung"
    person_end = None
    if not who and rule == "motion.article" and not moved_here:
        line = text[who_start:end_of_line(text, who_start)]
        alone = _ALONE.match(line)
        if alone and alone.group("party") and orgs.party_names(alone.group("party"), acronyms=True):
            # "Antrag des Einzelvertreters der Partei DIE PARTEI": a member who sits for a party alone
            who, person_end = one_line(alone.group()), who_start + alone.end()
        elif (councillor := _NO_FACTION.match(line)) and COUNCILLOR.match(line, councillor.end()):
            # "Antrag der Stadträtin Meier", "des fraktionslosen Ratsmitglieds Peter Schmitz
            # (parteilos)": a councillor's own motion, the name read to its end on the line
            pm = PERSON_RE.match(line, councillor.end())
            if pm:
                who, person_end = one_line(line[:pm.end()]), who_start + pm.end()
    if not who:
        return None
    if person_end is not None:
        end = person_end
    elif quoted and not submitter(region, whole=whole):
        end = quoted.end()
    else:
        end = who_start + raw_len(region, who)
    if whole and text[end:end_of_line(text, end)].strip() and not _WHO_GOES_ON.match(text, end):
        return None
    nm2 = None if reference else _NUMBER_AFTER.match(text, end)
    if nm2:
        # "Antrag der SPD-Fraktion Nr. 23/2024 vom 04.05.2024"
        reference, end = nm2.group("ref"), nm2.end()
    if text[end:end + 1] == "." and _VOM_DATE.match(text, end + 1):
        end += 1  # "Antrag der Fraktion DIE LINKE. vom 01.09.2022": the dot is the name's
    between = _SHORT_NAME.match(text, end) or _LAW_TAIL.match(text, end) or _IN_BODY.match(text, end)
    if between and _VOM_DATE.match(text, between.end()):
        # "Antrag der Fraktion Bürger für Hausen (BfH) vom …", "Antrag der Gruppe X gem. § 56 NKomVG vom …"
        end = between.end()
    vm = _VOM_DATE.match(text, end) or _RECEIVED_AFTER.match(text, end)
    if vm:
        date, end = date or iso(vm.group("date")), vm.end()
    if kind == "Antrag" and PROCEDURAL.match(text, end):
        kind = "Geschäftsordnungsantrag"  # "Antrag der CDU-Fraktion auf Vertagung"
    elif kind == "Antrag" and _UPON.search(text, max(0, m.start() - 5), m.start()) and _UPON_DOES.match(text, end):
        kind = "Geschäftsordnungsantrag"  # "Auf Antrag der CDU-Fraktion wird offen gewählt"
    title = None
    loose_title = False
    if gap_title:
        title, loose_title = gap_title, True
    tm = None if gap_title else _TITLE_AFTER.match(text, end)
    sep = text[end:tm.end()].strip() if tm else ""
    if tm and sep == ":":
        line_end = end_of_line(text, tm.end())
        title = text[tm.end():line_end].strip() or (None if whole else title_lines(text, tm.end()))
    elif tm and sep in ("–", "—") and not vm and heads_line(text, m.start(), end):
        # "P16 – Antrag der SPD-Fraktion – Ausweitung interaktiver Haushalt"
        title = text[tm.end():end_of_line(text, tm.end())].strip() or None
    elif tm and vm:
        title = title_lines(text, tm.end())
    elif not gap_title and (qm := _QUOTED_TITLE_AFTER.match(text, end)):
        # "Antrag der Fraktionen A und B „Titel“": the motion's title in quotes right after its movers
        title = qm.group("t") or qm.group("t2")
    elif not gap_title:
        bm = _ABOUT_AFTER.match(text, end)
        if bm:
            title = title_lines(text, bm.end())
        else:
            # "… der CDU-Fraktion über die Ausweitung des Sonnenfächers."
            pm3 = _SUBJECT_AFTER.match(text, end)
            if pm3:
                phrase = pm3.group("t")
                nl = phrase.find("\n")
                line_start = start_of_line(text, pm3.start("t"))
                # Go on to the next line only where the line was wrapped (a long line).
                if nl >= 0 and pm3.start("t") + nl - line_start < 75:
                    phrase = phrase[:nl]
                title = trim_phrase(phrase)
                loose_title = True
    rm = _REF_AFTER.match(text, end) or _REF_AT_LINE_END.match(text, end)
    if rm and not reference:
        reference = rm.group("ref")
        # An agenda row "Ö 5.4 <title> Antrag der CDU-Fraktion 22-2207": the title before.
        line_start = start_of_line(text, m.start())
        row = AGENDA_ROW.match(text, line_start, m.start())
        if row and not title and _REF_AT_LINE_END.match(text, end):
            title = text[row.end():m.start()].strip()
    if title and not reference:
        # "<title> (Drucksache 2023/044)"
        tr = _REF_IN_TITLE.search(title)
        if tr:
            reference, title = tr.group("ref"), (title[: tr.start()] + title[tr.end():]).strip()
    strong = bool(date or reference or (title and not loose_title)) or rule != "motion.article"
    c = cand(m.start(), end, rule, 0.85 if strong else 0.6, who, kind,
              date=date, title=clean_title(title), reference=reference)
    # A subject read from running text names the motion loosely: it does not
    # tell two motions apart.
    c["loose_title"] = loose_title
    if rule == "motion.article" and _ANOTHER.search(text, max(0, m.start() - 24), m.start()):
        # "Ein weiterer Antrag der X …", "Der zweite Antrag der X …": one of several, a motion of its own
        c["distinct"] = True
    # "<title>;\nhier: Antrag der CDU-Fraktion": the agenda item's title is on the line before.
    line_start = start_of_line(text, m.start())
    prefix = text[line_start:m.start()]
    prev_start = start_of_line(text, max(0, line_start - 1))
    prev = text[prev_start:max(0, line_start - 1)].strip()
    if not c["title"] and line_start > 0 and (_HIER.fullmatch(prefix) or (not prefix.strip() and prev.endswith(";"))):
        item = AGENDA_ITEM.match(prev) or AGENDA_ROW.match(prev)
        if item or ":" not in prev:
            c["title"] = clean_title(prev[item.end():].rstrip(" ;,") if item else prev.rstrip(" ;,"))
    # "<title> (Antrag der SPD-Fraktion)": the title stands before.
    if text[max(0, m.start() - 2):m.start()].strip() == "(":
        line_start = start_of_line(text, m.start())
        before = _FIELD_PREFIX.sub("", text[line_start:m.start()].rstrip(" ("))
        if before and not c["title"]:
            c["title"] = clean_title(one_line(AGENDA_ITEM.sub("", before)))
    return _with_context(text, c, m)


def _with_context(text: str, c: dict[str, Any], m: re.Match) -> dict[str, Any]:
    """Number on the next lines ("Vorlage: 2020/0939") or leading the motion's
    line ("Drucksache 2024/0815 Antrag der …") and, for a motion line under an
    agenda item, the title on the lines before."""
    block_end = _block_end(text, c["end"])
    rm = _REF_LINE.search(text, c["end"], block_end)
    if rm and not c["reference"]:
        c["reference"] = rm.group("ref")
    # "17. Legislaturperiode (Drucksache 17/0095)": the number in brackets on the motion's next line
    nl = text.find("\n", c["end"], block_end)
    bm = _REF_BRACKET_LINE.match(text, nl + 1, end_of_line(text, nl + 1)) if nl >= 0 and text[c["end"]:nl].strip() == "" else None
    if bm and not c["reference"]:
        c["reference"] = bm.group("ref")
    line_start = start_of_line(text, m.start())
    lead = _REF_LEADS.match(text, line_start, m.start())
    if lead and not c["reference"]:
        c["reference"] = lead.group("ref")
    if not c["title"] and not text[line_start:m.start()].strip(" \t(") and c["rule"] != "motion.article":
        c["title"] = _title_before(text, line_start)
    if not c["title"] and not text[line_start:m.start()].strip():
        c["title"] = _dated_heading(text, line_start)
    return c


# A list of a group's motions, each under a dated heading of its own:
# "16.04.2012 Gewerbesteuersatz anheben" / (blank line) / "Antrag der SPD-Fraktion vom …".
_DATED_HEADING = re.compile(rf"[ \t]*{DATE_PATTERN}[ \t]+(?P<t>[A-ZÄÖÜ][^\n]{{2,150}}?)[ \t]*")


def _dated_heading(text: str, line_start: int) -> str | None:
    """The title of the dated heading that leads a motion's paragraph: the
    paragraph before is that one line (the title repeated on a line of its
    own may stand between)."""
    end = line_start
    for _ in range(2):
        if not text.endswith("\n\n", max(0, end - 2), end):
            return None
        hs = start_of_line(text, end - 2)
        heading = text[hs:end - 2]
        dm = _DATED_HEADING.fullmatch(heading)
        if dm:
            return clean_title(dm.group("t"))
        if hs == 0 or text[hs - 1] != "\n" or not heading.strip() or len(heading) > 150:
            return None
        end = hs
    return None


def _block_end(text: str, pos: int) -> int:
    """End of the lines that belong to a motion line: up to a blank line, the
    next motion line or the next agenda item, at most 300 characters."""
    limit = min(len(text), pos + 300)
    nl = text.find("\n", pos, limit)
    if nl < 0:
        return limit
    s = _BLOCK_STOP.search(text, nl, limit)
    return s.start() if s else limit

_BLOCK_STOP = re.compile(
    rf"\n[ \t]*\n|\n(?=(?:{ADJ.replace('?P<adj>', '')})?(?:{KIND_WORDS})\b)|\n(?=(?:Punkt|TOP)\s)", re.IGNORECASE
)


def _title_before(text: str, line_start: int) -> str | None:
    lines: list[str] = []
    end = line_start - 1
    while end > 0 and len(lines) < 3:
        start = start_of_line(text, end)
        line = text[start:end].strip()
        if not line or LABEL_LINE.search(line) or TRIGGER.match(line):
            break
        item = AGENDA_ITEM.match(line)
        lines.append(line[item.end():] if item else line)
        if item:
            break
        end = start - 1
    title = one_line(" ".join(reversed(lines)))
    return clean_title(title)


# "der SPD-Antrag", "den CDU-Änderungsantrag": a party's name joined to the motion word.
# "des SPD-Antrags" in the genitive too.
_COMPOUND_TAIL = re.compile(r"-(?P<kind>(?:Änderungs|Ergänzungs|Dringlichkeits|Zusatz)?[Aa]ntrag)(?:e?s)?(?![\wäöüß-])")
_COMPOUND_HEAD = re.compile(r"(?<![\wäöüß|/.-])(?P<who>[A-ZÄÖÜ][\wÄÖÜäöüß|/.]{1,20})$")


_QUOTED_TITLE = re.compile(r"[ \t]+(?:„(?P<t1>[^„“”\"\n]{3,150})[“”\"]|\"(?P<t2>[^\"\n]{3,150})\")")


def compounds(text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for t in _COMPOUND_TAIL.finditer(text):
        hm = _COMPOUND_HEAD.search(text, max(0, t.start() - 22), t.start())
        # Only a name the gazetteer knows as a party: "GO-Antrag", "Bürger-Antrag" are none.
        names = orgs.party_names(hm.group("who")) if hm else None
        if not names:
            continue
        kind = t.group("kind")
        kind = kind[0].upper() + kind[1:]
        # "der SPD-Antrag vom 12.03.2024"
        dm = _VOM_DATE.match(text, t.end())
        # "des SPD-Antrags „Rauchverbot auf Spielplätzen“": its title in quotes
        qm = None if dm else _QUOTED_TITLE.match(text, t.end())
        end = dm.end() if dm else (qm.end() if qm else t.end())
        out.append(cand(hm.start(), end, "motion.compound", 0.6, hm.group("who"), kind,
                        date=iso(dm.group("date")) if dm else None,
                        title=clean_title(qm.group("t1") or qm.group("t2")) if qm else None))
    return out
