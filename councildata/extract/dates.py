"""German dates as council documents write them.

"08.09.2021", "8.9.21", "30. September 2025", "30. Sept. 2025", "5.XII.2026",
"September 2025", "Frühjahr 2022", "im Frühjahr dieses Jahres" (relative
to the document's date). Everything returns ISO strings or None.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

MONTHS = {
    "januar": 1, "jan": 1, "jänner": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3,
    "mär": 3, "mrz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7,
    "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10,
    "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))

# 08.09.2021 / 8.9.21 / 08. 09. 2021
NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2}|\d{2})(?![\d])")
# 30. September 2025 / 1. Sept. 2025
WORD_DATE = re.compile(
    rf"(?<!\d)(\d{{1,2}})\.\s*({_MONTH_ALT})\.?\s+((?:19|20)\d{{2}})(?!\d)", re.IGNORECASE
)
# 2021-09-08
ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")
# 5.XII.2026 / 5. XII. 2026: the month in Roman numerals (upper case only: "5. v. 2026" is no date)
ROMAN_MONTHS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
                "XI": 11, "XII": 12}
ROMAN_DATE = re.compile(
    r"(?<![\d.])(\d{1,2})\.\s?(?-i:(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I))\.\s?((?:19|20)\d{2})(?!\d)"
)
# Any single date in one of the forms above.
ANY_DATE = re.compile(
    f"{NUMERIC_DATE.pattern}|{WORD_DATE.pattern}|{ISO_DATE.pattern}|{ROMAN_DATE.pattern}", re.IGNORECASE
)
# ANY_DATE's pattern with its case-insensitivity kept, for embedding in other
# patterns ("30. september 2025" as well as "30. September 2025").
DATE_PATTERN = f"(?i:{ANY_DATE.pattern})"

SEASONS = {
    # season: (first month, last month); winter runs into the next year.
    "frühjahr": (3, 5), "frühling": (3, 5), "sommer": (6, 8), "herbst": (9, 11),
    "winter": (12, 2),
}
_SEASON_ALT = "|".join(SEASONS)
# "im Frühjahr 2022", "im Herbst dieses Jahres", "im Sommer des vergangenen Jahres",
# "im März 2022", "im Mai dieses Jahres"
PERIOD = re.compile(
    rf"\b(?:(?:im|in|seit|ab)\s+(?:de[mn]\s+)?)?(?P<name>{_SEASON_ALT}|{_MONTH_ALT})\b\.?\s+"
    r"(?P<year>(?:19|20)\d{2}|dieses\s+Jahres|des\s+(?:laufenden|vergangenen|letzten|"
    r"vorigen|Vorjahres)\s*(?:Jahres)?|letzten\s+Jahres|vergangenen\s+Jahres|"
    r"des\s+Jahres\s+(?:19|20)\d{2})",
    re.IGNORECASE,
)


def _year(y: str) -> int:
    n = int(y)
    if len(y) == 2:
        n += 2000 if n < 70 else 1900
    return n


def make_date(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def date_from_match(m: re.Match) -> str | None:
    """ISO date of a match of NUMERIC_DATE, WORD_DATE, ISO_DATE or ANY_DATE."""
    g = [x for x in m.groups() if x is not None]
    if len(g) != 3:
        return None
    a, b, c = g
    if re.fullmatch(r"\d{4}", a):  # ISO
        return make_date(int(a), int(b), int(c))
    month = int(b) if b.isdigit() else ROMAN_MONTHS.get(b) or MONTHS.get(b.lower().rstrip("."))
    if month is None:
        return None
    return make_date(_year(c), month, int(a))


_WEEKDAYS = {"mo": 0, "montag": 0, "di": 1, "dienstag": 1, "mi": 2, "mittwoch": 2, "do": 3, "donnerstag": 3,
             "fr": 4, "freitag": 4, "sa": 5, "samstag": 5, "sonnabend": 5, "so": 6, "sonntag": 6}
# A day and month without the year, as invitations and notices write the coming session:
# "am Montag, 3. März, 19 Uhr", "Dienstag, den 5. Dez.", "am 12. Januar um 18 Uhr" (its
# weekday, if any, stands before it).
DAY_MONTH = re.compile(
    rf"(?<![\d.])(?P<d>\d{{1,2}})\.\s*(?P<m>(?i:{_MONTH_ALT}))\b\.?(?!\s*(?:19|20)\d{{2}}|\s*\d)"
)


def yearless_date(day: int, month_name: str, weekday: str | None, reference_year: int) -> str | None:
    """ISO date of a day and month without a year: the year of the document
    (``reference_year``) or, when a weekday is named, the year next to it in which the
    day falls on that weekday."""
    month = MONTHS[month_name.lower()]
    if weekday is None:
        return make_date(reference_year, month, day)
    want = _WEEKDAYS[weekday.lower()]
    for year in (reference_year, reference_year + 1, reference_year - 1):
        iso = make_date(year, month, day)
        if iso and dt.date.fromisoformat(iso).weekday() == want:
            return iso
    return None


def parse_date(s: str) -> str | None:
    """The first date found in ``s``, as ISO, or None."""
    m = ANY_DATE.search(s)
    return date_from_match(m) if m else None


def find_dates(s: str) -> list[tuple[int, int, str]]:
    """Every date in ``s`` as (start, end, iso)."""
    out = []
    for m in ANY_DATE.finditer(s):
        iso = date_from_match(m)
        if iso:
            out.append((m.start(), m.end(), iso))
    return out


def period_range(match: re.Match, reference_date: str | None) -> tuple[str | None, str | None]:
    """First and last day of a PERIOD match ("Frühjahr 2022" -> 2022-03-01..2022-05-31).

    Relative years ("dieses Jahres") are resolved against ``reference_date``
    (the document's date); without one they stay unknown.
    """
    name = match.group("name").lower().rstrip(".")
    year_text = " ".join(match.group("year").lower().split())
    ref_year = int(reference_date[:4]) if reference_date else None
    if re.fullmatch(r"(?:des jahres )?((?:19|20)\d{2})", year_text):
        year = int(year_text[-4:])
    elif ref_year is None:
        return None, None
    elif "dieses" in year_text or "laufenden" in year_text:
        year = ref_year
    else:  # vergangenen / letzten / vorigen / Vorjahres
        year = ref_year - 1
    if name in SEASONS:
        first, last = SEASONS[name]
        end_year = year + 1 if last < first else year
    else:
        first = last = MONTHS[name]
        end_year = year
    last_day = calendar.monthrange(end_year, last)[1]
    return make_date(year, first, 1), make_date(end_year, last, last_day)


# Two months and a year: "In den Monaten Mai und Juni 2013", "von März bis
# April 2021", "Mitte Mai bis Mitte Juni 2022", "Dezember 2020 bis Januar
# 2021". ``month_range`` gives the first day of the first month and the last
# day of the second; the group ``text`` holds the words for the period.
MONTH_RANGE = re.compile(
    rf"(?P<text>(?:(?:in\s+den\s+Monaten|im\s+Zeitraum(?:\s+von)?|zwischen|von)\s+)?"
    rf"(?:(?:Anfang|Mitte|Ende)\s+)?(?P<m1>{_MONTH_ALT})\.?\s+(?:(?P<y1>(?:19|20)\d{{2}})\s+)?"
    rf"(?:und|bis(?:\s+(?:zum|Anfang|Mitte|Ende))?|[-–])\s+(?:(?:Anfang|Mitte|Ende)\s+)?"
    rf"(?P<m2>{_MONTH_ALT})\.?\s+(?P<y2>(?:19|20)\d{{2}}))",
    re.IGNORECASE,
)


def month_range(m: re.Match) -> tuple[str | None, str | None]:
    """First and last day of a MONTH_RANGE match ("Mai und Juni 2013" -> 2013-05-01..2013-06-30)."""
    y2 = int(m.group("y2"))
    m1 = MONTHS[m.group("m1").lower()]
    m2 = MONTHS[m.group("m2").lower()]
    y1 = int(m.group("y1")) if m.group("y1") else (y2 - 1 if m1 > m2 else y2)
    return make_date(y1, m1, 1), make_date(y2, m2, calendar.monthrange(y2, m2)[1])


# A meeting over two days: "03/.04.03.2015", "3./4.3.2015", "3./4. März 2015".
# ``date_from_day_range`` gives its first day.
DAY_RANGE = re.compile(
    rf"(?<![\d.])(\d{{1,2}})\.?\s?[/&+–-]\s?\.?\d{{1,2}}\.\s?(?:(\d{{1,2}})\.\s?|({_MONTH_ALT})\.?\s+)"
    r"((?:19|20)\d{2}|\d{2})(?!\d)",
    re.IGNORECASE,
)


def date_from_day_range(m: re.Match) -> str | None:
    """First day of a DAY_RANGE match."""
    day, month_num, month_name, year = m.groups()
    month = int(month_num) if month_num else MONTHS.get(month_name.lower().rstrip("."))
    return make_date(_year(year), month, int(day)) if month else None


# English dates, for minutes of English-speaking councils: "Tuesday, May 8,
# 2018", "MONDAY, 23RD NOVEMBER, 2015", "17™ DECEMBER, 2018" (OCR), "12TH DAY
# OF JANUARY, 2011". Kept apart from ANY_DATE so German parsing is unchanged.
ENGLISH_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_EN_MONTH_ALT = "|".join(sorted(ENGLISH_MONTHS, key=len, reverse=True))
ENGLISH_DATE = re.compile(
    rf"(?<!\d)(?P<d1>\d{{1,2}})(?:st|nd|rd|th|™)?(?:\s+day\s+of)?\s+(?P<m1>{_EN_MONTH_ALT})\.?,?\s+(?P<y1>(?:19|20)\d{{2}})(?!\d)"
    rf"|\b(?P<m2>{_EN_MONTH_ALT})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d{{2}})(?!\d)",
    re.IGNORECASE,
)


def parse_english_date(s: str) -> str | None:
    """The first English date in ``s``, as ISO, or None."""
    m = ENGLISH_DATE.search(s)
    if not m:
        return None
    day, month, year = (m.group("d1"), m.group("m1"), m.group("y1")) if m.group("d1") else (
        m.group("d2"), m.group("m2"), m.group("y2"))
    return make_date(int(year), ENGLISH_MONTHS[month.lower()], int(day))
