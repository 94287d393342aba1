"""Builds are atomic: a build killed at any moment leaves the previous one intact.

Two good builds of a folder of 24 real documents are made first (the
second, warm one times a build, about 3 s here). Then, 20 times,
``councildata build SRC --out OUT --no-cache -q`` is started as a process
and killed with SIGKILL: 15 times at seeded random moments spread over the
build's duration (one in each 15th of it, from the imports to the end), and
5 times at the moments that matter most: while the database is being
written, once ``datapackage.json`` is written (the final files), once
``report.json`` is written (right before the publish), and inside the
publish itself, after the new link is made but before it is swapped in and
right after the swap (those two by a hook that kills the process there).

After every kill OUT must resolve to a complete build: every file of
``datapackage.json`` has its stated bytes and hash (the same as the good
build's), the SQLite database passes ``quick_check`` and answers a query,
and Datasette serves ``/councildata/resolutions.json``. frictionless
validates the whole package after the phase kills (it takes about a second,
too slow for all 20). At the end a build succeeds and leaves no folder or
link of the killed builds behind.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from councildata.package import file_stats

from .conftest import CORPUS

SEED = 20240312
RANDOM_KILLS = 15
EXE = Path(sys.executable).parent / "councildata"

# A process that runs `councildata build` and kills itself inside the publish:
# before the new link is renamed over OUT, or right after it.
KILL_IN_PUBLISH = """
import os, signal, sys
point = sys.argv[1]
real_replace = os.replace
def replace(src, dst, *args, **kwargs):
    if ".link-" in str(src) and point == "before-swap":
        os.kill(os.getpid(), signal.SIGKILL)
    real_replace(src, dst, *args, **kwargs)
    if ".link-" in str(src) and point == "after-swap":
        os.kill(os.getpid(), signal.SIGKILL)
os.replace = replace
from councildata.cli import cli
cli(sys.argv[2:], prog_name="councildata")
"""


def make_source(src: Path) -> None:
    """24 real documents of three formats: a build of about 2-3 s."""
    names = sorted(p.name for p in CORPUS.glob("de_karlsruhe_*.txt"))[:20]
    names += ["de_hamburg-nord_niederschrift-kopf_1.txt", "de_hamburg-mitte_antrag_1.html",
              "de_hamburg-altona_top-protokoll_1.html"]
    src.mkdir()
    for name in names:
        shutil.copy(CORPUS / name, src / name)
    shutil.copy(CORPUS / "oparl" / "de_karlsruhe_oparl-meeting_1.json", src / "sitzung.json")


def build_args(src: Path, out: Path) -> list[str]:
    return ["build", str(src), "--out", str(out), "--no-cache", "-q"]


def snapshot(out: Path) -> dict:
    """What a complete build is: its files' bytes and hashes, its row counts."""
    dp = json.loads((out / "datapackage.json").read_text("utf-8"))
    files = {}
    for res in dp["resources"]:
        for f in (res, *res.get("alternates", [])):
            if isinstance(f["path"], list):  # the Parquet parts, a hash each
                for path, digest in zip(f["path"], f["hashes"], strict=True):
                    files[path] = ((out / path).stat().st_size, digest)
                continue
            files[f["path"]] = (f["bytes"], f["hash"])
    report = json.loads((out / "report.json").read_text("utf-8"))
    return {"files": files, "rows": report["rows"], "documents": report["documents"]}


def check_complete(out: Path, reference: dict, *, validate: bool = False) -> None:
    assert out.is_symlink(), "OUT is no longer the link to a build"
    target = out.resolve(strict=True)
    assert target.is_dir()
    now = snapshot(out)
    assert now == reference
    for path, (size, digest) in now["files"].items():
        assert file_stats(target / path) == (size, digest.removeprefix("sha256:")), path
    con = sqlite3.connect(f"file:{target / 'councildata.db'}?mode=ro", uri=True)
    try:
        assert con.execute("pragma quick_check").fetchone() == ("ok",)
        count = con.execute("select count(*) from resolutions").fetchone()[0]
        assert count == reference["rows"]["resolutions"]
    finally:
        con.close()
    from councildata.serve import make_datasette

    ds = make_datasette(out)

    async def get():
        await ds.invoke_startup()
        return await ds.client.get("/councildata/resolutions.json?_shape=array&_size=5")

    resp = asyncio.run(get())
    assert resp.status_code == 200
    assert len(resp.json()) == min(5, reference["rows"]["resolutions"])
    if validate:
        from councildata.validate import validate_package

        report = validate_package(out)
        assert report.valid, report.flatten(["type", "note"])[:10]


def work_folder(builds: Path, pid: int) -> Path | None:
    for folder in builds.iterdir() if builds.exists() else ():
        if f"-{pid}-" in folder.name:
            return folder
    return None


def kill_when(proc: subprocess.Popen, builds: Path, ready, timeout: float = 60) -> bool:
    """SIGKILL ``proc`` as soon as ``ready(work_folder)`` holds; False if it ended first."""
    end = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < end:
        folder = work_folder(builds, proc.pid)
        if folder is not None and ready(folder):
            os.kill(proc.pid, signal.SIGKILL)
            return True
        time.sleep(0.001)
    return False


def size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


PHASES = {
    # rows are streaming into the database: several documents are in
    "database-write": lambda f: size(f / "documents.csv") > 40_000
    and not (f / "datapackage.json").exists(),
    # the database is closed and datapackage.json written; metadata, report, publish to come
    "final-files": lambda f: (f / "datapackage.json").exists(),
    # report.json written: the next step is the publish
    "before-publish": lambda f: (f / "report.json").exists(),
}


def assert_no_process_reads(src: Path, wait: float = 10.0) -> None:
    """No process still has ``src`` on its command line (a build's workers inherit it)."""
    deadline = time.monotonic() + wait
    while True:
        alive = []
        for proc in Path("/proc/").iterdir():
            if proc.name.isdigit():
                try:
                    cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
                except OSError:
                    continue
                if str(src) in cmdline and int(proc.name) != os.getpid():
                    status = (proc / "status").read_text() if (proc / "status").exists() else ""
                    if "State:\tZ" not in status:
                        alive.append((proc.name, cmdline[:120]))
        if not alive or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert alive == [], alive


def test_killed_builds_never_damage_the_published_build(tmp_path):
    src = tmp_path / "src"
    make_source(src)
    out = tmp_path / "site"
    builds = tmp_path / ".site.builds"

    # Two good builds: the second (warm) one times a build for the plan.
    durations = []
    for _ in range(2):
        started = time.monotonic()
        good = subprocess.run([str(EXE), *build_args(src, out)], capture_output=True, text=True,
                              timeout=300)
        durations.append(time.monotonic() - started)
        assert good.returncode == 0, good.stdout + good.stderr
        if len(durations) == 1:
            reference = snapshot(out)
        check_complete(out, reference, validate=len(durations) == 1)
    assert reference["documents"] >= 24
    duration = min(durations)

    rng = random.Random(SEED)
    plan: list[tuple[str, object]] = [
        ("random", (k + rng.random()) / RANDOM_KILLS * duration) for k in range(RANDOM_KILLS)
    ]
    plan += [("phase", name) for name in PHASES]
    plan += [("hook", "before-swap"), ("hook", "after-swap")]
    rng.shuffle(plan)
    assert len(plan) == 20

    outcomes = []
    for kind, when in plan:
        if kind == "hook":
            cmd = [sys.executable, "-c", KILL_IN_PUBLISH, str(when), *build_args(src, out)]
        else:
            cmd = [str(EXE), *build_args(src, out)]
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            if kind == "random":
                deadline = time.monotonic() + float(when)
                while proc.poll() is None and time.monotonic() < deadline:
                    time.sleep(0.002)
                if proc.poll() is None:
                    os.kill(proc.pid, signal.SIGKILL)
            elif kind == "phase":
                kill_when(proc, builds, PHASES[when])
            proc.wait(timeout=300)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        killed = proc.returncode == -signal.SIGKILL
        outcomes.append((kind, when, killed))
        check_complete(out, reference, validate=kind != "random")

    print(f"timed build {duration:.2f} s; kills (kind, moment, killed):", outcomes)
    # Most random moments fell inside a build (the last ones may miss the end
    # of a build that ran faster than the timed one); every phase kill hit.
    assert sum(killed for kind, _, killed in outcomes if kind == "random") >= 9, outcomes
    assert all(killed for kind, _, killed in outcomes if kind != "random"), outcomes
    leftovers = [p for p in builds.iterdir() if p != out.resolve()]
    assert leftovers, "the killed builds left nothing to clean up: were they killed?"
    # Nor did they leave worker processes behind, waiting on their pipes.
    assert_no_process_reads(src)

    # The next build succeeds and removes what the killed ones left behind;
    # it keeps the build it replaced, for requests a server began on it.
    replaced = out.resolve().name
    final = subprocess.run([str(EXE), *build_args(src, out)], capture_output=True, text=True,
                           timeout=300)
    assert final.returncode == 0, final.stdout + final.stderr
    check_complete(out, reference, validate=True)
    assert sorted(p.name for p in builds.iterdir()) == sorted([out.resolve().name, replaced])
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site.builds", "site", "src"]


def test_publish_cleans_up_only_dead_builds(tmp_path):
    """A build folder or publish link of a process that still runs is kept;
    those of dead processes go."""
    from councildata import build

    builds = tmp_path / ".site.builds"
    builds.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        for pid in (dead.pid, alive.pid):
            (builds / f"20240101T000000-{pid}-x").mkdir()
            (tmp_path / f".site.link-{pid}").symlink_to("nowhere")
        work = builds / f"20240102T000000-{os.getpid()}-y"
        work.mkdir()
        build.publish(work, tmp_path / "site")
        assert (tmp_path / "site").resolve() == work.resolve()
        assert sorted(p.name for p in builds.iterdir()) == sorted(
            [work.name, f"20240101T000000-{alive.pid}-x"])
        assert sorted(p.name for p in tmp_path.iterdir() if ".link-" in p.name) == [
            f".site.link-{alive.pid}"]
    finally:
        alive.kill()
        alive.wait()
