"""IBANs and the BIC beside them.

An IBAN is replaced whole by ``[IBAN entfernt]``, written in groups of four
or as one block (``DE89 3704 0044 0532 0130 00``, ``DE89370400440532013000``),
never in part by a phone placeholder. After the word ``IBAN`` any value of
the right shape counts (a mistyped one is still somebody's account);
without it, only one whose check digits are right (ISO 13616, mod 97) and
whose length is its country's, so that nothing else with two capitals and
digits is taken. A BIC counts after ``BIC``/``SWIFT``.
"""

from __future__ import annotations

import re

from .common import BREAK, windows

# Length of the IBAN per country, for the ones councils' papers meet.
_LENGTHS = {
    "DE": 22, "AT": 20, "CH": 21, "LI": 21, "LU": 20, "NL": 18, "BE": 16, "FR": 27, "IT": 27, "ES": 24,
    "PL": 28, "CZ": 24, "DK": 18, "GB": 22, "IE": 22, "PT": 25, "SE": 24, "NO": 15, "FI": 18, "HU": 28,
}
_IBAN = re.compile(
    rf"(?<![A-Za-z0-9])(?P<label>IBAN[ \t]*(?:Nr\.?)?[ \t]*:?[ \t]*(?:\n[ \t]*)?)?"
    rf"(?P<value>[A-Z]{{2}}[ \t\-]?\d\d(?:(?:[ \t\-]|{BREAK})?[A-Z0-9]{{1,4}}){{3,8}})(?![A-Za-z0-9])"
)
_BIC = re.compile(
    r"(?<![\w])(?:BIC|SWIFT(?:-Code)?)[ \t]*:?[ \t]*(?P<value>[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)(?![\w])"
)


def valid(iban: str) -> bool:
    """Whether ``iban`` (spaces and hyphens allowed) has its country's length and right check digits."""
    s = re.sub(r"[\s-]", "", iban).upper()
    if _LENGTHS.get(s[:2]) != len(s) or not s.isalnum():
        return False
    rearranged = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


# Where an IBAN may start: a country code and check digits.
_HINT = re.compile(r"[A-Z][A-Z][ \t\-]?\d\d")


def find_ibans(text: str) -> list[tuple[int, int]]:
    """Spans of IBANs and labelled BICs in ``text``."""
    found: list[tuple[int, int]] = []
    for a, b in windows(text, (m.span() for m in _HINT.finditer(text)), 20, 60):
        found += _find_in(text, a, b)
    if "BIC" in text or "SWIFT" in text:
        found += [m.span("value") for m in _BIC.finditer(text)]
    return sorted(found)


def _find_in(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """IBANs in ``text[a:b]`` (``find_ibans`` looks only where a hint is)."""
    found: list[tuple[int, int]] = []
    for m in _IBAN.finditer(text, a, b):
        start, end = m.span("value")
        # The greedy groups may run into the next word ("… 0130 00 BIC"):
        # an IBAN of a known country ends after its length in characters.
        length = _LENGTHS.get(text[start:start + 2])
        if length:
            seen = 0
            for i in range(start, end):
                seen += text[i].isalnum()
                if seen == length:
                    end = i + 1
                    break
            else:
                if not m.group("label"):
                    continue
        else:
            while re.search(r"\s[A-Z]+$", text[start:end]):
                end = start + re.search(r"\s[A-Z]+$", text[start:end]).start()
        value = text[start:end]
        if m.group("label") and 15 <= len(re.sub(r"[\s-]", "", value)) <= 34 or valid(value):
            found.append((start, end))
    return found
