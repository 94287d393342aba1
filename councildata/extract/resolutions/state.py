"""What the rules of one document share: the passages read, the session, rows."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Any

import re
from collections import Counter

from ..common import BODY_NAME_RE, BODY_SITZUNG, GENERIC_BODIES, body_name
from ..dates import ANY_DATE, DATE_PATTERN, date_from_match
from ..text import one_line, sentences

if TYPE_CHECKING:
    from .. import Context
    from ..agenda import Agenda


_BODY_COMPOUND = re.compile(BODY_SITZUNG)
# Parliaments and governments above the municipality.
# and offices whose names end like a body's ("Landrat", a member called "Kreisrat").
_ABOVE_COUNCIL = re.compile(r"(?:Bundestag|Bundesrat|Landtag|Abgeordnetenhaus|Senat|Landrat|Kreisrat)\b")


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


# The session the minutes record, named in their opening when no head names it.
_TODAYS_SESSION = re.compile(
    rf"\b(?:heutigen|heutige|diesjährigen)\s+(?:[\wäöüß]+\s+)?(?:Sitzung|Ratssitzung|Versammlung)\s+"
    rf"(?:(?:des|der)\s+[\wäöüß-]+\s+)?(?:am|vom)\s+(?:\w+,\s+(?:de[nm]\s+)?)?(?P<date>{DATE_PATTERN})"
)


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
        tree_session = ctx.tree.session
        if self.date is None and self.minutes and tree_session is not None and tree_session.date and (
            self.body is None or tree_session.body == self.body
        ):
            # A session header only the document model reads ("Aus der
            # Gemeinderatssitzung vom …") dates the decisions, not the page's own date.
            self.date = tree_session.date
        if self.date is None and self.minutes and (today := _TODAYS_SESSION.search(self.text, 0, 4000)):
            # The opening's "… die Ladung zur heutigen Sitzung am 3. Mai 2021 ist frist- und formgerecht
            # erfolgt" (before the page's date, which may be any date the text gives)
            self.date = _iso(today.group("date"))
        if self.date is None and self.minutes and ctx.meta.get("type") == "minutes":
            self.date = ctx.date
        if self.body is None and tree_session is not None:
            # A header shape only the document model reads ("Bauausschuss, Sitzung vom …").
            self.body = tree_session.body
            if self.date is None and self.minutes:
                self.date = tree_session.date
        self.taken = _Spans()
        self.block_items: set[int] = set()
        self.has_blocks = False
        self._named_body: str | None | bool = False

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
            while start > 0 and _goes_on(text, start):
                start = text.rfind("\n\n", max(0, pos - 1500), start)
            if start >= 0:
                start += 2
            elif out and out[-1] and end > pos - 1500:
                # Go on from the window before, two sentences back for context.
                start = out[-1][max(0, len(out[-1]) - 3)][0]
            else:
                start = max(0, pos - 1500)
            end = text.find("\n\n", pos, pos + 1500)
            while end >= 0 and _goes_on(text, end):
                end = text.find("\n\n", end + 2, pos + 1500)
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

    @property
    def reports(self) -> bool:
        """Whether the document tells of decisions rather than proposing
        them: not a Vorlage, motion, inquiry or answer."""
        return self.ctx.meta.get("type") not in ("proposal", "motion", "inquiry", "answer")

    def named_body(self) -> str | None:
        """The body a report speaks of: the one it names most often, by name
        or in a compound ("Kreistagssitzung"); None where it names none, or
        two equally often."""
        if self._named_body is not False:
            return self._named_body
        counts: Counter[str] = Counter()
        for m in BODY_NAME_RE.finditer(self.text):
            counts[body_name(one_line(m.group()))] += 1
        for m in _BODY_COMPOUND.finditer(self.text):
            counts[body_name(one_line(m.group("compound")))] += 1
        ranked = [(n, c) for n, c in counts.most_common(3)
                  if n.casefold() not in GENERIC_BODIES and not _ABOVE_COUNCIL.match(n)]
        best = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
        self._named_body = best
        return best

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


def _goes_on(text: str, brk: int) -> bool:
    """Whether the sentence goes on over the blank line at ``brk`` (a page
    break in its middle): a word or comma before it, a word in lower case after."""
    before = text[brk - 1:brk]
    after = text[brk + 2:brk + 4]
    return (before.isalnum() or before == ",") and len(after) == 2 and after.isalpha() and after.islower()
