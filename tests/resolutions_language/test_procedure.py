"""Procedural decisions at a session's opening and how a decision is told:
the last minutes approved because nobody objects, the agenda approved (no
row) against a motion to change it (a row), empty vote forms, one decision
told in several sentences, and a notice's line announcing the session of
the decisions under it. All sentences are our own."""

from __future__ import annotations

import pytest

from .common import in_minutes, resolutions_of, vote_counts

# -- the last minutes approved without objection: one row, this session's date ------------------


@pytest.mark.parametrize("passage, votes", [
    ("Gegen die Niederschrift der Sitzung vom 12.02.2025 werden keine Einwände erhoben.", (None, None, None, None)),
    ("Gegen das Ergebnisprotokoll über die 7. öffentliche Ratssitzung vom 12.02.2025 wurden keine Einwendungen "
     "erhoben. Sie gilt somit als genehmigt.", (None, None, None, None)),
    ("Gegen das Protokoll vom Januar gab es keine Einwände.", (None, None, None, None)),
    ("Einwände gegen das Protokoll Nr. 3 vom 12.02.2025 werden von keiner Seite erhoben.", (None, None, None, None)),
    ("Einwendungen gegen die Sitzungsniederschrift Nr. 14 wurden nicht\nerhoben.", (None, None, None, None)),
    ("Zum Protokoll der Sitzung vom 3.4.2025 gibt es keine Änderungswünsche. Es gilt damit als genehmigt.",
     (None, None, None, None)),
    ("Mit dem Protokoll über den nichtöffentlichen Teil (05.02.2025) bestand Einverständnis.",
     (None, None, None, None)),
    ("Zur Niederschrift vom 12.02.2025 liegen keine Aenderungswuensche vor.\n"
     "Die Niederschrift ist damit genehmigt.\nAbstimmungsergebnis: einstimmig", (True, None, None, None)),
    ("Hierauf fasst der Rat diesen Beschluss:\nGegen die Niederschrift vom 12.02.2025 werden seitens der Mitglieder "
     "keine Einwände erhoben.\nAbstimmungsergebnis: 9 Ja, 0 Nein, 2 Enthaltungen", (True, 9, 0, 2)),
    ("Mit der Niederschrift über die Sitzung vom 12.02.2025 besteht Einverständnis.\n"
     "| Mehrheitlich beschlossen | Ja 15 Nein 2 Anwesend 17 |", (False, 15, 2, None)),
    ("Bedenken zur Sitzungsniederschrift (12.02.2025) wurden nicht vorgebracht.\nBeschluss:\n"
     "Abstimmungsergebnis: 7 Ja-Stimmen; 0 Nein-Stimmen; 1 Enthaltung", (True, 7, 0, 1)),
])
def test_minutes_approved_without_objection_are_one_decision_of_this_session(passage, votes):
    (r,) = resolutions_of(in_minutes(passage))
    assert (r["outcome"], r["date"], r["decided_by"], vote_counts(r)) == ("adopted", "2025-03-12", "Gemeinderat", votes)
    assert r["quote"].split()[0] in ("Gegen", "Einwände", "Einwendungen", "Zum", "Zur", "Mit", "Bedenken")
    assert r["quote"].rstrip(".").endswith(passage.rstrip(".").rsplit("\n", 1)[-1].rsplit(". ", 1)[-1].rstrip("."))


@pytest.mark.parametrize("passage", [
    "Gegen die Tagesordnung werden keine Einwände erhoben.",
    "Gegen den Bebauungsplan werden keine Einwände erhoben.",
    "Herr Maier erklärt, gegen das Protokoll habe er keine Einwände.",
    "Gegen die Niederschrift wurden Einwände erhoben; sie wird in der nächsten Sitzung erneut vorgelegt.",
    "Laut Bürgermeister sei die Niederschrift über die Sitzung vom 12.02.2025 allen zugegangen.",
])
def test_no_minutes_approved_without_the_minutes_or_with_objections(passage):
    assert resolutions_of(in_minutes(passage)) == []


@pytest.mark.parametrize("sentence", [
    "Eröffnung\nDas Protokoll der Sitzung vom 02. Februar 2025 wird mit großer Mehrheit genehmigt.",
    "Eröffnung der Sitzung\nDas Protokoll der Sitzung vom 12.02.2025 wird einstimmig genehmigt.",
    "Die Niederschrift zur Ratssitzung vom 12.02.25 wird samt ihren Anlagen und Berichtigungen genehmigt.",
])
def test_minutes_approved_take_this_session_s_date_not_theirs(sentence):
    (r,) = resolutions_of(in_minutes(sentence))
    assert (r["outcome"], r["date"]) == ("adopted", "2025-03-12")


def test_minutes_named_in_a_clause_do_not_date_the_session():
    text = ("Teil B: Sitzung des Gemeinderates\n\nDie Bürgermeisterin begrüßt alle.\n\n"
            "TOP 1 Niederschrift vom 15.06.2025\n\n"
            "Die Bürgermeisterin teilt mit, dass die Niederschrift über die 5. Sitzung des Gemeinderates vom "
            "15.06.2025 per App versandt worden sei.\n"
            "Gegen die Niederschrift werden keine Einwände erhoben.\n")
    (r,) = resolutions_of(text)
    assert (r["outcome"], r["date"]) == ("adopted", None)


# -- the agenda: approving it is a formality (no row); a motion to change it is decided -----------


@pytest.mark.parametrize("sentence", [
    "Die Tagesordnung wird einstimmig bestätigt.",
    "Die geänderte Tagesordnung wurde einstimmig bestätigt.",
    "Die Tagesordnung wird in der vorliegenden Form genehmigt.",
    "Die so ergänzte Tagesordnung wurde im Anschluss vom Gemeinderat bestätigt.",
    "Unter Berücksichtigung dieser Ergänzung wurde die Tagesordnung ohne Gegenstimme angenommen.",
    "Beschluss: Die Tagesordnung wird so, wie sie oben abgedruckt ist, beschlossen.",
    "Beschluss: Die Tagesordnung wird mit insgesamt 14 Punkten festgestellt.\nAbstimmungsergebnis: 12 Ja",
    "Daraufhin beschließt der Ortsbeirat, der vorliegenden Tagesordnung zuzustimmen. "
    "Abstimmungsergebnis: einstimmig",
    "Die Ratsmitglieder stimmen der ergänzten Tagesordnung ohne Aussprache zu.",
    "Die Tagesordnung wurde einstimmig beschlossen.",
])
def test_the_agenda_approved_as_a_whole_is_no_row(sentence):
    assert resolutions_of(in_minutes(sentence)) == []


@pytest.mark.parametrize("sentence, outcome, unanimous", [
    ("Der Antrag, Punkt 9 vor Punkt 4 zu behandeln, wurde einstimmig bestätigt.", "adopted", True),
    ("Der Gemeinderat stimmt der Erweiterung der Tagesordnung einstimmig zu.", "adopted", True),
    ("Der Antrag, die Tagesordnung um Punkt 5 zu erweitern, wird mit 9 Ja-Stimmen angenommen.", "adopted", None),
    ("Der Punkt wird von der Tagesordnung abgesetzt.", "postponed", None),
    ("Somit findet der Dringlichkeitsantrag der Wählergruppe zum Radweg nicht die erforderliche zwei Drittel "
     "Mehrheit.", "rejected", None),
    ("Der Dringlichkeitsantrag findet nicht die erforderliche Zweidrittelmehrheit.", "rejected", None),
    ("Der Antrag auf Erweiterung der Tagesordnung erhielt nicht die notwendige 2/3-Mehrheit.", "rejected", None),
    ("Der Antrag der Fraktion verfehlte die erforderliche Mehrheit von zwei Dritteln.", "rejected", None),
])
def test_a_motion_to_change_the_agenda_is_decided(sentence, outcome, unanimous):
    (r,) = resolutions_of(in_minutes(sentence))
    assert (r["outcome"], r["unanimous"], r["date"]) == (outcome, unanimous, "2025-03-12")


@pytest.mark.parametrize("sentence", [
    "Es wurde bestätigt, dass die Fördermittel fließen.",
    "Der Bürgermeister bestätigt den Eingang des Schreibens.",
    "Der Antrag fand in der Fraktion Zustimmung.",
])
def test_confirming_a_fact_decides_nothing(sentence):
    assert resolutions_of(in_minutes(sentence)) == []


# -- empty vote forms ---------------------------------------------------------------------------


@pytest.mark.parametrize("form", [
    "Abstimmungsergebnis: ___ Ja ___ Nein ___ Enthaltung",
    "Abstimmungsergebnis:\nJA-Stimmen ……  NEIN-Stimmen …… Enthaltungen ……",
    "Abstimmungsergebnis: Ja-Stimmen: ....  Nein-Stimmen: ....  Enthaltungen: ....",
    "Abstimmungsergebnis:\n\nZahl der stimmberechtigten Ratsmitglieder: ……….\n\nanwesend ……",
    "Abstimmung: . . . dafür . . . dagegen . . . Enthaltungen",
])
def test_an_empty_vote_form_is_no_vote_and_no_decision(form):
    assert resolutions_of(in_minutes(form)) == []


def test_an_empty_form_under_a_decision_leaves_its_counts_empty():
    (r,) = resolutions_of(in_minutes("Der Gemeinderat beschließt die Satzung.\n"
                                     "Abstimmungsergebnis: ___ Ja ___ Nein ___ Enthaltung"))
    assert (r["outcome"], vote_counts(r)) == ("adopted", (None, None, None, None))


@pytest.mark.parametrize("line, counts", [
    ("Abstimmung: 11 Ja/ 0 Nein", (11, 0, None)),
    ("Abstimmung: 9 Ja; 2 Nein; 1 Enthaltung", (9, 2, 1)),
    ("Abstimmung: 12 Ja-Stimmen, 1 Nein-Stimme", (12, 1, None)),
])
def test_counts_with_slashes_and_a_single_no(line, counts):
    (r,) = resolutions_of(in_minutes(f"Der Gemeinderat stimmt dem Vertrag zu.\n{line}"))
    assert (r["votes_yes"], r["votes_no"], r["votes_abstain"]) == counts


# -- one decision told in several sentences is one row ---------------------------------------------


@pytest.mark.parametrize("charge", [
    "Der Bürgermeister wird ermächtigt, einen Anwalt zu mandatieren.",
    "Die Verwaltung wird beauftragt, die Klageschrift vorzubereiten.",
    "Die Oberbürgermeisterin wird ermächtigt, den Vertrag zu unterzeichnen.",
    "Der Amtsdirektor wird gebeten, die Satzung öffentlich bekannt zu machen.",
])
def test_the_administration_charged_after_a_decision_is_the_same_decision(charge):
    text = in_minutes(f"Der Gemeinderat beschließt, gegen den Bescheid Klage zu erheben. {charge}\n"
                      "(einstimmig - 16 Ja-Stimmen)\n")
    (r,) = resolutions_of(text)
    assert (r["outcome"], r["unanimous"], r["votes_yes"]) == ("adopted", True, 16)
    assert r["quote"].startswith("Der Gemeinderat beschließt") and charge in r["quote"]


def test_the_vote_closing_a_decision_s_paragraph_is_its_vote():
    text = in_minutes("Der Gemeinderat beschließt, dass der Weg dem öffentlichen Verkehr gewidmet wird. Träger der "
                      "Straßenbaulast ist die Gemeinde. Es werden keine Beschränkungen festgelegt.\n"
                      "(15 Ja-Stimmen, 1 Nein-Stimme)\n")
    (r,) = resolutions_of(text)
    assert (r["outcome"], r["votes_yes"], r["votes_no"]) == ("adopted", 15, 1)


def test_a_closing_vote_after_a_second_decision_is_not_the_first_s():
    text = in_minutes("Der Gemeinderat beschließt den Bebauungsplan. Der Gemeinderat lehnt den Antrag der "
                      "Fraktion ab.\n(10 Ja-Stimmen, 5 Nein-Stimmen)\n")
    rows = resolutions_of(text)
    assert rows[0]["votes_yes"] is None


@pytest.mark.parametrize("sentence, outcome", [
    ("Der Stadtrat beschließt die Rücknahme der Bestellung des Kassenverwalters.", "adopted"),
    ("Der Rat beschloss, die Genehmigung zurückzunehmen.", "adopted"),
    ("Die CDU-Fraktion zieht ihren Antrag zurück.", "withdrawn"),
    ("Herr Maier ist somit nicht gewählt.", "rejected"),
    ("Damit ist Frau Yilmaz nicht gewaehlt.", "rejected"),
])
def test_revocations_decided_and_ballots_failed(sentence, outcome):
    (r,) = resolutions_of(in_minutes(sentence))
    assert r["outcome"] == outcome


# -- a notice's line announcing the session of the decisions under it ----------------------------

_NOTICE = """Bekanntmachungen

Di 31.05.2025 13:31

Beschlüsse des Gemeinderates

In seiner öffentlichen Sitzung des Gemeinderates Talheim vom 19.05.2025 fasste er folgende Beschlüsse:

Beschluss-Nr. 63/2025
Der Gemeinderat beschließt die Sanierung der Turnhalle.
(einstimmig - 16 Ja-Stimmen)

Beschluss-Nr. 64/2025
Das Protokoll zur Ratssitzung im April wird mit einer Berichtigung genehmigt.
(13 Ja-Stimmen, 3 Stimmenthaltungen)

Am 08.06.2025 hat der Hauptausschuss die nachstehenden Beschlüsse gefasst:

Der Hauptausschuss beschließt die Vergabe der Reinigung der Schulen am 30.06.2025 an die Firma Glanz.
"""


def test_a_notice_s_announced_session_dates_the_decisions_under_it():
    rows = resolutions_of(_NOTICE)
    assert [(r["decided_by"], r["date"], r["votes_yes"]) for r in rows] == [
        ("Gemeinderat", "2025-05-19", 16), ("Gemeinderat", "2025-05-19", 13), ("Hauptausschuss", "2025-06-08", None)]


@pytest.mark.parametrize("first, conclusion", [
    ("In der letzten Sitzung des Gemeinderates wurde beschlossen, die Hortgebühr auf 40 Euro anzuheben.",
     "Somit stimmte der Gemeinderat einstimmig der Anhebung zu."),
    ("Der Stadtrat stimmte dem Kauf des Grundstücks zu.", "Damit hat der Stadtrat den Kauf mit großer Mehrheit gebilligt."),
    ("Der Kreistag beschloss die neue Gebührensatzung.", "Die Satzung ist folglich mehrheitlich beschlossen."),
])
def test_a_decision_and_its_conclusion_are_one(first, conclusion):
    text = f"Bericht aus dem Rathaus\n\n{first} {conclusion}\n"
    (r,) = resolutions_of(text)
    assert r["outcome"] == "adopted" and r["quote"].endswith(conclusion)


def test_a_second_decision_after_a_conclusive_word_in_another_item_stays_apart():
    text = in_minutes("Der Gemeinderat beschließt die Satzung.\n\nTOP 5 Bauhof\n\n"
                      "Damit beschließt der Gemeinderat auch den Kauf des Schleppers.")
    assert len(resolutions_of(text)) == 2


@pytest.mark.parametrize("sentence", [
    "Gemäß § 1 Abs. 1 der Hauptsatzung beschließt der Gemeinderat, in welcher Zeitung bekannt gemacht wird.",
    "Nach der Geschäftsordnung entscheidet der Ausschuss, ob eine Sitzung öffentlich ist.",
    "Der Kreistag entscheidet darüber, welche Schulen saniert werden.",
    "Laut Satzung bestimmt der Ortsbeirat, wann die Bürgerversammlung stattfindet.",
])
def test_a_body_s_competence_is_no_decision(sentence):
    assert resolutions_of(f"Bericht aus dem Rathaus\n\n{sentence}\n") == []


def test_decided_as_follows_stays_a_decision():
    (r,) = resolutions_of(in_minutes("Der Gemeinderat beschließt, wie folgt: Die Satzung wird erlassen."))
    assert r["outcome"] == "adopted"


@pytest.mark.parametrize("sentence", [
    "Der Ortsrat beschließt die Behandlung der Folgen des Hochwassers am 9. August 2018.",
    "Der Rat beschließt die Genehmigung der Sonntagsöffnungen am 29.11.2020.",
])
def test_an_event_s_date_does_not_date_the_decision(sentence):
    text = ("Protokoll\n\nDie Ortsvorsteherin begrüßt alle und stellt fest, dass die Ladung zur heutigen Sitzung am "
            f"13. August 2018 frist- und formgerecht erfolgt ist.\n\n{sentence}\n")
    (r,) = resolutions_of(text)
    assert r["date"] == "2018-08-13"


def test_a_body_in_reported_speech_is_not_the_passive_s_body():
    text = ("Bericht aus der Gemeinderatssitzung\n\nDer Bürgermeister fragte den Gemeinderat nach Änderungen. "
            "Der Bauausschuss habe den Punkt bereits abgesetzt. Der Antrag der Fraktion wurde einstimmig von der "
            "Tagesordnung genommen.\n")
    assert all(r["decided_by"] != "Bauausschuss" for r in resolutions_of(text))


@pytest.mark.parametrize("counts, sentence, expected", [
    ("Ja-Stimmen: 4\n\nNein-Stimmen: 9\n\nEnthaltungen: 0", "Damit ist der Antrag abgelehnt.", ("rejected", 4, 9, 0)),
    ("Ergebnis: 11 Ja-Stimmen, 1 Nein-Stimme, 0 Enthaltungen",
     "Somit findet der Dringlichkeitsantrag nicht die nötige Zweidrittelmehrheit.", ("rejected", 11, 1, 0)),
    ("dafür: 12\ndagegen: 2\nEnthaltungen: 1", "Folglich ist der Antrag angenommen.", ("adopted", 12, 2, 1)),
])
def test_counts_before_the_conclusion_are_its_vote(counts, sentence, expected):
    (r,) = resolutions_of(in_minutes(f"Es wird über den Antrag abgestimmt.\n\n{counts}\n\n{sentence}"))
    assert (r["outcome"], r["votes_yes"], r["votes_no"], r["votes_abstain"]) == expected
    assert r["quote"].endswith(sentence)


@pytest.mark.parametrize("line, counts", [
    ("Abstimmung: Ja-Stimmen: 2 Verbandsmitglieder/6 Stimmen\nNein-Stimmen: 0/0\nEnthaltungen: 0/0", (6, 0, 0)),
    ("Abstimmungsergebnis: Ja: 3 Mitglieder / 9 Stimmen, Nein: 1 Mitglied / 2 Stimmen", (9, 2, None)),
])
def test_a_weighted_vote_counts_votes_not_members(line, counts):
    (r,) = resolutions_of(in_minutes(f"Die Verbandsversammlung beschließt den Wirtschaftsplan.\n{line}"))
    assert (r["votes_yes"], r["votes_no"], r["votes_abstain"]) == counts


def test_a_notice_s_session_announced_over_two_lines():
    text = ("Amtsblatt des Zweckverbandes\n\nBekanntmachung\nDie Verbandsversammlung des Abwasserverbandes Talaue\n"
            "hat in ihrer Sitzung am 14.03.2023 folgende Beschlüsse gefasst:\n\nBeschluss-Nr.: 04/03/23:\n"
            "Wirtschaftsplan 2024\nDie Verbandsversammlung beschließt den Wirtschaftsplan 2024.\n"
            "Abstimmung: Ja-Stimmen: 3 Verbandsmitglieder/9 Stimmen\nNein-Stimmen: 0/0\n")
    (r,) = resolutions_of(text)
    assert (r["date"], r["votes_yes"], r["decided_by"]) == ("2023-03-14", 9, "Verbandsversammlung")


@pytest.mark.parametrize("line, counts", [
    ("Abstimmungsergebnis: Ja-Stimmen: 12 + 1, Nein-Stimmen: 2, Enthaltungen: 0", (13, 2, 0)),
    ("Abstimmungsergebnis:\nAnwesend: 14 + 1\nJa-Stimmen: 14 + 1", (15, None, None)),
])
def test_the_mayor_s_vote_added_to_the_members(line, counts):
    (r,) = resolutions_of(in_minutes(f"Der Gemeinderat beschließt den Haushalt.\n{line}"))
    assert (r["votes_yes"], r["votes_no"], r["votes_abstain"]) == counts
