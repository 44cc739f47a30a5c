# ruff: noqa: E501 - Persian test lines are long
"""The table source: cell values, header roles, place items and whole tables.

Whole tables are read with the small stand-in gazetteer of ``tests/data/extract`` (or
none), so each case shows one behaviour; a row of expectations is (subject, partner,
partner's country, year, stage, kind, by_contrast). Status policy: a kind of tie
(«دوستی», MoU) is a kind, never a stage; a table whose items are partly marked informal
makes the others formal by contrast.
"""

from __future__ import annotations

import pytest

from tests.data.extract.fake_gazetteer import FakeGazetteer
from textkit.extract.context import Context
from textkit.extract.linking import Linker
from textkit.extract.resolve import resolve
from textkit.extract.sources.tables import table_candidates
from textkit.extract.sources.tables.cells import cell_kind_of, home_cell_place
from textkit.extract.sources.tables.columns import header_roles, merge_header_rows
from textkit.extract.sources.tables.grid import Cell, grid_of
from textkit.extract.sources.tables.items import read_item, split_items
from textkit.extract.sources.tables.values import cell_kind, cell_stage
from textkit.model import Block, Document, Table

# --- cell values -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("active", "formal"),
        ("in force", "formal"),
        ("sister city (formal)", "formal"),
        ("رسمی", "formal"),
        ("signed", "formal"),
        # a kind of tie says nothing of its stage
        ("friendship city", None),
        ("MoU", None),
        ("تفاهم‌نامه", None),
        ("خواهرخواندگی", None),
        ("دوستی", None),
        # informal only when the cell says so
        ("friendship (informal)", "informal"),
        ("نارسمی", "informal"),
        ("غیررسمی", "informal"),
        ("unofficial", "informal"),
        ("under negotiation", "planned"),
        ("در حال مذاکره", "planned"),
        ("پیشنهادی", "planned"),
        ("frozen", "suspended"),
        ("متوقف", "suspended"),
        ("inactive", "suspended"),
        ("غیر فعال", "suspended"),
        ("sister city (suspended 2018)", "suspended"),
        ("terminated", "ended"),
        ("لغو", "ended"),
        ("امضا", None),  # a bare «signing» may name one still ahead
        ("—", None),
        ("", None),
    ],
)
def test_extract_sources_tables_cell_stage(text: str, stage: str | None) -> None:
    assert cell_stage(text) == stage


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("friendship city", "friendship city"),
        ("friendship (informal)", "friendship city"),
        ("دوستی", "friendship city"),
        ("MoU", "memorandum of understanding"),
        ("cooperation memorandum", "memorandum of understanding"),
        ("تفاهم‌نامه همکاری", "memorandum of understanding"),
        ("sister city (suspended 2018)", "sister city"),
        ("خواهرخواندگی", "sister city"),
        ("active", None),
        ("", None),
    ],
)
def test_extract_sources_tables_cell_kind(text: str, kind: str | None) -> None:
    assert cell_kind(text) == kind


# --- header roles ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "home_known", "roles"),
    [
        pytest.param(
            ("No.", "Iranian city", "Partner city", "Country", "Year", "Status"),
            False,
            {0: "row", 1: "city", 2: "partner", 3: "country", 4: "year", 5: "status"},
            id="en-full",
        ),
        pytest.param(
            ("ردیف", "شهر ایرانی", "شهر خواهرخوانده", "کشور", "سال انعقاد"),
            False,
            {0: "row", 1: "city", 2: "partner", 3: "country", 4: "year"},
            id="fa-full",
        ),
        pytest.param(
            ("شهر اول", "شهر دوم", "سال"),
            False,
            {0: "city", 1: "partner", 2: "year"},
            id="two-city-columns-the-second-is-the-partner",
        ),
        pytest.param(
            ("شهر", "کشور", "سال"),
            True,
            {0: "partner", 1: "country", 2: "year"},
            id="one-city-column-under-a-home-caption",
        ),
        pytest.param(("شهر", "کشور", "سال"), False, None, id="one-city-column-no-home"),
        pytest.param(
            ("Iranian sister city", "Foreign sister city"),
            False,
            {0: "city", 1: "partner"},
            id="two-partner-columns",
        ),
        pytest.param(
            ("Row", "Home city", "Counterpart", "Nation", "Since", "Remarks"),
            False,
            {0: "row", 1: "city", 2: "partner", 3: "country", 4: "year", 5: "notes"},
            id="other-words",
        ),
        pytest.param(("Name", "Population"), False, None, id="not-a-sister-city-table"),
        pytest.param((), False, None, id="empty"),
    ],
)
def test_extract_sources_tables_header_roles(
    header: tuple[str, ...], home_known: bool, roles: dict[int, str] | None
) -> None:
    assert header_roles(header, home_known=home_known) == roles


@pytest.mark.parametrize(
    ("header", "rows", "merged", "taken"),
    [
        pytest.param(
            ("No.", "Iranian city", "", "Partner", "", "Agreement", ""),
            [
                ("", "Persian", "English", "City", "Country", "Year", "Type"),
                ("1", "یزد", "Yazd", "Lyon", "France", "2001", ""),
            ],
            (
                "No.",
                "Iranian city Persian",
                "Iranian city English",
                "Partner City",
                "Country",
                "Year",
                "Type",
            ),
            1,
            id="spanning-parents",
        ),
        pytest.param(
            ("شهر", "کشور"), [("کرمان", "۱۳۸۰")], ("شهر", "کشور"), 0, id="a-data-row-is-no-header"
        ),
        pytest.param(("شهر", "کشور"), [], ("شهر", "کشور"), 0, id="no-rows"),
    ],
)
def test_extract_sources_tables_merge_header_rows(
    header: tuple[str, ...],
    rows: list[tuple[str, ...]],
    merged: tuple[str, ...],
    taken: int,
) -> None:
    assert merge_header_rows(header, rows) == (merged, taken)


# --- cells and items -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "kind"),
    [
        pytest.param("۱. شیان، چین (۱۹۸۹) ۲. کوالالمپور، مالزی", "partners", id="numbered-list"),
        pytest.param("۳. بم (۲۰۰۱)", "partners", id="continued-numbered-list"),
        pytest.param("وان، ترکیه؛ اربیل، عراق (۱۳۸۹)", "partners", id="items-with-countries"),
        pytest.param(
            "عضو مجمع شهرداران آسیایی؛ عضو اتحادیه شهرهای تاریخی", "members", id="memberships"
        ),
        pytest.param("تاسیس: ۱۹۸۰ مقر: مکه", "org", id="organisation"),
        pytest.param("اصفهان پایتخت فرهنگی جهان اسلام در سال ۲۰۰۶", "other", id="home-cell"),
        pytest.param("", "other", id="empty"),
    ],
)
def test_extract_sources_tables_cell_kind_of(cell: str, kind: str) -> None:
    assert cell_kind_of(cell, Linker(None)) == kind


@pytest.mark.parametrize(
    ("cell", "name"),
    [
        pytest.param("اصفهان پایتخت فرهنگی جهان اسلام در سال ۲۰۰۶", "اصفهان", id="fa-title"),
        pytest.param("تبریز پایتخت گردشگری جهان اسلام (۲۰۱۸)", "تبریز", id="fa-title-year"),
        pytest.param(
            "Isfahan (Islamic Cultural Capital 2006)", "Isfahan", id="en-title-in-brackets"
        ),
        pytest.param(
            "Liverpool, European Capital of Culture", "Liverpool", id="en-title-after-comma"
        ),
        pytest.param("Tabriz (تبریز)", "Tabriz", id="gloss"),
        pytest.param("رشت", "رشت", id="a-name-that-is-also-a-verb-stem"),
        pytest.param("ثبت برخی آثار تاریخی در میراث جهانی", None, id="a-sentence"),
        pytest.param("–", None, id="dash"),
    ],
)
def test_extract_sources_tables_home_cell(cell: str, name: str | None) -> None:
    block = Block("t", 1, "table", cell)
    place = home_cell_place(block, Cell(cell, 0, len(cell)), Linker(None))
    assert (place.name if place else None) == name
    if place is not None:
        assert block.text[place.start : place.end] == place.name


ITEMS = [
    # (item text, what is read; missing keys are None)
    pytest.param(
        "شیان، چین (۱۹۸۹)", {"name": "شیان", "country": "CN", "year": 1989}, id="city-country-year"
    ),
    pytest.param("استانبول: ترکیه", {"name": "استانبول", "country": "TR"}, id="colon"),
    pytest.param(
        "ارومچی، سین کیانگ، چین",
        {"name": "ارومچی", "regions": "سین کیانگ", "country": "CN"},
        id="region",
    ),
    pytest.param(
        "یاسرنی، مجارستان: نارسمی (۱۹۹۶)",
        {"name": "یاسرنی", "country": "HU", "year": 1996, "stage": "informal"},
        id="informal-marker",
    ),
    pytest.param(
        "نوودی ساد صربستان (۲۰۰۷)",
        {"name": "نوودی ساد", "country": "RS", "year": 2007},
        id="country-without-comma",
    ),
    pytest.param(
        "کویت شهر، کویت", {"name": "کویت شهر", "country": "KW"}, id="city-named-like-its-country"
    ),
    pytest.param(
        "Khabarovsk, Russia (1988) – suspended in 2022",
        {"name": "Khabarovsk", "country": "RU", "year": 1988, "stage": "suspended"},
        id="suspension-year-is-not-the-year",
    ),
    pytest.param(
        "Split, Croatia (1999–2011)",
        {"name": "Split", "country": "HR", "year": 1999, "stage": "ended"},
        id="span-of-years-ended",
    ),
    pytest.param(
        "Sapporo, Japan – 1959",
        {"name": "Sapporo", "country": "JP", "year": 1959},
        id="year-after-dash",
    ),
    pytest.param(
        "Hot Springs, AR", {"name": "Hot Springs", "regions": "AR"}, id="state-code-is-region"
    ),
    pytest.param("Kyoto (Japan)", {"name": "Kyoto", "country": "JP"}, id="country-in-brackets"),
    pytest.param("کیوتو (ژاپن)", {"name": "کیوتو", "country": "JP"}, id="fa-country-in-brackets"),
    pytest.param("Toledo (Ohio)", {"name": "Toledo", "regions": "Ohio"}, id="region-in-brackets"),
    pytest.param("Yazd (informal)", {"name": "Yazd", "stage": "informal"}, id="note-in-brackets"),
    pytest.param(
        "Kunming, China (2016) (friendship city)",
        {"name": "Kunming", "country": "CN", "year": 2016, "kind": "friendship city"},
        id="kind-note",
    ),
    pytest.param(
        "Weimar, Germany (2009), friendship city",
        {"name": "Weimar", "country": "DE", "year": 2009, "kind": "friendship city"},
        id="kind-after-year",
    ),
    pytest.param(
        "قونیه (۱۳۹۵، تفاهم‌نامه)",
        {"name": "قونیه", "year": 2016, "kind": "memorandum of understanding"},
        id="year-with-kind",
    ),
    pytest.param("• بیشکک۵.", {"name": "بیشکک"}, id="bullet-and-footnote-digit"),
    pytest.param("بم", {"name": "بم"}, id="bare-name"),
    pytest.param("سنگاپور", {"name": "سنگاپور"}, id="a-country-that-is-also-a-city"),
]


@pytest.mark.parametrize(("text", "want"), ITEMS)
def test_extract_sources_tables_read_item(text: str, want: dict[str, object]) -> None:
    item = read_item(text, Linker(None))
    assert item is not None
    assert text[item.name_start : item.name_end] == item.name
    got = {
        "name": item.name,
        "regions": item.regions,
        "country": item.country,
        "year": item.year.gregorian if item.year else None,
        "stage": item.stage,
        "kind": item.kind,
    }
    assert got == {k: want.get(k) for k in got}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("  ،  ", id="punctuation"),
        pytest.param("ترکیه", id="a-country-alone"),
        pytest.param("Other links", id="section-words"),
        pytest.param("friendship city", id="a-kind-of-tie"),
        pytest.param("1999", id="a-year"),
    ],
)
def test_extract_sources_tables_not_an_item(text: str) -> None:
    assert read_item(text, Linker(None)) is None


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
            id="unnumbered-cut-after-years",
        ),
        pytest.param(
            "۱. بم، ایران ۲. یاسرنی،\nمجارستان: نارسمی (۱۹۹۶)",
            ["بم، ایران", "یاسرنی،\nمجارستان: نارسمی (۱۹۹۶)"],
            id="item-wrapped-across-lines",
        ),
        pytest.param(
            "استانبول، ترکیه؛ باکو، آذربایجان",
            ["استانبول، ترکیه", "باکو، آذربایجان"],
            id="semicolons",
        ),
        pytest.param(
            "یاسرنی (۱۹۹۶) نارسمی؛ بم",
            ["یاسرنی (۱۹۹۶) نارسمی", "بم"],
            id="a-note-after-the-year-stays",
        ),
        pytest.param("", [], id="empty"),
    ],
)
def test_extract_sources_tables_split_items(cell: str, items: list[str]) -> None:
    assert [cell[s:e] for s, e in split_items(cell)] == items


def test_extract_sources_tables_grid_locates_cells() -> None:
    header, rows = ("شهر", "کشور"), (("هرات", "افغانستان"), ("مرو  ترکمنستان", "-"))
    text = "شهر\nکشور\nهرات\nافغانستان\nمرو ترکمنستان\n-"  # the reader printed one space
    grid = grid_of(Block("t", 1, "table", text, table=Table(header, rows)))
    for row in grid.rows:
        for cell in row:
            assert cell.found
            assert text[cell.start : cell.end] == cell.text


# --- whole tables ----------------------------------------------------------------------

Row = tuple[str, str, str | None, int | None, str | None, str, bool]


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]], bid: str = "t1") -> Block:
    text = "\n".join(list(header) + [c for r in rows for c in r])
    return Block(bid, 3, "table", text, table=Table(header=header, rows=tuple(rows)))


def _ctx(blocks: list[Block], gazetteer: object | None) -> Context:
    doc = Document(path="x.txt", sha256="0", source_kind="text", pages=1, blocks=blocks)
    return Context.of(doc, gazetteer)  # type: ignore[arg-type]


def _read(blocks: list[Block], gazetteer: object | None) -> list[Row]:
    return [
        (
            c.subject.name,
            c.partner.name,
            c.partner.country,
            c.year.gregorian if c.year else None,
            c.stage,
            c.kind or "",
            c.by_contrast,
        )
        for c in table_candidates(_ctx(blocks, gazetteer))
    ]


SC = "sister city"
TABLES = [
    pytest.param(
        [
            _table(
                ("عضویت", "خواهرشهرها", "شهر"),
                [
                    ("عضو مجمع شهرداران آسیایی", "۱. شیان، چین (۱۹۸۹) ۲. یزد، ایران", "اصفهان"),
                    ("", "۳. بم (۲۰۰۱)", ""),
                    ("", "۱. اصفهان، ایران ۲. حمص، سوریه: نارسمی", "یزد"),
                ],
            )
        ],
        [
            ("اصفهان", "شیان", "CN", 1989, "formal", SC, True),
            ("اصفهان", "یزد", "IR", None, "formal", SC, True),
            ("اصفهان", "بم", None, 2001, "formal", SC, True),  # a row continued (page break)
            ("یزد", "اصفهان", "IR", None, "formal", SC, True),
            ("یزد", "حمص", "SY", None, "informal", SC, False),
        ],
        id="by-content-columns-in-any-order-informal-marks-make-the-rest-formal",
    ),
    pytest.param(
        [_table(("شهر", "خواهرشهرها"), [("مشهد", "۱. نجف، عراق ۲. شاندیز زنوز")])],
        [
            ("مشهد", "نجف", "IQ", None, None, SC, False),
            ("مشهد", "شاندیز زنوز", None, None, None, SC, False),
        ],
        id="by-content-nothing-marked-no-stage-an-unknown-name-is-kept",
    ),
    pytest.param(
        [
            _table(
                ("City", "Sister cities"),
                [
                    (
                        "Shiraz",
                        "Weimar, Germany (2009), friendship city; Shiraz – Dushanbe, Tajikistan (2007)",
                    )
                ],
            )
        ],
        [
            ("Shiraz", "Weimar", "DE", 2009, None, "friendship city", False),
            ("Shiraz", "Dushanbe", "TJ", 2007, None, SC, False),
        ],
        id="by-content-an-item-that-names-its-home-city-first",
    ),
    pytest.param(
        [
            _table(
                ("Memberships", "Sister cities", "City"),
                [
                    (
                        "Member of Asian Mayors Forum; Member of UCLG",
                        "1. Xi'an, China (1989) 2. Florence, Italy (1998)",
                        "Isfahan (Islamic Cultural Capital 2006)",
                    ),
                    ("", "1. Kazan, Russia 2. Yazd (informal)", "Tabriz"),
                ],
            )
        ],
        [
            ("Isfahan", "Xi'an", "CN", 1989, "formal", SC, True),
            ("Isfahan", "Florence", "IT", 1998, "formal", SC, True),
            ("Tabriz", "Kazan", "RU", None, "formal", SC, True),
            # linked: its country is the gazetteer's
            ("Tabriz", "Yazd", "IR", None, "informal", SC, False),
        ],
        id="by-content-english-home-cell-with-a-title",
    ),
    pytest.param(
        [
            Block("c", 1, "caption", "جدول ۲- شهرهای خواهرخوانده کرمان"),
            _table(
                ("شهر", "کشور", "سال", "وضعیت"),
                [("هرات", "افغانستان", "۱۳۸۶", "رسمی"), ("مرو", "ترکمنستان", "-", "غیررسمی")],
            ),
        ],
        [
            ("کرمان", "هرات", "AF", 2007, "formal", SC, False),
            ("کرمان", "مرو", "TM", None, "informal", SC, False),
        ],
        id="by-role-home-city-named-by-the-caption",
    ),
    pytest.param(
        [
            _table(
                ("No.", "Iranian city", "Partner city", "Country", "Year", "Status"),
                [
                    ("1", "Yazd", "Lyon", "France", "2001", "active"),
                    ("2", "Yazd", "Bam", "Iran", "–", "under negotiation"),
                    ("3", "Tabriz", "Baku", "جمهوری آذربایجان", "1999", ""),
                ],
            )
        ],
        [
            ("Yazd", "Lyon", "FR", 2001, "formal", SC, False),
            ("Yazd", "Bam", "IR", None, "planned", SC, False),
            ("Tabriz", "Baku", "AZ", 1999, None, SC, False),
        ],
        id="by-role-status-words-are-not-places",
    ),
    pytest.param(
        [
            _table(
                ("No.", "Iranian city", "", "Partner", "", "Agreement", ""),
                [
                    ("", "Persian", "English", "City", "Country", "Year", "Type"),
                    ("1", "یزد", "Yazd", "Lyon", "France", "2001", "friendship city"),
                    (
                        "2",
                        "تبریز",
                        "Tabriz",
                        "Baku",
                        "Azerbaijan",
                        "1999",
                        "sister city (suspended 2018)",
                    ),
                    ("3", "یزد", "Yazd", "Bam", "Iran", "–", "under negotiation"),
                ],
            )
        ],
        [
            ("یزد", "Lyon", "FR", 2001, None, "friendship city", False),
            ("تبریز", "Baku", "AZ", 1999, "suspended", SC, False),
            ("یزد", "Bam", "IR", None, "planned", SC, False),
        ],
        id="by-role-two-row-header-a-kind-is-no-stage",
    ),
    pytest.param(
        [
            _table(
                ("Home city", "Partner city", "Country", "Year", "Type"),
                [
                    ("Isfahan", "Xi'an", "China", "1989", "sister city (formal)"),
                    ("", "Kuala Lumpur", "Malaysia", "1997", "friendship (informal)"),
                    ("Rasht", "Sochi", "Russia", "2009", "sister city"),
                ],
            )
        ],
        [
            ("Isfahan", "Xi'an", "CN", 1989, "formal", SC, False),
            ("Isfahan", "Kuala Lumpur", "MY", 1997, "informal", "friendship city", False),
            ("Rasht", "Sochi", "RU", 2009, "formal", SC, True),
        ],
        id="by-role-a-spanning-home-cell-covers-the-rows-below",
    ),
    pytest.param(
        [
            Block("c", 1, "caption", "جدول ۲-۱- روابط خارجی شهر تبریز"),
            _table(
                ("ردیف", "شهر", "کشور", "نوع رابطه", "تاریخ امضا"),
                [
                    ("۱", "استانبول", "ترکیه", "خواهرخواندگی", "۱۳۸۵/۰۴/۱۲"),
                    ("۲", "باکو", "جمهوری آذربایجان", "دوستی", "۱۳۹۰/۰۷/۰۳"),
                    ("۳", "کازان", "روسیه", "تفاهم‌نامه همکاری", "۱۳۹۵/۱۰/۲۰"),
                ],
            ),
        ],
        [
            ("تبریز", "استانبول", "TR", 2006, None, SC, False),
            ("تبریز", "باکو", "AZ", 2011, None, "friendship city", False),
            ("تبریز", "کازان", "RU", 2017, None, "memorandum of understanding", False),
        ],
        id="by-role-no-home-column-the-caption-names-the-city-types-are-kinds",
    ),
    pytest.param(
        [
            Block("c", 1, "caption", "جدول ۱- پیوندهای خواهرخواندگی"),
            _table(("زوج شهرها", "سال"), [("اصفهان – فلورانس", "۱۳۷۷"), ("Kyoto - Paris", "1958")]),
        ],
        [
            ("اصفهان", "فلورانس", None, 1998, None, SC, False),
            ("Kyoto", "Paris", None, 1958, None, SC, False),
        ],
        id="plain-rows-a-pair-in-one-cell",
    ),
    pytest.param(
        [_table(("شهر", "جمعیت"), [("تهران", "۸۶۹۳۷۰۶"), ("مشهد", "۳۰۰۱۱۸۴")])],
        [],
        id="a-table-not-about-twinning-gives-nothing",
    ),
    pytest.param(
        [_table(("نهاد", "توضیحات"), [("سازمان متروپلیس", "تاسیس: ۱۹۸۵ مقر: بارسلون")])],
        [],
        id="an-organisation-table-gives-nothing",
    ),
]


@pytest.mark.parametrize(("blocks", "expected"), TABLES)
def test_extract_sources_tables_read(blocks: list[Block], expected: list[Row]) -> None:
    assert _read(blocks, FakeGazetteer()) == expected


def test_extract_sources_tables_without_gazetteer() -> None:
    # the table's structure names the places; the gazetteer only links them
    blocks = [_table(("شهر", "خواهرشهرها"), [("اصفهان", "۱. شیان، چین (۱۹۸۹) ۲. بم")])]
    assert _read(blocks, None) == [
        ("اصفهان", "شیان", "CN", 1989, None, SC, False),
        ("اصفهان", "بم", None, None, None, SC, False),
    ]


def test_extract_sources_tables_evidence_points_into_the_block() -> None:
    blocks = [
        Block("c", 1, "caption", "جدول ۲- شهرهای خواهرخوانده کرمان"),
        _table(("شهر", "کشور", "سال"), [("هرات", "افغانستان", "۱۳۸۶")]),
        _table(("شهر", "خواهرشهرها"), [("یزد", "۱. بم، ایران ۲. حمص، سوریه: نارسمی")], "t2"),
    ]
    found = table_candidates(_ctx(blocks, FakeGazetteer()))
    assert [c.block.text[c.start : c.end] for c in found] == [
        "هرات\nافغانستان\n۱۳۸۶",  # a row read by role: the row
        "بم، ایران",  # an item of a partner cell: the item
        "حمص، سوریه: نارسمی",
    ]
    for c in found:
        for p in (c.subject, c.partner):
            block = next(b for b in blocks if b.id == p.block)
            assert block.text[p.start : p.end] == p.name
        assert (c.source, c.year_from) == ("table", "table" if c.year else None)


def test_extract_sources_tables_resolved_status() -> None:
    """Through the resolver: a partly marked table keeps its informal items and makes
    the rest formal with less confidence; a kind alone states the tie as a fact."""
    blocks = [
        _table(("شهر", "خواهرشهرها"), [("یزد", "۱. بم، ایران ۲. حمص، سوریه: نارسمی")]),
        _table(
            ("شهر ایرانی", "شهر خارجی", "نوع"),
            [("تبریز", "باکو", "دوستی"), ("تبریز", "کازان", "رسمی")],
            "t2",
        ),
    ]
    got = {
        (a.parties[1].name, a.status, a.kind, a.confidence)
        for a in resolve(table_candidates(_ctx(blocks, FakeGazetteer())))
    }
    assert got == {
        ("بم", "formal", SC, 0.85),  # by contrast: 0.95 − 0.1
        ("حمص", "informal", SC, 0.95),
        ("باکو", "formal", "friendship city", 0.9),  # inferred from the kind: − 0.05
        ("کازان", "formal", SC, 0.95),
    }


def test_extract_sources_tables_pair_listed_twice_is_one_agreement() -> None:
    blocks = [
        _table(
            ("شهر", "خواهرشهرها"), [("یزد", "۱. اصفهان، ایران"), ("اصفهان", "۱. یزد، ایران (۱۹۹۹)")]
        )
    ]
    agreements = resolve(table_candidates(_ctx(blocks, FakeGazetteer())))
    assert [(a.year, len(a.evidence)) for a in agreements] == [(1999, 2)]
