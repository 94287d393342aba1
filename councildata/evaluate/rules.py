"""Row rules per table (README: "How a run is scored")."""

from __future__ import annotations

from collections.abc import Sequence
from .compare import _as_number, _name_accepts, _similarity, _text, _vote_field_equal, is_empty_name, names_match
from .matching import Prefers, _is_optional
from .fields import VOTE_FIELDS


def _key_equal(gold: dict, pred: dict, key: str) -> bool:
    """A key left out of the gold is not scored; null must be empty."""
    return key not in gold or _text(gold[key]) == _text(pred.get(key))


def _stated_equal(gold: dict, pred: dict, key: str) -> bool:
    """Compared only where the gold has a value ("where the gold has one")."""
    return gold.get(key) is None or _text(gold[key]) == _text(pred.get(key))


def _meeting_accepts(g: dict, p: dict, optional: bool) -> bool:
    # README: "organization (name rule) where the gold names one, and date
    # where the gold has one".
    return _stated_equal(g, p, "date") and (
        is_empty_name(g.get("organization"))
        or names_match(g["organization"], p.get("organization"))
    )


def _motion_accepts(g: dict, p: dict, optional: bool) -> bool:
    return _stated_equal(g, p, "date") and (
        "submitted_by" not in g or _name_accepts(g["submitted_by"], p.get("submitted_by"), optional)
    )


def _resolution_accepts(g: dict, p: dict, optional: bool) -> bool:
    if not (_key_equal(g, p, "date") and _key_equal(g, p, "outcome")):
        return False
    gold_body, pred_body = g.get("decided_by"), p.get("decided_by")
    # decided_by only counts "where both have one".
    return is_empty_name(gold_body) or is_empty_name(pred_body) or names_match(gold_body, pred_body)


# README: a null-respondent result "states the same figure" when the
# values differ by at most this much.
VALUE_TOLERANCE = 0.05


def _in_gold_period(g: dict, p: dict) -> bool:
    """README: the predicted ``date_start`` lies inside the gold period.

    The period is ``date_start`` .. ``date_end``; without a ``date_end`` it
    is the single day ``date_start``. ISO dates compare correctly as text.
    Only "where the gold has one": no gold ``date_start``, no constraint.
    """
    start = _text(g.get("date_start"))
    if start is None:
        return True
    end = _text(g.get("date_end")) or start
    predicted = _text(p.get("date_start"))
    return predicted is not None and start <= predicted.strip() <= end


def _survey_accepts(g: dict, p: dict, optional: bool) -> bool:
    return _in_gold_period(g, p) and (
        "respondents" not in g or _name_accepts(g["respondents"], p.get("respondents"), optional)
    )


def _same_figure(g: dict, p: dict) -> bool:
    gold_value, pred_value = _as_number(g.get("value")), _as_number(p.get("value"))
    return pred_value is not None and abs(gold_value - pred_value) <= VALUE_TOLERANCE + 1e-9


def _same_finding(g: dict, p: dict) -> bool:
    """Name rule between the gold's finding (or its quote) and the prediction's finding or quote."""
    gold_texts = [t for t in (g.get("finding"), g.get("quote")) if not is_empty_name(t)]
    pred_texts = [t for t in (p.get("finding"), p.get("quote")) if not is_empty_name(t)]
    return any(names_match(a, b) for a in gold_texts[:1] for b in pred_texts)


def _result_accepts(g: dict, p: dict, optional: bool) -> bool:
    if not is_empty_name(g.get("respondent")):
        return names_match(g["respondent"], p.get("respondent"))
    # README: a gold result without respondent matches only a row of the same
    # survey with the same figure or, where the gold has no value, the same
    # finding. The phases make sure named gold rows choose first.
    if _as_number(g.get("value")) is not None:
        return _same_figure(g, p)
    if not is_empty_name(g.get("finding")) or not is_empty_name(g.get("quote")):
        return _same_finding(g, p)
    # A row stating neither figure nor finding can only be an optional
    # placeholder ("an optional one matches any", as for empty names).
    return optional


def _resolution_prefers(g: dict, p: dict) -> float:
    # Among equally valid partners prefer the one that agrees on the vote,
    # so an arbitrary pairing does not lower the vote-field accuracy.
    agree = sum(_vote_field_equal(f, g[f], p.get(f)) for f in VOTE_FIELDS if f in g)
    return agree + 0.1 * _similarity(g.get("decided_by"), p.get("decided_by"))


def _name_prefers(name_field: str) -> Prefers:
    def prefers(g: dict, p: dict) -> float:
        same_ref = g.get("reference") is not None and _text(g["reference"]) == _text(
            p.get("reference")
        )
        return _similarity(g.get(name_field), p.get(name_field)) + same_ref

    return prefers


def _result_prefers(g: dict, p: dict) -> float:
    # For a gold row without respondent prefer an unnamed prediction, which
    # leaves named predictions to named (optional) gold rows; a same value
    # makes the pairing the one a reader would choose.
    same_value = _as_number(g.get("value")) is not None and _same_figure(g, p)
    return _similarity(g.get("respondent"), p.get("respondent")) + same_value


def _result_phases(gold_results: Sequence[dict], all_optional: bool) -> list:
    """Required named, required unnamed, optional named, optional unnamed."""
    phases = []
    for optional in (False, True):
        rows = [
            i for i, r in enumerate(gold_results) if (all_optional or _is_optional(r)) == optional
        ]
        named = [i for i in rows if not is_empty_name(gold_results[i].get("respondent"))]
        unnamed = [i for i in rows if i not in named]
        phases += [(named, optional), (unnamed, optional)]
    return phases
