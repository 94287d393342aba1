"""The same content gives the same rows whatever the format: plain text, a
PDF as councils publish them (running headers, footers, page numbers,
hyphenated lines), an HTML page, and a scanned PDF read through OCR."""

from __future__ import annotations

import html
import re
import shutil

import pytest

from councildata.build import build_package
from councildata.evaluate import load_output
from councildata.ingest import ocr_unavailable_reason

from .conftest import CORPUS, SEED
from .test_ingest import FONT, make_pdf

DOCUMENTS = [SEED, "de_karlsruhe_niederschrift_2.txt", "de_karlsruhe_niederschrift_9.txt", "de_karlsruhe_stellungnahme_1.txt"]
RESOLUTION_FIELDS = ("decided_by", "date", "outcome", "unanimous", "votes_yes", "votes_no", "votes_abstain", "recommended_to", "paper_reference", "agenda_item")
MOTION_FIELDS = ("submitted_by", "date", "reference", "title")
SURVEY_FIELDS = ("respondents", "date_start", "date_end", "period_text")


def pages_of(name: str) -> list[list[str]]:
    """The text's own pages, split at its page-number lines ("– 2 –")."""
    pages: list[list[str]] = [[]]
    for line in (CORPUS / name).read_text("utf-8").splitlines():
        if re.fullmatch(r"\s*[–-] \d+ [–-]\s*", line):
            pages.append([])
        pages[-1].append(line)
    return pages


def as_html(text: str) -> str:
    paragraphs = [p for p in text.split("\n \n") if p.strip()]
    body = "\n".join("<p>" + "<br>\n".join(html.escape(line) for line in p.splitlines()) + "</p>" for p in paragraphs)
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Dokument</title></head><body><nav><a href='/'>Startseite</a></nav><main>{body}</main></body></html>"


def rows_by_document(out) -> dict[str, dict[str, list[tuple]]]:
    tables = load_output(out)
    docs = {d["id"]: d["source_file"] for d in tables["documents"]}
    result: dict[str, dict[str, list[tuple]]] = {}
    for table, fields in (("resolutions", RESOLUTION_FIELDS), ("motions", MOTION_FIELDS), ("surveys", SURVEY_FIELDS)):
        for row in tables[table]:
            result.setdefault(docs[row["document_id"]], {}).setdefault(table, []).append(tuple(row.get(f) for f in fields))
    return {k: {t: sorted(v, key=repr) for t, v in d.items()} for k, d in result.items()}


@pytest.fixture(scope="module")
def mixed_build(tmp_path_factory):
    src = tmp_path_factory.mktemp("mixed")
    for name in DOCUMENTS:
        stem = name.rsplit(".", 1)[0]
        shutil.copy(CORPUS / name, src / name)
        text = (CORPUS / name).read_text("utf-8")
        pdf = make_pdf(pages_of(name), header="Ratsinformationssystem · Sitzungsunterlagen", footer="Seite {page} von {pages}")
        (src / f"{stem}.pdf").write_bytes(pdf)
        (src / f"{stem}.html").write_text(as_html(text), "utf-8")
    out = tmp_path_factory.mktemp("mixed-out") / "out"
    report = build_package(src, out, use_cache=False)
    assert report.ok, [p.to_dict() for p in report.problems]
    return rows_by_document(out)


@pytest.mark.parametrize("name", DOCUMENTS)
@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_same_rows_as_the_text_version(mixed_build, name, fmt):
    stem = name.rsplit(".", 1)[0]
    expected = mixed_build[name]
    got = mixed_build[f"{stem}.{fmt}"]
    assert expected.get("resolutions") or expected.get("motions")
    for table in ("resolutions", "motions", "surveys"):
        assert got.get(table, []) == expected.get(table, []), table


def scanned_pdf_of(text: str) -> bytes:
    """The text typeset as page images only (no text layer), as a scanner makes it."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), 30)
    lines = text.splitlines()
    pdf = FPDF(format="A4")
    per_page = 60
    for first in range(0, len(lines), per_page):
        image = Image.new("L", (2480, 3508), 255)
        draw = ImageDraw.Draw(image)
        for i, line in enumerate(lines[first : first + per_page]):
            draw.text((150, 150 + i * 52), line.rstrip(), fill=0, font=font)
        pdf.add_page()
        pdf.image(image, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def test_scanned_pdf_through_ocr(tmp_path, mixed_build):
    reason = ocr_unavailable_reason("deu")
    if reason:
        pytest.skip(f"OCR not installed here ({reason}); CI installs tesseract-ocr-deu")
    src = tmp_path / "src"
    src.mkdir()
    (src / "scan.pdf").write_bytes(scanned_pdf_of((CORPUS / SEED).read_text("utf-8")))
    report = build_package(src, tmp_path / "out", use_cache=False)
    assert report.ok, [p.to_dict() for p in report.problems]
    got = rows_by_document(tmp_path / "out")["scan.pdf"]
    expected = mixed_build[SEED]
    assert got["resolutions"] == expected["resolutions"]
    # Who and when; OCR may misread a reference ("V-S0Z/21/148" with a zero).
    assert [m[:2] for m in got["motions"]] == [m[:2] for m in expected["motions"]]
    assert got["surveys"] == expected["surveys"]
