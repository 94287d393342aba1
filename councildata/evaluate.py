"""Score an extraction against the hand-made gold records of the corpus.

The rules are those of ``corpus/README.md`` ("How a run is scored"); this
module is their executable form. It is a plain library: ``load_gold`` and
``load_output`` read the two sides, ``score`` compares them into a
JSON-serialisable report and ``format_report`` renders that report for a
terminal. The command line wraps these functions.

Interpretations the README leaves open are noted where they are made:

* a gold key that is left out constrains nothing; a key that is ``null``
  must be empty in the output (dates, outcomes, vote fields, document
  fields). Two places say "where the gold has one" and so skip ``null``
  too: a motion's ``date`` and a survey's ``date_start``;
* a gold survey with a ``date_start`` but no ``date_end`` is a one-day
  period;
* a gold result without respondent compares its ``finding`` (its ``quote``
  where it has no finding) with the predicted ``finding`` or ``quote``; one
  that states neither a value nor a finding nor a quote matches nothing
  unless it is optional, in which case it takes any free row;
* vote fields are scored over matched *required* resolution pairs only;
* the results of an optional gold survey count as optional (finding the
  survey costs nothing, so its contents cannot either);
* for a gold document with no document in the output, every required gold
  row is missed and every stated document field counts as wrong.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import PROVENANCE_TABLES, TABLES

# Tables compared row by row with the gold, in report order.
SCORED_TABLES = ("motions", "resolutions", "surveys", "survey_results", "meetings")
VOTE_FIELDS = ("unanimous", "votes_yes", "votes_no", "votes_abstain", "recommended_to")
DOCUMENT_FIELDS = ("type", "date", "reference")

# Fields shown for a missed or spurious row, so a maintainer sees why it failed.
KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "meetings": ("organization", "date"),
    "motions": ("submitted_by", "date", "reference"),
    "resolutions": ("decided_by", "date", "outcome", *VOTE_FIELDS),
    "surveys": ("respondents", "date_start", "date_end"),
    "survey_results": ("survey", "survey_id", "respondent", "finding", "value", "unit"),
}

_INT_COLUMNS = frozenset({"votes_yes", "votes_no", "votes_abstain", "char_start", "char_end"})
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


# --------------------------------------------------------------------------
# Reading both sides


def load_gold(gold_dir: Path) -> dict[str, dict]:
    """Every ``*.gold.json`` below ``gold_dir``, keyed by its document's path.

    The key is the gold file's folder relative to ``gold_dir`` joined with its
    ``source_file`` (with ``/``), i.e. what ``documents.source_file`` holds
    when the output was built from ``gold_dir``. Nothing is skipped
    silently: a file that is not a valid gold record raises ``ValueError``.
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise FileNotFoundError(f"gold directory not found: {gold_dir}")
    records: dict[str, dict] = {}
    for path in sorted(gold_dir.rglob("*.gold.json")):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ValueError(f"{path}: not valid JSON: {exc}") from exc
        source_file = record.get("source_file") if isinstance(record, dict) else None
        if not isinstance(source_file, str) or not source_file:
            raise ValueError(f"{path}: a gold record must be an object with a 'source_file'")
        folder = path.relative_to(gold_dir).parent.as_posix()
        key = source_file if folder == "." else f"{folder}/{source_file}"
        if key in records:
            raise ValueError(f"{path}: a second gold record for {key}")
        records[key] = record
    return records


def load_output(out_dir: Path) -> dict[str, list[dict]]:
    """The rows of every table in ``OUT_DIR/<table>.csv`` (missing file: no rows).

    Cells are typed back from CSV: empty -> None, ``unanimous`` -> bool,
    vote counts and offsets -> int, ``value`` -> float when numeric.
    """
    _allow_long_csv_fields()
    output: dict[str, list[dict]] = {}
    for table in TABLES:
        path = Path(out_dir) / f"{table}.csv"
        if not path.is_file():
            output[table] = []
            continue
        # newline="" keeps line breaks inside documents.text exactly, which
        # the provenance offsets depend on; utf-8-sig tolerates a BOM.
        with path.open(encoding="utf-8-sig", newline="") as fh:
            output[table] = [
                {col: _convert_cell(col, val) for col, val in row.items() if col is not None}
                for row in csv.DictReader(fh)
            ]
    return output


def _allow_long_csv_fields() -> None:
    # documents.text is far longer than csv's default 128 KiB field limit.
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:  # platforms whose C long is 32 bit
            limit //= 2


def _convert_cell(column: str, value: str | None) -> Any:
    if value is None or value == "":
        return None
    if column == "unanimous":
        return {"true": True, "false": False}.get(value.strip().lower(), value)
    if column in _INT_COLUMNS:
        number = _as_int(value)
        return value if number is None else number
    if column == "value" and _NUMBER.fullmatch(value.strip()):
        return float(value)
    return value


# --------------------------------------------------------------------------
# Comparing values

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


# --------------------------------------------------------------------------
# One-to-one matching


def max_matching(
    order: Sequence[int], candidates: dict[int, list[tuple[float, int]]]
) -> dict[int, int]:
    """A maximum bipartite matching gold index -> predicted index.

    ``candidates[g]`` lists ``(preference, p)`` for every predicted row that
    may match gold row ``g``. Pairs are first taken greedily by descending
    preference, then Kuhn's augmenting paths add every gold row that can
    still be matched. Augmenting only ever grows the matching, so the result
    is maximum whatever the greedy start; the greedy start only decides
    which of several maximum matchings is returned.
    """
    gold_to_pred: dict[int, int] = {}
    pred_to_gold: dict[int, int] = {}
    edges = sorted(
        (-pref, rank, g, p) for rank, g in enumerate(order) for pref, p in candidates.get(g, [])
    )
    for _, _, g, p in edges:
        if g not in gold_to_pred and p not in pred_to_gold:
            gold_to_pred[g], pred_to_gold[p] = p, g
    for g in order:
        if g not in gold_to_pred:
            _augment(g, candidates, gold_to_pred, pred_to_gold)
    return gold_to_pred


def _augment(
    root: int,
    candidates: dict[int, list[tuple[float, int]]],
    gold_to_pred: dict[int, int],
    pred_to_gold: dict[int, int],
) -> bool:
    """Find and apply an augmenting path from the unmatched gold row ``root``.

    Iterative depth-first search, so a long results list cannot hit
    Python's recursion limit. ``stack[i]`` is a gold row on the path and
    ``chosen[i]`` the predicted row it would take, whose current partner is
    ``stack[i + 1]``.
    """
    seen: set[int] = set()
    stack = [(root, iter([p for _, p in candidates.get(root, [])]))]
    chosen: list[int] = []
    while stack:
        _, options = stack[-1]
        for p in options:
            if p in seen:
                continue
            seen.add(p)
            if p not in pred_to_gold:
                for (g, _), q in zip(stack, [*chosen, p], strict=True):
                    gold_to_pred[g], pred_to_gold[q] = q, g
                return True
            chosen.append(p)
            partner = pred_to_gold[p]
            stack.append((partner, iter([q for _, q in candidates.get(partner, [])])))
            break
        else:
            stack.pop()
            if chosen:
                chosen.pop()
    return False


@dataclass
class _Matching:
    required: list[tuple[int, int]] = field(default_factory=list)  # counted as hits
    optional: list[tuple[int, int]] = field(default_factory=list)  # cost nothing
    missed: list[int] = field(default_factory=list)  # required gold rows left
    spurious: list[int] = field(default_factory=list)  # predicted rows left


Accepts = Callable[[dict, dict, bool], bool]  # (gold, predicted, gold is optional)
Prefers = Callable[[dict, dict], float]


def _match(
    gold_rows: Sequence[dict],
    pred_rows: Sequence[dict],
    phases: Iterable[tuple[list[int], bool]],
    accepts: Accepts,
    prefers: Prefers,
) -> _Matching:
    """Match gold and predicted rows of one document, phase by phase.

    Each phase (gold indexes, optional?) gets a maximum matching against
    the predicted rows that earlier phases left free; required phases come
    before optional ones, so an optional row never takes a hit away.
    """
    result = _Matching()
    free = list(range(len(pred_rows)))
    for indexes, optional in phases:
        candidates = {
            g: [
                (prefers(gold_rows[g], pred_rows[p]), p)
                for p in free
                if accepts(gold_rows[g], pred_rows[p], optional)
            ]
            for g in indexes
        }
        matched = max_matching(indexes, candidates)
        for g in indexes:
            if g in matched:
                (result.optional if optional else result.required).append((g, matched[g]))
            elif not optional:
                result.missed.append(g)
        taken = set(matched.values())
        free = [p for p in free if p not in taken]
    result.spurious = free
    return result


def _is_optional(row: dict) -> bool:
    return bool(row.get("optional"))


def _standard_phases(gold_rows: Sequence[dict], all_optional: bool = False) -> list:
    required = [i for i, g in enumerate(gold_rows) if not (all_optional or _is_optional(g))]
    optional = [i for i, g in enumerate(gold_rows) if all_optional or _is_optional(g)]
    return [(required, False), (optional, True)]


# --------------------------------------------------------------------------
# Row rules per table (README: "How a run is scored")


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


# --------------------------------------------------------------------------
# Scoring


@dataclass
class _Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    optional: int = 0  # matched optional gold rows (neither hit nor false positive)

    def add(self, other: _Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.optional += other.optional


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _f1(tp: int, fp: int, fn: int) -> float | None:
    return _ratio(2 * tp, 2 * tp + fp + fn)


def _shorten(text: Any, limit: int = 120) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _without(row: dict, *keys: str) -> dict:
    return {k: v for k, v in row.items() if k not in keys}


class _Scorer:
    """Accumulates tallies and details while documents are scored one by one."""

    def __init__(self, output: dict[str, list[dict]]) -> None:
        self.per_doc: dict[str, dict[str, _Tally]] = {t: {} for t in SCORED_TABLES}
        self.details: dict[str, Any] = {t: {"missed": [], "spurious": []} for t in SCORED_TABLES}
        self.details |= {"vote_fields": [], "document_fields": [], "provenance": []}
        self.vote = {f: [0, 0] for f in VOTE_FIELDS}  # correct, total
        self.doc_fields = {f: [0, 0] for f in DOCUMENT_FIELDS}

        self.documents: dict[str, dict] = {}
        for doc in output.get("documents") or []:
            self.documents.setdefault(_text(doc.get("source_file")) or "", doc)
        self.rows: dict[str, dict[str | None, list[dict]]] = {}
        for table in SCORED_TABLES:
            by_doc: dict[str | None, list[dict]] = defaultdict(list)
            for row in output.get(table) or []:
                by_doc[_text(row.get("document_id"))].append(row)
            self.rows[table] = by_doc
        self.results_by_survey: dict[str | None, list[dict]] = defaultdict(list)
        for row in output.get("survey_results") or []:
            self.results_by_survey[_text(row.get("survey_id"))].append(row)

    # -- bookkeeping -------------------------------------------------------

    def _tally(self, table: str, source_file: str) -> _Tally:
        return self.per_doc[table].setdefault(source_file, _Tally())

    def _record(
        self,
        table: str,
        source_file: str,
        matching: _Matching,
        gold_rows: Sequence[dict],
        pred_rows: Sequence[dict],
        context: dict | None = None,
    ) -> None:
        tally = self._tally(table, source_file)
        tally.tp += len(matching.required)
        tally.optional += len(matching.optional)
        for g in matching.missed:
            self._missed(table, source_file, gold_rows[g], context)
        for p in matching.spurious:
            self._spurious(table, source_file, pred_rows[p])

    def _missed(self, table: str, source_file: str, row: dict, context: dict | None = None) -> None:
        self._tally(table, source_file).fn += 1
        entry = {"source_file": source_file, **(context or {}), **_without(row, "results")}
        self.details[table]["missed"].append(entry)

    def _spurious(self, table: str, source_file: str, row: dict) -> None:
        self._tally(table, source_file).fp += 1
        entry = {"source_file": source_file, "id": row.get("id"), "quote": row.get("quote")}
        entry |= {k: row.get(k) for k in KEY_FIELDS[table] if k in row}
        self.details[table]["spurious"].append(entry)

    # -- per document ------------------------------------------------------

    def score_document(self, source_file: str, record: dict) -> bool:
        """Score one gold document; False when the output does not have it."""
        doc = self.documents.get(source_file)
        doc_id = _text(doc.get("id")) if doc else None

        def predicted(table: str) -> list[dict]:
            return self.rows[table].get(doc_id, []) if doc_id is not None else []

        self._score_document_fields(source_file, record.get("document") or {}, doc)
        simple = (
            ("meetings", _meeting_accepts, _name_prefers("organization")),
            ("motions", _motion_accepts, _name_prefers("submitted_by")),
        )
        for table, accepts, prefers in simple:
            gold_rows, pred_rows = record.get(table) or [], predicted(table)
            matching = _match(gold_rows, pred_rows, _standard_phases(gold_rows), accepts, prefers)
            self._record(table, source_file, matching, gold_rows, pred_rows)
        self._score_resolutions(
            source_file, record.get("resolutions") or [], predicted("resolutions")
        )
        self._score_surveys(
            source_file,
            record.get("surveys") or [],
            predicted("surveys"),
            predicted("survey_results"),
        )
        return doc is not None

    def _score_document_fields(self, source_file: str, gold_doc: dict, doc: dict | None) -> None:
        for name in DOCUMENT_FIELDS:
            if name not in gold_doc:
                continue
            pred = doc.get(name) if doc else None
            # A document missing from the output gets every stated field wrong
            # (even a null one), otherwise a lost document would score better.
            ok = doc is not None and _text(gold_doc[name]) == _text(pred)
            self.doc_fields[name][1] += 1
            self.doc_fields[name][0] += ok
            if not ok:
                self.details["document_fields"].append(
                    {
                        "source_file": source_file,
                        "field": name,
                        "gold": gold_doc[name],
                        "predicted": pred,
                        "title": gold_doc.get("title"),
                    }
                )

    def _score_resolutions(self, source_file: str, gold_rows: list, pred_rows: list) -> None:
        matching = _match(
            gold_rows,
            pred_rows,
            _standard_phases(gold_rows),
            _resolution_accepts,
            _resolution_prefers,
        )
        self._record("resolutions", source_file, matching, gold_rows, pred_rows)
        # Vote fields over required pairs only: an optional row is one the
        # gold itself is unsure about, so its fields should not cost either.
        for g, p in matching.required:
            gold, pred = gold_rows[g], pred_rows[p]
            for name in VOTE_FIELDS:
                if name not in gold:
                    continue
                ok = _vote_field_equal(name, gold[name], pred.get(name))
                self.vote[name][1] += 1
                self.vote[name][0] += ok
                if not ok:
                    self.details["vote_fields"].append(
                        {
                            "source_file": source_file,
                            "field": name,
                            "gold": gold[name],
                            "predicted": pred.get(name),
                            "id": pred.get("id"),
                            "quote": gold.get("quote") or pred.get("quote"),
                        }
                    )

    def _score_surveys(
        self, source_file: str, gold_surveys: list, pred_surveys: list, doc_results: list
    ) -> None:
        survey_ids = {_text(s.get("id")) for s in pred_surveys}
        results_of = [self.results_by_survey.get(_text(s.get("id")), []) for s in pred_surveys]

        def match_results(g: int, p: int, all_optional: bool) -> _Matching:
            gold_results = gold_surveys[g].get("results") or []
            return _match(
                gold_results,
                results_of[p],
                _result_phases(gold_results, all_optional),
                _result_accepts,
                _result_prefers,
            )

        # Rows by identity: two gold surveys may be equal dicts.
        gold_index = {id(row): i for i, row in enumerate(gold_surveys)}
        pred_index = {id(row): i for i, row in enumerate(pred_surveys)}

        def prefers(g_row: dict, p_row: dict) -> float:
            # Prefer the predicted survey whose results fit best: the pairing
            # decides how all of its results are scored.
            sub = match_results(gold_index[id(g_row)], pred_index[id(p_row)], _is_optional(g_row))
            return len(sub.required) + _similarity(
                g_row.get("respondents"), p_row.get("respondents")
            )

        matching = _match(
            gold_surveys,
            pred_surveys,
            _standard_phases(gold_surveys),
            _survey_accepts,
            prefers,
        )
        self._record("surveys", source_file, matching, gold_surveys, pred_surveys)

        for g, p in matching.required + matching.optional:
            gold_results = gold_surveys[g].get("results") or []
            sub = match_results(g, p, _is_optional(gold_surveys[g]))
            context = {"survey": gold_surveys[g].get("respondents")}
            self._record("survey_results", source_file, sub, gold_results, results_of[p], context)
        for g in matching.missed:
            # README: the results of an unmatched gold survey are all missed.
            context = {"survey": gold_surveys[g].get("respondents")}
            for row in gold_surveys[g].get("results") or []:
                if not _is_optional(row):
                    self._missed("survey_results", source_file, row, context)
        for p in matching.spurious:
            for row in results_of[p]:
                self._spurious("survey_results", source_file, row)
        # Results of this document pointing at no survey of it are spurious too.
        for row in doc_results:
            if _text(row.get("survey_id")) not in survey_ids:
                self._spurious("survey_results", source_file, row)
        self._tally("survey_results", source_file)

    # -- provenance --------------------------------------------------------

    def provenance(self, output: dict[str, list[dict]]) -> dict[str, Any]:
        """Check ``documents.text[char_start:char_end] == quote`` on every row."""
        texts = {_text(d.get("id")): d.get("text") for d in output.get("documents") or []}
        checked = ok = 0
        for table in PROVENANCE_TABLES:
            for row in output.get(table) or []:
                checked += 1
                reason = self._provenance_problem(row, texts)
                if reason is None:
                    ok += 1
                else:
                    self.details["provenance"].append(
                        {
                            "table": table,
                            "id": row.get("id"),
                            "document_id": row.get("document_id"),
                            "reason": reason,
                            "quote": row.get("quote"),
                        }
                    )
        return {"checked": checked, "ok": ok, "share": _ratio(ok, checked)}

    @staticmethod
    def _provenance_problem(row: dict, texts: dict[str | None, Any]) -> str | None:
        doc_id = _text(row.get("document_id"))
        if doc_id not in texts:
            return "document_id not in documents"
        text = texts[doc_id] or ""
        start, end = _as_int(row.get("char_start")), _as_int(row.get("char_end"))
        quote = row.get("quote")
        if start is None or end is None or quote is None:
            return "no quote or offsets"
        if not 0 <= start <= end <= len(text):
            return f"offsets {start}:{end} outside the text (length {len(text)})"
        if text[start:end] != str(quote):
            return f"text[{start}:{end}] is {_shorten(repr(text[start:end]), 80)}"
        return None

    # -- report ------------------------------------------------------------

    def table_report(self, table: str) -> dict[str, Any]:
        total = _Tally()
        per_doc_f1 = []
        for tally in self.per_doc[table].values():
            total.add(tally)
            # Macro average over documents with a required gold row or a
            # predicted row left unmatched (README: "a gold or a predicted row").
            if tally.tp + tally.fp + tally.fn:
                per_doc_f1.append(_f1(tally.tp, tally.fp, tally.fn) or 0.0)
        return {
            "tp": total.tp,
            "fp": total.fp,
            "fn": total.fn,
            "optional_matched": total.optional,
            "precision": _ratio(total.tp, total.tp + total.fp),
            "recall": _ratio(total.tp, total.tp + total.fn),
            "f1": _f1(total.tp, total.fp, total.fn),
            "macro_f1": sum(per_doc_f1) / len(per_doc_f1) if per_doc_f1 else None,
            "documents": len(per_doc_f1),
        }


def _accuracy(counts: dict[str, list[int]]) -> dict[str, dict[str, Any]]:
    return {
        name: {"correct": correct, "total": total, "accuracy": _ratio(correct, total)}
        for name, (correct, total) in counts.items()
    }


def score(gold: dict[str, dict], output: dict[str, list[dict]]) -> dict:
    """Compare an extraction with the gold records; a JSON-serialisable report.

    ``gold`` is what ``load_gold`` returns, ``output`` what ``load_output``
    returns (or the same tables in memory). Only documents with a gold record
    are scored for the tables; provenance is checked on every output row.
    """
    scorer = _Scorer(output)
    missing = [sf for sf, record in sorted(gold.items()) if not scorer.score_document(sf, record)]
    return {
        "tables": {table: scorer.table_report(table) for table in SCORED_TABLES},
        "vote_fields": _accuracy(scorer.vote),
        "document_fields": _accuracy(scorer.doc_fields),
        "provenance": scorer.provenance(output),
        "documents_scored": {
            "gold": len(gold),
            "in_output": len(gold) - len(missing),
            "missing": missing,
        },
        "details": scorer.details,
    }


# --------------------------------------------------------------------------
# Terminal report


def _num(value: float | None, width: int = 6) -> str:
    return f"{value:{width}.3f}" if value is not None else f"{'-':>{width}}"


def _pct(value: float | None) -> str:
    return f"{100 * value:6.1f}%" if value is not None else f"{'-':>7}"


def _fields(entry: dict, names: Iterable[str]) -> str:
    return " ".join(f"{k}={entry[k]!r}" for k in names if entry.get(k) is not None)


def format_report(report: dict, details: bool = False) -> str:
    """The report as a terminal table; ``details`` adds every miss and mismatch."""
    lines: list[str] = []
    docs = report["documents_scored"]
    lines.append(f"Scored {docs['gold']} gold documents, {docs['in_output']} found in the output.")
    if docs["missing"]:
        lines.append("Not in the output (all their rows count as missed):")
        lines += [f"  {source_file}" for source_file in docs["missing"]]
    lines.append("")
    lines.append(
        f"{'table':<16}{'P':>7}{'R':>7}{'F1':>7}{'macroF1':>9}"
        f"{'tp':>6}{'fp':>6}{'fn':>6}{'opt':>6}{'docs':>6}"
    )
    for table, t in report["tables"].items():
        lines.append(
            f"{table:<16}{_num(t['precision'], 7)}{_num(t['recall'], 7)}{_num(t['f1'], 7)}"
            f"{_num(t['macro_f1'], 9)}{t['tp']:6d}{t['fp']:6d}{t['fn']:6d}"
            f"{t['optional_matched']:6d}{t['documents']:6d}"
        )
    for title, section in (
        ("vote field", report["vote_fields"]),
        ("document field", report["document_fields"]),
    ):
        lines.append("")
        lines.append(f"{title:<16}{'correct':>9}{'total':>7}{'accuracy':>10}")
        for name, acc in section.items():
            lines.append(
                f"{name:<16}{acc['correct']:9d}{acc['total']:7d}   {_pct(acc['accuracy'])}"
            )
    prov = report["provenance"]
    verdict = "" if prov["share"] in (None, 1.0) else "  <- DEFECT: every row must hold"
    lines.append("")
    lines.append(
        f"provenance: {prov['ok']}/{prov['checked']} rows with "
        f"text[char_start:char_end] == quote ({_pct(prov['share']).strip()}){verdict}"
    )
    if details:
        lines += _detail_lines(report["details"])
    return "\n".join(lines)


def _quote(entry: dict) -> str:
    return f"  | {_shorten(entry['quote'])}" if entry.get("quote") else ""


def _detail_lines(det: dict) -> list[str]:
    lines = ["", "Details"]
    for table in SCORED_TABLES:
        for kind in ("missed", "spurious"):
            for e in det[table][kind]:
                ident = f" id={e['id']}" if e.get("id") else ""
                lines.append(
                    f"{kind:<9}{table:<15}{e['source_file']}{ident}  "
                    f"{_fields(e, KEY_FIELDS[table])}{_quote(e)}"
                )
    for e in det["vote_fields"]:
        lines.append(
            f"{'vote':<9}{e['field']:<15}{e['source_file']} id={e['id']}  "
            f"gold={e['gold']!r} predicted={e['predicted']!r}{_quote(e)}"
        )
    for e in det["document_fields"]:
        lines.append(
            f"{'document':<9}{e['field']:<15}{e['source_file']}  "
            f"gold={e['gold']!r} predicted={e['predicted']!r}"
        )
    for e in det["provenance"]:
        lines.append(
            f"{'quote':<9}{e['table']:<15}{e['document_id']} id={e['id']}  {e['reason']}{_quote(e)}"
        )
    return lines
