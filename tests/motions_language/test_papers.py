"""Motions as filed: agenda item heads, motion letters, papers, agenda rows and
Drucksache lists, motions listed under a heading, a petitum with a signature.

Families of German council language on sentences written for these tests, with
sentences that must NOT give a motion."""

from __future__ import annotations

import pytest

from .common import _rows, _who, _LETTER


# -- agenda item heads --------------------------------------------------------------------


@pytest.mark.parametrize(("text", "who", "title"), [
    ("TOP 7 CDU-Fraktion: Sanierung der Grundschule\n", "CDU-Fraktion", "Sanierung der Grundschule"),
    ("TOP 3 Fraktion FREIE WÄHLER: Parkraumkonzept Innenstadt\n", "Fraktion FREIE WÄHLER", "Parkraumkonzept Innenstadt"),
    ("Ö 4 SPD/FDP-Gruppe – Schulwegsicherung\n", "SPD/FDP-Gruppe", "Schulwegsicherung"),
])
def test_submitter_leads_the_item_title(text, who, title):
    (r,) = _rows(text)
    assert (r["submitted_by"], r["title"]) == (who, title)


@pytest.mark.parametrize("text", [
    "TOP 7 Bauamt: Sanierung der Grundschule\n",
    "TOP 2 Bericht der Verwaltung: Haushalt 2024\n",
    "TOP 5 CDU-Fraktion: Anfrage zur Schulwegsicherung\n",
])
def test_item_title_led_by_no_faction(text):
    assert _who(text) == []


# -- motion letters ----------------------------------------------------------------------


@pytest.mark.parametrize(("ask", "reason", "close", "who"), [
    ("wir bitten Sie, den o.a. Punkt in die Tagesordnung der nächsten Sitzung aufzunehmen.",
     "Die Auffassung der SPD-Ratsfraktion wurde bestätigt.", "", "SPD-Ratsfraktion"),
    ("wir beantragen, die Verwaltung mit einem Konzept zu beauftragen.",
     "Der Bedarf ist gestiegen.", "Mit freundlichen Grüßen\nFraktion BÜNDNIS 90/DIE GRÜNEN", "Fraktion BÜNDNIS 90/DIE GRÜNEN"),
    ("hiermit stellen wir folgenden Antrag: Der Rat möge beschließen, den Spielplatz zu sanieren.",
     "Eltern haben sich beschwert.", "Mit freundlichen Grüßen\nfür die CDU-Gruppe im Rat", "CDU-Gruppe"),
    ("zur nächsten Sitzung beantragen wir die Aufnahme des Tagesordnungspunktes Radverkehr.",
     "Die FDP-Fraktion hält das für dringend.", "Freundliche Grüße", "FDP-Fraktion"),
])
def test_motion_letters(ask, reason, close, who):
    text = _LETTER.format(title="Sanierung des Spielplatzes", ask=ask, reason=reason, close=close)
    rows = [r for r in _rows(text) if r["quote"] in ask]
    assert [(r["submitted_by"], r["date"]) for r in rows] == [(who, "2025-10-15")]


@pytest.mark.parametrize(("ask", "reason"), [
    # an Anfrage, not a motion
    ("wir bitten um Beantwortung der folgenden Fragen zur Tagesordnung.", "Die SPD-Fraktion fragt nach."),
    # two factions named, no signature: who writes is not said
    ("wir beantragen, den Punkt zu vertagen.", "Die CDU-Fraktion und die SPD-Fraktion sind uneins."),
    # no faction at all: a citizen's letter
    ("wir beantragen eine Baugenehmigung für unseren Carport.", "Das Grundstück liegt am Ortsrand."),
    # thanks, no request
    ("wir danken für die Einladung zur Sitzung.", "Die GRÜNE-Fraktion nimmt teil."),
])
def test_letters_that_move_nothing_of_a_faction(ask, reason):
    text = _LETTER.format(title="Betreff", ask=ask, reason=reason, close="")
    assert _who(text) == []


# -- motion papers ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "who", "date"), [
    ("SPD-Fraktion im Gemeinderat Hausen\nHausen, 12.03.2024\nAn den Bürgermeister\n"
     "Antrag: Einführung eines Jugendgemeinderats\nSehr geehrter Herr Bürgermeister,\n"
     "die SPD-Fraktion stellt folgenden Antrag:\nDer Gemeinderat möge beschließen: Ein Konzept wird erstellt.\n",
     "SPD-Fraktion im Gemeinderat Hausen", "2024-03-12"),
    ("Antrag\nFraktion FREIE WÄHLER\nDatum: 01.02.2024\nBetreff: Parkraumkonzept\nBeschlussvorschlag:\n"
     "Der Rat beauftragt die Verwaltung mit einem Parkraumkonzept.\n", "Fraktion FREIE WÄHLER", "2024-02-01"),
    ("Gruppe SPD/Grüne im Rat der Gemeinde Hausen\nAn den Ratsvorsitzenden\nHausen, 4. Juni 2024\n"
     "Antrag gem. § 56 NKomVG\nSehr geehrter Herr Ratsvorsitzender,\ndie Gruppe SPD/Grüne beantragt, folgenden "
     "Punkt auf die Tagesordnung zu setzen:\nErrichtung einer Boulebahn\n", "Gruppe SPD/Grüne", "2024-06-04"),
])
def test_motion_paper_dated_by_its_own_date(text, who, date):
    (r,) = _rows(text)
    assert (r["submitted_by"], r["date"]) == (who, date)


def test_minutes_naming_no_mover_give_no_motion():
    assert _who("Niederschrift\nTOP 3 Sanierung des Freibads\nDer Antrag wird einstimmig angenommen.\n") == []


# -- abbreviations, more motion words, rules and short names --------------------------------


@pytest.mark.parametrize(("text", "who", "date"), [
    ("Antrag von Frau StRin Weber, Herrn StR Bauer (SPD) vom 12.3.2024", "Frau StRin Weber, Herrn StR Bauer (SPD)",
     "2024-03-12"),
    ("Der Antrag des Rh. Meyer (CDU) wird abgelehnt.", "Rh. Meyer (CDU)", None),
    ("GR Schulz (FW) bringt den Änderungsantrag ein.", "GR Schulz (FW)", None),
    ("Herr StR Müller (SPD) stellt den Antrag, die Sitzung zu unterbrechen.", "Herr StR Müller (SPD)", None),
    ("Antrag der Gruppe SPD/Grüne gem. § 56 NKomVG vom 01.06.2024", "Gruppe SPD/Grüne", "2024-06-01"),
    ("Antrag der Fraktion Bürger für Hausen (BfH) vom 12.04.2023", "Fraktion Bürger für Hausen", "2023-04-12"),
    ("Antrag der Ortsratsfraktion der SPD auf Aufstellung einer Bank", "Ortsratsfraktion der SPD", None),
    ("Antrag der Fraktion Freie Wähler zum Hallenbad", "Fraktion Freie Wähler", None),
    ("Antrag der Fraktion DIE LINKE zum Krankenhaus", "Fraktion DIE LINKE", None),
])
def test_more_ways_to_name_the_mover(text, who, date):
    (r,) = _rows(text + "\n")
    assert (r["submitted_by"], r["date"]) == (who, date)


@pytest.mark.parametrize(("text", "kind"), [
    ("Beschlussantrag der SPD-Fraktion zur Grundsteuer", "Beschlussantrag"),
    ("Entschließungsantrag der Fraktionen CDU und FDP", "Entschließungsantrag"),
    ("Resolutionsantrag der Fraktion DIE LINKE zum Krankenhaus", "Resolutionsantrag"),
    ("Antrag des Ortsbürgermeisters auf Vertagung", "Geschäftsordnungsantrag"),
    ("Antrag des Bürgermeisters auf Ausschluss der Öffentlichkeit", "Geschäftsordnungsantrag"),
    ("Stadtverordnete Krause (CDU) beantragt im Namen ihrer Fraktion die Vertagung.", "Geschäftsordnungsantrag"),
])
def test_more_motion_words(text, kind):
    (r,) = _rows(text + "\n")
    assert r["motion_type"] == kind


@pytest.mark.parametrize("text", [
    "Beschlussantrag: Der Rat beschließt die Satzung.",       # the administration's proposal
    "Antrag des Bürgermeisters auf Fördermittel beim Land",   # no procedural motion, no faction
    "StR Haushalt 2024 beschlossen",
    "GR-Sitzung vom 12.03.2024",
])
def test_no_motion_in_these(text):
    assert _who(text) == []


@pytest.mark.parametrize(("text", "who"), [
    ("Die SPD-Fraktion zieht ihren Antrag zurück.", "SPD-Fraktion"),
    ("Die Fraktion BÜNDNIS 90/DIE GRÜNEN hält ihren Antrag aufrecht.", "Fraktion BÜNDNIS 90/DIE GRÜNEN"),
    ("Ratsherr Lange (FDP) zog seinen Änderungsantrag zurück.", "Ratsherr Lange (FDP)"),
    ("Die CDU-Fraktion ändert ihren Antrag wie folgt ab: …", "CDU-Fraktion"),
])
def test_the_movers_own_motion_withdrawn_or_upheld(text, who):
    assert _who(text) == [who]


@pytest.mark.parametrize("text", [
    "Die SPD-Fraktion zieht den Antrag der Verwaltung in Zweifel.",
    "Der Ausschuss ändert den Antrag der Verwaltung.",
    "Die CDU-Fraktion hält den Antrag für unzulässig.",
    "Herr Meier zieht seinen Bauantrag zurück.",
])
def test_no_own_motion(text):
    assert _who(text) == []


# -- agenda rows and Drucksache lists ----------------------------------------------------------


@pytest.mark.parametrize(("text", "who", "ref"), [
    ("Drucksache 2024/0815 Antrag der Fraktion DIE LINKE: Sozialticket", "Fraktion DIE LINKE", "2024/0815"),
    ("2024/0815 – Sozialticket – Antrag der Fraktion DIE LINKE", "Fraktion DIE LINKE", "2024/0815"),
    ("Drs. 21/3344 Änderungsantrag der CDU-Fraktion", "CDU-Fraktion", "21/3344"),
    ("TOP 9 Radweg Hauptstraße (Gruppe CDU/FW)", "Gruppe CDU/FW", None),
    ("TOP 9 Radweg Hauptstraße - Wählergemeinschaft Pro Hausen", "Wählergemeinschaft Pro Hausen", None),
    ("TOP 9 Radweg Hauptstraße\nEinreicher: SPD/FDP-Gruppe", "SPD/FDP-Gruppe", None),
    ("6. Sanierung der Turnhalle (Antrag CDU vom 12.3.2024)", "CDU", None),
])
def test_agenda_rows(text, who, ref):
    (r,) = _rows(text + "\n")
    assert (r["submitted_by"], r["reference"]) == (who, ref)


@pytest.mark.parametrize("text", [
    "TOP 9 Radweg Hauptstraße - Bericht der Verwaltung",
    "Drucksache 2024/0815 Mitteilung der Verwaltung",
    "TOP 4 Wahl der Schiedsperson (CDU-Fraktion)",
])
def test_agenda_rows_without_a_motion(text):
    assert _who(text + "\n") == []


# -- motions listed under a heading, one line each led by its mover --------------------


@pytest.mark.parametrize(("text", "rows"), [
    ("00 Anträge zur Tagesordnung\n\nSPD: Verlegung von TOP 13 in den öffentlichen Teil\n\n01 Genehmigung der Niederschrift",
     [("SPD", "Verlegung von TOP 13 in den öffentlichen Teil")]),
    ("Anträge zur Tagesordnung:\nCDU-Fraktion: Absetzung von TOP 4\nGRÜNE: Aufnahme eines Punktes Radweg\nSitzungsbeginn: 19 Uhr",
     [("CDU-Fraktion", "Absetzung von TOP 4"), ("GRÜNE", "Aufnahme eines Punktes Radweg")]),
    ("TOP 2 Dringlichkeitsanträge\nFreie Wähler: Sanierung der Brücke\n",
     [("Freie Wähler", "Sanierung der Brücke")]),
])
def test_motions_listed_under_a_heading(text, rows):
    assert [(r["submitted_by"], r["title"]) for r in _rows(text + "\n")] == rows


@pytest.mark.parametrize("text", [
    "3 Anträge\nOrt: Rathaus, Saal 2\n",
    "Anträge zur Tagesordnung\n\nkeine\n",
    "Anträge zur Tagesordnung liegen nicht vor.\nSPD: Herr Kurz\n",
])
def test_no_motions_under_a_heading(text):
    assert _rows(text + "\n") == []


# -- a motion paper that is a petitum and a signature -----------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Der Gemeinderat möge beschließen: Die Straße wird saniert.\nBegründung: Sie ist kaputt.\n"
     "Mit freundlichen Grüßen\nAnna Roth, Peter Klein\n", "Anna Roth, Peter Klein"),
    ("Der Kreistag möge die Zahl der Ausschüsse auf sechs begrenzen.\nBegründung:\nDas spart Zeit.\n"
     "Mit freundlichen Grüßen\nJürgen Maier / Werner Huber\n", "Jürgen Maier / Werner Huber"),
    ("Der Stadtrat möge die Gebühren senken.\nMit freundlichen Grüßen\nSPD-Fraktion\nAnna Roth\n", "SPD-Fraktion"),
])
def test_petitum_signed(text, who):
    assert _who(text) == [who]


@pytest.mark.parametrize("text", [
    "Der Rat möge beschließen: Die Satzung wird erlassen.\nDer Bürgermeister\n",   # no greeting, no signature
    "Der Rat möge beschließen.\nMit freundlichen Grüßen\nIm Auftrag\n",             # nobody signs by name
    "Bitte prüfen Sie, ob der Rat die Gebühren senken möge.\nMit freundlichen Grüßen\nAnna Roth\n",  # no petitum
])
def test_no_petitum_motion(text):
    assert _who(text) == []
