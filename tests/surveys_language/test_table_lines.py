"""Survey rules: figures on the lines of a table or slide, one value with the words that label it;
texts written for these tests."""

from __future__ import annotations

import pytest

from councildata.extract.survey_table_lines import line_figures


def lines(text: str) -> list[tuple[float, str | None, str]]:
    return [(f.value, f.unit, f.finding) for f in line_figures(text, 0, len(text))]


@pytest.mark.parametrize(("line", "value", "unit"), [
    ("Zufrieden 63 %", 63, "%"),
    ("63 % zufrieden", 63, "%"),
    ("sehr zufrieden 12,5 %", 12.5, "%"),
    ("eher unzufrieden 8 Prozent", 8, "%"),
    ("2 % ja", 2, "%"),
    ("41 % in 1-2 J.", 41, "%"),
    ("Rücklaufquote: 31 %", 31, "%"),
    ("Büro 2.062 qm (71 %)", 2062, "qm"),  # the share in parentheses a second reading
    ("Lagerfläche gesamt 1.250 m²", 1250, "m²"),
    ("mehr benötigt 940 qm mehr", 940, "qm"),
    ("Miete je Monat 450 €", 450, "€"),
])
def test_one_value_with_its_label(line, value, unit):
    text = f"Abb. 3: Ergebnisse\n{line}\nQuelle: eigene Erhebung"
    (got,) = lines(text)
    assert got[:2] == (value, unit)
    assert got[2] == line.rstrip(".")


def test_label_lines_over_their_values():
    text = "Wie bewerten Sie das Angebot?\nsehr gut\n34 %\ngut\n41 %\nschlecht\n25 %"
    assert [(v, f) for v, _, f in lines(text)] == [(34, "sehr gut: 34 %"), (41, "gut: 41 %"), (25, "schlecht: 25 %")]


@pytest.mark.parametrize("line", [
    "2019 12 % 2021 15 %",          # two values: columns that cannot be told apart
    "Seite 4 von 12",               # page furniture
    "n = 104",                      # a sample size
    "Abb. 2 34 %",                  # a chart caption
    "42 %",                         # a bare value without a label above it
    "15 %\n17 %\n21 %",             # a run of values whose labels cannot be paired
])
def test_lines_without_a_figure(line):
    assert lines(line) == []


def test_a_prose_line_is_left_to_the_sentence_rules():
    text = ("Mit dem Angebot der Bibliothek sind nach der Befragung insgesamt 63 % der Nutzerinnen und Nutzer "
            "zufrieden, was einen guten Wert darstellt.")
    assert lines(text) == []
