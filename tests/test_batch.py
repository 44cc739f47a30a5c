"""textkit batch / extract: worker processes under limits, the mirrored output
tree, index.jsonl (merged, locked, resumable) — the defects of issues 11 and 12."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from textkit.batch import BatchOptions, Limits, run_batch
from textkit.schema import Result

TABRIZ = "شهر تبریز با شهر باکو خواهرخوانده است.\n"
ISFAHAN = "شهر اصفهان در سال ۱۹۸۹ با شهر شیان چین پیمان خواهرخواندگی امضا کرد.\n"
SHIRAZ = "Shiraz and Weimar have been sister cities since 1999.\n"


def hanging_pdf() -> bytes:
    """A PDF whose content stream /Length is an indirect reference that never
    resolves (object 6 is just ``6 0 R``): pdfminer loops forever on it."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length 6 0 R >>\nstream\nBT /F1 12 Tf 72 720 Td (Hello) Tj ET\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"6 0 R",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def read_index(out: Path) -> dict[str, dict]:
    lines = (out / "index.jsonl").read_text("utf-8").splitlines()
    entries = [json.loads(line) for line in lines]
    assert len(entries) == len({e["input"] for e in entries}), "one entry per input"
    return {e["input"]: e for e in entries}


def outputs(out: Path) -> dict[str, str]:
    """Every output JSON below *out*, by relative path."""
    return {
        p.relative_to(out).as_posix(): p.read_text("utf-8")
        for p in sorted(out.rglob("*.json"))
        if not p.name.startswith(".")
    }


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    write(root / "a" / "b.txt", TABRIZ)
    write(root / "a__b.txt.txt", ISFAHAN)
    write(root / "x" / "paper.txt", SHIRAZ)
    write(root / "y" / "paper.txt", TABRIZ + SHIRAZ)
    return root


def test_batch_output_tree_mirrors_the_input_tree(docs: Path, tmp_path: Path, run_cli) -> None:
    out = tmp_path / "out"
    code, _, err = run_cli("batch", str(docs), "-o", str(out), "-q", "-j", "2")
    assert code == 0, err
    assert sorted(outputs(out)) == [
        "a/b.txt.json",
        "a__b.txt.txt.json",
        "x/paper.txt.json",
        "y/paper.txt.json",
    ]
    index = read_index(out)
    assert index["y/paper.txt"]["output"] == "y/paper.txt.json"
    data = Result.model_validate_json((out / "a" / "b.txt.json").read_text("utf-8"))
    assert data.document.path == str(docs / "a" / "b.txt")
    assert {p.name for a in data.agreements for p in a.parties} == {"تبریز", "باکو"}


def test_batch_index_fields_and_exit_status(tmp_path: Path, run_cli) -> None:
    docs = tmp_path / "docs"
    write(docs / "good.txt", TABRIZ)
    write(docs / "bad.pdf", "<html>not a pdf</html>")
    (docs / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    code, _, err = run_cli("batch", str(docs), "-o", str(out), "-q")
    assert code == 1
    assert "2 of 3 failed" in err
    assert "Traceback" not in err
    index = read_index(out)
    assert set(index) == {"bad.pdf", "empty.txt", "good.txt"}
    good, bad = index["good.txt"], index["bad.pdf"]
    fields = {"input", "sha256", "status", "output", "error", "seconds"}
    assert fields <= set(good) and fields <= set(bad)
    assert (good["status"], good["output"], good["error"]) == ("ok", "good.txt.json", None)
    assert good["sha256"] == __import__("hashlib").sha256(TABRIZ.encode()).hexdigest()
    assert good["agreements"] == 1 and good["seconds"] >= 0
    assert (bad["status"], bad["output"]) == ("error", None)
    assert bad["error"].startswith(f"{docs / 'bad.pdf'}: not a PDF")
    assert sorted(outputs(out)) == ["good.txt.json"]


def test_batch_resume_skips_unchanged_and_redoes_changed(docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run_batch(docs, out, BatchOptions(jobs=1))
    assert (first.failed, first.skipped) == (0, 0)
    before = outputs(out)
    second = run_batch(docs, out, BatchOptions(jobs=1))
    assert second.skipped == 4
    assert {e["status"] for e in second.entries} == {"skipped"}
    assert outputs(out) == before
    write(docs / "x" / "paper.txt", ISFAHAN)  # new bytes: only this one is redone
    third = run_batch(docs, out, BatchOptions(jobs=1))
    assert {e["input"]: e["status"] for e in third.entries} == {
        "a/b.txt": "skipped",
        "a__b.txt.txt": "skipped",
        "x/paper.txt": "ok",
        "y/paper.txt": "skipped",
    }
    assert "اصفهان" in (out / "x" / "paper.txt.json").read_text("utf-8")
    forced = run_batch(docs, out, BatchOptions(jobs=1, force=True))
    assert {e["status"] for e in forced.entries} == {"ok"}
    index = read_index(out)
    assert {e["status"] for e in index.values()} == {"ok"}


def test_batch_resume_redoes_a_missing_output_or_a_failed_input(docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch(docs, out, BatchOptions(jobs=1))
    (out / "a" / "b.txt.json").unlink()
    again = run_batch(docs, out, BatchOptions(jobs=1))
    assert [e["input"] for e in again.entries if e["status"] == "ok"] == ["a/b.txt"]


def test_batch_index_is_merged_across_runs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    one, two = tmp_path / "one", tmp_path / "two"
    write(one / "first.txt", TABRIZ)
    write(two / "second.txt", SHIRAZ)
    run_batch(one, out, BatchOptions(jobs=1))
    run_batch(two, out, BatchOptions(jobs=1))
    assert sorted(read_index(out)) == ["first.txt", "second.txt"]


def test_batch_two_batches_into_one_outdir_at_once_keep_every_entry(tmp_path: Path) -> None:
    out = tmp_path / "out"
    folders = []
    for name in ("left", "right"):
        folder = tmp_path / name
        for n in range(25):
            write(folder / f"{name}-{n:02d}.txt", f"{n}. {TABRIZ}")
        folders.append(folder)
    script = (
        "import sys\n"
        "from textkit.batch import BatchOptions, run_batch\n"
        "if __name__ == '__main__':\n"
        "    run_batch(sys.argv[1], sys.argv[2], BatchOptions(jobs=1))\n"
    )
    runs = [
        subprocess.Popen([sys.executable, "-c", script, str(folder), str(out)])
        for folder in folders
    ]
    assert [run.wait(timeout=120) for run in runs] == [0, 0]
    index = read_index(out)
    assert len(index) == 50
    assert {e["status"] for e in index.values()} == {"ok"}


def test_batch_time_limit_fails_only_the_hanging_document(tmp_path: Path, run_cli) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "loop.pdf").write_bytes(hanging_pdf())
    write(docs / "ok.txt", TABRIZ)
    out = tmp_path / "out"
    start = time.monotonic()
    # pdfminer loops on this file (PDFium, the default engine, reads it)
    code, _, err = run_cli(
        "batch", str(docs), "-o", str(out), "-q", "--time-limit", "3", "--engine", "pdfplumber"
    )
    assert time.monotonic() - start < 60
    assert code == 1
    lines = [line for line in err.splitlines() if "loop.pdf" in line]
    assert lines == [
        f"textkit: error: {docs / 'loop.pdf'}: stopped after the time limit (3 s); "
        "raise --time-limit, or leave the file out"
    ]
    index = read_index(out)
    assert index["ok.txt"]["status"] == "ok" and index["loop.pdf"]["status"] == "error"


def test_extract_time_limit_is_one_line(tmp_path: Path, run_cli) -> None:
    pdf = tmp_path / "loop.pdf"
    pdf.write_bytes(hanging_pdf())
    # pdfminer loops on this file (PDFium, the default engine, reads it)
    code, out, err = run_cli("extract", str(pdf), "--time-limit", "2", "--engine", "pdfplumber")
    assert (code, out) == (1, "")
    assert err == (
        f"textkit: error: {pdf}: stopped after the time limit (2 s); "
        "raise --time-limit, or leave the file out\n"
    )


def test_batch_memory_limit_fails_only_that_document(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    with (docs / "huge.txt").open("wb") as fh:
        fh.truncate(600 * 1024 * 1024)  # sparse: costs no disk, but 600 MB to read
    write(docs / "ok.txt", TABRIZ)
    report = run_batch(docs, tmp_path / "out", BatchOptions(jobs=1, limits=Limits(60, 400)))
    entries = {e["input"]: e for e in report.entries}
    assert entries["ok.txt"]["status"] == "ok"
    assert entries["huge.txt"]["error"] == (
        f"{docs / 'huge.txt'}: needs more than the memory limit (400 MB); "
        "raise --memory-limit or check the file"
    )


def test_pool_replaces_a_worker_that_dies(tmp_path: Path) -> None:
    from textkit.batch.pool import LocalPool
    from textkit.batch.worker import Job, Outcome, WorkerSetup

    loop = tmp_path / "loop.pdf"
    loop.write_bytes(hanging_pdf())
    ok = write(tmp_path / "ok.txt", TABRIZ)
    jobs = [
        Job(key="loop", path=str(loop), display=str(loop), output=None),
        Job(key="ok", path=str(ok), display=str(ok), output=None),
    ]
    # pdfminer loops on loop.pdf; PDFium (the default engine) would read it at once
    with LocalPool(1, WorkerSetup(limits=Limits(120, 4096), engine="pdfplumber")) as pool:
        got: dict[str, Outcome] = {}
        consumer = threading.Thread(target=lambda: got.update((o.key, o) for o in pool.run(jobs)))
        consumer.start()
        for _ in range(600):  # the worker gets stuck on loop.pdf: kill it from outside
            if "loop" in pool.running:
                os.kill(pool.running["loop"], signal.SIGKILL)
                break
            time.sleep(0.05)
        consumer.join(60)
    assert got["loop"].error == (
        f"{loop}: the worker reading it died (killed by signal 9); it may have run out of "
        "memory (limit 4096 MB): raise --memory-limit, or check the file"
    )
    assert got["ok"].ok and got["ok"].json is not None


def test_batch_file_name_that_is_not_utf8(tmp_path: Path, run_cli) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    raw = os.fsencode(docs) + b"/caf\xe9.txt"
    with open(raw, "wb") as fh:
        fh.write(TABRIZ.encode())
    write(docs / "ok.txt", SHIRAZ)
    out = tmp_path / "out"
    code, _, err = run_cli("batch", str(docs), "-o", str(out), "-q")
    assert code == 0, err
    index = read_index(out)
    assert index["caf\\xe9.txt"]["status"] == "ok"
    assert index["caf\\xe9.txt"]["output"] == "caf\\xe9.txt.json"
    assert os.path.exists(os.fsencode(out) + b"/caf\xe9.txt.json")
    assert "caf\\xe9.txt" in err


def test_extract_never_overwrites_an_input(tmp_path: Path, run_cli) -> None:
    notes = write(tmp_path / "notes.json", TABRIZ)
    code, _, err = run_cli("extract", str(notes), "-o", str(tmp_path))
    assert code == 0, err
    assert notes.read_text("utf-8") == TABRIZ
    assert Result.model_validate_json((tmp_path / "notes.json.json").read_text("utf-8"))
    # «x» would be written to x.json, which is the other input
    x, x_json = write(tmp_path / "x", TABRIZ), write(tmp_path / "x.json", SHIRAZ)
    code, _, err = run_cli("extract", str(x), str(x_json), "-o", str(tmp_path))
    assert code == 1
    assert f"{x}: its output {tmp_path / 'x.json'} would overwrite an input" in err
    assert x_json.read_text("utf-8") == SHIRAZ


def test_extract_same_name_in_two_folders(tmp_path: Path, run_cli) -> None:
    a = write(tmp_path / "a" / "paper.txt", TABRIZ)
    b = write(tmp_path / "b" / "paper.txt", SHIRAZ)
    out = tmp_path / "out"
    code, _, err = run_cli("extract", str(a), str(b), "-o", str(out))
    assert code == 0, err
    assert sorted(outputs(out)) == ["a/paper.txt.json", "b/paper.txt.json"]


def test_batch_parallel_outputs_equal_serial(docs: Path, tmp_path: Path) -> None:
    one = run_batch(docs, tmp_path / "j1", BatchOptions(jobs=1))
    two = run_batch(docs, tmp_path / "j2", BatchOptions(jobs=2))
    assert one.failed == two.failed == 0
    assert outputs(tmp_path / "j1") == outputs(tmp_path / "j2")


def test_batch_output_folder_inside_the_input_folder(docs: Path) -> None:
    run_batch(docs, docs / "out", BatchOptions(jobs=1))
    again = run_batch(docs, docs / "out", BatchOptions(jobs=1))
    assert again.total == 4 and again.skipped == 4


@pytest.mark.slow
def test_batch_killed_midway_leaves_whole_files_and_resumes(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    for n in range(40):
        write(docs / f"d{n:02d}.txt", f"{n}. {ISFAHAN}" * 20)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "textkit", "batch", str(docs), "-o", str(out), "-q", "-j", "2"]
    run = subprocess.Popen(cmd, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if (out / "index.jsonl").exists() and len(outputs(out)) >= 5:
            break
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGKILL)  # the coordinator and its workers at once
    run.wait()
    done = outputs(out)
    assert 0 < len(done) < 40, "killed in the middle of the run"
    for text in done.values():
        Result.model_validate_json(text)  # no half-written output
    finished = run_batch(docs, out, BatchOptions(jobs=2))
    assert finished.failed == 0
    assert finished.skipped >= 1, "the outputs indexed before the kill are kept"
    assert len(outputs(out)) == 40
    assert {e["status"] for e in read_index(out).values()} <= {"ok", "skipped"}
