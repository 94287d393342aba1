"""Announcements, result lines, the Beratungsfolge, and vote lines by reference."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from ..common import BODY_SITZUNG, body_name
from ..dates import NUMERIC_DATE
from ..text import one_line
from ..votes import (
    OTHER_DISPOSITION,
    counts_outcome,
    decision_outcome,
    has_vote,
    outcome_of,
    parse_votes,
    vote_outcome,
)

from .patterns import PASSIVE, CONSULTATION, CONSULTATION_DATE_FIRST, ERLEDIGT_LINE, RESULT_LINE, _ANNOUNCE_MOTION, _ANNOUNCE_NO_MAJORITY, _ANNOUNCE_PARTICIPLE, _DASH_SPLIT, _DECISION_DATE, _HEADING_BODY, _NOT_TAKEN, _NO_VOTES, _REPORTED, _RESULT_STEMS, _SENTENCE_END_BEFORE, _WE, _find_all
from .no_decision import _HISTORY, _only_in_subclauses, _subject_body, not_a_council_decision
from .sentences import _members_body, _named_body, _skip_heading_lines, _trailing_vote
from .state import _State, _iso, _row


def _announcements(st: _State) -> list[dict[str, Any]]:
    text, ag = st.text, st.ag
    rows: list[dict[str, Any]] = []
    if st.has_blocks and all(it.start in st.block_items for it in ag.items):
        return rows
    low = text.lower()
    marks = sorted(
        i for stem in ("abgelehnt", "angenommen", "beschlossen", "zugestimmt", "gewählt", "gewaehlt", "mehrheit")
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
            if not_a_council_decision(clause) or _HISTORY.search(clause) or _only_in_subclauses(clause):
                continue  # a club's or the citizens' vote, a decision told as history
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
            # The clause may name its body and the session it decided in
            # ("Der Bauausschuss hat in seiner Sitzung am … einstimmig beschlossen").
            said = _DECISION_DATE.search(clause)
            rows.append(_row(
                st, a, b, "resolution.announcement", 0.6, outcome=outcome,
                decided_by=st.decider(
                    _subject_body(clause) or _members_body(clause) or _named_body(clause)
                    or (None if st.body or not st.reports else _subject_body(text[max(0, a - 300):a]) or st.named_body())
                ),
                date=_iso(said.group("date")) if said else st.date, agenda_item=item.number if item else None,
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
            vote = _trailing_vote(text, b)
            if vote and votes["votes_yes"] is None and votes["votes_no"] is None and not st.overlaps(*vote):
                # the counts on the line under the result ("mehrheitlich beschlossen" / "Ja: 10 Nein: 3")
                votes = parse_votes(text[a:vote[1]], outcome)
                b = vote[1]
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


# The line that opens a list of a session's decisions: "Folgende Änderungen zur
# Tagesordnung wurden beschlossen:", "Der Stadtrat beschloss Folgendes:".
_DECIDED_LIST_HEAD = re.compile(
    r"^[^\n]{0,120}?(?:\b(?:wurden|wurde)\s+(?:\w+\s+){0,2}?beschlossen"
    r"|\bbeschlo(?:ss|ssen)\s+(?:\w+\s+){0,2}?(?:folgendes|Folgendes))[ \t]*:[ \t]*$",
    re.MULTILINE,
)


_SESSION_TOLD = re.compile(rf"{BODY_SITZUNG}[ \t]+(?:am|vom)[ \t]+(?P<date>{NUMERIC_DATE.pattern})")


_NOTHING = re.compile(r"\b(?:kein|keine|keinen|nicht)\b")


def _listed_decisions(st: _State) -> list[dict[str, Any]]:
    """``resolution.listed``: the lines of a list a line announcing the
    session's decisions opens, one decision a line told in the passive
    ("TOP 27 wird in den Stadtentwicklungsausschuss überwiesen")."""
    if "beschlo" not in st.text:
        return []
    text = st.text
    session = st.ag.session or st.ctx.tree.session
    body = st.body
    date = st.date or (session.date if session is not None else None)
    rows = []
    for head in _DECIDED_LIST_HEAD.finditer(text):
        if body is None or date is None:
            # A report on a session names it at its head: "Stadtratssitzung am 15.06.2022".
            told = _SESSION_TOLD.search(text, 0, head.start())
            if told is None:
                continue
            body, date = body or told.group("compound"), date or _iso(told.group("date"))
        # The head only announces the decisions the lines tell.
        st.taken.append((head.start(), head.end()))
        pos = head.end() + 1
        for _ in range(12):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if not line.strip() or len(line) > 200:
                break  # the list ends at a blank or a long line
            a = pos + len(line) - len(line.lstrip())
            b = pos + len(line.rstrip())
            pos = end + 1
            # ("Es wurde keine Redezeitbegrenzung beschlossen": nothing decided)
            outcome = outcome_of(line) if PASSIVE.search(line) and not _NOTHING.search(line) else None
            if outcome is None or st.overlaps(a, b):
                continue
            st.taken.append((a, b))
            rows.append(_row(
                st, a, b, "resolution.listed", 0.7, outcome=outcome, decided_by=body, date=date,
                agenda_item=st.item_number(a), **parse_votes(line, outcome),
            ))
            if pos >= len(text):
                break
    return rows
