"""German telephone and fax numbers.

A number after a label (Tel., Telefon, Fax, Mobil, Handy, Rufnummer,
Durchwahl, T:/F:/M: …) is taken as it is written. Without a label these
count:

- ``+49``/``0049`` and the rest, with or without spaces
  (``+491712345678``, ``0049 171 2345678``, ``+49 (0) 4471 15123``);
- an area code (``0`` and another digit, perhaps in brackets) and the
  subscriber's number split by a space, slash, dash or dot
  (``0721 133-1234``, ``(04471) 15-123``, ``0171.2345678``);
- an area code written in spaced digits before a slash (``0 44 71 / 1 51 23``);
- a mobile number written as one block (``01712345678``).

A number wrapped across a line or a page goes on after the break when the
part before is too short to be a number by itself or ends in a separator:
the whole value is removed, not its head. Dates (dots between short
groups), amounts (commas), postcodes, vote counts (``12:3:1``) and paper
numbers (``2022/2486``, ``0815/2023``, and any number right after
``Drucksache``, ``Vorlage``, ``Nr.``, ``Az.``) are not phone numbers.
"""

from __future__ import annotations

import re

from .common import BREAK, digits, windows

# The lookahead names the letters a label can start with (case-insensitive,
# as the pattern): the engine skips to the next of them instead of trying
# every alternative at every character of the window (40 % of this pass).
LABEL = re.compile(
    r"(?=[tfmhrd☎✆📞])"
    r"(?<![\wäöüß])(?:Tel\.?[ \t]?-?Nr|Tel(?:efon)?(?:nummer|nr)?|Telefax|Fax(?:nummer|nr)?|Fon|Festnetz|"
    r"Mobil(?:telefon|nummer|funk)?|Handy(?:nummer)?|Rufnummer|Durchwahl|Fernsprecher)(?![\wäöüß])\.?"
    r"(?:[ \t]*[(\[]?(?:privat|dienstl(?:ich|\.)?|mobil|geschäftlich)[)\]]?)?"
    r"(?:[ \t]*-?[ \t]*(?:Nr\.?))?[ \t]*:?[ \t]*(?:\n[ \t]*)?"
    # Letterheads: "T +49 721 …", "F: 0721 …", "M. 0171 …", "☎ 0721 …"
    r"|(?<![\wäöüß.])(?-i:[TFM])(?:[ \t]*[.:][ \t]*|[ \t]+)(?=\+|0)|[☎✆📞][ \t]*:?[ \t]*",
    re.IGNORECASE,
)
# (a space never joins a date to the number: "Telefon: 0511 123-45 17.06.2025" is a letterhead's
# number and the paper's date, flattened onto one line)
_SEP = r"(?:[ \t]?[/\-–][ \t]?|\.(?=\d)|[ \t](?!\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?!\d)))"
_COUNTRY = r"(?:(?:\+|00)\d{1,3}[ \t\-]?)?(?:\(0\)[ \t]?)?"
# After a label: a country code, an area code in brackets, then digits in
# groups. It may end in a separator, which a wrapped tail continues.
_LABELLED = re.compile(
    rf"{_COUNTRY}(?:\(\d(?:[ \t]?\d){{1,5}}\)[ \t]?)?\d(?:{_SEP}?\d){{1,16}}"
    # another extension: "0721 133-1234/-1235"
    r"(?:[ \t]*/[ \t]*-[ \t]*\d{1,5}(?!\d))*"
    r"(?P<open>[ \t]*[/\-–])?"
    r"(?!\d|[.,]\d)"
)
_AREA = (
    r"(?:(?:\+|00)49[ \t\-]?(?:\(0\)[ \t]?)?[1-9]\d{1,4}"
    r"|\(0[ \t]?[1-9](?:[ \t]?\d){1,4}\)"
    r"|0[1-9]\d{1,4})"
)
_AFTER = r"(?!\d|[.,/]\d|[ \t]?(?:€|%|Euro|EUR|Prozent|m²|qm|km|Uhr|Stimmen))"
_UNLABELLED = re.compile(
    "|".join((
        # An area code, a separator, the subscriber's number in groups.
        rf"{_AREA}(?:[ \t]?[/\-–][ \t]?|[ \t])\d{{1,10}}(?:(?:[ \t]|[ \t]?[-–][ \t]?)\d{{1,5}}){{0,4}}",
        # A dot between area code and number ("0171.2345678"); a short part
        # after the dot is an account or paper number ("01100.5010").
        r"0[1-9]\d{1,4}\.\d{5,8}(?![.\d])",
        # One block: +49/0049 and the rest, or a mobile number.
        r"(?:\+|00)49[ \t]?(?:\(0\)[ \t]?)?[1-9]\d{6,12}",
        r"01[5-7]\d{8,9}",
        # An area code in spaced digits, a slash, the number in spaced digits.
        r"0(?:[ \t]?\d){2,4}[ \t]*/[ \t]*\d(?:[ \t]?\d){2,9}",
        # An area code alone at a line's end: the number goes on after the break.
        rf"(?:(?:\+|00)49[ \t]?(?:\(0\)[ \t]?)?[1-9]\d{{1,4}}|0[1-9]\d{{2,4}})(?=(?:[ \t]*[/\-–])?{BREAK}\d)",
    ))
)
# Every unlabelled form starts with "0", "+" or "(": the lookahead lets the
# engine skip to those (a third of this pass).
_UNLABELLED_AT = re.compile(rf"(?=[0+(])(?<![\w/.,+\-–])(?:{_UNLABELLED.pattern})(?P<open>[ \t]*[/\-–])?{_AFTER}")
# The tail of a wrapped number: it starts the next line (or page).
_TAIL = re.compile(rf"{BREAK}(?:[/\-–][ \t]*)?(?P<tail>\d(?:{_SEP}?\d){{1,12}}){_AFTER}(?![ \t]?[/\-–.]?[ \t]?\d)")
# Paper numbers that look like an area code and a number: "0815/2023".
_YEAR_REFERENCE = re.compile(r"0\d{1,4}[ \t]?[/-][ \t]?(?:19|20)\d\d")
# A German mobile number, separators removed: 015x/016x/017x and 7-8 digits.
_MOBILE = re.compile(r"(?:\+49|0049|0)1[5-7]\d{8,9}")
_NOT_DIGIT = re.compile(r"[^\d+]")
_REFERENCE_BEFORE = re.compile(
    r"(?:Drucksache|Drs|Vorlage|Nr|Az|Aktenzeichen|Geschäftszeichen|Gz|Antrag|Anfrage|TOP|§|IBAN|BIC|"
    r"\w*konto|Haushaltsstelle|Kostenstelle|Buchungsstelle|Finanzstelle|Produkt|Kapitel|Titel)"
    r"[.:\s-]*$",
    re.IGNORECASE,
)


def _with_tail(text: str, m: re.Match, max_digits: int) -> int:
    """Where a number ends, going on over a line or page break when what
    came before it cannot stand alone (too short, or ending in a separator)."""
    end = m.end()
    head = digits(m.group())
    if m.group("open") or head < 7:
        tail = _TAIL.match(text, end)
        if tail and head + digits(tail.group("tail")) <= max_digits:
            return tail.end()
    if m.group("open"):  # the separator belongs to the number only with a tail
        return m.start("open")
    return end


# Where a phone number may be: five or more digits and separators, starting
# and ending with a digit. Labels and the unlabelled forms are looked for
# only around these (see common.windows).
_HINT = re.compile(r"\d[\d \t/\-–.()\n]{3,}\d")


def find_phones(text: str) -> list[tuple[int, int]]:
    """Spans of phone numbers in ``text``."""
    found: list[tuple[int, int]] = []
    spots = windows(text, (m.span() for m in _HINT.finditer(text)), 60, 40)
    for a, b in spots:
        found += _find_in(text, a, b)
    return found


def _find_in(text: str, a: int, b: int) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for label in LABEL.finditer(text, a, b):
        m = _LABELLED.match(text, label.end())
        if m:
            end = _with_tail(text, m, 18)
            if 5 <= digits(text[m.start():end]) <= 18:
                found.append((m.start(), end))
    for m in _UNLABELLED_AT.finditer(text, a, b):
        end = _with_tail(text, m, 15)
        if not 7 <= digits(text[m.start():end]) <= 15:
            continue
        if _YEAR_REFERENCE.fullmatch(text, m.start(), end):
            continue
        # A paper or account word before the digits makes them a reference,
        # except for a mobile number's shape, which no reference scheme has.
        if (_REFERENCE_BEFORE.search(text, max(0, m.start() - 20), m.start())
                and not _MOBILE.fullmatch(_NOT_DIGIT.sub("", text[m.start():end]))):
            continue
        found.append((m.start(), end))
    return found
