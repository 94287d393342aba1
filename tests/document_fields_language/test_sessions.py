"""Session headers in their common shapes (lines, fields, tables, capitals, running headers), the
meetings they give, a session's times, place and part, and the lines that name no session;
sentences written for these tests."""

from __future__ import annotations

import pytest

from .common import meetings, meta


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


def test_part_line_in_the_record_marks_the_items_after_it():
    from councildata.extract import structure

    text = ("Niederschrift über die Sitzung des Gemeinderates am 03.03.2021\n\n"
            "Öffentlicher Teil\n\nTOP 1 Haushalt\nDer Gemeinderat beschließt den Haushalt.\n\n"
            "Nichtöffentlicher Teil\n\nTOP 2 Grundstücksangelegenheiten\nDer Gemeinderat stimmt dem Verkauf zu.\n")
    tree = structure.parse(text, {"type": "minutes"})
    assert [(it.label, it.public) for it in tree.items] == [("TOP 1", True), ("TOP 2", False)]


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
