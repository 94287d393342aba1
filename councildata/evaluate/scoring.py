"""Scoring: predicted rows against gold rows, into a JSON-serialisable report."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..model import PROVENANCE_TABLES
from .compare import _as_int, _similarity, _text, _vote_field_equal
from .matching import _Matching, _is_optional, _match, _standard_phases
from .fields import DOCUMENT_FIELDS, KEY_FIELDS, SCORED_TABLES, VOTE_FIELDS
from .rules import _meeting_accepts, _motion_accepts, _name_prefers, _resolution_accepts, _resolution_prefers, _result_accepts, _result_phases, _result_prefers, _survey_accepts


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
            if _is_optional(gold_surveys[g]):
                # README: finding an optional row "costs nothing"; a survey's
                # results are its contents, so a matched optional survey's
                # results are neither hits nor false positives (else finding
                # it would cost more than leaving it out).
                sub.spurious = []
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
