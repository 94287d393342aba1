"""What every kind of redaction shares: the kinds, their placeholders, and
the gaps a value may be wrapped across."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

# The order is the canonical one of --redact and report.json.
KINDS = ("email", "phone", "address", "iban")
DEFAULT_KINDS = KINDS
PLACEHOLDERS = {
    "email": "[E-Mail entfernt]",
    "phone": "[Telefonnummer entfernt]",
    "address": "[Anschrift entfernt]",
    "iban": "[IBAN entfernt]",
}
# Where two kinds claim the same characters, the earlier here wins: an IBAN
# is never cut into a phone number, an e-mail address never into anything.
PRIORITY = ("email", "iban", "phone", "address")
# Words for the summary line: (singular, plural).
KIND_WORDS = {
    "email": ("e-mail address", "e-mail addresses"),
    "phone": ("phone number", "phone numbers"),
    "address": ("address", "addresses"),
    "iban": ("IBAN", "IBANs"),
}
# Words that keep an address on their line: where the council meets, and
# public buildings whose address a paper names on purpose (a school's).
DEFAULT_PUBLIC_PLACES = (
    "Rathaus", "Bürgersaal", "Sitzungssaal", "Ratssaal", "Verwaltungsgebäude", "Sitzungsort",
    "Schule", "Grundschule", "Hauptschule", "Realschule", "Oberschule", "Gesamtschule", "Förderschule",
    "Berufsschule", "Gymnasium", "Kindergarten", "Kita", "Kindertagesstätte", "Bibliothek", "Stadtbibliothek",
    "Bürgerhaus", "Bürgerbüro", "Feuerwehrhaus", "Feuerwache", "Sporthalle", "Turnhalle", "Hallenbad",
    "Freibad", "Friedhof", "Museum", "Landratsamt", "Kreishaus", "Stadtverwaltung", "Gemeindeverwaltung",
)

# A value wrapped to the next line, or to the next page: ingest separates
# pages by a blank line, and a page number it did not recognise as a running
# footer ("- 2 -", "Seite 2 von 5") may stand between.
PAGE_NUMBER = r"(?:-[ \t]*\d{1,3}[ \t]*-|Seite[ \t]+\d{1,3}(?:[ \t]+von[ \t]+\d{1,3})?)"
BREAK = rf"[ \t]*\n(?:[ \t]*\n)?(?:[ \t]*{PAGE_NUMBER}[ \t]*\n(?:[ \t]*\n)?)?[ \t]*"


@dataclass(frozen=True)
class Redaction:
    """One placeholder: ``text[start:end] == replacement`` in the redacted text.

    It never holds the value that was removed.
    """

    kind: str
    start: int
    end: int
    replacement: str


def parse_kinds(kinds: Iterable[str] | str | None) -> tuple[str, ...]:
    """Kinds in canonical order from an iterable or ``"email,phone"``;
    raises ValueError for an unknown kind."""
    if kinds is None:
        return ()
    if isinstance(kinds, str):
        kinds = [k for k in re.split(r"[,\s]+", kinds) if k]
    wanted = {k.strip().lower() for k in kinds}
    unknown = sorted(wanted - set(KINDS))
    if unknown:
        raise ValueError(f"unknown redaction kind(s) {', '.join(unknown)}; choose from {', '.join(KINDS)}")
    return tuple(k for k in KINDS if k in wanted)


def windows(text: str, hits: Iterable[tuple[int, int]], before: int, after: int) -> list[tuple[int, int]]:
    """Merged ``(start, end)`` windows around the ``(start, end)`` of cheap
    hints, ``before`` characters before and ``after`` characters after
    (then on to the end of that line), where the costly patterns are run.

    Running a pattern over windows instead of the whole text is what keeps
    redaction cheap: its many alternatives are tried at a few hundred
    places instead of at every capital letter of a document.
    """
    merged: list[tuple[int, int]] = []
    n = len(text)
    for s, e in hits:
        a = max(0, s - before)
        # On to the line's end (a pattern may look for it), within reason:
        # a text without line breaks must not make one window of everything.
        b = min(n, e + after)
        line_end = text.find("\n", b, b + 200)
        b = line_end if line_end >= 0 else min(n, b + 200)
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


class Spans:
    """Sorted spans, merged where they touch, that answer "does anything
    overlap ``[s, e)``?" in logarithmic time (a document may hold thousands)."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for s, e in sorted(spans):
            if self.ends and s <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], e)
            else:
                self.starts.append(s)
                self.ends.append(e)

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.ends, s + 1)  # the first span ending after s
        return i < len(self.starts) and self.starts[i] < e


def digits(s: str) -> int:
    return sum(ch.isdigit() for ch in s)
