"""What is scored: the tables, the vote fields, the document fields."""

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
