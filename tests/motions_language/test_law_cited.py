"""A motion named with the law it is made under, between the motion word and the
mover, as each Land cites it: "gemäß § 24 GO NRW", "nach § 34 Abs. 1 GemO", "gem. Art. 46
GO", "nach § 56 NKomVG", "gem. § 17 Abs. 2 GeschO"; the mover's name and the motion's
date read across it."""

from __future__ import annotations

import pytest

from .common import _MINUTES, _rows


@pytest.mark.parametrize(("text", "who", "date"), [
    ("Antrag gemäß § 24 GO NRW der Fraktion Bündnis 90/Die Grünen vom 12.02.2024", "Fraktion Bündnis 90/Die Grünen",
     "2024-02-12"),
    ("Antrag nach § 34 Abs. 1 GemO der CDU-Fraktion: Sanierung des Freibads", "CDU-Fraktion", None),
    ("Antrag gemäß Art. 46 GO der Freien Wähler zur Straßenbeleuchtung", "Freie Wähler", None),
    ("Antrag nach § 56 NKomVG der Gruppe SPD/Grüne vom 3. März 2025", "Gruppe SPD/Grüne", "2025-03-03"),
    ("Dringlichkeitsantrag der SPD-Fraktion gem. § 17 Abs. 2 GeschO vom 01.03.2024", "SPD-Fraktion", "2024-03-01"),
    ("Antrag gem. § 5 Abs. 1 Satz 2 GeschO LSA der AfD-Fraktion", "AfD-Fraktion", None),
])
def test_the_law_between_the_motion_word_and_its_mover(text, who, date):
    assert [(r["submitted_by"], r["date"]) for r in _rows(_MINUTES + text + "\n")] == [(who, date)]


def test_a_law_cited_without_a_mover_gives_none():
    assert _rows(_MINUTES + "Ein Antrag gemäß § 24 GO NRW ist nicht eingegangen.\n") == []
