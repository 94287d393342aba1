"""A whole record written for these tests: a Kreistag's minutes (attendance, agenda,
running page headers, twelve items, an Anlagen list) moving several motions, and the
faction's motion letter one of its items deals with. Every motion once, with its kind and
item, each vote linked to the motion it decides; no motion from a page header, an
application (Förderantrag, Bauantrag, a club's Zuschuss), an Anfrage or the Anlagen list."""

from __future__ import annotations

from pathlib import Path

from .common import _all

_DIR = Path(__file__).parent.parent / "fixtures" / "motions_minutes"


def _document(name: str) -> dict:
    rows = _all((_DIR / name).read_text(encoding="utf-8"))
    text = rows["documents"][0]["text"]
    for table in ("motions", "resolutions"):
        for r in rows[table]:
            assert text[r["char_start"]:r["char_end"]] == r["quote"]
    return rows


def test_every_motion_of_the_minutes_once():
    rows = _document("kreistag_niedersachsen.txt")
    got = [(m["agenda_item"], m["submitted_by"], m["motion_type"]) for m in rows["motions"]]
    assert got == [
        ("TOP 2", "Landrat", "Geschäftsordnungsantrag"),
        ("TOP 2", "Herr Lüders", "Geschäftsordnungsantrag"),
        ("TOP 5", "CDU-Fraktion", "Änderungsantrag"),
        ("TOP 5", "SPD-Fraktion", "Ergänzungsantrag"),
        ("TOP 5", "FDP-Fraktion", "Geschäftsordnungsantrag"),
        ("TOP 6", "SPD-Fraktion", "Antrag"),
        ("TOP 6", "Herr Tiedemann (GRÜNE)", "Geschäftsordnungsantrag"),
        ("TOP 7", "Gruppe GRÜNE/FDP", "Antrag"),
        ("TOP 7", "Kreistagsvorsitzende", "Geschäftsordnungsantrag"),
        ("TOP 7", "CDU-Fraktionsvorsitzenden Brüning", "Geschäftsordnungsantrag"),
    ]
    # the agenda's row, the item's head and the Anlage name one motion, dated as filed
    (spd,) = [m for m in rows["motions"] if m["agenda_item"] == "TOP 6" and m["submitted_by"] == "SPD-Fraktion"]
    assert spd["date"] == "2025-06-02"


def test_each_vote_decides_its_own_motion():
    rows = _document("kreistag_niedersachsen.txt")
    motion_of = {m["id"]: (m["submitted_by"], m["motion_type"]) for m in rows["motions"]}
    linked = {(r["agenda_item"], r["votes_yes"], r["votes_no"]): motion_of.get(r.get("motion_id"))
              for r in rows["resolutions"] if r["votes_yes"] is not None}
    assert linked[("TOP 2", 4, 33)] == ("Herr Lüders", "Geschäftsordnungsantrag")
    # a bare vote record right after a procedural motion decides it
    (first,) = [r for r in rows["resolutions"] if r["agenda_item"] == "TOP 2" and r["votes_yes"] is None]
    assert motion_of[first["motion_id"]] == ("Landrat", "Geschäftsordnungsantrag")
    assert linked[("TOP 5", 24, 13)] == ("SPD-Fraktion", "Ergänzungsantrag")
    assert linked[("TOP 6", 12, 26)] == ("Herr Tiedemann (GRÜNE)", "Geschäftsordnungsantrag")
    assert linked[("TOP 6", 21, 16)] == ("SPD-Fraktion", "Antrag")
    # the budget's own decision decides none of the motions made in its debate
    assert linked[("TOP 5", 25, 12)] is None
    (resolution,) = [r for r in rows["resolutions"] if r["agenda_item"] == "TOP 7" and "Resolution" in r["quote"]]
    assert motion_of[resolution["motion_id"]] == ("Gruppe GRÜNE/FDP", "Antrag")


def test_the_motion_letter_the_item_deals_with():
    rows = _document("kreistag_niedersachsen_antrag.txt")
    assert rows["documents"][0]["type"] == "motion"
    (m,) = rows["motions"]
    assert m["date"] == "2025-06-02"
    assert m["submitted_by"].startswith("SPD-Fraktion")
