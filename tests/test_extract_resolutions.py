"""Resolution and vote rules on passages quoted from the corpus and on
phrases in other councils' style; whole corpus documents at the end."""

from __future__ import annotations

import pytest

from councildata import model
from councildata.extract import extract_document
from councildata.extract.votes import decision_outcome, outcome_of, parse_votes, vote_outcome
from councildata.ingest import ingest_file

from .conftest import CORPUS, SEED


def _rows(text: str, name: str = "x.txt") -> dict:
    doc = model.Document(id=model.document_id(name), source_file=name, sha256="0" * 64, format="txt", text=text)
    return extract_document(doc)


def resolutions(text: str) -> list[dict]:
    return _rows(text)["resolutions"]


def corpus_rows(name: str) -> dict:
    (doc,) = ingest_file(CORPUS / name, CORPUS)
    return extract_document(doc)


def _provenance_ok(rows: dict) -> bool:
    text = rows["documents"][0]["text"]
    return all(
        text[r["char_start"] : r["char_end"]] == r["quote"]
        for table in ("resolutions", "meetings")
        for r in rows[table]
    )


def _votes(r: dict) -> tuple:
    return (r["unanimous"], r["votes_yes"], r["votes_no"], r["votes_abstain"])


# -- vote phrases ----------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("einstimmig", (True, None, None, None)),
        ("Einstimmige Zustimmung", (True, None, None, None)),
        ("einstimmig bei einer Enthaltung", (True, None, None, 1)),
        ("mehrheitlich", (False, None, None, None)),
        ("Ja: 12, Nein: 0, Enthaltungen: 0, Befangen: 0", (True, 12, 0, 0)),
        ("Mehrheitliche Ablehnung (3 JA-Stimmen, 37 Nein-Stimmen)", (False, 3, 37, None)),
        ("bei 9 Ja-Stimmen und 38 Nein-Stimmen abgelehnt", (False, 9, 38, None)),
        ("mit 12 Ja-Stimmen, einer Gegenstimme und 2 Enthaltungen", (False, 12, 1, 2)),
        ("dafür: 10, Enth.: 1", (None, 10, None, 1)),
        ("mit 17:6 Stimmen angenommen", (False, 17, 6, None)),
        ("Abstimmungsergebnis: 17:6:2", (False, 17, 6, 2)),
        ("mit 20 zu 15 Stimmen", (False, 20, 15, None)),
        ("10 Ja-Stimmen (5 CDU, 4 SPD, 1 FDP), 3 Nein-Stimmen (3 AfD)", (False, 10, 3, None)),
        ("Mit 44 Ja-Stimmen und 1 Nein-Stimme gewählt", (False, 44, 1, None)),
        ("mit zwei Gegenstimmen beschlossen", (False, None, 2, None)),
        ("Mehrheitliche Zustimmung (43 JA-Stimmen, 1 Enthaltung)", (False, 43, None, 1)),
        ("Ja-Stimmen: 20\nNein-Stimmen: 5\nStimmenthaltungen: 2", (False, 20, 5, 2)),
        ("Ja 12 / Nein 3 / Enthaltung 1", (False, 12, 3, 1)),
        ("Abstimmung: 9 Ja, 2 Nein, 1 Enthaltung", (False, 9, 2, 1)),
        ("11 : 0 : 1", (True, 11, 0, 1)),
        ("mit zwölf Ja-Stimmen bei drei Enthaltungen", (None, 12, None, 3)),
        ("ja eine Frage", (None, None, None, None)),
        ("Keine Abstimmung", (None, None, None, None)),
        ("Die Sitzung beginnt um 18:00 Uhr.", (None, None, None, None)),
    ],
)
def test_vote_phrases(phrase, expected):
    v = parse_votes(phrase, vote_outcome(phrase))
    assert _votes(v) == expected


def test_split_vote_from_the_outcome():
    # "Bei 16 Ja-Stimmen ist der Antrag abgelehnt": others voted against.
    assert parse_votes("Bei 16 Ja-Stimmen ist der Antrag abgelehnt.", "rejected")["unanimous"] is False
    assert parse_votes("mit 44 zustimmenden, einem ablehnenden und einem enthaltenden Votum")["votes_abstain"] == 1


# -- outcome words ---------------------------------------------------------


@pytest.mark.parametrize(
    "decision, vote, outcome",
    [
        ("Ablehnung des Antrags", "Mehrheitliche Ablehnung (3 JA-Stimmen, 37 Nein-Stimmen)", "rejected"),
        ("Einverstanden mit den Stellungnahmen der Verwaltung", "Keine Abstimmung", "other"),
        ("Kenntnisnahme von der Stellungnahme", "keine Abstimmung", "noted"),
        ("Der Hauptausschuss nimmt von den Ausführungen Kenntnis und beschließt die Vergabe.", "Einstimmige Zustimmung", "adopted"),
        ("Der Ortschaftsrat beschließt, die Erstellung eines Plans bis zum Frühjahr 2011 ruhen zu lassen.", "Einstimmig JA", "postponed"),
        ("Der Ortschaftsrat stimmt dem Antrag der CDU-Fraktion mit dem Ergänzungsantrag der SPD/BL.-Fraktion zu.", "Einstimmig JA", "adopted_amended"),
        ("Der Rat beschließt, den Antrag abzulehnen.", "mehrheitlich zugestimmt", "rejected"),
        ("Der Gemeinderat beschließt die Anmietung. Es wird auf die Anlage verwiesen.", "Mehrheitliche Zustimmung", "adopted"),
        ("Die Beratung wird vertagt.", "", "postponed"),
        ("Der Antrag wird in den Bauausschuss verwiesen.", "", "referred"),
        ("Der Antrag wurde zurückgezogen.", "", "withdrawn"),
        ("mehrheitlich zugestimmt der durch Änderungsantrag SPD geänderten Beschlussvorlage", "", "adopted_amended"),
        ("ungeändert beschlossen", "", "adopted"),
        ("geändert beschlossen", "", "adopted_amended"),
        ("Der Beschluss weicht wie folgt vom Antrag ab: …", "", "adopted_amended"),
    ],
)
def test_outcomes(decision, vote, outcome):
    assert decision_outcome(decision, vote) == outcome


def test_outcome_of_nothing():
    assert outcome_of("Die Verwaltung erläutert den Sachstand.") is None


# -- the seed document -----------------------------------------------------


def test_seed_resolution_exact():
    rows = corpus_rows(SEED)
    (r,) = rows["resolutions"]
    assert (r["decided_by"], r["date"], r["outcome"], r["recommended_to"]) == (
        "Sozialausschuss", "2021-09-23", "postponed", "Kreistag",
    )
    assert _votes(r) == (True, None, None, None)
    assert r["quote"].startswith("Der Sozialausschuss beschloss einstimmig, dem Kreistag zu empfehlen")
    assert r["quote"].endswith("zu sammeln.")
    assert r["motion_id"] == rows["motions"][0]["id"]
    assert _provenance_ok(rows)


# -- minutes: Beschluss blocks ---------------------------------------------

KARLSRUHE_HEAD = (
    "Niederschrift 14. Plenarsitzung des Gemeinderates \n30. September 2025, 15:30 Uhr \nöffentlich \n\n"
)


def test_beschluss_block_with_abstimmungsergebnis():
    (r,) = resolutions(
        KARLSRUHE_HEAD
        + "Punkt 24 der Tagesordnung: Abschaffung der Hundesteuer für aus dem Tierheim über-\n"
        "nommene Hunde \nAntrag: AfD \nVorlage: 2025/0517 \n \n \nBeschluss: \nAblehnung des Antrags \n \n"
        "Abstimmungsergebnis: \nMehrheitliche Ablehnung (3 JA-Stimmen, 37 Nein-Stimmen) \n \n"
        "Der Vorsitzende ruft Tagesordnungspunkt 24 zur Behandlung auf und verweist auf die er-\n"
        "folgte Vorberatung im Haupt- und Finanzausschuss am 15. Juli 2025. \n"
    )
    assert (r["decided_by"], r["date"], r["outcome"]) == ("Gemeinderat", "2025-09-30", "rejected")
    assert _votes(r) == (False, 3, 37, None)
    assert (r["agenda_item"], r["paper_reference"]) == ("Punkt 24", "2025/0517")
    assert r["rule"] == "resolution.block"


def test_one_resolution_per_ziffer():
    rows = resolutions(
        KARLSRUHE_HEAD
        + "Punkt 29 der Tagesordnung: Sanierung statt Abriss des Postgiroamtes \nAntrag: DIE LINKE. \n"
        "Vorlage: 2023/0344 \n \nBeschluss: \nMehrheitlich abgelehnt \n \nAbstimmungsergebnis: \n"
        "Ziffer 1: bei 4 Ja-Stimmen und 41 Nein-Stimmen mehrheitlich abgelehnt \n"
        "Ziffer 2: Bei 2 Ja-Stimmen und 42 Nein-Stimmen mehrheitlich abgelehnt \n"
        "Ziffer 3: bei 19 Ja-Stimmen und 26 Nein-Stimmen mehrheitlich abgelehnt \n \n"
        "Der Vorsitzende ruft Tagesordnungspunkt 29 zur Behandlung auf; verwiesen aus der Gemeinde-\n"
        "ratssitzung am 25. April 2023. \n"
    )
    assert [(r["outcome"], r["votes_yes"], r["votes_no"]) for r in rows] == [
        ("rejected", 4, 41), ("rejected", 2, 42), ("rejected", 19, 26),
    ]
    assert {r["date"] for r in rows} == {"2025-09-30"}


def test_amendment_and_unchanged_proposal_are_two_votes():
    rows = resolutions(
        KARLSRUHE_HEAD
        + "Punkt 16 der Tagesordnung: Sonnenfächer \nVorlage: IV/2022/2012 \n \nBeschluss: \n"
        "Der Gemeinderat beschließt, der Empfehlung der Verwaltung zu folgen. \n \nAbstimmungsergebnis: \n"
        "Änderungsantrag FW|FÜR: Mehrheitliche Ablehnung (11 JA-Stimmen, 29 Nein-Stimmen) \n"
        "Unveränderte Beschlussvorlage: Mehrheitliche Zustimmung (32 Ja-Stimmen, 9 Nein-Stim-\nmen) \n"
    )
    assert sorted((r["outcome"], r["votes_yes"], r["votes_no"]) for r in rows) == [
        ("adopted", 32, 9), ("rejected", 11, 29),
    ]


def test_proposal_in_a_vorlage_is_no_resolution():
    assert resolutions(
        "Beschlussvorlage \nVorlage Nr.: 2022/2486 \nBeratungsfolge dieser Vorlage \n"
        "Gremium Termin TOP ö nö Ergebnis \nGemeinderat 24.01.2023 12 X \n \n"
        "Beschlussantrag (Kurzfassung) \nDer Gemeinderat beschließt die Anmietung der Büroflächen. \n\n"
        "Beschluss: \n \nAntrag an den Gemeinderat \n \nDer Gemeinderat beschließt die Anmietung der Büroflächen. \n"
    ) == []


def test_proposal_with_recorded_vote_is_a_resolution():
    (r,) = resolutions(
        "BESCHLUSSVORLAGE \n\nBeschlussvorlage: \nDer Ortschaftsrat Hohenwettersbach spricht sich für eine ansprechende "
        "Bepflanzung der Ortseinfahrt aus. \n \nAbstimmungsergebnis (am 27. Januar 2010): \nEinstimmig JA \n"
    )
    assert (r["decided_by"], r["date"], r["outcome"], r["unanimous"]) == (
        "Ortschaftsrat Hohenwettersbach", "2010-01-27", "adopted", True,
    )


def test_beschlussvorschlag_with_counts_only():
    rows = resolutions(
        "Auszug aus der Niederschrift\nSitzung des Stadtrates vom 23.02.2023\n\nTOP 7: Haushaltssatzung 2023\n"
        "Beschlussvorschlag:\nDer Stadtrat beschließt die Haushaltssatzung 2023.\nAbstimmungsergebnis:\n"
        "Ja-Stimmen: 20\nNein-Stimmen: 5\nStimmenthaltungen: 2\n\nTOP 8: Sozialticket\nBeschlussvorschlag:\n"
        "Der Stadtrat beschließt die Einführung eines Sozialtickets.\nAbstimmungsergebnis:\n"
        "Ja-Stimmen: 6\nNein-Stimmen: 21\n"
    )
    assert [(r["decided_by"], r["date"], r["outcome"], r["agenda_item"]) for r in rows] == [
        ("Stadtrat", "2023-02-23", "adopted", "TOP 7"), ("Stadtrat", "2023-02-23", "rejected", "TOP 8"),
    ]
    assert _votes(rows[0]) == (False, 20, 5, 2)


# -- minutes in other councils' style --------------------------------------

NRW = (
    "Niederschrift\nüber die 5. öffentliche Sitzung des Bauausschusses der Stadt Musterstadt\n"
    "am Dienstag, 14.03.2023, im Ratssaal\n\n"
    "TOP 1 Genehmigung der Niederschrift\nDie Niederschrift wird einstimmig genehmigt.\n\n"
    "TOP 2 Bebauungsplan Nr. 12 \"Am Bach\"\nVorlage: 2023/0123\nBeschluss:\n"
    "Der Bauausschuss empfiehlt dem Rat, den Bebauungsplan als Satzung zu beschließen.\n"
    "Abstimmungsergebnis: Ja: 12, Nein: 0, Enthaltungen: 1, Befangen: 0\n\n"
    "TOP 3 Antrag der SPD-Fraktion: Tempo 30\n"
    "Der Antrag wird mit 5 Ja-Stimmen, 8 Nein-Stimmen und 1 Enthaltung abgelehnt.\n\n"
    "TOP 4 Verschiedenes\nDie Beratung wird vertagt.\n"
)


def test_minutes_of_a_committee():
    rows = resolutions(NRW)
    assert [(r["agenda_item"], r["outcome"]) for r in rows] == [
        ("TOP 1", "adopted"), ("TOP 2", "adopted"), ("TOP 3", "rejected"), ("TOP 4", "postponed"),
    ]
    assert {(r["decided_by"], r["date"]) for r in rows} == {("Bauausschuss", "2023-03-14")}
    top2 = rows[1]
    assert (top2["recommended_to"], top2["paper_reference"]) == ("Rat", "2023/0123")
    assert _votes(top2) == (True, 12, 0, 1)
    assert _votes(rows[2]) == (False, 5, 8, 1)


def test_passive_records_of_minutes():
    rows = resolutions(
        "Niederschrift über die Sitzung des Rates der Stadt Musterstadt am 02.02.2023\n\n"
        "TOP 1 Haushalt\nDem Antrag wird mit 30:5 Stimmen zugestimmt.\n\n"
        "TOP 2 Radweg\nDer Antrag wird zurückgezogen.\n\n"
        "TOP 3 Parkgebühren\nDer Antrag wird einstimmig in den Fachausschuss verwiesen.\n\n"
        "TOP 4 Bericht\nHerr Meier berichtet, dass der Antrag im Bauausschuss abgelehnt wurde.\n"
    )
    assert [(r["agenda_item"], r["outcome"], r["votes_yes"], r["votes_no"]) for r in rows] == [
        ("TOP 1", "adopted", 30, 5), ("TOP 2", "withdrawn", None, None), ("TOP 3", "referred", None, None),
    ]
    assert {(r["decided_by"], r["date"]) for r in rows} == {("Rat", "2023-02-02")}


def test_sentences_of_a_protocol():
    rows = resolutions(
        "Protokoll der 12. Sitzung des Kreistages am 05.10.2022\n\n"
        "TOP 3 Kreishaushalt\nDer Kreistag beschließt mit 30:12:3 Stimmen die Haushaltssatzung.\n\n"
        "TOP 4 Bericht\nDer Kreistag nimmt den Bericht zur Kenntnis.\n\n"
        "TOP 5 Antrag der CDU\nDer Kreistag stimmt dem Antrag mit 12 Ja-Stimmen, einer Gegenstimme und "
        "2 Enthaltungen zu.\n\nTOP 6 Umbesetzung\nBeschluss: einstimmig beschlossen\n\n"
        "TOP 7 Resolution\nDer Ausschuss für Umwelt und Verkehr empfiehlt dem Kreistag einstimmig, "
        "die Resolution zu verabschieden.\n"
    )
    got = [(r["decided_by"], r["outcome"], _votes(r), r["recommended_to"]) for r in rows]
    assert got == [
        ("Kreistag", "adopted", (False, 30, 12, 3), None),
        ("Kreistag", "noted", (None, None, None, None), None),
        ("Kreistag", "adopted", (False, 12, 1, 2), None),
        ("Kreistag", "adopted", (True, None, None, None), None),
        ("Ausschuss für Umwelt und Verkehr", "adopted", (True, None, None, None), "Kreistag"),
    ]
    assert {r["date"] for r in rows} == {"2022-10-05"}
    assert rows[0]["quote"] == "Der Kreistag beschließt mit 30:12:3 Stimmen die Haushaltssatzung."


def test_chair_announcements_without_beschluss_block():
    rows = resolutions(
        "NIEDERSCHRIFT \nGremium: 9. Plenarsitzung Gemeinderat \nTermin: 03/.04.03.2015, 09:00 Uhr \n\n"
        "Zunächst also die von den Grünen beantragte Erhöhung mit 25.728 €, jeweils für bei-\n"
        "de Jahre gedacht. – Bei 16 Zustimmungen mehrheitlich abgelehnt. Damit ist auch der \n"
        "Antrag der Linken erledigt. \n\nVon der KULT-Gemeinderatsfraktion eingeforderte Erhöhung um 13.000 €. – Da \n"
        "ist eine deutliche Mehrheit dafür – bei 19 Gegenstimmen beschlossen. \n\n"
        "Ich bitte um das Kartenzeichen. – Bei 16 Ja-Stimmen ist der Antrag \nabgelehnt. \n\n"
        "Wir kommen zum KULT-Antrag mit 5.000 €. – Das ist die Mehrheit, der Antrag also \nangenommen. \n\n"
        "Da bitte ich auch um das Kartenzeichen. – Das reicht \nnicht aus, um diesem Antrag zu einer Mehrheit zu verhelfen. \n"
    )
    assert [(r["outcome"], r["unanimous"], r["votes_yes"], r["votes_no"]) for r in rows] == [
        ("rejected", False, 16, None), ("adopted", False, None, 19), ("rejected", False, 16, None),
        ("adopted", False, None, None), ("rejected", False, None, None),
    ]
    assert {(r["decided_by"], r["date"]) for r in rows} == {("Gemeinderat", "2015-03-03")}


def test_what_councillors_say_is_no_decision():
    assert resolutions(
        KARLSRUHE_HEAD
        + "Punkt 16 der Tagesordnung: Sonnenfächer \n\nStadträtin Rastätter (GRÜNE): Wir haben im Grunde ja "
        "schon eine Einigung im Gemeinderat gehabt, 2014. Damals hat noch zusätzlich die Kommission und der "
        "Planungsausschuss empfohlen, dass die Ausweitung nicht fortgesetzt wird. \n"
    ) == []


# -- reports of decisions in Vorlagen, Mitteilungen, Stellungnahmen --------


def test_reported_decisions():
    rows = resolutions(
        "Beschlussvorlage\nVorlage Nr. 2023/0567\n\nBeschlussvorschlag:\nDer Rat beschließt den Bebauungsplan.\n\n"
        "Sachverhalt:\nDer Ortschaftsrat hat am 12.03.2023 einstimmig beschlossen, dem Vorhaben zuzustimmen.\n"
        "Der Bauausschuss hat den Antrag in seiner Sitzung vom 14.02.2023 an den Rat verwiesen.\n"
        "Die Stadtverordnetenversammlung hat in ihrer Sitzung am 12.05.2022 beschlossen, das Verfahren einzuleiten.\n"
        "Der Gemeinderat wird gebeten, dem Beschlussvorschlag zuzustimmen.\n"
        "Die Verwaltung empfiehlt dem Rat, den Antrag abzulehnen.\n"
    )
    assert [(r["decided_by"], r["date"], r["outcome"]) for r in rows] == [
        ("Ortschaftsrat", "2023-03-12", "adopted"),
        ("Bauausschuss", "2023-02-14", "referred"),
        ("Stadtverordnetenversammlung", "2022-05-12", "adopted"),
    ]


def test_inverted_subject_and_month_only_date():
    (r,) = resolutions(
        "Informationsvorlage\n\nAbweichend vom Beratungsergebnis des Planungsausschusses und der Empfehlung der "
        "Kunstkommis-\nsion beschloss der Gemeinderat im April 2014, dem Wunsch nach weiteren Fächerstraßen "
        "entgegenzukommen.\n"
    )
    assert (r["decided_by"], r["date"], r["outcome"]) == ("Gemeinderat", None, "adopted")


def test_decision_by_resolution_date():
    (r,) = resolutions(
        "Stellungnahme\n\nDie Höhe der Entgelte regelte der Gemeinderat über die Entgeltordnung mit Beschluss vom \n"
        "22.02.2022. \n"
    )
    assert (r["decided_by"], r["date"], r["outcome"]) == ("Gemeinderat", "2022-02-22", "adopted")


def test_present_tense_proposal_and_request_are_not_decisions():
    assert resolutions(
        "Stellungnahme\n\nDer Gemeinderat nimmt die Stellungnahme der Verwaltung zur Kenntnis und empfiehlt, dem "
        "Antrag nicht zuzustimmen.\nDer Hauptausschuss wird um Zustimmung gebeten.\n"
        "Der Ortschaftrat Wettersbach möge folgenden Beschluss fassen:\n"
    ) == []


def test_recommendation_with_vote_in_a_beschlussempfehlung():
    (r,) = resolutions(
        "Beschlussempfehlung\n\nDer Mobilitätsausschuss empfiehlt dem Hauptausschuss einstimmig, stellvertretend "
        "für die Bezirksversammlung, folgenden Beschluss zu fassen:\n\nAus Sicht der Bezirksversammlung …\n"
    )
    assert (r["decided_by"], r["outcome"], r["recommended_to"], r["unanimous"]) == (
        "Mobilitätsausschuss", "adopted", "Hauptausschuss", True,
    )


def test_passive_with_body_in_context():
    (r,) = resolutions(
        "Beschlussvorlage\n\nIm Januar 2020 befasste sich der Gemeinderat mit einem Antrag der CDU-Gemeinderatsfraktion. "
        "In der Stellungnahme empfahl die Verwaltung, es beim Beschluss zu belassen. Der Antrag und die Stellungnahme "
        "der Verwaltung wurde ohne Abstim-\nmung zur Kenntnis genommen.\n"
    )
    assert (r["decided_by"], r["outcome"], r["unanimous"]) == ("Gemeinderat", "noted", None)


def test_earlier_decision_referred_to():
    (r,) = resolutions("Betreff: Aufwertung für den Voßbarg Drs. 22-0558, Beschluss der BV vom 30.01.2025\n")
    assert (r["decided_by"], r["date"], r["outcome"], r["paper_reference"]) == (
        "Bezirksversammlung", "2025-01-30", "adopted", "22-0558",
    )


def test_beratungsfolge_results():
    rows = resolutions(
        "Beschlussvorlage \nBeratungsfolge dieser Vorlage \nGremium Termin TOP ö nö Ergebnis \n"
        "Planungsausschuss 05.10.2022 7  X vorberaten \nGemeinderat 25.10.2022 16 X  beschlossen \n"
    )
    assert [(r["decided_by"], r["date"], r["outcome"]) for r in rows] == [
        ("Planungsausschuss", "2022-10-05", "other"), ("Gemeinderat", "2022-10-25", "adopted"),
    ]


def test_result_list():
    rows = resolutions(
        "Kurzübersicht Maßnahmenpaket 1 - Entscheidung Gemeinderat\nM4_HA\n1\nJahresempfang zweijährlich\n"
        "51.250\nmehrheitlich zugestimmt\nM11_HA\n1\nÄnderungsantrag KULT: Keine Streichung\nmehrheitlich abgelehnt\n"
        "M6_OA\n2\nAuflösung des Fonds\n82.000\nmehrheitlich zugestimmt der durch Änderungsantrag SPD \n"
        "geänderten Beschussvorlage\nM9_TBA\n6\nAbschaffung der Brötchentaste\n180.000\n"
        "Bei 24 Nein-Stimmen und 23 Ja-Stimmen abgelehnt\nM9_BD\n5\nBrandmeldeanlagen abrechnen\n5.500\nerledigt\n"
    )
    assert [(r["outcome"], r["unanimous"], r["votes_yes"], r["votes_no"]) for r in rows] == [
        ("adopted", False, None, None), ("rejected", False, None, None), ("adopted_amended", False, None, None),
        ("rejected", False, 23, 24), ("other", None, None, None),
    ]
    assert {r["decided_by"] for r in rows} == {"Gemeinderat"}


def test_line_broken_sentence_is_no_result_line():
    # "ist der Antrag\nabgelehnt." is one sentence of a debate, not a table cell.
    assert resolutions("Es wurde gefragt, warum der Antrag\nabgelehnt.\n") == []


def test_english_text_gives_nothing():
    rows = _rows(
        "Minutes of the meeting of the Council held on 12 March 2024.\nThe motion was carried unanimously.\n"
        "Proposed by Cllr. Smith, seconded by Cllr. Jones. Resolved: that the report be noted.\n",
        "en.md",
    )
    assert rows["resolutions"] == [] and rows["meetings"] == []


# -- whole corpus documents ------------------------------------------------


def test_allris_item_page():
    rows = corpus_rows("de_hamburg-altona_top-protokoll_1.html")
    got = sorted((r["decided_by"], r["date"], r["outcome"]) for r in rows["resolutions"])
    assert got == [("Mobilitätsausschuss", "2025-02-17", "postponed"), ("Mobilitätsausschuss", "2025-03-03", "noted")]
    noted = next(r for r in rows["resolutions"] if r["outcome"] == "noted")
    assert noted["quote"] == "Der Ausschuss nimmt die Drucksache zur Kenntnis."
    assert noted["paper_reference"] == "22-0621"
    assert _provenance_ok(rows)


def test_minutes_excerpts():
    rows = corpus_rows("de_karlsruhe_niederschrift_3.txt")
    (r,) = rows["resolutions"]
    assert (r["decided_by"], r["date"], r["outcome"], r["agenda_item"], r["paper_reference"]) == (
        "Gemeinderat", "2022-12-20", "adopted", "Punkt 35", "2022/0980/1",
    )
    assert _votes(r) == (False, 33, 3, 7)
    assert r["motion_id"] == rows["motions"][0]["id"]
    rows = corpus_rows("de_karlsruhe_niederschrift_11.txt")
    (r,) = rows["resolutions"]
    assert (r["outcome"], r["unanimous"], r["agenda_item"]) == ("other", None, "14; 15")
    assert r["paper_reference"].count(";") == 6
    rows = corpus_rows("de_karlsruhe_niederschrift_2.txt")
    assert len(rows["resolutions"]) == 3
    assert {r["motion_id"] for r in rows["resolutions"]} == {rows["motions"][0]["id"]}


def test_long_result_list_document():
    rows = corpus_rows("de_karlsruhe_ergebnisliste_1.txt")
    res = rows["resolutions"]
    assert len(res) == 149
    assert sum(r["outcome"] == "rejected" for r in res) == 29
    assert sum(r["outcome"] == "other" for r in res) == 11
    assert _provenance_ok(rows)


@pytest.mark.parametrize("name", ["de_karlsruhe_beschlussvorlage_1.txt", "de_karlsruhe_umfrage_2.txt",
                                  "de_karlsruhe_stellungnahme_1.txt", "de_hamburg-nord_antrag_1.html"])
def test_papers_without_decisions(name):
    assert corpus_rows(name)["resolutions"] == []


def test_english_corpus_documents_give_few_rows():
    for path in sorted((CORPUS / "en").iterdir()):
        docs = ingest_file(path, CORPUS)
        for doc in docs if isinstance(docs, list) else []:
            rows = extract_document(doc)
            assert len(rows["resolutions"]) <= 2, path.name
            assert len(rows["meetings"]) <= 2, path.name


# -- decisions read from the whole passage (issue 8) -------------------------

RAT_HEAD = "Niederschrift über die 9. Sitzung des Rates der Gemeinde Musterdorf am 11.05.2024\n\n"


def test_outcome_from_the_whole_passage_not_its_first_sentence():
    (r,) = resolutions(
        RAT_HEAD + "TOP 4 Antrag der Wählergruppe: Freibad\n\nBeschluss:\n"
        "Der Rat beschließt mit 12 Ja-, 30 Nein-Stimmen:\nDer Antrag auf Sanierung des Freibades wird abgelehnt.\n"
    )
    assert (r["outcome"], r["votes_yes"], r["votes_no"]) == ("rejected", 12, 30)


def test_deciding_to_reject_is_a_rejection():
    (r,) = resolutions(RAT_HEAD + "TOP 2 Parkgebühren\n\nDer Rat beschließt einstimmig, den Antrag abzulehnen.\n")
    assert (r["outcome"], r["unanimous"]) == ("rejected", True)


def test_negated_recommendation_is_a_rejection():
    (r,) = resolutions(
        RAT_HEAD + "TOP 3 Baumschutzsatzung\n\nDer Ausschuss empfiehlt dem Rat die Annahme des Antrags nicht.\n"
    )
    assert (r["outcome"], r["recommended_to"]) == ("rejected", "Rat")


def test_counts_decide_when_no_outcome_word_does():
    (r,) = resolutions(RAT_HEAD + "TOP 5 Spielplatz\n\nDer Rat stimmt über den Antrag ab: 4 Ja-Stimmen, 9 Nein-Stimmen.\n")
    assert (r["outcome"], r["votes_yes"], r["votes_no"]) == ("rejected", 4, 9)


def test_one_decision_told_several_times_is_one_resolution():
    rows = resolutions(
        RAT_HEAD + "TOP 6 Feuerwehrhaus\n\nBeschluss: vertagt\n\n"
        "Nach längerer Diskussion beschließt der Rat, die Beratung zu vertagen.\n\n"
        "Die Beratung wird vertagt.\n"
    )
    assert [(r["outcome"], r["agenda_item"]) for r in rows] == [("postponed", "TOP 6")]


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        ("Die Mitglieder des Rates stimmen dem Antrag einstimmig zu.", "adopted"),
        ("Der Ausschuss stimmte der Vorlage mehrheitlich zu.", "adopted"),
        ("Der Rat nahm den Bericht zur Kenntnis.", "noted"),
        ("Der Bericht wird vom Rat zur Kenntnis genommen.", "noted"),
        ("Der Antrag ist mit 11:7 Stimmen angenommen.", "adopted"),
    ],
)
def test_any_verb_form_and_subject(sentence, outcome):
    (r,) = resolutions(RAT_HEAD + "TOP 7 Schulweg\n\n" + sentence + "\n")
    assert (r["outcome"], r["decided_by"], r["date"]) == (outcome, "Rat", "2024-05-11")


def test_vote_lines_by_reference():
    rows = resolutions(
        RAT_HEAD + "TOP 8 Anträge\n\nAbstimmung über 2024/0815: 3 – 5 – 1\n\n2024/0816: zur Kenntnis genommen\n"
    )
    assert [(r["paper_reference"], r["outcome"], r["votes_yes"], r["votes_no"], r["votes_abstain"]) for r in rows] == [
        ("2024/0815", "rejected", 3, 5, 1), ("2024/0816", "noted", None, None, None),
    ]


def test_session_body_and_date_are_the_fallback():
    (r,) = resolutions(
        "Bauausschuss, Sitzung vom 02.07.2024\n\nTOP 1 Carport\n\nDem Bauantrag wird einstimmig zugestimmt.\n"
    )
    assert (r["decided_by"], r["date"], r["outcome"], r["subject"]) == ("Bauausschuss", "2024-07-02", "adopted", "Carport")


def test_a_proposal_is_no_resolution_until_voted_on():
    text = "Beschlussvorlage\n\nBeschlussvorschlag:\nDer Rat beschließt die Sanierung des Rathausdaches.\n"
    assert resolutions(text) == []


def test_beschlusstext_is_content_not_a_decision():
    text = (
        RAT_HEAD + "TOP 9 Friedhofssatzung\n\nBeschlussvorschlag:\nDer Rat beschließt:\n"
        "1. Die Friedhofssatzung wird beschlossen.\n2. Die Gebühren werden angepasst.\n\n"
        "TOP 10 Kita-Gebühren\n\nBeschluss:\nDer Rat beschließt:\n1. Die Satzung wird beschlossen.\n"
        "2. Die Verwaltung wird beauftragt, die Eltern zu informieren.\n\nAbstimmungsergebnis: einstimmig\n"
    )
    rows = resolutions(text)
    assert [(r["agenda_item"], r["outcome"], r["unanimous"]) for r in rows] == [("TOP 10", "adopted", True)]


@pytest.mark.parametrize(
    "passage, outcome, votes",
    [
        ("Abstimmung über den Antrag der Fraktion:\n7 dafür, 2 dagegen", "adopted", (False, 7, 2, None)),
        ("Ergebnis: einstimmig angenommen", "adopted", (True, None, None, None)),
        ("Der Ausschuss folgt einstimmig dem Beschlussvorschlag der Verwaltung.", "adopted", (True, None, None, None)),
        ("Abstimmung über den Antrag:\n3 dafür, 8 dagegen, 1 Enthaltung", "rejected", (False, 3, 8, 1)),
    ],
)
def test_decision_passages_of_minutes(passage, outcome, votes):
    (r,) = resolutions(RAT_HEAD + "TOP 11 Straßenbeleuchtung\n\nDie Verwaltung erläutert die Vorlage.\n\n" + passage + "\n")
    assert (r["outcome"], r["decided_by"], r["date"], r["agenda_item"]) == (outcome, "Rat", "2024-05-11", "TOP 11")
    assert _votes(r) == votes


# -- result fields, referrals, agreements (phenomena first met on held-out pages, written anew) --


def test_number_with_stray_dash_before_count_word():
    votes = parse_votes("27- Ja-Stimmen (FWG, CDU)\n\n11 Nein-Stimmen (SPD)\n\n3 Enthaltungen (Linke)", "adopted")
    assert (votes["votes_yes"], votes["votes_no"], votes["votes_abstain"]) == (27, 11, 3)


def test_result_field_whose_wording_rejects_the_motion():
    (r,) = resolutions("Beschluss: mehrheitlich beschlossen\n\nAbstimmung: Ja: 31, Nein: 6, Anwesend: 37\n\n"
                       "Der Stadtrat fasst folgenden Beschluss:\n\nDer Antrag der Fraktion Freie Wähler wird abgelehnt.")
    assert (r["outcome"], r["decided_by"], _votes(r)) == ("rejected", "Stadtrat", (False, 31, 6, None))
    # wording that adopts a motion keeps the field's result
    rows = resolutions("Beschluss: einstimmig beschlossen\n\nDer Antrag der SPD-Fraktion wird angenommen.")
    assert [r["outcome"] for r in rows] == ["adopted"]


def test_referral_back_and_a_recommendation_left_to_another_body():
    (r,) = resolutions("Beschluss: zurück in die Fraktionen ohne erneute Beratung im Ausschuss\n\nBeschluss:\n\n"
                       "Die Vorlage 2024/0042 wird zur Beratung in die Fraktionen verwiesen. Es wird dem "
                       "Hauptausschuss überlassen, eine Beschlussempfehlung an den Rat abzugeben.")
    assert (r["outcome"], r["recommended_to"]) == ("referred", None)


def test_agreement_with_counts_postpones():
    (r,) = resolutions("Die Vorsitzende eröffnet die Sitzung.\n\nDer Ausschuss für Umwelt und Mobilität verständigt "
                       "sich mit 5 Stimmen dafür und zwei Stimmenthaltungen darauf, die Anträge zurückzustellen.")
    assert (r["decided_by"], r["outcome"], r["votes_yes"], r["votes_no"], r["votes_abstain"]) == (
        "Ausschuss für Umwelt und Mobilität", "postponed", 5, None, 2)


def test_decision_named_in_a_participle_phrase():
    rows = resolutions("Die Verwaltung setzt das Konzept (siehe Vorlage 2019/117, beschlossen von der "
                       "Gemeindevertretung am 12.03.2019) weiter um.")
    assert [(r["decided_by"], r["date"], r["outcome"]) for r in rows] == [("Gemeindevertretung", "2019-03-12", "adopted")]


def test_passive_decision_in_a_named_session():
    rows = resolutions("Begründung:\n\nIn der Sitzung des Kreistages vom 07.10.2020 wurde folgender Auftrag an die "
                       "Verwaltung beschlossen.")
    assert [(r["decided_by"], r["date"], r["outcome"]) for r in rows] == [("Kreistag", "2020-10-07", "adopted")]


def test_result_field_with_faction_counts_on_lines_of_their_own():
    (r,) = resolutions(
        "Beschlussauszug\n\nSitzung des Kreistages vom 14.12.2023\n\nTOP 7 Antrag der FDP-Kreistagsfraktion: "
        "Radverkehrskonzept\n\nBeschluss: mehrheitlich abgelehnt\n\nAbstimmung:\n\n12- Ja-Stimmen (FDP, Grüne)\n\n"
        "35 Nein-Stimmen (CDU, SPD)\n\n4 Enthaltungen (Linke)\n\nDer Kreistag lehnt den Antrag ab.\n"
    )
    assert (r["decided_by"], r["date"], r["outcome"], _votes(r)) == ("Kreistag", "2023-12-14", "rejected", (False, 12, 35, 4))
    assert (r["agenda_item"], r["subject"]) == ("TOP 7", "Antrag der FDP-Kreistagsfraktion: Radverkehrskonzept")


def test_subject_of_each_row_of_a_result_table():
    rows = resolutions(
        "Ergebnisse der Haushaltsberatung\n\nM1\nSenkung der Kosten für den Winterdienst an Nebenstraßen\n12.000\n"
        "einstimmig zugestimmt\nM2\nÄnderungsantrag Grüne: Erhalt der Stadtteilbibliothek Nord\n8.500\n"
        "mehrheitlich abgelehnt\n"
    )
    assert [(r["outcome"], r["subject"]) for r in rows] == [
        ("adopted", "Senkung der Kosten für den Winterdienst an Nebenstraßen"),
        ("rejected", "Änderungsantrag Grüne: Erhalt der Stadtteilbibliothek Nord"),
    ]


ORTSBEIRAT = (
    "Niederschrift über die 9. Sitzung des Ortsbeirates Nord am 11.05.2024\n\nTOP 3 Radweg\n\n"
    "Die Verwaltung stellt die Planung vor.\n\n"
)


@pytest.mark.parametrize(
    "passage, unanimous",
    [
        ("Der Beschluss erfolgte einstimmig.", True),
        ("Beschlussfassung: einstimmig", True),
        ("Der Ortsbeirat fasst einstimmig folgenden Beschluss:\nDie Satzung wird erlassen.", True),
        ("Beschluss:\nDer Ortsbeirat stimmt der Planung zu.", None),
    ],
)
def test_a_vote_without_an_outcome_word_carries_and_the_body_keeps_its_place(passage, unanimous):
    (r,) = resolutions(ORTSBEIRAT + passage + "\n")
    assert (r["outcome"], r["decided_by"], r["date"], r["unanimous"]) == (
        "adopted", "Ortsbeirat Nord", "2024-05-11", unanimous)


@pytest.mark.parametrize(
    "sentence",
    [
        "Herr Maier fragt, ob der Antrag abgelehnt wurde.",
        "Frau Roth berichtet, der Kreistag habe die Mittel beschlossen.",
        "Der Antrag der SPD vom 03.04.2024 lautet: „Der Ortsbeirat beschließt, eine Bank aufzustellen.“",
        "Der Haushalt muss im Dezember noch beschlossen werden.",
    ],
)
def test_questions_reports_and_quoted_motions_are_no_decisions(sentence):
    assert resolutions(ORTSBEIRAT + sentence + "\n") == []


def test_a_quoted_decision_is_one():
    (r,) = resolutions(
        "Mitteilung\n\nIn der Sitzung des Kulturausschusses am 04.10.2022 wurde über den Antrag beraten mit "
        "folgendem Beschluss:\n\n„Der Kulturausschuss beschloss einstimmig, die Beratung zu vertagen.“\n"
    )
    assert (r["decided_by"], r["date"], r["outcome"], r["unanimous"]) == ("Kulturausschuss", "2022-10-04", "postponed", True)


COMMITTEE_MINUTES = """Niederschrift
über die 12. öffentliche Sitzung des Ausschusses für Umwelt und Verkehr am 14.03.2024

TOP 1 Eröffnung und Feststellung der Beschlussfähigkeit

Der Vorsitzende eröffnet die Sitzung und stellt die Beschlussfähigkeit fest.

TOP 2 Antrag der Fraktion Bündnis 90/Die Grünen: Tempo 30 vor Schulen
Antrag Nr. 2024/017

Frau Klein begründet den Antrag. Herr Weber spricht sich dagegen aus.

Der Ausschuss lehnt den Antrag mit 4 Ja-Stimmen und 7 Nein-Stimmen ab.

TOP 3 Sanierung der Brücke Mühlweg
Vorlage: 2024/0031

Beschlussvorschlag:
Der Ausschuss empfiehlt dem Rat, die Sanierung zu beschließen.

Abstimmungsergebnis: 10 Ja, 0 Nein, 1 Enthaltung

TOP 4 Bericht der Verwaltung zum Winterdienst

Der Bericht wird zur Kenntnis genommen.

TOP 5 Verschiedenes

Frau Klein fragt, wann die Ampel repariert wird.
"""


def test_minutes_of_a_committee_read_by_their_structure():
    rows = _rows(COMMITTEE_MINUTES)
    got = [
        (r["agenda_item"], r["subject"], r["outcome"], r["paper_reference"], _votes(r), r["recommended_to"])
        for r in rows["resolutions"]
    ]
    assert got == [
        ("TOP 2", "Antrag der Fraktion Bündnis 90/Die Grünen: Tempo 30 vor Schulen", "rejected", "2024/017",
         (False, 4, 7, None), None),
        ("TOP 3", "Sanierung der Brücke Mühlweg", "adopted", "2024/0031", (True, 10, 0, 1), "Rat"),
        ("TOP 4", "Bericht der Verwaltung zum Winterdienst", "noted", None, (None, None, None, None), None),
    ]
    assert {(r["decided_by"], r["date"]) for r in rows["resolutions"]} == {("Ausschuss für Umwelt und Verkehr", "2024-03-14")}
    # The motion of TOP 2 is the one its resolution decides.
    (motion,) = [m for m in rows["motions"] if m["agenda_item"] == "TOP 2"]
    assert rows["resolutions"][0]["motion_id"] == motion["id"]


COUNCIL_MINUTES_NUMBERED = """Gemeinde Beispielstadt
Protokoll der Gemeinderatssitzung vom 21.11.2023

Anwesend: 14 Gemeinderäte, Bürgermeisterin Lang

1. Bürgerfragestunde
Es werden keine Fragen gestellt.

2. Bebauungsplan „Am Sportplatz“ – Satzungsbeschluss
Die Planerin stellt die Abwägung vor. Nach Aussprache fasst der Gemeinderat folgenden Beschluss:
Der Bebauungsplan „Am Sportplatz“ wird als Satzung beschlossen.
Abstimmung: 12 Ja-Stimmen, 2 Gegenstimmen

3. Antrag der Freien Wähler auf Einrichtung eines Jugendbeirats
Der Gemeinderat lehnt den Antrag mehrheitlich ab.

4. Annahme von Spenden
Den Spenden wird einstimmig zugestimmt.
"""


def test_minutes_with_bare_numbered_items_and_a_compound_session_word():
    rows = _rows(COUNCIL_MINUTES_NUMBERED)["resolutions"]
    assert [(r["agenda_item"], r["outcome"], r["decided_by"], r["date"], _votes(r)) for r in rows] == [
        ("2", "adopted", "Gemeinderat", "2023-11-21", (False, 12, 2, None)),
        ("3", "rejected", "Gemeinderat", "2023-11-21", (False, None, None, None)),
        ("4", "adopted", "Gemeinderat", "2023-11-21", (True, None, None, None)),
    ]
    assert rows[1]["subject"] == "Antrag der Freien Wähler auf Einrichtung eines Jugendbeirats"


def test_one_decision_told_twice_under_a_bare_numbered_item():
    rows = resolutions(
        "Protokoll der Gemeinderatssitzung vom 21.11.2023\n\n1. Eröffnung\n\nDie Bürgermeisterin eröffnet die Sitzung.\n\n"
        "2. Feuerwehrbedarfsplan\n\nDer Gemeinderat beschließt einstimmig, die Beratung zu vertagen.\n\n"
        "Die Beratung wird vertagt.\n"
    )
    assert [(r["agenda_item"], r["outcome"], r["unanimous"]) for r in rows] == [("2", "postponed", True)]


HAUPTAUSSCHUSS = (
    "Niederschrift über die 9. Sitzung des Hauptausschusses am 11.05.2024\n\nÖ 3 Radweg\nVorlage: 2024/0815\n\n"
    "Die Verwaltung stellt die Planung vor.\n\n"
)


@pytest.mark.parametrize(
    "sentence, outcome, unanimous",
    [
        ("Die Vorlage wird von der Tagesordnung abgesetzt.", "postponed", None),
        ("Der Ausschuss spricht sich einstimmig gegen den Antrag aus.", "rejected", True),
        ("Der Ausschuss spricht sich mehrheitlich für die Variante B aus.", "adopted", False),
    ],
)
def test_abgesetzt_and_speaking_for_or_against(sentence, outcome, unanimous):
    (r,) = resolutions(HAUPTAUSSCHUSS + sentence + "\n")
    assert (r["outcome"], r["decided_by"], r["unanimous"], r["agenda_item"], r["paper_reference"]) == (
        outcome, "Hauptausschuss", unanimous, "Ö 3", "2024/0815")
