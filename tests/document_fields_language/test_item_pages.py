"""Pages of a council information system that show one agenda item and what the meeting did with it
(no heading, no session header), session pages headed by a body and its day and hour, motions named
for their kind, and the dates such pages carry; sentences written for these tests."""

from __future__ import annotations

import pytest

from .common import meta


# -- an item's page without a heading: what the meeting did, told as minutes tell it ---------------


@pytest.mark.parametrize("text", [
    # a body deciding, in the present, as the paragraph that opens a line
    "Der Gemeinderat beschließt, die Hundesteuersatzung in der vorgelegten Fassung zu ändern.",
    "Die Stadtverordnetenversammlung beschließt\ndie Hauptsatzung in der Anlage beigefügten Fassung.\n"
    "\u201eDer Magistrat hat sieben Mitglieder.\u201c",
    "Der Ortschaftsrat nimmt den Bericht der Verwaltung über die Baumpflege zur Kenntnis.",
    "Der Marktgemeinderat nimmt den Prüfbericht des Kommunalen Prüfungsverbandes zustimmend zur Kenntnis.",
    "Der Bauausschuss stimmt dem Bauantrag unter der Bedingung zu, dass zwei Stellplätze nachgewiesen werden.",
    "Der Kreistag lehnt den Antrag der Fraktion nach kurzer Aussprache ab.",
    "Der Ausschuss für Umwelt und Verkehr empfiehlt dem Rat, die Buslinie 12 zu verlängern.",
    "Der Haupt- und Finanzausschuss vertagt die Beratung auf die nächste Sitzung.",
    # speakers named by their office, in the present or the past
    "Ausschussmitglied Krämer möchte wissen, wann das Hallenbad wieder öffnet.\n\n"
    "Bürgermeisterin Lorenz antwortet, die Ausschreibung laufe bis Oktober.",
    "Ratsvorsitzender Albers regt an, die Sitzung um 21 Uhr zu unterbrechen.",
    "Herr Oltmanns erkundigte sich nach den Kosten der Fassade.",
    "Frau Behrens legt die Haltung ihrer Fraktion zum Radwegekonzept dar.",
    "GR Maier verweist auf die hohen Kosten der Maßnahme.",
    "Stadträtin Vogel betonte die Bedeutung der Schulsozialarbeit.",
    "Ortsbürgermeister Keller ergänzt, dass die Zuwegung bereits hergestellt sei.",
    # the members, with the verb first
    "Daraufhin stimmen sich die Ausschussmitglieder kurz ab und vertagen den Punkt.",
    "Nach kurzer Diskussion sprechen sich die Mitglieder für die Variante B aus.",
    # the session's own business
    "Die Tagesordnung wurde ohne Gegenstimmen genehmigt.",
    "Sodann wird die um einen Dringlichkeitsantrag erweiterte Tagesordnung gebilligt.",
    "Zur Tagesordnung gibt es keine Wortmeldungen.",
    "Hierzu wurde bereits bei Punkt 2 Beschluss gefasst.",
    # a result as a line of its own under the discussion
    "Nach Aussprache wird über die Vorlage abgestimmt.\n\neinstimmig\n",
    "Die Verwaltung erläutert die Kostenschätzung.\n\nMehrheitlich beschlossen.\n",
])
def test_an_items_page_is_minutes(text):
    assert meta(text)["type"] == "minutes"


@pytest.mark.parametrize("text, dtype", [
    # a Vorlage's proposed decision is no decision taken
    ("Beschlussvorschlag:\nDer Gemeinderat beschließt, die Hundesteuersatzung zu ändern.\n\n"
     "Sachverhalt:\nDie Satzung stammt aus dem Jahr 2001.", "proposal"),
    ("Beratungsfolge:\nGemeinderat 12.03.2024 Entscheidung\n\nDer Gemeinderat beschließt, den Zuschuss zu gewähren.\n"
     "\nBegründung:\nDer Verein hat einen Antrag gestellt.", "proposal"),
    # a motion asks the body to decide
    ("Der Rat möge beschließen:\nDie Verwaltung wird beauftragt, ein Radwegekonzept vorzulegen.", "motion"),
    # a press release with its dateline
    ("Neuheim, 3. Mai 2024 – Der Bürgermeister eröffnete am Freitag den neuen Spielplatz am Stadtpark.", "information"),
])
def test_what_is_no_items_page(text, dtype):
    assert meta(text)["type"] == dtype


@pytest.mark.parametrize("text", [
    "Die Stadt plant, im Sommer eine neue Buslinie einzurichten. Die Kosten betragen 40.000 Euro.",

    "Der Spielplatz am Stadtpark ist ab Montag wieder geöffnet.",
    # a lowercase word alone on a line that is no result
    "Die Sanierung verlief\n\nplanmäßig\n",
])
def test_plain_text_stays_other(text):
    assert meta(text)["type"] == "other"


def test_an_items_page_is_not_dated_by_its_content():
    text = ("Die Gemeindevertretung beschließt die Änderung der Benutzungsordnung\nfür das Bürgerhaus vom "
            "12. Mai 2010:\n\u201eDie Räume stehen Vereinen kostenfrei zur Verfügung.\u201c\n")
    m = meta(text)
    assert m["type"] == "minutes"
    assert m.get("date") is None


# -- a session's page headed by its body and its day and hour -------------------------------------


_SESSION_AGENDA = (
    "Gemeinderat\n\nMittwoch, 13. März 2024, 19:00 Uhr\nSitzungssaal im Rathaus\n\n"
    "1. Fragen der Einwohner\n\n2. Protokoll der Sitzung vom 14.02.2024\n\n"
    "3. Bebauungsplan \"Am Sportplatz\" - Aufstellungsbeschluss\n\n4. Verschiedenes\n"
)


def test_a_session_head_over_its_items_is_an_agenda():
    m = meta(_SESSION_AGENDA)
    assert m["type"] == "agenda"
    assert m["date"] == "2024-03-13"


@pytest.mark.parametrize("text, date", [
    ("Sitzung des Verbandsgemeinderates\n\nDienstag, 5. November 2024, 18:30 Uhr\n\nTagesordnung\n\n"
     "1. Einwohnerfragen\n\n2. Protokoll der Sitzung vom 08.10.2024\n\n"
     "3. Mitteilung der am 08.10.2024 nichtöffentlich gefassten Beschlüsse\n\n"
     + "".join(f"{n}. Haushaltsangelegenheiten Teil {n}\n\n" for n in range(4, 40))
     + "Protokoll\n\nAnwesend:\nBürgermeister Paul Adler\n"
     "Gemeinderätin Eva Busch\n\nAbwesend:\nGemeinderat Karl Conrad (krank)\n\nBeginn: 18.30 Uhr\nEnde: 21.10 Uhr\n",
     "2024-11-05"),
    ("Ausschusssitzung\nDo, 07.03.2024, 17:00 Uhr\n\nAnwesend:\nFrau Dahl\nHerr Ernst\n\nEntschuldigt:\nFrau Fuchs\n\n"
     "1. Eröffnung\n", "2024-03-07"),
])
def test_a_session_head_with_attendance_is_minutes(text, date):
    m = meta(text)
    assert m["type"] == "minutes"
    assert m["date"] == date


@pytest.mark.parametrize("text, date", [
    # the session's day and hour, not the invitation's date in the same sentence
    ("Mit Schreiben vom 02.04.2024 hatte der Vorsitzende zur Sitzung am Dienstag, dem 09.04.2024, 19:00 Uhr, "
     "geladen.\nEnde der Sitzung: 21:15 Uhr\nAnwesend:\nBürgermeister Gerd Haas\n"
     "Entschuldigt:\nRatsmitglied Ina Jung\n", "2024-04-09"),
    # an agenda item cites an earlier session: its date is not the session's
    ("Sitzung des Bauausschusses\nTagesordnung\n1. Eröffnung\n2. Protokollkontrolle der Sitzung vom 12.01.2023\n"
     "3. Bauanträge\nÖffentliche Sitzung des Bauausschusses am 9. Februar 2023\nAnwesend:\nHerr Kurz\n"
     "Abwesend:\nFrau Lang\n", "2023-02-09"),
])
def test_session_dates_in_the_head_of_minutes(text, date):
    assert meta(text)["date"] == date


# -- motions named for their kind ------------------------------------------------------------------


@pytest.mark.parametrize("text, label", [
    ("Geschäftsordnungsantrag vom 4.3.2024\n\nAuf Schluss der Debatte zu TOP 7", "Geschäftsordnungsantrag"),
    ("Einwohnerantrag\nnach § 20b der Gemeindeordnung\n\nDie Unterzeichnenden beantragen", "Einwohnerantrag"),
    ("Resolutionsantrag der Fraktionen SPD und Grüne\n\nDer Kreistag möge beschließen", "Resolutionsantrag"),
])
def test_a_motion_named_for_its_kind(text, label):
    m = meta(text)
    assert (m["type"], m["type_label"]) == ("motion", label)


@pytest.mark.parametrize("text", [
    "Bauantrag zur Errichtung einer Garage auf dem Grundstück Flst. 12/3\n\nSachverhalt:\nDer Bauherr beantragt",
    "Förderantrag für die Sanierung der Turnhalle\n\nDie Verwaltung hat einen Antrag gestellt.",
])
def test_an_application_is_no_motion(text):
    assert meta(text)["type"] != "motion"


def test_a_motions_date_on_its_heading_line():
    assert meta("Geschäftsordnungsantrag vom 4.3.2024\n\nAuf Schluss der Debatte")["date"] == "2024-03-04"


# -- a paper's own date where it stands on a line of its own ----------------------------------------


@pytest.mark.parametrize("text, date", [
    ("Stadt stellt Ergebnisse der Verkehrszählung vor\n\n14.05.2024\n\nDie Stadt hat im April an zwölf Stellen gezählt.",
     "2024-05-14"),
    ("Neue Öffnungszeiten im Bürgerbüro\nFreitag, 3. Mai 2024\n\nAb Juni öffnet das Bürgerbüro auch samstags.",
     "2024-05-03"),
])
def test_a_date_line_under_the_title(text, date):
    assert meta(text)["date"] == date


def test_a_running_date_under_every_slide():
    slides = "".join(f"Mobilität im Alter\nFolie {n}\n{n * 7} Antworten\n21.03.2023\n{n}\n" for n in range(1, 5))
    assert meta("Ergebnisse der Seniorenbefragung\n\n" + slides)["date"] == "2023-03-21"


def test_two_different_dates_repeated_are_no_running_date():
    text = ("Bericht über die Ferienbetreuung\n\nDie Betreuung fand in zwei Durchgängen statt.\nBeide waren voll belegt.\n"
            "Die Rückmeldungen waren gut.\n" + "01.02.2023\nText\n" * 2 + "05.06.2023\nText\n" * 2
            + "Für das kommende Jahr plant die Verwaltung einen dritten Durchgang in den Herbstferien.\n")
    assert meta(text).get("date") is None


@pytest.mark.parametrize("text, date", [
    ("Der Ortsbeirat hat in seiner letzten Sitzung am 18.06.2024 Folgendes beschlossen:\nNeubau Kindergarten\n",
     "2024-06-18"),
    ("Der Kreistag hat in seiner öffentlichen Sitzung vom 3. Mai 2023 beschlossen:\nDie Kreisumlage bleibt.\n",
     "2023-05-03"),
    ("In der Sitzung des Ortschaftsrates am 12.09.2022 wurden folgende Beschlüsse gefasst:\n1. Spielplatz\n",
     "2022-09-12"),
])
def test_a_notice_of_decisions_dated_by_its_session(text, date):
    assert meta(text)["date"] == date


# -- a letterhead's date at the end of a contact line -----------------------------------------------


@pytest.mark.parametrize("text, date", [
    ("Gemeinde Talheim\nFachbereich Finanzen\nAnsprechpartnerin: Frau Klein\nTelefon: 07131 5566-12 21.08.2025\n"
     "Vorlage Nr. 44/2025\nBeschlussvorlage\nBeratungsfolge Termin\nGemeinderat 16.09.2025 Entscheidung\n\n"
     "Beschlussvorschlag:\nDer Gemeinderat stimmt zu.", "2025-08-21"),
    ("Stadt Neuheim\nAz.: 61.2/14   12.03.2024\nMitteilungsvorlage\n\nBetreff: Radverkehr\n", "2024-03-12"),
    ("Samtgemeinde Oberland\nSachbearbeiterin: Frau Jahn 03.02.2023\nInformationsvorlage\n\nBetreff: Kitaplätze\n",
     "2023-02-03"),
])
def test_a_letterhead_date(text, date):
    assert meta(text)["date"] == date


def test_a_phone_number_is_no_date():
    text = ("Gemeinde Talheim\nTelefon: 07131 5566-12\nBeschlussvorlage\nBeratungsfolge Termin\n"
            "Gemeinderat 16.09.2025 Entscheidung\n\nBeschlussvorschlag:\nDer Gemeinderat stimmt zu.")
    assert meta(text)["date"] == "2025-09-16"


@pytest.mark.parametrize("line", [
    "Telefon: 0511 123-45 17.06.2025",
    "Tel.: 07131 55 66 12 21.08.2025",
    "Durchwahl: 123-45 3.2.2024",
])
def test_redaction_keeps_a_letterhead_date(line):
    from councildata.redact import redact_text

    redacted, counts = redact_text(f"Gemeinde Talheim\n{line}\nBeschlussvorlage\n")
    assert counts.get("phone") == 1
    assert line.rsplit(" ", 1)[1] in redacted
    assert meta(redacted)["date"] == meta(f"Gemeinde Talheim\n{line}\nBeschlussvorlage\n")["date"]


# -- a city's news without a kind word ---------------------------------------------------------------


@pytest.mark.parametrize("text, date", [
    ("Stadt Neuheim – Presse- und Öffentlichkeitsarbeit\n\n12.03.2024\n\nStadt saniert die Brücke am Markt\n\n"
     "Die Arbeiten beginnen im April.", "2024-03-12"),
    ("Pressestelle des Landkreises\nKreis fördert Vereinsheime\nDer Kreisausschuss hat zwölf Anträge bewilligt.",
     None),
    ("Neue Buslinie ab Juni\n03.04.2021\nAb dem 1. Juni fährt die Linie 12 auch sonntags. Die Stadtwerke haben "
     "dazu den Fahrplan angepasst und zwei neue Haltestellen eingerichtet.\n", "2021-04-03"),
])
def test_a_news_article_is_information(text, date):
    m = meta(text)
    assert m["type"] == "information"
    assert m.get("date") == date


@pytest.mark.parametrize("text", [
    "Gemeinderat\n12.03.2024\nTOP 1 Eröffnung\n",
    "Sitzungskalender\n12.03.2024\nGemeinderat, Bauausschuss, Sozialausschuss\n",
])
def test_a_dated_list_is_no_article(text):
    assert meta(text)["type"] != "information"


@pytest.mark.parametrize("text", [
    "Aus unserer Fraktion\n\nBeim Haushalt sprachen sich die Mitglieder für Einsparungen bei den Festen aus.",
    "Bericht unserer Fraktion\n\nIm Juni stimmten die Kreistagsmitglieder unserem Vorschlag mit großer Mehrheit zu.",
])
def test_a_groups_report_in_the_past_is_no_minutes(text):
    # the members' assent told in the past is a report of the session, not its record
    assert meta(text)["type"] != "minutes"
