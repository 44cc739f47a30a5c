# ruff: noqa: E501 - Persian test sentences are long
"""The reference list and citations linked to it (textkit.extract.biblio.references)."""

from __future__ import annotations

import pytest

from textkit.extract.biblio.citations import extract_citations
from textkit.extract.biblio.references import (
    extract_references,
    link_citations,
    parse_reference,
    reference_blocks,
)
from textkit.model import Block


@pytest.mark.parametrize(
    ("text", "authors", "year", "greg"),
    [
        pytest.param(
            "زینلی، هاجر (۱۳۸۷)، خواهرخواندگی شهرها، شهرداری‌ها",
            ["زینلی، هاجر"],
            "۱۳۸۷",
            2008,
            id="persian",
        ),
        pytest.param(
            "دهشیری، محمدرضا؛ خرمی، مصطفی (۱۳۹۷)، تجزیه",
            ["دهشیری، محمدرضا", "خرمی، مصطفی"],
            "۱۳۹۷",
            2018,
            id="persian-two",
        ),
        pytest.param(
            "Blanco, I., & Ricard, G. (2020). Retrieved from X",
            ["Blanco, I.", "Ricard, G."],
            "2020",
            2020,
            id="apa",
        ),
        pytest.param(
            "shabestan.ir (1398/08/11), خبر", ["shabestan.ir"], "1398", 2019, id="full-jalali-date"
        ),
        pytest.param(
            "Sistercities. (2021 B, MAY 28). Retrieved",
            ["Sistercities"],
            "2021 B",
            2021,
            id="suffix",
        ),
    ],
)
def test_extract_biblio_references_parse(
    text: str, authors: list[str], year: str, greg: int
) -> None:
    r = parse_reference(text, "r1")
    assert (r.authors, r.year, r.year_gregorian) == (authors, year, greg)


def test_extract_biblio_references_split_merged_entries_and_link() -> None:
    blocks = [
        Block(id="h", page=9, kind="heading", text="منابع"),
        Block(id="r1", page=9, kind="paragraph", text="زینلی، هاجر (۱۳۸۷)، خواهرخواندگی شهرها"),
        Block(
            id="r2",
            page=9,
            kind="paragraph",
            text="Blanco, I., & Ricard, G. (2020). Retrieved from <https://x.org/a> Clingendael. (2007, APR 17). Retrieved from",
        ),
        Block(id="r3", page=9, kind="paragraph", text="<https://www.clingendael.org/p>"),
    ]
    refs = extract_references(blocks)
    assert [r.authors[0] for r in refs] == ["زینلی، هاجر", "Blanco, I.", "Clingendael"]
    assert refs[2].text.endswith("<https://www.clingendael.org/p>")  # the URL line joins its entry
    body = Block(
        id="p",
        page=2,
        kind="paragraph",
        text="متن (زینلی، ۱۳۸۷: ۱۱۰) و (Clingendael, 2007) و (Ibid:3) و (Ogawa, 2012).",
    )
    linked = link_citations(extract_citations([body]), refs)
    assert [c.reference for c in linked] == ["r1", "r3", "r3", None]


def _blocks(*texts: str) -> list[Block]:
    return [Block(id=f"b{i}", page=1, kind="paragraph", text=t) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        pytest.param(
            ("متن", "منابع", "زینلی (۱۳۸۷)", "Blanco (2020)"), ["b2", "b3"], id="after-the-heading"
        ),
        pytest.param(
            ("References", "Blanco (2020)", "Abstract: text", "more"),
            ["b1"],
            id="back-matter-ends-it",
        ),
        pytest.param(
            ("منابع", "Blanco (2020)", "https://x.org/a"), ["b1"], id="wrapped-url-joins-the-entry"
        ),
        pytest.param(("متن (زینلی، ۱۳۸۷)",), [], id="no-list"),
        pytest.param((), [], id="empty"),
    ],
)
def test_extract_biblio_references_blocks(texts: tuple[str, ...], expected: list[str]) -> None:
    assert [b.id for b in reference_blocks(_blocks(*texts))] == expected


@pytest.mark.parametrize(
    ("cite", "expected"),
    [
        pytest.param("(زینلي، ۱۳۸۷)", "r1", id="author-and-year-letters-folded"),
        pytest.param("(زینلی، ۱۳۸۵۹)", "r1", id="year-typo-unique-author"),
        pytest.param("(Ogawa, 2012)", None, id="no-entry"),
    ],
)
def test_extract_biblio_references_link(cite: str, expected: str | None) -> None:
    refs = extract_references(_blocks("منابع", "زینلی، هاجر (۱۳۸۷)، خواهرخواندگی شهرها"))
    (c,) = link_citations(extract_citations(_blocks(cite)), refs)
    assert c.reference == expected
