"""Meetings from German council language: shapes of session pages that name a
meeting without a "Sitzung des X am …" sentence. Every text is written for this
test; none is copied from a council's page."""

from __future__ import annotations

import pytest

from .conftest import extract_text, provenance_ok


def _meetings(text: str) -> list[tuple[str, str]]:
    rows = extract_text(text)
    assert provenance_ok(rows)
    return [(m["organization"], m["date"]) for m in rows["meetings"]]


@pytest.mark.parametrize(
    "page, meeting",
    [
        (
            "27.03.2023 - 6.3 Neubau einer Sporthalle in Nordstadt...\n\nBeschluss:\nabgelehnt\n\n"
            "Der Präsident der Bürgerschaft lässt abstimmen.\n",
            ("Bürgerschaft", "2023-03-27"),
        ),
        (
            "11.11.2021 - 1 Eröffnung der Sitzung\n\nDer Vorsitzende eröffnet die Sitzung. Die Mitglieder "
            "des Stadtrates sind ordnungsgemäß geladen.\n",
            ("Stadtrat", "2021-11-11"),
        ),
        (
            "16.09.2019 - 8.1 Änderung der Hauptsatzung\n\nDie Mitglieder des Kreistages beraten den Entwurf.\n",
            ("Kreistag", "2019-09-16"),
        ),
        (
            "02.05.2022 – 12 Bebauungsplan Nr. 4 „Am Hang“\n\nDer Vorsitzende der Gemeindevertretung "
            "ruft den Punkt auf.\n",
            ("Gemeindevertretung", "2022-05-02"),
        ),
    ],
)
def test_the_title_line_of_an_item_page_dates_its_session(page, meeting):
    assert _meetings(page) == [meeting]


@pytest.mark.parametrize(
    "page",
    [
        # no council is named: which body met is not said
        "26.04.2010 - 6.2 Standort für das Bürgerhaus\n\nBeratung\n\nDer Ausschuss berät die Varianten.\n",
        # two councils are named: which one met is not said
        "26.04.2010 - 6.2 Standort für das Bürgerhaus\n\nDie Vorlage des Stadtrates geht an den "
        "Vorsitzenden des Kreistages.\n",
        # a date line that is no item title
        "26.04.2010 - Pressemitteilung\n\nDer Präsident der Bürgerschaft lädt ein.\n",
        # the date not at the head of the page
        "Pressemitteilung\n\nAm Rande: 26.04.2010 - 6.2 Standort\nDer Präsident der Bürgerschaft lädt ein.\n",
    ],
)
def test_no_meeting_from_a_title_line_without_one_council(page):
    assert _meetings(page) == []


# -- sessions told in prose: held, being held, to be held ----------------------------------------


@pytest.mark.parametrize(
    "text, meeting",
    [
        ("Aus dem Kreis\n\nDie letzte Kreistagssitzung fand am 14. November 2026 statt. Beraten wurde der Etat.",
         ("Kreistag", "2026-11-14")),
        ("Die Gemeinderatssitzung fand am Dienstag, dem 3. November 2026 im Bürgerhaus statt.",
         ("Gemeinderat", "2026-11-03")),
        ("Die öffentliche Sitzung des Kreistages fand am 14.11.2026 in Oberhain statt.", ("Kreistag", "2026-11-14")),
        ("Die nächste Sitzung des Stadtrates findet am 05.03.2027 statt.", ("Stadtrat", "2027-03-05")),
        ("Die Bauausschusssitzung wurde am 12.10.2026 fortgesetzt.", ("Bauausschuss", "2026-10-12")),
        ("Am 14.11.2026 fand die Sitzung des Bauausschusses statt.", ("Bauausschuss", "2026-11-14")),
        ("Am 14.11.2026 fand die 7. öffentliche Sitzung des Werkausschusses statt.", ("Werkausschuss", "2026-11-14")),
        ("Am Montag, 3. März 2026, tagte der Ortschaftsrat im Dorfgemeinschaftshaus.", ("Ortschaftsrat", "2026-03-03")),
        ("Am 3.3.2026 um 19 Uhr trat die Gemeindevertretung zusammen.", ("Gemeindevertretung", "2026-03-03")),
        ("Am 03.03.2026 kamen die Stadtverordnetenversammlung und der Magistrat zusammen.",
         ("Stadtverordnetenversammlung", "2026-03-03")),
        ("Am Mittwoch, den 4. März 2026 fand die Verbandsgemeinderatssitzung statt.",
         ("Verbandsgemeinderat", "2026-03-04")),
        ("Der Stadtrat tagt am Donnerstag, 05.03.2026, um 18 Uhr im Ratssaal.", ("Stadtrat", "2026-03-05")),
        ("Der Hauptausschuss befasste sich am 12.10.2026 mit dem Haushalt.", ("Hauptausschuss", "2026-10-12")),
        ("Der Kulturausschuss beriet in öffentlicher Sitzung am 12.10.2026 über die Bücherei.",
         ("Kulturausschuss", "2026-10-12")),
        ("Zwei Stunden tagte der Stadtrat Neudorf am 12.10.2026 im Bürgersaal.", ("Stadtrat Neudorf", "2026-10-12")),
        ("In der Sitzung vom 12.10.2026 hat der Werkausschuss die Vergabe empfohlen.", ("Werkausschuss", "2026-10-12")),
        ("In seiner Sitzung am 12.10.2026 billigte der Ortsgemeinderat den Entwurf.",
         ("Ortsgemeinderat", "2026-10-12")),
        ("In ihrer letzten Sitzung vom 12. Oktober 2026 hat die Gemeindevertretung beschlossen, den Weg auszubauen.",
         ("Gemeindevertretung", "2026-10-12")),
        ("Bericht aus der 5. Sitzung des Kreistages Oberhain am 08.12.2026\n\nDer Kreistag hat den Haushalt beschlossen.",
         ("Kreistag Oberhain", "2026-12-08")),
        ("Aus der Sitzung des Stadtrates Neudorf vom 08.12.2026\n\nDer Stadtrat hat die Satzung beschlossen.",
         ("Stadtrat Neudorf", "2026-12-08")),
    ],
)
def test_a_session_told_in_prose_is_a_meeting(text, meeting):
    assert meeting in _meetings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Antrag der Fraktion vom 12.10.2026 wurde verteilt.",
        "Die Satzung vom 12.10.2019 wird geändert.",
        "Die Wahl des Kreistages am 09.06.2024 brachte neue Mehrheiten.",
        "Am 12.10.2026 fand der Tag der offenen Tür statt.",
        "Am 12.10.2026 tagte die Jury des Wettbewerbs.",
    ],
)
def test_no_meeting_from_other_events_told_in_prose(text):
    assert _meetings(text) == []


# -- tables of the Beratungsfolge laid out one cell per line -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Beratungsfolge\nBauausschuss\n24.11.2026\nÖ\nVorberatung\nGemeinderat\n05.12.2026\nÖ\nEntscheidung\n",
        "Beratungsfolge:\nBauausschuss\n24.11.2026\nVorberatung\nGemeinderat\n05.12.2026\nEntscheidung\n",
        "Beratungsfolge\nGremium\nTermin\nBauausschuss\n24.11.2026\nGemeinderat\n05.12.2026\n",
    ],
)
def test_beratungsfolge_cells_one_per_line(text):
    got = _meetings(text)
    assert ("Bauausschuss", "2026-11-24") in got and ("Gemeinderat", "2026-12-05") in got


@pytest.mark.parametrize(
    "page, meeting",
    [
        ("05.12.2026 - 4 Bebauungsplan Am Mühlbach\n\nBeschluss:\nDer Gemeinderat beschließt den Plan.\n",
         ("Gemeinderat", "2026-12-05")),
        ("05.12.2026 - 7.1 Vergabe Winterdienst\n\nDer Bauausschuss empfiehlt die Vergabe.\n",
         ("Bauausschuss", "2026-12-05")),
    ],
)
def test_the_title_line_of_an_item_page_names_any_one_body(page, meeting):
    assert _meetings(page) == [meeting]


# -- a coming session with its day and month only ------------------------------------------------


@pytest.mark.parametrize(
    "text, meeting",
    [
        ("Bekanntmachung\n\nNeudorf, 20.02.2026\n\nSitzung des Gemeinderates am Montag, 2. März, 19 Uhr, im Rathaus\n\n"
         "Tagesordnung\n1. Eröffnung", ("Gemeinderat", "2026-03-02")),
        ("Einladung\nDer Bauausschuss tritt am Dienstag, den 3. März zusammen.\nNeudorf, den 20.02.2026",
         ("Bauausschuss", "2026-03-03")),
        # the weekday says the session falls in the next year
        ("Die Kreistagssitzung am Dienstag, 12. Januar beginnt um 17 Uhr.\nOberhain, 15.12.2026",
         ("Kreistag", "2027-01-12")),
        ("Die Sitzung des Ortsgemeinderates am 14. April findet im Bürgerhaus statt.\nStand: 01.04.2026",
         ("Ortsgemeinderat", "2026-04-14")),
    ],
)
def test_a_session_without_its_year_takes_the_documents(text, meeting):
    assert meeting in _meetings(text)


@pytest.mark.parametrize(
    "text",
    [
        # no year anywhere to take
        "Sitzung des Gemeinderates am Montag, 2. März, 19 Uhr, im Rathaus",
        # the weekday fits no year near the document's
        "Sitzung des Gemeinderates am Samstag, 2. März, 19 Uhr\n" + "Die Tagesordnung folgt gesondert. " * 8
        + "\nNeudorf, 20.02.2026",
        # a date with its year is read as it stands, not as a day without one
        "Der Markt am 2. März 2026 war gut besucht.\nNeudorf, 20.02.2026",
    ],
)
def test_no_yearless_session_without_a_year_to_take(text):
    assert _meetings(text) == []


# -- a session named by the body's abbreviation, a town's title, chrome above an item page -------


@pytest.mark.parametrize(
    "text, meeting",
    [
        # a heading that opens with the abbreviation and the session's date
        ("StVV 14.9.2026 „Neue Parkordnung für die Altstadt“\n\nSehr geehrter Herr Vorsteher,\n",
         ("StVV", "2026-09-14")),
        ("SVV 14.09.2026 - Rede zum Haushalt\n\nMeine Damen und Herren,\n", ("SVV", "2026-09-14")),
        ("GV am 14.09.2026: Bericht der Fraktion\n\nDie Gemeindevertretung hat getagt.\n", ("GV", "2026-09-14")),
        # told after a preposition
        ("Die Vorlage wurde behandelt zur SVV am 14.09.2026 und vertagt.", ("SVV", "2026-09-14")),
        ("Der Antrag geht zur StVV am 14.09.2026.", ("StVV", "2026-09-14")),
        # (after "der": the body's full name, as before)
        ("Der Punkt stand auf der Tagesordnung der GV Sitzung vom 14.09.2026.", ("Gemeindevertretung", "2026-09-14")),
    ],
)
def test_a_session_named_by_the_bodys_abbreviation(text, meeting):
    assert meeting in _meetings(text)


@pytest.mark.parametrize(
    "text",
    [
        # abbreviations that name no council body
        "GmbH 14.09.2026 – Jahresabschluss\n\nDie Gesellschaft berichtet.\n",
        "DRK 14.09.2026 Blutspende im Bürgerhaus\n",
        "Die Vorlage ging zur IHK am 14.09.2026.",
        # a sentence that goes on after the date: no heading
        "SVV 14.09.2026 hat sie beschlossen\n",
    ],
)
def test_no_meeting_from_an_abbreviation_that_names_no_council(text):
    assert _meetings(text) == []


@pytest.mark.parametrize(
    "text, meeting",
    [
        ("Rede des Bürgermeisters zur Stadtratssitzung der Hansestadt Nordhaven am 12.05.2026, 18 Uhr",
         ("Stadtrat", "2026-05-12")),
        ("Rede zur Stadtratssitzung der Hanse- und Universitätsstadt\nNordhaven am 12.05.2026 im Rathaus",
         ("Stadtrat", "2026-05-12")),
        ("Ansprache zur Kreistagssitzung des Landkreises Oberhain am 12.05.2026", ("Kreistag", "2026-05-12")),
        ("Bericht zur Gemeinderatssitzung der Marktgemeinde Talbach vom 12.05.2026", ("Gemeinderat", "2026-05-12")),
        ("Sitzung des Stadtrates der Kreisstadt Nordhaven am 12.05.2026", ("Stadtrat", "2026-05-12")),
    ],
)
def test_a_session_of_a_body_of_a_town_named_by_its_title(text, meeting):
    assert meeting in _meetings(text)


@pytest.mark.parametrize("chrome", ["Inhalt\nALLRIS - Auszug\n\n", "Drucken\n\n", "Zurück\nSitzung\n\n", ""])
def test_the_title_line_of_an_item_page_under_the_sites_chrome(chrome):
    page = (f"{chrome}14.10.2026 - 4.2 Neubau der Kindertagesstätte\n\nBeschluss:\nungeändert beschlossen\n\n"
            "Der Jugendhilfeausschuss beschließt den Neubau.\n")
    assert ("Jugendhilfeausschuss", "2026-10-14") in _meetings(page)


def test_a_later_session_named_on_an_item_page_does_not_hide_the_pages_own():
    page = ("14.10.2026 - 4.2 Straßenbeleuchtung\n\nDer Bauausschuss berät den Stand. "
            "Dazu gibt es eine Vorlage für die GV am 12.11.2026.\n")
    got = _meetings(page)
    assert ("Bauausschuss", "2026-10-14") in got


@pytest.mark.parametrize(
    "text, meeting",
    [
        ("Daten angezeigt aus Sitzung:  12. Sitzung des Gemeinderates Talbach, 18.05.2026\n",
         ("Gemeinderat Talbach", "2026-05-18")),
        ("Daten aus Sitzung: Gemeinderat Talbach, 18.05.2026\n\nBeratungsfolge\n", ("Gemeinderat Talbach", "2026-05-18")),
        ("Sitzung: Bauausschuss, Di., 18.05.2026\n", ("Bauausschuss", "2026-05-18")),
        ("7. Sitzung des Kreistages Oberhain, 18.05.2026\n", ("Kreistag Oberhain", "2026-05-18")),
        # presented to a body on a day
        ("Frau Berger stellte am 21.10.2026 die Ergebnisse der Umfrage im Gemeinderat vor.", ("Gemeinderat", "2026-10-21")),
        ("Das Konzept wurde am 21.10.2026 dem Bauausschuss vorgestellt.", ("Bauausschuss", "2026-10-21")),
        ("Am 21.10.2026 präsentierte das Büro seine Pläne im Ortschaftsrat vor vollem Saal. Der Ortschaftsrat "
         "wurde am 21.10.2026 im Ortschaftsrat vorgestellt", ("Ortschaftsrat", "2026-10-21")),
    ],
)
def test_a_session_in_a_pages_field_or_something_presented_to_a_body(text, meeting):
    assert meeting in _meetings(text)


@pytest.mark.parametrize(
    "text",
    [
        # presented on a day, but to no council body
        "Frau Berger stellte am 21.10.2026 die Ergebnisse im Sportverein vor.",
        "Das Konzept wurde am 21.10.2026 der Presse vorgestellt.",
        # a body and a date in a field that is no session's
        "Zuständigkeit: Bauausschuss, Stand 18.05.2026\n",
    ],
)
def test_no_meeting_from_a_presentation_elsewhere_or_another_field(text):
    assert _meetings(text) == []


# -- a session named by its weekday only, dated from the document's date ------------------------

_NOTICE = "Pressemitteilung der Stadt Talbach vom 14.11.2026\n\n{sentence}\n"  # a Saturday


@pytest.mark.parametrize(
    "sentence, meeting",
    [
        ("Der Stadtrat hat am Donnerstag den Haushalt beschlossen.", ("Stadtrat", "2026-11-12")),
        ("Der Kreistag beschloss am Donnerstagabend die neue Satzung.", ("Kreistag", "2026-11-12")),
        ("In der Sitzung des Kreistages am Dienstagabend wurde der Etat verabschiedet.", ("Kreistag", "2026-11-10")),
        ("Die Stadtratssitzung am Mittwoch verlief ruhig.", ("Stadtrat", "2026-11-11")),
        ("Die Gemeinderatssitzung am vergangenen Montag dauerte bis Mitternacht.", ("Gemeinderat", "2026-11-09")),
        # coming sessions: the next such weekday
        ("Der Bauausschuss tagt am kommenden Montag im Rathaus.", ("Bauausschuss", "2026-11-16")),
        ("Die Stadtratssitzung am Mittwoch findet im Bürgerhaus statt.", ("Stadtrat", "2026-11-18")),
        ("Der Ortschaftsrat tritt am Dienstag zu seiner letzten Sitzung zusammen.", ("Ortschaftsrat", "2026-11-17")),
    ],
)
def test_a_session_named_by_its_weekday_is_dated_from_the_documents_date(sentence, meeting):
    assert meeting in _meetings(_NOTICE.format(sentence=sentence))


@pytest.mark.parametrize(
    "text",
    [
        # no document date to count from
        "Der Stadtrat hat am Donnerstag den Haushalt beschlossen.\n",
        # no council body
        _NOTICE.format(sentence="Der Sportverein hat am Donnerstag seinen Vorstand gewählt."),
        _NOTICE.format(sentence="Der Ausschuss hat am Donnerstag beraten."),
    ],
)
def test_no_weekday_session_without_the_documents_date_or_a_council_body(text):
    assert [m for m in _meetings(text) if m[1] != "2026-11-14"] == []


@pytest.mark.parametrize(
    "sentence, meeting",
    [
        ("Mit zwei Anträgen scheiterte die Fraktion im Kreisausschuss am Mittwoch.", ("Kreisausschuss", "2026-11-11")),
        ("Gut drei Stunden tagte der Stadtrat Neudorf am Donnerstagabend in öffentlicher Sitzung.",
         ("Stadtrat Neudorf", "2026-11-12")),
        ("Erneut tagt der Kreistag am Montag im Landratsamt.", ("Kreistag", "2026-11-16")),
    ],
)
def test_a_weekday_session_told_with_the_body_after_its_verb_or_preposition(sentence, meeting):
    assert meeting in _meetings(_NOTICE.format(sentence=sentence))


@pytest.mark.parametrize(
    "opening, meeting",
    [
        ("Der Ortsvorsteher eröffnet um 19:00 Uhr die Sitzung des Ortsrates Talbach und begrüßt die Gäste.",
         ("Ortsrat Talbach", "2026-11-14")),
        ("Bürgermeisterin Lenz eröffnete die 12. öffentliche Sitzung des Gemeinderates.", ("Gemeinderat", "2026-11-14")),
        ("Herr Weber eröffnet um 18.30 Uhr die Stadtratssitzung.", ("Stadtrat", "2026-11-14")),
    ],
)
def test_the_session_a_record_opens_on_the_records_date(opening, meeting):
    text = f"Niederschrift\n\nDatum: 14.11.2026\n\n{opening}\n\nTOP 1 Einwohnerfragestunde\n\nEs gibt keine Fragen.\n"
    assert meeting in _meetings(text)


def test_no_session_from_an_opened_exhibition():
    text = ("Niederschrift\n\nDatum: 14.11.2026\n\nDie Bürgermeisterin eröffnet die Ausstellung des Kunstvereins.\n\n"
            "TOP 1 Einwohnerfragestunde\n\nEs gibt keine Fragen.\n")
    assert [m for m in _meetings(text) if m[0] != "Kunstverein"] == []


@pytest.mark.parametrize(
    "head, meeting",
    [
        ("Anmeldung\n\nGemeinderatssitzung\n\nDienstag, 20. September 2026, 19:00 Uhr\nRathaus Talbach\n",
         ("Gemeinderat", "2026-09-20")),
        ("Kreistagssitzung\nMontag, 14.09.2026, 15 Uhr\nLandratsamt, großer Saal\n", ("Kreistag", "2026-09-14")),
        ("Öffentliche Bauausschusssitzung\nMittwoch, den 16.09.2026\n", ("Bauausschuss", "2026-09-16")),
    ],
)
def test_a_session_head_of_its_compound_over_its_weekday_and_date(head, meeting):
    assert meeting in _meetings(head + "\nTagesordnung\n\n1. Fragen der Einwohner\n")


def test_no_session_head_from_a_compound_in_a_sentence_over_a_date():
    text = "Die nächste Gemeinderatssitzung wird verschoben\nMontag, 14.09.2026: Sprechstunde im Rathaus\n"
    assert ("Gemeinderat", "2026-09-14") not in _meetings(text)


@pytest.mark.parametrize(
    "text, meeting",
    [
        ("Niederschrift\n\nDatum: 14.11.2026\n\nHerr Lange eröffnet um 19.00 Uhr die Gemeindevertretersitzung.\n\n"
         "TOP 1 Fragen\n", ("Gemeindevertretung", "2026-11-14")),
        ("Niederschrift\n\nDatum: 14.11.2026\n\nFrau Roth eröffnete die öffentliche Stadtvertretersitzung.\n\n"
         "TOP 1 Fragen\n", ("Stadtvertretung", "2026-11-14")),
        # an item page whose only body is the one its session's compound names
        ("14.10.2026 - 3 Änderungen der Tagesordnung\n\nDer Punkt wird auf die nächste Gemeindevertretersitzung vertagt.\n",
         ("Gemeindevertretung", "2026-10-14")),
    ],
)
def test_a_session_of_a_vertretung_named_by_its_members_compound(text, meeting):
    assert meeting in _meetings(text)
