"""The whole invented village report (tests/survey_village_report.py): each survey with its people and
results, and none of the figures that are no findings."""

from __future__ import annotations

from ..document_fields_language.common import meta
from ..survey_village_report import TEXT
from .common import run


def _surveys():
    return run(TEXT, "2025-10-14")


def test_the_two_groups_that_answered_are_two_surveys():
    assert [s["respondents"] for s, _ in _surveys()] == ["Haushalte", "Betriebe"]


def test_each_group_gives_its_return_not_its_size():
    (_, households), (_, firms) = _surveys()
    assert 312 in [r["value"] for r in households] and 905 not in [r["value"] for r in households]
    assert {27, 79} <= {r["value"] for r in firms} and 34 not in [r["value"] for r in firms]


def test_every_share_of_the_tallies_and_the_ranked_list_is_a_result():
    values = {r["value"] for _, rs in _surveys() for r in rs}
    assert {70.8, 29.2, 84.6, 15.4, 13.1, 32.7, 54.2} <= values
    assert {96, 71, 58} <= values  # "am häufigsten genannt wurden … (96 Nennungen)"
    assert {66.7, 33.3} <= values  # "Knapp zwei Drittel …", "Jeder dritte Befragte …"


def test_no_finding_from_a_wish_a_target_a_rule_of_thumb_or_a_heading():
    rows = [r for _, rs in _surveys() for r in rs]
    assert 50 not in [r["value"] for r in rows]  # "Ihr Wunsch wäre eine Beteiligung von 50 Prozent gewesen"
    assert 60 not in [r["value"] for r in rows]  # "Angestrebt wird … ein Rücklauf von 60 Prozent"
    findings = [r["finding"] or "" for r in rows]
    assert not any(f.startswith(("Je mehr", "Die Ergebnisse im Einzelnen")) for f in findings)


def test_the_page_is_a_dated_report():
    m = meta(TEXT)
    assert (m.get("type"), m.get("date")) == ("information", "2025-10-14")
