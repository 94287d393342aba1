"""Motion rules as families of German council language, on sentences written
for these tests (several Länder's phrasing, tenses, word orders, umlauts
spelled out), with sentences that must NOT give a motion."""

from __future__ import annotations

from pathlib import Path

import pytest

from councildata import model
from councildata.extract import extract_document


def _rows(text: str) -> list[dict]:
    doc = model.Document(id=model.document_id("x.txt"), source_file="x.txt", sha256="0" * 64, format="txt", text=text)
    rows = extract_document(doc)
    for r in rows["motions"]:
        assert rows["documents"][0]["text"][r["char_start"]:r["char_end"]] == r["quote"]
    return rows["motions"]


def _who(text: str) -> list[str]:
    return [r["submitted_by"] for r in _rows(text + "\n")]


# -- groups the gazetteer does not know ------------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Antrag der SPD/FDP-Gruppe zur Sanierung der Sporthalle", "SPD/FDP-Gruppe"),
    ("Es liegt ein Antrag der CDU-Gruppe vom 04.03.2024 vor.", "CDU-Gruppe"),
    ("Antrag der UWG-Ratsgruppe: Einrichtung eines Seniorenbeirats", "UWG-Ratsgruppe"),
    ("Antrag der Wählergemeinschaft Pro Musterstadt", "Wählergemeinschaft Pro Musterstadt"),
    ("Antrag der Freien Wählergemeinschaft Hausen vom 3. Mai 2022", "Freie Wählergemeinschaft Hausen"),
    ("Antrag der Unabhängigen Wählergruppe Talheim", "Unabhängige Wählergruppe Talheim"),
    ("Antrag der Waehlervereinigung Neudorf", "Waehlervereinigung Neudorf"),
    ("Der Gemeindevertretung liegt folgender Antrag von „Jugend entscheidet“ vor:", "Jugend entscheidet"),
    ("Dem Rat liegt ein Antrag der Wählergemeinschaft „Bürger für Hausen“ vom 12.03.2023 vor.",
     "Wählergemeinschaft „Bürger für Hausen“"),
    ("Antrag der Gruppe \"Gemeinsam für Talheim\"", "Gruppe \"Gemeinsam für Talheim\""),
    ("TOP 8 Einführung eines Bürgerhaushalts\nAntrag der Freien Wähler", "Freie Wähler"),
])
def test_groups_by_their_own_words(text, who):
    got = _who(text)
    assert got == ([who] if who else [])


@pytest.mark.parametrize("text", [
    "Antrag der Arbeitsgruppe Verkehr",                      # a working group is no faction
    "Antrag der Steuerungsgruppe vom 01.02.2023",
    "Der Antrag des Tierschutzvereins Hausen e. V. auf Zuschuss wird beraten.",
    "Antrag auf Erteilung einer Baugenehmigung für den Neubau eines Einfamilienhauses",
    "Der Bauantrag der Familie Meier wird befürwortet.",
    "Der Förderantrag der Stadt wurde fristgerecht gestellt.",
    "Die Verwaltung hat einen Antrag auf Fördermittel gestellt.",
    "Der Antrag wird einstimmig angenommen.",
    "Die Antragsfrist endet am 31.03.2024.",
    "Antrag zum „Stadtfest 2024“",
])
def test_no_motion_without_a_mover_who_sits_in_the_council(text):
    assert _who(text) == []


# -- councillors as movers ---------------------------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Antrag von Ratsherrn Meier (FDP) vom 01.02.2024", "Ratsherrn Meier (FDP)"),
    ("Antrag des Ortsbeiratsmitglieds Klaus Meier (SPD) vom 5.6.2023", "Ortsbeiratsmitglieds Klaus Meier (SPD)"),
    ("Antrag der Einzelstadträtin Petra Koch (Die PARTEI)", "Einzelstadträtin Petra Koch (Die PARTEI)"),
    ("Antrag des Stadtrats Jan Vogel (Volt)", "Stadtrats Jan Vogel (Volt)"),
    ("Antrag des Kreistagsmitglieds Eva Roth (ÖDP) vom 02.02.2022", "Kreistagsmitglieds Eva Roth (ÖDP)"),
])
def test_councillor_in_the_genitive(text, who):
    assert _who(text) == [who]


# -- introductions in a meeting ------------------------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Stadträtin Schulz (GRÜNE) bringt den Antrag ein und begründet ihn.", "Stadträtin Schulz (GRÜNE)"),
    ("Ratsherr Becker (CDU) brachte den Änderungsantrag ein und erläuterte ihn.", "Ratsherr Becker (CDU)"),
    ("Gemeinderätin Wolf (FW) bringt den Antrag ein, der Rat berät.", "Gemeinderätin Wolf (FW)"),
    ("Stadtverordneter Lehmann (FDP) stellte den Änderungsantrag vor und bat um Zustimmung.",
     "Stadtverordneter Lehmann (FDP)"),
])
def test_particle_before_a_second_clause(text, who):
    assert _who(text) == [who]


@pytest.mark.parametrize("text", [
    "Die Schülerinnen bringen ihren Antrag ein und erläutern ihn.",
    "Der Bürgermeister bringt den Antrag zur Abstimmung.",
    "Bürgermeister Maier stellt den Antrag der Verwaltung vor.",
])
def test_no_mover_in_the_council(text):
    assert _who(text) == []


@pytest.mark.parametrize(("text", "who"), [
    ("Sehr geehrter Herr Bürgermeister,\nnamens der SPD-Fraktion beantrage ich, folgenden Punkt auf die "
     "Tagesordnung zu setzen:", "SPD-Fraktion"),
    ("Im Namen der Fraktion BÜNDNIS 90/DIE GRÜNEN stellen wir folgenden Antrag:", "Fraktion BÜNDNIS 90/DIE GRÜNEN"),
    ("Namens der Gruppe SPD/FDP beantragen wir die Aufnahme des folgenden Tagesordnungspunktes.", "Gruppe SPD/FDP"),
    ("Namens der CDU-Kreistagsfraktion bringe ich folgenden Antrag ein:", "CDU-Kreistagsfraktion"),
])
def test_on_behalf_in_the_first_person(text, who):
    assert _who(text) == [who]


def test_on_behalf_of_the_administration_is_none():
    assert _who("Namens der Verwaltung beantrage ich die Vertagung.") == []


# -- the mover in an attribute -----------------------------------------------------------


@pytest.mark.parametrize(("text", "who", "kind"), [
    ("Der von der SPD-Fraktion eingebrachte Antrag wird mehrheitlich abgelehnt.", "SPD-Fraktion", "Antrag"),
    ("Über den von der Fraktion DIE LINKE gestellten Änderungsantrag wird zuerst abgestimmt.",
     "Fraktion DIE LINKE", "Änderungsantrag"),
    ("Den von den Grünen vorgelegten Ergänzungsantrag lehnt der Ausschuss ab.", "Grüne", "Ergänzungsantrag"),
    ("Die von der FDP-Fraktion am 02.03.2023 beantragte Prüfung (Antrag Nr. 17/2023 vom 02.03.2023) ist erfolgt.",
     "FDP-Fraktion", "Antrag"),
])
def test_mover_in_an_attribute(text, who, kind):
    (r,) = _rows(text + "\n")
    assert (r["submitted_by"], r["motion_type"]) == (who, kind)


def test_mover_in_an_attribute_takes_the_number_and_date():
    (r,) = _rows("Die Verwaltung hat die von der CDU-Kreistagsfraktion vorgeschlagenen Kürzungen "
                 "gem. Antrag Nr. 512/XVIII vom 14.03.2022 geprüft.\n")
    assert (r["submitted_by"], r["reference"], r["date"]) == ("CDU-Kreistagsfraktion", "512/XVIII", "2022-03-14")


@pytest.mark.parametrize("text", [
    "Der von der Verwaltung vorgelegte Antrag auf Fördermittel wird zur Kenntnis genommen.",
    "Die von der Gemeinde beantragten Fördermittel wurden bewilligt. Antrag Nr. 5 vom 01.01.2024 liegt vor.",
    "Die von der SPD-Fraktion vorgeschlagene Lösung überzeugt. Der Antrag wird angenommen.",
])
def test_no_mover_from_another_sentence_or_the_administration(text):
    assert _who(text) == []


# -- numbers and dates after the mover ------------------------------------------------------


@pytest.mark.parametrize(("text", "ref", "date"), [
    ("Antrag der SPD-Fraktion Nr. 23/2024 vom 04.05.2024", "23/2024", "2024-05-04"),
    ("Antrag der Fraktion Die Linke Nr. 7 vom 1.2.2021", "7", "2021-02-01"),
    ("Antrag der CDU-Fraktion Nr. 112/XVII", "112/XVII", None),
])
def test_number_after_the_mover(text, ref, date):
    (r,) = _rows(text + "\n")
    assert (r["reference"], r["date"]) == (ref, date)


# -- plurals -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Ähnliches verlangen Anträge der SPD/FDP-Gruppe – vgl. Vorlage Nr. 77/2018.", ["SPD/FDP-Gruppe"]),
    ("Anträge der CDU-Fraktion zum Haushalt 2024 liegen vor.", ["CDU-Fraktion"]),
    ("Die Anträge der Fraktionen von CDU und SPD wurden gemeinsam beraten.", ["CDU", "SPD"]),
    ("Anträge von CDU, SPD und Grünen", ["CDU", "SPD", "Grüne"]),
    ("Die Änderungsanträge der CDU-Fraktion und der SPD-Fraktion", ["CDU-Fraktion", "SPD-Fraktion"]),
])
def test_plurals(text, who):
    assert _who(text) == who


@pytest.mark.parametrize("text", [
    "Anträge der Bürgerinnen und Bürger werden gesammelt.",
    "Anträge der Verwaltung auf Fördermittel liegen vor.",
    "Anträge von Vereinen sind bis zum 31.03. einzureichen.",
])
def test_plurals_of_no_faction(text):
    assert _who(text) == []


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


_LETTER = (
    "Musterstadt, 15.10.2025\n"
    "{title}\n"
    "Sehr geehrte Frau Oberbürgermeisterin,\n"
    "{ask}\n"
    "Begründung:\n"
    "{reason}\n"
    "{close}\n"
)


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


# -- procedural motions -----------------------------------------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("Stadtrat Weber (FW) stellt einen Antrag auf Vertagung.", "Geschäftsordnungsantrag"),
    ("Herr Schmidt (CDU) beantragt die Vertagung des Tagesordnungspunktes.", "Geschäftsordnungsantrag"),
    ("Frau Weber (SPD) beantragte eine Sitzungsunterbrechung.", "Geschäftsordnungsantrag"),
    ("Antrag der CDU-Fraktion auf Schluss der Debatte", "Geschäftsordnungsantrag"),
    ("Antrag der CDU-Fraktion auf Schluß der Rednerliste", "Geschäftsordnungsantrag"),
    ("Gemeinderat Huber (FW) stellt den Antrag auf Verweisung in den Bauausschuss.", "Geschäftsordnungsantrag"),
    ("Ratsherr Kunz (AfD) beantragt namentliche Abstimmung.", "Geschäftsordnungsantrag"),
    ("Kreisrätin Vogt (SPD) stellt einen Antrag zur Geschäftsordnung.", "Geschäftsordnungsantrag"),
    # what the motion asks for is the matter itself: a motion on the matter
    ("Antrag der CDU-Fraktion auf Einrichtung eines Jugendbeirats", "Antrag"),
    ("Herr Schmidt (CDU) beantragt die Verlegung des Spielplatzes.", "Antrag"),
    ("Stadträtin Roth (GRÜNE) stellt einen Antrag auf Förderung des Radverkehrs.", "Antrag"),
])
def test_procedural_motions_by_what_they_ask(text, kind):
    (r,) = _rows(text + "\n")
    assert r["motion_type"] == kind


# -- more word orders -----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "who", "date"), [
    ("Die CDU-Fraktion hat mit Schreiben vom 15.05.2023 die Aufnahme des Punktes beantragt.", "CDU-Fraktion", "2023-05-15"),
    ("Die Fraktion der SPD hatte die Vertagung beantragt.", "Fraktion der SPD", None),
    ("Stadträtin Lange (Volt) hat die Prüfung einer Fahrradstraße beantragt.", "Stadträtin Lange (Volt)", None),
    ("Antrag der Ratsfraktion DIE LINKE. vom 01.09.2022", "Ratsfraktion DIE LINKE", "2022-09-01"),
    ("Der Antrag der Fraktion „Wir für Hausen“ wurde vertagt.", "Fraktion „Wir für Hausen“", None),
])
def test_word_orders(text, who, date):
    (r,) = _rows(text + "\n")
    assert (r["submitted_by"], r["date"]) == (who, date)


@pytest.mark.parametrize("text", [
    "Herr Müller hat die Baugenehmigung beantragt.",
    "Die Verwaltung hat die Fördermittel beantragt.",
    "Die Gemeinde hatte beim Land einen Zuschuss beantragt.",
])
def test_perfect_tense_of_no_council_member(text):
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


# -- passive requests with their agent, bare subjects ------------------------------------------


@pytest.mark.parametrize(("text", "who", "kind"), [
    ("Von der SPD-Fraktion wird beantragt, den Punkt zu vertagen.", "SPD-Fraktion", "Geschäftsordnungsantrag"),
    ("Seitens der CDU-Fraktion wurde beantragt, die Beratung zu unterbrechen.", "CDU-Fraktion", "Geschäftsordnungsantrag"),
    ("Von Herrn Stadtrat Meier (FDP) wurde beantragt, getrennt abzustimmen.", "Herrn Stadtrat Meier (FDP)",
     "Geschäftsordnungsantrag"),
    ("Es wird von der Gruppe SPD/Grüne beantragt, die Verwaltung zu beauftragen.", "Gruppe SPD/Grüne", "Antrag"),
    ("SPD und Grüne beantragen, die Gebühren zu senken.", "SPD und Grüne", "Antrag"),
    ("Die Fraktion DIE LINKE beantragt, den Kindergarten nicht zu schließen.", "Fraktion DIE LINKE", "Antrag"),
])
def test_passive_and_bare_subjects(text, who, kind):
    (r,) = _rows(text + "\n")
    assert (r["submitted_by"], r["motion_type"]) == (who, kind)


@pytest.mark.parametrize("text", [
    "Von der Verwaltung wird beantragt, die Mittel freizugeben.",
    "Von den Anwohnern wurde beantragt, eine Ampel aufzustellen.",
    "Von Herrn Müller wurde eine Baugenehmigung beantragt.",
    "Bürger beantragen eine Ampel.",
])
def test_passive_requests_of_no_council_member(text):
    assert _who(text) == []


# -- members without a faction ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Antrag des Einzelvertreters der Partei DIE PARTEI", "Einzelvertreters der Partei DIE PARTEI"),
    ("Antrag der Einzelvertreterin der Piraten vom 3.3.2023", "Einzelvertreterin der Piraten"),
    ("Antrag des fraktionslosen Ratsmitglieds Peter Schmitz", "fraktionslosen Ratsmitglieds Peter Schmitz"),
    ("Antrag der fraktionslosen Stadträtin Eva Roth", "fraktionslosen Stadträtin Eva Roth"),
    ("Antrag des Ratsmitglieds Anna Meier (parteilos)", "Ratsmitglieds Anna Meier (parteilos)"),
    ("Antrag von Gemeinderat Max Huber (fraktionslos)", "Gemeinderat Max Huber (fraktionslos)"),
])
def test_members_without_a_faction(text, who):
    assert _who(text) == [who]


@pytest.mark.parametrize("text", [
    "Antrag des Einzelvertreters der Bürgerinitiative",   # no party: not a member sitting for one
    "Antrag der fraktionslosen Verwaltung",
])
def test_no_member_without_a_faction(text):
    assert _who(text) == []


# -- a motion made, told in the perfect or the passive -------------------------------------------


@pytest.mark.parametrize(("text", "who", "date", "kind"), [
    ("Die Fraktion BÜNDNIS 90/DIE GRÜNEN hat folgenden Antrag gestellt:", "Fraktion BÜNDNIS 90/DIE GRÜNEN", None, "Antrag"),
    ("Die SPD-Fraktion hat am 12.03.2024 einen Antrag auf Einrichtung eines Beirats gestellt.", "SPD-Fraktion",
     "2024-03-12", "Antrag"),
    ("Mit Schreiben vom 04.04.2024 hat die CDU-Fraktion folgenden Antrag eingereicht:", "CDU-Fraktion", "2024-04-04",
     "Antrag"),
    ("Seitens der CDU-Fraktion wurde folgender Antrag gestellt:", "CDU-Fraktion", None, "Antrag"),
    ("Von der Gruppe SPD/Grüne wurde ein Änderungsantrag eingebracht.", "Gruppe SPD/Grüne", None, "Änderungsantrag"),
    ("Die Fraktionen von CDU und SPD haben einen gemeinsamen Antrag eingebracht.", "Fraktionen von CDU und SPD", None,
     "Antrag"),
    ("Stadtrat Hahn (AfD) hatte einen Antrag auf Vertagung gestellt.", "Stadtrat Hahn (AfD)", None,
     "Geschäftsordnungsantrag"),
    ("Die FDP-Fraktion reicht folgenden Antrag ein:", "FDP-Fraktion", None, "Antrag"),
    ("Frau Vogel (SPD) legt einen Änderungsantrag vor.", "Frau Vogel (SPD)", None, "Änderungsantrag"),
])
def test_motion_made(text, who, date, kind):
    (r,) = _rows(text + "\n")
    assert (r["submitted_by"], r["date"], r["motion_type"]) == (who, date, kind)


@pytest.mark.parametrize("text", [
    "Die Verwaltung hat einen Antrag gestellt.",
    "Herr Müller hat einen Bauantrag eingereicht.",
    "Die CDU-Fraktion hat den Antrag abgelehnt.",
    "Bürgermeister Maier hat einen Antrag auf Fördermittel gestellt.",
    "Der Ausschuss hat den Antrag vorgelegt bekommen.",
    "Die Stadt legt den Antrag aus.",
])
def test_nothing_made_by_a_council_member(text):
    assert _who(text) == []


@pytest.mark.parametrize(("text", "date"), [
    ("Antrag der SPD-Fraktion vom 12.03.24", "2024-03-12"),
    ("Antrag der SPD-Fraktion vom 12. März 2024", "2024-03-12"),
    ("Antrag der SPD-Fraktion v. 12.3.2024", "2024-03-12"),
    ("Antrag der SPD-Fraktion (eingegangen am 14.03.2024)", "2024-03-14"),
    ("Der SPD-Antrag vom 12.03.2024 wird beraten.", "2024-03-12"),
    ("Der GRÜNEN-Änderungsantrag vom 1. Februar 2023 wird abgelehnt.", "2023-02-01"),
])
def test_dates_as_written(text, date):
    (r,) = _rows(text + "\n")
    assert r["date"] == date


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


# -- an urgent motion of the mayor or Landrat ---------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Des Weiteren wird beantragt, den Dringlichkeitsantrag des Bürgermeisters aufzunehmen.", "Bürgermeister"),
    ("Der Dringlichkeitsantrag der Landrätin wird als TOP 12 behandelt.", "Landrätin"),
    ("Über den Dringlichkeitsantrag des Oberbürgermeisters wird zuerst beraten.", "Oberbürgermeister"),
])
def test_urgent_motion_of_an_office(text, who):
    assert _who(text) == [who]


@pytest.mark.parametrize("text", [
    "Der Bürgermeister verweist auf den Dringlichkeitsantrag.",
    "Antrag des Bürgermeisters auf Fördermittel beim Land",
    "Die Stellungnahme des Bürgermeisters zum Antrag liegt vor.",
])
def test_no_urgent_motion_of_an_office(text):
    assert _who(text) == []


# -- a faction "of" a party, its name spaced around the slash --------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Sehr geehrte Frau Bürgermeisterin,\ndie Fraktion von Bündnis 90 / DIE GRÜNEN beantragt, den Spielplatz zu erneuern.",
     "Fraktion von Bündnis 90 / DIE GRÜNEN"),
    ("Die Fraktion von CDU beantragt, den Punkt zu beraten.", "Fraktion von CDU"),
    ("Antrag der Fraktion Bündnis 90 / Die Grünen zur Schulwegsicherung", "Fraktion Bündnis 90 / Die Grünen"),
])
def test_faction_of_a_party(text, who):
    assert _who(text) == [who]


@pytest.mark.parametrize("text", [
    "Eine Gruppe von Bürgern beantragt, die Straße zu sperren.",
    "Die Fraktion von heute beantragt nichts.",
])
def test_no_faction_of_a_party(text):
    assert _who(text) == []


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


# -- motions in long minutes: one row per motion, linked to its own vote -------------------

_SESSION = "Niederschrift über die Sitzung des Gemeinderates am 12.03.2025\n\n"


def _extract(text: str) -> dict:
    doc = model.Document(id=model.document_id("x.txt"), source_file="x.txt", sha256="0" * 64, format="txt",
                         text=_SESSION + text + "\n")
    return extract_document(doc)


@pytest.mark.parametrize("presenting", [
    "Stadtrat Berger begründet den Antrag.",
    "Frau Gerlach (GRÜNE) stellt den Antrag vor.",
    "GR Kunz bringt den Antrag ein und erläutert ihn.",
    "Ratsfrau Yilmaz erläuterte den Antrag ausführlich.",
])
def test_a_mover_presenting_the_item_s_motion_moves_no_motion_of_their_own(presenting):
    rows = _extract(f"TOP 7 Antrag der SPD-Fraktion: Radweg an der Kreisstraße\n\n{presenting}\n\n"
                    "Der Gemeinderat stimmt dem Antrag einstimmig zu.")
    (m,) = rows["motions"]
    (r,) = rows["resolutions"]
    assert (m["submitted_by"], r["motion_id"]) == ("SPD-Fraktion", m["id"])


def test_a_motion_moved_under_an_item_without_a_motion_in_its_head_is_kept():
    rows = _extract("TOP 7 Radweg an der Kreisstraße\n\nStadtrat Berger (FDP) stellt den Antrag, den Radweg "
                    "zu verbreitern.\n\nDer Antrag wird mehrheitlich abgelehnt.")
    assert [m["submitted_by"] for m in rows["motions"]] == ["Stadtrat Berger (FDP)"]


def test_the_agenda_s_line_and_the_item_are_one_motion():
    text = ("Tagesordnung\n1. Eröffnung\n2. Haushalt 2026\n3. Antrag der CDU-Fraktion: Jugendtreff Nord\n\n"
            "1. Eröffnung\n\nDer Bürgermeister eröffnet die Sitzung.\n\n2. Haushalt 2026\n\n"
            "Der Gemeinderat beschließt den Haushalt mehrheitlich.\n\n"
            "3. Antrag der CDU-Fraktion: Jugendtreff Nord\n\nDer Antrag wird einstimmig angenommen.")
    rows = _extract(text)
    (m,) = rows["motions"]
    assert (m["submitted_by"], m["agenda_item"]) == ("CDU-Fraktion", "3")
    assert [r.get("motion_id") for r in rows["resolutions"]] == [None, m["id"]]


def test_one_faction_s_procedural_motions_under_two_items_are_two():
    text = ("TOP 1 Tagesordnung\n\nDie AfD-Fraktion beantragt die Absetzung von TOP 2. Der Antrag wird "
            "abgelehnt.\n\nTOP 2 Ankauf des Bahnhofs\n\nDie AfD-Fraktion stellt einen Antrag zur Geschäftsordnung "
            "auf Vertagung. Er wird mit Stimmenmehrheit abgelehnt.\n\nBeschluss:\nDer Gemeinderat stimmt dem "
            "Ankauf zu.\nAbstimmungsergebnis: 16 dafür, 4 dagegen")
    rows = _extract(text)
    assert [(m["agenda_item"], m["motion_type"]) for m in rows["motions"]] == [
        ("TOP 1", "Geschäftsordnungsantrag"), ("TOP 2", "Geschäftsordnungsantrag")]
    linked = [(r["agenda_item"], r["outcome"], r.get("motion_id") is not None) for r in rows["resolutions"]]
    # each procedural vote decides its motion; the purchase decides none of them
    assert linked == [("TOP 1", "rejected", True), ("TOP 2", "rejected", True), ("TOP 2", "adopted", False)]


@pytest.mark.parametrize("amendment", [
    "Die Fraktion Bürgerliste beantragt, die Gebühren nur um 3 Prozent zu erhöhen.",
    "Die Fraktion Bürgerliste stellt einen Änderungsantrag: Die Gebühren steigen um 3 Prozent.",
    "Gemeinderätin Roth bringt für die Fraktion Bürgerliste den Änderungsantrag ein, die Gebühren nur um "
    "3 Prozent zu erhöhen.",
])
def test_an_amendment_is_decided_by_its_own_vote_not_by_the_main_one(amendment):
    rows = _extract(f"TOP 6 Kindergartengebühren\n\n{amendment} Der Änderungsantrag wird mit 5 zu 9 Stimmen "
                    "abgelehnt.\n\nAnschließend stimmt der Gemeinderat der Vorlage mehrheitlich zu.")
    (m,) = rows["motions"]
    assert [(r["outcome"], r.get("motion_id")) for r in rows["resolutions"]] == [
        ("rejected", m["id"]), ("adopted", None)]


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


def _motions(text: str) -> list[tuple]:
    return [(r["submitted_by"], r["date"], r.get("reference"), r.get("title")) for r in _rows(text + "\n")]


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


def _motion_rows(text: str) -> list[tuple]:
    return [(r["submitted_by"], r["motion_type"]) for r in _rows(text + "\n")]


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


_MINUTES_HEAD = "Niederschrift über die Sitzung des Gemeinderates am 12.03.2025\n\nTOP 1 Eröffnung und Tagesordnung\n\n"


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


# -- movers the gazetteer cannot vouch for: councillors as a group, advisory councils, -----
# -- councillors named one by one (round 8) ---------------------------------------------------

_MINUTES = "Niederschrift über die öffentliche Sitzung des Gemeinderates Hausen am 14.05.2024\n\n"


@pytest.mark.parametrize(("text", "who", "date"), [
    ("7. Sanierung der Ortsdurchfahrt\n   Antrag der CDU-Gemeinderäte vom 05.10.2023", "CDU-Gemeinderäte", "2023-10-05"),
    ("8. Bau eines Trinkwasserbrunnens\n   Antrag der Oberdorf-Stadträte vom 3. März 2024", "Oberdorf-Stadträte",
     "2024-03-03"),
    ("Antrag der SPD-Kreisräte zur Schülerbeförderung", "SPD-Kreisräte", None),
    ("Antrag der Stadträtinnen und Stadträte der Grünen vom 12.02.2024", "Stadträtinnen und Stadträte der Grünen",
     "2024-02-12"),
    ("Antrag der FW-Marktgemeinderäte", "FW-Marktgemeinderäte", None),
    ("6.1 Antrag des Seniorenbeirats auf eine Sitzbank am Friedhof", "Seniorenbeirat", None),
    ("Der Antrag des Jugendgemeinderates wird beraten.", "Jugendgemeinderat", None),
    ("4 Antrag des Integrationsbeirates zum Sprachcafé", "Integrationsbeirat", None),
])
def test_councillors_as_a_group_and_advisory_councils_move(text, who, date):
    rows = _rows(_MINUTES + text + "\n")
    assert [(r["submitted_by"], r["date"]) for r in rows] == [(who, date)]


@pytest.mark.parametrize(("text", "who"), [
    ("12 Fahrradstraße in der Mühlgasse; Antrag v. StR Anton Huber u. Fraktion ÖDP", "StR Anton Huber u. Fraktion ÖDP"),
    ("12 Fahrradstraße in der Mühlgasse; Antrag v. Zweiten \nBürgermeister Dr. Karl Weiß u. Bündnis \n90/Die Grünen\n"
     "Vorlage: 2024/0101", "Zweiten Bürgermeister Dr. Karl Weiß u. Bündnis 90/Die Grünen"),
    ("5 Schulwegplan für die Grundschule; Antrag von 2. BGM Dr. Weiß u. SPD", "2. BGM Dr. Weiß u. SPD"),
    ("9 Fahrgastbefragung am Bahnhof (Antrag StRe Huber, Maier, Schmid)", "StRe Huber, Maier, Schmid"),
    ("6 Mehr Sitze im Bauausschuss; \nAntrag StR Berger\nBeschluss:", "StR Berger"),
    ("3 Ehrenamtskarte; Antrag v. Stadträtin Eva Roth sowie StR Max Lang", "Stadträtin Eva Roth sowie StR Max Lang"),
    ("4 Blühwiesen; Antrag v. StRin Roth, ÖDP", "StRin Roth, ÖDP"),
])
def test_councillors_named_one_by_one_under_an_item(text, who):
    rows = _rows(_MINUTES + text + "\n")
    assert [r["submitted_by"] for r in rows] == [who]


def test_one_movers_motions_under_several_items_stay_apart():
    text = (_MINUTES + "Tagesordnung\n"
            "11. Bau eines Brunnens am Dorfplatz\n    Antrag der Oberdorf-Gemeinderäte vom 20.09.2023\n\n"
            "12. Befestigung des Feldwegs\n    mit Rasengittersteinen\n    Antrag der Oberdorf-Gemeinderäte vom 20.09.2023\n\n"
            "13. Fahrradstraße Mühlgasse; Antrag v. StR Huber u. ÖDP\n"
            "14. Fahrradstraße Bachweg; Antrag v. StR Huber u. ÖDP\n\n"
            "13\nFahrradstraße Mühlgasse; \nAntrag v. StR Huber u. ÖDP\nBeschluss:\nDer Gemeinderat stimmt zu.\n"
            "14\nFahrradstraße Bachweg; \nAntrag v. StR Huber u. ÖDP\nBeschluss:\nDer Gemeinderat lehnt ab.\n")
    rows = _rows(text)
    assert [(r["submitted_by"], r["title"]) for r in rows] == [
        ("Oberdorf-Gemeinderäte", "Bau eines Brunnens am Dorfplatz"),
        ("Oberdorf-Gemeinderäte", "Befestigung des Feldwegs mit Rasengittersteinen"),
        ("StR Huber u. ÖDP", "Fahrradstraße Mühlgasse"),
        ("StR Huber u. ÖDP", "Fahrradstraße Bachweg"),
    ]


@pytest.mark.parametrize(("text", "who"), [
    ("Antrag der Freien Wähler auf einen Bürgerentscheid", "Freie Wähler"),
    ("Antrag der Unabhängigen Wählergemeinschaft Talheim vom 1.2.2024", "Unabhängige Wählergemeinschaft Talheim"),
    ("Antrag der Grünen Liste zum Radweg", "Grüne Liste"),
])
def test_a_name_led_by_an_inflected_adjective_in_the_nominative(text, who):
    assert _who(_MINUTES + text) == [who]


@pytest.mark.parametrize("text", [
    "Antrag der Gemeinderäte auf Akteneinsicht",              # no list or place: who is meant?
    "Der Antrag des Tierschutzvereins auf Zuschuss wird beraten.",
    "Antrag von Herrn Meier auf Befreiung von der Gebühr",     # a citizen
    "Der Antrag des Sportbeirats e. V. Hausen auf Zuschuss",   # a club, no advisory council of the council
    "5 Neubau Bauhof; Antrag v. Ing.-Büro Schmid GmbH",
])
def test_no_mover_from_words_that_are_no_councillors(text):
    assert _who(_MINUTES + text) == []


# -- motions whose mover the record does not name ---------------------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("Zu Beginn der Sitzung wird der Antrag gestellt, den Punkt 4 erst nach Punkt 7 zu beraten.",
     "Geschäftsordnungsantrag"),
    ("Danach wird beantragt, die Punkte 12 und 13 gemeinsam aufzurufen.",
     "Geschäftsordnungsantrag"),
    ("Es wird der Antrag auf Schluss der Debatte gestellt.", "Geschäftsordnungsantrag"),
    ("Ein Antrag auf Vertagung wird gestellt.", "Geschäftsordnungsantrag"),
    ("Aus der Mitte des Gemeinderates wird die Vertagung beantragt.", "Geschäftsordnungsantrag"),
    ("Sodann wurde beantragt, den Punkt in den Bauausschuss zu verweisen.", "Geschäftsordnungsantrag"),
    ("Die Vorsitzende bittet um Einbringung. Daraufhin wird der Antrag vom Antragsteller eingebracht.", "Antrag"),
    ("Es wurde ein Änderungsantrag gestellt, die Summe auf 5.000 Euro zu erhöhen.", "Änderungsantrag"),
    ("Antrag zur Geschäftsordnung: Schluss der Rednerliste", "Geschäftsordnungsantrag"),
    ("GO-Antrag auf Unterbrechung der Sitzung", "Geschäftsordnungsantrag"),
])
def test_a_motion_made_without_a_named_mover_is_a_row_without_one(text, kind):
    rows = _rows(_MINUTES + text + "\n")
    assert [(r["submitted_by"], r["motion_type"]) for r in rows] == [("", kind)]


@pytest.mark.parametrize("text", [
    "Ein Antrag auf Vertagung wird nicht gestellt.",
    "Der Antrag wird zur Abstimmung gestellt.",
    "Die Fördermittel wurden bei der Bezirksregierung beantragt.",
    "Es wird beantragt.",
    "Für die Sanierung wurden Zuschüsse beantragt, die bewilligt wurden.",
    "Der Antrag wurde zurückgestellt.",
    "Bei dem Landratsamt wurde beantragt, die Frist zu verlängern.",
])
def test_no_motion_without_a_mover_from_these(text):
    assert _rows(_MINUTES + text + "\n") == []


def test_a_motion_without_a_mover_in_a_vorlage_is_the_administrations_proposal():
    text = ("Beschlussvorlage Nr. 2024/017\nBetreff: Sanierung des Freibads\n\nSachverhalt\n"
            "Es wird beantragt, die Mittel in Höhe von 20.000 Euro außerplanmäßig bereitzustellen.\n")
    assert _rows(text) == []


@pytest.mark.parametrize(("text", "title"), [
    ("8. Antrag auf Aufnahme eines ständigen Tagesordnungspunktes \"Windkraft\"\n   Beschlussvorlage - 12/2024\n",
     "Antrag auf Aufnahme eines ständigen Tagesordnungspunktes \"Windkraft\""),
    ("TOP 4 Antrag zur Einrichtung eines Jugendforums\n", "Antrag zur Einrichtung eines Jugendforums"),
    ("Ö 6 Antrag auf Prüfung einer Tempo-30-Zone in der Schulstraße\n",
     "Antrag auf Prüfung einer Tempo-30-Zone in der Schulstraße"),
])
def test_an_agenda_item_that_is_a_motion_without_a_mover(text, title):
    rows = _rows(_MINUTES + text)
    assert [(r["submitted_by"], r["title"]) for r in rows] == [("", title)]


@pytest.mark.parametrize("text", [
    "13. Antrag auf finanzielle Unterstützung des Musikvereins\n",
    "7.1 Antrag auf Stundung der Erschließungsbeiträge\n",
    "5. Antrag auf Befreiung von den Festsetzungen des Bebauungsplans\n",
    "9 Antrag auf Erteilung des gemeindlichen Einvernehmens, Flst. 12/3\n",
    "4. Antrag auf Zuschuss zur Jugendfreizeit\n",
    "6. Antrag auf Ablehnung der Übernahme des Ehrenamtes\n",
])
def test_an_application_on_the_agenda_is_no_motion(text):
    assert _rows(_MINUTES + text) == []


def test_an_agenda_motion_with_its_mover_on_the_next_line_is_one_row():
    rows = _rows(_MINUTES + "TOP 5 Antrag auf Einrichtung eines Jugendbeirats\nAntragsteller: SPD-Fraktion\n")
    assert [r["submitted_by"] for r in rows] == ["SPD-Fraktion"]


def test_the_agenda_row_and_the_items_head_are_one_motion_without_a_mover():
    text = (_MINUTES + "Tagesordnung\n8.1 Antrag auf Errichtung einer Graffitiwand am Jugendzentrum (\"legal wall\")\n"
            "9. Verschiedenes\n\nSeite 2 von 5\n\n8.1 Antrag auf Errichtung einer Graffitiwand am \nJugendzentrum\n"
            "Der Gemeinderat stimmt zu.\n")
    assert len(_rows(text)) == 1


# -- motions the minutes number in the debate ---------------------------------------------------


def test_numbered_motions_of_one_group_are_one_row_each():
    text = (_MINUTES + "TOP 4 Haushaltssatzung 2025\n"
            "Frau Lorenz berichtet über den Entwurf. Die Fraktion Bürger für Hausen stellt daher den \nAntrag, "
            "für ein Radwegekonzept 40.000 Euro zu veranschlagen (Antrag 1).\n"
            "Ferner regt Herr Kunz für die Fraktion Bürger für Hausen an, das Dach der Schule mit Solarmodulen "
            "auszustatten. Dafür sollen 2025 rund 60.000 Euro bereitstehen (Antrag 2).\n"
            "Als Antrag 3 formuliert Herr Kunz, den Ausbau der Feldstraße auf 2026 zu verschieben.\n"
            "Frau Dr. Lorenz fügt als Antrag 4 für die SPD-Fraktion die Mittel für den Ehrenamtstag hinzu.\n"
            "Zu Antrag 1: Der Antrag wird mit 8 Ja-Stimmen angenommen.\n")
    rows = _rows(text)
    assert [r["submitted_by"] for r in rows] == [
        "Fraktion Bürger für Hausen", "Fraktion Bürger für Hausen", "Herr Kunz", "SPD-Fraktion"]


@pytest.mark.parametrize("text", [
    "Zu Antrag 1: Der Antrag wird mit 8 Ja-Stimmen angenommen.",
    "Die Verwaltung erläutert die Haushaltsansätze (Antrag 2 der Verwaltung liegt nicht vor).",
    "Als Antrag 2 gilt die Vorlage der Verwaltung.",
])
def test_a_number_without_a_mover_is_no_numbered_motion(text):
    assert [r["rule"] for r in _rows(_MINUTES + text + "\n")] == []


# -- a full record written for these tests -------------------------------------------------------

_FULL = Path(__file__).parent / "fixtures" / "motions_minutes" / "marktgemeinderat_bayern.txt"


def test_full_minutes_give_each_motion_once_and_none_from_applications_or_headers():
    rows = _rows(_FULL.read_text(encoding="utf-8"))
    got = [(r["submitted_by"], r["motion_type"]) for r in rows]
    for expected in [
        ("MGR Huber u. Fraktion ÖDP", "Antrag"),
        ("Zweite Bürgermeisterin Dr. Sommer u. Fraktion Bündnis 90/Die Grünen", "Antrag"),
        ("Seniorenbeirat", "Antrag"),
        ("", "Antrag"),                                   # the agenda's "Antrag auf Aufnahme …"
        ("", "Geschäftsordnungsantrag"),                  # "wird der Antrag gestellt, … abzusetzen"
        ("Fraktion Freie Wähler", "Antrag"), ("CSU-Fraktion", "Antrag"), ("Herr Fuchs", "Antrag"),
    ]:
        assert got.count(expected) >= 1, expected
    # each head once: the agenda's row and the item's head are one motion
    assert got.count(("MGR Huber u. Fraktion ÖDP", "Antrag")) == 1
    assert got.count(("Seniorenbeirat", "Antrag")) == 1
    quotes = " | ".join(r["quote"] for r in rows)
    assert "Trachtenverein" not in quotes            # a club's application is no motion
    assert "Fördermittel" not in quotes              # applying to the Regierung is none either
    assert "Seite" not in quotes and "Sitzung vom 18.09.2024" not in quotes
    assert "Schluss der Debatte" not in quotes       # "wird nicht gestellt"
    # three procedural motions without a named mover: the agenda, the referral, the postponement
    assert got.count(("", "Geschäftsordnungsantrag")) == 3


@pytest.mark.parametrize("text", [
    "Daraufhin wird der Antrag vom Antragssteller eingebracht.",     # the common misspelling
    "Sodann wurde der Antrag von der Antragstellerin eingebracht.",
])
def test_the_applicant_named_by_role_is_no_named_mover(text):
    assert [r["submitted_by"] for r in _rows(_MINUTES + text + "\n")] == [""]


@pytest.mark.parametrize(("text", "who"), [
    ("Ratsherr Kunz stellt namens der Ratsgruppe SPD-Bündnis 90/Die Grünen den Antrag, den Spielplatz 2026 zu erneuern. "
     "Nach kurzer Beratung wird der Antrag von Ratsherrn Kunz einstimmig angenommen.",
     "Ratsgruppe SPD-Bündnis"),
    ("Frau Roth stellt für die Gruppe Grüne/UWG den Antrag, die Gebühr zu senken. Der Antrag von Frau Roth "
     "wird mehrheitlich abgelehnt.", "Gruppe Grüne/UWG"),
    ("Stadträtin Lenz bringt namens der SPD-Fraktion einen Antrag ein. Über den Antrag von Stadträtin Lenz "
     "wird abgestimmt.", "SPD-Fraktion"),
])
def test_a_motion_told_again_by_its_movers_name_is_one_row(text, who):
    assert [r["submitted_by"] for r in _rows(_MINUTES + "TOP 3 Haushalt\n" + text + "\n")] == [who]


def test_two_movers_in_one_item_stay_two_motions():
    text = ("TOP 3 Sanierung\nRatsherr Kunz stellt im Namen der SPD-Fraktion den Antrag, die Sanierung vorzuziehen. "
            "Ratsfrau Roth stellt den Antrag, die Sanierung zu vertagen. Der Antrag von Ratsfrau Roth wird abgelehnt.\n")
    assert [r["submitted_by"] for r in _rows(_MINUTES + text)] == ["SPD-Fraktion", "Ratsfrau Roth"]


def test_the_agenda_row_number_does_not_part_one_motion():
    text = (_MINUTES + "Tagesordnung\n6.2 Änderung der Förderrichtlinie Solar (Antrag StR Berger, FW)\nVorlage: 2024/0305\n\n"
            "Seite 3 von 8\n\n6.2\nÄnderung der Förderrichtlinie Solar (Antrag StR \nBerger, FW)\nZurückgezogen\n")
    assert [r["submitted_by"] for r in _rows(text)] == ["StR Berger, FW"]


def test_a_vote_on_a_numbered_motion_decides_that_motion():
    text = (_MINUTES + "TOP 4 Haushaltssatzung 2025\n"
            "Die Fraktion Freie Wähler stellt den Antrag, 80.000 Euro für den Feldweg zu veranschlagen (Antrag 1).\n"
            "Weiterhin beantragt Herr Reiter für die CSU-Fraktion, die Mittel für den Spielplatz zu erhöhen (Antrag 2).\n"
            "Zu Antrag 1: Der Antrag wird mit 10 Ja-Stimmen und 3 Nein-Stimmen angenommen.\n")
    doc = model.Document(id=model.document_id("x.txt"), source_file="x.txt", sha256="0" * 64, format="txt", text=text)
    rows = extract_document(doc)
    by_id = {m["id"]: m["submitted_by"] for m in rows["motions"]}
    linked = [by_id.get(r["motion_id"]) for r in rows["resolutions"] if r["quote"].startswith("Zu Antrag 1")]
    assert linked == ["Fraktion Freie Wähler"]


@pytest.mark.parametrize(("text", "who"), [
    ("Aus dem Kreistag\n\nVon den Fraktionen UBL, AfD und Freie Wähler wurde die Absetzung des Punktes beantragt.",
     "Fraktionen UBL, AfD und Freie Wähler"),
    ("Aus dem Kreistag\n\nVon der Fraktion WGM wurde die Vertagung des Haushalts beantragt.", "Fraktion WGM"),
])
def test_a_report_names_factions_by_the_word_fraktion(text, who):
    assert _who(text) == [who]


def test_a_report_names_no_applicant_as_mover():
    assert _who("Aus dem Kreistag\n\nVon der Firma BKW wurde die Genehmigung des Windparks beantragt.") == []


def test_a_page_of_motions_without_movers_gives_one_row_per_paper():
    text = ("Anträge zur 9. Sitzung des Stadtrates am 12.05.2024\n\n"
            "DS 041a/2024 Änderungsantrag zur Drucksache 041/2024 Parkraumkonzept\n\n"
            "Der Stadtrat beschließt: Die Anlage wird um einen Punkt 4 ergänzt.\n\n"
            "Begründung:\nDie Anwohner sollen beteiligt werden.\n\n"
            "DS 052/2024 Sanierung des Stadtbads\n\nDer Stadtrat möge beschließen:\nDie Verwaltung legt ein Konzept vor.\n\n"
            "Drucksache 053/2024 Bericht zum Stadtwald\n\nDie Verwaltung berichtet über den Zustand des Waldes.\n")
    rows = _rows(text)
    assert [(r["submitted_by"], r["reference"], r["motion_type"]) for r in rows] == [
        ("", "041a/2024", "Änderungsantrag"), ("", "052/2024", "Antrag")]


@pytest.mark.parametrize(("text", "who", "date", "kind"), [
    ("Geschäftsordnungsantrag vom 30.9.2024\n\nSehr geehrte Frau Bürgermeisterin,\nhiermit beantrage ich namens der "
     "Fraktion Bündnis 90/Die Grünen die Aufnahme eines Punktes in die Tagesordnung.\n",
     "Fraktion Bündnis 90/Die Grünen", "2024-09-30", "Geschäftsordnungsantrag"),
    ("Dringlichkeitsantrag vom 02.02.2024\n\nSehr geehrter Herr Landrat,\nnamens der SPD-Fraktion beantrage ich, "
     "den Punkt Schülerbeförderung auf die Tagesordnung zu setzen.\n", "SPD-Fraktion", "2024-02-02", "Dringlichkeitsantrag"),
])
def test_a_letter_under_a_dated_motion_heading_takes_its_date(text, who, date, kind):
    rows = _rows(text)
    assert [(r["submitted_by"], r["date"], r["motion_type"]) for r in rows] == [(who, date, kind)]


def test_a_citizens_petition_on_the_agenda_is_no_motion():
    assert _rows(_MINUTES + "5 Antrag auf einen Zebrastreifen in der Lindenstraße Eingabe 22-1234\n") == []


def test_the_sentence_under_an_items_heading_is_the_motion_without_the_heading():
    rows = _rows(_MINUTES + "7 Antrag auf einen ständigen Tagesordnungspunkt \"Radverkehr\"\n"
                 "Nach kurzer Aussprache wird beantragt, die Entscheidung zu vertagen.\n")
    assert [r["quote"] for r in rows if r["motion_type"] == "Geschäftsordnungsantrag"] == [
        "Nach kurzer Aussprache wird beantragt, die Entscheidung zu vertagen."]


# -- a motion whose comma before its infinitive clause is left out ----------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Herr Kranz stellt den Antrag die Tagesordnung um den Punkt 7.1 zu erweitern.", "Herr Kranz"),
    ("Frau Lehmann stellte den Antrag den Punkt 9 von der Tagesordnung abzusetzen.", "Frau Lehmann"),
    ("Gemeinderat Vogt stellt den Antrag die Beratung bis zur nächsten Sitzung zu vertagen und "
     "bittet um Abstimmung.", "Gemeinderat Vogt"),
    ("Die CDU-Fraktion stellt den Antrag dass die Sitzung für zehn Minuten unterbrochen wird.", "CDU-Fraktion"),
    ("Herr Brandt stellt den Antrag über den Punkt 4 gesondert abzustimmen.", "Herr Brandt"),
])
def test_a_motion_without_the_comma_before_its_clause(text, who):
    assert _who(_MINUTES + "TOP 2 Tagesordnung\n" + text + "\n") == [who]


@pytest.mark.parametrize("text", [
    "Herr Kranz stellt den Antrag der SPD-Fraktion vor, um ihn zu erläutern.",
    "Die Vorsitzende stellt den Antrag zur Abstimmung.",
    "Herr Kranz stellt den Antrag mit den dazugehörigen Unterlagen vor.",
])
def test_presenting_or_putting_a_motion_is_no_motion_of_ones_own(text):
    # (the SPD-Fraktion's motion named in the first one is a motion; the speaker's is none)
    assert not [w for w in _who(_MINUTES + "TOP 2 Tagesordnung\n" + text + "\n") if "Kranz" in w or "Vorsitzende" in w]
