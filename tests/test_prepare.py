"""A document's rows prepared in a worker (councildata.prepare) come out of
the build process exactly as the rows themselves would: the same valid
rows and problems, the same CSV and JSON bytes, the same database rows and
the same search index entries."""

from __future__ import annotations

import copy
import shutil
import sqlite3

import sqlite_utils

from councildata import database, search
from councildata.model import TABLES
from councildata.package import encode_rows
from councildata.prepare import prepare_document
from councildata.validate import Validator

DOC = {"id": "d1", "source_file": "d1.txt", "sha256": "a" * 64, "format": "txt", "type": "minutes",
       "text": "Der Rat hat die Hundesteuer und die Beschlüsse zu Umfragen beschlossen.", "page_count": 2}
MOTION = {"id": "d1/m1", "document_id": "d1", "quote": "x", "char_start": 0, "char_end": 1, "rule": "t",
          "motion_type": "Antrag", "title": "Überweisung \"Straße\", neu\nzweite Zeile"}
GOOD = {"id": "d1/r1", "document_id": "d1", "outcome": "adopted", "text": "beschlossen", "quote": "beschlossen",
        "char_start": 15, "char_end": 26, "rule": "t", "unanimous": True, "motion_id": "d1/m1"}
ORG = {"id": "stadt/rat", "name": "Rat", "kind": "council"}


def _documents() -> list[dict]:
    """Documents with every kind of problem: bad cells, columns not in the
    schema, keys not unique (in the document and against earlier ones),
    foreign keys to nothing, an organisation named again, an invalid
    document row (its rows go unpublished)."""
    first = {"documents": [DOC], "organizations": [ORG], "motions": [MOTION],
             "resolutions": [GOOD, dict(GOOD, id="d1/r2", outcome="maybe"),
                             dict(GOOD, id="d1/r3", motion_id="d1/m9"),
                             dict(GOOD, id="d1/r4", votes_yes="many"),
                             dict(GOOD, id="d1/r5", unanimous=False, votes_yes=3, extra="x"),
                             dict(GOOD, id="d1/r1")]}
    second = {"documents": [dict(DOC, id="d2", source_file="d2.txt", date="2024-02-30")],
              "resolutions": [dict(GOOD, id="d2/r1", document_id="d2")]}
    third = {"documents": [dict(DOC, id="d3", source_file="d3.txt", date="2024-01-05", page_count=None)],
             "organizations": [ORG, dict(ORG, id="stadt/bau", name="Bauausschuss")],
             "motions": [dict(MOTION, id="d1/m1", document_id="d3"), dict(MOTION, id="d3/m2", document_id="d3")],
             "resolutions": [dict(GOOD, id="d3/r1", document_id="d3", motion_id="d1/m1"),
                             dict(GOOD, id="d3/r2", document_id="d3", motion_id="d3/m2", text=None)]}
    return [first, second, third, copy.deepcopy(first)]


def test_prepared_rows_are_checked_as_the_rows_themselves():
    plain, prepared = Validator(), Validator()
    codes = set()
    for i, rows in enumerate(_documents()):
        valid, problems = plain.check(copy.deepcopy(rows), f"f{i}.txt")
        doc = prepare_document(copy.deepcopy(rows), {})
        numbers, prepared_problems = prepared.check_prepared(doc, f"f{i}.txt")
        assert [p.to_dict() for p in prepared_problems] == [p.to_dict() for p in problems]
        for t in TABLES:
            assert [rows[t][k] for k in numbers[t]] == valid[t], (i, t)
        codes |= {p.code for p in problems}
    assert codes == {"constraint-error", "foreign-key-error", "type-error", "extra-cell", "unique-error"}


def test_prepared_rows_encode_as_the_writers_do():
    rows = _documents()[2]
    rows["resolutions"] = [r for r in rows["resolutions"] if r["text"]]  # the database takes valid rows only
    doc = prepare_document(copy.deepcopy(rows), {"email": 1})
    assert doc.redacted == {"email": 1}
    con = sqlite_utils.Database(memory=True)
    database.create_tables(con)
    other = sqlite_utils.Database(memory=True)
    database.create_tables(other)
    for t in TABLES:
        if not rows.get(t):
            assert t not in doc.encoded
            continue
        csv_bytes, json_bytes = encode_rows(t, rows[t])
        assert b"".join(e[0] for e in doc.encoded[t]) == csv_bytes
        assert b"".join(e[1] for e in doc.encoded[t]) == json_bytes
        database.insert_rows(con, t, rows[t])
        database.insert_params(other, t, [e[2] for e in doc.encoded[t]])
        assert list(con.execute(f"select rowid, * from [{t}]")) == list(other.execute(f"select rowid, * from [{t}]"))
        searched = list(search.SEARCH_COLUMNS.get(t, ()))
        for row, e in zip(rows[t], doc.encoded[t], strict=True):
            assert e[3] == (*(search.stemmed_text(row.get(c)) for c in searched),
                            *(search.folded_text(row.get(c)) for c in searched))


def test_search_indexes_filled_as_rows_come_match_those_made_from_the_tables(corpus_build, tmp_path):
    built = corpus_build / database.DB_NAME
    remade = tmp_path / "remade.db"
    shutil.copy(built, remade)
    db = sqlite_utils.Database(remade)
    for t in search.SEARCH_COLUMNS:
        database.build_search_indexes(db, t)
    db.close()
    words = ["beschluss", "umfrage", "steuer", "antrag", "haushalt", "schule", "rat", "verwaltung"]

    def found(path):
        con = sqlite3.connect(path)
        out = {}
        for t in search.SEARCH_COLUMNS:
            for suffix, transform in ((search.STEM_SUFFIX, search.stemmed_text),
                                      (search.TRIGRAM_SUFFIX, search.folded_text)):
                index = f"{t}{suffix}"
                out[index] = con.execute(f"select count(*) from [{index}]").fetchone()
                for word in words:
                    out[index, word] = con.execute(
                        f"select rowid from [{index}] where [{index}] match ? order by rowid",
                        (f'"{transform(word)}"',)).fetchall()
        con.close()
        return out

    mine, theirs = found(built), found(remade)
    assert mine == theirs
    assert sum(len(v) for k, v in mine.items() if isinstance(k, tuple)) > 50  # the words are there to be found
