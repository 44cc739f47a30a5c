"""Table extraction of agreements: column roles by content, continuation rows (memberships,
designations and organisations in tables: tests/test_extract_relations_*.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "data" / "extract"))

from fake_gazetteer import FakeGazetteer

from textkit.extract.tables import classify_cell, tables_to_records
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


def test_extract_tables_columns_in_any_order_and_continuation_rows() -> None:
    # membership column first, home city last; the second row continues the first (page break)
    rows = [
        ("عضو مجمع شهرداران آسیایی", "۱. شیان، چین (۱۹۸۹) ۲. یزد، ایران", "اصفهان"),
        ("", "۳. بم (۲۰۰۱)", ""),
        ("", "۱. اصفهان، ایران ۲. حمص، سوریه: نارسمی", "یزد"),
    ]
    rec = tables_to_records(
        [_table(("عضویت", "خواهرشهرها", "شهر"), rows)], gazetteer=FakeGazetteer()
    )
    got = [(a.parties[0].name, a.parties[1].name, a.year, a.status) for a in rec.agreements]
    # «نارسمی» marks some items, so the unmarked ones are formal by contrast (records.py)
    assert got == [
        ("اصفهان", "شیان", 1989, "formal"),
        ("اصفهان", "یزد", None, "formal"),
        ("اصفهان", "بم", 2001, "formal"),
        ("یزد", "اصفهان", None, "formal"),
        ("یزد", "حمص", None, "informal"),
    ]
    ev = rec.agreements[0].evidence[0]
    assert (ev.page, ev.block, ev.quote) == (3, "t1", "شیان، چین (۱۹۸۹)")
    assert ev.start is not None
    assert _table(("عضویت", "خواهرشهرها", "شهر"), rows).text[ev.start : ev.end] == ev.quote


def test_extract_tables_pair_listed_twice_is_merged() -> None:
    from textkit.extract.records import merge_agreements

    rows = [("یزد", "۱. اصفهان، ایران"), ("اصفهان", "۱. یزد، ایران (۱۹۹۹)")]
    rec = tables_to_records([_table(("شهر", "خواهرشهرها"), rows)], gazetteer=FakeGazetteer())
    merged = merge_agreements(rec.agreements)
    assert len(merged) == 1
    assert merged[0].year == 1999
    assert len(merged[0].evidence) == 2


def test_extract_tables_one_partner_per_row_with_home_in_caption() -> None:
    blocks = [
        Block(id="c", page=1, kind="caption", text="جدول ۲- شهرهای خواهرخوانده کرمان"),
        _table(
            ("شهر", "کشور", "سال", "وضعیت"),
            [("هرات", "افغانستان", "۱۳۸۶", "رسمی"), ("مرو", "ترکمنستان", "-", "غیررسمی")],
        ),
    ]
    rec = tables_to_records(blocks, gazetteer=FakeGazetteer())
    got = [
        (a.parties[0].name, a.parties[1].name, a.parties[1].country, a.year, a.status)
        for a in rec.agreements
    ]
    assert got == [
        ("کرمان", "هرات", "AF", 2007, "formal"),
        ("کرمان", "مرو", "TM", None, "informal"),
    ]


def test_extract_tables_unrelated_table_gives_nothing() -> None:
    rows = [("تهران", "۸۶۹۳۷۰۶"), ("مشهد", "۳۰۰۱۱۸۴")]
    rec = tables_to_records([_table(("شهر", "جمعیت"), rows)])
    assert rec.agreements == []


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
    got = [
        (a.parties[0].name, a.parties[1].name, a.parties[1].country, a.year, a.status)
        for a in rec.agreements
    ]
    assert got == [
        ("Isfahan", "Xi'an", "CN", 1989, "formal"),
        ("Isfahan", "Florence", "IT", 1998, "formal"),
        ("Tabriz", "Kazan", "RU", None, "formal"),
        ("Tabriz", "Yazd", None, None, "informal"),
    ]


def test_extract_tables_pair_in_one_cell() -> None:
    blocks = [
        Block(id="c", page=1, kind="caption", text="جدول ۱- پیوندهای خواهرخواندگی"),
        _table(("زوج شهرها", "سال"), [("اصفهان – فلورانس", "۱۳۷۷"), ("Kyoto - Paris", "1958")]),
    ]
    rec = tables_to_records(blocks)
    assert [(a.parties[0].name, a.parties[1].name, a.year) for a in rec.agreements] == [
        ("اصفهان", "فلورانس", 1998),
        ("Kyoto", "Paris", 1958),
    ]
