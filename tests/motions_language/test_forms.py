"""Motion papers as filed: the submitter fields of a motion form ("Einreichende
Fraktion:", "Antragstellende:", "Fraktion / Gruppe:", "Initiator:"), a name an
information system's page gives twice run together, the date line over the
signature; a faction without article asking in the paper's lead; and papers that
name no mover: one motion per petitum, numbered by the heading over it.

Families of German council language on papers written for these tests, with
papers that must NOT give a motion."""

from __future__ import annotations

import pytest

from .common import _all


def _papers(text: str) -> list[tuple]:
    rows = _all(text)
    for r in rows["motions"]:
        assert rows["documents"][0]["text"][r["char_start"]:r["char_end"]] == r["quote"]
    return [(r["submitted_by"], r["date"], r["reference"]) for r in rows["motions"]]


_ASK = "Der Kreistag möge beschließen: Der Schulweg an der Lindenstraße wird beleuchtet.\n"


@pytest.mark.parametrize(("head", "who"), [
    ("Einreichende Fraktion: SPD-Fraktion", "SPD-Fraktion"),
    ("Antragstellende Fraktion: Fraktion FREIE WÄHLER", "Fraktion FREIE WÄHLER"),
    ("Fraktion / Gruppe: Gruppe Grüne/UWG", "Gruppe Grüne/UWG"),
    ("Antragstellende: CDU-Fraktion im Gemeinderat", "CDU-Fraktion"),
    ("Antragsteller/in: FDP-Kreistagsfraktion", "FDP-Kreistagsfraktion"),
    ("Eingereicht von: BÜNDNIS 90/DIE GRÜNEN-Fraktion", "BÜNDNIS 90/DIE GRÜNEN-Fraktion"),
    ("Initiator:Fraktion Die LinkeFraktion Die Linke", "Fraktion Die Linke"),
])
def test_submitter_fields_of_a_motion_form(head, who):
    text = f"Antrag\n{head}\nDatum: 14.02.2024\nBetreff: Beleuchtung des Schulwegs\n\n{_ASK}"
    assert _papers(text) == [(who, "2024-02-14", None)]


def test_a_motion_paper_dated_over_its_signature_at_the_end():
    text = ("Antrag\nFraktion / Gruppe: SPD-FraktionSPD-Fraktion\nBetreff: Beleuchtung des Schulwegs\n\n"
            f"{_ASK}\nBegründung:\nEs ist dunkel.\n\nHausen, den 09.05.2023\n\nfür die SPD-Fraktion\nAnna Roth\n")
    assert _papers(text) == [("SPD-Fraktion", "2023-05-09", None)]


@pytest.mark.parametrize(("lead", "who"), [
    ("ÖDP-Fraktion fordert eine Auswertung aller Rückläufe der Umfrage.", "ÖDP-Fraktion"),
    ("SPD-Stadtratsfraktion beantragt einen Bericht zur Kita-Planung.", "SPD-Stadtratsfraktion"),
    ("Fraktion Bürgerliste verlangt mehr Bänke im Kurpark.", "Fraktion Bürgerliste"),
])
def test_a_faction_without_article_asks_in_the_papers_lead(lead, who):
    text = f"Antrag\n\nKurpark: mehr Bänke\n\n{lead} Das ist seit Jahren überfällig.\n\n{_ASK}"
    assert [w for w, _, _ in _papers(text)] == [who]


def test_a_sentence_that_is_no_lead_does_not_move():
    text = f"Antrag\n\nKurpark\n\n{_ASK}\nBegründung:\nDie Presse fordert seit Jahren mehr Bänke.\n"
    assert [w for w, _, _ in _papers(text)] == [""]


# -- papers that name no mover -------------------------------------------------------------


def test_a_page_of_numbered_motions_without_movers():
    text = ("Fahrradbügel am Marktplatz\n\nAntrag Nr. 7/2024 zur Sitzung des Ortsbeirats Nordstadt am 3. Mai 2024\n\n"
            "Der Ortsbeirat möge beschließen:\nDer Magistrat wird gebeten, am Marktplatz Fahrradbügel aufzustellen.\n\n"
            "Bänke am Weiher\n\nAntrag Nr. 8/2024 zur Sitzung des Ortsbeirats Nordstadt am 3. Mai 2024\n\n"
            "Der Ortsbeirat möge beschließen:\nDer Magistrat wird gebeten, die Bänke am Weiher zu erneuern.\n")
    assert _papers(text) == [("", None, "7/2024"), ("", None, "8/2024")]


@pytest.mark.parametrize("text", [
    "Antrag\n\nBetreff: Öffentliche Sitzungen der AG Ortsbeiräte\n\nDer Stadtrat möge beschließen: Die Arbeitsgruppe"
    " tagt öffentlich und lädt die Presse ein.\n\nBegründung:\nTransparenz.\n",
    "Antrag\n\nDie Stadtverordnetenversammlung wolle beschließen:\nDer Magistrat prüft einen Trinkbrunnen am Bahnhof.\n",
    "Antrag\n\nDer Gemeinderat möge folgenden Beschluss fassen:\nDie Gemeinde tritt dem Klimabündnis bei.\n",
])
def test_a_motion_paper_without_a_mover_is_one_row_without_one(text):
    assert [w for w, _, _ in _papers(text)] == [""]


@pytest.mark.parametrize("text", [
    # the administration signs: its proposal
    "Antrag\n\nDer Stadtrat möge beschließen: Die Gebühren steigen um zwei Prozent.\n\nDer Oberbürgermeister\n",
    "Antrag\n\nDer Kreistag möge beschließen: Der Kreis tritt dem Verband bei.\n\nIm Auftrag\nMeier\n",
    # an empty form: nothing asked
    "Antrag\n\nDer Ortsbeirat möge beschließen:\n",
])
def test_no_unnamed_motion(text):
    assert _papers(text) == []
