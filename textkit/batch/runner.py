"""``textkit batch``: plan a run, skip what is current, run the rest, keep the index.

Example:
    >>> from textkit.batch import BatchOptions, run_batch        # doctest: +SKIP
    >>> report = run_batch("papers/", "out/", BatchOptions(jobs=2))  # doctest: +SKIP
    >>> report.failed                                             # doctest: +SKIP
    0
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from textkit import __version__
from textkit.batch.index import Index, is_current
from textkit.batch.paths import (
    file_sha256,
    find_inputs,
    output_path,
    overwrites_input,
    real_paths,
    relative_name,
)
from textkit.batch.worker import Job, Limits, Outcome, WorkerSetup
from textkit.errors import InputError, printable

log = logging.getLogger(__name__)

#: The document counts copied from a result's summary into its index entry.
COUNTS = ("pages", "blocks", "agreements", "entities", "memberships", "citations", "warnings")


def usable_cores() -> int:
    """CPUs this process may run on (its affinity mask, not the machine's count)."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter is not None:
        return int(counter() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def gazetteer_version(folders: tuple[str, ...]) -> str:
    """The data version of the gazetteer (the shipped data with *folders* on top),
    as the gazetteer states it."""
    from textkit.pipeline import Config

    return str(Config(gazetteer=folders).load_gazetteer().version)


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """How to run a batch. ``jobs=None`` uses every usable core; ``scheduler`` is
    a Dask scheduler address (``tcp://host:port``) instead of local workers."""

    jobs: int | None = None
    limits: Limits = field(default_factory=Limits)
    force: bool = False
    scheduler: str | None = None
    progress: bool = False
    password: str | None = None
    gazetteer: tuple[str, ...] = ()
    debug: bool = False
    engine: str = "auto"

    def setup(self) -> WorkerSetup:
        return WorkerSetup(
            password=self.password,
            gazetteer=self.gazetteer,
            limits=self.limits,
            debug=self.debug,
            engine=self.engine,
        )


@dataclass(slots=True)
class BatchReport:
    """What a run did. ``entries`` are this run's index entries, in input order."""

    total: int
    failed: int
    skipped: int
    index_path: Path
    entries: list[dict[str, Any]]
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # the workers' CPU time on this run's documents
    worker_peaks_mb: list[float] = field(default_factory=list)
    interrupted: bool = False

    def slowest(self, n: int = 3) -> list[tuple[str, float]]:
        """The *n* documents done in this run that took longest, with their seconds."""
        done = [e for e in self.entries if e["status"] == "ok"]
        done.sort(key=lambda e: -float(e.get("seconds") or 0.0))
        return [(e["input"], float(e.get("seconds") or 0.0)) for e in done[:n]]


class Executor(Protocol):
    """Runs jobs somewhere (local processes, a Dask cluster)."""

    worker_peaks: list[float]

    def run(self, jobs: list[Job]) -> Iterator[Outcome]: ...

    def close(self) -> None: ...


def _entry(rel: str, sha: str | None, versions: dict[str, str]) -> dict[str, Any]:
    # "pending" until the document is run; never written to the index
    return {"input": rel, "sha256": sha, "status": "pending", "output": None, "error": None,
            "seconds": 0.0, **versions}  # fmt: skip


@dataclass(slots=True)
class _Plan:
    jobs: list[Job] = field(default_factory=list)
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)  # by input, in order
    outputs: dict[str, str] = field(default_factory=dict)  # input → output relative to OUTDIR


def plan(root: Path, outdir: Path, options: BatchOptions, index: Index) -> _Plan:
    """Decide, for every input under *root*, whether to run, skip or refuse it."""
    inputs = find_inputs(root, exclude=outdir)
    if not inputs:
        raise InputError("no .pdf or .txt files found", path=str(root), hint="check the folder")
    known = index.snapshot() if not options.force else {}
    versions = {
        "textkit_version": __version__,
        "gazetteer_version": gazetteer_version(options.gazetteer),
    }
    reals = real_paths(inputs)
    result = _Plan()
    for path in inputs:
        rel = relative_name(path, root)
        out = output_path(outdir, path.relative_to(root))
        out_rel = printable(out.relative_to(outdir).as_posix())
        entry = _entry(rel, None, versions)
        result.entries[rel] = entry
        try:
            entry["sha256"] = file_sha256(path)
        except OSError as e:
            entry["status"] = "error"
            entry["error"] = f"{printable(str(path))}: cannot read ({e.strerror}); check it"
            continue
        old = known.get(rel)
        if is_current(old, entry["sha256"], versions, outdir):
            assert old is not None
            entry.update({k: old[k] for k in COUNTS if k in old})
            entry.update(status="skipped", output=out_rel)
        elif overwrites_input(out, reals):
            entry["status"] = "error"
            entry["error"] = (
                f"{printable(str(path))}: its output {printable(str(out))} would overwrite an "
                "input; choose another output folder"
            )
        else:
            result.outputs[rel] = out_rel
            display = printable(str(path))
            result.jobs.append(Job(key=rel, path=str(path), display=display, output=str(out)))
    return result


def _record(entry: dict[str, Any], outcome: Outcome, output: str) -> None:
    entry["seconds"] = outcome.seconds
    if outcome.ok:
        entry.update(status="ok", output=output, error=None)
        summary = outcome.summary or {}
        entry.update({k: summary[k] for k in COUNTS if k in summary})
    else:
        entry.update(status="error", output=None, error=outcome.error)


def make_executor(options: BatchOptions, n_jobs: int) -> Executor:
    """Local worker processes, or a Dask cluster when ``options.scheduler`` is set."""
    if options.scheduler:
        from textkit.batch.cluster import DaskPool

        return DaskPool(options.scheduler, options.setup())
    from textkit.batch.pool import LocalPool

    return LocalPool(max(1, min(options.jobs or usable_cores(), n_jobs)), options.setup())


def run_batch(
    folder: str | os.PathLike[str],
    outdir: str | os.PathLike[str],
    options: BatchOptions | None = None,
) -> BatchReport:
    """Process every PDF/TXT under *folder* into *outdir* (the tree mirrored, one
    ``.json`` per input) and merge this run into ``outdir/index.jsonl``.

    Inputs whose bytes, textkit version and gazetteer version match an ``ok``
    entry are skipped (``options.force`` redoes them). A document that fails is
    recorded and the run goes on; Ctrl-C stops the run with the index written.
    """
    from textkit.serialize import ensure_dir

    options = options or BatchOptions()
    root = Path(folder)
    if not root.is_dir():
        raise InputError("not a folder", path=str(root), hint="give the folder that holds the PDFs")
    out = ensure_dir(outdir)
    index = Index(out)
    todo = plan(root, out, options, index)
    started = time.perf_counter()
    report = BatchReport(
        total=len(todo.entries), failed=0, skipped=0, index_path=index.path, entries=[]
    )
    for entry in todo.entries.values():
        if entry["status"] != "pending":
            index.add(entry)
    bar = _progress(len(todo.jobs), options.progress)
    failed = sum(1 for e in todo.entries.values() if e["status"] == "error")
    executor = make_executor(options, len(todo.jobs)) if todo.jobs else None
    try:
        if executor is not None:
            for outcome in executor.run(todo.jobs):
                entry = todo.entries[outcome.key]
                _record(entry, outcome, todo.outputs[outcome.key])
                report.cpu_seconds += outcome.cpu_seconds or 0.0
                index.add(entry)
                failed += not outcome.ok
                if bar is not None:
                    bar.set_postfix(failed=failed, refresh=False)
                    bar.update(1)
                if options.debug and outcome.detail:
                    log.debug("%s", outcome.detail)
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        if executor is not None:
            report.worker_peaks_mb = list(executor.worker_peaks)
            executor.close()
        if bar is not None:
            bar.close()
        index.flush()
    report.entries = list(todo.entries.values())
    report.failed = sum(1 for e in report.entries if e["status"] == "error")
    report.skipped = sum(1 for e in report.entries if e["status"] == "skipped")
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def _progress(total: int, show: bool) -> Any:
    if not show or total == 0:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc="textkit batch", dynamic_ncols=True)


def run_files(
    paths: list[Path], outdir: Path | None, options: BatchOptions
) -> list[tuple[Path, Outcome]]:
    """``textkit extract``: each file in a worker under the limits. With *outdir*
    the JSON is written there (the inputs' tree mirrored below their common
    folder); without it the JSON comes back in the outcome. Results are in the
    order of *paths* (a file given twice is run once)."""
    from textkit.batch.paths import extract_outputs
    from textkit.batch.pool import LocalPool

    unique = list(dict.fromkeys(paths))
    outputs = extract_outputs(unique, outdir) if outdir is not None else {}
    reals = real_paths(unique)
    jobs: list[Job] = []
    refused: dict[str, Outcome] = {}
    for n, path in enumerate(unique):
        key, display = str(n), printable(str(path))
        out = outputs.get(path)
        if out is not None and overwrites_input(out, reals):
            error = f"{display}: its output {printable(str(out))} would overwrite an input"
            refused[key] = Outcome(key=key, ok=False, seconds=0.0, error=error)
            continue
        jobs.append(Job(key=key, path=str(path), display=display, output=str(out) if out else None))
    results = dict(refused)
    if jobs:
        with LocalPool(
            max(1, min(options.jobs or usable_cores(), len(jobs))), options.setup()
        ) as pool:
            results.update((o.key, o) for o in pool.run(jobs))
    return [(path, results[str(n)]) for n, path in enumerate(unique)]
