"""When a survey was held, read from the sentences around it.

An undated survey takes its period from the sentence after it ("Sie fand im
Mai 2024 statt."), from the sentence just before it that names the survey
word with a date, from another sentence giving the same compound a date, or
from the meeting it was held at. Pure functions over a survey's mentions and
the document's sentences, used by :mod:`councildata.extract.surveys`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .dates import ANY_DATE, date_from_match
from .survey_mentions import period_of
from .survey_mentions import proposal as proposal_in
from .text import one_line

if TYPE_CHECKING:
    from .survey_model import _Survey


# How far before a survey a meeting's date is looked for (sentences).
MEETING_LOOKBACK = 4


MEETING = re.compile(
    r"\b(?:Sitzung|Treffen|Tagung|Konferenz|Versammlung|Workshop|Besprechung|Dienstbesprechung|"
    r"Arbeitskreis\w*|Netzwerktreffen|Runde)\b"
)


_AM_DATE = re.compile(rf"\b(?:am|vom)\s+(?:\w+,\s+)?(?P<d>{ANY_DATE.pattern})", re.IGNORECASE)


# The survey's own period told in the sentence after it, by a pronoun or the bare word: "Sie fand im
# Mai 2024 statt.", "Die Befragung lief vom 3. bis 28. Juni.", "Durchgeführt wurde sie im Herbst 2023."
_TOLD_WHEN = re.compile(
    r"\s*(?:(?:Sie|Diese|Die(?:se)?\s+[\wäöüß-]*(?:[Uu]mfrage|[Bb]efragung|[Ee]rhebung|[Aa]bfrage))\s+"
    r"(?:fand|lief|erfolgte|dauerte|startete|begann|endete|wurde)\b"
    r"|(?:Durchgeführt|Befragt)\s+wurde[n]?\s+(?:sie|diese)\b)"
)


def dated_by_next_sentence(sv: _Survey, text, sents, para, sent_index, doc_date) -> None:
    if any(m.date_start for m in sv.mentions):
        return
    for mn in sv.mentions:
        i = sent_index[mn.sent]
        j = i + 1
        if j < len(sents) and para[j] == para[i] and _TOLD_WHEN.match(text, sents[j][0]):
            a, b, words, rank = period_of(text, sents[j], doc_date)
            if a:
                mn.date_start, mn.date_end, mn.period_text, mn.date_rank = a, b, words, rank
                return


def dated_by_mention_before(sv: _Survey, text, sents, para, sent_index, mentions, doc_date) -> None:
    """An undated survey takes the date of the sentence just before it that names the
    survey word with a date ("die am DATE durchgeführte Zählung und Befragung am See.
    Von den 900 gezählten Gästen wurden 640 befragt.")."""
    if any(m.date_start for m in sv.mentions):
        return
    anchor = sv.mentions[0]
    i = sent_index[anchor.sent]
    if i == 0 or para[i - 1] != para[i]:
        return
    before = sents[i - 1]
    if not any(mn.sent == before and not mn.plural and not proposal_in(text[before[0]:before[1]], mn.end - before[0])
               for mn in mentions):
        return
    a, b, words, rank = period_of(text, before, doc_date)
    if a:
        anchor.date_start, anchor.date_end, anchor.period_text, anchor.date_rank = a, b, words, rank


_BARE_WORDS = frozenset({"umfrage", "umfragen", "befragung", "befragungen", "abfrage", "abfragen", "erhebung",
                         "erhebungen", "befragt", "abgefragt"})


# "wurde … verschickt", "fand … statt", "lief": a sentence telling what was done
_TOLD_DONE = re.compile(r"\b(?:wurden?|worden|hatten?|fand|fanden|lief|liefen|war|waren|erfolgte)\b")


def dated_by_same_word(sv: _Survey, text, mentions) -> None:
    """An undated survey takes the date another sentence gives the same compound
    ("Die Händlerbefragung ist abgeschlossen. … Für die Händlerbefragung wurden im
    Frühjahr 2015 Bögen an die Geschäfte verschickt.")."""
    if any(m.date_start for m in sv.mentions):
        return
    # (a compound either side of the survey word: "Händlerbefragung", "Fragebogenaktion", "Umfragewelle")
    words = {m.word.casefold() for m in sv.mentions if m.prefix or m.word.casefold() not in _BARE_WORDS}
    for mn in mentions:
        if mn in sv.mentions or not mn.date_start or mn.plural or mn.word.casefold() not in words:
            continue
        s, e = mn.sent
        if proposal_in(text[s:e], mn.end - s) or not _TOLD_DONE.search(text, s, e):
            continue
        anchor = sv.mentions[0]
        anchor.date_start, anchor.date_end = mn.date_start, mn.date_end
        anchor.period_text, anchor.date_rank = mn.period_text, mn.date_rank
        return


def meeting_date(sv: _Survey, text, sents, para, sent_index) -> None:
    """A survey held at a meeting takes the meeting's date."""
    if sv.fields.get("date_start") or sv.fields.get("date_end"):
        return
    i = sent_index[sv.mentions[0].sent]
    for j in range(i, max(-1, i - MEETING_LOOKBACK - 1), -1):
        if para[j] != para[i]:
            break
        s, e = sents[j]
        sent = text[s:e]
        if not MEETING.search(sent):
            continue
        dm = _AM_DATE.search(sent)
        if dm:
            d = date_from_match(ANY_DATE.search(dm.group("d")))
            if d:
                sv.fields.update(date_start=d, date_end=d, period_text=one_line(dm.group()))
                return
