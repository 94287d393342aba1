"""A seeded generator of synthetic council archives for the benchmarks.

The documents are made from the phrasing of the corpus (``tests/fixtures/corpus``):
session headers, agenda items with a Beschluss and an Abstimmungsergebnis,
recommendations to another body, Anträge of groups, Beschlussvorlagen and
Mitteilungen that report surveys. Names, dates, topics and votes vary with
the seed, so the same seed always gives the same files byte for byte.

A minutes document holds 6-16 agenda items, so an archive of N documents
holds about 4 N resolution rows; the 100k archive about 1M rows with the
results lists it mixes in.

Archives are written once below ``benchmarks/.archives/`` (git-ignored) and
reused: ``python benchmarks/synth.py --docs 10000`` prints the folder.
"""

from __future__ import annotations

import argparse
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARCHIVES = ROOT / "benchmarks" / ".archives"
MARKER = ".complete"  # beside the folder, so a build of the folder never sees it

AUTHORITIES = [
    ("Stadt", "Aurich"), ("Stadt", "Bad Kreuznach"), ("Stadt", "Celle"), ("Stadt", "Detmold"),
    ("Stadt", "Eberswalde"), ("Stadt", "Freising"), ("Stadt", "Göppingen"), ("Stadt", "Hameln"),
    ("Stadt", "Ingolstadt"), ("Stadt", "Jena"), ("Stadt", "Kempten"), ("Stadt", "Lörrach"),
    ("Stadt", "Meppen"), ("Stadt", "Neuruppin"), ("Stadt", "Offenburg"), ("Stadt", "Pirna"),
    ("Gemeinde", "Quickborn"), ("Gemeinde", "Rangsdorf"), ("Gemeinde", "Schwielowsee"),
    ("Gemeinde", "Tostedt"), ("Landkreis", "Uelzen"), ("Landkreis", "Vechta"),
    ("Landkreis", "Wittmund"), ("Landkreis", "Zwickau"), ("Kreis", "Steinfurt"),
    ("Landkreis", "Cloppenburg"), ("Stadt", "Karlsruhe"), ("Bezirk", "Hamburg-Nord"),
]
COUNCIL = {"Stadt": "Stadtrat", "Gemeinde": "Gemeinderat", "Landkreis": "Kreistag", "Kreis": "Kreistag",
           "Bezirk": "Bezirksversammlung"}
COMMITTEES = [
    "Sozialausschuss", "Bauausschuss", "Haupt- und Finanzausschuss", "Jugendhilfeausschuss",
    "Ausschuss für Umwelt und Klimaschutz", "Schulausschuss", "Kulturausschuss", "Verkehrsausschuss",
    "Ausschuss für Planung und Stadtentwicklung", "Sportausschuss",
]
GROUPS = [
    "CDU-Fraktion", "SPD-Fraktion", "Fraktion BÜNDNIS 90/DIE GRÜNEN", "FDP-Fraktion", "Fraktion DIE LINKE",
    "Fraktion Freie Wähler", "Gruppe GRÜNE/UWG", "AfD-Fraktion", "Fraktion KULT", "Gruppe SPD/FDP",
]
TOPICS = [
    "Sanierung der Grundschule am Stadtpark", "Ausbau der Kindertagesbetreuung", "Radverkehrskonzept",
    "Neufassung der Hundesteuersatzung", "Bebauungsplan Nr. {n} \u201eAm Mühlenbach\u201c",
    "Haushaltssatzung und Haushaltsplan {y}", "Zuschuss an den Sportverein", "Erweiterung des Feuerwehrhauses",
    "Einführung eines Bürgerhaushalts", "Digitalisierung der Schulen", "Straßenbeleuchtung auf LED umstellen",
    "Errichtung einer Photovoltaikanlage auf dem Rathausdach", "Kommunale Wärmeplanung",
    "Wohnraumförderprogramm", "Gebührenkalkulation Abwasser {y}", "Jahresabschluss {y} der Stadtwerke",
    "Benennung einer Straße", "Partnerschaft mit einer Stadt in der Ukraine", "Spielplatzkonzept",
    "Schulwegsicherung an der Hauptstraße", "Fortschreibung des Nahverkehrsplans", "Obdachlosenunterkunft",
    "Förderung des Ehrenamts", "Beschaffung eines Löschfahrzeugs", "Ganztagsbetreuung an Grundschulen",
    "Aufstellung eines Lärmaktionsplans", "Öffnungszeiten der Stadtbibliothek", "Klimaschutzkonzept",
    "Hilfen für Opfer häuslicher Gewalt", "Beratungsangebote für Prostituierte", "Seniorenbeirat",
]
FILLER = [
    "Der Vorsitzende ruft den Tagesordnungspunkt zur Behandlung auf.",
    "Die Verwaltung erläutert die Vorlage anhand einer Präsentation, die der Niederschrift beigefügt ist.",
    "Ein Ratsmitglied fragt nach den Folgekosten für den Haushalt der kommenden Jahre.",
    "Die Verwaltung sagt zu, die Frage bis zur nächsten Sitzung schriftlich zu beantworten.",
    "In der Aussprache wird betont, dass die Maßnahme mit den Nachbargemeinden abgestimmt werden soll.",
    "Es wird darauf hingewiesen, dass Fördermittel des Landes beantragt werden können.",
    "Die Fraktionen danken der Verwaltung für die ausführliche Darstellung.",
    "Auf Nachfrage wird mitgeteilt, dass die Ausschreibung im kommenden Quartal erfolgen soll.",
    "Mehrere Mitglieder sprechen sich dafür aus, die Öffentlichkeit frühzeitig zu beteiligen.",
    "Die Kosten sind im Haushaltsplan unter dem Produktkonto {n} veranschlagt.",
]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
SEASONS = ["Frühjahr", "Sommer", "Herbst", "Winter"]
RESPONDENTS = ["Kindertagesstätten", "Grundschulen", "Beratungsstellen", "Sportvereine", "Pflegedienste",
               "Betriebe", "Haushalte", "Jugendtreffs"]


def _de(d: date, rng: random.Random) -> str:
    return d.strftime("%d.%m.%Y") if rng.random() < 0.7 else f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def _genitive(body: str) -> str:
    if body.endswith("versammlung"):
        return f"der {body}"
    head, sep, rest = body.partition(" für ")
    return f"des {head}{'es' if head.endswith('ausschuss') else 's'}{sep}{rest}"


def _dative(body: str) -> str:
    return f"der {body}" if body.endswith("versammlung") else f"dem {body}"


def _accusative(body: str) -> str:
    return f"die {body}" if body.endswith("versammlung") else f"den {body}"


def _nominative(body: str) -> str:
    return f"die {body}" if body.endswith("versammlung") else f"der {body}"


def _subject(body: str) -> str:
    return f"Die {body}" if body.endswith("versammlung") else f"Der {body}"


def _vote(rng: random.Random, body: str) -> tuple[str, str]:
    """(a decision sentence, an Abstimmungsergebnis line) in one of the corpus's shapes."""
    yes, no, abst = rng.randint(5, 40), rng.randint(0, 12), rng.randint(0, 6)
    shape = rng.randrange(8)
    if shape == 0:
        return f"{_subject(body)} beschließt einstimmig:", "einstimmig beschlossen"
    if shape == 1:
        return (f"{_subject(body)} beschließt mit {yes} Ja-Stimmen, {no} Nein-Stimmen und {abst} Enthaltungen:",
                f"Mehrheitliche Zustimmung ({yes} JA-Stimmen, {no} Nein-Stimmen, {abst} Enthaltungen)")
    if shape == 2:
        return (f"{_subject(body)} lehnt den Antrag mit {no + yes // 2} Nein-Stimmen bei {yes // 3} Ja-Stimmen ab.",
                f"abgelehnt (Ja: {yes // 3}, Nein: {no + yes // 2}, Enthaltung: {abst})")
    if shape == 3:
        return f"{_subject(body)} nimmt den Bericht der Verwaltung zur Kenntnis.", "zur Kenntnis genommen"
    if shape == 4:
        return f"{_subject(body)} beschließt einstimmig, die Beratung zu vertagen.", "vertagt"
    if shape == 5:
        return (f"Der Antrag wird mit {yes}:{no} Stimmen bei {abst} Enthaltungen angenommen.",
                f"Ja {yes} / Nein {no} / Enthaltung {abst}")
    if shape == 6:
        return (f"{_subject(body)} beschließt mehrheitlich, den Antrag in den Ausschuss zu verweisen.",
                "verwiesen")
    return f"{_subject(body)} stimmt der Vorlage einstimmig zu.", "einstimmige Zustimmung"


def minutes(rng: random.Random, kind: str, town: str, day: date) -> str:
    council = COUNCIL[kind]
    body = council if rng.random() < 0.4 else rng.choice(COMMITTEES)
    lines = [f"{kind} {town}", "",
             f"Niederschrift über die {rng.randint(1, 60)}. öffentliche Sitzung {_genitive(body)}",
             f"am {_de(day, rng)}, {rng.randint(15, 19)}:00 Uhr", "Sitzungssaal, Rathaus", ""]
    for top in range(1, rng.randint(6, 16) + 1):
        topic = rng.choice(TOPICS).format(n=rng.randint(10, 999), y=day.year)
        ref = f"{day.year}/{rng.randint(100, 2999):04d}"
        lines += [f"TOP {top}: {topic}", f"Vorlage: {ref}"]
        if rng.random() < 0.3:
            lines.append(f"Antrag: {rng.choice(GROUPS)}")
        lines.append("")
        lines += [f.format(n=rng.randint(10000, 99999)) for f in rng.sample(FILLER, rng.randint(1, 5))]
        sentence, result = _vote(rng, body)
        lines += ["", "Beschluss:", sentence]
        if sentence.endswith(":"):
            lines.append(f"Der Vorlage {ref} \u201e{topic}\u201c wird zugestimmt.")
        if rng.random() < 0.25 and body != council:
            lines.append(f"{_subject(body)} empfiehlt {_dative(council)}, entsprechend zu beschließen.")
        lines += ["", "Abstimmungsergebnis:", result, ""]
    lines += ["", f"{town}, den {_de(day + timedelta(days=rng.randint(3, 30)), rng)}", "Der Vorsitzende",
              "Die Protokollführerin"]
    return "\n".join(lines) + "\n"


def motion(rng: random.Random, kind: str, town: str, day: date) -> str:
    group = rng.choice(GROUPS)
    topic = rng.choice(TOPICS).format(n=rng.randint(10, 999), y=day.year)
    body = rng.choice([COUNCIL[kind], *COMMITTEES])
    return "\n".join([
        f"{group} {'in der' if COUNCIL[kind].endswith('versammlung') else 'im'} {COUNCIL[kind]} der {kind} {town}", "",
        f"Antrag vom {_de(day, rng)}", f"An {_accusative(body)}", "", f"Betreff: {topic}", "",
        f"Die {group} beantragt, {_nominative(body)} möge beschließen:",
        f"1. Die Verwaltung wird beauftragt, ein Konzept zur {topic} vorzulegen.",
        "2. Die Kosten sind im nächsten Haushalt zu berücksichtigen.", "", "Begründung:",
        *(f.format(n=rng.randint(10000, 99999)) for f in rng.sample(FILLER, rng.randint(2, 6))), "",
        "Mit freundlichen Grüßen", group, "",
    ])


def proposal(rng: random.Random, kind: str, town: str, day: date) -> str:
    topic = rng.choice(TOPICS).format(n=rng.randint(10, 999), y=day.year)
    body = rng.choice(COMMITTEES)
    ref = f"{day.year}/{rng.randint(100, 2999):04d}"
    return "\n".join([
        f"{kind} {town}", "Beschlussvorlage", f"Vorlage Nr. {ref}", f"Datum: {_de(day, rng)}", "",
        "Beratungsfolge:", f"{body} (Vorberatung)", f"{COUNCIL[kind]} (Entscheidung)", "",
        f"Betreff: {topic}", "", "Beschlussvorschlag:",
        f"Der {COUNCIL[kind]} beschließt die {topic} in der vorgelegten Fassung.", "", "Sachverhalt:",
        *(f.format(n=rng.randint(10000, 99999)) for f in rng.sample(FILLER, rng.randint(3, 8))), "",
    ])


def information(rng: random.Random, kind: str, town: str, day: date) -> str:
    body = rng.choice(COMMITTEES)
    who = rng.choice(RESPONDENTS)
    total = rng.randint(12, 80)
    answered = rng.randint(total // 2, total)
    pct = rng.randint(15, 85)
    season = rng.choice(SEASONS)
    return "\n".join([
        f"{kind} {town}", "Mitteilung", f"Datum: {_de(day, rng)}", f"An {_accusative(body)}", "",
        f"Betreff: Ergebnisse der Befragung der {who}", "",
        f"Im {season} {day.year - 1} hat die Verwaltung eine Umfrage unter den {total} {who} im "
        f"Gebiet der {kind} {town} durchgeführt.",
        f"{answered} {who} haben geantwortet.",
        f"{pct} % der befragten {who} gaben an, dass der Bedarf in den letzten Jahren gestiegen sei.",
        f"Die Polizei meldete {rng.randint(3, 60)} Fälle im Jahr {day.year - 1}.",
        f"Nach Angaben des Jugendamts lasse sich ein Anstieg um {rng.randint(2, 30)} % feststellen.",
        "", *(f.format(n=rng.randint(10000, 99999)) for f in rng.sample(FILLER, rng.randint(1, 4))), "",
    ])


KINDS = [(minutes, 0.45, "niederschrift"), (motion, 0.25, "antrag"), (proposal, 0.15, "vorlage"),
         (information, 0.15, "mitteilung")]


def document(seed: int, n: int) -> tuple[str, str]:
    """(file name, text) of document ``n`` of the archive of ``seed``; independent of the archive size."""
    rng = random.Random(f"{seed}:{n}")
    kind, town = rng.choice(AUTHORITIES)
    day = date(2005, 1, 1) + timedelta(days=rng.randrange(20 * 365))
    make, name = rng.choices([(k[0], k[2]) for k in KINDS], weights=[k[1] for k in KINDS])[0]
    slug = town.lower().replace(" ", "-").replace("ö", "oe").replace("ü", "ue").replace("ä", "ae")
    return f"{slug}/{day.year}/{name}_{n:06d}.txt", make(rng, kind, town, day)


def write_archive(docs: int, seed: int = 1, folder: Path | None = None) -> Path:
    """Write (once) and return the folder of a synthetic archive of ``docs`` documents."""
    folder = folder or ARCHIVES / f"{docs}-{seed}"
    marker = folder.with_name(folder.name + MARKER)
    if marker.exists():
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    for n in range(docs):
        name, text = document(seed, n)
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    marker.write_text(f"{docs} documents, seed {seed}\n")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=None, help="folder (default benchmarks/.archives/DOCS-SEED)")
    args = parser.parse_args()
    print(write_archive(args.docs, args.seed, args.out))


if __name__ == "__main__":
    main()
