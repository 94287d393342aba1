"""The build pipeline end to end on the real corpus copy."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import sqlite_utils
from click.testing import CliRunner

from councildata.build import build_package
from councildata.cli import cli
from councildata.model import TABLES
from councildata.validate import Validator

from .conftest import CORPUS, SEED


def test_every_file_is_accounted_for(corpus_build):
    report = json.loads((corpus_build / "report.json").read_text("utf-8"))
    files = sorted(p.relative_to(CORPUS).as_posix() for p in CORPUS.rglob("*") if p.is_file())
    documents = {r["source_file"] for r in csv_rows(corpus_build / "documents.csv")}
    listed = {p["source_file"] for p in report["problems"] if p["stage"] in ("ingest", "extract")}
    assert set(files) == documents | listed
    # Gold records, the README and SOURCES.tsv are skipped with a reason, not failed.
    skipped = {p["source_file"]: p for p in report["problems"] if p["severity"] == "skipped"}
    assert "README.md" in skipped and "SOURCES.tsv" in skipped
    assert SEED.replace(".txt", ".gold.json") in skipped
    assert all(p["message"] for p in report["problems"])
    assert report["documents_failed"] == 0


def csv_rows(path: Path) -> list[dict]:
    import csv

    csv.field_size_limit(sys.maxsize)
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_frictionless_validate_reports_valid(corpus_build):
    exe = Path(sys.executable).parent / "frictionless"
    result = subprocess.run([str(exe), "validate", str(corpus_build / "datapackage.json")], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "VALID" in result.stdout.upper() and "INVALID" not in result.stdout.upper()


def test_datapackage_descriptor(corpus_build):
    dp = json.loads((corpus_build / "datapackage.json").read_text("utf-8"))
    assert dp["$schema"].endswith("/2.0/datapackage.json")
    for key in ("name", "title", "description", "licenses", "sources", "created"):
        assert dp[key], key
    import re

    assert all(re.fullmatch(r"[-a-zA-Z0-9._]+", lic["name"]) for lic in dp["licenses"])
    names = {r["name"] for r in dp["resources"]}
    assert set(TABLES) == names
    for res in dp["resources"]:
        for f in (res, *res["alternates"]):
            if isinstance(f["path"], list):  # the Parquet parts: a hash each, bytes summed
                assert f["bytes"] == sum((corpus_build / p).stat().st_size for p in f["path"])
                assert len(f["hashes"]) == len(f["path"]) and all(h.startswith("sha256:") for h in f["hashes"])
                continue
            assert f["bytes"] == (corpus_build / f["path"]).stat().st_size
            assert f["hash"].startswith("sha256:")
        assert res["schema"]["fields"]
        assert json.loads((corpus_build / res["alternates"][0]["path"]).read_text("utf-8")) is not None


def test_validate_command(corpus_build, tmp_path):
    runner = CliRunner()
    ok = runner.invoke(cli, ["validate", str(corpus_build)])
    assert ok.exit_code == 0, ok.output
    assert "VALID" in ok.output
    broken = tmp_path / "broken"
    shutil.copytree(corpus_build, broken, symlinks=False)
    path = broken / "resolutions.csv"
    lines = path.read_text("utf-8").splitlines(keepends=True)
    lines[1] = lines[1].replace(",postponed,", ",maybe,").replace(",adopted,", ",maybe,").replace(",rejected,", ",maybe,")
    path.write_text("".join(lines), "utf-8")
    bad = runner.invoke(cli, ["validate", str(broken)])
    assert bad.exit_code == 1
    assert "INVALID" in bad.output


def test_invalid_rows_are_reported_not_published():
    validator = Validator()
    doc = {"id": "d1", "source_file": "d1.txt", "sha256": "a" * 64, "format": "txt", "type": "minutes", "text": "Der Rat hat es beschlossen."}
    motion = {"id": "d1/m1", "document_id": "d1", "quote": "x", "char_start": 0, "char_end": 1, "rule": "t", "motion_type": "Antrag"}
    good = {"id": "d1/r1", "document_id": "d1", "outcome": "adopted", "text": "beschlossen", "quote": "beschlossen", "char_start": 15, "char_end": 26, "rule": "t"}
    bad_enum = dict(good, id="d1/r2", outcome="maybe")
    bad_fk = dict(good, id="d1/r3", motion_id="d1/m9")
    bad_type = dict(good, id="d1/r4", votes_yes="many")
    rows = {"documents": [doc], "motions": [motion], "resolutions": [good, bad_enum, bad_fk, bad_type]}
    valid, problems = validator.check(rows, "d1.txt")
    assert [r["id"] for r in valid["resolutions"]] == ["d1/r1"]
    by_row = {p.message.split(":")[0]: p for p in problems}
    assert {p.field for p in problems} == {"outcome", "motion_id", "votes_yes"}
    assert {p.code for p in problems} == {"constraint-error", "foreign-key-error", "type-error"}
    assert all(p.table == "resolutions" and p.source_file == "d1.txt" for p in problems)
    assert by_row
    # A duplicate id in a later document is rejected as not unique.
    again, problems = validator.check({"documents": [dict(doc, id="d2")], "resolutions": [dict(good, document_id="d2")]}, "d2.txt")
    assert not again["resolutions"] and problems[0].code == "unique-error"


def test_builds_are_deterministic(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name in (SEED, "de_karlsruhe_niederschrift_2.txt", "de_hamburg-altona_beschlussempfehlung_1.html"):
        shutil.copy(CORPUS / name, src / name)
    a = build_package(src, tmp_path / "a", use_cache=False)
    b = build_package(src, tmp_path / "b", use_cache=False)
    assert a.rows == b.rows
    for t in TABLES:
        for ext in ("csv", "json"):
            assert (tmp_path / "a" / f"{t}.{ext}").read_bytes() == (tmp_path / "b" / f"{t}.{ext}").read_bytes()
    da = json.loads((tmp_path / "a" / "datapackage.json").read_text())
    db = json.loads((tmp_path / "b" / "datapackage.json").read_text())
    assert [r["hash"] for r in da["resources"]] == [r["hash"] for r in db["resources"]]


def test_rebuild_reuses_unchanged_documents(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(CORPUS / SEED, src / SEED)
    shutil.copy(CORPUS / "de_karlsruhe_niederschrift_2.txt", src / "b.txt")
    first = build_package(src, tmp_path / "out")
    assert first.reused == 0
    (src / "b.txt").write_text((src / "b.txt").read_text("utf-8") + "\nNachtrag.\n", "utf-8")
    second = build_package(src, tmp_path / "out")
    assert second.reused == 1 and second.documents == 2
    assert second.rows == first.rows


def test_database_shape(corpus_build):
    db = sqlite_utils.Database(corpus_build / "councildata.db")
    assert set(TABLES) <= set(db.table_names())
    assert db["resolutions"].pks == ["id"]
    fks = {(fk.column, fk.other_table) for fk in db["resolutions"].foreign_keys}
    assert ("document_id", "documents") in fks and ("motion_id", "motions") in fks
    indexed = {tuple(ix.columns) for ix in db["resolutions"].indexes}
    assert ("outcome",) in indexed and ("decided_by_id",) in indexed and ("date", "id") in indexed
    assert "unicode61 remove_diacritics 2" in db["documents_fts"].schema
    hits = list(db.query("select d.id from documents_fts f join documents d on d.rowid = f.rowid where documents_fts match 'Zwangsprostitution'"))
    assert any(h["id"].startswith("de_landkreis-cloppenburg") for h in hits)
    view = list(db.query("select document_title, source_file from resolutions_with_documents where source_file = ?", [SEED]))
    assert len(view) == 1
    assert db["motions_with_documents"].count >= 1


def test_cli_build_reports_failures_and_goes_on(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(CORPUS / SEED, src / SEED)
    (src / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (src / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 1
    assert "broken.pdf" in result.output and "empty.txt" in result.output
    assert "Read 1 documents" in result.output
    assert (tmp_path / "out" / "councildata.db").exists()


def test_no_module_imports_cli():
    """cli.py is the edge: the library never imports it (no import circle
    cli -> oparl_cli/metadata -> cli)."""
    import ast

    package = Path(__file__).resolve().parents[1] / "councildata"
    offenders = []
    for path in package.rglob("*.py"):
        if path.name == "cli.py" and path.parent == package:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""] + [a.name for a in node.names]
                if (node.level and (node.module == "cli" or (node.module is None and "cli" in names))) \
                        or node.module == "councildata.cli":
                    offenders.append(path.relative_to(package).as_posix())
            elif isinstance(node, ast.Import) and any(a.name == "councildata.cli" for a in node.names):
                offenders.append(path.relative_to(package).as_posix())
    assert offenders == []


def test_code_version_covers_subpackages(tmp_path, monkeypatch):
    """A change to a reader in councildata/ingest/ changes the cache key."""
    from councildata import build

    package = Path(build.__file__).parent
    copy = tmp_path / "councildata"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(build.resources, "files", lambda name: copy)
    before = build.code_version()
    assert build.code_version() == before
    with open(copy / "ingest" / "pdf.py", "a", encoding="utf-8") as f:
        f.write("\n# changed\n")
    assert build.code_version() != before
