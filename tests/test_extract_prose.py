# ruff: noqa: E501 - Persian test sentences are long
"""Agreements in sentences and footnotes, Persian and English."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "data" / "extract"))

from fake_gazetteer import FakeGazetteer

from textkit.extract.prose import mask_citations, prose_to_agreements, split_sentences
from textkit.model import Block


def _run(
    *texts: str, kinds: tuple[str, ...] = (), gaz: object = None
) -> list[tuple[str, str, int | None, str]]:
    blocks = [
        Block(
            id=f"b{i}",
            page=1,
            kind=(kinds[i] if i < len(kinds) else "paragraph"),
            text=t,
            label=None,
        )
        for i, t in enumerate(texts)
    ]
    return [
        (a.parties[0].name, a.parties[1].name, a.year, a.status)
        for a in prose_to_agreements(blocks, gazetteer=gaz)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "خواهرخواندگی بین کاونتری و استالینگراد در سال ۱۹۴۴ رسمیت یافت.",
            [("کاونتری", "استالینگراد", 1944, "formal")],
            id="between-formal",
        ),
        pytest.param(
            "در سطح غیررسمی، رابطه دوقلو سازی بین ونکوور در کانادا و اودسا در اتحاد جماهیر شوروی بود.",
            [("ونکوور", "اودسا", None, "informal")],
            id="informal-before-pair",
        ),
        pytest.param(
            "تفاهم‌نامه خواهرخواندگی میان شهرهای مشهد و کربلا در سال ۱۳۸۸ به امضا رسید.",
            [("مشهد", "کربلا", 2009, "formal")],
            id="jalali-year",
        ),
        pytest.param(
            "رابطه خواهرخواندگی تبریز و استانبول که در سال ۱۳۷۵ آغاز شده بود، از سال ۱۳۹۵ به حالت تعلیق درآمد.",
            [("تبریز", "استانبول", 1996, "suspended")],
            id="suspended",
        ),
        pytest.param(
            "قرارداد خواهرخواندگی رشت با شهر قازان، روسیه که در ۱۳۹۲/۰۶/۱۵ امضا شده بود، لغو شد.",
            [("رشت", "قازان", 2013, "ended")],
            id="ended-beats-signed",
        ),
        pytest.param(
            "پیوند خواهرخواندگی میان شیراز و شهر اوساکا در ژاپن پیشنهاد شده است.",
            [("شیراز", "اوساکا", None, "planned")],
            id="planned",
        ),
        pytest.param(
            "دوقلو سازی بین شهرهایی با منافع مشترک (به‌عنوان مثال جنوا، ایتالیا با روتردام، هلند) است.",
            [("جنوا", "روتردام", None, "unknown")],
            id="with-countries",
        ),
        pytest.param(
            "Seattle and Kobe became sister cities in 1957, and Tacoma is twinned with Kitakyushu.",
            [("Seattle", "Kobe", 1957, "unknown"), ("Tacoma", "Kitakyushu", None, "unknown")],
            id="english-two-pairs",
        ),
        pytest.param(
            "The sister city relationship between Oakland and Fukuoka was suspended in 2020.",
            [("Oakland", "Fukuoka", None, "suspended")],
            id="english-between-year-of-suspension-is-not-agreement-year",
        ),
        pytest.param(
            "یزد با شهر کاشان خواهرخوانده شد.",
            [("یزد", "کاشان", None, "unknown")],
            id="predicate-fa",
        ),
        pytest.param(
            "Lyon and Beersheba became sister cities in 1989.",
            [("Lyon", "Beersheba", 1989, "unknown")],
            id="predicate-en",
        ),
        pytest.param(
            "The city of Leeds signed a sister city agreement with Dortmund in 1991.",
            [("Leeds", "Dortmund", 1991, "formal")],
            id="agreement-with",
        ),
        pytest.param(
            "شهرداری کرمانشاه در سال ۱۳۹۶ با شهر سلیمانیه تفاهم‌نامه خواهرخواندگی امضا کرد.",
            [("کرمانشاه", "سلیمانیه", 2017, "formal")],
            id="subject-ba-partner",
        ),
        pytest.param(
            "Edinburgh ended its twin town relationship with St. Petersburg.",
            [("Edinburgh", "St. Petersburg", None, "ended")],
            id="st-abbreviation",
        ),
    ],
)
def test_extract_prose_pairs(text: str, expected: list[tuple[str, str, int | None, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "این قرارداد بین یک شهر انگلیس و یک شهر در فرانسه منعقد شد.", id="unnamed-cities"
        ),
        pytest.param(
            "تا سال ۱۹۸۸، ایالات متحده در مجموع ۱۸۵۹ شهر خواهر در ۹۶ کشور داشت.", id="aggregate"
        ),
        pytest.param(
            "ایران تاکنون بیش از ۱۴۰ پیمان خواهرخواندگی منعقد کرده است.", id="aggregate-fa"
        ),
        pytest.param(
            "Mayors of Paris and London met in 2010 to discuss transport.", id="no-twinning-word"
        ),
        pytest.param(
            "Sister cities help trade (Pipa & Bouchet, 2020).", id="citation-is-not-a-pair"
        ),
        pytest.param("Leeds and Lille have not yet become sister cities.", id="negated-en"),
        pytest.param("قم تاکنون با هیچ شهری پیمان خواهرخواندگی نبسته است.", id="negated-none"),
        pytest.param("ایران با کشورهای همسایه پیمان خواهرخواندگی دارد.", id="countries-not-cities"),
        pytest.param(
            "اصفهان، شیراز، تبریز و مشهد بیشترین شمار خواهرخوانده را دارند.",
            id="enumerated-subjects",
        ),
        pytest.param("", id="empty"),
    ],
)
def test_extract_prose_no_pairs(text: str) -> None:
    assert _run(text) == []


def test_extract_prose_gazetteer_fallback_two_known_cities() -> None:
    text = "در سال ۱۳۷۳ پیوندهای شهری تهران، پس از سال‌ها، با پایتخت قرقیزستان، بیشکک برقرار شد."
    assert _run(text) == []  # no pattern, no gazetteer: nothing
    assert _run(text, gaz=FakeGazetteer()) == [("تهران", "بیشکک", 1994, "unknown")]


def test_extract_prose_english_footnote_pairs_and_names() -> None:
    para = (
        "همچنین شیامن، چین - بالتیمور، مریلند۱۸ به یکدیگر کمک کردند. خواهر شهر اودسا۷ نیز کمک کرد."
    )
    blocks = [
        Block(id="p", page=2, kind="paragraph", text="خواهر شهرها به یکدیگر کمک می‌کنند. " + para),
        Block(id="f7", page=2, kind="footnote", text="Odessa", label="۷"),
        Block(
            id="f18",
            page=2,
            kind="footnote",
            text="۱۸ Baltimore, Maryland – Xiamen, China",
            label="۱۸",
        ),
    ]
    ags = prose_to_agreements(blocks)
    assert [
        (a.source, a.parties[0].name, a.parties[0].region, a.parties[1].name, a.parties[1].country)
        for a in ags
    ] == [("footnote", "Baltimore", "Maryland", "Xiamen", "CN")]
    # the Persian clause that cites the footnote is evidence, not a second record
    assert [e.block for e in ags[0].evidence] == ["f18", "p"]


def test_extract_prose_footnote_name_gives_english_name() -> None:
    blocks = [
        Block(
            id="p",
            page=1,
            kind="paragraph",
            text="خواهرخواندگی بین بریستول۸ در انگلستان و هانوفر۹ در آلمان رسمی شد.",
        ),
        Block(id="f8", page=1, kind="footnote", text="Bristol", label="۸"),
        Block(id="f9", page=1, kind="footnote", text="Hanover", label="۹"),
    ]
    (a,) = prose_to_agreements(blocks)
    assert [(p.name, p.name_en, p.country) for p in a.parties] == [
        ("بریستول", "Bristol", "GB"),
        ("هانوفر", "Hanover", "DE"),
    ]
    assert a.evidence[0].quote == blocks[0].text


def test_extract_prose_helpers() -> None:
    t = "الف است. ب است؟ C is."
    assert [t[s:e] for s, e in split_sentences(t)] == ["الف است.", "ب است؟", "C is."]
    masked = mask_citations("X (Ogawa, 2012:16) Y")
    assert len(masked) == len("X (Ogawa, 2012:16) Y")
    assert "Ogawa" not in masked


def test_extract_prose_implied_home_city() -> None:
    blocks = [
        Block(
            id="a",
            page=1,
            kind="paragraph",
            text="The mayors of Mashhad and Karbala renewed their twinning agreement.",
        ),
        Block(
            id="b",
            page=1,
            kind="paragraph",
            text="A similar memorandum with Najaf, Iraq, would be signed next year.",
        ),
    ]
    got = [
        (a.parties[0].name, a.parties[1].name, a.status, a.confidence)
        for a in prose_to_agreements(blocks)
    ]
    assert got == [("Mashhad", "Karbala", "unknown", 0.8), ("Mashhad", "Najaf", "planned", 0.6)]


@pytest.mark.parametrize(
    "text",
    [
        "تفاهم‌نامه همکاری میان جهرم و شهر سلیمانیه امضا شد که هنوز به خواهرخواندگی نینجامیده است.",
        "تفاهم‌نامه خواهرخواندگی میان ساری و ریزه امضا شد، اما این سند هرگز به پیمان رسمی تبدیل نشد.",
    ],
)
def test_extract_prose_memorandum_without_twinning_is_informal(text: str) -> None:
    # a signed memorandum is an informal tie even when full twinning is denied
    b = Block(id="p", page=1, kind="paragraph", text=text)
    got = [(a.parties[0].name, a.status) for a in prose_to_agreements([b])]
    assert len(got) == 1, got
    assert got[0][1] == "informal"
