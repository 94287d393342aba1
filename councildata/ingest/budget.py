"""A budget per file: its work runs in a worker process that can be killed.

:func:`run_budgeted` runs ``fn(*args)`` for every task in forked worker
processes, at most ``jobs`` at a time, one task per worker at a time, and
yields the results in the order of the tasks (so a parallel build is
identical to a serial one). A worker that dies, is killed or has grown by a
quarter of its memory budget is replaced by a fresh one. Each worker

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

import ctypes
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
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
        _conn.send(("ocr", None, False))


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


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _die_with_parent(parent: int | None = None) -> None:
    """A worker must not outlive its build: when the build process is killed
    (kill -9, a crash), its workers would otherwise wait on their pipes for
    ever, since the other workers hold copies of its write end. Linux sends
    them SIGKILL when the process that forked them dies. ``parent``: the
    build process's pid as it forked (read here, it would already be the
    reaper's where the build died between the fork and this call)."""
    parent = os.getppid() if parent is None else parent
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it died before the signal was armed
        os._exit(1)


def _worker(orders: Connection, results: Connection, fn: Callable[..., Any] | None, tasks: Sequence[tuple],
            memory: int, warm: Callable[[], None] | None = None, parent: int | None = None) -> None:
    """A worker's life: take task numbers until told to stop, one at a time,
    each answered on ``results``; retire after a task that left it much
    bigger (so the next file gets its whole budget) or ran out of memory.

    The tasks themselves came with the fork: only their numbers travel. A
    :class:`Standby` worker, forked before its tasks were known, gets each
    as ``(fn, args)`` instead, and first runs ``warm`` (its imports), before
    its memory limit is measured from its size, as a worker forked after
    the build process warmed up starts with those imports."""
    global _conn
    _conn = results
    _die_with_parent(parent)
    with contextlib.suppress(OSError):
        os.setpgrp()  # so that the supervisor can kill what this worker starts
    if warm is not None:
        with contextlib.suppress(Exception):  # only a warm-up: the task reports its own errors
            warm()
    start = address_space() or 0
    if memory:
        _limit_memory(memory)
    while True:
        try:
            number = orders.recv()
        except (EOFError, OSError):
            break
        if number is None:
            break
        task_fn, args = number if isinstance(number, tuple) else (fn, tasks[number])
        retire = False
        result = None
        try:
            assert task_fn is not None
            result = task_fn(*args)
            message: tuple[str, Any] = ("ok", result)
        except MemoryError:
            result = None  # free what can be freed before saying so
            message, retire = ("out-of-memory", None), True
        except BaseException as exc:  # noqa: BLE001 - the supervisor decides
            message = ("error", f"{type(exc).__name__}: {exc}")
        del result
        size = address_space() or 0
        retire = retire or bool(memory and start and size > start + memory // 4)
        try:
            results.send((*message, retire))
        except MemoryError:
            results.send(("out-of-memory", None, True))
            retire = True
        if retire:
            break
    results.close()


class WorkerError(Exception):
    """``fn`` raised in a worker (not a budget overrun: a bug to surface)."""


@dataclass
class _Worker:
    process: Any
    orders: Connection
    results: Connection
    # Task numbers sent to it, in order: the first is the one it works on,
    # the next ones wait in its pipe.
    queue: deque[int] = field(default_factory=deque)
    started: float = 0.0
    deadline: float = float("inf")
    ocr: bool = False
    # Forked before the tasks were known (Standby): sent (fn, args), not numbers.
    by_value: bool = False


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


class _Pending:
    """Task numbers still to send, in order: those a worker that left had
    waiting (they come first), then the ones never sent. The second are a
    counter, not a list: an archive of 100,000 files needs no deque of
    100,000 numbers (4 MB)."""

    def __init__(self, count: int) -> None:
        self._back: deque[int] = deque()
        self._next = 0
        self._count = count

    def __bool__(self) -> bool:
        return bool(self._back) or self._next < self._count

    def first(self) -> int:
        return self._back[0] if self._back else self._next

    def take(self) -> int:
        if self._back:
            return self._back.popleft()
        self._next += 1
        return self._next - 1

    def put_back(self, numbers: deque[int]) -> None:
        # Numbers a worker held are below every number never sent, and stay in order.
        self._back.extendleft(reversed(numbers))


class Standby:
    """One worker forked before its tasks are known, so that its imports
    (``warm``) overlap what the build process does meanwhile (a delta's
    plan); :func:`run_budgeted` takes it as its first worker where its
    budget is the run's. It keeps every guarantee of a worker forked by
    :func:`run_budgeted`: its own process group, killed with its build, an
    address-space limit of its size after ``warm`` plus ``budget.memory``,
    killed at its task's deadline. :meth:`close` stops it where no run took
    it."""

    def __init__(self, budget: Budget, warm: Callable[[], None] | None = None) -> None:
        context = multiprocessing.get_context("fork")
        order_read, order_write = context.Pipe(duplex=False)
        result_read, result_write = context.Pipe(duplex=False)
        process = context.Process(target=_worker, args=(order_read, result_write, None, (), budget.memory, warm,
                                                        os.getpid()), daemon=True)
        process.start()
        order_read.close()
        result_write.close()
        self.budget = budget
        self.worker: _Worker | None = _Worker(process, order_write, result_read, by_value=True)

    def take(self, budget: Budget) -> _Worker | None:
        """The worker, once, where it was forked for ``budget``."""
        worker, self.worker = self.worker, None
        if worker is not None and budget != self.budget:
            _stop(worker)
            return None
        return worker

    def close(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            _stop(worker)


def _stop(worker: _Worker) -> None:
    """Stop a standby worker that holds no task, at once: it may still be
    warming up, and a build that did not need it is not kept waiting."""
    _kill(worker.process)
    worker.orders.close()
    worker.results.close()


def run_budgeted(fn: Callable[..., Any], tasks: Sequence[tuple], budget: Budget | None = None,
                 jobs: int = 1, standby: Standby | None = None) -> Iterator[Any]:
    """``fn(*task)`` for every task in killable worker processes (at most
    ``jobs``), yielded in task order; a task over its budget yields an
    :class:`Overrun`.

    Workers are forked from this process (so they start with everything it
    has imported, and with ``tasks``: only task numbers are sent) and take
    one task after another, the next ones already waiting in their pipe; a
    worker that dies, is killed at its deadline or retires is replaced by a
    fresh one, and the tasks that waited in its pipe go to another. An
    exception raised by ``fn`` itself is re-raised here as
    :class:`WorkerError` (``fn`` is expected to turn bad input into data).
    ``standby``, where given, is the first worker (see :class:`Standby`).
    """
    budget = budget or Budget()
    jobs = max(1, min(jobs, len(tasks)))
    context = multiprocessing.get_context("fork")
    results: dict[int, Any] = {}
    workers: list[_Worker] = []
    pending = _Pending(len(tasks))  # not yet sent, or sent to a worker that left
    next_out = 0
    # Tasks a worker holds: the one it works on and the next ones in its pipe,
    # so that it never waits for the supervisor, nor the supervisor for it.
    depth = 8
    # At most this many finished results wait for a slow earlier task.
    window = jobs * depth * 2

    def spawn() -> _Worker:
        if standby is not None:
            worker = standby.take(budget)
            if worker is not None:
                return worker
        order_read, order_write = context.Pipe(duplex=False)
        result_read, result_write = context.Pipe(duplex=False)
        process = context.Process(target=_worker, args=(order_read, result_write, fn, tasks, budget.memory,
                                                        None, os.getpid()), daemon=True)
        process.start()
        order_read.close()
        result_write.close()
        return _Worker(process, order_write, result_read)

    def leave(worker: _Worker, kill: bool) -> None:
        """Stop ``worker``; the tasks waiting in its pipe go back to be sent again."""
        if kill:
            _kill(worker.process)
        else:
            with contextlib.suppress(OSError):
                worker.orders.send(None)
            worker.process.join(5)
            if worker.process.is_alive():
                _kill(worker.process)
        pending.put_back(worker.queue)
        worker.queue.clear()
        worker.orders.close()
        worker.results.close()
        workers.remove(worker)

    def finish(worker: _Worker, outcome: Any) -> None:
        results[worker.queue.popleft()] = outcome
        worker.ocr = False
        worker.started = time.monotonic()  # the next one in its pipe starts now
        worker.deadline = worker.started + budget.seconds if worker.queue else float("inf")

    try:
        while next_out < len(tasks):
            if next_out in results:
                yield results.pop(next_out)
                next_out += 1
                continue
            while len(workers) < jobs:
                workers.append(spawn())
            for worker in workers:
                while len(worker.queue) < depth and pending and pending.first() < next_out + window:
                    number = pending.first()
                    try:
                        worker.orders.send((fn, tasks[number]) if worker.by_value else number)
                    except OSError:  # it died: the loop below replaces it
                        break
                    worker.queue.append(pending.take())
                    if len(worker.queue) == 1:
                        worker.started = time.monotonic()
                        worker.deadline = worker.started + budget.seconds
            busy = [w for w in workers if w.queue]
            timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic()) if busy else None
            handles: dict[Any, _Worker] = {}
            for w in workers:
                handles[w.results] = w
                handles[w.process.sentinel] = w
            for handle in wait(list(handles), timeout=timeout):
                worker = handles[handle]
                if worker not in workers:
                    continue  # already replaced in this round
                if handle is worker.results:
                    try:
                        kind, value, leaving = worker.results.recv()
                    except (EOFError, OSError):
                        kind, value, leaving = "died", None, True
                    if kind == "ocr":
                        worker.ocr = True
                        worker.deadline = worker.started + budget.ocr_seconds
                        continue
                    if kind == "died":
                        worker.process.join()
                        if worker.queue:
                            finish(worker, _describe_exit(worker.process.exitcode, budget))
                        leave(worker, kill=True)
                        continue
                    if worker.queue:
                        finish(worker, _outcome(kind, value, budget))
                    if leaving:
                        leave(worker, kill=False)
                elif not worker.process.is_alive() and not worker.results.poll():
                    worker.process.join()
                    if worker.queue:
                        finish(worker, _describe_exit(worker.process.exitcode, budget))
                    leave(worker, kill=True)
            now = time.monotonic()
            for worker in list(workers):
                if worker.queue and worker.deadline <= now:
                    limit = budget.ocr_seconds if worker.ocr else budget.seconds
                    what = "OCR and reading" if worker.ocr else "reading"
                    finish(worker, Overrun(
                        "timeout", f"{what} the file took longer than its limit of {limit:g} s; "
                        "stopped (--max-seconds)"))
                    leave(worker, kill=True)
    finally:
        for worker in list(workers):
            leave(worker, kill=bool(worker.queue))


def _outcome(kind: str, value: Any, budget: Budget) -> Any:
    if kind == "ok":
        return value
    if kind == "out-of-memory":
        return Overrun("out-of-memory", "reading the file needed more than its memory limit of "
                       f"{budget.memory // MIB:,} MiB (--max-memory)")
    raise WorkerError(value)


def _kill(process: Any) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError, OSError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError, OSError, ValueError):
        process.kill()
    process.join()
