"""Office holders and the administration moving the order of business: the chair,
the mayor, a council's president, a committee's chair, the administration asking
to change the agenda, to put an item back, to give the public the floor or to
exclude it — subject first or verb first, present or past.

Families of German council language on sentences written for these tests, with
sentences that must NOT give a motion (a proposal, an application for funds, a
finding of the chair)."""

from __future__ import annotations

import pytest

from .common import _MINUTES, _rows


def _moved(text: str) -> list[tuple[str, str]]:
    return [(r["submitted_by"], r["motion_type"]) for r in _rows(_MINUTES + text + "\n")]


@pytest.mark.parametrize(("text", "who"), [
    ("Die Stadtpräsidentin beantragt Rederecht für zwei Sprecherinnen der Elterninitiative.", "Stadtpräsidentin"),
    ("Der Kreistagspräsident beantragte das Rederecht für den Vertreter des Kreiselternrats.", "Kreistagspräsident"),
    ("Außerdem beantragt die Verwaltung, Punkt 6 – Neubau\n"
     "der Kita Sonnenschein – bis zum Eingang des Gutachtens zurückzustellen.", "Verwaltung"),
    ("Die Verwaltung beantragt, TOP 9 von der Tagesordnung abzusetzen.", "Verwaltung"),
    ("Der Ausschussvorsitzende stellt den Antrag, TOP 5 abzusetzen.", "Ausschussvorsitzende"),
    ("Die Ausschussvorsitzende stellte den Antrag, die Tagesordnung um den Punkt 4.1 zu erweitern.",
     "Ausschussvorsitzende"),
    ("Daraufhin beantragte der Vorsitzende, die Sitzung für zehn Minuten zu unterbrechen.", "Vorsitzende"),
    ("Sodann beantragt die Bürgermeisterin, den Punkt 7 nichtöffentlich zu beraten.", "Bürgermeisterin"),
    ("Der Buergermeister beantragt die Vertagung des Tagesordnungspunktes 3.", "Buergermeister"),
    ("Die Ortsvorsteherin beantragt, den Punkt zu vertagen.", "Ortsvorsteherin"),
    ("Der Amtsdirektor beantragt, die Tagesordnung um den Punkt Feuerwehr zu ergänzen.", "Amtsdirektor"),
    ("Der Bürgermeister beantragt, die Angelegenheit in den Bauausschuss zu verweisen.", "Bürgermeister"),
])
def test_an_office_holder_moves_the_order_of_business(text, who):
    assert _moved(text) == [(who, "Geschäftsordnungsantrag")]


@pytest.mark.parametrize("text", [
    "Die Verwaltung beantragt Fördermittel aus dem Programm Lebendige Zentren.",   # an application for funds
    "Die Verwaltung schlägt vor, den Punkt zu vertagen.",                            # its proposal
    "Der Bürgermeister stellt fest, dass die Tagesordnung ordnungsgemäß zugegangen ist.",
    "Der Vorsitzende stellt die Beschlussfähigkeit fest.",
    "Die Stadtpräsidentin erteilt dem Bürgermeister das Wort.",
    "Der Landrat beantragte beim Land Mittel für den Breitbandausbau.",
])
def test_no_motion_of_an_office_holder(text):
    assert _moved(text) == []
