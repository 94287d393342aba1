"""Resolution rules: the wording of a decision (Beschlusstext as content, a result field over
its wording, page breaks in an item); texts written for these tests."""

from __future__ import annotations

import pytest

from .common import in_minutes, resolutions_of, vote_counts

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
    (r,) = resolutions_of(text)
    assert (r["outcome"], vote_counts(r), r["subject"]) == (outcome, votes, "Bebauungsplan Nr. 7")


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
    (r,) = resolutions_of(f"Niederschrift\n\nTOP 3 Angelegenheit\n\n{subject} stimmt dem Antrag einstimmig zu.\n")
    assert (r["outcome"], r["decided_by"]) == ("adopted", body)


def test_a_report_lists_the_decisions_of_its_session_each_on_its_own():
    text = ("Gemeinde Musterbach\nAmtsblatt vom 20.05.2023\n\nAus der Sitzung des Gemeinderates vom 12. Mai 2023\n\n"
            "Der Gemeinderat hat folgende Beschlüsse gefasst:\n"
            "- Der Haushaltsplan 2023 wurde einstimmig verabschiedet.\n"
            "- Dem Bauantrag auf Errichtung einer Garage in der Bergstraße wurde zugestimmt.\n"
            "- Die Arbeiten für die Sanierung des Kindergartens wurden an die Firma Bau GmbH vergeben.\n"
            "- Der Antrag des Sportvereins auf einen Zuschuss wurde mehrheitlich abgelehnt.\n")
    rows = resolutions_of(text)
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
    rows = resolutions_of(text)
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
    (r,) = resolutions_of(text)
    assert (r["outcome"], vote_counts(r)) == ("adopted", votes)


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
    (r,) = resolutions_of(text)
    assert (r["outcome"], vote_counts(r)) == ("adopted", votes)


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
    (r,) = resolutions_of(text)
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
    (r,) = resolutions_of(text)
    assert (r["outcome"], r["decided_by"], r["votes_yes"]) == ("referred", body, 21)


def test_a_result_field_over_an_adoption_stays_adopted():
    text = ("Beschluss: einstimmig angenommen\n\nAbstimmung: Ja: 21, Nein: 0\n\n"
            "Der Bebauungsplan wird als Satzung beschlossen.\n")
    (r,) = resolutions_of(text)
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
    (r,) = resolutions_of(text)
    assert (r["outcome"], vote_counts(r)) == ("adopted", votes)


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
    assert resolutions_of(f"Sachverhalt:\n\n{sentence}\n") == []


def test_a_kreistag_decision_is_still_one():
    (r,) = resolutions_of("Sachverhalt:\n\nDer Kreistag hat am 12.03.2023 die Einführung des Ganztags beschlossen.\n")
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
    first, second = resolutions_of(text)
    assert (first["outcome"], vote_counts(first), first["quote"]) == (
        "adopted", (False, None, 14, 2), f"{a}.         Die Haushaltssatzung 2024 mit ihren Anlagen wird beschlossen.")
    assert (second["outcome"], vote_counts(second), second["quote"]) == (
        "adopted", (True, None, None, None), f"{b}.         Der Stellenplan 2024 wird beschlossen.")


def test_parts_without_their_own_votes_stay_one_decision():
    text = ("Beschluss:\n\nA. Die Haushaltssatzung wird beschlossen.\n\nB. Der Stellenplan wird beschlossen.\n\n"
            "Abstimmungsergebnis: einstimmig\n")
    (r,) = resolutions_of(text)
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
    rows = [r for r in resolutions_of(text) if r["rule"] == "resolution.consultation"]
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
    (r,) = resolutions_of(text)
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
    (r,) = resolutions_of(text)
    # (the vote carries the motion to postpone it names: see test_procedure's motions put to the vote)
    assert (r["outcome"], vote_counts(r)) == ("postponed" if votes[1] > (votes[2] or 0) else "rejected", votes)


def test_a_group_table_whose_last_column_is_no_sum_gives_no_counts():
    from councildata.extract.votes import sum_column_table

    text = _group_table({"Ja-Stimmen": ["8", "7", "10", "4", "12"]})
    assert sum_column_table(text) is None
    assert sum_column_table(_group_table({"Ja-Stimmen": ["8", "7", "10", "4", "29"]}))[0] == (29, None, None)


# -- page breaks in the middle of an item -------------------------------------------------


@pytest.mark.parametrize("furniture", [
    "Seite 2 von 6",
    "- 2 -",
    "Seite: 2/6",
])
def test_a_decision_sentence_broken_by_a_page_break(furniture):
    text = in_minutes(f"Der Gemeinderat stimmt dem Neubau des Bauhofs\n\n{furniture}\n\nmit 12 Ja-Stimmen bei "
                       "3 Gegenstimmen zu.\n\nTOP 5 Verschiedenes\n\nKeine Wortmeldungen.")
    (r,) = resolutions_of(text)
    assert (r["outcome"], r["agenda_item"], vote_counts(r)) == ("adopted", "TOP 4", (False, 12, 3, None))


@pytest.mark.parametrize("page_head", [
    "Gemeinde Talheim – Niederschrift Gemeinderat vom 12.03.2025 Seite 2 von 6",
    "- 3 -\nNiederschrift Gemeinderat 12.03.2025",
])
def test_a_running_header_between_beschluss_and_vote(page_head):
    text = in_minutes(f"Beschluss:\nDer Gemeinderat beschließt den Neubau des Bauhofs.\n\n{page_head}\n\n"
                       "Abstimmungsergebnis: 12 dafür, 3 dagegen, 1 Enthaltung\n\nTOP 5 Verschiedenes\n\nKeine Wortmeldungen.")
    (r,) = resolutions_of(text)
    assert (r["outcome"], r["agenda_item"], vote_counts(r)) == ("adopted", "TOP 4", (False, 12, 3, 1))


def test_a_new_paragraph_in_lower_case_after_a_full_stop_is_no_page_break():
    text = in_minutes("Der Gemeinderat stimmt dem Neubau einstimmig zu.\n\nmit freundlichen Grüßen")
    (r,) = resolutions_of(text)
    assert r["quote"].endswith("zu.")


@pytest.mark.parametrize("sentence, unanimous", [
    ("Der Bürgermeister wird ermächtigt, den Vertrag abzuschließen.", None),
    ("Die Oberbürgermeisterin wird einstimmig ermächtigt, die Vereinbarung zu unterzeichnen.", True),
    ("Die Verwaltung wird beauftragt, ein Verkehrsgutachten einzuholen.", None),
    ("Die Verwaltung wurde mehrheitlich beauftragt, bis zur nächsten Sitzung einen Vorschlag\nvorzulegen.", False),
])
def test_the_administration_empowered_or_charged_in_minutes(sentence, unanimous):
    (r,) = resolutions_of(in_minutes(sentence))
    assert (r["outcome"], r["unanimous"]) == ("adopted", unanimous)


@pytest.mark.parametrize("sentence", [
    "Herr Roth fragt, ob die Verwaltung beauftragt werden könne.",
    "Die Verwaltung soll beauftragt werden, einen Vorschlag vorzulegen.",
    "Die Verwaltung ist beauftragt, die Planung fortzuführen, teilt der Bürgermeister mit.",
    "Der Antrag ist abgelehnt worden, berichtet die Kämmerin.",
])
def test_no_empowerment_asked_for_or_reported(sentence):
    assert resolutions_of(in_minutes(sentence)) == []


def test_an_empowerment_in_the_beschluss_is_its_content():
    text = in_minutes("Beschluss:\n1. Der Gemeinderat stimmt der Vereinbarung zu.\n2. Der Bürgermeister wird "
                       "ermächtigt, sie zu unterzeichnen.\nAbstimmungsergebnis: einstimmig")
    assert [r["outcome"] for r in resolutions_of(text)] == ["adopted"]
