"""The two character engines: same text, chosen with --engine / Config(engine=...)."""

from __future__ import annotations

from pathlib import Path

import pytest

from textkit.readers.pdf import load_pdf

DATA = Path(__file__).resolve().parent / "data" / "pdf"


@pytest.mark.parametrize("engine", ["auto", "pdfium", "pdfplumber"])
def test_pdf_engines_cli_flag(
    engine: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from textkit import cli
    from textkit.readers import pdf

    seen: list[str] = []
    real = pdf.load_pdf

    def spy(path, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(kwargs["engine"])
        return real(path, **kwargs)

    monkeypatch.setattr(pdf, "load_pdf", spy)
    assert cli.main(["text", "--engine", engine, str(DATA / "lo-table.pdf")]) == 0
    assert seen == [engine]
    assert "خواهر شهرها" in capsys.readouterr().out


def test_pdf_engines_config_rejects_an_unknown_engine() -> None:
    from textkit.pipeline import Config

    with pytest.raises(ValueError, match="engine must be one of auto, pdfium, pdfplumber"):
        Config(engine="mupdf")
    with pytest.raises(ValueError, match="engine must be one of"):
        load_pdf(DATA / "lo-table.pdf", engine="mupdf")


@pytest.mark.parametrize("name", ["lo-two-column", "xelatex-multicol", "chromium-columns"])
def test_pdf_engines_same_blocks(name: str) -> None:
    # block kinds, texts, pages and directions agree; boxes within a point
    fast = load_pdf(DATA / f"{name}.pdf", engine="pdfium").blocks
    slow = load_pdf(DATA / f"{name}.pdf", engine="pdfplumber").blocks
    assert [(b.kind, b.text, b.page, b.direction) for b in fast] == [
        (b.kind, b.text, b.page, b.direction) for b in slow
    ]
    for a, b in zip(fast, slow, strict=True):
        assert a.bbox is not None and b.bbox is not None
        assert max(abs(x - y) for x, y in zip(a.bbox, b.bbox, strict=True)) < 1.0


def test_pdf_engines_reach_the_batch_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    # extract and batch run documents in worker processes: the engine goes with them
    from textkit import cli
    from textkit.batch.worker import Job, WorkerSetup, run_job
    from textkit.readers import pdf

    args = cli.build_parser().parse_args(["batch", str(DATA), "-o", "out", "--engine", "pdfium"])
    setup = cli._options(args).setup()
    assert setup.engine == "pdfium"
    seen: list[str] = []
    real = pdf.load_pdf

    def spy(path, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(kwargs["engine"])
        return real(path, **kwargs)

    monkeypatch.setattr(pdf, "load_pdf", spy)
    job = Job(key="t", path=str(DATA / "lo-table.pdf"), display="lo-table.pdf", output=None)
    outcome = run_job(job, WorkerSetup(engine="pdfium"), gazetteer=None)
    assert outcome.ok
    assert seen == ["pdfium"]


def test_pdf_engines_pdfium_reads_a_file_pdfminer_loops_on(tmp_path: Path) -> None:
    # a content stream whose /Length is a reference that never resolves (issue 11):
    # pdfminer loops forever (the worker's time limit stops it); PDFium reads the page
    from test_batch import hanging_pdf

    pdf = tmp_path / "loop.pdf"
    pdf.write_bytes(hanging_pdf())
    assert [b.text for b in load_pdf(pdf, engine="pdfium").blocks] == ["Hello"]
