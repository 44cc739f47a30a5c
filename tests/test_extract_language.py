"""A document in a language textkit does not read gives no records and one warning
(issue 10, "Bad input"), while Persian and English documents are read as usual."""

from __future__ import annotations

import pytest

from textkit.extract import extract
from textkit.model import Block, Document


def _doc(text: str) -> Document:
    block = Block(id="b1", page=1, kind="paragraph", text=text)
    return Document(path="x.txt", sha256="0", source_kind="text", pages=1, blocks=[block])


@pytest.mark.parametrize(
    ("text", "named"),
    [
        pytest.param(
            "وقعت مدينة كاشان الإيرانية على اتفاقية توأمة مع مدينة كازانلاك البلغارية في هذا "
            "العام، وهي التي تعد من أهم المدن في مجال الورد على مستوى العالم.",
            "Arabic",
            id="arabic",
        ),
        pytest.param(
            "La ville de Lyon est jumelée avec Birmingham depuis 1951. Les deux villes ont "
            "signé une charte et organisent chaque année des échanges scolaires, culturels et "
            "sportifs entre leurs habitants et leurs écoles.",
            "a language other than Persian and English",
            id="french",
        ),
        pytest.param(
            "Москва и Тегеран подписали соглашение о побратимстве городов.",
            "a language other than Persian and English",
            id="cyrillic",
        ),
    ],
)
def test_extract_other_language_gives_nothing_and_says_so(text: str, named: str) -> None:
    ex = extract(_doc(text), gazetteer=None)
    assert ex.agreements == [] and ex.memberships == [] and ex.citations == []
    assert [w.code for w in ex.warnings] == ["language"]
    assert named in ex.warnings[0].message and "x.txt" in ex.warnings[0].message


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Tabriz and Kazan became sister cities in 2005.", id="english"),
        pytest.param("تبریز با شهر کازان روسیه در سال ۱۳۸۴ خواهرخوانده شد.", id="persian"),
    ],
)
def test_extract_persian_and_english_are_read(text: str) -> None:
    from textkit.gazetteer import load_gazetteer

    ex = extract(_doc(text), gazetteer=load_gazetteer())
    assert len(ex.agreements) == 1 and not ex.warnings
