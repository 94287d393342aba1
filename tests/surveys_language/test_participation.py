"""Survey rules: how many took part (a result of the survey, as the corpus gold counts it) against how
many were asked (no result); texts written for these tests."""

from __future__ import annotations

import pytest

from councildata.evaluate import names_match

from .common import run


@pytest.mark.parametrize(("text", "value"), [
    ("An der Umfrage nahmen 312 Eltern teil.", 312),
    ("An der Befragung nahmen im März 2024 insgesamt 121 Gewerbetreibende teil.", 121),
    ("Rund 2000 Bürgerinnen und Bürger ab 60 Jahren haben sich an der Befragung beteiligt.", 2000),
    ("Etwa 1500 Seniorinnen und Senioren hatten sich an der Seniorenbefragung beteiligt.", 1500),
    ("Teilgenommen haben davon mehr als 1.300 Personen, die Umfrage lief im Mai 2024.", 1300),
    ("An der Elternumfrage haben sich 87 Familien beteiligt.", 87),
    ("Bei der Umfrage unter den Betrieben antworteten 48 von 60 Betrieben.", 48),
    ("An der Befragung der Vereine im Herbst 2023 beteiligten sich 23 Vereine.", 23),
])
def test_those_who_took_part_are_a_result(text, value):
    (sv, results), = run(text)
    assert value in [r["value"] for r in results], results


@pytest.mark.parametrize(("text", "values"), [
    ("Im Mai 2024 wurden die Eltern befragt. Über 500 Fragebögen kamen zurück.", [500]),
    ("Im Mai 2024 wurden die Eltern befragt. Zurück kamen 312 Fragebögen.", [312]),
    ("Im Mai 2024 wurden die Eltern befragt. Von 850 angeschriebenen Eltern haben 320 geantwortet.", [320]),
    ("Im Mai 2024 wurden die Eltern befragt. Es wurden 653 Fragebögen beantwortet.", [653]),
    ("Im Mai 2024 wurden die Eltern befragt. Insgesamt haben 214 Eltern den Bogen ausgefüllt.", [214]),
])
def test_forms_returned_and_answers_are_a_result(text, values):
    (sv, results), = run(text)
    assert [r["value"] for r in results] == values


@pytest.mark.parametrize("asked", [
    "Angeschrieben wurden 900 Haushalte.",
    "Insgesamt wurden 436 Familien angeschrieben.",
    "Die Schulen verteilten 2.150 Fragebögen.",
    "Es wurden 1.200 Fragebögen verschickt.",
    "Teilnehmen konnten die Eltern aus 12 Kitas.",
    "An der Befragung hätten alle Jugendlichen aus 19 Gemeinden teilnehmen können.",
    "Eingeladen waren 75 Vereine.",
])
def test_those_asked_are_no_result(asked):
    text = f"Die Umfrage lief im Mai 2024. {asked} Zwei Drittel wünschen mehr Angebote."
    (_, results), = run(text)
    assert [r["value"] for r in results] == [66.7]


@pytest.mark.parametrize(("text", "people"), [
    ("Rund 2000 Bürgerinnen und Bürger ab 60 Jahren haben sich an der Befragung beteiligt.",
     "Bürgerinnen und Bürger ab 60 Jahren"),
    ("An der Umfrage nahmen 312 Eltern teil.", "Eltern"),
    ("Im Jahr 2019 wurden alle Einwohner ab dem 55. Lebensjahr befragt.", "Einwohner ab dem 55. Lebensjahr"),
    ("Es antworteten 48 von 60 Betrieben auf die Umfrage der Wirtschaftsförderung.", "Betriebe"),
])
def test_respondents_from_the_participation_sentence(text, people):
    (sv, _), = run(text)
    assert names_match(sv["respondents"], people), sv["respondents"]


def test_the_period_from_the_participation_sentence():
    (sv, _), = run("Im Jahr 2019 wurden alle Einwohner ab dem 55. Lebensjahr befragt.")
    assert (sv["date_start"], sv["date_end"]) == ("2019-01-01", "2019-12-31")
    (sv, _), = run("An der Umfrage im Oktober 2023 nahmen 312 Eltern teil.")
    assert (sv["date_start"], sv["date_end"]) == ("2023-10-01", "2023-10-31")


@pytest.mark.parametrize(("text", "value"), [
    ("Im Mai 2024 wurden die Betriebe befragt. Der Rücklauf lag bei 41 %.", 41),
    ("Im Mai 2024 wurden die Betriebe befragt. Die Rücklaufquote betrug 38 Prozent.", 38),
    ("Im Mai 2024 wurden die Betriebe befragt. Dabei wurde eine Rückläuferquote von mehr als 38% erreicht.", 38),
    ("Im Mai 2024 wurden die Betriebe befragt. Die Beteiligung lag bei rund 24 v. H.", 24),
])
def test_the_return_rate_is_a_result(text, value):
    (sv, results), = run(text)
    assert [r["value"] for r in results] == [value]


def test_a_whole_whose_part_follows_is_no_result():
    (_, results), = run("Im Mai 2024 wurden die Eltern befragt. Von den berücksichtigten 104 Teilnehmenden wünschen "
                        "69 eine Ganztagsbetreuung, 35 benötigen diese nicht.")
    assert [r["value"] for r in results] == [69, 35]


@pytest.mark.parametrize("asked", [
    "Für die Befragung wurden 3.485 Eltern, die Kinder unter zehn Jahren haben, postalisch eingeladen.",
    "Es wurden 900 Haushalte, die im Ortskern wohnen, angeschrieben.",
    "Dazu wurden 120 Betriebe, die mehr als zehn Beschäftigte haben, zufällig ausgewählt.",
])
def test_those_asked_with_the_verb_after_a_relative_clause(asked):
    (_, results), = run(f"Die Umfrage lief im Mai 2024. {asked} Zwei Drittel wünschen mehr Angebote.")
    assert [r["value"] for r in results] == [66.7]


# ---------------------------------------------------------------------------
# A survey told by its mailing: questionnaires sent to people (active or passive); the number sent is
# how many were asked, no result


@pytest.mark.parametrize(("text", "people"), [
    ("Die Stadtverwaltung schickte Anfang März 8000 Fragebögen an die Bürgerinnen und Bürger.",
     "Bürgerinnen und Bürger"),
    ("Im Herbst waren 3200 Fragebögen an zufällig ausgewählte Musterstädter verschickt worden.", "Musterstädter"),
    ("Der Seniorenbeirat verteilte im Juni 400 Fragebögen an alle Haushalte im Ortsteil.", "Haushalte"),
    ("Das Jugendamt versandte im Mai Fragebögen an die Eltern der Kita-Kinder.", "Eltern der Kita-Kinder"),
])
def test_a_mailing_of_questionnaires_is_a_survey(text, people):
    (sv, results), = run(text)
    assert names_match(sv["respondents"], people), sv["respondents"]
    assert results == []  # how many were sent is how many were asked


@pytest.mark.parametrize("text", [
    "Die Verwaltung wird im Mai Fragebögen an alle Eltern verschicken.",
    "Die Druckerei schickte die Rechnung für die Fragebögen an die Stadtkasse.",
    "Die Verwaltung schickte das Protokoll an alle Fraktionen.",
])
def test_no_mailing_of_questionnaires_no_survey(text):
    assert run(text) == []


def test_mailing_then_forms_returned():
    (sv, results), = run("Die Stadt schickte im März 6000 Fragebögen an die Bürgerinnen und Bürger. "
                         "Bis Ende April kamen 1500 Fragebögen ausgefüllt zurück.")
    assert [r["value"] for r in results] == [1500]


# ---------------------------------------------------------------------------
# The return rate of this survey is a result; what surveys usually reach is a yardstick, no result


@pytest.mark.parametrize(("text", "values"), [
    ("An der Elternbefragung nahmen 240 Eltern teil. Das entspricht einer Rücklaufquote von 38 %.", [240, 38]),
    ("Bei der Umfrage unter den Vereinen lag der Rücklauf bei 64 Prozent.", [64]),
    ("An der Elternbefragung nahmen 240 Eltern teil. Vergleichbare Befragungen erreichen üblicherweise "
     "einen Rücklauf von 15 Prozent.", [240]),
    ("An der Elternbefragung nahmen 240 Eltern teil. Bei ähnlichen Erhebungen anderer Landkreise lag die "
     "Rücklaufquote meist unter 18 Prozent.", [240]),
    ("An der Elternbefragung nahmen 240 Eltern teil. Erfahrungsgemäß liegt der Rücklauf bei rund 25 Prozent.", [240]),
    ("An der Elternbefragung nahmen 240 Eltern teil. Bei vergleichbaren Umfragen antworten meist nur 10 Prozent.",
     [240]),
])
def test_return_rates_of_this_survey_not_of_others(text, values):
    (sv, results), = run(text)
    assert sorted(r["value"] for r in results) == sorted(values)


# ---------------------------------------------------------------------------
# A month without a year before the survey word: that month of the document's year (the year before
# when the month is still to come); a month after it, or two months, date nothing


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Die Stadtverwaltung schickte Anfang März 8000 Fragebögen an die Bürgerinnen und Bürger.",
     "2024-03-01", "2024-03-31"),
    ("Im Mai wurden die Eltern befragt.", "2024-05-01", "2024-05-31"),
    ("Im Oktober wurden die Eltern befragt.", "2023-10-01", "2023-10-31"),
    ("Im März 2023 wurden die Eltern befragt.", "2023-03-01", "2023-03-31"),
    ("Die Eltern wurden befragt, die Ergebnisse kommen im Mai.", None, None),
    ("Mitte Januar und Ende Februar wurden die Vereine befragt.", None, None),
])
def test_a_month_without_a_year_takes_the_documents_year(text, start, end):
    (sv, _), = run(text, "2024-06-15")
    assert (sv["date_start"], sv["date_end"]) == (start, end)


# ---------------------------------------------------------------------------
# "N X haben sich an der Befragung <topic> beteiligt": X took part, even with the topic between;
# compounds of "Eltern" keep their n


@pytest.mark.parametrize(("text", "people", "value"), [
    ("Nicht 800, sondern fast 1.200 Kita-Eltern haben sich an der Umfrage zu den Öffnungszeiten beteiligt.",
     "Kita-Eltern", 1200),
    ("Rund 640 Pflegeeltern haben sich an der Umfrage des Jugendamtes zur Beratung im Landkreis beteiligt.",
     "Pflegeeltern", 640),
    ("Insgesamt 310 Großeltern haben an der Befragung teilgenommen.", "Großeltern", 310),
    ("Rund 1.200 Hortkinder haben sich an der Umfrage zum Mittagessen in den Schulen beteiligt.", "Hortkinder", 1200),
])
def test_those_who_took_part_with_the_topic_between(text, people, value):
    (sv, results), = run(text)
    assert sv["respondents"] == people
    assert [r["value"] for r in results] == [value]
