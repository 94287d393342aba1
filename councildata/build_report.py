"""A build's report (``report.json``): what was read, published, rejected
and redacted, file by file, and where the report of a failed build goes."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import TABLES, Problem

REPORT_NAME = "report.json"


@dataclass
class BuildReport:
    source_dir: str
    out_dir: str
    files_seen: int = 0
    documents: int = 0
    reused: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    rejected: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0
    # Kinds of personal data redacted, and how many of each per source file.
    redact: tuple[str, ...] = ()
    redactions: dict[str, dict[str, int]] = field(default_factory=dict)
    redacted_documents: int = 0
    # Things that are not errors of one file but of the build as a whole,
    # each {"code", "message"}: "no-rows" (documents read, nothing extracted),
    # "write-failed" (only in the report of a build that could not be written).
    warnings: list[dict[str, str]] = field(default_factory=list)
    # How this build was made from the one before it (councildata.incremental):
    # {"mode": "full" | "delta" | "unchanged", "reason": ..., and per delta
    # the files added, changed and removed}.
    incremental: dict[str, Any] = field(default_factory=dict)

    @property
    def failed(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error" and p.stage != "validate"]

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "skipped"]

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source_dir": self.source_dir,
            "files_seen": self.files_seen,
            "documents": self.documents,
            "documents_reused_from_cache": self.reused,
            "rows": self.rows,
            "rows_rejected": self.rejected,
            "documents_failed": len({p.source_file for p in self.failed}),
            "files_skipped": len(self.skipped),
            "problems": [p.to_dict() for p in self.problems],
            "warnings": self.warnings,
            "redaction": {
                "kinds": list(self.redact),
                "documents_redacted": self.redacted_documents,
                "by_file": self.redactions,
            },
            "incremental": self.incremental,
        }

    def add_file(self, part: dict[str, Any]) -> None:
        """Count one source file's part (see :func:`take_file`)."""
        rel = part["file"]
        self.problems.extend(Problem(**p) for p in part["problems"])
        self.reused += bool(part.get("reused"))
        self.documents += part["documents"]
        self.redacted_documents += part["redacted_documents"]
        if part["redactions"]:
            per_file = self.redactions.setdefault(rel, {})
            for kind, n in part["redactions"].items():
                per_file[kind] = per_file.get(kind, 0) + n
        for t, n in part["rejected"].items():
            self.rejected[t] = self.rejected.get(t, 0) + n

    def finish(self, rows: dict[str, int]) -> None:
        """Row counts, rejected counts in table order, and the no-rows warning."""
        self.rows = {t: rows.get(t, 0) for t in TABLES}
        self.rejected = {t: self.rejected[t] for t in TABLES if self.rejected.get(t)}
        if self.documents and not any(n for t, n in self.rows.items() if t != "documents"):
            self.warnings.append({
                "code": "no-rows",
                "message": f"{self.documents} documents were read but not one row was extracted from "
                           "them (meetings, motions, resolutions, surveys): are these council documents?",
            })

    @classmethod
    def from_dict(cls, data: dict[str, Any], out_dir: str) -> BuildReport:
        """The report of a published build, read back from its report.json."""
        redaction = data.get("redaction") or {}
        return cls(
            source_dir=data.get("source_dir", ""), out_dir=out_dir, files_seen=data.get("files_seen", 0),
            documents=data.get("documents", 0), reused=data.get("documents_reused_from_cache", 0),
            rows=data.get("rows", {}), rejected=data.get("rows_rejected", {}),
            problems=[Problem(**p) for p in data.get("problems", [])],
            redact=tuple(redaction.get("kinds", ())), redactions=redaction.get("by_file", {}),
            redacted_documents=redaction.get("documents_redacted", 0), warnings=data.get("warnings", []),
            incremental=data.get("incremental", {}))


def failed_report_path(out_dir: Path) -> Path:
    """Where the report of a build that failed while writing goes: beside
    ``out_dir``, since the partial build itself is removed."""
    return out_dir.parent / f"{out_dir.name}.failed-report.json"


def write_report(path: Path, report: BuildReport) -> None:
    path.write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n", "utf-8")
