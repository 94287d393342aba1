"""Survey rules: who was asked, named before or after the survey word, in the clause of a survey or in the
sentence next to it; sentences written for these tests."""

from __future__ import annotations

import pytest

from councildata.evaluate import names_match

from .common import run

# ---------------------------------------------------------------------------
# The survey told as held ("gab es", "hatte … gestartet", "Teilnehmer dieser Umfrage") and whom it asked


@pytest.mark.parametrize(("text", "people"), [
    ("Im Frühjahr gab es eine Umfrage unter den Eltern aller Grundschulen. 40 Prozent wünschen eine Ferienbetreuung.",
     "Eltern aller Grundschulen"),
    ("Es gab im Frühjahr eine Befragung unter den Gewerbetreibenden der Innenstadt.", "Gewerbetreibende"),
    ("Die Gemeinde hatte im März eine Online-Umfrage bei den Vereinen gestartet.", "Vereine"),
    ("Gestartet wurde die Befragung unter allen Mieterinnen und Mietern der Wohnungsgesellschaft im Mai.",
     "Mieterinnen und Mieter"),
    ("Anlass war eine Befragung unter den Mietern. Gut 40 Prozent der 350 Teilnehmer dieser Mieterumfrage "
     "wünschen sich einen Hausmeister.", "Mieter"),
    ("Der Sportkreis hatte schon zwei Umfragen direkt bei den Hausmeistern gemacht.", "Hausmeister"),
    ("Die Stadt hat drei Befragungen gezielt bei den Anwohnern durchgeführt.", "Anwohner"),
])
def test_survey_held_and_people(text, people):
    rows = run(text)
    assert len(rows) == 1
    assert names_match(rows[0][0]["respondents"], people), rows[0][0]["respondents"]


@pytest.mark.parametrize("text", [
    # planned, or only started in the future: no survey yet
    "Im Herbst wird die Gemeinde eine Umfrage unter den Eltern starten.",
    "Die Verwaltung soll eine Befragung der Vereine durchführen.",
    # surveys of other places named as an example
    "Er habe bei umliegenden Städten nachgefragt, wie die ihre Seniorenumfrage organisiert haben.",
    "Man habe sich bei den Nachbarkommunen erkundigt, wie dort die Elternbefragung gelaufen sei.",
    "Andere Kommunen haben mit einer Bürgerumfrage gute Erfahrungen gemacht.",
    "Die Nachbarstadt hat im vergangenen Jahr eine Seniorenbefragung durchgeführt.",
])
def test_no_survey_of_ours(text):
    assert run(text) == []


def test_counted_surveys_are_no_finding():
    # "zwei Umfragen" counts the surveys, not what they found
    (sv, results), = run("Die Kreisjugendpflege hat bereits zwei Befragungen gezielt bei den Jugendleitern durchgeführt.")
    assert results == []


def test_our_survey_like_the_neighbours():
    (sv, _), = run("Wie die Nachbargemeinden hat auch unsere Gemeinde eine Umfrage unter den Eltern durchgeführt.")
    assert sv["respondents"] == "Eltern"


# ---------------------------------------------------------------------------
# Those asked, told by the form they received or returned, or the call to answer


@pytest.mark.parametrize(("text", "people"), [
    ("Sämtliche Rentnerinnen und Rentner ab 75 Jahren haben im Juni per Post einen Fragebogen erhalten.",
     "Rentnerinnen und Rentner ab 75 Jahren"),
    ("Alle Vereinsvorsitzenden haben in diesem Frühjahr vom Sportamt einen Fragebogen zugeschickt bekommen.",
     "Vereinsvorsitzende"),
    ("Die Eltern haben Ende Mai den Fragebogen der Schule erhalten.", "Eltern"),
    ("95 junge Familien haben sich eine Stunde Zeit gelassen und ihren Fragebogen ausgefüllt.", "junge Familien"),
    ("Diesmal waren sämtliche Vereinsmitglieder aufgerufen, in einer Umfrage ihre Sicht zu schildern.",
     "Vereinsmitglieder"),
    ("Diesmal wurden alle Anwohner aufgerufen, sich an der Befragung zu beteiligen.", "Anwohner"),
])
def test_people_by_form_or_call(text, people):
    (sv, _), = run(text)
    assert names_match(sv["respondents"], people), sv["respondents"]


@pytest.mark.parametrize(("text", "people"), [
    # those asked in a relative clause on the survey
    ("Den Auftakt machte eine Bürgerbefragung am Markttag, bei der vor dem Rathaus die Passanten befragt "
     "wurden.", "Passanten"),
    ("Es folgte eine Befragung, in der alle Schulleitungen angeschrieben wurden.", "Schulleitungen"),
    # the people whose wishes the survey wanted to know
    ("Im Oktober hatte die Stadt eine Online-Befragung begonnen, um zu erfahren, welche Bedürfnisse die Eltern der "
     "Kinder unter drei Jahren für die Betreuung haben.", "Eltern der Kinder unter drei Jahren"),
    ("Die Gemeinde hat eine Umfrage durchgeführt, um zu erfahren, was die Jugendlichen in ihrer Freizeit "
     "vermissen.", "Jugendliche"),
])
def test_people_in_a_clause(text, people):
    (sv, _), = run(text)
    assert names_match(sv["respondents"], people), sv["respondents"]


def test_place_of_the_survey_is_no_people():
    # "an der Landtagswahl" says where, not whom; the compound names them
    (sv, _), = run("Zuerst wurde eine Bürgerbefragung an der Landtagswahl durchgeführt.")
    assert sv["respondents"] == "Bürger"


def test_share_that_took_part_names_them_next_paragraph():
    text = ("Die erste Befragung fand im Jahr 2012 statt.\n\n"
            "Damals haben lediglich 41 Prozent der Senioren teilgenommen, sagte der Beirat.")
    (sv, results), = run(text)
    assert sv["date_start"] == "2012-01-01"
    assert sv["respondents"] == "Senioren"
    assert [r["value"] for r in results] == [41]


# ---------------------------------------------------------------------------
# A survey under way, and the people its questions reach


@pytest.mark.parametrize(("text", "people", "period"), [
    ("Was fehlt den Kindern in Tannenbach? Das will der Kinderbeirat zurzeit mit einer Befragung klären.\n\n"
     "„Welcher Sport gefällt dir?“, „Wo spielst du am liebsten?“ Solche Fragen erreichen im März 2024 rund 600 "
     "Kinder und Jugendliche in Tannenbach.", "Kinder und Jugendliche", ("2024-03-01", "2024-03-31")),
    ("Der Fragebogen ging im Mai an alle Haushalte der Gemeinde. Die Umfrage ergab, dass 40 Prozent einen Bus "
     "vermissen.", "Haushalte", None),
    ("Die Seniorenvertretung möchte zurzeit mit einer Befragung herausfinden, was fehlt. Die Fragen richten sich "
     "an alle Einwohnerinnen und Einwohner über 70 Jahre.", "Einwohnerinnen und Einwohner über 70 Jahre", None),
])
def test_under_way_and_reached(text, people, period):
    (sv, _), = run(text)
    assert names_match(sv["respondents"], people), sv["respondents"]
    if period:
        assert (sv["date_start"], sv["date_end"]) == period


def test_survey_being_prepared_is_none_yet():
    assert run("Derzeit wird eine Umfrage unter den Eltern vorbereitet.") == []
