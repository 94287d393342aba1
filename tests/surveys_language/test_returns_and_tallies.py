"""Survey rules: a survey told by the answers that came back from a group ("Von rund 4600 Haushalten
kamen 227 Meldungen zurück"), and tallies of answers with count and share on a line ("JA: 151 =
87,8 %"); sentences written for these tests (invented places)."""

from __future__ import annotations

import pytest

from councildata.extract.survey_table_lines import line_figures

from .common import run


# -- answers that came back from a group: a survey of that group --------------------------------------


@pytest.mark.parametrize("sentence, people", [
    ("Von rund 3200 Haushalten kamen nur 214 Meldungen zurück.", "Haushalte"),
    ("Von den 3200 Haushalten kamen 214 Fragebögen zurück.", "Haushalte"),
    ("Aus 120 Betrieben gingen 48 Antworten ein.", "Betriebe"),
    ("Es wurden insgesamt 212 Fragebögen aus 530 Haushalten abgegeben.", "Haushalte"),
    ("Es wurden 212 Fragebögen von 530 Haushalten ausgefüllt zurückgegeben.", "Haushalte"),
    # reported speech, a clause between
    ("Hier seien immerhin 140 Fragebögen von 700 angeschriebenen Firmen, das seien 20 Prozent, zurückgekommen.",
     "Firmen"),
    ("Von den 300 angeschriebenen Vereinen haben 112 geantwortet.", "Vereine"),
    ("Von 1.450 befragten Eltern hatten 610 den Fragebogen ausgefüllt.", "Eltern"),
    # umlaut written out
    ("Von rund 900 Haushalten kamen 95 Rueckmeldungen zurueck.", "Haushalte"),
])
def test_a_return_from_a_group_is_a_survey_of_it(sentence, people):
    (survey, _results), = run(f"Die Stadt informierte über den Breitbandausbau. {sentence}")
    assert survey["respondents"] == people


def test_two_groups_returning_are_two_surveys():
    text = ("Die Fragebögen zum Breitbandbedarf sind ausgewertet. Von rund 3200 Privathaushalten kamen nur "
            "214 Meldungen zurück. Das sind 6,7 Prozent. Bei den Firmen sei der Rücklauf besser gewesen. Hier seien "
            "120 Fragebögen von 600 angeschriebenen Firmen, das seien 20 Prozent, zurückgekommen.")
    got = run(text)
    assert [s["respondents"] for s, _ in got] == ["Privathaushalte", "Firmen"]
    households, firms = (sorted(r["value"] for r in rs if r["value"] is not None) for _, rs in got)
    assert 214 in households and 6.7 in households
    assert 120 in firms and 20 in firms


@pytest.mark.parametrize("sentence", [
    # things, not people, came back; a plan; council members
    "Von den 40 Geräten kamen 12 zur Reparatur zurück.",
    "Von 300 Haushalten sollen 120 Fragebögen zurückkommen, so der Plan.",
    "Von den 12 Fraktionen haben 5 geantwortet.",
    "Aus 3 Gemeinden gingen 4 Stellungnahmen ein.",
])
def test_no_survey_without_answers_of_people(sentence):
    assert run(f"Die Stadt informierte über den Stand. {sentence}") == []


# -- tallies of answers on a line ---------------------------------------------------------------------


def _lines(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.finding) for f in line_figures(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("- Soll der Marktplatz autofrei werden?\nJA: 140 = 61,4 % NEIN: 88 = 38,6 %",
     [(61.4, "Soll der Marktplatz autofrei werden?: JA"), (38.6, "Soll der Marktplatz autofrei werden?: NEIN")]),
    ("Tempo 30 in der Ortsmitte\nJa 95 (52,5 %) Nein 86 (47,5 %)",
     [(52.5, "Tempo 30 in der Ortsmitte: Ja"), (47.5, "Tempo 30 in der Ortsmitte: Nein")]),
    ("Die Bänke sollen:\nbleiben: 40 = 30,1 % versetzt : 53 = 39,8 % entfernt: 40 = 30,1 %",
     [(30.1, "Die Bänke sollen: bleiben"), (39.8, "Die Bänke sollen: versetzt"), (30.1, "Die Bänke sollen: entfernt")]),
    ("Neue Buslinie: ja: 210 = 70 % nein: 90 = 30 %",
     [(70, "Neue Buslinie: ja"), (30, "Neue Buslinie: nein")]),
])
def test_a_tally_of_answers(text, expected):
    assert _lines(text) == expected


def test_a_report_with_tallies_gives_each_share():
    text = ("Ergebnis der Umfrage zur Ortsmitte\n\nEs wurden insgesamt 228 Fragebögen aus 610 Haushalten "
            "abgegeben.\nDie Ergebnisse im Einzelnen:\n- Soll der Marktplatz autofrei werden?\n"
            "JA: 140 = 61,4 % NEIN: 88 = 38,6 %\n- Neue Sitzbänke\nJA: 201 = 88,2 % NEIN: 27 = 11,8 %\n"
            "Vielen Dank an alle, die mitgemacht haben.")
    (survey, results), = run(text)
    assert survey["respondents"] == "Haushalte"
    values = sorted(r["value"] for r in results if r["unit"] == "%")
    assert values == [11.8, 38.6, 61.4, 88.2]
