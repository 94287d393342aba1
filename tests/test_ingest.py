"""Ingest: files in, Documents or Problems out (councildata.ingest).

Real documents come from the corpus copy in tests/fixtures/corpus; PDFs are
made here with fpdf2 from that real text. The two synthetic_sessionnet*
pages are hand-made after SessionNet's markup conventions (no real page of
that system is in the corpus).
"""

from __future__ import annotations

import io
import json
import random
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from councildata import ingest
from councildata.ingest import (
    OCR_INSTALL_HINT,
    IngestOptions,
    clean_pdf_pages,
    clean_title,
    clean_type_label,
    decode_text,
    dehyphenate,
    discover,
    format_row,
    ingest_file,
)
from councildata.model import Document, Problem, document_id, sha256_bytes

FIX = Path(__file__).parent / "fixtures" / "corpus"
# Pages made by hand after SessionNet's markup (no real one is in the corpus).
SYNTHETIC = Path(__file__).parent / "fixtures" / "html"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
ALLRIS = sorted(p.name for p in FIX.glob("de_hamburg-*.html"))
MENU_WORDS = (
    "Bürgerinfo", "Reduzieren", "Kalender", "Impressum", "Legende", "Textrecherche",
    "Sitzungsteilnehmende", "Seite versenden", "Lesezeichen", "Druckansicht",
)


def ingest_one(path: Path, root: Path | None = None, **options) -> list[Document] | Problem:
    return ingest_file(path, root or path.parent, IngestOptions(**options) if options else None)


def only_doc(result) -> Document:
    assert isinstance(result, list), result
    assert len(result) == 1
    return result[0]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def corpus_text(name: str) -> str:
    return (FIX / name).read_text("utf-8")


# --------------------------------------------------------------------------
# discover


def test_discover_sorted_recursive_skips_hidden_and_outside_links(tmp_path):
    root = tmp_path / "src"
    for rel in ("b.txt", "a/z.txt", "a/b/c.pdf", "A.txt", ".hidden.txt", ".git/config",
                "a/.cache/x.txt"):
        write(root, rel, b"x")
    outside = write(tmp_path, "outside/secret.txt", b"secret")
    (root / "link_out.txt").symlink_to(outside)
    (root / "link_dir_out").symlink_to(outside.parent, target_is_directory=True)
    (root / "link_in.txt").symlink_to(root / "b.txt")
    (root / "a" / "loop").symlink_to(root, target_is_directory=True)
    rels = [p.relative_to(root).as_posix() for p in discover(root)]
    assert rels == ["A.txt", "a/b/c.pdf", "a/z.txt", "b.txt", "link_in.txt"]
    assert rels == [p.relative_to(root).as_posix() for p in discover(root)]  # deterministic


# --------------------------------------------------------------------------
# skipped files


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("README.md", b"# Korpus", "README"),
        ("LICENSE", b"MIT", "LICENSE"),
        ("CHANGELOG.txt", b"v1", "CHANGELOG"),
        ("README_de.txt", b"Hinweise", "README"),
        ("x.gold.json", b"{}", "gold record of the corpus, not a document"),
        ("SOURCES.tsv", b"a\tb", "data table (.tsv)"),
        ("data.csv", b"a,b", "data table (.csv)"),
        ("tab.xlsx", b"PK", "data table (.xlsx)"),
        ("scan.png", b"\x89PNG", "image file (.png)"),
        ("foto.JPG", b"\xff\xd8", "image file (.jpg)"),
        ("archive.zip", b"PK\x03\x04", "unsupported format (.zip)"),
        ("noext", b"hello", "unsupported format (no file extension)"),
        ("other.json", b'{"name": "x", "data": [1, 2]}', "JSON but not OParl (no OParl 'type')"),
    ],
)
def test_not_a_document_is_skipped_with_reason(tmp_path, name, data, reason):
    result = ingest_one(write(tmp_path, name, data))
    assert isinstance(result, Problem)
    assert (result.code, result.severity, result.stage) == ("not-a-document", "skipped", "ingest")
    assert reason in result.message
    assert result.source_file == name


# --------------------------------------------------------------------------
# plain text


def test_utf8_txt(tmp_path):
    name = "de_landkreis-cloppenburg_mitteilung_1.txt"
    root = tmp_path / "src"
    path = root / "sub" / name
    path.parent.mkdir(parents=True)
    shutil.copy(FIX / name, path)
    doc = only_doc(ingest_file(path, root))
    assert doc.source_file == f"sub/{name}"
    assert doc.id == document_id(f"sub/{name}")
    assert doc.sha256 == sha256_bytes((FIX / name).read_bytes())
    assert doc.format == "txt"
    assert doc.text == corpus_text(name)
    assert doc.page_starts == []


def test_txt_keeps_text_exactly_even_hyphenation():
    name = "de_karlsruhe_niederschrift_2.txt"
    doc = only_doc(ingest_one(FIX / name))
    assert doc.text == corpus_text(name)
    assert "er-\nfolgte" in doc.text  # .txt is not dehyphenated here


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_single_byte_encodings_give_correct_umlauts(tmp_path, encoding):
    text = corpus_text("de_landkreis-cloppenburg_mitteilung_1.txt")
    if encoding == "latin-1":  # latin-1 has no „ “ –
        text = text.translate(str.maketrans({"„": '"', "“": '"', "–": "-", "’": "'"}))
    doc = only_doc(ingest_one(write(tmp_path, "alt.txt", text.encode(encoding))))
    assert doc.text == text
    assert "ä" in doc.text and "Ã" not in doc.text


def test_short_cp1252_snippets_decode(tmp_path):
    text = corpus_text("de_karlsruhe_niederschrift_2.txt")
    for n, line in enumerate(t for t in text.splitlines() if re.search("[äöüß„]", t)):
        data = line.encode("cp1252")
        doc = only_doc(ingest_one(write(tmp_path, f"s{n}.txt", data)))
        assert doc.text == line, line
        if n > 30:
            break


def test_short_umlaut_words_in_cp1252():
    for word in ["Größe", "Bürgermeisterin", "Ausschuß für Übergänge", "Gemeinderatssitzung „öffentlich“"]:
        text, encoding = decode_text(word.encode("cp1252"))
        assert text == word, (word, encoding)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_utf16_and_bom(tmp_path, encoding):
    text = corpus_text("de_landkreis-cloppenburg_mitteilung_1.txt")
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    doc = only_doc(ingest_one(write(tmp_path, "u.txt", data)))
    assert doc.text == text


def test_crlf_and_cr_become_lf(tmp_path):
    doc = only_doc(ingest_one(write(tmp_path, "w.txt", b"Zeile 1\r\nZeile 2\rZeile 3\n")))
    assert doc.text == "Zeile 1\nZeile 2\nZeile 3\n"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  "])
def test_empty_text(tmp_path, data):
    result = ingest_one(write(tmp_path, "leer.txt", data))
    assert isinstance(result, Problem) and result.code == "empty-document"
    assert result.severity == "error"


def test_binary_junk_named_txt(tmp_path):
    junk = random.Random(7).randbytes(4096)
    result = ingest_one(write(tmp_path, "junk.txt", junk))
    assert isinstance(result, Problem) and result.code == "not-text"
    assert "binary" in result.message
    controls = bytes(range(1, 9)) * 200
    result = ingest_one(write(tmp_path, "ctl.txt", controls))
    assert isinstance(result, Problem) and result.code == "not-text"


def test_markdown_is_text(tmp_path):
    doc = only_doc(ingest_one(write(tmp_path, "protokoll.md", b"# Sitzung\n\nText\n")))
    assert doc.format == "txt" and doc.text == "# Sitzung\n\nText\n"


# --------------------------------------------------------------------------
# HTML: ALLRIS pages of the Hamburg districts


@pytest.mark.parametrize("name", ALLRIS)
def test_allris_page_text_is_content_without_menus(name):
    doc = only_doc(ingest_one(FIX / name))
    assert doc.format == "html"
    for word in MENU_WORDS:
        assert word not in doc.text, word
    assert "<" not in doc.text and "&nbsp;" not in doc.text and "function checkClick" not in doc.text
    assert "Ã" not in doc.text  # no mojibake: the pages are iso-8859-1
    assert doc.text.split("\n", 1)[0].split(" - ")[0] in ("Drucksache", "Auszug", "Tagesordnung")
    for line in doc.text.split("\n"):
        assert line == line.strip() and "  " not in line
    assert "\n\n\n" not in doc.text


@pytest.mark.parametrize("name", ALLRIS)
def test_allris_hints_match_gold(name):
    gold = json.loads((FIX / name.replace(".html", ".gold.json")).read_text("utf-8"))["document"]
    hints = only_doc(ingest_one(FIX / name)).hints
    for key in ("reference", "type_label", "title", "body", "addressed_to", "date"):
        if key not in gold:
            continue
        if gold[key] is None:
            assert key not in hints, key
        elif key == "date" and key not in hints:
            continue  # a date stated only in the running text is the extractor's job
        else:
            assert hints.get(key) == gold[key], key


def test_allris_paper_text_structure():
    text = only_doc(ingest_one(FIX / "de_hamburg-altona_beschlussempfehlung_1.html")).text
    assert text.startswith(
        "Drucksache - 22-2362\n\n"
        "Betreff: Umleitung der Metrobuslinie 1 Beschlussempfehlung des Mobilitätsausschusses\n"
        "Status: öffentlich\n"
        "Drucksache-Art: Beschlussempfehlung öffentlich\n"
        "Federführend: Geschäftsstelle der Bezirksversammlung\n"
    )
    assert "Hauptausschuss\n09.07.2026\tSitzung des Hauptausschusses" in text
    # paragraphs of the embedded Word document, spans glued without spaces
    assert "\n\nDer Mobilitätsausschuss empfiehlt dem Hauptausschuss einstimmig," in text
    assert "\n\nPetitum:\n\nDer Hauptauschuss wird um Zustimmung gebeten.\n\n" in text
    # the side column (PDF button, jump links, duplicate attachment list) is gone
    assert "Sachverhalt Beschlussvorschlag" not in text
    assert text.count("22-M2076.1 Metrobuslinie 1") == 1


def test_allris_agenda_rows_are_tab_separated():
    doc = only_doc(ingest_one(FIX / "de_hamburg-wandsbek_tagesordnung_1.html"))
    assert "TOP\tBetreff\tDrucksache\nÖ 1\tEröffnung der Sitzung\n" in doc.text
    assert ("Ö 4.1\tAntrag auf sichere Querungsmöglichkeit für Kinder an der Kreuzung "
            "Schneehuhnkamp/Nydamer Weg Eingabe\t22-2375") in doc.text
    assert "Datum: Mo, 03.11.2025\nStatus: öffentlich/nichtöffentlich\n" in doc.text


def test_allris_agenda_item_page():
    doc = only_doc(ingest_one(FIX / "de_hamburg-altona_top-protokoll_1.html"))
    assert doc.hints["decided_by"] == "Mobilitätsausschuss"
    assert doc.hints["paper_reference"] == "22-0621"
    assert doc.hints["page_fields"]["Beschlussart"] == "zur Kenntnis genommen"
    assert "TOP: Ö 2.1\nGremium: Mobilitätsausschuss\nBeschlussart: zur Kenntnis genommen" in doc.text
    assert "Vertagt aus der Sitzung vom 17.02.2025." in doc.text  # "V" + "ertagt" spans
    assert doc.text.rstrip().endswith("Der Ausschuss nimmt die Drucksache zur Kenntnis.")


def test_allris_ordered_list_numbers_are_visible():
    text = only_doc(ingest_one(FIX / "de_hamburg-harburg_antwort_1.html")).text
    assert "\n1. Wie wird das neue Interessenbekundungsverfahren ausgestaltet sein?\n" in text


def test_allris_answer_body_is_the_district_office():
    hints = only_doc(ingest_one(FIX / "de_hamburg-harburg_antwort_1.html")).hints
    assert hints["body"] == "Bezirksamt Harburg"
    assert hints["type_label"] == "Antwort"


# ---- SessionNet (synthetic pages after its markup conventions)


def test_sessionnet5_page():
    doc = only_doc(ingest_one(SYNTHETIC / "synthetic_sessionnet5_vo0050.html"))
    for word in ("Bürgerinfo", "Kalender", "Suchbegriff", "Startseite", "Impressum",
                 "Zum Inhalt", "Versteckter", "window.smc"):
        assert word not in doc.text, word
    assert doc.text.startswith("Vorlage - 2024/0815\n\nBetreff\tSanierung der Turnhalle")
    assert "19.03.2024\tAusschuss für Schule und Sport\tVorberatung" in doc.text
    assert "\n1. Dach und Dämmung\n2. Sanitäranlagen" in doc.text
    hints = {k: v for k, v in doc.hints.items() if k != "page_fields"}
    assert hints == {
        "reference": "2024/0815",
        "type_label": "Beschlussvorlage",
        "title": "Sanierung der Turnhalle an der Schulstraße",
        "date": "2024-03-12",
        "addressed_to": "Ausschuss für Schule und Sport",
    }


def test_sessionnet_classic_page_latin1():
    doc = only_doc(ingest_one(SYNTHETIC / "synthetic_sessionnet_classic_vo0050.html"))
    for word in ("Sitzungskalender", "Mandatsträger", "Bürgerinfo", "Powered by"):
        assert word not in doc.text, word
    assert "Betreff: Bebauungsplan „Am Mühlbach“ – Aufstellungsbeschluss" in doc.text
    assert "Der Stadtrat beschließt die Aufstellung" in doc.text
    hints = {k: v for k, v in doc.hints.items() if k != "page_fields"}
    assert hints == {
        "reference": "VO/2019/123",
        "type_label": "Beschlussvorlage",
        "title": "Bebauungsplan „Am Mühlbach“ – Aufstellungsbeschluss",
        "date": "2019-06-04",
        "addressed_to": "Bau- und Umweltausschuss",
    }


# ---- generic HTML


def test_generic_html_blocks_lists_tables(tmp_path):
    html = """<!DOCTYPE html><html><head><title>T</title><style>p{}</style>
    <script>var x = "<p>no</p>";</script></head><body>
    <header><a href="/">Startseite</a></header><nav><ul><li>Menü</li></ul></nav>
    <main><h1>Niederschrift  der
      Sitzung</h1><p>Erster <b>Absatz</b>,<br>zweite Zeile.</p>
    <ul><li>eins</li><li>zwei <i>und</i> drei</li></ul>
    <table><tr><th>Name</th><th>Stimmen</th></tr><tr><td>Ja</td><td>12</td></tr>
    <tr><td>Ergebnis:</td><td>angenommen</td></tr></table>
    <!-- Kommentar --><p>&Uuml;brigens&nbsp;&amp; Schluss</p></main>
    <footer>Kontakt</footer></body></html>"""
    doc = only_doc(ingest_one(write(tmp_path, "g.htm", html.encode("utf-8"))))
    assert doc.text == (
        "Niederschrift der Sitzung\n\nErster Absatz,\nzweite Zeile.\n\neins\nzwei und drei\n\n"
        "Name\tStimmen\nJa\t12\nErgebnis: angenommen\n\nÜbrigens & Schluss"
    )
    assert doc.hints == {}


def test_html_declared_latin1_is_read_as_windows_1252(tmp_path):
    body = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>„Größe“ – 5 €</p></body></html>"
    doc = only_doc(ingest_one(write(tmp_path, "l.html", body.encode("cp1252"))))
    assert doc.text == "„Größe“ – 5 €"


def test_html_without_visible_text_is_empty(tmp_path):
    result = ingest_one(write(tmp_path, "e.html", b"<html><head><title>x</title></head><body> </body></html>"))
    assert isinstance(result, Problem) and result.code == "empty-document"


def test_html_nested_very_deep_does_not_crash(tmp_path):
    html = "<html><body>" + "<div><span>" * 10000 + "tief" + "</span></div>" * 10000 + "</body></html>"
    result = ingest_one(write(tmp_path, "deep.html", html.encode()))
    if isinstance(result, Problem):
        assert result.code == "html-too-deep"
    else:
        assert only_doc(result).text.endswith("tief")


def test_format_row_labels_and_cells():
    assert format_row(["Status:", "öffentlich", "Art:", "Antrag"]) == ["Status: öffentlich", "Art: Antrag"]
    assert format_row(["Beratungsfolge:"]) == ["Beratungsfolge:"]
    assert format_row(["09.07.2026", "", "Sitzung"]) == ["09.07.2026\tSitzung"]
    assert format_row(["", ""]) == []


def test_clean_type_label_and_title():
    assert clean_type_label("Antwort / Stellungnahme des Bezirksamtes") == "Antwort"
    assert clean_type_label("Auskunftsersuchen nach § 27 BezVG") == "Auskunftsersuchen"
    assert clean_type_label("Beschlussempfehlung öffentlich") == "Beschlussempfehlung"
    assert clean_type_label("02_Unterrichtungsvorlage") == "Unterrichtungsvorlage"
    assert clean_type_label("Große Anfrage") == "Große Anfrage"
    assert clean_title(["Bezirkliche Sondermittel", "Antrag der GRÜNE-Fraktion"], "Antrag") == (
        "Bezirkliche Sondermittel")
    assert clean_title(["Brakula", "Eingabe"], "Eingabe") == "Brakula"
    assert clean_title(["Ratten beenden (Antrag der SPD- und GRÜNE-Fraktion)"], "Antrag") == (
        "Ratten beenden")
    assert clean_title(["Metrobus", "Beschlussempfehlung des Ausschusses"], "Beschlussempfehlung") == (
        "Metrobus Beschlussempfehlung des Ausschusses")


# --------------------------------------------------------------------------
# JSON


def test_invalid_json(tmp_path):
    result = ingest_one(write(tmp_path, "kaputt.json", b'{"type": '))
    assert isinstance(result, Problem) and result.code == "invalid-json"


def test_json_nested_too_deep(tmp_path):
    result = ingest_one(write(tmp_path, "tief.json", b"[" * 200000 + b"]" * 200000))
    assert isinstance(result, Problem) and result.code == "invalid-json"


def test_oparl_json_is_delegated():
    name = "de_karlsruhe_oparl-paper_1.json"
    docs = ingest_one(FIX / "oparl" / name)
    assert isinstance(docs, list) and docs
    for doc in docs:
        assert doc.format == "oparl"
        assert doc.source_file == name
        assert doc.sha256 == sha256_bytes((FIX / "oparl" / name).read_bytes())


def test_oparl_delegation_uses_the_two_functions(tmp_path, monkeypatch):
    from councildata import oparl

    calls = []

    def fake_documents(obj, source_file, sha256, **kwargs):
        calls.append((obj, source_file, sha256))
        return [Document(id="x", source_file=source_file, sha256=sha256, format="oparl", text="t")]

    monkeypatch.setattr(oparl, "is_oparl", lambda obj: obj.get("type", "").startswith("https://schema.oparl.org/"))
    monkeypatch.setattr(oparl, "documents_from_oparl", fake_documents)
    data = json.dumps({"type": "https://schema.oparl.org/1.1/Paper", "name": "Ä"}).encode()
    docs = ingest_one(write(tmp_path, "p.json", data))
    assert [d.text for d in docs] == ["t"]
    assert calls == [({"type": "https://schema.oparl.org/1.1/Paper", "name": "Ä"}, "p.json",
                      sha256_bytes(data))]


# --------------------------------------------------------------------------
# PDF: pure cleaning functions


def test_clean_pdf_pages_furniture_hyphenation_pages():
    pages = [
        "Stadt Musterstadt – Gemeinderat\nNiederschrift\n\nDie Vergan-\ngenheit zeigt: Weser-\nEms bleibt.\nSeite 1 von 3",
        "Stadt Musterstadt – Gemeinderat\n– 2 –\nDer Ober-\nbürgermeister eröffnet.\n\nKinder-\nund Jugendhilfe\nSeite 2 von 3",
        "Stadt Musterstadt – Gemeinderat\n- 3 -\nSchluss der Sitzung\n3",
    ]
    text, starts = clean_pdf_pages(pages)
    assert text == (
        "Niederschrift\n\nDie Vergangenheit zeigt: Weser-Ems bleibt."
        "\n\nDer Oberbürgermeister eröffnet.\n\nKinder- und Jugendhilfe"
        "\n\nSchluss der Sitzung"
    )
    assert starts == [0, text.index("Der Ober"), text.index("Schluss")]


def test_clean_pdf_pages_keeps_repeated_lines_inside_pages_and_short_documents():
    pages = ["Kopfzeile\nInhalt A\nBeschluss:\nangenommen", "Kopfzeile\nInhalt B\nBeschluss:\nabgelehnt"]
    text, _ = clean_pdf_pages(pages)  # two pages: repetition alone is not furniture
    assert text.count("Kopfzeile") == 2
    pages = [f"Kopf\nTOP {3 * i + 4}\nBeschluss:\nText {i}\nFuß" for i in range(1, 5)]
    text, starts = clean_pdf_pages(pages)
    assert "Kopf\n" not in text and "Fuß" not in text
    assert text.count("Beschluss:") == 4 and text.count("Text ") == 4
    assert [text[s:s + 6] for s in starts] == ["TOP 7\n", "TOP 10", "TOP 13", "TOP 16"]
    # a footer whose number follows the page number is furniture, others are not
    pages = [f"Inhalt {i}\nmehr\nDrucksache 2023/0344 Blatt {i + 4}" for i in range(1, 5)]
    assert "Blatt" not in clean_pdf_pages(pages)[0]


@pytest.mark.parametrize("furniture", ["Seite: {}/14", "Seite {} von 14", "- {} -", "– {} –", "{}"])
def test_page_number_furniture_at_page_edge(furniture):
    pages = ["Inhalt eins\nweiter\n" + furniture.format(1), furniture.format(2) + "\nInhalt zwei"]
    text, starts = clean_pdf_pages(pages)
    assert text == "Inhalt eins\nweiter\n\nInhalt zwei"
    assert starts == [0, text.index("Inhalt zwei")]
    # a number in the running text stays
    assert clean_pdf_pages(["Es stimmten\n6\nMitglieder zu."])[0] == "Es stimmten\n6\nMitglieder zu."


def test_dehyphenate_rules():
    assert dehyphenate(["Vergan-", "genheit ist"]) == ["Vergangenheit ist"]
    assert dehyphenate(["Karl-Weysser-", "Straße 9"]) == ["Karl-Weysser-Straße 9"]
    assert dehyphenate(["umwelt-", "und klimafreundlich"]) == ["umwelt- und klimafreundlich"]
    assert dehyphenate(["Preis 2022 -", "wie gehabt"]) == ["Preis 2022 -", "wie gehabt"]
    assert dehyphenate(["anma-", "ßend"]) == ["anmaßend"]
    assert dehyphenate(["Ende.", "", "neu"]) == ["Ende.", "", "neu"]
    assert dehyphenate(["Silben\u00ad", "trennung"]) == ["Silbentrennung"]


# --------------------------------------------------------------------------
# PDF files made with fpdf2


def make_pdf(pages: list[list[str]], header: str | None = None, footer: str | None = None,
             **encryption) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(12, 10, 8)
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.set_font("DejaVu", size=8)
    if encryption:
        pdf.set_encryption(**encryption)
    total = len(pages)
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        if header:
            pdf.cell(text=header.format(page=number, pages=total), h=4, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        for line in lines:
            if line.strip():
                pdf.cell(text=line.rstrip(), h=4, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.ln(4)
        if footer:
            pdf.set_y(-14)
            pdf.cell(text=footer.format(page=number, pages=total), h=4)
    return bytes(pdf.output())


def pages_of_corpus_text(name: str) -> list[list[str]]:
    """The text's own pages, split at its page-number lines (– 2 –)."""
    pages: list[list[str]] = [[]]
    for line in corpus_text(name).splitlines():
        if re.fullmatch(r"\s*– \d+ –\s*", line):
            pages.append([])
        pages[-1].append(line)
    return pages


@pytest.fixture(scope="module")
def niederschrift_pdf() -> tuple[bytes, list[list[str]]]:
    pages = pages_of_corpus_text("de_karlsruhe_niederschrift_2.txt")
    data = make_pdf(
        pages,
        header="Stadt Karlsruhe · 52. Plenarsitzung des Gemeinderates am 18. Juli 2023",
        footer="Niederschrift Gemeinderat – Seite {page} von {pages}",
    )
    return data, pages


def test_pdf_from_real_text(tmp_path, niederschrift_pdf):
    data, pages = niederschrift_pdf
    doc = only_doc(ingest_one(write(tmp_path, "niederschrift.pdf", data)))
    text = doc.text
    assert doc.format == "pdf" and doc.hints == {}
    assert doc.sha256 == sha256_bytes(data)
    # running header and footer, and the – 2 – page numbers, are gone
    assert "Plenarsitzung des Gemeinderates am 18. Juli" not in text
    assert not re.search(r"Seite \d", text)
    assert not re.search(r"^– \d+ –$", text, re.M)
    # hyphenation at line ends joined, real hyphens kept
    for word in ("erfolgte Vorberatung", "Gemeinderatssitzung", "beispiellose Abrisswelle",
                 "Tagesordnung vertretenen", "anmaßend", "Hin- und Herschieben"):
        assert word in text, word
    assert "er-\nfolgte" not in text
    # paragraphs and line breaks kept
    assert "Vorlage: 2023/0344\n\nBeschluss:\nMehrheitlich abgelehnt\n\nAbstimmungsergebnis:\n" in text
    # one start per page; each page begins with its first content line
    assert len(doc.page_starts) == len(pages)
    assert doc.page_starts[0] == 0
    for i, start in enumerate(doc.page_starts[1:], start=1):
        assert text[start - 2:start] == "\n\n"
        first = next(line.strip() for line in pages[i][1:] if line.strip())
        assert text[start:].startswith(first.split(" ")[0]), (i, first)
    assert doc.page_at(text.index("anmaßend")) == 3


def test_pdf_uppercase_and_suspended_hyphens(tmp_path):
    lines = corpus_text("de_karlsruhe_beschlussvorlage_2.txt").splitlines()
    lines += corpus_text("de_karlsruhe_anfrage_2.txt").splitlines()
    pages = [lines[i:i + 55] for i in range(0, len(lines), 55)]
    doc = only_doc(ingest_one(write(tmp_path, "vorlage.pdf", make_pdf(pages))))
    assert "Karl-Weysser-Straße 9 und 11" in doc.text
    assert "umwelt- und klimafreundlicheren" in doc.text
    assert "Karl-Weysser-\n" not in doc.text


def test_pdf_owner_password_only_is_readable(tmp_path):
    data = make_pdf([["Öffentliche Sitzung"]], owner_password="geheim")
    assert only_doc(ingest_one(write(tmp_path, "owner.pdf", data))).text == "Öffentliche Sitzung"


@pytest.mark.parametrize(
    ("name", "make", "code"),
    [
        ("encrypted.pdf", lambda: make_pdf([["Geheim"]], owner_password="o", user_password="u"),
         "encrypted-pdf"),
        ("truncated.pdf", lambda: make_pdf([["Text"] * 20] * 3)[:1500], "damaged-pdf"),
        ("junk.pdf", lambda: random.Random(3).randbytes(3000), "damaged-pdf"),
        ("fake.pdf", lambda: b"%PDF-1.7\n" + random.Random(4).randbytes(3000) + b"\n%%EOF\n",
         "damaged-pdf"),
        ("zero.pdf", lambda: b"", "damaged-pdf"),
    ],
)
def test_broken_pdfs(tmp_path, name, make, code):
    result = ingest_one(write(tmp_path, name, make()))
    assert isinstance(result, Problem), result
    assert result.code == code, result.message
    assert result.source_file == name


def test_pdf_without_pages(tmp_path):
    data = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            b"trailer\n<< /Root 1 0 R /Size 3 >>\n%%EOF\n")
    result = ingest_one(write(tmp_path, "leer.pdf", data))
    assert isinstance(result, Problem) and result.code in ("empty-pdf", "damaged-pdf")


def test_pdf_sniffed_by_content(tmp_path):
    data = make_pdf([["Inhalt der Vorlage"]])
    doc = only_doc(ingest_one(write(tmp_path, "vorlage.bin", data)))
    assert doc.format == "pdf" and doc.text == "Inhalt der Vorlage"


def test_too_large(tmp_path):
    data = make_pdf([["a"], ["b"], ["c"]])
    result = ingest_one(write(tmp_path, "drei.pdf", data), max_pdf_pages=2)
    assert isinstance(result, Problem) and result.code == "too-large"
    result = ingest_one(write(tmp_path, "gross.txt", b"x" * 2000), max_bytes=1000)
    assert isinstance(result, Problem) and result.code == "too-large"


def scanned_pdf(words: str = "") -> bytes:
    """A PDF whose only page is a picture (of ``words``, when given): no text layer."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if words:
        from PIL import Image, ImageDraw, ImageFont

        image = Image.new("L", (1400, 220), 255)
        ImageDraw.Draw(image).text((40, 50), words, fill=0,
                                   font=ImageFont.truetype(str(FONT), 72))
        pdf.image(image, x=10, y=20, w=190)
    else:
        pdf.set_fill_color(40, 40, 40)
        pdf.rect(20, 20, 120, 60, style="F")
    return bytes(pdf.output())


def test_pdf_without_text_layer_needs_ocr_when_switched_off(tmp_path):
    result = ingest_one(write(tmp_path, "scan.pdf", scanned_pdf()), ocr="never")
    assert isinstance(result, Problem) and result.code == "needs-ocr"
    assert OCR_INSTALL_HINT in result.message


def test_pdf_without_text_layer_auto(tmp_path):
    reason = ingest.ocr_unavailable_reason("deu")
    result = ingest_one(write(tmp_path, "scan.pdf", scanned_pdf("Gemeinderat Sitzung")))
    if reason is not None:
        assert isinstance(result, Problem) and result.code == "needs-ocr"
        assert reason in result.message and OCR_INSTALL_HINT in result.message
        pytest.skip(f"OCR branch not testable here: {reason}")
    doc = only_doc(result)
    assert doc.format == "pdf" and doc.hints.get("ocr") is True
    assert "Gemeinderat" in doc.text


def test_ocr_plumbing_with_stand_in(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest.ocr, "ocr_unavailable_reason", lambda language="deu": None)
    seen = {}

    def fake_ocr(data, options, force=True):
        seen["force"] = force
        return make_pdf([["Erkannter Text der Sitzung"]])

    monkeypatch.setattr(ingest.ocr, "run_ocr", fake_ocr)
    doc = only_doc(ingest_one(write(tmp_path, "scan.pdf", scanned_pdf())))
    assert doc.text == "Erkannter Text der Sitzung"
    assert doc.hints == {"ocr": True} and doc.format == "pdf" and seen == {"force": True}

    def failing_ocr(data, options, force=True):
        raise RuntimeError("ocrmypdf exited with 2: tesseract crashed")

    monkeypatch.setattr(ingest.ocr, "run_ocr", failing_ocr)
    result = ingest_one(write(tmp_path, "scan2.pdf", scanned_pdf()))
    assert isinstance(result, Problem) and result.code == "ocr-failed"


# --------------------------------------------------------------------------
# DOCX / ODT (zip + XML, standard library)


def zip_bytes(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_docx(tmp_path):
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><w:document {w}><w:body>'
           '<w:p><w:r><w:t>Beschlussvorlage</w:t></w:r></w:p>'
           '<w:p><w:r><w:t xml:space="preserve">Der Rat </w:t></w:r><w:r><w:t>beschließt.</w:t></w:r></w:p>'
           '<w:p/>'
           '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Ja:</w:t></w:r></w:p></w:tc>'
           '<w:tc><w:p><w:r><w:t>12</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
           '</w:body></w:document>')
    data = zip_bytes({"word/document.xml": xml, "[Content_Types].xml": "<Types/>"})
    doc = only_doc(ingest_one(write(tmp_path, "v.docx", data)))
    assert (doc.format, doc.text) == ("docx", "Beschlussvorlage\n\nDer Rat beschließt.\n\nJa: 12")
    result = ingest_one(write(tmp_path, "kaputt.docx", b"PK\x03\x04 kaputt"))
    assert isinstance(result, Problem) and result.code == "unreadable"


def test_odt(tmp_path):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')
    xml = (f'<office:document-content {ns}><office:body><office:text>'
           '<text:h>Niederschrift</text:h><text:p>Der<text:s/>Rat <text:span>tagt</text:span>.</text:p>'
           '<text:list><text:list-item><text:p>Punkt eins</text:p></text:list-item></text:list>'
           '</office:text></office:body></office:document-content>')
    doc = only_doc(ingest_one(write(tmp_path, "n.odt", zip_bytes({"content.xml": xml}))))
    assert (doc.format, doc.text) == ("odt", "Niederschrift\n\nDer Rat tagt.\n\nPunkt eins")


# --------------------------------------------------------------------------
# nothing propagates


def test_unexpected_error_becomes_unreadable(tmp_path, monkeypatch):
    def boom(data, ctx):
        raise ValueError("kaputt")

    monkeypatch.setattr(ingest.text, "_read_text", boom)
    result = ingest_one(write(tmp_path, "a.txt", b"Text"))
    assert isinstance(result, Problem)
    assert result.code == "unreadable" and "ValueError: kaputt" in result.message


def test_missing_file_is_unreadable(tmp_path):
    result = ingest_file(tmp_path / "fehlt.txt", tmp_path)
    assert isinstance(result, Problem) and result.code == "unreadable"


def test_options_validate_ocr_value():
    with pytest.raises(ValueError):
        IngestOptions(ocr="sometimes")


def test_html_utf16_with_bom(tmp_path):
    html = "<html><body><p>Sitzung des Ausschusses für Grünflächen</p></body></html>"
    doc = only_doc(ingest_one(write(tmp_path, "u16.html", html.encode("utf-16"))))
    assert doc.text == "Sitzung des Ausschusses für Grünflächen"
