"""A survey reported in one item of a full-length Niederschrift (invented, written for these tests):
one survey with its results, none from the agenda list, a proposal, a question or the Anlagen list."""

from __future__ import annotations

from councildata.evaluate import names_match

from .common import run
from .minutes_with_survey import TEXT


def test_the_minutes_are_full_length():
    assert TEXT.count("\n") > 140 and TEXT.count("Seite ") == 4


def test_one_survey_from_the_item_that_reports_it():
    (sv, results), = run(TEXT, "2025-03-18")
    assert names_match(sv["respondents"], "Eltern")
    assert (sv["date_start"], sv["date_end"]) == ("2025-01-01", "2025-01-31")
    # those who took part, the return rate, two thirds, the 48, the nine who refuse, the 87;
    # not the 214 written to, the 60 places, the five weekdays, the votes, the 312 households
    assert [(r["value"], r["unit"]) for r in results] == [
        (131, "Familien"), (61, "%"), (66.7, "%"), (48, "Familien"), (9, "Familien"), (87, "Familien")]
    assert all(TEXT.index("TOP 4 Ergebnisse") < TEXT.find(r["quote"]) < TEXT.index("TOP 5 Bebauungsplan")
               for r in results)


def test_the_whole_document_keeps_its_items(tmp_path):
    from councildata.extract import extract_document
    from councildata.ingest import ingest_file

    path = tmp_path / "niederschrift.txt"
    path.write_text(TEXT, encoding="utf-8")
    (doc,) = ingest_file(path, tmp_path)
    rows = extract_document(doc)
    assert len(rows["surveys"]) == 1 and len(rows["survey_results"]) == 6
    items = [r["agenda_item"] for r in rows["resolutions"]]
    assert items == ["TOP 3", "TOP 4", "TOP 5", "TOP 6", "TOP 7", "TOP 8"]
    outcomes = {r["agenda_item"]: r["outcome"] for r in rows["resolutions"]}
    assert outcomes["TOP 4"] == "noted" and outcomes["TOP 7"] == "adopted"
    for r in rows["surveys"] + rows["survey_results"] + rows["resolutions"]:
        assert doc.text[r["char_start"]:r["char_end"]] == r["quote"]
