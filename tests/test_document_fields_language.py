"""Document type, document date and the session(s) a document records, from
German council language as councils across the Länder write it: kind lines
and titles, the fields of council information systems, dates in every
written form, session headers in their common shapes — with the cases that
must NOT count (a cited earlier session, a print date, a "Stand:" line, a
Frist, the Beratungsfolge's later bodies). Every text is written for this
test; none is copied from a council's page."""

from __future__ import annotations

import pytest

from councildata import model
from councildata.extract import Context, document
from councildata.extract.text import TextView

from .conftest import extract_text, provenance_ok


def meta(text: str) -> dict:
    doc = model.Document(id="x", source_file="x.txt", sha256="0" * 64, format="txt", text=text, hints={})
    return document.extract_metadata(Context(doc, TextView(text)))


def meetings(text: str) -> list[tuple[str, str]]:
    rows = extract_text(text)
    assert provenance_ok(rows)
    return [(r["organization"], r["date"]) for r in rows["meetings"]]


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


# -- document date --------------------------------------------------------------------------------


@pytest.mark.parametrize("text, date", [
    # date fields
    ("Beschlussvorlage\nDatum: 03.03.21\n\nBetreff: Brücke\n", "2021-03-03"),
    ("Mitteilungsvorlage\nDatum: 3.3.2021\n\nBetreff: Brücke\n", "2021-03-03"),
    ("Beschlussvorlage\nDatum: 03. Mrz. 2021\n\nBetreff: Brücke\n", "2021-03-03"),
    ("Beschlussvorlage\nDatum: 2021-03-03\n\nBetreff: Brücke\n", "2021-03-03"),
    # the letter's place and date
    ("Stadt Neuheim\nDer Bürgermeister\n\nNeuheim, den 3. März 2021\n\nStellungnahme der Verwaltung\n"
     "zur Anfrage\n\nDie Verwaltung", "2021-03-03"),
    ("Antrag der SPD-Fraktion\n\nTalheim, 03.03.2021\n\nDer Gemeinderat möge beschließen", "2021-03-03"),
    # "vom DATE" in the title line
    ("Antrag der SPD-Fraktion vom 3.3.2021\n\nDer Gemeinderat möge beschließen", "2021-03-03"),
    ("Anfrage der Gruppe Freie Wähler vom 03. März 2021\n\nBetreff: Bauhof", "2021-03-03"),
    # a press release's dateline
    ("Pressemitteilung\n\nNeuheim, 3. März 2021 – Die Stadt saniert die Brücke.", "2021-03-03"),
    ("Pressemeldung\n\nBad Talheim, 03.03.2021. Der Stadtrat hat beschlossen", "2021-03-03"),
    # minutes: the session's date
    ("Niederschrift\nüber die öffentliche Sitzung des Gemeinderates\nam Mittwoch, den 3. März 2021\n\n"
     "TOP 1 Genehmigung der Niederschrift vom 10.02.2021", "2021-03-03"),
    ("Protokoll der Sitzung des Umweltausschusses vom 03.03.2021\n\nTOP 1", "2021-03-03"),
    ("Niederschrift\n\nSitzung: Bauausschuss\nSitzungsdatum: 03.03.2021\nBeginn: 18:00 Uhr\n", "2021-03-03"),
    ("Niederschrift\n\nGremium: Ortschaftsrat Nord\nSitzung am: Mittwoch, 03.03.2021\n", "2021-03-03"),
    ("Niederschrift\n\nDatum der Sitzung: 3. März 2021\nOrt: Rathaus, Sitzungssaal\n", "2021-03-03"),
])
def test_document_date(text, date):
    assert meta(text).get("date") == date


@pytest.mark.parametrize("text, date", [
    # "Stand:" is the state of a paper's content, not its date
    ("Beschlussvorlage\nDatum: 03.03.2021\nStand: 15.04.2021\n\nBetreff: Brücke\n", "2021-03-03"),
    ("Mitteilungsvorlage\n\nStand: 15.04.2021\nDatum: 03.03.2021\n\nBetreff: Brücke\n", "2021-03-03"),
    # a print date
    ("Beschlussvorlage\nDruckdatum: 20.03.2021\nDatum: 03.03.2021\n\nBetreff: Brücke\n", "2021-03-03"),
    ("Beschlussvorlage\ngedruckt am 20.03.2021\nDatum: 03.03.2021\n\nBetreff: Brücke\n", "2021-03-03"),
    # minutes dated by the session, not the approval of earlier minutes
    ("Niederschrift\n\nDie Niederschrift der Sitzung vom 10.02.2021 wird genehmigt.\n\n"
     "Sitzung des Gemeinderates am 03.03.2021\n", "2021-03-03"),
])
def test_document_date_not_from_other_dates(text, date):
    assert meta(text).get("date") == date


@pytest.mark.parametrize("text", [
    # a Frist or a law's date is no document date
    "Beschlussvorlage\n\nBetreff: Brücke\n\nFrist: 30.04.2021\n\nSachverhalt:\nDie Brücke ist marode.",
    "Beschlussvorlage\n\nBetreff: Satzung\n\nSachverhalt:\nNach dem Gesetz vom 12.12.2019 ist die Satzung anzupassen.",
    "Beschlussvorlage\n\nBetreff: Brücke\nStand: 15.04.2021\n\nSachverhalt:\nDie Brücke ist marode.",
    "Beschlussvorlage\n\nBetreff: Brücke\nDruckdatum: 20.03.2021\n\nSachverhalt:\nDie Brücke ist marode.",
])
def test_no_document_date(text):
    assert meta(text).get("date") is None


# -- sessions -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, body, date", [
    ("5. öffentliche Sitzung des Ausschusses für Umwelt und Verkehr am 3. März 2021\n\nTOP 1 Eröffnung",
     "Ausschuss für Umwelt und Verkehr", "2021-03-03"),
    ("Niederschrift über die Sitzung des Bau- und Verkehrsausschusses vom 03.03.2021\n\nTOP 1",
     "Bau- und Verkehrsausschuss", "2021-03-03"),
    ("Protokoll der Ortsbeiratssitzung am 03.03.2021\n\nAnwesend:", "Ortsbeirat", "2021-03-03"),
    ("Stadtverordnetenversammlung\nDonnerstag, 3. März 2021\n\nTagesordnung", "Stadtverordnetenversammlung",
     "2021-03-03"),
    ("Sitzung: Gemeindevertretung, 03.03.2021\n\nTOP 1", "Gemeindevertretung", "2021-03-03"),
    ("Gremium: Samtgemeinderat\nSitzungstermin: Mittwoch, 03.03.2021, 19:00 Uhr\n", "Samtgemeinderat",
     "2021-03-03"),
    ("Niederschrift\nüber die 3. Sitzung des Amtsausschusses am 03.03.2021\n", "Amtsausschuss", "2021-03-03"),
    ("Niederschrift über die öffentliche Sitzung der Verbandsversammlung am 3.3.2021\n",
     "Verbandsversammlung", "2021-03-03"),
    ("Protokoll\nKreisausschuss\n03.03.2021\n\nTOP 1", "Kreisausschuss", "2021-03-03"),
    ("Niederschrift der Sitzung der Bezirksvertretung Mitte vom 03.03.2021\n", "Bezirksvertretung Mitte",
     "2021-03-03"),
    ("Ortschaftsrat Oberdorf, Sitzung vom 03.03.2021\n\nTOP 1", "Ortschaftsrat Oberdorf", "2021-03-03"),
])
def test_session_headers(text, body, date):
    found = meetings(text)
    assert (body, date) in found, found


def test_beratungsfolge_rows():
    text = ("Beschlussvorlage\n\nBetreff: Kita-Gebühren\n\nBeratungsfolge:\n"
            "Jugendhilfeausschuss 03.03.2021 Ö Vorberatung\nKreisausschuss 10.03.2021 N Vorberatung\n"
            "Kreistag 24.03.2021 Ö Entscheidung\n\nSachverhalt:\nDie Gebühren")
    found = meetings(text)
    assert {("Jugendhilfeausschuss", "2021-03-03"), ("Kreisausschuss", "2021-03-10"),
            ("Kreistag", "2021-03-24")} <= set(found)


@pytest.mark.parametrize("text, body", [
    ("Sitzung des Stadtrates\nam Dienstag, dem 3. März 2021, 18:30 Uhr\nim großen Sitzungssaal des Rathauses\n\nTOP 1",
     "Stadtrat"),
    ("Niederschrift zur nichtöffentlichen Sitzung des Gemeinderates der Ortsgemeinde Talheim am Dienstag, "
     "dem 03.03.2021\n", "Gemeinderat"),
    ("Protokoll über die Sitzung des Werkausschusses\nSitzungstag: 03.03.2021\nSitzungsbeginn: 18:00 Uhr\n",
     "Werkausschuss"),
    ("Gemeinde Talheim\nNiederschrift\nGremium: Gemeinderat\nDatum: 03.03.2021\nBeginn: 19:00 Uhr\n"
     "Ende: 21:15 Uhr\nOrt: Bürgersaal\n", "Gemeinderat"),
    ("Sitzungsniederschrift\nKreistag des Landkreises Oberland\nSitzungstag: Mittwoch, 03.03.2021\n", "Kreistag"),
    ("Öffentliche Sitzung des Ortschaftsrates Unterdorf vom 03.03.2021\n\nTOP 1", "Ortschaftsrat Unterdorf"),
    ("Niederschrift\nder 4. Sitzung des Ausschusses für Bildung, Kultur und Sport\nam 3. März 2021\n",
     "Ausschuss für Bildung, Kultur und Sport"),
    ("Sitzung des Haupt- und Finanzausschusses am Mittwoch, 03.03.2021\nSitzungsort: Rathaus\n",
     "Haupt- und Finanzausschuss"),
    ("PROTOKOLL\nder öffentlichen Sitzung des Bezirksbeirates West\nvom 03.03.2021\n", "Bezirksbeirat West"),
    ("Niederschrift\n\nüber die Sitzung des Samtgemeindeausschusses\n\nam 03.03.2021 im Rathaus\n",
     "Samtgemeindeausschuss"),
    ("Sitzung: Ausschuss für Umwelt und Klimaschutz\nDatum: 03.03.2021\nUhrzeit: 17:00 Uhr\n",
     "Ausschuss für Umwelt und Klimaschutz"),
    ("Gremium: Ortsbeirat Nord\nSitzungstermin: 03.03.2021\n", "Ortsbeirat Nord"),
    # the date field above the body's
    ("Sitzungstermin: Mittwoch, 03.03.2021, 18:00 Uhr\nGremium: Jugendhilfeausschuss\n", "Jugendhilfeausschuss"),
    ("Niederschrift über die Sitzung des Kreistages\nvom 3.3.21\n", "Kreistag"),
    ("Protokoll der Stadtratssitzung am 3. März 2021\n", "Stadtrat"),
    ("Protokoll der Bauausschusssitzung vom 03.03.2021\n", "Bauausschuss"),
    ("Niederschrift über die Sitzung der Stadtverordnetenversammlung am Donnerstag, 03. Mrz. 2021\n",
     "Stadtverordnetenversammlung"),
    ("Ergebnisniederschrift der Sitzung des Sozialausschusses am 2021-03-03\n", "Sozialausschuss"),
    # a body's line with its authority, then the date line
    ("Niederschrift\nAmtsausschuss des Amtes Seenland\n03.03.2021\n", "Amtsausschuss"),
    # the date line naming the session
    ("Bezirksvertretung Nord\n12. Sitzung am 03.03.2021\n", "Bezirksvertretung Nord"),
    ("Verbandsgemeinderat\nSitzung vom 03.03.2021\n", "Verbandsgemeinderat"),
    ("Ortsbeirat Süd\nöffentliche Sitzung am Mittwoch, den 03.03.2021, 19:00 Uhr\n", "Ortsbeirat Süd"),
    ("Niederschrift über die Sitzung des Marktgemeinderates Obersee am 03.03.2021\n", "Marktgemeinderat Obersee"),
])
def test_more_session_headers(text, body):
    assert (body, "2021-03-03") in meetings(text)


def test_session_header_dates_the_paper():
    # a head that is a session header and nothing else: the session's date is the paper's
    assert meta("Sitzung des Stadtrates\nam Dienstag, dem 3. März 2021, 18:30 Uhr\n\nTOP 1 Eröffnung")["date"] == (
        "2021-03-03")
    assert meta("Ratssitzung vom 03.03.2021\n\nZu Beginn der Sitzung bringt die Fraktion einen Antrag ein.")[
        "date"] == "2021-03-03"


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
    ("Haushaltsrede des Kämmerers zum Haushalt 2022\n\nSehr geehrte Damen und Herren,", "information"),
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
    # a notice of a plan is no agenda
    ("Öffentliche Bekanntmachung\n\nAufstellung des Bebauungsplans Nr. 12 \"Am Bach\"\nDer Plan liegt aus.", "other"),
])
def test_more_kind_boundaries(text, dtype):
    assert meta(text)["type"] == dtype


@pytest.mark.parametrize("text, date", [
    # the Beratungsfolge written with "zur …": the deciding meeting dates a paper with no date of its own
    ("Vorlage - VO/2021/88\nBetreff: Antwort auf die Fragen der Fraktion\nBeratungsfolge:\n"
     "Jugendhilfeausschuss zur Kenntnisnahme\n03.03.2021\n\nSachverhalt\n", "2021-03-03"),
    # minutes: a date inside a sentence is not the session's
    ("Niederschrift\n\nFrau Berg informiert über die am 19.08.2020 durchgeführte Zählung.\n"
     "Sitzung des Bauausschusses am 03.03.2021\n", "2021-03-03"),
    ("Niederschrift\n\nam Dienstag, dem 03.03.2021 um 19:30 Uhr im Sitzungssaal, Hauptstr. 1, 55555 Talheim.\n",
     "2021-03-03"),
])
def test_more_dates(text, date):
    assert meta(text).get("date") == date


def test_cited_session_in_running_text_is_no_date():
    text = ("Sach- und Rechtslage:\nDer Bund hat einen Rechtsanspruch beschlossen. Auf die Mitteilung in der "
            "Sitzung des Schulausschusses am 25.04.2021 wird verwiesen.\nDie Befragung der Eltern ist geplant.")
    assert meta(text).get("date") is None
    # the session named in the heading line dates the paper
    assert meta("Mitteilung in der Sitzung des Schulausschusses am 25.04.2021\n\nDie Verwaltung berichtet.")[
        "date"] == "2021-04-25"


# -- a full-length record: running headers, attendance, many items, a non-public part --------------


def _page(n: int, total: int) -> str:
    return f"Niederschrift Gemeinderat Talheim – Sitzung vom 03.03.2021 – Seite {n} von {total}\n"


_LONG_MINUTES = "".join([
    "Gemeinde Talheim\n",
    "Landkreis Oberland\n\n",
    "NIEDERSCHRIFT\n",
    "über die 23. öffentliche Sitzung des Gemeinderates\n",
    "am Mittwoch, den 3. März 2021\n\n",
    "Sitzungsort: Bürgersaal im Rathaus Talheim\n",
    "Beginn: 19:00 Uhr\nEnde: 22:40 Uhr\n\n",
    "Anwesend:\n",
    "Vorsitz: Bürgermeisterin Sabine Kranich\n",
    "Gemeinderatsmitglieder:\n",
    "Anton Ahrens\nBirgit Bohle\nCarsten Cramer\nDoris Dehmel\nEmil Ehlers\nFranziska Fink\n",
    "Georg Gerke\nHanna Hesse\nIngo Imhoff\nJana Jürgens\nKlaus Kemper\nLena Lohmann\n",
    "Entschuldigt:\nMarkus Mertens (beruflich verhindert)\n",
    "Verwaltung:\nKämmerer Otto Ohlsen\nBauamtsleiter Rainer Roth\nProtokoll: Petra Pahl\n",
    "Gäste:\nKommandant der Freiwilligen Feuerwehr Uwe Ulrich\nPlanerin Vera Vogt, Büro Stadt & Land\n",
    "Zuhörer: 14\nPresse: 1\n\n",
    "Die Mitglieder wurden mit Schreiben vom 19.02.2021 unter Angabe der Tagesordnung eingeladen.\n",
    "Die Tagesordnung wurde am 24.02.2021 ortsüblich bekannt gemacht.\n\n",
    "Die Vorsitzende eröffnet die Sitzung um 19:00 Uhr. Sie stellt die ordnungsgemäße Ladung und die "
    "Beschlussfähigkeit des Gremiums fest. Zur Tagesordnung meldet sich niemand zu Wort.\n\n",
    "Tagesordnung:\n",
    "Öffentlicher Teil\n",
    "1. Genehmigung der Niederschrift über die Sitzung vom 03.02.2021\n",
    "2. Bekanntgaben der Bürgermeisterin\n",
    "3. Fragestunde für Einwohnerinnen und Einwohner\n",
    "4. Haushaltssatzung und Haushaltsplan 2021\n",
    "5. Bebauungsplan \"Am Kirchberg\" – Aufstellungsbeschluss\n",
    "6. Sanierung der Grundschule – Vergabe der Dachdeckerarbeiten\n",
    "7. Antrag der Fraktion Bürger für Talheim: Tempo 30 in der Ortsmitte\n",
    "8. Zuschuss an den Sportverein Talheim e.V.\n",
    "9. Feuerwehrbedarfsplan – Fortschreibung\n",
    "10. Verschiedenes\n",
    "Nichtöffentlicher Teil\n",
    "11. Grundstücksangelegenheiten\n",
    "12. Personalangelegenheiten\n\n",
    _page(1, 5), "\n",
    "TOP 1 Genehmigung der Niederschrift über die Sitzung vom 03.02.2021\n\n",
    "Die Niederschrift über die öffentliche Sitzung vom 03.02.2021 lag allen Mitgliedern vor. "
    "Änderungswünsche werden nicht vorgetragen.\n\n",
    "Beschluss:\nDie Niederschrift über die Sitzung vom 03.02.2021 wird genehmigt.\n",
    "Abstimmungsergebnis: 11 Ja-Stimmen, 0 Nein-Stimmen, 2 Enthaltungen\n\n",
    "TOP 2 Bekanntgaben der Bürgermeisterin\n\n",
    "Die Bürgermeisterin gibt bekannt, dass die Bauarbeiten an der Ortsdurchfahrt im April beginnen. "
    "Der Kreis hat die Förderung des Radweges bewilligt. Ein Beschluss ist nicht erforderlich.\n\n",
    "TOP 3 Fragestunde für Einwohnerinnen und Einwohner\n\n",
    "Ein Einwohner fragt nach dem Stand der Straßenbeleuchtung im Neubaugebiet. Die Bürgermeisterin "
    "sagt eine schriftliche Antwort zu.\n\n",
    _page(2, 5), "\n",
    "TOP 4 Haushaltssatzung und Haushaltsplan 2021\n",
    "Vorlage: 2021/014\n\n",
    "Kämmerer Ohlsen erläutert den Entwurf. Der Ergebnishaushalt schließt mit einem Fehlbetrag von "
    "120.000 Euro. Die Investitionen betragen 2,4 Mio. Euro, vor allem für die Grundschule.\n",
    "Gemeinderat Cramer kritisiert die Höhe der Kreditaufnahme. Gemeinderätin Fink begrüßt die "
    "Investitionen in die Schule.\n\n",
    "Beschluss:\nDer Gemeinderat beschließt die Haushaltssatzung und den Haushaltsplan 2021 in der "
    "vorliegenden Fassung.\n",
    "Abstimmungsergebnis: 10 Ja-Stimmen, 3 Nein-Stimmen, 0 Enthaltungen\n\n",
    "TOP 5 Bebauungsplan \"Am Kirchberg\" – Aufstellungsbeschluss\n",
    "Vorlage: 2021/015\n\n",
    "Die Verwaltung stellt die Planungsziele vor. Es sollen etwa 30 Bauplätze entstehen.\n\n",
    "Beschluss:\nDer Gemeinderat beschließt die Aufstellung des Bebauungsplans \"Am Kirchberg\".\n",
    "Abstimmungsergebnis: einstimmig\n\n",
    _page(3, 5), "\n",
    "TOP 6 Sanierung der Grundschule – Vergabe der Dachdeckerarbeiten\n",
    "Vorlage: 2021/016\n\n",
    "Es wurden fünf Angebote abgegeben. Das wirtschaftlichste Angebot liegt bei 212.000 Euro.\n\n",
    "Beschluss:\nDer Auftrag wird an die Firma Dachbau Oberland GmbH vergeben.\n",
    "Abstimmungsergebnis: 12 Ja-Stimmen, 1 Nein-Stimme, 0 Enthaltungen\n\n",
    "TOP 7 Antrag der Fraktion Bürger für Talheim: Tempo 30 in der Ortsmitte\n\n",
    "Gemeinderätin Hesse begründet den Antrag. Die Verwaltung weist darauf hin, dass die "
    "Straßenverkehrsbehörde zuständig ist.\n\n",
    "Beschluss:\nDer Antrag wird abgelehnt.\n",
    "Abstimmungsergebnis: 4 Ja-Stimmen, 8 Nein-Stimmen, 1 Enthaltung\n\n",
    _page(4, 5), "\n",
    "TOP 8 Zuschuss an den Sportverein Talheim e.V.\n\n",
    "Der Sportverein bittet um einen Zuschuss für neue Flutlichtmasten. Gemeinderat Ahrens beantragt, "
    "die Entscheidung bis zur Vorlage eines zweiten Angebots zu vertagen.\n\n",
    "Beschluss:\nDie Beratung wird vertagt.\n",
    "Abstimmungsergebnis: einstimmig\n\n",
    "TOP 9 Feuerwehrbedarfsplan – Fortschreibung\n\n",
    "Der Kommandant stellt die Fortschreibung vor. Die Ausrückezeiten werden im Ortskern eingehalten.\n\n",
    "Beschluss:\nDer Gemeinderat nimmt die Fortschreibung des Feuerwehrbedarfsplans zur Kenntnis.\n\n",
    "TOP 10 Verschiedenes\n\n",
    "Gemeinderat Gerke weist auf Schlaglöcher in der Mühlenstraße hin.\n\n",
    _page(5, 5), "\n",
    "Die Vorsitzende schließt den öffentlichen Teil der Sitzung um 21:50 Uhr. Es folgt der "
    "nichtöffentliche Teil.\n\n",
    "Sabine Kranich\nBürgermeisterin\n\nPetra Pahl\nSchriftführerin\n\n",
    "Anlagen:\n",
    "1. Präsentation Haushalt 2021\n",
    "2. Planungsziele Bebauungsplan \"Am Kirchberg\" (beschlossen am 03.03.2021)\n",
    "3. Feuerwehrbedarfsplan\n",
])


def test_long_minutes_structure():
    from councildata.extract import structure

    text = _LONG_MINUTES
    assert text.count("\n") >= 150
    m = meta(text)
    assert (m["type"], m["date"]) == ("minutes", "2021-03-03")
    rows = extract_text(text)
    assert provenance_ok(rows)
    # one meeting for the session, however many pages repeat it; the approved earlier
    # minutes are the same body's earlier session, no other body's
    found = {(r["organization"], r["date"]) for r in rows["meetings"]}
    assert ("Gemeinderat", "2021-03-03") in found
    assert len([r for r in rows["meetings"] if r["date"] == "2021-03-03"]) == 1
    assert {o for o, _ in found} == {"Gemeinderat"}
    tree = structure.parse(text, {"type": "minutes"})
    assert tree.session is not None and (tree.session.body, tree.session.date) == ("Gemeinderat", "2021-03-03")
    assert tree.session.public is True and tree.session.number == "23"
    numbered = [it.number for it in tree.items if it.label.startswith("TOP")]
    assert numbered == [str(n) for n in range(1, 11)]
    res = rows["resolutions"]
    by_item = {r["agenda_item"]: r for r in res}
    assert by_item["TOP 4"]["outcome"] == "adopted" and (by_item["TOP 4"]["votes_yes"], by_item["TOP 4"]["votes_no"]) == (10, 3)
    assert by_item["TOP 5"]["unanimous"] is True
    assert by_item["TOP 7"]["outcome"] == "rejected"
    assert by_item["TOP 8"]["outcome"] == "postponed"
    assert by_item["TOP 9"]["outcome"] == "noted"
    # no decision read from a page header or the list of Anlagen
    for r in res:
        assert "Seite" not in r["quote"] and "Anlagen" not in r["quote"] and "Präsentation" not in r["quote"]
    assert all(r["date"] == "2021-03-03" and r["decided_by"] == "Gemeinderat" for r in res)


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


@pytest.mark.parametrize("text, body", [
    # a body's line, a session line, a date line or field
    ("Kreistag des Landkreises Oberland\n5. Sitzung\nDatum: 03.03.2021\n", "Kreistag"),
    ("Stadtverordnetenversammlung der Stadt Seestadt\n12. Sitzung\nDonnerstag, 03.03.2021\n",
     "Stadtverordnetenversammlung"),
    ("Ausschuss für Soziales, Jugend und Senioren\nöffentliche Sitzung\n03.03.2021\n",
     "Ausschuss für Soziales, Jugend und Senioren"),
    ("Kreistag\n5. öffentliche Sitzung\nam Mittwoch, den 3. März 2021\n", "Kreistag"),
    ("Ortsbeirat Nord\n\nNiederschrift\n\nSitzungstermin: 03.03.2021\n", "Ortsbeirat Nord"),
    ("Protokoll\nStadtteilbeirat Mitte\nSitzung am 03.03.2021\n", "Stadtteilbeirat Mitte"),
    ("Magistrat\nSitzung vom 03.03.2021\n", "Magistrat"),
    # body, session and date on one line, between separators
    ("Stadtrat - öffentliche Sitzung - 03.03.2021\n", "Stadtrat"),
    ("Gemeinderat | Sitzung am 03.03.2021\n", "Gemeinderat"),
    ("Beschlussauszug\nGemeinderat, 03.03.2021, öffentlich\n", "Gemeinderat"),
    ("Bauausschuss – 03.03.2021, 18:30 Uhr\n", "Bauausschuss"),
    # the session's own line, the date field under a blank line
    ("Öffentliche Sitzung des Finanzausschusses\n\nSitzungstag: 3. März 2021\nSitzungsort: Rathaus\n",
     "Finanzausschuss"),
    ("Sitzung des Gemeinderates\nDatum: Dienstag, 03.03.2021\nBeginn: 19:00 Uhr\n", "Gemeinderat"),
    ("zur: Sitzung des Stadtrates am: Dienstag, 03.03.2021\n", "Stadtrat"),
    ("Niederschrift Nr. 5/2021\nüber die Sitzung des Ortsrates Nord am 03.03.2021\n", "Ortsrat Nord"),
    ("Sitzung des Ortsgemeinderates Talheim vom 03.03.2021\n", "Ortsgemeinderat"),
    ("Öffentliche Sitzung der Stadtvertretung am 03.03.2021\n", "Stadtvertretung"),
    ("Sitzung der Ratsversammlung vom 03.03.2021\n", "Ratsversammlung"),
    ("Sitzung des Kreistags\n03.03.2021, 18:00 Uhr, Kreishaus\n", "Kreistag"),
    ("Tagesordnung der Sitzung des Hauptausschusses am Mittwoch, dem 03.03.2021\n", "Hauptausschuss"),
    ("Einladung zur Sitzung des Jugendhilfeausschusses\nam 03.03.2021 um 17:00 Uhr\n", "Jugendhilfeausschuss"),
    ("Niederschrift über die konstituierende Sitzung des Kreistages am 03.03.2021\n", "Kreistag"),
    ("Protokoll der 5. Sitzung des Seniorenbeirates vom 03.03.2021\n", "Seniorenbeirat"),
    ("Sitzung: 5. Sitzung des Stadtrates\nDatum: 03.03.2021\n", "Stadtrat"),
    ("Sitzung: Sitzung des Kreisausschusses\nDatum: Mi, 03.03.2021\nBeginn: 16:00\n", "Kreisausschuss"),
    ("Niederschrift\nüber die Sitzung des Gemeinderats\nTag: Mittwoch, 03.03.2021\nOrt: Rathaus\n", "Gemeinderat"),
])
def test_session_header_line_families(text, body):
    found = meetings(text)
    assert any(b.startswith(body) and d == "2021-03-03" for b, d in found), found


@pytest.mark.parametrize("text", [
    # a body's line over a line of prose that holds a date
    "Ortschaftsrat Nord\nDie Einwohner wurden am 03.03.2021 informiert, dass der Weg gesperrt ist.\n",
    # a session line without any date
    "Ausschuss für Soziales\nöffentliche Sitzung\nTagesordnung folgt\n",
    # a body, a press release's date: no session
    "Stadtrat - Pressemitteilung - 03.03.2021\n",
    # a date after the body and more words on its line
    "Rat der Gemeinde Talheim\n03.03.2021 Einladung an alle Vereine\n",
])
def test_no_session_header_from_other_lines(text):
    assert meetings(text) == []


@pytest.mark.parametrize("text, body", [
    ("Beschlussvorlage\nBetreff: Kita\n\nDer Bauausschuss hat in seiner Sitzung vom 03.03.2021 empfohlen, "
     "den Plan zu billigen.\n", "Bauausschuss"),
    ("Beschlussvorlage\n\nDer Jugendhilfeausschuss hat die Vorlage am 03.03.2021 vorberaten.\n", "Jugendhilfeausschuss"),
    ("Der Werkausschuss hatte den Wirtschaftsplan bereits am 3. März 2021 einstimmig gebilligt.\n", "Werkausschuss"),
    ("Beratungsfolge:\nDatum Gremium Zuständigkeit\n03.03.2021 Kreisausschuss Vorberatung\n"
     "24.03.2021 Kreistag Entscheidung\n", "Kreisausschuss"),
    ("Beratungsfolge:\nStatus Datum Gremium\nÖ 03.03.2021 Hauptausschuss\nÖ 24.03.2021 Rat\n", "Hauptausschuss"),
    ("Beratungsfolge\nGremium Sitzung am Ö/N\nAusschuss für Planung und Umwelt 03.03.2021 Ö\n",
     "Ausschuss für Planung und Umwelt"),
    ("Beratungsergebnis:\n03.03.2021 - Bauausschuss - ungeändert beschlossen\n", "Bauausschuss"),
    ("Sitzung vom 03.03.2021, Ortschaftsrat Süd\n", "Ortschaftsrat Süd"),
    ("Die Stadtverordnetenversammlung hat am 03.03.2021 beschlossen, die Satzung zu ändern.\n",
     "Stadtverordnetenversammlung"),
    ("In seiner Sitzung am 03.03.2021 hat der Kreistag beschlossen, die Schule zu sanieren.\n", "Kreistag"),
    ("In ihrer öffentlichen Sitzung vom 3. März 2021 beschloss die Gemeindevertretung den Haushalt.\n",
     "Gemeindevertretung"),
    ("In der Sitzung des Umweltausschusses am 3. März 2021 wurde die Vorlage vorgestellt.\n", "Umweltausschuss"),
    ("Der Gemeinderat hat in öffentlicher Sitzung am 03.03.2021 folgenden Beschluss gefasst:\n", "Gemeinderat"),
    ("Auszug aus dem Protokoll der Gemeinderatssitzung vom 03.03.2021\n", "Gemeinderat"),
    ("Vorberatung im Ausschuss für Bildung am 03.03.2021\n", "Ausschuss für Bildung"),
])
def test_meetings_named_in_papers_and_tables(text, body):
    found = meetings(text)
    assert any(b.startswith(body) and d == "2021-03-03" for b, d in found), found


@pytest.mark.parametrize("text", [
    # the date of a paper, not of a meeting
    "Der Gemeinderat hat den Antrag vom 03.03.2021 abgelehnt.\n",
    # a row that is a sentence
    "03.03.2021 Gemeinderat beschließt neue Satzung\n",
    # no body in the row
    "Ö 03.03.2021 Kenntnisnahme\n",
    # the administration is no council body
    "In ihrer Sitzung am 03.03.2021 hat die Verwaltung nichts vorgelegt.\n",
    # a deadline the body sets
    "Der Kreistag hat die Frist bis zum 03.03.2021 verlängert.\n",
])
def test_no_meeting_from_other_dates(text):
    assert meetings(text) == []


# -- a session's start, end, place and part ---------------------------------------------------------


@pytest.mark.parametrize("text, begins, ends, place, public", [
    ("Niederschrift über die Sitzung des Gemeinderates am 03.03.2021 um 19:30 Uhr im Sitzungssaal des Rathauses\n",
     "19:30", None, "Sitzungssaal des Rathauses", None),
    ("Sitzung des Bauausschusses\nDatum: 03.03.2021\nZeit: 18:00 – 20:30 Uhr\nOrt: Rathaus, Saal 2\n",
     "18:00", "20:30", "Rathaus, Saal 2", None),
    ("Niederschrift\nüber die öffentliche Sitzung des Kreistages\nam 03.03.2021\nSitzungsbeginn: 17.00 Uhr\n"
     "Sitzungsende: 19.45 Uhr\nSitzungsort: Kreishaus, Kreistagssaal\n", "17:00", "19:45", "Kreishaus, Kreistagssaal", True),
    ("Niederschrift über die nichtöffentliche Sitzung des Hauptausschusses am 03.03.2021\nBeginn: 18 Uhr\n"
     "Schluss: 19:10 Uhr\n", "18:00", "19:10", None, False),
    ("Protokoll der Sitzung des Ortsbeirates Nord vom 03.03.2021, 19:00 Uhr, im Dorfgemeinschaftshaus\n",
     "19:00", None, "Dorfgemeinschaftshaus", None),
    ("Niederschrift über die nicht öffentliche Sitzung des Werkausschusses am 03.03.2021\n", None, None, None, False),
])
def test_session_times_place_and_part(text, begins, ends, place, public):
    from councildata.extract import structure

    s = structure.read_session(text, "minutes")
    assert (s.date, s.begins, s.ends, s.place, s.public) == ("2021-03-03", begins, ends, place, public)


def test_long_minutes_session_details_and_parts():
    from councildata.extract import structure

    tree = structure.parse(_LONG_MINUTES, {"type": "minutes"})
    s = tree.session
    assert (s.begins, s.ends, s.place) == ("19:00", "22:40", "Bürgersaal im Rathaus Talheim")
    # the items listed under "Nichtöffentlicher Teil" are not public, the ones dealt with are
    public = {it.label: it.public for it in tree.items if it.label.startswith("TOP")}
    assert public and all(v is not False for v in public.values())


def test_part_line_in_the_record_marks_the_items_after_it():
    from councildata.extract import structure

    text = ("Niederschrift über die Sitzung des Gemeinderates am 03.03.2021\n\n"
            "Öffentlicher Teil\n\nTOP 1 Haushalt\nDer Gemeinderat beschließt den Haushalt.\n\n"
            "Nichtöffentlicher Teil\n\nTOP 2 Grundstücksangelegenheiten\nDer Gemeinderat stimmt dem Verkauf zu.\n")
    tree = structure.parse(text, {"type": "minutes"})
    assert [(it.label, it.public) for it in tree.items] == [("TOP 1", True), ("TOP 2", False)]


@pytest.mark.parametrize("text, date", [
 ("Antrag der CDU-Fraktion\n\nNeuheim, 3.3.21\n\nDer Rat möge beschließen", "2021-03-03"),
 ("Beschlussvorlage\nDatum: Mittwoch, 3. März 2021\n\nBetreff: X\n", "2021-03-03"),
 ("Stadt Neuheim\nDer Oberbürgermeister\n\n03.03.2021\n\nBeschlussvorlage\n\nBetreff: Brücke\n", "2021-03-03"),
 ("Sitzungsvorlage vom 03.03.2021\n\nBetreff: Brücke\n", "2021-03-03"),
 ("Drucksache Nr. 12/2021 vom 03.03.2021\n\nBetreff: Brücke\n", "2021-03-03"),
 ("Beschlussvorlage\nDatum: 03.03.2021\n\nBetreff: Brücke\n\nBeratungsfolge:\nGemeinderat 24.03.2021 Entscheidung\n", "2021-03-03"),
 ("Antwort der Verwaltung vom 10.03.2021\nauf die Anfrage der SPD-Fraktion vom 03.02.2021\n\nZu Frage 1", "2021-03-10"),
 ("Niederschrift\nSitzungsdatum: Mittwoch, 03.03.2021\nGremium: Bauausschuss\n", "2021-03-03"),
 ("Niederschrift\nTag der Sitzung: 03.03.2021\nGremium: Bauausschuss\n", "2021-03-03"),
 ("Gedruckt am 20.03.2021\nNiederschrift über die Sitzung des Bauausschusses am 03.03.2021\n", "2021-03-03"),
 ("Druckdatum: 20.03.2021\nNiederschrift\nüber die Sitzung des Bauausschusses\nam 03.03.2021\n", "2021-03-03"),
 ("Niederschrift über die Sitzung des Kreistages vom 3.3.21\n", "2021-03-03"),
 ("Mitteilungsvorlage\n\nBetreff: Brücke\nStand: 20.03.2021\n\nSachverhalt\nText.\n\nNeuheim, den 03.03.2021\nDer Bürgermeister\n", "2021-03-03"),
 ("Pressemitteilung Nr. 12/2021\n\nNeuheim, 03. Mrz. 2021 – Die Stadt", "2021-03-03"),
 ("Pressemitteilung\n03.03.2021\n\nNeue Buslinie\nDie Stadt richtet ein", "2021-03-03"),
 ("Informationsvorlage\nDatum: 03.03.2021\nFrist zur Stellungnahme: 31.03.2021\n\nBetreff: X\n", "2021-03-03"),
 ("Beschlussvorlage\nErstellt am: 03.03.2021\nBetreff: X\n", "2021-03-03"),
 ("Beschlussvorlage\n\nBetreff: X\n\nSachverhalt:\nDas Gesetz vom 12.12.2019 gilt.\n\nTalheim, 03.03.2021\ngez. Müller\nBürgermeister\n", "2021-03-03"),
 ("Einladung\nzur Sitzung des Gemeinderates am Montag, 08.03.2021, 19:00 Uhr\n\nTalheim, 01.03.2021\n", "2021-03-08"),
 ("Anfrage\nder Fraktion DIE LINKE\nvom 03.03.2021\n\nBetreff: Radwege", "2021-03-03"),
 ("Bericht der Verwaltung\n\nStand: 03/2021\n\nDie Zahl", None),
 ("Beschlussvorlage\nVorlagedatum: 2021-03-03\nBetreff: X\n", "2021-03-03"),
])
def test_document_date_families(text, date):
    assert meta(text).get("date") == date


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
 ("TOP Ö 5: Bebauungsplan Nord\n\nSachverhalt:\nDer Plan liegt vor.\n\nBeschluss:\nDer Gemeinderat billigt den Entwurf.\n\nAbstimmungsergebnis:\nZustimmung: 12\nAblehnung: 0\nEnthaltung: 1\n", "minutes"),
 ("Tagesordnungspunkt 4\nSanierung der Turnhalle\n\nBeratungsergebnis: einstimmig beschlossen\n", "minutes"),
 ("Ö 3 Haushalt 2021\nBeschlussart: ungeändert beschlossen\nJa 12 Nein 3 Enthaltung 0\n", "minutes"),
 ("Sitzung des Bauausschusses am 03.03.2021\nTOP 5 Neubau Kita\nVorlage: 2021/12\n\nDer Bauausschuss stimmt dem Entwurf zu.\nAbstimmung: 9 Ja-Stimmen, 2 Nein-Stimmen\n", "minutes"),
 ("Auszug aus der Niederschrift\nTOP 7 Feuerwehr\nDer Ausschuss nimmt den Bericht zur Kenntnis.\n", "minutes"),
 ("Gemeinderat 03.03.2021\nTOP 4: Kita-Gebühren\nBeschluss:\nDie Gebührensatzung wird beschlossen.\nAbstimmungsergebnis: 10:3:1\n", "minutes"),
 ("Beratungsergebnis\nGremium: Bauausschuss\nSitzung: 03.03.2021\nErgebnis: Zustimmung\n", "minutes"),
 ("Vorlage - 2021/55\nBetreff: Kita\n\nBeratungsfolge:\nGemeinderat 03.03.2021 Entscheidung\n\nBeschlussvorschlag:\nDer Gemeinderat beschließt\n", "proposal"),
 ("Betreff: Kita\nBeratungsfolge:\nBauausschuss 03.03.2021\n\nSachverhalt:\nDie Kita ist zu klein.\n\nFinanzielle Auswirkungen: keine\n", "proposal"),
])
def test_pages_of_an_item_record_a_meeting(text, dtype):
    assert meta(text)["type"] == dtype


@pytest.mark.parametrize("text", [
    "20.03.21, 10:14 Ratsinformation Talheim\n\nNiederschrift\n\nBauausschuss\nöffentliche Sitzung\n\nTOP 1\n"
    "Sitzung vom 03.03.2021\n",
    "Druckdatum: 20.03.2021\nNiederschrift\n\nBauausschuss\n\nTOP 1\nSitzung vom 03.03.2021\n",
    "https://rat.talheim.de/niederschrift 20.03.2021\nNiederschrift\n\nTOP 1\nSitzung vom 03.03.2021\n",
])
def test_minutes_not_dated_by_a_print_header(text):
    assert meta(text).get("date") != "2021-03-20"


def test_information_system_session_heads():
    from councildata.extract import structure

    s = structure.read_session("Sitzung: Gemeinderat\nDatum: Mi, 03.03.2021 Zeit: 19:00 - 21:00\nRaum: Ratssaal\n"
                               "Ort: Rathaus Talheim\n", "minutes")
    assert (s.body, s.date, s.begins, s.ends, s.place) == ("Gemeinderat", "2021-03-03", "19:00", "21:00", "Ratssaal")
    s = structure.read_session("Gemeinderat\nSitzungstermin: Mittwoch, 03.03.2021, 19:00 Uhr\n"
                               "Raum, Ort: Ratssaal, Rathaus\n", "minutes")
    assert (s.body, s.date, s.begins, s.place) == ("Gemeinderat", "2021-03-03", "19:00", "Ratssaal, Rathaus")


@pytest.mark.parametrize("running", [
    "Niederschrift Kreistag 03.03.2021",
    "Kreistag – Sitzung vom 03.03.2021 – Seite {i} von 4",
    "Protokoll Kreistag, 03.03.2021, S. {i}",
])
def test_running_header_alone_names_one_session(running):
    pages = "".join(f"{running.format(i=i)}\nTOP {i} Punkt {i}\nDer Kreistag nimmt den Bericht zur Kenntnis.\n\n"
                    for i in range(1, 5))
    text = "Niederschrift\n\n" + pages
    assert meetings(text) == [("Kreistag", "2021-03-03")]
    assert meta(text)["date"] == "2021-03-03"


@pytest.mark.parametrize("text, body", [
    ("Sitzung Nr. 12/2021 des Gemeinderates am 03.03.2021\n", "Gemeinderat"),
    ("12. Sitzung (öffentlich) des Bauausschusses am 03.03.2021\n", "Bauausschuss"),
    ("Gemeinderatssitzung (öffentlich) vom 03.03.2021\n", "Gemeinderat"),
    ("öffentliche Gemeinderatssitzung am 03.03.2021\n", "Gemeinderat"),
    ("Öffentliche Kreistagssitzung\n03.03.2021\n", "Kreistag"),
    ("Konstituierende Stadtratssitzung\nam Mittwoch, 03.03.2021\n", "Stadtrat"),
])
def test_session_number_part_and_compound_dates_the_paper(text, body):
    assert (body, "2021-03-03") in meetings(text)
    assert meta(text)["date"] == "2021-03-03"


def test_a_generic_compound_names_no_meeting():
    # "Ausschusssitzung" does not say which committee
    assert meetings("5. Ausschusssitzung\n03.03.2021\n") == []


@pytest.mark.parametrize("text, dtype", [
    ("Öffentliche Bekanntmachung\n\nDie Sitzung des Bauausschusses findet am Montag, 08.03.2021, um 18 Uhr "
     "im Rathaus statt.\n", "agenda"),
    ("Bekanntmachung\n\nHiermit lade ich zur Sitzung des Gemeinderates am 08.03.2021 ein.\n", "agenda"),
    # a notice of what a session decided announces no session
    ("Öffentliche Bekanntmachung\n\nDer Gemeinderat hat in seiner Sitzung am 03.03.2021 den Bebauungsplan "
     "\"Am Bach\" als Satzung beschlossen.\n", "other"),
])
def test_notices(text, dtype):
    assert meta(text)["type"] == dtype


# -- headings set in capitals or spaced letters; dates in rarer forms ------------------------------


@pytest.mark.parametrize("text, dtype, date", [
    ("NIEDERSCHRIFT\nüber die öffentliche Sitzung des Ortschaftsrates Kleinbach\nam 5. Dez. 2026\n\nBeginn: 19:00 Uhr",
     "minutes", "2026-12-05"),
    ("NIEDERSCHRIFT ÜBER DIE 12. SITZUNG DES STADTRATES AM 05.12.2026\n\nTOP 1 Eröffnung\n", "minutes", "2026-12-05"),
    ("ÖFFENTLICHE NIEDERSCHRIFT\nder 4. Sitzung des Gemeinderates Birkental\nam Mittwoch, 02.12.2026, 19 Uhr\n",
     "minutes", "2026-12-02"),
    ("PROTOKOLL DER GEMEINDERATSSITZUNG VOM 05.12.2026\n\nTOP 1 Eröffnung", "minutes", "2026-12-05"),
    ("P R O T O K O L L\n\nder Sitzung des Werkausschusses vom 5.12.2026\n", "minutes", "2026-12-05"),
    ("N i e d e r s c h r i f t\n\nüber die 7. Sitzung des Stadtrates am 05.12.2026\n", "minutes", "2026-12-05"),
    ("SITZUNGSNIEDERSCHRIFT\n\nGremium: Verbandsgemeinderat Lindenau\nSitzungstag: 05.12.2026\n", "minutes", "2026-12-05"),
    ("BEKANNTMACHUNG DER BESCHLÜSSE DER 9. SITZUNG DES GEMEINDERATES NEUDORF AM 05.12.2026\n\n"
     "zu TOP 3: Haushalt\nDer Gemeinderat stimmt der Vorlage einstimmig zu.", "minutes", "2026-12-05"),
    ("Bekanntgabe der in nichtöffentlicher Sitzung gefassten Beschlüsse\n\nDer Gemeinderat hat beschlossen:",
     "minutes", None),
    ("BEKANNTMACHUNG\n\nDer Gemeinderat Neudorf tritt am Dienstag, dem 8. Dezember 2026, um 19:00 Uhr im Rathaus "
     "zu einer öffentlichen Sitzung zusammen.\n\nTagesordnung:\n1. Eröffnung\n2. Bauanträge", "agenda", "2026-12-08"),
    ("ÖFFENTLICHE BEKANNTMACHUNG\n\nSitzung des Bauausschusses am 05.12.26 um 18 Uhr\n\nTagesordnung\n1. Eröffnung",
     "agenda", "2026-12-05"),
    ("EINLADUNG\n\nzur 4. Sitzung des Haupt- und Finanzausschusses\nam Dienstag, dem 8. Dezember 2026, 17:00 Uhr\n\n"
     "Tagesordnung\n1. Eröffnung", "agenda", "2026-12-08"),
    ("E I N L A D U N G\n\nzur Sitzung des Gemeinderates am 05.12.2026\n\nTagesordnung\n1. Eröffnung", "agenda",
     "2026-12-05"),
    ("BESCHLUSSVORLAGE\n\nVorlage Nr. 2026/118\nDatum: 12.11.2026\n\nBetreff: Neubau der Kita\n\nBeratungsfolge:\n"
     "Bauausschuss 24.11.2026 Vorberatung\nGemeinderat 05.12.2026 Entscheidung\n", "proposal", "2026-11-12"),
    ("MITTEILUNGSVORLAGE\n\nDatum: 1. Dez. 2026\n\nBetreff: Sachstand Glasfaser\n", "information", "2026-12-01"),
    ("Beschlussvorlage\nNeudorf, den 03.11.26\n\nBetreff: Hundesteuersatzung\n", "proposal", "2026-11-03"),
    ("Niederschrift\nüber die Sitzung des Gemeinderates\nvom 2026-12-05\n", "minutes", "2026-12-05"),
    ("Niederschrift\nüber die Sitzung des Gemeinderates am 5.XII.2026\n", "minutes", "2026-12-05"),
    ("Niederschrift\nüber die Sitzung des Kreistages\nam 1. IV. 2026\n", "minutes", "2026-04-01"),
    ("Tagesordnung\nfür die Sitzung des Kreistages am Mo., 7. Dez. 2026\n\n1. Eröffnung", "agenda", "2026-12-07"),
    ("Anfrage der Fraktion DIE LINKE\nvom 04.11.26\n\nBetreff: Schulwegsicherheit\n", "inquiry", "2026-11-04"),
])
def test_capitals_spaced_letters_and_rare_date_forms(text, dtype, date):
    m = meta(text)
    assert (m["type"], m.get("date")) == (dtype, date)


@pytest.mark.parametrize("text, date", [
    # the day the invitation was issued stands above the session it is for
    ("Einladung\n\nNeudorf, 25.11.2026\n\nzur Sitzung des Gemeinderates am Donnerstag, 03.12.2026, 19:30 Uhr\n\n"
     "Tagesordnung\n1. Eröffnung", "2026-12-03"),
    ("Einladung\nBirkental, den 20. November 2026\n\nSehr geehrte Damen und Herren,\nzur 5. öffentlichen Sitzung "
     "des Bauausschusses am 1. Dezember 2026 lade ich ein.\n\nTagesordnung\n1. Eröffnung", "2026-12-01"),
    ("Niederschrift\nSeestadt, 10.12.2026\n\nüber die Sitzung des Stadtrates am 03.12.2026\n", "2026-12-03"),
    # no session line under it: the issuing day is all there is
    ("Einladung\n\nNeudorf, 25.11.2026\n\nTagesordnung\n1. Eröffnung\n2. Genehmigung der Niederschrift", "2026-11-25"),
    # an earlier session's minutes approved on the agenda do not date it
    ("Tagesordnung\nNeudorf, 25.11.2026\n1. Genehmigung der Niederschrift der Sitzung vom 12.11.2026\n", "2026-11-25"),
])
def test_issuing_date_and_session_date(text, date):
    assert meta(text).get("date") == date


@pytest.mark.parametrize("text, body, date", [
    ("NIEDERSCHRIFT ÜBER DIE 12. SITZUNG DES STADTRATES AM 05.12.2026\n\nTOP 1 Eröffnung\n", "Stadtrat", "2026-12-05"),
    ("ÖFFENTLICHE BEKANNTMACHUNG\n\nSITZUNG DES BAUAUSSCHUSSES AM 05.12.2026\n\nTagesordnung\n1. Eröffnung",
     "Bauausschuss", "2026-12-05"),
    ("EINLADUNG ZUR SITZUNG DES VERBANDSGEMEINDERATES LINDENAU\nAM DIENSTAG, 08.12.2026, 18:00 UHR\n\nTagesordnung\n",
     "Verbandsgemeinderat Lindenau", "2026-12-08"),
    ("BESCHLÜSSE DES KREISTAGES AUS DER SITZUNG VOM 05.12.2026\n\nDer Kreistag beschließt die Satzung.", "Kreistag",
     "2026-12-05"),
    ("Bekanntmachung der Beschlüsse der 3. Sitzung des Kreistages Oberhain\n(8. Wahlperiode) am 05.12.2026\n",
     "Kreistag Oberhain", "2026-12-05"),
    ("ÖFFENTLICHE NIEDERSCHRIFT\nder 4. Sitzung des Gemeinderates Birkental\nam Mittwoch, 02.12.2026, 19 Uhr\n",
     "Gemeinderat", "2026-12-02"),
])
def test_session_headers_in_capitals(text, body, date):
    got = meetings(text)
    assert any(d == date and b.startswith(body) for b, d in got), got


# -- a page that prints the document's title before the document ---------------------------------


@pytest.mark.parametrize("text, date", [
    # the title copied with a wrong date, then again alone, then the record
    ("Niederschrift Ortsbeirat Nord vom 09.03.2026 - Gemeinde Birkental\n\nAnsicht\n\n"
     "Niederschrift Ortsbeirat Nord vom 09.03.2026 - Gemeinde Birkental\nNiederschrift\n"
     "über die Sitzung des Ortsbeirates Nord am 02.03.2026\n", "2026-03-02"),
    # quoted by the page ("Dokument „…“"), a truncated copy, then the text
    ("Sitzung des Werkausschusses 2026 -...\n\nDokument \"Sitzung des Werkausschusses 2026 -...\"\n\n"
     "Protokoll\nder Sitzung des Werkausschusses vom 11.02.2026\n", "2026-02-11"),
    ("Beschlüsse des Bauausschusses -...\n\nHerunterladen\n\nVorschau von Beschlüsse des Bauausschusses -...\n\n"
     "Niederschrift\nüber die Sitzung des Bauausschusses am 04.02.2026\n", "2026-02-04"),
])
def test_a_title_copied_before_the_text_is_skipped(text, date):
    assert meta(text).get("date") == date


@pytest.mark.parametrize("text, body, date", [
    # a line repeated after the record's own kind line is the record's (a running header), no copy
    ("Gemeinde Birkental Ortsbeirat\nNiederschrift\nüber die Sitzung des Ortsbeirates Nord am 02.03.2026\n"
     "TOP 1 Eröffnung\nGemeinde Birkental Ortsbeirat\n", "Ortsbeirat Nord", "2026-03-02"),
    # the agenda at the head names items the record repeats: still the head's session
    ("Sitzung des Gemeinderates am 02.03.2026\nÖ 1 Eröffnung der Sitzung und Begrüßung\n"
     "zu Ö 1 Eröffnung der Sitzung und Begrüßung\nDer Bürgermeister eröffnet.\n", "Gemeinderat", "2026-03-02"),
])
def test_repeated_lines_of_the_record_are_no_title_copy(text, body, date):
    assert (body, date) in meetings(text)


# -- a record without a heading: the head says when the session ended or who was absent ----------


@pytest.mark.parametrize("text, dtype, date", [
    ("| Sitzungstermin: | Donnerstag, 03.12.2026 |\n| Sitzungsbeginn: | 19:00 Uhr |\n| Sitzungsende: | 20:07 Uhr |\n"
     "Anwesend\nHerr Albers\nAbwesend\nFrau Brandt\n", "minutes", "2026-12-03"),
    ("Gemeinderat Birkental\nSitzung am 03.12.2026\nBeginn: 19:00 Uhr\nEnde: 21:10 Uhr\n\nTOP 1 Eröffnung\n",
     "minutes", "2026-12-03"),
    ("Ortsbeirat Süd\nSitzungstag: 03.12.2026\nSitzungsdauer: 18.30 - 20.45 Uhr\n\n1. Eröffnung\n",
     "minutes", "2026-12-03"),
    ("Sitzung des Bauausschusses am 03.12.2026\nAnwesend:\nHerr Albers, Frau Cordes\nEntschuldigt:\nFrau Brandt\n\n"
     "TOP 1 Eröffnung\n", "minutes", "2026-12-03"),
    ("Sitzung des Werkausschusses am 03.12.2026\nAnwesende Mitglieder: 7\nEs fehlten: Herr Dorn, Frau Ernst\n",
     "minutes", "2026-12-03"),
    # an invitation states when the session begins, never when it ended or who was absent
    ("Einladung\nzur Sitzung des Bauausschusses am 03.12.2026\nBeginn: 19:00 Uhr\n\nTagesordnung\n1. Eröffnung\n",
     "agenda", "2026-12-03"),
    ("Sitzung des Bauausschusses am 03.12.2026, 19:00 Uhr\n\nTagesordnung\n1. Eröffnung\n", "agenda", "2026-12-03"),
    # a paper with the meeting's attendance asked for is no record
    ("Mitteilungsvorlage\nDatum: 20.11.2026\n\nBetreff: Anwesenheit in den Ausschüssen\n", "information", "2026-11-20"),
])
def test_a_record_known_by_its_end_or_its_absentees(text, dtype, date):
    m = meta(text)
    assert (m["type"], m.get("date")) == (dtype, date)


@pytest.mark.parametrize("text, dtype", [
    ("am Mittwoch, 02.12.2026, 18:00 Uhr, im Bürgerhaus\nSitzungsbeginn: 18:00 Uhr\nSitzungsende: 20:15 Uhr\n"
     "Anwesend:\nVorsitz: Herr Albers\nTagesordnung\nÖ 1 Eröffnung\n", "minutes"),
    ("Tagesordnung\nder Sitzung des Ortsrates am 02.12.2026\nAnwesend: 9 Mitglieder\nEntschuldigt: Frau Brandt\n"
     "1. Eröffnung\n", "minutes"),
    ("Tagesordnung\nder Sitzung des Ortsrates am 02.12.2026, Beginn 19 Uhr\n1. Eröffnung\n2. Verschiedenes\n",
     "agenda"),
])
def test_an_agenda_heading_over_a_session_that_ended_is_a_record(text, dtype):
    assert meta(text)["type"] == dtype


@pytest.mark.parametrize("text, date", [
    ("Neue Buslinie für Oberhain\n\nDer Kreistag will die Linie im Frühjahr beraten.\n\n© Tageblatt vom 04.01.2027 / ab",
     "2027-01-04"),
    ("Gemeinderat streitet über Bäder\n\nDie Sitzung dauerte lange.\n\nQuelle: Kreiszeitung, 4. Januar 2027\n",
     "2027-01-04"),
    ("Erschienen am 04.01.2027\n\nGemeinderat streitet über Bäder\n\nDie Sitzung dauerte lange.\n", "2027-01-04"),
    ("Veröffentlicht: Montag, 04.01.2027\n\nNeue Kita eröffnet\n\nDie Stadt feierte.\n", "2027-01-04"),
    # a statute published in the gazette is no article's date
    ("Neue Kita eröffnet\n\nDie Satzung wurde am 04.01.2027 im Amtsblatt veröffentlicht.\n", None),
])
def test_a_published_article_is_dated_by_its_source_line(text, date):
    assert meta(text).get("date") == date


# -- session heads as information systems and small councils set them -----------------------------


@pytest.mark.parametrize("text, dtype, date, meeting", [
    ("| Gremium: | Gemeinderat |\n| Sitzungsdatum: | 03.03.2026 |\n| Beginn: | 19:00 Uhr |\n| Ende: | 21:00 Uhr |\n\n"
     "TOP 1 Eröffnung", "minutes", "2026-03-03", ("Gemeinderat", "2026-03-03")),
    ("Gremium\tGemeinderat\nDatum\t03.03.2026\nUhrzeit\t19:00 Uhr\nOrt\tRathaus\n\nTagesordnung\n1. Eröffnung",
     "agenda", "2026-03-03", ("Gemeinderat", "2026-03-03")),
    ("Gemeinderatssitzung 03.03.2026\n\nTOP 1 Eröffnung\nDer Bürgermeister eröffnet die Sitzung.", "minutes",
     "2026-03-03", ("Gemeinderat", "2026-03-03")),
    ("Protokoll\nGemeinderatssitzung vom 3. Maerz 2026\n\nTOP 1 Eröffnung", "minutes", "2026-03-03",
     ("Gemeinderat", "2026-03-03")),
    ("Niederschrift Nr. 3/2026\nüber die öffentliche Sitzung des Marktgemeinderates\nam 3.März 2026\n", "minutes",
     "2026-03-03", ("Marktgemeinderat", "2026-03-03")),
    ("Kreistag des Landkreises Oberhain\n\nProtokoll der 12. Sitzung\nvom 03.03.2026\n\nTOP 1", "minutes",
     "2026-03-03", ("Kreistag", "2026-03-03")),
    ("Verbandsgemeinde Rheintal\n\nN i e d e r s c h r i f t\n\nüber die Sitzung des Verbandsgemeinderates Rheintal\n"
     "vom 03. März 2026\n", "minutes", "2026-03-03", ("Verbandsgemeinderat Rheintal", "2026-03-03")),
    ("Sitzung der Gemeindevertretung am 3. März 2026 um 19.30 Uhr im Gemeindezentrum\n\nTagesordnung:\n1. Eröffnung\n"
     "2. Einwohnerfragestunde", "agenda", "2026-03-03", ("Gemeindevertretung", "2026-03-03")),
    ("Gemeinderat Birkental - Sitzung 03.03.2026\n\nÖ 1 Eröffnung", None, "2026-03-03",
     ("Gemeinderat Birkental", "2026-03-03")),
    ("Stadtrat\nSitzung Nr. 12\n03.03.2026\n\nTOP 1 Eröffnung\nTOP 2 Haushalt", None, "2026-03-03",
     ("Stadtrat", "2026-03-03")),
    ("Beschlussauszug\naus der\nSitzung des Bauausschusses\nvom 03.03.2026\n\nTOP 4", "minutes", "2026-03-03",
     ("Bauausschuss", "2026-03-03")),
])
def test_session_heads_in_fields_tables_and_lines(text, dtype, date, meeting):
    m = meta(text)
    assert dtype is None or m["type"] == dtype
    assert m.get("date") == date
    assert meeting in meetings(text)


@pytest.mark.parametrize("text, dtype", [
    # a list under "Tagesordnung:" with a record of its decisions is the record
    ("Sitzung der Gemeindevertretung am 3. März 2026\n\nTagesordnung:\n1. Eröffnung\n\nzu 1.\n"
     "Die Gemeindevertretung beschließt einstimmig die Tagesordnung.\n", "minutes"),
    # a list without a session named is no notice of one
    ("Themen des Arbeitskreises\n\nTagesordnung:\n1. Begrüßung\n2. Rückblick\n", "other"),
])
def test_an_item_list_under_a_session_line_is_an_agenda_only_without_a_record(text, dtype):
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


@pytest.mark.parametrize("text", [
    "Beratungsfolge:\n| Gremium | Datum | Zuständigkeit |\n| Bauausschuss | 24.11.2026 | Vorberatung |\n"
    "| Gemeinderat | 05.12.2026 | Entscheidung |\n\nSachverhalt:\nDie Verwaltung schlägt vor",
    "Beratungsfolge:\n| Datum | Gremium |\n| 24.11.2026 | Bauausschuss |\n| 05.12.2026 | Gemeinderat |\n\n"
    "Sachverhalt:\nDie Verwaltung schlägt vor",
    "Sitzungsvorlage\nDatum: 10.11.2026\nBeratungsfolge\tTermin\tZuständigkeit\nBauausschuss\t24.11.2026\tVorberatung\n"
    "Gemeinderat\t05.12.2026\tEntscheidung\n",
])
def test_beratungsfolge_in_table_cells(text):
    got = meetings(text)
    assert ("Bauausschuss", "2026-11-24") in got and ("Gemeinderat", "2026-12-05") in got
    assert meta(text)["type"] == "proposal"


@pytest.mark.parametrize("text", [
    # a file's name that is no record's title, and a title line without a body
    "Anlage_3_Lageplan.pdf\n\nDer Lageplan zeigt den Geltungsbereich.\n",
    "Protokoll 03.03.2026\n\nDie Arbeitsgruppe traf sich im Jugendhaus.\n",
])
def test_no_session_from_title_lines_without_one(text):
    assert meetings(text) == []


@pytest.mark.parametrize("text, body", [
    # a municipality's letterhead names its district on the line under it
    ("Stadt Saalfelde\nLandkreis Unstrut-Helme\n\nNiederschrift\nüber die Sitzung des Stadtrates am 03.03.2026\n",
     "Stadt Saalfelde"),
    ("Gemeinde Birkental\n\nLandkreis Oberhain\nNiederschrift\n", "Gemeinde Birkental"),
    ("Verbandsgemeinde Rheintal\nKreis Oberhain\n\nEinladung\n", "Verbandsgemeinde Rheintal"),
    # the district's own paper, a city named further down
    ("Landkreis Oberhain\n\nStadt Neudorf\nNiederschrift\n", "Landkreis Oberhain"),
    ("Landkreis Oberhain\nDer Landrat\n\nMitteilungsvorlage\n", "Landkreis Oberhain"),
])
def test_a_municipality_over_its_district(text, body):
    assert meta(text).get("body") == body
