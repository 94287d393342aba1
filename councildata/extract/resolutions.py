"""Resolutions: decisions and recommendations of a council or committee.

One rule per way council documents record a decision:

- ``resolution.block``: a "Beschluss:" block of minutes or a Beschlussauszug
  with its "Abstimmungsergebnis:" ("Beschluss: Ablehnung des Antrags /
  Abstimmungsergebnis: Mehrheitliche Ablehnung (3 JA-Stimmen, 37
  Nein-Stimmen)"). A Beschlussvorlage / Beschlussvorschlag / Beschlussantrag
  in a Vorlage is only a proposal, unless a vote on it is recorded
  ("Abstimmungsergebnis (am 27. Januar 2010): Einstimmig JA").
  Council information systems open an item's page with a result field
  ("Beschluss: einstimmig abgelehnt / Abstimmung: Ja: 0, Nein: 6,
  Enthaltungen: 3"); the wording after it ("Der Haupt- und Finanzausschuss
  empfiehlt der Stadtverordnetenversammlung den Antrag abzulehnen",
  "Beschlussempfehlung an den Rat: Wie Vorlage / dafür: 10 …") names the
  body, the body it recommends to and maybe the counts, and is no decision
  of its own. A vote block may set each line in a paragraph of its own
  ("Mehrheitlich abgelehnt" / "Ja 1 Nein 7 Enthaltung 1"); an
  Abstimmungsergebnis without a Beschluss label takes its decision from the
  statement before it ("Die … Überschreitungen wurden genehmigt. /
  Abstimmung: 5 dafür 0 dagegen 0 Enthaltungen"), or from its counts.
- ``resolution.vote_line``: an Abstimmungsergebnis with one line per vote
  ("Ziffer 1: bei 4 Ja-Stimmen und 41 Nein-Stimmen mehrheitlich abgelehnt",
  "Änderungsantrag FW|FÜR: Mehrheitliche Ablehnung (…)"): one resolution
  per line.
- ``resolution.announcement``: the chair's announcement in a verbatim record
  without a Beschluss block ("– Bei 16 Ja-Stimmen ist der Antrag abgelehnt.",
  "– Das reicht nicht aus, um diesem Antrag zu einer Mehrheit zu verhelfen.").
- ``resolution.result_line``: a result standing on a line of its own, as in
  result lists and tables ("mehrheitlich zugestimmt", "einstimmig
  beschlossen", "Bei 24 Nein-Stimmen und 23 Ja-Stimmen abgelehnt"; in a
  list of results also "erledigt").
- ``resolution.consultation``: the Ergebnis column of a Beratungsfolge
  ("Gemeinderat 25.10.2022 16 X beschlossen"; ALLRIS: "21.11.2022 / Sitzung
  des Ausschusses für Wirtschaft und Touristik ungeändert beschlossen").
- ``resolution.sentence``: a sentence whose subject is a body and whose verb
  decides ("Der Sozialausschuss beschloss einstimmig, dem Kreistag zu
  empfehlen, … zu vertagen", "Im Oktober 2005 hat der Gemeinderat …
  beschlossen", "Der Ausschuss nimmt die Drucksache zur Kenntnis"). A
  present-tense sentence ("Der Gemeinderat beschließt …") is a decision only
  in minutes or when it states a vote ("Der Mobilitätsausschuss empfiehlt …
  einstimmig"); otherwise it is the proposal of a Vorlage. Nothing a
  councillor says in a debate is a decision. The verb may stand before the
  subject ("Dem stimmt der Gemeinderat zu."), and the vote may follow on a
  line of its own ("13 : 0").
- ``resolution.withdrawal``: the mover withdraws its motion in the meeting
  ("Die CDU-Fraktion zieht ihren Antrag daraufhin zurück.").
- ``resolution.passive``: "Der Antrag … wurde ohne Abstimmung zur Kenntnis
  genommen" when the sentence or one just before names the body.
- ``resolution.procedural``: an ALLRIS item's "Vertagt aus der Sitzung vom
  17.02.2025."
- ``resolution.field``: an ALLRIS "Beschlussart: zur Kenntnis genommen" when
  the text records the decision no other way.
- ``resolution.reference``: an earlier decision referred to by body and date
  ("Beschluss der BV vom 30.01.2025", "Gemeinderatsbeschluss vom …").

A recommendation is a resolution of the recommending body: its outcome is
what it recommends and ``recommended_to`` the body it goes to.

Each row gets its meeting date (the minutes' session, a date in the text),
its deciding body (the subject, else the session's body), the agenda item
and the papers it decides (``paper_reference``), and ``_motion_key`` when it
decides one motion found in the same document (the motions module keys its
rows by the submitter's organisation id).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING, Any

from . import agenda as agenda_mod
from . import orgs
from .common import BODY_NAME, GENERIC_BODIES, body_name
from .dates import ANY_DATE, DATE_PATTERN, date_from_match
from .text import one_line, sentences
from .votes import (
    ADOPTED,
    NO_VOTE,
    OTHER_DISPOSITION,
    counts_outcome,
    decision_outcome,
    has_vote,
    outcome_of,
    parse_votes,
    vote_outcome,
)

if TYPE_CHECKING:
    from . import Context
    from .agenda import Agenda

_DATE = DATE_PATTERN
_NO_VOTES = {"unanimous": None, "votes_yes": None, "votes_no": None, "votes_abstain": None}

# --------------------------------------------------------------------------
# Labels of decision and vote blocks

# "Beschluss:", "Beschlussvorlage / Vorschlag an den Ortschaftsrat:",
# "Beschlussantrag (Kurzfassung)", "Petitum/Beschluss:"
DECISION_LABEL = re.compile(
    r"^(?P<bullet>[-•][ \t]*)?"
    r"(?P<label>Beschlusstext|Beschlussfassung|Beschluss|Beschlussvorlage|Beschlussvorschlag"
    r"|Beschlussantrag|Beschlussempfehlung|Petitum(?:\s*/\s*Beschluss)?"
    r"|Antrag an (?:den|die|das) [^\n:]{2,40})"
    # "Beschluss zum Antrag der SPD:", "Beschluss zu Ziffer 2:" (the label may wrap)
    r"(?:(?<=Beschluss)[ \t]+(?:zu[mr]?|über)[ \t]+[^\n:]{2,60}?(?:\n[^\n:]{1,40}?)?(?=[ \t]*:))?"
    r"(?:[ \t]*\([^)\n]{0,40}\))?(?:[ \t]*/[ \t]*[^\n:]{0,60})?[ \t]*(?::|$)[ \t]*",
    re.MULTILINE,
)
_DECISION_PREFIXES = ("Beschluss", "Petitum", "Antrag an", "- Beschluss", "• Beschluss")
_VOTE_PREFIXES = ("Abstimmung", "Ergebnis der Abstimmung")
_FINAL_LABELS = ("beschluss", "beschlusstext", "beschlussfassung")
# "Abstimmungsergebnis:", "Abstimmungsergebnis (am 27. Januar 2010):"
VOTE_LABEL = re.compile(
    r"^(?:Abstimmungsergebnis(?:se)?|Abstimmungsverhalten|Ergebnis\s+der\s+Abstimmung|Abstimmung)"
    r"(?:[ \t]*\((?P<paren>[^)\n]{0,60})\))?[ \t]*(?::|$)[ \t]*",
    re.MULTILINE,
)
# A line of a vote block with its own label: "Ziffer 1:", "TOP 10.2 und
# 10.5:", "Änderungsantrag FW|FÜR:", "Unveränderte Beschlussvorlage:".
_LINE_LABEL = re.compile(r"^(?P<label>[^:\n]{2,60}?):\s+(?=\S)")
_SUBITEM_LABEL = re.compile(r"^(?:TOP|Punkt|Nr)")
_SUBITEMS = re.compile(r"\b\d{1,3}\.(\d{1,3})\b")
_MAIN_LABEL = re.compile(r"Vorlage|Beschluss")
_MOTION_LABEL = re.compile(r"antrag", re.IGNORECASE)

# --------------------------------------------------------------------------
# Sentences

# Word stems one of which a decision sentence has; sentences without are skipped.
_HINTS = (
    # (" stimmen ", " fasst " with their spaces: not "Ja-Stimmen", "umfasst", "befasst")
    "beschl", "stimmt", " stimmen ", "lehnt", " lehnen ", "kenntnis", "vertag", "verwies", "verweis", "überwies", "überweis",
    "empfahl", "empfiehlt", "empfohlen", "empfehlen", "beauftrag", "regelte", "entschied", "fasste", " fasst ",
    "wählt", "bestätig", "genehmig", "zurückge", "zurückverw", "angenommen", "billigt", "sich für",
    "zurückzu", "verständigt", "einigt", "spricht sich", "sprach sich", "sprechen sich", "abgesetzt",
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
# "der Karlsruher Gemeinderat", "Der Sozialausschuss", "die Bezirksversammlung"
SUBJECT = re.compile(
    rf"(?<![\w-]){_ART}\s+(?:(?:[A-ZÄÖÜ][a-zäöüß]+(?:er|e|en)|neue|zuständige)\s+)?(?P<body>{BODY_NAME})"
)
_FEMININE = re.compile(r"(?:versammlung|kommission|konferenz|vertretung)\b", re.IGNORECASE)
_NEUTER = re.compile(r"(?:gremium|plenum|kollegium)s?\b", re.IGNORECASE)
# A body's members as the subject: "Die Mitglieder des Ausschusses", "die anwesenden Ratsmitglieder".
MEMBERS = re.compile(
    r"(?<![\w-])[Dd]ie\s+(?:anwesenden\s+|stimmberechtigten\s+)?(?:Mitglieder|Ausschussmitglieder|Ratsmitglieder"
    rf"|Kreistagsmitglieder|Stadtverordneten|Gemeindevertreter(?:innen)?|Bezirksverordneten)(?:\s+(?:des|der)\s+(?P<body>{BODY_NAME}))?"
)
_PRONOUN_SUBJECT = re.compile(
    r"^(?:\S+\s+){0,6}?(?:Er|Sie|er|sie)\s+(?:hat|hatte|beschloss|stimmte|lehnte|empfahl|nahm)\b"
)
# "der Empfehlung der Kunstkommission": a body after a noun is no subject.
_NOUN_BEFORE = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+(?:ung|ergebnis(?:ses)?|es|s)\s*$")
_CLAUSE_START = re.compile(
    r"(?:^|[,;:–]\s*|\b(?:hat|hatte|beschloss|stimmte|lehnte|nahm|empfahl|regelte|entschied|ist|war"
    r"|wurde)\s+)\s*$"
)

# Finite verbs of a decision in the past, and the perfect.
_PAST = re.compile(
    r"\b(?:beschloss|beschlossen|stimmte|stimmten|lehnte|lehnten|nahm|nahmen|vertagte|verwies|überwies|empfahl|beauftragte"
    r"|regelte|entschied|fasste|wählte|bestätigte|genehmigte|sprach\s+sich|verständigte\s+sich"
    r"|einigte\s+sich)\b"
)
_PERFECT = re.compile(
    r"\b(?:hat|hatte|haben|hatten)\b[\s\S]{0,200}?\b(?:beschlossen|zugestimmt|abgelehnt|genommen|vertagt"
    r"|verwiesen|überwiesen|empfohlen|beauftragt|gefasst|entschieden|gewählt|bestätigt|genehmigt"
    r"|zurückgestellt|zurückgezogen)\b"
)
_PRESENT = re.compile(
    r"\b(?:beschließt|beschliesst|stimmt|stimmen|lehnt|lehnen|nimmt|nehmen|vertagt|verweist|überweist|empfiehlt|beauftragt"
    r"|bestätigt|genehmigt|wählt|entscheidet|fasst|spricht\s+sich|billigt|zieht"
    r"|verständigt\s+sich|einigt\s+sich)\b"
)
# Not a decision taken: a request, a wish, a possibility, a question, a future.
_NOT_TAKEN = re.compile(
    r"\b(?:möge|mögen|möchte|möchten|soll|sollte|sollen|sollten|bittet|gebeten|könnte|könnten"
    r"|würde|würden|müsste|müssten|wolle|zu\s+beschließen|zu\s+entscheiden)\b|\?"
    r"|\b(?:kann|können|muss|müssen|wird|werden|will|wollen)\s+(?:[\wäöüß]+\s+){0,8}?"
    r"(?:beschließen|zustimmen|ablehnen|entscheiden|beraten|vertagen|empfehlen|befassen)\b",
)
_WE = re.compile(r"\b(?:wir|ich|uns|unser\w*|Sie|Ihr\w*)\b")
# Reported, not recorded: a question ("fragt, ob …") or reported speech in
# the subjunctive ("berichtet, der Kreistag habe … beschlossen").
_REPORTED = re.compile(
    r"\b(?:fragt|fragte|erkundigt|erkundigte)\b[^.\n]{0,80}?\b(?:ob|wann|warum|wie|weshalb)\b"
    r"|\b(?:habe|hätte|hätten|sei|seien|wäre|wären)\b[^.\n]{0,120}?\b(?:beschlossen|abgelehnt|zugestimmt|angenommen"
    r"|vertagt|verwiesen|genommen|empfohlen|genehmigt)\b"
)
# "dem Kreistag zu empfehlen", "empfiehlt dem Hauptausschuss", "Empfehlung an den Rat"
RECOMMEND = re.compile(
    rf"\b(?:dem|der|den)\s+(?P<to>{BODY_NAME})\s+(?:[\s\S]{{0,80}}?\s)?zu\s+empfehlen\b"
    rf"|\b(?:empfiehlt|empfahl|empfehlen|empfohlen)\s+(?:[\w,]+\s+){{0,3}}?(?:dem|der)\s+(?P<to2>{BODY_NAME})"
    rf"|\b(?:Beschluss)?[Ee]mpfehlung\s+an\s+(?:den|die|das)\s+(?P<to3>{BODY_NAME})"
)
_BY_RESOLUTION = re.compile(
    r"\b(?:mit|durch|per)\s+Beschluss\s+vom\b|\bBeschluss\b[\s\S]{0,40}\bgefasst\b"
    r"|\bbeschlo(?:ss|ssen)\b|\bbeschließt\b|\bentschied|\bfasste\b|\bfasst\b[^.\n]{0,40}\bBeschluss\b"
    r"|\bBeschluss(?:fassung)?\s+(?:erfolgte|erfolgt|erging|ergeht)\b"
)
_DECIDING_WORD = re.compile(r"Beschluss|beschl|entschied|fasste")
# Dates that say when a body decided.
_DECISION_DATE = re.compile(
    rf"\b(?:(?:Sitzung|Beschluss|Beschlussfassung|Beratung)\s+(?:\w+\s+){{0,4}}?(?:am|vom)|[Aa]m)\s+"
    rf"(?:\w+,\s+)?(?P<date>{_DATE})"
)
# "Antrag der CDU-Fraktion vom 08.09.2021": the date of a paper, not of a decision.
_OTHER_DATE_OWNER = re.compile(
    r"\b(?:Antrag|Schreiben|Anfrage|Stellungnahme|Vorlage|Drucksache)(?:\s+(?:der|des|von)\s+[^,.;]{0,40})?\s*$"
)
_MEETING_MENTION = re.compile(
    rf"\b(?:Sitzung|Beratung|Tagung)\b[^.\n]{{0,80}}?\b(?:am|vom)\s+(?:\w+,\s+)?(?P<date>{_DATE})"
    rf"|(?P<body>{BODY_NAME})\s+(?:am|vom)\s+(?:\w+,\s+)?(?P<date2>{_DATE})"
)

# Passive: "… wurde ohne Abstimmung zur Kenntnis genommen."
PASSIVE = re.compile(
    r"\b(?P<aux>wurde|wurden|ist|sind|wird|werden)\b[\s\S]{0,160}?\b(?:zur\s+Kenntnis\s+genommen|beschlossen|abgesetzt"
    r"|abgelehnt|vertagt|verwiesen|überwiesen|zugestimmt|angenommen|zurückgestellt|zurückgezogen|genehmigt)\b"
)
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
    rf"^(?P<date>{_DATE})[ \t]*\n[ \t]*(?:[A-ZÄÖÜ][a-zäöüß]+e[nrs]?[ \t]+)?(?:\d{{1,3}}\.[ \t]*)?Sitzung[ \t]+(?:des|der)[ \t]+"
    rf"(?P<org>{BODY_NAME})[ \t]+(?P<res>(?:ungeändert[ \t]+|geändert[ \t]+)?beschlossen|zugestimmt|abgelehnt|vertagt"
    r"|zurückgestellt|verwiesen|zurückgezogen|zur\s+Kenntnis\s+genommen|Kenntnis\s+genommen)[ \t]*$",
    re.MULTILINE,
)
# ALLRIS: "Beschlussart: zur Kenntnis genommen" (value on the same or next line)
FIELD = re.compile(r"^Beschlussart\s*:?[ \t]*\n?[ \t]*(?P<value>[^\n]{3,80})$", re.MULTILINE)

# The chair's announcement in a verbatim record.
_ANNOUNCE_PARTICIPLE = re.compile(r"\b(?:abgelehnt|angenommen|beschlossen|zugestimmt|gewählt)\b")
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


def extract(ctx: Context) -> list[dict[str, Any]]:
    text = ctx.view.text
    ag = agenda_mod.analyse(ctx)
    st = _State(ctx, ag)
    rows: list[dict[str, Any]] = []
    rows += _blocks(st)
    rows += _ref_lines(st)
    if st.minutes:
        rows += _announcements(st)
    rows += _result_lines(st)
    rows += _consultations(st)
    rows += _attributed(st)
    rows += _sentences(st)
    rows += _procedural(st)
    rows += _fields(st, rows)
    rows += _references(st)
    rows += _passages(st)
    rows = _not_given(st, _dedupe(rows))
    rows = _one_per_telling(st, _not_content(st, rows))
    _settle(st, rows)
    if any("_motion_region" in r for r in rows):
        _link_motions(ctx, text, rows)
    for r in rows:
        r.pop("_motion_region", None)
    return rows


class _Spans:
    """Passages already read, sorted by start, for fast overlap tests."""

    MAX = 6000  # no passage is longer (blocks end within 4000 characters)

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.spans: list[tuple[int, int]] = []

    def append(self, span: tuple[int, int]) -> None:
        i = bisect_left(self.starts, span[0])
        self.starts.insert(i, span[0])
        self.spans.insert(i, span)

    def overlaps(self, a: int, b: int) -> bool:
        j = bisect_left(self.starts, b) - 1
        while j >= 0 and self.starts[j] > a - self.MAX:
            if self.spans[j][1] > a:
                return True
            j -= 1
        return False


class _State:
    """What the rules of one document share."""

    def __init__(self, ctx: Context, ag: Agenda):
        self.ctx = ctx
        self.text = ctx.view.text
        self.ag = ag
        self.minutes = ctx.meta.get("type") == "minutes" or bool(ag.session and ag.session.minutes)
        hints = ctx.doc.hints or {}
        session = ag.session
        # An ALLRIS item page names its body and date in structured fields.
        self.body = (session.body if session else None) or hints.get("decided_by")
        self.date = (session.date if session and self.minutes else None) or (
            hints.get("date") if hints.get("decided_by") else None
        )
        if self.date is None and self.minutes and ctx.meta.get("type") == "minutes":
            self.date = ctx.date
        tree_session = ctx.tree.session
        if self.body is None and tree_session is not None:
            # A header shape only the document model reads ("Bauausschuss, Sitzung vom …").
            self.body = tree_session.body
            if self.date is None and self.minutes:
                self.date = tree_session.date
        self.taken = _Spans()
        self.block_items: set[int] = set()
        self.has_blocks = False

    def near_dates(self, reach: int = 220) -> list[tuple[int, int]]:
        """Merged stretches of text around the dates (for rules whose match holds one)."""
        out: list[list[int]] = []
        for a, b in self.ag.dates:
            lo, hi = max(0, a - reach), min(len(self.text), b + reach)
            if out and lo <= out[-1][1]:
                out[-1][1] = max(out[-1][1], hi)
            else:
                out.append([lo, hi])
        return [(lo, hi) for lo, hi in out]

    def sentences_at(self, positions: list[int]) -> list[list[tuple[int, int]]]:
        """The sentences of each paragraph that holds one of ``positions``
        (sorted), one list per paragraph: only those are split."""
        cached = self.ctx.meta.get("_sentences")
        if isinstance(cached, list):  # another rule split the whole text already
            return [cached] if positions else []
        text = self.text
        out: list[list[tuple[int, int]]] = []
        end = -1
        for pos in positions:
            if pos < end:
                continue
            start = text.rfind("\n\n", max(0, pos - 1500), pos)
            if start >= 0:
                start += 2
            elif out and out[-1] and end > pos - 1500:
                # Go on from the window before, two sentences back for context.
                start = out[-1][max(0, len(out[-1]) - 3)][0]
            else:
                start = max(0, pos - 1500)
            end = text.find("\n\n", pos, pos + 1500)
            end = min(len(text), pos + 1500) if end < 0 else end
            out.append([(a + start, b + start) for a, b in sentences(text[start:end])])
        return out

    def overlaps(self, a: int, b: int) -> bool:
        return self.taken.overlaps(a, b)

    def decider(self, name: str | None) -> str | None:
        """A body's name as written; the session's body for "der Ausschuss"."""
        if not name:
            return self.body
        name = body_name(one_line(name))
        if name.casefold() in GENERIC_BODIES and self.body:
            return self.body
        if self.body and self.body.startswith(name + " "):
            return self.body  # "der Ortsbeirat" in the minutes of the Ortsbeirat Nord
        return name

    def item_number(self, pos: int) -> str | None:
        item = self.ag.item_at(pos)
        return item.number if item else None


def _iso(s: str | None) -> str | None:
    if not s:
        return None
    m = ANY_DATE.search(s)
    return date_from_match(m) if m else None


def _row(st: _State, a: int, b: int, rule: str, conf: float, **fields: Any) -> dict[str, Any]:
    region = fields.pop("_motion_region", None)
    fields.setdefault("recommended_to", None)
    fields.setdefault("paper_reference", None)
    fields.setdefault("agenda_item", None)
    if not fields.get("text"):
        fields["text"] = one_line(st.text[a:b]) or "-"
    row = st.ctx.row(st.ctx.span(a, b), rule, conf, **fields)
    if region:
        row["_motion_region"] = region
    return row


# --------------------------------------------------------------------------
# Beschluss / Abstimmungsergebnis blocks


def _blocks(st: _State) -> list[dict[str, Any]]:
    text, ag = st.text, st.ag
    labels = sorted(
        [(m.start(), "d", m) for m in agenda_mod.line_matches(DECISION_LABEL, text, _DECISION_PREFIXES)]
        + [(m.start(), "v", m) for m in agenda_mod.line_matches(VOTE_LABEL, text, _VOTE_PREFIXES)],
        key=lambda x: x[0],
    )
    item_starts = [it.start for it in ag.items]
    rows: list[dict[str, Any]] = []
    prev_end = 0
    i = 0
    while i < len(labels):
        pos, kind, m = labels[i]
        # Where this block ends at the latest: the next decision label or item.
        limit = next((p2 for p2, k2, _ in labels[i + 1 :] if k2 == "d"), len(text))
        k = bisect_left(item_starts, pos + 1)
        if k < len(item_starts):
            limit = min(limit, item_starts[k])
        limit = min(limit, pos + 4000)
        vote = None
        if kind == "d":
            j = next((j for j in range(i + 1, len(labels)) if labels[j][1] == "v" and labels[j][0] < limit), None)
            vote = labels[j][2] if j is not None else None
            d_start = m.end()
            if m.group("bullet"):
                # A list of fields ("- Beschluss:\n- zur Kenntnis genommen"): the value is one line.
                d_end = _line_after(text, d_start, limit)
                v_start = v_end = d_end
                i += 1
            elif vote is not None:
                d_end = vote.start()
                v_start, v_end = vote.end(), _vote_end(text, vote.end(), limit)
                i = j + 1
            else:
                d_end = _paragraph_end(text, d_start, limit)
                v_start = v_end = d_end
                i += 1
            vote_text = text[v_start:v_end]
            decided = text[d_start:d_end].strip()
            if not decided and not vote_text.strip():
                continue
            # A proposal is a resolution only when a vote on it is recorded.
            voted = bool(vote_text.strip()) and bool(
                has_vote(vote_text) or vote_outcome(vote_text) or NO_VOTE.search(vote_text)
            )
            final = one_line(m.group("label")).casefold() in _FINAL_LABELS
            if not voted and not (final and st.minutes and decided):
                prev_end = max(prev_end, d_end)
                continue
        else:  # an Abstimmungsergebnis without a Beschluss label before it
            i += 1
            vote = m
            d_start = d_end = pos
            v_start, v_end = m.end(), _vote_end(text, m.end(), limit)
            vote_text = text[v_start:v_end]
            decided = ""
            if not (has_vote(vote_text) or vote_outcome(vote_text)):
                continue
            if not st.minutes and not _iso(m.group("paren")):
                continue
            # "Die … Haushaltsüberschreitungen wurden genehmigt. / Abstimmung: 5
            # dafür 0 dagegen 0 Enthaltungen": the statement before the vote says
            # what was decided.
            stated = _statement_before(st, pos, prev_end)
            if stated:
                d_start, decided = stated[0], text[stated[0]:stated[1]].strip()
                pos = d_start
        end = max(v_end, d_end)
        if st.overlaps(pos, end):
            continue
        st.taken.append((pos, end))
        st.has_blocks = True
        item = ag.item_at(pos)
        if item is not None:
            st.block_items.add(item.start)
        if ag.items:
            region_start = max(prev_end, ag.group_start(pos))
        else:
            region_start = max(prev_end, pos - 3000)
        papers = agenda_mod.papers(text, region_start, pos)
        paren = vote.group("paren") if vote is not None and vote.re is VOTE_LABEL else None
        date = _iso(paren) or st.date
        subject = SUBJECT.match(decided) or SUBJECT.search(decided[:200])
        base = {
            "decided_by": st.decider(subject.group("body") if subject else None),
            "date": date,
            "agenda_item": ag.group_number(pos),
            "paper_reference": "; ".join(papers) or None,
        }
        block = _block_rows(st, pos, d_end, v_start, v_end, decided, base, papers, region_start)
        if kind == "d" and len(block) == 1 and _HEADER_RESULT.fullmatch(decided.split("\n", 1)[0].strip(" -•\t")):
            # A result field ("Beschluss: einstimmig abgelehnt / Abstimmung: …")
            # heads the wording of the decision that follows it, up to the
            # next label or item: that wording names the body and the body
            # it recommends to, and is no decision of its own.
            next_label = _next_decision(labels, i, end, len(text))
            k = bisect_left(item_starts, end)
            stop = min(next_label, item_starts[k] if k < len(item_starts) else len(text), end + 3000)
            _header_wording(st, block[0], end, stop)
            end = max(end, stop)
        rows += block
        prev_end = end
    return rows


# A result field's value: "einstimmig beschlossen", "mehrheitlich abgelehnt",
# "ungeändert beschlossen", "zur Kenntnis genommen".
_HEADER_RESULT = re.compile(
    r"(?:(?:einstimmig|mehrheitlich|ungeändert|geändert|einvernehmlich)\s+)?"
    r"(?:beschlossen|abgelehnt|zugestimmt|angenommen|vertagt|zurückgestellt|zurückgezogen|verwiesen"
    r"|zur\s+Kenntnis\s+genommen|Kenntnis\s+genommen|erledigt"
    # "zurück in die Fraktionen/Gruppen ohne erneute Beratung im Fachausschuss"
    r"|zurück\s+(?:in|an)\s+(?:den|die|das)\b[^\n]{0,80})",
    re.IGNORECASE,
)
# "Es wird dem Kreisausschuss überlassen, eine Beschlussempfehlung an den
# Kreistag abzugeben": a recommendation still to be made, by another body.
_TO_BE_MADE = re.compile(r"[^.\n]{0,40}?\b(?:abzugeben|zu\s+geben|zu\s+erarbeiten|zu\s+formulieren)\b")
_DECIDING_VERB = re.compile(
    r"\s+(?:[\w-]+\s+){0,5}?(?:beschließt|beschliesst|beschloss|empfiehlt|empfahl|stimmt|stimmte|lehnt|lehnte"
    r"|nimmt|nahm|vertagt|vertagte|verweist|verwies|beauftragt|beauftragte|fasst|fasste)\b"
)
# The wording under "Beschluss: mehrheitlich beschlossen" may itself turn a
# motion down: "Der Antrag der AfD-Fraktion wird abgelehnt." The field says
# that the resolution was carried; what it does is reject the motion.
_WORDING_REJECTS = re.compile(
    r"^[ \t]*(?:Der|Die)\s+(?:[\w„“\"-]+\s+){0,6}?(?:Antrag|Anträge|Änderungsantrag|Ergänzungsantrag)\b"
    r"(?:[^\n.]|\.(?=\d)){0,200}?\b(?:wird|werden)\s+(?:\w+\s+){0,2}?abgelehnt\b",
    re.MULTILINE,
)


def _next_decision(labels: list, i: int, end: int, default: int) -> int:
    """Where the next decision starts after a result field: a vote label, or a
    decision label followed by a vote label of its own. A bare "Beschluss:"
    label after the field ("Beschluss: / Wie Antrag") is its wording."""
    rest = [(p, k) for p, k, _ in labels[i:] if p >= end]
    for n, (p, k) in enumerate(rest):
        if k == "v":
            return p
        if n + 1 < len(rest) and rest[n + 1][1] == "v":
            return p
    return default


# Count lines in the wording after a result field: "dafür: 4 (BÜRGERLISTE)",
# "dagegen: 37 (OB, 15 CDU, …)", "Enth.: 1".
_COUNT_LINE = re.compile(
    r"^[ \t]*(?:dafür|dagegen|Ja-?Stimmen|Nein-?Stimmen|Ja|Nein|Enth\.|Enthaltung(?:en)?|Stimmenthaltung(?:en)?)"
    r"[ \t]*:[ \t]*\d{1,3}\b[^\n]*",
    re.MULTILINE | re.IGNORECASE,
)


def _header_wording(st: _State, row: dict[str, Any], start: int, stop: int) -> None:
    """Body, addressee and counts of a result field's decision from the
    wording after it."""
    text = st.text
    st.taken.append((start, stop))
    if row.get("votes_yes") is None and row.get("votes_no") is None:
        counts = "\n".join(m.group() for m in _COUNT_LINE.finditer(text, start, stop))
        if counts:
            votes = parse_votes(counts, row["outcome"])
            for k in ("votes_yes", "votes_no", "votes_abstain"):
                row[k] = votes[k]
            if row.get("unanimous") is None:
                row["unanimous"] = votes["unanimous"]
    if not row.get("recommended_to"):
        rec = RECOMMEND.search(text, start, stop)
        if rec and _TO_BE_MADE.match(text, rec.end()):
            rec = None
        if rec:
            row["recommended_to"] = _recommended(rec)
    if row.get("outcome") == "adopted" and row.get("rule") == "resolution.block":
        first = _WORDING_REJECTS.search(text, start, min(stop, start + 600))
        if first:
            row["outcome"] = "rejected"
    if not row.get("decided_by") or row["decided_by"] == st.body:
        for m in SUBJECT.finditer(text, start, stop):
            if _agrees(m) and _DECIDING_VERB.match(text, m.end()):
                row["decided_by"] = st.decider(m.group("body"))
                break


def _line_after(text: str, start: int, limit: int) -> int:
    """End of the first non-empty line at or after ``start``."""
    p = start
    while p < limit and text[p] in " \t\n":
        p += 1
    end = text.find("\n", p, limit)
    return limit if end < 0 else end


def _statement_before(st: _State, pos: int, prev_end: int) -> tuple[int, int] | None:
    """The paragraph right before a vote label when it states a decision in
    the passive ("Die … Überschreitungen wurden genehmigt.")."""
    text = st.text
    stop = len(text[:pos].rstrip())
    start = text.rfind("\n\n", 0, stop)
    start = 0 if start < 0 else start + 2
    item = st.ag.item_at(pos)
    if start < prev_end or (item is not None and start < item.head_end):
        return None
    para = text[start:stop]
    if len(para) > 400 or not para.endswith("."):
        return None
    m = PASSIVE.search(para)
    if not m or _NOT_TAKEN.search(para) or _SUBORDINATE.search(para, 0, m.start()):
        return None
    return start, stop


def _paragraph_end(text: str, start: int, limit: int) -> int:
    """End of the paragraph starting at ``start`` (leading blank lines skipped)."""
    p = start
    while p < limit and text[p] in " \t\n":
        p += 1
    end = text.find("\n\n", p, limit)
    return end if end >= 0 else limit


# Lines of a vote block that state no vote: "Anwesend 15", "Befangen: 1".
_VOTE_AUX = re.compile(r"(?:Anwesend|Anwesende|Stimmberechtigt|Befangen|Nicht\s+anwesend)\b[^\n]{0,60}$", re.IGNORECASE)


def _vote_line(line: str) -> bool:
    """A short line that states only a vote: "Mehrheitlich abgelehnt", "Ja 1
    Nein 7 Enthaltung 1", "JA-Stimmen 9", "Anwesend 15"."""
    s = line.strip()
    short = len(s.split()) <= 4 or not s.endswith(".")  # a result, not a sentence
    return len(s) < 100 and short and bool(_VOTE_AUX.match(s) or _states_vote(s))


def _vote_end(text: str, start: int, limit: int) -> int:
    """End of a vote block: its first lines that state a vote or a result
    (read line by line; a line that goes on in lower case, or after an open
    bracket, belongs to the one before). Where each line of the block
    stands in a paragraph of its own (pages converted from HTML), the
    block goes on over blank lines while the lines state only votes."""
    stop = _paragraph_end(text, start, min(limit, start + 1500))
    while True:
        nxt = stop
        while nxt < limit and text[nxt] in " \t\n":
            nxt += 1
        line_end = text.find("\n", nxt, limit)
        line_end = limit if line_end < 0 else line_end
        if nxt >= limit or not _vote_line(text[nxt:line_end]):
            break
        if not all(_vote_line(ln) for ln in text[start:stop].split("\n") if ln.strip()):
            break
        stop = line_end
    end = start
    cur: list[int] | None = None
    pos = start
    while pos < stop:
        nl = text.find("\n", pos, stop)
        b = stop if nl < 0 else nl
        raw = text[pos:b]
        if raw.strip():
            prev = text[cur[0] : cur[1]] if cur else ""
            if cur is not None and (raw.lstrip()[:1].islower() or prev.count("(") > prev.count(")")):
                cur[1] = b
            else:
                if cur is not None:
                    if not _states_vote(prev):
                        return end
                    end = cur[1]
                cur = [pos, b]
        pos = b + 1
    if cur is not None and _states_vote(text[cur[0] : cur[1]]):
        end = cur[1]
    return end


def _states_vote(line: str) -> bool:
    return bool(has_vote(line) or vote_outcome(line) or NO_VOTE.search(line) or _VOTE_AUX.match(line.strip()))


def _vote_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Lines of a vote block; a line that goes on in lower case, or after an
    open bracket, joins the one before."""
    lines: list[list[int]] = []
    pos = start
    for raw in text[start:end].split("\n"):
        a, b = pos, pos + len(raw)
        pos = b + 1
        if not raw.strip():
            continue
        if lines:
            prev = text[lines[-1][0] : lines[-1][1]]
            if raw.lstrip()[:1].islower() or prev.count("(") > prev.count(")"):
                lines[-1][1] = b
                continue
        lines.append([a, b])
    return [(a, b) for a, b in lines]


# A line of nothing but counts: "Ja 1 Nein 7 Enthaltung 1", "4 Ja / 14 Nein /
# 0 Enthaltungen", "JA-Stimmen 9", "Anwesend 15".
_COUNT_WORD = (
    r"(?:Ja-?Stimmen|Nein-?Stimmen|Gegenstimmen?|Stimmenthaltung(?:en)?|Enthaltung(?:en)?|Enth\.|Ja|Nein|dafür"
    r"|dagegen|Befangen|Anwesend|Anwesende)"
)
_COUNT_ONLY = re.compile(
    rf"(?:[ \t,;/]*(?:{_COUNT_WORD}[ \t]*[:=]?[ \t]*\d{{1,3}}|\d{{1,3}}[ \t]*{_COUNT_WORD}))+[ \t,;/.]*",
    re.IGNORECASE,
)


def _with_counts(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Vote lines with a line of counts joined to the result line before it
    ("Mehrheitlich abgelehnt" / "Ja 1 Nein 7 Enthaltung 1")."""
    out: list[tuple[int, int]] = []
    for a, b in lines:
        if out and _COUNT_ONLY.fullmatch(text[a:b]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _block_rows(st, pos, d_end, v_start, v_end, decided, base, papers, region_start):
    text = st.text
    # One resolution per line only when each line states its own result
    # ("Ziffer 1: … abgelehnt"); "Ja-Stimmen: 20 / Nein-Stimmen: 5" is one vote.
    lines = [(a, b) for a, b in _with_counts(text, _vote_lines(text, v_start, v_end)) if vote_outcome(text[a:b])]
    region = (region_start, d_end)
    if len(lines) < 2:
        vote_text = text[v_start:v_end]
        outcome = decision_outcome(decided, vote_text)
        # "Beschluss: einstimmig beschlossen" states its vote in the decision;
        # "Beschluss: mehrheitlich beschlossen / Abstimmung: dafür: 10" splits
        # the result's words and its counts.
        if not vote_text.strip():
            votes = parse_votes(decided, outcome)
        elif len(decided) < 60:
            votes = parse_votes(f"{vote_text}\n{decided}", outcome)
        else:
            votes = parse_votes(vote_text, outcome)
        if outcome == "other" and votes["votes_yes"] is not None and votes["votes_no"] is not None:
            # Counts alone: more Ja than Nein carries it; a tie fails.
            outcome = "adopted" if votes["votes_yes"] > votes["votes_no"] else "rejected"
            votes = parse_votes(vote_text, outcome)
        elif outcome == "other" and _carried(votes, f"{decided}\n{vote_text}"):
            outcome = "adopted"
        if NO_VOTE.search(vote_text):
            votes = dict(_NO_VOTES)
        elif (
            outcome in ("adopted", "adopted_amended") and not vote_outcome(vote_text)
            and votes["votes_yes"] is not None and (votes["votes_no"] or 0) > votes["votes_yes"]
        ):
            # Counts alone: more Nein than Ja is a rejection.
            outcome = "rejected"
            votes = parse_votes(vote_text, outcome)
        rec = RECOMMEND.search(decided)
        return [_row(
            st, pos, max(v_end, d_end), "resolution.block", 0.9, outcome=outcome,
            recommended_to=_recommended(rec), text=one_line(decided or vote_text),
            _motion_region=region, **votes, **base,
        )]
    rows = []
    # The line the Beschluss text belongs to: the one about the Vorlage, else the first.
    main = next((k for k, (a, b) in enumerate(lines) if _MAIN_LABEL.search(_label(text[a:b]))), 0)
    for k, (a, b) in enumerate(lines):
        line = text[a:b]
        label = _label(line)
        outcome = vote_outcome(line) or decision_outcome(decided if k == main else "", line)
        fields = dict(base)
        sub = [int(x) for x in _SUBITEMS.findall(label)] if _SUBITEM_LABEL.match(label) else []
        if sub and papers and all(0 < s <= len(papers) for s in sub):
            fields["paper_reference"] = "; ".join(papers[s - 1] for s in sub)
        # "Ziffer 2: …" decides the item's motion too; "Änderungsantrag X: …" its own;
        # "Unveränderte Beschlussvorlage: …" the Vorlage.
        if _MOTION_LABEL.search(label):
            motion_region = (a, a + len(label))
        elif _MAIN_LABEL.search(label):
            motion_region = None
        else:
            motion_region = region
        rows.append(_row(
            st, pos if k == main else a, b, "resolution.vote_line", 0.85, outcome=outcome,
            text=one_line(decided if k == main and decided else line),
            _motion_region=motion_region, **parse_votes(line, outcome), **fields,
        ))
    return rows


def _carried(votes: dict[str, Any], words: str) -> bool:
    """A vote stated without an outcome word ("Beschlussfassung: einstimmig",
    "mehrheitlich") carries the proposal; "erledigt" and the like say otherwise."""
    return votes["unanimous"] is not None and votes["votes_yes"] is None and not OTHER_DISPOSITION.search(words)


def _label(line: str) -> str:
    m = _LINE_LABEL.match(line)
    return m.group("label") if m else ""


def _recommended(rec: re.Match | None) -> str | None:
    if not rec:
        return None
    name = rec.group("to") or rec.group("to2") or rec.group("to3")
    return body_name(one_line(name)) if name else None


# --------------------------------------------------------------------------
# Announcements, result lines, Beratungsfolge


def _announcements(st: _State) -> list[dict[str, Any]]:
    text, ag = st.text, st.ag
    rows: list[dict[str, Any]] = []
    if st.has_blocks and all(it.start in st.block_items for it in ag.items):
        return rows
    low = text.lower()
    marks = sorted(
        i for stem in ("abgelehnt", "angenommen", "beschlossen", "zugestimmt", "gewählt", "mehrheit")
        for i in _find_all(low, stem)
    )
    for start, end in (sp for spans in st.sentences_at(marks) for sp in spans):
        k = bisect_left(marks, start)
        if k >= len(marks) or marks[k] >= end:
            continue
        item = ag.item_at(start)
        if (item is not None and item.start in st.block_items) or (st.has_blocks and item is None):
            continue
        if st.overlaps(start, end) or ag.in_speech(start):
            continue
        start = _skip_heading_lines(text, start, end)
        for a, b in _clauses(text, start, end):
            clause = text[a:b]
            # A spoken sentence: not a run of short table cells.
            if len(clause) > 300 or not clause.rstrip().endswith((".", "!")):
                continue
            if clause.count("\n") * 40 > len(clause):
                continue
            if _WE.search(clause) or _NOT_TAKEN.search(clause.replace("?", "")) or _REPORTED.search(clause):
                continue
            if not (
                (_ANNOUNCE_PARTICIPLE.search(clause) and has_vote(clause))
                or _ANNOUNCE_MOTION.search(clause)
                or _ANNOUNCE_NO_MAJORITY.search(clause)
            ):
                continue
            outcome = vote_outcome(clause)
            if outcome is None:
                continue
            st.taken.append((a, b))
            rows.append(_row(
                st, a, b, "resolution.announcement", 0.6, outcome=outcome,
                decided_by=st.body, date=st.date, agenda_item=item.number if item else None,
                text=one_line(clause.lstrip("–—- ")), **parse_votes(clause, outcome),
            ))
    return rows


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for m in _DASH_SPLIT.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return out


def _result_lines(st: _State) -> list[dict[str, Any]]:
    text, ag = st.text, st.ag
    found = []
    low = text.lower()
    line_starts = sorted({
        low.rfind("\n", 0, i) + 1 for stem in _RESULT_STEMS for i in _find_all(low, stem)
    })
    for m in (RESULT_LINE.match(text, ls) for ls in line_starts):
        if m is None:
            continue
        a, b = m.start("line"), m.end("line")
        item = ag.item_at(a)
        if (item is not None and item.start in st.block_items) or st.overlaps(a, b):
            continue
        # "… ist der Antrag\nabgelehnt." ends a sentence broken across lines.
        if a > 0 and text[a:b + 1].rstrip().endswith(".") and not _SENTENCE_END_BEFORE.search(text[max(0, a - 3) : a]):
            continue
        found.append((a, _continue_line(text, a, b), "result"))
    if len(found) >= 2:  # a list of results: its "erledigt" entries too
        starts = sorted({low.rfind("\n", 0, i) + 1 for i in _find_all(low, "erledigt")})
        for m in (ERLEDIGT_LINE.match(text, ls) for ls in starts):
            if m is not None and not st.overlaps(m.start(), m.end()):
                found.append((m.start(), _continue_line(text, m.start(), m.end()), "other"))
    rows = []
    decider = st.body or _heading_body(text)
    prev_end = 0
    for a, b, kind in sorted(found):
        line = text[a:b]
        subject = _row_subject(st, max(prev_end, a - 800), a)
        prev_end = b
        if kind == "other" or OTHER_DISPOSITION.search(line):
            outcome, votes = "other", _NO_VOTES
        else:
            outcome = decision_outcome(line)
            votes = parse_votes(line, outcome)
            if outcome == "other":
                continue
        st.taken.append((a, b))
        rows.append(_row(
            st, a, b, "resolution.result_line", 0.75 if kind == "result" else 0.5, outcome=outcome,
            decided_by=decider, date=st.date, agenda_item=st.item_number(a), text=one_line(line),
            subject=subject, **votes,
        ))
    return rows


_SUBJECT_LINE = re.compile(r"[A-ZÄÖÜ„\"][^\n]*[a-zäöüß][^\n]*")


def _row_subject(st: _State, start: int, end: int) -> str | None:
    """What a result in a list or table decides on: the longest line of words
    in its row, before the result (a measure's or motion's title). An item
    heading in between starts the row."""
    item = st.ag.item_at(end)
    if item is not None and item.start >= start:
        return None  # the item's title is the subject
    best = ""
    for line in st.text[start:end].split("\n"):
        line = line.strip()
        if len(line.split()) >= 3 and len(line) > len(best) and _SUBJECT_LINE.fullmatch(line):
            best = line
    return best[:300] or None


def _continue_line(text: str, a: int, b: int) -> int:
    """A result goes on on the next line in lower case or after an open bracket."""
    while b + 1 < len(text) and text[b] == "\n":
        nxt_end = text.find("\n", b + 1)
        nxt_end = len(text) if nxt_end < 0 else nxt_end
        nxt = text[b + 1 : nxt_end]
        open_paren = text[a:b].count("(") > text[a:b].count(")")
        if nxt[:1].islower() or (open_paren and len(nxt) < 80):
            b = nxt_end
        else:
            break
    return b


def _heading_body(text: str) -> str | None:
    m = _HEADING_BODY.search(text[:1500])
    return body_name(one_line(m.group("body"))) if m else None


def _consultations(st: _State) -> list[dict[str, Any]]:
    rows = []
    for m in (m for lo, hi in st.near_dates() for m in CONSULTATION_DATE_FIRST.finditer(st.text, lo, hi)):
        if st.overlaps(m.start(), m.end()):
            continue
        res = m.group("res")
        outcome = "adopted_amended" if res.startswith("geändert") else decision_outcome(res)
        st.taken.append((m.start(), m.end()))
        rows.append(_row(
            st, m.start(), m.end(), "resolution.consultation", 0.8, outcome=outcome,
            decided_by=body_name(one_line(m.group("org"))), date=_iso(m.group("date")),
            paper_reference=st.ctx.meta.get("reference"), text=one_line(m.group(0)), **_NO_VOTES,
        ))
    for m in (m for lo, hi in st.near_dates() for m in CONSULTATION.finditer(st.text, lo, hi)):
        if st.overlaps(m.start(), m.end()):
            continue
        res = m.group("res")
        outcome = "other" if res.startswith(("vorberaten", "erledigt")) else decision_outcome(res)
        st.taken.append((m.start(), m.end()))
        rows.append(_row(
            st, m.start(), m.end(), "resolution.consultation", 0.8, outcome=outcome,
            decided_by=body_name(one_line(m.group("org"))), date=_iso(m.group("date")),
            paper_reference=st.ctx.meta.get("reference"), text=one_line(m.group(0)), **_NO_VOTES,
        ))
    return rows


# --------------------------------------------------------------------------
# Sentences


def _sentences(st: _State) -> list[dict[str, Any]]:
    text, ag = st.text, st.ag
    hints = _hint_positions(text)
    rows = []
    for spans in st.sentences_at(hints):
        for idx, (start, end) in enumerate(spans):
            k = bisect_left(hints, start)
            if k >= len(hints) or hints[k] >= end:
                continue
            item = ag.item_at(start)
            if (
                st.overlaps(start, end)
                or (st.minutes and ag.in_speech(start))
                or (st.minutes and item is not None and item.start in st.block_items)
            ):
                continue
            start = _skip_heading_lines(text, start, end)
            row = _decision_sentence(st, spans, idx, text[start:end], start, end)
            if row:
                vote = _trailing_vote(text, end)
                if vote and row["votes_yes"] is None and row["unanimous"] is None and not st.overlaps(*vote):
                    # The vote on a line of its own after the decision ("13 : 0").
                    row.update(parse_votes(text[vote[0]:vote[1]], row["outcome"]))
                    span = st.ctx.span(st.ctx.view.to_view(row["char_start"]), vote[1])
                    row.update(quote=span.quote, char_start=span.start, char_end=span.end)
                    end = vote[1]
                st.taken.append((start, end))
                rows.append(row)
    rows += _withdrawals(st)
    return rows


def _trailing_vote(text: str, end: int) -> tuple[int, int] | None:
    """A line right after ``end`` (a blank line between at most) that
    states nothing but a vote: "13 : 0", "Ja 12 Nein 3", "einstimmig"."""
    p = end
    while p < len(text) and text[p] in " \t":
        p += 1
    if text[p:p + 1] != "\n":
        return None
    while p < len(text) and text[p] in " \t\n":
        p += 1
    if text.count("\n", end, p) > 2:
        return None
    line_end = text.find("\n", p)
    line_end = len(text) if line_end < 0 else line_end
    line = text[p:line_end].strip()
    if line and (_COUNT_ONLY.fullmatch(line) or _RATIO_LINE.fullmatch(line) or _UNANIMOUS_LINE.fullmatch(line)):
        return p, p + len(line)
    return None


_RATIO_LINE = re.compile(r"\(?\d{1,3}[ \t]*:[ \t]*\d{1,3}(?:[ \t]*:[ \t]*\d{1,3})?\)?[ \t]*(?:Stimmen)?\.?")
_UNANIMOUS_LINE = re.compile(r"\(?(?:einstimmig|mehrheitlich|einstimmig\s+bei\s+[^\n]{1,40})\)?\.?", re.IGNORECASE)

# The mover takes its motion back: "Die CDU-Fraktion zieht ihren Antrag
# daraufhin zurück", "Der Antragsteller zieht den Antrag zurück".
_WITHDRAW = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=\n))(?:Die|Der|Das)\s+[^.\n]{2,60}?\s+zieht\s+(?:ihren|seinen|den|die|das)\s+"
    r"(?:[\w-]+\s+)?(?:Antrag|Änderungsantrag|Ergänzungsantrag|Anträge)\b[^.\n]{0,60}?\bzurück\b[^.\n]{0,40}\.?"
)


def _withdrawals(st: _State) -> list[dict[str, Any]]:
    """A motion withdrawn by its mover during the meeting (minutes only)."""
    if not st.minutes or "zieht" not in st.text:
        return []
    rows = []
    for m in _WITHDRAW.finditer(st.text):
        if st.overlaps(m.start(), m.end()) or st.ag.in_speech(m.start()):
            continue
        st.taken.append((m.start(), m.end()))
        rows.append(_row(
            st, m.start(), m.end(), "resolution.withdrawal", 0.7, outcome="withdrawn",
            decided_by=st.body, date=st.date, agenda_item=st.item_number(m.start()),
            _motion_region=(m.start(), m.end()), **_NO_VOTES,
        ))
    return rows


def _skip_heading_lines(text: str, start: int, end: int) -> int:
    """A sentence runs on from an agenda heading or a label line ("TOP 3
    Kreishaushalt", "Sachverhalt:") only because no full stop ends them."""
    while True:
        nl = text.find("\n", start, end)
        if nl < 0:
            return start
        line = text[start:nl].rstrip()
        # A label ("Sachverhalt:"), not a sentence introducing its content
        # ("Der Rat fasst folgenden Beschluss:").
        label = line.endswith(":") and len(line.split()) <= 4
        if not (label or agenda_mod.ITEM_HEADING.match(line)):
            return start
        start = nl + 1


def _subject_body(sent: str) -> str | None:
    for m in SUBJECT.finditer(sent):
        if _agrees(m):
            return body_name(one_line(m.group("body")))
    return None


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


def _decision_sentence(st: _State, spans, idx, sent, start, end):
    if _REPORTED.search(sent):
        return None
    subj = None
    for m in SUBJECT.finditer(sent):
        before = sent[: m.start()].lstrip("„\"“ ")
        if before.count("„") > before.count("“") and not _DECIDING_WORD.search(before):
            continue  # inside a quoted motion ("lautet: „…“"): its wording, not a decision
        if _agrees(m) and not _after_noun(sent, m.start()):
            subj = m
            break
    subj_body = subj.group("body") if subj else None
    if subj is None and (mm := MEMBERS.search(sent)):
        # "Die Mitglieder des Rates stimmen … zu": the body's members decide for it.
        subj, subj_body = mm, mm.group("body")
    pron = None if subj else _PRONOUN_SUBJECT.match(sent)
    passive = None
    if subj is None and pron is None:
        passive = PASSIVE.search(sent)
        if passive is None:
            return None
    if _NOT_TAKEN.search(sent):
        return None
    if subj is None and _WE.search(sent):
        return None
    past = bool(_PAST.search(sent) or _PERFECT.search(sent))
    if passive is not None:
        # Minutes record their decisions in the passive ("Der Antrag wird mit
        # 5 Ja-Stimmen … abgelehnt"); elsewhere the body must be named.
        if _SUBORDINATE.search(sent, 0, passive.end()) and not has_vote(sent):
            return None
        body = _passive_body(st.text, spans, idx, sent)
        present = passive.group("aux") in ("wird", "werden")
        # A passive decision with its vote ("wird der Antrag einstimmig … vertagt")
        # is recorded as taken even where the body is not named.
        if body is None and not (st.minutes and st.body) and not (present and has_vote(sent)):
            return None
        if present and not (st.minutes or has_vote(sent)):
            return None
        rule, decider = "resolution.passive", st.decider(body)
    elif pron is not None:
        # "Er hat …": the body the sentence before is about.
        prev_body = _subject_body(st.text[spans[idx - 1][0] : spans[idx - 1][1]]) if idx else None
        if not prev_body or not past:
            return None
        rule, decider = "resolution.sentence", st.decider(prev_body)
    else:
        rule, decider = "resolution.sentence", st.decider(subj_body)
        if not past:
            if not _PRESENT.search(sent):
                return None
            if not (st.minutes or has_vote(sent)):
                return None
    after = sent[subj.end() :] if subj else sent
    rec = RECOMMEND.search(sent)
    if rec and subj and rec.start() < subj.end():
        rec = None
    decided = sent[rec.end() :] if rec else after
    outcome = outcome_of(decided) or outcome_of(after)
    if outcome is None and subj and _VERB_FIRST.search(sent, 0, subj.start()):
        # The finite verb before the subject: "Dem stimmt der Gemeinderat zu",
        # "Daraufhin beschließt der Ausschuss …".
        outcome = outcome_of(sent)
    if outcome is None and (by_counts := counts_outcome(parse_votes(sent))):
        # "Der Rat stimmt über den Antrag ab: 4 Ja-Stimmen, 9 Nein-Stimmen."
        outcome = by_counts
    if outcome is None:
        # "empfiehlt dem Hauptausschuss, folgenden Beschluss zu fassen",
        # "regelte … mit Beschluss vom 22.02.2022", "beschloss …, dem Wunsch … entgegenzukommen"
        if not (rec or _BY_RESOLUTION.search(sent)):
            return None
        outcome = "adopted"
    if (
        outcome == "adopted" and not rec and passive is None
        and not ADOPTED.search(sent) and not _DECIDING_WORD.search(sent)
    ):
        return None
    # Quote without surrounding quotation marks.
    q0 = start + (1 if sent[:1] in "\"„“" else 0)
    q1 = end - (1 if sent[-1:] in "\"“”" else 0)
    return _row(
        st, q0, q1, rule, 0.8 if rule == "resolution.sentence" else 0.6,
        decided_by=decider, date=_sentence_date(st, spans, idx, sent, past), outcome=outcome,
        recommended_to=_recommended(rec), agenda_item=st.item_number(start) if st.minutes else None,
        paper_reference=_paper_in(sent), text=one_line(st.text[q0:q1]),
        _motion_region=(start, end), **parse_votes(_vote_part(sent, rec), outcome),
    )


_VERB_FIRST = re.compile(
    r"\b(?:stimmt|stimmte|stimmen|stimmten|beschließt|beschloss|lehnt|lehnte|nimmt|nahm|vertagt|vertagte"
    r"|verweist|verwies|empfiehlt|empfahl|beauftragt|beauftragte)\s+$"
)


def _vote_part(sent: str, rec: re.Match | None) -> str:
    """The words of a sentence that may state its vote: not what is
    recommended ("beschloss einstimmig, dem Kreistag zu empfehlen, …";
    "empfiehlt dem Hauptausschuss einstimmig, …")."""
    if not rec:
        return sent
    rest = sent[rec.end() :]
    comma = rest.find(",")
    return sent[: rec.end()] + (rest[:comma] if comma >= 0 else "")


def _after_noun(sent: str, pos: int) -> bool:
    """"der Empfehlung der Kunstkommission": a body right after a noun is a genitive."""
    if sent[pos : pos + 1].isupper() and pos > 0 and sent[pos - 1] == "\n":
        return False  # "Der Rat …" at the start of a line begins a sentence
    before = sent[max(0, pos - 30) : pos]
    return bool(_NOUN_BEFORE.search(before)) and not _CLAUSE_START.search(before)


def _passive_body(text: str, spans, idx: int, sent: str) -> str | None:
    m = _CONTEXT_BODY.search(sent)
    if m:
        return m.group("body") or m.group("body2")
    for j in range(idx - 1, max(-1, idx - 3), -1):
        m = _CONTEXT_BODY.search(text[spans[j][0] : spans[j][1]])
        if m and m.group("body"):
            return m.group("body")
    return None


def _paper_in(sent: str) -> str | None:
    m = agenda_mod.PAPER.search(sent)
    return m.group("ref") if m else None


def _sentence_date(st: _State, spans, idx, sent, past) -> str | None:
    # A date the sentence itself gives for the decision (not a motion's date).
    for m in _DECISION_DATE.finditer(sent):
        if _OTHER_DATE_OWNER.search(sent[max(0, m.start() - 40) : m.start()]):
            continue
        return _iso(m.group("date"))
    # Minutes record the decisions of their session (unless one "had" been taken).
    if st.minutes and not (past and _PLUPERFECT.search(sent)):
        return st.date
    # The meeting named just before ("In der Sitzung des Sozialausschusses am
    # 23.09.2021 wurde … beraten mit folgendem Beschluss: „Der …“").
    start = spans[idx][0]
    found = list(_MEETING_MENTION.finditer(st.text, max(0, start - 400), start))
    if found:
        return _iso(found[-1].group("date") or found[-1].group("date2"))
    return None


# --------------------------------------------------------------------------
# ALLRIS items, references


def _procedural(st: _State) -> list[dict[str, Any]]:
    rows = []
    for m in (m for lo, hi in st.near_dates() for m in PROCEDURAL.finditer(st.text, lo, hi)):
        if st.overlaps(m.start(), m.end()) or not st.body:
            continue
        outcome = outcome_of(m.group("what"))
        if outcome is None:
            continue
        st.taken.append((m.start(), m.end()))
        rows.append(_row(
            st, m.start(), m.end(), "resolution.procedural", 0.6, outcome=outcome,
            decided_by=st.body, date=_iso(m.group("date")),
            paper_reference=(st.ctx.doc.hints or {}).get("paper_reference"), **_NO_VOTES,
        ))
    return rows


def _fields(st: _State, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"Beschlussart: …" — unless a sentence of the same item records it."""
    rows = []
    paper = (st.ctx.doc.hints or {}).get("paper_reference")
    for m in agenda_mod.line_matches(FIELD, st.text, ("Beschlussart",)):
        value = m.group("value")
        outcome = decision_outcome(value)
        if (outcome == "other" and not OTHER_DISPOSITION.search(value)) or st.overlaps(m.start(), m.end()):
            continue
        item = st.ag.item_at(m.start())
        same = [
            r for r in found
            if r["outcome"] == outcome and r["rule"] != "resolution.procedural"
            and (item is None or st.ag.item_at(st.ctx.view.to_view(r["char_start"])) is item)
        ]
        if same:
            for r in same:
                r["paper_reference"] = r.get("paper_reference") or paper
            continue
        st.taken.append((m.start(), m.end()))
        rows.append(_row(
            st, m.start(), m.end(), "resolution.field", 0.85, outcome=outcome,
            decided_by=st.body, date=st.date, agenda_item=item.number if item else None,
            text=one_line(value), paper_reference=paper, **_NO_VOTES,
        ))
    return rows


def _references(st: _State) -> list[dict[str, Any]]:
    text = st.text
    rows = []
    if "eschlu" not in text:
        return []
    for m in (m for lo, hi in st.near_dates() for m in REFERENCE.finditer(text, lo, hi)):
        if st.overlaps(m.start(), m.end()):
            continue
        name = m.group("body") or m.group("compound")
        if name.isupper():  # an abbreviation the gazetteer knows: "BV"
            org = orgs.resolve(name, st.ctx.body)
            if org is None or org.name.isupper():
                continue
            name = org.name
        st.taken.append((m.start(), m.end()))
        rows.append(_row(
            st, m.start(), m.end(), "resolution.reference", 0.6, outcome="adopted",
            decided_by=body_name(one_line(name)), date=_iso(m.group("date") or m.group("date2")),
            paper_reference=_paper_before(text, m.start()), text=one_line(m.group(0)), **_NO_VOTES,
        ))
    return rows


# "M 81/2013, beschlossen von der Stadtverordnetenversammlung am 04.07.2013":
# a paper's decision named by its body and date in a participle phrase.
ATTRIBUTED = re.compile(
    rf"\b(?:beschlossen|verabschiedet|angenommen)\s+(?:von\s+der|von\s+dem|vom|durch\s+den|durch\s+die)\s+"
    rf"(?P<body>{BODY_NAME})\s+(?:am|vom)\s+(?:\w+,\s+)?(?P<date>{_DATE})"
)


def _attributed(st: _State) -> list[dict[str, Any]]:
    text = st.text
    rows = []
    if "von" not in text:
        return rows
    for m in (m for lo, hi in st.near_dates() for m in ATTRIBUTED.finditer(text, lo, hi)):
        if st.overlaps(m.start(), m.end()):
            continue
        st.taken.append((m.start(), m.end()))
        rows.append(_row(
            st, m.start(), m.end(), "resolution.attributed", 0.6, outcome="adopted",
            decided_by=body_name(one_line(m.group("body"))), date=_iso(m.group("date")),
            paper_reference=_paper_before(text, m.start()), text=one_line(m.group(0)), **_NO_VOTES,
        ))
    return rows


def _paper_before(text: str, pos: int) -> str | None:
    found = list(agenda_mod.PAPER.finditer(text, max(0, pos - 40), pos))
    return found[-1].group("ref") if found else None


# --------------------------------------------------------------------------
# Finishing


def _dedupe(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A row inside another row's passage with the same outcome is the same decision."""
    out: list[dict[str, Any]] = []
    reach: dict[str, int] = {}  # outcome -> furthest end of a kept row
    for r in sorted(rows, key=lambda r: (r["char_start"], -r["char_end"])):
        if r["char_end"] <= reach.get(r["outcome"], -1):
            continue
        reach[r["outcome"]] = r["char_end"]
        out.append(r)
    return out


def _not_given(st: _State, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Decisions a structured source (OParl) gives for the document are not
    read again from its rendered text: same date, same (or no) body."""
    given = (st.ctx.doc.records or {}).get("resolutions") or []
    if not given:
        return rows

    def words(name: str | None) -> set[str]:
        return set((name or "").casefold().split())

    known = [(g.get("date"), words(g.get("decided_by"))) for g in given]

    def same(r: dict[str, Any]) -> bool:
        w = words(r.get("decided_by"))
        return any(d == r.get("date") and (not g or not w or g <= w or w <= g) for d, g in known)

    return [r for r in rows if not same(r)]


def _link_motions(ctx: Context, text: str, rows: list[dict[str, Any]]) -> None:
    """``_motion_key`` of the one motion a resolution decides, where clear."""
    if not any(_MOTION_WORD.search(text, *r["_motion_region"]) for r in rows if r.get("_motion_region")):
        return
    motions = ctx.meta.get("_motion_rows")
    if not isinstance(motions, list):
        from . import motions as motions_mod

        try:
            motions = motions_mod.extract(ctx)
        except Exception:  # a broken motions rule must not cost the resolutions
            motions = []
        ctx.meta["_motion_rows"] = motions
    if not motions:
        return
    # Motions by where they start and by submitter, so that linking stays
    # linear in the text's length (a document has few distinct submitters).
    keyed = sorted((mr["char_start"], i, mr["_key"]) for i, mr in enumerate(motions) if "_key" in mr)
    starts = [s for s, _, _ in keyed]
    by_who: dict[str, list[tuple[int, str]]] = {}
    for i, mr in enumerate(motions):
        if "_key" in mr and mr.get("submitted_by"):
            by_who.setdefault(mr["submitted_by"].casefold(), []).append((i, mr["_key"]))
    for r in rows:
        region = r.get("_motion_region")
        if not region:
            continue
        span = ctx.view.span(*region)
        lo = bisect_left(starts, span.start)
        hi = bisect_left(starts, max(span.end, span.start + 1))
        keys = [key for _, _, key in keyed[lo:hi]]
        if not keys:
            low = text[region[0] : region[1]].casefold()
            keys = [key for _, key in sorted(
                pair for who, pairs in by_who.items() if _names_motion(low, who) for pair in pairs
            )]
        keys = list(dict.fromkeys(keys))
        if len(keys) == 1:
            r["_motion_key"] = keys[0]


def _names_motion(low: str, who: str) -> bool:
    i = low.find(who)
    return i >= 0 and "antrag" in low[max(0, i - 40) : i]


# --------------------------------------------------------------------------
# Vote lines by reference, and what holds for every decision


_REF = r"(?:[A-Z]{1,5}[/-]){0,2}\d{1,4}(?:[/-]\d{1,5})+(?:\.\d{1,3})?[A-Z]?"
# "Abstimmung über 2024/0815: 3 – 5 – 1", "2024/0816: zur Kenntnis genommen"
REF_LINE = re.compile(
    r"^(?:Abstimmung\s+über\s+(?:(?:die|den|das)\s+)?(?:(?:Vorlage|Drucksache|Antrag|Beschlussvorlage)\s+)?"
    rf"(?:Nr\.\s*)?)?(?P<ref>{_REF})[ \t]*:[ \t]*(?P<res>[^\n]{{1,100}})$",
    re.MULTILINE,
)
_DASH_COUNTS = re.compile(r"(\d{1,3})[ \t]*[–—:/-][ \t]*(\d{1,3})(?:[ \t]*[–—:/-][ \t]*(\d{1,3}))?[ \t.]*")


def _ref_lines(st: _State) -> list[dict[str, Any]]:
    """A result per paper on a line of its own (minutes only)."""
    if not st.minutes:
        return []
    rows = []
    for m in REF_LINE.finditer(st.text):
        if st.overlaps(m.start(), m.end()):
            continue
        res = m.group("res").strip()
        dm = _DASH_COUNTS.fullmatch(res)
        if dm:
            yes, no, abstain = (int(x) if x is not None else None for x in dm.groups())
            votes = {"unanimous": no == 0 and yes > 0, "votes_yes": yes, "votes_no": no, "votes_abstain": abstain}
            outcome = counts_outcome(votes)
        else:
            outcome = vote_outcome(res)
            if outcome is None:
                continue
            votes = parse_votes(res, outcome)
        st.taken.append((m.start(), m.end()))
        rows.append(_row(
            st, m.start(), m.end(), "resolution.ref_line", 0.8, outcome=outcome, decided_by=st.body,
            date=st.date, paper_reference=m.group("ref"), agenda_item=st.item_number(m.start()),
            _motion_region=(m.start(), m.end()), **votes,
        ))
    return rows


# Words that state the outcome itself, which counts do not overrule.
_STATED_ADOPTION = re.compile(r"angenommen|zugestimmt|Zustimmung|genehmigt|beschlossen|befürwortet", re.IGNORECASE)
_VOTE_KEYS = ("votes_yes", "votes_no", "votes_abstain")


def _settle(st: _State, rows: list[dict[str, Any]]) -> None:
    """What holds for every decision: counts decide when no outcome word
    does; the session's body and date stand in for unnamed ones."""
    tree = st.ctx.tree
    session = tree.session
    for r in rows:
        if not r.get("paper_reference") and r["rule"] in _SENTENCE_RULES | {"resolution.passage"}:
            # The papers named in the head of the item the decision is taken under.
            item = tree.item_at(st.ctx.view.to_view(r["char_start"]))
            if item is not None and item.references:
                r["paper_reference"] = "; ".join(item.references)
        if (
            r["outcome"] == "adopted" and counts_outcome(r) == "rejected"
            and not _STATED_ADOPTION.search(r["quote"])
        ):
            r["outcome"] = "rejected"
        if session is None:
            continue
        if not r.get("decided_by") and session.body:
            r["decided_by"] = session.body
        if not r.get("date") and session.date and (session.minutes or st.minutes):
            r["date"] = session.date


def _one_per_telling(st: _State, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One decision told several times in one agenda item ("Beschluss:
    vertagt", then "beschließt der Ausschuss, die Beratung zu vertagen") is
    one resolution: the first telling is kept, the others fill its gaps."""
    out: list[dict[str, Any]] = []
    kept: dict[tuple[int, str], dict[str, Any]] = {}
    # The surest telling is kept (a Beschluss block before a sentence), else the first.
    tree = st.ctx.tree
    for r in sorted(rows, key=lambda r: (-r["confidence"], r["char_start"])):
        item = tree.item_at(st.ctx.view.to_view(r["char_start"]))
        if item is None or r["rule"] in ("resolution.vote_line", "resolution.ref_line"):
            out.append(r)
            continue
        key = (item.start, r["outcome"])
        first = kept.get(key)
        if (
            first is None
            or (first["rule"] == r["rule"] == "resolution.block")
            or any(first.get(k) is not None and r.get(k) is not None and first[k] != r[k] for k in _VOTE_KEYS)
            or any(first.get(k) and r.get(k) and first[k] != r[k]
                   for k in ("paper_reference", "decided_by", "recommended_to", "date"))
        ):
            kept[key] = r
            out.append(r)
            continue
        for k, v in r.items():
            if v is not None and first.get(k) is None:
                first[k] = v
    return sorted(out, key=lambda r: (r["char_start"], r["char_end"]))


# Rules that read one sentence or line: inside a proposal, or inside the
# Beschlusstext of a decision, such a passage is content, not a decision.
_SENTENCE_RULES = frozenset({
    "resolution.sentence", "resolution.passive", "resolution.announcement", "resolution.result_line",
    "resolution.withdrawal",
})


def _not_content(st: _State, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # A paper (Vorlage) reports earlier decisions in its proposal's text
    # ("Er hat … beauftragt"); only minutes set proposals apart from decisions.
    if not st.minutes:
        return rows
    tree = st.ctx.tree
    out = []
    for r in rows:
        if r["rule"] in _SENTENCE_RULES:
            block = tree.block_at(st.ctx.view.to_view(r["char_start"]))
            if block is not None and (block.kind == "proposal" or (block.kind == "content" and not has_vote(r["quote"]))):
                continue
        out.append(r)
    return out


# "… muss noch beschlossen werden": a decision still to be taken.
_STILL_TO_DO = re.compile(
    r"\b(?:beschlossen|genehmigt|abgelehnt|zugestimmt|vertagt|angenommen|verwiesen|entschieden)\s+werden\b"
)


def _passages(st: _State) -> list[dict[str, Any]]:
    """Decision passages of minutes that no rule above has read: a
    "Beschluss:" or "Abstimmungsergebnis:" block, or a paragraph whose
    sentence decides. The outcome is read from the whole passage — its own
    words first, then the Beschlusstext it carries, then its counts."""
    if not st.minutes or (st.ctx.doc.records or {}).get("resolutions"):
        return []  # a structured source (OParl) gives the decisions of its meeting
    text = st.text
    rows = []
    for item, block in st.ctx.tree.decisions():
        a, b = block.start, block.end
        if st.overlaps(a, b) or st.ag.in_speech(a) or block.label.casefold() == "beschlussart":
            continue
        ag_item = st.ag.item_at(a)
        if ag_item is not None and ag_item.start in st.block_items:
            continue  # the item's Beschluss block records its decision
        content = block.children[0] if block.children else None
        own = text[a : content.start] + text[content.end : b] if content else text[a:b]
        if block.label:
            own = own[len(own) - len(own.lstrip()) :]
            own = own.split(":", 1)[1] if ":" in own.split("\n", 1)[0] else own.split("\n", 1)[-1]
        if not own.strip() and content is None:
            continue
        if _WE.search(own) or _NOT_TAKEN.search(own) or _STILL_TO_DO.search(own) or _REPORTED.search(own):
            continue
        if not block.label and _SUBORDINATE.search(own) and not has_vote(own):
            continue  # "berichtet, dass der Antrag … abgelehnt wurde": reported
        votes = parse_votes(own)
        # The Beschlusstext says what was decided only where the passage says
        # that it was decided (not "Der Antrag lautet: „…“").
        decides = bool(block.label or _DECIDING_WORD.search(own) or has_vote(own))
        outcome = outcome_of(own) or (outcome_of(text[content.start : content.end]) if content and decides else None)
        if outcome is None or (outcome == "adopted" and counts_outcome(votes) == "rejected"):
            outcome = counts_outcome(votes) or outcome
        if outcome is None and _carried(votes, own):
            outcome = "adopted"
        if outcome is None:
            continue
        votes = parse_votes(own, outcome)
        subject = _subject_body(own)
        rec = RECOMMEND.search(own)
        st.taken.append((a, b))
        rows.append(_row(
            st, a, b, "resolution.passage", 0.6, outcome=outcome, decided_by=st.decider(subject),
            date=st.date, agenda_item=item.number if item else None, recommended_to=_recommended(rec),
            paper_reference="; ".join(item.references) if item and item.references else None,
            text=one_line(text[content.start : content.end] if content else own.strip()),
            _motion_region=(item.start if item else a, b), **votes,
        ))
    return rows
