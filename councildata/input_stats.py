"""The source files' ``stat``, taken once per build: what a rebuild compares
(councildata.incremental) and the time ``created`` is taken from."""

from __future__ import annotations

import os
from array import array
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, NamedTuple


class InputStat(NamedTuple):
    """What a build keeps of a source file's ``os.stat``: the fields a
    rebuild compares (councildata.incremental.manifest.stat_key) and the
    time ``created`` is taken from."""

    st_size: int
    st_mtime_ns: int
    st_ino: int
    st_ctime_ns: int


STAT_THREADS = 2
STAT_THREADED_FROM = 4096


def _stat_values(paths: list[str]) -> array:
    values = array("q")
    for path in paths:
        try:
            st = os.stat(path)
        except OSError:  # gone, or unreadable: its ingest reports why
            values.extend((-1, 0, 0, 0))
            continue
        values.extend((st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns))
    return values


class InputStats(Sequence["InputStat | None"]):
    """Every source file's :class:`InputStat` (None: it could not be
    stat'ed), in one array of four 64-bit numbers per file. A list of
    ``os.stat_result`` took 640 bytes per file (64 MB at 100,000 files), a
    list of :class:`InputStat` still about 230."""

    def __init__(self, paths: Iterable[str]) -> None:
        paths = list(paths)
        if len(paths) < STAT_THREADED_FROM:
            self._values = _stat_values(paths)
            return
        # On threads: os.stat lets go of the GIL while the kernel looks the
        # path up (100,000 files: 3.2 s one after the other, 2.1-2.6 s on two
        # threads at load 16; see docs/performance.md).
        step = -(-len(paths) // STAT_THREADS)
        with ThreadPoolExecutor(STAT_THREADS, thread_name_prefix="councildata-stat") as pool:
            parts = list(pool.map(_stat_values, [paths[i:i + step] for i in range(0, len(paths), step)]))
        self._values = parts[0]
        for part in parts[1:]:
            self._values.extend(part)

    def __len__(self) -> int:
        return len(self._values) // 4

    def raw(self) -> bytes | None:
        """The four numbers of every file as bytes (32 a file), compared and
        recorded by the incremental build; None where a file could not be stat'ed."""
        if self._values and min(self._values[0::4]) < 0:
            return None
        return self._values.tobytes()

    def __iter__(self) -> Iterator[InputStat | None]:
        # Four numbers at a time, not through __getitem__: a rebuild walks
        # 100,000 of them several times (0.3 s instead of 1.3 s each).
        values = iter(self._values)
        make = InputStat._make
        for quad in zip(values, values, values, values, strict=True):
            yield None if quad[0] < 0 else make(quad)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        size, mtime, ino, ctime = self._values[4 * i:4 * i + 4]
        return None if size < 0 else InputStat(size, mtime, ino, ctime)
