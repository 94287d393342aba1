"""Who moves a motion: groups the gazetteer does not know, councillors, attributes,
numbers and dates after the mover, plurals, movers named one by one.

Families of German council language on sentences written for these tests, with
sentences that must NOT give a motion."""

from __future__ import annotations

import pytest

from .common import _rows, _who, _MINUTES


# -- groups the gazetteer does not know ------------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Antrag der SPD/FDP-Gruppe zur Sanierung der Sporthalle", "SPD/FDP-Gruppe"),
    ("Es liegt ein Antrag der CDU-Gruppe vom 04.03.2024 vor.", "CDU-Gruppe"),
    ("Antrag der UWG-Ratsgruppe: Einrichtung eines Seniorenbeirats", "UWG-Ratsgruppe"),
    ("Antrag der Wählergemeinschaft Pro Musterstadt", "Wählergemeinschaft Pro Musterstadt"),
    ("Antrag der Freien Wählergemeinschaft Hausen vom 3. Mai 2022", "Freie Wählergemeinschaft Hausen"),
    ("Antrag der Unabhängigen Wählergruppe Talheim", "Unabhängige Wählergruppe Talheim"),
    ("Antrag der Waehlervereinigung Neudorf", "Waehlervereinigung Neudorf"),
    ("Der Gemeindevertretung liegt folgender Antrag von „Jugend entscheidet“ vor:", "Jugend entscheidet"),
    ("Dem Rat liegt ein Antrag der Wählergemeinschaft „Bürger für Hausen“ vom 12.03.2023 vor.",
     "Wählergemeinschaft „Bürger für Hausen“"),
    ("Antrag der Gruppe \"Gemeinsam für Talheim\"", "Gruppe \"Gemeinsam für Talheim\""),
    ("TOP 8 Einführung eines Bürgerhaushalts\nAntrag der Freien Wähler", "Freie Wähler"),
])
def test_groups_by_their_own_words(text, who):
    got = _who(text)
    assert got == ([who] if who else [])


@pytest.mark.parametrize("text", [
    "Antrag der Arbeitsgruppe Verkehr",                      # a working group is no faction
    "Antrag der Steuerungsgruppe vom 01.02.2023",
    "Der Antrag des Tierschutzvereins Hausen e. V. auf Zuschuss wird beraten.",
    "Antrag auf Erteilung einer Baugenehmigung für den Neubau eines Einfamilienhauses",
    "Der Bauantrag der Familie Meier wird befürwortet.",
    "Der Förderantrag der Stadt wurde fristgerecht gestellt.",
    "Die Verwaltung hat einen Antrag auf Fördermittel gestellt.",
    "Der Antrag wird einstimmig angenommen.",
    "Die Antragsfrist endet am 31.03.2024.",
    "Antrag zum „Stadtfest 2024“",
])
def test_no_motion_without_a_mover_who_sits_in_the_council(text):
    assert _who(text) == []


# -- councillors as movers ---------------------------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Antrag von Ratsherrn Meier (FDP) vom 01.02.2024", "Ratsherrn Meier (FDP)"),
    ("Antrag des Ortsbeiratsmitglieds Klaus Meier (SPD) vom 5.6.2023", "Ortsbeiratsmitglieds Klaus Meier (SPD)"),
    ("Antrag der Einzelstadträtin Petra Koch (Die PARTEI)", "Einzelstadträtin Petra Koch (Die PARTEI)"),
    ("Antrag des Stadtrats Jan Vogel (Volt)", "Stadtrats Jan Vogel (Volt)"),
    ("Antrag des Kreistagsmitglieds Eva Roth (ÖDP) vom 02.02.2022", "Kreistagsmitglieds Eva Roth (ÖDP)"),
])
def test_councillor_in_the_genitive(text, who):
    assert _who(text) == [who]


# -- introductions in a meeting ------------------------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Stadträtin Schulz (GRÜNE) bringt den Antrag ein und begründet ihn.", "Stadträtin Schulz (GRÜNE)"),
    ("Ratsherr Becker (CDU) brachte den Änderungsantrag ein und erläuterte ihn.", "Ratsherr Becker (CDU)"),
    ("Gemeinderätin Wolf (FW) bringt den Antrag ein, der Rat berät.", "Gemeinderätin Wolf (FW)"),
    ("Stadtverordneter Lehmann (FDP) stellte den Änderungsantrag vor und bat um Zustimmung.",
     "Stadtverordneter Lehmann (FDP)"),
])
def test_particle_before_a_second_clause(text, who):
    assert _who(text) == [who]


@pytest.mark.parametrize("text", [
    "Die Schülerinnen bringen ihren Antrag ein und erläutern ihn.",
    "Der Bürgermeister bringt den Antrag zur Abstimmung.",
    "Bürgermeister Maier stellt den Antrag der Verwaltung vor.",
])
def test_no_mover_in_the_council(text):
    assert _who(text) == []


@pytest.mark.parametrize(("text", "who"), [
    ("Sehr geehrter Herr Bürgermeister,\nnamens der SPD-Fraktion beantrage ich, folgenden Punkt auf die "
     "Tagesordnung zu setzen:", "SPD-Fraktion"),
    ("Im Namen der Fraktion BÜNDNIS 90/DIE GRÜNEN stellen wir folgenden Antrag:", "Fraktion BÜNDNIS 90/DIE GRÜNEN"),
    ("Namens der Gruppe SPD/FDP beantragen wir die Aufnahme des folgenden Tagesordnungspunktes.", "Gruppe SPD/FDP"),
    ("Namens der CDU-Kreistagsfraktion bringe ich folgenden Antrag ein:", "CDU-Kreistagsfraktion"),
])
def test_on_behalf_in_the_first_person(text, who):
    assert _who(text) == [who]


def test_on_behalf_of_the_administration_is_none():
    assert _who("Namens der Verwaltung beantrage ich die Vertagung.") == []


# -- the mover in an attribute -----------------------------------------------------------


@pytest.mark.parametrize(("text", "who", "kind"), [
    ("Der von der SPD-Fraktion eingebrachte Antrag wird mehrheitlich abgelehnt.", "SPD-Fraktion", "Antrag"),
    ("Über den von der Fraktion DIE LINKE gestellten Änderungsantrag wird zuerst abgestimmt.",
     "Fraktion DIE LINKE", "Änderungsantrag"),
    ("Den von den Grünen vorgelegten Ergänzungsantrag lehnt der Ausschuss ab.", "Grüne", "Ergänzungsantrag"),
    ("Die von der FDP-Fraktion am 02.03.2023 beantragte Prüfung (Antrag Nr. 17/2023 vom 02.03.2023) ist erfolgt.",
     "FDP-Fraktion", "Antrag"),
])
def test_mover_in_an_attribute(text, who, kind):
    (r,) = _rows(text + "\n")
    assert (r["submitted_by"], r["motion_type"]) == (who, kind)


def test_mover_in_an_attribute_takes_the_number_and_date():
    (r,) = _rows("Die Verwaltung hat die von der CDU-Kreistagsfraktion vorgeschlagenen Kürzungen "
                 "gem. Antrag Nr. 512/XVIII vom 14.03.2022 geprüft.\n")
    assert (r["submitted_by"], r["reference"], r["date"]) == ("CDU-Kreistagsfraktion", "512/XVIII", "2022-03-14")


@pytest.mark.parametrize("text", [
    "Der von der Verwaltung vorgelegte Antrag auf Fördermittel wird zur Kenntnis genommen.",
    "Die von der Gemeinde beantragten Fördermittel wurden bewilligt. Antrag Nr. 5 vom 01.01.2024 liegt vor.",
    "Die von der SPD-Fraktion vorgeschlagene Lösung überzeugt. Der Antrag wird angenommen.",
])
def test_no_mover_from_another_sentence_or_the_administration(text):
    assert _who(text) == []


# -- numbers and dates after the mover ------------------------------------------------------


@pytest.mark.parametrize(("text", "ref", "date"), [
    ("Antrag der SPD-Fraktion Nr. 23/2024 vom 04.05.2024", "23/2024", "2024-05-04"),
    ("Antrag der Fraktion Die Linke Nr. 7 vom 1.2.2021", "7", "2021-02-01"),
    ("Antrag der CDU-Fraktion Nr. 112/XVII", "112/XVII", None),
])
def test_number_after_the_mover(text, ref, date):
    (r,) = _rows(text + "\n")
    assert (r["reference"], r["date"]) == (ref, date)


# -- plurals -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Ähnliches verlangen Anträge der SPD/FDP-Gruppe – vgl. Vorlage Nr. 77/2018.", ["SPD/FDP-Gruppe"]),
    ("Anträge der CDU-Fraktion zum Haushalt 2024 liegen vor.", ["CDU-Fraktion"]),
    ("Die Anträge der Fraktionen von CDU und SPD wurden gemeinsam beraten.", ["CDU", "SPD"]),
    ("Anträge von CDU, SPD und Grünen", ["CDU", "SPD", "Grüne"]),
    ("Die Änderungsanträge der CDU-Fraktion und der SPD-Fraktion", ["CDU-Fraktion", "SPD-Fraktion"]),
])
def test_plurals(text, who):
    assert _who(text) == who


@pytest.mark.parametrize("text", [
    "Anträge der Bürgerinnen und Bürger werden gesammelt.",
    "Anträge der Verwaltung auf Fördermittel liegen vor.",
    "Anträge von Vereinen sind bis zum 31.03. einzureichen.",
])
def test_plurals_of_no_faction(text):
    assert _who(text) == []


# -- movers the gazetteer cannot vouch for: councillors as a group, advisory councils, -----
# -- councillors named one by one (round 8) ---------------------------------------------------


@pytest.mark.parametrize(("text", "who", "date"), [
    ("7. Sanierung der Ortsdurchfahrt\n   Antrag der CDU-Gemeinderäte vom 05.10.2023", "CDU-Gemeinderäte", "2023-10-05"),
    ("8. Bau eines Trinkwasserbrunnens\n   Antrag der Oberdorf-Stadträte vom 3. März 2024", "Oberdorf-Stadträte",
     "2024-03-03"),
    ("Antrag der SPD-Kreisräte zur Schülerbeförderung", "SPD-Kreisräte", None),
    ("Antrag der Stadträtinnen und Stadträte der Grünen vom 12.02.2024", "Stadträtinnen und Stadträte der Grünen",
     "2024-02-12"),
    ("Antrag der FW-Marktgemeinderäte", "FW-Marktgemeinderäte", None),
    ("6.1 Antrag des Seniorenbeirats auf eine Sitzbank am Friedhof", "Seniorenbeirat", None),
    ("Der Antrag des Jugendgemeinderates wird beraten.", "Jugendgemeinderat", None),
    ("4 Antrag des Integrationsbeirates zum Sprachcafé", "Integrationsbeirat", None),
])
def test_councillors_as_a_group_and_advisory_councils_move(text, who, date):
    rows = _rows(_MINUTES + text + "\n")
    assert [(r["submitted_by"], r["date"]) for r in rows] == [(who, date)]


@pytest.mark.parametrize(("text", "who"), [
    ("12 Fahrradstraße in der Mühlgasse; Antrag v. StR Anton Huber u. Fraktion ÖDP", "StR Anton Huber u. Fraktion ÖDP"),
    ("12 Fahrradstraße in der Mühlgasse; Antrag v. Zweiten \nBürgermeister Dr. Karl Weiß u. Bündnis \n90/Die Grünen\n"
     "Vorlage: 2024/0101", "Zweiten Bürgermeister Dr. Karl Weiß u. Bündnis 90/Die Grünen"),
    ("5 Schulwegplan für die Grundschule; Antrag von 2. BGM Dr. Weiß u. SPD", "2. BGM Dr. Weiß u. SPD"),
    ("9 Fahrgastbefragung am Bahnhof (Antrag StRe Huber, Maier, Schmid)", "StRe Huber, Maier, Schmid"),
    ("6 Mehr Sitze im Bauausschuss; \nAntrag StR Berger\nBeschluss:", "StR Berger"),
    ("3 Ehrenamtskarte; Antrag v. Stadträtin Eva Roth sowie StR Max Lang", "Stadträtin Eva Roth sowie StR Max Lang"),
    ("4 Blühwiesen; Antrag v. StRin Roth, ÖDP", "StRin Roth, ÖDP"),
])
def test_councillors_named_one_by_one_under_an_item(text, who):
    rows = _rows(_MINUTES + text + "\n")
    assert [r["submitted_by"] for r in rows] == [who]


def test_one_movers_motions_under_several_items_stay_apart():
    text = (_MINUTES + "Tagesordnung\n"
            "11. Bau eines Brunnens am Dorfplatz\n    Antrag der Oberdorf-Gemeinderäte vom 20.09.2023\n\n"
            "12. Befestigung des Feldwegs\n    mit Rasengittersteinen\n    Antrag der Oberdorf-Gemeinderäte vom 20.09.2023\n\n"
            "13. Fahrradstraße Mühlgasse; Antrag v. StR Huber u. ÖDP\n"
            "14. Fahrradstraße Bachweg; Antrag v. StR Huber u. ÖDP\n\n"
            "13\nFahrradstraße Mühlgasse; \nAntrag v. StR Huber u. ÖDP\nBeschluss:\nDer Gemeinderat stimmt zu.\n"
            "14\nFahrradstraße Bachweg; \nAntrag v. StR Huber u. ÖDP\nBeschluss:\nDer Gemeinderat lehnt ab.\n")
    rows = _rows(text)
    assert [(r["submitted_by"], r["title"]) for r in rows] == [
        ("Oberdorf-Gemeinderäte", "Bau eines Brunnens am Dorfplatz"),
        ("Oberdorf-Gemeinderäte", "Befestigung des Feldwegs mit Rasengittersteinen"),
        ("StR Huber u. ÖDP", "Fahrradstraße Mühlgasse"),
        ("StR Huber u. ÖDP", "Fahrradstraße Bachweg"),
    ]


@pytest.mark.parametrize(("text", "who"), [
    ("Antrag der Freien Wähler auf einen Bürgerentscheid", "Freie Wähler"),
    ("Antrag der Unabhängigen Wählergemeinschaft Talheim vom 1.2.2024", "Unabhängige Wählergemeinschaft Talheim"),
    ("Antrag der Grünen Liste zum Radweg", "Grüne Liste"),
])
def test_a_name_led_by_an_inflected_adjective_in_the_nominative(text, who):
    assert _who(_MINUTES + text) == [who]


@pytest.mark.parametrize("text", [
    "Antrag der Gemeinderäte auf Akteneinsicht",              # no list or place: who is meant?
    "Der Antrag des Tierschutzvereins auf Zuschuss wird beraten.",
    "Antrag von Herrn Meier auf Befreiung von der Gebühr",     # a citizen
    "Der Antrag des Sportbeirats e. V. Hausen auf Zuschuss",   # a club, no advisory council of the council
    "5 Neubau Bauhof; Antrag v. Ing.-Büro Schmid GmbH",
])
def test_no_mover_from_words_that_are_no_councillors(text):
    assert _who(_MINUTES + text) == []
