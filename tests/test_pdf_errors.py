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


@pytest.mark.parametrize("engine", ["auto", "pdfium", "pdfplumber"])
def test_pdf_errors_damaged_page_is_not_blank(engine: str) -> None:
    # issue 11: page 2's content stream is damaged, page 3 is empty
    doc = load_pdf(DATA / "bad-damaged-page.pdf", engine=engine, ocr=False)
    codes = {w.page: (w.code, w.message) for w in doc.warnings}
    assert codes[2][0] == "page_unreadable"
    assert codes[2][1].startswith("page 2 could not be read: its content stream")
    assert codes[3] == ("blank_page", "page 3: blank (nothing drawn)")
    # the pages on either side are read, and not joined over the damaged page
    assert [b.text for b in doc.blocks] == ["First page.", "Fourth page."]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_pdf_errors_engine_failing_on_a_page_is_a_warning(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a page that raises in the character source: one warning, the other pages read
    import textkit.readers.chars_pdfium as fast
    import textkit.readers.chars_pdfplumber as slow

    source = fast.PdfiumSource if engine == "pdfium" else slow.PlumberSource
    real = source.page

    def flaky(self, number):  # type: ignore[no-untyped-def]
        if number == 2:
            raise RuntimeError("bad page tree entry")
        return real(self, number)

    monkeypatch.setattr(source, "page", flaky)
    doc = load_pdf(DATA / "lo-two-column.pdf", engine=engine)
    assert [(w.code, w.page) for w in doc.warnings] == [("page_unreadable", 2)]
    assert doc.warnings[0].message == (
        "page 2 could not be read: bad page tree entry; the other pages were read"
    )
    assert {b.page for b in doc.blocks} == {1}


def test_pdf_errors_auto_engine_rereads_a_page_pdfium_cannot_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import textkit.readers.chars_pdfium as fast

    real = fast.PdfiumSource.page

    def flaky(self, number):  # type: ignore[no-untyped-def]
        if number == 2:
            raise RuntimeError("PDFium cannot load the page")
        return real(self, number)

    monkeypatch.setattr(fast.PdfiumSource, "page", flaky)
    doc = load_pdf(DATA / "lo-two-column.pdf", engine="auto")
    assert doc.warnings == []
    assert [b.text for b in doc.blocks] == [
        b.text for b in load_pdf(DATA / "lo-two-column.pdf", engine="pdfplumber").blocks
    ]


def test_pdf_errors_auto_engine_rereads_a_page_failing_the_self_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # PDFium's reading of page 1 loses every glyph width: pdfplumber reads that page
    import textkit.readers.chars_pdfium as fast

    real = fast.PdfiumSource.page

    def flat(self, number):  # type: ignore[no-untyped-def]
        chars = real(self, number)
        if number == 1:
            for g in chars.glyphs:
                g.x1 = g.x0
        return chars

    monkeypatch.setattr(fast.PdfiumSource, "page", flat)
    pdfium_only = load_pdf(DATA / "lo-two-column.pdf", engine="pdfium")
    auto = load_pdf(DATA / "lo-two-column.pdf", engine="auto")
    plumber = load_pdf(DATA / "lo-two-column.pdf", engine="pdfplumber")
    assert [b.text for b in auto.blocks] == [b.text for b in plumber.blocks]
    assert [b.text for b in pdfium_only.blocks] != [b.text for b in plumber.blocks]
