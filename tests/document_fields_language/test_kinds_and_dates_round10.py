"""Document type and date, families of this round: a letter asking questions that tells of a
session's decisions (an inquiry, no record), a page that records a vote's counts one under another, a state field naming the record, a public notice, a speech;
a date label over its value, a Beratungsfolge's body joined by "und", a publication of a
session's decisions dated by the session, and the minutes of an earlier session that date nothing. Sentences written for these tests, with negatives."""

from __future__ import annotations

import pytest

from .common import meta


# -- type ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, dtype", [
    # a letter from its first line that asks questions, though it tells of decisions and votes
    ("Sehr geehrte Frau Bürgermeisterin,\nin der Sitzung am 12.03.2024 wurde unser Antrag mehrheitlich abgelehnt, "
     "obwohl er auf der Tagesordnung stand.\nWir fragen hiermit an, auf welcher Grundlage das geschah.\n", "inquiry"),
    ("Sehr geehrter Herr Landrat,\nder Kreistag hat am 01.02.2023 einstimmig beschlossen, die Schule zu sanieren.\n"
     "Wir fragen daher an: Wann beginnen die Arbeiten?\n", "inquiry"),
    ("Sehr geehrter Herr Oberbürgermeister,\nder Stadtrat hat die Sanierung einstimmig beschlossen.\n"
     "Wir beantragen, den Zeitplan in der nächsten Sitzung vorzustellen.\n", "motion"),
    # counts each under its label, blank lines between
    ("Der Gemeinderat beriet über den Anbau.\n\nBeschluss:\n\nDer Gemeinderat stellt den Bedarf fest.\n\n"
     "Abstimmungsergebnis:\n\nJa-Stimmen:\n\n11\n\nMitgliederzahl:\n\n15\n\nNein-Stimmen:\n\n3\n", "minutes"),
    ("Der Ortschaftsrat fasste den einstimmigen Beschluss, den Dorfplatz neu zu pflastern.\n", "minutes"),
    ("Der Gemeinderat fasst folgenden Beschluss:\nDie Satzung wird erlassen.\n", "minutes"),
    # a state field naming the record
    ("Datum: 21.11.2023\nStatus: Niederschrift\nGremium: Betriebsausschuss\n\nTOP-Nr. Bezeichnung\n1 Bericht\n", "minutes"),
    ("Status: Tagesordnung\nGremium: Bauausschuss\n1 Eröffnung\n", "agenda"),
    # a speech
    ("Rede der Bürgermeisterin zur Ratssitzung am 04.06.2024\n\nSehr geehrte Damen und Herren,\n", "other"),
    ("Ansprache des Landrats zum Neujahrsempfang\n\nLiebe Gäste,\n", "other"),
])
def test_kinds(text, dtype):
    assert meta(text)["type"] == dtype


@pytest.mark.parametrize("text", [
    "Beschluss:\nDer Ortsbeirat soll über die Benennung der Straße entscheiden.\n",
    "Beschluss:\nDer Rat möge die Satzung erlassen.\n",
    "Beschluss:\nDie Verwaltung wird gebeten, einen Entwurf vorzulegen.\n",
])
def test_a_decision_asked_for_is_no_record(text):
    assert meta(text).get("type") != "minutes"


def test_a_draft_with_its_reasons_is_no_record():
    text = "Beschluss:\nDie Satzung wird in der vorgelegten Fassung erlassen.\n\nSachverhalt:\nDie Satzung ist veraltet.\n"
    assert meta(text).get("type") != "minutes"


def test_a_letter_that_only_tells_is_no_record_of_a_kind():
    text = "Sehr geehrte Damen und Herren,\nhiermit teilen wir mit, dass die Halle geschlossen bleibt.\n"
    assert meta(text)["type"] == "other"


# -- date ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, date", [
    # a label over its value
    ("Beschlussvorlage (Gebühren der Musikschule)\n\nDaten\n\nKommune\nMusterstadt\nDatum\n23.06.2016\n", "2016-06-23"),
    ("Vorlage\nBetreff: Radweg\nVorlagedatum:\n03.02.2022\n", "2022-02-03"),
    # the paper's own labelled date beats the label over a value
    ("Vorlage\nDatum\n09.09.2019\nVorlage Nr.: 41/2019 Erstellt am: 20.08.2019 Betreff: Sportplatz\n", "2019-08-20"),
    # a Beratungsfolge whose body's name has "und", the date on the next line
    ("Vorlage - VO/12/2020/004\nBetreff: Abwägung\nBeratungsfolge:\nPlanungs- und Umweltausschuss Entscheidung\n"
     "14.10.2020\nSitzung des Planungs- und Umweltausschusses\n\nSachverhalt\n", "2020-10-14"),
    # a publication of a session's decisions is dated by the session
    ("Neues aus dem Rathaus\nDatum: 08.03.2022\n\nAus den Beschlüssen der 11. Ratssitzung vom 03.03.2022\n\n"
     "1. Der Rat beschließt die Gebührensatzung.\n", "2022-03-03"),
    ("Amtliche Mitteilungen\n7/2021 | Bekanntmachung von Beschlüssen aus dem Gemeinderat vom 16.02.2021\n"
     "Beschluss-Nr. 1/2021:\n", "2021-02-16"),
    ("Neuigkeiten\nBeschlüsse Kreistag vom 03.03.2023\nDer Kreistag beschließt den Haushalt.\n", "2023-03-03"),
    # a speech at a session: the session's day
    ("Ansprache des Bürgermeisters zur Gemeinderatssitzung der Gemeinde\nTalheim am 02.10.2019, 19:30 Uhr\n\n"
     "Meine Damen und Herren,\n", "2019-10-02"),
])
def test_dates(text, date):
    assert meta(text)["date"] == date


@pytest.mark.parametrize("text", [
    # the minutes of an earlier session, approved: no date of this page
    "Niederschrift\n| 1 | Niederschrift der letzten Sitzung |\nBedenken wurden nicht geäußert.\nBeschluss:\n"
    "Die Niederschrift über die Sitzung vom 04.05.2021 wird genehmigt.\nAbstimmung: 12 dafür, 0 dagegen\n",
    # a headline's number is no date
    "Stadt Musterstadt\n\n12 Fragen an die Bürgermeisterin\n\nIm Juni wurden Fragebögen verteilt.\n",
])
def test_no_date(text):
    assert meta(text).get("date") is None
