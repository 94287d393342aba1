"""Records: an invented full-length minutes text (running headers, attendance, many items, a
non-public part), records known by their end or absentees, item pages, agendas against records;
written for these tests."""

from __future__ import annotations

import pytest

from ..conftest import extract_text, provenance_ok
from .common import meta


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


def test_long_minutes_session_details_and_parts():
    from councildata.extract import structure

    tree = structure.parse(_LONG_MINUTES, {"type": "minutes"})
    s = tree.session
    assert (s.begins, s.ends, s.place) == ("19:00", "22:40", "Bürgersaal im Rathaus Talheim")
    # the items listed under "Nichtöffentlicher Teil" are not public, the ones dealt with are
    public = {it.label: it.public for it in tree.items if it.label.startswith("TOP")}
    assert public and all(v is not False for v in public.values())


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


@pytest.mark.parametrize("text, dtype", [
    # a list under "Tagesordnung:" with a record of its decisions is the record
    ("Sitzung der Gemeindevertretung am 3. März 2026\n\nTagesordnung:\n1. Eröffnung\n\nzu 1.\n"
     "Die Gemeindevertretung beschließt einstimmig die Tagesordnung.\n", "minutes"),
    # a list without a session named is no notice of one
    ("Themen des Arbeitskreises\n\nTagesordnung:\n1. Begrüßung\n2. Rückblick\n", "other"),
])
def test_an_item_list_under_a_session_line_is_an_agenda_only_without_a_record(text, dtype):
    assert meta(text)["type"] == dtype
