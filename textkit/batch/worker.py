"""What runs in a worker: one document in, one :class:`Outcome` out.

A worker process loads the gazetteer once (:func:`start_worker`) and then runs
:func:`run_job` for each document it is sent. Every failure becomes an
``Outcome`` with a one-line message naming the file, so nothing a document does
reaches the coordinator as an exception.

Example:
    >>> import tempfile
    >>> from pathlib import Path
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     job = Job(key="a.txt", path=str(Path(tmp, "a.txt")), display="a.txt", output=None)
    ...     run_job(job, WorkerSetup(), gazetteer=None).error
    'a.txt: no such file; check the path'
"""

from __future__ import annotations

import logging
import resource
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textkit.errors import TextkitError, printable

if TYPE_CHECKING:
    from textkit.gazetteer import Gazetteer

log = logging.getLogger(__name__)

#: Defaults of ``--time-limit`` (seconds per document) and ``--memory-limit``
#: (MB of address space per worker process).
DEFAULT_TIME_LIMIT = 300.0
DEFAULT_MEMORY_LIMIT = 4096


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-document limits. ``memory_mb`` caps each worker's address space."""

    seconds: float = DEFAULT_TIME_LIMIT
    memory_mb: int = DEFAULT_MEMORY_LIMIT

    def __post_init__(self) -> None:
        if not self.seconds > 0:
            raise ValueError(f"time limit must be positive, not {self.seconds}")
        if self.memory_mb < 64:
            raise ValueError(f"memory limit must be at least 64 MB, not {self.memory_mb}")


@dataclass(frozen=True, slots=True)
class WorkerSetup:
    """What a worker needs to run documents: the pipeline's settings and limits."""

    password: str | None = None
    gazetteer: tuple[str, ...] = ()  # the user's folders over the shipped data
    limits: Limits = field(default_factory=Limits)
    debug: bool = False
    engine: str = "auto"  # PDF characters (see textkit.readers.chars)


@dataclass(frozen=True, slots=True)
class Job:
    """One document: *path* is read, *display* names it in messages and in the
    output's ``document.path``; the JSON goes to *output*, or back in the
    :class:`Outcome` when that is ``None``."""

    key: str
    path: str
    display: str
    output: str | None


@dataclass(frozen=True, slots=True)
class Outcome:
    """How one document went. ``summary`` holds its counts (pages, agreements, …)."""

    key: str
    ok: bool
    seconds: float
    error: str | None = None
    summary: dict[str, Any] | None = None
    json: str | None = None
    peak_rss_mb: float | None = None
    detail: str | None = None  # the traceback of an internal error (shown with --debug)
    cpu_seconds: float | None = None  # CPU time the worker spent on the document


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def limit_memory(mb: int) -> None:
    """Cap this process's address space at *mb* MB (an allocation past it raises
    :class:`MemoryError`)."""
    cap = mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def load_worker_gazetteer(setup: WorkerSetup) -> Gazetteer:
    """The gazetteer, loaded once per process (the loader caches it)."""
    from textkit.pipeline import Config

    return Config(gazetteer=setup.gazetteer).load_gazetteer()


def _failure(job: Job, start: float, error: str, detail: str | None = None) -> Outcome:
    return Outcome(
        key=job.key,
        ok=False,
        seconds=round(time.perf_counter() - start, 3),
        error=printable(error),
        peak_rss_mb=peak_rss_mb(),
        detail=detail,
    )


def run_job(job: Job, setup: WorkerSetup, gazetteer: Gazetteer | None) -> Outcome:
    """Process one document and write (or return) its JSON; never raises for
    anything the document does."""
    from textkit.pipeline import Config, process, summarize
    from textkit.serialize import dumps, write_atomic

    start, cpu = time.perf_counter(), time.process_time()
    try:
        config = Config(password=setup.password, gazetteer=setup.gazetteer, engine=setup.engine)
        result = process(job.path, gazetteer=gazetteer, config=config)
        result.document.path = job.display
        text = dumps(result)
        if job.output is not None:
            write_atomic(job.output, text)
    except TextkitError as e:
        if e.path in (None, job.path):  # name the file as the user knows it
            e.path = job.display
        message = str(e)
        if job.display not in message:
            message = f"{job.display}: {message}"
        return _failure(job, start, message)
    except MemoryError:
        mb = setup.limits.memory_mb
        return _failure(
            job, start, f"{job.display}: needs more than the memory limit ({mb} MB); "
            "raise --memory-limit or check the file",
        )  # fmt: skip
    except RecursionError:
        return _failure(
            job, start, f"{job.display}: nested too deeply to read; check the file",
            traceback.format_exc(),
        )  # fmt: skip
    except Exception as e:  # one bad file never stops a batch
        return _failure(
            job, start,
            f"{job.display}: internal error: {type(e).__name__}: {e} "
            "(run with --debug for the traceback, and please report it)",
            traceback.format_exc(),
        )  # fmt: skip
    summary = summarize(result)
    return Outcome(
        key=job.key,
        ok=True,
        seconds=round(time.perf_counter() - start, 3),
        summary=summary,
        json=None if job.output is not None else text,
        peak_rss_mb=peak_rss_mb(),
        cpu_seconds=round(time.process_time() - cpu, 3),
    )


def warm_up(setup: WorkerSetup, gazetteer: Gazetteer) -> None:
    """Run the pipeline once on a two-line text, so the imports and word lists
    that load on first use count as start-up, not as the first document's time.
    (The gazetteer's fuzzy-match index, ~3 s to build, still loads with the
    first document that needs it: a worker that gets only small documents
    never pays for it.)"""
    import textkit.readers.pdf  # noqa: F401  (pdfplumber and pdfminer)

    with tempfile.TemporaryDirectory(prefix="textkit-warm-") as tmp:
        path = Path(tmp) / "warm-up.txt"
        path.write_text(WARM_UP_TEXT, encoding="utf-8")
        job = Job(key="warm-up", path=str(path), display="warm-up", output=None)
        outcome = run_job(job, setup, gazetteer)
    if not outcome.ok:
        log.debug("warm-up failed: %s", outcome.error)


WARM_UP_TEXT = (
    "شهر اصفهان در سال ۱۳۶۸ با شهر شیان چین پیمان خواهرخواندگی امضا کرد.\n"
    "Isfahan and Freiburg became sister cities in 2000 (Aksoy, 2021: 45).\n"
)
