"""A motion named with its mover where the mover does not follow the motion word
at once: the subject first ("ein Änderungsantrag zur Kreisumlage von der
X-Fraktion"), a member named without title whom the minutes show speaking ("der
Antrag von Herrn X zur Kreisumlage" … "Herr X begründet seinen Antrag"), a
faction's leader by the title with the party joined on ("Auf Antrag des
SPD-Fraktionsvorsitzenden X"), a councillor after the article and the place's
adjective; and a member moving what the minutes then name the faction's motion.

Families of German council language on sentences written for these tests, with
sentences that must NOT give a motion."""

from __future__ import annotations

import pytest

from .common import _MINUTES, _rows


def _movers(text: str) -> list[str]:
    return [r["submitted_by"] for r in _rows(_MINUTES + text + "\n")]


# -- the subject between the motion word and its mover ----------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Zum Hebesatz liegt ein Änderungsantrag zur Kreisumlage von der AfD-Fraktion vor.", "AfD-Fraktion"),
    ("Es liegt ein Ergänzungsantrag zum Haushalt 2025 von der Fraktion Bündnis 90/Die Grünen vor.",
     "Fraktion Bündnis 90/Die Grünen"),
    ("Zudem wurde ein Antrag zur Hundesteuer von der FDP-Gruppe eingereicht.", "FDP-Gruppe"),
    ("Dem Ausschuss liegen ein Antrag über die Parkgebühren von der CDU-Fraktion und die Vorlage vor.",
     "CDU-Fraktion"),
    ("Der Änderungsantrag betreffend Stellenplan von der SPD-Fraktion wird verlesen.", "SPD-Fraktion"),
    ("Es gab einen Zusatzantrag\nzum Radwegekonzept von der Gruppe Grüne/UWG.", "Gruppe Grüne/UWG"),
])
def test_the_subject_first_then_the_mover(text, who):
    assert _movers(text) == [who]


@pytest.mark.parametrize("text", [
    "Der Antrag zur Sanierung der Grundschule von der Verwaltung wird vorgestellt.",   # the administration
    "Der Antrag zum Neubau von der Bauherrin Müller wird befürwortet.",                   # an applicant
    "Ein Antrag zur Förderung vom 12.03.2024 liegt dem Landkreis vor.",                  # a date, no mover
])
def test_the_subject_first_no_faction(text):
    assert _movers(text) == []


# -- a member named without a title who speaks in the minutes ---------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Nach Herrn Lenz berührt der Antrag von Herrn Krause zum Hebesatz auch den Stellenplan.\n"
     "Herr Krause begründete seinen Antrag.", "Herr Krause"),
    ("Der Antrag von Frau Dr. Albers zur Schulbuslinie wird beraten.\nFrau Dr. Albers erläutert ihn.", "Frau Dr. Albers"),
    ("Frau Öztürk stellt den Antrag vor.\nÜber den Antrag von Frau Öztürk wird abgestimmt.", "Frau Öztürk"),
    ("Herr Baehr verweist auf die Kosten. Der Antrag von Herrn Baehr wird mit 5 Ja-Stimmen abgelehnt.", "Herr Baehr"),
])
def test_a_member_without_title_who_speaks(text, who):
    assert who in _movers(text)


@pytest.mark.parametrize("text", [
    # an applicant: nobody of that name speaks or moves in the meeting
    "Der Antrag von Herrn Krause zur Kreisumlage wird abgelehnt.",
    # an applicant who speaks: what he applies for is no motion
    "Der Antrag von Herrn Krause auf Befreiung von den Festsetzungen wird beraten. Herr Krause erläutert das Vorhaben.",
    "Der Antrag von Frau Lenz auf Errichtung eines Carports liegt vor. Frau Lenz erklärt die Lage.",
])
def test_a_plain_name_that_is_no_member(text):
    assert _movers(text) == []


# -- a faction's leader by title ------------------------------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Auf Antrag des FDP-Fraktionsvorsitzenden Kessler nimmt der Stadtrat einen Punkt zur Hochwasserlage auf.",
     "FDP-Fraktionsvorsitzenden Kessler"),
    ("Auf Antrag der CDU-Fraktionssprecherin Lange wird die Sitzung unterbrochen.", "CDU-Fraktionssprecherin Lange"),
    ("Auf Antrag des Fraktionsvorsitzenden Meyer (FWG) wird geheim abgestimmt.", "Fraktionsvorsitzenden Meyer (FWG)"),
    ("Auf Antrag der Gruppensprecherin Yilmaz wird der Punkt vertagt.", "Gruppensprecherin Yilmaz"),
])
def test_upon_a_faction_leaders_motion(text, who):
    assert _movers(text) == [who]


# -- a councillor after the article and a place's adjective -----------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Der Wurzener Ortschaftsrat Jonas Kleber hatte 2019 einen Antrag auf Zusammenlegung der Ortsteile eingereicht.",
     "Ortschaftsrat Jonas Kleber"),
    ("Die Stadträtin Petra Lenz hat einen Antrag auf Vertagung gestellt.", "Stadträtin Petra Lenz"),
    ("Die Neustädter Gemeinderätin Eva Roth hat den Antrag auf Prüfung eingereicht.", "Gemeinderätin Eva Roth"),
])
def test_a_councillor_after_the_article(text, who):
    assert _movers(text) == [who]


def test_a_builder_after_the_article_is_no_member():
    assert _movers("Der Bauherr Peter Lenz hat einen Antrag auf Befreiung gestellt.") == []


# -- a member moving the faction's motion -----------------------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Herr Petersen beantragt, den Punkt Resolution zur Schulsozialarbeit in die Tagesordnung aufzunehmen.\n"
     "Abstimmung: 4 Ja, 6 Nein\nDamit ist der Antrag der SPD-Fraktion auf Änderung der Tagesordnung abgelehnt.",
     ["SPD-Fraktion"]),
    ("Frau Kühn beantragt, TOP 4 abzusetzen.\nDer Antrag der Fraktion DIE LINKE wird mehrheitlich abgelehnt.",
     ["Fraktion DIE LINKE"]),
])
def test_a_member_moves_what_the_minutes_name_the_factions(text, who):
    assert _movers(text) == who


def test_a_member_and_a_factions_motion_under_two_items_stay_two():
    text = ("TOP 2 Tagesordnung\nHerr Petersen beantragt, TOP 4 abzusetzen.\nDer Antrag wird abgelehnt.\n\n"
            "TOP 3 Radverkehr\nDer Antrag der SPD-Fraktion wird vorgestellt.\n")
    assert _movers(text) == ["Herr Petersen", "SPD-Fraktion"]
