"""``resolution.sentence``, ``resolution.withdrawal``, ``resolution.passive``: decision sentences."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from .. import agenda as agenda_mod
from ..common import BODY_NAME, BODY_NAME_RE, GENERIC_BODIES, body_name
from ..text import one_line
from ..votes import (
    ADOPTED,
    counts_outcome,
    has_vote,
    outcome_of,
    parse_votes,
)

from .blocks import _COUNT_ONLY, _recommended
from .patterns import MOVED_TO_BODY, told_outcome
from .patterns import NONE_DECIDED, SIDE_MOTION, not_taken, MEMBERS, MEMBERS_BODY, PASSIVE, RECOMMEND, SUBJECT, _BY_RESOLUTION, _CLAUSE_START, _CONTEXT_BODY, _DECIDING_WORD, _DECISION_DATE, _MEETING_MENTION, _NOUN_BEFORE, _NO_VOTES, _OTHER_DATE_OWNER, _PAST, _PERFECT, _PLUPERFECT, _PRESENT, _PRONOUN_SUBJECT, _REPORTED, _SUBORDINATE, _WE, _agrees, _hint_positions
from .no_decision import _HIGHER_LEGISLATURE, _OUTSIDE_BEFORE, _not_a_decision, _subject_body
from .state import _State, _iso, _row


def _sentences(st: _State) -> list[dict[str, Any]]:
    text, ag = st.text, st.ag
    hints = _hint_positions(text)
    letters = _letters(text)
    rows: list[dict[str, Any]] = []
    last_end = -1  # where the last decision sentence ended (view position)
    for spans in st.sentences_at(hints):
        for idx, (start, end) in enumerate(spans):
            k = bisect_left(hints, start)
            if k >= len(hints) or hints[k] >= end:
                continue
            if any(a <= start < b for a, b in letters):
                continue  # a letter's account to its addressee ("Über Ihre Petition wurde … beschlossen")
            item = ag.item_at(start)
            if (
                st.overlaps(start, end)
                or (st.minutes and ag.in_speech(start))
                or (st.minutes and item is not None and item.start in st.block_items
                    and not _side_motion(text, spans, idx))
            ):
                continue
            start = _skip_heading_lines(text, start, end)
            row = _decision_sentence(st, spans, idx, text[start:end], start, end)
            if row:
                vote = _trailing_vote(text, end) or _vote_sentence_after(text, spans, idx) or _closing_vote(text, end)
                if vote and row["votes_yes"] is None and row["unanimous"] is None and not st.overlaps(*vote):
                    # The vote on a line of its own after the decision ("13 : 0").
                    row.update(parse_votes(text[vote[0]:vote[1]], row["outcome"]))
                    span = st.ctx.span(st.ctx.view.to_view(row["char_start"]), vote[1])
                    row.update(quote=span.quote, char_start=span.start, char_end=span.end)
                    end = vote[1]
                st.taken.append((start, end))
                if rows and (_charges_the_administration(text, last_end, start, row)
                             or _concludes(st, last_end, start, end, rows[-1], row)
                             or _taken_anew(text, last_end, start, rows[-1])):
                    _continue_decision(st, rows[-1], row)
                else:
                    rows.append(row)
                last_end = end
    rows += _withdrawals(st)
    return rows


# The administration charged or empowered in the passive right after a
# decision ("Der Gemeinderat beschließt, … den Vertrag zu schließen. Die
# Bürgermeisterin wird ermächtigt, ihn zu unterzeichnen.", "… fasste den Beschluss,
# die Satzung zu erlassen. Die Verwaltung wurde mit dem Verfahren
# beauftragt."): the same decision's second clause, not a decision of its own.
_ADMINISTRATION_CHARGED = re.compile(
    r"(?:Die|Der|Dem|Den)\s+(?:(?:Erste|Erster|Ersten|Zweite|Zweiter)\s+)?(?:Verwaltung|Amtsverwaltung|Stadtverwaltung"
    r"|Gemeindeverwaltung|Kreisverwaltung|(?:Ober)?[Bb](?:ü|ue)rgermeister(?:in)?|Landr(?:at|ätin)|Amtsdirektor(?:in)?"
    r"|Amtsvorsteher(?:in)?|Verbandsvorsteher(?:in)?|Vorsitzende[rn]?|Geschäftsführer(?:in)?|Kämmerer|Kämmerin)\b"
    r"[^.\n]{0,60}?\b(?:wird|wurde|werden|wurden|ist)\s+(?:[\wäöüß]+\s+){0,8}?(?:beauftragt|ermächtigt|bevollmächtigt"
    r"|angewiesen|gebeten)\b"
)


# Decisions repealed and taken again in one go: "Alle Beschlüsse dieser Sitzung wurden
# aufgehoben. Danach wurden sie neu beraten und beschlossen." is one decision.
_ANEW = re.compile(r"(?:Danach|Anschließend|Sodann|Daraufhin|Dann)\s+(?:wurde|wurden|wird|werden)\b[^.]{0,100}?"
                   r"\b(?:neu|erneut|nochmals|noch\s+einmal)\b")


def _taken_anew(text: str, last_end: int, start: int, first: dict[str, Any]) -> bool:
    if last_end < 0 or not 0 <= start - last_end <= 3 or "aufgehoben" not in first["quote"]:
        return False
    return bool(_ANEW.match(text, start))


def _charges_the_administration(text: str, last_end: int, start: int, row: dict[str, Any]) -> bool:
    if row["rule"] != "resolution.passive" or last_end < 0 or not 0 <= start - last_end <= 3:
        return False
    return not text[last_end:start].count("\n") > 1 and bool(_ADMINISTRATION_CHARGED.match(text, start))


# The conclusion of a decision just told: "Somit hat der Rat der
# Satzung einstimmig zugestimmt.", "Der Antrag ist damit angenommen."
_CONCLUSIVE = re.compile(r"\b(?:[Ss]omit|[Dd]amit|[Ff]olglich|[Dd]emnach|[Mm]ithin|[Dd]emzufolge)\b")


def _concludes(st: _State, last_end: int, start: int, end: int, first: dict[str, Any], row: dict[str, Any]) -> bool:
    """Whether the decision sentence at ``start`` draws the conclusion of
    ``first``, told just before in the same item: one decision told twice."""
    if last_end < 0 or not 0 <= start - last_end <= 400 or first["outcome"] != row["outcome"]:
        return False
    if first["decided_by"] and row["decided_by"] and first["decided_by"] != row["decided_by"]:
        return False
    if not _CONCLUSIVE.search(st.text, start, min(end, start + 60)) or "\n\n" in st.text[last_end:start].strip(" \t"):
        return False
    return st.ag.item_at(start) is st.ag.item_at(last_end)


def _continue_decision(st: _State, first: dict[str, Any], more: dict[str, Any]) -> None:
    """The decision ``first`` told on in ``more``: one passage, the vote of either."""
    span = st.ctx.span(st.ctx.view.to_view(first["char_start"]), st.ctx.view.to_view(more["char_end"]))
    first.update(quote=span.quote, char_start=span.start, char_end=span.end)
    if first["unanimous"] is None and all(first[k] is None for k in ("votes_yes", "votes_no", "votes_abstain")):
        for k in ("unanimous", "votes_yes", "votes_no", "votes_abstain"):
            first[k] = more[k]
    if "_motion_region" in first and "_motion_region" in more:
        first["_motion_region"] = (first["_motion_region"][0], more["_motion_region"][1])


# A letter's salutation is a line of its own ending in a comma (a speech's runs on).
_SALUTATION = re.compile(r"^[ \t]*(?:Sehr\s+geehrte[rn]?|Liebe[rn]?)\s+[^\n]{2,120},[ \t]*\n", re.MULTILINE)
_CLOSING = re.compile(r"Mit\s+freundlichen\s+Grüßen|Mit\s+freundlichem\s+Gruß|Hochachtungsvoll|Freundliche\s+Grüße")


def _letters(text: str) -> list[tuple[int, int]]:
    """The stretches of a letter set into the document (an answer to
    petitioners, an Anlage), from its salutation to its closing."""
    if "ehrte" not in text and "Liebe" not in text:
        return []
    out = []
    for m in _SALUTATION.finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        c = _CLOSING.search(text, m.end())
        out.append((m.start(), c.end() if c else min(len(text), m.end() + 4000)))
    return out


def _side_motion(text: str, spans, idx: int) -> bool:
    """Whether a sentence in an item with a Beschluss block votes on a side
    motion, named in it or in the sentence before ("… über den
    Geschäftsordnungsantrag abgestimmt. Er wird mit Stimmenmehrheit abgelehnt.")."""
    a = spans[idx - 1][0] if idx else spans[idx][0]
    return bool(SIDE_MOTION.search(text, a, spans[idx][1]))


def _trailing_vote(text: str, end: int) -> tuple[int, int] | None:
    """A line right after ``end`` (a blank line between at most) that
    states nothing but a vote: "13 : 0", "Ja 12 Nein 3", "einstimmig"."""
    p = end
    while p < len(text) and text[p] in " \t":
        p += 1
    if text[p:p + 1] != "\n":
        return None
    while p < len(text) and text[p] in " \t\n":
        p += 1
    if text.count("\n", end, p) > 2:
        return None
    line_end = text.find("\n", p)
    line_end = len(text) if line_end < 0 else line_end
    line = text[p:line_end].strip()
    if line and (_COUNT_ONLY.fullmatch(line) or _RATIO_LINE.fullmatch(line) or _UNANIMOUS_LINE.fullmatch(line)):
        return p, p + len(line)
    return None


_COUNT_FIELD_LINE = re.compile(
    r"[ \t]*(?:Stimmberechtigte|Anwesende|Anwesend|Befangen|Ja-?Stimmen|Nein-?Stimmen|Gegenstimmen|Enthaltungen"
    r"|Enthaltung|Stimmenthaltungen|Ja|Nein|dafür|dagegen)[ \t]*:?[ \t]*\d{1,3}[ \t]*"
    r"|[ \t]*(?:Ergebnis|Abstimmungsergebnis|Abstimmung)[ \t]*:[^\n]{3,80}", re.IGNORECASE
)


def leading_votes(st: _State, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A decision drawn from the counts just before it ("Ja-Stimmen: 2 /
    Nein-Stimmen: 3 / Damit findet der Antrag nicht die erforderliche
    Mehrheit."): its votes, its passage running from the counts. Where
    another row already reads those counts (the motion and its vote told
    before), the two are one decision, its outcome the one drawn."""
    drop: set[int] = set()
    for r in rows:
        if r["votes_yes"] is not None or r["votes_no"] is not None or r["unanimous"] is not None:
            continue
        start = st.ctx.view.to_view(r["char_start"])
        lead = _leading_vote(st.text, start)
        if lead is None:
            continue
        a, b = st.ctx.span(lead[0], lead[1]).start, r["char_start"]
        doc = st.ctx.doc.text
        # (a row over the counts, or one just before them: "Über die Dringlichkeit wird abgestimmt.")
        told = [o for o in rows if o is not r and id(o) not in drop and o["char_start"] < b
                and (o["char_end"] > a or (not doc[o["char_end"]:a].strip() and o["votes_yes"] is None
                                           and o["votes_no"] is None and o["unanimous"] is None))]
        if len(told) > 1:
            continue
        if told:
            (first,) = told
            if first["char_end"] > b:
                continue
            span = st.ctx.span(st.ctx.view.to_view(first["char_start"]), st.ctx.view.to_view(r["char_end"]))
            first.update(quote=span.quote, char_start=span.start, char_end=span.end, outcome=r["outcome"])
            if first["votes_yes"] is None and first["votes_no"] is None:
                first.update(parse_votes(st.text[lead[0]:lead[1]], r["outcome"]))
            drop.add(id(r))
            continue
        r.update(parse_votes(st.text[lead[0]:lead[1]], r["outcome"]))
        span = st.ctx.span(lead[0], st.ctx.view.to_view(r["char_end"]))
        r.update(quote=span.quote, char_start=span.start, char_end=span.end)
    return [r for r in rows if id(r) not in drop]


def _leading_vote(text: str, start: int) -> tuple[int, int] | None:
    """The counts standing in the lines just before a sentence that draws the
    result from them ("Damit/Somit …"): their span."""
    if not _CONCLUSIVE.match(text, start):
        return None
    pos, first = start, None
    for _ in range(12):
        line_end = pos - 1
        while line_end > 0 and text[line_end - 1] in " \t\n\xa0" and text.count("\n", line_end - 1, pos) < 4:
            line_end -= 1
        if line_end <= 0 or text.count("\n", line_end, pos) > 3:
            break
        line_start = text.rfind("\n", 0, line_end) + 1
        line = text[line_start:line_end]
        if line.strip() and (_COUNT_FIELD_LINE.fullmatch(line) or _COUNT_ONLY.fullmatch(line.strip())):
            first, pos = line_start, line_start
            continue
        break
    if first is None or not has_vote(text[first:start]):
        return None
    return first + (len(text[first:start]) - len(text[first:start].lstrip())), start


# A decision verb: a further decision in the paragraph would own its closing vote.
_ANOTHER_DECISION = re.compile(r"\b(?:beschließt|beschliesst|beschloss|beschlossen|stimmt|stimmte|lehnt|lehnte|abgelehnt"
                               r"|angenommen|zugestimmt|vertagt|verwiesen)\b")


def _closing_vote(text: str, end: int) -> tuple[int, int] | None:
    """The vote closing the decision's paragraph on a line of its own, after
    the rest of what was decided ("Der Gemeinderat beschließt, dass … gewidmet
    wird. Träger der Straßenbaulast ist die Gemeinde. / (15 Ja-Stimmen, 1
    Nein-Stimme)")."""
    para_end = text.find("\n\n", end, end + 1200)
    para_end = min(len(text), end + 1200) if para_end < 0 else para_end
    last_nl = text.rfind("\n", end, para_end)
    if last_nl < 0:
        return None
    line = text[last_nl + 1:para_end]
    core = line.strip().strip("()").strip()
    if not core or not (_COUNT_ONLY.fullmatch(core) or _RATIO_LINE.fullmatch(core) or _UNANIMOUS_LINE.fullmatch(core)
                        or _UNANIMOUS_COUNTS.fullmatch(core)):
        return None
    if _ANOTHER_DECISION.search(text, end, last_nl):
        return None
    a = last_nl + 1 + (len(line) - len(line.lstrip()))
    return a, a + len(line.strip())


# "einstimmig - 16 Ja-Stimmen", "mehrheitlich: 12 Ja-Stimmen, 3 Nein-Stimmen"
_UNANIMOUS_COUNTS = re.compile(r"(?:einstimmig|mehrheitlich)[ \t]*[-–:,;]?[ \t]*(?:bei[ \t]+|mit[ \t]+)?\d[^\n]{0,60}",
                               re.IGNORECASE)


# The vote told in the sentence after the decision: "Der Beschluss ergeht mit 9
# Ja-Stimmen und 1 Nein-Stimme.", "Abstimmungsergebnis: einstimmig.", "Dies geschah einstimmig."
_VOTE_SENTENCE = re.compile(
    r"(?:(?:Abstimmungsergebnis|Abstimmung|Ergebnis\s+der\s+Abstimmung|Stimmergebnis)\s*:"
    r"|(?:Der\s+Beschluss|Die\s+Entscheidung|Die\s+Abstimmung|Der\s+Beschluß|Dies|Das)\s+"
    r"(?:ergeht|erging|erfolgt|erfolgte|fiel|fällt|geschieht|geschah|wurde\s+gefasst|wird\s+gefasst)\b)"
)


def _vote_sentence_after(text: str, spans, idx: int) -> tuple[int, int] | None:
    if idx + 1 >= len(spans):
        return None
    a, b = spans[idx + 1]
    sent = text[a:b]
    if "\n\n" in text[spans[idx][1]:a] or not _VOTE_SENTENCE.match(sent) or not has_vote(sent):
        return None
    return a, b


_RATIO_LINE = re.compile(r"\(?\d{1,3}[ \t]*:[ \t]*\d{1,3}(?:[ \t]*:[ \t]*\d{1,3})?\)?[ \t]*(?:Stimmen)?\.?")
_UNANIMOUS_LINE = re.compile(r"\(?(?:einstimmig|mehrheitlich|einstimmig\s+bei\s+[^\n]{1,40})\)?\.?", re.IGNORECASE)

# The matter of an item disposed of without a vote on its substance, in
# minutes: the mover takes its motion back, the administration its paper
# ("Die CDU-Fraktion zieht ihren Antrag daraufhin zurück", "Die Antragsteller
# ziehen den Antrag zurück", "Die Verwaltung zieht die Vorlage zurück"), a
# paper taken off the agenda ("Die Verwaltung nimmt die Vorlage von der
# Tagesordnung", "Der Vorsitzende setzt den Punkt von der Tagesordnung ab"),
# or the matter itself moves on ("Der Tagesordnungspunkt geht zur Beratung in
# den Bauausschuss", "Die Vorlage geht in den Hauptausschuss zurück", "Der
# Antrag ruht bis zur Haushaltsberatung"). PDF text breaks these over lines.
_MATTER = r"(?:[\w-]+\s+)?(?:Antrag|Änderungsantrag|Ergänzungsantrag|Anträge|Vorlage|Beschlussvorlage|Tagesordnungspunkt|Punkt|Thema)\b"
_SENTENCE_START = r"(?:^|(?<=[.!?:]\s)|(?<=\n))"
_WITHDRAW = re.compile(
    rf"{_SENTENCE_START}(?:Die|Der|Das)\s+[^.\n]{{2,60}}?\s+(?:zieht|ziehen|zog|zogen)\s+(?:ihren|seinen|ihre|seine|den|die|das)\s+"
    rf"{_MATTER}[^.]{{0,120}}?\bzurück\b[^.\n]{{0,40}}\.?"
)
_TAKEN_OFF = re.compile(
    rf"{_SENTENCE_START}(?:Die|Der|Das)\s+[^.\n]{{2,60}}?\s+(?:nimmt|nehmen|nahm|nahmen|setzt|setzen|setzte|setzten)\s+"
    rf"(?:ihren|seinen|ihre|seine|den|die|das)\s+{_MATTER}[^.]{{0,40}}?\bvon\s+der\s+Tagesordnung\b[^.\n]{{0,40}}\.?"
)
_MOVES_ON = re.compile(
    rf"{_SENTENCE_START}(?:Die|Der|Das)\s+(?:[\w-]+\s+)?(?:Angelegenheit|Beratung|Entscheidung|Beschlussfassung"
    rf"|Antrag|Vorlage|Beschlussvorlage|Tagesordnungspunkt|Punkt|Thema)\s+"
    rf"(?:(?P<goes>geht|gehen)\b[^.]{{0,60}}?\b(?:in|an)\s+(?:den|die|das)\s+(?P<to>{BODY_NAME})"
    rf"|(?P<rests>ruht|ruhen)\b(?!\s+auf\b))[^.]{{0,60}}\.?"
)


# The minutes of an earlier session approved: "Die Niederschrift der Sitzung vom
# 16.04.2025 wird ohne Änderungen bestätigt", "Das Protokoll gilt als genehmigt".
_APPROVAL = re.compile(
    rf"{_SENTENCE_START}(?:Die|Das)\s+(?:[\w-]+\s+)?(?:Niederschrift|Protokoll|Sitzungsniederschrift|Ergebnisniederschrift)\b(?:"
    # (a date's dots do not end the sentence)
    r"(?:[^.;]|(?<=\d)\.(?=\d))){0,120}?\b(?:(?:wird|wurde|ist|war)\b[^.;]{0,80}?|gilt\b[^.;]{0,40}?\bals\s+)"
    r"(?P<verb>bestätigt|genehmigt|gebilligt|angenommen|anerkannt|festgestellt)\b[^.\n]{0,40}\.?"
)
_DISPOSITION_VERB = re.compile(
    # (the lookahead lets the engine skip most characters in one test)
    r"(?=[zngsrbaf])\b(?:(?P<w>zieht|ziehen|zog|zogen)|(?P<t>nimmt|nehmen|nahm|nahmen|setzt|setzen|setzte|setzten)"
    r"|(?P<m>geht|gehen|ruht|ruhen)|(?P<a>bestätigt|genehmigt|gebilligt|angenommen|anerkannt|festgestellt))\b"
)


_MINUTES_NOUN = re.compile(r"iederschrift|rotokoll")
_NEXT_SESSION = re.compile(r"\bnächste[nr]?\s+Sitzung|\bspäter\b")


def _around(rx: re.Pattern, text: str, hits: list[int]) -> list[re.Match]:
    """``rx`` matched in the sentences around its verbs (a subject of at
    most a few words before the verb), each match once."""
    out: list[re.Match] = []
    last = -1
    for h in hits:
        pos, hi = max(last, h - 140, 0), min(len(text), h + 300)
        while (m := rx.search(text, pos, hi)) is not None and m.start() <= h:
            if m.end() > h:
                out.append(m)
                last = m.end()
                break
            pos = m.end()
    return out


def _withdrawals(st: _State) -> list[dict[str, Any]]:
    """A matter disposed of in the meeting without a vote on it (minutes only)."""
    if not st.minutes:
        return []
    rows = []
    # Each shape is tried only around its verbs (a scan of the whole text
    # with the sentence-start lookbehinds costs more than the rest).
    hits: dict[str, list[int]] = {"w": [], "t": [], "m": [], "a": []}
    text = st.text
    for v in _DISPOSITION_VERB.finditer(text):
        if v.lastgroup == "a" and not _MINUTES_NOUN.search(text, max(0, v.start() - 200), v.start()):
            continue  # an approval needs the minutes named before its verb
        hits[v.lastgroup].append(v.start())
    found = [(m, "withdrawn", "resolution.withdrawal") for m in _around(_WITHDRAW, st.text, hits["w"])]
    found += [(m, "postponed", "resolution.disposition") for m in _around(_TAKEN_OFF, st.text, hits["t"])]
    found += [(m, "referred" if m.group("goes") else "postponed", "resolution.disposition")
              for m in _around(_MOVES_ON, st.text, hits["m"])]
    found += [(m, "adopted", "resolution.approval") for m in _around(_APPROVAL, st.text, hits["a"])
              if not _NEXT_SESSION.search(m.group())]
    for m, outcome, rule in sorted(found, key=lambda f: f[0].start()):
        if st.overlaps(m.start(), m.end()) or st.ag.in_speech(m.start()):
            continue
        if rule != "resolution.withdrawal" and not_taken(m.group()):
            continue
        st.taken.append((m.start(), m.end()))
        votes = parse_votes(m.group(), outcome) if rule == "resolution.approval" else _NO_VOTES
        rows.append(_row(
            st, m.start(), m.end(), rule, 0.7, outcome=outcome,
            decided_by=st.body, date=st.date, agenda_item=st.item_number(m.start()),
            _motion_region=(m.start(), m.end()), **votes,
        ))
    return rows


def _skip_heading_lines(text: str, start: int, end: int) -> int:
    """A sentence runs on from an agenda heading or a label line ("TOP 3
    Kreishaushalt", "Sachverhalt:") only because no full stop ends them."""
    while True:
        nl = text.find("\n", start, end)
        if nl < 0:
            return start
        line = text[start:nl].rstrip()
        # A label ("Sachverhalt:"), not a sentence introducing its content
        # ("Der Rat fasst folgenden Beschluss:").
        # ("Der Kreistag wählt einstimmig:" is a sentence whose object stands on the next line.)
        label = line.endswith(":") and len(line.split()) <= 4 and not (_PRESENT.search(line) or _PAST.search(line))
        if not (label or agenda_mod.ITEM_HEADING.match(line)):
            return start
        start = nl + 1


# A sentence that introduces the wording it decides on the next line ("… stimmt dem
# Antrag zu und beschließt:\n„1. … soll …“"): the wording's "soll" is no plan.
_INTRODUCES = re.compile(r":[ \t]*\n")


def _decision_sentence(st: _State, spans, idx, sent, start, end):
    intro = _INTRODUCES.search(sent)
    own = sent[: intro.start() + 1] if intro else sent
    if _REPORTED.search(own) or _not_a_decision(own):
        return None
    subj = None
    for m in SUBJECT.finditer(sent):
        before = sent[: m.start()].lstrip("„\"“ ")
        if before.count("„") > before.count("“") and not _DECIDING_WORD.search(before):
            continue  # inside a quoted motion ("lautet: „…“"): its wording, not a decision
        if _agrees(m) and not _after_noun(sent, m.start()):
            subj = m
            break
    subj_body = subj.group("body") if subj else None
    if subj is not None and (joint := _JOINT.match(sent, subj.end())):
        # "Der Ortschaftsrat X und der Gemeinderat fassten …": a joint session's
        # decision is the council's (the municipality's body, not the district's)
        subj_body = _joint_decider(subj_body, joint.group("body"), st.body)
    if subj_body and _HIGHER_LEGISLATURE.match(subj_body):
        # "Der Bundestag hat … beschlossen" recounted in a Sachverhalt: a law
        # the council works under, not a decision of a local body.
        return None
    agent_body = None
    if subj is None and (mm := MEMBERS.search(sent)):
        # "Die Mitglieder des Rates stimmen … zu": the body's members decide for it;
        # "Die Stadträte stimmten … zu": the councillors of a Stadtrat.
        members_body = members_body_of(mm)
        if _AGENT_BEFORE.search(sent, max(0, mm.start() - 8), mm.start()):
            agent_body = members_body  # "wurde … durch die Gemeinderäte nicht entsprochen": the passive's agent
        else:
            subj, subj_body = mm, members_body
            if subj_body is None and st.reports and not st.body:
                subj_body = st.named_body()
    pron = None if subj else _PRONOUN_SUBJECT.match(sent)
    passive = None
    if subj is None and pron is None:
        passive = PASSIVE.search(sent) or _FRONT_PASSIVE.match(sent)
        if passive is None:
            return _fate_sentence(st, spans, idx, sent, start, end)
    told = _deciding_clauses(own)
    if not_taken(told):
        return None
    if subj is None and _WE.search(_OUR_MOTION.sub("", told)):
        return None  # (a group's "Unser Antrag wurde abgelehnt" tells the council's decision)
    past = bool(_PAST.search(sent) or _PERFECT.search(sent))
    if passive is not None:
        # Minutes record their decisions in the passive ("Der Antrag wird mit
        # 5 Ja-Stimmen … abgelehnt"); elsewhere the body must be named.
        if (_SUBORDINATE.search(sent, 0, passive.end()) and not has_vote(sent)) or NONE_DECIDED.search(sent):
            return None
        if _INTRODUCES_LIST.search(sent):
            return None  # "Am 03.06. wurden folgende Beschlüsse gefasst:": the list's rows are the decisions
        if idx and agent_body is None and _CONTEXT_BODY.search(sent) is None and _OUTSIDE_BEFORE.search(
                st.text, spans[idx - 1][0], spans[idx - 1][1]):
            # "… dass in der Jahreshauptversammlung der Feuerwehr gewählt wurde. Zum Kommandanten
            # wurde Herr X gewählt.": the passive goes on telling the assembly's vote
            return None
        body = agent_body or _passive_body(st.text, spans, idx, sent, st.reports)
        if (body is None and st.reports and not (st.minutes and st.body) and outcome_of(sent)
                and not NONE_DECIDED.search(sent)):
            # A report's passive ("Der Entwurf des Haushaltes wurde
            # angenommen"): the body the report speaks of.
            body = st.body or st.named_body()
        present = passive.group("aux") in ("wird", "werden")
        # A passive decision with its vote ("wird der Antrag einstimmig … vertagt")
        # is recorded as taken even where the body is not named.
        # (in the past too where a report counts the vote: "Mit 21 Ja-Stimmen wurde die Vorlage
        # bestätigt", "Der Antrag wurde einstimmig von der Tagesordnung genommen")
        if body is None and not (st.minutes and st.body) and not (
                (present or st.reports or _COUNTED.search(sent)) and has_vote(sent)):
            return None
        if present and not (st.minutes or has_vote(sent)):
            return None
        rule, decider = "resolution.passive", st.decider(body)
    elif pron is not None:
        # "Er hat …": the body the sentence before is about.
        prev_body = _subject_body(st.text[spans[idx - 1][0] : spans[idx - 1][1]]) if idx else None
        if not prev_body or not past:
            return None
        rule, decider = "resolution.sentence", st.decider(prev_body)
    else:
        rule, decider = "resolution.sentence", st.decider(subj_body)
        if not past:
            if not _PRESENT.search(sent):
                return None
            if not (st.minutes or has_vote(sent) or _CONSENSUS.search(sent) or _records_present(st, start)):
                return None
    after = sent[subj.end() :] if subj else sent
    rec = RECOMMEND.search(sent)
    if rec and subj and rec.start() < subj.end():
        rec = None
    decided = sent[rec.end() :] if rec else after
    outcome = outcome_of(decided) or outcome_of(after)
    if (own_words := told_outcome(decided)) == "rejected" or (own_words and outcome is None):
        outcome = own_words
    elif outcome == "postponed" and MOVED_TO_BODY.search(sent):
        outcome = "referred"
    if outcome == "withdrawn" and _DECIDES_REVOCATION.search(sent):
        outcome = "adopted"  # the body decides to revoke something, no mover takes a motion back
    elif outcome == "adopted" and _NOT_ELECTED.search(sent):
        outcome = "rejected"  # a ballot without the majority: "Folglich ist Herr X nicht gewählt."
    if outcome is None and subj and _VERB_FIRST.search(sent, 0, subj.start()):
        # The finite verb before the subject: "Dem stimmt der Gemeinderat zu",
        # "Daraufhin beschließt der Ausschuss …".
        outcome = outcome_of(sent)
    if outcome is None and (by_counts := counts_outcome(parse_votes(sent))):
        # "Der Rat stimmt über den Antrag ab: 4 Ja-Stimmen, 9 Nein-Stimmen."
        outcome = by_counts
    if outcome is None:
        # "empfiehlt dem Hauptausschuss, folgenden Beschluss zu fassen",
        # "regelte … mit Beschluss vom 22.02.2022", "beschloss …, dem Wunsch … entgegenzukommen"
        if not (rec or _BY_RESOLUTION.search(sent)):
            return None
        outcome = "adopted"
    if (
        outcome == "adopted" and not rec and passive is None and own_words is None
        and not ADOPTED.search(sent) and not _DECIDING_WORD.search(sent)
    ):
        return None
    # Quote without surrounding quotation marks.
    q0 = start + (1 if sent[:1] in "\"„“" else 0)
    q1 = end - (1 if sent[-1:] in "\"“”" else 0)
    return _row(
        st, q0, q1, rule, 0.8 if rule == "resolution.sentence" else 0.6,
        decided_by=decider, date=_sentence_date(st, spans, idx, sent, past, decider), outcome=outcome,
        recommended_to=_recommended(rec), agenda_item=st.item_number(start) if st.minutes else None,
        paper_reference=_paper_in(sent), text=one_line(st.text[q0:q1]),
        _motion_region=(start, end), **parse_votes(_vote_part(sent, rec), outcome),
    )


_SESSION_OF = re.compile(rf"\b(?:[Ii]n\s+der|[Ii]n\s+ihrer|[Ii]n\s+seiner)\s+(?:[\wäöüß]+\s+)?Sitzung\s+(?:des|der)\s+(?P<body>{BODY_NAME})")
_COUNTED = re.compile(r"\b\d{1,3}\s*(?:Ja|Nein|Gegen|Stimmen|:\s*\d)")
_INTRODUCES_LIST = re.compile(
    r"\b(?:folgende[nrs]?|nachstehende[nrs]?|nachfolgende[nrs]?)\s+(?:Beschl\w*|Entscheidung\w*)\b[^.]{0,60}?\bgefasst\b"
    r"|\bgefasst\s*:"
)
# A report's comment set off by a dash beside the decision ("Die Planung wurde
# einstimmig beschlossen – ein Schritt für unsere Wehr", "Die Straße soll
# erneuert werden – auch dieser Beschluss fiel einstimmig"): the
# clauses that decide are read, not the comment.
_DASH = re.compile(r"\s[–—-]\s")
_NEW_MAIN_CLAUSE = re.compile(
    r":\s+(?=(?:Der|Die|Das)\s)"
    r"|,\s+(?=(?:dem|der|die|das|diesem|dieser)\s+[A-ZÄÖÜ][\wäöüß-]+\s+(?:wird|wurde|werden|wurden)\s[^,]*$)"
)
_DECIDING_CLAUSE = re.compile(
    r"beschl|stimm|lehnt|abgelehnt|angenommen|genehmig|vertag|verwies|gewählt|bestellt|benannt|entsandt|gefasst"
    r"|Kenntnis|aufgehoben|stattgegeben|entsprochen|gefolgt|verabschiedet|votiert|billigt"
)
# The group's own motion named by the possessive: "Unser Antrag", "unserem Änderungsantrag".
_OUR_MOTION = re.compile(r"\b[Uu]nser(?:e|em|en|er)?\s+(?:[\wäöüß-]*[Aa]ntr(?:ag|äge|ages|ägen)|Vorschlag|Vorschläge)\b")


def _deciding_clauses(sent: str) -> str:
    """The clauses of ``sent`` that decide, where a dash, a colon before a new
    sentence ("…, soll geprüft werden: Der Rat hat beschlossen, …") or a comma
    before a main clause in the passive ("… sollen eingearbeitet werden, dem
    Antrag wird stattgegeben") sets them off from a plan or a comment."""
    parts = _DASH.split(sent)
    if len(parts) < 2:
        parts = _NEW_MAIN_CLAUSE.split(sent)
    if len(parts) < 2:
        return sent
    deciding = [p for p in parts if _DECIDING_CLAUSE.search(p)]
    return " – ".join(deciding) if deciding else sent


# "beschließt die Rücknahme der Ernennung", "beschloss, die Genehmigung zurückzunehmen"
_DECIDES_REVOCATION = re.compile(
    r"\b(?:beschließt|beschliesst|beschloss|beschlossen|beschließen)\b[^.]{0,40}?\b(?:die|der)\s+Rücknahme\b"
    r"|\b(?:beschließt|beschliesst|beschloss|beschlossen)\b[^.]{0,120}?\bzurückzunehmen\b"
)
def decided_revocations(rows: list[dict[str, Any]]) -> None:
    """A body deciding a revocation ("beschließt die Rücknahme der
    Ernennung") adopts it, in whatever rule's row: no motion is withdrawn."""
    for r in rows:
        if r["outcome"] == "withdrawn" and _DECIDES_REVOCATION.search(r["quote"]):
            r["outcome"] = "adopted"


_NOT_ELECTED = re.compile(r"\bnicht\s+(?:gewählt|gewaehlt|wiedergewählt|bestellt|berufen)\b")
# Agreement without a count: "Einvernehmlich sprechen sich die Mitglieder dafür aus".
_CONSENSUS = re.compile(r"\b(?:[Ee]invernehmlich|[Ee]inmütig|[Ii]m\s+Einvernehmen\s+aller|ohne\s+Gegenstimmen?)\b")
# Where a text proposes what a body is to decide: its present tense is the proposal.
_PROPOSAL_LABEL = re.compile(
    r"Beschlussvorschlag|Beschlussantrag|Beschlussentwurf|Beschlussempfehlung|Entwurf|Vorschlag|Antrag\s*:"
    r"|Antragstext|Empfehlung\s+der\s+Verwaltung|Verwaltung\s+(?:schlägt|empfiehlt)|Tagesordnung\s*:"
)


def _records_present(st: _State, start: int) -> bool:
    """Whether a present-tense decision sentence records a decision in a page
    that is neither minutes nor a paper proposing one: a decision page of a
    council information system or a notice of decisions ("Der Marktgemeinderat
    nimmt das Urteil zur Kenntnis."), where nothing before it proposes."""
    if st.ctx.meta.get("type") not in ("other", "information"):
        return False
    return not _PROPOSAL_LABEL.search(st.text, 0, start)


_JOINT = re.compile(rf"\s+(?:und|sowie)\s+(?:der|die|das)\s+(?P<body>{BODY_NAME})")
_DISTRICT_BODY = re.compile(r"(?:Ortschaftsrat|Ortsrat|Ortsbeirat|Bezirksbeirat|Bezirksrat|Stadtbezirksrat|Stadtteilbeirat"
                            r"|Bezirksausschuss|Bezirksvertretung|Ortsausschuss)\b")


def _joint_decider(first: str, second: str, session: str | None) -> str:
    names = [body_name(one_line(first)), body_name(one_line(second))]
    if session and session in names:
        return session
    council = [n for n in names if not _DISTRICT_BODY.match(n)]
    return council[0] if council else names[0]


_VERB_FIRST = re.compile(
    r"\b(?:stimmt|stimmte|stimmen|stimmten|beschließt|beschloss|lehnt|lehnte|nimmt|nahm|vertagt|vertagte"
    r"|verweist|verwies|empfiehlt|empfahl|beauftragt|beauftragte|wählt|wählte|waehlt|benennt|benannte|bestellt"
    r"|bestellte|entsendet|entsandte|votiert|votierte|votierten|billigte|billigten|verabschiedete|segnete"
    r"|(?:spricht|sprach|sprechen|sprachen)\s+sich)\s+$"
)


def _vote_part(sent: str, rec: re.Match | None) -> str:
    """The words of a sentence that may state its vote: not what is
    recommended ("beschloss einstimmig, dem Kreistag zu empfehlen, …";
    "empfiehlt dem Hauptausschuss einstimmig, …")."""
    if not rec:
        return sent
    rest = sent[rec.end() :]
    comma = rest.find(",")
    return sent[: rec.end()] + (rest[:comma] if comma >= 0 else "")


def _after_noun(sent: str, pos: int) -> bool:
    """"der Empfehlung der Kunstkommission": a body right after a noun is a genitive."""
    if sent[pos : pos + 1].isupper() and pos > 0 and sent[pos - 1] == "\n":
        return False  # "Der Rat …" at the start of a line begins a sentence
    before = sent[max(0, pos - 30) : pos]
    return bool(_NOUN_BEFORE.search(before)) and not _CLAUSE_START.search(before)


_AGENT_BEFORE = re.compile(r"\b(?:durch|von|seitens)\s+$")


def members_body_of(mm: re.Match) -> str | None:
    """The body whose members a MEMBERS match names: "des Rates", else the
    councillors' title ("Die Kreisräte" sit in the Kreistag)."""
    return mm.group("body") or MEMBERS_BODY.get(mm.group("members").casefold())


def _members_body(sent: str) -> str | None:
    mm = MEMBERS.search(sent)
    return members_body_of(mm) if mm else None


def _named_body(sent: str) -> str | None:
    """A body named in a sentence without being its subject: "wurde vom Rat
    angenommen", "im Kreistag abgelehnt"."""
    m = _CONTEXT_BODY.search(sent)
    return (m.group("body") or m.group("body2")) if m else None


_SUBJUNCTIVE = re.compile(r"\b(?:habe|hätte|hätten|sei|seien|wäre|wären|werde)\b")


def _passive_body(text: str, spans, idx: int, sent: str, subjects: bool = True) -> str | None:
    """The body a sentence without one as its subject speaks of: named in it
    ("vom Kreistag", "im Stadtrat") or the subject of one of the three
    sentences before ("Der Kreistag tagte am Mittwoch. … Der Haushalt wurde
    angenommen.")."""
    m = _CONTEXT_BODY.search(sent)
    if m:
        return m.group("body") or m.group("body2")
    for j in range(idx - 1, max(-1, idx - 4), -1):
        before = text[spans[j][0] : spans[j][1]]
        m = _CONTEXT_BODY.search(before)
        if m and m.group("body"):
            return m.group("body")
        if subjects and (ses := _SESSION_OF.search(before)) is not None:
            return ses.group("body")  # "In der Sitzung der Stadtverordnetenversammlung gab es keine Debatte."
        if subjects and not _SUBJUNCTIVE.search(before) and (named := _subject_body(before)) \
                and not _HIGHER_LEGISLATURE.match(named):
            return named  # (not a body someone reports on: "Der Ausschuss habe den Punkt ebenfalls abgesetzt.")
    return None


# What became of a motion or proposal, told by a report with the matter or
# its mover as the subject: "Der Antrag der CDU fand im Stadtrat keine
# Mehrheit", "Mit ihrem Antrag scheiterte die AfD im Kreistag", "Mit zwei
# Anträgen kam die Fraktion nicht durch", "Der Vorschlag ging glatt durch".
_FATE = re.compile(
    r"\b(?:fand|fanden|findet|finden|erhielt|erhielten|erhält|bekam|bekamen)\s+(?:[\wäöüß-]+\s+){0,9}?"
    r"(?:keine|eine|die)\s+(?:[\wäöüß/-]+\s+){0,3}?[\w/-]*[Mm]ehrheit\b"
    r"|\b(?:scheiterte|scheiterten|scheitert|gescheitert)\b"
    r"|\b(?:verfehlt|verfehlte|verfehlten)\b[^.\n]{0,60}?[Mm]ehrheit\b"
    r"|\b(?:erreicht|erreichte|erreichten|erzielt|erzielte)\s+(?:[\wäöüß-]+\s+){0,6}?(?:nicht|keine)\b[^.]{0,60}?[Mm]ehrheit\b"
    r"|\b(?:kam|kamen|kommt|ging|gingen|geht)\b[^.\n]{0,80}?\bdurch\b|\b(?:fiel|fielen)\b[^.\n]{0,60}?\bdurch\b"
    r"|\b(?:setzte|setzten|konnte|konnten)\s+sich\b[^.]{0,80}?\bdurch(?:setzen)?\b"
    # "fand große Zustimmung im gesamten Stadtrat", "erhielt keine Unterstützung bei den Fraktionen"
    r"|\b(?:fand|fanden|findet|finden|erhielt|erhielten|erhält|bekam|bekamen)\s+(?:[\wäöüß-]+\s+){0,4}?"
    r"(?P<assent>Zustimmung|Unterstützung|Rückhalt)\b"
)
# Where assent counts as the council's: in the body, by all groups or members.
_IN_COUNCIL = re.compile(
    rf"\b(?:im|in\s+der|in\s+dem|vom|von\s+der|bei\s+der|beim|bei\s+den|bei\s+allen|von\s+allen|aller)\s+"
    rf"(?:(?:gesamten|ganzen|übrigen|anderen)\s+)?(?:{BODY_NAME}|Fraktionen|Ratsmitglieder\w*|Mitglieder\w*)"
)
_NO_ASSENT = re.compile(r"\b(?:keine|wenig|kaum|nicht\s+die)\s+(?:[\wäöüß-]+\s+)?(?:Zustimmung|Unterstützung|Rückhalt)\b")
# (a council member's or group's motion, not a citizen's "Bauantrag" or "Förderantrag")
_MATTER_WORD = re.compile(
    r"(?<![\wäöüß-])(?:(?:Änderungs|Ergänzungs|Dringlichkeits|Beschluss|Zusatz|Prüf)?[Aa]ntr(?:ag|äge|ages|ägen)"
    r"|[Vv]orschlag|[Vv]orschläge|[Vv]orlage|Beschlussvorlage|Resolution|Initiative|Vorstoß|Ansinnen|Entwurf"
    r"|(?:Prüf)?[Aa]uftrag|Konzept|Vorhaben|Projekt|Planung"
    r"|Beschlussvorschlag)\b"
)


# The participle first: "Gewählt wurde Herr X mit 10 Ja-Stimmen", "Beschlossen wurde außerdem …"
_FRONT_PASSIVE = re.compile(
    r"(?:Gewählt|Gewaehlt|Bestellt|Benannt|Entsandt|Beschlossen|Angenommen|Abgelehnt|Vertagt|Verabschiedet"
    r"|Genehmigt|Bestätigt)\s+(?P<aux>wurde|wurden|ist|sind|wird|werden)\b"
)


# A motion short of the majority it needs (an urgent item or an agenda change
# needs two thirds): "findet nicht die erforderliche Zweidrittelmehrheit",
# "erhielt nicht die notwendige 2/3-Mehrheit", "verfehlte die qualifizierte Mehrheit".
_SHORT_OF_MAJORITY = re.compile(
    r"\b(?:nicht|keine)\s+(?:die\s+)?(?:erforderliche|notwendige|nötige|noetige|benötigte|qualifizierte"
    r"|absolute|gesetzliche)[nr]?\s+(?:[\wäöüß/-]+\s+){0,2}?[\w/-]*[Mm]ehrheit\b"
    r"|\b(?:verfehlt|verfehlte|verfehlten|verpasste)\s+(?:[\wäöüß/-]+\s+){0,3}?[\w/-]*[Mm]ehrheit\b"
)


def _fate_sentence(st: _State, spans, idx, sent, start, end):
    fate = _FATE.search(sent)
    if fate is None or not _MATTER_WORD.search(sent) or not_taken(sent):
        return None
    if _SUBORDINATE.search(sent, 0, fate.start()) and not has_vote(sent):
        return None  # "…, weil der Antrag keine Mehrheit fand": a reason, not the report
    if fate.group("assent"):
        if not (_IN_COUNCIL.search(sent) or has_vote(sent)):
            return None  # assent among citizens or the press is no council decision
        outcome = "rejected" if _NO_ASSENT.search(sent) else "adopted"
    else:
        outcome = "rejected" if _SHORT_OF_MAJORITY.search(sent) else outcome_of(sent)
    if outcome not in ("adopted", "rejected"):
        return None
    body = _passive_body(st.text, spans, idx, sent, st.reports) or st.body or (st.named_body() if st.reports else None)
    if body is None and not st.minutes:
        return None  # (minutes record their session's decisions, its body named or not)
    return _row(
        st, start, end, "resolution.fate", 0.6,
        decided_by=st.decider(body), date=_sentence_date(st, spans, idx, sent, True), outcome=outcome,
        agenda_item=st.item_number(start) if st.minutes else None, paper_reference=_paper_in(sent),
        text=one_line(sent), _motion_region=(start, end), **parse_votes(sent, outcome),
    )


_EVENT_NOUN_BEFORE = re.compile(r"\b(?P<noun>[A-ZÄÖÜ][a-zäöüß-]{3,})\s+$")
# A paper or record named between "Sitzung" and the date: the date is its session's.
_OWNER_WORD = re.compile(r"\b(?:Niederschrift|Protokoll|Sitzungsniederschrift|Antrag|Schreiben|Vorlage|Drucksache)\b")
# A participle used as an adjective after a date: "am 09.01.2016 durchgeführte Wahl",
# "am 3. Mai eingegangenen Antrag".
_ATTRIBUTE_AFTER = re.compile(r"\s+[a-zäöüß]+(?:te|ten|tene|tenen|ene|enen|nde|nden)\s+[A-ZÄÖÜ]")


def _paper_in(sent: str) -> str | None:
    m = agenda_mod.PAPER.search(sent)
    return m.group("ref") if m else None


def _other_body_session(text: str, m: re.Match, decider: str | None) -> bool:
    """Whether the session a mention dates is another body's: a district
    council's consent "in seiner Sitzung am <date>" told just before the
    Gemeinderat's decision, "in der Sitzung des Bauausschusses am …"."""
    if not decider:
        return False
    named = m.group("body") or next((b.group() for b in BODY_NAME_RE.finditer(m.group())), None)
    if named is None:
        line_start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        named = _subject_body(text[line_start : m.start()])
    if named is None:
        return False
    a, b = body_name(one_line(named)).casefold(), decider.casefold()
    return not (a.startswith(b) or b.startswith(a) or a in GENERIC_BODIES)


def _sentence_date(st: _State, spans, idx, sent, past, decider: str | None = None) -> str | None:
    # A date the sentence itself gives for the decision (not a motion's date).
    for m in _DECISION_DATE.finditer(sent):
        if _OTHER_DATE_OWNER.search(sent[max(0, m.start() - 40) : m.start()]) or _OWNER_WORD.search(m.group()):
            continue  # "Das Protokoll der Sitzung vom …", "Sitzung: Das Protokoll der Sitzung vom …"
        if _ATTRIBUTE_AFTER.match(sent, m.end()):
            continue  # "die am 09.01.2016 durchgeführte Wahl": the date of what was decided on
        if m.group().startswith(("am", "Am")) and (nb := _EVENT_NOUN_BEFORE.search(sent, 0, m.start())) \
                and not BODY_NAME_RE.fullmatch(nb.group("noun")):
            continue  # "des Starkregens am 9. August", "Sonntagsöffnungen am 29.11.": the date of an event
        return _iso(m.group("date"))
    # Minutes record the decisions of their session (unless one "had" been taken).
    if st.minutes and not (past and _PLUPERFECT.search(sent)):
        return st.date
    # The meeting named just before ("In der Sitzung des Sozialausschusses am
    # 23.09.2021 wurde … beraten mit folgendem Beschluss: „Der …“").
    start = spans[idx][0]
    found = [m for m in _MEETING_MENTION.finditer(st.text, max(0, start - 400), start)
             if not _other_body_session(st.text, m, decider)]
    if not found and past and st.reports and st.ctx.meta.get("type") in ("information", "other"):
        # A report of one session names it in its head ("Bericht über die
        # Gemeinderatssitzung am 15.03.2016"): the one date of a session it names.
        # (not the session whose minutes are approved: "Mit der Niederschrift der Sitzung vom …")
        dates = {m.group("date") or m.group("date2") for m in _MEETING_MENTION.finditer(st.text, 0, start)
                 if not _other_body_session(st.text, m, decider)
                 and not _OWNER_WORD.search(st.text, max(0, m.start() - 60), m.start() + 1)}
        if len(dates) == 1:
            return _iso(dates.pop())
    if found:
        return _iso(found[-1].group("date") or found[-1].group("date2"))
    return None
