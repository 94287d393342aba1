"""Decisions told in running prose by a report (a newspaper, a group's page, the
administration's Mitteilung): any tense, voice and subject, counts in words, the body
from the sentence, the sentences before or the report; plans, questions, conditions and
negations stay no decision. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .common import resolutions_of, vote_counts

_NEWS = "Aus dem Rathaus\n\n{}\n"


@pytest.mark.parametrize(
    "sentence, outcome, body, votes",
    [
        ("Der Bauausschuss gab grünes Licht für die Sanierung der Turnhalle.", "adopted", "Bauausschuss",
         (None, None, None, None)),
        ("Der Ortsrat gab sein Okay für den neuen Spielplatz.", "adopted", "Ortsrat", (None, None, None, None)),
        ("Der Stadtrat sprach sich mit 20 zu 5 Stimmen für den Radweg aus.", "adopted", "Stadtrat",
         (False, 20, 5, None)),
        ("Der Kreistag votierte gegen die Schließung der Geburtsstation.", "rejected", "Kreistag",
         (None, None, None, None)),
        ("Die Gemeindevertretung votierte einstimmig für den Ankauf des Grundstücks.", "adopted",
         "Gemeindevertretung", (True, None, None, None)),
        ("Der Hauptausschuss folgte der Empfehlung der Verwaltung.", "adopted", "Hauptausschuss",
         (None, None, None, None)),
        ("Der Gemeinderat billigte den Entwurf mit 18 Ja- bei 4 Gegenstimmen.", "adopted", "Gemeinderat",
         (False, 18, 4, None)),
        ("Der Stadtrat segnete den Wirtschaftsplan der Stadtwerke bei zwei Enthaltungen ab.", "adopted",
         "Stadtrat", (None, None, None, 2)),
        ("Die Stadtverordnetenversammlung hat den Haushalt 2025 am Donnerstag verabschiedet.", "adopted",
         "Stadtverordnetenversammlung", (None, None, None, None)),
        ("Der Marktgemeinderat verabschiedete den Haushalt ohne Gegenstimme.", "adopted", "Marktgemeinderat",
         (True, None, None, None)),
        ("Der Stadtrat gab der Verwaltung den Auftrag, ein Parkraumkonzept zu erstellen.", "adopted", "Stadtrat",
         (None, None, None, None)),
        ("Einstimmig hat der Gemeinderat die neue Friedhofssatzung beschlossen.", "adopted", "Gemeinderat",
         (True, None, None, None)),
    ],
)
def test_a_body_decides_in_a_report(sentence, outcome, body, votes):
    (r,) = resolutions_of(_NEWS.format(sentence))
    assert (r["outcome"], r["decided_by"], vote_counts(r)) == (outcome, body, votes)


@pytest.mark.parametrize(
    "sentence, outcome, body",
    [
        ("Der Antrag der CDU fand im Stadtrat keine Mehrheit.", "rejected", "Stadtrat"),
        ("Der Antrag der Linken fand im Kreistag eine breite Mehrheit.", "adopted", "Kreistag"),
        ("Mit ihrem Antrag auf Senkung der Gebühren scheiterte die AfD im Gemeinderat.", "rejected", "Gemeinderat"),
        ("Der Vorstoß der Grünen ist im Bauausschuss gescheitert.", "rejected", "Bauausschuss"),
        ("Der Vorschlag der Verwaltung ging im Gemeinderat ohne Gegenstimme durch.", "adopted", "Gemeinderat"),
        ("Leider fand unser Antrag im Stadtrat keine Mehrheit.", "rejected", "Stadtrat"),
        ("Der Kreisausschuss beriet am Dienstag.\nMit zwei weiteren Anträgen kam die AfD aber nicht durch.",
         "rejected", "Kreisausschuss"),
        ("Die Satzung wurde vom Kreistag mit 30 zu 12 Stimmen beschlossen.", "adopted", "Kreistag"),
        ("Der Antrag wurde vom Rat mehrheitlich angenommen.", "adopted", "Rat"),
        ("Der Stadtrat kam am Montag zusammen. Der Haushalt 2024 ist verabschiedet.", "adopted", "Stadtrat"),
        ("Der Kreistag tagte am Mittwoch in der Stadthalle. Der Entwurf des Haushaltes wurde angenommen.",
         "adopted", "Kreistag"),
        ("Der Stadtrat tagte im Rathaus. Einstimmig wurde beschlossen, ein Ratsinformationssystem einzuführen.",
         "adopted", "Stadtrat"),
    ],
)
def test_the_matter_or_its_mover_as_the_subject(sentence, outcome, body):
    (r,) = resolutions_of(_NEWS.format(sentence))
    assert (r["outcome"], r["decided_by"]) == (outcome, body)


def test_the_report_names_its_body_once():
    text = ("Kreistagssitzung im Dezember\n\nDie letzte Kreistagssitzung des Jahres fand in der Stadthalle statt.\n\n"
            "Nach langer Aussprache wurde der Entwurf des Haushaltes angenommen.\n")
    (r,) = resolutions_of(text)
    assert (r["outcome"], r["decided_by"]) == ("adopted", "Kreistag")


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Stadtrat soll im Mai über den Haushalt beschließen.",
        "Der Kreistag wird am 12.06.2024 über die Kreisumlage entscheiden.",
        "Der Gemeinderat will im Herbst den Bebauungsplan beschließen.",
        "Hat der Stadtrat den Antrag abgelehnt?",
        "Falls der Gemeinderat zustimmt, beginnt der Bau im Mai.",
        "Das Projekt scheiterte an der Finanzierung.",
        "Der Antrag wird im Stadtrat sicher keine Mehrheit finden.",
        "Sollte der Antrag im Kreistag scheitern, wird neu verhandelt.",
        "Der Bürgerentscheid scheiterte am Quorum.",
        "Die Fraktion hofft, dass ihr Antrag im Rat eine Mehrheit findet.",
        "Der Bürgermeister wurde nach 24 Jahren im Stadtrat verabschiedet.",
        "Der Stadtrat tagte im Rathaus. Es wurde keine Redezeitbegrenzung beschlossen.",
        "Der Kreistag könnte dem Vorschlag folgen, wenn die Finanzierung steht.",
        "Beschlussvorschlag: Der Gemeinderat beschließt den Bebauungsplan.",
    ],
)
def test_plans_questions_and_conditions_decide_nothing(sentence):
    assert resolutions_of(_NEWS.format(sentence)) == []


@pytest.mark.parametrize(
    "sentence, outcome, body, unanimous",
    [
        ("Die Stadträte stimmten dem Bebauungsplan mit großer Mehrheit zu.", "adopted", "Stadtrat", False),
        ("Einstimmig votierten die Gemeinderäte für den Neubau der Kita.", "adopted", "Gemeinderat", True),
        ("Die Kreisräte lehnten den Antrag der AfD mit 40 zu 8 Stimmen ab.", "rejected", "Kreistag", False),
        ("Die Stadtverordneten beschlossen einstimmig die Gründung eines Jugendbeirats.", "adopted",
         "Stadtverordnetenversammlung", True),
        ("Die Mitglieder des Bauausschusses sprachen sich gegen den Abriss aus.", "rejected", "Bauausschuss", None),
        ("Der Gemeinderat tagte. Dem Ansinnen wurde von den Gemeinderäten mehrheitlich nicht entsprochen.",
         "rejected", "Gemeinderat", False),
        ("Der Kreistag tagte. Das Papier wurde mit deutlicher Mehrheit von der Tagesordnung gestrichen.",
         "postponed", "Kreistag", False),
        ("Mit 12:3 Stimmen sprach sich der Ortsbeirat gegen die Bebauung aus.", "rejected", "Ortsbeirat", False),
        ("Der Kreistag hat sich mehrheitlich gegen eine Erhöhung der Kreisumlage ausgesprochen.", "rejected",
         "Kreistag", False),
        ("Der Stadtrat hat\nin seiner Sitzung am 14.11.2024\nden Haushalt 2025 beschlossen.", "adopted", "Stadtrat",
         None),
    ],
)
def test_members_verb_first_and_more_verbs(sentence, outcome, body, unanimous):
    (r,) = resolutions_of(_NEWS.format(sentence))
    assert (r["outcome"], r["decided_by"], r["unanimous"]) == (outcome, body, unanimous)


def test_a_decision_and_its_vote_in_the_next_sentence_are_one():
    text = ("Unterrichtung über die Sitzung des Gemeinderates am 14.05.2024\n\n"
            "Bürgermeister Kaiser beantragte, den Punkt 4 vorzuziehen. Dem Antrag wurde entsprochen.\n\n"
            "Der Beschluss erfolgte einstimmig.\n")
    (r,) = resolutions_of(text)
    assert (r["outcome"], r["unanimous"], r["quote"]) == (
        "adopted", True, "Dem Antrag wurde entsprochen.\n\nDer Beschluss erfolgte einstimmig.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Kreistag tagte. Der Haushalt 2026 muss jedoch im Dezember noch beschlossen werden.",
        "Der Stadtrat tagte. Die Satzung kann erst nach der Anhörung verabschiedet werden.",
        "Der Landrat hat die Sitzung eröffnet. Der Bericht wurde vorgestellt.",
    ],
)
def test_still_to_be_decided_decides_nothing(sentence):
    assert resolutions_of(_NEWS.format(sentence)) == []


def test_the_landrat_is_no_body_that_decides():
    text = ("Bericht vom Kreistag\n\nDer Kreistag tagte in der Stadthalle. Da der Landrat erkrankt war, leitete der "
            "Beigeordnete die Sitzung.\n\nDas Papier wurde mit deutlicher Mehrheit von der Tagesordnung gestrichen.\n")
    (r,) = resolutions_of(text)
    assert (r["outcome"], r["decided_by"]) == ("postponed", "Kreistag")


# -- a full-length minutes text of our own (tests/fixtures/synthetic_minutes) -----------

def test_long_minutes_told_in_prose_every_decision_vote_and_motion():
    from pathlib import Path

    from ..conftest import extract_text, provenance_ok

    name = "stadtverordnete_hessen.txt"
    text = (Path(__file__).parent.parent / "fixtures" / "synthetic_minutes" / name).read_text(encoding="utf-8")
    rows = extract_text(text, name)
    assert provenance_ok(rows)
    body = "Stadtverordnetenversammlung"
    got = [(r["agenda_item"], r["outcome"], r["decided_by"], r["date"], vote_counts(r)) for r in rows["resolutions"]]
    assert got == [
        ("TOP 1", "adopted", body, "2025-11-18", (True, None, None, None)),  # the agenda extended
        ("TOP 2", "adopted", body, "2025-11-18", (None, None, None, None)),  # the last minutes approved
        ("TOP 4", "adopted", body, "2025-11-18", (None, 27, None, 4)),  # the election, the name on the next line
        # the committee's recommendation told in the debate, the amendment, the budget
        ("TOP 5", "adopted_amended", "Haupt-, Finanz- und Personalausschuss", "2025-11-11", (None, None, None, None)),
        ("TOP 5", "rejected", body, "2025-11-18", (False, 3, 24, 4)),
        ("TOP 5", "adopted", body, "2025-11-18", (False, 20, 9, 2)),
        ("TOP 6", "adopted", body, "2025-11-18", (True, None, None, None)),
        ("TOP 7", "referred", body, "2025-11-18", (False, None, 3, None)),  # assent to the motion to refer
        ("TOP 8", "adopted", body, "2025-11-18", (False, 17, 14, None)),
        ("TOP 9", "adopted", body, "2025-11-18", (True, None, None, None)),  # "Die Entscheidung fällt einstimmig."
        ("TOP 9a", "adopted", body, "2025-11-18", (True, None, None, None)),
    ]  # nothing from the Anfragen (a plan: "solle … beschließen"), the page footers or the Anlagen list
    motions = [(m["agenda_item"], m["submitted_by"], m["motion_type"]) for m in rows["motions"] if m["agenda_item"]]
    assert motions == [
        ("TOP 1", "Vorsitzende", "Geschäftsordnungsantrag"),
        ("TOP 4", "CDU-Fraktion", "Geschäftsordnungsantrag"),  # "Auf Antrag der CDU-Fraktion wird offen gewählt"
        ("TOP 5", "Fraktion Die Linke", "Änderungsantrag"),
        ("TOP 7", "FWG-Fraktion", "Antrag"),
        ("TOP 7", "Stadtverordneter Ebert (CDU)", "Geschäftsordnungsantrag"),
        ("TOP 8", "Stadtverordnete Keller (GRÜNE)", "Antrag"),
        ("TOP 8", "SPD-Fraktion", "Ergänzungsantrag"),
    ]
    by_id = {m["id"]: m["submitted_by"] for m in rows["motions"]}
    linked = [(r["agenda_item"], by_id.get(r.get("motion_id"))) for r in rows["resolutions"]]
    assert ("TOP 5", "Fraktion Die Linke") in linked and ("TOP 4", None) in linked


@pytest.mark.parametrize(
    "sentence, outcome, body, unanimous",
    [
        # umlauts spelled out, PDF line breaks, the sein-perfect, building law
        ("Die Stadtraete stimmten dem Bebauungsplan einstimmig zu.", "adopted", "Stadtrat", True),
        ("Der Stadtrat sprach sich mit 20 zu 5 Stimmen fuer den Radweg aus.", "adopted", "Stadtrat", False),
        ("Der Ortschaftsrat votierte fuer den Neubau.", "adopted", "Ortschaftsrat", None),
        ("Der Antrag der CDU fand im\nStadtrat keine Mehrheit.", "rejected", "Stadtrat", False),
        ("Der Stadtrat hat die\nSatzung am 12.03.2024\nbeschlossen.", "adopted", "Stadtrat", None),
        ("Der Bauausschuss hat das gemeindliche Einvernehmen versagt.", "rejected", "Bauausschuss", None),
        ("Der Kreistag hat die Resolution mit breiter Mehrheit verabschiedet.", "adopted", "Kreistag", False),
        ("Der Rat ist dem Vorschlag der Verwaltung gefolgt.", "adopted", "Rat", None),
        ("Die Gemeindevertreter folgten der Empfehlung des Hauptausschusses einstimmig.", "adopted",
         "Gemeindevertretung", True),
    ],
)
def test_spellings_breaks_and_tenses(sentence, outcome, body, unanimous):
    (r,) = resolutions_of(_NEWS.format(sentence))
    assert (r["outcome"], r["decided_by"], r["unanimous"]) == (outcome, body, unanimous)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die CDU stimmte gegen den Antrag.",  # a group's vote, not the body's decision
        "Der Bürgermeister lehnte eine Stellungnahme ab.",
        "Der Magistrat verweist auf die Kosten von rund 95.000 Euro.",
        "Über die Sanierung solle die Stadtverordnetenversammlung im Februar beschließen.",
    ],
)
def test_votes_of_groups_and_words_of_officers_decide_nothing(sentence):
    assert resolutions_of(_NEWS.format(sentence)) == []


@pytest.mark.parametrize(
    "passage, outcome, votes",
    [
        # the wording after the colon may say "soll": it is what is decided, not a plan
        ("Der Kreistag stimmt dem Antrag bei 6 Gegenstimmen mehrheitlich zu und beschließt:\n"
         "\"1. In § 9 soll ein neuer Absatz 3 eingefügt werden.\"", "adopted", (False, None, 6, None)),
        ("Der Kreistag beschließt unter Berücksichtigung des zuvor angenommenen Änderungsantrages einstimmig:\n"
         "\"Die Geschäftsordnung wird in der Fassung der Anlage beschlossen.\"", "adopted_amended",
         (True, None, None, None)),
        ("Der Rat beschließt mehrheitlich einschließlich der Ergänzungen des Bauausschusses:\n"
         "\"Die Verwaltung soll den Spielplatz erneuern.\"", "adopted_amended", (False, None, None, None)),
    ],
)
def test_a_sentence_introducing_its_wording(passage, outcome, votes):
    text = f"Beschlüsse der Sitzung des Kreistages vom 17.12.2025\n\nTOP 6 Geschäftsordnung\n\n{passage}\n"
    (r,) = resolutions_of(text)
    assert (r["outcome"], vote_counts(r)) == (outcome, votes)


@pytest.mark.parametrize(
    "text, who",
    [
        ("Die Grünen fordern in einem Antrag ein Tempolimit vor Schulen. Der Kreistag lehnte den Antrag mit 30 zu "
         "12 Stimmen ab.", "Grüne"),
        ("Die FDP-Fraktion stellte einen Dringlichkeitsantrag zur Hochwasserhilfe. Der Stadtrat stimmte dem "
         "Dringlichkeitsantrag einstimmig zu.", "FDP-Fraktion"),
        ("Der Antrag der CDU fand im Stadtrat keine Mehrheit.", "CDU"),
        # two motions before: "the motion" names neither for sure
        ("Die FDP-Fraktion stellte einen Antrag. Die SPD-Fraktion stellte einen Antrag. Der Stadtrat stimmte dem "
         "Antrag einstimmig zu.", None),
    ],
)
def test_the_decision_links_the_motion_it_names(text, who):
    from ..conftest import extract_text

    rows = extract_text(_NEWS.format(text))
    by_id = {m["id"]: m["submitted_by"] for m in rows["motions"]}
    (r,) = rows["resolutions"]
    assert by_id.get(r.get("motion_id")) == who
