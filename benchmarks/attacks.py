"""Time and peak memory of a build per hostile file (the attacks of issue 10).

    python benchmarks/attacks.py [--code CHECKOUT] [--timeout S] [--memory-cap MIB] [BUILD OPTIONS...]

For each attack of ``tests/attacks.py`` a folder with that file and one real
council document is built with ``councildata build`` in a subprocess; the
script prints wall time, the peak resident memory of the build and its
workers (the largest ``ru_maxrss`` of the process and of its children, in
MB), the code the attack was reported with and whether the good document
was published. ``--code`` runs another checkout's councildata (e.g. the
main branch, to compare); ``--timeout`` stops a build that runs longer (shown
as ``>S``); ``--memory-cap`` puts an address-space limit on the whole build
process so that an unbounded build cannot take the machine down (its
failure then shows as such).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import attacks  # noqa: E402

GOOD = ROOT / "tests" / "fixtures" / "corpus" / "de_karlsruhe_beschlussvorlage_1.txt"

ATTACKS = {
    "pdf-200-pages-one-stream": ("a.pdf", lambda: attacks.shared_stream_pdf(200)),
    "pdf-2000-pages-one-stream": ("a.pdf", lambda: attacks.shared_stream_pdf(2000)),
    "pdf-stream-inflating-to-1GiB": ("a.pdf", lambda: attacks.inflating_pdf(1 << 30)),
    "pdf-stream-inflating-to-4GiB": ("a.pdf", lambda: attacks.inflating_pdf(4 << 30)),
    "docx-zip-bomb-1GiB": ("a.docx", lambda: attacks.docx_bomb(1 << 30)),
    "odt-zip-bomb-1GiB": ("a.odt", lambda: attacks.odt_bomb(1 << 30)),
    "odt-text-c-2000000000": ("a.odt", attacks.odt_spaces),
    "docx-lying-headers-1GiB": ("a.docx", lambda: attacks.lying_docx(1 << 30)),
}

RUN = """
import resource, sys
code, cap = sys.argv[1], int(sys.argv[2])
if code:
    sys.path.insert(0, code)
if cap:
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
from councildata.cli import cli
cli(sys.argv[3:], prog_name="councildata")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", default="", help="checkout whose councildata to run")
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--memory-cap", type=int, default=0, metavar="MIB")
    parser.add_argument("--only", action="append", help="run only these attacks")
    args, build_options = parser.parse_known_args()
    print(f"{'attack':32} {'seconds':>8} {'peak MB':>8}  exit  code of the attack file / good document")
    for name, (filename, make) in ATTACKS.items():
        if args.only and name not in args.only:
            continue
        with tempfile.TemporaryDirectory(prefix="councildata-attack-") as tmp:
            src = Path(tmp) / "src"
            src.mkdir()
            (src / filename).write_bytes(make())
            shutil.copy(GOOD, src / GOOD.name)
            out = Path(tmp) / "out"
            cmd = [sys.executable, "-c", RUN, args.code, str(args.memory_cap << 20), "build", str(src),
                   "--out", str(out), "-q", "--no-cache", *build_options]
            started = time.monotonic()
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                    start_new_session=True)
            try:
                _out, err = proc.communicate(timeout=args.timeout)
                seconds = f"{time.monotonic() - started:.1f}"
                status = str(proc.returncode)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                _out, err = proc.communicate()
                seconds, status = f">{args.timeout:g}", "killed"
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            code, good = "-", "not published"
            try:
                report = json.loads((out / "report.json").read_text("utf-8"))
                codes = [p["code"] for p in report["problems"] if p.get("source_file") == filename]
                code = ",".join(codes) or "published"
                if GOOD.name in (out / "documents.csv").read_text("utf-8"):
                    good = "published"
            except (OSError, ValueError, KeyError):
                tail = (err or "").strip().splitlines()
                code = f"no report ({tail[-1][:60] if tail else 'no output'})"
            # ru_maxrss of children is the largest of ALL children so far: run one
            # attack per invocation (--only) for a figure that is this attack's alone.
            print(f"{name:32} {seconds:>8} {peak:8.0f}  {status:>4}  {code} / good document {good}",
                  flush=True)


if __name__ == "__main__":
    main()
