"""Header-read tables and the values of their status and kind cells."""

from __future__ import annotations

import pytest

from tests.data.extract.fake_gazetteer import FakeGazetteer
from textkit.extract.columns import header_roles, split_gloss, status_value
from textkit.extract.tables import tables_to_records
from textkit.model import Block, Table


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("active", "formal"),
        ("in force", "formal"),
        # a kind of tie says nothing of its stage (the kind is kept apart, see kind_value)
        ("friendship city", "unknown"),
        ("MoU", "unknown"),
        ("تفاهم‌نامه", "unknown"),
        ("under negotiation", "planned"),
        ("در حال مذاکره", "planned"),
        ("frozen", "suspended"),
        ("متوقف", "suspended"),
        ("terminated", "ended"),
        ("لغو", "ended"),
        ("—", "unknown"),
    ],
)
def test_extract_columns_status_value(text: str, status: str) -> None:
    assert status_value(text) == status


def test_extract_columns_header_roles() -> None:
    roles = header_roles(("No.", "Iranian city", "Partner city", "Country", "Year", "Status"))
    assert roles == {0: "row", 1: "city", 2: "partner", 3: "country", 4: "year", 5: "status"}
    assert header_roles(("Name", "Population")) is None


def test_extract_columns_split_gloss() -> None:
    assert split_gloss("قونیه (Konya)") == ("قونیه", "Konya")
    assert split_gloss("Kyoto (1959)") == ("Kyoto (1959)", None)


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> Block:
    text = "\n".join(header + tuple(c for r in rows for c in r))
    return Block(
        id="t", page=1, kind="table", text=text, table=Table(header=header, rows=tuple(rows))
    )


def test_extract_columns_status_words_are_not_places() -> None:
    rows = [
        ("1", "Yazd", "Lyon", "France", "2001", "active"),
        ("2", "Yazd", "Bam", "Iran", "–", "under negotiation"),
        ("3", "Tabriz", "Baku", "جمهوری آذربایجان", "1999", ""),
    ]
    b = _table(("No.", "Iranian city", "Partner city", "Country", "Year", "Status"), rows)
    got = [
        (a.parties[0].name, a.parties[1].name, a.parties[1].country, a.year, a.status)
        for a in tables_to_records([b], gazetteer=FakeGazetteer()).agreements
    ]
    assert got == [
        ("Yazd", "Lyon", "FR", 2001, "formal"),
        ("Yazd", "Bam", "IR", None, "planned"),
        ("Tabriz", "Baku", "AZ", 1999, "unknown"),
    ]


def test_extract_columns_one_city_column_under_a_caption() -> None:
    cap = Block(id="c", page=1, kind="caption", text="جدول ۳- شهرهای خواهرخوانده کرمان")
    t = _table(
        ("شهر", "کشور", "سال", "وضعیت"), [("باکو", "جمهوری آذربایجان", "۱۳۷۸", "در حال مذاکره")]
    )
    got = [
        (a.parties[0].name, a.parties[1].name, a.parties[1].country, a.year, a.status)
        for a in tables_to_records([cap, t], gazetteer=FakeGazetteer()).agreements
    ]
    assert got == [("کرمان", "باکو", "AZ", 1999, "planned")]


def test_extract_columns_two_row_header() -> None:
    # the second header row («Persian | English | City …») is header, not a data row
    head = ("No.", "Iranian city", "", "Partner", "", "Agreement", "")
    rows = [
        ("", "Persian", "English", "City", "Country", "Year", "Type"),
        ("1", "یزد", "Yazd", "Lyon", "France", "2001", "friendship city"),
        ("2", "تبریز", "Tabriz", "Baku", "Azerbaijan", "1999", "sister city (suspended 2018)"),
        ("3", "یزد", "Yazd", "Bam", "Iran", "–", "under negotiation"),
    ]
    got = [
        (a.parties[0].name_en, a.parties[1].name, a.year, a.status)
        for a in tables_to_records([_table(head, rows)], gazetteer=FakeGazetteer()).agreements
    ]
    assert got == [
        ("Yazd", "Lyon", 2001, "unknown"),
        ("Tabriz", "Baku", 1999, "suspended"),
        ("Yazd", "Bam", None, "planned"),
    ]
