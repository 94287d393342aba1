"""A session read from a date field at the head of an information system's
page or a record's head table ("Sitzung: 13.02.2025 Kreistag", "|
Sitzungstermin: | Donnerstag, 21.09.2023 |"), its body from the same line,
a "Gremium:" field or the body the record names most; and the sessions
above numbered decision lists as meetings. Texts written for these tests."""

from __future__ import annotations

import pytest

from councildata.extract.structure import read_session

from .conftest import extract_text, provenance_ok


@pytest.mark.parametrize("text, body, date", [
    ("Sitzung: 13.02.2025 Kreistag\nBeschluss: mehrheitlich abgelehnt\nAbstimmung: Ja: 12, Nein: 20\n",
     "Kreistag", "2025-02-13"),
    ("TOP Ö 4: Bauantrag Flurstück 212\n\nSitzung:05.06.2023   BA/007/2023\nBeschluss: ungeändert beschlossen\n"
     "Der Bauausschuss erteilt das Einvernehmen.\n", "Bauausschuss", "2023-06-05"),
    ("| Sitzungstermin: | Donnerstag, 21.09.2023 |\n| Sitzungsbeginn: | 18:00 Uhr |\nAnwesend\n"
     "| 1 | Genehmigung der Niederschrift |\n| 2 | Verabschiedung eines Mitglieds des Gemeinderates |\n"
     "| 3 | Nachbesetzung im Ausschuss für Schulen und Kultur |\n", "Gemeinderat", "2023-09-21"),
    ("Gremium: Ortschaftsrat Unterau\nSitzungsdatum: Mo, 06.05.2024\n", "Ortschaftsrat Unterau", "2024-05-06"),
    ("Datum der Sitzung: 3. März 2024\nDer Stadtrat tagte im Ratssaal. Der Stadtrat beschloss den Haushalt.\n",
     "Stadtrat", "2024-03-03"),
    # the record's own session named in its opening
    ("Die Ortsvorsteherin begrüßt die Mitglieder; zu der heutigen Sitzung am 4. März 2024 wurde form- "
     "und fristgerecht geladen.\nDer Ortsrat ist beschlussfähig.\n", "Ortsrat", "2024-03-04"),
    ("Frau Ahrens begrüßt die Anwesenden zur heutigen konstituierenden Sitzung des Kreistages am Montag, "
     "den 17.06.2024.\n", "Kreistag", "2024-06-17"),
    # people's titles are no body: the assembly the record names is
    ("| Sitzungstermin: | Dienstag, 14.11.2023 |\nAnwesend:\nKarl Behm, Erster Stadtrat\nIna Lorenz, Stadtrat\n"
     "Der Vorsteher begrüßt die Mitglieder der Stadtverordnetenversammlung und den Magistrat.\n",
     "Stadtverordnetenversammlung", "2023-11-14"),
])
def test_a_session_date_field(text, body, date):
    s = read_session(text, "minutes")
    assert s is not None and (s.body, s.date) == (body, date)


@pytest.mark.parametrize("text", [
    # a field that names no body in a text that names none
    "| Sitzungstermin: | Montag, 11.12.2023 |\n| Ort: | Seniorentreff |\nTagesordnung\n",
    # a deputy is no body
    "| Sitzungstermin: | Montag, 11.12.2023 |\nStellvertretung: Frau Kraus\n",
    # a session to come is not today's
    "Die nächste Sitzung des Ortsrates findet am 4. März 2024 statt.\n",
    # two bodies named as often, neither a council: undecided
    "Sitzungsdatum: 11.12.2023\nBericht aus dem Bauausschuss und dem Finanzausschuss.\n",
])
def test_no_session_from_a_field_without_its_body(text):
    s = read_session(text, "minutes")
    assert s is None or s.date is None


def test_a_session_field_is_a_meeting():
    rows = extract_text("Sitzung: 13.02.2025 Kreistag\nBeschluss: mehrheitlich abgelehnt\n"
                        "Abstimmung: Ja: 12, Nein: 20\nVorlage: BV/0012/2025\n")
    assert provenance_ok(rows)
    assert [(m["organization"], m["date"]) for m in rows["meetings"]] == [("Kreistag", "2025-02-13")]
    assert [(r["outcome"], r["date"], r["votes_yes"], r["votes_no"]) for r in rows["resolutions"]] == [
        ("rejected", "2025-02-13", 12, 20)]


@pytest.mark.parametrize("text, organization, date", [
    ("Unter dem Vorsitz von Bürgermeister Ohm findet am 16.05.2023 im Bürgerhaus, Lindenstraße 5, in Oberau "
     "eine Sitzung des Verbandsgemeinderates Talheim statt.\n", "Verbandsgemeinderat Talheim", "2023-05-16"),
    ("Im Rathaus fand am Dienstag, 12.03.2024 die 5. öffentliche Sitzung des Ortsbeirates statt.\n",
     "Ortsbeirat", "2024-03-12"),
    ("Wie angekündigt findet am 3. Juni 2024 im Ratssaal die Sitzung des Bauausschusses statt.\n",
     "Bauausschuss", "2024-06-03"),
])
def test_a_session_told_verb_first(text, organization, date):
    rows = extract_text(text)
    assert provenance_ok(rows)
    assert [(m["organization"], m["date"]) for m in rows["meetings"]] == [(organization, date)]
