"""Numbered decision lists ("Bekanntgabe der Beschlüsse", Beschlusslisten in
an Amtsblatt or Mitteilungsblatt): each row one decision, dated by the
session named above the list, its subject the row's title; weighted votes
read as votes, not members. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from councildata.extract.structure import decision_list
from councildata.extract.votes import parse_votes

from ..conftest import extract_text, provenance_ok
from .common import resolutions_of

_FILE = Path(__file__).parent.parent / "fixtures" / "synthetic_minutes" / "amtsblatt_zweckverband.txt"


def test_amtsblatt_of_a_zweckverband_every_decision():
    rows = extract_text(_FILE.read_text(encoding="utf-8"), _FILE.name)
    assert provenance_ok(rows)
    got = [(r["date"], r["decided_by"], r["outcome"], r["votes_yes"], r["votes_no"], r["votes_abstain"], r["subject"])
           for r in rows["resolutions"]]
    assert got == [
        ("2024-03-12", "Verbandsversammlung", "adopted", 9, 0, 0, "Feststellung der Tagesordnung"),
        ("2024-03-12", "Verbandsversammlung", "adopted", 7, 2, 0, "Haushaltssatzung und Wirtschaftsplan 2024"),
        # the votes, not the members: 1 member with 2 votes for, 2 members with 7 against
        ("2024-03-12", "Verbandsversammlung", "rejected", 2, 7, 0, "Erhöhung der Grundgebühr für Schmutzwasser"),
        # the vote block after the page header belongs to the row above it
        ("2024-03-12", "Verbandsversammlung", "adopted", 9, 0, 0,
         "Bestellung des Abschlussprüfers für das Wirtschaftsjahr 2024"),
        # the non-public part's decision, published
        ("2024-03-12", "Verbandsversammlung", "adopted", 9, 0, 0, "Stundung von Anschlussbeiträgen in einem Einzelfall"),
        # the second session of the issue dates its own rows
        ("2024-05-14", "Verbandsversammlung", "adopted", 9, 0, 0,
         "Genehmigung der Niederschrift über die Sitzung vom 12.03.2024"),
        ("2024-05-14", "Verbandsversammlung", "adopted", 7, None, None,
         "Vergabe der Bauleistungen Sanierung Hochbehälter Kirchberg"),
        ("2024-05-14", "Verbandsversammlung", "postponed", 9, 0, 0,
         "Neufassung der Wassergebührensatzung des Verbandes"),
        ("2024-05-14", "Verbandsversammlung", "adopted", 6, 0, 3, "Wahl des stellvertretenden Verbandsvorsitzenden"),
    ]
    # none from the contents list, the page headers, the news items or the
    # retelling "Die mit Beschluss Nr. 02/2024 beschlossene Haushaltssatzung …"
    assert all(r["rule"] == "resolution.list" for r in rows["resolutions"])
    assert sorted(m["date"] for m in rows["meetings"]) == ["2024-03-12", "2024-05-14"]


def _list(head: str, rows: str) -> str:
    return f"Mitteilungsblatt der Gemeinde Kleinwalde\n\n{head}\n\n{rows}\n"


_ROWS = (
    "{h} 14/2023\nAnschaffung eines Löschfahrzeugs\nDer Gemeinderat beschließt die Anschaffung eines "
    "Löschfahrzeugs HLF 10.\n(12 Ja-Stimmen, 2 Nein-Stimmen)\n\n"
    "{h} 15/2023\nAntrag auf Zuschuss für den Sportverein\nDer Antrag wird abgelehnt.\n"
    "(3 Ja-Stimmen, 11 Nein-Stimmen)\n"
)


@pytest.mark.parametrize("head", [
    "Der Gemeinderat hat in seiner Sitzung am 07.11.2023 folgende Beschlüsse gefasst:",
    "Der Gemeinderat hat in seiner öffentlichen Sitzung vom 7. November 2023 nachstehende Beschlüsse gefasst:",
    "In der Sitzung des Gemeinderates am 07.11.2023 wurden folgende Beschlüsse gefasst:",
    "In öffentlicher Sitzung des Gemeinderates Kleinwalde am Dienstag, 07.11.2023 wurden folgende Beschlüsse gefasst:",
    "Folgende Beschlüsse wurden in der 23. Sitzung des Gemeinderates am 07.11.2023 gefasst:",
    "Die nachstehend genannten Beschlüsse wurden vom Gemeinderat in seiner 23. Sitzung,\n"
    "die am 07.11.2023 im Bürgerhaus stattfand, gefasst.",
    "Am 07.11.2023 hat der Gemeinderat in öffentlicher Sitzung folgende Beschlüsse gefasst:",
    "Bekanntgabe der Beschlüsse aus der Sitzung des Gemeinderates vom 07.11.2023",
    "Beschlüsse des Gemeinderates vom 07.11.2023",
])
@pytest.mark.parametrize("h", ["Beschluss-Nr.:", "Beschluss Nr.", "Beschlussnummer:", "Beschl.-Nr.", "Beschluß-Nr."])
def test_session_heads_and_row_heads(head, h):
    rs = resolutions_of(_list(head, _ROWS.format(h=h)))
    got = [(r["date"], r["outcome"], r["votes_yes"], r["votes_no"], r["subject"]) for r in rs]
    assert got == [
        ("2023-11-07", "adopted", 12, 2, "Anschaffung eines Löschfahrzeugs"),
        ("2023-11-07", "rejected", 3, 11, "Antrag auf Zuschuss für den Sportverein"),
    ]


def test_row_heads_with_codes_and_non_public_marks():
    text = _list(
        "Der Stadtrat hat in seiner Sitzung am 19.02.2024 folgende Beschlüsse gefasst:",
        "Beschluss-Nr. SR 12-02/2024\nDer Stadtrat beschließt den Bebauungsplan „Am Mühlgraben“ als Satzung.\n"
        "(einstimmig - 18 Ja-Stimmen)\n\n"
        "Beschluss-Nr. SR 13-02/2024 - nö\nDer Stadtrat stimmt dem Verkauf des Grundstücks Flur 3 zu.\n"
        "(16 Ja-Stimmen, 2 Stimmenthaltungen)\n",
    )
    rs = resolutions_of(text)
    assert [(r["date"], r["decided_by"], r["outcome"], r["unanimous"], r["votes_yes"], r["votes_abstain"]) for r in rs] == [
        ("2024-02-19", "Stadtrat", "adopted", True, 18, None),
        ("2024-02-19", "Stadtrat", "adopted", None, 16, 2),
    ]
    rows = decision_list(text)[1]
    assert [(r.number, r.public) for r in rows] == [("SR 12-02/2024", None), ("SR 13-02/2024", False)]


def test_two_sessions_each_date_their_rows():
    text = (
        "Amtsblatt Nr. 4/2024\n\n1. Beschlüsse der Verbandsversammlung vom 05.02.2024\n"
        "2. Beschlüsse der Verbandsversammlung vom 22.04.2024\n\n"
        "Die Verbandsversammlung hat in ihrer Sitzung am 05.02.2024 folgende Beschlüsse gefasst:\n"
        "Beschluss Nr. 1/2024\nWirtschaftsplan 2024\nDie Verbandsversammlung beschließt den Wirtschaftsplan 2024.\n"
        "Abstimmung: einstimmig\n"
        "Die Verbandsversammlung hat in ihrer Sitzung am 22.04.2024 folgenden Beschluss gefasst:\n"
        "Beschluss Nr. 2/2024\nJahresabschluss 2023\nDie Verbandsversammlung stellt den Jahresabschluss 2023 fest.\n"
        "Abstimmung: einstimmig\n"
    )
    rs = resolutions_of(text)
    assert [(r["date"], r["outcome"], r["unanimous"], r["subject"]) for r in rs] == [
        ("2024-02-05", "adopted", True, "Wirtschaftsplan 2024"),
        ("2024-04-22", "adopted", True, "Jahresabschluss 2023"),
    ]


def test_bare_decision_numbers_head_rows_of_a_list():
    text = (
        "Beschlüsse des Gemeinderates\n\n"
        "41/07/2023\nDer Gemeinderat beschließt die Änderung der Friedhofsgebührensatzung.\n\n"
        "Abstimmungsergebnis:\nAnwesend: 13 + 1 / Ja-Stimmen: 13 + 1\n\n"
        "42/07/2023\nDer Gemeinderat vergibt die Winterdienstleistungen an die Firma Lenz.\n\n"
        "Abstimmungsergebnis:\nAnwesend: 13 + 1 / Ja-Stimmen: 12 + 1 / Nein-Stimmen: 1\n"
    )
    rs = resolutions_of(text)
    # the mayor's vote added to the members' ("13 + 1"); no session named: no date
    assert [(r["date"], r["outcome"], r["votes_yes"], r["votes_no"]) for r in rs] == [
        (None, "adopted", 14, None), (None, "adopted", 13, 1),
    ]
    assert {r["rule"] for r in rs} == {"resolution.list"}


@pytest.mark.parametrize("text", [
    # one decision's number named in a sentence: no list
    "Der Gemeinderat hat in seiner Sitzung am 07.11.2023 beschlossen, die Straße zu sanieren.\n"
    "Die mit\nBeschluss-Nr.: 14/2023 beschlossene Satzung liegt im Rathaus aus.\n",
    # a number followed by lower-case words is a sentence's wrap, not a row's head
    "Die Entlastung wurde mit\nBeschluss-Nr.: 11/11/18 beschlossen.\nDer Bericht liegt aus.\n"
    "Der Wirtschaftsplan wurde mit\nBeschluss-Nr.: 12/11/18 beschlossen.\n",
    # a contents list of an issue, the sessions named, no rows under them
    "Inhalt\n1. Beschlüsse der Verbandsversammlung vom 05.02.2024 2\n"
    "2. Beschlüsse der Verbandsversammlung vom 22.04.2024 3\n",
    # file numbers alone on their lines, no wording after them
    "Aktenzeichen\n12/03/2023\n\nAnlage\n14/03/2023\n\nSeite 2\n",
])
def test_no_list_rows(text):
    assert decision_list(text)[1] == []


def test_a_single_bare_number_heads_no_row():
    assert decision_list("Protokoll\n\n12/2024\nDer Gemeinderat beschließt die Satzung.\n")[1] == []


@pytest.mark.parametrize("vote, expected", [
    ("Ja-Stimmen: 2 Verbandsmitglieder/6 Stimmen\nNein-Stimmen: 0/0\nEnthaltungen: 0/0", (6, 0, 0)),
    ("Ja-Stimmen: 1 Verbandsmitglied / 5 Stimmen\nNein-Stimmen: 1/3\nEnthaltungen: 0/0", (5, 3, 0)),
    ("dafür: 4 Mitgliedsgemeinden / 11 Stimmen, dagegen: 1 Mitgliedsgemeinde / 2 Stimmen", (11, 2, None)),
    ("Ja: 3 Mitglieder/9 Stimmen Nein: 0/0 Enthaltung: 0/0", (9, 0, 0)),
    ("Der Antrag wurde mit 14 von 16 Stimmen angenommen.", (14, None, None)),
    ("Die Wahl erfolgte mit 9 von 11 abgegebenen Stimmen.", (9, None, None)),
    ("Ja-Stimmen: 16 + 1, Nein-Stimmen: 0", (17, 0, None)),
    # without a weighted count a slash is no weight: "Ja: 12/ Nein: 3"
    ("Ja: 12/ Nein: 3", (12, 3, None)),
])
def test_weighted_and_summed_votes(vote, expected):
    v = parse_votes(vote)
    assert (v["votes_yes"], v["votes_no"], v["votes_abstain"]) == expected


_TWO_STEP = (
    "Die Gemeindevertretung hat in ihrer Sitzung am 03.09.2024 folgende Beschlüsse gefasst:\n"
    "Beschluss-Nr.: 21/09/24:\nWahl des Amtswehrführers\n"
    "Die Gemeindevertretung beschließt, die Wahl offen durchzuführen.\n"
    "Abstimmung: Ja-Stimmen: 11 Nein-Stimmen: 0 Enthaltungen: 0\n"
    "Die Gemeindevertretung wählt Herrn Jens Marold zum Amtswehrführer.\n"
    "Abstimmung: Ja-Stimmen: 9 Nein-Stimmen: 1 Enthaltungen: 1\n"
    "Herr Marold nimmt die Wahl an.\n"
    "Beschluss-Nr.: 22/09/24:\nJahresrechnung 2023\n"
    "Die Gemeindevertretung beschließt die Jahresrechnung 2023.\n"
    "Abstimmung: Ja-Stimmen: 11 Nein-Stimmen: 0 Enthaltungen: 0\n\n"
    "Bekanntmachung der Jahresrechnung\n"
    "Die Gemeindevertretung hat die Jahresrechnung 2023 mit Beschluss-Nr.: 22/09/24\n"
    "beschlossen. Sie liegt vom 1. bis 15. Oktober im Rathaus aus.\n"
)


def test_a_second_decision_in_a_row_and_a_decision_told_again():
    rs = resolutions_of(_TWO_STEP)
    # the vote to elect openly and the election: two decisions under one number;
    # the notice that tells 22/09/24 again is no third
    assert [(r["date"], r["outcome"], r["votes_yes"], r["votes_no"], r["votes_abstain"], r["subject"]) for r in rs] == [
        ("2024-09-03", "adopted", 11, 0, 0, "Wahl des Amtswehrführers"),
        ("2024-09-03", "adopted", 9, 1, 1, "Wahl des Amtswehrführers"),
        ("2024-09-03", "adopted", 11, 0, 0, "Jahresrechnung 2023"),
    ]
    rows = decision_list(_TWO_STEP)[1]
    # the remark under the election's vote belongs to its row
    assert _TWO_STEP[rows[1].start:rows[1].end].endswith("Herr Marold nimmt die Wahl an.")


_CODED = (
    "Öffentliche Bekanntmachung\n\n"
    "Am 03.06.2024 wurde durch den Bauausschuss folgender Beschluss gefasst:\n\n"
    "B 06/112/24\nVergabe der Straßenbauarbeiten Birkenallee\n"
    "Der Bauausschuss vergibt die Arbeiten an die Firma Tiefbau Kunert.\n\n"
    "Am 11.06.2024 wurden durch die Stadtverordnetenversammlung folgende Beschlüsse gefasst:\n\n"
    "S 06/113/24\nHaushaltssatzung 2024\n"
    "Die Stadtverordnetenversammlung beschließt die Haushaltssatzung 2024.\n\n"
    "S 06/114/24\nBenennung einer Straße\n"
    "Die Stadtverordnetenversammlung lehnt die Benennung der Straße ab.\n"
)


def test_rows_headed_by_a_coded_number_and_their_sessions_as_meetings():
    rows = extract_text(_CODED)
    assert provenance_ok(rows)
    assert [(r["date"], r["decided_by"], r["outcome"], r["subject"]) for r in rows["resolutions"]] == [
        ("2024-06-03", "Bauausschuss", "adopted", "Vergabe der Straßenbauarbeiten Birkenallee"),
        ("2024-06-11", "Stadtverordnetenversammlung", "adopted", "Haushaltssatzung 2024"),
        ("2024-06-11", "Stadtverordnetenversammlung", "rejected", "Benennung einer Straße"),
    ]
    assert sorted((m["organization"], m["date"]) for m in rows["meetings"]) == [
        ("Bauausschuss", "2024-06-03"), ("Stadtverordnetenversammlung", "2024-06-11"),
    ]


_NUMBER_BEFORE = (
    "Niederschrift über die 7. Sitzung des Gemeinderates am 14.05.2024\n\n"
    "TOP 5 Bebauungsplan Am Bach\nSachverhalt: Der Entwurf lag aus.\nBeschluss-Nr.: 45/2024\nBeschluss:\n"
    "Der Gemeinderat beschließt den Bebauungsplan als Satzung.\nAbstimmung: 12 Ja, 3 Nein\n\n"
    "TOP 6 Antrag der Fraktion X auf Bau einer Skateranlage\nBeschluss-Nr.: 46/2024\n"
    "Beschluss: Der Antrag wird abgelehnt.\nAbstimmung: 2 Ja, 13 Nein\n"
)
_NUMBER_AFTER = (
    "Niederschrift über die 7. Sitzung des Gemeinderates am 14.05.2024\n\n"
    "TOP 5 Bebauungsplan Am Bach\nBeschluss:\nDer Gemeinderat beschließt den Bebauungsplan als Satzung.\n"
    "Abstimmung: 12 Ja, 3 Nein\nBeschluss-Nr.: 45/2024\n\n"
    "TOP 6 Antrag der Fraktion X auf Bau einer Skateranlage\nSachverhalt: Die Fraktion beantragt eine Anlage.\n"
    "Beschluss: Der Antrag wird abgelehnt.\nAbstimmung: 2 Ja, 13 Nein\nBeschluss-Nr.: 46/2024\n"
)


@pytest.mark.parametrize("text", [_NUMBER_BEFORE, _NUMBER_AFTER])
def test_minutes_that_number_each_item_s_decision(text):
    # the number before or after the decision: each item's own decision, its
    # subject the item's title, never the next item's vote
    rs = resolutions_of(text)
    assert [(r["agenda_item"], r["date"], r["outcome"], r["votes_yes"], r["votes_no"], r["subject"]) for r in rs] == [
        ("TOP 5", "2024-05-14", "adopted", 12, 3, "Bebauungsplan Am Bach"),
        ("TOP 6", "2024-05-14", "rejected", 2, 13, "Antrag der Fraktion X auf Bau einer Skateranlage"),
    ]


def test_paper_numbers_in_an_agenda_table_head_no_rows():
    text = ("Tagesordnung\n2024/0126\n9 Anfragen\n2024/0127\n10 Verschiedenes\n\n"
            "Der Erste Bürgermeister eröffnet die Sitzung und stellt die Beschlussfähigkeit fest.\n")
    assert decision_list(text)[1] == []
