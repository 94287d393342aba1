"""Where a motion clause ends: an ordinal's dot ("TOP 6.1.", "Punkt 3.") inside
the clause does not end it; the motion made named by its subject after a
definite article ("stellte den Dringlichkeitsantrag zur Aufnahme …"), the agenda
abbreviated ("TO"); and a procedural motion known by what it asks.

Families of German council language on sentences written for these tests, with
sentences that must NOT give a motion."""

from __future__ import annotations

import pytest

from .common import _MINUTES, _rows


def _made(text: str) -> list[tuple[str, str]]:
    return [(r["submitted_by"], r["motion_type"]) for r in _rows(_MINUTES + text + "\n")]


@pytest.mark.parametrize(("text", "who", "kind"), [
    ("Herr Weber stellt den Antrag die Tagesordnung um einen TOP 4.2. Hochwasser zu ergänzen.", "Herr Weber",
     "Geschäftsordnungsantrag"),
    ("Frau Ilić stellt den Antrag die TO um Punkt 11.3. zu erweitern.", "Frau Ilić", "Geschäftsordnungsantrag"),
    ("Herr Çelik (SPD) beantragt, den Punkt 7.1. zu vertagen.", "Herr Çelik (SPD)", "Geschäftsordnungsantrag"),
    ("Frau Lenz stellt den Antrag, den Punkt 3. auf die nächste Sitzung zu vertagen.", "Frau Lenz",
     "Geschäftsordnungsantrag"),
    ("Ratsherr Kunz stellte den Antrag, die Tagesordnung um Punkt 12.2. zu ergänzen.", "Ratsherr Kunz",
     "Geschäftsordnungsantrag"),
    ("Herr Voß stellte den Dringlichkeitsantrag zur Behandlung der Brückensperrung noch heute.", "Herr Voß",
     "Dringlichkeitsantrag"),
    ("Frau Dr. Bauer stellt den Änderungsantrag zur Erhöhung des Zuschusses auf 5.000 Euro.", "Frau Dr. Bauer",
     "Änderungsantrag"),
    ("Stadtrat Ölmann stellt seinen Ergänzungsantrag zum Radwegekonzept.", "Stadtrat Ölmann", "Ergänzungsantrag"),
    ("Frau Krüger (SPD) stellt für ihre Fraktion den Antrag, die Gebühren einzufrieren.", "Frau Krüger (SPD)", "Antrag"),
    ("Herr Wübbena beantragt namens der FDP-Fraktion, über beide Punkte\ngetrennt abzustimmen.", "FDP-Fraktion",
     "Geschäftsordnungsantrag"),
])
def test_a_motion_clause_over_ordinals_and_subjects(text, who, kind):
    assert _made(text) == [(who, kind)]


@pytest.mark.parametrize("text", [
    "Der Bürgermeister stellt den Antrag zur Abstimmung.",
    "Herr Voß stellt den Änderungsantrag zur Diskussion.",
    "Die Vorsitzende stellt den Antrag zur Beschlussfassung.",
    "Herr Weber stellt fest, dass TOP 4.2. entfällt.",
])
def test_no_motion_made(text):
    assert _made(text) == []
