"""What the motion language tests read from a passage, and the frames they set it in."""

from __future__ import annotations

from pathlib import Path

from councildata import model
from councildata.extract import extract_document


def _all(text: str) -> dict:
    """Every table's rows from ``text`` as one document."""
    doc = model.Document(id=model.document_id("x.txt"), source_file="x.txt", sha256="0" * 64, format="txt", text=text)
    return extract_document(doc)


def _rows(text: str) -> list[dict]:
    rows = _all(text)
    for r in rows["motions"]:
        assert rows["documents"][0]["text"][r["char_start"]:r["char_end"]] == r["quote"]
    return rows["motions"]


def _who(text: str) -> list[str]:
    return [r["submitted_by"] for r in _rows(text + "\n")]


_SESSION = "Niederschrift über die Sitzung des Gemeinderates am 12.03.2025\n\n"


def _extract(text: str) -> dict:
    return _all(_SESSION + text + "\n")


def _motions(text: str) -> list[tuple]:
    return [(r["submitted_by"], r["date"], r.get("reference"), r.get("title")) for r in _rows(text + "\n")]


def _motion_rows(text: str) -> list[tuple]:
    return [(r["submitted_by"], r["motion_type"]) for r in _rows(text + "\n")]


_MINUTES_HEAD = "Niederschrift über die Sitzung des Gemeinderates am 12.03.2025\n\nTOP 1 Eröffnung und Tagesordnung\n\n"


_MINUTES = "Niederschrift über die öffentliche Sitzung des Gemeinderates Hausen am 14.05.2024\n\n"


_LETTER = (
    "Musterstadt, 15.10.2025\n"
    "{title}\n"
    "Sehr geehrte Frau Oberbürgermeisterin,\n"
    "{ask}\n"
    "Begründung:\n"
    "{reason}\n"
    "{close}\n"
)


_FULL = Path(__file__).parent.parent / "fixtures" / "motions_minutes" / "marktgemeinderat_bayern.txt"
