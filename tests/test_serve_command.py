"""The README's first command: `councildata serve` with no folder builds the
bundled sample and serves it on 127.0.0.1."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_without_folder_builds_and_serves_the_sample(tmp_path):
    port = free_port()
    exe = Path(sys.executable).parent / "councildata"
    proc = subprocess.Popen(
        [str(exe), "serve", "--port", str(port)], cwd=tmp_path,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                resp = httpx.get(f"{base}/councildata/resolutions.json?_shape=array&outcome=postponed", timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stdout.read().decode()
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.3)
        assert resp.status_code == 200
        assert any(r["recommended_to"] == "Kreistag" for r in resp.json())
        motions = httpx.get(f"{base}/councildata/motions.json?_shape=array&reference=V-SOZ/21/148", timeout=5).json()
        assert motions and motions[0]["date"] == "2021-09-08"
        surveys = httpx.get(f"{base}/councildata/surveys.json?_shape=array", timeout=5).json()
        assert len([s for s in surveys if s["document_id"].startswith("de_landkreis-cloppenburg")]) == 2
        assert (tmp_path / "_site" / "councildata.db").exists()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)


def test_serve_on_a_busy_port_fails_cleanly(tmp_path, sample_build):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        exe = Path(sys.executable).parent / "councildata"
        result = subprocess.run([str(exe), "serve", str(sample_build), "--port", str(port)],
                                capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result
    assert "Serving" not in result.stdout + result.stderr
    assert f"port {port} on 127.0.0.1 is already in use" in result.stderr
    assert "Traceback" not in result.stderr
