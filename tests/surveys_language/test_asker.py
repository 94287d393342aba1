"""Survey rules: the one who asked (an institute, a contractor, an office) is no survey of its own, and one
survey told in several sentences is one row; texts written for these tests."""

from __future__ import annotations

import pytest

from councildata.evaluate import names_match

from .common import run


@pytest.mark.parametrize(("text", "people", "asker", "start"), [
    ("Das Institut Sozialforschung Nord befragte im Auftrag der Stadt im März 2023 rund 1.000 Bürgerinnen und "
     "Bürger. Die Befragung ergab, dass 62 % mit dem Nahverkehr zufrieden sind. Das Institut hat die Ergebnisse "
     "im Juni vorgestellt.", "Bürgerinnen und Bürger", "Institut Sozialforschung Nord", "2023-03-01"),
    ("Die Stadt befragte im Herbst 2022 alle Eltern der Kitas. 40 % wünschen längere Öffnungszeiten.",
     "Eltern der Kitas", None, "2022-09-01"),
    ("Der Seniorenbeirat befragte 2021 die Bewohnerinnen und Bewohner der Pflegeheime. Zwei Drittel fühlen sich "
     "wohl.", "Bewohnerinnen und Bewohner der Pflegeheime", "Seniorenbeirat", "2021-01-01"),
    ("Im Mai 2023 befragten wir 300 Jugendliche. 20 % gehen in den Jugendtreff.", "Jugendliche", None,
     "2023-05-01"),
    ("Das Planungsbüro Nordlicht hat im Auftrag der Gemeinde im April 2024 die Gewerbetreibenden befragt. "
     "Die Hälfte sucht Personal.", "Gewerbetreibende", None, "2024-04-01"),
    ("Die Wirtschaftsförderung befragte telefonisch 120 Einzelhändler der Innenstadt. Knapp 30 Prozent erwarten "
     "sinkende Umsätze.", "Einzelhändler der Innenstadt", "Wirtschaftsförderung", None),
])
def test_the_asker_is_no_survey_of_its_own(text, people, asker, start):
    (sv, results), = run(text)
    assert names_match(sv["respondents"], people), sv["respondents"]
    if asker:
        assert sv["conducted_by"] == asker
    if start:
        assert sv["date_start"] == start
    # those asked are counted, not found: the results are the shares
    assert all(r["unit"] == "%" for r in results), results


@pytest.mark.parametrize("text", [
    "Die Stadt befragt die Eltern im kommenden Jahr.",
    "Die befragten Eltern sind zufrieden.",
    "Der Ausschuss befragte den Bürgermeister zum Stand der Planung.",
    "Die Verwaltung soll im Herbst die Vereine befragen.",
])
def test_no_survey_from_the_verb(text):
    assert run(text) == []


@pytest.mark.parametrize("text", [
    # the same survey, named again with a demonstrative after another group was mentioned
    "Die Stadt hat im Dezember 2023 eine Befragung durchgeführt. An der Befragung nahmen 121 Händler teil. "
    "Neben den Händlern wurden auch Eigentümer befragt.\n\n"
    "Aus dieser Befragung ist ein klares Ergebnis abzuleiten. Bei der Frage nach der Miete antworteten 47 "
    "Eigentümer. 17 Händler zahlen weniger als 5 €.",
    # told as carried out, then as taken part in, then as its findings
    "Im Frühjahr 2024 führte die Gemeinde eine Umfrage unter den Vereinen durch. Die Umfrage lief bis Ende Mai. "
    "An der Umfrage beteiligten sich 48 Vereine. Die Umfrage ergab, dass 30 Vereine Nachwuchssorgen haben.",
    # the asker named, then the survey word
    "Das Jugendamt befragte im Juni 2023 die Träger der Jugendarbeit. Die Befragung zeigte, dass zwei Drittel "
    "mehr Räume brauchen.",
])
def test_one_survey_told_in_several_sentences_is_one_row(text):
    assert len(run(text)) == 1
