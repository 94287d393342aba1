"""Survey rules: who was asked, named before or after the survey word, in the clause of a survey or in the
sentence next to it; sentences written for these tests."""

from __future__ import annotations

import pytest

from councildata.evaluate import names_match

from .common import run

# ---------------------------------------------------------------------------
# The survey told as held ("gab es", "hatte … gestartet", "Teilnehmer dieser Umfrage") and whom it asked


@pytest.mark.parametrize(("text", "people"), [
    ("Im Herbst gab es eine Umfrage unter den Eltern aller Kitas. 40 Prozent wünschen längere Öffnungszeiten.",
     "Eltern aller Kitas"),
    ("Es gab im Frühjahr eine Befragung unter den Gewerbetreibenden der Innenstadt.", "Gewerbetreibende"),
    ("Die Gemeinde hatte im März eine Online-Umfrage bei den Vereinen gestartet.", "Vereine"),
    ("Gestartet wurde die Befragung unter allen Mieterinnen und Mietern der Wohnungsgesellschaft im Mai.",
     "Mieterinnen und Mieter"),
    ("Grundlage war eine Umfrage unter den Eltern. Knapp 30 Prozent von insgesamt 350 Teilnehmern dieser "
     "Elternumfrage sprachen sich für längere Öffnungszeiten aus.", "Eltern"),
    ("Der Kreisverband führte bereits zwei Umfragen direkt bei den Wehrführern durch.", "Wehrführer"),
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
    "Sie habe sich bei Nachbargemeinden informiert, wie die eine Jugendbefragung durchgeführt hatten.",
    "Andere Kommunen haben mit einer Bürgerumfrage gute Erfahrungen gemacht.",
    "Die Nachbarstadt hat im vergangenen Jahr eine Seniorenbefragung durchgeführt.",
])
def test_no_survey_of_ours(text):
    assert run(text) == []


def test_counted_surveys_are_no_finding():
    # "zwei Umfragen" counts the surveys, not what they found
    (sv, results), = run("Der Verband führte bereits zwei Umfragen direkt bei den Einheitsleitern durch.")
    assert results == []


def test_our_survey_like_the_neighbours():
    (sv, _), = run("Wie die Nachbargemeinden hat auch unsere Gemeinde eine Umfrage unter den Eltern durchgeführt.")
    assert sv["respondents"] == "Eltern"


# ---------------------------------------------------------------------------
# Those asked, told by the form they received or returned, or the call to answer


@pytest.mark.parametrize(("text", "people"), [
    ("Alle Senioren ab 70 Jahren haben im Juni von der Stadt einen Fragebogen erhalten.", "Senioren ab 70 Jahren"),
    ("Alle Seniorinnen und Senioren ab 65 Jahren haben in diesem Frühjahr per Post einen Fragebogen zugeschickt "
     "bekommen.", "Seniorinnen und Senioren ab 65 Jahren"),
    ("Die Eltern haben Ende Mai den Fragebogen der Schule erhalten.", "Eltern"),
    ("189 ältere Menschen haben sich die Zeit genommen und den Fragebogen ausgefüllt.", "ältere Menschen"),
    ("Nun waren aber alle aktiven Mitglieder gefragt, ihre Meinung in einer Umfrage abzugeben.", "Mitglieder"),
    ("Diesmal wurden alle Anwohner aufgerufen, sich an der Befragung zu beteiligen.", "Anwohner"),
])
def test_people_by_form_or_call(text, people):
    (sv, _), = run(text)
    assert names_match(sv["respondents"], people), sv["respondents"]


@pytest.mark.parametrize(("text", "people"), [
    # those asked in a relative clause on the survey
    ("Gestartet wurde mit einer Bürgerbefragung am Wahlsonntag, bei der vor den Wahllokalen die Wähler befragt "
     "wurden.", "Wähler"),
    ("Es folgte eine Befragung, in der alle Schulleitungen angeschrieben wurden.", "Schulleitungen"),
    # the people whose wishes the survey wanted to know
    ("Im Oktober hatte die Stadt eine Online-Umfrage gestartet, um zu sehen, welche Wünsche die Eltern der "
     "Kinder unter drei Jahren für die Betreuung haben.", "Eltern der Kinder unter drei Jahren"),
    ("Die Gemeinde hat eine Umfrage durchgeführt, um zu erfahren, was die Jugendlichen in ihrer Freizeit "
     "vermissen.", "Jugendliche"),
])
def test_people_in_a_clause(text, people):
    (sv, _), = run(text)
    assert names_match(sv["respondents"], people), sv["respondents"]


def test_place_of_the_survey_is_no_people():
    # "an der Kommunalwahl" says where, not whom; the compound names them
    (sv, _), = run("Gestartet wurde mit einer Bürgerbefragung an der Kommunalwahl.")
    assert sv["respondents"] == "Bürger"


def test_share_that_took_part_names_them_next_paragraph():
    text = ("Die letzte Befragung fand im Jahr 2010 statt.\n\n"
            "Damals haben nur 34 Prozent der Jugendlichen teilgenommen, sagte die Beauftragte.")
    (sv, results), = run(text)
    assert sv["date_start"] == "2010-01-01"
    assert [r["value"] for r in results] == [34]
