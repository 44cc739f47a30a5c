"""load_pdf on broken input: every failure is a PdfError naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from textkit.errors import InputError, PdfError
from textkit.readers.pdf import load_pdf

DATA = Path(__file__).resolve().parent / "data" / "pdf"


@pytest.mark.parametrize(
    ("name", "words"),
    [
        pytest.param("bad-not-a-pdf.pdf", "not a PDF", id="text-file-named-pdf"),
        pytest.param("bad-truncated.pdf", "", id="truncated"),
        pytest.param("bad-encrypted.pdf", "password", id="encrypted"),
        pytest.param("bad-no-text.pdf", "no text layer", id="scanned-no-text"),
    ],
)
def test_pdf_errors_name_file_and_cause(name: str, words: str) -> None:
    with pytest.raises(PdfError) as info:
        load_pdf(DATA / name, ocr=False)
    err = info.value
    assert err.path is not None
    assert err.path.endswith(name)
    assert err.message.strip()  # never an empty message (pdfminer's often are)
    assert words.lower() in str(err).lower()
    assert err.hint


def test_pdf_errors_no_text_hint_says_ocr() -> None:
    with pytest.raises(PdfError, match="OCR"):
        load_pdf(DATA / "bad-no-text.pdf", ocr=False)


def test_pdf_errors_encrypted_opens_with_password() -> None:
    doc = load_pdf(DATA / "bad-encrypted.pdf", password="secret")
    assert doc.blocks
    assert "شیراز" in doc.blocks[1].text


def test_pdf_errors_wrong_password() -> None:
    with pytest.raises(PdfError, match="password"):
        load_pdf(DATA / "bad-encrypted.pdf", password="wrong")


def test_pdf_errors_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_pdf(tmp_path / "absent.pdf")


def test_pdf_errors_truncated_is_not_silently_empty() -> None:
    # either an error, or a document with text and a warning: never an empty result
    try:
        doc = load_pdf(DATA / "bad-truncated.pdf")
    except PdfError:
        return
    assert doc.blocks


def test_pdf_errors_one_bad_page_is_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    import textkit.readers.pdf as reader

    real = reader._read_page

    def flaky(chars):  # type: ignore[no-untyped-def]
        if chars.number == 2:
            raise ValueError("broken content stream")
        return real(chars)

    monkeypatch.setattr(reader, "_read_page", flaky)
    doc = load_pdf(DATA / "lo-two-column.pdf")
    assert doc.pages == 2
    assert [w.page for w in doc.warnings] == [2]
    assert "broken content stream" in doc.warnings[0].message
    assert doc.blocks
    assert {b.page for b in doc.blocks} == {1}


def test_pdf_errors_every_page_bad(monkeypatch: pytest.MonkeyPatch) -> None:
    import textkit.readers.pdf as reader

    def broken(chars):  # type: ignore[no-untyped-def]
        raise ValueError("")  # pdfminer errors often have no message

    monkeypatch.setattr(reader, "_read_page", broken)
    with pytest.raises(PdfError, match="no page could be read") as info:
        load_pdf(DATA / "lo-two-column.pdf")
    assert info.value.page == 1


def test_pdf_errors_rotated_text_is_skipped_with_a_warning() -> None:
    doc = load_pdf(DATA / "rotated-line.pdf")
    assert [b.text for b in doc.blocks] == ["Upright line"]
    assert [(w.code, w.page) for w in doc.warnings] == [("rotated_text", 1)]


@pytest.mark.parametrize(
    ("rotated", "upright"), [("rot-two-column", "lo-two-column"), ("rot-table", "lo-table")]
)
def test_pdf_errors_page_rotation_does_not_change_the_text(rotated: str, upright: str) -> None:
    # qpdf --rotate: pages turned by 90°, 180° and 270° read exactly like the unrotated file
    doc = load_pdf(DATA / f"{rotated}.pdf")
    assert [b.text for b in doc.blocks] == [
        b.text for b in load_pdf(DATA / f"{upright}.pdf").blocks
    ]
    assert doc.warnings == []


def test_pdf_errors_upside_down_text_on_an_upright_page_is_skipped_with_advice() -> None:
    doc = load_pdf(DATA / "upside-down-line.pdf")
    assert [b.text for b in doc.blocks] == ["Upright line"]
    [w] = doc.warnings
    assert (w.code, w.page) == ("rotated_text", 1)
    assert w.message.startswith("page 1: ")
    assert "«Upside down" in w.message


def test_pdf_errors_pages_without_text_layer_warn() -> None:
    # page 2: an image only; page 3: an image and a page number printed as text
    doc = load_pdf(DATA / "mixed-scanned.pdf", ocr=False)
    assert [(w.code, w.page, w.message) for w in doc.warnings] == [
        ("no_text_layer", n, f"page {n}: no text layer (scanned?); run OCR on it") for n in (2, 3)
    ]
    assert sorted({b.page for b in doc.blocks}) == [1, 4]


def test_pdf_errors_messages_name_the_cli_option_and_say_things_once() -> None:
    with pytest.raises(PdfError) as info:
        load_pdf(DATA / "bad-encrypted.pdf")
    assert "--password PASSWORD" in str(info.value)
    assert "password=" in str(info.value)
    with pytest.raises(PdfError) as info:
        load_pdf(DATA / "bad-no-text.pdf", ocr=False)
    assert str(info.value).count("no text layer") == 1
