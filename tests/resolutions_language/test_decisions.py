"""Resolution rules: what decides (result fields, decision sentences in any form, assent,
lists of a session's decisions, Beratungsfolge rows) and what does not; sentences written for these tests."""

from __future__ import annotations

import pytest

from .common import in_minutes, resolutions_of, vote_counts

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
    (r,) = resolutions_of(text)
    assert (r["outcome"], r["decided_by"], vote_counts(r), r["agenda_item"]) == (outcome, "Gemeinderat", votes, "TOP 4")


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
    (r,) = resolutions_of(f"{field}\n")
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
    rows = resolutions_of(text)
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
    (r,) = resolutions_of(text)
    assert (r["outcome"], r["recommended_to"]) == (outcome, to)


def test_one_decision_told_twice_in_an_item_is_one_resolution():
    text = ("Niederschrift über die Sitzung der Stadtverordnetenversammlung am 15.09.2021\n\n"
            "TOP 5 Hundesteuersatzung\n\nDie Stadtverordnetenversammlung beschließt die Satzung.\n"
            "Mit großer Mehrheit angenommen.\n")
    (r,) = resolutions_of(text)
    assert (r["outcome"], r["unanimous"]) == ("adopted", False)


def test_a_counted_vote_then_its_verdict():
    text = "Abstimmungsergebnis:\nJa-Stimmen: 5\nNein-Stimmen: 7\nEnthaltungen: 0\nDer Antrag ist damit abgelehnt.\n"
    (r,) = resolutions_of(text)
    assert (r["outcome"], vote_counts(r)) == ("rejected", (False, 5, 7, 0))


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
    assert resolutions_of(text) == []


@pytest.mark.parametrize("counts", ["Abstimmung: Ja: 9, Nein: 2", "Abstimmungsergebnis: 9:2:0", "Ergebnis: 9 Ja, 2 Nein"])
def test_a_page_s_vote_field_joins_its_one_beschluss(counts):
    # an information system's TOP page: the counts at the top, the wording at the end
    text = (f"{counts}\n\nHerr Weber stellt die Planung vor und beantwortet Fragen.\n\n"
            "Beschluss:\n\n1. Der Bauausschuss nimmt den Bericht zur Kenntnis.\n\n"
            "2. Der Bauausschuss nimmt die vorgestellte Planung zur Kenntnis.\n")
    (r,) = resolutions_of(text)
    assert (r["outcome"], r["decided_by"], r["votes_yes"], r["votes_no"], r["unanimous"]) == (
        "noted", "Bauausschuss", 9, 2, False)


def test_two_items_keep_their_own_votes():
    text = ("Niederschrift über die Sitzung des Bauausschusses am 05.05.2025\n\n"
            "TOP 1 Bericht Bauhof\n\nAbstimmung: Ja: 9, Nein: 0\n\n"
            "TOP 2 Bericht Kläranlage\n\nBeschluss:\nDer Bauausschuss nimmt den Bericht zur Kenntnis.\n")
    rows = resolutions_of(text)
    assert [(r["agenda_item"], r["votes_yes"]) for r in rows] == [("TOP 1", 9), ("TOP 2", None)]


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
    (r,) = resolutions_of(in_minutes(sentence))
    assert (r["outcome"], r["date"], vote_counts(r)) == ("adopted", "2025-03-12", votes)


@pytest.mark.parametrize("sentence", [
    "Die Niederschrift soll in der nächsten Sitzung genehmigt werden.",
    "Die Tagesordnung wird in der vorliegenden Form bestätigt.",
    "Der Vorsitzende bestätigt den Eingang des Schreibens.",
    "Das Protokoll soll künftig schneller versandt werden.",
])
def test_no_minutes_approved(sentence):
    assert resolutions_of(in_minutes(sentence)) == []


@pytest.mark.parametrize("motion", [
    "Gemeinderat Rapp stellt den Antrag auf Schluss der Debatte.",
    "Die CDU-Fraktion beantragt Schluss der Debatte (Antrag zur Geschäftsordnung).",
    "Stadträtin Ilg stellt einen GO-Antrag auf Schluss der Rednerliste.",
])
def test_a_procedural_vote_named_in_the_sentence_before_is_its_own_resolution(motion):
    text = in_minutes(f"{motion} Der Antrag wird mit Stimmenmehrheit angenommen.\n\n"
                       "Der Gemeinderat beschließt den Waldwirtschaftsplan mit Stimmenmehrheit.")
    assert [(r["outcome"], r["unanimous"]) for r in resolutions_of(text)] == [("adopted", False), ("adopted", False)]


def test_one_decision_told_twice_stays_one_without_a_side_motion():
    text = in_minutes("Der Gemeinderat beschließt den Waldwirtschaftsplan mit Stimmenmehrheit.\n\n"
                       "Beschluss: mehrheitlich beschlossen")
    assert len(resolutions_of(text)) == 1


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
    (r,) = resolutions_of(_DECIDED_LIST.format(head=head, lines=line))
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
    assert resolutions_of(_DECIDED_LIST.format(head=head, lines=line)) == []


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
    (r,) = resolutions_of(text)
    assert (r["decided_by"], r["outcome"]) == (body, outcome)


def test_a_consultation_row_without_a_result_is_none():
    text = "Beschlussvorlage 2021/044\n\nBeratungsfolge:\n01.07.2010\nSitzung der Gemeindevertretung Wandlitz Entscheidung\n"
    assert resolutions_of(text) == []


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
    (r,) = resolutions_of(_ASSENT_MINUTES.format(s=sentence))
    assert (r["outcome"], r["unanimous"]) == (outcome, unanimous)


@pytest.mark.parametrize(
    "sentence",
    [
        "Herr Meier spricht sich dafür aus, den Spielplatz zu sanieren.",
        "Die Verwaltung wird das Thema im Bauausschuss beraten.",
    ],
)
def test_one_member_speaking_out_or_a_plan_decides_nothing(sentence):
    assert resolutions_of(_ASSENT_MINUTES.format(s=sentence)) == []


# -- the approval note printed under minutes is a form for a later session, no decision -------

_APPROVAL_NOTE_MINUTES = """Niederschrift über die 3. Sitzung des Rates der Gemeinde Nordheim am 12.03.2024

TOP 1 Genehmigung der Niederschrift
Die Niederschrift der Sitzung vom 12.02.2024 wird einstimmig genehmigt.
TOP 2 Anträge und Anfragen
Es liegen keine Anträge oder Anfragen vor.
Ende der Sitzung: 20:10 Uhr
(Ratsvorsitzender) (Bürgermeister) (Protokollführer)
Genehmigungsvermerk:
{note}
(Bürgermeister) (Ratsvorsitzender)
"""


@pytest.mark.parametrize(
    "note",
    [
        "Das vorstehende Protokoll ist in der Ratssitzung vom\n"
        " mit den nachstehenden Berichtigungen einstimmig genehmigt worden:",
        "Die vorstehende Niederschrift wurde in der Sitzung vom ______ genehmigt.",
        "Das vorstehende Protokoll wurde am __________ einstimmig genehmigt.",
    ],
)
def test_the_approval_note_under_minutes_is_no_decision(note):
    (r,) = resolutions_of(_APPROVAL_NOTE_MINUTES.format(note=note))
    assert r["quote"].startswith("Die Niederschrift der Sitzung vom 12.02.2024")
