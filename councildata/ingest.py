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

from __future__ import annotations

import codecs
import contextlib
import ctypes
import datetime as dt
import functools
import importlib.util
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from councildata.model import Document, Problem, document_id, sha256_bytes

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
    # Plain-text and HTML files become one document's text as a whole, which
    # every later stage (redaction, extraction, CSV, full-text index) reads at
    # a few seconds per MB: the longest real council texts are ~1-2 MB, so
    # 16 MiB leaves ample room yet stops a runaway 50 MB export before it is
    # read. PDFs and OParl JSON keep ``max_bytes`` (scans are large, their
    # text small; an OParl file holds many small documents).
    max_text_bytes: int = 16 * 1024 * 1024
    max_pdf_pages: int = 2000
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


# --------------------------------------------------------------------------
# discover


def discover(source_dir: Path, problems: list[Problem] | None = None) -> Iterator[Path]:
    """Every file below ``source_dir``, sorted by its relative path.

    Hidden files and folders (names starting with ``.``) are left out, and
    so are symlinks whose target lies outside ``source_dir``; symlinked
    folders inside it are visited once. Given a list as ``problems``, every
    entry that is left out that way is appended to it, so that nothing is
    lost unsaid: hidden entries and files that are not regular files (a
    named pipe) as ``skipped``; symlinks out of the folder, broken symlinks
    and folders that cannot be listed as ``unreadable`` errors.
    """
    root = Path(source_dir)
    root_real = root.resolve()
    found: list[tuple[str, Path]] = []
    seen_dirs = {root_real}
    stack: list[tuple[Path, str]] = [(root, "")]

    def note(rel: str, code: str, message: str, severity: str = "error") -> None:
        if problems is not None:
            problems.append(_bare_problem(code, message, printable_path(rel or "."), severity))

    while stack:
        directory, prefix = stack.pop()
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            note(prefix.rstrip("/"), "unreadable",
                 f"cannot list the folder: {exc.strerror or exc}; its files are not read")
            continue
        subdirs: list[tuple[Path, str]] = []
        for entry in entries:
            path = Path(entry.path)
            rel = prefix + entry.name
            if entry.name.startswith("."):
                note(rel, "not-a-document", "hidden (the name starts with '.'), not read",
                     "skipped")
                continue
            try:
                if entry.is_symlink():
                    try:
                        target = path.resolve(strict=True)
                    except FileNotFoundError:
                        note(rel, "unreadable", "a symbolic link whose target does not exist")
                        continue
                    if target != root_real and not target.is_relative_to(root_real):
                        note(rel, "unreadable", "a symbolic link to outside the source folder; "
                             "not followed, so that a build reads only the folder it is given")
                        continue
                    if target.is_dir():
                        if target not in seen_dirs:
                            seen_dirs.add(target)
                            subdirs.append((path, rel + "/"))
                    elif target.is_file():
                        found.append((rel, path))
                    else:
                        note(rel, "not-a-document", "a symbolic link to something that is not "
                             "a regular file, not read", "skipped")
                elif entry.is_dir(follow_symlinks=False):
                    real = path.resolve()
                    if real not in seen_dirs:
                        seen_dirs.add(real)
                        subdirs.append((path, rel + "/"))
                elif entry.is_file(follow_symlinks=False):
                    found.append((rel, path))
                else:
                    note(rel, "not-a-document", "not a regular file (a named pipe, socket or "
                         "device), not read", "skipped")
            except (OSError, RuntimeError) as exc:
                note(rel, "unreadable", f"cannot be read: {getattr(exc, 'strerror', None) or exc}")
                continue
        stack.extend(reversed(subdirs))
    found.sort(key=lambda item: item[0])
    for _, path in found:
        yield path


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


def printable_path(name: str) -> str:
    """``name`` as valid Unicode: bytes of a file name that are not UTF-8
    (kept by ``os.fsdecode`` as lone surrogates) become ``\\xNN``."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


def _bare_problem(code: str, message: str, source_file: str, severity: str = "error") -> Problem:
    return Problem(
        code=code,
        message=message,
        source_file=source_file,
        stage=STAGE,
        severity=severity,
        document_id=document_id(source_file),
    )


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


def _text_too_large(size: int, source_file: str, options: IngestOptions) -> Problem:
    return _bare_problem(
        "too-large",
        f"text file has {size:,} bytes, more than the limit for one text document of "
        f"{options.max_text_bytes:,} (IngestOptions.max_text_bytes)",
        source_file,
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
        return _read_pdf(data, ctx)
    if suffix in TEXT_EXTENSIONS:
        return _read_text(data, ctx)
    if suffix in HTML_EXTENSIONS:
        return _read_html(data, ctx)
    if suffix == ".json":
        return _read_json(data, ctx)
    if suffix == ".docx":
        return _read_docx(data, ctx)
    if suffix == ".odt":
        return _read_odt(data, ctx)
    if not suffix and re.search(rb"<(!doctype\s+html|html[\s>])", head, re.IGNORECASE):
        return _read_html(data, ctx)
    what = f"({suffix})" if suffix else "(no file extension)"
    return ctx.problem("not-a-document", f"unsupported format {what}", severity="skipped")


# --------------------------------------------------------------------------
# plain text

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Single-byte encodings German text comes in, in order of preference on a tie.
_WESTERN = ("cp1252", "latin_1", "iso8859_15", "cp850", "mac_roman")
_GERMAN_CHARS = re.compile("[äöüÄÖÜß]")
_TYPO_CHARS = re.compile("[„“”‚‘’–—…€§°«»]")
_COMMON_NON_ASCII = set("äöüÄÖÜß„“”‚‘’–—…€§°«»éèêëàâáçñóòôúùûíìîïÉÈÀÇ²³µ·×½¼¾©®±\u00a0\u00ad")
_SUSPECT = re.compile("[\x80-\x9f\u2500-\u259f\ufffd]")
_IN_WORD_ODD = re.compile("(?<=[A-Za-z])[„”‚™šŽž¤¦¨´¸¹³÷õ±¬¯ƒ†‡‰‹›](?=[a-z])")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def _plausibility(text: str) -> float:
    """How much ``text`` looks like correctly decoded (German) text."""
    score = 3 * len(_GERMAN_CHARS.findall(text)) + len(_TYPO_CHARS.findall(text))
    score -= 10 * len(_SUSPECT.findall(text))
    score -= 6 * len(_IN_WORD_ODD.findall(text))
    score -= 2 * sum(1 for c in text if ord(c) > 127 and c not in _COMMON_NON_ASCII)
    return score


def _guess_utf16_without_bom(data: bytes) -> str | None:
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    if odd.count(0) > 0.4 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.4 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


def decode_text(data: bytes) -> tuple[str | None, str]:
    """Decode the bytes of a text file.

    Returns ``(text, encoding)``, or ``(None, reason)`` when the bytes are
    not text. UTF-8 (with or without BOM) and UTF-16/32 with BOM are taken
    as they are; otherwise single-byte encodings (cp1252, latin-1, …) are
    weighed against each other and charset-normalizer's guess, by how
    plausible the German text they give is.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(encoding, errors="replace")
            bad = text.count("\ufffd")
            if bad <= max(2, len(text) // 100):
                return _check_controls(text, encoding)
            if encoding != "utf-8":
                return None, f"declares {encoding.upper()} with a byte order mark but is not"
            data = data[len(bom):]
            break
    nul = data.count(0)
    if nul:
        utf16 = _guess_utf16_without_bom(data)
        if utf16:
            try:
                return _check_controls(data.decode(utf16), utf16)
            except UnicodeDecodeError:
                pass
        if nul > 16 or nul > len(data) / 1000:
            return None, f"binary data, not text ({nul:,} NUL bytes in {len(data):,})"
        data = data.replace(b"\x00", b"")
    try:
        return _check_controls(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return _check_controls(mostly, "utf-8")
    candidates: dict[str, str] = {}
    for encoding in _WESTERN:
        try:
            candidates[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            continue
    guess = _charset_normalizer_guess(data)
    if guess and guess not in candidates:
        with contextlib.suppress(UnicodeDecodeError, LookupError):
            candidates[guess] = data.decode(guess)
    if not candidates:
        return None, "cannot be decoded as text in any known encoding"
    order = {enc: i for i, enc in enumerate(candidates)}
    encoding = max(
        candidates, key=lambda enc: (_plausibility(candidates[enc][:2_000_000]), -order[enc])
    )
    return _check_controls(candidates[encoding], encoding)


def _utf8_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Decode error handler: a byte that is not UTF-8 is read as cp1252 where
    that gives a letter German text uses (a cp1252 passage pasted into UTF-8
    text), else it becomes U+FFFD."""
    assert isinstance(exc, UnicodeDecodeError)
    data, start = exc.object, exc.start
    end = start + 1
    while end < len(data) and 0x80 <= data[end] <= 0xBF:
        end += 1
    if end - start > 1:  # a malformed sequence (an encoded surrogate): one U+FFFD
        return "\ufffd", end
    char = data[start:end].decode("cp1252", errors="replace")
    return (char if char in _COMMON_NON_ASCII else "\ufffd"), end


codecs.register_error("councildata-utf8-fallback", _utf8_fallback)


def _mostly_utf8(data: bytes) -> str | None:
    """The text of UTF-8 bytes with a few invalid sequences in them (a lone
    surrogate, a stray byte, a pasted cp1252 passage), or None when the
    bytes are not UTF-8 at all. Decoding such a file as cp1252 as a whole
    would garble every umlaut of it; valid multi-byte sequences hardly ever
    arise by chance in single-byte text, so they decide."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for c in text if ord(c) > 127) - text.count("\ufffd")
    if not good or good < bad:
        return None
    return data.decode("utf-8", errors="councildata-utf8-fallback")


def _charset_normalizer_guess(data: bytes) -> str | None:
    """charset-normalizer's best encoding for the bytes, or None."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:1_000_000]).best()
    except Exception:  # noqa: BLE001 - detection is only a help
        return None
    return best.encoding if best is not None else None


def _check_controls(text: str, encoding: str) -> tuple[str | None, str]:
    controls = len(_CONTROL.findall(text)) + len(re.findall("[\x80-\x9f]", text))
    if controls > max(8, len(text) // 50):
        return None, f"binary data, not text ({controls:,} control characters)"
    return text, encoding


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_text(data: bytes, ctx: _Ctx) -> list[Document] | Problem:
    if not data.strip():
        return ctx.problem("empty-document", "the file is empty or holds only whitespace")
    text, how = decode_text(data)
    if text is None:
        return ctx.problem("not-text", f"not a text file: {how}")
    text = normalize_newlines(text).lstrip("\ufeff")
    if not text.strip():
        return ctx.problem("empty-document", "the file holds only whitespace")
    return [ctx.document("txt", text)]


# --------------------------------------------------------------------------
# HTML

_BLOCK_TAGS = frozenset(
    ["address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"]
)
_SKIP_TAGS = frozenset(
    ["script", "style", "noscript", "head", "title", "meta", "link", "template", "svg", "math", "iframe", "object", "embed", "canvas", "audio", "video", "map", "area", "button", "select", "option", "optgroup", "textarea", "input", "datalist", "img", "picture", "source", "track", "base", "basefont", "applet", "frame", "frameset", "noframes", "noembed", "param", "nav"]
)
_LIST_TAGS = frozenset({"ul", "ol", "dl", "menu", "dir"})
_DROP_TOKENS = frozenset(
    {
        "nav", "navbar", "navigation", "menu", "menubar", "mainmenu", "breadcrumb",
        "breadcrumbs", "sidebar", "skiplinks", "skiplink", "skip-link", "skip-links",
        "sr-only", "visually-hidden", "screen-reader-text", "d-none", "hidden", "search",
        "searchform", "search-form", "suche", "footer", "site-footer", "site-header",
        "masthead", "cookie-banner", "cookie-notice",
    }
)
# ALLRIS (ris*) and SessionNet (smc*) furniture, WordPress-style menus.
_DROP_TOKEN_RE = re.compile(
    r"^(?:ris(?:menu|left|navi|head|foot|logo)$|me1$|"
    r"smc[-_]?(?:menu|navi|nav|navbar|header|footer|breadcrumb|search|filter|skip|toolbar|"
    r"sidebar)|menu-|mobile-menu|sub-menu|navbar-|nav-)",
    re.IGNORECASE,
)
_DROP_ROLES = frozenset({"navigation", "search", "banner", "contentinfo", "menu", "menubar"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_WS = re.compile(r"\s+")
_INVISIBLE = re.compile("[\u00ad\u200b\ufeff]")


def _collapse(text: str) -> str:
    return _WS.sub(" ", _INVISIBLE.sub("", text)).strip()


def _tokens(tag: Any) -> list[str]:
    out: list[str] = []
    ident = tag.attrs.get("id")
    if isinstance(ident, str):
        out.append(ident)
    classes = tag.attrs.get("class")
    if isinstance(classes, str):
        out.extend(classes.split())
    elif classes:
        out.extend(classes)
    return out


def _is_dropped(tag: Any) -> bool:
    """Not visible, or page furniture (menus, navigation, headers, search)."""
    name = tag.name
    if name in _SKIP_TAGS:
        return True
    attrs = tag.attrs
    if not attrs and name not in ("header", "footer", "aside", "form"):
        return False
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    if isinstance(style, str) and _HIDDEN_STYLE.search(style):
        return True
    role = attrs.get("role")
    if isinstance(role, str) and role.lower() in _DROP_ROLES:
        return True
    for token in _tokens(tag):
        low = token.lower()
        if low in _DROP_TOKENS or _DROP_TOKEN_RE.match(low):
            return True
    if name in ("header", "footer", "aside"):
        return tag.find_parent(["article", "main"]) is None
    if name == "form":
        field = tag.find("input", attrs={"type": re.compile(r"^(text|search)$", re.IGNORECASE)})
        return field is not None and len(tag.get_text()) < 500
    return False


class _Box:
    """Collects blocks (a group id and lines) from flowing content."""

    __slots__ = ("blocks", "counters", "frag", "lines", "lists", "pending", "pre")

    def __init__(self) -> None:
        self.blocks: list[tuple[int | None, list[str]]] = []
        self.lines: list[str] = []
        self.frag: list[str] = []
        self.lists: list[int] = []
        # per open list: [next number, numbering type] for <ol>, None for <ul>
        self.counters: list[list[Any] | None] = []
        self.pending: str | None = None  # "2. " waiting for the list item's text
        self.pre = 0

    def text(self, s: str) -> None:
        if self.pending is not None and s.strip():
            self.frag.append(self.pending)
            self.pending = None
        if self.pre:
            parts = s.split("\n")
            self.frag.append(parts[0])
            for part in parts[1:]:
                self.newline()
                self.frag.append(part)
        else:
            self.frag.append(s)

    def newline(self) -> None:
        self.lines.append("".join(self.frag))
        self.frag = []

    def flush(self) -> None:
        self.newline()
        lines = [line for line in map(_collapse, self.lines) if line]
        self.lines = []
        if lines:
            self.blocks.append((self.lists[-1] if self.lists else None, lines))

    def add_blocks(self, blocks: list[tuple[int | None, list[str]]]) -> None:
        self.flush()
        self.blocks.extend(blocks)


class _Row:
    __slots__ = ("cells",)

    def __init__(self) -> None:
        self.cells: list[list[tuple[int | None, list[str]]]] = []

    def add_blocks(self, blocks: list[tuple[int | None, list[str]]]) -> None:
        self.cells.append(blocks)


class _Table:
    __slots__ = ("group", "rows")

    def __init__(self, group: int) -> None:
        self.rows: list[tuple[int | None, list[str]]] = []
        self.group = group

    def add_blocks(self, blocks: list[tuple[int | None, list[str]]]) -> None:
        self.rows.extend(blocks)


def _is_label(text: str) -> bool:
    return text.endswith(":") and len(text) <= 60 and not text.endswith("::")


def format_row(cells: list[str]) -> list[str]:
    """Lines for one table row: ``Label: value`` pairs, else cells joined by TAB."""
    cells = [c for c in cells if c]
    if not cells:
        return []
    if _is_label(cells[0]):
        lines: list[str] = []
        i = 0
        while i < len(cells):
            label = cells[i]
            j = i + 1
            while j < len(cells) and not _is_label(cells[j]):
                j += 1
            values = cells[i + 1 : j]
            lines.append(f"{label} {chr(9).join(values)}" if values else label)
            i = j
        return lines
    return ["\t".join(cells)]


def _finish_row(row: _Row, table: _Table) -> None:
    if all(len(blocks) <= 1 for blocks in row.cells):
        texts = [" ".join(blocks[0][1]) if blocks else "" for blocks in row.cells]
        lines = format_row(texts)
        if lines:
            table.rows.append((table.group, lines))
    else:  # a layout row: its cells are containers of their own
        for blocks in row.cells:
            table.rows.extend(blocks)


def _ol_counter(tag: Any) -> list[Any]:
    start = tag.get("start")
    first = int(start) if isinstance(start, str) and start.strip().lstrip("-").isdigit() else 1
    kind = tag.get("type")
    return [first, kind if kind in ("1", "a", "A", "i", "I") else "1"]


def _list_number(n: int, kind: str) -> str:
    if kind in ("a", "A") and 0 < n <= 26 * 27:
        letters = ""
        while n > 0:
            n, rest = divmod(n - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters if kind == "a" else letters.upper()
    if kind in ("i", "I") and 0 < n < 4000:
        numerals = (
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        )
        out = ""
        for value, numeral in numerals:
            while n >= value:
                out += numeral
                n -= value
        return out if kind == "i" else out.upper()
    return str(n)


_ROLE_AS_TAG = {
    "table": "table", "grid": "table", "row": "tr", "cell": "td", "gridcell": "td",
    "rowheader": "th", "columnheader": "th",
}
_CLASS_AS_TAG = {"smc-table": "table", "smc-table-row": "tr", "smc-table-cell": "td"}


def _table_role(tag: Any) -> str | None:
    """Div-based tables (ARIA roles, SessionNet 5 ``smc-table``) read as tables."""
    if not tag.attrs or tag.name in ("table", "tr", "td", "th"):
        return None
    role = tag.attrs.get("role")
    if isinstance(role, str) and role.lower() in _ROLE_AS_TAG:
        return _ROLE_AS_TAG[role.lower()]
    classes = tag.attrs.get("class")
    if classes:
        for cls in classes if not isinstance(classes, str) else classes.split():
            if cls in _CLASS_AS_TAG:
                return _CLASS_AS_TAG[cls]
    return None


def _render(root: Any) -> list[tuple[int | None, list[str]]]:
    """Blocks of visible text below ``root``, walking the tree without recursion."""
    from bs4 import NavigableString, Tag
    from bs4.element import PreformattedString

    counter = iter(range(1, 1 << 62))
    frames: list[Any] = [_Box()]
    # Work items: (node, None) to enter a node, (action, payload) to leave one.
    work: list[tuple[Any, Any]] = [(child, None) for child in reversed(root.contents)]
    while work:
        node, action = work.pop()
        if action is not None:
            kind = action
            top = frames[-1]
            if kind == "block":
                top.flush()
            elif kind == "list":
                top.flush()
                top.lists.pop()
                top.counters.pop()
                top.pending = None
            elif kind == "pre":
                top.flush()
                top.pre -= 1
            elif kind == "cell":
                box = frames.pop()
                box.flush()
                frames[-1].add_blocks(box.blocks)
            elif kind == "row":
                row = frames.pop()
                _finish_row(row, frames[-1])
            elif kind == "table":
                table = frames.pop()
                frames[-1].add_blocks(table.rows)
            continue
        if isinstance(node, NavigableString):
            if isinstance(node, PreformattedString):
                continue
            top = frames[-1]
            if isinstance(top, _Box):
                top.text(str(node))
            elif str(node).strip():
                top.add_blocks([(None, [_collapse(str(node))])])
            continue
        if not isinstance(node, Tag) or _is_dropped(node):
            continue
        name = _table_role(node) or node.name
        top = frames[-1]
        children = node.contents
        if name == "table":
            if isinstance(top, _Box):
                top.flush()
            frames.append(_Table(next(counter)))
            work.append((node, "table"))
        elif name == "tr" and isinstance(top, _Table):
            frames.append(_Row())
            work.append((node, "row"))
        elif name in ("thead", "tbody", "tfoot") and isinstance(top, _Table):
            pass
        elif isinstance(top, (_Table, _Row)):
            # a cell, or stray content between rows: give it a box of its own
            if isinstance(top, _Table):
                frames.append(_Row())
                work.append((node, "row"))
            frames.append(_Box())
            work.append((node, "cell"))
        elif name == "br":
            top.newline()
            continue
        elif name in _LIST_TAGS:
            top.flush()
            top.lists.append(next(counter))
            top.counters.append(_ol_counter(node) if name == "ol" else None)
            work.append((node, "list"))
        elif name == "li":
            top.flush()
            numbering = top.counters[-1] if top.counters else None
            if numbering is not None:
                value = node.get("value")
                if isinstance(value, str) and value.strip().isdigit():
                    numbering[0] = int(value)
                top.pending = f"{_list_number(numbering[0], numbering[1])}. "
                numbering[0] += 1
            work.append((node, "block"))
        elif name == "pre":
            top.flush()
            top.pre += 1
            work.append((node, "pre"))
        elif name in _BLOCK_TAGS:
            top.flush()
            work.append((node, "block"))
        work.extend((child, None) for child in reversed(children))
    while len(frames) > 1:  # only after malformed input
        frame = frames.pop()
        if isinstance(frame, _Box):
            frame.flush()
            frames[-1].add_blocks(frame.blocks)
        elif isinstance(frame, _Row):
            _finish_row(frame, frames[-1])
        else:
            frames[-1].add_blocks(frame.rows)
    box = frames[0]
    box.flush()
    return box.blocks


def _join_blocks(blocks: list[tuple[int | None, list[str]]]) -> str:
    out: list[str] = []
    previous: int | None = None
    for group, lines in blocks:
        if out:
            out.append("\n" if group is not None and group == previous else "\n\n")
        out.append("\n".join(lines))
        previous = group
    return "".join(out)


def _content_root(soup: Any) -> tuple[Any, str]:
    """The element holding the page's main content, and the page family."""
    allris = soup.find(id="allriscontainer")
    if allris is not None:
        return allris, "allris"
    smc = soup.find(id=re.compile(r"^smc")) or soup.find(class_=re.compile(r"^smc"))
    family = "sessionnet" if smc is not None else "generic"
    for finder in (
        lambda: soup.find(id="smccontent"),
        lambda: soup.find("main"),
        lambda: soup.find(attrs={"role": "main"}),
    ):
        found = finder()
        if found is not None:
            return found, family
    articles = soup.find_all("article", limit=2)
    if len(articles) == 1:
        return articles[0], family
    return (soup.body or soup), family


def html_to_text(soup: Any) -> str:
    """The visible text of a parsed page, one line per paragraph, heading,
    list item or table row; blank lines between blocks."""
    root, _family = _content_root(soup)
    blocks = _render(root)
    if root is not soup and root is not soup.body:
        h1 = soup.find("h1")
        if h1 is not None and root not in h1.parents and not _is_dropped(h1):
            blocks = _render_single(h1) + blocks
    return _join_blocks(blocks)


def _render_single(tag: Any) -> list[tuple[int | None, list[str]]]:
    wrapper = type("_Wrapper", (), {"contents": [tag]})()
    return _render(wrapper)


def _decode_html(data: bytes) -> str:
    from bs4.dammit import EncodingDetector

    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    declared = EncodingDetector.find_declared_encoding(
        data[:16384], is_html=True, search_entire_document=True
    )
    if declared:
        name = declared.strip().lower()
        if name in {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii",
                    "windows-1252", "iso_8859-1", "l1", "cp819"}:
            name = "cp1252"  # as browsers do (WHATWG encoding standard)
        try:
            codecs.lookup(name)
        except LookupError:
            name = ""
        if name:
            try:
                return data.decode(name)
            except UnicodeDecodeError:
                if not name.replace("-", "").replace("_", "").startswith("utf8"):
                    return data.decode(name, errors="replace")
    text, _how = decode_text(data)
    if text is None:
        return data.decode("utf-8", errors="replace")
    return text


def _read_html(data: bytes, ctx: _Ctx) -> list[Document] | Problem:
    if not data.strip():
        return ctx.problem("empty-document", "the file is empty")
    has_bom = any(data.startswith(bom) for bom, _ in _BOMS)
    if not has_bom and data.count(0) > max(16, len(data) // 1000):
        return ctx.problem("not-text", "binary data, not an HTML page")
    from bs4 import BeautifulSoup

    markup = _decode_html(data)
    try:
        soup = BeautifulSoup(markup, "html.parser")
        text = html_to_text(soup)
        hints = page_hints(soup)
    except RecursionError:
        return ctx.problem(
            "html-too-deep", "the HTML page is nested too deeply to be parsed"
        )
    if not text.strip():
        return ctx.problem("empty-document", "the HTML page has no visible text")
    return [ctx.document("html", text, hints=hints)]


# ---- hints from ALLRIS and SessionNet pages

_DATE = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")


def _iso_date(text: str | None) -> str | None:
    if not text:
        return None
    m = _DATE.search(text)
    if not m:
        m2 = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
        if not m2:
            return None
        year, month, day = (int(x) for x in m2.groups())
    else:
        day, month, year = (int(x) for x in m.groups())
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _inline_lines(tag: Any) -> list[str]:
    """Visible text of a small element, split at <br> and block elements."""
    from bs4 import NavigableString, Tag
    from bs4.element import PreformattedString

    if tag is None:
        return []
    lines: list[list[str]] = [[]]
    work = list(reversed(tag.contents))
    while work:
        node = work.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, PreformattedString):
                lines[-1].append(str(node))
        elif isinstance(node, Tag) and not _is_dropped(node):
            if node.name == "br" or node.name in _BLOCK_TAGS:
                lines.append([])
            work.extend(reversed(node.contents))
    return [text for text in (_collapse("".join(part)) for part in lines) if text]


def _inline_text(tag: Any) -> str:
    return " ".join(_inline_lines(tag))


def clean_type_label(text: str | None) -> str | None:
    """``Antwort / Stellungnahme des Bezirksamtes`` → ``Antwort``;
    ``Beschlussempfehlung öffentlich`` → ``Beschlussempfehlung``."""
    if not text:
        return None
    text = _collapse(text)
    text = re.sub(r"^\d+_", "", text)  # SessionNet "02_Unterrichtungsvorlage"
    text = re.sub(r"\s+(?:nicht)?öffentlich$", "", text, flags=re.IGNORECASE)
    text = re.split(
        r"\s+(?:nach|der|des|vom|von|gem\.|gemäß|zur|zum|für|an)\s+|\s*/\s*|\s*\(|\s*,\s*", text
    )[0]
    return text.strip() or None


_ATTRIBUTION = re.compile(
    r"^(?:gemeinsamer\s+|interfraktioneller\s+|kleine\s+|große\s+|schriftliche\s+)?"
    r"(?:dringlichkeits|zusatz|änderungs|ergänzungs)?(?:antrag|anträge|anfrage)\b.*\b"
    r"(?:der|des|von|vom)\b",
    re.IGNORECASE,
)


def clean_title(lines: list[str], type_label: str | None = None) -> str | None:
    """A paper's subject without a trailing line that only restates its type
    (``Eingabe``) or who moved it (``Antrag der GRÜNE-Fraktion``)."""
    lines = [line for line in lines if line]
    label = (type_label or "").casefold()
    while len(lines) > 1 and (lines[-1].casefold() == label or _ATTRIBUTION.match(lines[-1])):
        lines.pop()
    title = " ".join(lines)
    m = re.search(r"\s*\(([^()]*)\)\s*$", title)
    if m and m.start() > 0 and _ATTRIBUTION.match(m.group(1).strip()):
        title = title[: m.start()]
    return title.strip() or None


def page_hints(soup: Any) -> dict[str, Any]:
    """Structured facts from an ALLRIS or SessionNet page's metadata table,
    under contract column names; empty for other pages."""
    container = soup.find(id="allriscontainer")
    if container is not None:
        return _allris_hints(container)
    if soup.find(id="smctablevorgang") is not None or soup.find(
        class_=re.compile(r"^(smc-table-cell|smctablehead)$")
    ):
        return _sessionnet_hints(soup)
    return {}


def _first_consultation(rows: list[list[str]]) -> tuple[str | None, str | None]:
    """(first body, first date) of a Beratungsfolge given as rows of cell texts."""
    roles = re.compile(
        r"^(?:Ö|N|öffentlich|nichtöffentlich|nicht öffentlich|Vorberatung|Entscheidung|"
        r"Kenntnisnahme|Beschlussfassung|Anhörung|Beratung|Zuständigkeit|Gremium|Datum|"
        r"Sitzung|TOP|Status|Geplant)$",
        re.IGNORECASE,
    )
    body = date = None
    for cells in rows:
        for cell in cells:
            if date is None and _iso_date(cell) and len(cell) <= 25:
                date = _iso_date(cell)
                continue
            if (
                body is None
                and not _iso_date(cell)
                and not roles.match(cell)
                and re.search(r"[A-Za-zÄÖÜäöüß]{3}", cell)
                and not cell.lower().startswith("sitzung ")
            ):
                body = cell
        if body and date:
            break
    return body, date


def _rows_of(table: Any) -> list[list[str]]:
    rows = []
    for tr in table.find_all("tr"):
        tds = tr.find_all(["td", "th"], recursive=False)
        if all(td.name == "th" for td in tds):  # a header row
            continue
        cells = [_inline_text(td) for td in tds]
        cells = [c for c in cells if c]
        if cells:
            rows.append(cells)
    return rows


def _allris_hints(container: Any) -> dict[str, Any]:
    classes = container.get("class") or []
    page = next((c for c in classes if re.fullmatch(r"[a-z]{2}\d{3}\w*", c)), "")
    main = container.find(id="rismain") or container
    fields: dict[str, str] = {}
    field_lines: dict[str, list[str]] = {}
    consultation_label = None
    for td in main.find_all(["td", "th"], class_="kb1"):
        if td.find_parent(class_="me1") is not None:
            continue
        label = _inline_text(td)
        if not label.endswith(":") or len(label) > 60:
            continue
        key = label[:-1].strip()
        if key.lower().startswith("beratungsfolge"):
            consultation_label = consultation_label or td
            continue
        sibling = td.find_next_sibling(["td", "th"])
        lines = _inline_lines(sibling)
        if key not in fields and lines:
            fields[key] = " ".join(lines)
            field_lines[key] = lines
    heading = _inline_text(container.find(id="risname"))
    prefix, _, rest = heading.partition(" - ")
    prefix, rest = prefix.strip(), rest.strip()
    head = container.find(id="rishead")
    body = _inline_text(head.find(class_="topHeadline") or head) if head is not None else ""

    consultation_body = consultation_date = None
    if consultation_label is not None:
        tr = consultation_label.find_parent("tr")
        nxt = tr.find_next_sibling("tr") if tr is not None else None
        if nxt is not None:
            consultation_body, consultation_date = _first_consultation(_rows_of(nxt))

    def field_value(*names: str) -> str | None:
        for name in names:
            for key, value in fields.items():
                if key.lower() == name.lower():
                    return value
        return None

    hints: dict[str, Any] = {}
    if page.startswith("vo") or prefix.lower() in ("drucksache", "vorlage"):
        type_text = field_value("Drucksache-Art", "Drucksachen-Art", "Vorlage-Art", "Vorlagenart",
                                "Vorlagen-Art", "Art")
        type_label = clean_type_label(type_text)
        reference = rest or field_value("Drucksache-Nr.", "Drucksachen-Nr.", "Vorlage-Nr.",
                                        "Vorlagen-Nr.", "Name")
        betreff_key = next((k for k in fields if k.lower() == "betreff"), None)
        title = clean_title(field_lines.get(betreff_key, []) if betreff_key else [], type_label)
        date = _iso_date(field_value("Datum", "Drucksache vom", "Vorlage vom")) or consultation_date
        if type_text and body and re.search(r"\bBezirksamt", type_text) and body.startswith(
            "Bezirksversammlung "
        ):
            body = "Bezirksamt " + body[len("Bezirksversammlung "):]
        hints.update(
            reference=reference, title=title, type_label=type_label, date=date,
            addressed_to=consultation_body,
        )
    else:
        committee = field_value("Gremium")
        hints.update(
            type_label=prefix or None,
            title=field_value("Bezeichnung") or rest or None,
            date=_iso_date(field_value("Datum")),
        )
        if page.startswith("to02") or field_value("TOP"):
            hints["decided_by"] = committee
            link = main.find("a", href=re.compile(r"vo0[25]0"))
            ref = re.match(r"\s*(\S*\d[-/]\d\S*)", _inline_text(link)) if link else None
            if ref:
                hints["paper_reference"] = ref.group(1)
        else:
            hints["addressed_to"] = committee
    hints["body"] = body or None
    hints = {k: v for k, v in hints.items() if v}
    if fields:
        hints["page_fields"] = fields
    return hints


_SMC_CLASSES = (
    "vobetr", "voname", "vovaname", "voakz", "vodat", "vodatum", "siname", "sigrname",
    "sidat", "siort", "tofnum", "tobetr",
)


def _sessionnet_hints(soup: Any) -> dict[str, Any]:
    fields: dict[str, str] = {}
    field_lines: dict[str, list[str]] = {}
    # classic SessionNet: <table id="smctablevorgang"><td class="smctablehead">Betreff:</td>
    for head in soup.find_all(class_="smctablehead"):
        label = _inline_text(head).rstrip(":").strip()
        sibling = head.find_next_sibling(["td", "th", "div"])
        lines = _inline_lines(sibling)
        if label and lines and label not in fields:
            fields[label] = " ".join(lines)
            field_lines[label] = lines
    # SessionNet 5: <div class="smc-table-cell vobetr">, labels in smc-cell-head cells
    by_class: dict[str, list[str]] = {}
    for cell in soup.find_all(class_="smc-table-cell"):
        classes = cell.get("class") or []
        if "smc-cell-head" in classes:
            label = _inline_text(cell).rstrip(":").strip()
            sibling = cell.find_next_sibling(class_="smc-table-cell")
            lines = _inline_lines(sibling)
            if label and lines and label not in fields:
                fields[label] = " ".join(lines)
                field_lines[label] = lines
            continue
        for name in _SMC_CLASSES:
            if name in classes and name not in by_class:
                by_class[name] = _inline_lines(cell)

    def value(classes: tuple[str, ...], labels: tuple[str, ...]) -> list[str]:
        for name in classes:
            if by_class.get(name):
                return by_class[name]
        for label in labels:
            for key, lines in field_lines.items():
                if key.lower() == label.lower():
                    return lines
        return []

    type_label = clean_type_label(" ".join(value(("vovaname",), ("Art", "Vorlagenart",
                                                                  "Vorlage-Art"))))
    hints: dict[str, Any] = {
        "reference": " ".join(value(("voname",), ("Name", "Vorlage", "Vorlagen-Nr.",
                                                  "Drucksache", "Drucksachen-Nr.", "Nummer"))),
        "type_label": type_label,
        "title": clean_title(value(("vobetr", "tobetr", "siname"), ("Betreff", "Bezeichnung")),
                             type_label),
        "date": _iso_date(" ".join(value(("vodat", "vodatum", "sidat"), ("Datum",)))),
    }
    committee = " ".join(value(("sigrname",), ("Gremium",)))
    consultation = soup.find("table", id=re.compile(r"vo0050_contenttable")) or soup.find(
        "table", class_=re.compile(r"vo0050_contenttable")
    )
    if consultation is not None:
        body, date = _first_consultation(_rows_of(consultation))
        hints["addressed_to"] = body
        hints["date"] = hints["date"] or date
    elif committee:
        hints["addressed_to"] = committee
    hints = {k: v for k, v in hints.items() if v}
    if fields:
        hints["page_fields"] = fields
    return hints


# --------------------------------------------------------------------------
# JSON


def _read_json(data: bytes, ctx: _Ctx) -> list[Document] | Problem:
    try:
        obj = json.loads(data)
    except RecursionError:
        return ctx.problem("invalid-json", "invalid JSON: nested too deeply")
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError
        return ctx.problem("invalid-json", f"invalid JSON: {exc}")
    from councildata import oparl  # lazily: a bug there must not break other formats

    if not oparl.is_oparl(obj):
        return ctx.problem(
            "not-a-document", "JSON but not OParl (no OParl 'type')", severity="skipped"
        )
    try:
        documents = list(oparl.documents_from_oparl(
            obj, ctx.source_file, ctx.sha256, index=ctx.options.oparl_index
        ))
    except oparl.NotADocument as exc:
        return ctx.problem("not-a-document", f"OParl, but no document: {exc}", severity="skipped")
    except ValueError as exc:
        return ctx.problem("invalid-oparl", f"OParl JSON that cannot be used: {exc}")
    if not documents:
        return ctx.problem(
            "not-a-document", "OParl JSON without any document in it", severity="skipped"
        )
    for doc in documents:
        doc.text, doc.hints, doc.records = _valid_unicode((doc.text, doc.hints, doc.records))
    return documents


_SURROGATE = re.compile("[\ud800-\udfff]")


def _valid_unicode(value: Any) -> Any:
    """Lone surrogates, which JSON may spell ("\\ud800") but UTF-8 cannot
    hold, as U+FFFD: one character for one, so provenance offsets stay right."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_valid_unicode(k): _valid_unicode(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_valid_unicode(v) for v in value)
    return value


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
        return texts
    finally:
        pdf.close()


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
            else ocr_unavailable_reason(ctx.options.ocr_language)
        )
        if reason is None:
            try:
                ocred = run_ocr(data, ctx.options, force=empty == len(pages))
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


# --------------------------------------------------------------------------
# DOCX and ODT (zip files of XML), with the standard library

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


class _ZipXmlError(Exception):
    pass


def _zip_xml(data: bytes, member: str, options: IngestOptions) -> ElementTree.Element:
    import io

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise _ZipXmlError(f"not a valid zip container: {exc}") from None
    with archive:
        try:
            info = archive.getinfo(member)
        except KeyError:
            raise _ZipXmlError(f"{member} is missing") from None
        if info.file_size > options.max_bytes:
            raise _ZipXmlError(f"{member} unpacks to {info.file_size:,} bytes, over the limit")
        xml = archive.read(member)
    if b"<!DOCTYPE" in xml or b"<!ENTITY" in xml:
        raise _ZipXmlError("XML with a DTD is not accepted")
    try:
        return ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise _ZipXmlError(f"{member} is not well-formed XML: {exc}") from None


def _docx_paragraph(p: ElementTree.Element) -> str:
    parts = []
    for el in p.iter():
        tag = el.tag
        if tag == _W + "t" and el.text:
            parts.append(el.text)
        elif tag == _W + "tab":
            parts.append("\t")
        elif tag in (_W + "br", _W + "cr"):
            parts.append("\n")
        elif tag == _W + "noBreakHyphen":
            parts.append("-")
    return "".join(parts)


def _clean_lines(text: str) -> list[str]:
    return [line for line in (re.sub(r"[ \u00a0]+", " ", x).strip() for x in text.split("\n"))
            if line]


def _read_docx(data: bytes, ctx: _Ctx) -> list[Document] | Problem:
    try:
        root = _zip_xml(data, "word/document.xml", ctx.options)
    except _ZipXmlError as exc:
        return ctx.problem("unreadable", f"damaged DOCX file: {exc}")
    body = root.find(_W + "body")
    blocks: list[tuple[int | None, list[str]]] = []
    group = 0
    work = list(reversed(list(body if body is not None else [])))
    while work:
        el = work.pop()
        if el.tag == _W + "p":
            lines = _clean_lines(_docx_paragraph(el))
            if lines:
                blocks.append((None, lines))
        elif el.tag == _W + "tbl":
            group += 1
            for tr in el.findall(_W + "tr"):
                cells = []
                for tc in tr.findall(_W + "tc"):
                    cells.append(" ".join(
                        " ".join(_clean_lines(_docx_paragraph(p))) for p in tc.iter(_W + "p")
                    ).strip())
                lines = format_row(cells)
                if lines:
                    blocks.append((group, lines))
        elif el.tag in (_W + "sdt", _W + "sdtContent", _W + "customXml"):
            work.extend(reversed(list(el)))
    text = _join_blocks(blocks)
    if not text.strip():
        return ctx.problem("empty-document", "the DOCX file has no text")
    return [ctx.document("docx", text)]


def _odt_inline(p: ElementTree.Element) -> str:
    parts: list[str] = []
    work: list[tuple[ElementTree.Element, bool]] = [(p, True)]
    while work:
        el, entering = work.pop()
        if not entering:
            if el.tail and el is not p:
                parts.append(el.tail)
            continue
        tag = el.tag
        work.append((el, False))
        if tag in (_TEXT + "note", _OFFICE + "annotation", _TEXT + "tracked-changes"):
            continue
        if tag == _TEXT + "s":
            parts.append(" " * int(el.get(_TEXT + "c", "1") or 1))
        elif tag == _TEXT + "tab":
            parts.append("\t")
        elif tag == _TEXT + "line-break":
            parts.append("\n")
        elif tag == _TEXT + "soft-page-break":
            pass
        if el.text:
            parts.append(el.text)
        work.extend((child, True) for child in reversed(list(el)))
    return "".join(parts)


def _read_odt(data: bytes, ctx: _Ctx) -> list[Document] | Problem:
    try:
        root = _zip_xml(data, "content.xml", ctx.options)
    except _ZipXmlError as exc:
        return ctx.problem("unreadable", f"damaged ODT file: {exc}")
    office_text = root.find(f"{_OFFICE}body/{_OFFICE}text")
    blocks: list[tuple[int | None, list[str]]] = []
    group = 0
    work = list(reversed(list(office_text if office_text is not None else [])))
    while work:
        el = work.pop()
        if el.tag in (_TEXT + "p", _TEXT + "h"):
            lines = _clean_lines(_odt_inline(el))
            if lines:
                blocks.append((None, lines))
        elif el.tag == _TABLE + "table":
            group += 1
            for row in el.iter(_TABLE + "table-row"):
                cells = [
                    " ".join(" ".join(_clean_lines(_odt_inline(p)))
                             for p in cell.iter() if p.tag in (_TEXT + "p", _TEXT + "h")).strip()
                    for cell in row.findall(_TABLE + "table-cell")
                ]
                lines = format_row(cells)
                if lines:
                    blocks.append((group, lines))
        elif el.tag in (_TEXT + "list", _TEXT + "list-item", _TEXT + "section",
                        _TEXT + "list-header"):
            work.extend(reversed(list(el)))
    text = _join_blocks(blocks)
    if not text.strip():
        return ctx.problem("empty-document", "the ODT file has no text")
    return [ctx.document("odt", text)]


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
    "ingest_file",
    "ocr_unavailable_reason",
    "page_hints",
    "strip_page_furniture",
]

