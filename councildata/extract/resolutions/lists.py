"""``resolution.list``: the rows of a numbered decision list ("Beschluss-Nr.:
08/06/16: title / Die Verbandsversammlung beschließt … / Abstimmung: …"),
each one decision dated by the session named above the list (see
``structure.lists``)."""

from __future__ import annotations

import re
from typing import Any

from ..dates import ANY_DATE, date_from_match
from ..text import one_line
from ..votes import counts_outcome, has_vote, outcome_of, parse_votes

from .no_decision import _subject_body
from .state import _State, _row


# The wording decides (a row of a decision list holds a decision even where its
# outcome word is only "beschließt" or "wählt").
_DECIDES = re.compile(
    r"\b(?:beschließt|beschliesst|beschließen|beschliessen|beschlossen|genehmigt|genehmigen|bestätigt|bestätigen"
    r"|wählt|wählen|gewählt|billigt|billigen|ermächtigt|ermächtigen|beauftragt|beauftragen|stimmt|stimmen|erteilt"
    r"|erteilen|stellt|stellen|vergibt|vergeben|bestellt|bestellen|beruft|berufen|setzt|setzen|verabschiedet)\b"
)


def _list_rows(st: _State) -> list[dict[str, Any]]:
    text = st.text
    _sessions, rows = st.ctx.tree.decision_list
    out: list[dict[str, Any]] = []
    for r in rows:
        a, b = r.start, r.end
        if b <= r.head_end or st.overlaps(a, b):
            continue
        own = text[r.head_end:r.wording_end if r.wording_end is not None else b]
        votes = parse_votes(own)
        outcome = outcome_of(own)
        counted = counts_outcome(votes)
        if outcome is None or (outcome == "adopted" and counted == "rejected"):
            outcome = counted or outcome
        if outcome is None and (has_vote(own) or _DECIDES.search(own)):
            outcome = "adopted"  # a row of the list of decisions taken, worded as a decision
        if outcome is None:
            continue
        votes = parse_votes(own, outcome)
        date = r.session.date if r.session is not None and r.session.date else None
        if date is None:
            own_date = ANY_DATE.search(text, r.start, r.head_end)
            # Without a session above the list, the session the document records
            # dates its rows; a page that names none (a list of decisions
            # without its session) leaves them undated, not dated by the page.
            recorded = st.ag.session is not None or st.ctx.tree.session is not None
            date = date_from_match(own_date) if own_date else (st.date if recorded else None)
        body = st.decider(_subject_body(own[:400])) if _subject_body(own[:400]) else (
            (r.session.body if r.session is not None else None) or st.body)
        st.taken.append((a, b))
        out.append(_row(
            st, a, b, "resolution.list", 0.8, outcome=outcome, decided_by=body, date=date,
            subject=r.title or None, text=one_line(own.strip())[:500] or "-", **votes,
        ))
    return out


_NAMED_NUMBER = re.compile(
    r"\b(?:Beschluss(?:[- ]?(?:Nr\.?|Nummer))|Beschl\.[- ]?Nr\.|Beschlussnummer|Beschluß[- ]?Nr\.?)[ \t]*:?[ \t]*"
    r"(?P<num>[A-ZÄÖÜ]{0,5}[ \t]?[/-]?[ \t]?\d{1,4}(?:[ \t]?[/.-][ \t]?[\dA-Za-z]{1,4}){0,3})"
)
# (a sentence's end, not an abbreviation's point: "Nr.: 10/11/18")
_SENTENCE_START = re.compile(r"(?<=[a-zäöüß]{3})[.!?]\s|\n[ \t]*\n")


def _told_again(st: _State, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A decision of the list told again in a later notice of the same
    document, by its number ("Die Verbandsversammlung hat den Jahresabschluss
    mit Beschluss-Nr.: 10/11/18 beschlossen."), is the list's row: one decision."""
    listed = st.ctx.tree.decision_list[1]
    if not listed:
        return rows
    numbers = {" ".join(r.number.split()) for r in listed}
    text, view = st.text, st.ctx.view
    out = []
    for r in rows:
        if r["rule"] != "resolution.list":
            a, b = view.to_view(r["char_start"]), view.to_view(r["char_end"])
            lo = max(0, a - 200)
            starts = [m.end() for m in _SENTENCE_START.finditer(text, lo, a)]
            # (to the end of the sentence: the number may stand after the row's words)
            stop = text.find(".", b, b + 200)
            window_end = b + 200 if stop < 0 else stop
            if any(" ".join(m.group("num").split()) in numbers
                   for m in _NAMED_NUMBER.finditer(text, starts[-1] if starts else lo, window_end)):
                continue
        out.append(r)
    return out
