"""The same input gives the same output, byte for byte.

The corpus copy is built three times: once in this process (the session's
``corpus_build``), once by ``councildata build --no-cache`` in a separate
process from a copy of the corpus in another place, and once with
``--jobs 2``. The two separate processes run with different
``PYTHONHASHSEED`` values, so that an order taken from a set or a hash
cannot hide. All three must give byte-identical CSV, JSON, metadata and
report files and ``datapackage.json`` (hence the same resource hashes), the
same ids, and databases with the same rows; ``report.json`` differs only
in the absolute path of the source folder.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from councildata.downloads import parquet_parts
from councildata.model import TABLES

from .conftest import CORPUS

EXE = Path(sys.executable).parent / "councildata"
FILES = [f"{t}.{ext}" for t in TABLES for ext in ("csv", "json")] + [
    "datapackage.json", "metadata.json",
    # councildata.publish.write_extras: the zip, its manifest and the catalogue
    "councildata.zip", "downloads.json", "catalog.ttl", "catalog.jsonld",
]


def cli_build(src: Path, out: Path, *extra: str, hashseed: str) -> Path:
    env = dict(os.environ, PYTHONHASHSEED=hashseed)
    proc = subprocess.run([str(EXE), "build", str(src), "--out", str(out), "--no-cache", "-q",
                           *extra], capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out


@pytest.fixture(scope="module")
def other_builds(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("determinism")
    # The same input in another place: a copy under the same folder name, with
    # the files' times kept (copy2), as `created` is the newest input's time.
    copy = base / "elsewhere" / CORPUS.name
    shutil.copytree(CORPUS, copy)
    return {
        "serial": cli_build(copy, base / "serial", hashseed="1"),
        "jobs-2": cli_build(CORPUS, base / "jobs2", "--jobs", "2", hashseed="4242"),
    }


def ids(out: Path) -> dict[str, list[str]]:
    return {t: [row["id"] for row in json.loads((out / f"{t}.json").read_text("utf-8"))]
            for t in TABLES}


def database_rows(out: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(f"file:{out / 'councildata.db'}?mode=ro", uri=True)
    try:
        return {t: con.execute(f"select * from {t} order by id").fetchall() for t in TABLES}
    finally:
        con.close()


@pytest.mark.parametrize("which", ["serial", "jobs-2"])
def test_files_are_byte_identical(corpus_build, other_builds, which):
    other = other_builds[which]
    parts = [p for t in TABLES for p in parquet_parts(corpus_build, t)]
    assert [p for t in TABLES for p in parquet_parts(other, t)] == parts and parts
    for name in FILES + parts:
        assert (other / name).read_bytes() == (corpus_build / name).read_bytes(), name
    # report.json too, but for the absolute path of the source folder it names
    report, reference = (json.loads((out / "report.json").read_text("utf-8"))
                         for out in (other, corpus_build))
    assert Path(report.pop("source_dir")).name == Path(reference.pop("source_dir")).name
    assert report == reference


@pytest.mark.parametrize("which", ["serial", "jobs-2"])
def test_resource_hashes_and_ids_are_the_same(corpus_build, other_builds, which):
    other = other_builds[which]

    def hashes(out: Path) -> dict[str, list[str]]:
        dp = json.loads((out / "datapackage.json").read_text("utf-8"))
        return {r["name"]: [r["hash"]] + [a.get("hash") or a["hashes"] for a in r["alternates"]]
                for r in dp["resources"]}

    assert hashes(other) == hashes(corpus_build)
    reference = ids(corpus_build)
    assert ids(other) == reference
    assert all(len(set(v)) == len(v) for v in reference.values())
    assert len(reference["documents"]) > 100 and len(reference["resolutions"]) > 100


@pytest.mark.parametrize("which", ["serial", "jobs-2"])
def test_databases_hold_the_same_rows(corpus_build, other_builds, which):
    assert database_rows(other_builds[which]) == database_rows(corpus_build)


def test_document_ids_are_a_function_of_the_path(corpus_build):
    from councildata.model import document_id

    docs = json.loads((corpus_build / "documents.json").read_text("utf-8"))
    single = [d for d in docs if not d["source_file"].endswith(".json")]
    assert single and all(d["id"] == document_id(d["source_file"]) for d in single)
