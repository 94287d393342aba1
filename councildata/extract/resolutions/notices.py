"""The session a published list of decisions announces for what follows.

A municipality's notice of decisions (in a gazette, on its website) opens
each session's part with a line naming it: "In öffentlicher Sitzung des
Gemeinderates am 11.10.2016 wurden folgende Beschlüsse gefasst:", "Am
21.02.2022 hat die Stadtverordnetenversammlung diese Beschlüsse
gefasst:", "In seiner Sitzung vom 3. März 2021 hat der Kreistag folgende
Beschlüsse gefasst:". Every decision after such a line, up to the next one,
was taken in that session: its date (and body, where the row names none)
come from it, not from the page's own date or a date further up (the
minutes approved, the notice's issue date).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from ..common import BODY_NAME, body_name
from ..dates import DATE_PATTERN
from ..text import one_line
from .state import _State, _iso

_WHAT = r"(?:folgende[rn]?\s+(?:[\wäöüß]+\s+)?Beschl(?:ü|ue)ss?e?|(?:die\s+)?(?:nachstehenden|nachfolgenden)\s+Beschl(?:ü|ue)ss?e?)"
_WHAT_RX = re.compile(_WHAT)
ANNOUNCED = re.compile(
    # "In öffentlicher Sitzung des Gemeinderates … am DATE wurden folgende Beschlüsse gefasst"
    # ("Die Verbandsversammlung des … / hat in ihrer Sitzung am DATE folgende Beschlüsse gefasst:")
    rf"(?:(?:^|(?<=\n))[ \t]*|\b(?:hat|haben)\s+)(?:[Ii]n|[Aa]uf)\s+(?:der\s+|ihrer\s+|seiner\s+)?(?:[\wäöüß-]+\s+){{0,2}}?Sitzung"
    rf"(?:\s+(?:des|der)\s+(?P<body>{BODY_NAME}))?[^\n]{{0,100}}?\s+(?:am|vom)\s+(?:\w+,\s+(?:de[nm]\s+)?)?"
    rf"(?P<date>{DATE_PATTERN})[^\n]{{0,80}}?\b{_WHAT}"
    # "Am DATE wurden durch die Stadtverordnetenversammlung folgende Beschlüsse gefasst"
    rf"|(?:^|(?<=\n))[ \t]*Am\s+(?:\w+,\s+(?:de[nm]\s+)?)?(?P<date2>{DATE_PATTERN})\s+(?:wurden|wurde|hat|haben)\s+"
    rf"(?:(?:durch|von)\s+(?:den|die|das|dem)\s+|(?:der|die|das)\s+)?(?P<body2>{BODY_NAME})?[^\n]{{0,100}}?\b{_WHAT}",
)


# A row that names its own session ("in seiner Sitzung am …") keeps its date.
_OWN_SESSION = re.compile(rf"\bSitzung\b[^.\n]{{0,60}}?\b(?:am|vom)\s+(?:\w+,\s+)?{DATE_PATTERN}")


_SUBJECT = re.compile(rf"(?:^|(?<=\n))[ \t]*(?:Der|Die|Das)\s+(?P<body>{BODY_NAME})")


def _subject_before(text: str, pos: int) -> str | None:
    """The body the announcing sentence starts with on its line or the line before."""
    lo = text.rfind("\n", 0, max(0, text.rfind("\n", 0, pos)))
    m = _SUBJECT.search(text, lo + 1, pos)
    return m.group("body") if m else None


def announced_sessions(st: _State, rows: list[dict[str, Any]]) -> None:
    """Date (and body) of the rows after a line announcing a session's decisions."""
    text = st.text
    if "eschl" not in text or not ("folgende" in text or "nachstehend" in text or "nachfolgend" in text):
        return
    # (the announcement is tried only on the lines that end in "folgende Beschlüsse":
    # a scan of the whole text costs more than all other rules of a page)
    found: list[re.Match] = []
    for w in _WHAT_RX.finditer(text):
        lo = text.rfind("\n", 0, max(0, text.rfind("\n", 0, w.start())))
        if (m := ANNOUNCED.search(text, max(0, lo), w.end())) and (not found or m.start() != found[-1].start()):
            found.append(m)
    if not found:
        return
    starts = [m.start() for m in found]
    for r in rows:
        if r["rule"] == "resolution.list" and r.get("date"):
            continue  # a numbered decision list's row: dated by the session the structure puts above it
        k = bisect_right(starts, st.ctx.view.to_view(r["char_start"])) - 1
        if k < 0:
            continue
        m = found[k]
        date = _iso(m.group("date") or m.group("date2"))
        if r.get("date") is None or (r["date"] != date and not _OWN_SESSION.search(r["quote"])):
            r["date"] = date  # (not a date in the matter decided: "Sonntagsöffnungen am 29.11.2020")
        named = m.group("body") or m.group("body2") or _subject_before(text, m.start())
        if r.get("decided_by") is None and named:
            r["decided_by"] = st.decider(body_name(one_line(named)))
