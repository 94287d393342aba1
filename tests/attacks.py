"""Hostile input files, made in memory: the attacks of issue 10.

Used by ``tests/test_budget.py`` (with small budgets, so that each test is
quick) and by ``benchmarks/attacks.py`` (with the default budget, to
measure time and memory per attack).
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

# Dense council prose: every sentence is something the rules extract.
PROSE = (
    "Der Sozialausschuss beschloss einstimmig, dem Kreistag zu empfehlen, den Antrag der "
    "CDU-Fraktion vom 12.03.2024 anzunehmen. Ja-Stimmen: 9, Nein-Stimmen: 2, Enthaltungen: 1. "
)


def pdf_bytes(objects: list[bytes]) -> bytes:
    """A PDF file of ``objects`` (object 1 is the catalog), with a correct
    cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _stream(data: bytes, compress: bool = True) -> bytes:
    if compress:
        data = zlib.compress(data, 9)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def shared_stream_pdf(pages: int = 200, lines: int = 60) -> bytes:
    """``pages`` pages that all show ONE compressed content stream of
    ``lines`` lines of council prose: a few KB on disk, ~40 KB of text per
    page (8 MB for 200 pages)."""
    text = b"BT /F1 6 Tf 8 TL 20 820 Td\n"
    for i in range(lines):
        line = f"{i + 1}. {PROSE}".encode("latin-1")
        text += b"(" + line.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b") '\n"
    text += b"ET\n"
    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        _stream(text),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for _ in range(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R "
                       b"/Resources << /Font << /F1 4 0 R >> >> >>")
    return pdf_bytes(objects)


def inflating_pdf(inflated: int) -> bytes:
    """One page whose content stream inflates to ``inflated`` bytes of
    blanks (a thousandth of that on disk)."""
    compressor = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    parts = [compressor.compress(chunk) for _ in range(inflated >> 20)]
    parts.append(compressor.flush())
    data = b"".join(parts)
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    return pdf_bytes([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        stream,
    ])


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def _bomb_member(archive: zipfile.ZipFile, name: str, head: bytes, filler: bytes, size: int,
                 tail: bytes) -> None:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    with archive.open(info, "w", force_zip64=True) as member:
        member.write(head)
        block = filler * ((1 << 20) // len(filler))
        for _ in range(size // len(block)):
            member.write(block)
        member.write(tail)


def docx_bomb(inflated: int = 1 << 30) -> bytes:
    """A DOCX whose document.xml inflates to ``inflated`` bytes (paragraphs of prose)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        _bomb_member(archive, "word/document.xml",
                     f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>'.encode(),
                     f"<w:p><w:r><w:t>{PROSE}</w:t></w:r></w:p>".encode(), inflated,
                     b"</w:body></w:document>")
    return buffer.getvalue()


def odt_bomb(inflated: int = 1 << 30) -> bytes:
    """An ODT whose content.xml inflates to ``inflated`` bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        _bomb_member(archive, "content.xml",
                     f"<office:document-content {ODT_NS}><office:body><office:text>".encode(),
                     f"<text:p>{PROSE}</text:p>".encode(), inflated,
                     b"</office:text></office:body></office:document-content>")
    return buffer.getvalue()


def odt_spaces(count: int = 2_000_000_000) -> bytes:
    """A tiny ODT asking for ``count`` spaces with one ``<text:s text:c=…/>``."""
    xml = (f"<office:document-content {ODT_NS}><office:body><office:text>"
           f'<text:p>Der Rat<text:s text:c="{count}"/>tagt.</text:p>'
           "</office:text></office:body></office:document-content>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("content.xml", xml)
    return buffer.getvalue()


def lying_docx(inflated: int = 1 << 30, claimed: int = 1000) -> bytes:
    """A DOCX bomb whose zip headers (local and central) claim that
    document.xml is ``claimed`` bytes long."""
    data = bytearray(docx_bomb(inflated))
    name = b"word/document.xml"
    # Local file header: signature, ..., sizes at +18 (compressed) and +22 (uncompressed).
    local = data.find(b"PK\x03\x04" + b"\x2d\x00")
    while local != -1:
        name_len = struct.unpack_from("<H", data, local + 26)[0]
        if data[local + 30:local + 30 + name_len] == name:
            _patch_sizes(data, local + 30 + name_len, struct.unpack_from("<H", data, local + 28)[0], claimed)
            if struct.unpack_from("<I", data, local + 22)[0] != 0xFFFFFFFF:
                struct.pack_into("<I", data, local + 22, claimed)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_len, extra_len = struct.unpack_from("<HH", data, central + 28)
        if data[central + 46:central + 46 + name_len] == name:
            if struct.unpack_from("<I", data, central + 24)[0] != 0xFFFFFFFF:
                struct.pack_into("<I", data, central + 24, claimed)
            _patch_sizes(data, central + 46 + name_len, extra_len, claimed)
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


def _patch_sizes(data: bytearray, extra_start: int, extra_len: int, claimed: int) -> None:
    """Set the uncompressed size in a zip64 extra field to ``claimed``."""
    pos = extra_start
    while pos + 4 <= extra_start + extra_len:
        tag, size = struct.unpack_from("<HH", data, pos)
        if tag == 1 and size >= 8:
            struct.pack_into("<Q", data, pos + 4, claimed)
        pos += 4 + size
