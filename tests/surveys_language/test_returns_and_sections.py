"""Survey rules: returns told against the forms handed out, the people the forms came back from, results
announced and given topic by topic, a headline or a "Befragt wurden …" paragraph telling the same survey,
and hypothetical sentences that are no findings. Sentences written for these tests."""

from __future__ import annotations

import pytest

from councildata.evaluate import names_match

from .common import run


def counts(text: str) -> list[tuple[float, str | None]]:
    from councildata.extract.survey_figures import figures_in

    return [(f.value, f.unit) for f in figures_in(text, 0, len(text), prose_only=False, counts=True, rough=True)]


@pytest.mark.parametrize(("text", "value"), [
    ("Von den 5.300 ausgeteilten Bögen wurden 1.212 abgegeben.", 1212),
    ("Von den 2.140 verschickten Fragebögen sind 836 ausgefüllt zurückgekommen.", 836),
    ("Von allen 600 Bögen kamen bislang 212 zurück.", 212),
    ("Von den 1200 Fragebogen wurden insgesamt 480 beantwortet.", 480),
])
def test_returned_out_of_handed_out(text, value):
    got = counts(text)
    assert (value, got[0][1]) in got
    assert all(v != float(text.split()[2].replace(".", "")) for v, _ in got)  # not the number handed out


def test_returned_of_is_a_result_not_the_sample():
    (_, results), = run("Im Mai wurden alle Senioren befragt. Von den 3.100 verteilten Fragebögen wurden 944 "
                        "abgegeben.")
    assert [r["value"] for r in results] == [944]


@pytest.mark.parametrize(("text", "value"), [
    ("Angesichts der rund 60-prozentigen Rückmeldequote ist das Ergebnis belastbar.", 60),
    ("Eine 35-prozentige Beteiligung gilt als gut.", 35),
    ("Die 45 prozentige Zustimmung überraschte.", 45),
])
def test_percent_as_adjective(text, value):
    assert (value, "%") in counts(text)


@pytest.mark.parametrize(("text", "people"), [
    ('"Gut 90 Bögen haben wir von den Auszubildenden des zweiten Lehrjahres zurückbekommen", sagt er.',
     "Auszubildende des zweiten Lehrjahres"),
    ("Bis Freitag sind 120 Antworten von allen Vereinen im Ort eingegangen.", "Vereine"),
])
def test_people_the_forms_came_back_from(text, people):
    from councildata.extract.survey_people import people_asked

    assert names_match(people_asked(text), people)


def test_returns_past_a_heading():
    text = ("Die Befragung an der Berufsschule ist beendet.\n\n"
            "Guter Rücklauf im ersten Durchgang\n\n"
            "\"Wir haben 91 Fragebögen von den Auszubildenden des zweiten Lehrjahres zurückbekommen. Drei davon "
            "waren ungültig\", sagt die Leiterin.")
    (sv, results), = run(text)
    assert names_match(sv["respondents"], "Auszubildende des zweiten Lehrjahres")
    assert 91 in [r["value"] for r in results]


def test_results_announced_topic_by_topic():
    text = ("Das Ergebnis der Bürgerbefragung wurde im Rat vorgestellt.\n\n"
            "Die wichtigsten Ergebnisse:\n\n"
            "1. Wohnen\nDrei Viertel der Teilnehmer leben im eigenen Haus.\n\n"
            "2. Verkehr\nDer Bus wird selten genutzt.\n\n"
            "3. Versorgung\n64 % der Teilnehmer vermissen einen Laden.\n\n"
            "4. Freizeit\nÜber 80 % nutzen die Vereine.")
    (_, results), = run(text)
    assert [r["value"] for r in results if r["value"] is not None] == [75, 64, 80]


def test_announced_results_end_after_two_empty_topics():
    text = ("Die Umfrage unter den Eltern ist ausgewertet.\n\n"
            "Die Ergebnisse im Überblick:\n\n"
            "1. Betreuung\n70 % wünschen längere Zeiten.\n\n"
            "2. Termine\nDer Rat tagt wieder im Mai.\n\n"
            "3. Sonstiges\nDie Halle wird saniert.\n\n"
            "4. Haushalt\nDer Kreis zahlt 40 % der Kosten.")
    (_, results), = run(text)
    assert [r["value"] for r in results if r["value"] is not None] == [70]


def test_headline_over_the_survey_told():
    text = ("Radweg-Umfrage: Ergebnisse\n"
            "Befragung zum Radweg zeigt Lücken\n"
            "Das Projektbüro hat eine Online-Umfrage bei den Schülerinnen und Schülern der Realschule durchgeführt. "
            "42 Prozent kommen mit dem Rad.")
    rows = run(text)
    assert len(rows) == 1
    assert names_match(rows[0][0]["respondents"], "Schülerinnen und Schüler der Realschule")


def test_asked_in_the_next_paragraph_is_the_same_survey():
    text = ("Im Juni fand die große Seniorenbefragung statt. Von den 3.000 ausgeteilten Bögen kamen 700 "
            "zurück.\n\n"
            "Befragt wurden alle Lindenfelder Bürgerinnen und Bürger, die am 1. Januar 2024 75 Jahre und älter "
            "waren. Die Stadt Lindenfeld wertet die Bögen aus.")
    rows = run(text, "2024-09-01")
    assert len(rows) == 1
    sv, results = rows[0]
    assert sv["respondents"].startswith("Bürgerinnen und Bürger")
    assert (sv["date_start"], sv["date_end"]) == ("2024-06-01", "2024-06-30")
    assert 700 in [r["value"] for r in results]


@pytest.mark.parametrize("text", [
    "Die Umfrage wurde ausgewertet. Wenn sie anders könnten, würden viele Eltern den Hort wählen.",
    "Die Umfrage wurde ausgewertet. Falls das Angebot bliebe, seien die Eltern zufrieden.",
])
def test_hypothetical_is_no_finding(text):
    (_, results), = run(text)
    assert not [r for r in results if (r["finding"] or "").startswith(("Wenn", "Falls"))]
