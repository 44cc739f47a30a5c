"""Tests for textkit.offsets: applying edits and mapping indices back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textkit.offsets import Edit, OffsetMap, apply_edits

ZWNJ = "\u200c"


@pytest.mark.parametrize(
    ("text", "edits", "expected"),
    [
        pytest.param("", [], "", id="empty"),
        pytest.param("کتابها", [Edit(4, 4, ZWNJ, "zwnj")], "کتاب" + ZWNJ + "ها", id="insertion"),
        pytest.param("علي", [Edit(2, 3, "ی", "chars")], "علی", id="same-length"),
        pytest.param("ایـران", [Edit(2, 3, "", "chars")], "ایران", id="deletion"),
        pytest.param("ﻻ", [Edit(0, 1, "لا", "chars")], "لا", id="expansion"),
    ],
)
def test_offsets_apply_edits(text: str, edits: list[Edit], expected: str) -> None:
    assert apply_edits(text, edits) == expected


def test_offsets_apply_edits_rejects_overlap() -> None:
    with pytest.raises(ValueError, match="overlap"):
        apply_edits("abcdef", [Edit(1, 3, "x", "t"), Edit(2, 4, "y", "t")])


def test_offsets_insertion_maps_to_next_char() -> None:
    m = OffsetMap.from_edits(6, [Edit(4, 4, ZWNJ, "zwnj")])
    assert [m.to_source(i) for i in range(8)] == [0, 1, 2, 3, 4, 4, 5, 6]
    assert m.span_to_source(0, 7) == (0, 6)
    assert m.span_to_source(4, 5) == (4, 4)  # the inserted ZWNJ has no source text


def test_offsets_deletion_and_expansion() -> None:
    # "aـb" -> "ab" and "ﻻ" -> "لا"
    m = OffsetMap.from_edits(3, [Edit(1, 2, "", "chars")])
    assert [m.to_source(i) for i in range(3)] == [0, 2, 3]
    m2 = OffsetMap.from_edits(1, [Edit(0, 1, "لا", "chars")])
    assert m2.span_to_source(0, 2) == (0, 1)
    assert m2.span_to_source(1, 2) == (0, 1)


def test_offsets_out_of_range() -> None:
    m = OffsetMap.identity(3)
    with pytest.raises(IndexError):
        m.to_source(4)


def test_offsets_compose() -> None:
    # step 1: "علي كتاب" -> "علی کتاب"; step 2: delete "علی " -> "کتاب"
    first = OffsetMap.from_edits(8, [Edit(2, 3, "ی", "c"), Edit(4, 5, "ک", "c")])
    second = OffsetMap.from_edits(8, [Edit(0, 4, "", "cut")])
    both = second.compose(first)
    assert both.span_to_source(0, 4) == (4, 8)
    with pytest.raises(ValueError, match="chain"):
        OffsetMap.identity(3).compose(OffsetMap.identity(5))


@st.composite
def _text_and_edits(draw: st.DrawFn) -> tuple[str, list[Edit]]:
    text = draw(st.text(alphabet="abکتاب ", max_size=30))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits = []
    pos = 0
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        if a < pos:
            continue
        repl = draw(st.text(alphabet="xyی‌", max_size=3))
        edits.append(Edit(a, b, repl, "t"))
        pos = b if b > a else a + 1
        if b == a and a == len(text):
            break
    edits = [e for e in edits if e.start <= len(text)]
    # keep them non-overlapping: drop a second insertion at the same place
    clean: list[Edit] = []
    for e in edits:
        if clean and (e.start < clean[-1].end or (e.start == clean[-1].start)):
            continue
        clean.append(e)
    return text, clean


@given(_text_and_edits())
def test_offsets_round_trip_property(case: tuple[str, list[Edit]]) -> None:
    text, edits = case
    out = apply_edits(text, edits)
    m = OffsetMap.from_edits(len(text), edits)
    assert m.out_len == len(out)
    assert m.to_source(len(out)) == len(text)
    inside: set[int] = set()
    for e, start in zip(edits, m._out_starts, strict=True):
        inside.update(range(start, start + len(e.replacement)))
    previous = 0
    for i in range(len(out)):
        j = m.to_source(i)
        assert j >= previous  # monotone
        previous = j
        if i not in inside:
            assert text[j] == out[i]  # untouched characters map to themselves
        a, b = m.span_to_source(i, i + 1)
        assert 0 <= a <= b <= len(text)
