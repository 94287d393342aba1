"""Street addresses, and which of them stay (see the package docstring)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .common import BREAK, PAGE_NUMBER, Spans, windows

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
    "kanal|kreuz|moor|mühle|park|rain|see|tor|turm|wald|weiher|wiese|winkel|"
    # and plurals and field names ("In den Wiesen", "Im Wiesengrund", "Auf den Äckern")
    "wiesen|gärten|höfe|höfen|au|aue|auen|grund|gründen|äcker|äckern|breite|hecken|horst|koppel|born|"
    "brunnen|busch|höhe|höhen|linden|eichen|birken|tannen|weide|weiden|lehen|stücken|hain|blick|siedlung|"
    "kirche|kapelle|brücke|linde|eiche|quelle|schanze|pforte|burg|schloss"
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
# A word split at a line end and going on in lower case ("Pfinz-\ntalstraße", "Kastanien-\nstraße").
_WORD = rf"[{_UC}][{_LC}]*(?:-{BREAK}[{_LC}]*)?"
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
    rf"[ \t]*,?(?:{BREAK}|[ \t]*)(?:D-[ \t]?)?\d{{5}}[ \t]+[{_UC}][\wäöüß.]*"
    rf"(?:[ \t]*-[ \t]*[{_UC}][\wäöüß.]*)*(?:[ \t]+\([^)\n]{{1,25}}\))?"
)
# The lookahead for a capital letter lets the engine skip most positions
# before trying the many street-name alternatives (a third of the time).
# A number that opens a line as "9. " or "9) " numbers an item of a list (an
# agenda under a line that ends in a street's name), not a house.
_ITEM_NUMBER = r"\d{1,3}[.)][ \t]"
ADDRESS = re.compile(
    rf"(?<![\wäöüß-])(?=[{_UC}])(?P<street>{_STREET_NAME})(?:{BREAK}(?!{_ITEM_NUMBER})|[ \t]*){_NUMBERS}"
    rf"(?P<town>{_POSTCODE_TOWN})?"
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
# Words that make an address somebody's: where a person lives or writes from.
_PERSONAL = re.compile(
    r"(?<![\wäöüß])(?:wohnhaft|wohnt|wohnte|wohne|lebt|lebte|Wohnort|Wohnsitz|Wohnanschrift|Wohnadresse|"
    r"Privatanschrift|Privatadresse|Privatperson|privat|Anschrift|Adresse|Absender(?:in)?|Petent(?:in|en)?|"
    r"Einwender(?:in)?|Einsender(?:in)?|Beschwerdeführer(?:in)?|Anwohner(?:in|innen|s|n)?|"
    r"Anlieger(?:in|innen|s|n)?|Bewohner(?:in|innen|s|n)?|Nachbar(?:in|innen|n)?|Bürgerin|Einwohnerin|"
    r"Eheleute|Ehepaar(?:s|es)?)(?![\wäöüß])"
    rf"|(?<![\wäöüß])(?:Herr[n]?|Frau|Familie)[ \t]+(?:Dr\.[ \t]+)?[{_UC}](?:[{_LC}]+|\.)",
)
# The end of a sentence: a full stop that no abbreviation ends ("Str.",
# "Nr.", "Dr."), before a capital, or a blank line.
_SENTENCE_END = re.compile(
    r"(?<![Ss]tr)(?<!Nr)(?<!Dr)(?<!Hr)(?<!Fr)(?<!ca)(?<!St)(?<!bzw)(?<!\d)[.!?][)“”\"]?(?=\s+[A-ZÄÖÜ„\"])|\n[ \t]*\n"
)
_SENTENCE_REACH = 300


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, at most a few hundred characters."""
    a = max(0, start - _SENTENCE_REACH)
    for m in _SENTENCE_END.finditer(text, a, start):
        a = m.end()
    b = _SENTENCE_END.search(text, end, end + _SENTENCE_REACH)
    return a, b.start() if b else min(len(text), end + _SENTENCE_REACH)


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


# Cheap hints where an address may be: a house number, and before it a
# word ending like a street, or after it a postcode and town.
# (The look-behind after the first digit, not before it, lets the engine
# skip to the next digit: a third of the cost of this pass.)
_NUMBER = re.compile(r"\d(?<![\d,/:\-–]\d)\d{0,2}(?![\d]|[.,:]\d)")
_STREET_ENDINGS = tuple(w.replace("\\", "") for w in _PLACE_WORDS.split("|"))
_TRAILING_PAGE = re.compile(rf"{PAGE_NUMBER}[ \t]*\Z")
_NUMBER_AND_TOWN = re.compile(rf"{_HOUSE_NUMBER}(?:[ \t]*[-–/][ \t]*{_HOUSE_NUMBER})?{_POSTCODE_TOWN}")


def _hints(text: str) -> list[tuple[int, int]]:
    hints = []
    for m in _NUMBER.finditer(text):
        p = m.start()
        if p and text[p - 1].isdigit():
            continue
        before = text[max(0, p - 60):p].rstrip(" \t\n")
        if before[-1:].isdigit() or before.endswith("-"):
            # A page number between street and house number ("- 2 -").
            page = _TRAILING_PAGE.search(before, max(0, len(before) - 20))
            if page:
                before = before[:page.start()].rstrip(" \t\n")
        word = before[-30:].rsplit(None, 1)[-1].lower() if before.strip() else ""
        if word.endswith(_STREET_ENDINGS) or _NUMBER_AND_TOWN.match(text, p):
            hints.append(m.span())
    return hints


@lru_cache(maxsize=4)
def address_matches(text: str) -> tuple[re.Match, ...]:
    """Every street address in ``text``: those with a street word, then
    those known by their postcode where they overlap none of them. (Several
    checks ask for the same text's addresses: computed once.)"""
    spots = windows(text, _hints(text), 160, 80)
    matches = [m for a, b in spots for m in ADDRESS.finditer(text, a, b)]
    spans = Spans(m.span() for m in matches)
    for a, b in spots:
        for m in ADDRESS_WITH_TOWN.finditer(text, a, b):
            if not spans.overlaps(*m.span()):
                matches.append(m)
    return tuple(sorted(matches, key=lambda m: m.start()))


@lru_cache(maxsize=16)
def _places_pattern(public_places: tuple[str, ...]) -> re.Pattern | None:
    if not public_places:
        return None
    return re.compile(r"(?<![\wäöüß])(?:" + "|".join(re.escape(p) for p in public_places) + r")", re.IGNORECASE)


def find_addresses(text: str, public_places: Sequence[str], subjects: Iterable[str]) -> list[tuple[int, int]]:
    return [m.span() for m, keep, _ in judge_addresses(text, public_places, subjects) if not keep]


def judge_addresses(text: str, public_places: Sequence[str],
                    subjects: Iterable[str]) -> list[tuple[re.Match, bool, bool]]:
    """Every address in ``text``, whether it stays, and whether it is
    somebody's (then no subject, list or repetition keeps it)."""
    matches = address_matches(text)
    if not matches:
        return []
    places = _places_pattern(tuple(public_places))
    subject_keys: set[tuple[str, str]] = set()
    for s in subjects:
        for sm in address_matches(s or ""):
            subject_keys |= _address_keys(sm)
    keep: list[bool] = []
    personal: list[bool] = []
    for m in matches:
        line = _line(text, m.start(), m.end())
        if _PERSONAL.search(line):
            # Its own line says it is somebody's: nothing keeps it.
            keep.append(False)
            personal.append(True)
        elif (places and places.search(line)) or _PLACE_FIELD.match(line):
            # A public place or a location field on the line, and no person on it.
            keep.append(True)
            personal.append(False)
        elif _PERSONAL.search(text, *_sentence(text, m.start(), m.end())):
            # "Die Anwohnerin des Grundstücks Kastanienstraße 9", "… lebt im
            # Gebäude Birkenweg 14": a building noun names a private home too.
            keep.append(False)
            personal.append(True)
        else:
            keep.append(bool(
                _address_keys(m) <= subject_keys
                or _BUILDING_BEFORE.search(text, max(0, m.start() - 60), m.start())
                or _ORGANISATION_BEFORE.search(text, max(0, m.start() - 80), m.start())
            ))
            personal.append(False)
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
    return list(zip(matches, keep, personal, strict=True))
