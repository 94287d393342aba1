"""One file in: open it safely, pick the reader for its format, never raise."""

from __future__ import annotations

import re
from pathlib import Path

from councildata.model import Document, Problem, document_id, sha256_bytes
from . import html, office, oparl_json, pdf, text
from .common import (
    _WHOLE_TEXT,
    HTML_EXTENSIONS,
    TEXT_EXTENSIONS,
    IngestOptions,
    _bare_problem,
    _Ctx,
    _skip_reason,
    _source_file,
    _text_too_large,
    printable_path,
)

# --------------------------------------------------------------------------
# ingest_file


def ingest_file(
    path: Path, source_dir: Path, options: IngestOptions | None = None
) -> list[Document] | Problem:
    """Read one file into Documents, or say in a Problem why not.

    Never raises for a bad file: an unexpected error becomes a Problem
    ``unreadable`` naming the exception.
    """
    options = options or IngestOptions()
    path = Path(path)
    source_file = _source_file(path, Path(source_dir))
    shown = printable_path(source_file)
    if shown != source_file:
        # A name in another encoding than UTF-8 (os.fsdecode keeps its bytes as
        # surrogates) cannot be written to the CSV, JSON or database as it is.
        return _bare_problem(
            "unreadable",
            "the file name is not valid UTF-8 (shown with \\x escapes); rename the file",
            shown,
        )
    try:
        return _ingest(path, source_file, options)
    except ImportError as exc:
        # A missing part of councildata itself is a bug, not a bad file.
        if (exc.name or "").startswith("councildata"):
            raise
        return _bare_problem("unreadable", f"{type(exc).__name__}: {exc}", source_file)
    except RecursionError:
        return _bare_problem(
            "unreadable", "the file is nested too deeply to be read (RecursionError)", source_file
        )
    except Exception as exc:  # noqa: BLE001 - by contract nothing propagates
        return _bare_problem(
            "unreadable", f"unexpected error while reading: {type(exc).__name__}: {exc}", source_file
        )


def _ingest(path: Path, source_file: str, options: IngestOptions) -> list[Document] | Problem:
    reason = _skip_reason(path.name)
    if reason:
        return _bare_problem("not-a-document", reason, source_file, severity="skipped")
    try:
        st = path.stat()
    except OSError as exc:
        return _bare_problem("unreadable", f"cannot read the file: {exc.strerror or exc}", source_file)
    if not path.is_file():
        return _bare_problem(
            "not-a-document", "not a regular file", source_file, severity="skipped"
        )
    if st.st_size > options.max_bytes:
        return _bare_problem(
            "too-large",
            f"file has {st.st_size:,} bytes, more than the limit of {options.max_bytes:,} "
            "(IngestOptions.max_bytes)",
            source_file,
        )
    if path.suffix.lower() in _WHOLE_TEXT and st.st_size > options.max_text_bytes:
        return _text_too_large(st.st_size, source_file, options)  # before reading it
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _bare_problem("unreadable", f"cannot read the file: {exc.strerror or exc}", source_file)
    if len(data) > options.max_bytes:
        return _bare_problem(
            "too-large",
            f"file has {len(data):,} bytes, more than the limit of {options.max_bytes:,}",
            source_file,
        )
    suffix = path.suffix.lower()
    if suffix in _WHOLE_TEXT and len(data) > options.max_text_bytes:
        return _text_too_large(len(data), source_file, options)
    ctx = _Ctx(source_file, document_id(source_file), sha256_bytes(data), options)
    head = data[:1024]
    if suffix == ".pdf" or head.lstrip().startswith(b"%PDF-"):
        return pdf._read_pdf(data, ctx)
    if suffix in TEXT_EXTENSIONS:
        return text._read_text(data, ctx)
    if suffix in HTML_EXTENSIONS:
        return html._read_html(data, ctx)
    if suffix == ".json":
        return oparl_json._read_json(data, ctx)
    if suffix == ".docx":
        return office._read_docx(data, ctx)
    if suffix == ".odt":
        return office._read_odt(data, ctx)
    if not suffix and re.search(rb"<(!doctype\s+html|html[\s>])", head, re.IGNORECASE):
        return html._read_html(data, ctx)
    what = f"({suffix})" if suffix else "(no file extension)"
    return ctx.problem("not-a-document", f"unsupported format {what}", severity="skipped")

