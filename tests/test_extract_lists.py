# ruff: noqa: E501 - Persian test sentences are long
"""Partner lists and enumerations under a head that names the home city."""

from __future__ import annotations

import pytest

from textkit.extract.lists import (
    enumerations_to_agreements,
    home_city_from_text,
    lists_to_agreements,
)
from textkit.model import Block


@pytest.mark.parametrize(
    ("text", "home"),
    [
        pytest.param("Sister cities of Portland, Oregon", "Portland", id="en-of"),
        pytest.param("Portland has nine sister cities.", "Portland", id="en-has"),
        pytest.param("خواهرخوانده‌های کرمان", "کرمان", id="fa"),
        pytest.param("جدول ۲- شهرهای خواهرخوانده کرمان و وضعیت آنها", "کرمان", id="fa-caption"),
        pytest.param("بعضی شهرها با یکدیگر خواهرخوانده می‌شوند.", None, id="verb-not-city"),
        pytest.param("Sister cities of the world", None, id="no-city"),
        pytest.param("", None, id="empty"),
    ],
)
def test_extract_lists_home_city(text: str, home: str | None) -> None:
    p = home_city_from_text(text, None)
    assert (p.name if p else None) == home


def test_extract_lists_numbered_lines_after_head() -> None:
    blocks = [
        Block(id="h", page=1, kind="heading", text="Sister cities of Portland, Oregon"),
        Block(id="a", page=1, kind="paragraph", text="1. Sapporo, Japan (1959)"),
        Block(
            id="b", page=1, kind="list_item", text="• Khabarovsk, Russia (1988) – suspended in 2022"
        ),
        Block(id="c", page=1, kind="paragraph", text="Portland also has a large port."),
        Block(id="d", page=1, kind="paragraph", text="Ports and rivers"),
        Block(id="e", page=1, kind="paragraph", text="2. Paris, France (2000)"),
    ]
    got = [
        (a.parties[0].name, a.parties[1].name, a.year, a.status, a.source)
        for a in lists_to_agreements(blocks)
    ]
    # the list ends two blocks after its last item, so "Paris" belongs to no head
    assert got == [
        ("Portland", "Sapporo", 1959, "unknown", "list"),
        ("Portland", "Khabarovsk", 1988, "suspended", "list"),
    ]


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        pytest.param(
            "خواهرخوانده‌های مشهد عبارتند از: نجف، عراق، لاهور، پاکستان و کراچی، پاکستان.",
            [("نجف", "IQ"), ("لاهور", "PK"), ("کراچی", "PK")],
            id="fa",
        ),
        pytest.param(
            "Portland’s sister cities are Sapporo (Japan), Guadalajara (Mexico), and Ulsan, South Korea.",
            [("Sapporo", "JP"), ("Guadalajara", "MX"), ("Ulsan", "KR")],
            id="en-oxford-comma",
        ),
        pytest.param("Sister cities include many towns: this is a sentence.", [], id="no-home"),
    ],
)
def test_extract_lists_enumerations(text: str, partners: list[tuple[str, str]]) -> None:
    ags = enumerations_to_agreements([Block(id="p", page=1, kind="paragraph", text=text)])
    assert [(a.parties[1].name, a.parties[1].country) for a in ags] == partners


def test_extract_lists_item_marker_contrast_and_former_head() -> None:
    from textkit.extract.lists import lists_to_agreements as _lta
    from textkit.model import Block as _B

    texts = [
        ("heading", "Twin towns – sister cities"),
        ("paragraph", "Shiraz is twinned with:"),
        ("paragraph", "Weimar, Germany (2009)"),
        ("paragraph", "Dushanbe, Tajikistan (2007) (friendship city)"),
        ("heading", "Former twin towns"),
        ("paragraph", "Lyon, France (1999–2011)"),
    ]
    blocks = [_B(id=f"b{i}", page=1, kind=k, text=t) for i, (k, t) in enumerate(texts)]
    got = [(a.parties[0].name, a.parties[1].name, a.year, a.status) for a in _lta(blocks)]
    assert got == [
        ("Shiraz", "Weimar", 2009, "formal"),
        ("Shiraz", "Dushanbe", 2007, "informal"),
        ("Shiraz", "Lyon", 1999, "ended"),
    ]


def test_extract_lists_wrapped_item_rest() -> None:
    # a PDF reader split «• Gyumri, Armenia (2013)» into three blocks
    from textkit.extract.lists import lists_to_agreements as _lta
    from textkit.model import Block as _B

    texts = [
        ("paragraph", "Shiraz is twinned with:"),
        ("list_item", "• Herat,"),
        ("paragraph", "Afghanistan"),
        ("paragraph", "(2009)"),
        ("list_item", "• Dushanbe,"),
        ("paragraph", "Tajikistan (2007)"),
    ]
    blocks = [_B(id=f"b{i}", page=1, kind=k, text=t) for i, (k, t) in enumerate(texts)]
    from tests.data.extract.fake_gazetteer import FakeGazetteer as _FG

    got = [(a.parties[1].name, a.year) for a in _lta(blocks, gazetteer=_FG())]
    assert got == [("Herat", 2009), ("Dushanbe", 2007)]
