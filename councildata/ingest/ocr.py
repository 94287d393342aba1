"""OCR of scanned PDFs with ocrmypdf/tesseract, run as a subprocess with a timeout."""

from __future__ import annotations

import functools
import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from .common import IngestOptions


@functools.lru_cache(maxsize=8)
def ocr_unavailable_reason(language: str = "deu") -> str | None:
    """Why OCR cannot run here, or None when ocrmypdf and tesseract+language are there."""
    if importlib.util.find_spec("ocrmypdf") is None:
        return "the Python package ocrmypdf is not installed"
    exe = shutil.which("tesseract")
    if exe is None:
        return "the tesseract program is not installed"
    try:
        proc = subprocess.run(
            [exe, "--list-langs"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return f"tesseract does not run: {exc}"
    languages = {line.strip() for line in (proc.stdout + proc.stderr).splitlines()}
    if language not in languages:
        return f"tesseract has no language data for '{language}'"
    return None


def run_ocr(data: bytes, options: IngestOptions, force: bool = True) -> bytes:
    """The PDF with a text layer made by ocrmypdf (tesseract)."""
    with tempfile.TemporaryDirectory(prefix="councildata-ocr-") as tmp:
        source, target = Path(tmp, "in.pdf"), Path(tmp, "out.pdf")
        source.write_bytes(data)
        cmd = [
            sys.executable, "-m", "ocrmypdf", "-q", "-l", options.ocr_language,
            "--force-ocr" if force else "--skip-text", "--output-type", "pdf",
            str(source), str(target),
        ]
        proc = subprocess.run(
            cmd, capture_output=True, text=True, timeout=options.ocr_timeout, check=False
        )
        if proc.returncode != 0 or not target.exists():
            detail = (proc.stderr or proc.stdout).strip().splitlines()
            raise RuntimeError(
                f"ocrmypdf exited with {proc.returncode}: {detail[-1] if detail else 'no output'}"
            )
        return target.read_bytes()


