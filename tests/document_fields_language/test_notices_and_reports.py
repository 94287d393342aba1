"""Records found below a page's menus, reports of a session, notices of a session's decisions, gazette
issues and records opened by the session held: their type and the date they carry. Sentences written
for these tests (invented places and bodies)."""

from __future__ import annotations

import pytest

from .common import meta

_MENU = "Startseite\nRathaus\nBürgerservice\nAktuelles\nKontakt\nImpressum\nSuche\nSprache\nBarrierefrei\n" \
        "Öffnungszeiten\nMo-Fr 8-12 Uhr\nTelefon 01234 5678\nNewsletter\nVeranstaltungen\nAnfahrt\n\n"


# -- the record of a dated session named on a line below a site's menus or a place-and-date line ------


@pytest.mark.parametrize("text, label, date", [
    (_MENU + "Niederschrift über die 7. öffentliche Sitzung des Gemeinderates am Montag, 3. März 2025\n\n"
     "1. Begrüßung\nDer Bürgermeister eröffnet die Sitzung.", "Niederschrift", "2025-03-03"),
    # set in spaced letters, under the day the record was written
    ("Gemeinde Ahlhorn, 5. März 2025\n\nP r o t o k o l l zur 7. Sitzung des Rates am "
     "Montag, 3. März 2025, 19.00 Uhr, Dorfgemeinschaftshaus\n\nAnwesend: 11 Ratsmitglieder",
     "Protokoll", "2025-03-03"),
    # the public part of it, in a municipal newsletter
    ("Talbote\nAusgabe 11/2025\nAus der Verwaltung\n\nÖffentlicher Teil der Niederschrift über die 4. Sitzung des "
     "Ortsgemeinderates Oberau am 12.05.2025\n\n1. Einwohnerfragestunde\nEs gab keine Fragen.",
     "Niederschrift", "2025-05-12"),
    ("Blättchen der Verbandsgemeinde\nNr. 20\n\nNichtöffentlicher Teil der Niederschrift über die Sitzung des "
     "Bauausschusses vom 07.04.2025\n\nGrundstücksangelegenheiten", "Niederschrift", "2025-04-07"),
    (_MENU + "Protokoll der Sitzung des Umweltausschusses vom 4.3.2025\n\nTOP 1 Baumschutz",
     "Protokoll", "2025-03-04"),
    # a report of the session
    (_MENU + "Bericht über die Gemeinderatssitzung vom 18. November 2024\n\nBürgermeister Roth informierte "
     "über den Stand der Planungen.", "Bericht", "2024-11-18"),
    (_MENU + "Bericht aus der Sitzung des Ortschaftsrates am 9. Oktober 2024\n\nDer Ortschaftsrat beriet über "
     "den Spielplatz.", "Bericht", "2024-10-09"),
])
def test_record_line_below_the_head(text, label, date):
    m = meta(text)
    assert (m.get("type"), m.get("type_label"), m.get("date")) == ("minutes", label, date)


@pytest.mark.parametrize("text, date", [
    ("Aus dem Gemeinderat\n\nSitzungsbericht der Gemeinderatssitzung vom 25.10.2024\nAnwesend: Bürgermeister "
     "und 9 Gemeinderäte\n\n1. Bürgerfragestunde", "2024-10-25"),
    ("Sitzungsbericht\nGemeinderat Felsberg, Sitzung vom 3. Februar 2025\n\nDer Gemeinderat beriet über die "
     "Kita-Gebühren.", "2025-02-03"),
])
def test_a_sitzungsbericht_records_its_session(text, date):
    m = meta(text)
    assert (m.get("type"), m.get("date")) == ("minutes", date)


@pytest.mark.parametrize("text, dtype", [
    # a report named for its subject stays a report
    ("Jahresbericht 2024\n\nDie Bücherei zählte 12.000 Besuche.", "information"),
    ("Sachstandsbericht\n\nDer Umbau der Schule liegt im Zeitplan.", "information"),
    # a line citing the minutes of another session inside a Vorlage does not make it a record
    ("Beschlussvorlage\n\nBetreff: Feuerwehrhaus\n\nSachverhalt:\nIn der Niederschrift über die Sitzung des "
     "Bauausschusses vom 03.03.2025 ist der Stand festgehalten.", "proposal"),
])
def test_not_a_record_of_a_session(text, dtype):
    assert meta(text).get("type") == dtype


# -- notices of a session's decisions and whole gazette issues ----------------------------------------


@pytest.mark.parametrize("text, date", [
    (_MENU + "Bekanntmachungen\n\nMo 02.06.2025 10:15\n\nBeschlüsse des Gemeinderates vom 22.05.2025\n\n"
     "In öffentlicher Sitzung des Gemeinderates am 22.05.2025 wurden folgende Beschlüsse gefasst:\n\n"
     "Beschluss-Nr. 12/2025\nDer Gemeinderat beschließt die Sanierung des Daches. Die Niederschrift der "
     "Sitzung vom 10.04.2025 wird genehmigt.", "2025-05-22"),
    ("Amtsblatt der Gemeinde Nordtal\nAusgabe 6/2025\n\nBekanntmachung von Beschlüssen\n\nDie nachstehend "
     "aufgeführten Beschlüsse wurden im öffentlichen Teil der 9. Sitzung des Gemeinderates, die am 14.04.2025 "
     "im Ortsteil Au stattfand, gefasst.\n\nBeschluss-Nr.: 9-101-2025\nDer Gemeinderat beschließt den "
     "Haushalt.", "2025-04-14"),
    ("Bekanntmachung der Beschlüsse der Stadtverordnetenversammlung vom 3. Juli 2025\n\nDie "
     "Stadtverordnetenversammlung hat beschlossen: Der Bebauungsplan Nr. 4 wird aufgestellt.", "2025-07-03"),
    ("Der Kreistag hat in seiner Sitzung am 16.06.2025 folgende Beschlüsse gefasst:\n\nBeschluss-Nr. "
     "KT/2025/33\nDer Kreistag beschließt die Satzung. Abstimmung: einstimmig", "2025-06-16"),
])
def test_a_notice_of_decisions_is_dated_by_its_session(text, date):
    m = meta(text)
    assert (m.get("type"), m.get("date")) == ("minutes", date)


@pytest.mark.parametrize("text, date", [
    ("Amtsblatt\nfür den Zweckverband Wasser Nordheide\n3. Jahrgang Nordheide, 20.11.2025 Nr. 04\nInhalt Seite\n"
     "1. Beschlüsse der Verbandsversammlung vom 16.09.2025 2\n\nAmtsblatt Zweckverband\n3. Jahrgang / Nr. 04 vom "
     "20.11.2025\nSeite 2 von 5\n1. Bekanntmachung\nDie Verbandsversammlung hat in ihrer Sitzung am 16.09.2025 "
     "folgende Beschlüsse gefasst:\nBeschluss-Nr.: 05/09/25:\nDie Verbandsversammlung beschließt den Wirtschaftsplan.\n"
     "Abstimmung: Ja-Stimmen: 4 Nein-Stimmen: 0 Enthaltungen: 0", "2025-11-20"),
    ("Amtsblatt für die Gemeinde Seeburg\nNr. 7/2025 vom 4. April 2025\n\nBekanntmachung der Beschlüsse des "
     "Gemeinderates vom 24.03.2025\n\nBeschluss 31/2025: Der Gemeinderat beschließt die Gebührensatzung. "
     "Abstimmung: einstimmig", "2025-04-04"),
])
def test_a_gazette_issue_is_dated_by_its_issue_line(text, date):
    assert meta(text).get("date") == date


# -- a record opened by the session held -----------------------------------------------------------


@pytest.mark.parametrize("text, date", [
    ("Unter dem Vorsitz von Bürgermeisterin Weber findet am 16.05.2025 im Bürgerhaus eine Sitzung des "
     "Verbandsgemeinderates statt.\nIn dieser Sitzung werden folgende Beschlüsse gefasst:\n1. Kita-Gebühren\n"
     "Der Rat stimmt zu.", "2025-05-16"),
    ("Wortprotokoll\nDie Vorsitzende begrüßt die Anwesenden; für die heutige Sitzung am 4. September 2025 sei "
     "fristgerecht geladen worden.\nDie Tagesordnung wird ohne Änderung gebilligt.", "2025-09-04"),
    ("Die Sitzung des Ortsbeirates fand am 2. Mai 2025 im Vereinsheim statt.\nDer Ortsbeirat beriet über die "
     "Straßenbeleuchtung und stimmte dem Plan zu.", "2025-05-02"),
])
def test_a_record_dated_by_the_session_it_opens_with(text, date):
    assert meta(text).get("date") == date


@pytest.mark.parametrize("text", [
    # a session still to come in a letter, and a session cited in running text, date nothing
    "Sehr geehrte Damen und Herren,\nwir danken für Ihr Schreiben. Die Angelegenheit wird in einer späteren "
    "Sitzung beraten.\nMit freundlichen Grüßen",
])
def test_no_session_held_no_date(text):
    assert meta(text).get("date") is None


@pytest.mark.parametrize("text, dtype", [
    # a survey's tally of answers with their shares is no vote
    ("Ergebnisse der Umfrage zum Marktplatz\n\nSoll der Marktplatz autofrei werden?\nJA: 140 = 61,4 % NEIN: 88 = "
     "38,6 %\n\nVielen Dank an alle, die mitgemacht haben.", "information"),
    ("Umfrage Tempo 30\nJa: 95 (52,5 %) Nein: 86 (47,5 %)\nDie Gemeinde wertet die Antworten aus.", "information"),
    # a vote counted is
    ("TOP 4 Tempo 30\nAbstimmung: Ja: 9 Nein: 4\n", "minutes"),
    ("TOP 4 Tempo 30\nJa-Stimmen: 14 Nein-Stimmen: 2 Enthaltungen: 1\n", "minutes"),
])
def test_a_tally_of_answers_is_no_vote(text, dtype):
    assert meta(text).get("type") == dtype


# -- a form whose value runs into the next field; a list of who took part; a paper's date in a heading -----


@pytest.mark.parametrize("text, dtype", [
    ("Drucksache - 0412/V\n\nBetreff: Radweg am Kanal\nStatus:öffentlich\nDrucksache-Art:AntragBeschluss\n"
     "Beratungsfolge:\nBezirksverordnetenversammlung", "motion"),
    ("Vorlage - 2025/114\nBetreff: Spielplatz\nVorlagenart:MitteilungsvorlageBeratungsfolge:\nBauausschuss",
     "information"),
    ("Vorlage - 2025/115\nBetreff: Spielplatz\nVorlagenart: Beschlussvorlage\nBeratungsfolge:\nBauausschuss",
     "proposal"),
])
def test_a_type_field_run_into_the_next_word(text, dtype):
    assert meta(text).get("type") == dtype


@pytest.mark.parametrize("text", [
    "An der Beratung nahmen teil:\n\nFrau Dr. Lenz, Planungsbüro Süd\n\nDer Landrat berichtet über die Befragung "
    "der Kunden: 88 Prozent seien zufrieden.",
    "An der Sitzung nahmen außerdem teil:\nKämmerer Vogt\nProtokoll: Frau Roth\n\nDer Vorsitzende eröffnet die Sitzung.",
    "Es nahmen teil:\nBürgermeister Kurz, 12 Gemeinderäte\n\n1. Haushalt 2026\nDer Haushalt wird beraten.",
])
def test_a_list_of_who_took_part_makes_a_record(text):
    assert meta(text).get("type") == "minutes"


@pytest.mark.parametrize("text", [
    # those who took part in a survey are no attendance list
    "Umfrage zum Nahverkehr\n\nAn der Umfrage nahmen 412 Haushalte teil. 61 Prozent nutzen den Bus.",
])
def test_taking_part_in_a_survey_is_no_attendance_list(text):
    assert meta(text).get("type") != "minutes"


@pytest.mark.parametrize("text, date", [
    ("Auszug - Radweg Nord Antrag der Fraktion Bündnis 90/Die Grünen vom 12.02.2025\n|\nWortprotokoll |\n"
     "Der Vorsitzende geht auf den Antrag ein. Herr Kahl erläutert ihn.", None),
    ("Auszug - Radweg Nord Anfrage der CDU-Fraktion vom 3. März 2025\nDer Vorsitzende verliest die Anfrage.", None),
    # the session's own date on such a line still dates the record
    ("Auszug aus der Niederschrift über die Sitzung des Kreistages vom 20.03.2025\nTOP 5 Antrag der Fraktion X "
     "vom 12.02.2025\nDer Kreistag stimmt zu.", "2025-03-20"),
])
def test_a_papers_date_on_a_records_heading_is_not_the_session(text, date):
    assert meta(text).get("date") == date
