"""German full-text search: folded and stemmed index text, safe queries, snippets.

SQLite's FTS5 tokenizers know no German, and Python cannot register a
tokenizer of its own, so the database keeps beside each searchable table

- ``<table>_stem``: every word folded (case, ä/ae, ö/oe, ü/ue, ß/ss, other
  accents) and reduced to its stem by the Snowball German stemmer, so that
  "Umfragen" finds "Umfrage" and "Beschlüsse" finds "Beschluss";
- ``<table>_tri``: the folded words under FTS5's trigram tokenizer, so that
  a part of a compound is found anywhere in a word ("steuer" finds
  "Hundesteuer").

Both are contentless (the text is in the table itself). A visitor's text is
turned into an FTS5 query by :func:`fts_query` the same way, word by word:
every word becomes a quoted phrase, so no input is ever read as FTS5 syntax
(``AND``, ``*``, ``NEAR``, quotes and parentheses are searched as words).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

import snowballstemmer

# The tables the search page covers, the columns indexed, and the weight of
# each column in bm25 (a word in a title counts more than one in a long text).
SEARCH_COLUMNS: dict[str, dict[str, float]] = {
    "documents": {"title": 5.0, "text": 1.0},
    "resolutions": {"text": 1.0},
    "motions": {"title": 3.0, "quote": 1.0},
}
STEM_SUFFIX = "_stem"
TRIGRAM_SUFFIX = "_tri"
# A query is cut to this many words: a longer one matches nothing more
# useful, and each word is one more phrase for FTS5 to intersect.
MAX_QUERY_WORDS = 32
# Only this much of a query's text is read (a search box needs far less).
MAX_QUERY_CHARS = 1000
# FTS5's trigram tokenizer finds nothing in a phrase shorter than 3 characters.
MIN_TRIGRAM_CHARS = 3

# Tokens as FTS5's unicode61 tokenizer sees them: runs of letters and digits.
_TOKEN = re.compile(r"[^\W_]+")
_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
# "ae", "oe", "ue" written for ä, ö, ü: not after a vowel ("Bauer", "neue",
# "Steuer" keep theirs) nor "que" ("Quelle").
_DIGRAPH = re.compile(r"(?<![aeiouyq])([aou])e")
_stemmer = snowballstemmer.stemmer("german")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


@functools.lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """One word in the form both the index and the queries use: lower case,
    umlauts and their digraphs as the bare vowel, ß as ss, no accents."""
    word = word.lower().translate(_UMLAUTS)
    word = _DIGRAPH.sub(r"\1", word)
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return word


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball German stem of a word, folded first."""
    return _stemmer.stemWord(fold(word))


def folded_text(text: str | None) -> str:
    """A text as the trigram index holds it: its folded words, one space apart."""
    return " ".join(fold(t) for t in tokens(text or ""))


def stemmed_text(text: str | None) -> str:
    """A text as the stemmed index holds it: the stems of its words in order."""
    return " ".join(stem(t) for t in tokens(text or ""))


def _phrases(query: str) -> Iterator[list[str]]:
    """The words of a query, as lists of tokens: one list per
    whitespace-separated word ("Kita-Plätze" and "2023/0344" stay one phrase)."""
    n = 0
    for word in (query or "")[:MAX_QUERY_CHARS].split():
        parts = tokens(word)
        if parts:
            yield parts
            n += 1
            if n == MAX_QUERY_WORDS:
                return


def fts_query(query: str | None) -> str:
    """An FTS5 query matching the rows that hold every word of ``query``, in
    the stemmed index or in the plain unicode61 one (``<table>_fts``).

    Each word becomes ``("as written" OR "folded" OR "stemmed")`` of quoted
    phrases; the phrases only contain letters and digits, so nothing the
    visitor types is read as FTS5 syntax. Text without any word gives
    ``""``, which matches nothing.
    """
    clauses = []
    for parts in _phrases(query or ""):
        forms = dict.fromkeys([
            " ".join(p.lower() for p in parts),
            " ".join(fold(p) for p in parts),
            " ".join(stem(p) for p in parts),
        ])
        quoted = [f'"{f}"' for f in forms]
        clauses.append(quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")")
    return " AND ".join(clauses) or '""'


def trigram_query(query: str | None) -> str | None:
    """An FTS5 query for the trigram index: every word's stem as a substring
    ("steuer" in "hundesteuer"); None when no word is long enough."""
    clauses = []
    for parts in _phrases(query or ""):
        phrase = " ".join(stem(p) for p in parts)
        if len(phrase) < MIN_TRIGRAM_CHARS:
            return None
        clauses.append(f'"{phrase}"')
    return " AND ".join(clauses) or None


# --- Snippets ----------------------------------------------------------------

_FOLDED_CHAR = {
    "a": "(?:a|ä|ae)", "o": "(?:o|ö|oe)", "u": "(?:u|ü|ue)",
}


def _stem_pattern(stemmed: str) -> str:
    out, i = [], 0
    while i < len(stemmed):
        c = stemmed[i]
        if stemmed.startswith("ss", i):
            out.append("(?:ss|ß)")
            i += 2
            continue
        out.append(_FOLDED_CHAR.get(c, re.escape(c)))
        i += 1
    return "".join(out)


def match_pattern(query: str | None, *, whole_words: bool = True) -> re.Pattern | None:
    """A regular expression finding, in the original text, the words that
    the query's stems came from (case, umlauts and ß as written)."""
    alternatives = []
    for parts in _phrases(query or ""):
        body = r"[\W_]+".join(_stem_pattern(stem(p)) + r"[^\W_]*" for p in parts)
        alternatives.append((r"(?<![^\W_])" if whole_words else r"[^\W_]*") + body)
    if not alternatives:
        return None
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


def find_match(text: str, query: str | None) -> tuple[int, int] | None:
    """Where the first word of ``query`` occurs in ``text`` (whole word from
    its start, else anywhere inside a word), or None."""
    for whole in (True, False):
        pattern = match_pattern(query, whole_words=whole)
        if pattern is None:
            return None
        m = pattern.search(text)
        if m:
            return m.start(), m.end()
    return None


def snippet(text: str | None, query: str | None, width: int = 220) -> tuple[str, int, int, int, int]:
    """A passage of ``text`` around the first match of ``query``:
    (passage, its start in text, match start, match end, passage end). Without
    a match, the beginning of the text with an empty match."""
    text = text or ""
    found = find_match(text, query)
    m_start, m_end = found if found else (0, 0)
    a = max(0, m_start - width // 3)
    b = min(len(text), max(m_end, a + width))
    # Start and end on word boundaries, where there is one close by.
    if a > 0:
        space = text.find(" ", a, m_start)
        a = space + 1 if space != -1 else a
    if b < len(text):
        space = text.rfind(" ", m_end, b)
        b = space if space != -1 else b
    return text[a:b], a, m_start, m_end, b


def highlight(text: str | None, query: str | None) -> str:
    """The text of a snippet, with the match between » and « (for SQL
    results and CSV, where there is no HTML)."""
    passage, a, m_start, m_end, b = snippet(text, query)
    if m_end <= m_start:
        return passage + ("…" if b < len(text or "") else "")
    return ("…" if a > 0 else "") + passage[: m_start - a] + "»" + passage[m_start - a : m_end - a] + "«" + passage[m_end - a :] + ("…" if b < len(text or "") else "")
