"""``resolution.passage``: decision passages of minutes no other rule has read."""

from __future__ import annotations

import re
from typing import Any

from ..text import one_line
from ..votes import (
    counts_outcome,
    has_vote,
    outcome_of,
    parse_votes,
)

from .blocks import _carried, _recommended
from .patterns import NONE_DECIDED, not_taken, RECOMMEND, VOTE_LABEL, _DECIDING_WORD, _REPORTED, _SUBORDINATE, _WE
from .no_decision import _not_a_decision, _subject_body, tells_no_council_decision
from .state import _State, _row


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
        content = block.children[0] if block.children else None
        if (content is not None and st.overlaps(content.end, b) and not st.overlaps(a, content.end)
                and VOTE_LABEL.match(text[content.end : b].lstrip())):
            b = content.end  # the count line after the text is read as a vote of its own
        if st.overlaps(a, b) or st.ag.in_speech(a) or block.label.casefold() == "beschlussart":
            continue
        ag_item = st.ag.item_at(a)
        own = text[a : content.start] + text[content.end : b] if content else text[a:b]
        if ag_item is not None and ag_item.start in st.block_items and parse_votes(own)["votes_yes"] is None:
            # The item's Beschluss block records its decision; a passage that
            # counts a vote of its own is another decision (the same told
            # twice is one, see ``_one_per_telling``).
            continue
        if block.label:
            own = own[len(own) - len(own.lstrip()) :]
            own = own.split(":", 1)[1] if ":" in own.split("\n", 1)[0] else own.split("\n", 1)[-1]
        if not own.strip() and content is None:
            continue
        if (_WE.search(own) or not_taken(own) or _STILL_TO_DO.search(own) or _REPORTED.search(own)
                or NONE_DECIDED.search(own)):
            continue
        if not block.label and _SUBORDINATE.search(own) and not has_vote(own):
            continue  # "berichtet, dass der Antrag … abgelehnt wurde": reported
        if not block.label and not has_vote(own) and _not_a_decision(own):
            continue  # background: an earlier decision recounted, a firm commissioned, …
        if not block.label and tells_no_council_decision(own):
            continue  # a group's, a club's, a court's decision, even with its vote
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
