"""Tests for councildata.evaluate: the README's scoring rules on small cases."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from councildata.evaluate import (
    format_report,
    is_empty_name,
    load_gold,
    load_output,
    max_matching,
    name_tokens,
    names_match,
    score,
)
from councildata.model import TABLES

# The shared corpus lives beside the repository (../shared/corpus); tests
# that read it skip where it is absent.
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


# -- helpers -----------------------------------------------------------------


def gold_doc(source_file: str = "a.txt", **tables) -> dict:
    record = {
        "source_file": source_file,
        "document": {},
        "motions": [],
        "resolutions": [],
        "surveys": [],
        "meetings": [],
    }
    record.update(tables)
    return record


def output(*documents: dict, **tables: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {t: [] for t in TABLES}
    out["documents"] = list(documents)
    for table, rows in tables.items():
        out[table] = rows
    return out


def document(source_file: str = "a.txt", doc_id: str = "a", text: str = "", **fields) -> dict:
    return {"id": doc_id, "source_file": source_file, "text": text, **fields}


def rows(doc_id: str, table: str, *items: dict) -> list[dict]:
    """Predicted rows with ids and the given fields (no provenance needed)."""
    return [{"id": f"{doc_id}/{table}{i}", "document_id": doc_id, **r} for i, r in enumerate(items)]


def counts(report: dict, table: str) -> tuple[int, int, int]:
    t = report["tables"][table]
    return t["tp"], t["fp"], t["fn"]


# -- names -------------------------------------------------------------------


def test_name_tokens_fold_umlauts_and_keep_slash():
    assert name_tokens("Gruppe GRÜNE/UWG") == {"gruppe", "gruene/uwg"}
    assert name_tokens("Straßenverkehrsbehörde") == {"strassenverkehrsbehoerde"}
    # Stop words and punctuation other than "/" go.
    assert name_tokens("Ausschuss für Umwelt und Verkehr (AUV).") == {
        "ausschuss",
        "fuer",
        "umwelt",
        "verkehr",
        "auv",
    }
    # Decomposed umlaut (u + combining diaeresis, as PDFs produce it).
    assert name_tokens("Gru\u0308ne") == {"gruene"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Gruppe GRÜNE/UWG", "GRÜNE/UWG"),
        ("GRÜNE/UWG", "Grüne/UWG"),
        ("GRUENE", "Grüne"),
        ("Kreistag", "dem Kreistag"),
        ("CDU-Fraktion", "CDU"),
        ("DIE LINKE.", "Die Linke"),
        ("Netzwerk häusliche Gewalt", "im Netzwerk häusliche Gewalt Anwesende"),
        # Jaccard 3/5 = 0.6 although neither side contains the other.
        ("Netzwerk häusliche Gewalt Cloppenburg", "Netzwerk häusliche Gewalt Vechta"),
    ],
)
def test_names_that_match(a, b):
    assert names_match(a, b)
    assert names_match(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ausschuss Schule Sport", "Ausschuss Kultur Bau"),  # Jaccard 1/5
        ("SPD", "CDU"),
        ("CDU/SPD", "CDU"),  # "/" stays inside the word
        ("", ""),  # empty names are handled by the empty-name rules
        (None, "CDU"),
    ],
)
def test_names_that_do_not_match(a, b):
    assert not names_match(a, b)


def test_name_of_only_stop_words_is_not_empty():
    # "Die" must not become the empty set, which is a subset of everything.
    assert not is_empty_name("Die")
    assert not names_match("Die", "Gemeinderat")
    assert names_match("Die", "die")
    assert is_empty_name(None) and is_empty_name("") and is_empty_name(" - ")


# -- matching ----------------------------------------------------------------


def test_max_matching_beats_greedy():
    # Gold 0 prefers p0, but p0 is gold 1's only candidate.
    candidates = {0: [(1.0, 0), (0.5, 1)], 1: [(0.2, 0)]}
    assert max_matching([0, 1], candidates) == {0: 1, 1: 0}


def test_motions_one_to_one_maximal():
    gold = {
        "a.txt": gold_doc(
            motions=[{"submitted_by": "CDU"}, {"submitted_by": "CDU Fraktion"}],
        )
    }
    # "CDU" fits both predictions; "CDU Fraktion" only the first one.
    out = output(
        document(),
        motions=rows(
            "a", "m", {"submitted_by": "CDU Fraktion"}, {"submitted_by": "CDU Gemeinderat"}
        ),
    )
    assert counts(score(gold, out), "motions") == (2, 0, 0)


def test_one_prediction_matches_one_gold_row_only():
    gold = {"a.txt": gold_doc(motions=[{"submitted_by": "SPD"}, {"submitted_by": "SPD"}])}
    out = output(document(), motions=rows("a", "m", {"submitted_by": "SPD"}))
    assert counts(score(gold, out), "motions") == (1, 0, 1)


def test_motion_date_only_where_gold_states_one():
    gold = {
        "a.txt": gold_doc(
            motions=[
                {"submitted_by": "SPD", "date": "2021-09-08"},
                {"submitted_by": "CDU", "date": None},
            ]
        )
    }
    out = output(
        document(),
        motions=rows(
            "a",
            "m",
            {"submitted_by": "SPD", "date": "2021-09-09"},
            {"submitted_by": "CDU", "date": "2020-01-01"},
        ),
    )
    assert counts(score(gold, out), "motions") == (1, 1, 1)


def test_optional_rows_cost_nothing_either_way():
    gold = {
        "a.txt": gold_doc(
            motions=[{"submitted_by": "SPD"}, {"submitted_by": "FDP", "optional": True}]
        )
    }
    found = output(
        document(), motions=rows("a", "m", {"submitted_by": "SPD"}, {"submitted_by": "FDP"})
    )
    report = score(gold, found)
    assert counts(report, "motions") == (1, 0, 0)
    assert report["tables"]["motions"]["optional_matched"] == 1
    assert report["tables"]["motions"]["f1"] == 1.0

    not_found = output(document(), motions=rows("a", "m", {"submitted_by": "SPD"}))
    assert counts(score(gold, not_found), "motions") == (1, 0, 0)


def test_optional_row_never_takes_a_required_match():
    gold = {
        "a.txt": gold_doc(
            motions=[{"submitted_by": "CDU", "optional": True}, {"submitted_by": "CDU Fraktion"}]
        )
    }
    out = output(document(), motions=rows("a", "m", {"submitted_by": "CDU-Fraktion"}))
    assert counts(score(gold, out), "motions") == (1, 0, 0)


def test_empty_name_rules():
    gold = {"a.txt": gold_doc(motions=[{"submitted_by": None}])}
    named = output(document(), motions=rows("a", "m", {"submitted_by": "SPD"}))
    assert counts(score(gold, named), "motions") == (0, 1, 1)
    unnamed = output(document(), motions=rows("a", "m", {"submitted_by": None}))
    assert counts(score(gold, unnamed), "motions") == (1, 0, 0)
    # A named gold row never matches an unnamed prediction.
    gold_named = {"a.txt": gold_doc(motions=[{"submitted_by": "SPD"}])}
    assert counts(score(gold_named, unnamed), "motions") == (0, 1, 1)
    # An optional gold row without a name matches any prediction.
    gold_optional = {"a.txt": gold_doc(motions=[{"submitted_by": None, "optional": True}])}
    report = score(gold_optional, named)
    assert counts(report, "motions") == (0, 0, 0)
    assert report["tables"]["motions"]["optional_matched"] == 1


def test_meetings_match_on_organization_and_date():
    gold = {
        "a.txt": gold_doc(
            meetings=[
                {"organization": "Sozialausschuss", "date": "2021-09-23"},
                {"organization": "Kreistag", "date": "2021-10-01"},
            ]
        )
    }
    out = output(
        document(),
        meetings=rows(
            "a",
            "mt",
            {"organization": "Sozialausschuss des Landkreises", "date": "2021-09-23"},
            {"organization": "Kreistag", "date": "2021-10-02"},
        ),
    )
    report = score(gold, out)
    assert counts(report, "meetings") == (1, 1, 1)
    assert report["details"]["meetings"]["missed"][0]["organization"] == "Kreistag"


# -- resolutions and vote fields ---------------------------------------------


def test_resolution_match_rules():
    base = {"decided_by": "Gemeinderat", "date": "2023-07-18", "outcome": "rejected"}
    gold = {"a.txt": gold_doc(resolutions=[base])}

    def run(**changes):
        return counts(
            score(gold, output(document(), resolutions=rows("a", "r", {**base, **changes}))),
            "resolutions",
        )

    assert run() == (1, 0, 0)
    assert run(decided_by=None) == (1, 0, 0)  # decided_by only where both have one
    assert run(decided_by="Hauptausschuss") == (0, 1, 1)
    assert run(outcome="adopted") == (0, 1, 1)
    assert run(date="2023-07-19") == (0, 1, 1)
    # A gold row without a date key does not constrain the date.
    gold_undated = {"a.txt": gold_doc(resolutions=[{k: v for k, v in base.items() if k != "date"}])}
    out = output(document(), resolutions=rows("a", "r", {**base, "date": None}))
    assert counts(score(gold_undated, out), "resolutions") == (1, 0, 0)


def test_vote_fields_null_is_scored_missing_key_is_not():
    gold = {
        "a.txt": gold_doc(
            resolutions=[
                {
                    "decided_by": "Sozialausschuss",
                    "date": "2021-09-23",
                    "outcome": "postponed",
                    "unanimous": True,
                    "votes_yes": None,  # must be empty
                    "recommended_to": "Kreistag",
                    "quote": "beschloss einstimmig, dem Kreistag zu empfehlen",
                }
            ]
        )
    }
    pred = {
        "decided_by": "Sozialausschuss",
        "date": "2021-09-23",
        "outcome": "postponed",
        "unanimous": True,
        "votes_yes": 0,
        "votes_no": 3,
        "recommended_to": "dem Kreistag",
    }
    report = score(gold, output(document(), resolutions=rows("a", "r", pred)))
    vote = report["vote_fields"]
    assert vote["unanimous"] == {"correct": 1, "total": 1, "accuracy": 1.0}
    assert vote["votes_yes"] == {"correct": 0, "total": 1, "accuracy": 0.0}
    assert vote["votes_no"]["total"] == 0 and vote["votes_no"]["accuracy"] is None
    assert vote["recommended_to"]["correct"] == 1
    [mismatch] = report["details"]["vote_fields"]
    assert mismatch["field"] == "votes_yes" and mismatch["gold"] is None
    assert mismatch["predicted"] == 0 and "einstimmig" in mismatch["quote"]


def test_recommended_to_null_and_empty_agree():
    gold = {
        "a.txt": gold_doc(
            resolutions=[
                {"date": "2021-01-01", "outcome": "adopted", "recommended_to": None},
                {"date": "2021-01-02", "outcome": "adopted", "recommended_to": None},
            ]
        )
    }
    out = output(
        document(),
        resolutions=rows(
            "a",
            "r",
            {"date": "2021-01-01", "outcome": "adopted", "recommended_to": ""},
            {"date": "2021-01-02", "outcome": "adopted", "recommended_to": "Kreistag"},
        ),
    )
    assert score(gold, out)["vote_fields"]["recommended_to"] == {
        "correct": 1,
        "total": 2,
        "accuracy": 0.5,
    }


def test_matching_prefers_vote_agreeing_pairs():
    common = {"decided_by": "Gemeinderat", "date": "2023-07-18", "outcome": "rejected"}
    gold = {
        "a.txt": gold_doc(
            resolutions=[
                {**common, "votes_yes": 4, "votes_no": 41},
                {**common, "votes_yes": 2, "votes_no": 42},
                {**common, "votes_yes": 19, "votes_no": 26},
            ]
        )
    }
    out = output(
        document(),
        resolutions=rows(
            "a",
            "r",
            {**common, "votes_yes": 19, "votes_no": 26},
            {**common, "votes_yes": 4, "votes_no": 41},
            {**common, "votes_yes": 2, "votes_no": 42},
        ),
    )
    report = score(gold, out)
    assert counts(report, "resolutions") == (3, 0, 0)
    assert report["vote_fields"]["votes_yes"]["accuracy"] == 1.0
    assert report["vote_fields"]["votes_no"]["accuracy"] == 1.0


def test_vote_fields_only_over_required_pairs():
    gold = {
        "a.txt": gold_doc(
            resolutions=[
                {"date": "2021-01-01", "outcome": "adopted", "optional": True, "votes_yes": 5}
            ]
        )
    }
    out = output(
        document(), resolutions=rows("a", "r", {"date": "2021-01-01", "outcome": "adopted"})
    )
    assert score(gold, out)["vote_fields"]["votes_yes"]["total"] == 0


# -- surveys -----------------------------------------------------------------


def test_survey_results_named_first_then_null_respondents():
    gold = {
        "a.txt": gold_doc(
            surveys=[
                {
                    "respondents": "Netzwerk häusliche Gewalt",
                    "date_start": "2022-06-22",
                    "results": [
                        {"respondent": "Polizei"},
                        {"respondent": "Jugendamt"},
                        {"respondent": None, "value": 62},
                        {"respondent": None, "optional": True},
                    ],
                }
            ]
        )
    }
    surveys = rows(
        "a", "s", {"respondents": "im Netzwerk häusliche Gewalt", "date_start": "2022-06-22"}
    )
    results = rows(
        "a",
        "sr",
        {"survey_id": "a/s0", "respondent": "Jugendamt"},
        {"survey_id": "a/s0", "respondent": None, "value": 62.0},
        {"survey_id": "a/s0", "respondent": "Polizei"},
        {"survey_id": "a/s0", "respondent": "Schule"},
    )
    report = score(gold, output(document(), surveys=surveys, survey_results=results))
    assert counts(report, "surveys") == (1, 0, 0)
    assert counts(report, "survey_results") == (3, 0, 0)
    assert report["tables"]["survey_results"]["optional_matched"] == 1

    # Without the extra prediction the optional null row simply stays unmatched;
    # a missing named row is missed even though null rows could take anything.
    fewer = [r for r in results if r["respondent"] not in ("Schule", "Polizei")]
    report = score(gold, output(document(), surveys=surveys, survey_results=fewer))
    assert counts(report, "survey_results") == (2, 0, 1)
    assert report["details"]["survey_results"]["missed"][0]["respondent"] == "Polizei"


def test_survey_date_and_unmatched_survey_results():
    gold = {
        "a.txt": gold_doc(
            surveys=[
                {
                    "respondents": "Gleichstellungsbeauftragte",
                    "date_start": "2022-03-01",
                    "results": [{"respondent": None}, {"respondent": None, "optional": True}],
                }
            ]
        )
    }
    surveys = rows(
        "a", "s", {"respondents": "Gleichstellungsbeauftragte", "date_start": "2022-06-01"}
    )
    results = rows("a", "sr", {"survey_id": "a/s0"}, {"survey_id": "a/s0"}, {"survey_id": "nope"})
    report = score(gold, output(document(), surveys=surveys, survey_results=results))
    assert counts(report, "surveys") == (0, 1, 1)
    # Gold results of the missed survey: the required one is missed; all three
    # predictions (two of the spurious survey, one orphan) are spurious.
    assert counts(report, "survey_results") == (0, 3, 1)


def _one_survey(results: list[dict], **survey) -> dict:
    return {"a.txt": gold_doc(surveys=[{"respondents": "Eltern", **survey, "results": results}])}


def _scored_results(gold: dict, *predicted: dict) -> tuple[int, int, int]:
    surveys = rows("a", "s", {"respondents": "Eltern"})
    results = rows("a", "sr", *({"survey_id": "a/s0", **r} for r in predicted))
    return counts(
        score(gold, output(document(), surveys=surveys, survey_results=results)), "survey_results"
    )


def test_null_respondent_result_needs_the_same_figure():
    gold = _one_survey([{"respondent": None, "finding": "zufrieden", "value": 62, "unit": "%"}])
    # Within 0.05 is the same figure, whatever the finding says.
    assert _scored_results(gold, {"finding": "etwas anderes", "value": 62.04}) == (1, 0, 0)
    assert _scored_results(gold, {"value": 61.95}) == (1, 0, 0)
    # Another figure, or none, is not the same finding even with the same words.
    assert _scored_results(gold, {"finding": "zufrieden", "value": 62.1}) == (0, 1, 1)
    assert _scored_results(gold, {"finding": "zufrieden"}) == (0, 1, 1)
    # A named prediction with the right figure still qualifies (the rule asks
    # for the figure, not for an empty respondent).
    assert _scored_results(gold, {"respondent": "Kita", "value": 62}) == (1, 0, 0)


def test_null_respondent_result_without_value_needs_the_same_finding():
    gold = _one_survey(
        [
            {
                "respondent": None,
                "finding": "Wunsch nach längeren Öffnungszeiten",
                "quote": "Viele Eltern wünschen sich längere Öffnungszeiten der Kitas.",
            }
        ]
    )
    assert _scored_results(gold, {"finding": "längeren Öffnungszeiten"}) == (1, 0, 0)
    # The gold finding against the predicted quote.
    assert _scored_results(
        gold, {"quote": "Es besteht der Wunsch nach längeren Öffnungszeiten."}
    ) == (
        1,
        0,
        0,
    )
    assert _scored_results(gold, {"finding": "Mangel an Parkplätzen", "value": 3}) == (0, 1, 1)
    # Without a finding the gold quote stands for it.
    quote_only = _one_survey([{"respondent": None, "quote": "Mangel an Parkplätzen"}])
    assert _scored_results(quote_only, {"finding": "Parkplätzen Mangel"}) == (1, 0, 0)
    assert _scored_results(quote_only, {"finding": "Öffnungszeiten"}) == (0, 1, 1)


def test_null_respondent_rows_stating_nothing():
    # Required: nothing to recognise it by, so nothing matches it.
    assert _scored_results(_one_survey([{"respondent": None}]), {"value": 1}) == (0, 1, 1)
    # Optional: takes any free row and costs nothing.
    optional = _one_survey([{"respondent": None, "optional": True}])
    assert _scored_results(optional, {"value": 1}) == (0, 0, 0)


def test_survey_start_must_lie_in_the_gold_period():
    year_2010 = {"date_start": "2010-01-01", "date_end": "2010-12-31"}

    def surveys_scored(gold_survey: dict, predicted_start) -> tuple[int, int, int]:
        gold = {"a.txt": gold_doc(surveys=[{"respondents": "Eltern", **gold_survey}])}
        surveys = rows("a", "s", {"respondents": "Eltern", "date_start": predicted_start})
        return counts(score(gold, output(document(), surveys=surveys)), "surveys")

    for inside in ("2010-01-01", "2010-06-15", "2010-12-31"):
        assert surveys_scored(year_2010, inside) == (1, 0, 0), inside
    for outside in ("2009-12-31", "2011-01-01", None):
        assert surveys_scored(year_2010, outside) == (0, 1, 1), outside
    # Without a date_end the period is the one day.
    assert surveys_scored({"date_start": "2022-06-22"}, "2022-06-22") == (1, 0, 0)
    assert surveys_scored({"date_start": "2022-06-22"}, "2022-06-23") == (0, 1, 1)
    # No gold start: not scored.
    assert surveys_scored({"date_start": None}, "1999-01-01") == (1, 0, 0)


def test_meetings_are_scored_where_the_gold_names_them():
    gold = {
        "a.txt": gold_doc(
            meetings=[
                {"organization": "Bauausschuss", "date": "2023-03-02"},
                {"organization": None, "date": "2023-04-05"},
            ]
        )
    }
    out = output(
        document(),
        meetings=rows(
            "a",
            "mt",
            {"organization": "Gemeinderat", "date": "2023-04-05"},
            {"organization": "Bauausschuss", "date": "2023-03-03"},
        ),
    )
    report = score(gold, out)
    # An unnamed gold meeting matches on its date alone; a wrong date misses.
    assert counts(report, "meetings") == (1, 1, 1)
    assert "meetings" in report["tables"] and report["tables"]["meetings"]["f1"] == 0.5


def test_optional_survey_without_respondents_matches_any():
    gold = {
        "a.txt": gold_doc(
            surveys=[{"optional": True, "results": [{"respondent": None, "optional": True}]}]
        )
    }
    surveys = rows("a", "s", {"respondents": "Bürgerinnen und Bürger"})
    results = rows("a", "sr", {"survey_id": "a/s0", "value": 27.7})
    report = score(gold, output(document(), surveys=surveys, survey_results=results))
    assert counts(report, "surveys") == (0, 0, 0)
    assert counts(report, "survey_results") == (0, 0, 0)


def test_results_of_a_matched_optional_survey_cost_nothing():
    # README: finding an optional row costs nothing, so neither may the
    # results of an optional survey that was found: not its unlisted ones,
    # not those that fit no gold row.
    gold = {
        "a.txt": gold_doc(
            surveys=[
                {"respondents": "Eltern", "optional": True, "results": [{"respondent": "Kita"}]},
                {"respondents": "Vereine", "results": [{"respondent": None, "value": 12}]},
            ]
        )
    }
    surveys = rows("a", "s", {"respondents": "Eltern"}, {"respondents": "Vereine"})
    results = rows(
        "a",
        "sr",
        {"survey_id": "a/s0", "respondent": "Kita"},
        {"survey_id": "a/s0", "value": 40.0},
        {"survey_id": "a/s0", "value": 41.0},
        {"survey_id": "a/s1", "value": 12.0},
        {"survey_id": "a/s1", "value": 13.0},
    )
    report = score(gold, output(document(), surveys=surveys, survey_results=results))
    assert counts(report, "surveys") == (1, 0, 0)
    # The required survey's extra figure is still a false positive.
    assert counts(report, "survey_results") == (1, 1, 0)
    assert report["tables"]["survey_results"]["optional_matched"] == 1
    # Not finding the optional survey: its results are not spurious either way,
    # so finding it and not finding it score the same.
    fewer = [r for r in results if r["survey_id"] == "a/s1"]
    report = score(gold, output(document(), surveys=surveys[1:], survey_results=fewer))
    assert counts(report, "survey_results") == (1, 1, 0)


# -- documents ---------------------------------------------------------------


def test_document_fields():
    gold = {
        "a.txt": gold_doc(document={"type": "information", "date": None, "title": "x"}),
    }
    out = output(document(type="information", date="2022-09-08", reference="2022/1"))
    fields = score(gold, out)["document_fields"]
    assert fields["type"] == {"correct": 1, "total": 1, "accuracy": 1.0}
    assert fields["date"] == {"correct": 0, "total": 1, "accuracy": 0.0}  # null: must be empty
    assert fields["reference"]["total"] == 0  # left out: not scored


def test_gold_document_missing_from_output():
    gold = {
        "a.txt": gold_doc(
            document={"type": "motion", "reference": None},
            motions=[{"submitted_by": "SPD"}, {"submitted_by": "CDU", "optional": True}],
            surveys=[{"respondents": "Polizei", "results": [{"respondent": None}]}],
        ),
        "b.txt": gold_doc("b.txt", motions=[{"submitted_by": "FDP"}]),
    }
    out = output(document("b.txt", "b"), motions=rows("b", "m", {"submitted_by": "FDP"}))
    report = score(gold, out)
    assert report["documents_scored"] == {"gold": 2, "in_output": 1, "missing": ["a.txt"]}
    assert counts(report, "motions") == (1, 0, 1)
    assert counts(report, "surveys") == (0, 0, 1)
    assert counts(report, "survey_results") == (0, 0, 1)
    assert report["document_fields"]["reference"] == {"correct": 0, "total": 1, "accuracy": 0.0}


def test_documents_without_gold_are_not_scored():
    gold = {"a.txt": gold_doc(motions=[{"submitted_by": "SPD"}])}
    out = output(
        document(),
        document("other.txt", "o"),
        motions=rows("a", "m", {"submitted_by": "SPD"}) + rows("o", "m", {"submitted_by": "CDU"}),
    )
    assert counts(score(gold, out), "motions") == (1, 0, 0)


# -- averages ----------------------------------------------------------------


def test_macro_and_micro_f1():
    gold = {
        "a.txt": gold_doc(motions=[{"submitted_by": f"Fraktion {i}"} for i in range(10)]),
        "b.txt": gold_doc("b.txt", motions=[{"submitted_by": "SPD"}]),
        "c.txt": gold_doc("c.txt"),  # nothing in gold nor output: not averaged
    }
    out = output(
        document(),
        document("b.txt", "b"),
        document("c.txt", "c"),
        motions=rows("a", "m", *({"submitted_by": f"Fraktion {i}"} for i in range(10)))
        + rows("b", "m", {"submitted_by": "CDU"}),
    )
    t = score(gold, out)["tables"]["motions"]
    assert (t["tp"], t["fp"], t["fn"]) == (10, 1, 1)
    assert t["f1"] == pytest.approx(20 / 22)
    assert t["macro_f1"] == pytest.approx(0.5)
    assert t["documents"] == 2
    # No rows anywhere: undefined, not a perfect score.
    assert score(gold, out)["tables"]["meetings"]["f1"] is None


# -- provenance ----------------------------------------------------------------


def test_provenance_share_finds_a_broken_span():
    text = "Antrag der SPD.\nBeschluss: einstimmig."
    gold = {"a.txt": gold_doc()}
    good = {"quote": "Antrag der SPD", "char_start": 0, "char_end": 14}
    broken = {"quote": "Beschluss: einstimmig", "char_start": 16, "char_end": 30}
    out = output(
        document(text=text),
        document("other.txt", "o", text="Niederschrift"),
        motions=rows("a", "m", good),
        resolutions=rows("a", "r", broken)
        + rows("o", "r", {"quote": "Niederschrift", "char_start": 0, "char_end": 13}),
        meetings=rows("missing-doc", "mt", good),
    )
    report = score(gold, out)
    assert report["provenance"] == {"checked": 4, "ok": 2, "share": 0.5}
    reasons = {p["id"]: p["reason"] for p in report["details"]["provenance"]}
    assert reasons["a/r0"].startswith("text[16:30]")
    assert reasons["missing-doc/mt0"] == "document_id not in documents"
    assert "DEFECT" in format_report(report)


# -- files -------------------------------------------------------------------


def test_load_gold_keys_by_folder_and_source_file(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.gold.json").write_text(json.dumps(gold_doc("a.txt")), encoding="utf-8")
    (tmp_path / "sub" / "b.gold.json").write_text(json.dumps(gold_doc("b.pdf")), encoding="utf-8")
    (tmp_path / "notes.json").write_text("not gold", encoding="utf-8")
    gold = load_gold(tmp_path)
    assert list(gold) == ["a.txt", "sub/b.pdf"]
    assert gold["sub/b.pdf"]["source_file"] == "b.pdf"


def test_load_gold_rejects_invalid_json(tmp_path):
    (tmp_path / "bad.gold.json").write_text("{nope", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.gold.json"):
        load_gold(tmp_path)
    (tmp_path / "bad.gold.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match="source_file"):
        load_gold(tmp_path)


def write_csv(path: Path, table_rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(table_rows[0]))
        writer.writeheader()
        writer.writerows(table_rows)


def test_load_output_types_cells_and_round_trips(tmp_path):
    text = "Kopf\r\nDer Ausschuss beschloss einstimmig.\n62 % sagen ja"
    write_csv(
        tmp_path / "documents.csv",
        [{"id": "a", "source_file": "a.txt", "type": "minutes", "reference": "", "text": text}],
    )
    quote = "Der Ausschuss beschloss einstimmig."
    start = text.index(quote)
    write_csv(
        tmp_path / "resolutions.csv",
        [
            {
                "id": "a/r1",
                "document_id": "a",
                "decided_by": "Ausschuss",
                "date": "2022-01-01",
                "outcome": "adopted",
                "unanimous": "true",
                "votes_yes": "12",
                "votes_no": "",
                "votes_abstain": "0",
                "quote": quote,
                "char_start": str(start),
                "char_end": str(start + len(quote)),
            }
        ],
    )
    write_csv(
        tmp_path / "survey_results.csv",
        [
            {"id": "a/sr1", "survey_id": "a/s1", "value": "62", "unit": "%"},
            {"id": "a/sr2", "survey_id": "a/s1", "value": "viele", "unit": ""},
        ],
    )
    out = load_output(tmp_path)
    assert set(out) == set(TABLES)
    assert out["motions"] == []  # no file: no rows
    [doc] = out["documents"]
    assert doc["text"] == text  # line breaks kept exactly
    assert doc["reference"] is None
    [res] = out["resolutions"]
    assert res["unanimous"] is True and res["votes_yes"] == 12 and res["votes_abstain"] == 0
    assert res["votes_no"] is None and res["char_start"] == start
    assert res["date"] == "2022-01-01"
    assert [r["value"] for r in out["survey_results"]] == [62.0, "viele"]

    gold = {
        "a.txt": gold_doc(
            document={"type": "minutes", "reference": None},
            resolutions=[
                {
                    "decided_by": "Ausschuss",
                    "date": "2022-01-01",
                    "outcome": "adopted",
                    "unanimous": True,
                    "votes_yes": 12,
                    "votes_no": None,
                }
            ],
        )
    }
    report = score(gold, out)
    json.dumps(report)  # JSON-serialisable
    assert counts(report, "resolutions") == (1, 0, 0)
    # The resolution's span holds; the two results carry no provenance at all.
    assert report["provenance"]["ok"] == 1 and report["provenance"]["checked"] == 3
    assert [p["table"] for p in report["details"]["provenance"]] == ["survey_results"] * 2
    assert report["document_fields"]["reference"]["accuracy"] == 1.0
    assert all(v["accuracy"] in (1.0, None) for v in report["vote_fields"].values())


def test_format_report_details_lists_misses_with_quotes():
    long_quote = "Antrag der Gruppe GRÜNE/UWG vom 08.09.2021 " * 10
    gold = {"a.txt": gold_doc(motions=[{"submitted_by": "Gruppe GRÜNE/UWG", "quote": long_quote}])}
    out = output(document(), motions=rows("a", "m", {"submitted_by": "AfD", "quote": "AfD"}))
    report = score(gold, out)
    plain = format_report(report)
    assert "motions" in plain and "provenance" in plain and "Details" not in plain
    text = format_report(report, details=True)
    missed = next(line for line in text.splitlines() if line.startswith("missed"))
    assert "a.txt" in missed and "Gruppe GRÜNE/UWG" in missed and missed.endswith("…")
    assert len(missed) < 250
    spurious = next(line for line in text.splitlines() if line.startswith("spurious"))
    assert "a/m0" in spurious and "AfD" in spurious


# -- the real corpus -----------------------------------------------------------


@pytest.mark.skipif(
    not CORPUS.is_dir(),
    reason="the shared corpus (../shared/corpus beside the repository) is absent",
)
def test_load_real_gold_corpus():
    gold = load_gold(CORPUS)
    files = list(CORPUS.rglob("*.gold.json"))
    assert len(gold) == len(files) >= 40
    for key, record in gold.items():
        assert key.endswith(record["source_file"])
    assert "de_landkreis-cloppenburg_mitteilung_1.txt" in gold
