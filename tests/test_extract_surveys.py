"""Survey rules on passages quoted from the corpus and phrases in other councils' style."""

from __future__ import annotations

import re

import pytest

from councildata import model
from councildata.evaluate import load_gold, names_match
from councildata.extract import Context, extract_document, surveys
from councildata.extract.dates import MONTH_RANGE, month_range
from councildata.extract.survey_figures import figures_in
from councildata.extract.survey_table_lines import line_figures
from councildata.extract.survey_people import normalise_people
from councildata.extract.text import TextView
from councildata.ingest import ingest_file

from .conftest import CORPUS, SEED


def run(text: str, date: str | None = "2023-06-15") -> list[tuple[dict, list[dict]]]:
    """Surveys of a passage, each with its results; provenance checked."""
    doc = model.Document(id="x", source_file="x.txt", sha256="0" * 64, format="txt", text=text)
    ctx = Context(doc, TextView(text), {"date": date})
    srows, rrows = surveys.extract(ctx)
    for r in srows + rrows:
        assert text[r["char_start"]:r["char_end"]] == r["quote"]
    return [(s, [r for r in rrows if r["_survey_key"] == s["_key"]]) for s in srows]


def corpus_rows(name: str) -> dict:
    (doc,) = ingest_file(CORPUS / name, CORPUS)
    return extract_document(doc)


def results_of(rows: dict, survey: dict) -> list[dict]:
    return [r for r in rows["survey_results"] if r["survey_id"] == survey["id"]]


def figures(text: str) -> list[tuple[float, str | None, str | None]]:
    return [(f.value, f.unit, f.respondent) for f in figures_in(text, 0, len(text), prose_only=False)]


# -- the seed document -----------------------------------------------------


def test_seed_document_exact():
    rows = corpus_rows(SEED)
    net, gleich = rows["surveys"]
    assert net["respondents"] == "Netzwerk häusliche Gewalt"
    assert (net["date_start"], net["date_end"]) == ("2022-06-22", "2022-06-22")
    assert net["topic"].startswith("Arbeitszusammenhängen mit Zwangsprostituierten")
    assert [r["respondent"] for r in results_of(rows, net)] == [
        "Polizei", "Verein der Integrationslotsen", "Jugendamt", "Erziehungsberatungsstelle",
        "Schwangerenberatungsstellen",
    ]
    assert all("in keinem Fall in Zusammenhang mit Zwangsprostitution" in r["finding"] for r in results_of(rows, net))
    assert gleich["respondents"] == "Gleichstellungsbeauftragte der Regionalkonferenz Weser-Ems Nord"
    assert (gleich["date_start"], gleich["date_end"]) == ("2022-03-01", "2022-05-31")
    assert gleich["period_text"] == "im Frühjahr dieses Jahres"
    found = results_of(rows, gleich)
    assert [r["respondent"] for r in found] == [None, None]
    assert found[0]["finding"].startswith("keine derartige Personalstelle in keiner der Kommunen")
    assert found[1]["finding"].startswith("keine der anwesenden Gleichstellungsbeauftragten sah")
    text = rows["documents"][0]["text"]
    assert all(text[r["char_start"]:r["char_end"]] == r["quote"] for r in rows["surveys"] + rows["survey_results"])


# -- surveys mentioned in passing --------------------------------------------


def test_umfrage_bei_den_in_season_of_this_year_ergab_two_findings():
    ((s, res),) = run(
        "Ebenfalls eine Umfrage bei den Gleichstellungsbeauftragten der Regionalkonferenz \n"
        "Weser-Ems Nord im Frühjahr dieses Jahres ergab keine derartige Personalstelle in keiner \n"
        "der Kommunen und keine der anwesenden Gleichstellungsbeauftragten sah die Notwendigkeit.",
        date="2022-09-08",
    )
    assert s["respondents"] == "Gleichstellungsbeauftragte der Regionalkonferenz Weser-Ems Nord"
    assert (s["date_start"], s["date_end"], s["period_text"]) == ("2022-03-01", "2022-05-31", "im Frühjahr dieses Jahres")
    assert [r["finding"] for r in res] == [
        "keine derartige Personalstelle in keiner der Kommunen",
        "keine der anwesenden Gleichstellungsbeauftragten sah die Notwendigkeit",
    ]


def test_survey_at_a_meeting_takes_the_meetings_date_and_enumeration_gives_one_row_each():
    ((s, res),) = run(
        "Dieser Bitte wurde am 22.06.2022 u. a. in der ersten Sitzung des Netzwerkes häusliche \n"
        "Gewalt nachgekommen, das im Herbst 2021 nicht getagt hatte. In diesem Kreis wurde die Frage "
        "erneut erörtert. Dabei wurden die im Netzwerk häusliche Gewalt Anwesenden nach ihren "
        "Erfahrungen befragt. Lediglich bei der Polizei, dem Jugendamt und den Beratungsstellen sind "
        "Fälle aufgetreten."
    )
    assert (s["respondents"], s["date_start"], s["topic"]) == ("Netzwerk häusliche Gewalt", "2022-06-22", "Erfahrungen")
    assert [r["respondent"] for r in res] == ["Polizei", "Jugendamt", "Beratungsstellen"]
    assert {r["finding"] for r in res} == {"Fälle aufgetreten"}


def test_survey_confirming_a_statement_in_a_motion():
    ((s, res),) = run(
        "Die Gründe für den interfraktionellen Antrag vom Mai 2019 wurden u.a. durch eine Befra-\n"
        "gungsaktion der Bürgergesellschaft Südstadt nochmals bestätigt."
    )
    assert s["conducted_by"] == "Bürgergesellschaft Südstadt"
    assert s["date_start"] is None  # "vom Mai 2019" dates the motion, not the survey
    assert res[0]["finding"] == "Die Gründe für den interfraktionellen Antrag vom Mai 2019 wurden nochmals bestätigt"


@pytest.mark.parametrize(
    "text, respondents, date_start, date_end",
    [
        ("Im Rahmen einer Elternbefragung im Herbst 2022 gaben 68 % der Eltern an, zufrieden zu sein.",
         "Eltern", "2022-09-01", "2022-11-30"),
        ("Die Verwaltung hat im März 2023 eine Abfrage bei allen Kindertageseinrichtungen durchgeführt.",
         "Kindertageseinrichtungen", "2023-03-01", "2023-03-31"),
        ("Eine Online-Umfrage unter 1.200 Bürgerinnen und Bürgern ergab, dass 54 Prozent dafür sind.",
         "Bürgerinnen und Bürger", None, None),
        ("Die Schulen wurden im Januar 2024 zu ihrem Raumbedarf befragt.", "Schulen", "2024-01-01", "2024-01-31"),
        ("Im Zeitraum vom 01.03.2023 bis 31.03.2023 wurde eine Online-Umfrage durchgeführt, an der "
         "812 Personen teilnahmen.", "Personen", "2023-03-01", "2023-03-31"),
        ("Die Ergebnisse der Bürgerumfrage 2022 liegen als Anlage bei.", "Bürger", "2022-01-01", "2022-12-31"),
        ("Eine Umfrage bei den Ortsvorstehern im Mai 2021 ergab, dass in 12 von 15 Ortsteilen Bedarf besteht.",
         "Ortsvorsteher", "2021-05-01", "2021-05-31"),
    ],
)
def test_reported_surveys_other_councils(text, respondents, date_start, date_end):
    ((s, res),) = run(text)
    assert (s["respondents"], s["date_start"], s["date_end"]) == (respondents, date_start, date_end)
    assert all(r["respondent"] is None for r in res)  # "68 % der Eltern" of a survey of Eltern: all of them


@pytest.mark.parametrize(
    "text",
    [
        # proposals, plans, questions
        "Die Verwaltung wird beauftragt, eine repräsentative Bürgerbefragung zum Thema Radverkehr durchzuführen.",
        "Plant die Verwaltung eine Befragung der Anwohner?",
        "Frau Weiher stimmt der Befragung der Tagespflegepersonen zu.",
        "Zur Umsetzung der Bedarfsabfrage zur Kinderbetreuung wurden organisatorische Fragen erörtert.",
        "Eine Bürgerbefragung im beantragten Rahmen findet nicht statt.",
        # other senses of the words, vague plurals
        "Auf Befragung durch Stadtrat Müller erklärt die Verwaltung, dass die Maßnahme im Herbst beginnt.",
        "Eine Abfrage im Melderegister ergab 1.234 Kinder im Alter von 3 bis 6 Jahren.",
        "Die Befragung der Zeugen hat ergeben, dass der Unfall vermeidbar war.",
        "Der ist klar erkennbar, auch aus verschiedenen Umfragen zu diesem Thema.",
        "Dann habe ich Sie alle abgefragt, und es hat eine Mehrheit gegeben.",
        "Die Anfrage der CDU-Fraktion vom 12.03.2023 wird wie folgt beantwortet.",
    ],
)
def test_no_survey(text):
    assert run(text) == []


def test_result_sentence_after_the_survey():
    ((s, res),) = run(
        "Die Verwaltung hat im März 2023 eine Abfrage bei allen Kindertageseinrichtungen durchgeführt. "
        "Demnach fehlen derzeit 120 Betreuungsplätze."
    )
    assert s["conducted_by"] == "Verwaltung"
    assert [r["finding"] for r in res] == ["Demnach fehlen derzeit 120 Betreuungsplätze"]


def test_figures_in_the_survey_sentence_and_the_next():
    ((s, res),) = run(
        "Bei der Befragung der Gewerbetreibenden im Sommer 2019 gaben 45,5 Prozent an, Umsatzeinbußen "
        "zu haben; 12 % planen eine Geschäftsaufgabe. Jede/r Zweite wünscht sich mehr Parkplätze."
    )
    assert s["respondents"] == "Gewerbetreibende"
    assert [(r["value"], r["unit"]) for r in res] == [(45.5, "%"), (12, "%"), (50.0, "%")]
    assert res[0]["finding"].endswith("gaben 45,5 Prozent an, Umsatzeinbußen zu haben")


# -- reported speech, neighbours, counts, the survey's own period (issue 8, point 5)


def findings(res: list[dict]) -> list[tuple[str, float | None, str | None]]:
    return [(r["finding"], r["value"], r["unit"]) for r in res]


def test_findings_in_reported_speech():
    ((s, res),) = run(
        "Frau Schulz berichtet über die Elternbefragung, die im Herbst 2023 durchgeführt worden sei. "
        "Die Mehrheit der Eltern sei zufrieden. Bemängelt worden seien die Schließzeiten. "
        "Ein Bedarf an Ganztagsplätzen lasse sich nicht ableiten; es gebe aber Wartelisten."
    )
    assert (s["respondents"], s["date_start"], s["date_end"]) == ("Eltern", "2023-09-01", "2023-11-30")
    assert [f for f, _, _ in findings(res)] == [
        "Die Mehrheit der Eltern sei zufrieden", "Bemängelt worden seien die Schließzeiten",
        "Ein Bedarf an Ganztagsplätzen lasse sich nicht ableiten", "es gebe aber Wartelisten",
    ]


def test_statements_of_those_asked_after_the_survey():
    ((s, res),) = run(
        "Im Januar 2024 wurden die Schulleitungen zum Raumbedarf befragt. Alle Schulen meldeten Bedarf an. "
        "Nach Angaben der Befragten fehlen Fachräume."
    )
    assert s["respondents"] == "Schulleitungen"
    assert [f for f, _, _ in findings(res)] == ["Alle Schulen meldeten Bedarf an", "Nach Angaben der Befragten fehlen Fachräume"]


def test_respondents_named_in_the_next_sentence():
    ((s, res),) = run(
        "Die Verwaltung hat im März 2024 eine Abfrage durchgeführt. Befragt wurden alle Kindertagesstätten "
        "im Gemeindegebiet. Demnach gebe es in 12 Einrichtungen Wartelisten."
    )
    assert (s["respondents"], s["conducted_by"], s["date_start"]) == ("Kindertagesstätten", "Verwaltung", "2024-03-01")
    assert findings(res) == [("Demnach gebe es in 12 Einrichtungen Wartelisten", 12, "Einrichtungen")]
    ((s, _),) = run("Die Stadt hat im Mai 2023 eine Online-Befragung durchgeführt. Daran nahmen 812 Bürgerinnen "
                    "und Bürger teil. 62 % fühlen sich unsicher.")
    assert s["respondents"] == "Bürgerinnen und Bürger"


@pytest.mark.parametrize(
    "text, respondents, date_start",
    [
        ("Die Verwaltung hat im April 2023 alle 120 Vereine angeschrieben. Die Umfrage ergab, dass 40 Vereine "
         "Nachwuchssorgen haben.", "Vereine", "2023-04-01"),
        ("Im April 2023 wurden die Vereine angeschrieben. Die Auswertung der Umfrage zeigt: 40 % haben "
         "Nachwuchssorgen.", "Vereine", "2023-04-01"),
        ("Die Stadtwerke haben ihre Kundinnen und Kunden befragt. Die Befragung ergab eine hohe Zufriedenheit.",
         "Kundinnen und Kunden", None),
    ],
)
def test_respondents_and_period_named_in_the_sentence_before(text, respondents, date_start):
    ((s, res),) = run(text)
    assert (s["respondents"], s["date_start"]) == (respondents, date_start)
    assert len(res) == 1


def test_counts_with_nouns_and_number_words():
    ((s, res),) = run(
        "An der Umfrage der Wirtschaftsförderung unter den Gewerbetreibenden im November 2023 beteiligten "
        "sich 23 Betriebe. 17 Betriebe bewerteten die Lage als schlecht, vier Betriebe planen eine "
        "Erweiterung. Zwei Drittel wünschten sich Kurzzeitparkplätze. Die Hälfte gab an, dass Kunden ausblieben. "
        "In acht von zwölf Straßen fehlen Parkplätze."
    )
    assert (s["respondents"], s["date_start"]) == ("Gewerbetreibende", "2023-11-01")
    # the 23 who took part are a result of the survey (its participation), as the corpus gold counts them
    assert [(v, u) for _, v, u in findings(res)] == [
        (23, "Betriebe"), (17, "Betriebe"), (4, "Betriebe"), (66.7, "%"), (50.0, "%"), (8, "Straßen")]
    assert all(r["respondent"] is None for r in res)  # "Die Hälfte" is a share, not who answered


def test_the_people_asked_are_no_finding():
    ((s, res),) = run("Im Herbst 2022 wurden insgesamt 41 Haushalte befragt. Die Hälfte der Haushalte wünsche "
                      "sich einen Rufbus. Von 23 Einrichtungen hätten 19 geantwortet.")
    assert s["respondents"] == "Haushalte"
    assert findings(res) == [("Die Hälfte der Haushalte wünsche sich einen Rufbus", 50.0, "%"),
                             ("Von 23 Einrichtungen hätten 19 geantwortet", 19, "Einrichtungen")]  # those who answered
    ((s, res),) = run("Eine Umfrage bei den 12 Ortsvorstehern im Mai 2021 ergab, dass in 10 von 15 Ortsteilen Bedarf besteht.")
    assert (s["respondents"], [(r["value"], r["unit"]) for r in res]) == ("Ortsvorsteher", [(10, "Ortsteilen")])


def test_numbers_that_count_no_finding():
    text = "Seit vier Jahren gibt es gemäß § 48 Gemeindeordnung 3 neue Kitas; um 12 Uhr öffnen 2 Stellen."
    got = [(f.value, f.unit) for f in figures_in(text, 0, len(text), prose_only=False, counts=True)]
    assert got == [(3, "Kitas"), (2, "Stellen")]


def test_a_report_without_its_own_period_is_not_dated_by_the_paper():
    ((s, res),) = run(
        "Ergebnisse der Kundenbefragung Innenstadt\nStand: 15.01.2024\n\nDie Kundenbefragung wurde von der "
        "Werbegemeinschaft ausgewertet. 62 % kommen mit dem Auto. 45 % kaufen wöchentlich ein. 38 % wünschen "
        "längere Öffnungszeiten. 71 % loben die Beratung. 12 % kommen mit dem Rad.",
        date="2024-01-15",
    )
    assert (s["date_start"], s["period_text"]) == (None, None)
    assert len(res) == 5


def test_the_surveys_own_period_not_the_papers_date():
    ((s, _),) = run(
        "Ergebnisse der Bürgerbefragung Radverkehr – Stand: 15.01.2024\n\nDie Stadt hat vom 01.09.2023 bis "
        "30.09.2023 eine Online-Befragung durchgeführt. 62 % fühlen sich unsicher. 45 % fahren täglich. "
        "38 % wünschen Abstellanlagen. 71 % befürworten Tempo 30 in der Altstadt. 12 % fahren nie.",
        date="2024-01-15",
    )
    assert (s["date_start"], s["date_end"]) == ("2023-09-01", "2023-09-30")


@pytest.mark.parametrize(("period", "start", "end"), [
    ("Ende 2022", "2022-10-01", "2022-12-31"), ("Anfang 2023", "2023-01-01", "2023-03-31"),
    ("im ersten Quartal 2023", "2023-01-01", "2023-03-31"), ("im 4. Quartal 2023", "2023-10-01", "2023-12-31"),
    ("zwischen dem 3. und 17. März 2023", "2023-03-03", "2023-03-17"),
])
def test_parts_of_a_year_and_day_ranges(period, start, end):
    ((s, _),) = run(f"Eine Umfrage bei den Eltern {period} ergab, dass 60 % zufrieden sind.")
    assert (s["date_start"], s["date_end"]) == (start, end)


def test_a_date_opening_a_heading_is_the_meetings():
    ((s, _),) = run("05.03.2024 - 7 Ergebnisse der Mitarbeiterbefragung\nDie Ergebnisse der Mitarbeiterbefragung "
                    "wurden vorgestellt.")
    assert (s["respondents"], s["date_start"]) == ("Mitarbeiter", None)
    ((s, _),) = run("Die Ergebnisse der Umfrage bei den Kitas vom 05.03.2024 liegen vor.")
    assert s["date_start"] == "2024-03-05"


def test_a_title_and_the_text_report_one_survey():
    ((s, res),) = run(
        "Betreff: Ergebnisse der Anwohnerbefragung Lindenstraße\n\nDie Stadt hat im Juni 2023 eine Befragung "
        "der Anwohnerinnen und Anwohner der Lindenstraße durchgeführt. Die Mehrheit befürwortet Fahrradbügel."
    )
    assert (s["respondents"], s["date_start"]) == ("Anwohnerinnen und Anwohner der Lindenstraße", "2023-06-01")
    assert findings(res) == [("Die Mehrheit befürwortet Fahrradbügel", None, None)]
    ((s, _),) = run("TOP 3 Ergebnisse der Elternbefragung\n\nFrau Schulz berichtet über die Elternbefragung, die im "
                    "Herbst 2023 durchgeführt worden sei. Die Mehrheit sei zufrieden.")
    assert s["date_start"] == "2023-09-01"


def test_the_survey_named_again_with_its_people_is_one():
    ((s, res),) = run("Im Mai 2023 wurde eine Befragung der Eltern durchgeführt.\n\nDie Elternbefragung ergab, dass "
                      "60 % zufrieden sind.")
    assert (s["respondents"], s["date_start"], [r["value"] for r in res]) == ("Eltern", "2023-05-01", [60])


def test_two_surveys_of_different_people_stay_apart():
    got = run("Betreff: Ergebnisse der Elternbefragung\n\nIm Mai 2023 wurden die Lehrkräfte befragt. "
              "Die Mehrheit sei zufrieden.\n\nEine Umfrage bei den Schülern im Juni 2023 ergab, dass 40 % Sport treiben.")
    assert [s["respondents"] for s, _ in got][-2:] == ["Lehrkräfte", "Schüler"]


@pytest.mark.parametrize(
    "text, respondents, date_start, values",
    [
        ("Vom 01.05.2023 bis 21.05.2023 wurde eine Online-Umfrage durchgeführt, an der sich 215 Personen "
         "beteiligten. Gewünscht wurden Schaukeln (68 %) und ein Wasserspiel (54 %).", "Personen", "2023-05-01",
         [215, 68, 54]),
        ("Der Bürgermeister informiert, dass die Gemeinde im vergangenen Jahr eine Befragung der Vereine "
         "durchgeführt habe. Demnach hätten 14 von 20 Vereinen Bedarf angemeldet.", "Vereine", "2023-01-01", [14]),
        ("Die Ergebnisse der Mieterbefragung aus dem Jahr 2022 zeigen, dass 78 % der Mieterinnen und Mieter "
         "zufrieden sind.", "Mieter", "2022-01-01", [78]),
        ("Das Schulamt führte im Frühjahr 2024 eine Elternabfrage durch. Von den 312 befragten Eltern meldeten "
         "187 einen Bedarf an.", "Eltern", "2024-03-01", [187]),
    ],
)
def test_surveys_in_other_words(text, respondents, date_start, values):
    ((s, res),) = run(text, date="2024-03-01")
    assert (s["respondents"], s["date_start"]) == (respondents, date_start)
    assert [r["value"] for r in res] == values
    assert all(r["respondent"] is None for r in res)


def test_findings_listed_after_the_survey():
    ((s, res),) = run(
        "Im Februar 2024 wurden alle Sportvereine befragt. Ergebnis:\n• 12 Vereine melden mehr Mitglieder\n"
        "• 4 Vereine haben Wartelisten\n- An 3 Vereinen fehlt eine Halle."
    )
    assert s["respondents"] == "Sportvereine"
    assert findings(res) == [
        ("12 Vereine melden mehr Mitglieder", 12, "Vereine"), ("4 Vereine haben Wartelisten", 4, "Vereine"),
        ("An 3 Vereinen fehlt eine Halle", 3, "Vereinen"),
    ]


def test_a_heading_number_is_no_count():
    text = "7 Ergebnisse der Mitarbeitendenumfrage\n12.12.2024 - 3 Vorlagen zur Umfrage\n9 Schulen haben eine Mensa."
    assert [(f.value, f.unit) for f in figures_in(text, 0, len(text), prose_only=False, counts=True)] == [(9, "Schulen")]


def test_days_of_one_month_and_families_who_took_part():
    ((s, _),) = run("Die Kita-Bedarfsumfrage wurde im Zeitraum 01.10. bis 31.10.2023 durchgeführt. Insgesamt haben "
                    "523 Familien teilgenommen. 61 % wünschen längere Öffnungszeiten.")
    assert (s["respondents"], s["date_start"], s["date_end"]) == ("Familien", "2023-10-01", "2023-10-31")
    ((s, _),) = run("Vom 1. bis 21. Mai 2023 lief eine Online-Umfrage, die ausgewertet wurde; 215 Personen nahmen teil.")
    assert (s["date_start"], s["date_end"]) == ("2023-05-01", "2023-05-21")


def test_a_rough_fraction_alone_is_the_value_given():
    ((s, res),) = run("Eine Umfrage unter den Hausärztinnen und Hausärzten im Landkreis ergab, dass rund ein Drittel "
                      "in den nächsten fünf Jahren in den Ruhestand geht.")
    assert s["respondents"] == "Hausärztinnen und Hausärzte"
    assert [r["value"] for r in res] == [33.3]


@pytest.mark.parametrize(("word", "people"), [
    ("Fahrgastbefragung", "Fahrgäste"), ("Vereinsbefragung", "Vereine"), ("Kita-Abfrage", "Kitas"),
    ("Schulabfrage", "Schulen"), ("Gästebefragung", "Gäste"), ("Onlineumfrage", None), ("Bedarfsabfrage", None),
])
def test_who_a_compound_names(word, people):
    ((s, res),) = run(f"Die {word} im Mai 2023 ergab, dass die Mehrheit zufrieden sei.")
    assert (s["respondents"], [r["finding"] for r in res]) == (people, ["die Mehrheit zufrieden sei"])


def test_a_result_told_in_a_subordinate_clause():
    ((s, res),) = run("Herr Meier teilt mit, dass eine Umfrage unter den Eltern ergeben habe, dass die Mehrheit zufrieden sei.")
    assert (s["respondents"], [r["finding"] for r in res]) == ("Eltern", ["die Mehrheit zufrieden sei"])


def test_an_abfrage_of_data_is_no_survey():
    assert run("Eine Abfrage der Fördermittel wurde im Mai 2023 durchgeführt. Sie ergab 12 Anträge.") == []


def test_a_planned_survey_with_the_papers_date_is_none():
    assert run("Stand: 30.11.2023\n\nDie Verwaltung wird beauftragt, im Frühjahr 2024 eine Bürgerbefragung "
               "durchzuführen. Die Ergebnisse sollen vorgelegt werden.") == []


# -- figures -----------------------------------------------------------------


def test_figures_german_numbers_and_groups():
    assert figures("Während 46,2 % der Männer davon ausgehen, behaupten dies nur 28,1 % der Frauen.") == [
        (46.2, "%", "Männer"), (28.1, "%", "Frauen")]
    assert figures("Von allen Befragten sind 33,4 % Mitglied in einem Sportverein.") == [(33.4, "%", None)]
    assert figures("32,9 % aller Sportvereinsmitglieder sind zweimal pro Woche aktiv.") == [
        (32.9, "%", "Sportvereinsmitglieder")]
    # a group at the level of figures; a survey of "Eltern" turns it into "all" (see below)
    assert figures("Mit der Öffnungszeit sind 88,5 (86,4) Prozent der Eltern zufrieden.") == [(88.5, "%", "Eltern")]
    assert figures("Unter dieser Prämisse sagen nicht weniger als 85,1 % der Befragten, sie seien aktiv.") == [
        (85.1, "%", None)]


def test_figures_left_out():
    # bounds and rough restatements, sample sizes, differences in points
    assert figures("Auch im hohen Alter bleibt der Anteil weit über 50 %.") == []
    assert figures("Jeweils etwa 80 % der Besucher waren einkaufen.") == []
    assert figures("Basis: n=104 Befragte, der Anteil stieg um etwa 14 Prozentpunkte.") == []
    # a word fraction restated by its number counts once
    assert figures("Mehr als die Hälfte der Befragten (55,3 %) fährt Rad.") == [(55.3, "%", None)]


def test_two_values_of_one_thing_are_one_result():
    (f,) = figures_in("das eigene Zuhause (17 % bzw. 19,6 %) wird genannt", 0, 50, prose_only=False)
    assert (f.value, f.unit) == (17, "%")
    (f,) = figures_in("Teilräume Landkreis Karlsruhe (+63.500 Fahrten beziehungsweise +27,7 %)", 0, 73, prose_only=False)
    assert (f.value, f.unit, f.respondent) == (27.7, "%", "Landkreis Karlsruhe")


def test_year_of_a_figure():
    text = "Der Anteil ist deutlich gestiegen (2016: 12,4 %, 2019: 20,5 %). Ausgehend von 61 % im Jahr 2016"
    assert [(f.value, f.year) for f in figures_in(text, 0, len(text), prose_only=False)] == [
        (12.4, 2016), (20.5, 2019), (61, 2016)]
    text = "Der Anteil steigt von 20,7 % im Jahr 2012 auf aktuell 49,6 %."
    assert [(f.value, f.year) for f in figures_in(text, 0, len(text), prose_only=False)] == [(20.7, 2012), (49.6, None)]


def test_slide_lines():
    text = (
        "Rücklauf: 75% (144 Betriebe angeschrieben)\n2019: 81% (149 angeschrieben), 2017: 71% (126)\n"
        "sehr hoch\n4%\nhoch\n20%\n24% sehr hoch/hoch\n36%\n30%\n27%\nKonnte so weitermachen\n"
        "davon: mehr benötigt2.907 qm mehr\n"
    )
    got = [(f.value, f.unit, f.year, f.finding) for f in line_figures(text, 0, len(text))]
    assert got == [
        (75, "%", None, "Rücklauf: 75% (144 Betriebe angeschrieben)"),
        (81, "%", 2019, "2019: 81% (149 angeschrieben)"),
        (71, "%", 2017, "2017: 71% (126)"),
        (4, "%", None, "sehr hoch: 4%"),
        (20, "%", None, "hoch: 20%"),
        (24, "%", None, "24% sehr hoch/hoch"),
        (2907, "qm", None, "davon: mehr benötigt2.907 qm mehr"),
    ]  # the run of bare values (36 %, 30 %, 27 %) is a chart that cannot be paired


def test_month_range_and_people_names():
    m = MONTH_RANGE.search("In den Monaten Mai und Juni 2013 nahmen 3.340 Erwachsene teil")
    assert (m.group("text"), month_range(m)) == ("In den Monaten Mai und Juni 2013", ("2013-05-01", "2013-06-30"))
    m = MONTH_RANGE.search("Befragung von Dezember bis Januar 2021")
    assert month_range(m) == ("2020-12-01", "2021-01-31")
    assert normalise_people("Bewohnerinnen und Bewohnern der Stadtregion") == "Bewohnerinnen und Bewohner der Stadtregion"
    assert normalise_people("Experten") == "Experten"


# -- survey reports of the corpus --------------------------------------------


def test_report_main_survey_and_wave():
    rows = corpus_rows("de_karlsruhe_umfrage_1.txt")
    main, wave = rows["surveys"]
    assert main["respondents"] == "Bürgerinnen und Bürger ab 18 Jahren"
    assert main["conducted_by"] == "Stadt Karlsruhe, Amt für Stadtentwicklung"
    assert (main["date_start"], main["date_end"], main["period_text"]) == (
        "2013-05-01", "2013-06-30", "In den Monaten Mai und Juni 2013")
    found = results_of(rows, main)
    named = {(r["respondent"], r["value"]) for r in found if r["respondent"]}
    assert {("Männer", 46.2), ("Frauen", 28.1), ("Sportvereinsmitglieder", 32.9)} <= named
    assert (wave["date_start"], {r["value"] for r in results_of(rows, wave)}) == ("2000-01-01", {27.7, 10.2})


def test_report_comparison_values_of_unnamed_waves_are_left_out():
    rows = corpus_rows("de_karlsruhe_umfrage_2.txt")
    (main,) = rows["surveys"]
    assert (main["respondents"], main["date_start"]) == ("Bewohnerinnen und Bewohner der Stadtregion", "2019-01-01")
    values = {r["value"] for r in results_of(rows, main)}
    assert {20.5, 522300, 72.6, 57.3} <= values
    assert not values & {12.4, 445800, 57.6, 91.8}  # 2016 / 2006 values


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.gold.json")))
def test_corpus_surveys_against_gold(name):
    gold = load_gold(CORPUS)[name.removesuffix(".gold.json") + (".html" if (CORPUS / name.replace(".gold.json", ".html")).exists() else ".txt")]
    rows = corpus_rows(gold["source_file"])
    required = [g for g in gold.get("surveys") or [] if not g.get("optional")]
    for g in required:
        assert any(
            names_match(g["respondents"], s["respondents"]) and s["date_start"] == g.get("date_start", s["date_start"])
            for s in rows["surveys"]
        ), g["respondents"]
    if not gold.get("surveys"):
        assert rows["surveys"] == []
    text = rows["documents"][0]["text"]
    assert all(text[r["char_start"]:r["char_end"]] == r["quote"] for r in rows["surveys"] + rows["survey_results"])
    assert all(re.fullmatch(r"survey(?:_result)?\.[a-z_.]+", r["rule"]) for r in rows["surveys"] + rows["survey_results"])
