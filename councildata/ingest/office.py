"""DOCX and ODT readers (zip files of XML) with the standard library."""

from __future__ import annotations

import re
import zipfile
from xml.etree import ElementTree

from councildata.model import Document, Problem
from .common import IngestOptions, _Ctx
from .html import _join_blocks, format_row

# --------------------------------------------------------------------------
# DOCX and ODT (zip files of XML), with the standard library

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


class _ZipXmlError(Exception):
    def __init__(self, message: str, code: str = "unreadable") -> None:
        super().__init__(message)
        self.code = code


def _zip_xml(data: bytes, member: str, options: IngestOptions) -> ElementTree.Element:
    """``member`` of the zip ``data`` parsed as XML, within the limits of
    ``options``: at most ``max_zip_members`` members, and the member's bytes
    counted while they are inflated (a zip's headers may lie about sizes),
    at most ``max_unpacked_bytes`` of them."""
    import io

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise _ZipXmlError(f"not a valid zip container: {exc}") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > options.max_zip_members:
            raise _ZipXmlError(
                f"the zip holds {len(infos):,} members, more than the limit of "
                f"{options.max_zip_members:,} (IngestOptions.max_zip_members)", "too-large")
        try:
            info = archive.getinfo(member)
        except KeyError:
            raise _ZipXmlError(f"{member} is missing") from None
        limit = options.max_unpacked_bytes
        chunks: list[bytes] = []
        size = 0
        try:
            with archive.open(info) as stream:
                while True:
                    chunk = stream.read(1024 * 1024)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > limit:
                        raise _ZipXmlError(
                            f"{member} inflates to more than {limit:,} bytes "
                            "(IngestOptions.max_unpacked_bytes)", "too-large")
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError,
                OSError, ValueError) as exc:
            # zlib errors and CRC or size mismatches (a header that lies) land here.
            raise _ZipXmlError(f"{member} cannot be unpacked: {exc}") from None
        except Exception as exc:  # zlib.error and others of a damaged stream
            if exc.__class__.__module__ == "zlib":
                raise _ZipXmlError(f"{member} cannot be unpacked: {exc}") from None
            raise
        xml = b"".join(chunks)
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
        return ctx.problem(exc.code, f"damaged DOCX file: {exc}" if exc.code == "unreadable" else f"DOCX: {exc}")
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
            # text:c="2000000000" asks for two billion spaces; _clean_lines
            # collapses any run of spaces to one, so one is the same text.
            parts.append(" ")
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
        return ctx.problem(exc.code, f"damaged ODT file: {exc}" if exc.code == "unreadable" else f"ODT: {exc}")
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
