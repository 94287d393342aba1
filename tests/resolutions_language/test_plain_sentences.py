"""Plain decision sentences on TOP pages and in minutes, the members as the
subject, and counts written with thousands separators or number words.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from councildata.extract.votes import number, parse_votes

from .common import in_minutes, resolutions_of, vote_counts


def _decision_page(sentence: str) -> str:
    # a council information system's page of one item: no minutes header, nothing proposed
    return f"Ö 7 Erneuerung der Straßenbeleuchtung in der Ringstraße\n\n{sentence}\n"


@pytest.mark.parametrize(
    "sentence, outcome, votes",
    [
        ("Der Gemeinderat lehnt den Antrag mit 6 Ja-Stimmen und 9 Nein-Stimmen ab.", "rejected", (False, 6, 9, None)),
        ("Der Stadtrat lehnte die Beschlussvorlage mit 8 Ja-Stimmen bei 14 Gegenstimmen ab.",
         "rejected", (False, 8, 14, None)),
        ("Die Ratsmitglieder lehnen den Antrag mehrheitlich ab.", "rejected", (False, None, None, None)),
        ("Der Kreistag stimmt der Vorlage bei 4 Enthaltungen zu.", "adopted", (None, None, None, 4)),
        ("Der Kreistag stimmte der Vorlage bei fünf Enthaltungen zu.", "adopted", (None, None, None, 5)),
        ("Dem Beschlussvorschlag wird einstimmig zugestimmt.", "adopted", (True, None, None, None)),
        ("Dem Beschlussvorschlag der Verwaltung wurde mehrheitlich zugestimmt.", "adopted", (False, None, None, None)),
        ("Die Vorlage wurde ohne Aussprache zur Kenntnis genommen.", "noted", (None, None, None, None)),
        ("Der Antrag wurde zurückgezogen.", "withdrawn", (None, None, None, None)),
        ("Der Antrag wurde in den Ausschuss für Umwelt und Verkehr verwiesen.", "referred", (None, None, None, None)),
        ("Die Beratung wird einstimmig vertagt.", "postponed", (True, None, None, None)),
        ("Das gemeindliche Einvernehmen wird mit 8 Ja-Stimmen und 2 Nein-Stimmen erteilt.",
         "adopted", (False, 8, 2, None)),
        ("Der Antrag wurde mit zwölf Ja-Stimmen gegen vier Nein-Stimmen angenommen.", "adopted", (False, 12, 4, None)),
        ("Die Stadtverordnetenversammlung beschließt mit einundzwanzig Ja-Stimmen die Satzung.",
         "adopted", (None, 21, None, None)),
    ],
)
def test_plain_decision_sentences(sentence, outcome, votes):
    for text in (in_minutes(sentence), _decision_page(sentence)):
        (r,) = resolutions_of(text)
        assert (r["outcome"], vote_counts(r)) == (outcome, votes)


@pytest.mark.parametrize(
    "sentence, outcome, body",
    [
        ("Der Marktgemeinderat nimmt den Bericht des Kämmerers zur Kenntnis.", "noted", "Marktgemeinderat"),
        ("Die Stadtverordnetenversammlung beschließt, die Hauptsatzung in § 4 zu ändern.",
         "adopted", "Stadtverordnetenversammlung"),
        ("Der Ortsbeirat befürwortet das Bauvorhaben.", "adopted", "Ortsbeirat"),
        ("Die Bezirksvertretung lehnt die Planung ab.", "rejected", "Bezirksvertretung"),
        ("Die Verbandsversammlung stimmt dem Wirtschaftsplan 2025 zu.", "adopted", "Verbandsversammlung"),
        ("Einvernehmlich sprechen sich die Ausschussmitglieder dafür aus, die Sache an den Rat zu geben.",
         "referred", None),
    ],
)
def test_a_present_tense_decision_on_a_page_that_proposes_nothing(sentence, outcome, body):
    (r,) = resolutions_of(_decision_page(sentence))
    assert r["outcome"] == outcome
    if body:
        assert r["decided_by"] == body


@pytest.mark.parametrize(
    "page",
    [
        # a proposal: the present tense is what the body is asked to decide
        "Beschlussvorschlag:\nDer Gemeinderat beschließt die Erneuerung der Beleuchtung.",
        "Vorschlag der Verwaltung\n\nDer Stadtrat stimmt der Vergabe an die Firma Beispiel zu.",
        "Antrag:\nDer Kreistag lehnt die Erhöhung der Kreisumlage ab.",
    ],
)
def test_a_present_tense_under_a_proposal_is_none(page):
    assert resolutions_of(_decision_page(page)) == []


@pytest.mark.parametrize(
    "sentence, outcome, unanimous",
    [
        ("Die Mitglieder des Ausschusses nehmen den Bericht zur Kenntnis.", "noted", None),
        ("Die Ausschussmitglieder nehmen die Ausführungen der Verwaltung zur Kenntnis.", "noted", None),
        ("Die Ratsmitglieder stimmen einstimmig zu.", "adopted", True),
        ("Alle anwesenden Mitglieder stimmten zu.", "adopted", True),
        ("Alle anwesenden Ratsmitglieder stimmen dem Vorschlag zu.", "adopted", True),
        ("Die Ausschussmitglieder sind einstimmig mit der Vertagung einverstanden.", "postponed", True),
        ("Die Mitglieder des Bauausschusses erklären sich mit der Verweisung in den Rat einverstanden.",
         "referred", None),
        ("Die Stadträte stimmen der Vorlage einstimmig zu.", "adopted", True),
        ("Die Mitglieder des Ortsbeirates nahmen den Bericht zur Kenntnis.", "noted", None),
    ],
)
def test_members_as_the_subject(sentence, outcome, unanimous):
    (r,) = resolutions_of(in_minutes(sentence))
    assert (r["outcome"], r["unanimous"]) == (outcome, unanimous)


def test_members_assent_over_line_breaks():
    text = in_minutes("Der Vorsitzende schlägt vor, den Punkt zu vertagen.\nAlle anwesenden\nMitglieder "
                      "stimmten\nzu.")
    (r,) = resolutions_of(text)
    assert (r["outcome"], r["unanimous"]) == ("postponed", True)


@pytest.mark.parametrize(
    "s, expected",
    [
        ("12 500", 12500), ("12.500", 12500), ("1 200 000", 1200000), ("elf", 11), ("zwölf", 12),
        ("einundzwanzig", 21), ("dreiundvierzig", 43), ("dreissig", 30), ("-", 0),
    ],
)
def test_numbers(s, expected):
    assert number(s) == expected


@pytest.mark.parametrize(
    "s, counts",
    [
        # a thousands separator never splits one number into two counts
        ("12 500 Ja-Stimmen und 9 800 Nein-Stimmen", (12500, 9800, None)),
        ("12.500 Ja-Stimmen, 9.800 Nein-Stimmen", (12500, 9800, None)),
        ("mit 12 500 Ja-Stimmen bei 300 Enthaltungen", (12500, None, 300)),
        ("elf Ja-Stimmen, drei Nein-Stimmen, eine Enthaltung", (11, 3, 1)),
        ("einundzwanzig Ja-Stimmen und zwölf Gegenstimmen", (21, 12, None)),
        ("Ja: 14, Nein: 1", (14, 1, None)),
        ("TOP 3 mit 7 Ja-Stimmen", (7, None, None)),
    ],
)
def test_counts(s, counts):
    v = parse_votes(s)
    assert (v["votes_yes"], v["votes_no"], v["votes_abstain"]) == counts


@pytest.mark.parametrize(
    "wording, outcome",
    [
        ("Zu dem Bauantrag wird das gemeindliche Einvernehmen nach § 36 Abs. 1 BauGB erteilt.", "adopted"),
        ("Das Einvernehmen der Gemeinde gemäß § 36 BauGB wird erteilt, sofern die Zufahrt gesichert ist.",
         "adopted"),
        ("Das gemeindliche Einvernehmen nach § 36 Abs. 2 BauGB wird versagt.", "rejected"),
        ("Das Einvernehmen nach § 36 BauGB wird nicht erteilt.", "rejected"),
    ],
)
def test_building_consent_with_the_law_cited(wording, outcome):
    (r,) = resolutions_of(in_minutes(f"Beschluss:\n{wording}\n\nAbstimmungsergebnis: 9 Ja-Stimmen, 2 Nein-Stimmen"))
    assert r["outcome"] == outcome


@pytest.mark.parametrize(
    "proposal, assent, outcome",
    [
        ("Herr Beispiel schlägt vor, den Punkt bis zum Vorliegen des Gutachtens zu vertagen.",
         "Dem Vorschlag wird mit 17 Ja-Stimmen bei 3 Enthaltungen gefolgt.", "postponed"),
        ("Die Vorsitzende regt an, den Punkt in den Finanzausschuss zu verweisen.",
         "Diesem Vorschlag wurde einstimmig zugestimmt.", "referred"),
        ("Frau Muster beantragt, die Beratung zu vertagen.",
         "Dem Antrag wird mehrheitlich entsprochen.", "postponed"),
    ],
)
def test_the_passive_assent_takes_the_proposals_outcome(proposal, assent, outcome):
    (r,) = resolutions_of(in_minutes(f"{proposal}\n\n{assent}"))
    assert r["outcome"] == outcome


@pytest.mark.parametrize("label", ["Stimmabgabe", "Stimmergebnis", "Abstimmungsergebnis"])
def test_a_vote_label_far_below_the_wording(label):
    text = in_minutes("Beschluss:\n\nDem Bauantrag wird das Einvernehmen erteilt.\n\n"
                      "Herr Beispiel erklärt sich für befangen und verlässt den Tisch.\n\n"
                      "Frau Muster verweist auf die Stellungnahme des Ortsbeirates.\n\n"
                      f"{label}: 8 Ja-Stimmen, 4 Nein-Stimmen")
    (r,) = resolutions_of(text)
    assert (r["outcome"], r["votes_yes"], r["votes_no"]) == ("adopted", 8, 4)


@pytest.mark.parametrize(
    "sentence, body",
    [
        ("Der Ortschaftsrat Unterbach und der Gemeinderat fassten den einstimmigen Beschluss, die Gebühr zu senken.",
         "Gemeinderat"),
        ("Der Gemeinderat und der Ortschaftsrat Unterbach fassten einstimmig den Beschluss, den Platz zu sanieren.",
         "Gemeinderat"),
        ("Der Ortsbeirat Mitte und der Gemeinderat stimmten dem Konzept einstimmig zu.", "Gemeinderat"),
        ("Die Gemeinderäte fassten einstimmig den Beschluss, die Halle zu sanieren.", "Gemeinderat"),
    ],
)
def test_a_joint_decision_is_the_councils(sentence, body):
    text = ("Bericht über die Sitzung des Gemeinderates mit dem Ortschaftsrat am 20.01.2025\n\n"
            f"Sanierung\n\n{sentence}\n")
    (r,) = resolutions_of(text)
    assert (r["outcome"], r["decided_by"], r["unanimous"], r["date"]) == ("adopted", body, True, "2025-01-20")


def test_a_page_naming_its_agenda_item_proposes_nothing():
    text = ("Zu diesem Tagesordnungspunkt wurde unter Punkt 3 Beschluss gefasst.\n"
            "Die Stadtverordnetenversammlung beschließt, § 2 der Hauptsatzung\nwie folgt zu fassen:\n"
            "„Die Stadt hat fünf Ortsbezirke.“\n")
    (r,) = resolutions_of(text)
    assert (r["outcome"], r["decided_by"]) == ("adopted", "Stadtverordnetenversammlung")
