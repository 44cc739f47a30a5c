"""Place items: «شیان، چین (۱۹۸۹)» → party, year, status; list splitting."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "data" / "extract"))

from fake_gazetteer import FakeGazetteer

from textkit.extract.places import clean_name, parse_item, split_items


@pytest.mark.parametrize(
    ("text", "name", "region", "country", "year", "status"),
    [
        pytest.param(
            "شیان، چین (۱۹۸۹)", "شیان", None, "CN", 1989, "unknown", id="city-country-year"
        ),
        pytest.param(
            "استانبول: ترکیه", "استانبول", None, "TR", None, "unknown", id="colon-separator"
        ),
        pytest.param(
            "ارومچی، سین کیانگ، چین", "ارومچی", "سین کیانگ", "CN", None, "unknown", id="with-region"
        ),
        pytest.param(
            "یاسرنی، مجارستان: نارسمی (۱۹۹۶)",
            "یاسرنی",
            None,
            "HU",
            1996,
            "informal",
            id="informal-marker",
        ),
        pytest.param(
            "نوودی ساد صربستان (۲۰۰۷)",
            "نوودی ساد",
            None,
            "RS",
            2007,
            "unknown",
            id="country-without-comma",
        ),
        pytest.param(
            "کویت شهر، کویت", "کویت شهر", None, "KW", None, "unknown", id="city-named-like-country"
        ),
        pytest.param(
            "Khabarovsk, Russia (1988) – suspended in 2022",
            "Khabarovsk",
            None,
            "RU",
            1988,
            "suspended",
            id="english-note-after-dash",
        ),
        pytest.param(
            "Hot Springs, AR",
            "Hot Springs",
            "AR",
            None,
            None,
            "unknown",
            id="us-state-code-is-region",
        ),
        pytest.param("بم", "بم", None, None, None, "unknown", id="bare-name"),
    ],
)
def test_extract_places_parse_item(
    text: str, name: str, region: str | None, country: str | None, year: int | None, status: str
) -> None:
    item = parse_item(text)
    assert item is not None
    assert (item.name, item.region, item.country) == (name, region, country)
    assert (item.year.gregorian if item.year else None) == year
    assert item.status == status


@pytest.mark.parametrize("text", ["", "ترکیه", "  ،  "])
def test_extract_places_not_a_party(text: str) -> None:
    # a country alone, or nothing, is not a party
    assert parse_item(text) is None


def test_extract_places_gazetteer_link_and_home_country() -> None:
    gaz = FakeGazetteer()
    item = parse_item("اصفهان", gazetteer=gaz, home_country="IR")
    assert item is not None
    assert (item.gazetteer_id, item.name_en, item.country) == ("c:isfahan", "Isfahan", "IR")
    toledo = parse_item("تولدو، اوهایو", gazetteer=gaz)
    assert toledo is not None
    # the region tells the country, so Toledo (Ohio) is not linked to Toledo (Spain)
    assert (toledo.country, toledo.gazetteer_id) == ("US", None)


@pytest.mark.parametrize(
    ("cell", "items"),
    [
        pytest.param(
            "۱. شیان، چین (۱۹۸۹) ۲. کوالالمپور، مالزی",
            ["شیان، چین (۱۹۸۹)", "کوالالمپور، مالزی"],
            id="numbered",
        ),
        pytest.param(
            "استانبول: ترکیه ۲. باکو: آذربایجان",
            ["استانبول: ترکیه", "باکو: آذربایجان"],
            id="first-number-missing",
        ),
        pytest.param(
            "نوودی ساد صربستان (۲۰۰۷) کاراگاندا، قزاقستان (۲۰۰۸)، باتومی: گرجستان",
            ["نوودی ساد صربستان (۲۰۰۷)", "کاراگاندا، قزاقستان (۲۰۰۸)", "باتومی: گرجستان"],
            id="unnumbered-years",
        ),
        pytest.param(
            "۱. بم، ایران ۲. یاسرنی،\nمجارستان: نارسمی (۱۹۹۶)",
            ["بم، ایران", "یاسرنی، مجارستان: نارسمی (۱۹۹۶)"],
            id="item-wrapped-across-lines",
        ),
        pytest.param(
            "استانبول، ترکیه؛ باکو، آذربایجان",
            ["استانبول، ترکیه", "باکو، آذربایجان"],
            id="semicolons",
        ),
        pytest.param("", [], id="empty"),
    ],
)
def test_extract_places_split_items(cell: str, items: list[str]) -> None:
    got = split_items(cell)
    assert [t for _, t in got] == items
    for off, t in got:  # offsets point at the item in the cell (newlines joined)
        assert cell[off : off + len(t)].replace("\n", " ") == t


def test_extract_places_clean_name() -> None:
    assert clean_name("• بیشکک۵.") == "بیشکک"


@pytest.mark.parametrize(
    ("text", "name", "region", "country", "year"),
    [
        pytest.param("Kyoto (Japan)", "Kyoto", None, "JP", None, id="country-in-parentheses"),
        pytest.param("کیوتو (ژاپن)", "کیوتو", None, "JP", None, id="fa-country-in-parentheses"),
        pytest.param("Toledo (Ohio)", "Toledo", "Ohio", None, None, id="region-in-parentheses"),
        pytest.param("Sapporo, Japan – 1959", "Sapporo", None, "JP", 1959, id="year-after-dash"),
    ],
)
def test_extract_places_parentheses_and_dash_notes(
    text: str, name: str, region: str | None, country: str | None, year: int | None
) -> None:
    item = parse_item(text)
    assert item is not None
    assert (item.name, item.region, item.country) == (name, region, country)
    assert (item.year.gregorian if item.year else None) == year
