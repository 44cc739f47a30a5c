# ruff: noqa: E501 - Persian test sentences are long
"""Front matter: titles, authors with affiliations and emails, keywords, abstracts."""

from __future__ import annotations

from textkit.extract.biblio.metadata import extract_metadata
from textkit.model import Block


def _blocks(*texts: str) -> list[Block]:
    return [Block(id=f"b{i}", page=1, kind="paragraph", text=t) for i, t in enumerate(texts)]


def test_extract_metadata_bilingual_front_matter() -> None:
    md = extract_metadata(
        _blocks(
            "Sister cities of Iran",
            "Ali Rezaei1, Sara Ahmadi2",
            "Abstract",
            "This paper studies the twinning of Iranian cities and their partners abroad in detail.",
            "Keywords: sister city, Iran; diplomacy",
            "1Assistant Professor, University of Tehran, Iran. a.rezaei@ut.ac.ir",
            "2PhD student, University of Tehran, Iran",
            "خواهرشهرهای ایران",
            "علی رضایی۱، سارا احمدی۲",
            "چکیده: این مقاله خواهرخواندگی شهرهای ایران و شرکای خارجی آنها را به تفصیل بررسی می‌کند.",
            "واژگان کلیدی: خواهرشهر، ایران، دیپلماسی",
            "مقدمه",
            "Not front matter: Keywords: x",
        )
    )
    assert (md.title.en, md.title.fa) == ("Sister cities of Iran", "خواهرشهرهای ایران")
    assert md.keywords.en == ["sister city", "Iran", "diplomacy"]
    assert md.keywords.fa == ["خواهرشهر", "ایران", "دیپلماسی"]
    assert md.abstract.en.startswith("This paper")
    assert md.abstract.fa.startswith("این مقاله")
    a1, a2 = md.authors
    assert (a1.name, a1.name_fa, a1.email) == ("Ali Rezaei", "علی رضایی", "a.rezaei@ut.ac.ir")
    assert a1.affiliation == "Assistant Professor, University of Tehran, Iran"
    assert (a2.name, a2.name_fa, a2.email) == ("Sara Ahmadi", "سارا احمدی", None)


def test_extract_metadata_empty() -> None:
    md = extract_metadata([])
    assert md.title.fa is None
    assert md.authors == []
    assert md.keywords.en == []
