"""A catalogue of German session-document shapes, written for these tests
from the common forms of council information systems and minutes across the
Länder (no council's page is copied): session headers in their usual orders,
agenda item numbering, Vorlage and Beschlussauszug heads, and pages of the
minutes that carry no heading at all. Each shape goes through the document
model and the document fields."""

from __future__ import annotations

import pytest

from councildata.extract.structure import parse, read_session

from .conftest import extract_text, provenance_ok

# -- session headers, in every common order ------------------------------------


@pytest.mark.parametrize(
    "text, body, date",
    [
        ("Niederschrift\nüber die 23. Sitzung des Ortsrates Nordstadt\nam Dienstag, 18.10.2022, 19:00 Uhr\n",
         "Ortsrat Nordstadt", "2022-10-18"),
        ("Protokoll der 4. öffentlichen Sitzung des Ausschusses für Bildung und Soziales vom 09. März 2021\n",
         "Ausschuss für Bildung und Soziales", "2021-03-09"),
        ("Gemeinderat, Sitzung vom 02.05.2022\n\nTagesordnung\n", "Gemeinderat", "2022-05-02"),
        ("Kreistag – öffentliche Sitzung am Mo, 3.3.2025\n", "Kreistag", "2025-03-03"),
        ("Sitzung des Gemeinderates Musterdorf vom 07.11.2022\n", "Gemeinderat", "2022-11-07"),
        ("Stadtverordnetenversammlung\nSitzung am 15.09.2021\n", "Stadtverordnetenversammlung", "2021-09-15"),
        ("Gremium: Haupt- und Finanzausschuss\nSitzungsdatum: 12.06.2024\n", "Haupt- und Finanzausschuss",
         "2024-06-12"),
        ("Ergebnisprotokoll der Sitzung des Jugendhilfeausschusses am 5. Dezember 2019\n", "Jugendhilfeausschuss",
         "2019-12-05"),
        ("Protokoll\n\nGemeindevertretung vom 02.03.2004\n\nTagesordnung\n", "Gemeindevertretung", "2004-03-02"),
        ("Bauausschuss am 12.03.2024\n", "Bauausschuss", "2024-03-12"),
        ("Ergebnisniederschrift\nSitzung: Finanzausschuss\nTermin: Donnerstag, 09.11.2023\n", "Finanzausschuss",
         "2023-11-09"),
        ("Protokoll der Sitzung des Ortschaftsrates Beispielheim\nDatum: 04.05.2023\nBeginn: 19:00 Uhr\n",
         "Ortschaftsrat Beispielheim", "2023-05-04"),
        ("Niederschrift (öffentlich) über die Sitzung des Schulausschusses der Stadt Neustadt am 16.05.2022\n",
         "Schulausschuss", "2022-05-16"),
        ("Stadt Neustadt Beschluss aus der Sitzung des Jugendhilfeausschusses der Stadt Neustadt am 14.03.2013 "
         "Öffentliche Sitzung\n", "Jugendhilfeausschuss", "2013-03-14"),
    ],
)
def test_session_headers_in_their_common_orders(text, body, date):
    s = read_session(text, "minutes")
    assert s is not None and (s.body, s.date) == (body, date)


# -- agenda item numbering ---------------------------------------------------------


@pytest.mark.parametrize(
    "heading, label, title",
    [
        ("TOP 5 Sanierung der Turnhalle", "TOP 5", "Sanierung der Turnhalle"),
        ("TOP 5: Sanierung der Turnhalle", "TOP 5", "Sanierung der Turnhalle"),
        ("Ö 5 Sanierung der Turnhalle", "Ö 5", "Sanierung der Turnhalle"),
        ("TOP Ö 5 Sanierung der Turnhalle", "TOP Ö 5", "Sanierung der Turnhalle"),
        ("N 3 Grundstücksangelegenheit", "N 3", "Grundstücksangelegenheit"),
        ("Punkt 5 der Tagesordnung: Sanierung der Turnhalle", "Punkt 5", "Sanierung der Turnhalle"),
        ("Tagesordnungspunkt 5.1 Sanierung der Turnhalle", "Tagesordnungspunkt 5.1", "Sanierung der Turnhalle"),
        ("zu 3: Sanierung der Turnhalle", "3", "Sanierung der Turnhalle"),
        ("zu TOP 3 Sanierung der Turnhalle", "TOP 3", "Sanierung der Turnhalle"),
        ("TOP 5 a) Sanierung der Turnhalle", "TOP 5 a)", "Sanierung der Turnhalle"),
        ("TOP 5a Sanierung der Turnhalle", "TOP 5a", "Sanierung der Turnhalle"),
        ("Pkt. 5 Sanierung der Turnhalle", "Pkt. 5", "Sanierung der Turnhalle"),
        ("TOP-Nr. 5 Sanierung der Turnhalle", "TOP-Nr. 5", "Sanierung der Turnhalle"),
        ("Ö5 Sanierung der Turnhalle", "Ö5", "Sanierung der Turnhalle"),
    ],
)
def test_agenda_item_numbering(heading, label, title):
    tree = parse(f"Niederschrift\n\n{heading}\nDer Gemeinderat beschließt einstimmig die Sanierung.\n",
                 {"type": "minutes"})
    assert [(it.label, it.title) for it in tree.items] == [(label, title)]


def test_non_public_items_are_marked():
    tree = parse("Niederschrift\n\nÖ 1 Eröffnung\n\nN 2 Personalangelegenheit\n", {"type": "minutes"})
    assert [it.public for it in tree.items] == [True, False]


# -- heads of papers: type, date, reference -----------------------------------------


@pytest.mark.parametrize(
    "text, dtype, label, date, reference",
    [
        ("Sitzungsvorlage\nVorlage Nr. 2024/117\nDatum: 12.02.2024\n\nBetreff: Neubau Feuerwehrgerätehaus\n",
         "proposal", "Sitzungsvorlage", "2024-02-12", "2024/117"),
        ("Beschlussvorlage\nDrucksache: 0815/2023\nDatum: 01.09.2023\nBetreff: Radweg Talstraße\n",
         "proposal", "Beschlussvorlage", "2023-09-01", "0815/2023"),
        ("Mitteilungsvorlage\nDrucksache Nr. 0345/2023\nDatum: 03.08.2023\n\nBetreff: Sachstand Breitbandausbau\n",
         "information", "Mitteilungsvorlage", "2023-08-03", "0345/2023"),
        ("Informationsvorlage\nVorlage-Nr.: IV/2022/0012\nDatum: 30.06.2022\nBetreff: Schulentwicklung\n",
         "information", "Informationsvorlage", "2022-06-30", "IV/2022/0012"),
        ("Anfrage der Fraktion BÜNDNIS 90/DIE GRÜNEN vom 14.01.2025\nBetreff: Radwege in der Innenstadt\n",
         "inquiry", "Anfrage", "2025-01-14", None),
        ("Antwort der Verwaltung\nauf die Anfrage Nr. 12/2025 vom 14.01.2025\nDatum: 28.01.2025\n",
         "answer", "Antwort", "2025-01-28", None),
        ("Niederschrift\nüber die 23. Sitzung des Ortsrates Nordstadt\nam Dienstag, 18.10.2022, 19:00 Uhr\n",
         "minutes", "Niederschrift", "2022-10-18", None),
        ("Beschlussauszug\naus der Sitzung des Umweltausschusses vom 21.06.2023\n\nTOP Ö 6 Baumschutzsatzung\n",
         "minutes", "Beschlussauszug", "2023-06-21", None),
        ("Beschlussvorlage - VO/2020/3506-80\nStatus: öffentlich\nDatum: 12.05.2020\nBetreff: Grundschule\n",
         "proposal", "Beschlussvorlage", "2020-05-12", "VO/2020/3506-80"),
        ("Vorlage - 2015/FB II/1854\nDatum: 03.02.2015\nBetreff: Haushalt\n",
         "proposal", "Vorlage", "2015-02-03", "2015/FB II/1854"),
        ("Vorlagennummer: 2023/117\nVorlagenart: Beschlussvorlage\nErstellt am: 12.01.2023\nBetreff: Radweg\n",
         "proposal", "Beschlussvorlage", "2023-01-12", "2023/117"),
        ("Sachstandsbericht\nDatum: 07.07.2021\nBetreff: Glasfaserausbau\n",
         "information", "Sachstandsbericht", "2021-07-07", None),
        ("Vorlage zur Kenntnisnahme\nDrucksache: 0412/2021\nDatum: 15.03.2021\n",
         "information", "Vorlage zur Kenntnisnahme", "2021-03-15", "0412/2021"),
        ("Bekanntgabe\nVorlage Nr. 2024/0033\nDatum: 09.01.2024\nBetreff: Einwohnerzahlen\n",
         "information", "Bekanntgabe", "2024-01-09", "2024/0033"),
        # the session a paper is for dates it only where it has no date of its own
        ("Drucksachen-Nr. 22-2362\nMitteilung der Verwaltung\nzur Sitzung des Sozialausschusses am 12.09.2022\n",
         "information", "Mitteilung", "2022-09-12", "22-2362"),
        ("SPD-Fraktion im Rat der Stadt Musterstadt\nAn den Bürgermeister\nMusterstadt, 05.03.2024\n\n"
         "Antrag zur Sitzung des Rates am 21.03.2024\nEinrichtung eines Jugendparlaments\n",
         "motion", "Antrag", "2024-03-05", None),
        ("Kleine Anfrage\nder Abgeordneten Müller (FDP) vom 12.04.2023\nBetreff: Straßenbeleuchtung\n",
         "inquiry", "Kleine Anfrage", "2023-04-12", None),
        # an answer quotes the date of the question; its own is its date field
        ("Beantwortung der Anfrage der CDU-Fraktion vom 01.02.2024\nDatum: 20.02.2024\n",
         "answer", "Beantwortung", "2024-02-20", None),
        # an item's title under its TOP line is no type word of the page
        ("TOP 1\nBegrüßung\nDer Bürgermeister begrüßt die Anwesenden.\nTOP 2\nJahresbericht des Bürgermeisters\n"
         "Der Bürgermeister berichtet über das Hochwasser.\n", "minutes", None, None, None),
        # a file's page of a portal, the minutes' own head inside running text
        ("Dokument\nDatum\n24.07.2013\n\nStadt Neustadt, den 24.07.2013 Beschluss aus der Sitzung des "
         "Sozialausschusses der Stadt Neustadt am 14.03.2013 Öffentliche Sitzung 2. Kita Süd\n",
         "minutes", None, "2013-03-14", None),
        ("Seite eines Portals\n\nÖffentliche Niederschrift (Schulausschuss)\n\nDatum\n01.03.2018\n\n"
         "Stadt Neustadt Niederschrift (öffentlich) über die Sitzung des Schulausschusses der Stadt Neustadt "
         "am 01.03.2018 Sitzungsort: Rathaus\n", "minutes", "Niederschrift", "2018-03-01", None),
        ("Tagesordnung\nfür die Sitzung des Bauausschusses am 11.04.2024\n\nTOP 1 Eröffnung\n",
         "agenda", "Tagesordnung", "2024-04-11", None),
    ],
)
def test_heads_of_papers(text, dtype, label, date, reference):
    doc = extract_text(text)["documents"][0]
    assert (doc["type"], doc["type_label"], doc["date"], doc["reference"]) == (dtype, label, date, reference)


# -- pages of the minutes without a heading ---------------------------------------------


@pytest.mark.parametrize(
    "text, date",
    [
        # an information system's TOP page: only the result under the item
        ("TOP 5 Sanierung der Turnhalle\n\nBeschluss:\nDer Gemeinderat nimmt den Bericht zur Kenntnis.\n", None),
        ("Beschluss:\nDer Bauausschuss nimmt den Bericht zur Kenntnis.\n", None),
        ("Ö 3 Haushaltssatzung 2024\nDer Stadtrat beschließt die Haushaltssatzung bei 2 Gegenstimmen.\n", None),
        ("Der Antrag der CDU-Fraktion wurde mehrheitlich abgelehnt.\n", None),
        ("Abstimmungsergebnis:\nJa-Stimmen: 5\nNein-Stimmen: 7\nEnthaltungen: 0\n", None),
        ("Der Gemeinderat erteilt das gemeindliche Einvernehmen zum Bauantrag.\nAbstimmung: 9:0\n", None),
        # a session line over the items dates the record
        ("Gemeinderat, Sitzung vom 02.05.2022\n\nzu 3: Kindergartengebühren\n"
         "Der Antrag wird in den Finanzausschuss verwiesen.\nEinstimmig.\n", "2022-05-02"),
        ("Stadtverordnetenversammlung\nSitzung am 15.09.2021\n\n5.1 Hundesteuersatzung\n"
         "Die Satzung wird mit großer Mehrheit beschlossen.\n", "2021-09-15"),
    ],
)
def test_a_page_that_records_a_decision_is_minutes(text, date):
    rows = extract_text(text)
    assert provenance_ok(rows)
    doc = rows["documents"][0]
    assert (doc["type"], doc["date"]) == ("minutes", date)
    assert len(rows["resolutions"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the wording a Vorlage proposes, or an earlier decision its Sachverhalt recounts, records nothing
        "Beschlussvorschlag:\nDer Gemeinderat beschließt die Sanierung der Turnhalle.\n",
        "Sachverhalt:\nDer Gemeinderat hat am 12.03.2020 einstimmig beschlossen, die Turnhalle zu sanieren.\n",
        "Der Gemeinderat möge beschließen, die Turnhalle zu sanieren.\n",
        "Beschluss:\nDer Gemeinderat soll über die Sanierung der Turnhalle entscheiden.\n",
    ],
)
def test_a_proposal_or_a_recount_is_no_record(text):
    assert extract_text(text)["documents"][0]["type"] != "minutes"


def test_a_decision_paragraph_starts_at_its_deciding_sentence():
    text = ("Protokoll\n\nGemeindevertretung vom 02.03.2004\n\n1. Eröffnung und Tagesordnung\n\n"
            "Um 19.00 Uhr eröffnet der Bürgermeister die Sitzung und stellt die Beschlussfähigkeit fest. "
            "Er erläutert, dass die Punkte 5 und 6 abgesetzt werden; hierzu wird eine neue Vorlage gefertigt. "
            "Neu hinzu kommt der Punkt 19: Überwachung des ruhenden Verkehrs. "
            "Sodann beschließt die GV, den Punkt 19 neu aufzunehmen. Abstimmungsergebnis: einstimmig\n\n"
            "2. Einwohnerfragestunde\n\nEs gibt keine Fragen.\n")
    rows = extract_text(text)
    assert provenance_ok(rows)
    (r,) = rows["resolutions"]
    assert (r["outcome"], r["unanimous"], r["decided_by"], r["date"]) == ("adopted", True, "Gemeindevertretung",
                                                                         "2004-03-02")
    assert r["quote"].startswith("Sodann beschließt")


@pytest.mark.parametrize(
    "text, organization, date",
    [
        ("Ergebnisniederschrift\nSitzung: Finanzausschuss\nTermin: Donnerstag, 09.11.2023\n", "Finanzausschuss",
         "2023-11-09"),
        ("Gremium: Haupt- und Finanzausschuss\nSitzungsdatum: 12.06.2024\n", "Haupt- und Finanzausschuss",
         "2024-06-12"),
        ("Protokoll\n\nGemeindevertretung vom 02.03.2004\n\nTagesordnung\n", "Gemeindevertretung", "2004-03-02"),
    ],
)
def test_the_session_is_a_meeting(text, organization, date):
    rows = extract_text(text)
    assert (organization, date) in [(m["organization"], m["date"]) for m in rows["meetings"]]


def test_a_gremium_field_names_the_addressee_in_full():
    doc = extract_text("Beschlussvorlage\nGremium: Haupt- und Finanzausschuss\nDatum: 12.06.2024\n")["documents"][0]
    assert doc["addressed_to"] == "Haupt- und Finanzausschuss"


@pytest.mark.parametrize(
    "text, body, date",
    [
        ("Ratssitzung vom 22.08.2017\n\nDie heutige Ratssitzung beginnt um 14 Uhr.\n", "Rat", "2017-08-22"),
        ("Gemeinderatssitzung am Dienstag, 5. Mai 2021\n\nTOP 1 Begrüßung\n", "Gemeinderat", "2021-05-05"),
        ("Kreistagssitzung vom 03.03.2025\n", "Kreistag", "2025-03-03"),
    ],
)
def test_a_session_line_of_its_own(text, body, date):
    s = read_session(text, None)
    assert s is not None and (s.body, s.date) == (body, date)


@pytest.mark.parametrize(
    "text",
    [
        # the approval of earlier minutes names that session, not this one
        "Beschluss: einstimmig\n\nDas Protokoll der Sitzung des Kulturausschusses vom 02.06.2021 wird genehmigt.\n",
        "Genehmigung der Niederschrift über die Sitzung des Bauausschusses vom 04.02.2020\n",
        # a session mentioned inside a sentence is no line of its own
        "Wie in der Ratssitzung vom 05.07.2022 besprochen, legt die Verwaltung den Plan vor.\n",
    ],
)
def test_no_session_of_this_record(text):
    assert read_session(text, None) is None


# -- full-length minutes (invented, tests/fixtures/synthetic_minutes) -----------------

_SYNTHETIC = __import__("pathlib").Path(__file__).parent / "fixtures" / "synthetic_minutes"


def _minutes_rows(name: str) -> dict:
    rows = extract_text((_SYNTHETIC / name).read_text(encoding="utf-8"), name)
    assert provenance_ok(rows)
    return rows


def _decisions(rows: dict) -> list[tuple]:
    return [(r["agenda_item"], r["outcome"], r["decided_by"], r["unanimous"], r["votes_yes"], r["votes_no"],
             r["votes_abstain"]) for r in rows["resolutions"]]


def test_long_minutes_of_a_gemeinderat_every_item_and_its_decision():
    text = (_SYNTHETIC / "gemeinderat_bw.txt").read_text(encoding="utf-8")
    tree = parse(text, {"type": "minutes"})
    # The agenda printed at the top and the Anlagen list are no items.
    assert [it.label for it in tree.items] == [str(n) for n in range(1, 15)]
    assert tree.session is not None and (tree.session.body, tree.session.date) == ("Gemeinderat", "2025-03-13")
    rows = _minutes_rows("gemeinderat_bw.txt")
    assert _decisions(rows) == [
        ("3", "adopted", "Gemeinderat", True, None, None, None),
        ("4", "adopted", "Gemeinderat", None, 12, None, 2),
        ("5", "postponed", "Gemeinderat", False, 9, 3, 1),
        ("6", "rejected", "Gemeinderat", False, 5, 9, None),  # the amendment, voted first
        ("6", "adopted", "Gemeinderat", False, None, 4, None),
        ("7", "referred", "Gemeinderat", True, None, None, None),  # "Abstimmungsergebnis: einstimmig." after the sentence
        ("8", "adopted", "Gemeinderat", True, None, None, None),
        ("9", "adopted", "Gemeinderat", True, 14, 0, 0),
        ("10", "withdrawn", "Gemeinderat", None, None, None, None),  # the paper withdrawn, thereby off the agenda
        ("11", "adopted", "Gemeinderat", True, None, None, 1),
        ("12", "noted", "Gemeinderat", None, None, None, None),
        ("13", "adopted", "Gemeinderat", False, None, None, None),  # the motion to close the debate
        ("13", "adopted", "Gemeinderat", False, None, None, None),
    ]
    assert all(r["date"] == "2025-03-13" for r in rows["resolutions"])
    motions = {m["id"]: m for m in rows["motions"]}
    assert [(m["agenda_item"], m["submitted_by"], m["motion_type"]) for m in rows["motions"]] == [
        ("5", "GR Kienzle", "Antrag"),
        ("6", "Fraktion Bürgerliste", "Antrag"),
        ("7", "Fraktion Freie Wähler", "Antrag"),  # listed in the agenda, dealt with under 7: one motion
        ("13", "GR Rapp", "Geschäftsordnungsantrag"),
    ]
    linked = [(r["agenda_item"], motions[r["motion_id"]]["submitted_by"] if r.get("motion_id") else None)
              for r in rows["resolutions"]]
    # The amendment's vote decides the amendment, the main vote the paper; a
    # motion to close the debate decides no matter of the item.
    assert ("6", "Fraktion Bürgerliste") in linked and ("6", None) in linked
    assert ("7", "Fraktion Freie Wähler") in linked and [x for x in linked if x[0] == "13"] == [
        ("13", "GR Rapp"), ("13", None)]


def test_long_minutes_of_a_stadtrat_amendments_and_procedural_motions_each_their_own_vote():
    text = (_SYNTHETIC / "stadtrat_sachsen.txt").read_text(encoding="utf-8")
    tree = parse(text, {"type": "minutes"})
    assert [it.label for it in tree.items] == [f"TOP {n}" for n in range(1, 16)]
    assert tree.session is not None and (tree.session.body, tree.session.number) == ("Stadtrat", "27")
    rows = _minutes_rows("stadtrat_sachsen.txt")
    motions = {m["id"]: m["submitted_by"] for m in rows["motions"]}
    got = [(*d, motions.get(r.get("motion_id"))) for d, r in zip(_decisions(rows), rows["resolutions"], strict=True)]
    assert got == [
        ("TOP 1", "rejected", "Stadtrat", False, 3, 17, 1, "Herr Vogel (AfD-Fraktion)"),
        ("TOP 2", "adopted", "Stadtrat", None, None, None, None, None),  # the last minutes approved
        # the amendments first, each its own vote, then the Beschluss on the paper
        ("TOP 5", "rejected", "Stadtrat", False, 5, 14, 2, "Fraktion DIE LINKE"),
        ("TOP 5", "adopted", "Stadtrat", False, 15, 4, 2, "CDU-Fraktion"),
        # "mit der beschlossenen Ergänzung", after the amendment carried: the paper as amended
        ("TOP 5", "adopted_amended", "Stadtrat", False, 15, 5, 1, None),
        ("TOP 6", "referred", "Stadtrat", False, 18, 2, 1, "Fraktion BÜNDNIS 90/DIE GRÜNEN"),
        ("TOP 7", "adopted", "Stadtrat", True, None, None, None, None),
        # the procedural motion's vote, then the decision on the purchase
        ("TOP 8", "rejected", "Stadtrat", False, None, None, None, "AfD-Fraktion"),
        ("TOP 8", "adopted", "Stadtrat", False, 16, 4, 1, None),
        ("TOP 9", "withdrawn", "Stadtrat", None, None, None, None, None),
        ("TOP 10", "referred", "Stadtrat", None, None, None, None, None),
        # the Ortschaftsrat's consent, reported: its own resolution
        ("TOP 11", "adopted", "Ortschaftsrat Kleinwiese", None, None, None, None, None),
        ("TOP 11", "adopted", "Stadtrat", True, None, None, None, None),
        ("TOP 12", "noted", "Stadtrat", None, None, None, None, None),
        ("TOP 13", "postponed", "Stadtrat", None, None, None, None, "SPD-Fraktion"),
        ("TOP 14", "noted", "Stadtrat", None, None, None, None, None),
    ]
    assert [(m["agenda_item"], m["submitted_by"], m["motion_type"]) for m in rows["motions"]] == [
        ("TOP 1", "Herr Vogel (AfD-Fraktion)", "Geschäftsordnungsantrag"),
        ("TOP 5", "Fraktion DIE LINKE", "Änderungsantrag"),
        ("TOP 5", "CDU-Fraktion", "Ergänzungsantrag"),
        ("TOP 6", "Fraktion BÜNDNIS 90/DIE GRÜNEN", "Antrag"),  # "Frau Seidel begründet den Antrag": the same one
        ("TOP 8", "AfD-Fraktion", "Geschäftsordnungsantrag"),  # the same faction, another item: another motion
        ("TOP 13", "SPD-Fraktion", "Antrag"),
    ]
    # Nothing from the attendance list, the page footers or the closing lines.
    footer = text.index("Große Kreisstadt Lindenau |")
    assert not any(r["char_start"] <= footer < r["char_end"] for r in rows["resolutions"])


def test_long_minutes_of_a_kreistag_vote_table_by_group_and_wrapped_titles():
    text = (_SYNTHETIC / "kreistag_nrw.txt").read_text(encoding="utf-8")
    tree = parse(text, {"type": "minutes"})
    assert [it.label for it in tree.items] == [f"Punkt {n}" for n in range(1, 13)]
    # a title that goes on on the next line is one title
    titles = {it.label: it.title for it in tree.items}
    assert titles["Punkt 8"] == "Antrag der CDU-Fraktion: Förderprogramm für Dorfgemeinschaftshäuser"
    assert titles["Punkt 10"] == "Wahl eines stellvertretenden Mitglieds des Jugendhilfeausschusses"
    assert all(it.public for it in tree.items)  # under "Öffentlicher Teil"
    rows = _minutes_rows("kreistag_nrw.txt")
    motions = {m["id"]: m["submitted_by"] for m in rows["motions"]}
    got = [(*d, motions.get(r.get("motion_id"))) for d, r in zip(_decisions(rows), rows["resolutions"], strict=True)]
    assert got == [
        ("Punkt 2", "adopted", "Kreistag", True, None, None, None, "SPD-Fraktion"),
        ("Punkt 4", "adopted", "Kreistag", True, None, None, 4, None),
        # the amendment's table by group, summed; then the paper
        ("Punkt 5", "rejected", "Kreistag", False, 23, 26, 0, "Fraktion GRÜNE"),
        ("Punkt 5", "adopted", "Kreistag", False, None, 6, None, None),
        ("Punkt 6", "rejected", "Kreistag", False, None, None, None, "Kreistagsmitglied Ahlers (FDP)"),
        ("Punkt 6", "adopted", "Kreistag", False, 44, 4, 1, None),
        ("Punkt 7", "noted", "Kreistag", None, None, None, None, None),
        ("Punkt 8", "referred", "Kreistag", None, None, None, None, "CDU-Fraktion"),
        ("Punkt 9", "withdrawn", "Kreistag", None, None, None, None, None),
        ("Punkt 10", "adopted", "Kreistag", True, None, None, None, None),
        ("Punkt 11", "noted", "Kreistag", None, None, None, None, None),
    ]
    assert {r["subject"] for r in rows["resolutions"] if r["agenda_item"] == "Punkt 6"} == {
        "Errichtung einer Kreisleitstelle – Zweckvereinbarung mit dem Nachbarkreis"}
    # The Kreisausschuss's recommendation reported under Punkt 4 is no decision of this session.
    assert not any(r["decided_by"] == "Kreisausschuss" for r in rows["resolutions"])
    # Nothing from the Anlagen list.
    anlagen = text.index("Anlagen\n")
    assert not any(r["char_end"] > anlagen for table in ("resolutions", "motions") for r in rows[table])


# -- lists that are no items, titles over two lines ---------------------------------------


@pytest.mark.parametrize("numbering", ["{n}.", "TOP {n}", "Punkt {n}:", "Ö {n}"])
def test_the_agenda_printed_at_the_top_of_minutes_is_no_item(numbering):
    titles = ["Eröffnung der Sitzung", "Bebauungsplan Mühlweg", "Haushalt 2026", "Verschiedenes"]
    listed = "\n".join(f"{numbering.format(n=n)} {t}" for n, t in enumerate(titles, 1))
    dealt = "\n\n".join(f"{numbering.format(n=n)} {t}\n\nDer Gemeinderat berät den Punkt ausführlich."
                        for n, t in enumerate(titles, 1))
    text = f"Niederschrift über die Sitzung des Gemeinderates am 05.05.2025\n\nTagesordnung\n{listed}\n\n{dealt}\n"
    items = parse(text, {"type": "minutes"}).items
    assert len(items) == 4 and all(text[it.start:it.end].count("berät") == 1 for it in items)


def test_an_agenda_of_its_own_keeps_its_items():
    text = "Einladung zur Sitzung des Bauausschusses am 05.05.2025\n\n1. Eröffnung\n2. Bauanträge\n3. Verschiedenes\n"
    assert [it.title for it in parse(text, {"type": "agenda"}).items] == ["Eröffnung", "Bauanträge", "Verschiedenes"]


@pytest.mark.parametrize("head", ["Anlagen:", "Anlage", "Anlagenverzeichnis"])
def test_an_anlagen_list_is_no_item(head):
    text = ("Niederschrift über die Sitzung des Gemeinderates am 05.05.2025\n\n1. Haushalt\n\nDer Gemeinderat "
            "beschließt den Haushalt.\n\n2. Verschiedenes\n\nKeine Wortmeldungen.\n\n"
            f"{head}\n1. Haushaltsplan\n2. Stellenplan\n")
    assert [it.title for it in parse(text, {"type": "minutes"}).items] == ["Haushalt", "Verschiedenes"]


@pytest.mark.parametrize(
    "heading, title",
    [
        ("TOP 6 Förderprogramm für\nDorfgemeinschaftshäuser", "Förderprogramm für Dorfgemeinschaftshäuser"),
        ("TOP 6 Zweckvereinbarung\nmit dem Nachbarkreis", "Zweckvereinbarung mit dem Nachbarkreis"),
        ("Punkt 6 der Tagesordnung: Wahl eines Mitglieds des\nJugendhilfeausschusses",
         "Wahl eines Mitglieds des Jugendhilfeausschusses"),
        ("TOP 6 Sanierung der Turnhalle\nVorlage: 2025/0101", "Sanierung der Turnhalle"),
        ("TOP 6 Sanierung der Turnhalle\nDer Gemeinderat stimmt zu.", "Sanierung der Turnhalle"),
        ("TOP 6 Sanierung der\nTOP 7 Turnhalle", "Sanierung der"),
    ],
)
def test_an_item_title_that_goes_on_on_the_next_line(heading, title):
    text = f"Niederschrift über die Sitzung des Gemeinderates am 05.05.2025\n\n{heading}\n\nText.\n"
    assert parse(text, {"type": "minutes"}).items[0].title == title


def test_long_minutes_of_a_stadtrat_in_sachsen_anhalt_every_item_with_its_papers():
    # Running footers repeat the session on each page, the agenda is printed at the head with
    # "Ö"/"N" labels, the record uses "zu TOP n:" (sub-items "zu TOP 6.1:"; TOP 11 taken before
    # TOP 7), the non-public part is only announced, and an Anlagen list closes the record.
    text = (_SYNTHETIC / "stadtrat_sachsen_anhalt.txt").read_text(encoding="utf-8")
    assert len(text.splitlines()) >= 150
    tree = parse(text, {"type": "minutes"})
    s = tree.session
    assert s is not None
    assert (s.body, s.date, s.number, s.public, s.begins, s.ends) == (
        "Stadtrat", "2026-11-19", "14", True, "18:00", "21:25")
    labels = [it.label for it in tree.items]
    assert labels == ["TOP 1", "TOP 2", "TOP 3", "TOP 4", "TOP 5", "TOP 6", "TOP 6.1", "TOP 6.2", "TOP 11",
                      "TOP 7", "TOP 8", "TOP 9", "TOP 10", "TOP 12"]
    items = {it.label: it for it in tree.items}
    assert items["TOP 3"].title == "Genehmigung der Niederschrift vom 22.10.2026"
    assert items["TOP 7"].title == 'Bebauungsplan Nr. 23 "Wohnen am Helmeufer" - Aufstellungsbeschluss'
    assert [(lab, items[lab].references, items[lab].submitter) for lab in ("TOP 6.1", "TOP 6.2", "TOP 11", "TOP 8")] == [
        ("TOP 6.1", ["BV/0231/2026"], "Bürgermeisterin"),
        ("TOP 6.2", ["BV/0232/2026"], "Bürgermeisterin"),
        # the motion's number on the "Antrag:" line, who moved it on the line after
        ("TOP 11", ["A/0019/2026"], "Fraktion AfD"),
        ("TOP 8", ["A/0017/2026"], "Fraktion DIE LINKE"),
    ]
    assert all(it.public is True for it in tree.items)
    # Items that decide have a decision block; reports and questions have none.
    deciding = {it.label for it, _b in tree.decisions() if it is not None}
    assert deciding == {"TOP 2", "TOP 3", "TOP 6.1", "TOP 6.2", "TOP 7", "TOP 8", "TOP 9", "TOP 10"}
    # The running footer is no session line of its own, the record's head no decision.
    assert not [b for b in tree.blocks if b.kind == "decision"]
    rows = _minutes_rows("stadtrat_sachsen_anhalt.txt")
    doc = rows["documents"][0]
    assert (doc["type"], doc["date"]) == ("minutes", "2026-11-19")
    assert ("Stadtrat", "2026-11-19") in [(m["organization"], m["date"]) for m in rows["meetings"]]
    decided = [(r["agenda_item"], r["outcome"]) for r in rows["resolutions"] if r["date"] == "2026-11-19"]
    assert [x for x in decided if x[0] in ("TOP 6.1", "TOP 8", "TOP 10")] == [
        ("TOP 6.1", "rejected"), ("TOP 6.1", "adopted"), ("TOP 8", "referred"), ("TOP 10", "adopted")]
    # `councildata extract FILE --structure` prints every item.
    from click.testing import CliRunner

    from councildata.cli import cli

    out = CliRunner().invoke(cli, ["extract", str(_SYNTHETIC / "stadtrat_sachsen_anhalt.txt"), "--structure"])
    assert out.exit_code == 0, out.output
    assert [ln.split()[1] + " " + ln.split()[2] for ln in out.output.splitlines() if ln.startswith("  item ")] == labels


def test_long_minutes_with_numbered_abwaegungen_numbered_beschluesse_and_an_amendment():
    text = (_SYNTHETIC / "stadtrat_bayern.txt").read_text(encoding="utf-8")
    tree = parse(text, {"type": "minutes"})
    # "ZU PUNKT" headings in capitals; the agenda printed at the top, the running
    # page headers and the Anlagen list are no items.
    assert [it.label for it in tree.items] == (
        ["PUNKT 1", "PUNKT 2", "PUNKT 3"] + [f"PUNKT 3.{n}" for n in range(1, 11)]
        + ["PUNKT 4", "PUNKT 5", "PUNKT 6"])
    assert tree.session is not None and (tree.session.body, tree.session.date) == ("Stadtrat", "2025-10-08")
    rows = _minutes_rows("stadtrat_bayern.txt")
    assert all((r["decided_by"], r["date"]) == ("Stadtrat", "2025-10-08") for r in rows["resolutions"])
    got = [(r["agenda_item"], r["outcome"], r["unanimous"], r["votes_yes"], r["votes_no"])
           for r in rows["resolutions"]]
    assert got == [
        ("PUNKT 2", "adopted", True, 19, 0),
        # each statement weighed under its own sub-item, with its own vote
        ("PUNKT 3.1", "noted", True, 20, 0),
        ("PUNKT 3.2", "adopted", False, 18, 2),
        ("PUNKT 3.3", "adopted", True, 20, 0),
        ("PUNKT 3.4", "adopted", False, 17, 3),
        ("PUNKT 3.5", "adopted", True, 20, 0),
        ("PUNKT 3.6", "adopted", False, 19, 1),  # takes note and decides
        ("PUNKT 3.7", "rejected", False, 8, 12),  # more Nein than Ja
        ("PUNKT 3.8", "adopted", False, 15, 5),
        ("PUNKT 3.9", "adopted", False, 11, 9),
        ("PUNKT 3.10", "adopted_amended", False, 16, 4),  # "mit den heute beschlossenen Änderungen"
        # "Beschluss 1:" and "Beschluss 2:" of one item: two decisions
        ("PUNKT 4", "rejected", False, 14, 6),
        ("PUNKT 4", "adopted", True, 20, 0),
        # the amendment's vote, then the statute as amended
        ("PUNKT 5", "adopted", False, 13, 7),
        ("PUNKT 5", "adopted_amended", False, 18, 2),
    ]
    subjects = {r["agenda_item"]: r["subject"] for r in rows["resolutions"]}
    assert subjects["PUNKT 3.4"] == (
        'Bebauungsplan Nr. 48 "Sonnenleite"; Abwägung der Stellungnahmen aus der Beteiligung: Wasserwirtschaftsamt')
    assert subjects["PUNKT 2"] == "Genehmigung der Niederschrift vom 10.09.2025"
    # nothing from the Bekanntgaben, the Anfragen, a page header or the Anlagen list
    assert not {"PUNKT 1", "PUNKT 6", None} & {r["agenda_item"] for r in rows["resolutions"]}
