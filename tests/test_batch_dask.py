"""``textkit batch --scheduler``: the same outputs through a Dask cluster, a clear
error when there is none, and a resumable index when it goes away.

Each cluster runs in a child process (a LocalCluster with in-process workers), so
Dask's threads never outlive the test in the test process."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_batch import ISFAHAN, SHIRAZ, TABRIZ, hanging_pdf, outputs, read_index, write
from textkit.batch import BatchOptions, Limits, run_batch

pytest.importorskip("distributed", reason="the dask extra is not installed")

# Runs batches on one LocalCluster: argv = OUTDIR DOCS [--close-after N]; prints a
# JSON line per run: {"failed", "skipped", "error"}.
CHILD = """
import json, sys, threading, time
from pathlib import Path
import distributed
from textkit.batch import BatchOptions, Limits, run_batch
from textkit.errors import ClusterError

if __name__ == "__main__":
    docs, out = Path(sys.argv[1]), Path(sys.argv[2])
    runs, close_after = int(sys.argv[3]), int(sys.argv[4])
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                       dashboard_address=":0")
    if close_after:
        def close():
            while len(list(out.rglob("*.txt.json"))) < close_after:
                time.sleep(0.05)
            cluster.close()
        threading.Thread(target=close, daemon=True).start()
    for _ in range(runs):
        options = BatchOptions(
            scheduler=cluster.scheduler_address, limits=Limits(2, 4096), engine="pdfplumber"
        )
        try:
            r = run_batch(docs, out, options)
            print(json.dumps({"failed": r.failed, "skipped": r.skipped, "error": None}))
        except ClusterError as e:
            print(json.dumps({"error": str(e), "address": cluster.scheduler_address}))
    cluster.close()
"""


def run_child(docs: Path, out: Path, runs: int = 1, close_after: int = 0) -> list[dict]:
    env = {**os.environ, "TEXTKIT_DASK_TIMEOUT": "2"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(docs), str(out), str(runs), str(close_after)],
        capture_output=True, text=True, timeout=120, env=env, check=True,
    )  # fmt: skip
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def test_dask_batch_equals_local_batch(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write(docs / "a" / "one.txt", TABRIZ)
    write(docs / "two.txt", ISFAHAN)
    write(docs / "b" / "three.txt", SHIRAZ)
    (docs / "loop.pdf").write_bytes(hanging_pdf())
    # pdfminer loops on loop.pdf (PDFium, the default engine, reads it)
    options = BatchOptions(jobs=2, limits=Limits(2, 4096), engine="pdfplumber")
    local = run_batch(docs, tmp_path / "local", options)
    first, again = run_child(docs, tmp_path / "dask", runs=2)
    assert local.failed == first["failed"] == 1
    assert outputs(tmp_path / "local") == outputs(tmp_path / "dask")
    assert len(outputs(tmp_path / "dask")) == 3
    index = read_index(tmp_path / "dask")
    assert index["loop.pdf"]["error"].endswith(
        "stopped after the time limit (2 s); raise --time-limit, or leave the file out"
    )
    assert (again["skipped"], again["failed"]) == (3, 1)


def test_dask_scheduler_that_is_not_there(tmp_path: Path) -> None:
    with socket.socket() as s:  # a free port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    write(tmp_path / "docs" / "one.txt", TABRIZ)
    address = f"tcp://127.0.0.1:{port}"
    cmd = [sys.executable, "-m", "textkit", "batch", str(tmp_path / "docs"), "-o",
           str(tmp_path / "out"), "-q", "--scheduler", address]  # fmt: skip
    env = {**os.environ, "TEXTKIT_DASK_TIMEOUT": "2"}
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env, check=False)
    assert done.returncode == 1
    assert done.stderr.startswith(f"textkit: error: cannot reach the Dask scheduler at {address}")
    assert done.stderr.count("\n") == 1


@pytest.mark.slow
def test_dask_cluster_that_goes_away_ends_the_run_resumably(tmp_path: Path) -> None:
    docs, out = tmp_path / "docs", tmp_path / "out"
    for n in range(12):
        write(docs / f"d{n:02d}.txt", f"{n}. {ISFAHAN}" * 30)
    (lost,) = run_child(docs, out, close_after=2)
    message = lost["error"]
    assert message.startswith(f"lost the Dask cluster at {lost['address']}")
    assert message.endswith("the index is written: run the same command again to resume")
    assert "\n" not in message
    done = {k for k, e in read_index(out).items() if e["status"] == "ok"}
    assert 0 < len(done) < 12
    resumed = run_batch(docs, out, BatchOptions(jobs=2))
    assert resumed.skipped == len(done) and resumed.failed == 0
