"""The OParl 1.1 read API (councildata.oparl_api) over a build of the sample.

Every response type is validated against the OParl 1.1 JSON schemas in
../shared/specs/oparl-1.1 (next to the repository; skipped with that reason
where absent), the lists are paged through to the end, and `councildata
oparl sync` of the API, served on 127.0.0.1, builds the same resolutions.
"""

from __future__ import annotations

import asyncio
import json
import socket
import sqlite3
import threading
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
from datasette.utils import tilde_encode

from councildata.build import build_package
from councildata.oparl_api import EXT, result_words
from councildata.oparl import outcome_from_result, unanimous_from_result, votes_from_result
from councildata.serve import make_datasette

SPECS = Path(__file__).resolve().parent.parent.parent / "shared" / "specs" / "oparl-1.1"
TYPES = ("System", "Body", "Organization", "Meeting", "AgendaItem", "Paper", "Consultation")


@pytest.fixture(scope="module")
def ds(sample_build):
    datasette = make_datasette(sample_build)
    asyncio.run(datasette.invoke_startup())
    return datasette


def get(ds, path: str):
    response = asyncio.run(ds.client.get(path))
    assert response.headers.get("access-control-allow-origin") == "*", path
    return response


def get_json(ds, path: str):
    response = get(ds, path)
    assert response.status_code == 200, (path, response.text[:500])
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


@pytest.fixture(scope="module")
def validators():
    if not SPECS.is_dir():
        pytest.skip(f"OParl 1.1 schemas not found at {SPECS} (../shared/specs next to the repository)")
    import jsonschema

    # jsonschema checks "date-time" only with an extra package and does not
    # know OParl's "url": both checked here.
    checker = jsonschema.FormatChecker()

    @checker.checks("date-time", raises=ValueError)
    def date_time(value) -> bool:
        return not isinstance(value, str) or datetime.fromisoformat(value).tzinfo is not None

    @checker.checks("url")
    def url(value) -> bool:
        return not isinstance(value, str) or value.startswith(("http://", "https://"))

    out = {}
    for name in TYPES:
        schema = json.loads((SPECS / f"{name}.json").read_text("utf-8"))
        jsonschema.Draft7Validator.check_schema(schema)
        out[name] = jsonschema.Draft7Validator(schema, format_checker=checker)
    return out


def check(validators, obj: dict, seen: Counter) -> None:
    kind = obj["type"].rsplit("/", 1)[-1]
    errors = sorted(validators[kind].iter_errors(obj), key=str)
    assert not errors, f"{obj['id']}: " + "; ".join(e.message for e in errors[:5])
    seen[kind] += 1
    embedded = obj.get("agendaItem", []) if kind == "Meeting" else obj.get("consultation", []) if kind == "Paper" else []
    for item in embedded:
        check(validators, item, seen)


def pages(ds, url: str) -> list[dict]:
    """Every object of a list, following links.next; checks the list envelope."""
    out = []
    while url:
        page = get_json(ds, url.replace("http://localhost", ""))
        assert set(page) == {"data", "pagination", "links"}
        assert page["pagination"]["elementsPerPage"] >= len(page["data"])
        out += page["data"]
        url = page["links"].get("next")
    return out


def walk(ds, validators, limit: int = 100) -> tuple[dict, Counter]:
    """The whole API as a client reads it, every object validated."""
    seen: Counter = Counter()
    system = get_json(ds, "/oparl/v1/system")
    check(validators, system, seen)
    found: dict[str, list[dict]] = {"bodies": [], "organizations": [], "meetings": [], "papers": []}
    for body in pages(ds, system["body"] + f"?limit={limit}"):
        check(validators, body, seen)
        found["bodies"].append(body)
        assert body == get_json(ds, body["id"].replace("http://localhost", ""))
        assert pages(ds, body["person"]) == []
        for kind in ("organization", "meeting", "paper"):
            for obj in pages(ds, body[kind] + f"?limit={limit}"):
                check(validators, obj, seen)
                found[kind + "s"].append(obj)
    return found, seen


def test_every_response_type_validates(ds, validators):
    found, seen = walk(ds, validators)
    # (the sample has no resolution on a paper that is itself a document:
    # Consultation is checked in test_consultation_links_paper_and_meeting)
    assert all(seen[t] for t in TYPES if t != "Consultation"), seen
    # single objects are served at their ids, identical to the list entries
    for kind in ("organizations", "meetings", "papers"):
        for obj in found[kind][:20]:
            assert get_json(ds, obj["id"].replace("http://localhost", "")) == obj
    item = found["meetings"][0]["agendaItem"][0]
    single = get_json(ds, item["id"].replace("http://localhost", ""))
    check(validators, single, Counter())
    assert single == item


def test_paging_returns_every_object_once(ds, validators, sample_build):
    found, _ = walk(ds, validators, limit=3)
    con = sqlite3.connect(f"file:{sample_build / 'councildata.db'}?immutable=1", uri=True)
    documents = con.execute("select count(*) from documents").fetchone()[0]
    resolutions = {r[0] for r in con.execute("select id from resolutions")}
    con.close()
    ids = [p["id"] for p in found["papers"]]
    assert len(ids) == len(set(ids)) == documents
    items = [i[EXT + "provenance"]["documentId"] + "|" + i["id"] for m in found["meetings"] for i in m["agendaItem"]]
    assert len(items) == len(set(items)) == len(resolutions)
    for kind in ("meetings", "organizations"):
        ids = [o["id"] for o in found[kind]]
        assert len(ids) == len(set(ids)), kind


def test_agenda_items_carry_the_rows(ds, sample_build):
    con = sqlite3.connect(f"file:{sample_build / 'councildata.db'}?immutable=1", uri=True)
    con.row_factory = sqlite3.Row
    row = con.execute("select * from resolutions where votes_yes is not null order by id limit 1").fetchone()
    con.close()
    item = get_json(ds, f"/oparl/v1/agendaitem/{tilde_encode(row['id'])}")
    assert item[EXT + "outcome"] == row["outcome"]
    assert item[EXT + "votesYes"] == row["votes_yes"] and item[EXT + "votesNo"] == row["votes_no"]
    assert item["resolutionText"] == row["text"]
    prov = item[EXT + "provenance"]
    assert (prov["quote"], prov["charStart"], prov["charEnd"]) == (row["quote"], row["char_start"], row["char_end"])


@pytest.mark.parametrize("outcome", ["adopted", "adopted_amended", "rejected", "postponed", "referred",
                                     "noted", "withdrawn"])
@pytest.mark.parametrize("unanimous, yes, no, abstain", [
    (True, None, None, None), (False, 12, 7, 1), (None, None, None, None), (None, 9, 0, 2), (False, 1, 1, 1)])
def test_result_words_read_back_without_the_extension(outcome, unanimous, yes, no, abstain):
    # An OParl client that ignores councildata:* fields reads the same from `result`.
    text = result_words(outcome, unanimous, yes, no, abstain)
    assert outcome_from_result(text)[0] == outcome, text
    votes = votes_from_result(text)
    assert (votes["votes_yes"], votes["votes_no"], votes["votes_abstain"]) == (yes, no, abstain), text
    if unanimous is not None:
        assert unanimous_from_result(text, votes["votes_no"]) is unanimous, text


def test_unknown_paths_and_bad_paging(ds):
    assert get(ds, "/oparl/v1/meeting/nope").status_code == 404
    assert get(ds, "/oparl/v1/body/nope/papers").status_code == 404
    bad = get(ds, "/oparl/v1/bodies?page=x")
    assert bad.status_code == 400 and "whole numbers" in bad.json()["error"]
    assert get(ds, "/oparl/v1/bodies?page=0").status_code == 400
    late = get_json(ds, "/oparl/v1/bodies?modified_since=2999-01-01T00:00:00%2B00:00")
    assert late["data"] == [] and late["pagination"]["totalElements"] == 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def served(sample_build):
    """The API on 127.0.0.1 in a thread, stopped after the module."""
    import uvicorn

    datasette = make_datasette(sample_build)
    asyncio.run(datasette.invoke_startup())
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(datasette.app(), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


FIELDS = ("decided_by", "date", "outcome", "unanimous", "votes_yes", "votes_no", "votes_abstain",
          "recommended_to", "paper_reference", "agenda_item", "text")


def resolutions(out: Path, where: str = "") -> Counter:
    con = sqlite3.connect(f"file:{out / 'councildata.db'}?immutable=1", uri=True)
    try:
        return Counter(con.execute(f"select {', '.join(FIELDS)} from resolutions {where}").fetchall())
    finally:
        con.close()


def test_sync_of_the_api_builds_the_same_resolutions(served, sample_build, tmp_path):
    from councildata.oparl_sync import sync

    mirror = tmp_path / "mirror"
    report = sync(served + "/oparl/v1/system", mirror, rate_limit=0, download_files=False)
    assert report.ok and report.complete, report.summary()
    out = tmp_path / "out"
    build = build_package(mirror, out, use_cache=False)
    assert not build.failed, [p.to_dict() for p in build.failed]
    original = resolutions(sample_build)
    # The rows the mirror reads from the OParl structure are the original rows,
    # and the text rules find no other resolution in the mirror's texts.
    assert resolutions(out, "where rule = 'oparl'") == original
    assert resolutions(out) == original


def test_consultation_links_paper_and_meeting(validators, tmp_path):
    """A resolution on a paper that is one of the documents becomes that
    paper's Consultation, linked both ways (rows made here: the sample has none)."""
    import sqlite_utils

    from councildata import database
    from councildata.oparl_api import Urls, build_model, consultation_object, meeting_object, paper_object

    db = sqlite_utils.Database(tmp_path / "c.db")
    database.create_tables(db)
    doc = {"source_file": "x", "sha256": "0", "format": "txt", "type": "proposal", "body": "Stadt Beispiel",
           "text": "Vorlage 2023/17 ... Der Ausschuss beschließt einstimmig."}
    database.insert_rows(db, "documents", [
        {**doc, "id": "vorlage", "reference": "2023/17", "title": "Radweg", "type_label": "Vorlage"},
        {**doc, "id": "protokoll", "type": "minutes", "type_label": "Niederschrift", "date": "2023-05-04"}])
    database.insert_rows(db, "resolutions", [{
        "id": "protokoll/r1", "decided_by": "Bauausschuss", "date": "2023-05-04", "outcome": "adopted",
        "unanimous": True, "paper_reference": "2023/17", "text": "einstimmig beschlossen",
        "document_id": "protokoll", "quote": "Vorlage", "char_start": 0, "char_end": 7,
        "rule": "test", "confidence": 1.0}])
    model = build_model(sqlite3.connect(tmp_path / "c.db"))
    model.created = "2023-05-05T00:00:00+00:00"

    class FakeUrls(Urls):
        def __init__(self):
            self.base = "https://rat.example.de/oparl/v1"

    urls = FakeUrls()
    assert model.consultations == {"protokoll/r1": "vorlage"}
    paper = paper_object(model, "vorlage", urls)
    (consultation,) = paper["consultation"]
    seen = Counter()
    check(validators, paper, seen)
    assert seen["Consultation"] == 1
    assert consultation == consultation_object(model, "protokoll/r1", urls)
    (meeting_key,) = model.meetings
    meeting = meeting_object(model, meeting_key, urls)
    check(validators, meeting, seen)
    (item,) = meeting["agendaItem"]
    assert item["consultation"] == consultation["id"]
    assert consultation["agendaItem"] == item["id"] and consultation["meeting"] == meeting["id"]
    assert consultation["paper"] == paper["id"]
    assert consultation["organization"] == meeting["organization"]
