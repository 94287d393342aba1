"""``resolution.vote_noun``, ``resolution.headline``, ``resolution.all_voted``:
decisions told by what happened rather than by a body and its verb.

- The vote or election named by its noun, with how it went: "Die Wahl
  erfolgt einstimmig.", "Die Bestellung erfolgte mit 12 Ja-Stimmen bei
  2 Enthaltungen.", "Die Abstimmung ergab 9 Ja- und 4 Nein-Stimmen.",
  "Einstimmig verlief auch die Abstimmung über den Zuschuss."; a report's
  verbless "Einstimmig auch die Abstimmung über …".
- A report's headline: "Gemeinderat Musterdorf einstimmig für neue
  Kita-Regelung", "Kreistag mehrheitlich gegen Windpark".
- Everyone voting: "…; alle stimmten für eine weitere Amtszeit", "Alle
  anwesenden Mitglieder stimmten dagegen."
- A vote on a motion to postpone or refer (``motion_put_to_vote``): "Frau X
  beantragt die Vertagung des Punktes. Ergebnis: 6 Ja-Stimmen, 3
  Nein-Stimmen" postpones the item when carried; the counts alone would
  read as the item adopted.

The body is the session's, else the one a report names most; the date the
session's, else the one session a report names.
"""

from __future__ import annotations

import re
from typing import Any

from ..common import BODY_NAME, body_name
from ..text import one_line
from ..votes import counts_outcome, has_vote, outcome_of, parse_votes
from .no_decision import not_a_council_decision
from .patterns import not_taken, told_outcome
from .state import _State, _row

_START = r"(?:^|(?<=[.!?;]\s)|(?<=[.!?;]\s\s)|(?<=\n))"
_HOW = (
    r"(?:(?:[\wäöüß]+\s+){0,2}?(?:einstimmig|einmütig|mehrheitlich|ohne\s+Gegenstimmen?|per\s+Akklamation"
    r"|durch\s+Akklamation|mit\s+(?:\d{1,3}|großer|breiter|knapper)\s|bei\s+\d{1,3}\s)[^.;\n]{0,120}"
    r"|\d{1,3}\s+Ja-?[^.;\n]{0,120})"
)
_VOTE_NOUN = re.compile(
    rf"{_START}(?:(?:Auch|Ebenso|Danach|Anschließend|Sodann)\s+)?(?:[Dd]ie|[Dd]er|[Dd]as|[Dd]iese|[Dd]ieser)\s+"
    r"(?:Wahl|Neuwahl|Wiederwahl|Nachwahl|Bestellung|Berufung|Benennung|Entsendung|Abstimmung|Beschlussfassung"
    r"|Entscheidung)\b[^.;\n]{0,120}?\s+"
    r"(?:erfolgt|erfolgte|erfolgten|fiel|fällt|verlief|verläuft|geschah|geschieht|endete|ergab|ergibt)\s+"
    rf"{_HOW}\.?"
    # the manner first, the verb maybe left out: "Einstimmig verlief auch die Abstimmung über …",
    # "Einstimmig auch die Abstimmung über …"
    rf"|{_START}(?:Einstimmig|Einmütig|Mehrheitlich|Ohne\s+Gegenstimmen?)\s+"
    r"(?:(?:auch|ebenso|war|verlief|erfolgte|fiel|ging|endete)\s+){1,2}(?:die|das|der)\s+"
    r"(?:Abstimmung|Wahl|Votum|Beschluss|Entscheidung|Bestellung|Berufung)\b[^.;\n]{0,200}\.?"
)
# (after a dateline: "Musterdorf · Gemeinderat Musterdorf einstimmig für …")
_HEADLINE = re.compile(
    rf"(?:^|(?<=[.!?·|–]\s)|(?<=\n))[ \t]*(?:(?:Der|Die|Das)\s+)?(?P<body>{BODY_NAME})(?:[ \t]+[A-ZÄÖÜ][\wäöüß-]+){{0,2}}[ \t]+"
    r"(?P<how>einstimmig|mehrheitlich|geschlossen|einmütig)[ \t]+(?P<dir>für|gegen)[ \t]+[^.!?\n]{3,120}(?:[.!]|$)",
    re.MULTILINE,
)
_ALL_VOTED = re.compile(
    r"(?:^|(?<=[.!?;:]\s)|(?<=\n)|(?<=[;,–]\s))(?:[Aa]lle|[Ss]ämtliche)(?:\s+(?:anwesenden|Anwesenden))?"
    r"(?:\s+(?:Mitglieder|Ratsmitglieder|Fraktionen|Stadträte|Gemeinderäte|Kreisräte|Stadtverordneten"
    r"|Gemeindevertreter))?\s+(?:stimmten|stimmen|stimmte|votierten|votieren)\s+(?:[\wäöüß]+\s+){0,2}?"
    r"(?P<dir>für|dafür|zu|gegen|dagegen)\b[^.;\n]{0,160}\.?"
)


# The chair declaring the result: "Frau X stellt fest, dass gem. § 28 KV Herr Y durch die
# Stadtvertretung mehrheitlich zum Vorsteher gewählt wurde", "Die Vorsitzende gibt bekannt, dass
# der Antrag mit 9 Ja-Stimmen angenommen ist". The row quotes the clause declared.
_DECLARED = re.compile(
    r"(?:\b(?:stellt|stellte|stellen)\s+(?:[\wäöüß]+\s+){0,2}?fest|\b(?:gibt|gab)\s+(?:[\wäöüß]+\s+){0,2}?bekannt"
    r"|\b(?:verkündet|verkündete)(?:\s+[\wäöüß]+){0,3})"
    # (a period inside the clause only after an abbreviation: "gem. § 28 Abs. 2")
    r"(?=\s*,?\s+dass\s)\s*,?\s+dass\s+(?P<clause>(?:[^.;\n]|\.(?=\s*(?:§|\d|[a-zäöüß]))|\n(?![ \t]*\n)){5,250}?"
    r"\b(?P<verb>gewählt|gewaehlt|wiedergewählt|angenommen|abgelehnt|beschlossen|bestellt|benannt|entsandt)"
    r"\s+(?:worden\s+)?(?:wurde|wurden|ist|sind|sei|seien)\b)"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NOT_VERB = re.compile(r"\bnicht\s+(?:gewählt|gewaehlt|wiedergewählt|angenommen|beschlossen|bestellt|benannt|entsandt)\b")
_AGENT = re.compile(rf"\b(?:durch\s+(?:den|die|das)|vo[mn](?:\s+der)?)\s+(?P<body>{BODY_NAME})")


def declared_results(st: _State) -> list[dict[str, Any]]:
    """The chair's declaration of a result, in minutes."""
    if not st.minutes or not any(w in st.text for w in ("fest, dass", "fest dass", "bekannt, dass", "verkündet")):
        return []
    rows = []
    for m in _DECLARED.finditer(st.text):
        a, b = m.start("clause"), m.end("clause")
        clause = m.group("clause")
        if not _usable(st, a, b) or not_a_council_decision(clause) or _YEAR.search(clause):
            continue  # (a year: an earlier decision recalled, "dass der Plan 2015 beschlossen worden ist")
        outcome = "rejected" if m.group("verb") == "abgelehnt" or _NOT_VERB.search(clause) else "adopted"
        agent = _AGENT.search(clause)
        st.taken.append((a, b))
        rows.append(_row(
            st, a, b, "resolution.declared", 0.6, outcome=outcome,
            decided_by=st.decider(body_name(one_line(agent.group("body"))) if agent else None), date=st.date,
            agenda_item=st.item_number(a), text=one_line(clause), _motion_region=(a, b),
            **parse_votes(clause, outcome),
        ))
    return rows


# Cheap cues: each shape is matched only around them (a scan of the whole text
# with the shapes' sentence-start lookbehinds and body names costs more).
_VOTE_NOUN_CUE = re.compile(
    r"\b(?:erfolgt|erfolgte|erfolgten|fiel|fällt|verlief|verläuft|geschah|geschieht|endete|ergab|ergibt)\b"
    r"|\b(?:Einstimmig|Einmütig|Mehrheitlich|Ohne\s+Gegenstimme)"
)
_HEADLINE_CUE = re.compile(r"\b(?:einstimmig|mehrheitlich|geschlossen|einmütig)[ \t]+(?:für|gegen)\b")
_ALL_VOTED_CUE = re.compile(r"\b(?:stimmten|stimmen|stimmte|votierten|votieren)\b")


def _near(rx: re.Pattern, text: str, cue: re.Pattern, before: int, after: int) -> list[re.Match]:
    """``rx``'s matches that hold a match of ``cue``, each once."""
    out: list[re.Match] = []
    last = 0
    for c in cue.finditer(text):
        if c.start() < last:
            continue
        pos, hi = max(last, c.start() - before, 0), min(len(text), c.end() + after)
        while (m := rx.search(text, pos, hi)) is not None and m.start() <= c.start():
            if m.end() >= c.end():
                out.append(m)
                last = m.end()
                break
            pos = m.end()
    return out


def _decider(st: _State) -> str | None:
    return st.decider(st.body or (st.named_body() if st.reports else None))


def _date(st: _State) -> str | None:
    if st.date or st.minutes:
        return st.date
    from .sentences import _sentence_date  # (sentences imports this module's neighbours)

    return None if not st.text else _sentence_date(st, [(len(st.text), len(st.text))], 0, "", True, st.body)


def _usable(st: _State, a: int, b: int) -> bool:
    if st.overlaps(a, b) or st.ag.in_speech(a):
        return False
    item = st.ag.item_at(a)
    return not (st.minutes and item is not None and item.start in st.block_items)


def told_decisions(st: _State) -> list[dict[str, Any]]:
    """The vote nouns, headlines and everyone's vote of a document."""
    if not (st.minutes or st.reports):
        return []
    text, rows = st.text, []
    found: list[tuple[int, int, str, str, dict[str, Any], str | None]] = []
    if any(w in text for w in ("Wahl", "Bestellung", "Berufung", "Benennung", "Entsendung", "Abstimmung",
                               "Beschlussfassung", "Entscheidung", "instimmig", "ehrheitlich", "Gegenstimme")):
        for m in _near(_VOTE_NOUN, text, _VOTE_NOUN_CUE, 160, 280):
            told = m.group()
            if not has_vote(told) or not_taken(told) or not_a_council_decision(told):
                continue
            votes = parse_votes(told)
            outcome = counts_outcome(votes) or "adopted"
            if outcome_of(told) == "rejected":
                outcome = "rejected"
            found.append((m.start(), m.end(), "resolution.vote_noun", outcome, parse_votes(told, outcome), None))
    if st.reports and ("instimmig" in text or "ehrheitlich" in text or "geschlossen" in text or "inmütig" in text):
        for m in _near(_HEADLINE, text, _HEADLINE_CUE, 200, 400):
            if m.end() < len(text) and text[m.end() - 1] not in ".!" and text[m.end()] != "\n":
                continue  # (the window's end, not the line's)
            outcome = "adopted" if m.group("dir") == "für" else "rejected"
            a = m.start() + len(m.group()) - len(m.group().lstrip())
            votes = parse_votes(m.group("how"), outcome)
            votes["unanimous"] = m.group("how") != "mehrheitlich"  # ("geschlossen", "einmütig": all of them)
            found.append((a, m.end(), "resolution.headline", outcome, votes, body_name(one_line(m.group("body")))))
    if "lle " in text or "ämtliche" in text:
        for m in _near(_ALL_VOTED, text, _ALL_VOTED_CUE, 60, 200):
            outcome = "rejected" if m.group("dir") in ("gegen", "dagegen") else "adopted"
            votes = parse_votes(m.group(), outcome)
            votes["unanimous"] = True
            found.append((m.start(), m.end(), "resolution.all_voted", outcome, votes, None))
    for a, b, rule, outcome, votes, body in sorted(found, key=lambda f: f[0]):
        while b > a and text[b - 1] in " \t":
            b -= 1
        if not _usable(st, a, b):
            continue
        st.taken.append((a, b))
        rows.append(_row(
            st, a, b, rule, 0.6, outcome=outcome, decided_by=st.decider(body) if body else _decider(st), date=_date(st),
            agenda_item=st.item_number(a) if st.minutes else None, text=one_line(text[a:b]),
            _motion_region=(a, b), **votes,
        ))
    return rows


# A motion to postpone or refer the item, named just before its vote: "beantragt
# die Vertagung", "beantragt, erst in der nächsten Sitzung zu entscheiden", "lässt
# über den Vertagungsantrag abstimmen", "Antrag auf Verweisung in den Bauausschuss".
_POSTPONE_MOTION = re.compile(
    r"(?:Vertagungs|Zurückstellungs|Absetzungs)antr\w*|Antrag\s+auf\s+(?:Vertagung|Zurückstellung|Absetzung)"
    r"|\b(?:beantragt|beantragte|beantragen|beantragten|stellt|stellte|stellen|stellten)\b[^.]{0,160}?(?:\b(?:die|eine)\s+(?:Vertagung|Zurückstellung"
    r"|Absetzung)|\bzu\s+vertagen|\bzurückzustellen|\babzusetzen|\bzu\s+verschieben"
    r"|\b(?:in|auf)\s+(?:der|die|einer|eine)\s+(?:nächsten|nächste|kommenden|kommende|späteren|spätere|folgenden|folgende)\s+"
    r"[\wäöüß-]*(?:[Ss]itzung|Beratung)[^.]{0,60}?\bzu\s+(?:entscheiden|beraten|behandeln|beschließen|befassen))"
)
_REFER_MOTION = re.compile(
    r"(?:Verweisungs|Überweisungs)antr\w*|Antrag\s+auf\s+(?:Verweisung|Überweisung|Rücküberweisung)"
    r"|\b(?:beantragt|beantragte|beantragen|beantragten|stellt|stellte|stellen|stellten)\b[^.]{0,160}?(?:\b(?:die|auf)\s+(?:Verweisung|Überweisung)"
    r"|\bzu\s+verweisen|\bzu\s+überweisen|\bzurückzuverweisen)"
)
# A sentence that speaks of some motion: the nearest one before the vote says which was voted on.
_SOME_MOTION = re.compile(r"[Aa]ntr(?:ag|äge|ages)\b|\bbeantrag|\bAbstimmung\b|\babstimmen\b")
# "diesen Antrag", "den Antrag", "darüber": the motion of the sentence before.
_POINTS_BACK = re.compile(r"\b(?:diesen|den|dieser|dessen|jenen)\s+(?:[\wäöüß-]*[Aa]ntrag)\b|\bdarüber\b|\bhierüber\b")
_SETTLED = re.compile(r"\b(?:abgelehnt|angenommen|zurückgezogen|beschlossen|stattgegeben|entsprochen)\b")
# A decision's own verb in a row's quote: not a bare vote.
_DECIDES = re.compile(
    r"\b(?:beschl\w+|stimmt\w*|lehnt\w*|nimmt|nahm|wählt\w*|gewählt|bestellt|benannt|entsandt|genehmigt"
    r"|angenommen|abgelehnt|beauftragt|ermächtigt|vergeben|aufgehoben|stellt|fest)\b"
)
_OWNER_AFTER = re.compile(r"\s+(?:der|des|von)\s+[A-ZÄÖÜ]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])|\n\s*\n")


def motion_put_to_vote(st: _State, rows: list[dict[str, Any]]) -> None:
    """A vote told by counts alone right after a motion to postpone or
    refer the item carries that motion: the row's outcome is the motion's
    (``postponed``, ``referred``); a vote that fails it stays ``rejected``."""
    if not st.minutes or not any(w in st.text for w in ("ertagung", "vertagen", "beantragt", "Verweisung")):
        return
    view = st.ctx.view
    for r in rows:
        if r["outcome"] != "adopted" or r["votes_yes"] is None:
            continue
        words = _words_of(r["quote"])
        if outcome_of(words) not in (None, "adopted") or told_outcome(words) or _DECIDES.search(words):
            continue  # the row tells what it decides ("Dem Antrag wird … stattgegeben")
        start = view.to_view(r["char_start"])
        what = _motion_before(st, start)
        if what:
            r["outcome"] = what


def _words_of(quote: str) -> str:
    """A vote's text without its count labels ("Ja-Stimmen" says no outcome)."""
    return re.sub(r"Ja-?Stimmen?|Nein-?Stimmen?|Gegenstimmen?|Enthaltungen?|Stimmenthaltungen?", " ", quote)


def _motion_before(st: _State, start: int) -> str | None:
    text = st.text
    lo = max(0, start - 900)
    item = st.ag.item_at(start)
    if item is not None:
        lo = max(lo, item.start)
    window = text[lo:start]
    cuts = [0] + [m.end() for m in _SENTENCE_END.finditer(window)]
    sentences = [window[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(window)], strict=True)]
    sentences = [s for s in sentences if s][-4:]
    for sent in reversed(sentences):
        if not _SOME_MOTION.search(sent):
            continue
        if _SETTLED.search(sent):
            return None  # "Der Vertagungsantrag ist damit abgelehnt.": that motion is settled
        if _POSTPONE_MOTION.search(sent):
            return "postponed"
        if _REFER_MOTION.search(sent):
            return "referred"
        back = _POINTS_BACK.search(sent)
        if back and not _OWNER_AFTER.match(sent, back.end()):
            continue  # "stellt diesen Antrag zur Abstimmung": the motion named before
        return None  # another motion ("den Antrag der CDU-Fraktion") was voted on
    return None
