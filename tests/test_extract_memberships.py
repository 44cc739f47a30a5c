"""Memberships and designations stated in running text."""

from __future__ import annotations

import pytest

from textkit.extract.biblio.citations import split_authors
from textkit.extract.memberships import prose_designations, prose_memberships
from textkit.model import Block


def _b(text: str) -> list[Block]:
    return [Block(id="p", page=1, kind="paragraph", text=text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kazan joined the Asian Mayors Forum in 2012.",
            [("Kazan", "Asian Mayors Forum", 2012)],
            id="joined",
        ),
        pytest.param(
            "Isfahan is a member of the UNESCO Creative Cities Network since 2015.",
            [("Isfahan", "UNESCO Creative Cities Network", 2015)],
            id="member-of",
        ),
        pytest.param(
            "شهر تبریز از سال ۱۳۹۰ عضو مجمع شهرداران آسیایی است.",
            [("تبریز", "مجمع شهرداران آسیایی", 2011)],
            id="fa-year-before",
        ),
        pytest.param(
            "مشهد به عضویت شبکه شهرهای خلاق یونسکو درآمد.",
            [("مشهد", "شبکه شهرهای خلاق یونسکو", None)],
            id="fa-joined",
        ),
        pytest.param("تهران عضو این انجمن است.", [], id="this-association-needs-the-table"),
        pytest.param("ایران عضو سازمان ملل است.", [], id="country-is-not-a-city"),
        pytest.param("او عضو هیئت مدیره است.", [], id="not-an-organisation"),
        pytest.param("", [], id="empty"),
    ],
)
def test_extract_memberships_prose(text: str, expected: list[tuple[str, str, int | None]]) -> None:
    assert [(m.city.name, m.organisation, m.year) for m in prose_memberships(_b(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "اصفهان به عنوان پایتخت فرهنگی جهان اسلام در سال ۲۰۰۶ انتخاب شد.",
            [("اصفهان", "پایتخت فرهنگی جهان اسلام", 2006)],
            id="fa",
        ),
        pytest.param(
            "Liverpool was named European Capital of Culture for 2008.",
            [("Liverpool", "European Capital of Culture", 2008)],
            id="en",
        ),
        pytest.param("تهران پایتخت ایران است.", [], id="capital-without-year"),
    ],
)
def test_extract_memberships_designations(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert [(d.city.name, d.title, d.year) for d in prose_designations(_b(text))] == expected


def test_extract_memberships_scrambled_ampersand_authors() -> None:
    assert split_authors("& Ritchie Roser") == ["Ritchie", "Roser"]
