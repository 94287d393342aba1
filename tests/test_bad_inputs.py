"""Nothing lost: bad input never stops a build, never vanishes unsaid.

Every case below is made by the test in a temporary folder (no binary junk
is committed) next to real documents of the corpus, and built with
``councildata build`` through click's CliRunner. A *bad* case must be listed
with its file, stage and reason in the summary and in ``report.json`` and
make the exit status 1, while every good document of the same run is
published in ``documents.csv`` and the database. A *good* case (odd
encodings and file names) must be read correctly and published with a
stable id and its ``source_file`` exactly as on disk. ``skip`` cases are
files that are not council documents: listed with their reason, which is no
failure (exit status 0 when nothing else failed).

The cases are one table (``CASES``), so ``pytest --collect-only`` shows
their count; ``test_all_cases_in_one_run`` builds all of them together.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from councildata.cli import cli
from councildata.ingest import IngestOptions
from councildata.model import document_id

from .conftest import CORPUS

# Real documents that every run holds besides the case: they must be published.
GOOD_TXT = "de_karlsruhe_niederschrift_4.txt"
GOOD_HTML = "de_hamburg-eimsbuettel_mitteilung_1.html"
GOOD = (GOOD_TXT, GOOD_HTML)

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
ROOT_REASON = "runs as root, for whom chmod 000 does not block reading"

GERMAN = (
    "Niederschrift über die öffentliche Sitzung des Gemeinderates am 12.03.2024\n"
    "\n"
    "TOP 1: Änderung der Gebührensatzung für die Straßenreinigung\n"
    "Beschluss: Der Gemeinderat beschließt die Änderung der Satzung. "
    "Abstimmung: einstimmig.\n"
    "Größere Maßnahmen „Übergänge“ – 5 € je Meter.\n"
)
# Words of GERMAN that a wrong decoding garbles.
UMLAUTS = ("über", "Änderung", "Straßenreinigung", "beschließt", "Größere", "„Übergänge“ – 5 €")
P = "https://schema.oparl.org/1.1/"


def corpus_text(name: str = "de_karlsruhe_niederschrift_2.txt") -> str:
    return (CORPUS / name).read_text("utf-8")


# --------------------------------------------------------------------------
# makers of bad input


def junk(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


def pdf_bytes(text: str = GERMAN.split("Größere")[0], *, password: str | None = None, pages: int = 1) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    if password:
        pdf.set_encryption(owner_password="eigentümer", user_password=password)
    pdf.set_font("helvetica", size=11)
    for _ in range(pages):
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def zero_page_pdf() -> bytes:
    """A well-formed PDF whose page tree has no pages (written by hand)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [] /Count 0 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdfium_zero_page_pdf() -> bytes:
    """A PDF without pages as PDFium itself writes one."""
    import pypdfium2 as pdfium

    buf = io.BytesIO()
    pdfium.PdfDocument.new().save(buf)
    return buf.getvalue()


def image_only_pdf() -> bytes:
    """A scan: one page that is nothing but a picture of text."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (1654, 600), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=64)
    draw.text((60, 80), "Niederschrift Gemeinderat", fill=0, font=font)
    draw.text((60, 240), "Beschluss: einstimmig", fill=0, font=font)
    png = io.BytesIO()
    img.save(png, "PNG")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(png, x=10, y=10, w=190)
    return bytes(pdf.output())


def blank_page_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    return bytes(pdf.output())


def paper(n: int, **fields) -> dict:
    obj = {
        "id": f"https://ris.example.org/paper/{n}",
        "type": P + "Paper",
        "name": f"Antrag der CDU-Fraktion zur Sanierung der Straße Nr. {n}",
        "reference": f"2024/{n:03d}",
        "date": "2024-03-12",
        "paperType": "Antrag",
    }
    obj.update(fields)
    return obj


def without_id(obj: dict) -> dict:
    return {k: v for k, v in obj.items() if k != "id"}


def to_json(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


def one_line_text(size: int) -> bytes:
    """Real running text with every line break taken out, ``size`` bytes long."""
    words = " ".join(corpus_text().split())
    text = (words + " ") * (size // len(words) + 1)
    return text.encode("utf-8")[:size].decode("utf-8", "ignore").encode("utf-8")


def nested_html(depth: int) -> bytes:
    inner = "Beschluss: Der Ausschuss stimmt einstimmig zu. Größe".encode()
    return b"<html><body>" + b"<div>" * depth + inner + b"</div>" * depth + b"</body></html>"


# --------------------------------------------------------------------------
# the table


@dataclass(frozen=True)
class Case:
    """One bad (or odd but good) input.

    ``files`` maps paths (relative to the case's folder) to their bytes or to
    a function that makes the entry (a link, a folder) given the folder.
    ``names`` are the entries the result must be listed under (default: the
    files). ``expect`` is ``fail`` / ``skip`` / ``good`` / ``either`` (a
    failure with one of ``codes`` or a good document, e.g. a scan that is
    OCR'd only where tesseract is installed). ``text`` must be in a good
    document's text; ``not_text`` must not. ``patch(monkeypatch, folder)``
    sets up what happens while the build runs (a file that disappears).
    """

    id: str
    files: dict[str, bytes | Callable[[Path], None]]
    expect: str
    codes: frozenset[str] = frozenset()
    stage: str = "ingest"
    names: tuple[str, ...] = ()
    text: tuple[str, ...] = ()
    not_text: tuple[str, ...] = ()
    patch: Callable[[pytest.MonkeyPatch, Path], None] | None = None
    marks: tuple = field(default=())

    @property
    def entries(self) -> tuple[str, ...]:
        return self.names or tuple(self.files)


def fail(id, files, *codes, **kw) -> Case:
    return Case(id, files, "fail", frozenset(codes), **kw)


def skip(id, files, *codes, **kw) -> Case:
    return Case(id, files, "skip", frozenset(codes), **kw)


def good(id, files, *text, **kw) -> Case:
    return Case(id, files, "good", text=text, **kw)


def symlink_to(target: str, directory: bool = False) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.symlink_to(target, target_is_directory=directory)

    return make


def outside_file(path: Path) -> None:
    # a real document, but beside the source folder "src", not in it
    src = next(parent for parent in path.parents if parent.name == "src")
    outside = src.parent / "draussen" / path.name
    outside.parent.mkdir(parents=True, exist_ok=True)
    outside.write_text(GERMAN, "utf-8")
    path.symlink_to(outside)


def fifo(path: Path) -> None:
    os.mkfifo(path)


def unreadable_file(path: Path) -> None:
    path.write_text(GERMAN, "utf-8")
    path.chmod(0)


def unreadable_folder(path: Path) -> None:
    path.mkdir()
    (path / "innen.txt").write_text(GERMAN, "utf-8")
    path.chmod(0)


def vanish_after_discovery(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Files named ``verschwunden*`` are deleted right after the build has listed them."""
    import councildata.build

    real = councildata.build.discover_names

    def discover_names(source_dir, problems=None):
        names = real(source_dir, problems)
        for rel in names:
            if rel.rsplit("/", 1)[-1].startswith("verschwunden"):
                (Path(source_dir) / rel).unlink(missing_ok=True)
        return names

    monkeypatch.setattr(councildata.build, "discover_names", discover_names)


def refuse_reading(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Reading ``gesperrt*`` fails with EACCES (what chmod 000 does for non-root)."""
    real = os.open

    def open_(path, flags, *args, **kwargs):
        if not isinstance(path, int) and os.path.basename(os.fsdecode(path)).startswith("gesperrt"):
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real(path, flags, *args, **kwargs)

    # The build opens each file once, with os.open (O_NOFOLLOW), in a worker
    # forked from this process, which inherits the patch.
    monkeypatch.setattr(os, "open", open_)


def refuse_listing(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Listing a folder ``gesperrter-ordner*`` fails with EACCES (chmod 000, for non-root)."""
    real = os.scandir

    def scandir(path="."):
        if not isinstance(path, int) and os.path.basename(
            os.path.normpath(os.fsdecode(path))
        ).startswith("gesperrter-ordner"):
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def rule_raises(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """The resolutions rules crash on the document ``regel-explodiert.txt``."""
    from councildata.extract import resolutions

    real = resolutions.extract

    def extract(ctx):
        if ctx.doc.source_file.endswith("regel-explodiert.txt"):
            raise RuntimeError("rule exploded on purpose")
        return real(ctx)

    monkeypatch.setattr(resolutions, "extract", extract)


NFD_NAME = unicodedata.normalize("NFD", "Überörtliche Prüfung.txt")
LONG_NAME = "Beschlussvorlage " + "sehr-lang-" * 22 + ".txt"  # ~240 bytes, under NAME_MAX
NOT_UTF8_NAME = os.fsdecode(b"Sitzung-M\xe4rz.txt")  # a Latin-1 file name

CASES: list[Case] = [
    # -- empty and whitespace
    fail("empty-txt", {"leer.txt": b""}, "empty-document"),
    fail("empty-md", {"leer.md": b""}, "empty-document"),
    fail("empty-html", {"leer.html": b""}, "empty-document"),
    fail("empty-pdf", {"leer.pdf": b""}, "damaged-pdf"),
    fail("empty-json", {"leer.json": b""}, "invalid-json"),
    fail("whitespace-txt", {"leerzeichen.txt": b"  \n\t\r\n \x0c \r\n"}, "empty-document"),
    fail("whitespace-unicode", {"nbsp.txt": "\u00a0\u2003\n\u3000\n".encode()}, "empty-document"),
    fail("whitespace-utf16", {"leer16.txt": "   \r\n\t ".encode("utf-16")}, "empty-document"),
    fail("html-without-visible-text",
         {"unsichtbar.html": b"<html><head><title>Titel</title></head><body> <p> </p>"
                             b"<script>var x = 'Beschluss';</script></body></html>"},
         "empty-document"),
    # -- binary junk under a document's name
    fail("junk-txt", {"junk.txt": junk(5000, 1)}, "not-text"),
    fail("junk-md", {"junk.md": junk(300, 2)}, "not-text"),
    fail("junk-html", {"junk.html": junk(5000, 3)}, "not-text"),
    fail("junk-pdf", {"junk.pdf": junk(5000, 4)}, "damaged-pdf"),
    fail("junk-pdf-header", {"kopf.pdf": b"%PDF-1.7\n" + junk(5000, 5)}, "damaged-pdf"),
    fail("junk-json", {"junk.json": junk(2000, 6)}, "invalid-json"),
    fail("nul-bytes-binary", {"nullen.txt": GERMAN.encode().replace(b" ", b"\x00")}, "not-text"),
    # -- PDFs
    fail("pdf-truncated", {"abgeschnitten.pdf": pdf_bytes(pages=3)[:1200]}, "damaged-pdf"),
    fail("pdf-encrypted", {"verschluesselt.pdf": pdf_bytes(password="geheim")}, "encrypted-pdf"),
    fail("pdf-zero-pages", {"ohne-seiten.pdf": zero_page_pdf()}, "empty-pdf"),
    fail("pdf-zero-pages-by-pdfium", {"ohne-seiten-2.pdf": pdfium_zero_page_pdf()}, "empty-pdf"),
    # A scan: OCR'd where tesseract is installed, else needs-ocr; never an empty document.
    Case("pdf-image-only", {"scan.pdf": image_only_pdf()}, "either",
         frozenset({"needs-ocr", "ocr-failed"}), text=("Gemeinderat",)),
    fail("pdf-blank-page", {"weiss.pdf": blank_page_pdf()},
         "needs-ocr", "ocr-failed", "empty-document"),
    # -- too large: 50 MB of text, over the default IngestOptions.max_text_bytes (16 MiB)
    fail("text-50mb", {"riesig.txt": lambda p: p.write_bytes(b"Beschluss einstimmig. " * 2_400_000)},
         "too-large"),
    fail("html-20mb", {"riesig.html": lambda p: p.write_bytes(b"<p>Beschluss</p>\n" * 1_200_000)},
         "too-large"),
    # -- deeply nested markup and JSON
    Case("html-10000-deep", {"tief.html": nested_html(10_000)}, "either",
         frozenset({"html-too-deep"}), text=("einstimmig zu. Größe",)),
    fail("json-100000-deep", {"tief.json": b"[" * 100_000 + b"]" * 100_000}, "invalid-json"),
    # -- encodings: read correctly, umlauts right
    good("cp1252", {"ansi.txt": GERMAN.encode("cp1252")}, *UMLAUTS),
    good("utf8-bom", {"bom8.txt": GERMAN.encode("utf-8-sig")}, *UMLAUTS, not_text=("\ufeff",)),
    good("utf16-le-bom", {"utf16le.txt": b"\xff\xfe" + GERMAN.encode("utf-16-le")}, *UMLAUTS),
    good("utf16-be-bom", {"utf16be.txt": b"\xfe\xff" + GERMAN.encode("utf-16-be")}, *UMLAUTS),
    good("utf16-le-no-bom", {"utf16le-ohne.txt": GERMAN.encode("utf-16-le")}, *UMLAUTS),
    good("utf16-be-no-bom", {"utf16be-ohne.txt": GERMAN.encode("utf-16-be")}, *UMLAUTS),
    good("html-cp1252-declared-utf8",
         {"falsch-deklariert.html": ("<html><head><meta charset='utf-8'></head><body><p>"
                                     + GERMAN + "</p></body></html>").encode("cp1252")},
         "Änderung der Gebührensatzung"),
    good("mixed-line-endings",
         {"zeilen.txt": b"Zeile eins\r\nZeile zwei\rZeile drei\nBeschluss: einstimmig\r\n"},
         "Zeile eins\nZeile zwei\nZeile drei\nBeschluss: einstimmig", not_text=("\r",)),
    good("nul-bytes-stray",
         {"streu-null.txt": corpus_text().encode().replace(b"Punkt", b"Pun\x00kt", 2)},
         "Punkt", not_text=("\x00",)),
    good("lone-surrogate",
         {"surrogat.txt": (GERMAN + "Mitte \udcff Ende\n" + GERMAN).encode("utf-8", "surrogatepass")},
         *UMLAUTS, "Mitte \ufffd Ende"),
    good("invalid-utf8-in-the-middle",
         {"kaputt.txt": GERMAN.encode() + b"kaputt \xff\xfe hier\n" + GERMAN.encode()},
         *UMLAUTS, "kaputt \ufffd\ufffd hier"),
    good("huge-single-line", {"eine-zeile.txt": one_line_text(500_000)}, "Gemeinderat",
         not_text=("\n",)),
    # -- JSON and OParl
    skip("json-not-oparl", {"paket.json": to_json({"name": "x", "version": 1})}, "not-a-document"),
    fail("json-invalid", {"kaputt.json": b'{"type": "https://schema.oparl.org/1.1/Paper", "name": '},
         "invalid-json"),
    fail("json-invalid-utf8", {"latin1.json": '{"name": "Straße"}'.encode("latin-1")},
         "invalid-json"),
    fail("oparl-missing-id", {"ohne-id.json": to_json(without_id(paper(1)))}, "invalid-oparl"),
    fail("oparl-list-missing-ids",
         {"liste-ohne-ids.json": to_json({"data": [without_id(paper(n)) for n in range(3)],
                                          "links": {}, "pagination": {}})},
         "invalid-oparl"),
    skip("oparl-unknown-type",
         {"unbekannt.json": to_json({"id": "https://ris.example.org/x/1", "type": P + "Banana"})},
         "not-a-document"),
    fail("oparl-wrong-value-types-no-id",
         {"typen-ohne-id.json": to_json({"id": 17, "type": P + "Paper", "name": ["x"],
                                         "consultation": [1, None, "a", {"organization": 5}]})},
         "invalid-oparl"),
    fail("oparl-array-of-junk", {"muell.json": to_json([1, "zwei", {"type": P + "Paper"}])},
         "invalid-oparl"),
    good("oparl-wrong-value-types",
         {"typen.json": to_json(paper(8, name=123, date=["2024"], reference={"a": 1},
                                      consultation="x", body=5, mainFile=7,
                                      auxiliaryFile="y", paperType=None))},
         "123"),
    good("oparl-cyclic-self-embedding",
         {"zyklus.json": to_json(paper(
             5, relatedPaper=["https://ris.example.org/paper/5"],
             superordinatedPaper="https://ris.example.org/paper/5",
             subordinatedPaper=[paper(5, subordinatedPaper=[paper(5, relatedPaper=[paper(5)])])]))},
         "Straße Nr. 5"),
    good("oparl-cycle-across-files",
         {"zyklus-a.json": to_json(paper(21, superordinatedPaper="https://ris.example.org/paper/22",
                                         relatedPaper=["https://ris.example.org/paper/22"])),
          "zyklus-b.json": to_json(paper(22, superordinatedPaper="https://ris.example.org/paper/21",
                                         subordinatedPaper=["https://ris.example.org/paper/21"]))},
         "Straße Nr. 2"),
    good("oparl-wrong-links-next",
         {"naechste.json": to_json({"data": [paper(6)], "links": {"next": 42, "self": ["x"]},
                                    "pagination": "viele"})},
         "Straße Nr. 6"),
    good("oparl-links-next-to-itself",
         {"selbst.json": to_json({"data": [paper(7)],
                                  "links": {"next": "https://ris.example.org/paper?page=1",
                                            "self": "https://ris.example.org/paper?page=1"}})},
         "Straße Nr. 7"),
    # JSON may spell a lone surrogate, which UTF-8 cannot hold: read as U+FFFD
    good("oparl-lone-surrogate",
         {"surrogat.json": json.dumps(paper(10, name="Antrag \ud800 kaputt")).encode()},
         "Antrag \ufffd kaputt"),
    good("oparl-nul-in-a-string", {"null.json": to_json(paper(11, name="Antrag mit \x00 NUL"))},
         "Antrag mit"),
    # The good Paper of a list is published; the broken ones beside it are passed over.
    good("oparl-list-partly-broken",
         {"teils.json": to_json({"data": [without_id(paper(12)), paper(13), {"type": P + "Paper"},
                                          paper(14, id=["x"])], "links": {}})},
         "Straße Nr. 13"),
    # -- file names: good documents, published under their names as on disk
    good("name-double-dot", {"a..b.txt": GERMAN.encode()}, "Gemeinderat"),
    good("folder-double-dot", {"x..y/c..d.txt": GERMAN.encode()}, "Gemeinderat"),
    good("name-spaces", {"Sitzung vom 12. März 2024 .txt": GERMAN.encode()}, "Gemeinderat"),
    good("name-umlauts-nfc", {"Übersicht Größe Straße.txt": GERMAN.encode()}, "Gemeinderat"),
    good("name-umlauts-nfd", {NFD_NAME: GERMAN.encode()}, "Gemeinderat"),
    good("name-emoji", {"Beschluss 🎉 Haushalt 🏛️.txt": GERMAN.encode()}, "Gemeinderat"),
    good("name-newline", {"zwei\nzeilen.txt": GERMAN.encode()}, "Gemeinderat"),
    good("name-long", {LONG_NAME: GERMAN.encode()}, "Gemeinderat"),
    good("folder-named-like-a-file", {"ordner.txt/innen.txt": GERMAN.encode()}, "Gemeinderat"),
    fail("name-not-utf8", {NOT_UTF8_NAME: GERMAN.encode()}, "unreadable",
         names=("Sitzung-M\\xe4rz.txt",)),
    # A name starting with "." is hidden (as for ls, and as councildata's own
    # ".OUT.builds" folders are): listed as skipped, not read.
    skip("folder-dot-dot-x", {"..x/innen.txt": GERMAN.encode()}, "not-a-document", names=("..x",)),
    skip("hidden-file", {".versteckt.txt": GERMAN.encode()}, "not-a-document"),
    # -- the file system
    fail("symlink-outside", {"link-nach-draussen.txt": outside_file}, "unreadable"),
    fail("symlink-dangling", {"ins-leere.txt": symlink_to("gibt-es-nicht.txt")}, "unreadable"),
    fail("symlink-loop", {"schleife.txt": symlink_to("schleife.txt")}, "unreadable"),
    skip("named-pipe", {"rohr.txt": fifo}, "not-a-document"),
    fail("unreadable-chmod-000", {"gesperrt-chmod.txt": unreadable_file}, "unreadable",
         marks=(pytest.mark.skipif(IS_ROOT, reason=ROOT_REASON),)),
    fail("unreadable-folder-chmod-000", {"gesperrter-ordner": unreadable_folder}, "unreadable",
         marks=(pytest.mark.skipif(IS_ROOT, reason=ROOT_REASON),)),
    fail("unreadable-eacces", {"gesperrt.txt": GERMAN.encode()}, "unreadable",
         patch=refuse_reading),
    fail("unreadable-folder-eacces", {"gesperrter-ordner-2/innen.txt": GERMAN.encode()},
         "unreadable", names=("gesperrter-ordner-2",), patch=refuse_listing),
    fail("disappears-during-build", {"verschwunden.txt": GERMAN.encode()}, "unreadable",
         patch=vanish_after_discovery),
    fail("json-disappears-during-build", {"verschwunden.json": to_json(paper(3))}, "unreadable",
         patch=vanish_after_discovery),
    # -- a crash in an extraction rule
    fail("extraction-rule-raises", {"regel-explodiert.txt": corpus_text().encode()},
         "extract-failed", stage="extract", patch=rule_raises),
]


def case_params(cases=CASES):
    return [pytest.param(c, id=c.id, marks=c.marks) for c in cases]


def active(case: Case) -> bool:
    return not any(m.name == "skipif" and m.args[0] for m in case.marks)


# --------------------------------------------------------------------------
# running a build and reading what it published


@dataclass
class Run:
    exit_code: int
    output: str
    report: dict
    documents: dict[str, dict]  # by source_file, from documents.csv
    db_documents: dict[str, str]  # source_file -> id, from the database

    def problems_for(self, source_file: str) -> list[dict]:
        return [p for p in self.report["problems"] if p.get("source_file") == source_file]


def make_case(case: Case, folder: Path) -> None:
    for rel, content in case.files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if callable(content):
            content(path)
        else:
            path.write_bytes(content)


def add_good_documents(src: Path) -> None:
    for name in GOOD:
        shutil.copy(CORPUS / name, src / name)


def read_csv(path: Path) -> list[dict]:
    csv.field_size_limit(sys.maxsize)
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def build(src: Path, out: Path) -> Run:
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(out), "-q", "--no-cache"])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a crash of the whole build: the worst outcome
    report = json.loads((out / "report.json").read_text("utf-8"))
    documents = {r["source_file"]: r for r in read_csv(out / "documents.csv")}
    con = sqlite3.connect(out / "councildata.db")
    try:
        db_documents = dict(con.execute("select source_file, id from documents"))
    finally:
        con.close()
    return Run(result.exit_code, result.output, report, documents, db_documents)


def restore_permissions(folder: Path) -> None:
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            path = Path(dirpath, name)
            if not path.is_symlink():
                path.chmod(0o755)


# --------------------------------------------------------------------------
# checks


def check_good_documents_published(run: Run, names) -> None:
    for name in names:
        assert name in run.documents, f"good document {name!r} not in documents.csv"
        assert run.db_documents.get(name) == run.documents[name]["id"], name
        assert not [p for p in run.problems_for(name) if p["severity"] == "error"], name


def check_case(case: Case, run: Run, prefix: str = "", exit_status: bool = True) -> None:
    failed = []
    for entry in case.entries:
        name = prefix + entry
        problems = run.problems_for(name)
        errors = [p for p in problems if p["severity"] == "error"]
        expect = case.expect
        if expect == "either":
            expect = "fail" if errors else "good"
        if expect == "fail":
            failed.append(name)
            assert errors, f"{name!r}: no error reported ({problems})"
            for p in errors:
                assert p["code"] in case.codes, f"{name!r}: {p}"
                assert p["stage"] == case.stage, p
                assert p["message"].strip(), p
                # the summary names file, stage and reason
                assert f"  {name}: [{p['stage']}] {p['code']}: {p['message']}" in run.output
            assert name not in run.documents and name not in run.db_documents
        elif expect == "skip":
            assert [p["code"] for p in problems] and all(
                p["severity"] == "skipped" and p["code"] in case.codes and p["message"]
                for p in problems
            ), f"{name!r}: {problems}"
            assert name not in run.documents
            if exit_status:  # alone in the run: the summary names it and why
                assert name in run.output and problems[0]["message"] in run.output
        else:
            assert not problems, f"{name!r}: {problems}"
            check_good_documents_published(run, [name])
            row = run.documents[name]
            # a stable id: a function of the path alone, the same in every run
            assert row["id"] == document_id(name)
            assert row["text"].strip(), f"{name!r} was published as an empty document"
            for piece in case.text:
                assert piece in row["text"], f"{name!r}: {piece!r} not in {row['text'][:300]!r}"
            for piece in case.not_text:
                assert piece not in row["text"], f"{name!r}: {piece!r} in the text"
    if exit_status:
        # exit status 1 exactly when a document failed
        assert run.exit_code == (1 if failed else 0), run.output
        assert run.report["documents_failed"] == len(set(failed))


def test_case_count_is_visible():
    assert len(CASES) >= 40
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", case_params())
def test_bad_input(case: Case, tmp_path, monkeypatch):
    src = tmp_path / "src"
    src.mkdir()
    add_good_documents(src)
    make_case(case, src)
    if case.patch:
        case.patch(monkeypatch, src)
    try:
        run = build(src, tmp_path / "out")
    finally:
        restore_permissions(src)
    check_good_documents_published(run, GOOD)
    check_case(case, run)


def test_all_cases_in_one_run(tmp_path, monkeypatch):
    """All cases side by side, each in its own folder: every failure listed,
    every good document published, one exit status 1."""
    src = tmp_path / "src"
    src.mkdir()
    add_good_documents(src)
    cases = [c for c in CASES if active(c)]
    for case in cases:
        folder = src / case.id
        folder.mkdir()
        make_case(case, folder)
        if case.patch:
            case.patch(monkeypatch, folder)
    try:
        run = build(src, tmp_path / "out")
    finally:
        restore_permissions(src)
    assert run.exit_code == 1
    check_good_documents_published(run, GOOD)
    for case in cases:
        check_case(case, run, prefix=f"{case.id}/", exit_status=False)
    n_failed = sum(1 for c in cases if c.expect == "fail") + sum(
        1 for c in cases if c.expect == "either"
        and any(p["severity"] == "error" for p in run.problems_for(f"{c.id}/{c.entries[0]}"))
    )
    assert run.report["documents_failed"] == n_failed
    assert f"Documents that failed ({n_failed}):" in run.output


def test_oparl_object_that_contains_itself():
    """An in-memory cycle (which JSON cannot spell): an object embedding
    itself through a list is read once, not followed forever."""
    from councildata.oparl import documents_from_oparl

    obj = paper(9)
    obj["subordinatedPaper"] = [obj]
    obj["consultation"] = [{"id": "https://ris.example.org/c/1", "type": P + "Consultation",
                            "paper": obj}]
    docs = documents_from_oparl(obj, "zyklus.json", "0" * 64)
    assert len(docs) == 1 and "Straße Nr. 9" in docs[0].text


# Runs `councildata build` and reports the process's peak memory (VmHWM, the
# high-water mark of its own address space: ru_maxrss would include the size
# of the forking test process, which Linux carries across exec).
BUILD_WITH_PEAK = """
import atexit, sys
def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            sys.stdout.write("PEAK-KB " + line.split()[1] + "\\n")
atexit.register(peak)
from councildata.cli import cli
cli(sys.argv[1:], prog_name="councildata")
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_50mb_text_keeps_memory_sane(tmp_path):
    """The 50 MB text is refused before it is read: the build process stays
    far below what reading it would take (its bytes, its text, its rows)."""
    src = tmp_path / "src"
    src.mkdir()
    add_good_documents(src)
    with open(src / "riesig.txt", "wb") as f:
        for _ in range(50):
            f.write(b"Beschluss einstimmig. " * 47_663)  # 1 MB
    assert (src / "riesig.txt").stat().st_size > 50_000_000 > IngestOptions().max_text_bytes
    proc = subprocess.run(
        [sys.executable, "-c", BUILD_WITH_PEAK, "build", str(src), "--out", str(tmp_path / "out"),
         "-q", "--no-cache"], capture_output=True, text=True, timeout=300,
    )
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1, output
    assert "riesig.txt: [ingest] too-large" in output
    # About 50 MB (the interpreter and its libraries); reading the file would
    # add its 50 MB of bytes and 50 MB of text at least.
    peak_mb = int(re.search(r"PEAK-KB (\d+)", proc.stdout).group(1)) / 1024
    assert peak_mb < 120, f"peak memory {peak_mb:.0f} MB"
    assert len(read_csv(tmp_path / "out" / "documents.csv")) == len(GOOD)


def test_problem_codes_are_documented():
    """Every code a case expects is one the ingest module documents."""
    import councildata.ingest as ingest

    documented = set(re.findall(r"``([a-z-]+)``", ingest.__doc__ or ""))
    for case in CASES:
        if case.stage == "ingest":
            assert case.codes <= documented, (case.id, case.codes - documented)
