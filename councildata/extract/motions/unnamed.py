"""Motions whose mover the record does not name: the row has no submitter.

- ``motion.unnamed``: a motion made in the meeting, told in the passive
  without an agent — "Vor Eintritt in die Tagesordnung wird der Antrag
  gestellt, …", "Es wird der Antrag auf Schluss der Debatte gestellt", "Ein
  Antrag auf Vertagung wird gestellt", "Anschließend wird beantragt, TOP 9
  in öffentlicher Sitzung zu behandeln", "Daraufhin wird der Antrag vom
  Antragsteller eingebracht", "Aus der Mitte des Rates wird die Vertagung
  beantragt" — and a procedural motion under a heading of its own ("Antrag
  zur Geschäftsordnung: …", "GO-Antrag auf Schluss der Debatte");
- ``motion.unnamed_item``: an agenda item whose title is a motion and names
  no mover ("8. Antrag auf Aufnahme eines ständigen Tagesordnungspunktes"),
  unless what it asks for is what a citizen, a club or a builder applies
  for (a Zuschuss, a Stundung, a Baugenehmigung, a Befreiung …): such an
  Antrag is no council motion;
- ``motion.unnamed_paper``: a page of motions for a sitting ("Anträge zur 17.
  Stadtratssitzung"), one paper each ("DS 117/2016 <title>" and what the
  council is to decide under it), its movers not named; and a motion paper
  (or a page of them) that names no mover at all: one motion per petitum
  ("Der Ortsbeirat möge beschließen:"), numbered by the heading over it
  ("Antrag Nr. 7/2024 zur Sitzung des Ortsbeirats … am …"); on a page of one
  group's motions, an entry under a dated heading ("Mai 2023" / "Antrag zur
  <title>", "Beantragung der <title>").

Only in a record of a meeting (minutes, agenda, an untyped text): in a
Vorlage "es wird beantragt" is the administration's own proposal, and "die
Fördermittel wurden beantragt" is an application to another authority.
A motion some other rule reads with its mover is left to that rule.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..document import REF_TOKEN
from ..text import one_line
from .common import AGENDA_ROW, GO_MOTION, KIND_WORDS, PROCEDURAL, PROCEDURAL_VERB, cand, kind_of, norm

if TYPE_CHECKING:
    from .. import Context

_AUX = r"(?:wird|wurde|werden|wurden)"
# Words that may stand between the auxiliary and what is made, none of them an agent.
_FILL = (
    r"(?:(?:daher|dann|nun|sodann|anschließend|ebenfalls|zudem|außerdem|erneut|nochmals|noch|mündlich|schriftlich"
    r"|(?:aus[ \t]+der[ \t]+Mitte|aus[ \t]+den[ \t]+Reihen)[ \t]+(?:des|der)[ \t]+[A-ZÄÖÜ][\wäöüß]+)[ \t\n]+)*"
)
_KIND = rf"(?P<kind>(?i:{KIND_WORDS}))"
# "wird der Antrag gestellt, …", "wurde ein Antrag auf Vertagung gestellt", "wird folgender
# Änderungsantrag eingebracht", "wird der Antrag vom Antragsteller eingebracht".
_MADE = re.compile(
    rf"(?<![\wäöüß]){_AUX}[ \t\n]+{_FILL}(?:der|ein|folgender|ein[ \t]+weiterer)[ \t\n]+{_KIND}(?![\wäöüß-])"
    r"(?P<what>[^.;:!?\n]{0,100}?)[ \t\n]+(?:gestellt|eingebracht)(?![\wäöüß])"
)
# "Ein Antrag auf Vertagung wird gestellt", "Ein Antrag zur Geschäftsordnung wurde eingebracht".
_MADE_FIRST = re.compile(
    rf"(?:^|(?<=[.!?:])[ \t]+|(?<=\n))[ \t]*(?:Ein|Der)[ \t]+{_KIND}(?![\wäöüß-])(?P<what>[^.;:!?\n]{{0,100}}?)"
    rf"[ \t\n]+{_AUX}[ \t\n]+(?:{_FILL})(?:gestellt|eingebracht)(?![\wäöüß])",
    re.MULTILINE,
)
# "wird beantragt, …", "Anschließend wurde beantragt, dass …", "wird die Vertagung beantragt".
_REQUESTED = re.compile(
    rf"(?<![\wäöüß]){_AUX}[ \t\n]+{_FILL}(?P<what>(?:die|den|das|eine|einen)[ \t\n]+[^.;:!?\n]{{2,100}}?[ \t\n]+)?beantragt"
    r"(?P<comma>[ \t]*,)?(?![\wäöüß])"
)
# Where the passive names who moves it: "von der SPD-Fraktion", "seitens des Bürgermeisters".
_AGENT = re.compile(r"(?<![\wäöüß])(?:[Vv]on|[Vv]om|[Ss]eitens|[Dd]urch)[ \t\n]+(?!(?:(?:der|dem|den)[ \t\n]+)?Antrags?st)")
# Putting a motion to the vote or aside is no making of one.
_NOT_MADE = re.compile(r"zur[ \t\n]+(?:Abstimmung|Diskussion|Beratung|Entscheidung|Beschlussfassung)|zurück|nicht(?![\wäöüß])")
# Applying to another authority: "bei der Bezirksregierung beantragt", "Fördermittel … beantragt".
_APPLIES = re.compile(
    r"(?<![\wäöüß])(?:[Bb]ei[ \t\n]+(?:der|dem|den)|[Bb]eim)[ \t\n]+[A-ZÄÖÜ]|Förder|Zuschuss|Zuschüsse|Zuwendung|Genehmigung|Mittel(?![\wäöüß])",
)
# A motion from the floor, its mover not named: "Auf Antrag aus der Mitte des Gemeinderates …",
# "Auf Antrag aus den Reihen der Stadtverordneten …".
_UPON_FLOOR = re.compile(
    r"(?<![\wäöüß])[Aa]uf[ \t\n]+(?:einen[ \t\n]+)?Antrag[ \t\n]+aus[ \t\n]+(?:der[ \t\n]+Mitte|den[ \t\n]+Reihen)[ \t\n]+"
    r"(?:des|der)[ \t\n]+[A-ZÄÖÜ][\wäöüß]+"
)
# A heading of its own: "Antrag zur Geschäftsordnung: …", "GO-Antrag auf Schluss der Debatte".
_GO_HEADING = re.compile(
    r"^[ \t]*(?P<kind>Antrag[ \t]+zur[ \t]+Geschäftsordnung|GO-Antrag|Geschäftsordnungsantrag)[ \t]*(?::|(?=[ \t]+auf[ \t]))",
    re.MULTILINE,
)
_SENTENCE_START = re.compile(r"(?<!\bDr)(?<!\bNr)(?<![\s.]\w)[.!?:](?=\s)|\n[ \t]*\n")
_SENTENCE_END = re.compile(r"(?<!\bDr)(?<!\bNr)(?<!\bTOP)(?<![\s.]\w)(?<!\d)[.!?](?=\s|$)|\n[ \t]*\n")

# An agenda row whose title is a motion: "8. Antrag auf Aufnahme …", "TOP 4 Antrag zur Einrichtung …".
_ITEM_MOTION = re.compile(
    rf"^[ \t]*{AGENDA_ROW.pattern}(?P<title>(?P<kind>Antrag|Dringlichkeitsantrag|Prüfantrag)[ \t]+"
    r"(?:auf|zur|zum|über|betreffend|betr\.|bzgl\.|wegen)[ \t]+[^\n]{3,200})$",
    re.MULTILINE,
)
# What citizens, clubs, firms and builders apply for: no council motion.
_APPLICATION = re.compile(
    r"Zuschu(?:ss|ß)|Zuschüss|Unterst|Förder|Beihilfe|Stundung|Erlass|Ermäßigung|Erstattung|Befreiung|Genehmigung"
    r"|Erteilung|Einvernehmen|Vorbescheid|Nutzungsänderung|Ausnahme|Abweichung|Zulassung|Verlängerung|Niederschlagung"
    r"|Kostenübernahme|Übernahme[ \t]+der[ \t]+Kosten|Gewährung|Bewilligung|Ehrenamt|Entlassung|Einbürgerung"
    r"|Namensänderung|Sondernutzung|Ausschank|Konzession|Baugenehmigung|Bauvoranfrage|Baugesuch|Grundstück|Erwerb|Kauf"
    r"|Pacht|Miete|Darlehen|Bürgschaft|Spende|Aufnahme[ \t]+in[ \t]+(?:den|die|das)[ \t]+(?:Kinder|Kita|Schul|Förder)",
    re.IGNORECASE,
)


# A citizens' petition on the agenda ("… Eingabe", "Bürgerantrag", "Einwohnerantrag"): no council motion.
_CITIZENS = re.compile(r"(?<![\wäöüß])(?:Eingabe|Petition|Bürgerantrag|Einwohnerantrag|Bürgerbegehren)(?![\wäöüß])")


# The order of business: the agenda, its items by number, the sitting's public part.
_ORDER_OF_BUSINESS = re.compile(
    r"Tagesordnung|öffentlicher[ \t\n]+Sitzung|(?<![\wäöüß])(?:Punkte?|TOP|Tagesordnungspunkte?)[ \t\n]*\d"
)


def _kind(m: re.Match | None, clause: str) -> str:
    kind = kind_of(m) if m is not None and m.groupdict().get("kind") else "Antrag"
    if kind == "Antrag" and (GO_MOTION.search(clause) or PROCEDURAL.search(clause) or PROCEDURAL_VERB.search(clause)
                             or _ORDER_OF_BUSINESS.search(clause)):
        # what only a procedural motion asks for: the agenda and its items, the debate, the sitting
        return "Geschäftsordnungsantrag"
    return kind


# (A paper amended takes a letter after its number: "DS 062a/2016".)
# A page of motions for a sitting, headed "Anträge zur 17. Stadtratssitzung", one paper
# each: "DS 117/2016 <title>" and under it what the council is to decide ("Der Stadtrat
# beschließt: …", "Der Gemeinderat möge beschließen").
_LIST_HEADING = re.compile(r"\A\s*(?:Anträge|Antragsliste|Änderungsanträge|Dringlichkeitsanträge)(?![\wäöüß-])")
_PAPER_LINE = re.compile(
    rf"^[ \t]*(?:DS|Drs\.|Drucksache|Vorlage|Antrag)(?:[- ]?Nr\.)?[ \t]*:?[ \t]*(?P<ref>{REF_TOKEN}|\d{{1,5}}[a-z]/\d{{2,4}})(?![\w/])[ \t]+"
    r"(?P<title>[A-ZÄÖÜ„\"][^\n]{2,200}?)[ \t]*$",
    re.MULTILINE,
)
_PETITUM = re.compile(r"(?:beschließt|beschliesst|möge[ \t]+beschließen|wolle[ \t]+beschließen|wird[ \t]+beauftragt)")


# A group's page of its motions, one entry under each dated heading ("Mai 2023", "12.03.2024"):
# "Antrag auf „<title>“", "Antrag zur <title>", "Beantragung der <title>" — the mover not named
# (the page is the group's own; rows naming a mover are read by the motion word's rules).
_DATED_HEADING = re.compile(
    r"(?:(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)[ \t]+\d{4}"
    r"|\d{1,2}\.[ \t]*\d{1,2}\.[ \t]*\d{2,4})[ \t]*"
)
_ENTRY = re.compile(
    r"^[ \t]*(?:(?P<kind>(?:Änderungs|Ergänzungs|Dringlichkeits|Prüf|Zusatz)?[Aa]ntrag)[ \t]+(?:auf|zur|zum|für|über|betreffend|zu)"
    r"|Beantragung[ \t]+(?:der|des|eines|einer|von))[ \t]+(?P<title>[^\n]{3,200}?)[ \t]*$",
    re.MULTILINE,
)


def _dated_entries(text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for m in _ENTRY.finditer(text):
        prev_end = text.rfind("\n", 0, max(0, m.start() - 1))
        prev = text[prev_end + 1:max(0, m.start() - 1)]
        if not _DATED_HEADING.fullmatch(prev.strip()):
            continue
        kind = m.group("kind") or "Antrag"
        out.append(cand(m.start(), m.end("title"), "motion.unnamed_paper", 0.55, "", kind[0].upper() + kind[1:],
                        title=m.group("title").strip("„“\" ")))
    return out


def _paper_list(text: str) -> list[dict[str, Any]]:
    """Each paper of a page of motions whose movers it does not name."""
    out: list[dict[str, Any]] = _dated_entries(text)
    for m in _PAPER_LINE.finditer(text):
        if not _PETITUM.search(text, m.end(), min(len(text), m.end() + 200)):
            continue
        title = m.group("title")
        kind = "Änderungsantrag" if re.match(r"Änderungsantrag", title) else "Antrag"
        out.append(cand(m.start(), m.end("title"), "motion.unnamed_paper", 0.6, "", kind,
                        reference=m.group("ref"), title=title))
    return out


def unnamed(ctx: Context, text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if _LIST_HEADING.match(text):
        return _paper_list(text)
    if ctx.meta.get("type") not in (None, "minutes", "agenda", "other"):
        return out
    if "ntrag" in text or "beantragt" in text:
        out.extend(_made(text))
    if "Antrag " in text and ctx.meta.get("type") != "other":
        out.extend(_items(text))
    return out


def _sentence(text: str, pos: int, end: int) -> tuple[int, int]:
    starts = list(_SENTENCE_START.finditer(text, max(0, pos - 300), pos))
    lo = starts[-1].end() if starts else max(0, pos - 300)
    while lo < pos and text[lo] in " \t\n":
        lo += 1
    # an item's heading line ("7 Antrag auf …", no full stop) is no part of the sentence under it
    nl = text.rfind("\n", lo, pos)
    if nl >= 0 and AGENDA_ROW.match(text, lo):
        lo = nl + 1
    em = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    return lo, (em.end() if em else min(len(text), end + 300))


def _made(text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for rx in (_MADE, _MADE_FIRST, _REQUESTED):
        for m in rx.finditer(text):
            lo, hi = _sentence(text, m.start(), m.end())
            before = text[lo:m.start()]
            what = m.group("what") or ""
            if _AGENT.search(before) or _AGENT.search(what) or _NOT_MADE.search(what) or _NOT_MADE.search(before[-12:]):
                continue
            if rx is _REQUESTED:
                rest = text[m.end():hi]
                if not (m.group("comma") and re.search(r"(?<![\wäöüß])zu[ \t\n]+[a-zäöüß]+|[a-zäöüß]+zu[a-zäöüß]+en(?![\wäöüß])|dass", rest)) and not (
                        what and PROCEDURAL.search(what)):
                    continue  # "wurde beantragt" alone: something applied for, not a motion
                if _APPLIES.search(text, lo, hi):
                    continue
            quote_end = hi if text[hi - 1:hi] in ".!?" else m.end()
            kind = _kind(m if rx is not _REQUESTED else None, text[m.start():hi])
            out.append(cand(lo, quote_end, "motion.unnamed", 0.55, "", kind, distinct=True))
    for m in (_UPON_FLOOR.finditer(text) if "Antrag aus" in text else ()):
        # "Auf Antrag aus der Mitte des Rates wird die Tagesordnung um Punkt 9 erweitert"
        lo, hi = _sentence(text, m.start(), m.end())
        out.append(cand(m.start(), m.end(), "motion.unnamed", 0.55, "", _kind(None, text[m.start():hi]), distinct=True))
    for m in _GO_HEADING.finditer(text):
        hi = text.find("\n", m.end())
        hi = len(text) if hi < 0 else hi
        out.append(cand(m.start("kind"), hi, "motion.unnamed", 0.55, "", "Geschäftsordnungsantrag", distinct=True))
    return out


def _items(text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: list[str] = []
    for m in _ITEM_MOTION.finditer(text):
        title = one_line(m.group("title"))
        subject = title.split(None, 2)[2] if len(title.split(None, 2)) > 2 else ""
        if _APPLICATION.search(" ".join(subject.split()[:6])) or _CITIZENS.search(title):
            continue
        key = norm(title)
        if any(k.startswith(key) or key.startswith(k) for k in seen):
            continue  # the agenda's row and the item's head, one of them cut at the line's end
        seen.append(key)
        out.append(cand(m.start("title"), m.end("title"), "motion.unnamed_item", 0.5, "",
                        "Antrag" if m.group("kind") == "Antrag" else m.group("kind"), title=title))
    return out


# What a motion asks the council to decide: "Der Ortsbeirat möge beschließen:", "Die
# Stadtverordnetenversammlung wolle beschließen", "Der Kreistag möge folgenden Beschluss fassen".
_ASKS = re.compile(
    r"^[ \t]*(?:Der|Die|Das)[ \t]+[A-ZÄÖÜ][\wäöüß-]*(?:[ \t]+[A-ZÄÖÜ][\wäöüß-]*)?[ \t]+"
    r"(?:möge|mögen|wolle|wollen)[ \t]+(?:folgenden[ \t]+Beschluss[ \t]+fassen|(?:Folgendes[ \t]+)?beschließen)",
    re.MULTILINE,
)
# The heading a motion carries over its petitum: "Antrag Nr. 7/2024 zur Sitzung des …",
# "Antrag 12/2024", "Dringlichkeitsantrag Nr. 3".
_NUMBERED_HEAD = re.compile(
    rf"^[ \t]*(?P<kind>(?i:{KIND_WORDS}))[ \t]+(?:Nr\.|Nummer)?[ \t]*(?P<ref>{REF_TOKEN}|\d{{1,5}})(?![\w/])[^\n]*$",
    re.MULTILINE,
)
# A paper the administration signs ("Der Bürgermeister", "Im Auftrag") is its proposal, no motion.
_ADMINISTRATION_SIGNS = re.compile(
    r"^[ \t]*(?:(?:Der|Die)[ \t]+(?:Ober)?(?:[Bb]ürgermeister(?:in)?|Landr(?:at|ätin)|Verwaltung|Magistrat|Kreisausschuss"
    r"|Gemeindevorstand|Amtsdirektor(?:in)?|Amtsvorsteher(?:in)?)|Im[ \t]+Auftrag|i\.[ \t]?A\.)[ \t]*$",
    re.MULTILINE,
)
# How far above its petitum a motion's heading stands.
_HEAD_REACH = 400


def unnamed_petitions(ctx: Context, text: str) -> list[dict[str, Any]]:
    """A motion paper no rule found a mover in: each petitum is a motion without a
    named mover; where headings number the motions, each petitum under one."""
    if ctx.meta.get("type") != "motion" or _ADMINISTRATION_SIGNS.search(text):
        return []
    out: list[dict[str, Any]] = []
    for pm in _ASKS.finditer(text):
        if len(text[pm.end():pm.end() + 200].strip(" \t\n:")) < 15:
            continue  # nothing asked: an empty form
        head = None
        for hm in _NUMBERED_HEAD.finditer(text, max(0, pm.start() - _HEAD_REACH), pm.start()):
            head = hm
        if head is None and out:
            continue  # a second petitum without a heading of its own goes on the same motion
        start = head.start("kind") if head else pm.start() + len(pm.group()) - len(pm.group().lstrip())
        end = head.end() if head else pm.end()
        out.append(cand(start, end, "motion.unnamed_paper", 0.5, "", kind_of(head) if head else "Antrag",
                        reference=head.group("ref") if head else ctx.meta.get("reference"),
                        title=ctx.meta.get("title") if head is None else None))
        if head is None:
            break
    return out
