"""Motions named by their word and movers the gazetteer cannot vouch for:
councillors of one list or place named as a group ("Antrag der CDU-Gemeinderäte",
"Antrag der Kernort-Stadträte vom DATE", "Antrag der Stadträtinnen und Stadträte
der SPD"), an advisory council that may move motions ("Antrag des
Seniorenbeirats", "Antrag des Jugendbeirates auf …"), and councillors named one
by one, by a title or its abbreviation, with or without their faction ("Antrag
v. Stadtrat A sowie Dritter Bürgermeister Dr. B u. Fraktion X", "(Antrag StRe
A, B, C)", "Antrag StR D", "Antrag von 3. BGM Dr. E u. B90/DIE GRÜNEN").

The mover is read as written, up to the end of its clause (a semicolon, a
bracket, the end of the paragraph; a line broken inside the name goes on).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import Any

from .. import orgs
from ..dates import DATE_PATTERN
from ..text import one_line
from .common import ADVISORY as _ADVISORY, cand, iso, kind_of, submitter

# Councillors as a group, by their list or place: "CDU-Gemeinderäte", "Kernort-Stadträte",
# "FW-Stadträtinnen und -Stadträte", "Gemeinderäte der Freien Wähler", "Stadträte der SPD".
_COUNCILLORS = r"(?:Gemeinde|Stadt|Kreis|Orts|Ortschafts|Bezirks|Marktgemeinde|Markt)?r(?:ä|ae)t(?:e|innen)(?:[ \t]+und[ \t]+-?(?:Gemeinde|Stadt|Kreis|Orts|Ortschafts|Bezirks|Markt)?r(?:ä|ae)te)?"
_COUNCILLOR_GROUP = re.compile(
    rf"(?P<who>[A-ZÄÖÜ][\wÄÖÜäöüß/.]*(?:-[A-ZÄÖÜ][\wÄÖÜäöüß/.]*)*-{_COUNCILLORS}"
    rf"|(?:Gemeinde|Stadt|Kreis|Orts|Ortschafts|Bezirks|Markt)r(?:ä|ae)t(?:e|innen)(?:[ \t]+und[ \t]+(?:Gemeinde|Stadt|Kreis|Orts|Ortschafts|Bezirks|Markt)r(?:ä|ae)te)?"
    r"[ \t]+der[ \t]+(?P<party>[A-ZÄÖÜ][^\s,.;:()]*(?:[ \t]+[A-ZÄÖÜ][^\s,.;:()]*)?))"
)
# A councillor or office holder by title, its abbreviation or an ordinal office:
# "Stadtrat Gerd A", "StR A", "StRe A, B", "Dritter Bürgermeister Dr. B", "3. BGM Dr. B".
_TITLE = (
    r"(?:(?:Erste[rnm]?|Zweite[rnm]?|Dritte[rnm]?|[123]\.)[ \t\u2028]+)?(?:Bürgermeister(?:in)?|BGM|Bgm\.)"
    r"|(?:Stadt|Gemeinde|Kreis|Orts|Ortschafts|Bezirks|Markt)r(?:at|ätin|äte|ätinnen)|Ratsherrn?|Ratsfrau|Ratsmitglied(?:er)?"
    r"|Stadtverordnete[rn]?|Gemeindevertreter(?:in|innen)?|Kreistagsmitglied(?:er)?"
    r"|StR(?:in|e|innen)?|StRätin|GR(?:in|e)?|KR(?:in|e)?|MGR(?:in)?|OR(?:in)?"
)
_NAME = r"(?:(?:Dr\.|Prof\.)[ \t]*)*[A-ZÄÖÜ][\wäöüß-]+(?:[ \t]+[A-ZÄÖÜ][\wäöüß-]+)?(?![\w/])"
# (Read on a flattened text where a line break is _NL: a name does not run on
# onto the next line, a list may.)
_NL = "\u2028"
_PERSONS = re.compile(rf"(?:{_TITLE})[ \t{_NL}]+{_NAME}(?:[ \t{_NL}]*,[ \t{_NL}]*{_NAME})*")
# The words that join several movers: "u.", "und", "sowie", a comma.
_JOIN = re.compile(rf"[ \t{_NL}]*(?:,|\bu\.|\bund\b|\bsowie\b|&)[ \t{_NL}]*")
# Where a mover list ends: a semicolon, a bracket, a date, a subject after "auf"/"zur"/"betr.".
_LIST_END = re.compile(
    # a label line under the head ("Beschluss:", "Sachverhalt") is no part of a name
    r"\n(?=[ \t]*(?:Beschluss|Sachverhalt|Abstimmung|Begründung|Beratung|Vorlage|Drucksache|Ergebnis|Anlage|Protokoll"
    r"|Wortmeldung|Diskussion|Erläuterung|Bericht)(?![\wäöüß-]))"
    rf"|;|\)|\(|\n[ \t]*\n|[ \t]+vom[ \t]+{DATE_PATTERN}|[ \t]+(?:auf|zur|zum|über|betr\.|betreffend|bzgl\.|hinsichtlich|wegen)[ \t]"
    r"|[ \t]+(?!(?:und|sowie|der|des)(?![\wäöüß]))[a-zäöüß]{3,}(?![\wäöüß.])"
    r"|(?<!\bDr)(?<!\bProf)(?<!\bBgm)(?<![\s(]u)(?<!\b\d)[.:](?=\s|$)"
)
# How the motion word leads to its mover: "Antrag v.", "Antrag von", "Antrag des", "Antrag der",
# or nothing in a bracket ("(Antrag StRe A, B)") and on a line of its own ("Antrag StR D").
_LEAD = re.compile(r"[ \t]*\n?[ \t]*(?:v\.|von(?:[ \t]+(?:der|den|dem))?|vom|des|der|den)?[ \t]*\n?[ \t]*")
_SOFT_BREAK = re.compile("[\u00ad\ufffe\ufffd]\n?[ \t]*")


def _clean(s: str) -> str:
    """The name as one line, a word broken at the line's end joined again."""
    return one_line(_SOFT_BREAK.sub("", s))


def _flat(s: str) -> tuple[str, list[int]]:
    """``s`` on one line without soft hyphens, and where each of its
    characters (and its end) stands in ``s``."""
    chars: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(s):
        if ch in "\u00ad\ufffe":
            continue
        chars.append(_NL if ch == "\n" else ch)
        idx.append(i)
    idx.append(len(s))
    return "".join(chars), idx


def _mover_list(region: str) -> int:
    """Length of the list of movers at the start of ``region`` (persons by
    title, factions), 0 when it is none; at least one person by title."""
    pos = end = 0
    persons = 0
    while True:
        pm = _PERSONS.match(region, pos)
        if pm:
            persons += 1
            pos = end = pm.end()
        else:
            rest = region[pos:]
            stop = _LIST_END.search(rest)
            part = rest[: stop.start()] if stop else rest
            jm = _JOIN.search(part)
            part = part[: jm.start()] if jm else part
            # a faction's name may go on onto the next line, the longest that is one
            # (a next line only where it is the name's end, no sentence going on, no person)
            lines = part.split(_NL)
            whole_last = pos + len(part) >= len(region) or region[pos + len(part)] == _NL
            n = next((k for k in range(len(lines), 0, -1)
                      if (k == 1 or ((k < len(lines) or whole_last) and not _PERSONS.match(lines[k - 1].lstrip())))
                      and orgs.party_names(_clean(" ".join(lines[:k])), acronyms=True)), 0)
            if not part.strip() or not n:
                # a part that is neither ends the list: "u. a." or a word the list does not hold
                return end if persons else 0
            pos += len(_NL.join(lines[:n]).rstrip())
        end = pos
        jm = _JOIN.match(region, pos)
        if not jm or jm.end() == len(region):
            break
        nxt = region[jm.end():]
        if not (_PERSONS.match(nxt) or re.match(r"[A-ZÄÖÜ0-9]", nxt)) or (_NL in region[pos:jm.start() + 1] and not jm.group().strip()):
            break
        pos = jm.end()
    return end if persons else 0


def named_movers(text: str, words: list[re.Match], spans: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Motions whose motion word no other rule read (``spans``: those of the
    candidates already found, sorted), moved by councillors named as a group,
    an advisory council or councillors named one by one."""
    out: list[dict[str, Any]] = []
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))
    for m in words:
        i = bisect_right(starts, m.start()) - 1
        if (i >= 0 and reach[i] > m.start()) or m.group("kind").casefold() not in ("antrag", "änderungsantrag", "ergänzungsantrag"):
            continue
        lead = _LEAD.match(text, m.end())
        pos = lead.end()
        if pos == m.end() and not re.match(r"[ \t]+[A-Z0-9]", text[m.end():m.end() + 2]):
            continue
        window = text[pos:pos + 240]
        stop = _LIST_END.search(window)
        region = window[: stop.start()] if stop else window
        who = end = None
        gm = _COUNCILLOR_GROUP.match(region)
        am = _ADVISORY.match(region)
        if gm and (gm.group("party") is None or orgs.party_names(gm.group("party"), acronyms=True)):
            who, end = gm.group("who"), pos + gm.end()
        elif am:
            who, end = re.sub(r"e?s$", "", am.group("who")), pos + am.end()
        else:
            # read over line breaks and words broken at a line's end, offsets kept
            flat, idx = _flat(region.rstrip())
            n = _mover_list(flat)
            n = idx[n] if n else 0
            if n:
                who, end = _clean(region[:n]).rstrip(" ,"), pos + n
        if not who:
            continue
        date = None
        dm = re.match(rf"[ \t]+vom[ \t]+(?P<date>{DATE_PATTERN})", text[end:end + 40])
        if dm:
            date, end = iso(dm.group("date")), end + dm.end()
        out.append(cand(m.start(), end, "motion.movers", 0.7, _clean(who), kind_of(m), date=date,
                        title=_head_title(text, m.start())))
    return out


_ROW = re.compile(r"[ \t]*(?:(?:TOP|Ö|N|NÖ)[ \t]*)?\d{1,3}(?:\.\d{1,3})*\.?(?:[ \t]+|$)")
_HEAD_LABEL = re.compile(r"^(?:Abstimmung|Sachverhalt|Vorlage|Drucksache|Ergebnis|Beschlossen|Seite)\b|\bSeite\s+\d|:$")


def _head_title(text: str, pos: int) -> str | None:
    """The title of the agenda item whose head names the motion at ``pos``:
    the words before it on its line ("<title>; Antrag v. …", "<title> (Antrag
    …") and the lines above, up to the item's number ("13 <title>", or "13"
    on a line of its own) — so that one mover's motions under several items
    stay apart, and the agenda's row and the item's head are one motion."""
    parts: list[str] = []
    line_start = text.rfind("\n", 0, pos) + 1
    seg = text[line_start:pos]
    for _ in range(4):
        row = _ROW.match(seg)
        body = seg[row.end():] if row else seg
        if _HEAD_LABEL.search(body.strip()) and not row:
            break
        parts.append(body.strip())
        if row or line_start == 0:
            break
        end = line_start - 1
        line_start = text.rfind("\n", 0, end) + 1
        seg = text[line_start:end]
        if not seg.strip():
            break
    title = one_line(" ".join(reversed(parts))).strip(" ;,(–—-")
    return title if len(title) >= 3 else None


# -- motions numbered in the meeting ---------------------------------------------------

# "… zu veranschlagen (Antrag 1).", "Als Antrag 4 formuliert Herr X …", "Frau Y fügt als
# Antrag 5 für die Gruppe Z … hinzu": the minutes number the motions made in the debate,
# to record the vote on each ("Zu Antrag 1: …").
_NUMBER_MARK = re.compile(r"\((?:Antrag|Änderungsantrag)[ \t]+(?P<n>\d{1,2})\)|(?<![\wäöüß])[Aa]ls[ \t]+(?:Antrag|Änderungsantrag)[ \t]+(?P<m>\d{1,2})(?![\d.])")
_MOVER_PERSON = re.compile(
    r"(?<![\wäöüß])(?:Herrn?|Frau|Ratsherrn?|Ratsfrau|Ratsmitglied|Stadtr(?:at|ätin)|Gemeinder(?:at|ätin)|Kreisr(?:at|ätin)"
    r"|Ortsr(?:at|ätin)|Stadtverordnete[rn]?|Gemeindevertreter(?:in)?|Kreistagsabgeordnete[rn]?)"
    r"[ \t\n]+(?:(?:Dr\.|Prof\.)[ \t\n]*)*[A-ZÄÖÜ][\wäöüß-]+"
)
_MOVER_FACTION = re.compile(
    r"(?<![\wäöüß])(?:(?:für|namens|im[ \t]+Namen)[ \t\n]+(?:die|der)|[Dd]ie|[Dd]er)[ \t\n]+"
    r"(?P<who>(?:Gruppe|Fraktion|Ratsgruppe|[A-ZÄÖÜ][\wÄÖÜäöüß/]*-(?:Fraktion|Gruppe))[^\n.;:,()]{0,60})"
)
_STOP = re.compile(r"(?<!\bDr)(?<!\bNr)(?<!\bca)(?<![\s.]\w)[.!?](?=\s)|\n[ \t]*\n")


def numbered_in_meeting(text: str) -> list[dict[str, Any]]:
    """One row per numbered motion, moved by the faction the mover speaks for
    ("Herr X für die Gruppe Y"), else the councillor, else the faction that
    is the sentence's subject."""
    out: list[dict[str, Any]] = []
    if "Antrag " not in text:
        return out
    last = 0
    for mk in _NUMBER_MARK.finditer(text):
        if mk.group("m"):
            stops = list(_STOP.finditer(text, max(last, mk.start() - 300), mk.start()))
            lo = stops[-1].end() if stops else max(last, mk.start() - 300)
            em = _STOP.search(text, mk.end(), min(len(text), mk.end() + 300))
            hi = em.end() if em else mk.end()
        else:
            # the motion may take several sentences: back to the one that names its mover
            lo, hi = max(last, mk.start() - 600), mk.end()
        region = text[lo:hi]
        people = list(_MOVER_PERSON.finditer(region))
        groups = [g for g in _MOVER_FACTION.finditer(region) if submitter(g.group("who"), whole=False)]
        if not people and not groups:
            last = mk.end()
            continue
        if mk.group("n"):
            # the sentence of the last mover named before the mark
            first = max([p.start() for p in people[-1:]] + [g.start() for g in groups[-1:]])
            stops = list(_STOP.finditer(text, lo, lo + first))
            lo = stops[-1].end() if stops else lo
            while lo < hi and text[lo] in " \t\n":
                lo += 1
            region = text[lo:hi]
            people = list(_MOVER_PERSON.finditer(region))
            groups = [g for g in _MOVER_FACTION.finditer(region) if submitter(g.group("who"), whole=False)]
        who = (submitter(groups[0].group("who"), whole=False) if groups else None) or (
            one_line(people[0].group()) if people else None)
        if who:
            out.append(cand(lo, hi, "motion.numbered_moved", 0.65, who, "Änderungsantrag" if "Änderung" in mk.group() else "Antrag",
                            distinct=True, number=mk.group("n") or mk.group("m")))
        last = mk.end()
    return out
