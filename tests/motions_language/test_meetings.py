"""Motions made in a meeting: procedural motions, word orders, passive requests with
their agent, members without a faction, the perfect and the passive, urgent motions,
a missing comma before the motion's clause.

Families of German council language on sentences written for these tests, with
sentences that must NOT give a motion."""

from __future__ import annotations

import pytest

from .common import _rows, _who, _MINUTES


# -- procedural motions -----------------------------------------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("Stadtrat Weber (FW) stellt einen Antrag auf Vertagung.", "Geschäftsordnungsantrag"),
    ("Herr Schmidt (CDU) beantragt die Vertagung des Tagesordnungspunktes.", "Geschäftsordnungsantrag"),
    ("Frau Weber (SPD) beantragte eine Sitzungsunterbrechung.", "Geschäftsordnungsantrag"),
    ("Antrag der CDU-Fraktion auf Schluss der Debatte", "Geschäftsordnungsantrag"),
    ("Antrag der CDU-Fraktion auf Schluß der Rednerliste", "Geschäftsordnungsantrag"),
    ("Gemeinderat Huber (FW) stellt den Antrag auf Verweisung in den Bauausschuss.", "Geschäftsordnungsantrag"),
    ("Ratsherr Kunz (AfD) beantragt namentliche Abstimmung.", "Geschäftsordnungsantrag"),
    ("Kreisrätin Vogt (SPD) stellt einen Antrag zur Geschäftsordnung.", "Geschäftsordnungsantrag"),
    # what the motion asks for is the matter itself: a motion on the matter
    ("Antrag der CDU-Fraktion auf Einrichtung eines Jugendbeirats", "Antrag"),
    ("Herr Schmidt (CDU) beantragt die Verlegung des Spielplatzes.", "Antrag"),
    ("Stadträtin Roth (GRÜNE) stellt einen Antrag auf Förderung des Radverkehrs.", "Antrag"),
])
def test_procedural_motions_by_what_they_ask(text, kind):
    (r,) = _rows(text + "\n")
    assert r["motion_type"] == kind


# -- more word orders -----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "who", "date"), [
    ("Die CDU-Fraktion hat mit Schreiben vom 15.05.2023 die Aufnahme des Punktes beantragt.", "CDU-Fraktion", "2023-05-15"),
    ("Die Fraktion der SPD hatte die Vertagung beantragt.", "Fraktion der SPD", None),
    ("Stadträtin Lange (Volt) hat die Prüfung einer Fahrradstraße beantragt.", "Stadträtin Lange (Volt)", None),
    ("Antrag der Ratsfraktion DIE LINKE. vom 01.09.2022", "Ratsfraktion DIE LINKE", "2022-09-01"),
    ("Der Antrag der Fraktion „Wir für Hausen“ wurde vertagt.", "Fraktion „Wir für Hausen“", None),
])
def test_word_orders(text, who, date):
    (r,) = _rows(text + "\n")
    assert (r["submitted_by"], r["date"]) == (who, date)


@pytest.mark.parametrize("text", [
    "Herr Müller hat die Baugenehmigung beantragt.",
    "Die Verwaltung hat die Fördermittel beantragt.",
    "Die Gemeinde hatte beim Land einen Zuschuss beantragt.",
])
def test_perfect_tense_of_no_council_member(text):
    assert _who(text) == []


# -- passive requests with their agent, bare subjects ------------------------------------------


@pytest.mark.parametrize(("text", "who", "kind"), [
    ("Von der SPD-Fraktion wird beantragt, den Punkt zu vertagen.", "SPD-Fraktion", "Geschäftsordnungsantrag"),
    ("Seitens der CDU-Fraktion wurde beantragt, die Beratung zu unterbrechen.", "CDU-Fraktion", "Geschäftsordnungsantrag"),
    ("Von Herrn Stadtrat Meier (FDP) wurde beantragt, getrennt abzustimmen.", "Herrn Stadtrat Meier (FDP)",
     "Geschäftsordnungsantrag"),
    ("Es wird von der Gruppe SPD/Grüne beantragt, die Verwaltung zu beauftragen.", "Gruppe SPD/Grüne", "Antrag"),
    ("SPD und Grüne beantragen, die Gebühren zu senken.", "SPD und Grüne", "Antrag"),
    ("Die Fraktion DIE LINKE beantragt, den Kindergarten nicht zu schließen.", "Fraktion DIE LINKE", "Antrag"),
])
def test_passive_and_bare_subjects(text, who, kind):
    (r,) = _rows(text + "\n")
    assert (r["submitted_by"], r["motion_type"]) == (who, kind)


@pytest.mark.parametrize("text", [
    "Von der Verwaltung wird beantragt, die Mittel freizugeben.",
    "Von den Anwohnern wurde beantragt, eine Ampel aufzustellen.",
    "Von Herrn Müller wurde eine Baugenehmigung beantragt.",
    "Bürger beantragen eine Ampel.",
])
def test_passive_requests_of_no_council_member(text):
    assert _who(text) == []


# -- members without a faction ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Antrag des Einzelvertreters der Partei DIE PARTEI", "Einzelvertreters der Partei DIE PARTEI"),
    ("Antrag der Einzelvertreterin der Piraten vom 3.3.2023", "Einzelvertreterin der Piraten"),
    ("Antrag des fraktionslosen Ratsmitglieds Peter Schmitz", "fraktionslosen Ratsmitglieds Peter Schmitz"),
    ("Antrag der fraktionslosen Stadträtin Eva Roth", "fraktionslosen Stadträtin Eva Roth"),
    ("Antrag des Ratsmitglieds Anna Meier (parteilos)", "Ratsmitglieds Anna Meier (parteilos)"),
    ("Antrag von Gemeinderat Max Huber (fraktionslos)", "Gemeinderat Max Huber (fraktionslos)"),
])
def test_members_without_a_faction(text, who):
    assert _who(text) == [who]


@pytest.mark.parametrize("text", [
    "Antrag des Einzelvertreters der Bürgerinitiative",   # no party: not a member sitting for one
    "Antrag der fraktionslosen Verwaltung",
])
def test_no_member_without_a_faction(text):
    assert _who(text) == []


# -- a motion made, told in the perfect or the passive -------------------------------------------


@pytest.mark.parametrize(("text", "who", "date", "kind"), [
    ("Die Fraktion BÜNDNIS 90/DIE GRÜNEN hat folgenden Antrag gestellt:", "Fraktion BÜNDNIS 90/DIE GRÜNEN", None, "Antrag"),
    ("Die SPD-Fraktion hat am 12.03.2024 einen Antrag auf Einrichtung eines Beirats gestellt.", "SPD-Fraktion",
     "2024-03-12", "Antrag"),
    ("Mit Schreiben vom 04.04.2024 hat die CDU-Fraktion folgenden Antrag eingereicht:", "CDU-Fraktion", "2024-04-04",
     "Antrag"),
    ("Seitens der CDU-Fraktion wurde folgender Antrag gestellt:", "CDU-Fraktion", None, "Antrag"),
    ("Von der Gruppe SPD/Grüne wurde ein Änderungsantrag eingebracht.", "Gruppe SPD/Grüne", None, "Änderungsantrag"),
    ("Die Fraktionen von CDU und SPD haben einen gemeinsamen Antrag eingebracht.", "Fraktionen von CDU und SPD", None,
     "Antrag"),
    ("Stadtrat Hahn (AfD) hatte einen Antrag auf Vertagung gestellt.", "Stadtrat Hahn (AfD)", None,
     "Geschäftsordnungsantrag"),
    ("Die FDP-Fraktion reicht folgenden Antrag ein:", "FDP-Fraktion", None, "Antrag"),
    ("Frau Vogel (SPD) legt einen Änderungsantrag vor.", "Frau Vogel (SPD)", None, "Änderungsantrag"),
])
def test_motion_made(text, who, date, kind):
    (r,) = _rows(text + "\n")
    assert (r["submitted_by"], r["date"], r["motion_type"]) == (who, date, kind)


@pytest.mark.parametrize("text", [
    "Die Verwaltung hat einen Antrag gestellt.",
    "Herr Müller hat einen Bauantrag eingereicht.",
    "Die CDU-Fraktion hat den Antrag abgelehnt.",
    "Bürgermeister Maier hat einen Antrag auf Fördermittel gestellt.",
    "Der Ausschuss hat den Antrag vorgelegt bekommen.",
    "Die Stadt legt den Antrag aus.",
])
def test_nothing_made_by_a_council_member(text):
    assert _who(text) == []


@pytest.mark.parametrize(("text", "date"), [
    ("Antrag der SPD-Fraktion vom 12.03.24", "2024-03-12"),
    ("Antrag der SPD-Fraktion vom 12. März 2024", "2024-03-12"),
    ("Antrag der SPD-Fraktion v. 12.3.2024", "2024-03-12"),
    ("Antrag der SPD-Fraktion (eingegangen am 14.03.2024)", "2024-03-14"),
    ("Der SPD-Antrag vom 12.03.2024 wird beraten.", "2024-03-12"),
    ("Der GRÜNEN-Änderungsantrag vom 1. Februar 2023 wird abgelehnt.", "2023-02-01"),
])
def test_dates_as_written(text, date):
    (r,) = _rows(text + "\n")
    assert r["date"] == date


# -- an urgent motion of the mayor or Landrat ---------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Des Weiteren wird beantragt, den Dringlichkeitsantrag des Bürgermeisters aufzunehmen.", "Bürgermeister"),
    ("Der Dringlichkeitsantrag der Landrätin wird als TOP 12 behandelt.", "Landrätin"),
    ("Über den Dringlichkeitsantrag des Oberbürgermeisters wird zuerst beraten.", "Oberbürgermeister"),
])
def test_urgent_motion_of_an_office(text, who):
    assert _who(text) == [who]


@pytest.mark.parametrize("text", [
    "Der Bürgermeister verweist auf den Dringlichkeitsantrag.",
    "Antrag des Bürgermeisters auf Fördermittel beim Land",
    "Die Stellungnahme des Bürgermeisters zum Antrag liegt vor.",
])
def test_no_urgent_motion_of_an_office(text):
    assert _who(text) == []


# -- a faction "of" a party, its name spaced around the slash --------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Sehr geehrte Frau Bürgermeisterin,\ndie Fraktion von Bündnis 90 / DIE GRÜNEN beantragt, den Spielplatz zu erneuern.",
     "Fraktion von Bündnis 90 / DIE GRÜNEN"),
    ("Die Fraktion von CDU beantragt, den Punkt zu beraten.", "Fraktion von CDU"),
    ("Antrag der Fraktion Bündnis 90 / Die Grünen zur Schulwegsicherung", "Fraktion Bündnis 90 / Die Grünen"),
])
def test_faction_of_a_party(text, who):
    assert _who(text) == [who]


@pytest.mark.parametrize("text", [
    "Eine Gruppe von Bürgern beantragt, die Straße zu sperren.",
    "Die Fraktion von heute beantragt nichts.",
])
def test_no_faction_of_a_party(text):
    assert _who(text) == []


# -- a motion whose comma before its infinitive clause is left out ----------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Herr Kranz stellt den Antrag die Tagesordnung um den Punkt 7.1 zu erweitern.", "Herr Kranz"),
    ("Frau Lehmann stellte den Antrag den Punkt 9 von der Tagesordnung abzusetzen.", "Frau Lehmann"),
    ("Gemeinderat Vogt stellt den Antrag die Beratung bis zur nächsten Sitzung zu vertagen und "
     "bittet um Abstimmung.", "Gemeinderat Vogt"),
    ("Die CDU-Fraktion stellt den Antrag dass die Sitzung für zehn Minuten unterbrochen wird.", "CDU-Fraktion"),
    ("Herr Brandt stellt den Antrag über den Punkt 4 gesondert abzustimmen.", "Herr Brandt"),
])
def test_a_motion_without_the_comma_before_its_clause(text, who):
    assert _who(_MINUTES + "TOP 2 Tagesordnung\n" + text + "\n") == [who]


@pytest.mark.parametrize("text", [
    "Herr Kranz stellt den Antrag der SPD-Fraktion vor, um ihn zu erläutern.",
    "Die Vorsitzende stellt den Antrag zur Abstimmung.",
    "Herr Kranz stellt den Antrag mit den dazugehörigen Unterlagen vor.",
])
def test_presenting_or_putting_a_motion_is_no_motion_of_ones_own(text):
    # (the SPD-Fraktion's motion named in the first one is a motion; the speaker's is none)
    assert not [w for w in _who(_MINUTES + "TOP 2 Tagesordnung\n" + text + "\n") if "Kranz" in w or "Vorsitzende" in w]
