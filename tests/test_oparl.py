"""OParl: mapping real OParl JSON to the contract, crawling an endpoint, the CLI.

The sync tests run a local OParl server on 127.0.0.1 built from the real
fixtures in tests/fixtures/corpus/oparl/ (the shared corpus copy, unedited).
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
from click.testing import CliRunner

from councildata import model, oparl
from councildata.oparl_cli import oparl as oparl_group
from councildata.oparl_sync import STATE_NAME, sync

FIXTURES = Path(__file__).parent / "fixtures" / "corpus" / "oparl"
SPECS = Path(__file__).parent.parent.parent / "shared" / "specs" / "oparl-1.1"
CONTRACT_TYPES = {"motion", "proposal", "information", "inquiry", "answer", "minutes", "agenda",
                  "other"}
OUTCOMES = {"adopted", "adopted_amended", "rejected", "postponed", "referred", "noted",
            "withdrawn", "other"}
KINDS = {"council", "committee", "parliamentary_group", "party", "administration", "external"}


def load(name: str) -> tuple[object, str]:
    raw = (FIXTURES / name).read_bytes()
    return json.loads(raw), hashlib.sha256(raw).hexdigest()


def docs_of(name: str, **kwargs) -> list[model.Document]:
    obj, sha = load(name)
    return oparl.documents_from_oparl(obj, f"oparl/{name}", sha, **kwargs)


@functools.cache
def schema_columns() -> dict[str, set[str]]:
    folder = Path(__file__).parent.parent / "schemas"
    cols = {}
    for table in model.TABLES:
        path = folder / f"{table}.json"
        if path.exists():
            cols[table] = {f["name"] for f in json.loads(path.read_text("utf-8"))["fields"]}
    return cols


def check_document(doc: model.Document) -> None:
    """Invariants every OParl document must hold."""
    assert doc.format == "oparl"
    assert doc.text and doc.text.endswith("\n")
    assert doc.hints.get("type", "other") in CONTRACT_TYPES
    if doc.hints.get("date"):
        datetime.strptime(doc.hints["date"], "%Y-%m-%d")
    cols = schema_columns()
    for table, rows in doc.records.items():
        assert table in model.TABLES
        for n, row in enumerate(rows, 1):
            if table in cols:  # the validator rejects columns that are not in the schema
                assert set(row) <= cols[table], (table, set(row) - cols[table])
            if table == "organizations":
                assert row["id"] and row["name"] and row["kind"] in KINDS
                continue
            assert row["id"] == model.row_id(doc.id, table, n)
            assert row["document_id"] == doc.id
            assert doc.text[row["char_start"]:row["char_end"]] == row["quote"]
            assert row["quote"].strip()
            assert row["rule"] == "oparl" and 0 < row["confidence"] <= 1
            if table == "resolutions":
                assert row["outcome"] in OUTCOMES
                assert row["text"] and row["text"] in doc.text
            if table == "meetings":  # required columns
                assert row["organization"] and row["date"]
                assert row["organization"] in row["quote"] or row["organization"] in doc.text


ALL = sorted(p.name for p in FIXTURES.glob("*.json"))


@pytest.mark.parametrize("name", ALL)
def test_every_fixture_maps_and_holds_the_invariants(name):
    obj, _ = load(name)
    assert oparl.is_oparl(obj)
    docs = docs_of(name)
    assert docs
    assert len({d.id for d in docs}) == len(docs)
    for doc in docs:
        check_document(doc)
        if len(docs) == 1:
            assert doc.id == model.document_id(f"oparl/{name}")
        else:
            assert doc.id.startswith(model.document_id(f"oparl/{name}") + "/")


@pytest.mark.parametrize("name", ALL)
def test_ids_and_texts_are_stable(name):
    first = [(d.id, d.text, d.records, d.hints) for d in docs_of(name)]
    second = [(d.id, d.text, d.records, d.hints) for d in docs_of(name)]
    assert first == second


def test_karlsruhe_paper():
    (doc,) = docs_of("de_karlsruhe_oparl-paper_1.json")
    assert doc.hints["type"] == "motion"
    assert doc.hints["type_label"] == "Antrag"
    assert doc.hints["reference"] == "2025/0517"
    assert doc.hints["date"] == "2025-05-26"
    assert doc.hints["oparl_id"] == "https://web1.karlsruhe.de/oparl/bodies/0001/papers/vo/51976"
    assert doc.text.startswith(
        "Antrag 2025/0517\nAbschaffung der Hundesteuer für aus dem Tierheim übernommene Hunde\n"
        "Datum: 26.05.2025\n")
    (motion,) = doc.records["motions"]
    assert motion["reference"] == "2025/0517"
    assert motion["date"] == "2025-05-26"
    assert motion["title"].startswith("Abschaffung der Hundesteuer")
    # originator given only as URLs, underDirectionOf is the administration's lead
    assert motion["submitted_by"] is None
    assert "Protokoll GR 30.09.2025 TOP 24 (00670966.pdf)" in doc.text


def test_spec_example_paper_is_an_answer():
    (doc,) = docs_of("xx_oparl-spec-example_paper_1.json")
    assert doc.hints["type"] == "answer"  # "Beantwortung einer Anfrage"
    assert doc.hints["reference"] == "1234/2014"
    assert doc.hints["date"] == "2014-04-04"
    assert "motions" not in doc.records
    assert "Honschaftsstraße 312, Köln" in doc.text


def test_karlsruhe_meeting_results_become_resolutions():
    (doc,) = docs_of("de_karlsruhe_oparl-meeting_1.json")
    assert doc.hints["type"] == "minutes"  # it carries a resultsProtocol
    assert doc.hints["date"] == "2022-10-25"
    (meeting,) = doc.records["meetings"]
    assert meeting["organization"] == "Gemeinderat"
    assert meeting["date"] == "2022-10-25"
    res = {r["agenda_item"]: r for r in doc.records["resolutions"]}
    obj, _ = load("de_karlsruhe_oparl-meeting_1.json")
    with_result = [a for a in obj["agendaItem"] if a.get("result")]
    assert len(doc.records["resolutions"]) == len(with_result)
    expect = {
        "2": ("adopted", False),       # mehrheitlich zugestimmt
        "3": ("adopted", True),        # einstimmig zugestimmt
        "10": ("rejected", None),      # abgelehnt
        "12": ("noted", None),         # Kenntnisnahme
        "15": ("adopted_amended", None),  # teilweise zugestimmt
        "21": ("other", None),         # mit Stellungnahme einverstanden
        "23": ("noted", None),         # Stellungnahme zur Kenntnis genommen
        "25": ("rejected", False),     # mehrheitlich abgelehnt
        "27": ("postponed", None),     # vertagt
        "28": ("referred", None),      # verwiesen in Fachausschuss
        "44": ("other", None),         # Aushang im Foyer
    }
    for number, (outcome, unanimous) in expect.items():
        assert res[number]["outcome"] == outcome, number
        assert res[number]["unanimous"] is unanimous, number
        assert res[number]["decided_by"] == "Gemeinderat"
        assert res[number]["date"] == "2022-10-25"
        assert res[number]["votes_yes"] is None
    assert res["2"]["quote"].startswith("TOP 2: Integriertes Stadtentwicklungskonzept")
    assert res["2"]["quote"].endswith("Ergebnis: mehrheitlich zugestimmt")
    assert res["2"]["oparl_id"] == "https://web1.karlsruhe.de/oparl/bodies/0001/agendaitems/72787"


def test_karlsruhe_ortschaftsrat_meeting():
    (doc,) = docs_of("de_karlsruhe_oparl-meeting_2.json")
    assert doc.hints["type"] == "agenda"
    (meeting,) = doc.records["meetings"]
    assert meeting["organization"] == "Ortschaftsrat Durlach"
    assert meeting["date"] == "2025-02-12"
    res = {r["agenda_item"]: r for r in doc.records["resolutions"]}
    assert res["1.1"]["outcome"] == "adopted" and res["1.1"]["unanimous"] is True
    assert res["1.3"]["outcome"] == "other"  # erledigt
    assert res["2"]["outcome"] == "noted"
    assert res["6"]["outcome"] == "referred"
    assert "9" not in res  # no result, no resolution
    assert "TOP 1.1: Ausscheiden von Herrn David Willimzig aus dem Ortschaftsrat\n" \
           "Ergebnis: einstimmig beschlossen\n" in doc.text


def test_spec_example_meeting():
    (doc,) = docs_of("xx_oparl-spec-example_meeting_1.json")
    assert doc.hints["type"] == "minutes"
    assert doc.hints["date"] == "2013-01-04"
    assert doc.text.startswith("4. Sitzung des Finanzausschusses\nDatum: 04.01.2013, 08:00–12:00 "
                               "Uhr\nOrt: Rathaus der Beispielstadt")
    (meeting,) = doc.records["meetings"]
    assert meeting["organization"] == "Finanzausschuss"  # quoted from "Finanzausschusses"
    (res,) = doc.records["resolutions"]
    assert res["outcome"] == "adopted_amended"  # "Geändert beschlossen"
    assert res["text"] == "Der Beschluss weicht wie folgt vom Antrag ab: ..."
    assert res["agenda_item"] == "10.1"
    assert res["quote"] == ("TOP 10.1: Satzungsänderung für Ausschreibungen\n"
                            "Ergebnis: Geändert beschlossen\n"
                            "Beschluss: Der Beschluss weicht wie folgt vom Antrag ab: ...")


def test_wuppertal_meeting_without_known_committee():
    (doc,) = docs_of("de_wuppertal_oparl-meeting_1.json")
    assert doc.hints["date"] == "2020-09-29"
    assert doc.hints["type"] == "agenda"
    # meetings.organization is required and the name "SI/0507/20" names none
    assert "meetings" not in doc.records
    assert "Niederschrift (00261010.pdf)" in doc.text


def test_huertgenwald_lists():
    papers = docs_of("de_huertgenwald_oparl-paperlist_1.json")
    assert len(papers) == 25
    by_ref = {d.hints["reference"]: d for d in papers}
    assert by_ref["62/2007"].hints["date"] == "2007-05-31"
    assert by_ref["62/2007"].hints["type"] == "proposal"
    assert by_ref["103/2007"].hints["type_label"] == "Tischvorlage"
    assert papers[0].id.endswith("/paper-853")

    meetings = docs_of("de_huertgenwald_oparl-meetinglist_1.json")
    assert len(meetings) == 25
    first = meetings[0]
    assert first.records["meetings"][0]["organization"] == "Gemeinderat"
    res = first.records["resolutions"]
    assert res[0]["outcome"] == "adopted" and res[0]["unanimous"] is True
    assert res[0]["votes_abstain"] == 0 and res[0]["votes_yes"] is None
    all_res = [r for d in meetings for r in d.records.get("resolutions", [])]
    counted = [r for r in all_res if r["text"].startswith("13 Ja-Stimmen, 0 Enthaltungen")]
    assert counted and all(
        (r["votes_yes"], r["votes_no"], r["votes_abstain"], r["outcome"]) == (13, 0, 0, "adopted")
        for r in counted)
    split = [r for r in all_res if r["text"].startswith("8 Ja-Stimmen, 4 Nein-Stimmen")]
    assert split and all(r["unanimous"] is False for r in split)


def test_magdeburg_oparl_like_papers():
    obj, _ = load("de_magdeburg_oparl-like-papers_1.json")
    assert oparl.is_oparl_like(obj)
    docs = docs_of("de_magdeburg_oparl-like-papers_1.json")
    assert [d.hints["reference"] for d in docs] == ["A0053/26/1", "F0218/26", "F0219/26"]
    assert [d.hints["type"] for d in docs] == ["motion", "inquiry", "inquiry"]
    motion_doc = docs[0]
    assert motion_doc.hints["addressed_to"] == "Finanz- und Grundstücksausschuss"
    assert "oparl_id" not in motion_doc.hints  # its ids are not OParl URLs
    (res,) = motion_doc.records["resolutions"]  # the second consultation has no result yet
    assert res["decided_by"] == "Finanz- und Grundstücksausschuss"
    assert res["date"] == "2026-06-24"
    assert res["outcome"] == "adopted"  # "empfohlen": a recommendation to adopt
    assert res["motion_id"] == motion_doc.records["motions"][0]["id"]
    assert res["paper_reference"] == "A0053/26/1"


def test_index_resolves_names_across_files():
    """Organization names from another file (an organization list) via OParlIndex."""
    meeting, _ = load("de_karlsruhe_oparl-meeting_2.json")
    paper, _ = load("de_karlsruhe_oparl-paper_1.json")
    base = "https://web1.karlsruhe.de/oparl/bodies/0001"
    orgs = {"data": [
        {"id": f"{base}/organizations/gr/40333", "type": "https://schema.oparl.org/1.1/Organization",
         "name": "Ortschaftsrat Durlach", "organizationType": "Gremium",
         "classification": "Ortschaftsrat", "body": base},
        {"id": f"{base}/organizations/gr/32130", "type": "https://schema.oparl.org/1.1/Organization",
         "name": "Gemeinderat", "organizationType": "Gremium", "classification": "Parlament",
         "body": base},
        {"id": f"{base}/organizations/at/882972", "type": "https://schema.oparl.org/1.1/Organization",
         "name": "Stadtkämmerei", "organizationType": "Verwaltungsbereich", "body": base},
    ], "links": {}, "pagination": {}}
    body = {"id": base, "type": "https://schema.oparl.org/1.1/Body", "name": "Stadt Karlsruhe"}
    index = oparl.OParlIndex.from_objects([meeting, paper, orgs, body])

    (org_doc,) = oparl.documents_from_oparl(orgs, "oparl/orgs.json", "x")
    kinds = {r["name"]: r["kind"] for r in org_doc.records["organizations"]}
    assert kinds == {"Ortschaftsrat Durlach": "council", "Gemeinderat": "council",
                     "Stadtkämmerei": "administration"}
    check_document(org_doc)

    (doc,) = oparl.documents_from_oparl(meeting, "m.json", "x", index=index)
    check_document(doc)
    assert "Gremium: Ortschaftsrat Durlach\n" in doc.text
    (row,) = doc.records["meetings"]
    assert row["confidence"] == 1.0  # named by the Organization object, not read from the name
    assert row["organization_id"] == doc.records["organizations"][0]["id"]
    assert doc.records["organizations"][0]["kind"] == "council"

    (pdoc,) = oparl.documents_from_oparl(paper, "p.json", "x", index=index)
    check_document(pdoc)
    assert pdoc.hints["body"] == "Stadt Karlsruhe"
    assert pdoc.hints["addressed_to"] == "Gemeinderat"
    assert "Federführung: Stadtkämmerei\n" in pdoc.text
    assert "Beratung: Gemeinderat (Entscheidung, beschließend)\n" in pdoc.text


def test_motion_submitter_from_an_originator_organization():
    paper = {"id": "https://x.example/oparl/body/1/paper/9", "type": PAPER, "reference": "A 9/24",
             "paperType": "Änderungsantrag", "name": "Radweg\n  Hauptstraße",
             "date": "2024-05-06",
             "originatorOrganization": [{"id": "https://x.example/oparl/body/1/organization/5",
                                         "type": "https://schema.oparl.org/1.1/Organization",
                                         "name": "CDU-Fraktion", "organizationType": "Fraktion"}]}
    (doc,) = oparl.documents_from_oparl(paper, "p.json", "x")
    check_document(doc)
    (motion,) = doc.records["motions"]
    assert motion["submitted_by"] == "CDU-Fraktion"
    assert motion["motion_type"] == "Änderungsantrag"
    assert motion["title"] == "Radweg Hauptstraße"  # one line; the text keeps it as written
    assert "Urheber: CDU-Fraktion" in motion["quote"]
    (org,) = doc.records["organizations"]
    assert motion["submitted_by_id"] == org["id"]
    assert org["kind"] == "parliamentary_group"


def test_index_from_dir_and_paper_reference(tmp_path):
    """An agenda item's consultation leads to its paper's reference in another file."""
    paper = {"id": "https://x.example/oparl/body/1/paper/7", "type":
             "https://schema.oparl.org/1.1/Paper", "reference": "2024/0007",
             "paperType": "Antrag", "name": "Mehr Bänke",
             "consultation": [{"id": "https://x.example/oparl/body/1/consultation/70",
                               "type": "https://schema.oparl.org/1.1/Consultation"}]}
    meeting = {"id": "https://x.example/oparl/body/1/meeting/1", "type":
               "https://schema.oparl.org/1.1/Meeting", "name": "Gemeinderat",
               "start": "2024-03-01T18:00:00+01:00",
               "agendaItem": [{"id": "https://x.example/oparl/body/1/agendaitem/3",
                               "type": "https://schema.oparl.org/1.1/AgendaItem", "order": 1,
                               "number": "3", "name": "Mehr Bänke",
                               "consultation": "https://x.example/oparl/body/1/consultation/70",
                               "result": "mehrheitlich abgelehnt"}]}
    (tmp_path / "p.json").write_text(json.dumps(paper), "utf-8")
    (tmp_path / "m.json").write_text(json.dumps(meeting), "utf-8")
    (tmp_path / ".hidden.json").write_text("{not json", "utf-8")
    index = oparl.OParlIndex.from_dir(tmp_path)
    (doc,) = oparl.documents_from_oparl(meeting, "m.json", "x", index=index)
    check_document(doc)
    (res,) = doc.records["resolutions"]
    assert res["paper_reference"] == "2024/0007"
    assert res["outcome"] == "rejected" and res["unanimous"] is False
    assert "Vorlage: 2024/0007 (Antrag)" in res["quote"]


def test_vocabularies():
    t = oparl.document_type_from_label
    assert [t(x) for x in ("Antrag", "Änderungs-/Ergänzungsantrag", "Beschlussvorlage",
                           "Vorlage", "Mitteilungsvorlage", "Informationsvorlage", "Bericht",
                           "Anfrage", "Antwort", "Stellungnahme", "Niederschrift", "Protokoll",
                           "Beschlussempfehlung", "Eingabe", "")] == [
        "motion", "motion", "proposal", "proposal", "information", "information", "information",
        "inquiry", "answer", "answer", "minutes", "minutes", "proposal", "other", "other"]
    o = oparl.outcome_from_result
    assert o("einstimmig beschlossen") == ("adopted", False)
    assert o("angenommen")[0] == "adopted"
    assert o("Geändert beschlossen")[0] == "adopted_amended"
    assert o("Unverändert beschlossen")[0] == "adopted"
    assert o("abgelehnt")[0] == "rejected"
    assert o("zurückgestellt")[0] == "postponed"
    assert o("überwiesen an den Bauausschuss")[0] == "referred"
    assert o("zur Kenntnis genommen")[0] == "noted"
    assert o("zurückgezogen")[0] == "withdrawn"
    assert o("ohne")[0] == "other"
    assert o("einstimmig, 0 Enthaltungen") == ("adopted", True)
    assert o("0 Ja-Stimmen, 0 Enthaltungen, 13 Nein-Stimmen") == ("rejected", True)
    assert o("a) 7 Ja-Stimmen, 6 Nein-Stimmen b) 3 Ja-Stimmen, 7 Nein-Stimmen")[0] == "other"
    v = oparl.votes_from_result("11 Ja-Stimmen, 0 Enthaltungen, 1 Nein-Stimme")
    assert v == {"votes_yes": 11, "votes_no": 1, "votes_abstain": 0}
    assert oparl.votes_from_result("a) 7 Ja-Stimmen b) 3 Ja-Stimmen")["votes_yes"] is None
    k = oparl.organization_kind
    assert k("Fraktion", "", "CDU") == "parliamentary_group"
    assert k("Gremium", "Ausschuss", "Schulausschuss") == "committee"
    assert k("Gremium", "Parlament", "Rat der Stadt") == "council"
    assert k("Gremium", "", "Kreistag") == "council"
    assert k("Verwaltungsbereich", "", "Amt für Umwelt") == "administration"
    assert k("Partei", "", "SPD") == "party"
    assert k("externes Gremium", "", "Zweckverband") == "external"
    assert k("", "", "Polizei") == "external"


# --------------------------------------------------------------------------
# broken input


PAPER = "https://schema.oparl.org/1.1/Paper"
MEETING = "https://schema.oparl.org/1.1/Meeting"


def good_paper(n: int) -> dict:
    return {"id": f"https://x.example/paper/{n}", "type": PAPER, "name": f"Vorlage {n}",
            "reference": f"{n}/2024", "paperType": "Beschlussvorlage", "date": "2024-01-02"}


BROKEN = {
    "missing id": {"type": PAPER, "name": "x"},
    "id not a string": {"id": 17, "type": PAPER, "name": "x"},
    "unknown type": {"id": "https://x.example/thing/1", "type": "https://schema.oparl.org/1.1/Nope"},
    "type not a string": {"id": "https://x.example/p/2", "type": ["Paper"]},
    "not an object": "https://x.example/paper/3",
    "null": None,
    "wrong value types": {"id": "https://x.example/paper/4", "type": PAPER, "name": ["a"],
                          "reference": {"x": 1}, "date": 20240102, "paperType": 5,
                          "consultation": "nope", "mainFile": [1, 2], "auxiliaryFile": {"a": 1},
                          "location": 7, "originatorPerson": {"name": "x"}},
    "bad dates": {"id": "https://x.example/meeting/5", "type": MEETING, "name": "Rat (1. Sitzung)",
                  "start": "2024-13-45T99:00", "end": None, "agendaItem": [
                      None, 3, {"number": 7, "name": None, "result": ["x"]},
                      {"id": "https://x.example/ai/1", "result": "beschlossen",
                       "consultation": {"paper": {"reference": 5}}}]},
    "deleted": {"id": "https://x.example/paper/6", "type": PAPER, "deleted": True},
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_objects_are_skipped_not_raised(case):
    page = {"data": [good_paper(1), BROKEN[case], good_paper(2)], "links": {}, "pagination": {}}
    docs = oparl.documents_from_oparl(page, "list.json", "x")
    refs = {d.hints.get("reference") for d in docs}
    assert {"1/2024", "2/2024"} <= refs
    for doc in docs:
        check_document(doc)


def test_cyclic_references_do_not_hang_or_raise():
    meeting = {"id": "https://x.example/meeting/1", "type": MEETING, "name": "Rat (1. Sitzung)",
               "start": "2024-01-02T18:00:00+01:00"}
    item = {"id": "https://x.example/ai/1", "type": "https://schema.oparl.org/1.1/AgendaItem",
            "number": "1", "name": "Haushalt", "result": "einstimmig beschlossen",
            "meeting": meeting}
    consultation = {"id": "https://x.example/c/1", "agendaItem": item, "meeting": meeting,
                    "type": "https://schema.oparl.org/1.1/Consultation"}
    paper = {"id": "https://x.example/paper/1", "type": PAPER, "reference": "1/2024",
             "paperType": "Antrag", "consultation": [consultation]}
    consultation["paper"] = paper
    item["consultation"] = consultation
    meeting["agendaItem"] = [item]
    meeting["self"] = meeting
    org = {"id": "https://x.example/org/1", "type": "https://schema.oparl.org/1.1/Organization",
           "name": "Rat"}
    org["subOrganizationOf"] = org
    meeting["organization"] = [org]
    docs = oparl.documents_from_oparl([meeting, paper], "cycle.json", "x")
    assert len(docs) == 2
    for doc in docs:
        check_document(doc)
    (res,) = docs[0].records["resolutions"]
    assert res["paper_reference"] == "1/2024" and res["outcome"] == "adopted"
    assert oparl.is_oparl(meeting)
    oparl.OParlIndex.from_objects([meeting])  # no RecursionError


FIELDS = ("id", "type", "name", "reference", "date", "paperType", "consultation", "organization",
          "agendaItem", "result", "resolutionText", "number", "start", "end", "location",
          "mainFile", "auxiliaryFile", "originatorPerson", "originatorOrganization",
          "underDirectionOf", "body", "meeting", "paper", "role", "authoritative", "deleted",
          "public", "invitation", "resultsProtocol", "cancelled", "classification",
          "organizationType", "description", "fileName")
TYPES = [f"https://schema.oparl.org/1.1/{t}" for t in
         ("Paper", "Meeting", "Organization", "AgendaItem", "Consultation", "File", "Body", "Nope")]


def test_random_oparl_shaped_input_never_raises_anything_but_valueerror():
    """Property test: any JSON in any OParl field is skipped or rendered, never a crash."""
    hypothesis = pytest.importorskip("hypothesis")
    st = pytest.importorskip("hypothesis.strategies")
    leaves = st.none() | st.booleans() | st.integers(-5, 10**6) | st.floats(allow_nan=False) | \
        st.text(max_size=12) | st.sampled_from(TYPES + ["2024-02-30", "2024-01-02T18:00:00+01:00",
                                                       "einstimmig beschlossen", "https://x/1"])
    values = st.recursive(leaves, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(FIELDS), inner, max_size=3), max_leaves=6)
    objects = st.builds(
        lambda extra, type_, id_: {**extra, "type": type_, "id": id_},
        st.dictionaries(st.sampled_from(FIELDS[2:]), values, max_size=6),
        st.sampled_from(TYPES), st.sampled_from(["https://x/a/1", "https://x/b/2"]) | leaves)

    @hypothesis.settings(max_examples=60, deadline=None, database=None)
    @hypothesis.given(st.lists(objects | values, min_size=1, max_size=4))
    def check(items):
        for obj in (items[0], {"data": items, "links": {}, "pagination": {}}, items):
            try:
                docs = oparl.documents_from_oparl(obj, "fuzz.json", "x")
            except ValueError:
                continue
            for doc in docs:
                check_document(doc)

    check()


@pytest.mark.parametrize("obj", [
    {"hello": "world"}, [1, 2, 3], "text", 42, None, [], {"data": "x", "links": {}},
])
def test_files_that_are_not_oparl(obj):
    assert not oparl.is_oparl(obj)
    with pytest.raises(ValueError):
        oparl.documents_from_oparl(obj, "x.json", "x")


def test_valid_oparl_without_documents_is_not_a_document():
    system = {"id": "https://x.example/", "type": "https://schema.oparl.org/1.1/System",
              "oparlVersion": "https://schema.oparl.org/1.1/", "body": "https://x.example/b"}
    for obj in (system, {"data": [], "links": {}, "pagination": {}}):
        assert oparl.is_oparl(obj)
        with pytest.raises(oparl.NotADocument):
            oparl.documents_from_oparl(obj, "x.json", "x")
    only_broken = {"data": [{"type": PAPER}], "links": {}}
    with pytest.raises(ValueError, match="no usable"):
        oparl.documents_from_oparl(only_broken, "x.json", "x")


# --------------------------------------------------------------------------
# a local OParl server built from the fixtures

HUERTGENWALD = "https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0"


def tiny_pdf(text: str) -> bytes:
    """A valid one-page PDF with one line of (ASCII) text."""
    content = b"BT /F1 12 Tf 72 770 Td (" + text.encode("ascii") + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, obj)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return out


PDF = tiny_pdf("Beschlussvorlage 62/2007: Landschaftsmarken Monschauer Land")
ORG_NAMES = {  # the committees the fixture meetings name, by their OParl id
    "1-8": ("Gemeinderat", "Parlament"), "1-9": ("Ausschuss für Jugend, Kultur und Vereine", ""),
    "1-3": ("Schulausschuss", "Ausschuss"), "1-7": ("Rechnungsprüfungsausschuss", "Ausschuss"),
    "1-2": ("Haupt- und Finanzausschuss", "Ausschuss"),
    "1-12": ("Bau- und Umweltausschuss", "Ausschuss"),
    "1-13": ("Ausschuss für Wirtschaft, Tourismus und Landwirtschaft", "Ausschuss"),
}
FILE_KEYS = ("mainFile", "invitation", "resultsProtocol", "verbatimProtocol", "auxiliaryFile")


class OParlServer:
    """Serves a System, a Body and paginated paper/meeting/organization lists."""

    def __init__(self, evil_next: bool = True) -> None:
        self.evil_next = evil_next
        self.log: list[str] = []
        self.hits: dict[str, int] = {}
        self.fail_once = {"/oparl/body/1/meeting?page=2"}
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._build()
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,),
                                       daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)

    # data from the fixtures, moved to this server and to OParl 1.1
    def _localise(self, obj):
        text = json.dumps(obj, ensure_ascii=False).replace(HUERTGENWALD, self.base + "/oparl")
        text = text.replace("https://schema.oparl.org/1.0/", "https://schema.oparl.org/1.1/")
        return json.loads(text)

    def _build(self) -> None:
        b = self.base + "/oparl"
        papers, _ = load("de_huertgenwald_oparl-paperlist_1.json")
        meetings, _ = load("de_huertgenwald_oparl-meetinglist_1.json")
        self.papers = [self._localise(p) for p in papers["data"]][:12]
        self.meetings = [self._localise(m) for m in meetings["data"]][:12]
        for obj in self.papers + self.meetings:  # files only where the test wants them
            for key in FILE_KEYS:
                obj.pop(key, None)
            for n, item in enumerate(obj.get("agendaItem", [])):
                item.pop("resolutionFile", None)
                item.pop("auxiliaryFile", None)
                item["order"] = n  # required in OParl 1.1
        self.papers[0]["mainFile"] = {
            "id": f"{b}/body/1/file/1-3555", "type": "https://schema.oparl.org/1.1/File",
            "name": "Beschlussvorlage", "fileName": "Beschlussvorlage_62-2007.pdf",
            "mimeType": "application/pdf", "accessUrl": f"{self.base}/files/62-2007.pdf",
            "modified": "2009-12-17T15:55:45+01:00"}
        self.organizations = [
            {"id": f"{b}/body/1/organization/{key}", "type": "https://schema.oparl.org/1.1/Organization",
             "body": f"{b}/body/1", "name": name, "organizationType": "Gremium",
             **({"classification": cls} if cls else {}),
             "created": "2014-06-01T00:00:00+02:00", "modified": "2014-06-01T00:00:00+02:00"}
            for key, (name, cls) in ORG_NAMES.items()
        ]
        self.system = {"id": f"{b}/system", "type": "https://schema.oparl.org/1.1/System",
                       "oparlVersion": "https://schema.oparl.org/1.1/", "name": "Test-RIS",
                       "body": f"{b}/bodies"}
        self.body = {"id": f"{b}/body/1", "type": "https://schema.oparl.org/1.1/Body",
                     "system": f"{b}/system", "name": "Gemeinde Hürtgenwald",
                     "organization": f"{b}/body/1/organization", "person": f"{b}/body/1/person",
                     "meeting": f"{b}/body/1/meeting", "paper": f"{b}/body/1/paper",
                     "legislativeTerm": [], "created": "2014-06-01T00:00:00+02:00",
                     "modified": "2014-06-01T00:00:00+02:00"}

    def touch(self, obj: dict) -> str:
        """Mark an object modified now (after any earlier sync)."""
        obj["modified"] = datetime.now(UTC).isoformat(timespec="seconds")
        return obj["id"]

    def _page(self, kind: str, objects: list[dict], query: dict, size: int) -> dict:
        since = query.get("modified_since", [None])[0]
        if since:
            limit = datetime.fromisoformat(since)
            objects = [o for o in objects if datetime.fromisoformat(o["modified"]) >= limit]
        page = int(query.get("page", ["1"])[0])
        total = max(1, -(-len(objects) // size))
        links = {"self": self._url(kind, page, since), "first": self._url(kind, 1, since)}
        if page < total:
            links["next"] = self._url(kind, page + 1, since)
        elif kind == "organization" and self.evil_next:
            links["next"] = "http://evil.example.net/oparl/body/1/organization?page=3"
        return {"data": objects[(page - 1) * size:page * size], "links": links,
                "pagination": {"totalElements": len(objects), "elementsPerPage": size,
                               "currentPage": page, "totalPages": total}}

    def _url(self, kind: str, page: int, since: str | None) -> str:
        query = {"page": page, **({"modified_since": since} if since else {})}
        return f"{self.base}/oparl/body/1/{kind}?{urlencode(query)}"

    def respond(self, path: str, query: dict) -> tuple[int, dict, bytes]:
        routes = {
            "/oparl/system": lambda: self.system,
            "/oparl/bodies": lambda: {"data": [self.body], "links": {}, "pagination": {}},
            "/oparl/body/1": lambda: self.body,
            "/oparl/body/1/paper": lambda: self._page("paper", self.papers, query, 5),
            "/oparl/body/1/meeting": lambda: self._page("meeting", self.meetings, query, 5),
            "/oparl/body/1/organization": lambda: self._page("organization", self.organizations,
                                                             query, 4),
        }
        if path == "/files/62-2007.pdf":
            return 200, {"Content-Type": "application/pdf"}, PDF
        if path not in routes:
            return 404, {"Content-Type": "text/plain"}, b"not found"
        body = json.dumps(routes[path](), ensure_ascii=False).encode("utf-8")
        return 200, {"Content-Type": "application/json; charset=utf-8"}, body

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                parts = urlsplit(self.path)
                query = parse_qs(parts.query)
                key = parts.path + (f"?page={query['page'][0]}" if "page" in query else "")
                server.log.append(self.path)
                server.hits[key] = server.hits.get(key, 0) + 1
                if key in server.fail_once and server.hits[key] == 1:
                    status, headers, body = 503, {"Retry-After": "0"}, b"busy"
                else:
                    status, headers, body = server.respond(parts.path, query)
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        return Handler


@pytest.fixture
def server():
    srv = OParlServer()
    yield srv
    srv.close()


@pytest.fixture
def contacted():
    """An httpx client that records every host it is asked to contact."""
    hosts: list[str] = []
    client = httpx.Client(trust_env=False, timeout=10,
                          event_hooks={"request": [lambda r: hosts.append(r.url.host)]})
    yield client, hosts
    client.close()


FAST = {"rate_limit": 1000.0, "backoff": 0.01}


def stored(dest: Path, folder: str) -> dict[str, dict]:
    out = {}
    for path in sorted((dest / "oparl" / folder).glob("*.json")):
        obj = json.loads(path.read_text("utf-8"))
        for o in obj.get("data", [obj]):
            out[o["id"]] = o
    return out


def test_served_objects_are_valid_oparl_1_1(server):
    jsonschema = pytest.importorskip("jsonschema")
    if not SPECS.is_dir():
        pytest.skip(f"OParl 1.1 schemas not found in {SPECS}")

    validators = {}

    def validate(obj, name):
        if name not in validators:
            schema = json.loads((SPECS / f"{name}.json").read_text("utf-8"))
            validators[name] = jsonschema.validators.validator_for(schema)(schema)
        validators[name].validate(obj)

    validate(server.system, "System")
    validate(server.body, "Body")
    for paper in server.papers:
        validate(paper, "Paper")
        for c in paper.get("consultation", []):
            validate(c, "Consultation")
    validate(server.papers[0]["mainFile"], "File")
    for meeting in server.meetings:
        validate(meeting, "Meeting")
        for item in meeting.get("agendaItem", []):
            validate(item, "AgendaItem")
    for org in server.organizations:
        validate(org, "Organization")


def test_sync_fetches_everything_retries_and_refuses_other_hosts(server, contacted, tmp_path):
    client, hosts = contacted
    dest = tmp_path / "dest"
    report = sync(server.base + "/oparl/system", dest, client=client, **FAST)

    assert report.complete
    assert set(stored(dest, "papers")) == {p["id"] for p in server.papers}
    assert set(stored(dest, "meetings")) == {m["id"] for m in server.meetings}
    assert set(stored(dest, "organizations")) == {o["id"] for o in server.organizations}
    assert (dest / "oparl" / "system.json").is_file()
    assert len(list((dest / "oparl" / "bodies").glob("*.json"))) == 1
    # the page that failed with 503 once was retried
    assert server.hits["/oparl/body/1/meeting?page=2"] == 2
    assert report.retries >= 1
    # the File was downloaded with its extension
    (pdf,) = (dest / "files").glob("*.pdf")
    assert pdf.read_bytes() == PDF
    # the links.next to another host was refused, never requested
    assert [f["url"] for f in report.failures] == [
        "http://evil.example.net/oparl/body/1/organization?page=3"]
    assert "host" in report.failures[0]["reason"]
    assert set(hosts) == {"127.0.0.1"}
    assert not report.ok
    # the state remembers the sync; a run with a failure keeps no last_sync
    state = json.loads((dest / STATE_NAME).read_text("utf-8"))
    assert "run" not in state and "last_sync" not in state

    # the folder is what the ingest stage reads
    index = oparl.OParlIndex.from_dir(dest)
    for path in sorted((dest / "oparl").rglob("*.json")):
        obj = json.loads(path.read_text("utf-8"))
        assert oparl.is_oparl(obj)
        rel = path.relative_to(dest).as_posix()
        try:
            docs = oparl.documents_from_oparl(obj, rel, "x", index=index)
        except oparl.NotADocument:
            assert "system" in rel or "bodies" in rel
            continue
        for doc in docs:
            check_document(doc)
            if "meetings" in rel:
                (row,) = doc.records["meetings"]
                assert row["confidence"] == 1.0  # named by the synced Organization
                assert doc.hints["body"] == "Gemeinde Hürtgenwald"


def test_sync_incremental_fetches_only_newer_objects(contacted, tmp_path):
    srv = OParlServer(evil_next=False)
    try:
        client, hosts = contacted
        dest = tmp_path / "dest"
        first = sync(srv.base + "/oparl/system", dest, client=client, **FAST)
        assert first.ok and first.complete and first.last_sync
        assert first.objects == 1 + len(srv.papers) + len(srv.meetings) + len(srv.organizations)
        assert first.files == 1

        changed = srv.touch(srv.papers[3])
        srv.papers[3]["name"] = "Geänderter Titel"
        srv.touch(srv.meetings[7])
        srv.log.clear()
        second = sync(srv.base + "/oparl/system", dest, client=client, **FAST)
        assert second.ok and second.complete
        assert second.modified_since == first.last_sync
        assert second.objects == 1 + 2  # the body, and only the two changed objects
        assert second.written == 2
        assert second.files == 0  # the unchanged File is not downloaded again
        assert all("modified_since=" in p for p in srv.log if "/body/1/" in p)
        assert stored(dest, "papers")[changed]["name"] == "Geänderter Titel"
        assert len(stored(dest, "papers")) == len(srv.papers)  # the others are kept
        assert set(hosts) == {"127.0.0.1"}

        # an explicit --modified-since wins over the stored last_sync
        third = sync(srv.base + "/oparl/system", dest, client=client,
                     modified_since="2000-01-01T00:00:00+00:00", **FAST)
        assert third.objects == 1 + len(srv.papers) + len(srv.meetings) + len(srv.organizations)
        assert third.written == 0 and third.files_skipped == 1
    finally:
        srv.close()


def test_sync_resumes_after_an_interruption(server, contacted, tmp_path):
    client, _ = contacted
    dest = tmp_path / "dest"
    part = sync(server.base + "/oparl/system", dest, client=client, max_requests=3, **FAST)
    assert not part.complete
    assert part.requests == 3
    state = json.loads((dest / STATE_NAME).read_text("utf-8"))
    assert state["run"]["pending"]
    before = len(server.log)

    rest = sync(server.base + "/oparl/system", dest, client=client, **FAST)
    assert rest.resumed and rest.complete
    # System, body list and Body were not fetched again
    assert not any(p in ("/oparl/system", "/oparl/bodies", "/oparl/body/1")
                   for p in server.log[before:])
    assert set(stored(dest, "papers")) == {p["id"] for p in server.papers}
    assert set(stored(dest, "meetings")) == {m["id"] for m in server.meetings}
    assert set(stored(dest, "organizations")) == {o["id"] for o in server.organizations}
    assert "run" not in json.loads((dest / STATE_NAME).read_text("utf-8"))


def test_sync_reports_a_page_that_keeps_failing(server, contacted, tmp_path):
    client, _ = contacted
    server.fail_once = set()
    original = server.respond

    def respond(path, query):
        if path == "/oparl/body/1/paper" and query.get("page") == ["2"]:
            return 500, {}, b"broken"
        return original(path, query)

    server.respond = respond
    report = sync(server.base + "/oparl/system", tmp_path / "d", client=client, retries=2, **FAST)
    reasons = {f["url"]: f["reason"] for f in report.failures}
    assert any("page=2" in u and "HTTP 500 after 3 attempts" in r for u, r in reasons.items())
    assert report.complete  # the crawl went on
    assert len(stored(tmp_path / "d", "meetings")) == len(server.meetings)


def test_sync_refuses_non_http_urls(tmp_path):
    with pytest.raises(ValueError):
        sync("file:///etc/passwd", tmp_path)


def test_cli_sync(contacted, tmp_path):
    srv = OParlServer(evil_next=False)
    try:
        runner = CliRunner()
        dest = tmp_path / "dest"
        result = runner.invoke(oparl_group, ["sync", srv.base + "/oparl/system", str(dest),
                                             "--rate-limit", "1000"])
        assert result.exit_code == 0, result.output
        assert "complete" in result.output
        assert "failures: 0" in result.output
        assert len(stored(dest, "papers")) == len(srv.papers)

        result = runner.invoke(oparl_group, ["sync", srv.base + "/oparl/system", str(dest),
                                             "--modified-since", "yesterday"])
        assert result.exit_code == 2 and "ISO" in result.output
    finally:
        srv.close()


def test_cli_sync_exit_1_on_failure(server, tmp_path):
    result = CliRunner().invoke(oparl_group, ["sync", server.base + "/oparl/system",
                                              str(tmp_path / "d"), "--rate-limit", "1000",
                                              "--json"])
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["failures"][0]["url"].startswith("http://evil.example.net/")


def test_cli_import_rejects_non_oparl_file(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text('{"hello": "world"}', "utf-8")
    result = CliRunner().invoke(oparl_group, ["import", str(bad), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "not OParl" in result.output


def test_deepcopy_of_fixture_is_not_modified_by_mapping():
    obj, sha = load("de_karlsruhe_oparl-meeting_1.json")
    before = copy.deepcopy(obj)
    oparl.documents_from_oparl(obj, "m.json", sha)
    assert obj == before
