"""Decisions in parts and the vote lines a decision's head does not hold:
numbered decisions of one item ("Beschluss 1: … Beschluss 2: …") each a row
with its own vote, the points of a decision's wording no agenda items, vote
forms of one cell per line, a bare count line under a motion to postpone or
refer, numbers that close the rows of a decision list. Texts written for
these tests."""

from __future__ import annotations

import pytest

from councildata.extract.structure import decision_list
from councildata.extract.votes import parse_votes

from ..conftest import extract_text, provenance_ok
from .common import resolutions_of, vote_counts


def _auszug(body: str) -> str:
    return f"Auszug aus der Niederschrift über die Sitzung des Marktgemeinderates am 04.02.2025\n\n{body}\n"


@pytest.mark.parametrize("label", ["Beschluss {n}:", "{n}. Beschluss:", "Beschluss Nr. {n}:"])
def test_numbered_decisions_each_with_their_vote_and_points_no_items(label):
    parts = "\n\n".join([
        label.format(n=1) + "\n\nDer Marktgemeinderat beschließt die Neufassung der Geschäftsordnung.\n\n"
        "Abst.Ergebnis:\n\n5\n\nfür\n\n\n15\n\ngegen den Beschluss\n\nDer Beschluss ist abgelehnt.",
        label.format(n=2) + "\n\nÄnderung bei § 3 Ausschüsse:\n\n1. Bauausschuss mit acht Mitgliedern:\n\n"
        "„Der Bauausschuss berät alle Bauanträge vor.“\n\nAbst.Ergebnis:\n\n20\n\nfür\n\n\n0\n\ngegen den Beschluss",
        label.format(n=3) + "\n\nÄnderung bei § 3 Ausschüsse:\n\n2. Kulturausschuss mit sechs Mitgliedern\n\n"
        "„Der Kulturausschuss vergibt die Zuschüsse an Vereine.“\n\nAbst.-Ergebnis:\n\n14\n\nfür\n\n6\n\ngegen den Beschluss",
    ])
    rs = resolutions_of(_auszug(parts))
    assert [(r["outcome"], r["votes_yes"], r["votes_no"], r["agenda_item"]) for r in rs] == [
        ("rejected", 5, 15, None), ("adopted", 20, 0, None), ("adopted", 14, 6, None),
    ]


def test_numbered_lines_stay_items_where_no_decision_parts_surround_them():
    text = ("Niederschrift über die Sitzung des Gemeinderates am 04.02.2025\n\n"
            "1. Bauantrag Scheune\n\nBeschluss 1:\nDas Einvernehmen wird erteilt.\nAbstimmungsergebnis: 9 : 0\n\n"
            "2. Friedhofsgebühren\n\nBeschluss 1:\nDie Satzung wird beschlossen.\nAbstimmungsergebnis: 7 : 2\n")
    rs = resolutions_of(text)
    assert [(r["agenda_item"], r["votes_yes"], r["votes_no"]) for r in rs] == [("1", 9, 0), ("2", 7, 2)]


@pytest.mark.parametrize("form, counts", [
    ("6\n\nfür\n\n18\n\ngegen den Beschluss", (False, 6, 18, None)),
    ("6\nfür\n18\ngegen", (False, 6, 18, None)),
    ("12 für, 3 gegen", (False, 12, 3, None)),
    ("9 für den Antrag, 2 gegen den Antrag, 1 Enthaltung", (False, 9, 2, 1)),
    ("11 Ja\n4 Nein\n1 Enthaltung", (False, 11, 4, 1)),
    ("mit jeweils fünf Ja-Stimmen und zwei Nein-Stimmen", (False, 5, 2, None)),
    ("einstimmig bei einer Enthaltung", (True, None, None, 1)),
    ("30 Ja-Stimmen\neinstimmig\nbefangen: Stadträtin Muster", (True, 30, None, None)),
    ("7 Ja-Stimmen, 3 Nein-Stimmen, ein befangenes Mitglied", (False, 7, 3, None)),
])
def test_vote_forms_and_counts(form, counts):
    v = parse_votes(form)
    assert (v["unanimous"], v["votes_yes"], v["votes_no"], v["votes_abstain"]) == counts


@pytest.mark.parametrize("sentence", [
    "Herr Muster spricht sich für den Antrag aus.",
    "Frau Beispiel stimmt gegen die Vorlage, weil sie zu teuer sei.",
    "Die Verwaltung ist für den Antrag.",
])
def test_for_and_against_in_speech_are_no_counts(sentence):
    v = parse_votes(sentence)
    assert (v["votes_yes"], v["votes_no"]) == (None, None)


def _item(debate: str, result: str) -> str:
    return ("Niederschrift über die Sitzung der Gemeindevertretung am 13.05.2025\n\n"
            f"TOP 7 Ausbau der Dorfstraße\n\n{debate}\n\n{result}\n")


@pytest.mark.parametrize("debate, outcome", [
    ("Herr Lange beantragt die Vertagung des Tagesordnungspunktes. Der Vorsitzende stellt den Antrag zur Abstimmung.",
     "postponed"),
    ("Frau Roth stellt den Antrag, die Beratung auf die nächste Sitzung zu vertagen.", "postponed"),
    ("Die Fraktion beantragt, den Punkt von der Tagesordnung abzusetzen.", "postponed"),
    ("Herr Kühn beantragte die Zurückstellung der Angelegenheit bis zum Herbst.", "postponed"),
    ("Frau Weber stellt den Geschäftsordnungsantrag auf Verweisung in den Bauausschuss.", "referred"),
    ("Herr Nowak beantragt, die Vorlage an den Finanzausschuss zu überweisen.", "referred"),
    ("Abgestimmt wird nun über den Vertagungsantrag der Gruppe Grüne/UWG.", "postponed"),
    ("Es wird über den Verweisungsantrag abgestimmt.", "referred"),
])
@pytest.mark.parametrize("result", ["Ergebnis: 8 Ja-Stimmen, 4 Nein-Stimmen",
                                    "Abstimmungsergebnis: 8 Ja, 4 Nein, 1 Enthaltung"])
def test_a_count_line_under_a_motion_to_postpone_or_refer_decides_it(debate, outcome, result):
    rs = resolutions_of(_item(debate, result))
    assert [(r["outcome"], r["votes_yes"], r["votes_no"]) for r in rs] == [(outcome, 8, 4)]


@pytest.mark.parametrize("debate, result, outcome", [
    # the motion fails: the counts say so
    ("Herr Lange beantragt die Vertagung des Tagesordnungspunktes.", "Ergebnis: 3 Ja-Stimmen, 9 Nein-Stimmen",
     "rejected"),
    # no procedural motion before the count line: the matter itself carried
    ("Herr Lange erläutert die Kosten des Ausbaus. Die Gemeindevertreter haben keine Fragen.",
     "Ergebnis: 8 Ja-Stimmen, 4 Nein-Stimmen", "adopted"),
])
def test_a_count_line_without_a_motion_carried_or_a_failed_motion(debate, result, outcome):
    rs = resolutions_of(_item(debate, result))
    assert [r["outcome"] for r in rs] == [outcome]


_TRAILING = (
    "{head}\n\n"
    "Bestellung von sachkundigen Einwohnern\n\n"
    "1. Der Stadtrat beschließt die Abberufung von Frau Erika Muster aus dem Sozialausschuss.\n\n"
    "Abstimmungsergebnis: 31 Ja-Stimmen; keine Nein-Stimmen; keine Stimmenthaltungen\n\n"
    "{h} 7/25-1\n\n"
    "2. Der Stadtrat beschließt die Berufung von Herrn Max Beispiel in den Sozialausschuss.\n\n"
    "Abstimmungsergebnis: 29 Ja-Stimmen; 2 Nein-Stimmen; keine Stimmenthaltungen\n\n"
    "{h} 7/25-2\n\n"
    "Änderungsantrag der Fraktion Neue Mitte zur Entgeltordnung der Stadthalle\n\n"
    "Die Mieten für Vereine werden um die Hälfte gesenkt.\n\n"
    "Abstimmungsergebnis: 9 Ja-Stimmen; 22 Nein-Stimmen; 1 Stimmenthaltung\n\n"
    "{h} 7/25-3\n\n"
    "Die Entgeltordnung der Stadthalle wird in der vorgelegten Fassung beschlossen.\n\n"
    "Abstimmungsergebnis: 25 Ja-Stimmen; 6 Nein-Stimmen; 1 Stimmenthaltung\n"
)


@pytest.mark.parametrize("head", [
    "Aus den Beschlüssen der 7. Sitzung des Stadtrates der Stadt Auental vom 11.03.2025",
    "Auszug aus den Beschlüssen der öffentlichen Sitzung des Stadtrates vom 11.03.2025",
    "Beschlüsse Stadtrat vom 11.03.2025",
    "ÖFFENTLICHE BEKANNTMACHUNG der Beschlüsse aus der 7. Sitzung des Stadtrates vom 11.03.2025",
    "Der Stadtrat hat in seiner Sitzung am 11.03.2025 folgende Beschlüsse gefasst:",
])
@pytest.mark.parametrize("h", ["Beschluss-Nr.:", "Beschluss Nr.", "Beschlussnummer:"])
def test_numbers_that_close_their_rows_one_row_per_vote(head, h):
    text = _TRAILING.format(head=head, h=h)
    rs = resolutions_of(text)
    got = [(r["date"], r["outcome"], r["votes_yes"], r["votes_no"], r["votes_abstain"]) for r in rs]
    assert got == [
        ("2025-03-11", "adopted", 31, 0, 0),
        ("2025-03-11", "adopted", 29, 2, 0),
        ("2025-03-11", "rejected", 9, 22, 1),
        # after the last number: a row whose number is not printed (yet)
        ("2025-03-11", "adopted", 25, 6, 1),
    ]
    assert all(r["rule"] == "resolution.list" for r in rs)
    _sessions, rows = decision_list(text)
    assert [r.number for r in rows] == ["7/25-1", "7/25-2", "7/25-3", ""]


def test_numbers_that_head_their_rows_are_read_as_before():
    text = ("Beschlüsse des Stadtrates vom 11.03.2025\n\n"
            "Beschluss-Nr. 7/25-1\nAbberufung aus dem Sozialausschuss\n"
            "Der Stadtrat beschließt die Abberufung von Frau Erika Muster.\nAbstimmungsergebnis: 31 Ja-Stimmen\n\n"
            "Beschluss-Nr. 7/25-2\nBerufung in den Sozialausschuss\n"
            "Der Stadtrat beschließt die Berufung von Herrn Max Beispiel.\nAbstimmungsergebnis: 29 Ja-Stimmen, 2 Nein-Stimmen\n")
    rs = resolutions_of(text)
    assert [(r["subject"], r["votes_yes"], r["votes_no"]) for r in rs] == [
        ("Abberufung aus dem Sozialausschuss", 31, None), ("Berufung in den Sozialausschuss", 29, 2)]


def test_minutes_that_close_each_item_with_its_number_keep_their_items():
    text = ("Niederschrift über die Sitzung des Stadtrates am 11.03.2025\n\n"
            "TOP 4 Abberufung aus dem Sozialausschuss\n\nDer Stadtrat beschließt die Abberufung von Frau Erika Muster.\n"
            "Abstimmungsergebnis: 31 Ja-Stimmen\nBeschluss-Nr.: 7/25-1\n\n"
            "TOP 5 Berufung in den Sozialausschuss\n\nDer Stadtrat beschließt die Berufung von Herrn Max Beispiel.\n"
            "Abstimmungsergebnis: 29 Ja-Stimmen, 2 Nein-Stimmen\nBeschluss-Nr.: 7/25-2\n")
    rs = resolutions_of(text)
    assert [(r["agenda_item"], r["votes_yes"], r["votes_no"]) for r in rs] == [("TOP 4", 31, None), ("TOP 5", 29, 2)]
    assert vote_counts(rs[1]) == (False, 29, 2, None)


@pytest.mark.parametrize("intro", [
    "Der Stadtrat fasst folgenden\n\nBeschluss:",
    "Der Gemeinderat fasste nachstehenden\nBeschluss:",
    "Sodann fasst der Rat diesen\n\n \n\nBeschluss:",
])
@pytest.mark.parametrize("counts, votes", [
    ("Abstimmungsergebnis:\n\n \n\nJa:\n\n38\n\nNein:\n\n0\n\nEnthaltung:\n\n1", (False, 38, 0, 1)),
    ("Abstimmungsergebnis:\nJa 38 Nein 0 Enthaltung 1", (False, 38, 0, 1)),
])
def test_a_result_field_over_the_wording_and_its_counts_far_below_one_decision(intro, counts, votes):
    text = ("Auszug aus der Niederschrift über die Sitzung des Stadtrates\n\n"
            f"Beschluss: mehrheitlich beschlossen\n\n{intro}\n\n"
            "Der Wirtschaftsplan 2026 mit seinen Teilen\n\n  a)  Erfolgsplan\n\n  b)  Vermögensplan\n\n"
            "wird in der vorgelegten Fassung festgestellt.\n\n"
            "Die Oberbürgermeisterin erläutert die Zahlen.\n\nRatsmitglied Muster fragt nach den Kosten der Halle.\n\n"
            f"{counts}\n\nEs nahmen 39 Ratsmitglieder an der Abstimmung teil.\n")
    rs = resolutions_of(text)
    # "mehrheitlich" states the vote: no unanimity from the zero Nein
    assert [(r["outcome"], vote_counts(r)) for r in rs] == [("adopted", votes)]


def test_a_label_after_a_full_sentence_is_a_block_of_its_own():
    text = ("Niederschrift über die Sitzung des Stadtrates am 05.03.2026\n\nTOP 3 Friedhofssatzung\n\n"
            "Beschluss:\nDie Friedhofssatzung wird geändert.\n\nAbstimmungsergebnis: einstimmig\n\n"
            "TOP 4 Kita-Gebühren\n\nDer Stadtrat berät ausführlich.\n\nBeschluss:\n"
            "Die Gebühren werden erhöht.\n\nAbstimmungsergebnis: 20 Ja-Stimmen, 9 Nein-Stimmen\n")
    rs = resolutions_of(text)
    assert [(r["agenda_item"], r["outcome"], r["votes_yes"]) for r in rs] == [
        ("TOP 3", "adopted", None), ("TOP 4", "adopted", 20)]


_RUN_TOGETHER = (
    "1 Amtsblatt der Gemeinde Auental Jahrgang 12 Nr. 7 Juli 2026 Öffentliche Bekanntmachung der Beschlüsse aus der "
    "12. öffentlichen Sitzung des Gemeinderates {h} 01/12/2026 Vergabe der Pflasterarbeiten am Dorfplatz Die "
    "Pflasterarbeiten werden an die Firma Steinwerk Auental vergeben. Die Verwaltung wird ermächtigt, den Auftrag zu "
    "erteilen. {h} 02/12/2026 Der Änderung der Friedhofssatzung in der vorliegenden Fassung wird zugestimmt. "
    "{h} 03/12/2026 Der Antrag des Heimatvereins auf einen Zuschuss für das Dorffest wird abgelehnt. Weitere "
    "Informationen erhalten Sie in der Gemeindeverwaltung zu den üblichen Öffnungszeiten im Rathaus Auental."
)


@pytest.mark.parametrize("h", ["Beschluss Nr.", "Beschluss-Nr.:", "Beschlussnummer"])
def test_a_list_run_together_on_one_line_one_row_per_number(h):
    rs = resolutions_of(_RUN_TOGETHER.format(h=h))
    assert [(r["rule"], r["outcome"]) for r in rs] == [
        ("resolution.list", "adopted"), ("resolution.list", "adopted"), ("resolution.list", "rejected")]
    # no session date is printed: the rows stay undated, not dated by the issue
    assert {r["date"] for r in rs} == {None}


def test_one_number_retold_in_a_long_line_is_no_list():
    text = ("Bericht aus dem Gemeinderat. " * 12 + "Mit Beschluss Nr. 01/12/2026 hatte der Gemeinderat die "
            "Pflasterarbeiten vergeben. Die Arbeiten beginnen im Herbst. " + "Weitere Hinweise folgen. " * 10)
    _sessions, rows = decision_list(text)
    assert rows == []


_PART_ITEM = "Niederschrift über die Sitzung des Gemeinderates am 12.03.2025\n\nTOP 4 Neugestaltung des Marktplatzes\n\n"


@pytest.mark.parametrize("body", [
    "Beschlusspunkt 1:\nDer Entwurf wird gebilligt.\nAbstimmungsergebnis: 12 Ja, 2 Nein\n\n"
    "Beschlusspunkt 2:\nDie Verwaltung wird beauftragt, Fördermittel zu beantragen.\nAbstimmungsergebnis: 14 Ja, 0 Nein\n",
    "Beschlussziffer 1:\nDer Entwurf wird gebilligt.\nAbstimmungsergebnis: 12 Ja, 2 Nein\n\n"
    "Beschlussziffer 2:\nDie Verwaltung wird beauftragt, Fördermittel zu beantragen.\nAbstimmungsergebnis: 14 Ja, 0 Nein\n",
    "Beschluss:\na) Der Entwurf wird gebilligt.\nAbstimmungsergebnis: 12 Ja, 2 Nein\n"
    "b) Die Verwaltung wird beauftragt, Fördermittel zu beantragen.\nAbstimmungsergebnis: 14 Ja, 0 Nein\n",
    "Beschluss:\n1. Der Entwurf wird gebilligt.\n2. Die Verwaltung wird beauftragt, Fördermittel zu beantragen.\n"
    "Abstimmungsergebnis zu 1: 12 Ja, 2 Nein\nAbstimmungsergebnis zu 2: 14 Ja, 0 Nein\n",
    "Ziffer 1 des Beschlussvorschlags:\nDer Entwurf wird gebilligt.\nAbstimmung: 12 Ja, 2 Nein\n\n"
    "Ziffer 2 des Beschlussvorschlags:\nDie Verwaltung wird beauftragt.\nAbstimmung: 14 Ja, 0 Nein\n",
])
def test_parts_voted_separately_each_a_row(body):
    rs = resolutions_of(_PART_ITEM + body)
    assert [(r["agenda_item"], r["outcome"], r["votes_yes"], r["votes_no"]) for r in rs] == [
        ("TOP 4", "adopted", 12, 2), ("TOP 4", "adopted", 14, 0)]


def test_parts_voted_en_bloc_one_row():
    body = ("Beschluss:\n1. Der Entwurf wird gebilligt.\n2. Die Verwaltung wird beauftragt, Fördermittel zu beantragen.\n"
            "Abstimmungsergebnis (en bloc): 12 Ja, 2 Nein\n")
    rs = resolutions_of(_PART_ITEM + body)
    assert [(r["outcome"], r["votes_yes"], r["votes_no"]) for r in rs] == [("adopted", 12, 2)]


def test_numbers_that_close_their_rows_under_two_sessions_each_date_their_own():
    text = ("Amtsblatt der Gemeinde Auental\n\nBeschlüsse des Gemeinderates vom 03.02.2026\n\n"
            "1. Der Gemeinderat beschließt den Haushalt 2026.\n\nAbstimmungsergebnis: 11 Ja-Stimmen; 2 Nein-Stimmen\n\n"
            "Beschluss-Nr.: 1/2026\n\n2. Der Gemeinderat beschließt die Friedhofssatzung.\n\n"
            "Abstimmungsergebnis: 13 Ja-Stimmen\n\nBeschluss-Nr.: 2/2026\n\n"
            "Beschlüsse des Gemeinderates vom 03.03.2026\n\n"
            "1. Der Gemeinderat lehnt den Antrag auf Zuschuss ab.\n\nAbstimmungsergebnis: 4 Ja-Stimmen; 9 Nein-Stimmen\n\n"
            "Beschluss-Nr.: 3/2026\n\n2. Der Gemeinderat vergibt die Pflasterarbeiten.\n\n"
            "Abstimmungsergebnis: 13 Ja-Stimmen\n\nBeschluss-Nr.: 4/2026\n")
    rows = extract_text(text)
    assert provenance_ok(rows)
    assert [(r["date"], r["outcome"], r["votes_yes"], r["votes_no"]) for r in rows["resolutions"]] == [
        ("2026-02-03", "adopted", 11, 2), ("2026-02-03", "adopted", 13, None),
        ("2026-03-03", "rejected", 4, 9), ("2026-03-03", "adopted", 13, None)]
    assert sorted(m["date"] for m in rows["meetings"]) == ["2026-02-03", "2026-03-03"]
