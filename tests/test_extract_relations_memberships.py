# ruff: noqa: E501 - Persian test sentences are long
"""Memberships in running text and in membership cells (textkit.extract.relations.memberships)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "data" / "extract"))

from fake_gazetteer import FakeGazetteer

from textkit.extract.linking import Linker
from textkit.extract.relations.memberships import (
    cell_memberships,
    is_membership_cell,
    member_items,
    prose_memberships,
)
from textkit.model import Block
from textkit.schema import Party


def _b(text: str) -> list[Block]:
    return [Block(id="p", page=1, kind="paragraph", text=text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kazan joined the Asian Mayors Forum in 2012.",
            [("Kazan", "Asian Mayors Forum", 2012)],
            id="joined-year-after",
        ),
        pytest.param(
            "Isfahan is a member of the UNESCO Creative Cities Network since 2015.",
            [("Isfahan", "UNESCO Creative Cities Network", 2015)],
            id="member-of",
        ),
        pytest.param(
            "Tabriz is a member of the Asian Mayors Forum and of Metropolis Network.",
            [("Tabriz", "Asian Mayors Forum", None), ("Tabriz", "Metropolis Network", None)],
            id="two-organisations",
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
        pytest.param(
            "رشت به شبکه شهرهای خلاق یونسکو پیوست.",
            [("رشت", "شبکه شهرهای خلاق یونسکو", None)],
            id="fa-joined-without-member-word",
        ),
        pytest.param(
            "کرمان همچنین در سال ۱۳۹۸ به عضویت شبکه شهرهای خلاق یونسکو در حوزه صنایع دستی درآمد.",
            [("کرمان", "شبکه شهرهای خلاق یونسکو", 2019)],
            id="fa-adverb-year-and-field",
        ),
        pytest.param(
            "تبريز همچنين از سال ۱۳۹۴ عضو مجمع شهرداران آسیایی است.",
            [("تبريز", "مجمع شهرداران آسیایی", 2015)],
            id="fa-arabic-letters-in-adverb",
        ),
        pytest.param(
            "کازان، روسیه عضو مجمع شهرداران آسیایی است.",
            [("کازان", "مجمع شهرداران آسیایی", None)],
            id="fa-city-with-country",
        ),
        pytest.param(
            "این شهر تاریخی است. استانبول همچنین عضو مجمع شهرداران آسیایی است.",
            [("استانبول", "مجمع شهرداران آسیایی", None)],
            id="city-does-not-reach-into-the-sentence-before",
        ),
        pytest.param("تهران عضو این انجمن است.", [], id="this-association-needs-the-table"),
        pytest.param("ایران عضو سازمان ملل است.", [], id="country-is-not-a-city"),
        pytest.param(
            "Iranian cities joined the Asian Mayors Forum.", [], id="demonym-is-not-a-city"
        ),
        pytest.param("او عضو هیئت مدیره است.", [], id="not-an-organisation"),
        pytest.param(
            "Kazan joined the Asian Mayors Forum (Pipa & Bouchet, 2012).",
            [("Kazan", "Asian Mayors Forum", None)],
            id="citation-year-is-not-the-year",
        ),
        pytest.param("", [], id="empty"),
    ],
)
def test_extract_relations_memberships_prose(
    text: str, expected: list[tuple[str, str, int | None]]
) -> None:
    assert [(m.city.name, m.organisation, m.year) for m in prose_memberships(_b(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "تبریز از سال ۱۳۹۰ عضو انجمن جهانی مترو پلیس‌ها است.",
            [("تبریز", "c:tabriz", "o:metropolis")],
            id="city-and-organisation-linked",
        ),
        pytest.param(
            "تبریز عضو سازمان شهرهای میراث جهانی نیست، اما از سال ۱۳۹۴ عضو انجمن جهانی مترو پلیس‌ها است.",
            [("تبریز", "c:tabriz", "o:metropolis")],
            id="second-clause-keeps-a-known-subject",
        ),
        pytest.param(
            "هزار نفر سکنه عضو انجمن جهانی مترو پلیس‌ها هستند.",
            [],
            id="unknown-common-word-is-no-city",
        ),
    ],
)
def test_extract_relations_memberships_prose_linked(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    got = prose_memberships(_b(text), linker=Linker(FakeGazetteer()))  # type: ignore[arg-type]
    assert [(m.city.name, m.city.gazetteer_id, m.organisation_id) for m in got] == expected


def test_extract_relations_memberships_prose_evidence_spans_city_to_verb() -> None:
    text = "In 2012, Kazan joined the Asian Mayors Forum."
    (m,) = prose_memberships(_b(text))
    ev = m.evidence[0]
    assert (ev.quote, text[ev.start : ev.end]) == ("Kazan joined the Asian Mayors Forum", ev.quote)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param("عضو مجمع شهرداران آسیایی؛ عضو اتحادیه شهرهای تاریخی", True, id="fa-items"),
        pytest.param("Member of ICLEI; Member of UCLG", True, id="en-items"),
        pytest.param(
            "عضو مجمع شهرداران آسیایی؛ ثبت بافت تاریخی در یونسکو", True, id="half-the-items"
        ),
        pytest.param("۱. شیان، چین ۲. کوالالمپور، مالزی", False, id="partner-list"),
        pytest.param("", False, id="empty"),
    ],
)
def test_extract_relations_memberships_is_membership_cell(cell: str, expected: bool) -> None:
    assert is_membership_cell(cell) is expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param(
            "عضو شبکه شهرهای خالق یونسکو؛ عضو شبکه Net City",
            [(0, "شبکه شهرهای خالق یونسکو"), (29, "شبکه Net City")],
            id="fa-semicolon",
        ),
        pytest.param(
            "• عضویت در اتحادیه شهرهای تاریخی\n• ثبت بافت تاریخی",
            [(2, "اتحادیه شهرهای تاریخی")],
            id="bullets-and-a-non-member-item",
        ),
        pytest.param("Membership of ICLEI.", [(0, "ICLEI")], id="en-trailing-stop"),
        pytest.param("", [], id="empty"),
    ],
)
def test_extract_relations_memberships_member_items(
    cell: str, expected: list[tuple[int, str]]
) -> None:
    assert [(i, org) for i, _, org in member_items(cell)] == expected


def test_extract_relations_memberships_cell_evidence_points_into_the_block() -> None:
    cell = "عضو مجمع شهرداران آسیایی؛ عضو اتحادیه شهرهای تاریخی"
    block = Block(id="t", page=2, kind="table", text="اصفهان\n" + cell)
    got = cell_memberships(block, cell, 7, Party(name="اصفهان"), Linker(None), confidence=0.95)
    assert [(m.evidence[0].quote, m.source, m.confidence) for m in got] == [
        ("عضو مجمع شهرداران آسیایی", "table", 0.95),
        ("عضو اتحادیه شهرهای تاریخی", "table", 0.95),
    ]
    assert all(block.text[e.start : e.end] == e.quote for m in got for e in m.evidence)
