"""Survey rules: the survey's own period in months without a year, resolved against the document's year
(the year before when the months are still to come); a day ages were counted on is no period. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from .common import run


@pytest.mark.parametrize(("text", "date", "period"), [
    ("Im Oktober und November hatte die Gemeinde eine Befragung unter den Landwirten durchgeführt.", "2023-02-10",
     ("2022-10-01", "2022-11-30")),
    ("Von Mai bis September lief die Umfrage des Behindertenbeirats unter den Mitgliedern der Selbsthilfegruppen.",
     "2023-11-20", ("2023-05-01", "2023-09-30")),
    ("Zwischen März und April wurden die Vereine befragt.", "2024-06-15", ("2024-03-01", "2024-04-30")),
    ("In den Monaten Juni bis August lief die Befragung der Gewerbetreibenden.", "2024-10-01",
     ("2024-06-01", "2024-08-31")),
    # over the turn of the year
    ("Von November bis Januar wurden die Eltern befragt.", "2024-03-01", ("2023-11-01", "2024-01-31")),
    ("Im September und Oktober wurden die Anwohner befragt.", "2024-06-15", ("2023-09-01", "2023-10-31")),
])
def test_months_without_a_year(text, date, period):
    (sv, _), = run(text, date)
    assert (sv["date_start"], sv["date_end"]) == period


def test_year_from_the_lead_line():
    text = ("Auswertung der Pendlerumfrage\n"
            "Im Herbst 2021 gab es eine Befragung zum Nahverkehr.\n\n"
            "Im Oktober und November hatte der Landkreis eine Befragung unter den Pendlern durchgeführt.")
    (sv, _), = run(text, None)
    assert (sv["date_start"], sv["date_end"]) == ("2021-10-01", "2021-11-30")


@pytest.mark.parametrize(("text", "period"), [
    ("Im Juni fand die Seniorenbefragung statt. Befragt wurden alle Einwohnerinnen und Einwohner, die am "
     "1. Januar 2024 75 Jahre oder älter waren.", ("2024-06-01", "2024-06-30")),
    ("Im Mai wurden alle Einwohner befragt, die am 31.12.2023 achtzig Jahre alt waren.", ("2024-05-01", "2024-05-31")),
])
def test_day_of_age_is_no_period(text, period):
    (sv, _), = run(text, "2024-09-01")
    assert (sv["date_start"], sv["date_end"]) == period


def test_months_with_a_year_unchanged():
    (sv, _), = run("Im Mai und Juni 2019 wurden die Eltern befragt.", "2024-06-15")
    assert (sv["date_start"], sv["date_end"]) == ("2019-05-01", "2019-06-30")
