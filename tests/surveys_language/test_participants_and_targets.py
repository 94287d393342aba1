"""Survey rules: the people a survey asked named by the share that took part or by the letter they
received, answers counted as they came back, and figures that are no findings (a target, a wish, a rule
of thumb); sentences written for these tests (invented places)."""

from __future__ import annotations

import pytest

from .common import run


# -- those who took part, named by their share ----------------------------------------------------------


@pytest.mark.parametrize("sentence, people", [
    ("Bei der Einwohnerbefragung in Seedorf hatten 41,5 Prozent der Wahlberechtigten ab 16 Jahren teilgenommen.",
     "Wahlberechtigten ab 16 Jahren"),
    ("An der Umfrage zum Nahverkehr nahmen 38 % der Haushalte teil.", "Haushalte"),
    ("Bei der Elternbefragung haben 62 Prozent der Mütter und Väter geantwortet.", "Mütter und Väter"),
])
def test_the_share_that_took_part_names_those_asked(sentence, people):
    (survey, _), = run(sentence)
    assert survey["respondents"].casefold().startswith(people.casefold().split()[0][:8])


# -- those asked named by the letter they received ------------------------------------------------------


@pytest.mark.parametrize("text, people", [
    ("Anfang Mai haben die Bürger Talheims ein Anschreiben zu der Umfrage mit der Bitte erhalten, mitzumachen. "
     "Bislang haben sich vor allem Anwohner der Ortsmitte an der Umfrage beteiligt.", "Bürger Talheims"),
    ("Alle Haushalte erhielten im Mai einen Fragebogen zur Umfrage über den Nahverkehr. Inzwischen ist die Umfrage "
     "abgeschlossen, der Rücklauf lag bei 31 Prozent.", "Haushalte"),
    ("Die Eltern bekamen ein Schreiben mit dem Zugangscode zur Elternumfrage. Die Umfrage ist beendet.", "Eltern"),
])
def test_the_letter_received_names_those_asked(text, people):
    (survey, _), = run(text)
    assert survey["respondents"] == people


# -- answers counted as they came back ----------------------------------------------------------------


@pytest.mark.parametrize("text, value", [
    ("Die Umfrage zur Ortsmitte läuft seit Mitte Mai. So liegen aktuell 417 Antworten vor, was einer Beteiligung "
     "von 17 Prozent entspricht.", 417),
    ("Die Umfrage unter den Senioren ist abgeschlossen. Immerhin 50 Antworten haben wir zurückerhalten.", 50),
    ("Die Jugendumfrage ist ausgewertet. Es habe 723 Rückmeldungen gegeben.", 723),
    ("Die Bürgerbefragung ist beendet. Insgesamt wurden bis zum Ende der Befragung fast 600 Fragebögen ausgefüllt.",
     600),
])
def test_answers_counted_are_a_result(text, value):
    (_, results), = run(text)
    assert value in [r["value"] for r in results]


# -- figures that are no finding -----------------------------------------------------------------------


@pytest.mark.parametrize("text, wished", [
    ("Die Umfrage ist beendet, die Beteiligung lag bei 17 Prozent. Sein Wunsch wäre eine Beteiligung von 25 Prozent "
     "gewesen.", 25),
    ("Im März wurden alle Vereine befragt. Die Beteiligung lag bei 40 Prozent. Angestrebt wird künftig eine "
     "Rücklaufquote von 60 %.", 60),
    ("Die Befragung der Betriebe ist abgeschlossen, der Rücklauf betrug 22 %. Ziel ist ein Rücklauf von 50 %.", 50),
    ("Die Befragung der Eltern ist beendet, der Rücklauf lag bei 35 %. Man hofft auf 80 % bei der nächsten Runde.", 80),
])
def test_a_target_or_wish_is_no_finding(text, wished):
    (_, results), = run(text)
    values = [r["value"] for r in results]
    assert wished not in values and values


def test_a_target_reached_is_a_finding():
    text = ("Während des Festes wurden die Besucher befragt. Dabei wurde die angestrebte Zahl von 1.000 Interviews "
            "erreicht.")
    (_, results), = run(text)
    assert 1000 in [r["value"] for r in results]


def test_a_rule_of_thumb_is_no_finding():
    text = ("Die Umfrage unter den Bürgern läuft, bislang haben sich 300 Bürger beteiligt. Je mehr Teilnehmer, desto "
            "deutlicher werde das Bild, sagte der Bürgermeister.")
    (_, results), = run(text)
    assert all(not (r["finding"] or "").startswith("Je mehr") for r in results)


@pytest.mark.parametrize("text, value", [
    # what the respondents wish for is a finding
    ("Im Mai wurden die Senioren befragt. 215 Befragte wünschen sich mehr Bänke im Ortskern.", 215),
    ("Die Umfrage unter den Jugendlichen ergab: 70 % erwarten einen Jugendtreff im Ort.", 70),
])
def test_what_respondents_wish_for_is_a_finding(text, value):
    (_, results), = run(text)
    assert value in [r["value"] for r in results]


# -- a survey's year counted from the document's date ---------------------------------------------------


@pytest.mark.parametrize("text, start, end", [
    ("Eine Online-Umfrage unter den Eltern aus dem Vorjahr ergab, dass 30 Prozent mehr Plätze brauchen.",
     "2024-01-01", "2024-12-31"),
    ("Im vergangenen Jahr wurden die Vereine befragt. 40 Prozent klagen über die Hallenzeiten.",
     "2024-01-01", "2024-12-31"),
    ("Letztes Jahr hat die Stadt die Senioren befragt. 70 Prozent leben allein.", "2024-01-01", "2024-12-31"),
    ("Die Befragung der Betriebe des Vorjahres ergab, dass 45 Prozent Fachkräfte suchen.", "2024-01-01", "2024-12-31"),
    ("Die Befragung der Eltern Anfang dieses Jahres ergab: 55 Prozent wünschen Ganztag.", "2025-01-01", "2025-03-31"),
])
def test_a_year_counted_from_the_documents_date(text, start, end):
    (survey, _), = run(text, "2025-06-15")
    assert (survey["date_start"], survey["date_end"]) == (start, end)


# -- the chance to answer told in the past; "Aus der Aktion ging hervor"; "laut Umfrage" --------------------


@pytest.mark.parametrize("text, people", [
    ("Es war den Anwohnern der Lindenstraße bis 12. Mai 2025 möglich, der Stadt im Rahmen einer Fragebogenaktion "
     "ihre Wünsche mitzuteilen.", "Anwohner der Lindenstraße"),
    ("Es war auch den Gewerbetreibenden bis Ende April möglich, an der Umfrage zum Stadtmarketing teilzunehmen.",
     "Gewerbetreibende"),
    ("Den Eltern war es bis zum 30. Juni möglich, sich an der Befragung zur Kita zu beteiligen.", "Eltern"),
])
def test_the_chance_to_answer_told_in_the_past_is_a_survey_of_them(text, people):
    (survey, _), = run(text)
    assert survey["respondents"] == people


def test_a_chance_to_answer_still_open_is_no_survey_done():
    assert run("Den Eltern ist es bis zum 30. Juni möglich, sich an der Befragung zur Kita zu beteiligen.") == []


def test_results_after_aus_der_aktion_ging_hervor():
    text = ("Ergebnisse der Fragebogenaktion\n\nEs war den Anwohnern der Lindenstraße bis 12. Mai 2025 möglich, "
            "der Stadt im Rahmen einer Fragebogenaktion ihre Wünsche mitzuteilen.\n\nAus der Aktion ging hervor, "
            "dass 60 Prozent der Teilnehmer ihr Wohnumfeld als gut bewerten, während 12 Prozent unzufrieden sind.")
    (survey, results), = run(text)
    assert survey["respondents"] == "Anwohner der Lindenstraße"
    assert {60, 12} <= {r["value"] for r in results}


@pytest.mark.parametrize("tail", [
    "Dennoch besteht laut Umfrage weiterer Bedarf an Parkplätzen.",
    "Gemäß Umfrage wünschen sich viele mehr Grün.",
])
def test_laut_umfrage_names_the_survey_told_before(tail):
    text = ("Im Mai 2025 wurden die Anwohner der Lindenstraße befragt. 60 Prozent bewerten ihr Wohnumfeld als gut. "
            + tail)
    assert len(run(text)) == 1
