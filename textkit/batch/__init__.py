"""Running many documents: ``textkit batch`` and ``textkit extract``.

The steps, in order:

1. :mod:`~textkit.batch.paths` — find the inputs under DIR (hidden files, the
   output folder and folder links skipped) and map each to its output:
   ``DIR/a/b.txt`` → ``OUTDIR/a/b.txt.json``; nothing is written over an input.
2. :mod:`~textkit.batch.index` — ``OUTDIR/index.jsonl``, merged by input under a
   file lock; an input whose sha256, textkit version and gazetteer version match
   an ``ok`` entry is skipped (resume).
3. :mod:`~textkit.batch.pool` — worker processes, each with the gazetteer loaded
   once, running one document at a time under ``--time-limit`` and
   ``--memory-limit``; a worker that dies or overruns fails only its document.
   :mod:`~textkit.batch.cluster` does the same on a Dask cluster.
4. :mod:`~textkit.batch.worker` — what a worker does with one document.
5. :mod:`~textkit.batch.runner` — ties these together (:func:`run_batch`).

Example:
    >>> from textkit.batch import BatchOptions, Limits, run_batch  # doctest: +SKIP
    >>> options = BatchOptions(jobs=2, limits=Limits(60, 2048))    # doctest: +SKIP
    >>> report = run_batch("papers", "out", options)               # doctest: +SKIP
    >>> f"{report.failed} of {report.total} failed"                # doctest: +SKIP
    '0 of 12 failed'
"""

from __future__ import annotations

import os

from textkit.batch.runner import BatchOptions, BatchReport, run_batch, usable_cores
from textkit.batch.worker import DEFAULT_MEMORY_LIMIT, DEFAULT_TIME_LIMIT, Job, Limits, Outcome
from textkit.pipeline import Config

__all__ = [
    "DEFAULT_MEMORY_LIMIT",
    "DEFAULT_TIME_LIMIT",
    "BatchOptions",
    "BatchReport",
    "Job",
    "Limits",
    "Outcome",
    "process_batch",
    "run_batch",
    "usable_cores",
]


def process_batch(
    folder: str | os.PathLike[str],
    outdir: str | os.PathLike[str],
    *,
    config: Config | None = None,
    progress: bool = False,
    jobs: int | None = None,
) -> BatchReport:
    """Process every PDF/TXT under *folder* into *outdir* (``DIR/a/b.pdf`` →
    ``OUTDIR/a/b.pdf.json``) plus ``index.jsonl``, in worker processes; see
    :func:`textkit.batch.run_batch` for limits, resume and a Dask cluster.
    A file that fails is recorded and the run goes on."""
    config = config or Config()
    folders = config.gazetteer if isinstance(config.gazetteer, tuple) else ()
    options = BatchOptions(
        jobs=jobs,
        progress=progress,
        password=config.password,
        gazetteer=folders,
        engine=config.engine,
    )
    return run_batch(folder, outdir, options)
