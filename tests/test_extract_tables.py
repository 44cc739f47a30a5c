"""The legacy table reader's memberships, designations and organisations (agreements
in tables are tested in ``test_extract_sources_tables.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "data" / "extract"))

from fake_gazetteer import FakeGazetteer

from textkit.extract.tables import classify_cell, parse_home_cell, tables_to_records
from textkit.model import Block, Table


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]], bid: str = "t1") -> Block:
    text = "\n".join(list(header) + [c for r in rows for c in r])
    return Block(
        id=bid, page=3, kind="table", text=text, table=Table(header=header, rows=tuple(rows))
    )


@pytest.mark.parametrize(
    ("cell", "kind"),
    [
        pytest.param("۱. شیان، چین (۱۹۸۹) ۲. کوالالمپور، مالزی", "partners", id="numbered-list"),
        pytest.param(
            "عضو مجمع شهرداران آسیایی؛ عضو اتحادیه شهرهای تاریخی", "members", id="memberships"
        ),
        pytest.param("تاسیس: ۱۹۸۰ مقر: مکه", "org", id="organisation-info"),
        pytest.param("اصفهان پایتخت فرهنگی جهان اسلام در سال ۲۰۰۶", "other", id="home-cell"),
        pytest.param("", "other", id="empty"),
    ],
)
def test_extract_tables_classify_cell(cell: str, kind: str) -> None:
    assert classify_cell(cell) == kind


def test_extract_tables_home_cell_designation() -> None:
    city, title, year, _ = parse_home_cell("تبریز پایتخت گردشگری جهان اسلام (۲۰۱۸)", None)  # type: ignore[misc]
    assert (city, title, year.gregorian) == ("تبریز", "پایتخت گردشگری جهان اسلام", 2018)


def test_extract_tables_memberships_of_the_home_city() -> None:
    # membership column first, home city last; the second row continues the first (page break)
    rows = [
        ("عضو مجمع شهرداران آسیایی", "۱. شیان، چین (۱۹۸۹) ۲. یزد، ایران", "اصفهان"),
        ("عضو اتحادیه شهرهای تاریخی", "۳. بم (۲۰۰۱)", ""),
        ("", "۱. اصفهان، ایران ۲. حمص، سوریه: نارسمی", "یزد"),
    ]
    rec = tables_to_records(
        [_table(("عضویت", "خواهرشهرها", "شهر"), rows)], gazetteer=FakeGazetteer()
    )
    assert [(m.city.name, m.organisation) for m in rec.memberships] == [
        ("اصفهان", "مجمع شهرداران آسیایی"),
        ("اصفهان", "اتحادیه شهرهای تاریخی"),
    ]


def test_extract_tables_organisations_and_members_of_this() -> None:
    rows = [
        (
            "سازمان متروپلیس (METROPOLIS)",
            "تاسیس: ۱۹۸۵ مقر: بارسلون",
            "از کشور ایران، شهردار تهران، اصفهان و یزد عضو این انجمن هستند.",
        ),
        ("(METRO) (POLIS)", "مقر: بارسلون", ""),
        ("بانک جهانی (World Bank)", "تاسیس: ۱۹۴۴ مقر: واشینگتن، دی. سی", "دارای ۱۸۴ کشور عضو"),
    ]
    rec = tables_to_records([_table(("نهاد", "توضیحات", "گستره"), rows)], gazetteer=FakeGazetteer())
    orgs = [(o.name, o.acronym, o.founded, o.seat, o.gazetteer_id) for o in rec.organisations]
    assert orgs == [
        ("سازمان متروپلیس", "METROPOLIS", 1985, "بارسلون", "o:metropolis"),
        ("بانک جهانی", None, 1944, "واشینگتن، دی. سی", None),
    ]
    assert [m.city.name for m in rec.memberships] == ["تهران", "اصفهان", "یزد"]
    assert {m.organisation_id for m in rec.memberships} == {"o:metropolis"}


def test_extract_tables_unrelated_table_gives_nothing() -> None:
    rows = [("تهران", "۸۶۹۳۷۰۶"), ("مشهد", "۳۰۰۱۱۸۴")]
    rec = tables_to_records([_table(("شهر", "جمعیت"), rows)])
    assert rec.memberships == []
    assert rec.designations == []
    assert rec.organisations == []


def test_extract_tables_english_layout() -> None:
    rows = [
        (
            "Member of Asian Mayors Forum; Member of UCLG",
            "1. Xi'an, China (1989) 2. Florence, Italy (1998)",
            "Isfahan (Islamic Cultural Capital 2006)",
        ),
        ("", "1. Kazan, Russia 2. Yazd (informal)", "Tabriz"),
    ]
    rec = tables_to_records([_table(("Memberships", "Sister cities", "City"), rows)])
    assert [(m.city.name, m.organisation) for m in rec.memberships] == [
        ("Isfahan", "Asian Mayors Forum"),
        ("Isfahan", "UCLG"),
    ]
    assert [(d.city.name, d.title, d.year) for d in rec.designations] == [
        ("Isfahan", "Islamic Cultural Capital", 2006)
    ]
