"""A budget per file: its work runs in a worker process that can be killed.

:func:`run_budgeted` runs ``fn(*args)`` for every task in a fresh forked
process of its own, at most ``jobs`` at a time, and yields the results in
the order of the tasks (so a parallel build is identical to a serial one).
Each worker

* gets an address-space limit (``RLIMIT_AS``): its size when it starts plus
  ``Budget.memory`` bytes; an allocation past it fails inside the worker
  (``MemoryError`` in Python, a failed ``malloc`` in a native library);
* is killed (its whole process group, so an OCR subprocess goes too) once it
  has run ``Budget.seconds``, or ``Budget.ocr_seconds`` after it announced
  OCR with :func:`announce_ocr`;
* may die any way it likes (SIGABRT or SIGSEGV in PDFium): that costs its
  task only.

A task that does not come back gives a :class:`Overrun` instead of its
result, with a code: ``timeout``, ``out-of-memory`` or ``crashed``.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any
import contextlib

MIB = 1024 * 1024


@dataclass(frozen=True)
class Budget:
    """What one file may cost: wall-clock seconds, seconds once it is OCR'd,
    and bytes of memory (address space) beyond the worker's size at start.
    ``memory=0`` sets no memory limit."""

    # A 300-page council PDF with dense text is read, redacted and extracted
    # in well under a minute here (docs/reliability.md has the figures);
    # five minutes leaves room for a slow machine.
    seconds: float = 300.0
    ocr_seconds: float = 1800.0
    memory: int = 2048 * MIB

    def __post_init__(self) -> None:
        if self.seconds <= 0 or self.ocr_seconds <= 0:
            raise ValueError("Budget.seconds and Budget.ocr_seconds must be positive")
        if self.memory < 0:
            raise ValueError("Budget.memory must not be negative")


@dataclass(frozen=True)
class Overrun:
    """A task that went over its budget or died: ``code`` is ``timeout``,
    ``out-of-memory`` or ``crashed``."""

    code: str
    message: str


# In a worker: the connection to the supervising process (None elsewhere).
_conn: Connection | None = None


def announce_ocr() -> None:
    """Tell the supervisor that this task now OCRs a scan, so that it gets
    ``Budget.ocr_seconds`` from its start instead of ``Budget.seconds``.
    Does nothing outside a worker."""
    if _conn is not None:
        _conn.send(("ocr", None))


def in_worker() -> bool:
    """Whether this process is a budgeted worker."""
    return _conn is not None


def address_space() -> int | None:
    """This process's current virtual size in bytes (Linux), or None."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def _limit_memory(extra: int) -> int | None:
    """Cap this process's address space at its current size plus ``extra``."""
    try:
        import resource
    except ImportError:  # not POSIX: no limit, the time budget still holds
        return None
    limit = (address_space() or 0) + extra
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    return limit


def _worker(conn: Connection, fn: Callable[..., Any], args: tuple, memory: int) -> None:
    global _conn
    _conn = conn
    with contextlib.suppress(OSError):
        os.setpgrp()  # so that the supervisor can kill what this worker starts
    try:
        if memory:
            _limit_memory(memory)
        result = fn(*args)
        conn.send(("ok", result))
    except MemoryError:
        result = None  # free what can be freed before saying so
        conn.send(("out-of-memory", None))
    except BaseException as exc:  # noqa: BLE001 - the supervisor decides
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


class WorkerError(Exception):
    """``fn`` raised in a worker (not a budget overrun: a bug to surface)."""


@dataclass
class _Running:
    index: int
    process: Any
    conn: Connection
    started: float
    deadline: float
    ocr: bool = False
    outcome: tuple[str, Any] | None = None


def _describe_exit(code: int | None, budget: Budget) -> Overrun:
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        if -code == signal.SIGKILL:
            # Not ours (ours say timeout): the kernel's OOM killer or a person.
            return Overrun("out-of-memory", f"the worker reading the file was killed ({name}), "
                           "most likely for using too much memory")
        hint = (f"; it may have run out of its memory limit of {budget.memory // MIB:,} MiB"
                if budget.memory else "")
        return Overrun("crashed", f"the reader crashed ({name}) on this file{hint}; the build goes on")
    return Overrun("crashed", f"the worker reading the file ended without a result (exit status {code})")


def run_budgeted(fn: Callable[..., Any], tasks: Sequence[tuple], budget: Budget | None = None,
                 jobs: int = 1) -> Iterator[Any]:
    """``fn(*task)`` for every task, each in its own killable worker process,
    yielded in task order; a task over its budget yields an :class:`Overrun`.

    An exception raised by ``fn`` itself is re-raised here as
    :class:`WorkerError` (``fn`` is expected to turn bad input into data).
    """
    budget = budget or Budget()
    jobs = max(1, jobs)
    context = multiprocessing.get_context("fork")
    results: dict[int, Any] = {}
    running: dict[int, _Running] = {}
    next_task = 0
    next_out = 0
    # At most this many finished results wait for a slow earlier task.
    window = jobs * 4
    try:
        while next_out < len(tasks):
            while (len(running) < jobs and next_task < len(tasks)
                   and next_task < next_out + window):
                receive, send = context.Pipe(duplex=False)
                process = context.Process(target=_worker, args=(send, fn, tasks[next_task], budget.memory),
                                          daemon=True)
                process.start()
                send.close()
                now = time.monotonic()
                running[next_task] = _Running(next_task, process, receive, now, now + budget.seconds)
                next_task += 1
            if next_out in results:
                yield results.pop(next_out)
                next_out += 1
                continue
            now = time.monotonic()
            timeout = max(0.0, min(r.deadline for r in running.values()) - now)
            waiting: dict[Any, _Running] = {}
            for r in running.values():
                waiting[r.conn if r.outcome is None else r.process.sentinel] = r
            ready = wait(list(waiting), timeout=timeout)
            for handle in ready:
                r = waiting[handle]
                if handle is r.conn:
                    try:
                        kind, value = r.conn.recv()
                    except (EOFError, OSError):
                        kind, value = "died", None
                    if kind == "ocr":
                        r.ocr = True
                        r.deadline = r.started + budget.ocr_seconds
                        continue
                    r.outcome = (kind, value)
                    r.conn.close()
                    if kind != "died":
                        continue  # the process is about to exit: collected below
                r.process.join()
                results[r.index] = _finish(r, budget)
                del running[r.index]
            now = time.monotonic()
            for r in list(running.values()):
                if r.outcome is not None and not r.process.is_alive():
                    r.process.join()
                    results[r.index] = _finish(r, budget)
                    del running[r.index]
                elif r.deadline <= now:
                    if r.outcome is not None:  # sent its result, stuck exiting
                        _kill(r.process)
                        results[r.index] = _finish(r, budget)
                    else:
                        _kill(r.process)
                        limit = budget.ocr_seconds if r.ocr else budget.seconds
                        what = "OCR and reading" if r.ocr else "reading"
                        results[r.index] = Overrun(
                            "timeout", f"{what} the file took longer than its limit of {limit:g} s; "
                            "stopped (--max-seconds)")
                    r.conn.close()
                    del running[r.index]
    finally:
        for r in running.values():
            _kill(r.process)
            r.conn.close()


def _finish(r: _Running, budget: Budget) -> Any:
    kind, value = r.outcome or ("died", None)
    if kind == "ok":
        return value
    if kind == "out-of-memory":
        return Overrun("out-of-memory", "reading the file needed more than its memory limit of "
                       f"{budget.memory // MIB:,} MiB (--max-memory)")
    if kind == "error":
        raise WorkerError(value)
    return _describe_exit(r.process.exitcode, budget)


def _kill(process: Any) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError, OSError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError, OSError, ValueError):
        process.kill()
    process.join()
