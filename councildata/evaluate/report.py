"""The terminal report of a score."""

from __future__ import annotations

from collections.abc import Iterable
from .fields import KEY_FIELDS, SCORED_TABLES
from .scoring import _shorten


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
