"""Memberships and designations in table blocks, and in table cells printed one per
paragraph (textkit.extract.relations.tables)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "data" / "extract"))

from fake_gazetteer import FakeGazetteer

from textkit.extract.linking import Linker
from textkit.extract.relations.tables import cell_kind, cells_relations, table_relations
from textkit.model import Block, Table


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]], bid: str = "t1") -> Block:
    text = "\n".join(list(header) + [c for r in rows for c in r])
    return Block(
        id=bid, page=3, kind="table", text=text, table=Table(header=header, rows=tuple(rows))
    )


def _paragraphs(*texts: str) -> list[Block]:
    return [Block(id=f"c{i}", page=1, kind="paragraph", text=t) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("cell", "kind"),
    [
        pytest.param("۱. شیان، چین (۱۹۸۹) ۲. کوالالمپور، مالزی", "partners", id="numbered-list"),
        pytest.param("۳. بم (۲۰۰۱)", "partners", id="continued-numbered-list"),
        pytest.param(
            "نوودی ساد صربستان (۲۰۰۷) کاراگاندا، قزاقستان (۲۰۰۸)",
            "partners",
            id="unnumbered-with-countries",
        ),
        pytest.param("Kyoto (Japan)", "partners", id="country-in-parentheses"),
        pytest.param(
            "عضو مجمع شهرداران آسیایی؛ عضو اتحادیه شهرهای تاریخی", "members", id="memberships"
        ),
        pytest.param("تاسیس: ۱۹۸۰ مقر: مکه", "org", id="organisation-description"),
        pytest.param("اصفهان پایتخت فرهنگی جهان اسلام در سال ۲۰۰۶", "other", id="home-cell"),
        pytest.param("", "other", id="empty"),
    ],
)
def test_extract_relations_tables_cell_kind(cell: str, kind: str) -> None:
    assert cell_kind(cell) == kind


def test_extract_relations_tables_columns_in_any_order_and_continuation_rows() -> None:
    # membership column first, home city last; the second row continues the first (page break)
    rows = [
        ("عضو مجمع شهرداران آسیایی", "۱. شیان، چین (۱۹۸۹) ۲. یزد، ایران", "اصفهان"),
        ("عضو اتحادیه شهرهای تاریخی", "۳. بم (۲۰۰۱)", ""),
        ("", "۱. اصفهان، ایران ۲. حمص، سوریه: نارسمی", "یزد"),
    ]
    block = _table(("عضویت", "خواهرشهرها", "شهر"), rows)
    rel = table_relations(block, Linker(FakeGazetteer()))  # type: ignore[arg-type]
    assert [(m.city.name, m.city.gazetteer_id, m.organisation) for m in rel.memberships] == [
        ("اصفهان", "c:isfahan", "مجمع شهرداران آسیایی"),
        ("اصفهان", "c:isfahan", "اتحادیه شهرهای تاریخی"),
    ]
    ev = rel.memberships[0].evidence[0]
    assert (ev.page, ev.block, ev.quote, block.text[ev.start : ev.end]) == (
        3,
        "t1",
        "عضو مجمع شهرداران آسیایی",
        ev.quote,
    )


def test_extract_relations_tables_english_layout() -> None:
    rows = [
        (
            "Member of Asian Mayors Forum; Member of UCLG",
            "1. Xi'an, China (1989) 2. Florence, Italy (1998)",
            "Isfahan (Islamic Cultural Capital 2006)",
        ),
        ("", "1. Kazan, Russia 2. Yazd (informal)", "Tabriz"),
    ]
    rel = table_relations(_table(("Memberships", "Sister cities", "City"), rows))
    assert [(m.city.name, m.organisation, m.confidence) for m in rel.memberships] == [
        ("Isfahan", "Asian Mayors Forum", 0.95),
        ("Isfahan", "UCLG", 0.95),
    ]
    assert [(d.city.name, d.title, d.year, d.source) for d in rel.designations] == [
        ("Isfahan", "Islamic Cultural Capital", 2006, "table")
    ]


@pytest.mark.parametrize(
    "block",
    [
        pytest.param(
            _table(("شهر", "جمعیت"), [("تهران", "۸۶۹۳۷۰۶"), ("مشهد", "۳۰۰۱۱۸۴")]),
            id="unrelated-table",
        ),
        pytest.param(
            _table((), [("عضو مجمع شهرداران آسیایی", "")]), id="membership-before-any-home-city"
        ),
        pytest.param(
            Block(id="p", page=1, kind="paragraph", text="عضو مجمع شهرداران آسیایی"),
            id="not-a-table",
        ),
    ],
)
def test_extract_relations_tables_nothing(block: Block) -> None:
    rel = table_relations(block)
    assert (rel.memberships, rel.designations, rel.organisations) == ([], [], [])


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        pytest.param(
            (
                "اصفهان پایتخت فرهنگی جهان اسلام در سال ۲۰۰۶",
                "۱. شیان، چین (۱۹۸۹) ۲. فلورانس، ایتالیا",
                "عضو مجمع شهرداران آسیایی؛ عضو شبکه Net City",
            ),
            [("اصفهان", "مجمع شهرداران آسیایی", "c2"), ("اصفهان", "شبکه Net City", "c2")],
            id="home-partners-members",
        ),
        pytest.param(
            ("مشهد", "عضو مجمع شهرداران آسیایی"),
            [("مشهد", "مجمع شهرداران آسیایی", "c1")],
            id="home-then-members",
        ),
        pytest.param(
            ("این شهرها در جدول زیر آمده‌اند.", "عضو مجمع شهرداران آسیایی"),
            [],
            id="a-sentence-is-no-home-cell",
        ),
        pytest.param(
            (
                "مشهد",
                "پس از آن چند سال گذشت و روابط گسترش یافت",
                "۱. نجف، عراق ۲. لاهور، پاکستان",
                "عضو مجمع شهرداران آسیایی",
            ),
            [],
            id="home-too-far-back",
        ),
        pytest.param((), [], id="empty"),
    ],
)
def test_extract_relations_tables_cells_printed_as_paragraphs(
    texts: tuple[str, ...], expected: list[tuple[str, str, str]]
) -> None:
    rel = cells_relations(_paragraphs(*texts))
    assert [(m.city.name, m.organisation, m.evidence[0].block) for m in rel.memberships] == expected


def test_extract_relations_tables_cells_designation_of_the_home_cell() -> None:
    rel = cells_relations(
        _paragraphs(
            "تبریز پایتخت گردشگری جهان اسلام (۲۰۱۸)",
            "۱. باکو، آذربایجان",
            "عضو مجمع شهرداران آسیایی",
        )
    )
    assert [(d.city.name, d.title, d.year, d.evidence[0].block) for d in rel.designations] == [
        ("تبریز", "پایتخت گردشگری جهان اسلام", 2018, "c0")
    ]


@pytest.mark.parametrize(
    ("home", "expected"),
    [
        pytest.param("یزد", ["یزد"], id="known-city"),
        pytest.param("ناشناخته", [], id="unknown-name"),
    ],
)
def test_extract_relations_tables_cells_home_city_known_to_the_gazetteer(
    home: str, expected: list[str]
) -> None:
    rel = cells_relations(_paragraphs(home, "عضو مجمع شهرداران آسیایی"), Linker(FakeGazetteer()))  # type: ignore[arg-type]
    assert [m.city.name for m in rel.memberships] == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        pytest.param(
            (
                "سازمان متروپلیس (METROPOLIS)",
                "تاسیس: ۱۹۸۵ مقر: بارسلون",
                "افزایش تبادل تجارب",
                "تهران و اصفهان عضو این انجمن هستند.",
            ),
            [("سازمان متروپلیس", "METROPOLIS", 1985, "بارسلون", "c0")],
            id="name-description-goals-scope",
        ),
        pytest.param(
            (
                "بانک جهانی (World Bank)",
                "تاسیس: ۱۹۴۴",
                "مجمع شهرداران برای صلح (Mayors for Peace)",
                "تاسیس: ۱۹۸۲ مقر: هیروشیما",
            ),
            [
                ("بانک جهانی", None, 1944, None, "c0"),
                ("مجمع شهرداران برای صلح", None, 1982, "هیروشیما", "c2"),
            ],
            id="next-row-starts-at-its-name-cell",
        ),
        pytest.param(
            ("شهر ما زیباست", "تاسیس: ۱۹۸۵"),
            [],
            id="name-cell-must-name-an-organisation",
        ),
        pytest.param(
            (
                "سازمان متروپلیس (METROPOLIS)",
                "The partnership was established in 1985 and renewed.",
            ),
            [],
            id="description-needs-a-label",
        ),
    ],
)
def test_extract_relations_tables_organisation_cells_printed_as_paragraphs(
    texts: tuple[str, ...], expected: list[tuple[str, str | None, int | None, str | None, str]]
) -> None:
    rel = cells_relations(_paragraphs(*texts))
    got = [(o.name, o.acronym, o.founded, o.seat, o.evidence[0].block) for o in rel.organisations]
    assert got == expected


def test_extract_relations_tables_organisation_cells_members_of_this() -> None:
    texts = (
        "سازمان متروپلیس (METROPOLIS)",
        "تاسیس: ۱۹۸۵ مقر: بارسلون",
        "افزایش تبادل تجارب",
        "از ایران، تهران و اصفهان عضو این انجمن هستند.",
    )
    rel = cells_relations(_paragraphs(*texts))
    assert [(m.city.name, m.organisation, m.evidence[0].block) for m in rel.memberships] == [
        ("تهران", "سازمان متروپلیس", "c3"),
        ("اصفهان", "سازمان متروپلیس", "c3"),
    ]
