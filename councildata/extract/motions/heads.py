"""Motions that an agenda item's head marks by its submitter, without the
word "Antrag": "TOP 5 Radweg Hauptstraße / Fraktion BÜNDNIS 90/DIE GRÜNEN /
Vorlage: 2023/123", "Ö 7 Jugendbeirat (SPD-Fraktion)", "TOP 3 Freibad /
Antragsteller: CDU-Fraktion". A faction stands in an item's head only as
the one who put the item on the agenda; the item's title is the motion's
title and a paper number in the head its reference.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .. import agenda as agenda_mod
from .. import orgs
from ..document import REF_TOKEN
from ..dates import DATE_PATTERN
from .common import SUBMITTER_LABEL, cand, clean_title, iso, submitter, undouble

if TYPE_CHECKING:
    from .. import Context

# How many lines under an item's heading belong to its head.
HEAD_LINES = 4
# "Antragsteller: CDU-Fraktion", "eingereicht von: Gruppe X", "Initiator: SPD"
_SUBMITTER_FIELD = re.compile(
    r"^(?:Antragsteller(?:in|innen)?|Antragstellende|Einreicher(?:in)?|Initiator(?:in)?|eingereicht\s+von|Antrag\s+von)"
    r"[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
# "Vorlage: 2023/123", "Drucksache 22-2207", "Antrag Nr. 12/2024", or the number alone on its line
_REF = re.compile(
    rf"^(?:(?:Vorlage|Drucksache|Drs\.|Antrag|Vorlagen-Nr\.|Drucksachen-Nr\.)(?:[- ]?Nr\.)?[ \t]*:?[ \t]*)?"
    rf"(?P<ref>{REF_TOKEN})[ \t]*$"
)
# "<title> (SPD-Fraktion)", "<title> / SPD-Fraktion / 2023/123", "<title> – Gruppe X"
_TITLE_TAIL = re.compile(r"[ \t]*(?:\((?P<br>[^()\n]{2,80})\)|[ \t]+[/–—-][ \t]+(?P<sep>[^/\n–—]{2,80}))[ \t]*$")
# "CDU-Fraktion: <title>", "Gruppe SPD/FDP – <title>": the submitter leads the item's title.
# (the motion word before the submitter is no part of it: "Antrag der SPD-Fraktion: …")
_LEAD_SUBMITTER = re.compile(
    r"(?:(?:Antrag|Änderungsantrag|Ergänzungsantrag|Dringlichkeitsantrag)[ \t]+(?:der|des|von)[ \t]+)?"
    r"(?P<who>[^:–—\n]{2,60}?)[ \t]*(?::|[ \t][–—])[ \t]*(?=\S)"
)
# Items that carry a faction's name but are no motion of it.
_NOT_MOTION = re.compile(
    r"\b(?:Anfrage|Anfragen|Frage|Fragen|Mitteilung|Bericht|Informationsvorlage|Stellungnahme|Beantwortung|Antwort"
    r"|Nachbesetzung|Umbesetzung|Wahl|Benennung|Bestellung)\b",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^(?:Beschluss|Abstimmung|Sachverhalt|Begründung|Beratung|Protokoll|Ergebnis)\b")


def faction(s: str) -> str | None:
    """``s`` as a faction or group that moves motions, or None: a named
    faction ("SPD-Fraktion", "Fraktion DIE LINKE", "Gruppe GRÜNE/UWG") or a
    party the gazetteer knows, not a bare acronym."""
    s = s.strip(" \t,;")
    if not s or len(s) > 80:
        return None
    who = submitter(s, whole=True)
    if not who:
        return None
    if re.search(r"[Ff]raktion|^(?:Gruppe|Ratsgruppe)\s|-Gruppe\b|[Ww](?:ä|ae)hler(?:gemeinschaft|gruppe|vereinigung)", who) or orgs.party_names(who):
        return who
    return None


def item_heads(ctx: Context, text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if ctx.meta.get("type") == "motion":
        return out  # a motion paper's head is read as the paper's own motion
    out.extend(_submitter_fields(ctx, text))
    items = agenda_mod.analyse(ctx).items
    if not items and ctx.meta.get("type") in ("agenda", "minutes"):
        items = _numbered_rows(text)
    for item in items:
        found = _head(text, item)
        if found:
            out.append(found)
    return out


# "5. Einrichtung eines Jugendbeirats", "3.1 Radweg Hauptstraße": the rows of an
# agenda numbered without "TOP".
_NUMBERED_ROW = re.compile(r"^(?P<n>\d{1,2}(?:\.\d{1,2})*)\.?[ \t]+(?P<title>[A-ZÄÖÜ][^\n]{2,150})$", re.MULTILINE)


def _numbered_rows(text: str) -> list[agenda_mod.Item]:
    found = list(_NUMBERED_ROW.finditer(text))
    rows = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        rows.append(agenda_mod.Item(m.group("n"), m.start(), m.end(), min(end, m.end() + 600), m.group("title")))
    return rows


def _head(text: str, item: Any) -> dict[str, Any] | None:
    title_start = item.head_end - len(item.title)
    title = item.title.strip()
    lines: list[tuple[int, str]] = []
    pos = item.head_end + 1
    while len(lines) < HEAD_LINES and pos < item.end:
        end = text.find("\n", pos, item.end)
        end = item.end if end < 0 else end
        line = text[pos:end]
        if not line.strip() or _LABEL.match(line.strip()):
            break
        lines.append((pos, line))
        pos = end + 1
    if _NOT_MOTION.search(title) or any(_NOT_MOTION.search(line) for _, line in lines):
        return None
    who = span = None
    reference = None
    # On the heading line: "<title> (SPD-Fraktion)", "<title> / Fraktion X / 2023/123"
    parts = [p for p in re.split(r"[ \t]+/[ \t]+", title)] if " / " in title else [title]
    if len(parts) > 1:
        kept = []
        offset = title_start
        for p in parts:
            p_start = text.find(p, offset, item.head_end)
            offset = p_start + len(p)
            f = faction(p)
            rm = _REF.match(p.strip())
            if f and who is None:
                who, span = f, (p_start, p_start + len(p.rstrip()))
            elif rm and reference is None:
                reference = rm.group("ref")
            else:
                kept.append(p)
        title = " / ".join(kept)
    elif (lead := _LEAD_SUBMITTER.match(title)) and faction(lead.group("who")):
        # "TOP 7 CDU-Fraktion: Sanierung der Grundschule"
        who = faction(lead.group("who"))
        span = (title_start + lead.start("who"), title_start + lead.end("who"))
        title = title[lead.end():]
    else:
        tail = _TITLE_TAIL.search(title)
        f = faction(tail.group("br") or tail.group("sep")) if tail else None
        if f:
            g = "br" if tail.group("br") else "sep"
            who, span = f, (title_start + tail.start(g), title_start + tail.end(g))
            title = title[: tail.start()]
    # The lines under the heading: a submitter line, a submitter field, a paper number.
    for start, line in lines:
        s = line.strip()
        lead = start + len(line) - len(line.lstrip())
        fm = _SUBMITTER_FIELD.match(s)
        f = faction(s[fm.end():]) if fm else faction(s)
        if f and who is None:
            who, span = f, (lead, lead + len(s))
            continue
        rm = _REF.match(s)
        if rm and reference is None:
            reference = rm.group("ref")
    if who is None or span is None:
        return None
    c = cand(span[0], span[1], "motion.item", 0.75, who, "Antrag", title=clean_title(title), reference=reference)
    return c


# "Antragsteller: SPD-Fraktion" in the head of a paper (an information
# system's page of a motion treated as a Vorlage): the paper's own motion.
_FIELD_LINE = re.compile(rf"^[ \t]*{SUBMITTER_LABEL}[ \t]*(?P<who>[^\n]{{2,80}})$", re.MULTILINE | re.IGNORECASE)
# The line a motion's writers date it with: "Musterstadt, den 09.05.2007", "Datum: 12.03.2024".
_DATE_LINE = re.compile(rf"^[^\n]{{0,40}},[ \t]*(?:den[ \t]+)?(?P<date>{DATE_PATTERN})[ \t]*$|^[ \t]*Datum[ \t]*:?[ \t]*(?P<d2>{DATE_PATTERN})[ \t]*$", re.MULTILINE)


def _submitter_fields(ctx: Context, text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for m in _FIELD_LINE.finditer(text, 0, min(len(text), 2000)):
        who = faction(undouble(m.group("who")))
        if who:
            date = ctx.meta.get("received")
            if not date:
                # the paper's motion is dated by its writers' date line, not by a session it goes to
                dl = _DATE_LINE.search(text)
                date = iso(dl.group("date") or dl.group("d2")) if dl else None
            out.append(cand(m.start("who"), m.start("who") + len(m.group("who").rstrip()), "motion.field", 0.8, who,
                            "Antrag", title=ctx.meta.get("title"), reference=ctx.meta.get("reference"),
                            date=date))
    return out[:1]
