"""Rules generalised on the second held-out set (tests/fixtures/holdout2):
pages without a heading that record proceedings, related documents listed
on a page, a quoted motion followed by its answer, references with letter
segments, motions written "Antrag Nr. … v. DATE (PARTY)" or by councillors
with their faction in brackets, vote counts "42- Ja-Stimmen", result fields
whose wording rejects a motion, referrals "zurück in die Fraktionen",
decisions named in a participle phrase, the passive "In der Sitzung der
Bürgerschaft … wurde … beschlossen", a chair's "verständigt sich … darauf",
minutes headed "Protokoll: <body>", dated papers of a body that are no
meetings. Passages are quoted from the held-out documents and written in
other councils' style; whole documents at the end."""

from __future__ import annotations

import pytest

from .conftest import FIXTURES, extract_text, provenance_ok

HOLDOUT2 = FIXTURES / "holdout2"




def _doc(name: str) -> dict:
    return extract_text((HOLDOUT2 / name).read_text("utf-8"), name)




# -- document type and reference ------------------------------------------------


@pytest.mark.parametrize(
    "text, dtype",
    [
        # proceedings without a heading word
        ("Der Vorsitzende, Herr Kraft, empfiehlt, die Tagesordnungspunkte 10 und 11 zusammen zu beraten.", "minutes"),
        ("Ortsvorsteher Wagner gibt dem Ortsbeirat einen Auszug aus der Geschäftsordnung zur Information.", "minutes"),
        ("Der Ausschuss verständigt sich mit 7 Stimmen dafür und einer Stimmenthaltung darauf, zu vertagen.", "minutes"),
        # a result field "zurück in die Fraktionen"
        ("Beschluss: zurück in die Fraktionen/Gruppen ohne erneute Beratung im Fachausschuss\n\nBeschluss:\n\n"
         "Die Vorlage wird zur Beratung in die Fraktionen verwiesen.", "minutes"),
        # a listed related document is not the page's heading
        ("Sitzung Stadtbezirksrat Nord am 28.01.2008\n\nProtokoll:\n\nverwandte Dokumente\n\n"
         "Einladung (erschienen am 17.01.2008)\nProtokoll (erschienen am 26.02.2008)\n\nNIEDERSCHRIFT\n", "minutes"),
        # the motion quoted, then answered
        ("Mehr Kitaplätze\nAntrag Stadtrats-Mitglieder A und B (SPD-Fraktion) vom 3.5.2021\nAntwort Referentin C:\n"
         "Hierzu teile ich mit …", "answer"),
        # a Vorlage stating an earlier vote in its Sachverhalt stays no record
        ("Sachverhalt:\nDer Ausschuss hat mit 9 Stimmen empfohlen …", "other"),
    ],
)
def test_type_from_proceedings_and_listed_documents(text, dtype):
    assert extract_text(text)["documents"][0]["type"] == dtype


@pytest.mark.parametrize(
    "text, ref",
    [
        ("Beschlussvorlage - 2022/BV/3187\n\nBeratungsfolge\n", "2022/BV/3187"),
        ("Mitteilungsvorlage: 2023/MV/0123\n\nSachverhalt:\nDie Verwaltung berichtet.", "2023/MV/0123"),
    ],
)
def test_reference_with_letter_segment_on_the_heading(text, ref):
    assert extract_text(text)["documents"][0]["reference"] == ref


# -- motions ----------------------------------------------------------------------


def test_numbered_motion_with_party_in_brackets():
    rows = extract_text("Betreff: Außengastronomie, - Antrag Nr. 112/2023 v. 21.04.2023 (SPD), "
                 "- Antrag Nr. 120/2023 v. 26.04.2023 (90/GRÜNE)\n")
    got = {(m["submitted_by"], m["date"], m["reference"]) for m in rows["motions"]}
    assert got == {("SPD", "2023-04-21", "112/2023"), ("90/GRÜNE", "2023-04-26", "120/2023")}


def test_councillors_motion_with_faction_in_brackets():
    rows = extract_text("Antrag Stadtrats-Mitglieder Anja Berger und Jutta Koller (Fraktion Die Grünen – Rosa Liste) "
                 "vom 25.2.2020\nAntwort Stadtschulrätin:\n")
    [m] = rows["motions"]
    assert (m["submitted_by"], m["date"]) == ("Fraktion Die Grünen – Rosa Liste", "2020-02-25")
    rows = extract_text("Antrag der Stadträte Max Muster und Erika Beispiel (CDU) vom 12.01.2022")
    assert [(m["submitted_by"], m["date"]) for m in rows["motions"]] == [("CDU", "2022-01-12")]


# -- whole documents ------------------------------------------------------------------
# (The vote, resolution and meeting phenomena of this set are tested on written
# sentences in test_extract_resolutions.py and test_extract_meetings.py.)


@pytest.mark.parametrize("name", sorted(p.name for p in HOLDOUT2.glob("*.txt")))
def test_holdout2_provenance(name):
    assert provenance_ok(_doc(name))
