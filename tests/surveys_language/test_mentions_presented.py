"""Survey rules: the date the results are shown is not the survey's; texts written for these tests."""

from __future__ import annotations

import pytest

from .common import run


@pytest.mark.parametrize(("text", "start"), [
    ("Die Ergebnisse der Befragung vom Mai 2023 wurden im Ausschuss am 12.09.2023 vorgestellt.", "2023-05-01"),
    ("Die Ergebnisse der Elternbefragung werden am 12.09.2023 im Ausschuss vorgestellt.", None),
    ("Die Umfrage unter den Vereinen ist abgeschlossen, die Ergebnisse werden im ersten Quartal 2025 "
     "veröffentlicht.", None),
    ("Die Ergebnisse der im Herbst 2022 durchgeführten Befragung wurden im März 2023 bekanntgegeben.", "2022-09-01"),
])
def test_when_results_are_shown_dates_no_survey(text, start):
    (sv, _), = run(text)
    assert sv["date_start"] == start


def test_further_results_shown_later_are_the_same_survey():
    text = ("Die ersten Ergebnisse der Bürgerbefragung 2019 sind da.\n\n40 % der Befragten sind zufrieden.\n\n"
            "Weitere Ergebnisse der Befragung werden im ersten Quartal 2020 vorgestellt.")
    (sv, results), = run(text)
    assert (sv["date_start"], sv["date_end"]) == ("2019-01-01", "2019-12-31")
    assert [r["value"] for r in results] == [40]


@pytest.mark.parametrize(("text", "start"), [
    ("Die Elternumfrage läuft seit Anfang Mai. 40 % haben schon geantwortet.", "2018-05-01"),
    ("Die Bürgerbefragung läuft nunmehr seit Mitte April, 30 Prozent haben geantwortet.", "2018-04-01"),
    ("Die Elternumfrage läuft seit November. 40 % haben schon geantwortet.", "2017-11-01"),  # last year's
])
def test_a_running_survey_dated_by_its_start(text, start):
    (sv, _), = run(text, "2018-06-01")
    assert sv["date_start"] == start


@pytest.mark.parametrize(("text", "people"), [
    ("Die Bürgerbefragung läuft seit Mitte April. Von den 4.500 Bürgerinnen und Bürgern, die einen Fragebogen "
     "per Post bekommen hatten, haben bisher rund 40 Prozent geantwortet.", "Bürgerinnen und Bürger"),
    ("Die Haushaltsbefragung wurde im März 2024 durchgeführt. Alle Haushalte, die ein Anschreiben erhalten "
     "haben, konnten online teilnehmen.", "Haushalte"),
    ("Die Umfrage ist abgeschlossen. Von den 800 Eltern, die einen Zugangscode erhalten hatten, haben 312 "
     "geantwortet.", "Eltern"),
])
def test_those_asked_named_by_the_form_they_received(text, people):
    (sv, _), = run(text, "2018-06-01")
    assert sv["respondents"] == people
