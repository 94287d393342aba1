"""Survey rules: what is a survey (asking with or without a survey word, one survey told
several times, two stay two, its date); sentences written for these tests."""

from __future__ import annotations

import pytest

from councildata.evaluate import names_match

from .common import figures, run

# ---------------------------------------------------------------------------
# A questionnaire handed to people is a survey of them


@pytest.mark.parametrize(("text", "people"), [
    ("Im Mai 2024 wurde ein Fragebogen an alle Haushalte verteilt. Die Auswertung läuft.", "Haushalte"),
    ("Die Fragebögen wurden an die Eltern der Kindertagesstätten verschickt.", "Eltern der Kindertagesstätten"),
    ("Es wurden 300 Fragebögen an Vereine versandt; 120 kamen zurück.", "Vereine"),
    ("Ein Elternfragebogen wurde an die Familien ausgegeben.", "Familien"),
    ("Die Gemeinde hat einen Fragebogen an sämtliche Gewerbetreibenden verschickt.", "Gewerbetreibende"),
    ("Um die Nachfrage abzuschätzen, hat die Schulleitung einen Fragebogen erstellt, der an die Eltern der "
     "Klassen 5 bis 7 ausgegeben wurde.", "Eltern der Klassen 5 bis 7"),
    ("Alle Schülerinnen und Schüler der Klassen 5 bis 10 erhielten einen Fragebogen.",
     "Schülerinnen und Schüler der Klassen 5 bis 10"),
    ("Die Fragebogen wurden an die Buerger verteilt.", "Buerger"),
])
def test_questionnaire_handed_out_is_a_survey(text, people):
    (sv, _), = run(text)
    assert sv["respondents"] == people


@pytest.mark.parametrize("text", [
    "Der Fragebogen soll an alle Haushalte verteilt werden.",
    "Die Verwaltung wird gebeten, einen Fragebogen an die Vereine zu verschicken.",
    "Der Fragebogen zur Grundsteuer wurde an das Finanzamt übersandt.",
    "Wurde der Fragebogen an alle Haushalte verteilt?",
    "Ein Fragebogen liegt der Vorlage bei.",
])
def test_questionnaire_not_a_survey(text):
    assert run(text) == []


# ---------------------------------------------------------------------------
# A survey dealt with as a paper has taken place


@pytest.mark.parametrize("text", [
    "Der Vorsitzende teilt mit, dass die Befragung an den Sozialausschuss verwiesen wurde.",
    "Die Umfrage wurde dem Ausschuss in der letzten Sitzung vorgestellt.",
    "Die Elternbefragung wurde zur Kenntnis genommen.",
    "Die Seniorenbefragung ist dem Sozialausschuss vorgelegt worden.",
])
def test_survey_dealt_with_has_taken_place(text):
    assert len(run(text)) == 1


@pytest.mark.parametrize("text", [
    "Wenn die Befragung beendet ist, will die Verwaltung im Ausschuss berichten.",
    "Sobald die Ergebnisse der Umfrage vorliegen, wird der Rat informiert.",
    "Der Entwurf der Befragung wurde dem Ausschuss vorgestellt.",
    "Der Fragebogen zur Elternbefragung wurde vorgestellt.",
    "Zweck und Ablauf der Befragung wurden dem Ausschuss vorgestellt.",
    "Wurde die Umfrage bereits vorgestellt?",
    "Eine Befragung wurde vorgeschlagen.",
])
def test_plan_of_a_survey_has_not(text):
    assert run(text) == []


# ---------------------------------------------------------------------------
# "Erhebung": a survey only where people were asked


@pytest.mark.parametrize(("text", "people"), [
    ("Die Verwaltung hat im Januar 2024 eine Erhebung bei allen Sportvereinen durchgeführt.", "Sportvereine"),
    ("Eine Erhebung unter den Gewerbetreibenden ergab, dass 40 % Fachkräfte suchen.", "Gewerbetreibende"),
    ("Die Bedarfserhebung bei den Eltern wurde im Mai abgeschlossen und ausgewertet.", "Eltern"),
    ("Die Elternerhebung ergab einen Bedarf von 25 Plätzen.", "Eltern"),
])
def test_erhebung_that_asks_people(text, people):
    (sv, _), = run(text)
    assert sv["respondents"] == people


@pytest.mark.parametrize("text", [
    "Die Erhebung von Gebühren wurde 2023 durchgeführt.",
    "Die Gebührenerhebung ergab Mehreinnahmen von 20 %.",
    "Eine Verkehrserhebung an der Hauptstraße ergab 12.000 Fahrzeuge am Tag.",
    "Die Datenerhebung wurde im Mai durchgeführt.",
    "Die Erhebung der Straßenausbaubeiträge ergab 40 % mehr Einnahmen.",
])
def test_erhebung_without_people_asked(text):
    assert run(text) == []


# ---------------------------------------------------------------------------
# The administration's own survey; "according to" a survey


@pytest.mark.parametrize(("text", "people", "by"), [
    ("Nach einer Abfrage der Verwaltung bei den Grundschulen fehlen 6 Klassenräume.", "Grundschulen", "Verwaltung"),
    ("Eine Umfrage der Verwaltung unter den Vereinen ergab, dass 14 Vereine Bedarf haben.", "Vereine", "Verwaltung"),
    ("Laut einer Umfrage der IHK unter 300 Betrieben rechnen 40 % mit sinkenden Umsätzen.", "Betriebe", "IHK"),
    ("Gemäß einer Erhebung des Landratsamtes bei den Pflegediensten fehlen 30 Fachkräfte.", "Pflegedienste", "Landratsamt"),
])
def test_survey_by_the_administration(text, people, by):
    (sv, results), = run(text)
    assert (sv["respondents"], sv["conducted_by"]) == (people, by)
    assert results


@pytest.mark.parametrize("text", [
    "Die Befragung der Verwaltung durch Stadtrat Meier ergab keine neuen Erkenntnisse.",
    "Nach der Befragung wird die Verwaltung berichten.",
    "Die Abfrage der Daten im Melderegister ergab 412 Treffer.",
])
def test_questioning_or_a_data_query_is_no_survey(text):
    assert run(text) == []


def test_results_in_the_sentence_after_a_colon():
    (sv, results), = run("Die Verwaltung hat die Kitas abgefragt: 9 von 12 Kitas haben Wartelisten.")
    assert sv["respondents"] == "Kitas"
    assert [(r["value"], r["unit"]) for r in results] == [(9, "Kitas")]


def test_how_many_were_asked_is_not_a_result():
    (sv, results), = run("Die Verwaltung hat eine Umfrage unter den 62 Jugendtreffs durchgeführt.")
    assert results == []


def test_according_to_the_survey():
    (sv, results), = run("Aus der Befragung geht hervor, dass 70 % der Befragten den Markt regelmäßig besuchen.")
    assert sv["respondents"] is None  # "der Befragten" are those who answered, not a group
    assert [r["value"] for r in results] == [70]


@pytest.mark.parametrize(("when", "start", "end"), [
    ("im Juni/Juli 2023", "2023-06-01", "2023-07-31"),
    ("im ersten Halbjahr 2023", "2023-01-01", "2023-06-30"),
    ("im 2. Halbjahr 2022", "2022-07-01", "2022-12-31"),
    ("im Zeitraum 01.06.–30.06.2023", "2023-06-01", "2023-06-30"),
    ("zwischen dem 1. und 15. März 2024", "2024-03-01", "2024-03-15"),
    ("bis zum 31.05.2024", None, "2024-05-31"),  # when it ended; its start is not said
    ("am 31.05.2024", "2024-05-31", "2024-05-31"),
])
def test_survey_periods(when, start, end):
    (sv, _), = run(f"Die Eltern wurden {when} befragt.")
    assert (sv["date_start"], sv["date_end"]) == (start, end)


# ---------------------------------------------------------------------------
# One survey told in several paragraphs is one row; two surveys stay two


@pytest.mark.parametrize(("text", "people", "values"), [
    ("Die Verwaltung hat im Mai 2024 alle Kitas befragt.\n\nDie Abfrage ergab, dass 3 Kitas Wartelisten führen.",
     "Kitas", [3]),
    ("Die Elternbefragung wurde im März 2024 durchgeführt.\n\n"
     "Die Elternumfrage zeigte, dass 40 % längere Öffnungszeiten wünschen.", "Eltern", [40]),
    ("Im Mai 2024 fand eine Bürgerbefragung statt.\n\nDie Umfrage ergab, dass 61 % mit dem Bus zufrieden sind.",
     "Bürger", [61]),
])
def test_one_survey_in_several_paragraphs(text, people, values):
    (sv, results), = run(text)
    assert sv["respondents"] == people
    assert [r["value"] for r in results] == values


def test_two_surveys_stay_two():
    text = ("Die Umfrage unter den Eltern ergab, dass 55 % zufrieden sind. "
            "Eine Befragung der Erzieherinnen zeigte, dass 30 % überlastet sind.")
    got = [(sv["respondents"], [r["value"] for r in rs]) for sv, rs in run(text)]
    assert got == [("Eltern", [55]), ("Erzieherinnen", [30])]


@pytest.mark.parametrize("text", [
    "Die Abfrage im Melderegister ergab 412 Treffer.",
    "Eine Abfrage der Datenbank zeigte 37 Einträge.",
    "Die Abfrage ergab keine Treffer.",
])
def test_query_of_data_is_no_survey(text):
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "Von den Vereinsmitgliedern sind 32 % zweimal pro Woche aktiv, weitere 41 % einmal pro Woche.",
    "Unter den Frauen nutzen 20 % das Angebot täglich, und weitere 35 % wöchentlich.",
])
def test_further_share_of_the_same_group(text):
    groups = [g for _, _, g in figures(text)]
    assert len(groups) == 2 and groups[0] is not None and groups[1] == groups[0]


# ---------------------------------------------------------------------------
# A survey mentioned again with its participant count is the same survey


@pytest.mark.parametrize("again", [
    "Herr Braun berichtet, dass 650 Teilnehmer an der Onlinebefragung mitgemacht haben.",
    "An der Onlinebefragung haben 650 Personen teilgenommen.",
    "Die Onlinebefragung hatte 650 Teilnehmende.",
])
def test_survey_told_again_with_its_participants_is_one(again):
    text = ("Vom 01.02.2024 bis 30.04.2024 fand die Onlinebefragung statt. Es wurden Jugendliche im Alter "
            "von 12 bis 18 Jahren befragt. 62 % der Befragten treffen sich im Park.\n\n" + again + "\n")
    surveys = run(text)
    assert len(surveys) == 1
    assert surveys[0][0]["respondents"].startswith("Jugendliche")


def test_survey_of_other_people_told_later_stays_another():
    text = ("Vom 01.02.2024 bis 30.04.2024 fand die Onlinebefragung statt. Es wurden Jugendliche im Alter "
            "von 12 bis 18 Jahren befragt. 62 % der Befragten treffen sich im Park.\n\n"
            "Außerdem haben im Herbst 2023 bei einer Onlinebefragung 120 Eltern teilgenommen.\n")
    assert len(run(text)) == 2


# ---------------------------------------------------------------------------
# A survey dated by the sentence before it that names the survey with its date


@pytest.mark.parametrize(("text", "start"), [
    ("Herr Kurz berichtet über die am 19.08.2023 angelegte Aktion der Verkehrszählung, Befragung und "
     "Lärmmessung am See. Es wurden 900 Besucher gezählt, von denen 700 Personen befragt wurden.", "2023-08-19"),
    ("Im Mai 2023 fand eine Befragung am Bahnhof statt. Dabei wurden 300 Fahrgäste befragt.", "2023-05-01"),
])
def test_survey_dated_by_the_mention_before(text, start):
    (sv, _), = run(text)
    assert sv["date_start"] == start


def test_date_before_without_a_survey_word_is_not_the_surveys():
    (sv, _), = run("Am 19.08.2023 tagte der Ausschuss am See. Es wurden 700 Besucher befragt.")
    assert sv["date_start"] is None


@pytest.mark.parametrize("intro", [
    "Davon verteilen sich die Anteile wie folgt:",
    "Die Antworten verteilen sich folgendermaßen:",
    "Die Anteile waren im Einzelnen:",
])
def test_list_announced_as_following_is_the_surveys(intro):
    text = ("Am 12.05.2023 wurden 400 Besucher des Freibads befragt. " + intro +
            "\n\n· 60 % kamen mit dem Rad,\n\n· 30 % kamen zu Fuß.\n")
    (_, results), = run(text)
    assert sorted(r["value"] for r in results) == [30, 60]


def test_list_after_an_unrelated_colon_is_not_the_surveys():
    text = ("Am 12.05.2023 wurden 400 Besucher des Freibads befragt. Weitere Punkte der Sitzung:"
            "\n\n· 60 % Zuschuss für den Verein,\n\n· 30 % Eigenanteil.\n")
    (_, results), = run(text)
    assert results == []


@pytest.mark.parametrize("counted", [
    "davon wurden 104 Befragungen vollständig beantwortet",
    "davon waren 98 ausgefüllte Umfragen verwertbar",
    "es gingen 1.204 gültige Befragungen ein",
])
def test_answers_counted_are_not_another_survey(counted):
    text = ("Im März 2024 wurde eine Befragung der Eltern durchgeführt. Insgesamt wurden 400 Familien "
            f"angeschrieben. Dieser Bitte kamen 108 Familien nach, {counted}. "
            "Von den Teilnehmenden wünschen 69 eine Betreuung bis 15 Uhr.")
    (_, results), = run(text)
    assert 69 in [r["value"] for r in results]


def test_another_survey_still_ends_the_results():
    text = ("Im März 2024 wurde eine Befragung der Eltern durchgeführt. 60 % wünschen eine Betreuung bis 15 Uhr. "
            "Frühere Befragungen der Schulen hatten anderes ergeben. 20 % der Schulen wollten das Modell.")
    results = [r["value"] for _, rs in run(text) for r in rs]
    assert 60 in results and 20 not in results


# ---------------------------------------------------------------------------
# People written to whose questionnaires came back were surveyed


@pytest.mark.parametrize(("text", "people", "start"), [
    ("Bereits 2012 hatte sich die Verwaltung an zufällig ausgewählte Bürgerinnen und Bürger gewandt – "
     "41 Prozent der Fragebögen waren zurückgesandt worden.", "Bürgerinnen und Bürger", "2012-01-01"),
    ("Schon 2019 hat sich die Gemeinde an alle Vereine gewandt; 30 Fragebögen kamen ausgefüllt zurück.",
     "Vereine", "2019-01-01"),
    ("Im Mai 2023 hat sich die Stadt an 500 Haushalte gewandt, 212 Fragebögen wurden zurückgegeben.",
     "Haushalte", "2023-05-01"),
])
def test_people_written_to_whose_questionnaires_came_back(text, people, start):
    (sv, _), = run(text)
    assert (sv["respondents"], sv["date_start"]) == (people, start)


@pytest.mark.parametrize("text", [
    "Die Stadt hat sich an das Land gewandt; die Fragebögen wurden zurückgesandt.",
    "Bereits 2012 hatte sich die Verwaltung an alle Vereine gewandt, um Räume zu vermieten.",
])
def test_no_survey_without_people_or_questionnaires_back(text):
    assert run(text) == []


# ---------------------------------------------------------------------------
# A survey told by the asking, without a survey word: people asked to tell something,
# written to with answers back, "wollten wir wissen", interviews, "haben zurückgemeldet"


@pytest.mark.parametrize(("text", "people", "start"), [
    ("Im Frühjahr 2022 haben wir die Schulen gebeten, uns ihren Bedarf an Endgeräten mitzuteilen. "
     "18 Schulen haben sich zurückgemeldet.", "Schulen", "2022-03-01"),
    ("Alle Grundschulen wurden im Herbst 2022 gebeten, den Raumbedarf für den Ganztag zu melden. "
     "Sieben von neun Schulen meldeten einen Mehrbedarf.", "Grundschulen", "2022-09-01"),
    ("Im Zeitraum vom 1. bis 30. September 2023 wurden alle Sportvereine der Stadt angeschrieben. "
     "Der Rücklauf lag bei 62 Prozent.", "Sportvereine der Stadt", "2023-09-01"),
    ("Die Kindertagesstaetten wurden im Maerz 2021 angeschrieben und um Rueckmeldung gebeten. "
     "Geantwortet haben 19 Einrichtungen.", "Kindertagesstaetten", "2021-03-01"),
    ("Der Fachbereich hatte im Januar 2024 die freien Träger gebeten, ihre offenen Stellen anzugeben.\n"
     "Insgesamt 12 Träger haben geantwortet.", "freie Träger", "2024-01-01"),
    ("Im Juni 2023 wurden sämtliche Betriebe im Gewerbegebiet angeschrieben; 41 Betriebe schickten "
     "ihre Antworten zurück.", "Betriebe im Gewerbegebiet", "2023-06-01"),
    ("Von den Jugendlichen wollten wir im Mai 2024 wissen, wie sie ihre Freizeit verbringen. "
     "Über die Hälfte nutzt den Jugendtreff.", "Jugendliche", "2024-05-01"),
    ("Wir wollten im Sommer 2023 von den Eltern erfahren, wie zufrieden sie mit der Betreuung sind. "
     "68 % sind zufrieden.", "Eltern", "2023-06-01"),
    ("Interviews mit den Trägern der Jugendhilfe wurden im Januar 2024 geführt. Die Träger berichteten, "
     "dass die Fachkräftegewinnung schwierig sei.", "Träger der Jugendhilfe", "2024-01-01"),
    ("Im Oktober 2022 wurden 15 Experteninterviews mit Landwirten durchgeführt.", "Landwirte", "2022-10-01"),
    ("Bis zum 30.06.2023 haben 14 Schulen zurückgemeldet, dass sie Bedarf an Schulsozialarbeit haben.",
     "Schulen", "2023-06-30"),
])
def test_survey_told_by_the_asking(text, people, start):
    (sv, _), = run(text)
    assert names_match(sv["respondents"], people), sv["respondents"]
    assert sv["date_start"] == start or sv["date_end"] == start


@pytest.mark.parametrize("text", [
    "Die Verwaltung wird gebeten, dem Rat mitzuteilen, wie viele Kitaplätze fehlen.",
    "Die Fraktionen wurden gebeten, ihre Vorschläge bis zum 30.04.2024 mitzuteilen. 3 Fraktionen antworteten.",
    "Der Bürgermeister hat die Anwohner angeschrieben und über die Baumaßnahme informiert. Die Arbeiten beginnen im Mai.",
    "Die Eigentümer wurden angeschrieben und zur Zahlung aufgefordert.",
    "Wir wollen wissen, wann die Straße fertig ist.",
    "Die Bürgerinnen und Bürger werden gebeten, ihre Gelben Säcke am Vortag bereitzustellen.",
    "Das Interview mit dem Bürgermeister erschien in der Zeitung.",
    "Die Antragsteller wurden gebeten, fehlende Unterlagen nachzureichen.",
    "Der Kreistag wollte von der Verwaltung wissen, wie hoch die Kosten sind.",
    "Die Anwohner wurden gebeten, Schäden an der Straße zu melden.",
    "Die Ausschussmitglieder wurden gebeten, ihre Anmerkungen bis Freitag mitzuteilen. 4 Rückmeldungen gingen ein.",
    "Sollen die Schulen gebeten werden, ihren Bedarf mitzuteilen? 50 % der Mittel sind verplant.",
    "Gemäß § 5 Abs. 2 der Satzung wurden die Anlieger angeschrieben. Gegen den Bescheid haben 3 Anlieger "
    "Widerspruch eingelegt.",
])
def test_asking_that_is_no_survey(text):
    assert run(text) == []
