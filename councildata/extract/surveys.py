"""Surveys (Umfragen, Befragungen, Abfragen) and their results.

Two kinds of document report surveys:

- a document about something else mentions one in passing ("Ebenfalls eine
  Umfrage bei den Gleichstellungsbeauftragten … ergab …", "wurden die im
  Netzwerk häusliche Gewalt Anwesenden … befragt. Lediglich bei der
  Polizei, … sind … aufgetreten"): each mention that reports a survey that
  took place is a survey, its results are read from its sentence and the
  sentences right after it;
- a survey report (the survey is named in the document's head and the text
  gives figures: "Bürgerumfrage 2013 …", "Regionsumfrage 2019"): one main
  survey whose results are the figures of the running text (and of labelled
  slide lines); values the text gives for earlier waves of the same repeated
  survey ("2016: 12,4 %", "2006 (91,8 %)") are results of those waves, each
  its own survey dated by its year.

A survey without a date of its own that was held at a meeting takes the
meeting's date from the sentences before it ("Dieser Bitte wurde am
22.06.2022 … in der ersten Sitzung des Netzwerkes häusliche Gewalt
nachgekommen … wurden die … Anwesenden … befragt").

Surveys told in passing are read by ``survey_passing``, survey reports by
``survey_report``; what both share (the survey being read, its settled fields,
the name rule) is in ``survey_model``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from . import survey_figures as figs
from .survey_findings import _drop_wished
from .survey_mentions import ASKING_WORD, RETURNS_HINT, Mention, find_mentions
from .survey_mentions import proposal as proposal_in
from .survey_model import HEAD_CHARS, _reference_date, _same_group, _Survey
from .survey_passing import _answers_counted, _passing_surveys
from .survey_people import only_those_who_answered
from .survey_report import _report_surveys
from .text import sentences

if TYPE_CHECKING:
    from . import Context

# A cheap test before any sentence is read.
_ANY_SURVEY_WORD = re.compile(r"[Uu]mfrage|[Bb]efragung|[Aa]bfrage|[Bb]efragt|abgefragt|[Ff]rageb[oö]gen|[Ee]rhebung")
# A document that names a survey in its head is a report of it when it also gives at least this many figures.
REPORT_MIN_FIGURES = 5
# Words that say a survey named in the head has been answered, wherever the report says it:
# "Guter Rücklauf!", "Mit 612 ausgefüllten Fragebögen", "Die Befragten …".
_DONE_IN_TEXT = re.compile(
    r"\b(?:Rücklauf\w*|ausgefüllte[n]?\s+Frageb\w+|zurückgeschickte[n]?|zurückgesandte[n]?|"
    r"Befragten|Antwortenden|Teilnehmenden)\b"
)


def extract(ctx: Context) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    text = ctx.view.text
    if not _survey_words(text):
        return [], []
    sents = sentences(text)
    mentions = find_mentions(text, sents, _reference_date(ctx, text))
    if not mentions:
        return [], []
    para = _paragraphs(text, sents)
    report = _is_report(text, mentions)
    surveys = _passing_surveys(ctx, text, sents, para, mentions) if not report or _told_of_several(mentions) else []
    if report and not _several_surveys(surveys):
        # one survey the whole document reports: every figure of the text is its
        surveys = _report_surveys(ctx, text, sents, para, mentions)
    else:
        starts = [a for a, _ in sents]
        for sv in surveys:
            _answers_counted(sv, text, sents, starts)
    _drop_wished(surveys, text, sents)
    return _rows(ctx, surveys)


def _told_of_several(mentions: list[Mention]) -> bool:
    """Mentions of surveys of at least two different groups of people (a cheap first look)."""
    groups: list[str] = []
    for m in mentions:
        if m.reported and not m.plural and m.respondents and not any(_same_group(m.respondents, g) for g in groups):
            groups.append(m.respondents)
            if len(groups) >= 2:
                return True
    return False


# Substrings every survey or asking word holds: looked for before any pattern (a plain substring
# search is many times faster than a regular expression over a long text without them).
_SURVEY_STEMS = ("mfrage", "efragung", "bfrage", "efragt", "ragebogen", "ragebögen", "rhebung")
_ASKING_STEMS = ("gebeten", "angeschrieben", "wissen", "erfahren", "nterview", "ckgemeldet",
                 # answers counted back from a group: "kamen 227 Meldungen zurück", "gingen 48 Antworten ein"
                 "eldungen", "ntworten")


def _survey_words(text: str) -> bool:
    if any(w in text for w in _SURVEY_STEMS) and _ANY_SURVEY_WORD.search(text):
        return True
    return any(w in text for w in _ASKING_STEMS) and bool(ASKING_WORD.search(text) or RETURNS_HINT.search(text))


def _several_surveys(surveys: list[_Survey]) -> bool:
    """Two or more surveys of different people, each told as done ("Elternbefragung … Befragt wurden
    die Eltern" and, in another section, "wurden alle Vereine angeschrieben"): a report of several
    surveys, each with the results of its own section."""
    groups: list[str] = []
    for sv in surveys:
        people = sv.fields.get("respondents")
        strong = any(m.respondents_strength >= 2 and m.reported for m in sv.mentions)
        if people and strong and not only_those_who_answered(people) \
                and not any(_same_group(people, g) for g in groups):
            groups.append(people)
    return len(groups) >= 2


def _paragraphs(text: str, sents: list[tuple[int, int]]) -> list[int]:
    """Paragraph number of each sentence (paragraphs end at blank lines)."""
    out = []
    n = 0
    prev_end = 0
    for s, e in sents:
        if "\n\n" in text[prev_end:s]:
            n += 1
        out.append(n)
        prev_end = e
    return out


def _is_report(text: str, mentions: list[Mention]) -> bool:
    """The document reports a survey: it names one in its head (not as a plan),
    says somewhere that it took place, and gives figures."""
    head = [m for m in mentions if m.start < HEAD_CHARS and not m.plural
            and not proposal_in(text[m.sent[0]:m.sent[1]], m.end - m.sent[0])]
    if not head or not (any(m.reported for m in mentions) or _DONE_IN_TEXT.search(text)):
        return False
    return any(n >= REPORT_MIN_FIGURES for n, _ in enumerate(figs.PERCENT.finditer(text), 1))


def _rows(ctx, surveys: list[_Survey]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    srows: list[dict[str, Any]] = []
    rrows: list[dict[str, Any]] = []
    for sv in surveys:
        if sv.span is None:
            continue
        f = sv.fields
        rule = "survey.report" if sv.key == "main" else "survey.wave" if sv.key.startswith("w") else "survey.mention"
        conf = 0.8 if rule != "survey.wave" else 0.6
        key = f"{ctx.doc.id}:{sv.key}"
        srows.append(ctx.row(
            ctx.span(*sv.span), rule, conf, _key=key,
            conducted_by=f.get("conducted_by"), respondents=f.get("respondents"),
            date_start=f.get("date_start"), date_end=f.get("date_end"),
            period_text=f.get("period_text"), topic=f.get("topic"),
        ))
        for r in sv.results:
            if r["respondent"] and f.get("respondents") and _same_group(r["respondent"], f["respondents"]):
                r["respondent"] = None  # a figure about all who were asked
            rrows.append(ctx.row(
                ctx.span(r["_start"], r["_end"]), r["_rule"], r["_conf"], _survey_key=key,
                respondent=r["respondent"], finding=r["finding"], value=r["value"], unit=r["unit"],
            ))
    return srows, rrows
