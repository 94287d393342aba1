"""Document type: kind lines and titles, the fields of council information systems, notices,
letters and press releases, and the boundaries (what is no kind word); sentences written for these
tests."""

from __future__ import annotations

import pytest

from .common import meetings, meta


# -- document type: an explicit kind line or title ------------------------------------------------


@pytest.mark.parametrize("text, dtype", [
    ("Beschlussvorlage\nDrucksache Nr. 2024/117\n\nBetreff: Sanierung der Sporthalle Nord\n", "proposal"),
    ("Stadt Neuheim\nSitzungsvorlage Nr. 45/2023\n\nBetreff: Neubau eines Feuerwehrgerätehauses\n", "proposal"),
    ("Verwaltungsvorlage\n\nGegenstand: Erhöhung der Elternbeiträge\n", "proposal"),
    ("BESCHLUSSVORLAGE\nöffentlich\n\nBetreff: Bebauungsplan \"Am Mühlbach\"\n", "proposal"),
    ("Gemeinde Talheim\nDrucksache 17/2023\n\nBetreff: Satzung über die Erhebung von Hundesteuer\n"
     "Beratungsfolge:\nGemeinderat 12.04.2023 Entscheidung\n\nSachverhalt:\nDie Verwaltung schlägt vor", "proposal"),
    ("Mitteilungsvorlage\n\nBetreff: Sachstand Breitbandausbau\n", "information"),
    ("Informationsvorlage Nr. 12/2024\n\nBetreff: Kita-Bedarfsplanung\n", "information"),
    ("Mitteilung der Verwaltung\n\nBetreff: Ergebnis der Verkehrszählung\n", "information"),
    ("Bericht der Verwaltung zur Lage der Obdachlosenunterkünfte\n\nIm Jahr 2023 wurden", "information"),
    ("Pressemitteilung\n\nNeuheim, 3. März 2021 – Die Stadt saniert die Brücke am Markt.", "information"),
    ("Pressemitteilung der Stadt Neuheim vom 3. März 2021\n\nDie Stadt saniert die Brücke.", "information"),
    ("PRESSEMELDUNG\n\nKreis Oberland: Neue Buslinie ab Mai", "information"),
    ("Medieninformation\n\nTalheim, 12.05.2022. Der Gemeinderat hat am Dienstag", "information"),
    ("Presseinformation Nr. 45/2022\n\nLandkreis investiert in Schulen", "information"),
    ("Anfrage der CDU-Fraktion vom 02.02.2024\n\nBetreff: Parkraum in der Altstadt\n", "inquiry"),
    ("ANFRAGE\nder Fraktion DIE LINKE\n\nZustand der Radwege\n", "inquiry"),
    ("Kleine Anfrage\ndes Stadtverordneten Weber (FDP)\n\nBetreff: Straßenbeleuchtung", "inquiry"),
    ("Antwort auf die Anfrage der SPD-Fraktion vom 02.02.2024\n\nDie Verwaltung beantwortet", "answer"),
    ("Beantwortung der Anfrage Nr. 12/2024\n\nZu Frage 1:", "answer"),
    ("Stellungnahme der Verwaltung\nzum Antrag der Fraktion Bündnis 90/Die Grünen\n\nDie Verwaltung", "answer"),
    ("Antrag der Fraktion BÜNDNIS 90/DIE GRÜNEN\n\nDer Rat möge beschließen:\n1. Die Verwaltung", "motion"),
    ("Änderungsantrag der SPD-Fraktion\nzu TOP 5\n\nDer Beschlussvorschlag wird wie folgt geändert:", "motion"),
    ("Ergänzungsantrag\nder FW-Fraktion\n\nDer Gemeinderat möge beschließen:", "motion"),
    ("Gemeinsamer Antrag der Fraktionen CDU und FDP\n\nDie Stadtverordnetenversammlung möge beschließen", "motion"),
    ("Niederschrift\nüber die öffentliche Sitzung des Gemeinderates\nam 14.03.2023\n", "minutes"),
    ("Protokoll\nder Sitzung des Umweltausschusses vom 14.03.2023\n", "minutes"),
    ("Ergebnisprotokoll\nder Sitzung des Ortsbeirates Nord am 14.03.2023\n", "minutes"),
    ("Beschlussauszug\naus der Sitzung des Hauptausschusses vom 14.03.2023\n\nTOP 4 Haushalt", "minutes"),
    ("Auszug aus der Niederschrift\nüber die Sitzung des Kreistages am 14.03.2023\n", "minutes"),
    ("N i e d e r s c h r i f t\n\nüber die 12. Sitzung des Bauausschusses\n", "minutes"),
    ("Tagesordnung\nfür die Sitzung des Gemeinderates am 14.03.2023\n\n1. Eröffnung", "agenda"),
    ("Einladung\nzur 12. Sitzung des Kreistages\nam Montag, 20.03.2023, 17:00 Uhr\n", "agenda"),
    ("Öffentliche Bekanntmachung\n\nDie nächste Sitzung des Gemeinderates findet am 20.03.2023 statt.\n"
     "Tagesordnung:\n1. Eröffnung", "agenda"),
    ("Bekanntmachung\nder Sitzung des Samtgemeindeausschusses\n\nTagesordnung\n1. Eröffnung", "agenda"),
])
def test_type_from_kind_line(text, dtype):
    assert meta(text)["type"] == dtype


# -- document type: the fields of council information systems ------------------------------------


@pytest.mark.parametrize("text, dtype", [
    ("Vorlage - VO/2021/334\n\nBetreff: Neubau Kita\nStatus: öffentlich\nVorlage-Art: Mitteilungsvorlage\n",
     "information"),
    ("Vorlage - 2021/112\n\nBetreff: Haushaltssatzung 2022\nVorlagenart: Beschlussvorlage\n", "proposal"),
    ("Drucksache - 21-0456\n\nBetreff: Radwege am Fluss\nDrucksache-Art: Antrag\n", "motion"),
    ("Vorlage - 2022/077\n\nBetreff: Schulwegsicherung\nArt: Anfrage\nDatum: 12.05.2022\n", "inquiry"),
    ("Vorlagenart: Informationsvorlage\nBetreff: Jahresbericht Bibliothek\n", "information"),
    ("Art der Vorlage: Beschlussvorlage\nBetreff: Gebührenkalkulation\n", "proposal"),
])
def test_type_from_information_system_fields(text, dtype):
    assert meta(text)["type"] == dtype


# -- document type: the boundaries -------------------------------------------------------------


@pytest.mark.parametrize("text, dtype", [
    # a Vorlage that cites earlier minutes is no minutes
    ("Mitteilungsvorlage\n\nBetreff: Baumschutz\n\nWie in der Niederschrift vom 12.03.2024 festgehalten, "
     "hat der Ausschuss die Verwaltung beauftragt.", "information"),
    # a proposal whose subject is a motion is a proposal
    ("Beschlussvorlage\n\nBetreff: Antrag des Sportvereins auf einen Zuschuss\n", "proposal"),
    # an answer quoting the question it answers
    ("Antwort der Verwaltung\n\nAnfrage der FDP-Fraktion vom 01.02.2024:\nWie viele Plätze", "answer"),
    # an agenda whose item is the approval of earlier minutes
    ("Tagesordnung\n\n1. Genehmigung der Niederschrift vom 12.02.2024\n2. Bebauungsplan", "agenda"),
])
def test_type_boundaries(text, dtype):
    assert meta(text)["type"] == dtype


# -- more kinds: letters, extracts, reports ----------------------------------------------------------


@pytest.mark.parametrize("text, dtype", [
    # a letter asking for a decision or an agenda item is a motion
    ("An den Bürgermeister\nder Stadt Neuheim\n\nSehr geehrter Herr Bürgermeister,\n\nwir beantragen, "
     "die Gebühren für die Musikschule nicht zu erhöhen.\n\nBegründung:\nDie Familien", "motion"),
    ("Herrn Landrat\nKreishaus\n\nSehr geehrte Frau Landrätin,\nwir bitten Sie, den folgenden Punkt in die "
     "Tagesordnung der nächsten Sitzung des Kreistages aufzunehmen:\nSchülerbeförderung", "motion"),
    ("Sehr geehrte Damen und Herren,\nnamens der Fraktion stellen wir folgenden Antrag:\nDer Rat möge", "motion"),
    ("Sehr geehrter Herr Vorsitzender,\nhiermit beantragen wir die Aufnahme des Themas Radverkehr.", "motion"),
    # a heading over several motions
    ("Anträge der Fraktion\n\nRadwege in der Innenstadt\nDer Rat möge beschließen", "motion"),
    ("Anträge zur 17. Stadtratssitzung am 15.06.2021\n\nÄnderungsantrag zur Drucksache 12/2021", "motion"),
    # an extract of the minutes that keeps the paper's Sachverhalt
    ("Sachverhalt:\nDie Ergebnisse der Jugendbefragung liegen vor.\nFrau Weber stellt die Ergebnisse anhand "
     "einer Präsentation vor.\n\nBeschluss:\nDer Ausschuss nimmt den Bericht zur Kenntnis.", "minutes"),
    ("Sachverhalt:\nFür die neuen Mitglieder gilt die Geschäftsordnung.\nDie Niederschrift der letzten Sitzung "
     "wird vom Gemeinderat einstimmig genehmigt.", "minutes"),
    # a text that reports a survey
    ("Wie zufrieden sind die Bürger mit ihrer Gemeinde?\nDie Gemeinde hat 2000 Fragebögen verschickt. "
     "Die Umfrage läuft bis Ende Mai.", "information"),
    ("Befragung Seedorf\nDie Haushaltsbefragung war ein Erfolg: 40 Prozent haben geantwortet.", "information"),
    ("Bedarfsumfrage Ferienbetreuung | Neuigkeiten\nDer Elternbeirat hat die Gemeinde angesprochen.",
     "information"),
    # a speech is neither a Mitteilung nor a report: another kind
    ("Haushaltsrede des Kämmerers zum Haushalt 2022\n\nSehr geehrte Damen und Herren,", "other"),
    ("Rede des Bürgermeisters zur Ratssitzung am 12.03.2024\n\nMeine Damen und Herren,", "other"),
])
def test_more_kinds(text, dtype):
    assert meta(text)["type"] == dtype


@pytest.mark.parametrize("text, dtype", [
    # a Vorlage's Sachverhalt telling an earlier presentation stays a Vorlage
    ("Beschlussvorlage\n\nSachverhalt:\nFrau Weber stellt die Ergebnisse vor.\n\nBeschlussvorschlag:\n"
     "Der Rat beschließt", "proposal"),
    ("Sachverhalt:\nFrau Weber stellt die Ergebnisse vor.\n\nBeschlussvorschlag:\nDer Rat beschließt", "proposal"),
    # a letter that asks questions is an inquiry, no motion
    ("Sehr geehrter Herr Bürgermeister,\nwir fragen an, wie viele Kita-Plätze fehlen.\n", "inquiry"),
    ("Sehr geehrter Herr Bürgermeister,\nwir bitten um Beantwortung der folgenden Fragen zur Beratung im "
     "Ausschuss:\n1. Wie viele", "inquiry"),
    ("Sehr geehrte Frau Landrätin,\nich bitte Sie, folgende Fragen schriftlich zu beantworten:\n", "inquiry"),
    ("Sehr geehrte Damen und Herren,\nbitte um Auskunft über den Stand der Sanierung.", "inquiry"),
    # a letter that tells, asks nothing: no kind
    ("Sehr geehrte Damen und Herren,\nhiermit teilen wir mit, dass die Halle geschlossen bleibt.", "other"),
    # a notice of a plan is no agenda: it informs the public
    ("Öffentliche Bekanntmachung\n\nAufstellung des Bebauungsplans Nr. 12 \"Am Bach\"\nDer Plan liegt aus.", "information"),
    ("Inhalt\n\nÖffentliche Bekanntmachung über das Nachrücken in den Gemeinderat\n\nFrau X rückt nach.", "information"),
    ("Bekanntmachung\nDie Sitzung des Bauausschusses findet am 03.04.2024 statt.\nTagesordnung:\n1. Eröffnung", "agenda"),
])
def test_more_kind_boundaries(text, dtype):
    assert meta(text)["type"] == dtype


@pytest.mark.parametrize("text, dtype", [
    # an information system's generic heading, the subject saying the paper's kind
    ("Vorlage - VO/2021/17-01\nBetreff: Antwort auf die Fragen von Frau Berg zur Kita-Planung\n", "answer"),
    ("Vorlage - 2021/230\nBetreff: Beantwortung der Anfrage der Fraktion DIE LINKE\n", "answer"),
    ("Drucksache 12/2021\nBetreff: Anfrage der Gruppe Freie Wähler zur Schulwegsicherung\n", "inquiry"),
    ("Vorlage - 2021/231\nBetreff: Antrag der SPD-Fraktion: Fahrradstraße am Ring\n", "motion"),
    ("Vorlage - 2021/232\nBetr.: Änderungsantrag der Fraktion Bündnis 90/Die Grünen zum Haushalt\n", "motion"),
    # a subject about someone's application stays the Vorlage's
    ("Vorlage - 2021/233\nBetreff: Antrag des Sportvereins auf einen Zuschuss\n\nBeschlussvorschlag:\n", "proposal"),
    ("Vorlage - 2021/234\nBetreff: Neubau der Kita am Park\n", "proposal"),
])
def test_kind_from_subject_under_generic_heading(text, dtype):
    assert meta(text)["type"] == dtype


@pytest.mark.parametrize("text, dtype", [
    ("Neue Buslinie ab Mai\n\nTalheim, 3. März 2021 – Die Gemeinde richtet eine neue Buslinie ein.", "information"),
    ("Aktuelles\n\nKreis Oberland, 03.03.2021. Der Kreistag hat am Montag getagt.", "information"),
    # a sign-off date at the end is no dateline
    ("Sehr geehrte Damen und Herren,\nhiermit teilen wir mit, dass die Brücke gesperrt wird.\n\nTalheim, 03.03.2021\n",
     "other"),
])
def test_a_press_dateline_makes_a_report(text, dtype):
    assert meta(text)["type"] == dtype


@pytest.mark.parametrize("text, dtype", [
 ("Stadt Neuheim\nDer Oberbürgermeister\n\nInformationsvorlage\nöffentlich\n\nBetreff: X", "information"),
 ("Gemeinde Talheim\nBeschlussvorlage Nr. 23/2021\nöffentlich\n", "proposal"),
 ("Vorlage Nr. 2021/145\nzur Beratung im Bauausschuss\n\nBetreff: X\n", "proposal"),
 ("Antrag\nder SPD-Fraktion im Kreistag\n\nBetreff: Schulbus\n", "motion"),
 ("Antrag gemäß § 24 GemO\nder Fraktion FWG\n\nBetreff: Tagesordnung", "motion"),
 ("Dringlichkeitsantrag der Fraktion\n", "motion"),
 ("Haushaltsantrag Nr. 12\nder CDU-Fraktion\n", "motion"),
 ("Prüfauftrag\nder Fraktion Die Grünen\n\nDie Verwaltung wird beauftragt zu prüfen", "motion"),
 ("Große Anfrage\nder Fraktion DIE LINKE\n", "inquiry"),
 ("Schriftliche Anfrage\ndes Ratsmitglieds Meyer\n", "inquiry"),
 ("Einwohnerfrage\nvon Herrn Schmidt\n\nWann wird die Straße saniert?", "inquiry"),
 ("Beantwortung\nder Anfrage Nr. 12/2021\n", "answer"),
 ("Stellungnahme der Verwaltung zur Anfrage der Fraktion\n", "answer"),
 ("Niederschrift\nüber die 5. Sitzung des Ortschaftsrates\n", "minutes"),
 ("Sitzungsprotokoll\nGemeinderat\n03.03.2021\n", "minutes"),
 ("Beschlussprotokoll\nder Sitzung des Kreistages\n", "minutes"),
 ("Öffentliche Niederschrift\nGemeinderat Talheim\n", "minutes"),
 ("Auszug aus dem Sitzungsprotokoll\nGemeinderat am 03.03.2021\n", "minutes"),
 ("Protokollauszug\nSitzung des Bauausschusses vom 03.03.2021\n", "minutes"),
 ("Ergebnisniederschrift\nüber die Sitzung des Bauausschusses\n", "minutes"),
 ("Öffentliche Tagesordnung\nfür die Sitzung des Rates am 03.03.2021\n", "agenda"),
 ("Einladung zur Sitzung\ndes Ausschusses für Bildung\n", "agenda"),
 ("Pressemitteilung\nStadt Neuheim\n", "information"),
 ("Presseerklärung der SPD-Fraktion\n\nDie Fraktion fordert", "information"),
 ("Jahresbericht 2020\nder Gleichstellungsbeauftragten\n", "information"),
 ("Sachstandsbericht\nBreitbandausbau\n", "information"),
 ("Bekanntgabe\nder Beschlüsse aus nichtöffentlicher Sitzung\n", "information"),
 ("Mitteilung des Bürgermeisters\nzur Sitzung des Gemeinderates am 03.03.2021\n", "information"),
 ("Beschlussempfehlung\ndes Hauptausschusses\n", "proposal"),
 ("Verwaltungsvorlage\nDrucksache 12/2021\n", "proposal"),
 ("Eingabe\nvon Anwohnern der Lindenstraße\n", "other"),
 ("Petition\nRettet den Stadtpark\n", "other"),
])
def test_type_families(text, dtype):
    assert meta(text)["type"] == dtype


def test_letter_motion_with_abbreviations_and_a_cited_session_in_a_paragraph():
    letter = ("Landkreis Talheim\nHerrn Landrat\n\nTalheim, 03.03.2021\nSchülerbeförderung\n"
              "Sehr geehrter Herr Landrat,\nwir bitten Sie, den o. a. Punkt in die Tagesordnung der nächsten Sitzung "
              "des Kreistages aufzunehmen.\n")
    assert (meta(letter)["type"], meta(letter)["date"]) == ("motion", "2021-03-03")
    paper = ("Sach- und Rechtslage:\n" + "Der Bund hat beschlossen, einen Anspruch einzuführen, der ab 2026 gilt. " * 3
             + "Auf die Mitteilung in der Sitzung des Schulausschusses am 25.04.2021 wird verwiesen.\n")
    assert meta(paper).get("date") is None


@pytest.mark.parametrize("text, dtype", [
    ("Öffentliche Bekanntmachung\n\nDie Sitzung des Bauausschusses findet am Montag, 08.03.2021, um 18 Uhr "
     "im Rathaus statt.\n", "agenda"),
    ("Bekanntmachung\n\nHiermit lade ich zur Sitzung des Gemeinderates am 08.03.2021 ein.\n", "agenda"),
    # a notice of a statute the council adopted announces no session: it informs the public
    ("Öffentliche Bekanntmachung\n\nDer Gemeinderat hat in seiner Sitzung am 03.03.2021 den Bebauungsplan "
     "\"Am Bach\" als Satzung beschlossen.\n", "information"),
])
def test_notices(text, dtype):
    assert meta(text)["type"] == dtype


# -- a kind word in a page's or file's title line; a Beratungsfolge in table cells ----------------


@pytest.mark.parametrize("text, dtype, date, meeting", [
    ("Niederschrift_Gemeinderat_2026-03-03.pdf\n\nGemeinde Birkental\nSitzung am 03.03.2026\n\nTOP 1 Eröffnung",
     "minutes", "2026-03-03", ("Gemeinderat", "2026-03-03")),
    ("Tagesordnung_Bauausschuss_05.03.2026.docx\n\nSitzung des Bauausschusses\n\n1. Eröffnung", "agenda", "2026-03-05",
     ("Bauausschuss", "2026-03-05")),
    ("Tagesordnung Bauausschuss 03.03.2026 - Bürgerinfo Birkental\n\nSitzung des Bauausschusses\n\n1. Eröffnung\n"
     "2. Bauanträge", "agenda", "2026-03-03", ("Bauausschuss", "2026-03-03")),
    ("Protokoll Ortsbeirat 03.03.2026\n\nAnwesend: 5 Mitglieder\n\nTOP 1 Eröffnung", "minutes", "2026-03-03",
     ("Ortsbeirat", "2026-03-03")),
    ("Protokoll der Sitzung Werkausschuss, 3. März 2026\n\nTOP 1 Eröffnung", "minutes", "2026-03-03",
     ("Werkausschuss", "2026-03-03")),
    ("05.12.2026 - 4 Bebauungsplan Am Mühlbach\n\nGremium: Bauausschuss\nStatus: öffentlich\n\nBeschluss:\n"
     "Der Ausschuss empfiehlt den Plan.", "minutes", "2026-12-05", ("Bauausschuss", "2026-12-05")),
])
def test_kind_in_a_title_line(text, dtype, date, meeting):
    m = meta(text)
    assert (m["type"], m.get("date")) == (dtype, date)
    assert meeting in meetings(text)
