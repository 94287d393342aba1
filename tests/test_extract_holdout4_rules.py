"""Rules of the fix round on the fourth held-out set (tests/fixtures/holdout4),
written for German council language, not for one document: pages of the
minutes without a session header (a "Protokollvermerk:", a named speaker
reported in the present, the mayor opening the session, the members
agreeing, a decision in the passive standing as its own paragraph, a report
"Aus der Gemeinderatssitzung vom …"); assent to the proposal before it
("… schlägt vor, … zu verweisen. Der Gemeinderat ist damit einverstanden.");
the building-law consent ("wurde das Einvernehmen erteilt / versagt"); one
decision per line in a report; "St." (Sankt) inside a sentence; meetings
"Sitzung des X der Stadt Y am DATE" and "dem X in seiner öffentlichen Sitzung
am DATE". Every sentence here is written for the test, none is copied from
the held-out documents."""

from __future__ import annotations

import pytest

from .conftest import extract_text, provenance_ok


def _resolutions(text: str) -> list[dict]:
    rows = extract_text(text)
    assert provenance_ok(rows)
    return rows["resolutions"]


# -- document type ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Protokollvermerk:\n\nDie Sitzung wird für zehn Minuten unterbrochen.",
        "Der Bürgermeister begrüßt die Gäste und die Mitglieder des Rates.",
        "Herr Lehmann erläutert die Kostenschätzung für den Anbau der Grundschule.",
        "Frau Stadträtin Berger fragt nach dem Zeitplan für die Sanierung.",
        "Nach kurzer Aussprache. Die Ratsmitglieder stimmen dem Vorschlag zu.",
        "Aus der Ortschaftsratssitzung vom 4. Mai 2021\n\n1. Spielplatz\nDer Spielplatz wird erneuert.",
        "Die Verwaltung stellt den Haushaltsentwurf vor.\n\nDer Bericht über den Haushalt wird zur Kenntnis genommen.",
        "Beschluss:\n\nDie Anschaffung eines Mannschaftstransportwagens wird genehmigt.",
    ],
)
def test_pages_of_the_minutes_without_a_header(text):
    assert extract_text(text)["documents"][0]["type"] == "minutes"


@pytest.mark.parametrize(
    "text",
    [
        # the same passive sentence as a Vorlage's proposal, or under its Sachverhalt, is no record
        "Beschlussvorschlag:\n\nDer Bericht über den Haushalt wird zur Kenntnis genommen.",
        "Sachverhalt:\nDie Kosten steigen.\n\nDer Bericht über den Haushalt wird zur Kenntnis genommen.",
    ],
)
def test_a_proposal_in_the_passive_stays_no_record(text):
    assert extract_text(text)["documents"][0]["type"] != "minutes"


# -- resolutions -----------------------------------------------------------------


def test_a_decision_standing_alone_is_a_resolution_without_body_or_date():
    rows = _resolutions("Die Kämmerin erläutert die Zahlen.\n\nDer Jahresbericht des Bauhofs wird zur Kenntnis genommen.\n")
    assert [(r["outcome"], r["decided_by"], r["date"]) for r in rows] == [("noted", None, None)]


def test_a_passive_decision_under_a_beschluss_label():
    rows = _resolutions("Beschluss:\n\nDie Beschaffung von zwei Streufahrzeugen wird genehmigt.\n")
    assert [r["outcome"] for r in rows] == ["adopted"]


@pytest.mark.parametrize(
    "text, outcome, body, unanimous",
    [
        ("Protokollvermerk:\n\nDer Vorsitzende schlägt vor, die Angelegenheit an den Bauausschuss zu verweisen. "
         "Der Gemeinderat ist damit einverstanden.\n", "referred", "Gemeinderat", None),
        ("Herr Wolf erläutert den Antrag.\n\nDie Bürgermeisterin regt an, den Punkt zu vertagen. "
         "Die Ausschussmitglieder stimmen dem Vorschlag einstimmig zu.\n", "postponed", None, True),
        ("Herr Wolf erläutert den Antrag.\n\nDie Ausschussmitglieder erklären sich einstimmig damit "
         "einverstanden, somit gilt der Antrag als erledigt.\n", "other", None, True),
        ("Herr Wolf erläutert den Antrag.\n\nDie Ratsmitglieder stimmen dem Antrag zu.\n", "adopted", None, None),
    ],
)
def test_assent_to_what_was_proposed(text, outcome, body, unanimous):
    rows = _resolutions(text)
    assert [(r["rule"], r["outcome"], r["decided_by"], r["unanimous"]) for r in rows] == [
        ("resolution.assent", outcome, body, unanimous)
    ]


def test_assent_quotes_the_proposal_it_adopts():
    text = ("Protokollvermerk:\n\nDie Vorsitzende schlägt vor, den Antrag in den Sozialausschuss zu verweisen. "
            "Der Stadtrat ist damit einverstanden.\n")
    (row,) = _resolutions(text)
    assert row["quote"] == "den Antrag in den Sozialausschuss zu verweisen. Der Stadtrat ist damit einverstanden."


def test_a_chair_agreeing_is_no_decision():
    rows = _resolutions("Protokollvermerk:\n\nDer Vorsitzende ist damit einverstanden.\n")
    assert rows == []


def test_building_consent_granted_or_refused_one_per_line_with_the_session_date():
    text = (
        "Gemeinde Beispielhausen\nArtikel vom 20.06.2019\n\nAus der Gemeinderatssitzung vom 3. Juni 2019\n\n"
        "1. Bauanträge\n"
        "Einem Bauantrag auf Errichtung eines Carports in der Lindenstraße wurde das Einvernehmen erteilt.\n"
        "Einem Bauantrag der Pfarrgemeinde St. Georg auf Umbau des Gemeindehauses wurde das Einvernehmen erteilt.\n"
        "Dem Antrag auf Abbruch einer Scheune wurde das gemeindliche Einvernehmen versagt.\n"
    )
    rows = _resolutions(text)
    assert [(r["outcome"], r["decided_by"], r["date"]) for r in rows] == [
        ("adopted", "Gemeinderat", "2019-06-03"),
        ("adopted", "Gemeinderat", "2019-06-03"),
        ("rejected", "Gemeinderat", "2019-06-03"),
    ]
    assert "Pfarrgemeinde St. Georg" in rows[1]["quote"]


# -- meetings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, org, date",
    [
        ("Auszug aus der Sitzung des Kulturausschusses der Stadt Neustadt am 12.05.2019", "Kulturausschuss",
         "2019-05-12"),
        ("Die Pläne wurden dem Ortschaftsrat in seiner öffentlichen Sitzung am 07.02.22 vorgestellt.",
         "Ortschaftsrat", "2022-02-07"),
    ],
)
def test_meetings_named_with_their_authority_or_in_the_dative(text, org, date):
    rows = extract_text(text)["meetings"]
    assert (org, date) in [(m["organization"], m["date"]) for m in rows]


@pytest.mark.parametrize(
    "wording",
    [
        "Der Einwohnerantrag wird nicht weiter verfolgt.",
        "Dem Antrag der Wählergruppe wird nicht entsprochen.",
        "Ein Radweg im beantragten Umfang wird nicht umgesetzt.",
        "Eine Einwohnerversammlung wie beantragt findet nicht statt.",
    ],
)
def test_a_carried_result_field_over_wording_that_turns_the_motion_down(wording):
    # contract: a decision whose content is to turn a motion down has outcome rejected
    rows = _resolutions(f"Beschluss: einstimmig beschlossen\n\nAbstimmung: Ja: 11, Nein: 0\n\nBeschluss:\n\n{wording}\n")
    assert [(r["outcome"], r["votes_yes"]) for r in rows] == [("rejected", 11)]


def test_a_carried_result_field_over_wording_that_adopts_stays_adopted():
    rows = _resolutions("Beschluss: einstimmig beschlossen\n\nAbstimmung: Ja: 11, Nein: 0\n\nBeschluss:\n\n"
                        "Der Antrag wird weiter verfolgt; die Befragung findet im Herbst statt.\n")
    assert [r["outcome"] for r in rows] == ["adopted"]


def test_a_report_of_the_session_is_dated_by_the_session_not_the_article():
    doc = extract_text("Gemeinde Beispielhausen\nArtikel vom 20.06.2019\n\nAus der Gemeinderatssitzung vom 3. Juni 2019\n\n"
                       "1. Friedhof\nDie Gebührensatzung wird beschlossen.\n")["documents"][0]
    assert (doc["type"], doc["date"]) == ("minutes", "2019-06-03")
