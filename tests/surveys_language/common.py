"""What the survey language tests read from a passage."""

from __future__ import annotations

from ..test_extract_surveys import run as surveys_of


def run(text: str, date: str | None = "2024-06-15") -> list[tuple[dict, list[dict]]]:
    """Surveys of a passage, each with its results; provenance checked."""
    return surveys_of(text, date)


def figures(text: str) -> list[tuple[float, str | None, str | None]]:
    from councildata.extract.survey_figures import figures_in

    return [(f.value, f.unit, f.respondent) for f in figures_in(text, 0, len(text), prose_only=False)]
