"""Batch at scale (issue 12): parallel speed-up, resume, memory per worker.

Eight documents — the bundled sample's four inputs, copied into two folders —
go through :func:`textkit.batch.run_batch`:

1. ``-j 1`` then ``-j 2`` into fresh folders (wall time of the whole run, worker
   start-up included); the outputs must be byte-identical;
2. the ``-j 2`` run again (everything skipped), then again after one input's
   bytes changed (only that one redone);
3. peak resident memory of each worker, from the workers' own reports.

Run on a quiet machine (the 1-minute load average is printed with each run); on a
shared machine, repeat and compare the best runs::

    .venv/bin/python tests/bench/bench_batch.py [--repeat 3]

Results go in ``tests/bench/RESULTS.md`` by hand.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpora" / "sister-cities-iran" / "docs"


def outputs(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*.json"))
        if not p.name.startswith(".")
    }


def timed_run(docs: Path, out: Path, jobs: int, force: bool = False) -> tuple[float, object]:
    from textkit.batch import BatchOptions, run_batch

    start = time.perf_counter()
    report = run_batch(docs, out, BatchOptions(jobs=jobs, force=force))
    return time.perf_counter() - start, report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs of each -j setting")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        for copy in ("a", "b"):
            shutil.copytree(SAMPLE, docs / copy)
        n = len(list(docs.rglob("*.*")))
        times: dict[int, list[float]] = {1: [], 2: []}
        peaks: list[float] = []
        for r in range(args.repeat):
            for jobs in (1, 2):
                seconds, report = timed_run(docs, Path(tmp) / f"out{jobs}-{r}", jobs)
                times[jobs].append(seconds)
                assert report.failed == 0, report.entries  # type: ignore[attr-defined]
                load = os.getloadavg()[0]
                cpu = report.cpu_seconds  # type: ignore[attr-defined]
                print(
                    f"-j {jobs}: {seconds:.1f} s for {n} documents (load {load:.2f}); workers' "
                    f"CPU on documents {cpu:.1f} s = {cpu / seconds:.2f} cores on average",
                    flush=True,
                )
        same = outputs(Path(tmp) / "out1-0") == outputs(Path(tmp) / "out2-0")
        j1, j2 = statistics.median(times[1]), statistics.median(times[2])
        print(
            f"time(-j 2) / time(-j 1) = {j2 / j1:.2f} (medians), "
            f"{min(times[2]) / min(times[1]):.2f} (best runs); outputs identical: {same}"
        )

        out = Path(tmp) / "out2-0"
        first = j2
        again, report = timed_run(docs, out, 2)
        skipped = report.skipped  # type: ignore[attr-defined]
        print(f"second run: {again:.2f} s ({again / first:.1%} of the first), {skipped} skipped")
        target = docs / "a" / "article-plain.txt"
        target.write_bytes(target.read_bytes() + b"\n")
        changed, report = timed_run(docs, out, 2)
        redone = [e["input"] for e in report.entries if e["status"] == "ok"]  # type: ignore[attr-defined]
        print(f"after changing one input: {changed:.2f} s, redone: {redone}")

        from textkit.batch.pool import LocalPool
        from textkit.batch.worker import Job, WorkerSetup

        jobs = [
            Job(key=str(p), path=str(p), display=str(p), output=None)
            for p in sorted(docs.rglob("*.*"))
        ]
        with LocalPool(2, WorkerSetup()) as pool:
            for outcome in pool.run(jobs):
                peaks.append(outcome.peak_rss_mb or 0.0)
            ready = pool.worker_peaks
        print(
            f"worker peak RSS: after start-up {min(ready):.0f}–{max(ready):.0f} MB, "
            f"after documents up to {max(peaks):.0f} MB"
        )
    print(f"load average after: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
