"""A pool of worker processes that runs each document under a time and memory limit.

Each worker (:func:`_worker_main`) caps its own address space, loads the
gazetteer, warms the pipeline up once, says it is ready, and then takes one
document at a time over its pipe. The coordinator (:class:`LocalPool`) sends
work only to idle workers and waits on all pipes and process sentinels at once:

- a document past the time limit has its worker killed; the document fails
  with one line naming the file and the limit, and a new worker takes its place;
- a worker that dies (out of memory, a crash in a C library, killed from
  outside) fails only the document it held, and is replaced the same way;
- a worker that cannot start (a broken gazetteer, a memory limit too low to
  load it) ends the run with that one-line error, as every document would fail.

Workers write their own output files (in parallel); only small
:class:`~textkit.batch.worker.Outcome` records travel back.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from types import FrameType
from typing import Any

from textkit.batch.worker import (
    Job,
    Outcome,
    WorkerSetup,
    limit_memory,
    load_worker_gazetteer,
    peak_rss_mb,
    run_job,
    warm_up,
)
from textkit.errors import LimitError, TextkitError

log = logging.getLogger(__name__)

#: Longest a worker may take to start (import, gazetteer, warm-up).
START_LIMIT = 120.0
#: Seconds a worker gets to exit after SIGTERM before it is killed.
GRACE = 2.0


def _raise_exit(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # unwinds, so a half-written temporary file is removed


def _worker_main(
    conn: Connection, setup: WorkerSetup, environ: dict[str, str] | None = None
) -> None:
    """A worker process: set up once, then run documents until told to stop.
    *environ* replaces the environment the fork server started with (the
    coordinator's may have changed since, e.g. ``TEXTKIT_GAZETTEER``)."""
    if environ is not None:
        os.environ.clear()
        os.environ.update(environ)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the coordinator's to handle
    signal.signal(signal.SIGTERM, _raise_exit)
    logging.basicConfig(
        level=logging.DEBUG if setup.debug else logging.WARNING,
        format="textkit: %(levelname)s: %(message)s",
    )
    if not setup.debug:
        logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        limit_memory(setup.limits.memory_mb)
        gazetteer = load_worker_gazetteer(setup)
        warm_up(setup, gazetteer)
    except MemoryError:
        mb = setup.limits.memory_mb
        conn.send(("fatal", f"the memory limit ({mb} MB) is too low to start a worker; "
                            "raise --memory-limit"))  # fmt: skip
        return
    except TextkitError as e:
        conn.send(("fatal", str(e)))
        return
    conn.send(("ready", peak_rss_mb()))
    while True:
        try:
            job = conn.recv()
        except EOFError:  # the coordinator is gone
            return
        if job is None:
            return
        conn.send(("done", run_job(job, setup, gazetteer)))


@dataclass(slots=True)
class _Worker:
    process: Any  # multiprocessing's BaseProcess (its context classes are not public)
    conn: Connection
    born: float
    ready: bool = False
    job: Job | None = None
    sent: float = 0.0


def time_limit_error(job: Job, seconds: float) -> str:
    """The message for a document stopped at the time limit."""
    return str(
        LimitError(
            f"stopped after the time limit ({seconds:g} s)",
            path=job.display,
            hint="raise --time-limit, or leave the file out",
        )
    )


def worker_died_error(job: Job, exitcode: int | None, memory_mb: int) -> str:
    """The message for a document whose worker died while reading it."""
    if exitcode is None:
        how = "its pipe closed"
    elif exitcode < 0:
        how = f"killed by signal {-exitcode}"
    else:
        how = f"exited with status {exitcode}"
    return str(
        LimitError(
            f"the worker reading it died ({how})",
            path=job.display,
            hint=f"it may have run out of memory (limit {memory_mb} MB): "
            "raise --memory-limit, or check the file",
        )
    )


class LocalPool:
    """*size* worker processes on this machine. Use as a context manager::

    with LocalPool(2, WorkerSetup()) as pool:
        for outcome in pool.run(jobs):
            ...
    """

    def __init__(self, size: int, setup: WorkerSetup, *, inherit_env: bool = True) -> None:
        if size < 1:
            raise ValueError(f"pool size must be at least 1, not {size}")
        self.size = size
        self.setup = setup
        # the workers see this process's environment as it is now, not as it was
        # when the fork server started
        self._environ = dict(os.environ) if inherit_env else None
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else None
        self._ctx: Any = multiprocessing.get_context(method)
        self._workers: list[_Worker] = []
        #: peak resident memory (MB) each worker reported, for the benchmark
        self.worker_peaks: list[float] = []

    @property
    def running(self) -> dict[str, int]:
        """The documents being run now (job key → worker process id)."""
        return {w.job.key: int(w.process.pid) for w in list(self._workers) if w.job is not None}

    def __enter__(self) -> LocalPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> _Worker:
        ours, theirs = self._ctx.Pipe()
        process = self._ctx.Process(
            target=_worker_main,
            args=(theirs, self.setup, self._environ),
            name="textkit-worker",
            daemon=True,
        )
        process.start()
        theirs.close()
        worker = _Worker(process=process, conn=ours, born=time.monotonic())
        self._workers.append(worker)
        return worker

    def _stop(self, worker: _Worker, *, kill: bool) -> None:
        """End *worker*: at once (*kill*), or by SIGTERM with :data:`GRACE` s to exit."""
        if worker.process.is_alive():
            if kill:
                worker.process.kill()
            else:
                worker.process.terminate()
                worker.process.join(GRACE)
                if worker.process.is_alive():
                    worker.process.kill()
        worker.process.join(GRACE)
        worker.conn.close()
        if worker in self._workers:
            self._workers.remove(worker)

    def close(self) -> None:
        """Stop every worker (idle ones are asked, busy ones terminated)."""
        for worker in list(self._workers):
            if worker.job is None and worker.ready:
                with contextlib.suppress(OSError):
                    worker.conn.send(None)
                worker.process.join(GRACE)
            self._stop(worker, kill=False)

    def run(self, jobs: Iterable[Job]) -> Iterator[Outcome]:
        """Run *jobs*, yielding each :class:`Outcome` as it is ready (in the order
        the documents finish)."""
        queue = deque(jobs)
        while len(self._workers) < min(self.size, len(queue)):
            self._start()
        while queue or any(w.job is not None for w in self._workers):
            for worker in list(self._workers):
                if worker.ready and worker.job is None and queue:
                    self._send(worker, queue)
            yield from self._wait_once(bool(queue))

    def _send(self, worker: _Worker, queue: deque[Job]) -> None:
        job = queue.popleft()
        try:
            worker.conn.send(job)
        except OSError:  # it died while idle: the job goes back, the worker is replaced
            queue.appendleft(job)
            self._replace(worker, True)
            return
        worker.job = job
        worker.sent = time.monotonic()

    def _deadline(self, worker: _Worker) -> float:
        if not worker.ready:
            return worker.born + START_LIMIT
        if worker.job is None:
            return float("inf")
        return worker.sent + self.setup.limits.seconds

    def _wait_once(self, more: bool) -> Iterator[Outcome]:
        now = time.monotonic()
        timeout = max(0.0, min(self._deadline(w) for w in self._workers) - now)
        handles: list[Any] = [w.conn for w in self._workers]
        handles += [w.process.sentinel for w in self._workers]
        ready = set(wait(handles, timeout=min(timeout, 3600.0)))
        for worker in list(self._workers):
            if worker.conn in ready:
                yield from self._receive(worker, more)
            elif worker.process.sentinel in ready:
                yield from self._died(worker, more)
            elif time.monotonic() >= self._deadline(worker):
                yield from self._overran(worker, more)

    def _receive(self, worker: _Worker, more: bool) -> Iterator[Outcome]:
        try:
            kind, payload = worker.conn.recv()
        except (EOFError, OSError):
            yield from self._died(worker, more)
            return
        if kind == "ready":
            worker.ready = True
            self.worker_peaks.append(float(payload))
        elif kind == "fatal":
            self._stop(worker, kill=True)
            raise TextkitError(str(payload))
        else:
            outcome: Outcome = payload
            worker.job = None
            yield outcome

    def _replace(self, worker: _Worker, more: bool) -> None:
        self._stop(worker, kill=True)
        if more:
            self._start()

    def _died(self, worker: _Worker, more: bool) -> Iterator[Outcome]:
        worker.process.join(GRACE)  # reap it, for its exit code
        job, exitcode = worker.job, worker.process.exitcode
        if not worker.ready:
            self._stop(worker, kill=True)
            raise TextkitError(
                f"a worker process could not start (exit status {exitcode})",
                hint=f"check the memory limit ({self.setup.limits.memory_mb} MB) "
                "and run with --debug",
            )
        self._replace(worker, more)
        if job is not None:
            message = worker_died_error(job, exitcode, self.setup.limits.memory_mb)
            yield Outcome(key=job.key, ok=False, seconds=0.0, error=message)

    def _overran(self, worker: _Worker, more: bool) -> Iterator[Outcome]:
        job = worker.job
        if not worker.ready:
            self._stop(worker, kill=True)
            raise TextkitError(f"a worker process did not start within {START_LIMIT:g} s")
        elapsed = round(time.monotonic() - worker.sent, 3)
        self._replace(worker, more)
        if job is not None:
            error = time_limit_error(job, self.setup.limits.seconds)
            yield Outcome(key=job.key, ok=False, seconds=elapsed, error=error)
