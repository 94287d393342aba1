"""A build on a Dask cluster (two local workers) equals the local build, file for file."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from councildata.build import build_package
from councildata.cli import cli
from councildata.model import TABLES

from .conftest import FIXTURES

distributed = pytest.importorskip("dask.distributed", reason="the dask extra is not installed")


@pytest.fixture(scope="module")
def cluster():
    import dask

    # As the module says: workers that may start the per-file worker processes.
    with dask.config.set({"distributed.worker.daemon": False}), distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as local:
        yield local.scheduler_address


def test_dask_build_equals_local_build(cluster, tmp_path):
    source = FIXTURES / "holdout"
    local = build_package(source, tmp_path / "local", use_cache=False, jobs=2)
    remote = build_package(source, tmp_path / "dask", use_cache=False, scheduler=cluster)
    assert remote.documents == local.documents > 10
    assert remote.rows == local.rows
    for table in TABLES:
        for ext in ("csv", "json"):
            name = f"{table}.{ext}"
            assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name


def test_budget_holds_on_dask(cluster, tmp_path):
    """A file over its budget on a Dask worker is reported like a local one and the rest is published."""
    source = tmp_path / "src"
    source.mkdir()
    (source / "a.txt").write_text("Der Gemeinderat beschließt einstimmig die Satzung.\n", "utf-8")
    (source / "big.txt").write_text("Der Rat tagt. " * 200_000, "utf-8")
    from councildata.ingest import IngestOptions

    report = build_package(source, tmp_path / "out", use_cache=False, scheduler=cluster,
                           options=IngestOptions(max_text_bytes=100_000))
    codes = {p.source_file: p.code for p in report.problems}
    assert codes.get("big.txt") == "too-large", codes
    assert report.documents == 1


def test_daemonic_workers_are_told_what_to_change(tmp_path):
    import dask

    with dask.config.set({"distributed.worker.daemon": True}), distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as local:
        result = CliRunner().invoke(cli, ["build", str(FIXTURES / "holdout"), "--out", str(tmp_path / "o"),
                                          "--scheduler", local.scheduler_address, "-q"])
    assert result.exit_code == 1
    assert "DASK_DISTRIBUTED__WORKER__DAEMON=False" in result.output


def test_unreachable_scheduler_is_a_clean_error(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(FIXTURES / "holdout"), "--out", str(tmp_path / "o"),
                                      "--scheduler", "tcp://127.0.0.1:9", "-q"])
    assert result.exit_code == 1
    assert "no Dask scheduler answers at tcp://127.0.0.1:9" in result.output
