"""The motion a paper is: the faction lines in its head, "Die Fraktion X beantragt",
and the paper's own number, title and date of receipt."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .. import orgs
from ..dates import DATE_PATTERN
from .common import SUBMITTER_LABEL, INQUIRY, undouble, KIND_NAMES, KIND_WORDS, TRIGGER, cand, iso, kind_of, end_of_line, raw_len, submitter

if TYPE_CHECKING:
    from .. import Context

# The end of a paper's head: its Beratungsfolge or its first section.
_HEAD_END = re.compile(
    r"^(?:Beratungsfolge|Gremi(?:um|en)\s+(?:Termin|Sitzung)|Kurzfassung|Begründung|Sachverhalt|Beschlussantrag)"
    r"|\bmöge\b[^\n]*\bbeschließen|\bmöge\s+folgenden\s+Beschluss",
    re.MULTILINE,
)

_APPLICANT = re.compile(rf"{SUBMITTER_LABEL}\s*", re.IGNORECASE)

_AFFILIATION = re.compile(r"(?:im|in\s+der|in\s+dem|der|des)\s+(?:[A-ZÄÖÜ]|Rat\b)")

_FIELD_LABEL = re.compile(r"\s+(?:Vorlage\s*Nr\.|Vorlagen-Nr\.|Drucksache|Eingang)\s*:.*$")

# "Die GRÜNE Fraktion beantragt, …", "die Fraktion DIE LINKE stellt folgenden Antrag"
# "X-Fraktion fordert einen Bericht zur Kita-Planung": a faction by its word, no article,
# asking in the paper's lead.
_MOVES = re.compile(
    r"(?<![\wäöüß])(?:Die|die|Der|der)[ \t]+(?P<who>[A-ZÄÖÜ][^\n.;:]{1,80}?)[ \t]+"
    r"(?:beantragt|beantragen|stellt[ \t]+(?:folgenden|den[ \t]+folgenden|nachstehenden|diesen)[ \t]+Antrag)\b"
    r"|(?:^|(?<=[.!?][ \t])|(?<=\n))[ \t]*(?P<who2>[A-ZÄÖÜ][\wÄÖÜäöüß/+.&-]*-(?:Stadtrats|Kreistags|Gemeinderats|Rats)?[Ff]raktion"
    r"|(?:Fraktion|Gruppe)[ \t]+[A-ZÄÖÜ][^\n.;:,]{0,40}?)[ \t]+"
    r"(?:beantragt|fordert|verlangt|beantragen|fordern|verlangen)\b",
    re.MULTILINE,
)


def moves(text: str) -> list[dict[str, Any]]:
    out = []
    for m in _MOVES.finditer(text):
        g = "who" if m.group("who") else "who2"
        who = submitter(m.group(g), whole=True)
        if who:
            out.append(cand(m.start(g) if g == "who2" else m.start(), m.end(), "motion.moves", 0.7, who, "Antrag"))
    return out


# "Anträge der Fraktion", "Änderungsanträge der Fraktionen": a heading over several motions, no faction line.
_PLURAL_HEADING = re.compile(r"[A-ZÄÖÜ]?[a-zäöüß]*(?:Anträge|anträge)\b")


def _head_end(text: str) -> int:
    m = _HEAD_END.search(text, 0, 2500)
    return m.start() if m else min(len(text), 1200)


def is_motion_paper(ctx: Context, text: str) -> bool:
    dtype = ctx.meta.get("type")
    if dtype == "motion":
        return True
    if dtype == "answer":
        label = ctx.meta.get("type_label") or ""
        head = text[:400]
        i = head.casefold().find(label.casefold()) if label else -1
        line = head[i:end_of_line(head, i)] if i >= 0 else ""
        # "Stellungnahme zum Antrag", "STELLUNGNAHME zum interfraktionellen Antrag"
        return bool(re.search(r"Antrag\b", line, re.IGNORECASE)) and not INQUIRY.search(line)
    return False


def header_lines(ctx: Context, text: str) -> list[dict[str, Any]]:
    """Faction lines in the head of a motion or of its Stellungnahme:
    "DIE LINKE.-Gemeinderatsfraktion" / "KAL/Die PARTEI-Gemeinderatsfraktion"."""
    if not is_motion_paper(ctx, text):
        return []
    head_end = _head_end(text)
    out: list[dict[str, Any]] = []
    pos = 0
    run: list[tuple[int, int, str]] = []

    def flush() -> None:
        if run:
            who = " ".join(w for _, _, w in run)
            out.append(cand(run[0][0], run[-1][1], "motion.header", 0.9, who, kind))
            run.clear()

    heading = re.search(rf"(?:{KIND_WORDS})\b", text[:400], re.IGNORECASE)
    kind = KIND_NAMES.get(heading.group(0).casefold(), "Antrag") if heading else "Antrag"

    while pos < head_end:
        end = end_of_line(text, pos)
        line = text[pos:end]
        s = _FIELD_LABEL.sub("", line).strip()
        field = _APPLICANT.match(s)
        if field:
            # "Antragsteller: SPD-Fraktion"
            s = s[field.end():].strip()
            lead = len(line) - len(line.lstrip()) + field.end()
            who = submitter(undouble(s), whole=True) or submitter(undouble(s), whole=False)
            if who:
                flush()
                run.append((pos + lead + (len(line[lead:]) - len(line[lead:].lstrip())), pos + len(line.rstrip()), who))
                flush()
            pos = end + 1
            continue
        who = (submitter(s, whole=False)
               if s and "raktion" in s and not TRIGGER.search(s) and not _PLURAL_HEADING.match(s) else None)
        rest = s[raw_len(s, who):].strip() if who else ""
        # "SPD-Fraktion im Rat der Stadt Musterstadt"
        if who and (not rest or _AFFILIATION.match(rest)):
            lead = len(line) - len(line.lstrip())
            run.append((pos + lead, pos + lead + len(s), s if not rest else who))
        elif s:
            flush()
        pos = end + 1
    flush()
    return out[:1]


def own_motion(ctx: Context, text: str, cands: list[dict[str, Any]]) -> None:
    """The first submitter in the head of a motion paper is the paper's own
    motion: it takes the paper's number, title and date of receipt."""
    if not is_motion_paper(ctx, text):
        return
    head_end = _head_end(text)
    first = next((c for c in cands if c["start"] < head_end and c["rule"] != "motion.speech"), None)
    if first is None:
        # "Die GRÜNE Fraktion beantragt, …" further down moves the paper's motion.
        first = next((c for c in cands if c["rule"] == "motion.moves"), None)
    if first is None:
        return
    meta = ctx.meta
    first["reference"] = first["reference"] or meta.get("reference")
    first["title"] = first["title"] or meta.get("title")
    first["date"] = first["date"] or meta.get("received")
    if meta.get("type") == "motion" and not first["date"]:
        # A motion paper is dated by the line its writers date it with ("Hausen,
        # 12.03.2024", "Datum: 01.02.2024"), not by the meeting it goes to.
        # (else by the date line over its signature, at its end: "Musterstadt, den 09.05.2007")
        dl = _DATE_LINE.search(text, 0, head_end) or _DATE_FIELD.search(text, 0, head_end) or _DATE_LINE.search(text, head_end)
        first["date"] = iso(dl.group("date")) if dl else None
    label = meta.get("type_label") or ""
    km = TRIGGER.search(label)
    if meta.get("type") == "motion" and km and first["kind"] != "Geschäftsordnungsantrag":
        first["kind"] = kind_of(km)
    first["own"] = True
    first["conf"] = max(first["conf"], 0.9)


# A paper headed by its motion word and date, its mover named in the letter under it:
# "Geschäftsordnungsantrag vom 30.9.2025" / "… beantrage ich namens der Fraktion X …".
_DATED_HEAD = re.compile(rf"\A\s*(?P<kind>(?i:{KIND_WORDS}))[ \t]+vom[ \t]+(?P<date>{DATE_PATTERN})[ \t]*(?:\n|$)")
# How far under the heading the letter names its mover.
_LETTER_REACH = 800


def headed_date(text: str, cands: list[dict[str, Any]]) -> None:
    """The first motion the letter under a dated motion heading names takes the
    heading's date (and its word, where the letter says only "beantrage")."""
    hm = _DATED_HEAD.match(text)
    if not hm:
        return
    first = next((c for c in cands if c["start"] < hm.end() + _LETTER_REACH and c["who"]), None)
    if first is None or first["date"]:
        return
    first["date"] = iso(hm.group("date"))
    if first["kind"] == "Antrag":
        first["kind"] = kind_of(hm)


# -- a motion written as a letter ------------------------------------------------

_SALUTATION = re.compile(r"^[ \t]*Sehr[ \t]+geehrte[rns]?\b", re.MULTILINE)
# The writers move something: "wir beantragen", "beantragen wir", "stellen wir
# folgenden Antrag", "wir bitten Sie, … in die Tagesordnung aufzunehmen".
_LETTER_MOVE = re.compile(
    r"(?<![\wäöüß])(?:(?:[Ww]ir|[Ii]ch)[ \t]+(?:beantragen|beantrage|bitten|bitte|stellen|stelle)"
    r"|(?:[Bb]eantragen|[Bb]eantrage|[Bb]itten|[Bb]itte|[Ss]tellen|[Ss]telle)[ \t]+(?:wir|ich))(?![\wäöüß])"
)
# A sentence end, not an abbreviation ("o.a.", "z. B.", "Nr.", "gem.").
_LETTER_SENTENCE_END = re.compile(
    r"(?<![\s.][\wäöü])(?<!^[\wäöü])(?<!Nr)(?<!Dr)(?<!bzw)(?<!ggf)(?<!gem)(?<!vgl)(?<!evtl)[.!?:](?=\s)|\n[ \t]*\n"
)
# What a request to the agenda or a motion says; a question is an Anfrage.
_MOTION_REQUEST = re.compile(r"Tagesordnung|Antrag|beschließen|Beschluss|beantrag", re.IGNORECASE)
_QUESTION = re.compile(r"Frage|beantwort|Auskunft|Anfrage|Stellungnahme", re.IGNORECASE)
# A faction named in running text: "CDU-Kreistagsfraktion", "SPD/FDP-Gruppe",
# "Fraktion BÜNDNIS 90/DIE GRÜNEN", "Gruppe GRÜNE/UWG".
FACTION_NAME = re.compile(
    r"(?<![\wäöüß])(?:[\wÄÖÜäöüß.|/]+(?:[ \t]+und[ \t]+[\wÄÖÜäöüß.|/]+)?-(?:[A-Za-zäöüß]*[Ff]raktion|Gruppe|Ratsgruppe)"
    r"|(?:Fraktion|Gruppe|Ratsfraktion|Kreistagsfraktion|Stadtratsfraktion|Gemeinderatsfraktion)[ \t]+(?:der[ \t]+)?"
    r"[A-ZÄÖÜ0-9][^\s,;:()]*(?:[ \t]+[0-9A-ZÄÖÜ][^\s,;:()]*){0,2})(?![\wäöüß-])"
)
_GREETING = re.compile(r"Mit[ \t]+freundlichen[ \t]+Grüßen|Freundliche[ \t]+Grüße", re.IGNORECASE)
_DATE_FIELD = re.compile(rf"^[ \t]*Datum[ \t]*:?[ \t]*(?P<date>{DATE_PATTERN})[ \t]*$", re.MULTILINE)
_DATE_LINE = re.compile(rf"^[^\n]{{0,40}},[ \t]*(?:den[ \t]+)?(?P<date>{DATE_PATTERN})[ \t]*$", re.MULTILINE)


def factions_named(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """The factions and groups named in ``text[start:end]``, as written, with their spans."""
    out = []
    for m in FACTION_NAME.finditer(text, start, len(text) if end is None else end):
        who = submitter(m.group(), whole=False)
        if who:
            out.append((m.start(), m.start() + len(who), who))
    return out


def letter(ctx: Context, text: str) -> list[dict[str, Any]]:
    """A motion written as a letter to the mayor or Landrat: "Sehr geehrter
    Herr Landrat, wir bitten Sie, den folgenden Punkt in die Tagesordnung …
    aufzunehmen", "…, die Fraktion X beantragt"/"beantragen wir". The writers
    are the faction that signs the letter, else the one faction it names;
    the date is the letter's date line ("Musterstadt, 03.02.2025")."""
    sal = _SALUTATION.search(text, 0, min(len(text), 4000))
    if not sal:
        return []
    mv = _LETTER_MOVE.search(text, sal.end(), min(len(text), sal.end() + 1500))
    if not mv:
        return []
    se = _LETTER_SENTENCE_END.search(text, mv.end(), min(len(text), mv.end() + 400))
    sent_end = se.start() if se else min(len(text), mv.end() + 400)
    sentence = text[mv.start():sent_end]
    if not _MOTION_REQUEST.search(sentence) or _QUESTION.search(sentence):
        return []
    greeting = _GREETING.search(text, mv.end())
    signed = factions_named(text, greeting.end(), min(len(text), greeting.end() + 300)) if greeting else []
    named = signed or factions_named(text)
    parties = {frozenset(orgs.party_names(w, acronyms=True) or [w]) for _, _, w in named}
    if len(parties) != 1:
        return []  # no faction, or several: the letter does not say who writes
    who = named[0][2]
    head = _DATE_LINE.search(text, 0, sal.start())
    date = iso(head.group("date")) if head else ctx.meta.get("date")
    return [cand(mv.start(), sent_end, "motion.letter", 0.6, who, "Antrag", date=date,
                 title=ctx.meta.get("title") if ctx.meta.get("type") == "motion" else None)]



# "Der Kreistag möge die Fraktionsstärke … belassen.", "Der Gemeinderat möge beschließen:":
# the petitum a motion paper opens with.
_PETITUM = re.compile(
    r"^[ \t]*(?:Der|Die|Das)[ \t]+(?:Kreistag|Rat|Stadtrat|Gemeinderat|Marktgemeinderat|Ortsrat|Ortschaftsrat|"
    r"Stadtverordnetenversammlung|Gemeindevertretung|Bezirksvertretung|Kreisausschuss|[A-ZÄÖÜ]\w*ausschuss)"
    r"(?:[ \t]+(?:der|des)[ \t]+[^\n.]{3,40}?)?[ \t]+mögen?\b",
    re.MULTILINE,
)
# The signatories after the greeting: "Jürgen Osterlänger / Werner Zurwesten", "Anna Roth, Peter Klein".
_PERSON_NAME = r"(?:Dr\.[ \t]+)?(?!(?:Im|In|Der|Die|Das|Mit|Ihr|Ihre|Gez|Für|Namens|Stadt|Gemeinde|Landkreis)\b)[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?[ \t]+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
_SIGNATORIES = re.compile(rf"[ \t]*(?P<who>{_PERSON_NAME}(?:[ \t]*(?:/|,|und)[ \t]*{_PERSON_NAME})*)[ \t]*$", re.MULTILINE)
PETITUM_HEAD_CHARS = 600


def petitum(ctx: Context, text: str) -> list[dict[str, Any]]:
    """A motion paper that opens with what the council is to decide ("Der Kreistag
    möge …") and is signed after a greeting: moved by the faction its signature
    names, else by its signatories as written."""
    pm = _PETITUM.search(text, 0, min(len(text), PETITUM_HEAD_CHARS))
    greeting = _GREETING.search(text, pm.end()) if pm else None
    if not greeting:
        return []
    named = factions_named(text, greeting.end(), min(len(text), greeting.end() + 300))
    parties = {frozenset(orgs.party_names(w, acronyms=True) or [w]) for _, _, w in named}
    if len(parties) == 1:
        who = named[0][2]
    else:
        nl = text.find("\n", greeting.end())
        sig = _SIGNATORIES.match(text, nl + 1) if nl >= 0 else None
        if not sig:
            return []
        who = " ".join(sig.group("who").split())
    se = _LETTER_SENTENCE_END.search(text, pm.end(), min(len(text), pm.end() + 400))
    end = min(se.start() if se else len(text), end_of_line(text, pm.start()))
    return [cand(pm.start() + len(pm.group()) - len(pm.group().lstrip()), end, "motion.petitum", 0.55, who, "Antrag",
                 date=ctx.meta.get("date"))]
