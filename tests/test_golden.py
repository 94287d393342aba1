"""Golden test: the seed document's rows compared field by field with its gold record."""

from __future__ import annotations

import json

import pytest

from councildata.evaluate import load_output, names_match

from .conftest import CORPUS, SEED

GOLD = json.loads((CORPUS / SEED.replace(".txt", ".gold.json")).read_text("utf-8"))


@pytest.fixture(scope="module")
def seed_rows(corpus_build):
    out = load_output(corpus_build)
    (doc,) = [d for d in out["documents"] if d["source_file"] == SEED]
    return {t: [r for r in rows if r.get("document_id", r.get("id")) == doc["id"]] for t, rows in out.items()} | {"document": doc}


def test_document_fields(seed_rows):
    for key, value in GOLD["document"].items():
        assert seed_rows["document"][key] == value, key


def test_motion(seed_rows):
    (gold,) = GOLD["motions"]
    (motion,) = seed_rows["motions"]
    assert names_match(motion["submitted_by"], gold["submitted_by"])
    for key in ("date", "title", "reference"):
        assert motion[key] == gold[key], key


def test_resolution(seed_rows):
    (gold,) = GOLD["resolutions"]
    (res,) = seed_rows["resolutions"]
    assert names_match(res["decided_by"], gold["decided_by"])
    assert names_match(res["recommended_to"], gold["recommended_to"])
    for key in ("date", "outcome", "unanimous", "votes_yes", "votes_no", "votes_abstain"):
        assert res[key] == gold[key], key
    assert res["quote"] == gold["quote"].replace("\n", " ") or " ".join(res["quote"].split()) == " ".join(gold["quote"].split())
    # The resolution decides on the seed's motion.
    (motion,) = seed_rows["motions"]
    assert res["motion_id"] == motion["id"]


def test_meetings(seed_rows):
    got = {(m["organization"], m["date"]) for m in seed_rows["meetings"]}
    for gold in GOLD["meetings"]:
        assert any(names_match(o, gold["organization"]) and d == gold["date"] for o, d in got), gold


def test_surveys_and_results(seed_rows):
    surveys = seed_rows["surveys"]
    assert len(surveys) == len(GOLD["surveys"])
    for gold in GOLD["surveys"]:
        (survey,) = [s for s in surveys if names_match(s["respondents"], gold["respondents"])]
        for key in ("date_start", "date_end", "period_text"):
            if key in gold:
                assert survey[key] == gold[key], key
        results = [r for r in seed_rows["survey_results"] if r["survey_id"] == survey["id"]]
        required = [g for g in gold["results"] if not g.get("optional")]
        named = [g["respondent"] for g in required if g["respondent"]]
        for name in named:
            assert any(names_match(r["respondent"], name) for r in results), name
        assert len(results) >= len(required)
        assert all(r["finding"] for r in results)
