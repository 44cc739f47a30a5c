"""load_pdf on the bundled sample paper (three producers): text CER and table cells.

Bars from the issue: CER ≤ 0.02 per PDF against source.txt, and ≥ 95 % of the
cells of tables.json back with a cell CER ≤ 0.05.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from textkit.readers.pdf import load_pdf

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpora" / "sister-cities-iran"
_INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad",
    ),
    None,
)

pytestmark = pytest.mark.corpus


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).translate(_INVISIBLE)).strip()


def _cer(expected: str, got: str) -> float:
    from rapidfuzz.distance import Levenshtein

    e, g = _norm(expected), _norm(got)
    return Levenshtein.distance(e, g) / max(1, len(e))


@pytest.fixture(
    scope="module",
    params=[
        (producer, engine)
        for producer in ("libreoffice", "xelatex", "chromium")
        for engine in ("pdfplumber", "pdfium")
    ],
    ids=lambda p: "-".join(p),
)
def sample(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    producer, engine = request.param
    pdf = SAMPLE / "docs" / f"{producer}.pdf"
    if not pdf.exists():
        pytest.skip(f"sample corpus file {pdf} not present")
    return load_pdf(pdf, engine=engine)


def test_pdf_corpus_text_cer(sample) -> None:  # type: ignore[no-untyped-def]
    expected = (SAMPLE / "expected" / "source.txt").read_text(encoding="utf-8")
    got = "\n".join(b.text for b in sample.blocks)
    assert _cer(expected, got) <= 0.02


def test_pdf_corpus_table_cells(sample) -> None:  # type: ignore[no-untyped-def]
    gold = json.loads((SAMPLE / "expected" / "tables.json").read_text(encoding="utf-8"))
    tables = [b.table for b in sample.blocks if b.kind == "table"]
    assert len(tables) == len(gold)
    ok = total = 0
    for g, t in zip(gold, tables, strict=False):
        assert t is not None
        got_rows = [list(t.header), *map(list, t.rows)]
        for i, row in enumerate([g["header"], *g["rows"]]):
            for j, cell in enumerate(row):
                have = got_rows[i][j] if i < len(got_rows) and j < len(got_rows[i]) else ""
                total += 1
                ok += _cer(cell, have) <= 0.05
    assert ok / total >= 0.95


def test_pdf_corpus_structure(sample) -> None:  # type: ignore[no-untyped-def]
    kinds = [b.kind for b in sample.blocks]
    assert kinds.count("footnote") >= 22  # 22 numbered notes (plus affiliation notes)
    assert "heading" in kinds
    notes = [b for b in sample.blocks if b.kind == "footnote" and b.label == "۱"]
    assert any(b.text == "۱ Zelinsky" for b in notes)
    authors = [b for b in sample.blocks if b.role == "authors"]
    assert [(b.lang, b.direction) for b in authors] == [("en", "ltr"), ("fa", "rtl")]
    assert authors[0].markers == ("1", "2", "3")
    fa = [b for b in sample.blocks if b.lang == "fa"]
    assert fa
    assert all(b.direction == "rtl" for b in fa)
    tables = [b for b in sample.blocks if b.kind == "table"]
    assert all(len(b.table.pages) == 2 or len(b.table.pages) == 3 for b in tables if b.table)
    # no Arabic letter forms left (ي ى ك) and no presentation forms
    text = "\n".join(b.text for b in sample.blocks)
    assert not re.search("[\u064a\u0649\u0643\ufb50-\ufdff\ufe70-\ufeff]", text)
