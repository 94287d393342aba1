"""The validator's shortcut for plainly valid cells never accepts what
frictionless' own cell reader rejects."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

from frictionless import Schema

from councildata import schemas
from councildata.model import TABLES
from councildata.validate import Validator, _plainly_valid

# Values of every kind a row might carry, right and wrong.
VALUES = [
    None, "", " ", "x", "Beschluss", "0", "12", "-1", "1.5", "true", "false", "yes", "2024-01-05", "2024-1-5",
    "2024-02-30", "0000-01-01", "0001-01-01", "9999-12-31", "20240105", "2024-01-05T00:00:00", "٢٠٢٤-٠١-٠٥",
    "2024-01-05 ", "motion", "adopted", "Adopted", "council", "txt", "a" * 64, "0" * 64, "0" * 63,
    0, 1, -1, 2, 10**20, True, False, 0.0, 0.5, 1.0, 1.0000000000000002, -0.0, -1e-300, 2.5, math.nan, math.inf,
    -math.inf, Decimal("0.5"), dt.date(2024, 1, 5), dt.datetime(2024, 1, 5), [], {}, ["x"], b"x",
]


def test_shortcut_accepts_only_what_frictionless_accepts():
    shortcuts = 0
    for table in TABLES:
        schema = Schema.from_descriptor(schemas.load_schema(table))
        for f in schema.fields:
            plain = _plainly_valid(f, schema)
            read = f.create_cell_reader()
            for value in VALUES:
                cell = None if value == "" and isinstance(value, str) else value
                if plain(cell):
                    shortcuts += 1
                    assert not read(cell)[1], (table, f.name, value, read(cell)[1])
    assert shortcuts > 100  # it does take the shortcut


def test_problems_are_worded_by_frictionless():
    rows = {t: [] for t in TABLES}
    rows["documents"] = [{
        "id": "d1", "source_file": "a.txt", "sha256": "x" * 64, "format": "txt", "type": "memo",
        "page_count": -1, "date": "2024-02-30", "text": "Text",
    }]
    valid, problems = Validator().check(rows, "a.txt")
    assert not valid["documents"]
    got = {(p.field, p.code) for p in problems}
    assert got == {("sha256", "constraint-error"), ("type", "constraint-error"),
                   ("page_count", "constraint-error"), ("date", "type-error")}
    messages = {p.field: p.message for p in problems}
    assert 'constraint "enum"' in messages["type"] and "'memo'" in messages["type"]
    assert 'type is "date/default"' in messages["date"]


def _document(doc_id: str, **extra_rows) -> dict:
    rows = {t: [] for t in TABLES}
    rows["documents"] = [{"id": doc_id, "source_file": f"{doc_id}.txt", "sha256": "0" * 64, "format": "txt",
                          "type": "minutes", "text": "Text"}]
    rows.update(extra_rows)
    return rows


def _motion(doc_id: str, motion_id: str) -> dict:
    return {"id": motion_id, "document_id": doc_id, "quote": "T", "char_start": 0, "char_end": 1, "rule": "r"}


def test_keys_of_earlier_documents_are_remembered_on_disk():
    v = Validator()
    org = {"id": "stadt/rat", "name": "Rat", "kind": "council"}
    valid, problems = v.check(_document("a", organizations=[org], motions=[_motion("a", "a/m1")]), "a.txt")
    assert not problems and valid["motions"] and valid["organizations"]
    assert not v.seen._new  # stored, not held in memory
    # The same organisation again is passed over; a motion id again is not unique;
    # a resolution may name a motion of an earlier document, not an unknown one.
    resolution = {"id": "b/r1", "document_id": "b", "outcome": "adopted", "text": "T", "quote": "T",
                  "char_start": 0, "char_end": 1, "rule": "r", "motion_id": "a/m1"}
    unknown = {**resolution, "id": "b/r2", "motion_id": "z/m9"}
    valid, problems = v.check(_document("b", organizations=[org], motions=[_motion("b", "a/m1")],
                                        resolutions=[resolution, unknown]), "b.txt")
    assert valid["organizations"] == [] and valid["motions"] == []
    assert [r["id"] for r in valid["resolutions"]] == ["b/r1"]
    assert {(p.table, p.field, p.code) for p in problems} == {
        ("motions", "id", "unique-error"), ("resolutions", "motion_id", "foreign-key-error")}
    # a document id already accepted is not unique either, however many documents later
    for i in range(600):
        v.check(_document(f"n{i}"))
    _, problems = v.check(_document("a"))
    assert [(p.table, p.code) for p in problems] == [("documents", "unique-error")]


def test_key_tables_agree_with_the_checked_tables():
    """The key columns a delta's build process checks without frictionless
    (validate.key_tables) are those of the frictionless-made tables."""
    from councildata.validate import checked_tables, key_tables

    keyed, checked = key_tables(), checked_tables()
    assert list(keyed) == list(checked)
    for name in checked:
        assert (keyed[name].unique, keyed[name].fks) == (checked[name].unique, checked[name].fks)
        assert checked[name].unique  # every table has a unique id: the comparison compares something


def test_a_keys_only_validator_does_not_import_frictionless():
    import subprocess
    import sys

    code = ("import sys; from councildata.validate import Validator; Validator(cells=False); "
            "print('frictionless' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
