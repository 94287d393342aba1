"""Elections and appointments: the body elects, appoints, names or sends someone, with its
counts, the name maybe on the next line; announcements of an election to come decide
nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .common import resolutions_of, vote_counts


def _minutes(body_genitive: str, passage: str) -> str:
    return (f"Niederschrift über die Sitzung des {body_genitive} am 12.03.2025\n\n"
            f"TOP 5 Wahlen und Besetzungen\n\n{passage}\n")


@pytest.mark.parametrize(
    "body, passage, decided_by, votes",
    [
        ("Kreistages", "Der Kreistag wählt mit 30 Ja-Stimmen und 11 Gegenstimmen:\nHerrn Peter Muster zum Beigeordneten.",
         "Kreistag", (False, 30, 11, None)),
        ("Kreistages", "Der Kreistag wählt einstimmig:\nFrau Anna Beispiel", "Kreistag", (True, None, None, None)),
        ("Gemeinderates", "Der Gemeinderat bestellt Frau Erika Muster zur Gleichstellungsbeauftragten.",
         "Gemeinderat", (None, None, None, None)),
        ("Gemeinderates", "Der Gemeinderat benennt einstimmig Herrn Otto Beispiel als Vertreter im Zweckverband.",
         "Gemeinderat", (True, None, None, None)),
        ("Stadtrates", "Der Stadtrat entsendet Frau Lena Muster in die Verbandsversammlung des Abwasserzweckverbandes.",
         "Stadtrat", (None, None, None, None)),
        ("Stadtrates", "Der Stadtrat beruft Herrn Jonas Beispiel in den Seniorenbeirat.", "Stadtrat",
         (None, None, None, None)),
        ("Gemeinderates", "Gewählt wurde Herr Kurt Muster mit 10 Ja-Stimmen, 3 Nein-Stimmen und 1 Enthaltung.",
         "Gemeinderat", (False, 10, 3, 1)),
        ("Gemeinderates", "Herr Karl Muster wurde mit 12 Ja-Stimmen bei 2 Enthaltungen zum stellvertretenden "
         "Buergermeister gewaehlt.", "Gemeinderat", (None, 12, None, 2)),
    ],
)
def test_an_election_in_minutes(body, passage, decided_by, votes):
    (r,) = resolutions_of(_minutes(body, passage))
    assert (r["outcome"], r["decided_by"], r["date"], vote_counts(r)) == ("adopted", decided_by, "2025-03-12", votes)


@pytest.mark.parametrize(
    "sentence, decided_by, unanimous",
    [
        ("Der Stadtrat hat Frau Lena Muster einstimmig zur Ortsvorsteherin gewählt.", "Stadtrat", True),
        ("Zum neuen Kreisbrandmeister wählte der Kreistag mit großer Mehrheit Herrn Jan Muster.", "Kreistag", False),
        ("Die Gemeindevertretung wählte Herrn Tim Muster zum Vorsitzenden.", "Gemeindevertretung", None),
        ("Die Verbandsversammlung berief Frau Ute Beispiel in den Vorstand.", "Verbandsversammlung", None),
    ],
)
def test_an_election_in_a_report(sentence, decided_by, unanimous):
    (r,) = resolutions_of(f"Aus dem Rathaus\n\n{sentence}\n")
    assert (r["outcome"], r["decided_by"], r["unanimous"]) == ("adopted", decided_by, unanimous)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Wahl des Bürgermeisters findet am 12. Mai statt.",
        "Der Gemeinderat wird im Mai einen neuen Ortsvorsteher wählen.",
        "Wahlvorschlag: Herr Peter Muster",
        "Der Kreistag soll in der nächsten Sitzung einen Vertreter benennen.",
        "Die Fraktion benennt Herrn Max Muster als ihren Sprecher.",
    ],
)
def test_elections_to_come_decide_nothing(sentence):
    assert resolutions_of(f"Aus dem Rathaus\n\n{sentence}\n") == []
