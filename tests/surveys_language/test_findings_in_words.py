"""Survey rules: findings told in fractions, number words, times named and means on a rating scale; what is
none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .common import run


def counts(text: str) -> list[tuple[float, str | None]]:
    from councildata.extract.survey_figures import figures_in

    return [(f.value, f.unit) for f in figures_in(text, 0, len(text), prose_only=False, counts=True, rough=True)]


@pytest.mark.parametrize(("text", "value"), [
    ("Rund ¼ der Befragten plant einen Umbau.", 25.0),
    ("¾ der Teilnehmer leben im eigenen Haus.", 75.0),
    ("Etwa ⅓ der Eltern nutzt den Hort.", 33.3),
    ("Ein Augenmerk gilt dem Befund, dass das Viertel der Mitglieder weniger Zeit hat.", 25.0),
    ("Zwei-Drittel aller Eltern sind mit dem Angebot zufrieden.", 66.7),
    ("Drei-Viertel der Vereine melden Bedarf.", 75.0),
])
def test_fractions(text, value):
    assert (value, "%") in counts(text)


@pytest.mark.parametrize(("text", "values"), [
    ("Der Radweg wurde elfmal genannt, fünfmal der Bus.", [11, 5]),
    ("56 Mal wird die Betreuung durch die Familie genannt, dreimal das Ganztagsmodell.", [56, 3]),
    ("Zwölfmal wurde der Spielplatz angekreuzt.", []),  # ("zwölfmal" at a sentence start: see below)
    ("Das 30-Stunden-Modell wählten die meisten, elfmal das 40-Stunden-Modell.", [11]),
])
def test_times_named(text, values):
    got = [v for v, u in counts(text) if u == "Nennungen"]
    assert all(v in got for v in values)


@pytest.mark.parametrize("text", [
    "Wir haben das mehrmals besprochen, manchmal zweimal am Tag.",
    "Die Sitzung findet zum dritten Mal statt.",
    "Der Ausschuss tagt viermal im Jahr.",
])
def test_times_that_are_no_answers(text):
    assert not [v for v, u in counts(text) if u == "Nennungen"]


@pytest.mark.parametrize(("text", "values"), [
    ("Die Lebensqualität wurde durchschnittlich mit 1,68 (Skala 1-5) bewertet.", [1.68]),
    ("Die Zufriedenheit lag im Schnitt bei 2,4.", [2.4]),
    ("Die Wohnlage wurde im Mittel mit 1,9 bewertet, die Entwicklung mit 2,1.", [1.9, 2.1]),
    ("Auf der Skala von 1 bis 5 wurde der Nahverkehr durchschnittlich mit 3,2 bewertet.", [3.2]),
])
def test_means_on_a_scale(text, values):
    got = [v for v, u in counts(text) if u == "Note"]
    assert got == values


@pytest.mark.parametrize("text", [
    "Das Projekt kostet 2,5 Mio. Euro und läuft 3 Jahre.",
    "Die Zahl der Kinder stieg um 1,5 und sank dann wieder.",
    "Der Weg ist im Schnitt 2,5 km lang.",
])
def test_no_means(text):
    assert not [v for v, u in counts(text) if u == "Note"]


def test_report_in_words_read_as_results():
    text = ("Die Umfrage unter den Mitgliedern wurde im Mai durchgeführt. 65 Teilnehmer fühlen sich einsam. "
            "Hier wird deutlich, wie wichtig der Verein ist. In der zweiten Frage geben die meisten Teilnehmer an, "
            "das Interesse sei gleich geblieben. „Wie hat sich Ihr Engagement verändert?“. "
            "Rund zwei Drittel der Teilnehmer bleiben dabei, ein Viertel der Teilnehmer will sich mehr engagieren. "
            "Nur knappe zehn Prozent wollen weniger tun.")
    (sv, results), = run(text)
    values = [r["value"] for r in results if r["value"] is not None]
    assert values == [65, 66.7, 25, 10]


def test_surveys_counted_are_no_finding():
    (sv, results), = run("Die Stadt hat bereits drei Umfragen bei den Händlern durchgeführt.")
    assert results == []
