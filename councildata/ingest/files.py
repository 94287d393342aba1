"""One file in: open it safely, pick the reader for its format, never raise.

A file is opened once, by :func:`read_source`: without following a symbolic
link in its last component (``O_NOFOLLOW``), and checked on the opened
descriptor (a regular file, inside the source folder by its real path), so
that a symlink swapped in after :func:`~councildata.ingest.discover` listed
the file is refused instead of read. Its bytes are then read only from that
descriptor, at most ``IngestOptions.max_bytes`` of them.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

from councildata.model import Document, Problem, sha256_bytes

from . import budget, html, office, oparl_json, pdf, text
from .common import (
    _WHOLE_TEXT,
    HTML_EXTENSIONS,
    TEXT_EXTENSIONS,
    IngestOptions,
    TooLarge,
    _bare_problem,
    _Ctx,
    _skip_reason,
    _source_file,
    _text_too_large,
    name_and_id,
    printable_path,
)

_CHUNK = 1024 * 1024


def ingest_file(
    path: Path, source_dir: Path, options: IngestOptions | None = None
) -> list[Document] | Problem:
    """Read one file into Documents, or say in a Problem why not.

    Never raises for a bad file: an unexpected error becomes a Problem
    ``unreadable`` naming the exception.
    """
    options = options or IngestOptions()
    data = read_source(path, source_dir, options)
    if isinstance(data, Problem):
        return data
    return ingest_bytes(data, _source_file(Path(path), Path(source_dir)), options)


def read_source(path: Path, source_dir: Path, options: IngestOptions | None = None) -> bytes | Problem:
    """The bytes of the file ``path`` below ``source_dir``, read through one
    checked descriptor, or a Problem saying why not."""
    options = options or IngestOptions()
    path = Path(path)
    rel = _source_file(path, Path(source_dir))
    shown = printable_path(rel)
    if shown != rel:
        # A name in another encoding than UTF-8 (os.fsdecode keeps its bytes as
        # surrogates) cannot be written to the CSV, JSON or database as it is.
        return _bare_problem(
            "unreadable",
            "the file name is not valid UTF-8 (shown with \\x escapes); rename the file",
            shown,
        )
    source_file, doc_id = name_and_id(rel, options)

    def problem(code: str, message: str, severity: str = "error") -> Problem:
        return _bare_problem(code, message, source_file, severity, doc_id)

    reason = _skip_reason(path.name)
    if reason:
        return problem("not-a-document", reason, "skipped")
    root = os.path.realpath(source_dir)
    # discover may hand over a path through a symlink inside the folder: open
    # what it resolves to now, and refuse it if that is no longer inside.
    real = os.path.realpath(path)
    if not _inside(real, root):
        return problem("unreadable", "the file is (now) a symbolic link to outside the source "
                       "folder; not read, so that a build reads only the folder it is given")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) \
        | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(real, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return problem("unreadable", "the file was replaced by a symbolic link while the "
                           "build ran; not followed")
        return problem("unreadable", f"cannot read the file: {exc.strerror or exc}")
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return problem("not-a-document", "not a regular file", "skipped")
        opened = _opened_path(fd)
        if opened is not None and not _inside(opened, root):
            # A folder on the way was swapped for a link between the check and the open.
            return problem("unreadable", "the file turned out to lie outside the source folder "
                           "when opened; not read")
        if st.st_size > options.max_bytes:
            return problem("too-large", f"file has {st.st_size:,} bytes, more than the limit of "
                           f"{options.max_bytes:,} (IngestOptions.max_bytes)")
        if path.suffix.lower() in _WHOLE_TEXT and st.st_size > options.max_text_bytes:
            return _text_too_large(st.st_size, source_file, options, doc_id)  # before reading it
        os.set_blocking(fd, True)
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(fd, _CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > options.max_bytes:  # it grew while being read
                return problem("too-large", f"file has more than {options.max_bytes:,} bytes "
                               "(IngestOptions.max_bytes)")
            chunks.append(chunk)
    except OSError as exc:
        return problem("unreadable", f"cannot read the file: {exc.strerror or exc}")
    finally:
        os.close(fd)
    return b"".join(chunks)


def _inside(real: str, root: str) -> bool:
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _opened_path(fd: int) -> str | None:
    """The real path of an open descriptor, where the system tells (Linux)."""
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return None


def ingest_bytes(data: bytes, rel: str, options: IngestOptions | None = None) -> list[Document] | Problem:
    """Read the bytes of the file at relative path ``rel`` into Documents, or
    say in a Problem why not. Never raises for bad bytes."""
    options = options or IngestOptions()
    source_file, doc_id = name_and_id(rel, options)
    try:
        result = _ingest(data, rel, source_file, doc_id, options)
    except TooLarge as exc:
        return _bare_problem("too-large", str(exc), source_file, doc_id=doc_id)
    except MemoryError:
        if budget.in_worker():
            raise  # the supervisor reports it, with the limit that was hit
        return _bare_problem("out-of-memory", "reading the file needed more memory than it may use",
                             source_file, doc_id=doc_id)
    except ImportError as exc:
        # A missing part of councildata itself is a bug, not a bad file.
        if (exc.name or "").startswith("councildata"):
            raise
        return _bare_problem("unreadable", f"{type(exc).__name__}: {exc}", source_file, doc_id=doc_id)
    except RecursionError:
        return _bare_problem("unreadable", "the file is nested too deeply to be read (RecursionError)",
                             source_file, doc_id=doc_id)
    except Exception as exc:  # noqa: BLE001 - by contract nothing propagates
        return _bare_problem("unreadable", f"unexpected error while reading: {type(exc).__name__}: {exc}",
                             source_file, doc_id=doc_id)
    if isinstance(result, list):
        for doc in result:
            size = len(doc.text.encode("utf-8", "surrogatepass"))
            if size > options.max_text_bytes:
                return _bare_problem(
                    "too-large",
                    f"the document's text has {size:,} bytes, more than the limit for one "
                    f"document of {options.max_text_bytes:,} (IngestOptions.max_text_bytes)",
                    source_file, doc_id=doc_id)
    return result


def _ingest(data: bytes, rel: str, source_file: str, doc_id: str,
            options: IngestOptions) -> list[Document] | Problem:
    suffix = os.path.splitext(rel.rsplit("/", 1)[-1])[1].lower()
    if len(data) > options.max_bytes:
        return _bare_problem("too-large", f"file has {len(data):,} bytes, more than the limit of "
                             f"{options.max_bytes:,}", source_file, doc_id=doc_id)
    if suffix in _WHOLE_TEXT and len(data) > options.max_text_bytes:
        return _text_too_large(len(data), source_file, options, doc_id)
    ctx = _Ctx(source_file, doc_id, sha256_bytes(data), options)
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

