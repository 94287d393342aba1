"""The agenda structure of minutes: the session and its agenda items.

A Niederschrift names its session in the header ("Niederschrift 14.
Plenarsitzung des Gemeinderates / 30. September 2025", "Sitzung der
Bezirksversammlung / Termin: Donnerstag, 11.12.2025", "Gremium: 9.
Plenarsitzung Gemeinderat / Termin: 03/.04.03.2015", an ALLRIS page's
"Gremium: Mobilitätsausschuss … Datum: Mo, 03.03.2025") and divides its
text into agenda items ("Punkt 29 der Tagesordnung: …", "TOP 5", "zu 3.1",
"Tagesordnungspunkt 7:", "TOP: Ö 2.1"), each with the papers it deals with
("Vorlage: 2023/0344", "Drucksache 22-0621").

Everything here works on the normalised view (``ctx.view.text``) and is
computed once per document (kept in ``ctx.meta["_agenda"]``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from .common import BODY_NAME, body_name
from .dates import ANY_DATE, DAY_RANGE, date_from_day_range, date_from_match

if TYPE_CHECKING:
    from . import Context

HEAD_CHARS = 2500

# Words that name a record of a meeting.
_MINUTES_WORD = (
    r"(?:Niederschrift|Sitzungsniederschrift|Ergebnisniederschrift|Protokoll|Sitzungsprotokoll"
    r"|Ergebnisprotokoll|Beschlussprotokoll|Beschlussauszug|Auszug|Wortprotokoll|Kurzprotokoll)"
)
_SESSION_ADJ = (
    r"(?:(?:\d{1,3}\.\s*)?(?:öffentliche[nr]?|nicht\s?öffentliche[nr]?|nichtöffentliche[nr]?"
    r"|konstituierende[nr]?|gemeinsame[nr]?|ordentliche[nr]?|außerordentliche[nr]?"
    r"|\d{1,3}\.)\s+)*"
)
# "Niederschrift 14. Plenarsitzung des Gemeinderates", "Niederschrift über die
# öffentliche Sitzung des Bauausschusses", "Sitzung der Bezirksversammlung",
# "34. Sitzung Hauptausschuss", "Gremium: 9. Plenarsitzung Gemeinderat".
SESSION_PHRASE = re.compile(
    rf"(?P<minutes>(?:{_MINUTES_WORD}|Unterrichtung(?=\s+über))\b[ \t]*(?:\n[ \t]*)?"
    # "Niederschrift -öffentlicher Teil- über die Sitzung …"
    r"(?:[-(][ \t]*(?:nicht)?öffentliche[rn]?[ \t]+Teil[ \t]*[-)][ \t]*)?)?"
    rf"(?:(?:über|zur|aus|von|der|die|des|dem)\s+)*"
    rf"{_SESSION_ADJ}(?:(?:Plenarsitzung|Sitzung|Tagung)\s+(?:(?:des|der|im)\s+)?(?P<org>{BODY_NAME})"
    # "Niederschrift über die 19. Beiratssitzung" (only under a minutes word)
    r"|(?<=über die )(?:\d{1,3}\.\s*)?(?P<compound>[A-ZÄÖÜ][a-zäöüß]*(?:rat|ausschuss|tag|versammlung))s?sitzung\b)"
)
# A line that is only a record's kind word: the document's own heading.
_KIND_LINE = re.compile(rf"^[ \t]*{_MINUTES_WORD}[ \t]*$", re.MULTILINE | re.IGNORECASE)
# How far a page that shows a document may print its title before the text.
_TITLE_COPY_CHARS = 1200
# "Gremium: BVV Nordbezirk Beschlussart: erledigt": a Gremium field
# whose value is no body word — its capitalised words up to the next label.
_GREMIUM_VALUE = re.compile(
    r"^(?:\|[ \t]*)?Gremium[ \t]*(?::|\t)[ \t|]*(?P<org>[A-ZÄÖÜ][\wäöüß./-]*(?:[ \t]+(?![\wäöüß-]+[ \t]*:)[A-ZÄÖÜ][\wäöüß./-]*){0,4})",
    re.MULTILINE,
)
# A record headed by its body without the word Sitzung: "Protokoll: Ausschuss
# für Stadtentwicklung und Technik des Gemeinderats", "Niederschrift des Bauausschusses".
MINUTES_OF = re.compile(
    rf"^[ \t]*(?P<minutes>{_MINUTES_WORD})[ \t]*(?::[ \t]*|[ \t]+(?:des|der)[ \t]+)(?P<org>{BODY_NAME})",
    re.MULTILINE,
)
# Where SESSION_PHRASE can end its prefix: the session word itself.
_SESSION_WORD = re.compile(r"(?:Plenars|S|(?<=[a-zäöüß])s)itzung\b|Tagung\b")
# "Gremium: Ortschaftsrat Durlach" (the value may follow other labels; a table may set the field
# in cells: "| Gremium: | Gemeinderat |", "Gremium<TAB>Gemeinderat", the body alone after the label).
GREMIUM_LABEL = re.compile(
    rf"^(?:[-•|][ \t]*)?(?:Gremium|Sitzung)(?:[ \t]*:|\t|[ \t]+(?=(?:{BODY_NAME})[ \t|]*$))[^\n]*?(?:\n[^\n]*?){{0,6}}?(?:\d+\.\s*(?:Plenar)?[Ss]itzung\s+)?(?P<org>{BODY_NAME})",
    re.MULTILINE,
)
# "Termin: 03/.04.03.2015", "Datum: Mo, 03.03.2025", "Sitzungstermin: Donnerstag, 11.12.2025"
DATE_LABEL = re.compile(
    r"^(?:[-•|][ \t]*)?(?:Termin|Datum|Sitzungsdatum|Sitzungstermin|Sitzungstag|Sitzung am|Tag der Sitzung|Datum der Sitzung)"
    r"\s*:?[ \t|]*",
    re.MULTILINE,
)

# Agenda item headings at the start of a line.
_NUM = r"\d{1,3}(?:\.\d{1,3})*[a-z]?"
ITEM_HEADING = re.compile(
    rf"^(?:Punkt\s+(?P<n1>{_NUM})\s+der\s+Tagesordnung\s*:?"
    rf"|(?:TOP|Top|TO-Punkt|Tagesordnungspunkt)\s*:?\s*(?:(?:Ö|NÖ|N|ö)\s*)?(?P<n2>{_NUM})\b\s*[:.)–-]?"
    rf"|zu\s+(?:TOP\s*|Punkt\s+)?(?P<n3>{_NUM})\s*[:.)]"
    rf"|(?P<n4>(?:Ö|NÖ)\s*{_NUM})\b\s*[:.]?)"
    r"[ \t]*(?P<title>[^\n]*)",
    re.MULTILINE,
)
_ITEM_PREFIXES = ("Punkt", "TOP", "Top", "TO-Punkt", "Tagesordnungspunkt", "zu ", "Ö", "NÖ")
# A "heading" whose text is a vote ("TOP 10.1: Bei 38 Ja-Stimmen …") is a
# line of an Abstimmungsergebnis, not an item.
_VOTE_TITLE = re.compile(
    # ("8 Ja-Stimme(n), 0 Gegenstimme(n)": a count line whose plural is left open)
    r"^(?:bei|mit)\s+\d|^(?:mehrheitlich|einstimmig|abgelehnt|zugestimmt|angenommen)|Ja-Stimme|Nein-Stimme|Gegenstimme",
    re.IGNORECASE,
)
# A mid-sentence "Tagesordnungspunkt 14.2 haben Sie noch …" is no heading.
_PROSE_AFTER = re.compile(r"^[a-zäöüß]")

PAPER = re.compile(
    r"(?:Vorlage|Vorlagen-Nr\.|Drucksache|Drucksachen-Nr\.|Drs\.|Beschlussvorlage)\s*(?:Nr\.)?\s*:?\s*"
    r"(?P<ref>(?:[A-Z]{1,5}[/-]){0,2}\d{1,4}(?:[/-]\d{1,5})+(?:\.\d{1,3})?[A-Z]?)(?![\w/])"
)


@dataclass(frozen=True)
class Session:
    """The meeting a document records or is for."""

    body: str | None
    date: str | None
    start: int
    end: int
    minutes: bool  # named as the meeting these minutes record


@dataclass(frozen=True)
class Item:
    number: str | None
    start: int
    head_end: int
    end: int
    title: str


@dataclass
class Agenda:
    session: Session | None
    items: list[Item] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    speeches: list[tuple[int, int]] = field(default_factory=list)
    text: str = ""
    # (start, end) of every date in the text, in order.
    dates: list[tuple[int, int]] = field(default_factory=list)

    def in_speech(self, pos: int) -> bool:
        i = bisect_right(self.speeches, (pos, float("inf"))) - 1
        return i >= 0 and self.speeches[i][0] <= pos < self.speeches[i][1]

    def item_at(self, pos: int) -> Item | None:
        i = bisect_right(self._starts, pos) - 1
        return self.items[i] if i >= 0 else None

    def group_number(self, pos: int) -> str | None:
        """The agenda item(s) a decision at ``pos`` is taken under: "24", or
        "14; 15" when a Beschlussauszug lists 14, 14.1 … 15.3 before one Beschluss."""
        i = bisect_right(self._starts, pos) - 1
        if i < 0:
            return None
        j = i
        while j > 0 and self._joined(j):
            j -= 1
        numbers = [it.number for it in self.items[j : i + 1] if it.number]
        if len(numbers) <= 1:
            return self.items[i].number
        tops = list(dict.fromkeys(n.split(".")[0] for n in numbers))
        return "; ".join(tops) if len(tops) > 1 else numbers[0]

    def group_start(self, pos: int) -> int:
        """Start of the run of headings before ``pos`` that belong together
        (a Beschlussauszug lists 14, 14.1, 14.2 … before one Beschluss)."""
        i = bisect_right(self._starts, pos) - 1
        if i < 0:
            return 0
        while i > 0 and self._joined(i):
            i -= 1
        return self.items[i].start

    def _joined(self, i: int) -> bool:
        """Whether item ``i`` is listed with the one before under one decision:
        only a few head lines ("Antrag: CDU", "Vorlage: 2020/0060") between them."""
        between = self.text[self.items[i - 1].head_end : self.items[i].start]
        if len(between) > 400 or _BLOCK_LABEL.search(between):
            return False
        return all(_HEAD_LINE.match(line) for line in between.split("\n") if line.strip())


def analyse(ctx: Context) -> Agenda:
    cached = ctx.meta.get("_agenda")
    if isinstance(cached, Agenda):
        return cached
    text = ctx.view.text
    found = items(text)
    if not found and ctx.meta.get("type") in (None, "minutes", "agenda"):
        # Minutes that number their items without a label ("1. Fragestunde",
        # "5.1 Bebauungsplan …"): the document model reads those headings.
        from .structure import numbered_items

        found = numbered_items(text)
    agenda = Agenda(session(head_view(text), ctx.meta.get("type")), found, text=text)
    agenda._starts = [it.start for it in agenda.items]
    agenda.speeches = speeches(text, agenda.items)
    agenda.dates = date_spans(text)
    ctx.meta["_agenda"] = agenda
    return agenda


_DATE_START = re.compile(r"[0-9]+[.-]")


@lru_cache(maxsize=64)
def _line_start_rx(prefixes: tuple[str, ...]) -> re.Pattern:
    return re.compile("\n(?=" + "|".join(re.escape(p) for p in prefixes) + ")")


def line_matches(rx: re.Pattern, text: str, prefixes: tuple[str, ...]) -> list[re.Match]:
    """``rx`` matched at the start of every line that begins with one of
    ``prefixes`` — what ``rx.finditer`` finds for a pattern anchored at line
    starts ("^…" with MULTILINE), without trying every position."""
    starts = {0} if text.startswith(prefixes) else set()
    starts.update(m.end() for m in _line_start_rx(prefixes).finditer(text))
    out = []
    last = -1
    for pos in sorted(starts):
        if pos < last:
            continue
        m = rx.match(text, pos)
        if m:
            out.append(m)
            last = m.end()
    return out


def date_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every date in ``text`` — what ``ANY_DATE.finditer``
    finds, faster: the date pattern is tried only where a number starts."""
    out: list[tuple[int, int]] = []
    last = -1
    for c in _DATE_START.finditer(text):
        if c.start() < last:
            continue
        m = ANY_DATE.match(text, c.start())
        if m:
            out.append((m.start(), m.end()))
            last = m.end()
    return out


def _date_near(text: str, start: int, limit: int = 200) -> tuple[str | None, int]:
    """First date at or after ``start`` (within ``limit``): a two-day range
    gives its first day."""
    window = text[start : start + limit]
    best: tuple[str | None, int] = (None, start)
    rm = DAY_RANGE.search(window)
    dm = ANY_DATE.search(window)
    if rm and (not dm or rm.start() <= dm.start()):
        return date_from_day_range(rm), start + rm.end()
    if dm:
        return date_from_match(dm), start + dm.end()
    return best


def session(text: str, doc_type: str | None = None) -> Session | None:
    """The session named in the head of a document, or None."""
    head = text[:HEAD_CHARS]
    offset = host_preamble_end(head)
    m = None
    for w in _SESSION_WORD.finditer(head, offset):
        # The phrase starts at most a line or two before its session word.
        m = SESSION_PHRASE.search(head, max(offset, w.start() - 120), min(len(head), w.end() + 200))
        # The header stands on its own line; "TOP 2: Niederschrift über die
        # 12. Sitzung …" in an agenda is the approval of earlier minutes.
        if m and (_at_line_start(head, m.start()) or _ADJECTIVE_BEFORE.fullmatch(
                head, head.rfind("\n", 0, m.start()) + 1, m.start())):
            break  # (its adjective may stand before it: "Öffentliche Niederschrift / der 17. Sitzung …")
        m = None
    fields = "Gremium" in head or "Sitzung:" in head
    g = GREMIUM_LABEL.search(head, offset) if fields else None
    if g is None and "Gremium" in head:
        g = _GREMIUM_VALUE.search(head, offset)
    body = None
    start = end = 0
    minutes = False
    if m and (not g or m.start() <= g.start() + 40):
        body = body_name(" ".join((m.group("org") or m.group("compound")).split()))
        start, end = m.start(), m.end()
        minutes = bool(m.group("minutes")) or doc_type == "minutes"
        # A session named right under the minutes' title.
        before = head[max(0, m.start() - 120) : m.start()]
        minutes = minutes or bool(re.search(rf"\b{_MINUTES_WORD}\b", before, re.IGNORECASE))
    elif g:
        body = body_name(" ".join(g.group("org").split()))
        start, end = g.start("org"), g.end("org")
        minutes = doc_type == "minutes" or bool(
            re.search(rf"\b{_MINUTES_WORD}\b", head[: g.start()], re.IGNORECASE)
        )
    if body is None and (mo := MINUTES_OF.search(head, offset, offset + 600)):
        body = body_name(" ".join(mo.group("org").split()))
        start, end = mo.start("org"), mo.end("org")
        minutes = True
    if body is None:
        return None
    date = None
    # A row of an ALLRIS Beratungsfolge puts the date on the line above the
    # meeting ("21.11.2022 / Sitzung des Ausschusses für …").
    line_start = head.rfind("\n", 0, start) + 1
    prev_line = head[head.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)].strip()
    pm = ANY_DATE.fullmatch(prev_line) if line_start else None
    if pm and not minutes:
        return Session(body, date_from_match(pm), start, end, minutes)
    lm = DATE_LABEL.search(head, end)
    if lm and lm.start() - end < 600:
        date, dend = _date_near(head, lm.end(), 250)
        if date:
            end = max(end, dend)
    if date is None:
        date, dend = _date_near(head, end, 160)
        if date:
            end = dend
    if date is None and (fields := [lm for lm in DATE_LABEL.finditer(head, max(offset, start - 300), start)]):
        # The date field may stand above the body's ("Sitzungstermin: … / Gremium: …").
        date, _dend = _date_near(head, fields[-1].end(), 120)
    return Session(body, date, start, end, minutes)


# A line of the head set in capitals ("NIEDERSCHRIFT ÜBER DIE 12. SITZUNG DES STADTRATES AM …"):
# no small letter, two words of capitals (one of three letters at least: "(4. WAHLPERIODE) AM …").
_CAPS_RUN = re.compile(r"[A-ZÄÖÜ]{3,}")
# A first line that names a file: words joined by underscores, an extension.
_FILE_NAME = re.compile(r"[ \t]*[\wäöüßÄÖÜ.-]*_[\wäöüßÄÖÜ.-]*\.(?:pdf|docx?|odt|html?|txt|rtf)[ \t]*(?=\n|\Z)", re.IGNORECASE)
_LOWER = re.compile(r"[a-zäöüß]")
_CAPS_WORD = re.compile(r"[A-ZÄÖÜẞ]+")
# Words a heading keeps in lower case when it is set in mixed case.
_SMALL_WORDS = frozenset({
    "der", "des", "die", "das", "dem", "den", "am", "vom", "von", "über", "zur", "zum", "für", "und", "aus",
    "im", "in", "bei", "mit", "um", "bis", "ab", "an", "auf", "nach", "sowie", "oder",
})


@lru_cache(maxsize=8)
def head_view(text: str) -> str:
    """``text`` with its head written as a heading in mixed case and words: the lines set in
    capitals ("SITZUNG DES STADTRATES AM" -> "Sitzung des Stadtrates am") and a first line
    that is a file's name ("Niederschrift_Gemeinderat_2026-03-03.pdf" -> "Niederschrift
    Gemeinderat 2026-03-03.pdf"); every other character unchanged, so offsets stay valid
    and the rules that read kinds, names and sessions read such heads as any other."""
    first = _FILE_NAME.match(text)
    if first:
        text = first.group().replace("_", " ") + text[first.end():]
    return _recased(text)


def _recased(text: str) -> str:
    head = text[:HEAD_CHARS]
    if not _CAPS_RUN.search(head):
        return text
    out = []
    last = pos = 0
    for line in head.split("\n"):
        end = pos + len(line)
        if not _LOWER.search(line) and _CAPS_RUN.search(line) and len(_CAPS_WORD.findall(line)) >= 2:
            out.append(text[last:pos])
            out.append(_CAPS_WORD.sub(_recase_word, line))
            last = end
        pos = end + 1
    if not out:
        return text
    out.append(text[last:])
    cased = "".join(out)
    return cased if len(cased) == len(text) else text


def _recase_word(m: re.Match) -> str:
    w = m.group()
    low = w.lower()
    new = low if low in _SMALL_WORDS else w[0] + low[1:]
    return new if len(new) == len(w) else w


_ADJECTIVE_BEFORE = re.compile(r"[ \t]*(?:[A-ZÄÖÜ][a-zäöüß]{4,}e[nrs]?|[Nn]icht[ \t-]?öffentliche[nrs]?)[ \t]+")


def host_preamble_end(text: str) -> int:
    """Where a document's own text starts when the page that shows it prints its title
    first: one of the first lines comes again, alone, quoted or at the end of a line
    ("Titel - Amt X / … / Titel - Amt X", "Titel -... / Transcript of Titel -...",
    "Protokoll der … / … „Protokoll der …“"), before any line that is only the
    record's kind word; the head starts after the copy. 0 when there is none."""
    window = text[:_TITLE_COPY_CHARS]
    kind = _KIND_LINE.search(window)
    limit = kind.start() if kind else len(window)
    firsts = [ln.strip() for ln in window[:400].split("\n") if ln.strip()][:3]
    end = 0
    for title in firsts:
        if len(title) < 15:
            continue
        first_at = window.find(title)
        at = window.find(title, first_at + len(title), limit)
        while at >= 0:
            line_end = window.find("\n", at)
            line_end = len(window) if line_end < 0 else line_end
            tail = window[at + len(title) : line_end].strip(" \t\"“”»«")
            if not tail:  # the title ends the line (or its quotes): a copy, not a sentence about it
                end = max(end, line_end)
            at = window.find(title, at + len(title), limit)
    return end


def _at_line_start(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip(" \t")


def items(text: str) -> list[Item]:
    found: list[tuple[int, int, str | None, str]] = []
    for m in line_matches(ITEM_HEADING, text, _ITEM_PREFIXES):
        title = m.group("title").strip()
        if _VOTE_TITLE.search(title) or _PROSE_AFTER.match(title):
            continue
        number = next((m.group(k) for k in ("n1", "n2", "n3", "n4") if m.group(k)), None)
        if number:
            number = re.sub(r"\s+", " ", number)
        end, title = continued_title(text, m.end(), title)
        found.append((m.start(), end, number, title))
    found = drop_listed(text, found)
    out: list[Item] = []
    for i, (s, e, n, t) in enumerate(found):
        end = found[i + 1][0] if i + 1 < len(found) else len(text)
        out.append(Item(n, s, e, end, t))
    return out


# A heading's title that goes on on the next line: it ends on a word that
# needs one after it ("Förderprogramm für", "Wahl eines Mitglieds des",
# "Zweckvereinbarung –"), or the next line goes on in lower case.
_OPEN_END = re.compile(
    r"(?:\b(?:für|der|des|den|dem|die|das|und|oder|sowie|mit|zur|zum|von|vom|über|im|in|am|an|auf|bei|nach|gegen"
    r"|eines|einer|einem|einen|ein|eine)|[–,-])$"
)
_GOES_ON = re.compile(r"[^\n:]{2,80}")


def continued_title(text: str, head_end: int, title: str) -> tuple[int, str]:
    """An item heading's end and title with the line its title goes on in."""
    if text[head_end:head_end + 1] != "\n" or not title:
        return head_end, title
    nl = text.find("\n", head_end + 1)
    line_end = len(text) if nl < 0 else nl
    line = text[head_end + 1:line_end]
    if not _GOES_ON.fullmatch(line) or line.endswith((".", "!", "?")) or ITEM_HEADING.match(line):
        return head_end, title
    if not (_OPEN_END.search(title) or line[:1].islower()):
        return head_end, title
    return line_end, f"{title} {line.strip()}"


# The list of attachments at the end of minutes: "Anlagen:" over numbered lines.
_ATTACHMENTS = re.compile(r"^[ \t]*(?:Anlage(?:n|verzeichnis)?|Anlagenverzeichnis)[ \t]*:?[ \t]*$", re.MULTILINE)


def drop_listed(text: str, found: list[tuple]) -> list[tuple]:
    """Headings that only list items, no item itself: the agenda printed at
    the top of minutes (a run of at least three headings with nothing
    between them whose numbers come again below, where each item is dealt
    with) and the numbered lines of an "Anlagen:" list. ``found``: tuples
    (start, heading end, number, …) in order."""
    if len(found) < 2:
        return found
    drop: set[int] = set()
    # Runs of headings with at most a wrapped title line between them.
    runs: list[list[int]] = []
    for k in range(len(found)):
        # (a number that comes again starts the items themselves)
        if k and _only_listed(text, found[k - 1][1], found[k][0]) and all(
            found[j][2] != found[k][2] for j in runs[-1]
        ):
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        if len(run) < 3:
            continue
        later = {found[k][2] for k in range(run[-1] + 1, len(found))}
        again = [k for k in run if found[k][2] in later]
        if len(again) * 2 >= len(run):
            drop.update(run)
    for m in _ATTACHMENTS.finditer(text):
        k = bisect_right([f[0] for f in found], m.end())
        pos = m.end()
        while k < len(found) and _only_listed(text, pos, found[k][0]):
            drop.add(k)
            pos = found[k][1]
            k += 1
    return [f for k, f in enumerate(found) if k not in drop] if drop else found


def _only_listed(text: str, a: int, b: int) -> bool:
    """Whether nothing but line breaks and at most one short line stand between two headings."""
    between = text[a:b].strip()
    return len(between) <= 100 and "\n" not in between and not between.endswith((".", ":"))


def papers(text: str, start: int, end: int) -> list[str]:
    """Paper numbers named between two offsets, in order, each once."""
    out: list[str] = []
    for m in PAPER.finditer(text, start, end):
        if m.group("ref") not in out:
            out.append(m.group("ref"))
    return out


# Speakers in a verbatim record: "Stadträtin Rastätter (GRÜNE): …", "Der
# Vorsitzende: …". What councillors say in a debate is no decision.
_COUNCILLOR_LABEL = (
    r"(?:Stadtrat|Stadträtin|Stadträte|Ratsherr|Ratsfrau|Ratsmitglied|Kreisrat|Kreisrätin"
    r"|Gemeinderat|Gemeinderätin|Ortschaftsrat|Ortschaftsrätin|Bezirksabgeordnete[r]?"
    r"|Abgeordnete[r]?|Bezirksverordnete[r]?|Stadtverordnete[r]?|Herr|Frau)\b[^:\n]{0,60}"
    r"\([^)\n]{1,40}\)[ \t]*:"
)
_CHAIR_LABEL = (
    r"(?:Der|Die)\s+Vorsitzende[ \t]*:|(?:Erste[r]?\s+)?(?:Ober)?[Bb]ürgermeister(?:in)?\b[^:\n(]{0,50}:"
    r"|Vorsitz(?:ende[r]?)?[ \t]*:"
)
_SPEAKER_PREFIXES = (
    "Stadtr", "Ratsherr", "Ratsfrau", "Ratsmitglied", "Kreisr", "Gemeinder", "Ortschaftsr",
    "Bezirksabgeordnete", "Abgeordnete", "Bezirksverordnete", "Stadtverordnete", "Herr", "Frau",
    "Der Vorsitzende", "Die Vorsitzende", "Vorsitz", "Erste", "Oberbürgermeister", "Bürgermeister",
    "oberbürgermeister", "bürgermeister",
)
SPEAKER = re.compile(rf"^(?:(?P<councillor>{_COUNCILLOR_LABEL})|(?P<chair>{_CHAIR_LABEL}))", re.MULTILINE)


def speeches(text: str, found_items: list[Item] | None = None) -> list[tuple[int, int]]:
    """(start, end) of what councillors say: from their label to the next
    speaker, agenda item or decision label."""
    marks = [(m.start(), bool(m.group("councillor"))) for m in line_matches(SPEAKER, text, _SPEAKER_PREFIXES)]
    if not any(c for _, c in marks):
        return []
    marks += [(it.start, False) for it in (found_items if found_items is not None else items(text))]
    marks += [(m.start(), False) for m in line_matches(_BLOCK_LABEL, text, ("Beschluss", "Abstimmung"))]
    marks.sort()
    out = []
    for k, (pos, councillor) in enumerate(marks):
        if councillor:
            end = marks[k + 1][0] if k + 1 < len(marks) else len(text)
            out.append((pos, end))
    return out


# A line of an item's head: "Antrag: CDU", "Vorlage: 2020/0060", "Änderungsantrag
# GRÜNE", a title going on — not a sentence of the record.
# (each word ends at a space or the line's end: a word split into pieces
# would make the engine try every split of a long line)
_HEAD_LINE = re.compile(r"[^:\n]{1,40}:|(?:\S+(?:[ \t]+|$)){1,6}$(?<![a-zäöüß]\.)|[a-zäöüß]")
_BLOCK_LABEL = re.compile(r"^(?:Beschluss|Abstimmungsergebnis|Abstimmung)\b[^\n]{0,40}:", re.MULTILINE)
