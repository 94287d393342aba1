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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import survey_figures as figs
from .dates import make_date
from .survey_dating import MEETING, dated_by_mention_before, dated_by_next_sentence, dated_by_same_word, meeting_date
from .survey_findings import _drop_wished, about_results, confirmed, enumeration, reported_speech, result_clause
from .survey_cues import (
    _ASKED_COUNT,
    _AS_FOLLOWS,
    _COUNTED,
    _COUNTED_REACH,
    _FORMS_EVALUATED,
    _FOUND_VERB,
    _PAGE_FURNITURE,
    _PRESENTS_RESULTS,
    _PROCESS,
    _RESULTS_ARE_THERE,
    _RESULTS_HEADING,
    _SECTION_HEADING,
    _SURVEY_NAMED,
    _TAKING_PART,
    _WHO_WAS_ASKED,
    _answer_table,
    _names_another,
)
from .survey_samples import counts_those_asked
from .survey_table_lines import line_figures
from .survey_mentions import ASKING_WORD, RETURNS_HINT, Mention, find_mentions, period_of
from .survey_mentions import proposal as proposal_in
from .survey_people import GOT_LETTER, only_those_who_answered, people_asked
from .text import one_line, sentences

if TYPE_CHECKING:
    from . import Context

# A cheap test before any sentence is read.
_ANY_SURVEY_WORD = re.compile(r"[Uu]mfrage|[Bb]efragung|[Aa]bfrage|[Bb]efragt|abgefragt|[Ff]rageb[oö]gen|[Ee]rhebung")
HEAD_CHARS = 1500
# ... when the document also gives at least this many figures.
REPORT_MIN_FIGURES = 5
# A report with fewer percentages than this reads rough values too ("gut 47 %").
ROUGH_MAX_PERCENTS = 30
# How far after a mention its results are looked for (sentences).
FOLLOW_SENTENCES = 6
# How far around a mention the people asked are looked for (sentences before, after).
NEIGHBOURS = (1, 2)

# A sentence that reports what a survey found: "Demnach …", "Im Ergebnis …",
# "Die Befragten …", "Die Mehrheit …".
_RESULT_SENTENCE = re.compile(
    r"(?:Demnach|Danach|Im\s+Ergebnis|Als\s+Ergebnis|Das\s+Ergebnis|Die\s+Ergebnisse|Dabei\s+(?:zeigte|ergab)\s+sich|"
    r"Es\s+(?:zeigte|ergab)\s+sich|Die\s+Auswertung|Die\s+Befragten|Die\s+Mehrheit|Die\s+meisten|Mehrheitlich|"
    r"Übereinstimmend|Einhellig|Alle\s+Befragten|Keine[rs]?\s+der\s+Befragten|"
    # a statement about all or some of those asked: "Alle Schulen meldeten …", "Viele Eltern …"
    r"(?:Alle|Sämtliche|Keine|Kein|Viele|Wenige|Einige|Mehrere|Nur\s+wenige|Fast\s+alle|Nahezu\s+alle)"
    r"\s+(?:der\s+|befragten\s+)?[A-ZÄÖÜ][\wäöüß*]+\s+[a-zäöüß])"
)
# Words that say a survey named in the head has been answered, wherever the report says it:
# "Guter Rücklauf!", "Mit 612 ausgefüllten Fragebögen", "Die Befragten …".
_DONE_IN_TEXT = re.compile(
    r"\b(?:Rücklauf\w*|ausgefüllte[n]?\s+Frageb\w+|zurückgeschickte[n]?|zurückgesandte[n]?|"
    r"Befragten|Antwortenden|Teilnehmenden)\b"
)
# A cue strong enough to carry results into the next paragraph: it names the results or those asked.
_RESULTS_CUE = re.compile(
    # "Aus der Aktion ging hervor, dass …": what the survey found follows
    r"(?:Aus\s+(?:der|dem|den|dieser|diesem)\s+[\wäöüß-]+\s+(?:ging|geht|gehen|gingen)\s+hervor|Demnach|Im\s+Ergebnis|Als\s+Ergebnis|Das\s+Ergebnis|Die\s+Ergebnisse|Die\s+Auswertung|Die\s+Befragten|"
    r"Alle\s+Befragten|Keine[rs]?\s+der\s+Befragten|Die\s+Mehrheit\s+der\s+Befragten)\b"
)
_MULTI_YEAR_LEGEND = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*\(n\s?=\s?\d+")


@dataclass
class _Survey:
    key: str
    mentions: list[Mention] = field(default_factory=list)
    results: list[dict[str, Any]] = field(default_factory=list)
    year: int | None = None  # waves: the year they are dated by
    span: tuple[int, int] | None = None
    fields: dict[str, Any] = field(default_factory=dict)


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
        for sv in surveys:
            _answers_counted(sv, text, sents)
    _drop_wished(surveys, text, sents)
    return _rows(ctx, surveys)


# A survey named with its year in the document's first lines: "Bürgerumfrage Nordstadt 2022",
# "Elternbefragung 2023 – Ergebnisse".
_TITLED_YEAR = re.compile(
    r"^[^\n]{0,80}?(?:[Uu]mfrage|[Bb]efragung|[Ee]rhebung)\b[^\n]{0,40}?\b(?P<y>(?:19|20)\d{2})\b[^\n]{0,60}$",
    re.MULTILINE,
)
_TITLE_LINES = 3


def _reference_date(ctx: Context, text: str) -> str | None:
    """The date a month without a year is read against: the document's, else the last day of the
    year its title gives the survey ("Seniorenbefragung 2022 / Die Befragung läuft seit Mitte April")."""
    if ctx.date:
        return ctx.date
    lines = [ln for ln in text[:HEAD_CHARS].split("\n") if ln.strip()][:_TITLE_LINES]
    for line in lines:
        m = _TITLED_YEAR.match(line.strip())
        if m:
            return f"{m.group('y')}-12-31"
    return None


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


# ---------------------------------------------------------------------------
# Surveys mentioned in passing


def _passing_surveys(ctx, text, sents, para, mentions) -> list[_Survey]:
    surveys: list[_Survey] = []
    sent_index = {s: i for i, s in enumerate(sents)}
    current: _Survey | None = None
    current_para = -1
    for mn in mentions:
        if not mn.reported or mn.plural:
            continue
        i = sent_index[mn.sent]
        same_place = current is not None and para[i] == current_para
        new_people = mn.respondents and current is not None and current.fields.get("respondents") and (
            mn.respondents != current.fields.get("respondents")
        )
        if same_place and (mn.definite or not mn.respondents) and not new_people:
            current.mentions.append(mn)
            continue
        earlier = _same_survey(surveys, mn, text)
        if earlier is not None:
            earlier.mentions.append(mn)
            current, current_para = earlier, para[i]
            continue
        current = _Survey(key=f"s{len(surveys) + 1}", mentions=[mn])
        current_para = para[i]
        surveys.append(current)
    when = _reference_date(ctx, text)
    for sv in surveys:
        _neighbour_people(sv, text, sents, para, sent_index, when)
        dated_by_mention_before(sv, text, sents, para, sent_index, mentions, when)
        dated_by_same_word(sv, text, mentions)
        dated_by_next_sentence(sv, text, sents, para, sent_index, when)
    surveys = [sv for sv in surveys if not all(m.needs_people and not m.respondents for m in sv.mentions)]
    # "Betreff: Ergebnisse aus der Befragung": a title that names the survey the text then reports,
    # saying neither whom it asked nor when, is that survey, not another one.
    surveys = [sv for sv in surveys if not (
        len(surveys) > 1 and all(_title_line(text, m) and m.definite and not m.respondents and not m.date_start
                                 for m in sv.mentions)
        and any(o is not sv and o.mentions[0].start > sv.mentions[-1].start for o in surveys))]
    if len(surveys) == 1 and not any(m.respondents for m in surveys[0].mentions):
        _people_near_other_mentions(surveys[0], text, sents, para, sent_index, mentions)
    for sv in surveys:
        _settle(sv, ctx)
        meeting_date(sv, text, sents, para, sent_index)
        _passing_results(sv, text, sents, para, sent_index, mentions)
    if len(surveys) == 1:
        _turnout(surveys[0], text, sents)
    return surveys


def _people_near_other_mentions(sv: _Survey, text, sents, para, sent_index, mentions) -> None:
    """The one survey a document discusses, named where it is introduced rather than where
    it is reported ("Anlass sei gewesen, diese Befragung durchzuführen. Ziel war es,
    die Einschätzung der Jugendlichen zu erheben. … dass die Befragung verwiesen wurde")."""
    before, after = NEIGHBOURS
    # "Befragung der Eltern" as the heading over "Im März hat die Verwaltung eine Umfrage durchgeführt."
    for mn in mentions:
        if mn not in sv.mentions and not mn.plural and mn.respondents and _heading(text, mn) \
                and mn.start < sv.mentions[0].start:
            sv.mentions[0].respondents, sv.mentions[0].respondents_strength = mn.respondents, 2
            return
    # "Mitte November haben die Bürger ein Anschreiben zu der Umfrage erhalten. … an der Umfrage beteiligt":
    # the people another sentence of the one survey names as asked
    for mn in mentions:
        if mn not in sv.mentions and not mn.plural and mn.respondents and mn.respondents_strength >= 2 \
                and (not proposal_in(text[mn.sent[0]:mn.sent[1]], mn.end - mn.sent[0])
                     # (a letter received "mit der Bitte, … mitzumachen" is no plan)
                     or GOT_LETTER.search(text, mn.sent[0], mn.sent[1])):
            sv.mentions[0].respondents, sv.mentions[0].respondents_strength = mn.respondents, 2
            return
    for mn in mentions:
        if mn in sv.mentions or mn.plural:
            continue
        i = sent_index[mn.sent]
        for j in [*range(i + 1, min(len(sents), i + 1 + after)), *range(i - 1, max(-1, i - 1 - before), -1)]:
            if para[j] != para[i]:
                continue
            name = people_asked(text[sents[j][0]:sents[j][1]])
            if name:
                sv.mentions[0].respondents, sv.mentions[0].respondents_strength = name, 2
                return


# "Die Beteiligung von etwa 1 %", "Der Rücklauf lag bei 31 %": how many answered, wherever the
# discussion of the one survey a document reports says it.
_TURNOUT_WORD = re.compile(r"R(?:ü|ue)ckl(?:a|ä)uf\w*|Beteiligungsquote|Teilnahmequote|Antwortquote")
_TURNOUT = re.compile(r"\b(?:Beteiligung|Beteiligungsquote|Rücklauf|Rücklaufquote|Teilnahmequote|Antwortquote)\b")


def _turnout(sv: _Survey, text, sents) -> None:
    for a, b in sents:
        if not _TURNOUT.search(text, a, b):
            continue
        for f in figs.figures_in(text, a, b, prose_only=False, rough=True):
            taken = any(r["_start"] < f.end and f.start < r["_end"] or (r["value"], r["unit"]) == (figs.value_of(f), f.unit)
                        and _TURNOUT_WORD.search(r["finding"] or "") for r in sv.results)
            if f.unit == "%" and not taken and _TURNOUT.search(text, f.start, f.end) and not counts_those_asked(text, f):
                _add_figure(sv, f, "survey_result.turnout", 0.6)


_DEMONSTRATIVE = re.compile(
    r"\b(?:[Dd]ies(?:e[rnms]?)?|[Jj]ene[rnms]?|[Dd]erselben|[Dd]ieselbe|(?:der|die|dem|den)\s+(?:genannte[n]?|"
    r"obige[n]?|vorgenannte[n]?|erwähnte[n]?))\s+$"
)


# The form a survey is answered on, not a survey of its own.
_FORM_WORD = re.compile(r"frageb(?:o|ö)gen|fragebogens")


def _same_survey(surveys: list[_Survey], mn: Mention, text: str) -> _Survey | None:
    """The survey an earlier paragraph named that this mention speaks of again:
    the same compound ("Elternbefragung" in the title and in the text), a
    title naming a survey ("Ergebnisse der Anwohnerbefragung") and the text
    reporting it, or "die Umfrage" when the document reported only one;
    unless its people or its dates say it is another."""
    if not surveys:
        return None
    if _DEMONSTRATIVE.search(text, max(0, mn.start - 20), mn.start):
        # "Aus dieser Befragung …", "die genannte Umfrage": the survey told before, whoever answers next
        return surveys[-1]
    if not mn.prefix and not mn.respondents and not mn.date_start and _ACCORDING_TO.search(
            text, max(0, mn.start - 12), mn.start):
        # "Dennoch besteht laut Umfrage weiterer Bedarf": the survey told before, named again
        return surveys[-1]
    if mn.returned and mn.respondents:
        # "Im Mai wurden die Eltern befragt. Von 850 Eltern haben 320 geantwortet.": the answers of a group
        # already asked are that survey's; of another group, a survey of their own
        return next((sv for sv in reversed(surveys) if any(
            m.respondents and _same_group(m.respondents, mn.respondents) for m in sv.mentions)), None)
    word = mn.word.casefold()
    if _FORM_WORD.fullmatch(word) and not mn.prefix and not mn.date_start:
        # "Das Jugendamt hatte 900 Fragebögen über die Kitas ausgegeben", "Der Fragebogen ging an
        # 80 Betriebe": the forms of the survey already told, sent to its sample — no other
        # survey unless a date of its own says so; those who answered, where told, stay its respondents
        if any(m.respondents for m in surveys[-1].mentions):
            mn.respondents_strength = min(mn.respondents_strength, 1)
        return surveys[-1]
    for sv in reversed(surveys):
        same_word = mn.prefix and any(m.prefix and m.word.casefold() == word for m in sv.mentions)
        titled = all(_heading(text, m) for m in sv.mentions) and not sv.results
        # "die Elternbefragung" after "eine Befragung der Eltern": the same people, named again
        same_people = bool(mn.respondents) and any(
            m.respondents and _same_group(m.respondents, mn.respondents) for m in sv.mentions)
        if not (same_word or titled or (mn.definite and len(surveys) == 1 and (not mn.prefix or same_people))):
            continue
        # "650 Teilnehmer an der Onlinebefragung" names no other group than the one asked before
        other_people = mn.respondents and not only_those_who_answered(mn.respondents) and any(
            m.respondents and not _same_group(m.respondents, mn.respondents)
            and (m.respondents_strength >= 2 and mn.respondents_strength >= 2 or titled)
            for m in sv.mentions)
        other_date = mn.date_start and any(
            m.date_start and (m.date_start, m.date_end) != (mn.date_start, mn.date_end) for m in sv.mentions)
        return None if other_people or other_date else sv
    return None


def _title_line(text: str, mn: Mention) -> bool:
    """A mention on a short line of the document's head that is no sentence ("Betreff /
    Radverkehr im Ortskern, Ergebnis der Umfrage")."""
    a = text.rfind("\n", 0, mn.start) + 1
    b = text.find("\n", mn.end)
    line = text[a:b if b >= 0 else len(text)].strip()
    return mn.start < HEAD_CHARS and len(line) <= 160 and not line.endswith((".", "!", "?"))


def _heading(text: str, mn: Mention) -> bool:
    """A mention in a title line ("Betreff: Ergebnisse der Anwohnerbefragung", "TOP 3 …")."""
    s, e = mn.sent
    return "\n" not in text[s:e].strip() and not text[s:e].rstrip().endswith((".", "!", "?")) and e - s <= 160


def _neighbour_people(sv: _Survey, text, sents, para, sent_index, doc_date: str | None = None) -> None:
    """Who was asked, named in a sentence next to the survey's ("Die Verwaltung hat
    eine Abfrage durchgeführt. Befragt wurden alle Kindertagesstätten.")."""
    if any(m.respondents_strength >= 2 for m in sv.mentions):
        return
    before, after = NEIGHBOURS
    for anchor in [m for m in sv.mentions if m.reported] or sv.mentions[:1]:
        i = sent_index[anchor.sent]
        for j in [*range(i + 1, min(len(sents), i + 1 + after)), *range(i - 1, max(-1, i - 1 - before), -1)]:
            if para[j] != para[i]:
                continue
            name = people_asked(text[sents[j][0]:sents[j][1]])
            if name:
                anchor.respondents, anchor.respondents_strength = name, 2
                if not any(m.date_start for m in sv.mentions):
                    # "Im April 2023 wurden die Vereine angeschrieben. Die Umfrage ergab …"
                    a, b, words, rank = period_of(text, sents[j], doc_date)
                    if a:
                        anchor.date_start, anchor.date_end, anchor.period_text, anchor.date_rank = a, b, words, rank
                return


_ACCORDING_TO = re.compile(r"\b(?:laut|gemäß|lt\.)\s+(?:der\s+)?$")


def _passing_results(sv, text, sents, para, sent_index, mentions) -> None:
    """Results after each mention of the survey (a title names it, the text reports it)."""
    done: set[tuple[int, int]] = set()
    for mn in sv.mentions:
        if mn.sent not in done:
            done.add(mn.sent)
            _results_before(sv, mn, text, sents, para, sent_index)
            _results_after(sv, mn, text, sents, para, sent_index, mentions)
    seen: set[tuple[int, int, str | None, str]] = set()
    rates: set[tuple[Any, Any]] = set()
    unique = []
    for r in sv.results:
        key = (r["_start"], r["_end"], r["respondent"], r["finding"])
        if key in seen:
            continue
        seen.add(key)
        if r["value"] is not None and _TURNOUT_WORD.search(r["finding"] or ""):
            # "Dabei wurde eine Rücklaufquote von 38 % erreicht. … Das entspricht einer Rücklaufquote von 38 %."
            if (r["value"], r["unit"]) in rates:
                continue
            rates.add((r["value"], r["unit"]))
        unique.append(r)
    sv.results = unique


def _counts_the_group(text: str, f: figs.Figure) -> bool:
    """The number stands right before the group it counts: "aus 446 Haushalten", "von 800 angeschriebenen
    Firmen" (not "Von 4600 Haushalten kamen 227 Meldungen zurück", read as 227 of them)."""
    return bool(re.match(r"[\d.\s]+(?:(?:angeschriebenen|befragten|ausgewählten|eingeladenen|kontaktierten)\s+)?"
                         + re.escape(f.unit or "") + r"\b", text[f.num_start:f.num_start + 80]))

# A short line that announces the results below it: "Die Ergebnisse im Einzelnen:", "Die Ergebnisse:".
_ANNOUNCES = re.compile(r"[^\n.!?]{0,80}:\s*")


# Answers counted as they came back: "So liegen aktuell 417 Antworten vor", "Es habe 723 Rückmeldungen
# gegeben", "Immerhin 50 Antworten haben wir zurückerhalten", "Bis zum Ende wurden fast 600 Fragebögen
# ausgefüllt", "Inzwischen sind rund 2 500 Fragebögen ausgefüllt zurück".
_ANSWER_UNITS = re.compile(
    r"(?:Antworten|Rückmeldungen|Rueckmeldungen|Meldungen|Fragebögen|Fragebogen|Bögen|Rückläufe|Teilnehmer\w*|"
    r"Teilnahmen|Interviews|Stimmen)"
)
_CAME_IN = re.compile(
    r"\b(?:vor|vorliegen|vorlagen|eingegangen|gingen\b[^.;]{0,60}\bein|ein|zurück|zurückerhalten|erhalten|"
    r"zurückgekommen|ausgefüllt|beantwortet|abgegeben|gegeben|geführt|durchgeführt|gezählt|teilgenommen)\b"
)


def _answers_counted(sv: _Survey, text, sents) -> None:
    """Counts of the answers that came back, in a sentence of the survey's results."""
    for a, b in sents:
        if not _CAME_IN.search(text, a, b) or not _ANSWER_UNITS.search(text, a, b):
            continue
        if not any(a <= m.start < b or r["_start"] < b and a < r["_end"] for m in sv.mentions for r in sv.results) \
                and not any(a <= m.start < b for m in sv.mentions):
            continue  # only sentences that tell the survey or its results
        for f in figs.figures_in(text, a, b, prose_only=False, counts=True, rough=True):
            if f.unit and _ANSWER_UNITS.fullmatch(f.unit) and not counts_those_asked(text, f) and not any(
                    r["_start"] < f.end and f.start < r["_end"] for r in sv.results):
                _add_figure(sv, f, "survey_result.answers_counted", 0.6)


# "… Knapp 30 Prozent glauben, dass … Das ergab eine Befragung der Händler.": the survey named after what
# it found, pointing back to it
_POINTS_BACK = re.compile(
    r"\s*(?:Das|Dies|Diese\s+Zahlen|Diese\s+Ergebnisse|Dieses\s+Ergebnis|So\s+\w+)\s+(?:ergab|ergaben|ergibt|zeigt|zeigte|"
    r"zeigen|zeigten|belegt|belegte|brachte|geht\s+aus)\b"
)
BACK_SENTENCES = 4


def _results_before(sv, anchor, text, sents, para, sent_index) -> None:
    i = sent_index[anchor.sent]
    if not _POINTS_BACK.match(text, anchor.sent[0]):
        return
    found = []
    for j in range(i - 1, max(-1, i - 1 - BACK_SENTENCES), -1):
        if para[j] != para[i]:
            break
        a, b = sents[j]
        more = [f for f in figs.figures_in(text, a, b, prose_only=False, counts=True, rough=True)
                if not counts_those_asked(text, f)]
        found[:0] = more  # "Die übrigen gehen davon aus, …": a sentence between without a figure
    for f in found:
        _add_figure(sv, f, "survey_result.figure_before", 0.6)


def _results_after(sv, anchor, text, sents, para, sent_index, mentions) -> None:
    i = sent_index[anchor.sent]
    s, e = anchor.sent
    people = sv.fields.get("respondents") or ""
    verb = _FOUND_VERB.search(text, anchor.end, e)
    names_sample = bool(_WHO_WAS_ASKED.search(text, s, e)) and bool(people_asked(text[s:e]))
    numeric = [f for f in figs.figures_in(text, s, e, prose_only=False, counts=True, rough=True) if not counts_those_asked(text, f)
               # "Befragt wurden die Eltern …, die eine der 28 Kitas besuchen": those asked, counted
               and not (names_sample and f.unit != "%")
               # "176 Fragebögen aus 446 Haushalten": the group the forms came back from, counted whole
               and not (anchor.returned and f.unit and people and _same_group(f.unit, people)
                        and _counts_the_group(text, f))
               # "Eine Umfrage bei den 12 Ortsvorstehern ergab …": how many were asked
               and not (f.unit not in (None, "%") and people and _same_group(f.unit, people)
                        and (f.num_start < verb.start() if verb else bool(_ASKED_COUNT.search(
                            text, max(s, f.num_start - 25), f.num_start))))]
    for f in numeric:
        _add_figure(sv, f, "survey_result.figure", 0.7)
    if not numeric:
        for fd in result_clause(text, anchor.sent, anchor.end):
            _add_result(sv, fd.start, fd.end, None, fd.finding, None, None, "survey_result.result_clause", 0.75)
        cf = confirmed(text, anchor.sent, (anchor.start, anchor.end))
        if cf:
            _add_result(sv, cf.start, cf.end, None, cf.finding, None, None, "survey_result.confirmed", 0.5)
    # "davon wurden 104 Befragungen vollständig beantwortet": answers counted, not another survey
    # ("Die Umfrage kostete 3.000 Euro": the same survey named again, not another one)
    other_sents = {m.sent for m in mentions if m not in sv.mentions
                   and not _COUNTED.search(text, max(0, m.start - _COUNTED_REACH), m.start)
                   and not (m.definite and not m.prefix and not m.reported
                            # "An der Umfrage nahmen 812 Eltern teil": those who answered the survey told
                            and (not m.respondents or _participation(text, *m.sent)))}
    own_sents = {m.sent for m in sv.mentions}
    quiet = 0  # sentences in a row that said nothing about the survey
    here = para[i]
    # Results go on past the survey's paragraph when the text says they follow
    # ("Die Ergebnisse wurden … vorgestellt:", "Im Ergebnis …"), then paragraph by
    # paragraph while each one gives results.
    flowing = False
    n_here = len(sv.results)  # results when the current paragraph began
    for j in range(i + 1, len(sents)):
        if sents[j] in other_sents or sents[j] in own_sents:
            break
        a, b = sents[j]
        if _PAGE_FURNITURE.fullmatch(text, a, b):
            continue  # a running page header or footer between two paragraphs of results
        if para[j] != here and _SECTION_HEADING.fullmatch(text, a, b):
            if _RESULTS_HEADING.search(text, a, b) and not _SURVEY_NAMED.search(text, a, b):
                here, flowing, n_here, quiet = para[j], True, -1, 0  # "3.2 Ergebnisse": they follow
                continue
            break  # another section ("4. Befragung der Vereine", "5. Zusammenfassung")
        if para[j] != here:
            prev = text[sents[j - 1][0]:sents[j - 1][1]].rstrip()
            cue = bool(_RESULTS_CUE.match(text, a)) or prev.endswith(":") and (
                about_results(prev) or "rgebnis" in prev or bool(_AS_FOLLOWS.search(prev))) or bool(
                _PRESENTS_RESULTS.search(prev)) or bool(_RESULTS_ARE_THERE.search(prev)) or _answer_table(text, a) \
                or bool(_FORMS_EVALUATED.search(text, a, b)) or _participation(text, a, b)
            if not (cue or flowing and len(sv.results) > n_here) or _names_another(text, a, b) and not (
                    _participation(text, a, b) and _THE_SURVEY_AGAIN.search(text, a, b)):
                break
            here, flowing, n_here, quiet = para[j], True, len(sv.results), 0
        elif j - i > FOLLOW_SENTENCES and not flowing:
            break
        if about_results(text[a:b]):
            continue  # "Die Ergebnisse wurden dem Rat vorgestellt:": what follows is one
        # prose or a list ("• 12 Vereine melden …") right after the survey: every line is read
        raw = figs.figures_in(text, a, b, prose_only=False, counts=True, rough=True)
        # "Befragt wurden die Eltern aller Kinder, die eine der 28 Kitas besuchen": the sentence
        # that says who was asked counts them, it reports no finding
        names_sample = bool(_WHO_WAS_ASKED.search(text, a, b)) and bool(people_asked(text[a:b]))
        more = [f for f in raw if not counts_those_asked(text, f) and not (names_sample and f.unit != "%")]
        if not raw and _ANNOUNCES.fullmatch(text, a, b) and ("rgebnis" in text[a:b] or _AS_FOLLOWS.search(text, a, b)):
            flowing, quiet = True, 0  # "Die Ergebnisse im Einzelnen:": what follows are its results
            continue
        if _RESULT_SENTENCE.match(text, a) and not raw and not _PROCESS.search(text, a, b):
            _add_result(sv, a, b, None, one_line(text[a:b]).rstrip(" ."), None, None,
                        "survey_result.result_sentence", 0.6)
            quiet = 0
            continue
        # "2/3 sagen, dass …": a sentence with figures gives them, not a list of things said
        found = [] if more else enumeration(text, sents[j])
        if found:
            for fd in found:
                _add_result(sv, fd.start, fd.end, fd.respondent, fd.finding, None, None,
                            "survey_result.enumeration", 0.75)
            quiet = 0
            continue
        if more:
            for f in more:
                _add_figure(sv, f, "survey_result.figure", 0.65)
            quiet = 0
            continue
        # "An der Befragung hätten alle … teilnehmen können": who could answer, not what they said
        said = [] if _TAKING_PART.search(text, a, b) else reported_speech(text, sents[j])
        if said:
            for fd in said:
                _add_result(sv, fd.start, fd.end, None, fd.finding, None, None, "survey_result.reported_speech", 0.6)
            quiet = 0
            continue
        quiet += 1
        if sv.results and quiet >= 2 and not flowing:
            break


# How many took part or sent their answers back: "Beteiligt hat sich gut ein Drittel", "Bis zum
# Stichtag haben 96 Betriebe ihren Fragebogen zurückgeschickt", "Daran nahmen 812 Eltern teil".
_RETURNED_VERB = re.compile(
    r"\b(?:nahmen|nehmen|nahm)\b(?:[^.;:]|(?<=\d)\.(?=\d)){0,100}?\bteil\b"
    r"|\b(?:geantwortet|antworteten|zurückgeschickt|zurückgesandt|zurückgesendet|zurückgegeben|abgegeben|ausgefüllt"
    r"|eingegangen|eingereicht|beteiligt|teilgenommen)\b",
    re.IGNORECASE,  # (the participle may open the sentence: "Geantwortet haben …", "Beteiligt hat sich …")
)
# The survey told before, named again without a word of its own: "an der Umfrage", "bei dieser Befragung".
_THE_SURVEY_AGAIN = re.compile(r"\b(?:der|die|dieser|diese)\s+(?:Umfrage|Befragung|Erhebung)\b")
_A_FIGURE = re.compile(r"\d|\b(?:Hälfte|Drittel|Viertel|Prozent)\b")


def _participation(text: str, a: int, b: int) -> bool:
    """A sentence that tells with a figure how many took part: a paragraph opening with it goes on
    telling the survey before it."""
    return bool((_TAKING_PART.search(text, a, b) or _RETURNED_VERB.search(text, a, b)) and _A_FIGURE.search(text, a, b)
                and not MEETING.search(text, a, b))  # "An der Sitzung nahmen 14 Mitglieder teil": no answers


# ---------------------------------------------------------------------------
# Survey reports


def _report_surveys(ctx, text, sents, para, mentions) -> list[_Survey]:
    main = _Survey(key="main")
    head_year = next((m.year for m in mentions if m.start < HEAD_CHARS and m.year), None)
    by_rank = sorted((m for m in mentions if m.year and m.date_rank >= 2), key=lambda m: -m.date_rank)
    own_year = head_year or (by_rank[0].year if by_rank else None)
    # The paper's date ("Stand: …") only tells which waves are earlier, never when the survey ran.
    when = _reference_date(ctx, text)
    main_year = own_year or (int(when[:4]) if when else None)
    waves: dict[int, _Survey] = {}
    for mn in mentions:
        if mn.year and main_year and mn.year < main_year and mn.date_rank <= 1:
            waves.setdefault(mn.year, _Survey(key=f"w{mn.year}", year=mn.year)).mentions.append(mn)
        else:
            main.mentions.append(mn)
    if main.mentions:
        _neighbour_people(main, text, sents, para, {sn: i for i, sn in enumerate(sents)}, when)
        if not any(m.respondents for m in main.mentions):
            # a report names who answered anywhere: "nutzten 180 Vereine die Möglichkeit"
            name = next(filter(None, (people_asked(text[a:b]) for a, b in sents)), None)
            if name:
                main.mentions[0].respondents, main.mentions[0].respondents_strength = name, 2
    _settle(main, ctx)
    if not main.fields.get("date_start") and not main.fields.get("date_end") and own_year:
        main.fields.update(date_start=make_date(own_year, 1, 1), date_end=make_date(own_year, 12, 31))
    main_year = int(main.fields["date_start"][:4]) if main.fields.get("date_start") else main_year

    # In a short report a rough value ("gut 47 %") is the finding; in a long one full of
    # precise shares it restates one of them.
    rough = sum(1 for _ in figs.PERCENT.finditer(text)) < ROUGH_MAX_PERCENTS
    blocks = _blocks(text, sents, para)
    per_sentence = []
    stated: set[tuple[float, str | None]] = set()
    block_lines: dict[int, list[figs.Figure]] = {}
    for k, (s, e) in enumerate(sents):
        p = para[k]
        if p not in block_lines:
            bs, be = blocks[p]
            found = [] if _multi_year(text, bs, be) else line_figures(text, bs, be)
            block_lines[p] = found
        lines = [f for f in block_lines[p] if s <= f.num_start < e]
        taken = [(f.num_start, f.num_end) for f in block_lines[p]]
        prose = [f for f in figs.figures_in(text, s, e, rough=rough)
                 if not any(a < f.num_end and f.num_start < b for a, b in taken)]
        stated.update((f.value, f.unit) for f in prose)
        per_sentence.append((k, lines, prose))
    seen: list[tuple[float, str | None, int | None, int]] = []  # value, unit, year, sentence
    seen_lines: set[str] = set()
    for k, lines, prose in per_sentence:
        for f in lines:
            if f.finding in seen_lines or (f.value, f.unit) in stated:
                continue  # a slide shown twice, a chart label repeating the text
            seen_lines.add(f.finding)
            _report_figure(main, waves, main_year, f, "survey_result.slide_line", 0.55)
        for f in prose:
            if any(abs(v - f.value) < 1e-9 and u == f.unit and y == f.year and (k - kk <= 2 or u not in (None, "%"))
                   and not (_item(text, sents[k]) and _item(text, sents[kk]))
                   for v, u, y, kk in seen):
                continue  # the same value again: a restatement (a count of things, anywhere in the report),
                # unless each stands in an item of its own list ("• Die Hälfte … • 50 % fehlt …")
            seen.append((f.value, f.unit, f.year, k))
            _report_figure(main, waves, main_year, f, "survey_result.report_figure", 0.7)
    out = [main]
    for year in sorted(waves, reverse=True):
        w = waves[year]
        _settle(w, ctx)
        for k in ("respondents", "conducted_by"):
            if not w.fields.get(k) and main.fields.get(k):
                w.fields[k] = main.fields[k]
        w.fields.update(date_start=make_date(year, 1, 1), date_end=make_date(year, 12, 31))
        if not w.fields.get("period_text"):
            w.fields["period_text"] = str(year)
        out.append(w)
    return out


_ITEM_START = re.compile(r"[ \t]*(?:[-–•*·▪]|\d{1,2}[.)])[ \t]+")


def _item(text: str, sent: tuple[int, int]) -> bool:
    """A sentence that opens an item of a list."""
    line = text.rfind("\n", 0, sent[0]) + 1
    return bool(_ITEM_START.match(text, line)) and not text[line:sent[0]].strip(" \t-–•*·▪0123456789.)")


def _report_figure(main, waves, main_year, f, rule, conf) -> None:
    """A figure of the survey reported, or of an earlier wave the text names as a
    survey; a comparison value of a wave it does not name is left out."""
    if f.year and main_year and f.year < main_year:
        if f.year in waves:
            _add_figure(waves[f.year], f, rule, conf)
        return
    _add_figure(main, f, rule, conf)


def _blocks(text: str, sents, para) -> dict[int, tuple[int, int]]:
    out: dict[int, tuple[int, int]] = {}
    for (s, e), p in zip(sents, para, strict=True):
        a, b = out.get(p, (s, e))
        out[p] = (min(a, s), max(b, e))
    return out


def _multi_year(text: str, s: int, e: int) -> bool:
    """A chart or table comparing several years: its lines cannot be paired."""
    return len(set(_MULTI_YEAR_LEGEND.findall(text[s:e]))) >= 2


# ---------------------------------------------------------------------------
# Shared


def _settle(sv: _Survey, ctx) -> None:
    """A survey's fields from its mentions: the best reading of each."""
    ms = sv.mentions
    if not ms:
        return
    by_strength = sorted((m for m in ms if m.respondents), key=lambda m: -m.respondents_strength)
    dated = sorted((m for m in ms if m.date_start or m.date_end), key=lambda m: -m.date_rank)
    sv.fields = {
        "conducted_by": next((m.conducted_by for m in ms if m.conducted_by), None),
        "respondents": by_strength[0].respondents if by_strength else None,
        "topic": next((m.topic for m in ms if m.topic), None),
        "date_start": dated[0].date_start if dated else None,
        "date_end": dated[0].date_end if dated else None,
        "period_text": dated[0].period_text if dated else None,
    }
    # The passage that says most about the survey: who was asked, else when.
    anchor = next((m for m in by_strength if m.respondents_strength >= 2), None)
    anchor = anchor or (dated[0] if dated else None) or next((m for m in ms if m.reported), ms[0])
    sv.span = _quote_span(ctx.view.text, anchor)


def _quote_span(text: str, mn: Mention) -> tuple[int, int]:
    s, e = mn.sent
    if e - s <= 400:
        return s, e
    lines = text[s:e].split("\n")
    if sum(map(len, lines)) / len(lines) >= 40:
        # running text: the sentence, or its part up to the clause after the survey word
        if e - s <= 700:
            return s, e
        m = re.search(r"[,;]\s", text[mn.end + 60:e])
        return s, (mn.end + 60 + m.start() if m else e)
    # A long block (a slide, a table): the lines around the survey word.
    a = text.rfind("\n", s, mn.start)
    a = s if a < 0 else a + 1
    b = text.find("\n", mn.end, e)
    return a, (e if b < 0 else b)


_MEASURES = (None, "%", "Note", "€", "Euro", "qm", "m²", "Quadratmeter")


def _add_figure(sv: _Survey, f: figs.Figure, rule: str, conf: float) -> None:
    unit = f.unit
    if unit is None and f.value == int(f.value):
        # "17 Betriebe zahlen … 14 zahlen …": a bare count counts what the count before it counted
        unit = next((r["unit"] for r in reversed(sv.results) if r["unit"] not in _MEASURES), None)
    _add_result(sv, f.start, f.end, f.respondent, f.finding, figs.value_of(f), unit, rule, conf)


def _add_result(sv, a, b, respondent, finding, value, unit, rule, conf) -> None:
    sv.results.append({
        "_start": a, "_end": b, "respondent": respondent, "finding": finding,
        "value": value, "unit": unit, "_rule": rule, "_conf": conf,
    })


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


def _same_group(a: str, b: str) -> bool:
    """One name's words all among the other's, in any case ending ("Anwohner" and
    "Anwohnerinnen und Anwohner", "Ortsvorstehern" and "Ortsvorsteher")."""
    wa = {w.lower().removesuffix("innen") for w in re.findall(r"\w+", a)} - _FILLER
    wb = {w.lower().removesuffix("innen") for w in re.findall(r"\w+", b)} - _FILLER

    def within(xs: set[str], ys: set[str]) -> bool:
        return all(any(x == y or (x.startswith(y) or y.startswith(x)) and abs(len(x) - len(y)) <= 2 for y in ys)
                   for x in xs)

    return bool(wa) and bool(wb) and (within(wa, wb) or within(wb, wa))


_FILLER = frozenset({"der", "die", "das", "des", "den", "dem", "und", "im", "in", "am"})
