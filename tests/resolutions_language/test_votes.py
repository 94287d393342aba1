"""Resolution rules: votes and counts (words, columns, tables of the common information
systems, side motions, elections); sentences written for these tests."""

from __future__ import annotations

import pytest

from .common import in_minutes, resolutions_of, vote_counts

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
    (r,) = resolutions_of(text)
    assert (r["outcome"], r["recommended_to"], vote_counts(r)) == ("adopted", "Rat", votes)


def test_a_recommendation_that_quotes_the_beschlusstext_then_its_vote():
    text = ("Niederschrift über die Sitzung des Kreisausschusses am 10.10.2023\n\nTOP 9 Sozialticket\n\n"
            "Der Kreisausschuss empfiehlt dem Kreistag folgenden Beschluss:\n"
            "„Der Kreistag beschließt die Einführung eines Sozialtickets zum 01.01.2024 und beauftragt die "
            "Verwaltung mit der Umsetzung.“\nAbstimmungsergebnis: einstimmig\n")
    (r,) = resolutions_of(text)
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
    (r,) = resolutions_of(text)
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
    (r,) = resolutions_of(text)
    assert (r["outcome"], vote_counts(r)) == (outcome, votes)


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
    assert resolutions_of(text) == []


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
    (r,) = resolutions_of(text)
    assert (r["outcome"], r["decided_by"], vote_counts(r)) == ("adopted", "Gemeindevertretung", votes)


def test_a_result_line_takes_the_counts_under_it():
    (r,) = resolutions_of("Ergebnis:\nmehrheitlich beschlossen\nJa: 10 Nein: 3 Enthaltung: 2\n")
    assert (r["outcome"], vote_counts(r)) == ("adopted", (False, 10, 3, 2))


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
    text = in_minutes(f"{side}\n\nBeschluss:\nDer Gemeinderat beschließt die Neugestaltung gemäß Vorlage.\n"
                       "Abstimmungsergebnis: 15 dafür, 5 dagegen, 1 Enthaltung")
    first, main = resolutions_of(text)
    assert (first["outcome"], vote_counts(first)) == (outcome, votes)
    assert (main["outcome"], vote_counts(main)) == ("adopted", (False, 15, 5, 1))


def test_a_debate_in_an_item_with_a_beschluss_block_stays_no_decision():
    text = in_minutes("Herr Roth meint, der Antrag der Verwaltung werde sicher angenommen.\n\n"
                       "Beschluss:\nDer Gemeinderat beschließt die Neugestaltung.\nAbstimmungsergebnis: einstimmig")
    assert [r["outcome"] for r in resolutions_of(text)] == ["adopted"]


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
    text = in_minutes(f"Abstimmungsergebnis:\n\n{table}\n\nDer Punkt ist damit erledigt.")
    (r,) = resolutions_of(text)
    assert vote_counts(r) == votes


def test_a_table_of_figures_that_is_no_vote_gives_no_counts():
    text = in_minutes("Abstimmungsergebnis: einstimmig\n\nJahr Ansatz Ergebnis\n2023 120 118\n2024 130 129")
    (r,) = resolutions_of(text)
    assert vote_counts(r) == (True, None, None, None)


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
    (r,) = resolutions_of(_NUMBERED_MINUTES.format(wording=wording, result=result))
    assert (r["outcome"], vote_counts(r), r["agenda_item"]) == ("adopted", votes, "2")
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
    (r,) = resolutions_of(_NUMBERED_MINUTES.format(wording=wording, result=result))
    assert r["outcome"] == "adopted"


def test_points_that_only_take_note_stay_noted():
    wording = (
        "1. Der Rat der Gemeinde Nordheim nimmt den Bericht zur Kenntnis.\n"
        "2. Der Rat der Gemeinde Nordheim nimmt die Stellungnahmen zur Kenntnis."
    )
    result = "Beratungsergebnis:\n9 Ja-Stimmen, 0 Gegenstimmen, 0 Stimmenthaltungen"
    (r,) = resolutions_of(_NUMBERED_MINUTES.format(wording=wording, result=result))
    assert r["outcome"] == "noted"


def test_a_beratungsergebnis_in_a_sentence_is_no_label():
    text = (
        "Beschlussvorlage 2024/017\n\nAbweichend vom Beratungsergebnis des Bauausschusses schlägt die "
        "Verwaltung vor, den Entwurf zu überarbeiten.\n"
    )
    assert resolutions_of(text) == []


# -- an election told by its counts -------------------------------------------------------------

_ELECTION = (
    "Beschlüsse der Kreistagssitzung vom 14.03.2018\n\nzu TOP 9: Wahl der Kreisbrandmeisterin\n\n{line}\n"
    "„Frau Anna Beispiel wird gemäß der Hauptsatzung für sechs Jahre zur Kreisbrandmeisterin "
    "gewählt.“\n"
)


@pytest.mark.parametrize(
    "line, votes",
    [
        ("Der Kreistag wählt mit 30 Ja-Stimmen und 11 Gegenstimmen:", (False, 30, 11, None)),
        ("Der Kreistag wählt mit 31 Ja-Stimmen, 9 Gegenstimmen und einer Enthaltung:", (False, 31, 9, 1)),
        ("Der Kreistag wählt mit 40 Stimmen bei 2 Gegenstimmen:", (False, None, 2, None)),
        ("Der Kreistag wählt einstimmig bei 2 Enthaltungen:", (True, None, None, 2)),
        ("Der Stadtrat wählte mehrheitlich bei 3 Enthaltungen:", (False, None, None, 3)),
    ],
)
def test_an_election_with_its_counts_is_adopted(line, votes):
    (r,) = resolutions_of(_ELECTION.format(line=line))
    assert (r["outcome"], vote_counts(r)) == ("adopted", votes)


@pytest.mark.parametrize(
    "line",
    [
        "Herr Resch erläutert, wie der Kreistag mit Stimmzetteln wählt.",
        "Die Bürger wählen mit ihrer Erststimme den Landrat.",
    ],
)
def test_talk_about_how_one_votes_is_no_election(line):
    text = f"Bericht aus der Kreisverwaltung\n\n{line}\n"
    assert resolutions_of(text) == []


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
    (r,) = resolutions_of(_ITEM_PAGE.format(result=result, table=table))
    assert (r["outcome"], (r["votes_yes"], r["votes_no"], r["votes_abstain"])) == (outcome, counts)
    assert r["quote"].startswith("Beschluss:\n" + result)


def test_a_table_whose_counts_do_not_fill_its_heads_is_no_count():
    table = "Ja-Stimmen\n\nNein-Stimmen\n\nEnthaltungen\n\n18"
    rows = resolutions_of(_ITEM_PAGE.format(result="abgelehnt", table=table))
    assert all(r["votes_yes"] is None for r in rows)


# -- a count line without an outcome word decides by its counts --------------------------------

_NO_OUTCOME_WORDING = "Die Verwaltung soll für den Spielplatz am Mühlbach neue Geräte ausschreiben."


@pytest.mark.parametrize(
    "result, outcome, votes",
    [
        ("Beratungsergebnis: 5 Ja-Stimmen/4 Enthaltungen", "adopted", (None, 5, None, 4)),
        ("Abstimmungsergebnis: 12 Ja-Stimmen, 2 Enthaltungen", "adopted", (None, 12, None, 2)),
        ("Beratungsergebnis: Einstimmig bei 14 Ja-Stimmen und 1 Enthaltung", "adopted", (True, 14, None, 1)),
        ("Abstimmung: Ja: 21 Nein: 0", "adopted", (True, 21, 0, None)),
        ("Beratungsergebnis: 4 Ja-Stimmen, 7 Nein-Stimmen", "rejected", (False, 4, 7, None)),
        ("Abstimmung: Ja 3, Nein 9, Enthaltung 1", "rejected", (False, 3, 9, 1)),
        ("Abstimmung: 6 Ja-Stimmen, 6 Nein-Stimmen", "rejected", (False, 6, 6, None)),
    ],
)
def test_a_count_line_without_an_outcome_word_decides_by_its_counts(result, outcome, votes):
    (r,) = resolutions_of(_NUMBERED_MINUTES.format(wording=_NO_OUTCOME_WORDING, result=result))
    assert (r["outcome"], vote_counts(r)) == (outcome, votes)


@pytest.mark.parametrize(
    "result",
    [
        "Beratungsergebnis: 0 Ja-Stimmen/6 Enthaltungen",
        "Beratungsergebnis: erledigt (5 Ja-Stimmen)",
        "Beratungsergebnis: 5 Ja-Stimmen, Gegenstimmen nicht gezählt",
    ],
)
def test_counts_that_do_not_carry_it_leave_the_outcome_open(result):
    (r,) = resolutions_of(_NUMBERED_MINUTES.format(wording=_NO_OUTCOME_WORDING, result=result))
    assert r["outcome"] == "other"


# -- a count line that repeats the vote of the decision's sentence is no decision of its own ---

_STATUTE_MINUTES = """Niederschrift über die 5. Sitzung des Rates der Gemeinde Nordheim am 12.03.2024

Zu Punkt 1: Eröffnung der Sitzung
Der Bürgermeister eröffnet die Sitzung.
Zu Punkt 2: Satzung über die Benutzung der Friedhöfe
Frau Kern erläutert die Änderungen.
{sentence} die folgende Satzung:
Satzung über die Benutzung der Friedhöfe der Gemeinde Nordheim
§ 1
Die Satzung gilt für alle Friedhöfe der Gemeinde.
§ 2
1. Grabstätten werden nur auf Antrag vergeben.
2. Die Ruhezeit beträgt zwanzig Jahre.
Diese Satzung tritt am Tage nach ihrer Bekanntmachung in Kraft.
Beratungsergebnis: {result}
Zu Punkt 3: Verschiedenes
Es gibt keine Wortmeldungen.
"""


@pytest.mark.parametrize(
    "sentence, result, votes",
    [
        ("Sodann beschließt der Rat einstimmig bei 20 Ja-Stimmen und 2 Enthaltungen",
         "Einstimmig bei 20 Ja-Stimmen und 2 Enthaltungen", (True, 20, None, 2)),
        ("Sodann beschließt der Rat mit 15 Ja-Stimmen und 6 Nein-Stimmen",
         "15 Ja-Stimmen/6 Nein-Stimmen", (False, 15, 6, None)),
        ("Der Rat beschließt mehrheitlich bei 12 Ja-Stimmen, 9 Nein-Stimmen und 1 Enthaltung",
         "Mehrheitlich bei 12 Ja-Stimmen, 9 Nein-Stimmen und 1 Enthaltung", (False, 12, 9, 1)),
    ],
)
def test_a_count_line_repeating_the_sentence_s_vote_is_one_decision(sentence, result, votes):
    (r,) = resolutions_of(_STATUTE_MINUTES.format(sentence=sentence, result=result))
    assert (r["outcome"], vote_counts(r)) == ("adopted", votes)
    assert r["quote"].startswith(sentence)


def test_a_count_line_with_other_counts_stays_a_decision_of_its_own():
    rows = resolutions_of(_STATUTE_MINUTES.format(
        sentence="Sodann beschließt der Rat einstimmig bei 20 Ja-Stimmen und 2 Enthaltungen",
        result="Mehrheitlich bei 14 Ja-Stimmen und 8 Nein-Stimmen",
    ))
    assert [vote_counts(r) for r in rows] == [(True, 20, None, 2), (False, 14, 8, None)]


# -- blank vote forms and counts set apart by a slash -----------------------------------------


@pytest.mark.parametrize("vote, counts", [
    ("Abstimmung: 11 Ja/ 0 Nein", (11, 0)),
    ("Abstimmung: 7 Ja / 2 Nein / 1 Enthaltung", (7, 2)),
    ("Abstimmung: 9 ja/1 nein", (9, 1)),
])
def test_counts_set_apart_by_a_slash(vote, counts):
    text = ("Niederschrift über die Sitzung der Gemeindevertretung am 05.09.2024\n\nTOP 6 Vertretung im Zweckverband\n\n"
            f"Die Gemeindevertretung benennt Frau Lenz als Vertreterin.\n\n{vote}\n")
    rs = resolutions_of(text)
    assert [(r["outcome"], r["votes_yes"], r["votes_no"]) for r in rs] == [("adopted", *counts)]


@pytest.mark.parametrize("form", [
    "Abstimmungsergebnis:\n\nGesetzliche Anzahl der Mitglieder des beschließenden Gremiums: ……….\n\n"
    "Davon anwesend ……\n\nAbstimmung ……… JA- Stimmen …….. NEIN-Stimmen …… Enthaltungen\n",
    "Abstimmungsergebnis:\nAnzahl der Mitglieder: ..........\nJa-Stimmen: ........ Nein-Stimmen: ........\n",
])
def test_a_blank_vote_form_after_the_vote_is_no_second_decision(form):
    text = ("Niederschrift über die Sitzung der Gemeindevertretung am 05.09.2024\n\nTOP 6 Vertretung im Zweckverband\n\n"
            "Die Gemeindevertretung benennt Frau Lenz als Vertreterin.\n\nAbstimmung: 11 Ja/ 0 Nein\n\n\n\n"
            f"{form}")
    rs = resolutions_of(text)
    assert [(r["outcome"], r["votes_yes"], r["votes_no"]) for r in rs] == [("adopted", 11, 0)]


@pytest.mark.parametrize(
    "counts, votes",
    [
        ("16 mal Ja, 3 mal Nein, 2 Enthaltungen", (False, 16, 3, 2)),
        ("11-mal Ja, 10-mal Nein, keine Enthaltung", (False, 11, 10, 0)),
        ("9 mal Ja und 4 mal Nein", (False, 9, 4, None)),
    ],
)
def test_counts_told_as_times(counts, votes):
    from councildata.extract.votes import parse_votes

    got = parse_votes(counts)
    assert (got["unanimous"], got["votes_yes"], got["votes_no"], got["votes_abstain"]) == votes


def test_a_named_vote_under_a_label_that_names_the_paper():
    text = ("Niederschrift über die Sitzung des Stadtrates am 12.03.2025\n\nTOP 6 Förderprogramm\n\n"
            "Abstimmungsergebnis zu 12052025: 11 mal Ja, 10 mal Nein, keine Enthaltung\n"
            "Namentliche Abstimmung\n"
            "mit Ja stimmten: Anna Muster, Bernd Beispiel, Clara Probe\n"
            "mit Nein stimmten: Dieter Muster, Erik Beispiel\n")
    rs = resolutions_of(text)
    assert [(r["outcome"], r["votes_yes"], r["votes_no"], r["votes_abstain"]) for r in rs] == [("adopted", 11, 10, 0)]
