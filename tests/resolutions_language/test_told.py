"""Decisions told in sentences that name no body and verb of deciding the usual way:
elections told by their noun, assent to a motion, reports in the past tense by third
parties, a vote on a motion to postpone. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .common import in_minutes, resolutions_of, vote_counts


def _report(sentence: str) -> str:
    return ("Aus dem Rathaus\n\nBericht aus der Sitzung des Stadtrates vom 27.03.2025\n\n"
            f"{sentence}\n")


def _one(text: str) -> dict:
    (r,) = resolutions_of(text)
    return r


# -- 1. elections and appointments -----------------------------------------------------

@pytest.mark.parametrize(
    "sentence, votes",
    [
        ("Die Wahl erfolgt einstimmig.", (True, None, None, None)),
        ("Die Wahl erfolgte mit 9 Ja-Stimmen und 2 Enthaltungen.", (None, 9, None, 2)),
        ("Die Bestellung erfolgte ohne Gegenstimmen.", (True, None, None, None)),
        ("Die Neuwahl des Schriftführers erfolgte einstimmig.", (True, None, None, None)),
        ("Die Berufung in den Seniorenbeirat erfolgt mehrheitlich.", (False, None, None, None)),
        ("Auch die Entsendung in den Zweckverband erfolgte einstimmig.", (True, None, None, None)),
    ],
)
def test_an_election_told_by_its_noun(sentence, votes):
    r = _one(in_minutes(sentence))
    assert (r["outcome"], r["decided_by"], r["date"], vote_counts(r)) == ("adopted", "Gemeinderat", "2025-03-12", votes)


def test_a_vote_told_by_its_noun_with_more_no_than_yes_rejects():
    r = _one(in_minutes("Die Abstimmung ergab 9 Ja-Stimmen und 12 Nein-Stimmen."))
    assert (r["outcome"], vote_counts(r)) == ("rejected", (False, 9, 12, None))


@pytest.mark.parametrize(
    "sentence",
    [
        "Herr Peter Muster wird zum stellvertretenden Bürgermeister gewählt.",
        "Frau Anna Beispiel wurde einstimmig zur stellvertretenden Vorsitzenden gewaehlt.",
        "Herr Max Muster wurde zur Leitung des Bauamtes bestellt.",
        "Frau Lena Muster wird als Vertreterin in den Beirat der Volkshochschule entsandt.",
        "Herr Otto Beispiel wird als Vertreter im Zweckverband benannt.",
        "Der Gemeinderat wählt folgende Stellvertreter:\nHerrn Jan Muster und Frau Eva Beispiel",
        "Beschluss: gewählt",
    ],
)
def test_appointments_in_minutes(sentence):
    r = _one(in_minutes(sentence))
    assert (r["outcome"], r["decided_by"], r["date"]) == ("adopted", "Gemeinderat", "2025-03-12")


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Wahl erfolgt in geheimer Abstimmung durch Stimmzettel.",
        "Die Wahl erfolgt am 12. Mai.",
        "Die Wahl hat durch Stimmzettel zu erfolgen, sofern nicht der Gemeinderat etwas anderes beschließt.",
        "Die Wahl soll einstimmig erfolgen.",
        "Wird ein Vertreter gewählt, falls der Kreistag zustimmt, so geht die Wahl vor.",
    ],
)
def test_how_an_election_is_to_be_held_decides_nothing(sentence):
    assert resolutions_of(in_minutes(sentence)) == []


# -- 2. assent to a motion -------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence, outcome",
    [
        ("Dem Antrag wird stattgegeben.", "adopted"),
        ("Dem Antrag der Fraktion wurde einstimmig stattgegeben.", "adopted"),
        ("Dem Antrag wird nicht stattgegeben.", "rejected"),
        ("Dem Antrag wurde mehrheitlich nicht stattgegeben.", "rejected"),
        ("Dem Antrag wurde einstimmig entsprochen.", "adopted"),
        ("Der Bitte wird entsprochen.", "adopted"),
        ("Dem Antrag wurde nicht entsprochen.", "rejected"),
        ("Der Gemeinderat folgt dem Antrag der SPD-Fraktion.", "adopted"),
        ("Der Gemeinderat folgt dem Antrag der SPD-Fraktion nicht.", "rejected"),
        ("Der Ausschuss schließt sich dem Vorschlag der Verwaltung an.", "adopted"),
        ("Die Mitglieder schlossen sich der Empfehlung einstimmig an.", "adopted"),
        ("Der Gemeinderat schliesst sich dem Votum des Ortschaftsrates nicht an.", "rejected"),
    ],
)
def test_assent_to_a_motion(sentence, outcome):
    r = _one(in_minutes(sentence))
    assert (r["outcome"], r["decided_by"], r["date"]) == (outcome, "Gemeinderat", "2025-03-12")


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Bürgermeister schlägt vor, dem Antrag stattzugeben.",
        "Dem Antrag soll stattgegeben werden.",
        "Herr Muster bittet, dem Antrag stattzugeben.",
        "Die Verwaltung folgt damit dem Antrag der Fraktion vom Januar, sagt Herr Muster?",
    ],
)
def test_asking_for_assent_decides_nothing(sentence):
    assert resolutions_of(in_minutes(sentence)) == []


# -- 3. decisions reported in the past tense -------------------------------------------

@pytest.mark.parametrize(
    "sentence, outcome, unanimous",
    [
        ("Die Planung für ein neues Feuerwehrhaus wurde einstimmig beschlossen.", "adopted", True),
        ("Auch dieser Beschluss wurde einstimmig gefasst.", "adopted", True),
        ("Der Spielplatz am Weiher wird erneuert – auch dieser Beschluss wurde einstimmig gefasst.", "adopted", True),
        ("Die Planung wurde einstimmig beschlossen – ein guter Tag für unsere Feuerwehr.", "adopted", True),
        ("Alte Bebauungspläne, teils aus den 1980er Jahren, wurden aufgehoben.", "adopted", None),
        ("Die Satzung über die Sondernutzung wird aufgehoben.", "adopted", None),
        ("Ein Prüfauftrag zur Sanierung des Hallenbades fand große Zustimmung im gesamten Gemeinderat.",
         "adopted", None),
        ("Der Antrag der SPD fand keine Zustimmung bei den anderen Fraktionen.", "rejected", None),
        ("Die Verwaltung wurde gelobt; alle stimmten für eine weitere Amtszeit.", "adopted", True),
        ("Alle anwesenden Mitglieder stimmten dagegen.", "rejected", True),
        ("Einstimmig auch die Abstimmung über die Vereinbarung mit dem Kita-Träger.", "adopted", True),
        ("Einstimmig verlief auch die Abstimmung über den Zuschuss für den Sportverein.", "adopted", True),
        ("Unser Antrag wurde abgelehnt.", "rejected", None),
        ("Der Jugendhilfeausschuss votierte mehrheitlich dafür.", "adopted", False),
    ],
)
def test_a_report_of_the_session(sentence, outcome, unanimous):
    r = _one(_report(sentence))
    assert (r["outcome"], r["unanimous"], r["date"]) == (outcome, unanimous, "2025-03-27")


@pytest.mark.parametrize(
    "headline, body, outcome",
    [
        ("Gemeinderat Musterdorf einstimmig für neue Kita-Regelung", "Gemeinderat", "adopted"),
        ("Musterdorf · Gemeinderat Musterdorf einstimmig für neue Kita-Regelung. Neuer Markt geplant.",
         "Gemeinderat", "adopted"),
        ("Kreistag mehrheitlich gegen Windpark am Waldrand", "Kreistag", "rejected"),
        ("Der Stadtrat geschlossen für den Erhalt des Freibads", "Stadtrat", "adopted"),
    ],
)
def test_a_headline_tells_the_decision(headline, body, outcome):
    r = _one(f"{headline}\n\nMusterdorf. In der jüngsten Sitzung ging es um Kinder.\n")
    assert (r["outcome"], r["decided_by"], r["unanimous"] is not None) == (outcome, body, True)


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        ("Der Antrag wurde in den Ausschuss für Soziales verschoben.", "referred"),
        ("Die Vorlage wurde an den Hauptausschuss geschoben.", "referred"),
        ("Der Antrag wurde in die nächste Ratssitzung verschoben.", "postponed"),
        ("Die Entscheidung wurde in die Sitzung des Bauausschusses im Mai verschoben.", "postponed"),
    ],
)
def test_moved_into_a_committee_is_referred(sentence, outcome):
    assert _one(_report(sentence))["outcome"] == outcome


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Idee fand bei den Anwohnern große Zustimmung.",
        "Das Projekt findet breite Unterstützung in der Bevölkerung.",
        "Alle Bürger sind für den Erhalt des Freibads.",
        "Die Bürger reagierten mit Freude auf den Beschluss.",
        "Wir hoffen, dass der Stadtrat den Antrag beschließt.",
        "Wir haben den Antrag der Linken abgelehnt.",
        "Der Kreistag hatte 2015 die Schließung beschlossen.",
        "Die Sitzung wurde um 21 Uhr aufgehoben.",
        "Die Mitgliederversammlung des Vereins fand große Zustimmung.",
        "Am 03.06.2024 wurden folgende Beschlüsse gefasst:",
    ],
)
def test_reactions_hopes_and_history_are_no_decisions(sentence):
    assert resolutions_of(_report(sentence)) == []


# -- 4. a vote on a motion to postpone or refer -----------------------------------------

@pytest.mark.parametrize(
    "motion, vote, outcome",
    [
        ("Frau Muster beantragt die Vertagung des Tagesordnungspunktes. Der Vorsitzende stellt diesen Antrag "
         "zur Abstimmung.", "Ergebnis: 6 Ja-Stimmen, 3 Nein-Stimmen", "postponed"),
        ("Er beantragt, über die Angelegenheit erst in der nächsten Sitzung zu entscheiden.",
         "Abstimmungsergebnis: 6 Ja-Stimmen, 3 Nein-Stimmen", "postponed"),
        ("Die Vorsitzende lässt über den Vertagungsantrag der Grünen abstimmen.",
         "Abstimmungsergebnis: 11 Ja-Stimmen, 3 Nein-Stimmen, 1 Enthaltung", "postponed"),
        ("Die CDU-Fraktion beantragt, den Punkt zurückzustellen.",
         "Abstimmungsergebnis: 12 Ja-Stimmen, 3 Nein-Stimmen", "postponed"),
        ("Die CDU beantragt die Verweisung in den Bauausschuss.",
         "Abstimmungsergebnis: 10 Ja-Stimmen, 3 Nein-Stimmen", "referred"),
        ("Herr Muster stellt den Antrag auf Verweisung in den Finanzausschuss.",
         "Abstimmungsergebnis: 10 Ja-Stimmen, 3 Nein-Stimmen", "referred"),
        ("Er beantragt, die Entscheidung zu vertagen.",
         "Abstimmungsergebnis: 3 Ja-Stimmen, 10 Nein-Stimmen", "rejected"),
        # another motion named after the motion to postpone was voted on
        ("Herr Muster beantragt die Vertagung. Danach lässt der Vorsitzende über den Antrag der Verwaltung "
         "abstimmen.", "Abstimmungsergebnis: 10 Ja-Stimmen, 3 Nein-Stimmen", "adopted"),
    ],
)
def test_a_vote_on_a_motion_to_postpone(motion, vote, outcome):
    r = _one(in_minutes(f"{motion}\n\n{vote}"))
    assert r["outcome"] == outcome


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        ("Die Wünsche des Ortschaftsrates sollen eingearbeitet werden, dem Antrag wird stattgegeben.", "adopted"),
        ("Ob die Zeiten passen, soll nun geprüft werden: Der Stadtrat hat beschlossen, eine Befragung durchzuführen.",
         "adopted"),
        ("Mit 21 Ja-Stimmen wurde die Beschlussvorlage, vorbereitet vom Kämmerer, bestätigt.", "adopted"),
        ("Der Bebauungsplan Nr. 12 wurde aufgehoben.", "adopted"),
    ],
)
def test_the_deciding_clause_beside_a_plan(sentence, outcome):
    assert _one(_report(sentence))["outcome"] == outcome


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Verwaltung soll prüfen, ob dem Antrag stattgegeben wird.",
        "Der Stadtrat soll beschließen: Die Gebühren steigen.",
        "Der Stadtrat beriet lange, sechs Stadträte stimmten dagegen.",
    ],
)
def test_a_plan_or_a_minority_decides_nothing(sentence):
    assert resolutions_of(_report(sentence)) == []


def test_a_counted_vote_in_the_past_without_a_body_named():
    text = ("Auszug\n\nHerr Muster stellte den Dringlichkeitsantrag zur Aufnahme in die Tagesordnung.\n\n"
            "Dieser Antrag wurde mit 8 Ja-Stimmen und 26 Gegenstimmen abgelehnt.\n")
    r = _one(text)
    assert (r["outcome"], r["votes_yes"], r["votes_no"]) == ("rejected", 8, 26)


@pytest.mark.parametrize(
    "sentence, outcome, decided_by, votes",
    [
        ("Frau Lindner stellt fest, dass gem. § 28 Abs. 2 KV Herr Jan Beispiel durch die Stadtvertretung mehrheitlich "
         "zum Vorsteher gewählt wurde.", "adopted", "Stadtvertretung", (False, None, None, None)),
        ("Die Vorsitzende stellt fest, dass der Antrag mit 9 Ja-Stimmen angenommen ist.", "adopted", "Gemeinderat",
         (None, 9, None, None)),
        ("Der Bürgermeister gibt bekannt, dass Frau Muster einstimmig gewählt wurde.", "adopted", "Gemeinderat",
         (True, None, None, None)),
        ("Die Vorsitzende stellt fest, dass der Antrag nicht angenommen ist.", "rejected", "Gemeinderat",
         (None, None, None, None)),
        ("Der Vorsitzende stellte fest, dass die Änderung abgelehnt wurde.", "rejected", "Gemeinderat",
         (None, None, None, None)),
    ],
)
def test_the_chair_declares_the_result(sentence, outcome, decided_by, votes):
    r = _one(in_minutes(sentence))
    assert (r["outcome"], r["decided_by"], r["date"], vote_counts(r)) == (outcome, decided_by, "2025-03-12", votes)


@pytest.mark.parametrize(
    "sentence",
    [
        "Herr Muster stellt fest, dass der Kreistag die Umlage erhöht hat.",
        "Er stellt fest, dass die Frist abgelaufen ist.",
        "Herr Muster stellt fest, dass der Plan 2015 vom Kreistag beschlossen worden ist.",
        "Die Vorsitzende stellt fest, dass der Gemeinderat beschlussfähig ist.",
    ],
)
def test_a_finding_of_the_chair_decides_nothing(sentence):
    assert resolutions_of(in_minutes(sentence)) == []


@pytest.mark.parametrize("motion", ["Antrag auf geheime Abstimmung", "Antrag auf namentliche Abstimmung",
                                    "Antrag auf Nichtbefassung", "Geschäftsordnungsantrag"])
def test_a_motion_on_how_to_vote_is_a_side_motion(motion):
    from councildata.extract.resolutions.patterns import SIDE_MOTION

    assert SIDE_MOTION.search(f"Mit 11 Ja-Stimmen wird der {motion} abgelehnt.")


def test_the_vote_of_an_election_labelled_with_the_office():
    text = in_minutes("Wahl der Stellvertreter\n\nAbstimmungsergebnis zum 2. Stellvertreter:\n\n"
                      "Dafür: 9 Stimmen\n\nDagegen: 1 Stimme\n\nEnthaltung: 1 Stimme")
    r = _one(text)
    assert (r["outcome"], vote_counts(r)) == ("adopted", (False, 9, 1, 1))


@pytest.mark.parametrize(
    "passage, count",
    [
        ("Sämtliche Beschlüsse jener Sitzung wurden aufgehoben. Anschließend wurden alle Beschlüsse erneut beraten und beschlossen.",
         1),
        ("Die Satzung wurde aufgehoben. Anschließend wurde sie in geänderter Fassung erneut beschlossen.", 1),
        ("Die Satzung wurde aufgehoben. Danach wurde der Haushalt beschlossen.", 2),
    ],
)
def test_repealed_and_taken_anew_is_one_decision(passage, count):
    assert len(resolutions_of(_report(passage))) == count
