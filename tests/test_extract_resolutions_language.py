"""Resolutions from German council language: result fields and decision
sentences in the forms minutes across the Länder write them (tense, word
order, active and passive, plural subjects, abbreviations, umlauts spelled
"ae"), with cases that must not become a resolution. Every sentence is
written for this test; none is copied from a council's page."""

from __future__ import annotations

import pytest

from .conftest import extract_text, provenance_ok


def _resolutions(text: str) -> list[dict]:
    rows = extract_text(text)
    assert provenance_ok(rows)
    return rows["resolutions"]


def _votes(r: dict) -> tuple:
    return (r["unanimous"], r["votes_yes"], r["votes_no"], r["votes_abstain"])


# -- result fields ------------------------------------------------------------------


@pytest.mark.parametrize(
    "result, outcome, votes",
    [
        ("Abstimmungsergebnis: 12:3:1", "adopted", (False, 12, 3, 1)),
        ("Abstimmungsergebnis:\nJa: 14\nNein: 2\nEnthaltung: 1", "adopted", (False, 14, 2, 1)),
        ("Abstimmungsergebnis: einstimmig", "adopted", (True, None, None, None)),
        ("Abstimmung: 9:0", "adopted", (True, 9, 0, None)),
        ("Abstimmungsergebnis: 11 Ja-Stimmen, 0 Nein-Stimmen, 2 Enthaltungen", "adopted", (True, 11, 0, 2)),
        ("Abstimmungsergebnis: bei 2 Gegenstimmen und 1 Enthaltung beschlossen", "adopted", (False, None, 2, 1)),
        ("Abstimmungsergebnis: ohne Gegenstimme beschlossen", "adopted", (True, None, None, None)),
        ("Abstimmungsergebnis: mit großer Mehrheit beschlossen", "adopted", (False, None, None, None)),
        ("Abstimmungsergebnis: mehrheitlich abgelehnt", "rejected", (False, None, None, None)),
        ("Abstimmungsergebnis: 4 dafür, 9 dagegen, 2 Enthaltungen", "rejected", (False, 4, 9, 2)),
    ],
)
def test_a_result_field_under_the_beschluss(result, outcome, votes):
    text = f"TOP 4 Neubau Feuerwehrgerätehaus\n\nBeschluss:\nDer Gemeinderat beschließt den Neubau.\n\n{result}\n"
    (r,) = _resolutions(text)
    assert (r["outcome"], r["decided_by"], _votes(r), r["agenda_item"]) == (outcome, "Gemeinderat", votes, "TOP 4")


@pytest.mark.parametrize(
    "field, outcome, unanimous",
    [
        ("Beschluss: einstimmig beschlossen", "adopted", True),
        ("Beschluss: mehrheitlich abgelehnt", "rejected", False),
        ("Ergebnis: einstimmig zugestimmt", "adopted", True),
        ("Beschluss: zur Kenntnis genommen", "noted", None),
        ("Beschluss: vertagt", "postponed", None),
        ("Beschluss: in den Bauausschuss verwiesen", "referred", None),
        ("Beschluss: zurückgezogen", "withdrawn", None),
        ("Beschluss: geändert beschlossen", "adopted_amended", None),
    ],
)
def test_a_result_field_alone(field, outcome, unanimous):
    (r,) = _resolutions(f"{field}\n")
    assert (r["outcome"], r["unanimous"]) == (outcome, unanimous)


# -- decision sentences: any verb form, any subject ------------------------------------------


@pytest.mark.parametrize(
    "sentence, outcome, body",
    [
        ("Der Gemeinderat stimmt dem Bebauungsplanentwurf einstimmig zu.", "adopted", "Gemeinderat"),
        ("Der Gemeinderat stimmte dem Bebauungsplanentwurf einstimmig zu.", "adopted", "Gemeinderat"),
        ("Dem Bebauungsplanentwurf stimmt der Gemeinderat einstimmig zu.", "adopted", "Gemeinderat"),
        ("Die Mitglieder des Bauausschusses stimmen dem Entwurf einstimmig zu.", "adopted", "Bauausschuss"),
        ("Der Bauausschuss nimmt den Bericht einstimmig zur Kenntnis.", "noted", "Bauausschuss"),
        ("Der Bericht wird vom Bauausschuss einstimmig zur Kenntnis genommen.", "noted", "Bauausschuss"),
        ("Der Kreistag beschließt einstimmig, die Beratung zu vertagen.", "postponed", "Kreistag"),
        ("Der Stadtrat lehnt den Antrag mehrheitlich ab.", "rejected", "Stadtrat"),
        ("Der Stadtrat hat den Antrag mit 12:20 Stimmen abgelehnt.", "rejected", "Stadtrat"),
        ("Der Antrag wird einstimmig in den Finanzausschuss verwiesen.", "referred", None),
        ("Die Satzung ist mit 11:7 Stimmen angenommen.", "adopted", None),
        ("Der Gemeinderat erteilt das gemeindliche Einvernehmen einstimmig.", "adopted", "Gemeinderat"),
        ("Der Gemeinderat versagt das gemeindliche Einvernehmen einstimmig.", "rejected", "Gemeinderat"),
        ("Das gemeindliche Einvernehmen wird einstimmig erteilt.", "adopted", None),
        ("Herr Maier wird einstimmig zum stellvertretenden Ortsvorsteher gewählt.", "adopted", None),
        ("Der Ortschaftsrat waehlt Frau Huber einstimmig zur Ortsvorsteherin.", "adopted", "Ortschaftsrat"),
    ],
)
def test_decision_sentences_in_minutes(sentence, outcome, body):
    text = f"Niederschrift über die Sitzung des Gemeinderates am 12.03.2024\n\nTOP 3 Angelegenheit\n\n{sentence}\n"
    rows = _resolutions(text)
    assert [(r["outcome"], r["date"]) for r in rows] == [(outcome, "2024-03-12")]
    assert rows[0]["decided_by"] == (body or "Gemeinderat")


@pytest.mark.parametrize(
    "sentence, to, outcome",
    [
        ("Der Ausschuss empfiehlt dem Rat einstimmig, die Satzung zu beschließen.", "Rat", "adopted"),
        ("Der Kreisausschuss empfiehlt dem Kreistag mehrheitlich, den Antrag abzulehnen.", "Kreistag", "rejected"),
        ("Der Ausschuss beschließt einstimmig, dem Kreistag zu empfehlen, die Beratung zu vertagen.", "Kreistag",
         "postponed"),
        ("Beschlussempfehlung an den Stadtrat: einstimmig zugestimmt", "Stadtrat", "adopted"),
    ],
)
def test_a_recommendation_is_the_recommending_body_s(sentence, to, outcome):
    text = f"Niederschrift über die Sitzung des Finanzausschusses am 03.02.2025\n\nTOP 2 Satzung\n\n{sentence}\n"
    (r,) = _resolutions(text)
    assert (r["outcome"], r["recommended_to"]) == (outcome, to)


def test_one_decision_told_twice_in_an_item_is_one_resolution():
    text = ("Niederschrift über die Sitzung der Stadtverordnetenversammlung am 15.09.2021\n\n"
            "TOP 5 Hundesteuersatzung\n\nDie Stadtverordnetenversammlung beschließt die Satzung.\n"
            "Mit großer Mehrheit angenommen.\n")
    (r,) = _resolutions(text)
    assert (r["outcome"], r["unanimous"]) == ("adopted", False)


def test_a_counted_vote_then_its_verdict():
    text = "Abstimmungsergebnis:\nJa-Stimmen: 5\nNein-Stimmen: 7\nEnthaltungen: 0\nDer Antrag ist damit abgelehnt.\n"
    (r,) = _resolutions(text)
    assert (r["outcome"], _votes(r)) == ("rejected", (False, 5, 7, 0))


# -- what is no resolution -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Beschlussvorschlag:\nDer Gemeinderat beschließt den Neubau des Feuerwehrgerätehauses.\n",
        "Sachverhalt:\nDie Kosten des Neubaus betragen 2,1 Mio. Euro.\n",
        "Der Gemeinderat möge beschließen, die Turnhalle zu sanieren.\n",
        "Herr Maier fragt, ob der Antrag abgelehnt wurde.\n",
        "Die Verwaltung wird den Antrag im nächsten Ausschuss zur Beratung vorlegen.\n",
        "Der Gemeinderat wird in seiner nächsten Sitzung über den Antrag beschließen.\n",
    ],
)
def test_no_decision_taken(text):
    assert _resolutions(text) == []


@pytest.mark.parametrize("counts", ["Abstimmung: Ja: 9, Nein: 2", "Abstimmungsergebnis: 9:2:0", "Ergebnis: 9 Ja, 2 Nein"])
def test_a_page_s_vote_field_joins_its_one_beschluss(counts):
    # an information system's TOP page: the counts at the top, the wording at the end
    text = (f"{counts}\n\nHerr Weber stellt die Planung vor und beantwortet Fragen.\n\n"
            "Beschluss:\n\n1. Der Bauausschuss nimmt den Bericht zur Kenntnis.\n\n"
            "2. Der Bauausschuss nimmt die vorgestellte Planung zur Kenntnis.\n")
    (r,) = _resolutions(text)
    assert (r["outcome"], r["decided_by"], r["votes_yes"], r["votes_no"], r["unanimous"]) == (
        "noted", "Bauausschuss", 9, 2, False)


def test_two_items_keep_their_own_votes():
    text = ("Niederschrift über die Sitzung des Bauausschusses am 05.05.2025\n\n"
            "TOP 1 Bericht Bauhof\n\nAbstimmung: Ja: 9, Nein: 0\n\n"
            "TOP 2 Bericht Kläranlage\n\nBeschluss:\nDer Bauausschuss nimmt den Bericht zur Kenntnis.\n")
    rows = _resolutions(text)
    assert [(r["agenda_item"], r["votes_yes"]) for r in rows] == [("TOP 1", 9), ("TOP 2", None)]


# -- counts in other words and in columns ---------------------------------------------------


@pytest.mark.parametrize(
    "counts, votes",
    [
        ("Zustimmung: 8\nAblehnung: 1\nEnthaltung: 2", (False, 8, 1, 2)),
        ("Zustimmungen: 8, Ablehnungen: 0, Enthaltungen: 2", (True, 8, 0, 2)),
        ("Ja | Nein | Enthaltung\n10 | 2 | 1", (False, 10, 2, 1)),
        ("Ja\tNein\tEnthaltungen\n10\t0\t1", (True, 10, 0, 1)),
        ("Ja-Stimmen  Nein-Stimmen  Enthaltungen\n  7  3  0", (False, 7, 3, 0)),
    ],
)
def test_counts_labelled_or_in_columns(counts, votes):
    text = ("Niederschrift über die Sitzung des Sozialausschusses am 10.10.2023\n\nTOP 9 Sozialticket\n\n"
            f"Beschluss:\nDer Sozialausschuss empfiehlt dem Rat, dem Konzept zuzustimmen.\n\nAbstimmungsergebnis:\n{counts}\n")
    (r,) = _resolutions(text)
    assert (r["outcome"], r["recommended_to"], _votes(r)) == ("adopted", "Rat", votes)


def test_a_recommendation_that_quotes_the_beschlusstext_then_its_vote():
    text = ("Niederschrift über die Sitzung des Kreisausschusses am 10.10.2023\n\nTOP 9 Sozialticket\n\n"
            "Der Kreisausschuss empfiehlt dem Kreistag folgenden Beschluss:\n"
            "„Der Kreistag beschließt die Einführung eines Sozialtickets zum 01.01.2024 und beauftragt die "
            "Verwaltung mit der Umsetzung.“\nAbstimmungsergebnis: einstimmig\n")
    (r,) = _resolutions(text)
    assert (r["outcome"], r["decided_by"], r["recommended_to"], r["unanimous"], r["date"]) == (
        "adopted", "Kreisausschuss", "Kreistag", True, "2023-10-10")


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        ("Die Beratung wird in die nächste Sitzung verschoben.", "postponed"),
        ("Die Beratung des Punktes wurde auf die Sitzung im Mai verschoben.", "postponed"),
        ("Als Vertreter in die Verbandsversammlung des Zweckverbandes wird Herr Schulz einstimmig benannt.", "adopted"),
        ("In den Aufsichtsrat der Stadtwerke wird Frau Özdemir entsandt.", "adopted"),
        ("Der Rat befürwortet die Planung einstimmig.", "adopted"),
        ("Die Ratsmitglieder befürworteten die Planung mehrheitlich.", "adopted"),
    ],
)
def test_postponements_appointments_and_endorsements(sentence, outcome):
    text = f"Niederschrift über die Sitzung des Rates am 10.10.2023\n\nTOP 9 Angelegenheit\n\n{sentence}\n"
    (r,) = _resolutions(text)
    assert (r["outcome"], r["decided_by"]) == (outcome, "Rat")


@pytest.mark.parametrize(
    "sentence, outcome, votes",
    [
        ("Dem Beschlussvorschlag der Verwaltung wird einstimmig gefolgt.", "adopted", (True, None, None, None)),
        ("Der Empfehlung des Bauausschusses wurde mehrheitlich gefolgt.", "adopted", (False, None, None, None)),
        ("Der Tagesordnungspunkt wird von der Tagesordnung genommen.", "postponed", (None, None, None, None)),
        ("Der Antrag wird an die Verwaltung zurückverwiesen.", "referred", (None, None, None, None)),
        ("Nach kurzer Diskussion wird über den Antrag abgestimmt: 8 dafür, 3 dagegen.", "adopted", (False, 8, 3, None)),
        ("Über die Vorlage wurde abgestimmt: 2 Ja-Stimmen, 9 Nein-Stimmen.", "rejected", (False, 2, 9, None)),
    ],
)
def test_followed_taken_off_referred_back_and_voted_on(sentence, outcome, votes):
    text = f"Niederschrift über die Sitzung des Rates am 10.10.2023\n\nTOP 9 Angelegenheit\n\n{sentence}\n"
    (r,) = _resolutions(text)
    assert (r["outcome"], _votes(r)) == (outcome, votes)


@pytest.mark.parametrize(
    "sentence",
    [
        "Herr Meier beantragt, den Punkt zu vertagen.",
        "Über den Antrag wird nicht abgestimmt, da die Verwaltung zusagt, das Anliegen zu prüfen.",
        "Frau Berg (SPD) erklärt, ihre Fraktion werde dem Antrag zustimmen.",
        "Die Verwaltung berichtet, dass der Kreistag den Antrag im Mai abgelehnt hat.",
        "Herr Maier fragt, ob dem Vorschlag gefolgt werden könne.",
    ],
)
def test_what_is_said_in_the_debate_is_no_decision(sentence):
    text = f"Niederschrift über die Sitzung des Rates am 10.10.2023\n\nTOP 9 Angelegenheit\n\n{sentence}\n"
    assert _resolutions(text) == []


# -- the Beschlusstext is the content of one decision ----------------------------------------


@pytest.mark.parametrize(
    "body, outcome, votes",
    [
        ("Der Gemeinderat beschließt:\n1. Die Stellungnahmen werden wie in der Anlage dargestellt abgewogen.\n"
         "2. Der Bebauungsplan Nr. 7 wird als Satzung beschlossen.\n3. Die Verwaltung wird beauftragt, den "
         "Beschluss bekannt zu machen.\n\nAbstimmungsergebnis: einstimmig", "adopted", (True, None, None, None)),
        ("Beschluss:\n„Der Antrag der CDU-Fraktion wird abgelehnt. Die Verwaltung wird beauftragt, stattdessen "
         "ein Gutachten einzuholen.“\n\nAbstimmungsergebnis: 14 Ja, 3 Nein, 1 Enthaltung", "rejected",
         (False, 14, 3, 1)),
        ("Beschlussvorschlag:\nDer Gemeinderat beschließt den Bebauungsplan als Satzung.\n\n"
         "Nach Aussprache wird dem Beschlussvorschlag mit 12 Ja-Stimmen bei 2 Gegenstimmen zugestimmt.", "adopted",
         (False, 12, 2, None)),
        ("Beschlussvorschlag:\nDer Gemeinderat beschließt den Bebauungsplan als Satzung.\n\n"
         "Beschluss:\nWie Beschlussvorschlag.\nAbstimmungsergebnis: 12:2:0", "adopted", (False, 12, 2, 0)),
        ("Beschlussvorschlag:\nDer Gemeinderat beschließt den Bebauungsplan als Satzung.\n\n"
         "Beschluss: abgelehnt\nJa 3 Nein 11", "rejected", (False, 3, 11, None)),
    ],
)
def test_one_decision_with_its_beschlusstext(body, outcome, votes):
    text = f"Niederschrift über die Sitzung des Gemeinderates am 10.10.2023\n\nTOP 4 Bebauungsplan Nr. 7\n\n{body}\n"
    (r,) = _resolutions(text)
    assert (r["outcome"], _votes(r), r["subject"]) == (outcome, votes, "Bebauungsplan Nr. 7")


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Die Gemeindevertretung", "Gemeindevertretung"),
        ("Die Stadtverordnetenversammlung", "Stadtverordnetenversammlung"),
        ("Die Bürgerschaft", "Bürgerschaft"),
        ("Der Samtgemeinderat", "Samtgemeinderat"),
        ("Der Verbandsgemeinderat", "Verbandsgemeinderat"),
        ("Der Marktgemeinderat", "Marktgemeinderat"),
        ("Die Bezirksvertretung", "Bezirksvertretung"),
        ("Die Bezirksverordnetenversammlung", "Bezirksverordnetenversammlung"),
        ("Der Stadtbezirksrat", "Stadtbezirksrat"),
        ("Der Amtsausschuss", "Amtsausschuss"),
        ("Der Magistrat", "Magistrat"),
        ("Der Gemeindevorstand", "Gemeindevorstand"),
        ("Der Senat", "Senat"),
        ("Der Ausschuss für Umwelt und Verkehr", "Ausschuss für Umwelt und Verkehr"),
    ],
)
def test_the_deciding_bodies_of_the_laender(subject, body):
    (r,) = _resolutions(f"Niederschrift\n\nTOP 3 Angelegenheit\n\n{subject} stimmt dem Antrag einstimmig zu.\n")
    assert (r["outcome"], r["decided_by"]) == ("adopted", body)


def test_a_report_lists_the_decisions_of_its_session_each_on_its_own():
    text = ("Gemeinde Musterbach\nAmtsblatt vom 20.05.2023\n\nAus der Sitzung des Gemeinderates vom 12. Mai 2023\n\n"
            "Der Gemeinderat hat folgende Beschlüsse gefasst:\n"
            "- Der Haushaltsplan 2023 wurde einstimmig verabschiedet.\n"
            "- Dem Bauantrag auf Errichtung einer Garage in der Bergstraße wurde zugestimmt.\n"
            "- Die Arbeiten für die Sanierung des Kindergartens wurden an die Firma Bau GmbH vergeben.\n"
            "- Der Antrag des Sportvereins auf einen Zuschuss wurde mehrheitlich abgelehnt.\n")
    rows = _resolutions(text)
    assert [(r["outcome"], r["decided_by"], r["date"], r["unanimous"]) for r in rows] == [
        ("adopted", "Gemeinderat", "2023-05-12", True),
        ("adopted", "Gemeinderat", "2023-05-12", None),
        ("adopted", "Gemeinderat", "2023-05-12", None),
        ("rejected", "Gemeinderat", "2023-05-12", False),
    ]


@pytest.mark.parametrize(
    "sentence, n",
    [
        ("Die Resolution zum Erhalt der Geburtsstation wird einstimmig verabschiedet.", 1),
        ("Die Satzung über die Benutzung der Sporthallen wurde mehrheitlich verabschiedet.", 1),
        ("Der Auftrag wird an die Firma Muster GmbH zum Angebotspreis von 312.000 Euro vergeben.", 1),
        # seeing a member off is no decision
        ("Der Bürgermeister verabschiedet Herrn Klein nach 30 Jahren aus dem Gemeinderat.", 0),
        ("Frau Roth wird mit Dank für ihre Arbeit verabschiedet.", 0),
    ],
)
def test_papers_passed_and_contracts_awarded(sentence, n):
    text = f"Niederschrift über die Sitzung des Gemeinderates am 10.10.2023\n\nTOP 7 Angelegenheit\n\n{sentence}\n"
    rows = _resolutions(text)
    assert [r["outcome"] for r in rows] == ["adopted"] * n


@pytest.mark.parametrize(
    "vote, votes",
    [
        ("mit 10 gegen 2 Stimmen", (False, 10, 2, None)),
        ("mit 17 Ja-Stimmen gegen 6 Nein-Stimmen", (False, 17, 6, None)),
        ("mit einer Gegenstimme", (False, None, 1, None)),
        ("einstimmig bei einer Enthaltung", (True, None, None, 1)),
        ("mit den Stimmen der CDU und der FDP gegen die Stimmen der SPD", (False, None, None, None)),
        ("bei 3 Gegenstimmen und 2 Enthaltungen mehrheitlich", (False, None, 3, 2)),
    ],
)
def test_votes_in_a_sentence(vote, votes):
    text = (f"Niederschrift über die Sitzung des Rates am 10.10.2023\n\nTOP 9 Angelegenheit\n\n"
            f"Der Rat beschließt {vote} die Einführung des Sozialtickets.\n")
    (r,) = _resolutions(text)
    assert (r["outcome"], _votes(r)) == ("adopted", votes)


@pytest.mark.parametrize(
    "field, votes",
    [
        ("Ja: 12\nNein: -\nEnthaltung: -", (True, 12, 0, 0)),
        ("Ja: 12, Nein: –, Enthaltungen: 1", (True, 12, 0, 1)),
        ("Ja-Stimmen: 9 - Nein-Stimmen: 2 - Enthaltungen: 0", (False, 9, 2, 0)),
    ],
)
def test_a_dash_in_a_form_s_count_is_none_cast(field, votes):
    text = ("Niederschrift über die Sitzung des Rates am 10.10.2023\n\nTOP 9 Angelegenheit\n\n"
            f"Beschluss:\nDer Rat beschließt die Einführung des Sozialtickets.\n\nAbstimmungsergebnis:\n{field}\n")
    (r,) = _resolutions(text)
    assert (r["outcome"], _votes(r)) == ("adopted", votes)


# -- the vote blocks of the common information systems ------------------------------------------


@pytest.mark.parametrize(
    "block, votes",
    [
        ("Abstimmungsergebnis:\ngesetzliche Anzahl der Mitglieder: 17\ndavon anwesend: 15\nJa-Stimmen: 15\n"
         "Nein-Stimmen: 0\nStimmenthaltungen: 0\nBefangenheit: 0", (True, 15, 0, 0)),
        ("Abstimmung:\nanwesend: 15\ndafür: 14\ndagegen: 1\nEnthaltung: 0", (False, 14, 1, 0)),
        ("Abstimmungsergebnis:\nZustimmung: 12 Ablehnung: 0 Enthaltung: 1 Befangen: 0", (True, 12, 0, 1)),
        ("Abstimmungsergebnis:\nGremium | Ja | Nein | Enthaltung\nGemeindevertretung | 21 | 2 | 0", (False, 21, 2, 0)),
        ("Abstimmungsergebnis: Anzahl der Mitglieder: 25; anwesend: 22; Ja: 20; Nein: 1; Enthaltung: 1",
         (False, 20, 1, 1)),
    ],
)
def test_vote_blocks_with_attendance_and_tables(block, votes):
    text = f"Beschluss:\nDie Gemeindevertretung beschließt den Jahresabschluss 2022.\n\n{block}\n"
    (r,) = _resolutions(text)
    assert (r["outcome"], r["decided_by"], _votes(r)) == ("adopted", "Gemeindevertretung", votes)


def test_a_result_line_takes_the_counts_under_it():
    (r,) = _resolutions("Ergebnis:\nmehrheitlich beschlossen\nJa: 10 Nein: 3 Enthaltung: 2\n")
    assert (r["outcome"], _votes(r)) == ("adopted", (False, 10, 3, 2))


# -- a TOP page's result field over its wording (holdout5's families) ------------------------


@pytest.mark.parametrize(
    "field",
    [
        "Beschluss: Mit Debatte - einstimmig -",
        "Beschluss: Ohne Aussprache – einstimmig",
        "Beschluss: einstimmig angenommen",
    ],
)
def test_a_result_field_then_its_wording_is_one_resolution(field):
    text = (f"{field}\n\nAbstimmung: Ja: 9, Nein: 0\n\n"
            "Das Protokoll der Sitzung des Sportausschusses vom 04.05.2021 wird ohne Änderungen genehmigt.\n")
    (r,) = _resolutions(text)
    assert (r["outcome"], r["unanimous"], r["votes_yes"], r["votes_no"], r["date"]) == (
        "adopted", True, 9, 0, None)


@pytest.mark.parametrize(
    "wording, body",
    [
        ("Ohne Aussprache fasst der Rat folgenden Beschluss:\n\nBeschluss:\n\n"
         "Der Bürgerantrag wird an den Ausschuss für Schule und Sport verwiesen.", "Rat"),
        ("Der Antrag wird zur weiteren Beratung in den Bauausschuss verwiesen.", None),
        ("Nach kurzer Beratung fasst der Gemeinderat den Beschluss:\n\n"
         "Die Eingabe wird an den Hauptausschuss überwiesen.", "Gemeinderat"),
    ],
)
def test_a_result_field_over_a_referral(wording, body):
    text = f"Beschluss: einstimmig angenommen\n\nAbstimmung: Ja: 21, Nein: 0, Enthaltungen: 0\n\n{wording}\n"
    (r,) = _resolutions(text)
    assert (r["outcome"], r["decided_by"], r["votes_yes"]) == ("referred", body, 21)


def test_a_result_field_over_an_adoption_stays_adopted():
    text = ("Beschluss: einstimmig angenommen\n\nAbstimmung: Ja: 21, Nein: 0\n\n"
            "Der Bebauungsplan wird als Satzung beschlossen.\n")
    (r,) = _resolutions(text)
    assert r["outcome"] == "adopted"


@pytest.mark.parametrize(
    "result, votes",
    [
        ("ABSTIMMUNGSERGEBNIS:    Einstimmig", (True, None, None, None)),
        ("ABSTIMMUNGSERGEBNIS: Einstimmig bei 1 Enthaltung", (True, None, None, 1)),
        ("ABSTIMMUNG: einstimmig bei zwei Enthaltungen", (True, None, None, 2)),
        ("Abstimmungsergebnis: Einstimmig bei 3 Enthaltungen", (True, None, None, 3)),
    ],
)
def test_a_vote_label_in_capitals(result, votes):
    text = ("TOP 5 Trägerverein\n\nBeschluss:\n\nDer Samtgemeinderat beauftragt die Verwaltung, "
            f"den Beitritt vorzubereiten.\n\n{result}\n")
    (r,) = _resolutions(text)
    assert (r["outcome"], _votes(r)) == ("adopted", votes)


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Bundestag hat eine stufenweise Einführung des Rechtsanspruchs auf Ganztagsbetreuung beschlossen.",
        "Der Landtag hat im März das neue Kita-Gesetz beschlossen.",
        "Die Landesregierung beschloss im Mai ein Förderprogramm für Schwimmbäder.",
        "Der Bundesrat hat dem Gesetz am 10. Juli zugestimmt.",
    ],
)
def test_a_law_recounted_in_a_sachverhalt_is_no_council_decision(sentence):
    assert _resolutions(f"Sachverhalt:\n\n{sentence}\n") == []


def test_a_kreistag_decision_is_still_one():
    (r,) = _resolutions("Sachverhalt:\n\nDer Kreistag hat am 12.03.2023 die Einführung des Ganztags beschlossen.\n")
    assert (r["decided_by"], r["outcome"]) == ("Kreistag", "adopted")


@pytest.mark.parametrize(
    "labels",
    [("A", "B"), ("1", "2")],
)
def test_a_decision_in_parts_with_a_vote_each(labels):
    a, b = labels
    text = (f"Beschluss:\n\n{a}.         Die Haushaltssatzung 2024 mit ihren Anlagen wird beschlossen.\n\n"
            f"{b}.         Der Stellenplan 2024 wird beschlossen.\n\n\n"
            f"Abstimmungsergebnis zu {a}: mehrheitlich angenommen bei 14 Gegenstimmen und 2 Enthaltungen\n\n"
            f"Abstimmungsergebnis zu {b}: einstimmig angenommen\n")
    first, second = _resolutions(text)
    assert (first["outcome"], _votes(first), first["quote"]) == (
        "adopted", (False, None, 14, 2), f"{a}.         Die Haushaltssatzung 2024 mit ihren Anlagen wird beschlossen.")
    assert (second["outcome"], _votes(second), second["quote"]) == (
        "adopted", (True, None, None, None), f"{b}.         Der Stellenplan 2024 wird beschlossen.")


def test_parts_without_their_own_votes_stay_one_decision():
    text = ("Beschluss:\n\nA. Die Haushaltssatzung wird beschlossen.\n\nB. Der Stellenplan wird beschlossen.\n\n"
            "Abstimmungsergebnis: einstimmig\n")
    (r,) = _resolutions(text)
    assert (r["outcome"], r["unanimous"]) == ("adopted", True)


@pytest.mark.parametrize(
    "row, outcome",
    [
        ("17.02.2022 \n9. Sitzung des Jugendhilfeausschusses (Wahlperiode 2021 - 2026) zur Kenntnis genommen / ohne Votum",
         "noted"),
        ("04.03.2024\n3. Sitzung des Bauausschusses (WP 2019-2024) ungeändert beschlossen / mit Votum", "adopted"),
        ("04.03.2024\nSitzung des Bauausschusses abgelehnt", "rejected"),
    ],
)
def test_a_beratungsfolge_row_with_its_result(row, outcome):
    text = f"Beratungsfolge:\nDatum Gremium Ergebnis\n{row}\n\nSachverhalt\nDie Stadt berichtet.\n"
    rows = [r for r in _resolutions(text) if r["rule"] == "resolution.consultation"]
    assert [(r["outcome"], r["date"][:4]) for r in rows] == [(outcome, row[6:10])]
    assert rows[0]["decided_by"] in ("Jugendhilfeausschuss", "Bauausschuss")


@pytest.mark.parametrize(
    "field, wording, to",
    [
        ("Beschluss: einstimmig empfohlen", "Der Stadtrat der Stadt Musterstadt beschließt, die Satzung zu ändern.",
         "Stadtrat"),
        ("Beschluss: mehrheitlich empfohlen", "Der Kreistag beschließt den Haushalt 2025.", "Kreistag"),
        ("Beschluss: einstimmig empfohlen", "Der Gemeinderat stimmt dem Bauantrag zu.", "Gemeinderat"),
    ],
)
def test_a_recommended_wording_names_the_body_it_goes_to(field, wording, to):
    text = f"{field}\n\nAbstimmung: Ja: 8, Nein: 0, Enthaltungen: 0\n\n{wording}\n"
    (r,) = _resolutions(text)
    assert (r["outcome"], r["recommended_to"], r["votes_yes"], r["decided_by"]) == ("adopted", to, 8, None)


def _group_table(rows: dict[str, list[str]], heads=("SPD", "CDU", "FW", "Grüne", "Summe")) -> str:
    cells = [" ", *heads]
    for label, values in rows.items():
        cells += [label, *values]
    return "\n\n".join(cells)


@pytest.mark.parametrize(
    "rows, votes",
    [
        ({"Ja-Stimmen": ["8", "7", "10", "4", "29"], "Nein-Stimmen": [" ", " ", "1", " ", "1"],
          "Enthaltungen": [" ", " ", " ", "1", "1"]}, (False, 29, 1, 1)),
        ({"Ja": ["5", "6", "3", "2", "16"], "Nein": [" ", " ", " ", " ", " "]}, (None, 16, None, None)),
        ({"Ja-Stimmen": ["5", " ", "3", "2", "10"], "Nein-Stimmen": [" ", "6", " ", " ", "6"]}, (False, 10, 6, None)),
    ],
)
def test_a_vote_table_by_group_with_its_sum_column(rows, votes):
    text = ("Herr Muster beantragt, den Punkt zu vertagen.\n\n \n\n"
            f"Abstimmungsergebnis:\n\n{_group_table(rows)}\n")
    (r,) = _resolutions(text)
    assert (r["outcome"], _votes(r)) == ("adopted" if votes[1] > (votes[2] or 0) else "rejected", votes)


def test_a_group_table_whose_last_column_is_no_sum_gives_no_counts():
    from councildata.extract.votes import sum_column_table

    text = _group_table({"Ja-Stimmen": ["8", "7", "10", "4", "12"]})
    assert sum_column_table(text) is None
    assert sum_column_table(_group_table({"Ja-Stimmen": ["8", "7", "10", "4", "29"]}))[0] == (29, None, None)


# -- referral, postponement, withdrawal: the family in minutes ------------------------------

def _in_minutes(sentence: str) -> str:
    return ("Niederschrift über die Sitzung des Gemeinderates am 12.03.2025\n\n"
            f"TOP 4 Neugestaltung des Marktplatzes\n\n{sentence}\n")


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
    (r,) = _resolutions(_in_minutes(sentence))
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
    assert _resolutions(_in_minutes(sentence)) == []


def test_a_paper_withdrawn_and_taken_off_the_agenda_is_one_withdrawal():
    rows = _resolutions(_in_minutes(
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
    (r,) = _resolutions(_in_minutes(f"{proposal} Der Gemeinderat ist damit einverstanden."))
    assert r["outcome"] == outcome


# -- votes on side motions in an item with a Beschluss block --------------------------------


@pytest.mark.parametrize(
    "side, outcome, votes",
    [
        ("Abstimmung über den Änderungsantrag der CDU-Fraktion:\nJa-Stimmen: 5\nNein-Stimmen: 14\n"
         "Stimmenthaltungen: 2\nDer Änderungsantrag ist damit abgelehnt.", "rejected", (False, 5, 14, 2)),
        ("Der Ergänzungsantrag der Fraktion Freie Wähler wird mit 11 Ja-Stimmen bei 3 Gegenstimmen\nangenommen.",
         "adopted", (False, 11, 3, None)),
        ("Über den Geschäftsordnungsantrag auf Vertagung wird abgestimmt. Er wird mit Stimmenmehrheit abgelehnt.",
         "rejected", (False, None, None, None)),
        ("Der GO-Antrag auf Schluss der Debatte wird einstimmig angenommen.", "adopted", (True, None, None, None)),
    ],
)
def test_a_side_motion_s_vote_before_the_beschluss_is_its_own_resolution(side, outcome, votes):
    text = _in_minutes(f"{side}\n\nBeschluss:\nDer Gemeinderat beschließt die Neugestaltung gemäß Vorlage.\n"
                       "Abstimmungsergebnis: 15 dafür, 5 dagegen, 1 Enthaltung")
    first, main = _resolutions(text)
    assert (first["outcome"], _votes(first)) == (outcome, votes)
    assert (main["outcome"], _votes(main)) == ("adopted", (False, 15, 5, 1))


def test_a_debate_in_an_item_with_a_beschluss_block_stays_no_decision():
    text = _in_minutes("Herr Roth meint, der Antrag der Verwaltung werde sicher angenommen.\n\n"
                       "Beschluss:\nDer Gemeinderat beschließt die Neugestaltung.\nAbstimmungsergebnis: einstimmig")
    assert [r["outcome"] for r in _resolutions(text)] == ["adopted"]


# -- a vote table with a row per group, a dash for none --------------------------------------


@pytest.mark.parametrize(
    "table, votes",
    [
        ("Ja Nein Enthaltung\nCDU - 16 -\nSPD 12 - -\nGRÜNE 9 - -", (False, 21, 16, 0)),
        ("          Ja    Nein   Enthaltung\nCDU       -     16     -\nBÜNDNIS 90/DIE GRÜNEN  9  -  1\nFDP  2  -  -",
         (False, 11, 16, 1)),
        ("Ja | Nein | Enthaltungen\nFraktion A | 10 | – | –\nFraktion B | 8 | – | 2", (True, 18, 0, 2)),
        ("dafür dagegen\nSPD 7 0\nCDU 6 0\nFW 3 0", (True, 16, 0, None)),
    ],
)
def test_a_vote_table_by_group_rows(table, votes):
    text = _in_minutes(f"Abstimmungsergebnis:\n\n{table}\n\nDer Punkt ist damit erledigt.")
    (r,) = _resolutions(text)
    assert _votes(r) == votes


def test_a_table_of_figures_that_is_no_vote_gives_no_counts():
    text = _in_minutes("Abstimmungsergebnis: einstimmig\n\nJahr Ansatz Ergebnis\n2023 120 118\n2024 130 129")
    (r,) = _resolutions(text)
    assert _votes(r) == (True, None, None, None)


# -- page breaks in the middle of an item -------------------------------------------------


@pytest.mark.parametrize("furniture", [
    "Seite 2 von 6",
    "- 2 -",
    "Seite: 2/6",
])
def test_a_decision_sentence_broken_by_a_page_break(furniture):
    text = _in_minutes(f"Der Gemeinderat stimmt dem Neubau des Bauhofs\n\n{furniture}\n\nmit 12 Ja-Stimmen bei "
                       "3 Gegenstimmen zu.\n\nTOP 5 Verschiedenes\n\nKeine Wortmeldungen.")
    (r,) = _resolutions(text)
    assert (r["outcome"], r["agenda_item"], _votes(r)) == ("adopted", "TOP 4", (False, 12, 3, None))


@pytest.mark.parametrize("page_head", [
    "Gemeinde Talheim – Niederschrift Gemeinderat vom 12.03.2025 Seite 2 von 6",
    "- 3 -\nNiederschrift Gemeinderat 12.03.2025",
])
def test_a_running_header_between_beschluss_and_vote(page_head):
    text = _in_minutes(f"Beschluss:\nDer Gemeinderat beschließt den Neubau des Bauhofs.\n\n{page_head}\n\n"
                       "Abstimmungsergebnis: 12 dafür, 3 dagegen, 1 Enthaltung\n\nTOP 5 Verschiedenes\n\nKeine Wortmeldungen.")
    (r,) = _resolutions(text)
    assert (r["outcome"], r["agenda_item"], _votes(r)) == ("adopted", "TOP 4", (False, 12, 3, 1))


def test_a_new_paragraph_in_lower_case_after_a_full_stop_is_no_page_break():
    text = _in_minutes("Der Gemeinderat stimmt dem Neubau einstimmig zu.\n\nmit freundlichen Grüßen")
    (r,) = _resolutions(text)
    assert r["quote"].endswith("zu.")


@pytest.mark.parametrize("sentence, unanimous", [
    ("Der Bürgermeister wird ermächtigt, den Vertrag abzuschließen.", None),
    ("Die Oberbürgermeisterin wird einstimmig ermächtigt, die Vereinbarung zu unterzeichnen.", True),
    ("Die Verwaltung wird beauftragt, ein Verkehrsgutachten einzuholen.", None),
    ("Die Verwaltung wurde mehrheitlich beauftragt, bis zur nächsten Sitzung einen Vorschlag\nvorzulegen.", False),
])
def test_the_administration_empowered_or_charged_in_minutes(sentence, unanimous):
    (r,) = _resolutions(_in_minutes(sentence))
    assert (r["outcome"], r["unanimous"]) == ("adopted", unanimous)


@pytest.mark.parametrize("sentence", [
    "Herr Roth fragt, ob die Verwaltung beauftragt werden könne.",
    "Die Verwaltung soll beauftragt werden, einen Vorschlag vorzulegen.",
    "Die Verwaltung ist beauftragt, die Planung fortzuführen, teilt der Bürgermeister mit.",
    "Der Antrag ist abgelehnt worden, berichtet die Kämmerin.",
])
def test_no_empowerment_asked_for_or_reported(sentence):
    assert _resolutions(_in_minutes(sentence)) == []


def test_an_empowerment_in_the_beschluss_is_its_content():
    text = _in_minutes("Beschluss:\n1. Der Gemeinderat stimmt der Vereinbarung zu.\n2. Der Bürgermeister wird "
                       "ermächtigt, sie zu unterzeichnen.\nAbstimmungsergebnis: einstimmig")
    assert [r["outcome"] for r in _resolutions(text)] == ["adopted"]


# -- the minutes of the last session approved --------------------------------------------


@pytest.mark.parametrize("sentence, votes", [
    ("Die Niederschrift der Sitzung vom 16.02.2025 wird ohne Änderungen bestätigt.", (None, None, None, None)),
    ("Das Protokoll der letzten Sitzung wird einstimmig genehmigt.", (True, None, None, None)),
    ("Die Niederschrift gilt als genehmigt.", (None, None, None, None)),
    ("Die Niederschrift über die Sitzung vom 12.02.2025 wird ohne Einwendungen angenommen.", (None, None, None, None)),
    ("Der Gemeinderat genehmigt die Niederschrift der Sitzung vom 12.02.2025.", (None, None, None, None)),
    ("Die Sitzungsniederschrift vom 12.02.2025 wurde bei 2 Enthaltungen\ngebilligt.", (None, None, None, 2)),
])
def test_the_last_minutes_approved_on_this_session_s_date(sentence, votes):
    (r,) = _resolutions(_in_minutes(sentence))
    assert (r["outcome"], r["date"], _votes(r)) == ("adopted", "2025-03-12", votes)


@pytest.mark.parametrize("sentence", [
    "Die Niederschrift soll in der nächsten Sitzung genehmigt werden.",
    "Die Tagesordnung wird in der vorliegenden Form bestätigt.",
    "Der Vorsitzende bestätigt den Eingang des Schreibens.",
    "Das Protokoll soll künftig schneller versandt werden.",
])
def test_no_minutes_approved(sentence):
    assert _resolutions(_in_minutes(sentence)) == []


@pytest.mark.parametrize("motion", [
    "Gemeinderat Rapp stellt den Antrag auf Schluss der Debatte.",
    "Die CDU-Fraktion beantragt Schluss der Debatte (Antrag zur Geschäftsordnung).",
    "Stadträtin Ilg stellt einen GO-Antrag auf Schluss der Rednerliste.",
])
def test_a_procedural_vote_named_in_the_sentence_before_is_its_own_resolution(motion):
    text = _in_minutes(f"{motion} Der Antrag wird mit Stimmenmehrheit angenommen.\n\n"
                       "Der Gemeinderat beschließt den Waldwirtschaftsplan mit Stimmenmehrheit.")
    assert [(r["outcome"], r["unanimous"]) for r in _resolutions(text)] == [("adopted", False), ("adopted", False)]


def test_one_decision_told_twice_stays_one_without_a_side_motion():
    text = _in_minutes("Der Gemeinderat beschließt den Waldwirtschaftsplan mit Stimmenmehrheit.\n\n"
                       "Beschluss: mehrheitlich beschlossen")
    assert len(_resolutions(text)) == 1


# -- the count line of a "Beratungsergebnis" and the points of one Beschluss wording -----------

_NUMBERED_MINUTES = """Niederschrift über die 5. Sitzung des Gemeinderates Nordheim am 12.03.2024

1. Eröffnung der Sitzung
Der Bürgermeister eröffnet die Sitzung.
2. Bebauungsplan Nr. 7 „Am Mühlbach“
Frau Kern erläutert den Entwurf zum Bebauungsplan Nr.
7 „Am Mühlbach“ und die Stellungnahmen.
Beschluss:
{wording}
{result}
3. Verschiedenes
Es gibt keine Wortmeldungen.
"""


@pytest.mark.parametrize(
    "result, votes",
    [
        ("Beratungsergebnis:\n8 Ja-Stimmen, 0 Gegenstimmen, 1 Stimmenthaltung", (True, 8, 0, 1)),
        ("Beratungsergebnis:\n8 Ja-Stimme(n), 0 Gegenstimme(n), 1 Stimmenthaltung(en)", (True, 8, 0, 1)),
        ("Beratungsergebnis: 6 Ja-Stimmen, 2 Gegenstimmen, 0 Stimmenthaltungen", (False, 6, 2, 0)),
        ("BERATUNGSERGEBNIS:\n7 Ja-Stimme(n), 1 Gegenstimme(n), 0 Stimmenthaltung(en)", (False, 7, 1, 0)),
        ("Abstimmungsergebnis: 9 Ja-Stimmen / 0 Nein-Stimmen / 0 Enthaltungen", (True, 9, 0, 0)),
    ],
)
def test_a_numbered_beschluss_with_its_count_line_is_one_decision(result, votes):
    wording = (
        "1. Der Rat der Gemeinde Nordheim nimmt das Ergebnis der Beteiligung zur Kenntnis.\n"
        "2. Der Rat der Gemeinde Nordheim beschließt die Abwägung in der beigefügten\nFassung.\n"
        "3. Der Rat der Gemeinde Nordheim fasst den Satzungsbeschluss und billigt die Begründung."
    )
    (r,) = _resolutions(_NUMBERED_MINUTES.format(wording=wording, result=result))
    assert (r["outcome"], _votes(r), r["agenda_item"]) == ("adopted", votes, "2")
    assert r["quote"].startswith("Beschluss:\n1. Der Rat") and r["quote"].endswith(result.split("\n")[-1])


@pytest.mark.parametrize(
    "points",
    [
        ("nimmt den Bericht zur Kenntnis.", "beauftragt die Verwaltung mit der Ausschreibung."),
        ("nimmt die Stellungnahmen zur Kenntnis.", "stimmt dem Entwurf zu."),
        ("nimmt die Kostenschätzung zur Kenntnis.", "genehmigt die überplanmäßige Ausgabe."),
    ],
)
def test_the_points_of_one_wording_are_no_decisions_of_their_own(points):
    wording = "\n".join(f"{k}. Der Rat der Gemeinde Nordheim {p}" for k, p in enumerate(points, 1))
    result = "Beratungsergebnis:\n9 Ja-Stimmen, 0 Gegenstimmen, 0 Stimmenthaltungen"
    (r,) = _resolutions(_NUMBERED_MINUTES.format(wording=wording, result=result))
    assert r["outcome"] == "adopted"


def test_points_that_only_take_note_stay_noted():
    wording = (
        "1. Der Rat der Gemeinde Nordheim nimmt den Bericht zur Kenntnis.\n"
        "2. Der Rat der Gemeinde Nordheim nimmt die Stellungnahmen zur Kenntnis."
    )
    result = "Beratungsergebnis:\n9 Ja-Stimmen, 0 Gegenstimmen, 0 Stimmenthaltungen"
    (r,) = _resolutions(_NUMBERED_MINUTES.format(wording=wording, result=result))
    assert r["outcome"] == "noted"


def test_a_beratungsergebnis_in_a_sentence_is_no_label():
    text = (
        "Beschlussvorlage 2024/017\n\nAbweichend vom Beratungsergebnis des Bauausschusses schlägt die "
        "Verwaltung vor, den Entwurf zu überarbeiten.\n"
    )
    assert _resolutions(text) == []


# -- an election told by its counts -------------------------------------------------------------

_ELECTION = (
    "Beschlüsse der Kreistagssitzung vom 14.03.2018\n\nzu TOP 9: Wahl der Kreisbrandmeisterin\n\n{line}\n"
    "„Frau Anna Beispiel wird gemäß der Hauptsatzung für sechs Jahre zur Kreisbrandmeisterin "
    "gewählt.“\n"
)


@pytest.mark.parametrize(
    "line, votes",
    [
        ("Der Kreistag wählt mit 28 Ja-Stimmen und 13 Gegenstimmen:", (False, 28, 13, None)),
        ("Der Kreistag wählt mit 31 Ja-Stimmen, 9 Gegenstimmen und einer Enthaltung:", (False, 31, 9, 1)),
        ("Der Kreistag wählt mit 40 Stimmen bei 2 Gegenstimmen:", (False, None, 2, None)),
        ("Der Kreistag wählt einstimmig bei 2 Enthaltungen:", (True, None, None, 2)),
        ("Der Stadtrat wählte mehrheitlich bei 3 Enthaltungen:", (False, None, None, 3)),
    ],
)
def test_an_election_with_its_counts_is_adopted(line, votes):
    (r,) = _resolutions(_ELECTION.format(line=line))
    assert (r["outcome"], _votes(r)) == ("adopted", votes)


@pytest.mark.parametrize(
    "line",
    [
        "Herr Resch erläutert, wie der Kreistag mit Stimmzetteln wählt.",
        "Die Bürger wählen mit ihrer Erststimme den Landrat.",
    ],
)
def test_talk_about_how_one_votes_is_no_election(line):
    text = f"Bericht aus der Kreisverwaltung\n\n{line}\n"
    assert _resolutions(text) == []


# -- a list of the session's decisions under a line that announces them ----------------------------

_DECIDED_LIST = "Aus der Stadtratssitzung am 15.06.2022\n\nDie Sitzung begann pünktlich.\n{head}\n{lines}\n\nWeitere Themen folgten.\n"


@pytest.mark.parametrize(
    "head, line, outcome",
    [
        ("Folgende Änderungen zur Tagesordnung wurden beschlossen:", "TOP 27 wird in den Bauausschuss überwiesen", "referred"),
        ("Folgende Änderungen zur Tagesordnung wurden beschlossen:", "TOP 12 wird von der Tagesordnung genommen", "postponed"),
        ("Folgendes wurde beschlossen:", "Punkt 8 wird in den Finanzausschuss verwiesen", "referred"),
        ("Der Stadtrat beschloss Folgendes:", "Der Antrag der SPD wird vertagt", "postponed"),
        ("Folgende Änderungen wurden einstimmig beschlossen:", "TOP 4 und 5 werden in den Sozialausschuss überwiesen", "referred"),
        ("Folgende Änderungen zur Tagesordnung wurden beschlossen:", "Der Antrag zu TOP 9 wird zurückgezogen", "withdrawn"),
    ],
)
def test_a_line_of_a_list_of_decisions_is_one(head, line, outcome):
    (r,) = _resolutions(_DECIDED_LIST.format(head=head, lines=line))
    assert (r["outcome"], r["decided_by"], r["date"], r["quote"]) == (outcome, "Stadtrat", "2022-06-15", line)


@pytest.mark.parametrize(
    "head, line",
    [
        # nothing decided
        ("Folgende Änderungen zur Tagesordnung wurden beschlossen:", "Es wurde keine Redezeitbegrenzung beschlossen"),
        # a wish, not a decision
        ("Folgende Änderungen zur Tagesordnung wurden beschlossen:", "Die Sitzung soll künftig früher beginnen"),
        # a line without a decision
        ("Folgende Änderungen zur Tagesordnung wurden beschlossen:", "Die Sitzung dauerte bis 22 Uhr"),
    ],
)
def test_no_decision_from_a_list_without_one(head, line):
    assert _resolutions(_DECIDED_LIST.format(head=head, lines=line)) == []


# -- a Beratungsfolge row whose body carries its place -----------------------------------------------

@pytest.mark.parametrize(
    "row, body, outcome",
    [
        ("01.07.2010 \nSitzung der Gemeindevertretung Wandlitz geändert beschlossen", "Gemeindevertretung Wandlitz", "adopted_amended"),
        ("03.05.2021\nSitzung der Stadtverordnetenversammlung Neustadt ungeändert beschlossen", "Stadtverordnetenversammlung Neustadt", "adopted"),
        ("12.09.2019\nSitzung des Ortsbeirates Nord abgelehnt", "Ortsbeirat Nord", "rejected"),
        ("22.02.2022\nSitzung des Hauptausschusses vertagt", "Hauptausschuss", "postponed"),
        ("14.11.2018\nSitzung der Gemeindevertretung Klein-Bergheim zur Kenntnis genommen", "Gemeindevertretung Klein-Bergheim", "noted"),
    ],
)
def test_a_consultation_row_with_the_body_s_place(row, body, outcome):
    text = f"Beschlussvorlage 2021/044\n\nBeratungsfolge:\nGremium Zuständigkeit\n{row}\n\nSachverhalt\nDer Text der Vorlage.\n"
    (r,) = _resolutions(text)
    assert (r["decided_by"], r["outcome"]) == (body, outcome)


def test_a_consultation_row_without_a_result_is_none():
    text = "Beschlussvorlage 2021/044\n\nBeratungsfolge:\n01.07.2010\nSitzung der Gemeindevertretung Wandlitz Entscheidung\n"
    assert _resolutions(text) == []


# -- "sprechen sich dafür aus, …": an assent, a referral when a committee is to discuss it ----------

_ASSENT_MINUTES = "Niederschrift über die Sitzung der Stadtvertretung am 12.05.2021\n\nTOP 5 Antrag Solarpark\n\n{s}\n"


@pytest.mark.parametrize(
    "sentence, outcome, unanimous",
    [
        ("Die Ratsmitglieder sprechen sich einstimmig dafür aus, das Thema im "
         "Schul- und Sportausschuss weiter zu beraten.", "referred", True),
        ("Die Stadtvertretung spricht sich mehrheitlich dafür aus, den Antrag im Bauausschuss weiter zu beraten.",
         "referred", False),
        ("Die Stadtvertretung spricht sich einstimmig dafür aus, die Vorlage in den Finanzausschuss zur Beratung "
         "zu geben.", "referred", True),
        ("Die Mitglieder des Gemeinderates sprechen sich einstimmig dafür aus, den Spielplatz zu sanieren.",
         "adopted", True),
        ("Die Stadtvertretung sprach sich mehrheitlich dafür aus, die Gebühren zu senken.", "adopted", False),
    ],
)
def test_speaking_out_for_something_decides_it(sentence, outcome, unanimous):
    (r,) = _resolutions(_ASSENT_MINUTES.format(s=sentence))
    assert (r["outcome"], r["unanimous"]) == (outcome, unanimous)


@pytest.mark.parametrize(
    "sentence",
    [
        "Herr Meier spricht sich dafür aus, den Spielplatz zu sanieren.",
        "Die Verwaltung wird das Thema im Bauausschuss beraten.",
    ],
)
def test_one_member_speaking_out_or_a_plan_decides_nothing(sentence):
    assert _resolutions(_ASSENT_MINUTES.format(s=sentence)) == []


# -- an ALLRIS item page: the result at its head, the wording with a table of one cell per line ------

_ITEM_PAGE = """03.05.2021 - 4.2 Änderung der Marktsatzung

Beschluss:
{result}
Reduzieren

Der Vorsitzende Meier ruft die Abstimmung über die Vorlage auf.

Reduzieren

Beschluss:

Die Bürgerschaft der Stadt Nordheim beschließt:

1. Der § 4 der Marktsatzung wird neu gefasst.

2. Der Oberbürgermeister wird beauftragt, die Satzung bekannt zu machen.

Reduzieren

Abstimmungsergebnis:

{table}
"""


@pytest.mark.parametrize(
    "result, table, outcome, counts",
    [
        ("abgelehnt", "Ja-Stimmen\n\nNein-Stimmen\n\nEnthaltungen\n\n18\n\n22\n\n2", "rejected", (18, 22, 2)),
        ("abgelehnt", "Ja-Stimmen\nNein-Stimmen\nEnthaltungen\n18\n22\n2", "rejected", (18, 22, 2)),
        ("beschlossen", "Ja-Stimmen\n\nNein-Stimmen\n\nEnthaltungen\n\n30\n\n10\n\n1", "adopted", (30, 10, 1)),
        ("geändert beschlossen", "Ja-Stimmen\n\nNein-Stimmen\n\n25\n\n12", "adopted_amended", (25, 12, None)),
        ("beschlossen", "Ja-Stimmen\n\nNein-Stimmen\n\nStimmenthaltungen\n\n20\n\n3\n\n0", "adopted", (20, 3, 0)),
    ],
)
def test_the_head_result_of_an_item_page_takes_the_counts_of_its_wording(result, table, outcome, counts):
    (r,) = _resolutions(_ITEM_PAGE.format(result=result, table=table))
    assert (r["outcome"], (r["votes_yes"], r["votes_no"], r["votes_abstain"])) == (outcome, counts)
    assert r["quote"].startswith("Beschluss:\n" + result)


def test_a_table_whose_counts_do_not_fill_its_heads_is_no_count():
    table = "Ja-Stimmen\n\nNein-Stimmen\n\nEnthaltungen\n\n18"
    rows = _resolutions(_ITEM_PAGE.format(result="abgelehnt", table=table))
    assert all(r["votes_yes"] is None for r in rows)
