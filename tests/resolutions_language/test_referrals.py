"""Resolution rules: referral, postponement, withdrawal in minutes; sentences written for these tests."""

from __future__ import annotations

import pytest

from .common import in_minutes, resolutions_of

# -- referral, postponement, withdrawal: the family in minutes ------------------------------

@pytest.mark.parametrize(
    "sentence, outcome",
    [
        ("Der Antrag wird an den Bauausschuss verwiesen.", "referred"),
        ("Die Angelegenheit wird zur weiteren Beratung an den\nFinanzausschuss verwiesen.", "referred"),
        ("Der Tagesordnungspunkt geht zur Beratung in den Ausschuss für Umwelt und Technik.", "referred"),
        ("Die Vorlage geht zur weiteren Beratung in den\nHauptausschuss zurück.", "referred"),
        ("Die Vorlage wird in den Bauausschuss zurückverwiesen.", "referred"),
        ("Der Gemeinderat verweist die Vorlage einstimmig in den Technischen Ausschuss.", "referred"),
        ("Der Gemeinderat überweist den Antrag mehrheitlich an den Sozialausschuss.", "referred"),
        ("Der Gemeinderat beschließt, die Vorlage zur weiteren Beratung an den Verwaltungsausschuss zu überweisen.",
         "referred"),
        ("Der Punkt wird auf die nächste Sitzung vertagt.", "postponed"),
        ("Der Tagesordnungspunkt wird in die nächste Sitzung geschoben.", "postponed"),
        ("Die Behandlung wird in die naechste Sitzung verschoben.", "postponed"),
        ("Der Punkt wurde von der Tagesordnung genommen.", "postponed"),
        ("Die Verwaltung nimmt die Vorlage von der\nTagesordnung.", "postponed"),
        ("Der Vorsitzende setzt den Tagesordnungspunkt von der Tagesordnung ab.", "postponed"),
        ("Der Gemeinderat beschließt, den Antrag bis zur Haushaltsberatung ruhen zu lassen.", "postponed"),
        ("Der Antrag ruht bis zur Vorlage des Gutachtens.", "postponed"),
        ("Der Gemeinderat stellt die Entscheidung bis zur Ortsbesichtigung zurück.", "postponed"),
        ("Die Entscheidung wurde zurückgestellt.", "postponed"),
        ("Die Antragsteller ziehen den Antrag zurück.", "withdrawn"),
        ("Die Verwaltung zieht die Vorlage zurück.", "withdrawn"),
        ("Die SPD-Fraktion zog ihren Änderungsantrag nach der Aussprache\nzurück.", "withdrawn"),
        ("Der Antrag wurde von der CDU-Fraktion zurückgezogen.", "withdrawn"),
    ],
)
def test_referred_postponed_withdrawn_in_minutes(sentence, outcome):
    (r,) = resolutions_of(in_minutes(sentence))
    assert (r["outcome"], r["decided_by"], r["date"], r["agenda_item"]) == (outcome, "Gemeinderat", "2025-03-12", "TOP 4")


@pytest.mark.parametrize(
    "sentence",
    [
        "Herr Meier fragt, ob die Vorlage an den Bauausschuss verwiesen werden könnte.",
        "Die Verwaltung schlägt vor, die Vorlage zu vertagen.",
        "Die Vorlage geht auf einen Antrag der SPD-Fraktion zurück.",
        "Der Antrag geht auf eine Anregung des Seniorenbeirates zurück.",
        "Die Beratung geht weiter.",
        "Der Antrag ruht auf drei Säulen.",
        "Die Arbeiten ruhen während der Wintermonate.",
        "Der Antrag soll in den Bauausschuss gehen.",
        "Die Firma stellt die Arbeiten bis zum Frühjahr zurück.",
        "Herr Krause zieht den Vergleich mit der Nachbargemeinde.",
        "Der Punkt wird in der nächsten Sitzung erneut aufgerufen.",
    ],
)
def test_no_referral_postponement_or_withdrawal(sentence):
    assert resolutions_of(in_minutes(sentence)) == []


def test_a_paper_withdrawn_and_taken_off_the_agenda_is_one_withdrawal():
    rows = resolutions_of(in_minutes(
        "Die Verwaltung zieht die Vorlage zurück, da die Kalkulation überarbeitet wird. Der Punkt wird\n"
        "von der Tagesordnung abgesetzt."))
    assert [r["outcome"] for r in rows] == ["withdrawn"]


@pytest.mark.parametrize(
    "proposal, outcome",
    [
        ("Nach kurzer Diskussion erklärt die\nSPD-Fraktion, den Antrag bis zur Kostenschätzung ruhen zu\nlassen.",
         "postponed"),
        ("Der Bürgermeister schlägt vor, den Punkt an den Bauausschuss zu\nverweisen.", "referred"),
        ("Die Fraktion bittet darum, die Entscheidung zu vertagen.", "adopted"),
    ],
)
def test_assent_to_a_proposal_broken_over_lines(proposal, outcome):
    (r,) = resolutions_of(in_minutes(f"{proposal} Der Gemeinderat ist damit einverstanden."))
    assert r["outcome"] == outcome
