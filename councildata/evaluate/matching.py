"""One-to-one matching of gold rows with predicted rows (maximum matching in phases)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field


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
