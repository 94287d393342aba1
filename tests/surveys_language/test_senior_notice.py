"""The whole invented Mitteilungsvorlage on a seniors' survey (tests/survey_senior_notice.py): one survey
told in the subject line, a lead and the body, its people, its own months (not the paper's "Stand:" date),
the returns, the table flattened to text, means on a scale, fractions and number words; no finding from an
expectation, a target, a wish, a cost, a neighbouring town's survey or a page footer."""

from __future__ import annotations

from councildata.evaluate import names_match

from ..survey_senior_notice import TEXT
from .common import run


def _surveys():
    return run(TEXT, "2024-03-05")


def test_one_survey_of_the_seniors():
    rows = _surveys()
    assert len(rows) == 1
    sv, _ = rows[0]
    assert names_match(sv["respondents"], "Seniorinnen und Senioren ab 70 Jahren")


def test_its_own_months_not_the_papers_date():
    (sv, _), = _surveys()
    assert sv["date_start"].startswith("2023-")
    assert "2023-09-01" <= sv["date_start"] <= "2023-11-30"
    assert sv["date_start"] != "2024-03-05"


def test_returns_table_scale_and_words_are_results():
    (_, results), = _surveys()
    values = [r["value"] for r in results]
    assert 39.1 in values  # the return rate
    assert {61.2, 28.8, 5.9, 4.1} <= set(values)  # the table, one row per answer
    assert {1.9, 2.7} <= set(values)  # means on the scale
    assert {25, 33.3, 11, 5, 412} <= set(values)  # "rund ¼", "Jeder Dritte", "elfmal", "fünfmal", a count


def test_no_expectation_target_cost_neighbour_or_footer():
    (_, results), = _surveys()
    values = [r["value"] for r in results]
    assert 30 not in values  # "hatte mit einem Rücklauf von 30 Prozent gerechnet"
    assert 50 not in [r["value"] for r in results if "Quartiersbüros" in (r["finding"] or "")]
    assert 3480 not in values  # what the survey cost
    assert 28 not in values  # the neighbouring town's return in 2021
    assert not any(v in (1, 2, 3) and "Seite" in (r["finding"] or "") for r in results for v in [r["value"]])
    assert 2140 not in values  # how many forms were sent out
