"""Meetings from German council language: shapes of session pages that name a
meeting without a "Sitzung des X am …" sentence. Every text is written for this
test; none is copied from a council's page."""

from __future__ import annotations

import pytest

from .conftest import extract_text, provenance_ok


def _meetings(text: str) -> list[tuple[str, str]]:
    rows = extract_text(text)
    assert provenance_ok(rows)
    return [(m["organization"], m["date"]) for m in rows["meetings"]]


@pytest.mark.parametrize(
    "page, meeting",
    [
        (
            "27.03.2023 - 6.3 Neubau einer Sporthalle in Nordstadt...\n\nBeschluss:\nabgelehnt\n\n"
            "Der Präsident der Bürgerschaft lässt abstimmen.\n",
            ("Bürgerschaft", "2023-03-27"),
        ),
        (
            "11.11.2021 - 1 Eröffnung der Sitzung\n\nDer Vorsitzende eröffnet die Sitzung. Die Mitglieder "
            "des Stadtrates sind ordnungsgemäß geladen.\n",
            ("Stadtrat", "2021-11-11"),
        ),
        (
            "16.09.2019 - 8.1 Änderung der Hauptsatzung\n\nDie Mitglieder des Kreistages beraten den Entwurf.\n",
            ("Kreistag", "2019-09-16"),
        ),
        (
            "02.05.2022 – 12 Bebauungsplan Nr. 4 „Am Hang“\n\nDer Vorsitzende der Gemeindevertretung "
            "ruft den Punkt auf.\n",
            ("Gemeindevertretung", "2022-05-02"),
        ),
    ],
)
def test_the_title_line_of_an_item_page_dates_its_session(page, meeting):
    assert _meetings(page) == [meeting]


@pytest.mark.parametrize(
    "page",
    [
        # no council is named: which body met is not said
        "26.04.2010 - 6.2 Standort für das Bürgerhaus\n\nBeratung\n\nDer Ausschuss berät die Varianten.\n",
        # two councils are named: which one met is not said
        "26.04.2010 - 6.2 Standort für das Bürgerhaus\n\nDie Vorlage des Stadtrates geht an den "
        "Vorsitzenden des Kreistages.\n",
        # a date line that is no item title
        "26.04.2010 - Pressemitteilung\n\nDer Präsident der Bürgerschaft lädt ein.\n",
        # the date not at the head of the page
        "Pressemitteilung\n\nAm Rande: 26.04.2010 - 6.2 Standort\nDer Präsident der Bürgerschaft lädt ein.\n",
    ],
)
def test_no_meeting_from_a_title_line_without_one_council(page):
    assert _meetings(page) == []
