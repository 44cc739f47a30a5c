"""Front matter: titles, authors with affiliations and emails, keywords, abstracts
(textkit.extract.biblio.metadata)."""

from __future__ import annotations

from typing import Any

import pytest

from textkit.extract.biblio.metadata import extract_metadata
from textkit.model import Block
from textkit.schema import Metadata


def _blocks(*texts: str) -> list[Block]:
    return [Block(id=f"b{i}", page=1, kind="paragraph", text=t) for i, t in enumerate(texts)]


def _authors(md: Metadata) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(a.name, a.name_fa, a.affiliation, a.email) for a in md.authors]


_ABSTRACT_EN = (
    "This paper studies the twinning of Iranian cities and their partners abroad in detail."
)
_ABSTRACT_FA = "این مقاله خواهرخواندگی شهرهای ایران و شرکای خارجی آنها را به تفصیل بررسی می‌کند."

# (blocks, what to read from the metadata, expected)
CASES: list[Any] = [
    pytest.param(
        ("Sister cities of Iran", "خواهرشهرهای ایران"),
        lambda md: (md.title.en, md.title.fa),
        ("Sister cities of Iran", "خواهرشهرهای ایران"),
        id="titles",
    ),
    pytest.param(
        ("Keywords: sister city, Iran; diplomacy",),
        lambda md: md.keywords.en,
        ["sister city", "Iran", "diplomacy"],
        id="keywords-en",
    ),
    pytest.param(
        ("واژگان کلیدی: خواهرشهر، ایران، دیپلماسی",),
        lambda md: md.keywords.fa,
        ["خواهرشهر", "ایران", "دیپلماسی"],
        id="keywords-fa",
    ),
    pytest.param(
        ("Abstract", _ABSTRACT_EN),
        lambda md: md.abstract.en,
        _ABSTRACT_EN,
        id="abstract-after-heading",
    ),
    pytest.param(
        ("چکیده: " + _ABSTRACT_FA,),
        lambda md: md.abstract.fa,
        _ABSTRACT_FA,
        id="abstract-with-prefix",
    ),
    pytest.param(
        (
            "Sister cities of Iran",
            "Ali Rezaei1, Sara Ahmadi2",
            "1Assistant Professor, University of Tehran, Iran. a.rezaei@ut.ac.ir",
            "2PhD student, University of Tehran, Iran",
        ),
        _authors,
        [
            (
                "Ali Rezaei",
                None,
                "Assistant Professor, University of Tehran, Iran",
                "a.rezaei@ut.ac.ir",
            ),
            ("Sara Ahmadi", None, "PhD student, University of Tehran, Iran", None),
        ],
        id="authors-with-labelled-affiliations",
    ),
    pytest.param(
        ("Sister cities of Iran", "Ali Rezaei1", "1University of Tehran", "a.rezaei@ut.ac.ir"),
        _authors,
        [("Ali Rezaei", None, "University of Tehran", "a.rezaei@ut.ac.ir")],
        id="email-on-its-own-line",
    ),
    pytest.param(
        ("Sister cities of Iran", "Ali Rezaei1", "خواهرشهرهای ایران", "علی رضایی۱"),
        _authors,
        [("Ali Rezaei", "علی رضایی", None, None)],
        id="persian-name-by-label",
    ),
    pytest.param(
        ("خواهرشهرهای ایران", "مریم رحیمی، دانشیار گروه جغرافیا، دانشگاه تبریز"),
        _authors,
        [("مریم رحیمی", "مریم رحیمی", "دانشیار گروه جغرافیا، دانشگاه تبریز", None)],
        id="name-and-affiliation-line",
    ),
    pytest.param(
        ("1 City Diplomacy", "Sister cities of Iran"),
        lambda md: md.title.en,
        "Sister cities of Iran",
        id="footnote-is-no-title",
    ),
    pytest.param(
        ("مقدمه", "Keywords: x"), lambda md: md.keywords.en, [], id="body-starts-at-introduction"
    ),
    pytest.param(
        (
            "خواهرشهرهای ایران",
            "مقدمه",
            "متن",
            "منابع",
            "Blanco, I. (2020). Cities",
            "Keywords: sister city",
        ),
        lambda md: md.keywords.en,
        ["sister city"],
        id="english-back-matter-after-references",
    ),
    pytest.param(
        (), lambda md: (md.title.fa, md.authors, md.keywords.en), (None, [], []), id="empty"
    ),
]


@pytest.mark.parametrize(("texts", "read", "expected"), CASES)
def test_extract_biblio_metadata(texts: tuple[str, ...], read: Any, expected: Any) -> None:
    assert read(extract_metadata(_blocks(*texts))) == expected


def test_extract_biblio_metadata_reader_roles() -> None:
    blocks = [
        Block(id="t", page=1, kind="paragraph", text="Cities. And ties.", role="title"),
        Block(id="k", page=1, kind="paragraph", text="a, b", role="keywords"),
    ]
    md = extract_metadata(blocks)
    assert (md.title.en, md.keywords.en) == ("Cities. And ties.", ["a", "b"])
