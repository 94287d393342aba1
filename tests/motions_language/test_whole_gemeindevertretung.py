"""A whole invented record: the minutes of a Gemeindevertretung (attendance, agenda, running page
footers, Anlagen, a non-public part announced but not shown) where members move procedural
motions, amendments and postponements, and a group's news report on the same session.
Both texts are written for these tests (tests/fixtures/motions_minutes/)."""

from __future__ import annotations

from pathlib import Path

from councildata import model
from councildata.extract import extract_document

_DIR = Path(__file__).parent.parent / "fixtures" / "motions_minutes"


def _read(name: str) -> dict:
    text = (_DIR / name).read_text("utf-8")
    doc = model.Document(id=model.document_id(name), source_file=name, sha256="0" * 64, format="txt", text=text)
    rows = extract_document(doc)
    for table in ("motions", "resolutions"):
        for r in rows[table]:
            assert text[r["char_start"]:r["char_end"]] == r["quote"]
    return rows


def test_minutes_document_fields():
    d = _read("gemeindevertretung_brandenburg.txt")["documents"][0]
    assert (d["type"], d["date"]) == ("minutes", "2025-02-18")


def test_every_motion_moved_in_the_minutes():
    rows = _read("gemeindevertretung_brandenburg.txt")
    got = [(m["agenda_item"], m["submitted_by"], m["motion_type"]) for m in rows["motions"]]
    assert got == [
        ("TOP 2", "Gemeindevertreter Graf", "Geschäftsordnungsantrag"),   # Absetzung, "dankt … und beantragt"
        ("TOP 2", "Frau Seidel", "Geschäftsordnungsantrag"),              # "Sie beantragt" after a long sentence
        ("TOP 5", "Bürgermeister", "Antrag"),                             # "brachte einen Antrag … ein"
        ("TOP 5", "SPD-Fraktion", "Änderungsantrag"),                      # for the faction, named an amendment later
        ("TOP 5", "Herr Engel", "Geschäftsordnungsantrag"),               # Schluss der Debatte
        ("TOP 6", "SPD-Fraktion", "Antrag"),                              # the item's motion (its reasons given)
        ("TOP 6", "Gemeindevertreter Lindner", "Geschäftsordnungsantrag"),  # "schlägt vor, … und beantragt" Verweisung
        ("TOP 7", "Fraktion Bürgerbündnis", "Antrag"),                    # for the faction (its name broken by the line)
        ("TOP 7", "Gemeindevertreter Pohl", "Geschäftsordnungsantrag"),   # namentliche Abstimmung
        ("TOP 8", "Fraktion Bürgerbündnis Lindenfelde", "Antrag"),        # the item's motion, presented ("trägt vor")
        ("TOP 8", "Herr Graf", "Geschäftsordnungsantrag"),                # postponement
        ("TOP 9", "Gemeindevertreter Pohl", "Geschäftsordnungsantrag"),   # geheime Abstimmung
    ]


def test_no_motion_from_presenting_reports_or_the_anlagen():
    rows = _read("gemeindevertretung_brandenburg.txt")
    quotes = " ".join(m["quote"] for m in rows["motions"])
    # "Herr Böhm führt die Begründung des Antrages aus" presents the item's motion; the Landkreis's grant
    # ("Antrag auf Zuschuss … bewilligt") and the Anlagen's "Änderungsantrag der SPD-Fraktion" are no new motions
    assert "Böhm" not in quotes and "Zuschuss" not in quotes
    assert all(m["agenda_item"] != "TOP 10" for m in rows["motions"])


def test_each_vote_decides_the_motion_moved_right_before_it():
    rows = _read("gemeindevertretung_brandenburg.txt")
    by_id = {m["id"]: m for m in rows["motions"]}
    linked = [(r["agenda_item"], r["outcome"], by_id[r["motion_id"]]["submitted_by"] if r.get("motion_id") else None)
              for r in rows["resolutions"]]
    assert ("TOP 2", "rejected", "Gemeindevertreter Graf") in linked
    assert ("TOP 2", "rejected", "Frau Seidel") in linked
    assert ("TOP 5", "adopted", "SPD-Fraktion") in linked
    assert ("TOP 5", "rejected", "Herr Engel") in linked          # no name in the vote: the motion right before it
    assert ("TOP 8", "postponed", "Herr Graf") in linked
    # the agenda adopted after two rejected motions decides none of them
    assert linked[2] == ("TOP 2", "adopted", None)


def test_no_decision_from_page_footers_or_the_anlagen():
    rows = _read("gemeindevertretung_brandenburg.txt")
    assert all("Seite" not in r["quote"] and "Anlage 1 –" not in r["quote"] for r in rows["resolutions"])
    assert {r["agenda_item"] for r in rows["resolutions"]} <= {f"TOP {n}" for n in range(1, 11)}


def test_the_groups_report_on_the_session():
    rows = _read("gemeindevertretung_brandenburg_fraktion.txt")
    got = [m["submitted_by"] for m in rows["motions"]]
    # another group's motion it supported, its own motion ("wir … einen eigenen Antrag … gestellt"),
    # "Ein weiterer Antrag der CDU"
    assert got == ["SPD-Fraktion", "Fraktion Bürgerbündnis Lindenfelde", "CDU"]
