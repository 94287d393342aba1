"""Numbered decision lists: a council's or its administration's publication
of the decisions taken in a session ("Bekanntgabe der Beschlüsse",
Beschlusslisten in an Amtsblatt or Mitteilungsblatt).

Such a list names its session above the rows ("Der Gemeinderat hat in
seiner Sitzung am 12.03.2024 folgende Beschlüsse gefasst:", "In der
öffentlichen Sitzung der Verbandsversammlung am … wurden folgende
Beschlüsse gefasst:", "Beschlüsse des Stadtrates vom …", "Die nachstehend
aufgeführten Beschlüsse wurden in der 15. Sitzung … am … gefasst") and
heads each row with the decision's number ("Beschluss-Nr.: 08/06/16:",
"Beschluss Nr. 12/2024", "Beschlussnummer: GR 45/2023", "Beschluss-Nr.
02/24 - nö", or the number alone on its line, "72/12/2012", where the list
numbers every row that way). A row runs from its head over its title, the
wording and its vote block, up to the next row, the next session of the
list, a "Nichtöffentlicher Teil" line or the first line after its vote
block that is no vote line; a running page header inside a row does not
end it. Each row belongs to the latest list session above it; an issue of
an Amtsblatt prints several sessions, each dating its own rows.

``decision_list(text)`` is pure and linear in the length of the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .. import agenda as agenda_mod
from ..common import BODY_NAME_RE, BODY_SITZUNG, body_name
from ..dates import DATE_PATTERN, ANY_DATE, date_from_match


@dataclass
class ListSession:
    """A session a decision list names above its rows."""

    date: str | None
    body: str | None
    start: int
    end: int
    public: bool | None = None
    sentence: bool = False  # named in a sentence that says decisions were taken, not in a heading


@dataclass
class ListRow:
    """One row of a decision list: its number as written, title, span."""

    number: str
    title: str
    start: int
    head_end: int  # the end of the head line (number and title on it)
    end: int
    public: bool | None = None
    session: ListSession | None = field(default=None, repr=False)
    # Where the row's wording ends when its number closes it (the number line
    # under the vote block): the wording runs from ``head_end`` to here.
    wording_end: int | None = None


# A decision's number: "08/06/16", "12/2024", "GR 63-05/2005", "15-234-2023",
# "BV/045/2023", "2024/017", "V 12" — digits in groups, maybe behind a short
# code; "-nö", "- nö", "(nö)" marks a non-public decision.
_NUMBER = r"(?:[A-ZÄÖÜ]{1,5}[ \t]?[/-]?[ \t]?)?\d{1,4}(?:[ \t]?[/.-][ \t]?[\dA-Za-z]{1,4}){0,3}"
_CLOSED = r"(?:[ \t]*[-–(][ \t]*(?P<closed>n[öo]|NÖ|nicht[ \t]?öffentlich)\)?)"
ROW_HEAD = re.compile(
    r"^[ \t]*(?:Beschluss(?:[- ]?(?:Nr\.?|Nummer))|Beschl\.[- ]?Nr\.|Beschlussnummer|Beschluß(?:[- ]?Nr\.?))"
    rf"[ \t]*:?[ \t]*(?P<num>{_NUMBER}){_CLOSED}?[ \t]*[:.]?"
    # the title on the same line, or nothing: "Beschluss-Nr.: 11/11/18 beschlossen." is a sentence
    r"(?:[ \t]+(?P<title>[A-ZÄÖÜ„\"0-9§][^\n]*))?[ \t]*$",
    re.MULTILINE,
)
_ROW_PREFIXES = ("Beschluss", "Beschl.", "Beschluß", " Beschluss", "\tBeschluss")
# A decision's number alone on its line ("72/12/2012", "S 11/230/20"): a row's
# head only where the list numbers at least two rows that way.
BARE_ROW_HEAD = re.compile(
    # (three parts: a paper's number, "2024/0126", "123/2024", heads an agenda row, not a decision)
    r"^[ \t]*(?P<num>\d{1,3}/\d{1,2}/(?:19|20)\d{2}"
    # behind the body's letter: "S 11/230/20", "H 12/236/20"
    r"|[A-ZÄÖÜ]{1,4}[ \t-]?\d{1,3}/\d{1,3}/\d{2,4})"
    rf"{_CLOSED}?[ \t]*:?[ \t]*$",
    re.MULTILINE,
)

# The session above a list: a sentence that names a session with its date
# and says decisions were taken in it, or a heading "Beschlüsse des … vom …".
_SESSION_WORD = r"(?:[Ss]itzung|SITZUNG|sitzung|[Tt]agung)"
# Within one sentence: no full stop but an ordinal's ("15. Sitzung"), no blank line.
_IN = r"(?:[^.:;\n]|\n(?![ \t]*\n)|(?<=\d)\.)"
_GEFASST = r"(?:gefasst|gefaßt|beschlossen|getroffen)"
LIST_SESSION = re.compile(
    # "… hat in der Sitzung vom 07.11.2022 diese Beschlüsse gefasst:",
    # "In öffentlicher Sitzung des Gemeinderates … am 11.10.2016 wurden folgende Beschlüsse gefasst:"
    rf"(?P<a>{_SESSION_WORD}{_IN}{{0,160}}?\b(?:am|vom)[ \t\n]+(?:[A-Z][a-z]+,?[ \t]+(?:de[mn][ \t]+)?)?"
    rf"(?P<date>{DATE_PATTERN}){_IN}{{0,120}}?\b(?:folgende[nr]?|nachstehende[nr]?|nachfolgende[nr]?|diese[n]?)"
    rf"[ \t\n]+Beschl(?:uss|üsse|uß)[ \t\n]+{_GEFASST})"
    # "Folgende Beschlüsse wurden in der Sitzung des Bauausschusses am 12.03.2024 gefasst",
    # "Die folgenden Beschlüsse fasste der Rat im öffentlichen Teil seiner 8. Sitzung …, die am … stattfand"
    rf"|(?P<b>(?:[Ff]olgende|[Nn]achstehende|[Nn]achfolgende|[Nn]achstehend[ \t]+aufgeführten|[Dd]ie[ \t]+nachstehend"
    rf"[ \t]+(?:aufgeführten|genannten))[ \t\n]+Beschl(?:üsse|uss|uß){_IN}{{0,40}}?[ \t\n]+(?:wurden|wurde)[ \t\n]+"
    rf"{_IN}{{0,200}}?{_SESSION_WORD}{_IN}{{0,160}}?\b(?:am|vom)[ \t\n]+(?:[A-Z][a-z]+,?[ \t]+(?:de[mn][ \t]+)?)?"
    rf"(?P<date2>{DATE_PATTERN}))"
    # "Am 12.03.2024 wurden in der Sitzung … folgende Beschlüsse gefasst"
    rf"|(?P<c>\b[Aa]m[ \t]+(?P<date3>{DATE_PATTERN}){_IN}{{0,160}}?\b(?:folgende[nr]?|nachstehende[nr]?)[ \t\n]+"
    rf"Beschl(?:uss|üsse|uß)[ \t\n]+{_GEFASST})"
    # a heading line: "Beschlüsse des Gemeinderates vom 11.10.2016", "Bekanntgabe der
    # Beschlüsse aus der Sitzung des Kreistages vom …", "Beschlüsse der 12. Sitzung vom …"
    # "Aus den Beschlüssen der 3. Sitzung des Stadtrates vom …", "ÖFFENTLICHE BEKANNTMACHUNG der Beschlüsse …"
    rf"|(?P<d>^[ \t]*(?:\d{{1,2}}\.[ \t]+)?(?:(?:Aus|Auszug[ \t]+aus|Auszüge[ \t]+aus)[ \t]+den[ \t]+)?"
    rf"(?:(?:Öffentliche|ÖFFENTLICHE|Amtliche|AMTLICHE)[ \t]+)?"
    rf"(?:(?:Bekanntgabe|Bekanntmachung|BEKANNTMACHUNG|Veröffentlichung)[ \t]+(?:der|von)[ \t]+)?"
    rf"(?:(?:öffentlichen|nichtöffentlichen|nicht[ \t]öffentlichen|gefassten|gefaßten)[ \t]+)?Beschl(?:üsse|üssen)"
    # ("Beschlüsse Stadtrat vom …": the body without its article)
    rf"[ \t]+(?:(?:aus[ \t]+)?(?:de[rsm]|vom)[ \t]+|(?=[A-ZÄÖÜ][a-zäöüß]+[ \t]))[^\n]{{0,100}}?\b(?:vom|am)[ \t]+(?P<date4>{DATE_PATTERN})"
    r"(?![^\n]*\b(?:Seite|S\.)[ \t]*\d)[^\n]{0,20}$)",
    re.MULTILINE,
)
# "Öffentlicher Teil" / "Nichtöffentlicher Teil" on a line of its own
_PART = re.compile(
    r"^[ \t]*(?:(?P<closed>Nicht[ \t-]?öffentliche[rn]?|Nichtöffentliche[rn]?)|Öffentliche[rn]?)[ \t]+"
    r"(?:Teil|Sitzung|Sitzungsteil|Sitzungsabschnitt)[ \t]*:?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# A line of a vote block: counts, "Abstimmung:", "(einstimmig - 16 Ja-Stimmen)",
# the legal numbers ("Gesetzliche Anzahl der Mitglieder: 32", "Anwesend: 16 + 1").
_VOTE_LINE = re.compile(
    r"^[ \t(]*(?:Abstimmung|Abstimmungsergebnis|Ergebnis|Stimmergebnis|(?:Ja|Nein|JA|NEIN)(?![a-zäöüß])|Enthaltung|Stimmenthaltung"
    r"|Gegenstimme|dafür|dagegen|einstimmig|Einstimmig|mehrheitlich|Mehrheitlich|Gesetzliche|gesetzliche|Anwesend"
    r"|anwesend|Anzahl|davon|Stimmberechtigt|Befangen|befangen|Mitwirkungsverbot|Zustimmung|Ablehnung|beschlossen"
    r"|angenommen|abgelehnt|\d{1,3}[ \t]*(?:Ja(?![a-zäöüß])|Nein|:|dafür|dagegen|Stimmen|Mitglied))"
)
# A running page header or footer line: "Seite 3 von 7", "- 3 -", "Amtsblatt … Nr. 01 vom …"
_PAGE_LINE = re.compile(r"^[ \t]*(?:[^\n]{0,120}\bSeite[ \t]+\d{1,3}(?:[ \t]*(?:von|/)[ \t]*\d{1,3})?|[-–][ \t]*\d{1,3}[ \t]*[-–])[ \t]*$")
# A decision's wording: the sentence that decides (for the title: the title ends before it).
_WORDING = re.compile(
    r"\b(?:beschließt|beschliesst|beschließen|beschliessen|beschloss|beschlossen|genehmigt|genehmigen|bestätigt"
    r"|bestätigen|wählt|wählen|gewählt|stimmt|stimmen|billigt|billigen|nimmt|nehmen|ermächtigt|beauftragt|lehnt"
    r"|lehnen|abgelehnt|vergibt|stellt|stellen|erteilt|erteilen|wird|werden|wurde|wurden)\b"
)
_MAX_ROW = 4000
# A labelled agenda item's heading: "TOP 6", "Ö 3", "Tagesordnungspunkt 4", "Zu TOP 2:"
_ITEM_HEAD = re.compile(
    r"^[ \t]*(?:(?:[Zz]u|ZU)[ \t]+)?(?:TOP|Top|Tagesordnungspunkt|TO-Punkt|Pkt\.|Punkt|Ö|NÖ)[ \t]*:?[ \t]*\d",
    re.MULTILINE,
)
# A label line ("Beschluss:", "Sachverhalt: …"): no title
_LABEL_LINE = re.compile(r"[A-ZÄÖÜ][\wäöüß -]{2,30}:(?:\s|$)")
# The end of the sentence before (not an ordinal's point: "in ihrer 2. Sitzung"), or a blank line.
_SENTENCE_END = re.compile(r"(?<=[a-zäöüß)\"“])[.:!?]\s|\n[ \t]*\n")
# A line that opens a sentence (the wording after a row's title): an article or
# pronoun, a person, a preposition starting a clause.
_OPENS_SENTENCE = re.compile(r"(?:Der|Die|Das|Dem|Den|Es|Herr|Frau|Nach|Auf|Mit|Im|In)[ \t]+\S")


def _sessions(text: str) -> list[ListSession]:
    out: list[ListSession] = []
    if "eschl" not in text:
        return out
    for m in LIST_SESSION.finditer(text):
        date_s = m.group("date") or m.group("date2") or m.group("date3") or m.group("date4")
        dm = ANY_DATE.search(date_s) if date_s else None
        # The body may open the sentence before the session is named ("Die
        # Verbandsversammlung … hat in ihrer Sitzung am …").
        lo = max(0, m.start() - 240)
        ends = [e.end() for e in _SENTENCE_END.finditer(text, lo, m.start())]
        span = text[(ends[-1] if ends else lo):m.end()]
        body = None
        # the body the sentence names, else one named before it in the same sentence
        bm = BODY_NAME_RE.search(text, m.start(), m.end()) or BODY_NAME_RE.search(span)
        if bm is not None:
            body = body_name(" ".join(bm.group().split()))
        else:
            cm = re.search(BODY_SITZUNG, span)
            if cm is not None:
                body = body_name(cm.group("compound"))
        low = span.casefold()
        public = False if "nichtöffentlich" in low or "nicht öffentlich" in low else (
            True if "öffentlich" in low else None)
        out.append(ListSession(date_from_match(dm) if dm else None, body, m.start(), m.end(), public,
                               sentence=m.group("d") is None))
    return out


def _heads(text: str) -> list[tuple[int, int, str, str, bool]]:
    """(start, head_end, number, title on the line, closed) of every row head."""
    heads: list[tuple[int, int, str, str, bool]] = []
    if "eschl" in text:
        for m in agenda_mod.line_matches(ROW_HEAD, text, _ROW_PREFIXES):
            heads.append((m.start(), m.end(), " ".join(m.group("num").split()), (m.group("title") or "").strip(),
                          m.group("closed") is not None))
    if not heads and "eschl" in text:
        heads = _inline_heads(text)
    if "/" in text:
        bare = [m for m in BARE_ROW_HEAD.finditer(text) if _wording_follows(text, m.end())]
        if len(bare) >= 2:
            taken = {h[0] for h in heads}
            heads += [(m.start(), m.end(), m.group("num"), "", m.group("closed") is not None)
                      for m in bare if m.start() not in taken]
            heads.sort()
    return heads


# A row's head inside a line: a publication whose text lost its line breaks (a PDF's
# transcript, one line per page) — "… gefasst: Beschluss Nr. 02/47/2024 Die Firma … wird beauftragt.
# Beschluss Nr. 03/47/2024 …".
INLINE_ROW_HEAD = re.compile(
    r"(?:(?<=[\s.:;])|^)(?:Beschluss(?:[- ]?(?:Nr\.?|Nummer))|Beschl\.[- ]?Nr\.|Beschlussnummer|Beschluß[- ]?Nr\.?)"
    rf"[ \t]*:?[ \t]*(?P<num>{_NUMBER}){_CLOSED}?(?=[ \t]*:?[ \t]+[A-ZÄÖÜ„\"0-9§])",
    re.MULTILINE,
)
# A line this long is a page's text run together, not one line of a list.
_RUN_TOGETHER = 600


def _inline_heads(text: str) -> list[tuple[int, int, str, str, bool]]:
    """Row heads inside run-together lines, where the text has two or more."""
    heads: list[tuple[int, int, str, str, bool]] = []
    pos = 0
    for line in text.split("\n"):
        if len(line) > _RUN_TOGETHER:
            heads += [(pos + m.start(), pos + m.end(), " ".join(m.group("num").split()), "", m.group("closed") is not None)
                      for m in INLINE_ROW_HEAD.finditer(line)]
        pos += len(line) + 1
    return heads if len(heads) >= 2 else []


def _wording_follows(text: str, pos: int) -> bool:
    """Whether a decision's wording follows within the next few lines (a bare
    number heads a row only then: a page's or file's number does not)."""
    return _WORDING.search(text, pos, min(len(text), pos + 400)) is not None


def _row_end(text: str, start: int, limit: int) -> tuple[int, bool]:
    """Where a row that starts at ``start`` ends, at ``limit`` at the latest:
    after its vote block, or at a part line; and whether it has a vote block."""
    pos = text.find("\n", start)
    if pos < 0 or pos >= limit:
        return limit, False
    voted = False
    end = pos
    while pos < limit:
        nl = text.find("\n", pos + 1, limit)
        line_end = limit if nl < 0 else nl
        line = text[pos + 1:line_end]
        stripped = line.strip()
        if _PART.match(line):
            return end, voted
        if not stripped or _PAGE_LINE.match(line):
            pass
        elif _VOTE_LINE.match(line):
            voted = True
            end = line_end
        elif voted:
            # The first line after the vote block that is no vote line ends the
            # row, unless a running page header stands between its vote lines.
            if not _page_header_follows(text, pos + 1, limit):
                return end, voted
        else:
            end = line_end
        if nl < 0:
            break
        pos = nl
    return end, voted


def _next_line(text: str, pos: int, limit: int) -> tuple[int, int, bool] | None:
    """The next non-empty line after ``pos`` before ``limit``: start, end,
    and whether a blank line stands before it."""
    blank = False
    while pos < limit:
        start = pos + 1 if text[pos] == "\n" else pos
        nl = text.find("\n", start, limit)
        end = limit if nl < 0 else nl
        if text[start:end].strip():
            return start, end, blank
        blank = True
        if nl < 0:
            return None
        pos = nl + 1
    return None


# A heading of the next notice or part: "II. Öffentliche Bekanntmachung", "3. Hinweise …"
_NUMBERED_HEADING = re.compile(r"[ \t]*(?:[IVX]{1,5}|\d{1,2})\.[ \t]+[A-ZÄÖÜ]")


def _remarks_end(text: str, end: int, limit: int) -> int:
    """A row's remarks after its vote block ("Herr X nimmt die Wahl an."):
    up to three sentence lines right under it, before a blank line, a part
    line or a heading."""
    for _ in range(3):
        nxt = _next_line(text, end, limit)
        if nxt is None or nxt[2]:
            break
        line = text[nxt[0]:nxt[1]]
        if _PART.match(line) or _PAGE_LINE.match(line) or _NUMBERED_HEADING.match(line) or not line.rstrip().endswith("."):
            break
        end = nxt[1]
    return end


def _page_header_follows(text: str, pos: int, limit: int) -> bool:
    """Whether the lines from ``pos`` are a running page header (a "Seite N"
    line within three lines) with vote lines after it."""
    for _ in range(4):
        nl = text.find("\n", pos, limit)
        line = text[pos: limit if nl < 0 else nl]
        if _PAGE_LINE.match(line):
            nxt_start = (limit if nl < 0 else nl) + 1
            nxt_end = text.find("\n", nxt_start, limit)
            nxt = text[nxt_start: limit if nxt_end < 0 else nxt_end]
            return bool(_VOTE_LINE.match(nxt))
        if nl < 0:
            return False
        pos = nl + 1
    return False


def _title(text: str, head: tuple[int, int, str, str, bool], end: int) -> str:
    """The row's title: on its head line, else the short lines under it before its wording."""
    if head[3]:
        return head[3]
    lines: list[str] = []
    pos = head[1]
    while pos < end and len(lines) < 4:
        nl = text.find("\n", pos + 1, end)
        line = text[pos:end if nl < 0 else nl].strip()
        if line:
            if _PAGE_LINE.match(line) or _VOTE_LINE.match(line):
                break
            if (lines and _OPENS_SENTENCE.match(line)) or _LABEL_LINE.match(line):
                break
            lines.append(line)
            if line.endswith("."):
                break
        if nl < 0:
            break
        pos = nl
    title = " ".join(" ".join(lines).split())
    # A row without a title line opens with its wording: its first sentence says what was decided.
    cut = re.search(r"(?<=[a-zäöüß)\"“]{4})\.(?=\s+[A-ZÄÖÜ])", title)
    return (title[: cut.start() + 1] if cut else title)[:300]


def decision_list(text: str) -> tuple[list[ListSession], list[ListRow]]:
    """The sessions and rows of the decision lists in ``text``."""
    heads = _heads(text)
    if not heads:
        return [], []
    sessions = _sessions(text)
    if len(heads) < 2 and not sessions:
        return sessions, []  # one numbered decision without a list around it: a sentence's business
    parts = [(m.start(), m.group("closed") is None) for m in _PART.finditer(text)] if "ffentlich" in text else []
    # (an agenda item's heading ends a row too: minutes that number each
    # item's decision, "TOP 5 … Beschluss-Nr.: 45/2024", put the number
    # before or after the decision, never over the next item)
    items = [m.start() for m in _ITEM_HEAD.finditer(text)]
    stops = sorted([h[0] for h in heads] + [s.start for s in sessions] + [p for p, _ in parts] + items)
    if _numbers_trail(text, heads, stops):
        return sessions, _trailing_rows(text, heads, sessions, parts, stops)
    rows: list[ListRow] = []
    for h in heads:
        k = bisect.bisect_right(stops, h[0])
        limit = min(stops[k] if k < len(stops) else len(text), h[0] + _MAX_ROW)
        end, voted = _row_end(text, h[0], limit)
        session = next((s for s in reversed(sessions) if s.end <= h[0]), None)
        part = next((public for p, public in reversed(parts) if p < h[0]
                     and (session is None or p > session.start)), None)
        public = False if h[4] else part if part is not None else (session.public if session else None)
        title = _title(text, h, end)
        rows.append(ListRow(h[2], title, h[0], h[1], end, public, session))
        # A row may hold a second decision with its own wording and vote under
        # the first ("beschließt, offen zu wählen" / vote / "wählt Herrn X zum
        # Verbandsvorsteher" / vote): a decision of its own, under the same number.
        while voted:
            nxt = _next_line(text, end, limit)
            if nxt is None or nxt[2]:
                break
            line = text[nxt[0]:nxt[1]]
            if not (_OPENS_SENTENCE.match(line) and _WORDING.search(line)):
                break
            end2, voted2 = _row_end(text, nxt[0], limit)
            if not voted2:
                break
            rows.append(ListRow(h[2], title, nxt[0], nxt[0], end2, public, session))
            end = end2
        rows[-1].end = _remarks_end(text, rows[-1].end, limit) if voted else rows[-1].end
    return sessions, rows


def _line_before(text: str, pos: int) -> str:
    """The last non-empty line before ``pos`` that is no running page line."""
    end = pos
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end].strip()
        if line and not _PAGE_LINE.match(line):
            return line
        if start == 0:
            break
        end = start - 1
    return ""


def _opening(text: str, pos: int, stops: list[int]) -> int:
    """Where the stretch before ``pos`` opens: the latest stop (session, part
    line, item heading, row head) before it, else ``_MAX_ROW`` back."""
    k = bisect.bisect_left(stops, pos)
    lo = max(0, pos - _MAX_ROW)
    return max(lo, stops[k - 1]) if k else lo


def _numbers_trail(text: str, heads: list[tuple[int, int, str, str, bool]], stops: list[int]) -> bool:
    """Whether the list's numbers close their rows instead of heading them:
    "1. Der Stadtrat beschließt … / Abstimmungsergebnis: 30 Ja-Stimmen /
    Beschluss-Nr.: 12/2024 / 2. …". Then every number stands right under a
    vote line, a decision's wording stands between the list's opening and its
    first number, and no agenda item's heading lies inside the list (minutes
    that close each item with its number keep their items)."""
    if not all(_VOTE_LINE.match(_line_before(text, h[0])) for h in heads):
        return False
    first, last = heads[0][0], heads[-1][0]
    opening = _opening(text, first, stops)
    if _WORDING.search(text, opening, first) is None:
        return False
    return _ITEM_HEAD.search(text, opening, last) is None


def _trailing_rows(
    text: str,
    heads: list[tuple[int, int, str, str, bool]],
    sessions: list[ListSession],
    parts: list[tuple[int, bool]],
    stops: list[int],
) -> list[ListRow]:
    """The rows of a list whose numbers close them: each row runs from the
    line after the previous number (or the list's opening) over its wording
    and vote block to its number; a last row after the last number, with
    wording and votes but its number cut off, is a row too."""
    rows: list[ListRow] = []
    prev_end = None
    for h in heads:
        lo = _opening(text, h[0], stops)
        # the session sentence or part line that opens the stretch is no wording
        lo = max([lo] + [s.end for s in sessions if s.end <= h[0]] + [text.find("\n", p) + 1 for p, _ in parts if p < h[0]]
                 + ([prev_end] if prev_end is not None else []))
        start = _first_char(text, lo, h[0])
        prev_end = h[1]
        if start >= h[0]:
            continue  # two numbers in a row: no wording of their own
        rows.append(_trailing_row(text, h[2], start, h[0], h[1], h[4], sessions, parts))
    k = bisect.bisect_right(stops, heads[-1][0])
    limit = min(stops[k] if k < len(stops) else len(text), heads[-1][1] + _MAX_ROW)
    start = _first_char(text, heads[-1][1], limit)
    if start < limit:
        end, voted = _row_end(text, start, limit)
        if voted and _WORDING.search(text, start, end):
            rows.append(_trailing_row(text, "", start, end, end, False, sessions, parts))
    return rows


def _first_char(text: str, lo: int, hi: int) -> int:
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo


def _trailing_row(
    text: str, number: str, start: int, wording_end: int, end: int, closed: bool,
    sessions: list[ListSession], parts: list[tuple[int, bool]],
) -> ListRow:
    session = next((s for s in reversed(sessions) if s.end <= start), None)
    part = next((public for p, public in reversed(parts) if p < start and (session is None or p > session.start)), None)
    public = False if closed else part if part is not None else (session.public if session else None)
    title = _title(text, (start, start, number, "", closed), wording_end)
    return ListRow(number, title, start, start, end, public, session, wording_end=wording_end)
