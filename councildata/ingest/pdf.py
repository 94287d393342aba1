"""PDF reader (PDFium): page texts, page furniture removed, hyphenation joined; OCR for scans."""

from __future__ import annotations

import ctypes
import re
import statistics
import subprocess
from collections import Counter
from typing import Any

from councildata.model import Document, Problem
from . import budget, ocr
from .common import OCR_INSTALL_HINT, IngestOptions, _Ctx
from .html import _WS
from .text import normalize_newlines

# --------------------------------------------------------------------------
# PDF

_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*\d{1,4}\s*[-–—]"
    r"|(?:Seite|Blatt|Page)\s*:?\s*\d{1,4}(?:\s*(?:von|/|of|aus)\s*\d{1,4})?"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|\d{1,4}\s+(?:von|of)\s+\d{1,4})$",
    re.IGNORECASE,
)
_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)
_PDF_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SUSPENDED = re.compile(r"(?:und|oder|bzw\.|sowie|als auch|wie|&)\s", re.IGNORECASE)
_EDGE = 4  # how many lines at the top and bottom of a page may be furniture


def _furniture_key(line: str) -> str:
    return re.sub(r"\d+", "#", _WS.sub(" ", line).strip())


def _split_page(page: str) -> list[str]:
    page = normalize_newlines(page)
    page = page.replace("\ufffe", "-\n").replace("\x02", "-\n")
    page = _PDF_CONTROL.sub("", page.translate(_LIGATURES))
    return [line.strip() for line in page.split("\n")]


def _edge_size(lines: list[str]) -> int:
    """How many lines at each edge of a page may be furniture (fewer on short pages)."""
    return min(_EDGE, max(1, sum(1 for line in lines if line) // 4))


def _edge_indices(lines: list[str]) -> tuple[list[int], list[int]]:
    filled = [i for i, line in enumerate(lines) if line]
    size = _edge_size(lines)
    return filled[:size], filled[::-1][:size]


def _is_page_number(line: str, page_no: int) -> bool:
    return bool(_PAGE_NUMBER.match(line)) or line == str(page_no)


def _furniture_keys(pages: list[list[str]], zone: int) -> set[str]:
    """Keys (digits as #) of lines that repeat at one edge (0 top, 1 bottom)
    of at least half of the pages: identical there, or with numbers that go
    up with the page number (``Seite 3``, ``Niederschrift vom 1.2.2023 - 3 -``)."""
    n = len(pages)
    if n < 3:
        return set()
    threshold = max(2, -(-n // 2))
    seen: dict[str, list[tuple[int, str]]] = {}
    for page_no, lines in enumerate(pages, start=1):
        indices = _edge_indices(lines)[zone]
        for key, line in {_furniture_key(lines[i]): lines[i] for i in indices}.items():
            seen.setdefault(key, []).append((page_no, line))
    keys = set()
    for key, occurrences in seen.items():
        if len(occurrences) < threshold:
            continue
        same = Counter(line for _, line in occurrences).most_common(1)[0]
        if same[1] >= threshold and (len(re.findall(r"[^\W\d_]", key)) >= 3 or len(key) >= 6):
            keys.add(key)
            continue
        offsets: Counter[int] = Counter()
        for page_no, line in occurrences:
            offsets.update({int(num) - page_no for num in re.findall(r"\d{1,4}", line)})
        if offsets and offsets.most_common(1)[0][1] >= threshold:
            keys.add(key)
    return keys


def strip_page_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Drop running headers/footers and page numbers at the page edges.

    Only lines at a page's top or bottom edge go (at most a few, stopping at
    the first line that is not furniture): lines that look like a page number
    (``– 2 –``, ``Seite 2 von 14``, ``Seite: 6/14``, the bare page number),
    and, in documents of three pages or more, lines that repeat at the same
    edge of at least half of the pages (see :func:`_furniture_keys`).
    """
    zones = (_furniture_keys(pages, 0), _furniture_keys(pages, 1))
    result = []
    for page_no, lines in enumerate(pages, start=1):
        lines = list(lines)
        size = _edge_size(lines)
        for keys, order in zip(zones, (1, -1), strict=True):
            removed = repeated = 0
            while removed < _EDGE:
                filled = [i for i, line in enumerate(lines) if line]
                if not filled:
                    break
                i = filled[0] if order == 1 else filled[-1]
                line = lines[i]
                if _is_page_number(line, page_no):
                    pass
                elif repeated < size and _furniture_key(line) in keys:
                    repeated += 1
                else:
                    break
                del lines[i]
                removed += 1
        while lines and not lines[0]:
            lines.pop(0)
        while lines and not lines[-1]:
            lines.pop()
        result.append(lines)
    return result


def dehyphenate(lines: list[str]) -> list[str]:
    """Join words broken at the end of a line.

    ``Vergan-`` + ``genheit`` → ``Vergangenheit`` (lowercase continuation);
    ``Baden-`` + ``Württemberg`` → ``Baden-Württemberg`` (uppercase: the
    hyphen is real, only the line break goes); ``Kinder-`` + ``und Jugend``
    → ``Kinder- und Jugend``. A soft hyphen at a line end always joins.
    """
    out: list[str] = []
    for line in lines:
        if out and out[-1] and line:
            prev = out[-1]
            if prev.endswith("\u00ad"):
                out[-1] = prev[:-1] + line
                continue
            if len(prev) >= 2 and prev[-1] in "-\u2010" and prev[-2].isalpha():
                first = line[0]
                if _SUSPENDED.match(line):
                    out[-1] = prev + " " + line
                    continue
                if first.islower():
                    out[-1] = prev[:-1] + line
                    continue
                if first.isupper() or first.isdigit():
                    out[-1] = prev + line
                    continue
        out.append(line)
    return out


def clean_pdf_pages(pages: list[str]) -> tuple[str, list[int]]:
    """The cleaned text of a PDF from the raw text of its pages.

    Drops running headers/footers and page numbers, joins words hyphenated
    at line ends, keeps paragraphs (one blank line) and other line breaks.
    Pages are separated by a blank line. Returns ``(text, page_starts)``,
    ``page_starts[i]`` being the offset where page i+1 begins in ``text``.
    """
    split = strip_page_furniture([_split_page(page) for page in pages])
    texts = []
    for lines in split:
        lines = dehyphenate(lines)
        text = "\n".join(lines)
        text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
        texts.append(text)
    out: list[str] = []
    starts: list[int] = []
    offset = 0
    for i, text in enumerate(texts):
        if i:
            out.append("\n\n")
            offset += 2
        starts.append(offset)
        out.append(text)
        offset += len(text)
    return "".join(out), starts


def _page_lines_with_gaps(textpage: Any) -> str:
    """Text of one page, with a blank line where the vertical gap between two
    lines is clearly larger than the page's line spacing (a paragraph)."""
    import pypdfium2.raw as pdfium_c

    raw = textpage.get_text_range()
    count = textpage.count_chars()
    if len(raw) != count or count == 0:
        return raw
    x, y = ctypes.c_double(), ctypes.c_double()
    lines: list[list[str]] = [[]]
    ys: list[float | None] = [None]
    sizes: list[float] = [0.0]
    i = 0
    while i < count:
        ch = raw[i]
        if ch == "\r" and i + 1 < count and raw[i + 1] == "\n":
            lines.append([])
            ys.append(None)
            sizes.append(0.0)
            i += 2
            continue
        if ch in "\r\n":
            lines.append([])
            ys.append(None)
            sizes.append(0.0)
            i += 1
            continue
        if ch in "\ufffe\x02":
            lines[-1].append("-")
            lines.append([])
            ys.append(None)
            sizes.append(0.0)
            i += 1
            continue
        lines[-1].append(ch)
        if (
            ys[-1] is None
            and not ch.isspace()
            and pdfium_c.FPDFText_GetCharOrigin(textpage.raw, i, ctypes.byref(x), ctypes.byref(y))
        ):
            ys[-1] = y.value
            sizes[-1] = pdfium_c.FPDFText_GetFontSize(textpage.raw, i)
        i += 1
    gaps = []
    for k in range(1, len(lines)):
        if ys[k] is not None and ys[k - 1] is not None:
            gaps.append((k, ys[k - 1] - ys[k], max(sizes[k], sizes[k - 1])))
    positive = [g for _, g, _ in gaps if g > 0]
    blank_before: set[int] = set()
    if positive:
        normal = [g for _, g, fs in gaps if 0 < g <= 1.6 * fs]
        reference = statistics.median(normal if len(normal) >= 0.3 * len(positive) else positive)
        blank_before = {k for k, g, _ in gaps if g > 1.5 * reference}
    out = []
    for k, chars in enumerate(lines):
        if k in blank_before:
            out.append("")
        out.append("".join(chars))
    return "\n".join(out)


class _PdfTextError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# The page tree's root saying it holds no pages: "<< /Type /Pages /Kids [] /Count 0 >>".
_ZERO_PAGES = re.compile(rb"/Count\s*0\s*/Kids\s*\[\s*\]|/Kids\s*\[\s*\]\s*/Count\s*0(?!\d)"
                         rb"|/Type\s*/Pages\s*/Kids\s*\[\s*\]")


# Below this much text the ratio of text to file size is not looked at
# (a short letter in a PDF with no embedded font is small on disk).
_RATIO_FLOOR = 1024 * 1024


def _pdf_page_texts(data: bytes, options: IngestOptions) -> list[str]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        # PDFium's last error is process-wide and not reset by every failure:
        # after an encrypted PDF, a PDF without pages fails with the code
        # "password" still set. So the bytes decide, the code only refines.
        code = getattr(exc, "err_code", None)
        encrypted = b"/Encrypt" in data
        if encrypted and code == pdfium_c.FPDF_ERR_PASSWORD:
            raise _PdfTextError("encrypted-pdf", "the PDF is protected by a password") from None
        if encrypted and code == pdfium_c.FPDF_ERR_SECURITY:
            raise _PdfTextError(
                "encrypted-pdf", "the PDF is encrypted with an unsupported security handler"
            ) from None
        if _ZERO_PAGES.search(data):
            # PDFium refuses a document without pages, even one it wrote itself.
            raise _PdfTextError("empty-pdf", "the PDF has no pages") from None
        if code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise _PdfTextError("damaged-pdf", "the PDF cannot be opened") from None  # stale code
        raise _PdfTextError("damaged-pdf", f"the PDF cannot be opened: {exc}") from None
    try:
        n = len(pdf)
        if n == 0:
            raise _PdfTextError("empty-pdf", "the PDF has no pages")
        if n > options.max_pdf_pages:
            raise _PdfTextError(
                "too-large",
                f"the PDF has {n:,} pages, more than the limit of {options.max_pdf_pages:,} "
                "(IngestOptions.max_pdf_pages)",
            )
        texts = []
        total = 0
        for i in range(n):
            try:
                page = pdf[i]
                textpage = page.get_textpage()
            except pdfium.PdfiumError as exc:
                raise _PdfTextError("damaged-pdf", f"page {i + 1} cannot be read: {exc}") from None
            try:
                texts.append(_page_lines_with_gaps(textpage))
            finally:
                textpage.close()
                page.close()
            # Pages may share one content stream (a 33 KB file with 200 pages
            # of the same text): stop as soon as the text is over the limit.
            total += len(texts[-1].encode("utf-8", "surrogatepass"))
            if total > _RATIO_FLOOR and total > options.max_pdf_text_ratio * len(data):
                raise _PdfTextError(
                    "too-large",
                    f"the PDF's text passes {options.max_pdf_text_ratio:g} times the file's size by "
                    f"page {i + 1} of {n:,} ({total:,} bytes of text from {len(data):,}): its pages "
                    "repeat the same content (IngestOptions.max_pdf_text_ratio)",
                )
            if total > options.max_text_bytes:
                raise _PdfTextError(
                    "too-large",
                    f"the PDF's text passes the limit for one document of {options.max_text_bytes:,} "
                    f"bytes by page {i + 1} of {n:,} (IngestOptions.max_text_bytes)",
                )
        return texts
    finally:
        pdf.close()


def _truncated(data: bytes) -> bool:
    last_eof = data.rfind(b"%%EOF")
    return last_eof == -1 or data.rfind(b"endobj") > last_eof


def _read_pdf(data: bytes, ctx: _Ctx) -> list[Document] | Problem:
    if b"%PDF-" not in data[:1024]:
        return ctx.problem("damaged-pdf", "not a PDF: the file has no %PDF header")
    if _truncated(data):
        return ctx.problem("damaged-pdf", "the PDF is truncated (no %%EOF after its last object)")
    try:
        pages = _pdf_page_texts(data, ctx.options)
    except _PdfTextError as exc:
        return ctx.problem(exc.code, exc.message)
    hints: dict[str, Any] = {}
    empty = sum(1 for page in pages if not page.strip())
    if empty == len(pages) or empty * 2 >= len(pages):
        reason = (
            "OCR is switched off (IngestOptions.ocr='never')"
            if ctx.options.ocr == "never"
            else ocr.ocr_unavailable_reason(ctx.options.ocr_language)
        )
        if reason is None:
            try:
                budget.announce_ocr()  # OCR has its own, larger time budget
                ocred = ocr.run_ocr(data, ctx.options, force=empty == len(pages))
                pages = _pdf_page_texts(ocred, ctx.options)
            except (_PdfTextError, RuntimeError, OSError, subprocess.SubprocessError) as exc:
                return ctx.problem("ocr-failed", f"OCR of the scanned PDF failed: {exc}")
            hints["ocr"] = True
        elif empty == len(pages):
            return ctx.problem(
                "needs-ocr",
                f"the PDF has no text layer (a scan) and cannot be OCR'd: {reason}. "
                f"To read scans install OCR: {OCR_INSTALL_HINT}",
            )
    text, starts = clean_pdf_pages(pages)
    if not text.strip():
        return ctx.problem("empty-document", "the PDF has no text besides page furniture")
    return [ctx.document("pdf", text, page_starts=starts, hints=hints)]


