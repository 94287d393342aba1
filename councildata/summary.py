"""A build's report as the lines a person reads at the end of a build.

Shared by ``councildata build`` and ``councildata oparl import``.
"""

from __future__ import annotations

from pathlib import Path

import click

from .model import TABLES


def print_summary(report) -> None:
    echo = click.echo
    echo(f"Read {report.documents} documents from {report.files_seen} files "
         f"({report.reused} unchanged, reused) in {report.seconds:.1f} s -> {report.out_dir}")
    echo("Rows: " + ", ".join(f"{t} {report.rows.get(t, 0)}" for t in TABLES))
    how = getattr(report, "incremental", None) or {}
    if how.get("mode") == "unchanged":
        echo("Nothing changed since the published build: nothing was written.")
    elif how.get("mode") == "delta":
        echo(f"Published the changes only ({how['reason']}); rewritten: "
             + (", ".join(how.get("tables_rewritten") or []) or "no table"))
    elif how.get("mode") == "full":
        echo(f"Full build: {how['reason']}")
    if report.rejected:
        echo("Rows rejected by validation: " + ", ".join(f"{t} {n}" for t, n in report.rejected.items())
             + f" (see {Path(report.out_dir) / 'report.json'})", err=True)
        for p in [p for p in report.problems if p.stage == "validate"][:10]:
            echo(f"  {p.source_file}: {p.message}", err=True)
    if report.failed:
        echo(f"Documents that failed ({len(report.failed)}):", err=True)
        for p in report.failed:
            echo(f"  {p.source_file}: [{p.stage}] {p.code}: {p.message}", err=True)
    if report.skipped:
        # Many files skipped for one reason (a corpus' gold records) read as one line.
        by_reason: dict[str, list[str]] = {}
        for p in report.skipped:
            by_reason.setdefault(p.message, []).append(p.source_file or "?")
        echo(f"Files skipped, not council documents ({len(report.skipped)}):")
        for reason, names in by_reason.items():
            shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
            echo(f"  {shown}: {reason}")
    for warning in getattr(report, "warnings", []):
        echo(f"Warning: {warning['message']}", err=True)
    _echo_redactions(report)


def _echo_redactions(report) -> None:
    """The last line of a build's output: what personal data was redacted."""
    from .redact import summary

    if not getattr(report, "redact", None):
        click.echo("Redacted: nothing (redaction switched off)")
        return
    click.echo(summary(report.redactions, report.redacted_documents))
