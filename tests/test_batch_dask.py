"""``textkit batch --scheduler``: the same outputs through a Dask cluster (a
LocalCluster in this process), and a clear error when there is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_batch import ISFAHAN, SHIRAZ, TABRIZ, hanging_pdf, outputs, read_index, write
from textkit.batch import BatchOptions, Limits, run_batch

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0"
    ) as local:
        yield local


def test_dask_batch_equals_local_batch(cluster, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write(docs / "a" / "one.txt", TABRIZ)
    write(docs / "two.txt", ISFAHAN)
    write(docs / "b" / "three.txt", SHIRAZ)
    (docs / "loop.pdf").write_bytes(hanging_pdf())
    limits = Limits(2, 4096)
    local = run_batch(docs, tmp_path / "local", BatchOptions(jobs=2, limits=limits))
    remote = run_batch(
        docs, tmp_path / "dask", BatchOptions(scheduler=cluster.scheduler_address, limits=limits)
    )
    assert local.failed == remote.failed == 1
    assert outputs(tmp_path / "local") == outputs(tmp_path / "dask")
    assert len(outputs(tmp_path / "dask")) == 3
    index = read_index(tmp_path / "dask")
    assert index["loop.pdf"]["error"].endswith(
        "stopped after the time limit (2 s); raise --time-limit, or leave the file out"
    )
    again = run_batch(
        docs, tmp_path / "dask", BatchOptions(scheduler=cluster.scheduler_address, limits=limits)
    )
    assert again.skipped == 3 and again.failed == 1


def test_dask_scheduler_that_is_not_there(tmp_path: Path, run_cli, monkeypatch) -> None:
    import socket

    from textkit.batch import cluster as cluster_module

    monkeypatch.setattr(cluster_module, "CONNECT_TIMEOUT", 2.0)
    with socket.socket() as s:  # a free port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    write(tmp_path / "docs" / "one.txt", TABRIZ)
    address = f"tcp://127.0.0.1:{port}"
    code, _, err = run_cli("batch", str(tmp_path / "docs"), "-o", str(tmp_path / "out"),
                           "-q", "--scheduler", address)  # fmt: skip
    assert code == 1
    assert err.startswith(f"textkit: error: cannot reach the Dask scheduler at {address}")
    assert err.count("\n") == 1


@pytest.mark.slow
def test_dask_cluster_that_goes_away_ends_the_run_resumably(tmp_path: Path, monkeypatch) -> None:
    import threading
    import time

    from textkit.batch import cluster as cluster_module
    from textkit.errors import ClusterError

    monkeypatch.setattr(cluster_module, "CONNECT_TIMEOUT", 2.0)  # also the reconnect wait

    docs, out = tmp_path / "docs", tmp_path / "out"
    for n in range(12):
        write(docs / f"d{n:02d}.txt", f"{n}. {ISFAHAN}" * 30)
    local = distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0"
    )

    def close_after_some() -> None:
        deadline = time.monotonic() + 60
        while len(list(out.rglob("*.txt.json"))) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        local.close()

    closer = threading.Thread(target=close_after_some)
    closer.start()
    with pytest.raises(ClusterError) as lost:
        run_batch(docs, out, BatchOptions(scheduler=local.scheduler_address))
    closer.join()
    message = str(lost.value)
    assert message.startswith(f"lost the Dask cluster at {local.scheduler_address}")
    assert message.endswith("the index is written: run the same command again to resume")
    assert "\n" not in message
    done = {k for k, e in read_index(out).items() if e["status"] == "ok"}
    assert 0 < len(done) < 12
    resumed = run_batch(docs, out, BatchOptions(jobs=2))
    assert resumed.skipped == len(done) and resumed.failed == 0
