# ruff: noqa: E501 - Persian test lines are long
"""Lists of partners under a head, through :func:`textkit.extract.extract`.

Each case is (blocks as (kind, text), expected pairs); pairs are compared unordered
by English name, with year and status (see ``tests/test_extract_sources_prose.py``).
"""

from __future__ import annotations

import unicodedata

import pytest

from textkit.errors import GazetteerError
from textkit.extract import extract
from textkit.model import Block, Document


@pytest.fixture(scope="module")
def gaz() -> object:
    try:
        from textkit.gazetteer import load_gazetteer

        return load_gazetteer()
    except GazetteerError as e:  # the shipped data may be missing in a partial checkout
        pytest.skip(f"no gazetteer: {e}")


def _doc(blocks: list[tuple[str, str]]) -> Document:
    out = [Block(id=f"b{i}", page=1, kind=k, text=t) for i, (k, t) in enumerate(blocks)]
    return Document(path="t.txt", sha256="0", source_kind="text", pages=1, blocks=out)


def _fold(s: str) -> str:
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.replace("’", "'")


def _pairs(doc: Document, gaz: object) -> set[tuple[frozenset[str], int | None, str]]:
    """Pairs by English name when the name is written in Persian, else as written."""
    return {
        (
            frozenset(_fold(p.name if p.name.isascii() else p.name_en or p.name) for p in a.parties),
            a.year,
            a.status,
        )
        for a in extract(doc, gazetteer=gaz).agreements
    }


def _want(*rows: tuple[str, str, int | None, str]) -> set[tuple[frozenset[str], int | None, str]]:
    return {(frozenset((_fold(a), _fold(b))), y, s) for a, b, y, s in rows}


CASES = [
    pytest.param(
        [
            ("heading", "Sister Cities"),
            ("paragraph", "The sister cities of Tbilisi are:\nSaarbrücken, Nantes, Ljubljana, Atlanta and Palermo."),
            ("paragraph", "Saarbrücken is the capital of the Saarland."),
        ],
        [
            ("Tbilisi", "Saarbrücken", None, "formal"),
            ("Tbilisi", "Nantes", None, "formal"),
            ("Tbilisi", "Ljubljana", None, "formal"),
            ("Tbilisi", "Atlanta", None, "formal"),
            ("Tbilisi", "Palermo", None, "formal"),
        ],
        id="en-items-on-one-line-after-a-head-with-a-colon",
    ),
    pytest.param(
        [
            ("heading", "Sister cities of Brighton"),
            ("list_item", "• Ziebice, Poland (1996)"),
            ("list_item", "• Staff Presentation"),
        ],
        [("Brighton", "Ziebice", 1996, "formal")],
        id="en-an-agenda-item-of-common-words-is-no-town",
    ),
    pytest.param(
        [
            ("heading", "Sister Cities"),
            ("list_item", "• 홈"),
            ("list_item", "• About Gangdong"),
            ("list_item", "• Sister Cities"),
        ],
        [],
        id="en-a-menu-under-a-head-is-no-list-of-partners",
    ),
    pytest.param(
        [
            ("paragraph", "British towns are starting to scrap their twinning arrangements."),
            ("paragraph", "Separated at birth?"),
            ("list_item", "• Birmingham: Twins include Leipzig, Germany; Milan, Italy"),
            ("list_item", "• Cardiff: Hordaland, Norway; Xiamen, China"),
            ("list_item", "• Population: 1,000,000 people"),
        ],
        [
            ("Birmingham", "Leipzig", None, "formal"),
            ("Birmingham", "Milan", None, "formal"),
            ("Cardiff", "Hordaland", None, "formal"),
            ("Cardiff", "Xiamen", None, "formal"),
        ],
        id="en-city-colon-its-partners-in-a-document-about-twinning",
    ),
    pytest.param(
        [
            ("heading", "Sister cities of Portland, Oregon"),
            ("paragraph", "1. Sapporo, Japan (1959)"),
            ("list_item", "• Khabarovsk, Russia (1988) – suspended in 2022"),
            ("paragraph", "Portland also has a large port."),
            ("paragraph", "2. Paris, France (2000)"),
        ],
        [("Portland", "Sapporo", 1959, "formal"), ("Portland", "Khabarovsk", 1988, "suspended")],
        id="en-numbered-after-head-then-prose-ends-it",
    ),
    pytest.param(
        [
            ("heading", "Twin towns – sister cities"),
            ("paragraph", "Shiraz is twinned with:"),
            ("paragraph", "Weimar, Germany (2009)"),
            ("paragraph", "Dushanbe, Tajikistan (2007) (friendship city)"),
            ("heading", "Former twin towns"),
            ("paragraph", "Lyon, France (1999–2011)"),
        ],
        [
            ("Shiraz", "Weimar", 2009, "formal"),
            ("Shiraz", "Dushanbe", 2007, "formal"),
            ("Shiraz", "Lyon", 1999, "ended"),
        ],
        id="en-unmarked-lines-former-head",
    ),
    pytest.param(
        [
            ("paragraph", "Twinning Cities to Sariyer Municipality;"),
            ("list_item", "• Municipality of Vac in Hungary,"),
            ("list_item", "• Enfield in England,"),
            ("paragraph", "Overseas Contacts of Sariyer"),
            ("list_item", "• Enfield in England,"),
        ],
        [("Sariyer", "Vac", None, "formal"), ("Sariyer", "Enfield", None, "formal")],
        id="en-municipality-of-items",
    ),
    pytest.param(
        [
            ("paragraph", "شیراز پیش از این با شهرهای زیر پیمان خواهرخواندگی امضا کرده است:"),
            ("list_item", "• دوشنبه، تاجیکستان (۱۳۸۶)"),
            ("list_item", "• وایمار، آلمان (۱۳۸۸)"),
        ],
        [("Shiraz", "Dushanbe", 2007, "formal"), ("Shiraz", "Weimar", 2009, "formal")],
        id="fa-colon-head-jalali-years",
    ),
    pytest.param(
        [
            ("heading", "Twin Towns of Iranian Cities"),
            ("paragraph", "Shiraz"),
            ("list_item", "• Shiraz – Dushanbe, Tajikistan (2007)"),
            ("list_item", "• Isfahan – Yerevan, Armenia (2000); ended in 2011"),
        ],
        [("Shiraz", "Dushanbe", 2007, "formal"), ("Isfahan", "Yerevan", 2000, "ended")],
        id="dash-pair-items",
    ),
    pytest.param(
        [
            ("heading", "List of twin towns and sister cities in China"),
            ("paragraph", "Beijing"),
            ("list_item", "- RUS Moscow, Russia"),
            ("list_item", "- RSA Gauteng, South Africa"),
            ("list_item", "- AUS New South Wales, Australia"),
            ("list_item", "- USA New York City, United States"),
        ],
        [
            ("Beijing", "Moscow", None, "formal"),
            ("Beijing", "Gauteng", None, "formal"),
            ("Beijing", "New South Wales", None, "formal"),
            ("Beijing", "New York City", None, "formal"),
        ],
        id="en-flag-codes-and-whole-region-items",
    ),
    pytest.param(
        [
            ("heading", "List of twin towns and sister cities"),
            ("paragraph", "Tehran"),
            ("list_item", "- Paris, France"),
            ("list_item", "- Berlin, Germany"),
            ("list_item", "- Paris, France"),
        ],
        [("Tehran", "Paris", None, "formal"), ("Tehran", "Berlin", None, "formal")],
        id="en-sub-head-right-under-the-title-heads-its-items",
    ),
]


@pytest.mark.parametrize(("blocks", "expected"), CASES)
def test_extract_lists_pairs(gaz, blocks: list[tuple[str, str]], expected: list[tuple[str, str, int | None, str]]) -> None:
    assert _pairs(_doc(blocks), gaz) == _want(*expected)


def test_extract_lists_table_cells_as_paragraphs(gaz) -> None:
    # a reader printed a sister-city table one cell per paragraph
    blocks = [
        ("caption", "جدول ۲- شهرهای خواهرخوانده"),
        ("paragraph", "اصفهان پایتخت فرهنگی جهان اسلام در سال ۲۰۰۶"),
        ("paragraph", "۱. شیان، چین (۱۹۸۹) ۲. کوالالامپور، مالزی ۳. فلورانس، ایتالیا (۱۹۹۸)"),
        ("paragraph", "عضو شبکه شهرهای خلاق یونسکو"),
    ]
    got = _pairs(_doc(blocks), gaz)
    assert got == _want(
        ("Isfahan", "Xi'an", 1989, "formal"),
        ("Isfahan", "Kuala Lumpur", None, "formal"),
        ("Isfahan", "Florence", 1998, "formal"),
    )


def test_extract_lists_item_evidence_is_the_item(gaz) -> None:
    doc = _doc([("heading", "Sister cities of Portland, Oregon"), ("paragraph", "1. Sapporo, Japan (1959)")])
    (a,) = extract(doc, gazetteer=gaz).agreements
    assert a.source == "list"
    assert a.evidence[0].quote == "1. Sapporo, Japan (1959)"
