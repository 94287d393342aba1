"""Reading, redaction and extraction on a Dask cluster.

``build --scheduler tcp://HOST:8786`` sends the per-file work to the Dask
cluster at that address instead of the local worker processes. It is the
same code path: every Dask task runs a chunk of files through
:func:`councildata.ingest.budget.run_budgeted` on its Dask worker, so each
file is still read, redacted and extracted in a killable process of its own
with the same budget, and a file over budget is reported the same way.
Results come back in file order, so a distributed build is identical to a
local one (``tests/test_distributed.py``).

The workers read the files and the extraction cache by path: the source
folder (and the output folder's cache beside it) must be mounted at the same
path on every worker, and each worker needs the same councildata version.
Dask starts its workers as daemonic processes, which Python forbids to
have children; the per-file budget needs them, so start the workers with
``DASK_DISTRIBUTED__WORKER__DAEMON=False`` (a task says so if they are not).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from .ingest.budget import Budget, run_budgeted

# Files per Dask task: large enough that the scheduler's per-task cost
# (milliseconds) is small beside the work, small enough to spread a few
# hundred files over many workers.
CHUNK = 16


class SchedulerError(Exception):
    """The Dask cluster cannot be used: Dask is not installed or the scheduler does not answer."""


DAEMON_HINT = ("the Dask workers run as daemonic processes, which may not start the per-file worker "
               "processes: start them with DASK_DISTRIBUTED__WORKER__DAEMON=False")


def _run_chunk(fn: Callable[..., Any], chunk: Sequence[tuple], budget: Budget | None) -> list[Any]:
    import multiprocessing

    if multiprocessing.current_process().daemon:
        raise SchedulerError(DAEMON_HINT)
    return list(run_budgeted(fn, chunk, budget, jobs=1))


def run_on_dask(address: str, fn: Callable[..., Any], tasks: Sequence[tuple], budget: Budget | None = None,
                chunk: int = CHUNK) -> Iterator[Any]:
    """``fn(*task)`` for every task on the Dask cluster at ``address``, yielded in task order."""
    try:
        from dask.distributed import Client
    except ImportError as exc:  # the optional extra
        raise SchedulerError("--scheduler needs Dask: pip install 'councildata[dask]'") from exc
    try:
        client = Client(address, timeout="10s")
    except (OSError, ValueError, TypeError) as exc:
        raise SchedulerError(f"no Dask scheduler answers at {address}: {exc}") from exc
    with client:
        chunks = [tasks[i:i + chunk] for i in range(0, len(tasks), chunk)]
        futures = [client.submit(_run_chunk, fn, part, budget, pure=False) for part in chunks]
        for future in futures:
            yield from future.result()
