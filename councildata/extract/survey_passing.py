"""Surveys a document mentions in passing: each mention that reports a survey that took place is
a survey (mentions of the same survey merged), who was asked is read from its sentence or the
sentences around it, and its results from its sentence and the sentences right after it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from . import survey_figures as figs
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
from .survey_dating import MEETING, dated_by_mention_before, dated_by_next_sentence, dated_by_same_word, meeting_date
from .survey_findings import about_results, confirmed, enumeration, reported_speech, result_clause
from .survey_mentions import Mention, period_of
from .survey_mentions import proposal as proposal_in
from .survey_model import (
    _Survey,
    _add_figure,
    _add_result,
    _heading,
    _reference_date,
    _same_group,
    _settle,
    _title_line,
)
from .survey_people import GOT_LETTER, only_those_who_answered, people_asked
from .survey_samples import counts_those_asked
from .text import one_line

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
    surveys = _merge_retold(surveys, text)
    # "Betreff: Ergebnisse aus der Befragung": a title that names the survey the text then reports,
    # saying neither whom it asked nor when, is that survey, not another one.
    surveys = [sv for sv in surveys if not (
        len(surveys) > 1 and all(_title_line(text, m) and m.definite and not m.respondents and not m.date_start
                                 for m in sv.mentions)
        and any(o is not sv and o.mentions[0].start > sv.mentions[-1].start for o in surveys))]
    if len(surveys) == 1 and not any(m.respondents for m in surveys[0].mentions):
        _people_near_other_mentions(surveys[0], text, sents, para, sent_index, mentions)
    blockers = _other_survey_sentences(text, mentions)
    for sv in surveys:
        _settle(sv, ctx)
        meeting_date(sv, text, sents, para, sent_index)
        _passing_results(sv, text, sents, para, sent_index, blockers)
    if len(surveys) == 1:
        _turnout(surveys[0], text, sents)
    return surveys


_ASKED_VERB_ONLY = re.compile(r"(?i:befragt|abgefragt|angeschrieben|interviewt)")


def _merge_retold(surveys: list[_Survey], text: str) -> list[_Survey]:
    """One survey told several times — in a headline, a lead and the body ("Im Frühjahr 2021 gab es eine
    Umfrage …" / "Im April und Mai hatte die Gemeinde eine Online-Befragung begonnen, … die Radfahrer …"),
    or by those who took part ("diesmal waren sämtliche Vereinsmitglieder aufgerufen …" /
    "Am Ende beteiligten sich 212 Vereinsmitglieder an einer Befragung") — is one survey: the same people (or people stated on one side only) and dates
    that agree, and something the tellings share: the people, the compound word, or overlapping dates."""
    out: list[_Survey] = []
    for sv in surveys:
        into = next((o for o in out if _retold(o, sv, text)), None)
        if into is None:
            out.append(sv)
        else:
            into.mentions.extend(sv.mentions)
            into.mentions.sort(key=lambda m: m.start)
    for k, sv in enumerate(out, 1):
        sv.key = f"s{k}"
    return out


def _best_people(sv: _Survey) -> tuple[str | None, int]:
    best = max((m for m in sv.mentions if m.respondents), key=lambda m: m.respondents_strength, default=None)
    return (best.respondents, best.respondents_strength) if best else (None, 0)


def _best_dates(sv: _Survey) -> tuple[str | None, str | None]:
    best = max((m for m in sv.mentions if m.date_start or m.date_end), key=lambda m: m.date_rank, default=None)
    return (best.date_start, best.date_end) if best else (None, None)


def _retold(a: _Survey, b: _Survey, text: str) -> bool:
    (pa, sa), (pb, sb) = _best_people(a), _best_people(b)
    (a0, a1), (b0, b1) = _best_dates(a), _best_dates(b)
    if not pa and not (a0 or a1) and all(_title_line(text, m) for m in a.mentions):
        # "Schulwege-Befragung: Ergebnisse" over "… hat eine Online-Umfrage bei den Schülern durchgeführt":
        # the headline of the survey the text then tells
        return True
    if sa < 2 and sb >= 2 and not (b0 or b1) and all(_ASKED_VERB_ONLY.fullmatch(m.word) for m in b.mentions):
        # "Im Juni erfolgte die Seniorenbefragung. … ¶ Befragt wurden alle Bürgerinnen und Bürger ab 70":
        # whom the survey told before asked, in a sentence without a survey word of its own
        return True
    same_people = bool(pa and pb and sa >= 2 and sb >= 2 and _same_group(pa, pb))
    if pa and pb and sa >= 2 and sb >= 2 and not same_people:
        return False
    dated = bool((a0 or a1) and (b0 or b1))
    overlap = dated and (a0 or a1) <= (b1 or b0) and (b0 or b1) <= (a1 or a0)
    if dated and not overlap:
        return False
    same_word = any(m.prefix and n.prefix and m.word.casefold() == n.word.casefold()
                    for m in a.mentions for n in b.mentions)
    # (a compound's people, "Bürgerbefragung": no other people than those the other telling states)
    return same_people or overlap or same_word and (sa < 2 or sb < 2 or same_people)


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


def _people_told_in(sv: _Survey, anchor: Mention, text: str, sent: tuple[int, int], doc_date) -> bool:
    """Those asked, named in a sentence near the survey's mention; its period too, where the
    survey has none yet (the sentence that names them often says when they were asked)."""
    name = people_asked(text[sent[0]:sent[1]])
    if not name:
        return False
    anchor.respondents, anchor.respondents_strength = name, 2
    if not any(m.date_start for m in sv.mentions):
        a, b, words, rank = period_of(text, sent, doc_date)
        if a:
            anchor.date_start, anchor.date_end, anchor.period_text, anchor.date_rank = a, b, words, rank
    return True


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
            # "Im April 2023 wurden die Vereine angeschrieben. Die Umfrage ergab …"
            if _people_told_in(sv, anchor, text, sents[j], doc_date):
                return
    # "Die erste Befragung fand 2012 statt. ¶ Damals haben lediglich 41 Prozent der Senioren teilgenommen":
    # the share that took part, opening the next paragraph, names those asked
    # (or past a heading over the returns: "Guter Rücklauf" / "Gut 90 Bögen haben wir von den
    # Auszubildenden … zurückbekommen")
    anchor = next((m for m in sv.mentions if m.reported), sv.mentions[0])
    i = sent_index[anchor.sent]
    for j in range(i + 1, min(len(sents), i + 6)):
        if para[j] > para[i] + 2 or not (_participation(text, *sents[j]) or _QUESTIONS_GO.search(text, *sents[j])):
            continue
        # ("Die Fragen erreichen im März 2024 rund 900 Schüler": when they were asked)
        if _people_told_in(sv, anchor, text, sents[j], doc_date):
            return


# "Die Fragen erreichen ab März rund 900 Schülerinnen und Schüler": the questions sent to the people asked
_QUESTIONS_GO = re.compile(r"\b(?:Fragen|Fragebogen|Fragebögen)\b[^.;:?!]{0,40}?\b(?:erreichen|erreichten|erreicht|ging(?:en)?\s+an)\b")
_ACCORDING_TO = re.compile(r"\b(?:laut|gemäß|lt\.)\s+(?:der\s+)?$")


def _other_survey_sentences(text, mentions) -> dict[tuple[int, int], list[Mention]]:
    """Sentences by the mentions in them that name a survey of their own: results of a survey
    stop before one that is not its own. Read once per document, not once per survey."""
    out: dict[tuple[int, int], list[Mention]] = {}
    for m in mentions:
        # "davon wurden 104 Befragungen vollständig beantwortet": answers counted, not another survey
        # ("Die Umfrage kostete 3.000 Euro": the same survey named again, not another one)
        if _COUNTED.search(text, max(0, m.start - _COUNTED_REACH), m.start) or (
                m.definite and not m.prefix and not m.reported
                # "An der Umfrage nahmen 812 Eltern teil": those who answered the survey told
                and (not m.respondents or _participation(text, *m.sent))):
            continue
        out.setdefault(m.sent, []).append(m)
    return out


def _passing_results(sv, text, sents, para, sent_index, blockers) -> None:
    """Results after each mention of the survey (a title names it, the text reports it)."""
    done: set[tuple[int, int]] = set()
    for mn in sv.mentions:
        if mn.sent not in done:
            done.add(mn.sent)
            _results_before(sv, mn, text, sents, para, sent_index)
            _results_after(sv, mn, text, sents, para, sent_index, blockers)
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


def _told_in(sv: _Survey, starts: list[int], sents) -> list[int]:
    """Indices of the sentences that tell the survey or one of its results, in text order.

    Found by bisection (sentences are sorted and do not overlap): a document
    with many surveys must not read every sentence once per survey."""
    told = set()
    for m in sv.mentions:
        k = bisect_right(starts, m.start) - 1
        if k >= 0 and m.start < sents[k][1]:
            told.add(k)
    if sv.mentions:
        for r in sv.results:
            k = max(0, bisect_right(starts, r["_start"]) - 1)
            while k < len(sents) and sents[k][0] < r["_end"]:
                if r["_start"] < sents[k][1]:
                    told.add(k)
                k += 1
    return sorted(told)


def _answers_counted(sv: _Survey, text, sents, starts: list[int]) -> None:
    """Counts of the answers that came back, in a sentence of the survey's results."""
    for k in _told_in(sv, starts, sents):
        a, b = sents[k]
        if not _CAME_IN.search(text, a, b) or not _ANSWER_UNITS.search(text, a, b):
            continue
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


def _results_after(sv, anchor, text, sents, para, sent_index, blockers) -> None:
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
    own_sents = {m.sent for m in sv.mentions}
    quiet = 0  # sentences in a row that said nothing about the survey
    here = para[i]
    # Results go on past the survey's paragraph when the text says they follow
    # ("Die Ergebnisse wurden … vorgestellt:", "Im Ergebnis …"), then paragraph by
    # paragraph while each one gives results.
    flowing = False
    n_here = len(sv.results)  # results when the current paragraph began
    last_told = i  # the last sentence that gave results: the window runs on from it
    announced = False  # a line announced the results: numbered topics below it are theirs
    dry = 0  # paragraphs in a row under announced results that gave none
    for j in range(i + 1, len(sents)):
        if sents[j] in own_sents or any(m not in sv.mentions for m in blockers.get(sents[j], ())):
            break  # the sentence names another survey
        a, b = sents[j]
        if _PAGE_FURNITURE.fullmatch(text, a, b):
            continue  # a running page header or footer between two paragraphs of results
        if para[j] != here and _SECTION_HEADING.fullmatch(text, a, b):
            if _RESULTS_HEADING.search(text, a, b) and not _SURVEY_NAMED.search(text, a, b):
                here, flowing, n_here, quiet = para[j], True, -1, 0  # "3.2 Ergebnisse": they follow
                continue
            if announced and not _SURVEY_NAMED.search(text, a, b):
                # "Die wichtigsten Ergebnisse: / 1. Wohnen / … / 2. Verkehr": the topics of the results announced
                here, flowing, n_here, quiet = para[j], True, -1, 0
                continue
            break  # another section ("4. Befragung der Vereine", "5. Zusammenfassung")
        if para[j] != here and _ANNOUNCES.fullmatch(text, a, b) and _RESULTS_HEADING.search(text, a, b) \
                and not _SURVEY_NAMED.search(text, a, b):
            # "Die wichtigsten Ergebnisse:" on a line of its own: the results follow, section by section
            here, flowing, announced, n_here, quiet = para[j], True, True, -1, 0
            continue
        if para[j] != here:
            prev = text[sents[j - 1][0]:sents[j - 1][1]].rstrip()
            cue = bool(_SURVEY_COMPOUND.search(text, a, b) and _A_FIGURE.search(text, a, b)) or bool(_RESULTS_CUE.match(text, a)) or prev.endswith(":") and (
                about_results(prev) or "rgebnis" in prev or bool(_AS_FOLLOWS.search(prev))) or bool(
                _PRESENTS_RESULTS.search(prev)) or bool(_RESULTS_ARE_THERE.search(prev)) or _answer_table(text, a) \
                or bool(_FORMS_EVALUATED.search(text, a, b)) or _participation(text, a, b)
            # (under announced results one topic without a figure does not end them; two in a row do)
            dry = dry + 1 if announced and len(sv.results) <= n_here else 0
            if not (cue or flowing and (len(sv.results) > n_here or announced and dry < 2)) \
                    or _names_another(text, a, b) and not (
                    _participation(text, a, b) and _THE_SURVEY_AGAIN.search(text, a, b)
                    or _SURVEY_COMPOUND.search(text, a, b)):
                break
            here, flowing, n_here, quiet = para[j], True, len(sv.results), 0
        elif j - last_told > FOLLOW_SENTENCES and not flowing:
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
            quiet, last_told = 0, j
            continue
        # "2/3 sagen, dass …": a sentence with figures gives them, not a list of things said
        found = [] if more else enumeration(text, sents[j])
        if found:
            for fd in found:
                _add_result(sv, fd.start, fd.end, fd.respondent, fd.finding, None, None,
                            "survey_result.enumeration", 0.75)
            quiet, last_told = 0, j
            continue
        if more:
            for f in more:
                _add_figure(sv, f, "survey_result.figure", 0.65)
            quiet, last_told = 0, j
            continue
        # "An der Befragung hätten alle … teilnehmen können": who could answer, not what they said
        said = [] if _TAKING_PART.search(text, a, b) else reported_speech(text, sents[j])
        if said:
            for fd in said:
                _add_result(sv, fd.start, fd.end, None, fd.finding, None, None, "survey_result.reported_speech", 0.6)
            quiet, last_told = 0, j
            continue
        if _ABOUT_ANSWERS.search(text, a, b) or re.search(r"\?\s*[“”\"»«]\s*[.]?\s*$", text[a:b]):
            continue  # "Bei der zweiten Frage gaben die meisten Teilnehmer an, …": still the survey's answers
        quiet += 1
        if sv.results and quiet >= 2 and not flowing:
            break


# A sentence about the answers of those asked, without a figure: it does not end the survey's results.
_ABOUT_ANSWERS = re.compile(
    r"\b(?:Teilnehm(?:er|erinnen|enden)|Befragten|Antwortenden|Frage\s+nach|[Aa]uf\s+die\s+(?:\w+\s+)?Frage|"
    r"(?:gaben|geben|gibt|gab)\s+(?:\w+\s+){1,4}?an\b)"
)
# "Das Umfrage-Angebot nutzten 310 Mieter": the survey named again by a compound, with a figure
_SURVEY_COMPOUND = re.compile(r"\b(?:[Dd]as|[Dd]ie|[Dd]er|[Dd]em|[Dd]en|[Dd]ieses)\s+(?:Umfrage|Befragungs?)-?[a-zäöüA-ZÄÖÜ][\wäöüß]+")
# How many took part or sent their answers back: "Beteiligt hat sich gut ein Drittel", "Bis zum
# Stichtag haben 96 Betriebe ihren Fragebogen zurückgeschickt", "Daran nahmen 812 Eltern teil".
_RETURNED_VERB = re.compile(
    r"\b(?:nahmen|nehmen|nahm)\b(?:[^.;:]|(?<=\d)\.(?=\d)){0,100}?\bteil\b"
    r"|\b(?:geantwortet|antworteten|zurückgeschickt|zurückgesandt|zurückgesendet|zurückgegeben|abgegeben|ausgefüllt"
    r"|zurückbekommen|zurückerhalten|zurückgekommen"
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
