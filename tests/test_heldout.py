"""Extraction accuracy on held-out documents of councils that are not in the corpus.

Several sets under `tests/fixtures/holdout*/`, each from councils in none of
the others (SOURCES.tsv says where each document was found), with gold
records annotated before the extractor was run on them. Each set's README
keeps its first, honest measurement — what the extractor scored before rules
were generalised on it. The floors are what it reached afterwards (raise
them as it improves; never lower them to pass).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from councildata.cli import cli

from .conftest import FIXTURES

# Per set: micro- and macro-F1 floors for the tables that have required gold
# rows, vote field floors, document field floors, and tables that must
# produce no spurious row (those with only optional or no gold rows).
SETS = {
    "holdout": {
        "f1": {"resolutions": (1.0, 1.0), "motions": (1.0, 1.0), "surveys": (1.0, 1.0), "meetings": (1.0, 1.0)},
        # The Haan budget page states "Beschlussempfehlungen" (to the Rat) only
        # once, far above the votes: left unread.
        "votes": {"unanimous": 1.0, "votes_yes": 1.0, "votes_no": 1.0, "votes_abstain": 1.0, "recommended_to": 0.93},
        "document": {"type": 1.0, "date": 1.0, "reference": 1.0},
        "no_spurious": (),
    },
    "holdout2": {
        "f1": {"resolutions": (1.0, 1.0), "motions": (1.0, 1.0), "meetings": (1.0, 1.0)},
        "votes": {"unanimous": 1.0, "votes_yes": 1.0, "votes_no": 1.0, "votes_abstain": 1.0, "recommended_to": 1.0},
        # A Niederschrift's own number ("Nr. 2/2006"; minutes get no reference by
        # design) and Frankfurt's "B 194" broken over a line are not read.
        "document": {"type": 1.0, "date": 1.0, "reference": 0.81},
        "no_spurious": ("surveys",),
    },
    "holdout3": {
        # "Hauptauschusses" (sic) is reported as written; the gold normalised it.
        "f1": {"resolutions": (1.0, 1.0), "meetings": (0.87, 0.85)},
        # "einstimmig" in the wording after a result field, and a debate that
        # reports another body's "mehrheitlich" recommendation, are not read.
        "votes": {"unanimous": 0.6, "votes_yes": 1.0, "votes_no": 1.0, "votes_abstain": 1.0, "recommended_to": 1.0},
        "document": {"type": 1.0, "date": 1.0, "reference": 1.0},
        "no_spurious": ("motions", "surveys"),
    },
    "holdout4": {
        # Measured after the fix rounds (fitted to this set now: rules for
        # council language written while looking at its misses), rounded
        # down; first-look and redesign figures are in docs/accuracy.md.
        "f1": {
            "resolutions": (0.92, 0.88),  # prose4: a motion cites earlier decisions, records none
            "motions": (1.0, 1.0),
            "meetings": (1.0, 1.0),
            "surveys": (1.0, 1.0),
            "survey_results": (1.0, 1.0),
        },
        # votes_abstain: the extract of minutes read as one since docfields (resolutions
        # 18 -> 19 matched) states its two abstentions in a note of its own after the
        # decision ("Anmerkung: Zwei … haben sich … enthalten"), which the decision's
        # vote does not read yet: 18/19. Every other field holds.
        "votes": {"unanimous": 1.0, "votes_yes": 1.0, "votes_no": 1.0, "votes_abstain": 0.94, "recommended_to": 1.0},
        "document": {"type": 1.0, "date": 0.97, "reference": 0.92},
        "no_spurious": (),
    },
    "holdout5": {
        # The first look (2026-12-05, docs/accuracy.md round 5), rounded down;
        # resolutions, meetings, the vote fields and the document's type and
        # date raised to what the fix round measured (fix5a), rounded down.
        # A floor that would have to be lowered means a change lost ground.
        "f1": {
            "resolutions": (0.94, 0.94),
            # fix5-b (surveys, survey_results, motions) rules, measured 2026-12-05
            "motions": (0.97, 0.99),
            "meetings": (0.95, 0.9),
            "surveys": (1.0, 1.0),
            "survey_results": (0.89, 0.76),
        },
        "votes": {"unanimous": 1.0, "votes_yes": 1.0, "votes_no": 1.0, "votes_abstain": 1.0, "recommended_to": 1.0},
        # type and date raised to the docfields round (2026-12-05), rounded down
        "document": {"type": 1.0, "date": 1.0, "reference": 1.0},
        "no_spurious": (),
    },
    "holdout6": {
        # First look 2026-12-05 (main at 73d2d05, gold written first): floors a
        # little under it. 21 of the 44 documents are third-party reports
        # (newspapers, groups' pages); see holdout6/README.md. Resolutions,
        # meetings and the vote fields raised to what the fix round measured
        # (fix6a, fitted), rounded down; every table, vote and document field
        # raised again after round 7's rule work (fitted: it read this set's
        # misses), measured 2026-12-05 at 9030f89.
        "f1": {
            "resolutions": (0.78, 0.79),  # prose4: outside deciders, told decisions, letters
            # motions, surveys, survey_results raised to the fix round (fix6b, fitted to this
            # set: rules written while looking at its misses), measured 2026-12-05, rounded down
            "motions": (0.8, 0.7),
            "meetings": (0.82, 0.68),
            "surveys": (1.0, 1.0),
            "survey_results": (0.87, 0.88),
        },
        "votes": {"unanimous": 1.0, "votes_yes": 1.0, "votes_no": 1.0, "votes_abstain": 1.0, "recommended_to": 1.0},
        "document": {"type": 1.0, "date": 1.0, "reference": 0.95},
        "no_spurious": (),
    },
    "holdout7": {
        # Full-length minutes (whole Niederschriften, not ~2,000-character page
        # copies); only four documents of one council could be found, hence the
        # lower document count. First look 2026-12-05 (main at 73d2d05): floors
        # a little under it. The set's one required motion, missed at the first
        # look (F1 0.0), is read since the fix round (fix6b: the chair's "Er …
        # beantragt die Erweiterung der Tagesordnung"), hence its floor.
        # Resolutions and the vote fields raised to what the fix round
        # measured (fix6a, fitted).
        "min_documents": 4,
        "f1": {
            "resolutions": (1.0, 1.0),
            "motions": (1.0, 1.0),
            "meetings": (1.0, 1.0),
        },
        "votes": {"unanimous": 1.0, "votes_yes": 1.0, "votes_no": 1.0, "votes_abstain": 1.0, "recommended_to": 1.0},
        "document": {"type": 1.0, "date": 1.0, "reference": 1.0},
        "no_spurious": (),
    },
    "holdout8": {
        # Collected for issue 8 while the rules were being reworked, gold written
        # by reading before any extractor run; mostly documents councils and their
        # administrations issued. Floors: the first look (2026-12-05, main at
        # 9030f89; holdout8/README.md) rounded down. Resolutions, surveys and
        # survey_results raised to what the fix round measured (fix7b, fitted:
        # rules written after reading this set's misses), rounded down.
        "f1": {
            "resolutions": (0.86, 0.82),  # prose4 (fitted): plain sentences, members, form results
            "motions": (1.0, 1.0),
            "meetings": (0.84, 0.73),
            "surveys": (0.63, 0.75),
            "survey_results": (0.65, 0.67),
        },
        "votes": {"unanimous": 1.0, "votes_yes": 1.0, "votes_no": 1.0, "votes_abstain": 1.0, "recommended_to": 1.0},
        "document": {"type": 0.97, "date": 0.97, "reference": 1.0},
        "no_spurious": (),
    },
    "holdout9": {
        # Full-length minutes of councils other than holdout7's, gold written
        # before any extractor run (holdout9/README.md). Floors: the first look
        # (2026-12-05, main at 9030f89) rounded down; resolutions and their vote
        # fields raised to the fix round (fix7a, fitted to this set), rounded down,
        # then to what struct4 measured (numbered sub-items, running headers,
        # Beschluss 1/2, amended decisions, count lines closing a passage; fitted).
        "min_documents": 10,
        "f1": {
            "resolutions": (0.93, 0.84),
            "motions": (1.0, 1.0),
            "meetings": (0.92, 0.95),
        },
        "votes": {"unanimous": 0.94, "votes_yes": 0.96, "votes_no": 0.97, "votes_abstain": 0.99, "recommended_to": 1.0},
        "document": {"type": 1.0, "date": 1.0, "reference": 0.9},
        "no_spurious": (),
    },
    "holdout10": {
        # Collected for issue 8 while the rules were being reworked, gold written
        # by reading before any extractor run; mostly documents councils and their
        # administrations issued, many from Länder the earlier sets have few of.
        # Floors: after round 9's rule work read it (fitted; main at c64a035),
        # rounded down; its first look (2026-12-05, 70866af) is in its README.
        "f1": {
            "resolutions": (0.88, 0.78),
            "motions": (0.91, 0.81),
            "meetings": (0.77, 0.68),
            "surveys": (0.61, 0.57),
            "survey_results": (0.52, 0.47),
        },
        "votes": {"unanimous": 1.0, "votes_yes": 0.9, "votes_no": 0.9, "votes_abstain": 0.95, "recommended_to": 1.0},
        "document": {"type": 0.93, "date": 0.93, "reference": 0.9},
        "no_spurious": (),
    },
    "holdout11": {
        # Full-length Amtsblätter of a Zweckverband (every decision of its
        # assembly's sessions) plus page copies of further councils' session
        # texts, gold written before any extractor run (holdout11/README.md).
        # Floors: after round 9's rule work read it (fitted; main at c64a035),
        # rounded down; its first look (2026-12-05, 70866af) is in its README.
        # Only resolutions and meetings have
        # required gold rows (two optional motions, no survey).
        "f1": {
            "resolutions": (0.93, 0.82),
            "meetings": (0.98, 0.94),
        },
        # "unanimous" is stated on two gold rows only, both dated by no session
        # (an unmatched pair leaves its accuracy undefined): no floor for it.
        "votes": {"votes_yes": 0.96, "votes_no": 0.96, "votes_abstain": 1.0, "recommended_to": 1.0},
        "document": {"type": 0.94, "date": 0.95, "reference": 1.0},
        "no_spurious": (),
    },
    "holdout12": {
        # A decision-rich held-out set (issue 8): mostly TOP pages, session pages
        # and publications of decisions by councils nobody has tuned for, gold
        # written by reading before any extractor run (holdout12/README.md).
        # Floors: after round 9's rule work read it (fitted; main at c64a035),
        # rounded down; its first look (2026-12-05, 70866af) is in its README.
        "f1": {
            "resolutions": (0.85, 0.77),
            "motions": (1.0, 1.0),
            "meetings": (0.9, 0.81),
            "surveys": (0.7, 0.64),
            "survey_results": (0.57, 0.4),
        },
        "votes": {"unanimous": 1.0, "votes_yes": 0.93, "votes_no": 0.93, "votes_abstain": 1.0, "recommended_to": 1.0},
        "document": {"type": 0.89, "date": 1.0, "reference": 1.0},
        "no_spurious": (),
    },
    "holdout13": {
        # A thirteenth held-out set (issue 8): documents councils and their
        # administrations issued, from councils nobody has tuned for, gold
        # written by reading before any extractor run (holdout13/README.md).
        # Floors: after round 10's rule work read it (fitted; main at 5d4bab8),
        # rounded down; its first look (2026-12-05, c64a035) is in its README.
        "f1": {
            "resolutions": (0.79, 0.71),
            "motions": (0.91, 0.89),
            "meetings": (0.96, 0.93),
            "surveys": (0.87, 0.87),
            "survey_results": (0.65, 0.54),
        },
        "votes": {"unanimous": 1.0, "votes_yes": 0.97, "votes_no": 0.97, "votes_abstain": 0.97, "recommended_to": 1.0},
        "document": {"type": 0.96, "date": 0.91, "reference": 0.97},
        "no_spurious": (),
    },
    "holdout14": {
        # A survey- and motion-led held-out set (issue 8): 36 documents of 34
        # councils nobody has tuned for, gold written by reading before any
        # extractor run (holdout14/README.md). Floors: after round 10's rule
        # work read it (fitted; main at 5d4bab8), rounded down; its first look
        # (2026-12-05, c64a035) is in its README.
        "f1": {
            "resolutions": (0.8, 0.79),
            "motions": (0.83, 0.8),
            "meetings": (0.61, 0.44),
            "surveys": (0.83, 0.78),
            "survey_results": (0.79, 0.66),
        },
        "votes": {"unanimous": 0.72, "votes_yes": 0.92, "votes_no": 0.92, "votes_abstain": 0.96, "recommended_to": 1.0},
        "document": {"type": 1.0, "date": 1.0, "reference": 0.9},
        "no_spurious": (),
    },
    "holdout15": {
        # A fifteenth held-out set (issue 8): 41 documents of 24 councils in eleven
        # states nobody has tuned for, mostly council-issued (TOP pages, gazette
        # publications, minutes, news items), gold written by reading before any
        # extractor run (holdout15/README.md). Floors: the first look (2026-12-05,
        # main at 5d4bab8), rounded down.
        "f1": {
            "resolutions": (0.3, 0.33),
            "motions": (0.62, 0.5),
            "meetings": (0.43, 0.29),
            "surveys": (0.44, 0.2),
            "survey_results": (0.0, 0.0),
        },
        "votes": {"unanimous": 0.0, "votes_yes": 0.88, "votes_no": 0.88, "votes_abstain": 0.88, "recommended_to": 0.88},
        "document": {"type": 0.81, "date": 0.47, "reference": 0.96},
        "no_spurious": (),
    },
    "holdout16": {
        # A sixteenth held-out set (issue 8), led by surveys and motions: 40
        # documents of 38 councils nobody has tuned for, gold written by reading
        # before any extractor run (holdout16/README.md). Floors: the first look
        # (2026-12-05, main at 5d4bab8), rounded down.
        "f1": {
            "resolutions": (0.57, 0.46),
            "motions": (0.56, 0.45),
            "meetings": (0.92, 0.85),
            "surveys": (0.33, 0.33),
            "survey_results": (0.16, 0.22),
        },
        "votes": {"unanimous": 1.0, "votes_yes": 1.0, "votes_no": 0.91, "votes_abstain": 0.91, "recommended_to": 1.0},
        "document": {"type": 0.94, "date": 0.82, "reference": 1.0},
        "no_spurious": (),
    },
}


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(request, tmp_path_factory) -> tuple[str, dict]:
    from councildata.build import build_package

    name = request.param
    folder = FIXTURES / name
    out = tmp_path_factory.mktemp(name) / "out"
    build_package(folder, out, use_cache=False)
    result = CliRunner().invoke(cli, ["evaluate", str(folder), "--out", str(out), "--json"])
    assert result.exit_code == 0, result.output
    return name, json.loads(result.output)


def test_floors(scored):
    name, report = scored
    floors = SETS[name]
    assert report["documents_scored"]["missing"] == []
    assert report["documents_scored"]["gold"] >= floors.get("min_documents", 10)
    for table, (micro, macro) in floors["f1"].items():
        scores = report["tables"][table]
        assert scores["f1"] >= micro and scores["macro_f1"] >= macro, (name, table, scores)
    for field, floor in floors["votes"].items():
        assert report["vote_fields"][field]["accuracy"] >= floor, (name, field, report["vote_fields"][field])
    for field, floor in floors["document"].items():
        assert report["document_fields"][field]["accuracy"] >= floor, (name, field, report["document_fields"][field])
    for table in floors["no_spurious"]:
        assert report["tables"][table]["fp"] == 0, (name, table)
    assert report["provenance"]["share"] == 1.0


def councils(folder: Path) -> set[str]:
    return {p.name.split("_")[1] for p in folder.glob("*.gold.json")}


@pytest.mark.parametrize("name", sorted(SETS))
def test_sources_name_every_document(name):
    folder = FIXTURES / name
    lines = (folder / "SOURCES.tsv").read_text("utf-8").splitlines()
    listed = {line.split("\t")[0] for line in lines[1:] if line.strip()}
    docs = {p.name for p in folder.iterdir() if p.suffix in (".txt", ".html")}
    assert docs == listed
    for gold in folder.glob("*.gold.json"):
        assert json.loads(gold.read_text("utf-8"))["source_file"] in docs


def test_no_council_is_in_two_sets():
    sets = {name: councils(FIXTURES / name) for name in [*SETS, "corpus"]}
    names = sorted(sets)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert not sets[a] & sets[b], (a, b, sets[a] & sets[b])
