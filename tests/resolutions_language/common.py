"""What the resolution language tests read from a passage."""

from __future__ import annotations

from ..conftest import extract_text, provenance_ok


def resolutions_of(text: str) -> list[dict]:
    rows = extract_text(text)
    assert provenance_ok(rows)
    return rows["resolutions"]


def vote_counts(r: dict) -> tuple:
    return (r["unanimous"], r["votes_yes"], r["votes_no"], r["votes_abstain"])


def in_minutes(sentence: str) -> str:
    return ("Niederschrift über die Sitzung des Gemeinderates am 12.03.2025\n\n"
            f"TOP 4 Neugestaltung des Marktplatzes\n\n{sentence}\n")
