"""``resolution.block`` and ``resolution.vote_line``: Beschluss / Abstimmungsergebnis blocks."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from .. import agenda as agenda_mod
from ..common import BODY_NAME, body_name
from ..structure import page_break_end
from ..text import one_line
from ..votes import (
    NO_VOTE,
    VOTE_TABLE,
    OTHER_DISPOSITION,
    decision_outcome,
    blank_form,
    group_rows_table,
    has_vote,
    line_cells_table,
    parse_votes,
    sum_column_table,
    vote_outcome,
)

from .patterns import NAMED_VOTERS, SIDE_MOTION, DECISION_LABEL, PASSIVE, RECOMMEND, SUBJECT, VOTE_LABEL, _DECISION_PREFIXES, _FINAL_LABELS, _LINE_LABEL, _MAIN_LABEL, _MOTION_LABEL, _NOT_TAKEN, _NO_VOTES, _PAST, _PERFECT, _PRESENT, _SUBITEMS, _SUBITEM_LABEL, _SUBORDINATE, _VOTE_PREFIXES, _agrees
from .state import _State, _iso, _row


# A label line and nothing else ("Sachverhalt:", "Sach- und Rechtslage:").
_ONLY_LABEL = re.compile(r"[A-ZÄÖÜ][^\n:.]{1,40}:")
_NO_RESULT = re.compile(r"(?:noch\s+)?(?:nicht\s+festgelegt|offen|kein\s+Ergebnis|ohne\s+Ergebnis|nicht\s+erfasst)\.?", re.IGNORECASE)


# A sentence broken over lines into the label's word: "Der Stadtrat fasst folgenden / Beschluss:" —
# the word is the sentence's object, no label of a block of its own (the wording under it is
# the content of the decision the result field above records).
_RUNS_INTO_LABEL = re.compile(
    r"\b(?:folgenden|nachstehenden|nachfolgenden|diesen|fasst|fasste|fassen|fassten)[ \t]*(?:\n[ \t\xa0]*)+\Z"
)


def _blocks(st: _State) -> list[dict[str, Any]]:
    text, ag = st.text, st.ag
    labels = sorted(
        [(m.start(), "d", m) for m in agenda_mod.line_matches(DECISION_LABEL, text, _DECISION_PREFIXES)
         if not _RUNS_INTO_LABEL.search(text, max(0, m.start() - 80), m.start())]
        + [(m.start(), "v", m) for m in agenda_mod.line_matches(VOTE_LABEL, text, _VOTE_PREFIXES)],
        key=lambda x: x[0],
    )
    item_starts = [it.start for it in ag.items]
    rows: list[dict[str, Any]] = []
    header: dict[str, Any] | None = None
    prev_end = 0
    i = 0
    while i < len(labels):
        pos, kind, m = labels[i]
        # Where this block ends at the latest: the next decision label or item.
        limit = next((p2 for p2, k2, _ in labels[i + 1 :] if k2 == "d"), len(text))
        k = bisect_left(item_starts, pos + 1)
        if k < len(item_starts):
            limit = min(limit, item_starts[k])
        limit = min(limit, pos + 4000)
        vote = None
        parts: list[tuple[re.Match, int, int]] = []
        if kind == "d":
            j = next((j for j in range(i + 1, len(labels)) if labels[j][1] == "v" and labels[j][0] < limit), None)
            vote = labels[j][2] if j is not None else None
            d_start = m.end()
            if m.group("bullet"):
                # A list of fields ("- Beschluss:\n- zur Kenntnis genommen"): the value is one line.
                d_end = _line_after(text, d_start, limit)
                v_start = v_end = d_end
                i += 1
            elif vote is not None:
                d_end = vote.start()
                v_start, v_end = vote.end(), _vote_end(text, vote.end(), limit)
                i = j + 1
                parts = _lettered_parts(text, labels, j, d_start, d_end, limit)
                if parts:
                    i = j + len(parts)
                    v_end = max(v_end, _line_after(text, parts[-1][0].end(), limit))
            else:
                d_end = _paragraph_end(text, d_start, limit, over_pages=True)
                v_start = v_end = d_end
                i += 1
            vote_text = text[v_start:v_end]
            if _empty_form(vote_text):
                vote_text = ""  # the form's blank vote lines ("…… JA-Stimmen …… NEIN-Stimmen"): no vote
            decided = text[d_start:d_end].strip()
            if _ONLY_LABEL.fullmatch(decided):
                decided = ""  # "Beschluss:" then "Sach- und Rechtslage:": a form's empty field
            if _NO_RESULT.fullmatch(decided):
                # "Beschluss: noch nicht festgelegt" over the form's zeros: no result entered yet
                prev_end = max(prev_end, v_end)
                continue
            if not decided and not vote_text.strip():
                continue
            # A proposal is a resolution only when a vote on it is recorded.
            voted = bool(vote_text.strip()) and bool(
                has_vote(vote_text) or vote_outcome(vote_text) or NO_VOTE.search(vote_text)
            )
            final = one_line(m.group("label")).casefold() in _FINAL_LABELS
            if not voted and not (final and st.minutes and decided):
                prev_end = max(prev_end, d_end)
                continue
        else:  # an Abstimmungsergebnis without a Beschluss label before it
            i += 1
            vote = m
            d_start = d_end = pos
            v_start, v_end = m.end(), _vote_end(text, m.end(), limit)
            vote_text = text[v_start:v_end]
            decided = ""
            if not (has_vote(vote_text) or vote_outcome(vote_text)) or blank_form(vote_text):
                continue  # (a form printed to be filled in by hand is no vote)
            if not st.minutes and not _iso(m.group("paren")):
                continue
            # "Die … Haushaltsüberschreitungen wurden genehmigt. / Abstimmung: 5
            # dafür 0 dagegen 0 Enthaltungen": the statement before the vote says
            # what was decided.
            passage = _passage_of_vote(st, pos, prev_end, vote_text) or _part_before(st, pos, prev_end)
            stated = passage or _statement_before(st, pos, prev_end)
            if stated:
                d_start, decided = stated[0], text[stated[0]:stated[1]].strip()
                pos = d_start
        end = max(v_end, d_end)
        if st.overlaps(pos, end):
            continue
        st.taken.append((pos, end))
        st.has_blocks = True
        item = ag.item_at(pos)
        # (a vote on an amendment or a procedural motion is no Beschluss of the
        # item: the item's own decision may still be a sentence)
        label_end = text.find("\n", pos, end)
        if item is not None and not SIDE_MOTION.search(text, pos, end if label_end < 0 else label_end):
            st.block_items.add(item.start)
        if ag.items:
            region_start = max(prev_end, ag.group_start(pos))
        else:
            region_start = max(prev_end, pos - 3000)
        papers = agenda_mod.papers(text, region_start, pos)
        paren = vote.group("paren") if vote is not None and vote.re is VOTE_LABEL else None
        date = _iso(paren) or st.date
        subject = SUBJECT.match(decided) or SUBJECT.search(decided[:200])
        base = {
            "decided_by": st.decider(subject.group("body") if subject else None),
            "date": date,
            "agenda_item": ag.group_number(pos),
            "paper_reference": "; ".join(papers) or None,
        }
        if parts:
            block = _part_rows(st, parts, limit, base)
        else:
            block = _block_rows(st, pos, d_end, v_start, v_end, decided, base, papers, region_start)
        if kind == "d" and len(block) == 1 and _HEADER_RESULT.fullmatch(decided.split("\n", 1)[0].strip(" -•\t")):
            # A result field ("Beschluss: einstimmig abgelehnt / Abstimmung: …")
            # heads the wording of the decision that follows it, up to the
            # next label or item: that wording names the body and the body
            # it recommends to, and is no decision of its own.
            next_label = _next_decision(labels, i, end, len(text))
            k = bisect_left(item_starts, end)
            stop = min(next_label, item_starts[k] if k < len(item_starts) else len(text), end + 3000)
            _header_wording(st, block[0], end, stop)
            end = max(end, stop)
            if not rows:
                header = block[0]
        rows += block
        prev_end = end
    if header is not None:
        rows = _counts_for_header(rows, header)
    return rows


# Dot leaders of a blank form: "Davon anwesend ……", "Abstimmung ……… JA- Stimmen"
_DOT_LEADERS = re.compile(r"…|\.{4,}")


def _empty_form(vote_text: str) -> bool:
    """Whether a vote block is a form left blank: dot leaders where the
    counts go and no figure at all (its labels' words, "des beschließenden
    Gremiums", are no result)."""
    return bool(_DOT_LEADERS.search(vote_text)) and not any(c.isdigit() for c in vote_text) and not re.search(
        r"\b(?:einstimmig|mehrheitlich|angenommen|abgelehnt|beschlossen|zugestimmt)\b", vote_text, re.IGNORECASE)


def _vote_part(quote: str) -> str:
    """What follows the vote label of a block's quote ("" without one)."""
    ends = [m.end() for m in VOTE_LABEL.finditer(quote)]
    return quote[ends[-1]:] if ends else ""


def _counts_for_header(rows: list[dict[str, Any]], header: dict[str, Any]) -> list[dict[str, Any]]:
    """An ALLRIS item page heads its result ("Beschluss: abgelehnt"), then
    prints the wording voted on ("Beschluss: Die Bürgerschaft beschließt: …")
    with its count table and no result of its own: one decision, the
    header's, with those counts."""
    if header["votes_yes"] is not None or header["votes_no"] is not None:
        return rows
    counted = [r for r in rows if r is not header and r["rule"] == "resolution.block"
               and r["votes_yes"] is not None and r["votes_no"] is not None
               and r["outcome"] in ("adopted", "other", header["outcome"]) and not vote_outcome(_vote_part(r["quote"]))]
    if len(counted) != 1 or header["outcome"] not in ("rejected", "adopted", "adopted_amended"):
        return rows
    wording = counted[0]
    for key in ("votes_yes", "votes_no", "votes_abstain"):
        header[key] = wording[key]
    if header["unanimous"] is None:
        header["unanimous"] = parse_votes(wording["quote"], header["outcome"])["unanimous"]
    return [r for r in rows if r is not wording]


def _lettered_parts(text: str, labels: list, j: int, d_start: int, d_end: int, limit: int) -> list[tuple[re.Match, int, int]]:
    """A decision in lettered or numbered parts, each voted on by a label of
    its own ("A. Die Haushaltssatzung … wird beschlossen. / B. Das … /
    Abstimmungsergebnis zu A: … / Abstimmungsergebnis zu B: …"): (vote label,
    start, end of the part's wording) per part, or [] when the parts and the
    votes do not pair up."""
    votes = []
    for pos, kind, m in labels[j:]:
        if kind != "v" or pos >= limit or m.re is not VOTE_LABEL or not m.group("part"):
            break
        votes.append(m)
    if len(votes) < 2:
        return []
    out = []
    for v in votes:
        part = re.escape(v.group("part"))
        pm = re.compile(rf"^[ \t]*{part}[.)][ \t]+\S[^\n]*", re.MULTILINE).search(text, d_start, d_end)
        if pm is None:
            return []
        start = pm.start() + len(pm.group()) - len(pm.group().lstrip())
        out.append((v, start, pm.end()))
    return out


def _part_rows(st: _State, parts: list[tuple[re.Match, int, int]], limit: int, base: dict[str, Any]) -> list[dict[str, Any]]:
    text = st.text
    rows = []
    for v, a, b in parts:
        wording = text[a:b]
        vote_text = text[v.end():_line_after(text, v.end(), limit)]
        outcome = decision_outcome(wording, vote_text)
        rows.append(_row(st, a, b, "resolution.block", 0.9, outcome=outcome, text=one_line(wording),
                         **parse_votes(vote_text, outcome), **base))
    return rows


# A result field's value: "einstimmig beschlossen", "mehrheitlich abgelehnt",
# "ungeändert beschlossen", "zur Kenntnis genommen".
_HEADER_RESULT = re.compile(
    # "Mit Debatte - einstimmig -", "Ohne Aussprache – mehrheitlich": how it was
    # dealt with, then the vote alone
    r"(?:(?:mit|ohne)\s+(?:Debatte|Aussprache|Beratung)\s*[-–,]\s*)?"
    r"(?:(?:einstimmig|mehrheitlich)\Z|"
    r"(?:(?:einstimmig|mehrheitlich|ungeändert|geändert|einvernehmlich)\s+)?"
    r"(?:beschlossen|abgelehnt|zugestimmt|angenommen|empfohlen|vertagt|zurückgestellt|zurückgezogen|verwiesen"
    r"|zur\s+Kenntnis\s+genommen|Kenntnis\s+genommen|erledigt"
    # "zurück an die Fraktionen, ohne dass der Fachausschuss erneut berät"
    r"|zurück\s+(?:in|an)\s+(?:den|die|das)\b[^\n]{0,80}))",
    re.IGNORECASE,
)
# The wording under "Beschluss: einstimmig angenommen" may send the matter on:
# "Die Anregung wird an den zuständigen Ausschuss … verwiesen". What was
# carried is a referral.
_WORDING_REFERS = re.compile(
    r"^[ \t]*(?:Der|Die|Das)\s+[^.\n]{0,80}?\b(?:wird|werden)\s+(?:[^.\n]{0,200}?\s)?"
    r"(?:an|in)\s+(?:den|die|das)\s+[^.\n]{0,200}?\b(?:verwiesen|überwiesen|zurückverwiesen)\b",
    re.MULTILINE,
)
# "Ohne Aussprache fasst der Rat folgenden Beschluss:": the body before its wording.
_BODY_RESOLVES = re.compile(
    rf"\b(?:fasst|fasste|trifft|traf)\s+(?:der|die|das)\s+(?P<body>{BODY_NAME})\s+"
    r"(?:(?:folgenden|nachstehenden|einstimmig|mehrheitlich|den)\s+)*(?:Beschluss|Entscheidung)\b"
)
# "Es wird dem Kreisausschuss überlassen, eine Beschlussempfehlung an den
# Kreistag abzugeben": a recommendation still to be made, by another body.
_TO_BE_MADE = re.compile(r"[^.\n]{0,40}?\b(?:abzugeben|zu\s+geben|zu\s+erarbeiten|zu\s+formulieren)\b")
_DECIDING_VERB = re.compile(
    r"\s+(?:[\w-]+\s+){0,5}?(?:beschließt|beschliesst|beschloss|empfiehlt|empfahl|stimmt|stimmte|lehnt|lehnte"
    r"|nimmt|nahm|vertagt|vertagte|verweist|verwies|beauftragt|beauftragte|fasst|fasste)\b"
)
# The wording under "Beschluss: mehrheitlich beschlossen" may itself turn a
# motion down: "Der Antrag der AfD-Fraktion wird abgelehnt." The field says
# that the resolution was carried; what it does is reject the motion.
# Council language for turning a motion down besides "abgelehnt": "Der
# Bürgerantrag wird nicht weiter verfolgt", "Dem Antrag wird nicht
# entsprochen"; or the requested thing does not happen: "Eine Befragung im
# beantragten Umfang findet nicht statt".
_WORDING_REJECTS = re.compile(
    r"^[ \t]*(?:Der|Die|Dem|Den)\s+(?:[\w„“\"-]+\s+){0,6}?(?:[A-ZÄÖÜ][a-zäöüß]+-?)?"
    r"(?:Antrag|Anträge|Anträgen|antrag|anträge|anträgen|Änderungsantrag|Ergänzungsantrag)\b"
    r"(?:[^\n.]|\.(?=\d)){0,200}?\b(?:wird|werden)\s+(?:\w+\s+){0,2}?"
    r"(?:abgelehnt|nicht\s+(?:weiter\s+)?(?:verfolgt|entsprochen|stattgegeben|gefolgt|umgesetzt))\b"
    r"|^[ \t]*[A-ZÄÖÜ](?:[^\n.]|\.(?=\d)){0,120}?\b(?:beantragte[nrs]?|wie\s+beantragt)\b(?:[^\n.]|\.(?=\d)){0,80}?"
    r"\b(?:findet|finden|wird|werden)\s+nicht\s+(?:statt|durchgeführt|umgesetzt|eingerichtet)\b",
    re.MULTILINE,
)


def _next_decision(labels: list, i: int, end: int, default: int) -> int:
    """Where the next decision starts after a result field: a vote label, or a
    decision label followed by a vote label of its own. A bare "Beschluss:"
    label after the field ("Beschluss: / Wie Antrag") is its wording."""
    rest = [(p, k) for p, k, _ in labels[i:] if p >= end]
    for n, (p, k) in enumerate(rest):
        if k == "v":
            return p
        if n + 1 < len(rest) and rest[n + 1][1] == "v":
            return p
    return default


# Count lines in the wording after a result field: "dafür: 4 (BÜRGERLISTE)",
# "dagegen: 37 (OB, 15 CDU, …)", "Enth.: 1".
_COUNT_LINE = re.compile(
    r"^[ \t]*(?:dafür|dagegen|Ja-?Stimmen|Nein-?Stimmen|Ja|Nein|Enth\.|Enthaltung(?:en)?|Stimmenthaltung(?:en)?)"
    r"[ \t]*:[ \t]*\d{1,3}\b[^\n]*",
    re.MULTILINE | re.IGNORECASE,
)


def _header_wording(st: _State, row: dict[str, Any], start: int, stop: int) -> None:
    """Body, addressee and counts of a result field's decision from the
    wording after it."""
    text = st.text
    st.taken.append((start, stop))
    if row.get("votes_yes") is None and row.get("votes_no") is None:
        counts = "\n".join(m.group() for m in _COUNT_LINE.finditer(text, start, stop))
        if counts:
            votes = parse_votes(counts, row["outcome"])
            for k in ("votes_yes", "votes_no", "votes_abstain"):
                row[k] = votes[k]
            if row.get("unanimous") is None:
                row["unanimous"] = votes["unanimous"]
    if not row.get("recommended_to"):
        rec = RECOMMEND.search(text, start, stop)
        if rec and _TO_BE_MADE.match(text, rec.end()):
            rec = None
        if rec:
            row["recommended_to"] = _recommended(rec)
    if row.get("outcome") == "adopted" and row.get("rule") == "resolution.block":
        first = _WORDING_REJECTS.search(text, start, min(stop, start + 600))
        if first:
            row["outcome"] = "rejected"
        elif _WORDING_REFERS.search(text, start, min(stop, start + 600)):
            row["outcome"] = "referred"
    if re.search(r"\bempfohlen\b", row.get("text") or "") and not row.get("recommended_to"):
        # "Beschluss: einstimmig empfohlen" over "Der Stadtrat … beschließt …":
        # the wording is what the body recommended to is to decide.
        for m in SUBJECT.finditer(text, start, min(stop, start + 400)):
            if _agrees(m) and _DECIDING_VERB.match(text, m.end()):
                row["recommended_to"] = st.decider(m.group("body"))
                return
    if not row.get("decided_by") and (bm := _BODY_RESOLVES.search(text, start, stop)):
        row["decided_by"] = st.decider(bm.group("body"))
    if not row.get("decided_by") or row["decided_by"] == st.body:
        for m in SUBJECT.finditer(text, start, stop):
            if _agrees(m) and _DECIDING_VERB.match(text, m.end()):
                row["decided_by"] = st.decider(m.group("body"))
                break


def _line_after(text: str, start: int, limit: int) -> int:
    """End of the first non-empty line at or after ``start``."""
    p = start
    while p < limit and text[p] in " \t\n":
        p += 1
    end = text.find("\n", p, limit)
    return limit if end < 0 else end


def _statement_before(st: _State, pos: int, prev_end: int) -> tuple[int, int] | None:
    """The paragraph right before a vote label when it states a decision in
    the passive ("Die … Überschreitungen wurden genehmigt.") or with the
    body as its subject ("Der Gemeinderat erteilt das Einvernehmen.")."""
    text = st.text
    stop = len(text[:pos].rstrip())
    start = text.rfind("\n\n", 0, stop)
    start = 0 if start < 0 else start + 2
    item = st.ag.item_at(pos)
    if start < prev_end or (item is not None and start < item.head_end):
        return None
    para = text[start:stop]
    if len(para) > 400 or not para.endswith((".", "“", "\"", "«")):  # a sentence, or the Beschlusstext it quotes
        return None
    m = PASSIVE.search(para)
    if m is None and (subj := SUBJECT.search(para)) is not None:
        m = next((v for v in (rx.search(para, subj.end()) for rx in (_PRESENT, _PAST, _PERFECT)) if v), None)
    if not m or _NOT_TAKEN.search(para) or _SUBORDINATE.search(para, 0, m.start()):
        return None
    return start, stop


def _passage_of_vote(st: _State, pos: int, prev_end: int, vote_text: str) -> tuple[int, int] | None:
    """The decision passage a count line closes, as the document model reads
    it: a sentence that decides, the text it adopts, then the count line
    ("Sodann beschließt der Rat bei 20 Ja-Stimmen und 2 Enthaltungen folgende
    Satzung: … Beratungsergebnis: 20 Ja-Stimmen und 2 Enthaltungen"). One
    decision, told once — unless the sentence states other counts."""
    block = st.ctx.tree.block_at(pos)
    if block is None or block.kind != "decision" or block.label or not (prev_end <= block.start < pos):
        return None
    content = block.children[0] if block.children else None
    own = st.text[block.start : content.start if content is not None else pos]
    said = parse_votes(own)
    counted = parse_votes(vote_text)
    if any(said[k] is not None and said[k] != counted[k] for k in ("votes_yes", "votes_no", "votes_abstain")):
        return None
    return block.start, pos


# The next part of a decision in parts, each with its vote: "b) Der Rat
# beschließt …", "2. Die Verwaltung wird beauftragt …", "II. …".
_NEXT_PART = re.compile(r"[ \t]*(?:[b-h]\)|[2-9][.)]|(?:II|III|IV|V|VI)\.)[ \t]+\S")


def _part_before(st: _State, pos: int, prev_end: int) -> tuple[int, int] | None:
    """The wording of a decision's next part between the vote before and
    this one ("Beschluss: a) … Abstimmungsergebnis: … b) … Abstimmungsergebnis:
    …"): a decision of its own, in the same item."""
    text = st.text
    if prev_end <= 0 or pos - prev_end > 1500:
        return None
    start = prev_end
    while start < pos and text[start] in " \t\n":
        start += 1
    if not _NEXT_PART.match(text, start) or st.ag.item_at(start) is not st.ag.item_at(pos):
        return None
    stop = len(text[:pos].rstrip())
    return (start, stop) if stop > start and _DECIDING_VERB_ANY.search(text, start, stop) else None


_DECIDING_VERB_ANY = re.compile(
    r"\b(?:beschließt|beschliesst|beschlossen|stimmt|genehmigt|beauftragt|lehnt|nimmt|billigt|empfiehlt|wird|werden)\b"
)


def _paragraph_end(text: str, start: int, limit: int, over_pages: bool = False) -> int:
    """End of the paragraph starting at ``start`` (leading blank lines
    skipped); ``over_pages``: a page break in its middle (a blank line and the
    running header "… Seite 6") does not end it."""
    p = start
    while p < limit and text[p] in " \t\n":
        p += 1
    while True:
        end = text.find("\n\n", p, limit)
        if end < 0:
            return limit
        if not over_pages:
            return end
        brk = page_break_end(text, end)
        if brk is None or brk >= limit:
            return end
        p = brk


# Lines of a vote block that state no vote: "Anwesend 15", "Befangen: 1".
_VOTE_AUX = re.compile(
    r"(?:Anwesend|Anwesende|Stimmberechtigt|Befangen|Befangenheit|Nicht\s+anwesend|davon\s+anwesend"
    # "gesetzliche Anzahl der Mitglieder: 17", "Zahl der stimmberechtigten Mitglieder: 15"
    r"|(?:gesetzliche[ \t]+)?(?:An)?[Zz]ahl[ \t]+der[ \t]+(?:\w+[ \t]+)?(?:Mitglieder|Gemeindevertreter\w*|Stadtverordneten"
    r"|Ratsmitglieder|Sitze)|Mitwirkungsverbot|Ausschluss\s+wegen\s+Befangenheit)\b[^\n]{0,60}$",
    re.IGNORECASE,
)


def _vote_line(line: str) -> bool:
    """A short line that states only a vote: "Mehrheitlich abgelehnt", "Ja 1
    Nein 7 Enthaltung 1", "JA-Stimmen 9", "Anwesend 15"."""
    s = line.strip()
    short = len(s.split()) <= 4 or not s.endswith(".")  # a result, not a sentence
    return len(s) < 100 and short and bool(_VOTE_AUX.match(s) or _states_vote(s))


# A vote form of one cell per line, each count over its word: "6 / für / 18 / gegen den
# Beschluss", "12 / Ja / 3 / Nein / 1 / Enthaltung" (blank lines between the cells).
_CELL_WORD = (
    r"(?:für|dafür|gegen|dagegen|Ja|Nein|Ja-Stimmen|Nein-Stimmen|Gegenstimmen?|Enthaltung(?:en)?|Stimmenthaltung(?:en)?)"
)
# ... or each word over its count: "Ja: / 38 / Nein: / 0 / Enthaltung: / 1".
_COUNT_CELLS = re.compile(
    rf"(?:\s*\d{{1,3}}[ \t]*\n\s*{_CELL_WORD}(?:[ \t]+(?:den|die|das)[ \t]+[A-ZÄÖÜ]\w*)?[ \t]*(?=\n|\Z)){{2,}}"
    rf"|(?:\s*{_CELL_WORD}[ \t]*:?[ \t]*\n\s*\d{{1,3}}[ \t]*(?=\n|\Z)){{2,}}",
    re.IGNORECASE,
)


def _next_text_line(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The next non-empty line after ``pos`` before ``limit``."""
    while pos < limit and text[pos] in " \t\n\xa0":
        pos += 1
    if pos >= limit:
        return None
    nl = text.find("\n", pos, limit)
    return pos, limit if nl < 0 else nl


def _vote_end(text: str, start: int, limit: int) -> int:
    """End of a vote block: its first lines that state a vote or a result
    (read line by line; a line that goes on in lower case, or after an open
    bracket, belongs to the one before). Where each line of the block
    stands in a paragraph of its own (pages converted from HTML), the
    block goes on over blank lines while the lines state only votes."""
    summed = sum_column_table(text[start:min(limit, start + 3000)])
    if summed is not None:
        return start + summed[1]  # a table by group with its sum column
    grouped = group_rows_table(text[start:min(limit, start + 3000)])
    if grouped is not None:
        return start + grouped[1]  # a table with a row per group
    cells = line_cells_table(text[start:min(limit, start + 400)])
    if cells is not None:
        return start + cells[1]  # a table of one cell per line
    pairs = _COUNT_CELLS.match(text, start, limit)
    if pairs is not None:
        # each count over its word, one cell per line, then maybe the result ("Der Beschluss ist abgelehnt.")
        stop = pairs.end()
        nxt = _next_text_line(text, stop, limit)
        if nxt is not None and _vote_line(text[nxt[0]:nxt[1]]):
            stop = nxt[1]
        return stop
    stop = _paragraph_end(text, start, min(limit, start + 1500))
    while True:
        nxt = stop
        while nxt < limit and text[nxt] in " \t\n":
            nxt += 1
        line_end = text.find("\n", nxt, limit)
        line_end = limit if line_end < 0 else line_end
        if nxt >= limit or not _vote_line(text[nxt:line_end]):
            break
        if not all(_vote_line(ln) for ln in text[start:stop].split("\n") if ln.strip()):
            break
        stop = line_end
    end = start
    cur: list[int] | None = None
    pos = start
    # A table of counts (a line of heads over a line of numbers) is one line of the block.
    tables = {m.start(): m.end() for m in VOTE_TABLE.finditer(text, start, stop)} if "\n" in text[start:stop] else {}
    while pos < stop:
        nl = text.find("\n", pos, stop)
        b = stop if nl < 0 else nl
        b = max(b, tables.get(pos, b))
        raw = text[pos:b]
        if cur is not None and _NEXT_PART.match(raw):
            break  # "b) Der Rat beschließt …": the next part of the decision, with a vote of its own
        if raw.strip():
            prev = text[cur[0] : cur[1]] if cur else ""
            if cur is not None and (raw.lstrip()[:1].islower() or prev.count("(") > prev.count(")")):
                cur[1] = b
            else:
                if cur is not None:
                    if not _states_vote(prev):
                        return end
                    end = cur[1]
                cur = [pos, b]
        pos = b + 1
    if cur is not None and _states_vote(text[cur[0] : cur[1]]):
        end = cur[1]
    return end


def _states_vote(line: str) -> bool:
    return bool(has_vote(line) or vote_outcome(line) or NO_VOTE.search(line)
                or all(_VOTE_AUX.match(part.strip()) for part in line.split("\n") if part.strip()))


def _vote_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Lines of a vote block; a line that goes on in lower case, or after an
    open bracket, joins the one before."""
    lines: list[list[int]] = []
    pos = start
    tables = [(m.start(), m.end()) for m in VOTE_TABLE.finditer(text, start, end)] if "\n" in text[start:end] else []
    for raw in text[start:end].split("\n"):
        a, b = pos, pos + len(raw)
        pos = b + 1
        if not raw.strip():
            continue
        if lines and any(ta < a <= tb for ta, tb in tables):
            lines[-1][1] = b  # the numbers under their heads
            continue
        if lines:
            prev = text[lines[-1][0] : lines[-1][1]]
            if raw.lstrip()[:1].islower() or prev.count("(") > prev.count(")"):
                lines[-1][1] = b
                continue
        lines.append([a, b])
    return [(a, b) for a, b in lines]


# A line of nothing but counts: "Ja 1 Nein 7 Enthaltung 1", "4 Ja / 14 Nein /
# 0 Enthaltungen", "JA-Stimmen 9", "Anwesend 15".
_COUNT_WORD = (
    r"(?:Ja-?Stimmen?|Nein-?Stimmen?|Gegenstimmen?|Stimmenthaltung(?:en)?|Enthaltung(?:en)?|Enth\.|Ja|Nein|dafür"
    r"|dagegen|Befangen|Anwesend|Anwesende|Zustimmung(?:en)?|Ablehnung(?:en)?|Für-?Stimmen|Stimmen\s+dafür"
    r"|Stimmen\s+dagegen)"
)
_COUNT_ONLY = re.compile(
    rf"(?:[ \t,;/]*(?:{_COUNT_WORD}[ \t]*[:=]?[ \t]*\d{{1,3}}|\d{{1,3}}[ \t]*{_COUNT_WORD}))+[ \t,;/.]*",
    re.IGNORECASE,
)


def _with_counts(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Vote lines with a line of counts joined to the result line before it
    ("Mehrheitlich abgelehnt" / "Ja 1 Nein 7 Enthaltung 1")."""
    out: list[tuple[int, int]] = []
    for a, b in lines:
        if out and _COUNT_ONLY.fullmatch(text[a:b]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _block_rows(st, pos, d_end, v_start, v_end, decided, base, papers, region_start):
    text = st.text
    # One resolution per line only when each line states its own result
    # ("Ziffer 1: … abgelehnt"); "Ja-Stimmen: 20 / Nein-Stimmen: 5" is one vote.
    lines = [(a, b) for a, b in _with_counts(text, _vote_lines(text, v_start, v_end))
             if vote_outcome(text[a:b]) and not NAMED_VOTERS.match(text, a)]
    region = (region_start, d_end)
    if len(lines) < 2:
        vote_text = text[v_start:v_end]
        outcome = decision_outcome(decided, vote_text)
        # "Beschluss: einstimmig beschlossen" states its vote in the decision;
        # "Beschluss: mehrheitlich beschlossen / Abstimmung: dafür: 10" splits
        # the result's words and its counts.
        if not vote_text.strip():
            counted = decided  # the result line under the wording, no label of its own
        elif len(decided) < 60:
            counted = f"{vote_text}\n{decided}"
        elif _HEADER_RESULT.fullmatch(head := decided.split("\n", 1)[0].strip(" -•\t")):
            counted = f"{vote_text}\n{head}"  # "Beschluss: mehrheitlich beschlossen" over the wording, counts below
        else:
            counted = vote_text
        votes = parse_votes(counted, outcome)
        if outcome == "other" and votes["votes_yes"] is not None and votes["votes_no"] is not None:
            # Counts alone: more Ja than Nein carries it; a tie fails.
            outcome = "adopted" if votes["votes_yes"] > votes["votes_no"] else "rejected"
            votes = parse_votes(counted, outcome)
        elif outcome == "other" and _carried(votes, f"{decided}\n{vote_text}") or outcome == "other" and _carried_without_nein(votes, vote_text):
            outcome = "adopted"
        if NO_VOTE.search(vote_text):
            votes = dict(_NO_VOTES)
        elif (
            outcome in ("adopted", "adopted_amended") and not vote_outcome(vote_text)
            and votes["votes_yes"] is not None and (votes["votes_no"] or 0) > votes["votes_yes"]
        ):
            # Counts alone: more Nein than Ja is a rejection.
            outcome = "rejected"
            votes = parse_votes(counted, outcome)
        rec = RECOMMEND.search(decided)
        return [_row(
            st, pos, max(v_end, d_end), "resolution.block", 0.9, outcome=outcome,
            recommended_to=_recommended(rec), text=one_line(decided or vote_text),
            _motion_region=region, **votes, **base,
        )]
    rows = []
    # The line the Beschluss text belongs to: the one about the Vorlage, else the first.
    main = next((k for k, (a, b) in enumerate(lines) if _MAIN_LABEL.search(_label(text[a:b]))), 0)
    for k, (a, b) in enumerate(lines):
        line = text[a:b]
        label = _label(line)
        outcome = vote_outcome(line) or decision_outcome(decided if k == main else "", line)
        fields = dict(base)
        sub = [int(x) for x in _SUBITEMS.findall(label)] if _SUBITEM_LABEL.match(label) else []
        if sub and papers and all(0 < s <= len(papers) for s in sub):
            fields["paper_reference"] = "; ".join(papers[s - 1] for s in sub)
        # "Ziffer 2: …" decides the item's motion too; "Änderungsantrag X: …" its own;
        # "Unveränderte Beschlussvorlage: …" the Vorlage.
        if _MOTION_LABEL.search(label):
            motion_region = (a, a + len(label))
        elif _MAIN_LABEL.search(label):
            motion_region = None
        else:
            motion_region = region
        rows.append(_row(
            st, pos if k == main else a, b, "resolution.vote_line", 0.85, outcome=outcome,
            text=one_line(decided if k == main and decided else line),
            _motion_region=motion_region, **parse_votes(line, outcome), **fields,
        ))
    return rows


def _carried(votes: dict[str, Any], words: str) -> bool:
    """A vote stated without an outcome word ("Beschlussfassung: einstimmig",
    "mehrheitlich") carries the proposal; "erledigt" and the like say otherwise."""
    return votes["unanimous"] is not None and votes["votes_yes"] is None and not OTHER_DISPOSITION.search(words)


def _carried_without_nein(votes: dict[str, Any], vote_text: str) -> bool:
    """Ja-Stimmen and Enthaltungen counted with no Nein named at all
    ("Beratungsergebnis: 5 Ja-Stimmen/4 Enthaltungen"): nobody voted against,
    so the Ja carry it. Without a Ja or with "erledigt" and the like it stays open."""
    return (
        votes["votes_no"] is None and (votes["votes_yes"] or 0) > 0
        and not _NEIN_WORD.search(vote_text) and not OTHER_DISPOSITION.search(vote_text)
    )


# Any word naming votes against, counted or not.
_NEIN_WORD = re.compile(r"\b(?:nein|gegen)", re.IGNORECASE)


def _label(line: str) -> str:
    m = _LINE_LABEL.match(line)
    return m.group("label") if m else ""


def _recommended(rec: re.Match | None) -> str | None:
    if not rec:
        return None
    name = rec.group("to") or rec.group("to2") or rec.group("to3")
    return body_name(one_line(name)) if name else None
