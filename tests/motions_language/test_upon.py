"""The motion and the decision in one sentence: "Auf Antrag des/der … wird …" — the
mover a faction, a councillor, an office holder, the administration or the floor
unnamed; procedural where the sentence tells what only a procedural motion brings about
(put off, referred, interrupted, the public excluded, the agenda changed, a way of voting).

Families of German council language on sentences written for these tests, with
sentences that must NOT give a motion (an applicant's request granted, the
administration's proposal)."""

from __future__ import annotations

import pytest

from .common import _MINUTES, _rows


def _upon(text: str) -> list[tuple[str, str]]:
    return [(r["submitted_by"], r["motion_type"]) for r in _rows(_MINUTES + text + "\n")]


@pytest.mark.parametrize(("text", "who"), [
    ("Auf Antrag der SPD-Fraktion wird die Tagesordnung um den Punkt 9 erweitert.", "SPD-Fraktion"),
    ("Auf Antrag der SPD-Fraktion wird der Tagesordnungspunkt 5 abgesetzt.", "SPD-Fraktion"),
    ("Auf gemeinsamen Antrag der Fraktionen CDU und FDP wird der Punkt in den Finanzausschuss verwiesen.",
     "Fraktionen CDU und FDP"),
    ("Auf Antrag von GR Huber wird getrennt abgestimmt.", "GR Huber"),
    ("Auf Antrag des Ortsvorstehers wird die Sitzung unterbrochen.", "Ortsvorsteher"),
    ("Auf Antrag der Vorsitzenden wird die Sitzung für 10 Minuten unterbrochen.", "Vorsitzende"),
    ("Auf Antrag des Bürgermeisters wird die Öffentlichkeit ausgeschlossen.", "Bürgermeister"),
    ("Auf Antrag der Verwaltung wird TOP 3 vertagt.", "Verwaltung"),
    ("Auf Antrag des Amtsdirektors wurde der Punkt 4.2 vorgezogen.", "Amtsdirektor"),
    ("Auf Antrag aus der Mitte des Rates wird die Tagesordnung um den Punkt 9 erweitert.", ""),
])
def test_upon_a_procedural_motion(text, who):
    assert _upon(text) == [(who, "Geschäftsordnungsantrag")]


@pytest.mark.parametrize("text", [
    "Auf Antrag der Verwaltung beschließt der Rat die Anmietung der Räume.",   # its proposal
    "Auf Antrag des Bauherrn wird die Frist verlängert.",
    "Auf Antrag des Vereins wird ein Zuschuss gewährt.",
    "Auf Antrag der Grundstückseigentümer wird der Bebauungsplan geändert.",
])
def test_upon_no_motion(text):
    assert _upon(text) == []
