"""load_pdf on small LibreOffice fixtures (tests/data/pdf, made by tools/make_pdf_fixtures.py)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from textkit.readers.pdf import load_pdf

DATA = Path(__file__).resolve().parent / "data" / "pdf"
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff\u00ad"), None
)


def _norm(text: str) -> str:
    # the scoring normalisation of the sample paper: NFKC, invisible marks dropped, spaces collapsed
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).translate(_INVISIBLE)).strip()


def _cer(expected: str, got: str) -> float:
    from rapidfuzz.distance import Levenshtein

    e, g = _norm(expected), _norm(got)
    return Levenshtein.distance(e, g) / max(1, len(e))


@pytest.mark.parametrize(
    "name",
    [
        "lo-mixed-lines",
        "lo-two-column",
        "lo-footnote",
        "lo-table",
        "chromium-columns",
        "xelatex-multicol",
        "lo-naskh-notes",
        "chromium-naskh",
        "lo-plain-table",
        "lo-hyphen",
        "lo-html-url",
        "xelatex-digits",
    ],
)
@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_pdf_fixture_text_matches(name: str, engine: str) -> None:
    # both engines against the same expected text
    doc = load_pdf(DATA / f"{name}.pdf", engine=engine)
    expected = (DATA / f"{name}.expected.txt").read_text(encoding="utf-8")
    got = "\n".join(b.text for b in doc.blocks)
    assert _cer(expected, got) <= 0.01, got


def test_pdf_fixture_document_fields() -> None:
    doc = load_pdf(DATA / "lo-mixed-lines.pdf")
    assert doc.source_kind == "pdf"
    assert doc.pages == 1
    assert len(doc.sha256) == 64
    assert doc.producer
    assert "LibreOffice" in doc.producer
    assert [b.id for b in doc.blocks] == [f"b{i}" for i in range(1, len(doc.blocks) + 1)]
    for b in doc.blocks:
        assert b.page == 1
        assert b.bbox is not None
        x0, top, x1, bottom = b.bbox
        assert x0 < x1
        assert top < bottom
        assert "\n" not in b.text


def test_pdf_fixture_mixed_line_order() -> None:
    doc = load_pdf(DATA / "lo-mixed-lines.pdf")
    text = "\n".join(b.text for b in doc.blocks)
    assert "(Smith, 2019:12)" in text  # Latin run with its number, brackets the right way
    assert "۲۵٪" in text  # percent after an Arabic number
    assert "(بصیرت، ۱۳۹۳: ۵۷-۵۶)" in text  # number range drawn as two numbers
    assert "<https://www.uclg.org/en>" in text
    assert "Poix-du-Nord" in text or "Poixdu-Nord" in text
    assert "A" not in doc.blocks[2].text  # kashida glyphs mapped to "A" are dropped


def test_pdf_fixture_languages_and_directions() -> None:
    doc = load_pdf(DATA / "lo-mixed-lines.pdf")
    assert doc.blocks[0].kind == "heading"
    assert doc.blocks[1].direction == "rtl"
    assert doc.blocks[1].lang in ("fa", "mixed")
    assert doc.blocks[-1].direction == "ltr"
    assert doc.blocks[-1].lang == "en"


def test_pdf_fixture_two_columns_and_furniture() -> None:
    doc = load_pdf(DATA / "lo-two-column.pdf")
    texts = [b.text for b in doc.blocks]
    assert doc.pages == 2
    assert not any("آزمون دو ستونی" in t for t in texts)  # running header removed
    assert not any(re.fullmatch(r"[0-9۰-۹]+", t) for t in texts)  # page numbers removed
    # the right-hand column is read first
    assert texts[1].startswith("ستون نخست")
    assert texts[2].startswith("بند دوم")


def test_pdf_fixture_footnotes_follow_citing_paragraph() -> None:
    doc = load_pdf(DATA / "lo-footnote.pdf")
    kinds = [b.kind for b in doc.blocks]
    assert kinds.count("footnote") == 2
    citing = doc.blocks[1]
    assert citing.markers == ("۱", "۲")
    notes = doc.blocks[2:4]
    assert [n.label for n in notes] == ["۱", "۲"]
    assert notes[0].text == "۱ Zelinsky"
    assert "زلینسکی۱" in citing.text  # glued to its word, in Persian digits as its label


def test_pdf_fixture_table_cells_logical_order() -> None:
    doc = load_pdf(DATA / "lo-table.pdf")
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1
    t = tables[0].table
    assert t is not None
    assert t.header == ("نام شهر", "خواهر شهرها", "عضویت")  # column 0 is the right-most
    assert t.rows[0][0] == "اصفهان"
    assert t.rows[0][2] == "عضو شبکه شهرهای خلاق (UNESCO)"
    assert t.rows[1][1] == "۱. دوشنبه، تاجیکستان ۲. Weimar, Germany"
    assert tables[0].text.splitlines()[:4] == ["نام شهر", "خواهر شهرها", "عضویت", "اصفهان"]
    # table text does not leak into the paragraphs
    assert not any("اصفهان" in b.text for b in doc.blocks if b.kind != "table")


def test_pdf_fixture_chromium_columns_notes_and_lam_alef() -> None:
    doc = load_pdf(DATA / "chromium-columns.pdf")
    text = "\n".join(b.text for b in doc.blocks)
    for word in ("اسلامی", "تلاش", "لازم", "ایالات", "سلاح\u200cهای"):  # lam-alef in logical order
        assert word in text
    notes = [b for b in doc.blocks if b.kind == "footnote"]
    assert [n.text for n in notes] == ["۱ Zelinsky", "۲ Cincinnati"]
    assert all(n.direction == "rtl" for n in notes)
    # the left column's paragraphs come after the right column's
    starts = [b.text.split()[0] for b in doc.blocks]
    assert starts.index("امروز") > starts.index("به")


def test_pdf_fixture_xelatex_multicol_columns_indents_furniture() -> None:
    doc = load_pdf(DATA / "xelatex-multicol.pdf")
    texts = [b.text for b in doc.blocks]
    expected = (DATA / "xelatex-multicol.expected.txt").read_text(encoding="utf-8").splitlines()
    # one block per paragraph: columns read right then left, indents open paragraphs
    assert len(texts) == len(expected)
    assert texts[1].startswith("بندر انزلی")
    assert texts[-1].startswith("کارشناسان")
    assert "https://www.sari.ir/news" in texts[3]
    # the running header and the folio of a one-page document are gone; the title stays
    assert texts[0] == expected[0]
    assert not any(t.startswith("گاهنامه") or t == "۱" for t in texts)


def test_pdf_fixture_space_mapped_kashida_and_right_side_note_numbers() -> None:
    doc = load_pdf(DATA / "lo-naskh-notes.pdf")
    text = "\n".join(b.text for b in doc.blocks)
    assert "گردشگری شهری" in text
    assert "پانوشت‌ها" in text
    notes = [b for b in doc.blocks if b.kind == "footnote"]
    assert [(n.label, n.text) for n in notes] == [
        ("۱", "۱ Local Diplomacy"),
        ("۲", "۲ Ali Hashemi"),
    ]
    # each note right after the paragraph citing it
    k = next(i for i, b in enumerate(doc.blocks) if b.markers)
    assert doc.blocks[k + 1].kind == "footnote"


def test_pdf_fixture_chromium_naskh_quotes_and_one_page_furniture() -> None:
    doc = load_pdf(DATA / "chromium-naskh.pdf")
    text = "\n".join(b.text for b in doc.blocks)
    assert "«پلی میان" in text
    assert "استوارتر شود»" in text
    assert "«شهرهای ما تاریخ مشترک دارند»" in text
    assert "»" not in text.split("«")[0]
    assert doc.blocks[0].text == "سخن شهرداران"
    assert doc.blocks[-1].text != "۷"


def test_pdf_fixture_table_without_rules() -> None:
    doc = load_pdf(DATA / "lo-plain-table.pdf")
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1
    table = tables[0].table
    assert table is not None
    assert list(table.header) == ["ردیف", "شهر ایرانی", "شهر همکار", "کشور", "سال"]
    assert list(table.rows[2]) == ["۳", "اهواز", "نخجوان", "جمهوری آذربایجان", "۲۰۰۸"]
    assert len(table.rows) == 4
    # the paragraphs around it stay out of the table (the one before it reads as its caption)
    assert doc.blocks[0].kind in ("paragraph", "caption")
    assert doc.blocks[-1].kind == "paragraph"


def test_pdf_fixture_writer_hyphenation_joined_compound_kept() -> None:
    (block,) = load_pdf(DATA / "lo-hyphen.pdf").blocks
    assert "agreements" in block.text
    assert "administrative" in block.text
    assert "between" in block.text
    assert "descriptive-analytical" in block.text


def test_pdf_fixture_persian_paragraph_laid_out_left_to_right() -> None:
    # LibreOffice's HTML import sets a Persian paragraph holding an LTR URL span left to
    # right: read in that order (exact text), but the blocks stay right-to-left (UBA P2)
    doc = load_pdf(DATA / "lo-html-url.pdf")
    expected = (DATA / "lo-html-url.expected.txt").read_text(encoding="utf-8").splitlines()
    assert [b.text for b in doc.blocks] == expected
    assert [b.direction for b in doc.blocks] == ["rtl", "rtl", "rtl"]


def test_pdf_fixture_xetex_digit_font_numbers_read_year_first() -> None:
    # xepersian with \setdigitfont draws «۱۳۹۲/۰۸/۱۵» as «۱۵/۰۸/۱۳۹۲» (runs right to left)
    doc = load_pdf(DATA / "xelatex-digits.pdf")
    text = "\n".join(b.text for b in doc.blocks)
    for number in ("۱۳۹۲/۰۸/۱۵", "۱۳۹۴:۵۶", "۱۴۰۰/۰۱/۲۰", "۱۰:۴۵", "۱۳۸۹/۱۱/۰۲", "۱۳۹۷/۰۶/۳۰"):
        assert number in text
    [table] = [b for b in doc.blocks if b.kind == "table"]
    assert table.table is not None
    assert list(table.table.rows[-1]) == ["زنجان", "۱۳۹۷/۰۶/۳۰"]
