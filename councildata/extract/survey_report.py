"""A survey report: one survey the whole document reports, whose results are the figures of the
running text and of labelled slide lines; values the text gives for earlier waves of the same
repeated survey are results of those waves, each its own survey dated by its year.
"""

from __future__ import annotations

import re

from . import survey_figures as figs
from .dates import make_date
from .survey_model import HEAD_CHARS, _Survey, _add_figure, _reference_date, _settle
from .survey_passing import _neighbour_people
from .survey_people import people_asked
from .survey_table_lines import line_figures

# A report with fewer percentages than this reads rough values too ("gut 47 %").
ROUGH_MAX_PERCENTS = 30
_MULTI_YEAR_LEGEND = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*\(n\s?=\s?\d+")


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
