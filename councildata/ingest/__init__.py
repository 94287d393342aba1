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
    the file is larger than ``IngestOptions.max_bytes``, a plain-text or HTML
    file larger than ``IngestOptions.max_text_bytes``, or a PDF has more
    pages than ``IngestOptions.max_pdf_pages``.
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
    its name is not valid UTF-8; from ``discover``: a symlink out of the
    source folder, a broken symlink or loop, a folder that cannot be listed.

The text cleaning for PDFs is in pure functions (:func:`clean_pdf_pages`,
:func:`dehyphenate`) and the HTML text rendering in :func:`html_to_text`, so
they can be tested without files.
"""

from .common import OCR_INSTALL_HINT, IngestOptions, printable_path
from .discover import discover
from .files import ingest_bytes, ingest_file, read_source
from .html import format_row, html_to_text
from .html_hints import clean_title, clean_type_label, page_hints
from .ocr import ocr_unavailable_reason, run_ocr
from .pdf import clean_pdf_pages, dehyphenate, strip_page_furniture
from .text import decode_text, normalize_newlines

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
