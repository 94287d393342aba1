"""Extraction accuracy on the corpus copy, measured by `councildata evaluate`.

The floors are what the extractor has reached (raise them as it improves;
never lower them to pass). The corpus README defines the scoring.
"""

from __future__ import annotations

import json

from click.testing import CliRunner

from councildata.cli import cli

from .conftest import CORPUS

# micro-F1 and per-document macro-F1 per table
F1_FLOORS = {
    "resolutions": (0.95, 0.90),
    "motions": (0.90, 0.90),
    "surveys": (0.90, 0.90),
    # Re-measured when evaluate adopted the updated README rule (a result
    # without respondent needs the same figure or finding; before, it took
    # any predicted row): the extractor did not change, the measure did.
    "survey_results": (0.68, 0.58),
}
VOTE_FIELD_FLOOR = 0.95
DOCUMENT_FIELD_FLOORS = {"type": 0.95, "date": 0.90, "reference": 0.90}


def test_evaluate_meets_the_floors(corpus_build):
    result = CliRunner().invoke(cli, ["evaluate", str(CORPUS), "--out", str(corpus_build), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    for table, (micro, macro) in F1_FLOORS.items():
        scores = report["tables"][table]
        assert scores["f1"] >= micro, (table, scores)
        assert scores["macro_f1"] >= macro, (table, scores)
    for name, acc in report["vote_fields"].items():
        assert acc["accuracy"] >= VOTE_FIELD_FLOOR, (name, acc)
    for name, floor in DOCUMENT_FIELD_FLOORS.items():
        assert report["document_fields"][name]["accuracy"] >= floor, name
    assert report["provenance"]["share"] == 1.0
    assert report["documents_scored"]["missing"] == []


def test_evaluate_prints_a_readable_report_with_details(corpus_build):
    result = CliRunner().invoke(cli, ["evaluate", str(CORPUS), "--out", str(corpus_build), "--details"])
    assert result.exit_code == 0, result.output
    for word in ("resolutions", "motions", "surveys", "survey_results", "unanimous", "provenance"):
        assert word in result.output
