"""``resolution.assent``: the body agrees to what was just proposed.

Minutes often record a decision as assent to the sentence before it: "Der
Vorsitzende schlägt vor, den Punkt an den Bauausschuss zu verweisen. Der
Gemeinderat ist damit einverstanden.", "… regt an, die Sache zu vertagen.
Die Ratsmitglieder stimmen dem Vorschlag einstimmig zu.", "Die
Ausschussmitglieder erklären sich damit einverstanden, somit gilt der Antrag
als erledigt." What was agreed to is the proposal: its words give the
outcome (a referral, a postponement), the assent adopts it otherwise; "gilt …
als erledigt" settles the matter without adopting anything (``other``).
The row quotes the proposed clause and the assent.
"""

from __future__ import annotations

import re
from typing import Any

from ..common import BODY_NAME, body_name
from ..text import one_line
from ..votes import OTHER_DISPOSITION, outcome_of, parse_votes
from .no_decision import not_a_council_decision
from .state import _State, _row

# The body, or its members, agreeing: "Der Stadtrat ist damit einverstanden",
# "Die Ausschussmitglieder stimmen dem Antrag einstimmig zu".
# ("Alle anwesenden Mitglieder", "Sämtliche Ratsmitglieder": every member)
_WHO = (
    rf"(?:(?:Der|Die|Das)\s+(?P<body>{BODY_NAME})"
    r"|(?:Die|Alle|Sämtliche|Saemtliche)\s+(?:anwesenden\s+|stimmberechtigten\s+)?"
    r"(?:Mitglieder|[A-ZÄÖÜ][a-zäöüß]*mitglieder|Stadtverordneten|Gemeindevertreter(?:innen)?|(?:Stadt|Gemeinde|Kreis|Orts|Markt)?(?:räte|raete))"
    rf"(?:\s+(?:des|der)\s+(?P<mbody>{BODY_NAME}))?)"
)
ASSENT = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)){_WHO}\s+"
    r"(?:(?:ist|sind|war|waren|zeigt\s+sich|zeigen\s+sich|zeigte\s+sich|zeigten\s+sich|erklärt\s+sich|erklären\s+sich"
    r"|erklärte\s+sich|erklärten\s+sich)\s+(?:[\wäöüß]+\s+){0,7}?einverstanden\b"
    r"|(?:stimmt|stimmen|stimmte|stimmten)\s+(?:dem|diesem|der|dieser)\s+(?:Antrag|Vorschlag|Vorgehen|Verfahren|Vertagung"
    r"|Verweisung|Anregung|Empfehlung)\s+(?:[\wäöüß]+\s+){0,2}?zu\b"
    # the members agreeing with no object named: "Alle anwesenden Mitglieder stimmten zu."
    r"|(?:stimmt|stimmen|stimmte|stimmten)\s+(?:(?:einstimmig|geschlossen|ebenfalls|dem|dann|daraufhin)\s+)?zu\b)"
    r"[^.\n]{0,120}\.?"
    # the assent in the passive, its body the session's: "Dem wird mit großer Mehrheit zugestimmt.",
    # "Diesem Antrag wird einstimmig entsprochen."
    r"|(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))(?:Dem|Diesem)(?:\s+(?:Antrag|Vorschlag|Beschlussvorschlag|Vorgehen))?\s+(?:wird|wurde)\s+"
    r"(?:[^.\n]|\n(?![ \t]*\n)){0,80}?\b(?:zugestimmt|entsprochen|gefolgt)\b[^.\n]{0,60}\.?",
    re.MULTILINE,
)
# What was proposed in the sentence before: "schlägt … vor, den Punkt … zu
# verweisen", "regt an, …", "beantragt, …".
# The verb may come before its subject ("erklärt die SPD-Fraktion, den Antrag
# ruhen zu lassen"), and PDF text breaks the clause over lines.
_PROPOSED = re.compile(
    r"\b(?:vor|an|beantragt|beantragte|empfiehlt|empfahl|erklärt|erklärte|erklären|bittet|bat|bitten)"
    r"(?:\s+(?:der|die|das)\s+[^,.;:\n]{2,60}?)?,\s+(?P<what>[^.;]{3,200}?\bzu\s+[a-zäöüß]+)\s*\.\s*$"
)


def assents(st: _State) -> list[dict[str, Any]]:
    """Assent to a proposal, recorded in minutes (not in a councillor's speech)."""
    if not st.minutes or not any(w in st.text for w in ("einverstanden", "stimm", "gefolgt", "entsprochen")):
        return []
    text = st.text
    rows = []
    for m in ASSENT.finditer(text):
        a, b = m.start(), m.end()
        if st.overlaps(a, b) or st.ag.in_speech(a):
            continue
        before = text[max(0, a - 300) : a]
        prop = _PROPOSED.search(before)
        assent = m.group(0)
        if prop:
            a = a - len(before) + prop.start("what")
            outcome = outcome_of(prop.group("what")) or "adopted"
        else:
            outcome = "adopted"
        if OTHER_DISPOSITION.search(assent):
            outcome = "other"
        elif (own := outcome_of(assent)) in ("postponed", "referred", "withdrawn"):
            outcome = own  # "sind mit der Vertagung einverstanden": what was agreed to, named
        if not_a_council_decision(assent):
            continue
        name = m.group("body") or m.group("mbody")
        if not prop and m.group(0).startswith(("Dem ", "Diesem ")):
            continue  # a passive assent is read only with the proposal it agrees to
        st.taken.append((a, b))
        rows.append(_row(
            st, a, b, "resolution.assent", 0.6, outcome=outcome,
            decided_by=st.decider(body_name(one_line(name)) if name else None), date=st.date,
            agenda_item=st.item_number(a), _motion_region=(a, b), **parse_votes(assent, outcome),
        ))
    return rows
