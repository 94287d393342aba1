"""Survey rules: one survey told several times (headline, lead, body; those asked, then those who took part)
is one survey; surveys of different people or different times stay apart. Sentences written for these tests."""

from __future__ import annotations

from councildata.evaluate import names_match

from .common import run


def test_lead_and_body_with_overlapping_periods():
    text = ("Ergebnisse der Elternumfrage liegen vor\n\n"
            "Im Frühjahr 2023 gab es eine Befragung zum Hortangebot.\n\n"
            "Im April und Mai hatte der Schulträger eine Befragung begonnen, um zu klären, welche Bedürfnisse "
            "die Eltern der Erstklässler haben. 40 Prozent brauchen eine Ferienbetreuung.")
    rows = run(text, date=None)
    assert len(rows) == 1
    sv, results = rows[0]
    assert names_match(sv["respondents"], "Eltern")
    assert (sv["date_start"], sv["date_end"]) == ("2023-04-01", "2023-05-31")
    assert [r["value"] for r in results] == [40]


def test_those_asked_then_those_who_took_part():
    text = ("Diesmal waren sämtliche Vereinsmitglieder aufgerufen, in einer Umfrage ihre Sicht zu schildern. "
            "Am Ende beteiligten sich 312 Vereinsmitglieder an einer Befragung. 58 Teilnehmer wünschen sich "
            "mehr Übungsabende.")
    rows = run(text)
    assert len(rows) == 1
    assert [r["value"] for r in rows[0][1]] == [312, 58]


def test_headline_compound_and_body_naming_the_people():
    text = ("Ergebnisse der Bürgerbefragung 2021:\n"
            "Den Auftakt machte eine Bürgerbefragung am Markttag, bei der vor dem Rathaus die Passanten "
            "befragt wurden. 88 % kaufen gern im Ort ein.")
    rows = run(text)
    assert len(rows) == 1
    assert rows[0][0]["respondents"] == "Passanten"


def test_two_groups_stay_two_surveys():
    text = ("Im März wurden die Eltern befragt. 60 Prozent wünschen einen Hort.\n\n"
            "Im Mai wurden die Lehrkräfte befragt. 30 Prozent sehen Bedarf an Räumen.")
    rows = run(text)
    assert sorted(sv["respondents"] for sv, _ in rows) == ["Eltern", "Lehrkräfte"]


def test_same_people_two_years_stay_two_surveys():
    text = ("Die Seniorenbefragung 2015 ergab einen hohen Bedarf an Wohnungen.\n\n"
            "Die Seniorenbefragung 2022 ergab, dass 45 Prozent allein leben.")
    rows = run(text)
    assert sorted(sv["date_start"] for sv, _ in rows) == ["2015-01-01", "2022-01-01"]


def test_residents_named_by_their_place():
    text = ("Ergebnisse der Einwohnerbefragung vorgestellt\n"
            "Die Beteiligung an der Befragung lag bei 35 Prozent. 60 Prozent der Tannenbacher, die sich an der "
            "Umfrage beteiligt haben, wohnen gern in Tannenbach.")
    (sv, _), = run(text)
    assert names_match(sv["respondents"], "Einwohner")


def test_place_adjective_before_the_people():
    (sv, _), = run("Befragt wurden im Juni alle Tannenbacher Bürgerinnen und Bürger ab 70 Jahren. "
                   "Die Stadt Tannenbach erhielt 400 Fragebögen zurück.")
    assert sv["respondents"].startswith("Bürgerinnen und Bürger")


def test_members_are_no_residents():
    (sv, _), = run("In Mitgliedern gezählt: Befragt wurden alle Mitglieder des Vereins. 40 Prozent sind zufrieden.")
    assert sv["respondents"].startswith("Mitglieder")
