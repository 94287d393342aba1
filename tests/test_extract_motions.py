"""Motion rules on passages quoted from the corpus and phrases in other councils' style."""

from __future__ import annotations

import pytest

from councildata import model
from councildata.extract import extract_document, orgs
from councildata.extract.motions.common import TRIGGER
from councildata.extract.motions.mentions import triggers as _triggers
from councildata.ingest import ingest_file

from .conftest import CORPUS, SEED, extract_text, provenance_ok


def _doc(text: str, name: str = "x.txt") -> dict:
    doc = model.Document(id=model.document_id(name), source_file=name, sha256="0" * 64, format="txt", text=text)
    return extract_document(doc)


def motions(text: str) -> list[dict]:
    return _doc(text)["motions"]


def corpus_rows(name: str) -> dict:
    (doc,) = ingest_file(CORPUS / name, CORPUS)
    return extract_document(doc)


def _provenance_ok(rows: dict) -> bool:
    text = rows["documents"][0]["text"]
    return all(text[r["char_start"]:r["char_end"]] == r["quote"] for r in rows["motions"])


# -- the seed document -----------------------------------------------------


def test_seed_motion_exact():
    rows = corpus_rows(SEED)
    (m,) = rows["motions"]
    assert m["submitted_by"] == "Gruppe Grüne/UWG"
    assert m["date"] == "2021-09-08"
    assert m["title"] == "Aufsuchende Beratung für Sexarbeiter*innen und Opfer von Zwangsprostitution im Landkreis Cloppenburg"
    assert m["reference"] == "V-SOZ/21/148"
    assert m["motion_type"] == "Antrag"
    assert m["quote"] == "Antrag der Gruppe Grüne/UWG vom 08.09.2021"
    assert m["submitted_by_id"] == "landkreis-cloppenburg/gruene-uwg"
    assert _provenance_ok(rows)


# -- phrasings -------------------------------------------------------------


def test_antrag_der_gruppe_vom_with_title_and_vorlage():
    (m,) = motions(
        "Bezug: Antrag der Gruppe Grüne/UWG vom 08.09.2021 – Aufsuchende Beratung für \n"
        "Sexarbeiter*innen im Landkreis Cloppenburg \nVorlage: V-SOZ/21/148 \n"
    )
    assert (m["submitted_by"], m["date"], m["reference"]) == ("Gruppe Grüne/UWG", "2021-09-08", "V-SOZ/21/148")
    assert m["title"] == "Aufsuchende Beratung für Sexarbeiter*innen im Landkreis Cloppenburg"


def test_repeated_mentions_are_one_motion():
    text = (
        "Bezug: Antrag der Gruppe Grüne/UWG vom 08.09.2021 – Aufsuchende Beratung\n\n"
        "In der Sitzung wurde über den Antrag der Gruppe GRÜNE/UWG beraten. Die Beratung zum Antrag "
        "der Gruppe GRÜNE/UWG vom 08.09.2021 wurde vertagt, wie in dem Antrag der GRÜNEN/UWG vom \n"
        "08.09.2021 vorgeschlagen.\n"
    )
    (m,) = motions(text)
    assert m["date"] == "2021-09-08"


def test_minutes_header_colon_forms():
    text = (
        "Niederschrift 16. Plenarsitzung des Gemeinderates\n20. Oktober 2020, 15:30 Uhr\n\n"
        "Punkt 10 der Tagesordnung: Erhaltungssatzung zum Milieuschutz: Umsetzung Maßnahmepaket\n"
        "Vorlage: 2020/1078\n"
        "Erhaltungsatzung zum Milieuschutz für die Karlsruher Südstadt\n"
        "Gemeinsamer Antrag: KULT, GRÜNE, FDP, DIE LINKE.\nVorlage: 2019/0403\n"
        "Soziale Erhaltungsatzung\nAntrag: SPD\nVorlage: 2019/0255\n"
        "Erhaltungssatzung zum Milieuschutz\n"
        "Interfraktioneller Änderungsantrag: DIE LINKE., KAL/Die PARTEI\nVorlage: 2020/0460\n"
        "Erhaltungssatzung zum Milieuschutz\nErgänzungsantrag: DIE LINKE:\nVorlage: 2020/1121\n"
    )
    got = [(m["submitted_by"], m["reference"], m["motion_type"]) for m in motions(text)]
    assert got == [
        ("KULT, GRÜNE, FDP, DIE LINKE.", "2019/0403", "Antrag"),
        ("SPD", "2019/0255", "Antrag"),
        ("DIE LINKE., KAL/Die PARTEI", "2020/0460", "Änderungsantrag"),
        ("DIE LINKE", "2020/1121", "Ergänzungsantrag"),
    ]
    assert motions(text)[1]["title"] == "Soziale Erhaltungsatzung"


def test_same_faction_different_numbers_are_different_motions():
    text = (
        "Punkt 14.2 der Tagesordnung: Feiern statt feuern: Sicheres Silvester in Karlsruhe\n"
        "Antrag: GRÜNE\nVorlage: 2020/0079\nÄnderungsantrag GRÜNE\nVorlage: 2020/0939\n"
        "Punkt 15.1 der Tagesordnung: Sicherheitsmaßnahmen im Karlsruher Zoo\nAntrag: GRÜNE\nVorlage: 2020/0055\n"
    )
    got = [(m["submitted_by"], m["reference"]) for m in motions(text)]
    assert got == [("GRÜNE", "2020/0079"), ("GRÜNE", "2020/0939"), ("GRÜNE", "2020/0055")]
    assert motions(text)[0]["title"] == "Feiern statt feuern: Sicheres Silvester in Karlsruhe"


def test_results_list_amendments():
    text = (
        "M4_HA\n1\nÄnderungsantrag CDU/SPD/GRÜNE/KULT/FDP: Den städtischen Jahresempfang wieder im "
        "zweijährlichen Rhythmus durchführen\nmehrheitlich zugestimmt\n"
        "M18_HA\n1\nÄnderungsantrag: GRÜNE: Entwicklung eines Konzepts für die Integration von KiX + JuX\n"
        "mehrheitlich abgelehnt\n"
    )
    ms = motions(text)
    assert [m["submitted_by"] for m in ms] == ["CDU/SPD/GRÜNE/KULT/FDP", "GRÜNE"]
    assert ms[0]["title"] == "Den städtischen Jahresempfang wieder im zweijährlichen Rhythmus durchführen"
    assert ms[0]["submitted_by_id"] == "cdu-spd-gruene-kult-fdp"


def test_numbered_budget_motions():
    text = (
        "Antrag Nr. 101 (S. 202): Internationaler Bund, Erhöhung Zuschuss (GRÜNE, Die \nLinke)\n"
        "Antrag Nr. 102 (S. 202): Internationaler Bund, Erhöhung Zuschuss (KULT)\n"
    )
    ms = motions(text)
    assert [(m["submitted_by"], m["reference"]) for m in ms] == [("GRÜNE, Die Linke", "101"), ("KULT", "102")]
    assert ms[0]["title"] == "Internationaler Bund, Erhöhung Zuschuss"


def test_councillors_with_their_faction():
    text = (
        "a ) Antrag von Ortschaftsrätin Wefels-Wissmann und der CDU \n"
        "    Ortschaftsratsfraktion Hohenwettersbach vom 13. Januar 2010: \n"
        "    Stadtteilentwicklung Hohenwettersbach \n\n"
        "Der Ortschaftsrat stimmt dem Antrag der CDU-Fraktion mit dem Ergänzungsantrag der SPD/BL.-Fraktion zu.\n"
    )
    ms = motions(text)
    assert ms[0]["submitted_by"] == "Ortschaftsrätin Wefels-Wissmann und der CDU Ortschaftsratsfraktion Hohenwettersbach"
    assert ms[0]["date"] == "2010-01-13"
    assert ms[0]["title"] == "Stadtteilentwicklung Hohenwettersbach"
    # The later "Antrag der CDU-Fraktion" is the same motion; the amendment is its own.
    assert [(m["submitted_by"], m["motion_type"]) for m in ms[1:]] == [("SPD/BL.-Fraktion", "Ergänzungsantrag")]


def test_title_before_in_brackets_and_joint_factions():
    (m,) = motions("Betreff:\nRattenplage im Bahnhofsviertel beenden (Antrag der SPD- und GRÜNE-Fraktion)\n")
    assert m["submitted_by"] == "SPD- und GRÜNE-Fraktion"
    assert m["title"] == "Rattenplage im Bahnhofsviertel beenden"


def test_agenda_row_with_paper_number():
    text = (
        "TOP Betreff Drucksache\n"
        "Ö 5.1 Bezirksversammlung immer gut informiert: § 19 Vereinbarung schließen Antrag der CDU-Fraktion 22-0455\n"
        "Ö 5.4 Wichtige Personalwechsel im Bezirksamt anzeigen Antrag der CDU-Fraktion 22-2207\n"
        "Ö 4.1 Antrag auf sichere Querungsmöglichkeit für Kinder Eingabe 22-2375\n"
    )
    ms = motions(text)
    assert [(m["submitted_by"], m["reference"]) for m in ms] == [("CDU-Fraktion", "22-0455"), ("CDU-Fraktion", "22-2207")]
    assert ms[1]["title"] == "Wichtige Personalwechsel im Bezirksamt anzeigen"


def test_other_councils_phrasings():
    (m,) = motions("Antrag der SPD-Kreistagsfraktion vom 01.02.2022 betr. Einrichtung eines Jugendparlaments\n")
    assert (m["submitted_by"], m["date"], m["title"]) == (
        "SPD-Kreistagsfraktion", "2022-02-01", "Einrichtung eines Jugendparlaments")
    (m,) = motions("Der Ausschuss beriet den Antrag der Fraktionen von CDU und SPD (Drucksache 20/1234).\n")
    assert (m["submitted_by"], m["reference"]) == ("Fraktionen von CDU und SPD", "20/1234")
    (m,) = motions("Dringlichkeitsantrag der Fraktion BÜNDNIS 90/DIE GRÜNEN: Klimanotstand ausrufen\n")
    assert (m["motion_type"], m["title"]) == ("Dringlichkeitsantrag", "Klimanotstand ausrufen")
    (m,) = motions("Der Rat beschließt auf Antrag von Ratsherr Müller (CDU) die Aufstellung.\n")
    assert m["submitted_by"] == "Ratsherr Müller (CDU)"
    (m,) = motions("Tagesordnung\n1. Antrag der Gruppe SPD/Grüne vom 02.02.2023 - Klimaschutzkonzept (Drucksache 2023/044)\n"
                   "2. Anfrage der AfD-Fraktion vom 03.02.2023\n")
    assert (m["submitted_by"], m["reference"], m["title"]) == ("Gruppe SPD/Grüne", "2023/044", "Klimaschutzkonzept")


def test_agenda_item_with_hier_line():
    text = (
        "TOP 6.: Antrag auf Änderung des Bebauungsplanes für das Segelfluggelände;\n"
        "hier: Antrag der CDU-Fraktion, eingegangen am 16.03.2017\nErgebnis: einstimmig, 0 Enthaltungen\n"
        "Beschlussdatei: Beschlusstext (Antrag auf Änderung des Bebauungsplanes für das Segelfluggelände;\n"
        "hier: Antrag der CDU-Fraktion, eingegangen am 16.03.2017)\n"
    )
    (m,) = motions(text)
    assert (m["submitted_by"], m["date"]) == ("CDU-Fraktion", "2017-03-16")
    assert m["title"] == "Antrag auf Änderung des Bebauungsplanes für das Segelfluggelände"


@pytest.mark.parametrize("text", [
    "Die Anfrage der CDU-Fraktion vom 1.2.2023 wird beantwortet.\n",
    "Antrag an den Gemeinderat\n\nDer Gemeinderat beschließt die Anmietung.\n",
    "Karl-Weysser-Straße, Karlsruhe-Durlach, Antrag auf Veränderungssperre\n",
    "Antrag der Verwaltung: Der Rat nimmt Kenntnis.\n",
    "Antrag: \nDer Ortschaftrat Wettersbach möge folgenden Beschluss fassen:\n",
    "TOP 8: Antrag der LG Region Karlsruhe: Förderung der Langen Laufnacht 2023\n",
    "Der Bürgermeister verweist auf den Antrag von Herrn Müller vom 3.4.2022.\n",
    "Die Anträge vom Internationalen Bund haben uns überzeugt; der Antrag der Kollegen auch.\n",
])
def test_not_motions(text):
    assert motions(text) == []


def test_faction_line_header_of_a_motion_paper():
    text = (
        "\n\nErgänzungsantrag \n \n \n \nGedruckt auf 100 \nProzent Recyclingpapier\n \n \n \n"
        "DIE LINKE.-Gemeinderatsfraktion \n \nEingang: 23.03.2021 \n \nVorlage Nr.:   2021/0379  \n"
        "Pilotprojekt zur Regulierung des öffentlichen Raums für E-Scooter \n \n \n"
        "Gremium Termin TOP ö nö \nGemeinderat 23.03.2021 26 x  \n \n"
        "Der Gemeinderat möge folgendes beschließen:  \n"
    )
    (m,) = motions(text)
    assert (m["submitted_by"], m["date"], m["reference"], m["motion_type"]) == (
        "DIE LINKE.-Gemeinderatsfraktion", "2021-03-23", "2021/0379", "Ergänzungsantrag")
    assert m["title"] == "Pilotprojekt zur Regulierung des öffentlichen Raums für E-Scooter"
    assert m["rule"] == "motion.header"


def test_two_faction_lines_are_one_joint_motion():
    text = (
        "Stadt Karlsruhe\nDer Oberbürgermeister\n\nInterfraktioneller ÄNDERUNGSANTRAG\n\n"
        "DIE LINKE.-Gemeinderatsfraktion\nKAL/Die PARTEI-Gemeinderatsfraktion\n\nVorlage Nr.:\n\n\n2020/0460\n"
        "Erhaltungssatzung zum Milieuschutz\n\nGremium Termin TOP\nGemeinderat 30.06.2020 14.3\n"
    )
    (m,) = motions(text)
    assert m["submitted_by"] == "DIE LINKE.-Gemeinderatsfraktion KAL/Die PARTEI-Gemeinderatsfraktion"
    assert (m["reference"], m["motion_type"]) == ("2020/0460", "Änderungsantrag")


def test_inquiry_paper_has_no_motion():
    text = (
        "Anfrage\n\nFDP-Gemeinderatsfraktion\n\nEingang: 11.11.2022\n\nVorlage Nr.: 2022/2295\n"
        "Geplante Änderungen beim Service\n\nGremium Termin TOP ö nö\nGemeinderat 20.12.2022 46 x\n"
    )
    assert motions(text) == []


def test_letter_style_motion():
    text = (
        "SPD-Fraktion im Rat der Stadt Musterstadt\nMusterstadt, 12.03.2023\n\nAn den Bürgermeister\n\n"
        "Antrag\n\nEinrichtung eines Jugendparlaments\n\nSehr geehrter Herr Bürgermeister,\n"
        "die SPD-Fraktion beantragt, der Rat möge beschließen: ...\n"
    )
    (m,) = motions(text)
    assert m["submitted_by"] == "SPD-Fraktion"
    assert m["submitted_by_id"] == "stadt-musterstadt/spd"


def test_debate_reports_a_joint_motion():
    text = (
        "Stadtrat Bauer (GRÜNE): In der vergangenen Sitzung haben wir diskutiert. Nicht zuletzt haben wir daher mit \n"
        "der CDU-Fraktion gemeinsam einen Antrag eingebracht, der in der nächsten Sitzung diskutiert wird.\n"
    )
    (m,) = motions(text)
    assert orgs.party_names(m["submitted_by"]) == ["GRÜNE", "CDU"]
    assert m["rule"] == "motion.speech"


def test_keys_link_rows_to_submitters():
    rows = corpus_rows("de_karlsruhe_niederschrift_11.txt")
    # Keys are dropped after linking; every row has an organisation.
    assert all(r["submitted_by_id"] for r in rows["motions"])
    assert not any(k.startswith("_") for r in rows["motions"] for k in r)


def test_trigger_prefilter_agrees_with_pattern():
    text = "Der Änderungs-/Ergänzungsantrag und der gemeinsame Antrag; ANTRAG; Sondermittelanträge; Antragsteller"
    assert [m.span() for m in _triggers(text)] == [m.span() for m in TRIGGER.finditer(text)]


# -- motions made in a meeting, lists, procedural motions ---------------------

MINUTES = "Niederschrift über die Sitzung des Gemeinderates am 12.03.2024\n\n"


def _moved(sentence: str) -> list[tuple]:
    rows = extract_text(MINUTES + sentence)
    assert provenance_ok(rows)
    return [(m["submitted_by"], m["motion_type"]) for m in rows["motions"]]


@pytest.mark.parametrize("sentence,expected", [
    ("Herr Stadtrat Dr. Weber beantragte die namentliche Abstimmung.", [("Herr Stadtrat Dr. Weber", "Geschäftsordnungsantrag")]),
    ("Zu Beginn beantragte Bürgermeister Lenz, die Reihenfolge der Punkte zu ändern.", [("Bürgermeister Lenz", "Antrag")]),
    ("Ratsfrau Kühn stellt ihren Antrag den Ratsmitgliedern vor.", [("Ratsfrau Kühn", "Antrag")]),
    ("Anschließend bringt Frau Ahrens (SPD) den Änderungsantrag ein.", [("Frau Ahrens (SPD)", "Änderungsantrag")]),
    ("Frau Roth bringt für die Fraktion BÜNDNIS 90/DIE GRÜNEN den Ergänzungs-Antrag ein.",
     [("Fraktion BÜNDNIS 90/DIE GRÜNEN", "Ergänzungsantrag")]),
    ("Die CDU-Fraktion stellt einen Antrag zur Geschäftsordnung auf Schluss der Debatte.",
     [("CDU-Fraktion", "Geschäftsordnungsantrag")]),
    ("Herr Kunz (FDP) stellt einen GO-Antrag auf Vertagung.", [("Herr Kunz (FDP)", "Geschäftsordnungsantrag")]),
    ("Es folgt ein Geschäftsordnungsantrag des Landrats auf Absetzung des Punktes.", [("Landrat", "Geschäftsordnungsantrag")]),
    ("Stadtrat Vogel begründet den Antrag ausführlich.", [("Stadtrat Vogel", "Antrag")]),
    # what is no motion of the one who speaks
    ("Herr Meier stellt den Antrag zur Abstimmung.", []),
    ("Herr Schmidt erläutert den Antrag.", []),  # maybe the administration's speaker
    ("Die Vertagung wurde beantragt.", []),
    ("Der Ortschaftsrat Grünwettersbach beantragt die Bereitstellung der Mittel.", []),
    ("Der Vorsitzende stellt den Antrag der SPD-Fraktion vor.", [("SPD-Fraktion", "Antrag")]),
])
def test_motions_moved_in_the_meeting(sentence, expected):
    assert _moved(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("TOP 5 Einrichtung eines Jugendbeirats (Antrag SPD)\n", [("SPD", "Antrag", None, "Einrichtung eines Jugendbeirats")]),
    ("TOP 6 Antrag (CDU-Fraktion): Sanierung Freibad\n", [("CDU-Fraktion", "Antrag", None, "Sanierung Freibad")]),
    ("Der SPD-Antrag wird mehrheitlich abgelehnt.", [("SPD", "Antrag", None, None)]),
    ("Der GO-Antrag wird angenommen.", []),
    ("Die Fraktion DIE LINKE hat mit Schreiben vom 01.03.2024 beantragt, einen Jugendbeirat einzurichten.",
     [("Fraktion DIE LINKE", "Antrag", "2024-03-01", None)]),
    ("Mit Schreiben vom 01.03.2024 beantragt die CDU-Fraktion, die Straße zu sanieren.",
     [("CDU-Fraktion", "Antrag", "2024-03-01", None)]),
    ("Die Verwaltung hat beantragt, die Mittel zu erhöhen.", []),
    ("Auf Antrag von Herrn Stadtrat Meier wird die Sitzung unterbrochen.", [("Herrn Stadtrat Meier", "Geschäftsordnungsantrag", None, None)]),
    ("Der Antrag der Stadträtin Meier vom 01.03.2024 wird abgelehnt.", [("Stadträtin Meier", "Antrag", "2024-03-01", None)]),
    ("Änderungsantrag von Ratsherr Dr. Krüger: Verlängerung der Frist\n",
     [("Ratsherr Dr. Krüger", "Änderungsantrag", None, "Verlängerung der Frist")]),
    ("Dringlichkeitsantrag gem. § 12 GeschO der CDU-Fraktion vom 10.03.2024: Hochwasserhilfe\n",
     [("CDU-Fraktion", "Dringlichkeitsantrag", "2024-03-10", "Hochwasserhilfe")]),
])
def test_motion_words_joined_bracketed_and_dated_by_letter(sentence, expected):
    rows = extract_text(MINUTES + sentence)
    assert provenance_ok(rows)
    assert [(m["submitted_by"], m["motion_type"], m["date"], m["title"]) for m in rows["motions"]] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Die Anträge der Fraktionen SPD und CDU zur Radverkehrsplanung werden gemeinsam beraten.",
     [("SPD", "Antrag"), ("CDU", "Antrag")]),
    ("Es liegen Änderungsanträge der CDU-Fraktion und der Fraktion DIE LINKE vor.",
     [("CDU-Fraktion", "Änderungsantrag"), ("Fraktion DIE LINKE", "Änderungsantrag")]),
    ("Die Anträge von SPD, GRÜNEN und FDP wurden abgelehnt.", [("SPD", "Antrag"), ("GRÜNEN", "Antrag"), ("FDP", "Antrag")]),
    ("Die Anträge der Bürgerinnen und Bürger wurden beraten.", []),
])
def test_motions_of_several_submitters_named_together(sentence, expected):
    assert _moved(sentence) == expected


def test_a_submitter_field_in_a_papers_head():
    rows = extract_text("Beschlussvorlage\nVorlage Nr.: 2024/123\nBetreff: Radweg Hauptstraße\n"
                        "Antragsteller: CDU-Fraktion\nEingang: 01.02.2024\n")
    assert provenance_ok(rows)
    assert [(m["submitted_by"], m["title"], m["reference"], m["date"]) for m in rows["motions"]] == [
        ("CDU-Fraktion", "Radweg Hauptstraße", "2024/123", "2024-02-01")]


def test_rows_of_an_agenda_numbered_without_top():
    text = ("Tagesordnung\nfür die öffentliche Sitzung des Gemeinderates am 12.03.2024\n\n1. Begrüßung\n"
            "2. Einrichtung eines Jugendbeirats\nFraktion BÜNDNIS 90/DIE GRÜNEN\nVorlage: 2024/017\n"
            "3. Sanierung Freibad (CDU-Fraktion)\n4. Verschiedenes\n")
    rows = extract_text(text)
    assert provenance_ok(rows)
    assert [(m["submitted_by"], m["title"], m["reference"]) for m in rows["motions"]] == [
        ("Fraktion BÜNDNIS 90/DIE GRÜNEN", "Einrichtung eines Jugendbeirats", "2024/017"),
        ("CDU-Fraktion", "Sanierung Freibad", None),
    ]


def test_outside_a_record_of_a_meeting_only_factions_move():
    text = "Mitteilung zum Bauausschuss am 12.03.2024\n\nBürgermeister Lenz beantragt Fördermittel beim Land. "
    assert extract_text(text + "Die SPD-Fraktion beantragt, den Radweg zu verlängern.")["motions"][0]["submitted_by"] == "SPD-Fraktion"
    assert extract_text(text)["motions"] == []


def test_a_councillor_moving_a_motion_is_no_organisation():
    rows = extract_text(MINUTES + "Zu Beginn beantragte Bürgermeister Lenz, die Reihenfolge zu ändern.")
    (m,) = rows["motions"]
    assert m["submitted_by_id"] is None
    assert not any("Lenz" in o["name"] for o in rows["organizations"])


def test_item_heads_mark_motions_by_their_submitter():
    text = MINUTES + (
        "TOP 5 Einrichtung eines Jugendbeirats\nFraktion BÜNDNIS 90/DIE GRÜNEN\nVorlage: 2023/123\n\n"
        "Der Rat beschließt einstimmig.\n\n"
        "TOP 6 Sanierung Freibad (SPD-Fraktion)\n\n"
        "Ö 7 Radweg Hauptstraße / CDU-Fraktion / 2024/017\n\n"
        "TOP 8 Anfrage zu Radwegen\nSPD-Fraktion\n\n"
        "TOP 9 Haushalt 2024\nAntragsteller: Gruppe GRÜNE/UWG\n\n"
        "TOP 10 Bericht der Verwaltung\n"
    )
    rows = extract_text(text)
    assert provenance_ok(rows)
    got = [(m["submitted_by"], m["title"], m["reference"]) for m in rows["motions"]]
    assert got == [
        ("Fraktion BÜNDNIS 90/DIE GRÜNEN", "Einrichtung eines Jugendbeirats", "2023/123"),
        ("SPD-Fraktion", "Sanierung Freibad", None),
        ("CDU-Fraktion", "Radweg Hauptstraße", "2024/017"),
        ("Gruppe GRÜNE/UWG", "Haushalt 2024", None),
    ]


# -- the corpus ------------------------------------------------------------


@pytest.mark.parametrize("name,expected", [
    ("de_karlsruhe_antrag_1.txt", [("AfD", "2025-05-26", "2025/0517")]),
    ("de_karlsruhe_antrag_4.txt", [("SPD-Ortschaftsratsfraktion Wettersbach", "2023-08-17", "2023/0938")]),
    ("de_karlsruhe_stellungnahme_3.txt", [("GRÜNE-Gemeinderatsfraktion", None, "2022/0980/1")]),
    ("de_karlsruhe_anfrage_2.txt", []),
    ("de_karlsruhe_niederschrift_4.txt", []),
    ("de_hamburg-harburg_antwort_1.html", []),
    ("de_hamburg-nord_antrag_1.html", [("GRÜNE-Fraktion", None, "22-2402")]),
])
def test_corpus_documents(name, expected):
    rows = corpus_rows(name)
    assert [(m["submitted_by"], m["date"], m["reference"]) for m in rows["motions"]] == expected
    assert _provenance_ok(rows)


def test_corpus_scores():
    from councildata.evaluate import load_gold, score

    gold = load_gold(CORPUS)
    out: dict[str, list] = {t: [] for t in model.TABLES}
    for source_file in gold:
        docs = ingest_file(CORPUS / source_file, CORPUS)
        for doc in docs:
            for table, rows in extract_document(doc).items():
                out[table].extend(rows)
    report = score(gold, out)
    motions_report = report["tables"]["motions"]
    assert motions_report["f1"] >= 0.9
    assert motions_report["macro_f1"] >= 0.9
