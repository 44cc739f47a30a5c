# ruff: noqa: E501 - Persian test sentences are long
"""Citations (parenthetical, narrative, ibid), the reference list, and linking."""

from __future__ import annotations

import pytest

from textkit.extract.citations import extract_citations, parse_citation, split_authors
from textkit.extract.references import extract_references, link_citations, parse_reference
from textkit.model import Block


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        pytest.param(
            "زینلی، ۱۳۸۷:۱۱۰",
            (["زینلی"], "۱۳۸۷", 2008, "110", "parenthetical"),
            id="persian-jalali-page",
        ),
        pytest.param(
            "احسانی فرید: ۱۳۹۱: ۱۴",
            (["احسانی فرید"], "۱۳۹۱", 2012, "14", "parenthetical"),
            id="colon-after-author",
        ),
        pytest.param(
            "Gibbs, et al, 2015:20", (["Gibbs"], "2015", 2015, "20", "parenthetical"), id="et-al"
        ),
        pytest.param(
            "Sistercities, 2021 A",
            (["Sistercities"], "2021 A", 2021, None, "parenthetical"),
            id="year-suffix",
        ),
        pytest.param(
            "بصیرت و جلیلی، ۱۳۹۳: ۵۷-۵۶",
            (["بصیرت", "جلیلی"], "۱۳۹۳", 2014, "57-56", "parenthetical"),
            id="two-authors-page-range",
        ),
        pytest.param(
            "shabestan, 1398",
            (["shabestan"], "1398", 2019, None, "parenthetical"),
            id="latin-digits-jalali",
        ),
        pytest.param("پیشین", ([], None, None, None, "ibid"), id="ibid-fa"),
        pytest.param("Ibid:16", ([], None, None, "16", "ibid"), id="ibid-en"),
        pytest.param("هر یک بالاتر از ۱۰۰۰", None, id="number-not-year"),
        pytest.param("۱۳۶۰-۱۳۵۷", None, id="period-without-author"),
        pytest.param("OICC", None, id="acronym"),
        pytest.param("", None, id="empty"),
    ],
)
def test_extract_citations_parse(inner: str, expected: tuple | None) -> None:
    assert parse_citation(inner) == expected


def test_extract_citations_in_text() -> None:
    b = Block(
        id="p",
        page=1,
        kind="paragraph",
        text="زلینسکی۱ (۱۹۹۱) نوشت (Ritchie & Roser, 2019). شیان، چین (۱۹۸۹) و (.(Gibbs, et al, 2015:20 و (پیشین).",
    )
    cites = extract_citations([b])
    got = [(c.kind, c.authors, c.year) for c in cites]
    assert got == [
        ("narrative", ["زلینسکی"], "۱۹۹۱"),
        ("parenthetical", ["Ritchie", "Roser"], "2019"),
        ("parenthetical", ["Gibbs"], "2015"),  # parentheses scrambled by a PDF reader
        ("ibid", [], None),
    ]
    assert all(b.text[c.start : c.end] == c.text for c in cites)


def test_extract_citations_split_authors() -> None:
    assert split_authors("قورچی و کاویانی راد") == ["قورچی", "کاویانی راد"]
    assert split_authors("Pipa & Bouchet") == ["Pipa", "Bouchet"]


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
def test_extract_references_parse(text: str, authors: list[str], year: str, greg: int) -> None:
    r = parse_reference(text, "r1")
    assert (r.authors, r.year, r.year_gregorian) == (authors, year, greg)


def test_extract_references_split_merged_entries_and_link() -> None:
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


def test_extract_citations_footnote_bodies_without_parentheses() -> None:
    from textkit.extract.citations import extract_citations as _ec
    from textkit.model import Block as _B

    blocks = [
        _B(id="n1", page=1, kind="paragraph", text="[۱] Aksoy, 2021: 45."),
        _B(id="n2", page=1, kind="footnote", text="ملکی، ۱۳۹۹: ۸۸."),
        _B(id="n3", page=1, kind="paragraph", text="[۳] همان، ۹۲؛ Pluijm & Melissen, 2007: 11."),
        _B(id="n4", page=1, kind="paragraph", text="1. Sapporo, Japan 1959"),
        _B(id="c", page=1, kind="caption", text="Table 3. Ties (municipal websites, 2023)"),
    ]
    got = [(c.kind, c.authors, c.year_gregorian, c.page) for c in _ec(blocks)]
    assert got == [
        ("parenthetical", ["Aksoy"], 2021, "45"),
        ("parenthetical", ["ملکی"], 2020, "88"),
        ("ibid", [], None, "92"),
        ("parenthetical", ["Pluijm", "Melissen"], 2007, "11"),
    ]


def test_extract_citations_merged_and_visual_order_notes() -> None:
    from textkit.extract.citations import extract_citations as _ec
    from textkit.model import Block as _B

    blocks = [
        _B(id="f", page=1, kind="footnote", text="۳ همان، ۹۲؛ Pluijm & Melissen, 2007: 11. ۴ Aksoy, 2021: 60."),
        _B(id="v", page=1, kind="paragraph", text=".Aksoy, 2021: 45 ۱"),
    ]
    got = [(c.kind, c.authors, c.page) for c in _ec(blocks)]
    assert got == [
        ("ibid", [], "92"),
        ("parenthetical", ["Pluijm", "Melissen"], "11"),
        ("parenthetical", ["Aksoy"], "60"),
        ("parenthetical", ["Aksoy"], "45"),
    ]


def test_extract_citations_sentence_ends_before_glued_marker() -> None:
    from textkit.extract.text import sentences as split_sentences

    t = "پیمان به امضا نرسید.۳ در سوی دیگر شهر نیز امضا کرد. Version 2.0 is out."
    assert [t[a:b] for a, b in split_sentences(t)][:2] == [
        "پیمان به امضا نرسید.۳",
        "در سوی دیگر شهر نیز امضا کرد.",
    ]
