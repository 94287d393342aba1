"""ALLRIS items (``resolution.procedural``, ``resolution.field``) and references to earlier decisions."""

from __future__ import annotations

import re
from typing import Any

from .. import agenda as agenda_mod
from .. import orgs
from ..common import BODY_NAME, body_name
from ..text import one_line
from ..votes import (
    OTHER_DISPOSITION,
    decision_outcome,
    outcome_of,
)

from .patterns import FIELD, PROCEDURAL, REFERENCE, _DATE, _NO_VOTES
from .state import _State, _iso, _row


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
    matches = agenda_mod.line_matches(FIELD, st.text, ("Beschlussart",))
    if "Beschlussart" in st.text:
        # An information system's head table flattened into lines of two fields
        # ("Gremium: Stadtrat Beschlussart: geändert beschlossen"): the field
        # after another, its value up to the next field's label.
        starts = {m.start() for m in matches}
        # ("erledigt" there closes an inquiry's or a report's paper: no decision)
        matches += [m for m in _FIELD_IN_LINE.finditer(st.text)
                    if m.start() not in starts and decision_outcome(m.group("value")) != "other"]
        matches.sort(key=lambda m: m.start())
    for m in matches:
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


_FIELD_IN_LINE = re.compile(
    r"(?<=[ \t])Beschlussart[ \t]*:[ \t]*(?P<value>[^\n:]{3,80}?)[ \t]*(?=[ \t][A-ZÄÖÜ][\w/-]*[ \t]*:|$)",
    re.MULTILINE,
)
# ("Anlage 3: Beschluss des Kreistages vom …": an entry numbered by the word)
_LIST_ENTRY = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-•–]|Anlage[ \t]+\d{1,2}[ \t]*[:.)–-])[ \t]+\S")
_ATTACHMENTS_HEAD = re.compile(r"[ \t]*(?:Anlagen?|Anlagenverzeichnis|Anhang|Anhänge)[ \t]*:?[ \t]*$")


def in_attachments(text: str, pos: int) -> bool:
    """Whether ``pos`` stands in an entry of an Anlagen list ("Anlagen:" and
    numbered or bulleted lines under it): the papers attached, no decision."""
    line_start = text.rfind("\n", 0, pos) + 1
    for _ in range(30):
        line_end = text.find("\n", line_start)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if _ATTACHMENTS_HEAD.fullmatch(line):
            return True
        if line.strip() and not _LIST_ENTRY.match(line):
            return False
        if line_start == 0:
            return False
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    return False


_SINCE = re.compile(r"\b(?:[Ss]eit|[Ss]eitdem)\s+(?:dem\s+)?$")


def _references(st: _State) -> list[dict[str, Any]]:
    text = st.text
    rows = []
    if "eschlu" not in text or st.ctx.meta.get("type") in ("motion", "inquiry"):
        return []  # a motion or inquiry cites earlier decisions to argue, it records none
    for m in (m for lo, hi in st.near_dates() for m in REFERENCE.finditer(text, lo, hi)):
        if st.overlaps(m.start(), m.end()) or in_attachments(text, m.start()):
            continue
        if _SINCE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "Seit dem Beschluss des Rates vom …": background
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


# "B 12/2019, beschlossen vom Kreistag am 18.03.2019":
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
