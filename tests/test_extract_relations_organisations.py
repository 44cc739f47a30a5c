"""Organisations in running text and in organisation tables
(textkit.extract.relations.organisations, .org_rows)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "data" / "extract"))

from fake_gazetteer import FakeGazetteer

from textkit.extract.linking import Linker
from textkit.extract.relations.organisations import (
    english_name,
    founded_and_seat,
    is_organisation,
    prose_organisations,
)
from textkit.extract.relations.tables import table_relations
from textkit.model import Block, Table


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "اتحادیه بین‌المللی مقامات محلی که در سال ۱۹۱۳ در گنت، بلژیک تأسیس شد، …",
            [("اتحادیه بین\u200cالمللی مقامات محلی", None, 1913, "گنت، بلژیک")],
            id="fa-year-and-seat",
        ),
        pytest.param(
            "ICLEI (ICLEI), founded in 1990 in Toronto, works with cities.",
            [],
            id="en-acronym-alone-is-no-name",
        ),
        pytest.param(
            "The Energy Cities Network (ECN), founded in 1990 in Besancon, grew.",
            [("The Energy Cities Network", "ECN", 1990, "Besancon")],
            id="en-acronym-year-seat",
        ),
        pytest.param(
            "The Asian Mayors Forum was established in 2007.",
            [("The Asian Mayors Forum", None, 2007, None)],
            id="en-was-established",
        ),
        pytest.param("شهرداری تهران در سال ۱۳۸۰ طرحی را آغاز کرد.", [], id="no-founding"),
        pytest.param("", [], id="empty"),
    ],
)
def test_extract_relations_organisations_prose(
    text: str, expected: list[tuple[str, str | None, int | None, str | None]]
) -> None:
    got = prose_organisations([Block(id="p", page=1, kind="paragraph", text=text)])
    assert [(o.name, o.acronym, o.founded, o.seat) for o in got] == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("مجمع شهرداران آسیایی", True, id="fa-org-word"),
        pytest.param("UNESCO Creative Cities Network", True, id="en-org-word-last"),
        pytest.param("the Asian Mayors Forum", True, id="en-with-article"),
        pytest.param("سازمان ملل (UN)", True, id="acronym"),
        pytest.param("هیئت مدیره", False, id="board-is-no-organisation"),
        pytest.param("", False, id="empty"),
    ],
)
def test_extract_relations_organisations_is_organisation(name: str, expected: bool) -> None:
    assert is_organisation(name, Linker(None)) is expected


def test_extract_relations_organisations_known_to_the_gazetteer() -> None:
    assert is_organisation("متروپلیس", Linker(FakeGazetteer()))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "مجمع شهرداران آسیایی (Asian Mayors Forum)", "Asian Mayors Forum", id="fa-gloss"
        ),
        pytest.param(
            "سازمان شهرهای اسلامی (Organisation of Islamic Cities, OICC)",
            "Organisation of Islamic Cities",
            id="gloss-and-acronym",
        ),
        pytest.param("سازمان همکاری اسلامی (OIC)", None, id="acronym-only"),
        pytest.param("Asian Mayors Forum (AMF)", None, id="english-name-itself"),
        pytest.param("", None, id="empty"),
    ],
)
def test_extract_relations_organisations_english_name(text: str, expected: str | None) -> None:
    assert english_name(text) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param("تاسیس: ۱۹۸۰ مقر: مکه", (1980, "مکه"), id="fa"),
        pytest.param("تاسیس: ۲۲ نوامبر ۱۹۶۵ مقر: نیویورک", (1965, "نیویورک"), id="fa-full-date"),
        pytest.param("Founded: 1990 Seat: Bonn.", (1990, "Bonn"), id="en"),
        pytest.param("مقر: بارسلون", (None, "بارسلون"), id="seat-only"),
        pytest.param("", (None, None), id="empty"),
    ],
)
def test_extract_relations_organisations_founded_and_seat(
    cell: str, expected: tuple[int | None, str | None]
) -> None:
    assert founded_and_seat(cell) == expected


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> Block:
    text = "\n".join(list(header) + [c for r in rows for c in r])
    return Block(
        id="t1", page=3, kind="table", text=text, table=Table(header=header, rows=tuple(rows))
    )


ORG_ROWS = [
    (
        "سازمان متروپلیس (METROPOLIS)",
        "تاسیس: ۱۹۸۵ مقر: بارسلون",
        "از کشور ایران، شهردار تهران، اصفهان و یزد عضو این انجمن هستند.",
    ),
    ("(METRO) (POLIS)", "مقر: بارسلون", ""),
    ("بانک جهانی (World Bank)", "تاسیس: ۱۹۴۴ مقر: واشینگتن، دی. سی", "دارای ۱۸۴ کشور عضو"),
]


def test_extract_relations_organisations_table_rows_and_continuation() -> None:
    rel = table_relations(_table(("نهاد", "توضیحات", "گستره"), ORG_ROWS), Linker(FakeGazetteer()))  # type: ignore[arg-type]
    got = [
        (o.name, o.name_en, o.acronym, o.founded, o.seat, o.gazetteer_id) for o in rel.organisations
    ]
    assert got == [
        ("سازمان متروپلیس", "Metropolis", "METROPOLIS", 1985, "بارسلون", "o:metropolis"),
        ("بانک جهانی", "World Bank", None, 1944, "واشینگتن، دی. سی", None),
    ]


def test_extract_relations_organisations_table_members_of_this() -> None:
    rel = table_relations(_table(("نهاد", "توضیحات", "گستره"), ORG_ROWS), Linker(FakeGazetteer()))  # type: ignore[arg-type]
    assert [(m.city.name, m.organisation_id) for m in rel.memberships] == [
        ("تهران", "o:metropolis"),
        ("اصفهان", "o:metropolis"),
        ("یزد", "o:metropolis"),
    ]
    block = _table(("نهاد", "توضیحات", "گستره"), ORG_ROWS)
    assert all(block.text[e.start : e.end] == e.quote for m in rel.memberships for e in m.evidence)
