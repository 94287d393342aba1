"""A normalised view of a document's text that maps back to exact offsets.

Council documents copied out of PDFs break sentences with line-break
hyphenation ("Abstim-\\nmung"), stray spaces before line ends and page
furniture ("– 2 –", "Seite: 6/14"). Rules match on the normalised view,
where those are gone, and every match is mapped back to the original text,
so that ``documents.text[char_start:char_end] == quote`` always holds.

The view keeps line breaks (rules about "Beschluss:" blocks and agenda
headings need them) but:
- joins a word hyphenated across a line end when the next line goes on in
  lower case ("Abstim-\\nmung" -> "Abstimmung"), and drops the break after
  a hyphen before an upper-case word ("Weser-\\nEms" -> "Weser-Ems");
- collapses runs of spaces and tabs to one space and strips them at line
  ends;
- drops lines that are only page furniture;
- collapses runs of blank lines into one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

# A line that is nothing but page furniture: "– 2 –", "- 12 -", "Seite 3",
# "Seite: 6/14", "Seite 2 von 9", "2/14".
PAGE_FURNITURE = re.compile(
    r"^[ \t]*(?:[–—-][ \t]*\d{1,4}[ \t]*[–—-]"
    r"|Seite:?[ \t]*\d{1,4}(?:[ \t]*(?:/|von)[ \t]*\d{1,4})?"
    r"|\d{1,3}[ \t]*/[ \t]*\d{1,3})[ \t]*$",
    re.MULTILINE,
)
_LETTER = "A-Za-zÄÖÜäöüß"
_SPACE = "[ \\t\\xa0\\r\\f\\v]"
_FURNITURE_LINE = PAGE_FURNITURE.pattern[1:-1]  # a furniture line without its anchors
# Everything the view changes, in one pass. Each alternative starts with a
# space, a line break or a hyphen, so the regex engine skips ordinary text
# quickly:
# - line breaks, with the spaces around them and any furniture lines
#   between them ("…Abstim-\n– 2 –\nmung" loses the "– 2 –" line);
# - a hyphen at a line end between letters;
# - runs of spaces (single plain spaces are left alone, so most of the text
#   is copied in long runs).
_EDITS = re.compile(
    # The lookahead lets the engine reject ordinary characters in one test
    # instead of trying every alternative (it halves the time of a pass).
    r"(?=[\s\xa0-])(?:"
    rf"(?P<newlines>{_SPACE}*\n(?:(?:{_FURNITURE_LINE})?{_SPACE}*\n)*(?:{_FURNITURE_LINE}\Z)?{_SPACE}*)"
    rf"|(?P<hyphen>-(?<=[{_LETTER}]-)[ \t]*\n[ \t]*(?=[{_LETTER}]))"
    rf"|(?P<spaces>{_SPACE}{{2,}}|[\t\xa0\r\f\v]|{_SPACE}\Z))",
)
# Blank lines, furniture and spaces before the first word.
_LEADING = re.compile(rf"(?:{_SPACE}*\n|{_FURNITURE_LINE}(?:\n|\Z))*{_SPACE}*")
# A furniture line that ends with its line break, to count the breaks it takes.
_FURNITURE_BREAK = re.compile(rf"^{_FURNITURE_LINE}\n", re.MULTILINE)


@dataclass(frozen=True)
class Span:
    """A passage of the original text."""

    start: int
    end: int
    quote: str


class TextView:
    """Normalised text plus a map from each of its characters to the original.

    The map is piecewise: runs of characters copied unchanged map linearly;
    the few characters the view writes itself (a space, a line break) map to
    where the text they replace begins. Built with one regex pass, so it
    costs little more than reading the text.
    """

    __slots__ = ("original", "text", "_v", "_o", "_linear")

    def __init__(self, original: str):
        self.original = original
        out: list[str] = []
        v_starts: list[int] = []
        o_starts: list[int] = []
        linear: list[bool] = []
        vpos = 0
        newlines = 2  # at the start of the text, as after a paragraph break
        size = len(original)
        last = _LEADING.match(original).end()
        for m in _EDITS.finditer(original, last):
            m_start, m_end = m.span()
            if m_start > last:
                out.append(original[last:m_start])
                v_starts.append(vpos)
                o_starts.append(last)
                linear.append(True)
                vpos += m_start - last
                newlines = 0
            last = m_end
            kind = m.lastgroup
            if kind == "newlines":
                seg = m.group()
                breaks = seg.count("\n")
                if not seg.isspace():
                    breaks -= len(_FURNITURE_BREAK.findall(seg))
                want = min(2, newlines + breaks) - newlines
                if want > 0 and m_end < size:
                    out.append("\n" * want)
                    v_starts.append(vpos)
                    o_starts.append(m_start + seg.index("\n"))
                    linear.append(False)
                    vpos += want
                    newlines += want
            elif kind == "hyphen":
                if not original[m_end].islower():
                    out.append("-")
                    v_starts.append(vpos)
                    o_starts.append(m_start)
                    linear.append(True)
                    vpos += 1
                    newlines = 0
            elif newlines == 0 and m_end < size:
                # spaces inside a line become one space
                out.append(" ")
                v_starts.append(vpos)
                o_starts.append(m_start)
                linear.append(False)
                vpos += 1
        if last < size:
            out.append(original[last:])
            v_starts.append(vpos)
            o_starts.append(last)
            linear.append(True)
        self.text = "".join(out)
        self._v, self._o, self._linear = v_starts, o_starts, linear

    def _orig(self, v: int) -> int:
        """Original offset of view offset ``v`` (len(text) maps past the end)."""
        if v >= len(self.text):
            if not self._v:
                return len(self.original)
            # one past the last character of the view
            return self._orig(len(self.text) - 1) + 1 if self.text else 0
        i = bisect_right(self._v, v) - 1
        return self._o[i] + (v - self._v[i] if self._linear[i] else 0)

    def span(self, start: int, end: int) -> Span:
        """Map ``self.text[start:end]`` to the original passage, trimmed of spaces."""
        if end <= start:
            o = self._orig(start)
            return Span(o, o, "")
        o_start = self._orig(start)
        o_end = self._orig(end - 1) + 1
        quote = self.original[o_start:o_end]
        # Trim whitespace at the edges so quotes read cleanly; offsets follow.
        stripped = quote.strip()
        if stripped != quote:
            o_start += len(quote) - len(quote.lstrip())
            o_end = o_start + len(stripped)
            quote = stripped
        return Span(o_start, o_end, quote)

    def to_view(self, original_offset: int) -> int:
        """First view offset whose character comes from at or after an original offset."""
        i = bisect_left(self._o, original_offset)
        if i > 0 and self._linear[i - 1] and self._o[i - 1] + (self._v[i] if i < len(self._v) else len(self.text)) - self._v[i - 1] > original_offset:
            return self._v[i - 1] + original_offset - self._o[i - 1]
        return self._v[i] if i < len(self._v) else len(self.text)


class Taken:
    """Non-overlapping passages already claimed by a rule, with an overlap
    test in logarithmic time (so that checking every match against all
    earlier ones does not grow with the square of a long document).

    Passages are kept sorted by start; since they do not overlap, their ends
    are sorted too, so the one passage that can overlap ``[start, end)`` is
    the last that starts before ``end``.
    """

    __slots__ = ("_starts", "_ends")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self._starts, end)
        return i > 0 and self._ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        """Claim ``[start, end)``; it must not overlap a passage claimed before."""
        i = bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


def one_line(s: str) -> str:
    """Collapse all whitespace (including line breaks) into single spaces."""
    return " ".join(s.split())


# Words after which a period does not end a sentence.
_ABBREV = {
    "u", "a", "z", "b", "d", "h", "o", "ä", "nr", "dr", "bzw", "ggf", "evtl", "ca", "vgl",
    "str", "abs", "art", "bzgl", "inkl", "ff", "s", "stv", "tel", "prof", "hr", "fr", "sog", "lt",
    "gem", "i", "v", "m", "e", "drs", "top", "ziff", "anl", "mio", "mrd", "jan", "feb", "sept",
    "okt", "nov", "dez", "usw", "etc", "ua", "zb", "dipl", "ing", "geb", "min", "std",
    "st",  # Sankt: "Kirchengemeinde St. Cassian"
}
# (a sentence also ends before a line that starts a list item: ".⏎- Dem Antrag …";
# a blank line ends it unless a word or comma stands before it and a word in
# lower case goes on after it: a page break in the middle of a sentence, its
# furniture lines gone from the view)
_BOUNDARY = re.compile(
    r"[.!?][\"“”»«']?(?=\s+[\"„“»«(]?[A-ZÄÖÜ0-9])|[.!?:][\"“”»«']?(?=[ \t]*\n[ \t]*[-•–*][ \t])"
    r"|\n[ \t]*\n(?!(?<=[\w,]\n\n)[a-zäöüß]{2})"
)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a view's text.

    A sentence ends at ., ! or ? before an upper-case word (not after a
    number or a common abbreviation) and at every blank line.
    """
    out: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group().startswith("."):
            word = re.search(r"(\w+)$", text[max(start, m.start() - 12) : m.start()])
            if word and (word.group(1).isdigit() or word.group(1).lower() in _ABBREV):
                continue
        end = m.end() if not m.group().startswith("\n") else m.start()
        if text[start:end].strip():
            out.append(_trim(text, start, end))
        start = m.end()
    if text[start:].strip():
        out.append(_trim(text, start, len(text)))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
