"""Redact personal data from a document's text before it is published.

Council texts name private people: in an Einwohnerfragestunde, a petition
(Eingabe), an attendance list, the signature block of a letter. Before the
text goes into ``documents.text`` and the quotes of extracted rows, three
kinds of contact data are replaced by readable German placeholders:

``email``   -> ``[E-Mail entfernt]``
    addresses such as ``name@example.de``, also written ``name(at)example.de``
    or ``name [at] example [dot] de``.
``phone``   -> ``[Telefonnummer entfernt]``
    German telephone and fax numbers: ``0721 133-1234``, ``+49 (0)721
    1331234``, ``(0 40) 4 28 04-12 34``, ``Tel.: 040/42804-1234``, ``Telefon
    0171 1234567``, ``Fax …``. A number after a label (Tel., Telefon, Fax,
    Mobil, Handy, Rufnummer, Durchwahl …) is taken as it is written; without
    a label only a number that starts with ``+49``/``0049`` or with an area
    code (``0`` and another digit) and is split into groups, with 7 to 15
    digits, counts. Dates (dots), amounts (commas), postcodes, vote counts
    and paper numbers (``2022/2486``, ``22-2362``; also ``0815/2023`` and any
    number right after ``Drucksache``, ``Vorlage``, ``Nr.``, ``Az.``) are not
    telephone numbers.
``address`` -> ``[Anschrift entfernt]``
    a street with a house number (``Musterstraße 12``, ``Hauptstr. 5``,
    ``Rüppurrer Str. 1``, ``Karl-Weysser-Straße 9 und 11``, ``Am Markt 3a``),
    with a postcode and town after it when there is one (``, 76133
    Karlsruhe``). A postcode alone, or a street without a number, is not an
    address.

Which addresses stay. Council papers also name places on purpose: where
the council meets, a building the city rents, a listed monument a
Beschluss is about. Redacting every street and number would damage the
record: on the real corpus it would cut the subject out of Karlsruhe's
Beschlussvorlagen ("zum Erhalt der Baudenkmäler Karl-Weysser-Straße 9 und
11 sowie Badener Straße 4 und 6 wird verzichtet"; "die Anmietung der
Büroflächen … des Gebäudes „Rüppurrer Str. 1“") and out of OParl agenda
items ("Verkauf des … Grundstücks Nr. 45245/1 … Pfinztalstraße 90"). So a
fixed list of cases keeps an address; it is not a guess about who lives
where. A street address is redacted unless

1. a public place from ``public_places`` stands on the same line (default:
   Rathaus, Bürgersaal, Sitzungssaal, Ratssaal, Verwaltungsgebäude,
   Sitzungsort), or the line is a location field (``Ort:``, ``Raum:``,
   ``Raum, Ort:``, ``Sitzungsort:``) that says where a meeting is held or
   what place a paper is about;
2. the document's subject names it: the same street *and number* occurs in
   the document's title (``subjects``), e.g. "Anmietung von Räumen im
   Gebäude „Rüppurrer Str. 1“" (Karlsruhe Vorlage 2022/2486, whose
   Beschluss is to rent that building). A title that names only a street
   ("Tempo 30 im Musterweg") keeps no house on it: a petitioner's own
   address in that street is still redacted;
3. the text names it as a building or property: the word right before it
   is a building noun (Gebäude, Bürogebäude, Liegenschaft, Grundstück,
   Flurstück, Baudenkmal, Kulturdenkmal, Areal, Anwesen, Objekt, Immobilie,
   Standort, Gelände), perhaps with an article, a quote mark or a parcel
   number and its area between ("im Gebäude „Kriegsstraße 100“",
   "Liegenschaft Ottostraße 21");
4. it is an organisation's: a legal form or seat (GmbH, mbH, AG, e.V.,
   Stiftung, Zweckverband, "mit Sitz") stands in the 80 characters before
   it ("Schulgesellschaft mbH Düren mit Sitz in Düren, Bismarckstraße 24");
5. it continues a list whose previous address stays ("Baudenkmäler
   Karl-Weysser-Straße 9 und 11 sowie Badener Straße 4 und 6"), or the
   same street and number stays elsewhere in the document.

But an address is always redacted when its line marks it as somebody's
(a personal marker: wohnhaft, wohnt, Wohnort, Anschrift, Adresse,
Absender, Petent/in, Einwender/in, or "Herr"/"Frau" and a name), whatever
else is on the line. Redacting too much costs a word; publishing a private
address cannot be undone.

Telephone numbers and e-mail addresses are redacted wherever they stand,
the administration's own contact data included: a predictable rule, and the
tables never need them.

Everything here is a pure function of its arguments. :func:`redact` gives
the redacted text and one :class:`Redaction` per placeholder, with offsets
in the redacted text and never the removed value. :func:`redact_document`
applies it to a :class:`~councildata.model.Document`, shifting its page
starts and the offsets of rows a structured source gave (OParl) so that
``text[char_start:char_end] == quote`` keeps holding.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from .model import Document

KINDS = ("email", "phone", "address")
DEFAULT_KINDS = KINDS
PLACEHOLDERS = {
    "email": "[E-Mail entfernt]",
    "phone": "[Telefonnummer entfernt]",
    "address": "[Anschrift entfernt]",
}
# Words for the summary line: (singular, plural).
KIND_WORDS = {
    "email": ("e-mail address", "e-mail addresses"),
    "phone": ("phone number", "phone numbers"),
    "address": ("address", "addresses"),
}
DEFAULT_PUBLIC_PLACES = ("Rathaus", "Bürgersaal", "Sitzungssaal", "Ratssaal", "Verwaltungsgebäude", "Sitzungsort")


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


# ---------------------------------------------------------------------------
# e-mail addresses

_AT = r"(?:@|[ \t]?[(\[][ \t]?(?:at|ät)[ \t]?[)\]][ \t]?)"
_DOT = r"(?:\.|[ \t]?[(\[][ \t]?(?:dot|punkt)[ \t]?[)\]][ \t]?)"
_LABEL_PART = r"[A-Za-z0-9ÄÖÜäöüß](?:[A-Za-z0-9ÄÖÜäöüß-]*[A-Za-z0-9ÄÖÜäöüß])?"
EMAIL = re.compile(
    rf"(?<![\w.+-])[A-Za-z0-9ÄÖÜäöüß][A-Za-z0-9ÄÖÜäöüß._%+-]*{_AT}"
    rf"{_LABEL_PART}(?:{_DOT}{_LABEL_PART})*{_DOT}[A-Za-z]{{2,24}}(?![\w-])",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------
# telephone numbers

_PHONE_LABEL = re.compile(
    r"(?<![\wäöüß])(?:Tel(?:efon)?(?:nummer|nr)?|Tel\.?[ \t]?-?Nr|Telefax|Fax(?:nummer|nr)?|Fon|"
    r"Mobil(?:telefon|nummer)?|Handy(?:nummer)?|Rufnummer|Durchwahl)(?![\wäöüß])\.?"
    r"(?:[ \t]*[(\[]?(?:privat|dienstl(?:ich|\.)?|mobil|geschäftlich)[)\]]?)?"
    r"(?:[ \t]*(?:Nr\.?))?[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
# A number after a label: an optional country code, an area code in
# brackets, then digits in groups split by single spaces, slashes or dashes.
_LABELLED_NUMBER = re.compile(
    r"(?:(?:\+|00)\d{1,3}[ \t]?)?(?:\(0\)[ \t]?)?(?:\(\d(?:[ \t]?\d){1,5}\)[ \t]?)?"
    r"\d(?:(?:[ \t]?[/\-–][ \t]?|[ \t])?\d){3,16}(?!\d|[.,]\d)"
)
_AREA = (
    r"(?:(?:\+|00)49[ \t]?(?:\(0\)[ \t]?)?[1-9]\d{1,4}"
    r"|\(0[ \t]?[1-9](?:[ \t]?\d){1,4}\)"
    r"|0[1-9]\d{1,4})"
)
# Without a label: +49/0049 or an area code, a separator, the subscriber's
# number in groups. Not inside a word or a longer number, not a decimal.
_UNLABELLED_NUMBER = re.compile(
    rf"(?<![\w/.,+\-–]){_AREA}(?:[ \t]?[/\-–][ \t]?|[ \t])\d{{1,10}}(?:(?:[ \t]|[ \t]?[-–][ \t]?)\d{{1,5}}){{0,4}}"
    r"(?!\d|[.,/]\d|[ \t]?(?:€|%|Euro|EUR|Prozent|m²|qm|km|Uhr|Stimmen))"
)
# Paper numbers that look like an area code and a number: "0815/2023".
_YEAR_REFERENCE = re.compile(r"0\d{1,4}[ \t]?[/-][ \t]?(?:19|20)\d\d")
_REFERENCE_BEFORE = re.compile(
    r"(?:Drucksache|Drs|Vorlage|Nr|Az|Aktenzeichen|Geschäftszeichen|Gz|Antrag|Anfrage|TOP|§)"
    r"[.:\s-]*$",
    re.IGNORECASE,
)


def _digits(s: str) -> int:
    return sum(ch.isdigit() for ch in s)


def _find_phones(text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for label in _PHONE_LABEL.finditer(text):
        m = _LABELLED_NUMBER.match(text, label.end())
        if m and 5 <= _digits(m.group()) <= 18:
            found.append((label.end(), m.end()))
    for m in _UNLABELLED_NUMBER.finditer(text):
        value = m.group()
        if not 7 <= _digits(value) <= 15:
            continue
        if _YEAR_REFERENCE.fullmatch(value):
            continue
        if _REFERENCE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        found.append(m.span())
    return found


# ---------------------------------------------------------------------------
# street addresses

_UC = "A-ZÄÖÜ"
_LC = "a-zäöüßéè"
# Words that end a street name; as a word of their own ("Rüppurrer Straße")
# or at the end of one ("Musterstraße", "Lindenweg").
_STREET_WORDS = (
    "straße|strasse|str\\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|promenade|"
    "steig|stieg|pfad|twiete|kamp|wall|graben|deich|markt"
)
# Nouns a street named "Am …"/"An der …" ends with ("Am Markt", "Auf dem Kirchberg").
_PLACE_WORDS = (
    _STREET_WORDS + "|anger|bach|berg|bogen|brink|bruch|eck|feld|garten|hafen|hang|heide|hof|holz|"
    "kanal|kreuz|moor|mühle|park|rain|see|tor|turm|wald|weiher|wiese|winkel"
)
_NOT_NAME = (
    "Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Eines|Einem|Einen|Diese|Dieser|Dieses|Diesen|Jede|Jeder|Jedes|"
    "Unsere|Unserer|Ihre|Ihrer|Seine|Seiner|Keine|Keiner|Welche|Welcher|Andere|Anderer|Mehrere|Weitere|Weiter|"
    "Aber|Oder|Über|Unter|Hinter|Außer|Wieder|Sowie|Eine|Alle|Beide|Nach|Vor|Bei|Beim|Mit|Von|Vom|Zum|Zur|"
    "In|Im|Auf|An|Am|Aus|Für|Und|Als|Wie|Wenn|Sehr|Sehre|Liebe|Lieber|Herr|Herrn|Frau|Dr|Prof"
)
# A hyphen inside a name, perhaps with spaces ("Robert - Koch - Straße") or
# at a line end ("Karl-Weysser-\nStraße").
_HY = r"[ \t]*-[ \t]*(?:\n[ \t]*)?"
# A word split at a line end and going on in lower case ("Pfinz-\ntalstraße").
_WORD = rf"[{_UC}][{_LC}]*(?:-[ \t]*\n[ \t]*[{_LC}]+)?"
_CAP = rf"(?!(?:{_NOT_NAME})\b)[{_UC}][{_LC}]+\.?"
# The words of a name before a street word: "Rüppurrer", "Große", "Alter".
_ADJ = rf"(?!(?:{_NOT_NAME})\b)[{_UC}][{_LC}]*(?:er|e|en|es)(?:{_HY}[{_UC}][{_LC}]+)*"
_GAP = r"(?:[ \t]+(?:\n[ \t]*)?|[ \t]*\n[ \t]*)"


def _caps(words: str) -> str:
    return "|".join(w[0].upper() + w[1:] for w in words.split("|"))


_STREET_NAME = (
    # "Musterstraße", "Pfinz-\ntalstraße", "Karl-Weysser-Straße", "Robert - Koch - Straße"
    rf"(?:(?:{_CAP}{_HY})*{_WORD}(?:{_STREET_WORDS})"
    rf"|(?:{_CAP}{_HY})+(?:{_caps(_STREET_WORDS)})"
    # "Rüppurrer Str.", "Hamburger Allee" (but "Gebäude Musterstraße" is "Musterstraße")
    rf"|(?:{_ADJ}{_GAP}){{1,2}}(?:{_caps(_STREET_WORDS)})"
    # "Große Bergstraße", "Alte Landstraße"
    rf"|(?:Große|Kleine|Alte|Neue|Lange|Kurze|Hohe|Obere|Untere|Mittlere|Hintere|Vordere|Breite|Schmale|Krumme)"
    rf"[rns]?[ \t]+{_WORD}(?:{_STREET_WORDS})"
    # "Am Markt", "Auf dem Kirchberg", "Im Wiesengrund" needs a place word
    rf"|(?:Am|An[ \t]der|An[ \t]den|Auf[ \t]der|Auf[ \t]dem|Im|In[ \t]der|In[ \t]den|Zum|Zur|Beim|"
    rf"Unter[ \t]den|Vor[ \t]dem|Hinter[ \t]dem|Hinter[ \t]der)[ \t]+"
    rf"(?:{_ADJ}[ \t]+)?(?:{_WORD}(?:{_PLACE_WORDS})|{_caps(_PLACE_WORDS)}))"
)
# Any name of up to three words, when a postcode and town follow the number
# (a letterhead or signature block: "Alter Schlachthof 3\nD-76131 Karlsruhe").
_ANY_NAME = rf"(?:(?:Am|An|An[ \t]der|Auf[ \t]der|Auf[ \t]dem|Im|In[ \t]der|In[ \t]den|Zum|Zur|Unter[ \t]den)[ \t]+)?(?:{_CAP}(?:{_HY}[{_UC}][{_LC}]+)*[ \t]+){{0,2}}{_CAP}(?:{_HY}[{_UC}][{_LC}]+)*"
_HOUSE_NUMBER = r"\d{1,3}(?:[ \t]?[a-zA-Z](?![\wäöüß]))?"
_NUMBERS = (
    rf"(?P<numbers>{_HOUSE_NUMBER}(?:[ \t]*[-–/][ \t]*{_HOUSE_NUMBER}"
    rf"|[ \t]*(?:,|und|u\.|&)[ \t]*{_HOUSE_NUMBER}(?=[ \t]*(?:[,;.)“”\"\n]|$|und|sowie|in[ \t])))*)"
    rf"(?![\d]|[.,]\d|[ \t]?(?:%|€|Euro|EUR|Prozent|m²|qm|km|Uhr|Stimmen|Jahre))"
)
_POSTCODE_TOWN = (
    rf"[ \t]*,?[ \t]*(?:\n[ \t]*)?(?:D-[ \t]?)?\d{{5}}[ \t]+[{_UC}][\wäöüß.]*"
    rf"(?:[ \t]*-[ \t]*[{_UC}][\wäöüß.]*)*(?:[ \t]+\([^)\n]{{1,25}}\))?"
)
# The lookahead for a capital letter lets the engine skip most positions
# before trying the many street-name alternatives (a third of the time).
ADDRESS = re.compile(
    rf"(?<![\wäöüß-])(?=[{_UC}])(?P<street>{_STREET_NAME})[ \t]*(?:\n[ \t]*)?{_NUMBERS}(?P<town>{_POSTCODE_TOWN})?"
)
ADDRESS_WITH_TOWN = re.compile(
    rf"(?<![\wäöüß.-])(?=[{_UC}])(?P<street>{_ANY_NAME})[ \t]+{_NUMBERS}(?P<town>{_POSTCODE_TOWN})"
)
# Addresses that continue a list: only these words between two of them.
_LIST_GAP = re.compile(r"[\s„“”\"]*(?:,|;|und|sowie|oder|bzw\.|u\.)[\s„“”\"]*")
# A building or property right before the address, perhaps with an article,
# a parcel number and its area between: "Gebäude „Kriegsstraße 100“",
# "Grundstücks Nr. 45245/1 mit 2.121 m² Pfinztalstraße 90".
_BUILDING_BEFORE = re.compile(
    r"(?<![\wäöüß])(?:\w*gebäude[sn]?|\w*liegenschaft(?:en)?|\w*grundstück(?:e|s|es|en)?|flurstück\w*|"
    r"\w*denkm(?:al|als|äler|älern)|areal[s]?|anwesen[s]?|\w*objekt(?:e|s|es|en)?|immobilie[n]?|"
    r"standort(?:e|s|es)?|gelände[s]?)"
    r"(?:[ \t]+(?:der|des|dem|den|die|das|im|in|am|an|Nr\.|mit|m²|qm|[\d./,]+))*[ \t]*(?:\n[ \t]*)?[„\"“]?[ \t]*$",
    re.IGNORECASE,
)
# An organisation's address: a legal form or its seat shortly before.
_ORGANISATION_BEFORE = re.compile(
    r"(?<![\wäöüß])(?:g?GmbH|mbH|AG|KG|KGaA|OHG|GbR|e\.[ \t]?V\.|eG|AöR|Stiftung|Zweckverband|mit[ \t]+Sitz)(?![\wäöüß])"
)
# A field that says where a meeting is or what place a paper is about
# ("Ort: Luruper Chaussee 125", "Raum, Ort: …", OParl's Paper.location).
_PLACE_FIELD = re.compile(r"^[ \t]*(?:Raum,[ \t]*)?(?:Sitzungs|Tagungs|Veranstaltungs)?(?:Ort|Raum)[ \t]*:", re.IGNORECASE)
_PERSONAL = re.compile(
    r"(?<![\wäöüß])(?:wohnhaft|wohnt|wohne|Wohnort|Wohnsitz|Wohnanschrift|Privatanschrift|Privatadresse|"
    r"Anschrift|Adresse|Absender(?:in)?|Petent(?:in)?|Einwender(?:in)?)(?![\wäöüß])"
    rf"|(?<![\wäöüß])(?:Herr[n]?|Frau)[ \t]+(?:Dr\.[ \t]+)?[{_UC}][{_LC}]+",
)


def _norm_street(street: str) -> str:
    s = re.sub(r"-[ \t]*\n[ \t]*(?=[a-zäöüß])", "", street)  # "Pfinz-\ntalstraße"
    s = re.sub(r"\s*-\s*", "-", s)
    s = re.sub(r"\s+", " ", s).strip().lower()
    s = re.sub(r"str\.$", "straße", s)
    return s.replace("strasse", "straße")


def _address_keys(m: re.Match) -> set[tuple[str, str]]:
    street = _norm_street(m.group("street"))
    return {(street, n.lower().replace(" ", "")) for n in re.findall(r"\d{1,3}(?:[ \t]?[a-zA-Z](?![\wäöüß]))?", m.group("numbers"))}


def _line(text: str, start: int, end: int) -> str:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return text[a: len(text) if b < 0 else b]


@lru_cache(maxsize=4)
def _address_matches(text: str) -> tuple[re.Match, ...]:
    """Every street address in ``text``: those with a street word, then
    those known by their postcode where they overlap none of them. (Several
    checks ask for the same text's addresses: computed once.)"""
    matches = list(ADDRESS.finditer(text))
    spans = [m.span() for m in matches]
    for m in ADDRESS_WITH_TOWN.finditer(text):
        if not any(m.start() < e and s < m.end() for s, e in spans):
            matches.append(m)
    return tuple(sorted(matches, key=lambda m: m.start()))


def _kept_by_place(text: str, m: re.Match, places: re.Pattern | None, subject_keys: set) -> bool:
    line = _line(text, m.start(), m.end())
    before = text[max(0, m.start() - 80): m.start()]
    return bool(
        (places and places.search(line))
        or _PLACE_FIELD.match(line)
        or _address_keys(m) <= subject_keys
        or _BUILDING_BEFORE.search(text, max(0, m.start() - 60), m.start())
        or _ORGANISATION_BEFORE.search(before)
    )


def _find_addresses(text: str, public_places: Sequence[str], subjects: Iterable[str]) -> list[tuple[int, int]]:
    return [m.span() for m, keep in _judge_addresses(text, public_places, subjects) if not keep]


def _judge_addresses(text: str, public_places: Sequence[str], subjects: Iterable[str]) -> list[tuple[re.Match, bool]]:
    """Every address in ``text`` and whether it stays."""
    matches = _address_matches(text)
    if not matches:
        return []
    places = re.compile(
        r"(?<![\wäöüß])(?:" + "|".join(re.escape(p) for p in public_places) + r")", re.IGNORECASE
    ) if public_places else None
    subject_keys: set[tuple[str, str]] = set()
    for s in subjects:
        for sm in _address_matches(s or ""):
            subject_keys |= _address_keys(sm)
    personal = [bool(_PERSONAL.search(_line(text, m.start(), m.end()))) for m in matches]
    keep = [not personal[i] and _kept_by_place(text, m, places, subject_keys) for i, m in enumerate(matches)]
    # Lists and repeated mentions of an address that stays, until nothing changes.
    changed = True
    while changed:
        changed = False
        kept_keys = set().union(*(_address_keys(m) for m, k in zip(matches, keep, strict=True) if k))
        for i, m in enumerate(matches):
            if keep[i] or personal[i]:
                continue
            follows = i > 0 and keep[i - 1] and _LIST_GAP.fullmatch(text, matches[i - 1].end(), m.start())
            if follows or _address_keys(m) <= kept_keys:
                keep[i] = changed = True
    return list(zip(matches, keep, strict=True))


# ---------------------------------------------------------------------------
# putting it together


def find(text: str, kinds: Iterable[str], *, public_places: Sequence[str] = DEFAULT_PUBLIC_PLACES,
         subjects: Iterable[str] = ()) -> list[tuple[str, int, int]]:
    """What :func:`redact` would replace: ``(kind, start, end)`` in ``text``,
    sorted and without overlaps (an earlier kind in ``KINDS`` wins)."""
    kinds = parse_kinds(kinds)
    spans: list[tuple[str, int, int]] = []
    if "email" in kinds:
        spans += [("email", *m.span()) for m in EMAIL.finditer(text)]
    if "phone" in kinds:
        spans += [("phone", s, e) for s, e in _find_phones(text)]
    if "address" in kinds:
        spans += [("address", s, e) for s, e in _find_addresses(text, public_places, subjects)]
    chosen: list[tuple[str, int, int]] = []
    for kind, s, e in sorted(spans, key=lambda t: (KINDS.index(t[0]), t[1])):
        if not any(s < ce and cs < e for _, cs, ce in chosen):
            chosen.append((kind, s, e))
    return sorted(chosen, key=lambda t: t[1])


def redact(text: str, kinds: Iterable[str], *, public_places: Sequence[str] = DEFAULT_PUBLIC_PLACES,
           subjects: Iterable[str] = ()) -> tuple[str, list[Redaction]]:
    """``text`` with personal data of ``kinds`` replaced by placeholders, and
    the placeholders' places in the returned text.

    ``subjects`` are texts (a document's title) whose street addresses stay
    in ``text``; ``public_places`` are the words that keep an address on
    their line (see the module docstring).
    """
    text, redactions, _ = _apply(text, find(text, kinds, public_places=public_places, subjects=subjects))
    return text, redactions


@dataclass
class OffsetMap:
    """Maps offsets of a text to offsets of its redacted version.

    An offset inside a redacted passage maps to the start of its placeholder
    (``side="start"``) or to its end (``side="end"``), so that a span that
    overlaps a placeholder keeps the whole placeholder.
    """

    # (original start, original end, new start, new end) per redaction, sorted.
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)

    def __call__(self, offset: int, side: str = "start") -> int:
        i = bisect.bisect_right(self.spans, (offset, float("inf"))) - 1
        if i < 0:
            return offset
        os_, oe, ns, ne = self.spans[i]
        if offset < oe and offset > os_:
            return ns if side == "start" else ne
        if offset == os_:
            return ns
        return offset + (ne - oe)


def _apply(text: str, spans: list[tuple[str, int, int]]) -> tuple[str, list[Redaction], OffsetMap]:
    out: list[str] = []
    redactions: list[Redaction] = []
    offsets = OffsetMap()
    pos = 0
    length = 0
    for kind, s, e in spans:
        out.append(text[pos:s])
        length += s - pos
        placeholder = PLACEHOLDERS[kind]
        redactions.append(Redaction(kind, length, length + len(placeholder), placeholder))
        offsets.spans.append((s, e, length, length + len(placeholder)))
        out.append(placeholder)
        length += len(placeholder)
        pos = e
    out.append(text[pos:])
    return "".join(out), redactions, offsets


@dataclass
class RedactedDocument(Document):
    """A :class:`~councildata.model.Document` after :func:`redact_document`,
    with the placeholders it got (offsets in its ``text``)."""

    redactions: list[Redaction] = field(default_factory=list)

    def redaction_counts(self) -> dict[str, int]:
        return dict(Counter(r.kind for r in self.redactions))


def document_subjects(doc: Document) -> list[str]:
    """The texts that state a document's subject: its title as the extractor
    reads it from the (unredacted) text, and a title a source gave."""
    subjects = [doc.hints.get("title") or ""]
    try:
        from .extract import Context
        from .extract import document as doc_rules
        from .extract.text import TextView

        ctx = Context(doc, TextView(doc.text))
        subjects.append(doc_rules.extract_metadata(ctx).get("title") or "")
    except Exception:  # no title is no reason to stop; then no address is a subject
        pass
    return [s for s in subjects if isinstance(s, str) and s]


def redact_document(doc: Document, kinds: Iterable[str] = DEFAULT_KINDS, *,
                    public_places: Sequence[str] = DEFAULT_PUBLIC_PLACES) -> RedactedDocument:
    """A copy of ``doc`` with ``kinds`` of personal data redacted.

    Its text, page starts, string hints and the rows a structured source
    gave (their quotes and offsets, their text fields) are all consistent
    with the redacted text. Addresses in the document's title stay (see the
    module docstring).
    """
    kinds = parse_kinds(kinds)
    if not kinds:
        return RedactedDocument(**_fields(doc))
    # Reading the title costs a little; only documents with an address need it.
    subjects = document_subjects(doc) if "address" in kinds and _address_matches(doc.text) else []
    spans = find(doc.text, kinds, public_places=public_places, subjects=subjects)
    text, redactions, offsets = _apply(doc.text, spans)
    # An address that stays in the text stays in the strings beside it too.
    kept = [m.group() for m, keep in _judge_addresses(doc.text, public_places, subjects) if keep] if "address" in kinds else []

    def clean(value: Any) -> Any:
        # Strings a source gave beside the text (a title, a resolution's wording).
        if isinstance(value, str):
            return redact(value, kinds, public_places=public_places, subjects=[*subjects, *kept])[0]
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        if isinstance(value, list):
            return [clean(v) for v in value]
        return value

    hints = {k: (v if k in _KEEP_HINTS else clean(v)) for k, v in doc.hints.items()}
    records: dict[str, list[dict[str, Any]]] = {}
    for table, rows in doc.records.items():
        records[table] = []
        for row in rows:
            new = {k: (v if k in _KEEP_FIELDS or k.startswith("_") else clean(v)) for k, v in row.items()}
            if isinstance(row.get("char_start"), int) and isinstance(row.get("char_end"), int):
                start, end = offsets(row["char_start"], "start"), offsets(row["char_end"], "end")
                new.update(char_start=start, char_end=end, quote=text[start:end])
            records[table].append(new)
    return RedactedDocument(**{
        **_fields(doc),
        "text": text,
        "page_starts": [offsets(p, "start") for p in doc.page_starts],
        "hints": hints,
        "records": records,
        "redactions": redactions,
    })


# Values that are identifiers or codes, never free text.
_KEEP_HINTS = frozenset({"oparl_id", "reference", "paper_reference", "date", "type", "type_label", "ocr"})
_KEEP_FIELDS = frozenset({
    "id", "document_id", "oparl_id", "reference", "paper_reference", "date", "date_start", "date_end",
    "outcome", "unanimous", "votes_yes", "votes_no", "votes_abstain", "value", "unit", "rule", "confidence",
    "page", "char_start", "char_end", "organization_id", "submitted_by_id", "decided_by_id",
    "motion_id", "survey_id", "kind",
})


def _fields(doc: Document) -> dict[str, Any]:
    return {f.name: getattr(doc, f.name) for f in fields(Document)}


def summary(counts: dict[str, dict[str, int]], documents: int | None = None) -> str:
    """One line for the build output: "Redacted: 3 e-mail addresses, 2 phone
    numbers, 1 address in 2 documents" (``counts`` per document or file)."""
    total: Counter = Counter()
    for per_doc in counts.values():
        total.update(per_doc)
    n_docs = documents if documents is not None else sum(1 for c in counts.values() if any(c.values()))
    if not sum(total.values()):
        return "Redacted: nothing"
    parts = [f"{total[k]} {KIND_WORDS[k][0] if total[k] == 1 else KIND_WORDS[k][1]}" for k in KINDS if total[k]]
    return f"Redacted: {', '.join(parts)} in {n_docs} document{'' if n_docs == 1 else 's'}"


__all__ = [
    "DEFAULT_KINDS", "DEFAULT_PUBLIC_PLACES", "KINDS", "PLACEHOLDERS", "OffsetMap", "Redaction",
    "RedactedDocument", "document_subjects", "find", "parse_kinds", "redact", "redact_document", "summary",
]
