"""A full-length record of an invented council's session in the shape some councils print it: no
"Niederschrift" heading, the session's name over its day and hour, the list of items, then who
attended, running page headers and footers, each item with its decision and votes, a non-public part
announced but not shown, and a list of Anlagen. Written for these tests."""

from __future__ import annotations

from ..conftest import extract_text, provenance_ok
from .common import meta


def _footer(n: int, total: int) -> str:
    return f"\nGemeinderatssitzung Birkenau am 14.05.2024 - Seite {n} von {total}\n\n"


_ITEMS = [
    ("Fragestunde für Einwohnerinnen und Einwohner", None),
    ("Protokoll der öffentlichen Sitzung vom 16.04.2024", "noted"),
    ("Mitteilung der am 16.04.2024 nichtöffentlich gefassten Beschlüsse", None),
    ("Sanierung der Grundschule Birkenau - Vergabe der Dachdeckerarbeiten", "adopted"),
    ("Bebauungsplan \"Hinter den Gärten\" - Satzungsbeschluss", "adopted"),
    ("Antrag der Fraktion Freie Wähler auf Einrichtung eines Jugendbeirates", "rejected"),
    ("Neufassung der Friedhofsgebührensatzung", "postponed"),
    ("Feststellung des Jahresabschlusses 2023 des Eigenbetriebs Wasserversorgung", "adopted"),
    ("Annahme von Spenden", "adopted"),
    ("Bekanntgaben der Verwaltung", None),
    ("Anfragen aus dem Gemeinderat", None),
]


def _long_record() -> str:
    total = 5
    lines = [
        "Gemeinderatssitzung",
        "",
        "Dienstag, 14. Mai 2024, 19:00 Uhr",
        "Bürgersaal im Rathaus Birkenau",
        "",
        "Tagesordnung (öffentlicher Teil)",
        "",
    ]
    for n, (title, _outcome) in enumerate(_ITEMS, 1):
        lines += [f"{n}. {title}", ""]
    lines += [
        "Protokoll der Sitzung",
        "",
        "Anwesend:",
        "Bürgermeisterin Helga Winter als Vorsitzende",
        "16 der 18 Ratsmitglieder",
        "Gemeinderätin Anna Albrecht",
        "Gemeinderat Bernd Brenner",
        "Gemeinderätin Clara Claßen",
        "Gemeinderat Dieter Dorn ab TOP 4",
        "Gemeinderätin Elke Engel",
        "Gemeinderat Frank Fromm",
        "Gemeinderätin Gisela Gerber",
        "Gemeinderat Hans Hübner",
        "Kämmerer Ingo Imkamp",
        "Bauamtsleiterin Jutta Jansen",
        "Hauptamtsleiter Kurt Kessler als Schriftführer",
        "",
        "Abwesend:",
        "Gemeinderat Lars Lenz (beruflich), entschuldigt",
        "Gemeinderätin Maria Moll (krank), entschuldigt",
        "",
        "Beginn: 19.00 Uhr",
        "Ende: 21.35 Uhr",
        "Zuhörer: 23",
        "",
        "Die Vorsitzende eröffnet die Sitzung und stellt die ordnungsgemäße Einberufung sowie die "
        "Beschlussfähigkeit fest. Einwände gegen die Tagesordnung werden nicht erhoben.",
    ]
    body: list[str] = []
    for n, (title, outcome) in enumerate(_ITEMS, 1):
        body += ["", f"TOP {n}", title, ""]
        if n == 1:
            body += ["Ein Einwohner fragt nach dem Zeitplan für den Ausbau der Lindenstraße. Die Vorsitzende "
                     "sagt eine schriftliche Antwort zu."]
        elif n == 2:
            body += ["Die Niederschrift über die öffentliche Sitzung vom 16.04.2024 wird ohne Einwände zur "
                     "Kenntnis genommen."]
        elif n == 3:
            body += ["Die Vorsitzende gibt bekannt, dass in der nichtöffentlichen Sitzung am 16.04.2024 der "
                     "Erwerb einer Teilfläche des Flurstücks 311 beschlossen wurde."]
        elif outcome == "adopted" and n == 4:
            body += ["Bauamtsleiterin Jansen erläutert das Ergebnis der Ausschreibung. Fünf Firmen haben ein "
                     "Angebot abgegeben; das wirtschaftlichste Angebot liegt bei 184.300 Euro.",
                     "",
                     "Gemeinderat Brenner fragt, ob die Arbeiten in den Sommerferien abgeschlossen werden können. "
                     "Frau Jansen bestätigt dies.",
                     "",
                     "Beschluss:",
                     "Der Gemeinderat vergibt die Dachdeckerarbeiten an die Firma Dach & Wand GmbH zum "
                     "Angebotspreis von 184.300 Euro.",
                     "",
                     "Abstimmungsergebnis: 15 Ja-Stimmen, 0 Nein-Stimmen, 1 Enthaltung"]
        elif n == 5:
            body += ["Die Planerin stellt die eingegangenen Stellungnahmen und die Abwägungsvorschläge vor.",
                     "",
                     "Beschluss:",
                     "Der Gemeinderat beschließt den Bebauungsplan \"Hinter den Gärten\" als Satzung.",
                     "",
                     "Abstimmungsergebnis: einstimmig"]
        elif n == 6:
            body += ["Gemeinderat Fromm begründet den Antrag der Fraktion Freie Wähler. Gemeinderätin Engel "
                     "hält einen Beirat für zu aufwendig und schlägt ein jährliches Jugendforum vor.",
                     "",
                     "Beschluss:",
                     "Der Antrag wird abgelehnt.",
                     "",
                     "Abstimmungsergebnis: 5 Ja-Stimmen, 11 Nein-Stimmen"]
        elif n == 7:
            body += ["Kämmerer Imkamp stellt die neue Kalkulation vor. Aus der Mitte des Gemeinderates wird "
                     "gebeten, zunächst die Gebühren der Nachbargemeinden zu vergleichen.",
                     "",
                     "Beschluss:",
                     "Die Beratung wird vertagt.",
                     "",
                     "Abstimmungsergebnis: einstimmig"]
        elif n == 8:
            body += ["Beschluss:",
                     "Der Jahresabschluss 2023 des Eigenbetriebs Wasserversorgung wird mit einer Bilanzsumme "
                     "von 4.812.000 Euro festgestellt.",
                     "",
                     "Abstimmungsergebnis: 14 Ja-Stimmen, 0 Nein-Stimmen, 2 Enthaltungen"]
        elif n == 9:
            body += ["Beschluss:",
                     "Der Gemeinderat stimmt der Annahme der in der Anlage aufgeführten Spenden zu.",
                     "",
                     "Abstimmungsergebnis: einstimmig"]
        elif n == 10:
            body += ["Die Vorsitzende informiert über den Stand der Breitbandversorgung im Ortsteil Kirchtal."]
        else:
            body += ["Gemeinderätin Albrecht regt an, die Beleuchtung am Bahnübergang zu prüfen. Die Verwaltung "
                     "sagt eine Prüfung zu."]
    body += [
        "",
        "Im Anschluss findet eine nichtöffentliche Sitzung statt.",
        "",
        "Die Vorsitzende schließt die öffentliche Sitzung um 21.35 Uhr.",
        "",
        "Helga Winter, Bürgermeisterin          Kurt Kessler, Schriftführer",
        "",
        "Anlagen:",
        "1. Präsentation zum Bebauungsplan (beschlossen in der Sitzung)",
        "2. Liste der Spenden 2024",
        "3. Abwägungstabelle",
    ]
    # running footers every 30 lines
    out: list[str] = []
    page = 1
    for i, line in enumerate(lines + body, 1):
        out.append(line)
        if i % 30 == 0:
            out.append(_footer(page, total))
            page += 1
    out.append(_footer(page, total))
    return "\n".join(out)


def test_the_long_record_is_long():
    assert _long_record().count("\n") >= 150


def test_the_long_record_is_minutes_of_its_session():
    m = meta(_long_record())
    assert m["type"] == "minutes"
    assert m["date"] == "2024-05-14"


def test_the_long_record_decisions():
    rows = extract_text(_long_record())
    assert provenance_ok(rows)
    got = [(r["agenda_item"], r["outcome"], r["date"]) for r in rows["resolutions"]]
    # every decided item once, on the session's day; none from the footers, from an earlier decision
    # announced (TOP 3), from the items citing the session of 16.04.2024 or from the list of Anlagen
    assert got == [(f"TOP {n}", outcome, "2024-05-14") for n, (_t, outcome) in enumerate(_ITEMS, 1) if outcome], got
    votes = {r["agenda_item"]: (r["votes_yes"], r["votes_no"], r["votes_abstain"]) for r in rows["resolutions"]}
    assert votes["TOP 4"] == (15, 0, 1)
    assert votes["TOP 6"][:2] == (5, 11)
    assert votes["TOP 8"] == (14, 0, 2)
