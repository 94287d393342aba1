"""Personal data is redacted before publishing (councildata.redact).

The documents with personal data here are made up by the tests: no real
document with a private person's contact data may be published in the
corpus. The real corpus is used to check the other direction: nothing a
council paper is about (paper numbers, dates, amounts, votes, the buildings
a Beschluss names) is damaged.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from councildata.build import build_package
from councildata.cli import cli
from councildata.extract import extract_document
from councildata.ingest import discover, ingest_file
from councildata.model import PROVENANCE_TABLES, Document, Problem
from councildata.redact import (
    KINDS,
    PLACEHOLDERS,
    OffsetMap,
    find,
    parse_kinds,
    redact,
    redact_document,
    summary,
)

from .conftest import CORPUS

ALL = KINDS
MAIL, PHONE, ADDRESS, IBAN = (PLACEHOLDERS[k] for k in ("email", "phone", "address", "iban"))


def check_redactions(text: str, redactions) -> None:
    """Each Redaction points at its placeholder and never holds a value."""
    for r in redactions:
        assert text[r.start:r.end] == r.replacement == PLACEHOLDERS[r.kind]
        assert set(vars(r)) == {"kind", "start", "end", "replacement"}


# ---------------------------------------------------------------------------
# realistic passages (made up)

EINWOHNERFRAGESTUNDE = (
    "TOP 1 Einwohnerfragestunde\n"
    "Herr Max Mustermann, Musterstraße 12, 76133 Karlsruhe, fragt, wann die Turnhalle saniert wird. "
    "Er bittet um Antwort unter Telefon 0721 9876543 oder an max.mustermann@example.de. "
    "Frau Erika Beispiel, wohnhaft Am Markt 3a, ergänzt, sie sei unter +49 (0)171 2345678 erreichbar.\n"
    "Der Oberbürgermeister sagt eine schriftliche Antwort bis zum 30.04.2024 zu (Drucksache 2024/0815)."
)


def test_einwohnerfragestunde():
    text, redactions = redact(EINWOHNERFRAGESTUNDE, ALL)
    check_redactions(text, redactions)
    for value in ("Musterstraße 12", "76133 Karlsruhe", "0721 9876543", "max.mustermann@example.de",
                  "Am Markt 3a", "2345678"):
        assert value not in text
    assert [r.kind for r in redactions] == ["address", "phone", "email", "address", "phone"]
    assert f"Herr Max Mustermann, {ADDRESS}, fragt" in text
    assert f"unter Telefon {PHONE} oder an {MAIL}." in text
    # What the paper is about survives.
    assert "bis zum 30.04.2024 zu (Drucksache 2024/0815)." in text


SIGNATURE = """Mit freundlichen Grüßen

Erika Musterfrau
Stadt Karlsruhe, Amt für Stadtentwicklung
Tel.: 0721 133-1234
Fax: 0721 133-1299
Mobil 0151/12345678
E-Mail: erika.musterfrau@karlsruhe.de
Telefon (0 40) 4 28 04-12 34 / Tel.: 040/42804-1234
Durchwahl 133-2345
"""


def test_signature_block():
    text, redactions = redact(SIGNATURE, ALL)
    check_redactions(text, redactions)
    assert text.splitlines()[4:] == [
        f"Tel.: {PHONE}", f"Fax: {PHONE}", f"Mobil {PHONE}", f"E-Mail: {MAIL}",
        f"Telefon {PHONE} / Tel.: {PHONE}", f"Durchwahl {PHONE}",
    ]
    assert "Erika Musterfrau" in text  # names are not redacted (see docs/reliability.md)


ATTENDANCE = """Anwesend:
Frau Anna Beispiel, Lindenweg 4, 76227 Karlsruhe
Herr Bernd Probe, Am Markt 3a, Tel. 07243 12345
Herr Carl Test, Hauptstr. 5
Frau Dora Muster, Rüppurrer Str. 1
Petentin: Eva Eingabe, Alter Schlachthof 3
D-76131 Karlsruhe
"""


def test_attendance_list():
    text, redactions = redact(ATTENDANCE, ALL)
    check_redactions(text, redactions)
    assert text.splitlines() == [
        "Anwesend:",
        f"Frau Anna Beispiel, {ADDRESS}",
        f"Herr Bernd Probe, {ADDRESS}, Tel. {PHONE}",
        f"Herr Carl Test, {ADDRESS}",
        f"Frau Dora Muster, {ADDRESS}",
        f"Petentin: Eva Eingabe, {ADDRESS}",
    ]


@pytest.mark.parametrize("value", [
    "0721 133-1234", "+49 (0)721 1331234", "(0 40) 4 28 04-12 34", "040/42804-1234", "0171 1234567",
    "+49 721 1331234", "0049 40 428041234",
])
def test_phone_formats_without_label(value):
    assert redact(f"Rückfragen unter {value}.", ["phone"])[0] == f"Rückfragen unter {PHONE}."


@pytest.mark.parametrize("value", [
    "max.mustermann@example.de", "M.Muster-Frau@stadt-karlsruhe.de", "info(at)verein-musterdorf.de",
    "kontakt [at] beispiel [dot] de",
])
def test_email_formats(value):
    assert redact(f"Kontakt: {value}, bitte", ["email"])[0] == f"Kontakt: {MAIL}, bitte"


@pytest.mark.parametrize("value", [
    "Musterstraße 12", "Hauptstr. 5", "Rüppurrer Str. 1", "Am Markt 3a", "Karl-Friedrich-Straße 12-14",
    "Große Bergstraße 104", "Schillerplatz 3 a", "Musterweg 12, 76133 Karlsruhe", "Lindenallee 7\n76133 Karlsruhe",
    "Robert - Koch - Straße 17", "Auf dem Kirchberg 2",
])
def test_address_formats(value):
    assert redact(f"Sie wohnen {value} seit Jahren.", ["address"])[0] == f"Sie wohnen {ADDRESS} seit Jahren."


NOT_PERSONAL = [
    "Vorlage Nr.: 2022/2486", "Drucksache - 22-2362", "Drs. 22-0558", "Drucksache 0815/2023", "Vorlage 0123/2022",
    "am 24.01.2023", "Sitzung am 07.10.09 um 17 Uhr", "09:30 Uhr", "30.310,80 €", "Kosten von 120.000 Euro",
    "1.742 m²", "76137 Karlsruhe", "mit 30 Ja-Stimmen, 12 Nein-Stimmen und 3 Enthaltungen",
    "8 Ja-Stimmen, 4 Nein-Stimmen, 0 Enthaltungen", "Gemeinderat 24.01.2023 12 X", "TOP 12", "In der Anlage 2",
    "Im Jahr 2022", "Zum Tagesordnungspunkt 12", "§ 14 BauGB", "0,5 Stelle", "56,9 %", "Straße 9",
    "in der Kaiserstraße", "Seite 2 von 9", "Nr. 45245/1 mit 2.121 m²",
    "Der Arbeitsmarkt 2023", "Az. 0721 133", "www.karlsruhe.de",
]


@pytest.mark.parametrize("value", NOT_PERSONAL)
def test_not_personal_data(value):
    assert find(value, ALL) == []


def test_iban_is_replaced_whole_never_by_a_phone_placeholder():
    line = "Überweisung an IBAN DE12 3456 7890 1234 5678 90, BIC COBADEFFXXX, Tel. 0171 2345678"
    assert redact(line, ALL)[0] == f"Überweisung an IBAN {IBAN}, BIC {IBAN}, Tel. {PHONE}"
    # Without IBANs among the kinds the IBAN stays whole: no phone number inside it.
    assert redact(line, ("phone",))[0] == f"Überweisung an IBAN DE12 3456 7890 1234 5678 90, BIC COBADEFFXXX, Tel. {PHONE}"
    # Without its label only an IBAN with the right check digits counts.
    assert redact("Konto DE89370400440532013000 bei der Sparkasse", ALL)[0] == f"Konto {IBAN} bei der Sparkasse"
    assert find("Projekt DE12 3456 7890 1234 5678 91 läuft", ALL) == []


# ---------------------------------------------------------------------------
# which addresses stay


def test_public_places_stay_and_are_configurable():
    line = "Die Sitzung findet im Rathaus, Bürgersaal, Marktplatz 10, 76133 Karlsruhe statt."
    assert redact(line, ALL)[0] == line
    assert redact(line, ALL, public_places=())[0] == f"Die Sitzung findet im Rathaus, Bürgersaal, {ADDRESS} statt."
    # A field naming where a meeting is, or what place a paper is about.
    for field in ("Sitzungsort: Rathaus, Marktplatz 10", "Ort: Luruper Chaussee 125, 22761 Hamburg",
                  "Raum, Ort: Großer Sitzungssaal, Robert - Koch - Straße 17, 20249 Hamburg"):
        assert redact(field, ALL, public_places=())[0] == field
    assert redact("Stadthalle, Festplatz 9", ALL, public_places=("Stadthalle",))[0] == "Stadthalle, Festplatz 9"
    assert redact("Stadthalle, Festplatz 9", ALL)[0] == f"Stadthalle, {ADDRESS}"


def test_subject_and_buildings_stay():
    title = "Anmietung von Räumen im Gebäude „Rüppurrer Str. 1“ in 76137 Karlsruhe"
    text = "Mietangebot Rüppurrer Straße 1\nDas Amt ist im Gebäude „Kriegsstraße 100“ untergebracht."
    assert redact(text, ALL, subjects=[title])[0] == text
    assert redact(text, ALL)[0] == f"Mietangebot {ADDRESS}\nDas Amt ist im Gebäude „Kriegsstraße 100“ untergebracht."
    # A list continues what it starts; a later mention of the same address stays too.
    beschluss = ("zum Erhalt der Baudenkmäler Karl-Weysser-\nStraße 9 und 11 sowie Badener Straße 4 und 6 wird "
                 "verzichtet. Betroffen sind Karl-Weysser-Straße 9 und Badener Straße 4 und 6.")
    assert redact(beschluss, ALL)[0] == beschluss
    assert redact("der St. Angela-Schulgesellschaft mbH mit Sitz in Düren, Bismarckstraße 24", ALL)[1] == []


def test_personal_marker_wins():
    text = "Frau Erika Muster, wohnhaft im Gebäude Musterstraße 12, beschwert sich.\nRathaus: Musterstraße 12"
    redacted, redactions = redact(text, ALL)
    assert [r.kind for r in redactions] == ["address"]
    # The same address stays where it is a public place, and only there.
    assert redacted == f"Frau Erika Muster, wohnhaft im Gebäude {ADDRESS}, beschwert sich.\nRathaus: Musterstraße 12"
    # The subject of an Eingabe names the street, not the petitioner's number.
    eingabe = "Herr Paul Petent, Musterweg 3, beantragt Tempo 30 im Musterweg."
    assert redact(eingabe, ALL, subjects=["Tempo 30 im Musterweg"])[0] == (
        f"Herr Paul Petent, {ADDRESS}, beantragt Tempo 30 im Musterweg.")


def test_kinds_are_configurable():
    assert parse_kinds("email, phone") == ("email", "phone")
    assert parse_kinds(["address", "email"]) == ("email", "address")
    assert parse_kinds(()) == ()
    with pytest.raises(ValueError, match="unknown redaction kind"):
        parse_kinds("email,names")
    text, redactions = redact(EINWOHNERFRAGESTUNDE, ["email"])
    assert [r.kind for r in redactions] == ["email"]
    assert "0721 9876543" in text and "Musterstraße 12" in text
    assert redact(EINWOHNERFRAGESTUNDE, ())[0] == EINWOHNERFRAGESTUNDE


def test_summary_line():
    counts = {"a.txt": {"email": 2, "phone": 2}, "b.txt": {"email": 1, "address": 1}}
    assert summary(counts, 2) == "Redacted: 3 e-mail addresses, 2 phone numbers, 1 address in 2 documents"
    assert summary({}) == "Redacted: nothing"


# ---------------------------------------------------------------------------
# documents: offsets, pages, rows a source gave


def test_offset_map():
    text = "A x@y.de B 0721 1234567 C"
    new, redactions = redact(text, ALL)
    assert new == f"A {MAIL} B {PHONE} C"
    from councildata.redact import _apply

    _, _, offsets = _apply(text, find(text, ALL))
    assert isinstance(offsets, OffsetMap)
    assert offsets(0) == 0 and offsets(2) == 2
    assert offsets(4) == 2 and offsets(4, "end") == 2 + len(MAIL)  # inside the e-mail address
    assert new[offsets(text.index("B")):].startswith("B ")
    assert new[offsets(text.index("C")):] == "C"
    assert offsets(len(text)) == len(new)


def test_redact_document_keeps_pages_and_given_rows_consistent():
    text = "Seite eins\nKontakt: a.b@example.de\n" + "Seite zwei\nTel. 0721 1234567\nBeschluss: zugestimmt\n"
    quote = "Beschluss: zugestimmt"
    start = text.index(quote)
    doc = Document(
        id="d", source_file="d.json", sha256="0", format="oparl", text=text,
        page_starts=[0, text.index("Seite zwei")],
        hints={"title": "Eingabe von a.b@example.de", "reference": "0721/2024"},
        records={"resolutions": [{"outcome": "adopted", "text": "Antwort an a.b@example.de", "reference": "x",
                                  "quote": quote, "char_start": start, "char_end": start + len(quote)}]},
    )
    red = redact_document(doc, ALL)
    assert red.redaction_counts() == {"email": 1, "phone": 1}
    check_redactions(red.text, red.redactions)
    assert red.text[red.page_starts[1]:].startswith("Seite zwei")
    row = red.records["resolutions"][0]
    assert red.text[row["char_start"]:row["char_end"]] == row["quote"] == quote
    assert row["text"] == f"Antwort an {MAIL}"
    assert red.hints == {"title": f"Eingabe von {MAIL}", "reference": "0721/2024"}
    assert doc.text == text  # the input is not changed
    assert redact_document(doc, ()).text == text


# ---------------------------------------------------------------------------
# the real corpus: nothing a paper is about is damaged

# What must never be touched: paper numbers, dates, amounts, vote counts.
_KEEP_PATTERNS = {
    "reference": re.compile(r"(?<![\w/.-])(?:[A-ZÄÖÜ]{1,6}(?:-[A-ZÄÖÜ]{1,6})?/)?[A-Z]{0,3}\d{1,5}(?:[/-]\d{1,5})+(?![\w/-])"),
    "date": re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d{2}\b|\b\d{1,2}\.\s(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\s\d{4}"),
    "amount": re.compile(r"\d[\d.]*,\d{2}\s?(?:€|Euro|EUR)|\d[\d.]*\s?(?:€|Euro|EUR)\b"),
    "votes": re.compile(r"\d+\s*(?:Ja|Nein)-?\s*Stimmen|\d+\s*Enthaltung(?:en)?"),
    "labelled reference": re.compile(r"(?:Vorlage|Drucksache|Drs\.)\s*(?:Nr\.?)?\s*[:\-–]?\s*[\w/.-]+"),
}


def corpus_documents() -> list[Document]:
    docs: list[Document] = []
    for path in discover(CORPUS):
        result = ingest_file(path, CORPUS)
        if not isinstance(result, Problem):
            docs.extend(result)
    return docs


@pytest.fixture(scope="module")
def corpus_docs():
    docs = corpus_documents()
    assert len(docs) > 40
    return [(doc, redact_document(doc, ALL)) for doc in docs]


def test_corpus_numbers_dates_amounts_and_votes_survive(corpus_docs):
    for doc, red in corpus_docs:
        for name, pattern in _KEEP_PATTERNS.items():
            before = [m.group() for m in pattern.finditer(doc.text)]
            after = [m.group() for m in pattern.finditer(red.text)]
            assert before == after, (doc.source_file, name)


def test_corpus_subject_addresses_survive(corpus_docs):
    texts = {doc.source_file: red.text for doc, red in corpus_docs}
    kept = {
        "de_karlsruhe_beschlussvorlage_1.txt": ["Gebäude „Rüppurrer Str. 1“ in 76137 Karlsruhe", "Mietangebot Rüppurrer Straße 1",
                                                "„Kriegsstraße 100“"],
        "de_karlsruhe_beschlussvorlage_2.txt": ["Baudenkmäler Karl-Weysser-\nStraße 9 und 11 sowie Badener Straße 4 und 6 wird",
                                                "Areal Pfinz-\ntalstraße 7"],
        "de_karlsruhe_informationsvorlage_2.txt": ["Michiganstraße 1, Nordstadt"],
        "de_karlsruhe_ergebnisliste_1.txt": ["Liegenschaft Ottostraße 21"],
        "de_hamburg-altona_top-protokoll_1.html": ["Ort: Luruper Chaussee 125, 22761 Hamburg"],
        "de_hamburg-nord_niederschrift-kopf_1.txt": ["Robert - Koch - Straße 17, 20249 Hamburg"],
    }
    for source_file, passages in kept.items():
        for passage in passages:
            assert passage in texts[source_file], (source_file, passage)
    oparl = "\n".join(red.text for doc, red in corpus_docs if doc.format == "oparl")
    for passage in ("Pfinztalstraße 90 (P90)", "mit Sitz in Düren.\nBismarckstraße 24", "August-Scholl-Str. 5, 52393 Hürtgenwald"):
        assert passage in oparl


def test_corpus_what_is_redacted(corpus_docs):
    counts = {doc.source_file: red.redaction_counts() for doc, red in corpus_docs if red.redactions}
    # A consultant's signature block at the end of a survey report.
    assert counts.pop("de_karlsruhe_umfrage_3.txt") == {"address": 1, "email": 1, "phone": 1}
    # Nothing else in the German corpus has contact data of a person.
    assert not [f for f in counts if f.startswith("de_")], counts
    for doc, red in corpus_docs:
        check_redactions(red.text, red.redactions)
        if not red.redactions:
            assert red.text == doc.text and red.page_starts == doc.page_starts and red.records == doc.records


def test_corpus_extraction_is_unchanged_by_redaction(corpus_docs):
    """Every value read from a corpus document is the same with and without
    redaction; only texts, quotes and offsets move."""
    moved = {"text", "quote", "char_start", "char_end"}
    for doc, red in corpus_docs:
        plain, redacted = extract_document(doc), extract_document(red)
        for table in plain:
            strip = [{k: v for k, v in r.items() if k not in moved} for r in plain[table]]
            assert strip == [{k: v for k, v in r.items() if k not in moved} for r in redacted[table]], (doc.source_file, table)
        for table in PROVENANCE_TABLES:
            for r in redacted[table]:
                assert red.text[r["char_start"]:r["char_end"]] == r["quote"]


# ---------------------------------------------------------------------------
# the build: placeholders in every output, offsets hold, report

SECRETS = ("max.mustermann@example.de", "0721 133-4567", "0171 2345678", "Musterstraße 12", "Am Markt 3a",
           "4567", "2345678", "mustermann@")

NIEDERSCHRIFT = """Niederschrift
über die öffentliche Sitzung des Ortschaftsrates Musterdorf am 12.03.2024

TOP 1 Einwohnerfragestunde
Herr Max Mustermann, Musterstraße 12, 76133 Karlsruhe, fragt nach dem Zustand der Turnhalle.
Er bittet um Rückruf unter Tel. 0721 133-4567 oder per E-Mail an max.mustermann@example.de.
Frau Erika Beispiel, wohnhaft Am Markt 3a, ist unter 0171 2345678 erreichbar.

TOP 2 Anfrage zur Turnhalle
Beschluss:
Der Ortschaftsrat beschließt einstimmig, die Anfrage von Herrn Mustermann (Tel. 0721 133-4567) an die Verwaltung zu verweisen.

TOP 3 Sanierung der Turnhalle, Vorlage Nr. 2024/0815
Beschluss:
Der Ortschaftsrat beschließt einstimmig die Sanierung der Turnhalle mit Kosten von 120.000 Euro.
"""


def build_with_pii(tmp_path: Path, **kwargs) -> Path:
    src = tmp_path / "src"
    src.mkdir(exist_ok=True)
    (src / "niederschrift.txt").write_text(NIEDERSCHRIFT, "utf-8")
    (src / "ohne.txt").write_text("Niederschrift\nSitzung des Gemeinderates am 01.02.2024\n\nBeschluss:\n"
                                  "Der Gemeinderat beschließt einstimmig den Haushalt.\n", "utf-8")
    out = tmp_path / "out"
    build_package(src, out, use_cache=kwargs.pop("use_cache", False), **kwargs)
    return out


def output_files(out: Path) -> list[Path]:
    return [p for p in out.resolve().rglob("*") if p.is_file()]


def test_build_redacts_every_output(tmp_path):
    out = build_with_pii(tmp_path)
    files = output_files(out)
    assert {p.suffix for p in files} >= {".csv", ".json", ".db"}
    for path in files:
        data = path.read_bytes()
        for secret in SECRETS:
            assert secret.encode("utf-8") not in data, (path.name, secret)
            assert secret.encode("utf-16-le") not in data, (path.name, secret)

    db = sqlite3.connect(next(p for p in files if p.suffix == ".db"))
    db.row_factory = sqlite3.Row
    text = db.execute("select text from documents where source_file = 'niederschrift.txt'").fetchone()["text"]
    assert text.count(ADDRESS) == 2 and text.count(PHONE) == 3 and text.count(MAIL) == 1
    assert "Vorlage Nr. 2024/0815" in text and "120.000 Euro" in text
    texts = {r["id"]: r["text"] for r in db.execute("select id, text from documents")}
    checked = 0
    for table in PROVENANCE_TABLES:
        for row in db.execute(f"select * from {table}"):
            assert texts[row["document_id"]][row["char_start"]:row["char_end"]] == row["quote"]
            checked += 1
    assert checked >= 3
    quotes = [r["quote"] for r in db.execute("select quote from resolutions")]
    assert any(f"(Tel. {PHONE}) an die Verwaltung" in q for q in quotes)
    assert any("120.000 Euro" in q for q in quotes)
    # The same holds in the CSV files.
    import csv

    with open(out / "documents.csv", encoding="utf-8", newline="") as f:
        csv_texts = {r["id"]: r["text"] for r in csv.DictReader(f)}
    with open(out / "resolutions.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            assert csv_texts[r["document_id"]][int(r["char_start"]):int(r["char_end"])] == r["quote"]

    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["redaction"] == {
        "kinds": ["email", "phone", "address", "iban"],
        "documents_redacted": 1,
        "by_file": {"niederschrift.txt": {"address": 2, "phone": 3, "email": 1}},
    }


def test_build_redacts_only_the_kinds_asked_for(tmp_path):
    out = build_with_pii(tmp_path, redact=("email",))
    db = sqlite3.connect(out / "councildata.db") if (out / "councildata.db").exists() else sqlite3.connect(
        next(p for p in output_files(out) if p.suffix == ".db"))
    text = db.execute("select text from documents where source_file = 'niederschrift.txt'").fetchone()[0]
    assert "max.mustermann@example.de" not in text and MAIL in text
    assert "0721 133-4567" in text and "Musterstraße 12" in text
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["redaction"]["by_file"] == {"niederschrift.txt": {"email": 1}}


def test_cache_key_includes_the_setting(tmp_path):
    out = build_with_pii(tmp_path, use_cache=True)
    assert "0721 133-4567" not in (out / "documents.csv").read_text("utf-8")
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["documents_reused_from_cache"] == 0
    cache = [p for p in tmp_path.glob(".out.cache/**/*") if p.is_file()]
    assert cache and not any(b"0721 133-4567" in p.read_bytes() for p in cache)
    build_package(tmp_path / "src", out, redact=())
    assert "0721 133-4567" in (out / "documents.csv").read_text("utf-8")
    again = build_package(tmp_path / "src", out, redact=ALL)
    assert again.reused == 2  # both settings are cached side by side
    assert "0721 133-4567" not in (out / "documents.csv").read_text("utf-8")
    assert again.redactions == {"niederschrift.txt": {"address": 2, "phone": 3, "email": 1}}


def test_cli_options(tmp_path):
    src = build_with_pii(tmp_path).parent / "src"
    runner = CliRunner()
    result = runner.invoke(cli, ["build", str(src), "--out", str(tmp_path / "a"), "-q", "--no-cache"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1] == (
        "Redacted: 1 e-mail address, 3 phone numbers, 2 addresses in 1 document")
    result = runner.invoke(cli, ["build", str(src), "--out", str(tmp_path / "b"), "-q", "--no-cache",
                                 "--redact", "email,phone"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1] == "Redacted: 1 e-mail address, 3 phone numbers in 1 document"
    assert "Musterstraße 12" in (tmp_path / "b" / "documents.csv").read_text("utf-8")
    result = runner.invoke(cli, ["build", str(src), "--out", str(tmp_path / "c"), "-q", "--no-cache", "--no-redact"])
    assert result.exit_code == 0, result.output
    assert "max.mustermann@example.de" in (tmp_path / "c" / "documents.csv").read_text("utf-8")
    result = runner.invoke(cli, ["build", str(src), "--out", str(tmp_path / "d"), "--redact", "names"])
    assert result.exit_code == 2 and "unknown redaction kind" in result.output
    result = runner.invoke(cli, ["build", str(src), "--out", str(tmp_path / "d"), "--redact", "email", "--no-redact"])
    assert result.exit_code == 2


def test_windows_find_what_a_whole_text_scan_finds(corpus_docs):
    """Redaction runs its costly patterns only around cheap hints (a house
    number after a street word, a run of digits, a country code); on every
    corpus document and every row of the forms table that finds exactly
    what running them over the whole text finds."""
    from councildata.redact import address, iban, phone

    from .redaction_forms import FORMS

    def whole_addresses(text):
        matches = [m.span() for m in address.ADDRESS.finditer(text)]
        extra = [m.span() for m in address.ADDRESS_WITH_TOWN.finditer(text)
                 if not any(m.start() < e and s < m.end() for s, e in matches)]
        return sorted(matches + extra)

    def whole_ibans(text):
        bics = [m.span("value") for m in iban._BIC.finditer(text)]
        return sorted(iban._find_in(text, 0, len(text)) + bics)

    texts = [doc.text for doc, _ in corpus_docs] + [f.sentence for f in FORMS]
    assert sum(bool(whole_addresses(t)) for t in texts) > 50
    for text in texts:
        assert sorted(m.span() for m in address.address_matches(text)) == whole_addresses(text)
        assert sorted(phone.find_phones(text)) == sorted(phone._find_in(text, 0, len(text)))
        assert iban.find_ibans(text) == whole_ibans(text)


@pytest.mark.parametrize("text", [
    "Anwohner beschweren sich.\n8. Ausbau der Ringstraße\n9. Bebauungsplan Nr. 12 „Am Bach“",
    "Die Anwohnerin bittet um Tempo 30 im Lindenweg\n9) Haushalt 2025",
    "Petent: Anwohner der Kastanienallee\n\n12. Verschiedenes",
])
def test_an_item_number_after_a_street_line_is_no_house_number(text):
    # An agenda line that ends in a street's name and the next item's
    # number ("9. ", "9) ") are no address, even beside a word that makes
    # an address personal: the item must not vanish from the agenda.
    assert redact(text, ["address"])[0] == text


def test_a_house_number_on_the_next_line_is_still_redacted():
    text = "Die Anwohnerin wohnt in der Musterstraße\n12.\nSie bittet um eine Ampel."
    assert "Musterstraße" not in redact(text, ["address"])[0]
