"""Redaction recall and false positives on the table of German forms.

Prints, for the rows of ``tests/redaction_forms.py`` (obfuscated e-mail
addresses, phone numbers in every spacing, IBANs, private addresses, values
wrapped across lines and pages, and what must stay), the recall over the
rows to remove (removed / should be removed) and the false-positive rate
over the rows to keep, in all and per kind, and every row that failed.
Run: ``python benchmarks/redaction_recall.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the table lives beside the tests

from councildata.redact import KINDS, find  # noqa: E402
from tests.redaction_forms import measure  # noqa: E402


def main() -> int:
    result = measure(lambda text: find(text, KINDS))
    total = result["total"]
    print(f"{result['rows']} rows: {total['remove']} to remove, {total['keep']} to keep")
    print(f"recall               {result['recall']:.3f}  ({total['removed']}/{total['remove']})")
    print(f"false-positive rate  {result['false_positive_rate']:.3f}  ({total['false_positives']}/{total['keep']})")
    for kind, c in sorted(result["by_kind"].items()):
        recall = f"{c['removed']}/{c['remove']}" if c["remove"] else "-"
        fp = f"{c['false_positives']}/{c['keep']}" if c["keep"] else "-"
        print(f"  {kind:8} removed {recall:>7}   false positives {fp:>6}")
    for form in result["failed"]:
        print(f"FAILED {form.action} {form.kind}: {form.sentence!r}")
    return 1 if result["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
