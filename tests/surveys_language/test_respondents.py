"""Survey rules: who was asked, wherever the text names them; sentences written for these tests."""

from __future__ import annotations

import pytest

from councildata.evaluate import names_match
from councildata.extract.survey_people import noun_phrase

from .common import figures, run

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
    assert [r["value"] for r in results] == [48, 30]  # the 48 who took part are its participation


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
# Who was asked, told in the sentence of taking part or of being asked to answer (fix round 6)


@pytest.mark.parametrize(("text", "people"), [
    ("Rund 1500 Talheimer ab 65 Jahren haben sich an der Seniorenbefragung der Stadt beteiligt. "
     "Das entspricht 40 Prozent dieser Altersgruppe.", "Talheimer ab 65 Jahren"),
    ("Insgesamt 320 Eltern haben sich an der Kita-Umfrage des Jugendamtes beteiligt.", "Eltern"),
    ("Etwa 2.400 Jugendliche hatten sich an der Jugendbefragung beteiligt.", "Jugendliche"),
    ("Im Jahr 2019 wurden alle Einwohner ab dem 60. Lebensjahr von der Stadtverwaltung gebeten, sich an "
     "einer Fragebogenaktion zu beteiligen. Es wurden 500 Fragebögen beantwortet.", "Einwohner ab dem 60. Lebensjahr"),
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


# ---------------------------------------------------------------------------
# "unter dem Titel „…“", "unter dem Motto": the survey's name, never the people asked


@pytest.mark.parametrize("text", [
    "Die Stadt führte eine Bürgerumfrage unter dem Titel „Wohnen in Musterstadt“ durch.",
    "Eine Online-Umfrage unter dem Motto „Deine Meinung zählt“ lief im Mai.",
    "An der Befragung unter dem Namen „Stadtklima 2030“ beteiligten sich viele.",
    "Die Befragung unter dem Titel „Älter werden im Quartier“ ergab einen hohen Bedarf an Bänken.",
])
def test_a_title_names_no_respondents(text):
    for sv, _ in run(text):
        assert not (sv["respondents"] or "").startswith(("Titel", "Motto", "Namen"))
        assert "Wohnen" not in (sv["respondents"] or "") and "Meinung" not in (sv["respondents"] or "")


@pytest.mark.parametrize(("text", "people"), [
    # "unter den …" people stay people
    ("Die Umfrage unter den Gewerbetreibenden ergab einen hohen Bedarf an Parkplätzen.", "Gewerbetreibende"),
    ("Die Befragung bei den Vereinen zeigte großes Interesse an Hallenzeiten.", "Vereine"),
])
def test_people_after_unter_den_stay(text, people):
    (sv, _), = run(text)
    assert names_match(sv["respondents"], people)
