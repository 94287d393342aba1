"""The worst single function call the SQL limits still allow, against the
time limit (docs/reliability.md, "Limits on one query").

Datasette's time limit cannot stop one long function call, so the limits
must keep each call short. The costliest call left is a LIKE whose pattern
has the most bytes the pattern limit allows, against a text of the value
limit: this measures it for a 16 MiB text (the largest document text ingest
accepts) and for the 1 MiB floor, each as a ratio to a baseline measured in
the same run (building the same text with printf, the least work the query
does anyway), and against the 3 s time limit.
Run: `python benchmarks/sql_limits.py`.
"""

from __future__ import annotations

import sqlite3
import time

from councildata.datasette_plugin import MIN_VALUE_BYTES, like_pattern_limit
from councildata.serve import SETTINGS


def timed(conn: sqlite3.Connection, sql: str) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        conn.execute(sql).fetchone()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    limit_s = SETTINGS["sql_time_limit_ms"] / 1000
    for text_bytes in (MIN_VALUE_BYTES - 1024, 16 * 1024 * 1024):
        value_limit = text_bytes + 1024
        pattern = like_pattern_limit(value_limit)
        conn = sqlite3.connect(":memory:")
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, value_limit)
        conn.setlimit(sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, pattern)
        base = timed(conn, f"select length(printf('%.*c', {text_bytes}, 'a'))")
        worst = timed(conn, f"select printf('%.*c', {text_bytes}, 'a') like '%' || printf('%.*c', {pattern - 2}, 'a') || 'b'")
        print(f"text {text_bytes / 2**20:5.1f} MiB, pattern {pattern:3d} bytes: worst LIKE {worst:6.3f} s "
              f"= {worst / base:6.0f} x building the text; {worst / limit_s:4.0%} of the {limit_s:.0f} s time limit")


if __name__ == "__main__":
    main()
