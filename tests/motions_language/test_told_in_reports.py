"""Motions told in reports (a group's news, a municipality's report on a session, a
press release): an office holder's own motion, a motion brought into the debate,
withdrawn, "ein weiterer Antrag", a member named with her seat, a group's letter,
"we" on a group's page, a long sentence after the mover, a group's dated list.

Families of German council language on sentences written for these tests, with
sentences that must NOT give a motion."""

from __future__ import annotations

import pytest

from .common import _rows


def _told(text: str) -> list[tuple[str, str | None]]:
    return [(r["submitted_by"], r["date"]) for r in _rows(text + "\n")]


# -- an office holder's own motion -------------------------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Der Bürgermeister brachte daraufhin einen eigenen Antrag auf einen Kassenkredit ein.", "Bürgermeister"),
    ("Die Oberbürgermeisterin bringt einen Dringlichkeitsantrag zur Sanierung der Turnhalle ein.", "Oberbürgermeisterin"),
    ("Der Landrat bringt einen Antrag auf Erhöhung der Kreisumlage ein.", "Landrat"),
    ("Der Ortsvorsteher reichte einen Antrag zur Umbenennung des Dorfplatzes ein.", "Ortsvorsteher"),
])
def test_office_holders_own_motion(text, who):
    assert [w for w, _ in _told(text)] == [who]


@pytest.mark.parametrize("text", [
    "Der Bürgermeister stellte den Antrag der Verwaltung vor.",
    "Die Landrätin brachte den Antrag zur Abstimmung ein.",
    "Der Bürgermeister erläuterte den Antrag.",
])
def test_office_holder_presenting_no_motion(text):
    assert _told(text) == []


# -- a motion brought in, withdrawn, acted by -------------------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Das Konzept, das die Fraktion FWG mit dem Antrag zur Schulwegsicherung in die Beratung eingebracht hat, "
     "wird nun umgesetzt.", "Fraktion FWG"),
    ("Die Frage, die die SPD-Fraktion mit dem Antrag zum Hallenbad gestellt hat, bleibt offen.", "SPD-Fraktion"),
    ("Die SPD-Fraktion hat ihren Antrag zur Kita-Gebühr zurückgezogen.", "SPD-Fraktion"),
    ("Die Fraktion der Grünen hatte ihren Änderungsantrag vor der Abstimmung zurückgezogen.", "Fraktion der Grünen"),
])
def test_brought_in_or_withdrawn(text, who):
    assert [w for w, _ in _told(text)] == [who]


@pytest.mark.parametrize("text", [
    "Die SPD befasste sich mit dem Antrag ausführlich.",
    "Die CDU ist mit dem Antrag der Verwaltung nicht einverstanden, der eingebracht wurde.",
    "Die Verwaltung hat einen Förderantrag beim Land gestellt.",
    "Der Verein hat einen Antrag auf Zuschuss gestellt.",
    "Herr Müller hat einen Bauantrag eingereicht.",
])
def test_no_motion_told(text):
    assert _told(text) == []


# -- one of several: a motion of its own ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "Den Antrag der Linken zur Zweitwohnungssteuer lehnten wir ab. Auch ein weiterer Antrag der Linken, der das "
    "Parken betraf, fand keine Mehrheit.",
    "Zunächst betraf ein Antrag der AfD die Straßenbeleuchtung. Ein zweiter Antrag der AfD zielte auf den Winterdienst.",
    "Über einen Antrag der FWG zum Radweg wurde lange beraten, über einen weiteren Antrag der FWG zum Parkdeck kaum.",
    "Der Antrag der FDP zum Stadtfest fand keine Mehrheit; ein anderer Antrag der FDP wurde vertagt.",
])
def test_another_motion_of_the_same_mover(text):
    assert len(_told(text)) == 2


@pytest.mark.parametrize("text", [
    "Der Antrag der FDP zum Stadtfest wurde beraten. Der Antrag der FDP wurde dann abgelehnt.",
    # a speaker counting: the motion told before
    "Der Antrag der FDP zum Stadtfest liegt vor. Das ist jetzt der zweite Antrag der FDP, der das Fest betrifft.",
])
def test_the_same_motion_named_again_is_one(text):
    assert len(_told(text)) == 1


def test_a_joint_name_before_a_long_clause_is_no_new_motion():
    text = ("Es gibt beim Feuerwerk einen Antrag der CDU und der GRÜNEN, da würde ich jetzt erst einmal diese beiden "
            "hier das Wort ergreifen lassen, bevor wir in der Reihenfolge der Wortmeldungen weitermachen und am Ende "
            "dann über beide Anträge abstimmen.")
    assert _told(text) == []


# -- a member named with first name, surname and her seat -------------------------------------


@pytest.mark.parametrize(("text", "who", "date"), [
    ("Petra Lind, Mitglied im Kreistag, hat in der Sitzung am 02.03.2022 einen Antrag auf Prüfung eines Radweges "
     "gestellt.", "Petra Lind", "2022-03-02"),
    ("Jonas Berger Mitglied im Verbandsgemeinderat hat in der letzten Sitzung am 14.09.2021 einen Antrag zur "
     "Schulbusplanung gestellt.", "Jonas Berger", "2021-09-14"),
    ("7. Mai 2019 Anna-Lena Kurz, Mitglied des Stadtrates, hat am 06.05.2019 einen Antrag zum Klimaschutz "
     "eingereicht.", "Anna-Lena Kurz", "2019-05-06"),
    ("Ratsfrau Anna Beck hat in der letzten Ratssitzung am 14.05.2023 einen Antrag zur Einrichtung eines "
     "Jugendbeirats gestellt.", "Ratsfrau Anna Beck", "2023-05-14"),
])
def test_member_with_her_seat(text, who, date):
    assert _told(text) == [(who, date)]


def test_a_name_without_seat_is_no_member():
    assert _told("Peter Schmitz hat am 02.03.2022 einen Antrag auf Baugenehmigung gestellt.") == []


# -- a group's letter: "Für die Fraktion X stelle ich …" -----------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Für die Fraktion Bündnis 90/Die Grünen stelle ich zur Beratung im Bauausschuss am 5. Mai folgenden "
     "Antrag:", "Fraktion Bündnis 90/Die Grünen"),
    ("Für die SPD-Fraktion beantrage ich, den Punkt auf die Tagesordnung zu nehmen.", "SPD-Fraktion"),
    ("Namens der CDU-Fraktion stellen wir folgenden Antrag zur nächsten Sitzung des Rates:", "CDU-Fraktion"),
])
def test_letter_for_the_group(text, who):
    assert [w for w, _ in _told(text)] == [who]


# -- a name read at the start of a long sentence --------------------------------------------


def test_mover_before_a_long_clause():
    text = ("Am Donnerstag berät der Rat auch einen Dringlichkeitsantrag der SPD, bei dem es um das angekündigte "
            "Aus für die Muster Logistik Service GmbH am Hafen gehen wird. Rund 200 Stellen seien in Gefahr, "
            "heißt es aus dem Betriebsrat.")
    assert [w for w, _ in _told(text)] == ["SPD"]


def test_a_quoted_name_after_the_subject_is_no_mover():
    rows = _rows("Es gab eine Diskussion über einen Antrag zur Unterstützung von „Bunte Stadt“, der im "
                 "Hauptausschuss behandelt wurde.\n")
    assert all(r["submitted_by"] != "Bunte Stadt" for r in rows)


# -- "we" on a group's page ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Fraktion Bürger für Hausen – Bericht aus dem Stadtrat\nUnseren ersten Entwurf hatten wir vertagt; später haben wir "
     "einen eigenen Antrag zum Marktplatz wieder zurückgezogen.", "Fraktion Bürger für Hausen"),
    ("SPD-Fraktion im Gemeinderat\nDeshalb haben wir einen Antrag zur Sanierung des Freibads gestellt.", "SPD-Fraktion"),
    ("SPD-Fraktion im Gemeinderat\nWir hatten bereits im Mai unseren Prüfantrag zum Radweg eingebracht.", "SPD-Fraktion"),
])
def test_we_on_a_groups_page(text, who):
    assert [w for w, _ in _told(text)] == [who]


@pytest.mark.parametrize("text", [
    # someone else's motion that we supported
    "SPD-Fraktion im Gemeinderat\nWir haben den Antrag der CDU zur Sanierung des Freibads unterstützt.",
    # a page that names no group: "we" is nobody known
    "Bericht aus dem Gemeinderat\nDeshalb haben wir einen Antrag zur Sanierung des Freibads gestellt.",
])
def test_we_without_the_groups_own_motion(text):
    assert all(w != "SPD-Fraktion" for w, _ in _told(text)) and all(w for w, _ in _told(text))


# -- a group's list of its motions -------------------------------------------------------------


_LIST = """Anträge der Fraktion
März 2024
Antrag auf „Kostenfreie Parkplätze am Bahnhof“
Juni 2023
Änderungsantrag der Fraktionen FDP und SPD zur DS 12/2023 „Bebauungsplan Am Weiher“
November 2022
Antrag der Fraktionen SPD/GRÜNE und FDP „Stärkung der Vereine“
Antrag der Fraktionen SPD/GRÜNE und FDP „Ortsbus für alle“
September 2022
Beantragung der Verlängerung der Buslinie 5 bis zum Friedhof
Juli 2022
Haushaltsrede des Fraktionsvorsitzenden
"""


def test_a_groups_list_one_row_per_entry():
    rows = _rows(_LIST)
    assert [(r["submitted_by"], r["motion_type"]) for r in rows] == [
        ("", "Antrag"),
        ("Fraktionen FDP und SPD", "Änderungsantrag"),
        ("Fraktionen SPD/GRÜNE und FDP", "Antrag"),
        ("Fraktionen SPD/GRÜNE und FDP", "Antrag"),
        ("", "Antrag"),
    ]
    assert [r["title"] for r in rows][2:4] == ["Stärkung der Vereine", "Ortsbus für alle"]


# -- the subject after the verb, a phrase before it -------------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Für den neuen Treffpunkt am Markt hatte der Seniorenbeirat schon im Frühjahr einen passenden Antrag an die "
     "Ortsbürgermeisterin gerichtet.", "Seniorenbeirat"),
    ("Im Mai hat die SPD-Fraktion einen Antrag zur Sanierung des Bades gestellt.", "SPD-Fraktion"),
    ("Schon 2022 hatte der Jugendbeirat einen Antrag auf einen Skatepark eingereicht.", "Jugendbeirat"),
])
def test_subject_after_the_verb(text, who):
    assert [w for w, _ in _told(text)] == [who]


@pytest.mark.parametrize("text", [
    "Im Mai hat der Sportverein einen Antrag auf Zuschuss gestellt.",
    "Im Mai hat die Verwaltung einen Förderantrag gestellt.",
    "Die Verwaltung hat einen Antrag an das Land gerichtet.",
])
def test_no_motion_of_a_club_or_the_administration(text):
    assert _told(text) == []
