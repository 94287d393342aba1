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
    ("Sorgen macht dem Vorstand das Viertel der Mitglieder, das weniger Zeit hat.", 25.0),
    ("Zwei-Drittel der Vereine sind mit der Hallenbelegung zufrieden.", 66.7),
    ("Drei-Viertel der Vereine melden Bedarf.", 75.0),
])
def test_fractions(text, value):
    assert (value, "%") in counts(text)


@pytest.mark.parametrize(("text", "values"), [
    ("Der Radweg wurde elfmal genannt, fünfmal der Bus.", [11, 5]),
    ("38 Mal wird der Wochenmarkt genannt, dreimal das Freibad.", [38, 3]),
    ("Zwölfmal wurde der Spielplatz angekreuzt.", []),  # ("zwölfmal" at a sentence start: see below)
    ("Die meisten wählten den Vormittagskurs, neunmal den Abendkurs.", [9]),
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
    ("Die Wohnqualität wurde durchschnittlich mit 2,14 (Skala 1-6) bewertet.", [2.14]),
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
    text = ("Die Umfrage unter den Mitgliedern wurde im Mai durchgeführt. 47 Teilnehmer vermissen Fahrgemeinschaften. "
            "Das zeigt, wie wichtig der Verein ist. Bei der zweiten Frage gaben die meisten Teilnehmer an, "
            "sie seien zufrieden. „Was fehlt Ihnen im Verein?“. "
            "Rund zwei Drittel der Befragten wollen im Vorstand bleiben, ein Viertel der Befragten möchte wechseln. "
            "Nur knappe fünf Prozent treten aus.")
    (sv, results), = run(text)
    values = [r["value"] for r in results if r["value"] is not None]
    assert values == [47, 66.7, 25, 5]


def test_surveys_counted_are_no_finding():
    (sv, results), = run("Die Stadt hat bereits drei Umfragen bei den Händlern durchgeführt.")
    assert results == []
