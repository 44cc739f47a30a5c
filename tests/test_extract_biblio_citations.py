"""In-text citations: parenthetical, narrative, ibid (textkit.extract.biblio.citations)."""

from __future__ import annotations

import pytest

from textkit.extract.biblio.citations import (
    extract_citations,
    not_author,
    parse_citation,
    split_authors,
)
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
def test_extract_biblio_citations_parse(inner: str, expected: tuple | None) -> None:
    assert parse_citation(inner) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "زلینسکی۱ (۱۹۹۱) نوشت.",
            [("narrative", ["زلینسکی"], "۱۹۹۱")],
            id="narrative-glued-marker",
        ),
        pytest.param(
            "as Sister Cities International (2021) reports",
            [("narrative", ["Sister Cities International"], "2021")],
            id="narrative-capitalised-words",
        ),
        pytest.param(
            "نوشت (Ritchie & Roser, 2019).",
            [("parenthetical", ["Ritchie", "Roser"], "2019")],
            id="parenthetical",
        ),
        pytest.param(
            "(زینلی، ۱۳۸۷؛ Pipa & Bouchet, 2020)",
            [("parenthetical", ["زینلی"], "۱۳۸۷"), ("parenthetical", ["Pipa", "Bouchet"], "2020")],
            id="two-in-one-pair",
        ),
        pytest.param(
            "و (.(Gibbs, et al, 2015:20 و",
            [("parenthetical", ["Gibbs"], "2015")],
            id="scrambled-by-a-pdf-reader",
        ),
        pytest.param("و (پیشین).", [("ibid", [], None)], id="ibid"),
        pytest.param("شیان، چین (۱۹۸۹) و", [], id="place-and-year"),
        pytest.param("Boston, United States (1959)", [], id="place-and-country"),
        pytest.param("1. Sapporo (1959)", [], id="list-line"),
        pytest.param("در دهه (۱۹۹۰) رشد کرد", [], id="common-word-before-year"),
        pytest.param("(municipal websites, 2023)", [], id="generic-source"),
        pytest.param("", [], id="empty"),
    ],
)
def test_extract_biblio_citations_in_text(
    text: str, expected: list[tuple[str, list[str], str | None]]
) -> None:
    b = Block(id="p", page=1, kind="paragraph", text=text)
    cites = extract_citations([b])
    assert [(c.kind, c.authors, c.year) for c in cites] == expected
    assert all(b.text[c.start : c.end] == c.text for c in cites)


@pytest.mark.parametrize(
    ("kind", "role", "skipped"),
    [
        pytest.param("table", None, True, id="table"),
        pytest.param("paragraph", "references", True, id="reference-list-role"),
        pytest.param("paragraph", None, False, id="paragraph"),
    ],
)
def test_extract_biblio_citations_blocks_searched(
    kind: str, role: str | None, skipped: bool
) -> None:
    b = Block(id="p", page=1, kind=kind, text="نوشت (Ritchie & Roser, 2019).", role=role)  # type: ignore[arg-type]
    assert (extract_citations([b]) == []) is skipped


def test_extract_biblio_citations_skip_ids() -> None:
    b = Block(id="r1", page=1, kind="paragraph", text="نوشت (Ritchie & Roser, 2019).")
    assert extract_citations([b], skip=frozenset({"r1"})) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("قورچی و کاویانی راد", ["قورچی", "کاویانی راد"], id="fa-and"),
        pytest.param("Pipa & Bouchet", ["Pipa", "Bouchet"], id="ampersand"),
        pytest.param("& Ritchie Roser", ["Ritchie", "Roser"], id="ampersand-moved-by-a-pdf-reader"),
        pytest.param("Gibbs, et al", ["Gibbs"], id="et-al"),
        pytest.param("رضایی و همکاران", ["رضایی"], id="fa-et-al"),
        pytest.param("", [], id="empty"),
    ],
)
def test_extract_biblio_citations_split_authors(text: str, expected: list[str]) -> None:
    assert split_authors(text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        pytest.param("دهه", True, id="common-noun"),
        pytest.param("Table", True, id="table-label"),
        pytest.param("می‌شود", True, id="verb-with-zwnj"),
        pytest.param("میشود", True, id="verb-without-zwnj"),
        pytest.param("زلینسکی", False, id="a-name"),
    ],
)
def test_extract_biblio_citations_not_author(word: str, expected: bool) -> None:
    assert not_author(word) is expected


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        pytest.param(
            Block(id="n1", page=1, kind="paragraph", text="[۱] Aksoy, 2021: 45."),
            [("parenthetical", ["Aksoy"], 2021, "45")],
            id="marked-paragraph",
        ),
        pytest.param(
            Block(id="n2", page=1, kind="footnote", text="ملکی، ۱۳۹۹: ۸۸."),
            [("parenthetical", ["ملکی"], 2020, "88")],
            id="footnote-without-marker",
        ),
        pytest.param(
            Block(
                id="n3", page=1, kind="paragraph", text="[۳] همان، ۹۲؛ Pluijm & Melissen, 2007: 11."
            ),
            [("ibid", [], None, "92"), ("parenthetical", ["Pluijm", "Melissen"], 2007, "11")],
            id="ibid-and-citation",
        ),
        pytest.param(
            Block(
                id="f",
                page=1,
                kind="footnote",
                text="۳ همان، ۹۲؛ Pluijm & Melissen, 2007: 11. ۴ Aksoy, 2021: 60.",
            ),
            [
                ("ibid", [], None, "92"),
                ("parenthetical", ["Pluijm", "Melissen"], 2007, "11"),
                ("parenthetical", ["Aksoy"], 2021, "60"),
            ],
            id="two-notes-in-one-footnote",
        ),
        pytest.param(
            Block(id="v", page=1, kind="paragraph", text=".Aksoy, 2021: 45 ۱"),
            [("parenthetical", ["Aksoy"], 2021, "45")],
            id="visual-order-note",
        ),
        pytest.param(
            Block(id="n4", page=1, kind="paragraph", text="1. Sapporo, Japan 1959"),
            [],
            id="place-and-year-item",
        ),
        pytest.param(
            Block(id="c", page=1, kind="caption", text="Table 3. Ties (municipal websites, 2023)"),
            [],
            id="caption-with-generic-source",
        ),
    ],
)
def test_extract_biblio_citations_footnote_bodies(
    block: Block, expected: list[tuple[str, list[str], int | None, str | None]]
) -> None:
    assert [
        (c.kind, c.authors, c.year_gregorian, c.page) for c in extract_citations([block])
    ] == expected


def test_extract_biblio_citations_sentence_ends_before_glued_marker() -> None:
    from textkit.extract.text import sentences as split_sentences

    t = "پیمان به امضا نرسید.۳ در سوی دیگر شهر نیز امضا کرد. Version 2.0 is out."
    assert [t[a:b] for a, b in split_sentences(t)][:2] == [
        "پیمان به امضا نرسید.۳",
        "در سوی دیگر شهر نیز امضا کرد.",
    ]
