"""Full-length minutes of an invented Ortsgemeinderat (Rheinland-Pfalz) whose
decisions stand in plain sentences, not in Beschluss blocks: every item's
decision with its vote, and none from what the minutes only tell (a court's
ruling, a neighbouring Bürgerentscheid, a club's election, a decision of
2019, a relative clause, the letter in the Anlagen, the page footers)."""

from __future__ import annotations

from pathlib import Path

from ..conftest import extract_text, provenance_ok

_FILE = Path(__file__).parent.parent / "fixtures" / "synthetic_minutes" / "ortsgemeinderat_rlp.txt"


def test_long_minutes_in_plain_sentences():
    rows = extract_text(_FILE.read_text(encoding="utf-8"), _FILE.name)
    assert provenance_ok(rows)
    got = [(r["agenda_item"], r["outcome"], r["decided_by"], r["unanimous"], r["votes_yes"], r["votes_no"],
            r["votes_abstain"]) for r in rows["resolutions"]]
    assert got == [
        ("TOP 2", "noted", "Ortsgemeinderat", None, None, None, None),
        # the fire brigade's election confirmed, on the session's date, not the election's
        ("TOP 3", "adopted", "Ortsgemeinderat", True, None, None, None),
        # the vote told in the sentence after the decision
        ("TOP 4", "adopted", "Ortsgemeinderat", False, 9, 1, 1),
        # the chair's proposal agreed to by all members present
        ("TOP 5", "postponed", "Ortsgemeinderat", True, None, None, None),
        ("TOP 6", "adopted", "Ortsgemeinderat", True, None, None, None),
        ("TOP 7", "adopted", "Ortsgemeinderat", False, 7, 3, 1),
        ("TOP 8", "rejected", "Ortsgemeinderat", False, None, None, None),
        ("TOP 9", "adopted", "Ortsgemeinderat", None, None, None, None),
    ]
    assert {r["date"] for r in rows["resolutions"]} == {"2024-05-14"}


def test_long_minutes_with_the_opening_s_procedure_and_a_form_in_the_anlagen():
    """An invented Gemeindevertretung (Mecklenburg-Vorpommern): an urgent
    motion short of two thirds (its counts on the lines before), the agenda
    approved (no row), the last minutes approved without objection with their
    vote, a Mitteilung telling other bodies' decisions (none), a decision with
    the mayor charged after it, a vote closing a paragraph, a decision and
    its conclusion told twice, and an empty vote form in the Anlagen."""
    path = Path(__file__).parent.parent / "fixtures" / "synthetic_minutes" / "gemeindevertretung_mv.txt"
    rows = extract_text(path.read_text(encoding="utf-8"), path.name)
    assert provenance_ok(rows)
    got = [(r["agenda_item"], r["outcome"], r["decided_by"], r["unanimous"], r["votes_yes"], r["votes_no"],
            r["votes_abstain"]) for r in rows["resolutions"]]
    body = "Gemeindevertretung"
    assert got == [
        ("TOP 2", "rejected", body, False, 4, 3, 1),
        ("TOP 3", "adopted", body, True, 7, 0, 1),
        ("TOP 6", "adopted", body, False, 6, 1, 1),
        ("TOP 7", "adopted", body, False, 7, 1, None),
        ("TOP 8", "adopted", body, True, None, None, None),
        ("TOP 9", "adopted", body, False, 5, 3, 0),
    ]
    assert {r["date"] for r in rows["resolutions"]} == {"2025-11-06"}
    # the conclusion "Somit stimmt … zu" is the same decision as the grant before it
    assert "Somit stimmt" in rows["resolutions"][4]["quote"]
    assert "Bürgermeister wird ermächtigt" in rows["resolutions"][3]["quote"]


def test_long_minutes_with_elections_assent_and_a_motion_to_postpone():
    """An invented Stadtrat (Sachsen-Anhalt), five pages with the session header repeated on
    each and a page footer: an election told by its noun after the vote's procedure (no row
    for "sofern nicht der Stadtrat etwas anderes beschließt"), an appointment told by its
    counts, a motion to postpone voted down and the motion granted, a plan repealed, the
    body joining the administration's proposal, a motion to refer carried by its vote, the
    chair's report of the Kreistag's decision and a grant (no rows), the Anlagen (no row)."""
    file = Path(__file__).parent.parent / "fixtures" / "synthetic_minutes" / "stadtrat_birkenfelde.txt"
    rows = extract_text(file.read_text(encoding="utf-8"), file.name)
    assert provenance_ok(rows)
    got = [(r["agenda_item"], r["outcome"], r["unanimous"], r["votes_yes"], r["votes_no"], r["votes_abstain"])
           for r in rows["resolutions"]]
    assert got == [
        ("TOP 2", "adopted", None, None, None, None),
        ("TOP 3", "adopted", True, None, None, None),
        ("TOP 4", "adopted", None, 11, None, 2),
        # the motion to postpone fails, then the motion itself is granted
        ("TOP 5", "rejected", False, 5, 8, None),
        ("TOP 5", "adopted", False, 10, 3, None),
        ("TOP 6", "adopted", True, None, None, None),
        ("TOP 7", "adopted", True, None, None, None),
        ("TOP 8", "referred", False, 9, 2, 2),
        ("TOP 9", "adopted", None, 12, None, 1),
    ]
    assert {(r["decided_by"], r["date"]) for r in rows["resolutions"]} == {("Stadtrat", "2025-09-18")}


_PARTS_FILE = Path(__file__).parent.parent / "fixtures" / "synthetic_minutes" / "gemeinderat_beschlussteile.txt"


def test_long_minutes_with_numbered_decision_parts_and_a_postponement_by_vote():
    """An invented Gemeinderat (Bayern), 15 items over nine pages: numbered
    decision parts ("Beschluss 1: / 2: / 3:") each a row with its own vote,
    lettered parts voted together one row, a motion to postpone carried by a
    bare count line, a member "befangen" (no vote), "mehrheitlich beschlossen"
    with its counts on the next line; none from the opening's formalities, the
    decisions of an earlier non-public session announced, the mayor's report
    of a Kreistag decision, the page headers or the Anlagen."""
    rows = extract_text(_PARTS_FILE.read_text(encoding="utf-8"), _PARTS_FILE.name)
    assert provenance_ok(rows)
    got = [(r["agenda_item"], r["outcome"], r["decided_by"], r["unanimous"], r["votes_yes"], r["votes_no"],
            r["votes_abstain"]) for r in rows["resolutions"]]
    assert got == [
        ("TOP 1", "adopted", "Gemeinderat", True, 14, 0, None),
        # the announcement noted; the announced decisions belong to the earlier session
        ("TOP 2", "noted", "Gemeinderat", None, None, None, None),
        ("TOP 3", "adopted", "Gemeinderat", False, 13, 1, None),
        ("TOP 4", "adopted", "Gemeinderat", False, 12, 2, None),
        ("TOP 4", "adopted", "Gemeinderat", True, 14, 0, None),
        # the page header between two parts belongs to neither
        ("TOP 4", "adopted", "Gemeinderat", False, 11, 3, None),
        ("TOP 5", "adopted", "Gemeinderat", True, None, None, None),
        ("TOP 5", "adopted", "Gemeinderat", False, 13, 1, None),
        # "Ergebnis: 9 Ja-Stimmen, 5 Nein-Stimmen" under the motion to postpone
        ("TOP 6", "postponed", "Gemeinderat", False, 9, 5, None),
        ("TOP 7", "adopted", "Gemeinderat", True, None, None, None),
        ("TOP 8", "adopted", "Gemeinderat", False, 8, 6, None),
        ("TOP 9", "rejected", "Gemeinderat", False, 4, 10, None),
        # a) and b) voted together: one decision
        ("TOP 10", "adopted", "Gemeinderat", True, None, None, None),
        # "befangen: 1" is a member who did not vote
        ("TOP 11", "adopted", "Gemeinderat", False, 12, 1, None),
        ("TOP 12", "referred", "Gemeinderat", True, 14, 0, None),
        ("TOP 15", "adopted", "Gemeinderat", False, 10, 3, 1),
    ]
    assert {r["date"] for r in rows["resolutions"]} == {"2025-06-18"}
    assert all(r["subject"] for r in rows["resolutions"])
    assert ("Gemeinderat Wiesenbrunn", "2025-06-18") in [(m["organization"], m["date"]) for m in rows["meetings"]]
