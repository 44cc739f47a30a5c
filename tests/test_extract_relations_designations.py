"""Designations in running text and in home cells (textkit.extract.relations.designations)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "data" / "extract"))

from fake_gazetteer import FakeGazetteer

from textkit.extract.linking import Linker
from textkit.extract.relations.designations import parse_home_cell, prose_designations
from textkit.model import Block


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "اصفهان به عنوان پایتخت فرهنگی جهان اسلام در سال ۲۰۰۶ انتخاب شد.",
            [("اصفهان", "پایتخت فرهنگی جهان اسلام", 2006)],
            id="fa-as",
        ),
        pytest.param(
            "تبریز پایتخت گردشگری جهان اسلام (۲۰۱۸) شد.",
            [("تبریز", "پایتخت گردشگری جهان اسلام", 2018)],
            id="fa-year-in-parentheses",
        ),
        pytest.param(
            "Liverpool was named European Capital of Culture for 2008.",
            [("Liverpool", "European Capital of Culture", 2008)],
            id="en-named",
        ),
        pytest.param(
            "Mashhad was designated the Islamic Culture Capital in 2017.",
            [("Mashhad", "Islamic Culture Capital", 2017)],
            id="en-designated",
        ),
        pytest.param("تهران پایتخت ایران است.", [], id="capital-without-year"),
        pytest.param("", [], id="empty"),
    ],
)
def test_extract_relations_designations_prose(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    got = prose_designations([Block(id="p", page=1, kind="paragraph", text=text)])
    assert [(d.city.name, d.title, d.year) for d in got] == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param(
            "اصفهان پایتخت فرهنگی جهان اسلام در سال ۲۰۰۶",
            ("اصفهان", "پایتخت فرهنگی جهان اسلام", 2006),
            id="fa-title-and-year",
        ),
        pytest.param(
            "تبریز پایتخت گردشگری جهان اسلام (۲۰۱۸)",
            ("تبریز", "پایتخت گردشگری جهان اسلام", 2018),
            id="fa-year-in-parentheses",
        ),
        pytest.param(
            "Isfahan (Islamic Cultural Capital 2006)",
            ("Isfahan", "Islamic Cultural Capital", 2006),
            id="en-title-in-parentheses",
        ),
        pytest.param(
            "Liverpool, European Capital of Culture",
            ("Liverpool", "European Capital of Culture", None),
            id="en-title-after-comma",
        ),
        pytest.param("مشهد", ("مشهد", None, None), id="city-alone"),
        pytest.param("یک شهر با نامی بسیار بلند و چند کلمه", None, id="too-long-for-a-city"),
        pytest.param("", None, id="empty"),
    ],
)
def test_extract_relations_designations_home_cell(
    cell: str, expected: tuple[str, str | None, int | None] | None
) -> None:
    h = parse_home_cell(cell)
    got = None if h is None else (h.city, h.title, h.year.gregorian if h.year else None)
    assert got == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param(
            "مشهد مقدس", ("مشهد", None, "c:mashhad"), id="words-after-a-known-city-are-no-title"
        ),
        pytest.param(
            "تبریز اردبیل قزوین زنجان",
            ("تبریز", None, "c:tabriz"),
            id="a-column-of-cities-in-one-cell",
        ),
        pytest.param(
            "شیراز پایتخت فرهنگی جهان اسلام",
            ("شیراز", "پایتخت فرهنگی جهان اسلام", "c:shiraz"),
            id="title-word",
        ),
    ],
)
def test_extract_relations_designations_home_cell_known_city(
    cell: str, expected: tuple[str, str | None, str]
) -> None:
    h = parse_home_cell(cell, Linker(FakeGazetteer()))  # type: ignore[arg-type]
    assert h is not None
    assert (h.city, h.title, h.entry.id if h.entry else None) == expected
