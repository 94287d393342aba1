"""Votes as council documents state them, and the outcome words.

A vote phrase gives ``unanimous`` (True / False / None), ``votes_yes``,
``votes_no`` and ``votes_abstain`` (None when not stated — never 0 for
"not stated"). The shapes covered:

- "einstimmig", "Einstimmige Zustimmung", "einstimmig bei einer Enthaltung",
  "ohne Gegenstimmen", "mehrheitlich", "Mehrheitliche Ablehnung", "mit
  großer Mehrheit", "Das ist die Mehrheit";
- counts, number first or word first ("4 Ja / 14 Nein", "Ja 1 Nein 7
  Enthaltung 1", "5 dafür 0 dagegen 0 Enthaltungen", "JA-Stimmen 9");
- counts: "Ja: 12, Nein: 0, Enthaltungen: 0, Befangen: 0", "3 JA-Stimmen,
  37 Nein-Stimmen", "bei 9 Ja-Stimmen und 38 Nein-Stimmen abgelehnt", "mit
  12 Ja-Stimmen, einer Gegenstimme und 2 Enthaltungen", "dafür: 10, Enth.:
  1", "Bei 16 Zustimmungen", "mit 44 zustimmenden, einem ablehnenden und
  einem enthaltenden Votum", numbers as words;
- ratios: "mit 17:6 Stimmen", "Abstimmungsergebnis: 17:6:2", "mit 20 zu 15
  Stimmen";
- per-faction breakdowns "10 Ja-Stimmen (5 CDU, 4 SPD, 1 FDP)" give the
  totals, not the faction numbers.

``decision_outcome`` reads the contract's outcome from the wording of a
decision and of its vote result (see the contract's vocabulary).
"""

from __future__ import annotations

import re
from typing import Any

from .text import sentences

NUMBER_WORDS = {
    "keine": 0, "keiner": 0, "null": 0, "ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1,
    "eins": 1, "zwei": 2, "zweier": 2, "drei": 3, "dreier": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13,
    "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18,
    "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
}
_UNITS = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9}
_TENS = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70}
# "einundzwanzig", "dreiundvierzig": the units before the tens
NUMBER_WORDS.update({f"{u}und{t}": uv + tv for u, uv in _UNITS.items() for t, tv in _TENS.items()})
NUMBER_WORDS.update({"dreissig": 30, "sechzig": 60, "siebzig": 70})
_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# A count may carry a thousands separator ("12 500", "12.500", "12 500" with a
# thin space): one number, never two counts.
_NUM = rf"(\d{{1,3}}(?:[.\u00a0\u202f ]\d{{3}}(?![\d.,]))*|(?:{_WORDS})\b)"
# "Nein: -" in a form: none
_DASH = r"([-–—])(?![ \t]*\d)"


def number(s: str) -> int | None:
    s = s.strip().lower()
    if s in ("-", "–", "—"):
        return 0
    digits = re.sub(r"[.\u00a0\u202f ]", "", s)
    if digits.isdigit():
        return int(digits)
    return NUMBER_WORDS.get(s)


# A vote form's cells, one per line: "6 / für / 18 / gegen den Beschluss", "12 für, 3 gegen":
# "für" and "gegen" as counts only at the end of their cell or before what they vote on.
_FOR_AGAINST_END = (
    r"(?:\n\s*)?(?<=\s){word}(?=[ \t]*(?:\n|\Z|[,;)]|(?:den|die|das)[ \t]+(?:Beschluss|Antrag|Vorlage|Vorschlag|Beschlussvorschlag)\b))"
)
_ADJ = r"(?:e[nrsm]?)?\b(?:\s*,)?(?:\s+(?:Stimmen?|Voten|Votum|Stimmabgaben?))?"
# Each count comes in three shapes, read apart because a run of them is
# ambiguous: in "Ja 1 Nein 7 Enthaltung 1" the 1 before "Nein" is the Ja
# count, in "4 Ja / 14 Nein / 0 Enthaltungen" the 14 before "Nein" is the
# Nein count. The shape the text starts with decides (see ``_counts``).
# - number first: "12 Ja-Stimmen", "5 dafür", "16 Zustimmungen", "44 zustimmenden", "11 mal Ja"
# - labelled: "Ja: 12", "dafür: 10", "Enth.: 1"
# - word first: "Ja 12", "JA-Stimmen 9", "dafür 10"
_YES_FORMS = (
    rf"(?<![\d.,])(?<!\d[ \u00a0\u202f]){_NUM}(?:-(?=[ \t]))?[ \t]*(?:-?mal[ \t]+)?(?:Ja-?\s?Stimmen?\b|Ja\b|Für-?Stimmen?\b|Stimmen\s+dafür|dafür\b|Zustimmungen\b"
    rf"|zustimmend{_ADJ}|befürwortend{_ADJ}|{_FOR_AGAINST_END.format(word='für')})",
    rf"\b(?:Ja-?Stimmen|Ja|dafür|Für|Zustimmung(?:en)?)\s*[:=]\s*(?:{_NUM}|{_DASH})",
    r"\b(?:Ja-?Stimmen|Ja|dafür)[ \t]+(\d{1,3})\b(?![.,]\d)",
)
_NO_FORMS = (
    rf"(?<![\d.,])(?<!\d[ \u00a0\u202f]){_NUM}(?:-(?=[ \t]))?[ \t]*(?:-?mal[ \t]+)?(?:Nein-?\s?Stimmen?\b|Nein\b|Gegenstimmen?\b|Stimmen\s+dagegen|dagegen\b"
    rf"|ablehnend{_ADJ}|{_FOR_AGAINST_END.format(word='gegen')})",
    rf"\b(?:Nein-?Stimmen|Nein|dagegen|Gegenstimmen?|Ablehnung(?:en)?)\s*[:=]\s*(?:{_NUM}|{_DASH})",
    r"\b(?:Nein-?Stimmen|Nein|dagegen)[ \t]+(\d{1,3})\b(?![.,]\d)",
)
_ABSTAIN_FORMS = (
    rf"(?<![\d.,])(?<!\d[ \u00a0\u202f]){_NUM}(?:-(?=[ \t]))?[ \t]*(?:-?mal[ \t]+)?(?:Stimmenthaltung(?:en)?\b|Enthaltung(?:en)?\b|enthaltend{_ADJ})",
    rf"\b(?:Stimmenthaltung(?:en)?|Enthaltung(?:en)?|Enth\.|Enthalten)\s*[:=]\s*(?:{_NUM}|{_DASH})",
    r"\b(?:Stimmenthaltung(?:en)?|Enthaltung(?:en)?|Enth\.)[ \t]+(\d{1,3})\b(?![.,]\d)",
)
_FORMS = {
    key: tuple(re.compile(f, re.IGNORECASE) for f in forms)
    for key, forms in (("yes", _YES_FORMS), ("no", _NO_FORMS), ("abstain", _ABSTAIN_FORMS))
}
_YES = re.compile("|".join(_YES_FORMS), re.IGNORECASE)
_NO = re.compile("|".join(_NO_FORMS), re.IGNORECASE)
_ABSTAIN = re.compile("|".join(_ABSTAIN_FORMS), re.IGNORECASE)
# "mit 17:6 Stimmen", "Abstimmungsergebnis: 17:6:2", "(17:6:2)", "mit 20 zu 15 Stimmen"
_R = r"(0|[1-9]\d{0,2})"
_RATIO = re.compile(
    rf"(?:\b(?:mit|bei|Ergebnis|Abstimmung|Abstimmungsergebnis|Stimmenverhältnis)\s*:?\s*|\(\s*)"
    rf"{_R}\s*:\s*{_R}(?:\s*:\s*{_R})?(?!\d)(?!\s*Uhr)"
    rf"|\b{_R}\s*(?::|zu|gegen)\s*{_R}(?:\s*(?::|zu)\s*{_R})?\s+Stimmen\b"
    # a vote block's line that is nothing but "11 : 0 : 1"
    rf"|^[ \t]*{_R}[ \t]*:[ \t]*{_R}(?:[ \t]*:[ \t]*{_R})?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_UNANIMOUS = re.compile(
    r"(?<!nicht\s)\b(?:einstimmig|einmütig)(?:e[nrsm]?)?\b|\bohne\s+Gegenstimmen?\b"
    r"|\balle\s+(?:anwesenden\s+|stimmberechtigten\s+)?(?:[\wäöüß]*[Mm]itglieder\s+|Stadtverordneten\s+"
    r"|Gemeindevertreter(?:innen)?\s+|\w*(?:räte|raete)\s+)?(?:stimmen|stimmten)\s+(?:[\wäöüß]+\s+){0,3}?(?:zu|dafür)\b",
    re.IGNORECASE,
)
_MAJORITY = re.compile(
    r"\bmehrheitlich(?:e[nrsm]?)?\b|\bnicht\s+einstimmig\b|\bStimmenmehrheit\b"
    r"|\b(?:mit|die|eine|einer|keine|knapper|großer|deutlicher|breiter)\s+(?:(?:knappe[nr]?|große[nr]?|"
    r"deutliche[nr]?|überwiegende[nr]?|klare[nr]?|breite[nr]?|grosse[nr]?)\s+)?Mehrheit\b"
    # "mit den Stimmen der CDU und FDP gegen die Stimmen der SPD"
    r"|\bmit\s+den\s+Stimmen\s+(?:der|des|von)\b[^.\n]{1,80}?\bgegen\s+(?:die\s+)?Stimmen\b",
    re.IGNORECASE,
)
NO_VOTE = re.compile(r"\b(?:keine|ohne)\s+(?:förmliche\s+)?Abstimmung\b", re.IGNORECASE)


# Each count pattern is tried only when one of its words is there (cheap
# substring tests on the lower-cased text save most regex searches).
_KEYS = {
    "yes": ("ja-", "ja ", "ja:", "ja,", "ja\n", "ja)", "ja.", "ja/", "ja;", "ja\t", "zustimm", "dafür", "für:", "für-", "fürstimm", "für\n", "für,", "für den", "für die",
            "befürwort"),
    "no": ("nein", "gegen", "ablehn"),
    "abstain": ("enth",),
    "ratio": (":", " zu ", " gegen "),
    "unanimous": ("einstimmig", "einmütig", "gegenstimme", "alle "),
    "majority": ("mehrheit", "einstimmig", "den stimmen"),
}


_KEY_RX = {k: re.compile("|".join(re.escape(w) for w in words)) for k, words in _KEYS.items()}


def _has(low: str, key: str) -> bool:
    return _KEY_RX[key].search(low) is not None


# Counts in the columns of a table: a line of heads, a line of numbers
# ("Ja | Nein | Enthaltung" / "10 | 2 | 1", cells apart by bars, tabs or spaces).
_CELL_SEP = r"(?:[ \t]*[|\t;][ \t]*|[ \t]+)"
_HEAD_CELL = r"(?:Ja(?:-?Stimmen)?|Nein(?:-?Stimmen)?|Enthaltung(?:en)?|Stimmenthaltung(?:en)?|dafür|dagegen|Gegenstimmen)"
# (a first column may name the body or the session: "Gremium | Ja | Nein" / "Stadtrat | 21 | 2")
_ROW_HEAD = rf"(?:(?!{_HEAD_CELL}\b)[A-ZÄÖÜ][^|\t\n]{{0,40}}?[ \t]*[|\t;][ \t]*)?"
_TABLE = re.compile(
    rf"^[ \t|]*{_ROW_HEAD}(?P<heads>{_HEAD_CELL}(?:{_CELL_SEP}{_HEAD_CELL}){{1,3}})[ \t|]*\n"
    rf"[ \t|]*{_ROW_HEAD}(?P<cells>\d{{1,3}}(?:{_CELL_SEP}\d{{1,3}}){{1,3}})[ \t|]*$",
    re.IGNORECASE | re.MULTILINE,
)

VOTE_TABLE = _TABLE


def _table_counts(s: str) -> tuple[int | None, int | None, int | None] | None:
    m = _TABLE.search(s)
    if m is None:
        return None
    heads = re.split(_CELL_SEP, m.group("heads").strip())
    cells = re.split(_CELL_SEP, m.group("cells").strip())
    if len(heads) != len(cells):
        return None
    out: dict[str, int] = {}
    for head, cell in zip(heads, cells, strict=True):
        h = head.casefold()
        key = "yes" if h.startswith(("ja", "dafür")) else "no" if h.startswith(("nein", "dagegen", "gegen")) else "abstain"
        out[key] = int(cell)
    return out.get("yes"), out.get("no"), out.get("abstain")


# A table of one cell per line (pages converted from HTML): the heads, then
# as many counts, blank lines between ("Ja-Stimmen / Nein-Stimmen /
# Enthaltungen / 18 / 22 / 2").
_LINE_TABLE = re.compile(
    rf"\A\s*(?P<heads>{_HEAD_CELL}(?:[ \t]*\n\s*{_HEAD_CELL}){{1,2}})[ \t]*\n\s*"
    rf"(?P<cells>\d{{1,3}}(?:[ \t]*\n\s*\d{{1,3}}){{0,2}})[ \t]*(?=\n|\Z)",
    re.IGNORECASE,
)


def line_cells_table(s: str) -> tuple[tuple[int | None, int | None, int | None], int] | None:
    """Counts of a table of one cell per line at the start of ``s``, and
    where it ends; None unless there are as many counts as heads."""
    m = _LINE_TABLE.match(s)
    if m is None:
        return None
    heads = m.group("heads").split()
    cells = m.group("cells").split()
    if len(heads) != len(cells):
        return None
    out: dict[str, int] = {}
    for head, cell in zip(heads, cells, strict=True):
        h = head.casefold()
        key = "yes" if h.startswith(("ja", "dafür")) else "no" if h.startswith(("nein", "dagegen", "gegen")) else "abstain"
        out[key] = int(cell)
    return (out.get("yes"), out.get("no"), out.get("abstain")), m.end()


# Counts by group with a sum column, one cell per line (tables of converted
# pages, where empty cells are lost): "SPD / CDU / FW / Summe / Ja-Stimmen /
# 8 / 7 / 10 / 25 / Nein-Stimmen / 1 / 1". A row's last number is its sum
# when it equals the sum of the numbers before it.
_SUM_HEADS = ("summe", "gesamt", "insgesamt")
_ROW_LABEL = re.compile(rf"{_HEAD_CELL}", re.IGNORECASE)
_GROUP_CELL = re.compile(r"[A-ZÄÖÜ][\wäöüß/ .+-]{0,30}")


def sum_column_table(s: str) -> tuple[tuple[int | None, int | None, int | None], int] | None:
    """(Ja, Nein, Enthaltung) from the sum column of a table by group, and
    where the table ends in ``s``; None when ``s`` does not open with one."""
    cells: list[tuple[str, int]] = []
    pos = 0
    for line in s.split("\n"):
        end = pos + len(line)
        if line.strip():
            cells.append((line.strip(), end))
        pos = end + 1
        if len(cells) > 80:
            break
    heads: list[str] = []
    i = 0
    while i < len(cells) and _GROUP_CELL.fullmatch(cells[i][0]) and not _ROW_LABEL.fullmatch(cells[i][0]):
        heads.append(cells[i][0])
        i += 1
        if heads[-1].casefold() in _SUM_HEADS:
            break
    if len(heads) < 3 or heads[-1].casefold() not in _SUM_HEADS:
        return None
    out: dict[str, int] = {}
    stop = None
    while i < len(cells) and _ROW_LABEL.fullmatch(cells[i][0]):
        label = cells[i][0].casefold()
        i += 1
        nums: list[int] = []
        while i < len(cells) and cells[i][0].isdigit() and len(nums) < len(heads):
            nums.append(int(cells[i][0]))
            stop = cells[i][1]
            i += 1
        if len(nums) == 1 or (len(nums) > 1 and sum(nums[:-1]) != nums[-1]):
            return None  # no sum column to read
        if nums:
            key = "yes" if label.startswith(("ja", "dafür")) else "no" if label.startswith(("nein", "dagegen", "gegen")) else "abstain"
            out[key] = nums[-1]
    if stop is None or "yes" not in out:
        return None
    return (out.get("yes"), out.get("no"), out.get("abstain")), stop


# Counts by group in rows under one line of heads, a dash for none:
#            Ja    Nein   Enthaltung
#   CDU      -     16     -
#   SPD      12    -      -
# The counts are the columns' sums.
_GROUP_HEADS = re.compile(rf"[ \t|]*(?P<heads>{_HEAD_CELL}(?:{_CELL_SEP}{_HEAD_CELL}){{1,2}})[ \t|]*", re.IGNORECASE)
_GROUP_ROW = re.compile(
    # (a group's name goes on in words, or a number joined to one: "BÜNDNIS 90/DIE GRÜNEN"; a bare
    # number is the first cell)
    r"[ \t|]*(?P<group>[A-ZÄÖÜ][\wäöüß/.+-]*(?:[ \t](?:[A-ZÄÖÜ][\wäöüß/.+-]*|\d+/[\wäöüß/.+-]+)){0,3})"
    r"(?P<cells>(?:(?:[ \t]*\|[ \t]*|[ \t]+)(?:\d{1,3}|[-–—]))+)[ \t|]*"
)


_LEADING_BLANK = re.compile(r"(?:[ \t]*\n)*")


def group_rows_table(s: str) -> tuple[tuple[int | None, int | None, int | None], int] | None:
    """(Ja, Nein, Enthaltung) summed over a table with a row per group, and
    where the table ends in ``s``; None when ``s`` does not open with one
    (blank lines before it aside)."""
    pos = _LEADING_BLANK.match(s).end()
    nl = s.find("\n", pos)
    head = _GROUP_HEADS.fullmatch(s, pos, len(s) if nl < 0 else nl)
    if head is None:
        return None
    keys = ["yes" if h.casefold().startswith(("ja", "dafür")) else "no"
            if h.casefold().startswith(("nein", "dagegen", "gegen")) else "abstain"
            for h in re.split(_CELL_SEP, head.group("heads").strip())]
    sums = dict.fromkeys(keys, 0)
    rows = 0
    end = pos = head.end()
    while pos < len(s) and s[pos] == "\n":
        nl = s.find("\n", pos + 1)
        line_end = len(s) if nl < 0 else nl
        if not s[pos + 1:line_end].strip():
            if rows:
                break
            pos = line_end
            continue
        row = _GROUP_ROW.fullmatch(s, pos + 1, line_end)
        cells = re.split(r"[ \t|]+", row.group("cells").strip(" \t|")) if row else []
        if len(cells) != len(keys):
            break
        for key, cell in zip(keys, cells, strict=True):
            sums[key] += int(cell) if cell.isdigit() else 0
        rows += 1
        end = pos = line_end
    if rows < 2:
        return None
    return (sums.get("yes"), sums.get("no"), sums.get("abstain")), end


def _counts(s: str, low: str) -> tuple[int | None, int | None, int | None]:
    """Ja, Nein and Enthaltung counts. A labelled count ("Nein: 3") is
    unambiguous; otherwise the shape of the first count in the text
    (number first or word first) is read for all three."""
    if "\n" in s and (table := _table_counts(s)) is not None:
        return table
    if "\n" in s and (cells := line_cells_table(s)) is not None:
        return cells[0]
    if "\n" in s and (summed := sum_column_table(s)) is not None:
        return summed[0]
    if "\n" in s and (grouped := group_rows_table(s)) is not None:
        return grouped[0]
    found: dict[str, list[re.Match | None]] = {}
    for key, forms in _FORMS.items():
        found[key] = [rx.search(s) for rx in forms] if _has(low, key) else [None, None, None]
    starts = [[m.start() for ms in found.values() if (m := ms[i]) is not None] for i in (0, 2)]
    word_first = bool(starts[1]) and (not starts[0] or min(starts[1]) < min(starts[0]))
    order = (1, 2, 0) if word_first else (1, 0, 2)
    out = []
    for key in ("yes", "no", "abstain"):
        m = next((found[key][i] for i in order if found[key][i] is not None), None)
        g = next((x for x in m.groups() if x is not None), None) if m else None
        out.append(number(g) if g is not None else None)
    return out[0], out[1], out[2]


# A count glued to the next label in PDF text ("Ja: 18Nein: 0"): the number
# belongs to the label before it, not to "Nein".
_GLUED_LABEL = re.compile(
    r"(\d)(?=(?:Nein|NEIN|Ja|JA|Enthaltungen|Enthaltung|Stimmenthaltungen|dagegen|dafür)[ \t]*:[ \t]*\d)"
)


# Weighted votes (a Zweckverband's or Planungsverband's members hold several
# votes each): "Ja-Stimmen: 2 Verbandsmitglieder/6 Stimmen", "3 Mitglieder / 9
# Stimmen". The votes are the count, not the members; once a block counts so,
# its other fields ("Nein-Stimmen: 0/0") give members/votes too.
_WEIGHTED = re.compile(
    r"\b(\d{1,3})[ \t]*(?:stimmberechtigte[ \t]+)?(?:Verbands?mitglied(?:er)?|Mitglied(?:er)?|Mitgliedsgemeinden?"
    r"|Mitgliedskommunen?|Gemeinden?|Kommunen?|Städte|Landkreise?|Gesellschafter)[ \t]*/[ \t]*(\d{1,4})[ \t]*(Stimmen\b)",
    re.IGNORECASE,
)
_COUNT_LABEL = (r"(?:Ja-?Stimmen|Ja|JA|Nein-?Stimmen|Nein|NEIN|Gegenstimmen|Stimmenthaltungen|Stimmenthaltung"
                r"|Enthaltungen|Enthaltung|dafür|dagegen)")
_WEIGHTED_FIELD = re.compile(rf"({_COUNT_LABEL}[ \t]*:[ \t]*)(\d{{1,3}})[ \t]*/[ \t]*(\d{{1,4}})\b(?![/.]\d)")
# "Ja-Stimmen: 16 + 1" (the members and the mayor, as Saxon and Thuringian
# notices count): one count, the sum.
_SUMMED_FIELD = re.compile(rf"({_COUNT_LABEL}[ \t]*:?[ \t]*)(\d{{1,3}})[ \t]*\+[ \t]*(\d{{1,2}})\b")
# "mit 14 von 16 Stimmen angenommen": 14 votes for, of 16 cast.
_OF_CAST = re.compile(r"\bmit[ \t]+(\d{1,3})[ \t]+von[ \t]+\d{1,3}[ \t]+(?:(?:abgegebenen|gültigen|möglichen)[ \t]+)?Stimmen\b")


def _normalised_counts(s: str) -> str:
    """``s`` with weighted, summed and "N von M" counts written as plain counts."""
    if "/" in s and _WEIGHTED.search(s):
        s = _WEIGHTED.sub(r"\2 \3", s)
        s = _WEIGHTED_FIELD.sub(r"\1\3", s)
    if "+" in s:
        s = _SUMMED_FIELD.sub(lambda m: f"{m.group(1)}{int(m.group(2)) + int(m.group(3))}", s)
    if " von " in s:
        s = _OF_CAST.sub(r"mit \1 Ja-Stimmen", s)
    return s


# The members' count and the mayor's vote added: "Ja-Stimmen: 16 + 1" (where the
# mayor votes in the council, as in Saxony and Baden-Württemberg).
_PLUS_CHAIR = re.compile(r"(?<![\d.,])(\d{1,3})[ \t]*\+[ \t]*(\d)(?!\d|[.,]\d)")


def parse_votes(s: str, outcome: str | None = None) -> dict[str, Any]:
    """Vote fields stated in ``s`` (``outcome``, when known, settles
    "Bei 16 Ja-Stimmen abgelehnt": a split vote)."""
    if _GLUED_LABEL.search(s):
        s = _GLUED_LABEL.sub(r"\1; ", s)
    s = _normalised_counts(s)
    if "+" in s:
        s = _PLUS_CHAIR.sub(lambda m: str(int(m.group(1)) + int(m.group(2))), s)
    low = s.lower()
    yes, no, abstain = _counts(s, low)
    if yes is None and no is None and _has(low, "ratio"):
        rm = _RATIO.search(s)
        if rm:
            vals = [int(x) for x in rm.groups() if x is not None]
            yes, no = vals[0], vals[1]
            if len(vals) > 2 and abstain is None:
                abstain = vals[2]
    if yes == 0 and no == 0 and not abstain:
        # "JA-Stimmen: 0 NEIN-Stimmen: 0 Enthaltungen: 0": a form's empty fields, no vote
        yes = no = abstain = None
    unanimous: bool | None = None
    # The words of the result first ("einstimmig abgelehnt" with "Ja: 0,
    # Nein: 6" is unanimous), then the counts.
    if _has(low, "majority") and _MAJORITY.search(s):
        unanimous = False
    elif _has(low, "unanimous") and _UNANIMOUS.search(s):
        unanimous = True
    elif (no or 0) > 0 or (outcome == "rejected" and (yes or 0) > 0):
        unanimous = False
    elif yes is not None and no == 0 and (outcome != "rejected"):
        unanimous = True
    return {"unanimous": unanimous, "votes_yes": yes, "votes_no": no, "votes_abstain": abstain}


# A vote form printed to be filled in by hand: its fields dots, an ellipsis or
# underscores ("JA-Stimmen ……  NEIN-Stimmen ……", "___ Ja ___ Nein",
# "Gesetzliche Anzahl der Mitglieder: ……….").
_BLANK_FIELD = re.compile(r"…|\.{4,}|_{3,}|(?:\.[ \t]){3,}")
_FILLED_IN = re.compile(
    r"\d|einstimmig|mehrheitlich|angenommen|abgelehnt|zugestimmt|beschlossen\b|vertagt|verwiesen|Kenntnis", re.IGNORECASE
)


def blank_form(s: str) -> bool:
    """Whether ``s`` is a vote form left empty: blank fields and no count or result in it."""
    return bool(_BLANK_FIELD.search(s)) and not _FILLED_IN.search(s)


def has_vote(s: str) -> bool:
    """Whether ``s`` states a vote at all (counts, einstimmig, mehrheitlich)."""
    low = s.lower()
    return bool(
        (_has(low, "yes") and _YES.search(s))
        or ("\n" in s and (_TABLE.search(s) is not None or sum_column_table(s) is not None
                           or group_rows_table(s) is not None or line_cells_table(s) is not None))
        or (_has(low, "no") and _NO.search(s))
        or (_has(low, "abstain") and _ABSTAIN.search(s))
        or (_has(low, "unanimous") and _UNANIMOUS.search(s))
        or (_has(low, "majority") and _MAJORITY.search(s))
        or (_has(low, "ratio") and _RATIO.search(s))
    )


# Outcome words (see the contract's vocabulary). Verb forms say what was
# done; the nouns "Vertagung", "Verweisung" may be what was voted on ("den
# Antrag auf Vertagung abgelehnt"), so they rank below a rejection.
_I = re.IGNORECASE
_ANY = r"[\s\S]{0,100}?"
WITHDRAWN = re.compile(rf"zurückgezogen|zurückzuziehen|\bzieht\b{_ANY}\bzurück\b|Rücknahme", _I)
POSTPONED = re.compile(
    r"vertagt|vertagen|zurückgestellt|zurückzustellen|\bstellt\b[\s\S]{0,60}?\bzurück\b"
    r"|\babgesetzt|\babzusetzen|von\s+der\s+Tagesordnung\s+(?:genommen|abgesetzt|gestrichen)"
    r"|ruhen\s+(?:zu\s+)?lassen|verschoben|zu\s+verschieben|(?<!ab)geschoben",
    _I,
)
POSTPONED_NOUN = re.compile(r"Vertagung|Zurückstellung|Absetzung", _I)
REFERRED = re.compile(
    r"(?<!auf\s)(?:verwiesen|überwiesen|zu\s+verweisen|zu\s+überweisen|\bverweist\b|\büberweist\b"
    # "zurück in die Fraktionen", "zurück an den Ausschuss": referred back
    r"|\bzurück\s+(?:in|an)\s+(?:den|die|das)\s+[A-ZÄÖÜ]"
    # the matter to be discussed in a committee first: "das Thema im
    # Schul- und Sportausschuss zu beraten", "in den Bauausschuss zur Beratung zu geben"
    r"|\b(?:im|in\s+den|in\s+die|an\s+den)\s+[\w-]+(?:\s+und\s+[\w-]+)?(?:ausschuss|beirat|ausschüsse)\w*\s+(?:(?:weiter|zunächst|erneut|vor)\s+)?"
    r"(?:zu\s+beraten|zu\s+behandeln|vorzuberaten|zur\s+(?:weiteren\s+)?Beratung\b)"
    # the decision moved on to another body: "die Entscheidung in den Rat zu schieben", "an den Kreistag gegeben"
    r"|\b(?:in|an)\s+(?:den|die|das)\s+[\w-]*(?:[Rr]at|[Aa]usschuss|[Kk]reistag|versammlung|vertretung)\w*\s+"
    r"(?:zu\s+)?(?:schieben|geschoben|geben|gegeben|verlagern|verlagert|weitergeben|weitergegeben|weiterzugeben))", _I
)
REFERRED_NOUN = re.compile(r"Verweisung|Überweisung", _I)
REJECTED = re.compile(
    rf"abgelehnt|abzulehnen|Ablehnung(?!(?:en)?\s*[:=]?\s*\d)|\blehn(?:t|te|ten|en)\b{_ANY}\bab\b|nicht\s+zugestimmt"
    rf"|nicht\s+zuzustimmen|nicht\s+angenommen|nicht\s+beschlossen|keine\s+Mehrheit"
    # "Dem Antrag wurde nicht entsprochen"; "hat sich gegen … ausgesprochen"
    r"|\bnicht\s+entsprochen\b|\bsich\b[^.\n]{0,80}?\bgegen\b[^.\n]{0,100}?\bausgesprochen\b"
    # a report's words: "scheiterte", "kam (damit) nicht durch", "fiel durch", "votierte gegen"
    r"|\b(?:scheiterte|scheiterten|scheitert|scheitern|gescheitert)\b(?!\s+(?:wäre|wären))"
    r"|\b(?:kam|kamen|kommt|kommen|ging|gingen|geht|gehen)\b[^.\n]{0,80}?\bnicht\s+durch\b"
    r"|\b(?:fiel|fielen|fällt|fallen)\b[^.\n]{0,60}?\bdurch\b|\bdurchgefallen\b"
    # "konnte sich … nicht durchsetzen", "setzte sich … nicht durch"
    r"|\bnicht\s+durch(?:setzen|gesetzt)\b|\b(?:setzte|setzten)\s+sich\b[^.\n]{0,80}?\bnicht\s+durch\b"
    r"|\b(?:votiert|votierte|votierten|votieren|stimmte|stimmten)\s+(?:[\wäöüß]+\s+){0,3}?gegen\b"
    rf"|(?:reicht|genügt)\s+nicht\b{_ANY}Mehrheit|\bstimmt(?:e|en)?\b{_ANY}\bnicht\s+zu\b"
    # a negated recommendation: "empfiehlt die Annahme nicht", "nicht zur Annahme empfohlen"
    r"|\b(?:empfiehlt|empfahl|empfehlen)\b[^.\n]{0,100}?\b(?:Annahme|Zustimmung|Beschlussfassung)\b[^.\n]{0,60}?\bnicht\b"
    r"|\bnicht\s+zur\s+(?:Annahme|Zustimmung|Beschlussfassung)\s+empfohlen|\bnicht\s+(?:zu\s+)?empfehlen\b"
    rf"|\b(?:spricht|sprach|sprechen|sprachen)\s+sich\b{_ANY}\bgegen\b{_ANY}\baus\b"
    r"|\b(?:empfiehlt|empfahl)\b[^.\n]{0,80}?\bnicht\s+(?:anzunehmen|zuzustimmen|zu\s+beschließen)\b"
    # building law (§ 36 BauGB): the municipality's consent refused
    r"|\bEinvernehmen\s+(?:(?:[\wäöüß]+\.?|§+|\d+)\s+){0,8}?(?:versagt|nicht\s+erteilt)\b"
    r"|\b(?:versagt|versagte|versagen|versagten|verweigert|verweigerte)\b[^.\n]{0,60}?\bEinvernehmen\b",
    _I,
)
AMENDED = re.compile(
    r"(?<!un)geändert(?:e[nrs]?)?\s+(?:beschlossen|zugestimmt|angenommen|Fassung|\w*[Vv]orlage"
    r"|Beschlussempfehlung|Antrag|Beschlussvorschlag)|in\s+geänderter\s+Fassung"
    # (a singular "Änderung des Bebauungsplans" is the matter, not a change to the proposal)
    r"|mit\s+(?:den\s+|der\s+|folgende[nr]?\s+|einer\s+)?(?:Änderungen|Ergänzungen"
    r"|(?:Änderung|Ergänzung)(?!\s+(?:des|der|eines|einer|von)\s))\b"
    r"|mit\s+(?:dem|den)\s+(?:Änderungs|Ergänzungs)(?:antrag|anträgen?)\b|\bgeändert\s+beschlossen"
    # "mit den in der Sitzung beschlossenen Änderungen", "mit der angeführten Änderung" (not "mit der
    # Änderung des Bebauungsplans": a plan's amendment is the matter, not a change to the proposal)
    r"|\bmit\s+(?:den|der|dem)\s+(?:[\wäöüß.-]+\s+){1,5}?(?:Änderungen|Ergänzungen|Änderungs-?(?:antrag|anträgen?)"
    r"|Ergänzungs-?(?:antrag|anträgen?)|(?:Änderung|Ergänzung)(?!\s+(?:des|der|eines|einer|von)\s))\b"
    # "mit der Maßgabe, dass …": adopted on a condition the session added
    r"|\bmit\s+der\s+Ma(?:ß|ss)gabe\b"
    # "unter Berücksichtigung des beschlossenen Änderungsantrages", "einschließlich der Ergänzungen"
    r"|\b(?:unter\s+Berücksichtigung|einschließlich|inklusive)\s+(?:des|der)\s+(?:[\wäöüß]+\s+){0,2}?"
    r"(?:Änderung|Ergänzung|Änderungsantr|Ergänzungsantr)\w*"
    # "Der Beschluss weicht wie folgt vom Antrag ab", "abweichend vom Beschlussvorschlag"
    r"|\bweicht\b[\s\S]{0,40}?\bvo[mn]\s+(?:Antrag|Beschlussvorschlag|Vorschlag|Beschlussantrag)\s+ab\b"
    r"|\babweichend\s+vo[mn]\s+(?:Antrag|Beschlussvorschlag|Vorschlag|Beschlussantrag)\b",
    _I,
)
NOTED = re.compile(
    rf"zur\s+Kenntnis|Kenntnis\s+genommen|Kenntnisnahme|\b(?:nimmt|nahm|nehmen)\b{_ANY}\bKenntnis\b", _I
)
ADOPTED = re.compile(
    rf"beschlossen|beschließt|beschließen|beschloss|zuges?timmt|zuzustimmen"
    rf"|\b(?:stimmt|stimmte|stimmen|stimmten)\b{_ANY}\bzu\b|angenommen|Zustimmung|genehmigt|genehmigen"
    rf"|empfohlen|empfiehlt|empfahl|beauftragt|beauftragte|ermächtigt|gewählt|gewaehlt|bestellt|bestätigt|benannt|entsandt"
    # an election: "Der Rat wählt Frau X zur Ortsvorsteherin"
    r"|\bw(?:ä|ae)hl(?:t|te|ten|en)\b[^.]{0,80}?\b(?:zum|zur|zu|als|in\s+den|in\s+die)\b"
    # an election told by its counts: "Der Kreistag wählt mit 30 Ja-Stimmen und 11 Gegenstimmen:"
    r"|\bw(?:ä|ae)hl(?:t|te|ten)\s+(?:mit\s+(?:\d{1,3}|\w+)\s+(?:Ja-?Stimmen|Stimmen|Ja-Stimmen)\b|einstimmig\b|mehrheitlich\b)"
    # the office first: "Zum Kreisbrandmeister wählte der Kreistag …"; an appointment: "benennt Herrn X als
    # Vertreter", "entsendet Frau Y in den Verbandsausschuss", "beruft Herrn Z in den Beirat"
    r"|\b(?:Zum|Zur|zum|zur)\s+[^.\n]{1,60}?\bw(?:ä|ae)hl(?:t|te|ten)\b"
    r"|\b(?:benennt|benannte|benennen|entsendet|entsandte|entsenden|beruft|berief|berufen|bestellte|bestellen)\b"
    r"(?=[^.]{0,120}?\b(?:als|zum|zur|zu|in\s+den|in\s+die|in\s+das|für\s+den|für\s+die)\b)"
    rf"|befürwortet|\b(?:spricht|sprach|sprechen|sprachen)\s+sich\b{_ANY}\bfür\b{_ANY}\baus\b|beantragt"
    r"|\bentsprochen\b|\bsich\b[^.\n]{0,80}?\bfür\b[^.\n]{0,100}?\bausgesprochen\b"
    # a report's words: "billigte", "segnete … ab", "gab grünes Licht", "votierte für", "fand eine Mehrheit"
    r"|\b(?:billigt|billigte|billigten|billigen|gebilligt)\b|\b(?:segnet|segnete|segneten|segnen)\b[^.\n]{0,100}?\bab\b"
    r"|\babgesegnet\b|\b(?:grünes|gruenes)\s+Licht\b|\b(?:sein|ihr|das|seine|ihre)\s+(?:Okay|OK|Plazet)\b"
    r"|\b(?:votiert|votierte|votierten|votieren|stimmte|stimmten)\s+(?:[\wäöüß]+\s+){0,3}?(?:für|fuer)\b"
    r"|\b(?:spricht|sprach|sprechen|sprachen)\s+sich\b[^.]{0,100}?\bfuer\b[^.]{0,100}?\baus\b"
    r"|\b(?:fand|fanden|findet|erhielt|bekam)\s+(?:[\wäöüß]+\s+){0,4}?(?:eine|die)\s+(?:[\wäöüß]+\s+){0,2}?Mehrheit\b"
    r"|\b(?:kam|kamen|kommt|ging|gingen|geht)\b[^.\n]{0,60}?\bdurch\b"
    r"|\b(?:setzte|setzten)\s+sich\b[^.\n]{0,80}?\bdurch\b|\bkonnten?\s+sich\b[^.\n]{0,80}?\bdurchsetzen\b"
    r"|\b(?:gab|gaben|gibt|geben|erteilte|erteilten)\b[^.\n]{0,60}?\bAuftrag\b"
    # "Die Mitglieder sprechen sich einstimmig dafür aus, …"
    r"|\b(?:spricht|sprach|sprechen|sprachen)\s+sich\s+(?:[\wäöüß]+\s+){0,3}?dafür\s+aus\b"
    # a paper passed ("Der Haushaltsplan wurde verabschiedet"; not a person seen off),
    # a contract awarded ("wird an die Firma X vergeben")
    r"|\b(?:Haushalt\w*|\w*[Ss]atzung\w*|\w*[Pp]lan|\w*[Pp]lanes|Resolution|\w*[Kk]onzept\w*|Leitbild\w*|Stellungnahme"
    r"|\w*[Vv]orlage|\w*[Rr]ichtlinien?|\w*[Oo]rdnung|Etat|Entwurf|Beschluss|Antrag|Gesetz\w*)\b[^.\n]{0,100}?\bverabschiedet\b"
    # "verabschiedete den Haushalt"
    r"|\bverabschiedet(?:e|en)?\s+(?:[\wäöüß]+\s+){0,3}?(?:den|die|das)\s+(?:[\w-]+\s+)?(?:Haushalt\w*|\w*[Ss]atzung"
    r"|\w*[Pp]lan|Resolution|\w*[Kk]onzept|Etat|Entwurf|Leitbild|Stellungnahme|\w*[Oo]rdnung)\b"
    r"|\ban\s+(?:die|den|das)\s+[^\n]{1,100}?\bvergeben\b"
    # "Dem Beschlussvorschlag der Verwaltung wird einstimmig gefolgt"
    r"|\b(?:Beschlussvorschlag|Vorschlag|Beschlussempfehlung|Empfehlung|Antrag)\w*\b[^.\n]{0,80}?\bgefolgt\b"
    # "folgt dem Beschlussvorschlag der Verwaltung"
    r"|\b(?:folgt|folgte|folgen|folgten)\b[^.\n]{0,60}?\b(?:dem|der)\s+(?:Beschlussvorschlag|Vorschlag|Beschlussempfehlung|Empfehlung)"
    # building law (§ 36 BauGB): "Dem Bauantrag wird das gemeindliche Einvernehmen erteilt"
    # (the law cited between: "das Einvernehmen nach § 36 Abs. 1 BauGB erteilt")
    r"|\bEinvernehmen\s+(?:(?:[\wäöüß]+\.?|§+|\d+)\s+){0,8}?erteilt\b"
    r"|\b(?:erteilt|erteilte|erteilen|erteilten)\b(?![^.\n]{0,60}?\bnicht\b)[^.\n]{0,60}?\b(?:Einvernehmen|Entlastung)\b"
    # a body's finding: "stellt den Jahresabschluss 2023 fest"
    r"|\b(?:stellt|stellte|stellen|stellten)\s+(?:den|die|das)\s+[^.\n]{0,70}?\bfest\b",
    _I,
)
# A decision that takes note AND decides ("nimmt … Kenntnis und beschließt
# die Vergabe") is adopted.
_STRONG_ADOPT = re.compile(
    rf"beschließt|beschloss|beschlossen|beauftragt|zugestimmt|\bstimmt\b{_ANY}\bzu\b|genehmigt"
    # a finding that binds ("nimmt die Stellungnahme zur Kenntnis und stellt fest, dass …": an Abwägung)
    r"|\b(?:stellt|stellte|stellen|stellten)\b[^.\n]{0,100}?\bfest\b|\bfestgestellt\b",
    _I,
)
# "Einstimmig JA" — not the label of a count ("Ja: 10", "Ja 12").
# ("Ja: Nein: Enthaltung:" is a form's empty fields)
_YES_WORD = re.compile(r"\b(?:JA|Ja)\b(?!-)(?![ \t]*[:=])(?![ \t]*\d)")
OTHER_DISPOSITION = re.compile(r"\berledigt\b|\berübrigt\b", _I)

# Kept for callers of the first version.
OUTCOMES: list[tuple[str, re.Pattern]] = [
    ("adopted_amended", AMENDED), ("withdrawn", WITHDRAWN), ("postponed", POSTPONED),
    ("referred", REFERRED), ("rejected", REJECTED), ("noted", NOTED), ("adopted", ADOPTED),
]


def _referred(s: str) -> bool:
    for m in REFERRED.finditer(s):
        before = s[max(0, m.start() - 60) : m.start()]
        # "es wird auf die Anlage verwiesen" refers to a text, not a body.
        if re.search(r"\bauf\b", before) and not re.search(r"\b(?:an|in)\s+(?:den|die|das)\b", before):
            continue
        if re.match(r"\s+(?:\w+\s+){0,2}?auf\b", s[m.end():m.end() + 40]) and not re.search(
                r"\b(?:an|in)\s+(?:den|die|das)\s+\w*(?:ausschuss|rat|beirat|tag|versammlung)", s[m.end():m.end() + 120], re.I):
            continue  # "Der Magistrat verweist auf die Kosten": points to, sends nothing to a body
        return True
    return False


# How each outcome is recognised; the two orders below say which wins when
# a text has several.
_OUTCOME_TESTS = {
    "withdrawn": WITHDRAWN.search,
    "postponed": POSTPONED.search,
    "referred": _referred,
    "rejected": REJECTED.search,
    "postponed_noun": POSTPONED_NOUN.search,
    "referred_noun": REFERRED_NOUN.search,
    "adopted_amended": AMENDED.search,
    "noted": NOTED.search,
    "adopted": ADOPTED.search,
    "yes_word": _YES_WORD.search,
}
# A decision's wording: what is done with the matter comes first ("die
# Beratung zu vertagen" in a sentence that also says "beschloss").
_WORDING_ORDER = (
    ("withdrawn", "withdrawn"), ("postponed", "postponed"), ("referred", "referred"),
    ("rejected", "rejected"), ("postponed_noun", "postponed"), ("referred_noun", "referred"),
    ("adopted_amended", "adopted_amended"), ("noted", "noted"), ("adopted", "adopted"),
)
# A vote result: the verdict of the vote comes first.
_VOTE_ORDER = (
    ("rejected", "rejected"), ("adopted_amended", "adopted_amended"), ("withdrawn", "withdrawn"),
    ("postponed", "postponed"), ("referred", "referred"), ("noted", "noted"),
    ("adopted", "adopted"), ("yes_word", "adopted"),
)


def _first_outcome(s: str, order: tuple[tuple[str, str], ...]) -> str | None:
    for test, outcome in order:
        if _OUTCOME_TESTS[test](s):
            return outcome
    return None


def outcome_of(s: str) -> str | None:
    """The outcome a decision's wording states, or None."""
    outcome = _first_outcome(s, _WORDING_ORDER)
    if outcome == "noted" and _STRONG_ADOPT.search(s):
        return "adopted"  # "nimmt Kenntnis und beschließt …"
    return outcome


def vote_outcome(s: str) -> str | None:
    """The outcome a vote result states ("Mehrheitliche Zustimmung",
    "Einstimmig JA", "bei 4 Ja-Stimmen und 41 Nein-Stimmen abgelehnt")."""
    return _first_outcome(s, _VOTE_ORDER)


def decision_outcome(decision: str, vote: str = "") -> str:
    """The outcome of a decision's wording together with its vote result.

    A rejected vote rejects whatever was proposed; an adopted vote adopts
    what the wording says (to postpone, refer, take note, turn a motion
    down …); wording without an outcome word is ``other``.
    """
    vo = vote_outcome(vote) if vote else None
    if vo == "rejected":
        return "rejected"
    do = outcome_of(_first_sentence(decision)) or outcome_of(decision)
    if do == "noted" and _STRONG_ADOPT.search(decision):
        # "1. Der Rat nimmt … zur Kenntnis. 2. Der Rat beschließt …", "Der Rat
        # nimmt … zur Kenntnis und stellt fest, dass …": one decision, which
        # takes note and decides.
        do = "adopted"
    if do == "adopted" and PASSAGE_REJECTS.search(decision) and not ADOPTED.search(
        PASSAGE_REJECTS.sub("", decision[len(_first_sentence(decision)) :])
    ):
        # "Der Rat beschließt mit 12 Ja-, 30 Nein-Stimmen: … Der Antrag … wird
        # abgelehnt.": the first sentence only introduces what is decided
        # (unless the rest adopts something too).
        return "rejected"
    if do in ("postponed", "referred", "withdrawn", "rejected", "noted", "adopted_amended"):
        return do
    if vo:
        return vo
    return do or "other"


# A sentence of a decision's wording that turns the motion or proposal down.
PASSAGE_REJECTS = re.compile(
    r"\b(?:Antrag|Anträge|Änderungsantrag|Ergänzungsantrag|Vorlage|Beschlussvorschlag|Beschlussantrag)\b"
    r"[^.\n]{0,200}?\b(?:wird|werden|ist|sind|wurde|wurden)\s+(?:\w+\s+){0,2}?abgelehnt\b"
)


def counts_outcome(votes: dict[str, Any]) -> str | None:
    """The outcome counts alone give: more Ja than Nein carries; otherwise
    (a tie too) the motion fails. None without both counts."""
    yes, no = votes.get("votes_yes"), votes.get("votes_no")
    if yes is None or no is None:
        return None
    return "adopted" if yes > no else "rejected"


def _first_sentence(s: str) -> str:
    if ". " not in s and ".\n" not in s:
        return s
    spans = sentences(s)
    return s[spans[0][0] : spans[0][1]] if spans else s
