"""Rules for the ways other councils write what the corpus (Karlsruhe,
Hamburg, Cloppenburg) does not show: council information system pages that
open with the decision's result, vote counts in other orders, Bavarian vote
ratios, spaced headings, ALLRIS field lists and Beratungsfolgen. Passages
are quoted from the held-out documents (tests/fixtures/holdout) and from
other councils' pages; whole held-out documents at the end."""

from __future__ import annotations

import pytest

from councildata.extract.votes import parse_votes, vote_outcome

from .conftest import FIXTURES, extract_text, provenance_ok

HOLDOUT = FIXTURES / "holdout"




def _holdout(name: str) -> dict:
    return extract_text((HOLDOUT / name).read_text("utf-8"), name)


def _votes(r: dict) -> tuple:
    return (r["unanimous"], r["votes_yes"], r["votes_no"], r["votes_abstain"])




# -- vote counts ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # word first (Hessen, Saxony): the 1 before "Nein" is the Ja count
        ("Ja 1  Nein 7  Enthaltung 1", (False, 1, 7, 1)),
        ("JA-Stimmen 9\nNEIN-Stimmen 6\nEnthaltungen 0", (False, 9, 6, 0)),
        # number first (NRW, Schleswig-Holstein)
        ("4 Ja  /  14 Nein  /  0 Enthaltungen", (False, 4, 14, 0)),
        ("Abstimmung: 5 dafür 0 dagegen 0 Enthaltungen", (True, 5, 0, 0)),
        ("mit 12 Ja-Stimmen, einer Gegenstimme und 2 Enthaltungen", (False, 12, 1, 2)),
        # labelled
        ("Ja-Stimmen: 14 Nein-Stimmen: 4 Enthaltungen: 2", (False, 14, 4, 2)),
        ("dafür: 10, Enth.: 1", (None, 10, None, 1)),
        # the words of the result before the counts
        ("Ja: 0, Nein: 6, Enthaltungen: 3\neinstimmig abgelehnt", (True, 0, 6, 3)),
        # Bavarian ratio on a line of its own
        ("13 : 0", (True, 13, 0, None)),
    ],
)
def test_vote_counts_in_every_order(text, expected):
    assert _votes(parse_votes(text)) == expected


def test_a_count_label_is_no_yes_vote():
    assert vote_outcome("Einstimmig JA") == "adopted"
    assert vote_outcome("Ja: 10, Nein: 25, Anwesend: 35") is None


# -- pages that open with the decision's result ------------------------------


def test_result_field_with_counts_and_recommendation_after_it():
    # Stadt Karben (Hessen), SessionNet: one decision, not two
    rows = extract_text(
        "Beschluss: einstimmig abgelehnt\n\nAbstimmung: Ja: 0, Nein: 6, Enthaltungen: 3\n\n"
        "Der Antrag wird diskutiert.\n\n \n\n"
        "Der Haupt- und Finanzausschuss empfiehlt der Stadtverordnetenversammlung den Antrag abzulehnen."
    )
    assert rows["documents"][0]["type"] == "minutes"
    (r,) = rows["resolutions"]
    assert (r["outcome"], r["decided_by"], r["recommended_to"]) == (
        "rejected", "Haupt- und Finanzausschuss", "Stadtverordnetenversammlung")
    assert _votes(r) == (True, 0, 6, 3)


def test_result_field_with_a_beschlussempfehlung():
    # Stadt Leverkusen (NRW)
    (r,) = extract_text(
        "Beschluss: mehrheitlich beschlossen\n\nAbstimmung: dafür: 10, Enth.: 1\n\n"
        "Beschlussempfehlung an den Rat zu Ziffern 1. und 2.\n\nWie Vorlage\n\n"
        "dafür:                10 (4 SPD, 3 CDU, 2 BÜNDNIS 90/DIE GRÜNEN, 1 FDP)\n\nEnth.:                 1 (BÜRGERLISTE)"
    )["resolutions"]
    assert (r["outcome"], r["recommended_to"]) == ("adopted", "Rat")
    assert _votes(r) == (False, 10, None, 1)


def test_result_field_with_counts_in_its_wording():
    # Stadt Leverkusen (NRW), a Rat decision: counts under a second "Beschluss:"
    (r,) = extract_text(
        "Beschluss: mehrheitlich abgelehnt\n\nBeschluss:\n\n \n\nWie Antrag\n\n\n"
        "dafür:           4  (BÜRGERLISTE)\n\ndagegen:  37  (OB, 15 CDU, 10 SPD)\n\n \n\n"
        "Damit ist der Antrag abgelehnt."
    )["resolutions"]
    assert r["outcome"] == "rejected"
    assert _votes(r) == (False, 4, 37, None)


def test_proposed_wording_after_the_result_is_no_decision_of_its_own():
    # Stadt Heidenau (Saxony): 10 Ja are short of the 11 the Hauptsatzung needs
    rows = _holdout("de_heidenau_beschlussauszug_1.txt")
    main = [r for r in rows["resolutions"] if r["outcome"] == "rejected"]
    assert len(main) == 1 and main[0]["decided_by"] == "Stadtrat"
    assert _votes(main[0]) == (False, 10, 3, 2)
    procedural = [r for r in rows["resolutions"] if r["outcome"] == "adopted"]
    assert [_votes(r) for r in procedural] == [(False, 9, 6, 0)]


def test_counts_alone_decide_the_outcome():
    # Stadt Schwabach (Bavaria): the motion to treat the item today failed
    (r,) = extract_text(
        "Beschluss: Mit Debatte - mit folgendem Abstimmungsergebnis:\n\n"
        "Abstimmung: Ja: 10, Nein: 25, Anwesend: 35\n\n"
        "Der Antrag der SPD-Fraktion wird in der heutigen Sitzung behandelt."
    )["resolutions"]
    assert r["outcome"] == "rejected" and _votes(r) == (False, 10, 25, None)


def test_beschluss_zum_antrag_label_over_two_lines():
    # Gemeinde Pfinztal (Baden-Württemberg)
    rows = _holdout("de_pfinztal_beschlussauszug_1.txt")
    (r,) = rows["resolutions"]
    assert r["outcome"] == "postponed" and _votes(r) == (False, 14, 4, 2)
    (m,) = rows["motions"]
    assert m["submitted_by"] == "SPD"
    assert r["motion_id"] == m["id"]


def test_vote_lines_in_paragraphs_of_their_own():
    # Stadt Friedberg (Hessen): pages converted from HTML set every line apart
    rows = _holdout("de_friedberg-hessen_protokoll_1.txt")
    got = sorted((r["outcome"], _votes(r)) for r in rows["resolutions"])
    assert got == [
        ("adopted", (False, 6, 1, 2)),
        ("adopted", (False, 6, 3, 0)),
        ("rejected", (False, 1, 7, 1)),
    ]
    assert provenance_ok(rows)


def test_result_line_ending_with_a_full_stop_then_counts():
    # Stadt Köln (NRW)
    (r,) = extract_text(
        "Abstimmungsergebnis:\n\nMehrheitlich zugestimmt.\n\n10 Ja-Stimmen (5 CDU, 4 SPD, 1 FDP)\n"
        "8 Nein-Stimmen (2 CDU, 4 Grüne, 1 Die Linke, 1 Einzelmandatsträger)"
    )["resolutions"]
    assert r["outcome"] == "adopted" and _votes(r) == (False, 10, 8, None)


def test_vote_after_the_statement_it_votes_on():
    # Gemeinde Fuhlenhagen (Schleswig-Holstein)
    rows = _holdout("de_fuhlenhagen_niederschrift_1.txt")
    (r,) = rows["resolutions"]
    assert (r["decided_by"], r["date"], r["outcome"]) == ("Gemeindevertretung", "2009-08-20", "adopted")
    assert _votes(r) == (True, 5, 0, 0)
    assert r["quote"].startswith("Die in der Anlage aufgeführten Haushaltsüberschreitungen wurden genehmigt.")


def test_verb_before_subject_and_bavarian_ratio_line():
    # Gemeinde Gräfendorf (Bavaria): "Dem stimmt der Gemeinderat zu. / 13 : 0"
    rows = _holdout("de_graefendorf_niederschrift_1.txt")
    (r,) = [r for r in rows["resolutions"] if r["votes_yes"] is not None]
    assert (r["decided_by"], r["date"], r["outcome"]) == ("Gemeinderat", "2022-11-16", "adopted")
    assert _votes(r) == (True, 13, 0, None)
    assert r["quote"].endswith("13 : 0")
    assert provenance_ok(rows)


def test_motion_withdrawn_by_its_mover():
    # Stadt Haan (NRW)
    rows = _holdout("de_haan_protokoll_1.txt")
    (w,) = [r for r in rows["resolutions"] if r["outcome"] == "withdrawn"]
    assert w["quote"] == "Die CDU-Fraktion zieht ihren Antrag daraufhin zurück."
    rejected = [r for r in rows["resolutions"] if r["outcome"] == "rejected"]
    assert [_votes(r) for r in rejected] == [(False, 4, 14, 0)]


def test_allris_field_list():
    # Stadt Aachen (NRW), ALLRIS 4 "Grunddaten": "- Beschluss:\n- zur Kenntnis genommen"
    rows = _holdout("de_aachen_auszug_1.txt")
    doc = rows["documents"][0]
    assert (doc["type"], doc["date"]) == ("minutes", "2024-12-12")
    (r,) = rows["resolutions"]
    assert (r["decided_by"], r["date"], r["outcome"]) == ("Personal- und Verwaltungsausschuss", "2024-12-12", "noted")
    assert [(m["organization"], m["date"]) for m in rows["meetings"]] == [
        ("Personal- und Verwaltungsausschuss", "2024-12-12")]
    (s,) = rows["surveys"]
    assert s["respondents"] == "Mitarbeitende"


def test_allris_beratungsfolge_with_date_above_the_meeting():
    # Landkreis Lüneburg (Lower Saxony): the Beschlussvorschlag is no resolution,
    # the committee's result in the Beratungsfolge is
    rows = _holdout("de_landkreis-lueneburg_beschlussvorlage_1.txt")
    doc = rows["documents"][0]
    assert (doc["type"], doc["reference"]) == ("proposal", "2022/346")
    assert [(r["decided_by"], r["date"], r["outcome"]) for r in rows["resolutions"]] == [
        ("Ausschuss für Wirtschaft und Touristik", "2022-11-21", "adopted")]
    assert sorted((m["organization"], m["date"]) for m in rows["meetings"]) == [
        ("Ausschuss für Wirtschaft und Touristik", "2022-11-21"), ("Kreisausschuss", "2022-12-05")]


def test_a_beschlussvorschlag_is_no_resolution():
    # Kreis Coesfeld (NRW): only the earlier Kreistag decision is one
    rows = _holdout("de_kreis-coesfeld_beschlussvorlage_1.txt")
    assert rows["documents"][0]["type"] == "proposal"
    assert [(r["decided_by"], r["date"]) for r in rows["resolutions"]] == [("Kreistag", "2000-10-25")]


# -- document type and metadata ---------------------------------------------


def test_spaced_heading():
    rows = extract_text("N i e d e r s c h r i f t\n\nüber die Sitzung der Gemeindevertretung am Donnerstag, "
                 "den 20. August 2009 um 19.30 Uhr\n\nTagesordnung 1. Eröffnung")
    doc = rows["documents"][0]
    assert (doc["type"], doc["type_label"], doc["date"]) == ("minutes", "Niederschrift", "2009-08-20")
    assert [(m["organization"], m["date"]) for m in rows["meetings"]] == [("Gemeindevertretung", "2009-08-20")]


def test_record_of_a_debate_is_minutes():
    # Landkreis Nienburg (Lower Saxony)
    rows = extract_text("Der Kreistag nimmt von dem Sitzübergang auf den Abgeordneten Kenntnis.\nBeratungsgang:\n"
                 "Landrat Kohlmeier verweist auf die Auszüge aus dem Kommunalverfassungsgesetz.")
    assert rows["documents"][0]["type"] == "minutes"
    assert [r["outcome"] for r in rows["resolutions"]] == ["noted"]


def test_reference_in_a_form_table():
    # Landeshauptstadt Magdeburg: labels in one row, values in the next
    doc = _holdout("de_magdeburg_anfrage_1.txt")["documents"][0]
    assert (doc["type"], doc["reference"], doc["date"]) == ("inquiry", "F0071/20", "2020-02-20")


def test_page_shown_for_a_session():
    # Stadt Aschaffenburg (Bavaria): "Daten angezeigt aus Sitzung: …, 23.11.2020"
    rows = _holdout("de_aschaffenburg_vorlage_1.txt")
    doc = rows["documents"][0]
    assert (doc["type"], doc["date"]) == ("proposal", "2020-11-23")
    assert sorted((m["organization"], m["date"]) for m in rows["meetings"]) == [
        ("Stadtrat", "2020-11-23"), ("Werksenat", "2020-10-26")]


# -- motions ---------------------------------------------------------------


def test_several_motions_of_one_faction_named_together():
    rows = _holdout("de_aschaffenburg_vorlage_1.txt")
    got = sorted((m["submitted_by"], m["date"]) for m in rows["motions"])
    assert got == [
        ("FDP", "2020-11-20"),
        ("GRÜNEN-Stadtratsfraktion", "2020-10-01"),
        ("GRÜNEN-Stadtratsfraktion", "2020-10-09"),
        ("GRÜNEN-Stadtratsfraktion", "2020-11-20"),
        ("SPD-Stadtratsfraktion", "2020-10-02"),
    ]
    assert all(not (m["title"] or "").startswith("Anträge") for m in rows["motions"])


def test_motions_of_one_faction_treated_one_after_another():
    # Stadt Haan: P16 and P19 are two SPD motions; Friedberg: two Grünen motions
    haan = _holdout("de_haan_protokoll_1.txt")["motions"]
    assert [(m["submitted_by"], m["title"]) for m in haan] == [
        ("SPD-Fraktion", "Ausweitung interaktiver Haushalt"),
        ("CDU-Fraktion", "Graffitientfernung an städtischen Gebäuden"),
        ("SPD-Fraktion", "Erneuerung Fahrradständer"),
    ]
    friedberg = _holdout("de_friedberg-hessen_protokoll_1.txt")["motions"]
    assert [m["rule"] for m in friedberg] == ["motion.on_behalf", "motion.bare"]


def test_a_paper_number_ends_the_submitter():
    # Stadt Erlangen (Bavaria)
    (m,) = extract_text("Ergebnis/Beschluss:\n\nDer Antrag der Fraktion der Grünen Liste Nr. 173/2011 wird abgelehnt.")["motions"]
    assert m["submitted_by"] == "Fraktion der Grünen Liste"


# -- surveys ---------------------------------------------------------------


def test_survey_dated_by_vom_month():
    # Stadt Hagenow (Mecklenburg-Vorpommern)
    rows = _holdout("de_hagenow_auszug_1.txt")
    (s,) = rows["surveys"]
    assert (s["respondents"], s["date_start"], s["date_end"]) == ("Kunden", "2016-09-01", "2016-09-30")
    # The empty "Abstimmungsergebnis: Ja-Stimmen / Nein-Stimmen / Enthaltungen" records no decision.
    assert rows["resolutions"] == []


@pytest.mark.parametrize("name", sorted(p.name for p in HOLDOUT.glob("*.txt")))
def test_holdout_documents_keep_exact_provenance(name):
    assert provenance_ok(_holdout(name))


def test_passive_decision_with_its_vote_needs_no_body():
    # Stadt Leverkusen (NRW)
    (r,) = extract_text(
        "Auf Antrag von Herrn Pesch, Fraktion Opladen Plus, wird der Antrag einstimmig um einen "
        "Sitzungsturnus vertagt."
    )["resolutions"]
    assert (r["outcome"], r["unanimous"], r["decided_by"]) == ("postponed", True, None)


def test_a_passive_without_vote_or_body_outside_minutes_is_no_decision():
    assert extract_text("Der Antrag wird in der nächsten Sitzung beraten und abgelehnt werden.")["resolutions"] == []
