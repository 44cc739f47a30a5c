# ruff: noqa: E501 - Persian test lines are long
"""The footnote source: "Baltimore, Maryland – Xiamen, China" cited from a paragraph
about twinning. Each case is (blocks as (kind, text, label), expected pairs as
(subject, partner, partner's country)); the gazetteer is left out, so places are
read from the note's own structure."""

from __future__ import annotations

import pytest

from textkit.extract.context import Context
from textkit.extract.sources.footnotes import footnote_candidates, notes
from textkit.model import Block, Document

Spec = tuple[str, str, str | None]


def _blocks(spec: list[Spec]) -> list[Block]:
    return [
        Block(f"b{i}", 1, kind, text, label=label) for i, (kind, text, label) in enumerate(spec)
    ]


def _ctx(blocks: list[Block]) -> Context:
    return Context.of(Document("x.txt", "0", "text", 1, blocks), None)


TWIN = "شهرهای آمریکایی خواهرخوانده‌های زیادی در چین دارند؛ شیامن، چین - بالتیمور، مریلند۱۸ نمونه‌ای از آنهاست."

CASES = [
    pytest.param(
        [("paragraph", TWIN, None), ("footnote", "۱۸ Baltimore, Maryland – Xiamen, China", None)],
        [("Baltimore", "Xiamen", "CN")],
        id="footnote-block-with-its-label-in-the-text",
    ),
    pytest.param(
        [("paragraph", TWIN, None), ("footnote", "Baltimore, Maryland – Xiamen, China", "۱۸")],
        [("Baltimore", "Xiamen", "CN")],
        id="label-given-by-the-reader",
    ),
    pytest.param(
        [
            ("paragraph", "خواهرخواندگی شهرهای آمریکا با چین۱۸ و تایوان۱۹ گسترش یافت.", None),
            (
                "paragraph",
                "۱۸Baltimore, Maryland – Xiamen, China ۱۹Cincinnati, Ohio and New Taipei City, Taiwan",
                None,
            ),
        ],
        [("Baltimore", "Xiamen", "CN"), ("Cincinnati", "New Taipei City", "TW")],
        id="notes-merged-into-a-paragraph-and-joined-by-and",
    ),
    pytest.param(
        [
            ("paragraph", "Sister cities abound.", None),
            ("footnote", "۲۰ Norfolk, Virginia – Ningbo-Beilun, China", None),
        ],
        [("Norfolk", "Ningbo-Beilun", "CN")],
        id="a-name-the-gazetteer-does-not-know",
    ),
    pytest.param(
        [
            ("paragraph", "شهرها در این دوره رشد کردند۱۸.", None),
            ("footnote", "۱۸ Baltimore, Maryland – Xiamen, China", None),
        ],
        [],
        id="no-twinning-word-nearby",
    ),
    pytest.param(
        [("paragraph", TWIN, None), ("footnote", "۱۸ Baltimore – Xiamen", None)],
        [],
        id="sides-without-region-or-country",
    ),
    pytest.param(
        [
            ("paragraph", TWIN, None),
            ("footnote", "۱۸ see Baltimore, Maryland – Xiamen, China", None),
        ],
        [],
        id="a-side-that-is-not-a-name",
    ),
    pytest.param(
        [("paragraph", TWIN, None), ("footnote", "۱۸ Zelinsky, 1991: 12", None)],
        [],
        id="a-citation-note",
    ),
    pytest.param([], [], id="empty"),
]


@pytest.mark.parametrize(("spec", "expected"), CASES)
def test_extract_sources_footnotes_pairs(
    spec: list[Spec], expected: list[tuple[str, str, str]]
) -> None:
    found = footnote_candidates(_ctx(_blocks(spec)))
    pairs = []
    for c in found:
        pair = (c.subject.name, c.partner.name, c.partner.country)
        if pair not in pairs:
            pairs.append(pair)
    assert pairs == expected


def test_extract_sources_footnotes_citing_clause_is_second_evidence() -> None:
    blocks = _blocks(
        [("paragraph", TWIN, None), ("footnote", "۱۸ Baltimore, Maryland – Xiamen, China", None)]
    )
    found = footnote_candidates(_ctx(blocks))
    assert [(c.block.id, c.block.text[c.start : c.end], c.strength) for c in found] == [
        ("b1", "Baltimore, Maryland – Xiamen, China", 0.9),
        # from the «؛» before the marker to the marker (or the next «؛»)
        ("b0", "شیامن، چین - بالتیمور، مریلند۱۸", 0.85),
    ]
    for c in found:  # the same places, written in the note
        for p in (c.subject, c.partner):
            assert blocks[1].text[p.start : p.end] == p.name
        assert (c.source, c.kind, c.stage) == ("footnote", "sister city", None)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param([("footnote", "۷ Odessa", None)], [("7", "Odessa")], id="label-in-text"),
        pytest.param([("footnote", "Odessa.", "۷")], [("7", "Odessa")], id="label-from-reader"),
        pytest.param([("footnote", "۷ اودسا", None)], [], id="no-latin-text"),
        pytest.param(
            [("paragraph", "متن ۱۸Baltimore, Maryland ۱۹Norfolk, Virginia", None)],
            [("18", "Baltimore, Maryland"), ("19", "Norfolk, Virginia")],
            id="runs-in-a-paragraph",
        ),
        pytest.param([("table", "۱۸ Baltimore", None)], [], id="tables-hold-no-notes"),
    ],
)
def test_extract_sources_footnotes_notes(spec: list[Spec], expected: list[tuple[str, str]]) -> None:
    assert [(n.label, n.text) for n in notes(_blocks(spec))] == expected
