"""Survey rules: respondents named in a heading or a neighbouring sentence, counts with noun units;
texts written for these tests."""

from __future__ import annotations

import pytest

from councildata.evaluate import names_match

from .common import run


@pytest.mark.parametrize(("text", "people", "values"), [
    ("Befragung der Gewerbetreibenden\n\nIm Oktober 2023 führte die Stadt eine Umfrage durch. 41 % bewerten den "
     "Standort gut.", "Gewerbetreibende", [41]),
    ("Elternbefragung zur Ganztagsbetreuung\n\nDie Verwaltung hat im März 2024 eine Befragung durchgeführt. "
     "23 Familien wünschen einen Hortplatz.", "Eltern", [23]),
    ("Die Stadt hat eine Befragung durchgeführt. 41 Haushalte aus dem Ortskern antworteten.",
     "Haushalte aus dem Ortskern", [41]),
    ("Die Stadt hat eine Befragung durchgeführt. 41 Haushalte haben geantwortet.", "Haushalte", [41]),
    ("Im Mai 2024 hat das Jugendamt eine Umfrage durchgeführt. Befragt wurden die Träger der freien Jugendhilfe. "
     "17 von 20 Trägern melden Bedarf.", "Träger der freien Jugendhilfe", [17]),
    ("Die Wirtschaftsförderung hat im Herbst eine Umfrage durchgeführt. Angesprochen wurden alle Betriebe im "
     "Gewerbegebiet. 23 Betriebe suchen Fachkräfte.", "Betriebe", [23]),
    ("Im Frühjahr 2023 lief eine Umfrage. Daran nahmen 312 Schülerinnen und Schüler teil. Die Hälfte fährt mit "
     "dem Bus.", "Schülerinnen und Schüler", [312, 50]),
    ("Die Umfrage wurde im Mai 2023 durchgeführt. Teilgenommen haben 23 Betriebe aus dem Gewerbegebiet Nord. "
     "17 von 20 Betrieben suchen Fachkräfte.", "Betriebe", [23, 17]),
])
def test_people_from_a_heading_or_a_neighbouring_sentence(text, people, values):
    (sv, results), = run(text)
    assert names_match(sv["respondents"], people), sv["respondents"]
    assert [r["value"] for r in results] == values


@pytest.mark.parametrize(("text", "people"), [
    ("Im Jahr 2019 wurden alle Einwohner ab dem 55. Lebensjahr befragt.", "Einwohner ab dem 55. Lebensjahr"),
    ("Im Jahr 2019 wurden alle Einwohnerinnen und Einwohner ab 60 Jahren befragt.",
     "Einwohnerinnen und Einwohner ab 60 Jahren"),
    ("2022 wurden die Bürgerinnen und Bürger über 65 Jahre befragt.", "Bürgerinnen und Bürger über 65 Jahre"),
])
def test_the_age_belongs_to_the_group(text, people):
    (sv, _), = run(text)
    assert sv["respondents"] == people


@pytest.mark.parametrize(("text", "expected"), [
    ("Im Mai 2024 wurden die Betriebe befragt. 23 Betriebe suchen Personal.", [(23, "Betriebe")]),
    ("Im Mai 2024 wurden die Haushalte befragt. 41 Haushalte heizen mit Gas.", [(41, "Haushalte")]),
    ("Im Mai 2024 wurden die Schulen befragt. 17 von 20 Schulen haben eine Mensa.", [(17, "Schulen")]),
    ("Im Mai 2024 wurden die Kitas befragt. Sieben Einrichtungen melden Wartelisten.", [(7, "Einrichtungen")]),
    ("Im Mai 2024 wurden die Vereine befragt. In zwölf Vereinen fehlen Übungsleiter.", [(12, "Vereinen")]),
])
def test_counts_with_noun_units(text, expected):
    (_, results), = run(text)
    assert [(r["value"], r["unit"]) for r in results] == expected


@pytest.mark.parametrize(("sentence", "people"), [
    ("• Die Mitglieder des Seniorenbeirats Talheim, die sich an der Umfrage beteiligt haben, wohnen im Eigentum.",
     "Mitglieder des Seniorenbeirats Talheim"),
    ("Alle Eltern, die an der Befragung teilgenommen haben, erhalten einen Gutschein.", "Eltern"),
    ("Die Vereine, die geantwortet haben, nutzen die Halle am Abend.", "Vereine"),
])
def test_those_who_took_part_named_with_a_relative_clause(sentence, people):
    from councildata.extract.survey_people import people_asked

    assert people_asked(sentence) == people


def test_list_items_with_the_same_share_are_each_a_result():
    text = ("Ergebnisse der Seniorenbefragung 2023\n\n"
            "Die Befragung wurde im Mai 2023 durchgeführt. Die Mitglieder des Seniorenbeirats, die sich an der "
            "Umfrage beteiligt haben, gaben Folgendes an:\n"
            "  • Die Gärten sind zur Hälfte verwildert.\n"
            "  • Die Hälfte der Befragten nutzt den Bürgerbus.\n"
            "  • 2/3 halten die Sprechzeiten im Rathaus für ausreichend.\n"
            "  • 40 % der Frauen, 30 % der Männer besuchen einen Verein, 50 % wünschen sich mehr Kurse.\n"
            "  • 30 % der Männer und 40 % der Frauen kennen die Beratungsstelle nicht.\n")
    (sv, results), = run(text)
    assert names_match(sv["respondents"], "Mitglieder des Seniorenbeirats")
    assert [r["value"] for r in results] == [50, 50, 66.7, 40, 30, 50, 30, 40]
