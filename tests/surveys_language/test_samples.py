"""Survey rules: the people of a sample drawn at random named next to the survey, the questionnaires
of a survey already told sent to its sample (no survey of their own), thousands set apart by a space,
how many took part told in the paragraph after the survey, and one in so many ("jeder Achte"); texts
written for these tests."""

from __future__ import annotations

import pytest

from councildata.evaluate import names_match
from councildata.extract.survey_people import people_asked

from .common import figures, run


# -- the people of a sample drawn at random --------------------------------------------------------


@pytest.mark.parametrize(("sentence", "people"), [
    ("Im Herbst wurden 3.000 per Los gezogene Mieterinnen und Mieter ab 18 Jahren befragt.",
     "Mieterinnen und Mieter ab 18 Jahren"),
    ("Befragt wurden 2.400 zufällig ausgewählte junge und ältere Bürgerinnen und Bürger.",
     "Bürgerinnen und Bürger"),
    ("Einen Bogen bekamen 900 repräsentativ gezogene Neustädterinnen und Neustädter per Post.",
     "Neustädterinnen und Neustädter"),
    ("Etwa 1.500 repräsentativ ausgewählte Haushalte bekamen im Mai ein Anschreiben.", "Haushalte"),
    ("Angeschrieben wurden 800 nach dem Zufallsprinzip gezogene Eltern.", "Eltern"),
    ("Die Stadt schrieb 4 000 per Zufall aus dem Melderegister ausgewählte Seniorinnen und Senioren an.",
     "Seniorinnen und Senioren"),
    ("Es wurden 600 zufaellig ausgewaehlte Jugendliche angeschrieben.", "Jugendliche"),
])
def test_the_people_of_a_random_sample(sentence, people):
    assert names_match(people_asked(sentence) or "", people), people_asked(sentence)


@pytest.mark.parametrize("sentence", [
    "Die Verwaltung hat die Haushaltsmittel für das kommende Jahr angemeldet.",
    "Die Einwohnerzahl stieg im vergangenen Jahr um 1.200 auf 48.300.",
])
def test_no_sample_without_one(sentence):
    assert people_asked(sentence) is None


def test_a_sample_named_in_the_next_sentence_beats_the_compound():
    text = ("Im Mai und Juni 2023 lief die Bürgerbefragung. Angeschrieben wurden dafür 2.000 nach dem "
            "Zufallsprinzip gezogene Mieterinnen und Mieter ab 16 Jahren. Der Fragebogen umfasste 30 Fragen.")
    (sv, _results), = run(text)
    assert names_match(sv["respondents"], "Mieterinnen und Mieter ab 16 Jahren"), sv["respondents"]
    assert sv["date_start"] == "2023-05-01"


# -- the questionnaires of a survey already told, sent to its sample --------------------------------


@pytest.mark.parametrize("mailing", [
    "Das Schulamt hatte den Kitas zuvor 1.700 Fragebögen zum Weitergeben übergeben.",
    "Der Fragebogen ging über die Elternbeiräte an 80 Gruppen.",
    "Die Fragebögen waren zuvor an alle Vereine verschickt worden.",
    "Den Fragebogen hatten die Kitas an sämtliche Familien weitergegeben.",
])
def test_the_mailing_of_a_told_survey_is_no_survey_of_its_own(mailing):
    text = ("Auswertung: Elternbefragung zur Ferienbetreuung\n\nRund 900 Eltern haben sich an der Befragung zur "
            f"Ferienbetreuung beteiligt. {mailing} Zwei Drittel wünschen sich längere Betreuungszeiten.\n")
    surveys = run(text)
    assert len(surveys) == 1, [s for s, _ in surveys]
    sv, results = surveys[0]
    assert names_match(sv["respondents"], "Eltern"), sv["respondents"]
    assert 900 in [r["value"] for r in results]


def test_a_survey_told_only_by_its_mailing_is_still_one():
    (sv, _results), = run("Die Verwaltung hat im März 2024 Fragebögen an alle 23 Kitas verschickt. "
                          "Geantwortet haben 19 Kitas.")
    assert sv["date_start"] == "2024-03-01"


def test_a_second_survey_with_a_date_of_its_own_stays_apart():
    text = ("Im Mai 2024 wurden die Eltern der Grundschulen befragt. An der Befragung nahmen 412 Eltern teil. "
            "Im Oktober 2022 hatte die Stadt bereits Fragebögen an die Eltern der Kitas verteilt.")
    assert len(run(text)) == 2


# -- thousands set apart by a space ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("Bisher liegen 2 750 ausgefüllte Fragebögen vor.", 2750),
    ("Geantwortet haben 12 480 Haushalte.", 12480),
    ("Insgesamt kamen 1\u202f204 Fragebögen zurück.", 1204),
    ("Beteiligt haben sich 3\u00a0100 Personen.", 3100),
])
def test_thousands_set_apart_by_a_space(text, value):
    assert value in [v for v, _u, _r in figures(text)], figures(text)


def test_a_space_between_two_counts_joins_nothing():
    # a year and a count, or a count of four digits, are no group of thousands
    assert 2500 not in [v for v, _u, _r in figures("Im Jahr 2019 500 Fragebögen, 2023 dann 600 Fragebögen.")]


# -- how many took part, told in the paragraph after the survey -------------------------------------


@pytest.mark.parametrize(("participation", "values"), [
    ("Beteiligt haben sich 38 Prozent der Angeschriebenen, also 2.300 Personen.", [38, 2300]),
    ("An der Umfrage nahmen bis zum Stichtag 1.912 Bürgerinnen und Bürger teil.", [1912]),
    ("Bis zum Ende der Frist haben 96 Haushalte ihren Fragebogen zurückgeschickt.", [96]),
    ("Geantwortet hat bislang knapp ein Drittel, nämlich 31 Prozent.", [31]),
])
def test_participation_in_the_next_paragraph_is_a_result(participation, values):
    text = ("Mitteilung der Verwaltung\n\nIm Herbst 2023 führte die Stadt Neuheim eine Bürgerumfrage durch. "
            "Angeschrieben wurden 6.000 per Los gezogene Neuheimerinnen und Neuheimer.\n\n"
            f"{participation} Die Ergebnisse werden im Frühjahr vorgestellt.\n")
    (sv, results), = run(text)
    got = [r["value"] for r in results]
    assert all(v in got for v in values), results


@pytest.mark.parametrize("paragraph", [
    "An der Sitzung des Rates nahmen 14 Mitglieder teil.",
    "Der Haushalt 2024 umfasst 12 Millionen Euro. Die Einwohnerzahl liegt bei 48.300.",
    "Am Stadtfest beteiligten sich 40 Vereine.",
])
def test_a_next_paragraph_about_something_else_gives_no_result(paragraph):
    text = ("Mitteilung der Verwaltung\n\nIm Herbst 2023 führte die Stadt Neuheim eine Bürgerumfrage durch.\n\n"
            f"{paragraph}\n")
    (sv, results), = run(text)
    assert results == [], results


# -- one in so many: "jeder Achte", "jeden fünfzigsten Befragten" ------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("Jeder achte Haushalt besitzt kein Auto.", 12.5),
    ("Nach der Befragung fährt nur jeder fünfzigste Schüler mit dem Taxi.", 2.0),
    ("Jede dritte Familie wünscht sich längere Öffnungszeiten.", 33.3),
    ("Jedes zehnte Kind kommt mit dem Bus zur Schule.", 10.0),
    ("Nach der Umfrage fährt jeder Zwanzigste täglich mit dem Rad.", 5.0),
    ("Jede/r Vierte gab an, den Markt wöchentlich zu besuchen.", 25.0),
])
def test_one_in_so_many(text, value):
    assert (value, "%") in [(v, u) for v, u, _r in figures(text)], figures(text)


@pytest.mark.parametrize("text", [
    "Die zweite Umfrage folgt im Herbst.",
    "Jeder Haushalt erhielt einen Fragebogen.",
    "Zum dritten Mal fand die Befragung statt.",
])
def test_no_share_without_one_in_so_many(text):
    assert [u for _v, u, _r in figures(text) if u == "%"] == [], figures(text)


# -- a month without a year in an undated document: the year its title gives the survey -------------


@pytest.mark.parametrize(("text", "start"), [
    ("Seniorenbefragung Neustadt 2021\n\nDie Befragung läuft seit Mitte April. Befragt werden alle "
     "Neustädter über 70 Jahre; geantwortet haben bisher 640.\n", "2021-04-01"),
    ("Elternbefragung 2023 – erste Ergebnisse\n\nIm März wurden alle Eltern der Kitas befragt. "
     "Geantwortet haben 410 Familien.\n", "2023-03-01"),
])
def test_a_month_takes_the_year_of_the_surveys_title(text, start):
    (sv, _results), = run(text, date=None)
    assert sv["date_start"] == start, sv


def test_a_year_in_running_text_is_no_title_year():
    text = ("Mitteilung der Verwaltung\n\nIm Jahr 2019 hat die Stadt den Spielplatz erneuert. Im März wurden alle "
            "Eltern der Kitas befragt. Geantwortet haben 410 Familien.\n")
    (sv, _results), = run(text, date=None)
    assert sv["date_start"] is None, sv


# -- "Umfrage der Verwaltung": who asked; "Befragung der Verwaltung": whom a meeting questioned -------


@pytest.mark.parametrize(("text", "value"), [
    ("Laut einer Umfrage der Verwaltung vom Mai 2024 seien zwei Drittel der Befragten mit dem Angebot zufrieden.",
     66.7),
    ("Einer Umfrage der Stadt im März 2024 zufolge nutzen 40 Prozent der Eltern den Ganztag.", 40),
    ("Nach einer Umfrage des Bürgermeisters unter den Vereinen im Januar 2024 fehlen 35 % der Hallenzeiten.", 35),
])
def test_a_poll_of_the_administration_is_a_survey(text, value):
    (sv, results), = run(text)
    assert value in [r["value"] for r in results], results


@pytest.mark.parametrize("text", [
    "Herr Meier regt eine Befragung der Verwaltung zu den Kosten an.",
    "Nach der Befragung des Bürgermeisters durch den Ausschuss wird die Sitzung unterbrochen.",
])
def test_questioning_the_administration_is_no_survey(text):
    assert run(text) == []


# -- counts written as words up to twenty ------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("Die Gemeinde befragte im Juni 2023 die Gewerbetreibenden. Vierzehn Betriebe antworteten.", 14),
    ("Im Mai 2024 wurden die Vereine befragt. Geantwortet haben siebzehn Vereine.", 17),
    ("Im Mai 2024 wurden die Kitas befragt. Dreizehn Kitas meldeten einen Mehrbedarf.", 13),
])
def test_counts_written_as_words(text, value):
    (sv, results), = run(text)
    assert value in [r["value"] for r in results], results


# -- the survey's own period told in the next sentence -----------------------------------------------


@pytest.mark.parametrize(("text", "period"), [
    ("An der Umfrage beteiligten sich 412 Haushalte aus dem Ortskern. Sie fand im Mai 2024 statt. "
     "60 % wünschen sich mehr Parkplätze.", ("2024-05-01", "2024-05-31")),
    ("Die Stadt hat die Eltern der Grundschüler befragt. Die Befragung lief vom 3. bis 28. Juni 2024.",
     ("2024-06-03", "2024-06-28")),
    ("Befragt wurden alle Sportvereine der Gemeinde. Durchgeführt wurde sie im Herbst 2023.",
     ("2023-09-01", "2023-11-30")),
])
def test_the_period_in_the_next_sentence(text, period):
    (sv, _results), = run(text)
    assert (sv["date_start"], sv["date_end"]) == period, sv


def test_a_plan_in_the_next_sentence_is_no_period():
    (sv, _results), = run("Die Stadt hat die Eltern der Grundschüler befragt. Sie wünschen sich im Mai 2025 "
                          "einen neuen Spielplatz.")
    assert sv["date_start"] is None, sv


# -- those who filled in the questionnaire, counted in four digits; their mean age ------------------


@pytest.mark.parametrize(("sentence", "people"), [
    ("1640 Mieter haben ihren Fragebogen ausgefüllt.", "Mieter"),
    ("96 Betriebe schickten ihren Fragebogen zurück.", "Betriebe"),
    ("Insgesamt 412 Eltern hatten den Elternfragebogen bis Ende Mai beantwortet.", "Eltern"),
    ("1.204 Haushalte haben die Bögen vollständig ausgefüllt zurückgegeben.", "Haushalte"),
])
def test_those_who_filled_in_the_form(sentence, people):
    assert names_match(people_asked(sentence) or "", people), people_asked(sentence)


def test_a_report_answered_is_no_form_filled_in():
    assert people_asked("Die 3 Beiräte haben den Bericht beantwortet.") is None


@pytest.mark.parametrize(("text", "value"), [
    ("Die Stadt hat im Mai 2023 eine Umfrage durchgeführt. 3140 Mieter haben ihren Bogen zurückgeschickt.", 3140),
    ("Im Mai 2023 wurden die Vereine befragt. 1500 Mitglieder haben geantwortet.", 1500),
])
def test_four_digit_counts_that_are_no_year(text, value):
    (sv, results), = run(text)
    assert value in [r["value"] for r in results], results


def test_a_year_before_a_noun_is_no_count():
    assert [v for v, _u, _r in figures("Seit 2019 Familien befragt wurden, gilt die Regel.")] == []


@pytest.mark.parametrize(("text", "value"), [
    ("Im Januar 2024 wurden alle Mitglieder des Seniorenbeirats befragt. Das Durchschnittsalter der "
     "Antwortenden betrug 76,4 Jahre.", 76.4),
    ("Die Umfrage unter den Mitgliedern fand im März 2024 statt. Es ergab sich ein Altersdurchschnitt von 71 Jahren.", 71),
    ("Im Mai 2023 wurden die Eltern befragt. Das durchschnittliche Alter der Befragten beträgt 38 Jahre.", 38),
])
def test_the_mean_age_of_those_who_answered(text, value):
    (sv, results), = run(text)
    assert (value, "Jahre") in [(r["value"], r["unit"]) for r in results], results


# -- those who spoke up in the survey: "äußerten sich bei der Umfrage" --------------------------------


@pytest.mark.parametrize(("text", "people", "value"), [
    ("Nur rund zehn Prozent der Händler äußerten sich bei der Umfrage zur Innenstadt.", "Händler", 10),
    ("Nur 25 Händler äußerten sich bei der Befragung im Mai 2024.", "Händler", 25),
    ("Gerade einmal 30 Wirte haben sich seit Anfang März 2024 an der Umfrage beteiligt.", "Wirte", 30),
    ("Zwanzig Prozent der Vereine haben sich in dieser Befragung geäußert.", "Vereine", 20),
])
def test_those_who_spoke_up_in_the_survey(text, people, value):
    (sv, results), = run(text)
    assert names_match(sv["respondents"] or "", people), sv
    assert value in [r["value"] for r in results], results


@pytest.mark.parametrize("text", [
    "Die Fraktionen äußerten sich kritisch zur geplanten Umfrage.",
    "Mehrere Redner äußerten sich zu der Frage, ob eine Befragung sinnvoll sei.",
])
def test_speaking_about_a_survey_is_no_answer_to_it(text):
    assert run(text) == []


# -- what a place has, told beside the survey, is no finding -----------------------------------------


@pytest.mark.parametrize("statistic", [
    "Der Kreis zählt 23 Kitas mit 1.450 Plätzen.",
    "Derzeit besuchen 412 Kinder die Kitas der Stadt.",
    "Im Stadtgebiet gibt es insgesamt 14 Spielplätze.",
    "Die Gemeinde verfügt über 6 Sporthallen.",
])
def test_a_statistic_beside_the_survey_is_no_result(statistic):
    text = f"Im März 2024 wurden die Eltern befragt. {statistic} 60 % der Eltern wünschen längere Öffnungszeiten."
    (sv, results), = run(text)
    assert [r["value"] for r in results] == [60], results


def test_a_finding_told_now_stays_a_result():
    (sv, results), = run("Im März 2024 wurden die Eltern befragt. Aktuell nutzen 40 % der Befragten den Ganztag.")
    assert [r["value"] for r in results] == [40], results


def test_the_asker_with_its_verb_is_no_inventory():
    (sv, results), = run("Die Stadt hat im März 2024 alle Eltern befragt, 23 Eltern wünschen sich einen Spielplatz.")
    assert 23 in [r["value"] for r in results], results
