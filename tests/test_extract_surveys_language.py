"""Survey rules for German report language: short sentences written for these tests,
several variants per construction (tense, word order, passive/active, plural,
umlauts spelled out), and sentences that must not match."""

from __future__ import annotations

import pytest

from councildata.evaluate import names_match
from councildata.extract.survey_people import noun_phrase

from .test_extract_surveys import run as surveys_of


def run(text: str, date: str | None = "2024-06-15") -> list[tuple[dict, list[dict]]]:
    """Surveys of a passage, each with its results; provenance checked."""
    return surveys_of(text, date)


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
# Who was asked, narrowed down by age, children or class


@pytest.mark.parametrize(("text", "expected"), [
    ("Eltern von Kindern unter vier Jahren wurden", "Eltern von Kindern unter vier Jahren"),
    ("Familien mit Kindern unter 3 Jahren.", "Familien mit Kindern unter 3 Jahren"),
    ("Bürgerinnen und Bürger ab 18 Jahren", "Bürgerinnen und Bürger ab 18 Jahren"),
    ("Kinder und Jugendliche im Alter von 10 bis 17 Jahren", "Kinder und Jugendliche im Alter von 10 bis 17 Jahren"),
    ("Senioren über 65 Jahren", "Senioren über 65 Jahren"),
    ("Eltern der Klasse 4 wurden", "Eltern der Klasse 4"),
    ("Eltern von Grundschulkindern", "Eltern von Grundschulkindern"),
    ("Haushalte mit Kindern", "Haushalte mit Kindern"),
    # a place or a time after the people is not part of them
    ("Schulen im Landkreis", "Schulen"),
    ("Eltern von 2023 bis 2024", "Eltern"),
])
def test_people_narrowed_down(text, expected):
    assert noun_phrase(text) == expected


@pytest.mark.parametrize(("text", "people"), [
    ("Die Umfrage bei Müttern von Kindern unter zwei Jahren ergab einen hohen Bedarf.",
     "Mütter von Kindern unter zwei Jahren"),
    ("Die Befragung der Familien mit Kindern unter drei Jahren wurde im März durchgeführt.",
     "Familien mit Kindern unter drei Jahren"),
    ("Befragt wurden Jugendliche im Alter von 12 bis 17 Jahren.", "Jugendliche im Alter von 12 bis 17 Jahren"),
])
def test_survey_of_narrowed_group(text, people):
    (sv, _), = run(text)
    assert sv["respondents"] == people


# ---------------------------------------------------------------------------
# "Die Umfrage fragte nach der Meinung der …": whose view it sought


@pytest.mark.parametrize(("text", "people", "year"), [
    ("Die Bürgerumfrage 2018 fragte nach der Zufriedenheit der Einwohnerinnen und Einwohner.",
     "Einwohnerinnen und Einwohner", 2018),
    ("Die Umfrage zur Wohnzufriedenheit 2021 fragte nach der Meinung der Mieter*innen.", "Mieter*innen", 2021),
    ("Die Elternbefragung zur Kinderbetreuung 2019 fragte nach den Wünschen der Familien.", "Familien", 2019),
    ("In der Befragung 2021 wurden die Erfahrungen der Vereine abgefragt.", "Vereine", 2021),
])
def test_opinion_of_people(text, people, year):
    (sv, _), = run(text)
    assert sv["respondents"] == people
    assert sv["date_start"] == f"{year}-01-01"


def test_opinion_of_people_in_a_proposal_is_no_survey():
    assert run("Eine Umfrage soll nach der Meinung der Bürger fragen.") == []


# ---------------------------------------------------------------------------
# Results that follow in the next paragraphs


FLOWING = """Die Gemeinde hat im Januar 2024 einen Fragebogen an alle Eltern der Grundschule verteilt.

Die Auswertung wurde im Schulausschuss am 12.03.2024 vorgestellt:

Im Ergebnis melden 27 Familien Bedarf an einer Mittagsverpflegung an.

Die Mensa ist für 80 Essen ausgelegt. Nachmittags bräuchten 12 Kinder eine Betreuung.

Bei einer Abfrage der Meinungen im Ausschuss haben sich drei Mitglieder für einen Neubau ausgesprochen.
"""


def test_results_follow_in_next_paragraphs():
    (sv, results), = run(FLOWING)
    assert sv["respondents"] == "Eltern der Grundschule"
    assert sorted(r["value"] for r in results) == [12, 27]  # not the 80 meals, not the committee's three


@pytest.mark.parametrize("after", [
    "Die Ergebnisse wurden dem Gemeinderat vorgestellt.",
    "Über die Ergebnisse werde zeitnah informiert.",
    "Die Auswertung liegt dem Protokoll als Anlage bei.",
    "Die vollständige Auswertung ist im Internet abrufbar.",
])
def test_sentence_about_the_results_is_not_one(after):
    (sv, results), = run(f"Im Mai 2024 wurden alle Vereine zu ihrem Raumbedarf befragt. {after}")
    assert results == []


def test_results_do_not_cross_a_paragraph_without_a_cue():
    text = ("Im Mai 2024 wurden alle Vereine zu ihrem Raumbedarf befragt. 12 Vereine meldeten Bedarf an.\n\n"
            "Der Bauhof hat 14 Fahrzeuge.")
    (sv, results), = run(text)
    assert [r["value"] for r in results] == [12]


@pytest.mark.parametrize("text", [
    "Die Befragung der Eltern fand im Mai statt. Eine Betreuung ist ab 01.08.2026 geplant.",
    "Die Befragung der Eltern zur Betreuung ab 01.08.2026 wurde durchgeführt.",
])
def test_start_of_a_service_is_not_the_survey_date(text):
    (sv, _), = run(text)
    assert sv["date_start"] != "2026-08-01"


def test_names_match_narrowed_group():
    # what the scoring accepts: the narrowed group against a gold written in other words
    assert names_match("Eltern von Kindern unter vier Jahren", "Familien mit Kindern unter vier Jahren")


# ---------------------------------------------------------------------------
# Figures of a survey: grades, questionnaires counted, groups of answerers


def figures(text: str) -> list[tuple[float, str | None, str | None]]:
    from councildata.extract.survey_figures import figures_in

    return [(f.value, f.unit, f.respondent) for f in figures_in(text, 0, len(text), prose_only=False)]


@pytest.mark.parametrize(("text", "value"), [
    ("Die Zufriedenheit mit dem Bürgerbüro liegt im Mittel bei Note 1,7.", 1.7),
    ("Die Verwaltung wurde mit der Durchschnittsnote 2,4 bewertet.", 2.4),
    ("Der Spielplatz erhielt eine Gesamtnote von 1,9.", 1.9),
    ("Im Mittel vergaben die Eltern die Note 3,15 fuer die Ferienbetreuung.", 3.15),
])
def test_grade_is_a_finding(text, value):
    assert [(v, u) for v, u, _ in figures(text)] == [(value, "Note")]


@pytest.mark.parametrize("text", [
    "Note 1 (22,4 %), Note 2 (51,0 %).",  # labels: their shares are the values
    "Die Note 2 wurde am häufigsten vergeben.",
])
def test_grade_label_is_not_a_grade(text):
    assert all(unit != "Note" for _, unit, _ in figures(text))


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Mit 612 ausgefüllten Fragebögen war der Rücklauf gut.", 612, "Fragebögen"),
    ("Insgesamt gingen 1.204 Rückmeldungen ein.", 1204, "Rückmeldungen"),
    ("Davon enthielten 288 Bögen eigene Vorschläge.", 288, "Bögen"),
    ("Es antworteten 568 Befragte mit Ja.", 568, "Befragte"),
])
def test_questionnaires_counted(text, value, unit):
    assert (value, unit) in [(v, u) for v, u, _ in figures(text)]


@pytest.mark.parametrize(("text", "group"), [
    ("Bei den 30 – 45-jährigen liegt der Anteil bei 27,4 %.", "30 – 45-jährige"),
    ("Bei den 18-29-jährigen liegt der Wert bei 12 %.", "18-29-jährige"),
    ("Bei Angestellten liegt die Quote bei 41,3 %.", "Angestellte"),
    ("Unter den Selbstständigen sind es 12 %.", "Selbstständige"),
    ("Bei Schülern lag der Anteil bei 40 %.", "Schüler"),
    ("Von den Beamten gaben 30 % an, zufrieden zu sein.", "Beamte"),
])
def test_group_a_figure_is_about(text, group):
    assert figures(text)[0][2] == group


def test_capacity_is_not_a_finding():
    from councildata.extract.survey_figures import figures_in

    text = "Der Hort ist für 50 Plätze ausgelegt, 18 Kinder haben Bedarf."
    got = [(f.value, f.unit) for f in figures_in(text, 0, len(text), prose_only=False, counts=True)]
    assert got == [(18, "Kinder")]


# ---------------------------------------------------------------------------
# A survey report: named in the head, answered somewhere in the text


REPORT = """Befragung Musterdorf

Die Ortsbefragung ist abgeschlossen. Im Folgenden stehen ihre Ergebnisse.

Erfreulicher Rücklauf!
Mit 412 ausgefuellten Fragebögen ist der Rücklauf gut. Die Rücklaufquote ist mit 21,5% hoch.
Neben den vorgegebenen Antworten nutzten 180 Bürgerinnen und Bürger bzw. Vereine/ Betriebe die Möglichkeit,
eigene Vorschläge zu machen, was einem Anteil von gut 43% der Antwortenden entspricht. 61,2% wünschen sich
einen Radweg, 48,0% mehr Grün und 12,5% einen Dorfladen.
"""


def test_report_answered_somewhere_in_the_text():
    (sv, results), = run(REPORT, date=None)
    assert names_match(sv["respondents"], "Bürgerinnen und Bürger bzw. Vereine/ Betriebe")
    values = sorted(r["value"] for r in results)
    assert 412 in values and 21.5 in values and 43 in values  # "gut 43%": a short report's rough value
    assert 61.2 in values and 12.5 in values


@pytest.mark.parametrize("people", [
    "Daran nutzten 180 Eltern die Gelegenheit, Wünsche zu äußern.",
    "Im Ergebnis nutzten 95 Seniorinnen und Senioren die Möglichkeit zur Teilnahme.",
])
def test_used_the_chance_names_who_answered(people):
    from councildata.extract.survey_people import people_asked

    assert people_asked(people) is not None


def test_used_the_chance_needs_a_number():
    from councildata.extract.survey_people import people_asked

    assert people_asked("Damit nutzten viele Akteure die Möglichkeit, sich zu äußern.") is None


def test_report_head_without_answers_is_no_report():
    text = "Befragung Musterdorf\n\nEine Befragung ist für 2025 geplant. 12 % 13 % 14 % 15 % 16 % Mieten stiegen."
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "Von 2.400 versandten Bögen kam gut ein Drittel zurück.",
    "Es wurden 2.000 Fragebögen verteilt und 2200 ausgegebenen Fragebögen gezählt.",
    "Eine erste Auswertung auf der Basis von 250 ausgezählten Fragebögen liegt vor.",
])
def test_questionnaires_handed_out_are_not_counted(text):
    assert [u for _, u, _ in figures(text) if u in ("Fragebögen", "Bögen")] == []


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
# Whom a survey asked, from its aim; turnout wherever the discussion gives it


@pytest.mark.parametrize(("sent", "people"), [
    ("Man wollte die Einschätzung Rostocker Seniorinnen erfassen.", "Rostocker Seniorinnen"),
    ("Ziel war es, das Meinungsbild der Eltern einzuholen.", "Eltern"),
    ("Damit sollten die Wünsche der Jugendlichen erfragt werden.", "Jugendliche"),
    ("Es ging darum, die Bedürfnisse aelterer Menschen zu ermitteln.", None),  # no capital: not a name
    ("Die Meinung der Verwaltung ist bekannt.", None),
])
def test_people_from_the_aim(sent, people):
    from councildata.extract.survey_people import people_asked

    assert people_asked(sent) == people


DISCUSSION = """Der Vorsitzende des Jugendbeirats berichtet, dass der Beirat im Frühjahr tätig geworden sei. Man habe diese Befragung durchführen wollen, weil es an Treffpunkten fehle. Das Anliegen war, die Wünsche der Jugendlichen zu ermitteln.

Ein Ratsmitglied nennt die Beteiligung von rund 4 % enttäuschend.

Die Verwaltung ergänzt, dass 18 % der Einwohner jünger als 21 Jahre sind.

Die Befragung wurde anschließend an den Jugendhilfeausschuss verwiesen.
"""


def test_discussion_of_one_survey():
    (sv, results), = run(DISCUSSION)
    assert sv["respondents"] == "Jugendliche"
    assert [(r["value"], r["unit"]) for r in results] == [(4, "%")]  # not the population's 18 %


@pytest.mark.parametrize(("sent", "value"), [
    ("Der Rücklauf lag bei 31 %.", 31),
    ("Die Rücklaufquote betrug 27,5 Prozent.", 27.5),
    ("Mit einer Beteiligung von knapp 12 % sei man zufrieden.", 12),
])
def test_turnout_anywhere(sent, value):
    text = f"Die Umfrage unter den Vereinen wurde im Mai 2024 durchgeführt.\n\nAnderes Thema.\n\n{sent}"
    (sv, results), = run(text)
    assert value in [r["value"] for r in results]


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
# Number words, who asked and when


@pytest.mark.parametrize(("sent", "value"), [
    ("Jeder dritte Befragte wünscht eine Ganztagsbetreuung.", 33.3),
    ("Jede Vierte gab an, das Angebot zu nutzen.", 25.0),
    ("Ein Fünftel der Haushalte besitzt kein Auto.", 20.0),
    ("Zwei Drittel der Befragten wünschen längere Öffnungszeiten.", 66.7),
    ("Vier Fünftel der Eltern sind zufrieden.", 80.0),
    ("Knapp die Hälfte hält die Gebühren für zu hoch.", 50.0),
])
def test_number_words_after_a_survey(sent, value):
    (sv, results), = run(f"Im März 2024 wurden die Eltern befragt. {sent}")
    assert [r["value"] for r in results] == [value]


@pytest.mark.parametrize(("text", "by", "start"), [
    ("Laut der Umfrage des Seniorenbeirats vom Juni 2021 wünschen sich 78 % mehr Sitzbänke.",
     "Seniorenbeirat", "2021-06-01"),
    ("Laut der Befragung des Jugendamtes vom März 2020 fehlen 14 Plätze.", "Jugendamt", "2020-03-01"),
])
def test_who_asked_and_when(text, by, start):
    (sv, _), = run(text)
    assert (sv["conducted_by"], sv["date_start"]) == (by, start)


def test_paper_date_after_the_one_who_asked_is_not_the_survey_date():
    text = "Der Antrag der Fraktion vom Mai 2019 wurde durch eine Befragung der Anwohner bestätigt."
    (sv, _), = run(text)
    assert sv["date_start"] is None


# ---------------------------------------------------------------------------
# Who was asked, read from the mention's own sentence in other shapes


@pytest.mark.parametrize(("text", "people"), [
    ("Der Seniorenbeirat hat Fragebögen an alle über 70-Jährigen verschickt.", "über 70-Jährige"),
    ("Die Fragebögen wurden an die 14- bis 17-Jährigen verteilt.", "14- bis 17-Jährige"),
    ("Im Rahmen einer Befragung gaben 80 % der Eltern an, mit der Betreuung zufrieden zu sein.", "Eltern"),
    ("Die Umfrage ergab, dass 62 Prozent der Anwohnerinnen und Anwohner für Tempo 30 sind.",
     "Anwohnerinnen und Anwohner"),
    ("Die Befragung lief vom 1. bis 21. Mai 2023. Insgesamt nahmen 412 Jugendliche teil.", "Jugendliche"),
    ("An der Umfrage haben 1.234 Personen teilgenommen.", "Personen"),
    ("Im Oktober 2023 hat die Gemeinde alle Haushalte zum Breitbandausbau befragt.", "Haushalte"),
    ("Im Mai hat die Stadtverwaltung sämtliche Kitas zu ihrem Raumbedarf befragt.", "Kitas"),
])
def test_people_in_other_shapes(text, people):
    (sv, _), = run(text)
    assert sv["respondents"] == people


def test_share_of_those_who_answered_is_not_a_group():
    (sv, _), = run("Die Umfrage ergab, dass 45 % der Befragten mit dem Auto fahren.")
    assert sv["respondents"] is None


@pytest.mark.parametrize("text", [
    "Die Kundenbefragung der Stadtwerke ergab eine Zufriedenheit von 1,8 (Schulnote).",
    "Die Kundenbefragung ergab eine Gesamtnote von 1,8.",
])
def test_grade_after_a_survey(text):
    (sv, results), = run(text)
    assert [(r["value"], r["unit"]) for r in results] == [(1.8, "Note")]


# ---------------------------------------------------------------------------
# What is not a result: the population, what things cost, the questionnaire itself


@pytest.mark.parametrize("between", [
    "Die Gemeinde hat 12.000 Einwohner.",
    "In der Stadt leben rund 45.000 Menschen.",
    "Die Auswertung kostete 5.000 Euro.",
    "Die Kosten für einen Spielplatz betragen 80.000 Euro.",
    "Der Fragebogen umfasste 25 Fragen auf 4 Seiten.",
    "Von 850 angeschriebenen Eltern haben 320 Eltern geantwortet.",
])
def test_not_a_result(between):
    (sv, results), = run(f"Im Mai 2024 wurden die Eltern befragt. {between} 40 % wünschen eine Ganztagsbetreuung.")
    assert [(r["value"], r["unit"]) for r in results] == [(40, "%")]


def test_what_the_answerers_would_pay_is_a_result():
    (sv, results), = run("Im Mai 2024 wurden die Eltern befragt. 40 Eltern wären bereit, 20 Euro im Monat zu zahlen.")
    assert 20 in [r["value"] for r in results]


@pytest.mark.parametrize("table", [
    "Ja 45 % Nein 30 % Enthaltung 25 %",
    "Ja 45 %\nNein 30 %\nweiß nicht 25 %",
    "Ja: 45 %, Nein: 30 %, weiß nicht: 25 %",
])
def test_table_flattened_to_text(table):
    (sv, results), = run(f"Im Mai 2024 wurden die Eltern befragt.\n{table}")
    assert [r["value"] for r in results] == [45, 30, 25]


# ---------------------------------------------------------------------------
# Results named by a compound, periods with month names, a name that ends before its object


@pytest.mark.parametrize(("text", "people"), [
    ("Die Umfrageergebnisse zeigen, dass 70 % der Eltern eine Ganztagsbetreuung wünschen.", "Eltern"),
    ("Die Befragungsergebnisse der Schülerinnen und Schüler liegen vor: 55 % fahren mit dem Bus.",
     "Schülerinnen und Schüler"),
    ("Die Fragebogenaktion unter den Anliegern ergab eine klare Mehrheit für den Ausbau.", "Anlieger"),
    ("Die Befragung habe ergeben, dass die Mehrheit der Anwohner gegen die Bebauung sei.", "Anwohner"),
    ("Ende 2022 wurde eine Umfrage unter den Landwirten durchgeführt.", "Landwirte"),
])
def test_more_survey_shapes(text, people):
    (sv, results), = run(text)
    assert sv["respondents"] == people
    assert results or "Landwirte" in people


@pytest.mark.parametrize("text", [
    "Über den Umgang mit den Umfrageergebnissen wird der Vorstand entscheiden.",
    "Wann liegen die Befragungsergebnisse vor?",
    "Die Umfrageergebnisse sollen im Herbst veröffentlicht werden.",
])
def test_results_compound_without_results(text):
    assert run(text) == []


@pytest.mark.parametrize(("text", "start", "end"), [
    ("An der Online-Befragung vom 15. März bis 15. April 2024 beteiligten sich 1.850 Personen.",
     "2024-03-15", "2024-04-15"),
    ("Die Umfrage lief vom 1. Juli bis zum 31. August 2023 und wurde dann ausgewertet.", "2023-07-01", "2023-08-31"),
    ("Vom 20. Dezember 2022 bis 15. Januar 2023 wurden die Vereine befragt.", "2022-12-20", "2023-01-15"),
    ("Die Befragung im Zeitraum Januar bis März 2023 ergab, dass viele Betriebe Personal suchen.",
     "2023-01-01", "2023-03-31"),
])
def test_period_with_month_names(text, start, end):
    (sv, _), = run(text)
    assert (sv["date_start"], sv["date_end"]) == (start, end)


@pytest.mark.parametrize(("text", "expected"), [
    ("Eltern eine Ganztagsbetreuung wünschen", "Eltern"),
    ("Anwohner Tempo 30 fordern", "Anwohner"),
    ("Rostocker Seniorinnen zu erfassen", "Rostocker Seniorinnen"),
    ("Bürgerinnen und Bürger Karlsruhes gaben an", "Bürgerinnen und Bürger Karlsruhes"),
    ("Vereine mehr Hallenzeiten brauchen", "Vereine"),
])
def test_name_ends_before_its_object(text, expected):
    assert noun_phrase(text) == expected


@pytest.mark.parametrize(("text", "people"), [
    ("412 Eltern haben den Fragebogen ausgefüllt.", "Eltern"),
    ("Den Fragebogen beantworteten insgesamt 96 Vereine.", "Vereine"),
    ("Bis Ende Mai hatten 230 Haushalte den Fragebogen zurückgeschickt.", "Haushalte"),
])
def test_questionnaire_filled_in(text, people):
    (sv, _), = run(text)
    assert sv["respondents"] == people


@pytest.mark.parametrize("text", [
    "Die Umfrage unter den Vereinen ist abgeschlossen.",
    "Die Befragung der Eltern lief bis Ende Mai 2024.",
    "Die Beteiligung an der Umfrage unter den Senioren lag bei 34 %.",
])
def test_survey_finished(text):
    assert len(run(text)) == 1


@pytest.mark.parametrize("text", [
    "Die Teilnahme an der Umfrage unter den Vereinen ist freiwillig.",
    "Die Befragung der Eltern läuft noch bis Ende Mai.",
    "Den Fragebogen sollen alle Haushalte ausfüllen.",
])
def test_survey_not_finished(text):
    assert run(text) == []


def test_debate_after_the_results_is_not_a_result():
    text = ("Im Sommer 2023 hat die Verwaltung eine Umfrage unter den 62 Jugendtreffs durchgeführt.\n"
            "53 % der befragten Jugendtreffs gaben an, dass der Bedarf gestiegen sei.\n\n"
            "Mehrere Mitglieder sprechen sich dafür aus, die Öffentlichkeit frühzeitig zu beteiligen.")
    (sv, results), = run(text)
    assert [r["value"] for r in results] == [53]


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
# Whom a survey asked, told as what its authors wanted to learn from them


@pytest.mark.parametrize(("sent", "people"), [
    ("Von jungen Menschen wollte der Jugendring wissen, was ihnen im Ort fehlt.", "junge Menschen"),
    ("Von den Eltern wollte die Stadt erfahren, wie zufrieden sie mit der Betreuung sind.", "Eltern"),
    ("Von allen Bürgerinnen und Bürgern möchten wir gern wissen, was sie denken.", "Bürgerinnen und Bürger"),
    ("Von Montag an wollten wir wissen, wie es läuft.", None),
    ("Von der Verwaltung wollten wir wissen, wann die Straße fertig wird.", None),
    ("Von 2019 bis 2021 wollte die Stadt wissen, wie viele Plätze fehlen.", None),
])
def test_people_the_authors_wanted_to_hear(sent, people):
    from councildata.extract.survey_people import people_asked

    assert people_asked(sent) == people


def test_survey_names_whom_it_wanted_to_hear():
    (sv, _), = run("Im Mai haben wir eine Online-Umfrage durchgeführt. Von Jugendlichen wollten wir wissen, "
                   "was ihnen fehlt.\n\n72% Mehr Treffpunkte\n58% Kostenfreies WLAN\n")
    assert sv["respondents"] == "Jugendliche"


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
# School grades asked apart are groups of the respondents


@pytest.mark.parametrize(("text", "group"), [
    ("In der Klassenstufe wussten dies nur 4 %.", "Klassenstufe"),
    ("In der Kursstufe waren es 10,6 %.", "Kursstufe"),
    ("Lediglich 10 Jugendliche der Klassenstufe (1,5 %) kannten das Projekt.", "Klassenstufe"),
    ("In der Oberstufe gaben 35 % an, den Bus zu nutzen.", "Oberstufe"),
])
def test_school_grade_a_figure_is_about(text, group):
    assert figures(text)[0][2] == group


@pytest.mark.parametrize("text", [
    "Die Warnstufe lag bei 4 %.",
    "In der zweiten Ausbaustufe steigt der Anteil auf 40 %.",
])
def test_other_stages_are_no_group(text):
    assert figures(text)[0][2] is None


@pytest.mark.parametrize(("text", "start"), [
    ("Die Händlerbefragung der Gemeinde ist abgeschlossen. Sie fragte nach Umsatz und Parkplätzen.\n\n"
     "Für die Händlerbefragung wurden im Frühjahr 2015 Bögen an 120 Geschäfte verschickt.", "2015-03-01"),
    ("Die Elternbefragung wurde ausgewertet. 60 % wünschen längere Öffnungszeiten.\n\n"
     "Die Elternbefragung fand im Oktober 2023 statt.", "2023-10-01"),
])
def test_survey_dated_where_the_same_compound_is_told(text, start):
    (sv, _), = run(text)
    assert sv["date_start"] == start


def test_planned_repeat_of_the_compound_does_not_date_the_survey():
    (sv, _), = run("Die Elternbefragung wurde ausgewertet. 60 % wünschen längere Öffnungszeiten.\n\n"
                   "Die nächste Elternbefragung soll im Oktober 2026 stattfinden.")
    assert sv["date_start"] is None


@pytest.mark.parametrize("presented", [
    "Frau Schenker stellt die Ergebnisse anhand einer Präsentation detailliert vor.",
    "Herr Kurz stellte die wichtigsten Ergebnisse der Umfrage vor.",
    "Die Referentin präsentiert die Ergebnisse.",
])
def test_results_presented_then_given_paragraph_by_paragraph(presented):
    text = ("Vom 01.02.2024 bis 30.04.2024 fand die Onlinebefragung statt. Es wurden Jugendliche im Alter von "
            f"10 bis 21 Jahren befragt. {presented}\n\n"
            "76 % der Befragten treffen sich am liebsten im eigenen Dorf. 262 Befragte halten die "
            "Angebote für gut.\n")
    (_, results), = run(text)
    assert {76, 262} <= {r["value"] for r in results}


def test_results_not_presented_do_not_flow_into_the_next_paragraph():
    text = ("Vom 01.02.2024 bis 30.04.2024 fand die Onlinebefragung statt. Es wurden Jugendliche im Alter von "
            "10 bis 21 Jahren befragt. Frau Schenker stellt den Haushalt vor.\n\n"
            "Die Grundsteuer steigt um 12 %. 262 Bauplätze sind verkauft.\n")
    (_, results), = run(text)
    assert results == []


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


# ---------------------------------------------------------------------------
# Counts and shares with what they count


@pytest.mark.parametrize(("sent", "value", "unit"), [
    ("23 der 41 Kitas meldeten einen zusätzlichen Bedarf.", 23, "Kitas"),
    ("Zwölf der 20 befragten Schulen wünschen mehr Personal.", 12, "Schulen"),
    ("In acht von zwölf Gemeinden fehlen Plätze.", 8, "Gemeinden"),
    ("Rund zwei Drittel wünschen sich längere Öffnungszeiten.", 66.7, "%"),
    ("Über die Hälfte nutzt regelmäßig den Bus.", 50, "%"),
    ("Mehr als ein Drittel der Eltern arbeitet in Teilzeit.", 33.3, "%"),
    ("Jede dritte Kita hat Personalmangel.", 33.3, "%"),
    ("Knapp 40 % der Vereine gaben an, dass ihnen Hallenzeiten fehlen.", 40, "%"),
])
def test_count_or_share_after_a_survey(sent, value, unit):
    text = "Die Verwaltung hat im März 2023 eine Umfrage bei den Einrichtungen durchgeführt. " + sent
    (_, results), = run(text)
    assert [(r["value"], r["unit"]) for r in results] == [(value, unit)]


def test_bound_beside_precise_figures_is_no_figure():
    # In a report full of precise shares "mehr als die Hälfte" restates one of them.
    from councildata.extract.survey_figures import figures_in
    sent = "Mehr als die Hälfte der Befragten (54,2 %) ist zufrieden."
    assert [f.value for f in figures_in(sent, 0, len(sent))] == [54.2]


# ---------------------------------------------------------------------------
# Respondents in a heading or a neighbouring sentence; one survey told several times; two stay two


@pytest.mark.parametrize(("text", "people"), [
    ("Befragung der Eltern\n\nIm März 2023 hat die Verwaltung eine Umfrage durchgeführt. 74 % sind zufrieden.",
     "Eltern"),
    ("Umfrage unter den Sportvereinen\n\nDie Umfrage wurde im Juni 2022 durchgeführt. Sie ergab, dass 12 Vereine "
     "Hallenzeiten suchen.", "Sportvereine"),
    ("Die Stadt führte im Herbst 2022 eine Befragung durch. Befragt wurden alle Haushalte im Ortsteil Nord. "
     "58 % wünschen sich einen Nahversorger.", "Haushalte im Ortsteil Nord"),
    ("Im Mai 2023 hat das Jugendamt eine Umfrage durchgeführt. Angeschrieben wurden sämtliche Kitas im Kreis. "
     "Die Umfrage ergab einen Mehrbedarf.", "Kitas im Kreis"),
])
def test_people_in_a_heading_or_the_next_sentence(text, people):
    (sv, _), = run(text)
    assert names_match(sv["respondents"], people), sv["respondents"]


def test_one_survey_announced_carried_out_and_reported():
    text = ("Die Verwaltung kündigte im Januar eine Umfrage unter den Vereinen an. Die Umfrage wurde im März 2023 "
            "durchgeführt. An der Umfrage beteiligten sich 48 Vereine. Die Umfrage ergab, dass 30 Vereine "
            "Nachwuchssorgen haben.")
    (sv, results), = run(text)
    assert sv["respondents"] == "Vereine" and sv["date_start"] == "2023-03-01"
    assert [r["value"] for r in results] == [30]  # the 48 who took part are no finding


@pytest.mark.parametrize("again", ["zusätzlich", "außerdem", "anschließend", "erneut", "ebenfalls"])
def test_second_group_asked_later_is_another_survey(again):
    text = ("Im Mai 2023 wurden die Eltern befragt. 61 % wünschen längere Öffnungszeiten.\n\n"
            f"Im September 2023 wurden {again} die Erzieherinnen und Erzieher befragt. 45 % berichten von Überlastung.")
    (eltern, r1), (erz, r2) = run(text)
    assert eltern["respondents"] == "Eltern" and erz["respondents"] == "Erzieherinnen und Erzieher"
    assert [r["value"] for r in r1] == [61] and [r["value"] for r in r2] == [45]
    assert erz["date_start"] == "2023-09-01"


@pytest.mark.parametrize(("text", "start"), [
    ("Die Bedarfsabfrage bei den Tagespflegepersonen erfolgte zum Stichtag 01.03.2024. Vier haben freie Plätze.",
     "2024-03-01"),
    ("Die Elternbefragung erfolgte im März und April 2023. 70 % sind zufrieden.", "2023-03-01"),
    ("Die Befragung der Senioren hat im Frühjahr 2021 stattgefunden. 80 % leben allein.", "2021-03-01"),
])
def test_survey_that_took_place(text, start):
    (sv, _), = run(text)
    assert sv["date_start"] == start


@pytest.mark.parametrize("where", [
    "Die Ergebnisse sind auf Seite 12 dargestellt.",
    "Die Ergebnisse sind in der Tabelle auf S. 4 aufgeführt.",
    "Die Ergebnisse sind im Bericht abgebildet.",
])
def test_where_the_results_stand_is_no_result(where):
    text = "Die Befragung der Eltern fand im November 2023 statt. 71 % sind zufrieden. " + where
    (_, results), = run(text)
    assert [r["value"] for r in results] == [71]


# ---------------------------------------------------------------------------
# Findings in reported speech, lists and tables of answers; what is no finding


def test_findings_in_reported_speech():
    text = ("Die Jugendbefragung wurde im Frühjahr 2023 durchgeführt. Nach Angaben der Jugendlichen fehle es an "
            "Treffpunkten. Außerdem seien die Busverbindungen am Abend schlecht. Viele hätten keinen Zugang zu "
            "Sportangeboten. Eine Besserung lasse sich nur mit mehr Personal erreichen. Jeder vierte Jugendliche "
            "fühle sich abends im Ort unsicher.")
    (_, results), = run(text)
    assert len(results) == 5
    assert results[-1]["value"] == 25.0
    assert "Treffpunkten" in results[0]["finding"]


@pytest.mark.parametrize("rows", [
    "- Hallenzeiten fehlen: 14 Vereine\n- Übungsleiter fehlen: 9 Vereine\n- keine Probleme: 5 Vereine",
    "• Hallenzeiten fehlen: 14 Vereine\n• Übungsleiter fehlen: 9 Vereine\n• keine Probleme: 5 Vereine",
    "1. Hallenzeiten fehlen: 14 Vereine\n2. Übungsleiter fehlen: 9 Vereine\n3. keine Probleme: 5 Vereine",
])
def test_list_of_answers_keeps_each_label(rows):
    text = "Im Juni 2023 wurden die Vereine befragt. Die Antworten im Einzelnen:\n" + rows
    (_, results), = run(text)
    assert [(r["value"], r["finding"]) for r in results] == [
        (14, "Hallenzeiten fehlen: 14 Vereine"), (9, "Übungsleiter fehlen: 9 Vereine"), (5, "keine Probleme: 5 Vereine"),
    ]


@pytest.mark.parametrize("sep", [" | ", "\t"])
def test_table_of_answers_after_the_survey(sep):
    rows = ["Antwort", "Anzahl", "Anteil"], ["sehr zufrieden", "12", "30 %"], ["zufrieden", "20", "50 %"], \
        ["unzufrieden", "8", "20 %"]
    table = "\n".join(sep.join(r) for r in rows)
    text = "Im Juni 2023 wurden die Vereine befragt.\n\n" + table
    (_, results), = run(text)
    assert [r["value"] for r in results] == [30, 50, 20]
    assert results[0]["finding"].startswith("sehr zufrieden")


def test_an_unrelated_table_after_a_blank_line_is_read_only_when_it_lists_answers():
    text = ("Im Juni 2023 wurden die Vereine befragt. 40 % sind zufrieden.\n\n"
            "Der Ausschuss beriet danach über den Haushalt der Stadt und vertagte die Entscheidung.")
    (_, results), = run(text)
    assert [r["value"] for r in results] == [40]


def test_population_costs_dates_laws_and_questions_are_no_findings():
    text = ("Die Befragung der Eltern fand im Oktober 2023 statt. Die Gemeinde hat 8.500 Einwohner. Die Umfrage "
            "kostete 3.000 Euro. Grundlage ist § 24 Abs. 1 SGB VIII. Die Auswertung erfolgte am 15.11.2023. "
            "Die Befragung umfasste 18 Fragen. 64 % der Eltern wünschen eine Ganztagsbetreuung.")
    (sv, results), = run(text)
    assert sv["date_start"] == "2023-10-01"
    assert [r["value"] for r in results] == [64]


def test_heading_and_the_sentence_under_it_name_those_asked():
    text = ("Ergebnisse der Seniorenbefragung 2022\nBefragt wurden alle Einwohnerinnen und Einwohner ab 65 Jahren.\n"
            "1. Wohnen: 82 % leben in der eigenen Wohnung.\n2. Mobilität: 45 % nutzen den Bus.")
    (sv, results), = run(text)
    assert sv["respondents"] == "Einwohnerinnen und Einwohner ab 65 Jahren"
    assert [r["finding"] for r in results] == ["Wohnen: 82 % leben in der eigenen Wohnung", "Mobilität: 45 % nutzen den Bus"]


@pytest.mark.parametrize("sample", [
    "An der Befragung hätten alle Jugendlichen aus den 19 Gemeinden des Landkreises teilnehmen können.",
    "Teilnehmen konnten die Eltern aus 12 Kitas.",
    "Die übrigen 249 Bögen enthielten keine Angaben zum Alter.",
    "Insgesamt 31 Fragebögen waren ungültig.",
    "Weitere 17 Bögen waren nicht auswertbar.",
])
def test_who_could_take_part_and_forms_not_counted_are_no_findings(sample):
    text = "Im Juni 2023 fand die Jugendbefragung statt. " + sample + " 62 % wünschen sich einen Jugendtreff."
    (_, results), = run(text)
    assert [r["value"] for r in results] == [62]


# ---------------------------------------------------------------------------
# A long report of two surveys: each survey with the results of its own section


def test_long_report_of_two_surveys():
    from .survey_long_report import TEXT

    assert TEXT.count("\n") > 100 and TEXT.count("Seite ") >= 11
    (eltern, r1), (vereine, r2) = run(TEXT, "2025-05-20")
    assert names_match(eltern["respondents"], "Eltern")
    assert (eltern["date_start"], eltern["date_end"]) == ("2024-10-14", "2024-11-08")
    assert vereine["respondents"] == "Vereine"
    assert (vereine["date_start"], vereine["date_end"]) == ("2025-02-01", "2025-03-31")
    # the return rate, three shares of the text, the four rows of the table, two findings in words;
    # not the population, the budget, the forms handed out, the number of questions or kitas,
    # the page numbers, the legal references nor the summary's restatements
    assert [r["value"] for r in r1] == [40.7, 78.4, 41.2, 12.5, 18.3, 22.9, 31.7, 27.1, None, None]
    assert r1[4]["finding"] == "bis 14 Uhr 18,3 %"
    assert "Schulferien" in r1[8]["finding"]
    # 23 of the 31 answering, the hours they need, the share short of trainers, the halls to repair;
    # not the 46 written to, the 31 who answered, the hall's year or its cost
    assert [(r["value"], r["unit"]) for r in r2] == [(23, "Vereine"), (60, "Hallenstunden"), (58, "%"), (2, "Hallen")]


def test_long_report_through_the_whole_pipeline(tmp_path):
    from councildata.extract import extract_document
    from councildata.ingest import ingest_file

    from .survey_long_report import TEXT

    path = tmp_path / "bericht.txt"
    path.write_text(TEXT, encoding="utf-8")
    (doc,) = ingest_file(path, tmp_path)
    rows = extract_document(doc)
    assert len(rows["surveys"]) == 2
    assert len(rows["survey_results"]) == 14
    for r in rows["surveys"] + rows["survey_results"]:
        assert doc.text[r["char_start"]:r["char_end"]] == r["quote"]


@pytest.mark.parametrize(("text", "people"), [
    ("Die Gemeinde hat im April 2024 die Landwirte im Gemeindegebiet\nangeschrieben; 23 Betriebe haben "
     "geantwortet. Vier Betriebe planen eine Hofaufgabe.", "Landwirte im Gemeindegebiet"),
    ("Die Schulleitungen wurden um eine Einschätzung gebeten. Die meisten Schulleitungen sahen keinen Bedarf.",
     "Schulleitungen"),
    ("Die Ortsvorsteher wurden im Mai 2023 schriftlich gebeten, die Mängel an den Spielplätzen zu benennen. "
     "Acht Ortsvorsteher meldeten Mängel zurück.", "Ortsvorsteher"),
    ("Im Fruehjahr 2023 hatten wir alle Grundschulen gebeten, uns ihren Bedarf an\nSchulbegleitungen "
     "mitzuteilen. Zurueckgemeldet haben 11 Schulen.", "Grundschulen"),
    ("Die befragten Jugendlichen gaben an, dass es zu wenige Treffpunkte gebe. Die Befragung fand im Juli 2022 "
     "statt.", "Jugendliche"),
])
def test_asking_in_more_shapes(text, people):
    (sv, _), = run(text)
    assert names_match(sv["respondents"], people), sv["respondents"]


@pytest.mark.parametrize("text", [
    "Die Träger öffentlicher Belange wurden mit Schreiben vom 12.05.2023 um Stellungnahme gebeten. "
    "9 haben geantwortet, 40 % ohne Anregungen.",
    "Die Behörden und sonstigen Träger öffentlicher Belange wurden gemäß § 4 Abs. 1 BauGB angeschrieben. "
    "9 Behörden haben geantwortet.",
    "Die Nachbargemeinden wurden im April 2023 angeschrieben und um Stellungnahme gebeten. Rückmeldungen: 4.",
    "Die Anwohner wurden angeschrieben und über die Sperrung informiert.",
    "Der Bürgermeister wollte von den Fraktionen wissen, ob Einwände bestehen. Alle Fraktionen stimmten zu.",
])
def test_formal_participation_and_letters_are_no_survey(text):
    assert run(text) == []


@pytest.mark.parametrize("took_part", [
    "Teilgenommen haben 1.204 Bürgerinnen und Bürger.",
    "Beteiligt haben sich 312 Haushalte.",
    "Geantwortet haben 41 Betriebe.",
    "Angeschrieben wurden 900 Haushalte.",
])
def test_those_who_took_part_told_first_are_no_finding(took_part):
    text = "Die Umfrage wurde vom 1. März bis 15. April 2024 online durchgeführt. " + took_part + \
        " Drei Viertel bewerten das Angebot als gut."
    (_, results), = run(text)
    assert [r["value"] for r in results] == [75]


# ---------------------------------------------------------------------------
# Who was asked, told in the sentence of taking part or of being asked to answer (fix round 6)


@pytest.mark.parametrize(("text", "people"), [
    ("Rund 1500 Talheimer ab 65 Jahren haben sich an der Seniorenbefragung der Stadt beteiligt. "
     "Das entspricht 40 Prozent dieser Altersgruppe.", "Talheimer ab 65 Jahren"),
    ("Insgesamt 320 Eltern haben sich an der Kita-Umfrage des Jugendamtes beteiligt.", "Eltern"),
    ("Etwa 2.400 Jugendliche hatten sich an der Jugendbefragung beteiligt.", "Jugendliche"),
    ("Im Jahr 2019 wurden alle Einwohner ab dem 60. Lebensjahr von der Stadtverwaltung gebeten, sich an "
     "einer Fragebogenaktion zu beteiligen. Es wurden 500 Fragebögen beantwortet.", "Einwohner"),
    ("Im Jahr 2021 wurden alle Vereine von der Gemeinde gebeten, einen Fragebogen zur Hallennutzung "
     "auszufüllen. 40 Vereine antworteten.", "Vereine"),
    # people in the genitive without an article, the asker named after them
    ("Das ergab eine Befragung heimischer Beschäftigter durch die Agentur Nordlicht. "
     "Gut 30 Prozent pendeln täglich.", "heimische Beschäftigte"),
    ("Das zeigt eine Umfrage ortsansässiger Selbständiger durch das Institut Prognos. "
     "25 Prozent planen eine Erweiterung.", "ortsansässige Selbständige"),
])
def test_people_told_in_the_sentence_of_taking_part_or_of_being_asked(text, people):
    (sv, _), = run(text)
    assert sv["respondents"] == people


@pytest.mark.parametrize(("text", "year"), [
    ("Im Jahr 2019 wurden alle Einwohner ab dem 60. Lebensjahr von der Stadtverwaltung gebeten, sich an "
     "einer Fragebogenaktion zu beteiligen.", "2019"),
    ("Im Jahre 2016 wurden alle Vereine von der Gemeinde gebeten, einen Fragebogen zur Hallennutzung "
     "auszufüllen. 40 Vereine antworteten.", "2016"),
])
def test_the_year_a_sentence_of_asking_opens_with_dates_the_survey(text, year):
    (sv, _), = run(text)
    assert (sv["date_start"], sv["date_end"]) == (f"{year}-01-01", f"{year}-12-31")


@pytest.mark.parametrize("text", [
    "Die Bürger werden gebeten, sich an der Umfrage zu beteiligen.",
    "Wir hoffen, dass sich viele Senioren an der Befragung beteiligen werden.",
    "Die Senioren sollen sich an der Befragung beteiligen können.",
])
def test_being_asked_to_take_part_now_or_later_is_no_survey_yet(text):
    assert run(text) == []


@pytest.mark.parametrize("head", [
    "Betreff\nSpielplätze in der Altstadt, Ergebnisse aus der Befragung\nVorlage\n12/345/2023\n\n",
    "Betreff: Auswertung der Umfrage\n\n",
    "TOP 4 Ergebnisse der Befragung\n\n",
])
def test_a_title_naming_the_survey_the_text_reports_is_that_survey(head):
    text = head + (
        "Sachverhalt:\n\nDie Stadt hat im Mai 2023 eine Befragung durchgeführt. An der Befragung nahmen "
        "insgesamt 210 Eltern teil. 60 Prozent wünschen sich mehr Schatten."
    )
    assert [sv["respondents"] for sv, _ in run(text)] == ["Eltern"]


def test_two_surveys_told_in_the_text_stay_two():
    text = (
        "Die Stadt hat im Mai 2023 eine Befragung der Eltern durchgeführt. An der Befragung nahmen 210 Eltern teil.\n\n"
        "Außerdem wurde im Juni 2023 eine Umfrage unter den Erzieherinnen durchgeführt. 80 Prozent sind zufrieden."
    )
    assert len(run(text)) == 2
