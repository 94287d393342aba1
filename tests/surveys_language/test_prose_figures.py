"""Survey rules: figures told in running prose and reported speech after number words, fractions and
bounds, and the numbers that are no figure; texts written for these tests."""

from __future__ import annotations

import pytest

from .common import run

ASKED = "Im Mai 2024 wurden die Eltern der Kitas befragt. "


def values(text: str) -> list:
    (_, results), = run(ASKED + text)
    return [r["value"] for r in results]


@pytest.mark.parametrize(("text", "expected"), [
    # a bare number before its verb: those who answered so
    ("17 Eltern zahlen einen Beitrag. 14 zahlen keinen Beitrag.", [17, 14]),
    ("Vier zahlen einen ermäßigten Beitrag.", [4]),
    ("Lediglich sechs beantworten die Frage mit Nein.", [6]),
    ("Nur drei hätten eine Betreuung am Samstag gebraucht.", [3]),
    ("Immerhin elf gaben an, dass sie das Angebot nutzen.", [11]),
    ("22 wünschen sich ein Mittagessen, und neun lehnen es ab.", [22, 9]),
    ("Weitere acht sahen keinen Bedarf.", [8]),
    # fractions and shares told in words
    ("Zwei Drittel wünschen längere Öffnungszeiten.", [66.7]),
    ("Die Hälfte nutzt den Bus.", [50]),
    ("Jeder Dritte wünscht sich mehr Parkplätze.", [33.3]),
    ("Etwa jede fünfte Familie hat keinen Platz gefunden.", [20]),
    ("Knapp ein Viertel bringt das Kind mit dem Rad.", [25]),
    ("Drei von vier Befragten sind zufrieden.", [75]),
    ("Acht von zehn Befragten loben das Personal.", [80]),
    ("9 von 10 Eltern nutzen das Mittagessen.", [90]),
    # a bound told alone is the value the text gives
    ("Mehr als 60 Prozent fahren mit dem Auto.", [60]),
    ("Über 500 Fragebögen kamen zurück.", [500]),
    ("Rund 40 v. H. gehen zu Fuß.", [40]),
    ("Weniger als 10 % nutzen den Bus, 35 % das Auto.", [10, 35]),
])
def test_figures_in_prose(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("17 von 20 Kitas haben eine Warteliste.", [(17, "Kitas")]),  # a count, not a share of a round whole
    ("In acht von zwölf Ortsteilen fehlen Plätze.", [(8, "Ortsteilen")]),
    ("Vier der elf Kitas zahlen einen Zuschuss.", [(4, "Kitas")]),
    ("23 Betriebe melden Bedarf, vier zahlen mehr.", [(23, "Betriebe"), (4, "Betriebe")]),  # the unit carried
])
def test_counts_keep_their_unit(text, expected):
    (_, results), = run(ASKED + text)
    assert [(r["value"], r["unit"]) for r in results] == expected


@pytest.mark.parametrize("text", [
    "Die Befragung fand zum dritten Mal statt.",
    "Die zweite Befragung folgt im Herbst.",
    "Seit vier Jahren steigt die Nachfrage.",
    "Die Kita ist vier Jahre alt.",
    "Die vier genannten Kitas liegen im Zentrum.",
    "Von 7 bis 9 Uhr ist die Kita offen.",
    "Nach § 24 Abs. 3 SGB VIII besteht ein Anspruch.",
    "Die Befragung dauerte drei Wochen.",
])
def test_numbers_that_are_no_figure(text):
    assert values(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("14 zahlen eine Miete zwischen 5,00 und 7,00 €.", [14]),  # the price band labels the answer
    ("Vier zahlen einen Preis von 12 bis 14 €.", [4]),
    ("12 Betriebe nennen einen Anteil von 60-100 %.", [12]),
])
def test_the_upper_end_of_a_band_is_no_figure(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('52 Eltern antworteten mit "sehr gut", 148 "gut".', [52, 148]),
    ("Zwölf Eltern gaben „eher schlecht“ an, drei „schlecht“.", [12, 3]),
    ('Mit "Ja" stimmten 40 Eltern, 9 "Nein".', [40, 9]),
])
def test_a_count_before_its_quoted_answer(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "In keinem Ortsteil fiel der Wert unter 80 %.",
    "Die Förderung beträgt bis zu 20 %.",
    "Der Eigenanteil liegt bei höchstens 10 Prozent.",
])
def test_a_threshold_is_no_figure(text):
    assert values(text) == []


@pytest.mark.parametrize("announce", [
    "Die ersten Ergebnisse der Elternbefragung 2024 sind da.",
    "Nun liegen die Ergebnisse der Elternbefragung vor.",
    "Die Ergebnisse der Befragung liegen jetzt vor.",
])
def test_results_follow_where_the_text_says_they_are_there(announce):
    text = (f"{announce}\n\nÜber 300 Fragebögen sind zurückgekommen. 52 Eltern gaben ein \"sehr gut\", "
            "vier antworteten mit \"schlecht\".")
    (_, results), = run(text)
    assert [r["value"] for r in results] == [300, 52, 4]


def test_results_do_not_follow_without_such_a_sentence():
    text = "Die Elternbefragung 2024 wurde im Mai durchgeführt.\n\nDer Bauhof hat 14 Fahrzeuge."
    (_, results), = run(text)
    assert results == []


def test_a_return_rate_told_twice_is_one_result():
    text = ("Im Mai 2024 wurden die Eltern befragt. Dabei wurde eine Rücklaufquote von 38 % erreicht. "
            "Teilgenommen haben 1.300 Personen. Das entspricht einer Rücklaufquote von 38 %.")
    (_, results), = run(text)
    assert [r["value"] for r in results] == [38, 1300]


@pytest.mark.parametrize(("text", "expected"), [
    ("Rund zehn Prozent der Einzelhändler erwarten Wachstum.", [10]),
    ("Ein kleiner Anteil von insgesamt drei Prozent lebt ungern hier.", [3]),
    ("Zwanzig Prozent fahren mit dem Rad, fünf v. H. mit dem Bus.", [20, 5]),
])
def test_a_share_written_as_a_number_word(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("pointer", [
    "Das ergab eine Befragung der Gewerbetreibenden im Herbst 2023.",
    "Dies zeigt eine Umfrage unter den Gewerbetreibenden vom Herbst 2023.",
    "Diese Zahlen ergab eine Umfrage der Stadt unter den Gewerbetreibenden im Herbst 2023.",
])
def test_findings_told_before_the_survey_that_found_them(pointer):
    text = ("Der Bauhof hat 14 Fahrzeuge.\n\nRund zehn Prozent der Einzelhändler rechnen mit steigenden "
            "Umsätzen. Knapp 30 Prozent befürchten dagegen sinkende Umsätze. Die übrigen "
            f"rechnen mit keiner Veränderung. {pointer}")
    (sv, results), = run(text)
    assert sv["respondents"] == "Gewerbetreibende" and sv["date_start"] == "2023-09-01"
    assert [r["value"] for r in results] == [10, 30]  # not the Bauhof's vehicles of the paragraph before


def test_no_findings_before_a_survey_that_does_not_point_back():
    text = ("Rund zehn Prozent der Einzelhändler erwarten Wachstum. Im Herbst 2023 wurden die "
            "Gewerbetreibenden befragt.")
    (sv, results), = run(text)
    assert results == []


def test_results_follow_where_the_forms_were_evaluated():
    text = ("Im Jahr 2024 wurden alle Eltern gebeten, einen Fragebogen zur Schulwegsicherheit auszufüllen. "
            "Es wurden 412 Fragebögen beantwortet.\n\n"
            "Der Elternbeirat hat sämtliche Fragebögen nun ausgewertet. Die Arbeit dauerte mehrere Wochen. "
            "Je 120 Eltern wünschen einen Zebrastreifen und eine Ampel. 96 Eltern wünschen sich Schülerlotsen "
            "und über 80 Eltern wünschen sich eine Tempo-30-Zone.")
    (sv, results), = run(text)
    assert [r["value"] for r in results] == [412, 120, 96, 80]
    assert [r["finding"] for r in results][2:] == ["96 Eltern wünschen sich Schülerlotsen",
                                                  "über 80 Eltern wünschen sich eine Tempo-30-Zone"]


def test_another_survey_in_the_next_paragraph_stops_the_results():
    text = ("Im Mai 2024 wurden die Eltern befragt. 40 % wünschen längere Öffnungszeiten.\n\n"
            "Die Vereine wurden im Juni 2024 befragt. 12 Vereine suchen Hallenzeiten.")
    got = run(text)
    assert [[r["value"] for r in res] for _, res in got] == [[40], [12]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Wohnungen sind zur Hälfte nicht barrierefrei.", [50]),
    ("Die Gärten werden zu zwei Dritteln selbst gepflegt.", [66.7]),
    ("Die Wege werden zu einem Viertel mit dem Rad zurückgelegt.", [25]),
    ("2/3 sagen, dass das Angebot ausreicht.", [66.7]),
    ("1/4 der Befragten wünscht sich mehr Bänke.", [25]),
])
def test_fractions_in_other_words(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Nach § 3/4 der Satzung gilt das nicht.",
    "Die Sitzung dauerte 1/2 Stunde.",
    "Das Aktenzeichen lautet 2/3-2024.",
])
def test_slashes_that_are_no_fraction(text):
    assert values(text) == []
