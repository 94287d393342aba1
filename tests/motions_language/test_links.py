"""Which motion a vote decides (resolutions.motion_id): a vote that names a procedural
motion by what it asks ("Der Verweisungsantrag ist abgelehnt") decides that one and never
the item's own motion; of several motions in an item, the one the vote's head names by
mover and kind ("Abstimmung über den Ergänzungsantrag der SPD-Fraktion:"); a bare vote
record right after a procedural motion decides it.

Families of German council language on sentences written for these tests, with
sentences that must NOT link."""

from __future__ import annotations

import pytest

from .common import _extract


def _links(text: str) -> list[tuple[str, str | None]]:
    rows = _extract(text)
    who = {m["id"]: m["submitted_by"] for m in rows["motions"]}
    return [(r["outcome"], who.get(r.get("motion_id"))) for r in rows["resolutions"]]


@pytest.mark.parametrize("named", [
    "Der Verweisungsantrag ist abgelehnt.",
    "Der Vertagungsantrag wird abgelehnt.",
    "Damit ist der Geschäftsordnungsantrag abgelehnt.",
])
def test_a_vote_naming_a_procedural_motion_decides_it(named):
    text = ("TOP 4 Antrag der FDP-Fraktion: Parkgebühren\n\nHerr Roth (CDU) stellt den Antrag, die Sache in "
            f"den Finanzausschuss zu verweisen.\nAbstimmungsergebnis: 8 Ja-Stimmen, 14 Nein-Stimmen\n{named}\n\n"
            "Beschluss:\nDer Gemeinderat senkt die Parkgebühren.\nAbstimmungsergebnis: 13 Ja-Stimmen, 9 Nein-Stimmen\n")
    assert _links(text) == [("rejected", "Herr Roth (CDU)"), ("adopted", "FDP-Fraktion")]


def test_the_vote_head_names_mover_and_kind():
    text = ("TOP 5 Haushalt 2026\n\nDie CDU-Fraktion stellt einen Änderungsantrag, die Umlage zu senken.\n"
            "Frau Uhl (SPD) bringt für die SPD-Fraktion einen Ergänzungsantrag ein, zwei Stellen vorzusehen.\n\n"
            "Abstimmung über den Ergänzungsantrag der SPD-Fraktion:\n12 Ja-Stimmen, 7 Nein-Stimmen – angenommen\n")
    assert ("adopted", "SPD-Fraktion") in _links(text)


@pytest.mark.parametrize(("between", "who"), [
    ("", "Bürgermeister"),
    ("Herr Olsen erläutert die Gründe der Gemeinde. Frau Berg widerspricht.\n", None),
])
def test_a_bare_vote_right_after_a_procedural_motion(between, who):
    text = ("TOP 2 Tagesordnung\n\nDer Bürgermeister beantragt, den Punkt 7 abzusetzen, weil Unterlagen fehlen.\n"
            f"{between}Abstimmungsergebnis: einstimmig\n")
    assert _links(text) == [("adopted", who)]
