"""Where a build's time and memory go: CPU seconds per phase of the build
process and of its workers, the build process's work per document, and its
peak memory per phase.

Issue 11 asks that both cores give at least 1.6 times the throughput of
one, and that peak memory stay flat in the archive's size. On a shared
machine wall times move with the other processes' load, so this reports
CPU seconds, which do not, and from them the wall time an idle two-core
machine would need with one worker and with two:

- the workers (reading, redacting, extracting; ``councildata.ingest.budget``)
  run beside the build process, which validates, writes and loads each
  document's rows as they come back (the loop), then builds indexes and
  writes the downloads alone (the tail);
- with one worker, the loop takes the longer of the two: max(W, P);
  with two, the two cores share W + P, and neither side can go faster than
  itself: max(W/2, (W + P)/2, P); the setup and the tail add to both;
- in the tail the database's indexes run on a thread of their own (D, CPU
  seconds of that thread) beside the main thread's files (M), of which the
  zip's deflating runs on two more threads (Z): the tail takes
  max(D, M + Z/2, (D + M + Z)/2) on two cores. It also prints the tail
  counted as CPU seconds (what this script predicted before) and one step
  after the other (D + M + Z/2, the build before the database thread).

It also prints the looser bound total CPU / max(P_all, W/2) (P_all: the
build process's setup, loop and tail), which counts a one-worker build as
if nothing in it overlapped and ignores that the build process and two
workers share two cores: an upper limit, not a forecast.

Peak memory is the build process's resident size, sampled every 20 ms and
reported per phase (the workers' peak is printed beside it).

Run: ``python benchmarks/build_profile.py ARCHIVE [-j 1] [--out DIR]``
(a cold build, no cache; ``ARCHIVE`` e.g. ``benchmarks/.archives/1000-1``
from ``benchmarks/synth.py``).
"""

from __future__ import annotations

import argparse
import collections
import os
import resource
import tempfile
import threading
import time
from pathlib import Path

import councildata.build as build_module
import councildata.chunked_zip as chunked_zip
import councildata.database as database
import councildata.downloads as downloads
import councildata.package as package
import councildata.validate as validate


def _rss_mb() -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    return 0


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


class Probe:
    """Marks phases of the build process, times functions it calls per
    document, and samples its memory."""

    def __init__(self) -> None:
        self.phase = "setup"
        self.cpu_at = time.process_time()
        self.cpu: collections.Counter = collections.Counter()
        self.peak: dict[str, int] = {}
        self.per_document: collections.Counter = collections.Counter()
        self.done = threading.Event()
        # CPU seconds of single threads in the tail: the main thread's, the
        # database thread's (build.shape_database) and the zip's deflate threads'.
        self.threads: collections.Counter = collections.Counter()
        self.main_at = 0.0
        self.lock = threading.Lock()

    def enter(self, phase: str) -> None:
        now = time.process_time()
        self.cpu[self.phase] += now - self.cpu_at
        self.phase, self.cpu_at = phase, now

    def sample(self) -> None:
        while not self.done.is_set():
            self.peak[self.phase] = max(self.peak.get(self.phase, 0), _rss_mb())
            time.sleep(0.02)

    def phase_of(self, owner: object, name: str, phase: str, after: str) -> None:
        fn = getattr(owner, name)

        def wrapped(*args, **kwargs):
            self.enter(phase)
            try:
                return fn(*args, **kwargs)
            finally:
                self.enter(after)

        setattr(owner, name, wrapped)

    def thread_timed(self, owner: object, name: str, label: str) -> None:
        """Counts the CPU time of the thread that calls ``owner.name``."""
        fn = getattr(owner, name)
        probe = self

        def wrapped(*args, **kwargs):
            t0 = time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                with probe.lock:
                    probe.threads[label] += time.thread_time() - t0

        setattr(owner, name, wrapped)

    def timed(self, owner: object, name: str, label: str) -> None:
        fn = getattr(owner, name)

        def wrapped(*args, **kwargs):
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.per_document[label] += time.process_time() - t0

        setattr(owner, name, wrapped)

    def install(self) -> None:
        results = build_module._results
        probe = self

        def loop(*args, **kwargs):
            it = results(*args, **kwargs)
            first = True
            while True:
                t0 = time.process_time()
                try:
                    item = next(it)
                except StopIteration:
                    probe.enter("tail: package and database")
                    probe.main_at = time.thread_time()
                    return
                finally:
                    if not first:
                        probe.per_document["results from the workers"] += time.process_time() - t0
                if first:  # workers forked and the first result back: the loop has begun
                    probe.enter("loop")
                    first = False
                yield item

        build_module._results = loop
        self.timed(database, "insert_params", "database.insert_params")
        self.timed(database, "append_search_texts", "database.append_search_texts")
        self.timed(package.PackageWriter, "append", "PackageWriter.append")
        self.timed(validate.Validator, "check_prepared", "Validator.check_prepared (keys)")
        self.timed(build_module, "name_and_id", "name_and_id (file name redacted)")
        # On a thread of its own beside the files: its CPU time counted there, not as a phase.
        self.thread_timed(build_module, "shape_database", "database")
        self.thread_timed(chunked_zip, "_deflate_range", "deflate")
        publish = build_module.publish

        def publish_timed(*args, **kwargs):
            self.threads["main"] += time.thread_time() - self.main_at
            return publish(*args, **kwargs)

        build_module.publish = publish_timed
        self.phase_of(downloads, "write_parquet", "tail: Parquet", "tail: downloads and catalogue")
        self.phase_of(downloads, "write_zip", "tail: zip", "tail: downloads and catalogue")
        self.phase_of(build_module, "publish", "tail: publish", "end")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("-j", "--jobs", type=int, default=1)
    parser.add_argument("--out", type=Path, help="build folder (default: a temporary one)")
    args = parser.parse_args()
    # As `councildata build -j 0` does: 0 is every core (build_package itself takes 0 as one worker).
    args.jobs = args.jobs or os.cpu_count() or 1
    probe = Probe()
    probe.install()
    threading.Thread(target=probe.sample, daemon=True).start()
    with tempfile.TemporaryDirectory(dir=args.out) as tmp:
        load0 = os.getloadavg()[0]
        workers0, wall0 = _cpu(resource.RUSAGE_CHILDREN), time.perf_counter()
        report = build_module.build_package(args.archive, Path(tmp) / "site", jobs=args.jobs, use_cache=False)
        wall = time.perf_counter() - wall0
        probe.enter("end")
        time.sleep(0.05)
        probe.done.set()
        workers = _cpu(resource.RUSAGE_CHILDREN) - workers0
    n = max(1, report.documents)
    rows = sum(report.rows.values())
    print(f"{args.archive.name}, -j {args.jobs}: {report.documents:,} documents, {rows:,} rows; wall {wall:.1f} s, "
          f"load average {load0:.1f} at the start, {os.getloadavg()[0]:.1f} at the end")
    print("\nCPU seconds of the build process, and its peak memory, per phase:")
    for phase, seconds in probe.cpu.items():
        if phase != "end":
            print(f"  {phase:34s} {seconds:7.2f} s   peak {probe.peak.get(phase, 0):5d} MB")
    print(f"  peak of the build process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB, "
          f"of a worker {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024} MB")
    print("\nThe build process's work per document (in the loop):")
    for label, seconds in probe.per_document.most_common():
        print(f"  {label:34s} {seconds:7.2f} s   {1000 * seconds / n:5.2f} ms/document")
    setup = probe.cpu["setup"]
    loop = probe.cpu["loop"]
    tail = sum(s for p, s in probe.cpu.items() if p.startswith("tail"))
    # The tail on an idle two-core machine: the database thread beside the
    # main thread's files, of which the zip's deflating runs on two threads.
    db_cpu, deflate, main_cpu = probe.threads["database"], probe.threads["deflate"], probe.threads["main"]
    tail_idle = max(db_cpu, main_cpu + deflate / 2, tail / 2)
    print(f"\ntail's threads (CPU seconds): main {main_cpu:.2f} s, database {db_cpu:.2f} s, "
          f"zip deflating {deflate:.2f} s; the tail on an idle machine {tail_idle:.2f} s "
          f"(one after the other, as before the database thread: {db_cpu + main_cpu + deflate / 2:.2f} s; "
          f"counted as CPU seconds: {tail:.2f} s)")
    for label, t in (("tail counted as CPU seconds", tail),
                     ("tail one step after the other (deflating on two threads)", db_cpu + main_cpu + deflate / 2)):
        one = setup + max(workers, loop) + t
        two = setup + max(workers / 2, (workers + loop) / 2, loop) + t
        print(f"  with the {label}: 1 worker {one:.1f} s, 2 workers {two:.1f} s, ratio {one / two:.2f}")
    one = setup + max(workers, loop) + tail_idle
    two = setup + max(workers / 2, (workers + loop) / 2, loop) + tail_idle
    print(f"\nworkers {workers:.2f} s ({1000 * workers / n:.2f} ms/document), build process: setup {setup:.2f} s, "
          f"loop {loop:.2f} s ({1000 * loop / n:.2f} ms/document), tail {tail:.2f} s")
    print(f"on an idle two-core machine: 1 worker {one:.1f} s, 2 workers {two:.1f} s, ratio {one / two:.2f}")
    total = setup + loop + tail + workers
    parent = setup + loop + tail
    print(f"total CPU {total:.1f} s, build process {parent:.1f} s: total / max(build process, workers / 2) = "
          f"{total / max(parent, workers / 2):.2f}")


if __name__ == "__main__":
    main()
