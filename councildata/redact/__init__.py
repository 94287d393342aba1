"""Redact personal data from a document's text before it is published.

Council texts name private people: in an Einwohnerfragestunde, a petition
(Eingabe), an attendance list, the signature block of a letter. Before the
text goes into ``documents.text`` and the quotes of extracted rows, four
kinds of personal data are replaced by readable German placeholders (one
module each):

``email``   -> ``[E-Mail entfernt]`` (:mod:`.email`)
    ``name@example.de``, and as people hide it: ``name(at)example.de``,
    ``name{at}posteo.de``, ``name [at] x [dot] de``, ``name @ web.de``,
    ``name at gmail dot com``, a fullwidth ``＠``, wrapped across lines.
``phone``   -> ``[Telefonnummer entfernt]`` (:mod:`.phone`)
    German telephone and fax numbers in every spacing, with a label (Tel.,
    Telefon, Fax, Mobil, Handy …) or without: ``0721 133-1234``,
    ``+49 (0) 4471 15123``, ``(04471) 15-123``, ``0171.2345678``,
    ``01712345678``, ``0 44 71 / 1 51 23``, wrapped across lines or pages.
    Dates, amounts, postcodes, vote counts and paper numbers are not phones.
``address`` -> ``[Anschrift entfernt]`` (:mod:`.address`)
    a street with a house number (``Musterstraße 12``, ``Hauptstr. 5-7``,
    ``Rüppurrer Str. 1``, ``Karl-Weysser-Straße 9 und 11``, ``Am Markt 3a``,
    ``In den Wiesen 4``), with a postcode and town after it when there is
    one (``, 76133 Karlsruhe``, also on the next line or page). A postcode
    alone, or a street without a number, is not an address.
``iban``    -> ``[IBAN entfernt]`` (:mod:`.iban`)
    an IBAN, whole (``DE89 3704 0044 0532 0130 00`` or without spaces), and
    a BIC after its label.

A value wrapped across a line or a page break is removed whole, not only
its head. Where two kinds claim the same characters, an e-mail address
wins, then an IBAN, then a phone number: an IBAN is never cut into a phone
placeholder.

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
   Sitzungsort, and public buildings such as schools, Kindergarten,
   Bibliothek, Bürgerhaus, Turnhalle, Friedhof: ``DEFAULT_PUBLIC_PLACES``),
   or the line is a location field (``Ort:``, ``Raum:``, ``Raum, Ort:``,
   ``Sitzungsort:``) that says where a meeting is held or what place a
   paper is about;
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
(a personal marker: wohnhaft, wohnt, lebt, Wohnort, Anschrift, Adresse,
Absender, Petent/in, Einwender/in, Anwohner/in, Anlieger/in, Bewohner/in,
Nachbar/in, Beschwerdeführer/in, Bürgerin, Familie …, or "Herr"/"Frau" and
a name), whatever else is on the line; and when a personal marker stands in
its sentence, only a public place or a location field on its own line keeps
it (rules 2 to 5 do not): "die Anwohnerin des Grundstücks Kastanienstraße
9" and "Frau M., die seit 2010 im Gebäude\nBirkenweg 14 lebt" are about a
private home. Redacting too much costs a word; publishing a private address
cannot be undone.

Telephone numbers and e-mail addresses are redacted wherever they stand,
the administration's own contact data included: a predictable rule, and the
tables never need them.

Everything here is a pure function of its arguments. :func:`redact` gives
the redacted text and one :class:`Redaction` per placeholder, with offsets
in the redacted text and never the removed value. :func:`redact_document`
applies it to a :class:`~councildata.model.Document`, shifting its page
starts and the offsets of rows a structured source gave (OParl) so that
``text[char_start:char_end] == quote`` keeps holding. :func:`redact_text`
redacts a short string and counts what it replaced; :func:`redact_path`
does it for a relative file path, part by part, its extension set aside.
"""

from .common import (
    DEFAULT_KINDS,
    DEFAULT_PUBLIC_PLACES,
    KIND_WORDS,
    KINDS,
    PLACEHOLDERS,
    Redaction,
    parse_kinds,
)
from .core import (
    OffsetMap,
    RedactedDocument,
    _apply,
    document_subjects,
    find,
    redact,
    redact_document,
    redact_path,
    redact_text,
    summary,
)

__all__ = [
    "DEFAULT_KINDS", "DEFAULT_PUBLIC_PLACES", "KINDS", "KIND_WORDS", "PLACEHOLDERS", "OffsetMap", "Redaction",
    "RedactedDocument", "_apply", "document_subjects", "find", "parse_kinds", "redact", "redact_document",
    "redact_path", "redact_text", "summary",
]
