"""Motions whose mover the record does not name, and motions the minutes number in
the debate.

Families of German council language on sentences written for these tests, with
sentences that must NOT give a motion."""

from __future__ import annotations

import pytest

from .common import _rows, _MINUTES


# -- motions whose mover the record does not name ---------------------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("Zu Beginn der Sitzung wird der Antrag gestellt, den Punkt 4 erst nach Punkt 7 zu beraten.",
     "Geschäftsordnungsantrag"),
    ("Danach wird beantragt, die Punkte 12 und 13 gemeinsam aufzurufen.",
     "Geschäftsordnungsantrag"),
    ("Es wird der Antrag auf Schluss der Debatte gestellt.", "Geschäftsordnungsantrag"),
    ("Ein Antrag auf Vertagung wird gestellt.", "Geschäftsordnungsantrag"),
    ("Aus der Mitte des Gemeinderates wird die Vertagung beantragt.", "Geschäftsordnungsantrag"),
    ("Sodann wurde beantragt, den Punkt in den Bauausschuss zu verweisen.", "Geschäftsordnungsantrag"),
    ("Die Vorsitzende bittet um Einbringung. Daraufhin wird der Antrag vom Antragsteller eingebracht.", "Antrag"),
    ("Es wurde ein Änderungsantrag gestellt, die Summe auf 5.000 Euro zu erhöhen.", "Änderungsantrag"),
    ("Antrag zur Geschäftsordnung: Schluss der Rednerliste", "Geschäftsordnungsantrag"),
    ("GO-Antrag auf Unterbrechung der Sitzung", "Geschäftsordnungsantrag"),
])
def test_a_motion_made_without_a_named_mover_is_a_row_without_one(text, kind):
    rows = _rows(_MINUTES + text + "\n")
    assert [(r["submitted_by"], r["motion_type"]) for r in rows] == [("", kind)]


@pytest.mark.parametrize("text", [
    "Ein Antrag auf Vertagung wird nicht gestellt.",
    "Der Antrag wird zur Abstimmung gestellt.",
    "Die Fördermittel wurden bei der Bezirksregierung beantragt.",
    "Es wird beantragt.",
    "Für die Sanierung wurden Zuschüsse beantragt, die bewilligt wurden.",
    "Der Antrag wurde zurückgestellt.",
    "Bei dem Landratsamt wurde beantragt, die Frist zu verlängern.",
])
def test_no_motion_without_a_mover_from_these(text):
    assert _rows(_MINUTES + text + "\n") == []


def test_a_motion_without_a_mover_in_a_vorlage_is_the_administrations_proposal():
    text = ("Beschlussvorlage Nr. 2024/017\nBetreff: Sanierung des Freibads\n\nSachverhalt\n"
            "Es wird beantragt, die Mittel in Höhe von 20.000 Euro außerplanmäßig bereitzustellen.\n")
    assert _rows(text) == []


@pytest.mark.parametrize(("text", "title"), [
    ("8. Antrag auf Aufnahme eines ständigen Tagesordnungspunktes \"Windkraft\"\n   Beschlussvorlage - 12/2024\n",
     "Antrag auf Aufnahme eines ständigen Tagesordnungspunktes \"Windkraft\""),
    ("TOP 4 Antrag zur Einrichtung eines Jugendforums\n", "Antrag zur Einrichtung eines Jugendforums"),
    ("Ö 6 Antrag auf Prüfung einer Tempo-30-Zone in der Schulstraße\n",
     "Antrag auf Prüfung einer Tempo-30-Zone in der Schulstraße"),
])
def test_an_agenda_item_that_is_a_motion_without_a_mover(text, title):
    rows = _rows(_MINUTES + text)
    assert [(r["submitted_by"], r["title"]) for r in rows] == [("", title)]


@pytest.mark.parametrize("text", [
    "13. Antrag auf finanzielle Unterstützung des Musikvereins\n",
    "7.1 Antrag auf Stundung der Erschließungsbeiträge\n",
    "5. Antrag auf Befreiung von den Festsetzungen des Bebauungsplans\n",
    "9 Antrag auf Erteilung des gemeindlichen Einvernehmens, Flst. 12/3\n",
    "4. Antrag auf Zuschuss zur Jugendfreizeit\n",
    "6. Antrag auf Ablehnung der Übernahme des Ehrenamtes\n",
])
def test_an_application_on_the_agenda_is_no_motion(text):
    assert _rows(_MINUTES + text) == []


def test_an_agenda_motion_with_its_mover_on_the_next_line_is_one_row():
    rows = _rows(_MINUTES + "TOP 5 Antrag auf Einrichtung eines Jugendbeirats\nAntragsteller: SPD-Fraktion\n")
    assert [r["submitted_by"] for r in rows] == ["SPD-Fraktion"]


def test_the_agenda_row_and_the_items_head_are_one_motion_without_a_mover():
    text = (_MINUTES + "Tagesordnung\n8.1 Antrag auf Errichtung einer Graffitiwand am Jugendzentrum (\"legal wall\")\n"
            "9. Verschiedenes\n\nSeite 2 von 5\n\n8.1 Antrag auf Errichtung einer Graffitiwand am \nJugendzentrum\n"
            "Der Gemeinderat stimmt zu.\n")
    assert len(_rows(text)) == 1


# -- motions the minutes number in the debate ---------------------------------------------------


def test_numbered_motions_of_one_group_are_one_row_each():
    text = (_MINUTES + "TOP 4 Haushaltssatzung 2025\n"
            "Frau Lorenz berichtet über den Entwurf. Die Fraktion Bürger für Hausen stellt daher den \nAntrag, "
            "für ein Radwegekonzept 40.000 Euro zu veranschlagen (Antrag 1).\n"
            "Ferner regt Herr Kunz für die Fraktion Bürger für Hausen an, das Dach der Schule mit Solarmodulen "
            "auszustatten. Dafür sollen 2025 rund 60.000 Euro bereitstehen (Antrag 2).\n"
            "Als Antrag 3 formuliert Herr Kunz, den Ausbau der Feldstraße auf 2026 zu verschieben.\n"
            "Frau Dr. Lorenz fügt als Antrag 4 für die SPD-Fraktion die Mittel für den Ehrenamtstag hinzu.\n"
            "Zu Antrag 1: Der Antrag wird mit 8 Ja-Stimmen angenommen.\n")
    rows = _rows(text)
    assert [r["submitted_by"] for r in rows] == [
        "Fraktion Bürger für Hausen", "Fraktion Bürger für Hausen", "Herr Kunz", "SPD-Fraktion"]


@pytest.mark.parametrize("text", [
    "Zu Antrag 1: Der Antrag wird mit 8 Ja-Stimmen angenommen.",
    "Die Verwaltung erläutert die Haushaltsansätze (Antrag 2 der Verwaltung liegt nicht vor).",
    "Als Antrag 2 gilt die Vorlage der Verwaltung.",
])
def test_a_number_without_a_mover_is_no_numbered_motion(text):
    assert [r["rule"] for r in _rows(_MINUTES + text + "\n")] == []


# -- a motion of several factions the text does not name -----------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("Inzwischen haben mehrere Fraktionen einen fraktionsübergreifenden Änderungsantrag erarbeitet.",
     "Änderungsantrag"),
    ("Es liegt ein interfraktioneller Antrag vor. Der interfraktionelle Antrag wird einstimmig angenommen.", "Antrag"),
    ("Dazu wurde ein Interfraktioneller Ergänzungsantrag\nvorgelegt.", "Ergänzungsantrag"),
    ("Der fraktionsübergreifende Antrag zur Kreisumlage wird verlesen.", "Antrag"),
])
def test_a_motion_across_factions_is_one_row_without_a_mover(text, kind):
    assert [(r["submitted_by"], r["motion_type"]) for r in _rows(_MINUTES + text + "\n")] == [("", kind)]


@pytest.mark.parametrize(("text", "who"), [
    ("Der interfraktionelle Antrag von CDU und SPD wird angenommen.", ["CDU und SPD"]),
    ("Ein interfraktioneller Antrag liegt nicht vor.", []),
    ("Es wurde kein fraktionsübergreifender Antrag gestellt.", []),
    ("Ein gemeinsamer Antrag wird nicht gestellt.", []),
])
def test_across_factions_named_or_not_made(text, who):
    assert [r["submitted_by"] for r in _rows(_MINUTES + text + "\n")] == who
