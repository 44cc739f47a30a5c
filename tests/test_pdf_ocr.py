"""Pages without a text layer: OCR with Tesseract when it is there, advice when it is not."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from textkit.readers import ocr
from textkit.readers.pdf import load_pdf

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "pdf"
SAMPLE = ROOT / "corpora" / "sister-cities-iran" / "docs" / "libreoffice.pdf"
_INVISIBLE = dict.fromkeys(map(ord, "\u200c\u200d\u200e\u200f\ufeff\u00ad"), None)


def _cer(expected: str, got: str) -> float:
    from rapidfuzz.distance import Levenshtein

    def norm(s: str) -> str:
        return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s).translate(_INVISIBLE)).strip()

    e, g = norm(expected), norm(got)
    return Levenshtein.distance(e, g) / max(1, len(e))


@pytest.fixture
def no_tesseract(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "_tesseract", lambda: (None, frozenset(), ""))


def test_pdf_ocr_missing_tesseract_says_how_to_install(no_tesseract: None) -> None:
    doc = load_pdf(DATA / "mixed-scanned.pdf")
    messages = [w.message for w in doc.warnings if w.code == "no_text_layer"]
    assert [w.page for w in doc.warnings] == [2, 3]
    assert all("Tesseract is not installed" in m for m in messages)
    assert all("apt-get install tesseract-ocr tesseract-ocr-fas" in m for m in messages)


def test_pdf_ocr_missing_persian_data_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "_tesseract", lambda: ("/usr/bin/tesseract", frozenset({"eng"}), "5"))
    assert ocr.missing() == (
        "Tesseract has no Persian data (fas); "
        "on Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-fas"
    )


def test_pdf_ocr_all_pages_scanned_error_says_how_to_install(no_tesseract: None) -> None:
    from textkit.errors import PdfError

    with pytest.raises(PdfError, match="no text layer on any page") as info:
        load_pdf(DATA / "bad-no-text.pdf")
    assert "apt-get install tesseract-ocr" in str(info.value)


def test_pdf_ocr_failure_is_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "_tesseract", lambda: ("/bin/false", frozenset({"fas"}), "5"))

    def failing(*args: object, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
        return subprocess.CompletedProcess(args, 1, b"", b"Error: cannot read image")

    monkeypatch.setattr(ocr.subprocess, "run", failing)
    doc = load_pdf(DATA / "mixed-scanned.pdf")
    failed = [w for w in doc.warnings if w.code == "ocr_failed"]
    assert [w.page for w in failed] == [2, 3]
    assert "Tesseract exit 1: Error: cannot read image" in failed[0].message
    assert {b.page for b in doc.blocks} == {1, 4}  # the text pages are read as before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("", [], id="empty"),
        pytest.param("\f", [], id="form-feed-only"),
        pytest.param(
            "شهر تبریز\nو استانبول\n\nCity", [("شهر تبریز و استانبول", "fa"), ("City", "en")]
        ),
    ],
)
def test_pdf_ocr_text_to_blocks(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(b.text, b.lang) for b in ocr.text_to_blocks(text, 3)] == expected


def _tesseract_with_persian() -> bool:
    return ocr.missing() is None


@pytest.mark.slow
@pytest.mark.corpus
@pytest.mark.skipif(
    not _tesseract_with_persian(),
    reason="Tesseract with Persian data is not installed"
    " (apt-get install tesseract-ocr tesseract-ocr-fas)",
)
def test_pdf_ocr_scanned_sample_page_reads_at_cer_under_a_tenth(tmp_path: Path) -> None:
    # issue 14: a page of the sample rendered to an image and wrapped as a PDF reads at
    # CER <= 0.10 after normalisation, against the text layer of the same page
    import pypdfium2 as pdfium

    from textkit.pipeline import normalize, render_text

    if not SAMPLE.exists():
        pytest.skip(f"sample corpus file {SAMPLE} not present")
    src = pdfium.PdfDocument(str(SAMPLE))
    one = pdfium.PdfDocument.new()
    one.import_pages(src, [2])
    one.save(str(tmp_path / "page3.pdf"))
    image = src[2].render(scale=200 / 72, grayscale=True).to_pil()
    image.save(str(tmp_path / "scan.pdf"), resolution=200)
    scanned = load_pdf(tmp_path / "scan.pdf")
    assert [w.code for w in scanned.warnings] == ["ocr"]
    assert "read by OCR (Tesseract" in scanned.warnings[0].message
    expected = render_text(normalize(load_pdf(tmp_path / "page3.pdf")))
    assert _cer(expected, render_text(normalize(scanned))) <= 0.10
