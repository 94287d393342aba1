"""Motions in long minutes: one row per motion, linked to its own vote; a full record
written for these tests.

Families of German council language on sentences written for these tests, with
sentences that must NOT give a motion."""

from __future__ import annotations

import pytest

from .common import _all, _rows, _who, _extract, _MINUTES, _FULL


# -- motions in long minutes: one row per motion, linked to its own vote -------------------


@pytest.mark.parametrize("presenting", [
    "Stadtrat Berger begründet den Antrag.",
    "Frau Gerlach (GRÜNE) stellt den Antrag vor.",
    "GR Kunz bringt den Antrag ein und erläutert ihn.",
    "Ratsfrau Yilmaz erläuterte den Antrag ausführlich.",
])
def test_a_mover_presenting_the_item_s_motion_moves_no_motion_of_their_own(presenting):
    rows = _extract(f"TOP 7 Antrag der SPD-Fraktion: Radweg an der Kreisstraße\n\n{presenting}\n\n"
                    "Der Gemeinderat stimmt dem Antrag einstimmig zu.")
    (m,) = rows["motions"]
    (r,) = rows["resolutions"]
    assert (m["submitted_by"], r["motion_id"]) == ("SPD-Fraktion", m["id"])


def test_a_motion_moved_under_an_item_without_a_motion_in_its_head_is_kept():
    rows = _extract("TOP 7 Radweg an der Kreisstraße\n\nStadtrat Berger (FDP) stellt den Antrag, den Radweg "
                    "zu verbreitern.\n\nDer Antrag wird mehrheitlich abgelehnt.")
    assert [m["submitted_by"] for m in rows["motions"]] == ["Stadtrat Berger (FDP)"]


def test_the_agenda_s_line_and_the_item_are_one_motion():
    text = ("Tagesordnung\n1. Eröffnung\n2. Haushalt 2026\n3. Antrag der CDU-Fraktion: Jugendtreff Nord\n\n"
            "1. Eröffnung\n\nDer Bürgermeister eröffnet die Sitzung.\n\n2. Haushalt 2026\n\n"
            "Der Gemeinderat beschließt den Haushalt mehrheitlich.\n\n"
            "3. Antrag der CDU-Fraktion: Jugendtreff Nord\n\nDer Antrag wird einstimmig angenommen.")
    rows = _extract(text)
    (m,) = rows["motions"]
    assert (m["submitted_by"], m["agenda_item"]) == ("CDU-Fraktion", "3")
    assert [r.get("motion_id") for r in rows["resolutions"]] == [None, m["id"]]


def test_one_faction_s_procedural_motions_under_two_items_are_two():
    text = ("TOP 1 Tagesordnung\n\nDie AfD-Fraktion beantragt die Absetzung von TOP 2. Der Antrag wird "
            "abgelehnt.\n\nTOP 2 Ankauf des Bahnhofs\n\nDie AfD-Fraktion stellt einen Antrag zur Geschäftsordnung "
            "auf Vertagung. Er wird mit Stimmenmehrheit abgelehnt.\n\nBeschluss:\nDer Gemeinderat stimmt dem "
            "Ankauf zu.\nAbstimmungsergebnis: 16 dafür, 4 dagegen")
    rows = _extract(text)
    assert [(m["agenda_item"], m["motion_type"]) for m in rows["motions"]] == [
        ("TOP 1", "Geschäftsordnungsantrag"), ("TOP 2", "Geschäftsordnungsantrag")]
    linked = [(r["agenda_item"], r["outcome"], r.get("motion_id") is not None) for r in rows["resolutions"]]
    # each procedural vote decides its motion; the purchase decides none of them
    assert linked == [("TOP 1", "rejected", True), ("TOP 2", "rejected", True), ("TOP 2", "adopted", False)]


@pytest.mark.parametrize("amendment", [
    "Die Fraktion Bürgerliste beantragt, die Gebühren nur um 3 Prozent zu erhöhen.",
    "Die Fraktion Bürgerliste stellt einen Änderungsantrag: Die Gebühren steigen um 3 Prozent.",
    "Gemeinderätin Roth bringt für die Fraktion Bürgerliste den Änderungsantrag ein, die Gebühren nur um "
    "3 Prozent zu erhöhen.",
])
def test_an_amendment_is_decided_by_its_own_vote_not_by_the_main_one(amendment):
    rows = _extract(f"TOP 6 Kindergartengebühren\n\n{amendment} Der Änderungsantrag wird mit 5 zu 9 Stimmen "
                    "abgelehnt.\n\nAnschließend stimmt der Gemeinderat der Vorlage mehrheitlich zu.")
    (m,) = rows["motions"]
    assert [(r["outcome"], r.get("motion_id")) for r in rows["resolutions"]] == [
        ("rejected", m["id"]), ("adopted", None)]


# -- a full record written for these tests -------------------------------------------------------


def test_full_minutes_give_each_motion_once_and_none_from_applications_or_headers():
    rows = _rows(_FULL.read_text(encoding="utf-8"))
    got = [(r["submitted_by"], r["motion_type"]) for r in rows]
    for expected in [
        ("MGR Huber u. Fraktion ÖDP", "Antrag"),
        ("Zweite Bürgermeisterin Dr. Sommer u. Fraktion Bündnis 90/Die Grünen", "Antrag"),
        ("Seniorenbeirat", "Antrag"),
        ("", "Antrag"),                                   # the agenda's "Antrag auf Aufnahme …"
        ("", "Geschäftsordnungsantrag"),                  # "wird der Antrag gestellt, … abzusetzen"
        ("Fraktion Freie Wähler", "Antrag"), ("CSU-Fraktion", "Antrag"), ("Herr Fuchs", "Antrag"),
    ]:
        assert got.count(expected) >= 1, expected
    # each head once: the agenda's row and the item's head are one motion
    assert got.count(("MGR Huber u. Fraktion ÖDP", "Antrag")) == 1
    assert got.count(("Seniorenbeirat", "Antrag")) == 1
    quotes = " | ".join(r["quote"] for r in rows)
    assert "Trachtenverein" not in quotes            # a club's application is no motion
    assert "Fördermittel" not in quotes              # applying to the Regierung is none either
    assert "Seite" not in quotes and "Sitzung vom 18.09.2024" not in quotes
    assert "Schluss der Debatte" not in quotes       # "wird nicht gestellt"
    # three procedural motions without a named mover: the agenda, the referral, the postponement
    assert got.count(("", "Geschäftsordnungsantrag")) == 3


@pytest.mark.parametrize("text", [
    "Daraufhin wird der Antrag vom Antragssteller eingebracht.",     # the common misspelling
    "Sodann wurde der Antrag von der Antragstellerin eingebracht.",
])
def test_the_applicant_named_by_role_is_no_named_mover(text):
    assert [r["submitted_by"] for r in _rows(_MINUTES + text + "\n")] == [""]


@pytest.mark.parametrize(("text", "who"), [
    ("Ratsherr Kunz stellt namens der Ratsgruppe SPD-Bündnis 90/Die Grünen den Antrag, den Spielplatz 2026 zu erneuern. "
     "Nach kurzer Beratung wird der Antrag von Ratsherrn Kunz einstimmig angenommen.",
     "Ratsgruppe SPD-Bündnis"),
    ("Frau Roth stellt für die Gruppe Grüne/UWG den Antrag, die Gebühr zu senken. Der Antrag von Frau Roth "
     "wird mehrheitlich abgelehnt.", "Gruppe Grüne/UWG"),
    ("Stadträtin Lenz bringt namens der SPD-Fraktion einen Antrag ein. Über den Antrag von Stadträtin Lenz "
     "wird abgestimmt.", "SPD-Fraktion"),
])
def test_a_motion_told_again_by_its_movers_name_is_one_row(text, who):
    assert [r["submitted_by"] for r in _rows(_MINUTES + "TOP 3 Haushalt\n" + text + "\n")] == [who]


def test_two_movers_in_one_item_stay_two_motions():
    text = ("TOP 3 Sanierung\nRatsherr Kunz stellt im Namen der SPD-Fraktion den Antrag, die Sanierung vorzuziehen. "
            "Ratsfrau Roth stellt den Antrag, die Sanierung zu vertagen. Der Antrag von Ratsfrau Roth wird abgelehnt.\n")
    assert [r["submitted_by"] for r in _rows(_MINUTES + text)] == ["SPD-Fraktion", "Ratsfrau Roth"]


def test_the_agenda_row_number_does_not_part_one_motion():
    text = (_MINUTES + "Tagesordnung\n6.2 Änderung der Förderrichtlinie Solar (Antrag StR Berger, FW)\nVorlage: 2024/0305\n\n"
            "Seite 3 von 8\n\n6.2\nÄnderung der Förderrichtlinie Solar (Antrag StR \nBerger, FW)\nZurückgezogen\n")
    assert [r["submitted_by"] for r in _rows(text)] == ["StR Berger, FW"]


def test_a_vote_on_a_numbered_motion_decides_that_motion():
    text = (_MINUTES + "TOP 4 Haushaltssatzung 2025\n"
            "Die Fraktion Freie Wähler stellt den Antrag, 80.000 Euro für den Feldweg zu veranschlagen (Antrag 1).\n"
            "Weiterhin beantragt Herr Reiter für die CSU-Fraktion, die Mittel für den Spielplatz zu erhöhen (Antrag 2).\n"
            "Zu Antrag 1: Der Antrag wird mit 10 Ja-Stimmen und 3 Nein-Stimmen angenommen.\n")
    rows = _all(text)
    by_id = {m["id"]: m["submitted_by"] for m in rows["motions"]}
    linked = [by_id.get(r["motion_id"]) for r in rows["resolutions"] if r["quote"].startswith("Zu Antrag 1")]
    assert linked == ["Fraktion Freie Wähler"]


@pytest.mark.parametrize(("text", "who"), [
    ("Aus dem Kreistag\n\nVon den Fraktionen UBL, AfD und Freie Wähler wurde die Absetzung des Punktes beantragt.",
     "Fraktionen UBL, AfD und Freie Wähler"),
    ("Aus dem Kreistag\n\nVon der Fraktion WGM wurde die Vertagung des Haushalts beantragt.", "Fraktion WGM"),
])
def test_a_report_names_factions_by_the_word_fraktion(text, who):
    assert _who(text) == [who]


def test_a_report_names_no_applicant_as_mover():
    assert _who("Aus dem Kreistag\n\nVon der Firma BKW wurde die Genehmigung des Windparks beantragt.") == []


def test_a_page_of_motions_without_movers_gives_one_row_per_paper():
    text = ("Anträge zur 9. Sitzung des Stadtrates am 12.05.2024\n\n"
            "DS 041a/2024 Änderungsantrag zur Drucksache 041/2024 Parkraumkonzept\n\n"
            "Der Stadtrat beschließt: Die Anlage wird um einen Punkt 4 ergänzt.\n\n"
            "Begründung:\nDie Anwohner sollen beteiligt werden.\n\n"
            "DS 052/2024 Sanierung des Stadtbads\n\nDer Stadtrat möge beschließen:\nDie Verwaltung legt ein Konzept vor.\n\n"
            "Drucksache 053/2024 Bericht zum Stadtwald\n\nDie Verwaltung berichtet über den Zustand des Waldes.\n")
    rows = _rows(text)
    assert [(r["submitted_by"], r["reference"], r["motion_type"]) for r in rows] == [
        ("", "041a/2024", "Änderungsantrag"), ("", "052/2024", "Antrag")]


@pytest.mark.parametrize(("text", "who", "date", "kind"), [
    ("Geschäftsordnungsantrag vom 30.9.2024\n\nSehr geehrte Frau Bürgermeisterin,\nhiermit beantrage ich namens der "
     "Fraktion Bündnis 90/Die Grünen die Aufnahme eines Punktes in die Tagesordnung.\n",
     "Fraktion Bündnis 90/Die Grünen", "2024-09-30", "Geschäftsordnungsantrag"),
    ("Dringlichkeitsantrag vom 02.02.2024\n\nSehr geehrter Herr Landrat,\nnamens der SPD-Fraktion beantrage ich, "
     "den Punkt Schülerbeförderung auf die Tagesordnung zu setzen.\n", "SPD-Fraktion", "2024-02-02", "Dringlichkeitsantrag"),
])
def test_a_letter_under_a_dated_motion_heading_takes_its_date(text, who, date, kind):
    rows = _rows(text)
    assert [(r["submitted_by"], r["date"], r["motion_type"]) for r in rows] == [(who, date, kind)]


def test_a_citizens_petition_on_the_agenda_is_no_motion():
    assert _rows(_MINUTES + "5 Antrag auf einen Zebrastreifen in der Lindenstraße Eingabe 22-1234\n") == []


def test_the_sentence_under_an_items_heading_is_the_motion_without_the_heading():
    rows = _rows(_MINUTES + "7 Antrag auf einen ständigen Tagesordnungspunkt \"Radverkehr\"\n"
                 "Nach kurzer Aussprache wird beantragt, die Entscheidung zu vertagen.\n")
    assert [r["quote"] for r in rows if r["motion_type"] == "Geschäftsordnungsantrag"] == [
        "Nach kurzer Aussprache wird beantragt, die Entscheidung zu vertagen."]
