"""Redaction on a table of German forms (tests/redaction_forms.py):
obfuscated e-mail addresses, phone numbers in every spacing, IBANs, private
addresses, values wrapped across lines and pages, and what must stay (paper
numbers, dates, paragraphs, amounts, vote counts, public places).

Recall over the rows to remove must be 1.0 and there must be no false
positive on the rows to keep; ``benchmarks/redaction_recall.py`` prints the
same figures.
"""

from __future__ import annotations

import pytest

from councildata.model import Document
from councildata.redact import KINDS, PLACEHOLDERS, find, redact, redact_document, redact_path, redact_text

from .redaction_forms import FORMS, KEEP, REMOVE, measure, outcome


def find_all(text: str):
    return find(text, KINDS)


def test_the_table_is_large_and_covers_every_kind():
    assert len(FORMS) >= 100
    assert {f.kind for f in FORMS if f.action == REMOVE} == set(KINDS)
    assert sum(f.action == KEEP for f in FORMS) >= 40


@pytest.mark.parametrize("form", FORMS, ids=[f"{f.action}-{f.kind}-{i}" for i, f in enumerate(FORMS)])
def test_form(form):
    assert outcome(form, find_all), [(k, form.sentence[s:e]) for k, s, e in find_all(form.sentence)]
    if form.action == REMOVE:
        text, redactions = redact(form.sentence, KINDS)
        assert PLACEHOLDERS[form.kind] in text
        # Nothing of the value is left beside its placeholder (not its tail
        # after a line or page break either).
        for piece in form.value.split():
            if len(piece) >= 4 and piece not in form.sentence.replace(form.value, ""):
                assert piece not in text, piece


def test_recall_and_false_positives():
    result = measure(find_all)
    assert result["failed"] == []
    assert result["recall"] == 1.0
    assert result["false_positive_rate"] == 0.0


def test_measure_counts_misses_and_false_positives():
    """The measure can fail: finding nothing misses every row to remove,
    redacting everything is a false positive on every row to keep."""
    nothing = measure(lambda text: [])
    assert nothing["recall"] == 0.0 and nothing["false_positive_rate"] == 0.0
    everything = measure(lambda text: [("email", 0, len(text))])
    assert everything["false_positive_rate"] == 1.0
    assert 0 < everything["recall"] < 1  # only the e-mail rows count as removed


@pytest.mark.parametrize("form", [f for f in FORMS if f.action == REMOVE], ids=lambda f: f.kind)
def test_offsets_hold_in_a_document(form):
    """Redacting a document moves every offset after a placeholder with it."""
    text = f"Beschluss: zugestimmt.\n{form.sentence}\nBeschluss: abgelehnt."
    quote = "Beschluss: abgelehnt."
    start = text.index(quote)
    doc = Document(id="d", source_file="d.json", sha256="0", format="oparl", text=text,
                   page_starts=[0, start],
                   records={"resolutions": [{"quote": quote, "char_start": start, "char_end": start + len(quote)}]})
    red = redact_document(doc, KINDS)
    row = red.records["resolutions"][0]
    assert red.text[row["char_start"]:row["char_end"]] == quote
    assert red.text[red.page_starts[1]:].startswith(quote)
    for r in red.redactions:
        assert red.text[r.start:r.end] == r.replacement


def test_redact_text_counts_kinds():
    assert redact_text("Tel. 0171 2345678, max@web.de, IBAN DE89 3704 0044 0532 0130 00") == (
        f"Tel. {PLACEHOLDERS['phone']}, {PLACEHOLDERS['email']}, IBAN {PLACEHOLDERS['iban']}",
        {"phone": 1, "email": 1, "iban": 1},
    )
    assert redact_text("Sitzung des Rates am 12.03.2024") == ("Sitzung des Rates am 12.03.2024", {})
    assert redact_text("max@web.de", ["phone"]) == ("max@web.de", {})


@pytest.mark.parametrize(("path", "expected", "counts"), [
    ("eingaben/max.mustermann@web.de.txt", "eingaben/[E-Mail entfernt].txt", {"email": 1}),
    ("Eingabe_Musterstraße_12.pdf", "Eingabe_[Anschrift entfernt].pdf", {"address": 1}),
    ("2024/Rückruf 0171-2345678/antrag.html", "2024/Rückruf [Telefonnummer entfernt]/antrag.html", {"phone": 1}),
    ("anfragen/Eingabe_0171_2345678.txt", "anfragen/Eingabe_[Telefonnummer entfernt].txt", {"phone": 1}),
    ("sitzungen/2023-0344_Niederschrift.pdf", "sitzungen/2023-0344_Niederschrift.pdf", {}),
    # A mobile number after a paper word, as one block, joined by - or _.
    ("Antrag_0171_2345678.txt", "Antrag_[Telefonnummer entfernt].txt", {"phone": 1}),
    ("antrag-01712345678.txt", "antrag-[Telefonnummer entfernt].txt", {"phone": 1}),
    ("Antrag 01712345678.pdf", "Antrag [Telefonnummer entfernt].pdf", {"phone": 1}),
    ("Antrag_2023-0344_Fraktion.pdf", "Antrag_2023-0344_Fraktion.pdf", {}),
    ("Vorlage-0815-2023.pdf", "Vorlage-0815-2023.pdf", {}),
    ("Rathaus_Marktplatz_1_Einladung.pdf", "Rathaus_Marktplatz_1_Einladung.pdf", {}),
    ("oparl/liste.json", "oparl/liste.json", {}),
])
def test_redact_path(path, expected, counts):
    assert redact_path(path) == (expected, counts)


def test_a_page_break_inside_a_redacted_value():
    """A phone number wrapped across a page break: the whole number goes, and
    the next page starts at its placeholder, pages staying in order."""
    text = "Seite eins.\nBitte rufen Sie 0171\n\n2345678 an.\nBeschluss: zugestimmt."
    tail = text.index("2345678")
    doc = Document(id="d", source_file="d.pdf", sha256="0", format="pdf", text=text, page_starts=[0, tail])
    red = redact_document(doc, KINDS)
    assert red.text == f"Seite eins.\nBitte rufen Sie {PLACEHOLDERS['phone']} an.\nBeschluss: zugestimmt."
    assert red.page_starts == [0, red.text.index(PLACEHOLDERS["phone"])]
    assert red.page_starts == sorted(red.page_starts)
