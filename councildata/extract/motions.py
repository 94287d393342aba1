"""Motions (Anträge) named in a document: who moved it, when, its number.

How council documents name a motion, one rule each:

- ``motion.article``: "Antrag der Gruppe Grüne/UWG vom 08.09.2021 –
  Aufsuchende Beratung …", "Antrag von Ortschaftsrätin X und der CDU
  Ortschaftsratsfraktion Hohenwettersbach vom 13. Januar 2010:", "… (Antrag der
  SPD- und GRÜNE-Fraktion)", "einem Antrag der CDU-Gemeinderatsfraktion";
- ``motion.colon``: agenda and minutes heads "Antrag: DIE LINKE.",
  "Gemeinsamer Antrag: KULT, GRÜNE, FDP, DIE LINKE.", "Änderungsantrag:
  GRÜNE: <title>";
- ``motion.bare``: "Änderungsantrag CDU/SPD/GRÜNE: <title>", "Änderungsantrag
  GRÜNE" on a line of its own;
- ``motion.numbered``: budget motions "Antrag Nr. 101 (S. 202): <title>
  (GRÜNE, Die Linke)";
- ``motion.header``: the faction lines in the head of a motion (or of the
  administration's Stellungnahme to it): "DIE LINKE.-Gemeinderatsfraktion /
  Eingang: 23.03.2021 / Vorlage Nr.: 2021/0379";
- ``motion.plural``: several motions of one submitter named together, one
  per date: "Anträge der GRÜNEN-Stadtratsfraktion vom 01.10.2020, vom
  09.10.2020 und vom 20.11.2020";
- ``motion.on_behalf``: a motion made in the meeting: "Mitglied Stiller
  beantragt namens der Fraktion Bündnis 90/Die Grünen die Stelle …";
- ``motion.speech``: a motion a speaker reports in a debate: "(GRÜNE): …
  haben wir daher mit der CDU-Fraktion gemeinsam einen Antrag eingebracht",
  "hat aber die CDU das Thema wieder aufgegriffen mit einem Antrag".

The motion a document itself is (an Antrag, or the Antrag a Stellungnahme
answers) takes the document's number, title and date of receipt.

An Anfrage is not a motion; neither is the administration's "Antrag an den
Gemeinderat" nor an "Antrag auf …" in a title: the submitter must be a
faction, a group or a councillor. A motion named several times is one row:
a later mention by the same submitter(s) merges into an earlier row unless
its date, number, title or kind (amendment or not) differ, or unless it is a
motion line of its own after a vote recorded since the earlier mention
(minutes that treat two motions of one faction one after the other).

Each row's private ``_key`` is the submitter's organisation id (resolutions
link to it through ``_motion_key``); a second motion of the same submitter
in one document gets ``<org id>#<n>``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Any

from . import orgs
from .dates import DATE_PATTERN, ANY_DATE, date_from_match
from .document import REF_TOKEN
from .text import one_line, sentences

if TYPE_CHECKING:
    from . import Context

_KIND_WORDS = (
    r"Änderungs-\s?/\s?Ergänzungsantrag|Änderungs-\s?und\s?Ergänzungsantrag|Änderungsantrag|Ergänzungsantrag|"
    r"Dringlichkeitsantrag|Zusatzantrag|Fraktionsantrag|Gruppenantrag|Prüfantrag|Haushaltsantrag|Sachantrag|"
    r"Eilantrag|Ersetzungsantrag|Gegenantrag|Alternativantrag|Initiativantrag|Antrag"
)
_ADJ = r"(?:(?P<adj>(?i:interfraktionelle[rn]?|gemeinsame[rn]?|fraktionsübergreifende[rn]?))\s+)?"
TRIGGER = re.compile(rf"{_ADJ}(?<![\w-])(?P<kind>(?i:{_KIND_WORDS}))(?![\w-])")
_KIND_NAMES = {w.casefold(): w for w in _KIND_WORDS.split("|") if "\\" not in w}
_AMENDMENT = re.compile(r"Änderung|Ergänzung|Zusatz|Ersetzung|Gegen|Alternativ", re.IGNORECASE)

# What may stand between the motion word and its submitter.
_ARTICLE_AFTER = re.compile(r"[ \t]*\n?[ \t]*(?:der|des|von\s+der|von\s+den|von|vom)(?:[ \t]+|[ \t]*\n[ \t]*)")
_COLON_AFTER = re.compile(r"[ \t]*:[ \t]*")
_NUMBERED = re.compile(
    r"[ \t]+Nr\.\s*(?P<ref>[\w/.-]*\d[\w/.-]*)(?:\s*\([^)\n]{0,30}\))?\s*:\s*(?P<title>[^\n()]+?)\s*"
    r"\((?P<who>[^()]{1,120})\)"
)
# Where a submitter's name ends at the latest.
_WHO_STOP = re.compile(r"\svom\s|\sNr\.\s*\d|[:;()\[\]„“\"–—]|\s-\s|\n[ \t]*\n|\.\s+(?=[a-zäöü])")
_NUMBER_AFTER = re.compile(rf"[ \t]+(?:Nr\.|Nummer)[ \t]*(?P<ref>{REF_TOKEN}|\d{{1,5}})")
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
# The item number at the start of an agenda row: "Ö 5.4", "TOP 3", "N 2.1", "12."
_AGENDA_ROW = re.compile(r"(?:(?:TOP|Ö|N|NÖ)[ \t]*)?\d{1,3}(?:\.\d{1,3})*\.?[ \t]+")
# "… betreffend <title>", "… betr. <title>", "… zum Thema <title>"
_ABOUT_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:betreffend|betr\.|bzgl\.|bezüglich|zum Thema)[ \t]*:?[ \t]*")
# "zur Einrichtung eines Jugendbeirats", "über die Ausweitung …", "auf eine Veränderungssperre …"
_SUBJECT_AFTER = re.compile(
    r"[ \t]*\n?[ \t]+(?:zur|zum|über|auf)[ \t]*\n?[ \t]*(?:(?:die|den|das|eine|einen|ein|einer)[ \t]*\n?[ \t]*)?"
    r"(?P<t>[A-ZÄÖÜ][^.,;:()\n]{2,120}(?:\n(?![ \t]*\n)[^.,;:()\n]{1,80})?)"
)
_VOM_DATE = re.compile(rf"[ \t]*\n?[ \t]*(?:vom|v\.)[ \t]+(?P<date>{DATE_PATTERN})")
# "Antrag Nr. 112/2023 v. 21.04.2023 (SPD)": the submitter in brackets after the number or date.
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
_WHO_GOES_ON = re.compile(r"\s*(?:vom\s|:|\(|–|—)")
_PARTY_BRACKET = re.compile(r"\((?P<party>[^()\n]{1,30})\)")
_TITLE_AFTER = re.compile(r"[ \t]*[:–—-][ \t]*")
_REF_LINE = re.compile(
    rf"^[ \t]*(?:Vorlage|Drucksache|Drs\.)(?:[- ]?Nr\.)?[ \t]*:?[ \t]*(?P<ref>{REF_TOKEN})", re.MULTILINE
)
_AGENDA_ITEM = re.compile(r"^(?:Punkt|TOP)\s+[\d.]+\s*(?:der\s+Tagesordnung\s*)?:?\s*", re.IGNORECASE)
_LABEL_LINE = re.compile(
    r"^(?:Vorlage|Drucksache|Drs\.|Eingang|Gremi|Beschluss|Abstimmung|Verantwortlich|Dienststelle)\b|:$"
)
# A "title" that is the next entry of a list of motions.
_MOTION_LIST = re.compile(rf"(?:{_KIND_WORDS}|Anträge)\s+(?:der|des|von)\b", re.IGNORECASE)
_OUTCOME_TITLE = re.compile(
    r"^(?:mehrheitlich|einstimmig|Ablehnung|Zustimmung|abgelehnt|zugestimmt|Kenntnisnahme|erledigt)|Stimmen\b",
    re.IGNORECASE,
)
# The end of a paper's head: its Beratungsfolge or its first section.
_HEAD_END = re.compile(
    r"^(?:Beratungsfolge|Gremi(?:um|en)\s+(?:Termin|Sitzung)|Kurzfassung|Begründung|Sachverhalt|Beschlussantrag)"
    r"|\bmöge\b[^\n]*\bbeschließen|\bmöge\s+folgenden\s+Beschluss",
    re.MULTILINE,
)
_APPLICANT = re.compile(r"(?:Antragsteller(?:in|innen)?|Antragstellende|Einreicher(?:in)?)\s*:\s*", re.IGNORECASE)
_AFFILIATION = re.compile(r"(?:im|in\s+der|in\s+dem|der|des)\s+(?:[A-ZÄÖÜ]|Rat\b)")
_FIELD_LABEL = re.compile(r"\s+(?:Vorlage\s*Nr\.|Vorlagen-Nr\.|Drucksache|Eingang)\s*:.*$")

# Debate: "Stadtrat Bauer (GRÜNE):" introduces a speaker and the faction.
_SPEAKER = re.compile(
    r"^(?:Stadtr(?:at|ätin)|Ortschaftsr(?:at|ätin)|Gemeinder(?:at|ätin)|Kreisr(?:at|ätin)|Bezirksabgeordnete[rn]?|"
    r"Kreistagsabgeordnete[rn]?|Herr|Frau)\s+(?:Dr\.\s+)?[^\n():]{1,40}?\((?P<party>[^()\n]{1,40})\)\s*:",
    re.MULTILINE,
)
_SPEECH_MOTION = re.compile(
    r"\b(?:einen|einem|den)\s+(?:gemeinsamen\s+)?(?P<kind>Antrag|Änderungsantrag|Ergänzungsantrag)\b"
)
_SPEECH_VERB = re.compile(r"\b(?:eingebracht|gestellt|eingereicht|vorgelegt|aufgegriffen)\b")
_SPEECH_SUBJECT = re.compile(r"\b(?:die|der)\s+(?P<who>[A-ZÄÖÜ][\wÄÖÜäöüß.|/-]*(?:\s+[A-ZÄÖÜ][\wÄÖÜäöüß.-]*)?)")
_WITH_PARTNER = re.compile(r"\bmit\s+(?:der|den)\s+(?P<who>[A-ZÄÖÜ][\wÄÖÜäöüß.|/-]*(?:\s+[A-ZÄÖÜ][\wÄÖÜäöüß.-]*)?)\s+(?:gemeinsam|zusammen)")
_WE = re.compile(r"\b(?:wir|unsere[nmrs]?)\b")
_INQUIRY = re.compile(r"\bAnfrage\b")


def extract(ctx: Context) -> list[dict[str, Any]]:
    # The resolutions rules read the motion rows too (to link them); they are
    # made once per document and kept in ctx.meta["_motion_rows"].
    cached = ctx.meta.get("_motion_rows")
    if isinstance(cached, list):
        return cached
    rows = _extract(ctx)
    ctx.meta["_motion_rows"] = rows
    return rows


def _extract(ctx: Context) -> list[dict[str, Any]]:
    text = ctx.view.text
    cands: list[dict[str, Any]] = []
    for m in _triggers(text):
        c = _candidate(ctx, text, m)
        if c:
            cands.append(c)
    cands.extend(_header_lines(ctx, text))
    if _is_motion_paper(ctx, text):
        cands.extend(_moves(text))
    cands.extend(_speech(ctx, text))
    cands.extend(_plural(text))
    cands.extend(_on_behalf(text))
    cands.sort(key=lambda c: (c["start"], -c["end"]))
    _own_motion(ctx, text, cands)

    rows: list[dict[str, Any]] = []
    kept = _merge_mentions(text, cands)
    used: dict[str, int] = {}
    for c in kept:
        org = orgs.resolve(c["who"], ctx.body, "parliamentary_group")
        key = org.id if org else orgs.slug(c["who"])
        n = used.get(key, 0)
        used[key] = n + 1
        row = ctx.row(
            ctx.span(c["start"], c["end"]), c["rule"], c["conf"],
            submitted_by=c["who"], motion_type=c["kind"], date=c["date"],
            title=c["title"], reference=c["reference"],
        )
        row["_key"] = key if n == 0 else f"{key}#{n + 1}"
        rows.append(row)
    return rows


# A recorded vote ("Abstimmungsergebnis:", "mehrheitlich abgelehnt").
_VOTE_RECORD = re.compile(
    r"\bAbstimmung(?:sergebnis)?\s*:|\b(?:einstimmig|mehrheitlich)\s+(?:beschlossen|abgelehnt|zugestimmt|angenommen)",
    re.IGNORECASE,
)


def _merge_mentions(text: str, cands: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per motion: each candidate (sorted by start) either names a
    motion already kept, filling its gaps, or is kept as a motion of its own.

    A later mention merges into the first kept motion it names, unless it is
    a motion line of its own ("Antrag Fraktion X" on a line) after a vote
    recorded since that motion: minutes name each motion where it is
    treated, so a motion introduced after a vote is another one.

    Linear in the number of candidates and the text's length: kept motions
    are looked up by one of the candidate's parties (a motion it names must
    have all of them), and the votes are found once, so that "a vote since
    motion k" is a comparison of offsets.
    """
    found = list(_VOTE_RECORD.finditer(text))
    votes, vote_ends = [m.start() for m in found], [m.end() for m in found]
    kept: list[dict[str, Any]] = []
    by_party: dict[str, list[dict[str, Any]]] = {}
    ends_by_party: dict[str, list[int]] = {}
    kept_end = -1
    for c in cands:
        # Candidates come sorted by start: one overlaps a kept motion exactly
        # when it starts before the furthest end kept so far.
        if c["start"] < kept_end:
            continue
        party = min(c["parties"])
        same_party = by_party.get(party, [])
        first = 0
        if _heads_own_line(text, c):
            # Only motions kept after the last vote before ``c`` can take it:
            # a vote recorded wholly between k's end and c's start separates them.
            i = bisect_right(vote_ends, c["start"]) - 1
            if i >= 0 and same_party:
                first = bisect_right(ends_by_party[party], votes[i])
        target = next((same_party[i] for i in range(first, len(same_party)) if _same_motion(same_party[i], c)), None)
        if target is not None:
            # The first mention stays the row; later ones fill its gaps.
            for f in ("date", "reference", "title"):
                if not target[f] and c[f]:
                    target[f] = c[f]
            continue
        kept.append(c)
        kept_end = max(kept_end, c["end"])
        for p in c["parties"]:
            by_party.setdefault(p, []).append(c)
            ends_by_party.setdefault(p, []).append(c["end"])
    return kept


def _heads_own_line(text: str, c: dict[str, Any]) -> bool:
    """Whether a mention is a motion line of its own, which a vote recorded
    before it separates from earlier mentions of the same submitter."""
    return c["rule"] in ("motion.bare", "motion.colon", "motion.article") and _heads_line(text, c["start"], c["end"])


def _heads_line(text: str, start: int, end: int) -> bool:
    """Whether a mention is a line of its own (a heading of the motion), maybe
    after a short number ("P16 – …") and before a title after a colon or dash."""
    line_start = _line_start(text, start)
    before = text[line_start:start]
    if before.strip() and not re.fullmatch(r"[ \t]*[\w.]{1,6}[ \t]*[–—:-]?[ \t]*", before):
        return False
    after = text[end:_line_end(text, end)].strip()
    return not after or after[0] in ":–—-"


# "Anträge der GRÜNEN-Stadtratsfraktion vom 01.10.2020, vom 09.10.2020 und vom 20.11.2020"
_PLURAL = re.compile(
    rf"(?<![\w-])(?:Anträge|Änderungsanträge|Ergänzungsanträge)[ \t]+(?:der|des|von)[ \t]+(?P<who>[^\n,;:()]{{2,80}}?)"
    rf"(?P<dates>[ \t]+vom[ \t]+{DATE_PATTERN}(?:[ \t]*(?:,|und|sowie)[ \t]*(?:vom[ \t]+)?{DATE_PATTERN})+)"
)
_DATE_IN_LIST = re.compile(rf"(?:vom[ \t]+)?{DATE_PATTERN}")


def _plural(text: str) -> list[dict[str, Any]]:
    """Several motions of one submitter named together, one per date."""
    out = []
    if "nträge " not in text:
        return out
    for m in _PLURAL.finditer(text):
        who = _submitter(m.group("who"), whole=True)
        if not who:
            continue
        kind = "Änderungsantrag" if m.group(0).startswith("Änderung") else (
            "Ergänzungsantrag" if m.group(0).startswith("Ergänzung") else "Antrag")
        for k, dm in enumerate(_DATE_IN_LIST.finditer(text, m.start("dates"), m.end("dates"))):
            start = m.start() if k == 0 else dm.start()
            out.append(_cand(start, dm.end(), "motion.plural", 0.8, who, kind, date=_iso(dm.group())))
    return out


# "Mitglied Stiller beantragt namens der Fraktion Bündnis 90/Die Grünen die Stelle …"
_ON_BEHALF = re.compile(
    r"\bbeantragt(?:e|en)?[ \t]+(?:namens|im[ \t]+Namen)[ \t]+(?:der|des)[ \t]+(?P<who>[A-ZÄÖÜ][^\n.;:]{1,80})"
)


_ON_BEHALF_REST = re.compile(r"[ \t]+(?P<t>[^\n.;:]{3,150})")


def _on_behalf(text: str) -> list[dict[str, Any]]:
    """A motion made in the meeting on behalf of a faction."""
    out = []
    if "namens" not in text and "Namen " not in text:
        return out
    for m in _ON_BEHALF.finditer(text):
        who = _submitter(m.group("who"), whole=False)
        if not who:
            continue
        who_end = m.start("who") + _raw_len(m.group("who"), who)
        rest = _ON_BEHALF_REST.match(text, who_end)
        title = _trim_phrase(rest.group("t")) if rest else None
        out.append(_cand(m.start(), who_end, "motion.on_behalf", 0.7, who, "Antrag", title=title))
    return out


# -- candidates ------------------------------------------------------------

_ANTRAG = re.compile(r"[Aa][Nn][Tt][Rr][Aa][Gg](?![\w-])")


def _triggers(text: str):
    """TRIGGER matches, found fast: every motion word ends in "antrag"."""
    for hit in _ANTRAG.finditer(text):
        found = None
        for m in TRIGGER.finditer(text, max(0, hit.start() - 45), hit.end()):
            if m.end() == hit.end():
                found = m
                break
        if found:
            yield found


def _kind(m: re.Match) -> str:
    word = " ".join(m.group("kind").split())
    if word.isupper():
        word = word.capitalize()
    return word


def _candidate(ctx: Context, text: str, m: re.Match) -> dict[str, Any] | None:
    kind = _kind(m)
    pos = m.end()
    # "Antrag Nr. 101 (S. 202): <title> (GRÜNE, Die Linke)"
    nm = _NUMBERED.match(text, pos)
    if nm:
        who = _submitter(nm.group("who"), whole=True)
        if who:
            return _cand(m.start(), nm.end(), "motion.numbered", 0.85, who, kind,
                         reference=nm.group("ref"), title=one_line(nm.group("title")))
        return None
    # "Antrag Nr. 2023/123 der …", "Antrag vom 12.03.2023 der …"
    reference = date = None
    pm = _NUMBER_AFTER.match(text, pos)
    if pm:
        reference, pos = pm.group("ref"), pm.end()
    dm = _VOM_DATE.match(text, pos)
    if dm:
        date, pos = _iso(dm.group("date")), dm.end()

    if reference or date:
        bw = _BRACKET_WHO.match(text, pos)
        who = _submitter(bw.group("who"), whole=True) if bw else None
        if who:
            return _with_context(text, _cand(m.start(), bw.end(), "motion.bracket", 0.8, who, kind,
                                             date=date, reference=reference), m)
    elif m.group("kind")[:1] in "Aa" and not m.group("adj"):
        mm = _MEMBERS.match(text, pos)
        who = _submitter(mm.group("who"), whole=True) if mm else None
        if who:
            return _with_context(text, _cand(m.start(), mm.end(), "motion.members", 0.75, who, kind,
                                             date=_iso(mm.group("date")) if mm.group("date") else None), m)
    colon = _COLON_AFTER.match(text, pos)
    art = None if colon else _ARTICLE_AFTER.match(text, pos)
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
        limit = min(limit, _line_end(text, who_start))
    stop = _WHO_STOP.search(text, who_start, limit)
    region_end = stop.start() if stop else limit
    # "Ratsherr Müller (CDU)": a councillor's faction in brackets belongs to the name.
    pm2 = _PARTY_BRACKET.match(text, region_end) if stop and stop.group().startswith("(") else None
    if pm2 and orgs.party_names(pm2.group("party"), acronyms=True):
        region_end = pm2.end()
    region = text[who_start:region_end]
    who = _submitter(region, whole=whole)
    if not who:
        return None
    end = who_start + _raw_len(region, who)
    if whole and text[end:_line_end(text, end)].strip() and not _WHO_GOES_ON.match(text, end):
        return None
    vm = _VOM_DATE.match(text, end) or _RECEIVED_AFTER.match(text, end)
    if vm:
        date, end = date or _iso(vm.group("date")), vm.end()
    title = None
    loose_title = False
    tm = _TITLE_AFTER.match(text, end)
    sep = text[end:tm.end()].strip() if tm else ""
    if tm and sep == ":":
        line_end = _line_end(text, tm.end())
        title = text[tm.end():line_end].strip() or (None if whole else _title_lines(text, tm.end()))
    elif tm and sep in ("–", "—") and not vm and _heads_line(text, m.start(), end):
        # "P16 – Antrag der SPD-Fraktion – Ausweitung interaktiver Haushalt"
        title = text[tm.end():_line_end(text, tm.end())].strip() or None
    elif tm and vm:
        title = _title_lines(text, tm.end())
    else:
        bm = _ABOUT_AFTER.match(text, end)
        if bm:
            title = _title_lines(text, bm.end())
        else:
            # "… der CDU-Fraktion über die Ausweitung des Sonnenfächers."
            pm3 = _SUBJECT_AFTER.match(text, end)
            if pm3:
                phrase = pm3.group("t")
                nl = phrase.find("\n")
                line_start = _line_start(text, pm3.start("t"))
                # Go on to the next line only where the line was wrapped (a long line).
                if nl >= 0 and pm3.start("t") + nl - line_start < 75:
                    phrase = phrase[:nl]
                title = _trim_phrase(phrase)
                loose_title = True
    rm = _REF_AFTER.match(text, end) or _REF_AT_LINE_END.match(text, end)
    if rm and not reference:
        reference = rm.group("ref")
        # An agenda row "Ö 5.4 <title> Antrag der CDU-Fraktion 22-2207": the title before.
        line_start = _line_start(text, m.start())
        row = _AGENDA_ROW.match(text, line_start, m.start())
        if row and not title and _REF_AT_LINE_END.match(text, end):
            title = text[row.end():m.start()].strip()
    if title and not reference:
        # "<title> (Drucksache 2023/044)"
        tr = _REF_IN_TITLE.search(title)
        if tr:
            reference, title = tr.group("ref"), (title[: tr.start()] + title[tr.end():]).strip()
    strong = bool(date or reference or (title and not loose_title)) or rule != "motion.article"
    c = _cand(m.start(), end, rule, 0.85 if strong else 0.6, who, kind,
              date=date, title=_clean_title(title), reference=reference)
    # A subject read from running text names the motion loosely: it does not
    # tell two motions apart.
    c["loose_title"] = loose_title
    # "<title>;\nhier: Antrag der CDU-Fraktion": the agenda item's title is on the line before.
    line_start = _line_start(text, m.start())
    prefix = text[line_start:m.start()]
    prev_start = _line_start(text, max(0, line_start - 1))
    prev = text[prev_start:max(0, line_start - 1)].strip()
    if not c["title"] and line_start > 0 and (_HIER.fullmatch(prefix) or (not prefix.strip() and prev.endswith(";"))):
        item = _AGENDA_ITEM.match(prev) or _AGENDA_ROW.match(prev)
        if item or ":" not in prev:
            c["title"] = _clean_title(prev[item.end():].rstrip(" ;,") if item else prev.rstrip(" ;,"))
    # "<title> (Antrag der SPD-Fraktion)": the title stands before.
    if text[max(0, m.start() - 2):m.start()].strip() == "(":
        line_start = _line_start(text, m.start())
        before = _FIELD_PREFIX.sub("", text[line_start:m.start()].rstrip(" ("))
        if before and not c["title"]:
            c["title"] = _clean_title(one_line(_AGENDA_ITEM.sub("", before)))
    return _with_context(text, c, m)


def _cand(start: int, end: int, rule: str, conf: float, who: str, kind: str, **fields: Any) -> dict[str, Any]:
    c = {"start": start, "end": end, "rule": rule, "conf": conf, "who": who, "kind": kind,
         "date": None, "reference": None, "title": None}
    c.update({k: v for k, v in fields.items() if v})
    c["parties"] = frozenset(orgs.party_names(who, acronyms=True) or [who])
    return c


def _with_context(text: str, c: dict[str, Any], m: re.Match) -> dict[str, Any]:
    """Number on the next lines ("Vorlage: 2020/0939") and, for a motion
    line under an agenda item, the title on the lines before."""
    block_end = _block_end(text, c["end"])
    rm = _REF_LINE.search(text, c["end"], block_end)
    if rm and not c["reference"]:
        c["reference"] = rm.group("ref")
    line_start = _line_start(text, m.start())
    if not c["title"] and not text[line_start:m.start()].strip(" \t(") and c["rule"] != "motion.article":
        c["title"] = _title_before(text, line_start)
    return c


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
    rf"\n[ \t]*\n|\n(?=(?:{_ADJ.replace('?P<adj>', '')})?(?:{_KIND_WORDS})\b)|\n(?=(?:Punkt|TOP)\s)", re.IGNORECASE
)


def _title_before(text: str, line_start: int) -> str | None:
    lines: list[str] = []
    end = line_start - 1
    while end > 0 and len(lines) < 3:
        start = _line_start(text, end)
        line = text[start:end].strip()
        if not line or _LABEL_LINE.search(line) or TRIGGER.match(line):
            break
        item = _AGENDA_ITEM.match(line)
        lines.append(line[item.end():] if item else line)
        if item:
            break
        end = start - 1
    title = one_line(" ".join(reversed(lines)))
    return _clean_title(title)


def _trim_phrase(phrase: str) -> str | None:
    """A title phrase from running text without the verb that ends the clause."""
    words = one_line(phrase).split()
    while words and words[-1][:1].islower():
        words.pop()
    return " ".join(words) or None


def _title_lines(text: str, pos: int) -> str | None:
    """The title running from ``pos`` to the end of its paragraph (three lines at most)."""
    lines: list[str] = []
    cur = pos
    while len(lines) < 3 and cur < len(text):
        end = _line_end(text, cur)
        line = text[cur:end].strip()
        if not line or (lines and (_LABEL_LINE.search(line) or TRIGGER.match(line) or _AGENDA_ROW.match(line))):
            if not lines and not line and end + 1 < len(text) and text[end + 1:end + 2] != "\n":
                cur = end + 1
                continue
            break
        lines.append(line)
        cur = end + 1
    return one_line(" ".join(lines)) or None


def _clean_title(title: str | None) -> str | None:
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


def _line_start(text: str, pos: int) -> int:
    e = text.rfind("\n", max(0, pos - MAX_LINE), pos)
    return max(0, pos - MAX_LINE) if e < 0 else e + 1


def _line_end(text: str, pos: int) -> int:
    e = text.find("\n", pos, pos + MAX_LINE)
    return min(len(text), pos + MAX_LINE) if e < 0 else e


def _iso(s: str) -> str | None:
    m = ANY_DATE.search(s)
    return date_from_match(m) if m else None


# -- submitters ------------------------------------------------------------

_WORD = re.compile(r"\S+")


def _submitter(region: str, whole: bool) -> str | None:
    """The submitter at the start of ``region`` as written, or None.

    ``whole``: the region must be nothing but the submitter (form fields,
    lines of their own); else the longest valid run of words from its start.
    """
    words = [(m.start(), m.end()) for m in _WORD.finditer(region)]
    if not words or len(words) > 24:
        return None
    sizes = [len(words)] if whole else range(len(words), 0, -1)
    for n in sizes:
        cand = region[: words[n - 1][1]].rstrip(",;")
        if not cand:
            continue
        if n > 1 and "\n" in region[words[n - 2][1]:words[n - 1][0]] and not _continues(region, words, n):
            continue  # a capitalised word on the next line is not part of the name
        names = orgs.party_names(cand, acronyms=True)
        if not names:
            continue
        if not whole and n < len(words) and not orgs.party_names(cand):
            # A bare short name followed by more of a name ("LG Region Karlsruhe")
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


def _raw_len(region: str, who: str) -> int:
    """Length in ``region`` of the submitter written as ``who`` (spaces collapsed)."""
    n_words = len(who.split())
    words = list(_WORD.finditer(region))
    return words[n_words - 1].end() if len(words) >= n_words else len(region)


# "Die GRÜNE Fraktion beantragt, …", "die Fraktion DIE LINKE stellt folgenden Antrag"
_MOVES = re.compile(
    r"(?<![\wäöüß])(?:Die|die|Der|der)[ \t]+(?P<who>[A-ZÄÖÜ][^\n.;:]{1,80}?)[ \t]+"
    r"(?:beantragt|beantragen|stellt[ \t]+(?:folgenden|den[ \t]+folgenden|nachstehenden|diesen)[ \t]+Antrag)\b"
)


def _moves(text: str) -> list[dict[str, Any]]:
    out = []
    for m in _MOVES.finditer(text):
        who = _submitter(m.group("who"), whole=True)
        if who:
            out.append(_cand(m.start(), m.end(), "motion.moves", 0.7, who, "Antrag"))
    return out


# -- the motion a document is ----------------------------------------------


def _head_end(text: str) -> int:
    m = _HEAD_END.search(text, 0, 2500)
    return m.start() if m else min(len(text), 1200)


def _is_motion_paper(ctx: Context, text: str) -> bool:
    dtype = ctx.meta.get("type")
    if dtype == "motion":
        return True
    if dtype == "answer":
        label = ctx.meta.get("type_label") or ""
        head = text[:400]
        i = head.casefold().find(label.casefold()) if label else -1
        line = head[i:_line_end(head, i)] if i >= 0 else ""
        # "Stellungnahme zum Antrag", "STELLUNGNAHME zum interfraktionellen Antrag"
        return bool(re.search(r"Antrag\b", line, re.IGNORECASE)) and not _INQUIRY.search(line)
    return False


def _header_lines(ctx: Context, text: str) -> list[dict[str, Any]]:
    """Faction lines in the head of a motion or of its Stellungnahme:
    "DIE LINKE.-Gemeinderatsfraktion" / "KAL/Die PARTEI-Gemeinderatsfraktion"."""
    if not _is_motion_paper(ctx, text):
        return []
    head_end = _head_end(text)
    out: list[dict[str, Any]] = []
    pos = 0
    run: list[tuple[int, int, str]] = []

    def flush() -> None:
        if run:
            who = " ".join(w for _, _, w in run)
            out.append(_cand(run[0][0], run[-1][1], "motion.header", 0.9, who, kind))
            run.clear()

    heading = re.search(rf"(?:{_KIND_WORDS})\b", text[:400], re.IGNORECASE)
    kind = _KIND_NAMES.get(heading.group(0).casefold(), "Antrag") if heading else "Antrag"

    while pos < head_end:
        end = _line_end(text, pos)
        line = text[pos:end]
        s = _FIELD_LABEL.sub("", line).strip()
        field = _APPLICANT.match(s)
        if field:
            # "Antragsteller: SPD-Fraktion"
            s = s[field.end():].strip()
            lead = len(line) - len(line.lstrip()) + field.end()
            who = _submitter(s, whole=True)
            if who:
                flush()
                run.append((pos + lead + (len(line[lead:]) - len(line[lead:].lstrip())), pos + len(line.rstrip()), who))
                flush()
            pos = end + 1
            continue
        who = _submitter(s, whole=False) if s and "raktion" in s and not TRIGGER.search(s) else None
        rest = s[_raw_len(s, who):].strip() if who else ""
        # "SPD-Fraktion im Rat der Stadt Musterstadt"
        if who and (not rest or _AFFILIATION.match(rest)):
            lead = len(line) - len(line.lstrip())
            run.append((pos + lead, pos + lead + len(s), s if not rest else who))
        elif s:
            flush()
        pos = end + 1
    flush()
    return out[:1]


def _own_motion(ctx: Context, text: str, cands: list[dict[str, Any]]) -> None:
    """The first submitter in the head of a motion paper is the paper's own
    motion: it takes the paper's number, title and date of receipt."""
    if not _is_motion_paper(ctx, text):
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
    label = meta.get("type_label") or ""
    km = TRIGGER.search(label)
    if meta.get("type") == "motion" and km:
        first["kind"] = _kind(km)
    first["own"] = True
    first["conf"] = max(first["conf"], 0.9)


# -- debate ----------------------------------------------------------------


def _speech(ctx: Context, text: str) -> list[dict[str, Any]]:
    """Motions a speaker reports: "… haben wir daher mit der CDU-Fraktion
    gemeinsam einen Antrag eingebracht", "hat aber die CDU das Thema wieder
    aufgegriffen mit einem Antrag"."""
    speakers = [(m.start(), m.group("party")) for m in _SPEAKER.finditer(text)]
    if not speakers:
        return []
    out: list[dict[str, Any]] = []
    first_speaker = speakers[0][0]
    for start, end in sentences(text[first_speaker:]):
        start += first_speaker
        end += first_speaker
        sent = text[start:end]
        mm = _SPEECH_MOTION.search(sent)
        if not mm or not _SPEECH_VERB.search(sent) or _INQUIRY.search(sent):
            continue
        clause = sent[: mm.start()]
        parties: list[str] = []
        partner = _WITH_PARTNER.search(clause)
        we = list(_WE.finditer(clause))
        if we and mm.start() - we[-1].end() <= 70:
            # "… haben wir daher mit der CDU-Fraktion gemeinsam einen Antrag eingebracht"
            speaker = next((p for s, p in reversed(speakers) if s < start), None)
            if speaker and orgs.party_names(speaker, acronyms=True):
                parties.append(speaker)
            if partner and _submitter(partner.group("who"), whole=False):
                parties.append(_submitter(partner.group("who"), whole=False) or "")
        else:
            for sm in _SPEECH_SUBJECT.finditer(clause):
                who = _submitter(sm.group("who"), whole=False)
                if who and orgs.resolve(who) and orgs.party_names(who):
                    parties = [who]
                    break
        parties = [p for p in parties if p]
        if not parties:
            continue
        who = ", ".join(parties)
        kind = mm.group("kind")
        out.append(_cand(start, end, "motion.speech", 0.5, who, kind))
    return out


# -- one motion, several mentions --------------------------------------------


def _same_motion(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether ``b`` names the motion ``a`` already is."""
    if not b["parties"] <= a["parties"]:
        return False
    for f in ("date", "reference"):
        if a[f] and b[f] and a[f] != b[f]:
            return False
    loose = a.get("loose_title") or b.get("loose_title")
    if a["title"] and b["title"] and _norm(a["title"]) != _norm(b["title"]) and not loose:
        return False
    weak = not (b["date"] or b["reference"] or (b["title"] and not b.get("loose_title")))
    amend_a, amend_b = bool(_AMENDMENT.search(a["kind"])), bool(_AMENDMENT.search(b["kind"]))
    if amend_a != amend_b and not (weak and not amend_b):
        return False
    # A debate names a motion of fewer factions than the paper's: a motion of its own.
    return not (b["rule"] == "motion.speech" and a["rule"] != "motion.speech" and b["parties"] != a["parties"])


def _norm(s: str) -> str:
    return re.sub(r"\W+", "", s).casefold()
