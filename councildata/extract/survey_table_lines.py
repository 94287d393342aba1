"""Figures on the short lines of a table or slide: one value with the words that label it ("Zufrieden
63 %", "63 % zufrieden", "Rücklauf: 75 %", "Büro 2.062 qm (71 %)"), label lines each followed by their value,
values of earlier waves ("2019: 81 %").
"""

from __future__ import annotations

import re

from .survey_figures import _NUM, _YEAR, Figure, parse_number, prose_line
from .text import one_line

# A value with its unit on a line of a table or slide: a share, an area, an amount of money.
_LINE_UNIT = r"(?:%|Prozent\b|qm\b|m²|€|Euro\b)"
_LINE_VALUE = re.compile(rf"(?<![\d.,])(?P<num>{_NUM})\s?(?P<unit>{_LINE_UNIT})")
# "2.062 qm (71 %)": a second reading of the same value, in parentheses right after it
_SECOND_READING = re.compile(rf"\s*\({_NUM}\s?(?:%|Prozent)\)")
# "Rücklauf: 75 % (144 angeschrieben)", "Rücklaufquote: 31 %": a label and its share after a colon, even
# on a line long enough to be prose
_LABEL_COLON = re.compile(
    rf"(?P<label>[A-ZÄÖÜ][\wäöüß*/ -]{{2,40}}?):\s*(?P<num>{_NUM})\s?(?P<unit>%|Prozent\b)"
)
# A line that is only a value: "42 %", "mind. 1.800", "748"
_VALUE_ONLY = re.compile(rf"(?:(?:mind\.|mindestens|ca\.|etwa|rund|über)\s*)?(?P<num>{_NUM})\s?(?P<unit>{_LINE_UNIT})?$")
# "2019: 81 % (149 angeschrieben), 2017: 71 % (126)": values of earlier waves.
_YEAR_VALUE = re.compile(rf"(?P<year>{_YEAR}):\s*(?P<num>{_NUM})\s?%")
# A tally of answers, each with its count and share: "JA: 88 = 57,1 % NEIN: 66 = 42,9 %", "Ja 88 (57,1 %)",
# "beibehalten: 41 = 24,0 % ausweiten: 70 = 40,9 %", the question on the line above or before the colon.
_TALLY = re.compile(
    rf"(?P<label>[A-Za-zÄÖÜäöüß][\wäöüß/-]{{1,30}})[ \t]*:?[ \t]*(?P<count>\d{{1,6}})[ \t]*(?:=|\(|–)[ \t]*"
    rf"(?P<num>{_NUM})[ \t]?(?:%|Prozent\b)\)?"
)
# A table row flattened to text, answer, count and share in columns, the whole line: "im eigenen Haus 512 61,2 %"
_COLUMN_ROW = re.compile(
    rf"(?P<label>[A-Za-zÄÖÜäöüß][^\n\d:%]{{1,50}}?)[ \t]+(?P<count>\d{{1,3}}(?:\.\d{{3}})*)[ \t]+"
    rf"(?P<num>{_NUM})[ \t]?(?:%|Prozent\b)[ \t]*$",
    re.MULTILINE,
)
# How long the line above a tally may be to be its question.
_QUESTION_CHARS = 120
# Lines that are not a label: chart titles, questions, legends, sources.
_NOT_LABEL = re.compile(r"^(?:Abb\.|Abbildung|Tab\.|Tabelle|Grafik|Quelle|Basis|Stand)\b|\?\s*$|\bn\s?=|^\W*$")
_LABEL_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{3,}")
_PREPOSITIONS = frozenset(["bis", "über", "unter", "von", "ab", "mind", "ca", "rund", "und", "oder"])


def _has_label(label: str) -> bool:
    return any(w.lower() not in _PREPOSITIONS for w in _LABEL_WORD.findall(label))


def _one_value(text: str, lead: int, line: str) -> re.Match | None:
    """The one value of a short table or slide line whose other words label it ("Zufrieden 63 %",
    "63 % zufrieden", "Büro 2.062 qm (71 %)", "mehr benötigt 2.907 qm mehr"), or None: a line of two
    values is a table row whose columns cannot be told apart."""
    values = list(_LINE_VALUE.finditer(text, lead, lead + len(line)))
    if not values:
        return None
    first = values[0]
    second = _SECOND_READING.match(text, first.end())
    rest = [m for m in values[1:] if not (second and m.start() < second.end())]
    if rest:
        return None
    before = text[lead:first.start()]
    after = _SECOND_READING.sub(" ", text[first.end():lead + len(line)], count=1)
    label = f"{before} {after}".strip()
    # a label before the value is a word of three letters or more ("Zufrieden 63 %"); after it, an answer
    # may be short or abbreviated ("2 % ja", "49 % in 1-2 J.")
    named = _has_label(before) or re.search(r"[A-Za-zÄÖÜäöüß]{2,}", after) and not re.search(r"\d", before)
    if not named or _NOT_LABEL.search(label) or re.search(r"\d", before):
        return None
    return first


def line_figures(text: str, start: int, end: int) -> list[Figure]:
    """Figures stated on the short lines of a slide or table: a label with its value on one line,
    or label lines each followed by their value on the next line."""
    lines: list[tuple[int, str]] = []  # (view offset of first char, stripped line)
    pos = start
    for raw in text[start:end].split("\n"):
        lead = pos + len(raw) - len(raw.lstrip())
        lines.append((lead, raw.strip()))
        pos += len(raw) + 1
    out: list[Figure] = []

    def add(a: int, e: int, m: re.Match, unit: str | None, year: int | None = None, label: str | None = None):
        num = m.group("num")
        finding = label if label is not None else one_line(text[a:e]).strip(" ,;")
        out.append(Figure(a, e, m.start("num"), m.end("num"), parse_number(num), unit, finding, None, year))

    for i, (lead, line) in enumerate(lines):
        if not line:
            continue
        if re.match(rf"{_YEAR}:", line):
            for ym in _YEAR_VALUE.finditer(text, lead, lead + len(line)):
                e = lead + _seg_end(line, ym.end() - lead)
                add(ym.start(), e, ym, "%", int(ym.group("year")))
            continue
        tallies = list(_TALLY.finditer(text, lead, lead + len(line))) or [
            m for m in _COLUMN_ROW.finditer(text, lead, lead + len(line))
            # (an answer ends in a word: "Abb. 2 34 %" is a caption)
            if _has_label(m.group("label")) and m.group("label").strip()[-1].isalpha()
            and not _NOT_LABEL.search(m.group("label").strip())]
        if tallies and not prose_line(text, lead):
            # the question the answers belong to: the words before the first answer on its line, else the
            # line above ("- Mehr Radwege / JA: 88 = 57,1 % NEIN: 66 = 42,9 %")
            before = text[lead:tallies[0].start()].strip(" :-–•")
            above = next((ln for _, ln in reversed(lines[:i]) if ln), "")
            question = before if _has_label(before) else (
                above if len(above) <= _QUESTION_CHARS and "%" not in above and _has_label(above) else "")
            question = question.strip(" :-–•")
            for tm in tallies:
                label = f"{question}: {tm.group('label')}" if question else tm.group("label")
                add(tm.start(), tm.end(), tm, "%", None, label)
            continue
        m = _LABEL_COLON.match(text, lead, lead + len(line))
        if m:
            add(lead, lead + len(line.rstrip(" ,")), m, "%")
            continue
        if prose_line(text, lead):
            continue
        m = _one_value(text, lead, line)
        if m:
            unit = "%" if m.group("unit") in ("%", "Prozent") else m.group("unit")
            add(lead, lead + len(line.rstrip(" ,.")), m, unit)
            continue
        m = _VALUE_ONLY.match(text, lead, lead + len(line))
        if m:
            label = _label_above(lines, i)
            nxt = next((ln for _, ln in lines[i + 1:] if ln), "")
            if label is None or _VALUE_ONLY.match(nxt):
                continue  # a run of bare values: a chart whose labels cannot be paired
            unit = m.group("unit")
            if not unit:
                continue  # a bare number: a table cell or a page number, not known to be a finding
            unit = "%" if unit == "Prozent" else unit
            a = label[0]
            add(a, lead + len(line), m, unit, None, f"{label[1]}: {line}")
    return out


def _label_above(lines: list[tuple[int, str]], i: int) -> tuple[int, str] | None:
    """The label lines right above a value line, back to the previous value."""
    parts: list[str] = []
    first = None
    for j in range(i - 1, max(-1, i - 5), -1):
        lead, ln = lines[j]
        if not ln or _VALUE_ONLY.match(ln) or re.search(rf"{_NUM}\s?{_LINE_UNIT}|\d$", ln):
            break
        if _NOT_LABEL.search(ln):
            break
        parts.insert(0, ln)
        first = lead
    if not parts or not _has_label(" ".join(parts)):
        return None
    return first, one_line(" ".join(parts))


def _seg_end(line: str, pos: int, whole: bool = False) -> int:
    """End of one value's words on a line: through "(…)" after it."""
    m = re.match(r"\s*\([^()]*\)", line[pos:])
    end = pos + m.end() if m else pos
    if whole:
        return len(line.rstrip(" ,;"))
    return end
