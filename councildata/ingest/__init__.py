"""Ingest: files in, :class:`~councildata.model.Document` s or Problems out.

``discover`` lists the files below a source folder; ``ingest_file`` reads one
of them into plain text. Reading never raises for a bad file: whatever goes
wrong becomes a :class:`~councildata.model.Problem` with a code and a message
a person understands. Codes (all with ``stage="ingest"``):

``not-a-document`` (severity ``skipped``)
    README/LICENSE/CHANGELOG files, gold records, data tables, images, JSON
    that is not OParl, formats this stage does not read; from ``discover``:
    hidden entries (names starting with ``.``) and named pipes, sockets,
    devices.
``too-large``
    the file is larger than ``IngestOptions.max_bytes``; a plain-text or HTML
    file larger than ``IngestOptions.max_text_bytes`` (before it is read); a
    document of any format whose text, once read, is larger than that (a PDF
    stops at the page where it passes it, or where its text passes
    ``IngestOptions.max_pdf_text_ratio`` times the file's size: pages that
    repeat one content stream); a PDF with more pages than
    ``IngestOptions.max_pdf_pages``; a DOCX/ODT with more zip members than
    ``IngestOptions.max_zip_members`` or whose XML inflates to more than
    ``IngestOptions.max_unpacked_bytes`` (counted while inflating).
``timeout`` / ``out-of-memory`` / ``crashed``
    reported by the build's budgeted worker (:mod:`councildata.ingest.budget`):
    reading and extracting the file took longer than its time budget, needed
    more than its memory budget, or the worker died (a native library
    aborting on the file).
``not-text``
    a text file that holds binary data or cannot be decoded.
``empty-document``
    nothing but whitespace (also: an HTML page or PDF without visible text
    after its furniture is removed).
``html-too-deep``
    an HTML page nested so deeply that it cannot be parsed.
``invalid-json``
    a ``.json`` file that is not valid JSON.
``invalid-oparl``
    OParl JSON that the OParl mapping cannot use at all.
``encrypted-pdf`` / ``damaged-pdf`` / ``empty-pdf``
    a PDF that needs a password / cannot be opened or is truncated / has no
    pages.
``needs-ocr`` / ``ocr-failed``
    a PDF without a text layer when OCR is unavailable or switched off / OCR
    was tried and failed.
``unreadable``
    the file cannot be read, or an unexpected error happened while reading it;
    its name is not valid UTF-8; it was swapped for a symbolic link (or now
    resolves to outside the source folder) after ``discover`` listed it;
    from ``discover``: a symlink out of the source folder, a broken symlink
    or loop, a folder that cannot be listed.

One module per format reads bytes into Documents: :mod:`.text`,
:mod:`.html` (with :mod:`.html_hints` for ALLRIS/SessionNet metadata),
:mod:`.pdf` (and :mod:`.ocr`), :mod:`.office` (DOCX, ODT) and
:mod:`.oparl_json`; :mod:`.files` opens a file safely and picks the reader;
:mod:`.budget` runs a file's whole work in a worker that can be killed.

The text cleaning for PDFs is in pure functions (:func:`clean_pdf_pages`,
:func:`dehyphenate`) and the HTML text rendering in :func:`html_to_text`, so
they can be tested without files.
"""

import importlib
from typing import Any

from .common import OCR_INSTALL_HINT, IngestOptions, printable_path
# Not lazily: the submodule of the same name would shadow the function once
# imported (``from .ingest.discover import discover_names``).
from .discover import discover

# The readers are imported when first used (PEP 562), not with the package:
# a rebuild that finds nothing changed needs IngestOptions and the listing
# (.discover), not the readers (councildata.incremental.plan).
_LAZY = {
    "ingest_bytes": "files", "ingest_file": "files", "read_source": "files",
    "format_row": "html", "html_to_text": "html",
    "clean_title": "html_hints", "clean_type_label": "html_hints", "page_hints": "html_hints",
    "ocr_unavailable_reason": "ocr", "run_ocr": "ocr",
    "clean_pdf_pages": "pdf", "dehyphenate": "pdf", "strip_page_furniture": "pdf",
    "decode_text": "text", "normalize_newlines": "text",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f".{module}", __name__), name)
    else:
        try:  # a submodule (councildata.ingest.ocr, ...)
            value = importlib.import_module(f".{name}", __name__)
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    globals()[name] = value
    return value

__all__ = [
    "OCR_INSTALL_HINT",
    "IngestOptions",
    "clean_pdf_pages",
    "clean_title",
    "clean_type_label",
    "decode_text",
    "dehyphenate",
    "discover",
    "format_row",
    "html_to_text",
    "ingest_bytes",
    "ingest_file",
    "normalize_newlines",
    "ocr_unavailable_reason",
    "page_hints",
    "printable_path",
    "read_source",
    "run_ocr",
    "strip_page_furniture",
]
