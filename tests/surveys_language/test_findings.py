"""Survey rules: findings (counts and shares with what they count, reported speech, lists and
tables, sections of long reports) and what is no finding; texts written for these tests."""

from __future__ import annotations

import pytest

from councildata.evaluate import names_match
from councildata.extract.survey_people import noun_phrase

from .common import figures, run

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
# What is not a result: the population, what things cost, the questionnaire itself


@pytest.mark.parametrize("between", [
    "Die Gemeinde hat 12.000 Einwohner.",
    "In der Stadt leben rund 45.000 Menschen.",
    "Die Auswertung kostete 5.000 Euro.",
    "Die Kosten für einen Spielplatz betragen 80.000 Euro.",
    "Der Fragebogen umfasste 25 Fragen auf 4 Seiten.",
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
    from ..survey_long_report import TEXT

    assert TEXT.count("\n") > 100 and TEXT.count("Seite ") >= 11
    (eltern, r1), (vereine, r2) = run(TEXT, "2025-05-20")
    assert names_match(eltern["respondents"], "Eltern")
    assert (eltern["date_start"], eltern["date_end"]) == ("2024-10-14", "2024-11-08")
    assert vereine["respondents"] == "Vereine"
    assert (vereine["date_start"], vereine["date_end"]) == ("2025-02-01", "2025-03-31")
    # the forms returned and the return rate, three shares of the text, the four rows of the table, two
    # findings in words; not the population, the budget, the forms handed out, the number of questions or
    # kitas, the page numbers, the legal references nor the summary's restatements
    assert [r["value"] for r in r1] == [874, 40.7, 78.4, 41.2, 12.5, 18.3, 22.9, 31.7, 27.1, None, None]
    assert r1[5]["finding"] == "bis 14 Uhr 18,3 %"
    assert "Schulferien" in r1[9]["finding"]
    # the 31 who answered, 23 of them, the hours they need, the share short of trainers, the halls to repair;
    # not the 46 written to, the hall's year or its cost
    assert [(r["value"], r["unit"]) for r in r2] == [
        (31, "Vereine"), (23, "Vereine"), (60, "Hallenstunden"), (58, "%"), (2, "Hallen")]


def test_long_report_through_the_whole_pipeline(tmp_path):
    from councildata.extract import extract_document
    from councildata.ingest import ingest_file

    from ..survey_long_report import TEXT

    path = tmp_path / "bericht.txt"
    path.write_text(TEXT, encoding="utf-8")
    (doc,) = ingest_file(path, tmp_path)
    rows = extract_document(doc)
    assert len(rows["surveys"]) == 2
    assert len(rows["survey_results"]) == 16
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


@pytest.mark.parametrize(("took_part", "values"), [
    ("Teilgenommen haben 1.204 Bürgerinnen und Bürger.", [1204, 75]),
    ("Beteiligt haben sich 312 Haushalte.", [312, 75]),
    ("Geantwortet haben 41 Betriebe.", [41, 75]),
    ("Angeschrieben wurden 900 Haushalte.", [75]),  # those asked, not those who answered
])
def test_those_who_took_part_told_first_are_its_participation(took_part, values):
    text = "Die Umfrage wurde vom 1. März bis 15. April 2024 online durchgeführt. " + took_part + \
        " Drei Viertel bewerten das Angebot als gut."
    (_, results), = run(text)
    assert [r["value"] for r in results] == values
