"""What the survey modules share: one survey being read (its mentions, results and settled fields),
the reference date months without a year are read against, title lines, and the name rule that says
two names are one group.

Used by :mod:`councildata.extract.surveys`, ``survey_passing`` and ``survey_report``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import survey_figures as figs
from .survey_mentions import Mention

if TYPE_CHECKING:
    from . import Context

# How far into a document its head reaches (characters).
HEAD_CHARS = 1500


@dataclass
class _Survey:
    key: str
    mentions: list[Mention] = field(default_factory=list)
    results: list[dict[str, Any]] = field(default_factory=list)
    year: int | None = None  # waves: the year they are dated by
    span: tuple[int, int] | None = None
    fields: dict[str, Any] = field(default_factory=dict)



# A survey named with its year in the document's first lines: "Bürgerumfrage Nordstadt 2022",
# "Elternbefragung 2023 – Ergebnisse".
_TITLED_YEAR = re.compile(
    r"^[^\n]{0,80}?(?:[Uu]mfrage|[Bb]efragung|[Ee]rhebung)\b[^\n]{0,40}?\b(?P<y>(?:19|20)\d{2})\b[^\n]{0,60}$",
    re.MULTILINE,
)
# "Im Frühjahr 2021 gab es eine Umfrage zum Radverkehr": a lead line giving the survey's year first
_YEAR_THEN_SURVEY = re.compile(
    r"^[^\n]{0,40}?\b(?P<y>(?:19|20)\d{2})\b[^\n.]{0,40}?\b\S*(?:[Uu]mfrage|[Bb]efragung|[Ee]rhebung)\b[^\n]{0,80}$"
)
_TITLE_LINES = 3


def _reference_date(ctx: Context, text: str) -> str | None:
    """The date a month without a year is read against: the document's, else the last day of the
    year its title gives the survey ("Seniorenbefragung 2022 / Die Befragung läuft seit Mitte April")."""
    if ctx.date:
        return ctx.date
    lines = [ln for ln in text[:HEAD_CHARS].split("\n") if ln.strip()][:_TITLE_LINES]
    for line in lines:
        m = _TITLED_YEAR.match(line.strip()) or _YEAR_THEN_SURVEY.match(line.strip())
        if m:
            return f"{m.group('y')}-12-31"
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



def _settle(sv: _Survey, ctx) -> None:
    """A survey's fields from its mentions: the best reading of each."""
    ms = sv.mentions
    if not ms:
        return
    by_strength = sorted((m for m in ms if m.respondents), key=lambda m: -m.respondents_strength)
    dated = sorted((m for m in ms if m.date_start or m.date_end), key=lambda m: -m.date_rank)
    sv.fields = {
        "conducted_by": next((m.conducted_by for m in ms if m.conducted_by), None),
        "respondents": _resident_name(by_strength[0].respondents, ctx.view.text) if by_strength else None,
        "topic": next((m.topic for m in ms if m.topic), None),
        "date_start": dated[0].date_start if dated else None,
        "date_end": dated[0].date_end if dated else None,
        "period_text": dated[0].period_text if dated else None,
    }
    # The passage that says most about the survey: who was asked, else when.
    anchor = next((m for m in by_strength if m.respondents_strength >= 2), None)
    anchor = anchor or (dated[0] if dated else None) or next((m for m in ms if m.reported), ms[0])
    sv.span = _quote_span(ctx.view.text, anchor)


_DEMONYM = re.compile(r"(?P<place>[A-ZÄÖÜ][a-zäöüß]{3,}(?:-[A-ZÄÖÜ][a-zäöüß]+)?)er")


def _resident_name(people: str, text: str) -> str:
    """People named by their place: "Tannenbacher" are the residents of Tannenbach ("Tannenbacher (Einwohner
    von Tannenbach)", both readings); "alle Lindenfelder Bürgerinnen und Bürger" are "Bürgerinnen und Bürger"
    (where they live is not who they are). Only where the text names the place as one ("in Tannenbach",
    "Stadt Lindenfeld"): "Besucher" or "Mitglieder" stay as they are."""
    words = people.split()
    m = _DEMONYM.fullmatch(words[0])
    if not m or not re.search(rf"\b(?:in|Gemeinde|Ortsgemeinde|Stadt|Ortsteil|Dorf|Markt)\s+{re.escape(m.group('place'))}\b(?!-)",
                              text):
        return people
    if len(words) == 1:
        return f"{people} (Einwohner von {m.group('place')})"
    rest = " ".join(words[1:])
    return rest if rest[:1].isupper() else people


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


# "zwei Umfragen bei den Wehrführern", "drei Befragungswellen": how many surveys there were, no finding of one
_SURVEYS_COUNTED = re.compile(r"\w*(?:[Uu]mfrage|[Bb]efragung|[Aa]bfrage|[Ee]rhebung)(?:en|n|swellen|srunden)?")


def _add_figure(sv: _Survey, f: figs.Figure, rule: str, conf: float) -> None:
    unit = f.unit
    if unit and _SURVEYS_COUNTED.fullmatch(unit):
        return
    if unit is None and f.value == int(f.value):
        # "17 Betriebe zahlen … 14 zahlen …": a bare count counts what the count before it counted
        unit = next((r["unit"] for r in reversed(sv.results) if r["unit"] not in _MEASURES), None)
    _add_result(sv, f.start, f.end, f.respondent, f.finding, figs.value_of(f), unit, rule, conf)


def _add_result(sv, a, b, respondent, finding, value, unit, rule, conf) -> None:
    sv.results.append({
        "_start": a, "_end": b, "respondent": respondent, "finding": finding,
        "value": value, "unit": unit, "_rule": rule, "_conf": conf,
    })


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
