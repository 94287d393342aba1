"""Score an extraction against the hand-made gold records of the corpus.

The rules are those of ``corpus/README.md`` ("How a run is scored"); this
package is their executable form. It is a plain library: ``load_gold`` and
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
  survey costs nothing, so its contents cannot either): its gold results
  are never missed and the predicted results of a matched optional survey
  are never false positives;
* for a gold document with no document in the output, every required gold
  row is missed and every stated document field counts as wrong.
"""

from .compare import is_empty_name, name_tokens, names_match
from .matching import max_matching
from .read import load_gold, load_output
from .report import format_report
from .fields import DOCUMENT_FIELDS, KEY_FIELDS, SCORED_TABLES, VOTE_FIELDS
from .scoring import score

__all__ = [
    "DOCUMENT_FIELDS", "KEY_FIELDS", "SCORED_TABLES", "VOTE_FIELDS", "format_report", "is_empty_name",
    "load_gold", "load_output", "max_matching", "name_tokens", "names_match", "score",
]
