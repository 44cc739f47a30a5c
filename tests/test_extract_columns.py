"""Header-read tables, status values, list items naming both cities, enumerations."""

from __future__ import annotations

import pytest

from tests.data.extract.fake_gazetteer import FakeGazetteer
from textkit.extract.columns import header_roles, split_gloss, status_value
from textkit.extract.lists import lists_to_agreements
from textkit.extract.prose import prose_to_agreements
from textkit.extract.tables import tables_to_records
from textkit.model import Block, Table


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("active", "formal"),
        ("in force", "formal"),
        ("friendship city", "informal"),
        ("MoU", "informal"),
        ("تفاهم‌نامه", "informal"),
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


def test_extract_columns_informal_contrast_in_lists() -> None:
    blocks = [
        Block(id="h", page=1, kind="heading", text="Twin towns of Shiraz:"),
        Block(id="a", page=1, kind="list_item", text="• Shiraz – Dushanbe, Tajikistan (2007)"),
        Block(
            id="b",
            page=1,
            kind="list_item",
            text="• Shiraz – Weimar, Germany (2009), friendship city",
        ),
        Block(id="c", page=1, kind="list_item", text="• Shiraz – Nowhere, friendship city"),
    ]
    got = [(a.parties[1].name, a.status) for a in lists_to_agreements(blocks)]
    assert got[:2] == [("Dushanbe", "formal"), ("Weimar", "informal")]
    assert all(a.parties[1].name != "Shiraz – Dushanbe" for a in lists_to_agreements(blocks))


def test_extract_columns_persian_colon_head() -> None:
    blocks = [
        Block(
            id="h",
            page=1,
            kind="paragraph",
            text="شیراز پیش از این با شهرهای زیر پیمان خواهرخواندگی امضا کرده است:",
        ),
        Block(id="a", page=1, kind="list_item", text="• دوشنبه، تاجیکستان (۱۳۸۶)"),
    ]
    gaz = FakeGazetteer()
    got = [
        (a.parties[0].name, a.parties[1].name, a.year, a.status)
        for a in lists_to_agreements(blocks, gazetteer=gaz)
    ]
    assert got == [("شیراز", "دوشنبه", 2007, "formal")]
    assert not [a for a in prose_to_agreements(blocks, gazetteer=gaz) if a.parties[1].name == "زیر"]


@pytest.mark.parametrize(
    "text",
    [
        "پس از تبریز، شهرهای اردبیل، ارومیه و زنجان نیز به این جریان خواهرخواندگی پیوستند.",
        "After the first twinning, Zanjan, Qazvin and Hamadan later also followed.",
    ],
)
def test_extract_columns_enumeration_is_not_a_pair(text: str) -> None:
    b = Block(id="p", page=1, kind="paragraph", text=text)
    assert prose_to_agreements([b], gazetteer=FakeGazetteer()) == []


def test_extract_columns_end_year_is_not_the_signing_year() -> None:
    t = "مشهد و کربلا در سال ۱۳۹۱ پیمان خواهرخواندگی امضا کردند و این پیمان در سال 2015 متوقف شد."
    b = Block(id="p", page=1, kind="paragraph", text=t)
    (a,) = prose_to_agreements([b], gazetteer=FakeGazetteer())
    assert (a.year, a.status) == (2012, "suspended")


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
        ("Yazd", "Lyon", 2001, "informal"),
        ("Tabriz", "Baku", 1999, "suspended"),
        ("Yazd", "Bam", None, "planned"),
    ]
