"""Document date in every written form, the issuing date against the session's, and the dates that
must NOT date a document (a cited session, a print line, a "Stand:" line, a Frist); sentences
written for these tests."""

from __future__ import annotations

import pytest

from .common import meta


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


@pytest.mark.parametrize("text", [
    "20.03.21, 10:14 Ratsinformation Talheim\n\nNiederschrift\n\nBauausschuss\nöffentliche Sitzung\n\nTOP 1\n"
    "Sitzung vom 03.03.2021\n",
    "Druckdatum: 20.03.2021\nNiederschrift\n\nBauausschuss\n\nTOP 1\nSitzung vom 03.03.2021\n",
    "https://rat.talheim.de/niederschrift 20.03.2021\nNiederschrift\n\nTOP 1\nSitzung vom 03.03.2021\n",
])
def test_minutes_not_dated_by_a_print_header(text):
    assert meta(text).get("date") != "2021-03-20"


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
