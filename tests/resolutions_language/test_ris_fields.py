"""Result fields of council information systems (ALLRIS, SessionNet and
others): "Beschlussart: abgelehnt" on a line of its own or after another
field of a head table flattened into text ("Gremium: … Beschlussart: …").
Texts written for these tests."""

from __future__ import annotations

import pytest

from .common import resolutions_of


def _page(field_line: str, date_line: str = "Datum: Mo, 04.03.2024 Status: öffentlich/nichtöffentlich") -> str:
    return (
        "Auszug - Neubau einer Kindertagesstätte am Lindenweg\n\n"
        "12. Sitzung des Stadtrates Neustadt\n"
        "TOP: Ö 7\n"
        f"{field_line}\n{date_line}\n"
        "Zeit: 18:00 - 21:10\nRaum: Ratssaal\n\n"
        "Sachverhalt:\nDie Verwaltung legt die Planung für den Neubau vor. Die Kosten betragen 2,4 Mio. Euro.\n"
    )


@pytest.mark.parametrize("field_line, outcome", [
    ("Gremium: Stadtrat Neustadt Beschlussart: abgelehnt", "rejected"),
    ("Gremium: Stadtrat Neustadt Beschlussart: geändert beschlossen", "adopted_amended"),
    ("Gremium: Stadtrat Neustadt  Beschlussart: ungeändert beschlossen", "adopted"),
    ("Gremium: Stadtrat Neustadt\tBeschlussart: zur Kenntnis genommen", "noted"),
    ("Gremium: Stadtrat Neustadt Beschlussart: vertagt", "postponed"),
    ("Beschlussart: mit Änderungen beschlossen", "adopted_amended"),
    ("Beschlussart: abgelehnt", "rejected"),
])
def test_result_field_after_another_field(field_line, outcome):
    rs = resolutions_of(_page(field_line))
    assert [(r["outcome"], r["date"]) for r in rs] == [(outcome, "2024-03-04")]


@pytest.mark.parametrize("field_line", [
    # an empty field of a page whose session has not decided yet
    "Gremium: Stadtrat Neustadt Beschlussart:",
    # the kind of decision the paper asks for, no result
    "Gremium: Stadtrat Neustadt Beschlussart: Entscheidung",
    "Gremium: Stadtrat Neustadt Beschlussart: Vorberatung",
])
def test_no_result_in_the_field(field_line):
    assert resolutions_of(_page(field_line)) == []


def test_a_done_field_after_another_is_no_decision():
    # "erledigt" closes an inquiry's or a report's paper in the head table
    assert resolutions_of(_page("Gremium: Bezirksverordnetenversammlung Beschlussart: erledigt")) == []


def _paper(rows: str) -> str:
    return (
        "Drucksache - 0412/VI\n\nBetreff: Sanierung der Turnhalle Am Anger\nStatus: öffentlich\n"
        "Initiator: Fraktion Bündnis 90/Die Grünen\nDrucksache-Art: Antrag\n"
        f"Beratungsfolge:\n{rows}\n\n"
        "Die Bezirksverordnetenversammlung möge beschließen:\nDas Bezirksamt wird ersucht, die Turnhalle zu sanieren.\n"
    )


@pytest.mark.parametrize("rows, expected", [
    ("Bezirksverordnetenversammlung Lichtenau von Berlin Vorberatung\n14.02.2024 \n"
     "12. öffentliche Sitzung der Bezirksverordnetenversammlung Lichtenau von Berlin überwiesen   \n"
     "Ausschuss für Schule und Sport Vorberatung\n21.02.2024    5. Sitzung des Schulausschusses      \n"
     "Bezirksverordnetenversammlung Lichtenau von Berlin Entscheidung\n20.03.2024 \n"
     "13. öffentliche Sitzung der Bezirksverordnetenversammlung Lichtenau von Berlin in der BVV abgelehnt   ",
     [("2024-02-14", "referred"), ("2024-03-20", "rejected")]),
    ("Gemeinderat Entscheidung\n05.03.2024\nÖffentliche Sitzung des Gemeinderates Hausen geändert beschlossen",
     [("2024-03-05", "adopted_amended")]),
    ("Hauptausschuss Vorberatung\n05.03.2024\n3. öffentliche Sitzung des Hauptausschusses zur Kenntnis genommen",
     [("2024-03-05", "noted")]),
])
def test_decided_rows_of_a_beratungsfolge(rows, expected):
    rs = resolutions_of(_paper(rows))
    assert [(r["date"], r["outcome"]) for r in rs] == expected


def test_a_planned_beratungsfolge_has_no_decisions():
    rows = ("Bezirksverordnetenversammlung Lichtenau von Berlin Vorberatung\n14.02.2024 \n"
            "12. öffentliche Sitzung der Bezirksverordnetenversammlung Lichtenau von Berlin   \n"
            "Ausschuss für Schule und Sport Vorberatung\n21.02.2024    5. Sitzung des Schulausschusses      \n")
    assert resolutions_of(_paper(rows)) == []
