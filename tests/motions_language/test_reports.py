"""Motions told in reports and minutes: one motion told several times, a faction acting
by a motion, motions named in reports, the chair's motions.

Families of German council language on sentences written for these tests, with
sentences that must NOT give a motion."""

from __future__ import annotations

import pytest

from .common import _rows, _who, _motions, _motion_rows, _MINUTES_HEAD


# -- one motion told several times in a report ------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Änderungsantrag der Grünen\nFrau Weber stellt den Antrag der Grünen vor.\n", ["Grüne"]),
    ("Frau Weber stellt den Antrag der Linken vor. Der Änderungsantrag der Linken wird abgelehnt.\n", ["Linke"]),
    ("Der CDU/SPD-Antrag sei ein Kompromiss. Herr Kurz lobt den SPD/CDU-Antrag.\n", ["CDU/SPD"]),
])
def test_one_motion_told_again_is_one_row(text, who):
    assert _who(text) == who


def test_compound_and_written_out_submitters_are_one_motion():
    rows = _rows("Der CDU/SPD-Antrag sei ein Kompromiss. Den Änderungsantrag von CDU und SPD stellt Herr Kurz vor.\n")
    assert [(r["submitted_by"], r["motion_type"]) for r in rows] == [("CDU und SPD", "Änderungsantrag")]


@pytest.mark.parametrize("text", [
    # a motion with its number, then an amendment of the same faction: two motions
    "Antrag der Grünen vom 03.02.2024 zum Radverkehr\nÄnderungsantrag der Grünen\nDer Änderungsantrag wird abgelehnt.\n",
    # other submitters are another motion
    "Der CDU/SPD-Antrag sei ein Kompromiss. Herr Kurz lobt den Antrag der FDP.\n",
])
def test_different_motions_stay_apart(text):
    assert len(_rows(text)) == 2


# -- a faction acting by a motion -------------------------------------------------------


@pytest.mark.parametrize(("text", "who", "kind"), [
    ("Das hat die Linke Fraktion durch einen Antrag, die Vorlage zu ändern, verhindert.",
     "Linke Fraktion", "Antrag"),
    ("Die SPD hatte mit ihrem Änderungsantrag gefordert, die Gebühren zu senken.", "SPD", "Änderungsantrag"),
    ("Die CDU-Fraktion hat mit einem Antrag die Sanierung der Halle verlangt.", "CDU-Fraktion", "Antrag"),
])
def test_faction_acting_by_a_motion(text, who, kind):
    assert [(r["submitted_by"], r["motion_type"]) for r in _rows(text + "\n")] == [(who, kind)]


@pytest.mark.parametrize("text", [
    "Die Verwaltung hat mit einem Antrag Fördermittel beim Land erbeten.",
    "Der Ausschuss hat mit einem Antrag die Sache vertagt.",
    "Die Stadt hatte durch einen Antrag beim Land Mittel erhalten.",
])
def test_no_faction_acting_by_a_motion(text):
    assert _rows(text + "\n") == []


# -- motions named in reports and minutes (fix round 6) ---------------------------


@pytest.mark.parametrize(("text", "who"), [
    # a member making an amendment or an urgent motion, the subject after or before the verb
    ("Nach der Aussprache stellt Herr Lorenz den Änderungsantrag, den zweiten Absatz zu streichen.", "Herr Lorenz"),
    ("Daraufhin stellte Frau Dr. Albers den Ergänzungsantrag, einen Bericht anzufordern.", "Frau Dr. Albers"),
    ("Stadtrat Vogel (FDP) stellte einen Dringlichkeitsantrag zur Sanierung der Turnhalle.", "Stadtrat Vogel (FDP)"),
    ("Gemeinderätin Anna Roth (SPD) stellt eine Dringlichkeitsantrag zur Beschaffung von Luftfiltern.",
     "Gemeinderätin Anna Roth (SPD)"),
    ("Ratsfrau Weber stellt einen Antrag über die Erhöhung der Zuschüsse.", "Ratsfrau Weber"),
    # a passive request with its object before the participle
    ("Von den Fraktionen CDU, SPD und FDP wurde die Absetzung des Tagesordnungspunktes beantragt.",
     "Fraktionen CDU, SPD und FDP"),
    ("Von der SPD-Fraktion wurde die Vertagung der Vorlage beantragt.", "SPD-Fraktion"),
    ("Seitens der Fraktion DIE LINKE wird eine namentliche Abstimmung beantragt.", "Fraktion DIE LINKE"),
    # a pronoun that refers to the person leading the sentence before
    ("Der Bürgermeister Karl Brandt eröffnet die Sitzung. Er begrüßt die Gäste und "
     "beantragt, den Punkt Friedhofssatzung zusätzlich zu beraten.", "Bürgermeister Karl Brandt"),
    ("Ratsherr Dr. Klaus Weber meldet sich zu Wort. Er beantragt die Vertagung des Punktes.", "Ratsherr Dr. Klaus Weber"),
    ("Frau Stadträtin Lange (GRÜNE) spricht zum Haushalt.\nSie beantragt, den Punkt zu vertagen.",
     "Frau Stadträtin Lange (GRÜNE)"),
    # what a faction wants by a motion
    ("Die CDU will mit einem Antrag erreichen, dass mehr Bänke aufgestellt werden.", "CDU"),
    ("Die SPD-Fraktion möchte mit einem Antrag die Parkgebühren senken.", "SPD-Fraktion"),
    # factions that move together, named by their bond
    ("Die Kooperation aus Grünen und Linken hat gemeinsam mit der FDP beantragt, am Montag weiter zu tagen.",
     "Kooperation aus Grünen und Linken"),
    ("Die Koalition aus CDU und FDP hat beantragt, den Punkt abzusetzen.", "Koalition aus CDU und FDP"),
])
def test_a_motion_named_in_a_report_or_the_minutes_is_read(text, who):
    assert who in _who(text)


@pytest.mark.parametrize("text", [
    "Stadtrat Meier (CDU) stellte den Antrag zur Abstimmung.",
    "Frau Schulz stellt den Antrag zur Abstimmung.",
    "Der Vorsitzende stellt einen Antrag zur Abstimmung.",
    "Herr Müller erläutert den Antrag.",
    "Die Sitzung wird eröffnet. Er beantragt die Vertagung des Punktes.",
    "Bürgermeister Meier begrüßt die Gäste. Danach spricht der Kämmerer. Er beantragt die Vertagung des Punktes.",
    "Die Verwaltung stellt den Bericht vor. Sie beantragt Fördermittel beim Land.",
    "Von der Verwaltung wurde die Förderung beim Land beantragt.",
    "Von den Anwohnern wurde eine Verkehrsberuhigung beantragt.",
    "Die Verwaltung will mit einem Antrag beim Land Fördermittel erhalten.",
    "Die Kooperation aus Verwaltung und Schulen hat beantragt, den Punkt abzusetzen.",
])
def test_no_motion_from_a_vote_a_citizen_the_administration_or_an_unresolved_pronoun(text):
    assert _who(text) == []


def test_a_group_s_page_lists_its_motions_each_under_a_dated_heading():
    page = (
        "Unsere Anträge\n\n"
        "03.05.2021 Mehr Bäume in der Innenstadt\n\n"
        "Antrag der CDU-Fraktion im Stadtrat Musterhausen\nvom 3. Mai 2021\n\n"
        "Der Magistrat wird gebeten, zwanzig Bäume zu pflanzen.\n\n\n"
        "03.05.2021 Sanierung der Stadthalle\n\n"
        "Antrag der CDU-Fraktion im Stadtrat Musterhausen\nvom 3. Mai 2021\n\n"
        "Die Stadthalle wird saniert.\n\n\n"
        "12.10.2020 Radweg am Bahnhof\n\nRadweg am Bahnhof\n\n"
        "Antrag der CDU-Fraktion in der Stadtverordnetenversammlung Musterhausen vom 12. Oktober 2020\n"
        "Wahlperiode 2016-2021 (Drucksache 20/0815)\n\n"
        "Die Stadt baut einen Radweg."
    )
    assert _motions(page) == [
        ("CDU-Fraktion", "2021-05-03", None, "Mehr Bäume in der Innenstadt"),
        ("CDU-Fraktion", "2021-05-03", None, "Sanierung der Stadthalle"),
        ("CDU-Fraktion", "2020-10-12", "20/0815", "Radweg am Bahnhof"),
    ]


@pytest.mark.parametrize(("text", "date"), [
    ("Antrag der SPD-Fraktion in der Gemeindevertretung Talheim vom 04.03.2024", "2024-03-04"),
    ("Antrag der Fraktion DIE LINKE im Kreistag Musterkreis vom 1. Juni 2023", "2023-06-01"),
    ("Antrag der FDP-Fraktion im Rat der Stadt Neudorf vom 12.12.2022", "2022-12-12"),
    ("Antrag der SPD-Fraktion in der Sitzung vom 04.03.2024", None),
])
def test_the_council_a_faction_sits_in_stands_between_it_and_the_date(text, date):
    assert [m[1] for m in _motions(text)] == [date]


@pytest.mark.parametrize(("text", "title"), [
    ("Rede zur Einbringung des SPD-Antrags \"Rauchverbot auf Spielplätzen\" am 26.9.2012.", "Rauchverbot auf Spielplätzen"),
    ("Der CDU-Antrag „Mehr Parkplätze am Bahnhof“ wurde vertagt.", "Mehr Parkplätze am Bahnhof"),
    ("Der FDP-Änderungsantrag wurde abgelehnt.", None),
])
def test_a_party_s_compound_motion_word_takes_its_quoted_title(text, title):
    assert [m[3] for m in _motions(text)] == [title]


# -- motions named in reports (prose3) ---------------------------------------------


@pytest.mark.parametrize(("text", "who", "kind"), [
    ("Aus dem Kreistag\n\nDie Grünen fordern in einem Antrag ein Tempolimit vor Schulen.", "Grüne", "Antrag"),
    ("Aus dem Kreistag\n\nDie Linke verlangte mit einem Dringlichkeitsantrag die Öffnung des Hallenbads.",
     "Linke", "Dringlichkeitsantrag"),
    ("Aus dem Stadtrat\n\nDie SPD-Fraktion forderte per Antrag einen Sozialpass.", "SPD-Fraktion", "Antrag"),
    ("Aus dem Kreistag\n\nDie FDP-Fraktion fordert in einem gemeinsamen Antrag mehr Radwege.", "FDP-Fraktion",
     "Antrag"),
    ("Aus dem Kreistag\n\nVon den Fraktionen CDU und FDP wurde die Absetzung des Tagesordnungspunktes beantragt.",
     "Fraktionen CDU und FDP", "Geschäftsordnungsantrag"),
    # a motion made in the meeting for what a Geschäftsordnung lists: procedural
    ("Aus dem Stadtrat\n\nAuf Antrag der Fraktion Die Linke wurde die Sitzung unterbrochen.", "Fraktion Die Linke",
     "Geschäftsordnungsantrag"),
    ("Aus dem Stadtrat\n\nAuf Antrag der CDU-Fraktion wird offen gewählt.", "CDU-Fraktion", "Geschäftsordnungsantrag"),
    ("Aus dem Stadtrat\n\nAuf Antrag der SPD wurde über die Punkte getrennt abgestimmt.", "SPD",
     "Geschäftsordnungsantrag"),
    ("Aus dem Stadtrat\n\nAuf Antrag der FDP-Fraktion wird der Bericht zur Kenntnis genommen.", "FDP-Fraktion", "Antrag"),
    ("Aus dem Kreistag\n\nDer Antrag der Fraktion Die Linke betrifft den Nahverkehr.", "Fraktion Die Linke", "Antrag"),
    # an abbreviation does not end the clause before the particle
    ("Niederschrift über die Sitzung des Gemeinderates am 12.03.2025\n\nTOP 3 Bericht\n\nDie CDU-Fraktion zieht "
     "ihren Antrag auf Anhörung von Vertreterinnen bzw. Vertretern der Aufsicht zurück.", "CDU-Fraktion", "Antrag"),
])
def test_motions_told_in_reports(text, who, kind):
    assert _motion_rows(text) == [(who, kind)]


@pytest.mark.parametrize("text", [
    "Aus dem Kreistag\n\nDie Grünen fordern die Rücknahme des Antrags der Verwaltung.",
    "Aus dem Kreistag\n\nDie Grünen fordern ein Tempolimit vor Schulen.",
    "Bauantrag\n\nAntragsteller: Max Mustermann\nDer Antrag auf Baugenehmigung wurde eingereicht.",
    "Förderung\n\nDer Sportverein hat einen Förderantrag gestellt.",
    "Hinweis\n\nDie Antragsfrist endet am 30.06.2025.",
    "Aus dem Kreistag\n\nDie Firma Bau GmbH beantragt eine Baugenehmigung.",
    "Aus dem Rathaus\n\nDie Verwaltung prüft den Antrag der Fraktion.",
])
def test_no_motion_of_a_council_member(text):
    assert _motion_rows(text) == []


@pytest.mark.parametrize(("sentence", "who"), [
    ("Der Vorsitzende beantragt, die Tagesordnung um den Punkt \"Feuerwehrbedarfsplan\" zu erweitern.", "Vorsitzende"),
    ("Die Bürgermeisterin bat um Änderung der vorliegenden Tagesordnung: TOP 5 wird abgesetzt.", "Bürgermeisterin"),
    ("Der Landrat schlägt vor, TOP 7 von der Tagesordnung abzusetzen.", "Landrat"),
    ("Der Buergermeister beantragte die Erweiterung der Tagesordnung um einen Dringlichkeitspunkt.", "Buergermeister"),
    ("Die Vorsitzende bittet darum, die Reihenfolge der Punkte 4 und 5 zu tauschen.", "Vorsitzende"),
    ("Der Ortsvorsteher beantragt die Vertagung des Punktes.", "Ortsvorsteher"),
])
def test_the_chair_moves_to_change_the_agenda(sentence, who):
    assert (who, "Geschäftsordnungsantrag") in _motion_rows(_MINUTES_HEAD + sentence)


@pytest.mark.parametrize("sentence", [
    "Der Vorsitzende stellt die Tagesordnung fest.",
    "Der Bürgermeister bittet die Verwaltung, die Tagesordnung rechtzeitig zu versenden.",
    "Die Vorsitzende schlägt Herrn Meier als Schriftführer vor.",
    "Der Landrat erläutert die Tagesordnung.",
])
def test_the_chair_moves_nothing(sentence):
    assert [w for w, k in _motion_rows(_MINUTES_HEAD + sentence) if k == "Geschäftsordnungsantrag"] == []


def test_a_groups_list_of_its_motions():
    text = ("SPD-Fraktion im Stadtrat Hausen\n\nUnsere Anträge\n\n"
            "12.03.2024 Antrag: Sanierung der Grundschule\n"
            "04.06.2024 – Antrag: Tempo 30 in der Hauptstraße\n"
            "Antrag vom 10.09.2024 – Bürgerhaushalt einführen\n"
            "01.10.2024 Änderungsantrag: Stellenplan 2025")
    rows = _rows(text + "\n")
    assert [(r["submitted_by"], r["motion_type"], r["date"], r["title"]) for r in rows] == [
        ("SPD-Fraktion", "Antrag", "2024-03-12", "Sanierung der Grundschule"),
        ("SPD-Fraktion", "Antrag", "2024-06-04", "Tempo 30 in der Hauptstraße"),
        ("SPD-Fraktion", "Antrag", "2024-09-10", "Bürgerhaushalt einführen"),
        ("SPD-Fraktion", "Änderungsantrag", "2024-10-01", "Stellenplan 2025"),
    ]


def test_a_dated_list_without_a_group_names_no_motion():
    assert _rows("Termine\n\n12.03.2024 Antrag: Sanierung der Grundschule\n") == []


def test_the_fraktion_means_the_group_named_as_subject_before():
    text = ("Aus dem Kreistag\n\nDie Fraktion Bürger für Hausen (BfH) wird in der nächsten Sitzung mehrere Anträge "
            "einbringen.\n\nDer erste Antrag der Fraktion betrifft die Sanierung der Kreisstraßen. Er wird von der "
            "Fraktion Grüne/FDP unterstützt.\n\nEin weiterer Antrag der Fraktion zielt auf mehr Schulsozialarbeit.")
    assert _motion_rows(text) == [("Fraktion Bürger für Hausen", "Antrag"), ("Fraktion Bürger für Hausen", "Antrag")]


@pytest.mark.parametrize(("text", "who", "kind"), [
    ("Aus dem Stadtrat\n\nMit ihrem Antrag auf Senkung der Gebühren scheiterte die AfD im Gemeinderat.", "AfD", "Antrag"),
    ("Aus dem Kreistag\n\nMit zwei weiteren Beschlussanträgen kam die AfD aber nicht durch.", "AfD", "Antrag"),
    ("Aus dem Kreistag\n\nMit ihrem Änderungsantrag konnte sich die SPD-Fraktion im Kreistag nicht durchsetzen.",
     "SPD-Fraktion", "Änderungsantrag"),
    ("Aus dem Kreistag\n\nDer Kreistag tagte. Mit ihrem Antrag setzte sich die CDU durch.", "CDU", "Antrag"),
])
def test_a_motion_told_by_its_fate(text, who, kind):
    assert _motion_rows(text) == [(who, kind)]


@pytest.mark.parametrize("text", [
    "Aus dem Kreistag\n\nMit seinem Bauantrag scheiterte der Investor vor Gericht.",
    "Aus dem Kreistag\n\nMit dem Antrag befasste sich der Ausschuss.",
])
def test_no_motion_told_by_a_fate(text):
    assert _motion_rows(text) == []
