"""Comparing values: names, numbers, vote fields, as the README says."""

from __future__ import annotations

import re
import unicodedata
from typing import Any


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_STOPWORDS = frozenset(["der", "die", "das", "des", "dem", "den", "und", "im", "in", "am"])
# Punctuation is every non-word character except "/", and "_" (a word char).
_PUNCTUATION = re.compile(r"[^\w\s/]|_")


def name_tokens(name: Any) -> frozenset[str]:
    """The words a name is compared by (README: "Names").

    Punctuation becomes a word break (so ``CDU-Fraktion`` ~ ``CDU Fraktion``)
    except ``/``, which stays inside a word: ``GRÜNE/UWG`` -> ``gruene/uwg``.
    A name made only of dropped words keeps them, so that it does not turn
    into the empty set, which would be "among" every other name's words.
    """
    if name is None:
        return frozenset()
    # NFC first: PDF text often spells ü as u + combining diaeresis.
    text = unicodedata.normalize("NFC", str(name)).casefold().translate(_UMLAUTS)
    words = [w.strip("/") for w in _PUNCTUATION.sub(" ", text).split()]
    words = [w for w in words if w]
    kept = [w for w in words if w not in _STOPWORDS]
    return frozenset(kept or words)


def is_empty_name(name: Any) -> bool:
    """True for None, "" and names without a single word (e.g. ``"-"``)."""
    return not name_tokens(name)


def names_match(a: Any, b: Any) -> bool:
    """README name rule: one side's words all among the other's, or Jaccard >= 0.5.

    Two empty names do not match here; callers apply the empty-name rules.
    """
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    return ta <= tb or tb <= ta or len(ta & tb) / len(ta | tb) >= 0.5


def _similarity(a: Any, b: Any) -> float:
    """Jaccard of the name words; only used to prefer one candidate over another."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return 1.0 if not ta and not tb else 0.0
    return len(ta & tb) / len(ta | tb)


def _text(value: Any) -> str | None:
    """A scalar as text; None and blank text both mean "empty"."""
    if value is None:
        return None
    text = str(value)
    return text if text.strip() else None


def _as_int(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        number = float(str(value).strip())
    except ValueError:
        return None
    return int(number) if number.is_integer() else None


def _as_bool(value: Any) -> bool | str | None:
    """bool, None for empty, or the raw text of anything else (never equal to a bool)."""
    if value is None or isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if not text:
        return None
    return {"true": True, "false": False}.get(text, f"invalid:{text}")


def _as_number(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _vote_field_equal(name: str, gold: Any, predicted: Any) -> bool:
    if name == "recommended_to":
        if is_empty_name(gold) or is_empty_name(predicted):
            return is_empty_name(gold) and is_empty_name(predicted)
        return names_match(gold, predicted)
    if name == "unanimous":
        return _as_bool(gold) == _as_bool(predicted)
    # Counts: an unparsable prediction is wrong, not "empty".
    if _text(predicted) is not None and _as_int(predicted) is None:
        return False
    return _as_int(gold) == _as_int(predicted)


def _name_accepts(gold: Any, predicted: Any, optional: bool) -> bool:
    """README name rule plus its empty-name rule."""
    if is_empty_name(gold):
        return optional or is_empty_name(predicted)
    return not is_empty_name(predicted) and names_match(gold, predicted)
