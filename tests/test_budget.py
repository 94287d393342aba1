"""A budget per file, safe reading and a build that fails cleanly (issue 10).

Every attack is a file made in memory (``tests/attacks.py``) in a folder
beside two real council documents; each test checks that the attack is
reported with its code, that the real documents are published, and where
memory is concerned that the worker's limit is what bounds it (the limit is
checked, never a timing).
"""

from __future__ import annotations

import errno
import json
import os
import resource
import sqlite3
import stat
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from councildata import build as build_module
from councildata import database
from councildata.ingest import budget as budget_module
from councildata.build import build_package
from councildata.build_report import failed_report_path
from councildata.cli import NO_ROWS_STATUS, cli
from councildata.ingest import IngestOptions, ingest_file
from councildata.ingest import text as text_reader
from councildata.ingest.budget import MIB, Budget, Overrun, address_space, run_budgeted
from councildata.model import document_id

from . import attacks
from .test_bad_inputs import GOOD, add_good_documents, build, check_good_documents_published

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the budget tests use fork and /proc (Linux)")


def run_build(src: Path, out: Path, *options: str):
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(out), "-q", "--no-cache", *options])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def problems_of(out: Path, source_file: str) -> list[dict]:
    report = json.loads((out / "report.json").read_text("utf-8"))
    return [p for p in report["problems"] if p.get("source_file") == source_file]


def with_good(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    add_good_documents(src)
    return src


def published(out: Path) -> set[str]:
    con = sqlite3.connect(out / database.DB_NAME)
    try:
        return {row[0] for row in con.execute("select source_file from documents")}
    finally:
        con.close()


# --------------------------------------------------------------------------
# the attacks


def test_pdf_pages_sharing_one_stream_is_too_large(tmp_path):
    """200 pages showing one content stream (32 KB on disk, 2 MB of text):
    reading stops once the text passes 20 times the file's size; with a
    text limit below that, at the text limit. Page by page, either way."""
    src = with_good(tmp_path)
    (src / "geteilt.pdf").write_bytes(attacks.shared_stream_pdf(200))
    result = run_build(src, tmp_path / "out")
    assert result.exit_code == 1
    [problem] = problems_of(tmp_path / "out", "geteilt.pdf")
    assert problem["code"] == "too-large" and "repeat the same content" in problem["message"]
    assert published(tmp_path / "out") == set(GOOD)
    result = ingest_file(src / "geteilt.pdf", src, IngestOptions(max_text_bytes=512 * 1024))
    assert result.code == "too-large" and "max_text_bytes" in result.message and "by page" in result.message


def test_pdf_text_ratio_spares_real_pdfs(tmp_path):
    """A long real PDF (200 pages typeset from the corpus' Karlsruhe minutes,
    one content stream per page) is read whole: past the ratio's 1 MiB floor
    its text is still about its size, far below 20 times."""
    from .conftest import CORPUS
    from .test_ingest import make_pdf

    import textwrap

    prose = " ".join(path.read_text("utf-8") for path in sorted(CORPUS.glob("de_karlsruhe_*.txt")))
    lines = textwrap.wrap(" ".join(prose.split()), 105)
    pages = [[lines[(i * 68 + k) % len(lines)] for k in range(68)] for i in range(200)]
    data = make_pdf(pages, footer="Seite {page} von {pages}")
    (tmp_path / "niederschrift.pdf").write_bytes(data)
    [doc] = ingest_file(tmp_path / "niederschrift.pdf", tmp_path)
    assert len(doc.text.encode("utf-8")) > 1024 * 1024 and len(doc.page_starts) == 200
    assert len(doc.text.encode("utf-8")) < 3 * len(data)


@pytest.mark.parametrize("name,make", [("bombe.docx", attacks.docx_bomb), ("bombe.odt", attacks.odt_bomb)])
def test_zip_bombs_stop_at_the_unpacked_limit(tmp_path, name, make):
    """A DOCX/ODT whose XML inflates to 1 GiB (4 MB on disk) is read only up
    to IngestOptions.max_unpacked_bytes, counted while inflating."""
    src = with_good(tmp_path)
    (src / name).write_bytes(make(1 << 30))
    result = run_build(src, tmp_path / "out")
    assert result.exit_code == 1
    [problem] = problems_of(tmp_path / "out", name)
    assert problem["code"] == "too-large" and "max_unpacked_bytes" in problem["message"]
    assert published(tmp_path / "out") == set(GOOD)


def test_zip_with_too_many_members(tmp_path):
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for i in range(30):
            archive.writestr(f"m{i}.xml", "<x/>")
    (tmp_path / "viele.docx").write_bytes(buffer.getvalue())
    result = ingest_file(tmp_path / "viele.docx", tmp_path, IngestOptions(max_zip_members=20))
    assert result.code == "too-large" and "30 members" in result.message


def test_odt_asking_for_two_billion_spaces(tmp_path):
    """``<text:s text:c="2000000000"/>`` (258 bytes) is one space: the text
    collapses runs of spaces anyway, so nothing is lost by not making them."""
    (tmp_path / "leer.odt").write_bytes(attacks.odt_spaces())
    [doc] = ingest_file(tmp_path / "leer.odt", tmp_path)
    assert doc.text == "Der Rat tagt."


def test_zip_headers_that_lie_about_the_size(tmp_path):
    """document.xml claims 1000 bytes and inflates to 1 GiB: zipfile stops
    at the claimed size and the CRC check fails; nothing big is held."""
    src = with_good(tmp_path)
    (src / "luege.docx").write_bytes(attacks.lying_docx(1 << 30))
    result = run_build(src, tmp_path / "out")
    assert result.exit_code == 1
    [problem] = problems_of(tmp_path / "out", "luege.docx")
    assert problem["code"] == "unreadable" and "cannot be unpacked" in problem["message"]
    assert published(tmp_path / "out") == set(GOOD)


def test_zip_member_bigger_than_its_header_says_is_counted(tmp_path, monkeypatch):
    """A header claiming 4 GiB does not make the reader trust it either way:
    the bytes are counted while inflating and stop at the limit."""
    (tmp_path / "gross.docx").write_bytes(attacks.docx_bomb(8 * MIB))
    result = ingest_file(tmp_path / "gross.docx", tmp_path, IngestOptions(max_unpacked_bytes=2 * MIB))
    assert result.code == "too-large" and "more than 2,097,152 bytes" in result.message


def test_pdf_stream_inflating_past_the_memory_limit(tmp_path):
    """A content stream that inflates to 1 GiB (1 MB on disk) under a
    512 MiB memory budget: PDFium cannot allocate it and the worker dies or
    says so; the file is reported and the build goes on."""
    src = with_good(tmp_path)
    (src / "aufgeblasen.pdf").write_bytes(attacks.inflating_pdf(1 << 30))
    result = run_build(src, tmp_path / "out", "--max-memory", "512")
    assert result.exit_code == 1
    [problem] = problems_of(tmp_path / "out", "aufgeblasen.pdf")
    assert problem["code"] in {"crashed", "out-of-memory", "damaged-pdf"}, problem
    assert published(tmp_path / "out") == set(GOOD)


# --------------------------------------------------------------------------
# workers that die, sleep or grow


def misbehave_on(monkeypatch, name: str, action) -> None:
    """The plain-text reader does ``action()`` for the file ``name`` (the
    build's workers are forked from this process and inherit the patch)."""
    real = text_reader._read_text

    def read_text(data, ctx):
        if ctx.source_file.endswith(name):
            return action(ctx)
        return real(data, ctx)

    monkeypatch.setattr(text_reader, "_read_text", read_text)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_reader_killed_by_a_signal_costs_that_file_only(tmp_path, monkeypatch, jobs):
    src = with_good(tmp_path)
    (src / "absturz.txt").write_text("Der Rat tagt.", "utf-8")
    misbehave_on(monkeypatch, "absturz.txt", lambda ctx: os.abort())
    result = run_build(src, tmp_path / "out", "-j", jobs)
    assert result.exit_code == 1
    [problem] = problems_of(tmp_path / "out", "absturz.txt")
    assert problem["code"] == "crashed" and "SIGABRT" in problem["message"]
    assert published(tmp_path / "out") == set(GOOD)
    assert "absturz.txt: [ingest] crashed" in result.output


def test_reader_past_the_wall_budget_is_stopped(tmp_path, monkeypatch):
    src = with_good(tmp_path)
    (src / "langsam.txt").write_text("Der Rat tagt.", "utf-8")
    misbehave_on(monkeypatch, "langsam.txt", lambda ctx: time.sleep(600))
    result = run_build(src, tmp_path / "out", "--max-seconds", "3")
    assert result.exit_code == 1
    [problem] = problems_of(tmp_path / "out", "langsam.txt")
    assert problem["code"] == "timeout" and "3 s" in problem["message"]
    assert published(tmp_path / "out") == set(GOOD)


def test_reader_over_the_memory_budget(tmp_path, monkeypatch):
    src = with_good(tmp_path)
    (src / "gierig.txt").write_text("Der Rat tagt.", "utf-8")
    misbehave_on(monkeypatch, "gierig.txt", lambda ctx: bytearray(600 * MIB))
    result = run_build(src, tmp_path / "out", "--max-memory", "256")
    assert result.exit_code == 1
    [problem] = problems_of(tmp_path / "out", "gierig.txt")
    assert problem["code"] == "out-of-memory" and "256 MiB" in problem["message"]
    assert published(tmp_path / "out") == set(GOOD)


def test_worker_address_space_limit_is_set(tmp_path, monkeypatch):
    """The worker's RLIMIT_AS is its size at start plus the budget, whatever
    the reader does; the build process itself keeps no such limit."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "grenze.txt").write_text("x", "utf-8")

    def report_limit(ctx):
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        return [ctx.document("txt", f"{soft} {address_space()}")]

    misbehave_on(monkeypatch, "grenze.txt", report_limit)
    before = resource.getrlimit(resource.RLIMIT_AS)
    build_package(src, tmp_path / "out", use_cache=False, redact=(), budget=Budget(memory=300 * MIB))
    assert resource.getrlimit(resource.RLIMIT_AS) == before
    text = (tmp_path / "out" / "documents.csv").read_text("utf-8")
    soft, size = (int(v) for v in text.splitlines()[1].split(",")[-1].strip('"').split())
    assert soft != resource.RLIM_INFINITY
    # The limit is the size at the worker's start plus 300 MiB, and the
    # worker (which has read a file since) is still below it.
    assert size < soft <= size + 300 * MIB + 64 * MIB


def test_run_budgeted_keeps_order_and_survives_deaths():
    def task(i):
        if i == 3:
            os.kill(os.getpid(), 9)
        if i == 5:
            os.abort()
        return i * i

    results = list(run_budgeted(task, [(i,) for i in range(8)], Budget(seconds=60), jobs=3))
    assert [r for r in results if not isinstance(r, Overrun)] == [0, 1, 4, 16, 36, 49]
    assert results[3].code == "out-of-memory" and "SIGKILL" in results[3].message
    assert results[5].code == "crashed" and "SIGABRT" in results[5].message


def test_ocr_gets_its_own_time_budget(monkeypatch):
    from councildata.ingest.budget import announce_ocr

    def task(ocr):
        if ocr:
            announce_ocr()
        time.sleep(3)
        return "fertig"

    results = list(run_budgeted(task, [(False,), (True,)], Budget(seconds=1, ocr_seconds=120), jobs=2))
    assert results[0].code == "timeout" and results[1] == "fertig"


# --------------------------------------------------------------------------
# reading files safely


def test_symlink_swapped_in_after_discovery_is_refused(tmp_path, monkeypatch):
    src = with_good(tmp_path)
    secret = tmp_path / "geheim.txt"
    secret.write_text("root:x:0:0:Geheimnis des Servers\n", "utf-8")
    (src / "tausch.txt").write_text("Der Rat tagt.", "utf-8")
    real = build_module.discover_names

    def discover_names(source_dir, problems=None):
        names = real(source_dir, problems)
        (src / "tausch.txt").unlink()
        (src / "tausch.txt").symlink_to(secret)
        return names

    monkeypatch.setattr(build_module, "discover_names", discover_names)
    run = build(src, tmp_path / "out")
    [problem] = run.problems_for("tausch.txt")
    assert problem["code"] == "unreadable" and "outside the source folder" in problem["message"]
    assert "Geheimnis" not in (tmp_path / "out" / "documents.csv").read_text("utf-8")
    check_good_documents_published(run, GOOD)


def test_last_component_swapped_for_a_link_is_not_followed(tmp_path, monkeypatch):
    """Between the check of the real path and the open, the file becomes a
    link: O_NOFOLLOW refuses it."""
    from councildata.ingest import files

    (tmp_path / "a.txt").write_text("Der Rat tagt.", "utf-8")
    (tmp_path / "b.txt").write_text("anderer Inhalt", "utf-8")
    real = files.os.path.realpath

    def realpath(path, *args, **kwargs):
        result = real(path, *args, **kwargs)
        if str(path).endswith("a.txt"):
            os.unlink(path)
            os.symlink(tmp_path / "b.txt", path)
        return result

    monkeypatch.setattr(files.os.path, "realpath", realpath)
    result = ingest_file(tmp_path / "a.txt", tmp_path)
    assert result.code == "unreadable" and "symbolic link" in result.message


def test_document_ids_unique_by_construction(tmp_path):
    """``a b`` gets the id ``a-b-7dbde935``; a file named ``a-b-7dbde935``
    (the collision of issue 10) gets a hashed id of its own."""
    src = tmp_path / "src"
    src.mkdir()
    first = document_id("a b")
    assert first == "a-b-7dbde935"
    page = "<html><body><p>Der Gemeinderat beschloss einstimmig die Satzung.</p></body></html>"
    for name in ("a b", first, "a-b"):  # no extension: read as HTML by their content
        (src / name).write_text(page, "utf-8")
    build_package(src, tmp_path / "out", use_cache=False)
    con = sqlite3.connect(tmp_path / "out" / database.DB_NAME)
    ids = dict(con.execute("select source_file, id from documents"))
    con.close()
    assert set(ids) == {"a b", first, "a-b"}
    assert len(set(ids.values())) == 3
    assert ids["a-b"] == "a-b" and ids["a b"] == first and ids[first].startswith(first + "-")
    # stable across runs: the same function of the same name
    assert document_id(first) == ids[first]


def test_personal_data_in_file_names_is_redacted(tmp_path):
    src = with_good(tmp_path)
    folder = src / "Birkenweg 14"
    folder.mkdir()
    names = ["Antrag max.mustermann@web.de.txt", "Rückruf 0171 2345678.txt"]
    for name in names:
        (folder / name).write_text("Der Gemeinderat beschloss einstimmig die Satzung.", "utf-8")
    result = run_build(src, tmp_path / "out")
    assert result.exit_code == 0, result.output
    out = tmp_path / "out"
    everything = "".join(p.read_text("utf-8") for p in out.iterdir() if p.suffix in (".csv", ".json"))
    for leaked in ("mustermann", "web.de", "2345678", "Birkenweg"):
        assert leaked not in everything
    sources = published(out) - set(GOOD)
    assert sources == {"[Anschrift entfernt]/Antrag [E-Mail entfernt].txt",
                       "[Anschrift entfernt]/Rückruf [Telefonnummer entfernt].txt"}
    # Two files whose names redact alike still get two ids.
    con = sqlite3.connect(out / database.DB_NAME)
    assert con.execute("select count(distinct id) from documents").fetchone()[0] == 4
    con.close()


# --------------------------------------------------------------------------
# the build as a whole


def test_disk_full_while_writing(tmp_path, monkeypatch):
    src = with_good(tmp_path)
    out = tmp_path / "out"
    assert run_build(src, out).exit_code == 0
    good_target = os.readlink(out)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(database, "insert_params", full)
    result = run_build(src, out)
    assert result.exit_code == 1
    assert "could not be written (No space left on device" in result.output
    assert "Traceback" not in result.output
    assert os.readlink(out) == good_target  # the previous build is still published
    builds = out.parent / f".{out.name}.builds"
    assert [p.name for p in builds.iterdir()] == [Path(good_target).name]  # partial build removed
    report = json.loads(failed_report_path(out).read_text("utf-8"))
    assert report["warnings"][0]["code"] == "write-failed"
    monkeypatch.undo()
    assert run_build(src, out).exit_code == 0  # space is back: the next build works
    assert not failed_report_path(out).exists()
    assert published(out) == set(GOOD)


def test_disk_full_while_the_database_thread_finishes_it(tmp_path, monkeypatch):
    # The database's indexes and counts are made on a thread beside the
    # Parquet files and the zip (build.shape_database): its error is the
    # build's, and nothing is published.
    src = with_good(tmp_path)
    out = tmp_path / "out"

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(database, "ensure_db_shape", full)
    result = run_build(src, out)
    assert result.exit_code == 1
    assert "could not be written (No space left on device" in result.output
    assert "Traceback" not in result.output
    assert not out.exists()
    builds = out.parent / f".{out.name}.builds"
    assert list(builds.iterdir()) == []  # the partial build removed, after the thread ended
    monkeypatch.undo()
    assert run_build(src, out).exit_code == 0
    assert published(out) == set(GOOD)


def test_empty_source_does_not_replace_a_build(tmp_path):
    src = with_good(tmp_path)
    out = tmp_path / "out"
    assert run_build(src, out).exit_code == 0
    empty = tmp_path / "leer"
    empty.mkdir()
    result = run_build(empty, out)
    assert result.exit_code == 1 and "--allow-empty" in result.output
    assert published(out) == set(GOOD)
    result = run_build(empty, out, "--allow-empty")
    assert result.exit_code == 0 and published(out) == set()


def test_build_is_readable_by_other_users(tmp_path):
    src = with_good(tmp_path)
    old = os.umask(0o077)
    try:
        build_package(src, tmp_path / "out", use_cache=False)
    finally:
        os.umask(old)
    target = (tmp_path / "out").resolve()
    assert stat.S_IMODE(target.stat().st_mode) == 0o755
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o755
    # Files 0644, folders (the Parquet parts') 0755, at any depth.
    paths = list(target.rglob("*"))
    assert any(p.is_dir() for p in paths)
    for path in paths:
        assert stat.S_IMODE(path.stat().st_mode) == (0o755 if path.is_dir() else 0o644), path.name


def test_no_rows_extracted_warns_with_its_own_status(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "notiz.txt").write_text("Bitte Kaffee für die Küche kaufen.\n", "utf-8")
    result = run_build(src, tmp_path / "out")
    assert result.exit_code == NO_ROWS_STATUS == 3
    assert "not one row was extracted" in result.output
    report = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))
    assert [w["code"] for w in report["warnings"]] == ["no-rows"]


def test_report_holds_no_absolute_paths(tmp_path):
    src = with_good(tmp_path)
    (src / "kaputt.pdf").write_bytes(b"%PDF-1.4 kaputt")
    run_build(src, tmp_path / "out")
    text = (tmp_path / "out" / "report.json").read_text("utf-8")
    assert str(tmp_path) not in text
    assert json.loads(text)["source_dir"] == "src"


def test_budget_options_are_documented():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
    reliability = (Path(__file__).resolve().parents[1] / "docs" / "reliability.md").read_text("utf-8")
    for option in ("--max-seconds", "--max-memory", "--max-text", "--allow-empty"):
        assert option in readme and option in reliability, option


def test_attack_generators_make_what_they_say():
    """The attack files are what the tests above claim: small on disk."""
    assert len(attacks.shared_stream_pdf(200)) < 40_000
    assert len(attacks.odt_spaces()) < 600
    assert len(attacks.inflating_pdf(64 * MIB)) < 200_000


_KEPT: list = []


def test_workers_are_reused_and_retire_once_grown():
    """One worker takes task after task; one that grew by more than a quarter
    of its memory budget hands over to a fresh one, so the next file gets
    its whole budget."""
    def task(grow):
        if grow:
            _KEPT.append(bytearray(grow))  # kept: the worker stays that big
        return os.getpid()

    pids = list(run_budgeted(task, [(0,), (0,), (200 * MIB,), (0,), (0,)], Budget(memory=512 * MIB)))
    assert pids[0] == pids[1] == pids[2] != pids[3] == pids[4]


def test_an_exception_in_the_task_is_a_bug_not_a_crash():
    """fn turns bad input into data; if it raises anyway, the build stops
    with that error instead of reporting the file as crashed."""
    from councildata.ingest.budget import WorkerError

    def task(i):
        raise LookupError(f"kaputt {i}")

    with pytest.raises(WorkerError, match="LookupError: kaputt 0"):
        list(run_budgeted(task, [(0,), (1,)]))


def test_pending_numbers_come_in_order_with_the_ones_put_back_first():
    from collections import deque

    from councildata.ingest.budget import _Pending

    pending = _Pending(6)
    taken = [pending.take() for _ in range(4)]
    assert taken == [0, 1, 2, 3]
    pending.put_back(deque([2, 3]))  # a worker left with these waiting in its pipe
    assert pending.first() == 2
    assert [pending.take() for _ in range(4)] == [2, 3, 4, 5]
    assert not pending


# --------------------------------------------------------------------------
# a delta's few files: the worker forked before the plan keeps the budget


def run_with_cache(src: Path, out: Path, *options: str):
    """``councildata build`` with the cache: a second run is a delta."""
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(out), "-q", *options])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


@pytest.mark.parametrize("name,action,options,code", [
    ("absturz.txt", lambda ctx: os.abort(), (), "crashed"),
    ("langsam.txt", lambda ctx: time.sleep(600), ("--max-seconds", "20"), "timeout"),
    ("gierig.txt", lambda ctx: bytearray(600 * MIB), ("--max-memory", "256"), "out-of-memory"),
])
def test_one_document_delta_keeps_the_budget(tmp_path, monkeypatch, name, action, options, code):
    """The one new file of a delta goes to the worker forked
    during the plan (BuildContext.fork_standby): a file that crashes it, sleeps past its time or
    grows past its memory costs that file only, as in a full build."""
    src = with_good(tmp_path)
    out = tmp_path / "out"
    run_with_cache(src, out, *options)
    taken = []
    real_take = budget_module.Standby.take

    def take(self, budget):
        worker = real_take(self, budget)
        taken.append(worker is not None)
        return worker

    monkeypatch.setattr(budget_module.Standby, "take", take)
    (src / name).write_text("Der Rat tagt.", "utf-8")
    misbehave_on(monkeypatch, name, action)
    result = run_with_cache(src, out, *options)
    assert result.exit_code == 1
    assert json.loads((out / "report.json").read_text("utf-8"))["incremental"]["mode"] == "delta"
    assert taken == [True]
    [problem] = problems_of(out, name)
    assert problem["code"] == code, problem
    assert published(out) == set(GOOD)


def test_standby_worker_address_space_limit_is_set(tmp_path, monkeypatch):
    """The standby worker's RLIMIT_AS is its size after its warm-up plus the
    budget, as for a worker forked by run_budgeted."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "erst.txt").write_text("Der Rat tagt.", "utf-8")
    build_package(src, tmp_path / "out", redact=(), budget=Budget(memory=300 * MIB))

    def report_limit(ctx):
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        return [ctx.document("txt", f"{soft} {address_space()} {os.getpid()}")]

    (src / "grenze.txt").write_text("x", "utf-8")
    misbehave_on(monkeypatch, "grenze.txt", report_limit)
    standbys = []
    real_start = build_module.start_standby

    def start(budget):
        standbys.append(real_start(budget))
        return standbys[-1]

    monkeypatch.setattr(build_module, "start_standby", start)
    report = build_package(src, tmp_path / "out", redact=(), budget=Budget(memory=300 * MIB))
    assert report.incremental["mode"] == "delta"
    row = [line for line in (tmp_path / "out" / "documents.csv").read_text("utf-8").splitlines() if "grenze" in line]
    soft, size, pid = (int(v) for v in row[0].split(",")[-1].strip('"').split())
    [standby] = standbys
    assert standby.worker is None  # taken by the run
    assert soft != resource.RLIM_INFINITY
    assert size < soft <= size + 300 * MIB + 64 * MIB
    assert pid != os.getpid()


def test_standby_not_taken_for_another_budget():
    standby = budget_module.Standby(Budget(seconds=60))
    process = standby.worker.process
    assert standby.take(Budget(seconds=61)) is None
    assert not process.is_alive()
    standby.close()


def test_run_budgeted_sends_a_standby_its_tasks_by_value():
    standby = budget_module.Standby(Budget(seconds=60))
    results = list(run_budgeted(pow, [(i, 2) for i in range(5)], Budget(seconds=60), jobs=1, standby=standby))
    assert results == [0, 1, 4, 9, 16]
    assert standby.worker is None
