"""Options, contexts and problems shared by every reader of the ingest stage."""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from councildata.model import Document, Problem, document_id

STAGE = "ingest"

OCR_INSTALL_HINT = (
    "apt-get install tesseract-ocr tesseract-ocr-deu && pip install 'councildata[ocr]'"
)

TEXT_EXTENSIONS = frozenset({".txt", ".md", ".text", ".markdown"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml", ".asp", ".php"})
TABLE_EXTENSIONS = frozenset({".tsv", ".csv", ".xlsx", ".xls", ".ods"})
IMAGE_EXTENSIONS = frozenset(
    {".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".bmp", ".webp", ".svg", ".ico", ".heic"}
)
_META_FILE = re.compile(r"^(readme|license|licence|changelog|copying)(?![a-z])", re.IGNORECASE)


@dataclass
class IngestOptions:
    """Limits and switches for reading files.

    ``ocr`` is ``"auto"`` (OCR PDFs without a text layer when ``ocrmypdf``
    and ``tesseract`` with ``ocr_language`` are installed) or ``"never"``.
    """

    max_bytes: int = 100 * 1024 * 1024
    # The text of one document, counted in UTF-8 bytes AFTER it is read, for
    # every format: every later stage (redaction, extraction, CSV, full-text
    # index) reads it at a few seconds per MB. The longest real council texts
    # are ~1-2 MB, so 16 MiB leaves ample room. Plain-text and HTML files are
    # checked before they are read too (their size bounds their text); PDFs
    # stop reading pages once their text passes it.
    max_text_bytes: int = 16 * 1024 * 1024
    max_pdf_pages: int = 2000
    # Text of a PDF (past its first MiB) as a multiple of the file's size: a
    # real PDF's text is about its size or less (the 300-page council PDF
    # measured for the budget: 1.0); 200 pages that all show one compressed
    # content stream reach 66 (2 MB from 32 KB). Such a PDF is too-large.
    max_pdf_text_ratio: float = 20.0
    # DOCX/ODT: members in the zip, and the bytes the XML member really
    # inflates to (counted while reading, never taken from its header).
    max_zip_members: int = 10_000
    max_unpacked_bytes: int = 64 * 1024 * 1024
    ocr: str = "auto"
    ocr_language: str = "deu"
    ocr_timeout: float = 1800.0
    # An ``oparl.OParlIndex`` over the whole source folder, to resolve references
    # between OParl files; None reads each file on its own.
    oparl_index: Any = None
    # The authority the documents belong to (``build --authority``, the source
    # folder's councildata.toml) and that council's own groups ("KULT"): passed
    # to extraction in each document's hints, where organisations are qualified.
    authority: str | None = None
    groups: tuple[str, ...] = ()
    # Kinds of personal data (see councildata.redact) removed from file
    # names before a name becomes source_file, an id or a URL.
    redact_names: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.ocr not in ("auto", "never"):
            raise ValueError(f"IngestOptions.ocr must be 'auto' or 'never', not {self.ocr!r}")


@dataclass
class _Ctx:
    source_file: str
    doc_id: str
    sha256: str
    options: IngestOptions
    extra: dict[str, Any] = field(default_factory=dict)

    def problem(self, code: str, message: str, severity: str = "error") -> Problem:
        return Problem(
            code=code,
            message=message,
            source_file=self.source_file,
            stage=STAGE,
            severity=severity,
            document_id=self.doc_id,
        )

    def document(self, fmt: str, text: str, **kwargs: Any) -> Document:
        return Document(
            id=self.doc_id,
            source_file=self.source_file,
            sha256=self.sha256,
            format=fmt,
            text=text,
            **kwargs,
        )


def printable_path(name: str) -> str:
    """``name`` as valid Unicode: bytes of a file name that are not UTF-8
    (kept by ``os.fsdecode`` as lone surrogates) become ``\\xNN``."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


def _bare_problem(code: str, message: str, source_file: str, severity: str = "error",
                  doc_id: str | None = None) -> Problem:
    return Problem(
        code=code,
        message=message,
        source_file=source_file,
        stage=STAGE,
        severity=severity,
        document_id=doc_id or document_id(source_file),
    )


class TooLarge(Exception):
    """A reader went past a limit of IngestOptions; becomes ``too-large``."""


@functools.lru_cache(maxsize=4096)
def public_name(rel: str, kinds: tuple[str, ...] = ()) -> str:
    """The relative path ``rel`` as it may be published: personal data of
    ``kinds`` in any folder or file name replaced by the placeholders of
    :mod:`councildata.redact` (:func:`councildata.redact.redact_path`: each
    part on its own, extension kept, ``_`` read as a space)."""
    if not kinds:
        return rel
    from councildata.redact import redact_path

    return redact_path(rel, kinds)[0]


def name_and_id(rel: str, options: IngestOptions) -> tuple[str, str]:
    """``(source_file, document id)`` of the file at relative path ``rel``:
    the name redacted as ``options.redact_names`` says, the id from that
    name with a hash of the exact path, so that two files never share one."""
    public = public_name(rel, tuple(options.redact_names))
    return public, document_id(public, key=rel)


def _source_file(path: Path, source_dir: Path) -> str:
    try:
        rel = path.relative_to(source_dir)
    except ValueError:
        try:
            rel = path.resolve().relative_to(source_dir.resolve())
        except ValueError:
            rel = Path(path.name)
    return rel.as_posix()


def _skip_reason(name: str) -> str | None:
    lower = name.lower()
    suffix = os.path.splitext(lower)[1]
    if lower.endswith(".gold.json"):
        return "gold record of the corpus, not a document"
    if _META_FILE.match(lower):
        kind = _META_FILE.match(lower).group(1).upper()
        return f"{kind} file of the collection, not a council document"
    if suffix in TABLE_EXTENSIONS:
        return f"data table ({suffix}), not a council document"
    if suffix in IMAGE_EXTENSIONS:
        return (
            f"image file ({suffix}), not a text document "
            "(put scans into a PDF to have them OCR'd)"
        )
    return None


# Formats whose whole content is one document's text (see IngestOptions.max_text_bytes).
_WHOLE_TEXT = TEXT_EXTENSIONS | HTML_EXTENSIONS


def _text_too_large(size: int, source_file: str, options: IngestOptions,
                    doc_id: str | None = None) -> Problem:
    return _bare_problem(
        "too-large",
        f"text file has {size:,} bytes, more than the limit for one text document of "
        f"{options.max_text_bytes:,} (IngestOptions.max_text_bytes)",
        source_file,
        doc_id=doc_id,
    )
