"""Running a batch on a Dask distributed cluster (``--scheduler tcp://HOST:PORT``).

Needs the optional extra ``textkit[dask]`` here and textkit installed on every
worker. The coordinator reads each input and sends its bytes with the task
(:func:`run_uploaded`), so workers need no shared folder. On the worker, each
Dask thread keeps one textkit worker process (a
:class:`~textkit.batch.pool.LocalPool` of one, gazetteer loaded once), so
``--time-limit`` and ``--memory-limit`` hold there as they do locally: a
runaway document is killed, not left running in a Dask thread. The JSON comes
back with the result and the coordinator writes it into OUTDIR. At most as
many tasks as the cluster has threads are in flight, so a task starts when it
is sent.

If the scheduler goes away, the run ends with a :class:`~textkit.errors.ClusterError`
after the documents done so far have been written and indexed, so the same
command resumes.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import tempfile
import threading
import time
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from textkit.batch.pool import START_LIMIT, LocalPool, time_limit_error
from textkit.batch.worker import Job, Outcome, WorkerSetup, load_worker_gazetteer, run_job
from textkit.errors import ClusterError, TextkitError

log = logging.getLogger(__name__)

#: Seconds to wait for the scheduler to answer when connecting (and to reconnect
#: before giving up on it); ``$TEXTKIT_DASK_TIMEOUT`` overrides it.
CONNECT_TIMEOUT = 10.0


def connect_timeout() -> float:
    """:data:`CONNECT_TIMEOUT`, or ``$TEXTKIT_DASK_TIMEOUT`` when set to a number."""
    try:
        return float(os.environ.get("TEXTKIT_DASK_TIMEOUT", CONNECT_TIMEOUT))
    except ValueError:
        return CONNECT_TIMEOUT


_thread = threading.local()


def _thread_pool(setup: WorkerSetup) -> LocalPool:
    """This thread's worker process (started on first use, kept for the next task)."""
    pool: LocalPool | None = getattr(_thread, "pool", None)
    if pool is None or pool.setup != setup:
        if pool is not None:
            pool.close()
        pool = _thread.pool = LocalPool(1, setup, inherit_env=False)
    return pool


def run_uploaded(name: str, data: bytes, job: Job, setup: WorkerSetup) -> Outcome:
    """A Dask task: run *job* on a worker that cannot see the input. *data* holds
    its bytes, written to a private temporary file called *name* (the suffix
    matters) and read by this thread's worker process under the limits.

    A Dask worker started by a nanny is a daemon process, which may not start
    processes of its own: there the document runs in the Dask thread itself,
    without the memory limit, and a runaway document is only reported (after
    the time limit and a margin), not stopped. Start workers with
    ``DASK_DISTRIBUTED__WORKER__DAEMON=False`` (or ``--no-nanny``) to keep both limits.
    """
    with tempfile.TemporaryDirectory(prefix="textkit-") as tmp:
        path = Path(tmp) / (os.path.basename(name) or "input")
        path.write_bytes(data)
        local = Job(key=job.key, path=str(path), display=job.display, output=None)
        if multiprocessing.current_process().daemon:
            return run_job(local, setup, load_worker_gazetteer(setup))
        return next(iter(_thread_pool(setup).run([local])))


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as e:
        raise ClusterError(
            "--scheduler needs Dask",
            hint="install the extra: pip install 'textkit[dask]'",
        ) from e
    return distributed


def _quiet_dask_logs() -> None:
    """Dask's own log lines (with tracebacks when a cluster goes away) only with
    --debug: the run reports what matters in one line."""
    names = [n for n in logging.root.manager.loggerDict if n.split(".")[0] in _NOISY]
    for name in [*_NOISY, *names]:
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)


_NOISY = ("distributed", "asyncio", "tornado")


class DaskPool:
    """Sends documents to the Dask scheduler at *address* (same interface as
    :class:`~textkit.batch.pool.LocalPool`)."""

    def __init__(self, address: str, setup: WorkerSetup) -> None:
        distributed = _import_distributed()
        if not setup.debug:
            _quiet_dask_logs()
        self.address = address
        self.setup = setup
        self.worker_peaks: list[float] = []
        try:
            self._client = distributed.Client(address, timeout=connect_timeout())
        except (OSError, TimeoutError) as e:
            raise ClusterError(
                f"cannot reach the Dask scheduler at {address} ({e})",
                hint="check the address and that `dask scheduler` is running",
            ) from e
        self._wait = distributed.wait

    def close(self) -> None:
        try:
            self._client.close()
        except Exception as e:  # closing a client whose cluster is gone
            log.debug("closing the Dask client: %s", e)

    def _slots(self) -> int:
        return max(1, int(sum(self._client.nthreads().values())))

    def _submit(self, job: Job) -> Any:
        data = Path(job.path).read_bytes()
        remote = Job(key=job.key, path=job.path, display=job.display, output=None)
        return self._client.submit(
            run_uploaded, Path(job.path).name, data, remote, self.setup, pure=False
        )

    def run(self, jobs: list[Job]) -> Iterator[Outcome]:
        """Run *jobs* on the cluster, yielding outcomes as they finish."""
        queue = deque(jobs)
        running: dict[Any, tuple[Job, float]] = {}
        try:
            while queue or running:
                while queue and len(running) < self._slots():
                    job = queue.popleft()
                    try:
                        running[self._submit(job)] = (job, time.monotonic())
                    except OSError as e:
                        yield Outcome(key=job.key, ok=False, seconds=0.0, error=f"{job.display}: "
                                      f"cannot read ({e.strerror})")  # fmt: skip
                if running:
                    yield from self._collect(running)
        except TextkitError:
            raise
        except Exception as e:
            done = len(jobs) - len(queue) - len(running)
            said = " ".join(str(e).split())[:160]
            raise ClusterError(
                f"lost the Dask cluster at {self.address} ({type(e).__name__}: {said}) after "
                f"{done} of {len(jobs)} documents",
                hint="the index is written: run the same command again to resume",
            ) from e

    def _limit(self) -> float:
        # the worker process enforces the time limit; this one only catches a lost task
        return self.setup.limits.seconds + START_LIMIT

    def _collect(self, running: dict[Any, tuple[Job, float]]) -> Iterator[Outcome]:
        deadline = min(sent for _, sent in running.values()) + self._limit()
        timeout = max(0.05, deadline - time.monotonic())
        try:
            done, _ = self._wait(list(running), timeout=timeout, return_when="FIRST_COMPLETED")
        except TimeoutError:  # nothing finished yet: look at the deadlines
            done = set()
        for future in done:
            job, _sent = running.pop(future)
            yield self._finish(future, job)
        now = time.monotonic()
        for future, (job, sent) in list(running.items()):
            if now - sent >= self._limit():
                del running[future]
                future.cancel()
                error = time_limit_error(job, self.setup.limits.seconds)
                yield Outcome(key=job.key, ok=False, seconds=round(now - sent, 3), error=error)

    def _finish(self, future: Any, job: Job) -> Outcome:
        if future.status == "error":  # the task itself raised: its worker died (KilledWorker)
            exc = future.exception()
            said = " ".join(str(exc).split())[:200]
            return Outcome(
                key=job.key, ok=False, seconds=0.0,
                error=f"{job.display}: the Dask worker running it failed "
                f"({type(exc).__name__}: {said}); check the workers' memory limit",
            )  # fmt: skip
        if future.status != "finished":  # cancelled or lost with the scheduler
            raise RuntimeError(f"the task for {job.display} was {future.status}")
        outcome: Outcome = future.result()
        if outcome.ok and outcome.json is not None:
            from textkit.serialize import write_atomic

            try:
                write_atomic(job.output or "", outcome.json)
            except TextkitError as e:
                return Outcome(key=job.key, ok=False, seconds=outcome.seconds, error=str(e))
        return Outcome(
            key=outcome.key,
            ok=outcome.ok,
            seconds=outcome.seconds,
            error=outcome.error,
            summary=outcome.summary,
            peak_rss_mb=outcome.peak_rss_mb,
            detail=outcome.detail,
        )
