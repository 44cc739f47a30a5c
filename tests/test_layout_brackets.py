"""Bracket orientation (textkit.layout.brackets): context decides, font votes break ties."""

from __future__ import annotations

import pytest

from textkit.layout.brackets import Brackets, resolve_brackets
from textkit.layout.lines import Glyph, cluster_lines, line_text

SIZE = 10.0


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        pytest.param("", "", id="empty"),
        pytest.param("no brackets", "no brackets", id="none"),
        pytest.param(")Smith, 2019(", "(Smith, 2019)", id="both-flipped"),
        pytest.param("see >https://a.org/x< now", "see <https://a.org/x> now", id="url-angle"),
        pytest.param("a > b and c < d", "a > b and c < d", id="comparisons-kept"),
        pytest.param("x<y", "x<y", id="glued-comparison-kept"),
        pytest.param("کتاب)ها)", "کتاب(ها)", id="glued-both-sides-opens-first"),
        pytest.param("«(SCI(« بود", "«(SCI)» بود", id="bracket-inside-quotes"),
        pytest.param("(«کتاب»)", "(«کتاب»)", id="quotes-inside-bracket"),
        pytest.param("]۱[ و [۲]", "[۱] و [۲]", id="square"),
        pytest.param("(Gibbs,", "(Gibbs,", id="open-at-line-end-of-run"),
        pytest.param("2015: 15-16(.", "2015: 15-16).", id="close-before-stop"),
    ],
)
def test_brackets_resolve_by_context(read: str, expected: str) -> None:
    assert resolve_brackets(read) == expected


def _english_line(text: str) -> list[Glyph]:
    """One glyph per character, left to right, words parted by a gap (no space glyphs)."""
    out: list[Glyph] = []
    x = 50.0
    for ch in text:
        if ch == " ":
            x += 3.0
            continue
        out.append(Glyph(x, x + 5.0, 100, 100 + SIZE, SIZE, ch, "LO"))
        x += 5.0
    return out


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Read it at <https://uclg.org/en> today", id="url"),
        pytest.param("Sister cities (Smith, 2019) and [2]", id="round-and-square"),
    ],
)
def test_brackets_english_line_under_a_character_font(text: str) -> None:
    # issue 11: a LibreOffice font maps bracket glyphs by character, and the
    # per-font rule swaps brackets read at left-to-right level; in an English
    # line the context puts them back («<» before the URL, «>» after it)
    [line] = cluster_lines(_english_line(text))
    read = line_text(line, swap_brackets=Brackets(char_fonts=frozenset({"LO"}))).text
    assert read == text
