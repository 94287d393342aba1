"""A document's number, authority, addressee and title, from the fields and lines of its head."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..common import BODY
from ..dates import NUMERIC_DATE
from ..text import one_line
from .dating import _DATE_LINE, _DECIDES, _ROLES
from .head import AUTHORITY, LABEL_TO_TYPE, REF_TOKEN, _HEADING, _LABEL_ALT, _heading_lines

if TYPE_CHECKING:
    pass

# A specific authority (a district) wins over the city state it belongs to.
_AUTHORITY_RANK = {"bezirksamt": 0, "bezirksversammlung": 0, "landkreis": 1, "kreis": 1, "stadt": 2}

_MUNICIPALITY = frozenset({"stadt", "gemeinde", "markt", "marktgemeinde", "ortsgemeinde", "verbandsgemeinde",
                           "samtgemeinde", "amt", "hansestadt", "kreisstadt"})
_DISTRICT = frozenset({"landkreis", "kreis"})

# "zum Sozialausschuss", "an den Gemeinderat", "für den Kreistag"
ADDRESSEE = re.compile(
    rf"\b(?:zum|zur|an den|an die|für den|für die)\s+(?P<body>{BODY})\b"
)

_GREMIUM_LABEL = re.compile(r"^Gremium[ \t]*:", re.MULTILINE)

_REF_TOKEN_RE = re.compile(rf"(?<![\w/.-])(?P<ref>{REF_TOKEN})(?![\w/-])")

_REF_LABEL = re.compile(
    r"(?:^|(?<=[ \t])(?=(?:Vorlagen?|Drucksachen?|Sitzungsvorlage|Beschlussvorlage)[- ]?(?:Nr\.?|Nummer)))[ \t]*(?:Vorlagen?(?:[- ]?(?:Nr\.?|Nummer))?|Drucksachen?(?:[- ]?(?:Nr\.?|Nummer))?|Drs\.(?:[- ]?Nr\.)?|"
    r"Beschlussvorlage[- ]Nr\.?|Sitzungsvorlage[- ]Nr\.?|Aktenzeichen|Az\.|Nummer(?=[ \t]*(?::|\n|$))"
    # a heading "Beschlussvorlage - 2022/BV/3187", "Mitteilungsvorlage: 22-2368"
    r"|(?:Beschluss|Sitzungs|Informations|Mitteilungs|Verwaltungs)vorlage(?=[ \t]*[:\-–][ \t]*[A-Z]{0,3}\d))"
    r"(?:[ \t]*[:\-–]|(?<=Nr\.)|(?<=Nummer))[ \t]*",
    re.MULTILINE | re.IGNORECASE,
)

TITLE = re.compile(r"^(?:Betreff|Betr\.|Titel|Thema|Gegenstand)[ \t]*:[ \t]*\n*(?P<title>[^\n]+)", re.MULTILINE)

# The number on the heading line itself: "Beschlussvorlage BV/2024/0015",
# "Drucksache 12/2024", "Mitteilungsvorlage Nr. MV/2024/007", "Antrag Nr. 7/2024".
_HEADING_REF = re.compile(
    rf"[ \t]*(?:[A-ZÄÖÜ][a-zäöüß]+[ \t]+)?(?:{_LABEL_ALT}|Drucksache|Vorlage)[ \t]*(?:Nr\.?|Nummer)?[ \t]*[\-–]?[ \t]*"
    rf"(?P<ref>{REF_TOKEN})(?![\w/-])",
    re.IGNORECASE,
)


def _heading_reference(head: str) -> str | None:
    # Only the first lines: a labelled field further down ("Vorlage: …" under
    # "Bezug:") is read by _reference, which knows which numbers are cited.
    for start, end in _heading_lines(head)[:3]:
        m = _HEADING_REF.match(head, start, end)
        if m and not NUMERIC_DATE.fullmatch(m.group("ref")):
            return m.group("ref")
    return None


def _reference(head: str) -> str | None:
    for m in _REF_LABEL.finditer(head):
        # A number under "Bezug:" is the paper referred to, not this one's.
        block_start = head.rfind("\n\n", 0, m.start())
        block = head[block_start + 1 if block_start >= 0 else 0 : m.start()]
        if re.match(r"\s*(?:Bezug|Betreff|Bezugnehmend)\b", block, re.IGNORECASE):
            continue
        window = head[m.end() : m.end() + 160]
        # The value on the label's line, else on one of the next lines (PDF forms).
        line_end = window.find("\n")
        same_line = window if line_end < 0 else window[:line_end]
        rm = _REF_TOKEN_RE.match(same_line.strip())
        if rm and not NUMERIC_DATE.fullmatch(rm.group("ref")):
            return rm.group("ref")
        if same_line.strip():
            continue
        # In a form table the labels form one row and the values the next
        # ("Datum / Nummer / öffentlich" over "20.02.2020 / F0071/20 / …").
        filled = 0
        for line in window.split("\n")[1:]:
            s = line.strip()
            if not s:
                continue
            filled += 1
            rm = _REF_TOKEN_RE.fullmatch(s)
            if rm and not NUMERIC_DATE.fullmatch(s):
                return rm.group("ref")
            if filled >= 4:
                break
    return None


def _authority(s: str, whole: str) -> str | None:
    """The authority: a line of its own in the head ("Bezirksamt Hamburg-Nord",
    "STADT KARLSRUHE"), else a name the text repeats ("die Stadt Karlsruhe …").
    A capitalised word after "Stadt" in running text may be a noun ("die Stadt
    Mittel bereitstellt"), so a name read once in running text is not enough."""
    standalone: list[tuple[int, int, str]] = []
    counts: dict[str, list[int]] = {}
    for m in AUTHORITY.finditer(s):
        name = " ".join(m.group("name").split())
        if name.isupper():
            name = " ".join(w.capitalize() for w in name.split())
        kind = name.split()[0].casefold()
        rank = _AUTHORITY_RANK.get(kind, 1)
        line_start = s.rfind("\n", 0, m.start()) + 1
        line_end = s.find("\n", m.end())
        line = s[line_start: len(s) if line_end < 0 else line_end].strip()
        written = m.group("name").strip()
        heading = m.start() < 300 and (line.startswith(written) or line.endswith(written))
        if (line == m.group("name").strip() or heading) and not re.search(rf"\s{_ROLES}$", name):
            standalone.append((rank, m.start(), name))
        counts.setdefault(name, []).append(m.start())
    if standalone:
        for _rank, pos, name in standalone:
            # "Stadt Saalfelde / Landkreis Unstrut-Helme": a municipality's letterhead names
            # the district it lies in on the (next non-empty) line under its own name.
            line_end = s.find("\n", pos)
            if line_end < 0 or name.split()[0].casefold() not in _MUNICIPALITY:
                continue
            nxt = line_end + len(s[line_end:]) - len(s[line_end:].lstrip())
            if any(p2 >= nxt and "\n" not in s[nxt:p2] and n.split()[0].casefold() in _DISTRICT
                   for _r, p2, n in standalone):
                return name
        return min(standalone)[2]
    def is_place(name: str, n: int) -> bool:
        # Named again, or its place named elsewhere: "in Karlsruhe", "Karlsruher".
        place = name.split()[-1]
        if n >= 2 or whole.count(name) >= 2:
            return True
        return f"in {place}" in whole or f"aus {place}" in whole or f"{place}er " in whole

    found = [(_AUTHORITY_RANK.get(n.split()[0].casefold(), 1), pos[0], n) for n, pos in counts.items()
             if is_place(n, len(pos))]
    return min(found)[2] if found else None


def _addressee(head: str, label_end: int, meetings: list[tuple[str, str, str]], text: str) -> str | None:
    if label_end:
        line_start = head.rfind("\n", 0, label_end) + 1
        m = ADDRESSEE.search(head, line_start, label_end)
        if m:
            return _nominative(m.group("body"))
    gremium = _gremium_field(head)
    if gremium:
        return gremium
    if meetings:
        for body, _date, rest in meetings:
            if _DECIDES.search(rest):
                return _clean_body(body)
        # The body the proposed resolution speaks to: "Der Gemeinderat möge beschließen"
        names = [_clean_body(b) for b, _, _ in meetings]
        for name in names:
            head_noun = name.split()[0]
            if re.search(rf"\b(?:Der|Die|Das)\s+{re.escape(head_noun)}\w*\s+(?:[\w ]{{0,40}}\s)?"
                         r"(?:möge|beschließt|nimmt|stimmt|empfiehlt|wird gebeten)\b", text[:6000]):
                return name
        return names[0]
    # A presentation's title page: the committee's name on a line of its own.
    for start, end in _heading_lines(head)[:8]:
        line = head[start:end].strip()
        if _BODY_ONLY.fullmatch(line):
            return line
    return None

_BODY_ONLY = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*(?:ausschuss|beirat|kommission)")


def _gremium_field(head: str) -> str | None:
    """The value of a "Gremium:" form field; in PDF forms it may stand a few
    lines below its label, after other labels, and wrap ("Ortschaftsrat /
    Hohenwettersbach")."""
    m = _GREMIUM_LABEL.search(head)
    if not m:
        return None
    lines = head[m.end():].split("\n")[:8]
    for i, line in enumerate(lines):
        s = line.strip()
        if not s or s.endswith(":"):
            continue
        # (with a first part joined by "und": "Haupt- und Finanzausschuss")
        body = re.search(rf"(?:[A-ZÄÖÜ][a-zäöüß]*-[ \t]+(?:und|u\.)[ \t]+)?{BODY}(?:[ \t]+[A-ZÄÖÜ][\wäöüß-]+)?$", s)
        if not body:
            return None
        name = body.group(0)
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if " " not in name and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*", nxt):
            name = f"{name} {nxt}"
        return name
    return None


def _clean_body(body: str) -> str:
    # "32. Sitzung Hauptausschuss" -> "Hauptausschuss"
    m = re.search(rf"{BODY}(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?$", body)
    return m.group(0) if m else body


def _nominative(name: str) -> str:
    if name.endswith("sses"):
        return name[:-2]
    if re.search(r"(?:rat|tag)es$", name):
        return name[:-2]
    if re.search(r"(?:rat|tag)s$", name):
        return name[:-1]
    return name

# Lines of a form head that are fields, not the subject.
_FIELD_LINE = re.compile(
    r"^(?:(?:Eingang|Eingangsdatum|Dienststelle|Verantwortlich|Federführend|Verfasser|Status|Datum|Termin|TOP|"
    r"Gremium|Gremien|Vorlagen?(?:[- ]?Nr\.?)?|Drucksachen?(?:[- ]?Nr\.?)?|Antrag|Anfrage|Az\.|Aktenzeichen|"
    r"Sitzung|Ort|Zuständigkeit)\b[^\n:]{0,12}:.*"
    r"|(?:Antrag|Anfrage|Änderungsantrag|Ergänzungsantrag)\s+(?:der|des|von)\s+.*"
    r"|Dez\.?(?:\s*\d+)?|(?:nicht)?öffentlich|Der Oberbürgermeister|Die Oberbürgermeisterin|[\d\s./-]*"
    r"|[^\n]*[Ff]raktion|Gedruckt auf .*)$",
    re.IGNORECASE,
)

_TITLE_ANCHOR = re.compile(
    r"^(?:Beratungsfolge|Gremi(?:um|en)[ \t]+(?:Termin|Sitzung)|Begründung|Sachverhalt|Kurzfassung|"
    r"Beschlussantrag|Antrag an den)\b",
    re.MULTILINE,
)

_TOP_TITLE = re.compile(r"^(?:Punkt|TOP)\s+[\d.]+\s+der\s+Tagesordnung\s*:\s*(?P<t>[^\n]+(?:\n(?!(?:Punkt|Antrag|Anfrage|Vorlage|Gemeinsamer|Interfraktioneller|Änderungsantrag|Ergänzungsantrag)\b)[^\n]+)?)", re.MULTILINE)

# "<subject> (Antrag der SPD- und GRÜNE-Fraktion)", "<subject> Antrag der GRÜNE-Fraktion"
_ATTRIBUTION = re.compile(
    r"\s*\(?\b(?:Gemeinsamer\s+|Interfraktioneller\s+)?(?:Antrag|Änderungsantrag|Ergänzungsantrag|Anfrage|"
    r"Kleine Anfrage|Große Anfrage)\s+(?:der|des|von)\s+[^()]{2,80}\)?$"
)


def _title(head: str, dtype: str | None) -> str | None:
    m = TITLE.search(head)
    if m:
        line_end = head.find("\n", m.end())
        nxt = head[m.end() + 1: line_end if line_end > 0 else len(head)].strip() if line_end >= 0 else ""
        title = m.group("title")
        # The attribution may stand on the subject's next line.
        if nxt and _ATTRIBUTION.fullmatch(" " + nxt):
            title = f"{title} {nxt}"
        title = _ATTRIBUTION.sub("", one_line(title)).strip()
        # "… im Brakula Eingabe": the paper's type word after its subject.
        words = title.split()
        if len(words) > 2 and words[-1].casefold() in LABEL_TO_TYPE:
            title = " ".join(words[:-1])
        return title or one_line(m.group("title"))
    if dtype in ("minutes", "agenda"):
        m = _TOP_TITLE.search(head)
        if m:
            return one_line(m.group("t"))
        return None
    # Form heads: the subject is the paragraph before the Beratungsfolge
    # table (or the first section), without the form's fields.
    a = _TITLE_ANCHOR.search(head)
    if not a:
        return None
    before = head[: a.start()].rstrip("\n")
    lines: list[str] = []
    for line in reversed(before.split("\n")):
        s = line.strip()
        if not s:
            if lines:
                break
            continue
        if _FIELD_LINE.match(s) or _REF_TOKEN_RE.fullmatch(s) or AUTHORITY.fullmatch(s) or _HEADING.fullmatch(s):
            if lines:
                break
            continue
        lines.append(s)
        if len(lines) >= 4:
            break
    return one_line(" ".join(reversed(lines))) if lines else None

_NOT_SUBJECT = re.compile(
    r"^(?:Sehr geehrte|Liebe|Bezug\b|An\s+(?:den|die|das)\b|zur\s+Sitzung|zum\s+|zur\s+|für\s+|Gedruckt auf)", re.IGNORECASE
)


def _title_after_label(head: str, label_end: int, dtype: str | None) -> str | None:
    """The line under the heading word: "Niederschrift / Sitzung der
    Bezirksversammlung", "Antrag / Einrichtung eines Jugendparlaments"."""
    if not label_end:
        return None
    line_start = head.rfind("\n", 0, label_end) + 1
    if not _HEADING.fullmatch(head[line_start:label_end].strip()):
        return None  # only under a heading that is the type word alone
    for start, end in _heading_lines(head[label_end:label_end + 400])[:3]:
        line = head[label_end + start:label_end + end].strip()
        if _FIELD_LINE.match(line) or _DATE_LINE.match(line) or AUTHORITY.fullmatch(line):
            continue
        if _NOT_SUBJECT.match(line) or line.endswith(":") or len(line) > 160:
            return None
        if dtype in ("minutes", "agenda") and not line.startswith("Sitzung"):
            return None
        return one_line(line)
    return None
